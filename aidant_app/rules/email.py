"""E-mail address rules: normalisation and syntax, shared by the app and the server."""

from __future__ import annotations


def normalise_email(text: str) -> str:
    """Trim and lower-case the domain; the local part is kept as typed."""
    value = (text or "").strip()
    if "@" in value:
        local, _, domain = value.rpartition("@")
        value = f"{local}@{domain.lower()}"
    return value


def check_email_syntax(text: str) -> str | None:
    """Syntax only (no network): email-validator's rules for a deliverable address."""
    from email_validator import EmailNotValidError, validate_email

    value = normalise_email(text)
    if not value:
        return "email_invalid"
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return "email_invalid"
    return None
