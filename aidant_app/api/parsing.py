"""Strict readers for JSON answers: a field that breaks the contract is bad_response."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from aidant_app.api.errors import BAD_RESPONSE, ApiError

ACCOUNT_STATUSES = frozenset({"pending", "active", "expired"})


def bad(what: str) -> ApiError:
    """A bad_response error naming the field (never its value)."""
    return ApiError(BAD_RESPONSE, reason=f"field {what}")


class Reader:
    """Reads typed fields from one JSON object; unknown extra fields are ignored."""

    def __init__(self, data: Any, where: str = "answer") -> None:
        if not isinstance(data, Mapping):
            raise bad(where)
        self.data = data
        self.where = where

    def _get(self, name: str, optional: bool) -> Any:
        if name not in self.data:
            if optional:
                return None
            raise bad(f"{self.where}.{name}")
        return self.data[name]

    def text(self, name: str) -> str:
        value = self._get(name, False)
        if not isinstance(value, str):
            raise bad(f"{self.where}.{name}")
        return value

    def opt_text(self, name: str) -> str | None:
        value = self._get(name, True)
        if value is not None and not isinstance(value, str):
            raise bad(f"{self.where}.{name}")
        return value

    def integer(self, name: str) -> int:
        value = self._get(name, False)
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(f"{self.where}.{name}")
        return value

    def boolean(self, name: str) -> bool:
        value = self._get(name, False)
        if not isinstance(value, bool):
            raise bad(f"{self.where}.{name}")
        return value

    def date(self, name: str) -> dt.date:
        try:
            return dt.date.fromisoformat(self.text(name))
        except ValueError:
            raise bad(f"{self.where}.{name}") from None

    def time(self, name: str) -> dt.datetime:
        value = self.opt_time(name)
        if value is None:
            raise bad(f"{self.where}.{name}")
        return value

    def opt_time(self, name: str) -> dt.datetime | None:
        text = self.opt_text(name)
        if text is None:
            return None
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            raise bad(f"{self.where}.{name}") from None
        # The contract says times carry a zone; a naive one is read as UTC.
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)

    def status(self, name: str = "status") -> str:
        value = self.text(name)
        if value not in ACCOUNT_STATUSES:
            raise bad(f"{self.where}.{name}")
        return value

    def obj(self, name: str) -> Reader:
        return Reader(self._get(name, False), f"{self.where}.{name}")

    def opt_obj(self, name: str) -> Reader | None:
        value = self._get(name, True)
        return None if value is None else Reader(value, f"{self.where}.{name}")

    def items(self, name: str) -> list[Any]:
        value = self._get(name, False)
        if not isinstance(value, list):
            raise bad(f"{self.where}.{name}")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        values = self.items(name)
        if not all(isinstance(v, str) for v in values):
            raise bad(f"{self.where}.{name}")
        return tuple(values)


def reader_list(data: Any, where: str) -> list[Reader]:
    """Readers for a JSON array of objects."""
    if not isinstance(data, list):
        raise bad(where)
    return [Reader(item, f"{where}[{i}]") for i, item in enumerate(data)]
