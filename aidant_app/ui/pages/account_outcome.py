"""What the account form shows after a failed creation: a plan computed from the error."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...journey import ACCOUNT_ERROR_ACTIONS
from .. import contacts
from ..errors import describe, describe_error, known_codes, retry_label

# Actions of the button under the form (AccountFormPage._do_action).
RETRY = "retry"  # send the same fields again
REFRESH = "refresh"  # reload meta (the backend's form may have changed), then send again
WAIT = "wait"  # send again once the countdown is over
GO_TO = "go_to"  # the flow reads journey.account_error and goes there
RELOAD = "reload"  # reload the terms, then the person ticks the box again


@dataclass
class Outcome:
    """Field errors to show, the sentence and button under the form, and what they concern.

    `concerns` names the form fields whose change makes this error out of date: the
    message is then taken away (a new submit takes it away too).
    """

    field_errors: dict[str, str] = field(default_factory=dict)  # field -> error code
    text: str = ""
    label: str = ""
    action: str = ""
    concerns: set[str] = field(default_factory=set)
    wait_seconds: float = 0.0
    call: bool = False  # add the 36 46 line to the text
    account_error: str | None = None  # for GO_TO


def plan_failure(error: Exception, shown: set[str]) -> Outcome:
    """The plan for an error of POST /v1/accounts; `shown` = fields visible on the form."""
    code = getattr(error, "code", "") or "unknown"
    message = describe_error(error)
    fields = dict(getattr(error, "field_errors", []) or [])
    if getattr(error, "retryable", False) and code != "rate_limited":
        # Network trouble or a server hiccup: same key, same fields, nothing typed is lost.
        return Outcome(text=message.text, label=retry_label(), action=RETRY)
    action = ACCOUNT_ERROR_ACTIONS.get(code)
    if action is None or code == "invalid_request":
        return _unforeseen(code, message.text, fields, shown, error)
    if not fields and action.field:
        fields = {action.field: code}
    if code == "identity_mismatch":  # one of the two is wrong: both are concerned
        fields = {"birth_date": code, "postal_code": code}
    on_form = {f: c for f, c in fields.items() if f in shown}
    if action.kind == "fix_field":
        if on_form:
            return Outcome(field_errors=on_form, concerns=set(on_form))
        return Outcome(text=message.text, label=retry_label(), action=REFRESH)
    if action.kind == "go_to":
        # account_exists is about the person's number; email_* about an earlier page.
        concerns = {"nir"} if code == "account_exists" else set()
        return Outcome(text=message.text, label=message.action_label, action=GO_TO,
                       concerns=concerns, account_error=code)
    if action.kind == "call":
        return Outcome(field_errors=on_form, text=message.text, concerns=set(on_form) | {"nir"},
                       call=True)
    if action.kind == "reload":
        # Not cleared by ticking the box: the terms must be read again first.
        return Outcome(text=message.text, label=message.action_label, action=RELOAD)
    return Outcome(text=message.text, action=WAIT,
                   wait_seconds=float(getattr(error, "retry_after", None) or 60))


def _unforeseen(code: str, text: str, fields: dict[str, str], shown: set[str],
                error: Exception) -> Outcome:
    """invalid_request, or a code this app does not know yet: a calm sentence and a way on."""
    on_form = {f: (c if c in known_codes() else "field_invalid")
               for f, c in fields.items() if f in shown}
    if on_form:  # the server says which box is wrong: say it there
        return Outcome(field_errors=on_form, concerns=set(on_form))
    if code == "invalid_request":
        # Nothing to fix on screen: the backend may ask for a field this form does not
        # show yet (its meta changed). Reloading meta before sending again fixes that.
        text = describe("form_outdated").text
    retry_after = float(getattr(error, "retry_after", None) or 0)
    if retry_after > 0:
        return Outcome(text=text, action=WAIT, wait_seconds=retry_after)
    return Outcome(text=text, label=retry_label(), action=REFRESH)


def phones(meta: dict) -> str:
    """The 36 46 line(s) of meta's help contacts, with the price wording meta gives."""
    return "\n".join(f"☎ {text}" for text in contacts.health_insurance_lines(meta))
