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
app-could-not-start = { -brand-name } 无法启动
app-database-error = 无法打开你的数据
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = 数据文件夹：<code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = 无法加载此页面：{ $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = 没有“{ $id }”这个流程。
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = 接下来：这次护理结束后，开始“{ $title }”。
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished = 你的<strong>{ $title }</strong>护理被中断了（共 { $total } 步，已完成 { $done } 步）。要从中断的地方继续吗？
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = 保留为未完成

## Words used on several screens

common-cancel = 取消
common-close = 关闭
common-delete = 删除
common-dismiss = 知道了
common-edit = 编辑
common-loading = 正在加载…
common-note = 备注
# After the name of a field that may be left empty.
common-optional = （可选）
common-pause = 暂停
common-resume = 继续
common-save = 保存
common-saved = 已保存。
common-skip = 跳过
common-start = 开始
# Heading of a technique's or a step's cautions.
common-take-care = 注意事项
common-version = 版本
common-your-data = 你的数据
common-data-folder = 数据文件夹
common-database = 数据库
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>请准备：</strong>{ $needs }。

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds = { NUMBER($seconds) } 秒
# "15 min"
duration-minutes = { NUMBER($minutes) } 分钟
# "2 min 30 s"
duration-minutes-seconds = { NUMBER($minutes) } 分 { NUMBER($seconds) } 秒
# "2 h"
duration-hours = { NUMBER($hours) } 小时
# "1 h 5 min"
duration-hours-minutes = { NUMBER($hours) } 小时 { NUMBER($minutes) } 分钟

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = 促进循环
goal-stress = 缓解压力
goal-flexibility = 柔韧性
goal-sleep = 睡眠
goal-recovery = 恢复

## The part of the foot or leg a technique works

area-whole-foot = 整只脚
area-heel = 脚跟
area-arch = 足弓
area-ball = 前脚掌
area-toes = 脚趾
area-top = 脚背
area-ankle = 脚踝
area-achilles = 跟腱
area-calf = 小腿
area-sole = 脚底

## The groups of techniques on the Guides screen

category-preparation = 准备工作
category-sequence = 核心步骤
category-library = 更多手法
category-traditional = 传统手法

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = 无按压
pressure-stretch = 轻柔拉伸
pressure-light = 轻力度
pressure-medium = 中等力度
pressure-firm = 较重力度
pressure-feel-none = 不做任何按压：双脚休息、浸泡或保持不动
    .sentence = 不做任何按压：双脚休息、浸泡或保持不动。
pressure-feel-stretch = 轻轻牵拉，保持不动或慢慢移动，不按压，也不弹动
    .sentence = 轻轻牵拉，保持不动或慢慢移动，不按压，也不弹动。
pressure-feel-light = 在皮肤上滑过，只带动皮肤，就像抹油一样
    .sentence = 在皮肤上滑过，只带动皮肤，就像抹油一样。
pressure-feel-medium = 按进肌肉，平稳舒适，绝不尖锐刺痛
    .sentence = 按进肌肉，平稳舒适，绝不尖锐刺痛。
pressure-feel-firm = 按到感觉舒服为止，绝不按到疼
    .sentence = 按到感觉舒服为止，绝不按到疼。

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = 左脚
    .phrase = 左脚
foot-right = 右脚
    .phrase = 右脚
foot-both = 双脚
    .phrase = 双脚

## Kinds of session in the history

kind-guided = 跟随引导
kind-self = 自我按摩
kind-partner = 伴侣按摩
kind-professional = 专业按摩

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = 左脚脚趾
    .label = 左脚脚趾
zone-left-ball = 左脚前脚掌
    .label = 左脚前脚掌
zone-left-arch = 左脚足弓
    .label = 左脚足弓
zone-left-heel = 左脚脚跟
    .label = 左脚脚跟
zone-left-top = 左脚脚背
    .label = 左脚脚背
zone-left-ankle = 左脚踝
    .label = 左脚踝
zone-left-achilles = 左脚跟腱
    .label = 左脚跟腱
zone-left-calf = 左小腿
    .label = 左小腿
zone-right-toes = 右脚脚趾
    .label = 右脚脚趾
zone-right-ball = 右脚前脚掌
    .label = 右脚前脚掌
zone-right-arch = 右脚足弓
    .label = 右脚足弓
zone-right-heel = 右脚脚跟
    .label = 右脚脚跟
zone-right-top = 右脚脚背
    .label = 右脚脚背
zone-right-ankle = 右脚踝
    .label = 右脚踝
zone-right-achilles = 右脚跟腱
    .label = 右脚跟腱
zone-right-calf = 右小腿
    .label = 右小腿
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = 脚趾
zone-part-ball = 前脚掌
zone-part-arch = 足弓
zone-part-heel = 脚跟
zone-part-top = 脚背
zone-part-ankle = 脚踝
zone-part-achilles = 跟腱
zone-part-calf = 小腿
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = 主导航
nav-guides = 指南
    .hint = 图解手法
nav-routines = 流程
    .hint = 带计时器的护理
nav-history = 历史
    .hint = 以往护理和目标
nav-reminders = 提醒
    .hint = { -brand-name } 何时提醒你
nav-settings = 设置
    .hint = 通知和数据
nav-about = 关于 { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = 键盘快捷键

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = 键盘快捷键
shortcuts-anywhere = 任何位置
shortcuts-toggle = 显示或隐藏此列表
shortcuts-key-tab = Tab / Shift+Tab
shortcuts-move = 在控件之间移动
shortcuts-key-enter-space = Enter / 空格
shortcuts-press = 按下当前选中的按钮
shortcuts-player = 在播放器中（无论焦点在哪里；踏板和翻页器也会发送这些按键）
shortcuts-key-space-enter = 空格 / Enter
shortcuts-pause = 暂停或继续
shortcuts-key-next = → / Page Down
shortcuts-next = 跳到下一步
shortcuts-key-previous = ← / Page Up
shortcuts-previous = 回到上一步
shortcuts-key-escape = Esc
shortcuts-end = 结束护理（会先确认）

## Routine and technique files that could not be read

problems-skipped = <strong>已跳过 { $count } 个文件。</strong>其余内容均已加载。
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>：{ $message }

## The Guides screen

guides-title = 指南
guides-lead = 针对脚跟、足弓、前脚掌和脚趾的分步手法。
guides-needs-title = 你今天需要什么？
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = 睡前
guides-need-after-sport = 运动后
guides-need-before-run = 跑步前
guides-need-long-day = 站了一整天
guides-need-morning-heel = 早上脚跟疼
guides-need-desk = 办公间隙
guides-need-three-minutes = 三分钟
guides-need-pregnancy = 孕期轻柔护理
guides-need-no-bend = 不用弯腰
guides-need-toes = 强健脚趾
guides-need-twice-weekly = 完整的每周两次护理
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = 开始之前
guides-pressure-title = 按多重：从无按压到较重力度
guides-pressure-note = 每个指南都会注明需要哪种力度。一旦感到疼痛，就要放轻。
guides-search = 搜索
    .placeholder = 脚跟痛、办公桌、名称……
guides-goal = 目标
guides-goal-any = 所有目标
guides-area = 部位
guides-area-any = 所有部位
# The filter by how long a technique takes.
guides-length = 时长
guides-length-any = 所有时长
guides-length-short = 1 分钟以内
guides-length-medium = 1 到 3 分钟
guides-length-long = 3 分钟以上
guides-clear-filters = 清除筛选
guides-technique-count = { $count } 个手法
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered = { $shown } / { $count } 个手法
# Heading of the routines the search found.
guides-found-routines = 流程
guides-empty-title = 没有匹配的手法
guides-empty = 试试减少筛选条件，或换个词。
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = 所有指南

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = 关于此手法
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong>：{ $feels }。
technique-no-drawing = 暂无图示
technique-how-to = 做法
# The name (for screen readers) of the technique's own timer.
technique-timer = “{ $title }”的计时器
technique-feel = 应有的感觉
technique-tradition = 来源

## The timer on a technique's page

timer-label = 计时器
timer-start = 开始计时
timer-reset = 重置
timer-done = 时间到。做得很好。

## The player's check-in, before the first step

checkin-title = 开始之前
checkin-stress = 你现在感觉压力有多大？
checkin-foot-map = 有哪里酸痛吗？在足部图上打个分
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = 出现以下情况，今天请跳过：
checkin-skip-fever = 你发烧或感觉不舒服；
checkin-skip-wound = 脚上有开放性伤口、水疱或感染；
checkin-skip-hot = 一只脚发热、发红或肿胀；
checkin-skip-calf = 小腿疼痛且肿胀：请今天就去看医生；如果呼吸急促或胸痛，请拨打急救电话。
checkin-safety = 什么时候不要做，什么时候该去看医生
checkin-begin = 开始
checkin-skip-and-begin = 跳过并开始
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } 平静
stress-scale-stressed = { $level } 压力很大

## The player's check-out, after the last step

checkout-well-done = 做得好
checkout-saved = 护理已保存
checkout-summary = 按摩 { $duration }，完成了 { $total } 步中的 { $done } 步。
checkout-summary-partial = 按摩 { $duration }，完成了 { $total } 步中的 { $done } 步，已保存为未完成。
checkout-stress = 现在你感觉压力有多大？
checkout-foot-map = 酸痛的地方现在感觉如何？
checkout-note-placeholder = 感觉怎么样？下次有什么要记住的吗？

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] （可选）
       *[other] （可选，已为 { $rated } 个部位打分）
    }
