"""Windows' rules in the Linux tests, on by default (off: `pytest --linux-rules`).

Where Linux is lenient and Windows is not, the tests run by Windows' rules
(windows_site/windows_emulation.py says exactly which, and what stays out of reach):
- os.fsync refuses a read-only handle;
- a file open in the process cannot be replaced, renamed or deleted; a rename never replaces;
- the test's folder (`tmp_path`, so the database, exports, backups and settings the fixtures put
  there), the home, temporary and data folders, here and in the programs the tests start, are
  shaped like a Windows user's: Vietnamese letters, spaces, "#", a long path.
Python processes the tests start get the same rules through windows_site/sitecustomize.py.
`held_open_in_excel` holds a file open as Excel holds a workbook.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

SITE = Path(__file__).with_name("windows_site")
if str(SITE) not in sys.path:
    sys.path.insert(0, str(SITE))

import windows_emulation  # noqa: E402  (found through SITE, put on sys.path just above)

# C:\Users\Nguyễn Văn A\OneDrive - Sở Nội vụ\Tài liệu #1: where a clerk's files live.
USER = Path("Users", "Nguyễn Văn A")
DOCUMENTS = USER / "OneDrive - Sở Nội vụ tỉnh Lạng Sơn" / "Tài liệu #1 (hội nghị)"
TEMP = USER / "AppData" / "Local" / "Temp"
ROAMING = USER / "AppData" / "Roaming"
LOCAL = USER / "AppData" / "Local"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--linux-rules", action="store_true",
                     help="run without the Windows rules of tests/windows_rules.py (Linux's lenient ones)")


def pytest_configure(config: pytest.Config) -> None:
    if active(config):
        windows_emulation.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    windows_emulation.uninstall()


def active(config: pytest.Config) -> bool:
    return not config.getoption("--linux-rules", default=False)


def user_folder(config: pytest.Config, base: Path) -> Path:
    """`base/Users/Nguyễn Văn A/OneDrive - …/Tài liệu #1 (hội nghị)`, made; `base` under --linux-rules."""
    if not active(config):
        return base
    folder = base / DOCUMENTS
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def user_folder_factory(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Callable:
    """`user_folder_factory("cli")`: a fresh folder shaped as `tmp_path` is, for fixtures wider than a test."""
    return lambda name: user_folder(request.config, tmp_path_factory.mktemp(name))


@pytest.fixture(autouse=True)
def windows_environment(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The temporary and data folders shaped like a Windows user's, here and in the programs the
    test starts, and the rules in those programs too."""
    if not active(request.config):
        return
    base = tmp_path
    for _ in DOCUMENTS.parts:   # tmp_path is base/DOCUMENTS (tests/conftest.py)
        base = base.parent
    temp, roaming = base / TEMP, base / ROAMING
    temp.mkdir(parents=True, exist_ok=True)
    roaming.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("HOME", str(base / USER))          # Path.home(): where the file dialogs start
    monkeypatch.setenv("XDG_DATA_HOME", str(roaming))     # QStandardPaths' AppData
    monkeypatch.setenv("XDG_STATE_HOME", str(base / LOCAL))  # the logs, as in %LOCALAPPDATA%
    monkeypatch.setenv("LOCALAPPDATA", str(base / LOCAL))
    monkeypatch.setenv("HOINGHI_WINDOWS_RULES", "1")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(SITE), os.environ.get("PYTHONPATH")) if p))


@pytest.fixture
def held_open_in_excel(request: pytest.FixtureRequest) -> Callable:
    """`with held_open_in_excel(path):` the file is open as in Excel: it cannot be replaced,
    renamed, deleted or written until the block ends, here and in the programs started meanwhile."""
    if not active(request.config):
        pytest.skip("needs the Windows rules (run without --linux-rules)")
    return _held_open_in_excel


@contextlib.contextmanager
def _held_open_in_excel(path: str | os.PathLike[str]) -> Iterator[None]:
    before = os.environ.get(windows_emulation.HELD_ENV)
    with windows_emulation.hold_open_like_excel(path):
        os.environ[windows_emulation.HELD_ENV] = "\n".join(p for p in (before, os.fspath(path)) if p)
        try:
            yield
        finally:
            if before is None:
                del os.environ[windows_emulation.HELD_ENV]
            else:
                os.environ[windows_emulation.HELD_ENV] = before
