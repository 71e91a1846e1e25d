"""Test set-up: offscreen Qt before any Qt import, folder markers, Windows' file rules
(windows_rules.py), a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOINGHI_DESK", "Bàn test")

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

# Windows' rules where Linux is lenient (windows_rules.py); no plain file I/O on a database this
# process holds open (held_files.py).
# The store's contract tests on SQLite and on a real PostgreSQL (engines.py).
pytest_plugins = ["windows_rules", "held_files", "engines"]

TESTS = Path(__file__).parent
DATA = TESTS / "data"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        folder = Path(str(item.fspath)).parent.name
        if folder in ("gui", "cli"):
            item.add_marker(getattr(pytest.mark, folder))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """`@pytest.mark.needs("pdftotext", …)`: skipped without those programs, failed in CI."""
    from external_tools import require

    for mark in item.iter_markers("needs"):
        require(*mark.args)


class Clock:
    """A clock that starts at 07:00 on the demo day and moves one second per reading."""

    def __init__(self, start: datetime = datetime(2022, 9, 14, 7, 0, 0)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Each test's own folder, shaped like a Windows user's Documents (windows_rules.py)."""
    import windows_rules  # registered above; imported here, after pytest has loaded it

    return windows_rules.user_folder(request.config, tmp_path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hoinghi.sqlite"


@pytest.fixture
def db(db_location, clock: Clock) -> Iterator:
    from desktop_app.store import open_database

    database = open_database(db_location, desk="Bàn 1", clock=clock)
    yield database
    database.close()


@pytest.fixture
def catalog_db(db):
    """A database with the shipped unit catalogs (every new database has them)."""
    return db


@pytest.fixture
def conference(catalog_db):
    from desktop_app.store.conferences import create_conference

    return create_conference(catalog_db, "Hội nghị thử", datetime(2022, 9, 14, 7, 30), venue="Hội trường",
                             place_name="Lạng Sơn")


@pytest.fixture
def demo(db):
    from desktop_app.store.demo import create_demo

    return create_demo(db)


@pytest.fixture
def add_person(catalog_db, conference) -> Callable:
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_attendee

    def add(name: str, unit: str = "", position: str = "", **kw):
        return add_attendee(catalog_db, conference.id,
                            AttendeeInput(full_name=name, unit_name=unit, position=position, **kw))

    return add
