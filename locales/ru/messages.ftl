# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = нет английского файла с таким именем, который можно было бы перевести
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = отсутствует: язык { $language } отмечен как полностью переведённый, но перевода файла { $source } нет
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = для «{ $key }» здесь нет английского текста, который можно перевести
# $count items in the translation where the English has $english.
translation-count = в «{ $key }» { $count ->
    [one] { $count } элемент
    [few] { $count } элемента
    [many] { $count } элементов
   *[other] { $count } элемента
}, а в английском тексте — { $english }: на каждый английский элемент должен приходиться ровно один
translation-missing-key = нет перевода для «{ $key }», хотя язык отмечен как полностью переведённый
translation-folder-unreadable = не удаётся прочитать папку: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = «{ $tag }» — не язык, на котором говорит Solewise; выберите язык из списка или «Системный».

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Следующее напоминание: { $when }
tray-reminders-paused = Напоминания приостановлены
tray-no-reminders = Напоминания не настроены
tray-start = Начать сеанс
tray-pause-today = Приостановить напоминания на сегодня
tray-resume = Возобновить напоминания
tray-open = Открыть Solewise
tray-quit = Выйти

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = Время для массажа стоп
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } мин
reminder-body-no-routine = Ваши стопы заслужили несколько минут внимания.
reminder-open = Открыть Solewise
reminder-start = Начать сейчас
reminder-snooze = Отложить
test-notification-title = Тестовое уведомление Solewise
test-notification-body = Так будут выглядеть напоминания. Пора побаловать свои стопы!
# $detail is what the desktop said, in its own words.
notification-no-service = В этом окружении рабочего стола не запущена служба уведомлений, поэтому Solewise не может показывать уведомления на рабочем столе. Напоминания по-прежнему сохраняются и отображаются здесь, в приложении. ({ $detail })
notification-refused = Окружение рабочего стола не показало уведомление: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = предупреждение: «{ $asked }» — не язык, на котором говорит Solewise; вывод на языке: { $shown }
cli-reminders-on = напоминания включены
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = добавлено напоминание { $id }: { $days } в { $at }
cli-no-reminders = напоминаний нет
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = выключено
cli-reminder-removed = напоминание { $id } удалено
cli-no-reminders-ahead = предстоящих напоминаний нет
cli-nothing-to-export = нет напоминаний для экспорта (их нет совсем или все выключены): добавьте напоминание командой `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = «{ $length }» выходит за пределы 9999 года
cli-paused-until-resume = напоминания приостановлены до команды `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = напоминания приостановлены до { $until }
cli-warning = предупреждение: { $warning }
cli-imported = { $added ->
    [one] добавлен { $added } сеанс
    [few] добавлено { $added } сеанса
    [many] добавлено { $added } сеансов
   *[other] добавлено { $added } сеанса
}, пропущено уже имеющихся: { $skipped }
cli-validate-good = { $checked ->
    [one] проверен { $checked } файл: всё в порядке
    [few] проверено { $checked } файла: всё в порядке
    [many] проверено { $checked } файлов: всё в порядке
   *[other] проверено { $checked } файла: всё в порядке
}
cli-validate-problems = { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [many] { $count } проблем
   *[other] { $count } проблемы
} в { $checked ->
    [one] { $checked } проверенном файле
    [few] { $checked } проверенных файлах
    [many] { $checked } проверенных файлах
   *[other] { $checked } проверенного файла
}
cli-skipped = пропущено: { $problem }
cli-list-problems = { $count ->
    [one] { $count } проблема: выше показаны комплексы, которые удалось прочитать
    [few] { $count } проблемы: выше показаны комплексы, которые удалось прочитать
    [many] { $count } проблем: выше показаны комплексы, которые удалось прочитать
   *[other] { $count } проблемы: выше показаны комплексы, которые удалось прочитать
}
cli-nothing-found = по запросу «{ $words }» ничего не найдено
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } неделя
    [few] { $weeks } недели
    [many] { $weeks } недель
   *[other] { $weeks } недели
}, { $sessions ->
    [one] { $sessions } сеанс
    [few] { $sessions } сеанса
    [many] { $sessions } сеансов
   *[other] { $sessions } сеанса
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = вы начали программу: { $programme }
cli-programme-joined-reminder = вы начали программу: { $programme }; напоминание: { $days } в { $at }
cli-no-programme = вы не участвуете ни в одной программе: см. `solewise programmes list`
cli-programme-left = вы вышли из программы: { $programme }
cli-no-programme-to-leave = вы не участвовали ни в одной программе
cli-daemon-not-running = фоновый процесс значка в трее не был запущен
cli-autostart-on = Solewise запускается в трее при входе в систему.
cli-autostart-off = Solewise не запускается при входе в систему.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Напоминания Solewise
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } мин: комплекс Solewise

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = На этом компьютере нет голоса для этого языка ({ $language }), поэтому шаги не зачитываются вслух. Установите для него голос (например, из espeak-ng) и перезапустите Solewise.

## solewise history add, edit, delete

cli-history-title-self = Самомассаж
cli-history-title-partner = Массаж от партнёра
cli-history-title-professional = Массаж у специалиста
cli-history-edited = Заметка к сеансу { $id } сохранена.
cli-history-deleted = Сеанс «{ $title }» ({ $id }) удалён.

## solewise sync

cli-sync-on = Синхронизация включена, через папку { $folder }.
cli-sync-off = Синхронизация выключена. История на этом компьютере остаётся как есть.
cli-sync-done = { $sent ->
    [one] Записано { $sent } изменение
    [few] Записано { $sent } изменения
    [many] Записано { $sent } изменений
   *[other] Записано { $sent } изменения
}, получено с других компьютеров: { $received }.
cli-sync-status-on = Синхронизация: включена, через папку { $folder }
cli-sync-status-off = Синхронизация: выключена
cli-sync-status-name = Этот компьютер: { $name }
cli-sync-status-merged = Последняя синхронизация: { $when }
cli-sync-status-never = Синхронизации ещё не было
cli-sync-status-computers = { $count ->
    [0] Других компьютеров пока нет
    [one] { $count } другой компьютер:
    [few] { $count } других компьютера:
    [many] { $count } других компьютеров:
   *[other] { $count } другого компьютера:
}
cli-sync-status-computer = { $name }, последнее изменение: { $when }
cli-sync-status-waiting = { $count ->
    [one] { $count } изменение ждёт доступа к папке
    [few] { $count } изменения ждут доступа к папке
    [many] { $count } изменений ждут доступа к папке
   *[other] { $count } изменения ждут доступа к папке
}
cli-sync-renamed = Теперь этот компьютер называется { $name }.
cli-sync-progress = Объединено { $percent }%
cli-sync-status-encrypted = Файлы в папке зашифрованы парольной фразой.
cli-sync-passphrase-ask = Парольная фраза для папки синхронизации:
cli-sync-passphrase-again = Повторите парольную фразу:
cli-sync-passphrase-mismatch = Парольные фразы не совпадают; ничего не изменено.
cli-sync-passphrase-on = Файлы этого компьютера в папке синхронизации зашифрованы этой парольной фразой. Укажите ту же фразу на других ваших компьютерах.
cli-sync-passphrase-off = Файлы этого компьютера в папке синхронизации больше не шифруются.
reminder-skipped-elsewhere = Напоминание на { $time } пропущено: сеанс уже выполнен на компьютере { $computer }.
