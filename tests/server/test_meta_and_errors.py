"""Health, meta, and the error format every endpoint shares."""

from __future__ import annotations

from aidant_app.rules.codes import VOCABULARY
from tests.server.client import Api, problem
from tests.support.server import running_server


def test_health_and_meta_describe_the_training_server(api: Api) -> None:
    assert api.get("/v1/health").json() == {"status": "ok"}
    meta = api.get("/v1/meta").json()
    assert meta["mode"] == "training"
    assert meta["account_fields"] == [
        "nir",
        "birth_date",
        "postal_code",
        "iban",
        "email",
        "password",
        "terms_version",
    ]
    assert meta["password_policy"]["min_length"] == 8
    assert meta["password_policy"]["require_upper"] is True
    assert meta["resend_cooldown_s"] == 30
    assert meta["email_code"]["length"] == 6
    phones = [c["phone"] for c in meta["help_contacts"]]
    assert {"36 46", "+33 1 84 90 36 46", "01 70 772 372"} <= set(phones)
    assert "+33 811 70 36 46" not in phones  # FACTS.md: on old pages only
    main = meta["help_contacts"][0]
    assert main["price"] == "service gratuit + prix de l'appel"  # FACTS.md; not "0,06 €"
    assert "8 h 30" in main["hours"] and "17 h 30" in main["hours"]
    abroad = next(c for c in meta["help_contacts"] if c["phone"].startswith("+33"))
    assert "vérifier" in abroad["label"]  # one secondary source: not said as certain
    service = meta["mailbox_service"]
    assert service["domain"] == "entrainement.example" and service["webmail_url"] is None
    assert api.get(meta["terms"]["url"].replace(api.base_url, "")).status_code == 200


def test_legacy_policy_is_published_in_meta() -> None:
    with running_server(password_policy="legacy-digits") as server:
        policy = Api(server.base_url).get("/v1/meta").json()["password_policy"]
    assert policy["digits_only"] is True and policy["max_length"] == 13


def test_live_mode_hides_the_training_endpoints() -> None:
    with running_server(mode="live") as server:
        api = Api(server.base_url)
        meta = api.get("/v1/meta").json()
        assert meta["mode"] == "live" and meta["mailbox_service"] is None
        problem(api.get("/v1/training/people"), 404, "not_found")
        problem(api.post("/v1/training/inbox", {"address": "a@example.org"}), 404, "not_found")
        problem(api.post("/v1/training/reset"), 404, "not_found")


def test_malformed_json_is_400(api: Api) -> None:
    answer = api.post(
        "/v1/email-checks", data=b'{"email": "a@', headers={"Content-Type": "application/json"}
    )
    problem(answer, 400, "malformed_json")


def test_schema_mismatch_is_422_invalid_request_with_fields(api: Api) -> None:
    body = problem(api.post("/v1/email-checks", {"mail": "x"}), 422, "invalid_request")
    assert body["errors"] == [{"field": "email", "code": "field_invalid"}]
    assert "field_invalid" in VOCABULARY  # a code every client can word (rules/codes.py)
    body = problem(api.post("/v1/email-checks", {"email": 12}), 422, "invalid_request")
    assert body["errors"][0]["field"] == "email"


def test_rejected_values_are_not_echoed(api: Api) -> None:
    answer = api.post("/v1/helper-sessions", {"login": "x", "password": ["Secret-Value-42"]})
    problem(answer, 422, "invalid_request")
    assert "Secret-Value-42" not in answer.text


def test_unknown_ids_and_paths_are_404_not_found(api: Api) -> None:
    problem(api.get("/v1/accounts/nope/activation"), 404, "not_found")
    problem(api.post("/v1/accounts/nope/activation/resend"), 404, "not_found")
    problem(api.put("/v1/accounts/nope/email", {"email": "a@example.org"}), 404, "not_found")
    problem(api.post("/v1/email-verifications/nope/confirm", {"code": "1"}), 404, "not_found")
    problem(api.get("/v1/nothing-here"), 404, "not_found")


def test_wrong_method_is_405_naming_every_allowed_method(api: Api) -> None:
    answer = api.put("/activate/some-token")
    problem(answer, 405, "method_not_allowed")
    assert set(answer.headers["Allow"].split(", ")) == {"GET", "POST"}
