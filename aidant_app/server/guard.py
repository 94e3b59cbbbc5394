"""The server's front door: refuses bad input cleanly and adds the headers browser pages need.

One pure ASGI middleware, outside every route, so its rules hold for every path:
- a Host header that names another server: 421 misdirected_request (DNS rebinding);
- bodies over 64 KiB: 413 payload_too_large, counted while reading, whatever Content-Length says;
- POST, PUT and PATCH under /v1 without `Content-Type: application/json`: 415, so a web page
  cannot post to the server without a CORS preflight (which the server never grants);
- JSON whose strings hold lone surrogates or NUL characters: 422 invalid_request;
- any unexpected exception: 500 internal_error, logged by type name only (no traceback, no
  values: they may hold personal data);
- the activation page and the terms page get anti-framing, CSP and no-cache headers.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from aidant_app.server.errors import ApiError

log = logging.getLogger("aidant_app.server")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 64 * 1024
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH"})
PAGE_HEADERS = (
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        (
            b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            b"frame-ancestors 'none'"
        ),
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
)
_PAGE_PATH = re.compile(r"^/+(activate(/|$)|v1/+terms/*$)", re.IGNORECASE)
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost", "ip6-loopback"})


def _bad_text(value: str) -> bool:
    """Lone surrogates cannot be encoded; NUL breaks storage and logs."""
    if "\x00" in value:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def has_bad_text(data: Any, budget: list[int] | None = None) -> bool:
    """Whether any key or string anywhere in decoded JSON is bad text (iterative, no recursion)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _bad_text(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def host_name(header: str) -> str:
    """The name part of a Host header: `example.org:8080` -> `example.org`, `[::1]:80` -> `::1`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    if header.count(":") == 1:
        return header.split(":", 1)[0]
    return header


def is_loopback_name(name: str) -> bool:
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class Guard:
    """Wraps the app; see the module docstring for the rules."""

    def __init__(
        self, app: ASGIApp, public_url: Callable[[], str | None], routes: Callable[[], list]
    ) -> None:
        self.app = app
        self._public_url = public_url
        self._routes = routes

    def _routed(self, scope: Scope) -> bool:
        """Whether a route takes this method and path (else the app answers 404 or 405)."""
        from starlette.routing import Match

        return any(route.matches(scope)[0] == Match.FULL for route in self._routes())

    def _host_allowed(self, scope: Scope) -> bool:
        headers = dict(scope.get("headers") or [])
        raw = headers.get(b"host")
        if raw is None:
            return False  # HTTP/1.1 requires it; uvicorn refuses requests without it anyway
        name = host_name(raw.decode("latin-1"))
        if is_loopback_name(name):
            return True
        public = self._public_url()
        return bool(public) and name == (urlsplit(public).hostname or "").lower()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if _PAGE_PATH.match(scope.get("path", "")):
                    kept = [
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k.lower() not in {name for name, _ in PAGE_HEADERS}
                    ]
                    message["headers"] = kept + list(PAGE_HEADERS)
            await send(message)

        try:
            problem = await self._refusal(scope)
            if problem is None:
                body, problem = await self._read_body(scope, receive)
            if problem is not None:
                await self._answer(problem, send_tracked)
                return
            await self.app(scope, _replay(body, receive), send_tracked)
        except Exception as error:  # noqa: BLE001 - the last line of defence: never a traceback
            log.error("unexpected error: %s", type(error).__name__)
            if not started:
                await self._answer(ApiError(500, "internal_error"), send_tracked)

    async def _refusal(self, scope: Scope) -> ApiError | None:
        """Checks that need only the request line and headers."""
        if not self._host_allowed(scope):
            return ApiError(421, "misdirected_request")
        path = scope.get("path", "")
        if "\x00" in path or _bad_text(path):
            return ApiError(404, "not_found")
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                if int(length) > MAX_BODY:
                    return ApiError(413, "payload_too_large")
            except ValueError:
                return ApiError(400, "malformed_json")
        if (
            scope["method"] in STATE_CHANGING
            and re.match(r"^/+v1(/|$)", path, re.IGNORECASE)
            and self._routed(scope)
        ):
            media = headers.get(b"content-type", b"").decode("latin-1").split(";")[0]
            if media.strip().lower() != "application/json":
                return ApiError(415, "unsupported_media_type")
        return None

    async def _read_body(self, scope: Scope, receive: Receive) -> tuple[bytes, ApiError | None]:
        """The whole body (at most MAX_BODY bytes), checked when it is JSON."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                return b"", ApiError(413, "payload_too_large")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if not body:
            return body, None
        headers = dict(scope.get("headers") or [])
        media = headers.get(b"content-type", b"").decode("latin-1").split(";")[0].strip().lower()
        if media != "application/json":
            return body, None
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return body, ApiError(400, "malformed_json")
        if has_bad_text(data):
            return body, ApiError(422, "invalid_request")
        return body, None

    async def _answer(self, problem: ApiError, send: Send) -> None:
        response = problem.response()
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive() that hands the already-read body to the app, then waits for disconnect."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
