"""When a mailbox must be opened again so that its provider does not delete it."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when that day does not exist."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def log_in_again_before(today: date, months: int | None, margin_days: int = 7) -> date | None:
    """The day before which the person should open the mailbox again, or None without a rule.

    The provider deletes a mailbox after `months` without a login; the date asked is a week
    earlier (`margin_days`), so that a late day still keeps the mailbox."""
    if not months or months <= 0:
        return None
    from datetime import timedelta

    return add_months(today, months) - timedelta(days=margin_days)
