"""Windows' file rules where Linux is lenient, emulated in a Linux process for the tests.

- `os.fsync` refuses a descriptor opened without write access (EBADF), as the C runtime's
  `_commit` does on Windows. Directories are let through: Windows has no directory handles to
  sync at all, so the only code that syncs one (store.backup._fsync_dir) is POSIX-only already.
- A file open in this process (through `open`/`io.open`/`os.open`) cannot be replaced, renamed or
  deleted: `os.replace`, `os.rename`, `os.remove`/`os.unlink` (and so `Path.replace`, `.rename`,
  `.unlink`, `shutil.move`) raise PermissionError(EACCES), as Windows does for a file opened without
  FILE_SHARE_DELETE, which is how Python, Excel and most programs open files.
- `os.rename` onto an existing file raises FileExistsError (Windows' rename never replaces).
- `hold_open_like_excel(path)` keeps a file open as Excel keeps a workbook: besides the above,
  opening it for writing raises PermissionError (Excel denies others write access).

Not visible here: handles held by C code (SQLite's own files, Qt's QFile, QPdfWriter), by other
processes, and Windows' path limits (MAX_PATH, reserved names such as CON or trailing dots).

Installed in the pytest process by tests/windows_rules.py, and in every Python child process the
tests start through sitecustomize.py beside this file (the fixture puts this folder on PYTHONPATH);
files held as by Excel when a child starts are named to it in HELD_ENV, and held there too.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import fcntl
import io
import os
import stat
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any

HELD_ENV = "HOINGHI_WINDOWS_HELD"   # files open "in Excel", one per line, for child processes
_Key = tuple[int, int]   # (st_dev, st_ino): one file, whatever name or link leads to it
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_TRUNC

_lock = threading.RLock()
_files: dict[int, tuple[weakref.ref, _Key]] = {}   # id(file object) -> (the object, its file)
_fds: dict[int, _Key] = {}                          # descriptor from os.open -> its file
_excel: dict[_Key, Any] = {}                        # files held as Excel holds a workbook
# The real functions, taken when this module is first imported (before anything is wrapped).
_originals: dict[str, Callable[..., Any]] = {
    "fsync": os.fsync, "open": os.open, "close": os.close, "replace": os.replace, "rename": os.rename,
    "remove": os.remove, "unlink": os.unlink, "io_open": io.open, "builtins_open": builtins.open}
_installed = False


def installed() -> bool:
    return _installed


def install() -> None:
    """Put the rules in place for the whole process (idempotent)."""
    global _installed
    if _installed:
        return
    _installed = True
    wrappers = {"fsync": fsync_as_on_windows, "open": _os_open, "close": _os_close, "replace": _replace,
                "rename": _rename, "remove": _remove, "unlink": _unlink}
    for name, wrapper in wrappers.items():
        original = _originals[name]
        for support in (os.supports_dir_fd, os.supports_fd, os.supports_follow_symlinks):
            if original in support:   # code that asks "does os.unlink take dir_fd?" gets the same answer
                support.add(wrapper)
        setattr(os, name, wrapper)
    io.open = builtins.open = _open


def uninstall() -> None:
    global _installed
    if not _installed:
        return
    _installed = False
    for name in ("fsync", "open", "close", "replace", "rename", "remove", "unlink"):
        setattr(os, name, _originals[name])
    io.open = _originals["io_open"]
    builtins.open = _originals["builtins_open"]
    with _lock:
        _files.clear()
        _fds.clear()


# --- os.fsync ---------------------------------------------------------------------------------

def fsync_as_on_windows(fd: Any) -> None:
    """os.fsync, refusing a descriptor without write access (EBADF) unless it is a directory's."""
    fileno = fd if isinstance(fd, int) else fd.fileno()
    read_only = fcntl.fcntl(fileno, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY
    if read_only and not stat.S_ISDIR(os.fstat(fileno).st_mode):
        raise OSError(errno.EBADF, "Bad file descriptor (on Windows, os.fsync needs a handle open for writing)")
    _originals["fsync"](fileno)


# --- which files are open -------------------------------------------------------------------

def _key_of_fd(fd: int) -> _Key | None:
    try:
        st = os.fstat(fd)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _key_of_path(path: Any, dir_fd: int | None = None) -> _Key | None:
    if isinstance(path, int):
        return _key_of_fd(path)
    try:
        st = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
    except (OSError, TypeError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _track_file(f: Any) -> None:
    try:
        key = _key_of_fd(f.fileno())
    except (OSError, ValueError, AttributeError):
        return
    if key is None:
        return
    with _lock:
        if len(_files) > 512:
            _prune()
        _files[id(f)] = (weakref.ref(f), key)


def _prune() -> None:
    for ident, (ref, _key) in list(_files.items()):
        f = ref()
        if f is None or f.closed:
            del _files[ident]
    for fd, key in list(_fds.items()):
        if _key_of_fd(fd) != key:   # closed some other way (os.fdopen, a C library), or reused
            del _fds[fd]


def open_keys() -> set[_Key]:
    """The files this process holds open (through Python), and those held as by Excel."""
    with _lock:
        _prune()
        return {key for _ref, key in _files.values()} | set(_fds.values()) | set(_excel)


def _refuse_if_open(path: Any, dir_fd: int | None = None) -> None:
    key = _key_of_path(path, dir_fd)
    if key is not None and key in open_keys():
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                            "another process", os.fsdecode(path) if not isinstance(path, int) else path)


def _refuse_writing_if_held(path: Any, dir_fd: int | None = None) -> None:
    key = _key_of_path(path, dir_fd)
    if key is not None and key in _excel:
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                            "another process", os.fsdecode(path) if not isinstance(path, int) else path)


