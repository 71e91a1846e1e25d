"""Attendee codes: short, unambiguous, printed as QR on badges and typed by USB scanners."""

from __future__ import annotations

import random
import secrets

# No 0/O, 1/I/L: a clerk may have to read a code aloud or type it from a crumpled invitation.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 6


_SPACE = len(ALPHABET) ** LENGTH


def new_code(rng: random.Random | None = None) -> str:
    """A random code; with `rng`, the same codes for the same seed (the demo)."""
    if rng is not None:
        return "".join(rng.choice(ALPHABET) for _ in range(LENGTH))
    # One draw from the operating system's generator instead of six (an import makes thousands):
    # 64 random bits modulo 31⁶ leave each code's chance off by less than one in ten billion.
    n = int.from_bytes(secrets.token_bytes(8), "big") % _SPACE
    letters = []
    for _ in range(LENGTH):
        n, digit = divmod(n, len(ALPHABET))
        letters.append(ALPHABET[digit])
    return "".join(letters)


def looks_like_code(text: str) -> bool:
    """True when `text` has the shape of an attendee code (what a scanner types)."""
    t = text.strip().upper()
    return len(t) == LENGTH and all(ch in ALPHABET for ch in t)
