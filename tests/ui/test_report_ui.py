"""The activity report in the app: a helper signs in, does a journey, records two
accompaniments (after "Personne suivante" and from the helper's buttons), sees them in the
table and the chart, exports a CSV checked against FACTS.md, with nothing of the journey."""

from __future__ import annotations

import csv
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from aidant_app.actions.report_export import CoopCsv
from aidant_app.journey import HELPER, Step
from aidant_app.rules import coop, group_nir, nir_login
from aidant_app.ui import report_menu

from .journey_steps import (
    ACCOUNT_PASSWORD,
    MAILBOX_PASSWORD,
    create_and_activate,
    poll_fast,
    save_memo,
    start,
    training_mailbox,
)
from .journey_support import click, wait_step
from .pages_support import person

# FACTS.md's headers, typed by hand (FACTS writes ' where the Coop writes ’).
FACTS_HEADERS = [
    "Date", "Enregistré le", "Dernière modification le", "Type", "Participants",
    "Bénéficiaire", "Canaux d'accompagnement", "Nom du lieu", "Adresse", "Commune",
    "Code postal", "Code Insee", "Durée (min)", "Nom de l'atelier",
    "Matériel numérique utilisé", "Thématique(s) d'accompagnement", "Tags",
    "Nom de la démarche administrative", "Niveau d'autonomie (ou de l'atelier)",
    "Bénéficiaire réorienté", "Structure de redirection", "Commune du bénéficiaire",
    "Code postal du bénéficiaire", "Code Insee du bénéficiaire", "Genre du bénéficiaire",
    "Tranche d'âge du bénéficiaire", "Statut du bénéficiaire", "Notes supplémentaires",
    "ID CRA",
]  # fmt: skip


def open_dialog(qtbot, name: str) -> QDialog:
    found = {}

    def shown() -> bool:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.objectName() == name and widget.isVisible():
                found["dialog"] = widget
                return True
        return False

    qtbot.waitUntil(shown, timeout=10000)
    return found["dialog"]


def choose(group, value) -> None:
    next(b for b in group.buttons() if b.property("value") == value).click()


def test_a_helper_records_two_accompaniments_sees_them_and_exports_them(
    qtbot, window, tmp_path, monkeypatch
):
    poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 1)
    start(qtbot, window, HELPER)
    code = training_mailbox(qtbot, window, who.first_name, who.last_name)
    address = window.ctx.journey.email
    journey_code = create_and_activate(qtbot, window, who, monkeypatch)
    save_memo(qtbot, window, tmp_path, monkeypatch)
    click(qtbot, window.current_page.finish)  # "Personne suivante"
    wait_step(qtbot, window, Step.START)

    # 1. The form after the journey: today, E-mail and Santé ticked, nothing else.
    form = open_dialog(qtbot, "recordDialog")
    ticked = {v for v, box in form.themes.items() if box.isChecked()}
    assert ticked == {"email", "sante"}
    assert form.postal_code.text() == "" and form.place.checkedButton() is None
    assert not form.themes["social_sante"].isEnabled()  # only with the démarches theme
    choose(form.duration, 45)
    choose(form.place, "lieu_activite")
    form.equipment["ordinateur"].click()
    form.autonomy.setCurrentIndex(form.autonomy.findData("partiellement_autonome"))
    choose(form.referred, False)
    form.age_band.setCurrentIndex(form.age_band.findData("soixante_dix_plus"))
    qtbot.keyClicks(form.postal_code, "29200")
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: form.recorded is not None, timeout=10000)

    # 2. From the helper's buttons on the start page: a démarches record.
    click(qtbot, window.current_page.helper_radio)  # the helper's part of the start page
    buttons = window.current_page.signin.report_buttons
    assert all(b.isVisible() for b in buttons)
    click(qtbot, buttons[0])
    form = open_dialog(qtbot, "recordDialog")
    assert not any(box.isChecked() for box in form.themes.values())  # no journey: none ticked
    click(qtbot, form.save)  # nothing answered yet: said, nothing sent
    assert form.error.isVisible() and form.recorded is None
    choose(form.duration, -1)
    form.other_minutes.setValue(25)
    choose(form.place, "a_distance")
    form.themes[coop.ADMINISTRATIVE].click()
    form.themes["social_sante"].click()
    choose(form.referred, True)
    form.referred_to.setCurrentIndex(form.referred_to.findData("operateur_ou_organisme_en_charge"))
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: form.recorded is not None, timeout=10000)

    # 3. The figures: the table and the chart say the same.
    click(qtbot, buttons[1])
    activity = open_dialog(qtbot, "activityDialog")
    qtbot.waitUntil(lambda: activity.report is not None, timeout=10000)
    table = activity.table
    # A long title is on two lines (report_chart.two_lines): read as one.
    column = {table.horizontalHeaderItem(c).text().replace("\n", " "): c
              for c in range(table.columnCount())}
    # Every column whole inside the dialog at 100 %: beside the chart they were cut.
    assert table.horizontalScrollBar().maximum() == 0
    total = sum(int(table.item(r, column["Accompagnements"]).text())
                for r in range(table.rowCount()))
    assert total == 2
    assert {"E-mail", "Santé", "Aide aux démarches administratives",
            "Social - Santé"} <= set(column)
    # Each week by its Monday, in words a French helper reads ("W47", the ISO week's
    # code, was English): this week's row says the date of this week's Monday.
    monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    weeks = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert f"Semaine du {monday.strftime('%d/%m')}" in weeks
    assert not any("W" in week for week in weeks)
    assert activity.chart.themes == ["email", "sante", coop.ADMINISTRATIVE, "social_sante"]
    assert "2 accompagnements" in activity.chart.accessibleDescription()
    assert activity.records.count() == 2 and activity.values.count() > 5

    # 4. The export, opened as a French spreadsheet would.
    path = tmp_path / "activite.csv"
    activity.export_to(str(path))
    qtbot.waitUntil(lambda: "Fichier enregistré" in activity.status.text(), timeout=10000)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        header, *rows = list(csv.reader(stream, dialect=CoopCsv))
    assert [h.replace("’", "'") for h in header] == FACTS_HEADERS
    assert len(rows) == 2
    themes = [row[header.index("Thématique(s) d’accompagnement")] for row in rows]
    assert themes == ["E-mail\nSanté", "Aide aux démarches administratives\nSocial - Santé"]
    labels = set(coop.PLACES.values())
    assert {row[header.index("Canaux d’accompagnement")] for row in rows} <= labels

    # Nothing of the journey in the file.
    text = raw.decode("utf-8-sig")
    for value in (who.first_name, who.last_name, who.nir.replace(" ", ""), group_nir(who.nir),
                  nir_login(who.nir), who.iban.replace(" ", ""), who.postal_code, address,
                  address.split("@")[0], who.birth_date.strftime("%d/%m/%Y"),
                  who.birth_date.isoformat(), MAILBOX_PASSWORD, ACCOUNT_PASSWORD, code,
                  journey_code):
        assert value not in text, "a value of the journey is in the export"
    activity.accept()


