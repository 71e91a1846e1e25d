"""`hoinghi export` and `hoinghi backup` over a file open in Excel (tests/windows_rules.py): one
sentence, exit 2, the old file as it was and nothing half-written beside it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import commands
import pytest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(tmp_path) -> str:
    path = tmp_path / "hội nghị #1.sqlite"
    commands.hoinghi("demo", str(path))
    return str(path)


@pytest.mark.parametrize("command, name", [
    (("export", "--conference", "1"), "ký tên.xlsx"),
    (("export", "--conference", "1"), "ký tên.pdf"),
    (("backup",), "bản sao.sqlite"),
], ids=["export-xlsx", "export-pdf", "backup"])
def test_writing_over_a_file_open_in_excel_says_so_and_changes_nothing(demo_db, tmp_path, held_open_in_excel,
                                                                        command, name):
    target = tmp_path / name
    commands.hoinghi(*command, "--db", demo_db, "--out", str(target))
    before, neighbours = digest(target), sorted(tmp_path.iterdir())
    with held_open_in_excel(target):
        result = commands.hoinghi(*command, "--db", demo_db, "--out", str(target), check=False)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "another program has the file open" in result.stderr
    assert digest(target) == before
    assert sorted(tmp_path.iterdir()) == neighbours   # no partial file left behind
