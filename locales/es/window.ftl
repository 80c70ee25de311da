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
app-could-not-start = { -brand-name } no se ha podido iniciar
app-database-error = No se han podido abrir tus datos
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Carpeta de datos: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = No se ha podido cargar esta pantalla: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = No hay ninguna rutina «{ $id }».
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = A continuación: { $title } empezará cuando termine esta sesión.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    Tu sesión de <strong>{ $title }</strong> se interrumpió ({ $done } de { $total ->
        [one] { $total } paso
       *[other] { $total } pasos
    } hechos). ¿Quieres seguir donde se quedó?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Guardar como parcial

## Words used on several screens

common-cancel = Cancelar
common-close = Cerrar
common-delete = Eliminar
common-dismiss = Descartar
common-edit = Editar
common-loading = Cargando…
common-note = Nota
# After the name of a field that may be left empty.
common-optional = (opcional)
common-pause = Pausar
common-resume = Reanudar
common-save = Guardar
common-saved = Guardado.
common-skip = Saltar
common-start = Empezar
# Heading of a technique's or a step's cautions.
common-take-care = Ten cuidado
common-version = Versión
common-your-data = Tus datos
common-data-folder = Carpeta de datos
common-database = Base de datos
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>Ten a mano:</strong> { $needs }.

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

goal-circulation = Circulación
goal-stress = Alivio del estrés
goal-flexibility = Flexibilidad
goal-sleep = Sueño
goal-recovery = Recuperación

## The part of the foot or leg a technique works

area-whole-foot = Todo el pie
area-heel = Talón
area-arch = Arco
area-ball = Antepié
area-toes = Dedos
area-top = Empeine
area-ankle = Tobillo
area-achilles = Aquiles
area-calf = Pantorrilla
area-sole = Planta

## The groups of techniques on the Guides screen

category-preparation = Preparación
category-sequence = La secuencia principal
category-library = Más técnicas
category-traditional = Técnicas tradicionales

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = Sin presión
pressure-stretch = Estiramiento suave
pressure-light = Presión ligera
pressure-medium = Presión media
pressure-firm = Presión firme
pressure-feel-none = no se presiona nada: los pies descansan, están en remojo o se sujetan sin moverlos
    .sentence = No se presiona nada: los pies descansan, están en remojo o se sujetan sin moverlos.
pressure-feel-stretch = un tirón suave que se mantiene o se mueve despacio, sin presionar y sin rebotes
    .sentence = Un tirón suave que se mantiene o se mueve despacio, sin presionar y sin rebotes.
pressure-feel-light = se desliza sobre la piel y solo mueve la piel, como al extender aceite
    .sentence = Se desliza sobre la piel y solo mueve la piel, como al extender aceite.
pressure-feel-medium = se hunde en el músculo, constante y cómoda, nunca aguda
    .sentence = Se hunde en el músculo, constante y cómoda, nunca aguda.
pressure-feel-firm = tanta como te resulte agradable, y nunca hasta sentir dolor
    .sentence = Tanta como te resulte agradable, y nunca hasta sentir dolor.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Pie izquierdo
    .phrase = pie izquierdo
foot-right = Pie derecho
    .phrase = pie derecho
foot-both = Los dos pies
    .phrase = los dos pies

## Kinds of session in the history

kind-guided = Guiada
kind-self = Automasaje
kind-partner = Por otra persona
kind-professional = Profesional

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = dedos del pie izquierdo
    .label = Dedos del pie izquierdo
zone-left-ball = antepié izquierdo
    .label = Antepié izquierdo
zone-left-arch = arco izquierdo
    .label = Arco izquierdo
zone-left-heel = talón izquierdo
    .label = Talón izquierdo
zone-left-top = empeine izquierdo
    .label = Empeine izquierdo
zone-left-ankle = tobillo izquierdo
    .label = Tobillo izquierdo
zone-left-achilles = tendón de Aquiles izquierdo
    .label = Tendón de Aquiles izquierdo
