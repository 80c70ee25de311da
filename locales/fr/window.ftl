# Les mots de la fenêtre (l'interface Svelte dans ui/src) : chaque libellé, bouton, titre,
# message et phrase prononcée de la fenêtre de Solewise. Les titres, étapes et pages des
# techniques et des routines ne sont pas ici : le backend les envoie déjà traduits.
#
# Pour les traducteurs :
# - Les variables s'écrivent { $comme_ceci } : gardez-les, placez-les où la grammaire le veut.
#   Les nombres ({ $count }, { $minutes } …) sont écrits à la manière de votre langue ;
#   sélectionnez sur eux pour les formes du pluriel : { $count -> [one] … *[other] … }.
# - Quelques messages marquent des mots avec <strong>…</strong> ou <code>…</code> : gardez
#   les balises autour des mots de même sens dans votre langue. Aucune autre balise n'est affichée.
# - { -brand-name } est le nom de l'application : ne le traduisez jamais.
# - Ce qui est entre guillemets dans des accolades, comme { "espeak-ng" }, est un nom de programme : gardez-le.

-brand-name = Solewise

## The window as a whole (App.svelte)

# The window's title (title bar, task bar, window list).
app-title = { -brand-name }
# The app's name where it stands alone: beside the logo, on the About page, on a printed card.
app-name = { -brand-name }
app-could-not-start = { -brand-name } n'a pas pu démarrer
app-database-error = Impossible d'ouvrir vos données
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Dossier des données : <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = Impossible de charger cet écran : { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = Il n'existe aucune routine « { $id } ».
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = À suivre : { $title } commencera à la fin de cette séance.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    Votre séance <strong>{ $title }</strong> a été interrompue ({ $done ->
        [one] { $done } étape effectuée
       *[other] { $done } étapes effectuées
    } sur { $total }). La reprendre là où elle s'était arrêtée ?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Garder comme partielle

## Words used on several screens

common-cancel = Annuler
common-close = Fermer
common-delete = Supprimer
common-dismiss = Ignorer
common-edit = Modifier
common-loading = Chargement…
common-note = Note
# After the name of a field that may be left empty.
common-optional = (facultatif)
common-pause = Pause
common-resume = Reprendre
common-save = Enregistrer
common-saved = Enregistré.
common-skip = Passer
common-start = Commencer
# Heading of a technique's or a step's cautions.
common-take-care = Précautions
common-version = Version
common-your-data = Vos données
common-data-folder = Dossier des données
common-database = Base de données
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>À prévoir :</strong> { $needs }.

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
goal-stress = Anti-stress
goal-flexibility = Souplesse
goal-sleep = Sommeil
goal-recovery = Récupération

## The part of the foot or leg a technique works

area-whole-foot = Pied entier
area-heel = Talon
area-arch = Voûte plantaire
area-ball = Avant-pied
area-toes = Orteils
area-top = Dessus du pied
area-ankle = Cheville
area-achilles = Tendon d'Achille
area-calf = Mollet
area-sole = Plante du pied

## The groups of techniques on the Guides screen

category-preparation = Se préparer
category-sequence = L'enchaînement principal
category-library = Autres techniques
category-traditional = Techniques traditionnelles

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = Sans pression
pressure-stretch = Étirement doux
pressure-light = Pression légère
pressure-medium = Pression moyenne
pressure-firm = Pression ferme
pressure-feel-none = rien n'est pressé : les pieds se reposent, trempent dans l'eau ou sont simplement tenus
    .sentence = Rien n'est pressé : les pieds se reposent, trempent dans l'eau ou sont simplement tenus.
pressure-feel-stretch = une légère traction, maintenue ou faite lentement, sans appuyer et sans à-coups
    .sentence = Une légère traction, maintenue ou faite lentement, sans appuyer et sans à-coups.
pressure-feel-light = glisse sur la peau et ne fait bouger que la peau, comme pour étaler de l'huile
    .sentence = Glisse sur la peau et ne fait bouger que la peau, comme pour étaler de l'huile.
pressure-feel-medium = s'enfonce dans le muscle, régulière et confortable, jamais vive
    .sentence = S'enfonce dans le muscle, régulière et confortable, jamais vive.
pressure-feel-firm = autant que c'est agréable, sans jamais aller jusqu'à la douleur
    .sentence = Autant que c'est agréable, sans jamais aller jusqu'à la douleur.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Pied gauche
    .phrase = pied gauche
foot-right = Pied droit
    .phrase = pied droit
foot-both = Les deux pieds
    .phrase = les deux pieds

## Kinds of session in the history

kind-guided = Guidée
kind-self = Automassage
kind-partner = Par un partenaire
kind-professional = Professionnel

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.
## In French, the sentence form carries its article ("le talon gauche").

zone-left-toes = les orteils gauches
    .label = Orteils gauches
zone-left-ball = l'avant-pied gauche
    .label = Avant-pied gauche
zone-left-arch = la voûte plantaire gauche
    .label = Voûte plantaire gauche
zone-left-heel = le talon gauche
    .label = Talon gauche
zone-left-top = le dessus du pied gauche
    .label = Dessus du pied gauche
zone-left-ankle = la cheville gauche
    .label = Cheville gauche
zone-left-achilles = le tendon d'Achille gauche
    .label = Tendon d'Achille gauche
zone-left-calf = le mollet gauche
    .label = Mollet gauche
zone-right-toes = les orteils droits
    .label = Orteils droits
zone-right-ball = l'avant-pied droit
    .label = Avant-pied droit
zone-right-arch = la voûte plantaire droite
    .label = Voûte plantaire droite
zone-right-heel = le talon droit
    .label = Talon droit
zone-right-top = le dessus du pied droit
    .label = Dessus du pied droit
zone-right-ankle = la cheville droite
    .label = Cheville droite
zone-right-achilles = le tendon d'Achille droit
    .label = Tendon d'Achille droit
zone-right-calf = le mollet droit
    .label = Mollet droit
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = orteils
zone-part-ball = avant-pied
zone-part-arch = voûte
zone-part-heel = talon
zone-part-top = dessus
zone-part-ankle = cheville
zone-part-achilles = Achille
zone-part-calf = mollet
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Navigation principale
nav-guides = Guides
    .hint = Techniques illustrées
nav-routines = Routines
    .hint = Séances avec minuteur
nav-history = Historique
    .hint = Séances passées et objectifs
nav-reminders = Rappels
    .hint = Quand { -brand-name } vous fait signe
nav-settings = Paramètres
    .hint = Notifications et données
nav-about = À propos de { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Raccourcis clavier

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Raccourcis clavier
shortcuts-anywhere = Partout
shortcuts-toggle = Afficher ou masquer cette liste
shortcuts-key-tab = Tab / Maj+Tab
shortcuts-move = Passer d'une commande à l'autre
shortcuts-key-enter-space = Entrée / Espace
shortcuts-press = Activer le bouton sélectionné
shortcuts-player = Pendant la séance (où que soit le focus ; les pédales et télécommandes envoient ces touches)
shortcuts-key-space-enter = Espace / Entrée
shortcuts-pause = Mettre en pause ou reprendre
shortcuts-key-next = → / Pg suiv
shortcuts-next = Passer à l'étape suivante
shortcuts-key-previous = ← / Pg préc
shortcuts-previous = Revenir à l'étape précédente
shortcuts-key-escape = Échap
shortcuts-end = Terminer la séance (avec confirmation)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] Un fichier a été ignoré.
       *[other] { $count } fichiers ont été ignorés.
    }</strong> Tout le reste a été chargé.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code> : { $message }

