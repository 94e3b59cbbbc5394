"""Start page: who uses the app, the helper's sign-in and consent, what to have at hand, resume."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from ...journey import HELPER, HOME, Step
from .. import errors
from ..helper_signin import HelperSignIn
from ..wrapcheck import WrapCheck
from .base import JourneyPage
from .parts import Para

_used_people: set[str] = set()  # fictitious people already used in this session (hashed)


def _key(nir: str) -> str:
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
        self.who = _label("whoQuestion", heading=True)
        self.helper_radio = QRadioButton()
        self.helper_radio.setObjectName("helperModeRadio")
        self.home_radio = QRadioButton()
        self.home_radio.setObjectName("homeModeRadio")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.helper_radio)
        self.modes.addButton(self.home_radio)
        self.signin = HelperSignIn(self)
        self.consent_row = WrapCheck("consentCheck")
        self.consent = self.consent_row.box
        self.have_heading = _label("haveAtHandHeading", heading=True)
        self.have_list = _label("haveAtHand")
        self.fictitious_button = QPushButton()
        self.fictitious_button.setObjectName("fictitiousPersonButton")
        self.fictitious_note = _label("fictitiousPerson")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeButton")
        self.resume_note = _label("resumeNote", hint=True)
        for widget in (self.intro, self.who, self.helper_radio, self.home_radio, self.signin,
                       self.consent_row, self.have_heading, self.have_list):
            self.body.addWidget(widget)
        for button, note in ((self.fictitious_button, self.fictitious_note),
                             (self.resume_button, self.resume_note)):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(note, 1)
            self.body.addLayout(row)
        self.body.addStretch(1)
        self.helper_radio.toggled.connect(self._mode_changed)
        self.home_radio.toggled.connect(self._mode_changed)
        self.consent.toggled.connect(self._consent_changed)
        self.signin.changed.connect(self.completeChanged)
        self.fictitious_button.clicked.connect(self.use_fictitious_person)
        self.resume_button.clicked.connect(self.resume)
        ctx.meta_changed.connect(self.retranslate)
        self.setTabOrder(self.helper_radio, self.home_radio)
        self.setTabOrder(self.home_radio, self.signin.login_edit)
        self.setTabOrder(self.signin.login_edit, self.signin.password_edit)
        self.setTabOrder(self.signin.password_edit, self.signin.show_password)
        self.setTabOrder(self.signin.show_password, self.signin.remember)
        self.setTabOrder(self.signin.remember, self.signin.sign_in_button)
        self.setTabOrder(self.signin.sign_in_button, self.signin.sign_out_button)
        self.setTabOrder(self.signin.sign_out_button, self.consent)
        self.setTabOrder(self.consent, self.fictitious_button)
        self.setTabOrder(self.fictitious_button, self.resume_button)
        self.retranslate()

    # --- journey ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Bienvenue")

    def enter(self) -> None:
        journey = self.ctx.journey
        journey.wants_resume = False
        self.helper_radio.setChecked(journey.mode == HELPER)
        self.home_radio.setChecked(journey.mode == HOME)
        if journey.mode is None:
            self.modes.setExclusive(False)
            self.helper_radio.setChecked(False)
            self.home_radio.setChecked(False)
            self.modes.setExclusive(True)
        self.consent.setChecked(journey.mode == HELPER and journey.consent)
        self._update()

    def is_complete(self) -> bool:
        journey = self.ctx.journey
        if journey.mode == HOME:
            return True
        return journey.mode == HELPER and journey.consent and self.signin.signed_in

    def submit(self) -> None:
        journey = self.ctx.journey
        if journey.mode == HOME:
            journey.consent = True  # the person is using the app for themselves
        if self.ctx.settings is not None and journey.mode:
            self.ctx.settings.set("usage_mode", journey.mode)
        if self.is_complete():
            self.ready.emit()

    def resume(self) -> None:
        """"I have a journey code" (from a printed memo): go to the resume step."""
        self.ctx.journey.wants_resume = True
        self.ready.emit()

    def clear(self) -> None:
        self.modes.setExclusive(False)
        self.helper_radio.setChecked(False)
        self.home_radio.setChecked(False)
        self.modes.setExclusive(True)
        self.consent.setChecked(False)
        self.fictitious_note.clear()
        self.signin.clear()
        self._update()

    # --- widgets ------------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        journey = self.ctx.journey
        if self.helper_radio.isChecked():
            journey.mode = HELPER
        elif self.home_radio.isChecked():
            journey.mode = HOME
        journey.consent = journey.mode == HELPER and self.consent.isChecked()
        self._update()

    def _consent_changed(self, checked: bool) -> None:
        if self.ctx.journey.mode == HELPER:
            self.ctx.journey.consent = checked
        self._update()

    def _update(self) -> None:
        helper = self.ctx.journey.mode == HELPER
        self.signin.setVisible(helper)
        self.consent_row.setVisible(helper)
        self.fictitious_button.setVisible(self.ctx.training)
        self.fictitious_note.setVisible(self.ctx.training and bool(self.fictitious_note.text()))
        self.fictitious_button.setEnabled(self.ctx.client is not None)
        self.completeChanged.emit()

    def use_fictitious_person(self) -> None:
        client = self.ctx.client
        if client is None or not self.ctx.training:
            return
        self.run(client.training_people, self._people_loaded, self._people_failed,
                 self.tr("Recherche d'une personne fictive…"), key="people")

    def _people_loaded(self, people) -> None:
        ready = [p for p in people if p.situation == "ready"]
        fresh = [p for p in ready if _key(p.nir) not in _used_people]
        if not fresh:
            self.show_error(self.tr("Toutes les personnes fictives ont déjà servi. Redémarrez "
                                    "l'application pour recommencer l'entraînement."))
            return
        person = fresh[0]
        _used_people.add(_key(person.nir))
        journey = self.ctx.journey
        journey.fictitious = True
        journey.first_name, journey.last_name = person.first_name, person.last_name
        journey.nir, journey.postal_code, journey.iban = person.nir, person.postal_code, person.iban
        journey.birth_date = person.birth_date.isoformat()
        self.fictitious_note.setText(self.tr("Personne fictive : {first} {last}. Ses données "
                                             "seront déjà remplies.").format(
            first=person.first_name, last=person.last_name))

    def _people_failed(self, error: Exception) -> None:
        self.show_error(errors.describe_error(error).text)

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Cette application vous aide à créer votre compte ameli : votre espace en ligne "
            "de l'Assurance Maladie. Pour cela, il faut une adresse e-mail qui marche. "
            "Nous allons le faire ensemble, étape par étape."))
        self.who.setText(self.tr("Qui utilise l'application ?"))
        self.helper_radio.setText(self.tr("J'accompagne une personne"))
        self.helper_radio.setAccessibleName(self.helper_radio.text())
        self.home_radio.setText(self.tr("Je le fais pour moi"))
        self.home_radio.setAccessibleName(self.home_radio.text())
        self.consent_row.setText(self.tr("La personne accepte d'être aidée. Elle sait que rien "
                                         "n'est gardé sur cet ordinateur."))
        self.have_heading.setText(self.tr("Ce qu'il faut avoir sous la main"))
        lines = [self.tr("• La carte Vitale (ou l'attestation de droits)")]
        fields = (self.ctx.meta or {}).get("account_fields") or ()
        if "iban" in fields:
            lines.append(self.tr("• Un RIB (relevé d'identité bancaire)"))
        lines.append(self.tr("• Environ 20 minutes"))
        self.have_list.setText("\n".join(lines))
        self.fictitious_button.setText(self.tr("Utiliser une personne fictive"))
        self.fictitious_button.setAccessibleName(self.fictitious_button.text())
        self.resume_button.setText(self.tr("J'ai un code de reprise"))
        self.resume_button.setAccessibleName(self.resume_button.text())
        self.resume_note.setText(self.tr("Le code est écrit sur l'aide-mémoire imprimé lors "
                                         "d'une première visite."))
        self.signin.retranslate()
        self._update()
