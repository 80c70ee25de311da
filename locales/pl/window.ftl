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
app-could-not-start = Nie udało się uruchomić aplikacji { -brand-name }
app-database-error = Nie udało się otworzyć twoich danych
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Folder danych: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = Nie udało się wczytać tego ekranu: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = Nie ma zestawu „{ $id }”.
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = Następny: { $title } zacznie się po zakończeniu tej sesji.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    Twoja sesja zestawu <strong>{ $title }</strong> została przerwana (wykonano { $done } z { $total ->
        [one] { $total } kroku
        [few] { $total } kroków
        [many] { $total } kroków
       *[other] { $total } kroków
    }). Kontynuować od miejsca, w którym się zatrzymała?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Zachowaj jako częściową

## Words used on several screens

common-cancel = Anuluj
common-close = Zamknij
common-delete = Usuń
common-dismiss = Ukryj
common-edit = Edytuj
common-loading = Wczytywanie…
common-note = Notatka
# After the name of a field that may be left empty.
common-optional = (opcjonalnie)
common-pause = Wstrzymaj
common-resume = Wznów
common-save = Zapisz
common-saved = Zapisano.
common-skip = Pomiń
common-start = Rozpocznij
# Heading of a technique's or a step's cautions.
common-take-care = Uwaga
common-version = Wersja
common-your-data = Twoje dane
common-data-folder = Folder danych
common-database = Baza danych
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>Co przygotować:</strong> { $needs }.

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds =
    { NUMBER($seconds) ->
        [one] { $seconds } s
        [few] { $seconds } s
        [many] { $seconds } s
       *[other] { $seconds } s
    }
# "15 min"
duration-minutes =
    { NUMBER($minutes) ->
        [one] { $minutes } min
        [few] { $minutes } min
        [many] { $minutes } min
       *[other] { $minutes } min
    }
# "2 min 30 s"
duration-minutes-seconds =
    { NUMBER($minutes) ->
        [one] { $minutes } min
        [few] { $minutes } min
        [many] { $minutes } min
       *[other] { $minutes } min
    } { NUMBER($seconds) ->
        [one] { $seconds } s
        [few] { $seconds } s
        [many] { $seconds } s
       *[other] { $seconds } s
    }
# "2 h"
duration-hours =
    { NUMBER($hours) ->
        [one] { $hours } godz.
        [few] { $hours } godz.
        [many] { $hours } godz.
       *[other] { $hours } godz.
    }
# "1 h 5 min"
duration-hours-minutes =
    { NUMBER($hours) ->
        [one] { $hours } godz.
        [few] { $hours } godz.
        [many] { $hours } godz.
       *[other] { $hours } godz.
    } { NUMBER($minutes) ->
        [one] { $minutes } min
        [few] { $minutes } min
        [many] { $minutes } min
       *[other] { $minutes } min
    }

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = Krążenie
goal-stress = Mniej stresu
goal-flexibility = Elastyczność
goal-sleep = Sen
goal-recovery = Regeneracja

## The part of the foot or leg a technique works

area-whole-foot = Cała stopa
area-heel = Pięta
area-arch = Łuk stopy
area-ball = Przodostopie
area-toes = Palce
area-top = Grzbiet stopy
area-ankle = Kostka
area-achilles = Ścięgno Achillesa
area-calf = Łydka
area-sole = Podeszwa

## The groups of techniques on the Guides screen

category-preparation = Przygotowanie
category-sequence = Podstawowa sekwencja
category-library = Więcej technik
category-traditional = Techniki tradycyjne

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = Bez nacisku
pressure-stretch = Łagodne rozciąganie
pressure-light = Lekki nacisk
pressure-medium = Średni nacisk
pressure-firm = Mocny nacisk
pressure-feel-none = nic nie jest uciskane: stopy odpoczywają, moczą się w wodzie albo są nieruchomo trzymane
    .sentence = Nic nie jest uciskane: stopy odpoczywają, moczą się w wodzie albo są nieruchomo trzymane.
pressure-feel-stretch = łagodne pociąganie, utrzymywane albo wykonywane powoli, bez ucisku i bez sprężynowania
    .sentence = Łagodne pociąganie, utrzymywane albo wykonywane powoli, bez ucisku i bez sprężynowania.
pressure-feel-light = sunie po skórze i przesuwa tylko skórę, jak przy rozprowadzaniu olejku
    .sentence = Sunie po skórze i przesuwa tylko skórę, jak przy rozprowadzaniu olejku.
pressure-feel-medium = zagłębia się w mięsień, równomierny i wygodny, nigdy ostry
    .sentence = Zagłębia się w mięsień, równomierny i wygodny, nigdy ostry.
