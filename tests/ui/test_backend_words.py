"""Words the backend sends are French: in another interface language they say "(en français)".

docs/API.md ("Languages"): meta does not take a language; the app marks the backend's
labels (help contacts, the mailbox service's name) so that a person reading English or
Arabic knows why these words are French, and a helper can read them out.
"""

from __future__ import annotations

import pytest

from aidant_app.journey import Step
from aidant_app.rules import bidi
from aidant_app.ui import contacts


def test_help_contacts_are_marked_in_english_and_arabic_not_in_french(window):
    meta = window.ctx.meta
    assert meta is not None and meta.help_contacts
    french = contacts.lines(meta)
    assert not any("français" in line or "French" in line for line in french)
    for language, mark in (("en", "(in French)"), ("ar", "(بالفرنسية)")):
        window.set_language(language)
        marked = contacts.lines(meta)
        assert all(bidi.strip_marks(line).endswith(mark) for line in marked), marked
        # The backend's own words and numbers are still there, whole.
        for contact, line in zip(meta.help_contacts, marked):
            assert contact.label in line and contact.phone in line
    window.set_language("fr")


def test_the_help_cases_mark_the_backends_price_and_hours(window):
    """The 36 46 line of the help ("Appelez le 36 46 (service gratuit ...)") quotes meta's
    price and hours: in French, so marked in another language, as the contacts are."""
    from aidant_app.ui import help_cases

    case = next(c for c in help_cases.cases() if "{phone_line}" in c.text)
    main = contacts.main_line(window.ctx.meta)
    assert main is not None and contacts.details(main)
    _title, french = help_cases.words(case, window.ctx.meta)
    assert contacts.details(main) in french and "(en français)" not in french
    window.set_language("en")
    _title, english = help_cases.words(case, window.ctx.meta)
    window.set_language("fr")
    assert contacts.details(main) in bidi.strip_marks(english)
    assert "(in French)" in english


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_mailbox_service_name_is_marked_outside_french(qtbot, window, language):
    service = window.ctx.meta.mailbox_service
    assert service is not None  # the training server always offers one
    window.set_language(language)
    window.ctx.journey.answers.has_mailbox = False
    window.jump_to(Step.MAILBOX_CHOICE)
    text = window.current_page.service_text.text()
    assert service.name in text
    assert ("(in French)" in text) == (language == "en")
    window.set_language("fr")


def test_the_training_inbox_marks_its_french_messages(qtbot, window):
    """The training server's messages are French: in another language their subject says
    so, in the list and to a screen reader, and the mark goes when French comes back."""
    from PySide6.QtCore import Qt

    from aidant_app.ui.inbox_dialog import InboxDialog

    from .pages_support import create_account, fresh_address, person

    address = fresh_address("entrainement.example")
    create_account(window.ctx, person(window.ctx, "ready", 4), address)  # one message
    dialog = InboxDialog(window.ctx, address, False, window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    subject = dialog._messages[0].subject
    item = dialog.list.item(0)
    assert subject in item.text() and "français" not in item.text()
    for language, mark in (("en", "(in French)"), ("ar", "(بالفرنسية)")):
        window.set_language(language)
        qtbot.waitUntil(lambda m=mark: m in dialog.list.item(0).text(), timeout=2000)
        item = dialog.list.item(0)
        assert subject in bidi.strip_marks(item.text())
        assert mark in item.data(Qt.ItemDataRole.AccessibleTextRole)
    window.set_language("fr")
    qtbot.waitUntil(lambda: "بالفرنسية" not in dialog.list.item(0).text(), timeout=2000)
    assert "(in French)" not in dialog.list.item(0).text()
    dialog.done(0)
