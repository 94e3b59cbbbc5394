"""Secrets: password hashing, random tokens, keyed hashes and constant-time checks."""

from __future__ import annotations

import base64
import collections
import hashlib
import hmac
import os
import secrets
import threading

# Unambiguous alphabet for codes people type from paper: no 0/O, 1/I/L, U/V.
JOURNEY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


class _HashingSlots:
    """At most `count` password hashes at a time in this process, handed out first come,
    first served.

    A hash is pure CPU (and 16 MiB). Forty requests hashing at once in the thread pool only
    slowed every other request down while finishing no sooner; the others now wait in line
    without touching the CPU. A slot passes straight to the oldest waiter, so a late
    request never overtakes one that has waited longer (threading.Semaphore lets it).
    """

    def __init__(self, count: int) -> None:
        self._lock = threading.Lock()
        self._free = self._count = count
        self._waiting: collections.deque[threading.Event] = collections.deque()

    def resize(self, count: int) -> None:
        with self._lock:
            self._free += count - self._count
            self._count = count
            while self._free > 0 and self._waiting:
                self._free -= 1
                self._waiting.popleft().set()

    def __enter__(self) -> None:
        with self._lock:
            if self._free > 0 and not self._waiting:
                self._free -= 1
                return
            turn = threading.Event()
            self._waiting.append(turn)
        turn.wait()

    def __exit__(self, *exc_info) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()
            else:
                self._free += 1


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


_HASHING = _HashingSlots(cores())


def share_hashing_with(workers: int) -> None:
    """Several worker processes on one machine share its cores for hashing."""
    _HASHING.resize(max(1, cores() // workers))


def _scrypt(password: str, salt: bytes) -> bytes:
    with _HASHING:
        return hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    return f"scrypt${salt.hex()}${_scrypt(password, salt).hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        # Spend the same time as a real check so a missing login is not observable.
        hash_password(password)
        return False
    _, salt_hex, digest_hex = stored.split("$")
    digest = _scrypt(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(digest.hex(), digest_hex)


def new_token() -> str:
    """128 bits or more of randomness, URL-safe."""
    return secrets.token_urlsafe(24)


def new_id() -> str:
    return secrets.token_urlsafe(12)


def new_numeric_code(length: int) -> str:
    return "".join(str(secrets.randbelow(10)) for _ in range(length))


def normalise_journey_code(text: str) -> str:
    """Upper-case and drop the separators people type or leave out."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


class Hasher:
    """Keyed hashes (HMAC-SHA256 with the server's secret) for values we look up."""

    def __init__(self, secret_hex: str) -> None:
        self._key = bytes.fromhex(secret_hex)

    def __call__(self, value: str) -> str:
        return hmac.new(self._key, value.encode(), hashlib.sha256).hexdigest()

    def journey_code(self, idempotency_key: str) -> str:
        """The journey code of the account made under this key: random to anyone without the
        server's key, and computable again, so a replayed answer holds it while the
        database never does."""
        digest = hmac.new(self._key, f"journey|{idempotency_key}".encode(), hashlib.sha256)
        number = int.from_bytes(digest.digest(), "big")
        chars = []
        for _ in range(8):
            number, index = divmod(number, len(JOURNEY_ALPHABET))
            chars.append(JOURNEY_ALPHABET[index])
        raw = "".join(chars)
        return f"{raw[:4]}-{raw[4:]}"

    def account_secret(self, idempotency_key: str) -> str:
        """The account secret of the account made under this key (API 1.2): like the journey
        code, computable again for a replayed answer and never stored in clear."""
        digest = hmac.new(self._key, f"account-secret|{idempotency_key}".encode(), hashlib.sha256)
        return base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")

    def matches(self, value: str, stored: str) -> bool:
        return hmac.compare_digest(self(value), stored)