zone-left-calf = pantorrilla izquierda
    .label = Pantorrilla izquierda
zone-right-toes = dedos del pie derecho
    .label = Dedos del pie derecho
zone-right-ball = antepié derecho
    .label = Antepié derecho
zone-right-arch = arco derecho
    .label = Arco derecho
zone-right-heel = talón derecho
    .label = Talón derecho
zone-right-top = empeine derecho
    .label = Empeine derecho
zone-right-ankle = tobillo derecho
    .label = Tobillo derecho
zone-right-achilles = tendón de Aquiles derecho
    .label = Tendón de Aquiles derecho
zone-right-calf = pantorrilla derecha
    .label = Pantorrilla derecha
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = dedos
zone-part-ball = antepié
zone-part-arch = arco
zone-part-heel = talón
zone-part-top = empeine
zone-part-ankle = tobillo
zone-part-achilles = Aquiles
zone-part-calf = pantorrilla
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Principal
nav-guides = Guías
    .hint = Técnicas ilustradas
nav-routines = Rutinas
    .hint = Sesiones con temporizador
nav-history = Historial
    .hint = Sesiones pasadas y objetivos
nav-reminders = Recordatorios
    .hint = Cuándo te avisa { -brand-name }
nav-settings = Ajustes
    .hint = Notificaciones y datos
nav-about = Acerca de { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Atajos de teclado

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Atajos de teclado
shortcuts-anywhere = En cualquier lugar
shortcuts-toggle = Mostrar u ocultar esta lista
shortcuts-key-tab = Tab / Mayús+Tab
shortcuts-move = Moverse entre los controles
shortcuts-key-enter-space = Intro / Espacio
shortcuts-press = Pulsar el botón seleccionado
shortcuts-player = En el reproductor (esté donde esté el foco; los pedales y los mandos envían estas teclas)
shortcuts-key-space-enter = Espacio / Intro
shortcuts-pause = Pausar o reanudar
shortcuts-key-next = → / Av Pág
shortcuts-next = Saltar al paso siguiente
shortcuts-key-previous = ← / Re Pág
shortcuts-previous = Volver al paso anterior
shortcuts-key-escape = Esc
shortcuts-end = Terminar la sesión (pregunta antes)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] Se ha omitido un archivo.
       *[other] Se han omitido { $count } archivos.
    }</strong> Todo lo demás se ha cargado.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = Guías
guides-lead = Técnicas paso a paso para tus talones, tus arcos, el antepié y los dedos.
guides-needs-title = ¿Qué necesitas hoy?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Antes de dormir
guides-need-after-sport = Después del deporte
guides-need-before-run = Antes de correr
guides-need-long-day = Un largo día de pie
guides-need-morning-heel = Dolor de talón por la mañana
guides-need-desk = Una pausa en el escritorio
guides-need-three-minutes = Tres minutos
guides-need-pregnancy = Suave, en el embarazo
guides-need-no-bend = Sin agacharme
guides-need-toes = Dedos más fuertes
guides-need-twice-weekly = La sesión completa de dos veces por semana
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Antes de empezar
guides-pressure-title = Con cuánta fuerza presionar: de nada a firme
guides-pressure-note = Cada guía indica cuál necesita. El dolor siempre es una señal para aflojar.
guides-search = Buscar
    .placeholder = dolor de talón, escritorio, un nombre…
guides-goal = Objetivo
guides-goal-any = Cualquier objetivo
guides-area = Zona
guides-area-any = Cualquier zona
# The filter by how long a technique takes.
guides-length = Duración
guides-length-any = Cualquier duración
guides-length-short = Hasta 1 minuto
guides-length-medium = De 1 a 3 minutos
guides-length-long = Más de 3 minutos
guides-clear-filters = Quitar filtros
guides-technique-count =
    { $count ->
        [one] { $count } técnica
       *[other] { $count } técnicas
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } de { $count ->
        [one] { $count } técnica
       *[other] { $count } técnicas
    }
