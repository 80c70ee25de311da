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
app-could-not-start = Não foi possível iniciar o { -brand-name }
app-database-error = Não foi possível abrir os seus dados
# Under "Your data could not be opened": where the data is kept. $path is a folder.
app-data-folder = Pasta de dados: <code>{ $path }</code>
# A part of the window failed to load (a bug). $error is a technical message.
app-screen-failed = Não foi possível carregar esta tela: { $error }
# A routine was asked for (from the tray or the command line) that does not exist. $id is its id.
app-no-routine = Não existe nenhuma rotina “{ $id }”.
# Shown during a session when another routine was asked for meanwhile. $title is its title.
app-queued = A seguir: { $title } começa quando esta sessão terminar.
# After a crash or a quit in the middle of a session. $done and $total count its steps.
app-unfinished =
    Sua sessão de <strong>{ $title }</strong> foi interrompida ({ $done } de { $total ->
        [one] { $total } passo feito
       *[other] { $total } passos feitos
    }). Continuar de onde parou?
# A button: keep the interrupted session in the history as it is, unfinished.
app-keep-partial = Manter como parcial

## Words used on several screens

common-cancel = Cancelar
common-close = Fechar
common-delete = Excluir
common-dismiss = Dispensar
common-edit = Editar
common-loading = Carregando…
common-note = Observação
# After the name of a field that may be left empty.
common-optional = (opcional)
common-pause = Pausar
common-resume = Retomar
common-save = Salvar
common-saved = Salvo.
common-skip = Pular
common-start = Começar
# Heading of a technique's or a step's cautions.
common-take-care = Cuidado
common-version = Versão
common-your-data = Seus dados
common-data-folder = Pasta de dados
common-database = Banco de dados
# What to have at hand for a routine. $needs is a list ("a towel, oil and a tennis ball").
common-have-ready = <strong>Tenha à mão:</strong> { $needs }.

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

goal-circulation = Circulação
goal-stress = Alívio do estresse
goal-flexibility = Flexibilidade
goal-sleep = Sono
goal-recovery = Recuperação

## The part of the foot or leg a technique works

area-whole-foot = Pé inteiro
area-heel = Calcanhar
area-arch = Arco
area-ball = Antepé
area-toes = Dedos dos pés
area-top = Peito do pé
area-ankle = Tornozelo
area-achilles = Tendão de Aquiles
area-calf = Panturrilha
area-sole = Planta do pé

## The groups of techniques on the Guides screen

category-preparation = Preparação
category-sequence = A sequência principal
category-library = Mais técnicas
category-traditional = Técnicas tradicionais

## The pressure scale: each level's name, and what it feels like under the hands: as a
## phrase that follows the name ("Light pressure glides over the skin …"; also its
## tooltip), and as a sentence of its own (.sentence, in the Guides screen's scale).

pressure-none = Sem pressão
pressure-stretch = Alongamento suave
pressure-light = Pressão leve
pressure-medium = Pressão média
pressure-firm = Pressão firme
pressure-feel-none = nada é pressionado: os pés descansam, ficam de molho ou são apenas segurados
    .sentence = Nada é pressionado: os pés descansam, ficam de molho ou são apenas segurados.
pressure-feel-stretch = uma tração suave, mantida ou feita devagar, sem pressionar e sem balançar
    .sentence = Uma tração suave, mantida ou feita devagar, sem pressionar e sem balançar.
pressure-feel-light = desliza sobre a pele e move só a pele, como quem espalha óleo
    .sentence = Desliza sobre a pele e move só a pele, como quem espalha óleo.
pressure-feel-medium = afunda no músculo, constante e confortável, nunca aguda
    .sentence = Afunda no músculo, constante e confortável, nunca aguda.
pressure-feel-firm = o quanto for gostoso, e nunca a ponto de doer
    .sentence = O quanto for gostoso, e nunca a ponto de doer.

## Which foot a step is for: on its own, and inside a sentence (.phrase:
## "Next: Heel circles · left foot · 1 min")

foot-left = Pé esquerdo
    .phrase = pé esquerdo
foot-right = Pé direito
    .phrase = pé direito
foot-both = Os dois pés
    .phrase = os dois pés

## Kinds of session in the history

kind-guided = Guiada
kind-self = Automassagem
kind-partner = Feita por outra pessoa
kind-professional = Profissional

## Foot zones of the foot map: each as it reads inside a sentence ("Go light on your
## left heel today"), and on its own (.label). "Achilles" keeps its capital letter.

zone-left-toes = dedos do pé esquerdo
    .label = Dedos do pé esquerdo
zone-left-ball = antepé esquerdo
    .label = Antepé esquerdo
zone-left-arch = arco esquerdo
    .label = Arco esquerdo
zone-left-heel = calcanhar esquerdo
    .label = Calcanhar esquerdo
