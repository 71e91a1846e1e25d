"""`hoinghi import` of an invite list sent back as tables in a Word document."""

from __future__ import annotations

import json
from pathlib import Path

import commands

DATA = Path(__file__).parents[1] / "data"


def test_import_reads_the_tables_of_a_word_document(user_folder_factory):
    db = str(user_folder_factory("cli_word") / "hn.sqlite")
    commands.hoinghi("conference", "add", "--db", db, "--title", "Hội nghị sơ kết", "--start", "2022-12-20T08:00",
                     "--place", "Lạng Sơn")
    sample = str(DATA / "invite_list_tcvn3_word.docx")
    dry = json.loads(commands.hoinghi("import", "--db", db, "--conference", "1", sample, "--dry-run",
                                      "--json").stdout)
    assert dry["dry_run"] and dry["imported"] == 0 and dry["encoding"] == "tcvn3"
    report = json.loads(commands.hoinghi("import", "--db", db, "--conference", "1", sample, "--json").stdout)
    assert report["imported"] == 20 and report["skipped"] == []
    listed = commands.hoinghi("search", "--db", db, "--conference", "1", "Nguyen Quoc Mai").stdout
    assert "Nguyễn Quốc Mai" in listed
