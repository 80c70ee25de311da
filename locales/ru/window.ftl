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
app-could-not-start = Не удалось запустить { -brand-name }
app-database-error = Не удалось открыть ваши данные
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Папка данных: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = Не удалось загрузить этот экран: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = Комплекса «{ $id }» не существует.
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = Далее: «{ $title }» начнётся, когда закончится этот сеанс.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    Ваш сеанс «<strong>{ $title }</strong>» был прерван (выполнено { $done } из { $total ->
        [one] { $total } шага
        [few] { $total } шагов
        [many] { $total } шагов
       *[other] { $total } шага
    }). Продолжить с того места, где он остановился?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Сохранить как незавершённый

## Words used on several screens

common-cancel = Отмена
common-close = Закрыть
common-delete = Удалить
common-dismiss = Скрыть
common-edit = Изменить
common-loading = Загрузка…
common-note = Заметка
# After the name of a field that may be left empty.
common-optional = (необязательно)
common-pause = Пауза
common-resume = Продолжить
common-save = Сохранить
common-saved = Сохранено.
common-skip = Пропустить
common-start = Начать
# Heading of a technique's or a step's cautions.
common-take-care = Осторожно
common-version = Версия
common-your-data = Ваши данные
common-data-folder = Папка данных
common-database = База данных
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>Приготовьте:</strong> { $needs }.

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds =
    { NUMBER($seconds) ->
        [one] { $seconds } с
        [few] { $seconds } с
        [many] { $seconds } с
       *[other] { $seconds } с
    }
# "15 min"
duration-minutes =
    { NUMBER($minutes) ->
        [one] { $minutes } мин
        [few] { $minutes } мин
        [many] { $minutes } мин
       *[other] { $minutes } мин
    }
# "2 min 30 s"
duration-minutes-seconds =
    { NUMBER($minutes) ->
        [one] { $minutes } мин
        [few] { $minutes } мин
        [many] { $minutes } мин
       *[other] { $minutes } мин
    } { NUMBER($seconds) ->
        [one] { $seconds } с
        [few] { $seconds } с
        [many] { $seconds } с
       *[other] { $seconds } с
    }
# "2 h"
duration-hours =
    { NUMBER($hours) ->
        [one] { $hours } ч
        [few] { $hours } ч
        [many] { $hours } ч
       *[other] { $hours } ч
    }
# "1 h 5 min"
duration-hours-minutes =
    { NUMBER($hours) ->
        [one] { $hours } ч
        [few] { $hours } ч
        [many] { $hours } ч
       *[other] { $hours } ч
    } { NUMBER($minutes) ->
        [one] { $minutes } мин
        [few] { $minutes } мин
        [many] { $minutes } мин
       *[other] { $minutes } мин
    }

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = Кровообращение
goal-stress = Снятие стресса
goal-flexibility = Гибкость
goal-sleep = Сон
goal-recovery = Восстановление

## The part of the foot or leg a technique works

area-whole-foot = Вся стопа
area-heel = Пятка
area-arch = Свод стопы
area-ball = Подушечка стопы
area-toes = Пальцы ног
area-top = Тыльная сторона стопы
area-ankle = Голеностоп
area-achilles = Ахиллово сухожилие
area-calf = Икра
area-sole = Подошва

## The groups of techniques on the Guides screen

category-preparation = Подготовка
category-sequence = Основная последовательность
category-library = Другие техники
category-traditional = Традиционные техники

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = Без нажима
pressure-stretch = Мягкое растяжение
pressure-light = Лёгкий нажим
pressure-medium = Средний нажим
pressure-firm = Сильный нажим
pressure-feel-none = ни на что не надавливают: стопы отдыхают, греются в ванночке или неподвижно лежат в руках
    .sentence = Ни на что не надавливают: стопы отдыхают, греются в ванночке или неподвижно лежат в руках.
pressure-feel-stretch = мягкое вытяжение, которое удерживают или выполняют медленно, без надавливания и пружинящих движений
    .sentence = Мягкое вытяжение, которое удерживают или выполняют медленно, без надавливания и пружинящих движений.
pressure-feel-light = скользит по коже и сдвигает только её, как при нанесении масла
    .sentence = Скользит по коже и сдвигает только её, как при нанесении масла.
pressure-feel-medium = уходит в мышцу, ровный и комфортный, никогда не резкий
    .sentence = Уходит в мышцу, ровный и комфортный, никогда не резкий.
