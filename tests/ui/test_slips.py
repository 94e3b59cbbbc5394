"""The slips people make, with real key events in the whole window: Tab after a box that
moved on by itself, separators typed in a date, text set by a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .journey_steps import to_account_form
from .pages_support import person

TAB = "\t"
# What people type for 8 March 1978, key by key ("\t" is the Tab key), then Tab to go on.
BIRTH_DATE_TYPINGS = [
    "08\t03\t1978\t",  # Tab after each box although the box moved on by itself
    "8\t3\t1978\t",  # one digit and Tab
    "0803" + "1978\t",  # digits only: the boxes move on by themselves
    "08/03/1978\t",  # as written on paper
    "8/3/1978\t",
    "8.3.1978\t",
    "08 03 1978\t",
    "08\t3\t1978\t",
    "8\t03\t1978\t",
    "08/\t03\t1978\t",  # a separator and a Tab
]


def _type_keys(widget_getter, keys: str) -> None:
    for char in keys:
        target = QApplication.focusWidget() or widget_getter()
        if char == TAB:
            QTest.keyClick(target, Qt.Key.Key_Tab)
        else:
            QTest.keyClicks(target, char)


def test_birth_date_works_with_typing_and_tab_in_every_combination(qtbot, window):
    to_account_form(qtbot, window)
    page = window.current_page
    birth = page.inputs["birth_date"]
    problems = []
    for typing in BIRTH_DATE_TYPINGS:
        birth.clear()
        page.inputs["postal_code"].clear()
        birth.day.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(birth.day.hasFocus)
        _type_keys(lambda: birth.day, typing)
        got = (birth.day.text(), birth.month.text(), birth.year.text())
        focus = QApplication.focusWidget()
        if birth.value() != "1978-03-08":
            problems.append(f"{typing!r}: day/month/year {got}")
        if focus in (birth.day, birth.month, birth.year) or page.inputs["postal_code"].text():
            problems.append(f"{typing!r}: the last Tab did not leave the date cleanly "
                            f"(focus {focus.objectName() if focus else None}, "
                            f"postal code {page.inputs['postal_code'].text()!r})")
    assert problems == [], "\n".join(problems)
    # Shift+Tab still goes back to the day after the focus moved on by itself.
    birth.clear()
    birth.day.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(birth.day, "08")
    assert birth.month.hasFocus()
    QTest.keyClick(birth.month, Qt.Key.Key_Backtab)
    assert birth.day.hasFocus()


def test_a_birth_date_error_looks_like_an_error(qtbot, window):
    to_account_form(qtbot, window)
    birth = window.current_page.inputs["birth_date"]
    birth.set_error("La date de naissance ne correspond pas au numéro.")
    assert birth.error.isVisible()
    assert birth.error.property("fieldError") is True  # the style of every field's error
    assert birth.error.palette().windowText().color().name() != \
        window.current_page.intro.palette().windowText().color().name()


def _set_through_accessibility(edit, text: str) -> None:
    """What a screen reader or voice control does: the field's accessible text is set."""
    interface = QAccessible.queryAccessibleInterface(edit)
    interface.setText(QAccessible.Text.Value, text)


def test_checks_follow_text_set_through_the_accessibility_interface(qtbot, window):
    to_account_form(qtbot, window)
    page = window.current_page
    who = person(window.ctx, "ready", 2)
    _set_through_accessibility(page.inputs["nir"].edit, who.nir.replace(" ", ""))
    assert page.inputs["nir"].text() == who.nir  # grouped as printed, as when typed
    assert "✔ Numéro correct" in page.inputs["nir"].login.text()
    wrong = who.nir.replace(" ", "")[:-2] + ("00" if not who.nir.endswith("00") else "01")
    _set_through_accessibility(page.inputs["nir"].edit, wrong)
    assert "✔" not in page.inputs["nir"].login.text()
    assert page.inputs["nir"].error.isVisible() and page.inputs["nir"].error.text()
    # The IBAN too, and the password's rules.
    if page.inputs["iban"].isVisible():
        _set_through_accessibility(page.inputs["iban"].edit, who.iban.replace(" ", ""))
        assert "✔" in page.inputs["iban"].ok.text()
    _set_through_accessibility(page.inputs["password"].edit, "abc")
    assert any("✘" in label.text() for label in page.inputs["password"]._rule_labels)
    assert not window.next_button.isEnabled()


