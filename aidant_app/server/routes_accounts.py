"""Routes: account creation (idempotent), activation status, resend, address change, resume."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from aidant_app.server import accounts, creation, guided
from aidant_app.server.deps import State, Structure, problems
from aidant_app.server.errors import PROBLEM_JSON, ApiError, canonical_json
from aidant_app.server.models import (
    AccountCreate,
    AccountCreated,
    Activated,
    ActivationBody,
    ActivationStatus,
    EmailChange,
    Resent,
    ResumeBody,
    Resumed,
)

router = APIRouter(tags=["accounts"])
# Why a link no longer activates (accounts.activate's kinds), as codes of the vocabulary.
_LINK_CODES = {"expired": "link_expired", "used": "link_used", "superseded": "link_superseded"}

# API 1.2: reading or changing an account needs the secret its creation (or a resume) gave.
Secret = Annotated[
    str | None,
    Header(
        alias=accounts.SECRET_HEADER,
        description="The account_secret from POST /v1/accounts or POST /v1/journeys/resume",
    ),
]


def client_of(request: Request) -> str:
    """The peer address (a trusted proxy's X-Forwarded-For only with --forwarded-allow-ips)."""
    return request.client.host if request.client else "-"


@router.post(
    "/v1/accounts",
    response_model=AccountCreated,
    status_code=201,
    responses=problems(404, 409, 428, 429),
    dependencies=guided.API_CREATION,
)
async def create_account(
    request: Request,
    body: AccountCreate,
    state: State,
    where: Structure,
    idempotency_key: Annotated[
        str | None,
        Header(description="A UUID, one per attempt; reuse it only to retry that attempt"),
    ] = None,
) -> JSONResponse:
    if not idempotency_key:
        raise ApiError(428, "idempotency_key_required")
    try:
        key = str(uuid.UUID(idempotency_key.strip()))
    except ValueError as error:
        raise ApiError(400, "idempotency_key_invalid") from error
    raw = json.loads(await request.body())
    # A field the operator requires beyond the model's own (--require-field) must be there too;
    # its code is the vocabulary's (rules/codes.py), so clients word it.
    missing = [
        name
        for name in accounts.account_fields(state)
        if name not in AccountCreate.model_fields
        and not (isinstance(raw.get(name), str) and raw[name].strip())
    ]
    if missing:
        raise ApiError(
            422, "invalid_request", errors=[{"field": name, "code": "field_missing"} for name in missing]
        )
    # API 1.2: keyed, so a copy of the database cannot test guessed passwords against it.
    canonical = canonical_json(raw)
    body_hash = state.hasher(f"idempotency-body|{canonical}")
    legacy_hash = hashlib.sha256(canonical.encode()).hexdigest()  # records written by 1.1
    status, answer, headers = await run_in_threadpool(
        creation.create_once, state, key, body_hash, body, where, client_of(request), legacy_hash
    )
    return JSONResponse(
        answer,
        status_code=status,
        headers=headers,
        media_type=PROBLEM_JSON if status >= 400 else None,
    )


@router.get(
    "/v1/accounts/{account_id}/activation",
    response_model=ActivationStatus,
    responses=problems(404),
    dependencies=guided.API_CREATION,
)
def activation_status(account_id: str, state: State, secret: Secret = None) -> dict:
    return accounts.activation_view(state, accounts.owned_account(state, account_id, secret))


@router.post(
    "/v1/accounts/{account_id}/activation/resend",
    response_model=Resent,
    status_code=202,
    responses=problems(404, 409, 429),
    dependencies=guided.API_CREATION,
)
def resend(account_id: str, state: State, secret: Secret = None) -> dict:
    accounts.owned_account(state, account_id, secret)
    return accounts.resend(state, account_id)


@router.put(
    "/v1/accounts/{account_id}/email",
    response_model=ActivationStatus,
    responses=problems(404, 409, 429),
    description="Needs `email_proof` for the NEW address; the old address gets a plain notice.",
    dependencies=guided.API_CREATION,
)
def change_email(
    account_id: str, body: EmailChange, state: State, secret: Secret = None
) -> dict:
    accounts.owned_account(state, account_id, secret)
    return accounts.change_email(state, account_id, body.email, body.email_proof)


@router.post(
    "/v1/activations",
    response_model=Activated,
    responses=problems(404, 410),
    dependencies=guided.API_CREATION,
)
def activate(body: ActivationBody, state: State) -> dict:
    kind, account_id = accounts.activate(state, accounts.token_from_link(body.link))
    if kind == "unknown":
        raise ApiError(404, "link_unknown")
    if kind != "current":
        raise ApiError(410, _LINK_CODES[kind])
    return {"status": "active", "account_id": account_id}


@router.post(
    "/v1/journeys/resume",
    response_model=Resumed,
    responses=problems(404, 410, 429),
    dependencies=guided.API_CREATION,
)
def resume(body: ResumeBody, request: Request, state: State) -> dict:
    return accounts.resume(state, body.journey_code, body.birth_date, client_of(request))
