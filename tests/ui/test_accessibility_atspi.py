"""What a screen reader really gets, read on the AT-SPI bus as Orca reads it.

The wizard runs under Xvfb with Qt's AT-SPI bridge on, in a private D-Bus session with the
accessibility bus; scripts/atspi_tree.py (Debian's python3-pyatspi, system Python) listens to
its events and reads its tree. tests/ui/atspi_app.py drives it with real key and mouse
events: a wrong then the right helper password, sign-in, consent, the e-mail question.
Debian packages: xvfb xauth dbus at-spi2-core python3-pyatspi (installed by .ci/run).
"""

from __future__ import annotations

import re

import pytest

from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD

from .atspi_app import WRONG_PASSWORD
from .atspi_support import run_with_reader


@pytest.fixture(scope="module")
def heard(tmp_path_factory) -> dict:
    """Events and final tree of one driven run (about 15 s)."""
    marker = tmp_path_factory.mktemp("atspi") / "done"
    result = run_with_reader(marker, "tests/ui/atspi_app.py", reader_timeout=90)
    return result


def test_a_password_typed_never_goes_on_the_bus(heard):
    events = heard["events"]
    # The password field is on the bus, as a password field, with its name.
    assert ("password text", "Mot de passe de l'aidant") in {(e["role"], e["name"])
                                                             for e in events}
    # The login field next to it was typed into: its letters are on the bus (what Qt sends
    # for a plain field), so the listener did hear the typing.
    login_letters = "".join(e["data"] for e in events if e["role"] == "text"
                            and e["type"].startswith("object:text-changed:insert"))
    assert HELPER_LOGIN in login_letters
    # No event from a password field carries text, and no event anywhere holds a password.
    from_secret = [e for e in events
                   if e["role"] == "password text" and e["type"].startswith("object:text-changed")]
    assert from_secret == []
    for secret in (WRONG_PASSWORD, HELPER_PASSWORD):
        assert not [e for e in events if secret in _without_practice_hint(e["data"])
                    or secret in _without_practice_hint(e["name"])]


def _without_practice_hint(text: str) -> str:
    """The text without the start page's practice hint: in training mode it says the
    training server's public practice password on purpose (ui/helper_signin.py). What is
    typed must still never be heard: WRONG_PASSWORD is shown nowhere."""
    return re.sub(r"Le mot de passe est \W{0,3}" + re.escape(HELPER_PASSWORD) + r"\W{0,3}\.",
                  "", text)


def test_an_error_is_announced_at_once_and_good_news_too(heard):
    said = [e["data"] for e in heard["events"] if e["type"].startswith("object:announcement")]
    assert any("pas le bon" in text for text in said), said
    assert any("Connexion réussie" in text for text in said), said


def test_titles_are_headings_and_answers_are_buttons(heard):
    showing = [(row["role"], row["name"]) for row in heard["tree"]]
    assert ("heading", "Avez-vous une adresse e-mail ?") in showing  # the page title
    answers = [(role, name) for role, name in showing if name.startswith(("Oui, j'ai", "Non, je"))]
    # Pressing an answer moves on: a button, not a check box that a reader says is unticked.
    assert answers and all(role == "push button" for role, _name in answers), answers
    assert not [name for role, name in showing if role == "check box" and "adresse" in name]


def test_answers_are_a_group_named_by_their_question(heard):
    """A screen reader entering the answers says the question, not only "Oui, j'ai ..."."""
    rows = heard["tree"]
    index = next(i for i, row in enumerate(rows) if row["name"].startswith("Oui, j'ai"))
    depth = rows[index]["depth"]
    group = next(row for row in reversed(rows[:index]) if row["depth"] == depth - 1)
    assert group["role"] == "panel", group
    assert group["name"].startswith("Avez-vous une adresse e-mail personnelle"), group


def test_each_new_page_is_said_with_its_title_and_step(heard):
    said = [e["data"] for e in heard["events"] if e["type"].startswith("object:announcement")]
    assert any(text.startswith("Avant de commencer") and "Étape 1 sur 5" in text
               for text in said), said  # the triage, part of Start
    assert any(text.startswith("Avez-vous une adresse e-mail ?") and "Étape 2 sur 5" in text
               for text in said), said
