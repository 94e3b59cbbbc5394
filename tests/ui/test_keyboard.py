"""The whole journey with the keyboard alone: Tab, Shift+Tab, Space, Return, Escape, typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from aidant_app.journey import Step
from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD
from aidant_app.ui import desktop
from aidant_app.ui.inbox_dialog import InboxDialog

from .journey_steps import ACCOUNT_PASSWORD, MAILBOX_PASSWORD, poll_fast
from .journey_support import back_to_window, code_in, open_link_as_browser, wait_step
from .pages_support import pdf_text, person

Key = Qt.Key


class Keyboard:
    """Presses keys on whatever has the focus, and checks the focus is somewhere sensible:
    a visible widget of the current page, of the shell around it, or of an open dialog."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def check(self) -> QWidget:
        widget = self.focus()
        name = widget.objectName() or type(widget).__name__
        assert widget.isVisible(), f"the focus is on a hidden widget: {name}"
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            assert dialog.isAncestorOf(widget), f"focus left the open dialog: {name}"
            return widget
        window = self.window
        assert window.isAncestorOf(widget), f"focus outside the window: {name}"
        if window.stack.isAncestorOf(widget):
            scroll = window._scrolls[window.current_page.step]
            assert scroll is widget or scroll.isAncestorOf(widget), f"focus on another page: {name}"
        return widget

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
        self.qtbot.keyClick(self.check(), key, modifier)
        return self.check()

    def close_dialog(self) -> None:
        """Escape closes the dialog (the focus then goes back to the window)."""
        self.qtbot.keyClick(self.check(), Key.Key_Escape)

    def type(self, text: str, into: QWidget) -> None:
        assert self.check() is into, f"typing into {self.focus().objectName()}"
        self.qtbot.keyClicks(into, text)

    def tab_to(self, target: QWidget, limit: int = 12, backwards: bool = False) -> list[str]:
        """Tab (or Shift+Tab) until `target` has the focus; returns the names passed."""
        key = Key.Key_Backtab if backwards else Key.Key_Tab
        path = []
        while self.check() is not target:
            assert len(path) < limit, f"{target.objectName()} not reached: {path}"
            path.append(self.press(key).objectName())
        return path

    def wait_focus(self, target: QWidget) -> None:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=10000)
        self.check()


def read_inbox_by_keys(keys: Keyboard, password: str, want: str, follow_link: bool) -> str:
    """Return on the focused "open the inbox" button; in the dialog type the password,
    Return, read the newest message, maybe Tab to "Ouvrir le lien" and Space, then Escape."""
    qtbot, seen = keys.qtbot, {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, InboxDialog):
            QTimer.singleShot(20, in_dialog)
            return
        try:
            back_to_window(qtbot, dialog)  # the window manager gives the new dialog the focus
            keys.wait_focus(dialog.password.edit)
            keys.type(password, dialog.password.edit)
            keys.press(Key.Key_Return)
            keys.wait_focus(dialog.list)  # opened: the newest message is selected
            assert want in dialog.view.toPlainText()
            seen["text"] = dialog.view.toPlainText()
            if follow_link:
                keys.tab_to(dialog.open_link)
                keys.press(Key.Key_Space)
            keys.close_dialog()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, in_dialog)
    qtbot.keyClick(keys.check(), Key.Key_Return)  # returns once the dialog is closed
    back_to_window(qtbot, keys.window)
    assert "text" in seen, "the inbox dialog showed no message"
    return seen["text"]


