"""Save screenshots of guided mode (the start choice, the companion, the activation question).

    xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb python scripts/screenshots_guided.py

Runs the reference server as a person at home gets it (live, guided, no mail), with a
fictitious person of the training population typed into the companion's checks. PNG files
go to docs/screenshots/<width>x<height>/guided_*.png, at 100 % and 200 % text (big_guided_*).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.server import server_process

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

EMAIL = "claire.fictive@example.org"
GUIDED_HOME = ("--mode", "live", "--account-creation", "guided", "--email-proof", "none")


class GuidedShooter:
    def __init__(self, out: Path, url: str) -> None:
        from aidant_app.api.client import AidantClient
        from aidant_app.server.population import PEOPLE, READY
        from aidant_app.ui.context import AppContext
        from aidant_app.ui.i18n import Translations
        from aidant_app.ui.settings_store import SettingsStore
        from aidant_app.ui.window import MainWindow

        self.out = out
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.settings_dir = tempfile.TemporaryDirectory()
        self.settings = SettingsStore(os.path.join(self.settings_dir.name, "settings.ini"))
        self.ctx = AppContext()
        self.ctx.own_server = True  # as with no backend configured: the start page asks
        self.ctx.client, self.ctx.backend_url = AidantClient(url), url
        self.ctx.settings = self.settings
        self.ctx.set_meta(self.ctx.client.meta())
        self.translations = Translations(self.app)
        self.window = MainWindow(self.ctx, self.settings, self.translations)
        self.window.show()
        self.who = next(p for p in PEOPLE if p.situation == READY)
        QTest.qWait(300)

    def save(self, name: str) -> None:
        QTest.qWait(250)
        path = self.out / f"{name}.png"
        self.window.grab().save(str(path))
        print("saved", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def scroll_to(self, widget) -> None:
        """Scroll the page so that `widget` shows (what the shot is about)."""
        from PySide6.QtWidgets import QScrollArea

        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QTest.qWait(100)
            parent.ensureWidgetVisible(widget, 0, 24)

    def companion_at(self, step_id: str):
        from aidant_app.journey import Step

        page = self.window.current_page
        if page.step != Step.COMPANION:
            self.window.jump_to(Step.COMPANION)
            page = self.window.current_page
        index = [s.id for s in page.signup.steps].index(step_id)
        self.ctx.journey.answers.companion_step = index
        page._show()
        return page

    def run(self, prefix: str) -> None:
        from aidant_app.journey import HOME, Step
        from aidant_app.journey.state import REAL, SEEN_WELCOME

        journey = self.ctx.journey
        page = self.window.current_page
        page.real_button.click()  # no restart here: the window's server is already guided
        page.home_radio.click()
        self.scroll_to(page.practice_button)
        self.save(f"{prefix}guided_01_start_choice")
        answers = journey.answers
        answers.mode, answers.consent, answers.purpose = HOME, True, REAL
        answers.has_mailbox, answers.email = True, EMAIL
        journey.facts.checked_for = EMAIL
        self.window.jump_to(Step.EMAIL_SEEN)
        self.save(f"{prefix}guided_02_email_seen")
        answers.mailbox_seen, answers.has_ameli_account = SEEN_WELCOME, False
        page = self.companion_at("open")
        self.save(f"{prefix}guided_03_companion_open")
        page = self.companion_at("nir")
        page.check.inputs["nir"].edit.setText(self.who.nir)
        page.check.check()
        self.scroll_to(page.check.result)
        self.save(f"{prefix}guided_04_companion_nir_checked")
        page = self.companion_at("birth_date")
        self.scroll_to(page.if_missing)
        self.save(f"{prefix}guided_05_companion_uncertain_step")
        page = self.companion_at("email")
        page.check.copy.click()
        self.scroll_to(page.check.result)
        self.save(f"{prefix}guided_06_companion_email_copied")
        QApplication.clipboard().clear()
        page = self.companion_at("password")
        page.not_like_this.click()
        self.scroll_to(page.way_forward)
        self.save(f"{prefix}guided_07_companion_screen_differs")
        page.all_steps_fold.open()
        self.scroll_to(page.all_steps)
        self.save(f"{prefix}guided_08_companion_all_steps")
        answers.official_created = True
        self.window.jump_to(Step.ACTIVATION_QUESTION)
        question = self.window.current_page
        question.buttons["activationNotYet"].click()
        self.scroll_to(question.help)
        self.save(f"{prefix}guided_09_activation_question")
        answers.activation_seen = True
        self.window.jump_to(Step.DONE)
        self.save(f"{prefix}guided_10_done")
        self.ctx.wipe()  # the shell shows the start page again


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        help="folder (default: docs/screenshots/<screen width>x<height>)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    screen = app.primaryScreen().availableGeometry()
    out = args.out or ROOT / "docs" / "screenshots" / f"{screen.width()}x{screen.height()}"
    out.mkdir(parents=True, exist_ok=True)
    with server_process(*GUIDED_HOME) as server:
        shooter = GuidedShooter(out, server.base_url)
        for scale, prefix in ((100, ""), (200, "big_")):
            shooter.window.set_text_scale(scale)
            shooter.run(prefix)
        shooter.window.set_text_scale(100)
        shooter.window.close()
        shooter.ctx.runner.wait_for_done(5000)
        QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
