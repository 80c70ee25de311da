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
app-could-not-start = تعذّر تشغيل { -brand-name }
app-database-error = تعذّر فتح بياناتك
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = مجلد البيانات: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = تعذّر تحميل هذه الشاشة: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = لا يوجد روتين بالمعرّف «{ $id }».
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = التالي: يبدأ «{ $title }» حين تنتهي هذه الجلسة.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    انقطعت جلستك في <strong>{ $title }</strong> (اكتملت { $done } من { $total ->
        [zero] { $total } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $total } خطوات
        [many] { $total } خطوةً
       *[other] { $total } خطوة
    }). هل تريد متابعتها من حيث توقفت؟
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = احتفظ بها كجلسة غير مكتملة

## Words used on several screens

common-cancel = إلغاء
common-close = إغلاق
common-delete = حذف
common-dismiss = تجاهل
common-edit = تعديل
common-loading = جارٍ التحميل…
common-note = ملاحظة
# After the name of a field that may be left empty.
common-optional = (اختياري)
common-pause = إيقاف مؤقت
common-resume = استئناف
common-save = حفظ
common-saved = تم الحفظ.
common-skip = تخطٍّ
common-start = بدء
# Heading of a technique's or a step's cautions.
common-take-care = انتبه
common-version = الإصدار
common-your-data = بياناتك
common-data-folder = مجلد البيانات
common-database = قاعدة البيانات
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>جهّز مسبقًا:</strong> { $needs }.

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds = { NUMBER($seconds) } ث
# "15 min"
duration-minutes = { NUMBER($minutes) } د
# "2 min 30 s"
duration-minutes-seconds = { NUMBER($minutes) } د { NUMBER($seconds) } ث
# "2 h"
duration-hours = { NUMBER($hours) } س
# "1 h 5 min"
duration-hours-minutes = { NUMBER($hours) } س { NUMBER($minutes) } د

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = الدورة الدموية
goal-stress = تخفيف التوتر
goal-flexibility = المرونة
goal-sleep = النوم
goal-recovery = الاستشفاء

## The part of the foot or leg a technique works

area-whole-foot = القدم كلها
area-heel = الكعب
area-arch = قوس القدم
area-ball = مشط القدم
area-toes = أصابع القدم
area-top = ظهر القدم
area-ankle = الكاحل
area-achilles = وتر أخيل
area-calf = ربلة الساق
area-sole = باطن القدم

## The groups of techniques on the Guides screen

category-preparation = الاستعداد
category-sequence = التسلسل الأساسي
category-library = تقنيات أخرى
category-traditional = تقنيات تقليدية

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = بلا ضغط
pressure-stretch = إطالة لطيفة
pressure-light = ضغط خفيف
pressure-medium = ضغط متوسط
pressure-firm = ضغط قوي
pressure-feel-none = لا ضغط على الإطلاق: القدمان تستريحان أو تُنقعان أو تُمسَكان بثبات
    .sentence = لا ضغط على الإطلاق: القدمان تستريحان أو تُنقعان أو تُمسَكان بثبات.
pressure-feel-stretch = شدّ لطيف يُثبَّت أو يُحرَّك ببطء، دون ضغط ودون ارتداد
    .sentence = شدّ لطيف يُثبَّت أو يُحرَّك ببطء، دون ضغط ودون ارتداد.
pressure-feel-light = ينزلق فوق الجلد ولا يحرّك سوى الجلد، كأنك تنشر الزيت
    .sentence = ينزلق فوق الجلد ولا يحرّك سوى الجلد، كأنك تنشر الزيت.
pressure-feel-medium = يتغلغل في العضلة، ثابتًا ومريحًا، ولا يكون حادًّا أبدًا
    .sentence = يتغلغل في العضلة، ثابتًا ومريحًا، ولا يكون حادًّا أبدًا.
pressure-feel-firm = بالقدر الذي تشعر معه بالراحة، دون أن يبلغ حدّ الألم أبدًا
    .sentence = بالقدر الذي تشعر معه بالراحة، دون أن يبلغ حدّ الألم أبدًا.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = القدم اليسرى
    .phrase = القدم اليسرى
foot-right = القدم اليمنى
    .phrase = القدم اليمنى
foot-both = القدمان كلتاهما
    .phrase = القدمين كلتيهما

## Kinds of session in the history

kind-guided = موجَّهة
kind-self = تدليك ذاتي
kind-partner = من الشريك
kind-professional = لدى مختص

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = أصابع القدم اليسرى
    .label = أصابع القدم اليسرى
zone-left-ball = مشط القدم اليسرى
    .label = مشط القدم اليسرى
zone-left-arch = قوس القدم اليسرى
    .label = قوس القدم اليسرى
zone-left-heel = كعب القدم اليسرى
    .label = كعب القدم اليسرى
zone-left-top = ظهر القدم اليسرى
    .label = ظهر القدم اليسرى
zone-left-ankle = الكاحل الأيسر
    .label = الكاحل الأيسر
zone-left-achilles = وتر أخيل الأيسر
    .label = وتر أخيل الأيسر