pressure-feel-firm = настолько сильный, насколько приятно, но никогда не до боли
    .sentence = Настолько сильный, насколько приятно, но никогда не до боли.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Левая стопа
    .phrase = левая стопа
foot-right = Правая стопа
    .phrase = правая стопа
foot-both = Обе стопы
    .phrase = обе стопы

## Kinds of session in the history

kind-guided = С подсказками
kind-self = Самомассаж
kind-partner = От партнёра
kind-professional = У специалиста

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = пальцы левой стопы
    .label = Пальцы левой стопы
zone-left-ball = подушечка левой стопы
    .label = Подушечка левой стопы
zone-left-arch = свод левой стопы
    .label = Свод левой стопы
zone-left-heel = левая пятка
    .label = Левая пятка
zone-left-top = тыльная сторона левой стопы
    .label = Тыльная сторона левой стопы
zone-left-ankle = левый голеностоп
    .label = Левый голеностоп
zone-left-achilles = левое ахиллово сухожилие
    .label = Левое ахиллово сухожилие
zone-left-calf = левая икра
    .label = Левая икра
zone-right-toes = пальцы правой стопы
    .label = Пальцы правой стопы
zone-right-ball = подушечка правой стопы
    .label = Подушечка правой стопы
zone-right-arch = свод правой стопы
    .label = Свод правой стопы
zone-right-heel = правая пятка
    .label = Правая пятка
zone-right-top = тыльная сторона правой стопы
    .label = Тыльная сторона правой стопы
zone-right-ankle = правый голеностоп
    .label = Правый голеностоп
zone-right-achilles = правое ахиллово сухожилие
    .label = Правое ахиллово сухожилие
zone-right-calf = правая икра
    .label = Правая икра
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = пальцы
zone-part-ball = подушечка
zone-part-arch = свод
zone-part-heel = пятка
zone-part-top = тыл стопы
zone-part-ankle = голеностоп
zone-part-achilles = ахилл
zone-part-calf = икра
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Основная навигация
nav-guides = Руководства
    .hint = Иллюстрированные техники
nav-routines = Комплексы
    .hint = Сеансы с таймером
nav-history = История
    .hint = Прошлые сеансы и цели
nav-reminders = Напоминания
    .hint = Когда { -brand-name } вам напоминает
nav-settings = Настройки
    .hint = Уведомления и данные
nav-about = О приложении { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Сочетания клавиш

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Сочетания клавиш
shortcuts-anywhere = Везде
shortcuts-toggle = Показать или скрыть этот список
shortcuts-key-tab = Tab / Shift+Tab
shortcuts-move = Переход между элементами управления
shortcuts-key-enter-space = Enter / Пробел
shortcuts-press = Нажать кнопку в фокусе
shortcuts-player = В плеере (где бы ни был фокус; педали и кликеры отправляют именно эти клавиши)
shortcuts-key-space-enter = Пробел / Enter
shortcuts-pause = Пауза или продолжение
shortcuts-key-next = → / Page Down
shortcuts-next = Перейти к следующему шагу
shortcuts-key-previous = ← / Page Up
shortcuts-previous = Вернуться к предыдущему шагу
shortcuts-key-escape = Esc
shortcuts-end = Завершить сеанс (с подтверждением)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] Пропущен { $count } файл.
        [few] Пропущено { $count } файла.
        [many] Пропущено { $count } файлов.
       *[other] Пропущено { $count } файла.
    }</strong> Всё остальное загружено.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = Руководства
guides-lead = Пошаговые техники для пяток, сводов стоп, подушечек стоп и пальцев ног.
guides-needs-title = Что вам нужно сегодня?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Перед сном
guides-need-after-sport = После спорта
guides-need-before-run = Перед пробежкой
guides-need-long-day = Долгий день на ногах
guides-need-morning-heel = Утренняя боль в пятке
guides-need-desk = Перерыв в работе за столом
guides-need-three-minutes = Три минуты
guides-need-pregnancy = Бережно, во время беременности
guides-need-no-bend = Без наклонов
guides-need-toes = Сильные пальцы ног
guides-need-twice-weekly = Полный сеанс два раза в неделю
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Перед началом
guides-pressure-title = Как сильно надавливать: от «без нажима» до сильного нажима
guides-pressure-note = В каждом руководстве указано, какой нажим нужен. Боль — всегда сигнал ослабить нажим.
guides-search = Поиск
    .placeholder = боль в пятке, рабочий стол, название…
