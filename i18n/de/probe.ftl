# Die Live-Prüfung (smtp-doctor check): Fortschritt, Ergebnis und Aufruffehler.

check-start = Prüfe { $host }, Port { $port } …
check-verdict-works = Ergebnis: Von hier aus funktioniert der Versand ({ $host }, Port { $port }).
check-verdict-fails = Ergebnis: Von hier aus funktioniert der Versand nicht ({ $host }, Port { $port }).
check-evidence = Festgestellt bei
check-sweep-heading = Was von hier aus funktioniert
check-sweep-row = Port { $port } ({ $tls ->
        [starttls] STARTTLS
        [implicit] SSL/TLS
        [none] ohne Verschlüsselung
       *[auto] automatisch
    }): erreichbar { $reached }, Versand funktioniert { $works }

step-resolve = Namensauflösung (DNS)
step-connect = Verbindung
step-tls_handshake = Verschlüsselung (TLS)
step-greeting = Begrüßung durch den Server
step-ehlo = Fähigkeiten des Servers (EHLO)
step-helo = Begrüßung (HELO)
step-starttls = Umschalten auf Verschlüsselung (STARTTLS)
step-auth = Anmeldung
step-mail_from = Absender { $phase ->
        [authenticated] (mit Anmeldung)
        [after_pop] (nach POP3-Anmeldung)
       *[other] (ohne Anmeldung)
    }
step-rcpt_same_domain = Empfänger in Ihrer eigenen Domain { $phase ->
        [authenticated] (mit Anmeldung)
        [after_pop] (nach POP3-Anmeldung)
       *[other] (ohne Anmeldung)
    }
step-rcpt_outside = Empfänger anderswo, der Relay-Test { $phase ->
        [authenticated] (mit Anmeldung)
        [after_pop] (nach POP3-Anmeldung)
       *[other] (ohne Anmeldung)
    }
step-rset = Zurücksetzen (es wird nichts versendet)
step-quit = Verabschiedung (QUIT)
step-test_message = Testnachricht an Ihre eigene Adresse
step-pop_login = POP3-Anmeldung

outcome-resolved = gefunden: { $detail }
outcome-dns_failed = Name nicht gefunden ({ $detail })
outcome-connected = verbunden mit { $detail }
outcome-refused = { $detail } hat die Verbindung abgelehnt
outcome-filtered = keine Antwort von { $detail } – der Port scheint gesperrt zu sein
outcome-unreachable = nicht erreichbar ({ $detail })
outcome-reply = der Server antwortet: { $detail }
outcome-tls_established = verschlüsselt ({ $detail })
outcome-tls_failed = fehlgeschlagen: { $detail }
outcome-not_offered = bietet der Server nicht an
outcome-no_common_mechanism = kein gemeinsames Anmeldeverfahren (der Server bietet { $detail })
outcome-timeout = keine Antwort in der vorgesehenen Zeit
outcome-closed = der Server hat die Verbindung getrennt
outcome-malformed = die Antwort ist kein gültiges SMTP: { $detail }
outcome-io_error = Fehler: { $detail }
outcome-pop_logged_in = angemeldet ({ $detail })
outcome-pop_refused = abgelehnt ({ $detail })

tls-not_tls = der Server spricht auf diesem Port nicht von Anfang an TLS
tls-handshake = Aushandlung fehlgeschlagen ({ $detail })
tls-bad_server_name = der Servername lässt sich für TLS nicht verwenden
cert-unknown_issuer = das Zertifikat stammt von einer Stelle, der dieser Computer nicht vertraut
cert-self_signed = das Zertifikat ist selbst signiert
cert-expired = das Zertifikat ist abgelaufen
cert-not_yet_valid = das Zertifikat ist noch nicht gültig (prüfen Sie Datum und Uhrzeit des Computers)
cert-name_mismatch = das Zertifikat gilt nicht für den Namen { $expected }
cert-revoked = das Zertifikat wurde widerrufen
cert-other = das Zertifikat wurde abgelehnt ({ $detail })