footmap-how = 点一个部位，再选它有多酸痛：0 表示不痛，10 表示最痛。
footmap-same-as-last = 与上次相同
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }：未打分
footmap-zone-rated = { $zone }：{ $rating } 分（满分 10 分）
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = { $zone }有多酸痛？
footmap-clear = 清除

## The player: the steps of a session

player-progress = 流程进度
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = 第 { $number } 步，共 { $total } 步 · 全部还剩 { $left }
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } 此步骤做右脚。
player-up-next = 下一步：{ $title } · { $foot } · { $duration }
player-last-step = 最后一步
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = 今天在你的{ $zone }周围要轻柔一些：开始前你给它打了 { $rating } 分（满分 10 分）。
player-sore-leave-out = 今天请轻按或跳过你的{ $zone }：开始前你给它打了 { $rating } 分（满分 10 分）。
# Said by screen readers as each step starts.
player-announce-step = 第 { $number } 步，共 { $total } 步：{ $title }，{ $foot }
player-confirm-end = 现在结束护理吗？它会保存为未完成，记录目前已完成的 { $done } 步。
player-end-and-save = 结束并保存
player-keep-going = 继续
player-controls = 播放器控件
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = 上一步
player-restart-step = 重新开始此步
player-skip = 跳过
player-end = 结束
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = 空格或 Enter 暂停 · ← 上一步 · → 跳过 · Esc 结束（也可以用踏板或翻页器）

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }。{ $foot }。
voice-caution = 注意：{ $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] 换到左脚。
       *[right] 换到右脚。
    }