def test_whole_journey_with_the_keyboard_only(qtbot, window, tmp_path, monkeypatch):
    poll_fast(monkeypatch)
    who = person(window.ctx, "ready", 9)
    keys = Keyboard(qtbot, window)
    back_to_window(qtbot, window)
    start = window.current_page
    keys.wait_focus(start.helper_radio)

    # Start, helper mode: sign in, then the person's consent.
    keys.press(Key.Key_Space)
    assert start.helper_radio.isChecked()
    signin = start.signin
    # Both answers are Tab stops; the sign-in form shown under them comes next.
    assert keys.tab_to(signin.login_edit) == ["homeModeRadio", "helperLoginEdit"]
    keys.type(HELPER_LOGIN, signin.login_edit)
    keys.tab_to(signin.password_edit, limit=1)
    keys.type(HELPER_PASSWORD, signin.password_edit)
    remember = ["rememberHelperCheck"] if signin.remember.isEnabled() else []  # keyring?
    assert keys.tab_to(signin.sign_in_button) == [
        "helperShowPasswordButton", *remember, "signInButton"]
    keys.press(Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.helper_signed_in and not start.busy, timeout=10000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys.tab_to(start.consent, limit=2)  # the sign-in form hides: the box is next
    keys.press(Key.Key_Space)
    assert window.ctx.journey.consent and window.next_button.isEnabled()
    keys.press(Key.Key_Return)  # Return moves on; Space was for the box
    wait_step(qtbot, window, Step.TRIAGE)
    keys.wait_focus(window.current_page.buttons["none"])  # "none of these" comes first
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.EMAIL_QUESTION)

    # No address yet: the training mailbox.
    question = window.current_page
    keys.wait_focus(question.buttons["emailYes"])
    keys.tab_to(question.buttons["emailNo"], limit=1)
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.MAILBOX_CHOICE)
    keys.wait_focus(window.current_page.service_button)
    keys.press(Key.Key_Space)
    wait_step(qtbot, window, Step.MAILBOX_SERVICE)
    service = window.current_page
    keys.wait_focus(service.first_name.edit)
    keys.type(who.first_name, service.first_name.edit)
    keys.tab_to(service.last_name.edit, limit=1)
    keys.type(who.last_name, service.last_name.edit)
    assert keys.tab_to(service.password.edit) == ["serviceAddress", "servicePassword"]
    keys.type(MAILBOX_PASSWORD, service.password.edit)
    assert keys.tab_to(service.wrote) == ["servicePasswordShow", "serviceWrote"]
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.EMAIL_CODE)

    # The code, read in the training inbox opened from the page.
    code_page = window.current_page
    keys.wait_focus(code_page.field.edit)
    keys.tab_to(code_page.open_inbox, limit=1, backwards=True)
    code = code_in(read_inbox_by_keys(keys, MAILBOX_PASSWORD, "code", False))
    keys.wait_focus(code_page.open_inbox)
    keys.tab_to(code_page.field.edit, limit=1)
    keys.type(code, code_page.field.edit)
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.ACCOUNT_QUESTION)
    keys.wait_focus(window.current_page.buttons["accountNo"])
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.ACCOUNT_FORM)

    # The form, in the order of the carte Vitale and the RIB.
    form = window.current_page
    keys.wait_focus(form.inputs["nir"].edit)
    keys.type(who.nir.replace(" ", ""), form.inputs["nir"].edit)
    keys.tab_to(form.inputs["birth_date"].day, limit=1)
    date = who.birth_date
    keys.type(f"{date.day:02d}", form.inputs["birth_date"].day)
    keys.type(f"{date.month:02d}", form.inputs["birth_date"].month)  # a full day moves on by itself
    keys.type(str(date.year), form.inputs["birth_date"].year)
    order = keys.tab_to(form.terms)
    assert order == ["postalCodeInput", "ibanInput", "accountPasswordAdviceToggle",
                     "accountPassword", "accountPasswordShow", "termsAccept"]
    keys.press(Key.Key_Space)
    assert form.terms.isChecked()
    keys.tab_to(form.inputs["postal_code"].edit, backwards=True)
    keys.type(who.postal_code, form.inputs["postal_code"].edit)
    keys.tab_to(form.inputs["iban"].edit, limit=1)
    keys.type(who.iban, form.inputs["iban"].edit)
    keys.tab_to(form.inputs["password"].edit, limit=2)  # past "Conseils pour choisir le mot de passe"
    keys.type(ACCOUNT_PASSWORD, form.inputs["password"].edit)
    assert window.next_button.isEnabled()
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.ACTIVATION)

    # Activation: the link in the message, opened in the browser; the page moves on.
    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", opened.append)
    keys.wait_focus(window.current_page.open_mailbox)
    read_inbox_by_keys(keys, MAILBOX_PASSWORD, "/activate/", True)
    assert opened
    open_link_as_browser(window.ctx, opened[0])
    wait_step(qtbot, window, Step.MAILBOX_LIFE, timeout=10000)

    # The mailbox for life: Space ticks the first box, Return moves on (never unticks).
    life = window.current_page
    keys.wait_focus(life.checks["phone"].box)
    keys.press(Key.Key_Space)
    assert life.checks["phone"].box.isChecked()
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.DONE)
    assert window.ctx.journey.mailbox_checks == ["phone"]
    qtbot.wait(20)  # the shell places the focus again once the page is laid out

    # Done: save the memo, then the next person.
    done = window.current_page
    target = tmp_path / "memo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    # The page opens at its top, with "Enregistrer l'aide-mémoire" focused and in view
    # (the memo and "Terminer" come first now: they were below the fold).
    keys.wait_focus(done.save_memo)
    assert window._scrolls[Step.DONE].verticalScrollBar().value() == 0
    keys.press(Key.Key_Return)
    qtbot.waitUntil(lambda: "✔" in done.memo_status.text())  # written on a worker thread
    assert code not in pdf_text(target)
    keys.tab_to(done.finish, limit=1)
    keys.press(Key.Key_Space)
    wait_step(qtbot, window, Step.START)
    assert window.ctx.journey.is_empty()
    # The activity report's form is offered (helper mode), with the focus: Escape skips it.
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                    and QApplication.activeModalWidget().objectName() == "recordDialog")
    form = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
    keys.close_dialog()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    keys.wait_focus(window.current_page.helper_radio)  # back on the start page


