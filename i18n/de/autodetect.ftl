# autodetect: von der Adresse zum Postausgangsserver.

autodetect-provider = Anbieter: { $name }
autodetect-provider-unknown = { $domain } steht nicht in der eingebauten Anbieterliste.
autodetect-none = Es wurde kein Postausgangsserver gefunden. Fragen Sie Ihren Anbieter nach dem „SMTP-Server“ und dem zugehörigen Port.
autodetect-candidate = { $host }, Port { $port }, { $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] ohne Verschlüsselung
    }, Benutzername: { $username ->
        [email] die vollständige E-Mail-Adresse
        [localpart] der Teil vor dem @
       *[other] wie von Ihrem Anbieter angegeben
    } – { $source }, Verlässlichkeit { $confidence } %
autodetect-verified = antwortet von hier aus ({ $ms } ms).
autodetect-verified-auth = Anmeldeverfahren: { $mechanisms }.
autodetect-unreachable = funktioniert von hier aus nicht – { $reason }
autodetect-source-table = aus der eingebauten Anbieterliste (nach den Hilfeseiten des Anbieters)
autodetect-source-srv = aus dem DNS-Eintrag { $record }
autodetect-source-autoconfig = aus { $url }
autodetect-source-mx = die E-Mails Ihrer Domain laufen über { $exchange }
autodetect-policy-enable-in-webmail = { $name }: Aktivieren Sie zuerst in den Einstellungen Ihres Postfachs im Webmail den Zugriff durch E-Mail-Programme (POP3/IMAP).
autodetect-policy-separate-mail-password = { $name }: E-Mail-Programme brauchen ein eigenes „Passwort für E-Mail-Programme“, das Sie in den Einstellungen Ihres Postfachs im Webmail festlegen. Das Passwort, mit dem Sie sich auf der Website anmelden, wird dort nicht angenommen.
autodetect-policy-from-must-match = { $name } nimmt als Absender nur Ihre eigene Adresse an.
autodetect-policy-app-password = { $name }: Ist die Zwei-Faktor-Authentifizierung eingeschaltet, brauchen E-Mail-Programme ein eigenes App-Passwort.
autodetect-policy-oauth2 = { $name }: Die Anmeldung mit Passwort ist möglicherweise abgeschaltet; nutzen Sie stattdessen die Anmeldung über { $name } (OAuth2).
autodetect-policy-pop-before-smtp = { $name } verwendet noch „POP before SMTP“: Rufen Sie vor dem Senden Ihre E-Mails ab.
autodetect-problems = { $count ->
        [one] Eine Quelle hat nicht geantwortet (Einzelheiten mit --json).
       *[other] { $count } Quellen haben nicht geantwortet (Einzelheiten mit --json).
    }
cli-error-missing-address = Geben Sie die E-Mail-Adresse an.
cli-error-bad-dns-server = „{ $value }“ ist keine gültige DNS-Serveradresse (IP:PORT).
cli-error-bad-url = „{ $value }“ ist keine Adresse, die mit http:// oder https:// beginnt.
cli-error-verify-offline = --verify braucht eine Internetverbindung und kann daher nicht zusammen mit --offline verwendet werden.
cli-error-ca-file-needs-verify = --ca-file wird nur zusammen mit --verify verwendet (für die Prüfung des Zertifikats).
