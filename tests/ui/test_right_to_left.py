"""Arabic, Dari and Pashto: the whole shell mirrors, what a person types stays left to right.

The direction comes from the translation itself (its QT_LAYOUT_DIRECTION says RTL), the
inputs are forced left to right (widgets.left_to_right), and values inside sentences are
isolated (rules/bidi.fill) only while the interface is right to left.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from aidant_app.journey import Step
from aidant_app.rules import bidi
from aidant_app.rules.languages import LANGUAGES, SHIPPED

RTL = [row.code for row in LANGUAGES if row.rtl]


def _x(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


@pytest.mark.parametrize("language", RTL)
def test_the_shell_mirrors_in_a_right_to_left_language(qtbot, window, language):
    window.set_language(language)
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    assert window.isRightToLeft()
    window.show_step(Step.EMAIL_QUESTION)  # a page with both Retour and Continuer
    window.resize(1100, 760)
    QApplication.processEvents()
    qtbot.wait(50)
    assert window.back_button.isVisible() and window.next_button.isVisible()
    # Retour is on the right of Continuer, the step list on the right of the page, the
    # application's name on the right of the top bar.
    assert _x(window.back_button, window) > _x(window.next_button, window)
    page = window.page(Step.EMAIL_QUESTION)
    assert window.steplist.isVisible()
    assert _x(window.steplist, window) > _x(page, window)
    assert _x(window.topbar.app_name, window) > _x(window.topbar.controls, window)
    window.set_language("fr")
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    # The font changes too (ui/fonts.py): the window is laid out again after its events.
    # The step list is back beside the page (a language's longer words or wider font had
    # kept it hidden after the switch), on the left, and Retour on the left of Continuer.
    qtbot.waitUntil(lambda: window.steplist.isVisible()
                    and _x(window.steplist, window) < _x(page, window)
                    and _x(window.back_button, window) < _x(window.next_button, window),
                    timeout=2000)


def test_every_input_of_every_page_stays_left_to_right(qtbot, window):
    window.set_language("ar")
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    seen = 0
    for step in Step:
        page = window.page(step)
        assert page.isRightToLeft(), step
        for edit in page.findChildren(QLineEdit):
            seen += 1
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight, (
                f"{step.value}: {edit.objectName()}")
    assert seen >= 6  # the address, the code, the form's fields, the resume page's
    window.set_language("fr")


def test_the_settings_dialog_inputs_stay_left_to_right(qtbot, window, qapp):
    from aidant_app.ui.settings_dialog import SettingsDialog

    window.set_language("ar")
    dialog = SettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dialog)
    edits = dialog.findChildren(QLineEdit)
    assert edits and dialog.isRightToLeft()
    assert all(e.layoutDirection() == Qt.LayoutDirection.LeftToRight for e in edits)
    window.set_language("fr")


def test_the_activity_report_inputs_stay_left_to_right(qtbot, window):
    """The helper's dialogs too: the record's postal code and minutes were laid out right
    to left. Date edits are left to Qt: in a right-to-left application it orders their
    sections for a right-to-left reader (the day on the right), whatever their direction."""
    from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit

    from aidant_app.ui.report_dialog import ActivityDialog
    from aidant_app.ui.report_form import RecordDialog

    window.set_language("ar")
    try:
        for dialog in (RecordDialog(window.ctx, window), ActivityDialog(window.ctx, window)):
            qtbot.addWidget(dialog)
            assert dialog.isRightToLeft()
            inputs = [*dialog.findChildren(QLineEdit), *dialog.findChildren(QAbstractSpinBox)]
            # A spin box's own line edit follows its box: the box is what is set.
            inputs = [i for i in inputs if not isinstance(i.parentWidget(), QAbstractSpinBox)
                      and not isinstance(i, QDateTimeEdit)]
            if isinstance(dialog, RecordDialog):
                assert {"recordPostalCode", "otherMinutes"} <= {i.objectName() for i in inputs}
            wrong = [i.objectName() for i in inputs
                     if i.layoutDirection() != Qt.LayoutDirection.LeftToRight]
            assert wrong == [], type(dialog).__name__
    finally:
        window.set_language("fr")


def test_values_in_sentences_are_isolated_only_right_to_left(qtbot, window):
    window.set_language("ar")
    assert bidi.isolating()
    text = window.topbar.scale_label.text()
    assert bidi.FSI + str(window.topbar.scale) + bidi.PDI in text
    window.set_language("en")
    assert not bidi.isolating()
    assert not any(mark in window.topbar.scale_label.text() for mark in bidi.MARKS)
    window.set_language("fr")


def test_the_menu_says_which_translations_are_not_checked(qtbot, window):
    """A language no native speaker checked says so in the menu; French is one click away
    and the chosen language one click back, without changing the saved choice."""
    window.set_language("ar")
    menu = window.topbar.language
    codes = [code for code, _, _ in menu.entries()]
    names = [name for _, name, _ in menu.entries()]
    assert set(SHIPPED) <= set(codes) and "ar" in codes
    arabic = names[codes.index("ar")]
    assert "العربية" in arabic and "traduction à relire" in bidi.strip_marks(arabic)
    for row in LANGUAGES:  # only the ones nobody checked say so
        if row.code in codes:
            assert ("relire" in names[codes.index(row.code)]) == (not row.reviewed), row.code
    french = window.topbar.french
    assert french.isVisibleTo(window) and bidi.strip_marks(french.text()) == "Voir en français"
    french.click()
    assert window.translations.language == "fr"
    assert window.settings.get("language") == "ar"  # the person's choice is kept
    # The French page reads left to right (the Arabic texts are still being written).
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    assert "العربية" in french.text()
    french.click()
    assert window.translations.language == "ar"
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    window.set_language("fr")
    assert not window.topbar.french.isVisibleTo(window)


def test_in_arabic_every_focusable_element_of_every_page_is_named(qtbot, window):
    """What a screen reader says in Arabic: every control it can reach has a name."""
    from .journey_support import wait_idle, wait_step
    from .pages_support import focusable_without_name
    from .test_accessibility import open_step

    problems = {}
    window.set_language("ar")
    for step in Step:
        open_step(window, step)
        wait_step(qtbot, window, step)
        wait_idle(qtbot, window)
        assert window.current_page.isRightToLeft()
        missing = focusable_without_name(window)
        if missing:
            problems[step.value] = missing
    assert problems == {}
    window.set_language("fr")


@pytest.mark.parametrize("language", ["fa_AF", "ps_AF"])
def test_dari_and_pashto_run_the_whole_journey_mirrored(qtbot, window, monkeypatch, language):
    """Home mode from the start to the activated account, in Dari and in Pashto: the
    values typed (address, number, IBAN, password, code) go through left-to-right
    inputs and reach the server whole."""
    from aidant_app.journey import HOME

    from .journey_steps import create_and_activate, poll_fast, start, training_mailbox
    from .pages_support import person

    poll_fast(monkeypatch)
    window.set_language(language)
    qtbot.waitUntil(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    who = person(window.ctx, "ready", 1 if language == "fa_AF" else 2)
    start(qtbot, window, HOME)
    training_mailbox(qtbot, window, who.first_name, who.last_name)
    create_and_activate(qtbot, window, who, monkeypatch)
    assert window.current_page.step == Step.DONE
    assert window.current_page.isRightToLeft()
    assert window.ctx.journey.account_status == "active"
    window.set_language("fr")


def test_a_translation_has_its_own_identifiers_isolated(qapp):
    """"Appelez le 36 46." translated: the number keeps its order in a right-to-left
    interface (ui/i18n.IsolatingTranslator), and nothing changes left to right."""
    from aidant_app.paths import translations_dir
    from aidant_app.ui.i18n import IsolatingTranslator

    translator = IsolatingTranslator()
    assert translator.load("aidant_en", str(translations_dir()))
    plain = translator.translate("HelpCases", "Appelez le 36 46.")
    assert "36 46" in plain and not any(mark in plain for mark in bidi.MARKS)
    bidi.set_isolating(True)
    try:
        isolated = translator.translate("HelpCases", "Appelez le 36 46.")
    finally:
        bidi.set_isolating(False)
    assert isolated == plain.replace("36 46", bidi.LRI + "36 46" + bidi.PDI)


def test_the_language_menu_is_never_cut_in_a_right_to_left_language(qtbot, window):
    """"العربية (traduction à relire)" and "Voir en français" are longer than "Français": on
    a 1024 px window the bar makes room (the size label goes) rather than cut the menu."""
    window.resize(1024, 600)
    window.set_language("ar")
    qtbot.wait(50)
    menu = window.topbar.language
    assert menu.isVisible() and menu.width() >= menu.sizeHint().width(), (
        menu.width(), menu.sizeHint().width())
    assert window.topbar.french.width() >= window.topbar.french.sizeHint().width()
    window.set_language("fr")