zone-left-top = peito do pé esquerdo
    .label = Peito do pé esquerdo
zone-left-ankle = tornozelo esquerdo
    .label = Tornozelo esquerdo
zone-left-achilles = tendão de Aquiles esquerdo
    .label = Tendão de Aquiles esquerdo
zone-left-calf = panturrilha esquerda
    .label = Panturrilha esquerda
zone-right-toes = dedos do pé direito
    .label = Dedos do pé direito
zone-right-ball = antepé direito
    .label = Antepé direito
zone-right-arch = arco direito
    .label = Arco direito
zone-right-heel = calcanhar direito
    .label = Calcanhar direito
zone-right-top = peito do pé direito
    .label = Peito do pé direito
zone-right-ankle = tornozelo direito
    .label = Tornozelo direito
zone-right-achilles = tendão de Aquiles direito
    .label = Tendão de Aquiles direito
zone-right-calf = panturrilha direita
    .label = Panturrilha direita
# The short names on the foot map's own buttons (one map per foot).
zone-part-toes = dedos
zone-part-ball = antepé
zone-part-arch = arco
zone-part-heel = calcanhar
zone-part-top = peito
zone-part-ankle = tornozelo
zone-part-achilles = Aquiles
zone-part-calf = panturrilha
# A zone and how sore it was rated (0 to 10), in a list: "Left heel 6, right arch 3".
zone-rating = { $zone } { $rating }

## The navigation (Nav.svelte): each screen's name and a hint under it

# The navigation's name for screen readers.
nav-main = Principal
nav-guides = Guias
    .hint = Técnicas ilustradas
nav-routines = Rotinas
    .hint = Sessões com timer
nav-history = Histórico
    .hint = Sessões anteriores e metas
nav-reminders = Lembretes
    .hint = Quando o { -brand-name } chama você
nav-settings = Configurações
    .hint = Notificações e dados
nav-about = Sobre o { -brand-name }
# Followed by the key that opens the list ("?").
nav-shortcuts = Atalhos de teclado

## The keyboard shortcuts list (opened with "?"). The keys' names are those printed on
## keyboards in your language; the arrows are the arrow keys.

shortcuts-title = Atalhos de teclado
shortcuts-anywhere = Em qualquer lugar
shortcuts-toggle = Mostrar ou ocultar esta lista
shortcuts-key-tab = Tab / Shift+Tab
shortcuts-move = Passar de um controle a outro
shortcuts-key-enter-space = Enter / Espaço
shortcuts-press = Acionar o botão em foco
shortcuts-player = No player (onde quer que esteja o foco; pedais e controles remotos enviam estas teclas)
shortcuts-key-space-enter = Espaço / Enter
shortcuts-pause = Pausar ou retomar
shortcuts-key-next = → / Page Down
shortcuts-next = Pular para o próximo passo
shortcuts-key-previous = ← / Page Up
shortcuts-previous = Voltar ao passo anterior
shortcuts-key-escape = Esc
shortcuts-end = Encerrar a sessão (pede confirmação)

## Routine and technique files that could not be read

problems-skipped =
    <strong>{ $count ->
        [one] Um arquivo foi ignorado.
       *[other] { $count } arquivos foram ignorados.
    }</strong> Todo o resto foi carregado.
# One skipped file: its name (and line) and what was wrong with it.
problems-file = <code>{ $file }</code>: { $message }

## The Guides screen

guides-title = Guias
guides-lead = Técnicas passo a passo para os calcanhares, os arcos, o antepé e os dedos dos pés.
guides-needs-title = Do que você precisa hoje?
# The buttons under "What do you need today?": each starts a routine for that need.
guides-need-sleep = Antes de dormir
guides-need-after-sport = Depois do esporte
guides-need-before-run = Antes da corrida
guides-need-long-day = Um longo dia em pé
guides-need-morning-heel = Dor no calcanhar pela manhã
guides-need-desk = Uma pausa no trabalho
guides-need-three-minutes = Três minutos
guides-need-pregnancy = Suave, na gravidez
guides-need-no-bend = Sem se abaixar
guides-need-toes = Dedos mais fortes
guides-need-twice-weekly = A sessão completa de duas vezes por semana
# The name (for screen readers) of the row of guide pages to read before starting.
guides-pages = Antes de começar
guides-pressure-title = Quanta pressão fazer: de nenhuma a firme
guides-pressure-note = Cada guia diz qual pressão usar. Dor é sempre sinal para aliviar.
guides-search = Pesquisar
    .placeholder = dor no calcanhar, trabalho, um nome…
