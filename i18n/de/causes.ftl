# Eine Nachricht je Ursachen-ID: der Wert ist die Überschrift, .explanation die
# Erklärung in einfachen Worten für Menschen, die keine E-Mail-Fachleute sind.

cause-relay_denied = Der Postausgangsserver hat die Weiterleitung abgelehnt (Relay verweigert)
    .explanation = Ihr E-Mail-Programm hat die Nachricht einem Postausgangsserver übergeben, der Sie nicht erkennt. Mails an Adressen seiner eigenen Domain stellt ein solcher Server jedem zu. Für alle anderen Domains müsste er die Nachricht aber weiterreichen („Relay“), und das tut er nur für Nutzer, die er kennt: weil sie sich anmelden oder weil sie über sein eigenes Netz verbunden sind. Typisch ist das unterwegs (Hotel, Büro, Hotspot), wenn das E-Mail-Programm weiterhin den Postausgangsserver des Anbieters von zu Hause verwendet, oder wenn die Anmeldung am Postausgangsserver ausgeschaltet ist.

cause-auth_required = Der Postausgangsserver verlangt eine Anmeldung
    .explanation = Der Server nimmt nur Mails von Nutzern an, die sich mit Benutzername und Passwort anmelden, und Ihr E-Mail-Programm hat die Nachricht ohne Anmeldung geschickt. Fast alle Anbieter verlangen das heute. Das ist eine Einstellung in Ihrem E-Mail-Programm, meist „Postausgangsserver erfordert Authentifizierung“ genannt.

cause-auth_failed = Die Anmeldung am Postausgangsserver wurde abgelehnt
    .explanation = Ihr E-Mail-Programm hat versucht, sich anzumelden, aber der Server hat Benutzername oder Passwort nicht akzeptiert. Oft wurde das Passwort auf der Website des Anbieters geändert, aber nicht im E-Mail-Programm, der Benutzername muss die vollständige E-Mail-Adresse sein, oder der Anbieter akzeptiert das normale Passwort in E-Mail-Programmen nicht mehr.

cause-app_password_required = Ihr Anbieter verlangt ein App-Passwort
    .explanation = Ihr Konto ist mit einer Zwei-Faktor-Anmeldung geschützt, oder der Anbieter hat die Anmeldung als ungewöhnlich gestoppt. E-Mail-Programme können sich dann nicht mehr mit Ihrem normalen Passwort anmelden. Stattdessen erstellen Sie in den Sicherheitseinstellungen Ihres Kontos auf der Website des Anbieters ein eigenes App-Passwort und tragen es im E-Mail-Programm ein.

cause-auth_mechanism_unsupported = Der Server bietet die Anmeldeart Ihres E-Mail-Programms nicht an
    .explanation = Ihr E-Mail-Programm und der Server konnten sich nicht auf eine Art der Anmeldung einigen. Oft bietet der Server auf diesem Port gar keine Anmeldung an (typisch für Port 25) oder erst, wenn die Verbindung verschlüsselt ist, oder das Programm ist auf ein Verfahren eingestellt, das der Server nicht kennt, etwa „verschlüsseltes Passwort“ oder NTLM.

cause-tls_required = Der Server besteht auf einer verschlüsselten Verbindung
    .explanation = Der Server macht erst weiter, wenn die Verbindung mit STARTTLS verschlüsselt ist, aber Ihr E-Mail-Programm ist auf unverschlüsseltes Senden eingestellt. Stellen Sie die Verbindungssicherheit auf STARTTLS um; damit ist auch Ihr Passwort unterwegs geschützt.

cause-tls_failed = Die verschlüsselte Verbindung kam nicht zustande
    .explanation = Ihr E-Mail-Programm und der Server konnten sich nicht auf eine Verschlüsselung einigen. Meist passt die Verschlüsselungsart nicht zum Port (Port 465 braucht SSL/TLS, Port 587 braucht STARTTLS), der Servername stimmt nicht mit dem Zertifikat des Servers überein, oder ein altes Programm oder Betriebssystem kennt die heutigen TLS-Versionen nicht. Auch Virenscanner, die E-Mails prüfen, können verschlüsselte Verbindungen stören.

cause-sender_rejected_not_owned = Die Absenderadresse gehört nicht zu Ihrer Anmeldung
    .explanation = Sie melden sich mit einem Konto an, senden aber mit einer Absender- oder Antwortadresse, die der Server für dieses Konto nicht zulässt. Viele Anbieter erlauben nur ihre eigenen Adressen (oder solche, die Sie bei ihnen bestätigt haben), damit niemand im Namen anderer Mails verschicken kann. An dieser Regel führt kein Weg vorbei: Die Absenderadresse muss zu dem Konto gehören, über das Sie senden.

cause-sender_domain_invalid = Die Absenderadresse ist ungültig
    .explanation = Der Server hat Ihre Absenderadresse geprüft und festgestellt, dass sie falsch aufgebaut ist oder dass ihre Domain (der Teil nach dem @) nicht existiert. Meist steckt ein Tippfehler in der E-Mail-Adresse Ihres Kontos, oder das Programm sendet einen Namen ohne Domain.

