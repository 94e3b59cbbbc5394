"""The journey's waits: the backend's times read back from the journey, and the seconds left."""

from __future__ import annotations

import datetime as dt

from aidant_app.journey.times import parse_time, seconds_until

NOON = dt.datetime(2026, 3, 14, 12, 0, 0, tzinfo=dt.UTC)


def test_times_are_read_with_their_zone_and_a_missing_zone_is_utc() -> None:
    paris = parse_time("2026-03-14T13:00:00+01:00")
    assert paris == NOON
    assert parse_time("2026-03-14T12:00:00") == NOON  # the API speaks UTC
    assert parse_time(NOON.replace(tzinfo=None)) == NOON
    assert parse_time(NOON) is NOON


def test_no_time_or_an_unreadable_one_is_none() -> None:
    for value in (None, "", "tomorrow", "14/03/2026 12:00"):
        assert parse_time(value) is None


def test_seconds_left_are_rounded_up_and_never_negative() -> None:
    # 0 means "you may go on": it must never show while part of a second is left.
    assert seconds_until("2026-03-14T12:00:00.200000+00:00", now=NOON) == 1
    assert seconds_until("2026-03-14T12:01:30+00:00", now=NOON) == 90
    assert seconds_until("2026-03-14T11:59:00+00:00", now=NOON) == 0
    assert seconds_until(None, now=NOON) == 0
    assert seconds_until("not a time", now=NOON) == 0
