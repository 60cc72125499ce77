#!/bin/bash
# The plan table with the keyboard alone, in the real application under
# Xvfb, keys sent through the X server (xdotool): open a plan, move with
# the arrows, type a count, Tab on, a month refused, Escape, a salary
# committed with Enter, undo; the details (F4) of the row: a location typed
# and stored, a cost refused and restored with Escape, Escape to close;
# save, and read the totals back with the tool.
# usage: test-keyboard-table.sh HIRING-PLANNER HIRING-PLAN SAMPLE-PLAN
set -u
app=$1
tool=$2
sample=$3
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
mkdir -p "$HOME" "$XDG_CONFIG_HOME/gtk-4.0"
printf '[Settings]\ngtk-enable-animations=false\ngtk-cursor-blink=false\n' >"$XDG_CONFIG_HOME/gtk-4.0/settings.ini"
plan=$dir/plan.hiringplan.json
cp "$sample" "$plan"

"$app" "$plan" >"$dir/app.log" 2>&1 &
pid=$!
wid=
for i in $(seq 100); do
  wid=$(xdotool search --name "Hiring Planner" 2>/dev/null | head -1)
  [ -n "$wid" ] && break
  sleep 0.1
done
ok "$([ -n "$wid" ]; echo $?)" "the window appears"
# Wait until the plan is in the window (its title names it).
for i in $(seq 100); do
  case "$(xdotool getwindowname "$wid" 2>/dev/null)" in *Payments*) break ;; esac
  sleep 0.1
done
sleep 1

# Without a window manager, the keyboard follows the pointer.
xdotool mousemove --window "$wid" 400 600
sleep 0.3
keys() { for k in "$@"; do xdotool key --clearmodifiers "$k"; sleep 0.15; done; }
text() { xdotool type --delay 40 "$1"; sleep 0.2; }

# The keyboard is in the table on the first row: to the Mid-Level's count.
keys Down Down Right Right
text "3"; keys Tab                    # count 3, on to the start
text "2027-13"; keys Return           # refused, the editor stays
keys Escape                           # cancelled: the start is as it was
keys Right; text "2027-10"; keys Escape   # an end typed and cancelled
keys Right Right; text "120000"; keys Return   # a salary, committed
keys ctrl+z                           # and undone
keys Up F4 alt+i; text "Lisbon"; keys Return  # the details: a location, stored
keys alt+c minus 5 Return                     # a cost refused, its reason shown
keys Escape                               # the stored cost back
keys Escape                               # the details closed
keys Up Down alt+Return Escape            # the keyboard in the table again; Alt+Return opens them too
keys ctrl+s
sleep 1.5

"$tool" validate "$plan" >/dev/null 2>&1
ok $? "the saved plan is valid"
/usr/bin/python3 - "$plan" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))["positions"][2]
assert p["role"] == "backend-mid", p
assert p["count"] == 3, p["count"]
assert p["start"] == "2027-04", p["start"]
assert "end" not in p or p["end"] is None, p.get("end")
assert p["annual_salary"] == "118000.00", p["annual_salary"]
assert p["location"] == "Lisbon", p["location"]
assert p["one_time_cost"] == "4700.00", p["one_time_cost"]
PY
ok $? "count 3 committed, the location stored from the details; the refused month and cost, the cancelled end and the undone salary left no trace"
total=$("$tool" summary --json "$plan" 2>/dev/null | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["total_period_cost"])' 2>/dev/null)
ok "$([ "$total" = "1018666.42" ]; echo $?)" "the totals: $total (1018666.42: two more mid-levels from April)"

echo "1..$n"
[ "$failed" = 0 ]
