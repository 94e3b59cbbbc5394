"""A system library really missing: the app and its self-test name it in one line.

The library is hidden for real, without touching the machine: in a private mount namespace
an overlay with a whiteout covers the system's library folder, so the dynamic loader finds
no such file, exactly as on a fresh Debian where the package is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIBRARIES = Path("/usr/lib/x86_64-linux-gnu")


def _can_hide() -> bool:
    if not (sys.platform.startswith("linux") and shutil.which("unshare")
            and LIBRARIES.is_dir() and os.geteuid() == 0):
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True, check=False)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _can_hide(),
                                reason="needs root, unshare and overlayfs (x86-64 Debian)")


def _run_without(library: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    if not (LIBRARIES / library).exists():
        pytest.skip(f"{library} is not installed here")
    upper, work = tmp_path / "upper", tmp_path / "work"
    upper.mkdir()
    work.mkdir()
    os.mknod(upper / library, 0o600 | 0o020000, os.makedev(0, 0))  # overlayfs whiteout
    script = (f"mount -t overlay overlay -o lowerdir={LIBRARIES},upperdir={upper},"
              f"workdir={work} {LIBRARIES} && exec \"$@\"")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), QT_QPA_PLATFORM="xcb",
               DISPLAY=os.environ.get("DISPLAY", ":0"))
    return subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                           script, "sh", sys.executable, "-m", "aidant_app", *args],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("library, package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
])
def test_the_app_names_the_missing_library(tmp_path: Path, library: str, package: str) -> None:
    result = _run_without(library, tmp_path)
    assert result.returncode != 0
    told = [line for line in result.stderr.splitlines() if line.startswith("Aidant cannot")]
    assert len(told) == 1, result.stderr
    assert library in told[0] and f"apt-get install {package}" in told[0]


def test_the_self_test_fails_and_names_it(tmp_path: Path) -> None:
    result = _run_without("libxcb-icccm.so.4", tmp_path, "--self-test")
    assert result.returncode == 1, result.stdout + result.stderr
    platform = next(line for line in result.stdout.splitlines() if " platform:" in line)
    assert platform.startswith("FAIL") and "libxcb-icccm.so.4" in platform
    assert "of 6 checks passed" in result.stdout.splitlines()[-1]
