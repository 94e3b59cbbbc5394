"""Sign every binary of a built bundle, verify, and (macOS) notarize: a release step.

    python scripts/sign_bundle.py dist/aidant-app          # Windows (signtool)
    python scripts/sign_bundle.py dist/Aidant.app          # macOS (codesign, notarytool)
    python scripts/sign_bundle.py --dry-run --platform win32 dist/aidant-app

PyInstaller only warns when signing fails; this script stops at the first failure, then
verifies the whole bundle (`codesign --verify --deep --strict`, `signtool verify /pa`), so
an unsigned file can never reach a release. The publisher's certificate never enters the
repository: it comes from the environment (docs/install.md, "Signing a release").

Windows: AIDANT_SIGN_CERT_SHA1 (thumbprint of a certificate in the store, or a hardware
token) or AIDANT_SIGN_PFX + AIDANT_SIGN_PFX_PASSWORD; AIDANT_SIGN_TIMESTAMP_URL.
macOS: AIDANT_CODESIGN_IDENTITY ("Developer ID Application: ..."); AIDANT_NOTARY_PROFILE
(a `xcrun notarytool store-credentials` profile) to notarize and staple.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ENTITLEMENTS = Path(__file__).resolve().parent / "macos-entitlements.plist"
_MACHO_MAGICS = {bytes.fromhex(m) for m in ("feedface", "feedfacf", "cefaedfe", "cffaedfe",
                                            "cafebabe", "bebafeca")}


class SigningError(Exception):
    """A signing or verification command failed: no release from this bundle."""


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(4)
    except OSError:
        return b""


def is_windows_binary(path: Path) -> bool:
    """An .exe, .dll or .pyd (a PE file: "MZ"), whatever its extension says."""
    return _head(path)[:2] == b"MZ"


def is_macos_binary(path: Path) -> bool:
    """A Mach-O file or a universal (fat) one. Java class files share 0xcafebabe; a bundle
    has none."""
    return _head(path) in _MACHO_MAGICS


def binaries(root: Path, platform: str) -> list[Path]:
    """Every binary below `root`, deepest first: macOS signs inside out (a signature covers
    what is inside it); symlinks are signed through their target, once."""
    test = is_windows_binary if platform == "win32" else is_macos_binary
    found = [path for path in root.rglob("*")
             if path.is_file() and not path.is_symlink() and test(path)]
    return sorted(found, key=lambda path: (-len(path.parts), str(path)))


def windows_commands(root: Path, env: dict[str, str]) -> Iterator[list[str]]:
    timestamp = env.get("AIDANT_SIGN_TIMESTAMP_URL", "http://timestamp.digicert.com")
    if env.get("AIDANT_SIGN_CERT_SHA1"):
        who = ["/sha1", env["AIDANT_SIGN_CERT_SHA1"]]
    elif env.get("AIDANT_SIGN_PFX"):
        who = ["/f", env["AIDANT_SIGN_PFX"], "/p", env.get("AIDANT_SIGN_PFX_PASSWORD", "")]
    else:
        raise SigningError("no certificate: set AIDANT_SIGN_CERT_SHA1 or AIDANT_SIGN_PFX")
    files = [str(path) for path in binaries(root, "win32")]
    # One file per command: an error names the file that failed.
    for name in files:
        yield ["signtool", "sign", "/fd", "sha256", "/tr", timestamp, "/td", "sha256",
               *who, name]
    for name in files:
        yield ["signtool", "verify", "/pa", name]


def macos_commands(root: Path, env: dict[str, str]) -> Iterator[list[str]]:
    identity = env.get("AIDANT_CODESIGN_IDENTITY")
    if not identity:
        raise SigningError("no identity: set AIDANT_CODESIGN_IDENTITY")
    sign = ["codesign", "--force", "--timestamp", "--options", "runtime", "--sign", identity]
    for path in binaries(root, "darwin"):
        yield [*sign, str(path)]
    if root.suffix == ".app":  # the bundle last: its seal covers everything inside
        yield [*sign, "--entitlements", str(ENTITLEMENTS), str(root)]
    yield ["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(root)]
    if env.get("AIDANT_NOTARY_PROFILE") and root.suffix == ".app":
        archive = str(root.with_suffix(".zip"))
        yield ["ditto", "-c", "-k", "--keepParent", str(root), archive]
        yield ["xcrun", "notarytool", "submit", archive, "--keychain-profile",
               env["AIDANT_NOTARY_PROFILE"], "--wait"]
        yield ["xcrun", "stapler", "staple", str(root)]
        yield ["spctl", "--assess", "--type", "execute", "--verbose", str(root)]


def commands(root: Path, platform: str, env: dict[str, str]) -> list[list[str]]:
    if platform == "win32":
        return list(windows_commands(root, env))
    if platform == "darwin":
        return list(macos_commands(root, env))
    raise SigningError(f"nothing to sign on {platform}: Linux bundles are not signed")


def _shown(command: list[str]) -> str:
    """The command as printed: a PFX password never reaches a log."""
    hidden = [("***" if previous == "/p" else part)
              for previous, part in zip(["", *command], command)]
    return " ".join(hidden)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--platform", default=sys.platform)
    parser.add_argument("--dry-run", action="store_true", help="print the commands only")
    args = parser.parse_args(argv)
    try:
        planned = commands(args.bundle, args.platform, dict(os.environ))
        for command in planned:
            print(_shown(command), flush=True)
            if not args.dry_run and subprocess.run(command, check=False).returncode != 0:
                raise SigningError(f"failed: {_shown(command)}")
    except SigningError as error:
        print(f"sign_bundle: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
