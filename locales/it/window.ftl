# The window's words (the Svelte UI in ui/src): every label, button, heading, message and
# spoken line of the Solewise window. Titles, steps and guide pages of techniques and
# routines are not here: the backend sends them already translated.
#
# For translators:
# - Variables are written { $like_this }: keep them, move them where your grammar wants.
#   Numbers among them ({ $count }, { $minutes } …) are formatted the way your language
#   writes numbers; select on them for plural forms: { $count -> [one] … *[other] … }.
# - A few messages mark words with <strong>…</strong> or <code>…</code>: keep the tags
#   around the words that mean the same in your language. No other tags are shown.
# - { -brand-name } is the app's name: never translate it.
# - Things in quotes inside braces, like { "espeak-ng" }, are names of programs: keep them.

-brand-name = Solewise

## The window as a whole (App.svelte)

# The window's title (title bar, task bar, window list).
app-title = { -brand-name }
# The app's name where it stands alone: beside the logo, on the About page, on a printed card.
app-name = { -brand-name }
app-could-not-start = Impossibile avviare { -brand-name }
app-database-error = Impossibile aprire i tuoi dati
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Cartella dei dati: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = Impossibile caricare questa schermata: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = Non esiste nessuna routine «{ $id }».
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = Prossima: { $title } inizierà al termine di questa sessione.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    La tua sessione di <strong>{ $title }</strong> si è interrotta ({ $done } su { $total ->
        [one] { $total } passaggio
       *[other] { $total } passaggi
    } completati). Vuoi riprenderla da dove si era fermata?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Tieni come parziale

## Words used on several screens

common-cancel = Annulla
common-close = Chiudi
common-delete = Elimina
common-dismiss = Ignora
common-edit = Modifica
common-loading = Caricamento…
common-note = Nota
# After the name of a field that may be left empty.
common-optional = (facoltativo)
common-pause = Pausa
common-resume = Riprendi
common-save = Salva
common-saved = Salvato.
common-skip = Salta
common-start = Inizia
# Heading of a technique's or a step's cautions.
common-take-care = Attenzione
common-version = Versione
common-your-data = I tuoi dati
common-data-folder = Cartella dei dati
common-database = Database
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>Tieni a portata di mano:</strong> { $needs }.

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds =
    { NUMBER($seconds) ->
        [one] { $seconds } s
       *[other] { $seconds } s
    }
# "15 min"
duration-minutes =
    { NUMBER($minutes) ->
        [one] { $minutes } min
       *[other] { $minutes } min
    }
# "2 min 30 s"
duration-minutes-seconds =
    { NUMBER($minutes) ->
        [one] { $minutes } min
       *[other] { $minutes } min
    } { NUMBER($seconds) ->
        [one] { $seconds } s
       *[other] { $seconds } s
    }
# "2 h"
duration-hours =
    { NUMBER($hours) ->
        [one] { $hours } h
       *[other] { $hours } h
    }
# "1 h 5 min"
duration-hours-minutes =
    { NUMBER($hours) ->
        [one] { $hours } h
       *[other] { $hours } h
    } { NUMBER($minutes) ->
        [one] { $minutes } min
       *[other] { $minutes } min
    }

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = Circolazione
goal-stress = Meno stress
goal-flexibility = Flessibilità
goal-sleep = Sonno
goal-recovery = Recupero

## The part of the foot or leg a technique works

area-whole-foot = Tutto il piede
area-heel = Tallone
area-arch = Arco plantare
area-ball = Avampiede
area-toes = Dita dei piedi
area-top = Dorso del piede
area-ankle = Caviglia
area-achilles = Tendine d'Achille
area-calf = Polpaccio
area-sole = Pianta del piede

## The groups of techniques on the Guides screen

category-preparation = Preparazione
category-sequence = La sequenza di base
category-library = Altre tecniche
category-traditional = Tecniche tradizionali

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = Nessuna pressione
pressure-stretch = Allungamento delicato
pressure-light = Pressione leggera
pressure-medium = Pressione media
pressure-firm = Pressione decisa
pressure-feel-none = non si preme nulla: i piedi riposano, stanno in ammollo o vengono tenuti fermi
    .sentence = Non si preme nulla: i piedi riposano, stanno in ammollo o vengono tenuti fermi.
