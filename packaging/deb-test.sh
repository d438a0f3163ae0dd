#!/usr/bin/env bash
# The Linux package, built and tried for real: builds the .deb with cargo-deb, installs it,
# checks what it installed (binary on PATH, desktop entry, icons, man page), runs the
# installed command line, starts the installed app under Xvfb in German, takes a
# screenshot, ends the app, purges the package and checks that none of its files is left.
#
#   bash packaging/deb-test.sh [SCREENSHOT_DIR]      (as root, Debian 12; default
#                                                    SCREENSHOT_DIR: packaging/screenshots)
#
# Not part of `cargo test`, `tests/run.sh` or CI: it needs a release build (20–30 minutes
# on the project machine), root, and it installs and removes a system package.
# Honours CARGO_TARGET_DIR. Fails on the first error; a trap ends the app and Xvfb and
# purges the package if the run stops half-way.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shots=$(mkdir -p "${1:-packaging/screenshots}" && cd "${1:-packaging/screenshots}" && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
pkg=smtp-doctor

step() { printf '\n== %s\n' "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  exit 1
}
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

[[ $(id -u) == 0 ]] || fail "run as root: it installs packages and the .deb"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'; then
  fail "$pkg is installed already; this test would remove it (dpkg -P $pkg first)"
fi

tmp=$(mktemp -d)
xvfb_pid=
app_pid=
installed=0
cleanup() {
  local rc=$?
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  if ((installed)); then
    echo "cleanup: purging $pkg after a failed run" >&2
    dpkg -P "$pkg" >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
  if ((rc != 0)); then echo "deb-test FAILED (exit $rc)" >&2; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "tools"
tools=(desktop-file-utils dpkg-dev xvfb xauth x11-utils xdotool imagemagick man-db
  mesa-vulkan-drivers libvulkan1)
missing=()
for t in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$t" 2>/dev/null | grep -q 'ok installed' || missing+=("$t")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
cargo deb --version

step "build the .deb (cargo deb: release build, stripped)"
t0=$(now)
deb=$(cargo deb --locked | tail -n 1)
t1=$(now)
[[ -f $deb ]] || fail "cargo deb printed no package path (got: $deb)"
build_secs=$(secs "$t0" "$t1")
deb_bytes=$(stat -c %s "$deb")
echo "package: $deb ($deb_bytes bytes, built in ${build_secs} s)"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb"

step "install (dpkg -i, then apt-get -f install for the dependencies)"
installed=1
if ! dpkg -i "$deb"; then
  DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q
fi
dpkg-query -W -f='${Status}\n' "$pkg" | grep -q 'install ok installed' ||
  fail "$pkg is not installed after dpkg -i and apt-get -f install"
dpkg -L "$pkg" | sort >"$tmp/files"

step "installed files"
bin=$(command -v smtp-doctor) || fail "smtp-doctor is not on PATH"
[[ $bin == /usr/bin/smtp-doctor ]] || fail "smtp-doctor found at $bin, not /usr/bin"
bin_bytes=$(stat -c %s /usr/bin/smtp-doctor)
echo "binary: /usr/bin/smtp-doctor ($bin_bytes bytes)"
file -L /usr/bin/smtp-doctor 2>/dev/null || true
desktop=/usr/share/applications/smtp-doctor.desktop
[[ -f $desktop ]] || fail "no desktop entry at $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
grep -q '^Name\[de\]=' "$desktop" || fail "desktop entry has no German name"
grep -q '^Icon=smtp-doctor$' "$desktop" || fail "desktop entry does not name Icon=smtp-doctor"
echo "desktop entry: $desktop (valid)"
for s in 16 32 48 64 128 256 512; do
  icon=/usr/share/icons/hicolor/${s}x${s}/apps/smtp-doctor.png
  [[ -f $icon ]] || fail "icon missing: $icon"
  size=$(identify -format '%wx%h' "$icon")
  [[ $size == "${s}x${s}" ]] || fail "$icon is $size, not ${s}x${s}"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/smtp-doctor.svg ]] || fail "scalable icon missing"
echo "icons: 16 32 48 64 128 256 512 + scalable"
man_page=/usr/share/man/man1/smtp-doctor.1.gz
[[ -f $man_page ]] || fail "man page missing: $man_page"
gzip -t "$man_page"
MANWIDTH=80 man -l "$man_page" 2>/dev/null | grep -q 'smtp-doctor explain' ||
  fail "man page does not render"
echo "man page: $man_page (renders)"

