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
from PySide6.QtCore import Qt

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



def test_text_scale_option_is_for_this_run_only(tmp_path):
    """`--text-scale` on a shared computer must not become the next person's text size."""
    env = _env(tmp_path, AIDANT_STARTUP_PROBE="quit")
    result = subprocess.run(
        [sys.executable, "-m", "aidant_app", "--text-scale", "150"], env=env,
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    saved = list(Path(env["XDG_CONFIG_HOME"]).rglob("*.ini"))
    assert all("text_scale" not in path.read_text() for path in saved)


def test_text_scale_override_shows_then_a_press_saves(qtbot, qapp, settings_store, tmp_path):
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.settings_store import SettingsStore
    from aidant_app.ui.window import MainWindow

    settings_store.override("text_scale", 150)
    ctx = AppContext()
    ctx.settings = settings_store
    window = MainWindow(ctx, settings_store)
    qtbot.addWidget(window)
    window.show()
    try:
        assert "150 %" in window.topbar.scale_label.text()
        # Another start (the next person) reads what is saved: still the usual size.
        assert SettingsStore(str(tmp_path / "settings.ini")).get("text_scale") == 100
        qtbot.mouseClick(window.topbar.larger, Qt.MouseButton.LeftButton)
        assert "175 %" in window.topbar.scale_label.text()
        # A press on A+ is a choice made here: it is remembered as usual.
        assert SettingsStore(str(tmp_path / "settings.ini")).get("text_scale") == 175
    finally:
        window.idle.stop()
        window.close()


def test_choosing_another_backend_retires_the_training_server(qtbot, qapp, settings_store,
                                                              training_server):
    """Réglages → another backend: the app moves there and the training child is gone."""
    from aidant_app.ui.context import AppContext

    ctx = AppContext()
    ctx.settings = settings_store
    controller = BackendController(ctx, url="")
    controller.start()
    try:
        qtbot.waitUntil(lambda: ctx.meta is not None, timeout=30_000)
        old_pid = controller.child_pid()
        assert old_pid and _alive(old_pid) and ctx.training
        controller.set_backend(training_server, "")
        qtbot.waitUntil(lambda: ctx.backend_url == training_server and ctx.meta is not None,
                        timeout=30_000)
        assert controller.child_pid() == 0
        # Shut down in the background (the window is not frozen meanwhile), yet gone.
        qtbot.waitUntil(lambda: not _alive(old_pid), timeout=10_000)
    finally:
        controller.stop()
        ctx.runner.wait_for_done(5000)