# Heading of the routines the search found.
guides-found-routines = Rutinas
guides-empty-title = Ninguna técnica coincide
guides-empty = Prueba con menos filtros o con otra palabra.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = Todas las guías

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = Sobre esta técnica
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong>: { $feels }.
technique-no-drawing = Dibujo no disponible
technique-how-to = Cómo hacerla
# The name (for screen readers) of the technique's own timer.
technique-timer = Temporizador de { $title }
technique-feel = Qué deberías sentir
technique-tradition = De dónde viene

## The timer on a technique's page

timer-label = Temporizador
timer-start = Iniciar temporizador
timer-reset = Reiniciar
timer-done = Se acabó el tiempo. Muy bien hecho.

## The player's check-in, before the first step

checkin-title = Antes de empezar
checkin-stress = ¿Cuánto estrés sientes ahora mismo?
checkin-foot-map = ¿Te duele algo? Valóralo en un mapa del pie
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Hoy mejor no si…
checkin-skip-fever = tienes fiebre o no te encuentras bien;
checkin-skip-wound = tienes una herida abierta, una ampolla o una infección en el pie;
checkin-skip-hot = un pie está caliente, rojo o hinchado;
checkin-skip-calf = una pantorrilla te duele y está hinchada: ve al médico hoy mismo, y llama a emergencias si te falta el aire o te duele el pecho.
checkin-safety = Cuándo no hacerlo y cuándo ir al médico
checkin-begin = Empezar
checkin-skip-and-begin = Saltar y empezar
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level }: tranquilidad
stress-scale-stressed = { $level }: mucho estrés

## The player's check-out, after the last step

checkout-well-done = Muy bien hecho
checkout-saved = Sesión guardada
checkout-summary =
    { $duration } de masaje, { $done } de { $total ->
        [one] { $total } paso
       *[other] { $total } pasos
    }.
checkout-summary-partial =
    { $duration } de masaje, { $done } de { $total ->
        [one] { $total } paso
       *[other] { $total } pasos
    }, guardada como parcial.
checkout-stress = ¿Cuánto estrés sientes ahora?
checkout-foot-map = ¿Cómo notas ahora las zonas doloridas?
checkout-note-placeholder = ¿Qué tal ha ido? ¿Algo que recordar para la próxima vez?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (opcional)
       *[other] (opcional, { $rated } valoradas)
    }
footmap-how = Toca una zona y luego indica cuánto te duele: 0 es nada, 10 lo peor.
footmap-same-as-last = Igual que la última vez
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: sin valorar
footmap-zone-rated = { $zone }: { $rating } de 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = ¿Cuánto te duele esta zona ({ $zone })?
footmap-clear = Borrar

## The player: the steps of a session

player-progress = Progreso de la rutina
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Paso { $number } de { $total } · quedan { $left } en total
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Se muestra para el pie derecho.
player-up-next = A continuación: { $title } · { $foot } · { $duration }
player-last-step = Último paso
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Hoy ve con suavidad alrededor de esta zona ({ $zone }): al empezar le pusiste un { $rating } de 10.
player-sore-leave-out = Hoy ve con suavidad en esta zona ({ $zone }) o sáltatela: al empezar le pusiste un { $rating } de 10.
# Said by screen readers as each step starts.
player-announce-step = Paso { $number } de { $total }: { $title }, { $foot }
player-confirm-end =
    ¿Terminar la sesión ahora? Se guardará como parcial, con { $done ->
        [one] { $done } paso hecho
       *[other] { $done } pasos hechos
    } hasta ahora.
player-end-and-save = Terminar y guardar
player-keep-going = Seguir
player-controls = Controles del reproductor
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Atrás
player-restart-step = Repetir paso
player-skip = Saltar
player-end = Terminar
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Espacio o Intro: pausa · ←: atrás · →: saltar · Esc: terminar (también sirve un pedal o un mando)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Ten cuidado: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Cambia al pie izquierdo.
       *[right] Cambia al pie derecho.
    }
