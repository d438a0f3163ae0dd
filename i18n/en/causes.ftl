# One message per cause id: the value is the headline, .explanation the plain-language
# explanation for someone who is not an e-mail expert.

cause-relay_denied = The outgoing server refused to pass your message on (relay denied)
    .explanation = Your mail program handed the message to an outgoing server that does not recognise you. That server accepts mail for its own domain from anyone, but for every other domain it has to pass the message on ("relay"), and it only does that for people it knows: because they log in, or because they are connected through its own network. This typically happens away from home (hotel, office, hotspot) while the mail program still uses the home provider's outgoing server, or when logging in to the outgoing server is switched off.

cause-auth_required = The outgoing server wants you to log in
    .explanation = The server only accepts mail from users who sign in with their user name and password, and your mail program sent the message without logging in. Almost every provider requires this today. It is a setting in your mail program, usually called "outgoing server requires authentication".

cause-auth_failed = The login to the outgoing server was refused
    .explanation = Your mail program tried to sign in, but the server did not accept the user name or the password. Often the password was changed on the provider's website but not in the mail program, the user name has to be the full e-mail address, or the provider no longer accepts the normal password from mail programs.

cause-app_password_required = Your provider wants an app password
    .explanation = Your account is protected by two-step sign-in, or the provider stopped the sign-in as unusual. Mail programs can then no longer log in with your normal password. Instead, you create a separate app password in the security settings of your account on the provider's website and enter it in the mail program.

cause-auth_mechanism_unsupported = The server does not offer the login your mail program tries
    .explanation = Your mail program and the server could not agree on a way to log in. Often the server offers no login at all on this port (typical for port 25), or only once the connection is encrypted, or the mail program is set to a login method the server does not support, such as "encrypted password" or NTLM.

cause-tls_required = The server insists on an encrypted connection
    .explanation = The server will not go on until the connection is encrypted with STARTTLS, but your mail program is set to send without encryption. Switching the connection security to STARTTLS solves this, and it also protects your password on the way.

cause-tls_failed = The encrypted connection could not be set up
    .explanation = Your mail program and the server could not agree on encryption. Usually the encryption type does not fit the port (port 465 needs SSL/TLS, port 587 needs STARTTLS), the server name does not match the server's certificate, or an old program or operating system does not know today's TLS versions. Anti-virus programs that scan e-mail can also break encrypted connections.

cause-sender_rejected_not_owned = The sender address does not belong to your login
    .explanation = You log in with one account but send with a sender or reply address that the server does not allow for that account. Many providers only allow their own addresses (or ones you have confirmed with them), so that nobody can send mail in someone else's name. There is no way around this rule: the sender address has to belong to the account you send with.

cause-sender_domain_invalid = The sender address is not valid
    .explanation = The server checked your sender address and found that it is malformed or that its domain (the part after the @) does not exist. Usually there is a typo in the e-mail address of your account, or the program sends a name without a domain.

cause-recipient_unknown = The recipient's address does not exist
    .explanation = The receiving server does not know this mailbox. The address may contain a typo, the person may have a new address, or the mailbox has been closed. Your own settings are fine.

cause-mailbox_full = The recipient's mailbox is full
    .explanation = The receiving server accepts no more mail for this person because their mailbox has reached its storage limit. Only the recipient can change that by deleting mail; your settings are fine.

cause-message_too_large = The message is too large
    .explanation = The message including its attachments is larger than the server accepts. Attachments grow by about a third when they are sent. Many providers accept 20 to 50 MB at most, some much less.

cause-blocked_ip_blacklist = Your internet address is on a blocklist
    .explanation = The receiving server refuses mail from the internet address (IP address) it came from, because that address is listed as a source of spam or has a bad reputation. This concerns the network or server that sent the mail, not your text. Typical reasons are a device with malware in your network, a shared network that someone else misused, or a server that delivers mail directly from an address without a good reputation.

cause-blocked_dynamic_ip_or_port25 = Your internet connection may not deliver mail directly
    .explanation = Mail that comes straight from home or mobile internet connections (with changing addresses) is refused by most servers, and many networks block port 25 for exactly this reason. A mail program should always send through the provider's outgoing server on port 587, with a login.

cause-greylisted = The receiving server asks for a second try later (greylisting)
    .explanation = This is not a real error but a spam filter: the receiving server turns away the first attempt from an unknown sender and accepts the message when it is sent again after a few minutes. Mail servers normally try again on their own, so the message usually arrives with some delay.

cause-rate_limited = A sending limit was reached
    .explanation = The server limits how many messages or recipients you may send within a certain time, and that limit has been reached. This protects against spam from hacked accounts. The limit resets after a while.

cause-spam_content_rejected = The message was judged to be spam
    .explanation = The server checked the content of the message (text, links, attachments) and refused it as probable spam, phishing or malware. Your account settings are not the problem.

cause-connection_failed = No connection to the outgoing server
    .explanation = Your mail program could not reach the server: the server name was not found, the server refused the connection, or the connection broke off. Common reasons are a typo in the server name, a wrong port, no internet connection, or a firewall or anti-virus program that blocks the connection.

cause-connection_timeout = The connection to the server timed out
    .explanation = The server did not answer in time. Often a firewall or the network you are on silently blocks the port (hotel and public Wi-Fi networks often block port 25), or the server or the connection is very slow at the moment.

cause-server_busy_or_unavailable = The server is busy or temporarily unavailable
    .explanation = The server is overloaded, under maintenance or has too many open connections, and asks you to try again later. This is temporary and not caused by your settings.

cause-policy_other = The server refused the message because of one of its rules
    .explanation = The server refused the message under one of its own rules, for example because of the name your computer announces itself with, a missing reverse DNS entry, the sender domain's SPF, DKIM or DMARC records, or because only certain senders may write to this recipient. The server's reply says which rule; the provider or administrator can tell you more.

cause-unknown = No known error found in this text
    .explanation = The text does not contain an error message that smtp-doctor recognises. Paste the complete message, including numbers such as 550 or 0x800CCC79 and the server's reply.

cause-certificate_untrusted = The server's certificate cannot be trusted
    .explanation = The connection itself can be encrypted, but the certificate with which the server proves who it is did not pass the check: it was issued by the server itself or by an authority this device does not know, it has expired or is not valid yet, or it is made out for a different server name. Your mail program then refuses the connection or asks you every time – and someone on the same network could pretend to be your server. The details say which of these it is.

cause-relay_by_network_only = Sending works only from this network
    .explanation = Your mail program sends without logging in, and the server accepts that only because this device is connected through the server's own network – for example your provider's line at home or the office network. In a hotel, on a mobile hotspot or at another provider's line the same settings are refused ("relay denied"). With the login switched on, on the port for mail programs (587), sending works everywhere.

cause-pop_before_smtp_only = Sending works only right after collecting mail
    .explanation = The server accepts your messages only for a few minutes after your mail program has collected mail (this is called "POP before SMTP"). If you send without having fetched mail shortly before, the message is refused. If your provider offers a login for the outgoing server, switching it on removes this dependency.

cause-settings_differ = Your settings differ from what your provider expects
    .explanation = Your provider documents how mail programs should send through it: which outgoing server, which port, which encryption and which login. Your mail program is set up differently. Such settings may work on one network and fail on the next, or stop working when the provider tightens its rules. The differences are listed below; with the provider's settings the check is run again.
