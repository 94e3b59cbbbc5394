"""The client reads meta's guided mode (API 1.2), and an older server's meta as today's."""

from __future__ import annotations

import json

import pytest
import requests

from aidant_app.api import AidantClient, ApiError
from tests.support.faulty_servers import FaultyServer, respond
from tests.support.server import running_server


def _served_meta(**settings) -> dict:
    with running_server(**settings) as server:
        return requests.get(server.base_url + "/v1/meta", timeout=10).json()


def _meta_from(body: dict):
    with FaultyServer(respond(200, json.dumps(body).encode())) as server:
        return AidantClient(server.url).meta()


def test_a_guided_server_is_read_as_guided():
    with running_server(account_creation="guided") as server:
        meta = AidantClient(server.base_url).meta()
    assert meta.is_guided and meta.mails_codes
    assert meta.guided is not None and meta.guided.url.startswith("https://assure.ameli.fr/")
    assert meta.guided.steps_checked_on.year >= 2026


def test_an_older_server_without_the_fields_is_an_api_server_that_mails_codes():
    body = _served_meta()
    for name in ("account_creation", "guided", "email_proof"):
        body.pop(name)
    meta = _meta_from(body)
    assert not meta.is_guided and meta.mails_codes and meta.guided is None


@pytest.mark.parametrize(
    "change",
    [
        {"account_creation": "partner"},  # not a value of the contract
        {"email_proof": "sms"},
        {"guided": None},  # guided with nowhere to go
        {"guided": {"url": "http://assure.ameli.fr/", "steps_checked_on": "2026-06-15"}},
        {"guided": {"url": "https://assure.ameli.fr/", "steps_checked_on": "bientôt"}},
    ],
)
def test_a_guided_meta_off_the_contract_is_a_bad_response(change):
    body = {**_served_meta(account_creation="guided"), **change}
    with pytest.raises(ApiError) as info:
        _meta_from(body)
    assert info.value.code == "bad_response"
