"""A password input with show/hide and a live checklist of the backend's rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...rules import PasswordPolicy, bidi, check_password, password_rules
from ..announce import announce
from .fields import Field
from .secret_edit import SecretEdit
from .text import Para
from .wrapcheck import WrapCheck


def rule_text(rule: str, policy: PasswordPolicy) -> str:
    """The words for one rule of the policy. The list of signs is written out once, in the
    last rule; the rule about a digit or a sign shows three of them: at 200 % text each
    full list took three lines (the password's group of the form was 4.2 screens)."""
    specials = " ".join(policy.allowed_specials)
    if rule == "length":
        return bidi.fill(QCoreApplication.translate("PasswordBox", "Entre {low} et {high} caractères"),
            low=policy.min_length, high=policy.max_length)
    if rule == "lower":
        return QCoreApplication.translate("PasswordBox", "Au moins une minuscule (a, b, c…)")
    if rule == "upper":
        return QCoreApplication.translate("PasswordBox", "Au moins une majuscule (A, B, C…)")
    if rule == "digit_or_special":
        return bidi.fill(QCoreApplication.translate("PasswordBox", "Au moins un chiffre (1, 2, 3…) ou un signe ({examples} …)"), examples=" ".join(policy.allowed_specials[:3]))
    if rule == "allowed_characters":
        return bidi.fill(QCoreApplication.translate("PasswordBox", "Seulement des lettres sans accent, des chiffres et ces signes : {specials}"), specials=specials)
    if rule == "digits_only":
        return QCoreApplication.translate("PasswordBox", "Seulement des chiffres")
    return rule


class PasswordBox(QWidget):
    """Field + "Afficher" toggle + one line per rule: "✔ … : fait" or "✘ … : manque"."""

    changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy: PasswordPolicy | None = None
        # Never on the accessibility bus, even while shown (widgets/secret_edit.py).
        self.edit = SecretEdit(chars=20)  # room beside it for "Afficher le mot de passe"
        self.field = Field(object_name, sensitive=True, edit=self.edit)
        # Beside the box, and its words wrap (WrapCheck): under it, the line took 50 px of a
        # 280 px view at 200 % text; a plain check box beside it was cut there.
        self.show_row = WrapCheck(f"{object_name}Show")
        # Centred on the box's height: its check box and words level with the typed text.
        self.field.line.insertWidget(1, self.show_row, 1, Qt.AlignmentFlag.AlignVCenter)
        self.field.line.setStretch(2, 0)  # the room left goes to its words, not after them
        self.show_box = self.show_row.box
        self.show_box.toggled.connect(self._toggle_echo)
        self.rules_title = QLabel()
        self.rules_title.setObjectName(f"{object_name}RulesTitle")
        self.rules_title.hide()  # shown with the rules (a mailbox's password has none here)
        self.rules_box = QVBoxLayout()
        self.rules_box.setSpacing(2)  # one list: its lines close together
        self._rule_labels: list[QLabel] = []
        self._met: dict[str, bool] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.rules_title)
        layout.addLayout(self.rules_box)
        self.edit.textChanged.connect(self._update)
        self.object_name = object_name

    def add_under_box(self, widget: QWidget) -> None:
        """`widget` right under the box, above the rules (the mailbox's "I wrote it down":
        under five rules it was below the fold of a 1024x600 screen)."""
        self.layout().insertWidget(1, widget)

    def set_policy(self, policy: PasswordPolicy | None) -> None:
        if policy == self.policy and (self._rule_labels or policy is None):
            return
        self.policy = policy
        for label in self._rule_labels:
            self.rules_box.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._rule_labels = []
        self._met = {}
        self.rules_title.setVisible(policy is not None)
        if policy is not None:
            for rule, _met in password_rules("", policy):
                label = Para(f"{self.object_name}Rule_{rule}")
                label.setProperty("quiet", True)  # said once, by _announce_changes
                self.rules_box.addWidget(label)
                self._rule_labels.append(label)
        self._update()

    def retranslate(self, label: str, help_text: str = "") -> None:
        self.field.set_label(label, help_text)
        self.show_row.setText(QCoreApplication.translate("PasswordBox", "Afficher le mot de passe"))
        self.rules_title.setText(QCoreApplication.translate("PasswordBox", "Règles à respecter :"))
        self._update()

    def _toggle_echo(self, shown: bool) -> None:
        self.edit.set_shown(shown)

    def _update(self) -> None:
        if self.policy is not None:
            rules = password_rules(self.edit.text(), self.policy)
            self._announce_changes(rules)
            for label, (rule, met) in zip(self._rule_labels, rules):
                words = rule_text(rule, self.policy)
                # The state first, then the rule: "✘ Seulement des lettres… : manque" read
                # as if letters were missing.
                if met:
                    text = QCoreApplication.translate("PasswordBox", "✔ Fait : {rule}")
                else:
                    text = QCoreApplication.translate("PasswordBox", "✘ À faire : {rule}")
                label.setText(bidi.fill(text, rule=words))
                label.setProperty("met", met)
        self.changed.emit()

    def _announce_changes(self, rules: list[tuple[str, bool]]) -> None:
        """Say a rule when it becomes met (and when all are), not at every letter typed;
        and say a rule met before that is no longer met (a letter deleted)."""
        before, self._met = self._met, dict(rules)
        if not before or not self.edit.hasFocus():
            return  # the page is being filled or cleared, not typed into
        if all(self._met.values()) and not all(before.values()):
            announce(self.edit, QCoreApplication.translate(
                "PasswordBox", "Le mot de passe respecte toutes les règles."))
            return
        for rule, met in rules:
            if met != before.get(rule, False):
                words = rule_text(rule, self.policy)
                if met:
                    text = QCoreApplication.translate("PasswordBox", "Fait : {rule}.")
                else:
                    text = QCoreApplication.translate("PasswordBox", "À faire : {rule}.")
                announce(self.edit, bidi.fill(text, rule=words))

    @property
    def error(self):
        """The error line under the field (a Para)."""
        return self.field.error

    def error_code(self) -> str | None:
        if self.policy is None:
            return None
        return check_password(self.edit.text(), self.policy)

    def is_valid(self) -> bool:
        return self.policy is not None and self.error_code() is None

    def text(self) -> str:
        return self.edit.text()

    def set_error(self, text: str) -> None:
        self.field.set_error(text)

    def clear(self) -> None:
        self.field.clear()
        self.show_box.setChecked(False)
        self._update()


def advice_text() -> str:
    """How to choose a password one will remember (shared by mailbox and account pages)."""
    return QCoreApplication.translate("PasswordBox", "Choisissez un mot de passe facile à retenir pour vous. Il doit être difficile à deviner. Une idée : prenez 3 mots que vous aimez. Reliez-les par un signe, par exemple un tiret (-). Ajoutez une majuscule et un chiffre. N'utilisez pas votre date de naissance ni votre nom. Écrivez le mot de passe sur une feuille. Gardez cette feuille chez vous, jamais avec votre carte Vitale.")
