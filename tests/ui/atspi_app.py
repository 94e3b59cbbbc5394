"""The wizard on a training server, driven by real key and mouse events, for an AT-SPI reader.

Run by tests/ui/test_accessibility_atspi.py under scripts/atspi_tree.py (which listens on the
accessibility bus): it types a wrong then the right helper password (the field's events must
not carry it), signs in, gives the consent and moves to the e-mail question; then it writes
MARKER, waits for MARKER.read (the reader has read the tree) and quits.

    python tests/ui/atspi_app.py MARKER
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WRONG_PASSWORD = "Mauvais-Secret-77"  # typed, never to be seen on the bus
STEP_MS = 400
WAIT_LIMIT = 60  # steps of STEP_MS before giving up on a condition


def main() -> int:
    marker = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from aidant_app.api.client import AidantClient
    from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.settings_store import SettingsStore
    from aidant_app.ui.window import MainWindow
    from tests.support.server import server_process

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Aidant")
    QGuiApplication.setApplicationDisplayName("Aidant")
    with server_process("--host", "127.0.0.1") as server, tempfile.TemporaryDirectory() as tmp:
        client = AidantClient(server.base_url)
        ctx = AppContext()
        ctx.client, ctx.backend_url = client, server.base_url
        ctx.meta = client.meta()  # as tests/ui/conftest.py's app_ctx
        ctx.settings = SettingsStore(os.path.join(tmp, "settings.ini"))
        translations = Translations(app)
        translations.switch("fr")
        window = MainWindow(ctx, ctx.settings, translations)
        window.show()
        left = Path(f"{marker}.log")

        def log(line: str) -> None:
            with left.open("a", encoding="utf-8") as out:
                out.write(line + "\n")

        steps = _steps(window, QTest, HELPER_LOGIN, HELPER_PASSWORD)
        state = {"waited": 0}

        def tick() -> None:
            if not steps:
                if not os.path.exists(marker):
                    Path(marker).write_text("done\n", encoding="utf-8")
                if os.path.exists(f"{marker}.read") or state["waited"] > WAIT_LIMIT:
                    app.quit()
                    return
                state["waited"] += 1
                QTimer.singleShot(STEP_MS, tick)
                return
            name, action = steps[0]
            if action():
                log(f"step {name}: done")
                steps.pop(0)
                state["waited"] = 0
            else:
                state["waited"] += 1
                if state["waited"] > WAIT_LIMIT:
                    log(f"step {name}: gave up")
                    steps.clear()
            QTimer.singleShot(STEP_MS, tick)

        QTimer.singleShot(1500, tick)  # the reader registers on the bus first
        app.exec()
        window.idle.stop()
        ctx.runner.wait_for_done(5000)
        client.close()
    return 0


def _steps(window, QTest, login: str, password: str) -> list:
    from PySide6.QtCore import Qt

    page = window.current_page

    def click(widget) -> bool:
        if not (widget.isVisible() and widget.isEnabled()):
            return False
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        return True

    def type_into(edit, text: str) -> bool:
        if not edit.isVisible():
            return False
        edit.setFocus()
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        QTest.keyClicks(edit, text)
        return True

    def signin():
        return page.signin

    return [
        ("helper mode", lambda: click(page.helper_radio)),
        ("login", lambda: type_into(signin().login_edit, login)),
        ("wrong password", lambda: type_into(signin().password_edit, WRONG_PASSWORD)),
        ("sign in", lambda: click(signin().sign_in_button)),
        ("error shown", lambda: bool(window.error_area.message)),
        ("right password", lambda: type_into(signin().password_edit, password)),
        ("sign in again", lambda: click(signin().sign_in_button)),
        ("signed in", lambda: window.ctx.helper_signed_in and not page.busy),
        ("consent", lambda: click(page.consent)),
        ("continue", lambda: click(window.next_button)),
        ("triage", lambda: window.current_page.step.value == "triage"
         and window.current_page.isVisible()),
        ("none of these", lambda: click(window.current_page.buttons["none"])),
        ("e-mail question", lambda: window.current_page.step.value == "email_question"
         and window.current_page.isVisible()),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
