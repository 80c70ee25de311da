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
app-could-not-start = { -brand-name } konnte nicht starten
app-database-error = Ihre Daten konnten nicht geöffnet werden
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Datenordner: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = Diese Ansicht konnte nicht geladen werden: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = Es gibt keine Routine „{ $id }“.
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = Als Nächstes: { $title } beginnt, sobald diese Einheit vorbei ist.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    Ihre Einheit <strong>{ $title }</strong> wurde unterbrochen ({ $done } von { $total ->
        [one] { $total } Schritt
       *[other] { $total } Schritten
    } erledigt). Dort weitermachen, wo sie aufgehört hat?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Als unvollständig behalten

## Words used on several screens

common-cancel = Abbrechen
common-close = Schließen
common-delete = Löschen
common-dismiss = Ausblenden
common-edit = Bearbeiten
common-loading = Wird geladen …
common-note = Notiz
# After the name of a field that may be left empty.
common-optional = (optional)
common-pause = Pausieren
common-resume = Fortsetzen
common-save = Speichern
common-saved = Gespeichert.
common-skip = Überspringen
common-start = Starten
# Heading of a technique's or a step's cautions.
common-take-care = Bitte beachten
common-version = Version
common-your-data = Ihre Daten
common-data-folder = Datenordner
common-database = Datenbank
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>Legen Sie bereit:</strong> { $needs }.

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds =
    { NUMBER($seconds) ->
        [one] { $seconds } Sek.
       *[other] { $seconds } Sek.
    }
# "15 min"
duration-minutes =
    { NUMBER($minutes) ->
        [one] { $minutes } Min.
       *[other] { $minutes } Min.
    }
# "2 min 30 s"
duration-minutes-seconds =
    { NUMBER($minutes) ->
        [one] { $minutes } Min.
       *[other] { $minutes } Min.
    } { NUMBER($seconds) ->
        [one] { $seconds } Sek.
       *[other] { $seconds } Sek.
    }
# "2 h"
duration-hours =
    { NUMBER($hours) ->
        [one] { $hours } Std.
       *[other] { $hours } Std.
    }
# "1 h 5 min"
duration-hours-minutes =
    { NUMBER($hours) ->
        [one] { $hours } Std.
       *[other] { $hours } Std.
    } { NUMBER($minutes) ->
        [one] { $minutes } Min.
       *[other] { $minutes } Min.
    }

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = Durchblutung
goal-stress = Stressabbau
goal-flexibility = Beweglichkeit
goal-sleep = Schlaf
goal-recovery = Erholung

## The part of the foot or leg a technique works

area-whole-foot = Ganzer Fuß
area-heel = Ferse
area-arch = Fußgewölbe
area-ball = Fußballen
area-toes = Zehen
area-top = Fußrücken
area-ankle = Knöchel
area-achilles = Achillessehne
area-calf = Wade
area-sole = Fußsohle

## The groups of techniques on the Guides screen

category-preparation = Vorbereitung
category-sequence = Der Hauptablauf
category-library = Weitere Techniken
category-traditional = Traditionelle Techniken

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = Kein Druck
pressure-stretch = Sanfte Dehnung
pressure-light = Leichter Druck
pressure-medium = Mittlerer Druck
pressure-firm = Kräftiger Druck
pressure-feel-none = nichts wird gedrückt: Die Füße ruhen, baden oder werden still gehalten
    .sentence = Nichts wird gedrückt: Die Füße ruhen, baden oder werden still gehalten.
pressure-feel-stretch = ein sanfter Zug, gehalten oder langsam bewegt, ohne Drücken und ohne Nachfedern
    .sentence = Ein sanfter Zug, gehalten oder langsam bewegt, ohne Drücken und ohne Nachfedern.
pressure-feel-light = gleitet über die Haut und bewegt nur die Haut, wie beim Verteilen von Öl
    .sentence = Gleitet über die Haut und bewegt nur die Haut, wie beim Verteilen von Öl.
pressure-feel-medium = sinkt in den Muskel ein, gleichmäßig und angenehm, nie stechend
    .sentence = Sinkt in den Muskel ein, gleichmäßig und angenehm, nie stechend.
pressure-feel-firm = so viel, wie guttut, und nie bis zum Schmerz
    .sentence = So viel, wie guttut, und nie bis zum Schmerz.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Linker Fuß
    .phrase = linker Fuß
foot-right = Rechter Fuß
    .phrase = rechter Fuß
foot-both = Beide Füße
    .phrase = beide Füße

## Kinds of session in the history

