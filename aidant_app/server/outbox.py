"""The durable outbox: every message is a row until the relay takes it, retried with backoff.

`queue()` writes the message in the caller's transaction (so an account and its activation
message exist together or not at all). In training mode the message is also captured for
the practice inbox. With a relay (--smtp) a thread in each worker process claims due rows
(a claim expires, so a worker killed mid-send leaves the message to be retried), sends them,
and records `sent`, a retry time, or `failed`; then the subject and body (codes, links) are
erased. Without a relay: training marks it `sent`
(captured), live marks it `failed`.
"""

from __future__ import annotations

import email
import email.policy
import logging
import smtplib
import threading
import time
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from aidant_app.server.db import Store
from aidant_app.server.emailcheck import ascii_domain
from aidant_app.server.mail import SENDER_ADDRESS, SENDER_NAME
from aidant_app.server.security import new_id
from aidant_app.server.settings import Settings

log = logging.getLogger("aidant_app.server.mail")

MAX_ATTEMPTS = 8  # then `failed`: about 4 minutes of retries with the backoff below
CLAIM_SECONDS = 60.0
POLL_SECONDS = 0.5
PROBE_TTL = 60.0


def backoff(attempts: int) -> float:
    """Seconds before the next try after `attempts` failed ones: 1, 2, 4 ... at most 300."""
    return float(min(300, 2 ** max(0, attempts - 1)))


class PermanentFailure(Exception):
    """The relay will never take this message (refused recipient, no SMTPUTF8...)."""


def envelope_address(address: str) -> str:
    """The domain as IDNA, so only a non-ASCII local part needs SMTPUTF8."""
    local, _, domain = address.rpartition("@")
    return f"{local}@{ascii_domain(domain)}"


def needs_smtputf8(address: str) -> bool:
    return not address.rpartition("@")[0].isascii()


def build_message(recipient: str, subject: str, text: str, html_body: str, now) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject
    local, _, domain = SENDER_ADDRESS.partition("@")
    msg["From"] = Address(SENDER_NAME, local, domain)
    envelope = envelope_address(recipient)
    to_local, _, to_domain = envelope.rpartition("@")
    msg["To"] = Address(username=to_local, domain=to_domain)  # never parsed from text
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain="entrainement.example")
    msg.set_content(text)
    msg.add_alternative(html_body, subtype="html")
    # API 1.2: the To: header a mail program shows (after decoding encoded words) must name
    # the envelope's recipient, or a reader or a relay may take it for someone else.
    wire = msg.as_bytes(policy=msg.policy.clone(utf8=True)).decode("utf-8")
    shown = email.message_from_string(wire, policy=email.policy.default)["To"]
    if [a.addr_spec for a in shown.addresses] != [envelope]:
        raise PermanentFailure("header_differs_from_envelope")
    return msg


