"""PyInstaller's entry script: the frozen `aidant-app` executable starts here."""

import sys

if __name__ == "__main__":
    if sys.platform in ("win32", "darwin"):
        # A frozen program that something starts through multiprocessing (spawn, the only
        # start method there) must hand the child its task before running the app again.
        import multiprocessing

        multiprocessing.freeze_support()

    from aidant_app.app import main

    sys.exit(main())
