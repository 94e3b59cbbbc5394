"""What the person can do about an account error (flow.account_error_action's answer).

A module of its own, imported when a code first comes: a named tuple's class is compiled
at run time (about 0.7 M instructions), and the first window shows no code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..rules.codes import NextAction
    from .flow import Step


class ErrorAction(NamedTuple):
    """What the person can do about an account error: `kind` (the vocabulary's NextAction),
    the form `field` it is about, and the `step` it leads to (None: the form itself)."""

    kind: NextAction
    field: str | None = None
    step: Step | None = None
