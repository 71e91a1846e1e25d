"""The server's programs that cannot be run (missing, not executable) give a sentence that says
which program and what to do, not an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.errors import ServerProblem
from desktop_app.messages import describe
from desktop_app.store import pg_server


def test_a_missing_program_says_which_and_to_install_again(tmp_path: Path):
    missing = tmp_path / "pginstall" / "bin" / "initdb"
    with pytest.raises(ServerProblem) as problem:
        pg_server._run([str(missing), "-D", str(tmp_path / "data")], owner=None)
    assert problem.value.code == "server_program_missing"
    text = describe(problem.value)
    assert str(missing) in text and "hoinghi[server]" in text


def test_a_program_that_may_not_be_run_says_so(tmp_path: Path):
    program = tmp_path / "pg_ctl"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o644)   # not executable, even for root
    with pytest.raises(ServerProblem) as problem:
        pg_server._run([str(program), "start"], owner=None)
    assert problem.value.code == "server_program_failed"
    text = describe(problem.value)
    assert str(program) in text and problem.value.details["detail"] in text


def test_start_with_the_programs_gone_is_the_same_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pg_server, "_programs", lambda _owner: tmp_path / "gone")
    monkeypatch.setattr(pg_server, "_service_user", lambda: None)
    with pytest.raises(ServerProblem) as problem:
        pg_server.start(tmp_path / "server", port=1)
    assert problem.value.code == "server_program_missing"
    assert not (tmp_path / "server" / "data").exists()   # nothing half-made left to block the next try
