# Gespeicherte Einstellungen (smtp-doctor profile …) und die Passwortverwaltung des Systems.

profile-list-empty = Noch keine Profile gespeichert. So speichern Sie eines: smtp-doctor profile save NAME --host SERVER --from ADRESSE
profile-list-row = { $name }: { $email } über { $host }, Port { $port } ({ $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] ohne Verschlüsselung
    }) – { $last }
profile-last-never = noch nicht geprüft
profile-last-ok = letzte Prüfung: Versand funktioniert
profile-last-fail = letzte Prüfung: Problem ({ $cause })
profile-saved = Das Profil „{ $name }“ wurde gespeichert.
profile-saved-secret = Das Passwort liegt in der Passwortverwaltung des Systems, nicht in der Profildatei.
profile-deleted = Das Profil „{ $name }“ wurde gelöscht, zusammen mit seinem Passwort in der Passwortverwaltung des Systems.
profile-exported = { $count ->
        [one] Ein Profil wurde nach { $path } exportiert (ohne Passwort).
       *[other] { $count } Profile wurden nach { $path } exportiert (ohne Passwörter).
    }
profile-imported = { $count ->
        [one] Ein Profil wurde importiert.
       *[other] { $count } Profile wurden importiert.
    } Passwörter werden nie mitexportiert; das Passwort eines Profils speichern Sie mit „smtp-doctor profile save NAME --user BENUTZERNAME --password-stdin“.
profile-keyring-unavailable = Die Passwortverwaltung des Systems (Schlüsselbund) ist nicht verfügbar ({ $detail }). Das Passwort wurde nicht gespeichert – smtp-doctor schreibt Passwörter nie in eine Datei. Geben Sie es jedes Mal mit --password-stdin an; es gilt dann nur für diese Sitzung.
profile-keyring-locked = Die Passwortverwaltung des Systems (Schlüsselbund) ist gesperrt ({ $detail }). Entsperren Sie sie (meist genügt es, sich am Rechner anzumelden) und versuchen Sie es erneut – oder geben Sie das Passwort mit --password-stdin an; es gilt dann nur für diese Sitzung.
profile-keyring-other = Die Passwortverwaltung des Systems (Schlüsselbund) hat einen Fehler gemeldet ({ $detail }). Das Passwort wurde nicht gespeichert; geben Sie es mit --password-stdin an, es gilt dann nur für diese Sitzung.
profile-problem-corrupt = Die Profildatei { $path } konnte nicht gelesen werden ({ $detail }). Eine Kopie wurde unter { $backup } aufbewahrt; die anderen Profile sind nicht betroffen.
profile-problem-too-new = Die Profildatei { $path } stammt von einer neueren Version von smtp-doctor und bleibt unverändert.
profile-problem-io = { $path } konnte nicht gelesen oder geschrieben werden: { $detail }
profile-error-not-found = Es gibt kein Profil namens „{ $name }“. „smtp-doctor profile list“ zeigt die gespeicherten Profile.
profile-error-bad-name = „{ $name }“ ist als Profilname nicht möglich (1 bis 100 Zeichen, keine Steuerzeichen).
profile-error-exists = Es gibt schon ein Profil namens „{ $name }“. Um es zu ersetzen, verwenden Sie --force.
check-needs-password = Das Profil „{ $name }“ ist für eine Anmeldung eingerichtet, aber in der Passwortverwaltung des Systems liegt kein Passwort dafür. Geben Sie es mit --password-stdin an oder speichern Sie es mit „smtp-doctor profile save { $name } --password-stdin“.
cli-error-missing-profile-action = Geben Sie an, was mit den Profilen geschehen soll: list, show, save, delete, export oder import.
cli-error-unknown-profile-action = Unbekannte Profilaktion „{ $value }“. Möglich sind list, show, save, delete, export und import.
cli-error-missing-name = Geben Sie den Namen des Profils an.
cli-error-missing-file = Geben Sie die Datei an, die importiert werden soll.
