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
# The icon is a real SVG.
grep -q '<svg' "$src/icons/hicolor/scalable/apps/$app.svg"
grep -q '<svg' "$src/icons/hicolor/symbolic/apps/$app-symbolic.svg"
echo "desktop file, metainfo, schema and icons are valid"
