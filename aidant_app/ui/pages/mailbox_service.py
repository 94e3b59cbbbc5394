"""E-mail: create a mailbox at the backend's own mail service, then send it a code.

Where the screen is short for the text size (the account form's rule, wants_pages), the page
asks one thing at a time: first the name and the wanted address, then the password and "I
wrote it down" (at 1024x600 the password was below the fold, under three other boxes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ...actions import CreateMailbox
from ...journey import Step
from ...rules import bidi
from .. import widgets
from ..announce import announce
from ..errors import describe, describe_failure
from ..sections.account_groups import scroll_to_top, wants_pages
from ..widgets.password_box import PasswordBox, advice_text
from ..widgets.wrapcheck import WrapCheck
from .base import JourneyPage


class MailboxServicePage(JourneyPage):
    step = Step.MAILBOX_SERVICE

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.paged = False  # one thing at a time (set on entering, and when the text grows)
        self.part = 0  # while paged: 0, the name and the address; 1, the password
        self.progress = widgets.heading("serviceProgress")
        self.intro = widgets.Para("serviceIntro")
        self.first_name = widgets.Field("serviceFirstName")
        self.last_name = widgets.Field("serviceLastName")
        self.wanted = widgets.Field("serviceAddress", sensitive=True)
        self.domain_label = widgets.Para("serviceDomain")
        self.wanted.line.insertWidget(1, self.domain_label)  # right after the field
        self.alternatives_text = widgets.Para("serviceAlternativesText")
        self.alternative_buttons: list[QPushButton] = []  # the ones shown now
        self._alternative_pool: list[QPushButton] = []
        self._alternatives: list[str] = []
        self.alternatives_row = QVBoxLayout()  # one per line: long addresses at 200 % text
        self.advice = widgets.Para("serviceAdvice")
        self.advice_more = widgets.fold("serviceAdvice", self.advice)  # long: behind a button
        self.password = PasswordBox("servicePassword")
        # A check box whose words wrap (a QCheckBox does not: too wide at 200 % text).
        self.wrote_row = WrapCheck("serviceWrote")
        self.wrote = self.wrote_row.box
        for widget in (self.first_name.edit, self.last_name.edit, self.wanted.edit):
            widget.textChanged.connect(self._changed)
        self.password.changed.connect(self._changed)
        self.wrote.toggled.connect(self._changed)
        for widget in (self.progress, self.intro, self.first_name, self.last_name, self.wanted,
                       self.alternatives_text):
            self.body.addWidget(widget)
        self.body.addLayout(self.alternatives_row)
        # "I wrote it down" right under the password's box, above its rules: both in view
        # at 1024x600 (under the rules it was 80 px below the fold).
        self.password.add_under_box(self.wrote_row)
        for widget in (self.advice_more, self.password):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.setTabOrder(self.first_name.edit, self.last_name.edit)
        self.setTabOrder(self.last_name.edit, self.wanted.edit)
        self.setTabOrder(self.wanted.edit, self.password.edit)
        self.setTabOrder(self.password.edit, self.password.show_box)
        self.setTabOrder(self.password.show_box, self.wrote)
        ctx.meta_changed.connect(self._apply_meta)
        self._apply_meta()
        self._show_alternatives([])
        self.retranslate()

    def essentials(self) -> list:
        """The boxes of the part shown: the name first, then the password to choose and "I
        wrote it down" (the whole page: the password and its check box)."""
        if self.paged and self.part == 0:
            return [self.first_name.edit]
        return [self.password.edit, self.wrote]

    # --- one thing at a time -----------------------------------------------------------------

    def _name_part(self) -> list[QWidget]:
        return [self.intro, self.first_name, self.last_name, self.wanted]

    def _password_part(self) -> list[QWidget]:
        return [self.advice_more, self.password]

    def _show_part(self) -> None:
        """Show the part asked now (everything when the page is not paged)."""
        names = not self.paged or self.part == 0
        passwords = not self.paged or self.part == 1
        for widget in self._name_part():
            widget.setVisible(names)
        self.alternatives_text.setVisible(names and bool(self.alternative_buttons))
        for widget in self.alternative_buttons:
            widget.setVisible(names)
        for widget in self._password_part():
            widget.setVisible(passwords)
        self.progress.setText(bidi.fill(self.tr("Question {n} sur {total}"),
                                        n=self.part + 1, total=2) if self.paged else "")
        self.progress.setVisible(self.paged)
        if not self.retrying:
            self.next_label = self.default_next_label()
        self.completeChanged.emit()

    def _go_to_part(self, part: int, focus: QWidget | None = None) -> None:
        self.part = part
        self._show_part()
        (focus or (self.first_name.edit if part == 0 else self.password.edit)).setFocus()
        scroll_to_top(self)  # the part opens at its top, its progress line showing
        announce(self.progress, self.progress.text())

    def reveal(self, widget: QWidget) -> None:
        """Show the part that holds `widget` (a box named by an error, a screen reader)."""
        if not self.paged:
            return
        for part, widgets_of in ((0, self._name_part()), (1, self._password_part())):
            if part != self.part and any(w is widget or w.isAncestorOf(widget)
                                         for w in widgets_of):
                self._go_to_part(part, widget)

    def back_inside(self) -> bool:
        """Retour on the password goes back to the name, not to the page before."""
        if not self.paged or self.part == 0 or self.busy:
            return False
        self.set_retry(None)
        self._go_to_part(0)
        return True

    def changeEvent(self, event) -> None:  # Qt override: the text size changed
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            paged = wants_pages(self)
            if paged != self.paged:
                self.paged = paged
                self._show_part()

    def title(self) -> str:
        return self.tr("Créer votre boîte e-mail")

    def _service(self):
        """meta's mailbox_service (name, domain, password_policy), or None."""
        return self.ctx.meta.mailbox_service if self.ctx.meta is not None else None

    def _apply_meta(self) -> None:
        service = self._service()
        self.password.set_policy(service.password_policy if service else None)
        self.domain_label.setText("@" + (service.domain if service else ""))

    def retranslate(self) -> None:
        super().retranslate()
        name = self._service().name if self._service() else ""
        self.intro.setText(bidi.fill(self.tr("{name} : votre boîte se crée ici. Écrivez votre prénom et votre nom, puis choisissez un mot de passe."), name=name))
        self.first_name.set_label(self.tr("Prénom"))
        self.last_name.set_label(self.tr("Nom"))
        self.wanted.set_label(self.tr("Adresse souhaitée (facultatif)"),
                              self.tr("Laissez vide : nous proposerons prénom.nom"))
        self.alternatives_text.setText(self.tr("Cette adresse est déjà prise. Vous pouvez choisir une de celles-ci :"))
        self.alternatives_text.setVisible(bool(self.alternative_buttons) and
                                          (not self.paged or self.part == 0))
        if self.paged:
            self.progress.setText(bidi.fill(self.tr("Question {n} sur {total}"),
                                            n=self.part + 1, total=2))
        self.advice.setText(advice_text())
        self.advice_more.set_summary(self.tr("Conseils pour choisir le mot de passe"))
        self.password.retranslate(self.tr("Mot de passe de la boîte e-mail"))
        self.wrote_row.setText(self.tr("J'ai écrit mon mot de passe sur une feuille que je garde"))

    def default_next_label(self) -> str:
        if self.paged and self.part == 0:
            return ""  # Continuer: the password comes next
        return self.tr("Créer ma boîte")

    def enter(self) -> None:
        journey = self.ctx.journey
        self.retrying = False  # the shell shows no earlier error on a page entered again
        self.paged, self.part = wants_pages(self), 0
        self._apply_meta()
        self.retranslate()
        self._show_part()
        if journey.first_name and not self.first_name.text():
            self.first_name.edit.setText(journey.first_name)
        if journey.last_name and not self.last_name.text():
            self.last_name.edit.setText(journey.last_name)
        self.first_name.edit.setFocus()

    def _names_given(self) -> bool:
        return bool(self.first_name.text().strip() and self.last_name.text().strip())

    def is_complete(self) -> bool:
        if self.paged and self.part == 0:
            return self._names_given()
        return bool(self._names_given() and self.password.is_valid() and self.wrote.isChecked())

    def why_incomplete(self) -> str:
        if not self._names_given():
            return self.tr("Écrivez d'abord le prénom et le nom.")
        if not self.password.is_valid():
            return self.tr("Choisissez d'abord un mot de passe qui respecte toutes les règles.")
        return self.tr("Cochez d'abord la case : j'ai écrit mon mot de passe.")

    def _changed(self, *_args) -> None:
        self.completeChanged.emit()

    def clear(self) -> None:
        for field in (self.first_name, self.last_name, self.wanted):
            field.clear()
        self.password.clear()
        self.wrote.setChecked(False)
        self._show_alternatives([])
        self.set_retry(None)
        self.part = 0

    def _show_alternatives(self, addresses: list[str]) -> None:
        """One button per free address, one per line (long addresses at 200 % text).

        The buttons are kept and hidden rather than deleted: deleting the button that was
        just pressed (its address taken, then the mailbox made) crashed PySide later."""
        while len(self._alternative_pool) < len(addresses):
            index = len(self._alternative_pool)
            widget = widgets.button(f"serviceAlternative{index}")
            widget.clicked.connect(lambda _=False, i=index: self._use_alternative(i))
            self.alternatives_row.addLayout(widgets.row(widget))
            self._alternative_pool.append(widget)
        self._alternatives = list(addresses)
        self.alternative_buttons = self._alternative_pool[:len(addresses)]
        previous = self.wanted.edit
        for index, widget in enumerate(self._alternative_pool):
            shown = index < len(addresses)
            if shown:
                widgets.set_text(widget, addresses[index])
                self.setTabOrder(previous, widget)
                previous = widget
            widget.setVisible(shown)
        self.alternatives_text.setVisible(bool(addresses))
        if addresses and self.paged and self.part == 1:
            self._go_to_part(0, self.alternative_buttons[0])  # they are asked with the name

    def _use_alternative(self, index: int) -> None:
        if index >= len(self._alternatives):
            return
        self.wanted.edit.setText(self._alternatives[index].partition("@")[0])
        self._send()  # the password was chosen already: the mailbox is made at once

    # --- Next: create the mailbox, then send it a code ---------------------------------------

    def submit(self) -> None:
        if self.paged and self.part == 0 and not self.retrying:
            self._go_to_part(1)  # the password next; nothing is sent yet
            return
        self._send()

    def _send(self) -> None:
        self.set_retry(None)
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        wanted = self.wanted.text().strip() or None
        journey = self.ctx.journey
        journey.answers.first_name, journey.answers.last_name = first, last
        # The same inputs after Back: the mailbox made then is used again (never twice).
        action = CreateMailbox.for_journey(journey, first, last, wanted, self.password.text())
        self.start(action, self._created, self.tr("Création de votre boîte e-mail…"))

    def _created(self, outcome) -> None:
        if outcome.ok:
            self._show_alternatives([])
            self.ready.emit()
        else:
            self._failed(outcome)

    def _failed(self, outcome) -> None:
        code = outcome.code
        message = describe_failure(outcome)
        fields = outcome.fields
        if code == "address_taken":
            self.wanted.set_error(message.text)
            self._show_alternatives(list(outcome.alternatives))
            if self.alternative_buttons:
                self.alternative_buttons[0].setFocus()
        elif code == "password_policy" or fields.get("password"):
            self.password.set_error(describe("password_policy").text)
            self._focus_part(1, self.password.edit)
        elif code == "address_invalid" or fields.get("address"):
            self.wanted.set_error(describe("address_invalid").text)
            self._focus_part(0, self.wanted.edit)
        else:
            self.set_retry(outcome)
            self.show_error(lambda: describe_failure(outcome).text)

    def _focus_part(self, part: int, widget: QWidget) -> None:
        """The focus on `widget`, its part shown first (a server's error about a box)."""
        if self.paged and self.part != part:
            self._go_to_part(part, widget)
        else:
            widget.setFocus()
