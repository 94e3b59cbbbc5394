"""The step list at the side: five sections, the current one marked by text, not colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..journey import Section
from ..rules import bidi

ORDER = [Section.START, Section.EMAIL, Section.ACCOUNT, Section.ACTIVATION, Section.DONE]


def section_name(section: Section) -> str:
    names = {
        Section.START: QCoreApplication.translate("StepList", "Début"),
        Section.EMAIL: QCoreApplication.translate("StepList", "Adresse e-mail"),
        Section.ACCOUNT: QCoreApplication.translate("StepList", "Compte ameli"),
        Section.ACTIVATION: QCoreApplication.translate("StepList", "Activation"),
        Section.DONE: QCoreApplication.translate("StepList", "Terminé"),
    }
    return names[section]


class StepList(QFrame):  # a QFrame draws its style sheet background (no WA_StyledBackground)
    """Each entry says in words whether it is done, current or still to come."""

    summary_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        self.heading = QLabel()
        self.heading.setObjectName("stepListHeading")
        self.heading.setProperty("heading", True)
        layout.addWidget(self.heading)
        self.labels: dict[Section, QLabel] = {}
        for section in ORDER:
            label = QLabel()
            label.setObjectName(f"step_{section.value}")
            label.setWordWrap(True)
            label.setProperty("textFormat", "PlainText")  # by name: see shell_layout.py
            layout.addWidget(label)
            self.labels[section] = label
        layout.addStretch(1)
        self.current = Section.START
        self.retranslate()

    def set_current(self, section: Section) -> None:
        self.current = section
        self.retranslate()

    def summary(self) -> str:
        """One line for large text, where the side list would take too much room."""
        return bidi.fill(QCoreApplication.translate(
            "StepList", "Étape {number} sur {total} : {name} (étape en cours)"),
            number=ORDER.index(self.current) + 1, total=len(ORDER),
            name=section_name(self.current))

    def text_of(self, section: Section) -> str:
        return self.labels[section].text()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("StepList", "Les étapes"))
        here = ORDER.index(self.current)
        for number, section in enumerate(ORDER, start=1):
            label, name = self.labels[section], section_name(section)
            index = ORDER.index(section)
            if index < here:
                text = QCoreApplication.translate("StepList", "✔ {number}. {name} (fait)")
            elif index == here:
                text = QCoreApplication.translate(
                    "StepList", "▶ {number}. {name} (étape en cours)")
            else:
                text = QCoreApplication.translate("StepList", "   {number}. {name}")
            text = bidi.fill(text, number=number, name=name)
            label.setText(text)
            label.setAccessibleName(text)
            font = label.font()
            font.setBold(index == here)
            label.setFont(font)
            label.setProperty("current", index == here)
        self.summary_changed.emit(self.summary())
