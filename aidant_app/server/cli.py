"""`aidant-server`: run the training server; prints its address once it accepts connections."""

from __future__ import annotations

import argparse
import copy
import signal
import socket
import sys


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="aidant-server", description="Run the Aidant API reference (training) server."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one")
    parser.add_argument("--db", metavar="PATH", help="SQLite file (default: in memory)")
    parser.add_argument("--smtp", metavar="HOST:PORT", help="relay messages to this SMTP server")
    parser.add_argument("--public-url", metavar="URL", help="base address of links in messages")
    parser.add_argument(
        "--password-policy", choices=("current", "legacy-digits"), default="current"
    )
    parser.add_argument("--mode", choices=("training", "live"), default="training")
    parser.add_argument(
        "--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug")
    )
    args = parser.parse_args(argv)
    if args.smtp:
        host, _, port = args.smtp.rpartition(":")
        if not host or not port.isdigit():
            parser.error("--smtp expects HOST:PORT")
        args.smtp = (host, int(port))
    return args


def _bind(host: str, port: int) -> socket.socket:
    """Bind ourselves so the printed port is the real one, even with --port 0."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def log_config() -> dict:
    """uvicorn's logging, all on stderr: stdout carries only the address line."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    for handler in config["handlers"].values():
        handler["stream"] = "ext://sys.stderr"
    return config


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        sock = _bind(args.host, args.port)
    except OSError as error:
        print(f"aidant-server: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 2
    url = _url(sock)

    # Heavy imports only after the socket is ours.
    import uvicorn

    from aidant_app.server.app import create_app
    from aidant_app.server.settings import Settings

    settings = Settings(
        db_path=args.db,
        smtp=args.smtp,
        public_url=args.public_url or url,
        password_policy=args.password_policy,
        mode=args.mode,
    )
    app = create_app(settings)

    class Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                # The one line the desktop app waits for.
                print(f"Aidant server listening on {url}", flush=True)

    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        log_config=log_config(),
        access_log=args.log_level in ("info", "debug"),
        timeout_graceful_shutdown=3,
        lifespan="off",
    )
    server = Server(config)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal with the
    # handler it found: make that handler end the process with exit code 0.
    signal.signal(signal.SIGTERM, _terminated)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        app.state.aidant.close()
        sock.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
