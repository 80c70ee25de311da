# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = non esiste un file inglese con questo nome da tradurre
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = manca: la lingua { $language } risulta completa, ma non ha la traduzione di { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = «{ $key }» qui non ha un testo inglese da tradurre
# $count items in the translation where the English has $english.
translation-count = «{ $key }» ha { $count ->
    [one] { $count } elemento
   *[other] { $count } elementi
}, mentre l'inglese ne ha { $english }: ce ne deve essere uno per ciascuno
translation-missing-key = «{ $key }» non è tradotto, ma la lingua risulta completa
translation-folder-unreadable = impossibile leggere la cartella: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = «{ $tag }» non è una lingua che Solewise parla; scegline una dall'elenco, oppure Sistema.

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Prossimo promemoria: { $when }
tray-reminders-paused = Promemoria in pausa
tray-no-reminders = Nessun promemoria impostato
tray-start = Inizia una sessione
tray-pause-today = Metti in pausa i promemoria per oggi
tray-resume = Riprendi i promemoria
tray-open = Apri Solewise
tray-quit = Esci

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = È ora del tuo massaggio ai piedi
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } min
reminder-body-no-routine = I tuoi piedi si sono meritati qualche minuto.
reminder-open = Apri Solewise
reminder-start = Inizia ora
reminder-snooze = Posticipa
test-notification-title = Notifica di prova di Solewise
test-notification-body = I promemoria avranno questo aspetto. È ora di coccolare i tuoi piedi!
# $detail is what the desktop said, in its own words.
notification-no-service = Su questo desktop non è attivo nessun servizio di notifiche, quindi Solewise non può mostrare notifiche sul desktop. I promemoria restano comunque salvati e vengono mostrati qui, nell'app. ({ $detail })
notification-refused = Il desktop non ha mostrato la notifica: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = attenzione: «{ $asked }» non è una lingua che Solewise parla; uso invece { $shown }
cli-reminders-on = i promemoria sono attivi
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = promemoria { $id } aggiunto: { $days } alle { $at }
cli-no-reminders = nessun promemoria
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = disattivato
cli-reminder-removed = promemoria { $id } rimosso
cli-no-reminders-ahead = nessun promemoria in arrivo
cli-nothing-to-export = non ci sono promemoria da esportare (nessuno, oppure sono tutti disattivati): aggiungine uno con `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = «{ $length }» va oltre l'anno 9999
cli-paused-until-resume = promemoria in pausa fino a `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = promemoria in pausa fino a { $until }
cli-warning = attenzione: { $warning }
cli-imported = { $added ->
    [one] { $added } sessione aggiunta
   *[other] { $added } sessioni aggiunte
}, { $skipped ->
    [one] { $skipped } già presente e saltata
   *[other] { $skipped } già presenti e saltate
}
cli-validate-good = { $checked ->
    [one] { $checked } file controllato: tutto a posto
   *[other] { $checked } file controllati: tutto a posto
}
cli-validate-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemi
} in { $checked ->
    [one] { $checked } file controllato
   *[other] { $checked } file controllati
}
cli-skipped = saltato: { $problem }
cli-list-problems = { $count ->
    [one] { $count } problema: le routine qui sopra sono quelle che è stato possibile leggere
   *[other] { $count } problemi: le routine qui sopra sono quelle che è stato possibile leggere
}
cli-nothing-found = nessun risultato per «{ $words }»
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
}, { $sessions ->
    [one] { $sessions } sessione
   *[other] { $sessions } sessioni
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = ora segui { $programme }
cli-programme-joined-reminder = ora segui { $programme }; promemoria: { $days } alle { $at }
cli-no-programme = non stai seguendo nessun programma: vedi `solewise programmes list`
cli-programme-left = non segui più { $programme }
cli-no-programme-to-leave = non stavi seguendo nessun programma
cli-daemon-not-running = il processo dell'area di notifica non era in esecuzione
cli-autostart-on = Solewise si avvia nell'area di notifica quando accedi.
cli-autostart-off = Solewise non si avvia quando accedi.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Promemoria di Solewise
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } min: una routine di Solewise

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = Nessuna voce installata su questo computer parla questa lingua ({ $language }), quindi i passaggi non vengono letti ad alta voce. Installa una voce per questa lingua (ad esempio quella di espeak-ng) e riavvia Solewise.

## solewise history add, edit, delete

cli-history-title-self = Automassaggio
cli-history-title-partner = Massaggio dal mio partner
cli-history-title-professional = Massaggio professionale
cli-history-edited = Nota della sessione { $id } salvata.
cli-history-deleted = Sessione «{ $title }» ({ $id }) eliminata.

## solewise sync

cli-sync-on = La sincronizzazione è attiva, tramite { $folder }.
cli-sync-off = La sincronizzazione è disattivata. La cronologia su questo computer resta com'è.
cli-sync-done = { $sent ->
    [one] { $sent } modifica scritta
   *[other] { $sent } modifiche scritte
}, { $received ->
    [one] { $received } ricevuta da altri computer.
   *[other] { $received } ricevute da altri computer.
}
cli-sync-status-on = Sincronizzazione: attiva, tramite { $folder }
cli-sync-status-off = Sincronizzazione: disattivata
cli-sync-status-name = Questo computer: { $name }
cli-sync-status-merged = Ultima sincronizzazione: { $when }
cli-sync-status-never = Ancora nessuna sincronizzazione
cli-sync-status-computers = { $count ->
    [0] Ancora nessun altro computer
    [one] { $count } altro computer:
   *[other] { $count } altri computer:
}
cli-sync-status-computer = { $name }, ultima modifica: { $when }
cli-sync-status-waiting = { $count ->
    [one] { $count } modifica in attesa della cartella
   *[other] { $count } modifiche in attesa della cartella
}
cli-sync-renamed = Ora questo computer si chiama { $name }.
cli-sync-progress = { $percent }% integrato
cli-sync-status-encrypted = I file nella cartella sono cifrati con una passphrase.
cli-sync-passphrase-ask = Passphrase per la cartella di sincronizzazione:
cli-sync-passphrase-again = Ripeti la passphrase:
cli-sync-passphrase-mismatch = Le due passphrase non coincidono; non è stato modificato nulla.
cli-sync-passphrase-on = I file di questo computer nella cartella di sincronizzazione sono cifrati con la passphrase. Inserisci la stessa sugli altri tuoi computer.
cli-sync-passphrase-off = I file di questo computer nella cartella di sincronizzazione non sono più cifrati.
reminder-skipped-elsewhere = Promemoria delle { $time } saltato: una sessione è già stata fatta su { $computer }.
