"""GUI fixtures: a throw-away QSettings, the main window on a demo database, compiled catalogues."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

ROOT = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's Documents folder, where databases go by default: a throw-away one per test."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr("desktop_app.ui.common.data_folder.documents_folder", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def home(windows_environment: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own folder, where databases go by default: the Windows-shaped home the rules set
    (C:\\Users\\Nguyễn Văn A, beside the OneDrive folder that holds `tmp_path`), or a throw-away one."""
    folder = Path.home() if os.environ.get("HOINGHI_WINDOWS_RULES") else tmp_path / "home"
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr("desktop_app.ui.common.data_folder.home_folder", lambda: folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled afresh (pytest may run without `make translations`)."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return folder


@pytest.fixture
def english(qapp, translations: Path) -> Iterator[None]:
    """The interface in English for one test, Vietnamese again after."""
    from desktop_app.ui.common.i18n import set_language

    set_language("en", directory=translations)
    yield
    set_language("en", directory=translations)


@pytest.fixture
def make_window(qtbot, settings, clock):
    """make_window(path, **kw) -> a shown MainWindow with `path` open (closed after the test)."""
    from desktop_app.ui.common import workers
    from desktop_app.ui.main_window import MainWindow

    made = []

    def make(path: Path, *, view: str | None = None, **kw):
        window = MainWindow(settings, clock=clock, **kw)
        qtbot.addWidget(window)
        window.open_database(path)
        if view:
            window.show_view(view)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.cancel_loading()
    workers.wait_for_workers(10_000)


@pytest.fixture
def window(make_window, db_path, demo):
    """The window on the demo conference (the `db` fixture stays open as "another desk", Bàn 1)."""
    return make_window(db_path)



@pytest.fixture(autouse=True)
def desk_name_offered(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, set[str]]]:
    """A desk's first start asks its name: tests take the name offered (and may look at it)."""
    asked: list[tuple[str, set[str]]] = []

    def ask(_parent, offered: str, others: set[str]) -> str:
        asked.append((offered, others))
        return offered

    monkeypatch.setattr("desktop_app.ui.desk.desk_name.ask_desk_name", ask)
    return asked


@pytest.fixture
def server(pg_cluster) -> Iterator[tuple[str, object, object]]:
    """A database on a real server: (its address, another laptop's desk "Bàn 2" on it, the demo
    conference that desk made)."""
    from desktop_app.store import open_database
    from desktop_app.store.demo import create_demo

    name = pg_cluster.fresh()
    url = pg_cluster.url(name)
    other_desk = open_database(url, desk="Bàn 2")
    conference = create_demo(other_desk)
    yield url, other_desk, conference
    other_desk.close()
    pg_cluster.drop(name)

