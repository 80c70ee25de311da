# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = Ha fallado la base de datos del historial: { $error }
# $folder is the data folder's path.
database-create-folder = No se ha podido crear la carpeta de datos { $folder }: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = La base de datos { $file } la escribió una versión más reciente de Solewise (versión de datos { $found }; esta versión entiende hasta la { $supported }). No se ha tocado. Actualiza Solewise, o inícialo con --data-dir apuntando a otra carpeta.
# $to is where the damaged file was to be moved.
database-move-aside-failed = La base de datos { $file } está dañada y no se ha podido apartar a { $to }: { $error }
database-backup-failed = No se ha podido hacer una copia de seguridad de { $file } antes de actualizarla: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = Ha fallado la actualización de la base de datos { $file } a la versión de datos { $version }, así que no se ha cambiado nada: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = La base de datos { $file } está dañada ({ $reason }). Se ha movido a { $moved_to } y se ha conservado; no se ha hecho nada más. Inicia Solewise para empezar un historial nuevo, o restaura una copia de seguridad desde su pantalla Historial.
database-damaged-left-alone = La base de datos { $file } está dañada ({ $reason }). Se ha dejado tal cual y no se ha leído nada de ella. Inicia Solewise (o cualquier comando que cambie datos) para apartarla y empezar un historial nuevo.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } no es una base de datos de Solewise ({ $reason }). No se ha tocado. Muévela a otro sitio, o inicia Solewise con --data-dir apuntando a otra carpeta.
database-folder-is-a-file = La carpeta de datos { $folder } es un archivo, no una carpeta. Mueve ese archivo a otro sitio, o usa --data-dir con otra carpeta.
database-create-failed = No se ha podido crear la base de datos { $file }: { $error }
database-read-failed = No se ha podido leer la base de datos { $file }: { $error }
database-sqlite = Base de datos { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = No se ha podido leer tu base de datos de Solewise ({ $reason }). Se ha movido a { $moved_to } (no se ha borrado nada) y se ha empezado una base de datos nueva y vacía.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = es una carpeta
database-reason-empty = el archivo está vacío (0 bytes)
# $version is a number found in the file.
database-reason-odd-version = su versión de datos es { $version }, y ningún Solewise escribe esa versión
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = es una base de datos SQLite con otras tablas ({ $tables }) y sin versión de datos de Solewise
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check ha encontrado: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = No hay ninguna copia de seguridad llamada «{ $name }» en la carpeta de copias de seguridad.

## Finding the data folder.

store-no-data-folder = No se ha encontrado la carpeta de datos de aplicaciones de este sistema (¿está definida HOME?). Usa --data-dir DIR para elegir una.
# $folder is the path that was worked out.
store-data-folder-relative = La carpeta de datos de aplicaciones sería «{ $folder }», que no es una ruta absoluta (revisa HOME y XDG_DATA_HOME). Usa --data-dir DIR para elegir una.

## Settings.

settings-weekly-goal-range = El objetivo semanal va de { $min } a { $max } sesiones.
# $day is what was sent.
settings-not-a-weekday = «{ $day }» no es un día de la semana.
settings-voice-rate-range = La velocidad de la voz va de -100 (la más lenta) a 100 (la más rápida).
# $name is what was sent.
settings-not-a-voice = «{ $name }» no es un nombre de voz.
settings-snooze-range = Se puede posponer de { $min } a { $max } minutos.
settings-grace-range = El margen de espera va de 5 minutos a 24 horas.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = No se ha podido leer el ajuste de inicio al iniciar sesión: { $error }
settings-autostart-on-failed = No se ha podido activar el inicio al iniciar sesión: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = No se ha podido activar el inicio al iniciar sesión: reg.exe lo ha rechazado.
settings-autostart-no-home = No se ha podido activar el inicio al iniciar sesión: no hay carpeta personal (HOME no está definida).
settings-autostart-on-file-failed = No se ha podido activar el inicio al iniciar sesión ({ $file }): { $error }
settings-autostart-off-failed = No se ha podido desactivar el inicio al iniciar sesión: { $error }
settings-autostart-off-refused = No se ha podido desactivar el inicio al iniciar sesión: reg.exe lo ha rechazado.
settings-autostart-off-file-failed = No se ha podido desactivar el inicio al iniciar sesión ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = «{ $day }» no es un día: usa mon, tue, wed, thu, fri, sat o sun
reminder-no-days = un recordatorio necesita al menos un día
# $time is what was typed.
reminder-not-a-time = «{ $time }» no es una hora: usa el formato de 24 horas HH:MM, como 20:00
reminder-label-too-long = el texto tiene como máximo 80 caracteres
# $char is the character's code, such as U+0007.
reminder-label-control-char = el texto no puede contener el carácter de control { $char }
# $id is the reminder's number.
reminder-not-found = no hay ningún recordatorio { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = No hay ninguna rutina «{ $routine }» que recordarte: elige una de la lista, o consulta los ids con `solewise routines list`.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = No se ha podido mostrar el recordatorio de las { $time }: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = «{ $length }» no es una duración: usa, por ejemplo, 2d, 12h o 90m
# $days is the longest pause, in days.
schedule-pause-too-long = «{ $length }» es más largo que la pausa máxima, { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: ejecuta `solewise pause` sin --for para pausar hasta `solewise resume`
schedule-pause-zero = «{ $length }» no es ninguna pausa: indica al menos 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = «{ $date }» no es una fecha: usa AAAA-MM-DD
schedule-pause-date-out-of-range = «{ $date }» está fuera de rango: indica una fecha anterior a 9999
schedule-pause-date-past = «{ $date }» ya ha empezado: indica una fecha posterior a hoy
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = Este sistema no conoce la zona horaria TZ="{ $tz }", así que las horas están en UTC. Define TZ con un nombre como Europe/Madrid, o elimínala para usar el ajuste del sistema.

## Guided sessions.

session-stress-range = el estrés se valora de 1 a 10
# $routine is the routine id asked for.
session-no-routine = No hay ninguna rutina «{ $routine }».
session-routine-gone = La rutina «{ $routine }» ya no existe, así que la sesión se ha guardado como parcial.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = No hay ninguna sesión { $id } (puede que se haya eliminado).
# $value is the rating that was sent.
history-stress-before-range = el estrés antes debe ir de 1 (tranquilidad) a 10 (mucho estrés), no { $value }
history-stress-after-range = el estrés después debe ir de 1 (tranquilidad) a 10 (mucho estrés), no { $value }
history-note-too-long = la nota tiene más de { $max } caracteres
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = No se puede recuperar esa sesión: { $reason }.
history-already-there = La sesión { $id } ya está en el historial.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = la hora de inicio debe tener la forma 2026-11-24T20:00, no «{ $text }»
# $error is what the date library said.
history-start-time-error = la hora de inicio: { $error }
history-logged-kind = una sesión registrada es un automasaje, un masaje de otra persona o uno profesional
history-logged-minutes = una sesión dura de 1 a 600 minutos, no { $minutes }
history-logged-title = ponle a la sesión un nombre de hasta 80 caracteres
history-logged-future = esa hora de inicio está en el futuro: registra las sesiones cuando ya hayan tenido lugar
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } debe ser una fecha como 2026-11-24, no «{ $date }»
history-filter-date-error = { $field }: { $error }
history-page-marker = ese marcador de página no lo ha generado Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = «{ $zone }» no es una zona del pie (las zonas son left- o right- seguido de uno de estos: { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone } tiene una valoración de { $rating }; las valoraciones van de 0 a { $max }
history-zone-rated-twice = { $zone } está valorada dos veces
history-zone-left-toes = Dedos del pie izquierdo
history-zone-left-ball = Antepié izquierdo
history-zone-left-arch = Arco izquierdo
history-zone-left-heel = Talón izquierdo
history-zone-left-top = Empeine izquierdo
history-zone-left-ankle = Tobillo izquierdo
history-zone-left-achilles = Tendón de Aquiles izquierdo
history-zone-left-calf = Pantorrilla izquierda
history-zone-right-toes = Dedos del pie derecho
history-zone-right-ball = Antepié derecho
history-zone-right-arch = Arco derecho
history-zone-right-heel = Talón derecho
history-zone-right-top = Empeine derecho
history-zone-right-ankle = Tobillo derecho
history-zone-right-achilles = Tendón de Aquiles derecho
history-zone-right-calf = Pantorrilla derecha

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = Esta semana: { $done } de { $goal ->
        [one] { $goal } sesión
       *[other] { $goal } sesiones
    } ({ $met ->
        [yes] objetivo cumplido
       *[no] objetivo aún sin cumplir
    }; las semanas empiezan el { $first_day ->
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
        [sunday] domingo
       *[monday] lunes
    })
# $current and $best are numbers of weeks.
history-stats-streak = Racha: { $current ->
        [one] { $current } semana seguida
       *[other] { $current } semanas seguidas
    } cumpliendo el objetivo (mejor racha: { $best ->
        [one] { $best } semana
       *[other] { $best } semanas
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Minutos: { $week } esta semana, { $month } este mes, { $all } en total, en { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }
history-stats-stress-none = Estrés: todavía no hay ninguna sesión valorada antes y después
history-stats-stress-same = Estrés: sin cambios de media después de una sesión
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Estrés: baja { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } de media después de una sesión
history-stats-stress-up = Estrés: sube { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } de media después de una sesión
history-stats-zones = Zonas del pie, las últimas doce semanas:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: valorada { $ratings ->
        [one] { $ratings } vez
       *[other] { $ratings } veces
    }, { $average } de media en la semana del { $week }, { $trend ->
        [down] { $change } menos que el primer mes
        [up] { $change } más que el primer mes
        [same] sin cambios desde el primer mes
       *[unknown] todavía sin cambios que indicar
    }{ $high ->
        [yes] { " " }(7 o más durante dos semanas: conviene que lo vea un profesional)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = no es texto UTF-8 (byte no válido en la posición { $offset }), así que no es una exportación de Solewise
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = esto no es una exportación del historial de Solewise (línea { $line }, columna { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = esto no es una exportación del historial de Solewise (línea { $line }, columna { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = el formato de este archivo es «{ $format }», no «{ $expected }»
import-version-zero = la versión de este archivo es 0; las exportaciones de Solewise empiezan en la versión 1
# $text is what the file holds.
import-bad-exported-at = el exported_at de este archivo, «{ $text }», no es una fecha y hora como 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = esta exportación la hizo un Solewise más reciente (versión { $version }; este lee hasta la { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = sesión { $number }: { $reason }
import-session-problem-id = sesión { $number } (id { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = sesión { $number } (id { $id }): la sesión { $first } tiene el mismo id pero otro contenido
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    no se ha importado nada: { $count ->
        [one] { $count } sesión no es válida
       *[other] { $count } sesiones no son válidas
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = su { $field } tiene { $length } caracteres; el máximo es { $max }
import-session-text-control-char = su { $field } contiene el carácter de control { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = la técnica de su paso { $number } tiene { $length } caracteres; el máximo es { $max }
import-session-step-technique-control-char = la técnica de su paso { $number } contiene el carácter de control { $char }
# $text is what the file holds.
import-session-bad-time = { $field } «{ $text }» no es una fecha y hora como 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } es anterior al año 2000
import-session-in-future = { $field } { $text } está en el futuro
import-session-bad-id = su id «{ $id }» no es uno generado por Solewise (un UUID)
import-session-ends-before-start = termina (ended_at) antes de empezar (started_at)
import-session-in-progress = su estado es in_progress: todavía está en curso
import-session-stress-range = { $field } debe ir de 1 a 10
import-session-no-title = su título está vacío
import-session-bad-routine-id = su routine_id «{ $routine }» no es un id de rutina (palabras en minúsculas unidas por guiones, de 48 caracteres como máximo)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = su { $field } es { $value }; una sesión dura como máximo { $max } segundos (un día)
import-session-too-many-steps = tiene { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }; una sesión tiene como máximo { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = sus steps_total { $total } y steps_done { $done } no coinciden con { $count ->
        [one] su { $count } paso
       *[other] sus { $count } pasos
    }, de los que hay { $count_done } hechos
# $position is the position the file gives the step.
import-session-step-order = sus pasos están desordenados en el paso { $number } (posición { $position })
import-session-step-seconds = el paso { $number } dura { $seconds } segundos; un paso dura de { $min } a { $max } segundos
import-session-step-no-technique = el paso { $number } no indica ninguna técnica
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = sus zonas al empezar: { $reason }
import-session-zones-after = sus zonas al terminar: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } es la propia base de datos de Solewise o una copia de seguridad suya: elige otro archivo al que exportar
export-write-failed = no se ha podido escribir { $file }: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = sesión { $id } ({ $column }): los bytes que no son UTF-8 se han exportado como caracteres de sustitución
# $id is the routine id asked for.
export-no-such-routine = No hay ninguna rutina «{ $id }».

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = no se puede leer: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = es { $kind ->
        [fifo] una tubería con nombre (FIFO)
        [device] un dispositivo
        [socket] un socket
        [folder] una carpeta
       *[other] un archivo especial
    }, no un archivo normal, así que no puede ser { $what ->
        [routine] un archivo de rutina
       *[history-export] una exportación del historial de Solewise
    }
# $max is the largest size allowed, in bytes.
input-too-large = ocupa más de { $max } bytes, el máximo que puede ocupar { $what ->
        [routine] un archivo de rutina
       *[history-export] una exportación del historial de Solewise
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = no se puede leer la carpeta de tus rutinas: { $error }
routine-file-folder-unreadable = no se puede leer la carpeta: { $error }
routine-file-not-utf8 = no es texto UTF-8: ¿seguro que es un archivo de rutina?
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = No hay ninguna rutina personalizada «{ $id }» (las rutinas incluidas no se pueden cambiar ni eliminar; duplica una en su lugar).
# $title is the title of the routine that has the id.
routine-file-id-taken = Ya existe una rutina con el id «{ $id }» ({ $title }). Elige otro título u otro id.
routine-file-new-id-invalid = el id «{ $id }» debe estar formado por letras minúsculas y dígitos separados por guiones simples
routine-file-shadows-built-in = el id de rutina «{ $id }» es el de una rutina incluida, así que Solewise ignoraría este archivo: elige otro id
routine-file-not-toml = no se puede escribir como TOML: { $error }
routine-file-id-invalid = el id «{ $id }» debe estar formado por letras minúsculas y dígitos separados por guiones simples (como «heel-circles»), de 48 caracteres como máximo
# $stem is the file's name without .toml.
routine-file-id-not-file-name = el id «{ $id }» no coincide con el nombre del archivo: cambia el nombre del archivo a { $id }.toml o pon id = "{ $stem }"
routine-file-text-empty = { $field } está vacío
routine-file-text-too-long = { $field } tiene { $length } caracteres; debe tener menos de { $max }
routine-file-control-char = { $field } contiene el carácter de control { $char }; quítalo
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals está vacío: indica al menos uno de estos: circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = goals indica el mismo objetivo dos veces
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } tiene { $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }; como máximo { $max }
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: «{ $item }» debe tener de 1 a { $max } caracteres
routine-file-summary-too-long = summary tiene más de { $max } caracteres
routine-file-no-steps = una rutina necesita al menos una entrada [[steps]]
routine-file-too-many-steps = { $count ->
        [one] { $count } paso es demasiado
       *[other] { $count } pasos son demasiados
    }; como máximo { $max }
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = el paso { $number } indica la técnica «{ $technique }», que no existe
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = el paso { $number } indica la técnica «{ $technique }», que no existe (¿querías decir «{ $near }»?)
routine-file-step-seconds = el paso { $number } dura { $seconds } segundos; un paso dura de { $min } a { $max } segundos
routine-file-cue-control-char = la indicación del paso { $number } contiene el carácter de control { $char }; quítalo
routine-file-cue-too-long = la indicación del paso { $number } tiene más de { $max } caracteres
routine-file-too-long = los pasos suman { $minutes } minutos; una rutina dura como máximo { $max } minutos
# $first is the file that has the id already.
routine-file-id-used = el id de rutina «{ $id }» ya lo usa { $first }; se ha omitido este archivo
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds es { $seconds }; una técnica dura de { $min } a { $max } segundos
# $name is the file name given.
technique-file-illustration = illustration «{ $name }» debe ser un nombre de archivo terminado en .svg, sin carpetas
technique-file-no-steps = steps debe contener al menos una instrucción, y ninguna puede estar vacía
technique-file-needs-tradition = una técnica tradicional necesita una línea 'tradition' que diga de dónde viene
technique-file-tradition-not-traditional = tradition solo es para técnicas con category = "traditional"
technique-file-id-taken = el id de técnica «{ $id }» ya lo usa { $first }; se ha omitido este archivo
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = una página tiene un solo título '# '; usa '## ' para los encabezados
page-file-no-title = una página debe empezar con un título '# '

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = un programa necesita al menos una entrada [[weeks]]
programme-file-too-many-weeks = { $count ->
        [one] { $count } semana es demasiado
       *[other] { $count } semanas son demasiadas
    }; como máximo { $max }
# $week is the week's place (1 for the first).
programme-file-week-empty = la semana { $week } no tiene sesiones: indica al menos una rutina
programme-file-week-too-many = la semana { $week } tiene { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }; como máximo { $max }
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = la semana { $week }, sesión { $session }, indica la rutina «{ $routine }», que no existe
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = la semana { $week }, sesión { $session }, indica la rutina «{ $routine }», que no existe (¿querías decir «{ $near }»?)
programme-file-note-empty = la nota de la semana { $week } está vacía
programme-file-note-too-long = la nota de la semana { $week } tiene { $length } caracteres; debe tener menos de { $max }
programme-file-note-control-char = la nota de la semana { $week } contiene el carácter de control { $char }; quítalo
programme-file-id-taken = el id de programa «{ $id }» ya lo usa { $first }; se ha omitido este archivo
# $id is the programme id asked for.
programme-not-found = No hay ningún programa «{ $id }».
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · semana { $week }, sesión { $session } de { $sessions }
programme-progress-complete = { $title } · completado

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = El programa en segundo plano de Solewise no se está ejecutando (nadie escucha en { $endpoint }).
ipc-no-answer = El programa en segundo plano de Solewise no ha respondido en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = El programa en segundo plano de Solewise usa el protocolo { $theirs } (versión { $version }); este programa usa el { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = El programa en segundo plano de Solewise ha enviado algo que no es un mensaje: { $error }
ipc-connection-failed = Ha fallado la conexión con el programa en segundo plano de Solewise: { $error }
ipc-message-too-long = un mensaje de más de { $max } bytes
ipc-message-not-utf8 = un mensaje que no es UTF-8
ipc-connection-closed = la conexión se ha cerrado
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = no es un mensaje de Solewise: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = primero saluda con el protocolo { $protocol }
ipc-endpoint-taken = ya hay un proceso de Solewise escuchando en { $endpoint }
ipc-daemon-no-answer = el proceso de la bandeja no ha respondido: { $error }
ipc-daemon-not-installed = el proceso de la bandeja no está instalado aquí: los recordatorios quedan en espera
# $program is the daemon program's path.
ipc-daemon-start-failed = no se ha podido iniciar el proceso de la bandeja { $program }: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = el proceso de la bandeja no se ha iniciado; consulta { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = No hay ningún servicio de voz en funcionamiento (Speech Dispatcher no está instalado o no se ha iniciado: { $detail }).
speech-stopped-answering = El servicio de voz ha dejado de responder: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = El servicio de voz ha rechazado «{ $command }»: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR no está definida
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = no se ha podido leer su respuesta a «{ $command }»
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = sin respuesta en { $seconds } s
# $code is the service's answer code, a number.
speech-answer-coded = una respuesta con el código { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = no enviado: el valor debe ser { $spaces ->
        [yes] una sola línea
       *[no] una sola palabra
    } sin caracteres de control

## Keeping history in step through a synced folder

sync-line-not-json = esta línea no es un registro de cambios: { $error }
sync-line-bad-clock = la marca de tiempo «{ $clock }» no tiene el formato que escribe Solewise
sync-line-other-device = el registro dice que lo escribió el equipo { $device }, no aquel en cuya carpeta está
sync-line-unknown-field = el campo «{ $field }» no existe en una sesión
sync-session-refused = no se ha añadido la sesión { $id } de otro equipo: { $reason }
sync-this-computer = Este equipo
sync-folder-missing = No se encuentra la carpeta de sincronización { $folder } (¿un disco sin conectar, o una carpeta que se ha movido?). Los cambios hechos aquí esperarán a que vuelva.
sync-folder-unwritable = Solewise no puede escribir en la carpeta de sincronización { $folder }: { $error }. Los cambios hechos aquí esperarán hasta que pueda.
sync-folder-unreadable = Solewise no puede leer la carpeta de sincronización { $folder }: { $error }
sync-name-invalid = El nombre de un equipo debe tener entre 1 y { $max } caracteres, en una sola línea.
sync-is-off = La sincronización está desactivada: primero actívala con una carpeta (solewise sync set CARPETA, o Ajustes → Sincronización).
sync-device-shared = Otro equipo estaba escribiendo con el id de sincronización de este equipo (¿se copió esta carpeta de datos de él?). Ahora este equipo tiene un id propio; no se pierde nada de lo que escribió ninguno de los dos.
sync-file-newer = { $file } lo escribió una versión más reciente de Solewise: actualiza Solewise en este equipo para incorporarlo todo.
sync-line-bad-id = «{ $id }» no es el id de nada que Solewise mantenga sincronizado
sync-routine-refused = no se ha guardado la rutina { $id } de otro equipo: { $reason }
sync-encrypted = Los archivos de la carpeta de sincronización están cifrados con una frase de contraseña. Introduce la misma frase de contraseña en este equipo (Ajustes → Sincronización, o solewise sync passphrase) para incorporarlos; hasta entonces, aquí no cambia nada y no se escribe nada en la carpeta.
sync-passphrase-wrong = Los archivos que { $computer } escribió en la carpeta de sincronización no se abren con la frase de contraseña de este equipo. Introduce la misma frase de contraseña en los dos equipos; hasta entonces, los archivos esperarán.
sync-file-unreadable = Todavía no se puede abrir { $file } ({ $error }): puede que aún no haya terminado de llegar. Se volverá a leer en la próxima sincronización.
sync-passphrase-invalid = Una frase de contraseña debe tener al menos { $min } caracteres, en una sola línea.
