"""Which certificates the client trusts: the system's store, or the centre's CA file only."""

from __future__ import annotations

import os
import ssl
import sys
from typing import Any

import requests.adapters

# Where Linux distributions keep their trust store, as truststore looks for it (the same
# list, from certifi-system-store). OpenSSL's compiled-in default comes first.
_LINUX_CA_FILES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora, RHEL
    "/etc/ssl/cert.pem",  # Alpine, Arch
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/ca-bundle.pem",  # SUSE
)


def system_context() -> ssl.SSLContext:
    """Trust what this computer trusts: the roots an antivirus' HTTPS scanning or a
    centre's re-signing proxy installed are in the system's store, not in certifi's.

    Windows and macOS: truststore, which asks the system itself (CryptoAPI, the Security
    framework) to verify each chain, as pip does. Linux: the distribution's CA file, read
    from its fixed places: never SSL_CERT_FILE or SSL_CERT_DIR, which anything able to set a
    variable could point at its own certificate (truststore would follow them there).
    """
    if sys.platform in ("win32", "darwin"):
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    paths = ssl.get_default_verify_paths()
    for cafile in (paths.openssl_cafile, *_LINUX_CA_FILES):
        if cafile and os.path.isfile(cafile):
            context.load_verify_locations(cafile=cafile)
            return context
    if paths.openssl_capath and os.path.isdir(paths.openssl_capath):
        context.load_verify_locations(capath=paths.openssl_capath)
        return context
    # A system without any CA file (a minimal container): certifi's roots, as before.
    import certifi

    context.load_verify_locations(cafile=certifi.where())
    return context


def file_context(cafile: str) -> ssl.SSLContext:
    """Trust only the certificates of the app's CA setting (`--ca-bundle`, Réglages)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile=cafile)
    return context


class TrustAdapter:
    """Mixin for requests' adapter: every https connection uses `context`, verification is
    always on, and no CA path from the environment (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE,
    which requests merges into `verify`) is ever added to it."""

    context: ssl.SSLContext | None = None

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self.context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = self.context
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def get_connection_with_tls_context(self, request, verify, proxies=None, cert=None):
        return super().get_connection_with_tls_context(request, True, proxies=proxies,
                                                       cert=cert)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = conn.ca_cert_dir = None  # the context holds the trusted roots


def trusting(adapter_class: type[requests.adapters.HTTPAdapter],
             context: ssl.SSLContext) -> requests.adapters.HTTPAdapter:
    """An adapter of `adapter_class` whose https connections trust `context` only."""
    combined = type(f"Trusting{adapter_class.__name__}", (TrustAdapter, adapter_class),
                    {"context": context})
    return combined()
