"""The French messages the server sends: activation link, code, address-change notice."""

from __future__ import annotations

import html

SENDER_NAME = "Compte ameli (entraînement Aidant)"
SENDER_ADDRESS = "ne-pas-repondre@entrainement.example"
_HTML = """<!doctype html>
<html lang="fr"><body style="font-family: sans-serif; font-size: 18px; line-height: 1.5">
{body}
<p style="color: #555">Aidant vous envoie ce message pour l'entraînement. Ne répondez pas.</p>
</body></html>"""


def _count(n: int, one: str, many: str) -> str:
    """ "1 heure", "24 heures": a number and its word, singular for one."""
    return f"{n} {one if n == 1 else many}"


def activation_message(link: str, hours: int) -> tuple[str, str, str]:
    """Subject, text and HTML of the activation message."""
    subject = "Confirmez votre adresse e-mail pour votre compte ameli"
    valid = _count(hours, "heure", "heures")
    text = (
        "Bonjour,\n\n"
        "Pour activer votre compte ameli, confirmez votre adresse e-mail.\n"
        "Ouvrez ce lien, puis appuyez sur le bouton « Confirmer mon adresse » :\n\n"
        f"{link}\n\n"
        f"Ce lien est valable {valid} et ne sert qu'une fois.\n"
        "Si vous n'avez pas demandé de compte, ignorez ce message.\n"
    )
    safe = html.escape(link, quote=True)
    body = (
        "<p>Bonjour,</p><p>Pour activer votre compte ameli, confirmez votre adresse e-mail.</p>"
        f'<p><a href="{safe}" style="font-size: 22px">Confirmer mon adresse</a></p>'
        f"<p>Si le bouton ne marche pas, copiez ce lien :<br>{safe}</p>"
        f"<p>Ce lien est valable {valid} et ne sert qu'une fois.</p>"
    )
    return subject, text, _HTML.format(body=body)


def address_changed_notice() -> tuple[str, str, str]:
    """The plain notice to the old address after a change: no link, only who to call."""
    subject = "Nouvelle adresse e-mail pour votre compte ameli"
    text = (
        "Bonjour,\n\n"
        "Quelqu'un a changé l'adresse e-mail de votre compte ameli.\n"
        "Ce compte attend encore son activation.\n"
        "Les messages du compte vont maintenant à la nouvelle adresse.\n\n"
        "Vous n'avez pas fait ce changement ? Appelez l'Assurance Maladie au 36 46.\n"
        "Le service est gratuit. Vous payez seulement le prix de l'appel.\n"
    )
    body = (
        "<p>Bonjour,</p><p>Quelqu'un a changé l'adresse e-mail de votre compte ameli. Ce "
        "compte attend encore son activation. Les messages du compte vont maintenant à la "
        "nouvelle adresse.</p>"
        "<p>Vous n'avez pas fait ce changement ? Appelez l'Assurance Maladie au "
        "<strong>36 46</strong>.</p><p>Le service est gratuit. Vous payez seulement le prix "
        "de l'appel.</p>"
    )
    return subject, text, _HTML.format(body=body)


def code_message(code: str, minutes: int) -> tuple[str, str, str]:
    subject = f"Votre code de vérification : {code}"
    within = "dans la minute" if minutes == 1 else f"dans les {minutes} minutes"
    text = (
        "Bonjour,\n\n"
        f"Voici votre code de vérification : {code}\n\n"
        f"Tapez-le dans l'application {within}.\n"
        "Ne le donnez à personne d'autre.\n"
    )
    body = (
        "<p>Bonjour,</p><p>Voici votre code de vérification :</p>"
        f'<p style="font-size: 32px; letter-spacing: 6px"><strong>{code}</strong></p>'
        f"<p>Tapez-le dans l'application {within}. "
        "Ne le donnez à personne d'autre.</p>"
    )
    return subject, text, _HTML.format(body=body)