class Outbox:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._probe: tuple[bool | None, float] = (None, 0.0)
        self._worker: threading.Thread | None = None
        if settings.smtp:
            # Relaying happens off the request thread so a slow relay never delays an answer.
            self._worker = threading.Thread(target=self._relay_loop, name="smtp-relay", daemon=True)
            self._worker.start()

    # --- writing ------------------------------------------------------------------------------

    def queue(
        self,
        recipient: str,
        subject: str,
        text: str,
        html_body: str,
        *,
        kind: str,
        account_id: str | None = None,
    ) -> str:
        """Write the message (in the caller's transaction, if any); returns its id."""
        now = self.settings.timestamp()
        message_id = new_id()
        if self.settings.smtp:
            state = "queued"
        elif self.settings.training:
            state = "sent"  # captured below: the practice inbox is the destination
        else:
            state = "failed"
            log.warning("no SMTP relay configured (--smtp): a message cannot be delivered")
        with self.store.tx() as tx:
            tx.execute(
                "INSERT INTO outbox (id, recipient, subject, text, html, account_id, kind, state,"
                " attempts, next_attempt_at, created_at, sent_at) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                (
                    message_id,
                    recipient,
                    # Subject and body hold codes and links (API 1.2: the subject too): kept
                    # only while the relay still needs them.
                    subject if state == "queued" else "",
                    text if state == "queued" else "",
                    html_body if state == "queued" else "",
                    account_id,
                    kind,
                    state,
                    now,
                    now,
                    now if state == "sent" else None,
                ),
            )
            if self.settings.training:
                sender = f"{SENDER_NAME} <{SENDER_ADDRESS}>"
                tx.execute(
                    "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (message_id, recipient, sender, subject, now, text, html_body),
                )
        self._wake.set()
        log.info("message queued")
        return message_id

    def delivery(self, account_id: str, kind: str = "activation") -> str | None:
        """`queued`, `sent` or `failed` for the account's latest message of this kind."""
        row = self.store.one(
            "SELECT state FROM outbox WHERE account_id = ? AND kind = ?"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            account_id,
            kind,
        )
        return row["state"] if row else None

    # --- the relay ----------------------------------------------------------------------------

    def supports_smtputf8(self) -> bool | None:
        """Whether the relay takes non-ASCII local parts (None: no relay reachable)."""
        if not self.settings.smtp:
            return None
        value, until = self._probe
        if until > time.monotonic():
            return value
        host, port = self.settings.smtp
        try:
            with smtplib.SMTP(host, port, timeout=3) as smtp:
                smtp.ehlo()
                value = bool(smtp.has_extn("smtputf8"))
        except (OSError, smtplib.SMTPException):
            value = None
        self._probe = (value, time.monotonic() + (PROBE_TTL if value is not None else 5.0))
        return value

    def _claim(self):
        now = self.settings.timestamp()
        with self.store.tx() as tx:
            return tx.one(
                "UPDATE outbox SET claimed_until = ?, attempts = outbox.attempts + 1"
                " WHERE id = (SELECT id FROM outbox WHERE state = 'queued'"
                " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
                " ORDER BY next_attempt_at, id LIMIT 1)"
                " AND state = 'queued' AND (claimed_until IS NULL OR claimed_until < ?)"
                " RETURNING *",
                now + CLAIM_SECONDS,
                now,
                now,
                now,
            )

    def _send(self, row) -> None:
        recipient = row["recipient"]
        msg = build_message(
            recipient, row["subject"], row["text"], row["html"], self.settings.clock()
        )
        host, port = self.settings.smtp  # type: ignore[misc]
        try:
            with smtplib.SMTP(host, port, timeout=10) as smtp:
                smtp.ehlo()
                if needs_smtputf8(recipient) and not smtp.has_extn("smtputf8"):
                    raise PermanentFailure("relay_without_smtputf8")
                smtp.send_message(msg, to_addrs=[envelope_address(recipient)])
        except smtplib.SMTPNotSupportedError as error:
            raise PermanentFailure("relay_without_smtputf8") from error
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _ in error.recipients.values()]
            if codes and all(500 <= code < 600 for code in codes):
                raise PermanentFailure(f"refused_{codes[0]}") from error
            raise
        except smtplib.SMTPResponseException as error:
            if 500 <= error.smtp_code < 600:
                raise PermanentFailure(f"refused_{error.smtp_code}") from error
            raise

    def _record(self, row, state: str, error: str | None) -> None:
        now = self.settings.timestamp()
        if state == "retry":
            self.store.execute(
                "UPDATE outbox SET next_attempt_at = ?, claimed_until = NULL, error = ?"
                " WHERE id = ?",
                now + backoff(int(row["attempts"])),
                error,
                row["id"],
            )
            return
        self.store.execute(
            "UPDATE outbox SET state = ?, claimed_until = NULL, error = ?, sent_at = ?,"
            " subject = '', text = '', html = '' WHERE id = ?",
            state,
            error,
            now if state == "sent" else None,
            row["id"],
        )

    def relay_once(self) -> bool:
        """Send one due message, if any; True when one was handled."""
        row = self._claim()
        if row is None:
            return False
        try:
            self._send(row)
        except PermanentFailure as failure:
            log.warning("message refused for good: %s", failure)
            self._record(row, "failed", str(failure))
        except (OSError, smtplib.SMTPException) as error:
            name = type(error).__name__
            if int(row["attempts"]) >= MAX_ATTEMPTS:
                log.warning("relay failed %d times, giving up: %s", MAX_ATTEMPTS, name)
                self._record(row, "failed", name)
            else:
                log.warning("relay failed, will retry: %s", name)
                self._record(row, "retry", name)
        else:
            log.info("message relayed")
            self._record(row, "sent", None)
        return True

    def _relay_loop(self) -> None:
        while not self._stop.is_set():
            try:
                handled = self.relay_once()
            except Exception as error:  # noqa: BLE001 - the database went away; try again later
                log.warning("outbox unavailable: %s", type(error).__name__)
                handled = False
            if not handled:
                self._wake.wait(POLL_SECONDS)
                self._wake.clear()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._worker is not None:
            self._worker.join(timeout=5)
