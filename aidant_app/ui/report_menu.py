"""Where the activity report opens: the helper's own buttons (once signed in) and after
"Personne suivante" (the recording form, skippable with Escape)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

_CTX = "ReportMenu"
_RECORD = QT_TRANSLATE_NOOP("ReportMenu", "Noter un accompagnement")
_ACTIVITY = QT_TRANSLATE_NOOP("ReportMenu", "Activité et export")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def open_record(ctx, parent: QWidget, after_journey: bool = False):
    """The recording form, window-modal and without a nested event loop (the caller goes
    on at once); `recorded` holds the record once saved. Escape skips it."""
    from PySide6.QtCore import Qt

    from .report_form import RecordDialog

    dialog = RecordDialog(ctx, parent, after_journey=after_journey)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: _focus_back(parent))
    dialog.open()
    dialog.activateWindow()
    dialog.date.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard starts in the form
    return dialog


def _focus_back(parent: QWidget) -> None:
    """Closed: the keyboard goes on where it was, on the window's current page."""
    window = parent.window()
    window.activateWindow()
    keyboard, page = getattr(window, "keyboard", None), getattr(window, "current_page", None)
    if keyboard is not None and page is not None:
        keyboard.focus_first(page)
    else:
        window.setFocus()


def open_activity(ctx, parent: QWidget):
    from PySide6.QtCore import Qt

    from .report_dialog import ActivityDialog

    dialog = ActivityDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: _focus_back(parent))
    dialog.open()
    dialog.load()
    return dialog


def install(row: QHBoxLayout, ctx, parent: QWidget) -> tuple[QPushButton, QPushButton]:
    """Two buttons in the helper's signed-in row, shown only while a helper is signed in."""
    record = QPushButton()
    record.setObjectName("recordAccompaniment")
    activity = QPushButton()
    activity.setObjectName("openActivity")
    for button in (record, activity):
        button.setAutoDefault(False)
        row.addWidget(button)

    def refresh() -> None:
        retranslate(record, activity)
        for button in (record, activity):
            button.setVisible(ctx.helper_signed_in)

    record.clicked.connect(lambda: open_record(ctx, parent.window()))
    activity.clicked.connect(lambda: open_activity(ctx, parent.window()))
    ctx.helper_changed.connect(refresh)
    ctx.backend_changed.connect(refresh)
    refresh()
    return record, activity


def retranslate(record: QPushButton, activity: QPushButton) -> None:
    """The two buttons' words in the interface's language (after a language change too)."""
    record.setText(_tr(_RECORD))
    activity.setText(_tr(_ACTIVITY))
    for button in (record, activity):
        button.setAccessibleName(button.text())


def after_next_person(ctx, window: QWidget, had_journey: bool) -> None:
    """After the wipe, in helper mode: offer the form (E-mail and Santé ticked after a journey)."""
    if ctx.helper_signed_in:
        # Once the shell has shown the start page and moved the focus there (it does so
        # again on the next turn of the event loop): the form then keeps the focus.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda: open_record(ctx, window, after_journey=had_journey))