pressure-feel-firm = tak mocny, jak jest przyjemnie, i nigdy aż do bólu
    .sentence = Tak mocny, jak jest przyjemnie, i nigdy aż do bólu.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Lewa stopa
    .phrase = lewa stopa
foot-right = Prawa stopa
    .phrase = prawa stopa
foot-both = Obie stopy
    .phrase = obie stopy

## Kinds of session in the history

kind-guided = Prowadzona
kind-self = Automasaż
kind-partner = Od bliskiej osoby
kind-professional = U specjalisty

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = palce lewej stopy
    .label = Palce lewej stopy
zone-left-ball = przodostopie lewej stopy
    .label = Przodostopie lewej stopy
zone-left-arch = łuk lewej stopy
    .label = Łuk lewej stopy
zone-left-heel = lewa pięta
    .label = Lewa pięta
zone-left-top = grzbiet lewej stopy
    .label = Grzbiet lewej stopy
zone-left-ankle = lewa kostka
    .label = Lewa kostka
zone-left-achilles = lewe ścięgno Achillesa
    .label = Lewe ścięgno Achillesa
zone-left-calf = lewa łydka
    .label = Lewa łydka
zone-right-toes = palce prawej stopy
    .label = Palce prawej stopy
zone-right-ball = przodostopie prawej stopy
    .label = Przodostopie prawej stopy
zone-right-arch = łuk prawej stopy
    .label = Łuk prawej stopy
zone-right-heel = prawa pięta
    .label = Prawa pięta
zone-right-top = grzbiet prawej stopy
    .label = Grzbiet prawej stopy
zone-right-ankle = prawa kostka
    .label = Prawa kostka
zone-right-achilles = prawe ścięgno Achillesa
    .label = Prawe ścięgno Achillesa
zone-right-calf = prawa łydka
    .label = Prawa łydka
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = palce
zone-part-ball = przodostopie
zone-part-arch = łuk
zone-part-heel = pięta
zone-part-top = grzbiet
zone-part-ankle = kostka
zone-part-achilles = Achilles
zone-part-calf = łydka
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Nawigacja główna
nav-guides = Poradniki
    .hint = Ilustrowane techniki
nav-routines = Zestawy
    .hint = Sesje z minutnikiem
nav-history = Historia
    .hint = Minione sesje i cele
nav-reminders = Przypomnienia
    .hint = Kiedy { -brand-name } ci przypomina
nav-settings = Ustawienia
    .hint = Powiadomienia i dane
nav-about = O aplikacji { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Skróty klawiszowe

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Skróty klawiszowe
shortcuts-anywhere = Wszędzie
shortcuts-toggle = Pokazanie lub ukrycie tej listy
shortcuts-key-tab = Tab / Shift+Tab
shortcuts-move = Przechodzenie między elementami
shortcuts-key-enter-space = Enter / Spacja
shortcuts-press = Naciśnięcie zaznaczonego przycisku
shortcuts-player = W odtwarzaczu (niezależnie od tego, gdzie jest fokus; pedały i piloty wysyłają te klawisze)
shortcuts-key-space-enter = Spacja / Enter
shortcuts-pause = Wstrzymanie lub wznowienie
shortcuts-key-next = → / Page Down
shortcuts-next = Przejście do następnego kroku
shortcuts-key-previous = ← / Page Up
shortcuts-previous = Powrót do poprzedniego kroku
shortcuts-key-escape = Esc
shortcuts-end = Zakończenie sesji (z pytaniem o potwierdzenie)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] Pominięto jeden plik.
        [few] Pominięto { $count } pliki.
        [many] Pominięto { $count } plików.
       *[other] Pominięto { $count } pliku.
    }</strong> Wszystko inne zostało wczytane.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = Poradniki
guides-lead = Techniki krok po kroku dla pięt, łuków stóp, przodostopia i palców.
guides-needs-title = Czego dziś potrzebujesz?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Przed snem
guides-need-after-sport = Po sporcie
guides-need-before-run = Przed bieganiem
guides-need-long-day = Po długim dniu na nogach
guides-need-morning-heel = Poranny ból pięty
guides-need-desk = Przerwa przy biurku
guides-need-three-minutes = Trzy minuty
guides-need-pregnancy = Delikatnie w ciąży
guides-need-no-bend = Bez schylania się
guides-need-toes = Silniejsze palce
guides-need-twice-weekly = Pełna sesja dwa razy w tygodniu
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Zanim zaczniesz
guides-pressure-title = Jak mocno uciskać: od braku nacisku do mocnego
guides-pressure-note = Każdy poradnik podaje, jakiego nacisku wymaga. Ból to zawsze sygnał, żeby zmniejszyć nacisk.
guides-search = Szukaj
    .placeholder = ból pięty, biurko, nazwa…
