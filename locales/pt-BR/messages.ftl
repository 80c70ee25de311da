# What the Rust programs say that is not an error: the command line, the tray,
# notifications, the calendar file and voice guidance. Variables are written $like_this.

## Checking translations of the shipped content (`solewise routines validate`).
## Each is shown after the file's name and line: "routines/locales/de/x.toml:4: …".

# A translation file whose English file does not exist.
translation-no-source = não existe nenhum arquivo em inglês com este nome para traduzir
# $language is a tag such as "de"; $source the English file, such as "techniques/heel-circles.toml".
translation-missing-file = faltando: o idioma { $language } consta como completo, mas não tem tradução de { $source }
# $key is a key of the file, such as "summary" or "steps[2].cue".
translation-key-no-source = “{ $key }” não tem texto em inglês para traduzir aqui
# $count items in the translation where the English has $english.
translation-count = “{ $key }” tem { $count } itens, mas o inglês tem { $english }: é preciso ter um para cada
translation-missing-key = “{ $key }” não está traduzido, mas o idioma consta como completo
translation-folder-unreadable = não foi possível ler a pasta: { $error }

## Settings.

# $tag is what was sent, such as "xx-YY".
settings-unknown-language = “{ $tag }” não é um idioma que o Solewise fala; escolha um da lista, ou Sistema.

## The tray icon's menu and tooltip.

# $when is a date and time already written the local way, such as "Thu, Dec 3, 8:00 PM".
tray-next-reminder = Próximo lembrete: { $when }
tray-reminders-paused = Lembretes pausados
tray-no-reminders = Nenhum lembrete definido
tray-start = Começar uma sessão
tray-pause-today = Pausar lembretes por hoje
tray-resume = Retomar lembretes
tray-open = Abrir o Solewise
tray-quit = Sair

## Reminder notifications and their buttons.

# The title of a reminder the user gave no label.
reminder-title = Hora da sua massagem nos pés
# $routine is the routine's title; $minutes how long it takes.
reminder-body = { $routine } · { $minutes } min
reminder-body-no-routine = Seus pés merecem alguns minutos.
reminder-open = Abrir o Solewise
reminder-start = Começar agora
reminder-snooze = Adiar
test-notification-title = Notificação de teste do Solewise
test-notification-body = Os lembretes vão aparecer assim. Hora de cuidar dos seus pés!
# $detail is what the desktop said, in its own words.
notification-no-service = Nenhum serviço de notificações está em execução nesta área de trabalho, então o Solewise não pode mostrar notificações na área de trabalho. Os lembretes continuam guardados e aparecem aqui, no app. ({ $detail })
notification-refused = A área de trabalho não mostrou a notificação: { $detail }

## The command line (`solewise …`). Its --help stays in English; ids, JSON and CSV never change.

# $asked is what followed --lang; $shown the name of the language used instead, in itself ("English", "Português (Brasil)").
cli-language-fallback = aviso: “{ $asked }” não é um idioma que o Solewise fala; exibindo em { $shown }
cli-reminders-on = os lembretes estão ativados
# $id is the reminder's number; $days the days as typed (mon,thu: not translated); $at a time such as 20:00.
cli-reminder-added = lembrete { $id } adicionado: { $days } às { $at }
cli-no-reminders = nenhum lembrete
# Shown after a reminder that is turned off, in brackets.
cli-reminder-off = desativado
cli-reminder-removed = lembrete { $id } removido
cli-no-reminders-ahead = nenhum lembrete agendado
cli-nothing-to-export = não há lembretes para exportar (nenhum, ou todos desativados): adicione um com `solewise reminders add`
# $length is what was typed after --for, such as "9000000d".
cli-pause-too-long = “{ $length }” vai além do ano 9999
cli-paused-until-resume = lembretes pausados até `solewise resume`
# $until is a date and time in RFC 3339 (2026-12-05T08:00:00+01:00), kept as is for scripts.
cli-paused-until = lembretes pausados até { $until }
cli-warning = aviso: { $warning }
cli-imported = { $added ->
    [one] { $added } sessão adicionada
   *[other] { $added } sessões adicionadas
}, { $skipped ->
    [one] { $skipped } já existia e foi ignorada
   *[other] { $skipped } já existiam e foram ignoradas
}
cli-validate-good = { $checked ->
    [one] { $checked } arquivo verificado: tudo certo
   *[other] { $checked } arquivos verificados: tudo certo
}
cli-validate-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} em { $checked ->
    [one] { $checked } arquivo verificado
   *[other] { $checked } arquivos verificados
}
cli-skipped = ignorado: { $problem }
cli-list-problems = { $count ->
    [one] { $count } problema: as rotinas acima são as que puderam ser lidas
   *[other] { $count } problemas: as rotinas acima são as que puderam ser lidas
}
cli-nothing-found = nada encontrado para “{ $words }”
# $title is the programme's title.
cli-programme-line = { $title } ({ $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}, { $sessions ->
    [one] { $sessions } sessão
   *[other] { $sessions } sessões
})
# $programme is where the user is in it: "First four weeks · week 1, session 1 of 2".
cli-programme-joined = você entrou em { $programme }
cli-programme-joined-reminder = você entrou em { $programme }; lembrete: { $days } às { $at }
cli-no-programme = você não entrou em nenhum programa: veja `solewise programmes list`
cli-programme-left = você saiu de { $programme }
cli-no-programme-to-leave = você não estava em nenhum programa
cli-daemon-not-running = o processo da bandeja não estava em execução
cli-autostart-on = O Solewise abre na bandeja quando você entra na sessão.
cli-autostart-off = O Solewise não abre quando você entra na sessão.

