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
app-could-not-start = { -brand-name } could not start
app-database-error = Your data could not be opened
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Data folder: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = This screen could not be loaded: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = There is no routine '{ $id }'.
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = Next: { $title } starts when this session is over.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    Your session of <strong>{ $title }</strong> was interrupted ({ $done } of { $total ->
        [one] { $total } step
       *[other] { $total } steps
    } done). Pick it up where it stopped?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Keep as partial

## Words used on several screens

common-cancel = Cancel
common-close = Close
common-delete = Delete
common-dismiss = Dismiss
common-edit = Edit
common-loading = Loading…
common-note = Note
# After the name of a field that may be left empty.
common-optional = (optional)
common-pause = Pause
common-resume = Resume
common-save = Save
common-saved = Saved.
common-skip = Skip
common-start = Start
# Heading of a technique's or a step's cautions.
common-take-care = Take care
common-version = Version
common-your-data = Your data
common-data-folder = Data folder
common-database = Database
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>Have ready:</strong> { $needs }.

## Durations, short. Each number selects its own plural form; write the units as your
## language abbreviates them.

# "45 s"
duration-seconds =
    { NUMBER($seconds) ->
        [one] { $seconds } s
       *[other] { $seconds } s
    }
# "15 min"
duration-minutes =
    { NUMBER($minutes) ->
        [one] { $minutes } min
       *[other] { $minutes } min
    }
# "2 min 30 s"
duration-minutes-seconds =
    { NUMBER($minutes) ->
        [one] { $minutes } min
       *[other] { $minutes } min
    } { NUMBER($seconds) ->
        [one] { $seconds } s
       *[other] { $seconds } s
    }
# "2 h"
duration-hours =
    { NUMBER($hours) ->
        [one] { $hours } h
       *[other] { $hours } h
    }
# "1 h 5 min"
duration-hours-minutes =
    { NUMBER($hours) ->
        [one] { $hours } h
       *[other] { $hours } h
    } { NUMBER($minutes) ->
        [one] { $minutes } min
       *[other] { $minutes } min
    }

## What a technique or a routine is for (filters, chips, the routine editor)

goal-circulation = Circulation
goal-stress = Stress relief
goal-flexibility = Flexibility
goal-sleep = Sleep
goal-recovery = Recovery

## The part of the foot or leg a technique works

area-whole-foot = Whole foot
area-heel = Heel
area-arch = Arch
area-ball = Ball of the foot
area-toes = Toes
area-top = Top of the foot
area-ankle = Ankle
area-achilles = Achilles
area-calf = Calf
area-sole = Sole

## The groups of techniques on the Guides screen

category-preparation = Getting ready
category-sequence = The core sequence
category-library = More techniques
category-traditional = Traditional techniques

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = No pressure
pressure-stretch = Gentle stretch
pressure-light = Light pressure
pressure-medium = Medium pressure
pressure-firm = Firm pressure
pressure-feel-none = nothing is pressed: the feet rest, soak or are held still
    .sentence = Nothing is pressed: the feet rest, soak or are held still.
pressure-feel-stretch = a gentle pull held or moved slowly, with nothing pressed and no bouncing
    .sentence = A gentle pull held or moved slowly, with nothing pressed and no bouncing.
pressure-feel-light = glides over the skin and moves only the skin, like spreading oil
    .sentence = Glides over the skin and moves only the skin, like spreading oil.
pressure-feel-medium = sinks into the muscle, steady and comfortable, never sharp
    .sentence = Sinks into the muscle, steady and comfortable, never sharp.
pressure-feel-firm = as much as feels good, and never to the point of pain
    .sentence = As much as feels good, and never to the point of pain.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Left foot
    .phrase = left foot
foot-right = Right foot
    .phrase = right foot
foot-both = Both feet
    .phrase = both feet

## Kinds of session in the history

kind-guided = Guided
kind-self = Self-massage
kind-partner = By a partner
kind-professional = Professional

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = left toes
    .label = Left toes
zone-left-ball = left ball of the foot
    .label = Left ball of the foot
zone-left-arch = left arch
    .label = Left arch
zone-left-heel = left heel
    .label = Left heel
zone-left-top = left top of the foot
    .label = Left top of the foot
zone-left-ankle = left ankle
    .label = Left ankle
zone-left-achilles = left Achilles tendon
    .label = Left Achilles tendon
zone-left-calf = left calf
    .label = Left calf
