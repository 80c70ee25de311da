# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = 翻訳元となる、この名前の英語ファイルがありません
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = 不足: { $language } は翻訳完了となっていますが、{ $source } の翻訳がありません
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = 「{ $key }」には、ここで翻訳する英語のテキストがありません
# $count items in the translation where the English has $english.
translation-count = 「{ $key }」の項目は{ $count }個ですが、英語では{ $english }個です。英語の項目1つにつき、1つずつ必要です
translation-missing-key = 「{ $key }」が翻訳されていませんが、この言語は翻訳完了となっています
translation-folder-unreadable = フォルダーを読み込めません: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = 「{ $tag }」は Solewise が対応している言語ではありません。一覧から選ぶか、「システム」を選んでください。

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = 次のリマインダー: { $when }
tray-reminders-paused = リマインダーを一時停止中
tray-no-reminders = リマインダーは設定されていません
tray-start = セッションを開始
tray-pause-today = 今日のリマインダーを一時停止
tray-resume = リマインダーを再開
tray-open = Solewise を開く
tray-quit = 終了

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = フットマッサージの時間です
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes }分
reminder-body-no-routine = がんばってくれた足に、少しだけ時間をあげましょう。
reminder-open = Solewise を開く
reminder-start = 今すぐ始める
reminder-snooze = スヌーズ
test-notification-title = Solewise のテスト通知
test-notification-body = リマインダーはこのように表示されます。足をいたわる時間です！
# $detail is what the desktop said, in its own words.
notification-no-service = このデスクトップでは通知サービスが動いていないため、Solewise はデスクトップ通知を表示できません。リマインダーはそのまま保存され、このアプリ内に表示されます。（{ $detail }）
notification-refused = デスクトップが通知を表示しませんでした: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = 警告: 「{ $asked }」は Solewise が対応している言語ではありません。{ $shown } で表示します
cli-reminders-on = リマインダーはオンです
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = リマインダー { $id } を追加しました: { $days } の { $at }
cli-no-reminders = リマインダーはありません
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = オフ
cli-reminder-removed = リマインダー { $id } を削除しました
cli-no-reminders-ahead = この先のリマインダーはありません
cli-nothing-to-export = エクスポートするリマインダーがありません（1つもないか、すべてオフになっています）。`solewise reminders add` で追加してください
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = 「{ $length }」では 9999 年を超えてしまいます
cli-paused-until-resume = `solewise resume` を実行するまで、リマインダーを一時停止しました
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = { $until } まで、リマインダーを一時停止しました
cli-warning = 警告: { $warning }
cli-imported = { $added }件のセッションを追加しました。{ $skipped }件はすでにあるため、スキップしました
cli-validate-good = { $checked }件のファイルを確認しました。すべて問題ありません
cli-validate-problems = { $checked }件のファイルを確認し、{ $count }件の問題が見つかりました
cli-skipped = スキップしました: { $problem }
cli-list-problems = { $count }件の問題があります。上に表示したのは、読み込めたルーティンだけです
cli-nothing-found = 「{ $words }」に一致するものは見つかりませんでした
# $title is the programme's title.
cli-programme-line = { $title }（{ $weeks }週間、セッション{ $sessions }回）
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = プログラムを開始しました: { $programme }
cli-programme-joined-reminder = プログラムを開始しました: { $programme }。リマインダー: { $days } の { $at }
cli-no-programme = 参加中のプログラムはありません。`solewise programmes list` を見てください
cli-programme-left = プログラムをやめました: { $programme }
cli-no-programme-to-leave = 参加中のプログラムはありませんでした
cli-daemon-not-running = トレイのデーモンは実行されていませんでした
cli-autostart-on = ログイン時に Solewise がトレイで起動します。
cli-autostart-off = ログイン時に Solewise は起動しません。

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Solewise のリマインダー
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }、{ $minutes }分: Solewise のルーティン

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = このコンピューターには、この言語（{ $language }）を話す音声がないため、手順は読み上げられません。この言語の音声（たとえば espeak-ng の音声）をインストールして、Solewise を再起動してください。

## solewise history add, edit, delete

cli-history-title-self = セルフマッサージ
cli-history-title-partner = パートナーによるマッサージ
cli-history-title-professional = プロによるマッサージ
cli-history-edited = セッション { $id } のメモを保存しました。
cli-history-deleted = 「{ $title }」（{ $id }）を削除しました。

## solewise sync

cli-sync-on = 同期はオンです（フォルダー: { $folder }）。
cli-sync-off = 同期はオフです。このコンピューターの履歴はそのまま残ります。
cli-sync-done = { $sent }件の変更を書き込み、ほかのコンピューターから{ $received }件を受け取りました。
cli-sync-status-on = 同期: オン（フォルダー: { $folder }）
cli-sync-status-off = 同期: オフ
cli-sync-status-name = このコンピューター: { $name }
cli-sync-status-merged = 最終同期: { $when }
cli-sync-status-never = まだ同期していません
cli-sync-status-computers = { $count ->
    [0] ほかのコンピューターはまだ見つかっていません
   *[other] ほかのコンピューター（{ $count }台）:
}
cli-sync-status-computer = { $name }、最終変更: { $when }
cli-sync-status-waiting = { $count }件の変更がフォルダーへの書き込みを待っています
cli-sync-renamed = このコンピューターの名前を { $name } に変更しました。
cli-sync-progress = { $percent }% 取り込み済み
cli-sync-status-encrypted = フォルダー内のファイルはパスフレーズで暗号化されています。
cli-sync-passphrase-ask = 同期フォルダーのパスフレーズ:
cli-sync-passphrase-again = 同じパスフレーズをもう一度入力:
cli-sync-passphrase-mismatch = 入力した2つのパスフレーズが一致しません。何も変更されていません。
cli-sync-passphrase-on = 同期フォルダー内のこのコンピューターのファイルは、このパスフレーズで暗号化されています。ほかのコンピューターにも同じパスフレーズを設定してください。
cli-sync-passphrase-off = 同期フォルダー内のこのコンピューターのファイルは、暗号化されなくなりました。
reminder-skipped-elsewhere = { $time } のリマインダーをスキップしました: { $computer } ですでにセッションが行われています。
