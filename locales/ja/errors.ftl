# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = 履歴データベースでエラーが発生しました: { $error }
# $folder is the data folder's path.
database-create-folder = データフォルダー { $folder } を作成できませんでした: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = データベース { $file } は、新しいバージョンの Solewise で書き込まれています（データバージョン { $found }。このバージョンが扱えるのは { $supported } までです）。ファイルには手を加えていません。Solewise をアップデートするか、--data-dir で別のフォルダーを指定して起動してください。
# $to is where the damaged file was to be moved.
database-move-aside-failed = データベース { $file } が破損しており、{ $to } に移動できませんでした: { $error }
database-backup-failed = アップグレードの前に { $file } をバックアップできませんでした: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = データベース { $file } をデータバージョン { $version } にアップグレードできなかったため、何も変更していません: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = データベース { $file } が破損しています（{ $reason }）。{ $moved_to } に移動して保管しました。それ以外は何もしていません。Solewise を起動して新しい履歴を始めるか、「履歴」画面からバックアップを復元してください。
database-damaged-left-alone = データベース { $file } が破損しています（{ $reason }）。そのままにしてあり、何も読み込んでいません。Solewise（またはデータを変更するコマンド）を起動すると、このファイルを移動して新しい履歴を始めます。
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } は Solewise のデータベースではありません（{ $reason }）。ファイルには手を加えていません。ファイルを移動するか、--data-dir で別のフォルダーを指定して Solewise を起動してください。
database-folder-is-a-file = データフォルダー { $folder } はフォルダーではなく、ファイルです。そのファイルを移動するか、--data-dir で別のフォルダーを指定してください。
database-create-failed = データベース { $file } を作成できませんでした: { $error }
database-read-failed = データベース { $file } を読み込めませんでした: { $error }
database-sqlite = データベース { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Solewise のデータベースを読み込めませんでした（{ $reason }）。{ $moved_to } に移動し（何も削除していません）、新しい空のデータベースを作成しました。

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = フォルダーです
database-reason-empty = ファイルが空です（0 バイト）
# $version is a number found in the file.
database-reason-odd-version = データバージョンが { $version } ですが、このバージョンを書き込む Solewise はありません
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = ほかのテーブル（{ $tables }）をもつ SQLite データベースで、Solewise のデータバージョンがありません
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check の結果: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = バックアップフォルダーに「{ $name }」というバックアップはありません。

## Finding the data folder.

store-no-data-folder = このシステムのアプリデータ用フォルダーが見つかりませんでした（HOME は設定されていますか？）。--data-dir DIR で指定してください。
# $folder is the path that was worked out.
store-data-folder-relative = アプリデータ用フォルダーが「{ $folder }」になりますが、これは絶対パスではありません（HOME と XDG_DATA_HOME を確認してください）。--data-dir DIR で指定してください。

## Settings.

settings-weekly-goal-range = 週の目標は { $min }〜{ $max } 回のセッションです。
# $day is what was sent.
settings-not-a-weekday = 「{ $day }」は曜日ではありません。
settings-voice-rate-range = 音声の速さは -100（最も遅い）〜 100（最も速い）です。
# $name is what was sent.
settings-not-a-voice = 「{ $name }」は音声の名前ではありません。
settings-snooze-range = スヌーズは { $min }〜{ $max } 分です。
settings-grace-range = 猶予時間は 5 分〜24 時間です。

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = ログイン時の起動の設定を読み込めませんでした: { $error }
settings-autostart-on-failed = ログイン時の起動をオンにできませんでした: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = ログイン時の起動をオンにできませんでした: reg.exe が拒否しました。
settings-autostart-no-home = ログイン時の起動をオンにできませんでした: ホームフォルダーがありません（HOME が設定されていません）。
settings-autostart-on-file-failed = ログイン時の起動をオンにできませんでした（{ $file }）: { $error }
settings-autostart-off-failed = ログイン時の起動をオフにできませんでした: { $error }
settings-autostart-off-refused = ログイン時の起動をオフにできませんでした: reg.exe が拒否しました。
settings-autostart-off-file-failed = ログイン時の起動をオフにできませんでした（{ $file }）: { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = 「{ $day }」は曜日ではありません: mon、tue、wed、thu、fri、sat、sun のいずれかを使ってください
reminder-no-days = リマインダーには少なくとも1つの曜日が必要です
# $time is what was typed.
reminder-not-a-time = 「{ $time }」は時刻ではありません: 20:00 のように、24 時間制の HH:MM で入力してください
reminder-label-too-long = ラベルは 80 文字以内です
# $char is the character's code, such as U+0007.
reminder-label-control-char = ラベルに制御文字 { $char } は使えません
# $id is the reminder's number.
reminder-not-found = リマインダー { $id } はありません
# $routine is the routine id that was asked for.
reminder-no-such-routine = リマインドするルーティン「{ $routine }」はありません。一覧から選ぶか、`solewise routines list` で ID を確認してください。
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = { $time } のリマインダーを表示できませんでした: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = 「{ $length }」は期間ではありません: 2d、12h、90m のように入力してください
# $days is the longest pause, in days.
schedule-pause-too-long = 「{ $length }」は、一時停止できる最長期間（{ $days }日）を超えています: `solewise resume` まで一時停止するには、--for を付けずに `solewise pause` を実行してください
schedule-pause-zero = 「{ $length }」では一時停止になりません: 1m 以上を指定してください
# $date is what was typed after --until.
schedule-pause-not-a-date = 「{ $date }」は日付ではありません: YYYY-MM-DD の形で入力してください
schedule-pause-date-out-of-range = 「{ $date }」は範囲外です: 9999 年より前の日付を指定してください
schedule-pause-date-past = 「{ $date }」はすでに始まっています: 明日以降の日付を指定してください
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = タイムゾーン TZ="{ $tz }" はこのシステムで認識できないため、時刻は UTC で表示します。TZ に Asia/Tokyo などの名前を設定するか、TZ の設定を解除してシステムの設定を使ってください。

## Guided sessions.

session-stress-range = ストレスは 1〜10 で評価します
# $routine is the routine id asked for.
session-no-routine = 「{ $routine }」というルーティンはありません。
session-routine-gone = ルーティン「{ $routine }」がなくなったため、セッションは途中までとして保存しました。

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = セッション { $id } はありません（削除された可能性があります）。
# $value is the rating that was sent.
history-stress-before-range = 前のストレスは 1（穏やか）〜10（とても強い）で指定してください。{ $value } は指定できません
history-stress-after-range = 後のストレスは 1（穏やか）〜10（とても強い）で指定してください。{ $value } は指定できません
history-note-too-long = メモが { $max } 文字を超えています
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = そのセッションは元に戻せません: { $reason }。
history-already-there = セッション { $id } はすでに履歴にあります。
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = 開始時刻は 2026-11-24T20:00 のような形にしてください。「{ $text }」は使えません
# $error is what the date library said.
history-start-time-error = 開始時刻: { $error }
history-logged-kind = 記録するセッションは、セルフマッサージ、パートナーによるマッサージ、プロによるマッサージのいずれかです
history-logged-minutes = セッションの長さは 1〜600 分です。{ $minutes } は指定できません
history-logged-title = セッションに 80 文字以内の名前を付けてください
history-logged-future = その開始時刻は未来です: セッションは終わってから記録してください
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } は 2026-11-24 のような日付にしてください。「{ $date }」は使えません
history-filter-date-error = { $field }: { $error }
history-page-marker = そのページマーカーは Solewise が作成したものではありません

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = 「{ $zone }」は足の部位ではありません（部位は left- または right- に、{ $parts } のいずれかを続けたものです）
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone } の評価が { $rating } になっています。評価は 0〜{ $max } です
history-zone-rated-twice = { $zone } が2回評価されています
history-zone-left-toes = 左足の指
history-zone-left-ball = 左足の指の付け根のふくらみ
history-zone-left-arch = 左足の土踏まず
history-zone-left-heel = 左足のかかと
history-zone-left-top = 左足の甲
history-zone-left-ankle = 左足首
history-zone-left-achilles = 左のアキレス腱
history-zone-left-calf = 左のふくらはぎ
history-zone-right-toes = 右足の指
history-zone-right-ball = 右足の指の付け根のふくらみ
history-zone-right-arch = 右足の土踏まず
history-zone-right-heel = 右足のかかと
history-zone-right-top = 右足の甲
history-zone-right-ankle = 右足首
history-zone-right-achilles = 右のアキレス腱
history-zone-right-calf = 右のふくらはぎ

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = 今週: { $goal }回中{ $done }回のセッション（{ $met ->
        [yes] 目標達成
       *[no] 目標はまだ未達成
    }。週の始まりは{ $first_day ->
        [tuesday] 火曜日
        [wednesday] 水曜日
        [thursday] 木曜日
        [friday] 金曜日
        [saturday] 土曜日
        [sunday] 日曜日
       *[monday] 月曜日
    }）
