"""QR codes of web addresses, drawn in memory (nothing written to disk), for a phone."""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap


def qr_pixmap(url: str, scale: int = 6) -> QPixmap:
    """A QR code of the address (medium error correction, a 3-module quiet border)."""
    import segno  # imported here: only the pages that show a code need it

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
