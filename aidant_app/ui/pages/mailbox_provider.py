"""E-mail: guided creation of a mailbox at a free provider (steps, warnings, QR code)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from ...journey import ROUTE_PROVIDER, Step
from ...rules import bidi
from .. import desktop, widgets
from ..providers import load as load_providers
from ..widgets.password_box import advice_text
from ..widgets.qr import qr_pixmap
from ..widgets.wrapcheck import WrapCheck
from .base import JourneyPage


class MailboxProviderPage(JourneyPage):
    step = Step.MAILBOX_PROVIDER

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.catalogue = load_providers()
        self.provider = None
        self.asks_title = widgets.heading("providerAsksTitle")
        self.asks = widgets.Para("providerAsks")
        self.warnings_title = widgets.heading("providerWarningsTitle")
        self.warnings = widgets.Para("providerWarnings", alert=False)  # advice, not an error
        self.steps_title = widgets.heading("providerStepsTitle")
        self.steps = widgets.Para("providerSteps")
        self.open_signup = widgets.button("providerOpenSignup", primary=True)
        self.open_signup.clicked.connect(self._open_signup)
        self.qr = QLabel()
        self.qr.setObjectName("providerQr")
        self.qr_caption = widgets.hint("providerQrCaption")
        self.advice_title = widgets.heading("providerAdviceTitle")
        self.advice = widgets.Para("providerAdvice")
        self.advice_more = widgets.fold("providerAdvice", self.advice)  # long: behind a button
        # Check boxes whose words wrap (a QCheckBox does not: too wide at 200 % text).
        self.wrote_row, self.opened_row = WrapCheck("providerWrote"), WrapCheck("providerOpened")
        self.wrote, self.opened = self.wrote_row.box, self.opened_row.box
        for box in (self.wrote, self.opened):
            box.toggled.connect(lambda _c: self.completeChanged.emit())
        text_column = QVBoxLayout()
        for widget in (self.asks_title, self.asks, self.warnings_title, self.warnings,
                       self.steps_title, self.steps):
            text_column.addWidget(widget)
        text_column.addLayout(widgets.row(self.open_signup))
        qr_column = QVBoxLayout()
        qr_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        qr_column.addWidget(self.qr_caption)
        qr_column.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(text_column, 3)
        top.addSpacing(24)
        top.addLayout(qr_column, 1)
        self.body.addLayout(top)
        for widget in (self.advice_title, self.advice_more, self.wrote_row, self.opened_row):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.setTabOrder(self.open_signup, self.wrote)
        self.setTabOrder(self.wrote, self.opened)
        self.retranslate()

    def title(self) -> str:
        if self.provider is None:
            return self.tr("Créer une boîte e-mail")
        return bidi.fill(self.tr("Créer une adresse {name}"), name=self.provider.name)

    def retranslate(self) -> None:
        super().retranslate()
        provider = self.provider
        self.asks_title.setText(self.tr("Ce que le site peut vous demander"))
        self.warnings_title.setText(self.tr("Attention"))
        self.steps_title.setText(self.tr("Les étapes"))
        widgets.set_text(self.open_signup, self.tr("Ouvrir la page d'inscription"))
        self.qr_caption.setText(self.tr("Ou bien, scannez ce code avec l'appareil photo de votre téléphone. Vous ferez l'inscription sur le téléphone."))
        self.advice_title.setText(self.tr("Votre mot de passe"))
        self.advice.setText(advice_text())
        self.advice_more.set_summary(self.tr("Conseils pour choisir le mot de passe"))
        self.wrote_row.setText(self.tr("J'ai écrit mon mot de passe sur une feuille que je garde"))
        self.opened_row.setText(self.tr("J'ai pu ouvrir ma nouvelle boîte e-mail"))
        self.qr.setAccessibleName(self.tr("Code QR de la page d'inscription"))
        if provider is not None:
            self.asks.setText(widgets.bullet_lines(provider.asks()))
            self.warnings.setText(widgets.warning_lines(provider.warnings()))
            self.steps.setText(widgets.numbered_lines(provider.steps()))
            self.next_label = self.tr("J'ai créé ma boîte : écrire l'adresse")
        for title, text in ((self.asks_title, self.asks), (self.warnings_title, self.warnings),
                            (self.steps_title, self.steps)):
            title.setVisible(provider is not None and bool(text.text()))

    def enter(self) -> None:
        provider = self.catalogue.get(self.ctx.journey.provider_id)
        if provider is not self.provider:
            self.provider = provider
            self.wrote.setChecked(False)
            self.opened.setChecked(False)
            if provider is not None:
                self.qr.setPixmap(qr_pixmap(provider.signup_url, scale=6))
        self.retranslate()
        self.open_signup.setFocus()

    def is_complete(self) -> bool:
        return self.wrote.isChecked() and self.opened.isChecked()

    def why_incomplete(self) -> str:
        return self.tr("Cochez d'abord les 2 cases, quand c'est fait.")

    def _open_signup(self) -> None:
        if self.provider is not None:
            desktop.open_url(self.provider.signup_url)

    def submit(self) -> None:
        journey = self.ctx.journey
        journey.answers.mailbox_route = ROUTE_PROVIDER
        # The new address is typed and checked like an existing one.
        journey.answers.has_mailbox = True
        # A code or a proof for an earlier address no longer counts: both are tied to the
        # address typed (JourneyState.code_sent, email_verified), and none is typed yet.
        journey.answers.email = ""
        self.ready.emit()

    def clear(self) -> None:
        self.wrote.setChecked(False)
        self.opened.setChecked(False)
