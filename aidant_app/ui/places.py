"""Where a file the person saves is offered first: their Documents folder, never the app's."""

from __future__ import annotations

import os


def save_path(file_name: str) -> str:
    """`file_name` in the person's Documents folder, else their Desktop, else their home:
    a relative name would open the save dialog in the app's working folder."""
    from PySide6.QtCore import QDir, QStandardPaths

    kinds = (QStandardPaths.StandardLocation.DocumentsLocation,
             QStandardPaths.StandardLocation.DesktopLocation)
    for kind in kinds:
        folder = QStandardPaths.writableLocation(kind)
        if folder and os.path.isdir(folder):
            return os.path.join(folder, file_name)
    return os.path.join(QDir.homePath(), file_name)
