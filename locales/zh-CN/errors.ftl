# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = 历史数据库出错：{ $error }
# $folder is the data folder's path.
database-create-folder = 无法创建数据文件夹 { $folder }：{ $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = 数据库 { $file } 是由更新版本的 Solewise 写入的（数据版本 { $found }；此版本最高只能读取 { $supported }）。该文件未被改动。请更新 Solewise，或者用 --data-dir 指定另一个文件夹来启动它。
# $to is where the damaged file was to be moved.
database-move-aside-failed = 数据库 { $file } 已损坏，且无法移到 { $to }：{ $error }
database-backup-failed = 升级前无法备份 { $file }：{ $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = 将数据库 { $file } 升级到数据版本 { $version } 失败，因此没有做任何更改：{ $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = 数据库 { $file } 已损坏（{ $reason }）。它已被移到 { $moved_to } 并保留下来，除此之外没有做任何操作。启动 Solewise 即可开始新的历史记录，也可以在“历史”页面中恢复备份。
database-damaged-left-alone = 数据库 { $file } 已损坏（{ $reason }）。它保持原样，也没有从中读取任何内容。启动 Solewise（或运行任何会更改数据的命令），即可把它移开并开始新的历史记录。
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } 不是 Solewise 数据库（{ $reason }）。该文件未被改动。请把它移走，或者用 --data-dir 指定另一个文件夹来启动 Solewise。
database-folder-is-a-file = 数据文件夹 { $folder } 是一个文件，而不是文件夹。请把这个文件移走，或者用 --data-dir 指定另一个文件夹。
database-create-failed = 无法创建数据库 { $file }：{ $error }
database-read-failed = 无法读取数据库 { $file }：{ $error }
database-sqlite = 数据库 { $file }：{ $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = 无法读取你的 Solewise 数据库（{ $reason }）。它已被移到 { $moved_to }（没有删除任何内容），并已新建一个空数据库。

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = 它是一个文件夹
database-reason-empty = 文件是空的（0 字节）
# $version is a number found in the file.
database-reason-odd-version = 它的数据版本是 { $version }，没有任何 Solewise 版本会写入这个版本
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = 它是一个包含其他表（{ $tables }）的 SQLite 数据库，且没有 Solewise 数据版本
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check 发现：{ $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = 备份文件夹中没有名为“{ $name }”的备份。

## Finding the data folder.

store-no-data-folder = 找不到这个系统的应用数据文件夹（是否设置了 HOME？）。请用 --data-dir DIR 指定一个。
# $folder is the path that was worked out.
store-data-folder-relative = 应用数据文件夹会是“{ $folder }”，但这不是绝对路径（请检查 HOME 和 XDG_DATA_HOME）。请用 --data-dir DIR 指定一个。

## Settings.

settings-weekly-goal-range = 每周目标应为 { $min } 到 { $max } 次护理。
# $day is what was sent.
settings-not-a-weekday = “{ $day }”不是星期几。
settings-voice-rate-range = 语速范围是 -100（最慢）到 100（最快）。
# $name is what was sent.
settings-not-a-voice = “{ $name }”不是语音名称。
settings-snooze-range = 推迟时间应为 { $min } 到 { $max } 分钟。
settings-grace-range = 宽限时间应为 5 分钟到 24 小时。

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = 无法读取“登录时启动”设置：{ $error }
settings-autostart-on-failed = 无法开启“登录时启动”：{ $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = 无法开启“登录时启动”：reg.exe 拒绝了操作。
settings-autostart-no-home = 无法开启“登录时启动”：没有主文件夹（未设置 HOME）。
settings-autostart-on-file-failed = 无法开启“登录时启动”（{ $file }）：{ $error }
settings-autostart-off-failed = 无法关闭“登录时启动”：{ $error }
settings-autostart-off-refused = 无法关闭“登录时启动”：reg.exe 拒绝了操作。
settings-autostart-off-file-failed = 无法关闭“登录时启动”（{ $file }）：{ $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = “{ $day }”不是星期几：请使用 mon、tue、wed、thu、fri、sat 或 sun
reminder-no-days = 提醒至少需要选择一天
# $time is what was typed.
reminder-not-a-time = “{ $time }”不是时间：请使用 24 小时制的 HH:MM，例如 20:00
reminder-label-too-long = 提醒文字最多 80 个字符
# $char is the character's code, such as U+0007.
reminder-label-control-char = 提醒文字不能包含控制字符 { $char }
# $id is the reminder's number.
reminder-not-found = 没有提醒 { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = 没有可供提醒的流程“{ $routine }”：请从列表中选择一个，或运行 `solewise routines list` 查看流程 id。
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = 原定 { $time } 的提醒无法显示：{ $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = “{ $length }”不是时长：请使用例如 2d、12h 或 90m 这样的写法
# $days is the longest pause, in days.
schedule-pause-too-long = “{ $length }”超过了最长暂停时间 { $days } 天：运行不带 --for 的 `solewise pause`，可以一直暂停到运行 `solewise resume`
schedule-pause-zero = “{ $length }”根本不算暂停：请至少设为 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = “{ $date }”不是日期：请使用 YYYY-MM-DD
schedule-pause-date-out-of-range = “{ $date }”超出范围：请给出 9999 年之前的日期
schedule-pause-date-past = “{ $date }”已经开始了：请给出今天之后的日期
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = 这个系统不认识时区 TZ="{ $tz }"，因此时间按 UTC 计算。请把 TZ 设为 Europe/Berlin 这样的名称，或者取消设置它，以使用系统的设置。

## Guided sessions.

session-stress-range = 压力的评分范围是 1 到 10
# $routine is the routine id asked for.
session-no-routine = 没有“{ $routine }”这个流程。
session-routine-gone = 流程“{ $routine }”已不存在，因此这次护理被保留为未完成。

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = 没有护理 { $id }（它可能已被删除）。
# $value is the rating that was sent.
history-stress-before-range = 护理前压力必须在 1（平静）到 10（压力很大）之间，而不是 { $value }
history-stress-after-range = 护理后压力必须在 1（平静）到 10（压力很大）之间，而不是 { $value }
history-note-too-long = 备注超过了 { $max } 个字符
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = 无法恢复这次护理：{ $reason }。
history-already-there = 护理 { $id } 已在历史记录中。
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = 开始时间必须形如 2026-11-24T20:00，而不是“{ $text }”
# $error is what the date library said.
history-start-time-error = 开始时间：{ $error }
history-logged-kind = 手动记录的护理只能是自我按摩、伴侣按摩或专业按摩
history-logged-minutes = 一次护理的时长为 1 到 600 分钟，而不是 { $minutes }
history-logged-title = 请给这次护理起一个不超过 80 个字符的名称
history-logged-future = 这个开始时间在未来：请在护理结束后再记录
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } 必须是形如 2026-11-24 的日期，而不是“{ $date }”
history-filter-date-error = { $field }：{ $error }
history-page-marker = 这个分页标记不是 Solewise 生成的

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = “{ $zone }”不是足部部位（部位以 left- 或 right- 开头，后接 { $parts } 之一）
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone }的评分是 { $rating }；评分范围是 0 到 { $max }
history-zone-rated-twice = { $zone }被评分了两次
history-zone-left-toes = 左脚脚趾
history-zone-left-ball = 左脚前脚掌
history-zone-left-arch = 左脚足弓
history-zone-left-heel = 左脚脚跟
history-zone-left-top = 左脚脚背
history-zone-left-ankle = 左脚踝
history-zone-left-achilles = 左脚跟腱
history-zone-left-calf = 左小腿
history-zone-right-toes = 右脚脚趾
history-zone-right-ball = 右脚前脚掌
history-zone-right-arch = 右脚足弓
history-zone-right-heel = 右脚脚跟
history-zone-right-top = 右脚脚背
history-zone-right-ankle = 右脚踝
history-zone-right-achilles = 右脚跟腱
history-zone-right-calf = 右小腿

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = 本周：{ $goal } 次护理中已完成 { $done } 次（{ $met ->
        [yes] 已达成目标
       *[no] 尚未达成目标
    }；每周从{ $first_day ->
        [tuesday] 星期二
        [wednesday] 星期三
        [thursday] 星期四
        [friday] 星期五
        [saturday] 星期六
        [sunday] 星期日
       *[monday] 星期一
    }开始）
# $current and $best are numbers of weeks.
history-stats-streak = 连续达成：连续 { $current } 周达成目标（最长 { $best } 周）
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = 分钟数：本周 { $week }，本月 { $month }，累计 { $all }，共 { $sessions } 次护理
history-stats-stress-none = 压力：还没有在护理前后都打过分的护理
history-stats-stress-same = 压力：护理后平均没有变化
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = 压力：护理后平均下降 { $points } 分
history-stats-stress-up = 压力：护理后平均上升 { $points } 分
history-stats-zones = 足部部位（最近十二周）：
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }：打分 { $ratings } 次，{ $week } 那一周平均 { $average } 分，{ $trend ->
        [down] 与第一个月相比下降 { $change }
        [up] 与第一个月相比上升 { $change }
        [same] 与第一个月相比没有变化
       *[unknown] 暂时还看不出变化
    }{ $high ->
        [yes] （连续两周 7 分或以上：值得请专业人士看看）
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }：{ $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = 它不是 UTF-8 文本（偏移量 { $offset } 处有无效字节），因此不是 Solewise 导出文件
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = 这不是 Solewise 历史导出文件（第 { $line } 行，第 { $column } 列：{ $error }）
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = 这不是 Solewise 历史导出文件（第 { $line } 行，第 { $column } 列：{ $field }：{ $error }）
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = 此文件的格式是“{ $format }”，而不是“{ $expected }”
import-version-zero = 此文件的版本是 0；Solewise 导出文件从版本 1 开始
# $text is what the file holds.
import-bad-exported-at = 此文件的 exported_at“{ $text }”不是形如 2026-11-24T20:00:00Z 的日期和时间
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = 此导出文件由更新版本的 Solewise 生成（版本 { $version }；当前版本最高只能读取 { $supported }）
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = 第 { $number } 次护理：{ $reason }
import-session-problem-id = 第 { $number } 次护理（id { $id }）：{ $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = 第 { $number } 次护理（id { $id }）：第 { $first } 次护理的 id 相同，但内容不同
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    没有导入任何内容：有 { $count } 次护理无效：
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }：{ $error }
import-session-text-too-long = 它的 { $field } 长度为 { $length } 个字符；最多 { $max } 个
import-session-text-control-char = 它的 { $field } 包含控制字符 { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = 它第 { $number } 步的手法长度为 { $length } 个字符；最多 { $max } 个
import-session-step-technique-control-char = 它第 { $number } 步的手法包含控制字符 { $char }
# $text is what the file holds.
import-session-bad-time = { $field }“{ $text }”不是形如 2026-11-24T20:00:00Z 的日期和时间
import-session-before-2000 = { $field } { $text } 早于 2000 年
import-session-in-future = { $field } { $text } 在未来
import-session-bad-id = 它的 id“{ $id }”不是 Solewise 生成的（UUID）
import-session-ends-before-start = 它的结束时间（ended_at）早于开始时间（started_at）
import-session-in-progress = 它的状态是 in_progress：这次护理仍在进行中
import-session-stress-range = { $field } 必须在 1 到 10 之间
import-session-no-title = 它的标题是空的
import-session-bad-routine-id = 它的 routine_id“{ $routine }”不是流程 id（用短横线连接的小写单词，最多 48 个字符）
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = 它的 { $field } 是 { $value }；一次护理最长 { $max } 秒（一天）
import-session-too-many-steps = 它有 { $count } 步；一次护理最多 { $max } 步
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = 它的 steps_total { $total } 和 steps_done { $done } 与其步骤列表不符：列表中有 { $count } 步，其中 { $count_done } 步已完成
# $position is the position the file gives the step.
import-session-step-order = 它的步骤顺序在第 { $number } 步出错（位置 { $position }）
import-session-step-seconds = 第 { $number } 步持续 { $seconds } 秒；每一步应为 { $min } 到 { $max } 秒
import-session-step-no-technique = 第 { $number } 步没有指定手法
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = 它开始前的部位评分：{ $reason }
import-session-zones-after = 它结束时的部位评分：{ $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } 是 Solewise 自己的数据库或备份：请选择另一个文件来导出
export-write-failed = 无法写入 { $file }：{ $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = 护理 { $id }（{ $column }）：不是 UTF-8 的字节已作为替换字符导出
# $id is the routine id asked for.
export-no-such-routine = 没有“{ $id }”这个流程。

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = 无法读取：{ $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = 它是{ $kind ->
        [fifo] 命名管道（FIFO）
        [device] 设备
        [socket] 套接字
        [folder] 文件夹
       *[other] 特殊文件
    }，不是普通文件，因此不可能是{ $what ->
        [routine] 流程文件
       *[history-export] Solewise 历史导出文件
    }
# $max is the largest size allowed, in bytes.
input-too-large = 它超过了 { $max } 字节，这是{ $what ->
        [routine] 流程文件
       *[history-export] Solewise 历史导出文件
    }允许的最大大小

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = 无法读取你的流程所在的文件夹：{ $error }
routine-file-folder-unreadable = 无法读取文件夹：{ $error }
routine-file-not-utf8 = 它不是 UTF-8 文本：这真的是流程文件吗？
# $file is the file's path.
routine-file-io = { $file }：{ $error }
routine-file-not-custom = 没有自定义流程“{ $id }”（内置流程无法修改或删除；请先复制一份）。
# $title is the title of the routine that has the id.
routine-file-id-taken = id 为“{ $id }”的流程已存在（{ $title }）。请换一个标题或 id。
routine-file-new-id-invalid = id“{ $id }”只能由小写字母和数字组成，并用单个短横线分隔
routine-file-shadows-built-in = 流程 id“{ $id }”与一个内置流程相同，因此 Solewise 会跳过这个文件：请换一个 id
routine-file-not-toml = 无法写成 TOML：{ $error }
routine-file-id-invalid = id“{ $id }”只能由小写字母和数字组成，并用单个短横线分隔（例如“heel-circles”），最多 48 个字符
# $stem is the file's name without .toml.
routine-file-id-not-file-name = id“{ $id }”与文件名不符：请把文件重命名为 { $id }.toml，或设置 id = "{ $stem }"
routine-file-text-empty = { $field } 是空的
routine-file-text-too-long = { $field } 长度为 { $length } 个字符；请控制在 { $max } 个以内
routine-file-control-char = { $field } 包含控制字符 { $char }；请删除它
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals 是空的：请至少写上 circulation、stress、flexibility、sleep、recovery 中的一个
routine-file-goal-twice = goals 中同一个目标出现了两次
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } 列出了 { $count } 项；最多 { $max } 项
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }：“{ $item }”的长度必须为 1 到 { $max } 个字符
routine-file-summary-too-long = summary 超过了 { $max } 个字符
routine-file-no-steps = 流程至少需要一个 [[steps]] 条目
routine-file-too-many-steps = { $count } 步太多了；最多 { $max } 步
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = 第 { $number } 步指定的手法“{ $technique }”不存在
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = 第 { $number } 步指定的手法“{ $technique }”不存在（你是不是想写“{ $near }”？）
routine-file-step-seconds = 第 { $number } 步持续 { $seconds } 秒；每一步应为 { $min } 到 { $max } 秒
routine-file-cue-control-char = 第 { $number } 步的提示包含控制字符 { $char }；请删除它
routine-file-cue-too-long = 第 { $number } 步的提示超过了 { $max } 个字符
routine-file-too-long = 各步骤加起来共 { $minutes } 分钟；一个流程最长 { $max } 分钟
# $first is the file that has the id already.
routine-file-id-used = 流程 id“{ $id }”已被 { $first } 使用；已跳过此文件
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds 是 { $seconds }；一个手法的时长应为 { $min } 到 { $max } 秒
# $name is the file name given.
technique-file-illustration = illustration“{ $name }”必须是以 .svg 结尾的文件名，且不含文件夹
technique-file-no-steps = steps 至少要列出一条说明，且每条都不能为空
technique-file-needs-tradition = 传统手法需要一行 'tradition'，说明它的来源
technique-file-tradition-not-traditional = tradition 只适用于 category = "traditional" 的手法
technique-file-id-taken = 手法 id“{ $id }”已被 { $first } 使用；已跳过此文件
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = 一个页面只能有一个 '# ' 标题；小标题请用 '## '
page-file-no-title = 页面必须以 '# ' 标题开头

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = 计划至少需要一个 [[weeks]] 条目
programme-file-too-many-weeks = { $count } 周太多了；最多 { $max } 周
# $week is the week's place (1 for the first).
programme-file-week-empty = 第 { $week } 周没有护理：请至少写上一个流程
programme-file-week-too-many = 第 { $week } 周有 { $count } 次护理；最多 { $max } 次
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = 第 { $week } 周第 { $session } 次护理指定的流程“{ $routine }”不存在
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = 第 { $week } 周第 { $session } 次护理指定的流程“{ $routine }”不存在（你是不是想写“{ $near }”？）
programme-file-note-empty = 第 { $week } 周的备注是空的
programme-file-note-too-long = 第 { $week } 周的备注长度为 { $length } 个字符；请控制在 { $max } 个以内
programme-file-note-control-char = 第 { $week } 周的备注包含控制字符 { $char }；请删除它
programme-file-id-taken = 计划 id“{ $id }”已被 { $first } 使用；已跳过此文件
# $id is the programme id asked for.
programme-not-found = 没有“{ $id }”这个计划。
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · 第 { $week } 周，第 { $session } 次护理（共 { $sessions } 次）
programme-progress-complete = { $title } · 已完成

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Solewise 的后台程序没有在运行（{ $endpoint } 处没有程序在监听）。
ipc-no-answer = Solewise 的后台程序在 { $seconds } 秒内没有响应。
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Solewise 的后台程序使用协议 { $theirs }（版本 { $version }）；本程序使用协议 { $ours }。
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Solewise 的后台程序发来的内容不是有效消息：{ $error }
ipc-connection-failed = 与 Solewise 后台程序的连接失败：{ $error }
ipc-message-too-long = 一条超过 { $max } 字节的消息
ipc-message-not-utf8 = 一条不是 UTF-8 的消息
ipc-connection-closed = 连接已关闭
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = 不是 Solewise 消息：{ $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = 请先用协议 { $protocol } 发送 hello
ipc-endpoint-taken = 已有一个 Solewise 后台程序在 { $endpoint } 监听
ipc-daemon-no-answer = 托盘后台程序没有响应：{ $error }
ipc-daemon-not-installed = 这里没有安装托盘后台程序：提醒将暂缓
# $program is the daemon program's path.
ipc-daemon-start-failed = 无法启动托盘后台程序 { $program }：{ $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = 托盘后台程序没有启动；请查看 { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = 没有正在运行的语音服务（Speech Dispatcher 未安装或未能启动：{ $detail }）。
speech-stopped-answering = 语音服务停止响应：{ $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = 语音服务拒绝了“{ $command }”：{ $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = 未设置 XDG_RUNTIME_DIR
# $socket is where the service was looked for.
speech-socket-error = { $socket }：{ $error }
speech-unreadable-answer = 无法读取它对“{ $command }”的响应
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = { $seconds } 秒内没有响应
# $code is the service's answer code, a number.
speech-answer-coded = 一个代码为 { $code } 的响应
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = 未发送：该值必须是{ $spaces ->
        [yes] 一行
       *[no] 一个词
    }，且不含控制字符

## Keeping history in step through a synced folder

sync-line-not-json = 这一行不是更改记录：{ $error }
sync-line-bad-clock = 时间戳“{ $clock }”不是 Solewise 写入的格式
sync-line-other-device = 这条记录称由电脑 { $device } 写入，但它所在的文件夹并不属于那台电脑
sync-line-unknown-field = 护理记录没有“{ $field }”这个字段
sync-session-refused = 来自另一台电脑的护理 { $id } 未被添加：{ $reason }
sync-this-computer = 这台电脑
sync-folder-missing = 找不到同步文件夹 { $folder }（是磁盘没有接上，还是文件夹被移动了？）。在这里做的更改会等它恢复后再写入。
sync-folder-unwritable = Solewise 无法写入同步文件夹 { $folder }：{ $error }。在这里做的更改会等到可以写入时再写入。
sync-folder-unreadable = Solewise 无法读取同步文件夹 { $folder }：{ $error }
sync-name-invalid = 电脑名称必须为 1 到 { $max } 个字符，且只能占一行。
sync-is-off = 同步已关闭：请先指定一个文件夹来开启同步（solewise sync set 文件夹，或“设置 → 同步”）。
sync-device-shared = 另一台电脑一直在用这台电脑的同步 id 写入（这个数据文件夹是从那台电脑复制过来的吗？）。这台电脑现在有了自己的 id；两台电脑写入的内容都没有丢失。
sync-file-newer = { $file } 是由更新版本的 Solewise 写入的：请在这台电脑上更新 Solewise，才能完整合并其中的内容。
sync-line-bad-id = “{ $id }”不是 Solewise 同步的任何内容的 id
sync-routine-refused = 来自另一台电脑的流程 { $id } 未被保存：{ $reason }
sync-encrypted = 同步文件夹中的文件已用密码加密。请为这台电脑设置相同的密码（“设置 → 同步”，或 solewise sync passphrase），才能合并这些文件；在此之前，这里不会有任何变化，也不会向文件夹写入任何内容。
sync-passphrase-wrong = { $computer } 写入同步文件夹的文件无法用这台电脑的密码打开。请为两台电脑设置相同的密码；在此之前，这些文件会一直等待。
sync-file-unreadable = 暂时无法打开 { $file }（{ $error }）：它可能还没有完整传过来。下次同步时会再次读取。
sync-passphrase-invalid = 密码必须至少为 { $min } 个字符，且只能占一行。