pressure-feel-stretch = una trazione delicata, mantenuta o mossa lentamente, senza premere e senza molleggiare
    .sentence = Una trazione delicata, mantenuta o mossa lentamente, senza premere e senza molleggiare.
pressure-feel-light = scivola sulla pelle e muove solo la pelle, come quando stendi l'olio
    .sentence = Scivola sulla pelle e muove solo la pelle, come quando stendi l'olio.
pressure-feel-medium = affonda nel muscolo, costante e comoda, mai pungente
    .sentence = Affonda nel muscolo, costante e comoda, mai pungente.
pressure-feel-firm = quanto ti fa stare bene, e mai fino a fare male
    .sentence = Quanto ti fa stare bene, e mai fino a fare male.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Piede sinistro
    .phrase = piede sinistro
foot-right = Piede destro
    .phrase = piede destro
foot-both = Entrambi i piedi
    .phrase = entrambi i piedi

## Kinds of session in the history

kind-guided = Guidata
kind-self = Automassaggio
kind-partner = Dal partner
kind-professional = Professionale

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = dita del piede sinistro
    .label = Dita del piede sinistro
zone-left-ball = avampiede sinistro
    .label = Avampiede sinistro
zone-left-arch = arco plantare sinistro
    .label = Arco plantare sinistro
zone-left-heel = tallone sinistro
    .label = Tallone sinistro
zone-left-top = dorso del piede sinistro
    .label = Dorso del piede sinistro
zone-left-ankle = caviglia sinistra
    .label = Caviglia sinistra
zone-left-achilles = tendine d'Achille sinistro
    .label = Tendine d'Achille sinistro
zone-left-calf = polpaccio sinistro
    .label = Polpaccio sinistro
zone-right-toes = dita del piede destro
    .label = Dita del piede destro
zone-right-ball = avampiede destro
    .label = Avampiede destro
zone-right-arch = arco plantare destro
    .label = Arco plantare destro
zone-right-heel = tallone destro
    .label = Tallone destro
zone-right-top = dorso del piede destro
    .label = Dorso del piede destro
zone-right-ankle = caviglia destra
    .label = Caviglia destra
zone-right-achilles = tendine d'Achille destro
    .label = Tendine d'Achille destro
zone-right-calf = polpaccio destro
    .label = Polpaccio destro
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = dita
zone-part-ball = avampiede
zone-part-arch = arco
zone-part-heel = tallone
zone-part-top = dorso
zone-part-ankle = caviglia
zone-part-achilles = Achille
zone-part-calf = polpaccio
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Principale
nav-guides = Guide
    .hint = Tecniche illustrate
nav-routines = Routine
    .hint = Sessioni con timer
nav-history = Cronologia
    .hint = Sessioni passate e obiettivi
nav-reminders = Promemoria
    .hint = Quando { -brand-name } ti avvisa
nav-settings = Impostazioni
    .hint = Notifiche e dati
nav-about = Informazioni su { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Scorciatoie da tastiera

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Scorciatoie da tastiera
shortcuts-anywhere = Ovunque
shortcuts-toggle = Mostra o nascondi questo elenco
shortcuts-key-tab = Tab / Maiusc+Tab
shortcuts-move = Spostati tra i controlli
shortcuts-key-enter-space = Invio / Spazio
shortcuts-press = Premi il pulsante selezionato
shortcuts-player = Nel lettore (ovunque sia il focus; pedali e telecomandi inviano questi tasti)
shortcuts-key-space-enter = Spazio / Invio
shortcuts-pause = Metti in pausa o riprendi
shortcuts-key-next = → / Pag giù
shortcuts-next = Vai al passaggio successivo
shortcuts-key-previous = ← / Pag su
shortcuts-previous = Torna al passaggio precedente
shortcuts-key-escape = Esc
shortcuts-end = Termina la sessione (con conferma)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] Un file è stato saltato.
       *[other] { $count } file sono stati saltati.
    }</strong> Tutto il resto è stato caricato.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = Guide
