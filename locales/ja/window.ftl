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
app-could-not-start = { -brand-name } を起動できませんでした
app-database-error = データを開けませんでした
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = データフォルダー: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = この画面を読み込めませんでした: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = 「{ $id }」というルーティンはありません。
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = 次は「{ $title }」です。このセッションが終わったら始まります。
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished = <strong>{ $title }</strong> のセッションが中断されました（{ $total }ステップ中{ $done }ステップ完了）。中断したところから続けますか？
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = 途中までとして残す

## Words used on several screens

common-cancel = キャンセル
common-close = 閉じる
common-delete = 削除
common-dismiss = 閉じる
common-edit = 編集
common-loading = 読み込み中…
common-note = メモ
# After the name of a field that may be left empty.
common-optional = （任意）
common-pause = 一時停止
common-resume = 再開
common-save = 保存
common-saved = 保存しました。
common-skip = スキップ
common-start = 開始
# Heading of a technique's or a step's cautions.
common-take-care = 注意
common-version = バージョン
common-your-data = あなたのデータ
common-data-folder = データフォルダー
common-database = データベース
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>用意するもの:</strong> { $needs }。

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds = { NUMBER($seconds) }秒
# "15 min"
duration-minutes = { NUMBER($minutes) }分
# "2 min 30 s"
duration-minutes-seconds = { NUMBER($minutes) }分{ NUMBER($seconds) }秒
# "2 h"
duration-hours = { NUMBER($hours) }時間
# "1 h 5 min"
duration-hours-minutes = { NUMBER($hours) }時間{ NUMBER($minutes) }分

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = 血行
goal-stress = ストレス解消
goal-flexibility = 柔軟性
goal-sleep = 睡眠
goal-recovery = 回復

## The part of the foot or leg a technique works

area-whole-foot = 足全体
area-heel = かかと
area-arch = 土踏まず
area-ball = 指の付け根のふくらみ
area-toes = 足の指
area-top = 足の甲
area-ankle = 足首
area-achilles = アキレス腱
area-calf = ふくらはぎ
area-sole = 足裏

## The groups of techniques on the Guides screen

category-preparation = 準備
category-sequence = 基本の流れ
category-library = その他の手技
category-traditional = 伝統的な手技

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = 圧なし
pressure-stretch = やさしいストレッチ
pressure-light = 軽い圧
pressure-medium = 中くらいの圧
pressure-firm = しっかりした圧
pressure-feel-none = 押さずに、足を休ませたり、湯に浸したり、静かに支えたりします
    .sentence = 押さずに、足を休ませたり、湯に浸したり、静かに支えたりします。
pressure-feel-stretch = やさしく引っぱり、そのまま保つか、ゆっくり動かします。押したり反動をつけたりはしません
    .sentence = やさしく引っぱり、そのまま保つか、ゆっくり動かします。押したり反動をつけたりはしません。
pressure-feel-light = オイルを広げるように皮膚の上をすべらせ、皮膚だけを動かします
    .sentence = オイルを広げるように皮膚の上をすべらせ、皮膚だけを動かします。
pressure-feel-medium = 筋肉に沈み込む、一定で心地よい圧。鋭い痛みは決してありません
    .sentence = 筋肉に沈み込む、一定で心地よい圧。鋭い痛みは決してありません。
pressure-feel-firm = 気持ちよく感じるところまで。痛いところまでは決して押しません
    .sentence = 気持ちよく感じるところまで。痛いところまでは決して押しません。

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = 左足
    .phrase = 左足
foot-right = 右足
    .phrase = 右足
foot-both = 両足
    .phrase = 両足

## Kinds of session in the history

kind-guided = ガイド付き
kind-self = セルフマッサージ
kind-partner = パートナーによる
kind-professional = プロによる

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = 左足の指
    .label = 左足の指
zone-left-ball = 左足の指の付け根のふくらみ
    .label = 左足の指の付け根のふくらみ
