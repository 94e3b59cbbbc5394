"""Which page class shows which Step: one module per step; a missing or broken one raises."""

from __future__ import annotations

import logging

from ..journey import Step
from . import pages as pages_package
from .pages.base import JourneyPage

log = logging.getLogger(__name__)


class PageMissing(LookupError):
    """No page can show this step (its module is missing or does not define it)."""


def _own_step(cls: type) -> Step | None:
    """The Step a class declares itself (not the one inherited from JourneyPage)."""
    return cls.__dict__.get("step") if isinstance(cls.__dict__.get("step"), Step) else None


# Where each step's page lives: one module imported at a time (importing them all at once
# is 60-100 ms of GUI-thread work). A module missing here is still found by scan().
PAGE_MODULES = {
    Step.START: ("start", "StartPage"),
    Step.RESUME: ("resume", "ResumePage"),
    Step.TRIAGE: ("triage", "TriagePage"),
    Step.TRIAGE_EXIT: ("triage_exit", "TriageExitPage"),
    Step.EMAIL_QUESTION: ("email_question", "EmailQuestionPage"),
    Step.EMAIL_ADDRESS: ("email_address", "EmailAddressPage"),
    Step.EMAIL_CODE: ("email_code", "EmailCodePage"),
    Step.MAILBOX_CHOICE: ("mailbox_choice", "MailboxChoicePage"),
    Step.MAILBOX_SERVICE: ("mailbox_service", "MailboxServicePage"),
    Step.MAILBOX_PROVIDER: ("mailbox_provider", "MailboxProviderPage"),
    Step.ACCOUNT_QUESTION: ("account_question", "AccountQuestionPage"),
    Step.ACCOUNT_EXISTS_HELP: ("account_recovery", "AccountRecoveryPage"),
    Step.ACCOUNT_FORM: ("account_form", "AccountFormPage"),
    Step.ACTIVATION: ("activation", "ActivationPage"),
    Step.MAILBOX_LIFE: ("mailbox_life", "MailboxLifePage"),
    Step.DONE: ("done", "DonePage"),
}


def _import_page_module(name: str):
    """The module aidant_app.ui.pages.<name>. A module that fails to import raises: a page
    that stands in for it would let the person press Next on a page that does nothing."""
    import importlib

    return importlib.import_module(f"{pages_package.__name__}.{name}")


class PageRegistry:
    """Step -> page class. Each page module is imported when its step is first asked for,
    so the first window imports only the start page."""

    def __init__(self, classes: dict[Step, type] | None = None) -> None:
        self._classes: dict[Step, type] = dict(classes or {})
        self._scanned = set(self._classes) >= set(Step)

    def _known(self, step: Step) -> None:
        """Import the module PAGE_MODULES names for `step`, if it has the class."""
        if step in self._classes or step not in PAGE_MODULES:
            return
        module_name, class_name = PAGE_MODULES[step]
        cls = getattr(_import_page_module(module_name), class_name, None)
        if isinstance(cls, type) and issubclass(cls, JourneyPage) and _own_step(cls) == step:
            self._classes[step] = cls

    def scan(self) -> None:
        if self._scanned:
            return
        self._scanned = True
        import inspect
        import pkgutil

        for info in pkgutil.iter_modules(pages_package.__path__):
            if info.name == "base" or info.name.startswith("_"):
                continue
            module = _import_page_module(info.name)
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                step = _own_step(cls)
                if step and issubclass(cls, JourneyPage) and cls.__module__ == module.__name__:
                    self._classes.setdefault(step, cls)

    def page_class(self, step: Step) -> type | None:
        """The class for `step`, or None when no module defines one."""
        self._known(step)
        if step not in self._classes:
            self.scan()
        return self._classes.get(step)

    def all(self) -> dict[Step, type | None]:
        for step in Step:
            self._known(step)
        self.scan()
        return {step: self._classes.get(step) for step in Step}

    def create(self, step: Step, ctx, parent=None) -> JourneyPage:
        cls = self.page_class(step)
        if cls is None:
            raise PageMissing(f"no page for step {step.value}")
        return cls(ctx, parent)