## The Guides screen

guides-title = Guides
guides-lead = Des techniques pas à pas pour vos talons, vos voûtes plantaires, l'avant-pied et vos orteils.
guides-needs-title = De quoi avez-vous besoin aujourd'hui ?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Avant de dormir
guides-need-after-sport = Après le sport
guides-need-before-run = Avant une course
guides-need-long-day = Une longue journée debout
guides-need-morning-heel = Douleur au talon le matin
guides-need-desk = Une pause au bureau
guides-need-three-minutes = Trois minutes
guides-need-pregnancy = En douceur, pendant la grossesse
guides-need-no-bend = Sans se pencher
guides-need-toes = Des orteils plus forts
guides-need-twice-weekly = La séance complète, deux fois par semaine
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Avant de commencer
guides-pressure-title = Quelle pression exercer : de aucune à ferme
guides-pressure-note = Chaque guide indique celle dont il a besoin. La douleur est toujours un signal pour alléger.
guides-search = Rechercher
    .placeholder = douleur au talon, bureau, un nom…
guides-goal = Objectif
guides-goal-any = Tous les objectifs
guides-area = Zone
guides-area-any = Toutes les zones
# The filter by how long a technique takes.
guides-length = Durée
guides-length-any = Toutes les durées
guides-length-short = Jusqu'à 1 minute
guides-length-medium = De 1 à 3 minutes
guides-length-long = Plus de 3 minutes
guides-clear-filters = Effacer les filtres
guides-technique-count =
    { $count ->
        [one] { $count } technique
       *[other] { $count } techniques
    }
