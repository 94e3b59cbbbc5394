"""The vault against real keyrings: Secret Service round trip, refusals, locked and hung keyrings.

Every case runs in a child process with its own HOME and XDG directories (tests/vault_support.py).
The round trip uses the Secret Service of scripts/with_keyring.sh when the suite runs inside it,
and otherwise starts its own private one the same way, so it never depends on the developer's
desktop keyring and is never skipped.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests import vault_support as vs

PLAINTEXT = "tests.plaintext_keyring.PlaintextKeyring"  # secrets in clear: must be refused


def fake_token() -> str:
    """A fictitious helper token, unique per test so a scan can only find this test's value."""
    return "jeton-fictif-" + secrets.token_hex(16)


def write_keyringrc(env: dict[str, str], backend: str) -> None:
    """keyring's own config file, where keyring itself would read it in this environment."""
    folder = Path(env["XDG_CONFIG_HOME"]) / "python_keyring"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "keyringrc.cfg").write_text(f"[backend]\ndefault-keyring = {backend}\n")


# --- the real Secret Service ---------------------------------------------------------------


@pytest.mark.parametrize("configured", ["nothing", "plaintext_env", "plaintext_config"])
def test_secret_service_round_trip_keeps_nothing_readable(tmp_path: Path, configured: str) -> None:
    value = fake_token()
    inside = vs.in_keyring_session()
    env = vs.sealed_env(tmp_path, keep_bus=inside)
    if configured == "plaintext_env":
        env["PYTHON_KEYRING_BACKEND"] = PLAINTEXT
    elif configured == "plaintext_config":
        write_keyringrc(env, PLAINTEXT)
    before = vs.all_files(tmp_path)

    result = vs.run_child(
        # A generous bound: this test is about where the value goes, not about speed.
        ["vault", value, "--timeout", "10", "--scan", str(tmp_path), "--secret-tool"],
        env,
        own_keyring=not inside,
    )

    assert result["available"] is True, result["reason_code"]
    assert "SecretService" in result["backend_name"]
    assert result["stored"] is True
    assert result["loaded"] == value
    # The OS keyring itself (asked without keyring) holds it: it is not kept anywhere else.
    assert (result["secret_tool_while_stored"] or "").strip() == value
    assert result["keyring_dir_files"], "gnome-keyring wrote no keyring file at all"
    assert result["files_holding_value"] == []
    assert result["loaded_after_delete"] is None
    assert result["secret_tool_after_delete"] is None
    # Whatever keyring was told, no plaintext keyring file (or anything else) was written.
    assert vs.all_files(tmp_path) == before


# --- refusals without a usable platform keyring --------------------------------------------

