#!/usr/bin/env python3
"""Start-up seen from outside (not a test): launch -> window mapped by the X server, and
launch -> backend ready, for the app beside a bare QWizard, under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" python scripts/bench_outside.py [--runs 11]
    python scripts/bench_startup.py --outside [--runs 11] [--one-core]   (starts Xvfb itself)

"Window mapped" is the MapNotify event of the first top-level window after launch, as
`xev -root -event substructure` (Debian's x11-utils) prints it: what the X server did, not
what the app says about itself. With no window manager under Xvfb, a top-level window is a
child of the root window, so its map is seen there. "Backend ready" is the moment the app's
first `GET /v1/meta` has succeeded (the "aidant-backend-ready" line of app.py's probe,
AIDANT_STARTUP_PROBE=ready). Each app run ends by stopping its training child and waiting
for it, so no server from one run competes with the next. `--one-core` runs both programs
under `taskset -c 0`, as on an old single-core computer.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

SCREEN = "-screen 0 1280x800x24"
_MAP = re.compile(r"^MapNotify event")


class MapWatch:
    """Reads `xev -root -event substructure` and keeps the wall time of every MapNotify."""

    def __init__(self) -> None:
        xev = shutil.which("xev")
        if xev is None:
            raise SystemExit("needs xev (Debian: apt-get install x11-utils)")
        self.maps: list[float] = []
        self._changed = threading.Condition()
        # xev flushes its output after each event; the reader stamps lines as they arrive.
        self._proc = subprocess.Popen([xev, "-root", "-event", "substructure"],
                                      stdout=subprocess.PIPE, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True, name="xev-reader").start()
        time.sleep(0.3)  # xev has selected the events before the first launch

    def _read(self) -> None:
        for line in self._proc.stdout:
            if _MAP.match(line):
                with self._changed:
                    self.maps.append(time.time())
                    self._changed.notify_all()

    def mark(self) -> int:
        with self._changed:
            return len(self.maps)

    def first_after(self, mark: int, timeout: float = 2.0) -> float | None:
        with self._changed:
            self._changed.wait_for(lambda: len(self.maps) > mark, timeout)
            return self.maps[mark] if len(self.maps) > mark else None

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)


def _probe_lines(stdout: str) -> dict[str, dict]:
    found = {}
    for line in stdout.splitlines():
        name, _, rest = line.partition(" ")
        if name in ("aidant-first-paint", "aidant-backend-ready"):
            found[name] = json.loads(rest)
    return found


def one_run(command: list[str], env: dict[str, str], watch: MapWatch) -> dict[str, float]:
    """Seconds from launch to: window mapped, start page painted (in-process probe), and
    backend ready (the app only)."""
    mark = watch.mark()
    launched = time.time()
    # Run from HOME, not from a checkout: `python -m` puts the working folder first on
    # sys.path, so PYTHONPATH (which version of the app, --compare) must decide instead.
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=90,
                            check=False, cwd=env["HOME"])
    mapped = watch.first_after(mark)
    lines = _probe_lines(result.stdout)
    if mapped is None or "aidant-first-paint" not in lines:
        raise RuntimeError(f"{command}: no map or no paint: {result.stderr[-1500:]}")
    paint = lines["aidant-first-paint"]
    # CPU time by the paint: what the program itself did, whatever else the machine ran
    # meanwhile (a steadier clock than the wall's on a shared machine).
    run = {"mapped": mapped - launched, "painted": paint["wall"] - launched, "cpu": paint["cpu"]}
    if "aidant-backend-ready" in lines:
        run["ready"] = lines["aidant-backend-ready"]["wall"] - launched
    return run


def series(runs: int, commands: dict[str, tuple[list[str], dict[str, str]]],
           env: dict[str, str], one_core: bool) -> dict[str, list[dict[str, float]]]:
    """Alternating runs (app, bare, bare, app, ...) after one warm-up run of each.
    `commands`: name -> (command, extra environment)."""
    prefix = ["taskset", "-c", "0"] if one_core else []
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    env = dict(env, QT_QPA_PLATFORM="xcb", AIDANT_STARTUP_PROBE="ready")
    watch = MapWatch()
    try:
        for command, extra in commands.values():
            one_run(prefix + command, {**env, **extra}, watch)  # warm the caches
        order = list(commands.items())
        for index in range(runs):
            for name, (command, extra) in order if index % 2 == 0 else list(reversed(order)):
                samples[name].append(one_run(prefix + command, {**env, **extra}, watch))
    finally:
        watch.close()
    return samples


def spread(values: list[float]) -> str:
    """median [quartiles] (min-max), in ms."""
    ms = sorted(v * 1000 for v in values)
    q1, _, q3 = statistics.quantiles(ms, n=4) if len(ms) > 1 else (ms[0], 0, ms[0])
    return (f"{statistics.median(ms):5.0f} ms  [{q1:4.0f}-{q3:4.0f}]  "
            f"({ms[0]:4.0f}-{ms[-1]:4.0f})")


def report(samples: dict[str, list[dict[str, float]]], title: str) -> dict[str, float]:
    app, bare = samples["app"], samples["bare"]
    for name in [name for name in samples if name not in ("app", "bare")]:
        runs = samples[name]  # a variant (--compare): the same figures, briefly
        ratios = ", ".join(
            f"{what} {statistics.median(r[what] for r in runs) / statistics.median(r[what] for r in bare):.2f}"
            for what in ("mapped", "painted", "cpu"))
        print(f"  variant {name}: mapped {spread([r['mapped'] for r in runs])}; painted "
              f"{spread([r['painted'] for r in runs])}; ready after the map "
              f"{spread([r['ready'] - r['mapped'] for r in runs if 'ready' in r])}\n"
              f"    against the bare wizard: {ratios}")
    median = {f"{name}_{what}": statistics.median(run[what] for run in runs)
              for name, runs in samples.items() for what in ("mapped", "painted", "cpu")}
    ready = [run["ready"] for run in app if "ready" in run]
    after_map = [run["ready"] - run["mapped"] for run in app if "ready" in run]
    median["ready"] = statistics.median(ready) if ready else float("nan")
    median["ready_after_map"] = statistics.median(after_map) if after_map else float("nan")
    median["map_ratio"] = median["app_mapped"] / median["bare_mapped"]
    median["paint_ratio"] = median["app_painted"] / median["bare_painted"]
    median["cpu_ratio"] = median["app_cpu"] / median["bare_cpu"]
    print(f"{title} (median [quartiles] (min-max) of {len(app)} alternating runs each):")
    print(f"  window mapped     aidant-app {spread([r['mapped'] for r in app])}")
    print(f"                    bare wizard {spread([r['mapped'] for r in bare])}")
    print(f"                    ratio of medians {median['map_ratio']:.2f} (goal <= 1.25)")
    print(f"  start page painted aidant-app {spread([r['painted'] for r in app])}")
    print(f"                    bare wizard {spread([r['painted'] for r in bare])}")
    print(f"                    ratio of medians {median['paint_ratio']:.2f} (goal <= 1.25)")
    print(f"  CPU time by then  aidant-app {spread([r['cpu'] for r in app])}")
    print(f"                    bare wizard {spread([r['cpu'] for r in bare])}")
    print(f"                    ratio of medians {median['cpu_ratio']:.2f}")
    if ready:
        print(f"  backend ready     from launch {spread(ready)}")
        print(f"                    after the map {spread(after_map)} (goal <= 800 ms)")
    else:
        print("  backend ready     never (no aidant-backend-ready line)")
    return median


def ensure_display(argv: list[str]) -> None:
    """Re-run this script under xvfb-run when no X display is set."""
    if os.environ.get("DISPLAY"):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("needs an X display or xvfb-run (Debian: apt-get install xvfb xauth)")
    os.execv(xvfb, [xvfb, "-a", "-s", SCREEN, sys.executable, *argv])


def main(argv: list[str] | None = None) -> int:
    import argparse

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_startup import ROOT, fresh_env

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--series", type=int, default=1,
                        help="repeat the whole series; then each one's ratios and their "
                             "median (one series swings by a few per cent on a busy machine)")
    parser.add_argument("--one-core", action="store_true", help="under taskset -c 0")
    parser.add_argument("--both", action="store_true", help="two cores, then one core")
    parser.add_argument("--app", nargs="+", metavar="CMD")
    parser.add_argument("--compare", action="append", default=[], metavar="NAME:VAR=VALUE",
                        help="also run the app with this environment variable, alternating "
                             "with the others (to measure one idea against the current app)")
    args = parser.parse_args(argv)
    ensure_display([str(Path(__file__).resolve()), *(sys.argv[1:] if argv is None else argv)])
    import tempfile

    app = args.app or [sys.executable, "-m", "aidant_app"]
    commands = {"app": (app, {}),
                "bare": ([sys.executable, str(ROOT / "scripts" / "bare_wizard.py")], {})}
    for variant in args.compare:
        name, _, setting = variant.partition(":")
        var, _, value = setting.partition("=")
        commands[name] = (app, {var: value})
    cores = [False, True] if args.both else [args.one_core]
    with tempfile.TemporaryDirectory(prefix="aidant-outside-") as folder:
        env = fresh_env(Path(folder), "xcb")
        for one_core in cores:
            title = "One core (taskset -c 0)" if one_core else f"All {os.cpu_count()} cores"
            ratios = []
            for number in range(max(args.series, 1)):
                samples = series(max(args.runs, 3), commands, env, one_core)
                suffix = f", series {number + 1} of {args.series}" if args.series > 1 else ""
                ratios.append(report(samples, title + suffix))
            if len(ratios) > 1:
                summarize(ratios, title)
    return 0


def summarize(ratios: list[dict[str, float]], title: str) -> None:
    """Each series' ratios of medians, and the median of them."""
    print(f"{title}, {len(ratios)} series:")
    for what, goal in (("map_ratio", " (goal <= 1.25)"), ("paint_ratio", " (goal <= 1.25)"),
                       ("cpu_ratio", "")):
        values = [r[what] for r in ratios]
        listed = ", ".join(f"{v:.2f}" for v in values)
        print(f"  {what.replace('_', ' '):12s} {listed}; median {statistics.median(values):.2f}"
              f"{goal}")


if __name__ == "__main__":
    sys.exit(main())
