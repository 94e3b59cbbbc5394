"""The service lost mid-journey, then back: one message, one way to retry, nothing proved lost.

When the backend cannot be reached the connection area says so, with the one "Réessayer"
(ui/statusareas.py). The page's own network message and its "Réessayer" on Continuer said
the same thing a second time, with other words: while the connection area shows a failure,
the page's network errors are not shown, Continuer waits, and the focus is on that one
"Réessayer". When the app's own training server comes back it is a new, empty one (its data
lives in memory): the address the person proved is proved again on it from the training
inbox (actions/training_restart.py); a practice account made on the lost server is gone,
and the person sends the form again, with their answers, after one sentence that says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ..journey import Step
from .announce import announce

STOPPED = "training_server_stopped"


class ServiceLoss(QObject):
    """Owned by the window: told when the backend fails and when its meta is back."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.lost = False  # the connection area shows a failure now
        self.restarting = False  # the app's own training server stopped: it comes back empty

    def failed(self, code: str) -> None:
        window = self.window
        self.lost = True
        # Kept once set: a failed relaunch must not forget that the server had stopped.
        self.restarting = self.restarting or code == STOPPED
        window.error_area.show_message("")  # the page's own words for the same trouble
        page = window.current_page
        if page is not None and page.retrying:
            page.set_retry(None)  # one "Réessayer": the connection area's
        window._update_buttons()
        retry = window.connection.retry
        if retry.isVisibleTo(window):
            retry.setFocus()  # at the top of the window, always in view

    def hides(self, text: str) -> bool:
        """True for a page's error while the connection area already says what is wrong."""
        if not (self.lost and text):
            return False
        page = self.window.current_page
        if page is not None and page.retrying:
            page.set_retry(None)
        return True

    def back(self) -> None:
        """The service answers again (meta loaded)."""
        if not self.lost:
            return
        self.lost = False
        restarting, self.restarting = self.restarting, False
        window = self.window
        window._update_buttons()
        page = window.current_page
        if restarting and self.ctx.training and page is not None and \
                self.ctx.journey.email_verified:
            from ..actions import ProveAgain

            action = ProveAgain.for_journey(self.ctx.journey, self.ctx.training)
            had_account = bool(self.ctx.journey.facts.account_id)  # made on the lost server
            page.start(action, lambda outcome: self._proved(outcome, had_account),
                       QCoreApplication.translate(
                           "ServiceLoss", "Le serveur d'entraînement est relancé. Vérification de votre adresse e-mail…"))
            return
        self._continue(page)

    def _proved(self, outcome, had_account: bool) -> None:
        window = self.window
        page = window.current_page
        if not outcome.ok:
            from .errors import describe_failure

            window._page_error(page, describe_failure(outcome).text)
            return
        if had_account:
            # ProveAgain forgot the account the stopped server had made: the form again,
            # with the person's answers, and a new account.
            window.jump_to(Step.ACCOUNT_FORM)
            window._page_error(window.current_page, QCoreApplication.translate(
                "ServiceLoss", "Le serveur d'entraînement a redémarré sans votre compte d'entraînement. Vos réponses sont gardées. Envoyez à nouveau le formulaire."))
            return
        self._continue(page)

    def _continue(self, page) -> None:
        window = self.window
        if page is None:
            return
        announce(page, QCoreApplication.translate(
            "ServiceLoss", "Le service répond de nouveau. Vous pouvez continuer."))
        if window.next_button.isVisible() and window.next_button.isEnabled():
            window.next_button.setFocus()
        else:
            window.keyboard.focus_first(page)
