"""A question page answered by one large button per answer (pressing it moves on)."""

# Plain push buttons, not checkable ones: Qt exposes a checkable button as a check box,
# and a screen reader would say "case à cocher" for a button that moves to the next page.

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from .. import a11y_roles, widgets
from ..context import AppContext
from .base import JourneyPage


class ChoicePage(JourneyPage):
    """Subclasses set `choices` (object names) and implement `texts()` and `choose(name)`.

    Large buttons rather than radio buttons plus Next: one press, one decision, which is
    easier for people who rarely use a mouse. Next still works after Back (answer kept):
    the answer given is marked in words ("✔" and "votre réponse"), not by a checked state.
    """

    choices: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.question = widgets.heading("question")
        self.explain = widgets.Para("questionExplain")
        self.body.addWidget(self.question)
        self.body.addWidget(self.explain)
        self.buttons: dict[str, QPushButton] = {}
        for name in self.choices:
            widget = widgets.button(name, primary=False)
            widget.setMinimumWidth(420)
            widget.clicked.connect(lambda _=False, n=name: self._chosen(n))
            self.buttons[name] = widget
        self.answers = widgets.button_column(list(self.buttons.values()))
        a11y_roles.answer_group(self.answers, self.question)
        self.body.addWidget(self.answers)
        widgets.tab_chain(self, list(self.buttons.values()))
        self.more = widgets.Para("questionMore")
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

    def _mark(self, chosen: str | None) -> None:
        """The answer given shows a tick and says "votre réponse"; the others nothing."""
        texts = self.texts()
        for name, widget in self.buttons.items():
            is_chosen = name == chosen
            widget.setProperty("chosen", is_chosen)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            text = texts.get(name, "")
            widget.setText(widgets.chosen_text(text) if is_chosen else text)
            widget.setAccessibleName(text.replace("&", ""))
            widget.setAccessibleDescription(self.tr("Votre réponse") if is_chosen else "")

    def chosen(self) -> str | None:
        """The answer marked on the page (None when none is)."""
        return next((n for n, w in self.buttons.items() if w.property("chosen")), None)

    def _chosen(self, name: str) -> None:
        self._mark(name)
        move_on = self.choose(name)
        self.completeChanged.emit()
        if move_on is not False:
            self.ready.emit()

    def enter(self) -> None:
        chosen = self.current()
        self._mark(chosen)
        if self.buttons:
            (self.buttons.get(chosen or "") or next(iter(self.buttons.values()))).setFocus()

    def is_complete(self) -> bool:
        return self.current() is not None

    def clear(self) -> None:
        self._mark(None)

    def retranslate(self) -> None:
        super().retranslate()
        self._mark(self.chosen())
