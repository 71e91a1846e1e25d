"""`hoinghi --smoke-test`, the check packaging/build.py runs on the built program, run here on the
source tree: it passes on a working program and fails, in one line, on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped resources with freshly compiled catalogues (pytest may run without `make translations`)."""
    folder = tmp_path_factory.mktemp("resources")
    for name in ("catalogs", "encodings", "icons", "fonts"):
        (folder / name).symlink_to(ROOT / "resources" / name)
    (folder / "translations").mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / "translations" / f"{ts.stem}.qm")],
                       check=True)
    return folder


def smoke(resources: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess, str]:
    report = tmp_path / "report.txt"
    env = {**os.environ, "HOINGHI_RESOURCES": str(resources), "HOINGHI_SMOKE_REPORT": str(report),
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--smoke-test"], capture_output=True, text=True,
                            env=env, timeout=150, check=False)
    return result, report.read_text(encoding="utf-8") if report.exists() else ""


def test_the_smoke_test_passes_and_says_what_it_checked(resources, tmp_path):
    result, report = smoke(resources, tmp_path)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("hoinghi smoke test passed")
    for checked in ("Vietnamese catalogues", "5 views rendered", "1 check-in", "ky_ten.xlsx", "ky_ten.pdf"):
        assert checked in line
    assert report == line + "\n"  # for build.py, where a windowed program may have no stdout
    assert result.stderr == ""


def test_a_bundle_without_its_catalogues_fails_in_one_line(resources, tmp_path):
    broken = tmp_path / "resources"
    broken.mkdir()
    for name in ("catalogs", "encodings", "icons", "fonts"):
        (broken / name).symlink_to(resources / name)
    result, report = smoke(broken, tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("hoinghi smoke test FAILED at the application: the Vietnamese catalogues did not load")
    assert report == line + "\n"
