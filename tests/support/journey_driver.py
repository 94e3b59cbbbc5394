"""Drives the real wizard window through journeys as a person would (no-trace test, benchmark).

No pytest here: the driver runs inside a plain process whose HOME, XDG folders and TMPDIR
were set before it started. It waits with nested event loops (the app's own timers keep
running), and does its own HTTP (reading the training inbox, opening a link as a browser
would) on a worker thread, so the GUI thread only does the app's work.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from aidant_app.journey import Step
from tests.support.training_mail import DriverError, TrainingMail

HELPER_LOGIN, HELPER_PASSWORD = "aidant.demo", "Entrainement-2026"


class Driver(TrainingMail):
    """`window` is the app's MainWindow; `api_url` a direct address of the training server."""

    def __init__(self, window, api_url: str = "", key_delay_ms: int = 0) -> None:
        self.window, self.ctx = window, window.ctx
        self.api_url = api_url  # "" means: the app's own backend, once it is known
        self._api = None
        self.key_delay_ms = key_delay_ms
        self.values: set[str] = set()  # every person value typed or received (for scans)
        self.secrets: set[str] = set()  # passwords, codes, tokens: never even in the memo

    @property
    def api(self):
        """The driver's own client of the training server (inbox, people), made on first use."""
        if self._api is None:
            from aidant_app.api.client import AidantClient

            self.api_url = self.api_url or self.ctx.backend_url
            self._api = AidantClient(self.api_url)
        return self._api

    # --- waiting --------------------------------------------------------------------------------

    def wait(self, ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(self, condition: Callable[[], Any], what: str, timeout_ms: int = 30_000) -> Any:
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise DriverError(f"timed out waiting for {what}")
            self.wait(20)

    def wait_idle(self, what: str = "background calls") -> None:
        self.wait_until(lambda: not self.ctx.runner.busy and not self._page().busy, what)

    def in_thread(self, fn: Callable[[], Any], what: str, timeout_ms: int = 30_000) -> Any:
        """Run the driver's own HTTP off the GUI thread, keeping the event loop turning."""
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["value"] = fn()
            except Exception as error:  # noqa: BLE001 - re-raised on the GUI thread
                box["error"] = error

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        self.wait_until(lambda: not thread.is_alive(), what, timeout_ms)
        if "error" in box:
            raise DriverError(f"{what}: {type(box['error']).__name__}") from box["error"]
        return box.get("value")

    # --- acting ---------------------------------------------------------------------------------

    def _page(self):
        return self.window.current_page

    def step(self) -> Step:
        return self.ctx.flow.current

    def wait_step(self, step: Step, timeout_ms: int = 30_000) -> Any:
        self.wait_until(lambda: self.step() == step and self._page().step == step,
                        f"step {step.value}", timeout_ms)
        return self._page()

    def type(self, edit: QLineEdit, text: str, clear: bool = True) -> None:
        """Type like a person: one key event at a time (spaced out when key_delay_ms > 0)."""
        from PySide6.QtTest import QTest

        edit.setFocus()
        if clear:
            edit.clear()
        if not self.key_delay_ms:
            QTest.keyClicks(edit, text)
            return
        for char in text:
            QTest.keyClicks(edit, char)
            self.wait(self.key_delay_ms)

    def click(self, button, what: str) -> None:
        self.wait_until(lambda: button.isEnabled() and button.isVisible(), f"{what} enabled")
        button.click()
        self.wait(self.key_delay_ms or 1)

    def next(self, what: str = "Continuer") -> None:
        self.click(self.window.next_button, what)

    # --- journey parts --------------------------------------------------------------------------

    def start_home(self) -> None:
        page = self.wait_step(Step.START)
        self.click(page.home_radio, "Je le fais pour moi")
        self.next()

    def sign_in_helper(self, remember: bool) -> None:
        page = self.wait_step(Step.START)
        self.click(page.helper_radio, "J'accompagne une personne")
        signin = page.signin
        if signin.signed_in:
            return
        self.type(signin.login_edit, HELPER_LOGIN)
        self.type(signin.password_edit, HELPER_PASSWORD)
        self.secrets.add(HELPER_PASSWORD)
        if remember:
            self.wait_until(signin.remember.isEnabled, "garder la connexion available")
            signin.remember.setChecked(True)  # the first time, the keyring is asked now
            self.wait_until(lambda: self.ctx.vault is not None, "keyring asked")
            if not self.ctx.vault.available:
                return  # the box unticked itself and says why: nothing to sign in for here
        self.click(signin.sign_in_button, "Se connecter")
        self.wait_until(lambda: self.ctx.helper_signed_in and not page.busy, "helper signed in")

    def sign_out_helper(self) -> None:
        page = self.wait_step(Step.START)
        self.click(page.helper_radio, "J'accompagne une personne")  # shows the sign-in area
        if not page.signin.signed_in:
            return
        self.click(page.signin.sign_out_button, "Se déconnecter")
        self.wait_until(lambda: not self.ctx.helper_signed_in and not page.busy, "signed out")

    def start_helper(self) -> None:
        """Helper mode (signing in again if needed), the person's consent, then Continuer."""
        page = self.wait_step(Step.START)
        self.click(page.helper_radio, "J'accompagne une personne")
        if not page.signin.signed_in:
            self.sign_in_helper(remember=False)
        if not page.consent.isChecked():
            page.consent.setChecked(True)
        self.next()

    def triage(self, situation: str = "none") -> None:
        """Before the e-mail step: "none of these situations" goes on (issue 19)."""
        page = self.wait_step(Step.TRIAGE)
        self.click(page.buttons[situation], "triage answer")

    def mailbox_life(self, ticks: tuple[str, ...] = ("phone", "recovery", "password", "rule")) -> None:
        """After activation: the mailbox-for-life checklist ticked, then Continuer."""
        page = self.wait_step(Step.MAILBOX_LIFE)
        for name in ticks:
            self.click(page.checks[name].box, f"mailbox check {name}")
        self.next("Continuer (boîte pour la vie)")

    def email_question(self, has_address: bool) -> None:
        if self.ctx.flow.current == Step.TRIAGE:
            self.triage()
        page = self.wait_step(Step.EMAIL_QUESTION)
        self.click(page.buttons["emailYes" if has_address else "emailNo"], "e-mail answer")

    def existing_address(self, address: str) -> None:
        """Type an address; the backend checks it, then sends a code (DNS doubts accepted)."""
        page = self.wait_step(Step.EMAIL_ADDRESS)
        self.values.add(address)
        self.type(page.field.edit, address)
        self.next("Continuer (adresse)")
        self.wait_idle("e-mail check")
        if self.step() == Step.EMAIL_ADDRESS and page.keep_address.isVisible():
            self.click(page.keep_address, "Mon adresse est juste")
            self.wait_idle("code sent")

    def address_refused(self, address: str) -> str:
        """Type an address the backend refuses; return the words shown."""
        page = self.wait_step(Step.EMAIL_ADDRESS)
        self.values.add(address)
        self.type(page.field.edit, address)
        self.next("Continuer (adresse refusée)")
        self.wait_idle("e-mail check")
        return page.problem.text() if page.problem.isVisible() else ""

    def training_mailbox(self, first: str, last: str, wanted: str, password: str) -> str:
        page = self.wait_step(Step.MAILBOX_CHOICE)
        self.click(page.service_button, "boîte d'entraînement")
        page = self.wait_step(Step.MAILBOX_SERVICE)
        self.values.update({first, last})
        self.secrets.add(password)
        self.type(page.first_name.edit, first)
        self.type(page.last_name.edit, last)
        self.type(page.wanted.edit, wanted)
        self.type(page.password.edit, password)
        page.wrote.setChecked(True)
        self.next("Créer ma boîte")
        self.wait_step(Step.EMAIL_CODE)
        address = self.ctx.journey.email
        self.values.add(address)
        return address

    def confirm_code(self, address: str, password: str | None = None) -> None:
        page = self.wait_step(Step.EMAIL_CODE)
        self.type(page.field.edit, self.code_from_inbox(address, password))
        self.next("Valider le code")
        self.wait_step(Step.ACCOUNT_QUESTION)

    def account_question_no(self) -> None:
        page = self.wait_step(Step.ACCOUNT_QUESTION)
        self.click(page.buttons["accountNo"], "Non, pas de compte ameli")
        self.wait_step(Step.ACCOUNT_FORM)

    def fill_form(self, who, password: str, nir: str | None = None,
                  postal_code: str | None = None) -> Any:
        page = self.wait_step(Step.ACCOUNT_FORM)
        nir = nir or who.nir
        birth = who.birth_date.isoformat()
        self.values.update({nir, birth, postal_code or who.postal_code, who.iban})
        self.secrets.add(password)
        self.type(page.inputs["nir"].edit, nir)
        page.inputs["birth_date"].set_value(birth)
        self.type(page.inputs["postal_code"].edit, postal_code or who.postal_code)
        if page.inputs["iban"].isVisible():
            self.type(page.inputs["iban"].edit, who.iban)
        self.type(page.inputs["password"].edit, password)
        page.terms.setChecked(True)
        return page

    def submit_form(self) -> Any:
        """Press "Créer mon compte"; return the page once the answer is shown."""
        page = self.wait_step(Step.ACCOUNT_FORM)
        self.next("Créer mon compte")
        self.wait_until(lambda: self.step() != Step.ACCOUNT_FORM or not page.busy, "answer")
        self.wait_idle("account answer")
        return page

    def form_errors(self, page) -> str:
        """Every error the person can see on the form (field errors, the action box, and the
        shell's message: a lost server is said there, once)."""
        texts = [page.action_text.text() if page.action_text.isVisible() else "",
                 self.window.error_area.message if self.window.error_area.isVisible() else ""]
        for field in (page.inputs["nir"], page.inputs["birth_date"], page.inputs["postal_code"], page.inputs["iban"]):
            texts.append(field.error.text() if field.error.isVisible() else "")
        return " | ".join(text for text in texts if text)

    def _note_account_secret(self) -> None:
        """API 1.2: the account's secret is in memory; it must reach no disk either."""
        secret = self.ctx.journey.account_secret
        if secret:
            self.secrets.add(secret)

    def activation_by_browser(self, address: str, password: str | None = None) -> None:
        self.wait_step(Step.ACTIVATION)
        self._note_account_secret()
        self.open_link_as_browser(self.link_from_inbox(address, password))
        # the page polls the status and moves on by itself
        self.wait_step(Step.MAILBOX_LIFE, 60_000)
        self.mailbox_life()
        self.wait_step(Step.DONE)

    def activation_by_pasted_link(self, address: str, password: str | None = None) -> None:
        page = self.wait_step(Step.ACTIVATION)
        self._note_account_secret()
        link = self.link_from_inbox(address, password)
        more = getattr(page, "more", None)  # "I can't find the message" may be folded
        if more is not None and not page.help.isVisible():
            self.click(more.toggle, "Je ne trouve pas le message")
        self.type(page.help.link.edit, link)
        self.click(page.help.confirm_link, "Valider le lien")
        self.mailbox_life()
        self.wait_step(Step.DONE)

    def save_memo(self, path: str, real_dialog: bool = False) -> None:
        """The person chooses where to save. With real_dialog, Qt's own file dialog opens and
        is answered like a person would (it keeps settings of its own); otherwise its static
        function just returns `path`."""

        self.save_page_memo(self.wait_step(Step.DONE), path, real_dialog)

    def save_page_memo(self, page, path: str, real_dialog: bool = False) -> None:
        """Any page's memo button (Done, a triage exit, a recovery path), as save_memo."""
        from PySide6.QtWidgets import QFileDialog

        original = QFileDialog.getSaveFileName
        if real_dialog:
            def answer() -> None:
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QFileDialog) and widget.isVisible():
                        # As a person would: open the folder, then type the file name.
                        folder, _, file_name = path.rpartition("/")
                        widget.setDirectory(folder)
                        name = widget.findChild(QLineEdit, "fileNameEdit")
                        if name is None:
                            widget.selectFile(path)
                        else:
                            name.setText(file_name)
                        widget.accept()
                        return
                QTimer.singleShot(50, answer)

            QTimer.singleShot(50, answer)
        else:
            QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (path, "PDF"))
        try:
            self.click(page.save_memo, "Enregistrer l'aide-mémoire")
        finally:
            QFileDialog.getSaveFileName = original
        self.wait_until(lambda: "✔" in page.memo_status.text(), "memo saved")

    def answer_next_person_box(self, button_name: str) -> None:
        """The next modal "Personne suivante" box gets this button pressed, as a person would."""
        _click_in_modal("nextPersonConfirm", button_name)

    def finish(self) -> None:
        from aidant_app.ui import next_person

        page = self.wait_step(Step.DONE)
        if next_person.needs_confirmation(self.ctx.journey):
            # The memo was not saved: the app asks first; the helper wipes all the same.
            self.answer_next_person_box("nextPersonWipe")
        self.click(page.finish, "Personne suivante / Terminer")
        self.wait_step(Step.START)
        if not self.ctx.journey.is_empty():
            raise DriverError("the journey still holds data after finishing")


def _click_in_modal(box_name: str, button_name: str, tries: int = 50) -> None:
    """Press `button_name` in the modal box `box_name` once it shows (bounded retries)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication

    box = QApplication.activeModalWidget()
    if box is not None and box.objectName() == box_name:
        button = box.findChild(QAbstractButton, button_name)
        if button is not None:
            button.click()
            return
    if tries > 0:
        QTimer.singleShot(100, lambda: _click_in_modal(box_name, button_name, tries - 1))


def visible_texts(root) -> str:
    """Every text a person could see in line edits and labels below `root`."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    parts = []
    for widget in root.findChildren(QLineEdit):
        parts.append(widget.text())
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        parts.append(widget.text())
    return "\n".join(parts)