zone-left-arch = 左足の土踏まず
    .label = 左足の土踏まず
zone-left-heel = 左足のかかと
    .label = 左足のかかと
zone-left-top = 左足の甲
    .label = 左足の甲
zone-left-ankle = 左足首
    .label = 左足首
zone-left-achilles = 左のアキレス腱
    .label = 左のアキレス腱
zone-left-calf = 左のふくらはぎ
    .label = 左のふくらはぎ
zone-right-toes = 右足の指
    .label = 右足の指
zone-right-ball = 右足の指の付け根のふくらみ
    .label = 右足の指の付け根のふくらみ
zone-right-arch = 右足の土踏まず
    .label = 右足の土踏まず
zone-right-heel = 右足のかかと
    .label = 右足のかかと
zone-right-top = 右足の甲
    .label = 右足の甲
zone-right-ankle = 右足首
    .label = 右足首
zone-right-achilles = 右のアキレス腱
    .label = 右のアキレス腱
zone-right-calf = 右のふくらはぎ
    .label = 右のふくらはぎ
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = 指
zone-part-ball = 付け根
zone-part-arch = 土踏まず
zone-part-heel = かかと
zone-part-top = 甲
zone-part-ankle = 足首
zone-part-achilles = アキレス腱
zone-part-calf = ふくらはぎ
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = メイン
nav-guides = ガイド
    .hint = イラスト付きの手技
nav-routines = ルーティン
    .hint = タイマー付きのセッション
nav-history = 履歴
    .hint = これまでのセッションと目標
nav-reminders = リマインダー
    .hint = { -brand-name } がお知らせするタイミング
nav-settings = 設定
    .hint = 通知とデータ
nav-about = { -brand-name } について
# Followed by the key that opens the list ("?").
nav-shortcuts = キーボード ショートカット

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = キーボード ショートカット
shortcuts-anywhere = どこでも
shortcuts-toggle = この一覧を表示／非表示
shortcuts-key-tab = Tab / Shift+Tab
shortcuts-move = 操作項目間を移動
shortcuts-key-enter-space = Enter / スペース
shortcuts-press = フォーカスのあるボタンを押す
shortcuts-player = プレーヤーで（フォーカスの位置に関係なく使えます。ペダルやクリッカーもこのキーを送ります）
shortcuts-key-space-enter = スペース / Enter
shortcuts-pause = 一時停止／再開
shortcuts-key-next = → / Page Down
shortcuts-next = 次のステップへスキップ
shortcuts-key-previous = ← / Page Up
shortcuts-previous = 前のステップに戻る
shortcuts-key-escape = Esc
shortcuts-end = セッションを終了（確認あり）

## Routine and technique files that could not be read

problems-skipped = <strong>{ $count }件のファイルをスキップしました。</strong>それ以外はすべて読み込みました。
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = ガイド
guides-lead = かかと、土踏まず、指の付け根のふくらみ、足の指のための、ステップごとの手技です。
guides-needs-title = 今日はどんなケアが必要ですか？
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = 寝る前に
guides-need-after-sport = スポーツのあとに
guides-need-before-run = ランニングの前に
guides-need-long-day = 立ちっぱなしの一日のあとに
guides-need-morning-heel = 朝のかかとの痛みに
guides-need-desk = デスクでひと休み
guides-need-three-minutes = 3分だけ
guides-need-pregnancy = 妊娠中にやさしく
guides-need-no-bend = かがまずに
guides-need-toes = 足指を鍛える
guides-need-twice-weekly = 週2回のフルセッション
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = 始める前に
guides-pressure-title = 押す強さ: 圧なしからしっかりまで
guides-pressure-note = どの強さが必要かは、それぞれのガイドに書いてあります。痛みを感じたら、いつでも力をゆるめる合図です。
guides-search = 検索
    .placeholder = かかとの痛み、デスク、名前…
