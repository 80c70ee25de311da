# Errors, problems and warnings the core reports, for a person: what went wrong and where;
# and the few other sentences the core makes (the insights in words, a programme's
# progress, the foot zones' names). Variables are written $like_this.
#
# Ids, file names, keys of a file ("title", "steps"), JSON fields ("started_at"),
# command lines (`solewise pause`, --data-dir) and values a file must hold ("traditional",
# mon, tue…) are written as they are and must stay so in every language.

## The history database: opening, upgrading, checking and backing it up.
## $file is the database's path; $error is what the system or SQLite said, in its own words.

database-failed = O banco de dados do histórico falhou: { $error }
# $folder is the data folder's path.
database-create-folder = Não foi possível criar a pasta de dados { $folder }: { $error }
# $found is the data version in the file, $supported the newest this version of Solewise reads.
database-newer-version = O banco de dados { $file } foi gravado por uma versão mais nova do Solewise (versão de dados { $found }; esta versão entende até a { $supported }). Ele não foi alterado. Atualize o Solewise ou inicie-o com --data-dir apontando para outra pasta.
# $to is where the damaged file was to be moved.
database-move-aside-failed = O banco de dados { $file } está danificado e não foi possível movê-lo para { $to }: { $error }
database-backup-failed = Não foi possível fazer o backup de { $file } antes de atualizá-lo: { $error }
# $version is the data version the failed step was to bring it to.
database-upgrade-failed = A atualização do banco de dados { $file } para a versão de dados { $version } falhou, então nada foi alterado: { $error }
# $reason says why it is judged damaged (one of the database-reason-… below, or SQLite's words); $moved_to is where the file now is.
database-damaged-moved = O banco de dados { $file } está danificado ({ $reason }). Ele foi movido para { $moved_to } e guardado; nada mais foi feito. Inicie o Solewise para começar um novo histórico, ou restaure um backup pela tela Histórico.
database-damaged-left-alone = O banco de dados { $file } está danificado ({ $reason }). Ele foi deixado como está, e nada foi lido dele. Inicie o Solewise (ou qualquer comando que altere dados) para movê-lo e começar um novo histórico.
# $reason says what shows it is not one (database-reason-… below).
database-foreign = { $file } não é um banco de dados do Solewise ({ $reason }). Ele não foi alterado. Mova-o para outro lugar, ou inicie o Solewise com --data-dir apontando para outra pasta.
database-folder-is-a-file = A pasta de dados { $folder } é um arquivo, não uma pasta. Mova esse arquivo para outro lugar, ou use --data-dir com outra pasta.
database-create-failed = Não foi possível criar o banco de dados { $file }: { $error }
database-read-failed = Não foi possível ler o banco de dados { $file }: { $error }
database-sqlite = Banco de dados { $file }: { $error }
# Shown in the window after a damaged database was replaced. $reason as above; $moved_to is where the damaged file now is.
database-recovered = Não foi possível ler o seu banco de dados do Solewise ({ $reason }). Ele foi movido para { $moved_to } (nada foi excluído) e um banco de dados novo e vazio foi iniciado.

## Why a file is not (or no longer) a sound Solewise database: shown in brackets in the
## messages above.

database-reason-folder = é uma pasta
database-reason-empty = o arquivo está vazio (0 bytes)
# $version is a number found in the file.
database-reason-odd-version = a versão de dados dele é { $version }, que nenhum Solewise grava
# $tables is a list of table names, such as "accounts, orders".
database-reason-other-tables = é um banco de dados SQLite com outras tabelas ({ $tables }) e sem versão de dados do Solewise
# quick_check is the name of SQLite's check; $found is what it reported, in SQLite's words.
database-quick-check-found = o quick_check encontrou: { $found }

## Backups of the database.

# $name is the backup's file name.
backup-not-found = Não existe nenhum backup chamado “{ $name }” na pasta de backups.

## Finding the data folder.

