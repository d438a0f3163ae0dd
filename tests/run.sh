#!/usr/bin/env bash
# Runs every test of smtp-doctor on a Debian machine: installs what the tests need (when
# run as root), starts the servers they use, and runs `cargo test`.
# Usage: bash tests/run.sh [extra cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
command -v cc >/dev/null 2>&1 || need_pkgs+=(gcc libc6-dev)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${need_pkgs[@]}" \
      || { apt-get update && apt-get install -y --no-install-recommends "${need_pkgs[@]}"; }
  else
    echo "tests/run.sh: missing packages: ${need_pkgs[*]} (run as root to install them)" >&2
    exit 1
  fi
fi

# The explainer tests need no servers yet. The probe tests will start the Postfix/Dovecot lab
# here (tests/lab/start.sh) once they exist.
cargo test --all-targets "$@"
