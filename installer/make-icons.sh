#!/usr/bin/env bash
# Regenerates the raster icons in icons/ from icons/siyu-workbench.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick (convert) and png2icns (icnsutils); the results are committed,
# so building the app or the installer never needs these tools.
set -euo pipefail
cd "$(dirname "$0")/../icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" siyu-workbench.svg -o "siyu-workbench-${size}.png"
done
convert siyu-workbench-16.png siyu-workbench-24.png siyu-workbench-32.png siyu-workbench-48.png \
        siyu-workbench-64.png siyu-workbench-128.png siyu-workbench-256.png siyu-workbench.ico
png2icns siyu-workbench.icns siyu-workbench-16.png siyu-workbench-32.png siyu-workbench-128.png \
         siyu-workbench-256.png siyu-workbench-512.png >/dev/null
# the window icon the app sets on its stage
mkdir -p ../src/main/resources/icons
cp siyu-workbench-32.png siyu-workbench-64.png siyu-workbench-256.png ../src/main/resources/icons/