kind-guided = Angeleitet
kind-self = Selbstmassage
kind-partner = Partnermassage
kind-professional = Professionell

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = linke Zehen
    .label = Linke Zehen
zone-left-ball = linker Fußballen
    .label = Linker Fußballen
zone-left-arch = linkes Fußgewölbe
    .label = Linkes Fußgewölbe
zone-left-heel = linke Ferse
    .label = Linke Ferse
zone-left-top = linker Fußrücken
    .label = Linker Fußrücken
zone-left-ankle = linker Knöchel
    .label = Linker Knöchel
zone-left-achilles = linke Achillessehne
    .label = Linke Achillessehne
zone-left-calf = linke Wade
    .label = Linke Wade
zone-right-toes = rechte Zehen
    .label = Rechte Zehen
zone-right-ball = rechter Fußballen
    .label = Rechter Fußballen
zone-right-arch = rechtes Fußgewölbe
    .label = Rechtes Fußgewölbe
zone-right-heel = rechte Ferse
    .label = Rechte Ferse
zone-right-top = rechter Fußrücken
    .label = Rechter Fußrücken
zone-right-ankle = rechter Knöchel
    .label = Rechter Knöchel
zone-right-achilles = rechte Achillessehne
    .label = Rechte Achillessehne
zone-right-calf = rechte Wade
    .label = Rechte Wade
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = Zehen
zone-part-ball = Ballen
zone-part-arch = Gewölbe
zone-part-heel = Ferse
zone-part-top = Rücken
zone-part-ankle = Knöchel
zone-part-achilles = Achilles
zone-part-calf = Wade
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Hauptnavigation
nav-guides = Anleitungen
    .hint = Bebilderte Techniken
nav-routines = Routinen
    .hint = Einheiten mit Timer
nav-history = Verlauf
    .hint = Frühere Einheiten und Ziele
nav-reminders = Erinnerungen
    .hint = Wann { -brand-name } Sie erinnert
nav-settings = Einstellungen
    .hint = Benachrichtigungen und Daten
nav-about = Über { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Tastenkürzel

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Tastenkürzel
shortcuts-anywhere = Überall
shortcuts-toggle = Diese Liste ein- oder ausblenden
shortcuts-key-tab = Tab / Umschalt+Tab
shortcuts-move = Zwischen Bedienelementen wechseln
shortcuts-key-enter-space = Eingabe / Leertaste
shortcuts-press = Die ausgewählte Schaltfläche betätigen
shortcuts-player = Im Player (egal, wo der Fokus liegt; Fußschalter und Presenter senden diese Tasten)
shortcuts-key-space-enter = Leertaste / Eingabe
shortcuts-pause = Pausieren oder fortsetzen
shortcuts-key-next = → / Bild ↓
shortcuts-next = Zum nächsten Schritt springen
shortcuts-key-previous = ← / Bild ↑
shortcuts-previous = Zurück zum vorherigen Schritt
shortcuts-key-escape = Esc
shortcuts-end = Einheit beenden (mit Rückfrage)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] Eine Datei wurde
       *[other] { $count } Dateien wurden
    } übersprungen.</strong> Alles andere wurde geladen.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = Anleitungen
guides-lead = Schritt-für-Schritt-Techniken für Fersen, Fußgewölbe, Fußballen und Zehen.
guides-needs-title = Was brauchen Sie heute?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Vor dem Schlafen
guides-need-after-sport = Nach dem Sport
guides-need-before-run = Vor dem Laufen
guides-need-long-day = Ein langer Tag auf den Beinen
guides-need-morning-heel = Fersenschmerzen am Morgen
guides-need-desk = Eine Pause am Schreibtisch
guides-need-three-minutes = Drei Minuten
guides-need-pregnancy = Sanft in der Schwangerschaft
guides-need-no-bend = Ohne Bücken
guides-need-toes = Kräftigere Zehen
guides-need-twice-weekly = Die volle Einheit für zweimal pro Woche
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Bevor Sie beginnen
guides-pressure-title = Wie fest drücken: von gar nicht bis kräftig
guides-pressure-note = Jede Anleitung gibt an, welche Stufe sie braucht. Schmerz ist immer ein Zeichen, nachzulassen.
guides-search = Suchen
    .placeholder = Fersenschmerzen, Schreibtisch, ein Name …
