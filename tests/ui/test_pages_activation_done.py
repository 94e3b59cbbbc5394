"""Activation (status watched, link pasted, resend) and Done (memo, next person)."""

from __future__ import annotations

import requests
from PySide6.QtCore import Qt

from aidant_app.journey import HELPER
from aidant_app.ui.pages.activation import ActivationPage
from aidant_app.ui.pages.done import DonePage

from .pages_support import (
    code_from_inbox,
    create_account,
    focusable_without_name,
    fresh_address,
    link_from_inbox,
    open_link_as_browser,
    pdf_text,
    person,
    show_page,
    wait_idle,
)


def _pending(ctx, index=0):
    who = person(ctx, "ready", index)
    email = fresh_address()
    account = create_account(ctx, who, email)
    journey = ctx.journey
    journey.answers.form["nir"], journey.answers.email = who.nir, email
    journey.facts.account_id = account.id
    journey.facts.account_status, journey.facts.masked_email = account.status, account.email
    journey.facts.journey_code = account.journey_code
    journey.facts.account_secret = account.secret  # API 1.2: the app keeps it in memory
    journey.facts.resend_available_at = account.resend_available_at.isoformat()
    return who, email


def test_page_moves_on_by_itself_when_the_link_is_confirmed(qtbot, app_ctx, monkeypatch):
    monkeypatch.setattr("aidant_app.ui.pages.activation.POLL_MS", 300)
    _who, email = _pending(app_ctx)
    page = show_page(qtbot, app_ctx, ActivationPage)
    page.timer.setInterval(300)
    # The whole address, for the person to check it (the masked one only when resumed).
    assert app_ctx.journey.email in page.steps.text()
    assert app_ctx.journey.journey_code in page.code.text()
    assert not page.help.resend.isEnabled() and "possible dans" in page.help.resend.text()
    open_link_as_browser(link_from_inbox(app_ctx, email))
    with qtbot.waitSignal(page.ready, timeout=10000):
        pass
    assert app_ctx.journey.account_status == "active"


def test_resend_too_soon_says_when_and_pasted_link_activates(qtbot, app_ctx):
    _who, email = _pending(app_ctx, 1)
    link = link_from_inbox(app_ctx, email)
    page = show_page(qtbot, app_ctx, ActivationPage)
    page.timer.stop()
    page.countdown.stop()  # as if the person pressed before the countdown was shown
    with qtbot.waitSignal(page.error_changed, timeout=10000,
                          check_params_cb=lambda text: bool(text)) as blocker:
        page.help.resend.click()
    assert "Trop de demandes" in blocker.args[0] and "secondes" in blocker.args[0]
    assert not page.help.resend.isEnabled() and "possible dans" in page.help.resend.text()
    page.help.link.edit.setText("https://exemple.invalid/activate/pas-un-vrai-jeton")
    page.help.confirm_link.click()
    wait_idle(qtbot, app_ctx)
    assert "pas reconnu" in page.help.link.error.text()
    page.help.link.edit.setText(link)
    with qtbot.waitSignal(page.ready, timeout=10000):
        page.help.confirm_link.click()
    assert app_ctx.journey.account_status == "active"


def test_correcting_the_address_proves_the_new_one_then_says_when(qtbot, app_ctx):
    """A code goes to the NEW address first (API 1.1: its proof goes with the correction);
    too soon after the first link, the backend says when a new one may go."""
    _pending(app_ctx, 2)
    old = app_ctx.journey.email
    page = show_page(qtbot, app_ctx, ActivationPage)
    page.timer.stop()
    new = fresh_address()
    assert not page.help.new_code.isVisibleTo(page)
    page.help.new_email.edit.setText(new)
    page.help.change_email.click()
    wait_idle(qtbot, app_ctx)
    assert page.help.new_code.isVisibleTo(page) and new in page.help.new_code_text.text()
    page.help.new_code.edit.setText("000000" if code_from_inbox(app_ctx, new) != "000000"
                                    else "111111")
    page.help.confirm_new.click()
    wait_idle(qtbot, app_ctx)
    assert "pas le bon" in page.help.new_code.error.text()  # a wrong code: said at the code
    page.help.new_code.edit.setText(code_from_inbox(app_ctx, new))
    page.help.confirm_new.click()
    wait_idle(qtbot, app_ctx)
    # The backend allows a new link only after its cooldown (30 s on the training server).
    assert "réessayer dans" in page.help.new_email.error.text()
    assert page.help.new_email.text() == new and app_ctx.journey.email == old
    assert focusable_without_name(page) == []