def test_the_form_is_skipped_with_one_key_and_records_nothing(qtbot, window):
    start(qtbot, window, HELPER)
    click(qtbot, window.button_row.next_person)  # "Personne suivante" from the first step
    wait_step(qtbot, window, Step.START)
    form = open_dialog(qtbot, "recordDialog")
    assert not any(box.isChecked() for box in form.themes.values())  # no journey done yet
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    listed = window.ctx.client.accompaniments()
    assert listed.accompaniments == ()


def test_a_refused_answer_and_a_failed_export_say_what_to_do(qtbot, window, tmp_path):
    """Each failure is an error line (said at once) with the vocabulary's words: a refused
    answer names its question; a file that cannot be written leaves the report usable."""
    start(qtbot, window, HELPER)
    form = report_menu.open_record(window.ctx, window)
    choose(form.duration, 30)
    choose(form.place, "a_distance")
    form.themes["email"].click()
    qtbot.keyClicks(form.postal_code, "00100")  # five digits, but no such department
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: form.error.text().startswith("⚠"), timeout=10000)
    assert "Code postal de la commune" in form.error.text()  # the question, named
    assert form.recorded is None and form.isVisible()
    form.postal_code.clear()
    qtbot.keyClicks(form.postal_code, "29200")
    click(qtbot, form.save)
    qtbot.waitUntil(lambda: form.recorded is not None, timeout=10000)

    activity = report_menu.open_activity(window.ctx, window)
    qtbot.waitUntil(lambda: activity.report is not None, timeout=10000)
    missing = tmp_path / "absent" / "activite.csv"  # a folder that does not exist
    activity.export_to(str(missing))
    qtbot.waitUntil(lambda: activity.status.text().startswith("⚠"), timeout=10000)
    assert "autre dossier" in activity.status.text() and not missing.parent.exists()
    assert activity.export_button.isEnabled()  # try again elsewhere
    activity.export_to(str(tmp_path / "activite.csv"))
    qtbot.waitUntil(lambda: "Fichier enregistré" in activity.status.text(), timeout=10000)
    assert (tmp_path / "activite.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    activity.accept()