guides-goal = Цель
guides-goal-any = Любая цель
guides-area = Зона
guides-area-any = Любая зона
# The filter by how long a technique takes.
guides-length = Длительность
guides-length-any = Любая длительность
guides-length-short = До 1 минуты
guides-length-medium = От 1 до 3 минут
guides-length-long = Больше 3 минут
guides-clear-filters = Сбросить фильтры
guides-technique-count =
    { $count ->
        [one] { $count } техника
        [few] { $count } техники
        [many] { $count } техник
       *[other] { $count } техники
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } из { $count ->
        [one] { $count } техники
        [few] { $count } техник
        [many] { $count } техник
       *[other] { $count } техники
    }
# Heading of the routines the search found.
guides-found-routines = Комплексы
guides-empty-title = Подходящих техник нет
guides-empty = Уберите часть фильтров или попробуйте другое слово.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = Все руководства

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = Об этой технике
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong> — { $feels }.
technique-no-drawing = Рисунок недоступен
technique-how-to = Как выполнять
# The name (for screen readers) of the technique's own timer.
technique-timer = Таймер: { $title }
technique-feel = Что вы должны почувствовать
technique-tradition = Откуда это пришло

## The timer on a technique's page

timer-label = Таймер
timer-start = Запустить таймер
timer-reset = Сбросить
timer-done = Время вышло. Отлично получилось.

## The player's check-in, before the first step

checkin-title = Перед началом
checkin-stress = Насколько вы сейчас напряжены?
checkin-foot-map = Что-нибудь болит? Оцените это на карте стоп
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Сегодня лучше пропустить массаж, если…
checkin-skip-fever = у вас температура или вы плохо себя чувствуете;
checkin-skip-wound = на стопе есть открытая рана, волдырь или инфекция;
checkin-skip-hot = стопа горячая, покрасневшая или отёкшая;
checkin-skip-calf = икра болит и отекла: обратитесь к врачу сегодня же, а если у вас одышка или боль в груди, вызовите скорую помощь.
checkin-safety = Когда отказаться от массажа и когда обратиться к врачу
checkin-begin = Начать
checkin-skip-and-begin = Пропустить и начать
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } — спокойно
stress-scale-stressed = { $level } — сильный стресс

## The player's check-out, after the last step

checkout-well-done = Отличная работа
checkout-saved = Сеанс сохранён
checkout-summary =
    { $duration } массажа, выполнено { $done } из { $total ->
        [one] { $total } шага
        [few] { $total } шагов
        [many] { $total } шагов
       *[other] { $total } шага
    }.
checkout-summary-partial =
    { $duration } массажа, выполнено { $done } из { $total ->
        [one] { $total } шага
        [few] { $total } шагов
        [many] { $total } шагов
       *[other] { $total } шага
    }, сохранён как незавершённый.
checkout-stress = Насколько вы напряжены теперь?
checkout-foot-map = Как теперь ощущаются болезненные места?
checkout-note-placeholder = Как всё прошло? Что стоит запомнить на следующий раз?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (необязательно)
       *[other] (необязательно, оценено: { $rated })
    }
footmap-how = Нажмите на зону, затем выберите, насколько она болит: 0 — совсем не болит, 10 — сильнее всего.
footmap-same-as-last = Как в прошлый раз
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: без оценки
footmap-zone-rated = { $zone }: { $rating } из 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = Насколько болит зона «{ $zone }»?
footmap-clear = Очистить

## The player: the steps of a session

player-progress = Ход комплекса
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Шаг { $number } из { $total } · всего осталось { $left }
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Показано для правой стопы.
player-up-next = Далее: { $title } · { $foot } · { $duration }
player-last-step = Последний шаг
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Сегодня работайте бережно вокруг зоны «{ $zone }»: перед началом вы оценили её на { $rating } из 10.
player-sore-leave-out = Сегодня работайте легко или пропустите зону «{ $zone }»: перед началом вы оценили её на { $rating } из 10.
# Said by screen readers as each step starts.
player-announce-step = Шаг { $number } из { $total }: { $title }, { $foot }
player-confirm-end =
    Завершить сеанс сейчас? Он сохранится как незавершённый: на данный момент { $done ->
        [one] выполнен { $done } шаг
        [few] выполнено { $done } шага
        [many] выполнено { $done } шагов
       *[other] выполнено { $done } шага
    }.
