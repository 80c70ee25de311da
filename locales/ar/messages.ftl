# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = لا يوجد ملف إنجليزي بهذا الاسم لترجمته
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = مفقود: اللغة { $language } معلَّمة بأنها مكتملة، لكن لا توجد فيها ترجمة للملف { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = لا يوجد هنا نص إنجليزي للمفتاح «{ $key }» لترجمته
# $count items in the translation where the English has $english.
translation-count = عدد العناصر في «{ $key }» هو { $count }، بينما عددها في النص الإنجليزي { $english }: يجب أن يقابل كلَّ عنصر إنجليزي عنصرٌ واحد بالضبط
translation-missing-key = «{ $key }» غير مترجَم، مع أن اللغة معلَّمة بأنها مكتملة
translation-folder-unreadable = تعذّرت قراءة المجلد: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = «{ $tag }» ليست لغة يتحدّثها Solewise؛ اختر لغة من القائمة، أو «النظام».

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = التذكير التالي: { $when }
tray-reminders-paused = التذكيرات متوقفة مؤقتًا
tray-no-reminders = لا توجد تذكيرات مضبوطة
tray-start = ابدأ جلسة
tray-pause-today = أوقف التذكيرات مؤقتًا لهذا اليوم
tray-resume = استأنف التذكيرات
tray-open = افتح Solewise
tray-quit = اخرج

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = حان وقت تدليك قدميك
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } د
reminder-body-no-routine = قدماك تستحقّان بضع دقائق من وقتك.
reminder-open = افتح Solewise
reminder-start = ابدأ الآن
reminder-snooze = أجِّل
test-notification-title = إشعار تجريبي من Solewise
test-notification-body = هكذا ستبدو التذكيرات. حان وقت تدليل قدميك!
# $detail is what the desktop said, in its own words.
notification-no-service = لا تعمل أي خدمة إشعارات على سطح المكتب هذا، لذا لا يستطيع Solewise عرض إشعارات سطح المكتب. ومع ذلك تبقى التذكيرات محفوظة، وتظهر هنا في التطبيق. ({ $detail })
notification-refused = لم يعرض سطح المكتب الإشعار: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = تحذير: «{ $asked }» ليست لغة يتحدّثها Solewise؛ سيُعرض النص باللغة: { $shown }
cli-reminders-on = التذكيرات مفعّلة
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = أُضيف التذكير { $id }: { $days } في الساعة { $at }
cli-no-reminders = لا توجد تذكيرات
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = معطَّل
cli-reminder-removed = حُذف التذكير { $id }
cli-no-reminders-ahead = لا توجد تذكيرات قادمة
cli-nothing-to-export = لا توجد تذكيرات للتصدير (لا يوجد أي تذكير، أو كلها معطَّلة): أضف تذكيرًا بالأمر `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = المدة «{ $length }» تمتد إلى ما بعد سنة 9999
cli-paused-until-resume = التذكيرات متوقفة مؤقتًا حتى تنفّذ `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = التذكيرات متوقفة مؤقتًا حتى { $until }
cli-warning = تحذير: { $warning }
cli-imported = { $added ->
    [zero] لم تُضَف أي جلسة
    [one] أُضيفت جلسة واحدة
    [two] أُضيفت جلستان
    [few] أُضيفت { $added } جلسات
    [many] أُضيفت { $added } جلسة
   *[other] أُضيفت { $added } جلسة
}، وتمّ تخطّي الموجود مسبقًا: { $skipped }
cli-validate-good = { $checked ->
    [zero] لم يُفحص أي ملف
    [one] فُحص ملف واحد
    [two] فُحص ملفان
    [few] فُحصت { $checked } ملفات
    [many] فُحص { $checked } ملفًا
   *[other] فُحص { $checked } ملف
}: كل شيء سليم
cli-validate-problems = { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
} { $checked ->
    [zero] ولم يُفحص أي ملف
    [one] في ملف واحد مفحوص
    [two] في ملفين مفحوصين
    [few] في { $checked } ملفات مفحوصة
    [many] في { $checked } ملفًا مفحوصًا
   *[other] في { $checked } ملف مفحوص
}
cli-skipped = تمّ التخطّي: { $problem }
cli-list-problems = { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}: الروتينات المعروضة أعلاه هي التي أمكنت قراءتها
cli-nothing-found = لم يُعثر على أي نتيجة لـ«{ $words }»
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}، { $sessions ->
    [zero] { $sessions } جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = انضممت إلى البرنامج: { $programme }
cli-programme-joined-reminder = انضممت إلى البرنامج: { $programme }؛ مع تذكير في { $days } في الساعة { $at }
cli-no-programme = لم تنضمّ إلى أي برنامج: راجع `solewise programmes list`
cli-programme-left = غادرت البرنامج: { $programme }
cli-no-programme-to-leave = لم تكن منضمًّا إلى أي برنامج
cli-daemon-not-running = لم تكن الخدمة الخلفية لأيقونة علبة النظام قيد التشغيل
cli-autostart-on = يبدأ Solewise في علبة النظام عند تسجيل دخولك.
cli-autostart-off = لا يبدأ Solewise عند تسجيل دخولك.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = تذكيرات Solewise
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }، { $minutes } د: روتين من Solewise

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = لا يوجد على هذا الحاسوب صوت يتحدث هذه اللغة ({ $language })، لذا لن تُقرأ الخطوات بصوت عالٍ. ثبّت صوتًا لها (مثل أحد أصوات espeak-ng) ثم أعد تشغيل Solewise.

