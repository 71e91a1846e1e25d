"""Running `hoinghi` as a person does: a fresh interpreter, a known desk name, no database or
debug setting inherited from the environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any


def hoinghi(*args: str | bytes, check: bool = True, text: bool = True) -> subprocess.CompletedProcess:
    """`python -m desktop_app ARGS`; with `check`, a non-zero exit fails the test with its stderr."""
    env = {**os.environ, "HOINGHI_DESK": "Bàn 1"}
    env.pop("HOINGHI_DB", None)
    env.pop("HOINGHI_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=text, env=env,
                            timeout=120, check=False)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def as_json(*args: str) -> Any:
    return json.loads(hoinghi(*args, "--json").stdout)
