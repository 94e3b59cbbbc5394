"""Crash output without the person's data: exception type and code location only."""

from __future__ import annotations

import sys
import threading

# An exception's message can quote what was typed (a ValueError showing an IBAN, a JSON
# fragment of an answer...). Crash output may end up in a system log that outlives the
# session, so only the exception's type and where it happened are printed, never the
# message or the local values.


def format_redacted(exc_type: type[BaseException], tb) -> str:
    import traceback  # only when something went wrong: not at every start

    lines = ["Aidant: unexpected error (message withheld: it may hold personal data)"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}")
    return "\n".join(lines) + "\n"


def crash_file():
    """Where a crash goes when there is no standard error (Windows' windowed app has none):
    a file in this computer's local data folder, overwritten by the next crash."""
    from .paths import local_data_dir

    return local_data_dir() / "crash.txt"


def _excepthook(exc_type, exc, tb) -> None:
    try:
        report = format_redacted(exc_type, tb)
        if sys.stderr is not None:
            sys.stderr.write(report)
            return
        path = crash_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(report, encoding="utf-8")
    except Exception:  # noqa: BLE001, S110 - never let crash reporting crash
        pass


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route uncaught exceptions (main thread, Qt slots, worker threads) through the redactor."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
