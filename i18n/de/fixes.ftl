# Eine Nachricht je Lösungs-ID. Der Wert sagt, was zu tun ist; das Attribut .how (wo
# vorhanden) sagt, wo man klickt – mit den Bezeichnungen des E-Mail-Programms ($client:
# outlook, thunderbird, apple-mail, windows-mail, other). Bezeichnungen nach
# shared/reference/mail-client-labels.md.

fix-enable_smtp_auth = Schalten Sie die Anmeldung am Postausgangsserver ein – mit demselben Benutzernamen und Passwort wie beim Abrufen Ihrer E-Mails.
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → Weitere Einstellungen… → Registerkarte „Postausgangsserver“ → „Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Server auswählen → Bearbeiten… → „Authentifizierungsmethode:“ auf „Passwort, normal“ stellen und den „Benutzername:“ eintragen.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Account auswählen → Servereinstellungen → im Bereich für ausgehende E-Mails „Verbindungseinstellungen automatisch verwalten“ deaktivieren und „Authentifizierung“ auf „Passwort“ stellen.
            [windows-mail] In Windows Mail: Konten verwalten → Konto auswählen → Einstellungen ändern → Synchronisierungseinstellungen für Postfach ändern → Erweiterte Postfacheinstellungen → „Ausgangsserver erfordert Authentifizierung“ und „Benutzernamen und Kennwort auch zum Senden von E-Mail verwenden“ ankreuzen.
           *[other] In Outlook heißt die Einstellung „Der Postausgangsserver (SMTP) erfordert Authentifizierung“ (Weitere Einstellungen… → Registerkarte „Postausgangsserver“); in Thunderbird stellen Sie „Authentifizierungsmethode:“ auf „Passwort, normal“ (Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten…).
        }

fix-use_submission_port = Senden Sie über Port { $port } { $security ->
        [implicit_tls] mit SSL/TLS
        [none] ohne Verschlüsselung
       *[starttls] mit STARTTLS
    }. Dieser Port ist für E-Mail-Programme gedacht; Port 25 ist oft gesperrt und lässt selten eine Anmeldung zu.
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Servereinstellungen → „Ausgehende E-Mail“ → „Port“ { $port }, „Verschlüsselungsmethode“ { $security ->
                [implicit_tls] SSL/TLS
                [none] Keine
               *[other] STARTTLS
            }. Im klassischen Dialog: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → Weitere Einstellungen… → Registerkarte „Erweitert“ → „Postausgangsserver (SMTP):“ { $port }, „Verwenden Sie den folgenden verschlüsselten Verbindungstyp:“ { $security ->
                [implicit_tls] SSL/TLS
                [none] Keine
               *[other] STARTTLS
            }. Im neuen Outlook: Einstellungen → Konten → E-Mail-Konten → Konto → Verwalten → Kontoeinstellungen ändern.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Port:“ { $port }, „Verbindungssicherheit:“ { $security ->
                [implicit_tls] SSL/TLS
                [none] Keine
               *[other] STARTTLS
            }.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → „Verbindungseinstellungen automatisch verwalten“ deaktivieren, dann „Port“ auf { $port } setzen und „TLS/SSL verwenden“ { $security ->
                [none] deaktivieren
               *[other] aktivieren
            }.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → bei „Postausgangsserver“ „:{ $port }“ an den Servernamen anhängen und „SSL für ausgehende E-Mails erforderlich“ ankreuzen.
           *[other] In Outlook: Weitere Einstellungen… → Registerkarte „Erweitert“; in Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Port:“ und „Verbindungssicherheit:“.
        }

