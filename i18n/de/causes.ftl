# Eine Nachricht je Ursachen-ID: der Wert ist die Überschrift, .explanation die
# Erklärung in einfachen Worten für Menschen, die keine E-Mail-Fachleute sind.

cause-relay_denied = Der Postausgangsserver hat die Weitergabe an fremde Adressen (Relay) abgelehnt
    .explanation = Ihr E-Mail-Programm hat die Nachricht einem Postausgangsserver übergeben, der Sie nicht kennt. E-Mails an Adressen seiner eigenen Domain nimmt ein solcher Server von jedem an. Für alle anderen Domains müsste er die Nachricht aber weiterreichen („Relay“), und das tut er nur für Nutzer, die er kennt: weil sie sich anmelden oder weil sie über sein eigenes Netz verbunden sind. Typisch ist das unterwegs (Hotel, Büro, Hotspot), wenn das E-Mail-Programm weiterhin den Postausgangsserver des Anbieters verwendet, über den Sie zu Hause ins Internet gehen, oder wenn die Anmeldung am Postausgangsserver ausgeschaltet ist.

cause-auth_required = Der Postausgangsserver verlangt eine Anmeldung
    .explanation = Der Server nimmt nur E-Mails von Nutzern an, die sich mit Benutzername und Passwort anmelden, doch Ihr E-Mail-Programm hat die Nachricht ohne Anmeldung geschickt. Fast alle Anbieter verlangen das heute. Die Anmeldung schalten Sie in Ihrem E-Mail-Programm ein; die Einstellung heißt meist „Postausgangsserver erfordert Authentifizierung“.

cause-auth_failed = Die Anmeldung am Postausgangsserver wurde abgelehnt
    .explanation = Ihr E-Mail-Programm hat versucht, sich anzumelden, aber der Server hat Benutzername oder Passwort nicht akzeptiert. Häufige Gründe: Das Passwort wurde auf der Website des Anbieters geändert, aber nicht im E-Mail-Programm; als Benutzername ist die vollständige E-Mail-Adresse nötig; oder der Anbieter lässt E-Mail-Programme nicht mehr mit dem normalen Passwort zu.

cause-app_password_required = Ihr Anbieter verlangt ein App-Passwort
    .explanation = Ihr Konto ist durch eine Anmeldung in zwei Schritten (Zwei-Faktor-Authentifizierung) geschützt, oder der Anbieter hat die Anmeldung als ungewöhnlich eingestuft und blockiert. E-Mail-Programme können sich dann nicht mehr mit Ihrem normalen Passwort anmelden. Stattdessen erstellen Sie in den Sicherheitseinstellungen Ihres Kontos auf der Website des Anbieters ein eigenes App-Passwort und tragen es im E-Mail-Programm ein.

cause-auth_mechanism_unsupported = Der Server unterstützt das Anmeldeverfahren Ihres E-Mail-Programms nicht
    .explanation = Ihr E-Mail-Programm und der Server konnten sich nicht auf ein Anmeldeverfahren einigen. Oft bietet der Server auf diesem Port gar keine Anmeldung an (typisch für Port 25) oder erst, wenn die Verbindung verschlüsselt ist. Oder das Programm ist auf ein Verfahren eingestellt, das der Server nicht unterstützt, etwa „Verschlüsseltes Passwort“ oder NTLM.

cause-tls_required = Der Server besteht auf einer verschlüsselten Verbindung
    .explanation = Der Server macht erst weiter, wenn die Verbindung mit STARTTLS verschlüsselt ist, aber Ihr E-Mail-Programm ist auf unverschlüsseltes Senden eingestellt. Stellen Sie die Verbindungssicherheit auf STARTTLS um; damit ist auch Ihr Passwort auf dem Weg zum Server geschützt.

cause-tls_failed = Die verschlüsselte Verbindung kam nicht zustande
    .explanation = Ihr E-Mail-Programm und der Server konnten sich nicht auf eine Verschlüsselung einigen. Meist hat das einen von drei Gründen: Die Verschlüsselungsart passt nicht zum Port (Port 465 braucht SSL/TLS, Port 587 braucht STARTTLS), der Servername stimmt nicht mit dem Zertifikat des Servers überein, oder ein altes Programm oder Betriebssystem beherrscht die heutigen TLS-Versionen nicht. Auch Virenscanner, die E-Mails prüfen, können verschlüsselte Verbindungen stören.

