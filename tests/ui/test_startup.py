"""Start-up: the window comes first, then the training server child, which dies with the app."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from aidant_app.ui.backend import BackendController
from tests.support.processes import children_of


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


def test_first_window_is_painted_before_heavy_imports(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "aidant_app"], env=_env(tmp_path, AIDANT_STARTUP_PROBE="quit"),
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("aidant-first-paint "))
    report = json.loads(line.split(" ", 1)[1])
    assert report["heavy_modules"] == []  # requests, keyring, fastapi, uvicorn: all later
    # What the start-up work of issue 17 moved after the first paint (startup_probe.py):
    # speech, the rules' modules, dataclasses, json, and the Python types of Qt's namespace,
    # QMessageBox, QStyle, QIcon... (PySide builds each with all its enums on first use).
    assert report["late_modules"] == []
    assert report["late_qt_types"] == []
    # PySide's import hook read the source file of every module imported after it (about
    # 57 before this window, 12-20 ms): app.plain_imports gives Python its import back.
    assert report["sources_read"] == []


def test_no_module_asks_pyside_for_a_feature():
    """app.plain_imports takes away PySide's import hook, which `from __feature__ import
    snake_case` (or true_property) needs in the module that asks: no module may ask."""
    import ast

    package = Path(__file__).resolve().parents[2] / "aidant_app"
    asking = [str(path.relative_to(package)) for path in package.rglob("*.py")
              for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
              if isinstance(node, (ast.Import, ast.ImportFrom))
              and "__feature__" in ([getattr(node, "module", None) or ""]
                                    + [alias.name for alias in node.names])]
    assert asking == []


_AFTER_PAINT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
import aidant_app.app as start
from aidant_app.ui.first_paint import FirstPaint

def look():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    print("QT-WORDS " + QCoreApplication.translate("QPlatformTheme", "Cancel"), flush=True)
    keys = [s.key().toString() for s in window.findChildren(QShortcut)]
    print("F8 " + str(QKeySequence("F8").toString() in keys), flush=True)
    QApplication.instance().quit()

fire = FirstPaint.fire
def fire_then_look(self):
    fire(self)
    QTimer.singleShot(500, look)
FirstPaint.fire = fire_then_look
sys.exit(start.main(["--backend", "http://127.0.0.1:9"]))
"""


def test_what_waits_for_the_first_paint_is_there_just_after_it(tmp_path):
    """Qt's own words (standard buttons, the file chooser) and F8 (read the field aloud)
    come after the start page is painted (docs/performance.md): half a second later, both
    are there, in French."""
    result = subprocess.run([sys.executable, "-c", _AFTER_PAINT], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=60, check=False)
    assert "QT-WORDS Annuler" in result.stdout, result.stdout + result.stderr[-2000:]
    assert "F8 True" in result.stdout, result.stdout + result.stderr[-2000:]


def test_the_probe_sees_what_it_watches():
    """The two lists above can fail: the probe finds a watched module or Qt type once it is
    there, in a fresh interpreter that loads some on purpose."""
    code = ("import json, subprocess\n"
            "from PySide6.QtCore import Qt\n"
            "from PySide6.QtWidgets import QMessageBox\n"
            "from aidant_app.startup_probe import first_paint_line\n"
            "print(first_paint_line(0.0))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    report = json.loads(result.stdout.split(" ", 1)[1])
    assert report["late_modules"] == ["json", "subprocess"]
    assert report["late_qt_types"] == ["QMessageBox", "Qt"]
    assert report["heavy_modules"] == []
    # Imported after PySide with its hook in place, the probe's own source was read.
    assert "startup_probe.py" in report["sources_read"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, taskset")
@pytest.mark.parametrize("cores", ["all", "one"])
def test_the_app_reaches_its_training_server(tmp_path, cores):
    """app.py starts the child right after the first paint and the backend controller
    adopts it once its module is loaded; on all cores and on one, the first GET /v1/meta
    succeeds after the start page was painted, and the app's exit leaves no child."""
    command = [sys.executable, "-m", "aidant_app"]
    if cores == "one":
        command = ["taskset", "-c", "0", *command]
    result = subprocess.run(
        command, env=_env(tmp_path, AIDANT_STARTUP_PROBE="ready"), capture_output=True,
        text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = {line.split(" ", 1)[0]: json.loads(line.split(" ", 1)[1])
             for line in result.stdout.splitlines() if line.startswith("aidant-")}
    assert lines["aidant-backend-ready"]["outcome"] == "ready"
    assert lines["aidant-first-paint"]["wall"] < lines["aidant-backend-ready"]["wall"]
    assert lines["aidant-first-paint"]["heavy_modules"] == []
    assert _training_children_of_home(tmp_path / "home") == []  # the exit waited for it


def _training_children_of_home(home: Path) -> list[int]:
    """Live training server processes started with this HOME (any parent)."""
    found = []
    marker = f"HOME={home}".encode() + b"\0"
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            environ = (entry / "environ").read_bytes() + b"\0"
        except OSError:
            continue
        if b"aidant_app.training_child" in cmdline and marker in environ \
                and _alive(int(entry.name)):
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_app_leaves_no_training_server(tmp_path):
    app = subprocess.Popen([sys.executable, "-m", "aidant_app"], env=_env(tmp_path),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        children: list[int] = []
        while time.monotonic() < deadline and not children:
            time.sleep(0.1)
            children = children_of(app.pid, b"aidant_app.training_child")
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
    # The first second says nothing (most starts are quicker); then what the app waits for.
    assert not window.connection.isVisible() and not window.banner.isVisible()
    controller.start()
    try:
        qtbot.waitUntil(lambda: window.connection.isVisible() or window.banner.isVisible(),
                        timeout=30_000)
        if window.connection.isVisible():  # more than a second: it says what it waits for
            assert any(words in window.connection.label.text()
                       for words in ("Démarrage du mode entraînement", "Connexion au service"))
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


# --- the start page while the service starts ---------------------------------------------------


@contextmanager
def late_server(delay: float):
    """A real training server that starts answering `delay` seconds from now. Its socket
    listens at once, so the app's first request waits in the kernel's queue, as it does
    while a server is still loading."""
    import uvicorn

    from aidant_app.server.app import create_app
    from aidant_app.server.settings import Settings

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(Settings(public_url=url))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    stop = threading.Event()

    def serve() -> None:
        if not stop.wait(delay):
            server.run(sockets=[sock])

    thread = threading.Thread(target=serve, name="late-server", daemon=True)
    thread.start()
    try:
        yield url
    finally:
        stop.set()
        server.should_exit = True
        thread.join(10)
        app.state.aidant.close()
        sock.close()


@pytest.fixture
def start_window(qtbot, qapp, settings_store):
    """make(url): the shell on its start page, its controller connecting to `url` ("" starts
    the training child), as app.py builds them; meta not loaded yet."""
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.window import MainWindow

    made = []

    def make(url: str):
        ctx = AppContext()
        ctx.settings = settings_store
        controller = BackendController(ctx, url=url)
        window = MainWindow(ctx, settings_store, controller=controller)
        qtbot.addWidget(window)
        window.show()
        made.append((window, controller, ctx))
        controller.start()
        return window, controller, ctx

    yield make
    for window, controller, ctx in made:
        window.idle.stop()
        window.close()
        controller.stop()
        ctx.runner.wait_for_done(5000)


def _busy_texts(window) -> list[str]:
    """Every busy message the start page gives the shell, in order."""
    said: list[str] = []
    window.current_page.busy_changed.connect(
        lambda busy, text: said.append(text) if busy else None)
    return said


def _continue_at_home(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    page = window.current_page
    if window.ctx.own_server:  # no backend configured: practice (the training child) first
        assert not page.practice_button.isChecked()
        qtbot.mouseClick(page.practice_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.home_radio, Qt.MouseButton.LeftButton)
    assert window.next_button.isEnabled()  # usable before the service answers
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)


def test_continue_before_a_slow_service_waits_and_says_so_after_a_second(qtbot, start_window):
    from aidant_app.journey import Step

    with late_server(3.0) as url:
        window, _controller, ctx = start_window(url)
        said = _busy_texts(window)
        pressed = time.monotonic()
        _continue_at_home(qtbot, window)
        qtbot.wait(500)
        # Half a second later: still on the start page, and nothing said yet.
        assert ctx.meta is None and ctx.flow.current == Step.START
        assert said == [] and not window.busy_area.isVisible()
        qtbot.waitUntil(lambda: window.busy_area.isVisible(), timeout=5000)
        assert time.monotonic() - pressed >= 1.0
        assert "Le service démarre" in window.busy_area.label.text()
        assert not window.next_button.isEnabled()  # a second press cannot go anywhere
        assert ctx.meta is None  # said while the service really was not there
        # The service answers: the journey moves on by itself, the message goes.
        qtbot.waitUntil(lambda: ctx.flow.current == Step.TRIAGE, timeout=20_000)
        assert window.current_page.step == Step.TRIAGE
        assert not window.busy_area.isVisible()
        assert len(said) == 1


def test_continue_with_the_real_training_child_starting(qtbot, start_window):
    """No backend configured: the person presses Continuer while the child loads."""
    from aidant_app.journey import Step

    window, controller, ctx = start_window("")
    _continue_at_home(qtbot, window)
    assert ctx.meta is None and ctx.flow.current == Step.START  # it had not started yet
    qtbot.waitUntil(lambda: ctx.flow.current == Step.TRIAGE, timeout=30_000)
    assert ctx.meta is not None and controller.child_pid()
    assert window.current_page.step == Step.TRIAGE and not window.busy_area.isVisible()


def test_a_failed_service_ends_the_wait(qtbot, start_window):
    from aidant_app.journey import Step

    from ..support.faulty_servers import closed_port_url

    window, _controller, ctx = start_window(closed_port_url())
    _continue_at_home(qtbot, window)
    qtbot.waitUntil(lambda: window.connection.retry.isVisible(), timeout=20_000)
    qtbot.wait(1200)  # past the second after which a wait would be said
    assert ctx.flow.current == Step.START
    assert not window.busy_area.isVisible()  # no endless "le service démarre"
    assert window.next_button.isEnabled()


def test_changing_to_helper_mode_while_waiting_does_not_skip_the_sign_in(qtbot, start_window):
    from PySide6.QtCore import Qt

    from aidant_app.journey import HELPER, Step

    with late_server(1.5) as url:
        window, _controller, ctx = start_window(url)
        _continue_at_home(qtbot, window)
        qtbot.mouseClick(window.current_page.helper_radio, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctx.meta is not None, timeout=20_000)
        qtbot.wait(100)
        assert ctx.journey.mode == HELPER and ctx.flow.current == Step.START
        assert not window.busy_area.isVisible()
