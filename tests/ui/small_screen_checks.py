"""Checks run on one small screen (tests/ui/test_small_screens.py starts pytest on this file
with an offscreen screen of AIDANT_TEST_SCREEN, e.g. 1024x600, and its text sizes).

A whole journey by clicks and typing, at each text size; after every page change: the
window's frame inside the screen's free area, Retour / J'ai un problème / Continuer whole
inside the window (not cut, no scrolling needed), the page open at its top with its title
showing, no page wider than its room and no widget reaching past the right edge of the
page's view (a QHBoxLayout of long buttons, a check box that cannot wrap, a fixed minimum
width: the words at the right were cut), every button as wide and as high as its label
needs, and the page's view at least MIN_PAGE_SHARE of the window (the shell around it left
170 of 600 px to the page at 200 %). Then every page on its own with its folded help open,
in French and in English, and every dialog, at each text size. AIDANT_TEST_LANGUAGE=ar
runs it all in Arabic instead (mirrored).
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QRegularExpression
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListView, QWidget

from aidant_app.journey import HELPER, Step
from aidant_app.rules.languages import is_rtl

from .journey_steps import create_and_activate, poll_fast, start, training_mailbox
from .pages_support import create_account, fresh_address, person

SCREEN = os.environ.get("AIDANT_TEST_SCREEN", "1280x800")
SCALES = [int(s) for s in os.environ.get("AIDANT_TEST_SCALES", "100").split(",")]
# The interface language of every check (fr, or a right-to-left one: the window mirrored).
LANGUAGE = os.environ.get("AIDANT_TEST_LANGUAGE", "fr")
MIN_PAGE_SHARE = 0.40  # of the window's height, for the page's own view (the rest: the shell)
# Below a logical 960x540 (a 1366x768 laptop with the desktop at 200 % is 683x384) the
# promise is that everything fits and scrolls, not that the page keeps that share.
_width, _height = (int(n) for n in SCREEN.split("x"))
TINY = _width < 960 or _height < 540
if TINY:
    MIN_PAGE_SHARE = 0.0


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


def cut_list_items(root: QWidget) -> list[str]:
    """Lines of shown lists cut at their right edge or at their last line (the training
    inbox showed "Confirmez votre adresse e-m" with a sideways scroll bar, then a sender's
    address cut with "…")."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    cut = []
    for view in root.findChildren(QListView):
        if not view.isVisible():
            continue
        if view.horizontalScrollBar().maximum() > 0:
            cut.append(f"{view.objectName()} scrolls sideways")
        metrics, model = view.fontMetrics(), view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = str(index.data() or "")
            # Where the style draws the words of this row (inside its margins).
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect, option.text, option.font = view.visualRect(index), text, view.font()
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText,
                                               option, view)
            # A word wider than the room is cut with "…"; more lines than the row is high
            # are cut at the bottom.
            widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            lines = metrics.boundingRect(QRect(0, 0, room.width(), 100_000),
                                         Qt.TextFlag.TextWordWrap, text)
            if widest > room.width() or lines.height() > room.height() + 2:
                cut.append(f"{view.objectName()} row {row} {text[:30]!r}: words in "
                           f"{room.width()}x{room.height()} px need {widest} px wide, "
                           f"{lines.height()} px high")
    return cut


def cut_buttons(root: QWidget) -> list[str]:
    """Shown buttons and check boxes narrower than their text ("Lire les conditi…"); a
    button whose label wraps (widgets.WrapButton) lower than its lines need."""
    cut = []
    for button in root.findChildren(QAbstractButton):
        if not (button.isVisible() and button.text()):
            continue
        if button.hasHeightForWidth():
            needed = button.heightForWidth(button.width())
            if button.width() < button.minimumSizeHint().width() - 2 or \
                    button.height() < needed - 2:
                cut.append(f"{button.objectName()} cut ({button.width()}x{button.height()}, "
                           f"needs {button.minimumSizeHint().width()} wide, {needed} high)")
        elif button.width() < button.sizeHint().width() - 2:
            cut.append(f"{button.objectName()} cut ({button.width()} < "
                       f"{button.sizeHint().width()} px)")
    return cut


