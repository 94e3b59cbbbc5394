"""Helper mode: after a long idle time, warn with a countdown (at least 20 s), then wipe."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..journey import HELPER
from ..rules import bidi
from .announce import announce
from .context import AppContext
from .screen_fit import keep_on_screen, room
from .widgets.language import FollowsLanguage

DEFAULT_IDLE_MS = 5 * 60 * 1000
FILTER_DELAY_MS = 2000  # input is watched from 2 s after start: after the first window
WARNING_SECONDS = 30  # WCAG 2.2.1 asks for at least 20 seconds to say "I am still here"
# While an account waits for its link to be clicked, the person is in their mailbox, often
# in the browser or on a phone, where the app sees no input: it waits this many idle times
# (20 minutes by default) before it warns.
ACTIVATION_IDLE_FACTOR = 4

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleDialog(FollowsLanguage, QDialog):
    """The warning: a visible countdown and one big button to continue."""

    expired = Signal()

    def __init__(self, seconds: int, tick_ms: int, parent: QWidget | None = None,
                 journey_code: str = "") -> None:
        """journey_code: an account waits for its link and its memo was not saved; the
        warning names what will be lost, and the code to come back with."""
        super().__init__(parent)
        self.setObjectName("idleDialog")
        self.setModal(True)
        self.remaining = seconds
        self.journey_code = journey_code
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        # A paragraph that takes the height its lines need at the dialog's width (a wrapped
        # QLabel kept a narrower layout's height: its last line was cut at 200 % text).
        from .widgets.text import Para

        self.message = Para("idleMessage", alert=False)
        self.message.setMinimumWidth(min(420, room(self).width() - 40))
        self.count = QLabel()
        self.count.setObjectName("idleCountdown")
        self.count.setProperty("heading", True)
        self.count.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)  # late: shell_layout.py
        self.still_here = QPushButton()
        self.still_here.setObjectName("stillHereButton")
        self.still_here.setProperty("primary", True)
        self.still_here.setDefault(True)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        layout.addWidget(self.still_here)
        self.still_here.clicked.connect(self.accept)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self.retranslate()
        keep_on_screen(self)
        self._timer.start()

    def _tick(self) -> None:
        self.remaining -= 1
        self.retranslate()
        if self.remaining <= 0:
            self._timer.stop()
            self.expired.emit()
            self.reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aidant – êtes-vous encore là ?"))
        if self.journey_code:
            self.message.setText(bidi.fill(self.tr(
                "Personne n'a touché l'ordinateur depuis un moment. Le compte ameli est créé. Vous n'avez pas enregistré l'aide-mémoire. Si l'application efface tout, il faudra ce code de reprise pour revenir : {code}. Notez-le, ou appuyez sur le bouton pour continuer."), code=self.journey_code))
        else:
            self.message.setText(self.tr(
                "Personne n'a touché l'ordinateur depuis un moment. Pour protéger la personne, l'application va effacer tout ce que vous avez écrit. Appuyez sur le bouton pour continuer."))
        self.count.setText(self.tr("Effacement dans 1 seconde") if self.remaining == 1 else
                           bidi.fill(self.tr("Effacement dans {n} secondes"), n=self.remaining))
        self.count.setAccessibleName(self.count.text())
        self.still_here.setText(self.tr("Je suis encore là"))
        self.still_here.setAccessibleName(self.tr("Je suis encore là"))


class IdleWatcher(QObject):
    """Watches input anywhere in the app; only helper mode is wiped after idling."""

    def __init__(self, ctx: AppContext, window: QWidget, idle_ms: int | None = None,
                 warning_seconds: int = WARNING_SECONDS, tick_ms: int = 1000) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.warning_seconds, self.tick_ms = max(20, warning_seconds), tick_ms
        self.dialog: IdleDialog | None = None
        self.notice: QLabel | None = None  # "everything was wiped", on the start page
        self._notice_page = None
        self._rounds = 0  # idle times already waited while an account waits for its link
        self._wiped_pending = False  # the last wipe forgot an account waiting for its link
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms or DEFAULT_IDLE_MS)
        self._timer.timeout.connect(self._idle)
        # Input is watched on the app's top-level windows (QWindow), where every key press
        # and mouse move arrives before reaching a widget. An app-wide filter would run Python
        # for each of the thousands of layout and paint events of every page built (about
        # 20 % of the time a page takes to appear, and 50 ms before the first window).
        self._watched: list = []
        self._stopped = False
        self._focus_link = None  # the focusWindowChanged connection, cut by stop()
        QTimer.singleShot(FILTER_DELAY_MS, self, self._install_filter)  # cancelled if deleted
        self._timer.start()

    def _install_filter(self) -> None:
        app = QApplication.instance()
        if app is None or self._stopped:
            return
        if self._focus_link is None:  # dialogs too, once focused
            self._focus_link = app.focusWindowChanged.connect(self._watch_window)
        self._watch_window(self.window.windowHandle())
        self._watch_window(app.focusWindow())

    def _watch_window(self, qwindow) -> None:
        if qwindow is None or self._stopped or any(qwindow is w for w in self._watched):
            return
        qwindow.installEventFilter(self)
        self._watched.append(qwindow)
        qwindow.destroyed.connect(lambda _=None, w=qwindow: self._forget_window(w))

    def _forget_window(self, qwindow) -> None:
        self._watched = [w for w in self._watched if w is not qwindow]

    def set_tick_ms(self, tick_ms: int) -> None:
        """Tests shorten a second; the number shown stays the real count of ticks."""
        self.tick_ms = tick_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.dialog is None and self._timer.isActive():
            self._rounds = 0
            self._timer.start()
        if self._notice_page is not None and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            page = getattr(self.window, "current_page", None)
            if page is not self._notice_page:
                self._notice_page = None
                self._forget_notice()
        return False

    def _idle(self) -> None:
        from .next_person import activation_pending, needs_confirmation

        journey = self.ctx.journey
        if journey.mode != HELPER or self.dialog is not None:
            self._timer.start()
            return
        if activation_pending(journey) and self._rounds < ACTIVATION_IDLE_FACTOR - 1:
            self._rounds += 1
            self._timer.start()
            return
        self._rounds = 0
        code = journey.journey_code if needs_confirmation(journey) else ""
        self._wiped_pending = activation_pending(journey)
        self.dialog = IdleDialog(self.warning_seconds, self.tick_ms, self.window, code)
        self.dialog.expired.connect(self._expired)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _expired(self) -> None:
        self.ctx.wipe()
        self._say_what_happened()

    def _say_what_happened(self) -> None:
        """The next person (or the same one, back) sees why the start page is empty."""
        page = getattr(self.window, "current_page", None)
        if page is None or not hasattr(page, "body"):
            return
        if self.notice is None:
            self.notice = QLabel()
            self.notice.setObjectName("idleWipedNotice")
            self.notice.setWordWrap(True)
            self.notice.setProperty("heading", True)
        if self._wiped_pending:
            self.notice.setText(self.tr(
                "L'application a tout effacé. Personne n'avait utilisé l'ordinateur depuis longtemps. Un compte ameli attendait le clic sur le lien. Pour le retrouver, appuyez sur « J'ai un code de reprise ». Ensuite, écrivez le code de reprise."))
        else:
            self.notice.setText(self.tr(
                "L'application a tout effacé. Personne n'avait utilisé l'ordinateur depuis longtemps. Cela protège la personne accompagnée. Vous pouvez recommencer."))
        page.body.insertWidget(1, self.notice)  # under the page's title
        self.notice.show()
        announce(self.notice, self.notice.text(), assertive=True)
        # Gone once someone uses the page again (a choice, a key): it has been read.
        self._notice_page = page

    def _forget_notice(self) -> None:
        if self.notice is not None and self.notice.isVisible():
            self.notice.hide()

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._timer.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.done(0)
        link, self._focus_link = self._focus_link, None
        if link is not None:
            # Cut through the connection's handle: disconnecting by method warns "Failed to
            # disconnect" when Qt already dropped it (application or watcher being destroyed).
            QObject.disconnect(link)
        for qwindow in self._watched:
            try:
                qwindow.removeEventFilter(self)
            except RuntimeError:
                pass  # the window is already gone
        self._watched = []
