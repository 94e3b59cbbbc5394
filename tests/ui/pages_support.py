"""Helpers for the journey page tests: a page on its own, training people, the captured inbox."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import uuid

import requests
from PySide6.QtWidgets import QApplication, QWidget

_CODE = re.compile(r"\b(\d{6})\b")
_LINK = re.compile(r"https?://[^\s<>\"']+/activate/[^\s<>\"']+")


def show_page(qtbot, ctx, cls):
    """A page of the journey shown on its own (no shell), entered like the shell does."""
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.enter()
    return page


def person(ctx, situation: str, index: int = 0):
    """A fictitious person of the training population in this situation."""
    people = [p for p in ctx.client.training_people() if p.situation == situation]
    return people[index]


def fresh_address(domain: str = "gmail.com") -> str:
    return f"test.{uuid.uuid4().hex[:10]}@{domain}"


def inbox(ctx, address: str, password: str | None = None):
    return ctx.client.training_inbox(address, password)


def code_from_inbox(ctx, address: str, password: str | None = None) -> str:
    """The verification code of the newest message, read as a person would."""
    for message in inbox(ctx, address, password):
        match = _CODE.search(message.subject + " " + message.text)
        if match:
            return match.group(1)
    raise AssertionError("no code in the training inbox")


def link_from_inbox(ctx, address: str) -> str:
    for message in inbox(ctx, address):
        match = _LINK.search(message.text)
        if match:
            return match.group(0)
    raise AssertionError("no activation link in the training inbox")


def open_link_as_browser(link: str) -> None:
    """What a browser does: load the page, then press its "Confirmer mon adresse" button."""
    page = requests.get(link, timeout=10)
    assert page.status_code == 200
    assert "Confirmer mon adresse" in page.text
    answer = requests.post(link, timeout=10)
    assert answer.status_code == 200


def create_account(ctx, who, email: str, password: str = "Jardin-Velo-7"):
    """An account made through the API, for pages that come after the form."""
    meta = ctx.meta
    fields = {"nir": who.nir, "birth_date": who.birth_date.isoformat(),
              "postal_code": who.postal_code, "email": email, "password": password,
              "terms_version": meta.terms.version}
    if "iban" in meta.account_fields:
        fields["iban"] = who.iban
    return ctx.client.create_account(fields, str(uuid.uuid4()))


def pdf_text(path) -> str:
    """The text a reader sees in a PDF (QPdfWriter compresses it: use poppler's pdftotext)."""
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the memo"
    out = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return unicodedata.normalize("NFKC", out)  # "ﬁ" ligatures back to "fi"


def focusable_without_name(root: QWidget) -> list[str]:
    """Visible widgets a keyboard can reach that a screen reader could not name."""
    from PySide6.QtCore import Qt

    missing = []
    for widget in root.findChildren(QWidget):
        keyboard = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        if not keyboard or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll bar viewports)
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def accept_address(qtbot, ctx, page) -> None:
    """Finish the address page: if the backend's DNS doubts the domain (offline test
    machines answer NXDOMAIN for everything), say "my address is right", as a person would."""
    wait_idle(qtbot, ctx)
    if not ctx.journey.verification_id and page.keep_address.isVisible():
        page.keep_address.click()
        wait_idle(qtbot, ctx)
    assert ctx.journey.verification_id, page.problem.text()


def wait_idle(qtbot, ctx, timeout: int = 15000) -> None:
    """Until no background call of the page is running."""
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=timeout)
    QApplication.processEvents()