guides-goal = 目的
guides-goal-any = すべての目的
guides-area = 部位
guides-area-any = すべての部位
# The filter by how long a technique takes.
guides-length = 長さ
guides-length-any = すべての長さ
guides-length-short = 1分以内
guides-length-medium = 1〜3分
guides-length-long = 3分以上
guides-clear-filters = 絞り込みを解除
guides-technique-count = { $count }件の手技
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered = { $count }件中{ $shown }件の手技
# Heading of the routines the search found.
guides-found-routines = ルーティン
guides-empty-title = 一致する手技はありません
guides-empty = 絞り込みを減らすか、別の言葉で検索してみてください。
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = すべてのガイド

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = この手技について
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong>: { $feels }。
technique-no-drawing = イラストはありません
technique-how-to = やり方
# The name (for screen readers) of the technique's own timer.
technique-timer = { $title } のタイマー
technique-feel = 感じ方の目安
technique-tradition = 由来

## The timer on a technique's page

timer-label = タイマー
timer-start = タイマーを開始
timer-reset = リセット
timer-done = 時間です。よくできました。

## The player's check-in, before the first step

checkin-title = 始める前に
checkin-stress = いま、どのくらいストレスを感じていますか？
checkin-foot-map = 痛むところはありますか？ フットマップで評価してください
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = 次のような場合、今日はお休みしましょう…
checkin-skip-fever = 熱がある、または体調がすぐれない。
checkin-skip-wound = 足に傷口、まめ、感染がある。
checkin-skip-hot = 足が熱をもっている、赤い、または腫れている。
checkin-skip-calf = ふくらはぎが痛み、腫れている。今日中に医師の診察を受けてください。息切れや胸の痛みがある場合は、救急車を呼んでください。
checkin-safety = 控えるべきとき、医師に診てもらうべきとき
checkin-begin = 始める
checkin-skip-and-begin = スキップして始める
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } 穏やか
stress-scale-stressed = { $level } とても強い

## The player's check-out, after the last step

checkout-well-done = お疲れさまでした
checkout-saved = セッションを保存しました
checkout-summary = マッサージ{ $duration }、{ $total }ステップ中{ $done }ステップ完了。
checkout-summary-partial = マッサージ{ $duration }、{ $total }ステップ中{ $done }ステップ完了。途中までとして保存しました。
checkout-stress = いま、どのくらいストレスを感じていますか？
checkout-foot-map = 痛むところは、いまどうですか？
checkout-note-placeholder = いかがでしたか？ 次回のために覚えておきたいことはありますか？

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] （任意）
       *[other] （任意、{ $rated }か所を評価済み）
    }
footmap-how = 部位をタップしてから、痛みの強さを選んでください。0 は痛みなし、10 は最も強い痛みです。
footmap-same-as-last = 前回と同じ
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: 未評価
footmap-zone-rated = { $zone }: 10段階中 { $rating }
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = { $zone }はどのくらい痛みますか？
footmap-clear = クリア

## The player: the steps of a session

player-progress = ルーティンの進み具合
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = ステップ { $number }/{ $total } · 全体の残り { $left }
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } 右足の場合を示しています。
player-up-next = 次: { $title } · { $foot } · { $duration }
player-last-step = 最後のステップ
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = 今日は{ $zone }のまわりをやさしく行いましょう。チェックインで 10段階中 { $rating } と評価しています。
player-sore-leave-out = 今日は{ $zone }を軽めにするか、省きましょう。チェックインで 10段階中 { $rating } と評価しています。
# Said by screen readers as each step starts.
player-announce-step = ステップ { $number }/{ $total }: { $title }、{ $foot }
player-confirm-end = セッションをここで終了しますか？ これまでに完了した{ $done }ステップとともに、途中までとして保存されます。
player-end-and-save = 終了して保存
player-keep-going = 続ける
player-controls = プレーヤーの操作
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = 戻る
player-restart-step = ステップをやり直す
player-skip = スキップ
player-end = 終了
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = スペースまたは Enter で一時停止 · ← 戻る · → スキップ · Esc 終了（ペダルやクリッカーも使えます）

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }。{ $foot }。
voice-caution = 注意: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] 左足に替えます。
       *[right] 右足に替えます。
    }
