"""The first window as people start it (`aidant-app`, a fresh Qt process): no control cuts its
words, on the small screens people own, in French and in Arabic, at 100 and 200 % text.

The other window tests share one QApplication whose font the theme set long before; only a
fresh process shows what a widget sized before the theme's font does (the language menu
kept its first width, and showed "Franç" for "Français")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_LOOK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel
import aidant_app.app as start
from aidant_app.ui.first_paint import FirstPaint

def cut_words():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    found = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QComboBox) + [
            label for label in window.findChildren(QLabel) if not label.wordWrap()]:
        if not widget.isVisibleTo(window) or widget.visibleRegion().isEmpty():
            continue  # hidden, or scrolled out of view
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        if not text.strip():
            continue
        needed = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
        # The words' own width, without the frame and arrow the widget draws around them.
        if widget.width() < needed or widget.width() < widget.minimumSizeHint().width():
            found.append(f"{widget.objectName() or type(widget).__name__} {text!r}: "
                         f"{widget.width()} px for {needed} px of words")
    print("CUT " + repr(found), flush=True)
    QApplication.instance().quit()

fire = FirstPaint.fire
def fire_then_look(self):
    fire(self)
    QTimer.singleShot(300, cut_words)
FirstPaint.fire = fire_then_look
sys.exit(start.main(sys.argv[1:]))
"""

# Screen in device pixels, "@" the desktop's scale (a 1920x1080 laptop at 200 % is a 960x540
# screen for the app), then the arguments people (or a helper's shortcut) start it with.
CASES = [("1024x600", []), ("1024x600", ["--text-scale", "200"]), ("1366x768", []),
         ("1920x1080@2", []), ("1024x600", ["--lang", "ar"]),
         ("1024x600", ["--lang", "ar", "--text-scale", "200"]), ("1366x768", ["--lang", "en"])]


@pytest.mark.parametrize(("screen", "args"), CASES,
                         ids=[f"{s}-{'-'.join(a) or 'default'}" for s, a in CASES])
def test_the_first_window_cuts_no_words(tmp_path, screen, args):
    size, _, scale = screen.partition("@")
    width, height = (int(n) for n in size.split("x"))
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": screen, "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96 * int(scale or 1), "logicalBaseDpi": 96, "dpr": 1}]}),
        encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "AIDANT_SETTINGS_SCOPE": "test"}
    # An address where nothing answers: the window, not a training server, is looked at.
    done = subprocess.run([sys.executable, "-c", _LOOK, "--backend", "http://127.0.0.1:9",
                           *args], env=env, capture_output=True, text=True, timeout=60,
                          check=False, cwd=Path(__file__).resolve().parents[2])
    line = next((x for x in done.stdout.splitlines() if x.startswith("CUT ")), None)
    assert line is not None, done.stdout + done.stderr[-2000:]
    assert line == "CUT []", line
