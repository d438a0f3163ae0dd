#!/usr/bin/env bash
# Runs every test of smtp-doctor on a Debian machine: installs what the tests need (as
# root), starts the real Postfix + Dovecot lab on 127.0.0.1 that the probe tests talk to,
# runs `cargo test --features lab` (the fast tier plus everything that needs the lab, the
# keyring and the GUI), and stops the lab again.
# Usage: bash tests/run.sh [extra cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "tests/run.sh: run as root: it installs Postfix/Dovecot and starts them on 127.0.0.1" >&2
  exit 1
fi

need_pkgs=()
command -v cc >/dev/null 2>&1 || need_pkgs+=(gcc libc6-dev)
# The real Secret Service for the keyring tests: gnome-keyring on a private session bus.
command -v gnome-keyring-daemon >/dev/null 2>&1 || need_pkgs+=(gnome-keyring)
command -v dbus-run-session >/dev/null 2>&1 || need_pkgs+=(dbus-bin dbus-daemon)
# The GUI snapshots render with wgpu on Mesa's software Vulkan driver (lavapipe).
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || ls /usr/share/vulkan/icd.d/lvp_icd.*.json >/dev/null 2>&1 \
  || need_pkgs+=(mesa-vulkan-drivers libvulkan1)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "${need_pkgs[@]}" \
    || { apt-get update && apt-get install -y --no-install-recommends "${need_pkgs[@]}"; }
fi

# The lab: installs postfix, dovecot, openssl, swaks when missing; (re)starts everything.
bash tests/lab/start.sh
# A real DNS server on 127.0.0.1 for the autodetect tests (SRV and MX of .test domains).
bash tests/lab/dns.sh start
trap 'bash tests/lab/dns.sh stop >/dev/null 2>&1 || true; bash tests/lab/stop.sh >/dev/null 2>&1 || true' EXIT

log=$(mktemp)
keyring_home=$(mktemp -d)
status=0
# A fresh, unlocked login keyring in a throw-away XDG_DATA_HOME, on a private session bus.
# (HOME stays as it is: cargo and rustup live there.)
XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c '
  echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec cargo test --all-targets --features lab "$@"' sh "$@" 2>&1 | tee "$log" || status=$?
rm -rf "$keyring_home"
# One closing line over all test binaries (cargo prints one "test result" per binary).
awk '/^test result:/ { for (i = 2; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
