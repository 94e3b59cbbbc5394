"""Client of the Aidant API; names load lazily so importing this package costs nothing.

`requests` is imported only when AidantClient (or the transport) is first used,
so the UI can import this package before its first window is painted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "AidantClient": "aidant_app.api.client",
    "AccountAttempt": "aidant_app.api.attempt",
    "RetryPolicy": "aidant_app.api.transport",
    "ApiError": "aidant_app.api.errors",
    "NetworkError": "aidant_app.api.errors",
    "TLSError": "aidant_app.api.errors",
    "is_loopback_host": "aidant_app.api.urls",
}

__all__ = [
    "AccountAttempt",
    "AidantClient",
    "ApiError",
    "NetworkError",
    "RetryPolicy",
    "TLSError",
    "is_loopback_host",
]

if TYPE_CHECKING:
    from aidant_app.api.attempt import AccountAttempt
    from aidant_app.api.client import AidantClient
    from aidant_app.api.errors import ApiError, NetworkError, TLSError
    from aidant_app.api.transport import RetryPolicy
    from aidant_app.api.urls import is_loopback_host


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
