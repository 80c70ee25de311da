# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = حدث خطأ في قاعدة بيانات السجلّ: { $error }
# $folder is the data folder's path.
database-create-folder = تعذّر إنشاء مجلد البيانات { $folder }: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = كُتبت قاعدة البيانات { $file } بإصدار أحدث من Solewise (إصدار البيانات { $found }، بينما يفهم هذا الإصدار حتى { $supported }). لم يُمسّ الملف. حدّث Solewise، أو شغّله مع --data-dir مشيرًا إلى مجلد آخر.
# $to is where the damaged file was to be moved.
database-move-aside-failed = قاعدة البيانات { $file } تالفة، وتعذّر نقلها جانبًا إلى { $to }: { $error }
database-backup-failed = تعذّر نسخ { $file } احتياطيًا قبل ترقيتها: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = فشلت ترقية قاعدة البيانات { $file } إلى إصدار البيانات { $version }، لذا لم يُغيَّر أي شيء: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = قاعدة البيانات { $file } تالفة ({ $reason }). نُقلت إلى { $moved_to } واحتُفظ بها، ولم يُفعل أي شيء آخر. شغّل Solewise لبدء سجلّ جديد، أو استعد نسخة احتياطية من شاشة «السجلّ» فيه.
database-damaged-left-alone = قاعدة البيانات { $file } تالفة ({ $reason }). تُركت كما هي، ولم يُقرأ منها شيء. شغّل Solewise (أو أي أمر يغيّر البيانات) لنقلها جانبًا وبدء سجلّ جديد.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } ليس قاعدة بيانات Solewise ({ $reason }). لم يُمسّ الملف. انقله إلى مكان آخر، أو شغّل Solewise مع --data-dir مشيرًا إلى مجلد آخر.
database-folder-is-a-file = مجلد البيانات { $folder } ملف وليس مجلدًا. انقل هذا الملف إلى مكان آخر، أو مرّر --data-dir مع مجلد آخر.
database-create-failed = تعذّر إنشاء قاعدة البيانات { $file }: { $error }
database-read-failed = تعذّرت قراءة قاعدة البيانات { $file }: { $error }
database-sqlite = قاعدة البيانات { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = تعذّرت قراءة قاعدة بيانات Solewise الخاصة بك ({ $reason }). نُقلت إلى { $moved_to } (لم يُحذف أي شيء)، وبُدئت قاعدة بيانات جديدة فارغة.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = هو مجلد
database-reason-empty = الملف فارغ (0 بايت)
# $version is a number found in the file.
database-reason-odd-version = إصدار بياناته { $version }، ولا يكتب أي إصدار من Solewise هذا الإصدار
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = هو قاعدة بيانات SQLite فيها جداول أخرى ({ $tables }) وليس فيها إصدار بيانات من Solewise
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = نتيجة quick_check: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = لا توجد نسخة احتياطية باسم «{ $name }» في مجلد النسخ الاحتياطية.

## Finding the data folder.

store-no-data-folder = تعذّر العثور على مجلد بيانات التطبيقات في هذا النظام (هل HOME مضبوط؟). مرّر --data-dir DIR لاختيار مجلد.
# $folder is the path that was worked out.
store-data-folder-relative = سيكون مجلد بيانات التطبيقات «{ $folder }»، وهو ليس مسارًا مطلقًا (تحقّق من HOME وXDG_DATA_HOME). مرّر --data-dir DIR لاختيار مجلد.

## Settings.

settings-weekly-goal-range = يتراوح الهدف الأسبوعي بين { $min } و{ $max } من الجلسات.
# $day is what was sent.
settings-not-a-weekday = «{ $day }» ليس يومًا من أيام الأسبوع.
settings-voice-rate-range = تتراوح سرعة الصوت بين ‎-100 (الأبطأ) و100 (الأسرع).
# $name is what was sent.
settings-not-a-voice = «{ $name }» ليس اسم صوت.
settings-snooze-range = مدة التأجيل بالدقائق: من { $min } إلى { $max }.
settings-grace-range = تتراوح مهلة التأخير بين 5 دقائق و24 ساعة.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = تعذّرت قراءة إعداد التشغيل عند تسجيل الدخول: { $error }
settings-autostart-on-failed = تعذّر تفعيل التشغيل عند تسجيل الدخول: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = تعذّر تفعيل التشغيل عند تسجيل الدخول: رفض reg.exe الطلب.
settings-autostart-no-home = تعذّر تفعيل التشغيل عند تسجيل الدخول: لا يوجد مجلد منزل (HOME غير مضبوط).
settings-autostart-on-file-failed = تعذّر تفعيل التشغيل عند تسجيل الدخول ({ $file }): { $error }
settings-autostart-off-failed = تعذّر إيقاف التشغيل عند تسجيل الدخول: { $error }
settings-autostart-off-refused = تعذّر إيقاف التشغيل عند تسجيل الدخول: رفض reg.exe الطلب.
settings-autostart-off-file-failed = تعذّر إيقاف التشغيل عند تسجيل الدخول ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = «{ $day }» ليس يومًا: استخدم mon أو tue أو wed أو thu أو fri أو sat أو sun
reminder-no-days = يحتاج التذكير إلى يوم واحد على الأقل
# $time is what was typed.
reminder-not-a-time = «{ $time }» ليس وقتًا: استخدم نظام 24 ساعة بصيغة HH:MM، مثل 20:00
reminder-label-too-long = لا يتجاوز نص التذكير 80 حرفًا
# $char is the character's code, such as U+0007.
reminder-label-control-char = لا يجوز أن يحتوي نص التذكير على حرف التحكم { $char }
# $id is the reminder's number.
reminder-not-found = لا يوجد تذكير رقم { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = لا يوجد روتين «{ $routine }» لتذكيرك به: اختر روتينًا من القائمة، أو راجع `solewise routines list` لمعرفة المعرّفات.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = تعذّر عرض التذكير المقرّر في الساعة { $time }: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = «{ $length }» ليست مدة: استخدم مثلًا 2d أو 12h أو 90m
# $days is the longest pause, in days.
schedule-pause-too-long = «{ $length }» أطول من أطول إيقاف مؤقت ممكن، وهو { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }: شغّل `solewise pause` دون --for للإيقاف حتى `solewise resume`
schedule-pause-zero = «{ $length }» ليست إيقافًا على الإطلاق: حدّد 1m على الأقل
# $date is what was typed after --until.
schedule-pause-not-a-date = «{ $date }» ليس تاريخًا: استخدم YYYY-MM-DD
schedule-pause-date-out-of-range = «{ $date }» خارج النطاق المسموح: حدّد تاريخًا قبل سنة 9999
schedule-pause-date-past = «{ $date }» قد بدأ بالفعل: حدّد تاريخًا بعد اليوم
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = المنطقة الزمنية TZ="{ $tz }" غير معروفة لهذا النظام، لذا تُعرض الأوقات بتوقيت UTC. اضبط TZ على اسم مثل Europe/Berlin، أو ألغِ ضبطه لاستخدام إعداد النظام.

## Guided sessions.

session-stress-range = يُقيَّم التوتر من 1 إلى 10
# $routine is the routine id asked for.
session-no-routine = لا يوجد روتين «{ $routine }».
session-routine-gone = لم يعد الروتين «{ $routine }» موجودًا، لذا حُفظت الجلسة كجلسة غير مكتملة.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = لا توجد جلسة { $id } (ربما حُذفت).
# $value is the rating that was sent.
history-stress-before-range = يجب أن يكون التوتر قبل الجلسة بين 1 (هادئ) و10 (متوتر جدًا)، لا { $value }
history-stress-after-range = يجب أن يكون التوتر بعد الجلسة بين 1 (هادئ) و10 (متوتر جدًا)، لا { $value }
history-note-too-long = يتجاوز طول الملاحظة الحد الأقصى: { $max } من الأحرف
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = لا يمكن إرجاع هذه الجلسة: { $reason }.
history-already-there = الجلسة { $id } موجودة بالفعل في السجلّ.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = يجب أن يكون وقت البدء بصيغة مثل 2026-11-24T20:00، لا «{ $text }»
# $error is what the date library said.
history-start-time-error = وقت البدء: { $error }
history-logged-kind = الجلسة المسجّلة يدويًا إما تدليك ذاتي، أو تدليك من الشريك، أو تدليك لدى مختص
history-logged-minutes = تستغرق الجلسة من 1 إلى 600 دقيقة، لا { $minutes }
history-logged-title = سمِّ الجلسة باسم لا يتجاوز 80 حرفًا
history-logged-future = وقت البدء هذا في المستقبل: سجّل الجلسات بعد أن تُجريها
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = يجب أن يكون { $field } تاريخًا مثل 2026-11-24، لا «{ $date }»
history-filter-date-error = { $field }: { $error }
history-page-marker = علامة الصفحة هذه ليست مما أنشأه Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = «{ $zone }» ليست منطقة من مناطق القدم (تبدأ المناطق بـ left- أو right- ويليها أحد هذه الأجزاء: { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = تقييم { $zone } هو { $rating }؛ والتقييمات من 0 إلى { $max }
history-zone-rated-twice = { $zone }: قُيّمت المنطقة مرتين
history-zone-left-toes = أصابع القدم اليسرى
history-zone-left-ball = مشط القدم اليسرى
history-zone-left-arch = قوس القدم اليسرى
history-zone-left-heel = كعب القدم اليسرى
history-zone-left-top = ظهر القدم اليسرى
history-zone-left-ankle = الكاحل الأيسر
history-zone-left-achilles = وتر أخيل الأيسر
history-zone-left-calf = ربلة الساق اليسرى
history-zone-right-toes = أصابع القدم اليمنى
history-zone-right-ball = مشط القدم اليمنى
history-zone-right-arch = قوس القدم اليمنى
history-zone-right-heel = كعب القدم اليمنى
history-zone-right-top = ظهر القدم اليمنى
history-zone-right-ankle = الكاحل الأيمن
history-zone-right-achilles = وتر أخيل الأيمن
history-zone-right-calf = ربلة الساق اليمنى

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = هذا الأسبوع: { $done } من { $goal ->
        [zero] { $goal } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $goal } جلسات
        [many] { $goal } جلسةً
       *[other] { $goal } جلسة
    } ({ $met ->
        [yes] تحقّق الهدف
       *[no] لم يتحقّق الهدف بعد
    }؛ يبدأ الأسبوع يوم { $first_day ->
        [tuesday] الثلاثاء
        [wednesday] الأربعاء
        [thursday] الخميس
        [friday] الجمعة
        [saturday] السبت
        [sunday] الأحد
       *[monday] الاثنين
    })
# $current and $best are numbers of weeks.
history-stats-streak = المواظبة: { $current ->
        [zero] { $current } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $current } أسابيع
        [many] { $current } أسبوعًا
       *[other] { $current } أسبوع
    } على التوالي مع تحقيق الهدف (الأفضل: { $best ->
        [zero] { $best } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $best } أسابيع
        [many] { $best } أسبوعًا
       *[other] { $best } أسبوع
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = الدقائق: { $week } هذا الأسبوع، و{ $month } هذا الشهر، و{ $all } في المجمل، على مدى { $sessions ->
        [zero] { $sessions } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسةً
       *[other] { $sessions } جلسة
    }
history-stats-stress-none = التوتر: لا توجد بعد جلسة قُيّم فيها التوتر قبلها وبعدها
history-stats-stress-same = التوتر: لا تغيير في المتوسط بعد الجلسة
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = التوتر: انخفض بمقدار { $points ->
        [zero] { $points } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $points } نقاط
        [many] { $points } نقطةً
       *[other] { $points } نقطة
    } في المتوسط بعد الجلسة
history-stats-stress-up = التوتر: ارتفع بمقدار { $points ->
        [zero] { $points } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $points } نقاط
        [many] { $points } نقطةً
       *[other] { $points } نقطة
    } في المتوسط بعد الجلسة
history-stats-zones = مناطق القدم، آخر اثني عشر أسبوعًا:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: { $ratings ->
        [zero] { $ratings } تقييم
        [one] تقييم واحد
        [two] تقييمان
        [few] { $ratings } تقييمات
        [many] { $ratings } تقييمًا
       *[other] { $ratings } تقييم
    }، بمتوسط { $average } في الأسبوع الذي يبدأ في { $week }، { $trend ->
        [down] انخفض بمقدار { $change } منذ الشهر الأول
        [up] ارتفع بمقدار { $change } منذ الشهر الأول
        [same] لا تغيير منذ الشهر الأول
       *[unknown] لا يمكن تحديد التغيّر بعد
    }{ $high ->
        [yes] { " " }(7 أو أكثر طوال أسبوعين: يستحق أن يفحصه مختص)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع { $offset })، لذا فهو ليس ملفًا مصدَّرًا من Solewise
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = هذا ليس ملف سجلّ مصدَّرًا من Solewise (السطر { $line }، العمود { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = هذا ليس ملف سجلّ مصدَّرًا من Solewise (السطر { $line }، العمود { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = صيغة هذا الملف «{ $format }»، وليست «{ $expected }»
import-version-zero = إصدار هذا الملف 0، بينما تبدأ ملفات Solewise المصدَّرة من الإصدار 1
# $text is what the file holds.
import-bad-exported-at = قيمة exported_at في هذا الملف «{ $text }» ليست تاريخًا ووقتًا مثل 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = أُنشئ هذا الملف المصدَّر بإصدار أحدث من Solewise (الإصدار { $version }؛ وهذا الإصدار يقرأ حتى { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = الجلسة { $number }: { $reason }
import-session-problem-id = الجلسة { $number } (المعرّف { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = الجلسة { $number } (المعرّف { $id }): للجلسة { $first } المعرّف نفسه لكن بمحتوى مختلف
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    لم يُستورد أي شيء: { $count ->
        [zero] لا توجد جلسات غير صالحة
        [one] جلسة واحدة غير صالحة
        [two] جلستان غير صالحتين
        [few] { $count } جلسات غير صالحة
        [many] { $count } جلسةً غير صالحة
       *[other] { $count } جلسة غير صالحة
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = طول { $field } فيها { $length } من الأحرف؛ والحد الأقصى { $max }
import-session-text-control-char = يحتوي { $field } فيها على حرف التحكم { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = طول تقنية الخطوة { $number } فيها { $length } من الأحرف؛ والحد الأقصى { $max }
import-session-step-technique-control-char = تحتوي تقنية الخطوة { $number } فيها على حرف التحكم { $char }
# $text is what the file holds.
import-session-bad-time = { $field } «{ $text }» ليس تاريخًا ووقتًا مثل 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } قبل سنة 2000
import-session-in-future = { $field } { $text } في المستقبل
import-session-bad-id = معرّفها «{ $id }» ليس مما أنشأه Solewise (UUID)
import-session-ends-before-start = تنتهي (ended_at) قبل أن تبدأ (started_at)
import-session-in-progress = حالتها in_progress: ما زالت جارية
import-session-stress-range = يجب أن يكون { $field } بين 1 و10
import-session-no-title = عنوانها فارغ
import-session-bad-routine-id = قيمة routine_id فيها «{ $routine }» ليست معرّف روتين (كلمات بأحرف لاتينية صغيرة تصل بينها شرطات، 48 حرفًا على الأكثر)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = قيمة { $field } فيها { $value }؛ والجلسة تستغرق { $max } ثانية على الأكثر (يومًا واحدًا)
import-session-too-many-steps = فيها { $count ->
        [zero] { $count } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوةً
       *[other] { $count } خطوة
    }؛ والحد الأقصى للجلسة { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = لا تتطابق قيمتا steps_total ({ $total }) وsteps_done ({ $done }) مع قائمة خطواتها: { $count ->
        [zero] { $count } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوةً
       *[other] { $count } خطوة
    }، اكتمل منها { $count_done }
# $position is the position the file gives the step.
import-session-step-order = خطواتها ليست بالترتيب عند الخطوة { $number } (الموضع { $position })
import-session-step-seconds = تستغرق الخطوة { $number } مدة { $seconds } ث؛ والخطوة تستغرق من { $min } إلى { $max } ث
import-session-step-no-technique = لا تذكر الخطوة { $number } أي تقنية
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = مناطقها قبل الجلسة: { $reason }
import-session-zones-after = مناطقها بعد الجلسة: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } هو قاعدة بيانات Solewise نفسها أو نسخة احتياطية منها: اختر ملفًا آخر للتصدير إليه
export-write-failed = تعذّرت الكتابة إلى { $file }: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = الجلسة { $id } ({ $column }): صُدِّرت البايتات التي ليست بترميز UTF-8 في صورة أحرف بديلة
# $id is the routine id asked for.
export-no-such-routine = لا يوجد روتين «{ $id }».

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = تعذّرت قراءته: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = إنه { $kind ->
        [fifo] أنبوب مُسمّى (FIFO)
        [device] جهاز
        [socket] مقبس (socket)
        [folder] مجلد
       *[other] ملف خاص
    }، وليس ملفًا عاديًا، لذا لا يمكن أن يكون { $what ->
        [routine] ملف روتين
       *[history-export] ملف سجلّ مصدَّرًا من Solewise
    }
# $max is the largest size allowed, in bytes.
input-too-large = حجمه أكبر من { $max } بايت، وهو الحد الأقصى لحجم { $what ->
        [routine] ملف الروتين
       *[history-export] ملف سجلّ Solewise المصدَّر
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = تعذّرت قراءة مجلد روتيناتك: { $error }
routine-file-folder-unreadable = تعذّرت قراءة المجلد: { $error }
routine-file-not-utf8 = ليس نصًا بترميز UTF-8: هل هو فعلًا ملف روتين؟
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = لا يوجد روتين مخصّص «{ $id }» (لا يمكن تغيير الروتينات المضمّنة أو حذفها؛ أنشئ نسخة من أحدها بدلًا من ذلك).
# $title is the title of the routine that has the id.
routine-file-id-taken = يوجد بالفعل روتين بالمعرّف «{ $id }» ({ $title }). اختر عنوانًا أو معرّفًا آخر.
routine-file-new-id-invalid = يجب أن يتكوّن المعرّف «{ $id }» من أحرف لاتينية صغيرة وأرقام تفصل بينها شرطات مفردة
routine-file-shadows-built-in = معرّف الروتين «{ $id }» هو معرّف روتين مضمّن، لذا سيتخطّى Solewise هذا الملف: اختر معرّفًا آخر
routine-file-not-toml = تتعذّر كتابته بصيغة TOML: { $error }
routine-file-id-invalid = يجب أن يتكوّن المعرّف «{ $id }» من أحرف لاتينية صغيرة وأرقام تفصل بينها شرطات مفردة (مثل «heel-circles»)، 48 حرفًا على الأكثر
# $stem is the file's name without .toml.
routine-file-id-not-file-name = المعرّف «{ $id }» لا يطابق اسم الملف: أعد تسمية الملف إلى { $id }.toml أو اضبط id = "{ $stem }"
routine-file-text-empty = { $field } فارغ
routine-file-text-too-long = طول { $field } هو { $length } من الأحرف؛ اجعله أقل من { $max }
routine-file-control-char = يحتوي { $field } على حرف التحكم { $char }؛ احذفه
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals فارغ: اذكر واحدًا على الأقل من circulation، stress، flexibility، sleep، recovery
routine-file-goal-twice = تذكر goals الهدف نفسه مرتين
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = يذكر { $field } { $count ->
        [zero] { $count } عنصر
        [one] عنصرًا واحدًا
        [two] عنصرين
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }؛ والحد الأقصى { $max }
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: يجب أن يتراوح طول «{ $item }» بين 1 و{ $max } من الأحرف
routine-file-summary-too-long = يتجاوز طول summary الحد الأقصى: { $max } من الأحرف
routine-file-no-steps = يحتاج الروتين إلى مُدخل [[steps]] واحد على الأقل
routine-file-too-many-steps = { $count ->
        [zero] { $count } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوةً
       *[other] { $count } خطوة
    } أكثر من اللازم؛ الحد الأقصى { $max }
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = تذكر الخطوة { $number } التقنية «{ $technique }»، وهي غير موجودة
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = تذكر الخطوة { $number } التقنية «{ $technique }»، وهي غير موجودة (هل تقصد «{ $near }»؟)
routine-file-step-seconds = تستغرق الخطوة { $number } مدة { $seconds } ث؛ والخطوة تستغرق من { $min } إلى { $max } ث
routine-file-cue-control-char = يحتوي إرشاد الخطوة { $number } على حرف التحكم { $char }؛ احذفه
routine-file-cue-too-long = يتجاوز طول إرشاد الخطوة { $number } الحد الأقصى: { $max } من الأحرف
routine-file-too-long = مجموع مدد الخطوات { $minutes } د؛ والروتين يستغرق { $max } د على الأكثر
# $first is the file that has the id already.
routine-file-id-used = معرّف الروتين «{ $id }» مستخدم بالفعل في { $first }؛ تمّ تخطّي هذا الملف
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = قيمة seconds هي { $seconds }؛ والتقنية تستغرق من { $min } إلى { $max } ث
# $name is the file name given.
technique-file-illustration = يجب أن تكون قيمة illustration «{ $name }» اسم ملف ينتهي بـ .svg، دون مجلدات
technique-file-no-steps = يجب أن تذكر steps تعليمة واحدة على الأقل، دون أن تكون أي منها فارغة
technique-file-needs-tradition = تحتاج التقنية التقليدية إلى سطر 'tradition' يذكر أصلها
technique-file-tradition-not-traditional = لا يُستخدم tradition إلا للتقنيات التي فيها category = "traditional"
technique-file-id-taken = معرّف التقنية «{ $id }» مستخدم بالفعل في { $first }؛ تمّ تخطّي هذا الملف
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = للصفحة عنوان واحد يبدأ بـ '# '؛ استخدم '## ' للعناوين الفرعية
page-file-no-title = يجب أن تبدأ الصفحة بعنوان '# '

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = يحتاج البرنامج إلى مُدخل [[weeks]] واحد على الأقل
programme-file-too-many-weeks = { $count ->
        [zero] { $count } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    } أكثر من اللازم؛ الحد الأقصى { $max }
# $week is the week's place (1 for the first).
programme-file-week-empty = لا توجد جلسات في الأسبوع { $week }: اذكر روتينًا واحدًا على الأقل
programme-file-week-too-many = في الأسبوع { $week } { $count ->
        [zero] { $count } جلسة
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
        [many] { $count } جلسةً
       *[other] { $count } جلسة
    }؛ والحد الأقصى { $max }
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = تذكر الجلسة { $session } من الأسبوع { $week } الروتين «{ $routine }»، وهو غير موجود
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = تذكر الجلسة { $session } من الأسبوع { $week } الروتين «{ $routine }»، وهو غير موجود (هل تقصد «{ $near }»؟)
programme-file-note-empty = ملاحظة الأسبوع { $week } فارغة
programme-file-note-too-long = طول ملاحظة الأسبوع { $week } هو { $length } من الأحرف؛ اجعله أقل من { $max }
programme-file-note-control-char = تحتوي ملاحظة الأسبوع { $week } على حرف التحكم { $char }؛ احذفه
programme-file-id-taken = معرّف البرنامج «{ $id }» مستخدم بالفعل في { $first }؛ تمّ تخطّي هذا الملف
# $id is the programme id asked for.
programme-not-found = لا يوجد برنامج «{ $id }».
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · الأسبوع { $week }، الجلسة { $session } من { $sessions }
programme-progress-complete = { $title } · مكتمل

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = برنامج Solewise الخلفي لا يعمل (لا شيء يستمع عند { $endpoint }).
ipc-no-answer = لم يستجب برنامج Solewise الخلفي خلال { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانيةً
       *[other] { $seconds } ثانية
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = يتحدث برنامج Solewise الخلفي البروتوكول { $theirs } (الإصدار { $version })؛ بينما يتحدث هذا البرنامج { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = أرسل برنامج Solewise الخلفي شيئًا ليس رسالة: { $error }
ipc-connection-failed = فشل الاتصال ببرنامج Solewise الخلفي: { $error }
ipc-message-too-long = رسالة أطول من { $max } بايت
ipc-message-not-utf8 = رسالة ليست بترميز UTF-8
ipc-connection-closed = أُغلق الاتصال
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = ليست رسالة من Solewise: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = ابدأ بالتحية باستخدام البروتوكول { $protocol }
ipc-endpoint-taken = توجد بالفعل خدمة خلفية لـ Solewise تستمع عند { $endpoint }
ipc-daemon-no-answer = لم تستجب الخدمة الخلفية لأيقونة علبة النظام: { $error }
ipc-daemon-not-installed = الخدمة الخلفية لأيقونة علبة النظام غير مثبّتة هنا: التذكيرات في الانتظار
# $program is the daemon program's path.
ipc-daemon-start-failed = تعذّر تشغيل الخدمة الخلفية لأيقونة علبة النظام { $program }: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = لم تبدأ الخدمة الخلفية لأيقونة علبة النظام؛ راجع { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = لا تعمل أي خدمة نطق (Speech Dispatcher غير مثبّت أو لم يبدأ: { $detail }).
speech-stopped-answering = توقفت خدمة النطق عن الاستجابة: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = رفضت خدمة النطق «{ $command }»: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR غير مضبوط
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = تعذّرت قراءة ردّها على «{ $command }»
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = لا ردّ خلال { $seconds } ث
# $code is the service's answer code, a number.
speech-answer-coded = ردّ برمز { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = لم تُرسَل: يجب أن تكون القيمة { $spaces ->
        [yes] سطرًا واحدًا
       *[no] كلمة واحدة
    } دون أحرف تحكم

## Keeping history in step through a synced folder

sync-line-not-json = هذا السطر ليس قيدًا لتغيير: { $error }
sync-line-bad-clock = الطابع الزمني «{ $clock }» ليس بالصيغة التي يكتبها Solewise
sync-line-other-device = يذكر القيد أن الحاسوب { $device } هو من كتبه، لا الحاسوب الذي يوجد القيد في مجلده
sync-line-unknown-field = الحقل «{ $field }» ليس من حقول الجلسة
sync-session-refused = لم تُضَف الجلسة { $id } الآتية من حاسوب آخر: { $reason }
sync-this-computer = هذا الحاسوب
sync-folder-missing = مجلد المزامنة { $folder } غير موجود (هل القرص غير موصول، أو نُقل المجلد؟). ستنتظر التغييرات التي تُجرى هنا حتى يعود.
sync-folder-unwritable = لا يستطيع Solewise الكتابة في مجلد المزامنة { $folder }: { $error }. ستنتظر التغييرات التي تُجرى هنا حتى تصبح الكتابة ممكنة.
sync-folder-unreadable = لا يستطيع Solewise قراءة مجلد المزامنة { $folder }: { $error }
sync-name-invalid = يجب أن يتكوّن اسم الحاسوب من 1 إلى { $max } حرفًا، في سطر واحد.
sync-is-off = المزامنة معطّلة: فعّلها أولًا باختيار مجلد (solewise sync set FOLDER، أو «المزامنة» في «الإعدادات»).
sync-device-shared = كان حاسوب آخر يكتب باستخدام معرّف المزامنة الخاص بهذا الحاسوب (هل نُسخ مجلد البيانات هذا منه؟). صار لهذا الحاسوب الآن معرّف خاص به، ولم يضِع شيء مما كتبه أيٌّ منهما.
sync-file-newer = كُتب { $file } بإصدار أحدث من Solewise: حدّث Solewise على هذا الحاسوب لدمج كل ما فيه.
sync-line-bad-id = «{ $id }» ليس معرّفًا لأي شيء يزامنه Solewise
sync-routine-refused = لم يُحفظ الروتين { $id } الآتي من حاسوب آخر: { $reason }
sync-encrypted = الملفات في مجلد المزامنة مشفّرة بعبارة مرور. أدخل عبارة المرور نفسها على هذا الحاسوب («المزامنة» في «الإعدادات»، أو solewise sync passphrase) لدمجها؛ وحتى ذلك الحين لن يتغيّر شيء هنا ولن يُكتب شيء في المجلد.
sync-passphrase-wrong = الملفات التي كتبها { $computer } في مجلد المزامنة لا تُفتح بعبارة المرور الخاصة بهذا الحاسوب. أدخل عبارة المرور نفسها على الحاسوبين كليهما؛ وستنتظر الملفات حتى ذلك الحين.
sync-file-unreadable = لا يمكن فتح { $file } بعد ({ $error }): ربما لم يكتمل وصوله بعد. ستُعاد قراءته في المزامنة التالية.
sync-passphrase-invalid = يجب أن تتكوّن عبارة المرور من { NUMBER($min) ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل، في سطر واحد.