zone-left-calf = ربلة الساق اليسرى
    .label = ربلة الساق اليسرى
zone-right-toes = أصابع القدم اليمنى
    .label = أصابع القدم اليمنى
zone-right-ball = مشط القدم اليمنى
    .label = مشط القدم اليمنى
zone-right-arch = قوس القدم اليمنى
    .label = قوس القدم اليمنى
zone-right-heel = كعب القدم اليمنى
    .label = كعب القدم اليمنى
zone-right-top = ظهر القدم اليمنى
    .label = ظهر القدم اليمنى
zone-right-ankle = الكاحل الأيمن
    .label = الكاحل الأيمن
zone-right-achilles = وتر أخيل الأيمن
    .label = وتر أخيل الأيمن
zone-right-calf = ربلة الساق اليمنى
    .label = ربلة الساق اليمنى
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = الأصابع
zone-part-ball = المشط
zone-part-arch = القوس
zone-part-heel = الكعب
zone-part-top = الظهر
zone-part-ankle = الكاحل
zone-part-achilles = وتر أخيل
zone-part-calf = الربلة
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = الرئيسية
nav-guides = الأدلة
    .hint = تقنيات مصوّرة
nav-routines = الروتينات
    .hint = جلسات بمؤقّت
nav-history = السجلّ
    .hint = الجلسات السابقة والأهداف
nav-reminders = التذكيرات
    .hint = متى ينبّهك { -brand-name }
nav-settings = الإعدادات
    .hint = الإشعارات والبيانات
nav-about = حول { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = اختصارات لوحة المفاتيح

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = اختصارات لوحة المفاتيح
shortcuts-anywhere = في أي مكان
shortcuts-toggle = إظهار هذه القائمة أو إخفاؤها
shortcuts-key-tab = Tab / Shift+Tab
shortcuts-move = التنقّل بين عناصر التحكم
shortcuts-key-enter-space = Enter / مسافة
shortcuts-press = الضغط على الزر المحدَّد
shortcuts-player = في المشغّل (أينما كان التركيز؛ وهي ما ترسله الدواسات وأجهزة النقر)
shortcuts-key-space-enter = مسافة / Enter
shortcuts-pause = إيقاف مؤقت أو استئناف
shortcuts-key-next = → / Page Down
shortcuts-next = الانتقال إلى الخطوة التالية
shortcuts-key-previous = ← / Page Up
shortcuts-previous = الرجوع إلى الخطوة السابقة
shortcuts-key-escape = Esc
shortcuts-end = إنهاء الجلسة (بعد التأكيد)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [zero] لم يُتخطَّ أي ملف
        [one] تمّ تخطّي ملف واحد
        [two] تمّ تخطّي ملفين
        [few] تمّ تخطّي { $count } ملفات
        [many] تمّ تخطّي { $count } ملفًا
       *[other] تمّ تخطّي { $count } ملف
    }.</strong> حُمِّل كل ما عدا ذلك.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = الأدلة
guides-lead = تقنيات خطوة بخطوة لكعبيك وقوسَي قدميك ومشطَيهما وأصابع قدميك.
guides-needs-title = ما الذي تحتاج إليه اليوم؟
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = قبل النوم
guides-need-after-sport = بعد الرياضة
guides-need-before-run = قبل الجري
guides-need-long-day = يوم طويل على قدميّ
guides-need-morning-heel = ألم الكعب صباحًا
guides-need-desk = استراحة من المكتب
guides-need-three-minutes = ثلاث دقائق
guides-need-pregnancy = بلطف، في أثناء الحمل
guides-need-no-bend = دون انحناء
guides-need-toes = أصابع قدم أقوى
guides-need-twice-weekly = الجلسة الكاملة مرتين أسبوعيًا
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = قبل أن تبدأ
guides-pressure-title = ما مقدار الضغط: من لا شيء إلى الضغط القوي
guides-pressure-note = يذكر كل دليل المستوى الذي يحتاج إليه. والألم دائمًا إشارة إلى أن تخفّف الضغط.
guides-search = بحث
    .placeholder = ألم الكعب، المكتب، اسم…
guides-goal = الهدف
guides-goal-any = أي هدف
guides-area = المنطقة
guides-area-any = أي منطقة
# The filter by how long a technique takes.
guides-length = المدة
guides-length-any = أي مدة
guides-length-short = حتى دقيقة واحدة
guides-length-medium = من 1 إلى 3 دقائق
guides-length-long = أكثر من 3 دقائق
guides-clear-filters = امسح عوامل التصفية
guides-technique-count =
    { $count ->
        [zero] لا توجد تقنيات
        [one] تقنية واحدة
        [two] تقنيتان
        [few] { $count } تقنيات
        [many] { $count } تقنيةً
       *[other] { $count } تقنية
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } من { $count ->
        [zero] { $count } تقنية
        [one] تقنية واحدة
        [two] تقنيتين
        [few] { $count } تقنيات
        [many] { $count } تقنيةً
       *[other] { $count } تقنية
    }
