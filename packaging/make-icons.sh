#!/usr/bin/env bash
# Makes the installer icons from the app icon:
#   resources/icons/backendshield.ico   Windows (NSIS installer, .exe icon): 16-256 px
#   resources/icons/backendshield.icns  macOS (app bundle, disk image): 16-1024 px
# The 16-256 px PNGs are the committed ones (rendered from backendshield.svg with
# rsvg-convert); 512 and 1024 px are rendered here the same way. Both outputs are
# committed, so the build needs none of these tools; run this after changing the SVG.
# Tools (Debian 12): imagemagick (convert), icnsutils (png2icns), librsvg2-bin (rsvg-convert).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for tool in rsvg-convert png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (apt-get install librsvg2-bin icnsutils)" >&2; exit 1; }
done
# ImageMagick's own convert; another `convert` earlier in PATH may be a stand-in.
convert=/usr/bin/convert
[[ -x $convert ]] || convert=$(command -v convert)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 512 1024; do
  rsvg-convert -w "$size" -h "$size" backendshield.svg -o "$tmp/backendshield-$size.png"
done

# ICO: BMP entries up to 128 px, a PNG entry at 256 px (what Windows Vista and later use).
"$convert" backendshield-{16,32,48,64,128,256}.png backendshield.ico
# ICNS: png2icns knows 16, 32, 48, 128, 256, 512 and 1024 px (not 64).
png2icns backendshield.icns backendshield-{16,32,48,128,256}.png \
  "$tmp/backendshield-512.png" "$tmp/backendshield-1024.png" >/dev/null
file backendshield.ico backendshield.icns