voice-finished = これでルーティンはすべて終わりです。お疲れさまでした。
# Said half-way through a long step.
voice-half-way = 半分が過ぎました。そのまま続けましょう。
voice-no-service = 音声ガイドはオンですが、音声サービスが見つかりませんでした。ステップごとのチャイムは引き続き鳴ります。
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = 音声ガイドはオンですが、{ $problem } ステップごとのチャイムは引き続き鳴ります。
voice-unavailable = 音声ガイドを使えません: { $error }
voice-stopped = 音声ガイドが停止しました: { $error } ステップごとのチャイムは引き続き鳴ります。
voice-title = 音声ガイド
voice-speak-steps = 各ステップを読み上げる: 名前、足、ひとこと説明、長いステップでは「半分」、足を替えるときはその案内
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    このコンピューターでは音声サービスが応答しなかったため、プレーヤーは読み上げができません: { $problem }
    Debian や Ubuntu では、<code>{ "speech-dispatcher" }</code> と <code>{ "espeak-ng" }</code> をインストールしてください。それまでは、各ステップをチャイムでお知らせします。
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = このコンピューターには { $language } を話す音声がないため、手順は読み上げられません。Solewise がほかの言語の音声で読み上げることはありません。音声をインストールしてから（espeak-ng には { $language } の音声があります）、もう一度「設定」を開いてください。
voice-voice = 音声
voice-default = システムの既定の音声
voice-speed = 速さ
voice-speed-normal = 標準
voice-speed-slower = ゆっくり
voice-speed-faster = 速く
voice-sample = サンプルを聞く
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = プレーヤーはこのようにガイドします。
voice-sample-step = かかとのくるくるほぐし。左足。まずはかかとからです。
voice-looking = 音声サービスを探しています…

## The History screen: the sessions

history-title = 履歴
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = 履歴の表示
history-tab-sessions = セッション
history-tab-insights = 振り返り
history-logged = セッションを記録しました。
history-exported = { $path } にエクスポートしました。
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = ガイド付きセッション
history-title-self = セルフマッサージ
history-title-partner = パートナーによるマッサージ
history-title-professional = プロによるマッサージ
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = ストレス { $before } → { $after }
    .title = ストレス 前 → 後（1 穏やか、10 とても強い）
history-deleted = 「{ $title }」を削除しました。
history-undo = 元に戻す
history-import-summary = <strong>インポートが完了しました:</strong> 追加 { $added }件、既存 { $skipped }件、拒否 { $rejected }件。
# The button back from a session to the list (after an arrow).
history-back = すべてのセッション
# Said of a session that was ended before its last step.
history-partial = 途中まで
history-completed = 完了
history-steps-of = { $total }ステップ中{ $done }ステップ
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps = { $done }/{ $total } ステップ
history-zones-before = チェックイン時の痛むところ
history-zones-after = チェックアウト時
history-stress-before = 前のストレス
history-stress-after = 後のストレス
history-not-rated = 未評価
history-therapist = 施術者
history-save-changes = 変更を保存
history-log-title = セッションを記録
history-log-kind = 種類
history-log-kind-professional = プロによるマッサージ
history-log-when = 日時
history-log-minutes = 時間（分）
history-log-name = 名前
history-routine = ルーティン
history-log-no-routine = なし
history-export-csv = CSV をエクスポート…
history-export-json = JSON をエクスポート…
history-import = インポート…
history-all-routines = すべてのルーティン
history-kind = 種類
history-all-kinds = すべての種類
# The first and last day of the sessions shown.
history-from = 開始日
history-to = 終了日
history-session-count = { $count }件のセッション
history-empty-title = セッションはまだありません
history-empty = 「{ nav-routines }」画面からルーティンを行うと、進めながらここに保存されます。アプリを使わずに行ったセッションを記録することもできます。
history-older = 以前のセッションを表示

