"""Vietnamese text: cleaning, search folding, name sort keys and typing-artefact checks.

Every path that takes text from a person or a file (typing, paste, import, search box) goes
through `clean`; search uses `fold`; stored name order uses `name_sort_key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Look-alikes of Đ/đ that arrive from other keyboards and fonts (Icelandic Eth, African D).
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u0189": "Đ", "\u0256": "đ"})

# Invisible characters that only ever get in the way: zero-width space/joiners, word joiner,
# BOM, and the bidirectional marks and overrides (a pasted right-to-left mark hides in a name).
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
            "\u2066\u2067\u2068\u2069"),
    None,
)
# NBSP and friends become ordinary spaces before runs of spaces collapse.
# A BOM inside text is where two texts were joined: a space, not nothing ("Ngô\ufeffVăn").
_SPACES = dict.fromkeys(map(ord, "\ufeff\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                "\u2008\u2009\u200a\u3000\t\r\n\v\f\x85\u2028\u2029"), " ")
_CLEAN_TABLE = {**_INVISIBLE, **_SPACES}
_MULTILINE_TABLE = {k: v for k, v in _CLEAN_TABLE.items() if k not in (ord("\n"),)}
_RUNS_OF_SPACES = re.compile(r" {2,}")
_SPACES_AROUND_NEWLINE = re.compile(r" *\n *")


# C0/C1 control characters are rejected by Excel and invisible on screen. The soft hyphen (U+00AD)
# is kept on purpose: in TCVN3 text it is the letter ư, and legacy decoding may run after
# cleaning. `fold` ignores it.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def clean(text: object, *, multiline: bool = False) -> str:
    """NFC, Đ look-alikes mapped, invisible characters dropped, runs of spaces collapsed.

    `None` becomes "". With `multiline`, line breaks survive (notes) but each line is tidied.
    """
    if text is None:
        return ""
    s = text if type(text) is str else str(text)
    if multiline:
        return _clean_multiline(_without_lone_surrogates(s)) if s else ""
    return _clean_line(s)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(s: str) -> str:
    """Surrogate code points cannot be stored (SQLite, Excel and PDFs want valid UTF-8). A pair
    that arrived split (UTF-16 decoded by hand) is joined into its character; a lone one (a
    byte that was not UTF-8 in a file name or a terminal argument) becomes U+FFFD, visibly."""
    if not _SURROGATE.search(s):
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


@lru_cache(maxsize=65536)  # imports and demos repeat the same units and positions endlessly
def _clean_line(s: str) -> str:
    s = _without_lone_surrogates(s).translate(_CLEAN_TABLE)
    s = _CONTROL.sub(" ", s)   # a control character between two words must not join them
    s = unicodedata.normalize("NFC", s.translate(_LOOKALIKES))
    return _RUNS_OF_SPACES.sub(" ", s).strip()


def _clean_multiline(s: str) -> str:
    s = s.replace("\r\n", "\n").replace("\r", "\n").translate(_MULTILINE_TABLE)
    s = _CONTROL.sub(" ", s)
    s = unicodedata.normalize("NFC", s.translate(_LOOKALIKES))
    s = _RUNS_OF_SPACES.sub(" ", s)
    s = _SPACES_AROUND_NEWLINE.sub("\n", s)
    return re.sub(r"\n{3,}", "\n\n", s).strip()


_NON_WORD = re.compile(r"[\W_]+")


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad]")


def fold(text: object) -> str:
    """The search form of a text: no case, no marks, đ→d, punctuation as spaces.

    "Đặng Thị Hoà" and "dang thi hoa" fold alike; so do "Hoà"/"Hòa" and "Thuỷ"/"Thủy".
    """
    return "" if text is None else _fold(str(text))


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    s = unicodedata.normalize("NFD", clean(text))
    s = _COMBINING.sub("", s).replace("đ", "d").replace("Đ", "D").casefold()
    return _NON_WORD.sub(" ", s).strip()


def fold_words(text: object) -> list[str]:
    """The folded words of a text, in order."""
    return fold(text).split()


# ----------------------------------------------------------------------------------------------
# Vietnamese collation key.
#
# It reproduces ICU's Vietnamese tailoring (what QCollator(QLocale("vi_VN")) does) as a plain
# string that SQLite can ORDER BY with its binary collation:
#   primary   letters in Vietnamese alphabet order (a ă â b c d đ e ê … ư v x y), space and
#             punctuation before digits before letters;
#   secondary tones, none < huyền < hỏi < ngã < sắc < nặng;
#   tertiary  lower case before upper case.
# All primary weights of the whole string come first, then all secondary, then all tertiary, as
# in ICU, so "An" < "Anh" < "Ánh" < "Ăn" < "Ân" and "Dũng" < "Đức".
# ----------------------------------------------------------------------------------------------

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_PART_SEP = "\x20"   # between the given-name key and the rest-of-name key
_LEVEL_SEP = "\x21"  # between primary, secondary and tertiary runs; lower than any weight
_PUNCT_WEIGHT = {" ": "\x22", "-": "\x23", "'": "\x25", ".": "\x26"}
_OTHER_PUNCT = "\x24"
_OTHER_LETTER = "\x7e"
_LETTER_WEIGHT = {letter: chr(0x41 + i) for i, letter in enumerate(_ALPHABET)}
_VOWEL_MARKS = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}  # breve, circumflex, horn
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_BASE_WITH_MARK = {
    ("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư",
}


@lru_cache(maxsize=4096)  # the same few hundred letters over and over
def _char_weights(ch: str) -> tuple[str, str, str]:
    """Primary, secondary and tertiary weight of one NFC character."""
    lower = ch.lower()
    tertiary = "1" if ch != lower else "0"
    if lower == "đ":
        return _LETTER_WEIGHT["đ"], "0", tertiary
    decomposed = unicodedata.normalize("NFD", lower)
    base, marks = decomposed[0], decomposed[1:]
    letter, tone = base, "0"
    for mark in marks:
        if mark in _VOWEL_MARKS and (letter, mark) in _BASE_WITH_MARK:
            letter = _BASE_WITH_MARK[(letter, mark)]
        elif mark in _TONES:
            tone = _TONES[mark]
        else:
            tone = "6"  # a foreign accent: after every Vietnamese tone
    if letter in _LETTER_WEIGHT:
        return _LETTER_WEIGHT[letter], tone, tertiary
    if letter.isdigit() and letter.isascii():
        return letter, "0", "0"
    if letter in _PUNCT_WEIGHT:
        return _PUNCT_WEIGHT[letter], "0", "0"
    if letter.isalnum():
        return _OTHER_LETTER, tone, tertiary
    return _OTHER_PUNCT, "0", "0"


def collation_key(text: str) -> str:
    """A string whose binary order is Vietnamese collation order of `text` (already clean)."""
    primary, secondary, tertiary = [], [], []
    for ch in text:
        p, s, t = _char_weights(ch)
        primary.append(p)
        secondary.append(s)
        tertiary.append(t)
    return _LEVEL_SEP.join(("".join(primary), "".join(secondary), "".join(tertiary)))


def split_name(full_name: str) -> tuple[str, str]:
    """(given name, the rest): "Nguyễn Thị Thu Hà" → ("Hà", "Nguyễn Thị Thu")."""
    words = clean(full_name).split(" ")
    if not words or words == [""]:
        return "", ""
    return words[-1], " ".join(words[:-1])


@lru_cache(maxsize=65536)
def name_sort_key(full_name: str) -> str:
    """Sort key for Vietnamese name lists: given name first, then family and middle names."""
    given, rest = split_name(full_name)
    return collation_key(given) + _PART_SEP + collation_key(rest)


def text_sort_key(text: str) -> str:
    """Sort key for any other text (unit names, titles) in Vietnamese order."""
    return collation_key(clean(text))


# ----------------------------------------------------------------------------------------------
# Typing-method artefacts: the input method was off, so Telex or VNI keystrokes stayed as letters
# ("Nguyeenx", "Nguye64n"). They are flagged for a person to look at, never auto-fixed.
# ----------------------------------------------------------------------------------------------

_VNI_ARTEFACT = re.compile(r"[a-zA-Z][0-9]+[a-zA-Z]|[aeiouyAEIOUY][1-9]$")
_TELEX_DOUBLE = re.compile(r"(aa|ee|oo|dd|aw|ow|uw)", re.IGNORECASE)
_VIETNAMESE_ENDING = re.compile(r"([aeiouy]|c|ch|m|n|ng|nh|p|t)$", re.IGNORECASE)


def typing_artefacts(text: str) -> list[str]:
    """Words of `text` that look like Telex/VNI keystrokes typed with the input method off."""
    return list(_typing_artefacts(text))


@lru_cache(maxsize=65536)  # an import asks about the same positions thousands of times
def _typing_artefacts(text: str) -> tuple[str, ...]:
    suspicious = []
    for word in clean(text).split(" "):
        if not word or not word.isascii() or not any(ch.isalpha() for ch in word):
            continue
        if word.isupper() and len(word) <= 5:  # abbreviations: UBND, TP, HĐND typed bare
            continue
        if _VNI_ARTEFACT.search(word) or (word.isalpha() and len(word) > 1 and (
            _TELEX_DOUBLE.search(word) or not _VIETNAMESE_ENDING.search(word)
        )):
            suspicious.append(word)
    return tuple(suspicious)
