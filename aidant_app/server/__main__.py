"""Entry point for `python -m aidant_app.server`."""

from aidant_app.server.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
