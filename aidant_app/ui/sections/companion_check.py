"""The companion's local check of one official step: the person's value checked here first
(the number, the birth date against it, the postal code, the IBAN, the password against
today's policy) or the proven address shown with "Copier". Nothing leaves the computer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...journey import companion
from .. import desktop, widgets
from ..errors import field_message
from ..pages.account_table import make_input, words


class CompanionCheck(QWidget):
    """Shows the input of one step at a time; `check()` says ✔ or why not, at the field."""

    checked = Signal(bool)  # the value passed its check (True) or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companionCheck")
        self.title = widgets.heading("companionCheckTitle")
        self.explain = widgets.Para("companionCheckExplain")
        self.nir_hint = widgets.hint("companionNirHint")
        self.address = widgets.Para("companionAddress", selectable=True)
        self.copy = widgets.button("companionCopy")
        self.copy.clicked.connect(self._copy)
        self.verify = widgets.button("companionVerify")
        self.verify.clicked.connect(self.check)
        self.result = widgets.Para("companionCheckResult")
        self.inputs: dict[str, QWidget] = {}  # built on first use, one per field
        self.step: companion.SignupStep | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.explain)
        self._layout.addWidget(self.nir_hint)
        self._layout.addWidget(self.address)
        self._layout.addLayout(widgets.row(self.copy))
        self._inputs_at = self._layout.count()
        self._layout.addLayout(widgets.row(self.verify))
        self._layout.addWidget(self.result)
        self.email = ""  # the address proven (or opened) on this computer
        self.values: dict[str, str] = {}  # the person's values checked so far (memory only)
        self.policy = None

    def _input(self, step: companion.SignupStep):
        """The account form's own input for this step's field (the same checks and words)."""
        name = step.check
        if name not in self.inputs:
            # The password too is a row of the form (its input checks meta's policy).
            widget = make_input(step.field)
            widget.setObjectName(f"companion_{name}")
            self._layout.insertWidget(self._inputs_at, widget)
            self.inputs[name] = widget
        return self.inputs[name]

    def show_step(self, step: companion.SignupStep) -> None:
        self.step = step
        kind = step.check
        self.setVisible(bool(kind))
        for name, widget in self.inputs.items():
            widget.setVisible(name == kind and kind != companion.EMAIL)
        is_email = kind == companion.EMAIL
        for widget in (self.address, self.copy):
            widget.setVisible(is_email)
        self.verify.setVisible(bool(kind) and not is_email)
        self.result.clear()
        if not kind:
            return
        if is_email:
            self.address.setText(self.email)
            self.check()
        else:
            widget = self._input(step)
            widget.setVisible(True)
            if hasattr(widget, "set_policy"):
                widget.set_policy(self.policy)
            widget.set_label(*words(step.field))
        self.retranslate()

    def focus_widget(self) -> QWidget | None:
        if self.step is None or not self.step.check:
            return None
        if self.step.check == companion.EMAIL:
            return self.copy
        widget = self.inputs.get(self.step.check)
        return widget.tab_widgets()[0] if widget is not None else None

    def check(self) -> None:
        """Check the value here; never sent anywhere. ✔ or the vocabulary's words."""
        step = self.step
        if step is None or not step.check:
            return
        widget = self.inputs.get(step.check)
        value = widget.value() if widget is not None else ""
        code = companion.check(step, value, self.values, proven_email=self.email,
                               policy=self.policy)
        if widget is not None:
            widget.set_error(field_message(code) if code else "")
        if code is None:
            if step.check != companion.PASSWORD and step.check != companion.EMAIL:
                self.values[step.check] = value  # later checks need it (the birth date)
            self.result.setText(widgets.chosen_text(self.tr(
                "C'est juste. Écrivez-le maintenant sur le site ameli.")))
        elif step.check == companion.EMAIL:
            self.result.setText(widgets.error_text(field_message(code)))
        else:
            self.result.clear()
        self.checked.emit(code is None)

    def _copy(self) -> None:
        if self.email:
            desktop.copy_for_a_while(self.email)
            self.result.setText(self.tr("Adresse copiée. Collez-la sur le site ameli. L'application l'efface de la mémoire du copier-coller dans 30 secondes."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Vérifiez ici d'abord"))
        self.explain.setText(self.tr("Rien de ce que vous écrivez ici n'est envoyé. Aidant vérifie seulement. Ensuite, vous l'écrivez vous-même sur le site ameli."))
        self.nir_hint.setText(self.tr("Ici, écrivez les 15 chiffres, avec la clé : Aidant vérifie la clé."))
        self.nir_hint.setVisible(self.step is not None and self.step.check == "nir")
        widgets.set_text(self.copy, self.tr("Copier l'adresse"))
        widgets.set_text(self.verify, self.tr("Vérifier"))

    def forget_password(self) -> None:
        """The password is typed on the official site: once the person is done there, this
        app holds no copy of it."""
        widget = self.inputs.get(companion.PASSWORD)
        if widget is not None:
            widget.clear()

    def clear(self) -> None:
        """Forget every value (Personne suivante, or the page left for good)."""
        for widget in self.inputs.values():
            widget.clear()
        self.values.clear()
        self.result.clear()
        self.email = ""
