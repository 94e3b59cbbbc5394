"""A question page answered by one large button per answer (pressing it moves on)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ..context import AppContext
from . import parts
from .base import JourneyPage


class ChoicePage(JourneyPage):
    """Subclasses set `choices` (object names) and implement `texts()` and `choose(name)`.

    Large buttons rather than radio buttons plus Next: one press, one decision, which is
    easier for people who rarely use a mouse. Next still works after Back (answer kept).
    """

    choices: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.question = parts.heading("question")
        self.explain = parts.Para("questionExplain")
        self.body.addWidget(self.question)
        self.body.addWidget(self.explain)
        self.buttons: dict[str, QPushButton] = {}
        for name in self.choices:
            widget = parts.button(name, primary=False)
            widget.setCheckable(True)
            widget.setMinimumWidth(420)
            widget.clicked.connect(lambda _=False, n=name: self._chosen(n))
            self.buttons[name] = widget
        self.body.addWidget(parts.button_column(list(self.buttons.values())))
        parts.tab_chain(self, list(self.buttons.values()))
        self.more = parts.Para("questionMore")
        self.body.addWidget(self.more)
        self.body.addStretch(1)

    # --- subclass API -----------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {}

    def choose(self, name: str) -> bool:
        """Record the answer; return False to stay on the page (e.g. to explain first)."""
        raise NotImplementedError

    def current(self) -> str | None:
        return None

    # --- JourneyPage ----------------------------------------------------------------------

    def _chosen(self, name: str) -> None:
        for other, widget in self.buttons.items():
            widget.setChecked(other == name)
        move_on = self.choose(name)
        self.completeChanged.emit()
        if move_on is not False:
            self.ready.emit()

    def enter(self) -> None:
        chosen = self.current()
        for name, widget in self.buttons.items():
            widget.setChecked(name == chosen)
        if self.buttons:
            (self.buttons.get(chosen or "") or next(iter(self.buttons.values()))).setFocus()

    def is_complete(self) -> bool:
        return self.current() is not None

    def clear(self) -> None:
        for widget in self.buttons.values():
            widget.setChecked(False)

    def retranslate(self) -> None:
        super().retranslate()
        for name, text in self.texts().items():
            if name in self.buttons:
                parts.set_text(self.buttons[name], text)
