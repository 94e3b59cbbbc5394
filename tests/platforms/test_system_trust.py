"""HTTPS trusts the system's store (where antivirus and proxies put their roots), the app's
CA setting still wins, the environment still cannot add a root, the deadline still holds."""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path
from unittest import mock

import pytest

from aidant_app.api import trust
from aidant_app.api.deadline import _shut
from tests.support.faulty_servers import FaultyServer, respond, self_signed_cert, tls_context

ROOT = Path(__file__).resolve().parents[2]
HEALTH = json.dumps({"status": "ok"}).encode()
SYSTEM_CA_FILE = "/etc/ssl/certs/ca-certificates.crt"  # Debian's and Ubuntu's store

_CLIENT = """
import sys
from aidant_app.api import AidantClient, ApiError
try:
    print(AidantClient(sys.argv[1], deadline=5).health().status)
except ApiError as error:
    print(error.code)
"""


def _in_a_system_trusting(ca_file: Path, url: str, env: dict[str, str]) -> str:
    """Run the app's client in a private mount namespace where the system's CA file is
    `ca_file` (as when an antivirus or a centre added its root): nothing outside changes."""
    script = (f'mount --bind "{ca_file}" {SYSTEM_CA_FILE} && '
              f'exec "{sys.executable}" -c "$CLIENT" "{url}"')
    result = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                             script], env={**env, "CLIENT": _CLIENT}, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _can_unshare() -> bool:
    if not (sys.platform.startswith("linux") and shutil.which("unshare")
            and os.path.isfile(SYSTEM_CA_FILE)):
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True, check=False)
    return probe.returncode == 0


needs_namespace = pytest.mark.skipif(not _can_unshare(),
                                     reason="needs root's unshare and Debian's CA file")


@pytest.fixture
def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE",
                          "SSL_CERT_DIR")}
    return {**clean, "PYTHONPATH": str(ROOT)}


@needs_namespace
def test_a_root_in_the_system_store_is_trusted(tmp_path: Path, env) -> None:
    cert, key = self_signed_cert(tmp_path)
    with FaultyServer(respond(200, HEALTH), tls=tls_context(cert, key)) as server:
        assert _in_a_system_trusting(cert, server.url, env) == "ok"


@needs_namespace
def test_a_root_absent_from_the_system_store_is_refused(tmp_path: Path, env) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    cert, key = self_signed_cert(tmp_path / "a")
    other, _ = self_signed_cert(tmp_path / "b")
    with FaultyServer(respond(200, HEALTH), tls=tls_context(cert, key)) as server:
        assert _in_a_system_trusting(other, server.url, env) == "tls_error"
        # The environment cannot add the server's certificate to what is trusted.
        for variable in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            assert _in_a_system_trusting(other, server.url,
                                         {**env, variable: str(cert)}) == "tls_error"


def test_the_ca_setting_replaces_the_system_store(tmp_path: Path) -> None:
    cert, _ = self_signed_cert(tmp_path)
    context = trust.file_context(str(cert))
    assert len(context.get_ca_certs()) == 1  # only the centre's, not the system's


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_ask_the_system_itself(monkeypatch, platform: str) -> None:
    import truststore

    monkeypatch.setattr(sys, "platform", platform)
    context = trust.system_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_the_deadline_wakes_a_blocked_read_on_windows(monkeypatch) -> None:
    """Winsock's shutdown() does not wake a recv() blocked in another thread: the socket is
    closed too there (on Linux shutdown alone is enough, and closing is left to its owner)."""
    left, right = socket.socketpair()
    with left, right:
        with mock.patch.object(sys, "platform", "win32"):
            _shut(left)
        assert left.fileno() == -1
    left, right = socket.socketpair()
    with left, right:
        woke = threading.Event()

        def read() -> None:
            left.recv(1)
            woke.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        time.sleep(0.1)
        _shut(left)  # this system's way
        assert woke.wait(2)