store-no-data-folder = Não foi possível encontrar a pasta de dados de apps deste sistema (a variável HOME está definida?). Use --data-dir DIR para escolher uma.
# $folder is the path that was worked out.
store-data-folder-relative = A pasta de dados de apps seria “{ $folder }”, que não é um caminho absoluto (confira HOME e XDG_DATA_HOME). Use --data-dir DIR para escolher uma.

## Settings.

settings-weekly-goal-range = A meta semanal vai de { $min } a { $max } sessões.
# $day is what was sent.
settings-not-a-weekday = “{ $day }” não é um dia da semana.
settings-voice-rate-range = A velocidade da voz vai de -100 (a mais lenta) a 100 (a mais rápida).
# $name is what was sent.
settings-not-a-voice = “{ $name }” não é um nome de voz.
settings-snooze-range = Adie por { $min } a { $max } minutos.
settings-grace-range = O período de tolerância vai de 5 minutos a 24 horas.

## Starting Solewise at login (the Settings screen's switch). $error is what the system
## said; $file the file written to turn it on.

settings-autostart-read-failed = Não foi possível ler a configuração de iniciar com o sistema: { $error }
settings-autostart-on-failed = Não foi possível ativar a opção de iniciar com o sistema: { $error }
# reg.exe is the Windows program that changes the registry.
settings-autostart-on-refused = Não foi possível ativar a opção de iniciar com o sistema: o reg.exe recusou.
settings-autostart-no-home = Não foi possível ativar a opção de iniciar com o sistema: não há pasta pessoal (HOME não está definida).
settings-autostart-on-file-failed = Não foi possível ativar a opção de iniciar com o sistema ({ $file }): { $error }
settings-autostart-off-failed = Não foi possível desativar a opção de iniciar com o sistema: { $error }
settings-autostart-off-refused = Não foi possível desativar a opção de iniciar com o sistema: o reg.exe recusou.
settings-autostart-off-file-failed = Não foi possível desativar a opção de iniciar com o sistema ({ $file }): { $error }

## Reminder rules, as the Reminders screen and `solewise reminders` check them.

# $day is what was typed. mon, tue… are what must be typed, in every language.
reminder-not-a-day = “{ $day }” não é um dia: use mon, tue, wed, thu, fri, sat ou sun
reminder-no-days = um lembrete precisa de pelo menos um dia
# $time is what was typed.
reminder-not-a-time = “{ $time }” não é um horário: use HH:MM no formato de 24 horas, como 20:00
reminder-label-too-long = um texto tem no máximo 80 caracteres
# $char is the character's code, such as U+0007.
reminder-label-control-char = um texto não pode conter o caractere de controle { $char }
# $id is the reminder's number.
reminder-not-found = não existe nenhum lembrete { $id }
# $routine is the routine id that was asked for.
reminder-no-such-routine = Não existe nenhuma rotina “{ $routine }” para lembrar você: escolha uma da lista, ou veja os ids com `solewise routines list`.
# $time is the local time it was due (20:00); $reason why it could not be shown, as the desktop said it.
reminder-could-not-show = Não foi possível mostrar o lembrete das { $time }: { $reason }

## Pausing reminders (`solewise pause --for LENGTH`, `--until DATE`) and the time zone.

# $length is what was typed after --for; 2d, 12h and 90m are what may be typed, in every language.
schedule-pause-not-a-length = “{ $length }” não é uma duração: use, por exemplo, 2d, 12h ou 90m
# $days is the longest pause, in days.
schedule-pause-too-long = “{ $length }” é mais longo que a pausa máxima, de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }: execute `solewise pause` sem --for para pausar até `solewise resume`
schedule-pause-zero = “{ $length }” não é pausa nenhuma: informe pelo menos 1m
# $date is what was typed after --until.
schedule-pause-not-a-date = “{ $date }” não é uma data: use AAAA-MM-DD
schedule-pause-date-out-of-range = “{ $date }” está fora do intervalo: informe uma data antes de 9999
schedule-pause-date-past = “{ $date }” já começou: informe uma data depois de hoje
# $tz is the value of the TZ environment variable.
schedule-unknown-time-zone = O fuso horário TZ="{ $tz }" não é conhecido por este sistema, então os horários estão em UTC. Defina TZ com um nome como America/Sao_Paulo, ou remova essa variável para usar a configuração do sistema.