voice-finished = 整个流程结束了。做得很好。
# Said half-way through a long step.
voice-half-way = 已经过半。继续。
voice-no-service = 语音引导已开启，但没有找到语音服务。提示音仍会标记每一步。
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = 语音引导已开启，但出现了问题：{ $problem } 提示音仍会标记每一步。
voice-unavailable = 语音引导不可用：{ $error }
voice-stopped = 语音引导已停止：{ $error } 提示音仍会标记每一步。
voice-title = 语音引导
voice-speak-steps = 朗读每一步：名称、哪只脚和提示；长步骤过半时提示“已经过半”，需要换脚时也会提醒
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    这台电脑上没有语音服务响应，因此播放器无法朗读：{ $problem }
    在 Debian 或 Ubuntu 上，请安装 <code>{ "speech-dispatcher" }</code> 和 <code>{ "espeak-ng" }</code>。在此之前，提示音会标记每一步。
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = 这台电脑上没有能说{ $language }的语音，所以步骤不会被朗读出来：Solewise 从不用其他语言的语音朗读。请安装一个（espeak-ng 有{ $language }语音），然后重新打开设置。
voice-voice = 语音
voice-default = 系统默认语音
voice-speed = 语速
voice-speed-normal = 正常
voice-speed-slower = 较慢
voice-speed-faster = 较快
voice-sample = 试听
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = 播放器会这样引导你。
voice-sample-step = 脚跟画圈。左脚。先从脚跟开始。
voice-looking = 正在查找语音服务…

