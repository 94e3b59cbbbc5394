"""The self-test on a machine where no window can open, and on Windows and macOS facts."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aidant_app import platform_check, selftest
from aidant_app.platform_check import debian_package, explain, missing_library, plugin_file

ROOT = Path(__file__).resolve().parents[2]


def _run_self_test(env: dict[str, str]) -> tuple[int, dict[str, str], str]:
    result = subprocess.run([sys.executable, "-m", "aidant_app", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    lines = {}
    for line in result.stdout.splitlines():
        status, _, rest = line.partition(" ")
        name, _, detail = rest.strip().partition(": ")
        lines[name] = f"{status} {detail}"
    return result.returncode, lines, result.stdout + result.stderr


def _env_without_screen() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "PYTHONPATH": str(ROOT)}


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="Linux: without DISPLAY or WAYLAND_DISPLAY no window can open")
def test_self_test_fails_where_no_window_can_open() -> None:
    code, lines, output = _run_self_test(_env_without_screen())
    assert code != 0, output
    assert lines["platform"].startswith("FAIL "), output
    assert "DISPLAY" in lines["platform"]  # what is wrong, in the line itself
    assert lines["pages"].startswith("OK "), output  # the other checks still ran
    assert "Aborted" not in output and "core dumped" not in output


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run (Debian: xvfb xauth)")
def test_self_test_opens_the_real_platform_plugin_on_a_screen() -> None:
    env = _env_without_screen()
    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-m", "aidant_app",
                             "--self-test"], env=env, capture_output=True, text=True,
                            timeout=180, check=False)
    platform_line = next(line for line in result.stdout.splitlines() if "platform:" in line)
    pages_line = next(line for line in result.stdout.splitlines() if "pages:" in line)
    assert platform_line.startswith("OK ") and ": xcb," in platform_line, result.stdout
    assert "(xcb," in pages_line, result.stdout  # the pages too, not offscreen


def _broken_plugin_copy(tmp_path: Path) -> Path:
    """A copy of Qt's xcb plugin whose first X library is one this system does not have
    (libxcb-icccm.so.4 renamed to .so.9 in its dynamic section, same length), beside a
    link to Qt's own libraries so that everything else resolves as for the real plugin."""
    real = plugin_file("xcb", {})
    if real is None:
        pytest.skip("this PySide6 has no xcb plugin")
    data = real.read_bytes()
    assert data.count(b"libxcb-icccm.so.4\0") == 1
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (tmp_path / "lib").symlink_to(real.parent.parent.parent / "lib")  # $ORIGIN/../../lib
    copy = platforms / real.name
    copy.write_bytes(data.replace(b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.9\0"))
    return platforms


def test_a_missing_system_library_is_named_in_one_line(tmp_path: Path) -> None:
    platforms = _broken_plugin_copy(tmp_path)
    env = {"QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms), "DISPLAY": ":0"}
    qt_said = ('Could not load the Qt platform plugin "xcb" in "" even though it was found.')
    line = explain(qt_said, None, env)
    assert line is not None and "\n" not in line
    assert "libxcb-icccm.so.9" in line and "apt-get install libxcb-icccm9" in line
    # Qt's abort message alone (its warning came first): the plugin it tried is used.
    line = explain("This application failed to start because no Qt platform plugin could "
                   "be initialized.", "xcb", env)
    assert "libxcb-icccm.so.9" in line


def test_the_real_plugin_lacks_nothing_here() -> None:
    real = plugin_file("xcb", {})
    if real is None:
        pytest.skip("this PySide6 has no xcb plugin")
    assert missing_library(real) is None  # control: the test above fails for its copy only


@pytest.mark.parametrize("soname, package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"), ("libfontconfig.so.1.12.0", "libfontconfig1"),
    ("libX11-xcb.so.1", "libx11-xcb1"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
])
def test_debian_package_names(soname: str, package: str) -> None:
    assert debian_package(soname) == package


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_a_bundle_without_its_platform_keyring_fails_on_windows_and_macos(
        monkeypatch, platform: str) -> None:
    # keyring's real Windows and macOS backends are importable here but not viable: exactly
    # what a bundle built without its backend (or its win32ctypes/macOS parts) finds.
    monkeypatch.setattr(sys, "platform", platform)
    with pytest.raises(selftest.CheckFailed, match="no_keyring"):
        selftest.check_keyring()


def test_windows_offscreen_gets_the_system_fonts(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("WINDIR", r"C:\Windows")
    monkeypatch.delenv("QT_QPA_FONTDIR", raising=False)
    selftest._choose_pages_platform(platform_ok=True)
    assert os.environ["QT_QPA_FONTDIR"] == r"C:\Windows\Fonts"
    # Elsewhere offscreen finds fonts itself (fontconfig, CoreText): nothing is added.
    assert platform_check.offscreen_environment("linux", {}) == {}
    assert platform_check.offscreen_environment("darwin", {}) == {}


def test_pages_use_the_real_platform_when_it_starts(monkeypatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    selftest._choose_pages_platform(platform_ok=True)
    assert "QT_QPA_PLATFORM" not in os.environ  # never forced offscreen on a good machine


def test_windowed_windows_self_test_writes_to_the_terminal_or_a_file(monkeypatch,
                                                                     tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "stdout", None)  # Windows' windowed aidant-app.exe
    terminal = io.StringIO()
    out, where = selftest.console_output("win32", attach=lambda: terminal)
    assert out is terminal and where is None
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setattr(sys, "platform", "win32")
    out, where = selftest.console_output("win32", attach=lambda: None)  # double-clicked
    out.write("OK    self-test\n")
    out.close()
    assert Path(where) == tmp_path / "Local" / "Aidant" / "self-test.txt"
    assert Path(where).read_text(encoding="utf-8") == "OK    self-test\n"
