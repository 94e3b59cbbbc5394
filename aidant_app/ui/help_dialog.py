"""“J'ai un problème”: each known case of JOURNEY.md with what to do, plus network trouble."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..journey.flow import NEEDS_MODE
from . import help_cases, widgets
from .context import AppContext
from .screen_fit import keep_on_screen
from .typography import keep_together
from .widgets.language import FollowsLanguage


class HelpDialog(FollowsLanguage, QDialog):
    """Answers for the known problems; "create an address" moves the wizard there."""

    create_mailbox_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("helpDialog")
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("helpIntro")
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        scroll = QScrollArea()
        scroll.setObjectName("helpScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        self.sections_layout = QVBoxLayout(content)
        self.sections_layout.setSpacing(10)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.scroll = scroll  # focusable (arrow keys scroll): named in retranslate()
        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for case in help_cases.cases():  # resources/help_cases.json, in its order
            key = case.key
            # Paragraphs that take the height their text needs at the dialog's real width
            # (a plain selectable QLabel kept a height computed for another width and cut
            # its last line once the dialog was fitted to the screen).
            heading = widgets.heading(f"help_{key}_title")
            text = widgets.Para(f"help_{key}", selectable=True, alert=False)
            self.sections_layout.addWidget(heading)
            self.sections_layout.addWidget(text)
            self.sections[key] = (heading, text)
            if case.action == "create_mailbox":
                self.create_button = QPushButton()
                self.create_button.setObjectName("helpCreateMailboxButton")
                self.create_button.clicked.connect(self._create_mailbox)
                row = QHBoxLayout()
                row.addWidget(self.create_button)
                row.addStretch(1)
                self.sections_layout.addLayout(row)
                # Why the button cannot be used yet, in words next to it (not a grey button
                # alone, which says nothing to a person).
                self.create_blocked = QLabel()
                self.create_blocked.setObjectName("helpCreateMailboxWhy")
                self.create_blocked.setWordWrap(True)
                self.create_blocked.setMaximumWidth(900)
                self.sections_layout.addWidget(self.create_blocked)
        self.sections_layout.addStretch(1)
        self.close_button = QPushButton()
        self.close_button.setObjectName("helpCloseButton")
        self.close_button.setProperty("primary", True)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        # Most of the screen, never more: "Fermer l'aide" stays on it at any text size.
        keep_on_screen(self, share=(0.8, 0.85))
        self.retranslate()
        self.close_button.setFocus()

    def _create_mailbox(self) -> None:
        if not self.can_create_mailbox():
            return
        self.create_mailbox_requested.emit()  # the shell asks the journey to go there
        self.accept()

    def why_not_create(self) -> str:
        """Why "create an address" cannot be used now, in a sentence; "" when it can (the
        rule is the journey's: Flow.mailbox_help_blocker)."""
        blocker = self.ctx.flow.mailbox_help_blocker(self.ctx.helper_signed_in)
        if blocker is None:
            return ""
        if blocker == NEEDS_MODE:
            return self.tr("Choisissez d'abord qui utilise l'application, sur la première page.")
        return self.tr("Connectez-vous d'abord et cochez l'accord de la personne, sur la "
                       "première page.")

    def can_create_mailbox(self) -> bool:
        return not self.why_not_create()

    def phone_line(self) -> str:
        """The 36 46 line with the price wording the backend gives (never a constant here)."""
        return help_cases.phone_line(self.ctx.meta)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aidant – j'ai un problème"))
        self.scroll.setAccessibleName(self.tr("Les réponses de l'aide"))
        self.intro.setText(self.tr("Choisissez ce qui vous arrive. Chaque réponse dit quoi "
                                   "faire. Ce que vous avez écrit reste dans l'application."))
        texts = {case.key: help_cases.words(case, self.ctx.meta)
                 for case in help_cases.cases()}
        for key, (heading, text) in texts.items():
            heading_label, text_label = self.sections[key]
            heading_label.setText(heading)
            text_label.setText(keep_together(text))
            text_label.setAccessibleName(heading)
            text_label.setAccessibleDescription(text)
        self.create_button.setText(self.tr("Créer une adresse e-mail maintenant"))
        self.create_button.setAccessibleName(self.create_button.text())
        why = self.why_not_create()
        self.create_button.setEnabled(not why)
        self.create_button.setAccessibleDescription(why)
        self.create_blocked.setText(why)
        self.create_blocked.setVisible(bool(why))
        self.close_button.setText(self.tr("Fermer l'aide"))
        self.close_button.setAccessibleName(self.close_button.text())
