#!/usr/bin/env bash
# Checks that the smtp-doctor lab (tests/lab/start.sh) behaves as documented in
# tests/lab/README.md.  Talks ONLY to 127.0.0.1 (the lab's ports).  Every SMTP
# check stops at RCPT at the latest, except one DATA to alice@lab.test (a local
# Maildir), which proves delivery and POP3 work.
#
#   bash tests/lab/verify.sh          exit 0 = all checks passed
set -euo pipefail

LAB="${SMTP_DOCTOR_LAB:-/tmp/smtp-doctor-lab}"
LAB="${LAB%/}"
ENV_FILE="$LAB/lab.env"
[[ -r "$ENV_FILE" ]] || { echo "verify: $ENV_FILE not found: run tests/lab/start.sh first" >&2; exit 1; }
# shellcheck disable=SC1090
source "$ENV_FILE"

HOST=127.0.0.1   # hard-coded on purpose: never talk to anything else
[[ "$SMTP_DOCTOR_LAB_HOST" == "$HOST" ]] || { echo "verify: lab.env host is not $HOST" >&2; exit 1; }
CA="$SMTP_DOCTOR_LAB_CA"
ALICE="$SMTP_DOCTOR_LAB_ALICE_USER";  ALICE_PW="$SMTP_DOCTOR_LAB_ALICE_PASSWORD"
BOB="$SMTP_DOCTOR_LAB_BOB_USER";      BOB_PW="$SMTP_DOCTOR_LAB_BOB_PASSWORD"
OUTSIDE="$SMTP_DOCTOR_LAB_OUTSIDE_RCPT"
PF_CONF="$LAB/postfix"

command -v swaks >/dev/null || { echo "verify: swaks is not installed (start.sh installs it)" >&2; exit 1; }

PASSED=0
FAILED=0
FAILED_NAMES=()
OUT=""        # transcript of the last probe
CHECK=""      # name of the current check

pass() { PASSED=$((PASSED + 1)); printf 'ok    %s\n' "$CHECK"; }
fail() {
  FAILED=$((FAILED + 1)); FAILED_NAMES+=("$CHECK")
  printf 'FAIL  %s\n      %s\n' "$CHECK" "$1"
  printf '%s\n' "$OUT" | sed 's/^/      | /' | tail -n 40
}
check() { CHECK="$1"; }

# --- probes -------------------------------------------------------------------

# swaks against a lab port: sw PORT [swaks args...]
sw() {
  local port=$1; shift
  OUT=$(swaks --server "$HOST" --port "$port" --helo client.lab.test --timeout 15 \
              --hide-informational "$@" 2>&1) || true
}

# Raw SMTP: smtp_raw PORT CMD...; the transcript has "S: " / "C: " lines.
# Stops after the first 4xx/5xx reply to a command; QUITs at the end.
smtp_raw() {
  local port=$1 line cmd code; shift
  OUT=""
  if ! { exec 3<>"/dev/tcp/$HOST/$port"; } 2>/dev/null; then OUT="(connect to $HOST:$port failed)"; return 0; fi
  _smtp_read() {
    while IFS= read -r -t 15 line <&3; do
      line=${line%$'\r'}; OUT+="S: $line"$'\n'; code=${line:0:3}
      [[ ${line:3:1} == "-" ]] || return 0
    done
    OUT+="(no complete reply)"$'\n'; code=000
  }
  _smtp_read
  for cmd in "$@"; do
    printf '%s\r\n' "$cmd" >&3; OUT+="C: $cmd"$'\n'
    _smtp_read
    [[ $code == [45]* || $code == 000 ]] && break
  done
  printf 'QUIT\r\n' >&3 2>/dev/null || true
  exec 3<&- 3>&-
}

