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
    ["aidant_app.rules", "aidant_app.journey", "aidant_app.api", "aidant_app.vault", "aidant_app.server"],
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
    assert [m for m in result["loaded"] if m.startswith(forbidden)] == []
    if target == "aidant_app.server":
        assert result["extra"]["app_type"] == "FastAPI"
        assert "aidant_app.server.cli" in result["loaded"]
