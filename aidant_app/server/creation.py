"""POST /v1/accounts: idempotent, limited, and written in one transaction.

The account, its activation link, its activation message (outbox) and the idempotency record
are written in ONE transaction: after a crash there is all of it or none of it, and a retry
with the same Idempotency-Key replays the first answer or creates the account once. The
journey code is derived from the key with the server's secret key, so the stored answer never
holds it and a replay still gives it back.

Identity failures count per social security number and unknown numbers per client, in the
database (limits.py), before the answer.
"""

from __future__ import annotations

import json
import os
from typing import Any

from aidant_app import rules
from aidant_app.server import limits, population
from aidant_app.server.accounts import (
    account_fields,
    add_secret,
    issue_link,
    proof_valid,
    use_proof,
)
from aidant_app.server.db import IntegrityError
from aidant_app.server.emailcheck import email_key, shows_as_another_address
from aidant_app.server.errors import ApiError, field_errors, rate_limited
from aidant_app.server.models import AccountCreate
from aidant_app.server.security import hash_password, new_id, normalise_journey_code
from aidant_app.server.state import ServerState, iso_text, mask_email

IDEMPOTENCY_SECONDS = 24 * 3600
LOCKED_SITUATION_SECONDS = 24 * 3600
IDENTITY_LIMIT = 5  # the 5th identity failure for one number within the window locks it
IDENTITY_WINDOW = 3600.0
NOT_FOUND_LIMIT = 20  # identity_not_found answers per client within the window
NOT_FOUND_WINDOW = 3600.0
# Test-only: the name of a point where the process dies (os._exit) while creating an account,
# to prove the transaction leaves all or nothing. Never set in production.
CRASH_ENV = "AIDANT_SERVER_TEST_CRASH_AT"

Answer = tuple[int, dict[str, Any], dict[str, str]]


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os._exit(86)


def _field_checks(state: ServerState, body: AccountCreate) -> list[dict[str, str]]:
    """Field errors in the order of the form."""
    errors: list[dict[str, str]] = []

    def add(field: str, code: str | None) -> None:
        if code:
            errors.append({"field": field, "code": code})

    nir_code = rules.check_nir(body.nir)
    if nir_code and nir_code not in ("nir_temporary",):
        nir_code = "nir_invalid"
    add("nir", nir_code)
    birth = rules.check_birth_date(
        body.nir if nir_code is None else "", body.birth_date, today=state.today()
    )
    add("birth_date", birth)
    add("postal_code", rules.check_postal_code(body.postal_code))
    if "iban" in account_fields(state) or body.iban:
        add("iban", rules.check_iban(body.iban or ""))
    email_code = rules.check_email_syntax(body.email)
    if not email_code and shows_as_another_address(body.email):
        email_code = "email_invalid"
    add("email", email_code)
    proof = body.email_proof
    if proof and not email_code and not proof_valid(state, proof, body.email.strip()):
        add("email_proof", "email_proof_invalid")
    password = rules.check_password(body.password, state.password_policy)
    add("password", "password_policy" if password else None)
    if body.terms_version != state.settings.terms_version:
        add("terms_version", "terms_outdated")
    return errors


# --- idempotency records ----------------------------------------------------------------------


def _stored(state: ServerState, key: str, body_hash: str) -> Answer | None:
    now = state.now()
    state.store.execute("DELETE FROM idempotency WHERE created_at < ?", now - IDEMPOTENCY_SECONDS)
    row = state.store.one("SELECT * FROM idempotency WHERE key = ?", key)
    if row is None:
        return None
    if row["body_hash"] != body_hash:
        raise ApiError(422, "idempotency_key_reused")
    answer = json.loads(row["body"])
    if row["status"] == 201:
        answer["journey_code"] = state.hasher.journey_code(key)
        answer["account_secret"] = state.hasher.account_secret(key)
    return row["status"], answer, json.loads(row["headers"])


def _remember(state: ServerState, key: str, body_hash: str, error: ApiError) -> Answer:
    """Store an error answer (not a 429: that one says "later", so a retry is looked at again)."""
    if error.status != 429:
        state.store.execute(
            "INSERT INTO idempotency VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
            key,
            body_hash,
            error.status,
            json.dumps(error.body()),
            json.dumps(error.headers),
            state.now(),
        )
        stored = _stored(state, key, body_hash)  # a concurrent twin may have answered first
        if stored is not None:
            return stored
    return error.status, error.body(), error.headers


# --- the creation -----------------------------------------------------------------------------


def create_once(
    state: ServerState,
    key: str,
    body_hash: str,
    body: AccountCreate,
    structure: str | None,
    client: str,
    legacy_hash: str | None = None,
) -> Answer:
    """The answer to POST /v1/accounts for this Idempotency-Key.

    `legacy_hash`: the plain SHA-256 a 1.1 server stored; a record still holding it is
    rewritten with the keyed hash, so a retry across the upgrade gets its first answer.
    """
    if legacy_hash:
        state.store.execute(
            "UPDATE idempotency SET body_hash = ? WHERE key = ? AND body_hash = ?",
            body_hash,
            key,
            legacy_hash,
        )
    stored = _stored(state, key, body_hash)
    if stored is not None:
        return stored
    limits.prune(state.store, state.now())
    try:
        return _create(state, key, body_hash, body, structure, client)
    except ApiError as error:
        return _remember(state, key, body_hash, error)


