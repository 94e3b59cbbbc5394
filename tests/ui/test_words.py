"""Words people read: one idea per sentence, one name per thing, no contradictions."""

from __future__ import annotations

import os
import signal
import xml.etree.ElementTree as ET
from pathlib import Path

from aidant_app.ui.backend import BackendController

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "aidant_en.ts"


def _french_sources() -> list[str]:
    """Every French text of the interface (the committed .ts has them all: test_translations
    proves it matches the code)."""
    return [m.findtext("source") or "" for m in ET.parse(TS).getroot().iter("message")
            if (m.find("translation") is None
                or m.find("translation").get("type") not in ("vanished", "obsolete"))]


def test_no_point_median_and_one_name_for_the_resume_code():
    texts = _french_sources()
    assert len(texts) > 300
    assert [t for t in texts if "·" in t] == []  # "seul·e", "connecté·e": sentences need none
    assert [t for t in texts if "code de démarche" in t] == []  # it is the "code de reprise"
    assert [t for t in texts if "Attendez 1 minute" in t] == []  # the help says 2 or 3
    assert not [t for t in texts if "message(s)" in t]


def test_too_many_tries_says_how_long_or_what_to_do(qapp):
    from aidant_app.ui.errors import describe

    assert "30 minutes" in describe("too_many_attempts", retry_after=1800).text
    assert "36 46" in describe("too_many_attempts").text  # no wait given: who to call


def test_no_point_median_in_the_resources_either():
    for path in sorted((ROOT / "resources").glob("*.json")):
        assert "·" not in path.read_text(encoding="utf-8"), path.name


def test_password_rules_say_done_or_to_do_first(qtbot):
    from aidant_app.rules import PasswordPolicy
    from aidant_app.ui.widgets.password_box import PasswordBox

    box = PasswordBox("wordsPassword")
    qtbot.addWidget(box)
    box.set_policy(PasswordPolicy(min_length=8, max_length=64, require_lower=True,
                                  require_upper=True, require_digit_or_special=True,
                                  allowed_specials="!?-"))
    box.retranslate("Mot de passe")
    box.edit.setText("abcé")
    texts = [label.text().replace("\xa0", " ") for label in box._rule_labels]
    assert all(t.startswith(("✔ Fait : ", "✘ À faire : ")) for t in texts), texts
    assert not any("manque" in t for t in texts)
    allowed = next(t for t in texts if "sans accent" in t)
    assert allowed.startswith("✘ À faire : Seulement des lettres sans accent")


def test_a_practice_server_that_stops_is_not_said_to_have_failed_to_start(
        qtbot, qapp, settings_store):
    from aidant_app.ui.context import AppContext
    from aidant_app.ui.window import MainWindow

    ctx = AppContext()
    ctx.settings = settings_store
    controller = BackendController(ctx, url="")
    window = MainWindow(ctx, settings_store, controller=controller)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    try:
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)  # it ran
        os.kill(controller.child_pid(), signal.SIGKILL)
        qtbot.waitUntil(lambda: window.connection.retry.isVisible(), timeout=10_000)
        text = window.connection.label.text()
        assert "s'est arrêté" in text and "pas pu démarrer" not in text
    finally:
        window.close()
        controller.stop()
        ctx.runner.wait_for_done(5000)
