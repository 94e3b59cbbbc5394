"""The base of every wizard page: title, busy and error states, and the Next protocol."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...journey import Step
from ..context import AppContext

if TYPE_CHECKING:  # the use cases load after the first window
    from ...actions import Action, Outcome

T = TypeVar("T")


class JourneyPage(QWidget):
    """A view over the journey for one Step.

    The shell (window.py) shows one page at a time and drives it:
    - `enter()` when the page is shown (read the journey into widgets, like
      QWizardPage.initializePage);
    - `is_complete()` + `completeChanged` enable the Next button (like QWizardPage);
    - `submit()` when Next is pressed: copy inputs into the journey, maybe start a use
      case (aidant_app.actions) with `self.start(action, on_outcome, busy_text)`; when the
      journey allows moving on, emit `ready` (the shell then calls ctx.flow.advance()).
      Pages that need to go elsewhere (error actions, "I can't open this mailbox") set the
      journey's answers and emit `ready` too: the journey decides where that leads;
    - `clear()` after a wipe: every widget that showed the person's data is emptied;
    - `retranslate()` after a language change.
    While busy the shell disables Back and Next and shows `busy_text` accessibly.
    """

    step: Step = Step.START
    next_label: str = ""  # a translated label for the Next button, or "" for the default
    retrying: bool = False  # Next says "Réessayer" after network trouble (errors.offer_retry)

    completeChanged = Signal()
    ready = Signal()
    busy_changed = Signal(bool, str)  # busy?, message to show and announce
    error_changed = Signal(str)  # message ("" to clear): the shell shows and announces it
    listen_requested = Signal()  # "Écouter" (or "Arrêter" while reading): ui/speech.py
    repeat_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.step.value}")
        self._busy = False
        self.error_words: Callable[[], str] | None = None  # the shell's error, again
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setProperty("textFormat", "PlainText")  # see ui/shell_layout.py
        self.body = QVBoxLayout(self)
        # Read aloud beside the title, on every page: in the page, not in the shell, so that
        # it takes no height from the smallest screens (ui/speech.py reads; the window wires).
        # As small as the top bar's buttons (theme.py): the title's line keeps its height.
        self.listen_button = self._title_button("listenButton")
        self.listen_button.clicked.connect(self.listen_requested)
        # "Répéter" is built once something has been read (the `repeat_button` property):
        # hidden until then, it would only slow the first window (docs/performance.md).
        self._repeat_button: QPushButton | None = None
        self.title_row = QHBoxLayout()
        self.title_row.setContentsMargins(0, 0, 0, 0)
        self.title_row.addWidget(self.title_label, 1)
        self.title_row.addWidget(self.listen_button, 0)
        self.body.addLayout(self.title_row)
        self.speech_state, self.speech_language = "idle", ""
        ctx.wiped.connect(self._forget)

    def _title_button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        # As high as the title's line, never higher: the page keeps the height it had (a
        # button's own height pushed the Done page's last button out of a 1024x600 view).
        # Its text is the top bar's size (theme.py), smaller than the title's.
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        return button

    @property
    def repeat_button(self) -> QPushButton:
        """"Répéter" (the sentence read last), left of "Écouter"; built on first use."""
        if self._repeat_button is None:
            button = self._title_button("repeatButton")
            button.hide()  # until something has been read (set_speech)
            button.clicked.connect(self.repeat_requested)
            self.title_row.insertWidget(self.title_row.indexOf(self.listen_button), button, 0)
            self.setTabOrder(self.listen_button, button)  # as if built beside it
            self._repeat_button = button
            self._speech_words()
        return self._repeat_button

    def speech_buttons(self) -> tuple[QPushButton, ...]:
        """The read-aloud's buttons built so far (not the page's own controls)."""
        return tuple(b for b in (self.listen_button, self._repeat_button) if b is not None)

    # --- to override --------------------------------------------------------------------------

    def title(self) -> str:
        return ""

    def first_focus(self) -> QWidget | None:
        """The control that gets the focus when the page is shown; None: the first Tab stop."""
        return None

    def enter(self) -> None:
        pass

    def is_complete(self) -> bool:
        return True

    def why_incomplete(self) -> str:
        """While is_complete() is False: what to do first, in one sentence (shown next to
        the disabled Continuer and said by a screen reader). "" for the shell's default."""
        return ""

    def submit(self) -> None:
        self.ready.emit()

    def clear(self) -> None:
        pass

    def waits_by_itself(self) -> bool:
        """True while the page moves on by itself (it watches for something done elsewhere):
        the shell then hides Continuer and its "why it is grey" line, which only repeated
        what the page says."""
        return False

    def focus_seen(self, widget: QWidget) -> None:
        """Give `widget` the focus and scroll the page to show it, with its whole field
        (label, help, box, message) when that fits: after a mistake the focus went below
        the fold, or to a box cut at the top under its label."""
        from PySide6.QtWidgets import QScrollArea

        widget.setFocus()
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is None:
            return
        field = widget.parentWidget()
        while field is not None and field is not self and not hasattr(field, "set_error"):
            field = field.parentWidget()
        if field is not None and field is not self and \
                field.height() <= scroll.viewport().height() - 48:
            scroll.ensureWidgetVisible(field, 0, 24)
        scroll.ensureWidgetVisible(widget, 0, 24)

    def reveal(self, widget: QWidget) -> None:
        """Show the part of the page that holds `widget` (the account form's group of
        questions); most pages show everything at once."""

    def essentials(self) -> list[QWidget]:
        """What the page is about, to be seen without scrolling where the screen allows it
        (1024x600 at 100 %): its first box to type in and its main buttons. Pages whose
        point is further down name it themselves."""
        from PySide6.QtWidgets import QAbstractButton, QLineEdit

        boxes = [edit for edit in self.findChildren(QLineEdit) if edit.isVisibleTo(self)]
        boxes.sort(key=lambda edit: edit.mapTo(self, edit.rect().topLeft()).y())
        primary = [button for button in self.findChildren(QAbstractButton)
                   if button.isVisibleTo(self) and button.property("primary")]
        return boxes[:1] + primary

    def back_inside(self) -> bool:
        """Retour: True when the page went back within itself (the account form's groups
        of questions); False lets the shell show the step before."""
        return False

    def default_next_label(self) -> str:
        """The Next label when no retry is offered, translated; "" for the shell's default."""
        return ""

    def set_speech(self, state: str, language_name: str = "", read_something: bool = False,
                   ) -> None:
        """Show the read-aloud's state on this page's buttons (ui/speech.py's states)."""
        self.speech_state, self.speech_language = state, language_name
        repeat = read_something and state not in ("no_voice", "no_engine")
        if repeat or self._repeat_button is not None:
            self.repeat_button.setVisible(repeat)
        self._speech_words()

    def _speech_words(self) -> None:
        translate = QCoreApplication.translate  # the base's words: one context for all pages
        state = self.speech_state
        if state in ("reading", "checking"):
            text = translate("JourneyPage", "Arrêter")
            name = translate("JourneyPage", "Arrêter la lecture")
        elif state == "no_voice":
            from ...rules import bidi

            text = name = bidi.fill(translate(
                "JourneyPage", "Pas de voix en {language}. Écouter en français"),
                language=self.speech_language)
        elif state == "no_engine":
            text = name = translate("JourneyPage", "Écouter : pas de voix sur cet ordinateur")
        else:
            text = translate("JourneyPage", "Écouter")
            name = translate("JourneyPage", "Écouter la page")
        self.listen_button.setText(text)
        self.listen_button.setAccessibleName(name)
        if self._repeat_button is not None:
            self._repeat_button.setText(translate("JourneyPage", "Répéter"))
            self._repeat_button.setAccessibleName(translate("JourneyPage", "Répéter la phrase"))

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self._speech_words()
        # Kept through a language change: the person may be in the middle of a retry.
        if self.retrying:
            from ..errors import retry_label  # the words load after the first window

            self.next_label = retry_label()
        else:
            self.next_label = self.default_next_label()

    def _forget(self) -> None:
        # Results of this page's calls still running are dropped, so nothing else would end
        # the busy state.
        self.ctx.runner.cancel(self)
        self._busy = False
        self.clear()

    # --- helpers for subclasses ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        self.busy_changed.emit(busy, message)
        self.completeChanged.emit()

    def show_error(self, message: str | Callable[[], str]) -> None:
        """The shell's error line. Given as a function of no argument that says it, it is
        said again in the new language after a language change (window.retranslate)."""
        self.error_words = message if callable(message) else None
        self.error_changed.emit(message() if callable(message) else message)

    def clear_error(self) -> None:
        self.error_words = None
        self.error_changed.emit("")

    def set_retry(self, error: Exception | None) -> bool:
        """After network trouble Next says "Réessayer"; otherwise (or with None) the page's
        own label again. True when a retry is offered."""
        from ..errors import offer_retry

        return offer_retry(self, error, self.default_next_label())

    def _rendering_failed(self, error: Exception) -> None:
        """The page could not show an outcome (a bug): the crash output is written, the
        page is usable again, and the person reads the calm words of any bug, with
        Réessayer on Next and the shell's "J'ai un problème" beside it."""
        from ...actions import UNEXPECTED, failed
        from ..errors import describe
        from ..tasks import report_crash

        report_crash(error)
        self._busy = False
        try:
            self.busy_changed.emit(False, "")
            self.show_error(lambda: describe(UNEXPECTED).text)
            self.set_retry(failed(UNEXPECTED))
        except Exception as again:  # noqa: BLE001 - the shell itself will still be usable
            report_crash(again)

    def start(self, action: Action[T], on_outcome: Callable[[Outcome[T]], None],
              busy_text: str = "", quiet: bool = False) -> bool:
        """Run a use case in the background (ui/controller.py), this page busy meanwhile
        unless `quiet` (a poll). on_outcome(Done | Failed) comes back on the GUI thread.
        A second identical call while one runs is refused, and said if nothing shows it."""
        if not quiet:
            self.clear_error()
            self.set_busy(True, busy_text)

        def done(outcome: Outcome[T]) -> None:
            try:
                if not quiet:
                    self.set_busy(False)
                on_outcome(outcome)
            except Exception as error:  # noqa: BLE001 - a bug while rendering the outcome
                self._rendering_failed(error)

        started = self.ctx.controller.start(self, action, done)
        if not started and not quiet:
            self.set_busy(False)
            from ..errors import describe  # the words load after the first window

            self.show_error(lambda: describe("call_running").text)
        return started
