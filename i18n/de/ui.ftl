# Das Programmfenster.

app-title = smtp-doctor – warum geht meine E-Mail nicht raus?
ui-error-no-window = Das Programmfenster konnte nicht geöffnet werden ({ $error }). Auf einem Rechner ohne grafische Oberfläche verwenden Sie die Kommandozeile: smtp-doctor --help
ui-back = Zurück
ui-next = Weiter
ui-cancel = Abbrechen
ui-language = Sprache:
ui-language-system = Systemsprache

ui-start-intro = smtp-doctor prüft von hier aus, ob Ihr Postausgangsserver Ihre E-Mails annimmt, und sagt Ihnen genau, was Sie in Ihrem E-Mail-Programm ändern müssen – ohne etwas zu versenden.
ui-start-check = Meinen E-Mail-Versand prüfen
ui-start-paste = Ich habe eine Fehlermeldung
ui-start-profiles = Gespeicherte Einstellungen
ui-start-no-profiles = Noch keine Einstellungen gespeichert.
ui-profile-open = { $name } öffnen
ui-profile-check = { $name } erneut prüfen
ui-account-client = Mein E-Mail-Programm
ui-client-other = ein anderes
ui-profile-delete = { $name } löschen
ui-profile-saved = Die Einstellungen „{ $name }“ wurden gespeichert.
ui-keyring-unavailable = Die Passwortverwaltung des Systems ({ $store }) ist nicht erreichbar. Passwörter, die Sie eingeben, gelten deshalb nur, solange das Programm geöffnet ist – smtp-doctor speichert sie nie in einer Datei.
ui-profile-deleted = Die Einstellungen „{ $name }“ wurden gelöscht.

ui-location-title = Wo sind Sie gerade?
ui-location-why = Das ist wichtig: Ein Postausgangsserver nimmt E-Mails an fremde Adressen nur von Nutzern an, die er kennt – weil sie sich anmelden oder weil sie über sein eigenes Netz verbunden sind.
ui-location-home = Zu Hause, am Internetanschluss meines Anbieters
ui-location-office = Im Büro, im Firmennetz
ui-location-travel = Unterwegs: Hotel, Flughafen, Café, mobiler Hotspot oder fremdes WLAN

ui-account-title = Ihr E-Mail-Konto
ui-account-email = E-Mail-Adresse
ui-account-fill = Server anhand meiner Adresse eintragen
ui-account-filled = Die Servereinstellungen von { $name } wurden eingetragen. Vergleichen Sie sie mit denen in Ihrem E-Mail-Programm.
ui-account-detecting = Der Postausgangsserver für { $address } wird gesucht (im DNS und in der Konfigurationsdatei des Anbieters) …
ui-account-detected = Eingetragen: { $host }, Port { $port } – { $source }. Vergleichen Sie die Angaben mit denen in Ihrem E-Mail-Programm.
ui-account-nothing-found = Für { $domain } wurden keine Einstellungen gefunden: Die Domain steht nicht in der eingebauten Liste, und weder das DNS noch eine Konfigurationsdatei nennt einen Postausgangsserver. Tragen Sie den Postausgangsserver aus Ihrem E-Mail-Programm ein.
ui-account-name = Ihr Name
ui-account-reply-to = Antwortadresse (falls abweichend)
ui-account-kind = Art des Postfachs
ui-kind-provider = vom Internetanbieter
ui-kind-work = vom Arbeitgeber
ui-kind-freemail = von einem E-Mail-Dienst (GMX, WEB.DE, Gmail …)
ui-account-host = Postausgangsserver (SMTP)
ui-account-port = Port
ui-account-security = Verschlüsselung
ui-security-starttls = STARTTLS
ui-security-tls = SSL/TLS
ui-security-none = keine
ui-account-auth = Mein Postausgangsserver erfordert Authentifizierung (Anmeldung)
ui-account-username = Benutzername
ui-account-password = Passwort
ui-account-remember = Passwort in der Passwortverwaltung des Systems speichern
ui-account-pop3 = POP3-Server für „POP before SMTP“ (falls verwendet)
ui-error-email = Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.
ui-error-host = Bitte geben Sie den Namen des Postausgangsservers ein, etwa smtp.beispiel.de.
ui-error-port = Der Port ist eine Zahl zwischen 1 und 65535, meist 587 oder 465.
ui-error-reply-to = Die Antwortadresse muss eine E-Mail-Adresse sein oder leer bleiben.

ui-recipient-title = An wen wollten Sie schreiben?
ui-recipient-why = Die Prüfung fragt Ihren Server, ob er eine Nachricht an diese Adresse annehmen würde – und an eine Adresse bei einer anderen Domain. Dabei wird nichts versendet.
ui-recipient-address = Adresse des Empfängers (kann leer bleiben)
ui-start-the-check = Prüfung starten

ui-checking-title = Prüfung läuft …
ui-checking-wait = Bitte einen Moment – smtp-doctor fragt Ihren Server ({ $seconds } s). Versendet wird dabei nichts.

