#!/usr/bin/env bash
# Install the unpacked Linux bundle for the current user (or system-wide with --system):
# a link to the program on the PATH, the desktop entry and the icon.
#
#   artois-energy-desk/share/install.sh [--system]
set -euo pipefail
APP="$(cd "$(dirname "$0")/.." && pwd)"
if [ "${1:-}" = "--system" ]; then
  BIN=/usr/local/bin; SHARE=/usr/local/share
else
  BIN="$HOME/.local/bin"; SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/scalable/apps"
ln -sf "$APP/artois-energy-desk" "$BIN/artois-energy-desk"
sed "s|^Exec=artois-energy-desk|Exec=$APP/artois-energy-desk|;s|^TryExec=.*|TryExec=$APP/artois-energy-desk|" \
  "$APP/share/artois-energy-desk.desktop" > "$SHARE/applications/artois-energy-desk.desktop"
cp "$APP/share/artois-energy-desk.svg" "$SHARE/icons/hicolor/scalable/apps/"
command -v update-desktop-database >/dev/null && \
  update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && \
  gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "Artois Energy Desk installé : $BIN/artois-energy-desk et le menu des applications."