## Guided sessions.

session-stress-range = o estresse recebe uma nota de 1 a 10
# $routine is the routine id asked for.
session-no-routine = Não existe nenhuma rotina “{ $routine }”.
session-routine-gone = A rotina “{ $routine }” não existe mais, então a sessão foi guardada como parcial.

## The history: editing, logging by hand, undoing a delete, paging.

# $id is the session's id (a UUID).
history-no-session = Não existe nenhuma sessão { $id } (ela pode ter sido excluída).
# $value is the rating that was sent.
history-stress-before-range = o estresse antes deve ir de 1 (sem estresse) a 10 (muito estresse), não { $value }
history-stress-after-range = o estresse depois deve ir de 1 (sem estresse) a 10 (muito estresse), não { $value }
history-note-too-long = a observação tem mais de { $max } caracteres
# $reason is one of the import-session-… sentences below.
history-cannot-put-back = Não é possível restaurar essa sessão: { $reason }.
history-already-there = A sessão { $id } já está no histórico.
# $text is what was sent; 2026-11-24T20:00 shows the form it must have.
history-start-time-format = o horário de início deve ter o formato 2026-11-24T20:00, não “{ $text }”
# $error is what the date library said.
history-start-time-error = o horário de início: { $error }
history-logged-kind = uma sessão registrada é uma automassagem, uma massagem feita por outra pessoa ou uma massagem profissional
history-logged-minutes = uma sessão dura de 1 a 600 minutos, não { $minutes }
history-logged-title = dê à sessão um nome de até 80 caracteres
history-logged-future = esse horário de início está no futuro: registre as sessões depois que elas acontecerem
# $field is the filter's field, "from" or "to" (not translated); $date what was sent.
history-filter-not-a-date = { $field } deve ser uma data como 2026-11-24, não “{ $date }”
history-filter-date-error = { $field }: { $error }
history-page-marker = esse marcador de página não foi criado pelo Solewise

## The foot zones a person rates at check-in and check-out.

# $zone is what was sent; $parts the parts a zone id may name, as ids (toes, ball…).
history-zone-unknown = “{ $zone }” não é uma área do pé (as áreas são left- ou right- seguido de um destes: { $parts })
# $zone is the zone's name (history-zone-left-heel…); $rating the rating sent; $max the highest rating.
history-zone-rating-range = { $zone }: nota { $rating }, mas as notas vão de 0 a { $max }
history-zone-rated-twice = { $zone }: nota dada duas vezes
history-zone-left-toes = Dedos do pé esquerdo
history-zone-left-ball = Antepé esquerdo
history-zone-left-arch = Arco esquerdo
history-zone-left-heel = Calcanhar esquerdo
history-zone-left-top = Peito do pé esquerdo
history-zone-left-ankle = Tornozelo esquerdo
history-zone-left-achilles = Tendão de Aquiles esquerdo
history-zone-left-calf = Panturrilha esquerda
history-zone-right-toes = Dedos do pé direito
history-zone-right-ball = Antepé direito
history-zone-right-arch = Arco direito
history-zone-right-heel = Calcanhar direito
history-zone-right-top = Peito do pé direito
history-zone-right-ankle = Tornozelo direito
history-zone-right-achilles = Tendão de Aquiles direito
history-zone-right-calf = Panturrilha direita

## The insights in words (`solewise history stats`), one line each.

# $done sessions this week of the weekly goal, $goal; $met is "yes" when the goal is met;
# $first_day is the first day of the week, as an id (monday … sunday).
history-stats-week = Esta semana: { $done } de { $goal ->
        [one] { $goal } sessão
       *[other] { $goal } sessões
    } ({ $met ->
        [yes] meta cumprida
       *[no] meta ainda não cumprida
    }; início da semana: { $first_day ->
        [tuesday] terça-feira
        [wednesday] quarta-feira
        [thursday] quinta-feira
        [friday] sexta-feira
        [saturday] sábado
        [sunday] domingo
       *[monday] segunda-feira
    })