guides-goal = Ziel
guides-goal-any = Alle Ziele
guides-area = Bereich
guides-area-any = Alle Bereiche
# The filter by how long a technique takes.
guides-length = Dauer
guides-length-any = Beliebige Dauer
guides-length-short = Bis 1 Minute
guides-length-medium = 1 bis 3 Minuten
guides-length-long = Über 3 Minuten
guides-clear-filters = Filter zurücksetzen
guides-technique-count =
    { $count ->
        [one] { $count } Technik
       *[other] { $count } Techniken
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } von { $count ->
        [one] { $count } Technik
       *[other] { $count } Techniken
    }
# Heading of the routines the search found.
guides-found-routines = Routinen
guides-empty-title = Keine passende Technik
guides-empty = Versuchen Sie es mit weniger Filtern oder einem anderen Wort.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = Alle Anleitungen

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = Über diese Technik
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong> – { $feels }.
technique-no-drawing = Keine Zeichnung verfügbar
technique-how-to = So geht’s
# The name (for screen readers) of the technique's own timer.
technique-timer = Timer für { $title }
technique-feel = Was Sie spüren sollten
technique-tradition = Woher sie stammt

## The timer on a technique's page

timer-label = Timer
timer-start = Timer starten
timer-reset = Zurücksetzen
timer-done = Die Zeit ist um. Schön gemacht.

## The player's check-in, before the first step

checkin-title = Bevor Sie beginnen
checkin-stress = Wie gestresst fühlen Sie sich gerade?
checkin-foot-map = Tut etwas weh? Bewerten Sie es auf einer Fußkarte
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Lassen Sie die Massage heute aus, wenn …
checkin-skip-fever = Sie Fieber haben oder sich unwohl fühlen;
checkin-skip-wound = Sie eine offene Wunde, eine Blase oder eine Infektion am Fuß haben;
checkin-skip-hot = ein Fuß heiß, gerötet oder geschwollen ist;
checkin-skip-calf = eine Wade schmerzt und geschwollen ist: Lassen Sie sich heute noch ärztlich untersuchen, und rufen Sie den Notruf, wenn Sie kurzatmig sind oder Schmerzen in der Brust haben.
checkin-safety = Wann Sie darauf verzichten und wann Sie ärztliche Hilfe brauchen
checkin-begin = Beginnen
checkin-skip-and-begin = Überspringen und beginnen
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } ruhig
stress-scale-stressed = { $level } sehr gestresst

## The player's check-out, after the last step

checkout-well-done = Gut gemacht
checkout-saved = Einheit gespeichert
checkout-summary =
    { $duration } Massage, { $done } von { $total ->
        [one] { $total } Schritt
       *[other] { $total } Schritten
    }.
checkout-summary-partial =
    { $duration } Massage, { $done } von { $total ->
        [one] { $total } Schritt
       *[other] { $total } Schritten
    }, als unvollständig gespeichert.
checkout-stress = Wie gestresst fühlen Sie sich jetzt?
checkout-foot-map = Wie fühlen sich die schmerzenden Stellen jetzt an?
checkout-note-placeholder = Wie war es? Gibt es etwas, das Sie sich für das nächste Mal merken möchten?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (optional)
       *[other] (optional, { $rated } bewertet)
    }
footmap-how = Tippen Sie auf eine Stelle und dann darauf, wie stark sie schmerzt: 0 heißt gar nicht, 10 am stärksten.
footmap-same-as-last = Wie beim letzten Mal
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: nicht bewertet
footmap-zone-rated = { $zone }: { $rating } von 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = Wie stark schmerzt diese Stelle: { $zone }?
footmap-clear = Löschen

## The player: the steps of a session

player-progress = Fortschritt der Routine
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Schritt { $number } von { $total } · insgesamt noch { $left }
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Dargestellt für den rechten Fuß.
player-up-next = Als Nächstes: { $title } · { $foot } · { $duration }
player-last-step = Letzter Schritt
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Gehen Sie heute behutsam rund um diese Stelle vor: { $zone }. Zu Beginn haben Sie sie mit { $rating } von 10 bewertet.
player-sore-leave-out = Arbeiten Sie heute nur leicht an dieser Stelle oder lassen Sie sie aus: { $zone }. Zu Beginn haben Sie sie mit { $rating } von 10 bewertet.
# Said by screen readers as each step starts.
player-announce-step = Schritt { $number } von { $total }: { $title }, { $foot }
player-confirm-end =
    Einheit jetzt beenden? Sie wird als unvollständig gespeichert, mit { $done ->
        [one] { $done } bisher erledigten Schritt
       *[other] { $done } bisher erledigten Schritten
    }.
