"""PyInstaller's entry script: the frozen `aidant-app` executable starts here."""

import sys

from aidant_app.app import main

if __name__ == "__main__":
    sys.exit(main())
