"""The child processes of a process, read from Linux's /proc (tests that kill or count them)."""

from __future__ import annotations

from pathlib import Path


def children_of(pid: int, marker: bytes) -> list[int]:
    """The living children of `pid` whose command line holds `marker` (b"spawn_main": the
    uvicorn workers multiprocessing started; b"aidant_app.training_child": the app's
    training server)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
        if ppid == pid and marker in cmdline:
            found.append(int(entry.name))
    return found


def worker_pids(server_pid: int) -> list[int]:
    """The uvicorn workers of a server started with --workers N."""
    return children_of(server_pid, b"spawn_main")
