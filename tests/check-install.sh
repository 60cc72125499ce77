#!/bin/sh
# Installs into a temporary folder and checks that everything a desktop
# needs is there: both programs, the desktop file, metainfo, icons, the MIME
# type, the settings schema and every translation in po/LINGUAS.
# usage: check-install.sh BUILD-DIR SOURCE-DIR
set -eu
build=$1
src=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
app=io.github.hiringplanner.HiringPlanner

DESTDIR=$dest meson install -C "$build" --no-rebuild --quiet >/dev/null
prefix=$(meson introspect "$build" --buildoptions | /usr/bin/python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root=$dest$prefix
n=0
fail=0
has() {
  n=$((n + 1))
  if [ -e "$root/$1" ]; then echo "ok $n - $1"; else echo "not ok $n - $1 is not installed"; fail=1; fi
}

has bin/hiring-planner
has bin/hiring-plan
has bin/hiring-plan-git-diff
has share/applications/$app.desktop
has share/metainfo/$app.metainfo.xml
has share/icons/hicolor/scalable/apps/$app.svg
has share/icons/hicolor/symbolic/apps/$app-symbolic.svg
has share/mime/packages/$app.xml
has share/glib-2.0/schemas/$app.gschema.xml
for lang in $(grep -v '^#' "$src/po/LINGUAS"); do
  has share/locale/$lang/LC_MESSAGES/hiring-planner.mo
done

# The installed files are valid where they are.
n=$((n + 1))
if desktop-file-validate "$root/share/applications/$app.desktop" &&
   appstreamcli validate --no-net "$root/share/metainfo/$app.metainfo.xml" >/dev/null; then
  echo "ok $n - the installed desktop file and metainfo validate"
else
  echo "not ok $n - the installed desktop file or metainfo do not validate"; fail=1
fi

# The installed command-line tool runs.
n=$((n + 1))
if "$root/bin/hiring-plan" validate "$src/data/examples/sample-team.json"; then
  echo "ok $n - the installed hiring-plan validates the sample"
else
  echo "not ok $n - the installed hiring-plan does not run"; fail=1
fi

echo "1..$n"
exit $fail