player-end-and-save = Beenden und speichern
player-keep-going = Weitermachen
player-controls = Player-Steuerung
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Zurück
player-restart-step = Schritt neu starten
player-skip = Überspringen
player-end = Beenden
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Leertaste oder Eingabe: Pause · ←: zurück · →: überspringen · Esc: beenden (auch mit Fußschalter oder Presenter)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Bitte beachten: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Wechseln Sie zum linken Fuß.
       *[right] Wechseln Sie zum rechten Fuß.
    }
voice-finished = Das war die ganze Routine. Gut gemacht.
# Said half-way through a long step.
voice-half-way = Halbzeit. Machen Sie weiter.
voice-no-service = Die Sprachführung ist eingeschaltet, aber es wurde kein Sprachdienst gefunden. Der Klang markiert trotzdem jeden Schritt.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = Die Sprachführung ist eingeschaltet, aber: { $problem } Der Klang markiert trotzdem jeden Schritt.
voice-unavailable = Die Sprachführung ist nicht verfügbar: { $error }
voice-stopped = Die Sprachführung wurde beendet: { $error } Der Klang markiert trotzdem jeden Schritt.
voice-title = Sprachführung
voice-speak-steps = Jeden Schritt ansagen: Name, Fuß und Hinweis, „Halbzeit“ bei langen Schritten und den Fußwechsel, wenn er ansteht
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    Auf diesem Computer hat kein Sprachdienst geantwortet, daher kann der Player nicht sprechen: { $problem }
    Installieren Sie unter Debian oder Ubuntu <code>{ "speech-dispatcher" }</code> und <code>{ "espeak-ng" }</code>. Bis dahin markiert der Klang jeden Schritt.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = Keine Stimme auf diesem Computer spricht { $language }, daher werden die Schritte nicht vorgelesen: Solewise liest sie nie mit einer Stimme in einer anderen Sprache vor. Installieren Sie eine (espeak-ng hat eine Stimme für { $language }) und öffnen Sie die Einstellungen erneut.
voice-voice = Stimme
voice-default = Die Standardstimme des Systems
voice-speed = Tempo
voice-speed-normal = Normal
voice-speed-slower = Langsamer
voice-speed-faster = Schneller
voice-sample = Hörprobe abspielen
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = So führt Sie der Player.
voice-sample-step = Fersenkreise. Linker Fuß. Zuerst die Ferse.
voice-looking = Sprachdienst wird gesucht …

## The History screen: the sessions

history-title = Verlauf
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = Ansichten des Verlaufs
history-tab-sessions = Einheiten
history-tab-insights = Auswertung
history-logged = Einheit eingetragen.
history-exported = Exportiert nach { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Angeleitete Einheit
history-title-self = Selbstmassage
history-title-partner = Partnermassage
history-title-professional = Professionelle Massage
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Stress { $before } → { $after }
    .title = Stress vorher → nachher (1 ruhig, 10 sehr gestresst)
history-deleted = „{ $title }“ gelöscht.
history-undo = Rückgängig
history-import-summary = <strong>Import abgeschlossen:</strong> { $added } hinzugefügt, { $skipped } bereits vorhanden, { $rejected } abgelehnt.
# The button back from a session to the list (after an arrow).
history-back = Alle Einheiten
# Said of a session that was ended before its last step.
history-partial = unvollständig
history-completed = abgeschlossen
history-steps-of =
    { $done } von { $total ->
        [one] { $total } Schritt
       *[other] { $total } Schritten
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } Schritt
       *[other] { $done }/{ $total } Schritte
    }
history-zones-before = Schmerzende Stellen zu Beginn
history-zones-after = Am Ende
history-stress-before = Stress vorher
history-stress-after = Stress nachher
history-not-rated = Nicht bewertet
history-therapist = Therapeut/in
history-save-changes = Änderungen speichern
history-log-title = Einheit eintragen
history-log-kind = Art
history-log-kind-professional = Professionelle Massage
history-log-when = Wann
history-log-minutes = Minuten
history-log-name = Name
history-routine = Routine
history-log-no-routine = Keine
history-export-csv = Als CSV exportieren …
history-export-json = Als JSON exportieren …
history-import = Importieren …
history-all-routines = Alle Routinen
history-kind = Art
history-all-kinds = Alle Arten
# The first and last day of the sessions shown.
history-from = Von
history-to = Bis
history-session-count =
    { $count ->
        [one] { $count } Einheit
       *[other] { $count } Einheiten
    }
history-empty-title = Noch keine Einheiten
history-empty = Folgen Sie einer Routine aus der Ansicht „{ nav-routines }“, dann wird sie hier laufend gespeichert. Oder tragen Sie eine Einheit ein, die Sie ohne die App hatten.
history-older = Ältere Einheiten anzeigen

