"""Keeps the main window and every dialog inside the screen's free area, at any text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Before a window is shown its frame is unknown: keep room for a title bar and borders, so
# that a window placed on a small screen does not hang below the task bar.
FRAME_GUESS = QSize(16, 40)
_FITTER = "screenFitter"  # the object name of the fitter child


def available(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen `widget` is on, or will open on."""
    anchor = widget.parentWidget().window() if widget.parentWidget() is not None else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(widget: QWidget) -> QSize:
    """What the window manager adds around the widget (title bar, borders)."""
    if widget.isVisible():
        frame, inner = widget.frameGeometry(), widget.geometry()
        extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
        if extra.width() > 0 or extra.height() > 0:
            return extra
        return QSize(0, 0)  # shown, no frame at all (no window manager)
    return QSize(FRAME_GUESS)


def room(widget: QWidget) -> QSize:
    """The largest inner size that keeps the whole frame on the screen."""
    area, extra = available(widget), frame_extra(widget)
    return QSize(max(200, area.width() - extra.width()), max(200, area.height() - extra.height()))


def fitted_size(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made smaller where the screen is smaller (a remembered size too)."""
    space = room(widget)
    return QSize(min(wanted.width(), space.width()), min(wanted.height(), space.height()))


def fit(widget: QWidget, wanted: QSize | None = None) -> None:
    """Resize to `wanted` (default: the current size) within the screen, then move the whole
    frame inside the free area."""
    size = fitted_size(widget, wanted if wanted is not None else widget.size())
    if size != widget.size():
        widget.resize(size)
    keep_inside(widget)


def keep_inside(widget: QWidget) -> None:
    """Move (and if needed shrink) the widget so that its frame is inside the free area."""
    area, extra = available(widget), frame_extra(widget)
    size = widget.size()
    space = room(widget)
    if size.width() > space.width() or size.height() > space.height():
        widget.resize(min(size.width(), space.width()), min(size.height(), space.height()))
        size = widget.size()
    frame = QRect(widget.frameGeometry().topLeft(), size + extra)
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if widget.isWindow() and QPoint(x, y) != frame.topLeft():
        widget.move(max(x, area.left()), max(y, area.top()))


def center_on(widget: QWidget, anchor: QWidget | None) -> None:
    """Centre a dialog over the main window (or the screen), inside the free area."""
    area = available(widget)
    over = anchor.window().frameGeometry() if anchor is not None else area
    frame = widget.frameGeometry()
    widget.move(over.center() - QPoint(frame.width() // 2, frame.height() // 2))
    keep_inside(widget)


class _Fitter(QObject):
    """Fits its window when shown, and again whenever it grows (larger text, new content)."""

    def __init__(self, widget: QWidget, wanted: QSize | None, share: tuple[float, float] | None,
                 ) -> None:
        super().__init__(widget)
        self.setObjectName(_FITTER)
        # No Python reference to the widget: it would keep a deleted dialog's wrapper alive.
        self.wanted, self.share = wanted, share
        self._busy = False

    @property
    def widget(self) -> QWidget:
        return self.parent()

    def wanted_size(self) -> QSize | None:
        if self.share is not None:
            area = available(self.widget)
            return QSize(int(area.width() * self.share[0]), int(area.height() * self.share[1]))
        return self.wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        # LayoutRequest: a page with a wider minimum has gone, the window may shrink back.
        if self._busy or kind not in (QEvent.Type.Show, QEvent.Type.Resize,
                                      QEvent.Type.LayoutRequest,
                                      QEvent.Type.ScreenChangeInternal):
            return False
        self._busy = True
        try:
            if kind == QEvent.Type.Show:
                # Never narrower than its content needs when the screen has room: Qt opens a
                # dialog at most 2/3 of the screen wide, which cut the settings dialog's
                # buttons at 200 % text on a 1024 px screen.
                wanted = self.wanted_size() or self.widget.size()
                fit(self.widget, wanted.expandedTo(self.widget.minimumSizeHint()))
                if self.widget.parentWidget() is not None:
                    center_on(self.widget, self.widget.parentWidget())
            else:
                keep_inside(self.widget)
        finally:
            self._busy = False
        return False


def keep_on_screen(widget: QWidget, wanted: QSize | None = None,
                   share: tuple[float, float] | None = None) -> None:
    """Fit `widget` now and every time it is shown or grows.

    wanted: the size asked for on a large screen; share: instead, fractions of the free
    area (a dialog as 80 % of the screen). Call once per window or dialog.
    """
    if widget.findChild(QObject, _FITTER) is not None:
        return
    fitter = _Fitter(widget, wanted, share)
    widget.installEventFilter(fitter)
    size = fitter.wanted_size()
    if size is not None:
        widget.resize(fitted_size(widget, size))
