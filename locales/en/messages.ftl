# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = there is no English file of this name to translate
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = missing: { $language } says it is complete, but has no translation of { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = "{ $key }" has no English text to translate here
# $count items in the translation where the English has $english.
translation-count = "{ $key }" has { $count } items where the English has { $english }: there must be one for each
translation-missing-key = "{ $key }" is not translated, but the language says it is complete
translation-folder-unreadable = cannot read the folder: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = "{ $tag }" is not a language Solewise speaks; choose one from the list, or System.

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Next reminder: { $when }
tray-reminders-paused = Reminders paused
tray-no-reminders = No reminders set
tray-start = Start a session
tray-pause-today = Pause reminders for today
tray-resume = Resume reminders
tray-open = Open Solewise
tray-quit = Quit

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = Time for your foot massage
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } min
reminder-body-no-routine = Your feet have earned a few minutes.
reminder-open = Open Solewise
reminder-start = Start now
reminder-snooze = Snooze
test-notification-title = Solewise test notification
test-notification-body = Reminders will look like this. Time to treat your feet!
# $detail is what the desktop said, in its own words.
notification-no-service = No notification service is running on this desktop, so Solewise cannot show desktop notifications. Reminders are still kept, and shown here in the app. ({ $detail })
notification-refused = The desktop did not show the notification: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = warning: "{ $asked }" is not a language Solewise speaks; showing { $shown }
cli-reminders-on = reminders are on
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = added reminder { $id }: { $days } at { $at }
cli-no-reminders = no reminders
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = off
cli-reminder-removed = removed reminder { $id }
cli-no-reminders-ahead = no reminders ahead
cli-nothing-to-export = there are no reminders to export (none, or all turned off): add one with `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = '{ $length }' reaches past the year 9999
cli-paused-until-resume = reminders paused until `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = reminders paused until { $until }
cli-warning = warning: { $warning }
cli-imported = { $added ->
    [one] { $added } session added
   *[other] { $added } sessions added
}, { $skipped } already there and skipped
cli-validate-good = { $checked ->
    [one] { $checked } file checked: all good
   *[other] { $checked } files checked: all good
}
cli-validate-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in { $checked ->
    [one] { $checked } file checked
   *[other] { $checked } files checked
}
cli-skipped = skipped: { $problem }
cli-list-problems = { $count ->
    [one] { $count } problem: the routines above are the ones that could be read
   *[other] { $count } problems: the routines above are the ones that could be read
}
cli-nothing-found = nothing found for '{ $words }'
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}, { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = joined { $programme }
cli-programme-joined-reminder = joined { $programme }; a reminder on { $days } at { $at }
cli-no-programme = no programme joined: see `solewise programmes list`
cli-programme-left = left { $programme }
cli-no-programme-to-leave = no programme was joined
cli-daemon-not-running = the tray daemon was not running
cli-autostart-on = Solewise starts in the tray when you log in.
cli-autostart-off = Solewise does not start when you log in.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Solewise reminders
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } min: a Solewise routine

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = No voice on this computer speaks this language ({ $language }), so the steps are not read aloud. Install a voice for it (for example espeak-ng's) and restart Solewise.

## solewise history add, edit, delete

cli-history-title-self = Self-massage
cli-history-title-partner = Massage from my partner
cli-history-title-professional = Professional massage
cli-history-edited = Saved the note of session { $id }.
cli-history-deleted = Deleted “{ $title }” ({ $id }).

## solewise sync

cli-sync-on = Sync is on, through { $folder }.
cli-sync-off = Sync is off. The history on this computer stays as it is.
cli-sync-done = { $sent ->
    [one] 1 change written
   *[other] { $sent } changes written
}, { $received ->
    [one] 1 received from other computers.
   *[other] { $received } received from other computers.
}
cli-sync-status-on = Sync: on, through { $folder }
cli-sync-status-off = Sync: off
cli-sync-status-name = This computer: { $name }
cli-sync-status-merged = Last synced: { $when }
cli-sync-status-never = Not synced yet
cli-sync-status-computers = { $count ->
    [0] No other computer seen yet
    [one] 1 other computer:
   *[other] { $count } other computers:
}
cli-sync-status-computer = { $name }, last change { $when }
cli-sync-status-waiting = { $count ->
    [one] 1 change waits for the folder
   *[other] { $count } changes wait for the folder
}
cli-sync-renamed = This computer is now called { $name }.
cli-sync-progress = { $percent }% merged
cli-sync-status-encrypted = The files in the folder are encrypted with a passphrase.
cli-sync-passphrase-ask = Passphrase for the sync folder:
cli-sync-passphrase-again = The same passphrase again:
cli-sync-passphrase-mismatch = The two passphrases differ; nothing was changed.
cli-sync-passphrase-on = This computer's files in the sync folder are encrypted with the passphrase. Give your other computers the same one.
cli-sync-passphrase-off = This computer's files in the sync folder are no longer encrypted.
reminder-skipped-elsewhere = Skipped the { $time } reminder: a session was already done on { $computer }.
