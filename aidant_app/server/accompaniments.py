"""Accompaniments in the Coop's fields: stored per structure and helper, listed, and counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from aidant_app.rules import coop
from aidant_app.server.db import IntegrityError
from aidant_app.server.errors import ApiError, canonical_json
from aidant_app.server.security import new_id
from aidant_app.server.state import COUNTERS, ServerState, iso

MAX_PERIOD_DAYS = 366  # one listing or one set of figures covers a year at most
DEFAULT_PERIOD_DAYS = 31  # without from and to: the last month, today included

_COLUMNS = (
    "id, request_key, body_hash, structure, helper, day, recorded_at, duration_minutes, place,"
    " equipment, themes, autonomy, referred, referred_to, age_band, gender, status,"
    " postal_code, helped_before"
)


def period(state: ServerState, start: dt.date | None, end: dt.date | None):
    """The asked period, or a 422 naming the field; without bounds, the last month."""
    end = end or state.today()
    start = start or end - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    if start > end:
        raise ApiError(422, "invalid_request", errors=[{"field": "from", "code": "field_invalid"}])
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise ApiError(422, "invalid_request", errors=[{"field": "to", "code": "field_invalid"}])
    return start, end


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def record(state: ServerState, helper: Any, key: str, body: dict) -> dict:
    """Store one accompaniment once per Idempotency-Key; the answer of the first call."""
    try:
        day = dt.date.fromisoformat(body["date"])
    except ValueError:
        day = None
    refused = coop.check_record({**body, "date": day}, state.today())
    if refused:
        # As for schema errors: a value outside the Coop's lists is `field_invalid` in its field and
        # `invalid_request` on top; a named rule's code goes on top when it fails first.
        errors = [{"field": f, "code": c} for f, c in refused]
        top = "invalid_request" if errors[0]["code"] == "field_invalid" else errors[0]["code"]
        raise ApiError(422, top, errors=errors)
    # The same key from the same helper with the same values is a retry; anything else
    # under that key is another request. Keyed with the server's secret (API 1.2): a plain
    # hash of a few Coop values could be found again by trying them all.
    body_hash = state.hasher(
        "accompaniment-body|" + canonical_json({"helper": helper["login"], **body})
    )
    row = (
        new_id(), key, body_hash, helper["structure"], helper["login"], day.isoformat(),
        state.now(), body["duration_minutes"], body["place"],
        " ".join(coop.in_coop_order(body.get("equipment") or [], coop.EQUIPMENT)),
        " ".join(coop.in_coop_order(body["themes"], coop.THEMES)),
        body.get("autonomy"), _flag(body.get("referred")), body.get("referred_to"),
        body.get("age_band", coop.NOT_SAID), body.get("gender", coop.NOT_SAID),
        body.get("status", coop.NOT_SAID), body.get("postal_code"),
        _flag(body.get("helped_before")),
    )  # fmt: skip
    try:
        with state.store.tx() as tx:
            tx.execute(
                f"INSERT INTO accompaniments ({_COLUMNS}) VALUES ({', '.join('?' * 19)})", row
            )
    except IntegrityError:
        pass  # the key was taken, maybe by a twin of this very request: look at it
    stored = state.store.one("SELECT * FROM accompaniments WHERE request_key = ?", key)
    if stored is None or stored["body_hash"] != body_hash:
        raise ApiError(422, "idempotency_key_reused")
    return answer(stored, helper["login"])


def answer(row: Any, login: str) -> dict:
    """One stored row as the API shows it."""
    flag = lambda value: None if value is None else bool(value)
    return {
        "id": row["id"],
        "date": row["day"],
        "recorded_at": iso(row["recorded_at"]),
        "recorded_by_me": row["helper"] == login,
        "duration_minutes": row["duration_minutes"],
        "place": row["place"],
        "equipment": row["equipment"].split(),
        "themes": row["themes"].split(),
        "autonomy": row["autonomy"],
        "referred": flag(row["referred"]),
        "referred_to": row["referred_to"],
        "age_band": row["age_band"],
        "gender": row["gender"],
        "status": row["status"],
        "postal_code": row["postal_code"],
        "helped_before": flag(row["helped_before"]),
    }


def listing(state: ServerState, helper: Any, start: dt.date, end: dt.date) -> list[dict]:
    rows = state.store.all(
        "SELECT * FROM accompaniments WHERE structure = ? AND day >= ? AND day <= ?"
        " ORDER BY day, recorded_at, id",
        helper["structure"], start.isoformat(), end.isoformat(),
    )  # fmt: skip
    return [answer(row, helper["login"]) for row in rows]


def _figures() -> dict:
    return {"accompaniments": 0, "minutes": 0, "themes": {}}


def _add(figures: dict, duration: int, themes: Iterable[str]) -> None:
    figures["accompaniments"] += 1
    figures["minutes"] += duration
    for theme in themes:
        figures["themes"][theme] = figures["themes"].get(theme, 0) + 1


def _week_of(day: dt.date) -> tuple[str, dt.date]:
    year, week, weekday = day.isocalendar()
    return f"{year}-W{week:02d}", day - dt.timedelta(days=weekday - 1)


def activity(state: ServerState, structure: str, start: dt.date, end: dt.date) -> dict:
    """The structure's figures per day and per ISO week of the period, and their totals."""
    first, last = start.isoformat(), end.isoformat()
    days: dict[str, dict] = {}

    def day_entry(day: str) -> dict:
        return days.setdefault(day, {"date": day, **dict.fromkeys(COUNTERS, 0), **_figures()})

    for r in state.store.all(
        "SELECT day, counter, count FROM activity WHERE structure = ? AND day >= ? AND day <= ?",
        structure, first, last,
    ):  # fmt: skip
        if r["counter"] in COUNTERS:
            day_entry(r["day"])[r["counter"]] = r["count"]
    weeks: dict[str, dict] = {}
    cursor = start
    while cursor <= end:
        name, monday = _week_of(cursor)
        weeks.setdefault(name, {"week": name, "start": monday.isoformat(), **_figures()})
        cursor += dt.timedelta(days=1)
    totals = _figures()
    for r in state.store.all(
        "SELECT day, duration_minutes, themes FROM accompaniments"
        " WHERE structure = ? AND day >= ? AND day <= ?",
        structure, first, last,
    ):  # fmt: skip
        themes = r["themes"].split()
        _add(day_entry(r["day"]), r["duration_minutes"], themes)
        _add(weeks[_week_of(dt.date.fromisoformat(r["day"]))[0]], r["duration_minutes"], themes)
        _add(totals, r["duration_minutes"], themes)
    return {
        "structure": structure,
        "from": first,
        "to": last,
        "days": [days[d] for d in sorted(days)],
        "weeks": list(weeks.values()),
        "totals": totals,
    }
