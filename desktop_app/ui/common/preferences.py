"""The window's settings (QSettings) with types: language, desk name, font size, recent files,
window state. Tests and screenshots pass a throw-away QSettings so the user's are never touched.

A server's password is kept here only, apart from its address (the recent list, the title and
the logs show the address without it), and the settings file is then made readable by this
user alone (on Windows the settings live in the user's own registry hive)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.domain.locations import (
    ServerAddress,
    database_location,
    password_of,
    with_password,
    without_password,
)

LANGUAGES = ("vi", "en")
MAX_RECENT = 8
FONT_SIZES = range(9, 21)


def default_desk_name() -> str:
    """The machine's name until the clerk sets one ("Bàn 2"): desks on different machines
    must not share a name, or Ctrl+Z and "latest at this desk" would mix them."""
    return os.environ.get("HOINGHI_DESK") or socket.gethostname() or "Desk"


class Preferences:
    """Typed access to QSettings. Every value has a default; a damaged value falls back to it."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()
        self.desk_slot = 0   # which window of this computer: each remembers its own desk name

    def _desk_key(self, slot: int | None = None) -> str:
        slot = self.desk_slot if slot is None else slot
        return "desk_name" if slot == 0 else f"desk_name_{slot}"

    def remembered_desk_name(self, slot: int | None = None) -> str:
        """The name this window (or window `slot`) had last time; "" when it never had one."""
        return self._text(self._desk_key(slot)).strip()

    def _text(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self.settings.value(key, default))
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        value = self._text("language", "vi")
        return value if value in LANGUAGES else "vi"

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("language", value if value in LANGUAGES else "vi")

    @property
    def desk_name(self) -> str:
        return self.remembered_desk_name() or default_desk_name()

    @desk_name.setter
    def desk_name(self, value: str) -> None:
        self.settings.setValue(self._desk_key(), value.strip())

    @property
    def font_size(self) -> int:
        """Points for the whole window; 0 keeps the system's size."""
        size = self._int("font_size", 0)
        return size if size in FONT_SIZES else 0

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.settings.setValue("font_size", value if value in FONT_SIZES else 0)

    @property
    def last_database(self) -> str:
        return self._text("last_database")

    @property
    def recent_databases(self) -> list[str]:
        value = self.settings.value("recent_databases", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def remember_database(self, path: Path) -> None:
        place = database_location(path)
        if isinstance(place, ServerAddress):
            password = password_of(place)
            if password is not None:
                self.set_server_password(place, password)
        text = _shown(place)
        self.settings.setValue("last_database", text)
        recent = [text] + [p for p in self.recent_databases if p != text]
        self.settings.setValue("recent_databases", recent[:MAX_RECENT])

    def forget_database(self, path: str) -> None:
        path = _shown(database_location(path))
        self.settings.setValue("recent_databases", [p for p in self.recent_databases if p != path])
        if self.last_database == path:
            self.settings.setValue("last_database", "")

    # -- servers' passwords -------------------------------------------------------------------

    def set_server_password(self, address: str, password: str) -> None:
        self.settings.setValue(f"server_passwords/{_key(address)}", password)
        self.settings.sync()
        protect_settings_file(self.settings)

    def full_address(self, location: str | os.PathLike[str]) -> Path | ServerAddress:
        """A location from the recent list as it can be opened: a server's address with the
        password kept for it (an address that has one, or a file, is returned as it is)."""
        place = database_location(location)
        if not isinstance(place, ServerAddress) or password_of(place) is not None:
            return place
        password = self._text(f"server_passwords/{_key(place)}")
        return ServerAddress(with_password(place, password)) if password else place

    def last_conference(self, database: Path) -> int | None:
        value = self._int(f"conference/{_key(database)}", 0)
        return value or None

    def set_last_conference(self, database: Path, conference_id: int | None) -> None:
        self.settings.setValue(f"conference/{_key(database)}", conference_id or 0)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

    @property
    def current_view(self) -> str:
        return self._text("window/view", "conferences")

    @current_view.setter
    def current_view(self, value: str) -> None:
        self.settings.setValue("window/view", value)

    def view_option(self, key: str, default: str) -> str:
        return self._text(f"views/{key}", default)

    def set_view_option(self, key: str, value: str) -> None:
        self.settings.setValue(f"views/{key}", value)


def _shown(place: Path | ServerAddress) -> str:
    return without_password(place) if isinstance(place, ServerAddress) else str(place.resolve())


def _key(database: str | os.PathLike[str]) -> str:
    """A settings key for a database path or server address (slashes would make nested groups)."""
    import hashlib

    return hashlib.sha1(_shown(database_location(database)).encode("utf-8")).hexdigest()[:16]


def protect_settings_file(settings: QSettings) -> None:
    """Make the settings file readable and writable by its owner only (it may hold passwords).
    Qt rewrites the file through a temporary one and keeps the permissions it finds."""
    if settings.format() == QSettings.Format.NativeFormat and os.name == "nt":
        return   # the registry, under the user's own key
    name = settings.fileName()
    if name and os.path.isfile(name):
        os.chmod(name, 0o600)
