"""Helpers for the end-to-end wizard tests: drive the whole window like a person would."""

from __future__ import annotations

import html
import re
import socket
import threading

import requests
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextEdit,
    QWidget,
)

from aidant_app.journey import Step
from aidant_app.ui.inbox_dialog import InboxDialog

CODE = re.compile(r"(?<!\d)(\d{6})(?!\d)")
FORM_ACTION = re.compile(r'<form[^>]*method="post"[^>]*action="([^"]+)"', re.IGNORECASE)


# --- moving through the window ------------------------------------------------------------


def click(qtbot, widget: QWidget) -> None:
    """A mouse click on something the person can see and use."""
    assert widget.isVisible(), f"{widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_step(qtbot, window, step: Step, timeout: int = 15000) -> None:
    """Until the window shows the page of `step` (calls run in the background)."""
    def shown() -> None:
        error = window.error_area.message
        assert window.current_page is not None and window.current_page.step == step, (
            f"at {window.current_page.step.value}, error: {error!r}")

    qtbot.waitUntil(shown, timeout=timeout)


def press_next(qtbot, window, then: Step | None = None, timeout: int = 15000) -> None:
    """Click "Continuer" (or the page's own label) and wait for the next page."""
    qtbot.waitUntil(window.next_button.isEnabled, timeout=timeout)
    click(qtbot, window.next_button)
    if then is not None:
        wait_step(qtbot, window, then, timeout)


def wait_idle(qtbot, window, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=timeout)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Click into a field, empty it the way people do (select all, delete), then type."""
    click(qtbot, edit)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


# --- the training inbox, read inside the app --------------------------------------------------


def read_inbox(qtbot, button: QAbstractButton, password: str | None,
               want: str = "code", use_link: bool = False) -> str:
    """Press the page's "open the training inbox" button; in the dialog, type the mailbox
    password, open the box, read the newest message containing `want`, then close it.

    Returns the message text. With `use_link`, presses "Ouvrir le lien du message" first.
    """
    seen: dict[str, str] = {}

    def in_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, InboxDialog) and w.isVisible()]
        if not dialogs:  # exec() not entered yet
            QTimer.singleShot(20, in_dialog)
            return
        dialog = dialogs[0]
        try:
            if password is not None:
                assert dialog.password.isVisible() and dialog.password.text() == ""
                qtbot.keyClicks(dialog.password.edit, password)
                qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

            def has_message() -> None:
                assert dialog.list.count() >= 1, dialog.status.text()
                assert want.lower() in dialog.view.toPlainText().lower()

            qtbot.waitUntil(has_message, timeout=10000)
            seen["text"] = dialog.view.toPlainText()
            if use_link:
                qtbot.mouseClick(dialog.open_link, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, in_dialog)
    click(qtbot, button)
    back_to_window(qtbot, button.window())
    assert "text" in seen, "the training inbox showed no message"
    return seen["text"]


def back_to_window(qtbot, window: QWidget) -> None:
    """What the window manager does when a dialog closes: the window is active again
    (the offscreen platform used by the tests leaves no window active)."""
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()


def code_in(text: str) -> str:
    match = CODE.search(text)
    assert match, "no code in the message"
    return match.group(1)


def open_link_as_browser(ctx, link: str) -> None:
    """What a browser does with the link: load the page, look, then press its button."""
    page = requests.get(link, timeout=10)
    assert page.status_code == 200
    assert "Confirmer mon adresse" in page.text
    # Loading the page alone changes nothing (mail filters open links before people do).
    status = ctx.client.activation_status(ctx.journey.account_id, ctx.journey.account_secret)
    assert status.status == "pending"
    action = FORM_ACTION.search(page.text)
    assert action, "the page has no confirmation form"
    answer = requests.post(requests.compat.urljoin(link, html.unescape(action.group(1))),
                           timeout=10)
    assert answer.status_code == 200 and "activé" in answer.text


# --- everything the window shows ------------------------------------------------------------------


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person or a screen reader could get from `root`."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}:{widget.objectName()}"
        values = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLineEdit):
            values += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, (QLabel, QAbstractButton)):
            values.append(widget.text())
        elif isinstance(widget, QListWidget):
            values += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            values += [widget.itemText(i) for i in range(widget.count())]
        found += [(where, value) for value in values if value]
    return found


def leftovers(root: QWidget, secrets: list[str]) -> list[str]:
    """Where any of `secrets` still shows (case-insensitive), as "widget: secret"."""
    hits = []
    for where, text in widget_texts(root):
        lowered = text.lower()
        hits += [f"{where}: {secret!r}" for secret in secrets if secret.lower() in lowered]
    return hits


# --- a backend that can be stopped and restarted on the same port -------------------------------


class Proxy:
    """A loopback TCP proxy in front of the training server.

    `stop()` closes the port (connections refused, as when the server is down);
    `start()` opens the same port again. `bad_gateway = True` forwards each request to
    the server but answers 502 instead of its answer (a proxy losing the answer).
    """

    def __init__(self, upstream: str) -> None:
        host, port = upstream.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.port = 0
        self.bad_gateway = False
        self.forwarded = 0
        self._listener: socket.socket | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            listener.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=10)
        except OSError:
            client.close()
            return
        self.forwarded += 1
        threading.Thread(target=_pipe, args=(client, upstream), daemon=True).start()
        if self.bad_gateway:
            while upstream.recv(65536):  # the server's answer, lost on the way back
                pass
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                           b"Connection: close\r\n\r\n")
            client.close()
            upstream.close()
        else:
            _pipe(upstream, client)


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