def test_memo_is_written_where_chosen_without_password_or_code(qtbot, app_ctx, tmp_path,
                                                               monkeypatch):
    who, email = _pending(app_ctx, 3)
    journey = app_ctx.journey
    journey.facts.account_status, journey.answers.mode = "active", HELPER
    # As if still in memory: must never reach the memo.
    journey.answers.form["password"] = "Jardin-Velo-7"
    journey.facts.email_proof = "proof-secret-123"
    page = show_page(qtbot, app_ctx, DonePage)
    compact = who.nir.replace(" ", "")
    assert compact[:13] not in page.login.text().replace(" ", "")  # masked on screen
    page.show_login.setChecked(True)
    assert compact[:13] == page.login.text().replace(" ", "")
    # The address can be selected with the mouse; the number never (selection buffer).
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert page.email.textInteractionFlags() & selectable
    assert not page.login.textInteractionFlags() & selectable
    chosen = tmp_path / "chosen folder" / "mon-aide-memoire.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(chosen), "PDF"))
    page.save_memo.click()
    qtbot.waitUntil(lambda: "✔" in page.memo_status.text())  # written on a worker thread
    assert chosen.exists() and list(tmp_path.rglob("*.pdf")) == [chosen]
    text = pdf_text(chosen)
    flat = text.replace(" ", "")
    assert email in text and "36 46" in text
    assert compact[:5] not in flat or compact[:13] not in flat  # masked unless asked
    for secret in ("Jardin-Velo-7", "proof-secret-123", compact):
        assert secret not in flat
    assert journey.journey_code not in flat  # active: no code needed any more
    assert focusable_without_name(page) == []


def test_memo_of_a_pending_account_holds_the_journey_code(qtbot, app_ctx, tmp_path,
                                                         monkeypatch):
    _pending(app_ctx, 4)
    page = show_page(qtbot, app_ctx, DonePage)
    page.memo_full.setChecked(True)
    path = tmp_path / "memo"  # the app adds .pdf
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(path), "PDF"))
    page.save_memo.click()
    qtbot.waitUntil(lambda: "✔" in page.memo_status.text())
    path = tmp_path / "memo.pdf"
    text = pdf_text(path).replace(" ", "")
    assert app_ctx.journey.journey_code in text
    assert app_ctx.journey.nir.replace(" ", "")[:13] in text  # asked for the full number


def test_next_person_wipes_journey_and_widgets(qtbot, app_ctx):
    _pending(app_ctx, 5)
    app_ctx.journey.answers.mode, app_ctx.journey.facts.account_status = HELPER, "active"
    page = show_page(qtbot, app_ctx, DonePage)
    email = app_ctx.journey.email
    assert email in page.email.text()
    assert page.finish.text().startswith("Personne suivante")
    app_ctx.journey.facts.memo_saved = True  # else it asks first (tests/ui/test_next_person.py)
    with qtbot.waitSignal(app_ctx.wiped):
        page.finish.click()
    assert app_ctx.journey.is_empty()
    assert page.email.text() == "" and page.login.text() == ""


def test_correcting_the_address_after_the_cooldown_sends_a_new_link(qtbot, clock_server,
                                                                   app_ctx, monkeypatch):
    monkeypatch.setattr("aidant_app.ui.pages.activation.POLL_MS", 300)
    _who, old = _pending(app_ctx, 3)
    old_link = link_from_inbox(app_ctx, old)
    page = show_page(qtbot, app_ctx, ActivationPage)
    page.timer.setInterval(300)
    clock_server.advance(31)  # past the training server's 30 s cooldown
    new = fresh_address("laposte.net")
    page.help.new_email.edit.setText(new)
    page.help.change_email.click()
    wait_idle(qtbot, app_ctx)
    assert app_ctx.journey.email == old  # not before the new address is proven
    page.help.new_code.edit.setText(code_from_inbox(app_ctx, new))
    page.help.confirm_new.click()
    wait_idle(qtbot, app_ctx)
    assert page.help.new_email.error.text() == "" and page.help.new_code.error.text() == ""
    assert app_ctx.journey.email == new and not page.help.new_code.isVisibleTo(page)
    # What the person sees now names the new address, not the old one.
    assert new in page.steps.text() and old not in page.steps.text()
    # The old link no longer works; the one sent to the new address does.
    assert requests.post(old_link, timeout=10).status_code == 200
    assert app_ctx.client.activation_status(
        app_ctx.journey.account_id, app_ctx.journey.account_secret).status == "pending"
    with qtbot.waitSignal(page.ready, timeout=10000):
        open_link_as_browser(link_from_inbox(app_ctx, new))
    assert app_ctx.journey.account_status == "active"


def test_memo_that_cannot_be_written_says_so(qtbot, app_ctx, tmp_path, monkeypatch):
    _pending(app_ctx, 6)
    page = show_page(qtbot, app_ctx, DonePage)
    missing = tmp_path / "no such folder" / "memo.pdf"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(missing), "PDF"))
    page.save_memo.click()
    qtbot.waitUntil(lambda: "⚠" in page.memo_status.text())
    assert "autre dossier" in page.memo_status.text()
    assert list(tmp_path.rglob("*.pdf")) == []


def test_the_masked_number_is_read_in_words_not_as_bullets(qtbot, app_ctx):
    from PySide6.QtGui import QAccessible

    who, _email = _pending(app_ctx, 4)
    app_ctx.journey.facts.account_status = "active"
    page = show_page(qtbot, app_ctx, DonePage)
    compact = who.nir.replace(" ", "")[:13]

    def heard() -> str:
        return QAccessible.queryAccessibleInterface(page.login).text(QAccessible.Text.Name)

    masked = heard()
    assert "•" in page.login.text()  # on screen, masked
    assert "•" not in masked and "se terminant par" in masked
    assert masked.endswith(" ".join(compact[-3:]))
    assert compact[:10] not in masked.replace(" ", "")  # hidden digits stay hidden
    page.show_login.setChecked(True)
    assert heard().replace(" ", "").endswith(compact)
