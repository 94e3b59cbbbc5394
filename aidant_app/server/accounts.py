"""Account creation, activation links and journey codes: the rules behind /v1/accounts."""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import urlsplit

from aidant_app import rules
from aidant_app.server import mail, population
from aidant_app.server.errors import ApiError, field_errors, rate_limited
from aidant_app.server.models import AccountCreate
from aidant_app.server.security import (
    hash_password,
    new_id,
    new_journey_code,
    new_token,
    normalise_journey_code,
)
from aidant_app.server.state import ServerState, iso, iso_text, mask_email

LOCK_SECONDS = 24 * 3600


def _field_checks(state: ServerState, body: AccountCreate) -> list[dict[str, str]]:
    """Field errors in the order of the form."""
    errors: list[dict[str, str]] = []

    def add(field: str, code: str | None) -> None:
        if code:
            errors.append({"field": field, "code": code})

    nir_code = rules.check_nir(body.nir)
    if nir_code and nir_code != "nir_temporary":
        nir_code = "nir_invalid"
    add("nir", nir_code)
    birth = rules.check_birth_date(
        body.nir if nir_code is None else "", body.birth_date, today=state.today()
    )
    add("birth_date", birth)
    add("postal_code", rules.check_postal_code(body.postal_code))
    if "iban" in account_fields(state) or body.iban:
        add("iban", rules.check_iban(body.iban or ""))
    add("email", rules.check_email_syntax(body.email))
    proof_checked = body.email_proof and not errors_for(errors, "email")
    if proof_checked and not _proof_valid(
        state, body.email_proof, rules.normalise_email(body.email)
    ):
        add("email_proof", "email_proof_invalid")
    password = rules.check_password(body.password, state.password_policy)
    add("password", "password_policy" if password else None)
    if body.terms_version != state.settings.terms_version:
        add("terms_version", "terms_outdated")
    return errors


def errors_for(errors: list[dict[str, str]], field: str) -> bool:
    return any(e["field"] == field for e in errors)


def account_fields(state: ServerState) -> list[str]:
    return ["nir", "birth_date", "postal_code", "iban", "email", "password", "terms_version"]


def _proof_valid(state: ServerState, proof: str, email: str) -> bool:
    row = state.store.one("SELECT * FROM proofs WHERE proof_hash = ?", state.hasher(proof))
    return bool(
        row
        and not row["used"]
        and row["expires_at"] > state.now()
        and row["email"].lower() == email.lower()
    )


def create(state: ServerState, body: AccountCreate, structure: str | None) -> tuple[int, dict]:
    """Create a pending account; raises ApiError with the first failing rule."""
    errors = _field_checks(state, body)
    if errors:
        raise field_errors(422, errors)
    nir = rules.normalise_nir(body.nir)
    email = rules.normalise_email(body.email)
    person = state.store.one("SELECT * FROM people WHERE nir = ?", nir)
    if person is None:
        raise ApiError(422, "identity_not_found")
    if person["situation"] == population.LOCKED:
        raise rate_limited(LOCK_SECONDS, code="too_many_attempts")
    if person["birth_date"] != body.birth_date.strip() or person["postal_code"] != (
        body.postal_code.strip().replace(" ", "")
    ):
        raise ApiError(422, "identity_mismatch")
    if state.store.one("SELECT 1 FROM accounts WHERE person_id = ?", person["id"]):
        raise ApiError(409, "account_exists")
    if rules.normalise_iban(body.iban or "") != person["iban_on_file"]:
        raise ApiError(422, "bank_details_mismatch")
    if state.email_in_use(email):
        raise ApiError(409, "email_unavailable")
    now = state.now()
    account_id = new_id()
    journey_code = new_journey_code()
    try:
        with state.store.tx() as c:
            c.execute(
                "INSERT INTO accounts (id, person_id, email, password_hash, created_at,"
                " resend_available_at, journey_code_hash, structure) VALUES (?,?,?,?,?,?,?,?)",
                (
                    account_id,
                    person["id"],
                    email,
                    hash_password(body.password),
                    now,
                    now + state.settings.resend_cooldown_s,
                    state.hasher(normalise_journey_code(journey_code)),
                    structure,
                ),
            )
            if body.email_proof:
                c.execute(
                    "UPDATE proofs SET used = 1 WHERE proof_hash = ?",
                    (state.hasher(body.email_proof),),
                )
    except sqlite3.IntegrityError as error:  # a concurrent creation for the same person
        raise ApiError(409, "account_exists") from error
    expires = new_link(state, account_id, email)
    state.count(structure, "accounts_created")
    return 201, {
        "id": account_id,
        "status": "pending",
        "email": mask_email(email),
        "activation_expires_at": iso_text(expires),
        "resend_available_at": iso_text(now + state.settings.resend_cooldown_s),
        "journey_code": journey_code,
    }


