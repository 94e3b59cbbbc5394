"""The app factory: routes, error handlers, the OpenAPI document and log redaction."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from aidant_app import __version__
from aidant_app.server import pages, routes_accounts, routes_helpers, routes_public, routes_training
from aidant_app.server.errors import PROBLEM_JSON, install_handlers
from aidant_app.server.settings import Settings
from aidant_app.server.state import ServerState

_TOKEN_IN_PATH = re.compile(r"/activate/[^/?#\s\"]+")


def redact(text: str) -> str:
    """Hide activation tokens in anything logged."""
    return _TOKEN_IN_PATH.sub("/activate/[redacted]", text)


class RedactTokens(logging.Filter):
    """Rewrites access-log records so activation tokens never reach a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install_log_redaction() -> None:
    for name in ("uvicorn.access", "uvicorn.error", "uvicorn"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())


def _problem_media_types(schema: dict[str, Any]) -> dict[str, Any]:
    """Error answers are application/problem+json; drop FastAPI's default 422 schema."""
    for route, path in schema.get("paths", {}).items():
        for operation in path.values():
            if "security" in operation and not route.startswith("/v1/helper-sessions/current"):
                # A token is optional there: it only counts the call in the structure's activity.
                operation["security"] = [{}, *operation["security"]]
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if int(status) >= 400 and "application/json" in content:
                    response["content"] = {PROBLEM_JSON: content["application/json"]}
    components = schema.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    return schema


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    install_log_redaction()
    app = FastAPI(
        title="Aidant API",
        version="1",
        summary="The backend contract of the Aidant wizard (reference training server).",
        docs_url=None,
        redoc_url=None,
    )
    app.state.aidant = ServerState(settings)
    install_handlers(app)
    for module in (routes_public, routes_helpers, routes_accounts, pages, routes_training):
        app.include_router(module.router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, summary=app.summary, routes=app.routes
            )
            schema["info"]["x-server-version"] = __version__
            app.openapi_schema = _problem_media_types(schema)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
