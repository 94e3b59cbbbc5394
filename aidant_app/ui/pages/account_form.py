"""ameli account: the form built from the fields' data (journey/fields.py) and meta, then the
account creation. No field is named here: each is a row of the data."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from ...actions import CreateAccount, LoadMeta, unknown_fields
from ...journey import NextAction, Step, fields
from ...rules import bidi
from .. import desktop, widgets
from ..errors import describe, describe_failure, field_message, retry_label
from ..sections.account_groups import FormGroups, GroupedQuestions, wants_pages
from ..widgets.wrapcheck import WrapCheck
from . import account_outcome as outcome
from .account_table import make_input, words
from .base import JourneyPage


class AccountFormPage(GroupedQuestions, JourneyPage):
    step = Step.ACCOUNT_FORM

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._action = NextAction.NONE  # what the action button does now
        self._concerns: set[str] = set()  # fields whose change makes the server's error stale
        self._field_errors: dict[str, str] = {}  # field -> code shown, said again on a switch
        self._refreshed = False  # meta reloaded for this attempt (never a retry loop)
        self.intro = widgets.Para("accountIntro")
        # "Question 2 sur 4" where the form shows one group of questions at a time.
        self.progress = widgets.heading("accountProgress")
        self.groups = FormGroups()
        self.too_old = widgets.Para("accountTooOld")
        self.too_old_button = widgets.button("accountTooOldAmeli", primary=True)
        self.too_old_button.clicked.connect(lambda: desktop.open_url("https://www.ameli.fr"))
        # The fields' data (journey/fields.py), read once: the inputs are built from it.
        self.fields = fields.FORM
        self.inputs = {field.name: make_input(field) for field in self.fields}
        # Its words wrap (a QCheckBox's do not): "J'accepte les conditions d'utilisation"
        # and its link on one row made the form wider than a 1024 px screen at 200 % text.
        self.terms_row = WrapCheck("termsAccept")
        self.terms = self.terms_row.box
        self.terms_link = widgets.button("termsRead")
        self.terms_link.clicked.connect(self._read_terms)
        self.terms_error = widgets.Para("termsError")
        self.terms_error.hide()
        self.action_text = widgets.Para("accountErrorText")
        self.action_button = widgets.button("accountErrorAction", primary=True)
        self.action_button.clicked.connect(self._do_action)
        self.countdown = widgets.Countdown(self.action_button, self._wait_label, self)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.too_old)
        self.body.addLayout(widgets.row(self.too_old_button))
        order = []
        for field in self.fields:
            widget = self.inputs[field.name]
            for extra in widget.leading():  # e.g. the password's advice, read before it
                self.body.addWidget(extra)
                order.append(getattr(extra, "toggle", extra))
            self.body.addWidget(widget)
            order += widget.tab_widgets()
            widget.changed.connect(self._changed)
            # The person changing what the server's answer was about: it is out of date.
            widget.edited.connect(lambda n=field.name: self._field_changed(n))
            for edit in widget.tab_widgets()[-1:]:
                if hasattr(edit, "editingFinished"):
                    edit.editingFinished.connect(lambda w=widget: w.finish(self._values()))
        # The box, then the link under it: side by side, the box's words wrapped on 4 lines.
        self.body.addWidget(self.terms_row)
        self.body.addLayout(widgets.row(self.terms_link))
        self.body.addWidget(self.terms_error)
        self.body.addSpacing(12)
        self.body.addWidget(self.action_text)
        self.body.addLayout(widgets.row(self.action_button))
        self.body.addStretch(1)
        widgets.tab_chain(self, [*order, self.terms, self.terms_link, self.action_button])
        self.terms.toggled.connect(self._changed)
        self.terms.clicked.connect(lambda *_a: self._field_changed("terms_version"))
        ctx.meta_changed.connect(self._apply_meta)
        self._set_action("", "", NextAction.NONE)
        self._apply_meta()
        self.retranslate()

    # --- meta and texts ---------------------------------------------------------------------

    def _required(self) -> tuple[str, ...]:
        meta = self.ctx.meta
        return tuple(meta.account_fields) if meta is not None else tuple(self.inputs)

    def _asked(self) -> list[str]:
        """The fields this form asks now, in the fields' order."""
        required = self._required()
        return [field.name for field in self.fields if field.always or field.name in required]

    def missing(self) -> list[str]:
        """Fields the backend requires that this version cannot ask (it is too old)."""
        return unknown_fields(self._required(), set(self.inputs))

    def _apply_meta(self) -> None:
        meta = self.ctx.meta
        policy = meta.password_policy if meta is not None else None
        for widget in self.inputs.values():
            if hasattr(widget, "set_policy"):  # the password, checked against meta's policy
                widget.set_policy(policy)
        missing = self.missing()
        self.too_old.setText(self._too_old_text(missing))
        self.too_old.setVisible(bool(missing))
        self.too_old_button.setVisible(bool(missing))
        self._show_group()

    def _too_old_text(self, missing: list[str]) -> str:
        if not missing:
            return ""
        # "« a », « b » et « c »" in the interface language (i18n.py sets the default locale).
        names = QLocale().createSeparatedList(
            [bidi.fill(self.tr("« {name} »"), name=name) for name in missing])
        return bidi.fill(self.tr("{sentence}\nInformation demandée que cette version ne connaît pas : {names}."),
            sentence=describe("app_too_old").text, names=names)

    def title(self) -> str:
        return self.tr("Créer votre compte ameli")

    def default_next_label(self) -> str:
        return self.tr("Créer mon compte") if self.groups.is_last() else ""

    def retranslate(self) -> None:
        super().retranslate()  # Continuer's label: default_next_label(), or "Réessayer"
        self.intro.setText(self.tr("Prenez votre carte Vitale. Recopiez les informations une par une. L'application vérifie chaque case pendant que vous écrivez."))
        for field in self.fields:
            self.inputs[field.name].set_label(*words(field))
        for name, code in self._field_errors.items():  # the words of a shown error, too
            self.inputs[name].set_error(field_message(code))
        self.progress.setText(self.groups.progress())
        self.terms_row.setText(self.tr("J'accepte les conditions d'utilisation"))
        widgets.set_text(self.terms_link, self.tr("Lire les conditions"))
        widgets.set_text(self.too_old_button, describe("app_too_old").action_label)
        self.too_old.setText(self._too_old_text(self.missing()))
        if self._action in (NextAction.RETRY, NextAction.REFRESH):
            widgets.set_text(self.action_button, retry_label())  # in the new language
        self.countdown.refresh()

    # --- JourneyPage --------------------------------------------------------------------------

    def enter(self) -> None:
        journey = self.ctx.journey
        self.groups.paged, self.groups.index = wants_pages(self), 0
        self._apply_meta()
        if journey.fictitious:  # training: the start page filled a fictitious person
            for name, widget in self.inputs.items():
                if journey.answers.form.get(name) and not widget.value():
                    widget.fill(journey.answers.form[name])
        if self.missing():
            self.too_old_button.setFocus()
        else:
            self._group_start().setFocus()

    def _first_input(self, names) -> QWidget:
        """Where the person starts typing in the first of these fields."""
        return self.inputs[next(iter(names))].edit

    def is_complete(self) -> bool:
        if self.missing():
            return False
        filled = all(self._filled(name) for name in self.groups.current())
        return filled and (self.terms.isChecked() or not self.groups.is_last())

    def why_incomplete(self) -> str:
        if self.missing():
            return self.tr("Cette version ne peut pas créer ce compte. Lisez le texte au-dessus.")
        empty = [name for name in self.groups.current() if not self._filled(name)]
        if empty and self.groups.paged:
            return self.tr("Remplissez d'abord les cases de cette question.")
        if empty:
            return self.tr("Remplissez d'abord toutes les cases du formulaire.")
        if not self.terms.isChecked():
            return self.tr("Cochez d'abord la case des conditions d'utilisation.")
        return ""

    def _filled(self, name: str) -> bool:
        widget = self.inputs[name]
        return widget.is_filled() if hasattr(widget, "is_filled") else bool(widget.value())

    def _values(self) -> dict[str, str]:
        return {name: widget.value() for name, widget in self.inputs.items()}

    def clear(self) -> None:
        for widget in self.inputs.values():
            widget.clear()
        self.terms.setChecked(False)
        self._clear_server_error()
        self.set_retry(None)

    def _changed(self, *_args) -> None:
        self.terms_error.hide()
        self.completeChanged.emit()

    def _field_changed(self, name: str) -> None:
        self._refreshed = False
        self._field_errors.pop(name, None)  # its own live check speaks now
        if name in self._concerns:
            self._clear_server_error()

    def _clear_server_error(self) -> None:
        """Take away the last answer's words: under the form, at its fields, in the shell."""
        concerned, self._concerns = self._concerns, set()
        for name in concerned & set(self.inputs):
            self.inputs[name].set_error("")
            self.inputs[name].refresh()  # what the person typed gets its live feedback again
        self.countdown.stop()
        self._set_action("", "", NextAction.NONE)
        self.clear_error()

    def _read_terms(self) -> None:
        if self.ctx.meta is not None and self.ctx.meta.terms.url:
            desktop.open_url(self.ctx.meta.terms.url)

    # --- checks before sending --------------------------------------------------------------

    def local_errors(self) -> dict[str, str]:
        """Field -> error code, from the same rules as the server's, in the form's order."""
        values, errors = self._values(), {}
        asked = self._asked()
        for field in self.fields:
            if field.name not in asked:
                continue
            # The field's rule (journey/fields.py); without one (the password, checked against
            # meta's policy) its input checks it.
            code = (field.rule(values[field.name], values) if field.rule is not None
                    else self.inputs[field.name].check(values))
            if code:
                errors[field.name] = code
        return errors

    def _show_field_errors(self, errors: dict[str, str], extra: str = "",
                           only: list[str] | None = None) -> None:
        """Errors at their fields (`only`: just these fields, the others keep theirs); the
        focus in the first, its group shown. The codes shown are kept, so that a change of
        language says them again in the new one."""
        shown = {name: code for name, code in errors.items() if name in self.inputs}
        if only is None:
            self._field_errors = shown
        else:
            kept = {n: c for n, c in self._field_errors.items() if n not in only}
            self._field_errors = {**kept, **{n: c for n, c in shown.items() if n in only}}
        for name, widget in self.inputs.items():
            if only is not None and name not in only:
                continue
            text = field_message(errors[name]) if name in errors else ""
            widget.set_error(f"{text}\n{extra}" if text and extra else text)
        first = [field.name for field in self.fields if field.name in errors]
        if first:
            group = self.groups.group_of(first[0])
            if self.groups.paged and group is not None:
                self._go_to_group(group)
            self.focus_seen(self._first_input(first))
        elif "terms_version" in errors:
            self.terms.setFocus()

    # --- Next: create the account --------------------------------------------------------

    def submit(self) -> None:
        if not self.groups.is_last():  # Continuer on a group: its own checks, then the next
            current = self.groups.current()
            errors = {n: c for n, c in self.local_errors().items() if n in current}
            self._show_field_errors(errors, only=current)
            if not errors:
                self._go_to_group(self.groups.index + 1)
            return
        self._clear_server_error()  # a new try: the earlier answer no longer applies
        self.set_retry(None)
        if self.missing():
            return
        errors = self.local_errors()
        self._show_field_errors(errors)
        if errors or not self.terms.isChecked():
            return
        journey, meta = self.ctx.journey, self.ctx.meta
        values = self._values()
        for name in self._asked():
            journey.answers.form[name] = values[name]
        action = CreateAccount.for_journey(journey, self._required(),
                                           meta.terms.version if meta is not None else "")
        self.start(action, self._created, self.tr("Création de votre compte ameli…"))

    def _created(self, result) -> None:
        if result.ok:
            for field in self.fields:  # a secret is sent once, never kept (nor by the journey)
                if field.spoken == fields.SECRET:
                    self.inputs[field.name].clear()
            self.ready.emit()
            return
        # The fields the form asks (on another group of questions too, where it is paged).
        shown = set() if self.missing() else set(self._asked())
        plan = outcome.plan_failure(result, shown, self._refreshed)
        if plan.field_errors:
            # The number to call goes with the message, at its field (said once).
            extra = outcome.phones(self.ctx.meta) if plan.call else ""
            self._show_field_errors(plan.field_errors, extra)
        if plan.action is NextAction.RETRY:
            # Network trouble: one message (the shell's, above the buttons, focused) and one
            # way to retry (Continuer says "Réessayer"); the form's own sentence and button
            # would say the same thing twice, with a second "Réessayer".
            self._set_action("", "", NextAction.NONE)
            self.set_retry(result)
            self.show_error(plan.text)
            self._concerns = set()
            return
        text = plan.text
        if plan.call and text:
            text = f"{text}\n{outcome.phones(self.ctx.meta)}"
        self._set_action(text, plan.label, plan.action)
        if plan.action is NextAction.RELOAD:
            self.terms.setChecked(False)
        elif plan.action is NextAction.WAIT:
            self.countdown.start(plan.wait_seconds)
        if plan.action in (NextAction.GO_TO, NextAction.RELOAD, NextAction.REFRESH):
            self.focus_seen(self.action_button)
        self._concerns = set(plan.concerns)

    # --- the action under the form ---------------------------------------------------------

    def _wait_label(self, seconds: int) -> str:
        if self._action is not NextAction.WAIT:
            return self.action_button.text()
        if seconds:
            return bidi.fill(self.tr("Réessayer (possible dans {n} s)"), n=seconds)
        return self.tr("Réessayer")

    def _set_action(self, text: str, label: str, action: NextAction) -> None:
        self._action = action
        self.action_text.setText(widgets.error_text(text))
        self.action_text.setVisible(bool(text))
        self.action_button.setAccessibleDescription(text)
        if label:
            widgets.set_text(self.action_button, label)
        self.action_button.setEnabled(True)
        self.action_button.setVisible(action is not NextAction.NONE)

    def _do_action(self) -> None:
        if self._action in (NextAction.RETRY, NextAction.WAIT):
            self.submit()
        elif self._action is NextAction.GO_TO:
            self.ready.emit()  # the journey reads account_error and goes there
        elif self._action in (NextAction.RELOAD, NextAction.REFRESH):
            self._reload_meta(then_submit=self._action is NextAction.REFRESH)

    def _reload_meta(self, then_submit: bool = False) -> None:
        def loaded(result) -> None:
            if not result.ok:
                self.show_error(lambda: describe_failure(result).text)
                return
            self.ctx.set_meta(result.value)
            self._refreshed = True
            if self.missing():
                self._set_action("", "", NextAction.NONE)  # the "too old" words say it all
                self.too_old_button.setFocus()
            elif then_submit:
                # Fields the backend now asks for appear; the local checks then say what is
                # missing, or the same fields go again.
                self.submit()
            else:
                self._set_action(self.tr("L'Assurance Maladie a changé ses conditions. Lisez-les, cochez la case, puis appuyez sur « Créer mon compte »."), "", NextAction.NONE)
                self.terms_link.setFocus()

        self.start(LoadMeta(), loaded, self.tr("Lecture des nouvelles conditions…"))
