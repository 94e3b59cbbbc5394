"""Start-up: arguments, settings, translations, the window first, then the backend around its paint."""

from __future__ import annotations

import gc
import os
import sys
import time
from types import SimpleNamespace

_STARTED = time.perf_counter()


# What parse_args([]) gives: the usual start (no arguments) does not import argparse.
DEFAULTS = {"backend": None, "ca_bundle": None, "lang": None, "text_scale": None,
            "idle_minutes": 5.0, "self_test": False}


def parse_args(argv: list[str]) -> SimpleNamespace:
    if not argv:
        return SimpleNamespace(**DEFAULTS)
    import argparse

    parser = argparse.ArgumentParser(
        prog="aidant-app",
        description="Aidant: get a personal mailbox and open an ameli account, step by step.")
    parser.add_argument("--backend", metavar="URL",
                        help="address of the Aidant API (default: settings, else training mode)")
    parser.add_argument("--ca-bundle", metavar="PATH", help="CA certificates file for https")
    from .rules.languages import CODES

    parser.add_argument("--lang", choices=CODES, help="interface language")
    parser.add_argument("--text-scale", type=int, metavar="PERCENT",
                        help="text size from 100 to 200 (percent)")
    parser.add_argument("--idle-minutes", type=float, default=5.0,
                        help="helper mode: minutes without input before the idle warning")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation without opening a window, then exit")
    return SimpleNamespace(**vars(parser.parse_args(argv)))


def _ready_probe(app, ctx) -> None:
    """AIDANT_STARTUP_PROBE=ready (scripts/bench_outside.py): once the first GET /v1/meta
    has succeeded (or the backend failed), print when, then quit: the app's exit stops the
    training child and waits for it, so the next measured run has the machine to itself."""
    import json

    def report(outcome: str) -> None:
        print("aidant-backend-ready " + json.dumps({"wall": time.time(), "outcome": outcome}),
              flush=True)
        app.quit()

    ctx.meta_changed.connect(lambda: ctx.meta is not None and report("ready"))
    ctx.backend_failed.connect(report)


def _phase(name: str) -> None:
    """AIDANT_STARTUP_PROBE=exit-at-<name> ends the process here: scripts/bench_startup.py
    --phases counts the instructions of each phase of the start (as scripts/bare_wizard.py)."""
    if os.environ.get("AIDANT_STARTUP_PROBE") == f"exit-at-{name}":
        os._exit(0)


def _idea(name: str) -> bool:
    """A start-up idea in use unless AIDANT_BENCH_NO_<name> is set: scripts/bench_outside.py
    --compare measures each one against the app without it, in the same run."""
    return os.environ.get(f"AIDANT_BENCH_NO_{name}", "0") == "0"


def plain_imports() -> bool:
    """Give Python back the import that PySide's feature hook wraps; True if it was wrapped.

    Importing PySide6 replaces `builtins.__import__` with shiboken's `__feature_import__`
    (for its opt-in `from __feature__ import snake_case`, which this app never uses). After
    every import of a module it has not seen, the hook reads that module's whole source file
    (`inspect.getsource`) to look for the word "PySide6". The app imports about 57 modules
    before its first window: about 20 M instructions and 12-20 ms of reading and decoding
    source files at every start (docs/performance.md); a one-file program pays nothing.
    `__orig_import__` is what the hook calls after its check (PySide's lazy loading of
    `from PySide6.QtX import *` included), so only the check goes."""
    import builtins

    hook = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if hook is None or original is None or builtins.__import__ is not hook:
        return False  # another PySide version, or already done: nothing to undo
    builtins.__import__ = original
    return True


def _start_training_child():
    """Start the training server child now (a QProcess the backend controller adopts)."""
    from .ui.training_process import new_training_process

    return new_training_process(start=True)


def _import_on_thread(first: str, *then: str):
    """Import modules on a thread after the first paint; returns an Event set once `first`
    is imported. The backend's controller module brings the use cases with json,
    dataclasses, hashlib... (25 ms on a quiet machine, 70 on a busy one): imported on the
    GUI thread, the window would not answer meanwhile. Then the API client (requests,
    ~100 ms), while the training server starts, rather than once its address is known.
    An import that fails here fails again where the module is used, and says why there."""
    import importlib
    import threading
    from contextlib import suppress

    imported = threading.Event()

    def run() -> None:
        for index, name in enumerate((first, *then)):
            with suppress(Exception):  # reported by the import where the module is used
                importlib.import_module(name)
            if index == 0:
                imported.set()

    threading.Thread(target=run, name="import-backend").start()
    return imported


