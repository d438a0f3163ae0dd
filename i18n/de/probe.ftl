# Die Live-Prüfung (smtp-doctor check): Fortschritt, Ergebnis und Aufruffehler.

check-start = Prüfung von { $host }, Port { $port } …
check-verdict-works = Ergebnis: Von hier aus funktioniert der Versand ({ $host }, Port { $port }).
check-verdict-fails = Ergebnis: Von hier aus funktioniert der Versand nicht ({ $host }, Port { $port }).
check-verdict-works-with-warnings = Ergebnis: Von hier aus funktioniert der Versand ({ $host }, Port { $port }) – eines sollten Sie aber wissen.
check-verdict-works-except = Ergebnis: Von hier aus funktioniert der Versand ({ $host }, Port { $port }), nur nicht an { $recipients }.
severity = { $severity ->
        [blocking] Verhindert den Versand
        [warning] Warnung
       *[info] Hinweis
    }
cert-detail-reason = Grund: { $reason }.
cert-detail-certificate = Zertifikat für: { $names } – ausgestellt auf: { $subject } – von: { $issuer } – gültig von { $from } bis { $until }.
check-evidence = Festgestellt bei
check-evidence-pasted = { $response ->
        [none] Das sagt auch die Fehlermeldung, die Sie eingefügt haben.
       *[other] Die Fehlermeldung, die Sie eingefügt haben, sagt dasselbe: { $response }
    }
check-sweep-heading = Was von hier aus funktioniert
check-sweep-row = Port { $port } ({ $tls ->
        [starttls] STARTTLS
        [implicit] SSL/TLS
        [none] ohne Verschlüsselung
       *[auto] Verschlüsselung automatisch
    }) – erreichbar: { $reached }, Versand möglich: { $works }

step-resolve = Namensauflösung (DNS)
step-connect = Verbindung
step-tls_handshake = Verschlüsselung (TLS)
step-greeting = Begrüßung durch den Server
step-ehlo = Fähigkeiten des Servers (EHLO)
step-helo = Vorstellung beim Server (HELO)
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
step-rcpt_outside = Empfänger in einer anderen Domain (Relay-Test, { $phase ->
        [authenticated] mit Anmeldung
        [after_pop] nach POP3-Anmeldung
       *[other] ohne Anmeldung
    })
step-rset = Zurücksetzen (es wird nichts versendet)
step-quit = Verabschiedung (QUIT)
step-test_message = Testnachricht an Ihre eigene Adresse
step-pop_login = POP3-Anmeldung

outcome-resolved = gefunden: { $detail }
outcome-dns_failed = Name nicht gefunden ({ $detail })
outcome-connected = verbunden mit { $detail }
outcome-refused = { $detail } hat die Verbindung abgelehnt
outcome-filtered = keine Antwort von { $detail } – der Port ist offenbar gesperrt
outcome-unreachable = nicht erreichbar ({ $detail })
outcome-reply = der Server antwortet: { $detail }
outcome-tls_established = verschlüsselt ({ $detail })
outcome-tls_failed = fehlgeschlagen: { $detail }
outcome-not_offered = vom Server nicht angeboten
outcome-no_common_mechanism = kein gemeinsames Anmeldeverfahren (der Server bietet { $detail } an)
outcome-timeout = keine Antwort innerhalb des Zeitlimits
outcome-closed = der Server hat die Verbindung getrennt
outcome-malformed = keine gültige SMTP-Antwort: { $detail }
outcome-io_error = Fehler: { $detail }
outcome-pop_logged_in = angemeldet ({ $detail })
outcome-pop_refused = abgelehnt ({ $detail })

