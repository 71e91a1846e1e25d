"""Attendee codes: short, unambiguous, printed as QR on badges and typed by USB scanners."""

from __future__ import annotations

import random
import secrets

# No 0/O, 1/I/L: a clerk may have to read a code aloud or type it from a crumpled invitation.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 6


def new_code(rng: random.Random | None = None) -> str:
    choice = rng.choice if rng is not None else secrets.choice
    return "".join(choice(ALPHABET) for _ in range(LENGTH))


def looks_like_code(text: str) -> bool:
    """True when `text` has the shape of an attendee code (what a scanner types)."""
    t = text.strip().upper()
    return len(t) == LENGTH and all(ch in ALPHABET for ch in t)
