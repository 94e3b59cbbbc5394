"""Which page class shows which Step: found by scanning aidant_app.ui.pages, placeholder if none."""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ..journey import Step
from . import pages as pages_package
from .pages.base import JourneyPage

log = logging.getLogger(__name__)


class PlaceholderPage(JourneyPage):
    """Stands in for a step whose page module is missing, so the shell never breaks."""

    def __init__(self, ctx, step: Step, parent=None) -> None:
        self.step = step
        super().__init__(ctx, parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.step.value

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(QCoreApplication.translate("Placeholder", "Cette page n'existe pas encore."))


def _own_step(cls: type) -> Step | None:
    """The Step a class declares itself (not the one inherited from JourneyPage)."""
    return cls.__dict__.get("step") if isinstance(cls.__dict__.get("step"), Step) else None


class PageRegistry:
    """Step -> page class. The start page is known at once; the rest are scanned on demand,
    so importing every page module does not delay the first window."""

    def __init__(self, classes: dict[Step, type] | None = None) -> None:
        self._classes: dict[Step, type] = dict(classes or {})
        self._scanned = set(self._classes) >= set(Step)

    def _known(self, step: Step) -> None:
        """The start and resume pages, imported only when first asked for."""
        if step == Step.START and step not in self._classes:
            from .pages.start import StartPage

            self._classes[step] = StartPage
        elif step == Step.RESUME and step not in self._classes:
            from .pages.resume import ResumePage

            self._classes[step] = ResumePage

    def scan(self) -> None:
        if self._scanned:
            return
        self._scanned = True
        for info in pkgutil.iter_modules(pages_package.__path__):
            if info.name in ("base", "start", "resume") or info.name.startswith("_"):
                continue
            try:
                module = importlib.import_module(f"{pages_package.__name__}.{info.name}")
            except Exception:
                log.exception("page module %s failed to import", info.name)
                continue
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                step = _own_step(cls)
                if step and issubclass(cls, JourneyPage) and cls.__module__ == module.__name__:
                    self._classes.setdefault(step, cls)

    def page_class(self, step: Step) -> type | None:
        """The class for `step`, or None when only the placeholder can show it."""
        self._known(step)
        if step not in self._classes:
            self.scan()
        return self._classes.get(step)

    def all(self) -> dict[Step, type | None]:
        self._known(Step.START)
        self._known(Step.RESUME)
        self.scan()
        return {step: self._classes.get(step) for step in Step}

    def create(self, step: Step, ctx) -> JourneyPage:
        cls = self.page_class(step)
        if cls is None:
            log.warning("no page for step %s: placeholder", step.value)
            return PlaceholderPage(ctx, step)
        return cls(ctx)