## The History screen: insights

insights-this-week = 今週
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $goal }回中{ $done }回
insights-weekly-goal = 週の目標
insights-goal-met = 目標達成です。すばらしい！
# Sessions still to do this week.
insights-to-go = あと{ $count }回
insights-streak = 連続記録
insights-weeks = { $count }週
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = 連続で目標を達成 · 最高 { $best }
insights-first-session = はじめてのセッション
insights-good-start = 順調なスタートです
insights-streak-begin = 1週間に{ $goal }回のセッションで、連続記録が始まります。
insights-streak-begin-well-done = よくできました。1週間に{ $goal }回のセッションで、連続記録が始まります。
insights-best-so-far = これまでの最高: { $count }週。
insights-streak-empty = 目標を達成した週が続くと、ここに表示されます。
insights-minutes = 時間（分）
# Under the minutes of massage this week.
insights-minutes-detail = 今週、目標と同じセッションから · 今月 { $month } · 合計 { $all }
insights-stress = ストレス
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down = { $points }ポイント低下
insights-stress-up = { $points }ポイント上昇
insights-stress-same = 変化なし
insights-stress-none = セッションの前後にストレスを評価すると、その変化がわかります。
insights-stress-detail = セッション前と比べたセッション後の平均
insights-year = 過去12か月
# The calendar of sessions, for screen readers.
insights-heatmap = 過去12か月の1日ごとのセッション: 合計 { $count }回
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] セッションなし
       *[other] セッション{ $count }回
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = セッションなし
insights-legend-most = 1日{ $count }回以上
insights-stress-title = セッション前後のストレス
insights-stress-chart = 評価した各セッションの前後のストレス
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = 前
insights-legend-after = 後
insights-legend-dates = { $first }〜{ $last }
insights-stress-empty = セッションの前後にストレスを評価すると、ここに表示されます。
insights-top-routines = よく使うルーティン
insights-top-techniques = よく使う手技
insights-none-yet = まだありません。
insights-steps = { $count }ステップ

## The History screen: the foot zones' trends

zones-title = 足の部位
zones-period = 直近12週間
zones-empty = チェックインのときにフットマップで痛むところを評価してください。3回評価した部位は、ここに傾向が表示されます。
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = { $zone }の痛みが、2週間にわたって { $rating } 以上のままです。続く痛みは、専門家に診てもらう価値があります。
zones-see-someone = 受診の目安
zones-ratings = 評価{ $count }回
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = 変化は1か月後に表示されます
zones-change-none = 最初の月から変化なし
zones-change-down = 最初の月から { $size } 低下
zones-change-up = 最初の月から { $size } 上昇
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }、週ごとの平均: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = リマインダー
reminders-lead = セッションの時間になると、ウィンドウを閉じていても、{ -brand-name } がトレイからお知らせします。
reminders-days = 曜日
reminders-time = 時刻
reminders-routine = ルーティン
# A reminder's own text, shown in its notification.
reminders-label = ラベル
# The notification's text when a reminder has no label of its own.
reminders-default-label = フットマッサージの時間です
# The checkbox that turns a reminder on.
reminders-on = オン
reminders-also-autostart = ログイン時に { -brand-name } をトレイで起動する
reminders-offer-title = 週2回リマインドしましょうか？
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = 週2回、15分ずつで、足は元気でいられます。{ -brand-name } のおすすめは { $days } の { $time } です。ご都合のよい曜日と時刻を選んでください。
reminders-offer-accept = 曜日と時刻を選ぶ
reminders-offer-dismiss = 今はしない
reminders-paused-forever = 再びオンにするまで、<strong>リマインダーは一時停止中です</strong>。
# $until is a day and time.
reminders-paused-until = { $until } まで、<strong>リマインダーは一時停止中です</strong>。
reminders-resume = リマインダーを再開
reminders-next = 次のリマインダー: { $when }
reminders-none = リマインダーは設定されていません。
reminders-pause-today = 今日は一時停止
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = 一時停止
    .input = 一時停止する日数
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
       *[other] 日間
    }