voice-finished = Esta es toda la rutina. Muy bien hecho.
# Said half-way through a long step.
voice-half-way = Mitad del paso. Sigue así.
voice-no-service = La guía por voz está activada, pero no se ha encontrado ningún servicio de voz. El sonido sigue marcando cada paso.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = La guía por voz está activada, pero { $problem } El sonido sigue marcando cada paso.
voice-unavailable = La guía por voz no está disponible: { $error }
voice-stopped = La guía por voz se ha detenido: { $error } El sonido sigue marcando cada paso.
voice-title = Guía por voz
voice-speak-steps = Leer en voz alta cada paso: su nombre, el pie y la indicación, «mitad» en los pasos largos y el cambio de pie cuando toque
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    Ningún servicio de voz ha respondido en este equipo, así que el reproductor no puede hablar: { $problem }
    En Debian o Ubuntu, instala <code>{ "speech-dispatcher" }</code> y <code>{ "espeak-ng" }</code>. Mientras tanto, el sonido marca cada paso.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = Ninguna voz de este equipo habla { $language }, así que los pasos no se leerán en voz alta: Solewise nunca los lee con una voz de otro idioma. Instala una (espeak-ng tiene una voz para { $language }) y vuelve a abrir Ajustes.
voice-voice = Voz
voice-default = La voz predeterminada del sistema
voice-speed = Velocidad
voice-speed-normal = Normal
voice-speed-slower = Más lenta
voice-speed-faster = Más rápida
voice-sample = Escuchar una muestra
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = Así es como te guía el reproductor.
voice-sample-step = Círculos en el talón. Pie izquierdo. Primero, el talón.
voice-looking = Buscando el servicio de voz…

## The History screen: the sessions

history-title = Historial
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = Vistas del historial
history-tab-sessions = Sesiones
history-tab-insights = Estadísticas
history-logged = Sesión registrada.
history-exported = Exportado a { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Sesión guiada
history-title-self = Automasaje
history-title-partner = Masaje de mi pareja
history-title-professional = Masaje profesional
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Estrés { $before } → { $after }
    .title = Estrés antes → después (1 tranquilidad, 10 mucho estrés)
history-deleted = Se ha eliminado «{ $title }».
history-undo = Deshacer
history-import-summary = <strong>Importación terminada:</strong> { $added } añadidas, { $skipped } ya estaban, { $rejected } rechazadas.
# The button back from a session to the list (after an arrow).
history-back = Todas las sesiones
# Said of a session that was ended before its last step.
history-partial = parcial
history-completed = completada
history-steps-of =
    { $done } de { $total ->
        [one] { $total } paso
       *[other] { $total } pasos
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } paso
       *[other] { $done }/{ $total } pasos
    }
