"""API 1.1 e-mail rules: no suggestion toward a stranger, maintained disposable list, one
account per address after normalisation, mailboxes for names in any script, folded-in codes."""

from __future__ import annotations

from functools import partial

import pytest

from aidant_app.server.emailcheck import DNS_CANARIES, dns_mx_lookup
from tests.server.client import Api, problem
from tests.server.test_dns_deliverability import dns_server
from tests.support.server import running_server


def _check(api: Api, email: str) -> dict:
    # Each check from its own loopback address: API 1.2 limits checks per client.
    _check.calls = getattr(_check, "calls", 0) + 1
    client = Api(api.base_url, source=f"127.0.1.{_check.calls % 250 + 1}")
    answer = client.post("/v1/email-checks", {"email": email})
    assert answer.status_code == 200, answer.text
    return answer.json()


# Regional and sister domains of well-known services, and other real mail services near
# a well-known name: someone may own that mailbox, so it is never "corrected".
NEVER_CORRECTED = [
    "yahoo.it", "yahoo.de", "yahoo.gr", "yahoo.com.br", "yahoo.co.uk", "ymail.com",
    "rocketmail.com", "mail.com", "mailo.com", "gmx.fr", "gmx.de", "gmx.net", "free.fr",
    "sfr.fr", "orange.fr", "orange.es", "wanadoo.fr", "laposte.net", "laposte.fr",
    "outlook.fr", "outlook.be", "outlook.cm", "hotmail.be", "hotmail.com.br", "live.ca",
    "aol.fr", "mac.com", "web.de", "libero.it", "orange.com", "free.com", "sfr.com",
]


def test_regional_and_sister_domains_are_never_corrected(api: Api) -> None:
    for domain in NEVER_CORRECTED:
        assert _check(api, f"jean.dupont@{domain}")["suggestion"] is None, domain


TYPOS = [
    ("gmali.com", "gmail.com"),
    ("gmail.con", "gmail.com"),
    ("gmail.cm", "gmail.com"),
    ("yahoo.fe", "yahoo.fr"),
    ("hotmail.fe", "hotmail.fr"),
    ("ornage.fr", "orange.fr"),
    ("wanadoo.ffr", "wanadoo.fr"),
    ("lapost.net", "laposte.net"),
    ("gmail.fr", "gmail.com"),
]


def test_typos_near_a_well_known_domain_get_the_whole_corrected_address(api: Api) -> None:
    for typed, meant in TYPOS:
        assert _check(api, f"Jean.Dupont@{typed}")["suggestion"] == f"Jean.Dupont@{meant}"


def test_a_typo_like_domain_that_has_mail_servers_gets_no_suggestion() -> None:
    """Real DNS on loopback: gmial.com answers MX records here, so someone receives mail there."""
    records = {"gmial.com": "mx.gmial.com", **{c: "mx." + c for c in DNS_CANARIES}}
    with dns_server(records) as ns, running_server(
        mx_lookup=partial(dns_mx_lookup, nameserver=ns)
    ) as server:
        api = Api(server.base_url)
        check = _check(api, "jean@gmial.com")
        assert check["deliverable"] == "yes" and check["suggestion"] is None
        # The same typo without mail servers is still offered the fix.
        nowhere = _check(api, "jean@hotmial.fr")
        assert nowhere["deliverable"] == "no" and nowhere["suggestion"] == "jean@hotmail.fr"


def test_disposable_domains_come_from_the_maintained_list(api: Api) -> None:
    for domain in ("yopmail.com", "jetable.org", "mailcatch.com", "tempail.com", "sub.yopmail.fr"):
        assert _check(api, f"a@{domain}")["disposable"] is True, domain
    for domain in ("gmail.com", "laposte.net", "orange.fr", "mairie-exemple.fr"):
        assert _check(api, f"a@{domain}")["disposable"] is False, domain


# --- one account per address ------------------------------------------------------------------

SAME_ADDRESS = [
    ("jean@élysée.example", "jean@xn--lyse-9oad.example"),
    ("jean@xn--lyse-9oad.example", "JEAN@ÉLYSÉE.EXAMPLE"),
    ("ÉLISE@example.net", "élise@example.net"),
    ("jose\u0301@example.net", "jos\u00e9@example.net"),  # decomposed then composed
    ("Strasse@example.net", "STRASSE@Example.NET"),
]


@pytest.mark.parametrize(("first", "second"), SAME_ADDRESS)
def test_one_account_per_address_after_normalisation(api: Api, first: str, second: str) -> None:
    created, _ = api.new_account(0, email=first)
    assert _check(api, second)["available"] is False
    body = api.account_body(api.people("ready")[1], email=second)
    problem(api.create_account(body), 409, "email_unavailable")
    # Nor can another account move to it.
    other, _ = api.new_account(2, email="autre.personne@example.net")
    assert created["id"] != other["id"]


def test_different_addresses_stay_different(api: Api) -> None:
    api.new_account(0, email="jean@example.net")
    for other in ("jean2@example.net", "jean@example.org", "jéan@example.net"):
        assert _check(api, other)["available"] is True, other


# --- the training mail service ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [("李", "王", "li.wang"), ("Дмитрий", "Иванов", "dmitriy.ivanov"), ("Zoé", "N'Diaye", "zoe.n-diaye")],
)
def test_a_mailbox_for_a_name_in_any_script(api: Api, first: str, last: str, expected: str) -> None:
    made = api.post(
        "/v1/mailboxes", {"first_name": first, "last_name": last, "password": "Montagne-2026"}
    )
    assert made.status_code == 201, made.text
    assert made.json()["address"] == f"{expected}@entrainement.example"
    again = api.post(
        "/v1/mailboxes", {"first_name": first, "last_name": last, "password": "Montagne-2026"}
    )
    body = problem(again, 409, "address_taken")
    assert body["alternatives"] and all("@entrainement.example" in a for a in body["alternatives"])


def test_a_mailbox_for_a_name_with_no_letters_to_spell(api: Api) -> None:
    made = api.post(
        "/v1/mailboxes", {"first_name": "✿", "last_name": "✿", "password": "Montagne-2026"}
    )
    assert made.status_code == 201, made.text
    assert made.json()["address"].endswith("@entrainement.example")


# --- codes folded into the contract ----------------------------------------------------------


def test_folded_in_codes(api: Api) -> None:
    person = api.people("ready")[0]
    terms = api.get("/v1/terms")
    assert terms.status_code == 200 and "Conditions" in terms.text
    for field, value, code in [
        ("postal_code", "7501", "postal_code_invalid"),
        ("postal_code", "７５０１６", "postal_code_invalid"),  # full-width digits
        ("birth_date", "1984-02-30", "birth_date_invalid"),
        ("birth_date", "19841201", "birth_date_invalid"),
        ("birth_date", "1984-W48-6", "birth_date_invalid"),
    ]:
        body = problem(api.create_account(api.account_body(person, **{field: value})), 422, code)
        assert {"field": field, "code": code} in body["errors"]
    bad = api.post(
        "/v1/mailboxes",
        {"first_name": "A", "last_name": "B", "password": "Montagne-2026", "address": "é!"},
    )
    problem(bad, 422, "address_invalid")
    problem(api.request("DELETE", "/v1/meta"), 405, "method_not_allowed")
