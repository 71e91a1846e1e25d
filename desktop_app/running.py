"""The named mutex that says "hoinghi is running" on Windows, so that the installer and the
uninstaller (packaging/hoinghi.iss, AppMutex) wait for every running copy to close instead of
replacing its files under it. Created at start by both executables; elsewhere nothing happens.

Two names: the session's own and the Global\\ one, so that an installer started in another
session (another user, Remote Desktop) sees the program too, as Inno Setup's documentation advises."""

from __future__ import annotations

import sys
from typing import Any

MUTEX_NAME = "hoinghi-6E0C9F8B-running"   # packaging/hoinghi.iss: AppMutex (tests/unit/test_packaging.py)
MUTEX_NAMES = (MUTEX_NAME, f"Global\\{MUTEX_NAME}")

_held: list[int] = []  # the handles, kept open until the process ends (Windows then closes them)


def hold_running_mutex(kernel32: Any = None) -> list[int]:
    """Create the mutexes (Windows only; `kernel32` stands in for ctypes.windll.kernel32 in tests).
    Returns the handles held by this process; a name that cannot be created is skipped: the
    program runs on, and only the installer's check is weaker."""
    if kernel32 is None:
        if sys.platform != "win32":
            return []
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateMutexW.argtypes = (ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR)
        kernel32.CreateMutexW.restype = wintypes.HANDLE
    if _held:
        return list(_held)
    for name in MUTEX_NAMES:
        handle = kernel32.CreateMutexW(None, False, name)  # not owned: only its existence matters
        if handle:
            _held.append(int(handle))
    return list(_held)