zone-right-toes = right toes
    .label = Right toes
zone-right-ball = right ball of the foot
    .label = Right ball of the foot
zone-right-arch = right arch
    .label = Right arch
zone-right-heel = right heel
    .label = Right heel
zone-right-top = right top of the foot
    .label = Right top of the foot
zone-right-ankle = right ankle
    .label = Right ankle
zone-right-achilles = right Achilles tendon
    .label = Right Achilles tendon
zone-right-calf = right calf
    .label = Right calf
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = toes
zone-part-ball = ball
zone-part-arch = arch
zone-part-heel = heel
zone-part-top = top
zone-part-ankle = ankle
zone-part-achilles = Achilles
zone-part-calf = calf
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Main
nav-guides = Guides
    .hint = Illustrated techniques
nav-routines = Routines
    .hint = Sessions with a timer
nav-history = History
    .hint = Past sessions and goals
nav-reminders = Reminders
    .hint = When { -brand-name } nudges you
nav-settings = Settings
    .hint = Notifications and data
nav-about = About { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Keyboard shortcuts

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Keyboard shortcuts
shortcuts-anywhere = Anywhere
shortcuts-toggle = Show or hide this list
shortcuts-key-tab = Tab / Shift+Tab
shortcuts-move = Move between controls
shortcuts-key-enter-space = Enter / Space
shortcuts-press = Press the focused button
shortcuts-player = In the player (wherever focus is; pedals and clickers send these)
shortcuts-key-space-enter = Space / Enter
shortcuts-pause = Pause or resume
shortcuts-key-next = → / Page Down
shortcuts-next = Skip to the next step
shortcuts-key-previous = ← / Page Up
shortcuts-previous = Back to the previous step
shortcuts-key-escape = Esc
shortcuts-end = End the session (asks first)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] One file was
       *[other] { $count } files were
    } skipped.</strong> Everything else loaded.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = Guides
guides-lead = Step-by-step techniques for your heels, arches, the balls of your feet and your toes.
guides-needs-title = What do you need today?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Before sleep
guides-need-after-sport = After sport
guides-need-before-run = Before a run
guides-need-long-day = A long day on my feet
guides-need-morning-heel = Heel pain in the morning
guides-need-desk = A desk break
guides-need-three-minutes = Three minutes
guides-need-pregnancy = Gentle, in pregnancy
guides-need-no-bend = Without bending down
guides-need-toes = Stronger toes
guides-need-twice-weekly = The full twice-weekly session
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Before you start
guides-pressure-title = How firm to press: from none to firm
guides-pressure-note = Each guide says which one it needs. Pain is always a sign to ease off.
guides-search = Search
    .placeholder = heel pain, desk, a name…
guides-goal = Goal
guides-goal-any = Any goal
guides-area = Area
guides-area-any = Any area
# The filter by how long a technique takes.
guides-length = Length
guides-length-any = Any length
guides-length-short = Up to 1 minute
guides-length-medium = 1 to 3 minutes
guides-length-long = Over 3 minutes
guides-clear-filters = Clear filters
guides-technique-count =
    { $count ->
        [one] { $count } technique
       *[other] { $count } techniques
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } of { $count ->
        [one] { $count } technique
       *[other] { $count } techniques
    }
# Heading of the routines the search found.
guides-found-routines = Routines
guides-empty-title = No technique matches
guides-empty = Try fewer filters or another word.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = All guides

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = About this technique
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong> { $feels }.
technique-no-drawing = Drawing not available
technique-how-to = How to do it
# The name (for screen readers) of the technique's own timer.
technique-timer = Timer for { $title }
technique-feel = What you should feel
technique-tradition = Where it comes from

## The timer on a technique's page

timer-label = Timer
timer-start = Start timer
timer-reset = Reset
timer-done = Time's up. Nicely done.

## The player's check-in, before the first step

checkin-title = Before you start
checkin-stress = How stressed do you feel right now?
checkin-foot-map = Anything sore? Rate it on a foot map
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Skip today if…
checkin-skip-fever = you have a fever or feel unwell;
checkin-skip-wound = there is an open wound, a blister or an infection on your foot;
checkin-skip-hot = a foot is hot, red or swollen;
checkin-skip-calf = a calf is painful and swollen: see a doctor today, and call emergency services if you are short of breath or have chest pain.
checkin-safety = When to skip it, and when to see a doctor
checkin-begin = Begin
checkin-skip-and-begin = Skip and begin
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } calm
stress-scale-stressed = { $level } very stressed

