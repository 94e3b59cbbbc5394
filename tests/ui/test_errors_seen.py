"""An error is seen and heard: scrolled into view, styled as an error, announced at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from aidant_app.journey import Step
from aidant_app.ui import announce

from .journey_steps import fill_form, to_account_form
from .journey_support import click, wait_idle
from .pages_support import person


@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "RECORD", said)
    return said


def in_view(window, widget) -> bool:
    """The whole widget is inside the visible part of its page."""
    scroll = window._scrolls[window.current_page.step]
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def looks_like_an_error(window, widget) -> bool:
    normal = window.current_page.title_label.palette().windowText().color()
    return bool(widget.property("fieldError")) and \
        widget.palette().windowText().color() != normal


def test_the_servers_already_an_account_is_seen_and_heard(qtbot, window, heard):
    to_account_form(qtbot, window)
    page = window.current_page
    fill_form(qtbot, window, person(window.ctx, "has_account", 0))
    scroll = window._scrolls[Step.ACCOUNT_FORM]
    scroll.verticalScrollBar().setValue(0)  # the person looks at the top of the form
    click(qtbot, window.next_button)
    wait_idle(qtbot, window)
    qtbot.waitUntil(page.action_text.isVisible, timeout=10000)
    qtbot.waitUntil(lambda: in_view(window, page.action_text), timeout=3000)
    assert looks_like_an_error(window, page.action_text)
    words = page.action_text.text().lstrip("⚠ ")[:40]
    assert any(words in text and assertive for text, assertive in heard), heard


def test_a_field_error_above_the_view_is_brought_into_view(qtbot, window, heard):
    to_account_form(qtbot, window)
    page = window.current_page
    who = person(window.ctx, "ready", 4)
    fill_form(qtbot, window, who)
    # A birth month that does not match the number: said at the field, high on the page.
    month = int(page.inputs["birth_date"].month.text())
    page.inputs["birth_date"].month.setText(f"{month % 12 + 1:02d}")
    scroll = window._scrolls[Step.ACCOUNT_FORM]
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # at the end
    assert not in_view(window, page.inputs["birth_date"])
    click(qtbot, window.next_button)
    qtbot.waitUntil(page.inputs["birth_date"].error.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: in_view(window, page.inputs["birth_date"].error), timeout=3000)
    assert looks_like_an_error(window, page.inputs["birth_date"].error)
    assert any(page.inputs["birth_date"].error.text().lstrip("⚠ ")[:30] in text for text, _a in heard), heard


def test_in_a_short_view_a_field_error_shows_with_its_box(qtbot, window, heard):
    # 1024x600 at 200 % text leaves the page about 290 px: scrolled to the error alone, the
    # number it is about went off the top, and the person could not see what to correct.
    to_account_form(qtbot, window)
    page = window.current_page
    scroll = window._scrolls[Step.ACCOUNT_FORM]
    window.set_text_scale(200)
    window.resize(1024, 600)
    temporary = person(window.ctx, "temporary_number", 0)
    fill_form(qtbot, window, temporary)
    for start in (0, scroll.verticalScrollBar().maximum()):  # looking above it, then below
        page.inputs["nir"].set_error("")
        scroll.verticalScrollBar().setValue(start)
        click(qtbot, window.next_button)
        qtbot.waitUntil(page.inputs["nir"].error.isVisible, timeout=5000)
        qtbot.waitUntil(lambda: in_view(window, page.inputs["nir"].error), timeout=3000)
        # The whole field (label, help, box, counter, error) is taller than the view: it
        # has to choose, and it keeps the box and the error.
        assert page.inputs["nir"].height() > scroll.viewport().height()
        # Once the view has settled (the lines under the page come and go after a call).
        qtbot.waitUntil(lambda: in_view(window, page.inputs["nir"].edit)
                        and in_view(window, page.inputs["nir"].error), timeout=3000)


def test_standing_warnings_are_not_errors(qtbot, window, heard):
    """A provider's "watch out" list is advice on the page, not an error to jump to."""
    from aidant_app.ui.pages.mailbox_provider import MailboxProviderPage

    page = MailboxProviderPage(window.ctx)
    qtbot.addWidget(page)
    page.warnings.setText("⚠ Un compte sans connexion pendant 2 ans peut être supprimé.")
    assert not page.warnings.property("fieldError")


def test_good_news_is_heard_too(qtbot, window, heard, tmp_path, monkeypatch):
    """Signed in, the account activated (the page moving on by itself), the memo saved."""
    from aidant_app.journey import HELPER

    from . import journey_steps as steps

    steps.poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 6)  # a name typed key by key: ASCII letters
    steps.start(qtbot, window, HELPER)
    assert any("Connexion réussie" in text for text, _a in heard), heard
    steps.training_mailbox(qtbot, window, who.first_name, who.last_name)
    steps.create_and_activate(qtbot, window, who, monkeypatch)
    assert any("compte est activé" in text for text, _a in heard), heard
    steps.save_memo(qtbot, window, tmp_path, monkeypatch)
    assert any("Aide-mémoire enregistré" in text for text, _a in heard), heard
    assert not any(assertive for text, assertive in heard if text.startswith("✔"))


def test_a_wrong_mailbox_password_in_the_inbox_is_an_error_said_at_once(qtbot, app_ctx, heard):
    from aidant_app.journey import ROUTE_SERVICE
    from aidant_app.ui.inbox_dialog import InboxDialog
    from aidant_app.ui.pages.mailbox_service import MailboxServicePage

    from .pages_support import fresh_address, show_page

    app_ctx.journey.answers.mailbox_route = ROUTE_SERVICE
    page = show_page(qtbot, app_ctx, MailboxServicePage)
    page.first_name.edit.setText("Odile")
    page.last_name.edit.setText("Testeuse")
    page.wanted.edit.setText(f"odile.{fresh_address().split('@')[0][-6:]}")
    page.password.edit.setText("Tulipe-Soleil-2026")
    page.wrote.setChecked(True)
    with qtbot.waitSignal(page.ready, timeout=15000):
        page.submit()
    dialog = InboxDialog(app_ctx, app_ctx.journey.email, needs_password=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.password.edit.setText("Pas-le-bon-1")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "pas le bon" in dialog.status.text(), timeout=10000)
    assert dialog.status.property("fieldError")
    assert any("pas le bon" in text and assertive for text, assertive in heard), heard
    dialog.done(0)
