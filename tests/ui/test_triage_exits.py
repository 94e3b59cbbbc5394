"""The triage before the e-mail step: each exit, in the whole window, with its printed memo."""

from __future__ import annotations

from datetime import date

import pytest

from aidant_app.journey import HELPER, HOME, Step, triage
from aidant_app.ui import next_steps

from .journey_steps import to_triage
from .journey_support import click, wait_step
from .steps_memo import french_date, health_insurance_phone, save_steps_memo


def _to_triage(qtbot, window, mode: str) -> None:
    to_triage(qtbot, window, mode)


# What a person in each situation must read on the page and on the memo.
EXPECTED = {
    triage.TEMPORARY_NUMBER: ("pas encore votre vrai numéro", ["commence par 1 ou 2", "9 mois",
                                                       "revenez ici"]),
    triage.OTHER_SCHEME: ("propre site", ["msa.fr", "Mon espace privé", "CAMIEG",
                                          "Cette liste peut changer"]),
    triage.CHILD: ("moins de 16 ans", ["compte de son parent", "À partir de 16 ans"]),
    triage.GUARDIANSHIP: ("tutelle", ["c'est le tuteur qui fait les démarches",
                                      "jugement de tutelle"]),
}


@pytest.mark.parametrize("situation", triage.EXITS)
def test_each_exit_says_what_to_do_and_prints_it(qtbot, window, tmp_path, monkeypatch,
                                                 situation):
    _to_triage(qtbot, window, HOME)
    page = window.current_page
    assert page.answers.property("answerGroup")  # the answers are one group for a reader
    click(qtbot, page.buttons[situation])
    wait_step(qtbot, window, Step.TRIAGE_EXIT)
    exit_page = window.current_page
    title_words, musts = EXPECTED[situation]
    assert title_words in exit_page.title_label.text()
    assert not window.next_button.isVisible()  # an end: no Continuer to a wrong path
    shown = " ".join(w.text() for w in (exit_page.intro, exit_page.steps, exit_page.bring))
    for must in musts:
        assert must in shown, must
    phone = health_insurance_phone(window.ctx.meta)
    assert phone in exit_page.phones.text()
    memo = save_steps_memo(qtbot, exit_page, tmp_path, monkeypatch)
    assert exit_page.title_label.text() in memo
    for must in musts:
        assert must in memo, must
    assert phone in memo and french_date(date.today()) in memo
    # Never "wrong number": a temporary number is a situation, not a mistake.
    for word in ("mauvais", "faux", "erron", "invalide"):
        assert word not in memo.lower() and word not in shown.lower()
    # Retour: back to the question, the answer given marked; another answer is possible.
    click(qtbot, window.back_button)
    wait_step(qtbot, window, Step.TRIAGE)
    assert window.current_page.chosen() == situation


def test_the_steps_are_numbered_on_the_page_and_the_memo(qtbot, window, tmp_path, monkeypatch):
    _to_triage(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons[triage.CHILD])
    wait_step(qtbot, window, Step.TRIAGE_EXIT)
    page = window.current_page
    path = next_steps.exit_path(triage.CHILD, window.ctx.meta)
    lines = page.steps.text().splitlines()
    assert [line.split(".", 1)[0] for line in lines] == [str(n) for n in range(1, len(path.steps) + 1)]
    memo = save_steps_memo(qtbot, page, tmp_path, monkeypatch)
    assert all(f"{n}. " in memo for n in range(1, len(path.steps) + 1))


def test_a_helper_skips_the_triage_in_one_press(qtbot, window):
    _to_triage(qtbot, window, HELPER)
    page = window.current_page
    assert "Vous savez déjà que la personne peut continuer" in page.more.text()
    assert page.buttons[triage.NONE_OF_THESE].hasFocus()  # the first answer: Enter skips
    click(qtbot, page.buttons[triage.NONE_OF_THESE])
    wait_step(qtbot, window, Step.EMAIL_QUESTION)


def test_already_an_account_leads_to_the_recovery_paths(qtbot, window):
    _to_triage(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons[triage.HAS_ACCOUNT])
    wait_step(qtbot, window, Step.ACCOUNT_EXISTS_HELP)
    assert window.ctx.journey.has_ameli_account is True
    assert "Quelle est votre situation" in window.current_page.question.text()


def test_a_restart_from_an_exit_forgets_the_answer(qtbot, window):
    _to_triage(qtbot, window, HOME)
    click(qtbot, window.current_page.buttons[triage.GUARDIANSHIP])
    wait_step(qtbot, window, Step.TRIAGE_EXIT)
    click(qtbot, window.current_page.restart)
    wait_step(qtbot, window, Step.START)
    assert window.ctx.journey.is_empty()