# Raw POP3: pop_raw PORT CMD...; CAPA and argument-less LIST/UIDL read to ".".
pop_raw() {
  local port=$1 line cmd; shift
  OUT=""
  if ! { exec 3<>"/dev/tcp/$HOST/$port"; } 2>/dev/null; then OUT="(connect to $HOST:$port failed)"; return 0; fi
  IFS= read -r -t 15 line <&3 || true; OUT+="S: ${line%$'\r'}"$'\n'
  for cmd in "$@"; do
    printf '%s\r\n' "$cmd" >&3; OUT+="C: $cmd"$'\n'
    IFS= read -r -t 15 line <&3 || { OUT+="(no reply)"$'\n'; break; }
    line=${line%$'\r'}; OUT+="S: $line"$'\n'
    if [[ $line == +OK* && ( $cmd == CAPA || $cmd == LIST || $cmd == UIDL ) ]]; then
      while IFS= read -r -t 15 line <&3; do
        line=${line%$'\r'}; OUT+="S: $line"$'\n'; [[ $line == . ]] && break
      done
    fi
  done
  exec 3<&- 3>&-
}

# TLS handshake + certificate verification against the lab CA:
# tls_probe PORT NAME [openssl s_client args...]
tls_probe() {
  local port=$1 name=$2; shift 2
  OUT=$(timeout 20 openssl s_client -connect "$HOST:$port" -servername "$name" \
          -CAfile "$CA" -verify_hostname "$name" "$@" </dev/null 2>&1 | tr -d '\0') || true
}

# --- assertions on $OUT ---------------------------------------------------------
has()    { grep -qE -- "$1" <<<"$OUT"; }
expect() {     # expect REGEX [REGEX...]: every regex matches some line
  local re
  for re in "$@"; do has "$re" || { fail "expected a line matching: $re"; return 0; }; done
  pass
}
expect_not() { # expect_not REGEX... : no line matches any of them
  local re
  for re in "$@"; do ! has "$re" || { fail "expected NO line matching: $re"; return 0; }; done
  pass
}

# SASL PLAIN initial response for USER PASSWORD (NULs cannot go through $(...)).
plain() { printf '\0%s\0%s' "$1" "$2" | base64 -w0; }

echo "smtp-doctor lab verification ($LAB)"

# --- safety: nothing can leave --------------------------------------------------
check "postfix: every transport is the local sink"
OUT=$(postconf -c "$PF_CONF" default_transport relay_transport local_transport transport_maps relayhost 2>&1)
expect '^default_transport = sink$' '^relay_transport = sink$' '^local_transport = sink$' \
       '^transport_maps =$' '^relayhost =$'

check "postfix: master.cf has no smtp/lmtp/pipe/local/spawn client service"
OUT=$(postconf -c "$PF_CONF" -M 2>&1 | awk '{print $1, $2, $8}')
expect_not ' (smtp|lmtp|pipe|local|spawn)$'

check "postfix: DNS off, loopback not in mynetworks, listens on 127.0.0.1 only"
OUT=$(postconf -c "$PF_CONF" smtp_dns_support_level mynetworks inet_interfaces 2>&1)
if has '^smtp_dns_support_level = disabled$' && has '^inet_interfaces = 127\.0\.0\.1$' && ! has '^mynetworks = .*127\.'; then
  pass; else fail "unexpected values"; fi

# --- 2525 relay-by-network-only -------------------------------------------------
P=$SMTP_DOCTOR_LAB_PORT_RELAY
check "relay $P: greeting and EHLO without AUTH or STARTTLS"
sw "$P" --quit-after EHLO
if has '^<-  220 mail\.lab\.test ESMTP' && has '^<-  250[- ]PIPELINING' && ! has 'AUTH' && ! has 'STARTTLS'; then
  pass; else fail "expected 220 greeting, EHLO without AUTH/STARTTLS"; fi

check "relay $P: local recipient accepted"
sw "$P" --from someone@outside.example --to "$ALICE" --quit-after RCPT
expect '^<-  250 2\.1\.5 Ok'

check "relay $P: outside recipient -> 554 5.7.1 Relay access denied"
sw "$P" --from someone@lab.test --to "$OUTSIDE" --quit-after RCPT
expect "^<\*\* 554 5\.7\.1 <$OUTSIDE>: Relay access denied$"

