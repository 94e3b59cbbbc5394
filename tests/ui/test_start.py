"""Start and resume pages: helper sign-in, vault only when asked, fictitious person, resume."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from aidant_app.actions import TOKEN_NAME
from aidant_app.journey import HELPER, HOME, Step
from aidant_app.rules import check_nir

LOGIN, PASSWORD = "aidant.demo", "Entrainement-2026"


def _sign_in(qtbot, page, password: str = PASSWORD, remember: bool = False) -> None:
    qtbot.mouseClick(page.helper_radio, Qt.MouseButton.LeftButton)
    signin = page.signin
    qtbot.keyClicks(signin.login_edit, LOGIN)
    qtbot.keyClicks(signin.password_edit, password)
    if remember:
        qtbot.mouseClick(signin.remember, Qt.MouseButton.LeftButton,
                         pos=_indicator(signin.remember))
        assert signin.remember.isChecked()
    qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)


def _indicator(box) -> QPoint:
    """Where the check box's square is (a click in the middle of long text may miss it)."""
    return QPoint(12, box.height() // 2)


def test_home_mode_needs_no_sign_in(window, qtbot):
    page = window.current_page
    assert page.step == Step.START and not window.next_button.isEnabled()
    qtbot.mouseClick(page.home_radio, Qt.MouseButton.LeftButton)
    assert not page.signin.isVisibleTo(page) and not page.consent.isVisibleTo(page)
    assert window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.ctx.flow.current == Step.TRIAGE
    assert window.ctx.journey.mode == HOME and window.ctx.journey.consent


def test_helper_signs_in_then_needs_the_consent(window, qtbot, vault):
    page, ctx = window.current_page, window.ctx
    _sign_in(qtbot, page)
    qtbot.waitUntil(lambda: ctx.helper_signed_in and not page.busy, timeout=10_000)
    assert "Connexion réussie" in page.signin.status.text()
    assert page.signin.password_edit.text() == "" and page.signin.form.isHidden()
    assert not window.next_button.isEnabled()  # the person's consent is still missing
    qtbot.mouseClick(page.consent, Qt.MouseButton.LeftButton, pos=_indicator(page.consent))
    assert page.consent.isChecked() and window.next_button.isEnabled()
    # Not ticked: nothing goes to the keyring.
    if vault.available:
        assert vault.load(TOKEN_NAME) is None
    assert not ctx.helper_token_saved
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert ctx.flow.current == Step.TRIAGE and ctx.journey.mode == HELPER


def test_bad_helper_password_says_so(window, qtbot):
    page, ctx = window.current_page, window.ctx
    _sign_in(qtbot, page, password="Pas-le-bon-2026")
    qtbot.waitUntil(lambda: window.error_area.isVisible(), timeout=10_000)
    assert "mot de passe" in window.error_area.text()
    assert window.error_area.accessibleDescription()
    assert not ctx.helper_signed_in and page.signin.form.isVisible()


def test_stay_signed_in_keeps_the_token_in_the_vault_only_when_ticked(window, qtbot, vault):
    page, ctx = window.current_page, window.ctx
    if not vault.available:
        # Memory-only: the box cannot be ticked and the reason is shown.
        qtbot.mouseClick(page.helper_radio, Qt.MouseButton.LeftButton)
        assert not page.signin.remember.isEnabled()
        assert page.signin.vault_note.isVisible() and page.signin.vault_note.text()
        _sign_in(qtbot, page)
        qtbot.waitUntil(lambda: ctx.helper_signed_in and not page.busy, timeout=10_000)
        assert not ctx.helper_token_saved and "oubliera la connexion" in page.signin.status.text()
        return
    _sign_in(qtbot, page, remember=True)
    qtbot.waitUntil(lambda: ctx.helper_signed_in and not page.busy, timeout=10_000)
    assert ctx.helper_token_saved
    token = vault.load(TOKEN_NAME)
    assert token
    from aidant_app.api.client import AidantClient

    with AidantClient(ctx.backend_url, token=token) as other:
        assert other.activity().structure  # the kept token is the real session
    qtbot.mouseClick(page.signin.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctx.helper_signed_in, timeout=10_000)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert vault.load(TOKEN_NAME) is None


def test_fictitious_person_fills_the_journey(window, qtbot):
    page, ctx = window.current_page, window.ctx
    assert window.banner.isVisible() and "entraînement" in window.banner.text()
    assert page.fictitious_button.isVisible()
    qtbot.mouseClick(page.fictitious_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.journey.fictitious, timeout=10_000)
    journey = ctx.journey
    people = {p.nir: p for p in ctx.client.training_people()}
    assert journey.nir in people and people[journey.nir].situation == "ready"
    assert check_nir(journey.nir) is None and journey.postal_code and journey.birth_date
    assert journey.last_name in page.fictitious_note.text()
    # The account form shows those values in its fields.
    journey.answers.mode, journey.answers.consent = HOME, True
    window.jump_to(Step.ACCOUNT_FORM)
    texts = [edit.text() for edit in window.current_page.findChildren(QLineEdit)]
    assert journey.postal_code in texts


def test_resume_from_a_journey_code(window, qtbot):
    ctx = window.ctx
    person = next(p for p in ctx.client.training_people() if p.situation == "ready")
    account = ctx.client.create_account({
        "nir": person.nir, "birth_date": person.birth_date, "postal_code": person.postal_code,
        "iban": person.iban, "email": "reprise.fictive@example.org",
        "password": "Bonjour-2026", "terms_version": ctx.meta.terms.version,
    })
    start = window.current_page
    qtbot.mouseClick(start.resume_button, Qt.MouseButton.LeftButton)
    assert ctx.flow.current == Step.RESUME
    page = window.current_page
    qtbot.keyClicks(page.code_edit, "FAUX-CODE")
    qtbot.keyClicks(page.date_edit, person.birth_date.strftime("%d/%m/%Y"))
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error_area.isVisible(), timeout=10_000)
    assert ctx.flow.current == Step.RESUME
    page.code_edit.setText(account.journey_code)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.flow.current != Step.RESUME, timeout=10_000)
    assert ctx.journey.account_id == account.id and ctx.journey.journey_code
    assert ctx.journey.masked_email.endswith("@example.org")