fix-use_authenticated_submission = Senden Sie mit Anmeldung über den Port für E-Mail-Programme: Port { $port } { $security ->
        [implicit_tls] mit SSL/TLS
        [none] ohne Verschlüsselung
       *[starttls] mit STARTTLS
    }, Anmeldung am Postausgangsserver eingeschaltet, Benutzername und Passwort wie beim Abrufen Ihrer E-Mails.
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → Weitere Einstellungen… → Registerkarte „Postausgangsserver“ → „Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen; dann Registerkarte „Erweitert“ → „Postausgangsserver (SMTP):“ auf { $port } und „Verwenden Sie den folgenden verschlüsselten Verbindungstyp:“ auf { $security ->
                [implicit_tls] SSL/TLS
                [none] Keine
               *[other] STARTTLS
            } stellen.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Server auswählen → Bearbeiten… → „Port:“ auf { $port }, „Verbindungssicherheit:“ auf { $security ->
                [implicit_tls] SSL/TLS
                [none] Keine
               *[other] STARTTLS
            } und „Authentifizierungsmethode:“ auf „Passwort, normal“ stellen; unter „Benutzername:“ Ihren Benutzernamen eintragen.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Account auswählen → Servereinstellungen → im Bereich für ausgehende E-Mails „Verbindungseinstellungen automatisch verwalten“ deaktivieren, dann „Port“ auf { $port } setzen, „TLS/SSL verwenden“ aktivieren und „Authentifizierung“ auf „Passwort“ stellen.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → bei „Postausgangsserver“ „:{ $port }“ an den Servernamen anhängen und „Ausgangsserver erfordert Authentifizierung“, „Benutzernamen und Kennwort auch zum Senden von E-Mail verwenden“ sowie „SSL für ausgehende E-Mails erforderlich“ ankreuzen.
           *[other] In Outlook finden Sie die Einstellungen unter „Weitere Einstellungen…“ auf den Registerkarten „Postausgangsserver“ und „Erweitert“, in Thunderbird unter Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten…
        }

fix-switch_encryption = Stellen Sie die Verbindungssicherheit auf { $security ->
        [starttls] STARTTLS und den Port auf { $port }
        [implicit_tls] SSL/TLS und den Port auf { $port }
       *[none] „Keine“
    } um.
    .how =
        { $client ->
            [outlook] In Outlook: … → Ändern… → Weitere Einstellungen… → Registerkarte „Erweitert“ → „Verwenden Sie den folgenden verschlüsselten Verbindungstyp:“ und „Postausgangsserver (SMTP):“.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Verbindungssicherheit:“ und „Port:“.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → „Verbindungseinstellungen automatisch verwalten“ deaktivieren, dann „TLS/SSL verwenden“ und „Port“.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → „SSL für ausgehende E-Mails erforderlich“.
           *[other] Die Einstellung heißt in Thunderbird „Verbindungssicherheit“ und in Outlook „Verwenden Sie den folgenden verschlüsselten Verbindungstyp“ (Weitere Einstellungen… → Registerkarte „Erweitert“).
        }

fix-match_encryption_to_port = Port und Verschlüsselung müssen zusammenpassen: Port 587 mit STARTTLS oder Port 465 mit SSL/TLS. Andere Kombinationen scheitern.
    .how =
        { $client ->
            [outlook] In Outlook: … → Ändern… → Weitere Einstellungen… → Registerkarte „Erweitert“ → „Postausgangsserver (SMTP):“ und „Verwenden Sie den folgenden verschlüsselten Verbindungstyp:“.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Port:“ und „Verbindungssicherheit:“.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → „Verbindungseinstellungen automatisch verwalten“ deaktivieren, dann „Port“ und „TLS/SSL verwenden“.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → „Postausgangsserver“ (Server:Port) und „SSL für ausgehende E-Mails erforderlich“.
           *[other] Beide Einstellungen finden Sie dort, wo in Ihrem E-Mail-Programm der Postausgangsserver (SMTP) eingerichtet ist.
        }

fix-use_network_smtp_server = Verwenden Sie den Postausgangsserver des Netzes, mit dem Sie gerade verbunden sind, im Büro zum Beispiel den Server Ihrer Firma. Den Namen erfahren Sie vom Administrator oder Anbieter dieses Netzes.
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → „Postausgangsserver (SMTP)“.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Hinzufügen…, dann beim Konto unter „Postausgangs-Server (SMTP):“ auswählen.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → Einblendmenü „Account“ → „SMTP-Serverliste bearbeiten“.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → „Postausgangsserver“.
           *[other] Tragen Sie ihn als Postausgangsserver (SMTP) Ihres Kontos ein.
        }

