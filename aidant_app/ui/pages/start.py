"""Start page: who uses the app, the helper's sign-in and consent, what to have at hand, resume."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...journey import HELPER, HOME, Step, fields
from ...journey.state import PRACTICE, REAL
from ...rules import bidi
from .. import a11y_roles, widgets
from ..widgets.text import Para
from .base import JourneyPage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox

    from ..widgets.wrapcheck import WrapCheck

_used_people: set[str] = set()  # fictitious people already used in this session (hashed)


def _key(nir: str) -> str:
    import hashlib

    return hashlib.sha256(nir.replace(" ", "").encode()).hexdigest()


def _label(name: str, heading: bool = False, hint: bool = False) -> QLabel:
    label = Para(name)
    if heading:
        label.setProperty("heading", True)
    if hint:
        label.setProperty("hint", True)
    return label


class StartPage(JourneyPage):
    step = Step.START

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.body.setSpacing(12)
        self.intro = _label("startIntro")
        # With the app's own server only (no backend configured): the real account (guided
        # mode on the official site) or practice (the training server, fictitious people).
        self.purpose_question = _label("purposeQuestion", heading=True)
        self.real_button = self._mode_button("realAccountButton", REAL, self._choose_purpose)
        self.practice_button = self._mode_button("practiceButton", PRACTICE,
                                                 self._choose_purpose)
        self._purposes = widgets.button_column([self.real_button, self.practice_button],
                                               spacing=12)
        a11y_roles.answer_group(self._purposes, self.purpose_question)
        self.who = _label("whoQuestion", heading=True)
        # Two large answer buttons, like the other questions (pages/choice.py), rather than
        # radio buttons: Tab stops on both (Tab reaches only one radio button of a group).
        # Pressing one chooses it; Continuer moves on. Names kept from the radio-button days.
        self.helper_radio = self._mode_button("helperModeRadio", HELPER)
        self.home_radio = self._mode_button("homeModeRadio", HOME)
        self._retry = None  # the call Next sends again after network trouble ("Réessayer")
        # The helper's sign-in and the person's consent are built when "J'accompagne une
        # personne" is first chosen: hidden until then, they would only slow the first
        # window (the `signin` and `consent_row` properties).
        self._signin = self._consent_row = None
        self.have_heading = _label("haveAtHandHeading", heading=True)
        self.have_list = _label("haveAtHand")
        # Practice only: "Utiliser une personne fictive" and what it filled in, built when
        # the training server first answers (the `fictitious_button` property), in a slot
        # of the page that keeps their place and spacing meanwhile.
        self._fictitious: tuple[QPushButton, Para] | None = None
        self._fictitious_slot = QVBoxLayout()
        self._fictitious_slot.addSpacing(8)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeButton")
        self.resume_note = _label("resumeNote", hint=True)
        self._modes = widgets.button_column([self.helper_radio, self.home_radio], spacing=12)
        a11y_roles.answer_group(self._modes, self.who)
        for widget in (self.intro, self.purpose_question, self._purposes, self.who,
                       self._modes, self.have_heading, self.have_list):
            self.body.addWidget(widget)
        self.body.addLayout(self._fictitious_slot)
        self.body.addSpacing(8)
        self._add_button_and_note(self.body, self.resume_button, self.resume_note)
        self.body.addStretch(1)
        self.resume_button.clicked.connect(self.resume)
        ctx.meta_changed.connect(self.retranslate)
        widgets.tab_chain(self, [self.real_button, self.practice_button, self.helper_radio])
        self._chain_optional_parts()
        self.retranslate()

    @staticmethod
    def _add_button_and_note(layout: QVBoxLayout, button: QPushButton, note: QLabel) -> None:
        """The button, then what it is for under it (each on its own line, left aligned)."""
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addLayout(widgets.row(button))
        layout.addWidget(note)

    def _chain_optional_parts(self) -> None:
        """Tab after the two answers: the parts built so far, in reading order."""
        chain: list[QWidget] = [self.home_radio]
        if self._signin is not None:
            signin = self._signin
            chain += [signin.login_edit, signin.password_edit, signin.show_password,
                      signin.remember, signin.sign_in_button, signin.sign_out_button]
        if self._consent_row is not None:
            chain.append(self._consent_row.box)
        if self._fictitious is not None:
            chain.append(self._fictitious[0])
        widgets.tab_chain(self, [*chain, self.resume_button])

    @property
    def signin(self):
        """The helper's sign-in form (a HelperSignIn), built on first use."""
        if self._signin is None:
            from ..helper_signin import HelperSignIn

            signin = HelperSignIn(self, self)
            signin.setVisible(self.ctx.journey.mode == HELPER)  # as a child: never a window
            self.body.insertWidget(self.body.indexOf(self._modes) + 1, signin)
            signin.changed.connect(self.completeChanged)
            self._signin = signin
            self._chain_optional_parts()  # between the two answers and the consent
        return self._signin

    @property
    def consent_row(self) -> WrapCheck:
        """The person's consent (a WrapCheck under the sign-in), built on first use."""
        if self._consent_row is None:
            from ..widgets.wrapcheck import WrapCheck

            row = WrapCheck("consentCheck", self)
            row.setVisible(self.ctx.journey.mode == HELPER)  # as a child: never a window
            row.setText(self._consent_words())
            self.body.insertWidget(self.body.indexOf(self.have_heading), row)
            row.box.toggled.connect(self._consent_changed)
            self._consent_row = row
            self._chain_optional_parts()
        return self._consent_row

    @property
    def fictitious_button(self) -> QPushButton:
        """"Utiliser une personne fictive" (practice only), built on first use."""
        return self._fictitious_parts()[0]

    @property
    def fictitious_note(self) -> Para:
        """Who the fictitious person is, under the button (practice only)."""
        return self._fictitious_parts()[1]

    def _fictitious_parts(self) -> tuple[QPushButton, Para]:
        if self._fictitious is None:
            button = QPushButton(self)  # a child from the start: never a window
            button.setObjectName("fictitiousPersonButton")
            note = _label("fictitiousPerson")
            button.setVisible(self.ctx.training)
            self._add_button_and_note(self._fictitious_slot, button, note)
            button.clicked.connect(self.use_fictitious_person)
            self._fictitious = (button, note)
            self._chain_optional_parts()
            self._fictitious_words()
            self._show_fictitious()
        return self._fictitious

    def _fictitious_words(self) -> None:
        if self._fictitious is not None:
            button = self._fictitious[0]
            button.setText(self.tr("Utiliser une personne fictive"))
            button.setAccessibleName(button.text())

    @property
    def consent(self) -> QCheckBox:
        """The consent's check box."""
        return self.consent_row.box

    def _consent_words(self) -> str:
        return self.tr("La personne accepte mon aide. Elle sait que l'application ne garde rien sur cet ordinateur.")

    def _mode_button(self, name: str, mode: str, choose=None) -> QPushButton:
        button = widgets.button(name)
        button.setCheckable(True)
        # Read as a radio button ("one of two, selected"), not a check box (ui/a11y_roles.py);
        # not auto-exclusive, which would take the other answer out of the Tab order.
        button.setProperty("radio", True)
        # Enter goes to the window (ui/keyboard.py): it chooses this answer, and on the
        # answer already chosen it moves on; pressed by the button itself it would untick it.
        button.setAutoDefault(False)
        button.setMinimumWidth(420)
        choose = choose or self._choose_mode
        button.clicked.connect(lambda _=False, m=mode: choose(m))
        return button

    # --- journey ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Bienvenue")

    def first_focus(self) -> QWidget | None:
        # The first of the tab chain that shows, known without walking it.
        return self.real_button if self.ctx.own_server else self.helper_radio

    def enter(self) -> None:
        journey = self.ctx.journey
        journey.answers.wants_resume = False
        self._show_mode()
        if journey.mode == HELPER or self._consent_row is not None:
            self.consent.setChecked(journey.mode == HELPER and journey.consent)
        self._update()

    def is_complete(self) -> bool:
        journey = self.ctx.journey
        if self._retry is not None:
            return True
        if self.ctx.own_server and not journey.purpose:
            return False
        if journey.mode == HOME:
            return True
        return journey.mode == HELPER and journey.consent and self.ctx.helper_signed_in

    def why_incomplete(self) -> str:
        journey = self.ctx.journey
        if self.ctx.own_server and not journey.purpose:
            return self.tr("Choisissez d'abord : votre vrai compte, ou un entraînement.")
        if journey.mode != HELPER:
            return self.tr("Choisissez d'abord qui utilise l'application.")
        if not self.ctx.helper_signed_in:
            return self.tr("Connectez-vous d'abord avec votre compte d'aidant.")
        return self.tr("Cochez d'abord l'accord de la personne.")

    def submit(self) -> None:
        if self._retry is not None:
            self._retry()  # "Réessayer": the same call again, with what is typed now
            return
        journey = self.ctx.journey
        if journey.mode == HOME:
            journey.answers.consent = True  # the person is using the app for themselves
        if self.ctx.settings is not None and journey.mode:
            self.ctx.settings.set("usage_mode", journey.mode)
        if self.is_complete():
            # Pressed before the service answers (start-up): the step waits for it.
            self._when_service_ready(lambda: self.is_complete() and self.ready.emit())

    def resume(self) -> None:
        """"I have a journey code" (from a printed memo): go to the resume step."""
        self.ctx.journey.answers.wants_resume = True
        self._when_service_ready(self.ready.emit)

    def _when_service_ready(self, action) -> None:
        """Run `action` once the service answers; "it is starting" only after a second."""
        if getattr(self, "_service_wait", None) is None:
            from ..service_wait import ServiceWait  # not needed for the first window

            self._service_wait = ServiceWait(self)
        self._service_wait.run(action)

    def start(self, action, on_outcome, busy_text: str = "", quiet: bool = False) -> bool:
        self.offer_retry(None, None)  # a new call: Next says "Continuer" again
        return super().start(action, on_outcome, busy_text, quiet)

    def offer_retry(self, failure, action) -> bool:
        """After network trouble Next says "Réessayer" and calls `action` again (sign-in,
        fictitious person); True when offered. Nothing typed is cleared."""
        from .. import errors  # the words: loaded when first needed, after the first window

        retry = errors.offer_retry(self, failure) and action is not None
        self._retry = action if retry else None
        self.completeChanged.emit()  # Next is usable for "Réessayer"
        return retry

    def clear(self) -> None:
        self.offer_retry(None, None)
        self._show_mode()
        if self._consent_row is not None:
            self.consent.setChecked(False)
        if self._fictitious is not None:
            self.fictitious_note.clear()
        if self._signin is not None:
            self._signin.clear()
        self._update()

    # --- widgets ------------------------------------------------------------------------------

    def _choose_mode(self, mode: str) -> None:
        journey = self.ctx.journey
        if mode != journey.mode and self._signin is not None \
                and self._retry == self._signin.sign_in:
            self.offer_retry(None, None)  # the helper's sign-in is not needed any more
        journey.answers.mode = mode
        journey.answers.consent = mode == HELPER and self.consent.isChecked()  # built if needed
        self._show_mode()
        self._update()

    def _fill_have_at_hand(self) -> None:
        """What the form's fields need (journey/fields.py): the carte Vitale, a RIB, ...
        Part of the first paint: the field data is a light table (no dataclasses, the
        rules' modules on first check)."""
        required = self.ctx.meta.account_fields if self.ctx.meta is not None else ()
        needs = [QCoreApplication.translate(fields.CONTEXT, text)
                 for text in fields.needed(required)]
        self.have_list.setText(widgets.bullet_lines([*needs, self.tr("Environ 20 minutes")]))

    def _choose_purpose(self, purpose: str) -> None:
        """Real account or practice: the app's own server changes to match (ui/backend.py)."""
        self.ctx.journey.answers.purpose = purpose
        self._show_mode()
        self._update()
        self.ctx.purpose_chosen.emit(purpose == REAL)

    def _show_mode(self) -> None:
        """The chosen answer is pressed in and marked with ✔ (not by its colour alone)."""
        mode = self.ctx.journey.mode
        for button, value, text in (
                (self.helper_radio, HELPER, self.tr("J'accompagne une personne")),
                (self.home_radio, HOME, self.tr("Je le fais pour moi"))):
            button.setChecked(mode == value)
            button.setText(bidi.fill(self.tr("✔ {answer}"), answer=text) if mode == value else text)
            button.setAccessibleName(text)
        purpose = self.ctx.journey.purpose
        for button, value, text in (
                (self.real_button, REAL, self.tr("Créer mon vrai compte ameli")),
                (self.practice_button, PRACTICE, self.tr("M'entraîner avec une personne fictive"))):
            button.setChecked(purpose == value)
            button.setText(bidi.fill(self.tr("✔ {answer}"), answer=text) if purpose == value else text)
            button.setAccessibleName(text)

    def _consent_changed(self, checked: bool) -> None:
        if self.ctx.journey.mode == HELPER:
            self.ctx.journey.answers.consent = checked
        self._update()

    def _update(self) -> None:
        helper = self.ctx.journey.mode == HELPER
        if helper or self._signin is not None:
            self.signin.setVisible(helper)
        if helper or self._consent_row is not None:
            self.consent_row.setVisible(helper)
        for widget in (self.purpose_question, self._purposes):
            widget.setVisible(self.ctx.own_server)
        if self.ctx.training or self._fictitious is not None:
            button, note = self._fictitious_parts()
            button.setVisible(self.ctx.training)
            note.setVisible(self.ctx.training and bool(note.text()))
            button.setEnabled(self.ctx.client is not None)
        self.completeChanged.emit()

    def use_fictitious_person(self) -> None:
        if self.ctx.client is None or not self.ctx.training or self.busy:
            return
        from ...actions import TrainingPeople  # not before the first window is painted

        self.start(TrainingPeople(), self._people_loaded,
                   self.tr("Recherche d'une personne fictive…"))

    def _people_loaded(self, outcome) -> None:
        if not outcome.ok:
            self._people_failed(outcome)
            return
        ready = [p for p in outcome.value if p.situation == "ready"]
        fresh = [p for p in ready if _key(p.nir) not in _used_people]
        if not fresh:
            self.show_error(lambda: self.tr("Toutes les personnes fictives ont déjà servi. "
                                            "Redémarrez l'application pour recommencer "
                                            "l'entraînement."))
            return
        person = fresh[0]
        _used_people.add(_key(person.nir))
        journey = self.ctx.journey
        journey.answers.fictitious = True
        journey.answers.first_name, journey.answers.last_name = person.first_name, person.last_name
        journey.answers.form.update(fields.training_values(person))  # the form's own fields
        self._show_fictitious()

    def _show_fictitious(self) -> None:
        journey = self.ctx.journey
        if not (journey.fictitious and journey.last_name):
            if self._fictitious is not None:
                self.fictitious_note.clear()
            return
        self.fictitious_note.setText(bidi.fill(self.tr("Personne fictive : {first} {last}. L'application remplit déjà ses informations."),
            first=journey.first_name, last=journey.last_name))

    def _people_failed(self, outcome) -> None:
        from .. import errors

        self.offer_retry(outcome, self.use_fictitious_person)
        self.show_error(lambda: errors.describe_failure(outcome).text)

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Cette application vous aide à créer votre compte ameli : votre espace en ligne "
            "de l'Assurance Maladie. Pour cela, il faut une adresse e-mail qui marche. "
            "Nous allons le faire ensemble, étape par étape."))
        self.who.setText(self.tr("Qui utilise l'application ?"))
        self.purpose_question.setText(self.tr("Que voulez-vous faire ?"))
        self._show_mode()
        if self._consent_row is not None:
            self.consent_row.setText(self._consent_words())
        self.have_heading.setText(self.tr("Ce qu'il faut avoir sous la main"))
        self._fill_have_at_hand()
        self._fictitious_words()
        if self.ctx.journey.facts.guided:  # no code exists: the account is on ameli
            self.resume_button.setText(self.tr("J'ai créé mon compte sur ameli : il reste à l'activer, c'est-à-dire à le mettre en marche"))
            self.resume_note.setText(self.tr("Pour revenir à l'activation, sans rien écrire de nouveau."))
        else:
            self.resume_button.setText(self.tr("J'ai un code de reprise"))
            self.resume_note.setText(self.tr("Le code de reprise sert à reprendre une démarche déjà commencée. Il est sur l'aide-mémoire. C'est la feuille à garder, reçue lors d'une première visite."))
        self.resume_button.setAccessibleName(self.resume_button.text())
        self._show_fictitious()
        if self._signin is not None:
            self._signin.retranslate()
        self._update()
