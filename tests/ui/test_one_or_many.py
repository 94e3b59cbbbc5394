"""A count of one is said in the singular ("1 accompagnement", "1 seconde"), in the app and
in the training server's messages: a whole sentence per case, in French and in English."""

from __future__ import annotations

import pytest

from aidant_app.journey import HELPER
from aidant_app.server import mail
from aidant_app.ui import errors, report_menu
from aidant_app.ui.idle import IdleDialog

from .journey_steps import start
from .journey_support import click
from .test_report_ui import choose


def _record_one(qtbot, window, minutes: int) -> None:
    form = report_menu.open_record(window.ctx, window)
    choose(form.duration, minutes)
    choose(form.place, "a_distance")
    form.themes["email"].click()
    qtbot.keyClicks(form.postal_code, "29200")
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: form.recorded is not None, timeout=10000)


@pytest.mark.parametrize(("language", "one", "many"), [
    ("fr", "1 accompagnement,", "accompagnements"),
    ("en", "1 accompaniment,", "accompaniments"),
])
def test_one_accompaniment_is_said_in_the_singular(qtbot, window, tmp_path, language, one,
                                                   many):
    start(qtbot, window, HELPER)
    _record_one(qtbot, window, 30)
    window.set_language(language)
    activity = report_menu.open_activity(window.ctx, window)
    qtbot.addWidget(activity)
    qtbot.waitUntil(lambda: activity.report is not None, timeout=10000)
    said = activity.chart.accessibleDescription()
    assert one in said and f"1 {many}" not in said, said
    assert "30 minutes" in said
    activity.export_to(str(tmp_path / "activite.csv"))
    qtbot.waitUntil(lambda: "1 " in activity.status.text() and "." in activity.status.text(),
                    timeout=10000)
    assert activity.status.text().rstrip(".").endswith(one.rstrip(",")), activity.status.text()
    activity.accept()

    _record_one(qtbot, window, 45)  # two now: the plural again
    again = report_menu.open_activity(window.ctx, window)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.report is not None, timeout=10000)
    assert f"2 {many}, 75 minutes" in again.chart.accessibleDescription()
    again.accept()
    window.set_language("fr")


def test_the_last_second_of_the_idle_warning_and_of_a_wait(qtbot, window):
    dialog = IdleDialog(2, 60_000, window)
    qtbot.addWidget(dialog)
    assert dialog.count.text() == "Effacement dans 2 secondes"
    dialog.remaining = 1
    dialog.retranslate()
    assert dialog.count.text() == "Effacement dans 1 seconde"
    assert errors.then_wait("Trop d'essais.", 0.4).endswith("réessayer dans 1 seconde.")
    assert errors.then_wait("Trop d'essais.", 5).endswith("réessayer dans 5 secondes.")
    assert errors.then_wait("Trop d'essais.", 61).endswith("réessayer dans 2 minutes.")


def test_one_character_typed_in_the_number(qtbot, window):
    from aidant_app.ui.pages.account_fields import NirField

    field = NirField()
    qtbot.addWidget(field)
    field.edit.setText("1")
    field.update_feedback(False)
    assert field.progress.text() == "1 caractère sur 15"
    field.edit.setText("18")
    field.update_feedback(False)
    assert field.progress.text() == "2 caractères sur 15"


def test_the_servers_messages_for_one_hour_and_one_minute():
    _subject, text, html = mail.activation_message("http://127.0.0.1/l/x", 1)
    assert "valable 1 heure et" in text and "valable 1 heure et" in html
    _subject, text, _html = mail.activation_message("http://127.0.0.1/l/x", 48)
    assert "valable 48 heures et" in text
    _subject, text, html = mail.code_message("123456", 1)
    assert "dans la minute." in text and "dans la minute." in html
    _subject, text, _html = mail.code_message("123456", 15)
    assert "dans les 15 minutes." in text
