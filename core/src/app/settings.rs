//! The user's preferences as the Settings screen and the welcome read and save them.

use crate::prefs::Prefs;
use crate::store::Store;
use crate::Result;

/// The user's preferences as saved, with the default for any not set (or out of range).
pub fn read(store: &Store) -> Result<Prefs> {
    crate::settings::read(store.conn())
}

/// Checks and saves; returns what is now in force.
pub fn save(store: &Store, wanted: &Prefs) -> Result<Prefs> {
    crate::settings::save(store.conn(), wanted)
}