def past_right_edge(root: QWidget, room: QWidget) -> list[str]:
    """Shown widgets under `root` whose right edge is beyond `room`'s (a scroll area's
    viewport, a dialog): what is there is cut off, and no scroll bar shows it."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        right = widget.mapTo(room, QPoint(widget.width(), 0)).x()
        if right > room.width() + 1:
            text = getattr(widget, "text", lambda: "")
            words = text() if callable(text) else ""
            cut.append(f"{type(widget).__name__} {widget.objectName()!r} "
                       f"{str(words)[:30]!r} ends at {right} px, room {room.width()}")
    return cut


def width_problems(page: QWidget, scroll) -> list[str]:
    """What a person would see cut at the right of a page, or a button cut."""
    viewport = scroll.viewport()
    problems = []
    if page.minimumSizeHint().width() > viewport.width():
        # Which widget asks for it: the widest one that cannot be narrower.
        wide = max((w for w in page.findChildren(QWidget) if w.isVisible()
                    and not w.findChildren(QWidget)),
                   key=lambda w: w.minimumSizeHint().width(), default=page)
        problems.append(f"page needs {page.minimumSizeHint().width()} px, has "
                        f"{viewport.width()}; the widest: {type(wide).__name__} "
                        f"{wide.objectName()!r} {wide.minimumSizeHint().width()} px "
                        f"{str(getattr(wide, 'text', lambda: '')())[:40]!r}")
    if page.width() > viewport.width():
        problems.append(f"page is {page.width()} px wide, its view {viewport.width()}")
    problems += past_right_edge(page, viewport)[:5]
    problems += cut_buttons(page)
    return problems


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
    problems += [f"{where} {p}" for p in width_problems(page, scroll)]
    problems += [f"{where} {p}" for p in past_right_edge(window, window)[:5]]
    # The Arabic letters' font has taller lines (the step line, the buttons, the reason
    # under them): the shell's share grows by as much (_taller_lines).
    if scroll.viewport().height() < MIN_PAGE_SHARE / _taller_lines() * window.height():
        problems.append(f"{where} the page shows {scroll.viewport().height()} px of a "
                        f"{window.height()} px window")
    return problems


def essentials_problems(window) -> list[str]:
    """What the page is about (its first box, its main buttons: JourneyPage.essentials) whole
    in view without scrolling."""
    page = window.current_page
    scroll = window.scroll_for(page.step)
    problems = []
    for widget in page.essentials():
        top = widget.mapTo(scroll.viewport(), widget.rect().topLeft()).y()
        if top < 0 or top + widget.height() > scroll.viewport().height():
            problems.append(f"{page.step.value}: {widget.objectName()} "
                            f"{str(getattr(widget, 'text', lambda: '')())[:30]!r} ends at "
                            f"{top + widget.height()} px, view {scroll.viewport().height()}")
    return problems


def settle() -> None:
    """Laid out now, as it will be painted; a layout that changes (the buttons on more
    rows, a line that wraps) asks again."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


@pytest.fixture(params=SCALES, ids=lambda s: f"{SCREEN}-{s}pct")
def scale(request) -> int:
    return request.param


