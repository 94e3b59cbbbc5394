"""Accounts after creation: activation links, resend, address change, journey resume."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from aidant_app.server import limits, mail
from aidant_app.server.db import IntegrityError
from aidant_app.server.emailcheck import email_key, proof_key
from aidant_app.server.errors import ApiError, field_errors, rate_limited
from aidant_app.server.security import new_token, normalise_journey_code
from aidant_app.server.state import ServerState, iso, mask_email

RESUME_LOCK_AFTER = 5  # wrong birth dates for one journey code: locked for RESUME_LOCK_SECONDS
RESUME_REVOKE_AFTER = 10  # wrong birth dates for one journey code: revoked for good
RESUME_LOCK_SECONDS = 900.0
UNKNOWN_CODE_LIMIT = 20  # unknown journey codes per client within RESUME_LOCK_SECONDS
FOREVER = 1e12  # a counter window that never ends (seconds)


def account_fields(state: ServerState) -> list[str]:
    """The fields meta asks for, from this server's settings."""
    return list(state.settings.account_fields)


# --- e-mail proofs ----------------------------------------------------------------------------


def proof_valid(state: ServerState, proof: str | None, email: str) -> bool:
    """A proof from a confirmed code, unused, unexpired, for this very address."""
    if not proof:
        return False
    row = state.store.one("SELECT * FROM proofs WHERE proof_hash = ?", state.hasher(proof))
    return bool(
        row
        and not row["used"]
        and row["expires_at"] > state.now()
        and proof_key(row["email"]) == proof_key(email)
    )


def use_proof(tx: Any, state: ServerState, proof: str) -> bool:
    """Spend a proof inside the caller's transaction; False if another request spent it."""
    cursor = tx.execute(
        "UPDATE proofs SET used = 1 WHERE proof_hash = ? AND used = 0", (state.hasher(proof),)
    )
    return cursor.rowcount == 1


# --- links ------------------------------------------------------------------------------------


def issue_link(state: ServerState, account_id: str, email: str) -> float:
    """Supersede the current link, make a new one and queue its message, in one transaction
    (the caller's, when there is one). Returns the new link's expiry."""
    token = new_token()
    now = state.now()
    expires = now + state.settings.activation_link_hours * 3600
    link = f"{state.link_base}/activate/{token}"
    subject, text, html = mail.activation_message(link, state.settings.activation_link_hours)
    with state.store.tx() as tx:
        tx.execute(
            "UPDATE links SET state = 'superseded' WHERE account_id = ? AND state = 'current'",
            (account_id,),
        )
        tx.execute(
            "INSERT INTO links VALUES (?, ?, ?, ?, 'current')",
            (state.hasher(token), account_id, now, expires),
        )
        state.outbox.queue(email, subject, text, html, kind="activation", account_id=account_id)
    return expires


SECRET_HEADER = "Aidant-Account-Secret"


def add_secret(tx: Any, state: ServerState, account_id: str, secret: str) -> None:
    """Let the holder of `secret` read and change this account (in the caller's transaction)."""
    tx.execute(
        "INSERT INTO account_secrets (secret_hash, account_id, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (secret_hash) DO NOTHING",
        (state.hasher(secret), account_id, state.now()),
    )


def owned_account(state: ServerState, account_id: str, secret: str | None) -> Any:
    """The account, for the client holding its secret only (API 1.2).

    A missing or wrong secret answers exactly as an unknown id does (404 not_found): an id
    seen in a log is worth nothing, and the answer never says whether the id exists.
    """
    row = None
    if secret:
        row = state.store.one(
            "SELECT a.* FROM account_secrets s JOIN accounts a ON a.id = s.account_id"
            " WHERE s.secret_hash = ? AND s.account_id = ?",
            state.hasher(secret),
            account_id,
        )
    if row is None:
        raise ApiError(404, "not_found")
    return row


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
        "delivery": state.outbox.delivery(account["id"]),
    }


def _before_new_link(state: ServerState, account: Any) -> None:
    if account["activated_at"] is not None:
        raise ApiError(409, "already_active")
    wait = (account["resend_available_at"] or 0) - state.now()
    if wait > 0:
        raise rate_limited(wait)


def _renew(state: ServerState, account_id: str, email: str) -> dict:
    expires = issue_link(state, account_id, email)
    available = state.now() + state.settings.resend_cooldown_s
    state.store.execute(
        "UPDATE accounts SET resend_available_at = ? WHERE id = ?", available, account_id
    )
    return {"resend_available_at": iso(available), "activation_expires_at": iso(expires)}


def resend(state: ServerState, account_id: str) -> dict:
    with state.store.tx() as tx:  # one resend at a time per account, in every worker
        tx.lock(f"account:{account_id}")
        account = get_account(state, account_id)
        _before_new_link(state, account)
        return _renew(state, account_id, account["email"])


