# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = Fehler in der Verlaufsdatenbank: { $error }
# $folder is the data folder's path.
database-create-folder = Der Datenordner { $folder } konnte nicht angelegt werden: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = Die Datenbank { $file } wurde von einer neueren Version von Solewise geschrieben (Datenversion { $found }; diese Version versteht bis { $supported }). Sie wurde nicht verändert. Aktualisieren Sie Solewise oder starten Sie es mit --data-dir und einem anderen Ordner.
# $to is where the damaged file was to be moved.
database-move-aside-failed = Die Datenbank { $file } ist beschädigt und konnte nicht nach { $to } verschoben werden: { $error }
database-backup-failed = { $file } konnte vor dem Update nicht gesichert werden: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = Das Update der Datenbank { $file } auf Datenversion { $version } ist fehlgeschlagen, daher wurde nichts geändert: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = Die Datenbank { $file } ist beschädigt ({ $reason }). Sie wurde nach { $moved_to } verschoben und aufbewahrt; sonst wurde nichts unternommen. Starten Sie Solewise, um einen neuen Verlauf zu beginnen, oder stellen Sie in der Ansicht „Verlauf“ eine Sicherung wieder her.
database-damaged-left-alone = Die Datenbank { $file } ist beschädigt ({ $reason }). Sie wurde so belassen, wie sie ist, und es wurde nichts daraus gelesen. Starten Sie Solewise (oder einen Befehl, der Daten ändert), um sie beiseitezulegen und einen neuen Verlauf zu beginnen.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } ist keine Solewise-Datenbank ({ $reason }). Die Datei wurde nicht verändert. Verschieben Sie sie woandershin oder starten Sie Solewise mit --data-dir und einem anderen Ordner.
database-folder-is-a-file = Der Datenordner { $folder } ist eine Datei, kein Ordner. Verschieben Sie diese Datei woandershin oder geben Sie mit --data-dir einen anderen Ordner an.
database-create-failed = Die Datenbank { $file } konnte nicht angelegt werden: { $error }
database-read-failed = Die Datenbank { $file } konnte nicht gelesen werden: { $error }
database-sqlite = Datenbank { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Ihre Solewise-Datenbank konnte nicht gelesen werden ({ $reason }). Sie wurde nach { $moved_to } verschoben (nichts wurde gelöscht), und eine neue, leere Datenbank wurde angelegt.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = es ist ein Ordner
database-reason-empty = die Datei ist leer (0 Byte)
# $version is a number found in the file.
database-reason-odd-version = ihre Datenversion ist { $version }, die keine Version von Solewise schreibt
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = es ist eine SQLite-Datenbank mit anderen Tabellen ({ $tables }) und ohne Solewise-Datenversion
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check hat gefunden: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = Im Sicherungsordner gibt es keine Sicherung namens „{ $name }“.

## Finding the data folder.

store-no-data-folder = Der Ordner für App-Daten dieses Systems wurde nicht gefunden (ist HOME gesetzt?). Geben Sie mit --data-dir DIR einen Ordner an.
# $folder is the path that was worked out.
store-data-folder-relative = Der Ordner für App-Daten wäre „{ $folder }“, das ist kein absoluter Pfad (prüfen Sie HOME und XDG_DATA_HOME). Geben Sie mit --data-dir DIR einen Ordner an.

## Settings.

settings-weekly-goal-range = Das Wochenziel liegt zwischen { $min } und { $max } Einheiten.
# $day is what was sent.
settings-not-a-weekday = „{ $day }“ ist kein Wochentag.
settings-voice-rate-range = Das Sprechtempo reicht von -100 (am langsamsten) bis 100 (am schnellsten).
# $name is what was sent.
settings-not-a-voice = „{ $name }“ ist kein Stimmenname.
settings-snooze-range = Später erinnern ist nach { $min } bis { $max } Minuten möglich.
settings-grace-range = Die Kulanzzeit liegt zwischen 5 Minuten und 24 Stunden.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = Die Einstellung für den Start beim Anmelden konnte nicht gelesen werden: { $error }
settings-autostart-on-failed = Der Start beim Anmelden konnte nicht eingeschaltet werden: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = Der Start beim Anmelden konnte nicht eingeschaltet werden: reg.exe hat abgelehnt.
settings-autostart-no-home = Der Start beim Anmelden konnte nicht eingeschaltet werden: Es gibt keinen Home-Ordner (HOME ist nicht gesetzt).
settings-autostart-on-file-failed = Der Start beim Anmelden konnte nicht eingeschaltet werden ({ $file }): { $error }
settings-autostart-off-failed = Der Start beim Anmelden konnte nicht ausgeschaltet werden: { $error }
settings-autostart-off-refused = Der Start beim Anmelden konnte nicht ausgeschaltet werden: reg.exe hat abgelehnt.
settings-autostart-off-file-failed = Der Start beim Anmelden konnte nicht ausgeschaltet werden ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = „{ $day }“ ist kein Tag: Verwenden Sie mon, tue, wed, thu, fri, sat oder sun
reminder-no-days = eine Erinnerung braucht mindestens einen Tag
# $time is what was typed.
reminder-not-a-time = „{ $time }“ ist keine Uhrzeit: Verwenden Sie das 24-Stunden-Format HH:MM, etwa 20:00
reminder-label-too-long = eine Bezeichnung hat höchstens 80 Zeichen
# $char is the character's code, such as U+0007.
reminder-label-control-char = eine Bezeichnung darf das Steuerzeichen { $char } nicht enthalten
# $id is the reminder's number.
reminder-not-found = es gibt keine Erinnerung { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = Es gibt keine Routine „{ $routine }“, an die erinnert werden könnte: Wählen Sie eine aus der Liste, oder sehen Sie mit `solewise routines list` die IDs nach.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = Die Erinnerung für { $time } konnte nicht angezeigt werden: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = „{ $length }“ ist keine Dauer: Verwenden Sie z. B. 2d, 12h oder 90m
# $days is the longest pause, in days.
schedule-pause-too-long = „{ $length }“ ist länger als die längste mögliche Pause von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }: Führen Sie `solewise pause` ohne --for aus, um bis `solewise resume` zu pausieren
schedule-pause-zero = „{ $length }“ ist überhaupt keine Pause: Geben Sie mindestens 1m an
# $date is what was typed after --until.
schedule-pause-not-a-date = „{ $date }“ ist kein Datum: Verwenden Sie JJJJ-MM-TT (YYYY-MM-DD)
schedule-pause-date-out-of-range = „{ $date }“ liegt außerhalb des gültigen Bereichs: Geben Sie ein Datum vor 9999 an
schedule-pause-date-past = „{ $date }“ hat bereits begonnen: Geben Sie ein Datum nach heute an
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = Die Zeitzone TZ="{ $tz }" ist diesem System nicht bekannt, daher gelten Zeiten in UTC. Setzen Sie TZ auf einen Namen wie Europe/Berlin, oder entfernen Sie die Variable, um die Systemeinstellung zu verwenden.

## Guided sessions.

session-stress-range = Stress wird von 1 bis 10 bewertet
# $routine is the routine id asked for.
session-no-routine = Es gibt keine Routine „{ $routine }“.
session-routine-gone = Die Routine „{ $routine }“ existiert nicht mehr, daher wurde die Einheit als unvollständig behalten.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = Es gibt keine Einheit { $id } (vielleicht wurde sie gelöscht).
# $value is the rating that was sent.
history-stress-before-range = Stress vorher muss zwischen 1 (ruhig) und 10 (sehr gestresst) liegen, nicht { $value }
history-stress-after-range = Stress nachher muss zwischen 1 (ruhig) und 10 (sehr gestresst) liegen, nicht { $value }
history-note-too-long = die Notiz ist länger als { $max } Zeichen
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = Diese Einheit kann nicht wiederhergestellt werden: { $reason }.
history-already-there = Die Einheit { $id } ist bereits im Verlauf.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = die Startzeit muss wie 2026-11-24T20:00 aussehen, nicht „{ $text }“
# $error is what the date library said.
history-start-time-error = die Startzeit: { $error }
history-logged-kind = eine eingetragene Einheit ist eine Selbstmassage, eine Partnermassage oder eine professionelle Massage
history-logged-minutes = eine Einheit dauert 1 bis 600 Minuten, nicht { $minutes }
history-logged-title = geben Sie der Einheit einen Namen mit bis zu 80 Zeichen
history-logged-future = diese Startzeit liegt in der Zukunft: Tragen Sie Einheiten ein, nachdem sie stattgefunden haben
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } muss ein Datum wie 2026-11-24 sein, nicht „{ $date }“
history-filter-date-error = { $field }: { $error }
history-page-marker = diese Seitenmarke stammt nicht von Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = „{ $zone }“ ist kein Fußbereich (Bereiche beginnen mit left- oder right- und sind eines von { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone } ist mit { $rating } bewertet; Bewertungen reichen von 0 bis { $max }
history-zone-rated-twice = { $zone } ist doppelt bewertet
history-zone-left-toes = Linke Zehen
history-zone-left-ball = Linker Fußballen
history-zone-left-arch = Linkes Fußgewölbe
history-zone-left-heel = Linke Ferse
history-zone-left-top = Linker Fußrücken
history-zone-left-ankle = Linker Knöchel
history-zone-left-achilles = Linke Achillessehne
history-zone-left-calf = Linke Wade
history-zone-right-toes = Rechte Zehen
history-zone-right-ball = Rechter Fußballen
history-zone-right-arch = Rechtes Fußgewölbe
history-zone-right-heel = Rechte Ferse
history-zone-right-top = Rechter Fußrücken
history-zone-right-ankle = Rechter Knöchel
history-zone-right-achilles = Rechte Achillessehne
history-zone-right-calf = Rechte Wade

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = Diese Woche: { $done } von { $goal ->
        [one] { $goal } Einheit
       *[other] { $goal } Einheiten
    } ({ $met ->
        [yes] Ziel erreicht
       *[no] Ziel noch nicht erreicht
    }; Wochen beginnen am { $first_day ->
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
        [sunday] Sonntag
       *[monday] Montag
    })
# $current and $best are numbers of weeks.
history-stats-streak = Serie: { $current ->
        [one] { $current } Woche
       *[other] { $current } Wochen
    } in Folge mit erreichtem Ziel (Bestwert { $best ->
        [one] { $best } Woche
       *[other] { $best } Wochen
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Minuten: { $week } diese Woche, { $month } diesen Monat, { $all } insgesamt, in { $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    }
history-stats-stress-none = Stress: noch keine Einheit vorher und nachher bewertet
history-stats-stress-same = Stress: im Durchschnitt keine Veränderung nach einer Einheit
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Stress: im Durchschnitt { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    } weniger nach einer Einheit
history-stats-stress-up = Stress: im Durchschnitt { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    } mehr nach einer Einheit
history-stats-zones = Fußbereiche, die letzten zwölf Wochen:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: { $ratings ->
        [one] { $ratings }-mal
       *[other] { $ratings }-mal
    } bewertet, im Durchschnitt { $average } in der Woche ab { $week }, { $trend ->
        [down] { $change } weniger als im ersten Monat
        [up] { $change } mehr als im ersten Monat
        [same] keine Veränderung seit dem ersten Monat
       *[unknown] noch keine Veränderung erkennbar
    }{ $high ->
        [yes] { " " }(seit zwei Wochen 7 oder mehr: sollte fachlich abgeklärt werden)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = das ist kein UTF-8-Text (ungültiges Byte an Position { $offset }), also kein Solewise-Export
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = das ist kein Export eines Solewise-Verlaufs (Zeile { $line }, Spalte { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = das ist kein Export eines Solewise-Verlaufs (Zeile { $line }, Spalte { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = das Format dieser Datei ist „{ $format }“, nicht „{ $expected }“
import-version-zero = die Version dieser Datei ist 0; Solewise-Exporte beginnen bei Version 1
# $text is what the file holds.
import-bad-exported-at = exported_at „{ $text }“ in dieser Datei ist kein Datum mit Uhrzeit wie 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = dieser Export stammt von einer neueren Version von Solewise (Version { $version }; diese liest bis { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = Einheit { $number }: { $reason }
import-session-problem-id = Einheit { $number } (ID { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = Einheit { $number } (ID { $id }): Einheit { $first } hat dieselbe ID, aber einen anderen Inhalt
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    nichts wurde importiert: { $count ->
        [one] { $count } Einheit ist ungültig
       *[other] { $count } Einheiten sind ungültig
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = ihr Feld { $field } ist { $length } Zeichen lang; höchstens { $max } sind erlaubt
import-session-text-control-char = ihr Feld { $field } enthält das Steuerzeichen { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = die Technik ihres Schritts { $number } ist { $length } Zeichen lang; höchstens { $max } sind erlaubt
import-session-step-technique-control-char = die Technik ihres Schritts { $number } enthält das Steuerzeichen { $char }
# $text is what the file holds.
import-session-bad-time = { $field } „{ $text }“ ist kein Datum mit Uhrzeit wie 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } liegt vor dem Jahr 2000
import-session-in-future = { $field } { $text } liegt in der Zukunft
import-session-bad-id = ihre ID „{ $id }“ stammt nicht von Solewise (keine UUID)
import-session-ends-before-start = sie endet (ended_at), bevor sie beginnt (started_at)
import-session-in-progress = ihr Status ist in_progress, sie läuft also noch
import-session-stress-range = { $field } muss zwischen 1 und 10 liegen
import-session-no-title = ihr Titel ist leer
import-session-bad-routine-id = ihre routine_id „{ $routine }“ ist keine Routinen-ID (kleingeschriebene Wörter, durch Bindestriche verbunden, höchstens 48 Zeichen)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = ihr Feld { $field } ist { $value }; eine Einheit dauert höchstens { $max } Sekunden (einen Tag)
import-session-too-many-steps = sie hat { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }; eine Einheit hat höchstens { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = ihre Werte steps_total { $total } und steps_done { $done } passen nicht zu ihrer Liste von { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritten
    }, von denen { $count_done } erledigt sind
# $position is the position the file gives the step.
import-session-step-order = ihre Schritte sind bei Schritt { $number } nicht in der richtigen Reihenfolge (Position { $position })
import-session-step-seconds = Schritt { $number } dauert { $seconds } Sekunden; ein Schritt dauert { $min } bis { $max } Sekunden
import-session-step-no-technique = Schritt { $number } nennt keine Technik
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = ihre Bereiche zu Beginn: { $reason }
import-session-zones-after = ihre Bereiche am Ende: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } ist die eigene Datenbank oder Sicherung von Solewise: Wählen Sie eine andere Datei für den Export
export-write-failed = { $file } konnte nicht geschrieben werden: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = Einheit { $id } ({ $column }): Bytes, die kein UTF-8 sind, wurden als Ersatzzeichen exportiert
# $id is the routine id asked for.
export-no-such-routine = Es gibt keine Routine „{ $id }“.

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = kann nicht gelesen werden: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = das ist { $kind ->
        [fifo] eine benannte Pipe (FIFO)
        [device] ein Gerät
        [socket] ein Socket
        [folder] ein Ordner
       *[other] eine Spezialdatei
    }, keine normale Datei, und kann daher { $what ->
        [routine] keine Routinendatei
       *[history-export] kein Export eines Solewise-Verlaufs
    } sein
# $max is the largest size allowed, in bytes.
input-too-large = die Datei ist größer als { $max } Byte, die Höchstgröße für { $what ->
        [routine] eine Routinendatei
       *[history-export] einen Export eines Solewise-Verlaufs
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = der Ordner Ihrer Routinen kann nicht gelesen werden: { $error }
routine-file-folder-unreadable = der Ordner kann nicht gelesen werden: { $error }
routine-file-not-utf8 = das ist kein UTF-8-Text: Ist es wirklich eine Routinendatei?
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = Es gibt keine eigene Routine „{ $id }“ (mitgelieferte Routinen können nicht geändert oder gelöscht werden; duplizieren Sie stattdessen eine).
# $title is the title of the routine that has the id.
routine-file-id-taken = Es gibt bereits eine Routine mit der ID „{ $id }“ ({ $title }). Wählen Sie einen anderen Titel oder eine andere ID.
routine-file-new-id-invalid = die ID „{ $id }“ muss aus Kleinbuchstaben und Ziffern bestehen, getrennt durch einzelne Bindestriche
routine-file-shadows-built-in = die Routinen-ID „{ $id }“ gehört bereits einer mitgelieferten Routine, deshalb würde Solewise diese Datei überspringen: Wählen Sie eine andere ID
routine-file-not-toml = kann nicht als TOML geschrieben werden: { $error }
routine-file-id-invalid = die ID „{ $id }“ muss aus Kleinbuchstaben und Ziffern bestehen, getrennt durch einzelne Bindestriche (wie 'heel-circles'), höchstens 48 Zeichen
# $stem is the file's name without .toml.
routine-file-id-not-file-name = die ID „{ $id }“ passt nicht zum Dateinamen: Benennen Sie die Datei in { $id }.toml um oder setzen Sie id = "{ $stem }"
routine-file-text-empty = { $field } ist leer
routine-file-text-too-long = { $field } ist { $length } Zeichen lang; bleiben Sie unter { $max }
routine-file-control-char = { $field } enthält das Steuerzeichen { $char }; entfernen Sie es
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals ist leer: Nennen Sie mindestens eines von circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = goals nennt dasselbe Ziel zweimal
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } enthält { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }; höchstens { $max } sind erlaubt
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: „{ $item }“ muss 1 bis { $max } Zeichen lang sein
routine-file-summary-too-long = summary ist länger als { $max } Zeichen
routine-file-no-steps = eine Routine braucht mindestens einen [[steps]]-Eintrag
routine-file-too-many-steps = { $count ->
        [one] { $count } Schritt ist
       *[other] { $count } Schritte sind
    } zu viel; höchstens { $max } sind erlaubt
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = Schritt { $number } nennt die Technik „{ $technique }“, die es nicht gibt
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = Schritt { $number } nennt die Technik „{ $technique }“, die es nicht gibt (meinten Sie „{ $near }“?)
routine-file-step-seconds = Schritt { $number } dauert { $seconds } Sekunden; ein Schritt dauert { $min } bis { $max } Sekunden
routine-file-cue-control-char = der Hinweis (cue) von Schritt { $number } enthält das Steuerzeichen { $char }; entfernen Sie es
routine-file-cue-too-long = der Hinweis (cue) von Schritt { $number } ist länger als { $max } Zeichen
routine-file-too-long = die Schritte ergeben zusammen { $minutes } Minuten; eine Routine dauert höchstens { $max } Minuten
# $first is the file that has the id already.
routine-file-id-used = die Routinen-ID „{ $id }“ wird bereits von { $first } verwendet; diese Datei wurde übersprungen
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds ist { $seconds }; eine Technik dauert { $min } bis { $max } Sekunden
# $name is the file name given.
technique-file-illustration = illustration „{ $name }“ muss ein Dateiname mit der Endung .svg sein, ohne Ordner
technique-file-no-steps = steps muss mindestens eine Anweisung enthalten, und keine davon darf leer sein
technique-file-needs-tradition = eine traditionelle Technik braucht eine Zeile 'tradition', die sagt, woher sie stammt
technique-file-tradition-not-traditional = tradition gibt es nur für Techniken mit category = "traditional"
technique-file-id-taken = die Technik-ID „{ $id }“ wird bereits von { $first } verwendet; diese Datei wurde übersprungen
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = eine Seite hat einen einzigen Titel mit '# '; verwenden Sie '## ' für Überschriften
page-file-no-title = eine Seite muss mit einem Titel mit '# ' beginnen

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = ein Programm braucht mindestens einen [[weeks]]-Eintrag
programme-file-too-many-weeks = { $count ->
        [one] { $count } Woche ist
       *[other] { $count } Wochen sind
    } zu viel; höchstens { $max } sind erlaubt
# $week is the week's place (1 for the first).
programme-file-week-empty = Woche { $week } hat keine Einheiten: Nennen Sie mindestens eine Routine
programme-file-week-too-many = Woche { $week } hat { $count ->
        [one] { $count } Einheit
       *[other] { $count } Einheiten
    }; höchstens { $max } sind erlaubt
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = Woche { $week }, Einheit { $session } nennt die Routine „{ $routine }“, die es nicht gibt
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = Woche { $week }, Einheit { $session } nennt die Routine „{ $routine }“, die es nicht gibt (meinten Sie „{ $near }“?)
programme-file-note-empty = die Notiz von Woche { $week } ist leer
programme-file-note-too-long = die Notiz von Woche { $week } ist { $length } Zeichen lang; bleiben Sie unter { $max }
programme-file-note-control-char = die Notiz von Woche { $week } enthält das Steuerzeichen { $char }; entfernen Sie es
programme-file-id-taken = die Programm-ID „{ $id }“ wird bereits von { $first } verwendet; diese Datei wurde übersprungen
# $id is the programme id asked for.
programme-not-found = Es gibt kein Programm „{ $id }“.
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · Woche { $week }, Einheit { $session } von { $sessions }
programme-progress-complete = { $title } · abgeschlossen

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Das Hintergrundprogramm von Solewise läuft nicht (niemand lauscht an { $endpoint }).
ipc-no-answer = Das Hintergrundprogramm von Solewise hat nicht innerhalb von { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } geantwortet.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Das Hintergrundprogramm von Solewise spricht Protokoll { $theirs } (Version { $version }); dieses Programm spricht { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Das Hintergrundprogramm von Solewise hat etwas gesendet, das keine Nachricht ist: { $error }
ipc-connection-failed = Die Verbindung zum Hintergrundprogramm von Solewise ist fehlgeschlagen: { $error }
ipc-message-too-long = eine Nachricht, die länger als { $max } Byte ist
ipc-message-not-utf8 = eine Nachricht, die kein UTF-8 ist
ipc-connection-closed = die Verbindung wurde geschlossen
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = keine Solewise-Nachricht: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = zuerst mit Protokoll { $protocol } begrüßen (hello)
ipc-endpoint-taken = ein Solewise-Hintergrunddienst lauscht bereits an { $endpoint }
ipc-daemon-no-answer = der Hintergrunddienst für das Tray-Symbol hat nicht geantwortet: { $error }
ipc-daemon-not-installed = der Hintergrunddienst für das Tray-Symbol ist hier nicht installiert: Erinnerungen warten
# $program is the daemon program's path.
ipc-daemon-start-failed = der Hintergrunddienst für das Tray-Symbol { $program } konnte nicht gestartet werden: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = der Hintergrunddienst für das Tray-Symbol ist nicht gestartet; siehe { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = Es läuft kein Sprachdienst (Speech Dispatcher ist nicht installiert oder wurde nicht gestartet: { $detail }).
speech-stopped-answering = Der Sprachdienst antwortet nicht mehr: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = Der Sprachdienst hat „{ $command }“ abgelehnt: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR ist nicht gesetzt
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = seine Antwort auf „{ $command }“ konnte nicht gelesen werden
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = keine Antwort innerhalb von { $seconds } s
# $code is the service's answer code, a number.
speech-answer-coded = eine Antwort mit Code { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = nicht gesendet: Der Wert muss { $spaces ->
        [yes] eine Zeile
       *[no] ein Wort
    } ohne Steuerzeichen sein

## Keeping history in step through a synced folder

sync-line-not-json = diese Zeile ist kein Änderungseintrag: { $error }
sync-line-bad-clock = der Zeitstempel „{ $clock }“ hat nicht das Format, das Solewise schreibt
sync-line-other-device = laut Eintrag hat ihn der Computer { $device } geschrieben, nicht der, in dessen Ordner er liegt
sync-line-unknown-field = das Feld „{ $field }“ gibt es bei einer Einheit nicht
sync-session-refused = die Einheit { $id } von einem anderen Computer wurde nicht hinzugefügt: { $reason }
sync-this-computer = Dieser Computer
sync-folder-missing = Der Synchronisierungsordner { $folder } ist nicht da (ist ein Laufwerk nicht angeschlossen oder wurde ein Ordner verschoben?). Änderungen auf diesem Computer warten, bis er wieder da ist.
sync-folder-unwritable = Solewise kann nicht in den Synchronisierungsordner { $folder } schreiben: { $error }. Änderungen auf diesem Computer warten, bis das wieder geht.
sync-folder-unreadable = Solewise kann den Synchronisierungsordner { $folder } nicht lesen: { $error }
sync-name-invalid = Der Name eines Computers muss 1 bis { $max } Zeichen lang sein und in eine Zeile passen.
sync-is-off = Die Synchronisierung ist aus: Schalten Sie sie zuerst mit einem Ordner ein (solewise sync set ORDNER oder „Einstellungen → Synchronisierung“).
sync-device-shared = Ein anderer Computer hat unter der Synchronisierungs-ID dieses Computers geschrieben (wurde dieser Datenordner von dort kopiert?). Dieser Computer hat jetzt eine eigene ID; nichts von dem, was einer der beiden geschrieben hat, geht verloren.
sync-file-newer = { $file } wurde von einer neueren Version von Solewise geschrieben: Aktualisieren Sie Solewise auf diesem Computer, um alles davon zu übernehmen.
sync-line-bad-id = „{ $id }“ ist nicht die ID von etwas, das Solewise abgleicht
sync-routine-refused = die Routine { $id } von einem anderen Computer wurde nicht gespeichert: { $reason }
sync-encrypted = Die Dateien im Synchronisierungsordner sind mit einer Passphrase verschlüsselt. Geben Sie auf diesem Computer dieselbe Passphrase ein („Einstellungen → Synchronisierung“ oder solewise sync passphrase), um sie zu übernehmen; bis dahin ändert sich hier nichts, und in den Ordner wird nichts geschrieben.
sync-passphrase-wrong = Die Dateien, die { $computer } in den Synchronisierungsordner geschrieben hat, lassen sich mit der Passphrase dieses Computers nicht öffnen. Geben Sie auf beiden Computern dieselbe Passphrase ein; bis dahin warten die Dateien.
sync-file-unreadable = { $file } lässt sich noch nicht öffnen ({ $error }): Vielleicht wird die Datei gerade noch übertragen. Sie wird bei der nächsten Synchronisierung erneut gelesen.
sync-passphrase-invalid = Eine Passphrase muss mindestens { $min } Zeichen lang sein und in eine Zeile passen.
