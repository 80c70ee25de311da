//! The hybrid logical clock that orders changes across computers: wall-clock
//! milliseconds, and a counter for changes within the same millisecond or while the wall
//! clock is behind a time already seen. Written as fixed-width text, so that comparing
//! two clocks as strings (in SQL too) is comparing them as clocks.

use std::fmt;

/// One reading of the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Clock {
    /// Milliseconds since 1970 (UTC).
    pub ms: u64,
    /// Changes already stamped at this `ms`.
    pub counter: u32,
}

impl Clock {
    /// The next reading after `self` for a change made at wall time `now_ms`: never
    /// earlier than any reading seen, so that a later change always wins.
    pub fn tick(self, now_ms: u64) -> Clock {
        if now_ms > self.ms {
            Clock {
                ms: now_ms,
                counter: 0,
            }
        } else {
            Clock {
                ms: self.ms,
                counter: self.counter.saturating_add(1),
            }
        }
    }

    /// Reads the text `Display` writes; `None` for anything else.
    pub fn parse(text: &str) -> Option<Clock> {
        let (ms, counter) = text.split_once('-')?;
        if ms.len() != 15 || counter.len() != 6 {
            return None;
        }
        if !ms
            .bytes()
            .chain(counter.bytes())
            .all(|b| b.is_ascii_digit())
        {
            return None;
        }
        Some(Clock {
            ms: ms.parse().ok()?,
            counter: counter.parse().ok()?,
        })
    }

    /// The wall time this reading stands for, as RFC 3339 (UTC).
    pub fn time(self) -> String {
        i64::try_from(self.ms)
            .ok()
            .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
            .map_or_else(String::new, |at| at.to_string())
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:015}-{:06}", self.ms, self.counter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_moves_forward_even_when_the_wall_clock_does_not() {
        let start = Clock::default().tick(1_000);
        assert_eq!(
            start,
            Clock {
                ms: 1_000,
                counter: 0
            }
        );
        let same = start.tick(1_000);
        let behind = same.tick(400);
        assert!(start < same && same < behind);
        assert_eq!(behind.ms, 1_000);
        assert_eq!(
            behind.tick(2_000),
            Clock {
                ms: 2_000,
                counter: 0
            }
        );
    }

    #[test]
    fn text_order_is_clock_order_and_reads_back() {
        let a = Clock {
            ms: 999,
            counter: 12,
        };
        let b = Clock {
            ms: 1_000,
            counter: 0,
        };
        assert!(a.to_string() < b.to_string());
        assert_eq!(Clock::parse(&a.to_string()), Some(a));
        for bad in [
            "",
            "1-2",
            "00000000000099a-000000",
            "000000000000999-00001x",
            "000000000000999_000001",
        ] {
            assert_eq!(Clock::parse(bad), None, "{bad}");
        }
    }
}
