"""A bug anywhere in a use case (its call, its record, the page's rendering of the outcome)
never leaves a page busy: the person reads calm words, can retry, go back, ask for help or
go to the next person, and the crash output has the bug's type and frames, never its
message (which may quote what was typed)."""

from __future__ import annotations

import pytest

from aidant_app.actions import Action, Failed
from aidant_app.api.errors import ApiError
from aidant_app.journey import HELPER, Step

from .journey_steps import start
from .journey_support import click, type_into, wait_idle, wait_step
from .pages_support import fresh_address

SECRET = "Jeanne Martin 1 84 12 75 116 001 26"  # fictitious, as a bug's message might quote it


class BrokenCall(Action[str]):
    key = "broken-call"

    def call(self, client) -> str:
        raise ValueError(f"cannot parse {SECRET}")


class BrokenRecord(Action[str]):
    key = "broken-record"

    def call(self, client) -> str:
        return "fine"

    def record(self, journey, value: str) -> None:
        raise KeyError(f"no field for {SECRET}")


class BrokenRecordFailure(Action[str]):
    """The backend said no (an API error), and recording that refusal has a bug."""

    key = "broken-record-failure"

    def call(self, client) -> str:
        raise ApiError("backend_timeout")

    def record_failure(self, journey, outcome: Failed) -> None:
        raise TypeError(f"bad failure for {SECRET}")


class Fine(Action[str]):
    key = "fine"

    def call(self, client) -> str:
        return "fine"


def _on_address_page(qtbot, window):
    """Helper mode, an address typed: Continuer, Retour and Personne suivante all usable."""
    start(qtbot, window, HELPER)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    page = window.current_page
    type_into(qtbot, page.field.edit, fresh_address())
    wait_idle(qtbot, window)
    return page


def _render_with_the_page(page):
    """What the page does with the failures of its own calls."""
    return page._failed


def _broken_rendering(outcome) -> None:
    raise RuntimeError(f"cannot show {SECRET}")


CASES = {
    "in the call": (BrokenCall, _render_with_the_page, "ValueError"),
    "in the record": (BrokenRecord, _render_with_the_page, "KeyError"),
    "in the record of a failure": (BrokenRecordFailure, _render_with_the_page, "TypeError"),
    "in the page's rendering": (Fine, lambda page: _broken_rendering, "RuntimeError"),
}


@pytest.mark.parametrize("where", list(CASES))
def test_a_bug_never_leaves_the_page_busy(qtbot, window, capfd, where):
    action_type, renderer, error_type = CASES[where]
    page = _on_address_page(qtbot, window)
    capfd.readouterr()
    assert page.start(action_type(), renderer(page), "Vérification…")
    assert page.busy and not window.next_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    wait_idle(qtbot, window)

    # Seen: the calm words of a bug, and every way out usable.
    assert "pas de votre faute" in window.error_area.message
    assert window.next_button.isEnabled() and window.next_button.text() == "Réessayer"
    assert window.back_button.isVisible() and window.back_button.isEnabled()
    assert window.help_button.isVisible() and window.help_button.isEnabled()
    next_person = window.button_row.next_person
    assert next_person.isVisible() and next_person.isEnabled()
    assert not window.busy_area.isVisible()

    # The crash output: the type and where, never the message.
    err = capfd.readouterr().err
    assert error_type in err and "test_failures_never_freeze.py" in err
    assert "Jeanne" not in err and "116 001" not in err

    # The page really is usable: Retour leads back.
    click(qtbot, window.back_button)
    wait_step(qtbot, window, Step.EMAIL_QUESTION)


def test_a_rendering_bug_of_another_owner_gets_the_unexpected_outcome(qtbot, app_ctx, capfd):
    """Owners that are not pages (a dialog, the sign-in box) get one Failed('unexpected')
    after their rendering of the real outcome raised, so they can leave their busy state."""
    seen: list[object] = []

    def render(outcome) -> None:
        seen.append(outcome)
        if outcome.ok:
            raise RuntimeError(f"cannot show {SECRET}")

    owner = object()
    assert app_ctx.controller.start(owner, Fine(), render)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen[0].ok and not seen[1].ok and seen[1].code == "unexpected"
    qtbot.wait(100)
    assert len(seen) == 2  # said once: no loop
    err = capfd.readouterr().err
    assert "RuntimeError" in err and "Jeanne" not in err