# Heading of the routines the search found.
guides-found-routines = الروتينات
guides-empty-title = لا توجد تقنية مطابقة
guides-empty = جرّب عوامل تصفية أقل أو كلمة أخرى.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = كل الأدلة

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = عن هذه التقنية
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong>: { $feels }.
technique-no-drawing = الرسم غير متاح
technique-how-to = طريقة الأداء
# The name (for screen readers) of the technique's own timer.
technique-timer = مؤقّت { $title }
technique-feel = ما ينبغي أن تشعر به
technique-tradition = أصل التقنية

## The timer on a technique's page

timer-label = المؤقّت
timer-start = ابدأ المؤقّت
timer-reset = إعادة الضبط
timer-done = انتهى الوقت. أحسنت.

## The player's check-in, before the first step

checkin-title = قبل أن تبدأ
checkin-stress = ما مدى توترك في هذه اللحظة؟
checkin-foot-map = هل يؤلمك موضع ما؟ قيّمه على خريطة القدم
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = تجاوز الجلسة اليوم إن…
checkin-skip-fever = كانت لديك حمّى أو كنت تشعر بتوعّك؛
checkin-skip-wound = كان في قدمك جرح مفتوح أو فقاعة أو عدوى؛
checkin-skip-hot = كانت إحدى القدمين ساخنة أو محمرّة أو متورّمة؛
checkin-skip-calf = كانت ربلة إحدى ساقيك مؤلمة ومتورّمة: راجع طبيبًا اليوم، واتصل بالإسعاف إن شعرت بضيق في التنفس أو ألم في الصدر.
checkin-safety = متى تتجنّب التدليك، ومتى تراجع الطبيب
checkin-begin = ابدأ
checkin-skip-and-begin = تخطَّ وابدأ
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } هادئ
stress-scale-stressed = { $level } متوتر جدًا

## The player's check-out, after the last step

checkout-well-done = أحسنت
checkout-saved = حُفظت الجلسة
checkout-summary =
    { $duration } من التدليك، و{ $done } من { $total ->
        [zero] { $total } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $total } خطوات
        [many] { $total } خطوةً
       *[other] { $total } خطوة
    }.
checkout-summary-partial =
    { $duration } من التدليك، و{ $done } من { $total ->
        [zero] { $total } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $total } خطوات
        [many] { $total } خطوةً
       *[other] { $total } خطوة
    }، حُفظت كجلسة غير مكتملة.
checkout-stress = ما مدى توترك الآن؟
checkout-foot-map = كيف تشعر الآن بالمواضع المؤلمة؟
checkout-note-placeholder = كيف كانت الجلسة؟ هل من شيء تريد تذكّره في المرة القادمة؟

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (اختياري)
        [zero] (اختياري)
        [one] (اختياري، قُيّمت منطقة واحدة)
        [two] (اختياري، قُيّمت منطقتان)
        [few] (اختياري، قُيّمت { $rated } مناطق)
        [many] (اختياري، قُيّمت { $rated } منطقةً)
       *[other] (اختياري، قُيّمت { $rated } منطقة)
    }
footmap-how = اضغط على منطقة، ثم اختر مدى ألمها: 0 يعني لا ألم، و10 أشدّ ألم.
footmap-same-as-last = كما في المرة السابقة
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: غير مقيَّمة
footmap-zone-rated = { $zone }: { $rating } من 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = ما مدى ألم { $zone }؟
footmap-clear = مسح

## The player: the steps of a session

player-progress = تقدّم الروتين
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = الخطوة { $number } من { $total } · يتبقّى { $left } في المجمل
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } تُؤدّى هذه الخطوة على القدم اليمنى.
player-up-next = التالي: { $title } · { $foot } · { $duration }
player-last-step = الخطوة الأخيرة
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = تعامل بلطف مع ما حول { $zone } اليوم: قيّمت ألم هذه المنطقة بدرجة { $rating } من 10 قبل الجلسة.
player-sore-leave-out = خفّف الضغط على { $zone } اليوم أو تجنّب هذه المنطقة: قيّمت ألمها بدرجة { $rating } من 10 قبل الجلسة.
# Said by screen readers as each step starts.
player-announce-step = الخطوة { $number } من { $total }: { $title }، { $foot }
player-confirm-end =
    هل تريد إنهاء الجلسة الآن؟ ستُحفظ كجلسة غير مكتملة، مع ما أنجزته حتى الآن: { $done ->
        [zero] لا خطوات
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $done } خطوات
        [many] { $done } خطوةً
       *[other] { $done } خطوة
    }.
player-end-and-save = أنهِ واحفظ
player-keep-going = تابع
player-controls = أزرار التحكم في المشغّل
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = رجوع
player-restart-step = أعد الخطوة
player-skip = تخطٍّ
player-end = إنهاء
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = مسافة أو Enter إيقاف مؤقت · ← رجوع · → تخطٍّ · Esc إنهاء (تعمل الدواسة أو جهاز النقر أيضًا)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = انتبه: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] انتقل إلى قدمك اليسرى.
       *[right] انتقل إلى قدمك اليمنى.
    }
