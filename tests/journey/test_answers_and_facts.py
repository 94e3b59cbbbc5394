"""Answers and facts are two types: Back rolls back answers only, never a fact; "Personne
suivante" leaves neither; and no code can write a field without naming its half.

Every field of both tables is tried, so a field added later is covered without editing
this test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from aidant_app.journey import Answers, Facts, Flow, JourneyState, Step
from aidant_app.journey.state import FORM_NAMES


def _value(name: str, empty: object, version: int) -> object:
    """A value for `name`: version 2 unlike the empty value, and unlike version 1 (a flag
    has a single value besides empty: version 1 leaves it empty)."""
    if isinstance(empty, bool):
        return version == 2
    if isinstance(empty, dict):
        return {"nir": f"1 84 12 75 116 00{version} 26", "postal_code": f"7501{version}"}
    return f"{name}-{version}"


def _filled(record_type: type, version: int):
    return record_type(**{name: _value(name, empty, version)
                          for name, empty in record_type.FIELDS.items()})


def _set_all(record, version: int) -> None:
    for name, empty in type(record).FIELDS.items():
        setattr(record, name, _value(name, empty, version))


def test_every_field_changes_between_the_versions():
    """The helpers above really change every field (else the tests below prove nothing)."""
    for record_type in (Answers, Facts):
        earlier, later = _filled(record_type, 1), _filled(record_type, 2)
        for name, empty in record_type.FIELDS.items():
            assert getattr(later, name) != empty, name
            assert getattr(later, name) != getattr(earlier, name), name


def test_back_restores_every_answer_and_never_a_fact():
    state = JourneyState(_filled(Answers, 1), _filled(Facts, 1))
    flow = Flow(state)
    flow.jump(Step.EMAIL_ADDRESS)  # leaving START keeps a snapshot of its answers
    _set_all(state.answers, 2)
    _set_all(state.facts, 2)  # what the backend said while on the next step
    assert flow.back() == Step.START
    assert state.answers == _filled(Answers, 1)  # every answer as it was
    assert state.facts == _filled(Facts, 2)  # every fact as the backend last said


def test_a_snapshot_is_a_copy_not_a_view():
    state = JourneyState(_filled(Answers, 1))
    snapshot = state.snapshot()
    assert isinstance(snapshot, Answers)
    state.answers.form["nir"] = "changed"
    assert snapshot.form["nir"] != "changed"
    state.restore(snapshot)
    snapshot.form["nir"] = "changed again"
    assert state.answers.form["nir"] == _filled(Answers, 1).form["nir"]


def test_next_person_leaves_no_answer_and_no_fact():
    state = JourneyState(_filled(Answers, 2), _filled(Facts, 2))
    flow = Flow(state)
    flow.jump(Step.EMAIL_CODE)
    answers, facts = state.answers, state.facts
    flow.reset()  # what "Personne suivante" does to the journey
    assert state.answers is answers and state.facts is facts  # emptied in place
    for name, empty in Answers.FIELDS.items():
        assert getattr(state.answers, name) == empty, f"answer {name} survived"
    for name, empty in Facts.FIELDS.items():
        assert getattr(state.facts, name) == empty, f"fact {name} survived"
    assert state.is_empty() and not flow.can_go_back()


@pytest.mark.parametrize("name", [*Answers.FIELDS, *Facts.FIELDS, *FORM_NAMES])
def test_no_field_can_be_written_without_naming_its_half(name):
    state = JourneyState(_filled(Answers, 1), _filled(Facts, 1))
    before = (state.answers.snapshot(), state.facts.snapshot())
    with pytest.raises(AttributeError):
        setattr(state, name, "written through the facade")
    assert (state.answers.snapshot(), state.facts.snapshot()) == before


def test_every_field_still_reads_through_the_journey():
    state = JourneyState(_filled(Answers, 1), _filled(Facts, 1))
    for name in Answers.FIELDS:
        assert getattr(state, name) == getattr(state.answers, name)
    for name in Facts.FIELDS:
        assert getattr(state, name) == getattr(state.facts, name)
    assert state.nir == state.answers.form["nir"] and state.iban == ""


def test_the_halves_are_set_once_and_typos_are_refused():
    state = JourneyState()
    with pytest.raises(AttributeError):
        state.answers = Answers()  # replacing a half would leave holders with the old one
    with pytest.raises(AttributeError):
        state.answers.emial = "typo@example.org"
    with pytest.raises(TypeError):
        Facts(acount_id="a1")


def flat_writes(source: str) -> list[int]:
    """Lines that write a journey field without naming its half: `journey.email = ...`,
    `self.ctx.journey.account_id = ...`, `setattr(journey, "mode", ...)`."""
    fields = {*Answers.FIELDS, *Facts.FIELDS, *FORM_NAMES}

    def is_journey(node: ast.expr) -> bool:
        return (isinstance(node, ast.Name) and node.id == "journey"
                or isinstance(node, ast.Attribute) and node.attr == "journey")

    lines = []
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and (
                node.func.id == "setattr" and len(node.args) >= 2
                and is_journey(node.args[0]) and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in fields):
            lines.append(node.lineno)
        for target in targets:
            for element in target.elts if isinstance(target, ast.Tuple | ast.List) else [target]:
                if isinstance(element, ast.Attribute) and element.attr in fields and (
                        is_journey(element.value)):
                    lines.append(element.lineno)
    return lines


def test_no_code_writes_a_field_without_naming_its_half():
    """Across the app, its tests and scripts (a branch merged later included)."""
    root = Path(__file__).resolve().parents[2]
    found = [f"{path.relative_to(root)}:{line}"
             for folder in ("aidant_app", "tests", "scripts")
             for path in sorted((root / folder).rglob("*.py"))
             for line in flat_writes(path.read_text(encoding="utf-8"))]
    assert found == [], "write journey.answers.<field> or journey.facts.<field> instead"


def test_the_flat_write_check_sees_every_spelling():
    source = ("journey.email = 'x'\n"
              "self.ctx.journey.account_id, other = 'a1', 2\n"
              "setattr(ctx.journey, 'mode', 'helper')\n"
              "journey.nir += ''\n"
              "journey.answers.email = 'fine'\n"
              "journey.facts.account_id = 'fine'\n"
              "value = journey.email\n")
    assert sorted(flat_writes(source)) == [1, 2, 3, 4]