def new_link(state: ServerState, account_id: str, email: str) -> float:
    """Supersede the current link, make a new one, and mail it. Returns its expiry."""
    token = new_token()
    now = state.now()
    expires = now + state.settings.activation_link_hours * 3600
    with state.store.tx() as c:
        c.execute(
            "UPDATE links SET state = 'superseded' WHERE account_id = ? AND state = 'current'",
            (account_id,),
        )
        c.execute(
            "INSERT INTO links VALUES (?, ?, ?, ?, 'current')",
            (state.hasher(token), account_id, now, expires),
        )
    link = f"{state.link_base}/activate/{token}"
    subject, text, html = mail.activation_message(link, state.settings.activation_link_hours)
    state.outbox.send(email, subject, text, html)
    return expires


def get_account(state: ServerState, account_id: str) -> Any:
    row = state.store.one("SELECT * FROM accounts WHERE id = ?", account_id)
    if row is None:
        raise ApiError(404, "not_found")
    return row


def current_link(state: ServerState, account_id: str) -> Any:
    return state.store.one(
        "SELECT * FROM links WHERE account_id = ? AND state = 'current'", account_id
    )


def status_of(state: ServerState, account: Any) -> str:
    if account["activated_at"] is not None:
        return "active"
    link = current_link(state, account["id"])
    return "pending" if link and link["expires_at"] > state.now() else "expired"


def activation_view(state: ServerState, account: Any) -> dict:
    status = status_of(state, account)
    link = current_link(state, account["id"]) if status != "active" else None
    return {
        "status": status,
        "email": mask_email(account["email"]),
        "activation_expires_at": iso(link["expires_at"]) if link else None,
        "resend_available_at": iso(account["resend_available_at"]) if status != "active" else None,
    }


def _before_new_link(state: ServerState, account: Any) -> None:
    if account["activated_at"] is not None:
        raise ApiError(409, "already_active")
    wait = (account["resend_available_at"] or 0) - state.now()
    if wait > 0:
        raise rate_limited(wait)


def resend(state: ServerState, account_id: str) -> dict:
    with state.key_lock(f"account:{account_id}"):
        account = get_account(state, account_id)
        _before_new_link(state, account)
        return _renew(state, account_id, account["email"])


def change_email(state: ServerState, account_id: str, raw_email: str) -> dict:
    with state.key_lock(f"account:{account_id}"):
        account = get_account(state, account_id)
        if account["activated_at"] is not None:
            raise ApiError(409, "already_active")
        email = state.check_email(raw_email)
        if state.email_in_use(email, except_account=account_id):
            raise ApiError(409, "email_unavailable")
        _before_new_link(state, account)
        with state.store.tx() as c:
            c.execute("UPDATE accounts SET email = ? WHERE id = ?", (email, account_id))
        _renew(state, account_id, email)
        return activation_view(state, get_account(state, account_id))


def _renew(state: ServerState, account_id: str, email: str) -> dict:
    expires = new_link(state, account_id, email)
    available = state.now() + state.settings.resend_cooldown_s
    with state.store.tx() as c:
        c.execute(
            "UPDATE accounts SET resend_available_at = ? WHERE id = ?", (available, account_id)
        )
    return {"resend_available_at": iso(available), "activation_expires_at": iso(expires)}


def token_from_link(text: str) -> str:
    """Accept the whole address from the message or the bare token."""
    text = (text or "").strip()
    if "/activate/" in text:
        text = urlsplit(text).path.rsplit("/activate/", 1)[-1]
    return text.strip("/ ")


def link_state(state: ServerState, token: str) -> tuple[str, Any]:
    """("unknown" | "used" | "superseded" | "expired" | "current", the link row)."""
    row = state.store.one("SELECT * FROM links WHERE token_hash = ?", state.hasher(token or "-"))
    if row is None:
        return "unknown", None
    if row["state"] != "current":
        return row["state"], row
    if row["expires_at"] <= state.now():
        return "expired", row
    return "current", row


def activate(state: ServerState, token: str) -> tuple[str, str | None]:
    """Use a link. Returns (link state before use, account id)."""
    with state.store.tx() as c:  # one transaction: two clicks cannot both activate
        kind, row = link_state(state, token)
        if kind != "current":
            return kind, row["account_id"] if row else None
        now = state.now()
        c.execute("UPDATE links SET state = 'used' WHERE token_hash = ?", (row["token_hash"],))
        c.execute("UPDATE accounts SET activated_at = ? WHERE id = ?", (now, row["account_id"]))
    account = get_account(state, row["account_id"])
    state.count(account["structure"], "activations_confirmed")
    return "current", row["account_id"]


def resume(state: ServerState, code: str, birth_date: str, client: str) -> dict:
    state.resume_limiter.check(client)
    row = state.store.one(
        "SELECT a.*, p.birth_date AS person_birth FROM accounts a JOIN people p"
        " ON p.id = a.person_id WHERE a.journey_code_hash = ?",
        state.hasher(normalise_journey_code(code)),
    )
    if row is None or row["person_birth"] != (birth_date or "").strip():
        state.resume_limiter.fail(client)
        raise ApiError(404, "journey_unknown")
    view = activation_view(state, row)
    return {
        "account_id": row["id"],
        "status": view["status"],
        "email": view["email"],
        "resend_available_at": view["resend_available_at"],
    }
