""""Écouter" on every page, in French, English and Arabic, against espeak-ng writing WAV files
(Dari with the Persian voice; Pashto, which espeak-ng has no voice for, says so).

AIDANT_SPEECH_WAV_DIR (a test-only setting) makes espeak-ng write each sentence to a WAV
file instead of the sound card: the test checks their duration with `wave`, and that the
text sent to the engine for each page starts with its title and holds no value typed
into the page (passwords, codes, the social security number, the IBAN).
"""

from __future__ import annotations

import shutil
import wave

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from aidant_app.journey import HOME, Step
from aidant_app.journey.reading import secret_free, sentences
from aidant_app.rules import bidi, group_nir
from aidant_app.server.population import PEOPLE
from aidant_app.ui import speech
from aidant_app.ui.speech_engine import WAV_DIR_VARIABLE

from .journey_support import click, wait_idle, wait_step
from .test_accessibility import open_step

WHO = PEOPLE[0]
# Fictitious values typed into every empty input of a page before it is read.
SECRETS = {"nir": group_nir(WHO.nir), "iban": WHO.iban_listed, "code": "482913",
           "password": "Jardin-Velo-7", "other": "Carnet-Bleu-42"}


@pytest.fixture
def wav_dir(tmp_path, monkeypatch):
    assert shutil.which("espeak-ng"), "espeak-ng is needed (Debian package; .ci/run installs it)"
    folder = tmp_path / "wav"
    folder.mkdir()
    monkeypatch.setenv(WAV_DIR_VARIABLE, str(folder))
    return folder


def _secret_for(edit: QLineEdit) -> str:
    name = edit.objectName().lower()
    for key in ("nir", "iban", "code", "password"):
        if key in name:
            return SECRETS[key]
    return SECRETS["other"]


def _fill_inputs(page) -> list[str]:
    typed = []
    for edit in page.findChildren(QLineEdit):
        if edit.isVisibleTo(page) and not edit.text() and not edit.isReadOnly():
            edit.setText(_secret_for(edit))
        if edit.text():
            typed.append(edit.text())
    return typed


def _listen(qtbot, window) -> list[tuple[str, str]]:
    engine = window.speaker.engine
    before = len(engine.sent)
    click(qtbot, window.current_page.listen_button)
    qtbot.waitUntil(lambda: window.speaker.state not in (speech.CHECKING, speech.READING),
                    timeout=60000)
    return engine.sent[before:]


def _durations(folder) -> list[float]:
    out = []
    for path in sorted(folder.glob("*.wav")):
        with wave.open(str(path)) as sound:
            out.append(sound.getnframes() / sound.getframerate())
    return out


def implausible(sent: list[tuple[str, str]], durations: list[float]) -> list[str]:
    """Sentences whose WAV (one per sentence, in order) is too short or too long for their
    length: cut, silent, or stuck. espeak-ng says about 15 letters a second (175 words a
    minute); a word it spells letter by letter (Latin in an Arabic voice) is slower."""
    if len(durations) != len(sent):
        return [f"{len(durations)} WAV files for {len(sent)} sentences"]
    return [f"{seconds:.2f} s for {text[:50]!r} ({len(text)} letters)"
            for (_language, text), seconds in zip(sent, durations)
            if not len(text) / 60 + 0.1 <= seconds <= len(text) * 0.6 + 2]