check "relay $P: unknown local user -> 550 5.1.1 User unknown"
sw "$P" --from someone@outside.example --to nobody@lab.test --quit-after RCPT
expect '^<\*\* 550 5\.1\.1 <nobody@lab\.test>: Recipient address rejected: User unknown in virtual mailbox table$'

# --- 2587 submission (STARTTLS, AUTH after TLS) -----------------------------------
P=$SMTP_DOCTOR_LAB_PORT_SUBMISSION
check "submission $P: EHLO offers STARTTLS but no AUTH before TLS"
sw "$P" --quit-after EHLO
if has '^<-  250-STARTTLS$' && ! has 'AUTH'; then pass; else fail "expected STARTTLS and no AUTH"; fi

check "submission $P: AUTH before STARTTLS -> 503 5.5.1"
smtp_raw "$P" "EHLO client.lab.test" "AUTH PLAIN $(plain "$ALICE" "$ALICE_PW")"
expect '^S: 503 5\.5\.1 Error: authentication not enabled$'

check "submission $P: after STARTTLS EHLO offers AUTH PLAIN LOGIN"
sw "$P" --tls --quit-after EHLO
expect '^<-  220 2\.0\.0 Ready to start TLS$' '^<~  250-AUTH PLAIN LOGIN$'

check "submission $P: wrong password -> 535 5.7.8"
sw "$P" --tls --auth PLAIN --auth-user "$ALICE" --auth-password wrong-password --quit-after AUTH
expect '^<~\* 535 5\.7\.8 Error: authentication failed: '

check "submission $P: alice authenticated may relay"
sw "$P" --tls --auth PLAIN --auth-user "$ALICE" --auth-password "$ALICE_PW" --from "$ALICE" --to "$OUTSIDE" --quit-after RCPT
expect '^<~  235 2\.7\.0 Authentication successful$' '^<~  250 2\.1\.5 Ok$'

check "submission $P: alice sending as bob -> 553 5.7.1 not owned by user"
sw "$P" --tls --auth LOGIN --auth-user "$ALICE" --auth-password "$ALICE_PW" --from "$BOB" --to "$OUTSIDE" --quit-after RCPT
expect "^<~\* 553 5\.7\.1 <$BOB>: Sender address rejected: not owned by user $ALICE$"

check "submission $P: unauthenticated outside recipient -> 554 Relay access denied"
sw "$P" --tls --from someone@outside.example --to "$OUTSIDE" --quit-after RCPT
expect "^<~\* 554 5\.7\.1 <$OUTSIDE>: Relay access denied$"

check "submission $P: unauthenticated MAIL FROM a lab user -> 553 not logged in"
sw "$P" --tls --from "$ALICE" --to "$BOB" --quit-after RCPT
expect "^<~\* 553 5\.7\.1 <$ALICE>: Sender address rejected: not logged in$"

check "submission $P: certificate verifies for localhost against the lab CA"
tls_probe "$P" localhost -starttls smtp -verify_return_error
expect 'Verify return code: 0 \(ok\)'

check "submission $P: certificate verifies for IP 127.0.0.1 and mail.lab.test"
tls_probe "$P" mail.lab.test -starttls smtp -verify_return_error -verify_ip 127.0.0.1
expect 'Verify return code: 0 \(ok\)'

# --- 2465 implicit TLS --------------------------------------------------------
P=$SMTP_DOCTOR_LAB_PORT_SMTPS
check "smtps $P: TLS on connect, AUTH, relay as alice"
sw "$P" --tls-on-connect --auth PLAIN --auth-user "$ALICE" --auth-password "$ALICE_PW" --from "$ALICE" --to "$OUTSIDE" --quit-after RCPT
expect '^<~  220 mail\.lab\.test ESMTP' '^<~  250-AUTH PLAIN LOGIN$' '^<~  235 2\.7\.0 Authentication successful$' '^<~  250 2\.1\.5 Ok$'

