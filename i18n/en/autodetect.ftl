# autodetect: from an address to the outgoing server.

autodetect-provider = Provider: { $name }
autodetect-provider-unknown = { $domain } is not in the built-in provider table.
autodetect-none = No outgoing server could be found. Ask your provider for the "SMTP server" and its port.
autodetect-candidate = { $host }, port { $port }, { $security ->
        [starttls] STARTTLS
        [implicit_tls] SSL/TLS
       *[none] no encryption
    }, user name: { $username ->
        [email] the full e-mail address
        [localpart] the part before the @
       *[other] as your provider says
    } – { $source }, confidence { $confidence } %
autodetect-verified = answers from here ({ $ms } ms).
autodetect-verified-auth = Login methods: { $mechanisms }.
autodetect-unreachable = does not work from here – { $reason }
autodetect-source-table = from the built-in table (the provider's help pages)
autodetect-source-srv = from the DNS record { $record }
autodetect-source-autoconfig = from { $url }
autodetect-source-mx = your domain's mail is handled by { $exchange }
autodetect-policy-enable-in-webmail = { $name }: switch on access by mail programs (POP3/IMAP) in the web mail settings first.
autodetect-policy-separate-mail-password = { $name }: mail programs need their own e-mail password, which you set in your mailbox settings in the browser. The password you use to log in on the website is not accepted there.
autodetect-policy-from-must-match = { $name } only accepts your own address as the sender.
autodetect-policy-app-password = { $name }: with two-step sign-in, mail programs need an app password.
autodetect-policy-oauth2 = { $name }: password login may be switched off; use the sign-in through { $name } (OAuth2).
autodetect-policy-pop-before-smtp = { $name } still uses "POP before SMTP": fetch your mail before sending.
autodetect-problems = { $count ->
        [one] One source gave no answer (details with --json).
       *[other] { $count } sources gave no answer (details with --json).
    }
cli-error-missing-address = Give the e-mail address.
cli-error-bad-dns-server = "{ $value }" is not a DNS server address (IP:PORT).
cli-error-bad-url = "{ $value }" is not an http:// or https:// address.
cli-error-verify-offline = --verify needs the network; it cannot be combined with --offline.
cli-error-ca-file-needs-verify = --ca-file is only used by --verify (for the certificate check).
