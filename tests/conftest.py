"""Test-wide settings: Qt runs offscreen unless a display is asked for explicitly."""

import os

# Must happen before Qt is imported: with no display and no platform, Qt aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the developer's real Qt settings.
os.environ.setdefault("AIDANT_SETTINGS_SCOPE", "test")
