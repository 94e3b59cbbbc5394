"""Log hygiene: access-log lines lose query strings and the token after any `activate`."""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote

# Any case, any number of slashes before and after, percent-encoded or not.
_TOKEN_IN_PATH = re.compile(r"(/+activate)/+[^/?#\s\"']+", re.IGNORECASE)
_QUERY = re.compile(r"\?[^\s\"']*")


def redact(text: str) -> str:
    """Hide activation tokens and drop query strings in anything logged."""
    if "%" in text:
        text = unquote(text, errors="replace")
    text = _QUERY.sub("", text)
    return _TOKEN_IN_PATH.sub(r"\1/[redacted]", text)


class RedactTokens(logging.Filter):
    """Rewrites log records so tokens and query strings never reach a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install_log_redaction() -> None:
    for name in ("uvicorn.access", "uvicorn.error", "uvicorn", "aidant_app", "aidant_app.server"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
