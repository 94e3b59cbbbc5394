"""One Idempotency-Key per account creation attempt, reused only to retry that attempt."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Mapping
from typing import Any


class AccountAttempt:
    """Chooses the Idempotency-Key of `POST /v1/accounts` for the journey.

    `key_for(fields)` gives the same key as long as the fields are unchanged and
    no definitive answer came back, so retrying after a lost answer replays it
    on the server instead of creating a second account. A changed field, or a
    call to `conclude()` (the client does it when an answer arrived), starts a
    new attempt with a new key. Only a keyed digest of the fields is kept,
    never the fields themselves.
    """

    def __init__(self) -> None:
        self._salt = secrets.token_bytes(32)
        self._digest: bytes | None = None
        self._key: str | None = None

    def _fingerprint(self, fields: Mapping[str, Any]) -> bytes:
        text = json.dumps(dict(fields), sort_keys=True, ensure_ascii=False, default=str)
        return hmac.new(self._salt, text.encode(), hashlib.sha256).digest()

    def key_for(self, fields: Mapping[str, Any]) -> str:
        digest = self._fingerprint(fields)
        if self._key is None or self._digest is None or not hmac.compare_digest(
            digest, self._digest
        ):
            self._key = str(uuid.uuid4())
            self._digest = digest
        return self._key

    def conclude(self) -> None:
        """The server answered for this attempt: the next call is a new attempt."""
        self._key = None
        self._digest = None

    def __repr__(self) -> str:
        return "AccountAttempt(pending)" if self._key else "AccountAttempt(none)"
