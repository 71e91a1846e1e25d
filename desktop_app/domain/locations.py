"""Whether a database file lives where SQLite is at risk: in a folder a sync client uploads
(OneDrive, Dropbox, Google Drive) or on a network share. Such places break SQLite's locks and
make conflicting copies; the window says so and offers to move the file (ui/location_banner.py).

Detected by the path's shape (a "OneDrive - …" folder, a UNC path) and by the system: on Windows
the drive's type (GetDriveTypeW: a mapped network drive), on Linux the file system of the mount
(nfs, cifs, smb3, fuse.*: sshfs, rclone, gvfs)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

ONEDRIVE, DROPBOX, GOOGLE_DRIVE, NETWORK = "onedrive", "dropbox", "google_drive", "network"

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
NETWORK_FILE_SYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
                                  "glusterfs", "davfs"})
# FUSE file systems that are local disks, not a network or a cloud: not risky.
LOCAL_FUSE = frozenset({"fuse.fuse-overlayfs", "fuse.lxcfs", "fuse.ntfs-3g", "fuse.exfat", "fuse.portal"})


@dataclass(frozen=True)
class RiskyPlace:
    """`kind` is ONEDRIVE, DROPBOX, GOOGLE_DRIVE or NETWORK; `where` the folder or share that
    makes it so (a sync folder, a UNC share, a drive letter, a mount point and its file system)."""

    kind: str
    where: str


def risky_place(path: str | os.PathLike[str], *, windows: bool | None = None,
                drive_type: Callable[[str], int] | None = None,
                mounts: Iterable[tuple[str, str]] | None = None) -> RiskyPlace | None:
    """The reason `path` is a risky place for a database, or None for a local disk.

    `windows` reads the path by Windows' rules (default: on Windows); `drive_type(root)` answers as
    GetDriveTypeW does; `mounts` is (mount point, file system) pairs (default: /proc/self/mountinfo)."""
    if isinstance(path, ServerAddress):
        return None   # a server keeps its own files
    windows = sys.platform == "win32" if windows is None else windows
    text = os.fspath(path)
    pure: PurePath = PureWindowsPath(text) if windows else PurePosixPath(text)
    synced = _sync_folder(pure)
    if synced is not None:
        return synced
    if windows:
        return _windows_network(pure, drive_type or _get_drive_type)
    return _mounted_network(text, _mount_table() if mounts is None else mounts)


def _sync_folder(path: PurePath) -> RiskyPlace | None:
    for index, part in enumerate(path.parts):
        name = part.casefold()
        where = str(type(path)(*path.parts[: index + 1]))
        if name == "onedrive" or name.startswith(("onedrive - ", "onedrive-")):
            return RiskyPlace(ONEDRIVE, where)
        if name == "dropbox" or name.startswith("dropbox ("):
            return RiskyPlace(DROPBOX, where)
        if name in ("google drive", "googledrive", "my drive", "drive của tôi") or name.startswith("googledrive-"):
            return RiskyPlace(GOOGLE_DRIVE, where)
    return None


def _windows_network(path: PureWindowsPath, drive_type: Callable[[str], int]) -> RiskyPlace | None:
    drive = path.drive
    if drive.startswith("\\\\"):  # \\server\share (and \\?\UNC\server\share)
        if drive.startswith("\\\\?\\") and not drive.upper().startswith("\\\\?\\UNC"):
            return _windows_network(PureWindowsPath(str(path)[4:]), drive_type)  # \\?\C:\… is local
        return RiskyPlace(NETWORK, drive)
    if len(drive) == 2 and drive[1] == ":":
        try:
            if drive_type(drive + "\\") == DRIVE_REMOTE:
                return RiskyPlace(NETWORK, drive)
        except OSError:
            return None
    return None


def _get_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _mounted_network(text: str, mounts: Iterable[tuple[str, str]]) -> RiskyPlace | None:
    real = os.path.realpath(text)
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    if best is None:
        return None
    point, fstype = best
    if fstype in NETWORK_FILE_SYSTEMS or (fstype.startswith("fuse.") and fstype not in LOCAL_FUSE):
        return RiskyPlace(NETWORK, f"{point} ({fstype})")
    return None


def _mount_table() -> list[tuple[str, str]]:
    """(mount point, file system type) of this process's mounts; empty where there is no /proc."""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [entry for entry in map(parse_mountinfo_line, lines) if entry is not None]


def parse_mountinfo_line(line: str) -> tuple[str, str] | None:
    """"36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw" -> ("/mnt2", "ext3")."""
    left, sep, right = line.partition(" - ")
    fields, after = left.split(), right.split()
    if not sep or len(fields) < 5 or not after:
        return None
    point = fields[4]
    for escaped, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        point = point.replace(escaped, char)
    return point, after[0]


SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_address(location: object) -> bool:
    """Whether a database location names a server (a postgresql:// address) rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


def without_password(address: str) -> str:
    """A server's address to show and to log: its password left out."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(address)
    if parts.password is None:
        return address
    user, host = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=f"{user.split(':', 1)[0]}@{host}"))


def password_of(address: str) -> str | None:
    """The password written in a server's address, if any."""
    from urllib.parse import unquote, urlsplit

    password = urlsplit(address).password
    return unquote(password) if password is not None else None


def with_password(address: str, password: str) -> str:
    """`address` with `password` in it (in place of any it had)."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(without_password(address))
    user, at, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}" if at else parts.netloc))


class ServerAddress(str):
    """A database on a server (`postgresql://USER:PASSWORD@HOST:PORT/DBNAME`) where the window
    would hold a file's path: it answers the few questions asked of a path (a name to show, a
    folder for file dialogs) and is never read as a file."""

    @property
    def name(self) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(self)
        return f"{parts.path.strip('/') or 'hoinghi'} @ {parts.hostname or '?'}:{parts.port or 5432}"

    @property
    def stem(self) -> str:
        return self.name

    @property
    def parent(self) -> Path:   # file dialogs start in the user's own folder
        return Path.home()

    def resolve(self) -> ServerAddress:
        return self

    def exists(self) -> bool:
        return True

    def shown(self) -> str:
        return without_password(self)


def server_name(address: str) -> str:
    """host:port/database of a server's address, for the status bar (no user, no password)."""
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    host = parts.hostname or "?"
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{parts.port or 5432}/{parts.path.strip('/') or 'hoinghi'}"


def database_location(location: str | os.PathLike[str]) -> Path | ServerAddress:
    """A database's location as the window keeps it: a server's address, or a file's path."""
    if isinstance(location, ServerAddress):
        return location
    text = os.fspath(location)
    if is_server_address(text):
        return ServerAddress(text)
    return Path(text)


def shown_location(location: str | os.PathLike[str]) -> str:
    """A database's location to show a person: a file's path, a server's address without its password."""
    place = database_location(location)
    return place.shown() if isinstance(place, ServerAddress) else str(place)
