# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = 没有同名的英文文件可供翻译
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = 缺失：{ $language } 标明已翻译完成，但没有 { $source } 的译文
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = “{ $key }”在这里没有可翻译的英文原文
# $count items in the translation where the English has $english.
translation-count = “{ $key }”有 { $count } 项，而英文有 { $english } 项：每个英文条目都必须对应一项
translation-missing-key = “{ $key }”还没有翻译，但该语言标明已翻译完成
translation-folder-unreadable = 无法读取文件夹：{ $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = Solewise 不支持“{ $tag }”这种语言。请从列表中选择一种语言，或选择“系统”。

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = 下次提醒：{ $when }
tray-reminders-paused = 提醒已暂停
tray-no-reminders = 未设置提醒
tray-start = 开始护理
tray-pause-today = 今天暂停提醒
tray-resume = 恢复提醒
tray-open = 打开 Solewise
tray-quit = 退出

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = 该做足部按摩了
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } 分钟
reminder-body-no-routine = 你的双脚值得这几分钟的照顾。
reminder-open = 打开 Solewise
reminder-start = 现在开始
reminder-snooze = 稍后提醒
test-notification-title = Solewise 测试通知
test-notification-body = 提醒就会是这个样子。该犒劳一下你的双脚了！
# $detail is what the desktop said, in its own words.
notification-no-service = 这个桌面上没有运行通知服务，所以 Solewise 无法显示桌面通知。提醒仍会保留，并在应用内显示。（{ $detail }）
notification-refused = 桌面没有显示这条通知：{ $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = 警告：Solewise 不支持“{ $asked }”这种语言，改用 { $shown } 显示
cli-reminders-on = 提醒已开启
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = 已添加提醒 { $id }：{ $days } { $at }
cli-no-reminders = 没有提醒
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = 已关闭
cli-reminder-removed = 已删除提醒 { $id }
cli-no-reminders-ahead = 接下来没有提醒
cli-nothing-to-export = 没有可导出的提醒（一个也没有，或者全部已关闭）：请用 `solewise reminders add` 添加一个
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = “{ $length }”超出了 9999 年
cli-paused-until-resume = 提醒已暂停，直到运行 `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = 提醒已暂停，直到 { $until }
cli-warning = 警告：{ $warning }
cli-imported = 已添加 { $added } 次护理，{ $skipped } 次已存在，已跳过
cli-validate-good = 已检查 { $checked } 个文件：全部正常
cli-validate-problems = 已检查 { $checked } 个文件，发现 { $count } 个问题
cli-skipped = 已跳过：{ $problem }
cli-list-problems = { $count } 个问题：上面列出的只是能够读取的流程
cli-nothing-found = 没有找到与“{ $words }”相关的内容
# $title is the programme's title.
cli-programme-line = { $title }（{ $weeks } 周，{ $sessions } 次护理）
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = 已加入计划：{ $programme }
cli-programme-joined-reminder = 已加入计划：{ $programme }；提醒时间：{ $days } { $at }
cli-no-programme = 尚未加入任何计划：请查看 `solewise programmes list`
cli-programme-left = 已退出计划：{ $programme }
cli-no-programme-to-leave = 之前没有加入任何计划
cli-daemon-not-running = 托盘后台程序没有在运行
cli-autostart-on = 登录时 Solewise 会在托盘中启动。
cli-autostart-off = 登录时不会启动 Solewise。

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Solewise 提醒
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }，{ $minutes } 分钟：一个 Solewise 流程

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = 这台电脑上没有能朗读这种语言（{ $language }）的语音，所以步骤不会被朗读出来。请为这种语言安装一个语音（例如 espeak-ng 的语音），然后重新启动 Solewise。

## solewise history add, edit, delete

cli-history-title-self = 自我按摩
cli-history-title-partner = 伴侣为我按摩
cli-history-title-professional = 专业按摩
cli-history-edited = 已保存护理 { $id } 的备注。
cli-history-deleted = 已删除“{ $title }”（{ $id }）。

## solewise sync

cli-sync-on = 同步已开启，使用文件夹 { $folder }。
cli-sync-off = 同步已关闭。这台电脑上的历史记录保持不变。
cli-sync-done = 已写入 { $sent } 项更改，从其他电脑收到 { $received } 项。
cli-sync-status-on = 同步：已开启，使用文件夹 { $folder }
cli-sync-status-off = 同步：已关闭
cli-sync-status-name = 这台电脑：{ $name }
cli-sync-status-merged = 上次同步：{ $when }
cli-sync-status-never = 还没有同步过
cli-sync-status-computers = { $count ->
    [0] 还没有发现其他电脑
   *[other] 其他 { $count } 台电脑：
}
cli-sync-status-computer = { $name }，最近更改：{ $when }
cli-sync-status-waiting = 有 { $count } 项更改在等待写入文件夹
cli-sync-renamed = 这台电脑现在名为 { $name }。
cli-sync-progress = 已合并 { $percent }%
cli-sync-status-encrypted = 文件夹中的文件已用密码加密。
cli-sync-passphrase-ask = 同步文件夹的密码：
cli-sync-passphrase-again = 再次输入同一密码：
cli-sync-passphrase-mismatch = 两次输入的密码不一致；没有做任何更改。
cli-sync-passphrase-on = 这台电脑在同步文件夹中的文件已用该密码加密。请在你的其他电脑上设置同一个密码。
cli-sync-passphrase-off = 这台电脑在同步文件夹中的文件不再加密。
reminder-skipped-elsewhere = 已跳过 { $time } 的提醒：已经在 { $computer } 上做过一次护理了。