def run_gui(args: SimpleNamespace) -> int:
    # No cyclic garbage collection until the first window is painted. Start-up allocates
    # objects that live as long as the app (modules, Qt types, widgets): the ~50 collections
    # it would trigger free almost nothing (under 200 objects) and cost about 2 % of the
    # start-up time (scripts/bench_startup.py). After the paint, everything start-up built
    # is frozen, so later collections skip it and GUI pauses stay short.
    gc.disable()
    _phase("start")
    from PySide6.QtWidgets import QApplication

    if _idea("PLAIN_IMPORT"):
        plain_imports()
    _phase("qt")

    from .ui import qt_messages
    from .ui.settings_store import SettingsStore

    qt_messages.install()  # Qt's own warnings without web addresses or numbers typed
    app = QApplication.instance() or QApplication([sys.argv[0]])
    _phase("qapplication")
    app.setOrganizationName("Aidant")
    app.setApplicationName("aidant")
    # No application display name: Qt would add " — Aidant" to every window title, which
    # already starts with "Aidant –" (the title bar said "Aidant" twice). macOS' menu bar
    # takes the bundle's name (build.spec's Info.plist).
    settings = SettingsStore()
    backend_url = (args.backend or settings.get("backend_url") or "").rstrip("/")
    # The training server starts right after the first paint (see after_first_paint), not
    # once the backend's controller is loaded: before the paint, even just after show(),
    # it took CPU time from the paint (docs/performance.md, "As people see it").
    early = not backend_url and _idea("EARLY_CHILD")
    children = []  # the training child started by after_first_paint, until adopted

    from .ui import theme
    from .ui.context import AppContext
    from .ui.first_paint import FirstPaint
    from .ui.i18n import Translations
    from .ui.window import MainWindow

    _phase("imports")
    if args.text_scale:
        settings.override("text_scale", theme.clamp_scale(args.text_scale))
    translations = Translations(app)
    translations.switch(args.lang or settings.get("language"), qt_words=False)
    _phase("translations")
    ctx = AppContext()
    ctx.settings = settings
    # Known before the start page is built: it asks "real account or practice" only then.
    ctx.own_server = not backend_url
    _phase("context")
    # The window with its start page is painted first; the backend (its controller's
    # module, then the training server, requests, keyring) comes once the person can see it.
    window = MainWindow(ctx, settings, translations, idle_ms=int(args.idle_minutes * 60_000))
    _phase("window")
    controllers = []

    def after_first_paint() -> None:
        # The probe's clocks first: what follows is after the paint the person sees.
        stamp = (time.perf_counter(), time.time(), time.process_time())
        gc.freeze()
        gc.enable()
        if os.environ.get("AIDANT_STARTUP_PROBE"):
            from .startup_probe import report_first_paint

            report_first_paint(app, _STARTED, stamp)
            if os.environ.get("AIDANT_STARTUP_PROBE") == "ready":
                _ready_probe(app, ctx)
            if os.environ.get("AIDANT_STARTUP_PROBE") in ("quit", "exit"):
                return
        translations.install_qt_words()  # Qt's own dialogs in the same language
        if early:
            children.append(_start_training_child())
        on_thread = _idea("BACKEND_ON_THREAD")
        modules = ["aidant_app.ui.backend"] if on_thread else []
        if not backend_url and _idea("PRELOAD_CLIENT"):
            modules.append("aidant_app.api.client")
        loaded = _import_on_thread(*modules) if modules else None
        connect_backend(loaded if on_thread else None)

    def connect_backend(loaded) -> None:
        if loaded is not None and not loaded.is_set():
            single_shot(5, lambda: connect_backend(loaded))  # the window stays responsive
            return
        from .ui.backend import BackendController

        controller = BackendController(
            ctx, url=backend_url, ca_bundle=args.ca_bundle or settings.get("ca_bundle"))
        if children:
            controller.adopt_child(children.pop())
        controllers.append(controller)
        window.set_controller(controller)
        app.aboutToQuit.connect(controller.stop)
        controller.start()

    from PySide6.QtCore import QTimer

    single_shot = QTimer.singleShot
    FirstPaint(window.current_page or window, after_first_paint)
    window.show()
    _phase("show")  # bench_startup.py --instructions: the work done before the window maps
    code = app.exec()
    for controller in controllers:
        controller.stop()
    for child in children:  # the app quit before the controller adopted it
        child.closeWriteChannel()  # the child exits when its standard input closes
        if not child.waitForFinished(3000):
            child.kill()
            child.waitForFinished(1000)
    ctx.wipe()
    ctx.runner.wait_for_done(2000)
    return code


def main(argv: list[str] | None = None) -> int:
    """Console script `aidant-app`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from . import crashlog

    crashlog.install()
    if argv[:1] == ["--serve-training"]:
        # The frozen app starting itself as the training server child: no Qt at all here.
        from .training_child import main as serve

        return serve(argv[1:])
    if argv[:1] == ["--check-platform"]:  # the self-test's child (ui/platform_probe.py)
        from .ui.platform_probe import main as check_platform

        return check_platform()
    args = parse_args(argv)
    if args.self_test:
        return self_test_main()
    return run_gui(args)


def self_test_main() -> int:
    """`aidant-app --self-test`, and the console command `aidant-app-self-test`."""
    from .selftest import console_output, run_self_test

    out, report_file = console_output()
    try:
        return run_self_test(out)
    finally:
        if out is not sys.stdout:
            out.close()
        if report_file:
            _tell_where(report_file)


def _tell_where(report_file: str) -> None:
    """No console (a windowed program started by a double click): say where the report is."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841
    QMessageBox.information(None, "Aidant", f"Self-test report: {report_file}")


if __name__ == "__main__":
    raise SystemExit(main())
