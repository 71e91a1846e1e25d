"""Checks and normalisation of what people type: names, phones, emails, conference dates.

Each check raises `ValidationError(code, field=…)`; the window shows it beside the field."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.models import AttendeeInput
from desktop_app.domain.text import clean

MAX_NAME = 120
MAX_LINE = 500          # positions, unit names, titles
MAX_NOTE = 4000
MAX_CODE = 40         # an invitation code or an ID a unit's list brings along

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[0-9+().\- ]+$")
_MOBILE_PREFIXES = "35789"   # Vietnamese mobile numbers: 03x, 05x, 07x, 08x, 09x


def _check_length(value: str, field: str, limit: int) -> str:
    if len(value) > limit:
        raise ValidationError("too_long", field=field, limit=limit, length=len(value))
    return value


_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=65536, typed=True)  # an import asks about each phone three times
def normalize_phone(raw: object) -> tuple[str, str | None]:
    """A phone as text, and why it was changed (None if it was not).

    A number cell 912345678.0 becomes "0912345678" ("leading_zero_restored"): spreadsheets drop
    the leading zero of 9-digit mobiles. Spaces, dots and dashes between digits are removed.
    """
    if raw is None:
        return "", None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = clean(raw)
    if not text:
        return "", None
    if not _PHONE_CHARS.match(text):
        return text, "not_a_phone"
    plus = text.startswith("+")
    digits = _NOT_DIGIT.sub("", text)
    if plus:
        return "+" + digits, None
    if len(digits) == 9 and digits[0] in _MOBILE_PREFIXES:
        return "0" + digits, "leading_zero_restored"
    if len(digits) == 11 and digits.startswith("84") and digits[2] in _MOBILE_PREFIXES:
        return "+" + digits, None
    return digits, None


def validate_phone(raw: str) -> str:
    if not raw:
        return ""
    phone, problem = normalize_phone(raw)
    if problem == "not_a_phone":
        raise ValidationError("bad_phone", field="phone", value=phone)
    digits = _NOT_DIGIT.sub("", phone)
    if phone and not 8 <= len(digits) <= 15:
        raise ValidationError("bad_phone", field="phone", value=phone)
    return phone


def validate_email(raw: str) -> str:
    if not raw:
        return ""
    email = clean(raw)
    if email and not _EMAIL.match(email):
        raise ValidationError("bad_email", field="email", value=email)
    return _check_length(email, "email", 254)


def validate_attendee(data: AttendeeInput) -> AttendeeInput:
    """Clean every field and check it; returns the cleaned input."""
    name = clean(data.full_name)
    if not name:
        raise ValidationError("required", field="full_name")
    if not any(ch.isalpha() for ch in name):
        raise ValidationError("not_a_name", field="full_name", value=name)
    rank = data.protocol_rank
    if rank is not None and not 0 <= rank <= 100_000:
        raise ValidationError("out_of_range", field="protocol_rank", value=rank, low=0, high=100_000)
    full_name = _check_length(name, "full_name", MAX_NAME)
    salutation = _check_length(clean(data.salutation), "salutation", 40)
    position = _check_length(clean(data.position), "position", MAX_LINE)
    unit_name = _check_length(clean(data.unit_name), "unit_name", MAX_LINE)
    phone = validate_phone(data.phone)
    email = validate_email(data.email)
    note = _check_length(clean(data.note, multiline=True), "note", MAX_NOTE)
    code = _check_length(clean(data.code).upper(), "code", MAX_CODE) or None if data.code else None
    badge_role = _check_length(clean(data.badge_role).upper(), "badge_role", MAX_ROLE)
    if (badge_role == data.badge_role and full_name == data.full_name and salutation == data.salutation
            and position == data.position and unit_name == data.unit_name and phone == data.phone
            and email == data.email and note == data.note and code == data.code):
        return data   # already clean (an import checks each row before the store does): no copy
    return replace(data, full_name=full_name, salutation=salutation, position=position, unit_name=unit_name,
                   phone=phone, email=email, note=note, code=code, badge_role=badge_role)


_ATTENDEE_FIELDS = ("full_name", "protocol_rank", "salutation", "position", "unit_name", "phone", "email", "note",
                    "code")

# What stands in for a field already found wrong, so the next check can look at the others.
_HARMLESS: dict[str, object] = {"full_name": "A", "protocol_rank": None, "code": None}


def attendee_problems(data: AttendeeInput) -> list[ValidationError]:
    """Every field's problem at once, in the order validate_attendee finds them (a form shows
    them all, not one per Save)."""
    problems: list[ValidationError] = []
    for _ in range(len(_ATTENDEE_FIELDS)):
        try:
            validate_attendee(data)
            break
        except ValidationError as error:
            problems.append(error)
            if error.field not in _ATTENDEE_FIELDS:
                break
            data = replace(data, **{error.field: _HARMLESS.get(error.field, "")})
    return problems


def validate_conference_fields(title: str, starts_at: datetime | None, ends_at: datetime | None) -> str:
    """The cleaned title; raises for an empty title, a missing start or an end before the start."""
    title = clean(title)
    if not title:
        raise ValidationError("required", field="title")
    _check_length(title, "title", MAX_LINE)
    if starts_at is None:
        raise ValidationError("required", field="starts_at")
    if ends_at is not None and ends_at < starts_at:
        raise ValidationError("end_before_start", field="ends_at")
    return title


MAX_DESK = 60
MAX_ROLE = 40          # a badge's role line: "BAN TỔ CHỨC"


def validate_desk(raw: object) -> str:
    """A desk's name as stored with every check-in ("Bàn 2"): cleaned, at most MAX_DESK."""
    return _check_length(clean(raw), "desk", MAX_DESK)
