"""The journey's steps, done in the whole window with clicks and typing, as a person would."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from aidant_app.journey import HOME, Step
from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD
from aidant_app.ui import desktop

from .journey_support import (
    click,
    code_in,
    open_link_as_browser,
    press_next,
    read_inbox,
    type_into,
    wait_idle,
    wait_step,
)
from .pages_support import fresh_address, pdf_text

MAILBOX_PASSWORD = "Tulipe-Soleil-2026"
ACCOUNT_PASSWORD = "Jardin-Velo-7"

tr = QCoreApplication.translate  # a label in the interface language (also Dari, Pashto)


def poll_fast(monkeypatch) -> None:
    """The activation page asks every 0.3 s instead of every 4 s (same QTimer mechanism)."""
    monkeypatch.setattr("aidant_app.ui.pages.activation.POLL_MS", 300)


def start(qtbot, window, mode: str) -> None:
    """Start, then "none of these situations" at the triage: the e-mail question."""
    to_triage(qtbot, window, mode)
    click(qtbot, window.current_page.buttons["none"])  # none of the triage's situations
    wait_step(qtbot, window, Step.EMAIL_QUESTION)


def to_triage(qtbot, window, mode: str) -> None:
    """The start page done as a person would (helper: signed in, consent ticked)."""
    page = window.current_page
    assert page.step == Step.START
    if mode == HOME:
        click(qtbot, page.home_radio)
    else:
        click(qtbot, page.helper_radio)
        signin = page.signin
        type_into(qtbot, signin.login_edit, HELPER_LOGIN)
        type_into(qtbot, signin.password_edit, HELPER_PASSWORD)
        assert not signin.remember.isChecked()
        click(qtbot, signin.sign_in_button)
        qtbot.waitUntil(lambda: signin.status.isVisible(), timeout=10000)
        # The words after the helper's name, in the interface's language.
        forgets = tr("HelperSignIn", "✔ Connexion réussie : {name}. L'application oubliera "
                        "la connexion quand vous la fermerez.").split("}")[-1].strip()
        assert forgets and forgets in signin.status.text()
        assert not window.ctx.helper_token_saved
        assert not window.next_button.isEnabled()  # the person's consent comes first
        click(qtbot, page.consent)
    press_next(qtbot, window, Step.TRIAGE)


def training_mailbox(qtbot, window, first: str, last: str, back_once: bool = False) -> str:
    """No address: create a training mailbox, read the code in its inbox, type it.

    back_once: go Back from the code page and press "Créer ma boîte" again, as people do
    when they want to check what they typed; the same mailbox is used, no error."""
    click(qtbot, window.current_page.buttons["emailNo"])
    wait_step(qtbot, window, Step.MAILBOX_CHOICE)
    click(qtbot, window.current_page.service_button)
    wait_step(qtbot, window, Step.MAILBOX_SERVICE)
    page = window.current_page
    type_into(qtbot, page.first_name.edit, first)
    type_into(qtbot, page.last_name.edit, last)
    if page.paged:  # a short screen for the text: the name first, then the password
        assert not page.password.isVisible()
        press_next(qtbot, window)
        assert page.part == 1 and page.password.edit.hasFocus()
    type_into(qtbot, page.password.edit, MAILBOX_PASSWORD)
    assert not window.next_button.isEnabled()  # "I wrote my password down" not ticked yet
    click(qtbot, page.wrote)
    assert window.next_button.text() == tr("MailboxServicePage", "Créer ma boîte")
    press_next(qtbot, window, Step.EMAIL_CODE)
    address = window.ctx.journey.email
    assert address.endswith("@entrainement.example")
    if back_once:
        click(qtbot, window.back_button)
        wait_step(qtbot, window, Step.MAILBOX_SERVICE)
        assert window.current_page.first_name.text() == first  # nothing typed is lost
        if window.current_page.paged:
            press_next(qtbot, window)
        press_next(qtbot, window, Step.EMAIL_CODE)
        assert window.ctx.journey.email == address and not window.error_area.message
    page = window.current_page
    assert address in page.sent_to.text()
    code = code_in(read_inbox(qtbot, page.open_inbox, MAILBOX_PASSWORD))
    type_into(qtbot, page.field.edit, code)
    press_next(qtbot, window, Step.ACCOUNT_QUESTION)
    return code


def existing_address(qtbot, window, address: str | None = None) -> str:
    """An address the person has: type it, read the code in the (training) inbox, type it."""
    address = address or fresh_address()
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    type_into(qtbot, window.current_page.field.edit, address)
    press_next(qtbot, window)
    accept_doubtful_domain(qtbot, window)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    page = window.current_page
    code = code_in(read_inbox(qtbot, page.open_inbox, None))
    type_into(qtbot, page.field.edit, code)
    press_next(qtbot, window, Step.ACCOUNT_QUESTION)
    return address


def accept_doubtful_domain(qtbot, window) -> None:
    """Offline test machines doubt every domain (no DNS): "my address is right"."""
    wait_idle(qtbot, window)
    page = window.current_page
    if page.step == Step.EMAIL_ADDRESS and page.keep_address.isVisible():
        click(qtbot, page.keep_address)
        wait_idle(qtbot, window)


def to_account_form(qtbot, window) -> str:
    """Home mode, an address of one's own, then "no account yet": the form is shown."""
    start(qtbot, window, HOME)
    address = existing_address(qtbot, window)
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    return address


