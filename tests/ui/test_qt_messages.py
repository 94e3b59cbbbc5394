"""Qt's own warnings never print a web address, an e-mail address or a number typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from aidant_app.ui.qt_messages import redact

ROOT = Path(__file__).resolve().parents[2]
LINK = "http://127.0.0.1:8123/activate/Zq7-fictif"

PROGRAM = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
if sys.argv[1] == "handled":
    from aidant_app.ui import qt_messages
    qt_messages.install()
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
app = QApplication([])
QDesktopServices.openUrl(QUrl({LINK!r}))  # no browser here: Qt warns, quoting the link
"""


def _stderr(mode: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROGRAM, mode], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stderr


def test_qt_quotes_the_link_unless_the_handler_is_installed():
    assert LINK in _stderr("plain")  # what Qt does by itself: the case to prevent
    handled = _stderr("handled")
    assert LINK not in handled and "activate" not in handled
    assert "<web address>" in handled  # the message itself still says what went wrong


def test_redact_hides_addresses_and_numbers():
    text = redact("launch 'https://ameli.example/x?y=1' for claire.fictive@example.org, "
                  "NIR 2 84 12 75 116 001 23, code 482913, FR76 3000 6000 0112 3456 7890 189")
    for secret in ("ameli.example", "claire.fictive", "example.org", "84 12 75", "482913",
                   "FR76", "3000 6000"):
        assert secret not in text, secret
    assert "launch" in text and "NIR" in text
