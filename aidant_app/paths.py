"""Where the app finds what it reads but does not compute (resources/), frozen or not."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder: next to the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def local_data_dir(platform: str | None = None, environ=os.environ) -> Path:
    """This computer's own folder for the app's few files (a redacted crash report, a
    self-test report): never a roaming or synced one."""
    platform = platform or sys.platform
    home = Path(environ.get("HOME") or environ.get("USERPROFILE") or Path.home())
    if platform == "win32":
        base = environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "Aidant"
    if platform == "darwin":
        return home / "Library" / "Logs" / "Aidant"
    return Path(environ.get("XDG_STATE_HOME") or home / ".local" / "state") / "aidant"