voice-finished = هذا هو الروتين كله. أحسنت.
# Said half-way through a long step.
voice-half-way = وصلت إلى المنتصف. تابع.
voice-no-service = التوجيه الصوتي مفعّل، لكن لم يُعثر على خدمة نطق. وستظل النغمة تعلن كل خطوة.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = التوجيه الصوتي مفعّل، لكن { $problem } وستظل النغمة تعلن كل خطوة.
voice-unavailable = التوجيه الصوتي غير متاح: { $error }
voice-stopped = توقّف التوجيه الصوتي: { $error } وستظل النغمة تعلن كل خطوة.
voice-title = التوجيه الصوتي
voice-speak-steps = انطق كل خطوة: اسمها والقدم والإرشاد، وعبارة «المنتصف» في الخطوات الطويلة، والانتقال إلى القدم الأخرى حين يحين
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    لم تستجب أي خدمة نطق على هذا الحاسوب، لذا لا يستطيع المشغّل النطق: { $problem }
    على Debian أو Ubuntu، ثبّت <code>{ "speech-dispatcher" }</code> و<code>{ "espeak-ng" }</code>. وإلى أن تفعل، ستعلن النغمة كل خطوة.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = لا يوجد على هذا الحاسوب صوت يتحدث { $language }، لذا لن تُقرأ الخطوات بصوت عالٍ: فـSolewise لا يقرؤها أبدًا بصوت لغة أخرى. ثبّت صوتًا لها (لدى espeak-ng صوت للغة { $language }) ثم افتح الإعدادات من جديد.
voice-voice = الصوت
voice-default = الصوت الافتراضي للنظام
voice-speed = السرعة
voice-speed-normal = عادية
voice-speed-slower = أبطأ
voice-speed-faster = أسرع
voice-sample = استمع إلى عيّنة
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = هكذا يرشدك المشغّل.
voice-sample-step = دوائر الكعب. القدم اليسرى. نبدأ بالكعب.
voice-looking = جارٍ البحث عن خدمة النطق…

## The History screen: the sessions

history-title = السجلّ
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = طرق عرض السجلّ
history-tab-sessions = الجلسات
history-tab-insights = الإحصاءات
history-logged = سُجّلت الجلسة.
history-exported = صُدِّر إلى { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = جلسة موجَّهة
history-title-self = تدليك ذاتي
history-title-partner = تدليك من شريكي
history-title-professional = تدليك لدى مختص
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = التوتر { $before } ← { $after }
    .title = التوتر قبل ← بعد (1 هادئ، 10 متوتر جدًا)
history-deleted = تم حذف «{ $title }».
history-undo = تراجع
history-import-summary = <strong>اكتمل الاستيراد:</strong> المضافة { $added }، والموجودة مسبقًا { $skipped }، والمرفوضة { $rejected }.
# The button back from a session to the list (after an arrow).
history-back = كل الجلسات
# Said of a session that was ended before its last step.
history-partial = غير مكتملة
history-completed = مكتملة
history-steps-of =
    { $done } من { $total ->
        [zero] { $total } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $total } خطوات
        [many] { $total } خطوةً
       *[other] { $total } خطوة
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [zero] { $done }/{ $total } خطوة
        [one] { $done }/{ $total } خطوة
        [two] { $done }/{ $total } خطوة
        [few] { $done }/{ $total } خطوات
        [many] { $done }/{ $total } خطوة
       *[other] { $done }/{ $total } خطوة
    }
history-zones-before = المواضع المؤلمة قبل الجلسة
history-zones-after = بعد الجلسة
history-stress-before = التوتر قبل
history-stress-after = التوتر بعد
history-not-rated = غير مقيَّم
history-therapist = المعالج
history-save-changes = احفظ التغييرات
history-log-title = سجّل جلسة
history-log-kind = النوع
history-log-kind-professional = تدليك لدى مختص
history-log-when = متى
history-log-minutes = الدقائق
history-log-name = الاسم
history-routine = الروتين
history-log-no-routine = لا شيء
history-export-csv = صدّر CSV…
history-export-json = صدّر JSON…
history-import = استورد…
history-all-routines = كل الروتينات
history-kind = النوع
history-all-kinds = كل الأنواع
# The first and last day of the sessions shown.
history-from = من
history-to = إلى
history-session-count =
    { $count ->
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
        [many] { $count } جلسةً
       *[other] { $count } جلسة
    }
history-empty-title = لا جلسات بعد
history-empty = اتّبع روتينًا من شاشة { nav-routines } وسيُحفظ هنا أولًا بأول، أو سجّل جلسة أجريتها دون التطبيق.
history-older = اعرض الجلسات الأقدم

## The History screen: insights

