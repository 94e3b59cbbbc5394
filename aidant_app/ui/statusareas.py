"""The shell's message areas: errors (announced), busy progress, connection to the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..rules import bidi
from .announce import announce
from .typography import keep_together

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar


def _wrapping_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("textFormat", "PlainText")  # enums by name: see shell_layout.py
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _moving_bar(name: str) -> QProgressBar:
    """A bar that moves while something runs, with no percentage (how long is not known).

    Built the first time it is needed, not with its area: both areas are hidden when the
    window first appears, and the bar's type and its polish cost the first paint about
    1 M instructions (docs/performance.md)."""
    from PySide6.QtWidgets import QProgressBar

    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    return bar


class ErrorArea(QLabel):
    """One error at a time, with an icon and words (never colour alone), announced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorArea")
        self.setWordWrap(True)
        self.setProperty("textFormat", "PlainText")  # enums by name: see shell_layout.py
        self.setProperty("focusPolicy", "TabFocus")  # reachable to re-read it
        self.message = ""
        self.hide()

    def show_message(self, message: str) -> None:
        self.message = message
        if not message:
            self.clear()
            self.setAccessibleDescription("")
            self.hide()
            return
        self.setText(keep_together(bidi.fill(self.tr("⚠ {message}"), message=message)))
        self.setAccessibleName(self.tr("Erreur"))
        self.setAccessibleDescription(message)
        self.show()
        announce(self, message, assertive=True)


class BusyArea(QWidget):
    """Says what is happening while a call runs (text plus a moving bar).

    Its words and bar are built the first time it is needed: it is hidden when the window
    first appears (docs/performance.md, the first paint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyArea")
        self._label: QLabel | None = None
        self.bar: QProgressBar | None = None  # under the words, from the first call
        self.hide()

    @property
    def label(self) -> QLabel:
        if self._label is None:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            self._label = _wrapping_label("busyText")
            layout.addWidget(self._label)
        return self._label

    def set_busy(self, busy: bool, text: str) -> None:
        if busy:
            text = text or self.tr("Un instant, s'il vous plaît…")
            self.label.setText(text)
            if self.bar is None:
                self.bar = _moving_bar("busyBar")
                self.layout().addWidget(self.bar)
            self.bar.setAccessibleName(text)
            self.show()
            announce(self.label, text)
        else:
            if self._label is not None:
                self._label.clear()
            self.hide()


class ConnectionArea(QWidget):
    """Shown until the service answers; on failure, plain words and a retry button."""

    retry_requested = Signal()
    settings_requested = Signal()
    state_changed = Signal(str)  # shown or hidden: the window makes room (ui/window.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionArea")
        # Hidden until the window says otherwise (set_state); its words, bar and buttons are
        # built the first time it shows or they are asked for: at the first paint it is
        # hidden, and building them then cost the paint about 2 M instructions
        # (docs/performance.md).
        self._parts: tuple[QLabel, QPushButton, QPushButton] | None = None
        self.bar: QProgressBar | None = None  # under the words while connecting (set_state)
        self.code = ""
        self.state = "ready"
        self.hide()

    @property
    def label(self) -> QLabel:
        return self._built()[0]

    @property
    def retry(self) -> QPushButton:
        return self._built()[1]

    @property
    def settings(self) -> QPushButton:
        return self._built()[2]

    def buttons(self) -> tuple[QPushButton, ...]:
        """Réessayer and Réglages if built (Tab asks without building them)."""
        return self._parts[1:] if self._parts is not None else ()

    def _built(self) -> tuple[QLabel, QPushButton, QPushButton]:
        if self._parts is None:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            label = _wrapping_label("connectionText")
            buttons = QHBoxLayout()
            retry = QPushButton()
            retry.setObjectName("retryConnectionButton")
            settings = QPushButton()
            settings.setObjectName("connectionSettingsButton")
            for button in (retry, settings):
                button.setVisible(self.state == "failed")
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addWidget(label)
            layout.addLayout(buttons)
            retry.clicked.connect(self.retry_requested)
            settings.clicked.connect(self.settings_requested)
            self._parts = (label, retry, settings)
            self.retranslate()
        return self._parts

    def set_state(self, state: str, code: str = "") -> None:
        """state: "connecting", "starting", "failed" or "ready" (hidden)."""
        # A child that dies is told twice (its crash, then its end): said once.
        again = (state, code) == (self.state, self.code) and self.isVisible()
        self.state, self.code = state, code
        self.setVisible(state != "ready")
        if state == "ready" and self._parts is None:
            self.state_changed.emit(state)  # hidden, and nothing built yet to hide
            return
        self._built()
        failed = state == "failed"
        if self.bar is None and state in ("connecting", "starting"):
            self.bar = _moving_bar("connectionBar")
            self.layout().insertWidget(1, self.bar)  # between the words and the buttons
        if self.bar is not None:
            self.bar.setVisible(not failed)
        self.retry.setVisible(failed)
        self.settings.setVisible(failed)
        self.retranslate()
        self.state_changed.emit(state)
        if failed and not again:
            announce(self.label, self.label.text(), assertive=True)

    def retranslate(self) -> None:
        if self._parts is None:
            return  # built later, in the words of that moment
        if self.state == "failed":
            if self.code == "training_server_stopped":
                # What is kept, then what to do (ui/service_loss.py proves the address
                # again on the new server, and keeps the answers on the page).
                text = self.tr(
                    "Le serveur d'entraînement s'est arrêté. Vos réponses sont gardées. Appuyez sur « Réessayer » pour le relancer.")
            elif self.code == "training_server_failed":
                text = self.tr(
                    "Le serveur d'entraînement n'a pas pu démarrer. Appuyez sur "
                    "« Réessayer ». Si cela recommence, fermez puis rouvrez l'application.")
            else:
                from . import errors  # the words module, loaded when first needed: after paint

                text = errors.describe(self.code or "backend_unreachable").text
        elif self.state == "starting":
            text = self.tr("Démarrage du mode entraînement…")
        else:
            text = self.tr("Connexion au service…")
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.retry.setText(self.tr("Réessayer"))
        self.retry.setAccessibleName(self.tr("Réessayer la connexion"))
        self.settings.setText(self.tr("Réglages"))
        self.settings.setAccessibleName(self.tr("Ouvrir les réglages"))
