"""The desktop outside the app: the system browser (and what to do when none opens), the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from .announce import announce
from .screen_fit import keep_on_screen
from .widgets.buttons import button
from .widgets.text import Para, set_text

CLIPBOARD_CLEAR_MS = 30_000


def open_url(url: str) -> bool:
    """Open an address in the system browser (tests replace this function); when none
    opens, say so and offer to copy the address (NoBrowserDialog)."""
    # Imported here: building QUrl's enums is paid on the first link, not before the first
    # window (scripts/bench_startup.py).
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if QDesktopServices.openUrl(QUrl(url)):
        return True
    say_no_browser(url)
    return False


def copy_for_a_while(text: str) -> None:
    """Put text on the clipboard because the person asked; clear it after 30 s if unchanged."""
    from .clipboard import private_text

    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(private_text(text))  # out of clipboard histories (clipboard.py)

    def clear_if_unchanged() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clear_if_unchanged)


class NoBrowserDialog(QDialog):
    """No web browser opened: say so, show the address, and offer to copy it.

    Not modal: the person may keep the wizard open beside it."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noBrowserDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the link goes with it
        self.url = url
        self.setWindowTitle(self.tr("Aidant – le navigateur ne s'ouvre pas"))
        self.message = Para("noBrowserMessage")
        self.message.setText(self.tr("Le navigateur internet ne s'ouvre pas. C'est le programme pour aller sur internet, comme Firefox ou Edge. Copiez ce lien, puis collez-le dans votre navigateur."))
        self.link = Para("noBrowserLink", selectable=True)
        self.link.setText(url)
        self.copy = button("noBrowserCopy", primary=True)
        set_text(self.copy, self.tr("Copier le lien"))
        self.copy.clicked.connect(self._copy)
        self.done_text = Para("noBrowserCopied")
        self.close_button = button("noBrowserClose")
        set_text(self.close_button, self.tr("Fermer"))
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
        copy_for_a_while(self.url)
        self.done_text.setText(self.tr("✔ Lien copié. Collez-le dans les 30 secondes (Ctrl + V). Ensuite, l'application l'efface."))
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