## The History screen: the sessions

history-title = 历史
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = 历史视图
history-tab-sessions = 护理记录
history-tab-insights = 统计
history-logged = 护理已记录。
history-exported = 已导出到 { $path }。
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = 引导护理
history-title-self = 自我按摩
history-title-partner = 伴侣为我按摩
history-title-professional = 专业按摩
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = 压力 { $before } → { $after }
    .title = 护理前 → 护理后的压力（1 平静，10 压力很大）
history-deleted = 已删除“{ $title }”。
history-undo = 撤销
history-import-summary = <strong>导入完成：</strong>新增 { $added } 条，{ $skipped } 条已存在，{ $rejected } 条被拒绝。
# The button back from a session to the list (after an arrow).
history-back = 所有护理
# Said of a session that was ended before its last step.
history-partial = 未完成
history-completed = 已完成
history-steps-of = 完成了 { $total } 步中的 { $done } 步
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps = { $done }/{ $total } 步
history-zones-before = 开始前的酸痛部位
history-zones-after = 结束时
history-stress-before = 护理前压力
history-stress-after = 护理后压力
history-not-rated = 未打分
history-therapist = 按摩师
history-save-changes = 保存更改
history-log-title = 记录一次护理
history-log-kind = 类型
history-log-kind-professional = 专业按摩
history-log-when = 时间
history-log-minutes = 分钟数
history-log-name = 名称
history-routine = 流程
history-log-no-routine = 无
history-export-csv = 导出 CSV…
history-export-json = 导出 JSON…
history-import = 导入…
history-all-routines = 所有流程
history-kind = 类型
history-all-kinds = 所有类型
# The first and last day of the sessions shown.
history-from = 从
history-to = 至
history-session-count = { $count } 次护理
history-empty-title = 还没有护理记录
history-empty = 在“{ nav-routines }”页面跟着一个流程做，护理会随进度保存在这里；也可以记录一次没有使用本应用的护理。
history-older = 显示更早的护理

## The History screen: insights