# $current and $best are numbers of weeks.
history-stats-streak = Sequência: { $current ->
        [one] { $current } semana seguida
       *[other] { $current } semanas seguidas
    } cumprindo a meta (recorde: { $best ->
        [one] { $best } semana
       *[other] { $best } semanas
    })
# $week, $month and $all are minutes; $sessions the number of sessions in all.
history-stats-minutes = Minutos: { $week } esta semana, { $month } este mês, { $all } no total, em { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    }
history-stats-stress-none = Estresse: ainda nenhuma sessão com nota antes e depois
history-stats-stress-same = Estresse: em média, sem mudança depois de uma sessão
# $points is how much stress went down (or up) on average, on the scale of 1 to 10, such as 1.5.
history-stats-stress-down = Estresse: em média, { $points ->
        [one] { $points } ponto a menos
       *[other] { $points } pontos a menos
    } depois de uma sessão
history-stats-stress-up = Estresse: em média, { $points ->
        [one] { $points } ponto a mais
       *[other] { $points } pontos a mais
    } depois de uma sessão
history-stats-zones = Áreas dos pés, as últimas doze semanas:
# One foot zone. $zone is its name (history-zone-…); $ratings how many sessions rated it;
# $average its average rating (0 to 10) in the latest week it was rated, $week the first
# day of that week (YYYY-MM-DD, or "-"); $trend is "down", "up", "same" or "unknown",
# with $change how much it changed since the first month; $high is "yes" when it was
# rated 7 or more in each of the last two weeks.
history-stats-zone = { $zone }: { $ratings ->
        [one] { $ratings } nota
       *[other] { $ratings } notas
    }, média de { $average } na semana de { $week }, { $trend ->
        [down] { $change } a menos desde o primeiro mês
        [up] { $change } a mais desde o primeiro mês
        [same] sem mudança desde o primeiro mês
       *[unknown] ainda não dá para ver uma mudança
    }{ $high ->
        [yes] { " " }(7 ou mais por duas semanas: vale a avaliação de um profissional)
       *[no] { "" }
    }

## Importing a history export (`solewise history import`, the History screen).
## Each session's problem is shown after "session 3 (id …): ".

# $file is the file's path; $problem one of the input-… or import-not-utf8 sentences.
import-file-problem = { $file }: { $problem }
# $offset is where in the file, in bytes.
import-not-utf8 = não é texto UTF-8 (byte inválido na posição { $offset }), então não é uma exportação do Solewise
# $line and $column are where the file stops making sense; $error is what the JSON reader said.
import-not-an-export = isto não é uma exportação de histórico do Solewise (linha { $line }, coluna { $column }: { $error })
# The same, with $field the JSON field the error is in, such as "sessions[2].title".
import-not-an-export-field = isto não é uma exportação de histórico do Solewise (linha { $line }, coluna { $column }: { $field }: { $error })
# $format is what the file says it is; $expected the format name of an export ("solewise-history").
import-wrong-format = o formato deste arquivo é “{ $format }”, não “{ $expected }”
import-version-zero = a versão deste arquivo é 0; as exportações do Solewise começam na versão 1
# $text is what the file holds.
import-bad-exported-at = o exported_at “{ $text }” deste arquivo não é uma data e hora como 2026-11-24T20:00:00Z
# $version is the file's version; $supported the newest this Solewise reads.
import-newer-version = esta exportação foi feita por um Solewise mais novo (versão { $version }; este lê até a { $supported })
# $number is the session's place in the file (1 for the first); $reason one of the import-session-… sentences, or the JSON reader's words.
import-session-problem = sessão { $number }: { $reason }
import-session-problem-id = sessão { $number } (id { $id }): { $reason }
# $first is the place of the earlier session with the same id.
import-session-duplicate = sessão { $number } (id { $id }): a sessão { $first } tem o mesmo id, mas outro conteúdo
# $count sessions are not valid; $problems lists them, one a line (import-session-problem…).
import-nothing-imported =
    nada foi importado: { $count ->
        [one] { $count } sessão não é válida
       *[other] { $count } sessões não são válidas
    }:
    { $problems }

