#!/bin/bash
# Crash recovery as a manager meets it, in the real application under Xvfb
# with G_DEBUG=fatal-criticals: open a plan, make one edit, wait for the
# draft, kill -9, start again and choose Restore: the plan comes back as
# edited, and nothing is printed.  Then the same with Discard, and with the
# dialog closed (which decides nothing: the draft is offered again).
# usage: test-recovery.sh HIRING-PLANNER HIRING-PLAN SAMPLE-PLAN
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
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
export HOME=$dir/home XDG_DATA_HOME=$dir/home/data XDG_CONFIG_HOME=$dir/home/config
export G_DEBUG=fatal-criticals
mkdir -p "$HOME"
drafts=$XDG_DATA_HOME/hiring-planner/drafts
plan=$dir/team.json
cp "$sample" "$plan"

# wait_for SECONDS COMMAND...: polls until COMMAND succeeds.
wait_for() {
  local limit=$(( $1 * 10 )) i
  shift
  for ((i = 0; i < limit; i++)); do
    "$@" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
window_named() { xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1; }
has_window() { [ -n "$(window_named "$1")" ]; }
no_window() { [ -z "$(window_named "$1")" ]; }
has_draft() { ls "$drafts"/*.draft >/dev/null 2>&1; }
no_draft() { ! has_draft; }
keys() { for k in "$@"; do xdotool key --clearmodifiers "$k"; sleep 0.2; done; }
alive() { kill -0 "$pid" 2>/dev/null && ! grep -q '^State:.*Z' /proc/$pid/status 2>/dev/null; }
# What GLib printed, less GTK 4.8's own known warnings (by their exact text).
complaints() {
  grep -E 'CRITICAL|WARNING|ERROR' "$1" |
    grep -v -F -e 'Gtk-WARNING **: Broken accounting of active state' \
      -e 'reported min width -' || true
}

start() { # start LOG [ARGS...]
  local log=$1
  shift
  "$app" "$@" >"$log" 2>&1 &
  pid=$!
  wait_for 10 has_window "Hiring Planner"
}

# One edit as a person makes it: find the Senior role, add it to the plan
# with its defaults; the window then keeps a draft a few seconds later.
edit_and_crash() { # edit_and_crash LOG
  start "$1" "$plan"
  ok $? "the plan opens"
  xdotool mousemove --window "$(window_named "Hiring Planner")" 600 400
  sleep 0.3
  keys alt+1 ctrl+f
  xdotool type --delay 40 senior
  keys Return alt+a Tab Return
  wait_for 20 has_draft
  ok $? "a draft is kept a few seconds after the edit"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  pid=
}

answer_restore() { # answer_restore LOG KEY...
  local log=$1 dialog
  shift
  start "$log"
  wait_for 10 has_window "Restore Unsaved Plans"
  ok $? "the next start offers to restore the unsaved plan"
  dialog=$(window_named "Restore Unsaved Plans")
  [ -n "$dialog" ] && xdotool mousemove --window "$dialog" 30 30
  sleep 0.3
  keys "$@"
  wait_for 5 no_window "Restore Unsaved Plans"
  ok $? "the dialog closes"
}

# Restore
edit_and_crash "$dir/crash1.log"
answer_restore "$dir/restore.log" Return
title=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["plan"]["title"])' "$plan")
wait_for 10 has_window "^• $title"
ok $? "the restored plan is shown, marked unsaved, in a window of its own"
sleep 1
alive
ok $? "the application is still running after Restore"
main=$(window_named "$title")
[ -n "$main" ] && xdotool mousemove --window "$main" 600 400
sleep 0.3
keys ctrl+s
wait_for 10 no_draft
ok $? "saving the restored plan lets its draft go"
wait_for 5 has_window "^$title"
ok $? "and the window no longer says unsaved"
/usr/bin/python3 - "$plan" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
p = plan["positions"]
assert len(p) == 6, len(p)
assert p[-1]["role"] == "backend-senior", p[-1]
PY
ok $? "the plan on disk is the sample plan with the added Senior position"
"$tool" validate "$plan" >/dev/null 2>&1
ok $? "and it is valid"
out=$(complaints "$dir/restore.log")
[ -z "$out" ]
ok $? "nothing printed on the way: ${out:-none}"
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=

# Closing the dialog with Escape keeps the draft for the next start.
cp "$sample" "$plan"
edit_and_crash "$dir/crash2.log"
answer_restore "$dir/escape.log" Escape
has_draft
ok $? "Escape keeps the draft"
alive
ok $? "the application is still running"
out=$(complaints "$dir/escape.log")
[ -z "$out" ]
ok $? "nothing printed after Escape: ${out:-none}"
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; pid=

# Discard
answer_restore "$dir/discard.log" alt+d
wait_for 5 no_draft
ok $? "Discard removes the draft"
alive && has_window "Hiring Planner"
ok $? "the empty window stays, and the application runs"
cmp -s "$sample" "$plan"
ok $? "the plan file was never touched"
out=$(complaints "$dir/discard.log")
[ -z "$out" ]
ok $? "nothing printed after Discard: ${out:-none}"

echo "1..$n"
[ "$failed" = 0 ]
