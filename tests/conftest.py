"""Test-wide settings: Qt runs offscreen unless a display is asked for explicitly."""

import os

# Must happen before Qt is imported: with no display and no platform, Qt aborts the process.
# Offscreen, the screen is the 1280x800 the pages are designed for (Qt's default is 800x800);
# tests/ui/test_small_screens.py runs the wizard on smaller ones.
_SCREEN = os.path.join(os.path.dirname(__file__), "support", "screen_1280x800.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
if os.environ["QT_QPA_PLATFORM"].startswith("offscreen"):
    # Windows' offscreen platform reads fonts only from QT_QPA_FONTDIR: without it every
    # letter is a box and every layout test measures boxes (platform_check.py imports no Qt).
    from aidant_app.platform_check import offscreen_environment

    for _name, _value in offscreen_environment().items():
        os.environ.setdefault(_name, _value)
# Tests never read or write the developer's real Qt settings.
os.environ.setdefault("AIDANT_SETTINGS_SCOPE", "test")