guides-goal = Objetivo
guides-goal-any = Qualquer objetivo
guides-area = Área
guides-area-any = Qualquer área
# The filter by how long a technique takes.
guides-length = Duração
guides-length-any = Qualquer duração
guides-length-short = Até 1 minuto
guides-length-medium = De 1 a 3 minutos
guides-length-long = Mais de 3 minutos
guides-clear-filters = Limpar filtros
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
guides-found-routines = Rotinas
guides-empty-title = Nenhuma técnica encontrada
guides-empty = Tente usar menos filtros ou outra palavra.
# The button back from a technique or a guide page to the list (after an arrow).
guides-back = Todos os guias

## A technique's page

# The name (for screen readers) of the row of facts under the title: area, time, pressure, goals.
technique-chips = Sobre esta técnica
# The pressure a technique needs, and what that feels like: "Light pressure glides over the skin …".
technique-pressure-note = <strong>{ $pressure }:</strong> { $feels }.
technique-no-drawing = Ilustração indisponível
technique-how-to = Como fazer
# The name (for screen readers) of the technique's own timer.
technique-timer = Timer de { $title }
technique-feel = O que você deve sentir
technique-tradition = De onde vem

## The timer on a technique's page

timer-label = Timer
timer-start = Iniciar timer
timer-reset = Zerar
timer-done = O tempo acabou. Muito bem.

## The player's check-in, before the first step

checkin-title = Antes de começar
checkin-stress = Qual é o seu nível de estresse agora?
checkin-foot-map = Alguma parte dolorida? Dê uma nota no mapa dos pés
# A heading followed by a list of reasons, each a fragment ending in ";" or ".".
checkin-skip-title = Não faça hoje se…
checkin-skip-fever = você estiver com febre ou se sentindo mal;
checkin-skip-wound = houver uma ferida aberta, uma bolha ou uma infecção no pé;
checkin-skip-hot = um dos pés estiver quente, vermelho ou inchado;
checkin-skip-calf = uma panturrilha estiver dolorida e inchada: procure um médico hoje mesmo, e ligue para o serviço de emergência se tiver falta de ar ou dor no peito.
checkin-safety = Quando não fazer, e quando procurar um médico
checkin-begin = Começar
checkin-skip-and-begin = Pular e começar
# The two ends of the 1 to 10 stress scale.
stress-scale-calm = { $level } sem estresse
stress-scale-stressed = { $level } muito estresse

## The player's check-out, after the last step

checkout-well-done = Muito bem
checkout-saved = Sessão salva
checkout-summary =
    { $duration } de massagem, { $done } de { $total ->
        [one] { $total } passo
       *[other] { $total } passos
    }.
checkout-summary-partial =
    { $duration } de massagem, { $done } de { $total ->
        [one] { $total } passo
       *[other] { $total } passos
    }, salva como parcial.
checkout-stress = Qual é o seu nível de estresse agora?
checkout-foot-map = Como estão agora as partes doloridas?
checkout-note-placeholder = Como foi? Algo para lembrar na próxima vez?

## The foot map of the check-in and check-out: each zone of both feet rated 0 to 10

# After the foot map's title; $rated counts the zones rated so far.
footmap-optional =
    { $rated ->
        [0] (opcional)
       *[other] (opcional, { $rated } com nota)
    }
footmap-how = Toque em uma área e depois em quanto ela dói: 0 é nada, 10 é o pior.
footmap-same-as-last = Igual à última vez
# A zone's button, for screen readers.
footmap-zone-not-rated = { $zone }: sem nota
footmap-zone-rated = { $zone }: { $rating } de 10
# The row of numbers to rate the zone chosen, for screen readers. $zone reads as in a sentence.
footmap-how-sore = Quanto dói esta área: { $zone }?
footmap-clear = Limpar

## The player: the steps of a session

player-progress = Progresso da rotina
# $left is a clock ("12:30"): minutes and seconds left in the whole routine.
player-step-of = Passo { $number } de { $total } · faltam { $left } no total
# The drawing's description, for a step on the right foot (the drawings show the left foot).
player-alt-right-foot = { $alt } Mostrado para o pé direito.
player-up-next = A seguir: { $title } · { $foot } · { $duration }
player-last-step = Último passo
# Advice for a zone rated sore at check-in that the step works. $zone reads as in a sentence.
player-sore-around = Hoje, vá com delicadeza em volta desta área: { $zone }. No início, você deu nota { $rating } de 10 para ela.
player-sore-leave-out = Hoje, pressione de leve ou deixe de fora esta área: { $zone }. No início, você deu nota { $rating } de 10 para ela.
# Said by screen readers as each step starts.
player-announce-step = Passo { $number } de { $total }: { $title }, { $foot }
player-confirm-end =
    Encerrar a sessão agora? Ela será salva como parcial, com { $done ->
        [one] { $done } passo feito
       *[other] { $done } passos feitos
    } até aqui.
