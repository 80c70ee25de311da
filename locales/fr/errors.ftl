# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = La base de données de l'historique a rencontré une erreur : { $error }
# $folder is the data folder's path.
database-create-folder = Impossible de créer le dossier des données { $folder } : { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = La base de données { $file } a été écrite par une version plus récente de Solewise (version des données { $found } ; cette version comprend jusqu'à la { $supported }). Elle n'a pas été modifiée. Mettez Solewise à jour, ou lancez-le avec --data-dir pointant vers un autre dossier.
# $to is where the damaged file was to be moved.
database-move-aside-failed = La base de données { $file } est endommagée et n'a pas pu être mise de côté dans { $to } : { $error }
database-backup-failed = Impossible de sauvegarder { $file } avant sa mise à jour : { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = La mise à jour de la base de données { $file } vers la version des données { $version } a échoué ; rien n'a donc été modifié : { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = La base de données { $file } est endommagée ({ $reason }). Elle a été déplacée dans { $moved_to } et conservée ; rien d'autre n'a été fait. Lancez Solewise pour commencer un nouvel historique, ou restaurez une sauvegarde depuis son écran Historique.
database-damaged-left-alone = La base de données { $file } est endommagée ({ $reason }). Elle a été laissée telle quelle, et rien n'y a été lu. Lancez Solewise (ou toute commande qui modifie les données) pour la mettre de côté et commencer un nouvel historique.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } n'est pas une base de données Solewise ({ $reason }). Le fichier n'a pas été modifié. Déplacez-le ailleurs, ou lancez Solewise avec --data-dir pointant vers un autre dossier.
database-folder-is-a-file = Le dossier des données { $folder } est un fichier, et non un dossier. Déplacez ce fichier ailleurs, ou indiquez un autre dossier avec --data-dir.
database-create-failed = Impossible de créer la base de données { $file } : { $error }
database-read-failed = Impossible de lire la base de données { $file } : { $error }
database-sqlite = Base de données { $file } : { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Votre base de données Solewise n'a pas pu être lue ({ $reason }). Elle a été déplacée dans { $moved_to } (rien n'a été supprimé) et une nouvelle base de données vide a été créée.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = c'est un dossier
database-reason-empty = le fichier est vide (0 octet)
# $version is a number found in the file.
database-reason-odd-version = sa version des données est { $version }, ce qu'aucun Solewise n'écrit
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = c'est une base de données SQLite avec d'autres tables ({ $tables }) et sans version des données Solewise
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = quick_check a trouvé : { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = Aucune sauvegarde nommée « { $name } » dans le dossier des sauvegardes.

## Finding the data folder.

store-no-data-folder = Impossible de trouver le dossier des données d'application de ce système (HOME est-il défini ?). Indiquez-en un avec --data-dir DIR.
# $folder is the path that was worked out.
store-data-folder-relative = Le dossier des données d'application serait « { $folder } », qui n'est pas un chemin absolu (vérifiez HOME et XDG_DATA_HOME). Indiquez-en un avec --data-dir DIR.

## Settings.

settings-weekly-goal-range = L'objectif hebdomadaire va de { $min } à { $max } séances.
# $day is what was sent.
settings-not-a-weekday = « { $day } » n'est pas un jour de la semaine.
settings-voice-rate-range = La vitesse de la voix va de -100 (la plus lente) à 100 (la plus rapide).
# $name is what was sent.
settings-not-a-voice = « { $name } » n'est pas un nom de voix.
settings-snooze-range = Le rappel peut être reporté de { $min } à { $max } minutes.
settings-grace-range = Le délai de tolérance va de 5 minutes à 24 heures.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = Impossible de lire le réglage de lancement à l'ouverture de session : { $error }
settings-autostart-on-failed = Impossible d'activer le lancement à l'ouverture de session : { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = Impossible d'activer le lancement à l'ouverture de session : reg.exe a refusé.
settings-autostart-no-home = Impossible d'activer le lancement à l'ouverture de session : il n'y a pas de dossier personnel (HOME n'est pas défini).
settings-autostart-on-file-failed = Impossible d'activer le lancement à l'ouverture de session ({ $file }) : { $error }
settings-autostart-off-failed = Impossible de désactiver le lancement à l'ouverture de session : { $error }
settings-autostart-off-refused = Impossible de désactiver le lancement à l'ouverture de session : reg.exe a refusé.
settings-autostart-off-file-failed = Impossible de désactiver le lancement à l'ouverture de session ({ $file }) : { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = « { $day } » n'est pas un jour : utilisez mon, tue, wed, thu, fri, sat ou sun
reminder-no-days = un rappel doit avoir au moins un jour
# $time is what was typed.
reminder-not-a-time = « { $time } » n'est pas une heure : utilisez le format 24 heures HH:MM, par exemple 20:00
reminder-label-too-long = un libellé fait au plus 80 caractères
# $char is the character's code, such as U+0007.
reminder-label-control-char = un libellé ne peut pas contenir le caractère de contrôle { $char }
# $id is the reminder's number.
reminder-not-found = il n'existe aucun rappel { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = Il n'existe aucune routine « { $routine } » à vous rappeler : choisissez-en une dans la liste, ou consultez `solewise routines list` pour les identifiants.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = Le rappel prévu à { $time } n'a pas pu être affiché : { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = « { $length } » n'est pas une durée : utilisez par exemple 2d, 12h ou 90m
# $days is the longest pause, in days.
schedule-pause-too-long = « { $length } » dépasse la pause la plus longue possible, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : lancez `solewise pause` sans --for pour suspendre jusqu'à `solewise resume`
schedule-pause-zero = « { $length } » ne fait aucune pause : indiquez au moins 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = « { $date } » n'est pas une date : utilisez AAAA-MM-JJ (YYYY-MM-DD)
schedule-pause-date-out-of-range = « { $date } » est hors limites : indiquez une date antérieure à 9999
schedule-pause-date-past = « { $date } » a déjà commencé : indiquez une date postérieure à aujourd'hui
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = Le fuseau horaire TZ="{ $tz }" est inconnu de ce système : les heures sont donc en UTC. Donnez à TZ un nom comme Europe/Paris, ou supprimez-la pour utiliser le réglage du système.

## Guided sessions.

session-stress-range = le stress se note de 1 à 10
# $routine is the routine id asked for.
session-no-routine = Il n'existe aucune routine « { $routine } ».
session-routine-gone = La routine « { $routine } » n'existe plus : la séance a donc été conservée comme partielle.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = Il n'existe aucune séance { $id } (elle a peut-être été supprimée).
# $value is the rating that was sent.
history-stress-before-range = le stress avant doit aller de 1 (calme) à 10 (très stressé), et non { $value }
history-stress-after-range = le stress après doit aller de 1 (calme) à 10 (très stressé), et non { $value }
history-note-too-long = la note dépasse { $max } caractères
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = Cette séance ne peut pas être restaurée : { $reason }.
history-already-there = La séance { $id } est déjà dans l'historique.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = l'heure de début doit avoir la forme 2026-11-24T20:00, et non « { $text } »
# $error is what the date library said.
history-start-time-error = l'heure de début : { $error }
history-logged-kind = une séance ajoutée à la main est un automassage, un massage par un partenaire ou par un professionnel
history-logged-minutes = une séance dure de 1 à 600 minutes, et non { $minutes }
history-logged-title = donnez à la séance un nom de 80 caractères au plus
history-logged-future = cette heure de début est dans le futur : ajoutez les séances une fois qu'elles ont eu lieu
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } doit être une date comme 2026-11-24, et non « { $date } »
history-filter-date-error = { $field } : { $error }
history-page-marker = ce marqueur de page n'a pas été créé par Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = « { $zone } » n'est pas une zone du pied (une zone commence par left- ou right- suivi de l'un de ces mots : { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = la zone { $zone } a reçu la note { $rating } ; les notes vont de 0 à { $max }
history-zone-rated-twice = la zone { $zone } est notée deux fois
history-zone-left-toes = Orteils gauches
history-zone-left-ball = Avant-pied gauche
history-zone-left-arch = Voûte plantaire gauche
history-zone-left-heel = Talon gauche
history-zone-left-top = Dessus du pied gauche
history-zone-left-ankle = Cheville gauche
history-zone-left-achilles = Tendon d'Achille gauche
history-zone-left-calf = Mollet gauche
history-zone-right-toes = Orteils droits
history-zone-right-ball = Avant-pied droit
history-zone-right-arch = Voûte plantaire droite
history-zone-right-heel = Talon droit
history-zone-right-top = Dessus du pied droit
history-zone-right-ankle = Cheville droite
history-zone-right-achilles = Tendon d'Achille droit
history-zone-right-calf = Mollet droit

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = Cette semaine : { $done } sur { $goal ->
        [one] { $goal } séance
       *[other] { $goal } séances
    } ({ $met ->
        [yes] objectif atteint
       *[no] objectif pas encore atteint
    } ; les semaines commencent le { $first_day ->
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
        [sunday] dimanche
       *[monday] lundi
    })
# $current and $best are numbers of weeks.
history-stats-streak = Série : { $current ->
        [one] { $current } semaine
       *[other] { $current } semaines
    } d'affilée à atteindre l'objectif (record : { $best ->
        [one] { $best } semaine
       *[other] { $best } semaines
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Minutes : { $week } cette semaine, { $month } ce mois-ci, { $all } au total, en { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }
history-stats-stress-none = Stress : aucune séance notée avant et après pour l'instant
history-stats-stress-same = Stress : pas de changement en moyenne après une séance
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Stress : en baisse de { $points ->
        [one] { $points } point
       *[other] { $points } points
    } en moyenne après une séance
history-stats-stress-up = Stress : en hausse de { $points ->
        [one] { $points } point
       *[other] { $points } points
    } en moyenne après une séance
history-stats-zones = Zones des pieds, les douze dernières semaines :
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone } : { $ratings ->
        [one] { $ratings } note
       *[other] { $ratings } notes
    }, { $average } en moyenne la semaine du { $week }, { $trend ->
        [down] en baisse de { $change } depuis le premier mois
        [up] en hausse de { $change } depuis le premier mois
        [same] pas de changement depuis le premier mois
       *[unknown] pas encore d'évolution à signaler
    }{ $high ->
        [yes] { " " }(7 ou plus depuis deux semaines : l'avis d'un professionnel serait utile)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file } : { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = ce n'est pas du texte UTF-8 (octet invalide à la position { $offset }) : ce n'est donc pas un export Solewise
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = ce n'est pas un export de l'historique Solewise (ligne { $line }, colonne { $column } : { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = ce n'est pas un export de l'historique Solewise (ligne { $line }, colonne { $column } : { $field } : { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = le format de ce fichier est « { $format } », et non « { $expected } »
import-version-zero = la version de ce fichier est 0 ; les exports Solewise commencent à la version 1
# $text is what the file holds.
import-bad-exported-at = la valeur exported_at « { $text } » de ce fichier n'est pas une date et heure comme 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = cet export a été créé par une version plus récente de Solewise (version { $version } ; celle-ci lit jusqu'à la version { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = séance { $number } : { $reason }
import-session-problem-id = séance { $number } (id { $id }) : { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = séance { $number } (id { $id }) : la séance { $first } a le même id mais un autre contenu
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    rien n'a été importé : { $count ->
        [one] { $count } séance n'est pas valide
       *[other] { $count } séances ne sont pas valides
    } :
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field } : { $error }
import-session-text-too-long = son champ { $field } fait { $length } caractères ; le maximum est { $max }
import-session-text-control-char = son champ { $field } contient le caractère de contrôle { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = la technique de son étape { $number } fait { $length } caractères ; le maximum est { $max }
import-session-step-technique-control-char = la technique de son étape { $number } contient le caractère de contrôle { $char }
# $text is what the file holds.
import-session-bad-time = { $field } « { $text } » n'est pas une date et heure comme 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } est antérieur à l'an 2000
import-session-in-future = { $field } { $text } est dans le futur
import-session-bad-id = son id « { $id } » n'a pas été créé par Solewise (ce n'est pas un UUID)
import-session-ends-before-start = elle se termine (ended_at) avant de commencer (started_at)
import-session-in-progress = son statut est in_progress : elle est encore en cours
import-session-stress-range = { $field } doit aller de 1 à 10
import-session-no-title = son titre est vide
import-session-bad-routine-id = son routine_id « { $routine } » n'est pas un id de routine (des mots en minuscules reliés par des tirets, 48 caractères au plus)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = son champ { $field } vaut { $value } ; une séance dure au plus { $max } secondes (une journée)
import-session-too-many-steps = elle a { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    } ; une séance en a au plus { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = ses valeurs steps_total { $total } et steps_done { $done } ne correspondent pas à sa liste de { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    }, dont { $count_done } effectuées
# $position is the position the file gives the step.
import-session-step-order = ses étapes sont dans le désordre à l'étape { $number } (position { $position })
import-session-step-seconds = l'étape { $number } dure { $seconds } secondes ; une étape dure de { $min } à { $max } secondes
import-session-step-no-technique = l'étape { $number } n'indique aucune technique
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = ses zones en début de séance : { $reason }
import-session-zones-after = ses zones en fin de séance : { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } est la base de données ou une sauvegarde de Solewise : choisissez un autre fichier pour l'export
export-write-failed = impossible d'écrire { $file } : { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = séance { $id } ({ $column }) : des octets qui ne sont pas de l'UTF-8 ont été exportés sous forme de caractères de remplacement
# $id is the routine id asked for.
export-no-such-routine = Il n'existe aucune routine « { $id } ».

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = impossible de le lire : { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = c'est { $kind ->
        [fifo] un tube nommé (FIFO)
        [device] un périphérique
        [socket] un socket
        [folder] un dossier
       *[other] un fichier spécial
    }, et non un fichier ordinaire : ce ne peut donc pas être { $what ->
        [routine] un fichier de routine
       *[history-export] un export de l'historique Solewise
    }
# $max is the largest size allowed, in bytes.
input-too-large = il dépasse { $max } octets, la taille maximale d'{ $what ->
        [routine] un fichier de routine
       *[history-export] un export de l'historique Solewise
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = impossible de lire le dossier de vos routines : { $error }
routine-file-folder-unreadable = impossible de lire le dossier : { $error }
routine-file-not-utf8 = ce n'est pas du texte UTF-8 : est-ce vraiment un fichier de routine ?
# $file is the file's path.
routine-file-io = { $file } : { $error }
routine-file-not-custom = Il n'existe aucune routine personnelle « { $id } » (les routines intégrées ne peuvent être ni modifiées ni supprimées ; dupliquez-en une à la place).
# $title is the title of the routine that has the id.
routine-file-id-taken = Une routine avec l'id « { $id } » existe déjà ({ $title }). Choisissez un autre titre ou un autre id.
routine-file-new-id-invalid = l'id « { $id } » doit être fait de lettres minuscules et de chiffres séparés par des tirets simples
routine-file-shadows-built-in = l'id de routine « { $id } » est celui d'une routine intégrée, Solewise ignorerait donc ce fichier : choisissez un autre id
routine-file-not-toml = impossible de l'écrire en TOML : { $error }
routine-file-id-invalid = l'id « { $id } » doit être fait de lettres minuscules et de chiffres séparés par des tirets simples (comme 'heel-circles'), 48 caractères au plus
# $stem is the file's name without .toml.
routine-file-id-not-file-name = l'id « { $id } » ne correspond pas au nom du fichier : renommez le fichier en { $id }.toml ou indiquez id = "{ $stem }"
routine-file-text-empty = { $field } est vide
routine-file-text-too-long = { $field } fait { $length } caractères ; restez sous { $max }
routine-file-control-char = { $field } contient le caractère de contrôle { $char } ; supprimez-le
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals est vide : indiquez au moins l'une de ces valeurs : circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = goals indique deux fois le même objectif
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } contient { $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    } ; { $max } au plus
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field } : « { $item } » doit faire de 1 à { $max } caractères
routine-file-summary-too-long = summary dépasse { $max } caractères
routine-file-no-steps = une routine doit avoir au moins une entrée [[steps]]
routine-file-too-many-steps = { $count ->
        [one] { $count } étape, c'est trop
       *[other] { $count } étapes, c'est trop
    } ; { $max } au plus
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = l'étape { $number } indique la technique « { $technique } », qui n'existe pas
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = l'étape { $number } indique la technique « { $technique } », qui n'existe pas (vouliez-vous dire « { $near } » ?)
routine-file-step-seconds = l'étape { $number } dure { $seconds } secondes ; une étape dure de { $min } à { $max } secondes
routine-file-cue-control-char = la consigne de l'étape { $number } contient le caractère de contrôle { $char } ; supprimez-le
routine-file-cue-too-long = la consigne de l'étape { $number } dépasse { $max } caractères
routine-file-too-long = les étapes totalisent { $minutes } minutes ; une routine dure au plus { $max } minutes
# $first is the file that has the id already.
routine-file-id-used = l'id de routine « { $id } » est déjà utilisé par { $first } ; ce fichier a été ignoré
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds vaut { $seconds } ; une technique dure de { $min } à { $max } secondes
# $name is the file name given.
technique-file-illustration = l'illustration « { $name } » doit être un nom de fichier se terminant par .svg, sans dossier
technique-file-no-steps = steps doit contenir au moins une instruction, et aucune ne doit être vide
technique-file-needs-tradition = une technique traditionnelle doit avoir une ligne 'tradition' qui indique d'où elle vient
technique-file-tradition-not-traditional = tradition est réservé aux techniques avec category = "traditional"
technique-file-id-taken = l'id de technique « { $id } » est déjà utilisé par { $first } ; ce fichier a été ignoré
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = une page a un seul titre '# ' ; utilisez '## ' pour les intertitres
page-file-no-title = une page doit commencer par un titre '# '

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = un programme doit avoir au moins une entrée [[weeks]]
programme-file-too-many-weeks = { $count ->
        [one] { $count } semaine, c'est trop
       *[other] { $count } semaines, c'est trop
    } ; { $max } au plus
# $week is the week's place (1 for the first).
programme-file-week-empty = la semaine { $week } n'a aucune séance : indiquez au moins une routine
programme-file-week-too-many = la semaine { $week } a { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    } ; { $max } au plus
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = semaine { $week }, la séance { $session } indique la routine « { $routine } », qui n'existe pas
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = semaine { $week }, la séance { $session } indique la routine « { $routine } », qui n'existe pas (vouliez-vous dire « { $near } » ?)
programme-file-note-empty = la note de la semaine { $week } est vide
programme-file-note-too-long = la note de la semaine { $week } fait { $length } caractères ; restez sous { $max }
programme-file-note-control-char = la note de la semaine { $week } contient le caractère de contrôle { $char } ; supprimez-le
programme-file-id-taken = l'id de programme « { $id } » est déjà utilisé par { $first } ; ce fichier a été ignoré
# $id is the programme id asked for.
programme-not-found = Il n'existe aucun programme « { $id } ».
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · semaine { $week }, séance { $session } sur { $sessions }
programme-progress-complete = { $title } · terminé

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = Le programme d'arrière-plan de Solewise n'est pas en cours d'exécution (personne n'écoute sur { $endpoint }).
ipc-no-answer = Le programme d'arrière-plan de Solewise n'a pas répondu en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = Le programme d'arrière-plan de Solewise utilise le protocole { $theirs } (version { $version }) ; ce programme-ci utilise le { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = Le programme d'arrière-plan de Solewise a envoyé quelque chose qui n'est pas un message : { $error }
ipc-connection-failed = La connexion au programme d'arrière-plan de Solewise a échoué : { $error }
ipc-message-too-long = un message de plus de { $max } octets
ipc-message-not-utf8 = un message qui n'est pas en UTF-8
ipc-connection-closed = la connexion s'est fermée
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = ce n'est pas un message Solewise : { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = commencez par dire bonjour (hello) avec le protocole { $protocol }
ipc-endpoint-taken = un démon Solewise écoute déjà sur { $endpoint }
ipc-daemon-no-answer = le démon de la zone de notification n'a pas répondu : { $error }
ipc-daemon-not-installed = le démon de la zone de notification n'est pas installé ici : les rappels attendent
# $program is the daemon program's path.
ipc-daemon-start-failed = impossible de lancer le démon de la zone de notification { $program } : { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = le démon de la zone de notification n'a pas démarré ; consultez { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = Aucun service de synthèse vocale n'est actif (Speech Dispatcher n'est pas installé ou n'a pas démarré : { $detail }).
speech-stopped-answering = Le service de synthèse vocale ne répond plus : { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = Le service de synthèse vocale a refusé « { $command } » : { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR n'est pas défini
# $socket is where the service was looked for.
speech-socket-error = { $socket } : { $error }
speech-unreadable-answer = sa réponse à « { $command } » n'a pas pu être lue
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = aucune réponse en { $seconds } s
# $code is the service's answer code, a number.
speech-answer-coded = une réponse de code { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = non envoyé : la valeur doit tenir en { $spaces ->
        [yes] une seule ligne
       *[no] un seul mot
    }, sans caractère de contrôle

## Keeping history in step through a synced folder

sync-line-not-json = cette ligne n'est pas un enregistrement de modification : { $error }
sync-line-bad-clock = l'horodatage « { $clock } » n'est pas de ceux qu'écrit Solewise
sync-line-other-device = l'enregistrement indique qu'il a été écrit par l'ordinateur { $device }, et non par celui dans le dossier duquel il se trouve
sync-line-unknown-field = le champ « { $field } » n'existe pas dans une séance
sync-session-refused = la séance { $id } venue d'un autre ordinateur n'a pas été ajoutée : { $reason }
sync-this-computer = Cet ordinateur
sync-folder-missing = Le dossier de synchronisation { $folder } est introuvable (disque non branché, ou dossier déplacé ?). Les modifications faites ici attendront qu'il soit de retour.
sync-folder-unwritable = Solewise ne peut pas écrire dans le dossier de synchronisation { $folder } : { $error }. Les modifications faites ici attendront que ce soit possible.
sync-folder-unreadable = Solewise ne peut pas lire le dossier de synchronisation { $folder } : { $error }
sync-name-invalid = Le nom d'un ordinateur doit compter de 1 à { $max } caractères, sur une seule ligne.
sync-is-off = La synchronisation est désactivée : activez-la d'abord avec un dossier (solewise sync set DOSSIER, ou Paramètres → Synchronisation).
sync-device-shared = Un autre ordinateur écrivait sous l'id de synchronisation de cet ordinateur (ce dossier des données a-t-il été copié depuis celui-ci ?). Cet ordinateur a maintenant son propre id ; rien de ce que l'un ou l'autre a écrit n'est perdu.
sync-file-newer = { $file } a été écrit par une version plus récente de Solewise : mettez Solewise à jour sur cet ordinateur pour tout fusionner.
sync-line-bad-id = « { $id } » ne correspond à rien de ce que Solewise synchronise
sync-routine-refused = la routine { $id } venue d'un autre ordinateur n'a pas été enregistrée : { $reason }
sync-encrypted = Les fichiers du dossier de synchronisation sont chiffrés avec une phrase secrète. Saisissez la même phrase secrète sur cet ordinateur (Paramètres → Synchronisation, ou solewise sync passphrase) pour les fusionner ; d'ici là, rien ne change ici et rien n'est écrit dans le dossier.
sync-passphrase-wrong = Les fichiers que { $computer } a écrits dans le dossier de synchronisation ne s'ouvrent pas avec la phrase secrète de cet ordinateur. Saisissez la même phrase secrète sur les deux ordinateurs ; d'ici là, les fichiers attendront.
sync-file-unreadable = { $file } ne peut pas encore être ouvert ({ $error }) : il n'est peut-être pas encore arrivé en entier. Il sera relu à la prochaine synchronisation.
sync-passphrase-invalid = Une phrase secrète doit compter au moins { $min } caractères, sur une seule ligne.
