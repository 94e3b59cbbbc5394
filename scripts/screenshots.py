"""Save a screenshot of every wizard page (and dialogs) with fictitious data, on the training server.

    xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb python scripts/screenshots.py
    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb python scripts/screenshots.py
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py        # also works

The window is as large as the app makes it on that screen (never larger than the screen).
PNG files go to docs/screenshots/<width>x<height>/ (or --out): each page at 100 % text, at
200 % (big_*), in high contrast (contrast_*) and in English (english_*); --scales changes
the sizes. `--lang ar` shoots every page and dialog in that language instead, into
docs/screenshots/ar/ (scripts/screenshots_lang.py). Debian packages for Xvfb: see TESTING.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.server import server_process

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

EMAIL = "claire.fictive{n}@example.org"  # one per series: codes have a resend cooldown
PASSWORD = "Bonjour-Soleil-2026"


class Shooter:
    def __init__(self, out: Path, url: str) -> None:
        from aidant_app.api.client import AidantClient
        from aidant_app.ui.context import AppContext
        from aidant_app.ui.i18n import Translations
        from aidant_app.ui.settings_store import SettingsStore
        from aidant_app.ui.window import MainWindow
        from aidant_app.vault import Vault

        self.out = out
        self.full_pages = False
        self.full_wanted = False
        self.only: tuple[str, ...] | None = None  # page names to save in this series
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.settings_dir = tempfile.TemporaryDirectory()
        self.settings = SettingsStore(os.path.join(self.settings_dir.name, "settings.ini"))
        self.client = AidantClient(url)
        self.ctx = AppContext()
        self.ctx.client, self.ctx.backend_url = self.client, url
        self.ctx.meta = self.client.meta()
        self.ctx.settings = self.settings
        self.ctx.vault = Vault(timeout=2.0)
        self.ctx.vault.probe()
        self.translations = Translations(self.app)
        self.window = MainWindow(self.ctx, self.settings, self.translations)
        self.window.show()
        self.people = [p for p in self.client.training_people() if p.situation == "ready"]
        self.wait(300)

    def wait(self, ms: int = 250) -> None:
        QTest.qWait(ms)  # a script may spin the event loop; the app itself never does

    def save(self, name: str, widget=None) -> None:
        if self.only is not None and not any(name.endswith(k) for k in self.only) and widget is None:
            return
        self.wait()
        path = self.out / f"{name}.png"
        (widget or self.window).grab().save(str(path))
        print("saved", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        if self.full_pages and widget is None:
            # The whole page as it scrolls, to check that nothing is cut at large text.
            full = self.out / f"{name}_full.png"
            self.window.current_page.grab().save(str(full))

    def person(self, index: int = 0) -> None:
        from aidant_app.journey import HELPER

        p, journey = self.people[index], self.ctx.journey
        answers = journey.answers
        answers.mode, answers.consent, answers.fictitious = HELPER, True, True
        answers.first_name, answers.last_name = p.first_name, p.last_name
        answers.form["nir"] = p.nir
        answers.form["birth_date"] = p.birth_date.isoformat()
        answers.form["postal_code"] = p.postal_code
        journey.answers.form["iban"] = p.iban

    def go(self, step) -> None:
        self.window.jump_to(step)

    def journey_pages(self, prefix: str) -> None:
        from aidant_app.journey import ROUTE_EXISTING, Step

        self.series = getattr(self, "series", 0) + 1
        email = EMAIL.format(n=self.series if self.series > 1 else "")
        ctx, journey = self.ctx, self.ctx.journey
        self.save(f"{prefix}01_start")
        page = self.window.current_page
        page.helper_radio.click()
        self.save(f"{prefix}02_start_helper")
        self.person(0)
        self.triage_pages(prefix)
        journey.answers.provider_id = "laposte"  # the provider page as after choosing one
        for number, step in enumerate(
                (Step.RESUME, Step.EMAIL_QUESTION, Step.MAILBOX_CHOICE, Step.MAILBOX_SERVICE,
                 Step.MAILBOX_PROVIDER), start=3):
            self.go(step)
            self.save(f"{prefix}{number:02d}_{step.value}")
            if step == Step.MAILBOX_SERVICE:
                self.mailbox_password_part(f"{prefix}{number:02d}b_{step.value}_password")
        journey.answers.has_mailbox, journey.answers.mailbox_route = True, ROUTE_EXISTING
        journey.answers.email = email
        self.go(Step.EMAIL_ADDRESS)
        self.save(f"{prefix}08_email_address")
        verification = ctx.client.start_email_verification(email)
        journey.facts.verification_id = verification.id
        self.go(Step.EMAIL_CODE)
        self.save(f"{prefix}09_email_code")
        journey.facts.proof_for = journey.email
        for number, step in ((10, Step.ACCOUNT_QUESTION), (11, Step.ACCOUNT_EXISTS_HELP),
                             (12, Step.ACCOUNT_FORM)):
            self.go(step)
            self.save(f"{prefix}{number}_{step.value}")
        # A recovery path chosen: its steps, the login page's button and QR code.
        journey.answers.recovery = "forgot_password"
        self.go(Step.ACCOUNT_EXISTS_HELP)
        self.save(f"{prefix}11b_recovery_forgot_password")
        journey.answers.recovery = "forgot_address"
        self.go(Step.ACCOUNT_EXISTS_HELP)
        self.save(f"{prefix}11c_recovery_forgot_address")
        journey.answers.recovery = None
        journey.answers.form["password"] = PASSWORD
        self.go(Step.ACCOUNT_FORM)
        self.save(f"{prefix}12_account_form")
        self.account_form_groups(prefix)
        self.account_form_error(prefix)
        fields = {"nir": journey.nir, "birth_date": journey.birth_date,
                  "postal_code": journey.postal_code, "email": journey.email,
                  "password": PASSWORD, "terms_version": ctx.meta.terms.version}
        if "iban" in ctx.meta.account_fields:
            fields["iban"] = journey.iban
        account = ctx.client.create_account(fields, str(uuid.uuid4()))
        self.inbox_address = email  # its activation message: the inbox's shot
        journey.facts.account_id, journey.facts.account_status = account.id, account.status
        journey.facts.masked_email, journey.facts.journey_code = account.email, account.journey_code
        journey.facts.account_secret = account.secret  # API 1.2: polling needs it
        self.go(Step.ACTIVATION)
        self.save(f"{prefix}13_activation")
        journey.facts.account_status = "active"
        self.go(Step.MAILBOX_LIFE)  # laposte (provider_id above): a 4-month rule and a QR
        self.save(f"{prefix}13b_mailbox_life")
        self.go(Step.DONE)
        self.save(f"{prefix}14_done")
        self.people.pop(0)
        ctx.wipe()

    def mailbox_password_part(self, name: str) -> None:
        """Where the mailbox form asks one thing at a time: its second part, the password."""
        page = self.window.current_page
        if not page.paged:
            return
        self.window.next_button.click()  # the name was filled from the fictitious person
        self.wait(300)
        self.save(name)

    def triage_pages(self, prefix: str) -> None:
        """The triage question, then each of its exits (issue 19)."""
        from aidant_app.journey import Step, triage

        journey = self.ctx.journey
        self.go(Step.TRIAGE)
        self.save(f"{prefix}02b_triage")
        for situation in triage.EXITS:
            journey.answers.triage = situation
            self.go(Step.TRIAGE_EXIT)
            self.save(f"{prefix}02c_exit_{situation}")
        journey.answers.triage = triage.NONE_OF_THESE

    def account_form_groups(self, prefix: str) -> None:
        """Where the form asks one group of questions at a time: each group after the first."""
        from aidant_app.journey import Step

        page = self.window.current_page
        if not page.groups.paged:
            return
        while not page.groups.is_last():
            if "password" in page.groups.current():
                page.inputs["password"].edit.setText(PASSWORD)
            self.window.next_button.click()
            self.wait(300)
            self.save(f"{prefix}12c_account_form_question{page.groups.index + 1}")
        self.go(Step.ACCOUNT_FORM)  # the first group again, as before

    def inbox_message(self, name: str) -> None:
        """The training inbox open on the activation message (its link must show)."""
        from aidant_app.ui.inbox_dialog import InboxDialog

        dialog = InboxDialog(self.ctx, self.inbox_address, False, self.window)
        dialog.show()
        for _ in range(50):
            self.wait(100)
            if dialog.list.count():
                break
        self.save(name, dialog)
        dialog.done(0)

    def account_form_error(self, prefix: str) -> None:
        """The form after sending a temporary number: the error under its field."""
        temporary = next(
            p for p in self.client.training_people() if p.situation == "temporary_number"
        )
        page, kept = self.window.current_page, self.ctx.journey.nir
        page.inputs["nir"].edit.setText(temporary.nir.replace(" ", ""))
        self.window.next_button.click()
        self.wait(800)
        self.save(f"{prefix}12b_account_form_temporary_number")
        self.ctx.journey.answers.form["nir"] = kept
        self.go(self.window.current_page.step)  # the form again, as before

    def dialogs(self) -> None:
        from aidant_app.ui.help_dialog import HelpDialog
        from aidant_app.ui.idle import IdleDialog
        from aidant_app.ui.inbox_dialog import InboxDialog
        from aidant_app.ui.settings_dialog import SettingsDialog

        for name, dialog in (("20_help", HelpDialog(self.ctx, self.window)),
                             ("21_settings", SettingsDialog(self.settings, self.window)),
                             ("22_idle_warning", IdleDialog(30, 60_000, self.window)),
                             ("23_inbox", InboxDialog(self.ctx, "claire.fictive@entrainement"
                                                      ".example", True, self.window))):
            dialog.show()
            self.save(name, dialog)
            dialog.done(0)
        self.inbox_message("23b_inbox_message")

    def run(self, scales: tuple[int, ...] = (100, 200)) -> None:
        for scale in scales:
            prefix = "" if scale == 100 else ("big_" if scale == 200 else f"text{scale}_")
            self.window.set_text_scale(scale)
            self.full_pages = self.full_wanted and scale > 100
            self.journey_pages(prefix)
            self.full_pages = False
            if scale == 100:
                self.dialogs()
            else:
                self.dialogs_big(prefix)
        self.window.set_text_scale(100)
        self.window.set_high_contrast(True)
        self.only = ("start_helper", "email_code", "account_form", "activation", "done")
        self.journey_pages("contrast_")
        self.only = None
        self.window.set_high_contrast(False)
        self.window.set_language("en")
        self.save("english_01_start")
        self.window.set_language("fr")

    def dialogs_big(self, prefix: str = "big_") -> None:
        from aidant_app.ui.help_dialog import HelpDialog
        from aidant_app.ui.inbox_dialog import InboxDialog

        for name, dialog in (
                ("20_help", HelpDialog(self.ctx, self.window)),
                ("23_inbox", InboxDialog(self.ctx, "claire.fictive@entrainement.example", True,
                                         self.window))):
            dialog.show()
            self.save(f"{prefix}{name}", dialog)
            dialog.done(0)
        self.inbox_message(f"{prefix}23b_inbox_message")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        help="folder (default: docs/screenshots/<screen width>x<height>)")
    parser.add_argument("--scales", default="100,200",
                        help="text sizes in percent, comma-separated (default 100,200)")
    parser.add_argument("--lang", help="every page and dialog, both modes, in this language, "
                        "into docs/screenshots/<lang>/ (scripts/screenshots_lang.py)")
    parser.add_argument("--full", action="store_true",
                        help="at 200 %% also save each whole page as it scrolls (*_full.png)")
    args = parser.parse_args()
    if args.lang:
        from screenshots_lang import main as language_main

        return language_main([args.lang] + (["--out", str(args.out)] if args.out else []))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    screen = app.primaryScreen().availableGeometry()
    out = args.out or ROOT / "docs" / "screenshots" / f"{screen.width()}x{screen.height()}"
    out.mkdir(parents=True, exist_ok=True)
    with server_process("--host", "127.0.0.1") as server:
        shooter = Shooter(out, server.base_url)
        shooter.full_wanted = args.full
        shooter.run(tuple(int(s) for s in args.scales.split(",")))
        shooter.window.close()
        shooter.ctx.runner.wait_for_done(5000)
        QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
