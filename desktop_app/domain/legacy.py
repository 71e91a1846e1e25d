"""Legacy 8-bit Vietnamese encodings (TCVN3/ABC and VNI-Windows) found in old spreadsheets.

The bytes of such text reach us as Latin-1 characters, one per byte ("NguyÔn V¨n §øc" is TCVN3,
"Nguyeãn Vaên Ñöùc" is VNI). The tables are data in resources/encodings/. Detection looks at the
cell's font first (".VnTime" = TCVN3, ".VnTimeH" = TCVN3 all-capitals, "VNI-Times" = VNI) and
otherwise at which decoding gives the most plausible Vietnamese.
"""

from __future__ import annotations

import enum
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from desktop_app.domain.resources import resource_path


class Encoding(enum.StrEnum):
    UNICODE = "unicode"
    TCVN3 = "tcvn3"
    TCVN3_CAPS = "tcvn3_caps"  # an ".VnTimeH"-style font: stored lower case, shown capitals
    VNI = "vni"

    @property
    def family(self) -> Encoding:
        return Encoding.TCVN3 if self is Encoding.TCVN3_CAPS else self


@dataclass(frozen=True)
class _Tables:
    tcvn3: dict[str, str]      # Latin-1 character -> Vietnamese letter
    vni: dict[str, str]        # one or two Latin-1 characters -> Vietnamese letter
    tcvn3_encode: dict[str, str]
    vni_encode: dict[str, str]


@cache
def _tables() -> _Tables:
    with open(resource_path("encodings", "legacy_vietnamese_encodings.json"), encoding="utf-8") as f:
        data = json.load(f)
    tcvn3 = {chr(int(code, 16)): letter for code, letter in data["tcvn3"]["map"].items()}
    vni_encode = dict(data["vni"]["map"])
    vni = {form: letter for letter, form in vni_encode.items()}
    tcvn3_encode = {letter: byte for byte, letter in tcvn3.items()}
    return _Tables(tcvn3=tcvn3, vni=vni, tcvn3_encode=tcvn3_encode, vni_encode=vni_encode)


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 text (as Latin-1 characters) to Unicode NFC. `capitals` for ".VnTimeH" fonts."""
    table = _tables().tcvn3
    out = "".join(table.get(ch, ch) for ch in text)
    if capitals:
        out = out.upper()
    return unicodedata.normalize("NFC", out)


def decode_vni(text: str) -> str:
    """VNI-Windows text (as Latin-1 characters) to Unicode NFC, longest match first."""
    table = _tables().vni
    out, i = [], 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            i += 2
            continue
        out.append(table.get(text[i], text[i]))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def decode(text: str, encoding: Encoding | str) -> str:
    """Decode `text` from `encoding`; Unicode text is returned as it is."""
    encoding = Encoding(encoding)
    if encoding is Encoding.TCVN3:
        return decode_tcvn3(text)
    if encoding is Encoding.TCVN3_CAPS:
        return decode_tcvn3(text, capitals=True)
    if encoding is Encoding.VNI:
        return decode_vni(text)
    return text


def encode_tcvn3(text: str) -> str:
    """Unicode to TCVN3 (Latin-1 characters). Capital toned letters do not exist in TCVN3:
    they are written lower case, as an all-capitals ".VnTimeH" font would store them."""
    table = _tables().tcvn3_encode
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ch.lower() in table:
            out.append(table[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def encode_vni(text: str) -> str:
    """Unicode to VNI-Windows (Latin-1 characters)."""
    table = _tables().vni_encode
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def encoding_from_font(font_name: str | None) -> Encoding | None:
    """The encoding a legacy font implies, or None for an ordinary (Unicode) font."""
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        return Encoding.TCVN3_CAPS if name.endswith("h") else Encoding.TCVN3
    if name.startswith("vni-") or name.startswith("vni "):
        return Encoding.VNI
    return None


@cache
def _vietnamese_repertoire() -> frozenset[str]:
    letters = set(_tables().tcvn3.values()) | set(_tables().vni_encode)
    return frozenset(letters | {ch.upper() for ch in letters})


def _is_vietnamese_letter(ch: str) -> bool:
    return (ch.isascii() and ch.isalpha()) or ch in _vietnamese_repertoire()


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _plausibility(text: str) -> float:
    """How much a text looks like Vietnamese: Vietnamese letters score, leftover Latin-1 symbols
    and syllables with two tones cost."""
    score = 0.0
    for word in text.split():
        tones = sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONE_MARKS)
        if tones > 1:
            score -= 5
        for ch in word:
            if ch.isascii():
                continue
            if _is_vietnamese_letter(ch):
                score += 1
            else:
                score -= 10
    return score


def looks_vietnamese_unicode(text: str) -> bool:
    """True when the text already holds letters only Unicode Vietnamese has (ơ, ư, ạ, …)."""
    return any(
        ch in "ăĂđĐơƠưƯĩĨũŨ" or "\u1ea0" <= ch <= "\u1ef9" for ch in unicodedata.normalize("NFC", text)
    )


def detect_encoding(texts: Iterable[str], fonts: Iterable[str | None] = ()) -> Encoding:
    """Guess the encoding of a column: its fonts first, then the characters."""
    for font in fonts:
        enc = encoding_from_font(font)
        if enc is not None:
            return enc
    sample = [t for t in texts if t and not t.isascii()]
    if not sample or any(looks_vietnamese_unicode(t) for t in sample):
        return Encoding.UNICODE
    joined = " ".join(sample)
    scores = {Encoding.UNICODE: _plausibility(joined)}
    # A decoding is only a candidate when its tell-tale characters are there: TCVN3 text is full of
    # symbols (§ ® ¬ µ ¸ …) that no Western name has; VNI text has letter+mark byte pairs.
    if any(ch in _tcvn3_symbols() for ch in joined):
        scores[Encoding.TCVN3] = _plausibility(decode_tcvn3(joined))
    if any(joined[i : i + 2] in _tables().vni for i in range(len(joined) - 1)):
        scores[Encoding.VNI] = _plausibility(decode_vni(joined))
    best = max(scores, key=lambda e: scores[e])
    # Leave text alone unless a decoding is clearly better.
    if best is not Encoding.UNICODE and scores[best] <= scores[Encoding.UNICODE]:
        return Encoding.UNICODE
    return best


@cache
def _tcvn3_symbols() -> frozenset[str]:
    """TCVN3 code points that are symbols, not letters, in Latin-1."""
    return frozenset(ch for ch in _tables().tcvn3 if not ch.isalpha())
