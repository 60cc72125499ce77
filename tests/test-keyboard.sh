#!/bin/bash
# One whole task with the keyboard alone, in the real application under
# Xvfb: find the Senior role, add two to the plan from March 2027, change
# the count to four, and save the plan. The keys go through the X server
# (xdotool), exactly as a person's would.
# usage: test-keyboard.sh HIRING-PLANNER HIRING-PLAN
set -u
app=$1
tool=$2
n=0
failed=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }

if [ -z "${DISPLAY:-}" ] || ! command -v xdotool >/dev/null; then
  echo "1..0 # SKIP needs an X display and xdotool (build-aux/dev test provides both)"
  exit 0
fi

dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
export HOME=$dir/home XDG_DATA_HOME=$dir/home/data XDG_CONFIG_HOME=$dir/home/config
mkdir -p "$HOME"
target=$dir/keyboard.hiringplan.json

"$app" >"$dir/app.log" 2>&1 &
pid=$!
wid=
for i in $(seq 100); do
  wid=$(xdotool search --name "Hiring Planner" 2>/dev/null | head -1)
  [ -n "$wid" ] && break
  sleep 0.1
done
ok "$([ -n "$wid" ]; echo $?)" "the window appears"
sleep 1.5

# Without a window manager, the keyboard follows the pointer.
xdotool mousemove --window "$wid" 600 400
sleep 0.3
keys() { for k in "$@"; do xdotool key --clearmodifiers "$k"; sleep 0.15; done; }
text() { xdotool type --delay 40 "$1"; sleep 0.2; }

text "senior"; keys Return          # the search picks the Senior role
keys alt+a; sleep 0.5               # Add to Plan…
keys ctrl+a; text "2"; keys Tab
text "2027-03"; keys Return; sleep 1 # added, and the count has the keyboard
keys ctrl+a; text "4"; keys Tab; sleep 0.5
keys ctrl+s; sleep 1.5              # Save: the file chooser
keys ctrl+a; text "$target"; keys Return
sleep 2

ok "$([ -f "$target" ]; echo $?)" "the plan was saved with the keyboard alone"
if [ -f "$target" ]; then
  "$tool" validate "$target" >/dev/null 2>&1
  ok $? "the saved plan is valid"
  /usr/bin/python3 - "$target" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
p = plan["positions"]
assert len(p) == 1, p
assert p[0]["role"] == "backend-senior", p[0]["role"]
assert p[0]["count"] == 4, p[0]["count"]
assert p[0]["start"] == "2027-03", p[0]["start"]
PY
  ok $? "it holds four Senior Back-End Engineers from 2027-03"
  title=$(xdotool getwindowname "$wid" 2>/dev/null)
  case "$title" in
    "•"*) ok 1 "the title still says unsaved: $title" ;;
    *) ok 0 "the title no longer says unsaved ($title)" ;;
  esac
fi

echo "1..$n"
[ "$failed" = 0 ]