## The History screen: insights

insights-this-week = Diese Woche
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } von { $goal }
insights-weekly-goal = Wochenziel
insights-goal-met = Ziel erreicht. Wunderbar.
# Sessions still to do this week.
insights-to-go = noch { $count }
insights-streak = Serie
insights-weeks =
    { $count ->
        [one] { $count } Woche
       *[other] { $count } Wochen
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = in Folge mit erreichtem Ziel · Bestwert { $best }
insights-first-session = Ihre erste Einheit
insights-good-start = Ein guter Anfang
insights-streak-begin =
    { $goal ->
        [one] { $goal } Einheit in einer Woche startet eine Serie.
       *[other] { $goal } Einheiten in einer Woche starten eine Serie.
    }
insights-streak-begin-well-done =
    Gut gemacht. { $goal ->
        [one] { $goal } Einheit in einer Woche startet eine Serie.
       *[other] { $goal } Einheiten in einer Woche starten eine Serie.
    }
insights-best-so-far =
    Bisheriger Bestwert: { $count ->
        [one] { $count } Woche
       *[other] { $count } Wochen
    }.
insights-streak-empty = Hier erscheinen die Wochen in Folge, in denen Sie Ihr Ziel erreichen.
insights-minutes = Minuten
# Under the minutes of massage this week.
insights-minutes-detail = diese Woche, aus denselben Einheiten wie das Ziel · { $month } diesen Monat · { $all } insgesamt
insights-stress = Stress
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    { $points ->
        [one] { $points } Punkt weniger
       *[other] { $points } Punkte weniger
    }
insights-stress-up =
    { $points ->
        [one] { $points } Punkt mehr
       *[other] { $points } Punkte mehr
    }
insights-stress-same = keine Veränderung
insights-stress-none = Bewerten Sie Ihren Stress vor und nach einer Einheit, um die Veränderung zu sehen.
insights-stress-detail = im Durchschnitt, nach einer Einheit im Vergleich zu vorher
insights-year = Die letzten 12 Monate
# The calendar of sessions, for screen readers.
insights-heatmap = Einheiten pro Tag in den letzten 12 Monaten: { $count } insgesamt
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] keine Einheiten
        [one] { $count } Einheit
       *[other] { $count } Einheiten
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = Keine Einheiten
insights-legend-most = { $count } oder mehr am Tag
insights-stress-title = Stress vorher und nachher
insights-stress-chart = Stress vor und nach jeder bewerteten Einheit
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = vorher
insights-legend-after = nachher
insights-legend-dates = { $first } bis { $last }
insights-stress-empty = Bewerten Sie Ihren Stress vor und nach einer Einheit, um ihn hier zu sehen.
insights-top-routines = Meistgenutzte Routinen
insights-top-techniques = Meistgenutzte Techniken
insights-none-yet = Noch keine.
insights-steps =
    { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }

## The History screen: the foot zones' trends

zones-title = Fußbereiche
zones-period = Die letzten zwölf Wochen
zones-empty = Bewerten Sie zu Beginn einer Einheit schmerzende Stellen auf der Fußkarte; ab drei Bewertungen zeigt eine Stelle hier ihren Verlauf.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Diese Stelle liegt seit zwei Wochen bei { $rating } oder höher: { $zone }. Anhaltende Schmerzen sollten Sie fachlich abklären lassen.
zones-see-someone = Wann Sie Hilfe suchen sollten
zones-ratings =
    { $count ->
        [one] { $count } Bewertung
       *[other] { $count } Bewertungen
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = die Veränderung zeigt sich nach einem Monat
zones-change-none = keine Veränderung seit dem ersten Monat
zones-change-down = { $size } weniger als im ersten Monat
zones-change-up = { $size } mehr als im ersten Monat
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, Wochendurchschnitt: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Erinnerungen
reminders-lead = { -brand-name } erinnert Sie über das Tray-Symbol, wenn es Zeit für eine Einheit ist, auch bei geschlossenem Fenster.
reminders-days = Tage
reminders-time = Uhrzeit
reminders-routine = Routine
# A reminder's own text, shown in its notification.
reminders-label = Bezeichnung
# The notification's text when a reminder has no label of its own.
reminders-default-label = Zeit für Ihre Fußmassage
# The checkbox that turns a reminder on.
reminders-on = Ein
reminders-also-autostart = { -brand-name } beim Anmelden auch im Tray starten
reminders-offer-title = Zweimal pro Woche erinnern?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Fünfzehn Minuten zweimal pro Woche halten die Füße zufrieden. { -brand-name } schlägt { $days } um { $time } vor; wählen Sie die Tage und die Uhrzeit, die zu Ihnen passen.
reminders-offer-accept = Tage und Uhrzeit wählen
reminders-offer-dismiss = Jetzt nicht
reminders-paused-forever = <strong>Erinnerungen sind pausiert</strong>, bis Sie sie wieder einschalten.
# $until is a day and time.
reminders-paused-until = <strong>Erinnerungen sind pausiert</strong> bis { $until }.
reminders-resume = Erinnerungen wieder einschalten
reminders-next = Nächste Erinnerung: { $when }
reminders-none = Keine Erinnerungen eingerichtet.
reminders-pause-today = Für heute pausieren
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Pausieren für
    .input = Tage der Pause
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] Tag
       *[other] Tage
    }