cause-sender_rejected_not_owned = Die Absenderadresse gehört nicht zu Ihrem Konto
    .explanation = Sie melden sich mit einem Konto an, senden aber mit einer Absender- oder Antwortadresse, die der Server für dieses Konto nicht zulässt. Viele Anbieter erlauben nur ihre eigenen Adressen (oder solche, die Sie bei ihnen bestätigt haben), damit niemand E-Mails im Namen anderer verschicken kann. An dieser Regel führt kein Weg vorbei: Die Absenderadresse muss zu dem Konto gehören, über das Sie senden.

cause-sender_domain_invalid = Die Absenderadresse ist ungültig
    .explanation = Der Server hat Ihre Absenderadresse geprüft und festgestellt, dass sie falsch aufgebaut ist oder dass ihre Domain (der Teil nach dem @) nicht existiert. Meist steckt ein Tippfehler in der E-Mail-Adresse Ihres Kontos, oder das Programm sendet einen Namen ohne Domain.

cause-recipient_unknown = Die Empfängeradresse gibt es nicht
    .explanation = Der empfangende Server kennt dieses Postfach nicht. Vielleicht enthält die Adresse einen Tippfehler, die Person hat inzwischen eine neue Adresse, oder das Postfach wurde aufgelöst. Ihre eigenen Einstellungen sind in Ordnung.

cause-mailbox_full = Das Postfach des Empfängers ist voll
    .explanation = Der empfangende Server nimmt für diese Person keine E-Mails mehr an, weil der Speicherplatz ihres Postfachs erschöpft ist. Das kann nur der Empfänger ändern, indem er E-Mails löscht; Ihre Einstellungen sind in Ordnung.

cause-message_too_large = Die Nachricht ist zu groß
    .explanation = Die Nachricht ist mitsamt Anhängen größer, als der Server zulässt. Anhänge werden beim Versand um etwa ein Drittel größer. Viele Anbieter nehmen höchstens 20 bis 50 MB an, manche deutlich weniger.

cause-blocked_ip_blacklist = Ihre IP-Adresse steht auf einer Sperrliste
    .explanation = Der empfangende Server lehnt E-Mails ab, die von dieser IP-Adresse (der Adresse eines Anschlusses oder Servers im Internet) kommen, weil die Adresse als Spam-Quelle gelistet ist oder einen schlechten Ruf hat. Das betrifft das Netz oder den Server, der die Mail verschickt hat, nicht Ihren Text. Typische Gründe sind ein Gerät mit Schadsoftware in Ihrem Netz, ein gemeinsam genutztes Netz, das jemand anderes missbraucht hat, oder ein Server, der E-Mails direkt von einer Adresse ohne guten Ruf zustellt.

cause-blocked_dynamic_ip_or_port25 = Ihr Internetanschluss darf E-Mails nicht direkt zustellen
    .explanation = E-Mails, die direkt von privaten oder mobilen Internetanschlüssen (mit wechselnden IP-Adressen) kommen, weisen die meisten Server ab, und viele Netze sperren aus genau diesem Grund Port 25. Ein E-Mail-Programm sollte immer mit Anmeldung über den Postausgangsserver des Anbieters auf Port 587 senden.

cause-greylisted = Der empfangende Server bittet um einen späteren zweiten Versuch (Greylisting)
    .explanation = Das ist kein echter Fehler, sondern ein Spamfilter: Der empfangende Server weist den ersten Zustellversuch eines unbekannten Absenders ab und nimmt die Nachricht an, wenn sie nach einigen Minuten erneut kommt. Mailserver versuchen es normalerweise von selbst noch einmal; die Nachricht kommt dann mit etwas Verspätung an.

cause-rate_limited = Ein Versandlimit ist erreicht
    .explanation = Der Server begrenzt, wie viele Nachrichten Sie in einem bestimmten Zeitraum senden und an wie viele Empfänger Sie schreiben dürfen – und diese Grenze ist erreicht. Das schützt vor Spam aus gehackten Konten. Nach einiger Zeit wird das Limit zurückgesetzt.

cause-spam_content_rejected = Die Nachricht wurde als Spam eingestuft
    .explanation = Der Server hat den Inhalt der Nachricht (Text, Links, Anhänge) geprüft und sie abgewiesen, weil er Spam, Phishing oder Schadsoftware vermutet. Ihre Kontoeinstellungen sind nicht das Problem.

