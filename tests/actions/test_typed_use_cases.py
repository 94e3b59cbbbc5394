"""Each use case states what it needs and what it gives back: no `Any` in actions/, every
input and result annotated with a type that resolves, every use case an Action[T]; building
one writes nothing into the journey, and recording an outcome is the one place that writes
the backend's facts."""

from __future__ import annotations

import ast
import datetime as dt
import typing
from pathlib import Path

import pytest

import aidant_app
from aidant_app import actions
from aidant_app.actions import Action, ConfirmCode, CreateAccount, CreateMailbox
from aidant_app.actions.mailbox import inputs_digest
from aidant_app.journey import Answers, Facts, JourneyState

PACKAGE = Path(aidant_app.__file__).parent
ACTIONS = sorted((PACKAGE / "actions").glob("*.py"))

# Facts written outside a use case's record, each with why. Nothing else may write one.
OTHER_FACT_WRITERS = {
    # The memo (PDF) was written where the person chose: a fact of this computer, not of
    # the backend, so that "Personne suivante" need not ask. Written once it is on disk.
    ("ui/memo.py", "done"),
}


def _spells_any(node: ast.AST) -> bool:
    return (isinstance(node, ast.Name) and node.id == "Any"
            or isinstance(node, ast.Attribute) and node.attr == "Any"
            or isinstance(node, ast.alias) and node.name == "Any")