insights-this-week = هذا الأسبوع
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } من { $goal }
insights-weekly-goal = الهدف الأسبوعي
insights-goal-met = تحقّق الهدف. رائع.
# Sessions still to do this week.
insights-to-go = يتبقّى { $count }
insights-streak = المواظبة
insights-weeks =
    { $count ->
        [zero] { $count } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = متتالية حقّقت فيها هدفك · الأفضل { $best }
insights-first-session = جلستك الأولى
insights-good-start = بداية موفّقة
insights-streak-begin =
    { $goal ->
        [zero] تكفي { $goal } جلسة في الأسبوع لبدء سلسلة المواظبة.
        [one] تكفي جلسة واحدة في الأسبوع لبدء سلسلة المواظبة.
        [two] تكفي جلستان في الأسبوع لبدء سلسلة المواظبة.
        [few] تكفي { $goal } جلسات في الأسبوع لبدء سلسلة المواظبة.
        [many] تكفي { $goal } جلسةً في الأسبوع لبدء سلسلة المواظبة.
       *[other] تكفي { $goal } جلسة في الأسبوع لبدء سلسلة المواظبة.
    }
insights-streak-begin-well-done =
    أحسنت. { $goal ->
        [zero] تكفي { $goal } جلسة في الأسبوع لبدء سلسلة المواظبة.
        [one] تكفي جلسة واحدة في الأسبوع لبدء سلسلة المواظبة.
        [two] تكفي جلستان في الأسبوع لبدء سلسلة المواظبة.
        [few] تكفي { $goal } جلسات في الأسبوع لبدء سلسلة المواظبة.
        [many] تكفي { $goal } جلسةً في الأسبوع لبدء سلسلة المواظبة.
       *[other] تكفي { $goal } جلسة في الأسبوع لبدء سلسلة المواظبة.
    }
insights-best-so-far =
    الأفضل حتى الآن: { $count ->
        [zero] { $count } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    }.
insights-streak-empty = تظهر هنا الأسابيع المتتالية التي تحقّق فيها هدفك.
insights-minutes = الدقائق
# Under the minutes of massage this week.
insights-minutes-detail = هذا الأسبوع، من الجلسات نفسها المحسوبة في الهدف · { $month } هذا الشهر · { $all } في المجمل
insights-stress = التوتر
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    انخفاض بمقدار { $points ->
        [zero] { $points } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $points } نقاط
        [many] { $points } نقطةً
       *[other] { $points } نقطة
    }
insights-stress-up =
    ارتفاع بمقدار { $points ->
        [zero] { $points } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $points } نقاط
        [many] { $points } نقطةً
       *[other] { $points } نقطة
    }
insights-stress-same = لا تغيير
insights-stress-none = قيّم توترك قبل الجلسة وبعدها لترى التغيّر.
insights-stress-detail = في المتوسط، بعد الجلسة مقارنةً بما قبلها
insights-year = آخر 12 شهرًا
# The calendar of sessions, for screen readers.
insights-heatmap = الجلسات في كل يوم خلال آخر 12 شهرًا: { $count } في المجمل
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] لا جلسات
        [zero] لا جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
        [many] { $count } جلسةً
       *[other] { $count } جلسة
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = لا جلسات
insights-legend-most = { $count } أو أكثر في اليوم
insights-stress-title = التوتر قبل الجلسة وبعدها
insights-stress-chart = التوتر قبل كل جلسة مقيَّمة وبعدها
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = قبل
insights-legend-after = بعد
insights-legend-dates = من { $first } إلى { $last }
insights-stress-empty = قيّم توترك قبل الجلسة وبعدها لتراه هنا.
insights-top-routines = الروتينات الأكثر استخدامًا
insights-top-techniques = التقنيات الأكثر استخدامًا
insights-none-yet = لا شيء بعد.
insights-steps =
    { $count ->
        [zero] { $count } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوةً
       *[other] { $count } خطوة
    }

## The History screen: the foot zones' trends

zones-title = مناطق القدم
zones-period = آخر اثني عشر أسبوعًا
zones-empty = قيّم المواضع المؤلمة على خريطة القدم قبل الجلسة؛ وحين تُقيَّم منطقة ثلاث مرات، يظهر اتجاهها هنا.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = بقي ألم { $zone } عند { $rating } أو أكثر طوال أسبوعين. الألم الذي يستمر يستحق أن يفحصه مختص.
zones-see-someone = متى تراجع مختصًا
zones-ratings =
    { $count ->
        [zero] { $count } تقييم
        [one] تقييم واحد
        [two] تقييمان
        [few] { $count } تقييمات
        [many] { $count } تقييمًا
       *[other] { $count } تقييم
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = يظهر التغيّر بعد شهر
zones-change-none = لا تغيير منذ الشهر الأول
zones-change-down = انخفض بمقدار { $size } منذ الشهر الأول
zones-change-up = ارتفع بمقدار { $size } منذ الشهر الأول
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }، المتوسط الأسبوعي: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = التذكيرات
reminders-lead = ينبّهك { -brand-name } حين يحين وقت الجلسة، من علبة النظام، حتى عندما تكون نافذته مغلقة.
reminders-days = الأيام
reminders-time = الوقت
reminders-routine = الروتين
# A reminder's own text, shown in its notification.
reminders-label = نص التذكير
# The notification's text when a reminder has no label of its own.
reminders-default-label = حان وقت تدليك قدميك
# The checkbox that turns a reminder on.
reminders-on = مفعّل
reminders-also-autostart = شغّل { -brand-name } أيضًا في علبة النظام عند تسجيل دخولي
reminders-offer-title = هل أذكّرك مرتين في الأسبوع؟
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = خمس عشرة دقيقة مرتين في الأسبوع تكفي لراحة القدمين. يقترح { -brand-name } { $days } في الساعة { $time }؛ اختر الأيام والوقت الذي يناسبك.
reminders-offer-accept = اختر الأيام والوقت
reminders-offer-dismiss = ليس الآن
reminders-paused-forever = <strong>التذكيرات متوقفة مؤقتًا</strong> حتى تعيد تفعيلها.
# $until is a day and time.
reminders-paused-until = <strong>التذكيرات متوقفة مؤقتًا</strong> حتى { $until }.
reminders-resume = أعد تفعيل التذكيرات
reminders-next = التذكير التالي: { $when }
reminders-none = لا توجد تذكيرات مضبوطة.
reminders-pause-today = أوقفها مؤقتًا لهذا اليوم
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = أوقفها مؤقتًا لمدة
    .input = عدد أيام الإيقاف
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [zero] يوم
        [one] يوم
        [two] يوم
        [few] أيام
        [many] يومًا
       *[other] يوم
    }
