//! Foot zones: how sore each part of each foot felt, rated 0 to 10 at check-in and at
//! check-out (both optional), kept per session in `session_zones` (migration 5).

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Result;

/// The parts of a foot a person can rate, from the toes up the leg.
pub const PARTS: [&str; 8] = [
    "toes", "ball", "arch", "heel", "top", "ankle", "achilles", "calf",
];
/// The two feet, as a zone id begins: `left` first, then `right`.
pub const FEET: [&str; 2] = ["left", "right"];
/// The highest rating a zone can have: 10, the worst.
pub const MOST: u8 = 10;

/// How one zone felt: `zone` is a foot and a part, as `left-heel` or `right-calf`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ZoneRating {
    /// Which zone: a foot and a part, `left-toes` … `right-calf`.
    pub zone: String,
    /// 0 (nothing) to 10 (the worst).
    pub rating: u8,
}

/// Every zone id, left foot first, each foot from the toes up.
pub fn all() -> impl Iterator<Item = String> {
    FEET.into_iter()
        .flat_map(|foot| PARTS.into_iter().map(move |part| format!("{foot}-{part}")))
}

/// "Left ball of the foot" for `left-ball`, "Right Achilles tendon" for `right-achilles`,
/// in the active language; a zone id that is not one (never checked yet) as it is.
pub fn label(zone: &str) -> String {
    match zone {
        "left-toes" => crate::tr!("history-zone-left-toes"),
        "left-ball" => crate::tr!("history-zone-left-ball"),
        "left-arch" => crate::tr!("history-zone-left-arch"),
        "left-heel" => crate::tr!("history-zone-left-heel"),
        "left-top" => crate::tr!("history-zone-left-top"),
        "left-ankle" => crate::tr!("history-zone-left-ankle"),
        "left-achilles" => crate::tr!("history-zone-left-achilles"),
        "left-calf" => crate::tr!("history-zone-left-calf"),
        "right-toes" => crate::tr!("history-zone-right-toes"),
        "right-ball" => crate::tr!("history-zone-right-ball"),
        "right-arch" => crate::tr!("history-zone-right-arch"),
        "right-heel" => crate::tr!("history-zone-right-heel"),
        "right-top" => crate::tr!("history-zone-right-top"),
        "right-ankle" => crate::tr!("history-zone-right-ankle"),
        "right-achilles" => crate::tr!("history-zone-right-achilles"),
        "right-calf" => crate::tr!("history-zone-right-calf"),
        other => crate::input::printable(other),
    }
}

/// Checks ratings from outside (the window, an import): known zones, 0 to 10, each zone
/// once. The reason names the zone.
pub fn check(ratings: &[ZoneRating]) -> std::result::Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for rating in ratings {
        if !all().any(|zone| zone == rating.zone) {
            return Err(crate::tr!(
                "history-zone-unknown",
                zone = crate::input::printable(&rating.zone),
                parts = PARTS.join(", ")
            ));
        }
        if rating.rating > MOST {
            return Err(crate::tr!(
                "history-zone-rating-range",
                zone = label(&rating.zone),
                rating = rating.rating,
                max = MOST
            ));
        }
        if !seen.insert(rating.zone.as_str()) {
            return Err(crate::tr!(
                "history-zone-rated-twice",
                zone = label(&rating.zone)
            ));
        }
    }
    Ok(())
}

/// When a zone was rated: at the check-in before a session or the check-out after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// At the check-in, before the massage.
    Before,
    /// At the check-out, after the massage.
    After,
}

impl Moment {
    fn name(self) -> &'static str {
        match self {
            Moment::Before => "before",
            Moment::After => "after",
        }
    }
}

/// Replaces a session's ratings at `moment` with `ratings` (already checked).
pub(crate) fn write(
    conn: &Connection,
    session_id: &str,
    moment: Moment,
    ratings: &[ZoneRating],
) -> Result<()> {
    conn.prepare_cached("DELETE FROM session_zones WHERE session_id = ?1 AND moment = ?2")?
        .execute(params![session_id, moment.name()])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO session_zones (session_id, moment, zone, rating, started_at)
         VALUES (?1, ?2, ?3, ?4, (SELECT started_at FROM sessions WHERE id = ?1))",
    )?;
    for rating in ratings {
        insert.execute(params![
            session_id,
            moment.name(),
            rating.zone,
            rating.rating
        ])?;
    }
    Ok(())
}

/// A session's ratings at `moment`, in the order of [`all`].
pub(crate) fn read(conn: &Connection, session_id: &str, moment: Moment) -> Result<Vec<ZoneRating>> {
    let mut statement = conn.prepare_cached(
        "SELECT zone, rating FROM session_zones WHERE session_id = ?1 AND moment = ?2",
    )?;
    let mut ratings = statement
        .query_map(params![session_id, moment.name()], |row| {
            Ok(ZoneRating {
                zone: row.get(0)?,
                rating: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ratings.sort_by_key(|r| all().position(|zone| zone == r.zone));
    Ok(ratings)
}

/// The check-in ratings of the latest session that has any (to repeat them quickly).
pub(crate) fn latest(conn: &Connection) -> Result<Vec<ZoneRating>> {
    let id: Option<String> = rusqlite::OptionalExtension::optional(conn.query_row(
        "SELECT s.id FROM sessions s
         WHERE EXISTS (SELECT 1 FROM session_zones z WHERE z.session_id = s.id AND z.moment = 'before')
         ORDER BY s.started_at DESC LIMIT 1",
        [],
        |row| row.get(0),
    ))?;
    match id {
        Some(id) => read(conn, &id, Moment::Before),
        None => Ok(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(zone: &str, rating: u8) -> ZoneRating {
        ZoneRating {
            zone: zone.into(),
            rating,
        }
    }

    #[test]
    fn there_are_sixteen_zones_named_as_a_person_would() {
        assert_eq!(all().count(), 16);
        assert_eq!(label("left-heel"), "Left heel");
        assert_eq!(label("right-calf"), "Right calf");
        assert_eq!(label("left-ball"), "Left ball of the foot");
        assert_eq!(label("right-top"), "Right top of the foot");
        assert_eq!(label("left-achilles"), "Left Achilles tendon");
    }

    #[test]
    fn ratings_from_outside_are_checked_and_say_which_zone() {
        assert!(check(&[rated("left-heel", 0), rated("right-arch", 10)]).is_ok());
        let unknown = check(&[rated("left-knee", 3)]).unwrap_err();
        assert!(
            unknown.contains("'left-knee' is not a foot zone"),
            "{unknown}"
        );
        let high = check(&[rated("right-ball", 11)]).unwrap_err();
        assert!(
            high.contains("Right ball of the foot is rated 11"),
            "{high}"
        );
        let twice = check(&[rated("left-toes", 2), rated("left-toes", 3)]).unwrap_err();
        assert!(twice.contains("Left toes is rated twice"), "{twice}");
    }
}
