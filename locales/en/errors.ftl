# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = The history database failed: { $error }
# $folder is the data folder's path.
database-create-folder = Could not create the data folder { $folder }: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = The database { $file } was written by a newer version of Solewise (data version { $found }; this version understands up to { $supported }). It was left untouched. Update Solewise, or start it with --data-dir pointing at another folder.
# $to is where the damaged file was to be moved.
database-move-aside-failed = The database { $file } is damaged and could not be moved aside to { $to }: { $error }
database-backup-failed = Could not back up { $file } before upgrading it: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = Upgrading the database { $file } to data version { $version } failed, so nothing was changed: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = The database { $file } is damaged ({ $reason }). It was moved to { $moved_to } and kept; nothing else was done. Start Solewise to begin a new history, or restore a backup from its History screen.
database-damaged-left-alone = The database { $file } is damaged ({ $reason }). It was left as it is, and nothing was read from it. Start Solewise (or any command that changes data) to move it aside and begin a new history.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } is not a Solewise database ({ $reason }). It was left untouched. Move it away, or start Solewise with --data-dir pointing at another folder.
database-folder-is-a-file = The data folder { $folder } is a file, not a folder. Move that file away, or pass --data-dir with another folder.
database-create-failed = Could not create the database { $file }: { $error }
database-read-failed = Could not read the database { $file }: { $error }
database-sqlite = Database { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Your Solewise database could not be read ({ $reason }). It was moved to { $moved_to } (nothing was deleted) and a new, empty database was started.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = it is a folder
database-reason-empty = the file is empty (0 bytes)
# $version is a number found in the file.
database-reason-odd-version = its data version is { $version }, which no Solewise writes
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = it is an SQLite database with other tables ({ $tables }) and no Solewise data version
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check found: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = There is no backup named '{ $name }' in the backups folder.

## Finding the data folder.

store-no-data-folder = Could not find this system's app-data folder (is HOME set?). Pass --data-dir DIR to choose one.
# $folder is the path that was worked out.
store-data-folder-relative = The app-data folder would be '{ $folder }', which is not an absolute path (check HOME and XDG_DATA_HOME). Pass --data-dir DIR to choose one.

## Settings.

settings-weekly-goal-range = The weekly goal is from { $min } to { $max } sessions.
# $day is what was sent.
settings-not-a-weekday = '{ $day }' is not a day of the week.
settings-voice-rate-range = The voice speed is from -100 (slowest) to 100 (fastest).
# $name is what was sent.
settings-not-a-voice = '{ $name }' is not a voice name.
settings-snooze-range = Snooze for { $min } to { $max } minutes.
settings-grace-range = The grace period is from 5 minutes to 24 hours.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = Could not read the start-at-login setting: { $error }
settings-autostart-on-failed = Could not turn on start at login: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = Could not turn on start at login: reg.exe refused.
settings-autostart-no-home = Could not turn on start at login: there is no home folder (HOME is not set).
settings-autostart-on-file-failed = Could not turn on start at login ({ $file }): { $error }
settings-autostart-off-failed = Could not turn off start at login: { $error }
settings-autostart-off-refused = Could not turn off start at login: reg.exe refused.
settings-autostart-off-file-failed = Could not turn off start at login ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = '{ $day }' is not a day: use mon, tue, wed, thu, fri, sat or sun
reminder-no-days = a reminder needs at least one day
# $time is what was typed.
reminder-not-a-time = '{ $time }' is not a time: use 24-hour HH:MM, like 20:00
reminder-label-too-long = a label is at most 80 characters
# $char is the character's code, such as U+0007.
reminder-label-control-char = a label may not hold the control character { $char }
# $id is the reminder's number.
reminder-not-found = there is no reminder { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = There is no routine '{ $routine }' to remind you of: choose one from the list, or see `solewise routines list` for the ids.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = The reminder due at { $time } could not be shown: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = '{ $length }' is not a length: use e.g. 2d, 12h or 90m
# $days is the longest pause, in days.
schedule-pause-too-long = '{ $length }' is longer than the longest pause, { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: run `solewise pause` without --for to pause until `solewise resume`
schedule-pause-zero = '{ $length }' is no pause at all: give at least 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = '{ $date }' is not a date: use YYYY-MM-DD
schedule-pause-date-out-of-range = '{ $date }' is out of range: give a date before 9999
schedule-pause-date-past = '{ $date }' has already begun: give a date after today
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = The time zone TZ="{ $tz }" is not one this system knows, so times are in UTC. Set TZ to a name such as Europe/Berlin, or unset it to use the system's setting.

## Guided sessions.

session-stress-range = stress is rated from 1 to 10
# $routine is the routine id asked for.
session-no-routine = There is no routine '{ $routine }'.
session-routine-gone = The routine '{ $routine }' no longer exists, so the session was kept as partial.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = There is no session { $id } (it may have been deleted).
# $value is the rating that was sent.
history-stress-before-range = stress before must be from 1 (calm) to 10 (very stressed), not { $value }
history-stress-after-range = stress after must be from 1 (calm) to 10 (very stressed), not { $value }
history-note-too-long = the note is longer than { $max } characters
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = That session cannot be put back: { $reason }.
history-already-there = Session { $id } is already in the history.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = the start time must look like 2026-11-24T20:00, not '{ $text }'
# $error is what the date library said.
history-start-time-error = the start time: { $error }
history-logged-kind = a logged session is a self-massage, a partner's or a professional's
history-logged-minutes = a session lasts from 1 to 600 minutes, not { $minutes }
history-logged-title = give the session a name of up to 80 characters
history-logged-future = that start time is in the future: log sessions once they happened
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } must be a date like 2026-11-24, not '{ $date }'
history-filter-date-error = { $field }: { $error }
history-page-marker = that page marker is not one Solewise made

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = '{ $zone }' is not a foot zone (zones are left- or right- and one of { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone } is rated { $rating }; ratings are 0 to { $max }
history-zone-rated-twice = { $zone } is rated twice
history-zone-left-toes = Left toes
history-zone-left-ball = Left ball of the foot
history-zone-left-arch = Left arch
history-zone-left-heel = Left heel
history-zone-left-top = Left top of the foot
history-zone-left-ankle = Left ankle
history-zone-left-achilles = Left Achilles tendon
history-zone-left-calf = Left calf
history-zone-right-toes = Right toes
history-zone-right-ball = Right ball of the foot
history-zone-right-arch = Right arch
history-zone-right-heel = Right heel
history-zone-right-top = Right top of the foot
history-zone-right-ankle = Right ankle
history-zone-right-achilles = Right Achilles tendon
history-zone-right-calf = Right calf

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = This week: { $done } of { $goal ->
        [one] { $goal } session
       *[other] { $goal } sessions
    } ({ $met ->
        [yes] goal met
       *[no] goal not met yet
    }; weeks start on { $first_day ->
        [tuesday] Tuesday
        [wednesday] Wednesday
        [thursday] Thursday
        [friday] Friday
        [saturday] Saturday
        [sunday] Sunday
       *[monday] Monday
    })
# $current and $best are numbers of weeks.
history-stats-streak = Streak: { $current ->
        [one] { $current } week
       *[other] { $current } weeks
    } in a row meeting the goal (best { $best ->
        [one] { $best } week
       *[other] { $best } weeks
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Minutes: { $week } this week, { $month } this month, { $all } in all, over { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }
history-stats-stress-none = Stress: no session rated before and after yet
history-stats-stress-same = Stress: no change on average after a session
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Stress: down { $points ->
        [one] { $points } point
       *[other] { $points } points
    } on average after a session
history-stats-stress-up = Stress: up { $points ->
        [one] { $points } point
       *[other] { $points } points
    } on average after a session
# Above the zones' lines: the weeks they cover.
history-stats-zones = Foot zones, the last twelve weeks:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: rated { $ratings ->
        [one] { $ratings } time
       *[other] { $ratings } times
    }, { $average } on average in the week of { $week }, { $trend ->
        [down] down { $change } since the first month
        [up] up { $change } since the first month
        [same] no change since the first month
       *[unknown] no change to tell yet
    }{ $high ->
        [yes] { " " }(7 or more for two weeks: worth a professional's look)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = it is not UTF-8 text (bad byte at offset { $offset }), so not a Solewise export
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = this is not a Solewise history export (line { $line }, column { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = this is not a Solewise history export (line { $line }, column { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = this file's format is '{ $format }', not '{ $expected }'
import-version-zero = this file's version is 0; Solewise exports start at version 1
# $text is what the file holds.
import-bad-exported-at = this file's exported_at '{ $text }' is not a date and time like 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = this export was made by a newer Solewise (version { $version }; this one reads up to { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = session { $number }: { $reason }
import-session-problem-id = session { $number } (id { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = session { $number } (id { $id }): session { $first } has the same id but other contents
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    nothing was imported: { $count ->
        [one] { $count } session is not valid
       *[other] { $count } sessions are not valid
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = its { $field } is { $length } characters long; the most is { $max }
import-session-text-control-char = its { $field } holds the control character { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = its step { $number }'s technique is { $length } characters long; the most is { $max }
import-session-step-technique-control-char = its step { $number }'s technique holds the control character { $char }
# $text is what the file holds.
import-session-bad-time = { $field } '{ $text }' is not a date and time like 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } is before the year 2000
import-session-in-future = { $field } { $text } is in the future
import-session-bad-id = its id '{ $id }' is not one Solewise made (a UUID)
import-session-ends-before-start = it ends (ended_at) before it starts (started_at)
import-session-in-progress = its status is in_progress: it is still under way
import-session-stress-range = { $field } must be from 1 to 10
import-session-no-title = its title is empty
import-session-bad-routine-id = its routine_id '{ $routine }' is not a routine id (lowercase words joined by dashes, at most 48 characters)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = its { $field } is { $value }; a session lasts at most { $max } seconds (a day)
import-session-too-many-steps = it has { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }; a session has at most { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = its steps_total { $total } and steps_done { $done } do not match its { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }, { $count_done } of them done
# $position is the position the file gives the step.
import-session-step-order = its steps are out of order at step { $number } (position { $position })
import-session-step-seconds = step { $number } lasts { $seconds } seconds; a step lasts from { $min } to { $max } seconds
import-session-step-no-technique = step { $number } names no technique
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = its check-in zones: { $reason }
import-session-zones-after = its check-out zones: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } is Solewise's own database or backup: choose another file to export to
export-write-failed = could not write { $file }: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = session { $id } ({ $column }): bytes that are not UTF-8 were exported as replacement characters
# $id is the routine id asked for.
export-no-such-routine = There is no routine '{ $id }'.

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = cannot read it: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = it is { $kind ->
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
        [folder] a folder
       *[other] a special file
    }, not a regular file, so it cannot be { $what ->
        [routine] a routine file
       *[history-export] a Solewise history export
    }
# $max is the largest size allowed, in bytes.
input-too-large = it is larger than { $max } bytes, the most { $what ->
        [routine] a routine file
       *[history-export] a Solewise history export
    } may be

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = cannot read the folder of your routines: { $error }
routine-file-folder-unreadable = cannot read the folder: { $error }
routine-file-not-utf8 = it is not UTF-8 text: is it really a routine file?
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = There is no custom routine '{ $id }' (built-in routines cannot be changed or deleted; duplicate one instead).
# $title is the title of the routine that has the id.
routine-file-id-taken = A routine with the id '{ $id }' already exists ({ $title }). Choose another title or id.
routine-file-new-id-invalid = id '{ $id }' must be lowercase letters and digits separated by single dashes
routine-file-shadows-built-in = routine id '{ $id }' is the id of a built-in routine, so Solewise would skip this file: choose another id
routine-file-not-toml = cannot be written as TOML: { $error }
routine-file-id-invalid = id '{ $id }' must be lowercase letters and digits separated by single dashes (like 'heel-circles'), at most 48 characters
# $stem is the file's name without .toml.
routine-file-id-not-file-name = id '{ $id }' does not match the file name: rename the file to { $id }.toml or set id = "{ $stem }"
routine-file-text-empty = { $field } is empty
routine-file-text-too-long = { $field } is { $length } characters long; keep it under { $max }
routine-file-control-char = { $field } holds the control character { $char }; remove it
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals is empty: name at least one of circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = goals names the same goal twice
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } lists { $count ->
        [one] { $count } thing
       *[other] { $count } things
    }; at most { $max }
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: '{ $item }' must be 1 to { $max } characters
routine-file-summary-too-long = summary is longer than { $max } characters
routine-file-no-steps = a routine needs at least one [[steps]] entry
routine-file-too-many-steps = { $count ->
        [one] { $count } step is
       *[other] { $count } steps is
    } too many; at most { $max }
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = step { $number } names technique '{ $technique }', which does not exist
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = step { $number } names technique '{ $technique }', which does not exist (did you mean '{ $near }'?)
routine-file-step-seconds = step { $number } lasts { $seconds } seconds; a step lasts from { $min } to { $max } seconds
routine-file-cue-control-char = step { $number }'s cue holds the control character { $char }; remove it
routine-file-cue-too-long = step { $number }'s cue is longer than { $max } characters
routine-file-too-long = the steps add up to { $minutes } minutes; a routine lasts at most { $max } minutes
# $first is the file that has the id already.
routine-file-id-used = routine id '{ $id }' is already used by { $first }; this file was skipped
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds is { $seconds }; a technique lasts from { $min } to { $max } seconds
# $name is the file name given.
technique-file-illustration = illustration '{ $name }' must be a file name ending in .svg, with no folders
technique-file-no-steps = steps must list at least one instruction, none of them empty
technique-file-needs-tradition = a traditional technique needs a 'tradition' line saying where it comes from
technique-file-tradition-not-traditional = tradition is only for techniques with category = "traditional"
technique-file-id-taken = technique id '{ $id }' is already used by { $first }; this file was skipped
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = a page has one '# ' title; use '## ' for headings
page-file-no-title = a page must start with a '# ' title

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = a programme needs at least one [[weeks]] entry
programme-file-too-many-weeks = { $count ->
        [one] { $count } week is
       *[other] { $count } weeks is
    } too many; at most { $max }
# $week is the week's place (1 for the first).
programme-file-week-empty = week { $week } has no sessions: name at least one routine
programme-file-week-too-many = week { $week } has { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }; at most { $max }
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = week { $week }, session { $session } names routine '{ $routine }', which does not exist
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = week { $week }, session { $session } names routine '{ $routine }', which does not exist (did you mean '{ $near }'?)
programme-file-note-empty = week { $week }'s note is empty
programme-file-note-too-long = week { $week }'s note is { $length } characters long; keep it under { $max }
programme-file-note-control-char = week { $week }'s note holds the control character { $char }; remove it
programme-file-id-taken = programme id '{ $id }' is already used by { $first }; this file was skipped
# $id is the programme id asked for.
programme-not-found = There is no programme '{ $id }'.
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · week { $week }, session { $session } of { $sessions }
programme-progress-complete = { $title } · complete

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Solewise's background program is not running (no one listens at { $endpoint }).
ipc-no-answer = Solewise's background program did not answer within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Solewise's background program speaks protocol { $theirs } (version { $version }); this program speaks { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Solewise's background program sent something that is not a message: { $error }
ipc-connection-failed = The connection to Solewise's background program failed: { $error }
ipc-message-too-long = a message longer than { $max } bytes
ipc-message-not-utf8 = a message that is not UTF-8
ipc-connection-closed = the connection closed
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = not a Solewise message: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = say hello with protocol { $protocol } first
ipc-endpoint-taken = a Solewise daemon already listens at { $endpoint }
ipc-daemon-no-answer = the tray daemon did not answer: { $error }
ipc-daemon-not-installed = the tray daemon is not installed here: reminders wait
# $program is the daemon program's path.
ipc-daemon-start-failed = could not start the tray daemon { $program }: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = the tray daemon did not start; see { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = No speech service is running (Speech Dispatcher is not installed or did not start: { $detail }).
speech-stopped-answering = The speech service stopped answering: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = The speech service refused '{ $command }': { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR is not set
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = its answer to '{ $command }' could not be read
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = no answer within { $seconds } s
# $code is the service's answer code, a number.
speech-answer-coded = an answer coded { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = not sent: the value must be { $spaces ->
        [yes] one line
       *[no] one word
    } without control characters

## Keeping history in step through a synced folder

sync-line-not-json = this line is not a change record: { $error }
sync-line-bad-clock = the clock '{ $clock }' is not one Solewise writes
sync-line-other-device = the record says it was written by the computer { $device }, not the one whose folder it is in
sync-line-unknown-field = the field '{ $field }' is not one a session has
sync-session-refused = session { $id } from another computer was not added: { $reason }
sync-this-computer = This computer
sync-folder-missing = The sync folder { $folder } is not there (a disk not plugged in, or a folder moved?). Changes made here wait until it is back.
sync-folder-unwritable = Solewise cannot write in the sync folder { $folder }: { $error }. Changes made here wait until it can.
sync-folder-unreadable = Solewise cannot read the sync folder { $folder }: { $error }
sync-name-invalid = A computer's name must be 1 to { $max } characters, on one line.
sync-is-off = Sync is off: turn it on with a folder first (solewise sync set FOLDER, or Settings → Sync).
sync-device-shared = Another computer was writing under this computer's sync id (was this data folder copied from it?). This computer now has an id of its own; nothing either wrote is lost.
sync-file-newer = { $file } was written by a newer version of Solewise: update Solewise here to merge all of it.
sync-line-bad-id = '{ $id }' is not the id of anything Solewise keeps in step
sync-routine-refused = the routine { $id } from another computer was not saved: { $reason }
sync-encrypted = The files in the sync folder are encrypted with a passphrase. Give this computer the same passphrase (Settings → Sync, or solewise sync passphrase) to merge them; until then nothing here changes and nothing is written there.
sync-passphrase-wrong = The files { $computer } wrote in the sync folder do not open with this computer's passphrase. Give both computers the same passphrase; the files wait until then.
sync-file-unreadable = { $file } cannot be opened yet ({ $error }): it may still be arriving. It is read again at the next sync.
sync-passphrase-invalid = A passphrase must be at least { $min } characters, on one line.
