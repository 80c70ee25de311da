//! The command line's definition alone (clap, nothing of Solewise's own), so that the
//! manual page generator (tools/manpages) reads the very same definition.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// The command line of the `solewise` program.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "solewise",
    version,
    about = "Solewise: self foot massage guides, reminders and history. With no command, opens the window.",
    long_about = None
)]
pub struct Cli {
    /// Keep all data (database, backups, your routines, logs) in DIR instead of the
    /// system's app-data folder.
    #[arg(long, global = true, value_name = "DIR", env = "SOLEWISE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    /// Speak this language for this one command: a tag such as de, fr, pt-BR, ja or ar.
    /// Without it, the language chosen in Settings, or else the system's.
    #[arg(long = "lang", global = true, value_name = "TAG")]
    pub lang: Option<String>,

    /// Wait in the tray for reminders, without opening the window (what start at login
    /// runs).
    #[arg(long)]
    pub minimized: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Work on the data without opening a window.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Open the window on a routine's check-in (in the open window if there is one).
    Start {
        /// The routine's id (see `solewise routines list`).
        routine: String,
    },
    /// Add, list and remove reminders, see when they fire next, or export them to a
    /// calendar.
    Reminders {
        #[command(subcommand)]
        action: RemindersCommand,
    },
    /// Pause reminders for a while (--for 2d, 12h or 90m; at most 366 days) or until a
    /// date (--until 2026-12-01).
    Pause {
        #[arg(
            long = "for",
            value_name = "LENGTH",
            conflicts_with = "until",
            required_unless_present = "until"
        )]
        length: Option<String>,
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
    /// Turn paused reminders back on.
    Resume,
    /// Keep the session history: add, edit or delete a session, export or import it, or
    /// see its insights.
    History {
        #[command(subcommand)]
        action: HistoryCommand,
    },
    /// Check and list techniques and routines.
    Routines {
        #[command(subcommand)]
        action: RoutinesCommand,
    },
    /// Follow a programme, a path of routines over weeks: list them, join one (with a
    /// reminder on the days you choose), see where you are, or leave it.
    Programmes {
        #[command(subcommand)]
        action: ProgrammesCommand,
    },
    /// Keep the history in step with your other computers through a folder you already
    /// sync (Syncthing, Nextcloud, Dropbox): turn it on or off, sync now, see where it
    /// stands, name this computer, encrypt the files with a passphrase.
    Sync {
        #[command(subcommand)]
        action: SyncCommand,
    },
    /// Start Solewise in the tray when you log in (on) or not (off); with neither, say
    /// which. It starts the tray daemon (`solewise --minimized`), never the window: the
    /// same switch as Settings → Start at login.
    Autostart {
        /// on or off; with neither, where it stands.
        #[arg(value_enum, value_name = "on|off", hide_possible_values = true)]
        state: Option<Switch>,
    },
    /// Stop the tray daemon (reminders stop until Solewise starts again).
    Quit,
}

/// A switch's two positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Switch {
    On,
    Off,
}

