"""Activation links: the page, its button, single use, superseded, expired, unknown."""

from __future__ import annotations

import re

from tests.server.client import Api, problem, proof_for

BUTTON = re.compile(
    r'<form method="post" action="(/activate/[^"]+)">\s*<button[^>]*>'
    r"Confirmer mon adresse</button>"
)


def _path(api: Api, link: str) -> str:
    assert link.startswith(api.base_url)
    return link[len(api.base_url) :]


def _status(api: Api, account_id: str) -> str:
    return api.get(f"/v1/accounts/{account_id}/activation").json()["status"]


def test_opening_the_page_activates_nothing_the_button_does(api: Api) -> None:
    answer, body = api.new_account(0)
    path = _path(api, api.latest_link(body["email"]))
    for _ in range(3):  # a mail filter may open it several times
        page = api.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert 'lang="fr"' in page.text
    assert _status(api, answer["id"]) == "pending"
    form_action = BUTTON.search(page.text).group(1)
    done = api.post(form_action, data={})
    assert done.status_code == 200 and "compte ameli est actif" in done.text
    assert _status(api, answer["id"]) == "active"


def test_used_link_says_so_on_the_page_and_in_the_api(api: Api) -> None:
    _answer, body = api.new_account(0)
    link = api.latest_link(body["email"])
    api.post(_path(api, link))
    page = api.get(_path(api, link))
    assert page.status_code == 200 and "déjà confirmée" in page.text
    assert not BUTTON.search(page.text)
    again = api.post(_path(api, link))
    assert again.status_code == 200 and "déjà confirmée" in again.text
    problem(api.post("/v1/activations", {"link": link}), 410, "link_used")


def test_resend_supersedes_the_older_link(server, api: Api) -> None:
    answer, body = api.new_account(0)
    old = api.latest_link(body["email"])
    server.advance(31)
    assert api.post(f"/v1/accounts/{answer['id']}/activation/resend").status_code == 202
    new = api.latest_link(body["email"])
    assert new != old
    page = api.get(_path(api, old))
    assert page.status_code == 200 and "message plus récent" in page.text and not BUTTON.search(page.text)
    assert "message plus récent" in api.post(_path(api, old)).text
    problem(api.post("/v1/activations", {"link": old}), 410, "link_superseded")
    assert _status(api, answer["id"]) == "pending"
    assert BUTTON.search(api.get(_path(api, new)).text)
    assert api.post("/v1/activations", {"link": new}).json() == {
        "status": "active",
        "account_id": answer["id"],
    }


def test_address_change_supersedes_the_link_sent_to_the_old_address(server, api: Api) -> None:
    answer, body = api.new_account(0)
    old = api.latest_link(body["email"])
    server.advance(31)
    proof = proof_for(api, "corrigee@example.net")
    moved = api.put(
        f"/v1/accounts/{answer['id']}/email",
        {"email": "corrigee@example.net", "email_proof": proof},
    )
    assert moved.status_code == 200, moved.text
    page = api.get(_path(api, old))
    assert "message plus récent" in page.text and not BUTTON.search(page.text)
    problem(api.post("/v1/activations", {"link": old}), 410, "link_superseded")
    new = api.latest_link("corrigee@example.net")
    assert BUTTON.search(api.get(_path(api, new)).text)


def test_expired_link(server, api: Api) -> None:
    answer, body = api.new_account(0)
    link = api.latest_link(body["email"])
    hours = api.get("/v1/meta").json()["activation_link_hours"]
    server.advance(hours=hours, seconds=1)
    assert _status(api, answer["id"]) == "expired"
    page = api.get(_path(api, link))
    assert page.status_code == 200 and "temps de ce lien est passé" in page.text and not BUTTON.search(page.text)
    assert "temps de ce lien est passé" in api.post(_path(api, link)).text
    problem(api.post("/v1/activations", {"link": link}), 410, "link_expired")
    assert _status(api, answer["id"]) == "expired"
    # A resend brings the account back to pending with a working link.
    assert api.post(f"/v1/accounts/{answer['id']}/activation/resend").status_code == 202
    assert _status(api, answer["id"]) == "pending"


def test_unknown_link_is_a_404_page_and_link_unknown(api: Api) -> None:
    page = api.get("/activate/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "Lien inconnu" in page.text
    assert api.post("/activate/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status_code == 404
    problem(api.post("/v1/activations", {"link": "AAAA"}), 404, "link_unknown")


def test_activation_accepts_the_bare_token_or_the_whole_address(api: Api) -> None:
    _first, body = api.new_account(0)
    link = api.latest_link(body["email"])
    token = link.rsplit("/", 1)[1]
    assert api.post("/v1/activations", {"link": f"  {token} "}).status_code == 200
    _second, body2 = api.new_account(1)
    link2 = api.latest_link(body2["email"])
    assert api.post("/v1/activations", {"link": link2 + "\n"}).json()["status"] == "active"