def french_left(language: str) -> set[str]:
    """French texts that have their own words in `language` (its .ts file)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / \
        f"aidant_{language}.ts"
    found = set()
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and \
                (translation.text or "").strip() not in ("", message.findtext("source")):
            found.add((message.findtext("source") or "").strip())
    return found


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_listen_reads_every_page_from_its_title_and_never_a_typed_value(
        qtbot, window, wav_dir, language):
    window.set_language(language)
    untranslated_titles = french_left(language) if language != "fr" else set()
    for step in Step:
        open_step(window, step)
        wait_step(qtbot, window, step)
        wait_idle(qtbot, window)
        page = window.current_page
        typed = _fill_inputs(page)
        sent = _listen(qtbot, window)
        assert window.speaker.state == speech.IDLE, step
        texts = [text for _language, text in sent]
        assert texts, f"{language} {step.value}: nothing read"
        assert texts[:len(sentences(page.title()))] == sentences(page.title()), step
        # The title in the page's language: not its French words where they are translated.
        assert bidi.strip_marks(page.title()).strip() not in untranslated_titles, step
        assert {lang for lang, _text in sent} == {language}
        assert secret_free(texts, typed + [WHO.nir, WHO.nir[:13]]), (step, texts)
    assert implausible(window.speaker.engine.sent, _durations(wav_dir)) == []
    window.set_language("fr")


def test_dari_is_read_with_the_persian_voice(qtbot, window, wav_dir):
    """espeak-ng has no Dari voice of its own; its Persian one ("fa") reads Dari: the
    button reads, never says "no voice"."""
    window.set_language("fa_AF")
    for step in (Step.START, Step.EMAIL_QUESTION):
        window.ctx.journey.answers.mode, window.ctx.journey.answers.consent = HOME, True
        window.jump_to(step) if step != Step.START else window.show_step(step)
        wait_step(qtbot, window, step)
        sent = _listen(qtbot, window)
        assert window.speaker.state == speech.IDLE, step
        assert sent and {lang for lang, _text in sent} == {"fa_AF"}, sent
        assert sent[0][1] == sentences(window.current_page.title())[0]
    assert implausible(window.speaker.engine.sent, _durations(wav_dir)) == []
    window.set_language("fr")


def test_the_duration_check_sees_a_cut_and_a_stuck_sentence():
    sent = [("fr", "Bonjour, voici la page du code."), ("fr", "Une phrase.")]
    assert implausible(sent, [2.0, 0.9]) == []
    assert "0.05 s" in implausible(sent, [0.05, 0.9])[0]  # cut: almost nothing said
    assert "40.00 s" in implausible(sent, [2.0, 40.0])[0]  # stuck: far too long
    assert "1 WAV files" in implausible(sent, [2.0])[0]


def test_a_field_is_read_only_when_the_person_asks_for_it(qtbot, window, wav_dir):
    window.ctx.journey.answers.mode, window.ctx.journey.answers.consent = HOME, True
    window.jump_to(Step.ACCOUNT_FORM)
    wait_step(qtbot, window, Step.ACCOUNT_FORM)
    wait_idle(qtbot, window)
    page = window.current_page
    password = next(e for e in page.findChildren(QLineEdit) if "password" in e.objectName().lower())
    password.setText(SECRETS["password"])
    page_texts = [text for _l, text in _listen(qtbot, window)]
    assert secret_free(page_texts, [SECRETS["password"]])
    password.setFocus(Qt.FocusReason.OtherFocusReason)
    engine = window.speaker.engine
    before = len(engine.sent)
    qtbot.keyClick(password, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: len(engine.sent) > before and window.speaker.state == speech.IDLE,
                    timeout=20000)
    assert engine.sent[before:] == [("fr", " ".join(SECRETS["password"]))]


def test_no_voice_says_so_and_offers_french(qtbot, window, wav_dir):
    """espeak-ng has no Pashto voice: the button says so, then reads the French page."""
    window.set_language("ps_AF")
    before = len(window.speaker.engine.sent)
    click(qtbot, window.current_page.listen_button)
    qtbot.waitUntil(lambda: window.speaker.state == speech.NO_VOICE, timeout=20000)
    assert len(window.speaker.engine.sent) == before  # nothing read with a wrong voice
    words = window.current_page.listen_button.text()
    # Said in Pashto, with the language's own name: the person reads why French comes.
    french = "Pas de voix en {language}. Écouter en français"
    said = QCoreApplication.translate("JourneyPage", french)
    assert said != french and words == bidi.fill(said, language="پښتو")
    assert window.current_page.listen_button.accessibleName() == words
    sent = _listen(qtbot, window)
    assert window.translations.language == "fr"
    assert window.settings.get("language") == "ps_AF"  # the person's choice is kept
    assert sent and {lang for lang, _t in sent} == {"fr"}
    assert sent[0][1] == sentences(window.current_page.title())[0]
    window.set_language("fr")


def test_stop_stops_between_two_sentences_and_repeat_says_one_again(qtbot, window, wav_dir):
    speaker, engine = window.speaker, window.speaker.engine
    many = [f"Phrase numéro {n}." for n in range(300)]
    speaker.read(many, "fr")
    qtbot.waitUntil(lambda: len(engine.sent) >= 3, timeout=20000)
    assert window.current_page.listen_button.text() == "Arrêter"
    click(qtbot, window.current_page.listen_button)
    assert speaker.state == speech.IDLE and window.current_page.listen_button.text() == "Écouter"
    count = len(engine.sent)
    qtbot.wait(500)
    assert len(engine.sent) <= count + 1 < len(many)  # at most the one already started
    page = window.current_page
    repeat, listen = page.repeat_button, page.listen_button
    assert repeat.isVisible() and repeat.text() == "Répéter"
    assert repeat.accessibleName() == "Répéter la phrase"
    # Built once something was read, it still sits left of Écouter, on the title's line,
    # and Tab goes from Écouter to it.
    assert repeat.geometry().right() < listen.geometry().left()
    assert abs(repeat.geometry().center().y() - listen.geometry().center().y()) <= 2
    assert listen.nextInFocusChain() is repeat
    current = speaker.queue[speaker.index]
    before = len(engine.sent)
    click(qtbot, window.current_page.repeat_button)
    qtbot.waitUntil(lambda: speaker.state == speech.IDLE and len(engine.sent) > before,
                    timeout=20000)
    qtbot.wait(200)
    assert engine.sent[before:] == [("fr", current)]


def test_leaving_the_page_stops_the_reading(qtbot, window, wav_dir):
    speaker = window.speaker
    speaker.read([f"Phrase {n}." for n in range(300)], "fr")
    qtbot.waitUntil(lambda: speaker.state == speech.READING, timeout=20000)
    window.ctx.journey.answers.mode, window.ctx.journey.answers.consent = HOME, True
    window.jump_to(Step.EMAIL_QUESTION)
    assert speaker.state == speech.IDLE
