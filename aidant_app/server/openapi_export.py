"""Writes the published contract, resources/openapi.json, from the server's own OpenAPI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "openapi.json"


def openapi_text() -> str:
    """The OpenAPI document as committed: pretty, sorted keys, UTF-8, final newline."""
    from aidant_app.server.app import create_app

    app = create_app()
    try:
        return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    finally:
        app.state.aidant.close()


def main(argv: list[str] | None = None) -> int:
    target = Path((argv or sys.argv[1:] or [str(RESOURCE)])[0])
    target.write_text(openapi_text(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
