"""Helpers for the vault tests: a sealed environment, a secret scanner, and a child-side runner.

Run as a script (`python tests/vault_support.py MODE ...`) inside the environment under test;
it prints one JSON object on stdout. Keyring work always happens in such a child process, so a
hung keyring call can never hang pytest and each case gets its own HOME, bus and settings.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Self

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WITH_KEYRING = PROJECT_ROOT / "scripts" / "with_keyring.sh"
SERVICE = "aidant-test"
ENTRY = "helper-token"

_STRIPPED = (
    "DBUS_SESSION_BUS_ADDRESS",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "PYTHON_KEYRING_BACKEND",
    "GNOME_KEYRING_CONTROL",
    "AIDANT_KEYRING_DIR",
    "AIDANT_KEYRING_DATA_DIR",
    "AIDANT_KEYRING_INNER",
)


def sealed_env(root: Path, keep_bus: bool = False, **extra: str) -> dict[str, str]:
    """An environment whose HOME, XDG dirs and TMPDIR all live under `root`, with no display.

    Without `keep_bus` there is no D-Bus session either, so no Secret Service can be reached.
    """
    env = {k: v for k, v in os.environ.items() if keep_bus or k not in _STRIPPED}
    if keep_bus:
        for key in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND"):
            env.pop(key, None)
    dirs = {
        "HOME": "home",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "run",
        "TMPDIR": "tmp",
    }
    for key, sub in dirs.items():
        path = root / sub
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[key] = str(path)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(PROJECT_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def in_keyring_session() -> bool:
    """True when this process runs under scripts/with_keyring.sh (a live, unlocked keyring)."""
    return bool(os.environ.get("AIDANT_KEYRING_DATA_DIR")) and bool(
        os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    )


def encodings(value: str) -> list[bytes]:
    """The forms in which a secret could sit in a file: raw, UTF-16, base64 (any alignment)."""
    raw = value.encode()
    forms = [raw, value.encode("utf-16-le"), urllib.parse.quote(value).encode()]
    for shift in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(b"\0" * shift + raw)
            # Drop the characters that depend on the neighbouring bytes.
            forms.append(encoded[4 if shift else 0 : -4])
    return forms


def files_holding(root: Path, value: str) -> list[str]:
    """Every regular file under `root` that contains `value` in any of its encodings."""
    forms = encodings(value)
    hits = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(form in data for form in forms):
                hits.append(str(path))
    return hits


def all_files(root: Path) -> set[str]:
    """Relative paths of the regular files under `root`."""
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


# Locks the default collection through the Secret Service API, as a screen lock would.
# A Secret Service daemon that runs but was never unlocked: no login keyring exists yet, and
# the prompt that would create one cannot show (no display). Run inside dbus-run-session.
_NEVER_UNLOCKED = (
    'dir=$(mktemp -d); mkdir -p "$dir/data" "$dir/control"; '
    'env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME="$dir/data" gnome-keyring-daemon'
    ' --foreground --components=secrets --control-directory="$dir/control"'
    ' </dev/null >/dev/null 2>&1 & daemon=$!; '
    "for i in $(seq 1 50); do dbus-send --session --print-reply --dest=org.freedesktop.DBus"
    " /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner"
    " string:org.freedesktop.secrets 2>/dev/null | grep -q true && break; sleep 0.1; done; "
    'XDG_DATA_HOME="$dir/data" "$@"; status=$?; kill $daemon; rm -rf "$dir"; exit $status'
)

_LOCK_THEN_RUN = (
    "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets"
    " org.freedesktop.Secret.Service.Lock"
    ' array:objpath:/org/freedesktop/secrets/aliases/default >/dev/null && exec "$@"'
)


def run_child(
    args: list[str],
    env: dict[str, str],
    *,
    own_keyring: bool = False,
    lock_keyring: bool = False,
    never_unlocked: bool = False,
    timeout: float = 60,
) -> dict:
    """Run this file as a script with `args` in `env` (inside its own keyring session if asked)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    if lock_keyring:
        cmd = ["sh", "-c", _LOCK_THEN_RUN, "sh", *cmd]
    if never_unlocked:
        assert shutil.which("gnome-keyring-daemon"), "install gnome-keyring and dbus"
        cmd = ["dbus-run-session", "--", "sh", "-c", _NEVER_UNLOCKED, "sh", *cmd]
    if own_keyring or lock_keyring:
        missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
        assert not missing, f"install gnome-keyring, dbus, libsecret-tools: missing {missing}"
        cmd = [str(WITH_KEYRING), *cmd]
    proc = subprocess.run(
        cmd, env=env, check=False, capture_output=True, text=True, timeout=timeout, cwd=env["HOME"]
    )
    assert proc.returncode == 0, f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


