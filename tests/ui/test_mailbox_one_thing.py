"""The training mailbox's form one thing at a time where the screen is short for the text:
the name and the wanted address first, then the password and "I wrote it down", in view."""

from __future__ import annotations

from aidant_app.journey import HOME, Step

from .journey_steps import MAILBOX_PASSWORD, start
from .journey_support import click, press_next, type_into, wait_idle, wait_step
from .pages_support import fresh_address


def _to_service_page(qtbot, window):
    start(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons["emailNo"])
    wait_step(qtbot, window, Step.MAILBOX_CHOICE)
    click(qtbot, window.current_page.service_button)
    wait_step(qtbot, window, Step.MAILBOX_SERVICE)
    return window.current_page


def _in_view(window, widget) -> bool:
    """Whole inside its page's view, as the page is scrolled now."""
    view = window.scroll_for(Step.MAILBOX_SERVICE).viewport()
    top = widget.mapTo(view, widget.rect().topLeft()).y()
    return widget.isVisible() and 0 <= top and top + widget.height() <= view.height()


def test_the_name_first_then_the_password_with_its_check_box_in_view(qtbot, window):
    # 150 % text on a 1280x800 screen: shorter than the form needs (ui/sections/account_groups).
    window.set_text_scale(150)
    page = _to_service_page(qtbot, window)
    assert page.paged and page.part == 0
    assert not page.password.isVisible() and not page.wrote.isVisible()
    assert "Question 1 sur 2" in page.progress.text()
    assert not window.next_button.isEnabled()
    assert "prénom" in window.button_row.reason.text()
    type_into(qtbot, page.first_name.edit, "Odile")
    type_into(qtbot, page.last_name.edit, "Testeuse")
    assert window.next_button.text() == "Continuer"

    press_next(qtbot, window)
    # Nothing sent yet: the password is asked on the same page, in view, with its check box.
    assert window.current_page is page and page.part == 1
    assert window.ctx.journey.email in ("", None)
    assert page.password.edit.hasFocus()
    assert "Question 2 sur 2" in page.progress.text()
    assert not page.first_name.isVisible()
    assert _in_view(window, page.password.edit) and _in_view(window, page.wrote)
    assert window.next_button.text() == "Créer ma boîte" and not window.next_button.isEnabled()

    # Retour goes back to the name, with what was typed; Continuer again, the password kept.
    type_into(qtbot, page.password.edit, MAILBOX_PASSWORD)
    click(qtbot, window.back_button)
    assert window.current_page is page and page.part == 0
    assert page.first_name.edit.hasFocus() and page.first_name.text() == "Odile"
    press_next(qtbot, window)
    assert page.part == 1 and page.password.text() == MAILBOX_PASSWORD
    click(qtbot, page.wrote)
    press_next(qtbot, window, Step.EMAIL_CODE)
    assert window.ctx.journey.email.endswith("@entrainement.example")


def test_a_taken_address_brings_back_the_address_question_with_free_ones(qtbot, window):
    wanted = "camille." + fresh_address().split("@")[0][-6:]
    window.ctx.client.create_mailbox("Camille", "Premiere", MAILBOX_PASSWORD, wanted)
    window.set_text_scale(150)
    page = _to_service_page(qtbot, window)
    type_into(qtbot, page.first_name.edit, "Camille")
    type_into(qtbot, page.last_name.edit, "Seconde")
    type_into(qtbot, page.wanted.edit, wanted)
    press_next(qtbot, window)
    type_into(qtbot, page.password.edit, MAILBOX_PASSWORD)
    click(qtbot, page.wrote)
    press_next(qtbot, window)
    wait_idle(qtbot, window)
    # The address is asked with the name: that part again, the taken address said at its
    # box, the free ones offered, the focus on the first of them.
    assert window.current_page is page and page.part == 0
    assert page.wanted.error.isVisible() and "déjà prise" in page.wanted.error.text()
    assert page.alternative_buttons and page.alternative_buttons[0].hasFocus()
    assert not page.password.isVisible()
    choice = page.alternative_buttons[0].text()
    click(qtbot, page.alternative_buttons[0])
    wait_step(qtbot, window, Step.EMAIL_CODE)
    assert window.ctx.journey.email == choice


def test_on_a_tall_screen_at_normal_text_the_whole_form_shows(qtbot, window):
    page = _to_service_page(qtbot, window)
    assert not page.paged
    assert page.first_name.isVisible() and page.password.isVisible() and page.wrote.isVisible()
    assert page.progress.isHidden()
    assert window.next_button.text() == "Créer ma boîte"


def test_a_box_asked_for_shows_its_part(qtbot, window):
    """What a screen reader's walk or an error asks for is shown (JourneyPage.reveal)."""
    window.set_text_scale(150)
    page = _to_service_page(qtbot, window)
    page.reveal(page.password.edit)
    assert page.part == 1 and page.password.edit.isVisible()
    assert page.password.edit.hasFocus()
    page.reveal(page.wanted.edit)
    assert page.part == 0 and page.wanted.edit.isVisible() and page.wanted.edit.hasFocus()
