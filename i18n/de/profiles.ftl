# Gespeicherte Profile (smtp-doctor profile …) und der Schlüsselbund.

profile-list-empty = Noch keine Profile gespeichert. So speichern Sie eines: smtp-doctor profile save NAME --host SERVER --from ADRESSE
profile-list-row = { $name }: { $email } über { $host }, Port { $port } ({ $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] ohne Verschlüsselung
    }) – { $last }
profile-last-never = noch nicht geprüft
profile-last-ok = letzte Prüfung: Versand funktioniert
profile-last-fail = letzte Prüfung: Problem ({ $cause })
profile-saved = Profil „{ $name }“ gespeichert.
profile-saved-secret = Das Passwort liegt im Schlüsselbund des Systems, nicht in der Profildatei.
profile-deleted = Profil „{ $name }“ gelöscht, samt Passwort im Schlüsselbund.
profile-exported = { $count } Profile nach { $path } exportiert (ohne Passwörter).
profile-imported = { $count } Profile importiert. Passwörter sind nie Teil eines Exports: Ihres fügen Sie mit „smtp-doctor profile save NAME --user NAME --password-stdin“ hinzu.
profile-keyring-unavailable = Der Schlüsselbund des Systems ist nicht verfügbar ({ $detail }). Das Passwort wurde nicht gespeichert – smtp-doctor schreibt Passwörter nie in eine Datei. Geben Sie es jedes Mal mit --password-stdin an; es gilt dann nur für diese Sitzung.
profile-keyring-locked = Der Schlüsselbund des Systems ist gesperrt ({ $detail }). Entsperren Sie ihn (meist durch die Anmeldung am Desktop) und versuchen Sie es erneut, oder geben Sie das Passwort für diese Sitzung mit --password-stdin an.
profile-keyring-other = Der Schlüsselbund des Systems meldet einen Fehler ({ $detail }). Das Passwort wurde nicht gespeichert; geben Sie es für diese Sitzung mit --password-stdin an.
profile-problem-corrupt = Die Profildatei { $path } konnte nicht gelesen werden ({ $detail }). Eine Kopie liegt unter { $backup }; die anderen Profile sind nicht betroffen.
profile-problem-too-new = Die Profildatei { $path } stammt von einer neueren Version von smtp-doctor und wurde nicht angetastet.
profile-problem-io = { $path } konnte nicht gelesen oder geschrieben werden: { $detail }
profile-error-not-found = Es gibt kein Profil namens „{ $name }“. „smtp-doctor profile list“ zeigt die gespeicherten.
profile-error-bad-name = „{ $name }“ kann nicht als Profilname dienen (1 bis 100 Zeichen, keine Steuerzeichen).
profile-error-exists = Ein Profil namens „{ $name }“ gibt es schon. Mit --force wird es ersetzt.
check-needs-password = Das Profil „{ $name }“ meldet sich an, aber im Schlüsselbund liegt kein Passwort dafür. Geben Sie es mit --password-stdin an oder speichern Sie es mit „smtp-doctor profile save { $name } --password-stdin“.
cli-error-missing-profile-action = Geben Sie an, was mit den Profilen geschehen soll: list, show, save, delete, export oder import.
cli-error-unknown-profile-action = Unbekannte Profilaktion „{ $value }“. Möglich sind list, show, save, delete, export und import.
cli-error-missing-name = Geben Sie den Namen des Profils an.
cli-error-missing-file = Geben Sie die Datei an, die importiert werden soll.