guides-goal = Cel
guides-goal-any = Dowolny cel
guides-area = Obszar
guides-area-any = Dowolny obszar
# The filter by how long a technique takes.
guides-length = Czas trwania
guides-length-any = Dowolny czas
guides-length-short = Do 1 minuty
guides-length-medium = Od 1 do 3 minut
guides-length-long = Ponad 3 minuty
guides-clear-filters = Wyczyść filtry
guides-technique-count =
    { $count ->
        [one] { $count } technika
        [few] { $count } techniki
        [many] { $count } technik
       *[other] { $count } techniki
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } z { $count ->
        [one] { $count } techniki
        [few] { $count } technik
        [many] { $count } technik
       *[other] { $count } techniki
    }
# Heading of the routines the search found.
guides-found-routines = Zestawy
guides-empty-title = Żadna technika nie pasuje
guides-empty = Spróbuj użyć mniej filtrów albo innego słowa.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = Wszystkie poradniki

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = O tej technice
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong>: { $feels }.
technique-no-drawing = Rysunek niedostępny
technique-how-to = Jak to zrobić
# The name (for screen readers) of the technique's own timer.
technique-timer = Minutnik: { $title }
technique-feel = Co poczujesz
technique-tradition = Skąd się wywodzi

## The timer on a technique's page

timer-label = Minutnik
timer-start = Uruchom minutnik
timer-reset = Wyzeruj
timer-done = Czas minął. Świetnie ci poszło.

## The player's check-in, before the first step

checkin-title = Zanim zaczniesz
checkin-stress = Jaki jest teraz twój poziom stresu?
checkin-foot-map = Coś boli? Oceń to na mapie stóp
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Zrezygnuj dziś, jeśli…
checkin-skip-fever = masz gorączkę albo źle się czujesz;
checkin-skip-wound = na stopie jest otwarta rana, pęcherz lub zakażenie;
checkin-skip-hot = stopa jest gorąca, zaczerwieniona lub obrzęknięta;
checkin-skip-calf = łydka jest bolesna i obrzęknięta: jeszcze dziś idź do lekarza, a jeśli brakuje ci tchu albo czujesz ból w klatce piersiowej, zadzwoń pod numer alarmowy.
checkin-safety = Kiedy zrezygnować z masażu, a kiedy iść do lekarza
checkin-begin = Zacznij
checkin-skip-and-begin = Pomiń i zacznij
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } spokój
stress-scale-stressed = { $level } bardzo silny stres

## The player's check-out, after the last step

checkout-well-done = Dobra robota
checkout-saved = Sesja zapisana
checkout-summary =
    { $duration } masażu, wykonano { $done } z { $total ->
        [one] { $total } kroku
        [few] { $total } kroków
        [many] { $total } kroków
       *[other] { $total } kroków
    }.
checkout-summary-partial =
    { $duration } masażu, wykonano { $done } z { $total ->
        [one] { $total } kroku
        [few] { $total } kroków
        [many] { $total } kroków
       *[other] { $total } kroków
    }, zapisano jako częściową.
checkout-stress = A jaki jest twój poziom stresu teraz?
checkout-foot-map = Jak teraz czują się bolące miejsca?
checkout-note-placeholder = Jak poszło? Coś, o czym warto pamiętać następnym razem?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (opcjonalnie)
       *[other] (opcjonalnie, ocenione strefy: { $rated })
    }
footmap-how = Dotknij strefy, a potem wybierz, jak bardzo boli: 0 to brak bólu, 10 to najgorszy ból.
footmap-same-as-last = Tak jak ostatnio
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: bez oceny
footmap-zone-rated = { $zone }: { $rating } na 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = Jak bardzo boli to miejsce: { $zone }?
footmap-clear = Wyczyść

## The player: the steps of a session

player-progress = Postęp zestawu
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Krok { $number } z { $total } · łącznie zostało { $left }
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Ten krok wykonaj na prawej stopie.
player-up-next = Dalej: { $title } · { $foot } · { $duration }
player-last-step = Ostatni krok
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Dziś pracuj delikatnie wokół bolącego miejsca ({ $zone }): na początku sesji oceniono ból na { $rating } na 10.
player-sore-leave-out = Dziś uciskaj lekko albo pomiń bolące miejsce ({ $zone }): na początku sesji oceniono ból na { $rating } na 10.
# Said by screen readers as each step starts.
player-announce-step = Krok { $number } z { $total }: { $title }, { $foot }
player-confirm-end =
    Zakończyć sesję teraz? Zostanie zapisana jako częściowa: do tej pory { $done ->
        [one] wykonano { $done } krok
        [few] wykonano { $done } kroki
        [many] wykonano { $done } kroków
       *[other] wykonano { $done } kroku
    }.
