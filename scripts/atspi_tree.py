#!/usr/bin/python3
"""Read the app's accessible tree and events as a screen reader does (AT-SPI, like Orca).

Runs with the SYSTEM Python (Debian's python3-pyatspi), not the project's venv. Inside one
D-Bus session with the accessibility bus (see TESTING.md), either:

    # the tree of an app already running on this session bus
    /usr/bin/python3 scripts/atspi_tree.py --app Aidant

    # start a program, record events until it writes MARKER, then read the tree
    /usr/bin/python3 scripts/atspi_tree.py --json --marker /tmp/m -- PROGRAM ARGS...

A whole run from nothing (what tests/ui/test_accessibility_atspi.py does):

    dbus-run-session -- xvfb-run -a -s "-screen 0 1024x600x24" sh -c \
      '/usr/libexec/at-spi-bus-launcher --launch-immediately & \
       /usr/bin/python3 scripts/atspi_tree.py --marker /tmp/m -- \
       env QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
       .venv/bin/python tests/ui/atspi_app.py /tmp/m'

Only what is showing is listed (hidden pages and closed pop-ups are not read). A program
that shows several pages asks for a tree of each: it writes MARKER.page (the page's name),
waits for MARKER.page.read, removes both and shows the next; the JSON's "pages" has them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

DEFAULT_EVENTS = ("object:announcement", "object:text-changed", "object:state-changed:focused",
                  "object:property-change:accessible-name")
MAX_NODES = 4000  # a runaway tree (a list of thousands) must not hang the script


def _states(node) -> list[str]:
    import pyatspi

    names = []
    state_set = node.getState()
    for state in (pyatspi.STATE_FOCUSABLE, pyatspi.STATE_FOCUSED, pyatspi.STATE_SHOWING,
                  pyatspi.STATE_CHECKED, pyatspi.STATE_ENABLED, pyatspi.STATE_EDITABLE,
                  pyatspi.STATE_CHECKABLE):
        if state_set.contains(state):
            names.append(pyatspi.stateToString(state).lower() if hasattr(pyatspi, "stateToString")
                         else str(state).split("_", 1)[-1].lower())
    return names


def _text_of(node) -> str | None:
    """What the text interface gives (a field's content as a screen reader can read it)."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    except Exception:  # noqa: BLE001 - a node without the interface
        return None
    try:
        return text.getText(0, -1)
    except Exception:  # noqa: BLE001
        return None


def _labelled_by(node) -> list[str]:
    import pyatspi

    names = []
    try:
        relations = node.getRelationSet()
    except Exception:  # noqa: BLE001 - a node gone meanwhile has none
        return names
    for relation in relations:
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names.extend(relation.getTarget(i).name for i in range(relation.getNTargets()))
    return names


def find_app(name: str):
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and name.lower() in (app.name or "").lower():
            return app
    return None


def tree(app, showing_only: bool = True) -> list[dict]:
    """Depth-first list of nodes: depth, role, name, description, states, text, labels."""
    import pyatspi

    rows: list[dict] = []

    def walk(node, depth: int) -> None:
        if node is None or len(rows) >= MAX_NODES:
            return
        state_set = node.getState()
        if showing_only and depth > 1 and not state_set.contains(pyatspi.STATE_SHOWING):
            return
        rows.append({"depth": depth, "role": node.getRoleName(), "name": node.name or "",
                     "description": node.description or "", "states": _states(node),
                     "text": _text_of(node), "labelled_by": _labelled_by(node)})
        for index in range(node.childCount):
            walk(node.getChildAtIndex(index), depth + 1)

    walk(app, 0)
    return rows


def print_tree(rows: list[dict]) -> None:
    for row in rows:
        extra = []
        if row["description"]:
            extra.append(f"description={row['description']!r}")
        if row["text"] and row["role"] not in ("label", "heading", "push button"):
            extra.append(f"text={row['text']!r}")
        if row["labelled_by"]:
            extra.append(f"labelled-by={row['labelled_by']!r}")
        states = ",".join(s for s in row["states"] if s != "showing")
        print(f"{'  ' * row['depth']}[{row['role']}] {row['name']!r} {states} {' '.join(extra)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="Aidant", help="application name to read")
    parser.add_argument("--marker", help="file the program writes when its actions are done")
    parser.add_argument("--timeout", type=float, default=90, help="seconds before giving up")
    parser.add_argument("--events", default=",".join(DEFAULT_EVENTS))
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    import pyatspi
    from gi.repository import GLib

    events: list[dict] = []
    result: dict = {"events": events, "tree": [], "error": None}

    def on_event(event) -> None:
        source = event.source
        try:
            role, name = source.getRoleName(), source.name or ""
        except Exception:  # noqa: BLE001 - the source may be gone already
            role, name = "?", ""
        data = event.any_data
        events.append({"type": event.type, "role": role, "name": name,
                       "detail1": event.detail1, "detail2": event.detail2,
                       "data": data if isinstance(data, str) else str(data)})

    wanted = [e for e in args.events.split(",") if e]
    pyatspi.Registry.registerEventListener(on_event, *wanted)
    child = subprocess.Popen(command) if command else None
    started = time.monotonic()

    def finish(error: str | None = None) -> bool:
        app = find_app(args.app)
        if app is None and error is None:
            error = f"no application named {args.app!r} on the accessibility bus"
        if app is not None:
            result["tree"] = tree(app)
        result["error"] = error
        if args.marker:
            with open(args.marker + ".read", "w", encoding="utf-8") as done:
                done.write("read\n")
        pyatspi.Registry.stop()
        return False

    result["pages"] = []

    def snapshot() -> None:
        """The program asks for the tree now (it wrote MARKER.page with the page's name):
        read it, then say so (MARKER.page.read) so that it shows the next page."""
        asked = args.marker + ".page"
        if not os.path.exists(asked) or os.path.exists(asked + ".read"):
            return
        with open(asked, encoding="utf-8") as page:
            name = page.read().strip()
        app = find_app(args.app)
        result["pages"].append({"page": name, "tree": tree(app) if app is not None else []})
        with open(asked + ".read", "w", encoding="utf-8") as done:
            done.write("read\n")

    def poll() -> bool:
        if args.marker:
            snapshot()
        if args.marker and os.path.exists(args.marker):
            return finish()
        if child is not None and child.poll() is not None:
            return finish(f"the program ended first (exit {child.returncode})")
        if time.monotonic() - started > args.timeout:
            return finish("timed out")
        return True

    if command or args.marker:
        GLib.timeout_add(200, poll)
        pyatspi.Registry.start()
    else:
        finish()
    if child is not None:
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(5)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        if result["error"]:
            print("error:", result["error"])
        print_tree(result["tree"])
        for event in events:
            print(f"event {event['type']} [{event['role']}] {event['name']!r} data={event['data']!r}")
    return 0 if not result["error"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
