"""scripts/sign_bundle.py signs every binary of a Windows or macOS bundle, then verifies."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("sign_bundle", ROOT / "scripts" / "sign_bundle.py")
sign_bundle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sign_bundle)

PE = b"MZ\x90\x00" + bytes(60)
MACHO = bytes.fromhex("cffaedfe") + bytes(60)
FAT = bytes.fromhex("cafebabe") + bytes(60)


def _tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root


def test_windows_every_exe_dll_and_pyd_is_signed_then_verified(tmp_path: Path) -> None:
    root = _tree(tmp_path / "aidant-app", {
        "aidant-app.exe": PE, "aidant-app-console.exe": PE,
        "_internal/python311.dll": PE, "_internal/PySide6/QtCore.pyd": PE,
        "_internal/PySide6/plugins/platforms/qwindows.dll": PE,
        "_internal/base_library.zip": b"PK\x03\x04", "_internal/resources/providers.json": b"{}",
        "_internal/odd-name.bin": PE,  # a PE file whatever its extension
    })
    env = {"AIDANT_SIGN_PFX": "C:/keys/aidant.pfx", "AIDANT_SIGN_PFX_PASSWORD": "s3cret"}
    planned = sign_bundle.commands(root, "win32", env)
    signed = {Path(c[-1]).relative_to(root).as_posix() for c in planned if c[1] == "sign"}
    verified = {Path(c[-1]).relative_to(root).as_posix() for c in planned if c[1] == "verify"}
    binaries = {"aidant-app.exe", "aidant-app-console.exe", "_internal/python311.dll",
                "_internal/PySide6/QtCore.pyd", "_internal/PySide6/plugins/platforms/qwindows.dll",
                "_internal/odd-name.bin"}
    assert signed == binaries == verified
    last_sign = max(i for i, c in enumerate(planned) if c[1] == "sign")
    assert all(c[1] == "verify" for c in planned[last_sign + 1:])
    assert "s3cret" not in sign_bundle._shown(planned[0])


def test_macos_signs_inside_out_then_verifies_deep_and_strict(tmp_path: Path) -> None:
    app = _tree(tmp_path / "Aidant.app", {
        "Contents/MacOS/aidant-app": MACHO,
        "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore": FAT,
        "Contents/Frameworks/PySide6/QtCore.abi3.so": MACHO,
        "Contents/Frameworks/libpython3.11.dylib": MACHO,
        "Contents/Resources/resources/providers.json": b"{}",
        "Contents/Info.plist": b"<?xml",
    })
    link = app / "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/QtCore"
    os.symlink("Versions/A/QtCore", link)
    env = {"AIDANT_CODESIGN_IDENTITY": "Developer ID Application: Example (TEAM123456)",
           "AIDANT_NOTARY_PROFILE": "aidant-notary"}
    planned = sign_bundle.commands(app, "darwin", env)
    signs = [c for c in planned if c[0] == "codesign" and "--sign" in c]
    targets = [Path(c[-1]) for c in signs]
    assert targets[-1] == app  # the bundle's seal last
    assert {t.relative_to(app).as_posix() for t in targets[:-1]} == {
        "Contents/MacOS/aidant-app",
        "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
        "Contents/Frameworks/PySide6/QtCore.abi3.so", "Contents/Frameworks/libpython3.11.dylib"}
    assert all("runtime" in c and "--timestamp" in c for c in signs)  # notarization needs both
    order = [" ".join(c[:3]) for c in planned]
    verify = order.index("codesign --verify --deep")
    assert verify > planned.index(signs[-1])
    assert order.index("xcrun notarytool submit") > verify
    assert order.index("xcrun stapler staple") > order.index("xcrun notarytool submit")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_without_a_certificate_nothing_is_called_signed(tmp_path: Path, platform: str) -> None:
    root = _tree(tmp_path / "b", {"a.exe": PE})
    assert sign_bundle.main(["--platform", platform, "--dry-run", str(root)]) == 1


def test_a_failing_signature_stops_the_release(tmp_path: Path, monkeypatch) -> None:
    root = _tree(tmp_path / "b", {"a.exe": PE, "b.dll": PE})
    calls = []

    class Done:
        returncode = 1

    monkeypatch.setattr(sign_bundle.subprocess, "run", lambda c, check: calls.append(c) or Done)
    monkeypatch.setenv("AIDANT_SIGN_CERT_SHA1", "ab" * 20)
    assert sign_bundle.main(["--platform", "win32", str(root)]) == 1
    assert len(calls) == 1  # stopped at the first failure