history-zones-before = Zonas doloridas al empezar
history-zones-after = Al terminar
history-stress-before = Estrés antes
history-stress-after = Estrés después
history-not-rated = Sin valorar
history-therapist = Terapeuta
history-save-changes = Guardar cambios
history-log-title = Registrar una sesión
history-log-kind = Tipo
history-log-kind-professional = Masaje profesional
history-log-when = Cuándo
history-log-minutes = Minutos
history-log-name = Nombre
history-routine = Rutina
history-log-no-routine = Ninguna
history-export-csv = Exportar CSV…
history-export-json = Exportar JSON…
history-import = Importar…
history-all-routines = Todas las rutinas
history-kind = Tipo
history-all-kinds = Todos los tipos
# The first and last day of the sessions shown.
history-from = Desde
history-to = Hasta
history-session-count =
    { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
history-empty-title = Todavía no hay sesiones
history-empty = Sigue una rutina desde la pantalla { nav-routines } y se irá guardando aquí, o registra una sesión que hayas hecho sin la aplicación.
history-older = Mostrar sesiones anteriores

## The History screen: insights

insights-this-week = Esta semana
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } de { $goal }
insights-weekly-goal = Objetivo semanal
insights-goal-met = Objetivo cumplido. ¡Qué bien!
# Sessions still to do this week.
insights-to-go = Faltan { $count }
insights-streak = Racha
insights-weeks =
    { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = seguidas cumpliendo tu objetivo · mejor racha: { $best }
insights-first-session = Tu primera sesión
insights-good-start = Buen comienzo
insights-streak-begin =
    { $goal ->
        [one] Con { $goal } sesión en una semana empieza una racha.
       *[other] Con { $goal } sesiones en una semana empieza una racha.
    }
insights-streak-begin-well-done =
    Muy bien hecho. { $goal ->
        [one] Con { $goal } sesión en una semana empieza una racha.
       *[other] Con { $goal } sesiones en una semana empieza una racha.
    }
insights-best-so-far =
    Mejor racha hasta ahora: { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }.
insights-streak-empty = Aquí aparecen las semanas seguidas en las que cumples tu objetivo.
insights-minutes = Minutos
# Under the minutes of massage this week.
insights-minutes-detail = esta semana, de las mismas sesiones que el objetivo · { $month } este mes · { $all } en total
insights-stress = Estrés
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    { $points ->
        [one] baja { $points } punto
       *[other] baja { $points } puntos
    }
insights-stress-up =
    { $points ->
        [one] sube { $points } punto
       *[other] sube { $points } puntos
    }
insights-stress-same = sin cambios
insights-stress-none = Valora tu estrés antes y después de una sesión para ver el cambio.
insights-stress-detail = de media, después de una sesión en comparación con antes
insights-year = Los últimos 12 meses
# The calendar of sessions, for screen readers.
insights-heatmap = Sesiones por día en los últimos 12 meses: { $count } en total
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] ninguna sesión
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = Ninguna sesión
insights-legend-most = { $count } o más al día
insights-stress-title = Estrés antes y después
insights-stress-chart = Estrés antes y después de cada sesión valorada
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = antes
insights-legend-after = después
insights-legend-dates = Del { $first } al { $last }
insights-stress-empty = Valora tu estrés antes y después de una sesión para verlo aquí.
insights-top-routines = Rutinas más usadas
insights-top-techniques = Técnicas más usadas
insights-none-yet = Todavía ninguna.
insights-steps =
    { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }

## The History screen: the foot zones' trends

zones-title = Zonas del pie
zones-period = Las últimas doce semanas
zones-empty = Valora las zonas doloridas en el mapa del pie al empezar una sesión; cuando una zona tenga tres valoraciones, aquí verás su evolución.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Esta zona ({ $zone }) lleva dos semanas con { $rating } o más. Un dolor que persiste merece que lo vea un profesional.
zones-see-someone = Cuándo consultar a alguien
zones-ratings =
    { $count ->
        [one] { $count } valoración
       *[other] { $count } valoraciones
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = el cambio se verá pasado un mes
zones-change-none = sin cambios desde el primer mes
zones-change-down = { $size } menos que el primer mes
zones-change-up = { $size } más que el primer mes
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, media semanal: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Recordatorios
reminders-lead = { -brand-name } te avisa desde la bandeja cuando es hora de una sesión, aunque su ventana esté cerrada.
reminders-days = Días
reminders-time = Hora
reminders-routine = Rutina
# A reminder's own text, shown in its notification.
reminders-label = Texto
# The notification's text when a reminder has no label of its own.
reminders-default-label = Es hora de tu masaje de pies
# The checkbox that turns a reminder on.
reminders-on = Activado
reminders-also-autostart = Iniciar también { -brand-name } en la bandeja al iniciar sesión
reminders-offer-title = ¿Te lo recuerdo dos veces por semana?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Quince minutos dos veces por semana mantienen los pies contentos. { -brand-name } te propone { $days } a las { $time }; elige los días y la hora que mejor te vengan.
reminders-offer-accept = Elegir días y hora
reminders-offer-dismiss = Ahora no
reminders-paused-forever = <strong>Los recordatorios están en pausa</strong> hasta que los vuelvas a activar.
# $until is a day and time.
reminders-paused-until = <strong>Los recordatorios están en pausa</strong> hasta el { $until }.
reminders-resume = Volver a activar los recordatorios
reminders-next = Próximo recordatorio: { $when }
reminders-none = No hay recordatorios.
reminders-pause-today = Pausar por hoy
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Pausar durante
    .input = Días de pausa
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] día
       *[other] días
    }
