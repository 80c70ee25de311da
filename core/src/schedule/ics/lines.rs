//! iCalendar content lines (RFC 5545, section 3.1): each ends in CRLF, a line longer
//! than 75 octets is folded (CRLF and a space) without splitting a character, and TEXT
//! values are escaped.

/// The most octets on one line, CRLF not counted.
const LINE_OCTETS: usize = 75;

/// A calendar being written, one content line at a time.
#[derive(Debug, Default)]
pub(super) struct Lines {
    text: String,
}

impl Lines {
    /// Adds `name:value` (`name` may carry parameters), folded; `value` is written as
    /// given, so it must already be in its type's form.
    pub fn push(&mut self, name: &str, value: &str) {
        fold_into(&mut self.text, &format!("{name}:{value}"));
    }

    /// Adds a TEXT property: `\`, `;`, `,` and line breaks escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.push(name, &escape_text(value));
    }

    pub fn finish(self) -> String {
        self.text
    }
}

/// Appends one content line, folded so that no physical line passes 75 octets: a
/// continuation starts with a space, which counts towards its 75.
pub(super) fn fold_into(out: &mut String, line: &str) {
    let mut used = 0;
    for ch in line.chars() {
        let octets = ch.len_utf8();
        if used + octets > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += octets;
    }
    out.push_str("\r\n");
}

/// A TEXT value (RFC 5545, section 3.3.11): backslash, semicolon and comma escaped, a
/// line break (CRLF, CR or LF) written `\n`. Other control characters, which the format
/// does not allow, are left out.
pub(super) fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            ch if ch.is_control() => {}
            ch => out.push(ch),
        }
    }
    out
}

/// A parameter value (such as TZID's): quoted when it holds `:`, `;` or `,`; quotes
/// and control characters, which a parameter cannot hold, are left out.
pub(super) fn param_value(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}