@pytest.fixture(autouse=True)
def interface_language(request):
    """The window in LANGUAGE (the conftest's window starts in French)."""
    if LANGUAGE == "fr" or "window" not in request.fixturenames:
        yield
        return
    window = request.getfixturevalue("window")
    window.set_language(LANGUAGE)
    assert window.translations.language == LANGUAGE
    assert window.isRightToLeft() == is_rtl(LANGUAGE)
    yield
    window.set_language("fr")


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

    # Where the screen is not too small for the text: what each page is about is in view.
    essentials = (SCREEN, scale) in (("1024x600", 100), ("1366x768", 100))
    groups: list[float] = []  # screens of each group of the account form's questions

    def measure(step) -> None:
        settle()  # as it will be painted: the test clicks on at once
        problems.extend(shell_problems(window))
        if essentials:
            problems.extend(essentials_problems(window))
        bar = window._scrolls[step].verticalScrollBar()
        screens[step.value] = (bar.maximum() + bar.pageStep()) / max(1, bar.pageStep())

    def show_step(step) -> None:
        original(step)
        checked.append(step.value)
        measure(step)
        if step == Step.ACCOUNT_FORM:
            groups.append(screens[step.value])

    from aidant_app.ui.pages.account_form import AccountFormPage

    to_group = AccountFormPage._go_to_group

    def go_to_group(page, index) -> None:
        to_group(page, index)
        if page is window.current_page:
            measure(Step.ACCOUNT_FORM)
            groups.append(screens[Step.ACCOUNT_FORM.value])

    monkeypatch.setattr(AccountFormPage, "_go_to_group", go_to_group)
    monkeypatch.setattr(window, "show_step", show_step)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems.extend(shell_problems(window))  # the start page, shown by the window itself
    who = person(window.ctx, "ready", 6)
    start(qtbot, window, HELPER)  # helper mode: "Personne suivante" is in the row too
    training_mailbox(qtbot, window, who.first_name, who.last_name)
    create_and_activate(qtbot, window, who, monkeypatch)
    qtbot.wait(100)
    assert {"triage", "email_question", "mailbox_service", "email_code", "account_form",
            "activation", "mailbox_life", "done"} <= set(checked), checked
    assert problems == [], "\n".join(problems)
    # The activation page was 8 screens at 200 %: its help is behind one button now. On
    # 1024x600 its view is shorter (about 290 px at 200 %): the same page is 5 screens there.
    # The account form, one group of questions at a time on these screens: the whole form
    # was 3.3 screens at 1024x600 and 7.4 at 200 %. The longest group is the password's (its
    # rules, then the terms): docs/known-limits.md.
    form = window.page(Step.ACCOUNT_FORM)
    print(f"account form: {SCREEN} {scale} %: groups {[round(g, 2) for g in groups]}")
    if not TINY:
        assert form.groups.paged and len(groups) >= 5, groups
        *others, password, terms = groups  # the terms to accept are the last question
        # 960x540 (a 1920x1080 laptop at 200 %) shows less of a page than 1024x600.
        # In Arabic the page's lines are taller and so are the shell's, which leaves the
        # page's view shorter: a page's screens grow by about the square (_taller_lines).
        more = (1.3 if _height < 600 else 1.0) * _taller_lines() ** 2
        # The identity group was 1.09 screens at 100 % on 1024x600; with the hints in the
        # page's text size (ui/theme.py: 14 pt at least, as easy-to-read rules ask) 1.10.
        assert max(*others, terms) <= more * {100: 1.12, 125: 1.2, 150: 1.4}.get(scale, 2.3), \
            groups
        # It was 4.2 screens at 200 % (1.6 at 100 %): the show/hide box now sits beside the
        # password's box, the list of signs is written once (the rule about a digit or a
        # sign shows three), the rules are shorter and closer. Measured with DejaVu Sans:
        # 1.34 at 100 %, 1.66 at 150 %, 3.29 at 200 % on 1024x600; 2.26 at 150 % on 960x540.
        assert password <= more * {100: 1.4, 125: 1.4, 150: 1.75}.get(scale, 3.35), groups
    if not TINY:
        assert screens["activation"] <= _taller_lines() ** 2 * (
            5 if (SCREEN, scale) == ("1024x600", 200) else 4), screens


