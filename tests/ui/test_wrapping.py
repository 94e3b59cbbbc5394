"""What keeps a page within a small screen at large text: buttons and rows that wrap, e-mail
addresses that may break, Retour / Continuer rows filled before a new one starts."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from aidant_app.ui import widgets as kit
from aidant_app.ui.button_row import ButtonRow
from aidant_app.ui.typography import ZWSP, breakable_addresses

LONG = "Je ne trouve pas le message, ou l'adresse est fausse"
ADDRESS = "claire-marguerite.fictive@entrainement.example"


def _holder(qtbot, *widgets, layout=None) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    if layout is not None:
        column.addLayout(layout)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def test_a_long_button_label_wraps_instead_of_widening_its_page(qtbot):
    button = kit.button("longLabel")
    button.setText(LONG)
    holder = _holder(qtbot, button)
    one_line = button.sizeHint()
    assert button.minimumSizeHint().width() < one_line.width() / 3  # its longest word
    holder.resize(one_line.width() // 2, 600)
    qtbot.waitUntil(lambda: button.width() < one_line.width())
    assert button.heightForWidth(button.width()) > one_line.height()
    qtbot.waitUntil(lambda: button.height() >= button.heightForWidth(button.width()))
    assert button.text() == LONG  # the label itself keeps its words on one line


def test_side_by_side_widgets_go_on_to_the_next_line(qtbot):
    first, second = kit.button("first"), kit.button("second")
    first.setText("J'accepte les conditions d'utilisation")
    second.setText("Lire les conditions")
    row = kit.row(first, second)
    assert isinstance(row, kit.FlowRow)
    holder = _holder(qtbot, layout=row)
    holder.resize(first.sizeHint().width() + second.sizeHint().width() + 100, 400)
    qtbot.waitUntil(lambda: first.y() == second.y())
    assert row.minimumSize().width() < first.sizeHint().width() + second.sizeHint().width()
    holder.resize(first.sizeHint().width() + 40, 400)
    qtbot.waitUntil(lambda: second.y() > first.y())
    assert second.x() == first.x()  # at the start of the next line


def test_an_address_breaks_only_when_it_does_not_fit(qtbot):
    assert breakable_addresses(f"à {ADDRESS}.") == \
        f"à claire-marguerite{ZWSP}.fictive@{ZWSP}entrainement{ZWSP}.example{ZWSP}."
    para = kit.Para("withAddress")
    holder = _holder(qtbot, para)
    para.setText(f"Un message a été envoyé à {ADDRESS}.")
    address_width = para.fontMetrics().horizontalAdvance(ADDRESS)
    assert para.minimumSizeHint().width() < address_width
    holder.resize(address_width + 200, 400)
    qtbot.waitUntil(lambda: para.width() > address_width + 50)
    assert ZWSP not in QWidget.property(para, "text")  # fits: shown whole
    holder.resize(address_width // 2, 400)
    qtbot.waitUntil(lambda: ZWSP in QWidget.property(para, "text"))
    assert para.text() == f"Un message a été envoyé à {ADDRESS}."  # the words, unchanged
    # Text that may be selected and copied never gets the invisible breaks.
    copied = kit.Para("copyable", selectable=True)
    kept = _holder(qtbot, copied)  # noqa: F841 - qtbot keeps a weak reference only
    copied.setText(ADDRESS)
    assert ZWSP not in QWidget.property(copied, "text")


def test_next_keeps_the_other_buttons_on_its_row_while_they_fit(qtbot):
    back, help_, next_ = QPushButton("Retour"), QPushButton("J'ai un problème"), \
        QPushButton("Créer mon compte")
    row = ButtonRow(back, help_, next_)
    row.next_person.setText("Personne suivante")
    row.next_person.show()
    kept = _holder(qtbot, row)  # noqa: F841 - qtbot keeps a weak reference only
    every = row.one_row_width()
    assert row.arrange(every) == ((back, help_, row.next_person, next_),)
    assert row.arrange(every - 20) == ((back, help_, next_), (row.next_person,))
    narrow = next_.sizeHint().width() + 20
    assert row.arrange(narrow)[0] == (next_,)  # alone on its row, the others below
    assert all(b in sum(row.arrange(narrow), ()) for b in (back, help_, row.next_person))


def test_answer_buttons_grow_when_their_labels_wrap(qtbot):
    short, long = kit.button("short"), kit.button("long")
    short.setText("Oui")
    long.setText(LONG)
    holder = _holder(qtbot, kit.button_column([short, long]))
    holder.resize(long.sizeHint().width() // 2, 600)
    qtbot.waitUntil(lambda: long.width() < long.sizeHint().width())
    qtbot.waitUntil(lambda: long.height() >= long.heightForWidth(long.width()))
    assert long.height() > short.height()  # two lines, whole
