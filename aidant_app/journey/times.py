"""The journey's waits: its times (kept as ISO text) read back, and the seconds left until one."""

from __future__ import annotations

import datetime as dt


def parse_time(value: object) -> dt.datetime | None:
    """A timezone-aware datetime from a datetime or an ISO string; None when absent or unreadable.

    A time without a zone is taken as UTC (the API's times are UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        when = value
    else:
        try:
            when = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def seconds_until(value: object, now: dt.datetime | None = None) -> int:
    """Whole seconds from now until `value` (rounded up: "0" only once it has passed); 0 when
    there is no time to wait for."""
    when = parse_time(value)
    if when is None:
        return 0
    now = now or dt.datetime.now(dt.UTC)
    return max(0, int((when - now).total_seconds() + 0.999))
