"""The helper's own session and the keyring: sign in and out, keep or restore the token.
Nothing here is about the person. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..api.errors import ApiError
from .base import Action
from .outcome import Done, Outcome

if TYPE_CHECKING:
    from ..api.client import AidantClient
    from ..vault import Vault

TOKEN_NAME = "helper_token"  # the vault entry for the helper's own token (never the person's)


def _vault_usable(vault: Vault | None) -> bool:
    return vault is not None and vault.probed and vault.available


@dataclass(frozen=True)
class SignedIn:
    display_name: str
    saved: bool  # the token is kept in the keyring


class SignIn(Action[SignedIn]):
    """The token goes to the vault only when the helper ticked "rester connecté·e"."""

    key = "helper"

    def __init__(self, vault: Vault | None, login: str, password: str, remember: bool) -> None:
        self.vault, self.login, self.password, self.remember = vault, login, password, remember

    def call(self, client: AidantClient) -> SignedIn:
        session = client.sign_in(self.login, self.password)
        saved = False
        if self.vault is not None and _vault_usable(self.vault):
            if self.remember:
                saved = self.vault.store(TOKEN_NAME, session.token)
            else:
                self.vault.delete(TOKEN_NAME)  # an older kept token must not outlive this
        return SignedIn(session.helper.display_name, bool(saved))


class SignOut(Action[None]):
    """End the session on the server; the kept token is forgotten whatever happens."""

    key = "helper"

    def __init__(self, vault: Vault | None) -> None:
        self.vault = vault

    def call(self, client: AidantClient) -> None:
        try:
            client.sign_out()
        finally:
            if self.vault is not None and _vault_usable(self.vault):
                self.vault.delete(TOKEN_NAME)


class RestoreToken(Action[bool]):
    """Reuse a kept helper token if the backend still accepts it (network trouble: the
    helper simply signs in again)."""

    key = "token"

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def call(self, client: AidantClient) -> bool:
        token = self.vault.load(TOKEN_NAME) if _vault_usable(self.vault) else None
        if not token:
            return False
        client.set_token(token)
        try:
            client.activity()
        except Exception as error:
            client.clear_token()  # whatever went wrong, an unchecked token is not kept on
            if isinstance(error, ApiError) and error.code == "unauthenticated":
                self.vault.delete(TOKEN_NAME)  # it will never work again
                return False
            raise
        return True


class ProbeVault(Action["Vault"]):
    """Find the keyring (value: the Vault; its `reason_code` says why it cannot keep)."""

    key = "vault"

    def run(self, client: AidantClient | None = None) -> Outcome[Vault]:
        """No client: the keyring is on this computer."""
        from ..vault import Vault

        vault = Vault()
        vault.probe()
        return Done(vault)