player-end-and-save = Zakończ i zapisz
player-keep-going = Kontynuuj
player-controls = Sterowanie odtwarzaczem
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Wstecz
player-restart-step = Powtórz krok
player-skip = Pomiń
player-end = Zakończ
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Spacja lub Enter – pauza · ← wstecz · → pomiń · Esc – koniec (działa też pedał lub pilot)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Uwaga: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Przejdź do lewej stopy.
       *[right] Przejdź do prawej stopy.
    }
voice-finished = To już cały zestaw. Dobra robota.
# Said half-way through a long step.
voice-half-way = Połowa. Tak trzymaj.
voice-no-service = Prowadzenie głosowe jest włączone, ale nie znaleziono usługi mowy. Dzwonek nadal oznacza każdy krok.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = Prowadzenie głosowe jest włączone, ale nie działa. { $problem } Dzwonek nadal oznacza każdy krok.
voice-unavailable = Prowadzenie głosowe jest niedostępne: { $error }
voice-stopped = Prowadzenie głosowe zostało przerwane: { $error } Dzwonek nadal oznacza każdy krok.
voice-title = Prowadzenie głosowe
voice-speak-steps = Czytaj na głos każdy krok: jego nazwę, stopę i wskazówkę, „połowa” w długich krokach i zmianę stopy, gdy nadchodzi
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    Na tym komputerze nie odpowiedziała żadna usługa mowy, więc odtwarzacz nie może mówić: { $problem }
    W Debianie lub Ubuntu zainstaluj <code>{ "speech-dispatcher" }</code> i <code>{ "espeak-ng" }</code>. Do tego czasu każdy krok oznacza dzwonek.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = Żaden głos na tym komputerze nie mówi w języku interfejsu ({ $language }), więc kroki nie będą czytane na głos: Solewise nigdy nie czyta ich głosem w innym języku. Zainstaluj odpowiedni głos (espeak-ng ma głos dla języka { $language }) i ponownie otwórz Ustawienia.
voice-voice = Głos
voice-default = Domyślny głos systemu
voice-speed = Tempo
voice-speed-normal = Normalne
voice-speed-slower = Wolniejsze
voice-speed-faster = Szybsze
voice-sample = Posłuchaj próbki
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = Tak odtwarzacz będzie cię prowadzić.
voice-sample-step = Kółka kciukami na pięcie. Lewa stopa. Najpierw pięta.
voice-looking = Szukanie usługi mowy…

## The History screen: the sessions

history-title = Historia
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = Widoki historii
history-tab-sessions = Sesje
history-tab-insights = Statystyki
history-logged = Sesja zapisana.
history-exported = Wyeksportowano do { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Sesja prowadzona
history-title-self = Automasaż
history-title-partner = Masaż od bliskiej osoby
history-title-professional = Masaż u specjalisty
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Stres { $before } → { $after }
    .title = Stres przed → po (1 spokój, 10 bardzo silny stres)
history-deleted = Usunięto „{ $title }”.
history-undo = Cofnij
history-import-summary = <strong>Import zakończony:</strong> dodano: { $added }, już istniało: { $skipped }, odrzucono: { $rejected }.
# The button back from a session to the list (after an arrow).
history-back = Wszystkie sesje
# Said of a session that was ended before its last step.
history-partial = częściowa
history-completed = ukończona
history-steps-of =
    { $done } z { $total ->
        [one] { $total } kroku
        [few] { $total } kroków
        [many] { $total } kroków
       *[other] { $total } kroków
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } kroku
        [few] { $done }/{ $total } kroków
        [many] { $done }/{ $total } kroków
       *[other] { $done }/{ $total } kroków
    }
history-zones-before = Bolące miejsca na początku
history-zones-after = Na koniec
history-stress-before = Stres przed
history-stress-after = Stres po
history-not-rated = Bez oceny
history-therapist = Terapeuta
history-save-changes = Zapisz zmiany
history-log-title = Dodaj sesję
history-log-kind = Rodzaj
history-log-kind-professional = Masaż u specjalisty
history-log-when = Kiedy
history-log-minutes = Minuty
history-log-name = Nazwa
history-routine = Zestaw
history-log-no-routine = Brak
history-export-csv = Eksportuj CSV…
history-export-json = Eksportuj JSON…
history-import = Importuj…
history-all-routines = Wszystkie zestawy
history-kind = Rodzaj
history-all-kinds = Wszystkie rodzaje
# The first and last day of the sessions shown.
history-from = Od
history-to = Do
history-session-count =
    { $count ->
        [one] { $count } sesja
        [few] { $count } sesje
        [many] { $count } sesji
       *[other] { $count } sesji
    }
history-empty-title = Nie ma jeszcze sesji
history-empty = Wykonaj zestaw z ekranu { nav-routines }, a sesja zapisze się tutaj na bieżąco, albo dodaj sesję odbytą bez aplikacji.
history-older = Pokaż starsze sesje

