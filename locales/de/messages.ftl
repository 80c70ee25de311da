# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = es gibt keine englische Datei mit diesem Namen, die übersetzt werden könnte
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = fehlt: { $language } ist als vollständig angegeben, enthält aber keine Übersetzung von { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = zu „{ $key }“ gibt es hier keinen englischen Text, der übersetzt werden könnte
# $count items in the translation where the English has $english.
translation-count = „{ $key }“ hat { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}, im Englischen sind es { $english }: Für jeden englischen Eintrag muss es genau einen geben
translation-missing-key = „{ $key }“ ist nicht übersetzt, obwohl die Sprache als vollständig angegeben ist
translation-folder-unreadable = der Ordner kann nicht gelesen werden: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = „{ $tag }“ ist keine Sprache, die Solewise spricht. Wählen Sie eine aus der Liste oder „System“.

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Nächste Erinnerung: { $when }
tray-reminders-paused = Erinnerungen pausiert
tray-no-reminders = Keine Erinnerungen eingerichtet
tray-start = Einheit starten
tray-pause-today = Erinnerungen für heute pausieren
tray-resume = Erinnerungen fortsetzen
tray-open = Solewise öffnen
tray-quit = Beenden

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = Zeit für Ihre Fußmassage
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } Min.
reminder-body-no-routine = Ihre Füße haben sich ein paar Minuten verdient.
reminder-open = Solewise öffnen
reminder-start = Jetzt starten
reminder-snooze = Später erinnern
test-notification-title = Solewise-Testbenachrichtigung
test-notification-body = So sehen Erinnerungen aus. Zeit, Ihren Füßen etwas Gutes zu tun!
# $detail is what the desktop said, in its own words.
notification-no-service = Auf diesem Desktop läuft kein Benachrichtigungsdienst, daher kann Solewise keine Desktop-Benachrichtigungen anzeigen. Ihre Erinnerungen bleiben trotzdem erhalten und werden hier in der App angezeigt. ({ $detail })
notification-refused = Der Desktop hat die Benachrichtigung nicht angezeigt: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = Warnung: „{ $asked }“ ist keine Sprache, die Solewise spricht; stattdessen wird { $shown } verwendet
cli-reminders-on = Erinnerungen sind eingeschaltet
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = Erinnerung { $id } hinzugefügt: { $days } um { $at }
cli-no-reminders = Keine Erinnerungen
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = ausgeschaltet
cli-reminder-removed = Erinnerung { $id } entfernt
cli-no-reminders-ahead = Keine anstehenden Erinnerungen
cli-nothing-to-export = Es gibt keine Erinnerungen zum Exportieren (keine vorhanden oder alle ausgeschaltet): Fügen Sie eine mit `solewise reminders add` hinzu
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = „{ $length }“ reicht über das Jahr 9999 hinaus
cli-paused-until-resume = Erinnerungen pausiert bis `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = Erinnerungen pausiert bis { $until }
cli-warning = Warnung: { $warning }
cli-imported = { $added ->
    [one] { $added } Einheit hinzugefügt
   *[other] { $added } Einheiten hinzugefügt
}, { $skipped } bereits vorhanden und übersprungen
cli-validate-good = { $checked ->
    [one] { $checked } Datei geprüft: alles in Ordnung
   *[other] { $checked } Dateien geprüft: alles in Ordnung
}
cli-validate-problems = { $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
} in { $checked ->
    [one] { $checked } geprüften Datei
   *[other] { $checked } geprüften Dateien
}
cli-skipped = Übersprungen: { $problem }
cli-list-problems = { $count ->
    [one] { $count } Problem: Oben stehen nur die Routinen, die gelesen werden konnten
   *[other] { $count } Probleme: Oben stehen nur die Routinen, die gelesen werden konnten
}
cli-nothing-found = Keine Treffer für „{ $words }“
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
}, { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = Programm gestartet: { $programme }
cli-programme-joined-reminder = Programm gestartet: { $programme }; Erinnerung: { $days } um { $at }
cli-no-programme = Sie nehmen an keinem Programm teil: siehe `solewise programmes list`
cli-programme-left = Programm verlassen: { $programme }
cli-no-programme-to-leave = Sie haben an keinem Programm teilgenommen
cli-daemon-not-running = Der Hintergrunddienst für das Tray-Symbol lief nicht
cli-autostart-on = Solewise startet beim Anmelden im Tray.
cli-autostart-off = Solewise startet beim Anmelden nicht.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Solewise-Erinnerungen
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } Min.: eine Solewise-Routine

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = Auf diesem Computer gibt es keine Stimme für diese Sprache ({ $language }), daher werden die Schritte nicht vorgelesen. Installieren Sie eine Stimme dafür (zum Beispiel eine von espeak-ng) und starten Sie Solewise neu.

## solewise history add, edit, delete

cli-history-title-self = Selbstmassage
cli-history-title-partner = Partnermassage
cli-history-title-professional = Professionelle Massage
cli-history-edited = Die Notiz der Einheit { $id } wurde gespeichert.
cli-history-deleted = „{ $title }“ ({ $id }) wurde gelöscht.

## solewise sync

cli-sync-on = Die Synchronisierung ist an, über { $folder }.
cli-sync-off = Die Synchronisierung ist aus. Der Verlauf auf diesem Computer bleibt, wie er ist.
cli-sync-done = { $sent ->
    [one] { $sent } Änderung geschrieben
   *[other] { $sent } Änderungen geschrieben
}, { $received } von anderen Computern empfangen.
cli-sync-status-on = Synchronisierung: an, über { $folder }
cli-sync-status-off = Synchronisierung: aus
cli-sync-status-name = Dieser Computer: { $name }
cli-sync-status-merged = Zuletzt synchronisiert: { $when }
cli-sync-status-never = Noch nicht synchronisiert
cli-sync-status-computers = { $count ->
    [0] Noch kein anderer Computer gefunden
    [one] { $count } anderer Computer:
   *[other] { $count } andere Computer:
}
cli-sync-status-computer = { $name }, letzte Änderung: { $when }
cli-sync-status-waiting = { $count ->
    [one] { $count } Änderung wartet auf den Ordner
   *[other] { $count } Änderungen warten auf den Ordner
}
cli-sync-renamed = Dieser Computer heißt jetzt { $name }.
cli-sync-progress = { $percent } % übernommen
cli-sync-status-encrypted = Die Dateien im Ordner sind mit einer Passphrase verschlüsselt.
cli-sync-passphrase-ask = Passphrase für den Synchronisierungsordner:
cli-sync-passphrase-again = Dieselbe Passphrase noch einmal:
cli-sync-passphrase-mismatch = Die beiden Passphrasen stimmen nicht überein; es wurde nichts geändert.
cli-sync-passphrase-on = Die Dateien dieses Computers im Synchronisierungsordner sind jetzt mit der Passphrase verschlüsselt. Geben Sie auf Ihren anderen Computern dieselbe Passphrase ein.
cli-sync-passphrase-off = Die Dateien dieses Computers im Synchronisierungsordner sind nicht mehr verschlüsselt.
reminder-skipped-elsewhere = Die Erinnerung um { $time } wurde übersprungen: Auf { $computer } wurde bereits eine Einheit erledigt.