guides-lead = Tecniche passo per passo per talloni, archi plantari, avampiedi e dita dei piedi.
guides-needs-title = Di cosa hai bisogno oggi?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Prima di dormire
guides-need-after-sport = Dopo lo sport
guides-need-before-run = Prima della corsa
guides-need-long-day = Una lunga giornata in piedi
guides-need-morning-heel = Dolore al tallone al mattino
guides-need-desk = Una pausa alla scrivania
guides-need-three-minutes = Tre minuti
guides-need-pregnancy = Delicatezza in gravidanza
guides-need-no-bend = Senza piegarsi
guides-need-toes = Dita più forti
guides-need-twice-weekly = La sessione completa bisettimanale
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Prima di iniziare
guides-pressure-title = Quanto premere: da niente a deciso
guides-pressure-note = Ogni guida indica quale pressione serve. Il dolore è sempre un segnale per alleggerire.
guides-search = Cerca
    .placeholder = dolore al tallone, scrivania, un nome…
guides-goal = Obiettivo
guides-goal-any = Qualsiasi obiettivo
guides-area = Zona
guides-area-any = Qualsiasi zona
# The filter by how long a technique takes.
guides-length = Durata
guides-length-any = Qualsiasi durata
guides-length-short = Fino a 1 minuto
guides-length-medium = Da 1 a 3 minuti
guides-length-long = Più di 3 minuti
guides-clear-filters = Azzera i filtri
guides-technique-count =
    { $count ->
        [one] { $count } tecnica
       *[other] { $count } tecniche
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } su { $count ->
        [one] { $count } tecnica
       *[other] { $count } tecniche
    }
# Heading of the routines the search found.
guides-found-routines = Routine
guides-empty-title = Nessuna tecnica corrisponde
guides-empty = Prova con meno filtri o con un'altra parola.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = Tutte le guide

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = Informazioni su questa tecnica
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong>: { $feels }.
technique-no-drawing = Disegno non disponibile
technique-how-to = Come si fa
# The name (for screen readers) of the technique's own timer.
technique-timer = Timer per { $title }
technique-feel = Cosa dovresti sentire
technique-tradition = Da dove viene

## The timer on a technique's page

timer-label = Timer
timer-start = Avvia il timer
timer-reset = Azzera
timer-done = Tempo scaduto. Ottimo lavoro.

## The player's check-in, before the first step

checkin-title = Prima di iniziare
checkin-stress = Quanto stress senti in questo momento?
checkin-foot-map = Qualche punto dolorante? Valutalo sulla mappa del piede
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Oggi lascia stare se…
checkin-skip-fever = hai la febbre o non ti senti bene;
checkin-skip-wound = sul piede c'è una ferita aperta, una vescica o un'infezione;
checkin-skip-hot = un piede è caldo, arrossato o gonfio;
checkin-skip-calf = un polpaccio è dolorante e gonfio: vai dal medico oggi stesso, e chiama i soccorsi se hai il fiato corto o dolore al petto.
checkin-safety = Quando rinunciare, e quando andare dal medico
checkin-begin = Inizia
checkin-skip-and-begin = Salta e inizia
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } tranquillità
stress-scale-stressed = { $level } molto stress

## The player's check-out, after the last step

checkout-well-done = Ben fatto
checkout-saved = Sessione salvata
checkout-summary =
    { $duration } di massaggio, { $done } su { $total ->
        [one] { $total } passaggio
       *[other] { $total } passaggi
    }.
checkout-summary-partial =
    { $duration } di massaggio, { $done } su { $total ->
        [one] { $total } passaggio
       *[other] { $total } passaggi
    }, salvata come parziale.
checkout-stress = Quanto stress senti adesso?
checkout-foot-map = Come va adesso nei punti doloranti?
checkout-note-placeholder = Com'è andata? Qualcosa da ricordare per la prossima volta?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (facoltativo)
       *[other] (facoltativo, zone valutate: { $rated })
    }
footmap-how = Tocca una zona, poi indica quanto fa male: 0 è niente, 10 il peggio.
footmap-same-as-last = Come l'ultima volta
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: nessuna valutazione
footmap-zone-rated = { $zone }: { $rating } su 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = Quanto fa male in questa zona: { $zone }?
footmap-clear = Cancella

## The player: the steps of a session