## Why one session of an export cannot be imported. $field is the JSON field
## ("title", "started_at"…); $char a character's code, such as U+0007.

# $field is the JSON field the JSON reader found wrong, such as "steps[0].foot"; $error its words.
import-session-field-error = { $field }: { $error }
import-session-text-too-long = o campo { $field } tem { $length } caracteres; o máximo é { $max }
import-session-text-control-char = o campo { $field } contém o caractere de controle { $char }
# $number is the step's place in the session (1 for the first).
import-session-step-technique-too-long = a técnica do passo { $number } tem { $length } caracteres; o máximo é { $max }
import-session-step-technique-control-char = a técnica do passo { $number } contém o caractere de controle { $char }
# $text is what the file holds.
import-session-bad-time = { $field } “{ $text }” não é uma data e hora como 2026-11-24T20:00:00Z
import-session-before-2000 = { $field } { $text } é anterior ao ano 2000
import-session-in-future = { $field } { $text } está no futuro
import-session-bad-id = o id “{ $id }” não foi criado pelo Solewise (não é um UUID)
import-session-ends-before-start = ela termina (ended_at) antes de começar (started_at)
import-session-in-progress = o status é in_progress: ela ainda está em andamento
import-session-stress-range = { $field } deve ir de 1 a 10
import-session-no-title = o título está vazio
import-session-bad-routine-id = o routine_id “{ $routine }” não é um id de rotina (palavras em minúsculas unidas por hífens, com no máximo 48 caracteres)
# $value is the number of seconds the file gives; $max the most (a day).
import-session-too-long = o campo { $field } é { $value }; uma sessão dura no máximo { $max } segundos (um dia)
import-session-too-many-steps = ela tem { $count ->
        [one] { $count } passo
       *[other] { $count } passos
    }; uma sessão tem no máximo { $max }
# $total and $done are what the file says; $count and $count_done what its list of steps holds.
import-session-step-counts = os campos steps_total { $total } e steps_done { $done } não batem com a lista de { $count ->
        [one] { $count } passo
       *[other] { $count } passos
    }, dos quais { $count_done } feitos
# $position is the position the file gives the step.
import-session-step-order = os passos estão fora de ordem no passo { $number } (posição { $position })
import-session-step-seconds = o passo { $number } dura { $seconds } segundos; um passo dura de { $min } a { $max } segundos
import-session-step-no-technique = o passo { $number } não indica nenhuma técnica
# $reason is one of the history-zone-… sentences above.
import-session-zones-before = áreas do início da sessão: { $reason }
import-session-zones-after = áreas do fim da sessão: { $reason }

## Exporting the history, or the reminders as a calendar, to a file the person chose.

export-own-file = { $file } é o próprio banco de dados ou um backup do Solewise: escolha outro arquivo para exportar
export-write-failed = não foi possível gravar { $file }: { $error }
# $id is the session's id; $column the column of the export (title, note…).
export-not-utf8 = sessão { $id } ({ $column }): bytes que não são UTF-8 foram exportados como caracteres de substituição
# $id is the routine id asked for.
export-no-such-routine = Não existe nenhuma rotina “{ $id }”.

## Reading a file from outside (an import, a routine file). Each is shown after the
## file's name: "notes.json: it is a folder, …".

input-unreadable = não foi possível ler: { $error }
# $kind is what the file is; $what what it was to be read as: "routine" (a routine file)
# or "history-export" (a history export file).
input-not-regular = é { $kind ->
        [fifo] um pipe nomeado (FIFO)
        [device] um dispositivo
        [socket] um socket
        [folder] uma pasta
       *[other] um arquivo especial
    }, não um arquivo comum, então não pode ser { $what ->
        [routine] um arquivo de rotina
       *[history-export] uma exportação de histórico do Solewise
    }
# $max is the largest size allowed, in bytes.
input-too-large = tem mais de { $max } bytes, o máximo para { $what ->
        [routine] um arquivo de rotina
       *[history-export] uma exportação de histórico do Solewise
    }

