"""A whole journey logged at DEBUG leaves none of the person's values in any log."""

from __future__ import annotations

import logging

from aidant_app import rules
from tests.server.client import Api, proof_for
from tests.support.server import running_server, server_process

LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "aidant_app", "aidant_app.server")
# Not the root logger: the test client (urllib3) logs the URLs it calls, the server must not.


def _journey(api: Api) -> list[str]:
    """Run every step a person goes through; return the secret values that went over the wire."""
    person = api.people("ready")[2]
    mailbox_password = "Riviere-Bleue-77"
    mailbox = api.post(
        "/v1/mailboxes",
        {
            "first_name": person["first_name"],
            "last_name": person["last_name"],
            "password": mailbox_password,
        },
    ).json()["address"]
    api.post("/v1/email-checks", {"email": mailbox})
    verification = api.post("/v1/email-verifications", {"email": mailbox}).json()
    code = None
    for message in api.inbox(mailbox, mailbox_password):
        code = message["subject"].rsplit(" ", 1)[-1]
    wrong = "000000" if code != "000000" else "111111"
    api.post(f"/v1/email-verifications/{verification['id']}/confirm", {"code": wrong})
    proof = api.post(
        f"/v1/email-verifications/{verification['id']}/confirm", {"code": code}
    ).json()["proof"]
    body = api.account_body(person, email=mailbox, email_proof=proof)
    bad = dict(body, password="x", iban=body["iban"][:-1] + "0")
    api.create_account(bad)
    created = api.create_account(body).json()
    api.get(f"/v1/accounts/{created['id']}/activation")
    api.post(f"/v1/accounts/{created['id']}/activation/resend")
    moved_proof = proof_for(api, "autre.adresse@example.net")
    moved = api.put(
        f"/v1/accounts/{created['id']}/email",
        {"email": "autre.adresse@example.net", "email_proof": moved_proof},
    )
    assert moved.status_code == 429  # within the cooldown: refused after every check passed
    api.post(
        "/v1/journeys/resume",
        {"journey_code": created["journey_code"], "birth_date": person["birth_date"]},
    )
    link = None
    for message in api.inbox(mailbox, mailbox_password):
        if "/activate/" in message["text"]:
            link = message["text"].split("/activate/")[1].split()[0]
    api.get(f"/activate/{link}")
    api.post(f"/activate/{link}")
    api.post("/v1/activations", {"link": link})
    api.post("/v1/helper-sessions", {"login": "aidant.demo", "password": "Entrainement-2026"})
    nir = rules.normalise_nir(person["nir"])
    return [
        nir,
        person["nir"],
        nir[:13],
        person["iban"],
        person["birth_date"],
        mailbox,
        mailbox.split("@")[0],
        mailbox_password,
        body["password"],
        code,
        proof,
        link,
        created["journey_code"],
        "Entrainement-2026",
        "autre.adresse",
        moved_proof,
    ]


def _assert_clean(text: str, secrets: list[str]) -> None:
    assert text.strip(), "nothing was logged: the test would prove nothing"
    for value in secrets:
        assert value not in text, f"a personal value leaked into the logs: {value[:2]}…"


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def test_in_process_logs_at_debug_hold_no_personal_values() -> None:
    keep = _Keep()
    saved = {}
    with running_server() as server:
        # uvicorn configured its loggers when the server was made: attach afterwards.
        for name in LOGGERS:
            logger = logging.getLogger(name)
            saved[name] = logger.level
            logger.setLevel(logging.DEBUG)
            logger.addHandler(keep)
        try:
            secrets = _journey(Api(server.base_url))
        finally:
            for name in LOGGERS:
                logging.getLogger(name).removeHandler(keep)
                logging.getLogger(name).setLevel(saved[name])
    text = "\n".join(keep.lines)
    assert "/activate/[redacted]" in text  # the access log saw the page, without its token
    _assert_clean(text, secrets)


def test_server_process_stderr_at_debug_holds_no_personal_values() -> None:
    with server_process("--log-level", "debug") as server:
        secrets = _journey(Api(server.base_url))
        server.stop()
        text = server.stderr_text()
    assert '"POST /v1/accounts HTTP/1.1" 201' in text
    _assert_clean(text, secrets)
