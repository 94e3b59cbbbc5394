"""The activity report as the Coop shows it: a CSV a French spreadsheet opens, and each
record's values one by one in the Coop's column order (to re-enter them by hand). No Qt."""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..api.accompaniments import Accompaniment, AccompanimentRecord
from ..rules import coop


class CoopCsv(csv.Dialect):
    """What a French spreadsheet expects: `;` between cells (`,` is the decimal mark), quotes
    around cells with a `;`, a quote or a line break, Windows line ends between rows."""

    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL


ENCODING = "utf-8-sig"  # UTF-8 with a BOM: without it a spreadsheet reads "Ã©" for "é"


def _labels(values: Iterable[str], table: dict[str, str]) -> str:
    return coop.CELL_BREAK.join(table[v] for v in coop.in_coop_order(list(values), table))


def _recorded(when: dt.datetime) -> str:
    """The Coop's "Enregistré le": 07/12/2026 à 14:05, in this computer's time zone."""
    return when.astimezone().strftime("%d/%m/%Y à %H:%M")


def coop_cells(item: Accompaniment | AccompanimentRecord) -> dict[str, str]:
    """One record as the Coop's export columns (header: cell); columns Aidant does not fill
    (the place's name and address, tags, notes, the Coop's own id...) are empty."""
    record = item.record if isinstance(item, Accompaniment) else item
    cells = dict.fromkeys(coop.HEADERS, "")
    referred = {True: coop.YES, False: coop.NO, None: ""}[record.referred]
    cells.update({
        "Date": record.date.strftime("%d/%m/%Y"),
        "Type": coop.ACTIVITY_TYPE,
        "Participants": "1",
        "Canaux d’accompagnement": coop.PLACES[record.place],
        "Durée (min)": str(record.duration_minutes),
        "Matériel numérique utilisé": _labels(record.equipment, coop.EQUIPMENT),
        "Thématique(s) d’accompagnement": _labels(record.themes, coop.THEMES),
        "Niveau d’autonomie (ou de l’atelier)": (
            f"{coop.AUTONOMY_STARS[record.autonomy]}/{len(coop.AUTONOMY)}"
            if record.autonomy else ""
        ),
        "Bénéficiaire réorienté": referred,
        "Structure de redirection": (
            coop.REFERRALS[record.referred_to] if record.referred_to else ""
        ),
        "Code postal du bénéficiaire": record.postal_code or "",
        "Genre du bénéficiaire": coop.GENDERS[record.gender],
        "Tranche d’âge du bénéficiaire": coop.AGE_BANDS[record.age_band],
        "Statut du bénéficiaire": coop.STATUSES[record.status],
    })  # fmt: skip
    if isinstance(item, Accompaniment):
        cells["Enregistré le"] = _recorded(item.recorded_at)
    return cells


def one_by_one(item: Accompaniment | AccompanimentRecord) -> list[tuple[str, str]]:
    """The filled values of one record, in the Coop's column order: what to type there."""
    return [(header, value) for header, value in coop_cells(item).items() if value]


def write_csv(path: str | os.PathLike[str], items: Iterable[Accompaniment]) -> int:
    """Write the records (oldest first) to `path`; return how many rows were written.

    The file appears whole or not at all: it is written beside its place and renamed, so a
    full disk or a crash never leaves half a report (nor a stray temporary file) behind.
    An OSError (no right to write there, disk full) reaches the caller with nothing written.
    """
    target = Path(path)
    rows = [coop_cells(item) for item in sorted(items, key=_oldest_first)]
    handle, temporary = tempfile.mkstemp(
        prefix=".aidant-export-", suffix=".tmp", dir=target.parent or "."
    )
    try:
        with os.fdopen(handle, "w", encoding=ENCODING, newline="") as stream:
            writer = csv.writer(stream, dialect=CoopCsv)
            writer.writerow(coop.HEADERS)
            writer.writerows([row[h] for h in coop.HEADERS] for row in rows)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it 0600; a report is for sharing
        os.replace(temporary, target)
    except BaseException:
        try:
            os.remove(temporary)
        except FileNotFoundError:
            pass
        raise
    return len(rows)


def _oldest_first(item: Accompaniment) -> dt.date:
    # By day only: the sort is stable, so records of one day keep the server's order (the
    # order they were recorded in; `recorded_at` is shown to the second and may tie).
    return item.record.date