player-progress = Avanzamento della routine
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Passaggio { $number } di { $total } · { $left } alla fine
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Mostrato per il piede destro.
player-up-next = Prossimo: { $title } · { $foot } · { $duration }
player-last-step = Ultimo passaggio
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Oggi vai con delicatezza intorno a questa zona: { $zone }. All'inizio le hai dato { $rating } su 10.
player-sore-leave-out = Oggi vai piano su questa zona, oppure saltala: { $zone }. All'inizio le hai dato { $rating } su 10.
# Said by screen readers as each step starts.
player-announce-step = Passaggio { $number } di { $total }: { $title }, { $foot }
player-confirm-end =
    Vuoi terminare la sessione adesso? Verrà salvata come parziale, con { $done ->
        [one] { $done } passaggio fatto
       *[other] { $done } passaggi fatti
    } finora.
player-end-and-save = Termina e salva
player-keep-going = Continua
player-controls = Controlli del lettore
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Indietro
player-restart-step = Ricomincia il passaggio
player-skip = Salta
player-end = Termina
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Spazio o Invio pausa · ← indietro · → salta · Esc termina (funzionano anche un pedale o un telecomando)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Attenzione: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Passa al piede sinistro.
       *[right] Passa al piede destro.
    }
voice-finished = La routine è finita. Ben fatto.
# Said half-way through a long step.
voice-half-way = Sei a metà. Continua così.
voice-no-service = La guida vocale è attiva, ma non è stato trovato nessun servizio di sintesi vocale. Il segnale acustico continua a indicare ogni passaggio.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = La guida vocale è attiva, ma { $problem } Il segnale acustico continua a indicare ogni passaggio.
voice-unavailable = La guida vocale non è disponibile: { $error }
voice-stopped = La guida vocale si è interrotta: { $error } Il segnale acustico continua a indicare ogni passaggio.
voice-title = Guida vocale
voice-speak-steps = Leggi ad alta voce ogni passaggio: il nome, il piede e l'indicazione, «a metà» nei passaggi lunghi e il cambio di piede quando arriva
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    Nessun servizio di sintesi vocale ha risposto su questo computer, quindi il lettore non può parlare: { $problem }
    Su Debian o Ubuntu, installa <code>{ "speech-dispatcher" }</code> e <code>{ "espeak-ng" }</code>. Nel frattempo, il segnale acustico indica ogni passaggio.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = Nessuna voce installata su questo computer parla { $language }, quindi i passaggi non verranno letti ad alta voce: Solewise non li legge mai con la voce di un'altra lingua. Installane una (espeak-ng ha una voce per { $language }) e riapri le Impostazioni.
voice-voice = Voce
voice-default = La voce predefinita del sistema
voice-speed = Velocità
voice-speed-normal = Normale
voice-speed-slower = Più lenta
voice-speed-faster = Più veloce
voice-sample = Ascolta un esempio
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = Ecco come ti guida il lettore.
voice-sample-step = Cerchi sul tallone. Piede sinistro. Si comincia dal tallone.
voice-looking = Ricerca del servizio di sintesi vocale…

## The History screen: the sessions

history-title = Cronologia
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = Viste della cronologia
history-tab-sessions = Sessioni
history-tab-insights = Andamento
history-logged = Sessione registrata.
history-exported = Esportato in { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Sessione guidata
history-title-self = Automassaggio
history-title-partner = Massaggio dal mio partner
history-title-professional = Massaggio professionale
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Stress { $before } → { $after }
    .title = Stress prima → dopo (1 tranquillità, 10 molto stress)
history-deleted = «{ $title }» eliminata.
history-undo = Annulla
history-import-summary = <strong>Importazione completata:</strong> { $added } aggiunte, { $skipped } già presenti, { $rejected } rifiutate.
# The button back from a session to the list (after an arrow).
history-back = Tutte le sessioni
# Said of a session that was ended before its last step.
history-partial = parziale
history-completed = completata
history-steps-of =
    { $done } su { $total ->
        [one] { $total } passaggio
       *[other] { $total } passaggi
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } passaggio
       *[other] { $done }/{ $total } passaggi
    }
