# Kommandozeile, Überschriften und Beschriftungen (Deutsch).

cli-help =
    smtp-doctor { $version } – warum geht meine E-Mail nicht raus, und was muss ich ändern?

    Aufruf:
      smtp-doctor                       öffnet das Programmfenster
      smtp-doctor explain [OPTIONEN] [TEXT]
                                        erklärt eine Fehlermeldung Ihres E-Mail-Programms,
                                        eine Unzustellbarkeitsnachricht oder eine Serverantwort;
                                        liest aus der Standardeingabe, wenn TEXT fehlt oder „-“ ist

      smtp-doctor check --host SERVER [PRÜFOPTIONEN]
      smtp-doctor check --profile NAME [PRÜFOPTIONEN]
                                        prüft Ihren Postausgangsserver live von diesem
                                        Netz aus, ohne etwas zu versenden
      smtp-doctor profile list | show NAME | save NAME [PRÜFOPTIONEN] | delete NAME
                          | export [NAME…] [--file DATEI] | import DATEI [--force]
                                        gespeicherte Einstellungen; Passwörter nur in
                                        der Passwortverwaltung des Systems
      smtp-doctor autodetect ADRESSE [--offline] [--verify [--ca-file DATEI]] [--json]
                                        welcher Postausgangsserver, Port und welche
                                        Verschlüsselung passen – und woher die Angaben stammen;
                                        --verify prüft die drei besten Vorschläge kurz von
                                        diesem Netz aus (nur Verbindung, Verschlüsselung
                                        und EHLO)
      smtp-doctor import thunderbird [ORDNER] | outlook-reg DATEI
                          --json, --save NAME [--from ADRESSE]
                                        die Konten, mit denen Ihr E-Mail-Programm
                                        eingerichtet ist (nur lesend, nie ein Passwort);
                                        --save speichert eines als Profil

    Prüfoptionen:
      --host SERVER     Name des Postausgangsservers (SMTP)
      --port PORT       Port (Standard: 587, mit --tls implicit 465)
      --tls MODUS       Verschlüsselung: auto, none, starttls oder implicit
                        (implicit = SSL/TLS; Standard: auto)
      --user NAME       Benutzername für die Anmeldung
      --password-stdin  Passwort aus der Standardeingabe lesen (erste Zeile)
      --oauth2-token-stdin
                        stattdessen ein OAuth2-Zugriffstoken aus der Standardeingabe
                        lesen und sich damit per XOAUTH2 anmelden
      --from ADRESSE    Ihre Absenderadresse (Standard: der Wert von --user, wenn er
                        eine E-Mail-Adresse ist)
      --to ADRESSE      Empfängeradresse für den Relay-Test (mehrfach möglich)
      --sweep           zusätzlich die Ports 587, 465, 25 und 2525 gleichzeitig prüfen
      --sweep-ports LISTE
                        statt der Ports von --sweep die Ports aus LISTE prüfen,
                        z. B. 587:starttls,465:implicit
      --timeout SEKUNDEN
                        Zeitlimit je Schritt in Sekunden (Standard: 10)
      --insecure        auch bei ungültigem Zertifikat weitermachen (das Problem
                        wird trotzdem gemeldet)
      --ca-file DATEI   den Zertifikaten in dieser PEM-Datei zusätzlich vertrauen
      --helo NAME       Name, mit dem sich smtp-doctor beim Server vorstellt (EHLO)
      --send-test-message
                        nach erfolgreicher Prüfung eine Testnachricht an Ihre
                        eigene Adresse senden
      --pop3-host SERVER
                        sich zuerst bei diesem POP3-Server anmelden („POP before SMTP“)
      --pop3-port PORT, --pop3-tls MODUS
                        Port und Verschlüsselung dieses POP3-Servers
                        (Standard: 110 mit STARTTLS)
      --auth on|off     ob sich Ihr E-Mail-Programm anmeldet (Standard: on, wenn ein
                        Passwort angegeben ist)
      --location home|office|travel
                        wo Sie sind: zu Hause am Internetanschluss Ihres Anbieters,
                        im Büro oder unterwegs (Hotel, Flughafen, Café, Hotspot)
      --account provider|work|freemail
                        Postfach Ihres Internetanbieters, Firmenpostfach oder Freemail
      --apply-fixes     die Lösungen nacheinander ausprobieren und nach jeder erneut prüfen
      --profile NAME    ein gespeichertes Profil verwenden (hier angegebene Optionen
                        haben Vorrang)
      --from-mail-program thunderbird[:ORDNER] | outlook-reg:DATEI
                        die Einstellungen aus Ihrem E-Mail-Programm übernehmen (das
                        Konto von --from oder das einzige); die Lösungen verwenden
                        dessen Bezeichnungen
      --display-name NAME, --reply-to ADRESSE
                        (profile save) Ihr Name und Ihre Antwortadresse
      Rückgabewert: 0 = Versand funktioniert, 1 = Problem gefunden, 2 = Aufruffehler.

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
cli-error-write = Die Antwort konnte nicht ausgegeben werden: { $error }
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
cli-error-bad-import-source = „{ $value }“ ist kein E-Mail-Programm, aus dem sich übernehmen lässt. Möglich sind „thunderbird“ (auf Wunsch mit Profilordner) und „outlook-reg“ mit einer .reg-Datei.
cli-error-import-which-account = Es gibt mehrere Konten ({ $accounts }). Wählen Sie eines mit --from ADRESSE.