player-end-and-save = Encerrar e salvar
player-keep-going = Continuar
player-controls = Controles do player
# The player's buttons. "Back" goes to the previous step, "Skip" to the next one.
player-back = Voltar
player-restart-step = Reiniciar passo
player-skip = Pular
player-end = Encerrar
# The keys under the player's buttons; the arrows are the arrow keys.
player-keys = Espaço ou Enter pausa · ← volta · → pula · Esc encerra (um pedal ou controle remoto também funciona)

## Voice guidance: what the player says aloud, and its card in Settings

# The line that opens a step: its name and the foot ("Heel circles. Left foot.").
voice-step = { $title }. { $foot }.
voice-caution = Cuidado: { $caution }
# Said when the next step is on the other foot.
voice-switch-foot =
    { $foot ->
        [left] Passe para o pé esquerdo.
       *[right] Passe para o pé direito.
    }
voice-finished = Essa foi a rotina inteira. Muito bem.
# Said half-way through a long step.
voice-half-way = Metade. Continue.
voice-no-service = A orientação por voz está ativada, mas nenhum serviço de fala foi encontrado. O som suave continua marcando cada passo.
# $problem is a sentence from the system saying why there is no speech.
voice-unavailable-because = A orientação por voz está ativada, mas { $problem } O som suave continua marcando cada passo.
voice-unavailable = A orientação por voz não está disponível: { $error }
voice-stopped = A orientação por voz parou: { $error } O som suave continua marcando cada passo.
voice-title = Orientação por voz
voice-speak-steps = Ler cada passo em voz alta: o nome, o pé e a dica, “metade” nos passos longos e a troca de pé quando chegar a hora
# $problem is a sentence from the system saying why there is no speech.
voice-missing =
    Nenhum serviço de fala respondeu neste computador, então o player não consegue falar: { $problem }
    No Debian ou no Ubuntu, instale <code>{ "speech-dispatcher" }</code> e <code>{ "espeak-ng" }</code>. Até lá, o som suave marca cada passo.
# No installed voice speaks the window's language. $language is its name in itself ("Deutsch").
voice-no-language-voice = Nenhuma voz deste computador fala { $language }, então os passos não serão lidos em voz alta: o Solewise nunca os lê com a voz de outro idioma. Instale uma (o espeak-ng tem uma voz para { $language }) e abra as Configurações de novo.
voice-voice = Voz
voice-default = A voz padrão do sistema
voice-speed = Velocidade
voice-speed-normal = Normal
voice-speed-slower = Mais devagar
voice-speed-faster = Mais rápido
voice-sample = Ouvir um exemplo
# The sample the voice says in Settings: a sentence, then a step as the player says it.
voice-sample-intro = É assim que o player guia você.
voice-sample-step = Círculos no calcanhar. Pé esquerdo. Primeiro o calcanhar.
voice-looking = Procurando o serviço de fala…

## The History screen: the sessions

history-title = Histórico
# The name (for screen readers) of the tabs Sessions and Insights.
history-views = Visualizações do histórico
history-tab-sessions = Sessões
history-tab-insights = Análises
history-logged = Sessão registrada.
history-exported = Exportado para { $path }.
# The name a logged session gets from its kind, until the user changes it.
history-title-guided = Sessão guiada
history-title-self = Automassagem
history-title-partner = Massagem feita por outra pessoa
history-title-professional = Massagem profissional
# Stress before and after a session, each 1 to 10 or "–" when not rated.
history-stress = Estresse { $before } → { $after }
    .title = Estresse antes → depois (1 sem estresse, 10 muito estresse)
history-deleted = “{ $title }” excluída.
history-undo = Desfazer
history-import-summary = <strong>Importação concluída:</strong> { $added } adicionadas, { $skipped } já existiam, { $rejected } rejeitadas.
# The button back from a session to the list (after an arrow).
history-back = Todas as sessões
# Said of a session that was ended before its last step.
history-partial = parcial
history-completed = concluída
history-steps-of =
    { $done } de { $total ->
        [one] { $total } passo
       *[other] { $total } passos
    }
# Steps done of the routine's steps, short, in the list of sessions: "3/8 steps".
history-row-steps =
    { $total ->
        [one] { $done }/{ $total } passo
       *[other] { $done }/{ $total } passos
    }
history-zones-before = Partes doloridas no início
history-zones-after = No fim
history-stress-before = Estresse antes
history-stress-after = Estresse depois
history-not-rated = Sem nota
history-therapist = Terapeuta
history-save-changes = Salvar alterações
history-log-title = Registrar uma sessão
history-log-kind = Tipo
history-log-kind-professional = Massagem profissional
history-log-when = Quando
history-log-minutes = Minutos
history-log-name = Nome
history-routine = Rotina
history-log-no-routine = Nenhuma
history-export-csv = Exportar CSV…
history-export-json = Exportar JSON…
history-import = Importar…
history-all-routines = Todas as rotinas
history-kind = Tipo
history-all-kinds = Todos os tipos
# The first and last day of the sessions shown.
history-from = De
history-to = Até
history-session-count =
    { $count ->
        [one] { $count } sessão
       *[other] { $count } sessões
    }