ui-result-fix-worked = Die Änderung hat geholfen: { $fix }
ui-result-fix-failed = Die Änderung hat nicht geholfen: { $fix }
ui-result-apply = Übernehmen und erneut prüfen
ui-result-transcript = Protokoll der Serververbindung (Passwörter ausgeblendet)
ui-result-copy = Bericht für Anbieter oder IT-Betreuung kopieren
ui-result-copied = Der Bericht wurde in die Zwischenablage kopiert.
ui-result-save-report = Bericht speichern
ui-result-save-markdown = als Markdown (.md)
ui-result-save-text = als Text (.txt)
ui-result-saved = Der Bericht wurde unter { $path } gespeichert.
ui-result-save-profile = Einstellungen speichern
ui-result-again = Erneut prüfen
ui-start-over = Zur Startseite

ui-paste-title = Fehlermeldung einfügen
ui-paste-hint = Fügen Sie die vollständige Meldung Ihres E-Mail-Programms ein – oder die E-Mail, die als unzustellbar zurückgekommen ist:
ui-paste-too-long = Nur die ersten { $limit } Zeichen werden übernommen. Fügen Sie nur die Fehlermeldung selbst ein, nicht ein ganzes Postfach.
ui-paste-explain = Erklären
ui-paste-check-live = Diese Einstellungen jetzt am Server prüfen

app-name = smtp-doctor
ui-theme = Darstellung
ui-theme-system = wie das System
ui-theme-light = Hell
ui-theme-dark = Dunkel
ui-details = Details
ui-keyring-name = { $os ->
        [windows] Anmeldeinformationsverwaltung von Windows
        [macos] Schlüsselbund von macOS
       *[linux] Schlüsselbund (Secret Service)
    }
ui-keyring-save-unavailable = Das Passwort wurde nicht gespeichert: Die Passwortverwaltung des Systems ({ $store }) ist nicht erreichbar. Die Einstellungen selbst sind gespeichert; das Passwort geben Sie beim nächsten Mal wieder ein.
ui-keyring-save-locked = Das Passwort wurde nicht gespeichert: Die Passwortverwaltung des Systems ({ $store }) ist gesperrt. Entsperren Sie sie – meist genügt es, sich neu am Rechner anzumelden – und speichern Sie dann erneut.
ui-keyring-save-other = Das Passwort wurde nicht gespeichert: Die Passwortverwaltung des Systems ({ $store }) hat einen Fehler gemeldet. Die Einstellungen selbst sind gespeichert.
ui-file-problem = Die Datei { $path } konnte nicht gelesen oder geschrieben werden.
ui-start-heading = Warum geht meine E-Mail nicht raus?
ui-last-never = noch nicht geprüft
ui-last-works = Versand funktioniert
ui-last-problem = Problem gefunden
ui-last-checked = zuletzt geprüft: { $when } – { $outcome }
ui-when-today = heute { $time }
ui-when-date = am { $day }.{ $month }.{ $year }, { $time }
ui-task-find = Server finden
ui-task-connect = Verbindung
ui-task-encrypt = Verschlüsselung
ui-task-login = Anmeldung
ui-task-sender = Absender
ui-task-recipient = Empfänger
ui-task-time = { $ms } ms
ui-task-status = { $status ->
        [ok] erledigt
        [problem] Problem
        [warning] mit Einschränkung
        [running] läuft …
       *[pending] noch nicht geprüft
    }
ui-task-reply = Antwort des Servers
ui-result-works = Ihr Versand funktioniert von hier aus
ui-result-works-why = Der Server nimmt Ihre E-Mails mit diesen Einstellungen an – versendet wurde bei der Prüfung nichts.
ui-result-works-but = Ihr Versand funktioniert von hier aus – eines sollten Sie aber wissen
ui-result-fails = Der Versand scheitert: { $headline }
ui-result-fails-for = Der Server nimmt Ihre E-Mails an, lehnt aber diese Empfänger ab: { $recipients }
ui-result-recommended = Empfohlene Änderung
ui-result-where = Wo Sie das ändern: { $how }
ui-result-apply-primary = Mit dieser Änderung erneut prüfen
ui-result-more-options = Weitere Möglichkeiten
ui-result-why = Was die Prüfung im Einzelnen ergeben hat
ui-result-steps = Die einzelnen Prüfschritte
ui-result-certificate = Zertifikat des Servers
ui-result-set-it = So stellen Sie es { $client ->
        [outlook] in Outlook
        [thunderbird] in Thunderbird
        [apple-mail] in Apple Mail
        [windows-mail] in Windows Mail
       *[other] in Ihrem E-Mail-Programm
    } ein:
ui-security-name = { $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] keine
    }
ui-account-auth-short = Anmeldung am Postausgangsserver
ui-account-intro = Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein. Die Servereinstellungen sucht smtp-doctor selbst.
ui-account-found = { $host }, Port { $port }, { $security } – { $source }
ui-account-question = Sind das die Einstellungen, die Ihr E-Mail-Programm verwendet?
ui-account-yes = Ja, jetzt prüfen
ui-account-no = Nein, mein Programm ist anders eingestellt
ui-account-manual = Einstellungen selbst eingeben
ui-account-all-settings = Alle Einstellungen
ui-account-take-over = Aus { $program ->
        [thunderbird] Thunderbird
       *[outlook] Outlook
    } übernehmen: { $email }