reminders-pause-until-resumed = Pausieren, bis ich sie wieder einschalte
reminders-new = Neue Erinnerung
reminders-add = Erinnerung hinzufügen
reminders-edit-title = Erinnerung bearbeiten
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } um { $time }
reminders-rule-off = { $days } um { $time } (aus)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Als Nächstes: { $times }
reminders-add-one = Eine Erinnerung hinzufügen
reminders-calendar-title = Den Plan mitnehmen
reminders-calendar = Ihre Erinnerungen als wöchentliche Termine in dem Kalender, den Sie schon nutzen: eine Datei (.ics), die jede Kalender-App importieren kann.
reminders-calendar-export = Zum Kalender hinzufügen
reminders-calendar-saved = Gespeichert unter { $path }. Öffnen Sie die Datei mit Ihrer Kalender-App, um die Termine hinzuzufügen.
reminders-options-title = Wenn eine Erinnerung kommt
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Später erinnern nach
reminders-snooze-minutes =
    { $count ->
        [one] Minute
       *[other] Minuten
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = Wenn der Computer im Ruhezustand oder { -brand-name } geschlossen war, trotzdem noch erinnern bis zu
reminders-grace-minutes =
    { $count ->
        [one] Minute verspätet
       *[other] Minuten verspätet
    }

## The Routines screen

routines-title = Routinen
routines-lead = Techniken, zu einer Einheit zusammengestellt, der Sie mit einem Timer folgen können.
routines-new = Neue Routine
routines-import = Routinendatei importieren …
# Headings of the two lists of routines.
routines-built-in = Mitgeliefert
routines-yours = Ihre Routinen
routines-empty-title = Noch keine eigenen Routinen
routines-empty = Erstellen Sie eine von Grund auf mit „{ routines-new }“, oder öffnen Sie eine mitgelieferte Routine und duplizieren Sie sie, um sie zu ändern.
routines-steps =
    { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }
# The button back from a routine to the list (after an arrow).
routines-back = Alle Routinen
# Above a routine's title: where it comes from.
routines-built-in-one = Mitgelieferte Routine
routines-yours-one = Ihre Routine
routines-for-partner = für eine andere Person
routines-duplicate = Duplizieren
routines-export = Exportieren …
routines-print = Drucken …
routines-delete = Löschen …
routines-confirm-delete = „{ $title }“ endgültig löschen? Die Datei wird aus Ihrem Datenordner entfernt.
routines-keep = Behalten
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (meine Kopie)
routines-deleted = „{ $title }“ gelöscht.
routines-imported = „{ $title }“ importiert.
routines-exported = Gespeichert unter { $path }.
routines-saved = Routine gespeichert.

## The routine editor

editor-new-title = Neue Routine
editor-edit-title = Routine bearbeiten
editor-title = Titel
editor-summary = Zusammenfassung
editor-goals = Ziele
editor-for-partner = Für die Massage der Füße einer anderen Person geschrieben
editor-steps = Schritte
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Technik für Schritt { $number }
editor-step-foot = Fuß für Schritt { $number }
editor-step-cue = Hinweis für Schritt { $number }
    .placeholder = Hinweis (optional)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] Sekunde
       *[other] Sekunden
    }
