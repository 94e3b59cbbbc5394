"""Types into every secret field of every page and dialog, with real keys, for an AT-SPI reader.

Run by tests/ui/test_secret_fields_atspi.py under scripts/atspi_tree.py. Every page of the
journey and the training inbox are searched for secret fields (as the in-process test
tests/ui/test_secret_fields.py does); each found is shown, typed into, shown in clear
("Afficher"), typed into again and cleared. A plain field is typed into too, so the test
knows the listener hears typing. What was typed where goes to MARKER.json; then MARKER is
written, the reader reads the tree and writes MARKER.read, and the app quits.

    python tests/ui/atspi_secrets_app.py MARKER
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PLAIN_TYPED = "ecoute.test@exemple.fr"  # typed into a plain field: must be heard
STEP_MS = 250
WAIT_LIMIT = 80


def secret_for(index: int) -> str:
    """A different password per field, with letters, digits and signs."""
    return f"Kq{index}-Zorvax#{index}{index}w"


def main() -> int:
    marker = sys.argv[1]
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QAccessible, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from aidant_app.api.client import AidantClient
    from aidant_app.journey import Step
    from aidant_app.ui import a11y_roles
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.inbox_dialog import InboxDialog
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
        ctx.meta = client.meta()
        ctx.settings = SettingsStore(os.path.join(tmp, "settings.ini"))
        translations = Translations(app)
        translations.switch("fr")
        window = MainWindow(ctx, ctx.settings, translations)
        window.show()
        typed: list[dict] = []
        state: dict = {"waited": 0, "dialog": None}
        steps: list = []

        def secret_fields(root) -> list[QLineEdit]:
            return [e for e in root.findChildren(QLineEdit) if a11y_roles.is_secret(e)]

        def show_page(step):
            def run() -> bool:
                window.show_step(step)
                return window.current_page is window.page(step)
            return run

        def type_into(edit, text: str, where: str) -> None:
            def run() -> bool:
                page = window.current_page
                if not edit.isVisible() and page is not None and page.isAncestorOf(edit):
                    page.reveal(edit)  # the account form's group of questions that has it
                if not edit.isVisible():
                    edit.window().activateWindow()
                    return False
                edit.setFocus()
                QTest.keyClicks(edit, text)
                typed.append({"where": where, "field": edit.objectName(),
                              "name": edit.accessibleName(), "text": text,
                              "secret": a11y_roles.is_secret(edit)})
                return True
            steps.append((f"type {where}/{edit.objectName()}", run))

        def toggle_shown(edit, shown: bool) -> None:
            def run() -> bool:
                edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                 else QLineEdit.EchoMode.Password)
                return True
            steps.append((f"shown={shown} {edit.objectName()}", run))

        def clear(edit) -> None:
            def run() -> bool:
                edit.setFocus()
                edit.selectAll()
                QTest.keyClick(edit, Qt.Key.Key_Delete)
                return edit.text() == ""
            steps.append((f"clear {edit.objectName()}", run))

        def plan() -> bool:
            # Pages are built once a screen reader listens, as in the app (pages are built
            # after the first window): then Qt makes interfaces as soon as a field is named.
            if not QAccessible.isActive():
                return False
            index = 0
            for step in Step:
                page = window.page(step)
                if step == Step.START:
                    page.signin  # the helper's form, built on first use  # noqa: B018
                fields = secret_fields(page)
                if step == Step.START:
                    steps.append(("helper mode", lambda p=page: (p.helper_radio.click(), True)[1]))
                if not fields:
                    continue
                steps.append((f"show {step.value}", show_page(step)))
                for edit in fields:
                    index += 1
                    type_into(edit, secret_for(index), step.value)
                    toggle_shown(edit, True)
                    type_into(edit, "Ww9", step.value)
                    toggle_shown(edit, False)
                    clear(edit)

            plain_page = window.page(Step.EMAIL_ADDRESS)
            plain = next(e for e in plain_page.findChildren(QLineEdit)
                         if not a11y_roles.is_secret(e))
            steps.append(("show e-mail", show_page(Step.EMAIL_ADDRESS)))
            type_into(plain, PLAIN_TYPED, Step.EMAIL_ADDRESS.value)

            state["dialog"] = dialog = InboxDialog(
                ctx, "camille.martin@exemple.fr", needs_password=True,
                parent=window)
            steps.append(("open inbox", lambda: (dialog.show(), dialog.activateWindow(), True)[2]))
            for edit in secret_fields(dialog):
                index += 1
                type_into(edit, secret_for(index), "training inbox")
                clear(edit)

            return True

        steps.append(("plan", plan))
        left = Path(f"{marker}.log")

        def log(line: str) -> None:
            with left.open("a", encoding="utf-8") as out:
                out.write(line + "\n")

        def tick() -> None:
            if not steps:
                if not os.path.exists(marker):
                    Path(f"{marker}.json").write_text(json.dumps(typed), encoding="utf-8")
                    Path(marker).write_text("done\n", encoding="utf-8")
                if os.path.exists(f"{marker}.read") or state["waited"] > WAIT_LIMIT:
                    app.quit()
                    return
                state["waited"] += 1
                QTimer.singleShot(STEP_MS, tick)
                return
            name, action = steps.pop(0)
            if action():
                log(f"step {name}: done")
                state["waited"] = 0
            else:
                steps.insert(0, (name, action))
                state["waited"] += 1
                if state["waited"] > WAIT_LIMIT:
                    log(f"step {name}: gave up")
                    steps.clear()
            QTimer.singleShot(STEP_MS, tick)

        QTimer.singleShot(1500, tick)  # the reader registers on the bus first
        app.exec()
        if state["dialog"] is not None:
            state["dialog"].close()
        window.idle.stop()
        ctx.runner.wait_for_done(5000)
        client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
