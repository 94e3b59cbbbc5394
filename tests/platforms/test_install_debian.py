"""scripts/install-debian.sh names every system library that Qt's plugins and libraries load."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "install-debian.sh"

pytestmark = pytest.mark.skipif(not (shutil.which("dpkg") and shutil.which("ldd")),
                                reason="a Debian or Ubuntu system")


def _app_packages() -> set[str]:
    result = subprocess.run(["bash", str(SCRIPT), "--list"], capture_output=True, text=True,
                            check=True, timeout=30)
    return set(result.stdout.split())


def _qt_binaries() -> list[Path]:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    libs = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    found = [plugins / "platforms" / "libqxcb.so", plugins / "platforms" / "libqwayland.so"]
    found += [libs / f"libQt6{name}.so.6" for name in
              ("Core", "Gui", "Widgets", "DBus", "XcbQpa", "WaylandClient", "Svg",
               "PrintSupport")]
    return [path for path in found if path.exists()]


def _direct_system_libraries(binary: Path) -> dict[str, str]:
    """NEEDED name -> resolved path, for the libraries outside PySide6."""
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", subprocess.run(
        ["readelf", "-d", str(binary)], capture_output=True, text=True, check=True).stdout))
    resolved = dict(re.findall(r"^\s*(\S+) => (\S+)", subprocess.run(
        ["ldd", str(binary)], capture_output=True, text=True, check=True).stdout, re.MULTILINE))
    return {name: resolved.get(name, "not found") for name in needed
            if "PySide6" not in resolved.get(name, "") and "Qt6" not in name
            and not name.startswith("ld-linux")}  # the dynamic loader itself (libc6)


def _package_of(path: str) -> tuple[str, str]:
    owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, check=False)
    if owner.returncode != 0:  # /lib is a link to /usr/lib on merged-/usr systems
        owner = subprocess.run(["dpkg", "-S", path.replace("/lib/", "/usr/lib/", 1)],
                               capture_output=True, text=True, check=False)
    package = owner.stdout.split(":")[0].strip()
    priority = subprocess.run(["dpkg-query", "-W", "-f=${Priority}", package],
                              capture_output=True, text=True, check=False).stdout.strip()
    return package, priority


def _on_every_system() -> set[str]:
    """What dpkg and apt themselves depend on: present wherever apt-get can run."""
    depends = subprocess.run(["dpkg-query", "-W", "-f=${Pre-Depends}, ${Depends}, ",
                              "dpkg", "apt"], capture_output=True, text=True, check=False).stdout
    return {re.split(r"[\s(:]", part.strip())[0] for part in re.split(r"[,|]", depends)
            if part.strip()}


def test_every_library_qt_loads_comes_from_a_listed_package() -> None:
    listed = _app_packages() | _on_every_system()
    binaries = _qt_binaries()
    assert binaries, "PySide6's Qt libraries not found"
    unlisted = {}
    for binary in binaries:
        for name, path in _direct_system_libraries(binary).items():
            assert path != "not found", f"{binary.name} needs {name}, missing on this system"
            package, priority = _package_of(path)
            if package not in listed and priority != "required":
                unlisted[name] = package
    assert unlisted == {}, f"add to APP_PACKAGES in {SCRIPT.name}: {unlisted}"


def test_the_readme_and_ci_use_the_script() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/install-debian.sh" in readme
    assert "scripts/install-debian.sh --test" in ci
    assert "apt-get install" not in ci  # the packages are listed once, in the script
    assert "python3-venv" in _app_packages()
