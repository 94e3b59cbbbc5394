"""Routes: health, meta, e-mail checks and verification codes, the training mail service."""

from __future__ import annotations

import re
import unicodedata

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from aidant_app import rules
from aidant_app.server import emailcheck, guided, mail, throttle
from aidant_app.server.accounts import account_fields
from aidant_app.server.db import IntegrityError
from aidant_app.server.deps import State, Structure, problems
from aidant_app.server.errors import ApiError, field_errors, rate_limited
from aidant_app.server.models import (
    CodeBody,
    EmailBody,
    EmailCheck,
    Health,
    MailboxCreate,
    MailboxCreated,
    Meta,
    Verification,
    VerificationConfirmed,
)
from aidant_app.server.security import hash_password, new_id, new_numeric_code, new_token
from aidant_app.server.state import MAILBOX_DOMAIN, MAILBOX_POLICY, ServerState, iso

router = APIRouter()
MAX_CODE_FAILURES = 5

# FACTS.md ("The ameli account"): the 36 46 is a free service plus the price of the call,
# weekdays 8:30 to 17:30 (ameli.fr 2020, etudiant.gouv 2024; "0,06 € par minute" is old);
# from abroad +33 1 84 90 36 46 has one secondary source only, so its label says to check it
# (+33 811 70 36 46 appears only on old pages).
HELP_CONTACTS = [
    {
        "label": "Assurance Maladie",
        "phone": "36 46",
        "price": "service gratuit + prix de l'appel",
        "hours": "du lundi au vendredi, de 8 h 30 à 17 h 30",
    },
    {
        "label": "Assurance Maladie depuis l'étranger (numéro à vérifier sur ameli.fr)",
        "phone": "+33 1 84 90 36 46",
        "price": None,
        "hours": None,
    },
    {
        "label": "Solidarité Numérique",
        "phone": "01 70 772 372",
        "price": None,
        "hours": "du lundi au vendredi, de 9 h à 18 h",
    },
]