history-empty-title = Nenhuma sessão ainda
history-empty = Siga uma rotina da tela { nav-routines } e ela será salva aqui enquanto você avança, ou registre uma sessão que você fez sem o app.
history-older = Mostrar sessões mais antigas

## The History screen: insights

insights-this-week = Esta semana
# Sessions this week of the weekly goal: "1 of 2".
insights-week-progress = { $done } de { $goal }
insights-weekly-goal = Meta semanal
insights-goal-met = Meta cumprida. Que ótimo.
# Sessions still to do this week.
insights-to-go = faltam { $count }
insights-streak = Sequência
insights-weeks =
    { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }
# Under the streak ("3 weeks"): $best is the longest streak, in weeks.
insights-streak-best = seguidas cumprindo sua meta · recorde: { $best }
insights-first-session = Sua primeira sessão
insights-good-start = Um bom começo
insights-streak-begin =
    { $goal ->
        [one] { $goal } sessão em uma semana inicia uma sequência.
       *[other] { $goal } sessões em uma semana iniciam uma sequência.
    }
insights-streak-begin-well-done =
    Muito bem. { $goal ->
        [one] { $goal } sessão em uma semana inicia uma sequência.
       *[other] { $goal } sessões em uma semana iniciam uma sequência.
    }
insights-best-so-far =
    Recorde até agora: { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }.
insights-streak-empty = As semanas seguidas em que você cumpre sua meta aparecem aqui.
insights-minutes = Minutos
# Under the minutes of massage this week.
insights-minutes-detail = esta semana, das mesmas sessões da meta · { $month } este mês · { $all } no total
insights-stress = Estresse
# The average change in stress (1 to 10) from before a session to after it.
insights-stress-down =
    { $points ->
        [one] { $points } ponto a menos
       *[other] { $points } pontos a menos
    }
insights-stress-up =
    { $points ->
        [one] { $points } ponto a mais
       *[other] { $points } pontos a mais
    }
insights-stress-same = sem mudança
insights-stress-none = Dê uma nota ao seu estresse antes e depois de uma sessão para ver a mudança.
insights-stress-detail = em média, depois de uma sessão em comparação com antes
insights-year = Os últimos 12 meses
# The calendar of sessions, for screen readers.
insights-heatmap = Sessões por dia nos últimos 12 meses: { $count } no total
# One day of the calendar of sessions (its tooltip).
insights-heatmap-day =
    { $date }: { $count ->
        [0] nenhuma sessão
        [one] { $count } sessão
       *[other] { $count } sessões
    }
# The calendar's legend: from "No sessions" to "3 or more a day", with colours between.
insights-legend-none = Nenhuma sessão
insights-legend-most = { $count } ou mais por dia
insights-stress-title = Estresse antes e depois
insights-stress-chart = Estresse antes e depois de cada sessão com nota
# The chart's legend: the colour of each line, and the days the chart covers.
insights-legend-before = antes
insights-legend-after = depois
insights-legend-dates = de { $first } a { $last }
insights-stress-empty = Dê uma nota ao seu estresse antes e depois de uma sessão para vê-lo aqui.
insights-top-routines = Rotinas mais usadas
insights-top-techniques = Técnicas mais usadas
insights-none-yet = Nenhuma ainda.
insights-steps =
    { $count ->
        [one] { $count } passo
       *[other] { $count } passos
    }

## The History screen: the foot zones' trends

zones-title = Áreas dos pés
zones-period = As últimas doze semanas
zones-empty = Dê notas às partes doloridas no mapa dos pés no início da sessão; uma área com três notas mostra aqui a sua tendência.
# $zone reads as in a sentence ("left heel"); $rating is 7.
zones-high = Há duas semanas, esta área está com nota { $rating } ou mais: { $zone }. Uma dor que persiste merece a avaliação de um profissional.
zones-see-someone = Quando procurar alguém
zones-ratings =
    { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }
# How the zone's weekly average changed since its first month (0 to 10).
zones-change-later = a mudança aparece depois de um mês
zones-change-none = sem mudança desde o primeiro mês
zones-change-down = { $size } a menos desde o primeiro mês
zones-change-up = { $size } a mais desde o primeiro mês
# A zone's chart, for screen readers: $weeks lists each week's first day and its average.
zones-chart = { $zone }, média semanal: { $weeks }
zones-chart-week = { $week } { $average }

## The Reminders screen

