"""Can Qt open a window here? The platform plugin, the system library it lacks, in one line."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

CHECK_ARGUMENT = "--check-platform"
# What Qt prints when no platform plugin could start (then it aborts the process).
_PLUGIN_FAILED = re.compile(r"could not (load|find) the Qt platform plugin \"?([\w-]*)", re.IGNORECASE)
_NONE_STARTED = re.compile(r"no Qt platform plugin could be initiali[sz]ed", re.IGNORECASE)
_MISSING = re.compile(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")
_DEFAULT_PLATFORM = {"win32": "windows", "darwin": "cocoa"}


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that usually ships `soname` (Debian policy 8.1: the library
    name and its major version, with a hyphen when the name ends with a digit):
    libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    match = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not match:
        return soname
    name, major = match.groups()
    name = name.lower().replace("_", "-")
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def requested_platform(environ=os.environ, platform: str | None = None) -> str:
    """The platform plugin Qt will try: QT_QPA_PLATFORM's first name, else the system's."""
    platform = platform or sys.platform
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked
    if platform in _DEFAULT_PLATFORM:
        return _DEFAULT_PLATFORM[platform]
    # Qt 6 on Linux: Wayland when a Wayland session is there (and xcb as its fallback).
    return "wayland" if environ.get("WAYLAND_DISPLAY") else "xcb"


def plugin_folders(environ=os.environ) -> list[Path]:
    """Where Qt looks for platform plugins, in its order."""
    folders = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep)
               if p]
    folders += [Path(p) / "platforms"
                for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    try:
        from PySide6.QtCore import QLibraryInfo

        folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
                       / "platforms")
    except ImportError:
        pass
    return folders


def plugin_file(name: str, environ=os.environ) -> Path | None:
    """The plugin file for platform `name` (libqxcb.so, qwindows.dll, libqcocoa.dylib)."""
    for folder in plugin_folders(environ):
        for candidate in (f"libq{name}.so", f"q{name}.dll", f"libq{name}.dylib"):
            if (folder / candidate).is_file():
                return folder / candidate
    return None


def missing_library(plugin: Path) -> str | None:
    """Load the plugin as Qt would: the first library the system cannot find, else None."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = _MISSING.search(str(error))
        return found.group(1) if found else str(error).split(":")[0]
    return None


def failed_plugin(message: str) -> str | None:
    """The plugin named by Qt's warning "Could not load the Qt platform plugin "xcb"...",
    which comes just before its abort."""
    failed = _PLUGIN_FAILED.search(message)
    return (failed.group(2) or None) if failed else None


def explain(message: str, plugin_name: str | None = None, environ=os.environ) -> str | None:
    """One clear line for Qt's abort when no platform plugin could start, else None."""
    if not (_NONE_STARTED.search(message) or failed_plugin(message)):
        return None
    name = failed_plugin(message) or plugin_name or requested_platform(environ)
    plugin = plugin_file(name, environ)
    library = missing_library(plugin) if plugin is not None else None
    if library:
        package = debian_package(library)
        return (f"Aidant cannot open its window: the system library {library} is missing "
                f"(Debian/Ubuntu: apt-get install {package}, or run "
                f"scripts/install-debian.sh).")
    if plugin is None:
        return (f"Aidant cannot open its window: Qt's platform plugin {name!r} is not in "
                f"this installation (reinstall Aidant).")
    if name in ("xcb", "wayland") and not (environ.get("DISPLAY")
                                           or environ.get("WAYLAND_DISPLAY")):
        return ("Aidant cannot open its window: no graphical session here (neither DISPLAY "
                "nor WAYLAND_DISPLAY is set).")
    return (f"Aidant cannot open its window: Qt's platform plugin {name!r} loads but could "
            f"not start (QT_DEBUG_PLUGINS=1 shows why).")


def offscreen_environment(platform: str | None = None, environ=os.environ) -> dict[str, str]:
    """What Qt's offscreen platform needs besides QT_QPA_PLATFORM: on Windows it reads fonts
    only from QT_QPA_FONTDIR (or a Qt fonts folder that the wheels do not have), so without
    this every letter is a box and the self-test and tests fail."""
    if (platform or sys.platform) == "win32" and not environ.get("QT_QPA_FONTDIR"):
        windows = environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows"
        return {"QT_QPA_FONTDIR": windows.rstrip("\\/") + "\\Fonts"}
    return {}