# $current and $best are numbers of weeks.
history-stats-streak = 連続記録: { $current }週連続で目標を達成（最高 { $best }週）
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = 時間（分）: 今週 { $week }、今月 { $month }、合計 { $all }（全{ $sessions }回のセッション）
history-stats-stress-none = ストレス: 前後の両方を評価したセッションはまだありません
history-stats-stress-same = ストレス: セッション後の平均に変化はありません
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = ストレス: セッション後に平均 { $points }ポイント低下
history-stats-stress-up = ストレス: セッション後に平均 { $points }ポイント上昇
history-stats-zones = 足の部位（直近12週間）：
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: 評価{ $ratings }回、{ $week } の週の平均 { $average }、{ $trend ->
        [down] 最初の月から { $change } 低下
        [up] 最初の月から { $change } 上昇
        [same] 最初の月から変化なし
       *[unknown] 変化はまだわかりません
    }{ $high ->
        [yes] （2週間にわたって 7 以上: 専門家に診てもらう価値があります）
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = UTF-8 のテキストではありません（オフセット { $offset } に不正なバイト）。Solewise のエクスポートではありません
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = Solewise の履歴エクスポートではありません（{ $line } 行目、{ $column } 列目: { $error }）
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = Solewise の履歴エクスポートではありません（{ $line } 行目、{ $column } 列目: { $field }: { $error }）
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = このファイルの形式は「{ $expected }」ではなく「{ $format }」です
import-version-zero = このファイルのバージョンは 0 です。Solewise のエクスポートはバージョン 1 から始まります
# $text is what the file holds.
import-bad-exported-at = このファイルの exported_at「{ $text }」は、2026-11-24T20:00:00Z のような日時ではありません
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = このエクスポートは新しい Solewise で作成されています（バージョン { $version }。この Solewise が読めるのは { $supported } までです）
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = セッション { $number }: { $reason }
import-session-problem-id = セッション { $number }（ID { $id }）: { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = セッション { $number }（ID { $id }）: セッション { $first } と ID が同じですが、内容が異なります
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    何もインポートされませんでした: { $count }件のセッションが無効です:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = { $field } が { $length } 文字あります。最大 { $max } 文字です
import-session-text-control-char = { $field } に制御文字 { $char } が含まれています
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = ステップ { $number } の手技が { $length } 文字あります。最大 { $max } 文字です
import-session-step-technique-control-char = ステップ { $number } の手技に制御文字 { $char } が含まれています
# $text is what the file holds.
import-session-bad-time = { $field }「{ $text }」は、2026-11-24T20:00:00Z のような日時ではありません
import-session-before-2000 = { $field } { $text } は 2000 年より前です
import-session-in-future = { $field } { $text } は未来の日時です
import-session-bad-id = ID「{ $id }」は Solewise が作成したもの（UUID）ではありません
import-session-ends-before-start = 開始（started_at）より前に終了（ended_at）しています
import-session-in-progress = status が in_progress です: まだ進行中です
import-session-stress-range = { $field } は 1〜10 にしてください
import-session-no-title = タイトルが空です
import-session-bad-routine-id = routine_id「{ $routine }」はルーティンの ID ではありません（小文字の単語をダッシュでつないだ、48 文字以内のもの）
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = { $field } が { $value } です。セッションの長さは最大 { $max } 秒（1日）です
import-session-too-many-steps = ステップが { $count } 個あります。1つのセッションのステップは最大 { $max } 個です
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = steps_total { $total } と steps_done { $done } が、ステップの一覧（{ $count } 個、そのうち完了 { $count_done } 個）と一致しません
# $position is the position the file gives the step.
import-session-step-order = ステップ { $number } でステップの順番が乱れています（position { $position }）
import-session-step-seconds = ステップ { $number } の長さが { $seconds } 秒です。ステップの長さは { $min }〜{ $max } 秒です
import-session-step-no-technique = ステップ { $number } に手技が指定されていません
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = チェックイン時の部位: { $reason }
import-session-zones-after = チェックアウト時の部位: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } は Solewise 自身のデータベースまたはバックアップです: エクスポート先に別のファイルを選んでください
export-write-failed = { $file } に書き込めませんでした: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = セッション { $id }（{ $column }）: UTF-8 ではないバイトは置換文字としてエクスポートしました
# $id is the routine id asked for.
export-no-such-routine = 「{ $id }」というルーティンはありません。

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = 読み込めません: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = { $kind ->
        [fifo] 名前付きパイプ（FIFO）
        [device] デバイス
        [socket] ソケット
        [folder] フォルダー
       *[other] 特殊なファイル
    }であり、通常のファイルではないため、{ $what ->
        [routine] ルーティンファイル
       *[history-export] Solewise の履歴エクスポート
    }として使えません
# $max is the largest size allowed, in bytes.
input-too-large = { $what ->
        [routine] ルーティンファイル
       *[history-export] Solewise の履歴エクスポート
    }の上限である { $max } バイトを超えています

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = あなたのルーティンのフォルダーを読み込めません: { $error }
routine-file-folder-unreadable = フォルダーを読み込めません: { $error }
routine-file-not-utf8 = UTF-8 のテキストではありません: 本当にルーティンファイルですか？
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = 「{ $id }」という自作のルーティンはありません（組み込みのルーティンは変更も削除もできません。代わりに複製してください）。
# $title is the title of the routine that has the id.
routine-file-id-taken = ID「{ $id }」のルーティンはすでにあります（{ $title }）。別のタイトルか ID を選んでください。
routine-file-new-id-invalid = ID「{ $id }」は、小文字の英字と数字を1つのダッシュで区切ったものにしてください
routine-file-shadows-built-in = ルーティンの ID「{ $id }」は組み込みのルーティンの ID と同じなので、Solewise はこのファイルを読み飛ばします。別の ID にしてください
routine-file-not-toml = TOML として書き出せません: { $error }
routine-file-id-invalid = ID「{ $id }」は、小文字の英字と数字を1つのダッシュで区切ったもの（「heel-circles」など）で、48 文字以内にしてください
# $stem is the file's name without .toml.
routine-file-id-not-file-name = ID「{ $id }」がファイル名と一致しません: ファイル名を { $id }.toml に変えるか、id = "{ $stem }" と設定してください
routine-file-text-empty = { $field } が空です
routine-file-text-too-long = { $field } が { $length } 文字あります。{ $max } 文字未満にしてください
routine-file-control-char = { $field } に制御文字 { $char } が含まれています。削除してください
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals が空です: circulation、stress、flexibility、sleep、recovery のうち少なくとも1つを指定してください
routine-file-goal-twice = goals に同じ目的が2回指定されています
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } に { $count } 個の項目があります。最大 { $max } 個です
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: 「{ $item }」は 1〜{ $max } 文字にしてください
routine-file-summary-too-long = summary が { $max } 文字を超えています
routine-file-no-steps = ルーティンには [[steps]] の項目が少なくとも1つ必要です
routine-file-too-many-steps = ステップが { $count } 個あり、多すぎます。最大 { $max } 個です
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = ステップ { $number } に指定された手技「{ $technique }」は存在しません
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = ステップ { $number } に指定された手技「{ $technique }」は存在しません（「{ $near }」のことですか？）
routine-file-step-seconds = ステップ { $number } の長さが { $seconds } 秒です。ステップの長さは { $min }〜{ $max } 秒です
routine-file-cue-control-char = ステップ { $number } の cue に制御文字 { $char } が含まれています。削除してください
routine-file-cue-too-long = ステップ { $number } の cue が { $max } 文字を超えています
routine-file-too-long = ステップの合計が { $minutes } 分です。ルーティンの長さは最大 { $max } 分です
# $first is the file that has the id already.
routine-file-id-used = ルーティン ID「{ $id }」はすでに { $first } で使われているため、このファイルはスキップしました
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds が { $seconds } です。手技の長さは { $min }〜{ $max } 秒です
# $name is the file name given.
technique-file-illustration = illustration「{ $name }」は、フォルダーを含まない、.svg で終わるファイル名にしてください
technique-file-no-steps = steps には少なくとも1つの手順を、空のものを含めずに記載してください
technique-file-needs-tradition = 伝統的な手技には、その由来を書いた 'tradition' の行が必要です
technique-file-tradition-not-traditional = tradition は category = "traditional" の手技にのみ使えます
technique-file-id-taken = 手技 ID「{ $id }」はすでに { $first } で使われているため、このファイルはスキップしました
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = ページのタイトル（'# '）は1つだけです。見出しには '## ' を使ってください
page-file-no-title = ページは '# ' で始まるタイトルから始めてください

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = プログラムには [[weeks]] の項目が少なくとも1つ必要です
programme-file-too-many-weeks = 週が { $count } 個あり、多すぎます。最大 { $max } 個です
# $week is the week's place (1 for the first).
programme-file-week-empty = { $week }週目にセッションがありません: ルーティンを少なくとも1つ指定してください
programme-file-week-too-many = { $week }週目にセッションが { $count } 回あります。最大 { $max } 回です
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = { $week }週目のセッション { $session } に指定されたルーティン「{ $routine }」は存在しません
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = { $week }週目のセッション { $session } に指定されたルーティン「{ $routine }」は存在しません（「{ $near }」のことですか？）
programme-file-note-empty = { $week }週目の note が空です
programme-file-note-too-long = { $week }週目の note が { $length } 文字あります。{ $max } 文字未満にしてください
programme-file-note-control-char = { $week }週目の note に制御文字 { $char } が含まれています。削除してください
programme-file-id-taken = プログラム ID「{ $id }」はすでに { $first } で使われているため、このファイルはスキップしました
# $id is the programme id asked for.
programme-not-found = 「{ $id }」というプログラムはありません。
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · { $week }週目、{ $sessions }回中{ $session }回目のセッション
programme-progress-complete = { $title } · 完了

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Solewise のバックグラウンドプログラムが実行されていません（{ $endpoint } で待ち受けているものがありません）。
ipc-no-answer = Solewise のバックグラウンドプログラムが { $seconds } 秒以内に応答しませんでした。
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Solewise のバックグラウンドプログラムはプロトコル { $theirs }（バージョン { $version }）を使っていますが、このプログラムはプロトコル { $ours } を使っています。
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Solewise のバックグラウンドプログラムから、メッセージではないものが送られてきました: { $error }
ipc-connection-failed = Solewise のバックグラウンドプログラムとの接続に失敗しました: { $error }
ipc-message-too-long = { $max } バイトを超えるメッセージ
ipc-message-not-utf8 = UTF-8 ではないメッセージ
ipc-connection-closed = 接続が閉じられました
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = Solewise のメッセージではありません: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = まずプロトコル { $protocol } で hello を送ってください
ipc-endpoint-taken = Solewise のデーモンがすでに { $endpoint } で待ち受けています
ipc-daemon-no-answer = トレイのデーモンが応答しませんでした: { $error }
ipc-daemon-not-installed = トレイのデーモンがここにインストールされていません: リマインダーは保留されます
# $program is the daemon program's path.
ipc-daemon-start-failed = トレイのデーモン { $program } を起動できませんでした: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = トレイのデーモンが起動しませんでした。{ $log } を確認してください

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = 音声サービスが実行されていません（Speech Dispatcher がインストールされていないか、起動しませんでした: { $detail }）。
speech-stopped-answering = 音声サービスが応答しなくなりました: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = 音声サービスが「{ $command }」を拒否しました: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR が設定されていません
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = 「{ $command }」への応答を読み取れませんでした
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = { $seconds } 秒以内に応答がありませんでした
# $code is the service's answer code, a number.
speech-answer-coded = コード { $code } の応答
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = 送信しませんでした: 値は制御文字を含まない{ $spaces ->
        [yes] 1行
       *[no] 1語
    }にしてください

