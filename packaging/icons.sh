#!/usr/bin/env bash
# Regenerates every icon file from assets/smtp-doctor.svg: the hicolor theme PNGs for the
# Linux package, the Windows .ico (embedded in the .exe by build.rs) and the macOS .icns
# (the .app bundle). Needs Debian's librsvg2-bin, icoutils and icnsutils; installs them
# when run as root. The results are committed, so builds never need these tools.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v icotool >/dev/null || need+=(icoutils)
command -v png2icns >/dev/null || need+=(icnsutils)
if ((${#need[@]})); then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

svg=assets/smtp-doctor.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for s in 16 32 48 64 128 256 512; do
  dir=assets/icons/hicolor/${s}x${s}/apps
  mkdir -p "$dir"
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$dir/smtp-doctor.png"
done
mkdir -p assets/icons/hicolor/scalable/apps
cp "$svg" assets/icons/hicolor/scalable/apps/smtp-doctor.svg

for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$tmp/$s.png"
done
# Windows: BMP entries up to 128, the 256 entry stored as PNG (-r) to keep the file small.
icotool -c -o assets/smtp-doctor.ico \
  "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" \
  -r "$tmp/256.png"
# macOS: 16 to 512 (png2icns knows no 1024 slot; Finder scales the 512 one).
png2icns assets/smtp-doctor.icns \
  "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
echo "icons written under assets/"