insights-this-week = 本周
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } / { $goal }
insights-weekly-goal = 每周目标
insights-goal-met = 目标达成。真棒。
# Sessions still to do this week.
insights-to-go = 还差 { $count } 次
insights-streak = 连续达成
insights-weeks = { $count } 周
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = 连续达成目标 · 最长 { $best }
insights-first-session = 你的第一次护理
insights-good-start = 开了个好头
insights-streak-begin = 一周内完成 { $goal } 次护理，就开始连续记录。
insights-streak-begin-well-done = 做得好。一周内完成 { $goal } 次护理，就开始连续记录。
insights-best-so-far = 目前最长：{ $count } 周。
insights-streak-empty = 连续达成目标的周数会显示在这里。
insights-minutes = 分钟
# Under the minutes of massage this week.
insights-minutes-detail = 本周，与目标统计的护理相同 · 本月 { $month } · 累计 { $all }
insights-stress = 压力
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down = 下降 { $points } 分
insights-stress-up = 上升 { $points } 分
insights-stress-same = 没有变化
insights-stress-none = 在护理前后为压力打分，就能看到变化。
insights-stress-detail = 平均值，护理后与护理前相比
insights-year = 过去 12 个月
# The calendar of sessions, for screen readers.
insights-heatmap = 过去 12 个月每天的护理次数：共 { $count } 次
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }：{ $count ->
        [0] 没有护理
       *[other] { $count } 次护理
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = 没有护理
insights-legend-most = 每天 { $count } 次或更多
insights-stress-title = 护理前后的压力
insights-stress-chart = 每次打分护理前后的压力
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = 护理前
insights-legend-after = 护理后
insights-legend-dates = { $first } 至 { $last }
insights-stress-empty = 在护理前后为压力打分，就能在这里看到。
insights-top-routines = 最常用的流程
insights-top-techniques = 最常用的手法
insights-none-yet = 还没有。
insights-steps = { $count } 步

## The History screen: the foot zones' trends

zones-title = 足部部位
zones-period = 最近十二周
zones-empty = 开始前在足部图上为酸痛部位打分；一个部位打分三次后，这里会显示它的变化趋势。
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = 你的{ $zone }已经连续两周保持在 { $rating } 分或以上。持续的疼痛值得请专业人士看看。
zones-see-someone = 找专业人士
zones-ratings = { $count } 次打分
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = 一个月后显示变化
zones-change-none = 与第一个月相比没有变化
zones-change-down = 与第一个月相比下降 { $size }
zones-change-up = 与第一个月相比上升 { $size }
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }，每周平均：{ $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = 提醒
reminders-lead = 到了该护理的时候，即使窗口已关闭，{ -brand-name } 也会从托盘提醒你。
reminders-days = 星期
reminders-time = 时间
reminders-routine = 流程
# A reminder's own text, shown in its notification.
reminders-label = 提醒文字
# The notification's text when a reminder has no label of its own.
reminders-default-label = 该做足部按摩了
# The checkbox that turns a reminder on.
reminders-on = 开启
reminders-also-autostart = 登录时也在托盘中启动 { -brand-name }
reminders-offer-title = 每周提醒你两次？
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = 每周两次、每次十五分钟，就能让双脚舒舒服服。{ -brand-name } 建议在{ $days }的 { $time }；请选择适合你的日期和时间。
reminders-offer-accept = 选择日期和时间
reminders-offer-dismiss = 以后再说
reminders-paused-forever = <strong>提醒已暂停</strong>，直到你重新开启。
# $until is a day and time.
reminders-paused-until = <strong>提醒已暂停</strong>，直到 { $until }。
reminders-resume = 重新开启提醒
reminders-next = 下次提醒：{ $when }
reminders-none = 未设置提醒。
reminders-pause-today = 今天暂停
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = 暂停
    .input = 暂停天数
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
       *[other] 天
    }
reminders-pause-until-resumed = 暂停，直到我重新开启
reminders-new = 新建提醒
reminders-add = 添加提醒
reminders-edit-title = 编辑提醒
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } { $time }
reminders-rule-off = { $days } { $time }（已关闭）
# The next times a reminder comes, each a day and time.
reminders-rule-next = 下次：{ $times }
reminders-add-one = 添加一个提醒
reminders-calendar-title = 把计划带在身边
reminders-calendar = 把你的提醒作为每周事件放进你常用的日历：一个任何日历应用都能导入的文件（.ics）。
reminders-calendar-export = 添加到日历
reminders-calendar-saved = 已保存到 { $path }。用你的日历应用打开它，即可添加这些事件。
reminders-options-title = 提醒到来时
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = 推迟
reminders-snooze-minutes =
    { $count ->
       *[other] 分钟
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = 如果电脑处于睡眠状态或 { -brand-name } 已关闭，仍在最多晚
reminders-grace-minutes =
    { $count ->
       *[other] 分钟内提醒我
    }

## The Routines screen

routines-title = 流程
routines-lead = 把多个手法组合成一次护理，跟着计时器做。
routines-new = 新建流程
routines-import = 导入流程文件…
# Headings of the two lists of routines.
routines-built-in = 内置
routines-yours = 你的流程
routines-empty-title = 还没有你自己的流程
routines-empty = 用“{ routines-new }”从头创建一个，或者打开一个内置流程，复制一份再修改。
routines-steps = { $count } 步
# The button back from a routine to the list (after an arrow).
routines-back = 所有流程
# Above a routine's title: where it comes from.
routines-built-in-one = 内置流程
routines-yours-one = 你的流程
routines-for-partner = 为伴侣按摩
routines-duplicate = 复制
routines-export = 导出…
routines-print = 打印…
routines-delete = 删除…
routines-confirm-delete = 永久删除“{ $title }”吗？它的文件会从你的数据文件夹中移除。
routines-keep = 保留
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title }（我的副本）
routines-deleted = 已删除“{ $title }”。
routines-imported = 已导入“{ $title }”。
routines-exported = 已保存到 { $path }。
routines-saved = 流程已保存。

