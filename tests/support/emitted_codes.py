"""The codes the project really produces, read from its sources (ast), never copied into a test.

- server_codes(): every `code` the server can answer (problem details and field errors);
- rule_codes(): every code a check of rules/ returns;
- client_codes(): every code the client (api/) and the use cases (actions/) make themselves;
- account_codes(): what POST /v1/accounts can answer.

Each finds a code where it is written: an argument of ApiError / NetworkError / TLSError /
rate_limited / failed, the value of a "code" key, an assignment to a name that is a code
(`code`, `nir_code`, `_LINK_CODES`), a `code` parameter's default, a check's return value.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "aidant_app"

_RAISERS = {"ApiError", "NetworkError", "TLSError", "rate_limited", "failed"}


def _strings(node: ast.AST) -> set[str]:
    """The strings a value can be: a constant, either side of an if, a table's values."""
    if isinstance(node, ast.Constant):
        return {node.value} if isinstance(node.value, str) else set()
    if isinstance(node, ast.IfExp):
        return _strings(node.body) | _strings(node.orelse)
    if isinstance(node, ast.Dict):
        return set().union(*(_strings(v) for v in node.values))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "get":  # {404: "not_found", ...}.get(status)
        return _strings(node.func.value)
    return set()


def _code_parameters(tree: ast.Module) -> dict[str, int]:
    """Functions of this module with a parameter named `code`, and its position."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            names = [a.arg for a in node.args.args]
            if "code" in names:
                out[node.name] = names.index("code")
    return out


def _is_code_name(name: str) -> bool:
    return name == "code" or name.endswith(("_code", "_CODES"))


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "value" assignments (BACKEND_TIMEOUT = "backend_timeout")."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    out[target.id] = node.value.value
    return out


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _scan(paths: list[Path], names: dict[str, str]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        known = {**names, **_constants(tree)}
        takes_code = _code_parameters(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in takes_code and node.func.id not in _RAISERS:
                # add(field, code): a helper of the module that takes a code
                at = takes_code[_call_name(node)]
                args = node.args[at:at + 1]
                for arg in [*args, *(k.value for k in node.keywords if k.arg == "code")]:
                    found |= _strings(arg)
            if isinstance(node, ast.Call) and _call_name(node) in _RAISERS:
                # ApiError(status, code) on the server; ApiError(code) in the client.
                args = node.args[1:2] if _call_name(node) == "ApiError" and node.args and \
                    isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, int) \
                    else node.args[:1]
                if _call_name(node) == "rate_limited":
                    args = []
                for arg in [*args, *(k.value for k in node.keywords if k.arg == "code")]:
                    found |= _strings(arg)
                    if isinstance(arg, ast.Name) and arg.id in known:
                        found.add(known[arg.id])
            elif isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "code" and \
                            isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.add(value.value)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if node.value is not None and any(
                        isinstance(t, ast.Name) and _is_code_name(t.id) for t in targets):
                    found |= _strings(node.value)
            elif isinstance(node, ast.FunctionDef):
                arguments = node.args
                defaults = arguments.defaults
                for arg, default in zip(arguments.args[-len(defaults):] if defaults else [],
                                        defaults, strict=True):
                    if arg.arg == "code" and isinstance(default, ast.Constant) \
                            and isinstance(default.value, str):
                        found.add(default.value)
    return {code for code in found if code and code.replace("_", "").isalpha()}


def server_codes() -> set[str]:
    return _scan(sorted((PACKAGE / "server").glob("*.py")), {})


def rule_codes() -> set[str]:
    """What the checks of rules/ return (their return statements, both sides of an if)."""
    found: set[str] = set()
    for path in sorted((PACKAGE / "rules").glob("*.py")):
        if path.name == "codes.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("check_"):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Return) and inner.value is not None:
                        found |= _strings(inner.value)
                    elif _appends_field_code(inner):  # errors.append(("themes", "code"))
                        found |= _strings(inner.args[0].elts[1])
    return found


def _appends_field_code(node: ast.AST) -> bool:
    """`x.append((field, code))`: a check that lists every refused field with its code."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "append" and len(node.args) == 1
            and isinstance(node.args[0], ast.Tuple) and len(node.args[0].elts) == 2)


def client_codes() -> set[str]:
    errors = ast.parse((PACKAGE / "api" / "errors.py").read_text(encoding="utf-8"))
    names = _constants(errors)
    paths = sorted((PACKAGE / "api").glob("*.py")) + sorted((PACKAGE / "actions").glob("*.py"))
    outcome = ast.parse((PACKAGE / "actions" / "outcome.py").read_text(encoding="utf-8"))
    return _scan(paths, {**names, **_constants(outcome)})


def account_codes() -> set[str]:
    """What POST /v1/accounts can answer: the creation's own codes and the shared rules'."""
    from aidant_app.rules.codes import SERVER_CODES

    return _scan([PACKAGE / "server" / "creation.py"], {}) | (rule_codes() & SERVER_CODES)