step "the installed command line"
version=$(smtp-doctor --version)
want="smtp-doctor $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
[[ $version == "$want" ]] || fail "--version says '$version', expected '$want'"
echo "$version"
text='Die Nachricht konnte nicht gesendet werden. Serverantwort: 550 5.7.1 <anna@example.org>: Relay verweigert. Fehlernummer: 0x800CCC79'
# No --lang: the language must come from the locale, as for a German user.
de_env=(env -u LC_ALL -u LC_MESSAGES LANGUAGE=de LANG=de_DE.UTF-8)
"${de_env[@]}" smtp-doctor explain "$text" | tee "$tmp/explain.txt"
grep -q '^Ursache' "$tmp/explain.txt" || fail "explain did not answer in German"
"${de_env[@]}" smtp-doctor explain --json "$text" >"$tmp/explain.json"
grep -q '"cause": "relay_denied"' "$tmp/explain.json" || fail "explain --json: cause is not relay_denied"
grep -q '"lang": "de"' "$tmp/explain.json" || fail "explain --json: lang is not de"
echo "explain: relay_denied, German"

step "start the installed app under Xvfb (German locale) and take a screenshot"
display=99
while [[ -e /tmp/.X${display}-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  xdpyinfo -display ":$display" >/dev/null 2>&1 && break
  sleep 0.1
done
xdpyinfo -display ":$display" >/dev/null 2>&1 || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
t0=$(now)
env -u WAYLAND_DISPLAY -u LC_ALL -u LC_MESSAGES DISPLAY=":$display" LANGUAGE=de LANG=de_DE.UTF-8 \
  HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
  XDG_RUNTIME_DIR="$tmp/run" smtp-doctor >"$tmp/app.log" 2>&1 &
app_pid=$!
win=
for _ in $(seq 1500); do
  win=$(DISPLAY=":$display" xdotool search --onlyvisible --name 'smtp-doctor' 2>/dev/null | head -n 1) || true
  [[ -n $win ]] && break
  kill -0 "$app_pid" 2>/dev/null || fail "the app exited before showing a window: $(cat "$tmp/app.log")"
  sleep 0.02
done
t1=$(now)
[[ -n $win ]] || fail "no smtp-doctor window after 30 s: $(cat "$tmp/app.log")"
first_window=$(secs "$t0" "$t1")
title=$(DISPLAY=":$display" xdotool getwindowname "$win")
echo "first window after ${first_window} s: \"$title\""
[[ $title == *"warum geht meine E-Mail nicht raus"* ]] || fail "window title is not German: $title"
# Give egui a moment to lay out and paint the first frames (lavapipe renders on the CPU).
sleep 3
kill -0 "$app_pid" 2>/dev/null || fail "the app died after its window appeared: $(cat "$tmp/app.log")"
shot="$shots/deb-installed-de.png"
import -display ":$display" -window root "$shot"
spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || fail "the screenshot is blank (deviation $spread)"
echo "screenshot: $shot ($(identify -format '%wx%h' "$shot"))"

step "end the app"
kill "$app_pid"
for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
  kill -9 "$app_pid"
  fail "the app did not end on SIGTERM within 5 s"
fi
wait "$app_pid" 2>/dev/null || true
app_pid=
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=
if [[ -s $tmp/app.log ]]; then
  echo "app output:"
  sed 's/^/  /' "$tmp/app.log"
fi

step "purge (dpkg -P) and check that nothing is left"
dpkg -P "$pkg"
installed=0
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed'; then
  fail "$pkg is still known to dpkg after purge"
fi
left=0
while IFS= read -r path; do
  [[ $path == /. || -z $path ]] && continue
  if [[ -d $path && ! -L $path ]]; then
    # A directory may stay when another package owns it or it holds other files.
    if [[ -z $(ls -A "$path") ]] && ! dpkg -S "$path" >/dev/null 2>&1; then
      echo "left behind (empty directory): $path"
      left=$((left + 1))
    fi
  elif [[ -e $path || -L $path ]]; then
    echo "left behind: $path"
    left=$((left + 1))
  fi
done <"$tmp/files"
((left == 0)) || fail "$left path(s) of $pkg left after purge"
command -v smtp-doctor >/dev/null && fail "smtp-doctor still on PATH after purge"
echo "all $(wc -l <"$tmp/files") paths of the package checked: no file left"

step "summary"
cat <<EOF
package          $(basename "$deb"), $deb_bytes bytes
cargo deb        ${build_secs} s
installed binary /usr/bin/smtp-doctor, $bin_bytes bytes
first window     ${first_window} s under Xvfb (installed binary, German locale)
screenshot       $shot
result           PASS
EOF
