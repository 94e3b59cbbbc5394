"""The report's answers are read strictly: a value outside the Coop's lists is bad_response,
so the export never writes a label it does not know."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from aidant_app.api import AidantClient, ApiError
from aidant_app.api.accompaniments import AccompanimentRecord
from tests.support.faulty_servers import FaultyServer, respond

STORED = {
    "id": "a1", "date": "2026-12-07", "recorded_at": "2026-12-07T10:00:00Z",
    "recorded_by_me": True, "duration_minutes": 30, "place": "lieu_activite",
    "equipment": ["ordinateur"], "themes": ["email"], "autonomy": None, "referred": None,
    "referred_to": None, "age_band": "non_communique", "gender": "non_communique",
    "status": "non_communique", "postal_code": None, "helped_before": None,
}  # fmt: skip


def listing(**changes) -> bytes:
    item = {**STORED, **changes}
    return json.dumps({"structure": "Centre", "from": "2026-12-01", "to": "2026-12-07",
                       "accompaniments": [item]}).encode()


def test_a_listing_inside_the_contract_is_read():
    with FaultyServer(respond(200, listing())) as server:
        answer = AidantClient(server.url, deadline=5).accompaniments(
            dt.date(2026, 12, 1), dt.date(2026, 12, 7))
    (item,) = answer.accompaniments
    assert item.record.themes == ("email",) and item.record.place == "lieu_activite"


@pytest.mark.parametrize("change", [
    {"themes": ["Santé (Ameli)"]}, {"themes": []}, {"place": "Mairie"},
    {"gender": "F"}, {"referred": "oui"}, {"equipment": "ordinateur"},
    {"duration_minutes": "30"}, {"referred_to": "CCAS"},
])
def test_values_outside_the_coops_lists_are_a_bad_response(change):
    with (FaultyServer(respond(200, listing(**change))) as server,
          pytest.raises(ApiError) as info):
        AidantClient(server.url, deadline=5).accompaniments()
    assert info.value.code == "bad_response"


def test_the_record_leaves_out_what_was_not_answered():
    record = AccompanimentRecord(date=dt.date(2026, 12, 7), duration_minutes=15,
                                 place="a_distance", themes=("email",))
    assert record.payload() == {
        "date": "2026-12-07", "duration_minutes": 15, "place": "a_distance",
        "themes": ["email"], "equipment": [], "age_band": "non_communique",
        "gender": "non_communique", "status": "non_communique"}
