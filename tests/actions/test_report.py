"""The activity report's use cases against the training server over HTTP: record, load the
period's figures and records, export a CSV that a French spreadsheet opens as the Coop's."""

from __future__ import annotations

import csv
import datetime as dt
import os

import pytest

from aidant_app.actions import Done, Failed, execute
from aidant_app.actions.report import (
    EXPORT_FAILED,
    ExportReport,
    LoadReport,
    RecordAccompaniment,
    draft,
)
from aidant_app.actions.report_export import CoopCsv, one_by_one
from aidant_app.api.accompaniments import AccompanimentRecord
from aidant_app.journey import JourneyState
from aidant_app.rules import coop
from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD

# The Coop's export headers as FACTS.md ("Structures and their funders") lists them, typed
# here by hand; FACTS writes a plain apostrophe where the Coop's source has a typographic one.
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
# Columns a one-to-one Aidant record cannot fill: the place's own details, workshop, tags...
EMPTY = {"Dernière modification le", "Bénéficiaire", "Nom du lieu", "Adresse", "Commune",
         "Code postal", "Code Insee", "Nom de l'atelier", "Tags",
         "Nom de la démarche administrative", "Commune du bénéficiaire",
         "Code Insee du bénéficiaire", "Notes supplémentaires", "ID CRA"}
TODAY = dt.datetime.now(dt.UTC).date()


@pytest.fixture
def helper(client):
    client.sign_in(HELPER_LOGIN, HELPER_PASSWORD)
    return client


def after_journey(**changes) -> AccompanimentRecord:
    start = draft(TODAY, after_journey=True)
    values = {"date": start["date"], "themes": start["themes"], "duration_minutes": 45,
                  "place": "domicile", "equipment": ("telephone", "ordinateur"),
                  "autonomy": "partiellement_autonome", "referred": True,
                  "referred_to": "aide_sociale", "age_band": "soixante_dix_plus",
                  "gender": "feminin", "status": "retraite", "postal_code": "29200"}
    return AccompanimentRecord(**{**values, **changes})


def record(helper, value: AccompanimentRecord):
    outcome = execute(RecordAccompaniment(value, TODAY), JourneyState(), helper)
    assert isinstance(outcome, Done), outcome
    return outcome.value


def test_the_form_starts_with_today_and_the_journeys_themes_only():
    assert draft(TODAY, after_journey=True) == {"date": TODAY, "themes": ("email", "sante")}
    assert draft(TODAY, after_journey=False) == {"date": TODAY, "themes": ()}
    assert [coop.THEMES[t] for t in coop.JOURNEY_THEMES] == ["E-mail", "Santé"]


def test_a_retry_of_one_record_records_it_once(helper):
    action = RecordAccompaniment(after_journey(), TODAY)
    first = execute(action, JourneyState(), helper)
    again = execute(action, JourneyState(), helper)  # the answer was lost: same key
    assert first.value.id == again.value.id
    report = execute(LoadReport(TODAY, TODAY), JourneyState(), helper).value
    assert len(report.records.accompaniments) == 1 and len(report.mine()) == 1


def test_a_social_theme_without_the_demarches_theme_is_said_before_sending(helper):
    action = RecordAccompaniment(after_journey(themes=("email", "social_sante")), TODAY)
    outcome = action.run(None)  # no backend needed to know it
    assert isinstance(outcome, Failed) and outcome.code == "themes_incompatible"
    assert outcome.fields == {"themes": "themes_incompatible"}


def test_the_figures_of_the_period(helper):
    record(helper, after_journey())
    record(helper, after_journey(themes=("aide_aux_demarches_administratives", "social_sante"),
                                 duration_minutes=30))
    report = execute(LoadReport(TODAY - dt.timedelta(days=6), TODAY), JourneyState(),
                     helper).value
    totals = report.figures.totals
    assert (totals.accompaniments, totals.minutes) == (2, 75)
    assert dict(totals.themes) == {"email": 1, "sante": 1,
                                   "aide_aux_demarches_administratives": 1, "social_sante": 1}
    assert sum(w.figures.accompaniments for w in report.figures.weeks) == 2
    assert report.figures.weeks[-1].start <= TODAY < report.figures.weeks[-1].start + dt.timedelta(7)