reminders-pause-until-resumed = 再開するまで一時停止
reminders-new = 新しいリマインダー
reminders-add = リマインダーを追加
reminders-edit-title = リマインダーを編集
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } の { $time }
reminders-rule-off = { $days } の { $time }（オフ）
# The next times a reminder comes, each a day and time.
reminders-rule-next = 次回: { $times }
reminders-add-one = リマインダーを追加
reminders-calendar-title = 予定を持ち歩く
reminders-calendar = リマインダーを、いつも使っているカレンダーに毎週の予定として追加できます。どのカレンダーアプリでも読み込めるファイル（.ics）です。
reminders-calendar-export = カレンダーに追加
reminders-calendar-saved = { $path } に保存しました。カレンダーアプリで開くと、予定が追加されます。
reminders-options-title = リマインダーが届いたとき
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = スヌーズ:
reminders-snooze-minutes =
    { $count ->
       *[other] 分
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = コンピューターがスリープしていたり { -brand-name } が閉じていたりした場合も、最大
reminders-grace-minutes =
    { $count ->
       *[other] 分遅れまでリマインドする
    }

## The Routines screen

routines-title = ルーティン
routines-lead = 手技を組み合わせて、タイマーに沿って行えるセッションにしたものです。
routines-new = 新しいルーティン
routines-import = ルーティンファイルをインポート…
# Headings of the two lists of routines.
routines-built-in = 組み込み
routines-yours = あなたのルーティン
routines-empty-title = 自分のルーティンはまだありません
routines-empty = 「{ routines-new }」から一から作るか、組み込みのルーティンを開いて複製し、変更してください。
routines-steps = { $count }ステップ
# The button back from a routine to the list (after an arrow).
routines-back = すべてのルーティン
# Above a routine's title: where it comes from.
routines-built-in-one = 組み込みのルーティン
routines-yours-one = あなたのルーティン
routines-for-partner = パートナー向け
routines-duplicate = 複製
routines-export = エクスポート…
routines-print = 印刷…
routines-delete = 削除…
routines-confirm-delete = 「{ $title }」を完全に削除しますか？ ファイルがデータフォルダーから削除されます。
routines-keep = 残す
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title }（コピー）
routines-deleted = 「{ $title }」を削除しました。
routines-imported = 「{ $title }」をインポートしました。
routines-exported = { $path } に保存しました。
routines-saved = ルーティンを保存しました。

## The routine editor

editor-new-title = 新しいルーティン
editor-edit-title = ルーティンを編集
editor-title = タイトル
editor-summary = 概要
editor-goals = 目的
editor-for-partner = ほかの人の足をマッサージするためのルーティン
editor-steps = ステップ
# After "Steps": how many, and how long they take in all.
editor-steps-summary = · { $count }ステップ、{ $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = ステップ { $number } の手技
editor-step-foot = ステップ { $number } の足
editor-step-cue = ステップ { $number } のひとこと説明
    .placeholder = ひとこと説明（任意）
# After a step's number field for its length.
editor-seconds =
    { $count ->
       *[other] 秒
    }
editor-move-up = ステップ { $number } を上へ移動
editor-move-down = ステップ { $number } を下へ移動
editor-remove-step = ステップ { $number } を削除
editor-add-step = ＋ ステップを追加
editor-saving = 保存中…
editor-save = ルーティンを保存

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = 圧はやさしく、痛みは決して我慢しないでください。痛み、腫れ、熱っぽさがあれば中止して、{ -brand-name } の安全についてのページを見てください。

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = プログラム
# The card's name, for screen readers.
programmes-card = あなたのプログラム
programmes-card-done = すべてのセッションが完了しました。週2回のルーティンで、このリズムを続けましょう。
programmes-week = { $number }週目:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }、次に{ $next }
programmes-joined-done = このプログラムに参加中です。すべてのセッションが完了しました。お疲れさまでした！
programmes-joined-next = このプログラムに参加中です。次は{ $week }週目、{ $sessions }回中{ $session }回目のセッションです。
programmes-leave = プログラムをやめる
programmes-remind-on = リマインドする曜日
# Before a time of day.
programmes-at = 時刻
programmes-no-days = 曜日が選ばれていません。リマインダーなしで参加します。
programmes-reminder-added = 「{ nav-reminders }」にリマインダーが追加されます。進むにつれて、次のセッションを知らせます。変更や削除はそちらで行えます。
programmes-join = 参加
programmes-join-instead = 代わりにこれに参加

