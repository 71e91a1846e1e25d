"""Finding people by what a scanner typed, also when an input method (UniKey, EVKey) changed it
on the way: the code as it arrived, else the codes its Telex and VNI keystrokes spell."""

from __future__ import annotations

from typing import Any

from desktop_app.domain import codes
from desktop_app.domain.errors import AmbiguousCode
from desktop_app.domain.models import Attendee
from desktop_app.domain.scans import ScanMatch, keystroke_readings
from desktop_app.domain.text import clean
from desktop_app.store.attendees import SELECT, attendee_from_row, get_by_code
from desktop_app.store.engine import Database, rows


def people_by_scan(
    db: Database, conference_id: int, text: str, *, topic_id: int | None = None
) -> tuple[list[Attendee], bool]:
    """(people whose whole code `text` is, rewritten): the code as typed when someone has it;
    otherwise everyone whose code is one of the text's keystroke readings (rewritten=True)."""
    if codes.looks_like_code(text):
        exact = get_by_code(db, conference_id, text, topic_id=topic_id)
        if exact is not None:
            return [exact], False
    readings = keystroke_readings(text)
    if not readings:
        return [], False
    params: dict[str, Any] = {f"k{i}": code for i, code in enumerate(readings)}
    params.update(c=conference_id, scope=topic_id or 0)
    placeholders = ", ".join(f":k{i}" for i in range(len(readings)))
    found = [attendee_from_row(r) for r in rows(
        db, SELECT + f" WHERE a.conference_id = :c AND a.code IN ({placeholders}) ORDER BY a.code", params)]
    return found, bool(found)


def find_scanned(db: Database, conference_id: int, text: str, *, topic_id: int | None = None) -> ScanMatch | None:
    """The one person whose code `text` is, as typed or read back through an input method; None
    when nobody's. Several people (a changed scan that reads as more than one code) raise
    AmbiguousCode: nobody is checked in on a guess."""
    if not codes.looks_like_code(text):   # an imported code of another shape, as typed
        exact = get_by_code(db, conference_id, text, topic_id=topic_id)
        if exact is not None:
            return ScanMatch(exact, exact.code, False)
    found, rewritten = people_by_scan(db, conference_id, text, topic_id=topic_id)
    if len(found) > 1:
        raise AmbiguousCode(text=clean(text), codes=[a.code for a in found])
    return ScanMatch(found[0], found[0].code, rewritten) if found else None