def _identity(
    state: ServerState, body: AccountCreate, client: str, attempt: str
) -> tuple[Any, str | None]:
    """The person, after the attempt limits; returns (person row, counter name, or None when
    this request is a twin of one already counted).

    API 1.2: identical requests (one Idempotency-Key, one body: `attempt`) are one attempt.
    Twins sent at once count once, so retries never lock the person's number; a different
    body under the same key is another attempt and counts."""
    now = state.now()
    not_found = f"not-found:{state.hasher(client)}"  # no address stored in clear
    seen = limits.peek(state.store, not_found, NOT_FOUND_WINDOW, now)
    if seen.count >= NOT_FOUND_LIMIT:  # this client used up its unknown numbers: no lookup
        raise rate_limited(seen.window_start + NOT_FOUND_WINDOW - now)
    first = limits.hit(state.store, f"attempt:{attempt}", IDEMPOTENCY_SECONDS, now).count == 1
    nir = rules.normalise_nir(body.nir)
    person = state.store.one("SELECT * FROM people WHERE nir = ?", nir)
    if person is None:
        if not first:
            raise ApiError(422, "identity_not_found")
        hit = limits.hit(state.store, not_found, NOT_FOUND_WINDOW, now)
        if hit.count > NOT_FOUND_LIMIT:
            raise rate_limited(hit.window_start + NOT_FOUND_WINDOW - now)
        raise ApiError(422, "identity_not_found")
    if person["situation"] == population.LOCKED:
        raise rate_limited(LOCKED_SITUATION_SECONDS, code="too_many_attempts")
    name = f"identity:{state.hasher(nir)}"
    if first:
        hit = limits.hit(state.store, name, IDENTITY_WINDOW, now)  # counted before the answer
    else:
        hit = limits.peek(state.store, name, IDENTITY_WINDOW, now)
    if hit.locked_until is not None and hit.locked_until > now:
        raise rate_limited(hit.locked_until - now, code="too_many_attempts")
    if not first:
        return person, None
    if hit.count >= IDENTITY_LIMIT:
        until = limits.lock(state.store, name, now + IDENTITY_WINDOW)
        raise rate_limited(until - now, code="too_many_attempts")
    return person, name


def _create(
    state: ServerState,
    key: str,
    body_hash: str,
    body: AccountCreate,
    structure: str | None,
    client: str,
) -> Answer:
    errors = _field_checks(state, body)
    if errors:
        raise field_errors(422, errors)
    email = rules.normalise_email(body.email)
    person, counter = _identity(state, body, client, state.hasher(f"{key}|{body_hash}"))
    same_identity = person["birth_date"] == body.birth_date.strip() and person[
        "postal_code"
    ] == body.postal_code.strip().replace(" ", "")
    if not same_identity:
        raise ApiError(422, "identity_mismatch")  # counted: the attempt stays in the counter
    if state.store.one("SELECT 1 FROM accounts WHERE person_id = ?", person["id"]):
        if counter:
            limits.undo(state.store, counter)
        raise ApiError(409, "account_exists")
    if rules.normalise_iban(body.iban or "") != person["iban_on_file"]:
        raise ApiError(422, "bank_details_mismatch")  # counted
    if counter:
        limits.undo(state.store, counter)  # the identity is right: not a failure
    if state.email_in_use(email):
        raise ApiError(409, "email_unavailable")

    password_hash = hash_password(body.password)  # slow: before the transaction
    journey_code = state.hasher.journey_code(key)
    account_id = new_id()
    now = state.now()
    resend_at = now + state.settings.resend_cooldown_s
    try:
        with state.store.tx() as tx:
            tx.lock(f"idem:{key}")
            if tx.one("SELECT 1 FROM idempotency WHERE key = ?", key):
                raise _AlreadyAnswered
            if body.email_proof and not use_proof(tx, state, body.email_proof):
                raise field_errors(422, [{"field": "email_proof", "code": "email_proof_invalid"}])
            tx.execute(
                "INSERT INTO accounts (id, person_id, email, email_key, password_hash, created_at,"
                " resend_available_at, journey_code_hash, structure)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account_id,
                    person["id"],
                    email,
                    email_key(email),
                    password_hash,
                    now,
                    resend_at,
                    state.hasher(normalise_journey_code(journey_code)),
                    structure,
                ),
            )
            add_secret(tx, state, account_id, state.hasher.account_secret(key))
            _crash_point("account")
            expires = issue_link(state, account_id, email)
            _crash_point("link")
            answer = {
                "id": account_id,
                "status": "pending",
                "email": mask_email(email),
                "activation_expires_at": iso_text(expires),
                "resend_available_at": iso_text(resend_at),
            }
            tx.execute(
                "INSERT INTO idempotency VALUES (?, ?, ?, ?, ?, ?)",
                (key, body_hash, 201, json.dumps(answer), "{}", now),
            )
            _crash_point("idempotency")
    except _AlreadyAnswered:
        stored = _stored(state, key, body_hash)
        assert stored is not None
        return stored
    except IntegrityError:
        # A concurrent request won: the same key (replay it), the same person or address.
        stored = _stored(state, key, body_hash)
        if stored is not None:
            return stored
        if state.store.one("SELECT 1 FROM accounts WHERE person_id = ?", person["id"]):
            raise ApiError(409, "account_exists") from None
        raise ApiError(409, "email_unavailable") from None
    _crash_point("commit")
    state.count(structure, "accounts_created")
    secret = state.hasher.account_secret(key)
    return 201, {**answer, "journey_code": journey_code, "account_secret": secret}, {}


class _AlreadyAnswered(Exception):
    """A twin request with the same key committed first."""