## The Settings screen

settings-title = 設定
settings-language-title = 言語
settings-language = 言語
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = システム（{ $language }）
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = システムは { $asked } を指定していますが、{ -brand-name } は { $shown } で表示します。
settings-goal-title = 目標とセッション
settings-weekly-goal = 週の目標
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
       *[other] 回（1週間あたり）。
    }まずは週2回から始めるのがおすすめです。
settings-week-start = 週の始まり
settings-week-start-hint = 週の目標と連続記録に使われます。
settings-chime = プレーヤーが次のステップに進むとき、やわらかいチャイムを鳴らす
settings-autostart-title = ログイン時に起動
settings-autostart = ログイン時に { -brand-name } をトレイで起動し、アプリを開かなくてもリマインダーが届くようにする
settings-notifications-title = 通知
settings-notifications = リマインダーはデスクトップ通知として届きます。テスト通知を送って、表示を確かめ、ちゃんと届くかを確認してください。
settings-test-sending = 送信中…
settings-test-send = テスト通知を送る
settings-test-sent = 送信しました。デスクトップの通知を確認してください。
settings-data = { -brand-name } が保存するものはすべて、このコンピューターの1つのフォルダーにあります。
settings-version = { -brand-name } { $version }
settings-backups-title = バックアップ
settings-backups = { -brand-name } は、実行中に1日1回と、アップグレードの前に毎回データベースをコピーし、最新の{ $count }個を保管します。復元するときは、まず現在のデータのコピーを保存します。
settings-no-backups = バックアップはまだありません。
# Why a backup was made.
settings-backup-daily = 毎日
settings-backup-before-restore = 復元の前
settings-backup-before-upgrade = アップグレードの前
settings-backup-size = { $kilobytes } KB
settings-restore-this = このコピーを復元
settings-restore = 復元…
settings-restored = 復元しました。直前の状態のデータは { $path } に保管されています。

## The About screen (the licence texts themselves are not translated)

about-title = { -brand-name } について
about-lead = セルフフットマッサージのおともに。イラスト付きのガイド、ステップごとのタイマー、リマインダー、そしてそのときの気分の記録。{ -brand-name } はインターネットに接続しません。すべての情報はこのコンピューターの中にとどまります。
about-built-with = 使用技術
about-tauri = { "Tauri" } { $version }
about-data = セッション、設定、リマインダー、自分のルーティン、毎日のバックアップ、ログは、すべて1つのフォルダーにあります。{ -brand-name } を別のコンピューターに移すには、アプリを閉じた状態でこのフォルダーをコピーするか、履歴を JSON でエクスポートしてください。
about-logs = ログ
about-open-folder = データフォルダーを開く
about-opened = ファイルマネージャーで開きました。
about-licences-title = オープンソースライセンス
about-licences-failed = ライセンスの一覧を読み込めませんでした: { $error }
about-licences = { -brand-name } は { $count }個のオープンソースパッケージを使って作られています。作者の皆さんに感謝します。各項目を開くと、そのパッケージに含まれるライセンスファイルが表示されます。
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others = その他のライセンス表記 { $count }件
about-find = パッケージまたはライセンスを検索
    .placeholder = 例: rusqlite、MPL-2.0
