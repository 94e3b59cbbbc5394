"""Checks of a built app that CI runs on Windows, macOS and Linux (.github/workflows/platforms.yml).

    python scripts/ci_platform_checks.py ready  -- APP [ARGS...]
        the app starts, paints its window, and its training server answers ("ready")
    python scripts/ci_platform_checks.py orphan -- APP [ARGS...]
        the app's training child is gone at most 5 s after the app is killed
    python scripts/ci_platform_checks.py self-test -- APP [ARGS...]
        `--self-test` passes, and its keyring line names the platform's own keyring

APP is the bundle's executable (or `python -m aidant_app`). Exit 0 when the check holds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

READY_SECONDS = 120.0
ORPHAN_SECONDS = 5.0
PLATFORM_KEYRING = {"win32": "WinVaultKeyring", "darwin": "macOS.Keyring"}


def check_ready(command: list[str]) -> str:
    env = {**os.environ, "AIDANT_STARTUP_PROBE": "ready"}
    result = subprocess.run(command, env=env, capture_output=True, text=True,
                            timeout=READY_SECONDS, check=False, stdin=subprocess.DEVNULL)
    lines = {line.split(" ", 1)[0]: line.split(" ", 1)[1]
             for line in result.stdout.splitlines() if line.startswith("aidant-")}
    if "aidant-first-paint" not in lines:
        raise SystemExit(f"no first paint:\n{result.stdout}\n{result.stderr[-2000:]}")
    ready = json.loads(lines.get("aidant-backend-ready", "{}"))
    if ready.get("outcome") != "ready":
        raise SystemExit(f"the backend was not ready: {ready}\n{result.stderr[-2000:]}")
    return f"painted, then ready (exit code {result.returncode})"


def _children(pid: int) -> list[int]:
    if sys.platform == "win32":
        out = subprocess.run(
            ["powershell", "-NoProfile", "-Command",
             (f"Get-CimInstance Win32_Process -Filter 'ParentProcessId={pid}' | "
              "ForEach-Object { $_.ProcessId }")],
            capture_output=True, text=True, check=False).stdout
    else:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True,
                             check=False).stdout
    return [int(word) for word in out.split() if word.isdigit()]


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        out = subprocess.run(["tasklist", "/FI", f"PID eq {pid}", "/NH"],
                             capture_output=True, text=True, check=False).stdout
        return str(pid) in out
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is gone for every purpose but its parent's
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return True


def check_orphan(command: list[str]) -> str:
    app = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + READY_SECONDS
        children: list[int] = []
        while not children and time.monotonic() < deadline:
            time.sleep(0.5)
            children = _children(app.pid)
        if not children:
            raise SystemExit("the app started no training child")
        time.sleep(2.0)  # the child is serving by now
        if sys.platform == "win32":
            subprocess.run(["taskkill", "/F", "/PID", str(app.pid)], capture_output=True,
                           check=False)
        else:
            os.kill(app.pid, signal.SIGKILL)
        app.wait(timeout=30)
        killed = time.monotonic()
        while any(_alive(pid) for pid in children):
            if time.monotonic() - killed > ORPHAN_SECONDS:
                raise SystemExit(f"training child {children} still running "
                                 f"{ORPHAN_SECONDS:.0f} s after the app was killed")
            time.sleep(0.1)
        return f"child gone {time.monotonic() - killed:.2f} s after the app was killed"
    finally:
        if app.poll() is None:
            app.kill()


def check_self_test(command: list[str]) -> str:
    result = subprocess.run([*command, "--self-test"], capture_output=True, text=True,
                            timeout=300, check=False, stdin=subprocess.DEVNULL)
    print(result.stdout, end="")
    if result.returncode != 0:
        raise SystemExit(f"self-test failed:\n{result.stderr[-2000:]}")
    wanted = PLATFORM_KEYRING.get(sys.platform)
    keyring = next((line for line in result.stdout.splitlines() if "keyring:" in line), "")
    if wanted and wanted not in keyring:
        raise SystemExit(f"the platform keyring was not used: {keyring}")
    return "self-test passed"


CHECKS = {"ready": check_ready, "orphan": check_orphan, "self-test": check_self_test}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) < 3 or argv[0] not in CHECKS or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    print(f"OK    {argv[0]}: {CHECKS[argv[0]](argv[2:])}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