## The player's check-out, after the last step

checkout-well-done = Well done
checkout-saved = Session saved
checkout-summary =
    { $duration } of massage, { $done } of { $total ->
        [one] { $total } step
       *[other] { $total } steps
    }.
checkout-summary-partial =
    { $duration } of massage, { $done } of { $total ->
        [one] { $total } step
       *[other] { $total } steps
    }, saved as partial.
checkout-stress = How stressed do you feel now?
checkout-foot-map = How do the sore spots feel now?
checkout-note-placeholder = How did it go? Anything to remember next time?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (optional)
       *[other] (optional, { $rated } rated)
    }
footmap-how = Tap a zone, then how sore it is: 0 is nothing, 10 the worst.
footmap-same-as-last = Same as last time
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: not rated
footmap-zone-rated = { $zone }: { $rating } of 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = How sore is the { $zone }?
footmap-clear = Clear

## The player: the steps of a session

player-progress = Routine progress
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Step { $number } of { $total } · { $left } left in all
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Shown for the right foot.
player-up-next = Next: { $title } · { $foot } · { $duration }
player-last-step = Last step
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Go gently around your { $zone } today: you rated it { $rating } of 10 at check-in.
player-sore-leave-out = Go light or leave out your { $zone } today: you rated it { $rating } of 10 at check-in.
# Said by screen readers as each step starts.
player-announce-step = Step { $number } of { $total }: { $title }, { $foot }
player-confirm-end =
    End the session now? It is saved as partial, with the { $done ->
        [one] { $done } step
       *[other] { $done } steps
    } done so far.
player-end-and-save = End and save
player-keep-going = Keep going
player-controls = Player controls
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Back
player-restart-step = Restart step
player-skip = Skip
player-end = End
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Space or Enter pause · ← back · → skip · Esc end (a pedal or clicker works too)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Take care: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Switch to your left foot.
       *[right] Switch to your right foot.
    }
voice-finished = That is the whole routine. Well done.
# Said half-way through a long step.
voice-half-way = Half-way. Keep going.
voice-no-service = Voice guidance is on, but no speech service was found. The chime still marks each step.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = Voice guidance is on, but { $problem } The chime still marks each step.
voice-unavailable = Voice guidance is unavailable: { $error }
voice-stopped = Voice guidance stopped: { $error } The chime still marks each step.
voice-title = Voice guidance
voice-speak-steps = Speak each step: its name, the foot and the cue, "half-way" in long steps, and a foot switch when it comes
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    No speech service answered on this computer, so the player cannot speak: { $problem }
    On Debian or Ubuntu, install <code>{ "speech-dispatcher" }</code> and <code>{ "espeak-ng" }</code>. Until then the chime marks each step.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = No voice on this computer speaks { $language }, so the steps will not be read aloud: Solewise never reads them with a voice of another language. Install one (espeak-ng has a voice for { $language }) and open Settings again.
voice-voice = Voice
voice-default = The system's default voice
voice-speed = Speed
voice-speed-normal = Normal
voice-speed-slower = Slower
voice-speed-faster = Faster
voice-sample = Hear a sample
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = This is how the player guides you.
voice-sample-step = Heel circles. Left foot. The heel comes first.
voice-looking = Looking for the speech service…

## The History screen: the sessions

history-title = History
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = History views
history-tab-sessions = Sessions
history-tab-insights = Insights
history-logged = Session logged.
history-exported = Exported to { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Guided session
history-title-self = Self-massage
history-title-partner = Massage from my partner
history-title-professional = Professional massage
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Stress { $before } → { $after }
    .title = Stress before → after (1 calm, 10 very stressed)
history-deleted = Deleted “{ $title }”.
history-undo = Undo
history-import-summary = <strong>Import finished:</strong> { $added } added, { $skipped } already there, { $rejected } rejected.
# The button back from a session to the list (after an arrow).
history-back = All sessions
# Said of a session that was ended before its last step.
history-partial = partial
history-completed = completed
history-steps-of =
    { $done } of { $total ->
        [one] { $total } step
       *[other] { $total } steps
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } step
       *[other] { $done }/{ $total } steps
    }