class SilentBus:
    """A D-Bus peer on a Unix socket that authenticates clients and then never answers a call.

    This is how a wedged keyring daemon looks to a client: connected, and silent forever.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.clients = 0
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(path))
        self._listener.listen(8)
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def address(self) -> str:
        return f"unix:path={self.path}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(2)
        for conn in self._held:
            conn.close()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn = self._listener.accept()[0]
            except OSError:
                continue
            self.clients += 1
            self._held.append(conn)
            threading.Thread(target=self._authenticate, args=(conn,), daemon=True).start()

    def _authenticate(self, conn: socket.socket) -> None:
        """Speak just enough of the SASL handshake, then swallow every message unanswered."""
        buffer = b""
        try:
            while not self._stop.is_set():
                chunk = conn.recv(4096)
                if not chunk:
                    return
                buffer += chunk
                while b"\r\n" in buffer:
                    line, buffer = buffer.split(b"\r\n", 1)
                    line = line.lstrip(b"\0")
                    if line.startswith(b"AUTH"):
                        conn.sendall(b"OK " + b"0" * 32 + b"\r\n")
                    elif line.startswith(b"NEGOTIATE_UNIX_FD"):
                        conn.sendall(b"AGREE_UNIX_FD\r\n")
                    elif line.startswith(b"BEGIN"):
                        while conn.recv(4096):  # the binary protocol: read, never reply
                            pass
                        return
        except OSError:
            return


# --- child side ----------------------------------------------------------------------------


def _secret_tool_lookup() -> str | None:
    """Ask the Secret Service directly (not through keyring) what it holds for our entry."""
    try:
        proc = subprocess.run(
            ["secret-tool", "lookup", "service", SERVICE, "username", ENTRY],
            check=False,
            capture_output=True,
            text=True,
            timeout=5,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"<secret-tool failed: {type(exc).__name__}>"
    return proc.stdout if proc.returncode == 0 else None


def _use_vault(ns: argparse.Namespace) -> dict:
    if ns.empty_chainer:
        # keyring's own global backend becomes a chainer with nothing to chain.
        import keyring
        import keyring.backend
        from keyring.backends.chainer import ChainerBackend

        keyring.backend._limit = lambda _kr: False
        keyring.set_keyring(ChainerBackend())

    from aidant_app.vault import Vault

    vault = Vault(service=SERVICE, timeout=ns.timeout)
    started = time.monotonic()
    available = vault.available
    out: dict = {
        "probe_seconds": time.monotonic() - started,
        "available": available,
        "reason_code": vault.reason_code,
        "backend_name": vault.backend_name,
    }
    started = time.monotonic()
    out["stored"] = vault.store(ENTRY, ns.value)
    out["loaded"] = vault.load(ENTRY)
    out["use_seconds"] = time.monotonic() - started
    if ns.secret_tool:
        out["secret_tool_while_stored"] = _secret_tool_lookup()
    scan_roots = [Path(p) for p in ns.scan]
    keyring_dir = os.environ.get("AIDANT_KEYRING_DATA_DIR")
    if keyring_dir:
        scan_roots.append(Path(keyring_dir))
        out["keyring_dir_files"] = sorted(all_files(Path(keyring_dir)))
    # Scanned while the value is stored: the moment it would be on disk if anywhere.
    out["files_holding_value"] = [h for r in scan_roots for h in files_holding(r, ns.value)]
    vault.delete(ENTRY)
    out["loaded_after_delete"] = vault.load(ENTRY)
    if ns.secret_tool:
        out["secret_tool_after_delete"] = _secret_tool_lookup()
    return out


def _use_keyring_directly(ns: argparse.Namespace) -> dict:
    """What keyring alone would do in this environment (the control for the scanner)."""
    import keyring

    backend = keyring.get_keyring()
    try:
        keyring.set_password(SERVICE, ENTRY, ns.value)
        error = None
    except Exception as exc:  # noqa: BLE001 - reported to the test
        error = type(exc).__name__
    return {"backend": f"{type(backend).__module__}.{type(backend).__name__}", "error": error}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["vault", "keyring"])
    parser.add_argument("value")
    parser.add_argument("--timeout", type=float, default=3.0)
    parser.add_argument("--scan", action="append", default=[])
    parser.add_argument("--empty-chainer", action="store_true")
    parser.add_argument("--secret-tool", action="store_true")
    ns = parser.parse_args(argv)
    result = _use_vault(ns) if ns.mode == "vault" else _use_keyring_directly(ns)
    print(json.dumps(result))
    sys.stdout.flush()
    # A keyring call may still hang in a daemon thread: leave without waiting for it.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
