#!/usr/bin/env bash
# Time to first window: starts BINARY (the app, no arguments) under a private Xvfb RUNS
# times and measures from exec until a visible window named "smtp-doctor" exists
# (xdotool, polled every 20 ms). Prints every run and the median. Used for the figures in
# docs/benchmarks.md ("Size and start").
#
#   bash packaging/first-window.sh [BINARY] [RUNS]     (defaults: smtp-doctor on PATH, 5)
#
# Needs xvfb, x11-utils and xdotool (Debian), and a Vulkan driver (mesa-vulkan-drivers).
set -euo pipefail
bin=${1:-$(command -v smtp-doctor)}
runs=${2:-5}
[[ -x $bin ]] || {
  echo "not executable: $bin" >&2
  exit 1
}

tmp=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

display=99
while [[ -e /tmp/.X${display}-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  xdpyinfo -display ":$display" >/dev/null 2>&1 && break
  sleep 0.1
done
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"

times=()
for run in $(seq "$runs"); do
  t0=$(date +%s.%N)
  env -u WAYLAND_DISPLAY DISPLAY=":$display" HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" \
    XDG_RUNTIME_DIR="$tmp/run" "$bin" >"$tmp/app.log" 2>&1 &
  app_pid=$!
  win=
  for _ in $(seq 1500); do
    win=$(DISPLAY=":$display" xdotool search --onlyvisible --name 'smtp-doctor' 2>/dev/null | head -n 1) || true
    [[ -n $win ]] && break
    sleep 0.02
  done
  t1=$(date +%s.%N)
  [[ -n $win ]] || {
    echo "run $run: no window after 30 s" >&2
    cat "$tmp/app.log" >&2
    exit 1
  }
  t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  times+=("$t")
  echo "run $run: first window after $t s"
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  sleep 0.5
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "median of $runs: $median s  ($bin, $(stat -c %s "$bin") bytes)"
