#!/bin/bash
# Random input, as a hurried person gives it, for half a minute: a stream
# of clicks and keys from a fixed seed (page switches, table edits, undo and
# redo, dialogs opened and dismissed) through the X server into the real
# application on a copy of the sample plan, under G_DEBUG=fatal-criticals.
# Any GLib critical, a warning of ours, or a crash fails.  When the input closes
# the window (its close button, then Discard), the application is started
# again and the stream goes on.
# usage: test-monkey.sh HIRING-PLANNER SAMPLE-PLAN [SECONDS [SEED]]
set -u
app=$1
sample=$2
seconds=${3:-${HP_MONKEY_SECONDS:-30}}
seed=${4:-${HP_MONKEY_SEED:-20261204}}

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
cd "$dir" || exit 1
ulimit -c unlimited 2>/dev/null

n=0
failed=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }

window() { xdotool search --onlyvisible --name "Hiring Planner" 2>/dev/null | head -1; }
# What fails the run: a critical, a sanitizer's report, or a warning of
# our own or of GLib's.  GTK's own warnings are listed in the output but
# fail nothing; the two GTK 4.8 is known to print are left out of the list
# by their exact text.
complaints() {
  grep -E 'CRITICAL|ERROR|runtime error|Sanitizer|(hp-[a-z-]+|GLib-GObject|GLib|GLib-GIO)-WARNING' "$1" || true
}
gtk_warnings() {
  grep -E 'WARNING' "$1" | grep -v -E '(hp-[a-z-]+|GLib-GObject|GLib|GLib-GIO)-WARNING' |
    grep -v -F -e 'Broken accounting of active state for widget' \
      -e 'reported min width -' || true
}

starts=0
start() {
  starts=$((starts + 1))
  cp "$sample" "$dir/team.json"
  "$app" "$dir/team.json" >"$dir/app-$starts.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    [ -n "$(window)" ] && return 0
    sleep 0.1
  done
  return 1
}

# finish: how the application ended (0 when it closed cleanly or is still
# running), with what it printed.
finish() {
  local status=0 out
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid"
    wait "$pid" 2>/dev/null
  else
    wait "$pid"
    status=$?
  fi
  pid=
  gtk_warnings "$dir/app-$starts.log" | sort -u | head -5 | sed 's/^/# GTK said: /'
  out=$(complaints "$dir/app-$starts.log")
  [ "$status" = 0 ] && [ -z "$out" ] && return 0
  # One critical is GTK 4.8's: its X11 backend lays out a popup whose
  # anchor lies outside every monitor without a monitor
  # (gdk_x11_surface_layout_popup).  Its cause in this app was found: a
  # popover shown on a widget mapped but not yet allocated (an editor made
  # for the key just pressed); ours now wait for the allocation
  # (hp_popover_popup_when_allocated), and /ui/plan/month-picker fails
  # without that.  It was seen three times in some hundred runs before the
  # fix; should another path still reach it, it is reported as a known
  # failure (TODO) with its stack, and nothing else is excused.
  if [ "$status" = 133 ] && [ "$(printf '%s\n' "$out" | grep -c .)" = 1 ] &&
     printf '%s\n' "$out" | grep -q "Gdk-CRITICAL \*\*: [0-9:.]*: gdk_monitor_get_geometry: assertion 'GDK_IS_MONITOR (monitor)' failed$"; then
    known=$((known + 1))
  fi

  echo "# run $starts ended with status $status; the last events:"
  printf '#   %s\n' "${history[@]: -12}"
  printf '%s\n' "$out" | head -20 | sed 's/^/# /'
  # A critical under G_DEBUG=fatal-criticals or a crash leaves a core
  # dump here (where the system writes them to the working folder): its
  # stack says where.
  for core in "$dir"/core*; do
    [ -f "$core" ] && command -v gdb >/dev/null || continue
    gdb -q -batch -ex bt "$app" "$core" 2>/dev/null | grep '^#' | head -40 | sed 's/^/# /'
    rm -f "$core"
  done
  return 1
}

known=0
keys=(Up Down Left Right Tab shift+Tab Return Escape F2 Page_Down Page_Up Home End
      ctrl+Home ctrl+End Delete BackSpace space 1 4 7 0 s j 2 0 2 7 minus 3
      ctrl+z ctrl+shift+z ctrl+z alt+1 alt+2 alt+3 alt+2 alt+2
      ctrl+n ctrl+o ctrl+e ctrl+p ctrl+comma ctrl+question ctrl+f ctrl+s ctrl+shift+s F10)

RANDOM=$seed
events=0
bad_runs=0
history=()
start || { ok 1 "the window appears"; echo "1..1"; exit 1; }
sleep 1
end=$((SECONDS + seconds))
while [ $SECONDS -lt $end ]; do
  if ! kill -0 "$pid" 2>/dev/null || [ -z "$(window)" ]; then
    finish || bad_runs=$((bad_runs + 1))
    start || break
    sleep 0.5
    continue
  fi
  wid=$(window)
  x=$((RANDOM % 1280))
  y=$((RANDOM % 800))
  case $((RANDOM % 10)) in
    0|1|2) event="click $x,$y"
           xdotool mousemove --window "$wid" "$x" "$y" click 1 2>/dev/null ;;
    3)     event="double-click $x,$y"
           xdotool mousemove --window "$wid" "$x" "$y" click --repeat 2 1 2>/dev/null ;;
    *)     k=${keys[$((RANDOM % ${#keys[@]}))]}
           event="key $k"
           xdotool key --clearmodifiers "$k" 2>/dev/null ;;
  esac
  events=$((events + 1))
  history+=("$event")
  sleep 0.08
done
finish || bad_runs=$((bad_runs + 1))

ok "$([ "$events" -ge 100 ]; echo $?)" "$events random clicks and keys over ${seconds} s (seed $seed, $starts starts)"
ok "$((bad_runs - known))" "no critical, warning of ours or crash in any of the $starts runs"
if [ "$known" -gt 0 ]; then
  echo "not ok $((n + 1)) - GTK 4.8 laid out a popup off every monitor in $known run(s) # TODO gdk_monitor_get_geometry critical in GDK's X11 popup layout"
  n=$((n + 1))
fi
echo "1..$n"
[ "$failed" = 0 ]