TOP_BAR = {"smallerTextButton", "largerTextButton", "contrastButton", "languageMenu",
           "settingsButton"}


def test_tab_goes_from_the_last_field_to_the_buttons_then_the_top_bar(qtbot, window):
    keys = Keyboard(qtbot, window)
    back_to_window(qtbot, window)
    start = window.current_page
    keys.wait_focus(start.helper_radio)
    keys.tab_to(start.home_radio, limit=1)  # both answers are Tab stops
    keys.press(Key.Key_Space)
    assert window.ctx.journey.mode == "home"
    # Start page: after its last button comes the way on, not the top bar.
    path = keys.tab_to(window.next_button)
    assert path[-2:] == ["helpButton", "nextButton"], path
    assert not TOP_BAR & set(path), path

    # A page with fields: from the last one, Tab reaches Back, Help, then Next (the one
    # a person needs), then the top bar, then the page again; the scroll area is no stop.
    keys.tab_to(start.resume_button, backwards=True)
    keys.press(Key.Key_Space)
    wait_step(qtbot, window, Step.RESUME)
    page = window.current_page
    keys.wait_focus(page.code_edit)
    keys.type("CODE-FICTIF", page.code_edit)
    keys.tab_to(page.date_edit, limit=1)
    keys.type("25/12/1958", page.date_edit)
    assert keys.tab_to(window.next_button, limit=3) == ["backButton", "helpButton", "nextButton"]
    cycle = keys.tab_to(page.code_edit)
    # The top bar, then the page again: its "Écouter" (beside the title), then its field.
    assert cycle[-2:] == ["listenButton", "journeyCodeEdit"], cycle
    assert cycle[:-2] and set(cycle[:-2]) <= TOP_BAR, cycle


def test_page_down_scrolls_a_long_page_wherever_the_focus_is(qtbot, window):
    keys = Keyboard(qtbot, window)
    back_to_window(qtbot, window)
    window.set_text_scale(200)  # the start page no longer fits: it scrolls
    start = window.current_page
    bar = window._scrolls[Step.START].verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for focus in (start.helper_radio, window.help_button):
        focus.setFocus()
        keys.wait_focus(focus)
        bar.setValue(0)
        keys.press(Key.Key_PageDown)
        assert bar.value() > 0, focus.objectName()
        keys.press(Key.Key_PageUp)
        assert bar.value() == 0, focus.objectName()
