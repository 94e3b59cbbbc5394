"""The published contract equals what the server serves, and the server keeps to it."""

from __future__ import annotations

import json

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from aidant_app.server.openapi_export import RESOURCE
from tests.support.server import running_server


@pytest.fixture(scope="module")
def live_server():
    with running_server() as server:
        yield server


def test_committed_openapi_equals_the_served_one(live_server) -> None:
    import requests

    served = requests.get(f"{live_server.base_url}/openapi.json", timeout=10).json()
    committed = json.loads(RESOURCE.read_text(encoding="utf-8"))
    assert committed == served, (
        "resources/openapi.json is stale: run python -m aidant_app.server.openapi_export"
    )


# The committed contract drives the generated requests; they go to a real server over HTTP.
schema = schemathesis.openapi.from_path(str(RESOURCE))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_keeps_to_its_contract(case, live_server) -> None:
    # No 5xx, documented status codes and content types, answers matching their schemas.
    # Schema-valid bodies may still break a business rule (a checksum, an unknown person):
    # the contract answers those with a documented 4xx, so that check does not apply here.
    case.call_and_validate(
        base_url=live_server.base_url,
        excluded_checks=[schemathesis.checks.positive_data_acceptance],
    )


# Strings no JSON encoder produces from valid text: lone surrogates (as \\u escapes) and NUL.
BAD_TEXT = st.sampled_from(["\ud800", "\udfff", "a\udc80b", "\u0000", "x\u0000", "\ud83d"])


def _poison(value, bad: str, picks: list[bool], first: list[bool]):
    """Put `bad` into the first string of a generated body, and into others as `picks` say."""
    if isinstance(value, str):
        spoil = first.pop() if first else (picks.pop() if picks else False)
        return value + bad if spoil else value
    if isinstance(value, dict):
        return {k: _poison(v, bad, picks, first) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, bad, picks, first) for v in value]
    return value


def _has_text(value) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, dict):
        return any(_has_text(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_text(v) for v in value)
    return False


@schema.given(bad=BAD_TEXT, picks=st.lists(st.booleans(), max_size=8))
@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_invalid_unicode_in_any_generated_body_is_422_never_5xx(
    case, bad, picks, live_server
) -> None:
    """The contract's own request bodies, with lone surrogates or NUL slipped into their
    strings: the server answers 422 invalid_request (never a 5xx) before any route runs."""
    if not isinstance(case.body, dict | list) or not _has_text(case.body):
        return  # no JSON string to spoil in this operation's body
    kwargs = case.as_transport_kwargs(base_url=live_server.base_url)
    kwargs.pop("json", None)
    kwargs["data"] = json.dumps(_poison(case.body, bad, list(picks), [True])).encode()
    headers = dict(kwargs.pop("headers", {}) or {})
    headers["Content-Type"] = "application/json"
    answer = requests.request(headers=headers, timeout=10, **kwargs)
    assert answer.status_code < 500, answer.text
    assert answer.status_code == 422 and answer.json()["code"] == "invalid_request", answer.text
