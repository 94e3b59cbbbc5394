"""Checks on the backend address: https everywhere, plain http only to loopback."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from aidant_app.api.errors import INSECURE_URL, INVALID_URL, ApiError


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (also IPv4-mapped); no DNS lookup."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


@dataclass(frozen=True)
class BaseUrl:
    """A checked backend address: `join("/v1/meta")` gives the full URL."""

    scheme: str
    netloc: str
    host: str
    prefix: str  # a path prefix such as "/aidant", without the trailing slash

    @property
    def loopback(self) -> bool:
        return is_loopback_host(self.host)

    def join(self, path: str) -> str:
        return f"{self.scheme}://{self.netloc}{self.prefix}{path}"

    def __str__(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.prefix}"


def check_base_url(url: str) -> BaseUrl:
    """Parse and check the backend address, without any network traffic.

    Raises ApiError("invalid_url") for anything that is not an http(s) address
    with a host, and ApiError("insecure_url") for plain http to a host that is
    not loopback (the person's data must never cross a network unencrypted).
    """
    if not isinstance(url, str):
        raise ApiError(INVALID_URL)
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise ApiError(INVALID_URL) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        raise ApiError(INVALID_URL)
    if parts.username is not None or parts.password is not None:
        # Credentials in an address end up in logs and proxies: refuse them.
        raise ApiError(INVALID_URL)
    if parts.query or parts.fragment:
        raise ApiError(INVALID_URL)
    if scheme == "http" and not is_loopback_host(host):
        raise ApiError(INSECURE_URL)
    return BaseUrl(scheme=scheme, netloc=parts.netloc, host=host,
                   prefix=parts.path.rstrip("/"))