reminders-pause-until-resumed = Pausar hasta que los vuelva a activar
reminders-new = Nuevo recordatorio
reminders-add = Añadir recordatorio
reminders-edit-title = Editar recordatorio
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } a las { $time }
reminders-rule-off = { $days } a las { $time } (desactivado)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Próximos: { $times }
reminders-add-one = Añadir un recordatorio
reminders-calendar-title = Lleva el plan contigo
reminders-calendar = Tus recordatorios como eventos semanales en el calendario que ya usas: un archivo (.ics) que cualquier aplicación de calendario puede importar.
reminders-calendar-export = Añadir a tu calendario
reminders-calendar-saved = Guardado en { $path }. Ábrelo con tu aplicación de calendario para añadir los eventos.
reminders-options-title = Cuando llega un recordatorio
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Posponer
reminders-snooze-minutes =
    { $count ->
        [one] minuto
       *[other] minutos
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = Si el equipo estaba en suspensión o { -brand-name } estaba cerrado, avisarme igualmente hasta
reminders-grace-minutes =
    { $count ->
        [one] minuto tarde
       *[other] minutos tarde
    }

## The Routines screen

routines-title = Rutinas
routines-lead = Técnicas reunidas en una sesión que puedes seguir con un temporizador.
routines-new = Nueva rutina
routines-import = Importar un archivo de rutina…
# Headings of the two lists of routines.
routines-built-in = Incluidas
routines-yours = Tus rutinas
routines-empty-title = Todavía no tienes rutinas propias
routines-empty = Crea una desde cero con { routines-new }, o abre una rutina incluida y duplícala para cambiarla.
routines-steps =
    { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }
# The button back from a routine to the list (after an arrow).
routines-back = Todas las rutinas
# Above a routine's title: where it comes from.
routines-built-in-one = Rutina incluida
routines-yours-one = Tu rutina
routines-for-partner = para otra persona
routines-duplicate = Duplicar
routines-export = Exportar…
routines-print = Imprimir…
routines-delete = Eliminar…
routines-confirm-delete = ¿Eliminar «{ $title }» definitivamente? Su archivo se borrará de tu carpeta de datos.
routines-keep = Conservarla
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (mi copia)
routines-deleted = Se ha eliminado «{ $title }».
routines-imported = Se ha importado «{ $title }».
routines-exported = Guardado en { $path }.
routines-saved = Rutina guardada.

## The routine editor

editor-new-title = Nueva rutina
editor-edit-title = Editar rutina
editor-title = Título
editor-summary = Resumen
editor-goals = Objetivos
editor-for-partner = Pensada para dar un masaje en los pies a otra persona
editor-steps = Pasos
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Técnica del paso { $number }
editor-step-foot = Pie del paso { $number }
editor-step-cue = Indicación del paso { $number }
    .placeholder = Indicación (opcional)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] segundo
       *[other] segundos
    }
