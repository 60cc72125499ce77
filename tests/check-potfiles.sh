#!/bin/sh
# Every source file with a translatable string is listed in po/POTFILES.in,
# and xgettext extracts the catalogue without error.
# usage: check-potfiles.sh SOURCE_ROOT
set -eu
cd "$1"
missing=0
for f in $(grep -lE '(_\(|N_\(|g_dngettext|translatable="yes")' src/*.c src/core/*.c src/print/*.c src/cli/*.c ui/*.ui 2>/dev/null); do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $f"
    missing=1
  fi
done
for f in $(grep -v '^#' po/POTFILES.in); do
  [ -f "$f" ] || { echo "listed in po/POTFILES.in but missing: $f"; missing=1; }
done
[ "$missing" = 0 ] || exit 1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
xgettext --from-code=UTF-8 --files-from=po/POTFILES.in --directory=. \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --add-comments=TRANSLATORS --output="$out/test.pot" 2>"$out/err"
if [ -s "$out/err" ]; then cat "$out/err"; exit 1; fi
n=$(grep -c '^msgid ' "$out/test.pot")
[ "$n" -gt 100 ] || { echo "only $n strings extracted"; exit 1; }
echo "$n translatable strings extracted"

# Every translation is complete for today's strings: merged with a fresh
# template, none is untranslated or fuzzy, and every format is kept.
status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching -o "$out/$lang.po" "po/$lang.po" "$out/test.pot"
  stats=$(msgfmt --check --statistics -o /dev/null "$out/$lang.po" 2>&1) || { echo "$lang: $stats"; status=1; continue; }
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) status=1 ;;
  esac
done
exit $status
