"""Where a file the person saves is offered first: their Documents folder, never the app's."""

from __future__ import annotations

import os


def save_path(file_name: str) -> str:
    """`file_name` in the person's Documents folder, else their Desktop, else their home:
    a relative name would open the save dialog in the app's working folder. A translated
    name loses its invisible direction marks (rules/bidi.py): they have no place in a file
    name, and some systems show them as boxes."""
    from PySide6.QtCore import QDir, QStandardPaths

    from ..rules.bidi import strip_marks

    file_name = strip_marks(file_name)

    kinds = (QStandardPaths.StandardLocation.DocumentsLocation,
             QStandardPaths.StandardLocation.DesktopLocation)
    for kind in kinds:
        folder = QStandardPaths.writableLocation(kind)
        if folder and os.path.isdir(folder):
            return os.path.join(folder, file_name)
    return os.path.join(QDir.homePath(), file_name)


# Folders that a sync client copies to its servers: Windows' OneDrive (often Documents
# itself), macOS' iCloud Drive (Documents too, when "Desktop & Documents" is on), and the
# File Provider folders of other clients.
_SYNCED_PARTS = (
    ("onedrive", "OneDrive"), ("mobile documents", "iCloud"), ("com~apple~clouddocs", "iCloud"),
    ("icloud drive", "iCloud"), ("icloud drive (archive)", "iCloud"), ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"), ("googledrive", "Google Drive"), ("my drive", "Google Drive"),
    ("box", "Box"), ("pcloud drive", "pCloud"), ("nextcloud", "Nextcloud"),
)


def synced_service(path: str, environ=os.environ) -> str | None:
    """The service that copies `path`'s folder to the Internet, or None (as far as known)."""
    real = os.path.realpath(path)
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = environ.get(variable)
        if root and os.path.normcase(real).startswith(os.path.normcase(os.path.realpath(root))
                                                      + os.sep):
            return "OneDrive"
    parts = [part.lower() for part in real.replace("\\", "/").split("/")[:-1]]
    for part in parts:
        for marker, service in _SYNCED_PARTS:
            # "OneDrive", "OneDrive - Mairie", "OneDrive-Personal", "GoogleDrive-x@y"
            if part == marker or part.startswith((marker + " - ", marker + "-")):
                return service
    return None
