"""Runs a driven app under Xvfb with the accessibility bus and scripts/atspi_tree.py listening.

Shared by tests/ui/test_accessibility_atspi.py and test_secret_fields_atspi.py. Debian
packages: xvfb xauth dbus at-spi2-core python3-pyatspi (installed by .ci/run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi lives there, not in the venv
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def run_with_reader(marker: Path, app_script: str, reader_timeout: int = 90) -> dict:
    """Start `app_script MARKER` under the reader; its JSON report (events, tree), checked:
    no error, no step given up (the driven app logs its steps to MARKER.log)."""
    app_env = ("env QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb "
               "AIDANT_SETTINGS_SCOPE=test")
    inner = (f"{BUS_LAUNCHER} --launch-immediately & "
             f"{SYSTEM_PYTHON} scripts/atspi_tree.py --json --timeout {reader_timeout} "
             f"--marker {marker} -- {app_env} {sys.executable} {app_script} {marker}")
    command = ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1024x600x24",
               "sh", "-c", inner]
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=reader_timeout + 60, check=False)  # the report says why
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report (exit {done.returncode}):\n{done.stderr[-3000:]}"
    result = json.loads(lines[-1])
    log = Path(f"{marker}.log")
    steps = log.read_text(encoding="utf-8") if log.exists() else ""
    assert result["error"] is None, f"{result['error']}\n{steps}\n{done.stderr[-3000:]}"
    assert "gave up" not in steps, steps
    return result
