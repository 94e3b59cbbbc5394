"""Plain French (FALC) where a program can check it: short sentences, no passive "été",
and every hard word of docs/words.md avoided or explained where the journey first shows it."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "aidant_en.ts"
WORDS = ROOT / "docs" / "words.md"

MAX_WORDS = 15  # the longest sentence after the rewrite has 15 (measured; FALC says ~15)
# A sentence ends at . ! ? : or a new line ("…" inside a word list does not end one).
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n")
# Passive forms: "a été envoyé", "n'a pas pu être enregistré", "sera effacé".
PASSIVE = re.compile(r"\bété\b|\bêtre \w+(?:é|ée|és|ées)\b|\bser(?:a|ont|ez|ons|ai) "
                     r"\w+(?:é|ée|és|ées)\b", re.IGNORECASE)
# Parts shown on a step's page besides the page's own words (their translation contexts).
_PARTS_OF = {"MAILBOX_SERVICE": ("PasswordBox",),
             "ACCOUNT_FORM": ("AccountForm", "AccountFields", "PasswordBox"),
             "ACTIVATION": ("ActivationHelp",)}


def _messages() -> list[tuple[str, str]]:
    """(context, French source) of every message of the interface (the help's cases too)."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or ""))
    return found


def _server_texts() -> list[tuple[str, str]]:
    """What the training server shows a person: its pages in a browser and its messages."""
    from aidant_app.server import mail, pages

    texts = []
    for title, body in pages._STATES.values():
        texts += [("server page", title), ("server page", body)]
    for parts in (mail.activation_message("https://x.example/l", 48),
                  mail.address_changed_notice(), mail.code_message("123456", 15)):
        texts += [("server mail", part) for part in parts]
    return [(where, html.unescape(re.sub(r"<[^>]+>", "\n", text))) for where, text in texts]


def _provider_texts() -> list[tuple[str, str]]:
    """The French words of resources/providers.json (each text has "fr" and "en")."""
    import json

    found = []

    def walk(value) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("fr"), str):
                found.append(("providers", value["fr"]))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads((ROOT / "resources" / "providers.json").read_text(encoding="utf-8")))
    return found


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _words(sentence: str) -> int:
    return sum(1 for word in sentence.split() if re.search(r"\w", word))


def _hard_words() -> list[tuple[str, str, str]]:
    """(word, "explain" or "avoid", key words of the explanation) from docs/words.md."""
    rows = []
    table = WORDS.read_text(encoding="utf-8").split("## Hard words", 1)[1].split("\n## ", 1)[0]
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[1] in ("explain", "avoid"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def _has(text: str, word: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word), text, re.IGNORECASE) is not None


def _journey_pages() -> list[tuple[str, tuple[str, ...]]]:
    """Each step's page, in the journey's order, with the contexts of what it shows."""
    from aidant_app.journey import Step
    from aidant_app.ui.registry import PAGE_MODULES

    return [(step.name, (PAGE_MODULES[step][1], *_PARTS_OF.get(step.name, ())))
            for step in Step]


ALL = _messages() + _server_texts() + _provider_texts()


def test_the_checks_see_the_whole_interface():
    contexts = {context for context, _ in ALL}
    assert len(ALL) > 400 and {"errors", "HelpCases", "Memo", "server page",
                               "server mail", "providers"} <= contexts
    for _step, parts in _journey_pages():
        assert set(parts) <= contexts, parts  # a renamed page would escape the check


def test_no_sentence_is_longer_than_the_limit():
    long = [f"{where}: {_words(s)} words: {s.strip()[:90]!r}" for where, text in ALL
            for s in _sentences(text) if _words(s) > MAX_WORDS]
    assert not long, "cut these sentences in two:\n" + "\n".join(long)


def test_sentences_say_who_acts():
    passive = [f"{where}: {text[:90]!r}" for where, text in ALL if PASSIVE.search(text)]
    assert not passive, "say who does it (active voice):\n" + "\n".join(passive)


def test_the_words_list_is_read():
    rows = _hard_words()
    assert {"aide-mémoire", "identifiant", "IBAN", "RIB", "provisoire"} <= \
        {word for word, _status, _key in rows}
    assert all(key for _word, status, key in rows if status == "explain")


@pytest.mark.parametrize("word, status, key", _hard_words())
def test_a_hard_word_is_avoided_or_explained_where_it_first_shows(word, status, key):
    using = [(where, text) for where, text in ALL if _has(text, word)]
    if status == "avoid":
        assert not using, f"{word!r} is on the avoid list of docs/words.md:\n" + \
            "\n".join(f"{where}: {text[:90]!r}" for where, text in using)
        return
    assert any(_has(text, key) for _where, text in using), \
        f"{word!r} is never explained with {key!r}"
    by_context: dict[str, list[str]] = {}
    for context, text in using:
        by_context.setdefault(context, []).append(text)
    for step, parts in _journey_pages():
        shown = [text for part in parts for text in by_context.get(part, [])]
        if shown:  # the first page of the journey that shows the word explains it
            assert any(_has(text, key) for text in shown), \
                f"{word!r} first shows on {step} without {key!r}: {shown[0][:90]!r}"
            break


def test_the_checks_can_fail():
    """Each check finds a text made to break it."""
    assert _words("Nous allons vérifier qu'elle est bien écrite, puis vous envoyer un code "
                  "pour être sûrs que vous pouvez ouvrir cette boîte.") > MAX_WORDS
    assert PASSIVE.search("Un message a été envoyé à {address}.")
    assert PASSIVE.search("L'aide-mémoire n'a pas pu être enregistré.")
    assert PASSIVE.search("Tout sera effacé.")
    assert not PASSIVE.search("Votre compte est créé.")  # a state, not who acted
    assert _has("Regardez votre aide-mémoire.", "aide-mémoire")
    assert not _has("Votre identifiant", "IBAN")
