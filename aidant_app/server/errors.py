"""RFC 9457 problem details: the error type, French wording per code, and the handlers."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from aidant_app.server.db import StoreUnavailable

log = logging.getLogger("aidant_app.server")

PROBLEM_JSON = "application/problem+json"

# Plain French, safe to show to the person. The client maps `code` to its own words anyway.
# Every code here is one of the vocabulary's (rules/codes.py, tests/test_vocabulary.py).
DETAILS: dict[str, tuple[str, str]] = {
    "malformed_json": ("Requête illisible", "La demande envoyée n'est pas lisible."),
    "invalid_request": (
        "Demande incomplète",
        "Certaines informations manquent ou sont mal écrites.",
    ),
    "field_invalid": ("Information incorrecte", "Cette information manque ou est mal écrite."),
    "field_missing": ("Information manquante", "Cette information est demandée."),
    "not_found": ("Introuvable", "Cet élément n'existe pas."),
    "method_not_allowed": ("Action impossible", "Cette action n'est pas possible ici."),
    "rate_limited": ("Trop de demandes", "Trop de demandes en peu de temps. Réessayez plus tard."),
    "unauthenticated": ("Connexion nécessaire", "Votre session d'aidant n'est plus valable."),
    "bad_credentials": (
        "Identifiants incorrects",
        "L'identifiant ou le mot de passe est incorrect.",
    ),
    "email_invalid": ("Adresse incorrecte", "Cette adresse e-mail n'est pas bien écrite."),
    "code_mismatch": ("Code incorrect", "Ce code ne correspond pas à celui envoyé."),
    "too_many_attempts": ("Trop d'essais", "Trop d'essais. Il faut attendre avant de réessayer."),
    "code_expired": ("Code expiré", "Ce code n'est plus valable. Demandez un nouveau code."),
    "idempotency_key_required": ("Clé manquante", "La demande doit porter une clé d'unicité."),
    "idempotency_key_invalid": ("Clé incorrecte", "La clé d'unicité de la demande est incorrecte."),
    "idempotency_key_reused": (
        "Clé déjà utilisée",
        "Cette clé a déjà servi pour une autre demande.",
    ),
    "nir_invalid": ("Numéro incorrect", "Le numéro de sécurité sociale n'est pas valide."),
    "nir_temporary": (
        "Numéro pas encore définitif",
        (
            "Ce numéro n'est pas un numéro définitif : il ne permet pas encore de créer un "
            "compte ameli. Appelez l'Assurance Maladie au 36 46."
        ),
    ),
    "birth_date_invalid": ("Date incorrecte", "La date de naissance n'est pas valide."),
    "birth_date_mismatch": (
        "Date différente",
        "La date de naissance ne correspond pas au numéro de sécurité sociale.",
    ),
    "postal_code_invalid": ("Code postal incorrect", "Le code postal n'est pas valide."),
    "iban_invalid": ("IBAN incorrect", "L'IBAN n'est pas valide."),
    "email_proof_invalid": (
        "Vérification à refaire",
        "La vérification de l'adresse e-mail n'est plus valable. Recommencez-la.",
    ),
    "password_policy": ("Mot de passe refusé", "Le mot de passe ne respecte pas les règles."),
    "terms_outdated": (
        "Conditions mises à jour",
        "Les conditions d'utilisation ont changé. Lisez-les et acceptez-les à nouveau.",
    ),
    "identity_not_found": (
        "Personne inconnue",
        "Aucune personne ne correspond à ce numéro de sécurité sociale.",
    ),
    "identity_mismatch": (
        "Informations différentes",
        "La date de naissance ou le code postal ne correspond pas au dossier.",
    ),
    "bank_details_mismatch": (
        "Coordonnées bancaires différentes",
        "L'IBAN ne correspond pas à celui connu par l'Assurance Maladie.",
    ),
    "email_unavailable": (
        "Adresse déjà utilisée",
        "Cette adresse e-mail est déjà utilisée pour un autre compte.",
    ),
    "account_exists": ("Compte existant", "Un compte ameli existe déjà pour ce numéro."),
    "already_active": ("Compte déjà actif", "Le compte est déjà activé."),
    "link_expired": ("Lien expiré", "Ce lien n'est plus valable. Demandez un nouveau lien."),
    "link_used": ("Lien déjà utilisé", "Ce lien a déjà servi : le compte est activé."),
    "link_superseded": (
        "Lien remplacé",
        "Un lien plus récent a été envoyé. Utilisez le dernier message reçu.",
    ),
    "link_unknown": ("Lien inconnu", "Ce lien n'est pas reconnu. Vérifiez qu'il est complet."),
    "journey_unknown": (
        "Parcours introuvable",
        "Aucun parcours ne correspond à ce code et à cette date de naissance.",
    ),
    "address_taken": ("Adresse prise", "Cette adresse est déjà prise. Choisissez-en une autre."),
    "address_invalid": (
        "Adresse incorrecte",
        (
            "L'adresse ne peut contenir que des lettres sans accent, des chiffres, des points et des "
            "tirets."
        ),
    ),
    "payload_too_large": ("Demande trop longue", "La demande envoyée est trop longue."),
    "unsupported_media_type": (
        "Format refusé",
        "La demande doit être envoyée au format JSON.",
    ),
    "misdirected_request": (
        "Mauvaise adresse de serveur",
        "Cette demande ne s'adresse pas à ce serveur.",
    ),
    "journey_revoked": (
        "Code de parcours annulé",
        (
            "Ce code de parcours a été annulé après trop d'essais. Recommencez le parcours "
            "ou appelez le 36 46."
        ),
    ),
    "themes_incompatible": (
        "Thèmes incompatibles",
        "Ce thème va seulement avec le thème « Aide aux démarches administratives ».",
    ),
    "internal_error": ("Erreur du serveur", "Le service a rencontré un problème. Réessayez."),
    "backend_unavailable": (
        "Service momentanément indisponible",
        "Le service ne répond pas pour le moment. Réessayez dans quelques instants.",
    ),
}
DATABASE_RETRY_AFTER_S = 5  # a database restart or failover usually takes seconds


class ApiError(Exception):
    """An answer in problem+json form; raised anywhere in a request."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra

    def body(self) -> dict[str, Any]:
        title, detail = DETAILS.get(self.code, DETAILS["invalid_request"])
        data: dict[str, Any] = {
            "type": f"urn:aidant:problem:{self.code}",
            "title": title,
            "status": self.status,
            "detail": detail,
            "code": self.code,
        }
        if self.errors is not None:
            data["errors"] = self.errors
        data.update(self.extra)
        return data

    def response(self) -> JSONResponse:
        return JSONResponse(
            self.body(), status_code=self.status, headers=self.headers, media_type=PROBLEM_JSON
        )


