#!/bin/sh
# Builds the German and French locales into a folder of the build tree when
# the machine lacks them, then runs the test program with LOCPATH set.
# usage: run-with-locale.sh LOCALE-DIR PROGRAM [ARGS...]
set -eu
dir=$1; shift
mkdir -p "$dir"
for l in de_DE fr_FR; do
  if [ ! -d "$dir/$l.UTF-8" ]; then
    localedef -i "$l" -f UTF-8 "$dir/$l.UTF-8" >/dev/null 2>&1 || {
      echo "localedef could not build $l.UTF-8 (is the 'locales' package installed?)" >&2
      exit 1
    }
  fi
done
LOCPATH=$dir
export LOCPATH
exec "$@"