editor-move-up = Schritt { $number } nach oben verschieben
editor-move-down = Schritt { $number } nach unten verschieben
editor-remove-step = Schritt { $number } entfernen
editor-add-step = + Schritt hinzufügen
editor-saving = Wird gespeichert …
editor-save = Routine speichern

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = Sanfter Druck, nie Schmerz. Hören Sie auf und lesen Sie die Sicherheitsseite in { -brand-name }, wenn etwas wehtut, anschwillt oder sich heiß anfühlt.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Programme
# The card's name, for screen readers.
programmes-card = Ihr Programm
programmes-card-done = Alle Einheiten erledigt. Bleiben Sie mit der Routine für zweimal pro Woche im Rhythmus.
programmes-week = Woche { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }, dann { $next }
programmes-joined-done = Sie nehmen an diesem Programm teil: alle Einheiten erledigt. Gut gemacht!
programmes-joined-next = Sie nehmen an diesem Programm teil: Als Nächstes kommt Woche { $week }, Einheit { $session } von { $sessions }.
programmes-leave = Programm verlassen
programmes-remind-on = Erinnern am
# Before a time of day.
programmes-at = Um
programmes-no-days = Keine Tage ausgewählt: Sie nehmen ohne Erinnerung teil.
programmes-reminder-added = Unter „{ nav-reminders }“ wird eine Erinnerung hinzugefügt; sie nennt jeweils Ihre nächste Einheit. Dort können Sie sie ändern oder entfernen.
programmes-join = Teilnehmen
programmes-join-instead = Stattdessen an diesem teilnehmen

## The Settings screen

settings-title = Einstellungen
settings-language-title = Sprache
settings-language = Sprache
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = System ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Ihr System verlangt { $asked }; { -brand-name } zeigt { $shown } an.
settings-goal-title = Ziel und Einheiten
settings-weekly-goal = Wochenziel
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] Einheit pro Woche.
       *[other] Einheiten pro Woche.
    } Zweimal pro Woche ist ein guter Anfang.
settings-week-start = Wochen beginnen am
settings-week-start-hint = Gilt für das Wochenziel und die Serien.
settings-chime = Einen leisen Klang abspielen, wenn der Player zum nächsten Schritt wechselt
settings-autostart-title = Beim Anmelden starten
settings-autostart = { -brand-name } beim Anmelden im Tray starten, damit Erinnerungen ankommen, ohne dass Sie die App öffnen
settings-notifications-title = Benachrichtigungen
settings-notifications = Erinnerungen kommen als Desktop-Benachrichtigungen. Senden Sie eine Testbenachrichtigung, um zu sehen, wie sie aussehen, und um zu prüfen, ob sie Sie erreichen.
settings-test-sending = Wird gesendet …
settings-test-send = Testbenachrichtigung senden
settings-test-sent = Gesendet. Sie finden sie in den Benachrichtigungen Ihres Desktops.
settings-data = Alles, was { -brand-name } speichert, bleibt auf diesem Computer, in einem einzigen Ordner.
settings-version = { -brand-name } { $version }
settings-backups-title = Sicherungen
settings-backups = { -brand-name } kopiert Ihre Datenbank einmal am Tag, wenn es läuft, und vor jedem Update, und behält die letzten { $count } Kopien. Vor dem Wiederherstellen einer Kopie wird zuerst der aktuelle Stand Ihrer Daten gesichert.
settings-no-backups = Noch keine Sicherungen.
# Why a backup was made.
settings-backup-daily = Täglich
settings-backup-before-restore = Vor einer Wiederherstellung
settings-backup-before-upgrade = Vor einem Update
settings-backup-size = { $kilobytes } KB
settings-restore-this = Diese Kopie wiederherstellen
settings-restore = Wiederherstellen …
settings-restored = Wiederhergestellt. Ihre Daten vom Stand unmittelbar davor liegen in { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = Über { -brand-name }
about-lead = Ein Begleiter für die Selbstmassage der Füße: bebilderte Anleitungen, ein Timer für jeden Schritt, Erinnerungen und ein Protokoll, wie Sie sich gefühlt haben. { -brand-name } geht nie online; alles, was es weiß, bleibt auf diesem Computer.
about-built-with = Erstellt mit
about-tauri = { "Tauri" } { $version }
about-data = Einheiten, Einstellungen, Erinnerungen, Ihre eigenen Routinen, tägliche Sicherungen und Protokolle liegen alle in einem Ordner. Um { -brand-name } auf einen anderen Computer umzuziehen, kopieren Sie diesen Ordner bei geschlossener App oder exportieren Sie Ihren Verlauf als JSON.
about-logs = Protokolle
about-open-folder = Datenordner öffnen
about-opened = Im Dateimanager geöffnet.
about-licences-title = Open-Source-Lizenzen
about-licences-failed = Die Liste der Lizenzen konnte nicht geladen werden: { $error }
about-licences = { -brand-name } baut auf { $count } Open-Source-Paketen auf, deren Autorinnen und Autoren wir danken. Jeder Eintrag lässt sich aufklappen und zeigt die Lizenzdateien, die das Paket mitliefert.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [one] { $count } weiterer Lizenzausdruck
       *[other] { $count } weitere Lizenzausdrücke
    }
