"""What the person copies stays out of clipboard histories and off other devices."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

_DWORD_ZERO = (0).to_bytes(4, "little")
# Windows: clipboard history (Win+V) and cloud clipboard skip content that carries these
# registered formats (Microsoft's "Clipboard formats" documentation); clipboard monitors
# are asked to ignore it. Qt places a format of this name as a native Windows format.
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
PRIVATE_FORMATS = {
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): _DWORD_ZERO,
    _WINDOWS.format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    _WINDOWS.format("CanUploadToCloudClipboard"): _DWORD_ZERO,
    # KDE's Klipper keeps no history of "secret" content.
    "x-kde-passwordManagerHint": b"secret",
    # macOS clipboard managers (nspasteboard.org): concealed and transient content.
    "org.nspasteboard.ConcealedType": b"",
    "org.nspasteboard.TransientType": b"",
}


def private_text(text: str) -> QMimeData:
    """`text` as clipboard content marked to be kept out of histories and cloud sync."""
    data = QMimeData()
    data.setText(text)
    for kind, value in PRIVATE_FORMATS.items():
        data.setData(kind, value)
    return data
