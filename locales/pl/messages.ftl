# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = nie ma angielskiego pliku o tej nazwie, który można by przetłumaczyć
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = brak: język { $language } jest oznaczony jako kompletny, ale nie ma tłumaczenia pliku { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = „{ $key }” nie ma tu angielskiego tekstu do przetłumaczenia
# $count items in the translation where the English has $english.
translation-count = „{ $key }” ma { $count ->
    [one] { $count } element
    [few] { $count } elementy
    [many] { $count } elementów
   *[other] { $count } elementu
}, a wersja angielska ma { $english }: każdemu elementowi angielskiemu musi odpowiadać dokładnie jeden
translation-missing-key = brak tłumaczenia „{ $key }”, choć język jest oznaczony jako kompletny
translation-folder-unreadable = nie można odczytać folderu: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = „{ $tag }” to nie jest język, którym mówi Solewise; wybierz język z listy albo Systemowy.

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Następne przypomnienie: { $when }
tray-reminders-paused = Przypomnienia wstrzymane
tray-no-reminders = Brak ustawionych przypomnień
tray-start = Rozpocznij sesję
tray-pause-today = Wstrzymaj przypomnienia na dziś
tray-resume = Wznów przypomnienia
tray-open = Otwórz Solewise
tray-quit = Zakończ

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = Czas na masaż stóp
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } min
reminder-body-no-routine = Twoje stopy zasłużyły na kilka minut.
reminder-open = Otwórz Solewise
reminder-start = Zacznij teraz
reminder-snooze = Przypomnij później
test-notification-title = Powiadomienie testowe Solewise
test-notification-body = Tak będą wyglądać przypomnienia. Czas rozpieścić stopy!
# $detail is what the desktop said, in its own words.
notification-no-service = W tym środowisku pulpitu nie działa żadna usługa powiadomień, więc Solewise nie może wyświetlać powiadomień na pulpicie. Przypomnienia są nadal zapisywane i pokazywane tutaj, w aplikacji. ({ $detail })
notification-refused = Środowisko pulpitu nie wyświetliło powiadomienia: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = ostrzeżenie: „{ $asked }” to nie jest język, którym mówi Solewise; wyświetlam w języku: { $shown }
cli-reminders-on = przypomnienia są włączone
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = dodano przypomnienie { $id }: { $days } o { $at }
cli-no-reminders = brak przypomnień
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = wyłączone
cli-reminder-removed = usunięto przypomnienie { $id }
cli-no-reminders-ahead = brak nadchodzących przypomnień
cli-nothing-to-export = nie ma przypomnień do wyeksportowania (nie ma żadnych albo wszystkie są wyłączone): dodaj przypomnienie poleceniem `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = „{ $length }” wykracza poza rok 9999
cli-paused-until-resume = przypomnienia wstrzymane do czasu wykonania `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = przypomnienia wstrzymane do { $until }
cli-warning = ostrzeżenie: { $warning }
cli-imported = { $added ->
    [one] dodano { $added } sesję
    [few] dodano { $added } sesje
    [many] dodano { $added } sesji
   *[other] dodano { $added } sesji
}, { $skipped ->
    [one] pominięto { $skipped }, bo już była
   *[other] pominięto { $skipped }, bo już były
}
cli-validate-good = { $checked ->
    [one] sprawdzono { $checked } plik: wszystko w porządku
    [few] sprawdzono { $checked } pliki: wszystko w porządku
    [many] sprawdzono { $checked } plików: wszystko w porządku
   *[other] sprawdzono { $checked } pliku: wszystko w porządku
}
cli-validate-problems = { $count ->
    [one] { $count } problem
    [few] { $count } problemy
    [many] { $count } problemów
   *[other] { $count } problemu
} w { $checked ->
    [one] { $checked } sprawdzonym pliku
    [few] { $checked } sprawdzonych plikach
    [many] { $checked } sprawdzonych plikach
   *[other] { $checked } sprawdzonych plikach
}
cli-skipped = pominięto: { $problem }
cli-list-problems = { $count ->
    [one] { $count } problem: powyżej są zestawy, które udało się odczytać
    [few] { $count } problemy: powyżej są zestawy, które udało się odczytać
    [many] { $count } problemów: powyżej są zestawy, które udało się odczytać
   *[other] { $count } problemu: powyżej są zestawy, które udało się odczytać
}
cli-nothing-found = nic nie znaleziono dla „{ $words }”
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } tydzień
    [few] { $weeks } tygodnie
    [many] { $weeks } tygodni
   *[other] { $weeks } tygodnia
}, { $sessions ->
    [one] { $sessions } sesja
    [few] { $sessions } sesje
    [many] { $sessions } sesji
   *[other] { $sessions } sesji
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = dołączono do programu: { $programme }
cli-programme-joined-reminder = dołączono do programu: { $programme }; przypomnienie: { $days } o { $at }
cli-no-programme = nie bierzesz udziału w żadnym programie: zobacz `solewise programmes list`
cli-programme-left = opuszczono program: { $programme }
cli-no-programme-to-leave = nie dołączono do żadnego programu
cli-daemon-not-running = proces zasobnika systemowego nie był uruchomiony
cli-autostart-on = Solewise uruchamia się w zasobniku systemowym po zalogowaniu.
cli-autostart-off = Solewise nie uruchamia się po zalogowaniu.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Przypomnienia Solewise
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } min: zestaw Solewise

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = Żaden głos zainstalowany na tym komputerze nie mówi w tym języku ({ $language }), więc kroki nie są czytane na głos. Zainstaluj głos dla tego języka (na przykład z espeak-ng) i uruchom ponownie Solewise.