TERMS_HTML = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Conditions d'utilisation (entraînement)</title></head>
<body style="font-family: sans-serif; font-size: 18px; max-width: 40em; margin: 2em auto">
<h1>Conditions d'utilisation du compte (entraînement)</h1>
<p>Ceci est un serveur d'entraînement. Les personnes, les comptes et les messages sont
fictifs. Aucune donnée n'est transmise à l'Assurance Maladie.</p>
<p>Sur le vrai service, lisez les conditions d'utilisation publiées par l'Assurance Maladie
avant de les accepter.</p></body></html>"""


@router.get("/v1/health", response_model=Health, tags=["meta"])
def health() -> dict:
    return {"status": "ok"}


@router.get("/v1/meta", response_model=Meta, tags=["meta"])
def meta(state: State) -> dict:
    training = state.settings.training
    return {
        "mode": state.settings.mode,
        "terms": {"version": state.settings.terms_version, "url": f"{state.link_base}/v1/terms"},
        "account_fields": account_fields(state),
        "password_policy": state.password_policy.to_meta(),
        "activation_link_hours": state.settings.activation_link_hours,
        "resend_cooldown_s": state.settings.resend_cooldown_s,
        "email_code": {
            "length": state.settings.email_code_length,
            "minutes": state.settings.email_code_minutes,
        },
        **guided.meta_fields(state.settings),
        "help_contacts": HELP_CONTACTS,
        "mailbox_service": {
            "name": "Messagerie d'entraînement",
            "domain": MAILBOX_DOMAIN,
            "webmail_url": None,
            "password_policy": MAILBOX_POLICY.to_meta(),
        }
        if training
        else None,
    }


@router.get("/v1/terms", response_class=HTMLResponse, tags=["meta"])
def terms() -> str:
    return TERMS_HTML


@router.post(
    "/v1/email-checks", response_model=EmailCheck, tags=["email"], responses=problems(429)
)
def email_check(body: EmailBody, request: Request, state: State, where: Structure) -> dict:
    throttle.email_check(state, throttle.client_of(request))  # before the answer (API 1.2)
    email = state.check_email(body.email)
    domain = email.rpartition("@")[2]
    if state.settings.training and domain == MAILBOX_DOMAIN:
        deliverable = "yes" if state.mailbox_exists(email) else "no"
    else:
        deliverable = state.deliverable(email)
    state.count(where, "journeys_started", marker=emailcheck.email_key(email))
    has_mail_servers = (
        domain != MAILBOX_DOMAIN
        and state.deliverability(emailcheck.ascii_domain(domain)) == "yes"
    )
    return {
        "email": email,
        "deliverable": deliverable,
        "disposable": emailcheck.is_disposable(domain),
        # Never a suggestion for a domain that receives mail: someone may own that mailbox.
        "suggestion": emailcheck.suggest(email, has_mail_servers=has_mail_servers),
        "available": not state.email_in_use(email),
    }


@router.post(
    "/v1/email-verifications",
    response_model=Verification,
    status_code=201,
    tags=["email"],
    responses=problems(404, 429),
    dependencies=guided.MAILED_CODES,
)
def start_verification(body: EmailBody, request: Request, state: State) -> dict:
    email = state.check_email(body.email)
    # API 1.2: no mail bombing, whatever the addresses: per client and per domain.
    throttle.code_request(
        state, throttle.client_of(request), emailcheck.ascii_domain(email.rpartition("@")[2])
    )
    now = state.now()
    cooldown = state.settings.resend_cooldown_s
    code = new_numeric_code(state.settings.email_code_length)
    verification_id = new_id()
    expires = now + state.settings.email_code_minutes * 60
    key = emailcheck.email_key(email)
    subject, text, html = mail.code_message(code, state.settings.email_code_minutes)
    with state.store.tx() as tx:
        tx.lock(f"verify:{key}")  # one code at a time per address, in every worker
        last = tx.one(
            "SELECT MAX(created_at) AS last FROM verifications WHERE email_key = ?", key
        )["last"]
        if last is not None and now < last + cooldown:
            raise rate_limited(last + cooldown - now)
        tx.execute(
            "UPDATE verifications SET state = 'cancelled' WHERE email_key = ? AND state = 'pending'",
            (key,),
        )
        tx.execute(
            "INSERT INTO verifications (id, email, code_hash, created_at, expires_at, failures,"
            " state, email_key) VALUES (?, ?, ?, ?, ?, 0, 'pending', ?)",
            (verification_id, email, state.hasher(code), now, expires, key),
        )
        state.outbox.queue(email, subject, text, html, kind="code")
    return {
        "id": verification_id,
        "expires_at": iso(expires),
        "resend_available_at": iso(now + cooldown),
    }


@router.post(
    "/v1/email-verifications/{verification_id}/confirm",
    response_model=VerificationConfirmed,
    tags=["email"],
    responses=problems(404, 410, 423),
    dependencies=guided.MAILED_CODES,
)
def confirm_verification(
    verification_id: str,
    body: CodeBody,
    state: State,
    where: Structure,
) -> dict:
    code = "".join(body.code.split())
    now = state.now()
    with state.store.tx() as c:
        c.lock(f"confirm:{verification_id}")  # wrong codes count one at a time
        row = c.execute("SELECT * FROM verifications WHERE id = ?", (verification_id,)).fetchone()
        if row is None:
            raise ApiError(404, "not_found")
        if row["failures"] >= MAX_CODE_FAILURES:
            raise ApiError(423, "too_many_attempts")
        if row["state"] != "pending" or row["expires_at"] <= now:
            raise ApiError(410, "code_expired")
        proof = None
        failures = row["failures"]
        if state.hasher.matches(code, row["code_hash"]):
            proof = new_token()
            c.execute(
                "UPDATE verifications SET state = 'verified' WHERE id = ?", (verification_id,)
            )
            c.execute(
                "INSERT INTO proofs (proof_hash, email, expires_at, used, email_key)"
                " VALUES (?, ?, ?, 0, ?)",
                (
                    state.hasher(proof),
                    row["email"],
                    now + state.settings.proof_minutes * 60,
                    emailcheck.email_key(row["email"]),
                ),
            )
        else:
            failures += 1
            c.execute(
                "UPDATE verifications SET failures = ? WHERE id = ?", (failures, verification_id)
            )
    # Answer after the transaction so the failure count is stored whatever we answer.
    if proof is None:
        if failures >= MAX_CODE_FAILURES:
            raise ApiError(423, "too_many_attempts")
        raise ApiError(
            422,
            "code_mismatch",
            errors=[{"field": "code", "code": "code_mismatch"}],
            attempts_left=MAX_CODE_FAILURES - failures,
        )
    state.count(where, "mailboxes_verified")
    return {"verified": True, "proof": proof}


def _local_part(text: str) -> str:
    """An address part from a name in any script: 李 -> li, Дмитрий -> dmitriy, Zoé -> zoe."""
    from anyascii import anyascii

    folded = unicodedata.normalize("NFKD", anyascii(text)).encode("ascii", "ignore").decode()
    folded = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return folded[:30].strip("-")


def _alternatives(state: ServerState, first: str, last: str, wanted: str) -> list[str]:
    f, ln = _local_part(first) or "prenom", _local_part(last) or "nom"
    candidates = [f"{f}.{ln}", f"{f[:1]}.{ln}", f"{ln}.{f}", f"{f}-{ln}"]
    candidates += [f"{wanted}{n}" for n in range(2, 40)]
    free = []
    for local in dict.fromkeys(candidates):
        address = f"{local}@{MAILBOX_DOMAIN}"
        if local != wanted and not state.mailbox_exists(address):
            free.append(address)
        if len(free) == 3:
            break
    return free


@router.post(
    "/v1/mailboxes",
    response_model=MailboxCreated,
    status_code=201,
    tags=["mailbox"],
    responses=problems(404, 409),
)
def create_mailbox(body: MailboxCreate, state: State) -> dict:
    if not state.settings.training:
        raise ApiError(404, "not_found")
    if body.address is not None:
        wanted = body.address.strip().lower().removesuffix(f"@{MAILBOX_DOMAIN}")
        if not re.fullmatch(r"[a-z0-9](?:[a-z0-9.\-]{0,38}[a-z0-9])?", wanted) or ".." in wanted:
            raise field_errors(422, [{"field": "address", "code": "address_invalid"}])
    else:
        wanted = f"{_local_part(body.first_name)}.{_local_part(body.last_name)}".strip(".")
        if not wanted:  # a name with no letters to spell (emoji, symbols): a plain default
            wanted = f"courriel.{new_numeric_code(6)}"
    if rules.check_password(body.password, MAILBOX_POLICY):
        raise field_errors(422, [{"field": "password", "code": "password_policy"}])
    address = f"{wanted}@{MAILBOX_DOMAIN}"
    password_hash = hash_password(body.password)
    try:
        with state.store.tx() as c:
            taken = c.execute("SELECT 1 FROM mailboxes WHERE address = ?", (address,)).fetchone()
            if not taken:
                c.execute(
                    "INSERT INTO mailboxes VALUES (?, ?, ?)",
                    (address, password_hash, state.now()),
                )
    except IntegrityError:  # the same address made at the same moment by another request
        taken = True
    if taken:
        raise ApiError(
            409,
            "address_taken",
            alternatives=_alternatives(state, body.first_name, body.last_name, wanted),
        )
    return {"address": address, "webmail_url": None}
