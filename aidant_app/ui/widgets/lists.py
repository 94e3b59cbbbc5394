"""Lists whose lines wrap, so that no word is ever cut at their edge."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


def wrapped_list(object_name: str) -> QListWidget:
    """A QListWidget whose rows go on to as many lines as their words need.

    Qt's list cuts a row at its edge and scrolls sideways: in a third of the training
    inbox, "Confirmez votre adresse e-m"; in the activity report, a record's themes.
    A word wider than the list is still cut with "…": give rows words a person reads (a
    sender's name, not its address)."""
    view = QListWidget()
    view.setObjectName(object_name)
    view.setWordWrap(True)
    # Enums set by name (ui/shell_layout.py): no `Qt` built for a list.
    view.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    view.setProperty("resizeMode", "Adjust")  # wrapped again when the list is resized
    view.setSpacing(4)  # a little room between two rows
    return view
