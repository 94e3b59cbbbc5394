"""After activation, before Done: the mailbox kept for life, then the memo's new lines."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest

from aidant_app.journey import HELPER, HOME, Step
from aidant_app.ui import desktop

from .journey_steps import (
    ACCOUNT_PASSWORD,
    MAILBOX_PASSWORD,
    existing_address,
    fill_form,
    poll_fast,
    save_memo,
    start,
    training_mailbox,
)
from .journey_support import click, press_next, wait_step
from .pages_support import fresh_address, link_from_inbox, open_link_as_browser, person
from .steps_memo import french_date


def _months_later(day: date, months: int) -> date:
    """The same day `months` later (or that month's last day), counted month by month."""
    year, month = day.year, day.month
    for _ in range(months):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _activated(qtbot, window, monkeypatch, mode: str, domain: str, index: int) -> str:
    """A whole journey with an address at `domain`, up to the link clicked: the new step."""
    poll_fast(monkeypatch)
    start(qtbot, window, mode)
    address = existing_address(qtbot, window, fresh_address(domain))
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    fill_form(qtbot, window, person(window.ctx, "ready", index))
    press_next(qtbot, window, Step.ACTIVATION)
    open_link_as_browser(link_from_inbox(window.ctx, address))
    wait_step(qtbot, window, Step.MAILBOX_LIFE, timeout=15000)  # the page saw it by itself
    return address


# Its rule in words, its webmail, months before an unused mailbox goes, rule not certain?
PROVIDERS = {
    "gmail.com": ("Google supprime un compte Gmail", "https://mail.google.com", 24, False),
    "laposte.net": ("laposte.net efface les messages", "https://www.laposte.net", 4, False),
    "hotmail.fr": ("conditions de 2019, Microsoft ferme", "https://outlook.live.com", 24, True),
}


@pytest.mark.parametrize("mode, domain, index", [
    (HOME, "gmail.com", 0), (HELPER, "laposte.net", 1), (HOME, "hotmail.fr", 2)])
def test_a_whole_journey_through_the_mailbox_step_and_its_memo_lines(
        qtbot, window, tmp_path, monkeypatch, mode, domain, index):
    address = _activated(qtbot, window, monkeypatch, mode, domain, index)
    rule, webmail, months, uncertain = PROVIDERS[domain]
    page = window.current_page
    assert not window.back_button.isEnabled()  # the account is made: no way back into it
    assert "nouvel appareil" in page.why.text() and "code" in page.why.text()
    assert address in page.address.text()
    # The webmail: a button that opens it, and a QR code for the phone.
    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", opened.append)
    click(qtbot, page.open_webmail)
    assert opened == [webmail] and page.qr.url == webmail and page.qr.isVisible()
    # The provider's rule, as a date computed from today, a week before the deletion.
    before = _months_later(date.today(), months) - timedelta(days=7)
    # What the person reads: a no-break space keeps the day with its month (ui/typography.py).
    assert french_date(before) in page.checks["rule"].label.text().replace("\xa0", " ")
    assert rule in page.hows["rule"].text()
    assert ("n'est pas sûre" in page.rule_source.text()) is uncertain
    for name_ in ("phone", "recovery", "password", "rule"):
        click(qtbot, page.checks[name_].box)
    assert window.ctx.journey.mailbox_checks == ["phone", "recovery", "password", "rule"]
    press_next(qtbot, window, Step.DONE)
    memo = " ".join(save_memo(qtbot, window, tmp_path, monkeypatch).split())
    assert address in memo
    assert f"J'ouvre ma boîte e-mail sur : {webmail}" in memo
    assert f"avant le {french_date(before)}, puis souvent." in memo and rule in memo
    # Two separate blank lines: the ameli password and the mailbox's, never a password.
    assert "Mon mot de passe ameli (à écrire à la main) ____" in memo
    assert "Le mot de passe de ma boîte e-mail (à écrire à la main) ____" in memo
    assert ACCOUNT_PASSWORD not in memo


def test_a_mailbox_with_no_known_rule_gets_no_date(qtbot, window, tmp_path, monkeypatch):
    """The training mailbox (the backend's service): no rule, so no date is invented."""
    poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 4)
    start(qtbot, window, HOME)
    training_mailbox(qtbot, window, who.first_name, who.last_name)
    address = window.ctx.journey.email
    click(qtbot, window.current_page.buttons["accountNo"])
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    fill_form(qtbot, window, who)
    press_next(qtbot, window, Step.ACTIVATION)
    open_link_as_browser(_link(window, address))
    wait_step(qtbot, window, Step.MAILBOX_LIFE, timeout=15000)
    page = window.current_page
    assert "souvent" in page.checks["rule"].label.text() and "avant le" not in page.checks["rule"].label.text()
    assert not page.open_webmail.isVisible() and not page.qr.isVisible()  # none is known
    press_next(qtbot, window, Step.DONE)  # nothing ticked: the checklist helps, never blocks
    memo = " ".join(save_memo(qtbot, window, tmp_path, monkeypatch).split())
    assert "Le mot de passe de ma boîte e-mail (à écrire à la main) ____" in memo
    assert "avant le" not in memo and "J'ouvre ma boîte e-mail sur" not in memo
    assert MAILBOX_PASSWORD not in memo


def _link(window, address: str) -> str:
    """The activation link in the training mailbox (it needs the mailbox's password)."""
    import re

    for message in window.ctx.client.training_inbox(address, MAILBOX_PASSWORD):
        found = re.search(r"https?://\S+/activate/\S+", message.text)
        if found:
            return found.group(0)
    raise AssertionError("no activation link")


def test_dates_are_in_the_interface_language_whatever_the_system_says(qapp):
    """A French page on a system with no locale ("C") said "31 March 2027"."""
    from PySide6.QtCore import QLocale

    from aidant_app.ui.i18n import Translations
    from aidant_app.ui.next_steps import long_date

    kept = QLocale()
    translations = Translations(qapp)
    try:
        QLocale.setDefault(QLocale.c())  # the system says nothing useful
        translations.switch("fr")
        assert long_date(date(2027, 3, 31)) == "31 mars 2027"
        translations.switch("en")  # the interface in English, the system still "C"
        assert long_date(date(2027, 3, 31)) == "31 March 2027"
    finally:
        translations.switch("fr")
        QLocale.setDefault(kept)
