"""The wizard's shell: step list, banner, one page at a time, messages, and Back / Next / Help."""

from __future__ import annotations

import logging

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QMainWindow, QScrollArea

from ..journey import Step
from ..journey.flow import FINAL_STEPS, SECTION_OF
from ..rules import bidi
from .context import AppContext
from .i18n import Translations
from .keyboard import Keyboard
from .pages.base import JourneyPage
from .preferences import WINDOW_SIZE, Preferences
from .registry import PageRegistry
from .settings_store import SettingsStore
from .shell_layout import build_shell

log = logging.getLogger(__name__)
PREBUILD_PAUSE_MS = 40  # between two pages built in advance: input is served in between
# A start that takes less than this says nothing about the service; a slower one says what
# it waits for (the training server starting, or a backend being reached).
QUIET_START_MS = 1000


class MainWindow(QMainWindow):
    """Drives the pages over ctx.flow; never decides where the journey goes by itself.

    Made of parts rather than mixins: `shell` (the widgets, shell_layout.py), `preferences`
    (text size, contrast, language) and `keyboard` (Enter, Tab, Page Up/Down).
    """

    def __init__(self, ctx: AppContext, settings: SettingsStore,
                 translations: Translations | None = None, registry: PageRegistry | None = None,
                 controller=None, idle_ms: int | None = None) -> None:
        super().__init__()
        self.ctx, self.settings = ctx, settings
        self.registry = registry or PageRegistry()
        self.controller = controller
        self.pages: dict[Step, JourneyPage] = {}
        self._loose: dict[Step, JourneyPage] = {}  # built in advance, not yet in the window
        self._scrolls: dict[Step, QScrollArea] = {}
        self.current_page: JourneyPage | None = None
        self.setObjectName("mainWindow")
        from PySide6.QtCore import QSize

        from .screen_fit import keep_on_screen

        keep_on_screen(self, QSize(*WINDOW_SIZE))  # smaller on a small screen, never larger
        self.shell = shell = build_shell(self)
        # The shell's widgets under their own names (tests, dialogs and scripts use them).
        self.topbar, self.steplist, self.step_line = shell.topbar, shell.steplist, shell.step_line
        self.banner, self.connection, self.stack = shell.banner, shell.connection, shell.stack
        self.error_area, self.busy_area = shell.error_area, shell.busy_area
        self.back_button, self.help_button = shell.back_button, shell.help_button
        self.next_button, self.button_row = shell.next_button, shell.button_row
        self.preferences = Preferences(self, shell, settings, translations)
        self.keyboard = Keyboard(self)
        self._wire()
        # Read aloud and the idle watch come just after the start page's first paint (or
        # on first use): they show nothing on it, and cost about 14 M instructions before
        # it (scripts/bench_startup.py --phases; docs/performance.md).
        self._speaker = self._idle = None
        self._idle_ms = idle_ms
        from .service_loss import ServiceLoss

        self.service_loss = ServiceLoss(self)  # before the context's signals reach it
        self._connect_context()
        self.preferences.apply_preferences()
        self.retranslate()
        # The start page is part of the first window (app.py waits for it to be painted).
        self.show_step(self.ctx.flow.current)
        from .first_paint import FirstPaint

        FirstPaint(self.current_page or self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        # Built now: the pages' Écouter buttons and F8 answer from here; the idle time
        # (minutes) counts from here, a few milliseconds after the window appeared.
        _ = self.speaker, self.idle
        self._quiet_started = True
        if self.ctx.meta is None and self.connection.state != "failed":
            self._quiet.start(QUIET_START_MS)  # then say what the app waits for
        # Roles for screen readers (headings, radio answers, password fields): installed
        # here, not before the paint (a zero timer set in __init__ ran before it), where
        # QAccessible's type and enums cost about 14 M instructions. A screen reader that
        # asked before now gets the app's interfaces from here on (a11y_roles.install).
        from . import a11y_roles

        a11y_roles.install(self)

    @property
    def speaker(self):
        """Read aloud (ui/speech.py): each page's Écouter, Arrêter, Répéter, and F8."""
        if self._speaker is None:
            from .speech import attach

            self._speaker = attach(self)
            for page in self.pages.values():
                self._speaker.connect_page(page)
        return self._speaker

    @property
    def idle(self):
        """Helper mode's idle warning, then wipe (ui/idle.py)."""
        if self._idle is None:
            from .idle import IdleWatcher

            self._idle = IdleWatcher(self.ctx, self, self._idle_ms)
        return self._idle

    @idle.setter
    def idle(self, watcher) -> None:
        """Another watch in its place (a shorter one: the no-trace proof's idle wipe)."""
        if self._idle is not None and self._idle is not watcher:
            self._idle.stop()
        self._idle = watcher

    def _wire(self) -> None:
        self.steplist.summary_changed.connect(self.preferences.step_summary)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.help_button.clicked.connect(self.open_help)
        self.button_row.next_person.clicked.connect(self.next_person)
        self.topbar.scale_requested.connect(self.set_text_scale)
        self.topbar.contrast_toggled.connect(self.set_high_contrast)
        self.topbar.language_requested.connect(self.set_language)
        self.topbar.french_requested.connect(self.preferences.see_french)
        self.topbar.settings_requested.connect(self.open_settings)
        self.connection.retry_requested.connect(self.retry_connection)
        self.connection.settings_requested.connect(self.open_settings)
        self.connection.state_changed.connect(lambda _state: self._show_banner())

    def _connect_context(self) -> None:
        ctx = self.ctx
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._say_connecting)
        self._quiet_started = False
        # The quiet second starts with the first paint (_after_first_paint): the backend
        # starts only then (app.py), and no one can read the words before it. Started here,
        # it ran out before the paint whenever building the window took a second (a slow
        # computer; valgrind: 3.3 M instructions of connection words nobody saw).
        ctx.meta_changed.connect(self._meta_changed)
        ctx.backend_failed.connect(self._backend_failed)
        ctx.wiped.connect(self._wiped)
        if self.controller is not None:
            self.set_controller(self.controller)
        self._meta_changed()

    # --- parts ------------------------------------------------------------------------------

    @property
    def translations(self) -> Translations | None:
        return self.preferences.translations

    def set_text_scale(self, percent: int) -> None:
        self.preferences.set_text_scale(percent)

    def set_high_contrast(self, on: bool) -> None:
        self.preferences.set_high_contrast(on)

    def set_language(self, language: str) -> None:
        self.preferences.set_language(language)

    def apply_preferences(self) -> None:
        self.preferences.apply_preferences()

    def scroll_for(self, step: Step) -> QScrollArea:
        return self._scrolls[step]

    def keyPressEvent(self, event) -> None:  # Qt override
        if not self.keyboard.key_press(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override (Tab from any child)
        return self.keyboard.tab(next) or super().focusNextPrevChild(next)

    def set_controller(self, controller) -> None:
        """The backend's controller (app.py gives it once the first window is painted)."""
        self.controller = controller
        controller.state_changed.connect(self._controller_state)

    # --- pages ------------------------------------------------------------------------------

    def page(self, step: Step) -> JourneyPage:
        """The page for `step`, created on first use."""
        if step not in self.pages:
            page = self._loose.pop(step, None)
            self._add_page(step, page if page is not None else self._new_page(step))
        return self.pages[step]

    def _new_page(self, step: Step) -> JourneyPage:
        """A page built outside the window: built inside, each widget added would invalidate
        the window's layouts (measured: 10-20 ms slower for the start page)."""
        page = self.registry.create(step, self.ctx)
        page.completeChanged.connect(lambda p=page: self._page_changed(p))
        page.ready.connect(lambda p=page: self._page_ready(p))
        page.busy_changed.connect(lambda busy, text, p=page: self._page_busy(p, busy, text))
        page.error_changed.connect(lambda text, p=page: self._page_error(p, text))
        return page

    def _add_page(self, step: Step, page: JourneyPage) -> None:
        # The scroll area joins the window first, so the page is re-parented (and its style
        # sheet applied) once, not twice: page building is the app's longest GUI-thread
        # work (scripts/bench_stall.py).
        scroll = QScrollArea()
        scroll.setObjectName(f"scroll_{step.value}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Enums of the Qt namespace set by name: the first use of `Qt` builds all its Python
        # enums (about 40 ms), which the first window does without (shell_layout.py).
        scroll.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        scroll.setProperty("focusPolicy", "NoFocus")  # not a Tab stop; keyPressEvent scrolls
        # The page's view gives way, not the window: its scroll bar asked 150 px at 175 %
        # text, and with the connection area shown (its words and buttons) the window's
        # minimum was taller than a 960x540 screen. The page scrolls in what is left.
        scroll.setMinimumHeight(1)
        self.stack.addWidget(scroll)
        scroll.setWidget(page)
        self.pages[step], self._scrolls[step] = page, scroll
        if self._speaker is not None:  # else connected when it is attached
            self._speaker.connect_page(page)  # its Écouter button (ui/speech.py)

    def show_step(self, step: Step) -> None:
        old = self.current_page
        if old is not None and old.step != step and old.busy:
            self.ctx.runner.cancel(old)  # its results are dropped; other owners' are not
            old.set_busy(False)
        page = self.page(step)
        if page is not old:
            if self._speaker is not None:
                self._speaker.stop()  # the words read were the page the person left
            if old is not None:
                old.set_speech("idle")
        self.current_page = page
        focus = QApplication.focusWidget()
        if old is not None and old is not page and focus is not None and old.isAncestorOf(focus):
            # Hiding a page that holds the focus makes Qt look for the next focus through
            # focusNextPrevChild, here the whole window's Tab cycle (every page built in
            # advance: 30-40 ms). The new page gets its focus from keyboard.focus_first below.
            focus.clearFocus()
        self.stack.setCurrentWidget(self._scrolls[step])
        self._scrolls[step].ensureVisible(0, 0, 0, 0)  # at its top (see keyboard.focus_first)
        self.steplist.set_current(SECTION_OF[step])
        self.error_area.show_message("")
        self.busy_area.set_busy(False, "")
        page.enter()
        self._update_buttons()
        if old is not page and self.isVisible():
            # Not the first page while the window is built: no screen reader hears a window
            # not shown yet (it reads the window's title and the focus when it appears), and
            # the accessibility classes would cost the first window about 14 M instructions.
            self._announce_page(page)
        self.keyboard.focus_first(page)  # at once: a key pressed right after Next must land somewhere
        QTimer.singleShot(0, lambda: self.keyboard.focus_first(page))  # again, once laid out (scroll)

    def _update_buttons(self) -> None:
        page = self.current_page
        if page is None:
            return
        busy, step = page.busy, page.step
        self.back_button.setVisible(step != Step.START)
        self.back_button.setEnabled(self.ctx.flow.can_go_back() and not busy)
        complete = page.is_complete()
        waits = not complete and not page.retrying and page.waits_by_itself()
        self.next_button.setVisible(step not in FINAL_STEPS and not waits)
        # The service lost: the connection area's "Réessayer" is the one way on (Continuer
        # would only fail again, with a second message). The start page's Continuer waits
        # for the service by itself (ui/service_wait.py).
        lost = self.service_loss.lost and step != Step.START
        self.next_button.setEnabled(complete and not busy and not lost)
        self.next_button.setText(page.next_label or self.tr("Continuer"))
        self.next_button.setAccessibleName(self.next_button.text())
        # A grey Continuer alone says nothing: why it cannot be pressed yet, in words.
        why = "" if complete or busy or waits or lost or step in FINAL_STEPS else (
            page.why_incomplete() or self.tr("Pour continuer, répondez d'abord aux "
                                             "questions de cette page."))
        self.button_row.set_reason(why)
        # Helper mode: the next person from any step (the last pages have their own button).
        from .next_person import offered

        self.button_row.next_person.setVisible(
            offered(self.ctx.journey, step == Step.START) and step not in FINAL_STEPS)
        self.button_row.next_person.setEnabled(not busy)
        # A screen reader that walks the window says the page's title, not "scroll area".
        self._scrolls[step].setAccessibleName(page.title())

    # --- page signals -----------------------------------------------------------------------

    def _page_changed(self, page: JourneyPage) -> None:
        if page is self.current_page:
            self._update_buttons()

    def _page_ready(self, page: JourneyPage) -> None:
        if page is not self.current_page:
            return
        try:
            step = self.ctx.flow.advance()
        except ValueError:
            log.warning("page %s said ready but the journey cannot move on", page.step.value)
            return
        self.show_step(step)

    def jump_to(self, target: Step) -> None:
        """Show `target` with Back possible (tests, the self-test and scripts use it)."""
        self.ctx.flow.jump(target)
        self.show_step(target)

    def _page_busy(self, page: JourneyPage, busy: bool, text: str) -> None:
        if page is self.current_page:
            self.busy_area.set_busy(busy, text)
            self._update_buttons()

    def _page_error(self, page: JourneyPage, text: str) -> None:
        if page is not self.current_page or self.service_loss.hides(text):
            return
        self.error_area.show_message(text)
        focus = QApplication.focusWidget()
        # The message takes the focus where the person would otherwise not find it: after a
        # button (Continuer, grey while busy), when the focus is nowhere or out of view (Qt
        # moved it past the disabled Continuer, into the page below the fold), and when the
        # page offers a retry (network trouble: the message, then "Réessayer" on the next Tab).
        if text and (focus is None or isinstance(focus, QAbstractButton) or page.retrying
                     or not self._focus_in_view(focus)):
            self.error_area.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _focus_in_view(self, widget) -> bool:
        page = self.current_page
        if page is None or not widget.isVisible():
            return False
        scroll = self._scrolls[page.step]
        if not scroll.isAncestorOf(widget):
            return True
        top = widget.mapTo(scroll.viewport(), widget.rect().topLeft()).y()
        return 0 <= top and top + widget.height() <= scroll.viewport().height()

    # --- buttons ----------------------------------------------------------------------------

    def _announce_page(self, page: JourneyPage) -> None:
        """A new page is said with its title and its step: a screen reader otherwise hears
        only the control that gets the focus, and cannot tell that the page changed."""
        from .announce import announce

        announce(page, bidi.fill(self.tr("{title} – {step}"),
            title=page.title(), step=self.steplist.summary()))

    def go_next(self) -> None:
        page = self.current_page
        if page is None or not self.next_button.isVisible():
            return
        if self.next_button.isEnabled():
            page.submit()
        elif not page.busy:
            # Enter on a page that is not complete: say what is missing (the line above the
            # buttons shows it; a screen reader hears it now), rather than nothing.
            from .announce import announce

            why = self.button_row.reason.text()
            if why:
                announce(self.button_row.reason, why, assertive=True)

    def go_back(self) -> None:
        page = self.current_page
        if page is not None and page.back_inside():
            return
        if self.ctx.flow.can_go_back() and not (page and page.busy):
            self.show_step(self.ctx.flow.back())

    def next_person(self) -> None:
        """Forget this person and go back to the start (asked first if the memo is unsaved)."""
        from .next_person import confirm

        if confirm(self, self.ctx.journey):
            # Read before the wipe: did this journey reach an address or an account?
            journey = self.ctx.journey
            had_journey = bool(journey.answers.email or journey.facts.account_id)
            self.ctx.wipe()
            from .report_menu import after_next_person  # issue 20: the activity report

            after_next_person(self.ctx, self, had_journey)

    def open_help(self) -> None:
        from .help_dialog import HelpDialog

        dialog = HelpDialog(self.ctx, self)
        dialog.create_mailbox_requested.connect(self._help_create_mailbox)
        dialog.exec()

    def _help_create_mailbox(self) -> None:
        """From the help: no e-mail at all. The journey decides whether it may go there."""
        if self.ctx.flow.create_mailbox_instead(self.ctx.helper_signed_in):
            self.show_step(self.ctx.flow.current)

    # --- context signals --------------------------------------------------------------------

    def _meta_changed(self) -> None:
        if self.ctx.meta is not None:
            self._quiet.stop()
            self.connection.set_state("ready")
        elif self._quiet_started and not self._quiet.isActive():
            self.connection.set_state(self._waiting_state())
        else:
            self.connection.set_state("ready")  # hidden until the first paint, and a second
        self._show_banner()
        self._update_buttons()
        if self.ctx.meta is not None:
            self.service_loss.back()
            self._prebuild_pages()

    def _show_banner(self) -> None:
        """The training banner, except while the connection area speaks: both above the
        page made the window taller than a 960x540 screen at 175 % text, and the area's
        words are what the person needs then."""
        self.banner.setVisible(self.ctx.training and self.connection.isHidden())

    def _prebuild_pages(self) -> None:
        """Build the other pages while the person reads the start page, so that Continuer
        only shows a page. Small pieces, one per pause of the event loop (a page's import,
        its widgets, its joining the window): no piece holds the GUI thread for long."""
        if getattr(self, "_prebuilding", False):
            return
        self._prebuilding = True
        todo = [step for step in Step if step not in self.pages]
        imported: set[Step] = set()

        def next_piece() -> None:
            while todo and todo[0] in self.pages:
                todo.pop(0)
            if not todo:
                return
            step = todo[0]
            if step not in imported:
                imported.add(step)
                self.registry.page_class(step)  # the module's import: one piece
            elif step not in self._loose:
                self._loose[step] = self._new_page(step)  # its widgets: the next one
            else:
                self.page(todo.pop(0))  # into the window (styled there): the last one
            QTimer.singleShot(PREBUILD_PAUSE_MS, self, next_piece)

        QTimer.singleShot(PREBUILD_PAUSE_MS, self, next_piece)

    def _controller_state(self, state: str) -> None:
        if state == "failed" or (state != "ready" and self._quiet.isActive()):
            return  # failures come with their code (backend_failed); a quick start is quiet
        self.connection.set_state(state)

    def _waiting_state(self) -> str:
        state = getattr(self.controller, "state", "connecting")
        return state if state in ("connecting", "starting") else "connecting"

    def _say_connecting(self) -> None:
        """A second has passed without the service: say what the app waits for."""
        if self.ctx.meta is None and self.connection.state != "failed":
            self.connection.set_state(self._waiting_state())

    def _backend_failed(self, code: str) -> None:
        self._quiet.stop()
        self.connection.set_state("failed", code)
        self.service_loss.failed(code)

    def _wiped(self) -> None:
        self.error_area.show_message("")
        self.busy_area.set_busy(False, "")
        self.show_step(self.ctx.flow.current)

    def retry_connection(self) -> None:
        if self.controller is not None:
            self.controller.start()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() and self.controller is not None:
            self.controller.set_backend(dialog.backend_url(), dialog.ca_bundle())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aidant – adresse e-mail et compte ameli"))
        self.banner.setText(self.tr(
            "Mode entraînement : personnes fictives, aucun vrai compte n'est créé"))
        self.banner.setAccessibleName(self.banner.text())
        self.back_button.setText(self.tr("Retour"))
        self.back_button.setAccessibleName(self.tr("Retour"))
        self.help_button.setText(self.tr("J'ai un problème"))
        self.help_button.setAccessibleName(self.tr("J'ai un problème : aide"))
        self.button_row.next_person.setText(self.tr("Personne suivante"))
        self.button_row.next_person.setAccessibleName(self.tr("Personne suivante : tout effacer"))
        self.topbar.retranslate()
        self.steplist.retranslate()
        self.connection.retranslate()
        for page in (*self.pages.values(), *self._loose.values()):
            page.retranslate()
        # The error line under the page, in the new language (a sign-in refused, a network
        # failure): the page says it again where it can (JourneyPage.show_error).
        words = getattr(self.current_page, "error_words", None)
        if self.error_area.message and words is not None:
            self.error_area.show_message(words())
        self._update_buttons()

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # A person closing the window (the window manager's close: a spontaneous event) is
        # asked first when the account's memo, with its resume code, was never saved, as
        # "Personne suivante" asks. The app's own shutdown closes without asking.
        if event.spontaneous():
            from .next_person import confirm

            if not confirm(self, self.ctx.journey, closing=True):
                event.ignore()
                return
        if self._idle is not None:
            self._idle.stop()
        self.ctx.wipe()  # closing forgets the person, whatever step they were at
        event.accept()