def field_errors(status: int, errors: list[dict[str, str]], **extra: Any) -> ApiError:
    """A field error: the top-level code is the first failing field's."""
    return ApiError(status, errors[0]["code"], errors=errors, **extra)


def rate_limited(retry_after: float, code: str = "rate_limited") -> ApiError:
    seconds = max(1, int(retry_after + 0.999))
    return ApiError(429, code, headers={"Retry-After": str(seconds)})


def _validation_field(loc: tuple) -> str:
    # ("body", "email") -> "email"; ("body",) -> "body"; ("header", "x") -> "x"
    parts = [str(p) for p in loc[1:]] or [str(loc[0])]
    return ".".join(parts)


def _allowed_methods(request: Request) -> set[str]:
    from starlette.routing import Match

    allowed = set()
    for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.routes):
            allowed.add(method)
    return allowed


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Never echo the rejected input: it may hold personal data.
        errs = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errs):
            return ApiError(400, "malformed_json").response()
        fields = [
            {"field": _validation_field(tuple(e.get("loc", ("body",)))), "code": "field_invalid"}
            for e in errs
        ]
        return ApiError(422, "invalid_request", errors=fields or None).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
        if code is None:
            code = "malformed_json" if exc.status_code == 400 else "invalid_request"
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the first matching route's methods; a path may have several.
            headers["Allow"] = ", ".join(sorted(_allowed_methods(request)))
        return ApiError(exc.status_code, code, headers=headers).response()

    @app.exception_handler(StoreUnavailable)
    async def _database_down(_: Request, exc: StoreUnavailable) -> JSONResponse:
        # An outage, not a bug: one line in the log, and "come back in a moment" to the app.
        log.warning("database unavailable: %s", exc)
        headers = {"Retry-After": str(DATABASE_RETRY_AFTER_S)}
        return ApiError(503, "backend_unavailable", headers=headers).response()

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error: %s", type(exc).__name__)
        return ApiError(500, "internal_error").response()


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
