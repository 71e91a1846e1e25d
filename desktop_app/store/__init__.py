"""SQLite through sqlite-utils. Every SQL statement of the program lives in this package.

Functions take the database first and return dataclasses from `desktop_app.domain`."""

from desktop_app.store.database import open_database
from desktop_app.store.engine import Database

__all__ = ["Database", "open_database"]
