"""Qt's own words (file dialog, standard buttons) in the interface language, all of them.

Qt 6.11 marks shortcuts in some of its file dialog labels ("&Look in:", "Files of &type:")
while the qtbase translations shipped with it only have the older "Look in:": the dialog
showed English labels in a French interface. This translator wraps qtbase's and, when a
text with "&" has no translation, looks the text up without it.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator


class QtWords(QTranslator):
    """Qt's translations (`base`), plus the same words without shortcut marks."""

    def __init__(self, base: QTranslator, parent=None) -> None:
        super().__init__(parent)
        self.base = base

    def translate(self, context, source: str, disambiguation=None, n: int = -1):  # Qt override
        text = self.base.translate(context, source, disambiguation, n)
        if not text and "&" in source:
            text = self.base.translate(context, source.replace("&", ""), disambiguation, n)
        return text or None  # None: not ours, Qt asks the next translator

    def isEmpty(self) -> bool:  # Qt override
        return self.base.isEmpty()


class RightToLeftLines(QTranslator):
    """The app's own translation (`base`) in a right-to-left language, each text starting
    with a right-to-left letter (rules/bidi.paragraph): a sentence that begins with a
    Latin name ("Assurance Maladie ...") or a bullet before a value is still laid out right
    to left, in every label, button and title, whoever sets the text."""

    def __init__(self, base: QTranslator, parent=None) -> None:
        super().__init__(parent)
        self.base = base

    def translate(self, context, source: str, disambiguation=None, n: int = -1):  # Qt override
        text = self.base.translate(context, source, disambiguation, n)
        if not text or context == "QGuiApplication":  # QT_LAYOUT_DIRECTION answers "RTL"
            return text or None
        from ..rules.bidi import paragraph

        return paragraph(text)

    def isEmpty(self) -> bool:  # Qt override
        return self.base.isEmpty()
