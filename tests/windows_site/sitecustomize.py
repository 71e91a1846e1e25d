"""Windows' file rules in the Python processes the tests start (tests/windows_rules.py puts this
folder on PYTHONPATH and sets HOINGHI_WINDOWS_RULES=1 for them)."""

import os

if os.environ.get("HOINGHI_WINDOWS_RULES") == "1":
    import windows_emulation

    windows_emulation.install()
    windows_emulation.hold_for_process(os.environ.get(windows_emulation.HELD_ENV, "").splitlines())
