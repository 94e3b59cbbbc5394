"""Log hygiene: no query string, no id or secret from a path, no control character, ever.

API 1.2: a path is never decoded into a log (a decoded `%0A` wrote a second, forged line).
Every path segment that is not one of the API's fixed words (ids, tokens, anything a client
typed) is replaced by `[redacted]`, and every control character left in a logged text is
written as an escape (`\\x0a`), so one request gives one line and no terminal escape.
"""

from __future__ import annotations

import logging
import re
import unicodedata

# The fixed words of the API's paths (routes and pages). Any other segment may be an id or
# a secret: tests/server/test_logs_1_2.py checks that every route's fixed words are here.
KNOWN_SEGMENTS = frozenset(
    {
        "v1", "health", "meta", "terms", "helper-sessions", "current", "activity",
        "email-checks", "email-verifications", "confirm", "accounts", "activation", "resend",
        "email", "activations", "activate", "journeys", "resume", "mailboxes", "training",
        "people", "inbox", "reset", "openapi.json", "favicon.ico", "robots.txt",
    }
)  # fmt: skip
REDACTED = "[redacted]"
_TOKEN = re.compile(r"[^\s\"']+")


def escape_controls(text: str) -> str:
    """Control, format and line-separator characters written as visible escapes."""
    out = []
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char == "\\":
            code = ord(char)
            out.append(
                "\\\\" if char == "\\" else f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"
            )
        else:
            out.append(char)
    return "".join(out)


def redact_path(path: str) -> str:
    """`/v1/accounts/Xy12/activation?k=v` -> `/v1/accounts/[redacted]/activation`."""
    path = re.split(r"[?#]", path, maxsplit=1)[0]
    return "/".join(s if not s or s in KNOWN_SEGMENTS else REDACTED for s in path.split("/"))


def _redact_word(word: str) -> str:
    if word.startswith("/"):
        return redact_path(word)
    scheme, sep, rest = word.partition("://")
    if sep and "/" in rest:  # a whole address: keep scheme and host, redact the path
        host, _, path = rest.partition("/")
        return f"{scheme}://{host}{redact_path('/' + path)}"
    return re.split(r"[?#]", word, maxsplit=1)[0] if sep else word


def redact(text: str) -> str:
    """Escape control characters, then redact every path or address in the text."""
    return _TOKEN.sub(lambda m: _redact_word(m.group(0)), escape_controls(text))


class RedactTokens(logging.Filter):
    """Rewrites log records so ids, secrets, query strings and control characters never reach
    a log. The access log's path argument is redacted as a whole (it is always a path)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        if isinstance(record.msg, str):
            record.msg = redact(record.msg) if not record.args else escape_controls(record.msg)
        return True


def install_log_redaction() -> None:
    for name in ("uvicorn.access", "uvicorn.error", "uvicorn", "aidant_app", "aidant_app.server"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