reminders-title = Lembretes
reminders-lead = O { -brand-name } avisa você quando chega a hora de uma sessão, pela bandeja, mesmo com a janela fechada.
reminders-days = Dias
reminders-time = Horário
reminders-routine = Rotina
# A reminder's own text, shown in its notification.
reminders-label = Texto
# The notification's text when a reminder has no label of its own.
reminders-default-label = Hora da sua massagem nos pés
# The checkbox that turns a reminder on.
reminders-on = Ativado
reminders-also-autostart = Também abrir o { -brand-name } na bandeja quando eu entrar na sessão do computador
reminders-offer-title = Quer um lembrete duas vezes por semana?
# $days lists weekdays ("Tuesday and Friday"), $time is a time of day.
reminders-offer = Quinze minutos duas vezes por semana deixam os pés felizes. O { -brand-name } sugere { $days } às { $time }; escolha os dias e o horário que forem melhores para você.
reminders-offer-accept = Escolher dias e horário
reminders-offer-dismiss = Agora não
reminders-paused-forever = <strong>Os lembretes estão pausados</strong> até você reativá-los.
# $until is a day and time.
reminders-paused-until = <strong>Os lembretes estão pausados</strong> até { $until }.
reminders-resume = Reativar os lembretes
reminders-next = Próximo lembrete: { $when }
reminders-none = Nenhum lembrete definido.
reminders-pause-today = Pausar por hoje
# A button before a number field, followed by reminders-pause-days: "Pause for [3] days".
# .input names the number field for screen readers.
reminders-pause-for = Pausar por
    .input = Dias de pausa
# After the number field of "Pause for [3] days"; $count is the number in it.
reminders-pause-days =
    { $count ->
        [one] dia
       *[other] dias
    }
reminders-pause-until-resumed = Pausar até eu reativar
reminders-new = Novo lembrete
reminders-add = Adicionar lembrete
reminders-edit-title = Editar lembrete
# A reminder's heading: $days lists short weekdays ("Tue, Fri"), $time is a time of day.
reminders-rule = { $days } às { $time }
reminders-rule-off = { $days } às { $time } (desativado)
# The next times a reminder comes, each a day and time.
reminders-rule-next = Próximos: { $times }
reminders-add-one = Adicionar um lembrete
reminders-calendar-title = Leve o plano com você
reminders-calendar = Seus lembretes como eventos semanais na agenda que você já usa: um arquivo (.ics) que qualquer app de agenda importa.
reminders-calendar-export = Adicionar à sua agenda
reminders-calendar-saved = Salvo em { $path }. Abra esse arquivo no seu app de agenda para adicionar os eventos.
reminders-options-title = Quando um lembrete chegar
# Before and after a number field: "Snooze for [10] minutes".
reminders-snooze = Adiar por
reminders-snooze-minutes =
    { $count ->
        [one] minuto
       *[other] minutos
    }
# Before and after a number field: "… still remind me up to [120] minutes late".
reminders-grace = Se o computador estava em repouso ou o { -brand-name } estava fechado, ainda me lembrar com até
reminders-grace-minutes =
    { $count ->
        [one] minuto de atraso
       *[other] minutos de atraso
    }

## The Routines screen

routines-title = Rotinas
routines-lead = Técnicas reunidas em uma sessão que você pode seguir com um timer.
routines-new = Nova rotina
routines-import = Importar um arquivo de rotina…
# Headings of the two lists of routines.
routines-built-in = Incluídas
routines-yours = Suas rotinas
routines-empty-title = Você ainda não tem rotinas suas
routines-empty = Crie uma do zero com { routines-new }, ou abra uma rotina incluída e duplique-a para alterá-la.
routines-steps =
    { $count ->
        [one] { $count } passo
       *[other] { $count } passos
    }
# The button back from a routine to the list (after an arrow).
routines-back = Todas as rotinas
# Above a routine's title: where it comes from.
routines-built-in-one = Rotina incluída
routines-yours-one = Sua rotina
routines-for-partner = para fazer em outra pessoa
routines-duplicate = Duplicar
routines-export = Exportar…
routines-print = Imprimir…
routines-delete = Excluir…
routines-confirm-delete = Excluir “{ $title }” definitivamente? O arquivo dela é removido da sua pasta de dados.
routines-keep = Manter
# The title of a copy of a routine, before the user changes it.
routines-copy-title = { $title } (minha cópia)
routines-deleted = “{ $title }” excluída.
routines-imported = “{ $title }” importada.
routines-exported = Salvo em { $path }.
routines-saved = Rotina salva.

## The routine editor

editor-new-title = Nova rotina
editor-edit-title = Editar rotina
editor-title = Título
editor-summary = Resumo
editor-goals = Objetivos
editor-for-partner = Escrita para massagear os pés de outra pessoa
editor-steps = Passos
# After "Steps": how many, and how long they take in all.
editor-steps-summary =
    · { $count ->
        [one] { $count } passo
       *[other] { $count } passos
    }, { $duration }
# Names of each step's fields, for screen readers.
editor-step-technique = Técnica do passo { $number }
editor-step-foot = Pé do passo { $number }
editor-step-cue = Dica do passo { $number }
    .placeholder = Dica (opcional)
