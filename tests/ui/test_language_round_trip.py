"""Every shown text follows a language switch: French -> English -> French on every page,
with the form's live checks shown, leaves no English behind (and English no French)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from aidant_app.journey import Step

from .small_screen_checks import _fill_journey

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "aidant_en.ts"


def _pairs() -> list[tuple[str, str]]:
    """(French source, English translation) of every finished message whose words differ."""
    pairs = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            continue
        english = (translation.text or "").strip()
        if english and english != source.strip():
            pairs.append((source.strip(), english))
    return pairs


def _fixed_part(text: str) -> str:
    """The longest part of a message without a placeholder: what a shown text must contain."""
    parts = [part for chunk in text.split("{") for part in chunk.split("}")[-1:]]
    return max(parts, key=len).strip()


def _shown(window) -> list[tuple[str, str]]:
    """(object name, text) of every shown label and button of the current page and shell."""
    shown = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text().strip():
            shown.append((widget.objectName(), widget.text().strip()))
    return shown


def _left_over(window, other: set[str], own: set[str], where: str) -> list[str]:
    found = []
    for name, text in _shown(window):
        if text in own:
            continue
        # A whole message of the other language, or one with its placeholders filled.
        hits = [words for words in other if words == text or (len(words) >= 12 and words in text)]
        if hits:
            found.append(f"{where} {name}: {text[:70]!r}")
    return found


def _trigger_checks(page) -> None:
    """The account form's live checks: each input's feedback shown, as after typing."""
    inputs = getattr(page, "inputs", {})
    values = {name: widget.value() for name, widget in inputs.items()}
    for widget in inputs.values():
        if hasattr(widget, "refresh"):
            widget.refresh()
    if "iban" in inputs:
        inputs["iban"].edit.setText("FR76 3000 6000 0112 3456 7890 189")
    for widget in inputs.values():
        widget.finish(values)
    if "postal_code" in inputs:  # an error under a field, as after pressing "Créer mon compte"
        inputs["postal_code"].edit.setText("7")
        page.submit()


def test_every_page_comes_back_whole_in_french_after_english(qtbot, window):
    pairs = _pairs()
    french = {_fixed_part(fr) for fr, _en in pairs} - {""}
    english = {_fixed_part(en) for _fr, en in pairs} - {""}
    # A word both languages use the same way ("Aidant", "ameli") is no sign of either.
    french, english = french - english, english - french
    _fill_journey(window)
    problems = []
    for step in Step:
        window.set_language("fr")
        window.jump_to(step)
        _trigger_checks(window.current_page)
        QApplication.processEvents()
        window.set_language("en")
        QApplication.processEvents()
        problems += _left_over(window, french, english, f"en {step.value}")
        window.set_language("fr")
        QApplication.processEvents()
        problems += _left_over(window, english, french, f"fr {step.value}")
    window.ctx.wipe()
    assert problems == [], "text of the other language left:\n" + "\n".join(problems)


def test_the_check_finds_a_text_left_in_english(qtbot, window):
    """The check can fail: a label set in English and never retranslated is found."""
    pairs = _pairs()
    english = {_fixed_part(en) for _fr, en in pairs} - {""}
    french = {_fixed_part(fr) for fr, _en in pairs} - {""}
    window.jump_to(Step.START)
    label = QLabel(next(en for fr, en in pairs if fr == "✔ IBAN correct."), window.current_page)
    label.show()
    assert _left_over(window, english - french, french - english, "fr start")
    label.deleteLater()


def _words():
    pairs = _pairs()
    french = {_fixed_part(fr) for fr, _en in pairs} - {""}
    english = {_fixed_part(en) for _fr, en in pairs} - {""}
    return french - english, english - french


def _round_trip(window, widget, where: str) -> list[str]:
    """French, English while `widget` is open, French again: what is left of the other."""
    french, english = _words()
    problems = []
    for language, other, own in (("en", french, english), ("fr", english, french)):
        window.set_language(language)
        QApplication.processEvents()
        problems += _left_over(widget, other, own, f"{language} {where}")
    return problems


def _dialogs(window):
    """The dialogs a person opens, each with what it shows at its fullest."""
    from aidant_app.ui.help_dialog import HelpDialog
    from aidant_app.ui.idle import IdleDialog
    from aidant_app.ui.inbox_dialog import InboxDialog
    from aidant_app.ui.settings_dialog import SettingsDialog

    from .pages_support import create_account, fresh_address, person

    address = fresh_address("entrainement.example")
    create_account(window.ctx, person(window.ctx, "ready", 9), address)  # a link to click
    return {"help": lambda: HelpDialog(window.ctx, window),
            "settings": lambda: SettingsDialog(window.settings, window),
            "idle": lambda: IdleDialog(30, 60_000, window),
            "inbox": lambda: InboxDialog(window.ctx, address, False, window),
            "inbox asking its password": lambda: InboxDialog(
                window.ctx, "odile.fictive@entrainement.example", True, window)}


def test_every_dialog_follows_a_language_switch(qtbot, window):
    """Open in French, switched to English and back while open; then opened anew in
    English: no text of the other language is left."""
    problems = []
    for name, make in _dialogs(window).items():
        window.set_language("fr")
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        if name == "inbox":
            qtbot.waitUntil(lambda d=dialog: d.list.count() == 1, timeout=10000)
            dialog.list.setCurrentRow(0)
        problems += _round_trip(window, dialog, name)
        dialog.done(0)
        window.set_language("en")
        fresh = make()
        fresh.show()
        QApplication.processEvents()
        french, english = _words()
        problems += _left_over(fresh, french, english, f"en {name} opened in English")
        fresh.done(0)
    window.set_language("fr")
    assert problems == [], "text of the other language left:\n" + "\n".join(problems)


def test_the_helper_sign_in_follows_a_language_switch(qtbot, window):
    """The start page's sign-in after a wrong password (its error) and signed in (its
    status): each says again, in the new language, what it says now."""
    from aidant_app.journey import HELPER
    from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD

    from .journey_support import click, type_into

    window.ctx.journey.answers.mode = HELPER
    window.show_step(Step.START)
    page = window.current_page
    click(qtbot, page.helper_radio)
    signin = page.signin
    type_into(qtbot, signin.login_edit, HELPER_LOGIN)
    problems = []
    for password, shown in (("Mauvais-Secret-77", lambda: bool(window.error_area.message)),
                            (HELPER_PASSWORD, lambda: signin.status.isVisible())):
        type_into(qtbot, signin.password_edit, password)
        click(qtbot, signin.sign_in_button)
        qtbot.waitUntil(shown, timeout=10000)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10000)
        problems += _round_trip(window, window, f"sign-in ({'signed in' if password == HELPER_PASSWORD else 'refused'})")
    window.set_language("fr")
    assert problems == [], "text of the other language left:\n" + "\n".join(problems)
