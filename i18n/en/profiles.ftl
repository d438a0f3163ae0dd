# Saved profiles (smtp-doctor profile …) and the keyring.

profile-list-empty = No saved profiles yet. Save one with: smtp-doctor profile save NAME --host SERVER --from ADDRESS
profile-list-row = { $name }: { $email } via { $host }, port { $port } ({ $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] no encryption
    }) – { $last }
profile-last-never = not checked yet
profile-last-ok = last check: sending works
profile-last-fail = last check: problem ({ $cause })
profile-saved = Profile "{ $name }" saved.
profile-saved-secret = The password is stored in the system keyring, not in the profile file.
profile-deleted = Profile "{ $name }" deleted, together with its password in the keyring.
profile-exported = { $count ->
        [one] One profile exported to { $path } (without its password).
       *[other] { $count } profiles exported to { $path } (without passwords).
    }
profile-imported = { $count ->
        [one] One profile imported.
       *[other] { $count } profiles imported.
    } Passwords are never part of an export: add yours with "smtp-doctor profile save NAME --user NAME --password-stdin".
profile-keyring-unavailable = The system keyring is not available ({ $detail }). The password was not saved – smtp-doctor never writes passwords to a file. Give it with --password-stdin each time; it is then used for this session only.
profile-keyring-locked = The system keyring is locked ({ $detail }). Unlock it (usually by logging in to your desktop) and try again, or give the password with --password-stdin for this session only.
profile-keyring-other = The system keyring reported an error ({ $detail }). The password was not saved; give it with --password-stdin for this session only.
profile-problem-corrupt = The profile file { $path } could not be read ({ $detail }). A copy was kept as { $backup }; the other profiles are not affected.
profile-problem-too-new = The profile file { $path } was written by a newer version of smtp-doctor and was left untouched.
profile-problem-io = { $path } could not be read or written: { $detail }
profile-error-not-found = There is no profile called "{ $name }". "smtp-doctor profile list" shows the saved ones.
profile-error-bad-name = "{ $name }" cannot be used as a profile name (1 to 100 characters, no control characters).
profile-error-exists = A profile called "{ $name }" already exists. Use --force to replace it.
check-needs-password = The profile "{ $name }" logs in, but the keyring holds no password for it. Give it with --password-stdin, or save it with "smtp-doctor profile save { $name } --password-stdin".
cli-error-missing-profile-action = Say what to do with profiles: list, show, save, delete, export or import.
cli-error-unknown-profile-action = Unknown profile action "{ $value }". Use list, show, save, delete, export or import.
cli-error-missing-name = Give the profile's name.
cli-error-missing-file = Give the file to import.
