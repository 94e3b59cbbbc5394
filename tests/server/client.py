"""A thin HTTP client and journey shortcuts for the server tests."""

from __future__ import annotations

import re
import uuid
from typing import Any

import requests
import requests.adapters

PASSWORD = "Soleil-2026"
LINK = re.compile(r"https?://\S+/activate/[A-Za-z0-9_\-]+")
SECRET_HEADER = "Aidant-Account-Secret"
_ACCOUNT_PATH = re.compile(r"/v1/accounts/([^/?]+)/")


class _SourceAdapter(requests.adapters.HTTPAdapter):
    def __init__(self, source: str) -> None:
        self.source = source
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


class Api:
    """requests against one base URL, with a timeout on every call."""

    def __init__(self, base_url: str, token: str | None = None, source: str | None = None) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        if source:
            # Another client, as the server sees it: another loopback source address
            # (API 1.2 limits some calls per client).
            self.session.mount("http://", _SourceAdapter(source))
        # API 1.1: every POST/PUT under /v1 declares JSON, even without a body.
        self.session.headers["Content-Type"] = "application/json"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        # API 1.2: the secret of each account this client created or resumed, sent with every
        # call on that account as the app does (a test that wants none passes its own header).
        self.secrets: dict[str, str] = {}

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 10)
        owned = _ACCOUNT_PATH.match(path)
        if owned and owned.group(1) in self.secrets:
            headers = dict(kwargs.pop("headers", None) or {})
            headers.setdefault(SECRET_HEADER, self.secrets[owned.group(1)])
            kwargs["headers"] = headers
        answer = self.session.request(method, self.base_url + path, **kwargs)
        if path in ("/v1/accounts", "/v1/journeys/resume") and answer.status_code in (200, 201):
            body = answer.json()
            if body.get("account_secret"):
                self.secrets[body.get("id") or body["account_id"]] = body["account_secret"]
        return answer

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, json=json, **kwargs)

    def put(self, path: str, json: Any = None, **kwargs: Any) -> requests.Response:
        return self.request("PUT", path, json=json, **kwargs)

    # --- shortcuts -----------------------------------------------------------------------------

    def people(self, situation: str | None = None) -> list[dict]:
        people = self.get("/v1/training/people").json()
        return [p for p in people if situation is None or p["situation"] == situation]

    def terms_version(self) -> str:
        return self.get("/v1/meta").json()["terms"]["version"]

    def account_body(self, person: dict, email: str | None = None, **overrides: Any) -> dict:
        body = {
            "nir": person["nir"],
            "birth_date": person["birth_date"],
            "postal_code": person["postal_code"],
            "iban": person["iban"],
            "email": email or f"{person['first_name'].lower()}.test@example.net",
            "password": PASSWORD,
            "terms_version": self.terms_version(),
        }
        body.update(overrides)
        return body

    def create_account(self, body: dict, key: str | None = None) -> requests.Response:
        return self.post(
            "/v1/accounts", body, headers={"Idempotency-Key": key or str(uuid.uuid4())}
        )

    def new_account(self, index: int = 0, email: str | None = None) -> tuple[dict, dict]:
        """Create an account for the index-th ready person: (answer body, request body)."""
        body = self.account_body(self.people("ready")[index], email=email)
        answer = self.create_account(body)
        assert answer.status_code == 201, answer.text
        return answer.json(), body

    def inbox(self, address: str, password: str | None = None) -> list[dict]:
        answer = self.post("/v1/training/inbox", {"address": address, "password": password})
        assert answer.status_code == 200, answer.text
        return answer.json()

    def latest_link(self, address: str) -> str:
        for message in self.inbox(address):
            found = LINK.search(message["text"])
            if found:
                return found.group(0)
        raise AssertionError("no activation link in the inbox")

    def latest_code(self, address: str) -> str:
        for message in self.inbox(address):
            found = re.search(r"\b(\d{6})\b", message["text"])
            if found:
                return found.group(1)
        raise AssertionError("no code in the inbox")


def proof_for(api: Api, address: str) -> str:
    """Prove the mailbox as a person would: ask for a code, read it, type it."""
    started = api.post("/v1/email-verifications", {"email": address})
    assert started.status_code == 201, started.text
    code = api.latest_code(address)
    confirmed = api.post(f"/v1/email-verifications/{started.json()['id']}/confirm", {"code": code})
    assert confirmed.status_code == 200, confirmed.text
    return confirmed.json()["proof"]


def problem(answer: requests.Response, status: int, code: str) -> dict:
    """Assert a problem+json answer with this status and code; return its body."""
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    body = answer.json()
    assert body["status"] == status and body["code"] == code, body
    assert body["detail"] and body["title"] and body["type"]
    return body
