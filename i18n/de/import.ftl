# import: die Einstellungen des E-Mail-Programms einlesen (Thunderbird, Outlook).

import-error-not-found = { $path } wurde nicht gefunden. Prüfen Sie, ob Thunderbird auf diesem Rechner eingerichtet ist und ob der Pfad zur Datei stimmt.
import-error-unreadable = { $path } lässt sich nicht lesen: { $detail }
import-error-too-large = Die Datei ist { $mib } MiB groß; eingelesen werden höchstens { $limit_mib } MiB. Ist das wirklich die Einstellungsdatei des E-Mail-Programms?
import-error-not-text = Die Datei enthält keinen lesbaren Text – sie ist beschädigt oder keine Einstellungsdatei.
import-error-not-prefs = In der Datei stehen keine Thunderbird-Einstellungen. Gesucht wird die Datei „prefs.js“ im Profilordner von Thunderbird.
import-error-not-registry-export = Die Datei ist kein Export aus dem Registrierungs-Editor. Exportieren Sie den Schlüssel mit „Datei“ → „Exportieren“ als Registrierungsdatei (.reg).
import-error-no-accounts = Die Datei wurde gelesen, enthält aber kein Konto mit einem Postausgangsserver (SMTP). Konten über Exchange oder Microsoft 365 stehen dort nicht.
import-row = { $n }. { $label } <{ $email }>: { $host }, Port { $port }, { $security ->
        [implicit_tls] SSL/TLS
        [starttls] STARTTLS
       *[none] keine Verschlüsselung
    }, Anmeldung: { $auth ->
        [none] keine
        [password] Passwort, normal
        [encrypted_password] verschlüsseltes Passwort
        [oauth2] OAuth2
       *[other] { $auth }
    }