history-zones-before = Punti doloranti all'inizio
history-zones-after = Alla fine
history-stress-before = Stress prima
history-stress-after = Stress dopo
history-not-rated = Nessuna valutazione
history-therapist = Terapista
history-save-changes = Salva le modifiche
history-log-title = Registra una sessione
history-log-kind = Tipo
history-log-kind-professional = Massaggio professionale
history-log-when = Quando
history-log-minutes = Minuti
history-log-name = Nome
history-routine = Routine
history-log-no-routine = Nessuna
history-export-csv = Esporta CSV…
history-export-json = Esporta JSON…
history-import = Importa…
history-all-routines = Tutte le routine
history-kind = Tipo
history-all-kinds = Tutti i tipi
# The first and last day of the sessions shown.
history-from = Dal
history-to = Al
history-session-count =
    { $count ->
        [one] { $count } sessione
       *[other] { $count } sessioni
    }
history-empty-title = Ancora nessuna sessione
history-empty = Segui una routine dalla schermata { nav-routines } e verrà salvata qui man mano, oppure registra una sessione fatta senza l'app.
history-older = Mostra le sessioni più vecchie

## The History screen: insights

insights-this-week = Questa settimana
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } su { $goal }
insights-weekly-goal = Obiettivo settimanale
insights-goal-met = Obiettivo raggiunto. Splendido.
# Sessions still to do this week.
insights-to-go = { $count ->
        [one] ne manca { $count }
       *[other] ne mancano { $count }
    }
insights-streak = Serie
insights-weeks =
    { $count ->
        [one] { $count } settimana
       *[other] { $count } settimane
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = di fila con l'obiettivo raggiunto · record: { $best }
insights-first-session = La tua prima sessione
insights-good-start = Un buon inizio
insights-streak-begin =
    { $goal ->
        [one] { $goal } sessione in una settimana avvia una serie.
       *[other] { $goal } sessioni in una settimana avviano una serie.
    }
insights-streak-begin-well-done =
    Ben fatto. { $goal ->
        [one] { $goal } sessione in una settimana avvia una serie.
       *[other] { $goal } sessioni in una settimana avviano una serie.
    }
insights-best-so-far =
    Record finora: { $count ->
        [one] { $count } settimana
       *[other] { $count } settimane
    }.
insights-streak-empty = Qui compaiono le settimane di fila in cui raggiungi l'obiettivo.
insights-minutes = Minuti
# Under the minutes of massage this week.
insights-minutes-detail = questa settimana, dalle stesse sessioni dell'obiettivo · { $month } questo mese · { $all } in tutto
insights-stress = Stress
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    { $points ->
        [one] { $points } punto in meno
       *[other] { $points } punti in meno
    }
insights-stress-up =
    { $points ->
        [one] { $points } punto in più
       *[other] { $points } punti in più
    }
insights-stress-same = nessun cambiamento
insights-stress-none = Valuta il tuo stress prima e dopo una sessione per vedere il cambiamento.
insights-stress-detail = in media, dopo una sessione rispetto a prima
insights-year = Gli ultimi 12 mesi
# The calendar of sessions, for screen readers.
insights-heatmap = Sessioni al giorno negli ultimi 12 mesi: { $count } in tutto
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] nessuna sessione
        [one] { $count } sessione
       *[other] { $count } sessioni
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = Nessuna sessione
insights-legend-most = { $count } o più al giorno
insights-stress-title = Stress prima e dopo
insights-stress-chart = Stress prima e dopo ogni sessione valutata
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = prima
insights-legend-after = dopo
insights-legend-dates = dal { $first } al { $last }
insights-stress-empty = Valuta il tuo stress prima e dopo una sessione per vederlo qui.
insights-top-routines = Routine più usate
insights-top-techniques = Tecniche più usate
insights-none-yet = Ancora nessuna.
insights-steps =
    { $count ->
        [one] { $count } passaggio
       *[other] { $count } passaggi
    }

## The History screen: the foot zones' trends