## The History screen: insights

insights-this-week = Ten tydzień
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } z { $goal }
insights-weekly-goal = Cel tygodniowy
insights-goal-met = Cel osiągnięty. Pięknie.
# Sessions still to do this week.
insights-to-go = Zostało: { $count }
insights-streak = Seria
insights-weeks =
    { $count ->
        [one] { $count } tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = z rzędu z osiągniętym celem · rekord: { $best }
insights-first-session = Twoja pierwsza sesja
insights-good-start = Dobry początek
insights-streak-begin =
    { $goal ->
        [one] { $goal } sesja w tygodniu rozpoczyna serię.
        [few] { $goal } sesje w tygodniu rozpoczynają serię.
        [many] { $goal } sesji w tygodniu rozpoczyna serię.
       *[other] { $goal } sesji w tygodniu rozpoczyna serię.
    }
insights-streak-begin-well-done =
    Dobra robota. { $goal ->
        [one] { $goal } sesja w tygodniu rozpoczyna serię.
        [few] { $goal } sesje w tygodniu rozpoczynają serię.
        [many] { $goal } sesji w tygodniu rozpoczyna serię.
       *[other] { $goal } sesji w tygodniu rozpoczyna serię.
    }
insights-best-so-far =
    Rekord: { $count ->
        [one] { $count } tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }.
insights-streak-empty = Tu pojawią się kolejne tygodnie z rzędu, w których osiągasz cel.
insights-minutes = Minuty
# Under the minutes of massage this week.
insights-minutes-detail = w tym tygodniu, z tych samych sesji co cel · { $month } w tym miesiącu · łącznie { $all }
insights-stress = Stres
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    spadek o { $points ->
        [one] { $points } punkt
        [few] { $points } punkty
        [many] { $points } punktów
       *[other] { $points } punktu
    }
insights-stress-up =
    wzrost o { $points ->
        [one] { $points } punkt
        [few] { $points } punkty
        [many] { $points } punktów
       *[other] { $points } punktu
    }
insights-stress-same = bez zmian
insights-stress-none = Oceń stres przed sesją i po niej, żeby zobaczyć zmianę.
insights-stress-detail = średnio po sesji w porównaniu ze stanem przed nią
insights-year = Ostatnie 12 miesięcy
# The calendar of sessions, for screen readers.
insights-heatmap = Sesje dzień po dniu w ostatnich 12 miesiącach: łącznie { $count }
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] brak sesji
        [one] { $count } sesja
        [few] { $count } sesje
        [many] { $count } sesji
       *[other] { $count } sesji
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = Brak sesji
insights-legend-most = { $count } lub więcej dziennie
insights-stress-title = Stres przed i po
insights-stress-chart = Stres przed każdą ocenioną sesją i po niej
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = przed
insights-legend-after = po
insights-legend-dates = od { $first } do { $last }
insights-stress-empty = Oceń stres przed sesją i po niej, a zobaczysz go tutaj.
insights-top-routines = Najczęściej używane zestawy
insights-top-techniques = Najczęściej używane techniki
insights-none-yet = Na razie brak.
insights-steps =
    { $count ->
        [one] { $count } krok
        [few] { $count } kroki
        [many] { $count } kroków
       *[other] { $count } kroku
    }

## The History screen: the foot zones' trends

zones-title = Strefy stóp
zones-period = Ostatnie dwanaście tygodni
zones-empty = Oceniaj bolące miejsca na mapie stóp na początku sesji; strefa oceniona trzy razy pokaże tu swój trend.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Od dwóch tygodni ocena bólu ({ $zone }) wynosi { $rating } lub więcej. Ból, który się utrzymuje, warto pokazać specjaliście.
zones-see-someone = Kiedy iść do specjalisty
zones-ratings =
    { $count ->
        [one] { $count } ocena
        [few] { $count } oceny
        [many] { $count } ocen
       *[other] { $count } oceny
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = zmiana będzie widoczna po miesiącu
zones-change-none = bez zmian od pierwszego miesiąca
zones-change-down = spadek o { $size } od pierwszego miesiąca
zones-change-up = wzrost o { $size } od pierwszego miesiąca
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, średnia tygodniowa: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Przypomnienia
reminders-lead = { -brand-name } przypomina ci, kiedy przychodzi czas na sesję, nawet przy zamkniętym oknie: z zasobnika systemowego.
reminders-days = Dni
reminders-time = Godzina
reminders-routine = Zestaw
# A reminder's own text, shown in its notification.
reminders-label = Treść
# The notification's text when a reminder has no label of its own.
reminders-default-label = Czas na masaż stóp
# The checkbox that turns a reminder on.
reminders-on = Włączone
reminders-also-autostart = Uruchamiaj też { -brand-name } w zasobniku systemowym po zalogowaniu
reminders-offer-title = Przypominać ci dwa razy w tygodniu?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Piętnaście minut dwa razy w tygodniu to przepis na zadowolone stopy. { -brand-name } proponuje: { $days }, o { $time }; wybierz dni i godzinę, które ci pasują.
reminders-offer-accept = Wybierz dni i godzinę
reminders-offer-dismiss = Nie teraz
reminders-paused-forever = <strong>Przypomnienia są wstrzymane</strong>, dopóki znów ich nie włączysz.
# $until is a day and time.
reminders-paused-until = <strong>Przypomnienia są wstrzymane</strong> do { $until }.
reminders-resume = Włącz przypomnienia ponownie
reminders-next = Następne przypomnienie: { $when }
reminders-none = Brak ustawionych przypomnień.
reminders-pause-today = Wstrzymaj na dziś
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Wstrzymaj na
    .input = Liczba dni wstrzymania
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dnia
    }
