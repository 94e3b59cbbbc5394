"""`aidant-server`: run the server (prints its address once it accepts connections), or manage helpers."""

from __future__ import annotations

import argparse
import copy
import os
import secrets
import signal
import socket
import sys

LIMIT_NAMES = ("checks_per_client", "checks_overall", "codes_per_client", "codes_per_domain")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from .population import HELPER_LOGIN, HELPER_PASSWORD

    parser = argparse.ArgumentParser(
        prog="aidant-server",
        description="Run the Aidant API reference server (training, or live for a partner).",
        epilog=(f"Training mode (the default) has a practice helper: login {HELPER_LOGIN}, "
                f"password {HELPER_PASSWORD}. Helpers of a live server: "
                "aidant-server helpers --help"),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="SQLite file, or postgresql://user@host/dbname (default: SQLite in memory)",
    )
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="worker processes (needs --db)"
    )
    parser.add_argument(
        "--key-file",
        metavar="PATH",
        help="the server key's file (0600), kept apart from the database; or set AIDANT_SERVER_KEY",
    )
    parser.add_argument("--smtp", metavar="HOST:PORT", help="relay messages to this SMTP server")
    parser.add_argument("--public-url", metavar="URL", help="base address of links in messages")
    parser.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="trust X-Forwarded-For from these proxies only (comma-separated; default: none)",
    )
    parser.add_argument(
        "--password-policy", choices=("current", "legacy-digits"), default="current"
    )
    parser.add_argument(
        "--fixtures-file",
        metavar="JSON",
        help="training only: clock offset and MX answers read from this file (tests, offline days)",
    )
    parser.add_argument("--mode", choices=("training", "live"), default="training")
    parser.add_argument(
        "--require-field",
        action="append",
        default=[],
        metavar="NAME",
        help="one more field meta's account_fields lists (repeatable; to test older clients)",
    )
    parser.add_argument(
        "--limit",
        action="append",
        default=[],
        metavar="NAME=COUNT/SECONDS",
        help="change an API 1.2 limit (repeatable): checks_per_client, checks_overall,"
        " codes_per_client, codes_per_domain; e.g. checks_overall=6000/60",
    )
    parser.add_argument(
        "--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug")
    )
    args = parser.parse_args(argv)
    limits = {}
    for text in args.limit:
        name, _, value = text.partition("=")
        count, _, seconds = value.partition("/")
        if name not in LIMIT_NAMES or not count.isdigit() or not seconds.isdigit():
            parser.error(f"--limit expects NAME=COUNT/SECONDS with NAME in {', '.join(LIMIT_NAMES)}")
        if int(count) < 1 or int(seconds) < 1:
            parser.error("--limit needs a count and a number of seconds of at least 1")
        limits[name] = (int(count), float(seconds))
    args.limit = limits
    if args.smtp:
        host, _, port = args.smtp.rpartition(":")
        if not host or not port.isdigit():
            parser.error("--smtp expects HOST:PORT")
        args.smtp = (host.strip("[]"), int(port))
    return args


def _bind(host: str, port: int, workers: int) -> socket.socket:
    """Bind ourselves so the printed port is the real one, even with --port 0."""
    from aidant_app.server.workers import listening_socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    if workers == 1:
        return listening_socket(family, (host, port))
    # Several workers each listen on a socket of their own (see workers.py); the parent
    # only holds the port. A plain bind first, so a port another server listens on is
    # refused here rather than silently shared with it.
    with listening_socket(family, (host, port), listen=False) as probe:
        port = probe.getsockname()[1]
    return listening_socket(family, (host, port), shared_port=True, listen=False)


def _url(sock: socket.socket, host: str | None = None) -> str:
    bound, port = sock.getsockname()[:2]
    host = host or bound
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def _default_public_url(sock: socket.socket) -> str:
    """The address links in messages use when no --public-url is given.

    Listening on every interface (0.0.0.0 or ::), the listening address is no address a
    browser can open: links name this machine's loopback instead, and the operator is told.
    """
    from aidant_app.server.workers import EVERY_INTERFACE

    loopback = EVERY_INTERFACE.get(sock.getsockname()[0])
    if loopback:
        print(
            "aidant-server: listening on every interface without --public-url: links in"
            " messages open on this machine only, and other machines' requests get 421;"
            " give --public-url http://ADDRESS-THE-PCS-USE:PORT",
            file=sys.stderr,
        )
    return _url(sock, loopback)


