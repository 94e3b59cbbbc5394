"""The helper's own sign-in on the start page: background calls, vault only when asked."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..actions import ProbeVault, SignIn, SignOut
from ..rules import bidi
from . import errors
from .announce import announce
from .widgets.fields import SizedEdit
from .widgets.secret_edit import SecretEdit
from .widgets.text import Para

# The training server's seeded helper (docs/API.md, "training mode"): public practice
# credentials, said where a newcomer meets the sign-in, in training mode only.
PRACTICE_LOGIN, PRACTICE_PASSWORD = "aidant.demo", "Entrainement-2026"


class HelperSignIn(QWidget):
    """Login form, or the signed-in state with "Se déconnecter". `page` runs the calls."""

    changed = Signal()

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.ctx = page, page.ctx
        self.setObjectName("helperSignIn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.heading = QLabel()
        self.heading.setProperty("heading", True)
        self.heading.setWordWrap(True)
        self.login_label = QLabel()
        self.login_edit = SizedEdit(30)
        self.login_edit.setObjectName("helperLoginEdit")
        self.login_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase)
        self.login_label.setBuddy(self.login_edit)
        self.password_label = QLabel()
        self.password_edit = SecretEdit(30)
        self.password_edit.setObjectName("helperPasswordEdit")
        self.password_label.setBuddy(self.password_edit)
        self.show_password = QPushButton()
        self.show_password.setObjectName("helperShowPasswordButton")
        self.show_password.setCheckable(True)
        self.show_password.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.password_edit)
        row.addWidget(self.show_password)
        row.addStretch(1)
        self.practice = Para("practiceLogin")
        self.practice.setProperty("hint", True)
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberHelperCheck")
        self.vault_note = Para("vaultReason")
        self.vault_note.setProperty("hint", True)
        # What the system's keyring window is, said before it may appear.
        self.keyring_note = Para("keyringNote")
        self._probing = False
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("signInButton")
        self.status = QLabel()
        self.status.setObjectName("helperStatus")
        self.status.setWordWrap(True)
        self.status.setMaximumWidth(800)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("signOutButton")
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.practice)
        form.addWidget(self.login_label)
        login_row = QHBoxLayout()
        login_row.addWidget(self.login_edit)
        login_row.addStretch(1)
        form.addLayout(login_row)
        form.addSpacing(8)  # one field, then the next: a visible gap between the two
        form.addWidget(self.password_label)
        form.addLayout(row)
        for widget in (self.remember, self.keyring_note, self.vault_note):
            form.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch(1)
        form.addLayout(buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        signed = QHBoxLayout()
        signed.addWidget(self.status, 1)
        signed.addWidget(self.sign_out_button)
        layout.addLayout(signed)
        from .report_menu import install  # the activity report's buttons (issue 20)

        self.report_buttons = install(signed, self.ctx, self)
        self.show_password.toggled.connect(self._toggle_password)
        self.remember.toggled.connect(self._remember_toggled)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password_edit.returnPressed.connect(self.sign_in)
        self.login_edit.textChanged.connect(self._refresh)
        self.password_edit.textChanged.connect(self._refresh)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.ctx.helper_changed.connect(self._refresh)
        self.ctx.backend_changed.connect(self._refresh)
        self.ctx.meta_changed.connect(self._refresh)  # training mode is known from meta
        self.retranslate()

    @property
    def signed_in(self) -> bool:
        return self.ctx.helper_signed_in

    def _toggle_password(self, shown: bool) -> None:
        self.password_edit.set_shown(shown)
        self.retranslate()

    def vault_reason(self) -> str:
        """Why the token cannot be kept, in the interface language; "" when it can, or
        when the keyring was not asked yet (it is, when the box is ticked)."""
        vault = self.ctx.vault
        if vault is None or not vault.probed:
            return ""
        return "" if vault.available else errors.keyring_words(vault.reason_code)

    def _remember_toggled(self, checked: bool) -> None:
        """Ticked for the first time: say what the system's keyring window is, then ask
        the keyring (off the GUI thread); if it cannot keep the sign-in, untick and say why."""
        if not checked or self.ctx.vault is not None or self._probing:
            return
        self._probing = True
        self.keyring_note.setText(self.keyring_words())
        announce(self.keyring_note, self.keyring_note.text())
        QTimer.singleShot(0, self, self._probe)  # the sentence is painted before any window

    def keyring_words(self, platform: str | None = None) -> str:
        """What the system's keyring is and what window it may open, for this system."""
        platform = platform or sys.platform
        if platform == "win32":
            return self.tr("Pour garder votre connexion, l'application la range dans le Gestionnaire d'identification de Windows. Elle reste sur cet ordinateur. Aucune fenêtre ne s'ouvre.")
        if platform == "darwin":
            return self.tr("Pour garder votre connexion, l'application la range dans le trousseau de votre Mac. Le trousseau est l'endroit où le Mac garde les mots de passe. Le Mac peut demander l'accès au trousseau. Tapez alors le mot de passe de votre session Mac. Puis cliquez sur « Toujours autoriser ».")
        return self.tr("Pour garder votre connexion, l'application la range dans le trousseau de l'ordinateur. Le trousseau est l'endroit où l'ordinateur garde les mots de passe. Une fenêtre de l'ordinateur peut s'ouvrir, parfois en anglais (« Choose password for new keyring »). C'est le trousseau : choisissez un mot de passe pour lui. Ou bien, appuyez sur « Cancel » pour ne pas garder la connexion.")

    def _probe(self) -> None:
        self.ctx.controller.start(self, ProbeVault(), self._probed)

    def _probed(self, outcome) -> None:
        self._probing = False
        self.keyring_note.clear()
        if outcome.ok:
            self.ctx.set_vault(outcome.value)  # _refresh unticks and says why if unusable

    def sign_in(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password or self.ctx.client is None or self.page.busy:
            return
        action = SignIn(self.ctx.vault, login, password, self.remember.isChecked())
        self.page.start(action, lambda outcome: self._signed_in(login, outcome),
                        self.tr("Connexion de l'aidant…"))

    def _signed_in(self, login: str, outcome) -> None:
        if not outcome.ok:
            self._failed(outcome)
            return
        self.password_edit.setAccessibleDescription("")
        if self.ctx.settings is not None:
            self.ctx.settings.set("helper_login", login)
            self.ctx.settings.set("helper_token_kept", bool(outcome.value.saved))
        self.password_edit.clear()
        self.login_edit.clear()
        self.ctx.set_helper(outcome.value.display_name, outcome.value.saved)
        announce(self.status, self.status.text())  # "✔ Connexion réussie : …"

    def _failed(self, outcome) -> None:
        message = errors.describe_failure(outcome).text
        if not self.page.offer_retry(outcome, self.sign_in):
            # A wrong password: selected, so that typing it again replaces it. After network
            # trouble what was typed stays as it is and Next says "Réessayer".
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            self.password_edit.setAccessibleDescription(message)
        self.page.show_error(lambda: errors.describe_failure(outcome).text)

    def sign_out(self) -> None:
        if self.ctx.client is None:
            return
        self.page.start(SignOut(self.ctx.vault), self._signed_out, self.tr("Déconnexion…"))

    def _signed_out(self, outcome) -> None:
        # Signed out here whatever the server said: the token is forgotten (SignOut).
        if self.ctx.settings is not None:
            self.ctx.settings.set("helper_token_kept", False)
        if not outcome.ok and not outcome.transient:
            self.page.show_error(lambda: errors.describe_failure(outcome).text)
        self.ctx.set_helper()

    def _refresh(self) -> None:
        signed = self.signed_in
        self.practice.setVisible(self.ctx.training and not signed)
        self.form.setVisible(not signed)
        self.status.setVisible(signed)
        self.sign_out_button.setVisible(signed)
        reason = self.vault_reason()
        self.remember.setEnabled(not reason)
        if reason:
            self.remember.setChecked(False)
        self.vault_note.setText(reason)
        self.vault_note.setVisible(bool(reason))
        self.remember.setAccessibleDescription(reason)
        ready = bool(self.login_edit.text().strip() and self.password_edit.text())
        self.sign_in_button.setEnabled(ready and self.ctx.client is not None)
        name = self.ctx.helper_name or (self.ctx.settings.get("helper_login")
                                        if self.ctx.settings else "")
        if self.ctx.helper_token_saved:
            text = self.tr("✔ Connexion réussie : {name}. L'ordinateur garde la connexion dans son trousseau.")
        else:
            text = self.tr("✔ Connexion réussie : {name}. L'application oubliera la connexion quand vous la fermerez.")
        self.status.setText(bidi.fill(text, name=name))
        self.changed.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Connexion de l'aidant (vous, pas la personne)"))
        self.practice.setText(bidi.fill(self.tr("Pour vous entraîner, l'identifiant est « {login} ». Le mot de passe est « {password} »."), login=PRACTICE_LOGIN, password=PRACTICE_PASSWORD))
        self.login_label.setText(self.tr("Identifiant de l'aidant"))
        self.login_edit.setAccessibleName(self.login_label.text())
        self.password_label.setText(self.tr("Mot de passe de l'aidant"))
        self.password_edit.setAccessibleName(self.password_label.text())
        shown = self.show_password.isChecked()
        self.show_password.setText(self.tr("Cacher") if shown else self.tr("Afficher"))
        self.show_password.setAccessibleName(
            self.tr("Cacher le mot de passe") if shown else self.tr("Afficher le mot de passe"))
        self.remember.setText(self.tr("Garder la connexion sur cet ordinateur"))
        self.remember.setAccessibleName(self.remember.text())
        self.sign_in_button.setText(self.tr("Se connecter"))
        self.sign_in_button.setAccessibleName(self.tr("Se connecter"))
        self.sign_out_button.setText(self.tr("Se déconnecter"))
        self.sign_out_button.setAccessibleName(self.tr("Se déconnecter"))
        from .report_menu import retranslate  # "Noter un accompagnement", "Activité et export"

        retranslate(*self.report_buttons)
        self._refresh()

    def clear(self) -> None:
        """Nothing here is about the person; only half-typed credentials are dropped."""
        self.password_edit.clear()
        self.show_password.setChecked(False)