reminders-pause-until-resumed = Wstrzymaj, dopóki znów ich nie włączę
reminders-new = Nowe przypomnienie
reminders-add = Dodaj przypomnienie
reminders-edit-title = Edytuj przypomnienie
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } o { $time }
reminders-rule-off = { $days } o { $time } (wyłączone)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Następne: { $times }
reminders-add-one = Dodaj przypomnienie
reminders-calendar-title = Zabierz plan ze sobą
reminders-calendar = Twoje przypomnienia jako cotygodniowe wydarzenia w kalendarzu, którego już używasz: plik (.ics), który zaimportuje każda aplikacja kalendarza.
reminders-calendar-export = Dodaj do kalendarza
reminders-calendar-saved = Zapisano w { $path }. Otwórz ten plik w aplikacji kalendarza, żeby dodać wydarzenia.
reminders-options-title = Gdy przychodzi przypomnienie
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Przypomnij ponownie za
reminders-snooze-minutes =
    { $count ->
        [one] minutę
        [few] minuty
        [many] minut
       *[other] minuty
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = Jeśli komputer był uśpiony albo { -brand-name } był zamknięty, przypomnij mi mimo to z opóźnieniem do
reminders-grace-minutes =
    { $count ->
        [one] minuty
        [few] minut
        [many] minut
       *[other] minuty
    }

## The Routines screen

routines-title = Zestawy
routines-lead = Techniki połączone w sesję, którą możesz wykonać z minutnikiem.
routines-new = Nowy zestaw
routines-import = Importuj plik zestawu…
# Headings of the two lists of routines.
routines-built-in = Wbudowane
routines-yours = Twoje zestawy
routines-empty-title = Nie masz jeszcze własnych zestawów
routines-empty = Utwórz zestaw od zera przyciskiem { routines-new } albo otwórz wbudowany zestaw i zduplikuj go, żeby go zmienić.
routines-steps =
    { $count ->
        [one] { $count } krok
        [few] { $count } kroki
        [many] { $count } kroków
       *[other] { $count } kroku
    }
# The button back from a routine to the list (after an arrow).
routines-back = Wszystkie zestawy
# Above a routine's title: where it comes from.
routines-built-in-one = Zestaw wbudowany
routines-yours-one = Twój zestaw
routines-for-partner = dla bliskiej osoby
routines-duplicate = Duplikuj
routines-export = Eksportuj…
routines-print = Drukuj…
routines-delete = Usuń…
routines-confirm-delete = Usunąć „{ $title }” na zawsze? Jego plik zostanie usunięty z folderu danych.
routines-keep = Zachowaj
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (moja kopia)
routines-deleted = Usunięto „{ $title }”.
routines-imported = Zaimportowano „{ $title }”.
routines-exported = Zapisano w { $path }.
routines-saved = Zestaw zapisany.

## The routine editor

editor-new-title = Nowy zestaw
editor-edit-title = Edytuj zestaw
editor-title = Tytuł
editor-summary = Opis
editor-goals = Cele
editor-for-partner = Do masowania stóp innej osoby
editor-steps = Kroki
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } krok
        [few] { $count } kroki
        [many] { $count } kroków
       *[other] { $count } kroku
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Technika kroku { $number }
editor-step-foot = Stopa kroku { $number }
editor-step-cue = Wskazówka kroku { $number }
    .placeholder = Wskazówka (opcjonalnie)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] sekunda
        [few] sekundy
        [many] sekund
       *[other] sekundy
    }
