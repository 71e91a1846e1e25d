"""Check-ins: once per person, the second attempt reports the first, undo keeps history."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime

import pytest

from desktop_app.domain.errors import NotFound, NothingToUndo
from desktop_app.domain.kinds import AttendeeStatus, CheckInMethod
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import attendees, checkins, topics
from desktop_app.store.engine import on_server, rows, scalar
from desktop_app.store.stats import present_count


def test_check_in_once_then_already(catalog_db, conference, add_person):
    a = add_person("Nguyễn Văn Đức", "Sở Tư pháp")
    first = checkins.check_in(catalog_db, a.id, desk="Bàn 2", at=datetime(2022, 9, 14, 7, 42))
    assert not first.already and first.attendee.checked_in_at == datetime(2022, 9, 14, 7, 42)
    again = checkins.check_in(catalog_db, a.id, desk="Bàn 1")
    assert again.already
    assert (again.check_in.at, again.check_in.desk) == (datetime(2022, 9, 14, 7, 42), "Bàn 2")
    assert scalar(catalog_db, "SELECT count(*) FROM check_ins") == 1


def test_by_code_case_and_spaces_do_not_matter(catalog_db, conference, add_person):
    a = add_person("Lê Thị Hà")
    result = checkins.check_in_by_code(catalog_db, conference.id, f"  {a.code.lower()} ")
    assert result.attendee.id == a.id and result.check_in.method is CheckInMethod.SCAN
    with pytest.raises(NotFound):
        checkins.check_in_by_code(catalog_db, conference.id, "ZZZZZZ")


def test_undo_last_of_this_desk_keeps_history(catalog_db, conference, add_person):
    a, b = add_person("Lê Văn A"), add_person("Lê Văn B")
    checkins.check_in(catalog_db, a.id, desk="Bàn 1")
    checkins.check_in(catalog_db, b.id, desk="Bàn 2")
    undone = checkins.undo_last_check_in(catalog_db, conference.id, desk="Bàn 1")
    assert undone.attendee_id == a.id and undone.undone_at is not None
    assert present_count(catalog_db, conference.id) == 1
    with pytest.raises(NothingToUndo):
        checkins.undo_last_check_in(catalog_db, conference.id, desk="Bàn 1")
    again = checkins.check_in(catalog_db, a.id, desk="Bàn 1")
    assert not again.already
    assert [c.undone_at is None for c in checkins.check_in_history(catalog_db, a.id)] == [False, True]


def test_topic_attendance_is_separate_from_the_conference(catalog_db, conference, add_person):
    t = topics.add_topic(catalog_db, conference.id, "Xử lý khủng hoảng truyền thông")
    a = add_person("Lê Văn A")
    checkins.check_in(catalog_db, a.id)
    assert not checkins.check_in(catalog_db, a.id, topic_id=t.id).already
    assert checkins.check_in(catalog_db, a.id, topic_id=t.id).already
    assert present_count(catalog_db, conference.id, topic_id=t.id) == 1


def test_a_topic_of_another_conference_is_refused(catalog_db, conference, add_person):
    from desktop_app.store.conferences import create_conference

    other = create_conference(catalog_db, "Khác", datetime(2023, 1, 1))
    t = topics.add_topic(catalog_db, other.id, "Chủ đề khác")
    with pytest.raises(NotFound):
        checkins.check_in(catalog_db, add_person("Lê Văn A").id, topic_id=t.id)


def test_walk_in_is_added_and_checked_in_in_one_step(catalog_db, conference):
    result = checkins.add_walk_in(catalog_db, conference.id, AttendeeInput(
        full_name="Hà Thị Huyền", position="Phóng viên", unit_name="Báo Lạng Sơn"))
    assert result.attendee.status is AttendeeStatus.WALK_IN
    assert result.attendee.section_title == "IV. CÁC CƠ QUAN BÁO CHÍ"
    assert result.check_in.method is CheckInMethod.WALK_IN


def test_a_failed_walk_in_leaves_nothing(catalog_db, conference):
    from desktop_app.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        checkins.add_walk_in(catalog_db, conference.id, AttendeeInput(full_name="Hà Thị A", email="not-an-email"))
    assert scalar(catalog_db, "SELECT count(*) FROM attendees") == 0


def test_substitute_check_in(catalog_db, conference, add_person):
    invited = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    result = checkins.add_substitute_and_check_in(catalog_db, invited.id, AttendeeInput(full_name="Vi Thị Lan"))
    assert result.attendee.replaces_id == invited.id and result.attendee.present


def test_an_invited_person_who_comes_after_their_substitute_is_checked_in_and_told_so(catalog_db, conference,
                                                                                    add_person):
    invited = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    substitute = checkins.add_substitute_and_check_in(catalog_db, invited.id, AttendeeInput(full_name="Vi Thị Lan"))
    result = checkins.check_in(catalog_db, invited.id)
    assert not result.already and result.attendee.present
    assert result.replaced_by is not None and result.replaced_by.id == substitute.attendee.id
    assert result.replaced_by.checked_in_at == substitute.check_in.at
    other = add_person("Lê Văn An")
    assert checkins.check_in(catalog_db, other.id).replaced_by is None


def test_recent_check_ins_of_a_desk(catalog_db, conference, add_person):
    people = [add_person(f"Lê Văn {n}") for n in ("An", "Bình", "Cường")]
    for person, desk in zip(people, ("Bàn 1", "Bàn 2", "Bàn 1"), strict=True):
        checkins.check_in(catalog_db, person.id, desk=desk)
    recent = checkins.recent_check_ins(catalog_db, conference.id, desk="Bàn 1")
    assert [a.full_name for _, a in recent] == ["Lê Văn Cường", "Lê Văn An"]


def test_check_in_of_a_deleted_person_is_not_found(catalog_db, add_person):
    from desktop_app.store.attendees import delete_attendee

    a = add_person("Lê Văn A")
    delete_attendee(catalog_db, a.id)
    with pytest.raises(NotFound):
        checkins.check_in(catalog_db, a.id)


def test_every_check_in_and_undo_is_audited(catalog_db, conference, add_person):
    from desktop_app.store.audit import list_entries

    a = add_person("Lê Văn A")
    checkins.check_in(catalog_db, a.id, desk="Bàn 3")
    checkins.undo_check_in(catalog_db, a.id, desk="Bàn 3")
    actions = [(e.action, e.desk) for e in list_entries(catalog_db, conference_id=conference.id)[:2]]
    assert actions == [("undo_check_in", "Bàn 3"), ("check_in", "Bàn 3")]


def test_undoing_an_added_person_takes_the_record_and_the_replacement(catalog_db, conference, add_person):
    """Issue 11 item 2: Ctrl+Z after F3 undoes the whole substitute, not only the check-in."""
    from desktop_app.domain.errors import Conflict
    from desktop_app.store.audit import list_entries

    invited = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    substitute = checkins.add_substitute_and_check_in(catalog_db, invited.id, AttendeeInput(full_name="Vi Thị Lan"))
    assert attendees.get_attendee(catalog_db, invited.id).replaced
    removed = checkins.undo_added_person(catalog_db, substitute.attendee.id)
    assert removed.full_name == "Vi Thị Lan"
    assert [a.id for a in attendees.list_attendees(catalog_db, conference.id)] == [invited.id]
    assert not attendees.get_attendee(catalog_db, invited.id).replaced
    actions = [e.action for e in list_entries(catalog_db, conference_id=conference.id)]
    assert "undo_check_in" in actions and "delete" in actions
    with pytest.raises(Conflict):
        checkins.undo_added_person(catalog_db, invited.id)


def test_a_persons_history_reads_the_audit_log(catalog_db, conference, add_person):
    """Issue 11 item 8: added, checked in (where, when), undone, replaced, deleted: in order."""
    from desktop_app.store.audit import history

    invited = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    checkins.check_in(catalog_db, invited.id, desk="Bàn 2")
    checkins.undo_check_in(catalog_db, invited.id, desk="Bàn 2")
    substitute = checkins.add_substitute_and_check_in(catalog_db, invited.id, AttendeeInput(full_name="Vi Thị Lan"),
                                                      desk="Bàn 3")
    attendees.delete_attendee(catalog_db, substitute.attendee.id)
    mine = history(catalog_db, conference.id, attendee_id=invited.id)
    assert [(e.action, e.desk, person) for e, person in mine] == [
        ("add", "Bàn 1", "Nông Văn Dũng"), ("check_in", "Bàn 2", "Nông Văn Dũng"),
        ("undo_check_in", "Bàn 2", "Nông Văn Dũng")]
    desk_3 = history(catalog_db, conference.id, desk="Bàn 3")
    assert [(e.action, person) for e, person in desk_3] == [("check_in", "Vi Thị Lan")]
    everything = history(catalog_db, conference.id)
    assert ("delete", "Vi Thị Lan") in [(e.action, person) for e, person in everything]
    assert [e.at for e, _ in everything] == sorted(e.at for e, _ in everything)


def test_a_check_in_sent_twice_with_its_client_id_is_recorded_once(catalog_db, conference, add_person):
    """A desk whose network dropped before the answer sends the same check-in again: once."""
    a = add_person("Nguyễn Văn Đức")
    first = checkins.check_in(catalog_db, a.id, desk="Bàn 2", client_id="c-1", at=datetime(2022, 9, 14, 7, 42))
    again = checkins.check_in(catalog_db, a.id, desk="Bàn 2", client_id="c-1", keep_double=True)
    assert not first.recorded_before and again.recorded_before and not again.double
    assert again.check_in.id == first.check_in.id and again.check_in.client_id == "c-1"
    assert scalar(catalog_db, "SELECT count(*) FROM check_ins WHERE client_id = 'c-1'") == 1
    assert checkins.count_doubles(catalog_db, conference.id) == 0


def test_a_check_in_from_a_cut_off_desk_for_someone_already_in_is_kept_as_a_double(
        catalog_db, conference, add_person):
    a = add_person("Lê Thị Hà")
    live = checkins.check_in(catalog_db, a.id, desk="Bàn 1", client_id="one")
    double = checkins.check_in(catalog_db, a.id, desk="Bàn 2", client_id="two", keep_double=True,
                               at=datetime(2022, 9, 14, 7, 50))
    assert double.double and not double.already and double.check_in.double_of == live.check_in.id
    assert double.check_in.desk == "Bàn 2" and double.check_in.undone_at is not None   # never live twice
    assert checkins.count_doubles(catalog_db, conference.id) == 1 and present_count(catalog_db, conference.id) == 1
    resent = checkins.check_in(catalog_db, a.id, desk="Bàn 2", client_id="two", keep_double=True)
    assert resent.recorded_before and resent.double and resent.check_in.id == double.check_in.id
    assert checkins.count_doubles(catalog_db, conference.id) == 1
    assert checkins.check_in(catalog_db, a.id, desk="Bàn 3", client_id="three").already   # online: refused
    assert [c.double_of for c in checkins.check_in_history(catalog_db, a.id)] == [None, live.check_in.id]


def test_a_walk_in_sent_twice_with_its_client_id_is_added_once(catalog_db, conference):
    person = AttendeeInput(full_name="Trần Văn Mới", unit_name="Báo Quảng Nam")
    first = checkins.add_walk_in(catalog_db, conference.id, person, desk="Bàn 3", client_id="w-1")
    again = checkins.add_walk_in(catalog_db, conference.id, person, desk="Bàn 3", client_id="w-1")
    assert again.recorded_before and again.attendee.id == first.attendee.id
    assert scalar(catalog_db, "SELECT count(*) FROM attendees WHERE full_name = 'Trần Văn Mới'") == 1


def _desk_transcript(db, conference, add_person) -> list:
    """What the desks are told, and what the audit log holds, for each kind of answer."""

    t = topics.add_topic(db, conference.id, "Chuyên đề 1")
    a, b = add_person("Lê Văn A"), add_person("Lê Văn B")
    told: list = []

    def answer(step) -> None:
        try:
            r = step()
        except (NotFound, NothingToUndo) as exc:
            told.append((type(exc).__name__, exc.code, sorted(exc.details.items())))
            return
        if hasattr(r, "already"):
            told.append(("result", r.already, r.attendee.full_name, r.attendee.checked_in_at,
                         r.attendee.checked_in_desk, r.check_in.at, r.check_in.desk, str(r.check_in.method)))
        else:
            told.append(("undone", r.attendee_id, r.at, r.desk, r.undone_at is not None, r.undone_desk))

    answer(lambda: checkins.check_in(db, a.id, desk="Bàn 2", at=datetime(2022, 9, 14, 7, 42)))
    answer(lambda: checkins.check_in(db, a.id, desk="Bàn 1", at=datetime(2022, 9, 14, 7, 50)))
    answer(lambda: checkins.check_in(db, a.id, topic_id=t.id, desk="Bàn 1", at=datetime(2022, 9, 14, 9, 0)))
    answer(lambda: checkins.check_in(db, b.id, topic_id=t.id + 1000, desk="Bàn 1"))
    answer(lambda: checkins.check_in(db, b.id + 1000, desk="Bàn 1"))
    answer(lambda: checkins.undo_check_in(db, a.id, desk="Bàn 3"))
    answer(lambda: checkins.undo_check_in(db, a.id, desk="Bàn 3"))
    answer(lambda: checkins.check_in(db, b.id, desk="Bàn 1", at=datetime(2022, 9, 14, 8, 0)))
    answer(lambda: checkins.undo_last_check_in(db, conference.id, desk="Bàn 1", topic_id=t.id))
    answer(lambda: checkins.undo_last_check_in(db, conference.id, desk="Bàn 1"))
    answer(lambda: checkins.undo_last_check_in(db, conference.id, desk="Bàn 1"))
    log = rows(db, "SELECT at, desk, action, entity, entity_id, conference_id, details FROM audit "
                   "WHERE action IN ('check_in', 'undo_check_in') ORDER BY id")
    ids = {a.id: "A", b.id: "B"}
    return told + [(r["desk"], r["action"], ids[r["entity_id"]], r["details"]) for r in log]


def test_every_answer_of_a_desk_is_the_same_on_both_engines(catalog_db, conference, add_person):
    """The server's one-statement check-in and undo say what the file's transactions say, and
    write the same audit entries, text for text."""
    told = _desk_transcript(catalog_db, conference, add_person)
    at = datetime(2022, 9, 14, 7, 42)
    assert told[:5] == [
        ("result", False, "Lê Văn A", at, "Bàn 2", at, "Bàn 2", "search"),
        ("result", True, "Lê Văn A", at, "Bàn 2", at, "Bàn 2", "search"),
        ("result", False, "Lê Văn A", datetime(2022, 9, 14, 9, 0), "Bàn 1", datetime(2022, 9, 14, 9, 0), "Bàn 1",
         "search"),
        ("NotFound", "not_found", [("entity", "topic"), ("id", told[3][2][1][1])]),
        ("NotFound", "not_found", [("entity", "attendee"), ("id", told[4][2][1][1])]),
    ]
    assert [t[0] for t in told[5:11]] == ["undone", "NothingToUndo", "result", "undone", "undone",
                                         "NothingToUndo"]
    assert told[5][1:] == (told[8][1], at, "Bàn 2", True, "Bàn 3")
    topic_id = told[3][2][1][1] - 1000
    ids = [int(row[3].rsplit(" ", 1)[1].rstrip("}")) for row in told[11:]]
    assert ids[2] == ids[0] and ids[4] == ids[1] and ids[5] == ids[3] and len(set(ids)) == 3

    def details(check_in_id: int, topic: int | None = None, method: bool = True) -> str:
        head = f'{{"topic_id": {"null" if topic is None else topic}, "method": "search", ' if method else "{"
        return head + f'"check_in_id": {check_in_id}}}'

    assert told[11:] == [
        ("Bàn 2", "check_in", "A", details(ids[0])),
        ("Bàn 1", "check_in", "A", details(ids[1], topic_id)),
        ("Bàn 3", "undo_check_in", "A", details(ids[0], method=False)),
        ("Bàn 1", "check_in", "B", details(ids[3])),
        ("Bàn 1", "undo_check_in", "A", details(ids[1], method=False)),
        ("Bàn 1", "undo_check_in", "B", details(ids[3], method=False)),
    ]


@pytest.mark.server_only
def test_a_desk_action_on_a_server_is_one_statement(catalog_db, conference, add_person, monkeypatch):
    """On a LAN the round trips are the cost (issue 13 item 3): every check-in a desk makes or
    sends from its queue (fresh, already, sent again, a double, a substitute's original) and an
    undo are one statement each on a server; a file does them in one local transaction."""
    assert on_server(catalog_db)
    from desktop_app.store import pg_engine

    a, b = add_person("Lê Văn A"), add_person("Lê Văn B")
    substitute = checkins.add_substitute_and_check_in(catalog_db, b.id, AttendeeInput(full_name="Vi Thị Lan"))
    sent: list[str] = []
    real = pg_engine.cursor
    monkeypatch.setattr(pg_engine, "cursor",
                        lambda db, sql, params=None, **kw: sent.append(sql) or real(db, sql, params, **kw))
    steps = [
        lambda: checkins.check_in(catalog_db, a.id).already is False,
        lambda: checkins.check_in(catalog_db, a.id).already,
        lambda: checkins.undo_check_in(catalog_db, a.id).undone_at is not None,
        lambda: not checkins.check_in(catalog_db, a.id, client_id="q-1", keep_double=True).double,
        lambda: checkins.check_in(catalog_db, a.id, client_id="q-1", keep_double=True).recorded_before,
        lambda: checkins.check_in(catalog_db, a.id, client_id="q-2", keep_double=True).double,
        lambda: checkins.check_in(catalog_db, b.id, client_id="q-3").replaced_by.id == substitute.attendee.id,
        lambda: checkins.undo_last_check_in(catalog_db, conference.id).attendee_id == b.id,
    ]
    for n, step in enumerate(steps):
        assert step(), n
        assert len(sent) == n + 1, sent[n:]


def _queued_transcript(db, conference, add_person) -> list:
    """What a desk's queued sends are told (check-ins with their client ids, from a desk that was
    cut off), on either engine."""
    t = topics.add_topic(db, conference.id, "Chuyên đề 1")
    a, b = add_person("Lê Văn A"), add_person("Lê Văn B")
    c = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    substitute = checkins.add_substitute_and_check_in(db, c.id, AttendeeInput(full_name="Vi Thị Lan"), desk="Bàn 3")
    names = {a.id: "A", b.id: "B", c.id: "C", substitute.attendee.id: "S"}
    told: list = []

    def send(attendee_id: int, client_id: str, *, topic_id: int | None = None, desk: str = "Bàn 2",
             minute: int = 0) -> None:
        try:
            r = checkins.check_in(db, attendee_id, topic_id=topic_id, desk=desk, client_id=client_id,
                                  keep_double=True, at=datetime(2022, 9, 14, 8, minute))
        except NotFound as exc:
            told.append(("NotFound", exc.details["entity"]))
            return
        k = r.check_in
        told.append((names[r.attendee.id], r.already, r.recorded_before, r.double, r.attendee.checked_in_desk,
                     k.desk, k.at.minute, k.client_id, k.undone_at is not None, k.double_of is not None,
                     r.replaced_by and names[r.replaced_by.id], r.replaces and names[r.replaces.id]))

    send(a.id, "a-1", minute=1)                       # made
    send(a.id, "a-1", minute=1)                       # sent again: that one
    send(a.id, "a-2", desk="Bàn 4", minute=2)         # another desk's, for someone already in: a double
    send(a.id, "a-2", desk="Bàn 4", minute=2)         # the double sent again: that one
    send(a.id, "a-3", topic_id=t.id, minute=3)        # a topic is a scope of its own
    send(b.id, "b-1", topic_id=t.id + 1000)           # a topic not theirs
    send(b.id + 1000, "x-1")                          # nobody
    send(c.id, "c-1", minute=5)                       # the invited person after their substitute
    send(substitute.attendee.id, "s-1", topic_id=t.id, minute=6)   # the substitute, at the topic
    written = rows(db, "SELECT client_id FROM check_ins WHERE client_id IS NOT NULL ORDER BY client_id")
    log = rows(db, "SELECT desk, action, entity_id, details FROM audit WHERE action LIKE '%check_in' ORDER BY id")
    return told + [[r["client_id"] for r in written]] + [
        (r["desk"], r["action"], names[r["entity_id"]], sorted(json.loads(r["details"]))) for r in log]


def test_every_answer_to_a_queued_check_in_is_the_same_on_both_engines(catalog_db, conference, add_person):
    """Sent again: the recorded one, nothing written; someone in already: a double beside the
    live one, with its audit entry; nobody, or a topic not theirs: NotFound and nothing written."""
    told = _queued_transcript(catalog_db, conference, add_person)
    assert told[:9] == [
        ("A", False, False, False, "Bàn 2", "Bàn 2", 1, "a-1", False, False, None, None),
        ("A", True, True, False, "Bàn 2", "Bàn 2", 1, "a-1", False, False, None, None),
        ("A", False, False, True, "Bàn 2", "Bàn 4", 2, "a-2", True, True, None, None),
        ("A", False, True, True, "Bàn 2", "Bàn 4", 2, "a-2", True, True, None, None),
        ("A", False, False, False, "Bàn 2", "Bàn 2", 3, "a-3", False, False, None, None),
        ("NotFound", "topic"),
        ("NotFound", "attendee"),
        ("C", False, False, False, "Bàn 2", "Bàn 2", 5, "c-1", False, False, "S", None),
        ("S", False, False, False, "Bàn 2", "Bàn 2", 6, "s-1", False, False, None, "C"),
    ]
    assert told[9] == ["a-1", "a-2", "a-3", "c-1", "s-1"]
    check_in, double = ["check_in_id", "method", "topic_id"], ["check_in_id", "double_of", "topic_id"]
    assert told[10:] == [("Bàn 3", "check_in", "S", check_in), ("Bàn 2", "check_in", "A", check_in),
                         ("Bàn 4", "double_check_in", "A", double), ("Bàn 2", "check_in", "A", check_in),
                         ("Bàn 2", "check_in", "C", check_in), ("Bàn 2", "check_in", "S", check_in)]


def test_the_audit_entry_of_a_double_is_the_same_on_both_engines(catalog_db, conference, add_person):
    from desktop_app.store.audit import list_entries

    a = add_person("Lê Văn A")
    live = checkins.check_in(catalog_db, a.id, desk="Bàn 1", client_id="one")
    double = checkins.check_in(catalog_db, a.id, desk="Bàn 2", client_id="two", keep_double=True)
    entry = list_entries(catalog_db, conference_id=conference.id)[0]
    assert (entry.action, entry.desk, entry.entity_id) == ("double_check_in", "Bàn 2", a.id)
    assert entry.details == {"topic_id": None, "check_in_id": double.check_in.id, "double_of": live.check_in.id}


def test_a_check_in_sent_again_while_the_first_is_being_written_is_recorded_once(
        catalog_db, conference, add_person, db_location, clock):
    """A desk that gave up waiting sends its queued check-in again on a new connection while the
    first send is still being committed: the second waits for the first, then is told of it."""
    from desktop_app.store import open_database
    from desktop_app.store.engine import write_transaction

    a = add_person("Lê Văn A")
    told: dict = {}

    def resend() -> None:
        again = open_database(db_location, desk="Bàn 2", clock=clock)
        try:
            told["again"] = checkins.check_in(again, a.id, desk="Bàn 2", client_id="q-7", keep_double=True)
        finally:
            again.close()

    first = open_database(db_location, desk="Bàn 2", clock=clock)
    try:
        with write_transaction(first):   # the first send, written and not yet committed
            made = checkins.check_in(first, a.id, desk="Bàn 2", client_id="q-7", keep_double=True)
            thread = threading.Thread(target=resend)
            thread.start()
            _until_waiting_for_a_lock(catalog_db)
    finally:
        first.close()
    thread.join(timeout=60)
    again = told["again"]
    assert again.recorded_before and not again.double and again.check_in.id == made.check_in.id
    assert scalar(catalog_db, "SELECT count(*) FROM check_ins") == 1
    assert scalar(catalog_db, "SELECT count(*) FROM audit WHERE action LIKE '%check_in'") == 1


def _until_waiting_for_a_lock(db) -> None:
    """On a server: until a connection waits for a lock (the resend, for the first send's row).
    A file's writer waits in BEGIN IMMEDIATE, which no query shows: the resend waits or follows."""
    if not on_server(db):
        return
    end = time.monotonic() + 60
    while not scalar(db, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                         "AND datname = current_database()"):
        assert time.monotonic() < end, "the resend never waited for the first send"
        time.sleep(0.01)
