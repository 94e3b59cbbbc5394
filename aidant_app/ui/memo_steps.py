"""Printable memos of next steps (triage exits, recovery paths), saved where the person chooses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..rules import bidi
from . import contacts
from .memo import HEADING, TEXT, TITLE, MemoLine
from .next_steps import Path


def path_lines(path: Path, meta: Any, today: str, url: str = "") -> list[MemoLine]:
    """A memo of one path: its title, why, numbered steps, what to have, where and whom to
    call. Nothing the person typed: these memos are the same for everyone in the situation."""
    lines = [MemoLine(TITLE, QCoreApplication.translate("Memo", "Aide-mémoire : ce que je fais ensuite")),
             MemoLine(TEXT, bidi.fill(QCoreApplication.translate("Memo", "Fait le {date}."), date=today)),
             MemoLine(HEADING, path.title),
             MemoLine(TEXT, path.intro),
             MemoLine(HEADING, QCoreApplication.translate("Memo", "Les étapes"))]
    lines += [MemoLine(TEXT, f"{number}. {step}") for number, step in enumerate(path.steps, 1)]
    if path.bring:
        lines.append(MemoLine(TEXT, path.bring))
    if url:
        lines.append(MemoLine(TEXT, bidi.fill(QCoreApplication.translate("Memo", "Le site : {url}"), url=url)))
    lines.append(MemoLine(HEADING, QCoreApplication.translate("Memo", "Pour avoir de l'aide")))
    lines += [MemoLine(TEXT, text) for text in contacts.lines(meta) or ["36 46"]]
    return lines


def save_lines(parent, lines: list[MemoLine], runner, on_done: Callable[[bool], None]) -> None:
    """Ask where to save, then write the PDF off the GUI thread, as ui/memo.py does for
    the account memo (Qt's file dialog memory put back; nothing when the person cancels)."""
    from PySide6.QtWidgets import QFileDialog

    from .memo import _file_dialog_memory, _restore_file_dialog_memory, _write_or_say
    from .places import save_path

    kept = _file_dialog_memory()
    try:
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Memo", "Enregistrer l'aide-mémoire"),
            save_path(QCoreApplication.translate("Memo", "aide-memoire-etapes.pdf")), QCoreApplication.translate("Memo", "Document PDF (*.pdf)"))
    finally:
        _restore_file_dialog_memory(kept)
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    right_to_left = bidi.isolating()  # read here, on the GUI thread
    runner.run(parent, lambda: _write_or_say(path, lines, right_to_left), on_done,
               lambda _error: on_done(False), "memo")


def saved_words(saved: bool) -> str:
    """What the page says once the memo of next steps was written, or could not be."""
    if saved:
        return QCoreApplication.translate("MemoSteps", "✔ Aide-mémoire enregistré. Vous pouvez l'ouvrir pour l'imprimer.")
    return QCoreApplication.translate("MemoSteps", "⚠ L'application n'a pas pu enregistrer l'aide-mémoire à cet endroit. Choisissez un autre dossier.")
