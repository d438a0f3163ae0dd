# autodetect: von der Adresse zum Postausgangsserver.

autodetect-provider = Anbieter: { $name }
autodetect-provider-unknown = { $domain } steht nicht in der eingebauten Anbieterliste.
autodetect-none = Es wurde kein Postausgangsserver gefunden. Fragen Sie Ihren Anbieter nach dem „SMTP-Server“ und seinem Port.
autodetect-candidate = { $host }, Port { $port }, { $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] ohne Verschlüsselung
    }, Benutzername: { $username ->
        [email] die vollständige E-Mail-Adresse
        [localpart] der Teil vor dem @
       *[other] wie vom Anbieter angegeben
    } – { $source }, Verlässlichkeit { $confidence } %
autodetect-source-table = aus der eingebauten Liste (Hilfeseiten des Anbieters)
autodetect-source-srv = aus dem DNS-Eintrag { $record }
autodetect-source-autoconfig = aus { $url }
autodetect-source-mx = die E-Mails Ihrer Domain verarbeitet { $exchange }
autodetect-policy-enable-in-webmail = { $name }: Schalten Sie zuerst in den Einstellungen des Webmailers den Zugriff für E-Mail-Programme (POP3/IMAP) ein.
autodetect-policy-from-must-match = { $name } nimmt als Absender nur Ihre eigene Adresse an.
autodetect-policy-app-password = { $name }: Mit Zwei-Faktor-Anmeldung brauchen E-Mail-Programme ein App-Passwort.
autodetect-policy-oauth2 = { $name }: Die Anmeldung per Passwort kann abgeschaltet sein; melden Sie sich über { $name } an (OAuth2).
autodetect-policy-pop-before-smtp = { $name } verwendet noch „POP before SMTP“: Rufen Sie vor dem Senden Ihre Mails ab.
autodetect-problems = { $count ->
        [one] Eine Quelle hat nicht geantwortet (Einzelheiten mit --json).
       *[other] { $count } Quellen haben nicht geantwortet (Einzelheiten mit --json).
    }
cli-error-missing-address = Geben Sie die E-Mail-Adresse an.
cli-error-bad-dns-server = „{ $value }“ ist keine DNS-Serveradresse (IP:PORT).
cli-error-bad-url = „{ $value }“ ist keine http://- oder https://-Adresse.