fix-pop_before_smtp = Falls Ihr Anbieter „POP before SMTP“ verwendet: Nach dem Abrufen Ihrer E-Mails lässt der Server Sie einige Minuten lang senden. Rufen Sie also zuerst Ihre E-Mails ab und senden Sie gleich danach.
    .how =
        { $client ->
            [outlook] In Outlook lässt sich das automatisieren: … → Weitere Einstellungen… → Registerkarte „Postausgangsserver“ → „Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen und „Vor dem Senden bei Posteingangsserver anmelden“ wählen.
            [thunderbird] Thunderbird hat dafür keine Einstellung: Klicken Sie vor dem Senden auf „Abrufen“.
           *[other] Rufen Sie vor dem Senden neue E-Mails ab (etwa mit „Senden/Empfangen“ oder „Abrufen“).
        }

fix-use_own_address_as_sender =
    { $domain ->
        [none] Senden Sie mit einer Adresse, die zu dem Konto gehört, mit dem Sie sich anmelden, und verwenden Sie eine solche Adresse auch als Antwortadresse.
       *[other] Senden Sie mit einer Adresse, die auf { "@" }{ $domain } endet – wie das Konto, mit dem Sie sich anmelden –, und verwenden Sie eine solche Adresse auch als Antwortadresse.
    }
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → „E-Mail-Adresse“; die Antwortadresse steht unter Weitere Einstellungen… → Registerkarte „Allgemein“ → „Antwortadresse“.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Konto auswählen → „E-Mail-Adresse:“ und „Antwortadresse:“.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Account auswählen → „E-Mail-Adresse“.
           *[other] Prüfen Sie Absender- und Antwortadresse in den Kontoeinstellungen.
        }

fix-check_credentials = Geben Sie Benutzername und Passwort noch einmal ein – genau so wie bei der Anmeldung im Webmail Ihres Anbieters. Bei den meisten Anbietern ist der Benutzername die vollständige E-Mail-Adresse.
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → „Benutzername“ und „Kennwort“; für eine eigene Anmeldung am Postausgangsserver: Weitere Einstellungen… → Registerkarte „Postausgangsserver“ → „Anmelden mit“.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Benutzername:“.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → Bereich für ausgehende E-Mails → „Benutzername“ und „Passwort“.
           *[other] Beides finden Sie in den Kontoeinstellungen Ihres E-Mail-Programms beim Postausgangsserver.
        }

fix-create_app_password = Erstellen Sie in den Sicherheitseinstellungen Ihres Kontos auf der Website des Anbieters ein App-Passwort und tragen Sie es im E-Mail-Programm statt Ihres normalen Passworts ein.

fix-sign_in_via_browser = Melden Sie sich auf diesem Gerät einmal im Browser beim Webmail Ihres Anbieters an und bestätigen Sie die Anmeldung, falls Sie danach gefragt werden; senden Sie dann erneut.

fix-ask_admin_enable_smtp_auth = Bitten Sie Ihren Administrator, „Authentifiziertes SMTP“ (SMTP AUTH) für Ihr Postfach freizuschalten; in Ihrer Organisation ist es abgeschaltet.

fix-use_oauth2 = Melden Sie sich statt mit einem Passwort über die Anmeldeseite Ihres Anbieters an (OAuth2).
    .how =
        { $client ->
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Authentifizierungsmethode:“ auf „OAuth2“ stellen.
            [outlook] Aktuelle Outlook-Versionen melden sich so an, wenn Sie das Konto neu hinzufügen (Datei → Konto hinzufügen).
           *[other] E-Mail-Programme, die das können, bieten „OAuth2“ als Authentifizierungsmethode an oder öffnen beim Einrichten des Kontos die Anmeldeseite des Anbieters.
        }

fix-change_auth_method = Wählen Sie ein anderes Anmeldeverfahren, das der Server unterstützt – meist das normale Passwort über eine verschlüsselte Verbindung.
    .how =
        { $client ->
            [outlook] In Outlook: … → Ändern… → Häkchen bei „Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ entfernen, falls gesetzt.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Authentifizierungsmethode:“ auf „Passwort, normal“ stellen (bei „Verbindungssicherheit:“ STARTTLS oder SSL/TLS).
            [apple-mail] In Apple Mail: Servereinstellungen → Bereich für ausgehende E-Mails → „Authentifizierung“ auf „Passwort“ stellen.
           *[other] In Thunderbird stellen Sie „Authentifizierungsmethode:“ auf „Passwort, normal“; in Outlook entfernen Sie das Häkchen bei „Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“.
        }

