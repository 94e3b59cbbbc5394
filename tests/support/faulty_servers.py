"""Real misbehaving HTTP servers on loopback, to test the API client against failures."""

from __future__ import annotations

import errno
import http.client
import json
import socket
import socketserver
import ssl
import struct
import subprocess
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit


@dataclass
class Request:
    """One HTTP request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass
class Conn:
    """What a behaviour gets: the socket, the request, its index and the server."""

    sock: socket.socket
    request: Request
    index: int  # 0 for the first request the server received
    server: FaultyServer


Behaviour = Callable[[Conn], None]


def read_request(sock: socket.socket) -> Request | None:
    """Read one request (headers and Content-Length body); None if the peer left."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Request(method, path, headers, body)


def http_response(
    status: int, body: bytes = b"", content_type: str = "application/json",
    headers: Iterable[tuple[str, str]] = (), length: int | None = None,
) -> bytes:
    """The bytes of a complete HTTP/1.1 answer that closes the connection."""
    reason = http.client.responses.get(status, "Status")
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}",
             f"Content-Length: {len(body) if length is None else length}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def problem(status: int, code: str, **extra: object) -> bytes:
    """An RFC 9457 problem body as the Aidant API sends it."""
    return json.dumps({"type": "about:blank", "title": code, "status": status,
                       "detail": "Un problème est survenu.", "code": code, **extra}).encode()


# -- behaviours ------------------------------------------------------------------


def respond(status: int, body: bytes = b"{}", content_type: str = "application/json",
            headers: Iterable[tuple[str, str]] = ()) -> Behaviour:
    def run(conn: Conn) -> None:
        conn.sock.sendall(http_response(status, body, content_type, list(headers)))
    return run


def silent() -> Behaviour:
    """Reads the request and never answers (until the server stops)."""
    def run(conn: Conn) -> None:
        conn.server.stopping.wait(60)
    return run


def trickle(interval: float = 0.2, length: int = 10_000) -> Behaviour:
    """Sends the headers at once, then one byte of the body every `interval` seconds."""
    def run(conn: Conn) -> None:
        conn.sock.sendall(http_response(200, length=length))
        for _ in range(length):
            if conn.server.stopping.wait(interval):
                return
            conn.sock.sendall(b" ")
    return run


def drip_headers(interval: float = 0.5, limit: float = 30.0) -> Behaviour:
    """Sends the status line and then an endless header, one byte every `interval` seconds.

    Every read gets a byte before any per-read timeout: only an overall deadline ends the
    call. Stops after `limit` seconds so a client that waits forever fails instead of hanging.
    """
    def run(conn: Conn) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: "
        ends = time.monotonic() + limit
        for i in range(10**6):
            if time.monotonic() > ends or conn.server.stopping.wait(interval):
                return
            conn.sock.sendall(head[i:i + 1] if i < len(head) else b"a")
    return run


def drip_body(interval: float = 0.5, limit: float = 30.0) -> Behaviour:
    """Sends complete headers with no length (the body ends at close), then one byte
    every `interval` seconds for `limit` seconds: an endless body, as far as a client knows."""
    def run(conn: Conn) -> None:
        conn.sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          b"Connection: close\r\n\r\n")
        ends = time.monotonic() + limit
        while time.monotonic() < ends and not conn.server.stopping.wait(interval):
            conn.sock.sendall(b" ")
    return run


def reset() -> Behaviour:
    """Resets the connection (RST) after reading the request: the answer is lost."""
    def run(conn: Conn) -> None:
        abort(conn.sock)
    return run


def sequence(*behaviours: Behaviour) -> Behaviour:
    """The n-th request gets the n-th behaviour; the last one repeats."""
    def run(conn: Conn) -> None:
        behaviours[min(conn.index, len(behaviours) - 1)](conn)
    return run