## The calendar file (solewise reminders export-ics, and Reminders → Add to calendar).

calendar-name = Lembretes do Solewise
# $routine is the routine's title; $minutes how long it takes.
calendar-description = { $routine }, { $minutes } min: uma rotina do Solewise

## Voice guidance.

# $language is a language tag such as "de"; shown when no installed voice speaks it.
speech-no-voice = Nenhuma voz instalada neste computador fala este idioma ({ $language }), então os passos não são lidos em voz alta. Instale uma voz para ele (por exemplo, a do espeak-ng) e reinicie o Solewise.

## solewise history add, edit, delete

cli-history-title-self = Automassagem
cli-history-title-partner = Massagem feita por outra pessoa
cli-history-title-professional = Massagem profissional
cli-history-edited = A observação da sessão { $id } foi salva.
cli-history-deleted = A sessão “{ $title }” ({ $id }) foi excluída.

## solewise sync

cli-sync-on = A sincronização está ativada, pela pasta { $folder }.
cli-sync-off = A sincronização está desativada. O histórico deste computador continua como está.
cli-sync-done = { $sent ->
    [one] { $sent } alteração gravada
   *[other] { $sent } alterações gravadas
}, { $received ->
    [one] { $received } recebida de outros computadores.
   *[other] { $received } recebidas de outros computadores.
}
cli-sync-status-on = Sincronização: ativada, pela pasta { $folder }
cli-sync-status-off = Sincronização: desativada
cli-sync-status-name = Este computador: { $name }
cli-sync-status-merged = Última sincronização: { $when }
cli-sync-status-never = Nenhuma sincronização ainda
cli-sync-status-computers = { $count ->
    [0] Nenhum outro computador encontrado ainda
    [one] { $count } outro computador:
   *[other] { $count } outros computadores:
}
cli-sync-status-computer = { $name }, última alteração: { $when }
cli-sync-status-waiting = { $count ->
    [one] { $count } alteração aguardando a pasta
   *[other] { $count } alterações aguardando a pasta
}
cli-sync-renamed = Agora este computador se chama { $name }.
cli-sync-progress = { $percent }% mesclado
cli-sync-status-encrypted = Os arquivos da pasta estão criptografados com uma frase secreta.
cli-sync-passphrase-ask = Frase secreta da pasta de sincronização:
cli-sync-passphrase-again = Repita a frase secreta:
cli-sync-passphrase-mismatch = As duas frases secretas não são iguais; nada foi alterado.
cli-sync-passphrase-on = Os arquivos deste computador na pasta de sincronização estão criptografados com a frase secreta. Informe a mesma nos seus outros computadores.
cli-sync-passphrase-off = Os arquivos deste computador na pasta de sincronização não estão mais criptografados.
reminder-skipped-elsewhere = O lembrete das { $time } foi pulado: uma sessão já foi feita em { $computer }.
