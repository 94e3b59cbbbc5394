"""Helper sign-in, sign-out, token expiry, rate limit, and the structure's activity."""

from __future__ import annotations

from tests.server.client import Api, problem

DEMO = {"login": "aidant.demo", "password": "Entrainement-2026"}


def _sign_in(api: Api) -> str:
    answer = api.post("/v1/helper-sessions", DEMO)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["helper"]["structure"] == "Espace numérique de démonstration"
    assert body["expires_at"]
    return body["token"]


def test_sign_in_then_sign_out_stops_the_token(api: Api) -> None:
    token = _sign_in(api)
    helper = Api(api.base_url, token)
    assert helper.get("/v1/helper-sessions/current/activity").status_code == 200
    assert helper.request("DELETE", "/v1/helper-sessions/current").status_code == 204
    problem(helper.get("/v1/helper-sessions/current/activity"), 401, "unauthenticated")
    problem(helper.request("DELETE", "/v1/helper-sessions/current"), 401, "unauthenticated")


def test_current_endpoints_need_a_token(api: Api) -> None:
    problem(api.get("/v1/helper-sessions/current/activity"), 401, "unauthenticated")
    bogus = Api(api.base_url, "not-a-token")
    problem(bogus.get("/v1/helper-sessions/current/activity"), 401, "unauthenticated")


def test_bad_credentials(api: Api) -> None:
    problem(api.post("/v1/helper-sessions", {**DEMO, "password": "wrong"}), 401, "bad_credentials")
    problem(api.post("/v1/helper-sessions", {**DEMO, "login": "nobody"}), 401, "bad_credentials")


def test_five_failures_lock_the_login_for_fifteen_minutes(server, api: Api) -> None:
    for _ in range(5):
        problem(api.post("/v1/helper-sessions", {**DEMO, "password": "x"}), 401, "bad_credentials")
    answer = api.post("/v1/helper-sessions", DEMO)  # even the right password waits
    problem(answer, 429, "rate_limited")
    assert 0 < int(answer.headers["Retry-After"]) <= 900
    server.advance(minutes=15, seconds=1)
    assert api.post("/v1/helper-sessions", DEMO).status_code == 201


def test_token_expires(server, api: Api) -> None:
    helper = Api(api.base_url, _sign_in(api))
    server.advance(hours=8, seconds=1)
    problem(helper.get("/v1/helper-sessions/current/activity"), 401, "unauthenticated")


def test_activity_counts_a_helpers_journey_without_personal_data(api: Api) -> None:
    helper = Api(api.base_url, _sign_in(api))
    answer, body = helper.new_account(0)
    helper.post("/v1/email-checks", {"email": body["email"]})
    helper.post("/v1/email-checks", {"email": body["email"]})  # same address: one journey
    verification = helper.post("/v1/email-verifications", {"email": body["email"]}).json()
    code = helper.latest_code(body["email"])
    helper.post(f"/v1/email-verifications/{verification['id']}/confirm", {"code": code})
    link = helper.latest_link(body["email"])
    assert helper.post("/v1/activations", {"link": link}).status_code == 200
    activity = helper.get("/v1/helper-sessions/current/activity")
    days = activity.json()["days"]
    assert len(days) == 1
    assert days[0]["journeys_started"] == 1
    assert days[0]["mailboxes_verified"] == 1
    assert days[0]["accounts_created"] == 1
    assert days[0]["activations_confirmed"] == 1
    assert body["email"] not in activity.text and answer["id"] not in activity.text
    # Calls without a token do not count.
    api.new_account(1)
    days = helper.get("/v1/helper-sessions/current/activity").json()["days"]
    assert days[0]["accounts_created"] == 1
