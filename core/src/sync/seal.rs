//! The folder's optional passphrase. With one set, a computer writes its files into the
//! folder as age files (age-encryption.org/v1, an scrypt passphrase recipient), named
//! `….jsonl.age` and `device.json.age`: what a cloud folder holds is then unreadable
//! without the passphrase. Each computer is given the same passphrase; it never leaves
//! the computer and is never written into the folder.

use std::io::Read;

use age::secrecy::SecretString;

/// The name ending of an encrypted file.
pub const SUFFIX: &str = ".age";

/// scrypt's work factor (N = 2^15) for the files written here: about 50 ms of one core
/// per file, paid by the daemon in the background. The passphrase's length is what
/// keeps a guesser out, so Solewise asks for at least `MIN_PASSPHRASE` characters.
const WORK_FACTOR: u8 = 15;
/// The most work a file read here may ask for (age's own tool picks about 2^18 to 2^20):
/// a file asking for more is refused rather than tying up the computer.
const MAX_WORK_FACTOR: u8 = 22;

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE: usize = 8;

/// Why an encrypted file could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// The passphrase here is not the one it was written with.
    WrongPassphrase,
    /// It is not a whole age file (half delivered, or damaged), with age's reason.
    Damaged(String),
}

/// `text`, encrypted with `passphrase`.
pub fn seal(passphrase: &str, text: &str) -> std::io::Result<Vec<u8>> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(WORK_FACTOR);
    age::encrypt(&recipient, text.as_bytes()).map_err(std::io::Error::other)
}

/// The text of an encrypted file, read with `passphrase`.
pub fn open(passphrase: &str, bytes: &[u8]) -> Result<String, Unreadable> {
    let damaged = |error: &dyn std::fmt::Display| Unreadable::Damaged(error.to_string());
    let decryptor = age::Decryptor::new(bytes).map_err(|e| damaged(&e))?;
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|error| match error {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                Unreadable::WrongPassphrase
            }
            other => damaged(&other),
        })?;
    let mut text = String::new();
    reader.read_to_string(&mut text).map_err(|e| damaged(&e))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_text_opens_with_its_passphrase_only() {
        let sealed = seal("correct horse", "{\"v\":1}\n").unwrap();
        assert!(!String::from_utf8_lossy(&sealed).contains("\"v\""));
        assert_eq!(open("correct horse", &sealed).unwrap(), "{\"v\":1}\n");
        assert_eq!(
            open("wrong horse!", &sealed),
            Err(Unreadable::WrongPassphrase)
        );
    }

    #[test]
    fn a_half_delivered_or_foreign_file_is_called_damaged() {
        let sealed = seal("correct horse", &"a line\n".repeat(20_000)).unwrap();
        let half = &sealed[..sealed.len() / 2];
        assert!(matches!(
            open("correct horse", half),
            Err(Unreadable::Damaged(_))
        ));
        assert!(matches!(
            open("correct horse", b"not an age file"),
            Err(Unreadable::Damaged(_))
        ));
    }
}