check "smtps $P: unauthenticated outside recipient -> 554 Relay access denied"
sw "$P" --tls-on-connect --from someone@outside.example --to "$OUTSIDE" --quit-after RCPT
expect "^<~\* 554 5\.7\.1 <$OUTSIDE>: Relay access denied$"

check "smtps $P: plain-text client gets no greeting (server waits for a TLS ClientHello)"
# shellcheck disable=SC2016  # $0/$1 expand in the child bash
OUT=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1" && echo connected; IFS= read -r -t 1 l <&3 && echo "S: $l"; exit 0' "$HOST" "$P" 2>&1) || true
if has '^connected$' && ! has '^S: '; then pass; else fail "expected a connection and no plain-text reply within 1 s"; fi

check "smtps $P: certificate verifies against the lab CA"
tls_probe "$P" localhost -verify_return_error
expect 'Verify return code: 0 \(ok\)'

# --- 2526 TLS mandatory ---------------------------------------------------------
P=$SMTP_DOCTOR_LAB_PORT_TLS_REQUIRED
check "tls-required $P: MAIL before STARTTLS -> 530 5.7.0"
sw "$P" --from someone@outside.example --to "$ALICE" --quit-after RCPT
expect '^<\*\* 530 5\.7\.0 Must issue a STARTTLS command first$'

check "tls-required $P: after STARTTLS local recipient accepted"
sw "$P" --tls --from someone@outside.example --to "$ALICE" --quit-after RCPT
expect '^<~  250 2\.1\.5 Ok$'

# --- 2527 size limit ----------------------------------------------------------
P=$SMTP_DOCTOR_LAB_PORT_SIZE
check "size $P: EHLO advertises SIZE $SMTP_DOCTOR_LAB_SIZE_LIMIT"
sw "$P" --quit-after EHLO
expect "^<-  250-SIZE $SMTP_DOCTOR_LAB_SIZE_LIMIT\$"

check "size $P: MAIL FROM SIZE=20000 -> 552 5.3.4"
smtp_raw "$P" "EHLO client.lab.test" "MAIL FROM:<someone@outside.example> SIZE=20000"
expect '^S: 552 5\.3\.4 Message size exceeds fixed limit$'

check "size $P: MAIL FROM SIZE=5000 -> 250"
smtp_raw "$P" "EHLO client.lab.test" "MAIL FROM:<someone@outside.example> SIZE=5000" "RCPT TO:<$ALICE>"
expect '^S: 250 2\.1\.0 Ok$' '^S: 250 2\.1\.5 Ok$'

# --- 2588 AUTH without TLS ------------------------------------------------------
P=$SMTP_DOCTOR_LAB_PORT_PLAIN_AUTH
check "plain-auth $P: EHLO offers AUTH and no STARTTLS"
sw "$P" --quit-after EHLO
if has '^<-  250-AUTH PLAIN LOGIN$' && ! has 'STARTTLS'; then pass; else fail "expected AUTH and no STARTTLS"; fi

check "plain-auth $P: unauthenticated outside recipient -> 554 Relay access denied"
sw "$P" --from someone@outside.example --to "$OUTSIDE" --quit-after RCPT
expect "^<\*\* 554 5\.7\.1 <$OUTSIDE>: Relay access denied$"

check "plain-auth $P: bob AUTH PLAIN without TLS, relay accepted"
sw "$P" --auth PLAIN --auth-user "$BOB" --auth-password "$BOB_PW" --from "$BOB" --to "$OUTSIDE" --quit-after RCPT
expect '^<-  235 2\.7\.0 Authentication successful$' '^<-  250 2\.1\.5 Ok$'

