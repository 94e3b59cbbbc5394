"""Entry point of the training server when the app starts it: it dies with its parent."""

from __future__ import annotations

import os
import sys
import threading

EXIT_WITH_STDIN = "--exit-with-stdin"
CHILD_NICENESS = 5  # see _yield_to_the_window
BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows' equivalent


def command() -> tuple[str, list[str]]:
    """How the app starts the training server as its child: the frozen app re-runs itself."""
    common = ["--port", "0", "--host", "127.0.0.1", EXIT_WITH_STDIN]
    if getattr(sys, "frozen", False):
        return sys.executable, ["--serve-training", *common]
    return sys.executable, ["-m", "aidant_app.training_child", *common]


def _die_with_parent() -> None:
    """On Linux, ask the kernel to end this process when its parent dies (even by SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the stdin watch below still covers it


def _watch_stdin() -> None:
    """The parent holds our stdin open; end of file means it is gone (any OS, any death)."""
    try:
        while sys.stdin.buffer.read(1):
            pass  # the parent never writes; anything read is ignored
    except (OSError, ValueError):
        pass
    os._exit(0)  # no cleanup needed: the training data lives in memory only


def _yield_to_the_window() -> None:
    """Run at a lower CPU priority than the app: started before the window is built, the
    child must not take the CPU from its first paint, nor later from the GUI thread."""
    if os.environ.get("AIDANT_BENCH_NO_CHILD_NICE", "0") != "0":  # bench_outside --compare
        return
    if sys.platform == "win32":  # no os.nice there: the process's priority class
        try:
            import ctypes

            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)
        except (AttributeError, OSError):
            pass
        return
    try:
        os.nice(CHILD_NICENESS)
    except (AttributeError, OSError):  # not on this system: the child still works
        pass


def main(argv: list[str] | None = None) -> int:
    """Run `aidant_app.server.cli.main(argv)`; with --exit-with-stdin, stop when stdin closes."""
    from . import crashlog

    crashlog.install()  # the server's errors are redacted too (the app's main installs it too)
    args = list(sys.argv[1:] if argv is None else argv)
    if EXIT_WITH_STDIN in args:
        args.remove(EXIT_WITH_STDIN)
        parent = os.getppid()
        _die_with_parent()
        if os.getppid() != parent:  # the parent died before prctl took effect
            return 0
        threading.Thread(target=_watch_stdin, daemon=True,
                         name="parent-watch").start()
        _yield_to_the_window()
    from .server.cli import main as server_main

    return int(server_main(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
