"""ameli account: the form built from meta's required fields, then the account creation."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox

from ...api.attempt import AccountAttempt
from ...journey import Step
from ...rules import group_nir
from ..errors import describe, describe_error, field_message, retry_label
from . import account_outcome as outcome
from . import parts
from .account_fields import BirthDateField, IbanField, NirField, PostalCodeField
from .base import JourneyPage
from .password_box import PasswordBox, advice_text

FIELD_ORDER = ("nir", "birth_date", "postal_code", "iban", "password", "terms_version")


class AccountFormPage(JourneyPage):
    step = Step.ACCOUNT_FORM
    commit = True

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._attempt = AccountAttempt()  # one Idempotency-Key per attempt (api/attempt.py)
        self._action: str = ""  # what the action button does now
        self._concerns: set[str] = set()  # fields whose change makes the server's error stale
        self.intro = parts.Para("accountIntro")
        self.nir = NirField()
        self.birth = BirthDateField()
        self.postal = PostalCodeField()
        self.iban = IbanField()
        self.advice = parts.Para("accountPasswordAdvice")
        self.password = PasswordBox("accountPassword")
        self.terms = QCheckBox()
        self.terms.setObjectName("termsAccept")
        self.terms_link = parts.button("termsRead")
        self.terms_link.clicked.connect(self._read_terms)
        self.terms_error = parts.Para("termsError")
        self.terms_error.hide()
        self.action_text = parts.Para("accountErrorText")
        self.action_button = parts.button("accountErrorAction", primary=True)
        self.action_button.clicked.connect(self._do_action)
        self.countdown = parts.Countdown(self.action_button, self._wait_label, self)
        self.widgets = {"nir": self.nir, "birth_date": self.birth, "postal_code": self.postal,
                        "iban": self.iban, "password": self.password}
        for widget in (self.intro, self.nir, self.birth, self.postal, self.iban, self.advice,
                       self.password):
            self.body.addWidget(widget)
        self.body.addLayout(parts.row(self.terms, self.terms_link))
        self.body.addWidget(self.terms_error)
        self.body.addSpacing(12)
        self.body.addWidget(self.action_text)
        self.body.addLayout(parts.row(self.action_button))
        self.body.addStretch(1)
        order = [self.nir.edit, self.birth.day, self.birth.month, self.birth.year,
                 self.postal.edit, self.iban.edit, self.password.edit, self.password.show_box,
                 self.terms, self.terms_link, self.action_button]
        parts.tab_chain(self, order)
        self.nir.edit.editingFinished.connect(lambda: self.nir.update_feedback(final=True))
        self.iban.edit.editingFinished.connect(lambda: self.iban.update_feedback(final=True))
        self.birth.year.editingFinished.connect(self._check_birth)
        for edit in (self.nir.edit, self.postal.edit, self.iban.edit):
            edit.textChanged.connect(self._changed)
        self.birth.changed.connect(self._changed)
        self.password.changed.connect(self._changed)
        self.terms.toggled.connect(self._changed)
        # The person changing what the server's answer was about: that answer is out of date.
        for name, signal in (("nir", self.nir.edit.textEdited),
                             ("postal_code", self.postal.edit.textEdited),
                             ("iban", self.iban.edit.textEdited),
                             ("birth_date", self.birth.changed),
                             ("password", self.password.edit.textEdited),
                             ("terms_version", self.terms.clicked)):
            signal.connect(lambda *_a, n=name: self._field_changed(n))
        ctx.meta_changed.connect(self._apply_meta)
        self._set_action("", "", "")
        self._apply_meta()
        self.retranslate()

    # --- meta and texts ---------------------------------------------------------------------

    def _required(self) -> list[str]:
        return list(parts.meta_of(self.ctx).get("account_fields") or FIELD_ORDER)

    def _apply_meta(self) -> None:
        meta = parts.meta_of(self.ctx)
        self.password.set_policy(parts.policy_of(meta.get("password_policy")))
        required = self._required()
        for name, widget in self.widgets.items():
            widget.setVisible(name in required or name in ("nir", "password"))
        self.completeChanged.emit()

    def title(self) -> str:
        return self.tr("Créer votre compte ameli")

    def retranslate(self) -> None:
        super().retranslate()
        self.next_label = self.tr("Créer mon compte")
        self.intro.setText(self.tr("Prenez votre carte Vitale. Recopiez les informations une par une. Chaque case est vérifiée pendant que vous écrivez."))
        self.nir.set_label(self.tr("Numéro de sécurité sociale (sur votre carte Vitale)"),
                           self.tr("15 chiffres, par exemple 1 84 12 75 116 001 26"))
        self.birth.set_label(self.tr("Date de naissance"))
        self.postal.set_label(self.tr("Code postal de votre domicile"),
                              self.tr("5 chiffres, par exemple 75011"))
        self.iban.set_label(self.tr("IBAN (sur votre RIB, relevé d'identité bancaire)"),
                            self.tr("Il commence par FR76 pour une banque française"))
        self.advice.setText(advice_text())
        self.password.retranslate(self.tr("Mot de passe du compte ameli"))
        parts.set_text(self.terms, self.tr("J'accepte les conditions d'utilisation"))
        parts.set_text(self.terms_link, self.tr("Lire les conditions"))
        if self._action in (outcome.RETRY, outcome.REFRESH):
            parts.set_text(self.action_button, retry_label())  # in the new language
        self.countdown.refresh()

    # --- JourneyPage --------------------------------------------------------------------------

    def enter(self) -> None:
        journey = self.ctx.journey
        self._apply_meta()
        if journey.fictitious:  # training: the start page filled a fictitious person
            if not self.nir.text() and journey.nir:
                self.nir.edit.setText(group_nir(journey.nir))
            if not self.birth.is_filled() and journey.birth_date:
                self.birth.set_value(journey.birth_date)
            if not self.postal.text() and journey.postal_code:
                self.postal.edit.setText(journey.postal_code)
            if not self.iban.text() and journey.iban:
                self.iban.edit.setText(journey.iban)
                self.iban._edited(journey.iban)
            self.nir.update_feedback(final=False)
        self.nir.edit.setFocus()

    def is_complete(self) -> bool:
        required = self._required()
        return bool(self.nir.value() and self.password.text() and self.terms.isChecked()
                    and ("birth_date" not in required or self.birth.is_filled())
                    and ("postal_code" not in required or self.postal.value())
                    and ("iban" not in required or self.iban.value()))

    def clear(self) -> None:
        for widget in (self.nir, self.birth, self.postal, self.iban, self.password):
            widget.clear()
        self.terms.setChecked(False)
        self._attempt = AccountAttempt()
        self._clear_server_error()

    def _changed(self, *_args) -> None:
        self.terms_error.hide()
        self.completeChanged.emit()

    def _field_changed(self, name: str) -> None:
        if name in self._concerns:
            self._clear_server_error()

    def _clear_server_error(self) -> None:
        """Take away the last answer's words: under the form, at its fields, in the shell."""
        concerned, self._concerns = self._concerns, set()
        for name in concerned & set(self.widgets):
            self.widgets[name].set_error("")
        # What the person typed still gets its own live feedback.
        if "nir" in concerned:
            self.nir.update_feedback(final=False)
        if "iban" in concerned:
            self.iban.update_feedback(final=False)
        self.nir.login.setVisible(bool(self.nir.login.text()))
        self.countdown.stop()
        self._set_action("", "", "")
        self.clear_error()

    def _check_birth(self) -> None:
        if self.birth.is_filled():
            code = self.birth.code(self.nir.text())
            self.birth.set_error(field_message(code) if code else "")

    def _read_terms(self) -> None:
        url = (parts.meta_of(self.ctx).get("terms") or {}).get("url")
        if url:
            parts.open_url(url)

    # --- checks before sending --------------------------------------------------------------

    def local_errors(self) -> dict[str, str]:
        """Field -> error code, from the same rules as the server's, in the form's order."""
        required, errors = self._required(), {}
        nir_text = self.nir.text()
        if code := self.nir.code():
            errors["nir"] = code
        if "birth_date" in required and (code := self.birth.code(nir_text)):
            errors["birth_date"] = code
        if "postal_code" in required and (code := self.postal.code()):
            errors["postal_code"] = code
        if "iban" in required and (code := self.iban.code()):
            errors["iban"] = code
        if code := self.password.error_code():
            errors["password"] = code
        return errors

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        for name, widget in self.widgets.items():
            widget.set_error(field_message(errors[name]) if name in errors else "")
        self.nir.login.setVisible("nir" not in errors)
        first = next((n for n in FIELD_ORDER if n in errors), None)
        if first == "terms_version":
            self.terms.setFocus()
        elif first:
            self.widgets[first].edit.setFocus()

    # --- Next: create the account --------------------------------------------------------

    def submit(self) -> None:
        self._clear_server_error()  # a new try: the earlier answer no longer applies
        errors = self.local_errors()
        self._show_field_errors(errors)
        if errors:
            return
        if not self.terms.isChecked():
            return
        client = self.ctx.client
        if client is None:
            self.show_error(describe("backend_unreachable").text)
            return
        journey, meta = self.ctx.journey, parts.meta_of(self.ctx)
        journey.nir = self.nir.value()
        journey.birth_date = self.birth.value()
        journey.postal_code = self.postal.value()
        journey.iban = self.iban.value() if "iban" in self._required() else ""
        journey.password = self.password.text()
        journey.terms_accepted = True
        journey.terms_version = str((meta.get("terms") or {}).get("version") or "")
        journey.account_error = None
        body = journey.account_fields(self._required())
        # Same fields as the last attempt that got no answer: same key, so a lost answer is
        # replayed by the server instead of creating a second account.
        key = self._attempt.key_for(body)
        journey.idempotency_key = key
        self.run(lambda: client.create_account(body, key), self._created, self._failed,
                 self.tr("Création de votre compte ameli…"), key="create")

    def _created(self, account) -> None:
        journey = self.ctx.journey
        self._attempt.conclude()
        journey.idempotency_key = None
        journey.account_id = account.id
        journey.account_status = account.status
        journey.masked_email = account.email
        journey.activation_expires_at = parts.iso(account.activation_expires_at)
        journey.resend_available_at = parts.iso(account.resend_available_at)
        journey.journey_code = account.journey_code
        journey.password = ""  # sent once; the memo has a blank line for it, never the value
        self.password.clear()
        self.ready.emit()

    def _failed(self, error: Exception) -> None:
        status = getattr(error, "status", None)
        if isinstance(status, int) and 400 <= status < 500:
            # The server answered: replaying this key would give the same answer forever.
            # A 5xx (a proxy's 502/503/504 too) may hide a request the server did process,
            # so the retry must reuse the same key and get that answer replayed.
            self._attempt.conclude()
            self.ctx.journey.idempotency_key = None
        shown = {name for name, widget in self.widgets.items() if widget.isVisibleTo(self)}
        plan = outcome.plan_failure(error, shown)
        if plan.field_errors:
            self._show_field_errors(plan.field_errors)
        text = f"{plan.text}\n{outcome.phones(parts.meta_of(self.ctx))}" if plan.call and plan.text else plan.text
        self._set_action(text, plan.label, plan.action)
        if plan.action == outcome.RETRY:
            self.show_error(plan.text)  # network trouble: the shell says it too
        if plan.action == outcome.GO_TO:
            self.ctx.journey.account_error = plan.account_error
        elif plan.action == outcome.RELOAD:
            self.terms.setChecked(False)
        elif plan.action == outcome.WAIT:
            self.countdown.start(plan.wait_seconds)
        if plan.action in (outcome.GO_TO, outcome.RELOAD, outcome.REFRESH):
            self.action_button.setFocus()
        self._concerns = set(plan.concerns)

    # --- the action under the form ---------------------------------------------------------

    def _wait_label(self, seconds: int) -> str:
        if self._action != outcome.WAIT:
            return self.action_button.text()
        if seconds:
            return self.tr("Réessayer (possible dans {n} s)").format(n=seconds)
        return self.tr("Réessayer")

    def _set_action(self, text: str, label: str, action: str) -> None:
        self._action = action
        self.action_text.setText(f"⚠ {text}" if text else "")
        self.action_text.setVisible(bool(text))
        self.action_button.setAccessibleDescription(text)
        if label:
            parts.set_text(self.action_button, label)
        self.action_button.setEnabled(True)
        self.action_button.setVisible(bool(action))

    def _do_action(self) -> None:
        if self._action in (outcome.RETRY, outcome.WAIT):
            self.submit()
        elif self._action == outcome.GO_TO:
            self.ready.emit()  # the flow reads journey.account_error and goes there
        elif self._action in (outcome.RELOAD, outcome.REFRESH):
            self._reload_meta(then_submit=self._action == outcome.REFRESH)

    def _reload_meta(self, then_submit: bool = False) -> None:
        client = self.ctx.client
        if client is None:
            self.show_error(describe("backend_unreachable").text)
            return

        def loaded(meta) -> None:
            self.ctx.meta = dataclasses.asdict(meta)
            self.ctx.meta_changed.emit()
            if then_submit:
                # Fields the backend now asks for appear; the local checks then say what is
                # missing, or the same fields go again.
                self.submit()
                return
            self._set_action(self.tr("Les conditions ont été mises à jour. Lisez-les, cochez la case, puis appuyez sur « Créer mon compte »."), "", "")
            self.terms_link.setFocus()

        self.run(client.meta, loaded, lambda e: self.show_error(describe_error(e).text),
                 self.tr("Lecture des nouvelles conditions…"), key="meta")

