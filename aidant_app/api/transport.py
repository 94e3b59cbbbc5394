"""HTTP under the client: timeouts, overall deadline, safe retries, TLS, proxies, quiet logs."""

from __future__ import annotations

import json
import logging
import os
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests
import urllib3

from aidant_app.api import trust
from aidant_app.api.deadline import DeadlinePassed, install, run_until
from aidant_app.api.errors import (
    BACKEND_TIMEOUT,
    BACKEND_UNREACHABLE,
    BAD_RESPONSE,
    CA_BUNDLE_INVALID,
    TLS_ERROR,
    ApiError,
    NetworkError,
    TLSError,
    error_from_answer,
)
from aidant_app.api.urls import BaseUrl

log = logging.getLogger("aidant_app.api")


class _NoRequestLines(logging.Filter):
    """urllib3 logs each request line (with ids in the path) at DEBUG: drop those."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


_urllib3_log = logging.getLogger("urllib3.connectionpool")
if not any(isinstance(f, _NoRequestLines) for f in _urllib3_log.filters):
    _urllib3_log.addFilter(_NoRequestLines())

MAX_BODY = 4 * 1024 * 1024  # an answer larger than this is not from an Aidant API
# Loopback never goes through a proxy: a centre's HTTP_PROXY would break the
# training server on 127.0.0.1. None removes the key from requests' merged proxies.
NO_PROXY = {"http": None, "https": None, "all": None}


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry: at most `max_tries` tries in all."""

    max_tries: int = 3
    backoff_base: float = 0.2
    backoff_max: float = 2.0
    retry_after_cap: float = 10.0

    def backoff(self, tries_done: int) -> float:
        # Jitter spreads the retries of many clients after an outage.
        top = min(self.backoff_max, self.backoff_base * 2 ** (tries_done - 1))
        return random.uniform(top / 2, top)


class _BearerAuth(requests.auth.AuthBase):
    """Sets the helper token; as an auth object it also stops requests using .netrc."""

    def __init__(self, token: str | None) -> None:
        self.token = token

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        if self.token:
            r.headers["Authorization"] = f"Bearer {self.token}"
        return r


class _Failure(Exception):
    """One try failed; `sent` says whether the server may have received the request."""

    def __init__(self, error: ApiError, sent: bool) -> None:
        super().__init__(error.code)
        self.error = error
        self.sent = sent


def _network(code: str, exc: BaseException) -> NetworkError:
    return NetworkError(code, reason=type(exc).__name__)


def _classify(exc: requests.RequestException) -> _Failure:
    """Sort a requests exception into a pre-send or post-send failure."""
    if isinstance(exc, requests.exceptions.SSLError):
        raise TLSError(TLS_ERROR, reason="SSLError") from None
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return _Failure(_network(BACKEND_TIMEOUT, exc), sent=False)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return _Failure(_network(BACKEND_TIMEOUT, exc), sent=True)
    if isinstance(exc, requests.exceptions.ProxyError):
        return _Failure(_network(BACKEND_UNREACHABLE, exc), sent=False)
    if isinstance(exc, requests.exceptions.ConnectionError):
        inner = exc.args[0] if exc.args else None
        reason = getattr(inner, "reason", None)
        # Only a failed connection proves the request never left.
        sent = not isinstance(reason, urllib3.exceptions.NewConnectionError)
        return _Failure(_network(BACKEND_UNREACHABLE, exc), sent=sent)
    return _Failure(_network(BACKEND_UNREACHABLE, exc), sent=True)


