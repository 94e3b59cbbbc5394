#!/usr/bin/env python3
"""Longest GUI-thread stall (not a test): a 5 ms heartbeat while the app starts and while a
scripted journey runs against a training server behind a proxy that delays requests by 2 s.

    python scripts/bench_stall.py [--platform offscreen] [--delay 2.0]

Used by scripts/bench_startup.py (part 2). The app runs in a child process set up exactly as
`aidant-app` sets itself up (app.run_gui's steps); the heartbeat is a QTimer on the GUI thread
and a stall is the largest gap between two ticks, minus the 5 ms period. A third phase runs
app.main() itself, with the heartbeat from its first paint until the service is ready and
one second after (what app.py does around the paint: the backend's modules loading, the
training child adopted, meta).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEARTBEAT_MS = 5


# --- parent: training server, delaying proxy ------------------------------------------------


class DelayingProxy:
    """TCP proxy on loopback: each request waits `delay` seconds before reaching the server."""

    def __init__(self, upstream_port: int, delay: float) -> None:
        self.upstream_port, self.delay = upstream_port, delay
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()

    def start(self) -> str:
        threading.Thread(target=self._run, daemon=True, name="delaying-proxy").start()
        self._ready.wait(10)
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader, writer) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.close()
            return

        async def to_server() -> None:
            last = 0.0
            while data := await reader.read(65536):
                # A chunk after a pause starts a new request: hold it back.
                if self._loop.time() - last > 0.5:
                    await asyncio.sleep(self.delay)
                last = self._loop.time()
                up_writer.write(data)
                await up_writer.drain()
            up_writer.close()

        async def to_client() -> None:
            while data := await up_reader.read(65536):
                writer.write(data)
                await writer.drain()
            writer.close()

        await asyncio.gather(to_server(), to_client(), return_exceptions=True)


def measure_stalls(platform: str = "offscreen",
                   delay: float = 2.0) -> dict[str, tuple[float, float]]:
    """{phase: (longest gap in ms, most GUI-thread CPU in one gap)} for the server's start-up
    and for a journey against a slow backend."""
    sys.path.insert(0, str(ROOT))
    from bench_startup import with_byte_code  # scripts/ is on sys.path

    from tests.support.server import server_process

    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="aidant-stall-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, AIDANT_SETTINGS_SCOPE="bench",
                   HOME=folder, XDG_CONFIG_HOME=f"{folder}/config", PYTHONPATH=str(ROOT))
        env = with_byte_code(env)
        child = [sys.executable, str(Path(__file__).resolve()), "--child"]
        # A first run warms the disk cache, as on a computer where the app ran before.
        _run_child(child + ["startup"], env, quiet=True)
        results["while the training server starts"] = _run_child(child + ["startup"], env)
        results["app.py's own start, first paint to ready + 1 s"] = _run_child(
            child + ["real-startup"], env)
        with server_process("--host", "127.0.0.1") as server:
            url = server.base_url
            proxy = DelayingProxy(int(url.rsplit(":", 1)[1]), delay).start()
            results[f"journey, backend answering in {delay:g} s"] = _run_child(
                child + ["journey", proxy, url], env)
    return results


def _run_child(command: list[str], env: dict[str, str],
               quiet: bool = False) -> tuple[float, float]:
    result = subprocess.run(command, check=False, env=env, capture_output=True, text=True, timeout=600)
    if os.environ.get("AIDANT_STALL_STDERR"):
        sys.stderr.write(result.stderr)
    for line in result.stdout.splitlines():
        if line.startswith("aidant-stall "):
            report = json.loads(line.split(" ", 1)[1])
            for gap, cpu, where in [] if quiet else report["worst"]:
                print(f"    gap {gap:6.1f} ms (GUI thread busy {cpu:5.1f} ms) at {where}",
                      flush=True)
            return report["max_stall_ms"], report["max_gui_cpu_ms"]
    raise RuntimeError(f"{command[3]} phase failed: {result.stderr[-3000:]}")


# --- child: the app with a heartbeat ---------------------------------------------------------


class Heartbeat:
    """Records the gaps between ticks of a QTimer on the GUI thread."""

    def __init__(self, label) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.label = label
        self.gaps: list[tuple[float, str]] = []
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

        if os.environ.get("AIDANT_STALL_TRACE"):
            threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        """Diagnosis (AIDANT_STALL_TRACE=1): print every thread's stack during long gaps."""
        import traceback

        gui = threading.main_thread().ident
        while True:
            time.sleep(0.01)
            late = (time.perf_counter() - self._last) * 1000
            if late > float(os.environ.get("AIDANT_STALL_TRACE_MS", "40")):
                frames = sys._current_frames()
                print(f"--- {late:.0f} ms without a tick", file=sys.stderr)
                for ident, frame in frames.items():
                    name = "GUI" if ident == gui else str(ident)
                    stack = "".join(traceback.format_stack(frame, limit=8)[-8:])
                    print(f"[{name}]\n{stack}", file=sys.stderr)
                time.sleep(0.05)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self._last) * 1000 - HEARTBEAT_MS
        # The GUI thread's own CPU time over the gap: on a loaded machine a gap can also be
        # time the thread spent waiting for a core or for the GIL.
        gap_cpu = (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu
        if gap > 5:
            self.gaps.append((gap, gap_cpu, self.label()))

    def report(self) -> dict:
        worst = sorted(self.gaps, reverse=True)[:8]
        return {"max_stall_ms": worst[0][0] if worst else 0.0,
                "max_gui_cpu_ms": max((cpu for _, cpu, _ in self.gaps), default=0.0),
                "worst": worst}


def real_startup() -> int:
    """The app started by its own code (app.main), a heartbeat from the first paint until
    the service is ready and one second after: what app.py does around its first paint
    (the backend's modules loading, the child adopted, meta) is measured as it runs."""
    from aidant_app import app as startup

    def ready_probe(qt_app, ctx) -> None:  # replaces app.py's, which would quit at once
        from PySide6.QtCore import QTimer

        beat = Heartbeat(lambda: "after the first paint" if ctx.meta is None else "ready")

        def ready() -> None:
            if ctx.meta is not None and not hasattr(beat, "done"):
                beat.done = True
                QTimer.singleShot(1000, finish)

        def finish() -> None:
            beat.timer.stop()
            print("aidant-stall " + json.dumps(beat.report()), flush=True)
            qt_app.quit()

        ctx.meta_changed.connect(ready)
        ctx.backend_failed.connect(lambda code: (print(code, file=sys.stderr), qt_app.quit()))

    startup._ready_probe = ready_probe
    os.environ["AIDANT_STARTUP_PROBE"] = "ready"
    return startup.main([])


def child(phase: str, backend: str = "", api: str = "") -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest  # noqa: F401 - imported before the heartbeat starts
    from PySide6.QtWidgets import QApplication

    from aidant_app.ui.backend import READY, BackendController
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.settings_store import SettingsStore
    from aidant_app.ui.window import MainWindow

    app = QApplication([sys.argv[0]])
    settings = SettingsStore()
    translations = Translations(app)
    translations.switch(settings.get("language"))
    ctx = AppContext()
    ctx.settings = settings
    controller = BackendController(ctx, url=backend)
    window = MainWindow(ctx, settings, translations, controller=controller)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # first paint and the app's own after-paint work
    loop.exec()
    driver = None
    if phase == "journey":
        from tests.support.journey_driver import Driver

        # Made before the heartbeat: the driver's own client imports requests on this thread.
        driver = Driver(window, api, key_delay_ms=15)
        _ = driver.api
    beat = Heartbeat(lambda: f"{ctx.flow.current.value} ({controller.state})")
    controller.start()
    if phase == "startup":
        deadline = time.monotonic() + 60
        while controller.state != READY and time.monotonic() < deadline:
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        if controller.state != READY:
            raise SystemExit("the training server did not become ready")
        QTimer.singleShot(1000, loop.quit)  # and a moment of normal life after it
        loop.exec()
    elif os.environ.get("AIDANT_STALL_PROFILE"):  # diagnosis: profile the GUI thread
        import cProfile

        cProfile.runctx("journey(driver)", globals(), {"driver": driver},
                        os.environ["AIDANT_STALL_PROFILE"])
    else:
        journey(driver)
    beat.timer.stop()
    print("aidant-stall " + json.dumps(beat.report()), flush=True)
    controller.stop()
    window.close()
    return 0


def journey(driver) -> None:
    """Home mode with a training mailbox, through to Done, typing key by key."""
    from aidant_app.ui.backend import READY

    window = driver.window
    driver.in_thread(driver.api.training_reset, "training reset")
    driver.wait_until(lambda: window.controller.state == READY, "meta loaded", 60_000)
    driver.wait(2000)  # the person reads the start page (the app builds the next pages)
    driver.start_home()
    driver.email_question(has_address=False)
    suffix = f"{int(time.time() * 1000) % 10**6:06d}"
    address = driver.training_mailbox("Odile", "Banc", f"odile.banc.{suffix}", "Tulipe-Soleil-26")
    driver.confirm_code(address, "Tulipe-Soleil-26")
    driver.account_question_no()
    who = driver.people("ready")[0]
    driver.fill_form(who, "Jardin-Velo-7")
    driver.submit_form()
    driver.activation_by_browser(address, "Tulipe-Soleil-26")
    with tempfile.TemporaryDirectory() as folder:
        driver.save_memo(os.path.join(folder, "memo.pdf"))
    driver.finish()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child"]:
        sys.path.insert(0, str(ROOT))
        return real_startup() if argv[1:] == ["real-startup"] else child(*argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--delay", type=float, default=2.0)
    args = parser.parse_args(argv)
    for phase, (wall, cpu) in measure_stalls(args.platform, args.delay).items():
        print(f"longest GUI stall, {phase}: {wall:.0f} ms, GUI thread busy at most "
              f"{cpu:.0f} ms of a gap (goal < 50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
