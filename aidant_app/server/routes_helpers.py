"""Routes: helper sign-in and sign-out (the structure's figures: routes_accompaniments.py)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from aidant_app.server import limits, logins
from aidant_app.server.deps import State, Token, problems
from aidant_app.server.errors import ApiError, rate_limited
from aidant_app.server.models import HelperSession, HelperSignIn
from aidant_app.server.security import new_token, verify_password
from aidant_app.server.state import ServerState, iso

router = APIRouter(tags=["helpers"])
SIGN_IN_LIMIT = 5  # failures per login ...
SIGN_IN_WINDOW = 900.0  # ... within 15 minutes


def _current(state: ServerState, token: str | None):
    """The signed-in helper's row, or 401 unauthenticated."""
    row = state.helper_for(token)
    if row is None:
        raise ApiError(401, "unauthenticated", headers={"WWW-Authenticate": "Bearer"})
    return row


@router.post(
    "/v1/helper-sessions",
    response_model=HelperSession,
    status_code=201,
    responses=problems(401, 429),
)
def sign_in(body: HelperSignIn, state: State) -> dict:
    # Counted before the password is checked, in the database: 50 parallel tries on one login
    # get at most SIGN_IN_LIMIT checks, whichever worker they reach.
    # API 1.2: look-alike logins share one counter, as they share one helper.
    login = logins.normalise_login(body.login)
    name = f"sign-in:{state.hasher(logins.skeleton(login))}"
    now = state.now()
    hit = limits.hit(state.store, name, SIGN_IN_WINDOW, now)
    if hit.count > SIGN_IN_LIMIT:
        raise rate_limited(hit.window_start + SIGN_IN_WINDOW - now)
    row = state.store.one(
        "SELECT * FROM helpers WHERE lower(login) = ? AND disabled_at IS NULL", login
    )
    if not verify_password(body.password, row["password_hash"] if row else None):
        raise ApiError(401, "bad_credentials")
    limits.undo(state.store, name)  # a right password is not a failure
    token = new_token()
    expires = state.now() + state.settings.helper_token_hours * 3600
    with state.store.tx() as c:
        c.execute("DELETE FROM helper_tokens WHERE expires_at <= ?", (state.now(),))
        c.execute(
            "INSERT INTO helper_tokens VALUES (?, ?, ?)",
            (state.hasher(token), row["login"], expires),
        )
    return {
        "token": token,
        "expires_at": iso(expires),
        "helper": {"display_name": row["display_name"], "structure": row["structure"]},
    }


@router.delete(
    "/v1/helper-sessions/current", status_code=204, response_class=Response, responses=problems(401)
)
def sign_out(state: State, token: Token) -> Response:
    row = _current(state, token)
    with state.store.tx() as c:
        c.execute("DELETE FROM helper_tokens WHERE token_hash = ?", (row["token_hash"],))
    return Response(status_code=204)