def _taller_lines() -> float:
    """How much taller a line of the interface's font is than the French one (1.0 in
    French): the page budgets above were measured in DejaVu Sans, and the Arabic letters'
    font (ui/fonts.py: Noto Sans Arabic UI) has taller lines for its marks above and below."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from aidant_app.ui import fonts

    if LANGUAGE == "fr":
        return 1.0
    here, french = QFont(QApplication.font()), QFont(QApplication.font())
    here.setFamilies(fonts.families_for(LANGUAGE))
    french.setFamilies(fonts.families_for("fr"))
    # The first family's line: the one the page's words are drawn in.
    return max(1.0, QFontMetricsF(here).lineSpacing() / QFontMetricsF(french).lineSpacing())


def test_text_size_stops_where_the_screen_is_full(qtbot, window):
    """The app's text size on top of the desktop's scale never makes the window wider or
    taller than the screen; where the screen is too small for the size asked, A+ is grey
    and says why, and the size asked is kept for a larger screen."""
    from aidant_app.ui import theme

    window.set_text_scale(theme.MAX_SCALE)
    settle()
    applied = round(theme.current_factor() * 100)
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())
    assert window.settings.get("text_scale") == theme.MAX_SCALE
    larger = window.topbar.larger
    if area.height() >= 600:  # 1024x600 and up: the pages are laid out for 200 % there
        assert applied == theme.MAX_SCALE
    else:
        assert applied < theme.MAX_SCALE
        assert not larger.isEnabled()
        assert "plus grand" in larger.toolTip() and "écran" in larger.toolTip()
        assert f"{applied} %" in larger.accessibleDescription()
    window.set_text_scale(theme.MIN_SCALE)


def _fill_journey(window) -> None:
    """A person's answers, as far as the last page, so that every page has its words."""
    who = person(window.ctx, "ready", 7)
    journey = window.ctx.journey
    journey.answers.mode, journey.answers.consent, journey.answers.fictitious = HELPER, True, True
    journey.answers.first_name, journey.answers.last_name = who.first_name, who.last_name
    journey.answers.form.update(nir=who.nir, birth_date=who.birth_date.isoformat(),
                                postal_code=who.postal_code)
    journey.answers.email = "claire-marguerite.fictive-du-jardin@entrainement.example"
    journey.facts.masked_email = "c•••••@entrainement.example"
    journey.facts.journey_code = "K7Q-4MZ-2WP"
    journey.answers.provider_id = "laposte"
    journey.answers.triage = "other_scheme"  # the longest triage exit
    journey.answers.recovery = "forgot_password"  # the recovery path with the most steps


@pytest.mark.parametrize("language", ["fr", "en"] if LANGUAGE == "fr" else [LANGUAGE])
def test_every_page_alone_with_its_help_open_fits_in_width(qtbot, window, scale, language):
    """Pages the journey above does not reach (the existing account's help, the provider's
    page), each folded help open (the activation page's has the longest button labels),
    and in English, whose words are other widths: nothing reaches past the right edge."""
    from aidant_app.ui.widgets.details import Details

    window.set_language(language)
    window.set_text_scale(scale)
    _fill_journey(window)
    problems = []
    for step in Step:
        window.jump_to(step)
        page = window.current_page
        for details in page.findChildren(Details):
            details.open()
        settle()
        qtbot.wait(10)
        settle()
        where = f"{language} {step.value}:"
        problems += [f"{where} {p}" for p in width_problems(page, window.scroll_for(step))]
        problems += [f"{where} {p}" for p in frame_problems(window)]
        for button in (window.back_button, window.help_button, window.next_button,
                       window.button_row.next_person):
            if button.isVisible() and not _inside(button, window):
                problems.append(f"{where} {button.objectName()} not whole inside the window")
    window.ctx.wipe()
    assert problems == [], "\n".join(problems)


def _anchor(view) -> QTextCursor:
    """A cursor on the first link of a text view's document (null if none)."""
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                cursor = QTextCursor(view.document())
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor.MoveMode.KeepAnchor)
                return cursor
            it += 1
        block = block.next()
    return QTextCursor()


