"""Which files a set of invitations goes into: all in one, one per person, or one per unit."""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.bundles import write_bundle
from desktop_app.domain.invitation import Invitation, by_unit, file_stem
from desktop_app.domain.progress import Monitor


class Split(enum.StrEnum):
    NONE = "none"          # all in one file
    PERSON = "person"      # a file per page (a person, or a unit invited without names)
    UNIT = "unit"          # a file per unit: its people and its own page


@dataclass(frozen=True)
class InvitationResult:
    path: Path
    pages: int
    files: int             # 1, or how many went into the folder or .zip
    people: int            # pages with a person's code


def split_pages(pages: Sequence[Invitation], split: Split, suffix: str) -> list[tuple[str, list[Invitation]]]:
    """(file name, its pages) for each file to write; suffix ".pdf" or ".docx"."""
    if split is Split.PERSON:
        return [(f"{p.file_stem}{suffix}", [p]) for p in pages]
    groups = by_unit(pages)
    width = len(str(len(groups)))
    return [(f"{i:0{width}d}-{file_stem(unit) if unit else 'khong-don-vi'}{suffix}", group)
            for i, (unit, group) in enumerate(groups, start=1)]


def write_split(pages: Sequence[Invitation], split: Split, suffix: str, out: str | os.PathLike[str],
                write: Callable[[list[Invitation], Path], object], monitor: Monitor) -> int:
    """Write one file per person or per unit (`write(pages, path)` each) into the folder or .zip
    `out`, whole or not at all (domain/bundles.py); the number of files written."""
    parts = split_pages(pages, split, suffix)
    monitor.stage("writing", len(parts))
    done = [0]

    def writer(group: list[Invitation]) -> Callable[[Path], None]:
        def write_one(path: Path) -> None:
            write(group, path)
            done[0] += 1
            monitor.at(done[0])
        return write_one

    names = write_bundle([(name, writer(group)) for name, group in parts], out)
    monitor.finish()
    return len(names)