fix-update_mail_program = Aktualisieren Sie Ihr E-Mail-Programm und Ihr Betriebssystem. Alte Versionen (etwa unter Windows 7) beherrschen die Verschlüsselung nicht, die Server heute verlangen.

fix-check_server_name =
    { $host ->
        [none] Prüfen Sie, ob der Name des Postausgangsservers richtig geschrieben ist, und verwenden Sie genau den Namen, den Ihr Anbieter angibt; bei verschlüsselter Verbindung muss er zum Zertifikat des Servers passen.
       *[other] Prüfen Sie den Namen des Postausgangsservers („{ $host }“) auf Tippfehler und verwenden Sie genau den Namen, den Ihr Anbieter angibt; bei verschlüsselter Verbindung muss er zum Zertifikat des Servers passen.
    }
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → „Postausgangsserver (SMTP)“.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Server:“.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → Bereich für ausgehende E-Mails → „Hostname“.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → „Postausgangsserver“.
           *[other] Gemeint ist der „Postausgangsserver“ bzw. „SMTP-Server“ Ihres Kontos.
        }

fix-check_network = Prüfen Sie, ob die Internetverbindung auf diesem Gerät funktioniert und ob eine Firewall oder ein Virenscanner ausgehende E-Mails blockiert oder prüft (schalten Sie zum Test die E-Mail-Prüfung kurz aus).

fix-check_recipient_address =
    { $address ->
        [none] Prüfen Sie die Empfängeradresse auf Tippfehler oder fragen Sie die Person nach ihrer aktuellen Adresse.
       *[other] Prüfen Sie die Adresse { $address } auf Tippfehler oder fragen Sie die Person nach ihrer aktuellen Adresse.
    }

fix-inform_recipient_other_way = Teilen Sie dem Empfänger auf anderem Weg (Telefon, andere E-Mail-Adresse) mit, dass sein Postfach voll ist.

fix-reduce_message_size = Senden Sie weniger oder kleinere Anhänge (zum Beispiel verkleinerte Fotos) oder stellen Sie große Dateien stattdessen über einen Download-Link bereit.

fix-wait_and_retry =
    { $minutes ->
        [1440] Warten Sie bis morgen und senden Sie dann erneut.
        [60] Warten Sie etwa eine Stunde und senden Sie dann erneut.
       *[other] Warten Sie etwa { $minutes } Minuten und senden Sie dann erneut.
    }

fix-send_less_at_once = Senden Sie an weniger Empfänger auf einmal und verteilen Sie größere Aussendungen zeitlich; für Newsletter eignet sich ein spezieller Newsletter-Dienst.

fix-ask_provider_delist =
    { $ip ->
        [none] Bitten Sie Ihren Internet- oder E-Mail-Anbieter, Ihre IP-Adresse von der Sperrliste entfernen zu lassen; der vollständige Fehlertext hilft dabei.
       *[other] Bitten Sie Ihren Internet- oder E-Mail-Anbieter, die IP-Adresse { $ip } von der Sperrliste entfernen zu lassen; der vollständige Fehlertext hilft dabei.
    }

fix-scan_for_malware = Prüfen Sie die Geräte in Ihrem Netz auf Schadsoftware: Ein infiziertes Gerät, das Spam verschickt, ist der häufigste Grund für eine gesperrte Adresse.

fix-use_provider_submission = Senden Sie über den Postausgangsserver Ihres E-Mail-Anbieters auf Port 587 mit STARTTLS und Anmeldung, nicht direkt an den Server des Empfängers.

fix-check_sender_address =
    { $address ->
        [none] Prüfen Sie die E-Mail-Adresse in Ihren Kontoeinstellungen auf Tippfehler, besonders den Teil nach dem @.
       *[other] Prüfen Sie die Absenderadresse { $address } auf Tippfehler, besonders den Teil nach dem @.
    }

fix-review_message_content = Entfernen Sie, was Spamfilter misstrauisch macht: Kurzlinks, viele Links, ausführbare Anhänge oder Anhänge mit Makros; senden Sie dann erneut oder bitten Sie den Empfänger, Sie in seine Liste sicherer Absender aufzunehmen.