## The routine editor

editor-new-title = 新建流程
editor-edit-title = 编辑流程
editor-title = 标题
editor-summary = 简介
editor-goals = 目标
editor-for-partner = 用于为他人按摩双脚
editor-steps = 步骤
# After "Steps": how many, and how long they take in all.
editor-steps-summary = · { $count } 步，{ $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = 第 { $number } 步的手法
editor-step-foot = 第 { $number } 步的脚
editor-step-cue = 第 { $number } 步的提示
    .placeholder = 提示（可选）
# After a step's number field for its length.
editor-seconds =
    { $count ->
       *[other] 秒
    }
editor-move-up = 上移第 { $number } 步
editor-move-down = 下移第 { $number } 步
editor-remove-step = 删除第 { $number } 步
editor-add-step = + 添加步骤
editor-saving = 正在保存…
editor-save = 保存流程

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }：</strong>{ $caution }
print-footer = 力度要轻柔，绝不要按到疼。如果有任何地方疼痛、肿胀或发热，请停下来，并查看 { -brand-name } 中的安全页面。

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = 计划
# The card's name, for screen readers.
programmes-card = 你的计划
programmes-card-done = 所有护理都已完成。用每周两次的流程保持节奏吧。
programmes-week = 第 { $number } 周：
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }，然后是{ $next }
programmes-joined-done = 你已加入这个计划：所有护理都已完成。做得好！
programmes-joined-next = 你已加入这个计划：下一次是第 { $week } 周的第 { $session } 次护理（共 { $sessions } 次）。
programmes-leave = 退出计划
programmes-remind-on = 在这些日子提醒我
# Before a time of day.
programmes-at = 时间
programmes-no-days = 没有勾选任何日期：加入后不会设置提醒。
programmes-reminder-added = 已在“{ nav-reminders }”中添加一个提醒；随着进度推进，它会写明你的下一次护理。可以在那里修改或删除它。
programmes-join = 加入
programmes-join-instead = 改为加入这个计划

## The Settings screen

settings-title = 设置
settings-language-title = 语言
settings-language = 语言
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = 系统（{ $language }）
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = 你的系统要求使用{ $asked }；{ -brand-name } 显示的是{ $shown }。
settings-goal-title = 目标与护理
settings-weekly-goal = 每周目标
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
       *[other] 次护理 / 周。每周两次是个不错的开始。
    }
settings-week-start = 每周开始于
settings-week-start-hint = 用于每周目标和连续达成记录。
settings-chime = 播放器进入下一步时，播放轻柔的提示音
settings-autostart-title = 登录时启动
settings-autostart = 登录时在托盘中启动 { -brand-name }，这样不用打开它也能收到提醒
settings-notifications-title = 通知
settings-notifications = 提醒会以桌面通知的形式出现。发送一条测试通知，看看它的样子，并确认你能收到。
settings-test-sending = 正在发送…
settings-test-send = 发送测试通知
settings-test-sent = 已发送。请在桌面的通知中查看。
settings-data = { -brand-name } 保存的所有内容都留在这台电脑上的一个文件夹里。
settings-version = { -brand-name } { $version }
settings-backups-title = 备份
settings-backups = { -brand-name } 运行时每天备份一次数据库，每次升级前也会备份，并保留最近的 { $count } 份副本。恢复某个备份前，会先把你当前的数据另存一份副本。
settings-no-backups = 还没有备份。
# Why a backup was made.
settings-backup-daily = 每日
settings-backup-before-restore = 恢复前
settings-backup-before-upgrade = 升级前
settings-backup-size = { $kilobytes } KB
settings-restore-this = 恢复此副本
settings-restore = 恢复…
settings-restored = 已恢复。恢复前的数据保存在 { $path }。

## The About screen (the licence texts themselves are not translated)

