"""`python -m aidant_app` opens the wizard (same as the `aidant-app` command)."""

from aidant_app.app import main

raise SystemExit(main())
