#!/usr/bin/env python3
"""Start-up benchmark (not a test): first paint time and memory against a bare QWizard, and stalls.

    python scripts/bench_startup.py [--runs 9] [--platform offscreen|xcb] [--app CMD...]
                                    [--no-stall] [--instructions] [--phases]
    python scripts/bench_startup.py --outside [--runs 11]   (as people see it, under Xvfb)

Part 1 alternates runs of `python -m aidant_app` (no backend configured: training mode, the
server starts after the first paint) and of a bare three-page QWizard (scripts/bare_wizard.py, importing nothing but PySide6), both
started the same way (a subprocess of this script, same interpreter, same environment). Each
child prints its wall clock and resident memory once its first page has been painted: for the
app, the start page with all its content inside the window (AIDANT_STARTUP_PROBE=quit in
app.py), for the wizard its first page. The time counted is from just before Popen to that
wall clock. Medians and ratios are printed (goals: time <= 1.25, memory <= 1.3).
With --instructions, valgrind also counts the instructions each executes up to that paint:
a figure that does not move with the machine's load, for judging a change. --phases counts
them at each phase of the start instead (AIDANT_STARTUP_PROBE=exit-at-<phase>, in app.py and
scripts/bare_wizard.py alike): where the app's instructions go, beside the wizard's.

Part 2 measures the longest GUI-thread stall: a 5 ms QTimer heartbeat records the largest gap
between ticks, first while the app starts its own training server, then during a scripted
journey against a training server behind a loopback proxy that delays every request by 2 s
(goal: < 50 ms). See scripts/bench_stall.py.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_GOAL, MEMORY_GOAL, STALL_GOAL_MS = 1.25, 1.3, 50.0


# The baseline is scripts/bare_wizard.py: a standalone file that imports nothing but PySide6.
BARE_WIZARD = [sys.executable, str(Path(__file__).resolve().parent / "bare_wizard.py")]


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# --- the parent ---------------------------------------------------------------------------------


def fresh_env(folder: Path, platform: str) -> dict[str, str]:
    """A new HOME and XDG folders: no backend configured, so the app starts in training mode."""
    env = dict(os.environ)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "TMPDIR"):
        path = folder / name.lower()
        path.mkdir(exist_ok=True)
        env[name] = str(path)
    env.update(QT_QPA_PLATFORM=platform, AIDANT_SETTINGS_SCOPE="bench",
               AIDANT_STARTUP_PROBE="quit", PYTHONPATH=str(ROOT))
    return with_byte_code(env)


def with_byte_code(env: dict[str, str]) -> dict[str, str]:
    """Byte code as an installed copy has it (pip and PyInstaller ship .pyc files): the
    project's modules compiled now, the libraries' own __pycache__ used as pip wrote it.
    Compiling modules from source at each start (PYTHONDONTWRITEBYTECODE) or into a new
    PYTHONPYCACHEPREFIX, which hides every library's cache, is not what people see."""
    import compileall

    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    for folder in ("aidant_app", "tests/support"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    return env


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds from launch to first paint, CPU seconds used by then, resident MB then)."""
    launched = time.time()
    result = subprocess.run(command, check=False, env=env, capture_output=True, text=True, timeout=60,
                            cwd=ROOT)
    for line in result.stdout.splitlines():
        if line.startswith("aidant-first-paint "):
            report = json.loads(line.split(" ", 1)[1])
            return report["wall"] - launched, report.get("cpu", 0.0), report["rss_kb"] / 1024
    raise RuntimeError(f"{command} reported no first paint: {result.stderr[-1500:]}")


def startup(runs: int, platform: str, app_command: list[str]) -> dict[str, float]:
    commands = {"app": app_command, "bare": BARE_WIZARD}
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="aidant-bench-") as folder:
        env = fresh_env(Path(folder), platform)
        for command in commands.values():
            one_run(command, env)  # warm the file and byte-code caches
        order = list(commands.items())
        for index in range(runs):
            for name, command in order if index % 2 == 0 else reversed(order):
                samples[name].append(one_run(command, env))
    medians = {}
    for name, values in samples.items():
        medians[f"{name}_s"] = statistics.median(v[0] for v in values)
        medians[f"{name}_cpu"] = statistics.median(v[1] for v in values)
        medians[f"{name}_mb"] = statistics.median(v[2] for v in values)
    medians["time_ratio"] = medians["app_s"] / medians["bare_s"]
    medians["cpu_ratio"] = medians["app_cpu"] / medians["bare_cpu"]
    medians["memory_ratio"] = medians["app_mb"] / medians["bare_mb"]
    return medians


# The phases app.py can stop at, in order, then the first paint; bare_wizard.py has no
# "imports", "translations" or "context" (it shows 0 for them).
PHASES = ("start", "qt", "qapplication", "imports", "translations", "context", "window", "show")
WIZARD_PHASES = ("start", "qt", "qapplication", "window", "show")


def count(command: list[str], env: dict[str, str], probe: str) -> float:
    """Instructions (M) `command` executes until it ends itself at `probe` (callgrind)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("needs valgrind (Debian: apt-get install valgrind)")
    result = subprocess.run(
        [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env={**env, "AIDANT_STARTUP_PROBE": probe}, capture_output=True, text=True,
        timeout=600, check=False, cwd=ROOT)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None or (probe == "exit" and "aidant-first-paint" not in result.stdout):
        raise RuntimeError(f"{command}: no count: {result.stderr[-1500:]}")
    return int(found.group(1)) / 1e6


def phases(platform: str, app_command: list[str]) -> None:
    """Print the instructions of each phase of the start, the app beside the wizard."""
    with tempfile.TemporaryDirectory(prefix="aidant-bench-") as folder:
        env = fresh_env(Path(folder), platform)
        env.update(PYTHONHASHSEED="0")
        totals: dict[str, list[float]] = {}
        for name, command, own in (("app", app_command, PHASES),
                                   ("bare", BARE_WIZARD, WIZARD_PHASES)):
            one_run(command, env)  # byte code and disk cache, as for the timed runs
            counted, last = [], 0.0
            for phase in PHASES:
                # A phase the wizard does not have ends where the one before it ended.
                last = count(command, env, f"exit-at-{phase}") if phase in own else last
                counted.append(last)
            totals[name] = [*counted, count(command, env, "exit")]
    print(f"  {'phase (M instructions)':24s} {'app':>8s} {'wizard':>8s} {'app - wizard':>13s}")
    before = {"app": 0.0, "bare": 0.0}
    for index, phase in enumerate((*PHASES, "first paint")):
        app, bare = (totals[name][index] - before[name] for name in ("app", "bare"))
        before = {name: totals[name][index] for name in ("app", "bare")}
        print(f"  {phase:24s} {app:8.1f} {bare:8.1f} {app - bare:13.1f}")
    print(f"  {'total':24s} {totals['app'][-1]:8.1f} {totals['bare'][-1]:8.1f} "
          f"ratio {totals['app'][-1] / totals['bare'][-1]:.2f}", flush=True)


def instructions(platform: str, app_command: list[str]) -> dict[str, float]:
    """Instructions executed from process start to the first paint, and to the return of
    window.show() (when the window is mapped, under X), counted by valgrind's callgrind.
    Slow (about a minute), but the same on a quiet and on a busy machine, where the time
    ratio can move by 0.1 from one run of this script to the next. Work in other processes
    (the training child) and in the kernel is not counted."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    counts = {}
    with tempfile.TemporaryDirectory(prefix="aidant-bench-") as folder:
        env = fresh_env(Path(folder), platform)
        env.update(PYTHONHASHSEED="0")
        for name, command in (("app", app_command), ("bare", BARE_WIZARD)):
            one_run(command, env)  # byte code and disk cache, as for the timed runs
            for probe, key in (("exit", name), ("exit-at-show", f"{name}_show")):
                result = subprocess.run(
                    [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                    env={**env, "AIDANT_STARTUP_PROBE": probe}, capture_output=True, text=True,
                    timeout=600, check=False, cwd=ROOT)
                found = re.search(r"Collected : (\d+)", result.stderr)
                if found is None or (probe == "exit"
                                     and "aidant-first-paint" not in result.stdout):
                    raise RuntimeError(f"{command}: no count: {result.stderr[-1500:]}")
                counts[key] = int(found.group(1)) / 1e6
    counts["ratio"] = counts["app"] / counts["bare"]
    counts["show_ratio"] = counts["app_show"] / counts["bare_show"]
    return counts


def verdict(value: float, goal: float) -> str:
    return "within goal" if value <= goal else "OVER GOAL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (at least 7)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        help="Qt platform: offscreen (default) or xcb under xvfb-run")
    parser.add_argument("--app", nargs="+", metavar="CMD",
                        help="command that starts the app (default: python -m aidant_app)")
    parser.add_argument("--no-stall", action="store_true", help="skip part 2")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions to the first paint (valgrind, ~30 s)")
    parser.add_argument("--phases", action="store_true",
                        help="count instructions phase by phase (valgrind, several minutes) "
                             "and exit")
    parser.add_argument("--outside", action="store_true",
                        help="measure from outside instead: window mapped (X server) and "
                             "backend ready, under Xvfb, on all cores then on one "
                             "(scripts/bench_outside.py)")
    args = parser.parse_args(argv)
    if args.outside:
        from bench_outside import main as outside  # scripts/ is on sys.path

        return outside(["--both", "--runs", str(max(args.runs, 7)),
                        *(["--app", *args.app] if args.app else [])])
    runs = max(args.runs, 7)
    app_command = args.app or [sys.executable, "-m", "aidant_app"]
    if args.phases:
        phases(args.platform, app_command)
        return 0
    result = startup(runs, args.platform, app_command)
    print(f"Start-up, median of {runs} alternating runs each ({args.platform}):", flush=True)
    for name, what in (("app", "aidant-app, start page painted"),
                       ("bare", "bare three-page QWizard, page 1")):
        print(f"  {what:34s} {result[name + '_s'] * 1000:5.0f} ms  "
              f"(CPU {result[name + '_cpu'] * 1000:4.0f} ms)  {result[name + '_mb']:5.1f} MB")
    print(f"  time ratio      {result['time_ratio']:.2f} (goal <= {TIME_GOAL}: "
          f"{verdict(result['time_ratio'], TIME_GOAL)}); CPU time ratio "
          f"{result['cpu_ratio']:.2f}")
    print(f"  memory ratio    {result['memory_ratio']:.2f} (goal <= {MEMORY_GOAL}: "
          f"{verdict(result['memory_ratio'], MEMORY_GOAL)})", flush=True)
    if args.instructions:
        counts = instructions(args.platform, app_command)
        print(f"  instructions to first paint: aidant-app {counts['app']:.0f} M, bare wizard "
              f"{counts['bare']:.0f} M, ratio {counts['ratio']:.2f} (valgrind; not noisy)",
              flush=True)
        print(f"  instructions to show() (window mapped): aidant-app {counts['app_show']:.0f} M, "
              f"bare wizard {counts['bare_show']:.0f} M, ratio {counts['show_ratio']:.2f}",
              flush=True)
    ok = result["time_ratio"] <= TIME_GOAL and result["memory_ratio"] <= MEMORY_GOAL
    if not args.no_stall:
        from bench_stall import measure_stalls  # scripts/ is on sys.path when run as a script

        stalls = measure_stalls(args.platform)
        for phase, (wall, cpu) in stalls.items():
            print(f"  longest GUI stall, {phase}: {wall:.0f} ms, GUI thread busy at most "
                  f"{cpu:.0f} ms of one gap (goal < {STALL_GOAL_MS:.0f}: "
                  f"{verdict(wall, STALL_GOAL_MS - 0.001)})")
            ok = ok and wall < STALL_GOAL_MS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
