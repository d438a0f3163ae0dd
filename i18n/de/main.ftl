# Kommandozeile, Überschriften und Beschriftungen (Deutsch).

cli-help =
    smtp-doctor { $version } – warum geht meine E-Mail nicht raus, und was muss ich ändern?

    Aufruf:
      smtp-doctor                       öffnet das Programmfenster (vorerst erscheint diese Hilfe)
      smtp-doctor explain [OPTIONEN] [TEXT]
                                        erklärt eine Fehlermeldung Ihres E-Mail-Programms,
                                        eine Unzustellbarkeitsnachricht oder eine Serverantwort;
                                        liest aus der Standardeingabe, wenn TEXT fehlt oder „-“ ist

    Optionen:
      --lang de|en      Sprache der Antwort (Standard: Systemsprache)
      --client NAME     Anleitungen auf outlook, thunderbird, apple-mail oder windows-mail zuschneiden
      --json            ein JSON-Objekt statt Text ausgeben
      -h, --help        diese Hilfe anzeigen
      -V, --version     Version anzeigen

cli-error-prefix = Fehler
cli-error-unknown-option = Unbekannte Option: { $option }
cli-error-unknown-command = Unbekannter Befehl: { $command }
cli-error-missing-value = Die Option { $option } braucht einen Wert.
cli-error-unexpected-value = Die Option { $option } erwartet keinen Wert.
cli-error-bad-lang = Unbekannte Sprache „{ $value }“. Möglich sind de und en.
cli-error-bad-client = Unbekanntes E-Mail-Programm „{ $value }“. Möglich sind outlook, thunderbird, apple-mail, windows-mail und other.
cli-error-too-many-texts = Geben Sie den Fehlertext als ein einziges Argument (in Anführungszeichen) an oder übergeben Sie ihn per Pipe.
cli-error-read-input = Der Fehlertext konnte nicht gelesen werden: { $error }
cli-error-input-too-large = Der Text ist größer als { $limit } MiB. Fügen Sie nur die Fehlermeldung ein.
cli-error-empty-input = Sie haben keinen Text zum Erklären angegeben. Geben Sie die Fehlermeldung als Argument an oder übergeben Sie sie per Pipe.
cli-error-bad-argument = Dieses Argument ist kein gültiger Text: { $value }
cli-hint-help = Mit „smtp-doctor --help“ sehen Sie, wie der Aufruf funktioniert.

explain-heading-cause = Ursache
explain-heading-facts = Was die Meldung verrät
explain-heading-fixes = Was Sie tun können
explain-no-fixes = Es wurde nichts gefunden, was Sie ändern können. Fügen Sie die vollständige Meldung ein, samt aller Zahlen.
explain-confidence =
    { $confidence ->
        [high] (eindeutig)
        [medium] (wahrscheinlich)
       *[low] (vorsichtige Einschätzung – der Text verrät wenig)
    }

fact-server-response = Antwort des Servers
fact-reply-code = Antwortcode
fact-enhanced-code = Statuscode
fact-hresult = Fehlernummer
fact-server = Postausgangsserver
fact-port = Port
fact-tls = Verschlüsselt (SSL/TLS)
fact-rejected-address = Abgelehnte Adresse
fact-ip = IP-Adresse

value-yes = ja
value-no = nein
cli-paste-prompt = Fügen Sie die Fehlermeldung ein und drücken Sie dann Strg+D (Windows: Strg+Z, dann Eingabetaste).