player-end-and-save = Завершить и сохранить
player-keep-going = Продолжить
player-controls = Управление плеером
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Назад
player-restart-step = Начать шаг заново
player-skip = Пропустить
player-end = Завершить
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Пробел или Enter — пауза · ← назад · → пропустить · Esc — завершить (подойдёт и педаль или кликер)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Осторожно: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Перейдите к левой стопе.
       *[right] Перейдите к правой стопе.
    }
voice-finished = Это весь комплекс. Отличная работа.
# Said half-way through a long step.
voice-half-way = Половина позади. Продолжайте.
voice-no-service = Голосовое сопровождение включено, но служба синтеза речи не найдена. Каждый шаг по-прежнему отмечается звуковым сигналом.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = Голосовое сопровождение включено, но { $problem } Каждый шаг по-прежнему отмечается звуковым сигналом.
voice-unavailable = Голосовое сопровождение недоступно: { $error }
voice-stopped = Голосовое сопровождение остановлено: { $error } Каждый шаг по-прежнему отмечается звуковым сигналом.
voice-title = Голосовое сопровождение
voice-speak-steps = Озвучивать каждый шаг: его название, стопу и подсказку, «половина позади» в длинных шагах и смену стопы, когда она предстоит
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    На этом компьютере не ответила ни одна служба синтеза речи, поэтому плеер не может говорить: { $problem }
    В Debian или Ubuntu установите <code>{ "speech-dispatcher" }</code> и <code>{ "espeak-ng" }</code>. А пока каждый шаг отмечается звуковым сигналом.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = На этом компьютере нет голоса для языка «{ $language }», поэтому шаги не будут зачитываться вслух: { -brand-name } никогда не читает их голосом другого языка. Установите такой голос (в espeak-ng есть голос для языка «{ $language }») и снова откройте настройки.
voice-voice = Голос
voice-default = Голос системы по умолчанию
voice-speed = Скорость
voice-speed-normal = Обычная
voice-speed-slower = Медленнее
voice-speed-faster = Быстрее
voice-sample = Прослушать пример
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = Вот так плеер будет вас вести.
voice-sample-step = Круги большими пальцами на пятке. Левая стопа. Начинаем с пятки.
voice-looking = Поиск службы синтеза речи…

## The History screen: the sessions

history-title = История
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = Разделы истории
history-tab-sessions = Сеансы
history-tab-insights = Статистика
history-logged = Сеанс записан.
history-exported = Экспортировано в { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Сеанс с подсказками
history-title-self = Самомассаж
history-title-partner = Массаж от партнёра
history-title-professional = Массаж у специалиста
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Стресс { $before } → { $after }
    .title = Стресс до → после (1 — спокойно, 10 — сильный стресс)
history-deleted = Удалено: «{ $title }».
history-undo = Отменить
history-import-summary = <strong>Импорт завершён:</strong> добавлено: { $added }, уже были: { $skipped }, отклонено: { $rejected }.
# The button back from a session to the list (after an arrow).
history-back = Все сеансы
# Said of a session that was ended before its last step.
history-partial = незавершённый
history-completed = завершённый
history-steps-of =
    { $done } из { $total ->
        [one] { $total } шага
        [few] { $total } шагов
        [many] { $total } шагов
       *[other] { $total } шага
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } шаг
        [few] { $done }/{ $total } шага
        [many] { $done }/{ $total } шагов
       *[other] { $done }/{ $total } шага
    }
history-zones-before = Болезненные места перед сеансом
history-zones-after = После сеанса
history-stress-before = Стресс до
history-stress-after = Стресс после
history-not-rated = Без оценки
history-therapist = Массажист
history-save-changes = Сохранить изменения
history-log-title = Записать сеанс
history-log-kind = Вид
history-log-kind-professional = Массаж у специалиста
history-log-when = Когда
history-log-minutes = Минуты
history-log-name = Название
history-routine = Комплекс
history-log-no-routine = Нет
history-export-csv = Экспорт в CSV…
history-export-json = Экспорт в JSON…
history-import = Импорт…
history-all-routines = Все комплексы
history-kind = Вид
history-all-kinds = Все виды
# The first and last day of the sessions shown.
history-from = С
history-to = По
history-session-count =
    { $count ->
        [one] { $count } сеанс
        [few] { $count } сеанса
        [many] { $count } сеансов
       *[other] { $count } сеанса
    }
