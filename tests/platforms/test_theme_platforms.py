"""The app's look on macOS's 72 dpi and under a dark system palette (Windows 11, macOS)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from aidant_app.ui import theme
from tests.ui.test_contrast import ratio

ROOT = Path(__file__).resolve().parents[2]
_MEASURE = """
import json, sys
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from aidant_app.ui import theme
app = QApplication([])
result = {"dpi": app.primaryScreen().logicalDotsPerInchY()}
for percent in (100, 200):
    theme.apply(app, percent, False)
    label, title, button = QLabel("Bonjour"), QLabel("Titre"), QPushButton("Suivant")
    title.setObjectName("pageTitle")
    for widget in (label, title, button):
        widget.ensurePolished()
    result[percent] = [QFontInfo(w.font()).pixelSize() for w in (label, title, button)]
print(json.dumps(result))
"""


def _text_pixels(tmp_path: Path, dpi: int) -> dict:
    screen = tmp_path / f"screen-{dpi}.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "s", "x": 0, "y": 0, "width": 1280, "height": 800,
        "logicalDpi": dpi, "logicalBaseDpi": dpi, "dpr": 1}]}))
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    result = subprocess.run([sys.executable, "-c", _MEASURE], env=env, capture_output=True,
                            text=True, timeout=60, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_text_has_the_designed_size_in_pixels_at_72_and_96_dpi(tmp_path: Path) -> None:
    mac, others = _text_pixels(tmp_path, 72), _text_pixels(tmp_path, 96)
    assert (mac["dpi"], others["dpi"]) == (72, 96)  # the platform facts really applied
    for percent in ("100", "200"):
        for on_mac, designed in zip(mac[percent], others[percent]):
            assert abs(on_mac - designed) <= 1, (percent, mac, others)
    # The designed size itself: 14 pt at 96 dpi is about 19 px at 100 %, twice at 200 %.
    assert 18 <= others["100"][0] <= 19 and 37 <= others["200"][0] <= 38


def test_a_user_with_larger_desktop_fonts_keeps_them(tmp_path: Path) -> None:
    larger = _text_pixels(tmp_path, 120)
    assert larger["100"][0] >= 23  # 14 pt at 120 dpi: not shrunk back to 96 dpi


def _dark_system_palette() -> QPalette:
    """What Qt gives a widget app on Windows 11 or macOS in dark mode."""
    palette = QPalette()
    dark, light = QColor("#202020"), QColor("#f0f0f0")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.Button, QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, dark)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText):
        palette.setColor(role, light)
    return palette


@pytest.fixture
def dark_system(qapp):
    before_palette, before_sheet, before_font = qapp.palette(), qapp.styleSheet(), qapp.font()
    qapp.setPalette(_dark_system_palette())
    yield qapp
    qapp.setStyleSheet(before_sheet)
    qapp.setPalette(before_palette)
    qapp.setFont(before_font)


def _darkest_and_lightest(image) -> tuple[QColor, QColor]:
    colours = [image.pixelColor(x, y) for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2)]
    colours.sort(key=lambda c: c.lightnessF())
    return colours[0], colours[-1]


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_right_click_menu_is_readable_under_a_dark_system_palette(qtbot, dark_system,
                                                                  high_contrast) -> None:
    theme.apply(dark_system, 100, high_contrast)
    field = QLineEdit("jean.martin@example.fr")
    qtbot.addWidget(field)
    field.show()
    menu = field.createStandardContextMenu()
    qtbot.addWidget(menu)
    menu.popup(field.mapToGlobal(QPoint(5, 5)))
    qtbot.waitExposed(menu)
    image = menu.grab().toImage()
    menu_background = image.pixelColor(image.width() // 2, 2)
    # The background is the theme's window colour, not the system's dark one...
    assert menu_background == QColor((theme.HIGH_CONTRAST if high_contrast
                                      else theme.NORMAL).window)
    # ...and the words drawn on it stand out (4.5:1 at least, as everywhere in the app).
    darkest, lightest = _darkest_and_lightest(image)
    assert ratio(darkest, lightest) >= 4.5
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        assert ratio(menu.palette().color(role),
                     menu.palette().color(QPalette.ColorRole.Window)) >= 4.5
    menu.close()

