"""Protocol order: who is listed first inside a section.

The rank is stored per attendee and editable; this only proposes one from the position text."""

from __future__ import annotations

from desktop_app.domain.text import fold

RANK_CHAIR = 1            # the leader chairing the conference
RANK_LEADER = 10          # heads of units: Giám đốc Sở, Chủ tịch UBND huyện, Tổng Biên tập
RANK_DEPUTY = 20          # their deputies
RANK_SUBUNIT_HEAD = 30    # heads inside a unit: Chánh Văn phòng, Trưởng phòng
RANK_SUBUNIT_DEPUTY = 35
RANK_STAFF = 40           # Chuyên viên, Phóng viên, Cán bộ
RANK_DEFAULT = 100        # nothing known

_SUBUNIT_HEADS = ("truong phong", "chanh van phong", "chanh thanh tra", "giam doc trung tam",
                  "truong co quan thuong tru", "truong ban bien tap", "truong tram")
_UNIT_HEADS = ("chu tich", "giam doc", "truong ban", "tong bien tap", "cuc truong", "vu truong",
               "chi huy truong", "bi thu", "chanh an", "vien truong", "tong giam doc", "truong")
_CHAIRS = ("uy vien ban thuong vu", "chu tich ubnd tinh", "bi thu tinh uy", "pho chu tich thuong truc ubnd tinh")

# Folded phrases; the first that the position starts with decides, so the specific ("pho truong
# phong") comes before the general ("pho", "truong").
_RULES: tuple[tuple[str, int], ...] = (
    *((p, RANK_CHAIR) for p in _CHAIRS),
    *(("pho " + p, RANK_SUBUNIT_DEPUTY) for p in _SUBUNIT_HEADS),
    *((p, RANK_SUBUNIT_HEAD) for p in _SUBUNIT_HEADS),
    ("pho ", RANK_DEPUTY),
    *((p, RANK_LEADER) for p in _UNIT_HEADS),
)


def suggest_protocol_rank(position: str) -> int:
    """A rank proposed from the position: leaders before deputies before staff."""
    p = fold(position)
    if not p:
        return RANK_DEFAULT
    for phrase, rank in _RULES:
        if p.startswith(phrase):
            return rank
    return RANK_STAFF