def forward(upstream: str, reset_first: int = 0) -> Behaviour:
    """A proxy to `upstream`; for the first `reset_first` requests it forwards the
    request, waits for the real answer, then resets the connection instead of relaying."""
    parts = urlsplit(upstream)

    def run(conn: Conn) -> None:
        req = conn.request
        headers = {k: v for k, v in req.headers.items()
                   if k not in ("host", "connection", "content-length", "accept-encoding")}
        upstream_conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        try:
            upstream_conn.request(req.method, req.path, body=req.body or None, headers=headers)
            answer = upstream_conn.getresponse()
            body = answer.read()
        finally:
            upstream_conn.close()
        if conn.index < reset_first:
            abort(conn.sock)
            return
        extra = [(k, v) for k, v in answer.getheaders()
                 if k.lower() not in ("content-length", "connection", "content-type",
                                      "transfer-encoding", "date", "server")]
        conn.sock.sendall(http_response(answer.status, body,
                                        answer.getheader("Content-Type", "application/json"),
                                        extra))
    return run


def abort(sock: socket.socket) -> None:
    """Close with SO_LINGER 0, so the peer gets a connection reset."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


# -- the server ------------------------------------------------------------------------


class _Handler(socketserver.BaseRequestHandler):
    server: _TCPServer

    def handle(self) -> None:
        owner = self.server.owner
        sock = self.request
        sock.settimeout(10)
        try:
            if isinstance(sock, ssl.SSLSocket):
                sock.do_handshake()
            request = read_request(sock)
            if request is None:
                return
            with owner.lock:
                index = len(owner.requests)
                owner.requests.append(request)
            owner.behaviour(Conn(sock, request, index, owner))
        except OSError:
            pass  # the client gave up or the TLS handshake failed: both are expected here


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: FaultyServer

    def get_request(self) -> tuple[socket.socket, object]:
        sock, addr = super().get_request()
        if self.owner.tls is not None:
            sock = self.owner.tls.wrap_socket(sock, server_side=True,
                                              do_handshake_on_connect=False)
        return sock, addr


@dataclass
class FaultyServer:
    """A real HTTP server on 127.0.0.1 (random port) answering with `behaviour`.

    Use as a context manager. `requests` lists what it received, in order.
    """

    behaviour: Behaviour
    tls: ssl.SSLContext | None = None
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._server = _TCPServer(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()


class DripProxy:
    """A TCP relay to `upstream_port` that passes the client's bytes at once but the
    server's bytes one every `interval` seconds, for `limit` seconds: in front of a TLS
    server, the client's TLS handshake crawls (every read gets a byte in time)."""

    def __init__(self, upstream_port: int, interval: float = 0.5, limit: float = 30.0) -> None:
        self.upstream_port, self.interval, self.limit = upstream_port, interval, limit
        self.stopping = threading.Event()
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._spawn(self._relay, client)

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
        self._spawn(self._pump, client, upstream)  # client to server: at full speed
        ends = time.monotonic() + self.limit
        try:
            with client, upstream:
                upstream.settimeout(self.interval)
                pending = b""
                while time.monotonic() < ends and not self.stopping.wait(self.interval):
                    if not pending:
                        try:
                            pending = upstream.recv(65536)
                        except TimeoutError:
                            continue
                        if not pending:
                            return
                    client.sendall(pending[:1])
                    pending = pending[1:]
        except OSError:
            pass  # the client gave up: expected

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass

    def __enter__(self) -> Self:
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._listener.close()
        for thread in self._threads:
            thread.join(2)


class FullBacklog:
    """A listening port whose accept queue is full: a new connection attempt hangs in
    the TCP handshake (Linux drops the SYN), as with a firewall that drops packets."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self._fillers: list[socket.socket] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> Self:
        # Fill the queue (its length is the backlog + 1) with connections never accepted.
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            if filler.connect_ex(self._listener.getsockname()) not in (0, errno.EINPROGRESS):
                filler.close()
                break
            self._fillers.append(filler)
        return self

    def __exit__(self, *exc: object) -> None:
        for filler in self._fillers:
            filler.close()
        self._listener.close()


def closed_port_url() -> str:
    """The address of a loopback port where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (cert.pem, key.pem).

    Uses `cryptography` (keyring needs it on Linux), else the openssl command.
    """
    cert, key = directory / "cert.pem", directory / "key.pem"
    try:
        _cert_with_cryptography(cert, key)
    except ImportError:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
             "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True, timeout=60,
        )
    return cert, key


def _cert_with_cryptography(cert_path: Path, key_path: Path) -> None:
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def elapsed(since: float) -> float:
    return time.monotonic() - since
