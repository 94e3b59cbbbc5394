"""Guided mode: the companion beside the official ameli sign-up, one official step at a time
(resources/official_signup.json), each value checked here first; the site opens in the
browser or on a phone (QR code). Nothing typed here is sent anywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ...journey import Step, companion
from ...rules import bidi
from .. import contacts, desktop, widgets
from ..sections.companion_check import CompanionCheck
from ..widgets.qr import qr_pixmap
from .base import JourneyPage


def _step_words(text: str) -> str:
    """A step's words from the resource file, in the interface language."""
    return QCoreApplication.translate(companion.CONTEXT, text) if text else ""


class CompanionPage(JourneyPage):
    step = Step.COMPANION

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.signup = companion.load()
        self.intro = widgets.Para("companionIntro")
        self.open_site = widgets.button("companionOpenSite", primary=True)
        self.open_site.clicked.connect(self._open_site)
        self.qr = QLabel()
        self.qr.setObjectName("companionQr")
        self.qr_caption = widgets.hint("companionQrCaption")
        self.qr_fold = widgets.fold("companionPhone", self.qr, self.qr_caption)
        self.progress = widgets.heading("companionProgress")
        self.asks = widgets.Para("companionAsks")
        self.look_for = widgets.Para("companionLookFor")
        self.uncertain = widgets.Para("companionUncertain")
        self.if_missing = widgets.Para("companionIfMissing")
        self.check = CompanionCheck()
        self.check.checked.connect(self._checked)
        self.not_like_this = widgets.button("companionNotLikeThis")
        self.not_like_this.clicked.connect(self._toggle_way_forward)
        self.way_forward = widgets.Para("companionWayForward")
        self.way_forward.setVisible(False)
        self.previous = widgets.button("companionPrevious")
        self.previous.clicked.connect(self._previous)
        self.all_steps = widgets.Para("companionAllSteps")
        self.all_steps_fold = widgets.fold("companionAllSteps", self.all_steps)
        self.body.addWidget(self.intro)
        self.body.addLayout(widgets.row(self.open_site))
        for widget in (self.qr_fold, self.progress, self.asks, self.look_for, self.uncertain,
                       self.if_missing, self.check):
            self.body.addWidget(widget)
        self.body.addLayout(widgets.row(self.not_like_this))
        self.body.addWidget(self.way_forward)
        self.body.addLayout(widgets.row(self.previous))
        self.body.addWidget(self.all_steps_fold)
        self.body.addStretch(1)
        self.retranslate()

    # --- the official step shown ----------------------------------------------------------

    @property
    def index(self) -> int:
        steps = len(self.signup.steps)
        return max(0, min(self.ctx.journey.companion_step, steps - 1))

    @property
    def current(self) -> companion.SignupStep:
        return self.signup.steps[self.index]

    def _show(self) -> None:
        step, total = self.current, len(self.signup.steps)
        self.progress.setText(bidi.fill(self.tr("Étape {n} sur {total} : ce que le site demande"), 
            n=self.index + 1, total=total))
        self.asks.setText(_step_words(step.asks))
        self.look_for.setText(_step_words(step.look_for))
        self.uncertain.setText(widgets.error_text(self.tr(
            "Nous ne sommes pas sûrs de cette étape. Le site a pu changer.")) if step.uncertain else "")
        self.uncertain.setVisible(step.uncertain)
        self.if_missing.setText(_step_words(step.if_missing))
        self.if_missing.setVisible(bool(step.if_missing))
        self.check.show_step(step)
        self.previous.setVisible(self.index > 0)
        self.way_forward.setVisible(False)
        self.next_label = self.default_next_label()
        self.completeChanged.emit()  # the shell shows the new Next label

    def _checked(self, ok: bool) -> None:
        """A value checked here is the person's answer (the memo's login needs the number);
        never the password, which is typed on the official site only."""
        name = self.current.check
        if ok and name in self.check.values:
            self.ctx.journey.answers.form[name] = self.check.values[name]

    def _previous(self) -> None:
        if self.index > 0:
            self.ctx.journey.answers.companion_step = self.index - 1
            self._show()
            self.asks.setFocus()

    def _toggle_way_forward(self) -> None:
        self.way_forward.setVisible(not self.way_forward.isVisible())
        if self.way_forward.isVisible():
            self.way_forward.setFocus()

    def _open_site(self) -> None:
        desktop.open_url(self.signup_url())

    def signup_url(self) -> str:
        """The official page: meta's when the backend gives one, else the app's own file."""
        meta = self.ctx.meta
        guided = getattr(meta, "guided", None)
        return guided.url if guided is not None else self.signup.url

    # --- JourneyPage ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Créer votre compte sur le site ameli")

    def default_next_label(self) -> str:
        if self.index + 1 < len(self.signup.steps):
            return self.tr("Étape suivante")
        return self.tr("J'ai fini sur le site ameli")

    def first_focus(self):
        return self.open_site

    def enter(self) -> None:
        journey, meta = self.ctx.journey, self.ctx.meta
        self.check.email = journey.email
        self.check.values = {k: v for k, v in journey.answers.form.items() if k != "password"}
        self.check.policy = meta.password_policy if meta is not None else None
        self.qr.setPixmap(qr_pixmap(self.signup_url(), scale=4))
        self.retranslate()

    def is_complete(self) -> bool:
        return True  # each official step may be passed: the site decides, not this app

    def submit(self) -> None:
        journey = self.ctx.journey
        if self.index + 1 < len(self.signup.steps):
            journey.answers.companion_step = self.index + 1
            self._show()
            self.asks.setFocus()
            return
        journey.answers.official_created = True  # the person says so: no id exists here
        self.check.forget_password()
        self.ready.emit()

    def clear(self) -> None:
        self.check.clear()
        self.way_forward.setVisible(False)

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr("Vous créez votre compte vous-même, sur le site officiel ameli. Aidant reste à côté et vous montre une étape à la fois."))
        widgets.set_text(self.open_site, self.tr("Ouvrir le site ameli"))
        self.qr_fold.set_summary(self.tr("Ouvrir le site sur un téléphone"))
        self.qr_caption.setText(self.tr("Scannez ce code avec l'appareil photo du téléphone. Le site ameli s'ouvre sur le téléphone."))
        self.qr.setAccessibleName(self.tr("Code QR du site ameli"))
        widgets.set_text(self.not_like_this, self.tr("L'écran n'est pas comme ça"))
        phones = contacts.health_insurance_lines(self.ctx.meta)
        self.way_forward.setText("\n".join([
            self.tr("Le site change parfois ses mots et l'ordre des questions. Cherchez une question qui ressemble à celle-ci."),
            self.tr("Vous ne la trouvez pas ? Continuez sur le site. Puis appuyez sur « Étape suivante » ici."),
            self.tr("Si vous êtes bloqué, appelez l'Assurance Maladie :"),
            widgets.phone_lines(phones)]))
        widgets.set_text(self.previous, self.tr("Étape précédente"))
        self.all_steps_fold.set_summary(bidi.fill(self.tr("Toutes les étapes (mises à jour le {date})"), 
            date=self.signup.checked_on.strftime("%d/%m/%Y")))
        self.all_steps.setText(widgets.numbered_lines(
            [_step_words(step.asks) for step in self.signup.steps]))
        self.check.retranslate()
        self._show()