editor-move-up = Subir el paso { $number }
editor-move-down = Bajar el paso { $number }
editor-remove-step = Quitar el paso { $number }
editor-add-step = + Añadir un paso
editor-saving = Guardando…
editor-save = Guardar rutina

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = Presión suave, nunca dolor. Si algo te duele, se hincha o se nota caliente, para y consulta la página de seguridad en { -brand-name }.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Programas
# The card's name, for screen readers.
programmes-card = Tu programa
programmes-card-done = Todas las sesiones hechas. Mantén el ritmo con la rutina de dos veces por semana.
programmes-week = Semana { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before } y luego { $next }
programmes-joined-done = Te has unido a este programa: todas las sesiones hechas. ¡Muy bien hecho!
programmes-joined-next = Te has unido a este programa: lo siguiente es la semana { $week }, sesión { $session } de { $sessions }.
programmes-leave = Dejar el programa
programmes-remind-on = Recordármelo los
# Before a time of day.
programmes-at = A las
programmes-no-days = No has marcado ningún día: te unes sin recordatorio.
programmes-reminder-added = Se añade un recordatorio en { nav-reminders }; a medida que avances, indicará tu próxima sesión. Puedes cambiarlo o quitarlo allí.
programmes-join = Unirme
programmes-join-instead = Unirme a este en su lugar

## The Settings screen

settings-title = Ajustes
settings-language-title = Idioma
settings-language = Idioma
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = Sistema ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Tu sistema pide { $asked }; { -brand-name } se muestra en { $shown }.
settings-goal-title = Objetivo y sesiones
settings-weekly-goal = Objetivo semanal
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] sesión por semana.
       *[other] sesiones por semana.
    } Dos veces por semana es un buen comienzo.
settings-week-start = Las semanas empiezan el
settings-week-start-hint = Se usa para el objetivo semanal y las rachas.
settings-chime = Reproducir un sonido suave cuando el reproductor pase al paso siguiente
settings-autostart-title = Iniciar al iniciar sesión
settings-autostart = Iniciar { -brand-name } en la bandeja al iniciar sesión, para que los recordatorios lleguen sin tener que abrirlo
settings-notifications-title = Notificaciones
settings-notifications = Los recordatorios llegan como notificaciones de escritorio. Envía una de prueba para ver cómo se ven y comprobar que te llegan.
settings-test-sending = Enviando…
settings-test-send = Enviar una notificación de prueba
settings-test-sent = Enviada. Búscala en las notificaciones de tu escritorio.
settings-data = Todo lo que guarda { -brand-name } se queda en este equipo, en una sola carpeta.
settings-version = { -brand-name } { $version }
settings-backups-title = Copias de seguridad
settings-backups = { -brand-name } copia tu base de datos una vez al día cuando se ejecuta y antes de cada actualización, y conserva las { $count } últimas copias. Antes de restaurar una, guarda una copia de tus datos tal como están ahora.
settings-no-backups = Todavía no hay copias de seguridad.
# Why a backup was made.
settings-backup-daily = Diaria
settings-backup-before-restore = Antes de una restauración
settings-backup-before-upgrade = Antes de una actualización
settings-backup-size = { $kilobytes } KB
settings-restore-this = Restaurar esta copia
settings-restore = Restaurar…
settings-restored = Restaurado. Tus datos tal como estaban justo antes se guardan en { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = Acerca de { -brand-name }
about-lead = Un compañero para el automasaje de pies: guías ilustradas, un temporizador para cada paso, recordatorios y un registro de cómo te has sentido. { -brand-name } nunca se conecta a internet; todo lo que sabe se queda en este equipo.
about-built-with = Hecho con
about-tauri = { "Tauri" } { $version }
about-data = Las sesiones, los ajustes, los recordatorios, tus propias rutinas, las copias de seguridad diarias y los registros están en una sola carpeta. Para llevar { -brand-name } a otro equipo, copia esta carpeta con la aplicación cerrada, o exporta tu historial en JSON.
about-logs = Registros
about-open-folder = Abrir la carpeta de datos
about-opened = Abierta en tu gestor de archivos.
about-licences-title = Licencias de código abierto
about-licences-failed = No se ha podido cargar la lista de licencias: { $error }
about-licences = { -brand-name } se basa en { $count } paquetes de código abierto, y damos las gracias a sus autores. Cada entrada se despliega para mostrar los archivos de licencia que incluye el paquete.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [one] { $count } expresión de licencia más
       *[other] { $count } expresiones de licencia más
    }
