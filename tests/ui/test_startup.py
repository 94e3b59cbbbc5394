"""Start-up: the window comes first, then the training server child, which dies with the app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aidant_app.ui.backend import BackendController


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "QT_QPA_PLATFORM": "offscreen", "AIDANT_SETTINGS_SCOPE": "test"}
    env.update(extra)
    return env


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state  # a zombie waiting for its reaper is dead already


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid and b"aidant_app.training_child" in cmdline:
            found.append(int(entry.name))
    return found


def test_first_window_is_painted_before_heavy_imports(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "aidant_app"], env=_env(tmp_path, AIDANT_STARTUP_PROBE="quit"),
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("aidant-first-paint "))
    report = json.loads(line.split(" ", 1)[1])
    assert report["heavy_modules"] == []  # requests, keyring, fastapi, uvicorn: all later


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_app_leaves_no_training_server(tmp_path):
    app = subprocess.Popen([sys.executable, "-m", "aidant_app"], env=_env(tmp_path),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        children: list[int] = []
        while time.monotonic() < deadline and not children:
            time.sleep(0.1)
            children = _children(app.pid)
        assert children, "the app did not start the training server"
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in children)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_no_backend_starts_training_mode_after_the_window(qtbot, qapp, settings_store):
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.window import MainWindow

    ctx = AppContext()
    ctx.settings = settings_store
    controller = BackendController(ctx, url="")
    window = MainWindow(ctx, settings_store, controller=controller)
    qtbot.addWidget(window)
    window.show()
    assert window.connection.isVisible() and not window.banner.isVisible()
    controller.start()
    try:
        assert "entraînement" in window.connection.label.text()
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
        assert "Mode entraînement" in window.banner.text()
        assert not window.connection.isVisible()
        assert ctx.client is not None and ctx.backend_url.startswith("http://127.0.0.1:")
        pid = controller.child_pid()
        assert pid and _alive(pid)
    finally:
        window.close()
        controller.stop()
        ctx.runner.wait_for_done(5000)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.05)
    assert not _alive(pid)

