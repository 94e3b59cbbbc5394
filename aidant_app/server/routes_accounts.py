"""Routes: account creation (idempotent), activation status, resend, address change, resume."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from aidant_app.server import accounts
from aidant_app.server.deps import State, Structure, problems
from aidant_app.server.errors import PROBLEM_JSON, ApiError, canonical_json
from aidant_app.server.models import (
    AccountCreate,
    AccountCreated,
    Activated,
    ActivationBody,
    ActivationStatus,
    EmailBody,
    Resent,
    ResumeBody,
    Resumed,
)
from aidant_app.server.state import ServerState

router = APIRouter(tags=["accounts"])
IDEMPOTENCY_SECONDS = 24 * 3600


def _create_once(
    state: ServerState, key: str, body_hash: str, body: AccountCreate, where: str | None
) -> JSONResponse:
    """Run the creation at most once per key; replay the stored answer afterwards."""
    with state.key_lock(f"idem:{key}"):
        now = state.now()
        with state.store.tx() as c:
            c.execute("DELETE FROM idempotency WHERE created_at < ?", (now - IDEMPOTENCY_SECONDS,))
            row = c.execute("SELECT * FROM idempotency WHERE key = ?", (key,)).fetchone()
        if row is not None:
            if row["body_hash"] != body_hash:
                raise ApiError(422, "idempotency_key_reused")
            return JSONResponse(
                json.loads(row["body"]),
                status_code=row["status"],
                headers=json.loads(row["headers"]),
                media_type=PROBLEM_JSON if row["status"] >= 400 else None,
            )
        try:
            status, answer = accounts.create(state, body, where)
            headers: dict[str, str] = {}
        except ApiError as error:
            status, answer, headers = error.status, error.body(), error.headers
        with state.store.tx() as c:
            c.execute(
                "INSERT INTO idempotency VALUES (?, ?, ?, ?, ?, ?)",
                (key, body_hash, status, json.dumps(answer), json.dumps(headers), now),
            )
        return JSONResponse(
            answer,
            status_code=status,
            headers=headers,
            media_type=PROBLEM_JSON if status >= 400 else None,
        )


@router.post(
    "/v1/accounts",
    response_model=AccountCreated,
    status_code=201,
    responses=problems(409, 428, 429),
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
    body_hash = hashlib.sha256(canonical_json(raw).encode()).hexdigest()
    return await run_in_threadpool(_create_once, state, key, body_hash, body, where)


@router.get(
    "/v1/accounts/{account_id}/activation", response_model=ActivationStatus, responses=problems(404)
)
def activation_status(account_id: str, state: State) -> dict:
    return accounts.activation_view(state, accounts.get_account(state, account_id))


@router.post(
    "/v1/accounts/{account_id}/activation/resend",
    response_model=Resent,
    status_code=202,
    responses=problems(404, 409, 429),
)
def resend(account_id: str, state: State) -> dict:
    return accounts.resend(state, account_id)


@router.put(
    "/v1/accounts/{account_id}/email",
    response_model=ActivationStatus,
    responses=problems(404, 409, 429),
)
def change_email(account_id: str, body: EmailBody, state: State) -> dict:
    return accounts.change_email(state, account_id, body.email)


@router.post("/v1/activations", response_model=Activated, responses=problems(404, 410))
def activate(body: ActivationBody, state: State) -> dict:
    kind, account_id = accounts.activate(state, accounts.token_from_link(body.link))
    if kind == "unknown":
        raise ApiError(404, "link_unknown")
    if kind != "current":
        raise ApiError(410, f"link_{kind}")
    return {"status": "active", "account_id": account_id}


@router.post("/v1/journeys/resume", response_model=Resumed, responses=problems(404, 429))
def resume(body: ResumeBody, request: Request, state: State) -> dict:
    client = request.client.host if request.client else "-"
    return accounts.resume(state, body.journey_code, body.birth_date, client)
