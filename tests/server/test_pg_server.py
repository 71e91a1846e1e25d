"""`hoinghi server`: a PostgreSQL for several desks, set up and started in a folder by the program."""

from __future__ import annotations

import json
import shlex
import socket
import sys
from pathlib import Path

import psycopg
import pytest

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS / "cli") not in sys.path:
    sys.path.insert(0, str(TESTS / "cli"))
from commands import hoinghi  # noqa: E402
from servers import free_port  # noqa: E402

from desktop_app.domain.errors import ServerProblem  # noqa: E402
from desktop_app.store import pg_server  # noqa: E402


def test_a_server_is_set_up_started_stopped_and_started_again_with_its_data(fresh_server_folder):
    port = free_port()
    info = pg_server.start(fresh_server_folder, port=port, listen="127.0.0.1")
    assert info.running and info.port == port
    assert info.url() == f"postgresql://hoinghi:{info.password}@127.0.0.1:{port}/hoinghi"
    # Typed at each desk off the server laptop's screen: no 0/O, 1/l/I to mix up, in groups of four.
    assert set(info.password) <= set(pg_server.PASSWORD_LETTERS + "-") and len(info.password.split("-")) == 4
    with psycopg.connect(info.url(), connect_timeout=5, autocommit=True) as conn:
        conn.execute("CREATE TABLE kept (x int)")
        conn.execute("INSERT INTO kept VALUES (42)")
        # The program's role has only the rights it needs.
        superuser, createdb, createrole = conn.execute(
            "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user").fetchone()
        assert (superuser, createdb, createrole) == (False, False, False)
    # Logins need the password (scram-sha-256), even from this machine.
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(info.url().replace(info.password, "wrong"), connect_timeout=5).close()
    config = json.loads((fresh_server_folder / pg_server.CONFIG).read_text())
    assert (fresh_server_folder / pg_server.CONFIG).stat().st_mode & 0o077 == 0   # passwords: owner only
    assert config["password"] == info.password

    assert pg_server.start(fresh_server_folder).pid == info.pid   # already running: left as it is
    assert pg_server.stop(fresh_server_folder) is True
    assert not pg_server.status(fresh_server_folder).running
    assert pg_server.stop(fresh_server_folder) is False
    again = pg_server.start(fresh_server_folder)
    assert again.running and again.url() == info.url()
    with psycopg.connect(again.url(), connect_timeout=5) as conn:
        assert conn.execute("SELECT x FROM kept").fetchone() == (42,)


def test_the_command_line_starts_reports_and_stops_a_server(fresh_server_folder):
    port = str(free_port())
    started = json.loads(hoinghi("server", "start", "--dir", str(fresh_server_folder), "--port", port,
                                 "--listen", "127.0.0.1", "--json").stdout)
    assert started["running"] and started["url"].startswith("postgresql://hoinghi:")
    with psycopg.connect(started["url"], connect_timeout=5) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == ("hoinghi",)
    status = hoinghi("server", "status", "--dir", str(fresh_server_folder)).stdout
    assert "running" in status and started["url"] in status
    assert "stopped" in hoinghi("server", "stop", "--dir", str(fresh_server_folder)).stdout
    stopped = hoinghi("server", "status", "--dir", str(fresh_server_folder)).stdout   # no join without a start
    assert "is stopped" in stopped and f"hoinghi server start --dir {shlex.quote(str(fresh_server_folder))}" in stopped
    assert "Desks join with" not in stopped
    assert json.loads(hoinghi("server", "status", "--dir", str(fresh_server_folder), "--json").stdout)[
        "running"] is False


def test_a_folder_without_a_server_and_a_taken_port_are_one_sentence_each(fresh_server_folder, tmp_path):
    result = hoinghi("server", "status", "--dir", str(tmp_path), check=False)
    assert result.returncode == 2 and "There is no hoinghi server" in result.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServerProblem) as problem:
            pg_server.start(fresh_server_folder, port=port, listen="127.0.0.1")
        assert problem.value.code == "server_port_taken"
        result = hoinghi("server", "start", "--dir", str(fresh_server_folder), check=False)
        assert result.returncode == 2 and f"Port {port} is already used" in result.stderr
