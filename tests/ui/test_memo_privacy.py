"""The memo never prints digits that narrow the birth date, unless the person asks.

A memo lost with its journey code must not give the birth year and month (API.md,
Hardening 1.1). The PDF is read as a reader would (pdftotext), from the real Done page.
"""

from __future__ import annotations

import re

import pytest

from aidant_app.ui.pages.done import DonePage

from .pages_support import create_account, fresh_address, pdf_text, person, show_page


def _pending_person(ctx, index: int):
    who = person(ctx, "ready", index)
    email = fresh_address()
    account = create_account(ctx, who, email)
    journey = ctx.journey
    journey.answers.form["nir"], journey.answers.email = who.nir, email
    journey.facts.account_id = account.id
    journey.facts.account_status, journey.facts.masked_email = account.status, account.email
    journey.facts.journey_code = account.journey_code
    journey.facts.account_secret = account.secret  # API 1.2: the app keeps it in memory
    journey.facts.resend_available_at = account.resend_available_at.isoformat()
    return who


def _save_memo(qtbot, page, path, monkeypatch) -> str:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(path), "PDF"))
    page.save_memo.click()
    qtbot.waitUntil(lambda: "✔" in page.memo_status.text())  # written on a worker thread
    return pdf_text(path)


def _digit_runs(text: str) -> str:
    """All digits of the text in reading order, separators dropped."""
    return "".join(re.findall(r"[0-9]", text))


@pytest.mark.parametrize("index", [5, 6])
def test_memo_hides_the_birth_year_month_and_place(qtbot, app_ctx, tmp_path, monkeypatch,
                                                   index):
    who = _pending_person(app_ctx, index)
    page = show_page(qtbot, app_ctx, DonePage)
    assert not page.memo_full.isChecked()  # whole number only when asked
    text = _save_memo(qtbot, page, tmp_path / "memo.pdf", monkeypatch)
    login = re.sub(r"\s", "", who.nir)[:13]
    # Explained, and masked but for its last 3 digits.
    words = " ".join(text.split())  # as read, whatever the line a word wrapped to
    assert "13 premiers chiffres" in words and "carte Vitale" in words
    assert re.search(r"• •• •• •• ••• " + login[10:], text)
    lines_with_login = [line for line in text.splitlines() if "•" in line]
    assert lines_with_login and all(not re.search(r"[0-9]", line[:line.rindex("•")])
                                    for line in lines_with_login)
    # No form of the birth year and month, or of the department, anywhere on the page.
    birth = who.birth_date
    digits = _digit_runs(text)
    for secret in (login[1:5], login[:7], birth.strftime("%Y%m%d"), birth.strftime("%d%m%Y")):
        assert secret not in digits, secret
    for shown in (birth.isoformat(), birth.strftime("%d/%m/%Y"), f"{login[1:3]} {login[3:5]}"):
        assert shown not in text
    assert app_ctx.journey.journey_code in text.replace(" ", "")  # still there to resume
    secret = app_ctx.journey.account_secret  # API 1.2: never written anywhere
    assert secret and secret not in text.replace(" ", "").replace("\n", "")


def test_memo_prints_the_whole_login_when_the_person_asks(qtbot, app_ctx, tmp_path,
                                                          monkeypatch):
    who = _pending_person(app_ctx, 7)
    page = show_page(qtbot, app_ctx, DonePage)
    page.memo_full.setChecked(True)
    text = _save_memo(qtbot, page, tmp_path / "memo-full.pdf", monkeypatch)
    login = re.sub(r"\s", "", who.nir)[:13]
    assert login in text.replace(" ", "")
    assert "•" not in text


def test_done_page_masks_the_login_the_same_way(qtbot, app_ctx):
    who = _pending_person(app_ctx, 8)
    page = show_page(qtbot, app_ctx, DonePage)
    login = re.sub(r"\s", "", who.nir)[:13]
    assert page.login.text() == f"• •• •• •• ••• {login[10:]}"
    page.show_login.setChecked(True)
    assert page.login.text().replace(" ", "") == login
