"""Routes: the helper records accompaniments in the Coop's fields, lists them, sees the figures."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query

from aidant_app.server import accompaniments
from aidant_app.server.deps import State, Token, problems
from aidant_app.server.errors import ApiError
from aidant_app.server.models_accompaniments import (
    Accompaniment,
    AccompanimentCreate,
    AccompanimentList,
    Activity,
)
from aidant_app.server.state import ServerState

router = APIRouter(tags=["helpers"])

_DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
From = Annotated[
    str | None,
    Query(
        alias="from", pattern=_DAY, description="first day, YYYY-MM-DD (default: 30 days before to)"
    ),
]
To = Annotated[
    str | None, Query(alias="to", pattern=_DAY, description="last day, YYYY-MM-DD (default: today)")
]


def _helper(state: ServerState, token: str | None):
    row = state.helper_for(token)
    if row is None:
        raise ApiError(401, "unauthenticated", headers={"WWW-Authenticate": "Bearer"})
    return row


def _day(text: str | None, field: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # the shape was right, the day does not exist (2026-02-30)
        raise ApiError(
            422, "invalid_request", errors=[{"field": field, "code": "field_invalid"}]
        ) from None


@router.post(
    "/v1/helper-sessions/current/accompaniments",
    response_model=Accompaniment,
    status_code=201,
    responses=problems(401, 428),
)
def record(
    body: AccompanimentCreate,
    state: State,
    token: Token,
    idempotency_key: Annotated[
        str | None,
        Header(description="A UUID: one per accompaniment, reused only to retry it"),
    ] = None,
) -> dict:
    helper = _helper(state, token)
    if not idempotency_key:
        raise ApiError(428, "idempotency_key_required")
    try:
        key = str(uuid.UUID(idempotency_key.strip()))
    except ValueError as error:
        raise ApiError(400, "idempotency_key_invalid") from error
    return accompaniments.record(state, helper, key, body.model_dump())


@router.get(
    "/v1/helper-sessions/current/accompaniments",
    response_model=AccompanimentList,
    responses=problems(401),
)
def listing(state: State, token: Token, start: From = None, end: To = None) -> dict:
    helper = _helper(state, token)
    first, last = accompaniments.period(state, _day(start, "from"), _day(end, "to"))
    return {
        "structure": helper["structure"],
        "from": first,
        "to": last,
        "accompaniments": accompaniments.listing(state, helper, first, last),
    }


@router.get(
    "/v1/helper-sessions/current/activity", response_model=Activity, responses=problems(401)
)
def activity(state: State, token: Token, start: From = None, end: To = None) -> dict:
    helper = _helper(state, token)
    first, last = accompaniments.period(state, _day(start, "from"), _day(end, "to"))
    return accompaniments.activity(state, helper["structure"], first, last)
