"""Risky places for a database: sync folders and network shares, by path and by the system's answer."""

from __future__ import annotations

import pytest

from desktop_app.domain.locations import (
    DROPBOX,
    GOOGLE_DRIVE,
    NETWORK,
    ONEDRIVE,
    RiskyPlace,
    parse_mountinfo_line,
    risky_place,
)


def _local(_root: str) -> int:
    return 3  # DRIVE_FIXED


@pytest.mark.parametrize(("path", "kind"), [
    (r"C:\Users\Nguyễn Văn A\OneDrive\Documents\hoinghi\hoi-nghi.sqlite", ONEDRIVE),
    (r"C:\Users\Nguyễn Văn A\OneDrive - Sở Nội vụ tỉnh Lạng Sơn\Tài liệu\a.sqlite", ONEDRIVE),
    (r"C:\Users\an\Dropbox\hoinghi\a.sqlite", DROPBOX),
    (r"C:\Users\an\Dropbox (Sở Nội vụ)\a.sqlite", DROPBOX),
    (r"G:\My Drive\hoinghi\a.sqlite", GOOGLE_DRIVE),
    (r"\\server\chung\hoinghi\a.sqlite", NETWORK),
    (r"\\?\UNC\server\chung\a.sqlite", NETWORK),
])
def test_windows_sync_folders_and_shares_are_risky(path: str, kind: str) -> None:
    place = risky_place(path, windows=True, drive_type=_local)
    assert place is not None and place.kind == kind


@pytest.mark.parametrize("path", [
    r"C:\Users\Nguyễn Văn A\hoinghi\hoi-nghi.sqlite",
    r"C:\Users\an\Documents\hoinghi\OneDriveNotes.sqlite",   # a file named so, not the folder
    r"\\?\C:\Users\an\hoinghi\a.sqlite",
    r"E:\hoinghi\a.sqlite",
])
def test_windows_local_folders_are_not_risky(path: str) -> None:
    assert risky_place(path, windows=True, drive_type=_local) is None


def test_a_mapped_network_drive_is_risky_by_its_drive_type() -> None:
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return 4  # DRIVE_REMOTE

    assert risky_place(r"Z:\hoinghi\a.sqlite", windows=True, drive_type=drive_type) == RiskyPlace(NETWORK, "Z:")
    assert asked == ["Z:\\"]


MOUNTS = [("/", "ext4"), ("/home", "ext4"), ("/mnt/chung", "cifs"), ("/srv/nfs", "nfs4"),
          ("/home/an/remote", "fuse.sshfs"), ("/home/an/rclone", "fuse.rclone"), ("/data", "fuse.fuse-overlayfs")]


@pytest.mark.parametrize(("path", "risky"), [
    ("/home/an/hoinghi/a.sqlite", False),
    ("/mnt/chung/hoinghi/a.sqlite", True),
    ("/srv/nfs/a.sqlite", True),
    ("/home/an/remote/a.sqlite", True),
    ("/home/an/rclone/a.sqlite", True),
    ("/home/an/remotely/a.sqlite", False),     # a neighbour of the mount, not inside it
    ("/data/a.sqlite", False),                 # a local FUSE file system (rootless containers)
])
def test_linux_network_mounts_are_risky_by_file_system(path: str, risky: bool) -> None:
    place = risky_place(path, windows=False, mounts=MOUNTS)
    assert (place is not None and place.kind == NETWORK) is risky


def test_linux_sync_folders_are_risky_whatever_the_mount() -> None:
    assert risky_place("/home/an/Dropbox/a.sqlite", windows=False, mounts=MOUNTS).kind == DROPBOX


def test_mountinfo_lines_with_spaces_in_the_mount_point() -> None:
    line = r"36 35 98:0 / /mnt/chung\040cua\040so rw,relatime shared:1 - cifs //server/chung rw"
    assert parse_mountinfo_line(line) == ("/mnt/chung cua so", "cifs")
    assert parse_mountinfo_line("garbage") is None


def test_this_machines_own_mount_table_is_read() -> None:
    """The default reads /proc/self/mountinfo: the test folder is on a local disk here."""
    assert risky_place("/proc/self", windows=False) is None