about-find = Buscar un paquete o una licencia
    .placeholder = p. ej., rusqlite o MPL-2.0
about-package-count =
    { $shown } de { $count ->
        [one] { $count } paquete
       *[other] { $count } paquetes
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Crate de Rust
# $authors lists the package's authors.
about-by = De { $authors }
# $url is the address of the package's source code.
about-repository = Código fuente: { $url }
about-no-licence-file = Este paquete no incluye ningún archivo de licencia; su licencia es { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Bienvenida · paso { $step } de { $steps }
welcome-title = Te damos la bienvenida a { -brand-name }
welcome-lead = Automasaje de pies ilustrado, un temporizador para cada paso, recordatorios cuando toca y un registro de cómo te has sentido. Todo se queda en este equipo.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Proponte
welcome-sessions-a-week =
    { $count ->
        [one] sesión por semana
       *[other] sesiones por semana
    }
welcome-rhythm = Quince minutos dos veces por semana es un buen ritmo.
welcome-remind-title = ¿Cuándo quieres que { -brand-name } te lo recuerde?
# Before a time of day.
welcome-at = A las
welcome-autostart = Iniciar { -brand-name } en la bandeja al iniciar sesión, para que lleguen los recordatorios
welcome-no-days = Si no marcas ningún día, no habrá recordatorios; puedes añadirlos más tarde en { nav-reminders }.
welcome-safety-title = Antes de tu primera sesión
welcome-safety = El masaje es suave, pero hay situaciones en las que es mejor no hacerlo: heridas abiertas, infecciones, una lesión reciente, una pantorrilla hinchada y otras. Si tienes diabetes o mala circulación, o estás embarazada, lee antes la página de seguridad.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = Leer «Cuándo no hacerlo»
welcome-safety-where = Siempre la encontrarás en { nav-guides }.
welcome-back = Atrás
welcome-next = Siguiente
welcome-finish = Terminar

## Settings → Sync

settings-sync-title = Sincronización
settings-sync-intro = Mantén tu historial al día en todos tus equipos mediante una carpeta que ya sincronizas, con Syncthing, Nextcloud o Dropbox. Sin cuenta y sin servidor: Solewise solo escribe sus propios archivos en esa carpeta, dentro de una carpeta llamada Solewise.
settings-sync-off = Desactivada: tu historial se queda en este equipo.
settings-sync-choose = Elegir una carpeta…
settings-sync-choose-title = Una carpeta que tu herramienta de sincronización comparte con tus otros equipos
settings-sync-change = Cambiar de carpeta…
settings-sync-turn-off = Desactivar
settings-sync-now = Sincronizar ahora
settings-sync-folder = Mediante la carpeta
settings-sync-merged = Última sincronización: { $when }
settings-sync-never = Todavía no se ha sincronizado
settings-sync-waiting = { $count ->
    [one] { $count } cambio espera a la carpeta
   *[other] { $count } cambios esperan a la carpeta
}
settings-sync-computers = Otros equipos
settings-sync-no-computers = Todavía ninguno: activa allí la sincronización con la misma carpeta.
settings-sync-last-change = último cambio: { $when }
settings-sync-name = Nombre de este equipo
settings-sync-rename = Cambiar nombre
settings-sync-merging = Combinando… { $percent } %
settings-sync-passphrase = Frase de contraseña de la carpeta
settings-sync-passphrase-hint = Opcional: con una frase de contraseña, los archivos de la carpeta solo se pueden leer en aquellos de tus equipos que la tengan. Introduce la misma en cada uno de ellos; debe tener al menos 8 caracteres.
settings-sync-encrypted = Los archivos de este equipo en la carpeta están cifrados con una frase de contraseña.
settings-sync-passphrase-set = Establecer frase de contraseña
settings-sync-passphrase-change = Cambiar frase de contraseña
settings-sync-passphrase-remove = Quitar frase de contraseña
