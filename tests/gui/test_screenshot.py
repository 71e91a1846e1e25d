"""`hoinghi screenshot` renders a view offscreen and never writes to the database it shows."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from desktop_app.store.stats import present_count


def test_screenshot_of_the_desk_after_a_check_in(tmp_path, db, db_path, demo):
    out = tmp_path / "shots" / "desk.png"
    before = present_count(db, demo.id)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "screenshot", "--db", str(db_path), "--view", "desk", "--lang", "en",
         "--type", "dang thi hoa", "--enter", "--size", "1280x720", "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert present_count(db, demo.id) == before  # the check-in happened on a copy


def test_a_bad_size_is_one_sentence(tmp_path, db_path, demo):
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "screenshot", "--db", str(db_path), "--view", "desk",
         "--size", "big", "--out", str(tmp_path / "x.png")], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "1366x768" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_database_is_one_sentence(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "screenshot", "--db", str(tmp_path / "none.sqlite"), "--view", "desk",
         "--lang", "en", "--out", str(tmp_path / "x.png")], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "There is no database" in result.stderr


def test_screenshot_of_the_first_start_needs_no_database(tmp_path):
    out, home = tmp_path / "welcome.png", tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "screenshot", "--view", "welcome", "--lang", "en", "--size", "1024x640",
         "--out", str(out)], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "HOME": str(home)})
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    assert not (home / "Documents").exists()  # looking creates nothing in the user's Documents