about-package-count = { $count }個中{ $shown }個のパッケージ
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Rust クレート
# $authors lists the package's authors.
about-by = 作者: { $authors }
# $url is the address of the package's source code.
about-repository = ソース: { $url }
about-no-licence-file = このパッケージにはライセンスファイルが含まれていません。ライセンスは { $licence } です。

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = ようこそ · ステップ { $step }/{ $steps }
welcome-title = { -brand-name } へようこそ
welcome-lead = イラスト付きのセルフフットマッサージ、ステップごとのタイマー、時間になったときのリマインダー、そしてそのときの気分の記録。すべてこのコンピューターの中にとどまります。
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = 目標: 週に
welcome-sessions-a-week =
    { $count ->
       *[other] 回のセッション
    }
welcome-rhythm = 週2回、15分ずつがちょうどよいリズムです。
welcome-remind-title = { -brand-name } からいつリマインドしましょうか？
# Before a time of day.
welcome-at = 時刻
welcome-autostart = ログイン時に { -brand-name } をトレイで起動し、リマインダーが届くようにする
welcome-no-days = 曜日を選ばなければ、リマインダーは届きません。あとから「{ nav-reminders }」で追加できます。
welcome-safety-title = はじめてのセッションの前に
welcome-safety = マッサージはやさしいものですが、控えるべきときもあります。傷口、感染、最近のけが、ふくらはぎの腫れなどです。糖尿病や血行不良がある場合や、妊娠中の場合は、まず安全についてのページを読んでください。
# The safety page is the guide page called "When to skip it".
welcome-read-safety = 「控えるべきとき」を読む
welcome-safety-where = このページはいつでも「{ nav-guides }」から開けます。
welcome-back = 戻る
welcome-next = 次へ
welcome-finish = 完了

## Settings → Sync

settings-sync-title = 同期
settings-sync-intro = Syncthing、Nextcloud、Dropbox などですでに同期しているフォルダーを使って、ほかのコンピューターと履歴をそろえられます。アカウントもサーバーも要りません。Solewise がそのフォルダーに書き込むのは自分のファイルだけで、Solewise という名前のフォルダーの中に置きます。
settings-sync-off = オフ: 履歴はこのコンピューターだけに保存されます。
settings-sync-choose = フォルダーを選ぶ…
settings-sync-choose-title = 同期ツールでほかのコンピューターと共有しているフォルダー
settings-sync-change = フォルダーを変更…
settings-sync-turn-off = オフにする
settings-sync-now = 今すぐ同期
settings-sync-folder = 使用するフォルダー
settings-sync-merged = 最終同期: { $when }
settings-sync-never = まだ同期していません
settings-sync-waiting = { $count }件の変更がフォルダーへの書き込みを待っています
settings-sync-computers = ほかのコンピューター
settings-sync-no-computers = まだありません。ほかのコンピューターでも、同じフォルダーを指定して同期をオンにしてください。
settings-sync-last-change = 最終変更: { $when }
settings-sync-name = このコンピューターの名前
settings-sync-rename = 名前を変更
settings-sync-merging = 取り込み中… { $percent }%
settings-sync-passphrase = フォルダーのパスフレーズ
settings-sync-passphrase-hint = 任意: パスフレーズを設定すると、フォルダー内のファイルは、同じパスフレーズを設定したコンピューターでしか読めなくなります。どのコンピューターにも同じパスフレーズ（8文字以上）を設定してください。
settings-sync-encrypted = フォルダー内のこのコンピューターのファイルは、パスフレーズで暗号化されています。
settings-sync-passphrase-set = パスフレーズを設定
settings-sync-passphrase-change = パスフレーズを変更
settings-sync-passphrase-remove = パスフレーズを解除
