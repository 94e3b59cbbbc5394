"""The printable memo: what the person needs to log in later, as an A4 PDF in large print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from ..journey.state import HELPER, PLACE_OFFICIAL, JourneyState
from ..rules import bidi, mask_nir, nir_login
from . import contacts
from .typography import keep_together

BLANK = "_" * 34  # a line long enough to write a password by hand

TITLE, HEADING, TEXT, VALUE = "title", "heading", "text", "value"


@dataclass(frozen=True)
class MemoLine:
    kind: str  # TITLE, HEADING, TEXT or VALUE
    text: str
    french: str = ""  # the same line in French, on a memo in another language


def memo_lines(journey: JourneyState, meta, show_login: bool = False,
               training: bool = False, translate: Callable[[str, str], str] | None = None,
               ) -> list[MemoLine]:
    """Everything printed on the memo, in order. Never the password, never a code.
    `translate`: how the words are translated (the interface's language by default)."""
    translate = translate or QCoreApplication.translate
    login = nir_login(journey.nir)
    shown_login = login if show_login else mask_nir(login)
    lines = [MemoLine(TITLE, translate("Memo", "Aide-mémoire : mon compte ameli"))]
    if training:
        lines.append(MemoLine(TEXT, translate("Memo", "Entraînement : personne fictive. Ce n'est pas un vrai compte.")))
    if journey.account_place == PLACE_OFFICIAL:  # guided mode: no account number exists here
        lines.append(MemoLine(TEXT, translate("Memo", "J'ai créé mon compte moi-même, sur le site officiel ameli, avec l'aide d'Aidant.")))
    lines += [
        MemoLine(HEADING, translate("Memo", "Mon identifiant ameli")),
        MemoLine(TEXT, translate("Memo", "C'est ce que j'écris pour me connecter. Ce sont les 13 premiers chiffres de mon numéro de sécurité sociale. Il est sur ma carte Vitale.")),
        MemoLine(VALUE, shown_login),
    ]
    if not show_login:
        lines.append(MemoLine(TEXT, translate("Memo", "Les chiffres cachés (•) sont sur ma carte Vitale.")))
    # The mailbox for life (issue 19): its webmail under the address, its password on a
    # line of its own (not the ameli one), and the date to log in again by.
    from .mailbox_rules import mailbox_of

    # The memo's French lines (bilingual_lines) say the rule and the date in French too.
    language = "fr" if translate is _french else None
    mailbox = mailbox_of(journey, meta, language)
    lines += [
        MemoLine(HEADING, translate("Memo", "Mon adresse e-mail")),
        MemoLine(VALUE, journey.email or journey.masked_email),
    ]
    if mailbox.webmail:
        lines.append(MemoLine(TEXT, bidi.fill(translate("Memo", "J'ouvre ma boîte e-mail sur : {url}"), url=mailbox.webmail)))
    lines += [
        MemoLine(HEADING, translate("Memo", "Mon mot de passe ameli (à écrire à la main)")),
        MemoLine(VALUE, BLANK),
        MemoLine(HEADING, translate("Memo", "Le mot de passe de ma boîte e-mail (à écrire à la main)")),
        MemoLine(VALUE, BLANK),
    ]
    lines += _log_in_again(mailbox, translate, language)
    lines.append(MemoLine(HEADING, translate("Memo", "Ce que je fais ensuite")))
    if journey.account_status != "active" and not journey.activation_seen:
        lines.append(MemoLine(TEXT, translate("Memo", "Mon compte n'est pas encore activé. J'ouvre le message reçu dans ma boîte e-mail et je clique sur le lien. Sur la page qui s'ouvre, j'appuie sur « Confirmer mon adresse ».")))
        if journey.journey_code:
            lines += [
                MemoLine(TEXT, translate("Memo", "Pour reprendre dans l'application Aidant, j'écris ma date de naissance et ce code de reprise :")),
                MemoLine(VALUE, journey.journey_code),
            ]
    lines += [
        MemoLine(TEXT, translate("Memo", "Pour me connecter : je vais sur ameli.fr. Je choisis « Compte ameli ». Puis j'écris mon identifiant et mon mot de passe.")),
        MemoLine(TEXT, translate("Memo", "Je garde cette feuille chez moi, en lieu sûr, jamais avec ma carte Vitale.")),
        MemoLine(TEXT, translate("Memo", "L'Assurance Maladie ne me demandera jamais mon mot de passe par e-mail ni par téléphone.")),
        MemoLine(HEADING, translate("Memo", "Pour avoir de l'aide")),
    ]
    lines += [MemoLine(TEXT, text) for text in contacts.lines(meta, french=translate is _french)]
    if not contacts.lists_solidarite_numerique(meta):
        lines.append(MemoLine(TEXT, bidi.fill(translate("Memo", "Solidarité Numérique, aide par téléphone pour les démarches en ligne : {phone}, du lundi au vendredi, de 9 h à 18 h."), phone=contacts.SOLIDARITE_NUMERIQUE)))
    return lines


def _log_in_again(mailbox, translate: Callable[[str, str], str],
                  language: str | None) -> list[MemoLine]:
    """"Log in again before <date>" where the mailbox's provider has a rule (ui/mailbox_rules.py)."""
    from datetime import date

    from .mailbox_rules import deadline
    from .next_steps import long_date

    before = deadline(mailbox, date.today())
    if before is None:
        return []
    return [MemoLine(TEXT, bidi.fill(translate("Memo", "Je me connecte à ma boîte e-mail avant le {date}, puis souvent. {rule}"), date=long_date(before, language), rule=mailbox.rule))]


def _french(_context: str, text: str) -> str:
    return text  # the memo's words are written in French in the code


def bilingual_lines(journey: JourneyState, meta, show_login: bool = False,
                    training: bool = False) -> list[MemoLine]:
    """The memo in the interface language with, under each line, its French: a counter
    clerk reads the French, the person their own language. In French: French only."""
    from .i18n import current_language

    lines = memo_lines(journey, meta, show_login, training)
    if current_language() == "fr":
        return lines
    french = memo_lines(journey, meta, show_login, training, translate=_french)
    return [MemoLine(line.kind, line.text, bidi.strip_marks(other.text)
                     if other.text != line.text else "")
            for line, other in zip(lines, french, strict=True)]


def write_pdf(path: str | Path, lines: list[MemoLine], right_to_left: bool = False) -> None:
    """Write the memo as an A4 PDF. The file's metadata holds nothing about the person.
    `right_to_left`: the interface's language is written right to left (Arabic, Dari,
    Pashto): its lines are laid out from the right, as on screen; the French under them
    from the left."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("Memo", "Aide-mémoire"))
    writer.setCreator("Aidant")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the memo file cannot be written there")
    try:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left
                                   else Qt.LayoutDirection.LeftToRight)
        _paint(painter, writer, lines)
    finally:
        painter.end()


def ask_and_save(parent, journey: JourneyState, meta, show_login: bool, training: bool,
                 runner, on_done: Callable[[bool], None]) -> None:
    """Ask where to save (only where the person chooses), then write the PDF on a worker
    thread (laying out and embedding fonts holds the GUI for 30-40 ms); on_done(saved) comes
    back on the GUI thread. Nothing happens when the person cancels."""
    path = _ask_where(parent, helper=journey.mode == HELPER)
    if not path:
        return
    lines = bilingual_lines(journey, meta, show_login=show_login, training=training)
    # QPdfWriter and QPainter may paint off the GUI thread (Qt: "Threads and QObjects").
    # A folder where nothing can be written is not a bug: the person is told and chooses
    # another. Anything else is, and goes through the crash output (ui/tasks.py) too.
    def done(saved: bool) -> None:
        if saved:
            journey.facts.memo_saved = True  # "Personne suivante" no longer needs to ask
        on_done(saved)

    right_to_left = bidi.isolating()  # read here, on the GUI thread
    runner.run(parent, lambda: _write_or_say(path, lines, right_to_left), done,
               lambda _error: on_done(False), "memo")


def _ask_where(parent, helper: bool) -> str:
    """The path the person chose ("" when they cancel). A folder copied to the Internet
    (OneDrive, iCloud...) is said before anything is written there; they may choose again.

    With a helper, on a shared computer, Qt's own dialog: the system's would record the
    memo's name and folder in Windows' recent files or macOS' preferences; Qt's remembers
    nothing once its settings are put back."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .places import save_path, synced_service

    options = QFileDialog.Option.DontUseNativeDialog if helper else QFileDialog.Option(0)
    start = save_path(QCoreApplication.translate("Memo", "aide-memoire-ameli.pdf"))
    while True:
        kept = _file_dialog_memory()
        try:
            path, _filter = QFileDialog.getSaveFileName(
                parent, QCoreApplication.translate("Memo", "Enregistrer l'aide-mémoire"),
                start, QCoreApplication.translate("Memo", "Document PDF (*.pdf)"),
                "", options)
        finally:
            _restore_file_dialog_memory(kept)
        if not path:
            return ""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        service = synced_service(path)
        if service is None:
            return path
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("Memo", "Dossier copié sur Internet"),
                          bidi.fill(QCoreApplication.translate("Memo", "Ce dossier est copié sur Internet par {service}. L'aide-mémoire sera aussi sur ce compte {service}."), service=service),
                          QMessageBox.StandardButton.NoButton, parent)
        here = box.addButton(QCoreApplication.translate("Memo", "Enregistrer ici"),
                             QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(QCoreApplication.translate("Memo", "Choisir un autre dossier"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.exec()
        if box.clickedButton() is here:
            return path
        start = path  # the dialog opens again where they were


def _write_or_say(path: str, lines: list[MemoLine], right_to_left: bool) -> bool:
    """Worker thread: True when written, False when the place refused it."""
    import logging

    try:
        write_pdf(path, lines, right_to_left)
    except OSError as error:
        logging.getLogger(__name__).info("memo not written: %s", type(error).__name__)
        return False
    return True


def _file_dialog_memory() -> dict:
    """Qt's own file dialog writes the folder it was in to QtProject.conf (history,
    lastVisited): a folder named after the person would stay on the computer. Its settings
    are read before the dialog opens and put back afterwards (tests/test_no_trace.py)."""
    from PySide6.QtCore import QSettings

    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    return {key: qt.value(key) for key in qt.allKeys() if key.startswith("FileDialog/")}


def _restore_file_dialog_memory(kept: dict) -> None:
    from PySide6.QtCore import QSettings

    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    for key, value in kept.items():
        qt.setValue(key, value)
    qt.sync()


_SIZES = {TITLE: 22, HEADING: 16, TEXT: 14, VALUE: 18}
# Plain sans fonts that every system has one of: Linux, Windows, macOS, in that order.
_MEMO_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica Neue", "Helvetica"]


def _as_written(font: QFont, text: str) -> None:
    """Letters drawn one by one, without the font's optional ligatures: "ff", "fi", "ffi"
    were drawn as one sign, and a PDF reader then copied "oﬃce@..." (U+FB03), an address
    that a web form refuses, and searched for it in vain. Not in a line with right-to-left
    letters: the Arabic fonts join lām and alif through the same table."""
    if not bidi.has_right_to_left(text):
        font.setFeature(QFont.Tag("liga"), 0)


def _paint(painter: QPainter, writer: QPdfWriter, lines: list[MemoLine]) -> None:
    layout = writer.pageLayout()
    page = layout.paintRectPixels(writer.resolution())
    width, height = page.width(), page.height()
    y = 0.0
    for line in lines:
        font = QFont(_MEMO_FAMILIES)
        font.setStyleHint(QFont.StyleHint.SansSerif)  # any sans font the system has
        font.setPointSizeF(_SIZES[line.kind])
        font.setBold(line.kind in (TITLE, HEADING, VALUE))
        _as_written(font, line.text)
        painter.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        # On paper too, "36 46" is never cut in two; a value (the identifier, the address)
        # under its heading, on the same side in Arabic, Dari and Pashto (bidi.value_line).
        text = keep_together(bidi.value_line(line.text) if line.kind == VALUE else line.text)
        bounds = painter.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
        gap = painter.fontMetrics().height() * (0.9 if line.kind in (TITLE, HEADING) else 0.35)
        if line.kind == HEADING:
            y += gap
        if y + bounds.height() > height and y > 0:
            writer.newPage()
            y = 0.0
        painter.drawText(QRectF(0, y, width, bounds.height()), flags, text)
        y += bounds.height() + gap * (0.5 if line.kind == HEADING and not line.french else 1)
        if line.french:
            y = _paint_french(painter, writer, line, y, width, height)


def _paint_french(painter: QPainter, writer: QPdfWriter, line: MemoLine, y: float,
                  width: float, height: float) -> float:
    """The French of `line` under it, smaller and in italics, always left to right."""
    painter.save()
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    font = QFont(_MEMO_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(max(11.0, _SIZES[line.kind] - 3))
    font.setItalic(True)
    _as_written(font, line.french)
    painter.setFont(font)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    text = bidi.LRI + keep_together(line.french) + bidi.PDI  # French reads left to right
    bounds = painter.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    if y + bounds.height() > height and y > 0:
        writer.newPage()
        y = 0.0
    painter.drawText(QRectF(0, y, width, bounds.height()), flags, text)
    after = y + bounds.height() + painter.fontMetrics().height() * 0.6
    painter.restore()
    return after