history-empty-title = Сеансов пока нет
history-empty = Выполните комплекс с экрана «{ nav-routines }» — он будет сохраняться здесь по ходу — или запишите сеанс, который прошёл без приложения.
history-older = Показать более ранние сеансы

## The History screen: insights

insights-this-week = На этой неделе
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } из { $goal }
insights-weekly-goal = Цель на неделю
insights-goal-met = Цель достигнута. Прекрасно.
# Sessions still to do this week.
insights-to-go = осталось: { $count }
insights-streak = Серия
insights-weeks =
    { $count ->
        [one] { $count } неделя
        [few] { $count } недели
        [many] { $count } недель
       *[other] { $count } недели
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = подряд с выполненной целью · рекорд: { $best }
insights-first-session = Ваш первый сеанс
insights-good-start = Хорошее начало
insights-streak-begin =
    { $goal ->
        [one] Выполните { $goal } сеанс за неделю — и начнётся серия.
        [few] Выполните { $goal } сеанса за неделю — и начнётся серия.
        [many] Выполните { $goal } сеансов за неделю — и начнётся серия.
       *[other] Выполните { $goal } сеанса за неделю — и начнётся серия.
    }
insights-streak-begin-well-done =
    Отличная работа. { $goal ->
        [one] Выполните { $goal } сеанс за неделю — и начнётся серия.
        [few] Выполните { $goal } сеанса за неделю — и начнётся серия.
        [many] Выполните { $goal } сеансов за неделю — и начнётся серия.
       *[other] Выполните { $goal } сеанса за неделю — и начнётся серия.
    }
insights-best-so-far =
    Лучший результат: { $count ->
        [one] { $count } неделя
        [few] { $count } недели
        [many] { $count } недель
       *[other] { $count } недели
    }.
insights-streak-empty = Здесь появятся недели подряд, в которые цель выполнена.
insights-minutes = Минуты
# Under the minutes of massage this week.
insights-minutes-detail = на этой неделе, по тем же сеансам, что и цель · { $month } в этом месяце · { $all } всего
insights-stress = Стресс
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    ниже на { $points ->
        [one] { $points } балл
        [few] { $points } балла
        [many] { $points } баллов
       *[other] { $points } балла
    }
insights-stress-up =
    выше на { $points ->
        [one] { $points } балл
        [few] { $points } балла
        [many] { $points } баллов
       *[other] { $points } балла
    }
insights-stress-same = без изменений
insights-stress-none = Оценивайте стресс до и после сеанса, чтобы увидеть, как он меняется.
insights-stress-detail = в среднем после сеанса по сравнению с тем, что было до него
insights-year = Последние 12 месяцев
# The calendar of sessions, for screen readers.
insights-heatmap = Сеансы по дням за последние 12 месяцев: всего { $count }
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] нет сеансов
        [one] { $count } сеанс
        [few] { $count } сеанса
        [many] { $count } сеансов
       *[other] { $count } сеанса
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = Нет сеансов
insights-legend-most = { $count } и более в день
insights-stress-title = Стресс до и после
insights-stress-chart = Стресс до и после каждого оценённого сеанса
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = до
insights-legend-after = после
insights-legend-dates = { $first } — { $last }
insights-stress-empty = Оценивайте стресс до и после сеанса, и он появится здесь.
insights-top-routines = Самые частые комплексы
insights-top-techniques = Самые частые техники
insights-none-yet = Пока нет.
insights-steps =
    { $count ->
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }

## The History screen: the foot zones' trends

