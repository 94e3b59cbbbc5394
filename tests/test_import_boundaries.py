"""Imports point down only: the core and the server work on a machine where Qt cannot load.

Each case runs in a fresh interpreter where any import of PySide6 (or shiboken6) raises
ImportError, imports every module of one package, and reports what got loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import importlib, importlib.abc, json, pkgutil, sys

attempts = []

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            attempts.append(name)
            raise ImportError(f"{name} is made unimportable by this test")
        return None

sys.meta_path.insert(0, NoQt())

target = sys.argv[1]
errors = {}
module = importlib.import_module(target)
names = [target]
if hasattr(module, "__path__"):
    for info in pkgutil.walk_packages(module.__path__, target + "."):
        if info.name.endswith(".__main__"):
            continue
        names.append(info.name)
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            errors[info.name] = f"{type(exc).__name__}: {exc}"

extra = {}
if target == "aidant_app.server":
    # The standalone server's entry point and app factory must work without Qt too.
    from aidant_app.server.cli import main  # noqa: F401
    from aidant_app.server.app import create_app
    extra["app_type"] = type(create_app()).__name__

print(json.dumps({
    "modules": names,
    "errors": errors,
    "qt_attempts": attempts,
    "loaded": sorted(m for m in sys.modules if m.startswith(("aidant_app", "PySide6"))),
    "extra": extra,
}))
"""


def import_without_qt(target: str, tmp_path: Path) -> dict:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "TMPDIR": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(PROJECT_ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, target],
        env=env,
        cwd=tmp_path,
        check=False,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert proc.returncode == 0, f"importing {target} without Qt failed:\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "target",
    ["aidant_app.rules", "aidant_app.journey", "aidant_app.api", "aidant_app.vault",
     "aidant_app.actions", "aidant_app.server"],
)
def test_imports_without_qt_and_only_downwards(target: str, tmp_path: Path) -> None:
    result = import_without_qt(target, tmp_path)

    assert result["errors"] == {}
    assert result["qt_attempts"] == []
    # Nobody below app.py may pull in the UI (nor app.py, which ties ui and server together).
    forbidden = ("PySide6", "aidant_app.ui", "aidant_app.app")
    if target != "aidant_app.server":
        # rules, journey, api and vault stand alone: the server may use rules, never the reverse.
        forbidden += ("aidant_app.server",)
    else:
        # The server shares only rules/ with the app, never the app's journey (ARCHITECTURE.md).
        forbidden += ("aidant_app.journey",)
    if target == "aidant_app.rules":
        forbidden += ("aidant_app.journey", "aidant_app.api", "aidant_app.vault")
        # The vocabulary of codes is at the bottom, so the server may import it too.
        assert "aidant_app.rules.codes" in result["modules"]
    if target in ("aidant_app.rules", "aidant_app.journey", "aidant_app.api", "aidant_app.vault"):
        # The use cases sit above these: nothing below may reach up to them.
        forbidden += ("aidant_app.actions",)
    if target == "aidant_app.journey":
        forbidden += ("aidant_app.api", "aidant_app.vault")  # no HTTP, no keyring
    assert [m for m in result["loaded"] if m.startswith(forbidden)] == []
    if target == "aidant_app.server":
        assert result["extra"]["app_type"] == "FastAPI"
        assert "aidant_app.server.cli" in result["loaded"]


# --- pages are views ------------------------------------------------------------------------

PAGES = PROJECT_ROOT / "aidant_app" / "ui" / "pages"


def _imported_modules(path: Path) -> list[str]:
    """Every module a file imports, at any depth (functions, TYPE_CHECKING blocks), resolved."""
    import ast

    package = "aidant_app." + ".".join(path.relative_to(PROJECT_ROOT / "aidant_app").parent.parts)
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.append(module)
            names += [f"{module}.{alias.name}" for alias in node.names]
    return names


def _client_calls(path: Path) -> list[str]:
    """Calls of the API client's methods (`x.client.meth(...)` or `client.meth(...)`)."""
    import ast

    calls = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            named = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if named == "client":
                calls.append(f"{path.name}:{node.lineno} client.{node.func.attr}()")
    return calls


def test_pages_never_import_the_api_nor_call_the_client() -> None:
    page_files = sorted(PAGES.glob("*.py"))
    assert len(page_files) > 10
    imports = {p.name: [m for m in _imported_modules(p) if m.startswith("aidant_app.api")]
               for p in page_files}
    assert {name: found for name, found in imports.items() if found} == {}
    assert [call for p in page_files for call in _client_calls(p)] == []


def test_the_check_sees_an_import_of_the_api_and_a_client_call(tmp_path: Path) -> None:
    """The scan above would fail on a page that did either (it cannot pass by accident)."""
    fake = PAGES / "_boundary_probe_fake.py"
    source = ("from ...api.attempt import AccountAttempt\n"
              "def f(self):\n    return self.ctx.client.create_account({})\n")
    try:
        fake.write_text(source, encoding="utf-8")
        assert "aidant_app.api.attempt" in _imported_modules(fake)
        assert _client_calls(fake) == ["_boundary_probe_fake.py:3 client.create_account()"]
    finally:
        fake.unlink()


def test_ui_widgets_never_call_the_client() -> None:
    """Outside pages too, the UI goes through ui/controller.py; only the backend controller,
    which makes and closes the client, touches it."""
    ui = PROJECT_ROOT / "aidant_app" / "ui"
    calls = [c for p in sorted(ui.glob("*.py")) if p.name != "backend.py"
             for c in _client_calls(p)]
    assert calls == []
