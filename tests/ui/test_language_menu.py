"""The language menu: a button as wide as the language it shows; its list opens on a press,
and nothing changes until a language is chosen there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from aidant_app.rules.languages import LANGUAGES
from aidant_app.ui import theme
from aidant_app.ui.topbar import TopBar


@pytest.fixture
def bar(qtbot, qapp):
    bar = TopBar()
    qtbot.addWidget(bar)
    bar.resize(780, 80)  # on the screen, with room under it for the list
    bar.show()
    qtbot.waitExposed(bar)
    yield bar
    if bar.language.list is not None:
        bar.language.list.hide()


@pytest.mark.parametrize("scale", [100, 200])
def test_the_menu_takes_the_width_of_what_it_shows(qtbot, qapp, scale):
    theme.apply(qapp, scale, False)
    try:
        bar = TopBar()
        qtbot.addWidget(bar)
        bar.resize(1900, 80)
        bar.show()
        qtbot.waitExposed(bar)
        menu = bar.language
        widths = {}
        for row in LANGUAGES:
            bar.set_state(scale, False, row.code)
            shown = menu.fontMetrics().horizontalAdvance(menu.text())
            assert row.name in menu.text()
            # The shown words fit, with the frame around them, and no more.
            assert shown < menu.sizeHint().width() < shown + 80, (row.code, menu.text())
            qtbot.waitUntil(lambda: menu.width() >= menu.sizeHint().width())  # laid out
            assert menu.width_for(menu.current_name()) == menu.sizeHint().width()
            widths[row.code] = menu.sizeHint().width()
        # Another language shown, another width: French is narrower than the Arabic entry
        # with its "(traduction à relire)".
        assert widths["fr"] + 50 < widths["ar"]
    finally:
        theme.apply(qapp, 100, False)


@pytest.mark.parametrize("scale", [100, 200])
def test_the_list_opens_under_the_button_with_every_language_whole(qtbot, qapp, bar, scale):
    theme.apply(qapp, scale, False)
    try:
        _the_list_opens_under_the_button(qtbot, bar, scale)
    finally:
        theme.apply(qapp, 100, False)


def _the_list_opens_under_the_button(qtbot, bar, scale):
    bar.set_state(scale, False, "fr")
    menu = bar.language
    assert menu.list is None  # built on its first opening, not with the first window
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: menu.list is not None and menu.list.isVisible())
    actions = menu.list.actions()
    assert [a.data() for a in actions] == [code for code, _, _ in menu.entries()]
    assert [a.data() for a in actions if a.isChecked()] == ["fr"]
    assert menu.list.activeAction().data() == "fr"  # the arrows start from the one in use
    # Each language whole in its line (at 200 % the sheet's page-sized font once made the
    # list measure in one size and draw in another: "العربية (trad…ion à relire)"), in
    # the top bar's size, not the page's.
    assert menu.list.font().pointSizeF() == pytest.approx(menu.font().pointSizeF())
    for action in actions:
        words = menu.list.fontMetrics().horizontalAdvance(action.text())
        assert menu.list.actionGeometry(action).width() > words, action.text()
    below = menu.mapToGlobal(menu.rect().bottomLeft())
    assert abs(menu.list.geometry().top() - below.y()) <= 2
    assert abs(menu.list.geometry().left() - below.x()) <= 2


def test_in_a_right_to_left_bar_the_list_opens_under_the_button_from_its_right(qtbot, bar):
    """In Arabic the list opened rightwards from the button's right edge, over the page."""
    bar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    bar.set_state(100, False, "ar")
    menu = bar.language
    menu.open_list()
    qtbot.waitUntil(lambda: menu.list.isVisible())
    right = menu.mapToGlobal(menu.rect().bottomRight())
    assert abs(menu.list.geometry().top() - right.y()) <= 2
    assert abs(menu.list.geometry().right() - right.x()) <= 2, (menu.list.geometry(), right)


def _focused_menu(qtbot, bar):
    """The menu showing French, with the keyboard's focus; and the languages it asks for."""
    bar.set_state(100, False, "fr")
    menu = bar.language
    asked = []
    bar.language_requested.connect(asked.append)
    menu.setFocus()
    qtbot.waitUntil(menu.hasFocus)
    return menu, asked


def test_moving_through_the_bar_never_changes_the_language(qtbot, bar):
    """A combo box changed the language at an arrow key or a turn of the mouse wheel."""
    menu, asked = _focused_menu(qtbot, bar)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_End):
        qtbot.keyClick(menu, key)
    centre = QPointF(menu.rect().center())
    wheel = QWheelEvent(centre, QPointF(menu.mapToGlobal(menu.rect().center())), QPoint(),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(menu, wheel)
    assert asked == []
    assert menu.list is None or not menu.list.isVisible()


def test_a_language_is_chosen_with_the_keyboard_in_the_list(qtbot, bar):
    menu, asked = _focused_menu(qtbot, bar)
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: menu.list is not None and menu.list.isVisible())
    codes = [code for code, _, _ in menu.entries()]
    qtbot.keyClick(menu.list, Qt.Key.Key_Down)
    qtbot.keyClick(menu.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: asked == [codes[codes.index("fr") + 1]])
    # Choosing the language in use changes nothing.
    asked.clear()
    menu.open_list()
    qtbot.waitUntil(menu.list.isVisible)
    qtbot.keyClick(menu.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.list.isVisible())
    assert asked == []


def test_a_screen_reader_hears_which_language_is_in_use(bar):
    bar.set_state(100, False, "fr")
    assert bar.language.accessibleName() == "Langue : Français"
    bar.set_state(100, False, "en")
    assert "English" in bar.language.accessibleName()
