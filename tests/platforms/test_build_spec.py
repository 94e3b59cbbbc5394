"""build.spec on Windows and macOS: what it asks PyInstaller to build (run with their facts)."""

from __future__ import annotations

import plistlib

from tests.platforms.spec_runner import info_plist, run_spec

# What PyInstaller's analysis finds on macOS for two Qt frameworks: one the app uses
# (QtWidgets) and one it never does (QtPdf): binary, Info.plist, and the symlinks a
# framework is made of.
MAC_BINARIES = [
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", "/src/QtWidgets", "BINARY"),
    ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", "/src/QtPdf", "BINARY"),
    ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
]
MAC_DATAS = [
    ("PySide6/Qt/lib/QtWidgets.framework/Resources/Info.plist", "/src/w.plist", "DATA"),
    ("PySide6/Qt/lib/QtWidgets.framework/QtWidgets", "Versions/Current/QtWidgets", "SYMLINK"),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/Current", "A", "SYMLINK"),
    ("PySide6/Qt/lib/QtPdf.framework/Resources/Info.plist", "/src/pdf.plist", "DATA"),
    ("PySide6/Qt/lib/QtPdf.framework/Resources", "Versions/Current/Resources", "SYMLINK"),
    ("PySide6/Qt/lib/QtPdf.framework/Versions/Current", "A", "SYMLINK"),
    ("PySide6/Qt/lib/QtPdf.framework/QtPdf", "Versions/Current/QtPdf", "SYMLINK"),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/Resources/Info.plist", "/src/q", "DATA"),
    ("resources/providers.json", "/src/providers.json", "DATA"),
]


def test_macos_bundle_is_a_foreground_app_with_its_minimum_system() -> None:
    recorded = run_spec("darwin", MAC_BINARIES, MAC_DATAS)
    plist = info_plist(recorded)
    # A background-only app has no Dock icon, no menu bar, and may never get the keyboard.
    assert not plist.get("LSBackgroundOnly", False)
    assert plist["NSHighResolutionCapable"] is True
    major, *_ = plist["LSMinimumSystemVersion"].split(".")
    assert int(major) >= 13  # PySide6 6.11's Qt: older Macs must be refused, not crash
    assert plist["CFBundleShortVersionString"] not in ("", "0.0.0")
    assert plist["NSRequiresAquaSystemAppearance"] is True  # native menus light, as the app
    plistlib.dumps(plist)  # a valid property list


def test_windowed_builds_never_show_a_traceback_dialog() -> None:
    for platform in ("darwin", "win32"):
        recorded = run_spec(platform, [], [])
        for exe in recorded.exes:
            assert exe.disable_windowed_traceback is True, (platform, exe.name)


def test_windows_has_a_windowed_app_and_a_console_twin_for_the_self_test() -> None:
    recorded = run_spec("win32", [], [])
    consoles = {exe.name: exe.console for exe in recorded.exes}
    assert consoles == {"aidant-app": False, "aidant-app-console": True}
    assert all(exe in recorded.collect.args for exe in recorded.exes)


def test_macos_unused_frameworks_leave_nothing_behind() -> None:
    recorded = run_spec("darwin", MAC_BINARIES, MAC_DATAS)
    kept = [dest for dest, _src, _kind in recorded.binaries + recorded.datas]
    assert not [dest for dest in kept if "QtPdf" in dest or "QtQuick" in dest], kept
    # What the app uses stays whole.
    assert "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets" in kept
    assert "PySide6/Qt/lib/QtWidgets.framework/Resources/Info.plist" in kept
    assert "PySide6/Qt/lib/QtWidgets.framework/Versions/Current" in kept
    assert "resources/providers.json" in kept


def test_macos_signing_identity_and_architecture_reach_every_executable() -> None:
    recorded = run_spec("darwin", [], [], env={"AIDANT_CODESIGN_IDENTITY": "Developer ID "
                                               "Application: Example (TEAM123456)",
                                               "AIDANT_TARGET_ARCH": "universal2"})
    for exe in recorded.exes:
        assert exe.codesign_identity.endswith("(TEAM123456)")
        assert exe.target_arch == "universal2"
        assert exe.entitlements_file and exe.entitlements_file.endswith(".plist")
        plistlib.loads(open(exe.entitlements_file, "rb").read())  # noqa: SIM115


def test_linux_build_is_unchanged_console_and_stripped() -> None:
    recorded = run_spec("linux", [], [])
    assert [(exe.name, exe.console, exe.strip) for exe in recorded.exes] == [
        ("aidant-app", True, True)]
    assert recorded.bundle is None
