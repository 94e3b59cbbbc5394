"""A QR code of a web address, drawn in memory, so a phone's camera can open the page."""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel


def qr_pixmap(url: str, scale: int = 5) -> QPixmap:
    """The QR code as a pixmap (nothing written to disk)."""
    import segno  # loaded with the first page that shows a code

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class QrCode(QLabel):
    """Shows the code of `url`; its accessible name says what the code opens."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.url = ""

    def show_url(self, url: str, name: str) -> None:
        if url != self.url:
            self.url = url
            self.setPixmap(qr_pixmap(url) if url else QPixmap())
        self.setAccessibleName(name)
        self.setVisible(bool(url))