# --- the wrapped functions ---------------------------------------------------------------------

def _open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
    if any(ch in mode for ch in "wax+"):
        _refuse_writing_if_held(file)
    f = _originals["builtins_open"](file, mode, *args, **kwargs)
    _track_file(f)
    return f


def _os_open(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
    if flags & _WRITE_FLAGS:
        _refuse_writing_if_held(path, dir_fd)
    fd = _originals["open"](path, flags, mode, dir_fd=dir_fd)
    key = _key_of_fd(fd)
    if key is not None:
        with _lock:
            _fds[fd] = key
    return fd


def _os_close(fd: int) -> None:
    with _lock:
        _fds.pop(fd, None)
    _originals["close"](fd)


def _replace(src: Any, dst: Any, *, src_dir_fd: int | None = None, dst_dir_fd: int | None = None) -> None:
    _refuse_if_open(src, src_dir_fd)
    _refuse_if_open(dst, dst_dir_fd)
    _originals["replace"](src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)


def _rename(src: Any, dst: Any, *, src_dir_fd: int | None = None, dst_dir_fd: int | None = None) -> None:
    _refuse_if_open(src, src_dir_fd)
    try:
        os.stat(dst, dir_fd=dst_dir_fd, follow_symlinks=False)
    except OSError:
        pass
    else:
        raise FileExistsError(errno.EEXIST, "Cannot create a file when that file already exists", os.fsdecode(dst))
    _originals["rename"](src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)


def _remove(path: Any, *, dir_fd: int | None = None) -> None:
    _refuse_if_open(path, dir_fd)
    _originals["remove"](path, dir_fd=dir_fd)


def _unlink(path: Any, *, dir_fd: int | None = None) -> None:
    _refuse_if_open(path, dir_fd)
    _originals["unlink"](path, dir_fd=dir_fd)


# --- a workbook open in Excel ----------------------------------------------------------------

@contextlib.contextmanager
def hold_open_like_excel(path: str | os.PathLike[str]) -> Iterator[None]:
    """Keep `path` open as Excel keeps a workbook: it cannot be replaced, renamed, deleted or opened
    for writing until the block ends (reading it, and copying it, still work)."""
    f = _originals["builtins_open"](path, "rb")
    key = _key_of_fd(f.fileno())
    assert key is not None, f"{path} is not a regular file"
    with _lock:
        _excel[key] = f
    try:
        yield
    finally:
        with _lock:
            _excel.pop(key, None)
        f.close()


def hold_for_process(paths: list[str]) -> None:
    """Hold each of `paths` as Excel would until the process ends (a child process started while
    the test holds them)."""
    for path in paths:
        hold = hold_open_like_excel(path)
        with contextlib.suppress(OSError):
            hold.__enter__()
            _held_for_process.append(hold)   # kept: a collected hold would let go of its file


_held_for_process: list[contextlib.AbstractContextManager] = []
