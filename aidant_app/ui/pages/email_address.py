"""E-mail: type the address, have the backend check it, then send a code to prove access."""

from __future__ import annotations

from ...actions import CheckEmail, SendCode, record_address_checked
from ...journey import Step
from ...rules import bidi, check_email_syntax, normalise_email
from .. import widgets
from ..announce import announce
from ..errors import describe, describe_failure
from .base import JourneyPage


class EmailAddressPage(JourneyPage):
    step = Step.EMAIL_ADDRESS

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._checked: dict[str, object] = {}  # address -> EmailCheck, for this visit only
        self._accepted_as_typed: set[str] = set()  # suggestions the person said "no" to
        self.intro = widgets.Para("emailIntro")
        self.field = widgets.Field("emailInput", sensitive=True)
        self.field.edit.textChanged.connect(self._typed)
        self.field.edit.editingFinished.connect(self._finished)
        self.status = widgets.Para("emailStatus")
        self.suggestion = widgets.Para("emailSuggestion")
        # Neither answer looks chosen, neither has the focus: the person decides.
        self.use_suggestion = widgets.button("emailUseSuggestion")
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.keep_address = widgets.button("emailKeepAddress")
        self.keep_address.clicked.connect(self._keep_address)
        self.problem = widgets.Para("emailProblem")
        self.cannot_open = widgets.button("emailCannotOpen")
        self.cannot_open.clicked.connect(self._cannot_open)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.field)
        self.body.addWidget(self.status)
        self.body.addWidget(self.suggestion)
        self.body.addWidget(self.problem)
        # One button per line: at 200 % text two long labels side by side would not fit.
        self.body.addLayout(widgets.row(self.use_suggestion))
        self.body.addLayout(widgets.row(self.keep_address))
        self.body.addSpacing(24)
        self.body.addLayout(widgets.row(self.cannot_open))
        self.body.addStretch(1)
        self.setTabOrder(self.field.edit, self.use_suggestion)
        self.setTabOrder(self.use_suggestion, self.keep_address)
        self.setTabOrder(self.keep_address, self.cannot_open)
        self._show_suggestion(None)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Écrivez votre adresse e-mail")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr("Écrivez votre adresse e-mail, lettre par lettre. Nous allons vérifier qu'elle est bien écrite. Ensuite, nous vous envoyons un code. Ce code montre que vous pouvez ouvrir cette boîte."))
        self.field.set_label(self.tr("Adresse e-mail"),
                             self.tr("Par exemple : prenom.nom@exemple.fr (sans espace)"))
        widgets.set_text(self.cannot_open, self.tr("Je n'arrive pas à ouvrir cette boîte"))
        self._typed(self.field.text())

    def enter(self) -> None:
        journey = self.ctx.journey
        if journey.email and self.field.text() != journey.email:
            self.field.edit.setText(journey.email)
        if journey.account_error in ("email_unavailable", "email_invalid", "email_proof_invalid"):
            # Sent back from the account form: say why, on this page too.
            self._set_problem(describe(journey.account_error).text)
        self.field.edit.setFocus()

    def is_complete(self) -> bool:
        # Not while a suggested correction waits for the person's answer.
        return check_email_syntax(self.field.text()) is None and not self._suggested

    def why_incomplete(self) -> str:
        if self._suggested:
            return self.tr("Répondez d'abord à la question sur l'adresse : la corriger, "
                           "ou la garder telle quelle.")
        return self.tr("Écrivez d'abord votre adresse e-mail en entier.")

    def clear(self) -> None:
        self.set_retry(None)
        self.field.clear()
        self._checked.clear()
        self._accepted_as_typed.clear()
        self._show_suggestion(None)
        self._set_problem("")
        self.status.clear()

    # --- live feedback ----------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._show_suggestion(None)
        self._set_problem("")
        if check_email_syntax(text) is None:
            self.status.setText(self.tr("✔ L'adresse semble bien écrite."))
            self.field.set_error("")
        else:
            self.status.clear()
        self.completeChanged.emit()

    def _finished(self) -> None:
        text = self.field.text().strip()
        if text and check_email_syntax(text):
            self.field.set_error(describe("email_invalid").text)

    def _set_problem(self, text: str) -> None:
        self.problem.setText(widgets.error_text(text))
        self.problem.setVisible(bool(text))
        self.field.edit.setAccessibleDescription(text)

    def _show_suggestion(self, address: str | None) -> None:
        visible = bool(address)
        if visible:
            # No "✔ well written" above a question that says it may not be: one message.
            self.status.clear()
            self.suggestion.setText(bidi.fill(self.tr("Il y a peut-être une faute de frappe. Vouliez-vous dire {address} ?"), address=address))
            widgets.set_text(self.use_suggestion,
                           bidi.fill(self.tr("Oui, corriger en {address}"), address=address))
            widgets.set_text(self.keep_address, self.tr("Non, garder mon adresse telle quelle"))
        else:
            # Hidden is not forgotten: a hidden label still holds its text (and a screen
            # reader's tree still has it), so the suggestion's words go too.
            self.suggestion.clear()
            for button in (self.use_suggestion, self.keep_address):
                button.setText("")
                button.setAccessibleName("")
        self.suggestion.setVisible(visible)
        self.use_suggestion.setVisible(visible)
        self.keep_address.setVisible(visible)
        self._suggested = address
        self.completeChanged.emit()

    def _use_suggestion(self) -> None:
        if self._suggested:
            self.field.edit.setText(self._suggested)
            self.field.edit.setFocus()
            self.submit()

    def _keep_address(self) -> None:
        self._accepted_as_typed.add(normalise_email(self.field.text()))
        self._show_suggestion(None)
        self.submit()

    def _cannot_open(self) -> None:
        journey = self.ctx.journey
        journey.answers.has_mailbox = False
        journey.answers.mailbox_route = None
        self.ready.emit()

    # --- Next -------------------------------------------------------------------------------

    def submit(self) -> None:
        self.set_retry(None)
        address = normalise_email(self.field.text())
        code = check_email_syntax(address)
        if code:
            self.field.set_error(describe(code).text)
            self.field.edit.setFocus()
            return
        self.field.set_error("")
        journey = self.ctx.journey
        journey.answers.email = address
        if journey.code_sent and not journey.account_error:
            # A code already went to this address (the newest one: a backend fact that Back
            # keeps): the code page offers a new one when needed.
            self.ready.emit()
            return
        check = self._checked.get(address)
        if check is None:
            self.start(CheckEmail(address), lambda o: self._checked_ok(address, o),
                       self.tr("Vérification de l'adresse…"))
            return
        self._after_check(address, check)

    def _checked_ok(self, address: str, outcome) -> None:
        if not outcome.ok:
            self._failed(outcome)
            return
        self._checked[address] = outcome.value
        self._after_check(address, outcome.value)

    def _after_check(self, address: str, check) -> None:
        if check.suggestion and check.suggestion != address \
                and address not in self._accepted_as_typed:
            self._show_suggestion(check.suggestion)
            # The question takes the focus (a screen reader reads it); Enter chooses nothing.
            self.suggestion.setFocus()
            announce(self.suggestion, self.suggestion.text(), assertive=True)
            return
        problem = ""
        if check.disposable:
            problem = self.tr("Cette adresse est une adresse jetable : elle disparaît vite. Il faut une adresse qui dure. Utilisez une autre adresse, ou créez-en une.")
        elif check.deliverable == "no" and address not in self._accepted_as_typed:
            # DNS can be wrong (offline centre, filtering resolver): say it, but let the
            # person go on; the code sent next proves whether the mailbox really works.
            if self.ctx.journey.facts.no_mail:  # no code to come: the mailbox is opened next
                self._set_problem(self.tr("Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : vous allez ouvrir la boîte pour vérifier."))
            else:
                self._set_problem(self.tr("Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : nous allons envoyer un code pour vérifier."))
            widgets.set_text(self.keep_address, self.tr("Mon adresse est juste, continuer"))
            self.keep_address.setVisible(True)
            self.problem.setFocus()  # read first; Enter does not answer for the person
            announce(self.problem, self.problem.text(), assertive=True)
            return
        elif not check.available:
            problem = describe("email_unavailable").text
        if problem:
            self._set_problem(problem)
            self.field.edit.setFocus()
            self.field.edit.selectAll()
            return
        if self.ctx.journey.facts.no_mail:
            # Guided mode, no mail: the person opens the mailbox on the next page instead.
            record_address_checked(self.ctx.journey, check.email)
            self.ready.emit()
            return
        self.start(SendCode(check.email), self._code_sent,
                   self.tr("Envoi du code à votre adresse…"))

    def _code_sent(self, outcome) -> None:
        if outcome.ok:
            self.ready.emit()  # SendCode recorded the address and its code in the journey
        else:
            self._failed(outcome)

    def _failed(self, outcome) -> None:
        message = describe_failure(outcome)
        if outcome.code == "email_invalid":
            self.field.set_error(message.text)
            self.field.edit.setFocus()
        else:
            self.set_retry(outcome)
            self.show_error(lambda: describe_failure(outcome).text)
