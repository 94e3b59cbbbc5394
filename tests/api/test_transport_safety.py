"""TLS always verified, plain http only to loopback, loopback never proxied, quiet logs."""

from __future__ import annotations

import json
import logging
import socket

import pytest
import requests

from aidant_app.api import AidantClient, ApiError, TLSError
from tests.support.faulty_servers import (
    FaultyServer,
    closed_port_url,
    problem,
    respond,
    self_signed_cert,
    tls_context,
)

HEALTH = json.dumps({"status": "ok"}).encode()
STATUS = json.dumps({"status": "pending", "email": "l•••@example.org",
                     "activation_expires_at": "2030-01-01T10:00:00+00:00",
                     "resend_available_at": None}).encode()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return self_signed_cert(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def no_env_ca(monkeypatch):
    # A CA bundle from the developer's environment must not make the test pass or fail.
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.delenv(name, raising=False)


def test_self_signed_certificate_is_refused_without_the_ca_bundle(certificate, no_env_ca):
    with (FaultyServer(respond(200, HEALTH), tls=tls_context(*certificate)) as server,
          pytest.raises(TLSError) as info):
        AidantClient(server.url, deadline=5).health()
    assert info.value.code == "tls_error"


def test_self_signed_certificate_is_accepted_with_the_ca_bundle(certificate, no_env_ca):
    cert, _ = certificate
    with FaultyServer(respond(200, HEALTH), tls=tls_context(*certificate)) as server:
        assert AidantClient(server.url, ca_bundle=cert, deadline=5).health().status == "ok"


def test_missing_ca_bundle_file_is_refused_at_construction(tmp_path):
    with pytest.raises(ApiError) as info:
        AidantClient("https://api.example.org", ca_bundle=tmp_path / "missing.pem")
    assert info.value.code == "ca_bundle_invalid"


class _NoTraffic(requests.Session):
    def request(self, *args, **kwargs):  # pragma: no cover - must not run
        raise AssertionError("the client sent a request")


@pytest.mark.parametrize("url", [
    "http://api.example.org",
    "http://192.168.1.10:8000",
    "http://localhost.example.org",
    "http://127.0.0.1.nip.io",
    "http://[::2]:80",
])
def test_plain_http_to_another_host_is_refused_without_traffic(url, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    with pytest.raises(ApiError) as info:
        AidantClient(url, session=_NoTraffic())
    assert info.value.code == "insecure_url"


@pytest.mark.parametrize("url", ["ftp://127.0.0.1", "https://", "https://user:pw@host.example",
                                 "not an address"])
def test_not_an_http_address_is_refused(url):
    with pytest.raises(ApiError) as info:
        AidantClient(url)
    assert info.value.code == "invalid_url"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.9.9.9", "localhost", "[::1]"])
def test_plain_http_to_loopback_is_allowed(host):
    assert AidantClient(f"http://{host}:8000").base_url == f"http://{host}:8000"


def test_loopback_traffic_ignores_the_centres_proxy(monkeypatch):
    dead_proxy = closed_port_url()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.setenv(name, dead_proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with FaultyServer(respond(200, HEALTH)) as server:
        assert AidantClient(server.url, deadline=3).health().status == "ok"
    assert len(server.requests) == 1
    assert server.requests[0].path == "/v1/health"  # not a proxy's absolute URL


def test_logs_hold_no_id_token_or_body(caplog):
    secret_id = "acc-7c1d2e9f0b"
    token = "tok-secret-123456"
    with FaultyServer(respond(200, STATUS)) as server:
        api = AidantClient(server.url, token=token)
        with caplog.at_level(logging.DEBUG):
            api.activation_status(secret_id)
    assert server.requests[0].headers["authorization"] == f"Bearer {token}"
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /v1/accounts/{id}/activation -> 200" in text
    for value in (secret_id, token, "example.org", "pending"):
        assert value not in text


def test_error_text_holds_no_personal_data(caplog):
    email = "lea.martin@example.org"
    body = json.loads(problem(409, "email_unavailable"))
    body["detail"] = f"L'adresse {email} est déjà utilisée."
    answer = respond(409, json.dumps(body).encode(), "application/problem+json")
    with (FaultyServer(answer) as server, caplog.at_level(logging.DEBUG),
          pytest.raises(ApiError) as info):
        AidantClient(server.url).change_email("acc1", email, "proof-1")
    err = info.value
    assert err.code == "email_unavailable" and email in err.detail
    for text in (str(err), repr(err), caplog.text):
        assert email not in text and "lea.martin" not in text
    assert json.loads(server.requests[0].body) == {"email": email, "email_proof": "proof-1"}


def test_ids_cannot_add_path_segments():
    with FaultyServer(respond(200, STATUS)) as server:
        AidantClient(server.url).activation_status("../../v1/training/reset")
    assert server.requests[0].path.startswith("/v1/accounts/")
    assert server.requests[0].path.endswith("/activation")
    assert "/" not in server.requests[0].path[len("/v1/accounts/"):-len("/activation")]


def test_remote_backend_goes_through_the_proxy_from_the_environment(monkeypatch):
    with FaultyServer(respond(403, b"Forbidden by policy", "text/plain")) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("https_proxy", proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        with pytest.raises(ApiError) as info:
            AidantClient("https://api.example.org", deadline=3).health()
    assert info.value.code == "backend_unreachable"
    assert proxy.requests  # the client never resolved nor reached the host itself
    assert all((r.method, r.path) == ("CONNECT", "api.example.org:443")
               for r in proxy.requests)


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"])
def test_a_ca_bundle_from_the_environment_is_not_trusted(certificate, no_env_ca, monkeypatch,
                                                         variable):
    # Anything that can set a variable for the app must not make it trust a certificate.
    cert, _ = certificate
    monkeypatch.setenv(variable, str(cert))
    with (FaultyServer(respond(200, HEALTH), tls=tls_context(*certificate)) as server,
          pytest.raises(TLSError) as info):
        AidantClient(server.url, deadline=5).health()
    assert info.value.code == "tls_error"
    assert not server.requests  # refused at the handshake: nothing was sent


def test_a_ca_directory_from_the_environment_is_not_trusted(certificate, no_env_ca, monkeypatch,
                                                            tmp_path):
    cert, _ = certificate
    (tmp_path / "aidant-test.pem").write_bytes(cert.read_bytes())
    for variable in ("SSL_CERT_DIR", "REQUESTS_CA_BUNDLE"):
        monkeypatch.setenv(variable, str(tmp_path))
    with (FaultyServer(respond(200, HEALTH), tls=tls_context(*certificate)) as server,
          pytest.raises(TLSError)):
        AidantClient(server.url, deadline=5).health()


def test_the_apps_ca_setting_wins_over_the_environment(certificate, no_env_ca, monkeypatch,
                                                       tmp_path):
    cert, _ = certificate
    other, _ = self_signed_cert(tmp_path)  # another certificate, not the server's
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(other))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(other))
    with FaultyServer(respond(200, HEALTH), tls=tls_context(*certificate)) as server:
        assert AidantClient(server.url, ca_bundle=cert, deadline=5).health().status == "ok"


def test_credentials_from_a_netrc_file_are_never_sent(monkeypatch, tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password secret-from-netrc\n"
                     "default login someone password secret-from-netrc\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".netrc").write_bytes(netrc.read_bytes())
    (tmp_path / ".netrc").chmod(0o600)
    with FaultyServer(respond(200, HEALTH)) as server:
        AidantClient(server.url, deadline=5).health()
        AidantClient(server.url, token="tok-1", deadline=5).health()
    assert "authorization" not in server.requests[0].headers
    assert server.requests[1].headers["authorization"] == "Bearer tok-1"
