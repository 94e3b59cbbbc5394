"""`aidant-app --self-test`: checks an installation without opening a window, one line per check."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from typing import TextIO

SERVER_START_SECONDS = 30.0
KEYRING_SECONDS = 5.0
_ADDRESS = "http://127.0.0.1:"


class CheckFailed(Exception):
    """A check found a problem; its message is printed after FAIL."""


# --- checks: each returns the detail printed after OK, or raises -------------------------------


def check_versions() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from . import __version__

    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return (f"Aidant {__version__}{frozen}, Python {platform.python_version()}, "
            f"Qt {qVersion()}, PySide6 {pyside_version}, {platform.system()} {platform.machine()}")


def check_keyring() -> str:
    """The platform backend in use, or why none; FAIL only when the install lacks its backends."""
    import importlib

    from .vault import Vault, platform_backends

    missing = []
    for module, _name in platform_backends():
        try:
            importlib.import_module(module)
        except ImportError as error:  # a bundle built without the backends as hidden imports
            missing.append(f"{module} ({error})")
    if missing:
        raise CheckFailed("backend modules missing from this installation: " + ", ".join(missing))
    vault = Vault(timeout=KEYRING_SECONDS)
    if vault.probe():
        return f"{vault.backend_name} (can remember the helper's sign-in)"
    # Memory-only mode is supported: say why, but it is not a failure.
    return f"none, the helper signs in each time ({vault.reason_code})"


def check_resources() -> str:
    """providers.json parses; the English .qm translates the shell; Qt's own French loads."""
    import json

    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .paths import resources_dir, translations_dir

    providers_file = resources_dir() / "providers.json"
    try:
        providers = json.loads(providers_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CheckFailed(f"{providers_file}: {error}") from error
    count = len(providers.get("providers", providers)) if isinstance(providers, dict) \
        else len(providers)
    if not count:
        raise CheckFailed(f"{providers_file} lists no mailbox provider")
    for name in ("mailbox_life.json", "triage.json"):  # issue 19's dated facts
        try:
            json.loads((resources_dir() / name).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CheckFailed(f"{resources_dir() / name}: {error}") from error
    translator = QTranslator()
    if not translator.load("aidant_en", str(translations_dir())):
        raise CheckFailed(f"aidant_en.qm not found in {translations_dir()}")
    if translator.translate("MainWindow", "Retour") != "Back":
        raise CheckFailed("aidant_en.qm does not translate the window's buttons")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_fr", qt_dir):
        raise CheckFailed(f"Qt's own French translation (qtbase_fr.qm) not found in {qt_dir}")
    return f"{count} mailbox providers, aidant_en.qm and qtbase_fr.qm load"


def check_pages() -> str:
    """The main window and every page build offscreen and paint (no placeholder page)."""
    from PySide6.QtWidgets import QApplication

    from .journey import Step
    from .ui.context import AppContext
    from .ui.i18n import Translations
    from .ui.registry import PageMissing
    from .ui.settings_store import SettingsStore
    from .ui.window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="aidant-selftest-") as folder:
        # A throwaway settings file: the self-test never changes the user's preferences.
        ctx = AppContext()
        window = MainWindow(ctx, SettingsStore(os.path.join(folder, "settings.ini")),
                            Translations(app))
        try:
            missing = []
            for step in Step:
                try:
                    window.page(step)
                except PageMissing:
                    missing.append(step.value)
            if missing:
                raise CheckFailed("pages missing from this installation: " + ", ".join(missing))
            image = window.grab()
            if image.isNull() or image.width() < 100:
                raise CheckFailed("the main window could not be painted")
            from PySide6.QtGui import QFontDatabase, QFontInfo

            # Without fonts Qt draws every letter as a box and says nothing.
            if not QFontDatabase.families():
                raise CheckFailed("no font found on this computer: text would show as boxes")
            family = QFontInfo(window.font()).family()
        finally:
            window.hide()
            ctx.wipe()
            window.deleteLater()
            app.processEvents()  # no event loop runs here: let deleteLater happen
    return (f"main window and {len(Step)} pages built and painted ({app.platformName()}, "
            f"font {family})")


def check_training_server() -> str:
    """Starts the training server as the app does (a bundle runs itself) and asks for meta."""
    from .ui.backend import training_command

    program, args = training_command()
    started = time.monotonic()
    child = subprocess.Popen([program, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    out_lines: list[str] = []
    err_lines: list[str] = []
    found = threading.Event()

    def read(stream, sink: list[str], watch: bool) -> None:
        # Both pipes are drained so the child never blocks on a full pipe.
        for raw in iter(stream.readline, b""):
            sink[:] = [*sink[-19:], raw.decode("utf-8", "replace")]
            if watch and _ADDRESS in sink[-1]:
                found.set()

    for stream, sink, watch in ((child.stdout, out_lines, True), (child.stderr, err_lines, False)):
        threading.Thread(target=read, args=(stream, sink, watch), daemon=True).start()
    try:
        while not found.wait(0.05):
            if child.poll() is not None or time.monotonic() - started > SERVER_START_SECONDS:
                state = "stopped" if child.poll() is not None else "printed no address"
                tail = " ".join(line.strip() for line in err_lines[-3:])
                raise CheckFailed(f"{' '.join([program, *args])} {state}. {tail}".strip())
        seconds = time.monotonic() - started
        line = next(line for line in out_lines if _ADDRESS in line)
        url = _ADDRESS + line.split(_ADDRESS, 1)[1].split()[0].rstrip("/")
        mode = _meta_mode(url)
        if mode != "training":
            raise CheckFailed(f"GET /v1/meta answered mode {mode!r}")
        # The app's child stops when the app lets go of its stdin (also when the app dies).
        child.stdin.close()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired as error:
            raise CheckFailed("the server did not stop when its parent let go of it") from error
        return f"started in {seconds:.1f} s, answered GET /v1/meta, stopped with its parent"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=5)


def _meta_mode(url: str) -> str:
    """GET /v1/meta through the app's own client (proves requests and its data are present)."""
    from .api.client import AidantClient

    with AidantClient(url) as client:
        return client.meta().mode


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("versions", check_versions),
    ("keyring", check_keyring),
    ("resources", check_resources),
    ("pages", check_pages),
    ("training server", check_training_server),
]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print `OK    name: detail` or `FAIL  name: detail`; 0 when all pass."""
    out = out or sys.stdout
    # No window: Qt must not look for a display (set before any QApplication exists).
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    failures = 0
    for name, check in CHECKS:
        try:
            line = f"OK    {name}: {check()}"
        except Exception as error:  # noqa: BLE001 - every failure is reported, the rest still run
            failures += 1
            detail = str(error) or type(error).__name__
            if not isinstance(error, CheckFailed):
                detail = f"{type(error).__name__}: {detail}"
            line = f"FAIL  {name}: {detail}"
        print(line, file=out, flush=True)
    print(f"{'FAIL' if failures else 'OK'}    self-test: {len(CHECKS) - failures} of "
          f"{len(CHECKS)} checks passed", file=out, flush=True)
    return 1 if failures else 0


run = run_self_test  # older name, kept for callers written before run_self_test
