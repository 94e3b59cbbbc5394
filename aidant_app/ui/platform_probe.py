"""The self-test's child: start Qt on the real platform plugin and say what it found.

Run as `aidant-app --check-platform` or `python -m aidant_app.ui.platform_probe`; apart from
aidant_app.platform_check (which only reads files and Qt's messages) so that the message
handler can use that module without an import cycle.
"""

from __future__ import annotations

import sys


def check_in_this_process() -> str:
    """Start Qt on the real platform plugin, as the app would: the one-line summary.
    Qt aborts the process when no plugin starts; run this in a child (see main)."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from . import qt_messages

    qt_messages.install()  # a failing plugin is explained in one line (explain())
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    screens = app.screens()
    if not screens:
        raise RuntimeError(f"{app.platformName()}: no screen")
    families = QFontDatabase.families()
    if not families:
        raise RuntimeError(f"{app.platformName()}: no font found (text would show as boxes)")
    size = screens[0].availableGeometry()
    # Asked for by QT_QPA_PLATFORM (tests, a server without a screen): say that no window
    # was really tried, so that nobody reads this line as "windows can open here".
    windowless = " (QT_QPA_PLATFORM: no window tried)" if app.platformName() in (
        "offscreen", "minimal") else ""
    return (f"{app.platformName()}{windowless}, {len(screens)} screen(s), "
            f"{size.width()}x{size.height()}, {round(screens[0].logicalDotsPerInch())} dpi, "
            f"{len(families)} font families")


def main() -> int:
    """`aidant-app --check-platform` (the self-test runs it as a child)."""
    try:
        print("platform-ok " + check_in_this_process(), flush=True)
    except Exception as error:  # noqa: BLE001 - reported to the parent in one line
        print(f"Aidant cannot open its window: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
