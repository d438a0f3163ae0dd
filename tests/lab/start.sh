#!/usr/bin/env bash
# smtp-doctor test lab: a real Postfix + Dovecot listening on 127.0.0.1 only.
#
#   bash tests/lab/start.sh        (as root; idempotent)
#
# Installs the Debian packages it needs when missing, builds everything in
# ${SMTP_DOCTOR_LAB:-/tmp/smtp-doctor-lab}, (re)starts Postfix and Dovecot with
# their own configuration (nothing in /etc is changed), writes ${LAB}/lab.env
# and waits until every port answers.  See tests/lab/README.md.
#
# Nothing this lab accepts can leave the machine: every transport, including
# the one for non-local domains, is a local Maildir "sink", and master.cf has
# no smtp/lmtp/relay client service at all.
set -euo pipefail

LAB="${SMTP_DOCTOR_LAB:-/tmp/smtp-doctor-lab}"
HOST=127.0.0.1

PORT_RELAY="${SMTP_DOCTOR_LAB_PORT_RELAY:-2525}"                # no AUTH, relay by network only
PORT_SUBMISSION="${SMTP_DOCTOR_LAB_PORT_SUBMISSION:-2587}"      # STARTTLS + AUTH after TLS
PORT_SMTPS="${SMTP_DOCTOR_LAB_PORT_SMTPS:-2465}"                # implicit TLS + AUTH
PORT_TLS_REQUIRED="${SMTP_DOCTOR_LAB_PORT_TLS_REQUIRED:-2526}"  # STARTTLS mandatory
PORT_SIZE="${SMTP_DOCTOR_LAB_PORT_SIZE:-2527}"                  # message_size_limit 10240
PORT_PLAIN_AUTH="${SMTP_DOCTOR_LAB_PORT_PLAIN_AUTH:-2588}"      # AUTH without TLS
PORT_TLS_EXPIRED="${SMTP_DOCTOR_LAB_PORT_TLS_EXPIRED:-2466}"    # implicit TLS, expired cert
PORT_TLS_WRONG_NAME="${SMTP_DOCTOR_LAB_PORT_TLS_WRONG_NAME:-2467}" # implicit TLS, wrong-name cert
PORT_POP3="${SMTP_DOCTOR_LAB_PORT_POP3:-2110}"                  # Dovecot POP3 + STLS
PORT_SELF_SIGNED="${SMTP_DOCTOR_LAB_PORT_SELF_SIGNED:-2468}"    # STARTTLS, self-signed cert
PORT_SENDER_AT_MAIL="${SMTP_DOCTOR_LAB_PORT_SENDER_AT_MAIL:-2589}" # relay by network; login's sender checked at MAIL
SIZE_LIMIT=10240