history-zones-before = Sore spots at check-in
history-zones-after = At check-out
history-stress-before = Stress before
history-stress-after = Stress after
history-not-rated = Not rated
history-therapist = Therapist
history-save-changes = Save changes
history-log-title = Log a session
history-log-kind = What kind
history-log-kind-professional = Professional massage
history-log-when = When
history-log-minutes = Minutes
history-log-name = Name
history-routine = Routine
history-log-no-routine = None
history-export-csv = Export CSV…
history-export-json = Export JSON…
history-import = Import…
history-all-routines = All routines
history-kind = Kind
history-all-kinds = All kinds
# The first and last day of the sessions shown.
history-from = From
history-to = To
history-session-count =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
history-empty-title = No sessions yet
history-empty = Follow a routine from the { nav-routines } screen and it is saved here as you go, or log a session you had without the app.
history-older = Show older sessions

## The History screen: insights

insights-this-week = This week
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } of { $goal }
insights-weekly-goal = Weekly goal
insights-goal-met = Goal met. Lovely.
# Sessions still to do this week.
insights-to-go = { $count } to go
insights-streak = Streak
insights-weeks =
    { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = in a row meeting your goal · best { $best }
insights-first-session = Your first session
insights-good-start = Off to a good start
insights-streak-begin =
    { $goal ->
        [one] { $goal } session in a week begins a streak.
       *[other] { $goal } sessions in a week begin a streak.
    }
insights-streak-begin-well-done =
    Well done. { $goal ->
        [one] { $goal } session in a week begins a streak.
       *[other] { $goal } sessions in a week begin a streak.
    }
insights-best-so-far =
    Best so far: { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }.
insights-streak-empty = Weeks in a row that meet your goal show here.
insights-minutes = Minutes
# Under the minutes of massage this week.
insights-minutes-detail = this week, from the same sessions as the goal · { $month } this month · { $all } in all
insights-stress = Stress
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    down { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
insights-stress-up =
    up { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
insights-stress-same = no change
insights-stress-none = Rate your stress before and after a session to see the change.
insights-stress-detail = on average, after a session compared with before
insights-year = The last 12 months
# The calendar of sessions, for screen readers.
insights-heatmap = Sessions per day over the last 12 months: { $count } in all
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] no sessions
        [one] { $count } session
       *[other] { $count } sessions
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = No sessions
insights-legend-most = { $count } or more a day
insights-stress-title = Stress before and after
insights-stress-chart = Stress before and after each rated session
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = before
insights-legend-after = after
insights-legend-dates = { $first } to { $last }
insights-stress-empty = Rate your stress before and after a session to see it here.
insights-top-routines = Most used routines
insights-top-techniques = Most used techniques
insights-none-yet = None yet.
insights-steps =
    { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }

## The History screen: the foot zones' trends

zones-title = Foot zones
# Under the title: the weeks the trends show.
zones-period = The last twelve weeks
zones-empty = Rate sore spots on the foot map at check-in; a zone rated three times shows its trend here.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Your { $zone } has stayed at { $rating } or more for two weeks. Pain that lasts deserves a look from a professional.
zones-see-someone = When to see someone
zones-ratings =
    { $count ->
        [one] { $count } rating
       *[other] { $count } ratings
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = the change shows after a month
zones-change-none = no change since the first month
zones-change-down = down { $size } since the first month
zones-change-up = up { $size } since the first month
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, weekly average: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Reminders
reminders-lead = { -brand-name } nudges you when it is time for a session, even with its window closed, from the tray.
reminders-days = Days
reminders-time = Time
reminders-routine = Routine
# A reminder's own text, shown in its notification.
reminders-label = Label
# The notification's text when a reminder has no label of its own.
reminders-default-label = Time for your foot massage
# The checkbox that turns a reminder on.
reminders-on = On
reminders-also-autostart = Also start { -brand-name } in the tray when I log in
reminders-offer-title = Remind me twice a week?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Fifteen minutes twice a week keeps feet happy. { -brand-name } suggests { $days } at { $time }; pick the days and time that suit you.
reminders-offer-accept = Choose days and time
reminders-offer-dismiss = Not now
reminders-paused-forever = <strong>Reminders are paused</strong> until you turn them back on.
# $until is a day and time.
reminders-paused-until = <strong>Reminders are paused</strong> until { $until }.
reminders-resume = Turn reminders back on
reminders-next = Next reminder: { $when }
reminders-none = No reminders set.
reminders-pause-today = Pause for today
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Pause for
    .input = Days to pause
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] day
       *[other] days
    }
reminders-pause-until-resumed = Pause until I turn them back on
reminders-new = New reminder
reminders-add = Add reminder
reminders-edit-title = Edit reminder
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } at { $time }
reminders-rule-off = { $days } at { $time } (off)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Next: { $times }
reminders-add-one = Add a reminder
reminders-calendar-title = Take the plan along
reminders-calendar = Your reminders as weekly events in the calendar you already use: a file (.ics) that any calendar app imports.
reminders-calendar-export = Add to your calendar
reminders-calendar-saved = Saved to { $path }. Open it with your calendar app to add the events.
reminders-options-title = When a reminder arrives
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Snooze for
reminders-snooze-minutes =
    { $count ->
        [one] minute
       *[other] minutes
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = If the computer was asleep or { -brand-name } closed, still remind me up to
reminders-grace-minutes =
    { $count ->
        [one] minute late
       *[other] minutes late
    }

## The Routines screen

routines-title = Routines
routines-lead = Techniques put together into a session you can follow with a timer.
routines-new = New routine
routines-import = Import a routine file…
# Headings of the two lists of routines.
routines-built-in = Built in
routines-yours = Your routines
routines-empty-title = No routines of your own yet
routines-empty = Make one from scratch with { routines-new }, or open a built-in routine and duplicate it to change it.
routines-steps =
    { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
# The button back from a routine to the list (after an arrow).
routines-back = All routines
# Above a routine's title: where it comes from.
routines-built-in-one = Built-in routine
routines-yours-one = Your routine
routines-for-partner = for a partner
routines-duplicate = Duplicate
routines-export = Export…
routines-print = Print…
routines-delete = Delete…
routines-confirm-delete = Delete “{ $title }” for good? Its file is removed from your data folder.
routines-keep = Keep it
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (my copy)
routines-deleted = Deleted "{ $title }".
routines-imported = Imported "{ $title }".
routines-exported = Saved to { $path }.
routines-saved = Routine saved.

## The routine editor

editor-new-title = New routine
editor-edit-title = Edit routine
editor-title = Title
editor-summary = Summary
editor-goals = Goals
editor-for-partner = Written for massaging someone else's feet
editor-steps = Steps
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Step { $number } technique
editor-step-foot = Step { $number } foot
editor-step-cue = Step { $number } cue
    .placeholder = Cue (optional)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] second
       *[other] seconds
    }