# After a step's number field for its length.
editor-seconds =
    { $count ->
        [one] segundo
       *[other] segundos
    }
editor-move-up = Mover o passo { $number } para cima
editor-move-down = Mover o passo { $number } para baixo
editor-remove-step = Remover o passo { $number }
editor-add-step = + Adicionar um passo
editor-saving = Salvando…
editor-save = Salvar rotina

## A routine's printed card

# A step on the card: "3. Heel circles".
print-step = { $number }. { $title }
# A technique's caution on the card: "Heel circles: not on broken skin".
print-caution = <strong>{ $title }:</strong> { $caution }
print-footer = Pressão suave, nunca dor. Se algo doer, inchar ou ficar quente, pare e veja a página de segurança no { -brand-name }.

## Programmes (on the Routines screen, and their card on the Guides screen)

programmes-title = Programas
# The card's name, for screen readers.
programmes-card = Seu programa
programmes-card-done = Todas as sessões feitas. Mantenha o ritmo com a rotina de duas vezes por semana.
programmes-week = Semana { $number }:
# The sessions of a week, in order: "Desk reset, then Bedtime unwind" (used again for a third).
programmes-then = { $before }, depois { $next }
programmes-joined-done = Você entrou neste programa: todas as sessões feitas. Muito bem!
programmes-joined-next = Você entrou neste programa: a próxima é a semana { $week }, sessão { $session } de { $sessions }.
programmes-leave = Sair do programa
programmes-remind-on = Lembrar-me em
# Before a time of day.
programmes-at = Às
programmes-no-days = Nenhum dia marcado: você entra sem lembrete.
programmes-reminder-added = Um lembrete é adicionado em { nav-reminders }; conforme você avança, ele mostra a sua próxima sessão. Altere ou remova o lembrete por lá.
programmes-join = Entrar
programmes-join-instead = Entrar neste no lugar

## The Settings screen

settings-title = Configurações
settings-language-title = Idioma
settings-language = Idioma
# The first choice of the language list: follow the operating system's language.
# $language is that language's own name ("Deutsch", "English").
settings-language-system = Sistema ({ $language })
# Under the language list when the system asks for a language Solewise shows another way:
# $asked names what the system asks for ("Chinese (Taiwan)"), $shown the language shown.
settings-language-note = Seu sistema pede { $asked }; o { -brand-name } exibe { $shown }.
settings-goal-title = Meta e sessões
settings-weekly-goal = Meta semanal
# After the number field of the weekly goal; $count is the number in it.
settings-weekly-goal-hint =
    { $count ->
        [one] sessão por semana.
       *[other] sessões por semana.
    } Duas vezes por semana é um bom começo.
settings-week-start = A semana começa
settings-week-start-hint = Usado para a meta semanal e as sequências.
settings-chime = Tocar um som suave quando o player passar para o próximo passo
settings-autostart-title = Iniciar com o sistema
settings-autostart = Abrir o { -brand-name } na bandeja quando eu entrar na sessão do computador, para os lembretes chegarem sem precisar abri-lo
settings-notifications-title = Notificações
settings-notifications = Os lembretes chegam como notificações da área de trabalho. Envie uma de teste para ver como elas ficam e conferir se chegam até você.
settings-test-sending = Enviando…
settings-test-send = Enviar uma notificação de teste
settings-test-sent = Enviada. Procure por ela nas notificações da sua área de trabalho.
settings-data = Tudo o que o { -brand-name } guarda fica neste computador, em uma única pasta.
settings-version = { -brand-name } { $version }
settings-backups-title = Backups
settings-backups = O { -brand-name } copia seu banco de dados uma vez por dia quando está em execução e antes de cada atualização, e guarda as últimas { $count } cópias. Antes de restaurar uma delas, ele salva uma cópia dos seus dados como estão agora.
settings-no-backups = Nenhum backup ainda.
# Why a backup was made.
settings-backup-daily = Diário
settings-backup-before-restore = Antes de uma restauração
settings-backup-before-upgrade = Antes de uma atualização
settings-backup-size = { $kilobytes } KB
settings-restore-this = Restaurar esta cópia
settings-restore = Restaurar…
settings-restored = Restaurado. Seus dados como estavam logo antes ficam guardados em { $path }.

## The About screen (the licence texts themselves are not translated)