zones-title = Зоны стоп
zones-period = Последние двенадцать недель
zones-empty = Отмечайте болезненные места на карте стоп перед началом сеанса; когда зона будет оценена три раза, здесь появится её динамика.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Зона «{ $zone }» уже две недели остаётся на уровне { $rating } или выше. Если боль не проходит, её стоит показать специалисту.
zones-see-someone = Когда обратиться к специалисту
zones-ratings =
    { $count ->
        [one] { $count } оценка
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = изменения будут видны через месяц
zones-change-none = без изменений с первого месяца
zones-change-down = ниже на { $size } по сравнению с первым месяцем
zones-change-up = выше на { $size } по сравнению с первым месяцем
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, среднее за неделю: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Напоминания
reminders-lead = { -brand-name } напоминает о сеансе из трея, когда приходит время, даже если окно закрыто.
reminders-days = Дни
reminders-time = Время
reminders-routine = Комплекс
# A reminder's own text, shown in its notification.
reminders-label = Текст
# The notification's text when a reminder has no label of its own.
reminders-default-label = Время для массажа стоп
# The checkbox that turns a reminder on.
reminders-on = Включено
reminders-also-autostart = Также запускать { -brand-name } в трее при входе в систему
reminders-offer-title = Напоминать два раза в неделю?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Пятнадцать минут два раза в неделю — и стопы скажут вам спасибо. { -brand-name } предлагает: { $days }, в { $time }; выберите дни и время, которые вам удобны.
reminders-offer-accept = Выбрать дни и время
reminders-offer-dismiss = Не сейчас
reminders-paused-forever = <strong>Напоминания приостановлены</strong>, пока вы снова их не включите.
# $until is a day and time.
reminders-paused-until = <strong>Напоминания приостановлены</strong> до { $until }.
reminders-resume = Снова включить напоминания
reminders-next = Следующее напоминание: { $when }
reminders-none = Напоминания не настроены.
reminders-pause-today = Приостановить на сегодня
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Приостановить на
    .input = Сколько дней длится пауза
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }
reminders-pause-until-resumed = Приостановить, пока я снова их не включу
reminders-new = Новое напоминание
reminders-add = Добавить напоминание
reminders-edit-title = Изменить напоминание
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } в { $time }
reminders-rule-off = { $days } в { $time } (выключено)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Далее: { $times }
reminders-add-one = Добавить напоминание
reminders-calendar-title = Возьмите план с собой
reminders-calendar = Ваши напоминания в виде еженедельных событий в календаре, которым вы уже пользуетесь: файл (.ics), который импортирует любое приложение-календарь.
reminders-calendar-export = Добавить в календарь
reminders-calendar-saved = Сохранено в { $path }. Откройте файл в приложении-календаре, чтобы добавить события.
reminders-options-title = Когда приходит напоминание
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Отложить на
reminders-snooze-minutes =
    { $count ->
        [one] минуту
        [few] минуты
        [many] минут
       *[other] минуты
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = Если компьютер был в спящем режиме или { -brand-name } был закрыт, всё равно напоминать с опозданием не более чем на
reminders-grace-minutes =
    { $count ->
        [one] минуту
        [few] минуты
        [many] минут
       *[other] минуты
    }

## The Routines screen

routines-title = Комплексы
routines-lead = Техники, собранные в сеанс, который можно выполнять с таймером.
routines-new = Новый комплекс
routines-import = Импортировать файл комплекса…
# Headings of the two lists of routines.
routines-built-in = Встроенные
routines-yours = Ваши комплексы
routines-empty-title = Своих комплексов пока нет
routines-empty = Создайте комплекс с нуля кнопкой «{ routines-new }» или откройте встроенный комплекс и продублируйте его, чтобы изменить.
routines-steps =
    { $count ->
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }
# The button back from a routine to the list (after an arrow).
routines-back = Все комплексы
# Above a routine's title: where it comes from.
routines-built-in-one = Встроенный комплекс
routines-yours-one = Ваш комплекс
routines-for-partner = для партнёра
routines-duplicate = Дублировать
routines-export = Экспорт…
routines-print = Печать…
routines-delete = Удалить…
routines-confirm-delete = Удалить «{ $title }» навсегда? Его файл будет удалён из папки данных.
routines-keep = Оставить
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (моя копия)
routines-deleted = Удалено: «{ $title }».
routines-imported = Импортировано: «{ $title }».
routines-exported = Сохранено в { $path }.
routines-saved = Комплекс сохранён.

## The routine editor

editor-new-title = Новый комплекс
editor-edit-title = Изменить комплекс
editor-title = Название
editor-summary = Описание
editor-goals = Цели
editor-for-partner = Для массажа стоп другому человеку
editor-steps = Шаги
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Техника шага { $number }
editor-step-foot = Стопа шага { $number }
editor-step-cue = Подсказка шага { $number }
    .placeholder = Подсказка (необязательно)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] секунда
        [few] секунды
        [many] секунд
       *[other] секунды
    }