REFUSALS = {
    "plaintext_env": ({"PYTHON_KEYRING_BACKEND": PLAINTEXT}, None, False, "insecure_backend"),
    "null_env": (
        {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        None,
        False,
        "insecure_backend",
    ),
    "fail_env": (
        {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        None,
        False,
        "insecure_backend",
    ),
    "chainer_env": (
        {"PYTHON_KEYRING_BACKEND": "keyring.backends.chainer.ChainerBackend"},
        None,
        False,
        "insecure_backend",
    ),
    "empty_chainer": ({}, None, True, "no_keyring"),
    "plaintext_config": ({}, PLAINTEXT, False, "insecure_backend"),
    "nothing_configured": ({}, None, False, "no_keyring"),
    "bus_nowhere": (
        {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/aidant-bus"},
        None,
        False,
        "no_keyring",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refuses_and_writes_nothing_without_platform_keyring(tmp_path: Path, case: str) -> None:
    extra_env, config_backend, empty_chainer, expected_code = REFUSALS[case]
    value = fake_token()
    env = vs.sealed_env(tmp_path, **extra_env)
    if config_backend:
        write_keyringrc(env, config_backend)
    before = vs.all_files(tmp_path)
    args = ["vault", value, "--scan", str(tmp_path)]
    if empty_chainer:
        args.append("--empty-chainer")

    result = vs.run_child(args, env)

    assert result["available"] is False
    assert result["reason_code"] == expected_code
    assert result["backend_name"] is None
    assert result["stored"] is False
    assert result["loaded"] is None
    assert result["probe_seconds"] < 3.0
    assert result["files_holding_value"] == []
    assert vs.all_files(tmp_path) == before


@pytest.mark.parametrize("how", ["env", "config"])
def test_control_keyring_alone_would_write_plaintext_here(tmp_path: Path, how: str) -> None:
    """Proves the refusal cases are real: keyring by itself obeys them and the scan sees it."""
    value = fake_token()
    env = vs.sealed_env(tmp_path)
    if how == "env":
        env["PYTHON_KEYRING_BACKEND"] = PLAINTEXT
    else:
        write_keyringrc(env, PLAINTEXT)

    result = vs.run_child(["keyring", value], env)

    assert result["backend"].endswith("PlaintextKeyring")
    assert result["error"] is None
    assert vs.files_holding(tmp_path, value)


# --- locked and hung keyrings ---------------------------------------------------------------


def test_locked_keyring_is_refused_without_hanging(tmp_path: Path) -> None:
    value = fake_token()
    env = vs.sealed_env(tmp_path)  # no DISPLAY: no unlock prompt can appear

    result = vs.run_child(
        ["vault", value, "--timeout", "2", "--scan", str(tmp_path)], env, lock_keyring=True
    )

    assert result["available"] is False
    assert result["reason_code"] in {"locked", "timeout"}
    assert result["probe_seconds"] < 2.5
    assert result["stored"] is False
    assert result["use_seconds"] < 0.5
    assert result["files_holding_value"] == []


def test_keyring_daemon_never_unlocked_is_locked_not_a_failure(tmp_path: Path) -> None:
    """A daemon that runs without a login keyring (never unlocked, no display for its
    prompt): the person is told to unlock it, which "probe_failed" would not say."""
    value = fake_token()
    env = vs.sealed_env(tmp_path)

    result = vs.run_child(["vault", value, "--timeout", "3", "--scan", str(tmp_path)], env,
                          never_unlocked=True)

    assert result["available"] is False
    assert result["reason_code"] == "locked"
    assert result["stored"] is False
    assert result["files_holding_value"] == []


def test_vault_gives_codes_only(tmp_path: Path) -> None:
    """The words are the UI's (translated, ui/errors.py): the vault has none of its own."""
    import aidant_app.vault as vault_module

    assert not hasattr(vault_module.Vault, "reason")
    assert not hasattr(vault_module, "REASONS")
    gone = vault_module.Vault.unavailable("probe_failed")
    assert gone.probed and not gone.available and gone.reason_code == "probe_failed"


def test_keyring_that_never_answers_times_out(tmp_path: Path) -> None:
    with vs.SilentBus(tmp_path / "bus") as bus:
        env = vs.sealed_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=bus.address)
        result = vs.run_child(["vault", fake_token(), "--timeout", "2"], env, timeout=30)

    assert bus.clients, "the vault never tried the bus"
    assert result["available"] is False
    assert result["reason_code"] == "timeout"
    assert 1.9 <= result["probe_seconds"] < 3.0
    assert result["stored"] is False
    assert result["use_seconds"] < 0.5


# --- start-up cost and the wrapper ----------------------------------------------------------


def test_import_and_construction_do_not_touch_keyring(tmp_path: Path) -> None:
    code = (
        "import sys, aidant_app.vault as v; x = v.Vault(); "
        "print('keyring' in sys.modules, x.probed)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=vs.sealed_env(tmp_path),
        check=False,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False"]


def test_with_keyring_script_passes_exit_status_and_cleans_up(tmp_path: Path) -> None:
    env = vs.sealed_env(tmp_path)
    proc = subprocess.run(
        [
            str(vs.WITH_KEYRING),
            "sh",
            "-c",
            'test -d "$AIDANT_KEYRING_DATA_DIR" && test -n "$DBUS_SESSION_BUS_ADDRESS" && exit 3',
        ],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 3, proc.stderr
    assert list(Path(env["TMPDIR"]).iterdir()) == []
