# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = Ошибка базы данных истории: { $error }
# $folder is the data folder's path.
database-create-folder = Не удалось создать папку данных { $folder }: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = База данных { $file } записана более новой версией Solewise (версия данных { $found }; эта версия понимает версии до { $supported }). Она оставлена без изменений. Обновите Solewise или запустите его с параметром --data-dir, указав другую папку.
# $to is where the damaged file was to be moved.
database-move-aside-failed = База данных { $file } повреждена, и её не удалось переместить в { $to }: { $error }
database-backup-failed = Не удалось создать резервную копию { $file } перед обновлением: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = Не удалось обновить базу данных { $file } до версии данных { $version }, поэтому ничего не изменено: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = База данных { $file } повреждена ({ $reason }). Она перемещена в { $moved_to } и сохранена; больше ничего не делалось. Запустите Solewise, чтобы начать новую историю, или восстановите резервную копию на экране «История».
database-damaged-left-alone = База данных { $file } повреждена ({ $reason }). Она оставлена как есть, и из неё ничего не прочитано. Запустите Solewise (или любую команду, которая изменяет данные), чтобы переместить её в сторону и начать новую историю.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } — не база данных Solewise ({ $reason }). Файл оставлен без изменений. Переместите его в другое место или запустите Solewise с параметром --data-dir, указав другую папку.
database-folder-is-a-file = Папка данных { $folder } — это файл, а не папка. Переместите этот файл в другое место или укажите другую папку в параметре --data-dir.
database-create-failed = Не удалось создать базу данных { $file }: { $error }
database-read-failed = Не удалось прочитать базу данных { $file }: { $error }
database-sqlite = База данных { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Не удалось прочитать вашу базу данных Solewise ({ $reason }). Она перемещена в { $moved_to } (ничего не удалено), и создана новая, пустая база данных.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = это папка
database-reason-empty = файл пуст (0 байт)
# $version is a number found in the file.
database-reason-odd-version = версия данных в нём — { $version }, такую не записывает ни одна версия Solewise
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = это база данных SQLite с другими таблицами ({ $tables }) и без версии данных Solewise
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check обнаружил: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = В папке резервных копий нет копии с именем «{ $name }».

## Finding the data folder.

store-no-data-folder = Не удалось найти папку данных приложений в этой системе (задана ли переменная HOME?). Укажите папку с помощью --data-dir DIR.
# $folder is the path that was worked out.
store-data-folder-relative = Папкой данных приложений оказалась бы «{ $folder }», а это не абсолютный путь (проверьте HOME и XDG_DATA_HOME). Укажите папку с помощью --data-dir DIR.

## Settings.

settings-weekly-goal-range = Цель на неделю — от { $min } до { $max } сеансов.
# $day is what was sent.
settings-not-a-weekday = «{ $day }» — не день недели.
settings-voice-rate-range = Скорость голоса — от -100 (медленнее всего) до 100 (быстрее всего).
# $name is what was sent.
settings-not-a-voice = «{ $name }» — не название голоса.
settings-snooze-range = Отложить можно на срок от { $min } до { $max } минут.
settings-grace-range = Допустимое опоздание — от 5 минут до 24 часов.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = Не удалось прочитать настройку запуска при входе в систему: { $error }
settings-autostart-on-failed = Не удалось включить запуск при входе в систему: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = Не удалось включить запуск при входе в систему: reg.exe отказал.
settings-autostart-no-home = Не удалось включить запуск при входе в систему: нет домашней папки (переменная HOME не задана).
settings-autostart-on-file-failed = Не удалось включить запуск при входе в систему ({ $file }): { $error }
settings-autostart-off-failed = Не удалось выключить запуск при входе в систему: { $error }
settings-autostart-off-refused = Не удалось выключить запуск при входе в систему: reg.exe отказал.
settings-autostart-off-file-failed = Не удалось выключить запуск при входе в систему ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = «{ $day }» — не день: используйте mon, tue, wed, thu, fri, sat или sun
reminder-no-days = для напоминания нужен хотя бы один день
# $time is what was typed.
reminder-not-a-time = «{ $time }» — не время: используйте 24-часовой формат ЧЧ:ММ, например 20:00
reminder-label-too-long = текст напоминания может содержать не более 80 символов
# $char is the character's code, such as U+0007.
reminder-label-control-char = текст напоминания не может содержать управляющий символ { $char }
# $id is the reminder's number.
reminder-not-found = напоминания { $id } нет
# $routine is the routine id that was asked for.
reminder-no-such-routine = Комплекса «{ $routine }», о котором нужно напоминать, нет: выберите комплекс из списка или посмотрите идентификаторы командой `solewise routines list`.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = Не удалось показать напоминание на { $time }: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = «{ $length }» — не длительность: используйте, например, 2d, 12h или 90m
# $days is the longest pause, in days.
schedule-pause-too-long = «{ $length }» — дольше самой длинной паузы ({ $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }): выполните `solewise pause` без --for, чтобы приостановить напоминания до `solewise resume`
schedule-pause-zero = «{ $length }» — это вовсе не пауза: укажите не меньше 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = «{ $date }» — не дата: используйте формат ГГГГ-ММ-ДД
schedule-pause-date-out-of-range = «{ $date }» — вне допустимого диапазона: укажите дату до 9999 года
schedule-pause-date-past = «{ $date }» уже наступило: укажите дату после сегодняшней
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = Часовой пояс TZ="{ $tz }" неизвестен этой системе, поэтому время указано в UTC. Задайте для TZ название, например Europe/Moscow, или удалите переменную, чтобы использовать системную настройку.

## Guided sessions.

session-stress-range = стресс оценивается от 1 до 10
# $routine is the routine id asked for.
session-no-routine = Комплекса «{ $routine }» нет.
session-routine-gone = Комплекса «{ $routine }» больше нет, поэтому сеанс сохранён как незавершённый.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = Сеанса { $id } нет (возможно, он был удалён).
# $value is the rating that was sent.
history-stress-before-range = стресс до сеанса должен быть от 1 (спокойно) до 10 (сильный стресс), а не { $value }
history-stress-after-range = стресс после сеанса должен быть от 1 (спокойно) до 10 (сильный стресс), а не { $value }
history-note-too-long = заметка длиннее { $max } символов
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = Этот сеанс нельзя вернуть: { $reason }.
history-already-there = Сеанс { $id } уже есть в истории.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = время начала должно выглядеть как 2026-11-24T20:00, а не «{ $text }»
# $error is what the date library said.
history-start-time-error = время начала: { $error }
history-logged-kind = записанный сеанс может быть самомассажем, массажем от партнёра или массажем у специалиста
history-logged-minutes = сеанс длится от 1 до 600 минут, а не { $minutes }
history-logged-title = дайте сеансу название длиной не более 80 символов
history-logged-future = это время начала ещё не наступило: записывайте сеансы после того, как они прошли
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } должно быть датой вида 2026-11-24, а не «{ $date }»
history-filter-date-error = { $field }: { $error }
history-page-marker = эта метка страницы создана не Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = «{ $zone }» — не зона стопы (зона — это left- или right- и одно из: { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = зона «{ $zone }» оценена на { $rating }; оценки — от 0 до { $max }
history-zone-rated-twice = зона «{ $zone }» оценена дважды
history-zone-left-toes = Пальцы левой стопы
history-zone-left-ball = Подушечка левой стопы
history-zone-left-arch = Свод левой стопы
history-zone-left-heel = Левая пятка
history-zone-left-top = Тыльная сторона левой стопы
history-zone-left-ankle = Левый голеностоп
history-zone-left-achilles = Левое ахиллово сухожилие
history-zone-left-calf = Левая икра
history-zone-right-toes = Пальцы правой стопы
history-zone-right-ball = Подушечка правой стопы
history-zone-right-arch = Свод правой стопы
history-zone-right-heel = Правая пятка
history-zone-right-top = Тыльная сторона правой стопы
history-zone-right-ankle = Правый голеностоп
history-zone-right-achilles = Правое ахиллово сухожилие
history-zone-right-calf = Правая икра

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = На этой неделе: { $done } из { $goal ->
        [one] { $goal } сеанса
        [few] { $goal } сеансов
        [many] { $goal } сеансов
       *[other] { $goal } сеанса
    } ({ $met ->
        [yes] цель достигнута
       *[no] цель пока не достигнута
    }; первый день недели — { $first_day ->
        [tuesday] вторник
        [wednesday] среда
        [thursday] четверг
        [friday] пятница
        [saturday] суббота
        [sunday] воскресенье
       *[monday] понедельник
    })
# $current and $best are numbers of weeks.
history-stats-streak = Серия: { $current ->
        [one] { $current } неделя
        [few] { $current } недели
        [many] { $current } недель
       *[other] { $current } недели
    } подряд с выполненной целью (рекорд: { $best ->
        [one] { $best } неделя
        [few] { $best } недели
        [many] { $best } недель
       *[other] { $best } недели
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Минуты: { $week } на этой неделе, { $month } в этом месяце, { $all } всего, за { $sessions ->
        [one] { $sessions } сеанс
        [few] { $sessions } сеанса
        [many] { $sessions } сеансов
       *[other] { $sessions } сеанса
    }
history-stats-stress-none = Стресс: пока нет сеансов с оценкой до и после
history-stats-stress-same = Стресс: в среднем без изменений после сеанса
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Стресс: в среднем ниже на { $points ->
        [one] { $points } балл
        [few] { $points } балла
        [many] { $points } баллов
       *[other] { $points } балла
    } после сеанса
history-stats-stress-up = Стресс: в среднем выше на { $points ->
        [one] { $points } балл
        [few] { $points } балла
        [many] { $points } баллов
       *[other] { $points } балла
    } после сеанса
history-stats-zones = Зоны стоп, последние двенадцать недель:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: { $ratings ->
        [one] { $ratings } оценка
        [few] { $ratings } оценки
        [many] { $ratings } оценок
       *[other] { $ratings } оценки
    }, в среднем { $average } за неделю с { $week }, { $trend ->
        [down] ниже на { $change } по сравнению с первым месяцем
        [up] выше на { $change } по сравнению с первым месяцем
        [same] без изменений с первого месяца
       *[unknown] об изменениях пока рано говорить
    }{ $high ->
        [yes] { " " }(7 или выше две недели подряд: стоит показать специалисту)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = это не текст в UTF-8 (недопустимый байт по смещению { $offset }), значит, это не экспорт Solewise
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = это не экспорт истории Solewise (строка { $line }, столбец { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = это не экспорт истории Solewise (строка { $line }, столбец { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = формат этого файла — «{ $format }», а не «{ $expected }»
import-version-zero = версия этого файла — 0; версии экспорта Solewise начинаются с 1
# $text is what the file holds.
import-bad-exported-at = значение exported_at «{ $text }» в этом файле — не дата и время вида 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = этот экспорт создан более новой версией Solewise (версия { $version }; эта версия читает версии до { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = сеанс { $number }: { $reason }
import-session-problem-id = сеанс { $number } (id { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = сеанс { $number } (id { $id }): у сеанса { $first } такой же id, но другое содержимое
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    ничего не импортировано: { $count ->
        [one] { $count } сеанс недействителен
        [few] { $count } сеанса недействительны
        [many] { $count } сеансов недействительны
       *[other] { $count } сеанса недействительны
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = длина поля { $field } — { $length } символов; максимум — { $max }
import-session-text-control-char = поле { $field } содержит управляющий символ { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = длина техники в шаге { $number } — { $length } символов; максимум — { $max }
import-session-step-technique-control-char = техника в шаге { $number } содержит управляющий символ { $char }
# $text is what the file holds.
import-session-bad-time = { $field } «{ $text }» — не дата и время вида 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } — раньше 2000 года
import-session-in-future = { $field } { $text } — ещё не наступило
import-session-bad-id = его id «{ $id }» создан не Solewise (это не UUID)
import-session-ends-before-start = он заканчивается (ended_at) раньше, чем начинается (started_at)
import-session-in-progress = его статус — in_progress: сеанс ещё идёт
import-session-stress-range = { $field } должно быть от 1 до 10
import-session-no-title = у него пустое название
import-session-bad-routine-id = его routine_id «{ $routine }» — не идентификатор комплекса (слова в нижнем регистре через дефис, не более 48 символов)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = его { $field } равно { $value }; сеанс длится не более { $max } секунд (сутки)
import-session-too-many-steps = в нём { $count ->
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }; в сеансе может быть не более { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = его steps_total { $total } и steps_done { $done } не соответствуют списку шагов: { $count ->
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }, из них выполнено { $count_done }
# $position is the position the file gives the step.
import-session-step-order = его шаги идут не по порядку на шаге { $number } (позиция { $position })
import-session-step-seconds = шаг { $number } длится { $seconds } с; шаг может длиться от { $min } до { $max } с
import-session-step-no-technique = в шаге { $number } не указана техника
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = его зоны перед сеансом: { $reason }
import-session-zones-after = его зоны после сеанса: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } — собственная база данных или резервная копия Solewise: выберите для экспорта другой файл
export-write-failed = не удалось записать { $file }: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = сеанс { $id } ({ $column }): байты, не являющиеся UTF-8, экспортированы как символы замены
# $id is the routine id asked for.
export-no-such-routine = Комплекса «{ $id }» нет.

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = не удаётся прочитать: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = это { $kind ->
        [fifo] именованный канал (FIFO)
        [device] устройство
        [socket] сокет
        [folder] папка
       *[other] специальный файл
    }, а не обычный файл, поэтому это не может быть { $what ->
        [routine] файл комплекса
       *[history-export] экспорт истории Solewise
    }
# $max is the largest size allowed, in bytes.
input-too-large = размер больше { $max } байт — это предел для { $what ->
        [routine] файла комплекса
       *[history-export] экспорта истории Solewise
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = не удаётся прочитать папку ваших комплексов: { $error }
routine-file-folder-unreadable = не удаётся прочитать папку: { $error }
routine-file-not-utf8 = это не текст в UTF-8: точно ли это файл комплекса?
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = Собственного комплекса «{ $id }» нет (встроенные комплексы нельзя изменить или удалить; вместо этого продублируйте его).
# $title is the title of the routine that has the id.
routine-file-id-taken = Комплекс с id «{ $id }» уже существует ({ $title }). Выберите другое название или id.
routine-file-new-id-invalid = id «{ $id }» должен состоять из строчных латинских букв и цифр, разделённых одиночными дефисами
routine-file-shadows-built-in = id комплекса «{ $id }» уже принадлежит встроенному комплексу, поэтому Solewise пропустит этот файл: выберите другой id
routine-file-not-toml = не удаётся записать его как TOML: { $error }
routine-file-id-invalid = id «{ $id }» должен состоять из строчных латинских букв и цифр, разделённых одиночными дефисами (например, 'heel-circles'), не более 48 символов
# $stem is the file's name without .toml.
routine-file-id-not-file-name = id «{ $id }» не совпадает с именем файла: переименуйте файл в { $id }.toml или укажите id = "{ $stem }"
routine-file-text-empty = { $field } пусто
routine-file-text-too-long = длина { $field } — { $length } символов; должно быть меньше { $max }
routine-file-control-char = { $field } содержит управляющий символ { $char }; удалите его
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals пусто: укажите хотя бы одно из значений circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = в goals одна и та же цель указана дважды
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = в { $field } { $count ->
        [one] { $count } элемент
        [few] { $count } элемента
        [many] { $count } элементов
       *[other] { $count } элемента
    }; допустимо не более { $max }
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: «{ $item }» должно содержать от 1 до { $max } символов
routine-file-summary-too-long = summary длиннее { $max } символов
routine-file-no-steps = в комплексе должна быть хотя бы одна запись [[steps]]
routine-file-too-many-steps = { $count ->
        [one] { $count } шаг — это
        [few] { $count } шага — это
        [many] { $count } шагов — это
       *[other] { $count } шага — это
    } слишком много; допустимо не более { $max }
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = в шаге { $number } указана техника «{ $technique }», которой не существует
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = в шаге { $number } указана техника «{ $technique }», которой не существует (возможно, вы имели в виду «{ $near }»?)
routine-file-step-seconds = шаг { $number } длится { $seconds } с; шаг может длиться от { $min } до { $max } с
routine-file-cue-control-char = подсказка шага { $number } содержит управляющий символ { $char }; удалите его
routine-file-cue-too-long = подсказка шага { $number } длиннее { $max } символов
routine-file-too-long = в сумме шаги длятся { $minutes } мин; комплекс может длиться не более { $max } мин
# $first is the file that has the id already.
routine-file-id-used = id комплекса «{ $id }» уже используется в { $first }; этот файл пропущен
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds равно { $seconds }; техника может длиться от { $min } до { $max } с
# $name is the file name given.
technique-file-illustration = illustration «{ $name }» должно быть именем файла с расширением .svg, без папок
technique-file-no-steps = в steps должна быть хотя бы одна инструкция, и ни одна не может быть пустой
technique-file-needs-tradition = традиционной технике нужна строка 'tradition', в которой сказано, откуда она пришла
technique-file-tradition-not-traditional = tradition указывается только для техник с category = "traditional"
technique-file-id-taken = id техники «{ $id }» уже используется в { $first }; этот файл пропущен
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = у страницы один заголовок '# '; для подзаголовков используйте '## '
page-file-no-title = страница должна начинаться с заголовка '# '

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = в программе должна быть хотя бы одна запись [[weeks]]
programme-file-too-many-weeks = { $count ->
        [one] { $count } неделя — это
        [few] { $count } недели — это
        [many] { $count } недель — это
       *[other] { $count } недели — это
    } слишком много; допустимо не более { $max }
# $week is the week's place (1 for the first).
programme-file-week-empty = в неделе { $week } нет сеансов: укажите хотя бы один комплекс
programme-file-week-too-many = в неделе { $week } { $count ->
        [one] { $count } сеанс
        [few] { $count } сеанса
        [many] { $count } сеансов
       *[other] { $count } сеанса
    }; допустимо не более { $max }
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = в неделе { $week }, сеансе { $session } указан комплекс «{ $routine }», которого не существует
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = в неделе { $week }, сеансе { $session } указан комплекс «{ $routine }», которого не существует (возможно, вы имели в виду «{ $near }»?)
programme-file-note-empty = заметка к неделе { $week } пуста
programme-file-note-too-long = длина заметки к неделе { $week } — { $length } символов; должно быть меньше { $max }
programme-file-note-control-char = заметка к неделе { $week } содержит управляющий символ { $char }; удалите его
programme-file-id-taken = id программы «{ $id }» уже используется в { $first }; этот файл пропущен
# $id is the programme id asked for.
programme-not-found = Программы «{ $id }» нет.
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · неделя { $week }, сеанс { $session } из { $sessions }
programme-progress-complete = { $title } · завершена

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Фоновая программа Solewise не запущена (на { $endpoint } никто не слушает).
ipc-no-answer = Фоновая программа Solewise не ответила в течение { $seconds ->
        [one] { $seconds } секунды
        [few] { $seconds } секунд
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Фоновая программа Solewise использует протокол { $theirs } (версия { $version }); эта программа использует протокол { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Фоновая программа Solewise прислала то, что не является сообщением: { $error }
ipc-connection-failed = Не удалось связаться с фоновой программой Solewise: { $error }
ipc-message-too-long = сообщение длиннее { $max } байт
ipc-message-not-utf8 = сообщение не в кодировке UTF-8
ipc-connection-closed = соединение закрыто
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = это не сообщение Solewise: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = сначала отправьте hello с протоколом { $protocol }
ipc-endpoint-taken = фоновый процесс Solewise уже слушает на { $endpoint }
ipc-daemon-no-answer = фоновый процесс значка в трее не ответил: { $error }
ipc-daemon-not-installed = фоновый процесс значка в трее здесь не установлен: напоминания ждут
# $program is the daemon program's path.
ipc-daemon-start-failed = не удалось запустить фоновый процесс значка в трее { $program }: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = фоновый процесс значка в трее не запустился; см. { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = Служба синтеза речи не запущена (Speech Dispatcher не установлен или не запустился: { $detail }).
speech-stopped-answering = Служба синтеза речи перестала отвечать: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = Служба синтеза речи отклонила «{ $command }»: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = переменная XDG_RUNTIME_DIR не задана
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = не удалось прочитать её ответ на «{ $command }»
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = нет ответа в течение { $seconds } с
# $code is the service's answer code, a number.
speech-answer-coded = ответ с кодом { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = не отправлено: значение должно быть { $spaces ->
        [yes] одной строкой
       *[no] одним словом
    } без управляющих символов

## Keeping history in step through a synced folder

sync-line-not-json = эта строка — не запись об изменении: { $error }
sync-line-bad-clock = метка времени «{ $clock }» не в том формате, в котором её записывает Solewise
sync-line-other-device = согласно записи, её создал компьютер { $device }, а не тот, в чьей папке она лежит
sync-line-unknown-field = у сеанса нет поля «{ $field }»
sync-session-refused = сеанс { $id } с другого компьютера не добавлен: { $reason }
sync-this-computer = Этот компьютер
sync-folder-missing = Папка синхронизации { $folder } не найдена (не подключён диск или папку переместили?). Изменения, сделанные здесь, подождут, пока она снова не станет доступна.
sync-folder-unwritable = Solewise не может записывать в папку синхронизации { $folder }: { $error }. Изменения, сделанные здесь, подождут, пока это не станет возможно.
sync-folder-unreadable = Solewise не может прочитать папку синхронизации { $folder }: { $error }
sync-name-invalid = Имя компьютера должно содержать от 1 до { $max } символов и умещаться в одну строку.
sync-is-off = Синхронизация выключена: сначала включите её, указав папку (solewise sync set ПАПКА или «Настройки» → «Синхронизация»).
sync-device-shared = Другой компьютер записывал данные под id синхронизации этого компьютера (не скопирована ли эта папка данных с него?). Теперь у этого компьютера свой id; ничего из записанного обоими компьютерами не потеряно.
sync-file-newer = Файл { $file } записан более новой версией Solewise: обновите Solewise на этом компьютере, чтобы объединить его полностью.
sync-line-bad-id = «{ $id }» — не id чего-либо, что синхронизирует Solewise
sync-routine-refused = комплекс { $id } с другого компьютера не сохранён: { $reason }
sync-encrypted = Файлы в папке синхронизации зашифрованы парольной фразой. Укажите на этом компьютере ту же парольную фразу («Настройки» → «Синхронизация» или solewise sync passphrase), чтобы объединить их; до тех пор здесь ничего не изменится и в папку ничего не будет записано.
sync-passphrase-wrong = Файлы, записанные компьютером { $computer } в папку синхронизации, не открываются парольной фразой этого компьютера. Укажите на обоих компьютерах одну и ту же парольную фразу; до тех пор файлы подождут.
sync-file-unreadable = Файл { $file } пока не удаётся открыть ({ $error }): возможно, он ещё не передан полностью. Он будет прочитан снова при следующей синхронизации.
sync-passphrase-invalid = Парольная фраза должна содержать не менее { NUMBER($min) ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    } и умещаться в одну строку.