## Routine, technique and programme files: what `solewise routines validate` and the
## Guides screen say of a file that is skipped. Each is shown after the file's name and
## line: "routines/desk-reset.toml:4: …". $field is a key of the file (title, summary,
## steps…); $char a character's code, such as U+0007.

# $error is what the system said.
routine-file-custom-folder-unreadable = não foi possível ler a pasta das suas rotinas: { $error }
routine-file-folder-unreadable = não foi possível ler a pasta: { $error }
routine-file-not-utf8 = não é texto UTF-8: é mesmo um arquivo de rotina?
# $file is the file's path.
routine-file-io = { $file }: { $error }
routine-file-not-custom = Não existe nenhuma rotina personalizada “{ $id }” (as rotinas incluídas não podem ser alteradas nem excluídas; duplique uma delas).
# $title is the title of the routine that has the id.
routine-file-id-taken = Já existe uma rotina com o id “{ $id }” ({ $title }). Escolha outro título ou id.
routine-file-new-id-invalid = o id “{ $id }” deve ter letras minúsculas e dígitos separados por hífens simples
routine-file-shadows-built-in = o id de rotina “{ $id }” é o de uma rotina incluída, então o Solewise ignoraria este arquivo: escolha outro id
routine-file-not-toml = não foi possível escrevê-la como TOML: { $error }
routine-file-id-invalid = o id “{ $id }” deve ter letras minúsculas e dígitos separados por hífens simples (como “heel-circles”), com no máximo 48 caracteres
# $stem is the file's name without .toml.
routine-file-id-not-file-name = o id “{ $id }” não corresponde ao nome do arquivo: renomeie o arquivo para { $id }.toml ou defina id = "{ $stem }"
routine-file-text-empty = { $field } está vazio
routine-file-text-too-long = { $field } tem { $length } caracteres; use menos de { $max }
routine-file-control-char = { $field } contém o caractere de controle { $char }; remova-o
# circulation, stress… are the values the file may hold.
routine-file-no-goals = goals está vazio: indique pelo menos um destes: circulation, stress, flexibility, sleep, recovery
routine-file-goal-twice = goals repete o mesmo objetivo
# $field is "needs" or "tags"; $count how many things it lists.
routine-file-list-too-long = { $field } lista { $count ->
        [one] { $count } item
       *[other] { $count } itens
    }; o máximo é { $max }
# $item is the text of the list that is too long or empty.
routine-file-list-item = { $field }: “{ $item }” deve ter de 1 a { $max } caracteres
routine-file-summary-too-long = summary tem mais de { $max } caracteres
routine-file-no-steps = uma rotina precisa de pelo menos uma entrada [[steps]]
routine-file-too-many-steps = { $count ->
        [one] { $count } passo é demais
       *[other] { $count } passos são demais
    }; o máximo é { $max }
# $number is the step's place (1 for the first); $technique the technique id it names.
routine-file-unknown-technique = o passo { $number } indica a técnica “{ $technique }”, que não existe
# $near is the known technique id that looks most like it.
routine-file-unknown-technique-near = o passo { $number } indica a técnica “{ $technique }”, que não existe (você quis dizer “{ $near }”?)
routine-file-step-seconds = o passo { $number } dura { $seconds } segundos; um passo dura de { $min } a { $max } segundos
routine-file-cue-control-char = a dica do passo { $number } contém o caractere de controle { $char }; remova-o
routine-file-cue-too-long = a dica do passo { $number } tem mais de { $max } caracteres
routine-file-too-long = os passos somam { $minutes } minutos; uma rotina dura no máximo { $max } minutos
# $first is the file that has the id already.
routine-file-id-used = o id de rotina “{ $id }” já é usado por { $first }; este arquivo foi ignorado
# "traditional" is a value the file holds, and 'tradition' a key: neither is translated.
technique-file-seconds-range = seconds é { $seconds }; uma técnica dura de { $min } a { $max } segundos
# $name is the file name given.
technique-file-illustration = illustration “{ $name }” deve ser um nome de arquivo terminado em .svg, sem pastas
technique-file-no-steps = steps deve listar pelo menos uma instrução, e nenhuma pode estar vazia
technique-file-needs-tradition = uma técnica tradicional precisa de uma linha 'tradition' dizendo de onde ela vem
technique-file-tradition-not-traditional = tradition é só para técnicas com category = "traditional"
technique-file-id-taken = o id de técnica “{ $id }” já é usado por { $first }; este arquivo foi ignorado
# '# ' and '## ' are how the page's title and headings begin.
page-file-two-titles = uma página tem um só título '# '; use '## ' para os subtítulos
page-file-no-title = uma página deve começar com um título '# '

