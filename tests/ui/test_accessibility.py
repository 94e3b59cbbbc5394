"""What a screen reader and a keyboard user get: names, labels, and errors said on the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from aidant_app.journey import HELPER, HOME, ROUTE_SERVICE, Step
from aidant_app.server.population import HELPER_LOGIN

from .journey_support import click, type_into, wait_idle, wait_step
from .pages_support import create_account, fresh_address, person


def focusable_without_name(window, root: QWidget) -> list[str]:
    """Widgets of `root` a keyboard can reach (shown, or parts of the page) with no name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own inner parts (viewports)
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def inputs_without_label(window, root: QWidget, seen: set[str] | None = None) -> list[str]:
    """Shown text inputs without a shown QLabel pointing at them (setBuddy) or whose
    accessible name does not say what the label says. `seen` collects the inputs checked."""
    labels = {}
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window) and label.text().strip():
            labels[label.buddy()] = label.text().replace("&", "").strip(" :")
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            continue
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            continue  # a message being read, not an input
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue
        if seen is not None:
            seen.add(widget.objectName())
        text = labels.get(widget)
        if text is None or text not in widget.accessibleName():
            missing.append(f"{widget.objectName()} (label {text!r}, "
                           f"name {widget.accessibleName()!r})")
    return missing


def _email_with_suggestion(qtbot, window) -> None:
    page = window.current_page
    type_into(qtbot, page.field.edit, fresh_address("gmali.com"))
    click(qtbot, window.next_button)
    qtbot.waitUntil(page.use_suggestion.isVisible, timeout=10000)


def _code(ctx) -> None:
    ctx.journey.answers.email = fresh_address()
    ctx.journey.facts.verification_id = ctx.client.start_email_verification(ctx.journey.email).id


def _pending(ctx, active: bool = False) -> None:
    who, journey = person(ctx, "ready", 5 if active else 4), ctx.journey
    journey.answers.email, journey.answers.form["nir"] = fresh_address(), who.nir
    account = create_account(ctx, who, journey.email)
    journey.facts.account_id, journey.facts.masked_email = account.id, account.email
    journey.facts.account_status = "active" if active else account.status
    journey.facts.journey_code = account.journey_code
    journey.facts.resend_available_at = account.resend_available_at.isoformat()


# Each page with the state that shows most of its widgets (buttons that appear later too).
SETUP = {
    Step.START: lambda ctx: setattr(ctx.journey.answers, "mode", HELPER),
    Step.RESUME: lambda ctx: setattr(ctx.journey.answers, "wants_resume", True),
    Step.TRIAGE: None,
    Step.TRIAGE_EXIT: lambda ctx: setattr(ctx.journey.answers, "triage", "child"),
    Step.EMAIL_QUESTION: None,
    Step.EMAIL_ADDRESS: lambda ctx: setattr(ctx.journey.answers, "has_mailbox", True),
    Step.EMAIL_CODE: _code,
    Step.MAILBOX_CHOICE: None,
    Step.MAILBOX_SERVICE: lambda ctx: setattr(ctx.journey.answers, "mailbox_route", ROUTE_SERVICE),
    Step.MAILBOX_PROVIDER: lambda ctx: setattr(ctx.journey.answers, "provider_id", "laposte"),
    Step.ACCOUNT_QUESTION: None,
    Step.ACCOUNT_EXISTS_HELP: lambda ctx: (
        setattr(ctx.journey.facts, "account_error", "account_exists"),
        setattr(ctx.journey.answers, "recovery", "forgot_password")),
    Step.ACCOUNT_FORM: None,
    Step.ACTIVATION: _pending,
    Step.MAILBOX_LIFE: lambda ctx: (setattr(ctx.journey.answers, "email", fresh_address()),
                                    setattr(ctx.journey.facts, "account_status", "active")),
    Step.DONE: lambda ctx: _pending(ctx, active=True),
    # Guided mode (API 1.2): the companion on a step with an input, the help shown.
    Step.EMAIL_SEEN: lambda ctx: setattr(ctx.journey.answers, "email", "odile@example.org"),
    Step.COMPANION: lambda ctx: setattr(ctx.journey.answers, "companion_step", 1),
    Step.ACTIVATION_QUESTION: lambda ctx: setattr(ctx.journey.answers, "activation_seen", False),
}


def open_step(window, step: Step) -> None:
    """Show `step` in the state SETUP gives it (the start page in helper mode)."""
    ctx = window.ctx
    ctx.journey.answers.mode, ctx.journey.answers.consent = HOME, True
    if SETUP[step] is not None:
        SETUP[step](ctx)
    if step == Step.START:
        ctx.journey.answers.mode = HELPER
        window.show_step(Step.START)
    else:
        window.jump_to(step)


