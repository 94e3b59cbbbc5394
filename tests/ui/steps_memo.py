"""Helpers for the triage and recovery tests: the memo of next steps saved and read back."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog

from .journey_support import click
from .pages_support import pdf_text

FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")


def french_date(day: date) -> str:
    """"7 décembre 2026", written here independently of the app's own formatting."""
    return f"{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"


def save_steps_memo(qtbot, page, tmp_path, monkeypatch, name: str = "etapes.pdf") -> str:
    """Press the page's "Enregistrer ces étapes (PDF)"; the person chooses `tmp_path/name`."""
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Document PDF (*.pdf)")))
    click(qtbot, page.save_memo)
    qtbot.waitUntil(lambda: "enregistré" in page.memo_status.text(), timeout=15000)
    assert page.memo_status.text().startswith("✔")
    return " ".join(pdf_text(target).split())  # words as read, whatever the line breaks


def health_insurance_phone(meta) -> str:
    """The 36 46 line as the backend lists it (meta's help_contacts), never a constant."""
    phones = [c.phone for c in meta.help_contacts if c.phone.replace(" ", "").endswith("3646")]
    assert phones, "the training server lists the 36 46"
    return phones[0]
