"""Default sections of a conference and Roman numerals for their headings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.kinds import UnitKind

# The district level was abolished on 1/7/2025: from then on the third section holds communes.
DISTRICT_LEVEL_ABOLISHED = date(2025, 7, 1)


@dataclass(frozen=True)
class SectionTemplate:
    title: str            # without the numeral: "CÁC SỞ, BAN, NGÀNH"
    kinds: tuple[UnitKind, ...]


def default_sections(on: date) -> list[SectionTemplate]:
    """The usual sections of a provincial conference held on `on`."""
    local = (
        SectionTemplate("UBND CÁC XÃ, PHƯỜNG", (UnitKind.COMMUNE, UnitKind.DISTRICT))
        if on >= DISTRICT_LEVEL_ABOLISHED
        else SectionTemplate("UBND CÁC HUYỆN, THÀNH PHỐ", (UnitKind.DISTRICT, UnitKind.COMMUNE))
    )
    return [
        SectionTemplate("LÃNH ĐẠO UBND TỈNH", (UnitKind.CENTRAL, UnitKind.LEADERSHIP)),
        SectionTemplate("CÁC SỞ, BAN, NGÀNH", (UnitKind.DEPARTMENT, UnitKind.BRANCH, UnitKind.PARTY)),
        local,
        SectionTemplate("CÁC CƠ QUAN BÁO CHÍ", (UnitKind.PRESS,)),
        SectionTemplate("CÁC DOANH NGHIỆP", (UnitKind.ENTERPRISE, UnitKind.OTHER)),
    ]


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    """1 → "I", 4 → "IV", 14 → "XIV"."""
    if n <= 0:
        raise ValueError(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def numbered_title(position: int, title: str) -> str:
    """ "II. CÁC SỞ, BAN, NGÀNH" from position 2 and the bare title."""
    return f"{roman(position)}. {title}"


def section_for_kind(kind: UnitKind | None, sections: list[tuple[int, tuple[UnitKind, ...]]]) -> int | None:
    """The id of the first section (id, kinds) that takes units of `kind`, or None."""
    if kind is None:
        return None
    for section_id, kinds in sections:
        if kind in kinds:
            return section_id
    return None