def test_network_trouble_at_sign_in_offers_retry_and_keeps_what_was_typed(
        proxied_window, proxy, qtbot):
    window, ctx = proxied_window, proxied_window.ctx
    page = window.current_page
    proxy.stop()
    _sign_in(qtbot, page)
    qtbot.waitUntil(lambda: window.error_area.isVisible() and not page.busy, timeout=10_000)
    assert "Impossible de joindre le service" in window.error_area.text()
    assert window.next_button.text() == "Réessayer" and window.next_button.isEnabled()
    signin = page.signin
    assert signin.login_edit.text() == LOGIN and signin.password_edit.text() == PASSWORD
    assert not signin.password_edit.hasSelectedText()  # typing on does not erase it
    proxy.start()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # "Réessayer"
    qtbot.waitUntil(lambda: ctx.helper_signed_in and not page.busy, timeout=10_000)
    assert window.error_area.message == "" and ctx.flow.current == Step.START
    assert window.next_button.text() == "Continuer" and not window.next_button.isEnabled()


def test_network_trouble_on_the_resume_page_offers_retry(proxied_window, proxy, qtbot):
    window, ctx = proxied_window, proxied_window.ctx
    qtbot.mouseClick(window.current_page.resume_button, Qt.MouseButton.LeftButton)
    page = window.current_page
    assert page.step == Step.RESUME and window.next_button.text() == "Reprendre"
    qtbot.keyClicks(page.code_edit, "CODE-FICTIF")
    qtbot.keyClicks(page.date_edit, "25/12/1958")
    proxy.stop()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error_area.isVisible() and not page.busy, timeout=10_000)
    assert "Impossible de joindre le service" in window.error_area.text()
    assert window.next_button.text() == "Réessayer" and window.next_button.isEnabled()
    assert (page.code_edit.text(), page.date_edit.text()) == ("CODE-FICTIF", "25/12/1958")
    proxy.start()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    # The service answers this time: the code is unknown, which is the person's to fix.
    qtbot.waitUntil(lambda: "code de reprise" in window.error_area.text() and not page.busy,
                    timeout=10_000)
    assert window.next_button.text() == "Reprendre" and ctx.flow.current == Step.RESUME


def test_fictitious_person_note_follows_the_language(window, qtbot):
    page, ctx = window.current_page, window.ctx
    qtbot.mouseClick(page.fictitious_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.journey.fictitious and not page.busy, timeout=10_000)
    assert page.fictitious_note.text().startswith("Personne fictive")
    window.set_language("en")
    assert page.fictitious_note.text().startswith("Fictitious person")
    assert ctx.journey.last_name in page.fictitious_note.text()
    window.set_language("fr")
    assert page.fictitious_note.text().startswith("Personne fictive")


def test_the_consent_shows_in_reading_order_and_in_the_language_of_the_moment(window, qtbot):
    """The consent is built when the helper first chooses "J'accompagne une personne"
    (not before the first paint): it must still come under the sign-in, above "Ce qu'il faut
    avoir sous la main", say its words in the language chosen before it existed, and follow
    the next change of language."""
    page = window.current_page
    window.set_language("en")
    qtbot.mouseClick(page.helper_radio, Qt.MouseButton.LeftButton)
    row = page.consent_row
    qtbot.waitUntil(row.isVisible)
    assert row.label.text().startswith("The person accepts my help")
    assert page.consent.accessibleName().startswith("The person accepts my help")

    def top(widget) -> int:
        return widget.mapTo(page, QPoint(0, 0)).y()

    assert top(page.signin) < top(row) < top(page.have_heading)
    window.set_language("fr")
    assert row.label.text().startswith("La personne accepte mon aide")
    qtbot.mouseClick(page.home_radio, Qt.MouseButton.LeftButton)
    assert not row.isVisible() and not page.consent.isChecked()


def test_the_practice_button_keeps_its_place_and_its_turn_in_tab(window, qtbot):
    """"Utiliser une personne fictive" is built once the training server answers: it must
    still sit between "Ce qu'il faut avoir sous la main" and the resume button, and Tab must
    reach it between the person's consent and the resume button."""
    page = window.current_page
    qtbot.waitUntil(lambda: page.fictitious_button.isVisible(), timeout=10_000)

    def top(widget) -> int:
        return widget.mapTo(page, QPoint(0, 0)).y()

    assert top(page.have_list) < top(page.fictitious_button) < top(page.resume_button)
    assert page.fictitious_button.text() == "Utiliser une personne fictive"
    assert page.fictitious_button.accessibleName() == "Utiliser une personne fictive"
    qtbot.mouseClick(page.helper_radio, Qt.MouseButton.LeftButton)
    box = page.consent
    qtbot.waitUntil(box.isVisible)
    order, widget = [], box
    while len(order) < 2:  # the next two Tab stops after the box
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            order.append(widget)
    assert order == [page.fictitious_button, page.resume_button]
    window.set_language("en")
    assert page.fictitious_button.text() == "Use a fictitious person"
    window.set_language("fr")
