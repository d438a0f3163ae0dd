# Das Programmfenster.

app-title = smtp-doctor – warum geht meine E-Mail nicht raus?
ui-error-no-window = Das Programmfenster konnte nicht geöffnet werden ({ $error }). Auf einem Rechner ohne grafische Oberfläche verwenden Sie die Kommandozeile: smtp-doctor --help
ui-back = Zurück
ui-next = Weiter
ui-cancel = Abbrechen
ui-language = Sprache:
ui-language-system = Systemsprache

ui-start-intro = smtp-doctor findet heraus, warum Ihre E-Mail nicht verschickt wird, und sagt Ihnen, was Sie ändern müssen. Dazu prüft es Ihren Postausgangsserver aus dem Netz, in dem Sie gerade sind – ohne etwas zu versenden.
ui-start-check = Meine E-Mail-Einstellungen prüfen
ui-start-paste = Ich habe eine Fehlermeldung
ui-start-profiles = Gespeicherte Konten
ui-start-no-profiles = Noch keine Konten gespeichert. Nach einer Prüfung können Sie Ihre Einstellungen speichern.
ui-profile-open = { $name } öffnen
ui-profile-check = { $name } erneut prüfen
ui-account-client = Mein E-Mail-Programm
ui-client-other = ein anderes
ui-profile-delete = { $name } löschen
ui-profile-saved = Das Konto „{ $name }“ wurde gespeichert.
ui-keyring-unavailable = Der Schlüsselbund des Systems ist nicht verfügbar ({ $detail }). Passwörter, die Sie eingeben, gelten nur für diese Sitzung – smtp-doctor speichert sie nie in einer Datei.
ui-profile-deleted = Das Konto „{ $name }“ wurde gelöscht.

ui-location-title = Wo sind Sie gerade?
ui-location-why = Das ist wichtig: Ein Postausgangsserver leitet E-Mails an andere Domains nur für Nutzer weiter, die er kennt – weil sie sich anmelden oder weil sie über sein eigenes Netz verbunden sind.
ui-location-home = Zu Hause, am Internetanschluss meines Anbieters
ui-location-office = Im Büro, im Firmennetz
ui-location-travel = Unterwegs: Hotel, Flughafen, Café, mobiler Hotspot oder fremdes WLAN

ui-account-title = Ihr Konto
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
ui-account-remember = Passwort im Schlüsselbund des Systems speichern
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
ui-checking-elapsed = { $seconds } s
ui-checking-wait = Bitte warten Sie – smtp-doctor fragt den Server.

ui-result-fix-worked = Die Änderung hat geholfen: { $fix }
ui-result-fix-failed = Die Änderung hat nicht geholfen: { $fix }
ui-result-apply = Übernehmen und erneut prüfen
ui-result-transcript = Gespräch mit dem Server (Passwörter ausgeblendet)
ui-result-copy = Bericht für Anbieter oder IT-Betreuung kopieren
ui-result-copied = Der Bericht wurde in die Zwischenablage kopiert.
ui-result-save-report = Bericht speichern
ui-result-save-markdown = als Markdown (.md)
ui-result-save-text = als Text (.txt)
ui-result-saved = Der Bericht wurde unter { $path } gespeichert.
ui-result-save-profile = Als Konto speichern
ui-result-again = Erneut prüfen
ui-start-over = Zur Startseite

ui-paste-title = Fehlermeldung einfügen
ui-paste-hint = Fügen Sie die vollständige Meldung Ihres E-Mail-Programms ein – oder die E-Mail, die als unzustellbar zurückgekommen ist:
ui-paste-too-long = Nur die ersten { $limit } Zeichen werden übernommen. Fügen Sie nur die Fehlermeldung selbst ein, nicht ein ganzes Postfach.
ui-paste-explain = Erklären
ui-paste-check-live = Diese Einstellungen jetzt am Server prüfen