editor-move-up = Переместить шаг { $number } выше
editor-move-down = Переместить шаг { $number } ниже
editor-remove-step = Удалить шаг { $number }
editor-add-step = + Добавить шаг
editor-saving = Сохранение…
editor-save = Сохранить комплекс

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = Мягкий нажим, никогда не до боли. Если что-то болит, отекает или горячее на ощупь, остановитесь и прочитайте страницу о безопасности в { -brand-name }.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Программы
# The card's name, for screen readers.
programmes-card = Ваша программа
programmes-card-done = Все сеансы выполнены. Сохраняйте ритм с комплексом «Уход за стопами два раза в неделю».
programmes-week = Неделя { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }, затем { $next }
programmes-joined-done = Вы начали эту программу: все сеансы выполнены. Отличная работа!
programmes-joined-next = Вы начали эту программу: далее неделя { $week }, сеанс { $session } из { $sessions }.
programmes-leave = Выйти из программы
programmes-remind-on = Напоминать по дням
# Before a time of day.
programmes-at = В
programmes-no-days = Дни не отмечены: вы начнёте программу без напоминания.
programmes-reminder-added = В раздел «{ nav-reminders }» добавлено напоминание; по ходу программы в нём будет указан ваш следующий сеанс. Изменить или удалить его можно там же.
programmes-join = Начать
programmes-join-instead = Начать эту программу вместо текущей

## The Settings screen

settings-title = Настройки
settings-language-title = Язык
settings-language = Язык
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = Системный ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Система запрашивает язык: { $asked }; { -brand-name } показывает: { $shown }.
settings-goal-title = Цель и сеансы
settings-weekly-goal = Цель на неделю
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] сеанс в неделю.
        [few] сеанса в неделю.
        [many] сеансов в неделю.
       *[other] сеанса в неделю.
    } Два раза в неделю — хорошее начало.
settings-week-start = Первый день недели
settings-week-start-hint = Используется для цели на неделю и серий.
settings-chime = Проигрывать мягкий звуковой сигнал, когда плеер переходит к следующему шагу
settings-autostart-title = Запуск при входе в систему
settings-autostart = Запускать { -brand-name } в трее при входе в систему, чтобы напоминания приходили, даже если приложение не открыто
settings-notifications-title = Уведомления
settings-notifications = Напоминания приходят как уведомления на рабочем столе. Отправьте тестовое уведомление, чтобы увидеть, как они выглядят, и убедиться, что они до вас доходят.
settings-test-sending = Отправка…
settings-test-send = Отправить тестовое уведомление
settings-test-sent = Отправлено. Поищите его среди уведомлений рабочего стола.
settings-data = Всё, что хранит { -brand-name }, остаётся на этом компьютере, в одной папке.
settings-version = { -brand-name } { $version }
settings-backups-title = Резервные копии
settings-backups = { -brand-name } копирует вашу базу данных раз в день при запуске и перед каждым обновлением и хранит { $count ->
        [one] последнюю { $count } копию
        [few] последние { $count } копии
        [many] последние { $count } копий
       *[other] последние { $count } копии
    }. Перед восстановлением копии текущее состояние ваших данных тоже сохраняется.
settings-no-backups = Резервных копий пока нет.
# Why a backup was made.
settings-backup-daily = Ежедневная
settings-backup-before-restore = Перед восстановлением
settings-backup-before-upgrade = Перед обновлением
settings-backup-size = { $kilobytes } КБ
settings-restore-this = Восстановить эту копию
settings-restore = Восстановить…
settings-restored = Восстановлено. Ваши данные в том виде, в каком они были непосредственно перед этим, сохранены в { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = О приложении { -brand-name }
about-lead = Помощник для самомассажа стоп: иллюстрированные руководства, таймер для каждого шага, напоминания и записи о вашем самочувствии. { -brand-name } никогда не выходит в интернет; всё, что он знает, остаётся на этом компьютере.
about-built-with = Создано с помощью
about-tauri = { "Tauri" } { $version }
about-data = Сеансы, настройки, напоминания, ваши собственные комплексы, ежедневные резервные копии и журналы хранятся в одной папке. Чтобы перенести { -brand-name } на другой компьютер, скопируйте эту папку, пока приложение закрыто, или экспортируйте историю в JSON.
about-logs = Журналы
about-open-folder = Открыть папку данных
about-opened = Открыто в файловом менеджере.
about-licences-title = Лицензии открытого ПО
about-licences-failed = Не удалось загрузить список лицензий: { $error }
about-licences = { -brand-name } построен на { $count ->
        [one] { $count } пакете
        [few] { $count } пакетах
        [many] { $count } пакетах
       *[other] { $count } пакета
    } с открытым исходным кодом, и мы благодарим их авторов. Каждый пункт раскрывается и показывает файлы лицензий, которые поставляются с пакетом.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [one] ещё { $count } лицензионное выражение
        [few] ещё { $count } лицензионных выражения
        [many] ещё { $count } лицензионных выражений
       *[other] ещё { $count } лицензионного выражения
    }