# How many techniques the filters leave: "12 of 26 techniques".
guides-technique-count-filtered =
    { $shown } sur { $count ->
        [one] { $count } technique
       *[other] { $count } techniques
    }
# Heading of the routines the search found.
guides-found-routines = Routines
guides-empty-title = Aucune technique ne correspond
guides-empty = Essayez avec moins de filtres ou un autre mot.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = Tous les guides

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = À propos de cette technique
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }</strong> : { $feels }.
technique-no-drawing = Illustration non disponible
technique-how-to = Comment faire
# The name (for screen readers) of the technique's own timer.
technique-timer = Minuteur pour { $title }
technique-feel = Ce que vous devez ressentir
technique-tradition = D'où elle vient

## The timer on a technique's page

timer-label = Minuteur
timer-start = Démarrer le minuteur
timer-reset = Réinitialiser
timer-done = C'est terminé. Bravo.

## The player's check-in, before the first step

checkin-title = Avant de commencer
checkin-stress = Quel est votre niveau de stress en ce moment ?
checkin-foot-map = Une zone douloureuse ? Notez-la sur la carte des pieds
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Abstenez-vous aujourd'hui si…
checkin-skip-fever = vous avez de la fièvre ou ne vous sentez pas bien ;
checkin-skip-wound = vous avez une plaie ouverte, une ampoule ou une infection au pied ;
checkin-skip-hot = un pied est chaud, rouge ou gonflé ;
checkin-skip-calf = un mollet est douloureux et gonflé : consultez un médecin aujourd'hui, et appelez les urgences si vous êtes essoufflé ou avez mal à la poitrine.
checkin-safety = Quand s'abstenir, et quand consulter un médecin
checkin-begin = Commencer
checkin-skip-and-begin = Passer et commencer
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } : calme
stress-scale-stressed = { $level } : très stressé

## The player's check-out, after the last step

checkout-well-done = Bravo
checkout-saved = Séance enregistrée
checkout-summary =
    { $duration } de massage, { $done ->
        [one] { $done } étape
       *[other] { $done } étapes
    } sur { $total }.
checkout-summary-partial =
    { $duration } de massage, { $done ->
        [one] { $done } étape
       *[other] { $done } étapes
    } sur { $total }, enregistrée comme partielle.
checkout-stress = Quel est votre niveau de stress maintenant ?
checkout-foot-map = Et les zones douloureuses, comment vont-elles maintenant ?
checkout-note-placeholder = Comment ça s'est passé ? Quelque chose à retenir pour la prochaine fois ?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (facultatif)
       *[other] (facultatif, { $rated } notées)
    }
footmap-how = Touchez une zone, puis indiquez sa douleur : 0 pour aucune, 10 pour la pire.
footmap-same-as-last = Comme la dernière fois
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone } : non notée
footmap-zone-rated = { $zone } : { $rating } sur 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = Quel niveau de douleur dans { $zone } ?
footmap-clear = Effacer

## The player: the steps of a session

player-progress = Progression de la routine
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Étape { $number } sur { $total } · { $left } restantes en tout
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Montré ici pour le pied droit.
player-up-next = À suivre : { $title } · { $foot } · { $duration }
player-last-step = Dernière étape
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Aujourd'hui, ménagez { $zone } : vous y avez noté une douleur de { $rating } sur 10 en début de séance.
player-sore-leave-out = Aujourd'hui, appuyez très légèrement sur { $zone }, ou évitez cette zone : vous y avez noté une douleur de { $rating } sur 10 en début de séance.
# Said by screen readers as each step starts.
player-announce-step = Étape { $number } sur { $total } : { $title }, { $foot }
player-confirm-end =
    Terminer la séance maintenant ? Elle sera enregistrée comme partielle, avec { $done ->
        [one] { $done } étape effectuée
       *[other] { $done } étapes effectuées
    } jusqu'ici.
