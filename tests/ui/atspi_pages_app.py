"""The wizard in one language, every page then the help and settings dialogs, for an AT-SPI reader.

Run by tests/ui/test_accessibility_atspi_languages.py under scripts/atspi_tree.py: for each
page it writes MARKER.page (the page's name) and waits until the reader has read the tree
(MARKER.page.read); then it writes MARKER and quits. Each page is set up as in
tests/ui/test_accessibility.py (open_step), on a training server.

    python tests/ui/atspi_pages_app.py LANGUAGE MARKER
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TICK_MS = 150
SETTLE_TICKS = 4  # after a page is shown and idle, before its tree is read
WAIT_LIMIT = 200  # ticks before giving up on the reader or the page


def main() -> int:
    language, marker = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from aidant_app.api.client import AidantClient
    from aidant_app.journey import Step
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.help_dialog import HelpDialog
    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.settings_dialog import SettingsDialog
    from aidant_app.ui.settings_store import SettingsStore
    from aidant_app.ui.window import MainWindow
    from tests.support.server import server_process
    from tests.ui.test_accessibility import open_step

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Aidant")
    QGuiApplication.setApplicationDisplayName("Aidant")
    asked, read = Path(f"{marker}.page"), Path(f"{marker}.page.read")
    log_file = Path(f"{marker}.log")

    def log(line: str) -> None:
        with log_file.open("a", encoding="utf-8") as out:
            out.write(line + "\n")

    with server_process("--host", "127.0.0.1") as server, tempfile.TemporaryDirectory() as tmp:
        client = AidantClient(server.base_url)
        ctx = AppContext()
        ctx.client, ctx.backend_url = client, server.base_url
        ctx.meta = client.meta()
        ctx.settings = SettingsStore(os.path.join(tmp, "settings.ini"))
        translations = Translations(app)
        window = MainWindow(ctx, ctx.settings, translations)
        window.show()
        window.set_language(language)
        if translations.language != language:
            log(f"gave up: no translation for {language}")
        opened: list = []

        def show(step):
            def prepare() -> None:
                open_step(window, step)
            return prepare

        def dialog(make):
            def prepare() -> None:
                while opened:
                    opened.pop().done(0)
                opened.append(make())
                opened[-1].show()
            return prepare

        pages = [(step.value, show(step)) for step in Step]
        pages += [("help dialog", dialog(lambda: HelpDialog(ctx, window))),
                  ("settings dialog", dialog(lambda: SettingsDialog(ctx.settings, window)))]
        state = {"ticks": 0, "settled": 0, "waiting": False, "prepared": False}

        def ready() -> bool:
            if ctx.runner.busy:
                return False
            state["settled"] += 1
            return state["settled"] >= SETTLE_TICKS

        def tick() -> None:
            state["ticks"] += 1
            if state["ticks"] > WAIT_LIMIT:
                log(f"gave up at {pages[0][0] if pages else 'the end'}")
                pages.clear()
                state["waiting"] = False
            if state["waiting"]:
                if read.exists():
                    asked.unlink()
                    read.unlink()
                    log(f"page {pages.pop(0)[0]}: read")
                    state.update(waiting=False, ticks=0, settled=0, prepared=False)
            elif pages:
                name, prepare = pages[0]
                if not state["prepared"]:
                    prepare()
                    state["prepared"] = True
                if ready():
                    temporary = asked.with_suffix(".tmp")
                    temporary.write_text(name, encoding="utf-8")
                    temporary.replace(asked)
                    state["waiting"] = True
            else:
                Path(marker).write_text("done\n", encoding="utf-8")
                if Path(f"{marker}.read").exists() or state["ticks"] > 40:
                    app.quit()
                    return
            QTimer.singleShot(TICK_MS, tick)

        QTimer.singleShot(1500, tick)  # the reader registers on the bus first
        app.exec()
        while opened:
            opened.pop().done(0)
        window.idle.stop()
        ctx.runner.wait_for_done(5000)
        client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