def test_every_focusable_widget_and_input_is_named_on_every_page(qtbot, window):
    """Each page in turn, in one window (the shell around it is checked each time too)."""
    problems, seen = {}, set()
    click(qtbot, window.current_page.helper_radio)  # shows the helper's sign-in form
    for step in Step:
        open_step(window, step)
        wait_step(qtbot, window, step)
        if step == Step.EMAIL_ADDRESS:
            _email_with_suggestion(qtbot, window)
        wait_idle(qtbot, window)
        page = window.current_page
        if step == Step.ACTIVATION:
            page.more.open()  # "Je ne trouve pas le message": its inputs are named too
        found = focusable_without_name(window, window) + inputs_without_label(window, page, seen)
        if not page.title_label.text().strip():
            found.append("no title")
        if found:
            problems[step.value] = found
    assert problems == {}
    assert {"helperLoginEdit", "helperPasswordEdit", "journeyCodeEdit", "emailInput",
            "codeInput", "serviceFirstName", "servicePassword", "nirInput", "birthDay",
            "birthYear", "postalCodeInput", "ibanInput", "accountPassword",
            "activationLink"} <= seen


def test_dialogs_name_their_widgets(qtbot, window):
    from aidant_app.ui.help_dialog import HelpDialog
    from aidant_app.ui.inbox_dialog import InboxDialog
    from aidant_app.ui.settings_dialog import SettingsDialog

    for dialog in (InboxDialog(window.ctx, "odile@entrainement.example", True, window),
                   HelpDialog(window.ctx, window), SettingsDialog(window.settings, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert focusable_without_name(dialog, dialog) == [], type(dialog).__name__
        assert inputs_without_label(dialog, dialog) == [], type(dialog).__name__
        dialog.reject()


def said_on(edit: QWidget, label: QLabel) -> None:
    """The error is shown next to the field and is the field's accessible description."""
    assert label.isVisible() and label.text().strip(), label.objectName()
    words = label.text().removeprefix("⚠").strip()
    assert words and words in edit.accessibleDescription(), edit.objectName()


def test_errors_are_accessible_descriptions(qtbot, window):
    ctx = window.ctx
    start = window.current_page
    click(qtbot, start.helper_radio)
    type_into(qtbot, start.signin.login_edit, HELPER_LOGIN)
    type_into(qtbot, start.signin.password_edit, "Pas-le-bon-2026")
    click(qtbot, start.signin.sign_in_button)
    qtbot.waitUntil(lambda: bool(window.error_area.message), timeout=10000)
    # The shell's message: shown with a sign, and said by its description.
    assert window.error_area.isVisible() and "⚠" in window.error_area.text()
    assert window.error_area.accessibleDescription() == window.error_area.message
    assert window.error_area.message in start.signin.password_edit.accessibleDescription()

    answers = ctx.journey.answers
    answers.mode, answers.consent, answers.has_mailbox = HOME, True, True
    window.jump_to(Step.EMAIL_ADDRESS)
    page = window.current_page
    type_into(qtbot, page.field.edit, "jeanne.martin@")
    qtbot.keyClick(page.field.edit, Qt.Key.Key_Return)
    said_on(page.field.edit, page.field.error)

    _code(ctx)
    window.jump_to(Step.EMAIL_CODE)
    page = window.current_page
    type_into(qtbot, page.field.edit, "000000")
    click(qtbot, window.next_button)
    qtbot.waitUntil(page.field.error.isVisible, timeout=10000)
    said_on(page.field.edit, page.field.error)

    window.jump_to(Step.ACCOUNT_FORM)
    form = window.current_page
    type_into(qtbot, form.inputs["nir"].edit, "184127511600199")
    qtbot.keyClick(form.inputs["nir"].edit, Qt.Key.Key_Tab)  # leaving the field says what is wrong
    said_on(form.inputs["nir"].edit, form.inputs["nir"].error)
    type_into(qtbot, form.inputs["birth_date"].day, "31")
    type_into(qtbot, form.inputs["birth_date"].month, "02")
    type_into(qtbot, form.inputs["birth_date"].year, "1984")
    qtbot.keyClick(form.inputs["birth_date"].year, Qt.Key.Key_Tab)
    for edit in (form.inputs["birth_date"].day, form.inputs["birth_date"].month, form.inputs["birth_date"].year):
        said_on(edit, form.inputs["birth_date"].error)
    assert QApplication.focusWidget() is not None
