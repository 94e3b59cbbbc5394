"""A newcomer's first start: the title bar, the practice helper's login where it is needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from aidant_app.server import population
from aidant_app.ui import helper_signin

ROOT = Path(__file__).resolve().parents[2]
_LOOK = """
import subprocess, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import aidant_app.app as start
from aidant_app.ui.first_paint import FirstPaint

def look():
    app = QApplication.instance()
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            out = subprocess.run(["xprop", "-id", str(int(widget.winId())), "_NET_WM_NAME"],
                                 capture_output=True, text=True).stdout
            print("TITLE " + out.strip(), flush=True)
    app.quit()

fire = FirstPaint.fire
def fire_then_look(self):
    QTimer.singleShot(200, look)
    fire(self)
FirstPaint.fire = fire_then_look
sys.exit(start.main(["--backend", "http://127.0.0.1:9"]))
"""


@pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("xprop")),
                    reason="needs xvfb-run and xprop (Debian: xvfb xauth x11-utils)")
def test_the_title_bar_says_aidant_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               QT_QPA_PLATFORM="xcb")
    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", _LOOK], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    titles = [line for line in result.stdout.splitlines() if line.startswith("TITLE ")]
    assert titles, result.stdout + result.stderr
    for title in titles:
        assert title.count("Aidant") == 1, title  # what the window manager shows


def test_the_practice_login_is_the_training_servers(qapp) -> None:
    assert (helper_signin.PRACTICE_LOGIN, helper_signin.PRACTICE_PASSWORD) == (
        population.HELPER_LOGIN, population.HELPER_PASSWORD)


def test_the_sign_in_says_the_practice_login_in_training_mode_only(qtbot, window) -> None:
    page = window.current_page
    qtbot.mouseClick(page.helper_radio, Qt.MouseButton.LeftButton)
    signin = page.signin
    assert window.ctx.training
    assert signin.practice.isVisibleTo(window)
    assert population.HELPER_LOGIN in signin.practice.text()
    assert population.HELPER_PASSWORD in signin.practice.text()
    window.ctx.meta = replace(window.ctx.meta, mode="live")  # a centre's own server
    window.ctx.meta_changed.emit()
    assert not signin.practice.isVisibleTo(window)


@pytest.mark.parametrize("platform, words, not_words", [
    ("win32", ("Windows",), ("Choose password", "Mac")),
    ("darwin", ("Mac", "Toujours autoriser"), ("Choose password", "Windows")),
    ("linux", ("Choose password for new keyring",), ("Mac", "Windows")),
])
def test_the_keyring_note_speaks_of_this_system(qtbot, window, platform, words,
                                                not_words) -> None:
    signin = window.current_page.signin
    text = signin.keyring_words(platform)
    for word in words:
        assert word in text
    for word in not_words:
        assert word not in text


def test_aidant_server_help_gives_the_practice_login() -> None:
    result = subprocess.run([sys.executable, "-m", "aidant_app.server.cli", "--help"],
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert population.HELPER_LOGIN in result.stdout
    assert population.HELPER_PASSWORD in result.stdout
