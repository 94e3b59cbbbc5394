"""The frozen app: `pyinstaller build.spec` gives a bundle within budget whose self-test passes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_BUNDLE_BYTES = 150_000_000
CHECK_NAMES = ("versions", "platform", "keyring", "resources", "pages", "training server")

pytestmark = pytest.mark.timeout(600)


def _offscreen_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop("PYTHONPATH", None)  # the bundle must work on its own, not through the checkout
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build once per run, into a temporary folder (never the checkout's build/ or dist/)."""
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=540, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    folder = out / "dist" / "aidant-app"
    assert (folder / "aidant-app").is_file()
    return folder


def _self_test(command: list[str], env: dict[str, str]) -> tuple[int, dict[str, str], str]:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                            check=False,
                            cwd=ROOT.parent)
    lines = {}
    for line in result.stdout.splitlines():
        status, _, rest = line.partition(" ")
        name, _, detail = rest.strip().partition(": ")
        lines[name] = f"{status} {detail}"
    return result.returncode, lines, result.stdout + result.stderr


def _assert_all_ok(code: int, lines: dict[str, str], output: str) -> None:
    for name in CHECK_NAMES:
        assert name in lines, f"no line for {name!r}:\n{output}"
        assert lines[name].startswith("OK "), f"{name}: {lines[name]}\n{output}"
    assert code == 0, output


def _uses_real_keyring() -> bool:
    # scripts/with_keyring.sh (the suite's runner) provides an unlocked Secret Service.
    return bool(os.environ.get("AIDANT_KEYRING_DATA_DIR") and
                os.environ.get("DBUS_SESSION_BUS_ADDRESS"))


def test_bundle_self_test_passes_offscreen(bundle: Path) -> None:
    code, lines, output = _self_test([str(bundle / "aidant-app"), "--self-test"],
                                     _offscreen_env())
    _assert_all_ok(code, lines, output)
    assert "(bundle)" in lines["versions"]
    if _uses_real_keyring():
        # keyring's entry points are lost when frozen: the backend must still be found.
        assert "SecretService" in lines["keyring"], lines["keyring"]


def test_bundle_within_size_budget_and_without_unwanted_parts(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    total = sum(path.stat().st_size for path in files)
    assert total <= MAX_BUNDLE_BYTES, f"bundle is {total / 1e6:.1f} MB"
    names = {path.name for path in files}
    relative = [str(path.relative_to(bundle)) for path in files]
    assert not any("keyrings" in part and "alt" in part for part in relative), \
        "a plaintext keyring backend was bundled"
    assert not any(name.startswith(("libgtk-3", "libQt6Quick", "libQt6Qml", "libQt6Pdf"))
                   for name in names)
    assert (bundle / "_internal" / "resources" / "providers.json").is_file()


def test_bundle_opens_its_window(bundle: Path) -> None:
    """The GUI path works frozen: the window paints with nothing heavy imported before it."""
    result = subprocess.run([str(bundle / "aidant-app")], capture_output=True, text=True,
                            timeout=60, check=False, env=_offscreen_env(AIDANT_STARTUP_PROBE="quit"))
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(line for line in result.stdout.splitlines()
                if line.startswith("aidant-first-paint "))
    report = json.loads(line.split(" ", 1)[1])
    assert report["heavy_modules"] == []


def test_bundle_self_test_reports_a_broken_install(bundle: Path, tmp_path: Path) -> None:
    """A support person is told what is wrong: a missing translation fails with a non-zero exit."""
    broken = tmp_path / "aidant-app"
    # Hard links: a cheap copy whose files can be removed without touching the bundle.
    shutil.copytree(bundle, broken, copy_function=os.link, symlinks=True)
    (broken / "_internal" / "resources" / "translations" / "aidant_en.qm").unlink()
    code, lines, output = _self_test([str(broken / "aidant-app"), "--self-test"],
                                     _offscreen_env())
    assert code != 0, output
    assert lines["resources"].startswith("FAIL ") and "aidant_en.qm" in lines["resources"]
    assert lines["pages"].startswith("OK "), output  # the other checks still ran


def test_unfrozen_self_test_passes() -> None:
    code, lines, output = _self_test([sys.executable, "-m", "aidant_app", "--self-test"],
                                     {**_offscreen_env(), "PYTHONPATH": str(ROOT)})
    _assert_all_ok(code, lines, output)
    assert "(bundle)" not in lines["versions"]