zones-title = Zone del piede
zones-period = Le ultime dodici settimane
zones-empty = Valuta i punti doloranti sulla mappa del piede all'inizio della sessione; quando una zona ha tre valutazioni, qui compare il suo andamento.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Da due settimane questa zona resta a { $rating } o più: { $zone }. Un dolore che dura merita il parere di un professionista.
zones-see-someone = Quando rivolgersi a qualcuno
zones-ratings =
    { $count ->
        [one] { $count } valutazione
       *[other] { $count } valutazioni
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = il cambiamento si vede dopo un mese
zones-change-none = nessun cambiamento dal primo mese
zones-change-down = { $size } in meno rispetto al primo mese
zones-change-up = { $size } in più rispetto al primo mese
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, media settimanale: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Promemoria
reminders-lead = { -brand-name } ti avvisa quando è ora di una sessione, anche a finestra chiusa, dall'area di notifica.
reminders-days = Giorni
reminders-time = Ora
reminders-routine = Routine
# A reminder's own text, shown in its notification.
reminders-label = Etichetta
# The notification's text when a reminder has no label of its own.
reminders-default-label = È ora del tuo massaggio ai piedi
# The checkbox that turns a reminder on.
reminders-on = Attivo
reminders-also-autostart = Avvia anche { -brand-name } nell'area di notifica quando accedo
reminders-offer-title = Vuoi un promemoria due volte a settimana?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Quindici minuti due volte a settimana rendono felici i piedi. { -brand-name } propone { $days } alle { $time }; scegli i giorni e l'ora che preferisci.
reminders-offer-accept = Scegli giorni e ora
reminders-offer-dismiss = Non ora
reminders-paused-forever = <strong>I promemoria sono in pausa</strong> finché non li riattivi.
# $until is a day and time.
reminders-paused-until = <strong>I promemoria sono in pausa</strong> fino a { $until }.
reminders-resume = Riattiva i promemoria
reminders-next = Prossimo promemoria: { $when }
reminders-none = Nessun promemoria impostato.
reminders-pause-today = Metti in pausa per oggi
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Metti in pausa per
    .input = Giorni di pausa
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] giorno
       *[other] giorni
    }
reminders-pause-until-resumed = Metti in pausa finché non li riattivo
reminders-new = Nuovo promemoria
reminders-add = Aggiungi promemoria
reminders-edit-title = Modifica promemoria
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } alle { $time }
reminders-rule-off = { $days } alle { $time } (disattivato)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Prossimi: { $times }
reminders-add-one = Aggiungi un promemoria
reminders-calendar-title = Porta il piano con te
reminders-calendar = I tuoi promemoria come eventi settimanali nel calendario che usi già: un file (.ics) che qualsiasi app di calendario può importare.
reminders-calendar-export = Aggiungi al calendario
reminders-calendar-saved = Salvato in { $path }. Aprilo con la tua app di calendario per aggiungere gli eventi.
reminders-options-title = Quando arriva un promemoria
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Posticipa di
reminders-snooze-minutes =
    { $count ->
        [one] minuto
       *[other] minuti
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = Se il computer era in sospensione o { -brand-name } era chiuso, avvisami comunque con un ritardo massimo di
reminders-grace-minutes =
    { $count ->
        [one] minuto
       *[other] minuti
    }

## The Routines screen

routines-title = Routine
routines-lead = Tecniche riunite in una sessione da seguire con il timer.
routines-new = Nuova routine
routines-import = Importa un file di routine…
# Headings of the two lists of routines.
routines-built-in = Incluse
routines-yours = Le tue routine
routines-empty-title = Non hai ancora routine tue
routines-empty = Creane una da zero con { routines-new }, oppure apri una routine inclusa e duplicala per modificarla.
routines-steps =
    { $count ->
        [one] { $count } passaggio
       *[other] { $count } passaggi
    }
# The button back from a routine to the list (after an arrow).
routines-back = Tutte le routine
# Above a routine's title: where it comes from.
routines-built-in-one = Routine inclusa
routines-yours-one = La tua routine
routines-for-partner = per un partner
routines-duplicate = Duplica
routines-export = Esporta…
routines-print = Stampa…
routines-delete = Elimina…
routines-confirm-delete = Eliminare definitivamente «{ $title }»? Il suo file verrà rimosso dalla cartella dei dati.
routines-keep = Tienila
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (la mia copia)
routines-deleted = «{ $title }» eliminata.
routines-imported = «{ $title }» importata.
routines-exported = Salvata in { $path }.
routines-saved = Routine salvata.

## The routine editor

editor-new-title = Nuova routine
editor-edit-title = Modifica routine
editor-title = Titolo
editor-summary = Descrizione
editor-goals = Obiettivi
editor-for-partner = Pensata per massaggiare i piedi di un'altra persona
editor-steps = Passaggi
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } passaggio
       *[other] { $count } passaggi
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Tecnica del passaggio { $number }
editor-step-foot = Piede del passaggio { $number }
editor-step-cue = Indicazione del passaggio { $number }
    .placeholder = Indicazione (facoltativa)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] secondo
       *[other] secondi
    }