editor-move-up = Przesuń krok { $number } w górę
editor-move-down = Przesuń krok { $number } w dół
editor-remove-step = Usuń krok { $number }
editor-add-step = + Dodaj krok
editor-saving = Zapisywanie…
editor-save = Zapisz zestaw

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = Łagodny nacisk, nigdy ból. Jeśli coś boli, puchnie albo jest gorące, przerwij i zajrzyj na stronę o bezpieczeństwie w aplikacji { -brand-name }.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Programy
# The card's name, for screen readers.
programmes-card = Twój program
programmes-card-done = Wszystkie sesje wykonane. Utrzymaj rytm z zestawem na dwa razy w tygodniu.
programmes-week = Tydzień { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }, potem { $next }
programmes-joined-done = Bierzesz udział w tym programie: wszystkie sesje wykonane. Dobra robota!
programmes-joined-next = Bierzesz udział w tym programie: teraz tydzień { $week }, sesja { $session } z { $sessions }.
programmes-leave = Opuść program
programmes-remind-on = Przypominaj mi w dni
# Before a time of day.
programmes-at = O godzinie
programmes-no-days = Nie zaznaczono żadnego dnia: dołączysz bez przypomnienia.
programmes-reminder-added = W sekcji { nav-reminders } zostanie dodane przypomnienie, które będzie na bieżąco podawać twoją następną sesję. Tam możesz je zmienić lub usunąć.
programmes-join = Dołącz
programmes-join-instead = Dołącz do tego programu zamiast obecnego

## The Settings screen

settings-title = Ustawienia
settings-language-title = Język
settings-language = Język
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = Systemowy ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Twój system prosi o język: { $asked }; { -brand-name } wyświetla: { $shown }.
settings-goal-title = Cel i sesje
settings-weekly-goal = Cel tygodniowy
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] sesja w tygodniu.
        [few] sesje w tygodniu.
        [many] sesji w tygodniu.
       *[other] sesji w tygodniu.
    } Dwa razy w tygodniu to dobry początek.
settings-week-start = Pierwszy dzień tygodnia
settings-week-start-hint = Używany przy celu tygodniowym i seriach.
settings-chime = Odtwarzaj cichy dzwonek, gdy odtwarzacz przechodzi do następnego kroku
settings-autostart-title = Uruchamianie po zalogowaniu
settings-autostart = Uruchamiaj { -brand-name } w zasobniku systemowym po zalogowaniu, żeby przypomnienia przychodziły bez otwierania aplikacji
settings-notifications-title = Powiadomienia
settings-notifications = Przypomnienia przychodzą jako powiadomienia na pulpicie. Wyślij powiadomienie testowe, żeby zobaczyć, jak wyglądają, i sprawdzić, czy do ciebie docierają.
settings-test-sending = Wysyłanie…
settings-test-send = Wyślij powiadomienie testowe
settings-test-sent = Wysłano. Poszukaj go wśród powiadomień na pulpicie.
settings-data = Wszystko, co przechowuje { -brand-name }, zostaje na tym komputerze, w jednym folderze.
settings-version = { -brand-name } { $version }
settings-backups-title = Kopie zapasowe
settings-backups =
    { -brand-name } kopiuje twoją bazę danych raz dziennie, gdy działa, i przed każdą aktualizacją, a przechowuje { $count ->
        [one] ostatnią kopię
        [few] { $count } ostatnie kopie
        [many] { $count } ostatnich kopii
       *[other] { $count } ostatniej kopii
    }. Przed przywróceniem którejś z nich zapisywana jest kopia twoich obecnych danych.
settings-no-backups = Nie ma jeszcze kopii zapasowych.
# Why a backup was made.
settings-backup-daily = Codzienna
settings-backup-before-restore = Przed przywróceniem
settings-backup-before-upgrade = Przed aktualizacją
settings-backup-size = { $kilobytes } KB
settings-restore-this = Przywróć tę kopię
settings-restore = Przywróć…
settings-restored = Przywrócono. Twoje dane sprzed przywrócenia zachowano w { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = O aplikacji { -brand-name }
about-lead = Towarzysz automasażu stóp: ilustrowane poradniki, minutnik do każdego kroku, przypomnienia i zapis twoich odczuć. { -brand-name } nigdy nie łączy się z internetem; wszystko, co wie, zostaje na tym komputerze.
about-built-with = Zbudowano przy użyciu
about-tauri = { "Tauri" } { $version }
about-data = Sesje, ustawienia, przypomnienia, twoje własne zestawy, codzienne kopie zapasowe i logi znajdują się w jednym folderze. Aby przenieść { -brand-name } na inny komputer, skopiuj ten folder przy zamkniętej aplikacji albo wyeksportuj historię do formatu JSON.
about-logs = Logi
about-open-folder = Otwórz folder danych
about-opened = Otwarto w menedżerze plików.
about-licences-title = Licencje open source
about-licences-failed = Nie udało się wczytać listy licencji: { $error }
about-licences =
    { -brand-name } powstał dzięki { $count ->
        [one] { $count } pakietowi
       *[other] { $count } pakietom
    } open source, których autorom dziękujemy. Każda pozycja po rozwinięciu pokazuje pliki licencji dołączone do pakietu.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [one] { $count } inne wyrażenie licencyjne
        [few] { $count } inne wyrażenia licencyjne
        [many] { $count } innych wyrażeń licencyjnych
       *[other] { $count } innego wyrażenia licencyjnego
    }