def change_email(state: ServerState, account_id: str, raw_email: str, proof: str | None) -> dict:
    """Move a pending account to a proven new address; the old one gets a plain notice."""
    try:
        with state.store.tx() as tx:
            tx.lock(f"account:{account_id}")
            account = get_account(state, account_id)
            if account["activated_at"] is not None:
                raise ApiError(409, "already_active")
            email = state.check_email(raw_email)
            if not proof_valid(state, proof, email):
                raise field_errors(422, [{"field": "email_proof", "code": "email_proof_invalid"}])
            if state.email_in_use(email, except_account=account_id):
                raise ApiError(409, "email_unavailable")
            _before_new_link(state, account)
            if not use_proof(tx, state, proof or ""):
                raise field_errors(422, [{"field": "email_proof", "code": "email_proof_invalid"}])
            old = account["email"]
            tx.execute(
                "UPDATE accounts SET email = ?, email_key = ? WHERE id = ?",
                (email, email_key(email), account_id),
            )
            _renew(state, account_id, email)
            if email_key(old) != email_key(email):
                subject, text, html = mail.address_changed_notice()
                state.outbox.queue(old, subject, text, html, kind="notice", account_id=account_id)
    except IntegrityError as error:  # another account took the address meanwhile
        raise ApiError(409, "email_unavailable") from error
    return activation_view(state, get_account(state, account_id))


# --- activation -------------------------------------------------------------------------------


def token_from_link(text: str) -> str:
    """Accept the whole address from the message or the bare token."""
    text = (text or "").strip()
    if "/activate/" in text:
        try:
            path = urlsplit(text).path
        except ValueError:  # not a URL after all ("http://[::1/activate/x"): use it as it is
            path = text
        text = path.rsplit("/activate/", 1)[-1]
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
    with state.store.tx() as tx:  # one transaction: two clicks cannot both activate
        kind, row = link_state(state, token)
        if kind != "current":
            return kind, row["account_id"] if row else None
        used = tx.execute(
            "UPDATE links SET state = 'used' WHERE token_hash = ? AND state = 'current'",
            (row["token_hash"],),
        ).rowcount
        if used != 1:
            return "used", row["account_id"]
        tx.execute(
            "UPDATE accounts SET activated_at = ? WHERE id = ?", (state.now(), row["account_id"])
        )
    account = get_account(state, row["account_id"])
    state.count(account["structure"], "activations_confirmed")
    return "current", row["account_id"]


# --- resume from the memo ---------------------------------------------------------------------


def resume(state: ServerState, code: str, birth_date: str, client: str) -> dict:
    """Failures count per journey code, whatever the client's address; see API.md."""
    now = state.now()
    code_hash = state.hasher(normalise_journey_code(code))
    row = state.store.one(
        "SELECT a.*, p.birth_date AS person_birth FROM accounts a JOIN people p"
        " ON p.id = a.person_id WHERE a.journey_code_hash = ?",
        code_hash,
    )
    if row is None:
        name = f"resume-client:{state.hasher(client)}"  # no address stored in clear
        hit = limits.hit(state.store, name, RESUME_LOCK_SECONDS, now)
        if hit.count > UNKNOWN_CODE_LIMIT:
            raise rate_limited(hit.window_start + RESUME_LOCK_SECONDS - now)
        raise ApiError(404, "journey_unknown")
    name = f"resume:{code_hash}"
    outcome: ApiError | None = None
    with state.store.tx() as tx:  # check and count as one step: parallel tries queue here
        tx.lock(name)
        counter = tx.one("SELECT count, locked_until FROM counters WHERE name = ?", name)
        failures = int(counter["count"]) if counter else 0
        locked_until = counter["locked_until"] if counter else None
        if failures >= RESUME_REVOKE_AFTER:
            outcome = ApiError(410, "journey_revoked")
        elif locked_until is not None and locked_until > now:
            outcome = rate_limited(locked_until - now)
        elif row["person_birth"] != (birth_date or "").strip():
            failures = limits.hit(state.store, name, FOREVER, now).count
            if failures >= RESUME_REVOKE_AFTER:
                outcome = ApiError(410, "journey_revoked")
            elif failures % RESUME_LOCK_AFTER == 0:
                limits.lock(state.store, name, now + RESUME_LOCK_SECONDS)
                outcome = rate_limited(RESUME_LOCK_SECONDS)
            else:
                outcome = ApiError(404, "journey_unknown")
    if outcome is not None:
        raise outcome
    view = activation_view(state, row)
    secret = new_token()  # this client's own secret: the creator's keeps working
    with state.store.tx() as tx:
        add_secret(tx, state, row["id"], secret)
    return {
        "account_id": row["id"],
        "account_secret": secret,
        "status": view["status"],
        "email": view["email"],
        "resend_available_at": view["resend_available_at"],
    }