editor-move-up = Sposta su il passaggio { $number }
editor-move-down = Sposta giù il passaggio { $number }
editor-remove-step = Rimuovi il passaggio { $number }
editor-add-step = + Aggiungi un passaggio
editor-saving = Salvataggio…
editor-save = Salva la routine

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = Pressione delicata, mai dolore. Se qualcosa fa male, si gonfia o è caldo, fermati e leggi la pagina sulla sicurezza in { -brand-name }.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Programmi
# The card's name, for screen readers.
programmes-card = Il tuo programma
programmes-card-done = Tutte le sessioni completate. Mantieni il ritmo con la routine due volte a settimana.
programmes-week = Settimana { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }, poi { $next }
programmes-joined-done = Segui questo programma: tutte le sessioni completate. Ben fatto!
programmes-joined-next = Segui questo programma: la prossima è la sessione { $session } di { $sessions } della settimana { $week }.
programmes-leave = Abbandona il programma
programmes-remind-on = Promemoria nei giorni
# Before a time of day.
programmes-at = Alle
programmes-no-days = Nessun giorno selezionato: inizi il programma senza promemoria.
programmes-reminder-added = Viene aggiunto un promemoria in { nav-reminders }; man mano che vai avanti, indica la tua prossima sessione. Puoi modificarlo o rimuoverlo da lì.
programmes-join = Inizia
programmes-join-instead = Inizia invece questo

## The Settings screen

settings-title = Impostazioni
settings-language-title = Lingua
settings-language = Lingua
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = Sistema ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Il tuo sistema richiede { $asked }; { -brand-name } usa { $shown }.
settings-goal-title = Obiettivo e sessioni
settings-weekly-goal = Obiettivo settimanale
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] sessione a settimana.
       *[other] sessioni a settimana.
    } Due volte a settimana è un buon inizio.
settings-week-start = La settimana inizia di
settings-week-start-hint = Usato per l'obiettivo settimanale e le serie.
settings-chime = Suona un segnale acustico leggero quando il lettore passa al passaggio successivo
settings-autostart-title = Avvio all'accesso
settings-autostart = Avvia { -brand-name } nell'area di notifica quando accedo, così i promemoria arrivano senza doverlo aprire
settings-notifications-title = Notifiche
settings-notifications = I promemoria arrivano come notifiche del desktop. Invia una notifica di prova per vedere come appaiono e per verificare che ti arrivino.
settings-test-sending = Invio in corso…
settings-test-send = Invia una notifica di prova
settings-test-sent = Inviata. Cercala tra le notifiche del desktop.
settings-data = Tutto ciò che { -brand-name } conserva resta su questo computer, in un'unica cartella.
settings-version = { -brand-name } { $version }
settings-backups-title = Backup
settings-backups = { -brand-name } copia il database una volta al giorno quando è in esecuzione e prima di ogni aggiornamento, e conserva le ultime { $count } copie. Prima di ripristinarne una, salva una copia dei tuoi dati così come sono adesso.
settings-no-backups = Ancora nessun backup.
# Why a backup was made.
settings-backup-daily = Giornaliero
settings-backup-before-restore = Prima di un ripristino
settings-backup-before-upgrade = Prima di un aggiornamento
settings-backup-size = { $kilobytes } KB
settings-restore-this = Ripristina questa copia
settings-restore = Ripristina…
settings-restored = Ripristinato. I tuoi dati com'erano subito prima sono conservati in { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = Informazioni su { -brand-name }
about-lead = Un compagno per l'automassaggio dei piedi: guide illustrate, un timer per ogni passaggio, promemoria e un diario di come ti sei sentito. { -brand-name } non va mai online; tutto ciò che sa resta su questo computer.
about-built-with = Realizzato con
about-tauri = { "Tauri" } { $version }
about-data = Sessioni, impostazioni, promemoria, le tue routine, i backup giornalieri e i log si trovano tutti in un'unica cartella. Per spostare { -brand-name } su un altro computer, copia questa cartella mentre l'app è chiusa, oppure esporta la cronologia in JSON.
about-logs = Log
about-open-folder = Apri la cartella dei dati
about-opened = Aperta nel gestore di file.
about-licences-title = Licenze open source
about-licences-failed = Impossibile caricare l'elenco delle licenze: { $error }
about-licences = { -brand-name } si basa su { $count } pacchetti open source, e ringraziamo i loro autori. Ogni voce si apre e mostra i file di licenza inclusi nel pacchetto.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [one] { $count } altra espressione di licenza
       *[other] { $count } altre espressioni di licenza
    }