def test_the_csv_opens_in_a_french_spreadsheet_with_the_coops_headers_and_labels(
    helper, tmp_path
):
    record(helper, after_journey())
    record(helper, after_journey(themes=("sante", "aide_aux_demarches_administratives",
                                         "social_sante"), equipment=(), autonomy=None,
                                 referred=False, referred_to=None, postal_code=None,
                                 gender="non_communique", age_band="non_communique",
                                 status="non_communique", duration_minutes=120))
    report = execute(LoadReport(TODAY, TODAY), JourneyState(), helper).value
    path = tmp_path / "activite.csv"
    outcome = execute(ExportReport(path, report.mine()), JourneyState(), None)
    assert outcome.value == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM a spreadsheet needs to read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, dialect=CoopCsv))
    header, *lines = rows
    assert [h.replace("’", "'") for h in header] == FACTS_HEADERS
    assert len(lines) == 2 and all(len(line) == len(header) for line in lines)
    first, second = (dict(zip([h.replace("’", "'") for h in header], line, strict=True))
                     for line in lines)
    assert first["Date"] == TODAY.strftime("%d/%m/%Y")
    assert first["Canaux d'accompagnement"] == "À domicile"
    assert first["Durée (min)"] == "45" and second["Durée (min)"] == "120"
    assert first["Matériel numérique utilisé"] == "Ordinateur\nTéléphone"  # the Coop's order
    assert first["Thématique(s) d'accompagnement"] == "E-mail\nSanté"
    assert second["Thématique(s) d'accompagnement"] == (
        "Santé\nAide aux démarches administratives\nSocial - Santé")
    assert first["Niveau d'autonomie (ou de l'atelier)"] == "2/3"
    assert second["Niveau d'autonomie (ou de l'atelier)"] == ""
    assert (first["Bénéficiaire réorienté"], second["Bénéficiaire réorienté"]) == ("Oui", "Non")
    assert first["Structure de redirection"].startswith("Structure d’aide sociale")
    assert first["Code postal du bénéficiaire"] == "29200"
    assert (first["Genre du bénéficiaire"], first["Tranche d'âge du bénéficiaire"],
            first["Statut du bénéficiaire"]) == ("Féminin", "70 ans et plus", "Retraité")
    assert second["Genre du bénéficiaire"] == "Non communiqué"
    assert first["Type"] == "Accompagnement individuel" and first["Participants"] == "1"
    for line in (first, second):
        assert {h for h, v in line.items() if not v} >= EMPTY
        for h in ("Matériel numérique utilisé", "Thématique(s) d'accompagnement"):
            labels = set(coop.EQUIPMENT.values()) | set(coop.THEMES.values())
            assert all(part in labels for part in line[h].split("\n") if part), h
    assert not [n for n in os.listdir(tmp_path) if n != "activite.csv"]  # no temporary left


def test_values_one_by_one_follow_the_coops_columns():
    shown = one_by_one(after_journey())
    headers = [h for h, _ in shown]
    assert headers == [h for h in coop.HEADERS if h in dict(shown)]
    assert dict(shown)["Thématique(s) d’accompagnement"] == "E-mail\nSanté"
    assert all(value for _, value in shown)


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(helper, tmp_path):
    record(helper, after_journey())
    mine = execute(LoadReport(TODAY, TODAY), JourneyState(), helper).value.mine()
    # The chosen name is a folder: the file is written, then cannot take its place.
    (tmp_path / "activite.csv").mkdir()
    outcome = ExportReport(tmp_path / "activite.csv", mine).run()
    assert isinstance(outcome, Failed) and outcome.code == EXPORT_FAILED
    assert os.listdir(tmp_path) == ["activite.csv"] and not os.listdir(tmp_path / "activite.csv")
    # A folder that does not exist: nothing is created anywhere.
    outcome = ExportReport(tmp_path / "absent" / "activite.csv", mine).run()
    assert isinstance(outcome, Failed) and outcome.code == EXPORT_FAILED
    assert os.listdir(tmp_path) == ["activite.csv"]