player-end-and-save = Terminer et enregistrer
player-keep-going = Continuer
player-controls = Commandes de la séance
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Précédente
player-restart-step = Recommencer l'étape
player-skip = Passer
player-end = Terminer
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Espace ou Entrée : pause · ← précédente · → passer · Échap : terminer (une pédale ou une télécommande fonctionne aussi)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Attention : { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Passez au pied gauche.
       *[right] Passez au pied droit.
    }
voice-finished = La routine est terminée. Bravo.
# Said half-way through a long step.
voice-half-way = À mi-chemin. Continuez.
voice-no-service = Le guidage vocal est activé, mais aucun service de synthèse vocale n'a été trouvé. Le carillon marque toujours chaque étape.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = Le guidage vocal est activé, mais la voix n'est pas disponible : { $problem } Le carillon marque toujours chaque étape.
voice-unavailable = Le guidage vocal n'est pas disponible : { $error }
voice-stopped = Le guidage vocal s'est arrêté : { $error } Le carillon marque toujours chaque étape.
voice-title = Guidage vocal
voice-speak-steps = Annoncer chaque étape à voix haute : son nom, le pied et la consigne, « mi-chemin » dans les étapes longues, et le changement de pied quand il arrive
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    Aucun service de synthèse vocale n'a répondu sur cet ordinateur, la séance ne peut donc pas être lue à voix haute : { $problem }
    Sous Debian ou Ubuntu, installez <code>{ "speech-dispatcher" }</code> et <code>{ "espeak-ng" }</code>. En attendant, le carillon marque chaque étape.
voice-no-language-voice = Aucune voix de cet ordinateur ne parle { $language }, les étapes ne seront donc pas lues à voix haute : Solewise ne les lit jamais avec une voix d'une autre langue. Installez-en une (espeak-ng propose une voix pour { $language }), puis rouvrez les Paramètres.
voice-voice = Voix
voice-default = Voix par défaut du système
voice-speed = Vitesse
voice-speed-normal = Normale
voice-speed-slower = Plus lente
voice-speed-faster = Plus rapide
voice-sample = Écouter un extrait
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = Voici comment la séance vous guide.
voice-sample-step = Cercles sur le talon. Pied gauche. On commence par le talon.
voice-looking = Recherche du service de synthèse vocale…

## The History screen: the sessions

history-title = Historique
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = Vues de l'historique
history-tab-sessions = Séances
history-tab-insights = Bilan
history-logged = Séance ajoutée.
history-exported = Exporté dans { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Séance guidée
history-title-self = Automassage
history-title-partner = Massage par mon partenaire
history-title-professional = Massage professionnel
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Stress { $before } → { $after }
    .title = Stress avant → après (1 calme, 10 très stressé)
history-deleted = « { $title } » supprimée.
history-undo = Annuler
history-import-summary = <strong>Import terminé :</strong> { $added } ajoutées, { $skipped } déjà présentes, { $rejected } refusées.
# The button back from a session to the list (after an arrow).
history-back = Toutes les séances
# Said of a session that was ended before its last step.
history-partial = partielle
history-completed = terminée
history-steps-of =
    { $done ->
        [one] { $done } étape
       *[other] { $done } étapes
    } sur { $total }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } étape
       *[other] { $done }/{ $total } étapes
    }
