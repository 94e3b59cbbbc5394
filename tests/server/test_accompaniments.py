"""The activity report over HTTP: recording in the Coop's fields, refusals, listing, figures.

Runs on SQLite, on PostgreSQL and (tests using `server`) on 4 real workers over PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from aidant_app.rules import coop
from aidant_app.rules.codes import VOCABULARY
from aidant_app.server.security import hash_password
from tests.server.client import Api, problem
from tests.support.server import running_server

DEMO = {"login": "aidant.demo", "password": "Entrainement-2026"}
PATH = "/v1/helper-sessions/current/accompaniments"
TODAY = dt.datetime.now(dt.UTC).date()  # the servers' clocks start at the real time

AFTER_JOURNEY = {
    "date": TODAY.isoformat(),
    "duration_minutes": 45,
    "place": "lieu_activite",
    "equipment": ["ordinateur", "telephone"],
    "themes": ["email", "sante"],
    "autonomy": "partiellement_autonome",
    "referred": False,
    "age_band": "soixante_soixante_neuf",
    "gender": "feminin",
    "status": "retraite",
    "postal_code": "93200",
    "helped_before": True,
}
# Only what the form must send: the rest defaults to "not said".
MINIMAL = {"date": TODAY.isoformat(), "duration_minutes": 20, "place": "a_distance",
           "themes": ["aide_aux_demarches_administratives", "social_sante"]}


def signed_in(base_url: str, login: dict = DEMO) -> Api:
    answer = Api(base_url).post("/v1/helper-sessions", login)
    assert answer.status_code == 201, answer.text
    return Api(base_url, answer.json()["token"])


def post(helper: Api, body: dict, key: str | None = None):
    return helper.post(PATH, body, headers={"Idempotency-Key": key or str(uuid.uuid4())})


def test_a_record_is_kept_with_the_coop_values_and_listed_for_the_structure(server) -> None:
    helper = signed_in(server.base_url)
    first = post(helper, AFTER_JOURNEY)
    assert first.status_code == 201, first.text
    second = post(helper, MINIMAL)
    assert second.status_code == 201, second.text
    listed = helper.get(PATH).json()
    assert listed["structure"] == "Espace numérique de démonstration"
    records = listed["accompaniments"]
    assert [r["id"] for r in records] == [first.json()["id"], second.json()["id"]]
    kept = records[0]
    for field, value in AFTER_JOURNEY.items():
        assert kept[field] == value, field
    assert kept["recorded_by_me"] is True
    assert records[1]["gender"] == records[1]["age_band"] == "non_communique"
    assert records[1]["status"] == "non_communique" and records[1]["equipment"] == []
    assert records[1]["postal_code"] is None and records[1]["referred"] is None


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"themes": ["social_sante"]}, "themes", "themes_incompatible"),
        ({"themes": ["email", "logement"]}, "themes", "themes_incompatible"),
        ({"themes": []}, "themes", "invalid_request"),
        ({"themes": ["email", "email"]}, "themes", "invalid_request"),
        ({"themes": ["Santé (Ameli)"]}, "themes.0", "invalid_request"),
        ({"place": "Mairie de Bobigny"}, "place", "invalid_request"),
        ({"equipment": ["aucun", "ordinateur"]}, "equipment", "invalid_request"),
        ({"duration_minutes": 0}, "duration_minutes", "invalid_request"),
        ({"duration_minutes": "30"}, "duration_minutes", "invalid_request"),
        ({"duration_minutes": 601}, "duration_minutes", "invalid_request"),
        ({"autonomy": "3/3"}, "autonomy", "invalid_request"),
        ({"referred": False, "referred_to": "aide_sociale"}, "referred_to", "invalid_request"),
        ({"referred": True, "referred_to": "CCAS de Bobigny"}, "referred_to", "invalid_request"),
        ({"age_band": "67"}, "age_band", "invalid_request"),
        ({"gender": "F"}, "gender", "invalid_request"),
        ({"status": "retraitee"}, "status", "invalid_request"),
        ({"postal_code": "Bobigny"}, "postal_code", "postal_code_invalid"),
        ({"postal_code": "00100"}, "postal_code", "postal_code_invalid"),
        ({"postal_code": "９３２００"}, "postal_code", "postal_code_invalid"),
        ({"date": "07/12/2026"}, "date", "invalid_request"),
        ({"date": "2026-02-30"}, "date", "invalid_request"),
        ({"date": (TODAY + dt.timedelta(days=3)).isoformat()}, "date", "invalid_request"),
        ({"date": "2019-12-31"}, "date", "invalid_request"),
        # Nothing that could name the person finds a place: unknown fields are refused.
        ({"last_name": "Martin"}, "last_name", "invalid_request"),
        ({"notes": "Mme Martin, 06 12 34 56 78"}, "notes", "invalid_request"),
        ({"commune": "Bobigny"}, "commune", "invalid_request"),
    ],
)
def test_refused_values_name_their_field_and_nothing_is_stored(api: Api, change, field, code):
    helper = signed_in(api.base_url)
    body = problem(post(helper, {**AFTER_JOURNEY, **change}), 422, code)
    assert field in [e["field"] for e in body["errors"]], body
    # Each field's code is one the app has words for (the one vocabulary).
    assert {e["code"] for e in body["errors"]} <= set(VOCABULARY), body
    for value in change.values():  # the refused value is never echoed back
        if isinstance(value, str) and len(value) > 3:
            assert value not in str(body)
    assert helper.get(PATH).json()["accompaniments"] == []


def test_administrative_themes_go_with_the_demarches_theme(api: Api) -> None:
    helper = signed_in(api.base_url)
    for theme in coop.ADMINISTRATIVE_THEMES:
        problem(post(helper, {**MINIMAL, "themes": ["sante", theme]}), 422, "themes_incompatible")
        ok = post(helper, {**MINIMAL, "themes": [theme, coop.ADMINISTRATIVE]})
        assert ok.status_code == 201, (theme, ok.text)


def test_every_coop_value_is_accepted(api: Api) -> None:
    helper = signed_in(api.base_url)
    tables = {"place": coop.PLACES, "autonomy": coop.AUTONOMY, "age_band": coop.AGE_BANDS,
              "gender": coop.GENDERS, "status": coop.STATUSES}
    for field, table in tables.items():
        for value in table:
            assert post(helper, {**MINIMAL, field: value}).status_code == 201, (field, value)
    for where in coop.REFERRALS:
        body = {**MINIMAL, "referred": True, "referred_to": where}
        assert post(helper, body).status_code == 201, where
    for duration in (*coop.DURATIONS, 5, 200):
        assert post(helper, {**MINIMAL, "duration_minutes": duration}).status_code == 201


def test_a_retry_records_once_and_a_reused_key_is_refused(server) -> None:
    helper = signed_in(server.base_url)
    key = str(uuid.uuid4())
    with ThreadPoolExecutor(8) as pool:  # a retry racing the first try, across workers
        answers = list(pool.map(lambda _: post(helper, AFTER_JOURNEY, key), range(8)))
    assert {a.status_code for a in answers} == {201}
    assert len({a.json()["id"] for a in answers}) == 1
    problem(post(helper, {**AFTER_JOURNEY, "duration_minutes": 30}, key), 422,
            "idempotency_key_reused")
    problem(helper.post(PATH, AFTER_JOURNEY), 428, "idempotency_key_required")
    problem(post(helper, AFTER_JOURNEY, "not-a-uuid"), 400, "idempotency_key_invalid")
    assert len(helper.get(PATH).json()["accompaniments"]) == 1


def test_without_a_valid_token_nothing_is_recorded_or_shown(server) -> None:
    anonymous = Api(server.base_url)
    problem(post(anonymous, AFTER_JOURNEY), 401, "unauthenticated")
    problem(anonymous.get(PATH), 401, "unauthenticated")
    helper = signed_in(server.base_url)
    assert helper.request("DELETE", "/v1/helper-sessions/current").status_code == 204
    problem(post(helper, AFTER_JOURNEY), 401, "unauthenticated")
    assert signed_in(server.base_url).get(PATH).json()["accompaniments"] == []


def test_figures_per_day_week_and_theme(server) -> None:
    helper = signed_in(server.base_url)
    # Two weeks: a Monday and the Sunday before it sit in different ISO weeks.
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    sunday = monday - dt.timedelta(days=1)
    for day, minutes, themes in [
        (monday, 45, ["email", "sante"]),
        (monday, 30, ["email"]),
        (sunday, 60, ["aide_aux_demarches_administratives", "social_sante"]),
    ]:
        body = {**MINIMAL, "date": day.isoformat(), "duration_minutes": minutes, "themes": themes}
        assert post(helper, body).status_code == 201
    figures = helper.get(
        "/v1/helper-sessions/current/activity",
        params={"from": (sunday - dt.timedelta(days=6)).isoformat(), "to": monday.isoformat()},
    ).json()
    days = {d["date"]: d for d in figures["days"]}
    assert days[monday.isoformat()]["accompaniments"] == 2
    assert days[monday.isoformat()]["minutes"] == 75
    assert days[monday.isoformat()]["themes"] == {"email": 2, "sante": 1}
    assert days[sunday.isoformat()]["themes"] == {
        "aide_aux_demarches_administratives": 1, "social_sante": 1}
    assert [w["start"] for w in figures["weeks"]] == [
        (monday - dt.timedelta(days=7)).isoformat(), monday.isoformat()]
    assert [w["accompaniments"] for w in figures["weeks"]] == [1, 2]
    assert figures["totals"] == {"accompaniments": 3, "minutes": 135, "themes": {
        "email": 2, "sante": 1, "aide_aux_demarches_administratives": 1, "social_sante": 1}}
    # A period that ends before the Monday leaves its records out, in the list too.
    listed = helper.get(PATH, params={"to": sunday.isoformat()}).json()
    assert [r["date"] for r in listed["accompaniments"]] == [sunday.isoformat()]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "2026-12-08", "to": "2026-12-01"}, "from"),
        ({"from": "2025-01-01", "to": "2026-12-01"}, "to"),
        ({"from": "1er décembre"}, "from"),
        ({"to": "2026-13-01"}, "to"),
    ],
)
def test_a_wrong_period_names_its_field(api: Api, params, field) -> None:
    helper = signed_in(api.base_url)
    for path in (PATH, "/v1/helper-sessions/current/activity"):
        body = problem(helper.get(path, params=params), 422, "invalid_request")
        assert [e["field"] for e in body["errors"]] == [field]


def _add_helper(state, login: str, structure: str) -> dict:
    state.store.execute(
        "INSERT INTO helpers (login, password_hash, display_name, structure) VALUES (?, ?, ?, ?)",
        login, hash_password("Mot-de-passe-2026"), login, structure,
    )  # fmt: skip
    return {"login": login, "password": "Mot-de-passe-2026"}


def test_a_structure_sees_its_own_records_only() -> None:
    with running_server() as server:
        demo = signed_in(server.base_url)
        colleague = signed_in(
            server.base_url, _add_helper(server.state, "collegue", "Espace numérique de démonstration")
        )
        other = signed_in(server.base_url, _add_helper(server.state, "ailleurs", "Centre social Nord"))
        assert post(demo, AFTER_JOURNEY).status_code == 201
        assert post(colleague, MINIMAL).status_code == 201
        assert post(other, MINIMAL).status_code == 201
        seen = demo.get(PATH).json()["accompaniments"]
        assert [r["recorded_by_me"] for r in seen] == [True, False]
        assert [r["recorded_by_me"] for r in colleague.get(PATH).json()["accompaniments"]] == [
            False, True]
        assert len(other.get(PATH).json()["accompaniments"]) == 1
        totals = other.get("/v1/helper-sessions/current/activity").json()["totals"]
        assert totals["accompaniments"] == 1 and totals["minutes"] == MINIMAL["duration_minutes"]


def test_records_survive_a_restart_and_training_reset_drops_them(tmp_path) -> None:
    path = str(tmp_path / "aidant.sqlite")
    with running_server(db_path=path) as server:
        assert post(signed_in(server.base_url), AFTER_JOURNEY).status_code == 201
    with running_server(db_path=path) as server:
        helper = signed_in(server.base_url)
        assert len(helper.get(PATH).json()["accompaniments"]) == 1
        reset = Api(server.base_url).post("/v1/training/reset")
        assert reset.status_code == 204
        assert signed_in(server.base_url).get(PATH).json()["accompaniments"] == []
