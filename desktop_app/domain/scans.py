"""Scanned codes that a Vietnamese input method rewrote, read back to the keys the scanner typed.

Telex: W → Ư, AA → Â, EE → Ê, OO → Ô, DD → Đ, AW → Ă, OW → Ơ, and S F R X J after a vowel put a
tone on it (AS → Á). VNI: A6 E6 O6 → Â Ê Ô, A8 → Ă, U7 O7 → Ư Ơ, D9 → Đ, 1–5 the tones. UniKey
takes a modifier or tone key anywhere after its letter in the word ("free marking", and a tone
may sit on another vowel of the same group), so each key is put back at every such place. VIQR's
keys (^ ( + ' ` ? ~ .) are in no code, and its DD → Đ is Telex's. What comes out are only the
readings shaped like a code; the store checks them against whole codes, never a guess.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from itertools import combinations_with_replacement, permutations, product

from desktop_app.domain import codes
from desktop_app.domain.models import Attendee
from desktop_app.domain.text import clean

# The most keystroke orders tried for one text; more (a long word full of marks) is no scan.
MAX_ORDERS = 20_000

_TONES = {"\u0301": "S1", "\u0300": "F2", "\u0309": "R3", "\u0303": "X4", "\u0323": "J5"}  # Telex, VNI
# A letter with a modifier -> its base letter and the key after it, in Telex and in VNI.
_MODIFIED = {"Â": ("A", "A6"), "Ê": ("E", "E6"), "Ô": ("O", "O6"), "Ă": ("A", "W8"), "Ơ": ("O", "W7"),
             "Ư": ("U", "W7"), "Đ": ("D", "D9")}
_VOWELS = frozenset("AEIOUY")
# New codes have no vowel, D or W, so a text with a Vietnamese letter can only be an old code.
_CODE_LENGTHS = frozenset({codes.OLD_LENGTH})
_LOSABLE = ("SFRXJZWAEOD", "0123456789")   # Telex, VNI keys that can vanish in what arrives
MAX_LOST = 2


def could_be_scan(text: str) -> bool:
    """What an input method can make of a code: a single word in one case (a scanner types all
    capitals, or all small letters under Caps Lock) holding a Vietnamese letter; or, in capitals,
    shorter than a code because a key pressed twice undid itself ("ASSB" arrives as "ASB").
    "Hằng" and "duc" are not."""
    t = clean(text)
    if not t or " " in t or len(t) > codes.OLD_LENGTH:
        return False
    if t.isascii():
        return len(t) < codes.OLD_LENGTH and t.isupper() and all(ch in codes.OLD_ALPHABET for ch in t)
    return (t == t.upper() or t == t.lower()) and _letters(t) is not None


def keystroke_readings(text: str) -> list[str]:
    """The codes (by shape) whose keys, typed through Telex or VNI, give `text`; sorted."""
    if not could_be_scan(text):
        return []
    letters = _letters(clean(text).upper())
    assert letters is not None
    found: set[str] = set()
    budget = [MAX_ORDERS]
    for method in (0, 1):  # Telex, VNI
        for reading in _readings(letters, method, budget):
            if codes.looks_like_code(reading):
                found.add(reading)
        if budget[0] <= 0:
            return []   # too many ways to read it: not a code, and no guessing
    return sorted(found)


def _letters(text: str) -> list[tuple[str, str | None, str | None]] | None:
    """Each character as (base letter or digit, modified form or None, tone mark or None);
    None when a character is neither an ASCII letter or digit nor a Vietnamese letter."""
    out: list[tuple[str, str | None, str | None]] = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = [m for m in parts if m in _TONES]
        bare = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONES)).upper()
        if len(tones) > 1 or len(bare) != 1:
            return None
        if bare in _MODIFIED:
            base, modified = _MODIFIED[bare][0], bare
        elif bare.isascii() and bare.isalnum():
            base, modified = bare, None
        else:
            return None
        if tones and base not in _VOWELS:
            return None
        out.append((base, modified, tones[0] if tones else None))
    return out


def _readings(letters: list[tuple[str, str | None, str | None]], method: int, budget: list[int]):
    """Every key sequence of one method giving `letters`: each modifier key somewhere after its
    letter, each tone key somewhere after the first vowel of its letter's vowel group."""
    n = len(letters)
    run_start, start = [], 0
    for i, (base, _, _) in enumerate(letters):
        if base not in _VOWELS or i == 0 or letters[i - 1][0] not in _VOWELS:
            start = i
        run_start.append(start)
    # Per letter, the ways it was typed: (key typed in its place, late keys with the earliest place).
    choices: list[list[tuple[str, list[tuple[str, int]]]]] = []
    for i, (base, modified, tone) in enumerate(letters):
        late = [(_TONES[tone][method], run_start[i])] if tone else []
        ways = [(base, late)]
        if modified:
            ways = [(base, [(_MODIFIED[modified][1][method], i), *late])]
            if modified == "Ư" and method == 0:
                ways.append(("W", late))  # Telex types Ư with a lone W too
        choices.append(ways)
    # What a lost key can act on: a vowel, a D, or Telex's lone W (Ư, undone by a second W).
    actable = [i for i, (base, modified, _) in enumerate(letters) if base in _VOWELS or base in "DW" or modified]
    for combo in product(*choices):
        late_keys = [key for _, keys in combo for key in keys]
        typed = [key for key, _ in combo]
        for lost in range(MAX_LOST + 1):
            if n + len(late_keys) + lost not in _CODE_LENGTHS:
                continue
            # Keys that left no trace: a tone replaced by another, a key pressed twice (undone).
            # They act on something typed before them.
            if not actable:
                break
            after = actable[0]
            for extra in combinations_with_replacement(_LOSABLE[method], lost):
                yield from _placed(typed, late_keys + [(k, after) for k in extra], budget)


def _placed(typed: list[str], late_keys: list[tuple[str, int]], budget: list[int]):
    """`typed` with each late key put in every place after its earliest one, in every order."""
    n = len(typed)
    for gaps in product(*(range(after + 1, n + 1) for _, after in late_keys)):
        groups: dict[int, list[str]] = {}
        for (key, _), gap in zip(late_keys, gaps, strict=True):
            groups.setdefault(gap, []).append(key)
        places = sorted(groups)
        for orders in product(*(set(permutations(groups[g])) for g in places)):
            budget[0] -= 1
            if budget[0] <= 0:
                return
            slots = dict(zip(places, orders, strict=True))
            yield "".join(typed[i] + "".join(slots.get(i + 1, ())) for i in range(n))


@dataclass(frozen=True)
class ScanMatch:
    """The person a scan names: `code` is their code, `rewritten` says an input method had
    changed the text on the way and it was read back through its keys."""

    attendee: Attendee
    code: str
    rewritten: bool