reminders-pause-until-resumed = أوقفها حتى أعيد تفعيلها
reminders-new = تذكير جديد
reminders-add = أضف التذكير
reminders-edit-title = عدّل التذكير
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } في الساعة { $time }
reminders-rule-off = { $days } في الساعة { $time } (معطَّل)
# The next times a reminder comes, each a day and time.
reminders-rule-next = التالي: { $times }
reminders-add-one = أضف تذكيرًا
reminders-calendar-title = خذ الخطة معك
reminders-calendar = تذكيراتك في صورة أحداث أسبوعية في التقويم الذي تستخدمه بالفعل: ملف ‎(.ics)‎ يستورده أي تطبيق تقويم.
reminders-calendar-export = أضف إلى تقويمك
reminders-calendar-saved = حُفظ في { $path }. افتحه بتطبيق التقويم لإضافة الأحداث.
reminders-options-title = عند وصول تذكير
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = أجِّل لمدة
reminders-snooze-minutes =
    { $count ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقةً
       *[other] دقيقة
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = إن كان الحاسوب في وضع السكون أو كان { -brand-name } مغلقًا، فذكّرني رغم ذلك بتأخير يصل إلى
reminders-grace-minutes =
    { $count ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقةً
       *[other] دقيقة
    }

## The Routines screen

routines-title = الروتينات
routines-lead = تقنيات مجمّعة في جلسة يمكنك اتّباعها مع مؤقّت.
routines-new = روتين جديد
routines-import = استورد ملف روتين…
# Headings of the two lists of routines.
routines-built-in = المضمّنة
routines-yours = روتيناتك
routines-empty-title = لا روتينات خاصة بك بعد
routines-empty = أنشئ روتينًا من البداية عبر «{ routines-new }»، أو افتح روتينًا مضمّنًا وأنشئ نسخة منه لتعدّلها.
routines-steps =
    { $count ->
        [zero] { $count } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوةً
       *[other] { $count } خطوة
    }
# The button back from a routine to the list (after an arrow).
routines-back = كل الروتينات
# Above a routine's title: where it comes from.
routines-built-in-one = روتين مضمّن
routines-yours-one = روتينك
routines-for-partner = لشريك
routines-duplicate = أنشئ نسخة
routines-export = صدّر…
routines-print = اطبع…
routines-delete = احذف…
routines-confirm-delete = هل تريد حذف «{ $title }» نهائيًا؟ سيُزال ملفه من مجلد بياناتك.
routines-keep = احتفظ به
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (نسختي)
routines-deleted = تم حذف «{ $title }».
routines-imported = تم استيراد «{ $title }».
routines-exported = حُفظ في { $path }.
routines-saved = حُفظ الروتين.

## The routine editor

editor-new-title = روتين جديد
editor-edit-title = عدّل الروتين
editor-title = العنوان
editor-summary = الملخّص
editor-goals = الأهداف
editor-for-partner = مكتوب لتدليك قدمَي شخص آخر
editor-steps = الخطوات
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [zero] { $count } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوةً
       *[other] { $count } خطوة
    }، { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = تقنية الخطوة { $number }
editor-step-foot = قدم الخطوة { $number }
editor-step-cue = إرشاد الخطوة { $number }
    .placeholder = إرشاد (اختياري)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [zero] ثانية
        [one] ثانية
        [two] ثانية
        [few] ثوانٍ
        [many] ثانيةً
       *[other] ثانية
    }