history-zones-before = Zones douloureuses en début de séance
history-zones-after = En fin de séance
history-stress-before = Stress avant
history-stress-after = Stress après
history-not-rated = Non noté
history-therapist = Praticien
history-save-changes = Enregistrer les modifications
history-log-title = Ajouter une séance
history-log-kind = Type
history-log-kind-professional = Massage professionnel
history-log-when = Date
history-log-minutes = Minutes
history-log-name = Nom
history-routine = Routine
history-log-no-routine = Aucune
history-export-csv = Exporter en CSV…
history-export-json = Exporter en JSON…
history-import = Importer…
history-all-routines = Toutes les routines
history-kind = Type
history-all-kinds = Tous les types
# The first and last day of the sessions shown.
history-from = Du
history-to = Au
history-session-count =
    { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
history-empty-title = Aucune séance pour l'instant
history-empty = Suivez une routine depuis l'écran { nav-routines } : elle est enregistrée ici au fur et à mesure. Vous pouvez aussi ajouter une séance faite sans l'application.
history-older = Afficher les séances plus anciennes

## The History screen: insights

insights-this-week = Cette semaine
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } sur { $goal }
insights-weekly-goal = Objectif hebdomadaire
insights-goal-met = Objectif atteint. Bravo !
# Sessions still to do this week.
insights-to-go = encore { $count } à faire
insights-streak = Série
insights-weeks =
    { $count ->
        [one] { $count } semaine
       *[other] { $count } semaines
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = d'affilée à atteindre votre objectif · record : { $best }
insights-first-session = Votre première séance
insights-good-start = Un bon début
insights-streak-begin =
    { $goal ->
        [one] { $goal } séance dans une semaine lance une série.
       *[other] { $goal } séances dans une semaine lancent une série.
    }
insights-streak-begin-well-done =
    Bravo. { $goal ->
        [one] { $goal } séance dans une semaine lance une série.
       *[other] { $goal } séances dans une semaine lancent une série.
    }
insights-best-so-far =
    Record actuel : { $count ->
        [one] { $count } semaine
       *[other] { $count } semaines
    }.
insights-streak-empty = Les semaines consécutives où vous atteignez votre objectif s'affichent ici.
insights-minutes = Minutes
# Under the minutes of massage this week.
insights-minutes-detail = cette semaine, pour les mêmes séances que l'objectif · { $month } ce mois-ci · { $all } au total
insights-stress = Stress
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    en baisse de { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
insights-stress-up =
    en hausse de { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
insights-stress-same = pas de changement
insights-stress-none = Notez votre stress avant et après une séance pour voir l'évolution.
insights-stress-detail = en moyenne, après une séance par rapport à avant
insights-year = Les 12 derniers mois
# The calendar of sessions, for screen readers.
insights-heatmap = Séances par jour sur les 12 derniers mois : { $count } au total
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date } : { $count ->
        [0] aucune séance
        [one] { $count } séance
       *[other] { $count } séances
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = Aucune séance
insights-legend-most = { $count } ou plus par jour
insights-stress-title = Stress avant et après
insights-stress-chart = Stress avant et après chaque séance notée
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = avant
insights-legend-after = après
insights-legend-dates = du { $first } au { $last }
insights-stress-empty = Notez votre stress avant et après une séance pour le voir ici.
insights-top-routines = Routines les plus suivies
insights-top-techniques = Techniques les plus utilisées
insights-none-yet = Aucune pour l'instant.
insights-steps =
    { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    }

## The History screen: the foot zones' trends

zones-title = Zones des pieds
zones-period = Les douze dernières semaines
zones-empty = Notez les zones douloureuses sur la carte des pieds en début de séance ; une zone notée trois fois affiche ici son évolution.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Depuis deux semaines, la douleur dans { $zone } reste à { $rating } ou plus. Une douleur qui dure mérite l'avis d'un professionnel.
zones-see-someone = Quand consulter
zones-ratings =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = l'évolution s'affiche au bout d'un mois
zones-change-none = pas de changement depuis le premier mois
zones-change-down = en baisse de { $size } depuis le premier mois
zones-change-up = en hausse de { $size } depuis le premier mois
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, moyenne hebdomadaire : { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Rappels
reminders-lead = { -brand-name } vous fait signe quand c'est l'heure d'une séance, depuis la zone de notification, même quand sa fenêtre est fermée.
reminders-days = Jours
reminders-time = Heure
reminders-routine = Routine
# A reminder's own text, shown in its notification.
reminders-label = Libellé
# The notification's text when a reminder has no label of its own.
reminders-default-label = C'est l'heure de votre massage des pieds
# The checkbox that turns a reminder on.
reminders-on = Activé
reminders-also-autostart = Lancer aussi { -brand-name } dans la zone de notification à l'ouverture de ma session
reminders-offer-title = Un rappel deux fois par semaine ?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Un quart d'heure deux fois par semaine, et vos pieds vous diront merci. { -brand-name } vous suggère { $days }, à { $time } ; choisissez les jours et l'heure qui vous conviennent.
reminders-offer-accept = Choisir les jours et l'heure
reminders-offer-dismiss = Pas maintenant
reminders-paused-forever = <strong>Les rappels sont en pause</strong> jusqu'à ce que vous les réactiviez.
# $until is a day and time.
reminders-paused-until = <strong>Les rappels sont en pause</strong> jusqu'à { $until }.
reminders-resume = Reprendre les rappels
reminders-next = Prochain rappel : { $when }
reminders-none = Aucun rappel programmé.
reminders-pause-today = Suspendre pour aujourd'hui
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Suspendre pendant
    .input = Nombre de jours de pause
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] jour
       *[other] jours
    }
reminders-pause-until-resumed = Suspendre jusqu'à ce que je les réactive
reminders-new = Nouveau rappel
reminders-add = Ajouter le rappel
reminders-edit-title = Modifier le rappel
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } à { $time }
reminders-rule-off = { $days } à { $time } (désactivé)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Prochains : { $times }
reminders-add-one = Ajouter un rappel
reminders-calendar-title = Emportez votre planning
reminders-calendar = Vos rappels sous forme d'événements hebdomadaires dans l'agenda que vous utilisez déjà : un fichier (.ics) que toute application d'agenda sait importer.
reminders-calendar-export = Ajouter à votre agenda
reminders-calendar-saved = Enregistré dans { $path }. Ouvrez-le avec votre application d'agenda pour ajouter les événements.
reminders-options-title = Quand un rappel arrive
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Rappeler de nouveau après
reminders-snooze-minutes =
    { $count ->
        [one] minute
       *[other] minutes
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = Si l'ordinateur était en veille ou { -brand-name } fermé, me rappeler quand même jusqu'à
reminders-grace-minutes =
    { $count ->
        [one] minute de retard
       *[other] minutes de retard
    }

## The Routines screen

routines-title = Routines
routines-lead = Des techniques réunies en une séance que vous pouvez suivre avec un minuteur.
routines-new = Nouvelle routine
routines-import = Importer un fichier de routine…
# Headings of the two lists of routines.
routines-built-in = Intégrées
routines-yours = Vos routines
routines-empty-title = Pas encore de routine personnelle
routines-empty = Créez-en une de zéro avec { routines-new }, ou ouvrez une routine intégrée et dupliquez-la pour la modifier.
routines-steps =
    { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    }
# The button back from a routine to the list (after an arrow).
routines-back = Toutes les routines
# Above a routine's title: where it comes from.
routines-built-in-one = Routine intégrée
routines-yours-one = Votre routine
routines-for-partner = pour un partenaire
routines-duplicate = Dupliquer
routines-export = Exporter…
routines-print = Imprimer…
routines-delete = Supprimer…
routines-confirm-delete = Supprimer définitivement « { $title } » ? Son fichier sera retiré de votre dossier des données.
routines-keep = La garder
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (ma copie)
routines-deleted = « { $title } » supprimée.
routines-imported = « { $title } » importée.
routines-exported = Enregistré dans { $path }.
routines-saved = Routine enregistrée.

## The routine editor

editor-new-title = Nouvelle routine
editor-edit-title = Modifier la routine
editor-title = Titre
editor-summary = Résumé
editor-goals = Objectifs
editor-for-partner = Écrite pour masser les pieds de quelqu'un d'autre
editor-steps = Étapes
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Technique de l'étape { $number }
editor-step-foot = Pied de l'étape { $number }
editor-step-cue = Consigne de l'étape { $number }
    .placeholder = Consigne (facultatif)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] seconde
       *[other] secondes
    }