about-title = Sobre o { -brand-name }
about-lead = Um companheiro para a automassagem nos pés: guias ilustrados, um timer para cada passo, lembretes e um registro de como você se sentiu. O { -brand-name } nunca se conecta à internet; tudo o que ele sabe fica neste computador.
about-built-with = Feito com
about-tauri = { "Tauri" } { $version }
about-data = Sessões, configurações, lembretes, suas rotinas, backups diários e logs ficam todos em uma única pasta. Para levar o { -brand-name } para outro computador, copie esta pasta com o app fechado, ou exporte seu histórico como JSON.
about-logs = Logs
about-open-folder = Abrir pasta de dados
about-opened = Aberta no seu gerenciador de arquivos.
about-licences-title = Licenças de código aberto
about-licences-failed = Não foi possível carregar a lista de licenças: { $error }
about-licences = O { -brand-name } é feito com { $count } pacotes de código aberto, e agradecemos aos seus autores. Cada item se abre para mostrar os arquivos de licença que o pacote inclui.
# A licence (such as "MIT") and how many packages use it.
about-licence-count = { $licence }: { $count }
about-licence-others =
    { $count ->
        [one] { $count } outra expressão de licença
       *[other] { $count } outras expressões de licença
    }
about-find = Encontrar um pacote ou uma licença
    .placeholder = ex.: rusqlite ou MPL-2.0
about-package-count =
    { $shown } de { $count ->
        [one] { $count } pacote
       *[other] { $count } pacotes
    }
# Where a package comes from: the JavaScript registry, or Rust's.
about-source-npm = { "npm" }
about-source-crate = Crate do Rust
# $authors lists the package's authors.
about-by = De { $authors }
# $url is the address of the package's source code.
about-repository = Código-fonte: { $url }
about-no-licence-file = Este pacote não inclui nenhum arquivo de licença; a licença dele é { $licence }.

## The welcome at first start

# Above the welcome's heading: "Welcome · step 1 of 3".
welcome-step = Boas-vindas · etapa { $step } de { $steps }
welcome-title = Boas-vindas ao { -brand-name }
welcome-lead = Automassagem nos pés ilustrada, um timer para cada passo, lembretes na hora certa e um registro de como você se sentiu. Tudo fica neste computador.
# Before and after a number field: "Aim for [2] sessions a week".
welcome-aim-for = Meta:
welcome-sessions-a-week =
    { $count ->
        [one] sessão por semana
       *[other] sessões por semana
    }
welcome-rhythm = Quinze minutos duas vezes por semana é um bom ritmo.
welcome-remind-title = Quando o { -brand-name } deve lembrar você?
# Before a time of day.
welcome-at = Às
welcome-autostart = Abrir o { -brand-name } na bandeja quando eu entrar na sessão do computador, para os lembretes chegarem
welcome-no-days = Sem nenhum dia marcado, não há lembretes; você pode adicioná-los depois em { nav-reminders }.
welcome-safety-title = Antes da sua primeira sessão
welcome-safety = A massagem é suave, mas há momentos em que é melhor não fazer: feridas abertas, infecções, uma lesão recente, uma panturrilha inchada, entre outros. Se você tem diabetes ou má circulação, ou está grávida, leia antes a página de segurança.
# The safety page is the guide page called "When to skip it".
welcome-read-safety = Ler “Quando não fazer”
welcome-safety-where = Você sempre a encontra em { nav-guides }.
welcome-back = Voltar
welcome-next = Avançar
welcome-finish = Concluir

## Settings → Sync

settings-sync-title = Sincronização
settings-sync-intro = Mantenha seu histórico em dia em todos os seus computadores por meio de uma pasta que você já sincroniza, com Syncthing, Nextcloud ou Dropbox. Sem conta e sem servidor: o Solewise só grava os próprios arquivos nessa pasta, dentro de uma pasta chamada Solewise.
settings-sync-off = Desativada: seu histórico fica neste computador.
settings-sync-choose = Escolher uma pasta…
settings-sync-choose-title = Uma pasta que seu programa de sincronização compartilha com seus outros computadores
settings-sync-change = Trocar de pasta…
settings-sync-turn-off = Desativar
settings-sync-now = Sincronizar agora
settings-sync-folder = Pela pasta
settings-sync-merged = Última sincronização: { $when }
settings-sync-never = Nenhuma sincronização ainda
settings-sync-waiting = { $count ->
    [one] { $count } alteração aguardando a pasta
   *[other] { $count } alterações aguardando a pasta
}
settings-sync-computers = Outros computadores
settings-sync-no-computers = Nenhum ainda: ative a sincronização no outro computador com a mesma pasta.
settings-sync-last-change = última alteração: { $when }
settings-sync-name = Nome deste computador
settings-sync-rename = Renomear
settings-sync-merging = Mesclando… { $percent }%
settings-sync-passphrase = Frase secreta da pasta
settings-sync-passphrase-hint = Opcional: com uma frase secreta, os arquivos da pasta só podem ser lidos nos seus computadores que a tiverem. Informe a mesma em cada um deles, com pelo menos 8 caracteres.
settings-sync-encrypted = Os arquivos deste computador na pasta estão criptografados com uma frase secreta.
settings-sync-passphrase-set = Definir frase secreta
settings-sync-passphrase-change = Alterar frase secreta
settings-sync-passphrase-remove = Remover frase secreta
