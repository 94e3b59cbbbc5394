"""The vault over keyring's real Windows and macOS backends (stand-in system stores)."""

from __future__ import annotations

import threading
import time

from aidant_app.vault import Vault
from tests.platforms.standins import macos_keychain, windows_credential_manager

TOKEN = "token"


def test_windows_keeps_one_token_on_this_computer_only() -> None:
    with windows_credential_manager() as store:
        vault = Vault(service="aidant", timeout=3)
        assert vault.probe(), vault.reason_code
        assert vault.backend_name == "keyring.backends.Windows.WinVaultKeyring"
        assert store.credentials == {}  # the probe left nothing
        assert vault.store(TOKEN, "first-token-abc")
        assert vault.store(TOKEN, "second-token-def")  # a new sign-in
        assert vault.load(TOKEN) == "second-token-def"
        blobs = [c["CredentialBlob"] for c in store.credentials.values()]
        assert blobs == ["second-token-def"], store.credentials  # no stale token aside
        # Never copied to a domain user's roaming profile.
        assert {c["Persist"] for c in store.credentials.values()} == {
            store.CRED_PERSIST_LOCAL_MACHINE}
        vault.delete(TOKEN)
        assert store.credentials == {}


def test_windows_a_token_kept_aside_by_an_older_version_is_forgotten_too() -> None:
    with windows_credential_manager() as store:
        vault = Vault(service="aidant", timeout=3)
        assert vault.probe()
        # What keyring alone did: the old token moved aside as "token@aidant".
        store.credentials["token@aidant"] = {"TargetName": "token@aidant", "UserName": TOKEN,
                                             "CredentialBlob": "old-token", "Persist": 3}
        assert vault.store(TOKEN, "new-token")
        assert [c["CredentialBlob"] for c in store.credentials.values()] == ["new-token"]


def test_macos_a_keychain_prompt_after_an_update_keeps_the_sign_in() -> None:
    with macos_keychain() as keychain:
        vault = Vault(service="aidant", timeout=3)
        assert vault.probe(), vault.reason_code  # this build's own probe item: no prompt
        keychain.items[("aidant", TOKEN)] = "kept-token-123"
        keychain.foreign.add(("aidant", TOKEN))  # written by the build before the update
        # The person reads the prompt and answers after longer than the vault's 3 s.
        threading.Timer(4.0, keychain.answered.set).start()
        started = time.monotonic()
        assert vault.load(TOKEN) == "kept-token-123"
        assert time.monotonic() - started >= 3.5
        assert keychain.prompts == 1
        assert vault.available  # still on for the rest of the session
        assert vault.store(TOKEN, "next-token")  # no second prompt: "Always Allow"
        assert keychain.items[("aidant", TOKEN)] == "next-token"