def log_config() -> dict:
    """uvicorn's logging, all on stderr: stdout carries only the address line."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    for handler in config["handlers"].values():
        handler["stream"] = "ext://sys.stderr"
    return config


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _fail(message: str, code: int = 2) -> int:
    print(f"aidant-server: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["helpers"]:
        from aidant_app.server import helpers_cli

        return helpers_cli.main(argv[1:])
    args = parse_args(argv)

    from aidant_app.server.startup_checks import database_problem, refusal

    reason = refusal(
        mode=args.mode,
        db=args.db,
        smtp=args.smtp,
        public_url=args.public_url,
        workers=args.workers,
        fixtures_file=args.fixtures_file,
    )
    if reason:
        return _fail(reason)
    try:
        sock = _bind(args.host, args.port, args.workers)
    except OSError as error:
        return _fail(f"cannot listen on {args.host}:{args.port}: {error}")
    url = _url(sock)

    # Heavy imports only after the socket is ours.
    import uvicorn

    from aidant_app.server.db import StoreError, is_postgres
    from aidant_app.server.keys import ENV as KEY_VARIABLE
    from aidant_app.server.keys import ServerKeyError
    from aidant_app.server.settings import Settings
    from aidant_app.server.slow_clients import PROTOCOL

    settings = Settings(
        db_path=args.db,
        smtp=args.smtp,
        public_url=args.public_url or _default_public_url(sock),
        password_policy=args.password_policy,
        mode=args.mode,
    )
    settings.account_fields = (*settings.account_fields, *args.require_field)
    settings.key_file = args.key_file
    for name, value in args.limit.items():
        setattr(settings, name, value)
    if args.fixtures_file:
        from aidant_app.server.fixtures_file import FixturesFile

        fixtures = FixturesFile(args.fixtures_file)
        settings.now, settings.mx_lookup = fixtures.now, fixtures.mx_lookup
    config_kwargs = {
        "log_level": args.log_level,
        "log_config": log_config(),
        "access_log": args.log_level in ("info", "debug"),
        "timeout_graceful_shutdown": 3,
        # API 1.2: headers trickled byte by byte are cut off (slow_clients.py).
        "http": PROTOCOL,
        # X-Forwarded-For is believed only from the proxies the operator names (API 1.1).
        "proxy_headers": bool(args.forwarded_allow_ips),
        "forwarded_allow_ips": args.forwarded_allow_ips or "",
    }
    try:
        reason = database_problem(args.db, args.mode, args.workers)
        if reason:
            return _fail(reason)
        if args.workers > 1:
            shared_key = args.key_file or os.environ.get(KEY_VARIABLE) or not is_postgres(args.db)
            if args.mode == "training" and not shared_key:
                # Every worker must hash tokens with the same key (a SQLite file has its .key
                # beside it); a training server on PostgreSQL may forget it at exit.
                os.environ[KEY_VARIABLE] = secrets.token_hex(32)
            return _run_workers(
                settings, config_kwargs, args.workers, sock, url, args.fixtures_file
            )
        return _run_one(settings, config_kwargs, sock, url, uvicorn)
    except (StoreError, ServerKeyError) as error:
        return _fail(str(error), 1)
    finally:
        sock.close()


def _announce(url: str) -> None:
    # The one line the desktop app waits for.
    print(f"Aidant server listening on {url}", flush=True)


def _run_one(settings, config_kwargs: dict, sock: socket.socket, url: str, uvicorn) -> int:
    """One process: the app lives here (the desktop app's training child)."""
    from aidant_app.server.app import create_app

    app = create_app(settings)

    class Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                _announce(url)

    server = Server(uvicorn.Config(app, lifespan="off", **config_kwargs))
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal with the
    # handler it found: make that handler end the process with exit code 0.
    signal.signal(signal.SIGTERM, _terminated)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        app.state.aidant.close()
    return 0


def _run_workers(
    settings, config_kwargs: dict, workers: int, sock: socket.socket, url: str, fixtures: str | None
) -> int:
    """N processes share the port and the database; the parent only supervises them."""
    from aidant_app.server import workers as supervisor

    supervisor.prepare(settings)  # migrations and seeding once, not once per worker
    supervisor.settings_to_environment(settings, fixtures, workers)
    supervisor.run(config_kwargs, workers, sock, lambda: _announce(url))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
