# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = no hay ningún archivo en inglés con este nombre que traducir
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = falta: el idioma { $language } consta como completo, pero no tiene traducción de { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = «{ $key }» no tiene aquí ningún texto en inglés que traducir
# $count items in the translation where the English has $english.
translation-count = «{ $key }» tiene { $count } elementos, pero en inglés tiene { $english }: tiene que haber uno por cada uno
translation-missing-key = «{ $key }» no está traducido, pero el idioma consta como completo
translation-folder-unreadable = no se puede leer la carpeta: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = «{ $tag }» no es un idioma que Solewise hable; elige uno de la lista, o Sistema.

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Próximo recordatorio: { $when }
tray-reminders-paused = Recordatorios en pausa
tray-no-reminders = No hay recordatorios
tray-start = Empezar una sesión
tray-pause-today = Pausar los recordatorios por hoy
tray-resume = Reanudar los recordatorios
tray-open = Abrir Solewise
tray-quit = Salir

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = Es hora de tu masaje de pies
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } min
reminder-body-no-routine = Tus pies se merecen unos minutos.
reminder-open = Abrir Solewise
reminder-start = Empezar ahora
reminder-snooze = Posponer
test-notification-title = Notificación de prueba de Solewise
test-notification-body = Así se verán los recordatorios. ¡Es hora de mimar tus pies!
# $detail is what the desktop said, in its own words.
notification-no-service = No hay ningún servicio de notificaciones en funcionamiento en este escritorio, así que Solewise no puede mostrar notificaciones de escritorio. Los recordatorios se siguen guardando y se muestran aquí, en la aplicación. ({ $detail })
notification-refused = El escritorio no mostró la notificación: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = aviso: «{ $asked }» no es un idioma que Solewise hable; se muestra en { $shown }
cli-reminders-on = los recordatorios están activados
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = recordatorio { $id } añadido: { $days } a las { $at }
cli-no-reminders = no hay recordatorios
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = desactivado
cli-reminder-removed = recordatorio { $id } eliminado
cli-no-reminders-ahead = no hay próximos recordatorios
cli-nothing-to-export = no hay recordatorios que exportar (no hay ninguno, o están todos desactivados): añade uno con `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = «{ $length }» va más allá del año 9999
cli-paused-until-resume = recordatorios en pausa hasta `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = recordatorios en pausa hasta { $until }
cli-warning = aviso: { $warning }
cli-imported = { $added ->
    [one] { $added } sesión añadida
   *[other] { $added } sesiones añadidas
}, { $skipped ->
    [one] { $skipped } ya estaba y se ha omitido
   *[other] { $skipped } ya estaban y se han omitido
}
cli-validate-good = { $checked ->
    [one] { $checked } archivo revisado: todo bien
   *[other] { $checked } archivos revisados: todo bien
}
cli-validate-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} en { $checked ->
    [one] { $checked } archivo revisado
   *[other] { $checked } archivos revisados
}
cli-skipped = omitido: { $problem }
cli-list-problems = { $count ->
    [one] { $count } problema: las rutinas de arriba son las que se han podido leer
   *[other] { $count } problemas: las rutinas de arriba son las que se han podido leer
}
cli-nothing-found = no se ha encontrado nada para «{ $words }»
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}, { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = te has unido a { $programme }
cli-programme-joined-reminder = te has unido a { $programme }; recordatorio: { $days } a las { $at }
cli-no-programme = no te has unido a ningún programa: consulta `solewise programmes list`
cli-programme-left = has dejado { $programme }
cli-no-programme-to-leave = no te habías unido a ningún programa
cli-daemon-not-running = el proceso de la bandeja no se estaba ejecutando
cli-autostart-on = Solewise se inicia en la bandeja al iniciar sesión.
cli-autostart-off = Solewise no se inicia al iniciar sesión.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Recordatorios de Solewise
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } min: una rutina de Solewise

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = Ninguna voz instalada en este equipo habla este idioma ({ $language }), así que los pasos no se leen en voz alta. Instala una voz para este idioma (por ejemplo, la de espeak-ng) y reinicia Solewise.

## solewise history add, edit, delete

cli-history-title-self = Automasaje
cli-history-title-partner = Masaje de mi pareja
cli-history-title-professional = Masaje profesional
cli-history-edited = Se ha guardado la nota de la sesión { $id }.
cli-history-deleted = Se ha eliminado «{ $title }» ({ $id }).

## solewise sync

cli-sync-on = La sincronización está activada, mediante { $folder }.
cli-sync-off = La sincronización está desactivada. El historial de este equipo se queda como está.
cli-sync-done = { $sent ->
    [one] { $sent } cambio escrito
   *[other] { $sent } cambios escritos
}, { $received ->
    [one] { $received } recibido de otros equipos.
   *[other] { $received } recibidos de otros equipos.
}
cli-sync-status-on = Sincronización: activada, mediante { $folder }
cli-sync-status-off = Sincronización: desactivada
cli-sync-status-name = Este equipo: { $name }
cli-sync-status-merged = Última sincronización: { $when }
cli-sync-status-never = Todavía no se ha sincronizado
cli-sync-status-computers = { $count ->
    [0] Todavía no se ha visto ningún otro equipo
    [one] Otro equipo:
   *[other] Otros { $count } equipos:
}
cli-sync-status-computer = { $name }, último cambio: { $when }
cli-sync-status-waiting = { $count ->
    [one] { $count } cambio espera a la carpeta
   *[other] { $count } cambios esperan a la carpeta
}
cli-sync-renamed = Ahora este equipo se llama { $name }.
cli-sync-progress = { $percent }% incorporado
cli-sync-status-encrypted = Los archivos de la carpeta están cifrados con una frase de contraseña.
cli-sync-passphrase-ask = Frase de contraseña de la carpeta de sincronización:
cli-sync-passphrase-again = Repite la frase de contraseña:
cli-sync-passphrase-mismatch = Las dos frases de contraseña no coinciden; no se ha cambiado nada.
cli-sync-passphrase-on = Los archivos de este equipo en la carpeta de sincronización están cifrados con la frase de contraseña. Introduce la misma en tus otros equipos.
cli-sync-passphrase-off = Los archivos de este equipo en la carpeta de sincronización ya no están cifrados.
reminder-skipped-elsewhere = Se ha omitido el recordatorio de las { $time }: ya se hizo una sesión en { $computer }.
