"""Telex and VNI as UniKey applies them to what a keyboard, or a USB scanner, types: the tests'
own model, written key by key (the program reads the other way, in domain/scans.py).

Rules: Telex W → Ư (alone) or a horn/breve on the word's last U, O, A; AA EE OO → Â Ê Ô; DD → Đ;
S F R X J a tone on the last vowel group, Z takes it off. VNI: 6 7 8 the modifiers, 9 after D → Đ,
1–5 the tones, 0 takes it off. A modifier or tone key pressed again undoes it and is typed as
itself. Tones go where UniKey puts them: on the modified vowel, else the only vowel, else the
second vowel when a consonant follows or in OA OE UY, else the first ("ÁY", "ÚA")."""

from __future__ import annotations

import unicodedata

ACUTE, GRAVE, HOOK, TILDE, DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
TONE_KEYS = {"telex": {"S": ACUTE, "F": GRAVE, "R": HOOK, "X": TILDE, "J": DOT, "Z": ""},
             "vni": {"1": ACUTE, "2": GRAVE, "3": HOOK, "4": TILDE, "5": DOT, "0": ""}}
PLAIN_VOWELS = "AEIOUY"
MODIFIED = {"Â": "A", "Ê": "E", "Ô": "O", "Ă": "A", "Ơ": "O", "Ư": "U"}
VOWELS = PLAIN_VOWELS + "".join(MODIFIED)


class Letter:
    def __init__(self, ch: str, *, lone: bool = False) -> None:
        self.ch, self.tone, self.lone = ch, "", lone   # lone: Telex's Ư from a W on its own

    def __str__(self) -> str:
        return unicodedata.normalize("NFC", self.ch + self.tone)


def type_through(keys: str, method: str) -> str:
    """What arrives in a text field when `keys` (capitals, as a scanner types a code) go through
    UniKey in `method` ("telex" or "vni")."""
    out: list[Letter] = []
    for key in keys:
        if not _apply(out, key, method):
            out.append(Letter(key))
    return "".join(map(str, out))


def _last_group(out: list[Letter]) -> list[int]:
    ends = [i for i, x in enumerate(out) if x.ch in VOWELS]
    if not ends:
        return []
    group = [ends[-1]]
    while group[0] > 0 and out[group[0] - 1].ch in VOWELS:
        group.insert(0, group[0] - 1)
    return group


def _tone_target(out: list[Letter], group: list[int]) -> int:
    modified = [i for i in group if out[i].ch in MODIFIED]
    if modified:
        return modified[-1]
    if len(group) == 1:
        return group[0]
    if group[-1] < len(out) - 1 or "".join(out[i].ch for i in group[-2:]) in ("OA", "OE", "UY"):
        return group[-1]
    return group[0] if len(group) == 2 else group[1]


def _apply(out: list[Letter], key: str, method: str) -> bool:
    """Change `out` for a key that acts; False when the key is typed as itself."""
    group = _last_group(out)
    if key in TONE_KEYS[method]:
        return _tone(out, group, TONE_KEYS[method][key])
    telex = method == "telex"
    if (telex and key == "D") or (not telex and key == "9"):
        return _stroke(out, key)
    circumflex = {"A": "Â", "E": "Ê", "O": "Ô"}
    if telex and key in "AEO":
        return bool(_modify(out, group, {key: circumflex[key]}))
    if not telex and key == "6":
        return bool(_modify(out, group, circumflex))
    horns = {"W": "UOA", "7": "UO", "8": "A"}.get(key) if telex == (key == "W") else None
    if horns is None:
        return False
    done = _modify(out, group, {v: {"U": "Ư", "O": "Ơ", "A": "Ă"}[v] for v in horns}, horn_pair=key != "8")
    if done is None and telex:
        out.append(Letter("Ư", lone=True))   # a lone W is Ư
        return True
    return bool(done)


def _tone(out: list[Letter], group: list[int], mark: str) -> bool:
    if not group:
        return False
    toned = [i for i in group if out[i].tone]
    if mark == "":   # Z or 0: off, or typed as itself when there is none
        for i in toned:
            out[i].tone = ""
        return bool(toned)
    if toned and out[toned[0]].tone == mark:   # the same tone again: undone, and the key typed
        out[toned[0]].tone = ""
        return False
    for i in toned:
        out[i].tone = ""
    out[_tone_target(out, group)].tone = mark
    return True


def _modify(out: list[Letter], group: list[int], table: dict[str, str], *, horn_pair: bool = False) -> bool | None:
    """A modifier on the last group (Telex's doubled vowel or W, VNI's 6 7 8): True when made,
    None when nothing takes it, False when pressed again on a vowel that has it (undone, and the
    key typed as itself; a lone Ư and W again is just W)."""
    undo = [i for i in group if out[i].ch in table.values() and MODIFIED[out[i].ch] in table]
    if undo:
        x = out[undo[-1]]
        if x.lone:
            x.ch, x.lone, x.tone = "W", False, ""
            return True
        x.ch = MODIFIED[x.ch]
        return False
    chars = "".join(out[i].ch for i in group)
    if horn_pair and "UO" in chars:   # ươ takes one key
        at = group[0] + chars.index("UO")
        out[at].ch, out[at + 1].ch = "Ư", "Ơ"
        return True
    for i in reversed(group):
        if out[i].ch in table:
            out[i].ch = table[out[i].ch]
            return True
    return None


def _stroke(out: list[Letter], key: str) -> bool:
    """DD or D9 → Đ; again: undone."""
    if out and out[-1].ch == "Đ":
        out[-1].ch = "D"
        return False
    if out and out[-1].ch == "D":
        out[-1].ch = "Đ"
        return True
    return False