class Transport:
    """Sends one API call with retries inside one overall deadline."""

    def __init__(
        self,
        base: BaseUrl,
        *,
        ca_bundle: str | os.PathLike[str] | None,
        timeout: tuple[float, float],
        deadline: float,
        session: requests.Session | None,
        user_agent: str,
        policy: RetryPolicy,
    ) -> None:
        if ca_bundle is not None and not os.path.exists(ca_bundle):
            raise ApiError(CA_BUNDLE_INVALID)
        self.base = base
        # Verification is always on. The trusted roots are the system's (trust.py), or only
        # the app's CA setting's when there is one: that setting is the only way to change
        # them; CA variables of the environment never are (trust.TrustAdapter).
        try:
            self.context = (trust.file_context(os.fspath(ca_bundle)) if ca_bundle is not None
                            else trust.system_context())
        except (OSError, ValueError) as error:  # not a certificate file
            raise ApiError(CA_BUNDLE_INVALID) from error
        self.verify = True
        self.connect_timeout, self.read_timeout = timeout
        self.deadline = deadline
        self.session = session or requests.Session()
        # The overall deadline holds in every phase (deadline.py), with this trust.
        install(self.session, lambda adapter: trust.trusting(adapter, self.context))
        self.user_agent = user_agent
        self.policy = policy
        self.auth = _BearerAuth(None)

    def close(self) -> None:
        self.session.close()

    def call(
        self,
        method: str,
        path: str,
        template: str,
        *,
        payload: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool,
        expect_body: bool = True,
    ) -> Any:
        """Send the call and return the decoded JSON answer (None when there is none).

        `path` is the real path (with ids); only `template` is logged. A call that
        is not `idempotent` is retried only when the request surely never left.
        """
        end = time.monotonic() + self.deadline
        if payload is None and method in ("POST", "PUT", "PATCH"):
            # API 1.1 refuses a state change that is not JSON (415 unsupported_media_type,
            # so that a web page cannot post to the server): send an empty JSON object.
            payload = {}
        body = None if payload is None else json.dumps(payload, ensure_ascii=False).encode()
        all_headers = {
            "Accept": "application/json, application/problem+json",
            "Accept-Encoding": "identity",
            "User-Agent": self.user_agent,
            # A fresh connection per call: a pooled keep-alive connection the server is
            # closing at that moment would lose a POST that must not be resent. Calls are
            # human-paced, so the extra handshake costs little.
            "Connection": "close",
        }
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        url = self.base.join(path)
        tries = 0
        answered: ApiError | None = None  # the last error the server itself said
        while True:
            tries += 1
            started = time.monotonic()
            status: int | None = None
            try:
                status, retry_after_header, answer = self._try(method, url, body, all_headers, end)
            except _Failure as failure:
                error, may_retry = failure.error, idempotent or not failure.sent
                if answered is not None and error.code == BACKEND_TIMEOUT:
                    # A retry cut short by the deadline: what the server said before ("503,
                    # come back later") tells the person more than "too slow".
                    self._log(method, template, status, error.code, started, tries)
                    raise answered
            else:
                if 200 <= status < 300:
                    self._log(method, template, status, "ok", started, tries)
                    return self._decode(answer, expect_body)
                error = answered = error_from_answer(status, answer, retry_after_header)
                may_retry = idempotent and (
                    status in (502, 503, 504) or (status == 429 and error.retry_after is not None)
                )
            self._log(method, template, status, error.code, started, tries)
            if not may_retry or tries >= self.policy.max_tries:
                raise error
            if error.retry_after is not None:
                if error.retry_after > self.policy.retry_after_cap:
                    raise error  # the UI shows a countdown instead of freezing
                delay = error.retry_after
            else:
                delay = self.policy.backoff(tries)
            if time.monotonic() + delay >= end:
                raise error
            time.sleep(delay)

    def _try(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], end: float
    ) -> tuple[int, str | None, bytes]:
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise _Failure(NetworkError(BACKEND_TIMEOUT, reason="deadline"), sent=False)
        try:
            return run_until(remaining, lambda: self._exchange(method, url, body, headers, end))
        except DeadlinePassed:
            raise _Failure(NetworkError(BACKEND_TIMEOUT, reason="deadline"), sent=True) from None

    def _exchange(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], end: float
    ) -> tuple[int, str | None, bytes]:
        """One request and its whole answer (on deadline.py's worker thread)."""
        remaining = max(0.001, end - time.monotonic())
        proxies = NO_PROXY if self.base.loopback else None
        try:
            response = self.session.request(
                method,
                url,
                data=body,
                headers=headers,
                auth=self.auth,
                timeout=(min(self.connect_timeout, remaining), min(self.read_timeout, remaining)),
                verify=self.verify,
                proxies=proxies,
                allow_redirects=False,  # a redirect could lead off https or off loopback
                stream=True,
            )
        except requests.RequestException as exc:
            raise _classify(exc) from None
        try:
            answer = self._read_body(response, end)
        finally:
            response.close()
        return response.status_code, response.headers.get("Retry-After"), answer

    def _read_body(self, response: requests.Response, end: float) -> bytes:
        """Read the whole body, giving up at the deadline even if bytes keep trickling."""
        raw = response.raw
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                remaining = end - time.monotonic()
                if remaining <= 0:
                    raise _Failure(NetworkError(BACKEND_TIMEOUT, reason="deadline"), sent=True)
                sock = getattr(getattr(raw, "connection", None), "sock", None)
                if sock is not None:
                    sock.settimeout(min(self.read_timeout, remaining))
                read1 = getattr(raw, "read1", None)
                chunk = read1(65536) if read1 is not None else raw.read(4096)
                if not chunk:
                    return b"".join(chunks)
                size += len(chunk)
                if size > MAX_BODY:
                    raise ApiError(BAD_RESPONSE, status=response.status_code, reason="too large")
                chunks.append(chunk)
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
            raise _Failure(_network(BACKEND_TIMEOUT, exc), sent=True) from None
        except (urllib3.exceptions.HTTPError, OSError, requests.RequestException) as exc:
            raise _Failure(_network(BACKEND_UNREACHABLE, exc), sent=True) from None

    @staticmethod
    def _decode(answer: bytes, expect_body: bool) -> Any:
        if not expect_body:
            return None
        try:
            return json.loads(answer.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ApiError(BAD_RESPONSE, reason="not JSON") from None

    @staticmethod
    def _log(
        method: str, template: str, status: int | None, code: str, started: float, tries: int
    ) -> None:
        # Method, path template, status, code and duration only: never a body, id or token.
        log.log(
            logging.DEBUG if code == "ok" else logging.INFO,
            "%s %s -> %s %s in %.0f ms (try %d)",
            method, template, status if status is not None else "-", code,
            (time.monotonic() - started) * 1000, tries,
        )
