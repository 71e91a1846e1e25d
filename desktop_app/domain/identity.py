"""Who is the same person: the one definition used by the import, `attendee add` and the forms.

Two entries are the same person only when their names agree with the accents kept (NFC, case and
spaces normalised) and their units agree, and nothing contradicts it: a different phone, e-mail or
position. "Hoàng Hữu Anh", "Hoàng Hữu Ánh" and "Hoàng Hữu Ảnh" are three names; two "Nguyễn Văn
An" of one People's Committee with different phones are two people (a handful of family names
cover most of the population, so namesakes in one unit are normal).

    compare(identity_of(a), identity_of(b))   # SAME_PERSON, POSSIBLE_DUPLICATE, SIMILAR_NAME or None
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from desktop_app.domain.text import clean, fold


class Likeness(StrEnum):
    SAME_PERSON = "same_person"                 # same name and unit, nothing contradicts: one person
    POSSIBLE_DUPLICATE = "possible_duplicate"   # same name and unit, but a different phone, e-mail or position
    SIMILAR_NAME = "similar_name"               # same unit, names differ only by accents: never merged


_TONES = "\u0300\u0301\u0303\u0309\u0323"   # huyền, sắc, ngã, hỏi, nặng
# Endings where the old and the new style put the tone on different letters ("hòa"/"hoà",
# "khỏe"/"khoẻ", "thủy"/"thuỷ"): the same name either way, so the key puts it on the last letter.
_MOVABLE_TONE = re.compile(r"(?:oa|oe|uy)$")


@lru_cache(maxsize=65536)
def name_key(full_name: str) -> str:
    """The form of a name that says whether two names are equal: NFC, case and spaces normalised,
    accents kept; only the placement of the tone on "oa", "oe", "uy" is made one."""
    return " ".join(_tone_placed(word) for word in clean(full_name).casefold().split(" ") if word)


def _tone_placed(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) != 1:
        return word
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    if not _MOVABLE_TONE.search(bare):
        return word
    return unicodedata.normalize("NFC", bare + tones[0])


_NOT_DIGIT = re.compile(r"\D")


def phone_key(phone: str) -> str:
    """Digits only, "+84 912…" as "0912…"."""
    digits = _NOT_DIGIT.sub("", phone or "")
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits


@dataclass(frozen=True)
class Identity:
    """What "same person" looks at, each part in its comparable form."""

    name: str           # name_key
    folded_name: str    # fold(): accents dropped, for "similar names" only
    unit_id: int | None
    unit: str           # fold() of the unit as written
    phone: str
    email: str
    position: str


def identity_of(full_name: str, unit_id: int | None, unit_name: str, *, phone: str = "", email: str = "",
                position: str = "") -> Identity:
    return Identity(name=name_key(full_name), folded_name=fold(full_name), unit_id=unit_id, unit=fold(unit_name),
                    phone=phone_key(phone), email=clean(email).casefold(), position=fold(position))


def same_unit(a: Identity, b: Identity) -> bool:
    """The same catalog unit, or the same unit as written ("Sở Tư pháp" and "SỞ TƯ PHÁP")."""
    return (a.unit_id is not None and a.unit_id == b.unit_id) or a.unit == b.unit


def contradictions(a: Identity, b: Identity) -> tuple[str, ...]:
    """The fields both give and that differ: "phone", "email", "position". A field one of them
    leaves empty contradicts nothing."""
    return tuple(f for f in ("phone", "email", "position")
                 if getattr(a, f) and getattr(b, f) and getattr(a, f) != getattr(b, f))


def compare(a: Identity, b: Identity) -> Likeness | None:
    """How alike two entries are; None when they are simply two people."""
    if a.folded_name != b.folded_name or not same_unit(a, b):
        return None
    if a.name != b.name:
        return Likeness.SIMILAR_NAME
    return Likeness.POSSIBLE_DUPLICATE if contradictions(a, b) else Likeness.SAME_PERSON


@dataclass(frozen=True)
class Namesake:
    """Someone on the list who is, or may be, the same person as another entry."""

    attendee_id: int
    full_name: str
    position: str
    unit_name: str
    phone: str
    likeness: Likeness
    differs: tuple[str, ...] = ()    # "phone", "email", "position": what tells them apart
