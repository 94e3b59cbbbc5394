"""The wizard on the small screens of inclusion centres and cheap laptops, at large text.

Each screen needs its own Qt process (the offscreen platform's screen is set when Qt
starts), so this runs pytest on tests/ui/small_screen_checks.py once per screen, with
Qt's offscreen platform configured to that size: 1024x600 at every text size up to 200 %
and 1366x768 at 150 and 200 % (JOURNEY.md, "Real screens"), and 1024x600 in Arabic
(right to left) at 100 and 200 %. scripts/screenshots.py shows the
same under Xvfb.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Screen in device pixels, then "@" and the desktop's scale; its text sizes. A 1920x1080
# laptop with the desktop at 200 % is a 960x540 screen for the app (Qt scales by the
# desktop's logical dpi, as on X11 with Xft.dpi 192, and as Windows and macOS do).
# At 960x540 the largest text size applied is 175 %: its activation page is still 5.8
# screens long (docs/known-limits.md), so the journey is checked there up to 150 %.
# Below 960x540 (1366x768 at 200 %: 683x384) everything must still fit and scroll.
SCREENS = {"1024x600": "100,125,150,200", "1366x768": "150,200", "1920x1080@2": "100,150",
           "1366x768@2": "100",
           # Arabic, mirrored (longer words, the scroll bar on the left, the font of the
           # Arabic letters: ui/fonts.py), on the smallest screen at 100 and 200 %.
           "1024x600:ar": "100,200"}


def _logical(screen: str) -> tuple[int, int, int]:
    size, _, scale = screen.partition(":")[0].partition("@")
    width, height = (int(n) for n in size.split("x"))
    factor = int(scale or 1)
    return width, height, factor


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_pages_and_dialogs_fit_the_screen(tmp_path, screen):
    width, height, factor = _logical(screen)
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": f"small-{screen}", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96 * factor, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "AIDANT_TEST_SCREEN": f"{width // factor}x{height // factor}",
           "AIDANT_TEST_SCALES": SCREENS[screen],
           "AIDANT_TEST_LANGUAGE": screen.partition(":")[2] or "fr"}
    env.pop("PYTEST_ADDOPTS", None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         "tests/ui/small_screen_checks.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    report = (done.stdout + done.stderr)[-6000:]
    assert done.returncode == 0, report
    assert " passed" in done.stdout and "skipped" not in done.stdout, report