#[derive(Debug, Clone, Subcommand)]
pub enum SyncCommand {
    /// Turn sync on with DIR, a folder that exists and that your sync tool shares:
    /// Solewise writes only in DIR/Solewise/. Both histories are merged at once.
    Set {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Turn sync off: the history here stays as it is.
    Off,
    /// Sync now: write the changes made here, merge the other computers' (with a
    /// progress bar on a terminal). Exits 1 if something went wrong.
    Now,
    /// Where syncing stands: the folder, this computer, the others and when each was
    /// last heard from, changes waiting, problems.
    Status {
        /// One JSON object, for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Give this computer the name the others show (1 to 60 characters; the host name
    /// until you do).
    Rename {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Encrypt this computer's files in the folder with a passphrase (asked for twice on
    /// a terminal, without echo; otherwise read as one line from standard input). Give
    /// every computer sharing the folder the same one. Its files are written again,
    /// encrypted, at once.
    Passphrase {
        /// Remove the passphrase: the files are written again, readable.
        #[arg(long)]
        off: bool,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum RemindersCommand {
    /// Add a reminder: days and a local time, optionally a routine and a label.
    Add {
        /// Days, comma-separated: mon,tue,wed,thu,fri,sat,sun.
        #[arg(long)]
        days: String,
        /// Local time, 24-hour HH:MM.
        #[arg(long)]
        at: String,
        #[arg(long)]
        routine: Option<String>,
        #[arg(long)]
        label: Option<String>,
    },
    /// List the reminders.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a reminder by its id (see `list`).
    Remove { id: i64 },
    /// When reminders fire next (soonest first, pauses included).
    Next {
        /// How many, from 1 to 1000.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=1000))]
        count: u16,
        /// An array of RFC 3339 timestamps with their offset.
        #[arg(long)]
        json: bool,
    },
    /// Write the reminders that are on as an iCalendar file (.ics) for any calendar.
    ///
    /// One weekly event per reminder, at its time in your time zone; the file carries
    /// the zone's DST rules. A pause is not in it: the calendar shows the plan. With no
    /// reminder on, nothing is written and the exit code is 1.
    ExportIcs {
        /// Write to FILE (beside it, then renamed into place) instead of standard
        /// output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum ProgrammesCommand {
    /// The programmes there are.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Join a programme (joining it again starts it over). With --days, also add a
    /// reminder on those days for its next session, as the window's Join does.
    Join {
        /// The programme's id (see `solewise programmes list`).
        id: String,
        /// Days for its reminder, comma-separated: mon,tue,wed,thu,fri,sat,sun.
        #[arg(long)]
        days: Option<String>,
        /// The reminder's local time, 24-hour HH:MM (with --days).
        #[arg(long, default_value = "20:00", requires = "days")]
        at: String,
    },
    /// Where you are in the programme you joined.
    Status {
        /// The progress as one JSON object (null when none is joined).
        #[arg(long)]
        json: bool,
    },
    /// Leave the programme you joined; its sessions and any reminder stay.
    Leave,
}

#[derive(Debug, Clone, Subcommand)]
pub enum HistoryCommand {
    /// Write every session to FILE (or standard output).
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Merge a JSON export into the history. All or nothing: a file with any invalid
    /// session changes nothing and exits 1.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Log a session done without the player: --minutes N (1 to 600), and optionally
    /// the routine, when it started (local YYYY-MM-DDTHH:MM or RFC 3339; now if not
    /// given), a note and how it was done. Prints the new session's id.
    Add {
        /// How long it lasted, in minutes (1 to 600).
        #[arg(long, value_name = "N")]
        minutes: u32,
        /// The routine it followed (see `solewise routines list`); it names the session.
        #[arg(long, value_name = "ID")]
        routine: Option<String>,
        /// When it started: local YYYY-MM-DDTHH:MM or RFC 3339 (now if not given).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// A note, at most 2000 characters.
        #[arg(long, value_name = "TEXT", default_value = "")]
        note: String,
        /// How it was done.
        #[arg(long, value_enum, default_value = "self")]
        kind: LoggedKind,
    },
    /// Change a session's note (an empty TEXT clears it).
    Edit {
        /// The session's id (`history add` prints it; `history export` lists them).
        #[arg(value_name = "ID")]
        id: String,
        /// The new note.
        #[arg(long, value_name = "TEXT")]
        note: String,
    },
    /// Delete a session from the history (on every computer, if sync is on).
    Delete {
        /// The session's id.
        #[arg(value_name = "ID")]
        id: String,
    },
    /// The insights: this week against the goal, streaks, minutes, the average change in
    /// stress (weeks in your time zone, starting on the day set in Settings).
    Stats {
        /// One JSON object, for scripts and status bars.
        #[arg(long)]
        json: bool,
    },
}

/// How a session logged by hand was done.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LoggedKind {
    /// By yourself.
    #[value(name = "self")]
    SelfMassage,
    /// By a partner.
    Partner,
    /// By a professional.
    Professional,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Subcommand)]
pub enum RoutinesCommand {
    /// Check routine and technique files (or folders of them): prints each problem as
    /// FILE:LINE: message and exits 1 if any file is bad. Files in a folder named
    /// `techniques` are techniques; the others are routines.
    Validate {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// List the built-in routines and your own, with their total time.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Find techniques and routines by what they are for ("heel pain", "runner"), as the
    /// Guides screen's search does: every word in the title, summary, search words or
    /// goals; title matches first.
    Search {
        #[arg(required = true, value_name = "WORDS")]
        words: Vec<String>,
        /// The ids found, as {"techniques": [..], "routines": [..]}.
        #[arg(long)]
        json: bool,
    },
}