editor-move-up = انقل الخطوة { $number } إلى الأعلى
editor-move-down = انقل الخطوة { $number } إلى الأسفل
editor-remove-step = أزل الخطوة { $number }
editor-add-step = + أضف خطوة
editor-saving = جارٍ الحفظ…
editor-save = احفظ الروتين

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = ضغط لطيف، ولا ألم أبدًا. توقّف وراجع صفحة السلامة في { -brand-name } إن شعرت بألم أو لاحظت تورّمًا أو سخونة.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = البرامج
# The card's name, for screen readers.
programmes-card = برنامجك
programmes-card-done = اكتملت كل الجلسات. حافظ على الإيقاع بروتين المرّتين أسبوعيًا.
programmes-week = الأسبوع { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }، ثم { $next }
programmes-joined-done = انضممت إلى هذا البرنامج: اكتملت كل الجلسات. أحسنت!
programmes-joined-next = انضممت إلى هذا البرنامج: التالي هو الأسبوع { $week }، الجلسة { $session } من { $sessions }.
programmes-leave = غادر البرنامج
programmes-remind-on = ذكّرني في
# Before a time of day.
programmes-at = في الساعة
programmes-no-days = لم تحدّد أي يوم: ستنضم دون تذكير.
programmes-reminder-added = يُضاف تذكير إلى { nav-reminders }، ومع تقدّمك يذكر اسم جلستك التالية. يمكنك تغييره أو حذفه من هناك.
programmes-join = انضم
programmes-join-instead = انضم إلى هذا البرنامج بدلًا منه

## The Settings screen

settings-title = الإعدادات
settings-language-title = اللغة
settings-language = اللغة
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = النظام ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = يطلب نظامك { $asked }؛ ويعرض { -brand-name } { $shown }.
settings-goal-title = الهدف والجلسات
settings-weekly-goal = الهدف الأسبوعي
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [zero] جلسة في الأسبوع.
        [one] جلسة في الأسبوع.
        [two] جلسة في الأسبوع.
        [few] جلسات في الأسبوع.
        [many] جلسةً في الأسبوع.
       *[other] جلسة في الأسبوع.
    } جلستان في الأسبوع بداية جيدة.
settings-week-start = يبدأ الأسبوع يوم
settings-week-start-hint = يُستخدم للهدف الأسبوعي وسلسلة المواظبة.
settings-chime = شغّل نغمة هادئة عند انتقال المشغّل إلى الخطوة التالية
settings-autostart-title = التشغيل عند تسجيل الدخول
settings-autostart = شغّل { -brand-name } في علبة النظام عند تسجيل دخولي، لتصل التذكيرات دون أن أفتحه
settings-notifications-title = الإشعارات
settings-notifications = تصل التذكيرات في صورة إشعارات على سطح المكتب. أرسل إشعارًا تجريبيًا لترى شكلها وتتأكد من أنها تصل إليك.
settings-test-sending = جارٍ الإرسال…
settings-test-send = أرسل إشعارًا تجريبيًا
settings-test-sent = أُرسل. ابحث عنه بين إشعارات سطح المكتب.
settings-data = كل ما يحتفظ به { -brand-name } يبقى على هذا الحاسوب، في مجلد واحد.
settings-version = { -brand-name } { $version }
settings-backups-title = النسخ الاحتياطية
settings-backups = ينسخ { -brand-name } قاعدة بياناتك مرة في اليوم حين يعمل وقبل كل ترقية، ويحتفظ بآخر { $count } من هذه النسخ. وعند استعادة إحداها، يحفظ أولًا نسخة من بياناتك كما هي الآن.
settings-no-backups = لا توجد نسخ احتياطية بعد.
# Why a backup was made.
settings-backup-daily = يومية
settings-backup-before-restore = قبل استعادة
settings-backup-before-upgrade = قبل ترقية
settings-backup-size = { $kilobytes } كيلوبايت
settings-restore-this = استعد هذه النسخة
settings-restore = استعد…
settings-restored = تمت الاستعادة. بياناتك كما كانت قبلها مباشرة محفوظة في { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = حول { -brand-name }
about-lead = رفيق لتدليك القدمين الذاتي: أدلة مصوّرة، ومؤقّت لكل خطوة، وتذكيرات، وسجلّ لما شعرت به. لا يتصل { -brand-name } بالإنترنت أبدًا؛ وكل ما يعرفه يبقى على هذا الحاسوب.
about-built-with = بُني باستخدام
about-tauri = { "Tauri" } { $version }
about-data = الجلسات والإعدادات والتذكيرات وروتيناتك الخاصة والنسخ الاحتياطية اليومية وسجلات التشغيل، كلها في مجلد واحد. لنقل { -brand-name } إلى حاسوب آخر، انسخ هذا المجلد والتطبيق مغلق، أو صدّر سجلّك بصيغة JSON.
about-logs = سجلات التشغيل
about-open-folder = افتح مجلد البيانات
about-opened = فُتح في مدير الملفات.
about-licences-title = تراخيص المصادر المفتوحة
about-licences-failed = تعذّر تحميل قائمة التراخيص: { $error }
about-licences = بُني { -brand-name } على { $count } من الحزم مفتوحة المصدر، ونشكر مؤلفيها. يُفتح كل بند ليعرض ملفات الترخيص المرفقة بالحزمة.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [zero] { $count } تعبير ترخيص آخر
        [one] تعبير ترخيص واحد آخر
        [two] تعبيرا ترخيص آخران
        [few] { $count } تعبيرات ترخيص أخرى
        [many] { $count } تعبيرًا آخر للترخيص
       *[other] { $count } تعبير ترخيص آخر
    }
