"""Preferences in QSettings, restricted to an allowlist of keys that hold nothing about the person."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSettings

ORGANISATION = "Aidant"
APPLICATION = "aidant"

# Interface preferences, backend address and the helper's own login name: nothing here may
# ever hold a value about the person being helped (ARCHITECTURE.md, "The person's data").
ALLOWED_KEYS = frozenset({
    "language", "text_scale", "high_contrast", "backend_url", "ca_bundle", "usage_mode",
    "helper_login", "helper_token_kept",
})

DEFAULTS: dict[str, Any] = {
    "language": "fr",
    "text_scale": 100,
    "high_contrast": False,
    "backend_url": "",
    "ca_bundle": "",
    "usage_mode": "",
    "helper_login": "",
    # Whether a helper's sign-in was left in the keyring: only then is the keyring read at
    # start (touching it can make the system ask to create one, in English).
    "helper_token_kept": False,
}


class SettingKeyRefused(KeyError):
    """A key outside the allowlist: refused so personal data cannot slip into settings."""


def _check(key: str) -> None:
    if key not in ALLOWED_KEYS:
        raise SettingKeyRefused(key)


class SettingsStore:
    """Typed get/set over QSettings for the allowlisted keys only.

    `path` gives an INI file (tests, self-test); otherwise the platform's user settings,
    under an application name suffixed with AIDANT_SETTINGS_SCOPE when that is set, so
    test runs never touch a real user's preferences.
    """

    def __init__(self, path: str | None = None) -> None:
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            scope = os.environ.get("AIDANT_SETTINGS_SCOPE", "")
            app = f"{APPLICATION}-{scope}" if scope else APPLICATION
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, app
            )
        self._this_run: dict[str, Any] = {}  # command-line values: used, never saved

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def override(self, key: str, value: Any) -> None:
        """Use `value` for this run only (a command-line option): the saved preference, which
        the next person on a shared computer gets, is left as it was. A later set() (the
        person pressing A+, say) saves as usual and ends the override."""
        _check(key)
        self._this_run[key] = value

    def get(self, key: str) -> Any:
        _check(key)
        if key in self._this_run:
            return self._this_run[key]
        default = DEFAULTS[key]
        # value(key) then the default, not value(key, default): PySide converts an int
        # default through QByteArray, whose type it builds first (about 1 M instructions
        # before the first window, scripts/bench_startup.py).
        value = self._qs.value(key)
        value = default if value is None else value
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return "" if value is None else str(value)

    def set(self, key: str, value: Any) -> None:
        _check(key)
        self._this_run.pop(key, None)
        self._qs.setValue(key, value)
        self._qs.sync()

    def remove(self, key: str) -> None:
        _check(key)
        self._qs.remove(key)
        self._qs.sync()

    def keys(self) -> list[str]:
        return list(self._qs.allKeys())