cli-error-unexpected-argument = Unerwartetes Argument: { $value }
cli-error-missing-option = Die Option { $option } ist erforderlich.
cli-error-bad-host = „{ $value }“ ist kein Servername.
cli-error-bad-port = „{ $value }“ ist keine Portnummer (1 bis 65535).
cli-error-bad-tls = Unbekannte Verschlüsselung „{ $value }“. Möglich sind auto, none, starttls und implicit.
cli-error-secret-needs-user = Für ein Passwort oder Token wird --user benötigt.
cli-error-need-from = Geben Sie Ihre Absenderadresse mit --from an (oder einen --user, der eine E-Mail-Adresse ist).
cli-error-bad-address = „{ $value }“ ist keine E-Mail-Adresse.
cli-error-bad-timeout = „{ $value }“ ist keine Zahl von Sekunden zwischen 1 und 300.
cli-error-bad-sweep = Die Portliste „{ $value }“ wurde nicht verstanden. Beispiel: 587:starttls,465:implicit,25:auto
cli-error-empty-secret = Über die Standardeingabe wurde kein Passwort übergeben.
cli-error-ca-file = Die Zertifikate aus { $path } konnten nicht gelesen werden: { $error }
cli-error-runtime = Die Netzwerkkomponente konnte nicht starten: { $error }

test-message-subject = Testnachricht von smtp-doctor
test-message-body =
    Dies ist eine Testnachricht von smtp-doctor.

    Sie wurde über { $host }, Port { $port }, verschickt, um zu prüfen, ob der Versand funktioniert. Wenn Sie sie lesen können, sind Ihre Einstellungen für den Postausgang richtig. Sie können sie löschen.

check-trying-fixes = Probiere die Lösungen der Reihe nach aus (es wird nichts versendet) …
check-trials-heading = Ausprobierte Lösungen
check-trial-works = Versand funktioniert
check-trial-fails = funktioniert noch nicht
check-fixed-by = So funktioniert es: Port { $port }, { $security ->
        [implicit_tls] SSL/TLS
        [none] ohne Verschlüsselung
       *[starttls] STARTTLS
    }, Anmeldung { $auth ->
        [on] eingeschaltet
       *[off] ausgeschaltet
    }. Ändern Sie die Einstellungen Ihres E-Mail-Programms entsprechend.

situation-prediction =
    { $prediction ->
        [not_relay] Der Empfänger gehört zu Ihrer eigenen Domain, also stellt Ihr Postausgangsserver die Nachricht selbst zu. Das ist kein Relay und wird normalerweise angenommen, egal wo Sie sind.
        [relay_allowed] Der Empfänger gehört zu einer anderen Domain, also muss Ihr Postausgangsserver die Nachricht weiterreichen (Relay). { $location ->
            [office] Weil Sie im Firmennetz sind,
           *[home] Weil Sie über den Anschluss Ihres Anbieters verbunden sind,
        } erkennt der Server Sie und lässt das normalerweise zu.
        [relay_needs_login] Der Empfänger gehört zu einer anderen Domain, also muss Ihr Postausgangsserver die Nachricht weiterreichen (Relay). { $location ->
            [home] { $account ->
                [freemail] Ihr E-Mail-Anbieter vertraut keinem Anschluss, auch nicht Ihrem zu Hause,
               *[other] Über diesen Anschluss kann der Server nicht erkennen, dass Sie sein Kunde sind,
            }
            [office] Im Büro sind Sie nicht über den Anschluss Ihres Anbieters verbunden,
           *[travel] Unterwegs (Hotel, Flughafen, Café, Hotspot) sind Sie nicht über den Anschluss Ihres Anbieters verbunden,
        } deshalb lehnt der Server die Nachricht ab, solange sich Ihr E-Mail-Programm nicht anmeldet – oder Sie verwenden den Postausgangsserver des Netzes, in dem Sie gerade sind.
       *[unknown] Ob es sich um Relay handelt, hängt vom Empfänger ab: Geben Sie die Adresse an, an die Sie schreiben wollten.
    }

note-silent_drop = Gut zu wissen: Ein Server kann eine Nachricht annehmen und trotzdem nie zustellen, etwa wenn sie unterwegs als Spam aussortiert wird. Wenn ein Empfänger sagt, es sei nichts angekommen, bitten Sie ihn, im Spam-Ordner nachzusehen, prüfen Sie den Ordner „Gesendet“ im Webmail Ihres Anbieters und achten Sie auf Unzustellbarkeitsnachrichten in Ihrem Posteingang.

cli-error-bad-location = Unbekannter Ort „{ $value }“. Möglich sind home, office und travel.
cli-error-bad-account = Unbekannte Kontoart „{ $value }“. Möglich sind provider, work und freemail.
cli-error-bad-auth = „{ $value }“ ist für --auth nicht gültig. Möglich sind on und off.