cause-recipient_unknown = Die Empfängeradresse gibt es nicht
    .explanation = Der empfangende Server kennt dieses Postfach nicht. Vielleicht steckt ein Tippfehler in der Adresse, die Person hat eine neue Adresse, oder das Postfach wurde aufgelöst. Ihre eigenen Einstellungen sind in Ordnung.

cause-mailbox_full = Das Postfach des Empfängers ist voll
    .explanation = Der empfangende Server nimmt für diese Person keine Mails mehr an, weil ihr Postfach den Speicherplatz ausgeschöpft hat. Das kann nur der Empfänger ändern, indem er Mails löscht; Ihre Einstellungen sind in Ordnung.

cause-message_too_large = Die Nachricht ist zu groß
    .explanation = Die Nachricht ist mitsamt Anhängen größer, als der Server annimmt. Anhänge werden beim Versand um etwa ein Drittel größer. Viele Anbieter nehmen höchstens 20 bis 50 MB an, manche deutlich weniger.

cause-blocked_ip_blacklist = Ihre Internetadresse steht auf einer Sperrliste
    .explanation = Der empfangende Server weist Mails von der Internetadresse (IP-Adresse) ab, von der sie kamen, weil diese Adresse als Spam-Quelle gelistet ist oder einen schlechten Ruf hat. Das betrifft das Netz oder den Server, der die Mail verschickt hat, nicht Ihren Text. Typische Gründe sind ein Gerät mit Schadsoftware in Ihrem Netz, ein gemeinsam genutztes Netz, das jemand anderes missbraucht hat, oder ein Server, der Mails direkt von einer Adresse ohne guten Ruf zustellt.

cause-blocked_dynamic_ip_or_port25 = Ihr Internetanschluss darf Mails nicht direkt zustellen
    .explanation = Mails, die direkt von privaten oder mobilen Internetanschlüssen (mit wechselnden Adressen) kommen, weisen die meisten Server ab, und viele Netze sperren aus genau diesem Grund Port 25. Ein E-Mail-Programm sollte immer über den Postausgangsserver des Anbieters auf Port 587 senden, mit Anmeldung.

cause-greylisted = Der empfangende Server bittet um einen zweiten Versuch (Greylisting)
    .explanation = Das ist kein echter Fehler, sondern ein Spamfilter: Der empfangende Server weist den ersten Zustellversuch eines unbekannten Absenders ab und nimmt die Nachricht an, wenn sie nach einigen Minuten erneut kommt. Mailserver versuchen es normalerweise von selbst noch einmal; die Nachricht kommt dann mit etwas Verspätung an.

cause-rate_limited = Ein Versandlimit ist erreicht
    .explanation = Der Server begrenzt, wie viele Nachrichten oder Empfänger Sie in einem bestimmten Zeitraum erreichen dürfen, und diese Grenze ist erreicht. Das schützt vor Spam aus gehackten Konten. Nach einiger Zeit wird das Limit zurückgesetzt.

cause-spam_content_rejected = Die Nachricht wurde als Spam eingestuft
    .explanation = Der Server hat den Inhalt der Nachricht (Text, Links, Anhänge) geprüft und sie als vermutlichen Spam, als Phishing oder als Schadsoftware abgewiesen. Ihre Kontoeinstellungen sind nicht das Problem.

cause-connection_failed = Keine Verbindung zum Postausgangsserver
    .explanation = Ihr E-Mail-Programm hat den Server nicht erreicht: Der Servername wurde nicht gefunden, der Server hat die Verbindung abgelehnt, oder die Verbindung ist abgebrochen. Häufige Gründe sind ein Tippfehler im Servernamen, ein falscher Port, keine Internetverbindung oder eine Firewall bzw. ein Virenscanner, der die Verbindung blockiert.

cause-connection_timeout = Die Verbindung zum Server hat zu lange gedauert
    .explanation = Der Server hat nicht rechtzeitig geantwortet. Oft sperrt eine Firewall oder das Netz, in dem Sie gerade sind, den Port stillschweigend (Hotel- und öffentliche WLANs sperren häufig Port 25), oder der Server oder die Verbindung ist gerade sehr langsam.

cause-server_busy_or_unavailable = Der Server ist ausgelastet oder vorübergehend nicht erreichbar
    .explanation = Der Server ist überlastet, wird gewartet oder hat zu viele offene Verbindungen und bittet darum, es später noch einmal zu versuchen. Das ist vorübergehend und liegt nicht an Ihren Einstellungen.

cause-policy_other = Der Server hat die Nachricht wegen einer seiner Regeln abgelehnt
    .explanation = Der Server hat die Nachricht aufgrund einer eigenen Regel abgelehnt, zum Beispiel wegen des Namens, mit dem sich Ihr Rechner meldet, wegen eines fehlenden Reverse-DNS-Eintrags, wegen der SPF-, DKIM- oder DMARC-Einträge der Absenderdomain oder weil diesem Empfänger nur bestimmte Absender schreiben dürfen. Die Antwort des Servers nennt die Regel; Ihr Anbieter oder Administrator kann Ihnen mehr dazu sagen.

cause-unknown = In diesem Text wurde kein bekannter Fehler gefunden
    .explanation = Der Text enthält keine Fehlermeldung, die smtp-doctor erkennt. Fügen Sie die vollständige Meldung ein, samt Zahlen wie 550 oder 0x800CCC79 und der Antwort des Servers.