def in_view(view, cursor: QTextCursor) -> bool:
    """The text under `cursor` is found and drawn inside the view's visible part."""
    if cursor.isNull():
        return False
    end = view.cursorRect(cursor)
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    return view.viewport().rect().contains(view.cursorRect(start)) and \
        view.viewport().rect().contains(end)


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
    # The inbox with a message that has a link: four buttons under the messages.
    address = fresh_address("entrainement.example")
    create_account(window.ctx, person(window.ctx, "ready", 8), address)
    with_link = InboxDialog(window.ctx, address, False, window)
    dialogs["inbox with a link"] = (with_link, "close_button")
    # The inbox with a message that has a code.
    coded = fresh_address("entrainement.example")
    window.ctx.client.start_email_verification(coded)
    with_code = InboxDialog(window.ctx, coded, False, window)
    dialogs["inbox with a code"] = (with_code, "close_button")
    problems = []
    for name, (dialog, button_name) in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        if dialog is with_link:
            qtbot.waitUntil(lambda: with_link.open_link.isVisible(), timeout=10000)
        if dialog is with_code:
            qtbot.waitUntil(lambda: with_code.list.count() == 1, timeout=10000)
        qtbot.wait(50)
        settle()
        # What the person opened the inbox for, in view without scrolling the message.
        if dialog is with_link and not TINY and not in_view(dialog.view, _anchor(dialog.view)):
            problems.append(f"{name}: the message's link is below the message's fold")
        if dialog is with_code and not TINY and not in_view(
                dialog.view, dialog.view.document().find(QRegularExpression(r"\d{6}"))):
            problems.append(f"{name}: the message's code is below the message's fold")
        problems += [f"{name}: {p}" for p in frame_problems(dialog)]
        button = getattr(dialog, button_name)
        if not (button.isVisible() and _inside(button, dialog)):
            problems.append(f"{name}: {button_name} not whole inside the dialog")
        problems += [f"{name}: {cut}" for cut in cut_labels(dialog)]
        problems += [f"{name}: {cut}" for cut in cut_buttons(dialog)]
        problems += [f"{name}: {cut}" for cut in cut_list_items(dialog)]
        problems += [f"{name}: {cut}" for cut in past_right_edge(dialog, dialog)[:5]]
        if dialog.minimumSizeHint().width() > dialog.width():
            problems.append(f"{name}: needs {dialog.minimumSizeHint().width()} px, has "
                            f"{dialog.width()}")
        dialog.done(0)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("state", ["connecting", "starting", "training_server_stopped",
                                   "backend_unreachable"])
def test_the_window_fits_whatever_the_connection_area_says(qtbot, window, state):
    """The connection area shows above the page while the service connects, or after it
    failed (with its buttons): at every text size the window stays inside the screen, and
    Continuer with it (the area added 24 px at 960x540 and 175 %: the window was taller)."""
    from aidant_app.ui import theme

    problems = []
    for scale in range(theme.MIN_SCALE, theme.MAX_SCALE + 1, 25):
        window.set_text_scale(scale)
        if state in ("connecting", "starting"):
            window.connection.set_state(state)
        else:
            window.ctx.backend_failed.emit(state)  # as the backend's controller says it
        settle()
        qtbot.wait(10)
        settle()
        assert window.connection.isVisible()
        where = f"{state} at {scale} %:"
        problems += [f"{where} {p}" for p in frame_problems(window)]
        for button in (window.next_button, window.connection.retry):
            if button.isVisible() and not _inside(button, window):
                problems.append(f"{where} {button.objectName()} not whole inside the window")
        problems += [f"{where} {cut}" for cut in cut_labels(window)]
        window.connection.set_state("ready")
        window.service_loss.lost = False
    assert problems == [], "\n".join(problems)
