"""Programs some tests run (poppler's pdftotext/pdftoppm/pdfinfo, chattr): without them a test is
skipped on a developer's machine but fails in CI (the CI variable set), where a missing program
means the machine was set up wrong (.ci/run installs them), not that the test may pass unseen."""

from __future__ import annotations

import os
import shutil

import pytest

PACKAGES = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "pdfinfo": "poppler-utils",
            "pdffonts": "poppler-utils", "soffice": "libreoffice-calc-nogui libreoffice-writer-nogui",
            "chattr": "e2fsprogs", "pgbouncer": "pgbouncer"}


def have(*programs: str) -> bool:
    """True when every program is on PATH; otherwise False, or the test fails in CI."""
    missing = [p for p in programs if shutil.which(p) is None]
    if missing and os.environ.get("CI"):
        packages = sorted({PACKAGES.get(p, p) for p in missing})
        pytest.fail(f"{', '.join(missing)} not installed, and CI must run this test: install "
                    f"{', '.join(packages)} (see .ci/run)", pytrace=False)
    return not missing


def require(*programs: str) -> None:
    """Skip the test without these programs (fail in CI)."""
    if not have(*programs):
        pytest.skip(f"{', '.join(programs)} not installed")
