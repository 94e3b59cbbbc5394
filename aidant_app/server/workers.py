"""Several worker processes on one listening socket and one database (`--workers N`)."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
from typing import Any

SETTINGS_VARIABLE = "AIDANT_SERVER_SETTINGS"  # how the parent hands its settings to workers
FIXTURES_KEY = "_fixtures_file"


def settings_to_environment(settings: Any, fixtures_file: str | None = None) -> None:
    """Put the plain (JSON) settings where spawned workers find them; callables stay behind."""
    plain: dict[str, Any] = {FIXTURES_KEY: fixtures_file}
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        if value is None or isinstance(value, (str, int, float, bool, tuple, list)):
            plain[field.name] = value
    os.environ[SETTINGS_VARIABLE] = json.dumps(plain)


def app_factory():
    """What each worker runs (uvicorn --factory): the app, built from the parent's settings."""
    from aidant_app.server.app import create_app
    from aidant_app.server.settings import Settings

    plain = json.loads(os.environ[SETTINGS_VARIABLE])
    known = {f.name for f in dataclasses.fields(Settings)}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in plain.items() if k in known}
    if plain.get(FIXTURES_KEY):
        from aidant_app.server.fixtures_file import FixturesFile

        fixtures = FixturesFile(plain[FIXTURES_KEY])
        values.update(now=fixtures.now, mx_lookup=fixtures.mx_lookup)
    app = create_app(Settings(**values))
    # Workers end on SIGTERM through uvicorn's lifespan: close the pool and the outbox then.
    app.router.add_event_handler("shutdown", app.state.aidant.close)
    return app


def prepare(settings: Any) -> None:
    """Migrate and seed once, in the parent, before any worker starts."""
    from aidant_app.server.state import ServerState

    ServerState(settings).close()


def run(config_kwargs: dict, workers: int, sock: socket.socket) -> None:
    """uvicorn's supervisor: starts the workers, restarts one that dies, stops all on SIGTERM."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "aidant_app.server.workers:app_factory",
        factory=True,
        workers=workers,
        lifespan="on",
        **config_kwargs,
    )
    Multiprocess(config, sockets=[sock]).run()