cause-connection_failed = Keine Verbindung zum Postausgangsserver
    .explanation = Ihr E-Mail-Programm hat den Server nicht erreicht: Der Servername wurde nicht gefunden, der Server hat die Verbindung abgelehnt, oder die Verbindung ist abgebrochen. Häufige Gründe sind ein Tippfehler im Servernamen, ein falscher Port, eine fehlende Internetverbindung oder eine Firewall bzw. ein Virenscanner, der die Verbindung blockiert.

cause-connection_timeout = Zeitüberschreitung bei der Verbindung zum Server
    .explanation = Der Server hat nicht rechtzeitig geantwortet. Oft sperrt eine Firewall oder das Netz, in dem Sie gerade sind, den Port ohne Rückmeldung (WLANs in Hotels und an öffentlichen Orten sperren häufig Port 25), oder der Server oder die Verbindung ist gerade sehr langsam.

cause-server_busy_or_unavailable = Der Server ist ausgelastet oder vorübergehend nicht erreichbar
    .explanation = Der Server ist überlastet, wird gewartet oder hat zu viele offene Verbindungen und bittet darum, es später noch einmal zu versuchen. Das Problem ist vorübergehend und liegt nicht an Ihren Einstellungen.

cause-policy_other = Der Server hat die Nachricht wegen einer seiner Regeln abgelehnt
    .explanation = Der Server hat die Nachricht aufgrund einer eigenen Regel abgelehnt, zum Beispiel wegen des Namens, mit dem sich Ihr Rechner meldet, wegen eines fehlenden Reverse-DNS-Eintrags, wegen der SPF-, DKIM- oder DMARC-Einträge der Absenderdomain oder weil diesem Empfänger nur bestimmte Absender schreiben dürfen. Welche Regel es war, steht in der Antwort des Servers; Ihr Anbieter oder Administrator kann Ihnen mehr dazu sagen.

cause-unknown = In diesem Text wurde kein bekannter Fehler gefunden
    .explanation = Der Text enthält keine Fehlermeldung, die smtp-doctor erkennt. Fügen Sie die vollständige Meldung ein, samt Zahlen wie 550 oder 0x800CCC79 und der Antwort des Servers.

cause-certificate_untrusted = Dem Zertifikat des Servers kann nicht vertraut werden
    .explanation = Die Verbindung selbst lässt sich verschlüsseln, aber das Zertifikat, mit dem sich der Server ausweist, hat die Prüfung nicht bestanden: Der Server hat es sich selbst ausgestellt oder es stammt von einer Stelle, die dieses Gerät nicht kennt, es ist abgelaufen oder noch nicht gültig, oder es lautet auf einen anderen Servernamen. Ihr E-Mail-Programm lehnt die Verbindung dann ab oder fragt jedes Mal nach – und jemand im selben Netz könnte sich als Ihr Server ausgeben. Welcher Fall vorliegt, steht in den Details.

cause-relay_by_network_only = Der Versand klappt nur aus diesem Netz
    .explanation = Ihr E-Mail-Programm sendet ohne Anmeldung, und der Server lässt das nur zu, weil dieses Gerät über sein eigenes Netz verbunden ist – etwa über den Anschluss Ihres Anbieters zu Hause oder über das Firmennetz. Im Hotel, über einen mobilen Hotspot oder am Anschluss eines anderen Anbieters werden dieselben Einstellungen abgewiesen („Relay verweigert“). Mit eingeschalteter Anmeldung über den Port für E-Mail-Programme (587) klappt der Versand überall.

cause-pop_before_smtp_only = Der Versand klappt nur kurz nach dem Abrufen
    .explanation = Der Server nimmt Ihre Nachrichten nur in den ersten Minuten an, nachdem Ihr E-Mail-Programm E-Mails abgerufen hat (man nennt das „POP vor SMTP“). Senden Sie, ohne kurz vorher abgerufen zu haben, wird die Nachricht abgewiesen. Bietet Ihr Anbieter eine Anmeldung am Postausgangsserver an, beseitigt das Einschalten dieser Anmeldung die Abhängigkeit.

cause-settings_differ = Ihre Einstellungen weichen von den Vorgaben Ihres Anbieters ab
    .explanation = Ihr Anbieter legt fest, wie E-Mail-Programme über ihn senden: mit welchem Postausgangsserver, über welchen Port, mit welcher Verschlüsselung und mit welcher Anmeldung. Ihr E-Mail-Programm ist anders eingestellt. Solche Einstellungen funktionieren oft in einem Netz und scheitern im nächsten, oder sie hören auf zu funktionieren, sobald der Anbieter seine Regeln verschärft. Die Abweichungen stehen unten; mit den Einstellungen des Anbieters wird erneut geprüft.
