"""Paper on a machine with no fonts at all: the shipped Liberation Serif writes every printout
(without it Qt wrote a PDF of empty grid lines, silently)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.resources import resource_path
from desktop_app.printing.fonts import BUNDLED_FILES

pytestmark = pytest.mark.needs("pdftotext", "pdffonts")

_EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_the_fonts_and_their_licence_are_shipped():
    for name in BUNDLED_FILES:
        assert resource_path("fonts", name).stat().st_size > 100_000
    assert "SIL OPEN FONT LICENSE Version 1.1" in resource_path("fonts", "LICENSE-OFL.txt").read_text("utf-8")
    spec = (Path(__file__).parents[2] / "packaging" / "hoinghi.spec").read_text("utf-8")
    assert '"resources" / "fonts"' in spec


def test_a_pdf_made_without_any_installed_font_has_its_vietnamese_text_embedded(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(_EMPTY_FONTCONFIG.format(cache=tmp_path / "cache"), "utf-8")
    # QT_QPA_FONTDIR: where Qt's offscreen platform on Windows looks for fonts (and only there),
    # as `hoinghi-cli export … .pdf` and the smoke test run: empty too (issue 16 item 4).
    (tmp_path / "no-fonts").mkdir()
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOINGHI_DESK": "Bàn 1",
           "QT_QPA_FONTDIR": str(tmp_path / "no-fonts")}
    env.pop("FONTCONFIG_PATH", None)
    db, pdf = tmp_path / "demo.sqlite", tmp_path / "ky_ten.pdf"

    def run(*args: str) -> None:
        result = subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                                env=env, timeout=120, check=False)
        assert result.returncode == 0, result.stderr

    # No font at all, for certain: fontconfig itself lists none with this configuration.
    if shutil.which("fc-list"):
        listed = subprocess.run(["fc-list"], capture_output=True, text=True, env=env, check=False).stdout
        assert listed.strip() == ""
    run("demo", str(db))
    run("export", "--db", str(db), "--conference", "1", "--out", str(pdf), "--orientation", "landscape",
        "--with-phone")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    serif = [line for line in fonts.splitlines() if "LiberationSerif" in line]
    assert serif and all(" yes " in line for line in serif)          # embedded
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for line in ("UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Dương Xuân Huyên",
                 "XÁC NHẬN CỦA BAN TỔ CHỨC"):
        assert line in text
    run("--smoke-test")   # it writes a PDF and requires an embedded font in it