editor-move-up = Monter l'étape { $number }
editor-move-down = Descendre l'étape { $number }
editor-remove-step = Retirer l'étape { $number }
editor-add-step = + Ajouter une étape
editor-saving = Enregistrement…
editor-save = Enregistrer la routine

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title } :</strong> { $caution }
print-footer = Une pression douce, jamais de douleur. Si quelque chose fait mal, gonfle ou devient chaud, arrêtez et consultez la page de sécurité dans { -brand-name }.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Programmes
# The card's name, for screen readers.
programmes-card = Votre programme
programmes-card-done = Toutes les séances sont faites. Gardez le rythme avec la routine deux fois par semaine.
programmes-week = Semaine { $number } :
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }, puis { $next }
programmes-joined-done = Vous suivez ce programme : toutes les séances sont faites. Bravo !
programmes-joined-next = Vous suivez ce programme : prochaine étape, semaine { $week }, séance { $session } sur { $sessions }.
programmes-leave = Quitter le programme
programmes-remind-on = Me le rappeler le
# Before a time of day.
programmes-at = À
programmes-no-days = Aucun jour coché : vous rejoignez le programme sans rappel.
programmes-reminder-added = Un rappel est ajouté dans { nav-reminders } ; au fil du programme, il indique votre prochaine séance. Vous pouvez le modifier ou le supprimer là-bas.
programmes-join = Rejoindre
programmes-join-instead = Rejoindre plutôt celui-ci