## Programme files, and programmes as the Guides screen and the tray show them.

programme-file-no-weeks = um programa precisa de pelo menos uma entrada [[weeks]]
programme-file-too-many-weeks = { $count ->
        [one] { $count } semana é demais
       *[other] { $count } semanas são demais
    }; o máximo é { $max }
# $week is the week's place (1 for the first).
programme-file-week-empty = a semana { $week } não tem sessões: indique pelo menos uma rotina
programme-file-week-too-many = a semana { $week } tem { $count ->
        [one] { $count } sessão
       *[other] { $count } sessões
    }; o máximo é { $max }
# $session is the session's place in the week; $routine the routine id it names.
programme-file-unknown-routine = a semana { $week }, sessão { $session }, indica a rotina “{ $routine }”, que não existe
# $near is the known routine id that looks most like it.
programme-file-unknown-routine-near = a semana { $week }, sessão { $session }, indica a rotina “{ $routine }”, que não existe (você quis dizer “{ $near }”?)
programme-file-note-empty = a nota da semana { $week } está vazia
programme-file-note-too-long = a nota da semana { $week } tem { $length } caracteres; use menos de { $max }
programme-file-note-control-char = a nota da semana { $week } contém o caractere de controle { $char }; remova-o
programme-file-id-taken = o id de programa “{ $id }” já é usado por { $first }; este arquivo foi ignorado
# $id is the programme id asked for.
programme-not-found = Não existe nenhum programa “{ $id }”.
# Where the person is in the programme they joined, as the tray shows it. $title is the
# programme's title; $week the week (1 for the first), $session the next session's place
# in it and $sessions how many sessions that week has.
programme-progress = { $title } · semana { $week }, sessão { $session } de { $sessions }
programme-progress-complete = { $title } · concluído

## Talking to the tray daemon (Solewise's background program).

# $endpoint is the socket's or pipe's path.
ipc-not-running = O programa em segundo plano do Solewise não está em execução (ninguém escuta em { $endpoint }).
ipc-no-answer = O programa em segundo plano do Solewise não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
# $theirs and $ours are protocol numbers; $version the daemon's version, such as 0.1.0.
ipc-other-protocol = O programa em segundo plano do Solewise usa o protocolo { $theirs } (versão { $version }); este programa usa o { $ours }.
# $error is what was wrong with what it sent (one of the ipc-… below, or the JSON reader's words).
ipc-garbled = O programa em segundo plano do Solewise enviou algo que não é uma mensagem: { $error }
ipc-connection-failed = A conexão com o programa em segundo plano do Solewise falhou: { $error }
ipc-message-too-long = uma mensagem com mais de { $max } bytes
ipc-message-not-utf8 = uma mensagem que não é UTF-8
ipc-connection-closed = a conexão foi encerrada
# The daemon's answer to a line that is not a message; $error is the JSON reader's words.
ipc-not-a-message = não é uma mensagem do Solewise: { $error }
# The daemon's answer to a program that did not introduce itself; $protocol is a number.
ipc-hello-first = primeiro envie hello com o protocolo { $protocol }
ipc-endpoint-taken = um daemon do Solewise já escuta em { $endpoint }
ipc-daemon-no-answer = o daemon da bandeja não respondeu: { $error }
ipc-daemon-not-installed = o daemon da bandeja não está instalado aqui: os lembretes ficam esperando
# $program is the daemon program's path.
ipc-daemon-start-failed = não foi possível iniciar o daemon da bandeja { $program }: { $error }
# $log is the daemon's log file.
ipc-daemon-did-not-start = o daemon da bandeja não iniciou; veja { $log }

