"""A keyring backend that writes secrets in clear to a file: the hostile configuration the vault
must refuse (tests/test_vault.py). It lives here, in the tests, so that no plaintext keyring
package is ever installed with the app or its test tools.

keyring loads it by name, like any backend named in PYTHON_KEYRING_BACKEND or keyringrc.cfg:
`tests.plaintext_keyring.PlaintextKeyring` (the project root is on the children's PYTHONPATH).
"""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.util import platform_


class PlaintextKeyring(KeyringBackend):
    """Every secret as plain JSON in keyring's data folder, as a careless setup would keep it."""

    priority = 1  # viable everywhere, below any real keyring

    @property
    def _file(self) -> Path:
        return Path(platform_.data_root()) / "plaintext_keyring.json"

    def _read(self) -> dict:
        try:
            return json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _write(self, data: dict) -> None:
        self._file.parent.mkdir(parents=True, exist_ok=True)
        self._file.write_text(json.dumps(data), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}/{username}"] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        data.pop(f"{service}/{username}", None)
        self._write(data)
