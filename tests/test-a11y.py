#!/usr/bin/python3
# The accessibility tree of the running app: every button, entry, spin
# button, combo box and table cell has a name a screen reader can say.
# Run under a private D-Bus session and Xvfb (build-aux/dev test does);
# usage: test-a11y.py PATH-TO-hiring-planner
import os
import subprocess
import sys
import time

try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed")
    sys.exit(0)

NAMED_ROLES = {
    "push button", "toggle button", "entry", "password text", "spin button",
    "table cell", "combo box", "check box", "radio button", "slider", "page tab",
}

checks = 0
failures = 0


def ok(condition, what):
    global checks, failures
    checks += 1
    if condition:
        print(f"ok {checks} - {what}")
    else:
        failures += 1
        print(f"not ok {checks} - {what}")


def find_app(name, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None


def walk(acc, path=(), out=None):
    if out is None:
        out = []
    try:
        role = acc.getRoleName()
        name = acc.name
        showing = acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return out
    out.append((path + (role,), role, name, showing, acc))
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, path + (role,), out)
    return out


def unnamed(app):
    """The controls without a name (GTK 4.8 reports no "showing" state, so
    every page's controls are checked, shown or not).  A name that is only
    the widget's type, such as "GtkToggleButton", is no name at all."""
    bad = []
    for path, role, name, _, _ in walk(app):
        name = (name or "").strip()
        if role in NAMED_ROLES and (not name or name.startswith("Gtk")):
            bad.append(" > ".join(path[-4:]) + f" ({name or 'empty'})")
    return bad


def find(app, role, name=None, contains=None):
    for _, r, n, _, acc in walk(app):
        if r == role and (name is None or n == name) and (contains is None or contains in (n or "")):
            return acc
    return None


def main():
    binary, sample = sys.argv[1], sys.argv[2]
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    # With the sample plan open, the table has cells to check.
    proc = subprocess.Popen([binary, sample], env=env)
    try:
        app = find_app("hiring-planner")
        ok(app is not None, "the application is on the accessibility bus")
        if app is None:
            return
        time.sleep(3.0)

        bad = unnamed(app)
        ok(not bad, f"every button, entry, spin button, combo box and table cell has a name ({len(bad)} without)"
           + "".join("\n# unnamed: " + b for b in bad[:40]))

        ok(find(app, "heading", "Intern Back-End Engineer") is not None,
           "the role profile's title is a heading")
        ok(find(app, "heading", "Payments Platform FY2027") is not None,
           "the plan's title is a heading")

        cells = [a for _, r, n, _, a in walk(app) if r == "table cell" and (n or "").startswith("Count, ")]
        ok(len(cells) >= 5, f"the plan table's count cells are in the tree with their position ({len(cells)})")

        chart = find(app, "image", "Monthly cost chart")
        ok(chart is not None and "Jan 2027" in (chart.description or "") and "$" in (chart.description or ""),
           "the chart gives its figures as text")

        band = find(app, "image", contains="Salary band $")
        ok(band is not None, "the salary band bar says the band in words")

        # A cell is text until edited: its label says the value.
        texts = []
        for cell in cells:
            for _, r, n, _, a in walk(cell):
                if r == "label" and (n or "").strip():
                    texts.append(n.strip())
        ok(any(t.isdigit() and int(t) >= 1 for t in texts), f"a count can be read from its cell ({texts[:5]})")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        print(f"1..{checks}")
        sys.exit(1 if failures else 0)


main()