editor-move-up = Move step { $number } up
editor-move-down = Move step { $number } down
editor-remove-step = Remove step { $number }
editor-add-step = + Add a step
editor-saving = Saving…
editor-save = Save routine

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = Gentle pressure, never pain. Stop and see the safety page in { -brand-name } if anything hurts, swells or feels hot.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Programmes
# The card's name, for screen readers.
programmes-card = Your programme
programmes-card-done = Every session done. Keep the rhythm with the twice-weekly routine.
programmes-week = Week { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }, then { $next }
programmes-joined-done = You joined this programme: all sessions done. Well done!
programmes-joined-next = You joined this programme: next is week { $week }, session { $session } of { $sessions }.
programmes-leave = Leave the programme
programmes-remind-on = Remind me on
# Before a time of day.
programmes-at = At
programmes-no-days = No days ticked: you join without a reminder.
programmes-reminder-added = A reminder is added to { nav-reminders }; as you go, it names your next session. Change or remove it there.
programmes-join = Join
programmes-join-instead = Join this one instead

## The Settings screen

settings-title = Settings
settings-language-title = Language
settings-language = Language
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = System ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Your system asks for { $asked }; { -brand-name } shows { $shown }.
settings-goal-title = Goal and sessions
settings-weekly-goal = Weekly goal
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] session a week.
       *[other] sessions a week.
    } Twice a week is a good start.
