"""Already an ameli account: each recovery path, its login page and QR code, its memo."""

from __future__ import annotations

from datetime import date

import pytest

from aidant_app.journey import Step, triage
from aidant_app.ui import desktop

from .journey_steps import to_triage
from .journey_support import click, wait_step
from .steps_memo import french_date, health_insurance_phone, save_steps_memo

LOGIN_PAGE = "https://assure.ameli.fr"  # resources/triage.json (FACTS.md, The official sign-up)

# What the person must read for each path (FACTS.md, Recovery).
EXPECTED = {
    triage.FORGOT_PASSWORD: ["Mot de passe oublié", "date de naissance", "lien"],
    triage.FORGOT_ADDRESS: ["Appelez l'Assurance Maladie", "carte Vitale ou votre RIB"],
    triage.NEVER_ACTIVATED: ["13 premiers chiffres", "Spam", "lien"],
    triage.LOCKED: ["Attendez", "Mot de passe oublié"],
}


def _to_recovery(qtbot, window) -> None:
    to_triage(qtbot, window, "home")
    click(qtbot, window.current_page.buttons[triage.HAS_ACCOUNT])
    wait_step(qtbot, window, Step.ACCOUNT_EXISTS_HELP)


def test_nothing_is_shown_before_the_situation_is_chosen(qtbot, window):
    _to_recovery(qtbot, window)
    page = window.current_page
    assert page.answers.property("answerGroup") and page.answers.question is page.question
    assert not page.open_login.isVisible() and not page.qr.isVisible()
    assert not page.save_memo.isVisible() and page.steps.text() == ""
    assert page.buttons[triage.FORGOT_PASSWORD].hasFocus()


@pytest.mark.parametrize("path", triage.RECOVERY_PATHS)
def test_each_path_has_numbered_steps_the_help_number_and_a_memo(qtbot, window, tmp_path,
                                                                 monkeypatch, path):
    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", opened.append)  # the browser
    _to_recovery(qtbot, window)
    page = window.current_page
    click(qtbot, page.buttons[path])
    assert window.ctx.journey.recovery == path
    assert page.buttons[path].accessibleDescription() == "Votre réponse"
    steps = page.steps.text().splitlines()
    assert len(steps) >= 2 and all(line.startswith(f"{n}. ") for n, line in enumerate(steps, 1))
    for must in EXPECTED[path]:
        assert must in page.steps.text() + page.bring.text(), must
    phone = health_insurance_phone(window.ctx.meta)
    assert phone in page.phones.text()
    uses_site = path != triage.FORGOT_ADDRESS  # a dead address: only a phone call helps
    assert page.open_login.isVisible() is uses_site and page.qr.isVisible() is uses_site
    if uses_site:
        click(qtbot, page.open_login)
        assert opened == [LOGIN_PAGE]
        assert page.qr.url == LOGIN_PAGE and not page.qr.pixmap().isNull()
        assert "connexion ameli" in page.qr.accessibleName()
    memo = save_steps_memo(qtbot, page, tmp_path, monkeypatch, f"{path}.pdf")
    assert page.path_title.text() in memo and phone in memo
    assert french_date(date.today()) in memo
    for must in EXPECTED[path]:
        assert must in memo, must
    assert (f"Le site : {LOGIN_PAGE}" in memo) is uses_site


def test_another_situation_replaces_the_steps(qtbot, window):
    _to_recovery(qtbot, window)
    page = window.current_page
    click(qtbot, page.buttons[triage.FORGOT_PASSWORD])
    first = page.steps.text()
    click(qtbot, page.buttons[triage.LOCKED])
    assert page.steps.text() != first and "bloqué" in page.path_title.text()
    assert page.buttons[triage.FORGOT_PASSWORD].accessibleDescription() == ""


def test_the_server_saying_account_exists_leads_here_with_its_reason(qtbot, window):
    """From the form (the backend answered account_exists), the same paths, said why."""
    window.ctx.journey.facts.account_error = "account_exists"
    window.jump_to(Step.ACCOUNT_EXISTS_HELP)
    page = window.current_page
    assert "existe déjà pour ce numéro" in page.reason.text()
    click(qtbot, page.buttons[triage.FORGOT_ADDRESS])
    assert "Appelez" in page.steps.text()


def test_the_paths_work_with_the_keyboard_alone(qtbot, window, monkeypatch):
    """Enter on a situation shows its steps and moves the focus to their title (a reader
    reads on from there); Tab then reaches the login page's button; Enter opens it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", opened.append)
    _to_recovery(qtbot, window)
    page = window.current_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page.buttons[triage.NEVER_ACTIVATED].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.ctx.journey.recovery == triage.NEVER_ACTIVATED
    qtbot.waitUntil(lambda: page.path_title.hasFocus())
    assert page.path_title.accessibleName() == page.path_title.text()
    for _ in range(4):
        if page.open_login.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.open_login.hasFocus()
    qtbot.keyClick(page.open_login, Qt.Key.Key_Return)
    assert opened == [LOGIN_PAGE]
