"""Attendee codes: short, unambiguous, printed as QR on badges and typed by USB scanners.

A scanner is a keyboard, and on most office computers in Vietnam an input method (UniKey, EVKey)
in Telex, VNI or VIQR mode rewrites what it types. New codes use only symbols that no input method
changes, whatever comes before or after them: no vowels (A E I O U Y), no D (DD, D9 → Đ), no W
(→ Ư, Ă, Ơ), no tone keys (S F R X J Z). Digits are keys of VNI, but they only act on a vowel or a
D, so without those they stay digits. 0/O and 1/I/L are left out too: a clerk may have to read a
code aloud or type it from a crumpled invitation.

Space: 19 symbols ** 7 = 893,871,739 codes (about today's 31 ** 6 = 887,503,681). A code is unique
within its conference (a repeat is drawn again). The chance that a stray code (another event's
invitation) belongs to someone at an event of 1,600 people is 1,600 / 8.9e8 ≈ 1.8 in a million;
a province's ten years of events (say 1,000 events, 300,000 codes) reuse some codes across events
(about 50 pairs expected), which is harmless because a code is only ever looked up inside one
conference.

Codes made before (six symbols of OLD_ALPHABET) stay valid; scans of them that an input method
changed are read back by domain/scans.py.
"""

from __future__ import annotations

import random
import secrets

ALPHABET = "23456789BCGHKMNPQTV"
LENGTH = 7

# The codes of earlier versions: still on printed invitations, still looked up.
OLD_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
OLD_LENGTH = 6

_SPACE = len(ALPHABET) ** LENGTH


def new_code(rng: random.Random | None = None) -> str:
    """A random code; with `rng`, the same codes for the same seed (the demo)."""
    if rng is not None:
        return "".join(rng.choice(ALPHABET) for _ in range(LENGTH))
    # One draw from the operating system's generator instead of seven (an import makes thousands):
    # 64 random bits modulo 19⁷ leave each code's chance off by less than one in ten billion.
    n = int.from_bytes(secrets.token_bytes(8), "big") % _SPACE
    letters = []
    for _ in range(LENGTH):
        n, digit = divmod(n, len(ALPHABET))
        letters.append(ALPHABET[digit])
    return "".join(letters)


def looks_like_code(text: str) -> bool:
    """True when `text` has the shape of an attendee code, new or old (what a scanner types)."""
    t = text.strip().upper()
    return ((len(t) == LENGTH and all(ch in ALPHABET for ch in t))
            or (len(t) == OLD_LENGTH and all(ch in OLD_ALPHABET for ch in t)))
