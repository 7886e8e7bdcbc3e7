#!/usr/bin/env bash
# Freeze Artois Energy Desk for Linux (PyInstaller, one folder) and pack it as a tarball.
#
#   packaging/build_linux.sh [PYTHON]
#
# PYTHON is the interpreter of a clean virtual environment that holds the application and
# its [gui,packaging] extras (default: .venv/bin/python of the checkout). Output:
#   dist/artois-energy-desk/          the application folder (run artois-energy-desk)
#   dist/artois-energy-desk-VERSION-linux-x86_64.tar.gz
# Environment: ARTOIS_BUILD_DIR (work folder, default build/pyinstaller),
# ARTOIS_DIST_DIR (default dist), ARTOIS_NO_TARBALL=1 to skip the tarball.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${1:-$ROOT/.venv/bin/python}"
BUILD="${ARTOIS_BUILD_DIR:-$ROOT/build/pyinstaller}"
DIST="${ARTOIS_DIST_DIR:-$ROOT/dist}"

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$BUILD" --distpath "$DIST" "$ROOT/packaging/artois_energy_desk.spec"

APP="$DIST/artois-energy-desk"
# Desktop integration files travel with the bundle; install.sh puts them in place.
mkdir -p "$APP/share"
cp "$ROOT/packaging/linux/artois-energy-desk.desktop" \
   "$ROOT/packaging/linux/artois-energy-desk.svg" \
   "$ROOT/packaging/linux/install.sh" "$APP/share/"
chmod +x "$APP/share/install.sh"

if [ "${ARTOIS_NO_TARBALL:-0}" != 1 ]; then
  version="$("$PYTHON" -c 'import artois_energy_desk as a; print(a.__version__)')"
  tar -C "$DIST" -czf "$DIST/artois-energy-desk-$version-linux-$(uname -m).tar.gz" \
    artois-energy-desk
fi
echo "Bundle: $APP ($(du -sh "$APP" | cut -f1), built in $(( $(date +%s) - start )) s)"