## Keeping history in step through a synced folder

sync-line-not-json = この行は変更の記録ではありません: { $error }
sync-line-bad-clock = タイムスタンプ「{ $clock }」は Solewise が書き込む形式ではありません
sync-line-other-device = この記録にはコンピューター { $device } が書き込んだとありますが、置かれているのはそのコンピューターのフォルダーではありません
sync-line-unknown-field = 「{ $field }」はセッションにある項目ではありません
sync-session-refused = ほかのコンピューターのセッション { $id } は追加されませんでした: { $reason }
sync-this-computer = このコンピューター
sync-folder-missing = 同期フォルダー { $folder } が見つかりません（ディスクが接続されていないか、フォルダーが移動されたのかもしれません）。ここで行った変更は、フォルダーが戻るまで保留されます。
sync-folder-unwritable = Solewise は同期フォルダー { $folder } に書き込めません: { $error }。ここで行った変更は、書き込めるようになるまで保留されます。
sync-folder-unreadable = Solewise は同期フォルダー { $folder } を読み込めません: { $error }
sync-name-invalid = コンピューターの名前は、1〜{ $max } 文字で、1行にしてください。
sync-is-off = 同期はオフです。まずフォルダーを指定して同期をオンにしてください（solewise sync set フォルダー、または「設定」→「同期」）。
sync-device-shared = 別のコンピューターが、このコンピューターの同期 ID で書き込んでいました（このデータフォルダーはそのコンピューターからコピーしたものですか？）。このコンピューターには専用の ID を新しく割り当てました。どちらのコンピューターが書き込んだ内容も失われていません。
sync-file-newer = { $file } は新しいバージョンの Solewise で書き込まれています。すべてを取り込むには、このコンピューターの Solewise をアップデートしてください。
sync-line-bad-id = 「{ $id }」は、Solewise が同期するどのデータの ID でもありません
sync-routine-refused = ほかのコンピューターのルーティン { $id } は保存されませんでした: { $reason }
sync-encrypted = 同期フォルダーのファイルはパスフレーズで暗号化されています。取り込むには、このコンピューターにも同じパスフレーズを設定してください（「設定」→「同期」、または solewise sync passphrase）。設定するまで、ここでは何も変わらず、フォルダーにも何も書き込まれません。
sync-passphrase-wrong = { $computer } が同期フォルダーに書き込んだファイルを、このコンピューターのパスフレーズで開けません。両方のコンピューターに同じパスフレーズを設定してください。それまでファイルは保留されます。
sync-file-unreadable = { $file } はまだ開けません（{ $error }）。まだ転送中なのかもしれません。次の同期のときにもう一度読み込みます。
sync-passphrase-invalid = パスフレーズは { $min } 文字以上で、1行にしてください。