about-title = 关于 { -brand-name }
about-lead = 自我足部按摩的好帮手：图解指南、每一步的计时器、提醒，以及每次感受的记录。{ -brand-name } 从不联网；它知道的一切都留在这台电脑上。
about-built-with = 构建工具
about-tauri = { "Tauri" } { $version }
about-data = 护理记录、设置、提醒、你自己的流程、每日备份和日志都存放在同一个文件夹中。要把 { -brand-name } 移到另一台电脑，请在应用关闭时复制这个文件夹，或者把历史导出为 JSON。
about-logs = 日志
about-open-folder = 打开数据文件夹
about-opened = 已在文件管理器中打开。
about-licences-title = 开源许可证
about-licences-failed = 无法加载许可证列表：{ $error }
about-licences = { -brand-name } 基于 { $count } 个开源软件包构建，感谢它们的作者。展开每一项，可以查看该软件包附带的许可证文件。
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }：{ $count }
about-licence-others = 另外 { $count } 种许可证表达式
about-find = 查找软件包或许可证
    .placeholder = 例如 rusqlite 或 MPL-2.0
about-package-count = { $shown } / { $count } 个软件包
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Rust crate
# $authors lists the package's authors.
about-by = 作者：{ $authors }
# $url is the address of the package's source code.
about-repository = 源代码：{ $url }
about-no-licence-file = 这个软件包没有附带许可证文件；它的许可证是 { $licence }。

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = 欢迎 · 第 { $step } 步，共 { $steps } 步
welcome-title = 欢迎使用 { -brand-name }
welcome-lead = 图解的自我足部按摩、每一步的计时器、到时间时的提醒，以及每次感受的记录。所有内容都留在这台电脑上。
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = 每周目标
welcome-sessions-a-week =
    { $count ->
       *[other] 次护理
    }
welcome-rhythm = 每周两次、每次十五分钟，是不错的节奏。
welcome-remind-title = 你希望 { -brand-name } 什么时候提醒你？
# Before a time of day.
welcome-at = 时间
welcome-autostart = 登录时在托盘中启动 { -brand-name }，以便按时收到提醒
welcome-no-days = 不勾选任何日期就不会有提醒；之后可以在“{ nav-reminders }”中添加。
welcome-safety-title = 第一次护理之前
welcome-safety = 按摩很温和，但有些情况应该跳过：开放性伤口、感染、近期受伤、小腿肿胀等。如果你有糖尿病或血液循环不好，或者正在怀孕，请先阅读安全页面。
# The safety page is the guide page called "When to skip it".
welcome-read-safety = 阅读“什么时候不要做”
welcome-safety-where = 你随时可以在“{ nav-guides }”中找到它。
welcome-back = 上一步
welcome-next = 下一步
welcome-finish = 完成

## Settings → Sync

settings-sync-title = 同步
settings-sync-intro = 借助一个你已经在用 Syncthing、Nextcloud 或 Dropbox 同步的文件夹，让你各台电脑上的历史记录保持一致。无需账户，也无需服务器：Solewise 只会在该文件夹中写入自己的文件，放在一个名为 Solewise 的文件夹里。
settings-sync-off = 已关闭：你的历史记录只保存在这台电脑上。
settings-sync-choose = 选择文件夹…
settings-sync-choose-title = 由你的同步工具与其他电脑共享的文件夹
settings-sync-change = 更换文件夹…
settings-sync-turn-off = 关闭
settings-sync-now = 立即同步
settings-sync-folder = 使用的文件夹
settings-sync-merged = 上次同步：{ $when }
settings-sync-never = 还没有同步过
settings-sync-waiting = 有 { $count } 项更改在等待写入文件夹
settings-sync-computers = 其他电脑
settings-sync-no-computers = 还没有：请在其他电脑上用同一个文件夹开启同步。
settings-sync-last-change = 最近更改：{ $when }
settings-sync-name = 这台电脑的名称
settings-sync-rename = 重命名
settings-sync-merging = 正在合并… { $percent }%
settings-sync-passphrase = 文件夹密码
settings-sync-passphrase-hint = 可选：设置密码后，文件夹中的文件只有在你设置了这个密码的电脑上才能读取。请在每台电脑上设置同一个密码，长度至少 8 个字符。
settings-sync-encrypted = 这台电脑在文件夹中的文件已用密码加密。
settings-sync-passphrase-set = 设置密码
settings-sync-passphrase-change = 更改密码
settings-sync-passphrase-remove = 移除密码
