"""The training inbox: read, inside the app, the messages the training server captured."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..rules import bidi
from . import desktop, theme, widgets
from .context import AppContext
from .errors import describe_failure
from .i18n import from_backend
from .screen_fit import keep_on_screen
from .widgets.language import FollowsLanguage
from .widgets.password_box import PasswordBox

_LINK = re.compile(r"https?://[^\s<>\"']+")
_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)(px|pt)", re.IGNORECASE)
INBOX_SIZE = (900, 700)  # at 100 % text; grown with the text, within the screen


def scaled_html(html: str, factor: float) -> str:
    """A message's HTML with its font sizes multiplied by the app's text size: a message
    written in 18px would otherwise stay small when the person asked for 200 %."""
    if factor == 1:
        return html

    def grow(match: re.Match) -> str:
        return f"{match.group(1)}{float(match.group(2)) * factor:g}{match.group(3)}"

    return _FONT_SIZE.sub(grow, html)


_COLOUR = re.compile(r"(?<![-\w])(color|background(?:-color)?)\s*:\s*[^;\"']+;?", re.IGNORECASE)


def readable_html(html: str) -> str:
    """The message at the app's text size and in the app's colours (its own colours
    could fail contrast, its own sizes ignore the text size the person chose)."""
    return _COLOUR.sub("", scaled_html(html, theme.current_factor()))


class SafeBrowser(QTextBrowser):
    """Shows a message's HTML without loading anything (no images, files or network)."""

    def loadResource(self, kind: int, name: QUrl) -> object:  # Qt override
        return None


def first_link(text: str) -> str:
    """The first web address of a message (the activation link), or ""."""
    match = _LINK.search(text or "")
    return match.group(0).rstrip(".,;)") if match else ""