def fill_form(qtbot, window, who, password: str = ACCOUNT_PASSWORD,
              extra: dict[str, str] | None = None) -> None:
    """The form typed as a person would; `extra`: values of further fields, by name. Where
    the form asks one group of questions at a time (short screen, large text), Retour to
    the first group, then each group typed and Continuer to the next."""
    page = window.current_page
    assert page.step == Step.ACCOUNT_FORM
    while not page.groups.is_first():
        click(qtbot, window.back_button)
    values = {"nir": who.nir.replace(" ", ""), "postal_code": who.postal_code,
              "iban": who.iban, "password": password, **(extra or {})}
    while True:
        for name in page.groups.current():
            if name == "birth_date":
                date = who.birth_date
                type_into(qtbot, page.inputs["birth_date"].day, f"{date.day:02d}")
                type_into(qtbot, page.inputs["birth_date"].month, f"{date.month:02d}")
                type_into(qtbot, page.inputs["birth_date"].year, str(date.year))
            elif name in values:
                type_into(qtbot, page.inputs[name].edit, values[name])
            if name == "nir":  # grouped as printed on the carte Vitale
                assert page.inputs["nir"].text() == who.nir
        if page.groups.is_last():
            break
        before = page.groups.index
        press_next(qtbot, window)  # Continuer: the next group of questions
        if page.groups.index == before:
            return  # a mistake the app caught on this group: the test looks at it
    if not page.terms.isChecked():
        click(qtbot, page.terms)


def create_and_activate(qtbot, window, who, monkeypatch,
                        extra: dict[str, str] | None = None) -> str:
    """Account question No, the form, then the link clicked in the training inbox."""
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    fill_form(qtbot, window, who, extra=extra)
    assert window.next_button.text() == tr("AccountFormPage", "Créer mon compte")
    press_next(qtbot, window, Step.ACTIVATION)
    journey = window.ctx.journey
    assert journey.account_status == "pending" and journey.journey_code
    page = window.current_page
    assert journey.journey_code in page.code.text()
    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", opened.append)  # the browser the link opens in
    text = read_inbox(qtbot, page.open_mailbox, MAILBOX_PASSWORD, want="/activate/",
                      use_link=True)
    assert opened and opened[0] in text
    open_link_as_browser(window.ctx, opened[0])
    wait_step(qtbot, window, Step.MAILBOX_LIFE, timeout=10000)  # the page saw it by itself
    press_next(qtbot, window, Step.DONE)
    return journey.journey_code


def save_memo(qtbot, window, tmp_path, monkeypatch) -> str:
    target = tmp_path / "memo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Document PDF (*.pdf)")))
    page = window.current_page
    click(qtbot, page.save_memo)
    qtbot.waitUntil(lambda: "enregistré" in page.memo_status.text())  # written on a worker
    return pdf_text(target)