## The Settings screen

settings-title = Paramètres
settings-language-title = Langue
settings-language = Langue
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = Système ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Votre système demande : { $asked } ; { -brand-name } s'affiche en : { $shown }.
settings-goal-title = Objectif et séances
settings-weekly-goal = Objectif hebdomadaire
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] séance par semaine.
       *[other] séances par semaine.
    } Deux fois par semaine, c'est un bon début.
settings-week-start = Les semaines commencent le
settings-week-start-hint = Sert pour l'objectif hebdomadaire et les séries.
settings-chime = Jouer un léger carillon au passage à l'étape suivante
settings-autostart-title = Lancement à l'ouverture de session
settings-autostart = Lancer { -brand-name } dans la zone de notification à l'ouverture de ma session, pour que les rappels arrivent sans avoir à l'ouvrir
settings-notifications-title = Notifications
settings-notifications = Les rappels arrivent sous forme de notifications du bureau. Envoyez-en une de test pour voir leur apparence et vérifier qu'elles vous parviennent.
settings-test-sending = Envoi…
settings-test-send = Envoyer une notification de test
settings-test-sent = Envoyée. Cherchez-la parmi les notifications de votre bureau.
settings-data = Tout ce que { -brand-name } conserve reste sur cet ordinateur, dans un seul dossier.
settings-version = { -brand-name } { $version }
settings-backups-title = Sauvegardes
settings-backups = { -brand-name } copie votre base de données une fois par jour quand il est lancé, et avant chaque mise à jour ; il garde les { $count } dernières copies. Avant toute restauration, une copie de vos données actuelles est d'abord enregistrée.
settings-no-backups = Aucune sauvegarde pour l'instant.
# Why a backup was made.
settings-backup-daily = Quotidienne
settings-backup-before-restore = Avant une restauration
settings-backup-before-upgrade = Avant une mise à jour
settings-backup-size = { $kilobytes } Ko
settings-restore-this = Restaurer cette copie
settings-restore = Restaurer…
settings-restored = Restauration effectuée. Vos données telles qu'elles étaient juste avant sont conservées dans { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = À propos de { -brand-name }
about-lead = Un compagnon pour l'automassage des pieds : des guides illustrés, un minuteur pour chaque étape, des rappels et un suivi de vos ressentis. { -brand-name } ne se connecte jamais à Internet ; tout ce qu'il sait reste sur cet ordinateur.
about-built-with = Conçu avec
about-tauri = { "Tauri" } { $version }
about-data = Séances, paramètres, rappels, vos propres routines, sauvegardes quotidiennes et journaux : tout se trouve dans un seul dossier. Pour transférer { -brand-name } sur un autre ordinateur, copiez ce dossier pendant que l'application est fermée, ou exportez votre historique en JSON.
about-logs = Journaux
about-open-folder = Ouvrir le dossier des données
about-opened = Ouvert dans votre gestionnaire de fichiers.
about-licences-title = Licences open source
about-licences-failed = Impossible de charger la liste des licences : { $error }
about-licences = { -brand-name } repose sur { $count } paquets open source, dont nous remercions les auteurs. Chaque entrée s'ouvre pour afficher les fichiers de licence fournis avec le paquet.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence } : { $count }
about-licence-others =
    { $count ->
        [one] { $count } autre expression de licence
       *[other] { $count } autres expressions de licence
    }