settings-week-start = Weeks start on
settings-week-start-hint = Used for the weekly goal and streaks.
settings-chime = Play a soft chime when the player moves to the next step
settings-autostart-title = Start at login
settings-autostart = Start { -brand-name } in the tray when I log in, so reminders arrive without opening it
settings-notifications-title = Notifications
settings-notifications = Reminders arrive as desktop notifications. Send a test one to see how they look and to check that they reach you.
settings-test-sending = Sending…
settings-test-send = Send a test notification
settings-test-sent = Sent. Look for it in your desktop's notifications.
settings-data = Everything { -brand-name } keeps stays on this computer, in one folder.
settings-version = { -brand-name } { $version }
settings-backups-title = Backups
settings-backups = { -brand-name } copies your database once a day when it runs and before every upgrade, and keeps the last { $count } copies. Restoring one first saves a copy of your data as it is now.
settings-no-backups = No backups yet.
# Why a backup was made.
settings-backup-daily = Daily
settings-backup-before-restore = Before a restore
settings-backup-before-upgrade = Before an upgrade
settings-backup-size = { $kilobytes } KB
settings-restore-this = Restore this copy
settings-restore = Restore…
settings-restored = Restored. Your data as it was just before is kept in { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = About { -brand-name }
about-lead = A companion for self foot massage: illustrated guides, a timer for every step, reminders, and a record of how you felt. { -brand-name } never goes online; everything it knows stays on this computer.
about-built-with = Built with
about-tauri = { "Tauri" } { $version }
about-data = Sessions, settings, reminders, your own routines, daily backups and logs all live in one folder. To move { -brand-name } to another computer, copy this folder while the app is closed, or export your history as JSON.
about-logs = Logs
about-open-folder = Open data folder
about-opened = Opened in your file manager.
about-licences-title = Open-source licences
about-licences-failed = The list of licences could not be loaded: { $error }
about-licences = { -brand-name } is built on { $count } open-source packages, whose authors we thank. Each entry opens to show the licence files the package ships.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [one] { $count } other licence expression
       *[other] { $count } other licence expressions
    }
about-find = Find a package or licence
    .placeholder = e.g. rusqlite or MPL-2.0
about-package-count =
    { $shown } of { $count ->
        [one] { $count } package
       *[other] { $count } packages
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Rust crate
# $authors lists the package's authors.
about-by = By { $authors }
# $url is the address of the package's source code.
about-repository = Source: { $url }
about-no-licence-file = This package ships no licence file; its licence is { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Welcome · step { $step } of { $steps }
welcome-title = Welcome to { -brand-name }
welcome-lead = Illustrated self foot massage, a timer for every step, reminders when it is time, and a record of how you felt. Everything stays on this computer.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Aim for
welcome-sessions-a-week =
    { $count ->
        [one] session a week
       *[other] sessions a week
    }
welcome-rhythm = Fifteen minutes twice a week is a good rhythm.
welcome-remind-title = When should { -brand-name } remind you?
# Before a time of day.
welcome-at = At
welcome-autostart = Start { -brand-name } in the tray when I log in, so reminders arrive
welcome-no-days = No days ticked means no reminders; you can add them later under { nav-reminders }.
welcome-safety-title = Before your first session
welcome-safety = Massage is gentle, but there are times to skip it: open wounds, infections, a recent injury, a swollen calf, and more. If you have diabetes or poor circulation, or you are pregnant, read the safety page first.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = Read “When to skip it”
welcome-safety-where = You can always find it under { nav-guides }.
welcome-back = Back
welcome-next = Next
welcome-finish = Finish

## Settings → Sync

settings-sync-title = Sync
settings-sync-intro = Keep your history in step with your other computers through a folder you already sync, with Syncthing, Nextcloud or Dropbox. No account and no server: Solewise only writes its own files in that folder, in a folder named Solewise.
settings-sync-off = Off: your history stays on this computer.
settings-sync-choose = Choose a folder…
settings-sync-choose-title = A folder your sync tool shares with your other computers
settings-sync-change = Change folder…
settings-sync-turn-off = Turn off
settings-sync-now = Sync now
settings-sync-folder = Through the folder
settings-sync-merged = Last synced { $when }
settings-sync-never = Not synced yet
settings-sync-waiting = { $count ->
    [one] 1 change waits for the folder
   *[other] { $count } changes wait for the folder
}
settings-sync-computers = Other computers
settings-sync-no-computers = None yet: turn sync on there with the same folder.
settings-sync-last-change = last change { $when }
settings-sync-name = This computer's name
settings-sync-rename = Rename
settings-sync-merging = Merging… { $percent }%
settings-sync-passphrase = Passphrase for the folder
settings-sync-passphrase-hint = Optional: with a passphrase, the files in the folder can be read only on your computers that have it. Give each of them the same one, at least 8 characters long.
settings-sync-encrypted = This computer's files in the folder are encrypted with a passphrase.
settings-sync-passphrase-set = Set passphrase
settings-sync-passphrase-change = Change passphrase
settings-sync-passphrase-remove = Remove passphrase