tls-not_tls = der Server verschlüsselt auf diesem Port nicht von Anfang an (kein SSL/TLS)
tls-handshake = es kam keine verschlüsselte Verbindung zustande ({ $detail })
tls-bad_server_name = der Servername lässt sich für TLS nicht verwenden
cert-unknown_issuer = das Zertifikat stammt von einer Stelle, der dieser Computer nicht vertraut
cert-self_signed = das Zertifikat ist selbst signiert
cert-expired = das Zertifikat ist abgelaufen
cert-not_yet_valid = das Zertifikat ist noch nicht gültig (prüfen Sie Datum und Uhrzeit dieses Computers)
cert-name_mismatch = das Zertifikat gilt nicht für den Namen { $expected }
cert-revoked = das Zertifikat wurde widerrufen
cert-other = das Zertifikat wurde abgelehnt ({ $detail })

cli-error-unexpected-argument = Unerwartetes Argument: { $value }
cli-error-missing-option = Die Option { $option } ist erforderlich.
cli-error-bad-host = „{ $value }“ ist kein gültiger Servername.
cli-error-bad-port = „{ $value }“ ist keine gültige Portnummer (1 bis 65535).
cli-error-bad-tls = Unbekannte Verschlüsselungsart „{ $value }“. Möglich sind auto, none, starttls und implicit.
cli-error-secret-needs-user = Zu einem Passwort oder Token gehört ein Benutzername: Geben Sie auch --user an.
cli-error-need-from = Geben Sie Ihre Absenderadresse mit --from an (oder mit --user einen Benutzernamen, der eine E-Mail-Adresse ist).
cli-error-bad-address = „{ $value }“ ist keine gültige E-Mail-Adresse.
cli-error-bad-timeout = „{ $value }“ ist kein gültiges Zeitlimit. Möglich sind 1 bis 300 Sekunden.
cli-error-bad-sweep = Die Portliste „{ $value }“ ist ungültig. Beispiel: 587:starttls,465:implicit,25:auto
cli-error-empty-secret = Über die Standardeingabe wurde kein Passwort übergeben.
cli-error-ca-file = Die Zertifikate aus { $path } konnten nicht gelesen werden: { $error }
cli-error-runtime = Die Netzwerkkomponente konnte nicht gestartet werden: { $error }

test-message-subject = Testnachricht von smtp-doctor
test-message-body =
    Dies ist eine Testnachricht von smtp-doctor.

    Sie wurde über { $host }, Port { $port }, verschickt, um zu prüfen, ob der Versand funktioniert. Wenn Sie diese Nachricht lesen können, sind Ihre Einstellungen für den Postausgang richtig. Sie können sie löschen.

check-trying-fixes = Die Lösungsvorschläge werden nacheinander ausprobiert (es wird nichts versendet) …
check-trials-heading = Ausprobierte Lösungsvorschläge
check-trial-works = Versand funktioniert
check-trial-fails = Versand funktioniert auch damit nicht
check-fixed-by = So funktioniert es: Port { $port }, { $security ->
        [implicit_tls] SSL/TLS
        [none] ohne Verschlüsselung
       *[starttls] STARTTLS
    }, Anmeldung { $auth ->
        [on] eingeschaltet
       *[off] ausgeschaltet
    }. Übernehmen Sie diese Einstellungen in Ihr E-Mail-Programm.

