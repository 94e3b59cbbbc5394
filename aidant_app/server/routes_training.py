"""Routes that exist in training mode only: the population, the captured inbox, reset."""

from __future__ import annotations

from fastapi import APIRouter, Response

from aidant_app import rules
from aidant_app.server.deps import TrainingState, problems
from aidant_app.server.errors import ApiError
from aidant_app.server.models import InboxBody, InboxMessage, TrainingPerson
from aidant_app.server.security import verify_password
from aidant_app.server.state import iso

router = APIRouter(tags=["training"])


@router.get("/v1/training/people", response_model=list[TrainingPerson], responses=problems(404))
def people(state: TrainingState) -> list[dict]:
    return [
        {
            "first_name": r["first_name"],
            "last_name": r["last_name"],
            "nir": rules.group_nir(r["nir"]),
            "birth_date": r["birth_date"],
            "postal_code": r["postal_code"],
            "iban": r["iban_listed"],
            "email": r["email"],
            "situation": r["situation"],
        }
        for r in state.store.all("SELECT * FROM people ORDER BY id")
    ]


@router.post("/v1/training/inbox", response_model=list[InboxMessage], responses=problems(401, 404))
def inbox(body: InboxBody, state: TrainingState) -> list[dict]:
    address = rules.normalise_email(body.address)
    box = state.store.one("SELECT * FROM mailboxes WHERE address = ?", address.lower())
    if box is not None and not verify_password(body.password or "", box["password_hash"]):
        raise ApiError(401, "bad_credentials")
    rows = state.store.all(
        "SELECT * FROM messages WHERE lower(recipient) = lower(?)"
        " ORDER BY received_at DESC, id DESC",
        address,
    )
    return [
        {
            "id": r["id"],
            "from": r["sender"],
            "to": r["recipient"],
            "subject": r["subject"],
            "received_at": iso(r["received_at"]),
            "text": r["text"],
            "html": r["html"],
        }
        for r in rows
    ]


@router.post(
    "/v1/training/reset", status_code=204, response_class=Response, responses=problems(404)
)
def reset(state: TrainingState) -> Response:
    state.reset()
    return Response(status_code=204)
