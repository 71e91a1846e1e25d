"""Which files a set of invitations goes into: all in one, one per person, or one per unit."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.invitation import Invitation, by_unit, file_stem


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