log() { printf 'lab: %s\n' "$*" >&2; }
die() { printf 'lab: ERROR: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root (Postfix and Dovecot are started with their own config dirs)"
case "$LAB" in
  /*) ;;
  *) die "SMTP_DOCTOR_LAB must be an absolute path (got '$LAB')" ;;
esac
[[ "$LAB" =~ ^[A-Za-z0-9_./-]+$ ]] || die "SMTP_DOCTOR_LAB may only contain [A-Za-z0-9_./-] (got '$LAB')"
LAB="${LAB%/}"
# Dovecot puts unix sockets under $LAB/dovecot/run; sun_path is 108 bytes.
(( ${#LAB} <= 60 )) || die "SMTP_DOCTOR_LAB is too long for unix socket paths (max 60 chars): $LAB"

ALL_PORTS=("$PORT_RELAY" "$PORT_SUBMISSION" "$PORT_SMTPS" "$PORT_TLS_REQUIRED" "$PORT_SIZE"
           "$PORT_PLAIN_AUTH" "$PORT_TLS_EXPIRED" "$PORT_TLS_WRONG_NAME" "$PORT_POP3"
           "$PORT_SELF_SIGNED" "$PORT_SENDER_AT_MAIL")
for p in "${ALL_PORTS[@]}"; do
  if ! [[ "$p" =~ ^[1-9][0-9]{0,4}$ ]] || (( p > 65535 )); then die "invalid port '$p'"; fi
done
if [[ $(printf '%s\n' "${ALL_PORTS[@]}" | sort -u | wc -l) -ne ${#ALL_PORTS[@]} ]]; then
  die "ports must be distinct: ${ALL_PORTS[*]}"
fi

###############################################################################
# 1. packages
###############################################################################
PKGS=(postfix dovecot-core dovecot-pop3d openssl swaks libnet-ssleay-perl)

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

install_packages() {
  local missing=() p
  for p in "${PKGS[@]}"; do pkg_installed "$p" || missing+=("$p"); done
  (( ${#missing[@]} == 0 )) && return 0
  log "installing: ${missing[*]}"
  echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
  # Keep the packages' init scripts from starting system-wide daemons.
  local made_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 0755 /usr/sbin/policy-rc.d
    made_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  local apt_opts=(-y -q --no-install-recommends
                  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  local ok=0
  if compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null &&
     DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "${missing[@]}" >&2; then
    ok=1
  else
    log "apt-get install failed or no package lists: running apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "${missing[@]}" >&2 && ok=1
  fi
  if (( made_policy )); then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  (( ok )) || die "could not install: ${missing[*]}"
}
install_packages

for u in postfix dovecot dovenull mail; do
  getent passwd "$u" >/dev/null || die "system user '$u' is missing (broken postfix/dovecot install?)"
done
getent group postdrop >/dev/null || die "group 'postdrop' is missing (broken postfix install?)"
MAIL_UID=$(id -u mail)
MAIL_GID=$(id -g mail)

###############################################################################
# layout
###############################################################################
PF_CONF="$LAB/postfix"          # main.cf, master.cf, maps
PF_QUEUE="$LAB/postfix-queue"   # queue_directory (owned by root, like /var/spool/postfix)
PF_DATA="$LAB/postfix-data"     # data_directory (owned by postfix)
DC_DIR="$LAB/dovecot"           # dovecot.conf, passwd
DC_CONF="$DC_DIR/dovecot.conf"
DC_RUN="$DC_DIR/run"            # base_dir
TLS="$LAB/tls"
MAILDIR_BASE="$LAB/mail"        # virtual_mailbox_base; alice/, bob/, sink/
LOGDIR="$LAB/log"
PF_LOG="$LOGDIR/postfix.log"
DC_LOG="$LOGDIR/dovecot.log"

mkdir -p "$LAB"
chmod 0755 "$LAB"
# Serialise concurrent start.sh runs (e.g. several test binaries at once).
# The daemons are started with fd 9 closed, or they would hold the lock forever.
exec 9>"$LAB/.start.lock"
flock -w 120 9 || die "timed out waiting for another start.sh ($LAB/.start.lock)"

install -d -m 0755 -o root -g root "$PF_CONF" "$PF_QUEUE" "$DC_DIR" "$TLS" "$LOGDIR"
install -d -m 0700 -o postfix -g postfix "$PF_DATA"
install -d -m 0775 -o mail -g mail "$MAILDIR_BASE"

###############################################################################
# 2. certificates (generated once; delete $LAB/tls to regenerate)
###############################################################################
make_certs() {
  local db="$TLS/ca-db" cnf="$TLS/ca.cnf"
  rm -rf "$db"
  mkdir -p "$db/newcerts"
  : >"$db/index.txt"
  echo 1000 >"$db/serial"
  cat >"$cnf" <<EOF
# openssl ca config for the smtp-doctor lab test CA (generated by start.sh)
[ ca ]
default_ca = lab_ca

[ lab_ca ]
dir             = $db
database        = \$dir/index.txt
new_certs_dir   = \$dir/newcerts
serial          = \$dir/serial
default_md      = sha256
policy          = lab_policy
unique_subject  = no
copy_extensions = none
email_in_dn     = no

[ lab_policy ]
organizationName = optional
commonName       = supplied

[ req ]
distinguished_name = req_dn
prompt             = no
[ req_dn ]
CN = unused

[ v3_ca ]
basicConstraints       = critical, CA:TRUE
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ v3_server ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid, issuer
subjectAltName         = DNS:localhost, DNS:mail.lab.test, IP:127.0.0.1

[ v3_wrong_name ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid, issuer
subjectAltName         = DNS:wrong-name.invalid
EOF
  local o="openssl"
  newkey() { $o genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null ||
             $o genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1"; chmod 0600 "$1"; }
  csr() { $o req -new -config "$cnf" -key "$1" -subj "$2" -out "$3"; }
  sign() { # sign CSR EXT OUT [extra openssl ca args...]
    local in=$1 ext=$2 out=$3; shift 3
    $o ca -batch -notext -config "$cnf" -cert "$TLS/ca.crt" -keyfile "$TLS/ca.key" \
       -extensions "$ext" -in "$in" -out "$out" "$@" 2>"$TLS/openssl-ca.log" ||
      { cat "$TLS/openssl-ca.log" >&2; die "openssl ca failed for $out"; }
  }
  # CA: self-signed via `openssl ca -selfsign` so its notBefore can predate the
  # expired leaf (openssl 3.0's req/x509 cannot set a start date).
  newkey "$TLS/ca.key"
  csr "$TLS/ca.key" "/O=smtp-doctor lab/CN=smtp-doctor lab test CA" "$TLS/ca.csr"
  $o ca -batch -notext -selfsign -config "$cnf" -keyfile "$TLS/ca.key" -extensions v3_ca \
     -startdate 20190101000000Z -days 7300 -in "$TLS/ca.csr" -out "$TLS/ca.crt" \
     2>"$TLS/openssl-ca.log" || { cat "$TLS/openssl-ca.log" >&2; die "openssl ca -selfsign failed"; }

  # Valid leaves start a day in the past (harmless clock skew) and run 10 years.
  local from until
  from=$(date -u -d '1 day ago' +%Y%m%d%H%M%SZ)
  until=$(date -u -d '10 years' +%Y%m%d%H%M%SZ)
  # Good leaf: localhost, mail.lab.test, 127.0.0.1.
  newkey "$TLS/server.key"
  csr "$TLS/server.key" "/O=smtp-doctor lab/CN=mail.lab.test" "$TLS/server.csr"
  sign "$TLS/server.csr" v3_server "$TLS/server.crt" -startdate "$from" -enddate "$until"
  # Expired leaf, same names: valid 2020-01-01 .. 2020-01-02 only.
  newkey "$TLS/expired.key"
  csr "$TLS/expired.key" "/O=smtp-doctor lab/CN=mail.lab.test" "$TLS/expired.csr"
  sign "$TLS/expired.csr" v3_server "$TLS/expired.crt" \
       -startdate 20200101000000Z -enddate 20200102000000Z
  # Wrong-name leaf: valid, trusted, but only for wrong-name.invalid.
  newkey "$TLS/wrong-name.key"
  csr "$TLS/wrong-name.key" "/O=smtp-doctor lab/CN=wrong-name.invalid" "$TLS/wrong-name.csr"
  sign "$TLS/wrong-name.csr" v3_wrong_name "$TLS/wrong-name.crt" -startdate "$from" -enddate "$until"

  rm -f "$TLS"/*.csr
  # Leaf + CA bundles, for servers that want the chain in one file.
  for n in server expired wrong-name; do cat "$TLS/$n.crt" "$TLS/ca.crt" >"$TLS/$n-chain.crt"; done
  chmod 0644 "$TLS"/*.crt
  touch "$TLS/.complete"
}
if [[ ! -f "$TLS/.complete" ]]; then
  log "generating test CA and certificates in $TLS"
  make_certs
fi
# A self-signed certificate (no CA at all), as small-business servers and NAS boxes have.
if [[ ! -f "$TLS/self-signed.crt" ]]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/O=smtp-doctor lab/CN=mail.lab.test" \
    -addext "subjectAltName=DNS:localhost,DNS:mail.lab.test,IP:127.0.0.1" \
    -keyout "$TLS/self-signed.key" -out "$TLS/self-signed.crt" 2>"$TLS/openssl-self-signed.log" ||
    { cat "$TLS/openssl-self-signed.log" >&2; die "openssl req -x509 failed"; }
  chmod 0644 "$TLS/self-signed.crt"
fi
# Dovecot drops root before some reads; keep keys root-only (both daemons read
# them as root at startup) and certificates world-readable.
chmod 0600 "$TLS"/*.key

###############################################################################
# 3. Postfix configuration
###############################################################################
cat >"$PF_CONF/vmailbox" <<EOF
alice@lab.test alice/
bob@lab.test   bob/
EOF
cat >"$PF_CONF/sender_login" <<EOF
alice@lab.test alice@lab.test
bob@lab.test   bob@lab.test
EOF

cat >"$PF_CONF/main.cf" <<EOF
# smtp-doctor lab Postfix instance -- generated by tests/lab/start.sh; edits are overwritten.
compatibility_level = 3.6
queue_directory = $PF_QUEUE
data_directory = $PF_DATA
mail_owner = postfix
setgid_group = postdrop

myhostname = mail.lab.test
mydomain = lab.test
myorigin = \$mydomain
mydestination = localhost
inet_interfaces = $HOST
inet_protocols = ipv4
# Loopback deliberately NOT in mynetworks, so relay checks are meaningful.
mynetworks = 192.0.2.1/32
smtpd_banner = \$myhostname ESMTP smtp-doctor lab

# Logging: no syslog here, log to a file through postlogd (see master.cf).
maillog_file = $PF_LOG
maillog_file_prefixes = $LOGDIR

# Nothing may ever leave this machine.  Every address class is delivered by the
# local "sink" (virtual(8) into $MAILDIR_BASE/sink/) and master.cf has no
# smtp/lmtp/relay client service.  No DNS either.
smtp_dns_support_level = disabled
default_transport = sink
relay_transport = sink
local_transport = sink
transport_maps =
relayhost =
fallback_transport =
alias_maps =
alias_database =
local_recipient_maps =
biff = no
append_dot_mydomain = no
readme_directory = no
smtputf8_enable = no

# lab.test: alice and bob have Maildirs; other @lab.test users are unknown.
virtual_mailbox_domains = lab.test
virtual_transport = virtual
virtual_mailbox_base = $MAILDIR_BASE
virtual_mailbox_maps = texthash:$PF_CONF/vmailbox
virtual_uid_maps = static:$MAIL_UID
virtual_gid_maps = static:$MAIL_GID
virtual_minimum_uid = $MAIL_UID

# Relay: Postfix's default ends in defer_unauth_destination (454); we want the
# permanent 554 "Relay access denied".
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_sender_login_maps = texthash:$PF_CONF/sender_login

# SASL through Dovecot (socket created by the lab's dovecot in the queue dir).
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = no
smtpd_sasl_security_options = noanonymous
smtpd_sasl_tls_security_options = noanonymous

# TLS: off unless a service in master.cf turns it on.
smtpd_tls_cert_file = $TLS/server.crt
smtpd_tls_key_file = $TLS/server.key
smtpd_tls_security_level = none
smtpd_tls_auth_only = no
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_tls_session_cache_database =
smtp_tls_security_level = none
EOF

# One -o list per scenario.
# shellcheck disable=SC2054  # the commas are inside one Postfix value
SUBMISSION_OPTS=(
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject_unauth_destination
)
svc() { # svc PORT NAME -o k=v ...
  local port=$1 name=$2; shift 2
  printf '%s:%s inet n - n - - smtpd\n  -o syslog_name=postfix/%s\n' "$HOST" "$port" "$name"
  while (( $# )); do printf '  %s %s\n' "$1" "$2"; shift 2; done
}

{
cat <<EOF
# smtp-doctor lab master.cf -- generated by tests/lab/start.sh; edits are overwritten.
# No chroot anywhere (chroot = n).  There is deliberately NO smtp, lmtp, relay,
# local or pipe service: the only delivery agents are virtual(8) instances that
# write Maildirs under $MAILDIR_BASE.
# ==========================================================================
# service type  private unpriv  chroot  wakeup  maxproc command + args
# ==========================================================================
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
virtual   unix  -       n       n       -       -       virtual
# The sink: every non-lab.test recipient ends up in $MAILDIR_BASE/sink/.
sink      unix  -       n       n       -       -       virtual
  -o virtual_mailbox_maps=static:sink/
# --------------------------------------------------------------------------
# Scenario listeners, all on $HOST.
EOF
echo "# relay-by-network-only: no AUTH, no TLS; outside recipients -> 554 Relay access denied"
svc "$PORT_RELAY" relay \
  -o smtpd_sasl_auth_enable=no -o smtpd_tls_security_level=none
echo "# submission: STARTTLS offered, AUTH only after STARTTLS, sender must match login"
svc "$PORT_SUBMISSION" submission \
  -o smtpd_tls_security_level=may -o smtpd_tls_auth_only=yes "${SUBMISSION_OPTS[@]}"
echo "# implicit TLS (smtps): TLS from the first byte, then AUTH as on submission"
svc "$PORT_SMTPS" smtps \
  -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes \
  "${SUBMISSION_OPTS[@]}"
echo "# TLS mandatory: MAIL before STARTTLS -> 530 5.7.0 Must issue a STARTTLS command first"
svc "$PORT_TLS_REQUIRED" tls-required \
  -o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes "${SUBMISSION_OPTS[@]}"
echo "# size limit: SIZE $SIZE_LIMIT advertised and enforced (MAIL SIZE= and DATA)"
svc "$PORT_SIZE" size-limit \
  -o smtpd_sasl_auth_enable=no -o smtpd_tls_security_level=none \
  -o message_size_limit=$SIZE_LIMIT
echo "# submission without TLS: AUTH offered in clear text, no STARTTLS"
svc "$PORT_PLAIN_AUTH" plain-auth \
  -o smtpd_tls_security_level=none -o smtpd_tls_auth_only=no "${SUBMISSION_OPTS[@]}"
echo "# implicit TLS with an EXPIRED certificate (signed by the lab CA)"
svc "$PORT_TLS_EXPIRED" tls-expired \
  -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes \
  -o smtpd_tls_cert_file="$TLS/expired.crt" -o smtpd_tls_key_file="$TLS/expired.key" \
  "${SUBMISSION_OPTS[@]}"
echo "# implicit TLS with a certificate for the WRONG NAME (wrong-name.invalid, lab CA)"
svc "$PORT_TLS_WRONG_NAME" tls-wrong-name \
  -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt -o smtpd_tls_auth_only=yes \
  -o smtpd_tls_cert_file="$TLS/wrong-name.crt" -o smtpd_tls_key_file="$TLS/wrong-name.key" \
  "${SUBMISSION_OPTS[@]}"
echo "# submission with a SELF-SIGNED certificate (STARTTLS offered, AUTH after TLS)"
svc "$PORT_SELF_SIGNED" self-signed \
  -o smtpd_tls_security_level=may -o smtpd_tls_auth_only=yes \
  -o smtpd_tls_cert_file="$TLS/self-signed.crt" -o smtpd_tls_key_file="$TLS/self-signed.key" \
  "${SUBMISSION_OPTS[@]}"
echo "# relays for 127.0.0.0/8 without login; after login the sender must be the login's,"
echo "# checked at MAIL FROM (no delayed reject)"
svc "$PORT_SENDER_AT_MAIL" sender-at-mail \
  -o mynetworks=127.0.0.0/8 -o smtpd_delay_reject=no \
  -o smtpd_tls_security_level=may -o smtpd_tls_auth_only=yes -o smtpd_sasl_auth_enable=yes \
  -o smtpd_sender_restrictions=reject_authenticated_sender_login_mismatch \
  -o smtpd_relay_restrictions=permit_mynetworks,permit_sasl_authenticated,reject_unauth_destination
} >"$PF_CONF/master.cf"

###############################################################################
# 4. Dovecot configuration (SASL for Postfix + POP3)
###############################################################################
cat >"$DC_DIR/passwd" <<EOF
alice@lab.test:{PLAIN}alice-secret::::::
bob@lab.test:{PLAIN}bob-secret::::::
EOF
chown root:dovecot "$DC_DIR/passwd"
chmod 0640 "$DC_DIR/passwd"
install -d -m 0755 -o root -g root "$DC_DIR/state"

DH_LINE=""
[[ -r /usr/share/dovecot/dh.pem ]] && DH_LINE="ssl_dh = </usr/share/dovecot/dh.pem"

cat >"$DC_CONF" <<EOF
# smtp-doctor lab Dovecot instance -- generated by tests/lab/start.sh; edits are overwritten.
instance_name = smtp-doctor-lab
base_dir = $DC_RUN
state_dir = $DC_DIR/state
log_path = $DC_LOG
info_log_path = $DC_LOG
debug_log_path = $DC_LOG

protocols = pop3
listen = $HOST
login_greeting = lab.test POP3 ready

ssl = yes
ssl_cert = <$TLS/server.crt
ssl_key = <$TLS/server.key
$DH_LINE

# Postfix decides when AUTH may happen (smtpd_tls_auth_only); Dovecot accepts
# plain-text mechanisms on every connection.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_format = %Lu
# Every client is 127.0.0.1: no delay after a failed login ...
auth_failure_delay = 0
auth_cache_size = 0

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DC_DIR/passwd
}
userdb {
  driver = static
  args = uid=$MAIL_UID gid=$MAIL_GID home=$MAILDIR_BASE/%n
}
first_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
mail_location = maildir:~/
mail_privileged_group =

service auth {
  # SASL socket for Postfix (smtpd_sasl_path = private/auth).
  unix_listener $PF_QUEUE/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
# ... and no anvil auth penalty (doubling delay per failure and IP): the
# auth process cannot connect to this socket, so the penalty is disabled.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    address = $HOST
    port = $PORT_POP3
  }
  inet_listener pop3s {
    port = 0
  }
}
EOF

###############################################################################
# 5. start (or reload) the daemons
###############################################################################
pf() { postfix -c "$PF_CONF" "$@"; }
postfix_running() { pf status >/dev/null 2>&1; }
dovecot_pid() {
  local pid
  pid=$(cat "$DC_RUN/master.pid" 2>/dev/null) || return 1
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null; }

# A port that already answers while our daemon is down belongs to someone else.
if ! postfix_running; then
  for p in "$PORT_RELAY" "$PORT_SUBMISSION" "$PORT_SMTPS" "$PORT_TLS_REQUIRED" "$PORT_SIZE" \
           "$PORT_PLAIN_AUTH" "$PORT_TLS_EXPIRED" "$PORT_TLS_WRONG_NAME" "$PORT_SELF_SIGNED" \
           "$PORT_SENDER_AT_MAIL"; do
    port_open "$p" && die "$HOST:$p is already in use by another program (override with SMTP_DOCTOR_LAB_PORT_*)"
  done
fi
if ! dovecot_pid >/dev/null; then
  port_open "$PORT_POP3" && die "$HOST:$PORT_POP3 is already in use by another program (override SMTP_DOCTOR_LAB_PORT_POP3)"
fi

pf check >/dev/null 2>"$LOGDIR/postfix-check.err" || {
  cat "$LOGDIR/postfix-check.err" >&2; die "postfix check failed"; }

# Postfix first: `postfix check` creates $PF_QUEUE/private, where Dovecot puts
# the SASL socket.
if postfix_running; then
  log "postfix already running: reloading"
  pf reload >/dev/null 2>&1 9>&- || die "postfix reload failed; see $PF_LOG"
else
  log "starting postfix ($PF_CONF)"
  pf start >/dev/null 2>"$LOGDIR/postfix-start.err" 9>&- || {
    cat "$LOGDIR/postfix-start.err" >&2; tail -n 30 "$PF_LOG" >&2 || true
    die "postfix start failed"; }
fi

doveconf -c "$DC_CONF" -n >/dev/null 2>"$LOGDIR/doveconf.err" || {
  cat "$LOGDIR/doveconf.err" >&2; die "dovecot config invalid ($DC_CONF)"; }
if pid=$(dovecot_pid); then
  log "dovecot already running (pid $pid): reloading"
  kill -HUP "$pid"
else
  log "starting dovecot ($DC_CONF)"
  # dovecot forks; its inherited stderr would keep a $(...) caller waiting, so
  # never let it see ours.
  dovecot -c "$DC_CONF" </dev/null >>"$LOGDIR/dovecot-start.err" 2>&1 9>&- ||
    { tail -n 30 "$LOGDIR/dovecot-start.err" "$DC_LOG" >&2 || true; die "dovecot failed to start"; }
fi

###############################################################################
# 6. lab.env and readiness
###############################################################################
cat >"$LAB/lab.env.tmp" <<EOF
# smtp-doctor lab -- generated by tests/lab/start.sh.  Shell KEY=VALUE, no quoting needed.
SMTP_DOCTOR_LAB_DIR=$LAB
SMTP_DOCTOR_LAB_HOST=$HOST
SMTP_DOCTOR_LAB_PORT_RELAY=$PORT_RELAY
SMTP_DOCTOR_LAB_PORT_SUBMISSION=$PORT_SUBMISSION
SMTP_DOCTOR_LAB_PORT_SMTPS=$PORT_SMTPS
SMTP_DOCTOR_LAB_PORT_TLS_REQUIRED=$PORT_TLS_REQUIRED
SMTP_DOCTOR_LAB_PORT_SIZE=$PORT_SIZE
SMTP_DOCTOR_LAB_PORT_PLAIN_AUTH=$PORT_PLAIN_AUTH
SMTP_DOCTOR_LAB_PORT_TLS_EXPIRED=$PORT_TLS_EXPIRED
SMTP_DOCTOR_LAB_PORT_TLS_WRONG_NAME=$PORT_TLS_WRONG_NAME
SMTP_DOCTOR_LAB_PORT_POP3=$PORT_POP3
SMTP_DOCTOR_LAB_PORT_SELF_SIGNED=$PORT_SELF_SIGNED
SMTP_DOCTOR_LAB_PORT_SENDER_AT_MAIL=$PORT_SENDER_AT_MAIL
SMTP_DOCTOR_LAB_SIZE_LIMIT=$SIZE_LIMIT
SMTP_DOCTOR_LAB_CA=$TLS/ca.crt
SMTP_DOCTOR_LAB_SERVER_CERT=$TLS/server.crt
SMTP_DOCTOR_LAB_SERVER_KEY=$TLS/server.key
SMTP_DOCTOR_LAB_EXPIRED_CERT=$TLS/expired.crt
SMTP_DOCTOR_LAB_EXPIRED_KEY=$TLS/expired.key
SMTP_DOCTOR_LAB_WRONG_NAME_CERT=$TLS/wrong-name.crt
SMTP_DOCTOR_LAB_WRONG_NAME_KEY=$TLS/wrong-name.key
SMTP_DOCTOR_LAB_TLS_NAME=localhost
SMTP_DOCTOR_LAB_MYHOSTNAME=mail.lab.test
SMTP_DOCTOR_LAB_DOMAIN=lab.test
SMTP_DOCTOR_LAB_ALICE_USER=alice@lab.test
SMTP_DOCTOR_LAB_ALICE_PASSWORD=alice-secret
SMTP_DOCTOR_LAB_BOB_USER=bob@lab.test
SMTP_DOCTOR_LAB_BOB_PASSWORD=bob-secret
SMTP_DOCTOR_LAB_OUTSIDE_RCPT=x@outside.example
SMTP_DOCTOR_LAB_UNKNOWN_RCPT=nobody@lab.test
SMTP_DOCTOR_LAB_MAILDIR_ALICE=$MAILDIR_BASE/alice
SMTP_DOCTOR_LAB_MAILDIR_BOB=$MAILDIR_BASE/bob
SMTP_DOCTOR_LAB_MAILDIR_SINK=$MAILDIR_BASE/sink
SMTP_DOCTOR_LAB_POSTFIX_LOG=$PF_LOG
SMTP_DOCTOR_LAB_DOVECOT_LOG=$DC_LOG
EOF
mv -f "$LAB/lab.env.tmp" "$LAB/lab.env"

fail_ready() {
  printf 'lab: ERROR: %s\n' "$1" >&2
  echo "---- tail of $PF_LOG" >&2; tail -n 40 "$PF_LOG" >&2 2>/dev/null || true
  echo "---- tail of $DC_LOG" >&2; tail -n 20 "$DC_LOG" >&2 2>/dev/null || true
  exit 1
}

# Read the greeting of a plain-text port: proves the daemon behind the
# listening socket actually works (Postfix's master owns the socket even when
# smtpd dies at once).
greeting() { # greeting PORT REGEX
  local line=""
  { exec 3<>"/dev/tcp/$HOST/$1"; } 2>/dev/null || return 1
  if IFS= read -r -t 5 line <&3; then printf 'QUIT\r\n' >&3 2>/dev/null || true; fi
  exec 3<&- 3>&-
  line=${line%$'\r'}
  [[ $line =~ $2 ]]
}

deadline=$((SECONDS + 30))
wait_for() { # wait_for DESCRIPTION COMMAND...
  local what=$1; shift
  until "$@"; do
    (( SECONDS < deadline )) || fail_ready "timed out waiting for $what"
    sleep 0.2
  done
}
wait_for "SASL socket $PF_QUEUE/private/auth" test -S "$PF_QUEUE/private/auth"
for p in "$PORT_RELAY" "$PORT_SUBMISSION" "$PORT_TLS_REQUIRED" "$PORT_SIZE" "$PORT_PLAIN_AUTH" \
         "$PORT_SELF_SIGNED" "$PORT_SENDER_AT_MAIL"; do
  wait_for "SMTP greeting on $HOST:$p" greeting "$p" '^220 '
done
for p in "$PORT_SMTPS" "$PORT_TLS_EXPIRED" "$PORT_TLS_WRONG_NAME"; do
  wait_for "TCP connect to $HOST:$p" port_open "$p"
done
wait_for "POP3 greeting on $HOST:$PORT_POP3" greeting "$PORT_POP3" '^\+OK'

log "ready: $LAB/lab.env (relay $PORT_RELAY, submission $PORT_SUBMISSION, smtps $PORT_SMTPS," \
    "tls-required $PORT_TLS_REQUIRED, size $PORT_SIZE, plain-auth $PORT_PLAIN_AUTH," \
    "tls-expired $PORT_TLS_EXPIRED, tls-wrong-name $PORT_TLS_WRONG_NAME, pop3 $PORT_POP3," \
    "self-signed $PORT_SELF_SIGNED, sender-at-mail $PORT_SENDER_AT_MAIL)"
