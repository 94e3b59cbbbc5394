"""No character typed into a secret field reaches the AT-SPI bus, on any page or dialog.

tests/ui/atspi_secrets_app.py types into every secret field it finds (helper sign-in,
mailbox password, ameli password, training inbox) with real keys, shows the characters,
types again and clears; scripts/atspi_tree.py listens to the bus as any program of the
desktop session can. Debian packages: xvfb xauth dbus at-spi2-core python3-pyatspi.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .atspi_secrets_app import PLAIN_TYPED
from .atspi_support import run_with_reader


@pytest.fixture(scope="module")
def heard(tmp_path_factory) -> dict:
    marker = tmp_path_factory.mktemp("atspi_secrets") / "done"
    result = run_with_reader(marker, "tests/ui/atspi_secrets_app.py", reader_timeout=110)
    result["typed"] = json.loads(Path(f"{marker}.json").read_text(encoding="utf-8"))
    return result


def _inserted(events: list[dict]) -> str:
    return "".join(e["data"] for e in events if e["type"].startswith("object:text-changed:insert"))


def test_the_listener_hears_typing_in_a_plain_field(heard) -> None:
    """Otherwise the absence of secrets below would prove nothing."""
    assert PLAIN_TYPED in _inserted(heard["events"])


def test_every_secret_field_was_typed_into(heard) -> None:
    fields = {(t["where"], t["field"]) for t in heard["typed"] if t["secret"]}
    names = {field for _where, field in fields}
    assert {"helperPasswordEdit", "servicePassword", "accountPassword",
            "inboxPassword"} <= names, fields


def test_no_character_of_a_secret_goes_on_the_bus(heard) -> None:
    events = heard["events"]
    secrets = [t for t in heard["typed"] if t["secret"]]
    names = {t["name"] for t in secrets if t["name"]}
    # Nothing at all comes from a secret field's text: not a letter, not a deletion.
    from_secret = [e for e in events if e["type"].startswith("object:text-changed")
                   and (e["role"] == "password text" or e["name"] in names)]
    assert from_secret == [], from_secret[:5]
    # And no event anywhere carries a secret, whole or letter after letter.
    inserted = _inserted(events)
    everything = inserted + "".join(e["data"] + e["name"] for e in events)
    for typed in secrets:
        text = typed["text"]
        pieces = {text[i:i + 3] for i in range(len(text) - 2)}
        leaked = sorted(piece for piece in pieces if piece in everything)
        assert not leaked, (typed["where"], typed["field"], leaked)


def test_a_secret_field_is_still_heard_as_a_password_field_with_its_name(heard) -> None:
    """The training inbox is open at the end: its password field is in the tree."""
    inbox = [t for t in heard["typed"] if t["where"] == "training inbox" and t["secret"]]
    assert inbox
    showing = {(row["role"], row["name"]) for row in heard["tree"]}
    assert ("password text", inbox[0]["name"]) in showing, sorted(showing)
    row = next(r for r in heard["tree"] if r["role"] == "password text")
    assert not row["text"]  # the text interface gives nothing
