"""scripts/ci_platform_checks.py, which the Windows and macOS CI runs, works here too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("check, says", [("ready", "then ready"),
                                         ("orphan", "child gone")])
def test_platform_check_on_the_unfrozen_app(tmp_path: Path, check: str, says: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "ci_platform_checks.py"), check, "--",
         sys.executable, "-m", "aidant_app"],
        env=env, capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert says in result.stdout


def test_a_check_that_does_not_hold_fails(tmp_path: Path) -> None:
    # A program that paints nothing: "ready" must say so and fail.
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "ci_platform_checks.py"), "ready", "--",
         sys.executable, "-c", "print('hello')"],
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0 and "no first paint" in result.stderr
