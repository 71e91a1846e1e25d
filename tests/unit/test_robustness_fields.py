"""Bad input, store part: field values people type or paste, and search text. Each case id is a
row of the catalogue in docs/robustness.md (a test below checks that every id is listed there).

A case either stores a cleaned value (and the list, the search and the sort keep working) or
raises a typed error the window and the command line turn into one sentence; never anything
else, and never a half-written change."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import Conflict, HoinghiError, NotFound, ValidationError
from desktop_app.domain.models import AttendeeInput
from desktop_app.messages import describe
from desktop_app.store import checkins, sections, topics, units
from desktop_app.store.attendees import add_attendee, count_attendees, get_attendee, list_attendees
from desktop_app.store.conferences import create_conference, get_conference
from desktop_app.store.engine import scalar
from desktop_app.store.search import search_attendees

CATALOGUE = Path(__file__).parents[2] / "docs" / "robustness.md"

# (case id, the input, the field's stored value or the error code)
STORED = [
    ("name-control-characters", {"full_name": "Lê\x07 Văn\x1b[31m Tám"}, "full_name", "Lê Văn [31m Tám"),
    ("name-right-to-left-marks", {"full_name": "\u202eLê Văn\u200f Tám\u200e"}, "full_name", "Lê Văn Tám"),
    ("name-zero-width-and-bom", {"full_name": "Lê\u200b Văn\ufeff Tám"}, "full_name", "Lê Văn Tám"),
    ("name-emoji", {"full_name": "Lê Văn 😀 Tám"}, "full_name", "Lê Văn 😀 Tám"),
    ("name-nfd", {"full_name": "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300"}, "full_name", "Nguyễn Thị Hoà"),
    ("name-sql", {"full_name": "Robert'); DROP TABLE attendees;--"}, "full_name",
     "Robert'); DROP TABLE attendees;--"),
    ("name-formula", {"full_name": '=HYPERLINK("http://x","Lê")'}, "full_name", '=HYPERLINK("http://x","Lê")'),
    ("position-formula", {"full_name": "Lê Văn Tám", "position": "+84 Trưởng phòng"}, "position",
     "+84 Trưởng phòng"),
    ("unit-formula", {"full_name": "Lê Văn Tám", "unit_name": "@SUM(A1:A9)"}, "unit_name", "@SUM(A1:A9)"),
    ("name-nul-byte", {"full_name": "Lê\x00 Văn Tám"}, "full_name", "Lê Văn Tám"),
    ("name-lone-surrogate", {"full_name": "Lê Văn T\udce1m"}, "full_name", "Lê Văn T\ufffdm"),
    ("name-split-surrogate-pair", {"full_name": "Lê Văn \ud83d\ude00 Tám"}, "full_name", "Lê Văn 😀 Tám"),
    ("note-lone-surrogate-and-crlf", {"full_name": "Lê Văn Tám", "note": "a\udcffb\r\nc\x00"}, "note",
     "a\ufffdb\nc"),
    ("name-lookalike-eth", {"full_name": "\u00d0ặng Thị Hoà"}, "full_name", "Đặng Thị Hoà"),
    ("name-nbsp-and-tabs", {"full_name": "Lê\u00a0\u00a0Văn\tTám "}, "full_name", "Lê Văn Tám"),
    ("email-unicode", {"full_name": "Lê Văn Tám", "email": "đức@sở.vn"}, "email", "đức@sở.vn"),
]

REFUSED = [
    ("name-5000-characters", {"full_name": "Nguyễn " + "a" * 5000}, "too_long"),
    ("position-5000-characters", {"full_name": "Lê Văn Tám", "position": "p" * 5000}, "too_long"),
    ("unit-501-characters", {"full_name": "Lê Văn Tám", "unit_name": "Đ" * 501}, "too_long"),
    ("note-5000-characters", {"full_name": "Lê Văn Tám", "note": "n" * 5000}, "too_long"),
    ("name-empty", {"full_name": ""}, "required"),
    ("name-whitespace-only", {"full_name": " \t\u00a0\u200b\n "}, "required"),
    ("name-emoji-only", {"full_name": "😀 😀"}, "not_a_name"),
    ("name-digits-only", {"full_name": "0912345678"}, "not_a_name"),
    ("name-combining-marks-only", {"full_name": "\u0301\u0323\u0300"}, "not_a_name"),
    ("code-5000-characters", {"full_name": "Lê Văn Tám", "code": "X" * 5000}, "too_long"),
    ("rank-negative", {"full_name": "Lê Văn Tám", "protocol_rank": -1}, "out_of_range"),
    ("rank-huge", {"full_name": "Lê Văn Tám", "protocol_rank": 10**30}, "out_of_range"),
    ("phone-formula", {"full_name": "Lê Văn Tám", "phone": "=1+1"}, "bad_phone"),
    ("phone-400-digits", {"full_name": "Lê Văn Tám", "phone": "0" * 400}, "bad_phone"),
    ("email-without-at", {"full_name": "Lê Văn Tám", "email": "tam.sotuphap.gov.vn"}, "bad_email"),
]


@pytest.mark.parametrize(("case", "fields", "field", "stored"), STORED, ids=[c[0] for c in STORED])
def test_odd_text_is_stored_clean_and_stays_findable(catalog_db, conference, case, fields, field, stored):
    person = add_attendee(catalog_db, conference.id, AttendeeInput(**fields))
    again = get_attendee(catalog_db, person.id)
    assert getattr(again, field) == stored
    assert unicodedata.is_normalized("NFC", getattr(again, field))
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", getattr(again, field))
    # Still found by what a clerk would type, and listed in name order with everyone else.
    words = [w for w in re.findall(r"\w+", again.full_name) if w.isalpha()][:2]
    assert person.id in [a.id for a in search_attendees(catalog_db, conference.id, " ".join(words))]
    assert person.id in [a.id for a in list_attendees(catalog_db, conference.id)]
    assert scalar(catalog_db, "PRAGMA integrity_check") == "ok"


@pytest.mark.parametrize(("case", "fields", "code"), REFUSED, ids=[c[0] for c in REFUSED])
def test_unacceptable_values_are_refused_with_a_sentence(catalog_db, conference, case, fields, code):
    with pytest.raises(ValidationError) as raised:
        add_attendee(catalog_db, conference.id, AttendeeInput(**fields))
    assert raised.value.code == code
    sentence = describe(raised.value)
    assert sentence.endswith(".") and "(" + code + ")" not in sentence  # worded, not the fallback
    assert count_attendees(catalog_db, conference.id) == 0


def test_duplicate_code_case_insensitive(catalog_db, conference, add_person):
    """case: code-duplicate"""
    add_person("Lê Văn Tám", code="ABC123")
    with pytest.raises(Conflict) as raised:
        add_person("Lê Văn Chín", code=" abc123 ")
    assert raised.value.code == "duplicate_code" and "ABC123" in describe(raised.value)
    assert count_attendees(catalog_db, conference.id) == 1


def test_duplicate_code_when_editing(catalog_db, conference, add_person):
    """case: code-duplicate-on-edit: someone else's code is refused; keeping one's own is fine."""
    from desktop_app.store.attendees import update_attendee

    first, second = add_person("Lê Văn Tám", code="ABC123"), add_person("Lê Văn Chín")
    with pytest.raises(Conflict):
        update_attendee(catalog_db, second.id, AttendeeInput(full_name="Lê Văn Chín", code="abc123"))
    kept = update_attendee(catalog_db, first.id, AttendeeInput(full_name="Lê Văn Tám", position="Chuyên viên"))
    assert kept.code == "ABC123"
    changed = update_attendee(catalog_db, second.id, AttendeeInput(full_name="Lê Văn Chín", code="XYZ789"))
    assert changed.code == "XYZ789"


def test_same_person_twice(catalog_db, conference, add_person):
    """case: attendee-duplicate. Was refused as the same person (accents ignored); a name without
    its accents may be someone else, and the same name again may be a namesake: added, named."""
    from desktop_app.domain.identity import Likeness
    from desktop_app.store.identities import namesakes

    first = add_person("Đặng Thị Hoà", "Sở Tư pháp")
    second = add_person("Dang Thi Hoa", "SỞ TƯ PHÁP")
    third = add_person("ĐẶNG THỊ HÒA", "Sở Tư pháp")
    assert [(n.attendee_id, n.likeness) for n in namesakes(catalog_db, conference.id, third, exclude_id=third.id)] \
        == [(first.id, Likeness.SAME_PERSON), (second.id, Likeness.SIMILAR_NAME)]


@pytest.mark.parametrize("conference_id", [999, -1, 0], ids=["missing", "negative", "zero"])
def test_adding_to_an_unknown_conference(catalog_db, conference_id):
    """case: attendee-unknown-conference (was a bare FOREIGN KEY error before)"""
    with pytest.raises(NotFound) as raised:
        add_attendee(catalog_db, conference_id, AttendeeInput(full_name="Lê Văn Tám"))
    assert raised.value.details == {"entity": "conference", "id": conference_id}


@pytest.mark.parametrize(("case", "call", "code"), [
    ("conference-end-before-start",
     lambda db: create_conference(db, "Hội nghị", datetime(2022, 9, 14), ends_at=datetime(2022, 9, 13)),
     "end_before_start"),
    ("conference-title-whitespace", lambda db: create_conference(db, " \u200b ", datetime(2022, 9, 14)),
     "required"),
    ("conference-title-5000", lambda db: create_conference(db, "T" * 5000, datetime(2022, 9, 14)), "too_long"),
    ("topic-end-before-start", lambda db: topics.add_topic(
        db, 1, "Chuyên đề", starts_at=datetime(2022, 9, 14, 9), ends_at=datetime(2022, 9, 14, 8)),
     "end_before_start"),
    ("desk-5000-characters", lambda db: checkins.check_in(db, 1, desk="Bàn " + "x" * 5000), "too_long"),
], ids=lambda v: v if isinstance(v, str) else "")
def test_conference_topic_and_desk_values_refused(catalog_db, conference, add_person, case, call, code):
    add_person("Lê Văn Tám")
    with pytest.raises(ValidationError) as raised:
        call(catalog_db)
    assert raised.value.code == code
    assert scalar(catalog_db, "SELECT count(*) FROM check_ins") == 0


@pytest.mark.parametrize("moment", [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59)], ids=["year-1", "year-9999"])
def test_extreme_dates_round_trip(catalog_db, moment):
    """case: conference-extreme-dates"""
    made = create_conference(catalog_db, "Hội nghị", moment)
    assert get_conference(catalog_db, made.id).starts_at == moment


def test_lone_surrogates_in_every_other_text_are_replaced(catalog_db, conference):
    """case: surrogates-everywhere (conference, topic, section, unit, desk)"""
    c = create_conference(catalog_db, "Hội nghị \udce1", datetime(2022, 9, 14), venue="Hội trường \ud800")
    assert (c.title, c.venue) == ("Hội nghị \ufffd", "Hội trường \ufffd")
    assert topics.add_topic(catalog_db, c.id, "Chuyên đề \udcff").title == "Chuyên đề \ufffd"
    assert sections.add_section(catalog_db, c.id, "Phần \udcff").title.endswith("Phần \ufffd")
    assert units.add_unit(catalog_db, "Đơn vị \udcff", kind="other").name == "Đơn vị \ufffd"
    person = add_attendee(catalog_db, c.id, AttendeeInput(full_name="Lê Văn Tám"))
    assert checkins.check_in(catalog_db, person.id, desk="B\udce0n 2").check_in.desk == "B\ufffdn 2"
    assert checkins.check_in(catalog_db, person.id, desk="Bàn\x00\x1b 3").already


SEARCH_TEXT = [
    ("search-fts-quote", '"'), ("search-fts-star", "*"), ("search-fts-and", "AND"), ("search-fts-or-not", "OR NOT"),
    ("search-fts-near", "NEAR(duc hoa)"), ("search-fts-column", "name_folded:duc"), ("search-fts-caret", "^ng"),
    ("search-fts-braces", "{duc hoa}"), ("search-fts-parentheses", "()"), ("search-fts-minus", "-duc"),
    ("search-sql", "'; DROP TABLE attendees;--"), ("search-5000-characters", "x" * 5000),
    ("search-500-words", " ".join(["ng"] * 500)), ("search-nul", "\x00"), ("search-right-to-left", "\u202educ"),
    ("search-emoji", "😀"), ("search-lone-surrogate", "d\udce1c"), ("search-empty", ""),
    ("search-whitespace", " \t\u00a0"), ("search-punctuation-only", "-/.,;:"),
]


@pytest.mark.parametrize(("case", "text"), SEARCH_TEXT, ids=[c[0] for c in SEARCH_TEXT])
def test_search_text_never_breaks_the_search(db, demo, case, text):
    found = search_attendees(db, demo.id, text)
    assert len(found) <= 50
    assert len({a.id for a in found}) == len(found)
    assert scalar(db, "SELECT count(*) FROM attendees") > 100  # nothing dropped


def test_fts_syntax_words_are_plain_words(db, demo):
    """case: search-fts-words-are-words: "near", "and", "or", "not" are searched as prefixes."""
    person = add_attendee(db, demo.id, AttendeeInput(full_name="Lò Văn Near", position="Phó Trưởng ban Andorra"))
    for text in ("NEAR", "AND", "lo near", "near AND"):
        assert [a.id for a in search_attendees(db, demo.id, text)] == [person.id], text


@pytest.mark.parametrize("limit", [0, -5], ids=["zero", "negative"])
def test_search_limit_zero_or_negative_finds_nothing(db, demo, limit):
    """case: search-limit-not-positive"""
    assert search_attendees(db, demo.id, "ng", limit=limit) == []


def test_search_in_an_unknown_conference_finds_nothing(db, demo):
    """case: search-unknown-conference"""
    assert search_attendees(db, 999, "ng") == [] and search_attendees(db, -1, "ng") == []


@pytest.mark.parametrize(("case", "call"), [
    ("checkin-negative-id", lambda db, c: checkins.check_in(db, -1)),
    ("checkin-unknown-code", lambda db, c: checkins.check_in_by_code(db, c, "ZZZZZZ")),
    ("checkin-code-lone-surrogate", lambda db, c: checkins.check_in_by_code(db, c, "\udce1AB")),
    ("checkin-empty-code", lambda db, c: checkins.check_in_by_code(db, c, "  ")),
    ("checkin-topic-of-other-conference", lambda db, c: checkins.check_in(db, 1, topic_id=999)),
], ids=lambda v: v if isinstance(v, str) else "")
def test_check_in_of_someone_who_is_not_there(db, demo, case, call):
    with pytest.raises(NotFound) as raised:
        call(db, demo.id)
    describe(raised.value).encode("utf-8")  # the sentence can be printed: no lone surrogate in it


# Any text at all, including what no keyboard produces: the store answers with a cleaned value
# or a typed error, and what it stored is NFC, free of control characters, and findable.
_ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_ANY_TEXT, position=_ANY_TEXT, note=_ANY_TEXT)
def test_any_text_is_stored_clean_or_refused(catalog_db, conference, name, position, note):
    """case: fuzz-any-text"""
    try:
        person = add_attendee(catalog_db, conference.id, AttendeeInput(full_name=name, position=position, note=note))
    except HoinghiError as error:
        assert describe(error)
        return
    for value in (person.full_name, person.position, person.note):
        assert unicodedata.is_normalized("NFC", value)
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", value)
        value.encode("utf-8")
    assert person.id in [a.id for a in search_attendees(catalog_db, conference.id, person.code)]
    search_attendees(catalog_db, conference.id, name)  # whatever was typed, the search answers


def test_every_case_is_in_the_catalogue():
    """docs/robustness.md lists every case id of this module, so the table stays true."""
    text = CATALOGUE.read_text("utf-8")
    source = Path(__file__).read_text("utf-8")
    ids = {c[0] for c in STORED + REFUSED + SEARCH_TEXT}
    ids |= set(re.findall(r'\("([a-z0-9-]+)", lambda', source))
    ids |= set(re.findall(r"case: ([a-z0-9-]+)", source))
    missing = sorted(i for i in ids if f"`{i}`" not in text)
    assert missing == []
