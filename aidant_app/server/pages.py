"""The activation page behind the link in the message: look first, confirm with a button."""

from __future__ import annotations

import html

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from aidant_app.server import accounts
from aidant_app.server.deps import State

router = APIRouter(tags=["activation page"])

_PAGE = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; font-size: 20px; line-height: 1.5; max-width: 36em;
       margin: 2em auto; padding: 0 1em; color: #1a1a1a; }}
button {{ font-size: 26px; padding: 0.8em 1.6em; border-radius: 8px; border: none;
          background: #0a5bb5; color: #fff; cursor: pointer; }}
button:focus {{ outline: 4px solid #f5a300; outline-offset: 3px; }}
</style></head>
<body><main>
<h1>{title}</h1>
{body}
<p style="color: #555; font-size: 16px">Service d'entraînement Aidant : les comptes sont
fictifs.</p>
</main></body></html>"""

_STATES = {
    "used": (
        "Votre adresse est déjà confirmée",
        (
            "<p>Ce lien a déjà servi : votre compte est actif.</p>"
            "<p>Vous pouvez vous connecter à votre compte ameli. Utilisez votre numéro de "
            "sécurité sociale et votre mot de passe.</p>"
        ),
    ),
    "superseded": (
        "Ce lien ne marche plus",
        (
            "<p>Nous vous avons envoyé un message plus récent, avec un nouveau lien. Ce lien-ci "
            "ne marche plus.</p><p>Ouvrez le <strong>dernier</strong> message reçu et utilisez "
            "son lien.</p>"
        ),
    ),
    "expired": (
        "Le temps de ce lien est passé",
        (
            "<p>Ce lien ne marche plus.</p><p>Demandez un nouveau lien : dans l'application "
            "Aidant, choisissez « Renvoyer le message », puis ouvrez le nouveau message.</p>"
        ),
    ),
    "unknown": (
        "Lien inconnu",
        (
            "<p>Nous ne connaissons pas ce lien. Il manque peut-être une partie du lien.</p>"
            "<p>Copiez le lien en entier depuis le message. Ou bien, utilisez le bouton du "
            "message.</p>"
        ),
    ),
}


def _render(title: str, body: str, status: int = 200) -> HTMLResponse:
    page = _PAGE.format(title=html.escape(title), body=body)
    # No caching: the page's state changes once the button is pressed.
    return HTMLResponse(page, status_code=status, headers={"Cache-Control": "no-store"})


def _state_page(kind: str) -> HTMLResponse:
    title, body = _STATES[kind]
    return _render(title, body, 404 if kind == "unknown" else 200)


@router.get(
    "/activate/{token}",
    response_class=HTMLResponse,
    responses={404: {"description": "Unknown link", "content": {"text/html": {}}}},
)
def show(token: str, state: State) -> HTMLResponse:
    # Opening the page changes nothing: mail filters open links before people do.
    kind, _ = accounts.link_state(state, token)
    if kind != "current":
        return _state_page(kind)
    body = (
        "<p>Pour activer votre compte ameli, appuyez sur le bouton ci-dessous.</p>"
        f'<form method="post" action="/activate/{html.escape(token, quote=True)}">'
        '<button type="submit" id="confirm">Confirmer mon adresse</button></form>'
    )
    return _render("Confirmez votre adresse e-mail", body)


@router.post(
    "/activate/{token}",
    response_class=HTMLResponse,
    responses={404: {"description": "Unknown link", "content": {"text/html": {}}}},
)
def confirm(token: str, state: State) -> HTMLResponse:
    kind, _ = accounts.activate(state, token)
    if kind != "current":
        return _state_page(kind)
    return _render(
        "Votre compte est activé",
        "<p>Merci : votre adresse e-mail est confirmée et votre compte ameli est actif.</p>"
        "<p>Revenez maintenant dans l'application Aidant pour terminer. Ou bien, connectez-vous "
        "à votre compte ameli. Utilisez votre numéro de sécurité sociale et votre mot de "
        "passe.</p>",
    )
