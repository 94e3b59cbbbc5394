"""The activity report's dialogs on a 1024x600 screen at 100 to 200 % text (each screen
needs its own Qt process: pytest runs tests/ui/report_screen_checks.py in one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_report_dialogs_fit_a_1024x600_screen(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "small-1024x600", "x": 0, "y": 0, "width": 1024, "height": 600,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "AIDANT_TEST_SCREEN": "1024x600", "AIDANT_TEST_SCALES": "100,150,200"}
    env.pop("PYTEST_ADDOPTS", None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         "tests/ui/report_screen_checks.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    report = (done.stdout + done.stderr)[-6000:]
    assert done.returncode == 0, report
    assert "1 passed" in done.stdout and "skipped" not in done.stdout, report
