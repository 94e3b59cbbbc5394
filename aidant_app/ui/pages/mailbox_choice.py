"""E-mail: choose where to create a free mailbox (the backend's own service first)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout

from ...journey import ROUTE_PROVIDER, ROUTE_SERVICE, Step
from ...rules import bidi
from .. import widgets
from ..i18n import from_backend
from ..providers import load as load_providers
from .base import JourneyPage


class MailboxChoicePage(JourneyPage):
    step = Step.MAILBOX_CHOICE

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.catalogue = load_providers()
        self.intro = widgets.Para("mailboxIntro")
        self.service_title = widgets.heading("mailboxServiceTitle")
        self.service_text = widgets.Para("mailboxServiceText")
        self.service_button = widgets.button("mailboxService", primary=True)
        self.service_button.clicked.connect(self._choose_service)
        self.providers_title = widgets.heading("mailboxProvidersTitle")
        self.provider_buttons: dict[str, QPushButton] = {}
        self.provider_notes: dict[str, widgets.Para] = {}
        column = QVBoxLayout()
        column.setSpacing(6)
        for provider in self.catalogue.providers:
            widget = widgets.button(f"provider_{provider.id}")
            widget.setMinimumWidth(320)
            widget.clicked.connect(lambda _=False, pid=provider.id: self._choose_provider(pid))
            note = widgets.hint(f"providerNote_{provider.id}")
            column.addWidget(widget)
            column.addWidget(note)
            column.addSpacing(10)
            self.provider_buttons[provider.id] = widget
            self.provider_notes[provider.id] = note
        self.warnings = widgets.Para("mailboxGeneralWarnings")
        for widget in (self.intro, self.service_title, self.service_text):
            self.body.addWidget(widget)
        self.body.addLayout(widgets.row(self.service_button))
        self.body.addSpacing(12)
        self.body.addWidget(self.providers_title)
        self.body.addLayout(column)
        self.body.addWidget(self.warnings)
        self.body.addStretch(1)
        widgets.tab_chain(self, [self.service_button, *self.provider_buttons.values()])
        ctx.meta_changed.connect(self.retranslate)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Créer une boîte e-mail gratuite")

    def _service(self):
        """meta's mailbox_service (name, domain), or None."""
        return self.ctx.meta.mailbox_service if self.ctx.meta is not None else None

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr("Pas de souci : une boîte e-mail se crée gratuitement, en quelques minutes. Choisissez où la créer."))
        service = self._service()
        for widget in (self.service_title, self.service_text, self.service_button):
            widget.setVisible(bool(service))
        if service:
            self.service_title.setText(self.tr("Le plus simple"))
            self.service_text.setText(bidi.fill(self.tr("{name} : votre adresse finira par @{domain}. Elle se crée ici même, sans quitter cette fenêtre."), name=from_backend(service.name), domain=service.domain))
            widgets.set_text(self.service_button, self.tr("Créer une boîte ici, tout de suite"))
            self.providers_title.setText(self.tr("Ou bien, chez un fournisseur gratuit"))
        else:
            self.providers_title.setText(self.tr("Choisissez un fournisseur gratuit"))
        for provider in self.catalogue.providers:
            widgets.set_text(self.provider_buttons[provider.id],
                           bidi.fill(self.tr("Créer une adresse {name}"), name=provider.name))
            self.provider_notes[provider.id].setText(" ".join(provider.asks()))
        self.warnings.setText(widgets.bullet_lines(self.catalogue.general_warnings()))

    def enter(self) -> None:
        self.retranslate()

    def is_complete(self) -> bool:
        return self.ctx.journey.mailbox_route in (ROUTE_SERVICE, ROUTE_PROVIDER)

    def _choose_service(self) -> None:
        self.ctx.journey.answers.mailbox_route = ROUTE_SERVICE
        self.ctx.journey.answers.provider_id = None
        self.ready.emit()

    def _choose_provider(self, provider_id: str) -> None:
        self.ctx.journey.answers.mailbox_route = ROUTE_PROVIDER
        self.ctx.journey.answers.provider_id = provider_id
        self.ready.emit()
