"""The app factory: routes, error handlers, the OpenAPI document and log redaction."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from aidant_app import __version__
from aidant_app.server import (
    pages,
    routes_accompaniments,
    routes_accounts,
    routes_helpers,
    routes_public,
    routes_training,
)
from aidant_app.server.errors import PROBLEM_JSON, install_handlers
from aidant_app.server.guard import Guard
from aidant_app.server.logs import install_log_redaction
from aidant_app.server.settings import Settings
from aidant_app.server.state import ServerState


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
    _guard_answers(schema)
    components = schema.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    return schema


def _guard_answers(schema: dict[str, Any]) -> None:
    """Document what the front door (guard.py) may answer on any operation."""
    problem = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for route, path in schema.get("paths", {}).items():
        for method, operation in path.items():
            responses = operation.setdefault("responses", {})
            extra = {"421": "Misdirected request (the Host header names another server)"}
            if method in ("post", "put", "patch"):
                extra["413"] = "Payload too large (over 64 KiB)"
                if route.startswith("/v1"):
                    extra["415"] = "Unsupported media type (Content-Type must be application/json)"
            for status, description in extra.items():
                responses.setdefault(status, {"description": description, "content": problem})


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    install_log_redaction()
    app = FastAPI(
        title="Aidant API",
        version="1.2",  # the contract version (docs/API.md)
        summary="The backend contract of the Aidant wizard (reference training server).",
        docs_url=None,
        redoc_url=None,
    )
    app.state.aidant = ServerState(settings)
    install_handlers(app)
    app.add_middleware(
        Guard, public_url=lambda: settings.public_url, routes=lambda: app.router.routes
    )
    modules = [routes_public, routes_helpers, routes_accompaniments, routes_accounts, pages]
    if settings.training:
        # Live mode: /v1/training/* does not exist (404) and the OpenAPI document omits it.
        modules.append(routes_training)
    for module in modules:
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
