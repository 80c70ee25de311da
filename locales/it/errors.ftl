# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = Errore del database della cronologia: { $error }
# $folder is the data folder's path.
database-create-folder = Impossibile creare la cartella dei dati { $folder }: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = Il database { $file } è stato scritto da una versione più recente di Solewise (versione dei dati { $found }; questa versione legge fino alla { $supported }). Non è stato modificato. Aggiorna Solewise, oppure avvialo con --data-dir indicando un'altra cartella.
# $to is where the damaged file was to be moved.
database-move-aside-failed = Il database { $file } è danneggiato e non è stato possibile spostarlo in { $to }: { $error }
database-backup-failed = Impossibile fare il backup di { $file } prima di aggiornarlo: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = L'aggiornamento del database { $file } alla versione dei dati { $version } non è riuscito, quindi non è stato modificato nulla: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = Il database { $file } è danneggiato ({ $reason }). È stato spostato in { $moved_to } e conservato; non è stato fatto nient'altro. Avvia Solewise per iniziare una nuova cronologia, oppure ripristina un backup dalla schermata Cronologia.
database-damaged-left-alone = Il database { $file } è danneggiato ({ $reason }). È stato lasciato com'è e non è stato letto nulla. Avvia Solewise (o un qualsiasi comando che modifica i dati) per spostarlo da parte e iniziare una nuova cronologia.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } non è un database di Solewise ({ $reason }). Non è stato modificato. Spostalo altrove, oppure avvia Solewise con --data-dir indicando un'altra cartella.
database-folder-is-a-file = La cartella dei dati { $folder } è un file, non una cartella. Sposta altrove quel file, oppure usa --data-dir con un'altra cartella.
database-create-failed = Impossibile creare il database { $file }: { $error }
database-read-failed = Impossibile leggere il database { $file }: { $error }
database-sqlite = Database { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Non è stato possibile leggere il tuo database di Solewise ({ $reason }). È stato spostato in { $moved_to } (non è stato eliminato nulla) ed è stato creato un nuovo database vuoto.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = è una cartella
database-reason-empty = il file è vuoto (0 byte)
# $version is a number found in the file.
database-reason-odd-version = la sua versione dei dati è { $version }, che nessuna versione di Solewise scrive
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = è un database SQLite con altre tabelle ({ $tables }) e senza una versione dei dati di Solewise
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check ha trovato: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = Nella cartella dei backup non c'è nessun backup chiamato «{ $name }».

## Finding the data folder.

store-no-data-folder = Impossibile trovare la cartella dei dati delle app di questo sistema (HOME è impostata?). Usa --data-dir DIR per sceglierne una.
# $folder is the path that was worked out.
store-data-folder-relative = La cartella dei dati delle app sarebbe «{ $folder }», che non è un percorso assoluto (controlla HOME e XDG_DATA_HOME). Usa --data-dir DIR per sceglierne una.

## Settings.

settings-weekly-goal-range = L'obiettivo settimanale va da { $min } a { $max } sessioni.
# $day is what was sent.
settings-not-a-weekday = «{ $day }» non è un giorno della settimana.
settings-voice-rate-range = La velocità della voce va da -100 (la più lenta) a 100 (la più veloce).
# $name is what was sent.
settings-not-a-voice = «{ $name }» non è il nome di una voce.
settings-snooze-range = Si può posticipare da { $min } a { $max } minuti.
settings-grace-range = Il ritardo massimo va da 5 minuti a 24 ore.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = Impossibile leggere l'impostazione di avvio all'accesso: { $error }
settings-autostart-on-failed = Impossibile attivare l'avvio all'accesso: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = Impossibile attivare l'avvio all'accesso: reg.exe ha rifiutato.
settings-autostart-no-home = Impossibile attivare l'avvio all'accesso: non c'è una cartella home (HOME non è impostata).
settings-autostart-on-file-failed = Impossibile attivare l'avvio all'accesso ({ $file }): { $error }
settings-autostart-off-failed = Impossibile disattivare l'avvio all'accesso: { $error }
settings-autostart-off-refused = Impossibile disattivare l'avvio all'accesso: reg.exe ha rifiutato.
settings-autostart-off-file-failed = Impossibile disattivare l'avvio all'accesso ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = «{ $day }» non è un giorno: usa mon, tue, wed, thu, fri, sat o sun
reminder-no-days = un promemoria richiede almeno un giorno
# $time is what was typed.
reminder-not-a-time = «{ $time }» non è un orario: usa il formato 24 ore HH:MM, ad esempio 20:00
reminder-label-too-long = un'etichetta può avere al massimo 80 caratteri
# $char is the character's code, such as U+0007.
reminder-label-control-char = un'etichetta non può contenere il carattere di controllo { $char }
# $id is the reminder's number.
reminder-not-found = non esiste nessun promemoria { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = Non esiste nessuna routine «{ $routine }» per cui ricevere un promemoria: scegline una dall'elenco, oppure usa `solewise routines list` per vedere gli id.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = Non è stato possibile mostrare il promemoria delle { $time }: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = «{ $length }» non è una durata: usa ad esempio 2d, 12h o 90m
# $days is the longest pause, in days.
schedule-pause-too-long = «{ $length }» supera la pausa più lunga possibile, { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }: esegui `solewise pause` senza --for per mettere in pausa fino a `solewise resume`
schedule-pause-zero = «{ $length }» non è affatto una pausa: indica almeno 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = «{ $date }» non è una data: usa YYYY-MM-DD
schedule-pause-date-out-of-range = «{ $date }» è fuori intervallo: indica una data precedente al 9999
schedule-pause-date-past = «{ $date }» è già iniziato: indica una data successiva a oggi
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = Il fuso orario TZ="{ $tz }" non è tra quelli che questo sistema conosce, quindi gli orari sono in UTC. Imposta TZ su un nome come Europe/Rome, oppure rimuovila per usare l'impostazione del sistema.

## Guided sessions.

session-stress-range = lo stress si valuta da 1 a 10
# $routine is the routine id asked for.
session-no-routine = Non esiste nessuna routine «{ $routine }».
session-routine-gone = La routine «{ $routine }» non esiste più, quindi la sessione è stata conservata come parziale.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = Non esiste nessuna sessione { $id } (potrebbe essere stata eliminata).
# $value is the rating that was sent.
history-stress-before-range = lo stress prima deve essere da 1 (tranquillità) a 10 (molto stress), non { $value }
history-stress-after-range = lo stress dopo deve essere da 1 (tranquillità) a 10 (molto stress), non { $value }
history-note-too-long = la nota supera i { $max } caratteri
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = Impossibile ripristinare quella sessione: { $reason }.
history-already-there = La sessione { $id } è già nella cronologia.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = l'ora di inizio deve avere la forma 2026-11-24T20:00, non «{ $text }»
# $error is what the date library said.
history-start-time-error = l'ora di inizio: { $error }
history-logged-kind = una sessione registrata è un automassaggio, un massaggio dal partner o un massaggio professionale
history-logged-minutes = una sessione dura da 1 a 600 minuti, non { $minutes }
history-logged-title = dai alla sessione un nome di massimo 80 caratteri
history-logged-future = quell'ora di inizio è nel futuro: registra le sessioni dopo averle fatte
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } deve essere una data come 2026-11-24, non «{ $date }»
history-filter-date-error = { $field }: { $error }
history-page-marker = quell'indicatore di pagina non è stato generato da Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = «{ $zone }» non è una zona del piede (le zone sono left- o right- seguito da uno tra { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone }: voto { $rating }; i voti vanno da 0 a { $max }
history-zone-rated-twice = zona valutata due volte: { $zone }
history-zone-left-toes = Dita del piede sinistro
history-zone-left-ball = Avampiede sinistro
history-zone-left-arch = Arco plantare sinistro
history-zone-left-heel = Tallone sinistro
history-zone-left-top = Dorso del piede sinistro
history-zone-left-ankle = Caviglia sinistra
history-zone-left-achilles = Tendine d'Achille sinistro
history-zone-left-calf = Polpaccio sinistro
history-zone-right-toes = Dita del piede destro
history-zone-right-ball = Avampiede destro
history-zone-right-arch = Arco plantare destro
history-zone-right-heel = Tallone destro
history-zone-right-top = Dorso del piede destro
history-zone-right-ankle = Caviglia destra
history-zone-right-achilles = Tendine d'Achille destro
history-zone-right-calf = Polpaccio destro

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = Questa settimana: { $done } su { $goal ->
        [one] { $goal } sessione
       *[other] { $goal } sessioni
    } ({ $met ->
        [yes] obiettivo raggiunto
       *[no] obiettivo non ancora raggiunto
    }; la settimana inizia di { $first_day ->
        [tuesday] martedì
        [wednesday] mercoledì
        [thursday] giovedì
        [friday] venerdì
        [saturday] sabato
        [sunday] domenica
       *[monday] lunedì
    })
# $current and $best are numbers of weeks.
history-stats-streak = Serie: { $current ->
        [one] { $current } settimana
       *[other] { $current } settimane
    } di fila con l'obiettivo raggiunto (record: { $best ->
        [one] { $best } settimana
       *[other] { $best } settimane
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Minuti: { $week } questa settimana, { $month } questo mese, { $all } in tutto, in { $sessions ->
        [one] { $sessions } sessione
       *[other] { $sessions } sessioni
    }
history-stats-stress-none = Stress: ancora nessuna sessione valutata prima e dopo
history-stats-stress-same = Stress: in media nessun cambiamento dopo una sessione
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Stress: in media { $points ->
        [one] { $points } punto in meno
       *[other] { $points } punti in meno
    } dopo una sessione
history-stats-stress-up = Stress: in media { $points ->
        [one] { $points } punto in più
       *[other] { $points } punti in più
    } dopo una sessione
history-stats-zones = Zone del piede, le ultime dodici settimane:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: { $ratings ->
        [one] { $ratings } valutazione
       *[other] { $ratings } valutazioni
    }, media di { $average } nella settimana del { $week }, { $trend ->
        [down] { $change } in meno rispetto al primo mese
        [up] { $change } in più rispetto al primo mese
        [same] nessun cambiamento rispetto al primo mese
       *[unknown] ancora nessun cambiamento da segnalare
    }{ $high ->
        [yes] { " " }(7 o più per due settimane: vale la pena farla vedere a un professionista)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = non è testo UTF-8 (byte non valido alla posizione { $offset }), quindi non è un'esportazione di Solewise
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = questa non è un'esportazione della cronologia di Solewise (riga { $line }, colonna { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = questa non è un'esportazione della cronologia di Solewise (riga { $line }, colonna { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = il formato di questo file è «{ $format }», non «{ $expected }»
import-version-zero = la versione di questo file è 0; le esportazioni di Solewise partono dalla versione 1
# $text is what the file holds.
import-bad-exported-at = il campo exported_at di questo file, «{ $text }», non è una data e ora come 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = questa esportazione è stata creata da una versione più recente di Solewise (versione { $version }; questa legge fino alla { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = sessione { $number }: { $reason }
import-session-problem-id = sessione { $number } (id { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = sessione { $number } (id { $id }): la sessione { $first } ha lo stesso id ma un contenuto diverso
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    non è stato importato nulla: { $count ->
        [one] { $count } sessione non è valida
       *[other] { $count } sessioni non sono valide
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = il campo { $field } è lungo { $length } caratteri; il massimo è { $max }
import-session-text-control-char = il campo { $field } contiene il carattere di controllo { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = la tecnica del passaggio { $number } è lunga { $length } caratteri; il massimo è { $max }
import-session-step-technique-control-char = la tecnica del passaggio { $number } contiene il carattere di controllo { $char }
# $text is what the file holds.
import-session-bad-time = { $field } «{ $text }» non è una data e ora come 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } è precedente all'anno 2000
import-session-in-future = { $field } { $text } è nel futuro
import-session-bad-id = il suo id «{ $id }» non è stato creato da Solewise (un UUID)
import-session-ends-before-start = finisce (ended_at) prima di iniziare (started_at)
import-session-in-progress = il suo stato è in_progress: è ancora in corso
import-session-stress-range = { $field } deve essere da 1 a 10
import-session-no-title = il titolo è vuoto
import-session-bad-routine-id = il suo routine_id «{ $routine }» non è un id di routine (parole minuscole unite da trattini, al massimo 48 caratteri)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = il campo { $field } vale { $value }; una sessione dura al massimo { $max } secondi (un giorno)
import-session-too-many-steps = ha { $count ->
        [one] { $count } passaggio
       *[other] { $count } passaggi
    }; una sessione ne ha al massimo { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = i suoi steps_total { $total } e steps_done { $done } non corrispondono { $count ->
        [one] al suo { $count } passaggio
       *[other] ai suoi { $count } passaggi
    }, di cui { $count_done } fatti
# $position is the position the file gives the step.
import-session-step-order = i suoi passaggi non sono in ordine al passaggio { $number } (posizione { $position })
import-session-step-seconds = il passaggio { $number } dura { $seconds } secondi; un passaggio dura da { $min } a { $max } secondi
import-session-step-no-technique = il passaggio { $number } non indica nessuna tecnica
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = le sue zone all'inizio: { $reason }
import-session-zones-after = le sue zone alla fine: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } è il database o un backup di Solewise: scegli un altro file in cui esportare
export-write-failed = impossibile scrivere { $file }: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = sessione { $id } ({ $column }): i byte non UTF-8 sono stati esportati come caratteri sostitutivi
# $id is the routine id asked for.
export-no-such-routine = Non esiste nessuna routine «{ $id }».

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = impossibile leggerlo: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = è { $kind ->
        [fifo] una pipe con nome (FIFO)
        [device] un dispositivo
        [socket] un socket
        [folder] una cartella
       *[other] un file speciale
    }, non un file normale, quindi non può essere { $what ->
        [routine] un file di routine
       *[history-export] un'esportazione della cronologia di Solewise
    }
# $max is the largest size allowed, in bytes.
input-too-large = supera { $max } byte, la dimensione massima per { $what ->
        [routine] un file di routine
       *[history-export] un'esportazione della cronologia di Solewise
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = impossibile leggere la cartella delle tue routine: { $error }
routine-file-folder-unreadable = impossibile leggere la cartella: { $error }
routine-file-not-utf8 = non è testo UTF-8: è davvero un file di routine?
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = Non esiste nessuna routine personalizzata «{ $id }» (le routine incluse non si possono modificare né eliminare: duplicane una).
# $title is the title of the routine that has the id.
routine-file-id-taken = Esiste già una routine con l'id «{ $id }» ({ $title }). Scegli un altro titolo o un altro id.
routine-file-new-id-invalid = l'id «{ $id }» deve essere composto da lettere minuscole e cifre separate da singoli trattini
routine-file-shadows-built-in = l'id di routine «{ $id }» è quello di una routine inclusa, quindi Solewise salterebbe questo file: scegli un altro id
routine-file-not-toml = impossibile scriverla come TOML: { $error }
routine-file-id-invalid = l'id «{ $id }» deve essere composto da lettere minuscole e cifre separate da singoli trattini (come 'heel-circles'), al massimo 48 caratteri
# $stem is the file's name without .toml.
routine-file-id-not-file-name = l'id «{ $id }» non corrisponde al nome del file: rinomina il file in { $id }.toml oppure imposta id = "{ $stem }"
routine-file-text-empty = { $field } è vuoto
routine-file-text-too-long = { $field } è lungo { $length } caratteri; deve restare sotto i { $max }
routine-file-control-char = { $field } contiene il carattere di controllo { $char }; rimuovilo
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals è vuoto: indica almeno uno tra circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = goals indica due volte lo stesso obiettivo
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } elenca { $count ->
        [one] { $count } voce
       *[other] { $count } voci
    }; al massimo { $max }
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: «{ $item }» deve avere da 1 a { $max } caratteri
routine-file-summary-too-long = summary supera i { $max } caratteri
routine-file-no-steps = una routine richiede almeno una voce [[steps]]
routine-file-too-many-steps = { $count ->
        [one] { $count } passaggio è troppo
       *[other] { $count } passaggi sono troppi
    }; al massimo { $max }
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = il passaggio { $number } indica la tecnica «{ $technique }», che non esiste
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = il passaggio { $number } indica la tecnica «{ $technique }», che non esiste (intendevi «{ $near }»?)
routine-file-step-seconds = il passaggio { $number } dura { $seconds } secondi; un passaggio dura da { $min } a { $max } secondi
routine-file-cue-control-char = l'indicazione del passaggio { $number } contiene il carattere di controllo { $char }; rimuovilo
routine-file-cue-too-long = l'indicazione del passaggio { $number } supera i { $max } caratteri
routine-file-too-long = i passaggi arrivano a { $minutes } minuti in tutto; una routine dura al massimo { $max } minuti
# $first is the file that has the id already.
routine-file-id-used = l'id di routine «{ $id }» è già usato da { $first }; questo file è stato saltato
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds vale { $seconds }; una tecnica dura da { $min } a { $max } secondi
# $name is the file name given.
technique-file-illustration = illustration «{ $name }» deve essere un nome di file che termina in .svg, senza cartelle
technique-file-no-steps = steps deve elencare almeno un'istruzione, nessuna delle quali vuota
technique-file-needs-tradition = una tecnica tradizionale richiede una riga 'tradition' che dica da dove viene
technique-file-tradition-not-traditional = tradition vale solo per le tecniche con category = "traditional"
technique-file-id-taken = l'id di tecnica «{ $id }» è già usato da { $first }; questo file è stato saltato
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = una pagina ha un solo titolo '# '; usa '## ' per le intestazioni
page-file-no-title = una pagina deve iniziare con un titolo '# '

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = un programma richiede almeno una voce [[weeks]]
programme-file-too-many-weeks = { $count ->
        [one] { $count } settimana è troppo
       *[other] { $count } settimane sono troppe
    }; al massimo { $max }
# $week is the week's place (1 for the first).
programme-file-week-empty = la settimana { $week } non ha sessioni: indica almeno una routine
programme-file-week-too-many = la settimana { $week } ha { $count ->
        [one] { $count } sessione
       *[other] { $count } sessioni
    }; al massimo { $max }
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = la settimana { $week }, sessione { $session }, indica la routine «{ $routine }», che non esiste
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = la settimana { $week }, sessione { $session }, indica la routine «{ $routine }», che non esiste (intendevi «{ $near }»?)
programme-file-note-empty = la nota della settimana { $week } è vuota
programme-file-note-too-long = la nota della settimana { $week } è lunga { $length } caratteri; deve restare sotto i { $max }
programme-file-note-control-char = la nota della settimana { $week } contiene il carattere di controllo { $char }; rimuovilo
programme-file-id-taken = l'id di programma «{ $id }» è già usato da { $first }; questo file è stato saltato
# $id is the programme id asked for.
programme-not-found = Non esiste nessun programma «{ $id }».
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · settimana { $week }, sessione { $session } di { $sessions }
programme-progress-complete = { $title } · completato

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Il programma in background di Solewise non è in esecuzione (nessuno è in ascolto su { $endpoint }).
ipc-no-answer = Il programma in background di Solewise non ha risposto entro { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Il programma in background di Solewise usa il protocollo { $theirs } (versione { $version }); questo programma usa il { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Il programma in background di Solewise ha inviato qualcosa che non è un messaggio: { $error }
ipc-connection-failed = La connessione al programma in background di Solewise non è riuscita: { $error }
ipc-message-too-long = un messaggio più lungo di { $max } byte
ipc-message-not-utf8 = un messaggio che non è in UTF-8
ipc-connection-closed = la connessione si è chiusa
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = non è un messaggio di Solewise: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = prima invia hello con il protocollo { $protocol }
ipc-endpoint-taken = un daemon di Solewise è già in ascolto su { $endpoint }
ipc-daemon-no-answer = il daemon dell'area di notifica non ha risposto: { $error }
ipc-daemon-not-installed = il daemon dell'area di notifica non è installato qui: i promemoria restano in attesa
# $program is the daemon program's path.
ipc-daemon-start-failed = impossibile avviare il daemon dell'area di notifica { $program }: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = il daemon dell'area di notifica non si è avviato; vedi { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = Nessun servizio di sintesi vocale è in esecuzione (Speech Dispatcher non è installato o non si è avviato: { $detail }).
speech-stopped-answering = Il servizio di sintesi vocale ha smesso di rispondere: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = Il servizio di sintesi vocale ha rifiutato «{ $command }»: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR non è impostata
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = non è stato possibile leggere la sua risposta a «{ $command }»
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = nessuna risposta entro { $seconds } s
# $code is the service's answer code, a number.
speech-answer-coded = una risposta con codice { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = non inviato: il valore deve essere { $spaces ->
        [yes] una sola riga
       *[no] una sola parola
    } senza caratteri di controllo

## Keeping history in step through a synced folder

sync-line-not-json = questa riga non è una voce di modifica: { $error }
sync-line-bad-clock = l'indicazione temporale «{ $clock }» non è nel formato che scrive Solewise
sync-line-other-device = la voce dice di essere stata scritta dal computer { $device }, non da quello nella cui cartella si trova
sync-line-unknown-field = il campo «{ $field }» non esiste in una sessione
sync-session-refused = la sessione { $id } arrivata da un altro computer non è stata aggiunta: { $reason }
sync-this-computer = Questo computer
sync-folder-missing = La cartella di sincronizzazione { $folder } non c'è (un disco non collegato, o una cartella spostata?). Le modifiche fatte qui restano in attesa finché non torna disponibile.
sync-folder-unwritable = Solewise non riesce a scrivere nella cartella di sincronizzazione { $folder }: { $error }. Le modifiche fatte qui restano in attesa finché non sarà possibile.
sync-folder-unreadable = Solewise non riesce a leggere la cartella di sincronizzazione { $folder }: { $error }
sync-name-invalid = Il nome di un computer deve avere da 1 a { $max } caratteri, su una sola riga.
sync-is-off = La sincronizzazione è disattivata: prima attivala con una cartella (solewise sync set CARTELLA, oppure Impostazioni → Sincronizzazione).
sync-device-shared = Un altro computer stava scrivendo con l'id di sincronizzazione di questo computer (questa cartella dei dati è stata copiata da lì?). Ora questo computer ha un id tutto suo; niente di ciò che hanno scritto i due computer va perso.
sync-file-newer = { $file } è stato scritto da una versione più recente di Solewise: aggiorna Solewise su questo computer per integrarne tutto il contenuto.
sync-line-bad-id = «{ $id }» non è l'id di nulla che Solewise tenga sincronizzato
sync-routine-refused = la routine { $id } arrivata da un altro computer non è stata salvata: { $reason }
sync-encrypted = I file nella cartella di sincronizzazione sono cifrati con una passphrase. Inserisci la stessa passphrase su questo computer (Impostazioni → Sincronizzazione, oppure solewise sync passphrase) per integrarli; fino ad allora qui non cambia nulla e nella cartella non viene scritto niente.
sync-passphrase-wrong = I file che { $computer } ha scritto nella cartella di sincronizzazione non si aprono con la passphrase di questo computer. Inserisci la stessa passphrase su entrambi i computer; fino ad allora i file restano in attesa.
sync-file-unreadable = Non è ancora possibile aprire { $file } ({ $error }): forse non è ancora arrivato del tutto. Verrà letto di nuovo alla prossima sincronizzazione.
sync-passphrase-invalid = Una passphrase deve avere almeno { $min } caratteri, su una sola riga.
