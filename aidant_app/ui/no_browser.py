"""When no web browser opens: say so, show the address, and offer to copy it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from .announce import announce
from .screen_fit import keep_on_screen


class NoBrowserDialog(QDialog):
    """Not modal: the person may keep the wizard open beside it."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .pages import parts

        self.setObjectName("noBrowserDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the link goes with it
        self.url = url
        self.setWindowTitle(self.tr("Aidant – le navigateur ne s'ouvre pas"))
        self.message = parts.Para("noBrowserMessage")
        self.message.setText(self.tr("Le navigateur internet n'a pas pu s'ouvrir. Copiez ce lien, puis collez-le dans votre navigateur."))
        self.link = parts.Para("noBrowserLink", selectable=True)
        self.link.setText(url)
        self.copy = parts.button("noBrowserCopy", primary=True)
        parts.set_text(self.copy, self.tr("Copier le lien"))
        self.copy.clicked.connect(self._copy)
        self.done_text = parts.Para("noBrowserCopied")
        self.close_button = parts.button("noBrowserClose")
        parts.set_text(self.close_button, self.tr("Fermer"))
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.link):
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        layout.addWidget(self.done_text)
        keep_on_screen(self)

    def done(self, result: int) -> None:  # Qt override: the link goes at once, not later
        self.link.clear()
        self.url = ""
        super().done(result)

    def _copy(self) -> None:
        from .pages import parts

        parts.copy_for_a_while(self.url)
        self.done_text.setText(self.tr("✔ Lien copié. Il sera effacé du presse-papiers dans 30 secondes."))
        announce(self.done_text, self.done_text.text())


def say_no_browser(url: str) -> NoBrowserDialog:
    """Show the dialog over the active window and say it."""
    parent = QApplication.activeWindow()
    dialog = NoBrowserDialog(url, parent)
    ctx = getattr(parent, "ctx", None)
    if ctx is not None:
        ctx.wiped.connect(dialog.reject)  # the next person never sees this link
    dialog.show()
    announce(dialog.message, dialog.message.text(), assertive=True)
    dialog.copy.setFocus()
    return dialog