about-find = Paket oder Lizenz suchen
    .placeholder = z. B. rusqlite oder MPL-2.0
about-package-count =
    { $shown } von { $count ->
        [one] { $count } Paket
       *[other] { $count } Paketen
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Rust-Crate
# $authors lists the package's authors.
about-by = Von { $authors }
# $url is the address of the package's source code.
about-repository = Quellcode: { $url }
about-no-licence-file = Dieses Paket liefert keine Lizenzdatei mit; seine Lizenz ist { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Willkommen · Schritt { $step } von { $steps }
welcome-title = Willkommen bei { -brand-name }
welcome-lead = Bebilderte Selbstmassage für die Füße, ein Timer für jeden Schritt, Erinnerungen zur richtigen Zeit und ein Protokoll, wie Sie sich gefühlt haben. Alles bleibt auf diesem Computer.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Ziel:
welcome-sessions-a-week =
    { $count ->
        [one] Einheit pro Woche
       *[other] Einheiten pro Woche
    }
welcome-rhythm = Fünfzehn Minuten zweimal pro Woche sind ein guter Rhythmus.
welcome-remind-title = Wann soll { -brand-name } Sie erinnern?
# Before a time of day.
welcome-at = Um
welcome-autostart = { -brand-name } beim Anmelden im Tray starten, damit Erinnerungen ankommen
welcome-no-days = Ohne ausgewählte Tage gibt es keine Erinnerungen; Sie können sie später unter „{ nav-reminders }“ hinzufügen.
welcome-safety-title = Vor Ihrer ersten Einheit
welcome-safety = Massage ist sanft, aber manchmal sollten Sie darauf verzichten: bei offenen Wunden, Infektionen, einer frischen Verletzung, einer geschwollenen Wade und mehr. Wenn Sie Diabetes oder eine schlechte Durchblutung haben oder schwanger sind, lesen Sie zuerst die Sicherheitsseite.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = „Wann Sie darauf verzichten“ lesen
welcome-safety-where = Sie finden sie jederzeit unter „{ nav-guides }“.
welcome-back = Zurück
welcome-next = Weiter
welcome-finish = Fertig

## Settings → Sync

settings-sync-title = Synchronisierung
settings-sync-intro = Über einen Ordner, den Sie bereits mit Syncthing, Nextcloud oder Dropbox synchronisieren, bleibt Ihr Verlauf auf all Ihren Computern auf demselben Stand. Kein Konto, kein Server: Solewise schreibt in diesen Ordner nur seine eigenen Dateien, in einen Ordner namens Solewise.
settings-sync-off = Aus: Ihr Verlauf bleibt auf diesem Computer.
settings-sync-choose = Ordner wählen …
settings-sync-choose-title = Ein Ordner, den Ihr Synchronisierungsprogramm mit Ihren anderen Computern teilt
settings-sync-change = Ordner wechseln …
settings-sync-turn-off = Ausschalten
settings-sync-now = Jetzt synchronisieren
settings-sync-folder = Über den Ordner
settings-sync-merged = Zuletzt synchronisiert: { $when }
settings-sync-never = Noch nicht synchronisiert
settings-sync-waiting = { $count ->
    [one] { $count } Änderung wartet auf den Ordner
   *[other] { $count } Änderungen warten auf den Ordner
}
settings-sync-computers = Andere Computer
settings-sync-no-computers = Noch keine: Schalten Sie die Synchronisierung dort mit demselben Ordner ein.
settings-sync-last-change = letzte Änderung: { $when }
settings-sync-name = Name dieses Computers
settings-sync-rename = Umbenennen
settings-sync-merging = Wird abgeglichen … { $percent } %
settings-sync-passphrase = Passphrase für den Ordner
settings-sync-passphrase-hint = Optional: Mit einer Passphrase lassen sich die Dateien im Ordner nur auf denjenigen Ihrer Computer lesen, die diese Passphrase haben. Geben Sie auf jedem dieselbe ein, mindestens 8 Zeichen lang.
settings-sync-encrypted = Die Dateien dieses Computers im Ordner sind mit einer Passphrase verschlüsselt.
settings-sync-passphrase-set = Passphrase festlegen
settings-sync-passphrase-change = Passphrase ändern
settings-sync-passphrase-remove = Passphrase entfernen
