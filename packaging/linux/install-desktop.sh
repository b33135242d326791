#!/bin/sh
# Installs the desktop entry, the icon and the .vopi file type for the current user (no root needed).
# Usage: install-desktop.sh PATH-TO-vopi-desktop   (make install-desktop passes the venv's program)
set -eu
program=${1:?path of the vopi-desktop program}
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages"
sed "s|^Exec=vopi-desktop|Exec=\"$program\"|" "$here/de.vopi.Desktop.desktop" > "$data/applications/de.vopi.Desktop.desktop"
cp "$here/../../resources/icons/vopi-desktop.svg" "$data/icons/hicolor/scalable/apps/vopi-desktop.svg"
cp "$here/vopi-desktop-mime.xml" "$data/mime/packages/vopi-desktop.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "VOPI Desktop: desktop entry, icon and .vopi file type installed under $data"
