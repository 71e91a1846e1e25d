"""Where the user's databases go unless they choose otherwise: a "hoinghi" folder in their home
folder (Windows: %USERPROFILE%\\hoinghi; Linux: ~/hoinghi), never beside the program's files (an
update or an uninstall replaces them) and not in Documents, which OneDrive often synchronises,
office domains redirect to a server share, and Controlled Folder Access guards against unsigned
programs. The folder is visible and easy to copy to a USB stick.

Earlier versions used Documents/hoinghi: databases there keep working (recent files keep their
paths, the demo there is still the demo, the Open dialog starts there while it is the only one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

FOLDER_NAME = "hoinghi"
DEMO_FILE = "demo.sqlite"


def home_folder() -> Path:
    """The user's own folder (Windows: C:\\Users\\<name>, never redirected or synchronised)."""
    return Path.home()


def documents_folder() -> Path:
    """The user's Documents (Windows: C:\\Users\\<name>\\Documents, or the OneDrive one)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else home_folder()


def legacy_folder() -> Path:
    """Documents/hoinghi, where earlier versions put databases."""
    return documents_folder() / FOLDER_NAME


def default_folder(*, create: bool = False) -> Path:
    """~/hoinghi, made when `create` (a file dialog may open there before anything is saved)."""
    folder = home_folder() / FOLDER_NAME
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only home: the dialog lets the user pick another place
            return home_folder()
    return folder


def start_folder(database: Path | None) -> Path:
    """Where a file dialog opens: the open database's folder; without one, the default folder,
    or the earlier versions' folder while only that one exists."""
    if database is not None and database.parent.is_dir():
        return database.parent
    if not default_folder().is_dir() and legacy_folder().is_dir():
        return legacy_folder()
    return default_folder(create=True)


def demo_path() -> Path:
    """The demo database: in the default folder, or the one an earlier version built in Documents."""
    path = default_folder() / DEMO_FILE
    legacy = legacy_folder() / DEMO_FILE
    if not path.exists() and legacy.exists():
        return legacy
    return default_folder(create=True) / DEMO_FILE


def unused_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/<stem> (2)<suffix>`… when that is taken."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
        number += 1
    return path


def remembered_folder(remembered: str, database: Path | None) -> Path:
    """The folder a dialog used last (`remembered`) if it is still there, else the database's."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return start_folder(database)