def _names_any(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if _spells_any(node):
            lines.append(node.lineno)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:  # a quoted annotation: Action["Any"], "dict[str, Any]"
                inner = ast.parse(node.value, mode="eval")
            except SyntaxError:
                continue
            if _names_any(inner):
                lines.append(node.lineno)
    return lines


def test_no_any_in_actions():
    found = {p.name: lines for p in ACTIONS if (lines := _names_any(ast.parse(p.read_text())))}
    assert found == {}


def test_the_any_check_sees_every_spelling():
    """The scan above would fail on each way of writing Any (it cannot pass by accident)."""
    for source in ("from typing import Any", "x: typing.Any", "def f(a: 'Any'): pass",
                   "class A(Action['dict[str, Any]']): pass"):
        assert _names_any(ast.parse(source)), source


def test_every_input_and_result_is_annotated():
    missing = []
    for path in ACTIONS:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
            missing += [f"{path.name}:{node.name}({a.arg})" for a in args
                        if a.annotation is None and a.arg not in ("self", "cls")]
            if node.returns is None:
                missing.append(f"{path.name}:{node.name} -> ?")
    assert missing == []


def _use_cases() -> list[type[Action]]:
    return [value for name in actions.__all__
            if isinstance(value := getattr(actions, name), type) and issubclass(value, Action)
            and value is not Action]


def _namespace() -> dict[str, object]:
    """What the modules import for type checking only, to resolve their annotations."""
    from aidant_app.api import meta, models
    from aidant_app.api.client import AidantClient
    from aidant_app.api.errors import ApiError
    from aidant_app.vault import Vault

    return {**vars(models), **vars(meta), "AidantClient": AidantClient, "ApiError": ApiError,
            "Vault": Vault, "JourneyState": JourneyState, "dt": dt}


def test_every_use_case_says_what_it_gives_back():
    use_cases = _use_cases()
    assert len(use_cases) >= 15
    untyped = [cls.__name__ for cls in use_cases
               if not any(typing.get_args(base) for base in cls.__orig_bases__)]
    assert untyped == []
    for cls in use_cases:
        for name in ("__init__", "call", "run", "record", "record_failure"):
            method = getattr(cls, name)
            if getattr(method, "__module__", "").startswith("aidant_app.actions"):
                hints = typing.get_type_hints(method, localns=_namespace())
                assert "return" in hints, f"{cls.__name__}.{name}"


def _someone() -> JourneyState:
    """A journey well under way: a mailbox made, a code sent, an attempt whose answer was
    lost (fictitious values)."""
    digest = inputs_digest("Lina", "Roux", None, "Tulipe-Soleil-2026")
    return JourneyState(
        Answers(mode="helper", consent=True, email="lina.roux@entrainement.example",
                form={"nir": "2 90 05 13 055 123 45", "birth_date": "1990-05-14",
                      "postal_code": "13005", "password": "Jardin-Velo-7"}),
        Facts(mailbox_address="lina.roux@entrainement.example", mailbox_inputs=digest,
              code_for="lina.roux@entrainement.example", verification_id="v-1",
              email_proof="proof-1", proof_for="lina.roux@entrainement.example",
              creation_key="k-1", creation_digest="d-1", account_error="backend_timeout"))


@pytest.mark.parametrize("build", [
    lambda j: CreateAccount.for_journey(j, ["nir", "birth_date", "postal_code", "email",
                                            "password", "terms_version"], "2026-01"),
    lambda j: CreateMailbox.for_journey(j, "Lina", "Roux", None, "Tulipe-Soleil-2026"),
    lambda j: ConfirmCode.for_journey_code(j, "123456"),
], ids=["CreateAccount", "CreateMailbox", "ConfirmCode"])
def test_building_a_use_case_from_the_journey_writes_nothing(build):
    journey = _someone()
    answers, facts = journey.answers.snapshot(), journey.facts.snapshot()
    action = build(journey)
    assert journey.answers.snapshot() == answers and journey.facts.snapshot() == facts
    assert isinstance(action, Action)


def _writes_facts(target: ast.expr) -> bool:
    """`journey.facts.x = ...`, `facts.x = ...` (an alias of it), `...facts.x[k] = ...`."""
    node = target
    while isinstance(node, ast.Attribute | ast.Subscript):
        node = node.value
        if isinstance(node, ast.Attribute) and node.attr == "facts" or (
                isinstance(node, ast.Name) and node.id == "facts"):
            return True
    return False


class _FactWrites(ast.NodeVisitor):
    def __init__(self) -> None:
        self.functions: list[str] = []
        self.found: list[tuple[str, int]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _targets(self, targets: list[ast.expr], line: int) -> None:
        for target in targets:
            elts = target.elts if isinstance(target, ast.Tuple | ast.List) else [target]
            if any(_writes_facts(t) for t in elts):
                self.found.append((self.functions[-1] if self.functions else "<module>", line))

    def visit_Assign(self, node: ast.Assign) -> None:
        self._targets(node.targets, node.lineno)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._targets([node.target], node.lineno)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id == "setattr" and node.args and (
                _writes_facts(ast.Attribute(value=node.args[0], attr="x"))):
            self.found.append((self.functions[-1] if self.functions else "<module>",
                               node.lineno))
        self.generic_visit(node)


def fact_writes(source: str) -> list[tuple[str, int]]:
    visitor = _FactWrites()
    visitor.visit(ast.parse(source))
    return visitor.found


def _is_a_record(function: str) -> bool:
    return function.lstrip("_").startswith("record") or function == "_remember"


def test_only_recording_an_outcome_writes_facts():
    strays = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(("server/", "journey/state.py")):
            continue  # the server has its own state; state.py defines the facts
        for function, line in fact_writes(path.read_text(encoding="utf-8")):
            in_a_record = relative.startswith("actions/") and _is_a_record(function)
            if not in_a_record and (relative, function) not in OTHER_FACT_WRITERS:
                strays.append(f"{relative}:{line} in {function}()")
    assert strays == []


def test_the_fact_check_sees_every_spelling():
    source = ("def submit(self):\n"
              "    self.ctx.journey.facts.account_status = 'active'\n"
              "    facts = journey.facts\n"
              "    facts.code_for, x = '', 1\n"
              "    setattr(journey.facts, 'delivery', None)\n"
              "    journey.facts.form['k'] = 'v'\n")
    assert [line for _f, line in fact_writes(source)] == [2, 4, 5, 6]
    assert all(function == "submit" for function, _line in fact_writes(source))
