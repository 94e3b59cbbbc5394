"""Shared pieces of the routes: the server state, the helper's token, documented errors."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from aidant_app.server.errors import ApiError
from aidant_app.server.models import Problem
from aidant_app.server.state import ServerState

bearer = HTTPBearer(auto_error=False, description="A helper's token from POST /v1/helper-sessions")


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.aidant
    if state.listen_address is None and request.scope.get("server"):
        host, port = request.scope["server"][:2]
        state.listen_address = (host, port)
    return state


def helper_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str | None:
    return credentials.credentials if credentials else None


State = Annotated[ServerState, Depends(get_state)]
Token = Annotated[str | None, Depends(helper_token)]


def structure(state: State, token: Token) -> str | None:
    """The calling helper's structure when a valid token is sent; the call works without."""
    return state.structure_for(token)


Structure = Annotated[str | None, Depends(structure)]


def training_only(state: State) -> ServerState:
    if not state.settings.training:
        raise ApiError(404, "not_found")
    return state


TrainingState = Annotated[ServerState, Depends(training_only)]

_DESCRIPTIONS = {
    400: "Malformed request",
    401: "Not authenticated",
    404: "Not found",
    409: "Conflict",
    410: "Gone",
    422: "Rejected values",
    423: "Locked",
    428: "Precondition required",
    429: "Too many requests (see Retry-After)",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem+json answers of an endpoint."""
    wanted = {400, 422, *statuses}
    return {s: {"model": Problem, "description": _DESCRIPTIONS[s]} for s in sorted(wanted)}