situation-prediction =
    { $prediction ->
        [not_relay] Die Empfängeradresse gehört zu Ihrer eigenen Domain, daher stellt Ihr Postausgangsserver die Nachricht selbst zu. Das ist kein Relay – solche Nachrichten nimmt der Server normalerweise an, egal wo Sie gerade sind.
        [relay_allowed] Die Empfängeradresse gehört zu einer anderen Domain, daher muss Ihr Postausgangsserver die Nachricht weiterreichen (Relay). { $location ->
            [office] Weil Sie im Firmennetz sind,
           *[home] Weil Sie über den Internetanschluss Ihres Anbieters verbunden sind,
        } erkennt der Server Sie und lässt das normalerweise zu.
        [relay_needs_login] Die Empfängeradresse gehört zu einer anderen Domain, daher muss Ihr Postausgangsserver die Nachricht weiterreichen (Relay). { $location ->
            [home] { $account ->
                [freemail] Ihr E-Mail-Anbieter vertraut keinem Internetanschluss, auch nicht Ihrem eigenen zu Hause,
               *[other] An diesem Internetanschluss kann Ihr Postausgangsserver nicht erkennen, dass Sie zu seinen Kunden gehören,
            }
            [office] Im Büro sind Sie nicht über den Internetanschluss Ihres Anbieters verbunden,
           *[travel] Unterwegs (Hotel, Flughafen, Café, Hotspot) sind Sie nicht über den Internetanschluss Ihres Anbieters verbunden,
        } deshalb lehnt der Server die Nachricht ab, solange sich Ihr E-Mail-Programm nicht anmeldet. Alternativ können Sie den Postausgangsserver des Netzes verwenden, mit dem Sie gerade verbunden sind.
       *[unknown] Ob die Nachricht weitergereicht werden muss (Relay), hängt von der Empfängeradresse ab: Geben Sie die Adresse an, an die Sie schreiben wollten.
    }

note-silent_drop = Gut zu wissen: Ein Server kann eine Nachricht annehmen und sie trotzdem nie zustellen, etwa wenn sie unterwegs als Spam aussortiert wird. Wenn ein Empfänger sagt, dass nichts angekommen ist, bitten Sie ihn, in seinem Spam-Ordner nachzusehen. Prüfen Sie außerdem den Ordner „Gesendet“ in der Weboberfläche (Webmail) Ihres Anbieters und achten Sie auf Unzustellbarkeitsnachrichten in Ihrem Posteingang.

cli-error-bad-location = Unbekannter Ort „{ $value }“. Möglich sind home, office und travel.
cli-error-bad-account = Unbekannte Kontoart „{ $value }“. Möglich sind provider, work und freemail.
cli-error-bad-auth = „{ $value }“ ist kein gültiger Wert für --auth. Möglich sind on und off.

cli-error-bad-helo = „{ $value }“ kann nicht als EHLO-Name gesendet werden (keine Leerzeichen oder Zeilenumbrüche).
cli-error-bad-user = Der Benutzername darf keine Zeilenumbrüche oder andere Steuerzeichen enthalten.
outcome-plaintext_refused = nicht versucht: Die Verbindung ist nicht verschlüsselt, das Passwort würde im Klartext übertragen

# Der Bericht, den die App für Anbieter oder IT-Betreuung kopiert oder speichert.
report-title = Bericht von smtp-doctor
report-settings-heading = Geprüfte Einstellungen
report-setting-server = Postausgangsserver (SMTP): { $host }, Port { $port }, { $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] ohne Verschlüsselung
    }
report-setting-login = Anmeldung: { $auth ->
        [on] ja, als { $user }
       *[off] nein
    }
report-setting-sender = Absenderadresse: { $from }
report-setting-reply-to = Antwortadresse: { $address }
report-setting-pop = Vor dem Senden beim Posteingangsserver (POP3) anmelden: { $host }
report-result-heading = Ergebnis
report-transcript-heading = Protokoll der Serververbindung (Passwörter ausgeblendet)
report-footer = Erstellt mit smtp-doctor { $version }. Dieser Bericht enthält keine Passwörter.

settings-difference = { $setting ->
        [host] Postausgangsserver: bei Ihnen { $configured }, { $provider } erwartet { $expected }.
        [port] Port: bei Ihnen { $configured }, { $provider } erwartet { $expected }.
        [security] Verschlüsselung: bei Ihnen { $configured ->
            [implicit_tls] SSL/TLS
            [starttls] STARTTLS
           *[none] keine
        }, { $provider } erwartet { $expected ->
            [implicit_tls] SSL/TLS
            [starttls] STARTTLS
           *[none] keine
        }.
        [no_login] Anmeldung: Ihr E-Mail-Programm meldet sich nicht an; { $provider } verlangt das.
       *[username] Benutzername: bei Ihnen { $configured }, { $provider } erwartet { $expected }.
    }