about-find = Найти пакет или лицензию
    .placeholder = например, rusqlite или MPL-2.0
about-package-count =
    { $shown } из { $count ->
        [one] { $count } пакета
        [few] { $count } пакетов
        [many] { $count } пакетов
       *[other] { $count } пакета
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Крейт Rust
# $authors lists the package's authors.
about-by = Авторы: { $authors }
# $url is the address of the package's source code.
about-repository = Исходный код: { $url }
about-no-licence-file = В этом пакете нет файла лицензии; его лицензия — { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Добро пожаловать · шаг { $step } из { $steps }
welcome-title = Добро пожаловать в { -brand-name }
welcome-lead = Иллюстрированный самомассаж стоп, таймер для каждого шага, напоминания, когда приходит время, и записи о вашем самочувствии. Всё остаётся на этом компьютере.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Цель:
welcome-sessions-a-week =
    { $count ->
        [one] сеанс в неделю
        [few] сеанса в неделю
        [many] сеансов в неделю
       *[other] сеанса в неделю
    }
welcome-rhythm = Пятнадцать минут два раза в неделю — хороший ритм.
welcome-remind-title = Когда { -brand-name } стоит вам напоминать?
# Before a time of day.
welcome-at = В
welcome-autostart = Запускать { -brand-name } в трее при входе в систему, чтобы приходили напоминания
welcome-no-days = Если не отмечен ни один день, напоминаний не будет; добавить их можно позже в разделе «{ nav-reminders }».
welcome-safety-title = Перед первым сеансом
welcome-safety = Массаж — мягкая процедура, но бывают случаи, когда от него лучше отказаться: открытые раны, инфекции, недавняя травма, отёкшая икра и другие. Если у вас диабет или плохое кровообращение или вы беременны, сначала прочитайте страницу о безопасности.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = Прочитать «Когда отказаться от массажа»
welcome-safety-where = Эту страницу всегда можно найти в разделе «{ nav-guides }».
welcome-back = Назад
welcome-next = Далее
welcome-finish = Готово

## Settings → Sync

settings-sync-title = Синхронизация
settings-sync-intro = Поддерживайте одинаковую историю на всех своих компьютерах через папку, которую вы уже синхронизируете с помощью Syncthing, Nextcloud или Dropbox. Без учётной записи и без сервера: Solewise записывает в эту папку только свои файлы, в папку с названием Solewise.
settings-sync-off = Выключена: ваша история остаётся на этом компьютере.
settings-sync-choose = Выбрать папку…
settings-sync-choose-title = Папка, общая с другими вашими компьютерами через программу синхронизации
settings-sync-change = Сменить папку…
settings-sync-turn-off = Выключить
settings-sync-now = Синхронизировать сейчас
settings-sync-folder = Через папку
settings-sync-merged = Последняя синхронизация: { $when }
settings-sync-never = Синхронизации ещё не было
settings-sync-waiting = { $count ->
    [one] { $count } изменение ждёт доступа к папке
    [few] { $count } изменения ждут доступа к папке
    [many] { $count } изменений ждут доступа к папке
   *[other] { $count } изменения ждут доступа к папке
}
settings-sync-computers = Другие компьютеры
settings-sync-no-computers = Пока нет: включите синхронизацию на другом компьютере с той же папкой.
settings-sync-last-change = последнее изменение: { $when }
settings-sync-name = Имя этого компьютера
settings-sync-rename = Переименовать
settings-sync-merging = Объединение… { $percent }%
settings-sync-passphrase = Парольная фраза для папки
settings-sync-passphrase-hint = Необязательно: с парольной фразой файлы в папке можно будет прочитать только на тех ваших компьютерах, где она указана. Укажите на каждом из них одну и ту же фразу длиной не менее 8 символов.
settings-sync-encrypted = Файлы этого компьютера в папке зашифрованы парольной фразой.
settings-sync-passphrase-set = Задать парольную фразу
settings-sync-passphrase-change = Сменить парольную фразу
settings-sync-passphrase-remove = Удалить парольную фразу