about-find = ابحث عن حزمة أو ترخيص
    .placeholder = مثل rusqlite أو MPL-2.0
about-package-count =
    { $shown } من { $count ->
        [zero] { $count } حزمة
        [one] حزمة واحدة
        [two] حزمتين
        [few] { $count } حزم
        [many] { $count } حزمةً
       *[other] { $count } حزمة
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = حزمة Rust (crate)
# $authors lists the package's authors.
about-by = تأليف { $authors }
# $url is the address of the package's source code.
about-repository = المصدر: { $url }
about-no-licence-file = لا ترفق هذه الحزمة ملف ترخيص؛ ترخيصها هو { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = مرحبًا · الخطوة { $step } من { $steps }
welcome-title = مرحبًا بك في { -brand-name }
welcome-lead = تدليك ذاتي مصوّر للقدمين، ومؤقّت لكل خطوة، وتذكيرات حين يحين الوقت، وسجلّ لما شعرت به. كل شيء يبقى على هذا الحاسوب.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = اجعل هدفك
welcome-sessions-a-week =
    { $count ->
        [zero] جلسة في الأسبوع
        [one] جلسة في الأسبوع
        [two] جلسة في الأسبوع
        [few] جلسات في الأسبوع
        [many] جلسةً في الأسبوع
       *[other] جلسة في الأسبوع
    }
welcome-rhythm = خمس عشرة دقيقة مرتين في الأسبوع إيقاع جيد.
welcome-remind-title = متى يذكّرك { -brand-name }؟
# Before a time of day.
welcome-at = في الساعة
welcome-autostart = شغّل { -brand-name } في علبة النظام عند تسجيل دخولي، لتصل التذكيرات
welcome-no-days = إن لم تحدّد أي يوم فلن تصلك تذكيرات؛ ويمكنك إضافتها لاحقًا من { nav-reminders }.
welcome-safety-title = قبل جلستك الأولى
welcome-safety = التدليك لطيف، لكن هناك أوقات ينبغي فيها تجنّبه: الجروح المفتوحة، والعدوى، والإصابة الحديثة، وتورّم ربلة الساق، وغير ذلك. إن كنت مصابًا بالسكري أو بضعف الدورة الدموية، أو في أثناء الحمل، فاقرأ صفحة السلامة أولًا.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = اقرأ «متى تتجنّب التدليك»
welcome-safety-where = تجدها دائمًا في { nav-guides }.
welcome-back = رجوع
welcome-next = التالي
welcome-finish = إنهاء

## Settings → Sync

settings-sync-title = المزامنة
settings-sync-intro = أبقِ سجلّك متطابقًا على كل حواسيبك عبر مجلد تزامنه بالفعل باستخدام Syncthing أو Nextcloud أو Dropbox. لا حساب ولا خادم: لا يكتب Solewise في ذلك المجلد إلا ملفاته الخاصة، داخل مجلد باسم Solewise.
settings-sync-off = معطّلة: يبقى سجلّك على هذا الحاسوب.
settings-sync-choose = اختر مجلدًا…
settings-sync-choose-title = مجلد تشاركه أداة المزامنة لديك مع حواسيبك الأخرى
settings-sync-change = غيّر المجلد…
settings-sync-turn-off = عطّل المزامنة
settings-sync-now = زامِن الآن
settings-sync-folder = عبر المجلد
settings-sync-merged = آخر مزامنة: { $when }
settings-sync-never = لم تجرِ أي مزامنة بعد
settings-sync-waiting = { $count ->
    [zero] لا تغييرات بانتظار المجلد
    [one] تغيير واحد بانتظار المجلد
    [two] تغييران بانتظار المجلد
    [few] { $count } تغييرات بانتظار المجلد
    [many] { $count } تغييرًا بانتظار المجلد
   *[other] { $count } تغيير بانتظار المجلد
}
settings-sync-computers = الحواسيب الأخرى
settings-sync-no-computers = لا شيء بعد: فعّل المزامنة هناك باستخدام المجلد نفسه.
settings-sync-last-change = آخر تغيير: { $when }
settings-sync-name = اسم هذا الحاسوب
settings-sync-rename = أعد التسمية
settings-sync-merging = جارٍ الدمج… { $percent }%
settings-sync-passphrase = عبارة المرور للمجلد
settings-sync-passphrase-hint = اختياري: إذا عيّنت عبارة مرور، فلن تُقرأ الملفات التي في المجلد إلا على حواسيبك التي أُدخلت عليها هذه العبارة. أدخل العبارة نفسها على كل منها، بطول 8 أحرف على الأقل.
settings-sync-encrypted = ملفات هذا الحاسوب في المجلد مشفّرة بعبارة مرور.
settings-sync-passphrase-set = عيّن عبارة المرور
settings-sync-passphrase-change = غيّر عبارة المرور
settings-sync-passphrase-remove = أزِل عبارة المرور
