#!/bin/sh
# Validates the desktop file, the AppStream metainfo and the GSettings schema.
# usage: check-desktop-files.sh BUILD_DATA_DIR SOURCE_DATA_DIR
set -eu
build=$1
src=$2
app=io.github.hiringplanner.HiringPlanner

desktop-file-validate "$build/$app.desktop"
appstreamcli validate --no-net --pedantic --explain "$build/$app.metainfo.xml"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
glib-compile-schemas --strict --targetdir="$out" "$src"
test -s "$out/gschemas.compiled"
# The MIME type installs, and a plan file is recognised by name and by content.
mkdir -p "$out/mime/packages"
cp "$src/$app.mime.xml" "$out/mime/packages/$app.xml"
# (with the folder on the data path, so only real problems are printed)
XDG_DATA_DIRS="$out" update-mime-database "$out/mime" 2>"$out/mime-errors"
if [ -s "$out/mime-errors" ]; then cat "$out/mime-errors"; exit 1; fi
test -f "$out/mime/application/x-hiring-plan+json.xml"
grep -q 'hiringplan.json' "$out/mime/globs2"
grep -q 'MimeType=application/x-hiring-plan+json;' "$build/$app.desktop"
# The icon is a real SVG.
grep -q '<svg' "$src/icons/hicolor/scalable/apps/$app.svg"
grep -q '<svg' "$src/icons/hicolor/symbolic/apps/$app-symbolic.svg"
echo "desktop file, metainfo, schema and icons are valid"