def test_a_typo_suggestion_waits_for_the_person_with_nothing_chosen(qtbot, window):
    from aidant_app.journey import HOME, Step

    from .journey_steps import start
    from .journey_support import click, type_into, wait_idle, wait_step
    from .pages_support import fresh_address

    start(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    page = window.current_page
    typed = fresh_address("hotmial.fr")
    type_into(qtbot, page.field.edit, typed)
    assert "bien écrite" in page.status.text()
    click(qtbot, window.next_button)
    qtbot.waitUntil(page.use_suggestion.isVisible, timeout=10000)
    wait_idle(qtbot, window)
    # One message, no "✔ well written" above "did you mean…?".
    shown = [w.text() for w in (page.status, page.suggestion, page.problem) if w.isVisible()]
    assert not any("bien écrite" in text for text in shown), shown
    assert "hotmail.fr" in page.suggestion.text()
    # Nothing chosen for the person: no answer focused or styled as the main one, and
    # Enter does not answer.
    focus = QApplication.focusWidget()
    assert focus not in (page.use_suggestion, page.keep_address)
    assert not page.use_suggestion.property("primary")
    QTest.keyClick(focus or window, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.current_page is page and page.field.text() == typed
    assert page.use_suggestion.isVisible()
    # Continuer waits for the answer, and says so.
    assert not window.next_button.isEnabled()
    reason = window.button_row.reason
    assert reason.isVisible() and "corriger" in reason.text()
    assert reason.text() == window.next_button.accessibleDescription()
    click(qtbot, page.use_suggestion)
    wait_step(qtbot, window, Step.EMAIL_CODE)
    assert window.ctx.journey.email.endswith("@hotmail.fr")


def test_a_disabled_continuer_says_why(qtbot, window):
    from .journey_support import click

    start = window.current_page
    reason = window.button_row.reason
    assert not window.next_button.isEnabled()
    assert reason.isVisible() and "qui utilise" in reason.text()
    click(qtbot, start.helper_radio)
    assert "Connectez-vous" in reason.text()
    assert window.next_button.accessibleDescription() == reason.text()
    click(qtbot, start.home_radio)
    assert window.next_button.isEnabled() and not reason.isVisible()
    assert window.next_button.accessibleDescription() == ""


def test_answers_are_said_for_what_they_do(qtbot, window):
    """Who uses the app: one of two (radio buttons), kept on the page; a question whose
    answer moves on: plain buttons (a checkable one is read as a check box)."""
    from aidant_app.journey import HOME, Step

    from .journey_steps import start
    from .journey_support import click

    page = window.current_page
    role = QAccessible.Role
    for button in (page.helper_radio, page.home_radio):
        assert QAccessible.queryAccessibleInterface(button).role() == role.RadioButton
    home = QAccessible.queryAccessibleInterface(page.home_radio)
    assert not home.state().checked and home.text(QAccessible.Text.Name) == "Je le fais pour moi"
    click(qtbot, page.helper_radio)
    home.actionInterface().doAction(home.actionInterface().actionNames()[0])  # as a reader
    assert page.home_radio.isChecked() and not page.helper_radio.isChecked()
    assert home.state().checked
    assert window.ctx.journey.mode == HOME
    start(qtbot, window, HOME)
    assert window.current_page.step == Step.EMAIL_QUESTION
    for button in window.current_page.buttons.values():
        assert QAccessible.queryAccessibleInterface(button).role() == role.Button
    window.ctx.wipe()  # and after a wipe, neither answer is chosen
    start_page = window.current_page
    assert not start_page.helper_radio.isChecked() and not start_page.home_radio.isChecked()