check "plain-auth $P: 3 failed logins then a good one, no growing delay (< 5 s)"
t0=$(date +%s%N)
smtp_raw "$P" "EHLO client.lab.test" "AUTH PLAIN $(plain "$BOB" wrong1)"; r1=$OUT
smtp_raw "$P" "EHLO client.lab.test" "AUTH PLAIN $(plain "$BOB" wrong2)"; r2=$OUT
smtp_raw "$P" "EHLO client.lab.test" "AUTH PLAIN $(plain "$BOB" wrong3)"; r3=$OUT
smtp_raw "$P" "EHLO client.lab.test" "AUTH PLAIN $(plain "$BOB" "$BOB_PW")"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
OUT="$r1$r2$r3$OUT(elapsed ${ms} ms)"
if (( ms < 5000 )) && [[ $(grep -c '^S: 535 5\.7\.8 Error: authentication failed' <<<"$OUT") -eq 3 ]] &&
   has '^S: 235 2\.7\.0 Authentication successful$'; then pass; else fail "expected 3x 535 then 235 within 5 s"; fi

# --- 2466 / 2467 bad certificates -------------------------------------------------
check "tls-expired $SMTP_DOCTOR_LAB_PORT_TLS_EXPIRED: certificate has expired"
tls_probe "$SMTP_DOCTOR_LAB_PORT_TLS_EXPIRED" localhost
expect 'Verify return code: 10 \(certificate has expired\)'

check "tls-wrong-name $SMTP_DOCTOR_LAB_PORT_TLS_WRONG_NAME: hostname mismatch for localhost"
tls_probe "$SMTP_DOCTOR_LAB_PORT_TLS_WRONG_NAME" localhost
expect 'Verify return code: 62 \(hostname mismatch\)'

check "tls-wrong-name $SMTP_DOCTOR_LAB_PORT_TLS_WRONG_NAME: chain itself is trusted"
tls_probe "$SMTP_DOCTOR_LAB_PORT_TLS_WRONG_NAME" wrong-name.invalid -verify_return_error
expect 'Verify return code: 0 \(ok\)'

# --- delivery into the local Maildir, then POP3 -----------------------------------
P=$SMTP_DOCTOR_LAB_PORT_RELAY
TOKEN="verify-$(date +%s)-$$-$RANDOM"
check "delivery: one message to $ALICE via $P lands in $SMTP_DOCTOR_LAB_MAILDIR_ALICE/new"
sw "$P" --from someone@outside.example --to "$ALICE" --header "Subject: $TOKEN" --body "lab verification $TOKEN"
if has '^<-  250 2\.0\.0 Ok: queued as '; then
  found=""
  for _ in $(seq 1 50); do
    if grep -rlqs -- "$TOKEN" "$SMTP_DOCTOR_LAB_MAILDIR_ALICE/new" 2>/dev/null; then found=1; break; fi
    sleep 0.2
  done
  if [[ -n $found ]]; then pass; else OUT+=$'\n'"$(tail -n 20 "$SMTP_DOCTOR_LAB_POSTFIX_LOG")"; fail "message not delivered within 10 s"; fi
else
  fail "expected 250 2.0.0 Ok: queued as ..."
fi

P=$SMTP_DOCTOR_LAB_PORT_POP3
check "pop3 $P: CAPA offers STLS, alice logs in and sees mail"
pop_raw "$P" CAPA "USER $ALICE" "PASS $ALICE_PW" STAT QUIT
expect '^S: \+OK lab\.test POP3 ready' '^S: STLS$' '^S: \+OK Logged in\.$' '^S: \+OK [1-9][0-9]* [0-9]+$'

check "pop3 $P: wrong password -> -ERR [AUTH] Authentication failed."
pop_raw "$P" "USER $BOB" "PASS wrong-password" QUIT
expect '^S: -ERR \[AUTH\] Authentication failed\.$'

check "pop3 $P: STLS certificate verifies against the lab CA"
tls_probe "$P" localhost -starttls pop3 -verify_return_error
expect 'Verify return code: 0 \(ok\)'

# --- summary --------------------------------------------------------------------
echo
if (( FAILED )); then
  echo "verify: FAILED checks:"; printf '  - %s\n' "${FAILED_NAMES[@]}"
fi
echo "$PASSED passed, $FAILED failed"
(( FAILED == 0 ))
