"""The helper's own session: sign in (keeping the token only when asked), restore, sign out.
Against the training server and the real keyring (scripts/run-tests), or memory-only."""

from __future__ import annotations

import pytest

from aidant_app.actions import (
    TOKEN_NAME,
    Failed,
    RestoreToken,
    SignedIn,
    SignIn,
    SignOut,
    execute,
)
from aidant_app.journey import JourneyState, NextAction
from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD


@pytest.fixture
def vault():
    from aidant_app.vault import Vault

    value = Vault(timeout=3.0)
    value.probe()
    yield value
    value.delete(TOKEN_NAME)


def test_sign_in_keeps_the_token_only_when_asked(client, vault):
    journey = JourneyState()
    outcome = execute(SignIn(vault, HELPER_LOGIN, HELPER_PASSWORD, remember=True), journey,
                      client)
    assert isinstance(outcome.value, SignedIn) and outcome.value.display_name
    assert client.has_token and journey.is_empty()  # the helper's, never the person's
    assert outcome.value.saved == vault.available
    if vault.available:
        assert vault.load(TOKEN_NAME) == client._transport.auth.token
    execute(SignIn(vault, HELPER_LOGIN, HELPER_PASSWORD, remember=False), journey, client)
    assert vault.load(TOKEN_NAME) is None  # an older kept token does not outlive the choice


def test_a_kept_token_is_restored_and_sign_out_forgets_it(server, vault):
    from aidant_app.api.client import AidantClient

    with AidantClient(server.base_url) as first:
        execute(SignIn(vault, HELPER_LOGIN, HELPER_PASSWORD, remember=True), JourneyState(),
                first)
    with AidantClient(server.base_url) as later:  # the next start of the app
        # Kept only where a keyring is (scripts/run-tests); memory-only forgets at closing.
        assert execute(RestoreToken(vault), JourneyState(), later).value is vault.available
        assert later.has_token is vault.available
        assert execute(SignOut(vault), JourneyState(), later).ok
        assert not later.has_token and vault.load(TOKEN_NAME) is None
    with AidantClient(server.base_url) as after:
        assert execute(RestoreToken(vault), JourneyState(), after).value is False


def test_a_wrong_password_says_fix(client, vault):
    outcome = execute(SignIn(vault, HELPER_LOGIN, "pas-le-bon", remember=False),
                      JourneyState(), client)
    assert isinstance(outcome, Failed) and outcome.code == "bad_credentials"
    assert outcome.next is NextAction.FIX and not client.has_token
