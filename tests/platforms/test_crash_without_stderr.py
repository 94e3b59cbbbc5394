"""Crash output where there is no standard error (Windows' windowed app), and in the child."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "FR7630006000011234567890189"  # fictitious IBAN in the exception's message


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path / "state"),
           "LOCALAPPDATA": str(tmp_path / "Local")}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60, check=False, cwd=tmp_path)


def test_windowed_crash_writes_a_redacted_file_in_local_data(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.platform = 'win32'\n"
        "from aidant_app import crashlog\n"
        "crashlog.install()\n"
        "sys.stderr = None  # what a windowed Windows program has\n"
        f"raise ValueError('IBAN {SECRET}')\n")
    result = _run(code, tmp_path)
    assert result.returncode != 0
    crash = tmp_path / "Local" / "Aidant" / "crash.txt"
    text = crash.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and '"<string>", line 6' in text
    assert SECRET not in text and SECRET not in result.stderr


def test_training_child_crash_is_redacted(tmp_path: Path) -> None:
    code = (
        "import aidant_app.server.cli as cli\n"
        f"def boom(args): raise ValueError('IBAN {SECRET}')\n"
        "cli.main = boom\n"
        "from aidant_app.training_child import main\n"
        "main([])\n")
    result = _run(code, tmp_path)
    assert result.returncode != 0
    assert "builtins.ValueError" in result.stderr
    assert SECRET not in result.stderr, result.stderr
