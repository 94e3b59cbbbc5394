"""Helper mode: "Personne suivante" from any step, asking first when the memo is not saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..journey import HELPER

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def offered(journey, step_is_start: bool) -> bool:
    """The shell's button: in helper mode, at every step after the first page."""
    return journey.mode == HELPER and not step_is_start


def needs_confirmation(journey) -> bool:
    """An account was sent and its memo (with the journey code) was never saved: wiping now
    loses the only way back to this journey."""
    return bool(journey.account_id) and not journey.memo_saved


def activation_pending(journey) -> bool:
    """An account was created and, as far as the app knows, its link not clicked yet: the
    person may be reading their mail outside the app (ui/idle.py waits longer then)."""
    return bool(journey.account_id) and journey.account_status != "active"


def confirm(parent: QWidget, journey, closing: bool = False) -> bool:
    """True when the helper may wipe now (asked only when the memo is not saved).
    closing: the window is being closed (the same question, in the words of closing)."""
    if not needs_confirmation(journey):
        return True
    # Here, not at the top: the window imports this module before its first paint, and
    # building QMessageBox's Python type (with its enums) costs about 5 M instructions.
    from PySide6.QtWidgets import QMessageBox

    from .screen_fit import keep_on_screen

    box = QMessageBox(parent)
    box.setObjectName("nextPersonConfirm")
    box.setIcon(QMessageBox.Icon.Warning)
    if closing:
        box.setWindowTitle(QCoreApplication.translate("NextPerson", "Aidant – fermer"))
    else:
        box.setWindowTitle(QCoreApplication.translate("NextPerson", "Aidant – personne suivante"))
    box.setText(QCoreApplication.translate("NextPerson", "Vous n'avez pas enregistré l'aide-mémoire."))
    if closing:
        box.setInformativeText(QCoreApplication.translate("NextPerson", "Il garde le code de reprise et les étapes suivantes. Si vous fermez Aidant maintenant, vous les perdez. Enregistrez d'abord l'aide-mémoire. Ou bien, fermez quand même."))
        wipe_words = QCoreApplication.translate("NextPerson", "Fermer quand même")
    else:
        box.setInformativeText(QCoreApplication.translate("NextPerson", "Il garde le code de reprise et les étapes suivantes. Si vous effacez maintenant, vous les perdez. Enregistrez d'abord l'aide-mémoire. Ou bien, effacez quand même."))
        wipe_words = QCoreApplication.translate("NextPerson", "Tout effacer quand même")
    wipe = box.addButton(wipe_words, QMessageBox.ButtonRole.DestructiveRole)
    wipe.setObjectName("nextPersonWipe")
    stay = box.addButton(QCoreApplication.translate("NextPerson", "Revenir pour enregistrer"),
                         QMessageBox.ButtonRole.RejectRole)
    stay.setObjectName("nextPersonStay")
    box.setDefaultButton(stay)  # Enter keeps the person's memo within reach
    box.setEscapeButton(stay)
    keep_on_screen(box)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == wipe.objectName()
