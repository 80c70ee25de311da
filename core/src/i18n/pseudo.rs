//! The pseudo-language `en-XA`: English with every Latin letter swapped for a look-alike
//! outside ASCII, a third longer and in brackets. The window's (ui/src/lib/i18n) is the
//! same transformation.

const LOWER: &str = "áƀçďéƒĝĥíĵķľḿñóṕɋŕšţúṽŵẋýž";
const UPPER: &str = "ÁƁÇĎÉƑĜĤÍĴĶĽḾÑÓṔɊŔŠŢÚṼŴẊÝŽ";

/// `text` in the pseudo-language; blank text stays as it is.
pub fn pseudo(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_string();
    }
    let letters = text.chars().filter(|c| !c.is_whitespace()).count();
    let mut out = String::with_capacity(text.len() * 2 + 4);
    out.push('[');
    for c in text.chars() {
        let swapped = match c {
            'a'..='z' => LOWER.chars().nth(c as usize - 'a' as usize),
            'A'..='Z' => UPPER.chars().nth(c as usize - 'A' as usize),
            _ => None,
        };
        out.push(swapped.unwrap_or(c));
    }
    out.extend(std::iter::repeat_n('·', (letters * 35).div_ceil(100)));
    out.push(']');
    out
}
