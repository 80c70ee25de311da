# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = il n'existe aucun fichier anglais de ce nom à traduire
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = manquant : la langue { $language } est indiquée comme complète, mais n'a pas de traduction de { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = « { $key } » n'a ici aucun texte anglais à traduire
# $count items in the translation where the English has $english.
translation-count = « { $key } » a { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
} alors que l'anglais en a { $english } : il en faut un pour chaque élément anglais
translation-missing-key = « { $key } » n'est pas traduit, alors que la langue est indiquée comme complète
translation-folder-unreadable = impossible de lire le dossier : { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = « { $tag } » n'est pas une langue que parle Solewise ; choisissez-en une dans la liste, ou Système.

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Prochain rappel : { $when }
tray-reminders-paused = Rappels en pause
tray-no-reminders = Aucun rappel programmé
tray-start = Commencer une séance
tray-pause-today = Suspendre les rappels pour aujourd'hui
tray-resume = Reprendre les rappels
tray-open = Ouvrir Solewise
tray-quit = Quitter

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = C'est l'heure de votre massage des pieds
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } min
reminder-body-no-routine = Vos pieds ont bien mérité quelques minutes.
reminder-open = Ouvrir Solewise
reminder-start = Commencer maintenant
reminder-snooze = Rappeler plus tard
test-notification-title = Notification de test de Solewise
test-notification-body = Voici à quoi ressembleront les rappels. C'est le moment de chouchouter vos pieds !
# $detail is what the desktop said, in its own words.
notification-no-service = Aucun service de notifications n'est actif sur ce bureau : Solewise ne peut donc pas afficher de notifications de bureau. Les rappels sont tout de même conservés, et affichés ici dans l'application. ({ $detail })
notification-refused = Le bureau n'a pas affiché la notification : { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = avertissement : « { $asked } » n'est pas une langue que parle Solewise ; langue utilisée : { $shown }
cli-reminders-on = les rappels sont activés
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = rappel { $id } ajouté : { $days } à { $at }
cli-no-reminders = aucun rappel
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = désactivé
cli-reminder-removed = rappel { $id } supprimé
cli-no-reminders-ahead = aucun rappel à venir
cli-nothing-to-export = aucun rappel à exporter (il n'y en a aucun, ou ils sont tous désactivés) : ajoutez-en un avec `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = « { $length } » dépasse l'année 9999
cli-paused-until-resume = rappels en pause jusqu'à `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = rappels en pause jusqu'à { $until }
cli-warning = avertissement : { $warning }
cli-imported = { $added ->
    [one] { $added } séance ajoutée
   *[other] { $added } séances ajoutées
}, { $skipped ->
    [one] { $skipped } déjà présente et ignorée
   *[other] { $skipped } déjà présentes et ignorées
}
cli-validate-good = { $checked ->
    [one] { $checked } fichier vérifié : tout est en ordre
   *[other] { $checked } fichiers vérifiés : tout est en ordre
}
cli-validate-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} dans { $checked ->
    [one] { $checked } fichier vérifié
   *[other] { $checked } fichiers vérifiés
}
cli-skipped = ignoré : { $problem }
cli-list-problems = { $count ->
    [one] { $count } problème : les routines ci-dessus sont celles qui ont pu être lues
   *[other] { $count } problèmes : les routines ci-dessus sont celles qui ont pu être lues
}
cli-nothing-found = aucun résultat pour « { $words } »
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
}, { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = programme rejoint : { $programme }
cli-programme-joined-reminder = programme rejoint : { $programme } ; rappel : { $days } à { $at }
cli-no-programme = vous ne suivez aucun programme : consultez `solewise programmes list`
cli-programme-left = programme quitté : { $programme }
cli-no-programme-to-leave = vous ne suiviez aucun programme
cli-daemon-not-running = le processus de la zone de notification n'était pas en cours d'exécution
cli-autostart-on = Solewise se lance dans la zone de notification à l'ouverture de votre session.
cli-autostart-off = Solewise ne se lance pas à l'ouverture de votre session.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Rappels Solewise
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } min : une routine Solewise

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = Aucune voix installée sur cet ordinateur ne parle cette langue ({ $language }) : les étapes ne sont donc pas lues à voix haute. Installez une voix pour cette langue (par exemple celle d'espeak-ng), puis redémarrez Solewise.

## solewise history add, edit, delete

cli-history-title-self = Automassage
cli-history-title-partner = Massage par mon partenaire
cli-history-title-professional = Massage professionnel
cli-history-edited = La note de la séance { $id } a été enregistrée.
cli-history-deleted = Séance « { $title } » ({ $id }) supprimée.

## solewise sync

cli-sync-on = La synchronisation est activée, par le dossier { $folder }.
cli-sync-off = La synchronisation est désactivée. L'historique de cet ordinateur reste tel quel.
cli-sync-done = { $sent ->
    [one] { $sent } modification écrite
   *[other] { $sent } modifications écrites
}, { $received ->
    [one] { $received } reçue des autres ordinateurs.
   *[other] { $received } reçues des autres ordinateurs.
}
cli-sync-status-on = Synchronisation : activée, par le dossier { $folder }
cli-sync-status-off = Synchronisation : désactivée
cli-sync-status-name = Cet ordinateur : { $name }
cli-sync-status-merged = Dernière synchronisation : { $when }
cli-sync-status-never = Aucune synchronisation pour l'instant
cli-sync-status-computers = { $count ->
    [0] Aucun autre ordinateur pour l'instant
    [one] { $count } autre ordinateur :
   *[other] { $count } autres ordinateurs :
}
cli-sync-status-computer = { $name }, dernière modification : { $when }
cli-sync-status-waiting = { $count ->
    [one] { $count } modification attend le dossier
   *[other] { $count } modifications attendent le dossier
}
cli-sync-renamed = Cet ordinateur s'appelle désormais { $name }.
cli-sync-progress = { $percent } % fusionné
cli-sync-status-encrypted = Les fichiers du dossier sont chiffrés avec une phrase secrète.
cli-sync-passphrase-ask = Phrase secrète du dossier de synchronisation :
cli-sync-passphrase-again = Répétez la phrase secrète :
cli-sync-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques ; rien n'a été modifié.
cli-sync-passphrase-on = Les fichiers de cet ordinateur dans le dossier de synchronisation sont chiffrés avec la phrase secrète. Saisissez la même sur vos autres ordinateurs.
cli-sync-passphrase-off = Les fichiers de cet ordinateur dans le dossier de synchronisation ne sont plus chiffrés.
reminder-skipped-elsewhere = Rappel de { $time } ignoré : une séance a déjà été faite sur { $computer }.