## Spoken guidance through Speech Dispatcher, the speech service of Linux desktops.

# $detail says where it was looked for and what the system said.
speech-unavailable = Nenhum serviço de fala está em execução (o Speech Dispatcher não está instalado ou não iniciou: { $detail }).
speech-stopped-answering = O serviço de fala parou de responder: { $error }
# $command is the command sent, such as "SET self RATE 100" (not translated); $answer the service's answer.
speech-refused = O serviço de fala recusou “{ $command }”: { $answer }
# XDG_RUNTIME_DIR is an environment variable.
speech-no-runtime-dir = XDG_RUNTIME_DIR não está definida
# $socket is where the service was looked for.
speech-socket-error = { $socket }: { $error }
speech-unreadable-answer = não foi possível ler a resposta dele a “{ $command }”
# $seconds is how long it waited; "s" is short for seconds.
speech-no-answer = nenhuma resposta em { $seconds } s
# $code is the service's answer code, a number.
speech-answer-coded = uma resposta com o código { $code }
# $spaces is "yes" for a voice name (which may have spaces) and "no" for a language tag.
speech-value-not-sent = não enviado: o valor deve ser { $spaces ->
        [yes] uma linha
       *[no] uma palavra
    } sem caracteres de controle

## Keeping history in step through a synced folder

sync-line-not-json = esta linha não é um registro de alteração: { $error }
sync-line-bad-clock = o carimbo de data/hora “{ $clock }” não está no formato que o Solewise grava
sync-line-other-device = o registro diz que foi gravado pelo computador { $device }, e não por aquele em cuja pasta ele está
sync-line-unknown-field = o campo “{ $field }” não existe em uma sessão
sync-session-refused = a sessão { $id } vinda de outro computador não foi adicionada: { $reason }
sync-this-computer = Este computador
sync-folder-missing = A pasta de sincronização { $folder } não está disponível (um disco desconectado ou uma pasta movida?). As alterações feitas aqui aguardam até ela voltar.
sync-folder-unwritable = O Solewise não consegue gravar na pasta de sincronização { $folder }: { $error }. As alterações feitas aqui aguardam até que isso seja possível.
sync-folder-unreadable = O Solewise não consegue ler a pasta de sincronização { $folder }: { $error }
sync-name-invalid = O nome de um computador deve ter de 1 a { $max } caracteres, em uma única linha.
sync-is-off = A sincronização está desativada: primeiro ative-a com uma pasta (solewise sync set PASTA, ou Configurações → Sincronização).
sync-device-shared = Outro computador estava gravando com o id de sincronização deste computador (esta pasta de dados foi copiada dele?). Agora este computador tem um id próprio; nada do que qualquer um dos dois gravou foi perdido.
sync-file-newer = { $file } foi gravado por uma versão mais nova do Solewise: atualize o Solewise neste computador para mesclar tudo.
sync-line-bad-id = “{ $id }” não é o id de nada que o Solewise mantém sincronizado
sync-routine-refused = a rotina { $id } vinda de outro computador não foi salva: { $reason }
sync-encrypted = Os arquivos da pasta de sincronização estão criptografados com uma frase secreta. Informe a mesma frase secreta neste computador (Configurações → Sincronização, ou solewise sync passphrase) para mesclá-los; até lá, nada muda aqui e nada é gravado na pasta.
sync-passphrase-wrong = Os arquivos que { $computer } gravou na pasta de sincronização não abrem com a frase secreta deste computador. Informe a mesma frase secreta nos dois computadores; até lá, os arquivos aguardam.
sync-file-unreadable = Ainda não é possível abrir { $file } ({ $error }): talvez ele ainda não tenha chegado por completo. Ele será lido de novo na próxima sincronização.
sync-passphrase-invalid = Uma frase secreta deve ter pelo menos { $min } caracteres, em uma única linha.