## solewise history add, edit, delete

cli-history-title-self = Automasaż
cli-history-title-partner = Masaż od bliskiej osoby
cli-history-title-professional = Masaż u specjalisty
cli-history-edited = Zapisano notatkę sesji { $id }.
cli-history-deleted = Usunięto „{ $title }” ({ $id }).

## solewise sync

cli-sync-on = Synchronizacja jest włączona, przez folder { $folder }.
cli-sync-off = Synchronizacja jest wyłączona. Historia na tym komputerze pozostaje bez zmian.
cli-sync-done = { $sent ->
    [one] Zapisano { $sent } zmianę
    [few] Zapisano { $sent } zmiany
    [many] Zapisano { $sent } zmian
   *[other] Zapisano { $sent } zmiany
}, odebrano { $received } z innych komputerów.
cli-sync-status-on = Synchronizacja: włączona, przez folder { $folder }
cli-sync-status-off = Synchronizacja: wyłączona
cli-sync-status-name = Ten komputer: { $name }
cli-sync-status-merged = Ostatnia synchronizacja: { $when }
cli-sync-status-never = Jeszcze nie zsynchronizowano
cli-sync-status-computers = { $count ->
    [0] Nie wykryto jeszcze żadnego innego komputera
    [one] { $count } inny komputer:
    [few] { $count } inne komputery:
    [many] { $count } innych komputerów:
   *[other] { $count } innego komputera:
}
cli-sync-status-computer = { $name }, ostatnia zmiana: { $when }
cli-sync-status-waiting = { $count ->
    [one] { $count } zmiana czeka na folder
    [few] { $count } zmiany czekają na folder
    [many] { $count } zmian czeka na folder
   *[other] { $count } zmiany czeka na folder
}
cli-sync-renamed = Ten komputer nazywa się teraz { $name }.
cli-sync-progress = Scalono { $percent }%
cli-sync-status-encrypted = Pliki w folderze są zaszyfrowane hasłem.
cli-sync-passphrase-ask = Hasło do folderu synchronizacji:
cli-sync-passphrase-again = Powtórz to samo hasło:
cli-sync-passphrase-mismatch = Podane hasła się różnią; niczego nie zmieniono.
cli-sync-passphrase-on = Pliki tego komputera w folderze synchronizacji są zaszyfrowane tym hasłem. Podaj to samo hasło na pozostałych swoich komputerach.
cli-sync-passphrase-off = Pliki tego komputera w folderze synchronizacji nie są już szyfrowane.
reminder-skipped-elsewhere = Pominięto przypomnienie o { $time }: na komputerze { $computer } sesja już się odbyła.
