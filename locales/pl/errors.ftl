# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = Błąd bazy danych historii: { $error }
# $folder is the data folder's path.
database-create-folder = Nie udało się utworzyć folderu danych { $folder }: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = Bazę danych { $file } zapisała nowsza wersja Solewise (wersja danych { $found }; ta wersja obsługuje najwyżej { $supported }). Baza pozostała nietknięta. Zaktualizuj Solewise albo uruchom go z opcją --data-dir wskazującą inny folder.
# $to is where the damaged file was to be moved.
database-move-aside-failed = Baza danych { $file } jest uszkodzona i nie udało się jej przenieść do { $to }: { $error }
database-backup-failed = Nie udało się utworzyć kopii zapasowej { $file } przed aktualizacją: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = Aktualizacja bazy danych { $file } do wersji danych { $version } nie powiodła się, więc nic nie zostało zmienione: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = Baza danych { $file } jest uszkodzona ({ $reason }). Przeniesiono ją do { $moved_to } i zachowano; nic więcej nie zrobiono. Uruchom Solewise, żeby zacząć nową historię, albo przywróć kopię zapasową na ekranie Historia.
database-damaged-left-alone = Baza danych { $file } jest uszkodzona ({ $reason }). Pozostawiono ją bez zmian i nic z niej nie odczytano. Uruchom Solewise (albo dowolne polecenie, które zmienia dane), żeby przenieść ją w inne miejsce i zacząć nową historię.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = Plik { $file } nie jest bazą danych Solewise ({ $reason }). Pozostawiono go nietkniętym. Przenieś go w inne miejsce albo uruchom Solewise z opcją --data-dir wskazującą inny folder.
database-folder-is-a-file = Folder danych { $folder } jest plikiem, a nie folderem. Przenieś ten plik w inne miejsce albo podaj --data-dir z innym folderem.
database-create-failed = Nie udało się utworzyć bazy danych { $file }: { $error }
database-read-failed = Nie udało się odczytać bazy danych { $file }: { $error }
database-sqlite = Baza danych { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Nie udało się odczytać twojej bazy danych Solewise ({ $reason }). Przeniesiono ją do { $moved_to } (nic nie zostało usunięte) i utworzono nową, pustą bazę danych.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = to jest folder
database-reason-empty = plik jest pusty (0 bajtów)
# $version is a number found in the file.
database-reason-odd-version = ma wersję danych { $version }, której nie zapisuje żadna wersja Solewise
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = to baza danych SQLite z innymi tabelami ({ $tables }) i bez wersji danych Solewise
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check znalazł: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = W folderze kopii zapasowych nie ma kopii o nazwie „{ $name }”.

## Finding the data folder.

store-no-data-folder = Nie udało się znaleźć folderu danych aplikacji w tym systemie (czy zmienna HOME jest ustawiona?). Podaj --data-dir DIR, żeby go wybrać.
# $folder is the path that was worked out.
store-data-folder-relative = Folderem danych aplikacji byłby „{ $folder }”, a to nie jest ścieżka bezwzględna (sprawdź HOME i XDG_DATA_HOME). Podaj --data-dir DIR, żeby wybrać folder.

## Settings.

settings-weekly-goal-range = Cel tygodniowy to od { $min } do { $max } sesji.
# $day is what was sent.
settings-not-a-weekday = „{ $day }” to nie jest dzień tygodnia.
settings-voice-rate-range = Tempo głosu wynosi od -100 (najwolniej) do 100 (najszybciej).
# $name is what was sent.
settings-not-a-voice = „{ $name }” to nie jest nazwa głosu.
settings-snooze-range = Przypomnienie można odłożyć na od { $min } do { $max } minut.
settings-grace-range = Dopuszczalne opóźnienie wynosi od 5 minut do 24 godzin.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = Nie udało się odczytać ustawienia uruchamiania po zalogowaniu: { $error }
settings-autostart-on-failed = Nie udało się włączyć uruchamiania po zalogowaniu: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = Nie udało się włączyć uruchamiania po zalogowaniu: reg.exe odmówił.
settings-autostart-no-home = Nie udało się włączyć uruchamiania po zalogowaniu: brak folderu domowego (zmienna HOME nie jest ustawiona).
settings-autostart-on-file-failed = Nie udało się włączyć uruchamiania po zalogowaniu ({ $file }): { $error }
settings-autostart-off-failed = Nie udało się wyłączyć uruchamiania po zalogowaniu: { $error }
settings-autostart-off-refused = Nie udało się wyłączyć uruchamiania po zalogowaniu: reg.exe odmówił.
settings-autostart-off-file-failed = Nie udało się wyłączyć uruchamiania po zalogowaniu ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = „{ $day }” to nie jest dzień: użyj mon, tue, wed, thu, fri, sat lub sun
reminder-no-days = przypomnienie musi mieć co najmniej jeden dzień
# $time is what was typed.
reminder-not-a-time = „{ $time }” to nie jest godzina: użyj formatu 24-godzinnego HH:MM, np. 20:00
reminder-label-too-long = treść może mieć najwyżej 80 znaków
# $char is the character's code, such as U+0007.
reminder-label-control-char = treść nie może zawierać znaku sterującego { $char }
# $id is the reminder's number.
reminder-not-found = nie ma przypomnienia { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = Nie ma zestawu „{ $routine }”, o którym można by przypominać: wybierz zestaw z listy albo sprawdź identyfikatory poleceniem `solewise routines list`.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = Nie udało się wyświetlić przypomnienia zaplanowanego na { $time }: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = „{ $length }” to nie jest długość: użyj np. 2d, 12h lub 90m
# $days is the longest pause, in days.
schedule-pause-too-long = „{ $length }” to dłużej niż najdłuższa możliwa przerwa, czyli { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }: uruchom `solewise pause` bez --for, żeby wstrzymać przypomnienia do czasu `solewise resume`
schedule-pause-zero = „{ $length }” to żadna przerwa: podaj co najmniej 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = „{ $date }” to nie jest data: użyj formatu YYYY-MM-DD
schedule-pause-date-out-of-range = Data „{ $date }” jest poza zakresem: podaj datę przed rokiem 9999
schedule-pause-date-past = Dzień „{ $date }” już się zaczął: podaj datę późniejszą niż dzisiejsza
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = Ten system nie zna strefy czasowej TZ="{ $tz }", więc godziny są podawane w UTC. Ustaw TZ na nazwę taką jak Europe/Warsaw albo usuń tę zmienną, żeby użyć ustawienia systemu.

## Guided sessions.

session-stress-range = stres ocenia się w skali od 1 do 10
# $routine is the routine id asked for.
session-no-routine = Nie ma zestawu „{ $routine }”.
session-routine-gone = Zestaw „{ $routine }” już nie istnieje, więc sesję zachowano jako częściową.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = Nie ma sesji { $id } (mogła zostać usunięta).
# $value is the rating that was sent.
history-stress-before-range = stres przed sesją musi wynosić od 1 (spokój) do 10 (bardzo silny stres), a nie { $value }
history-stress-after-range = stres po sesji musi wynosić od 1 (spokój) do 10 (bardzo silny stres), a nie { $value }
history-note-too-long = notatka jest dłuższa niż { $max } znaków
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = Nie można przywrócić tej sesji: { $reason }.
history-already-there = Sesja { $id } jest już w historii.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = czas rozpoczęcia musi mieć postać 2026-11-24T20:00, a nie „{ $text }”
# $error is what the date library said.
history-start-time-error = czas rozpoczęcia: { $error }
history-logged-kind = sesja dodana ręcznie to automasaż, masaż od bliskiej osoby albo masaż u specjalisty
history-logged-minutes = sesja trwa od 1 do 600 minut, a nie { $minutes }
history-logged-title = nadaj sesji nazwę o długości najwyżej 80 znaków
history-logged-future = ten czas rozpoczęcia jest w przyszłości: dodawaj sesje dopiero wtedy, gdy się odbędą
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } musi być datą taką jak 2026-11-24, a nie „{ $date }”
history-filter-date-error = { $field }: { $error }
history-page-marker = ten znacznik strony nie pochodzi z Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = „{ $zone }” to nie jest strefa stopy (strefy to left- lub right- i jedno z: { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone }: ocena { $rating }; oceny wynoszą od 0 do { $max }
history-zone-rated-twice = { $zone }: oceniono dwa razy
history-zone-left-toes = Palce lewej stopy
history-zone-left-ball = Przodostopie lewej stopy
history-zone-left-arch = Łuk lewej stopy
history-zone-left-heel = Lewa pięta
history-zone-left-top = Grzbiet lewej stopy
history-zone-left-ankle = Lewa kostka
history-zone-left-achilles = Lewe ścięgno Achillesa
history-zone-left-calf = Lewa łydka
history-zone-right-toes = Palce prawej stopy
history-zone-right-ball = Przodostopie prawej stopy
history-zone-right-arch = Łuk prawej stopy
history-zone-right-heel = Prawa pięta
history-zone-right-top = Grzbiet prawej stopy
history-zone-right-ankle = Prawa kostka
history-zone-right-achilles = Prawe ścięgno Achillesa
history-zone-right-calf = Prawa łydka

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = Ten tydzień: { $done } z { $goal ->
        [one] { $goal } sesji
        [few] { $goal } sesji
        [many] { $goal } sesji
       *[other] { $goal } sesji
    } ({ $met ->
        [yes] cel osiągnięty
       *[no] cel jeszcze nieosiągnięty
    }; początek tygodnia: { $first_day ->
        [tuesday] wtorek
        [wednesday] środa
        [thursday] czwartek
        [friday] piątek
        [saturday] sobota
        [sunday] niedziela
       *[monday] poniedziałek
    })
# $current and $best are numbers of weeks.
history-stats-streak = Seria: { $current ->
        [one] { $current } tydzień
        [few] { $current } tygodnie
        [many] { $current } tygodni
       *[other] { $current } tygodnia
    } z rzędu z osiągniętym celem (rekord: { $best ->
        [one] { $best } tydzień
        [few] { $best } tygodnie
        [many] { $best } tygodni
       *[other] { $best } tygodnia
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Minuty: { $week } w tym tygodniu, { $month } w tym miesiącu, łącznie { $all } w { $sessions ->
        [one] { $sessions } sesji
        [few] { $sessions } sesjach
        [many] { $sessions } sesjach
       *[other] { $sessions } sesji
    }
history-stats-stress-none = Stres: na razie żadna sesja nie ma oceny przed i po
history-stats-stress-same = Stres: średnio bez zmian po sesji
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Stres: średnio spadek o { $points ->
        [one] { $points } punkt
        [few] { $points } punkty
        [many] { $points } punktów
       *[other] { $points } punktu
    } po sesji
history-stats-stress-up = Stres: średnio wzrost o { $points ->
        [one] { $points } punkt
        [few] { $points } punkty
        [many] { $points } punktów
       *[other] { $points } punktu
    } po sesji
history-stats-zones = Strefy stóp, ostatnie dwanaście tygodni:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: oceniono { $ratings ->
        [one] { $ratings } raz
        [few] { $ratings } razy
        [many] { $ratings } razy
       *[other] { $ratings } raza
    }, średnio { $average } w tygodniu od { $week }, { $trend ->
        [down] spadek o { $change } od pierwszego miesiąca
        [up] wzrost o { $change } od pierwszego miesiąca
        [same] bez zmian od pierwszego miesiąca
       *[unknown] na razie za wcześnie, by ocenić zmianę
    }{ $high ->
        [yes] { " " }(7 lub więcej od dwóch tygodni: warto pokazać specjaliście)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = to nie jest tekst UTF-8 (błędny bajt na pozycji { $offset }), więc to nie jest eksport Solewise
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = to nie jest eksport historii Solewise (wiersz { $line }, kolumna { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = to nie jest eksport historii Solewise (wiersz { $line }, kolumna { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = format tego pliku to „{ $format }”, a nie „{ $expected }”
import-version-zero = wersja tego pliku to 0; eksporty Solewise zaczynają się od wersji 1
# $text is what the file holds.
import-bad-exported-at = pole exported_at tego pliku, „{ $text }”, nie jest datą i godziną w postaci 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = ten eksport utworzyła nowsza wersja Solewise (wersja { $version }; ta odczytuje najwyżej { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = sesja { $number }: { $reason }
import-session-problem-id = sesja { $number } (id { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = sesja { $number } (id { $id }): sesja { $first } ma to samo id, ale inną zawartość
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    nic nie zaimportowano: { $count ->
        [one] { $count } sesja jest nieprawidłowa
        [few] { $count } sesje są nieprawidłowe
        [many] { $count } sesji jest nieprawidłowych
       *[other] { $count } sesji jest nieprawidłowych
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = jej pole { $field } ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    }; najwyżej może mieć { $max }
import-session-text-control-char = jej pole { $field } zawiera znak sterujący { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = technika w jej kroku { $number } ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    }; najwyżej może mieć { $max }
import-session-step-technique-control-char = technika w jej kroku { $number } zawiera znak sterujący { $char }
# $text is what the file holds.
import-session-bad-time = { $field } „{ $text }” nie jest datą i godziną w postaci 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } to data sprzed roku 2000
import-session-in-future = { $field } { $text } to data w przyszłości
import-session-bad-id = jej id „{ $id }” nie jest identyfikatorem nadanym przez Solewise (UUID)
import-session-ends-before-start = kończy się (ended_at), zanim się zaczyna (started_at)
import-session-in-progress = ma status in_progress: wciąż trwa
import-session-stress-range = { $field } musi wynosić od 1 do 10
import-session-no-title = jej tytuł jest pusty
import-session-bad-routine-id = jej routine_id „{ $routine }” nie jest identyfikatorem zestawu (słowa małymi literami połączone łącznikami, najwyżej 48 znaków)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = jej { $field } wynosi { $value }; sesja trwa najwyżej { $max } sekund (dobę)
import-session-too-many-steps = ma { $count ->
        [one] { $count } krok
        [few] { $count } kroki
        [many] { $count } kroków
       *[other] { $count } kroku
    }; sesja ma najwyżej { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = jej steps_total { $total } i steps_done { $done } nie zgadzają się z jej listą kroków: { $count ->
        [one] { $count } krok
        [few] { $count } kroki
        [many] { $count } kroków
       *[other] { $count } kroku
    }, z czego wykonano { $count_done }
# $position is the position the file gives the step.
import-session-step-order = jej kroki są w złej kolejności przy kroku { $number } (pozycja { $position })
import-session-step-seconds = krok { $number } trwa { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }; krok trwa od { $min } do { $max } sekund
import-session-step-no-technique = krok { $number } nie wskazuje żadnej techniki
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = jej strefy z początku sesji: { $reason }
import-session-zones-after = jej strefy z końca sesji: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } to własna baza danych lub kopia zapasowa Solewise: wybierz inny plik do eksportu
export-write-failed = nie udało się zapisać { $file }: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = sesja { $id } ({ $column }): bajty, które nie są w UTF-8, wyeksportowano jako znaki zastępcze
# $id is the routine id asked for.
export-no-such-routine = Nie ma zestawu „{ $id }”.

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = nie można go odczytać: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = to { $kind ->
        [fifo] potok nazwany (FIFO)
        [device] urządzenie
        [socket] gniazdo
        [folder] folder
       *[other] plik specjalny
    }, a nie zwykły plik, więc nie może być { $what ->
        [routine] plikiem zestawu
       *[history-export] eksportem historii Solewise
    }
# $max is the largest size allowed, in bytes.
input-too-large = jest większy niż { $max } B, a tyle najwyżej może mieć { $what ->
        [routine] plik zestawu
       *[history-export] eksport historii Solewise
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = nie można odczytać folderu twoich zestawów: { $error }
routine-file-folder-unreadable = nie można odczytać folderu: { $error }
routine-file-not-utf8 = to nie jest tekst UTF-8: czy na pewno to plik zestawu?
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = Nie ma własnego zestawu „{ $id }” (wbudowanych zestawów nie można zmieniać ani usuwać; zamiast tego zduplikuj któryś z nich).
# $title is the title of the routine that has the id.
routine-file-id-taken = Zestaw o id „{ $id }” już istnieje ({ $title }). Wybierz inny tytuł lub id.
routine-file-new-id-invalid = id „{ $id }” musi składać się z małych liter i cyfr oddzielonych pojedynczymi łącznikami
routine-file-shadows-built-in = id zestawu „{ $id }” należy do wbudowanego zestawu, więc Solewise pominąłby ten plik: wybierz inne id
routine-file-not-toml = nie można zapisać go jako TOML: { $error }
routine-file-id-invalid = id „{ $id }” musi składać się z małych liter i cyfr oddzielonych pojedynczymi łącznikami (np. „heel-circles”) i mieć najwyżej 48 znaków
# $stem is the file's name without .toml.
routine-file-id-not-file-name = id „{ $id }” nie pasuje do nazwy pliku: zmień nazwę pliku na { $id }.toml albo ustaw id = "{ $stem }"
routine-file-text-empty = pole { $field } jest puste
routine-file-text-too-long = pole { $field } ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    }; skróć je poniżej { $max }
routine-file-control-char = pole { $field } zawiera znak sterujący { $char }; usuń go
# circulation, stress… are the values the file may hold.
routine-file-no-goals = pole goals jest puste: podaj co najmniej jedną z wartości circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = pole goals podaje ten sam cel dwa razy
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = pole { $field } wymienia { $count ->
        [one] { $count } element
        [few] { $count } elementy
        [many] { $count } elementów
       *[other] { $count } elementu
    }; najwyżej { $max }
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: „{ $item }” musi mieć od 1 do { $max } znaków
routine-file-summary-too-long = pole summary jest dłuższe niż { $max } znaków
routine-file-no-steps = zestaw potrzebuje co najmniej jednego wpisu [[steps]]
routine-file-too-many-steps = { $count ->
        [one] { $count } krok to
        [few] { $count } kroki to
        [many] { $count } kroków to
       *[other] { $count } kroku to
    } za dużo; najwyżej { $max }
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = krok { $number } wskazuje technikę „{ $technique }”, która nie istnieje
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = krok { $number } wskazuje technikę „{ $technique }”, która nie istnieje (czy chodziło o „{ $near }”?)
routine-file-step-seconds = krok { $number } trwa { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }; krok trwa od { $min } do { $max } sekund
routine-file-cue-control-char = wskazówka kroku { $number } zawiera znak sterujący { $char }; usuń go
routine-file-cue-too-long = wskazówka kroku { $number } jest dłuższa niż { $max } znaków
routine-file-too-long = kroki trwają łącznie { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }; zestaw trwa najwyżej { $max } minut
# $first is the file that has the id already.
routine-file-id-used = id zestawu „{ $id }” jest już używane przez { $first }; ten plik pominięto
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds wynosi { $seconds }; technika trwa od { $min } do { $max } sekund
# $name is the file name given.
technique-file-illustration = illustration „{ $name }” musi być nazwą pliku z rozszerzeniem .svg, bez folderów
technique-file-no-steps = steps musi zawierać co najmniej jedną instrukcję i żadna z nich nie może być pusta
technique-file-needs-tradition = technika tradycyjna potrzebuje wiersza 'tradition', który mówi, skąd się wywodzi
technique-file-tradition-not-traditional = tradition jest tylko dla technik z category = "traditional"
technique-file-id-taken = id techniki „{ $id }” jest już używane przez { $first }; ten plik pominięto
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = strona ma tylko jeden tytuł '# '; do nagłówków używaj '## '
page-file-no-title = strona musi zaczynać się od tytułu '# '

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = program potrzebuje co najmniej jednego wpisu [[weeks]]
programme-file-too-many-weeks = { $count ->
        [one] { $count } tydzień to
        [few] { $count } tygodnie to
        [many] { $count } tygodni to
       *[other] { $count } tygodnia to
    } za dużo; najwyżej { $max }
# $week is the week's place (1 for the first).
programme-file-week-empty = tydzień { $week } nie ma sesji: podaj co najmniej jeden zestaw
programme-file-week-too-many = tydzień { $week } ma { $count ->
        [one] { $count } sesję
        [few] { $count } sesje
        [many] { $count } sesji
       *[other] { $count } sesji
    }; najwyżej { $max }
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = tydzień { $week }, sesja { $session } wskazuje zestaw „{ $routine }”, który nie istnieje
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = tydzień { $week }, sesja { $session } wskazuje zestaw „{ $routine }”, który nie istnieje (czy chodziło o „{ $near }”?)
programme-file-note-empty = notatka tygodnia { $week } jest pusta
programme-file-note-too-long = notatka tygodnia { $week } ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    }; skróć ją poniżej { $max }
programme-file-note-control-char = notatka tygodnia { $week } zawiera znak sterujący { $char }; usuń go
programme-file-id-taken = id programu „{ $id }” jest już używane przez { $first }; ten plik pominięto
# $id is the programme id asked for.
programme-not-found = Nie ma programu „{ $id }”.
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · tydzień { $week }, sesja { $session } z { $sessions }
programme-progress-complete = { $title } · ukończony

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Program Solewise działający w tle nie jest uruchomiony (nic nie nasłuchuje na { $endpoint }).
ipc-no-answer = Program Solewise działający w tle nie odpowiedział w ciągu { $seconds ->
        [one] { $seconds } sekundy
        [few] { $seconds } sekund
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Program Solewise działający w tle używa protokołu { $theirs } (wersja { $version }); ten program używa protokołu { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Program Solewise działający w tle wysłał coś, co nie jest komunikatem: { $error }
ipc-connection-failed = Połączenie z programem Solewise działającym w tle nie powiodło się: { $error }
ipc-message-too-long = komunikat dłuższy niż { $max } B
ipc-message-not-utf8 = komunikat, który nie jest w UTF-8
ipc-connection-closed = połączenie zostało zamknięte
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = to nie jest komunikat Solewise: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = najpierw przywitaj się, podając protokół { $protocol }
ipc-endpoint-taken = proces Solewise już nasłuchuje na { $endpoint }
ipc-daemon-no-answer = proces zasobnika systemowego nie odpowiedział: { $error }
ipc-daemon-not-installed = proces zasobnika systemowego nie jest tu zainstalowany: przypomnienia czekają
# $program is the daemon program's path.
ipc-daemon-start-failed = nie udało się uruchomić procesu zasobnika systemowego { $program }: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = proces zasobnika systemowego się nie uruchomił; zobacz { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = Nie działa żadna usługa mowy (Speech Dispatcher nie jest zainstalowany albo się nie uruchomił: { $detail }).
speech-stopped-answering = Usługa mowy przestała odpowiadać: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = Usługa mowy odrzuciła „{ $command }”: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = zmienna XDG_RUNTIME_DIR nie jest ustawiona
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = nie udało się odczytać jej odpowiedzi na „{ $command }”
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = brak odpowiedzi w ciągu { $seconds } s
# $code is the service's answer code, a number.
speech-answer-coded = odpowiedź z kodem { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = nie wysłano: wartość musi być { $spaces ->
        [yes] jednym wierszem
       *[no] jednym słowem
    } bez znaków sterujących

## Keeping history in step through a synced folder

sync-line-not-json = ten wiersz nie jest zapisem zmiany: { $error }
sync-line-bad-clock = znacznik czasu „{ $clock }” nie ma postaci, w jakiej zapisuje go Solewise
sync-line-other-device = według zapisu utworzył go komputer { $device }, a nie ten, w którego folderze się znajduje
sync-line-unknown-field = sesja nie ma pola „{ $field }”
sync-session-refused = nie dodano sesji { $id } z innego komputera: { $reason }
sync-this-computer = Ten komputer
sync-folder-missing = Nie ma folderu synchronizacji { $folder } (może dysk nie jest podłączony albo folder został przeniesiony?). Zmiany wprowadzone tutaj poczekają, aż znów będzie dostępny.
sync-folder-unwritable = Solewise nie może zapisywać w folderze synchronizacji { $folder }: { $error }. Zmiany wprowadzone tutaj poczekają, aż będzie to możliwe.
sync-folder-unreadable = Solewise nie może odczytać folderu synchronizacji { $folder }: { $error }
sync-name-invalid = Nazwa komputera musi mieć od 1 do { $max } znaków i mieścić się w jednym wierszu.
sync-is-off = Synchronizacja jest wyłączona: najpierw włącz ją, wskazując folder (solewise sync set FOLDER albo Ustawienia → Synchronizacja).
sync-device-shared = Inny komputer zapisywał dane pod id synchronizacji tego komputera (czy ten folder danych został z niego skopiowany?). Ten komputer ma teraz własne id; nic z tego, co zapisał którykolwiek z nich, nie przepadło.
sync-file-newer = Plik { $file } zapisała nowsza wersja Solewise: zaktualizuj Solewise na tym komputerze, żeby scalić całą jego zawartość.
sync-line-bad-id = „{ $id }” nie jest id niczego, co Solewise synchronizuje
sync-routine-refused = nie zapisano zestawu { $id } z innego komputera: { $reason }
sync-encrypted = Pliki w folderze synchronizacji są zaszyfrowane hasłem. Podaj na tym komputerze to samo hasło (Ustawienia → Synchronizacja albo solewise sync passphrase), żeby je scalić; do tego czasu nic się tu nie zmieni i nic nie zostanie zapisane w folderze.
sync-passphrase-wrong = Plików zapisanych przez komputer { $computer } w folderze synchronizacji nie da się otworzyć hasłem tego komputera. Podaj na obu komputerach to samo hasło; do tego czasu pliki poczekają.
sync-file-unreadable = Pliku { $file } nie da się jeszcze otworzyć ({ $error }): być może nie dotarł jeszcze w całości. Zostanie odczytany ponownie przy następnej synchronizacji.
sync-passphrase-invalid = Hasło musi mieć co najmniej { NUMBER($min) ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    } i mieścić się w jednym wierszu.
