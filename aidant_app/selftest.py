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
PLATFORM_SECONDS = 30.0
# Systems whose keyring is always there: a missing one is a broken installation.
KEYRING_REQUIRED = {"win32": "Windows Credential Manager", "darwin": "the macOS Keychain"}
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
    if sys.platform in KEYRING_REQUIRED and vault.reason_code in ("no_keyring", "probe_failed"):
        # Windows and macOS always have their keyring: none found means the installation
        # lacks its backend (a bundle built without it), not a computer without one.
        names = ", ".join(f"{module}.{name}" for module, name in platform_backends())
        raise CheckFailed(f"{KEYRING_REQUIRED[sys.platform]} not usable through {names} "
                          f"({vault.reason_code})")
    # Memory-only mode is supported on Linux (no Secret Service, or a locked keyring) and
    # anywhere the keyring is locked or does not answer: say why, but it is not a failure.
    return f"none, the helper signs in each time ({vault.reason_code})"


def check_platform() -> str:
    """Qt starts on the real platform plugin (a window could open), in a child process:
    when no plugin starts, Qt aborts the whole process."""
    from .platform_check import CHECK_ARGUMENT

    if getattr(sys, "frozen", False):
        command = [sys.executable, CHECK_ARGUMENT]
    else:
        command = [sys.executable, "-m", "aidant_app.ui.platform_probe"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False,
                                timeout=PLATFORM_SECONDS, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as error:
        raise CheckFailed(f"Qt did not start within {PLATFORM_SECONDS:.0f} s") from error
    for line in result.stdout.splitlines():
        if line.startswith("platform-ok "):
            return line.removeprefix("platform-ok ")
    told = [line for line in result.stderr.splitlines() if line.startswith("Aidant cannot")]
    tail = told[-1] if told else " ".join(result.stderr.strip().splitlines()[-2:])
    raise CheckFailed(tail or f"Qt stopped (exit code {result.returncode})")


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
    ("platform", check_platform),
    ("keyring", check_keyring),
    ("resources", check_resources),
    ("pages", check_pages),
    ("training server", check_training_server),
]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print `OK    name: detail` or `FAIL  name: detail`; 0 when all pass."""
    out = out or sys.stdout
    failures = 0
    failed: set[str] = set()
    for name, check in CHECKS:
        if name == "pages":
            _choose_pages_platform(platform_ok="platform" not in failed)
        try:
            line = f"OK    {name}: {check()}"
        except Exception as error:  # noqa: BLE001 - every failure is reported, the rest still run
            failures += 1
            failed.add(name)
            detail = str(error) or type(error).__name__
            if not isinstance(error, CheckFailed):
                detail = f"{type(error).__name__}: {detail}"
            line = f"FAIL  {name}: {detail}"
        print(line, file=out, flush=True)
    print(f"{'FAIL' if failures else 'OK'}    self-test: {len(CHECKS) - failures} of "
          f"{len(CHECKS)} checks passed", file=out, flush=True)
    return 1 if failures else 0


def _choose_pages_platform(platform_ok: bool) -> None:
    """The pages are built on the platform the app uses (Windows: its own fonts) and never
    shown. When that platform cannot start (already reported), they are built offscreen so
    that the other checks still say what they find, instead of Qt aborting the self-test."""
    from .platform_check import offscreen_environment

    if not platform_ok:  # also when QT_QPA_PLATFORM named the platform that failed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ.update(offscreen_environment())


def console_output(platform: str | None = None, attach: Callable[[], TextIO | None] | None = None,
                   report_file=None) -> tuple[TextIO, str | None]:
    """Where the report goes: standard output, else (Windows' windowed aidant-app.exe has
    none) the console of the terminal it was started from, else a file in the app's local
    data folder, whose path is returned so that the app can say where it is."""
    if sys.stdout is not None:
        return sys.stdout, None
    if (platform or sys.platform) == "win32":
        stream = (attach or _attach_parent_console)()
        if stream is not None:
            return stream, None
    from .paths import local_data_dir

    path = report_file or local_data_dir() / "self-test.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8"), str(path)


def _attach_parent_console() -> TextIO | None:
    """Windows: write into the console of the terminal that started this windowed program."""
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return None
        return open("CONOUT$", "w", encoding="utf-8")
    except (AttributeError, OSError):
        return None


run = run_self_test  # older name, kept for callers written before run_self_test
