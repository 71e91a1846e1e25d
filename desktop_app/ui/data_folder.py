"""Where the user's databases go unless they choose otherwise: a "hoinghi" folder in their
Documents (QStandardPaths), never beside the program's files, which may not be writable and
which an update or an uninstall replaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

FOLDER_NAME = "hoinghi"
DEMO_FILE = "demo.sqlite"


def documents_folder() -> Path:
    """The user's Documents (Windows: C:\\Users\\<name>\\Documents, or the OneDrive one)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_folder(*, create: bool = False) -> Path:
    """Documents/hoinghi, made when `create` (a file dialog may open there before anything is saved)."""
    folder = documents_folder() / FOLDER_NAME
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only or missing Documents: the dialog lets the user pick another place
            return documents_folder()
    return folder