class InboxDialog(FollowsLanguage, QDialog):
    """Asks the mailbox password when the mailbox was made by the service, then lists mail.

    The password is never filled in for the person: typing it is the practice.
    """

    def __init__(self, ctx: AppContext, address: str, needs_password: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxDialog")
        # Gone once closed: a hidden dialog kept as the page's child would still hold the
        # address after "Personne suivante".
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.address, self.needs_password = ctx, address, needs_password
        self._opened = not needs_password
        self._messages: list = []
        factor = theme.current_factor()
        keep_on_screen(self, QSize(int(INBOX_SIZE[0] * factor), int(INBOX_SIZE[1] * factor)))
        self.intro = widgets.Para("inboxIntro")
        self.password = PasswordBox("inboxPassword")
        self.open_button = widgets.button("inboxOpen", primary=True)
        self.open_button.clicked.connect(self.refresh)
        self.status = widgets.Para("inboxStatus")
        self.status.setAccessibleName("")
        self.list = widgets.wrapped_list("inboxList")  # subjects on as many lines as needed
        self.list.currentRowChanged.connect(self._show)
        self.view = SafeBrowser()
        self.view.setObjectName("inboxMessage")
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        # Links in the theme's colour (a message's own blue on black fails high contrast).
        palette = theme.current_palette()
        self.view.document().setDefaultStyleSheet(
            f"a {{ color: {palette.link}; }} body {{ color: {palette.text}; }}")
        self.view.anchorClicked.connect(lambda url: desktop.open_url(url.toString()))
        self.open_link = widgets.button("inboxOpenLink", primary=True)
        self.open_link.clicked.connect(lambda: desktop.open_url(self.link()))
        self.copy_link = widgets.button("inboxCopyLink")
        self.copy_link.clicked.connect(lambda: desktop.copy_for_a_while(self.link()))
        self.refresh_button = widgets.button("inboxRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = widgets.button("inboxClose")
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        # The words and the password in a scroll area: at 200 % text they were taller than
        # a 600 px screen, and Fermer was below it. The messages and the buttons stay out
        # (Ouvrir la boîte with them: always in view, next to Fermer).
        self.top_scroll, top = widgets.scroll_body("inboxTop")
        top.addWidget(self.intro)
        top.addWidget(self.password)
        top.addStretch(1)
        layout.addWidget(self.top_scroll)
        # What happened, and "see new messages" beside it (as a webmail has it, above the
        # messages): the row of buttons under the messages was 3 lines of words high at
        # 200 % and left the message one line high.
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.refresh_button)
        layout.addLayout(status_row)
        panes = QHBoxLayout()
        panes.addWidget(self.list, 1)
        panes.addWidget(self.view, 2)
        layout.addLayout(panes, 1)
        buttons = QHBoxLayout()  # labels that wrap (widgets.button): never wider than the dialog
        for button in (self.open_button, self.open_link, self.copy_link, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Return in the password box opens the box: named, since "see new messages" now
        # comes first among the dialog's children (Qt would make it the default, hidden).
        self.open_button.setDefault(True)
        ctx.wiped.connect(self.reject)
        self.retranslate()
        self._sync()
        if not needs_password:
            self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Boîte e-mail d'entraînement"))
        if self.needs_password:
            intro = self.tr("Voici votre boîte e-mail d'entraînement : {address}. Pour l'ouvrir, écrivez le mot de passe que vous avez choisi. C'est comme sur le vrai site de votre boîte e-mail.")
        else:
            intro = self.tr("Voici les messages reçus par {address}. En vrai, vous les lirez sur le site de votre boîte e-mail.")
        self.intro.setText(bidi.fill(intro, address=self.address))
        self.password.retranslate(self.tr("Mot de passe de la boîte e-mail"))
        widgets.set_text(self.open_button, self.tr("Ouvrir la boîte"))
        widgets.set_text(self.open_link, self.tr("Ouvrir le lien du message"))
        widgets.set_text(self.copy_link, self.tr("Copier le lien"))
        widgets.set_text(self.refresh_button, self.tr("Voir les nouveaux messages"))
        widgets.set_text(self.close_button, self.tr("Fermer"))
        self.list.setAccessibleName(self.tr("Messages reçus, le plus récent en premier"))
        self.view.setAccessibleName(self.tr("Texte du message"))
        for row, message in enumerate(self._messages[:self.list.count()]):
            self._word_item(self.list.item(row), message)

    def _word_item(self, item: QListWidgetItem, message) -> None:
        """A message's line in the list. Its subject is the training server's French:
        marked "(en français)" in another language, as every text from the backend is."""
        when = message.received_at.astimezone().strftime("%H:%M")
        subject = from_backend(message.subject)
        # The sender's name only: its address (<ne-pas-repondre@…>) is one long word that
        # the list cut with "…", and it tells the person nothing more.
        from email.utils import parseaddr

        sender = parseaddr(message.sender)[0] or message.sender
        item.setText(bidi.fill(self.tr("{subject}\n{sender} — {time}"),
                               subject=subject, sender=sender, time=when))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     bidi.fill(self.tr("{subject}, {time}"), subject=subject, time=when))

    def _short(self) -> bool:
        """Less height than the dialog asks at this text size (1024x600 at 200 %): the
        message is what matters once the box is open."""
        return self.height() < INBOX_SIZE[1] * theme.current_factor() - 1

    def _sync(self) -> None:
        # Once open, on a short screen, the words about opening the box give their room to
        # the message (its code and its link were below its fold, the message one line high).
        self.top_scroll.setVisible(not (self._opened and self._short()))
        self.password.setVisible(self.needs_password and not self._opened)
        self.open_button.setVisible(self.needs_password and not self._opened)
        for widget in (self.list, self.view, self.refresh_button):
            widget.setVisible(self._opened)
        has_link = bool(self.link())
        self.open_link.setVisible(self._opened and has_link)
        self.copy_link.setVisible(self._opened and has_link)

    def refresh(self) -> None:
        if self.ctx.client is None:
            return
        password = self.password.text() if self.needs_password else None
        if self.needs_password and not password:
            self.status.setText(self.tr("Écrivez d'abord le mot de passe."))
            self.password.edit.setFocus()
            return
        address = self.address
        self.status.setText(self.tr("Ouverture de la boîte…"))
        from ..actions import TrainingInbox

        self.ctx.controller.start(self, TrainingInbox(address, password), self._answered)

    def _answered(self, outcome) -> None:
        if outcome.ok:
            self._loaded(outcome.value)
        else:
            self._failed(outcome)

    def _loaded(self, messages) -> None:
        first_time = not self._opened
        self._opened = True
        self._messages = list(messages)
        self.list.clear()
        for message in self._messages:
            item = QListWidgetItem()
            self._word_item(item, message)
            self.list.addItem(item)
        count = len(self._messages)
        if count == 1:
            self.status.setText(self.tr("1 message."))
            self.list.setCurrentRow(0)
        elif count:
            self.status.setText(bidi.fill(self.tr("{count} messages. Le plus récent est en haut."), count=count))
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("Aucun message pour l'instant. Attendez un peu, puis appuyez sur « Voir les nouveaux messages »."))
            self.view.clear()
        self._sync()
        if first_time:
            self.list.setFocus()

    def _failed(self, outcome) -> None:
        code = outcome.code
        # "⚠": styled as an error and said at once (widgets.Para), like the pages' errors.
        if code == "bad_credentials":
            self.status.setText(self.tr("⚠ Ce mot de passe n'est pas le bon. Regardez la feuille où vous l'avez écrit. Vérifiez les majuscules, puis réessayez."))
            self.password.edit.selectAll()
            self.password.edit.setFocus()
        else:
            self.status.setText(widgets.error_text(describe_failure(outcome).text))
        self.status.setAccessibleDescription(self.status.text())

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._messages):
            message = self._messages[row]
            if message.html:
                self.view.setHtml(readable_html(message.html))
            else:
                self.view.setPlainText(message.text)
        self._sync()

    def current_message(self):
        row = self.list.currentRow()
        return self._messages[row] if 0 <= row < len(self._messages) else None

    def link(self) -> str:
        message = self.current_message()
        return first_link(message.text) if message else ""

    def done(self, result: int) -> None:  # Qt override: forget what was shown
        self.list.clear()
        self.view.clear()
        self.password.clear()
        self.intro.clear()
        self.status.clear()
        self._messages = []
        super().done(result)
