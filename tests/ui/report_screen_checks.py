"""The activity report's dialogs on one small screen (tests/ui/test_report_small_screens.py
starts pytest on this file with an offscreen screen of AIDANT_TEST_SCREEN and its text
sizes): each dialog's frame inside the screen's free area, nothing wider than its view (no
sideways scrolling: words at the right would be cut), no wrapped label cut."""

from __future__ import annotations

import datetime as dt
import os
import uuid

from PySide6.QtWidgets import QScrollArea

from aidant_app.actions.report import AccompanimentRecord
from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD
from aidant_app.ui import report_menu

from .small_screen_checks import cut_buttons, cut_labels, cut_list_items

SCALES = [int(s) for s in os.environ.get("AIDANT_TEST_SCALES", "100").split(",")]


def _fits(qtbot, dialog) -> list[str]:
    qtbot.waitExposed(dialog)
    qtbot.wait(200)  # the layout settles after the last text change
    problems = []
    area = dialog.screen().availableGeometry()
    if not area.contains(dialog.frameGeometry()):
        problems.append(f"{dialog.objectName()} {dialog.frameGeometry()} outside {area}")
    for scroll in dialog.findChildren(QScrollArea):
        body = scroll.widget()
        if body.minimumSizeHint().width() > scroll.viewport().width():
            problems.append(f"{dialog.objectName()}: content needs "
                            f"{body.minimumSizeHint().width()} px, view is "
                            f"{scroll.viewport().width()}")
    return problems + cut_labels(dialog) + cut_buttons(dialog) + cut_list_items(dialog)


def test_the_report_dialogs_fit_at_every_text_size(qtbot, window):
    client = window.ctx.client
    client.sign_in(HELPER_LOGIN, HELPER_PASSWORD)
    window.ctx.set_helper("Démo")
    record = AccompanimentRecord(date=dt.date.today(), duration_minutes=45,
                                 place="lieu_activite", themes=("email", "sante"))
    client.record_accompaniment(record, str(uuid.uuid4()))
    problems = []
    for scale in SCALES:
        window.set_text_scale(scale)
        form = report_menu.open_record(window.ctx, window, after_journey=True)
        problems += [f"{scale} %: {p}" for p in _fits(qtbot, form)]
        form.reject()
        activity = report_menu.open_activity(window.ctx, window)
        qtbot.waitUntil(lambda a=activity: a.report is not None, timeout=10000)
        problems += [f"{scale} %: {p}" for p in _fits(qtbot, activity)]
        activity.accept()
    assert problems == []
