"""The outbox: builds French MIME messages, captures them and relays them over SMTP."""

from __future__ import annotations

import html
import logging
import queue
import smtplib
import threading
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from aidant_app.server.db import Store
from aidant_app.server.security import new_id
from aidant_app.server.settings import Settings

log = logging.getLogger("aidant_app.server.mail")

SENDER_NAME = "Compte ameli (entraînement Aidant)"
SENDER_ADDRESS = "ne-pas-repondre@entrainement.example"
_HTML = """<!doctype html>
<html lang="fr"><body style="font-family: sans-serif; font-size: 18px; line-height: 1.5">
{body}
<p style="color: #555">Message d'entraînement envoyé par Aidant. Ne répondez pas.</p>
</body></html>"""


def activation_message(link: str, hours: int) -> tuple[str, str, str]:
    """Subject, text and HTML of the activation message."""
    subject = "Confirmez votre adresse e-mail pour votre compte ameli"
    text = (
        "Bonjour,\n\n"
        "Pour activer votre compte ameli, confirmez votre adresse e-mail.\n"
        "Ouvrez ce lien, puis appuyez sur le bouton « Confirmer mon adresse » :\n\n"
        f"{link}\n\n"
        f"Ce lien est valable {hours} heures et ne sert qu'une fois.\n"
        "Si vous n'avez pas demandé de compte, ignorez ce message.\n"
    )
    safe = html.escape(link, quote=True)
    body = (
        "<p>Bonjour,</p><p>Pour activer votre compte ameli, confirmez votre adresse e-mail.</p>"
        f'<p><a href="{safe}" style="font-size: 22px">Confirmer mon adresse</a></p>'
        f"<p>Si le bouton ne marche pas, copiez ce lien :<br>{safe}</p>"
        f"<p>Ce lien est valable {hours} heures et ne sert qu'une fois.</p>"
    )
    return subject, text, _HTML.format(body=body)


def code_message(code: str, minutes: int) -> tuple[str, str, str]:
    subject = f"Votre code de vérification : {code}"
    text = (
        "Bonjour,\n\n"
        f"Voici votre code de vérification : {code}\n\n"
        f"Tapez-le dans l'application dans les {minutes} minutes.\n"
        "Ne le donnez à personne d'autre.\n"
    )
    body = (
        "<p>Bonjour,</p><p>Voici votre code de vérification :</p>"
        f'<p style="font-size: 32px; letter-spacing: 6px"><strong>{code}</strong></p>'
        f"<p>Tapez-le dans l'application dans les {minutes} minutes. "
        "Ne le donnez à personne d'autre.</p>"
    )
    return subject, text, _HTML.format(body=body)


class Outbox:
    """Every message goes through here: captured in training mode, relayed with --smtp."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._queue: queue.Queue[EmailMessage | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        if settings.smtp:
            # Relaying happens off the request thread so a slow relay never delays an answer.
            self._worker = threading.Thread(target=self._relay_loop, name="smtp-relay", daemon=True)
            self._worker.start()

    def send(self, recipient: str, subject: str, text: str, html_body: str) -> None:
        now = self.settings.clock()
        sender = f"{SENDER_NAME} <{SENDER_ADDRESS}>"
        if self.settings.training:
            with self.store.tx() as c:
                c.execute(
                    "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (new_id(), recipient, sender, subject, now.timestamp(), text, html_body),
                )
        if self._worker is not None:
            msg = EmailMessage()
            msg["Subject"] = subject
            local, _, domain = SENDER_ADDRESS.partition("@")
            msg["From"] = Address(SENDER_NAME, local, domain)
            msg["To"] = recipient
            msg["Date"] = format_datetime(now)
            msg["Message-ID"] = make_msgid(domain="entrainement.example")
            msg.set_content(text)
            msg.add_alternative(html_body, subtype="html")
            self._queue.put(msg)
        if self._worker is None and not self.settings.training:
            log.warning("no SMTP relay configured (--smtp): a message was dropped")
            return
        log.info("message queued")

    def _relay_loop(self) -> None:
        host, port = self.settings.smtp  # type: ignore[misc]
        while True:
            msg = self._queue.get()
            if msg is None:
                return
            try:
                with smtplib.SMTP(host, port, timeout=10) as smtp:
                    smtp.send_message(msg)
                log.info("message relayed")
            except (OSError, smtplib.SMTPException) as error:
                log.warning("relay failed: %s", type(error).__name__)

    def close(self) -> None:
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join(timeout=5)
