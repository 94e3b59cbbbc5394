"""AIDANT_STARTUP_PROBE (start-up tests, scripts/bench_*.py): what the first paint had loaded.

Imported by app.py only when the variable is set, after the first paint. The line is
written by hand, not with json: importing json would be counted against the app by the
instruction counts that stop here (scripts/bare_wizard.py writes the same line by hand).
"""

from __future__ import annotations

import os
import sys
import time

# Network, keyring and server: the backend starts after the first paint.
HEAVY_MODULES = ("requests", "keyring", "fastapi", "uvicorn", "starlette")
# What the first window does without, measured in instructions (docs/performance.md,
# "Start-up and GUI stalls"): speech (subprocess), the rules' modules (datetime, re),
# dataclasses, json. Each came back at least once through an innocent-looking import.
LATE_MODULES = (
    "aidant_app.journey.reading", "aidant_app.rules.identity", "aidant_app.rules.iban",
    "aidant_app.ui.backend", "aidant_app.ui.speech_engine", "dataclasses", "datetime",
    "json", "subprocess",
)
# PySide builds a class's Python type, with all its enums, on first use. The Qt namespace
# has 93 enums (about 100 M instructions); QMessageBox, QStyle and QIcon tens of them. The
# busy and connection areas' moving bars are built when first shown (ui/statusareas.py).
LATE_QT_TYPES = ("Qt", "QMessageBox", "QStyle", "QIcon", "QTextDocument", "QProgressBar")


def qt_types_built() -> list[str]:
    """Which of LATE_QT_TYPES PySide has built so far (without building any)."""
    built = set()
    for name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"):
        module = sys.modules.get(name)
        if module is not None:
            built.update(vars(module))
    return sorted(name for name in LATE_QT_TYPES if name in built)


def sources_read() -> list[str]:
    """The app's own source files read so far, as Python's line cache holds them: PySide's
    import hook reads each new module's whole source (app.plain_imports takes it away)."""
    cache = getattr(sys.modules.get("linecache"), "cache", {})
    marker = os.sep + "aidant_app" + os.sep
    return sorted(name.split(marker, 1)[1].replace(os.sep, "/") for name in cache
                  if marker in name)


def rss_kb() -> int:
    """Resident memory now (Linux /proc), else the peak reported by getrusage, in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except (ImportError, OSError):
        return 0


def _names(names: list[str]) -> str:
    return "[" + ", ".join(f'"{name}"' for name in names) + "]"  # module names: no escapes


def first_paint_line(started: float, stamp: tuple[float, float, float] | None = None) -> str:
    """The `aidant-first-paint` line (JSON): seconds since app.py was imported, what was
    loaded, wall clock (bench_startup.py compares it with the launch), CPU time, memory.
    `stamp` (monotonic, wall and CPU clocks) is when app.py saw the paint: the probe's own
    work after it (this module's import, gc.freeze, the lists below) is not the app's start,
    and bare_wizard.py reads its clocks first too."""
    monotonic, wall, cpu = stamp or (time.perf_counter(), time.time(), time.process_time())
    loaded = sorted(name for name in (*HEAVY_MODULES, *LATE_MODULES) if name in sys.modules)
    heavy = [name for name in loaded if name in HEAVY_MODULES]
    late = [name for name in loaded if name not in HEAVY_MODULES]
    return (f'aidant-first-paint {{"seconds": {round(monotonic - started, 4)!r}, '
            f'"heavy_modules": {_names(heavy)}, "late_modules": {_names(late)}, '
            f'"late_qt_types": {_names(qt_types_built())}, '
            f'"sources_read": {_names(sources_read())}, "wall": {wall!r}, '
            f'"cpu": {cpu!r}, "rss_kb": {rss_kb()}}}')


def report_first_paint(app, started: float, stamp: tuple[float, float, float]) -> None:
    """Print the line; "quit" and "exit" then end the app ("ready" keeps it running until
    the backend answers: app.py's _ready_probe)."""
    print(first_paint_line(started, stamp), flush=True)
    if os.environ.get("AIDANT_STARTUP_PROBE") == "quit":
        app.quit()
    elif os.environ.get("AIDANT_STARTUP_PROBE") == "exit":
        # Counting instructions to the first paint (bench_startup.py --instructions): the
        # clean-up after it would be counted too.
        os._exit(0)
