"""Screenshots of every page and dialog in one interface language (Arabic by default), both modes.

    xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_lang.py ar

(`scripts/screenshots.py --lang ar` does the same.) PNG files go to docs/screenshots/<lang>/,
named like the French ones of docs/screenshots/1024x600/: the journey on the training server
(01_start ... 14_done, the triage's exits, the recovery paths, the form's groups and an
error), the helper's sign-in (02_start_helper), the dialogs (20_help, 21_settings,
22_idle_warning, 23_inbox, 23b_inbox_message), the activity report (report_*) and guided
mode on a live, guided server (guided_*). Right-to-left languages show them mirrored.
The translation loaded is the committed resources/translations/aidant_<lang>.qm: run
scripts/update_translations.py first after editing a .ts file.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tests.support.server import server_process

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

SCREEN = (1024, 600)  # the screen the docs show (the smallest of JOURNEY.md's real screens)


def _close(shooter) -> None:
    shooter.window.close()
    shooter.ctx.runner.wait_for_done(5000)
    QCoreApplication.processEvents()


def _check_language(shooter, language: str) -> None:
    """The translation really loaded (a missing .qm would give French screenshots)."""
    if shooter.translations.language != language:
        raise SystemExit(f"no translation loaded for {language!r}: run "
                         "scripts/update_translations.py")


def training_series(language: str, out: Path) -> None:
    """The journey on the training server, its dialogs and the helper's activity report."""
    from screenshots import Shooter
    from screenshots_report import seed, shoot

    with server_process("--host", "127.0.0.1") as server:
        shooter = Shooter(out, server.base_url)
        shooter.window.set_language(language)
        _check_language(shooter, language)
        shooter.journey_pages("")
        shooter.dialogs()
        seed(shooter.client)
        shooter.ctx.set_helper("Démo")
        shoot(shooter, "")
        _close(shooter)


def guided_series(language: str, out: Path) -> None:
    """Guided mode: the start choice, the companion, the activation question."""
    from screenshots_guided import GUIDED_HOME, GuidedShooter

    with server_process(*GUIDED_HOME) as server:
        shooter = GuidedShooter(out, server.base_url)
        shooter.window.set_language(language)
        _check_language(shooter, language)
        shooter.run("")
        _close(shooter)


def main(argv: list[str] | None = None) -> int:
    from aidant_app.rules.languages import BY_CODE, SOURCE

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", nargs="?", default="ar",
                        help="interface language (rules/languages.py), default ar")
    parser.add_argument("--out", type=Path, help="folder (default: docs/screenshots/<lang>)")
    args = parser.parse_args(argv)
    if args.lang not in BY_CODE or args.lang == SOURCE:
        parser.error(f"a translated language: {', '.join(c for c in BY_CODE if c != SOURCE)}")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    screen = app.primaryScreen().availableGeometry()
    if (screen.width(), screen.height()) != SCREEN:
        print(f"warning: the screen is {screen.width()}x{screen.height()}, the docs show "
              f"{SCREEN[0]}x{SCREEN[1]} (see this script's docstring)", file=sys.stderr)
    out = args.out or ROOT / "docs" / "screenshots" / args.lang
    out.mkdir(parents=True, exist_ok=True)
    training_series(args.lang, out)
    guided_series(args.lang, out)
    QLocale.setDefault(QLocale(SOURCE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
