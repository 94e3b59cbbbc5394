"""Typed answers of the activity report: accompaniments in the Coop's fields, and the figures.

Values are checked against the Coop's lists (rules/coop.py): a value outside them breaks the
contract (bad_response), so the export never writes a label it does not know.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from aidant_app.api.parsing import Reader, bad, reader_list
from aidant_app.rules import coop


@dataclass(frozen=True)
class AccompanimentRecord:
    """What the helper records: the CRA's anonymous fields, with the Coop's stored values."""

    date: dt.date
    duration_minutes: int
    place: str
    themes: tuple[str, ...]
    equipment: tuple[str, ...] = ()
    autonomy: str | None = None
    referred: bool | None = None
    referred_to: str | None = None
    age_band: str = coop.NOT_SAID
    gender: str = coop.NOT_SAID
    status: str = coop.NOT_SAID
    postal_code: str | None = None
    helped_before: bool | None = None

    def problems(self, today: dt.date) -> list[tuple[str, str]]:
        """The same checks as the server's, before anything is sent: [(field, code)]."""
        return coop.check_record(self._fields(), today)

    def payload(self) -> dict[str, Any]:
        """The request body (API.md names); unanswered questions are left out."""
        body = {k: v for k, v in self._fields().items() if v is not None}
        body["date"] = self.date.isoformat()
        return body

    def _fields(self) -> dict[str, Any]:
        fields = asdict(self)
        fields["themes"] = list(self.themes)
        fields["equipment"] = list(self.equipment)
        return fields


@dataclass(frozen=True)
class Accompaniment:
    """One stored record, as the server lists it."""

    id: str
    record: AccompanimentRecord
    recorded_at: dt.datetime
    recorded_by_me: bool

    @classmethod
    def from_json(cls, data: Any, where: str = "accompaniment") -> Accompaniment:
        r = Reader(data, where)

        def one_of(name: str, table: Mapping[str, str], optional: bool = False) -> str | None:
            value = r.opt_text(name) if optional else r.text(name)
            if value is not None and value not in table:
                raise bad(f"{where}.{name}")
            return value

        def many_of(name: str, table: Mapping[str, str]) -> tuple[str, ...]:
            values = r.texts(name)
            if any(v not in table for v in values):
                raise bad(f"{where}.{name}")
            return values

        def flag(name: str) -> bool | None:
            value = r.data.get(name)
            if value is not None and not isinstance(value, bool):
                raise bad(f"{where}.{name}")
            return value

        record = AccompanimentRecord(
            date=r.date("date"),
            duration_minutes=r.integer("duration_minutes"),
            place=one_of("place", coop.PLACES),
            themes=many_of("themes", coop.THEMES),
            equipment=many_of("equipment", coop.EQUIPMENT),
            autonomy=one_of("autonomy", coop.AUTONOMY, optional=True),
            referred=flag("referred"),
            referred_to=one_of("referred_to", coop.REFERRALS, optional=True),
            age_band=one_of("age_band", coop.AGE_BANDS),
            gender=one_of("gender", coop.GENDERS),
            status=one_of("status", coop.STATUSES),
            postal_code=r.opt_text("postal_code"),
            helped_before=flag("helped_before"),
        )
        if not record.themes:
            raise bad(f"{where}.themes")
        return cls(r.text("id"), record, r.time("recorded_at"), r.boolean("recorded_by_me"))


@dataclass(frozen=True)
class AccompanimentList:
    structure: str
    start: dt.date
    end: dt.date
    accompaniments: tuple[Accompaniment, ...]

    @classmethod
    def from_json(cls, data: Any) -> AccompanimentList:
        r = Reader(data, "accompaniments")
        items = reader_list(r.items("accompaniments"), "accompaniments.accompaniments")
        return cls(
            r.text("structure"),
            r.date("from"),
            r.date("to"),
            tuple(Accompaniment.from_json(i.data, i.where) for i in items),
        )


@dataclass(frozen=True)
class Figures:
    """Accompaniments, minutes, and accompaniments per theme (one may count in two themes)."""

    accompaniments: int = 0
    minutes: int = 0
    themes: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, r: Reader) -> Figures:
        themes = r.obj("themes").data
        if not all(
            t in coop.THEMES and isinstance(n, int) and not isinstance(n, bool) and n >= 0
            for t, n in themes.items()
        ):
            raise bad(f"{r.where}.themes")
        return cls(r.integer("accompaniments"), r.integer("minutes"), dict(themes))


@dataclass(frozen=True)
class DayFigures:
    date: dt.date
    figures: Figures
    journeys_started: int
    accounts_created: int


@dataclass(frozen=True)
class WeekFigures:
    week: str  # ISO week, 2026-W49
    start: dt.date  # its Monday
    figures: Figures


@dataclass(frozen=True)
class ActivityFigures:
    """The structure's figures for one period, per day (days with activity) and per week."""

    structure: str
    start: dt.date
    end: dt.date
    days: tuple[DayFigures, ...]
    weeks: tuple[WeekFigures, ...]
    totals: Figures

    @classmethod
    def from_json(cls, data: Any) -> ActivityFigures:
        r = Reader(data, "activity")
        days = tuple(
            DayFigures(
                d.date("date"),
                Figures.read(d),
                d.integer("journeys_started"),
                d.integer("accounts_created"),
            )
            for d in reader_list(r.items("days"), "activity.days")
        )
        weeks = tuple(
            WeekFigures(w.text("week"), w.date("start"), Figures.read(w))
            for w in reader_list(r.items("weeks"), "activity.weeks")
        )
        return cls(
            r.text("structure"), r.date("from"), r.date("to"), days, weeks,
            Figures.read(r.obj("totals")),
        )  # fmt: skip
