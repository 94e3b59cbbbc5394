"""The shell's busy and connection areas: words and a moving bar while something runs."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar

from aidant_app.ui.statusareas import BusyArea, ConnectionArea


def _bars(area) -> list[QProgressBar]:
    return [bar for bar in area.findChildren(QProgressBar) if bar.isVisibleTo(area)]


def _order(area) -> list:
    """The area's rows from top to bottom: its widgets, and its buttons' row as "buttons"."""
    layout = area.layout()
    rows = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        rows.append(item.widget() if item.widget() is not None else "buttons")
    return rows


def test_a_call_that_runs_shows_its_words_over_a_moving_bar(qtbot):
    area = BusyArea()
    qtbot.addWidget(area)
    area.show()
    area.set_busy(False, "")
    assert area.isHidden()
    for text in ("Création du compte…", ""):
        area.set_busy(True, text)
        assert area.isVisible()
        (bar,) = _bars(area)  # one bar, however many calls ran
        assert (bar.minimum(), bar.maximum()) == (0, 0)  # moving: how long is not known
        said = area.label.text()
        assert said == (text or "Un instant, s'il vous plaît…")
        assert bar.accessibleName() == said
        assert _order(area) == [area.label, bar]  # the words, then the bar under them
        area.set_busy(False, "")
        assert area.isHidden()


def test_the_connection_area_moves_while_it_connects_and_offers_a_retry_when_it_failed(qtbot):
    area = ConnectionArea()
    qtbot.addWidget(area)
    area.show()
    area.set_state("ready")
    assert area.isHidden()
    area.set_state("failed", "backend_unreachable")
    assert area.isVisible() and _bars(area) == []
    assert area.retry.isVisibleTo(area) and area.settings.isVisibleTo(area)
    for state in ("connecting", "starting"):
        area.set_state(state)
        (bar,) = _bars(area)
        assert (bar.minimum(), bar.maximum()) == (0, 0)
        assert not area.retry.isVisibleTo(area)
        assert _order(area) == [area.label, bar, "buttons"]  # between words and buttons
    area.set_state("failed", "backend_unreachable")
    assert _bars(area) == [] and area.retry.isVisibleTo(area)
    area.set_state("ready")
    assert area.isHidden()
