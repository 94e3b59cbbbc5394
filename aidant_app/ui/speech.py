"""Read aloud: "Écouter" reads the page, "Arrêter" stops, "Répéter" says a sentence again.

The words are the page's own (the same strings as on the screen, gathered here and put in
order by journey/reading.py, which also takes out every typed value); the voice is the
system's (ui/speech_engine.py). Every call to the engine runs on the background runner
(ctx.runner), one sentence per job, so the GUI thread never waits for speech and "Arrêter"
acts between two words. No voice for the interface language: the button says so and
offers French.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from ..rules.languages import SOURCE

# The window attaches its speaker before its first paint; what reading needs (the engine
# with subprocess, the sentence rules, the field data: about 30 M instructions) is
# imported when the person first asks for it (docs/performance.md).
if TYPE_CHECKING:
    from ..journey.reading import PageWords
    from .speech_engine import SpeechEngine

IDLE, CHECKING, READING, NO_VOICE, NO_ENGINE = (
    "idle", "checking", "reading", "no_voice", "no_engine")


def page_words(page, extra: list[str] | None = None) -> PageWords:
    """The words `page` shows, in reading order (top to bottom, then along the line), and
    the values typed into its inputs (never read with the page)."""
    from PySide6.QtGui import QTextDocumentFragment

    from ..journey.reading import PageWords

    items: list[tuple[int, int, str]] = []
    for widget in page.findChildren(QWidget):
        if widget is page.title_label or not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.accessibleName() or widget.text()
        else:
            continue
        if not text.strip():
            continue
        if text.lstrip().startswith("<"):  # rich text (a link): its words, not its tags
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        where = widget.mapTo(page, QPoint(0, 0))
        items.append((where.y(), where.x(), text))
    items.sort(key=lambda item: (item[0], item[1] if not page.isRightToLeft() else -item[1]))
    typed = [edit.text() for edit in page.findChildren(QLineEdit) if edit.text()]
    return PageWords(title=page.title(), paragraphs=[text for _y, _x, text in items]
                     + list(extra or ()), typed=typed)


class Speaker(QObject):
    """The read-aloud of one window. States: idle, checking (is there a voice?), reading,
    no_voice (said on the button, which then offers French), no_engine."""

    state_changed = Signal(str)

    def __init__(self, ctx, parent: QObject | None = None,
                 engine: SpeechEngine | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._engine = engine
        self.state = IDLE
        self.language = SOURCE
        self.queue: list[str] = []
        self.index = 0  # the sentence being said (or said last)
        self._only_one = False  # "Répéter": one sentence, then stop
        self.connect_page = lambda page: None  # set by attach()

    @property
    def engine(self) -> SpeechEngine:
        if self._engine is None:
            from .speech_engine import SpeechEngine

            self._engine = SpeechEngine()  # looks for the program: on first use only
        return self._engine

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def read(self, sentences: list[str], language: str) -> None:
        """Read `sentences` in `language` from the first, after checking for a voice."""
        self.stop()
        self.queue, self.index, self.language, self._only_one = list(sentences), 0, language, False
        if not self.engine.available:
            self._set_state(NO_ENGINE)
            return
        self._set_state(CHECKING)
        self.ctx.runner.run(self, lambda: self.engine.has_voice(language), self._voice_known,
                            self._failed, key="voice")

    def read_page(self, page, language: str, extra: list[str] | None = None) -> list[str]:
        """Read `page` (see page_words); returns the sentences it will say."""
        from ..journey.reading import page_sentences

        sentences = page_sentences(page_words(page, extra),
                                   QCoreApplication.translate("Speech", "valeur non lue"))
        self.read(sentences, language)
        return sentences

    def read_field(self, edit: QLineEdit, language: str) -> str:
        """The value of one field, asked for by the person (a secret only this way)."""
        # The form's inputs are named after their field ("nirInput", "accountPassword"):
        # read as journey/fields.py says; any other input, character by character.
        from ..journey.fields import FORM
        from ..journey.reading import field_words

        name = edit.objectName().lower()
        spoken = next((f.spoken for f in FORM if f.name.replace("_", "") in name),
                      "characters")
        words = field_words(edit.text(), spoken)
        if words:
            self.read([words], language)
        return words

    def repeat(self) -> None:
        """Say the current sentence again (the one being said, or said last)."""
        if not self.queue:
            return
        index = min(self.index, len(self.queue) - 1)
        self.stop()
        self.index, self._only_one = index, True
        self._speak_current()

    def stop(self) -> None:
        """Stop now: the engine is told to stop; its job's result is dropped."""
        if self._engine is not None:
            self._engine.stop()
        self.ctx.runner.cancel(self)
        self._set_state(IDLE)  # "no voice" too: it was about the language of that moment

    def _voice_known(self, has_voice: bool) -> None:
        if not has_voice:
            self._set_state(NO_VOICE)
            return
        self._speak_current()

    def _speak_current(self) -> None:
        if self.index >= len(self.queue):
            self._set_state(IDLE)
            return
        self._set_state(READING)
        sentence, language, engine = self.queue[self.index], self.language, self.engine
        generation = engine.generation  # a stop() from now on cancels this sentence
        if not self.ctx.runner.run(self, lambda: engine.speak(sentence, language, generation),
                                   self._spoken, self._failed, key="speak"):
            self._set_state(IDLE)

    def _spoken(self, finished: bool) -> None:
        if not finished or self._only_one:
            self._set_state(IDLE)
            return
        self.index += 1
        self._speak_current()

    def _failed(self, _error: Exception) -> None:
        self._set_state(IDLE)


def attach(window) -> Speaker:
    """The window's read-aloud: each page's Écouter, Arrêter and Répéter (window.py hands
    every page to `speaker.connect_page`), F8 for the field that has the focus, and a
    stop whenever the page or the language changes."""
    from PySide6.QtGui import QKeySequence, QShortcut

    from ..rules.languages import language as language_row

    speaker = Speaker(window.ctx, window)

    def language() -> str:
        return window.translations.language if window.translations else SOURCE

    def listen() -> None:
        if speaker.state in (READING, CHECKING):
            speaker.stop()
            return
        if speaker.state == NO_VOICE and language() != SOURCE:
            window.preferences.see_french(True)  # the page in French, read in French
        page = window.current_page
        if page is None:
            return
        area = window.error_area
        extra = [area.message] if area.message and area.isVisible() else []
        speaker.read_page(page, language(), extra)

    def read_focused_field() -> None:
        from PySide6.QtWidgets import QApplication

        edit = QApplication.focusWidget()
        if isinstance(edit, QLineEdit) and window.isAncestorOf(edit):
            speaker.read_field(edit, language())

    def show_state(state: str) -> None:
        page = window.current_page
        if page is not None:
            page.set_speech(state, language_row(language()).name, bool(speaker.queue))

    def connect_page(page) -> None:
        page.listen_requested.connect(listen)
        page.repeat_requested.connect(speaker.repeat)

    speaker.connect_page = connect_page
    speaker.state_changed.connect(show_state)
    shortcut = QShortcut(QKeySequence("F8"), window)
    shortcut.activated.connect(read_focused_field)
    return speaker