about-find = Znajdź pakiet lub licencję
    .placeholder = np. rusqlite lub MPL-2.0
about-package-count =
    { $shown } z { $count ->
        [one] { $count } pakietu
        [few] { $count } pakietów
        [many] { $count } pakietów
       *[other] { $count } pakietu
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Crate Rusta
# $authors lists the package's authors.
about-by = Autorzy: { $authors }
# $url is the address of the package's source code.
about-repository = Źródło: { $url }
about-no-licence-file = Ten pakiet nie zawiera pliku licencji; jego licencja to { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Witaj · krok { $step } z { $steps }
welcome-title = Witaj w { -brand-name }
welcome-lead = Ilustrowany automasaż stóp, minutnik do każdego kroku, przypomnienia we właściwym czasie i zapis twoich odczuć. Wszystko zostaje na tym komputerze.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Mój cel:
welcome-sessions-a-week =
    { $count ->
        [one] sesja w tygodniu
        [few] sesje w tygodniu
        [many] sesji w tygodniu
       *[other] sesji w tygodniu
    }
welcome-rhythm = Piętnaście minut dwa razy w tygodniu to dobry rytm.
welcome-remind-title = Kiedy { -brand-name } ma ci przypominać?
# Before a time of day.
welcome-at = O godzinie
welcome-autostart = Uruchamiaj { -brand-name } w zasobniku systemowym po zalogowaniu, żeby przypomnienia docierały
welcome-no-days = Bez zaznaczonych dni nie będzie przypomnień; możesz je dodać później w sekcji { nav-reminders }.
welcome-safety-title = Przed pierwszą sesją
welcome-safety = Masaż jest łagodny, ale są sytuacje, w których lepiej z niego zrezygnować: otwarte rany, zakażenia, niedawny uraz, obrzęknięta łydka i inne. Jeśli masz cukrzycę lub słabe krążenie albo jesteś w ciąży, najpierw przeczytaj stronę o bezpieczeństwie.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = Przeczytaj „Kiedy zrezygnować z masażu”
welcome-safety-where = Zawsze znajdziesz ją w sekcji { nav-guides }.
welcome-back = Wstecz
welcome-next = Dalej
welcome-finish = Gotowe

## Settings → Sync

settings-sync-title = Synchronizacja
settings-sync-intro = Miej tę samą historię na wszystkich swoich komputerach dzięki folderowi, który już synchronizujesz przez Syncthing, Nextcloud lub Dropbox. Bez konta i bez serwera: Solewise zapisuje w tym folderze tylko własne pliki, w folderze o nazwie Solewise.
settings-sync-off = Wyłączona: twoja historia zostaje na tym komputerze.
settings-sync-choose = Wybierz folder…
settings-sync-choose-title = Folder, który twój program do synchronizacji udostępnia innym twoim komputerom
settings-sync-change = Zmień folder…
settings-sync-turn-off = Wyłącz
settings-sync-now = Synchronizuj teraz
settings-sync-folder = Przez folder
settings-sync-merged = Ostatnia synchronizacja: { $when }
settings-sync-never = Jeszcze nie zsynchronizowano
settings-sync-waiting = { $count ->
    [one] { $count } zmiana czeka na folder
    [few] { $count } zmiany czekają na folder
    [many] { $count } zmian czeka na folder
   *[other] { $count } zmiany czeka na folder
}
settings-sync-computers = Inne komputery
settings-sync-no-computers = Na razie brak: włącz tam synchronizację z tym samym folderem.
settings-sync-last-change = ostatnia zmiana: { $when }
settings-sync-name = Nazwa tego komputera
settings-sync-rename = Zmień nazwę
settings-sync-merging = Scalanie… { $percent }%
settings-sync-passphrase = Hasło do folderu
settings-sync-passphrase-hint = Opcjonalnie: jeśli ustawisz hasło, pliki w folderze będzie można odczytać tylko na tych twoich komputerach, które je mają. Podaj na każdym z nich to samo hasło, mające co najmniej 8 znaków.
settings-sync-encrypted = Pliki tego komputera w folderze są zaszyfrowane hasłem.
settings-sync-passphrase-set = Ustaw hasło
settings-sync-passphrase-change = Zmień hasło
settings-sync-passphrase-remove = Usuń hasło
