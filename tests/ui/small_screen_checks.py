"""Checks run on one small screen (tests/ui/test_small_screens.py starts pytest on this file
with an offscreen screen of AIDANT_TEST_SCREEN, e.g. 1024x600, and its text sizes).

A whole journey by clicks and typing, at each text size; after every page change: the
window's frame inside the screen's free area, Retour / J'ai un problème / Continuer whole
inside the window (not cut, no scrolling needed), the page open at its top with its title
showing, and no page wider than its room. Then every dialog, at each text size.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from aidant_app.journey import HELPER

from .journey_steps import create_and_activate, poll_fast, start, training_mailbox
from .pages_support import person

SCREEN = os.environ.get("AIDANT_TEST_SCREEN", "1280x800")
SCALES = [int(s) for s in os.environ.get("AIDANT_TEST_SCALES", "100").split(",")]


def _inside(widget: QWidget, window: QWidget) -> bool:
    """The widget's whole rectangle is inside the window's (mapped through its parents)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def cut_labels(root: QWidget) -> list[str]:
    """Shown wrapped labels lower than their text needs at their width (last lines cut)."""
    cut = []
    for label in root.findChildren(QLabel):
        if not (label.isVisible() and label.wordWrap() and label.text()):
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 2:
            cut.append(f"{label.objectName() or label.text()[:30]!r} is {label.height()} px "
                       f"high, needs {needed}")
    return cut


def cut_buttons(root: QWidget) -> list[str]:
    """Shown buttons and check boxes narrower than their text ("Lire les conditi…")."""
    cut = []
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and \
                button.width() < button.sizeHint().width() - 2:
            cut.append(f"{button.objectName()} cut ({button.width()} < "
                       f"{button.sizeHint().width()} px)")
    return cut


def frame_problems(window: QWidget) -> list[str]:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if area.contains(frame):
        return []
    return [f"{window.objectName()} frame {frame.getRect()} outside the screen {area.getRect()}"]


def shell_problems(window) -> list[str]:
    page = window.current_page
    where = f"{page.step.value}:"
    problems = [f"{where} {p}" for p in frame_problems(window)]
    for button in (window.back_button, window.help_button, window.next_button,
                   window.button_row.next_person):
        if not button.isVisible():
            continue
        if not _inside(button, window):
            problems.append(f"{where} {button.objectName()} not whole inside the window")
        if button.width() < button.sizeHint().width():
            problems.append(f"{where} {button.objectName()} cut ({button.width()} < "
                            f"{button.sizeHint().width()} px)")
    scroll = window._scrolls[page.step]
    if scroll.verticalScrollBar().value() != 0:
        problems.append(f"{where} opened scrolled down to {scroll.verticalScrollBar().value()}")
    title = page.title_label
    if title.isVisible() and title.mapTo(page, title.rect().bottomLeft()).y() > \
            scroll.viewport().height():
        problems.append(f"{where} title below the fold")
    problems += [f"{where} {cut}" for cut in cut_labels(window)]
    problems += [f"{where} {cut}" for cut in cut_buttons(page)]
    if page.minimumSizeHint().width() > scroll.viewport().width():
        problems.append(f"{where} page needs {page.minimumSizeHint().width()} px, has "
                        f"{scroll.viewport().width()}")
    return problems


@pytest.fixture(params=SCALES, ids=lambda s: f"{SCREEN}-{s}pct")
def scale(request) -> int:
    return request.param


def test_screen_is_the_one_asked(qapp):
    width, height = (int(n) for n in SCREEN.split("x"))
    size = QApplication.primaryScreen().availableGeometry().size()
    assert (size.width(), size.height()) == (width, height)


def test_every_page_of_a_journey_fits(qtbot, window, monkeypatch, scale):
    poll_fast(monkeypatch)
    window.set_text_scale(scale)
    problems: list[str] = []
    checked: list[str] = []
    screens: dict[str, float] = {}  # how many screens of scrolling each page is
    original = window.show_step

    def show_step(step) -> None:
        original(step)
        # Laid out now, as it will be painted (the test clicks on at once); a layout that
        # changes (the button row on two rows) asks again.
        for _ in range(3):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        checked.append(step.value)
        problems.extend(shell_problems(window))
        bar = window._scrolls[step].verticalScrollBar()
        screens[step.value] = (bar.maximum() + bar.pageStep()) / max(1, bar.pageStep())

    monkeypatch.setattr(window, "show_step", show_step)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems.extend(shell_problems(window))  # the start page, shown by the window itself
    who = person(window.ctx, "ready", 6)
    start(qtbot, window, HELPER)  # helper mode: "Personne suivante" is in the row too
    training_mailbox(qtbot, window, who.first_name, who.last_name)
    create_and_activate(qtbot, window, who, monkeypatch)
    qtbot.wait(100)
    assert {"email_question", "mailbox_service", "email_code", "account_form", "activation",
            "done"} <= set(checked), checked
    assert problems == [], "\n".join(problems)
    # The activation page was 8 screens at 200 %: its help is behind one button now.
    assert screens["activation"] <= 4, screens


def test_every_dialog_fits(qtbot, window, scale):
    from aidant_app.ui.help_dialog import HelpDialog
    from aidant_app.ui.idle import IdleDialog
    from aidant_app.ui.inbox_dialog import InboxDialog
    from aidant_app.ui.settings_dialog import SettingsDialog

    window.set_text_scale(scale)
    dialogs = {
        "help": (HelpDialog(window.ctx, window), "close_button"),
        "settings": (SettingsDialog(window.settings, window), "save"),
        "idle": (IdleDialog(30, 60_000, window), "still_here"),
        "inbox": (InboxDialog(window.ctx, "odile.fictive@entrainement.example", True, window),
                  "close_button"),
    }
    problems = []
    for name, (dialog, button_name) in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        problems += [f"{name}: {p}" for p in frame_problems(dialog)]
        button = getattr(dialog, button_name)
        if not (button.isVisible() and _inside(button, dialog)):
            problems.append(f"{name}: {button_name} not whole inside the dialog")
        problems += [f"{name}: {cut}" for cut in cut_labels(dialog)]
        dialog.done(0)
    assert problems == [], "\n".join(problems)