about-find = Cerca un pacchetto o una licenza
    .placeholder = ad es. rusqlite o MPL-2.0
about-package-count =
    { $shown } su { $count ->
        [one] { $count } pacchetto
       *[other] { $count } pacchetti
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Crate Rust
# $authors lists the package's authors.
about-by = Di { $authors }
# $url is the address of the package's source code.
about-repository = Sorgente: { $url }
about-no-licence-file = Questo pacchetto non include alcun file di licenza; la sua licenza è { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Benvenuto · passaggio { $step } di { $steps }
welcome-title = Benvenuto in { -brand-name }
welcome-lead = Automassaggio dei piedi illustrato, un timer per ogni passaggio, promemoria quando è ora e un diario di come ti sei sentito. Tutto resta su questo computer.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Punta a
welcome-sessions-a-week =
    { $count ->
        [one] sessione a settimana
       *[other] sessioni a settimana
    }
welcome-rhythm = Quindici minuti due volte a settimana sono un buon ritmo.
welcome-remind-title = Quando vuoi che { -brand-name } ti avvisi?
# Before a time of day.
welcome-at = Alle
welcome-autostart = Avvia { -brand-name } nell'area di notifica quando accedo, così i promemoria arrivano
welcome-no-days = Nessun giorno selezionato significa nessun promemoria; puoi aggiungerli più tardi in { nav-reminders }.
welcome-safety-title = Prima della tua prima sessione
welcome-safety = Il massaggio è delicato, ma ci sono momenti in cui è meglio rinunciare: ferite aperte, infezioni, un infortunio recente, un polpaccio gonfio e altro ancora. Se hai il diabete o problemi di circolazione, o se sei in gravidanza, leggi prima la pagina sulla sicurezza.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = Leggi «Quando rinunciare»
welcome-safety-where = La trovi sempre in { nav-guides }.
welcome-back = Indietro
welcome-next = Avanti
welcome-finish = Fine

## Settings → Sync

settings-sync-title = Sincronizzazione
settings-sync-intro = Tieni la cronologia allineata su tutti i tuoi computer tramite una cartella che sincronizzi già, con Syncthing, Nextcloud o Dropbox. Nessun account e nessun server: Solewise scrive solo i propri file in quella cartella, dentro una cartella chiamata Solewise.
settings-sync-off = Disattivata: la cronologia resta su questo computer.
settings-sync-choose = Scegli una cartella…
settings-sync-choose-title = Una cartella che il tuo strumento di sincronizzazione condivide con gli altri tuoi computer
settings-sync-change = Cambia cartella…
settings-sync-turn-off = Disattiva
settings-sync-now = Sincronizza ora
settings-sync-folder = Tramite la cartella
settings-sync-merged = Ultima sincronizzazione: { $when }
settings-sync-never = Ancora nessuna sincronizzazione
settings-sync-waiting = { $count ->
    [one] { $count } modifica in attesa della cartella
   *[other] { $count } modifiche in attesa della cartella
}
settings-sync-computers = Altri computer
settings-sync-no-computers = Ancora nessuno: attiva la sincronizzazione sull'altro computer con la stessa cartella.
settings-sync-last-change = ultima modifica: { $when }
settings-sync-name = Nome di questo computer
settings-sync-rename = Rinomina
settings-sync-merging = Unione in corso… { $percent }%
settings-sync-passphrase = Passphrase per la cartella
settings-sync-passphrase-hint = Facoltativo: con una passphrase, i file nella cartella si possono leggere solo sui tuoi computer che la conoscono. Inserisci la stessa su ciascuno di essi; deve essere lunga almeno 8 caratteri.
settings-sync-encrypted = I file di questo computer nella cartella sono cifrati con una passphrase.
settings-sync-passphrase-set = Imposta passphrase
settings-sync-passphrase-change = Cambia passphrase
settings-sync-passphrase-remove = Rimuovi passphrase