about-find = Rechercher un paquet ou une licence
    .placeholder = p. ex. rusqlite ou MPL-2.0
about-package-count =
    { $shown } sur { $count ->
        [one] { $count } paquet
       *[other] { $count } paquets
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Crate Rust
# $authors lists the package's authors.
about-by = Par { $authors }
# $url is the address of the package's source code.
about-repository = Source : { $url }
about-no-licence-file = Ce paquet ne fournit aucun fichier de licence ; sa licence est { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Bienvenue · étape { $step } sur { $steps }
welcome-title = Bienvenue dans { -brand-name }
welcome-lead = L'automassage des pieds illustré, un minuteur pour chaque étape, des rappels au bon moment et un suivi de vos ressentis. Tout reste sur cet ordinateur.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Viser
welcome-sessions-a-week =
    { $count ->
        [one] séance par semaine
       *[other] séances par semaine
    }
welcome-rhythm = Un quart d'heure deux fois par semaine, c'est un bon rythme.
welcome-remind-title = Quand { -brand-name } doit-il vous le rappeler ?
# Before a time of day.
welcome-at = À
welcome-autostart = Lancer { -brand-name } dans la zone de notification à l'ouverture de ma session, pour recevoir les rappels
welcome-no-days = Aucun jour coché, aucun rappel ; vous pourrez en ajouter plus tard dans { nav-reminders }.
welcome-safety-title = Avant votre première séance
welcome-safety = Le massage est doux, mais il y a des moments où il vaut mieux s'en abstenir : plaies ouvertes, infections, blessure récente, mollet gonflé, entre autres. Si vous êtes diabétique, si vous avez une mauvaise circulation ou si vous êtes enceinte, lisez d'abord la page de sécurité.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = Lire « Quand s'abstenir »
welcome-safety-where = Vous la trouverez toujours dans { nav-guides }.
welcome-back = Retour
welcome-next = Suivant
welcome-finish = Terminer

## Settings → Sync

settings-sync-title = Synchronisation
settings-sync-intro = Gardez votre historique à jour sur tous vos ordinateurs grâce à un dossier que vous synchronisez déjà, avec Syncthing, Nextcloud ou Dropbox. Ni compte ni serveur : Solewise n'écrit que ses propres fichiers dans ce dossier, dans un dossier nommé Solewise.
settings-sync-off = Désactivée : votre historique reste sur cet ordinateur.
settings-sync-choose = Choisir un dossier…
settings-sync-choose-title = Un dossier que votre outil de synchronisation partage avec vos autres ordinateurs
settings-sync-change = Changer de dossier…
settings-sync-turn-off = Désactiver
settings-sync-now = Synchroniser maintenant
settings-sync-folder = Via le dossier
settings-sync-merged = Dernière synchronisation : { $when }
settings-sync-never = Aucune synchronisation pour l'instant
settings-sync-waiting = { $count ->
    [one] { $count } modification attend le dossier
   *[other] { $count } modifications attendent le dossier
}
settings-sync-computers = Autres ordinateurs
settings-sync-no-computers = Aucun pour l'instant : activez la synchronisation sur l'autre ordinateur avec le même dossier.
settings-sync-last-change = dernière modification : { $when }
settings-sync-name = Nom de cet ordinateur
settings-sync-rename = Renommer
settings-sync-merging = Fusion en cours… { $percent } %
settings-sync-passphrase = Phrase secrète du dossier
settings-sync-passphrase-hint = Facultatif : avec une phrase secrète, les fichiers du dossier ne peuvent être lus que sur ceux de vos ordinateurs qui la connaissent. Saisissez la même sur chacun d'eux ; elle doit compter au moins 8 caractères.
settings-sync-encrypted = Les fichiers de cet ordinateur dans le dossier sont chiffrés avec une phrase secrète.
settings-sync-passphrase-set = Définir la phrase secrète
settings-sync-passphrase-change = Changer la phrase secrète
settings-sync-passphrase-remove = Retirer la phrase secrète
