#!/bin/bash
# Kills the command-line tool and the application in the middle of saving,
# many times, and checks that the file on disk is always a whole, valid plan:
# the old one or the new one, never a mix.
# usage: test-kill-save.sh HIRING-PLAN KILL-SAVE-APP SAMPLE
set -u
tool=$1
app=$2
sample=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
rounds=${HP_KILL_ROUNDS:-25}
n=0
failed=0

check() { # WHAT FILE: valid, and one of the versions written
  local what=$1 file=$2
  n=$((n + 1))
  if [ ! -e "$file" ]; then
    echo "ok $n - $what: no file yet (killed before the first save)"
    return
  fi
  if ! out=$("$tool" validate "$file" 2>&1); then
    echo "not ok $n - $what: the file on disk is not a valid plan: $(echo "$out" | head -3)"
    failed=$((failed + 1))
    return
  fi
  # No temporary file left behind next to it either.
  if ls "$dir"/.*.tmp* "$dir"/*.tmp* >/dev/null 2>&1 || ls -A "$dir" | grep -q '^\.goutputstream'; then
    : # a leftover temporary file is harmless to the plan, but say so
    echo "# $what: a temporary file was left in the folder"
  fi
  echo "ok $n - $what: the file is a whole, valid plan"
}

# A plan big enough that writing it takes a while: the sample's positions
# many times over, as a plan without computed fields.
/usr/bin/python3 - "$sample" "$dir/big.json" <<'PY'
import json, sys, uuid
plan = json.load(open(sys.argv[1]))
positions = []
for i in range(1500):
    for p in plan["positions"]:
        q = {k: v for k, v in p.items() if k not in ("monthly_cost_per_head", "period_cost")}
        q["id"] = str(uuid.UUID(int=len(positions) + 1))
        positions.append(q)
out = {"format": "hiring-plan", "version": 1, "plan": plan["plan"], "positions": positions}
json.dump(out, open(sys.argv[2], "w"), indent=2)
PY

# The tool: two versions alternately written over the same file.
"$tool" export "$dir/big.json" --generated-at 2027-01-01T00:00:00Z -o "$dir/a.json" || exit 1
sed 's/"title": "Payments Platform FY2027"/"title": "Version B"/' "$dir/a.json" > "$dir/b.json"
cp "$dir/a.json" "$dir/target.json"
for i in $(seq "$rounds"); do
  src=$dir/a.json; [ $((i % 2)) = 0 ] && src=$dir/b.json
  "$tool" export "$src" --generated-at 2027-01-01T00:00:00Z -o "$dir/target.json" &
  pid=$!
  sleep "0.0$((RANDOM % 90 + 10))"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  if cmp -s "$dir/target.json" "$dir/a.json" || cmp -s "$dir/target.json" "$dir/b.json"; then
    check "hiring-plan export killed after a random moment (round $i)" "$dir/target.json"
  else
    n=$((n + 1)); failed=$((failed + 1))
    echo "not ok $n - hiring-plan export round $i: the file is neither the old plan nor the new one"
  fi
done

# The application: saving through its window, killed at random moments.
# It says "saving" once its first save is over: from then on the file must
# always be there, whole, and one of the two versions.  Until then there is
# nothing to check, so each round waits for it (as long as a slow, sanitized
# build needs) before it kills; an app that dies or never saves fails.
if [ -n "${DISPLAY:-}" ]; then
  rm -f "$dir/app-target.json"
  for i in $(seq "$rounds"); do
    "$app" "$dir/big.json" "$dir/app-target.json" > "$dir/app.out" 2>"$dir/app.err" &
    pid=$!
    saved=0
    for t in $(seq 2400); do
      if grep -q saving "$dir/app.out" 2>/dev/null; then saved=1; break; fi
      kill -0 $pid 2>/dev/null || break
      sleep 0.05
    done
    if [ "$saved" = 0 ]; then
      kill -9 $pid 2>/dev/null
      wait $pid 2>/dev/null
      n=$((n + 1)); failed=$((failed + 1))
      echo "not ok $n - the application never finished its first save (round $i): $(head -c 300 "$dir/app.err")"
      continue
    fi
    # Let it go on saving for a random while.
    sleep "0.$((RANDOM % 400 + 100))"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    if [ ! -e "$dir/app-target.json" ]; then
      n=$((n + 1)); failed=$((failed + 1))
      echo "not ok $n - the application killed while saving (round $i): the file it had saved is gone"
      continue
    fi
    check "the application killed while saving (round $i)" "$dir/app-target.json"
    title=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["plan"]["title"])' "$dir/app-target.json" 2>&1)
    n=$((n + 1))
    case "$title" in
      "Kill test A"|"Kill test B") echo "ok $n - the file holds one of the two versions ($title)" ;;
      *) echo "not ok $n - unexpected title: $(echo "$title" | tail -1)"; failed=$((failed + 1)) ;;
    esac
  done
else
  echo "# no display: the application part needs one (build-aux/dev test provides it)"
fi

echo "1..$n"
[ "$failed" = 0 ]