## solewise history add, edit, delete

cli-history-title-self = تدليك ذاتي
cli-history-title-partner = تدليك من شريكي
cli-history-title-professional = تدليك لدى مختص
cli-history-edited = حُفظت ملاحظة الجلسة { $id }.
cli-history-deleted = حُذفت الجلسة «{ $title }» ({ $id }).

## solewise sync

cli-sync-on = المزامنة مفعّلة، عبر المجلد { $folder }.
cli-sync-off = المزامنة معطّلة. يبقى السجلّ على هذا الحاسوب كما هو.
cli-sync-done = { $sent ->
    [zero] لم يُكتب أي تغيير
    [one] كُتب تغيير واحد
    [two] كُتب تغييران
    [few] كُتبت { $sent } تغييرات
    [many] كُتب { $sent } تغييرًا
   *[other] كُتب { $sent } تغيير
}، { $received ->
    [zero] ولم يصل أي تغيير من الحواسيب الأخرى.
    [one] ووصل تغيير واحد من الحواسيب الأخرى.
    [two] ووصل تغييران من الحواسيب الأخرى.
    [few] ووصلت { $received } تغييرات من الحواسيب الأخرى.
    [many] ووصل { $received } تغييرًا من الحواسيب الأخرى.
   *[other] ووصل { $received } تغيير من الحواسيب الأخرى.
}
cli-sync-status-on = المزامنة: مفعّلة، عبر المجلد { $folder }
cli-sync-status-off = المزامنة: معطّلة
cli-sync-status-name = هذا الحاسوب: { $name }
cli-sync-status-merged = آخر مزامنة: { $when }
cli-sync-status-never = لم تجرِ أي مزامنة بعد
cli-sync-status-computers = { $count ->
    [0] لم يظهر أي حاسوب آخر بعد
    [one] حاسوب آخر واحد:
    [two] حاسوبان آخران:
    [few] { $count } حواسيب أخرى:
    [many] { $count } حاسوبًا آخر:
   *[other] { $count } حاسوب آخر:
}
cli-sync-status-computer = { $name }، آخر تغيير: { $when }
cli-sync-status-waiting = { $count ->
    [zero] لا تغييرات بانتظار المجلد
    [one] تغيير واحد بانتظار المجلد
    [two] تغييران بانتظار المجلد
    [few] { $count } تغييرات بانتظار المجلد
    [many] { $count } تغييرًا بانتظار المجلد
   *[other] { $count } تغيير بانتظار المجلد
}
cli-sync-renamed = صار اسم هذا الحاسوب الآن { $name }.
cli-sync-progress = دُمج { $percent }%
cli-sync-status-encrypted = الملفات في المجلد مشفّرة بعبارة مرور.
cli-sync-passphrase-ask = عبارة المرور لمجلد المزامنة:
cli-sync-passphrase-again = أعد إدخال عبارة المرور نفسها:
cli-sync-passphrase-mismatch = عبارتا المرور مختلفتان؛ لم يُغيَّر شيء.
cli-sync-passphrase-on = ملفات هذا الحاسوب في مجلد المزامنة مشفّرة بعبارة المرور. أدخل العبارة نفسها على حواسيبك الأخرى.
cli-sync-passphrase-off = لم تعد ملفات هذا الحاسوب في مجلد المزامنة مشفّرة.
reminder-skipped-elsewhere = تُخطّي تذكير الساعة { $time }: أُجريت جلسة بالفعل على { $computer }.
