"""After activation: keep the mailbox open for life (checklist, phone, recovery, a date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...journey import Step
from ...rules import bidi
from .. import desktop, widgets
from ..mailbox_rules import deadline, mailbox_of
from ..next_steps import long_date
from ..widgets.wrapcheck import WrapCheck
from .base import JourneyPage

PHONE, RECOVERY, PASSWORD, RULE = "phone", "recovery", "password", "rule"
CHECKS = (PHONE, RECOVERY, PASSWORD, RULE)


class MailboxLifePage(JourneyPage):
    step = Step.MAILBOX_LIFE

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.why = widgets.Para("lifeWhy")
        self.address = widgets.Para("lifeAddress", selectable=True)
        self.checklist_title = widgets.heading("lifeChecklistTitle")
        self.body.addWidget(self.why)
        self.body.addWidget(self.address)
        self.body.addWidget(self.checklist_title)
        self.checks: dict[str, WrapCheck] = {}
        self.hows: dict[str, widgets.Para] = {}
        self.open_webmail = widgets.button("lifeOpenWebmail")
        self.open_webmail.clicked.connect(self._open_webmail)
        self.qr = widgets.QrCode("lifeQr")
        self.qr_caption = widgets.hint("lifeQrCaption")
        for name in CHECKS:
            check = WrapCheck(f"life_{name}")
            check.box.toggled.connect(lambda _on=False: self._ticked())
            how = widgets.Para(f"life_{name}How")
            self.checks[name], self.hows[name] = check, how
            self.body.addWidget(check)
            self.body.addWidget(how)
            if name == PHONE:
                phone = QHBoxLayout()
                left = QVBoxLayout()
                left.addLayout(widgets.row(self.open_webmail))
                left.addWidget(self.qr_caption)
                left.addStretch(1)
                phone.addLayout(left, 2)
                phone.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
                self.body.addLayout(phone)
        self.rule_source = widgets.hint("lifeRuleSource")
        self.body.addWidget(self.rule_source)
        self.body.addStretch(1)
        order = [self.checks[PHONE].box, self.open_webmail,
                 *(self.checks[n].box for n in CHECKS[1:])]
        widgets.tab_chain(self, order)
        ctx.meta_changed.connect(self.retranslate)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Gardez votre boîte e-mail pour toujours")

    def mailbox(self):
        return mailbox_of(self.ctx.journey, self.ctx.meta)

    def retranslate(self) -> None:
        super().retranslate()
        mailbox = self.mailbox()
        journey = self.ctx.journey
        self.why.setText(self.tr("Ameli vous envoie parfois un code à cette adresse. C'est quand vous vous connectez sur un nouvel appareil. Et le service e-mail peut fermer une boîte que personne n'ouvre. Alors, ouvrez votre boîte de temps en temps."))
        address = journey.email or journey.masked_email
        self.address.setText(bidi.fill(self.tr("Votre adresse : {address}"), address=address) if address else "")
        self.checklist_title.setText(self.tr("Cochez ce qui est fait"))
        self.checks[PHONE].setText(self.tr("J'ai mis ma boîte e-mail sur mon téléphone"))
        self.hows[PHONE].setText(mailbox.phone_app or self.tr("Sur votre téléphone, installez l'application de votre boîte e-mail. Ou ouvrez sa page sur internet."))
        self.open_webmail.setVisible(bool(mailbox.webmail))
        widgets.set_text(self.open_webmail, self.tr("Ouvrir ma boîte e-mail"))
        self.qr.show_url(mailbox.webmail, self.tr("Code QR de votre boîte e-mail en ligne"))
        self.qr_caption.setText(self.tr("Ou scannez ce code avec l'appareil photo de votre téléphone.") if mailbox.webmail else "")
        self.checks[RECOVERY].setText(self.tr("J'ai ajouté un numéro de téléphone ou une autre adresse de secours"))
        self.hows[RECOVERY].setText(mailbox.recovery or self.tr("Dans les paramètres de votre boîte e-mail, ajoutez votre numéro de téléphone. Il sert si vous oubliez le mot de passe."))
        self.checks[PASSWORD].setText(self.tr("J'écris le mot de passe de ma boîte e-mail sur l'aide-mémoire"))
        self.hows[PASSWORD].setText(self.tr("L'aide-mémoire a une ligne pour lui. Ce n'est pas le mot de passe ameli."))
        before = deadline(mailbox, date.today())
        if before is not None:
            self.checks[RULE].setText(bidi.fill(self.tr("Je me connecte à ma boîte avant le {date}"), date=long_date(before)))
            self.hows[RULE].setText(bidi.fill(self.tr("{rule} Connectez-vous avant cette date, puis souvent."), rule=mailbox.rule))
        else:
            self.checks[RULE].setText(self.tr("J'ouvre ma boîte e-mail souvent, par exemple chaque mois"))
            self.hows[RULE].setText(self.tr("Nous ne connaissons pas la règle de votre fournisseur. Ouvrez votre boîte souvent : elle reste ainsi active."))
        if before is not None and mailbox.confidence != "high":
            self.rule_source.setText(self.tr("Cette règle n'est pas sûre : elle vient d'anciennes conditions. Connectez-vous plus souvent pour être tranquille."))
        else:
            self.rule_source.setText("")
        self._show_ticks()

    def _show_ticks(self) -> None:
        ticked = set(self.ctx.journey.mailbox_checks)
        for name, check in self.checks.items():
            check.box.blockSignals(True)
            check.box.setChecked(name in ticked)
            check.box.blockSignals(False)

    def _ticked(self) -> None:
        self.ctx.journey.answers.mailbox_checks = [
            name for name in CHECKS if self.checks[name].box.isChecked()]

    def _open_webmail(self) -> None:
        url = self.mailbox().webmail
        if url:
            desktop.open_url(url)

    def enter(self) -> None:
        self.retranslate()
        self.checks[PHONE].box.setFocus()

    def clear(self) -> None:
        self.address.clear()
        self._show_ticks()
