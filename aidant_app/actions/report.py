"""The helper's activity report: record an accompaniment, load a period's records and figures,
export them. Nothing here reads the journey: the person's answers never reach a record. No Qt."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from ..api.accompaniments import (
    Accompaniment,
    AccompanimentList,
    AccompanimentRecord,
    ActivityFigures,
)
from ..rules import coop
from .base import Action
from .outcome import Done, Failed, Outcome, failed
from .report_export import write_csv

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..journey import JourneyState

EXPORT_FAILED = "export_failed"  # the file could not be written (no right, disk full...)

__all__ = ["EXPORT_FAILED", "AccompanimentRecord", "Draft", "ExportReport", "LoadReport",
           "RecordAccompaniment", "Report", "draft"]


class Draft(TypedDict):
    """What the recording form starts with."""

    date: dt.date
    themes: tuple[str, ...]


def draft(today: dt.date, after_journey: bool) -> Draft:
    """Today, and the journey's themes after a journey.

    Every other answer starts empty: nothing typed during the journey is carried over.
    """
    return {"date": today, "themes": coop.JOURNEY_THEMES if after_journey else ()}


class RecordAccompaniment(Action[Accompaniment]):
    """Send one record. The key is chosen once: retrying this same action records it once."""

    key = "report"

    def __init__(self, record: AccompanimentRecord, today: dt.date) -> None:
        self.accompaniment = record  # not `record`: that is Action's hook for the journey
        self.today = today
        self.idempotency_key = str(uuid.uuid4())

    def run(self, client: AidantClient | None) -> Outcome[Accompaniment]:
        problems = self.accompaniment.problems(self.today)
        if problems:  # said at once, with the same codes as the server's
            _field, code = problems[0]
            top = "invalid_request" if code == "field_invalid" else code
            return failed(top, field_errors=tuple(problems), status=422)
        return super().run(client)

    def call(self, client: AidantClient) -> Accompaniment:
        return client.record_accompaniment(self.accompaniment, self.idempotency_key)

    def record_failure(self, journey: JourneyState, outcome: Failed) -> None:
        pass  # nothing of the journey changes


@dataclass(frozen=True)
class Report:
    """One period: the structure's figures, and its records (the helper's own marked)."""

    figures: ActivityFigures
    records: AccompanimentList

    def mine(self) -> tuple[Accompaniment, ...]:
        return tuple(a for a in self.records.accompaniments if a.recorded_by_me)


class LoadReport(Action[Report]):
    key = "report"

    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start, end

    def call(self, client: AidantClient) -> Report:
        return Report(client.figures(self.start, self.end),
                      client.accompaniments(self.start, self.end))


class ExportReport(Action[int]):
    """Write the records to the file the helper chose (value: how many rows). No backend."""

    key = "report-export"

    def __init__(self, path: str | Path, records: Iterable[Accompaniment]) -> None:
        self.path, self.records = Path(path), tuple(records)

    def run(self, client: AidantClient | None = None) -> Outcome[int]:
        try:
            return Done(write_csv(self.path, self.records))
        except OSError:
            return failed(EXPORT_FAILED)
