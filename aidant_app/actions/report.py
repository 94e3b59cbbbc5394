"""The helper's activity report: record an accompaniment, load a period's records and figures,
export them. Nothing here reads the journey: the person's answers never reach a record. No Qt."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..api.accompaniments import AccompanimentList, AccompanimentRecord, ActivityFigures
from ..rules import coop
from .base import Action
from .outcome import Failed, Outcome, failed
from .report_export import write_csv

EXPORT_FAILED = "export_failed"  # the file could not be written (no right, disk full...)


def draft(today: dt.date, after_journey: bool) -> dict[str, Any]:
    """What the recording form starts with: today, and the journey's themes after a journey.

    Every other answer starts empty: nothing typed during the journey is carried over.
    """
    return {
        "date": today,
        "themes": coop.JOURNEY_THEMES if after_journey else (),
    }


class RecordAccompaniment(Action):
    """Send one record. The key is chosen once: retrying this same action records it once."""

    key = "report"

    def __init__(self, record: AccompanimentRecord, today: dt.date) -> None:
        self.accompaniment = record  # not `record`: that is Action's hook for the journey
        self.today = today
        self.idempotency_key = str(uuid.uuid4())

    def run(self, client: Any) -> Outcome:
        problems = self.accompaniment.problems(self.today)
        if problems:  # said at once, with the same codes as the server's
            _field, code = problems[0]
            top = "invalid_request" if code == "invalid" else code
            return failed(top, field_errors=tuple(problems), status=422)
        return super().run(client)

    def call(self, client: Any):
        return client.record_accompaniment(self.accompaniment, self.idempotency_key)

    def record_failure(self, journey: Any, outcome: Failed) -> None:
        pass  # nothing of the journey changes


@dataclass(frozen=True)
class Report:
    """One period: the structure's figures, and its records (the helper's own marked)."""

    figures: ActivityFigures
    records: AccompanimentList

    def mine(self):
        return tuple(a for a in self.records.accompaniments if a.recorded_by_me)


class LoadReport(Action):
    key = "report"

    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start, end

    def call(self, client: Any) -> Report:
        return Report(client.figures(self.start, self.end),
                      client.accompaniments(self.start, self.end))


class ExportReport(Action):
    """Write the records to the file the helper chose (value: how many rows)."""

    key = "report-export"

    def __init__(self, path: str | Path, records) -> None:
        self.path, self.records = Path(path), tuple(records)

    def run(self, client: Any = None) -> Outcome:
        from .outcome import Done

        try:
            return Done(write_csv(self.path, self.records))
        except OSError:
            return failed(EXPORT_FAILED)
