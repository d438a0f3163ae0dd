# import: reading the mail program's settings (Thunderbird, Outlook).

import-error-not-found = { $path } was not found. Is Thunderbird set up on this computer, and is the path to the file right?
import-error-unreadable = { $path } cannot be read: { $detail }
import-error-too-large = The file is { $mib } MiB; at most { $limit_mib } MiB are read. Is this really the mail program's settings file?
import-error-not-text = The file holds no readable text – it is damaged or not a settings file.
import-error-not-prefs = The file holds no Thunderbird settings. The file wanted is "prefs.js" in Thunderbird's profile folder.
import-error-not-registry-export = The file is not an export from the Registry Editor. Export the key with "File" → "Export" as a registration file (.reg).
import-error-no-accounts = The file was read but holds no account with an outgoing (SMTP) server. Exchange and Microsoft 365 accounts are not stored there.
import-row = { $n }. { $label } <{ $email }>: { $host }, port { $port }, { $security ->
        [implicit_tls] SSL/TLS
        [starttls] STARTTLS
       *[none] no encryption
    }, login: { $auth ->
        [none] none
        [password] normal password
        [encrypted_password] encrypted password
        [oauth2] OAuth2
       *[other] { $auth }
    }
