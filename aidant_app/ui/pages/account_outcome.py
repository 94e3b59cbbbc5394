"""What the account form shows after a failed creation: a plan computed from the outcome."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...journey import NextAction, account_error_action
from ...journey.fields import FORM, fields_about
from .. import contacts, widgets
from ..errors import describe, describe_failure, known_codes, retry_label

# What the button under the form does (AccountFormPage._do_action): NextAction.RETRY (the
# same fields again), REFRESH (reload meta, then send again), WAIT (send again once the
# countdown is over), GO_TO (the journey reads account_error and goes there), RELOAD (read
# the terms again, then tick the box again).


@dataclass
class Plan:
    """Field errors to show, the sentence and button under the form, and what they concern.

    `concerns` names the form fields whose change makes this error out of date: the
    message is then taken away (a new submit takes it away too).
    """

    field_errors: dict[str, str] = field(default_factory=dict)  # field -> error code
    text: str = ""
    label: str = ""
    action: NextAction = NextAction.NONE
    concerns: set[str] = field(default_factory=set)
    wait_seconds: float = 0.0
    call: bool = False  # add the 36 46 line to the text


def plan_failure(outcome, shown: set[str], refreshed: bool = False) -> Plan:
    """The plan for a Failed outcome of CreateAccount; `shown` = fields on the form;
    `refreshed`: meta was just reloaded for this form, so a second "refresh" cannot help."""
    code = outcome.code
    message = describe_failure(outcome)
    fields = outcome.fields
    if outcome.transient and code != "rate_limited" or code in ("unexpected", "backend_changed"):
        # Network trouble or a hiccup: same key, same fields, nothing typed is lost.
        return Plan(text=message.text, label=retry_label(), action=NextAction.RETRY)
    action = account_error_action(code)
    if action is None or code == "invalid_request":
        return _unforeseen(code, message.text, fields, shown, outcome, refreshed)
    about = set(fields_about(code))  # e.g. identity_mismatch: the birth date and postal code
    if not fields:
        fields = dict.fromkeys(fields_about(code), code)
    on_form = {f: c for f, c in fields.items() if f in shown}
    if action.step is not None:
        # Another step: the e-mail address (email_*), or the help about an existing account.
        return Plan(text=message.text, label=message.action_label, action=NextAction.GO_TO,
                    concerns=about)
    if action.kind is NextAction.FIX:
        if on_form:
            return Plan(field_errors=_once(on_form), concerns=set(on_form))
        return _refresh(message.text, refreshed)
    if action.kind is NextAction.CALL:
        if on_form:  # said once, at its field (with the number to call there): not twice
            return Plan(field_errors=_once(on_form), concerns=set(on_form) | about, call=True)
        return Plan(text=message.text, concerns=about, call=True)
    if action.kind is NextAction.RELOAD:
        # Not cleared by ticking the box: the terms must be read again first.
        return Plan(text=message.text, label=message.action_label, action=NextAction.RELOAD)
    return Plan(text=message.text, action=NextAction.WAIT,
                wait_seconds=float(outcome.retry_after or 60))


def _once(errors: dict[str, str]) -> dict[str, str]:
    """Each code's sentence at the first field it is about, in the form's order: one code
    about two fields (identity_mismatch: "the birth date or the postal code") names both
    in one sentence, and the same sentence under both fields was read twice. A change to
    either field still takes it away (the plan's concerns name both)."""
    order = {name: i for i, name in enumerate(field.name for field in FORM)}
    shown: dict[str, str] = {}
    for name in sorted(errors, key=lambda n: order.get(n, len(order))):
        if errors[name] not in shown.values():
            shown[name] = errors[name]
    return shown


def _refresh(text: str, refreshed: bool) -> Plan:
    if refreshed:  # meta was reloaded already: no retry loop, say what helps
        return Plan(text=describe("invalid_request").text, call=True)
    return Plan(text=text, label=retry_label(), action=NextAction.REFRESH)


def _unforeseen(code: str, text: str, fields: dict[str, str], shown: set[str],
                outcome, refreshed: bool) -> Plan:
    """invalid_request, or a code this app does not know yet: a calm sentence and a way on."""
    on_form = {f: (c if c in known_codes() else "field_invalid")
               for f, c in fields.items() if f in shown}
    if on_form:  # the server says which box is wrong: say it there
        return Plan(field_errors=_once(on_form), concerns=set(on_form))
    if code == "invalid_request":
        # Nothing to fix on screen: the backend may ask for a field this form does not
        # show yet (its meta changed). Reloading meta before sending again shows it, or
        # says that this version is too old.
        text = describe("form_outdated").text
    retry_after = float(outcome.retry_after or 0)
    if retry_after > 0:
        return Plan(text=text, action=NextAction.WAIT, wait_seconds=retry_after)
    return _refresh(text, refreshed)


def phones(meta) -> str:
    """The 36 46 line(s) of meta's help contacts, with the price wording meta gives."""
    return widgets.phone_lines(contacts.health_insurance_lines(meta))