fix-contact_provider = Schicken Sie den vollständigen Fehlertext an Ihren Anbieter oder Administrator; darin steht, welche Regel die Nachricht abgewiesen hat.

fix-enable_mail_access_in_webmail = Erlauben Sie den Zugriff durch E-Mail-Programme im Webmail Ihres Anbieters: Melden Sie sich dort an, öffnen Sie die Einstellungen zu POP3/IMAP (oft „POP3/IMAP Abruf“ oder „E-Mail-Programme“ genannt) und schalten Sie den Zugriff ein; senden Sie dann erneut.

fix-use_host_from_certificate = Tragen Sie „{ $host }“ als Postausgangsserver ein: Auf diesen Namen lautet das Zertifikat des Servers, und er führt zum selben Server.
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → „Postausgangsserver (SMTP)“: { $host }.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Server:“ { $host }.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → Bereich für ausgehende E-Mails → „Hostname“: { $host }.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → „Postausgangsserver“: { $host }.
           *[other] Gemeint ist der „Postausgangsserver“ bzw. „SMTP-Server“ Ihres Kontos: { $host }.
        }

fix-install_root_certificate = Ist es der Server Ihrer Firma oder Ihr eigener, installieren Sie dessen Stammzertifikat auf diesem Gerät (Ihr Administrator hat es); dann kann das Gerät das Zertifikat des Servers prüfen. Akzeptieren Sie ein unbekanntes Zertifikat nicht einfach, wenn Sie das Netz nicht selbst verwalten.

fix-renew_certificate = Bitten Sie den Administrator oder Anbieter des Servers, das Zertifikat zu erneuern; bis dahin warnen E-Mail-Programme oder lehnen die Verbindung ab.

fix-check_device_clock = Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Geräts: Zertifikate werden mit der Uhr des Geräts geprüft, und bei falschem Datum wirken gültige Zertifikate abgelaufen oder noch nicht gültig.

fix-use_provider_settings = Verwenden Sie die Einstellungen von { $provider }: Postausgangsserver { $host }, Port { $port } mit { $security ->
        [implicit_tls] SSL/TLS
        [none] keiner Verschlüsselung
       *[starttls] STARTTLS
    }, Anmeldung eingeschaltet, Benutzername { $username }.
    .how =
        { $client ->
            [outlook] In Outlook: Datei → Kontoeinstellungen → Kontoeinstellungen… → Konto auswählen → Ändern… → „Postausgangsserver (SMTP)“: { $host }; Weitere Einstellungen… → Registerkarte „Postausgangsserver“: Häkchen bei „Der Postausgangsserver (SMTP) erfordert Authentifizierung“; Registerkarte „Erweitert“: „Postausgangsserver (SMTP)“: { $port }, „Verwenden Sie den folgenden verschlüsselten Verbindungstyp“: { $security ->
                [implicit_tls] SSL/TLS
                [none] Keine
               *[other] STARTTLS
            }.
            [thunderbird] In Thunderbird: Konten-Einstellungen → Postausgangs-Server (SMTP) → Bearbeiten… → „Server:“ { $host }, „Port:“ { $port }, „Verbindungssicherheit:“ { $security ->
                [implicit_tls] SSL/TLS
                [none] Keine
               *[other] STARTTLS
            }, „Authentifizierungsmethode:“ „Passwort, normal“, „Benutzername:“ { $username }.
            [apple-mail] In Apple Mail: Mail → Einstellungen → Accounts → Servereinstellungen → Bereich für ausgehende E-Mails: „Hostname“ { $host }, „Benutzername“ { $username }; „Verbindungseinstellungen automatisch verwalten“ deaktivieren, „Port“ { $port }, „TLS/SSL verwenden“ aktivieren, „Authentifizierung“: „Passwort“.
            [windows-mail] In Windows Mail: Erweiterte Postfacheinstellungen → „Postausgangsserver“: { $host }:{ $port }, Häkchen bei „Postausgangsserver erfordert Authentifizierung“ und „SSL für ausgehende E-Mails erforderlich“.
           *[other] Gemeint ist der „Postausgangsserver“ bzw. „SMTP-Server“ Ihres Kontos: Server, Port, Verbindungssicherheit und Anmeldung.
        }
