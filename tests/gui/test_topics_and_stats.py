"""Session topics (add, edit, reorder, delete, attendance) and the statistics view."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime

from desktop_app.store import checkins
from desktop_app.store.stats import conference_stats
from desktop_app.store.topics import list_topics
from desktop_app.ui.conferences import topics_view
from desktop_app.ui.conferences.topic_dialog import TopicDialog
from desktop_app.ui.models.group_stats_model import GroupStatsModel
from desktop_app.ui.models.topic_table_model import TopicTableModel


@pytest.fixture
def view(window):
    window.show_view("topics")
    return window.topics


def answer(monkeypatch, fill) -> list[TopicDialog]:
    seen: list[TopicDialog] = []

    def exec_(dialog: TopicDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(TopicDialog, "exec", exec_)
    return seen


def titles(db, demo) -> list[str]:
    return [t.title for t in list_topics(db, demo.id)]


def test_add_a_topic_with_a_time(view, db, demo, monkeypatch):
    def fill(d: TopicDialog) -> None:
        d.title.setText("Kỹ năng viết tin, bài đối ngoại")
        d.presenter.setText("Hoàng Thị Tố Loan")
        d.starts.enabled.setChecked(True)
        d.starts.edit.setDateTime(QDateTime(datetime(2022, 9, 15, 8, 0)))

    answer(monkeypatch, fill)
    view.add_action.trigger()
    added = list_topics(db, demo.id)[-1]
    assert (added.title, added.position, added.starts_at) == (
        "Kỹ năng viết tin, bài đối ngoại", 6, datetime(2022, 9, 15, 8, 0))
    assert view.selected().id == added.id


def test_a_topic_needs_a_title_and_an_end_after_its_start(view, db, demo, monkeypatch):
    def fill(d: TopicDialog) -> None:
        d.title.setText("Chuyên đề mới")
        d.starts.enabled.setChecked(True)
        d.starts.edit.setDateTime(QDateTime(datetime(2022, 9, 14, 10, 0)))
        d.ends.enabled.setChecked(True)
        d.ends.edit.setDateTime(QDateTime(datetime(2022, 9, 14, 9, 0)))

    seen = answer(monkeypatch, fill)
    view.add_action.trigger()
    assert "end is before the start" in seen[0].messages.message("ends_at")
    assert len(titles(db, demo)) == 5


def test_reorder_and_delete(view, db, demo, monkeypatch):
    first, second = list_topics(db, demo.id)[:2]
    view.select(first.id)
    view.down_action.trigger()
    assert titles(db, demo)[:2] == [second.title, first.title]
    assert view.selected().id == first.id
    view.up_action.trigger()
    assert titles(db, demo)[:2] == [first.title, second.title]
    asked = []
    monkeypatch.setattr(topics_view, "confirm", lambda _parent, _title, text, **kw: asked.append(text) or True)
    present = view.model.attendance_of(first.id)
    assert present > 0       # the demo's first session has its attendance
    view.delete_action.trigger()
    assert first.title not in titles(db, demo) and len(titles(db, demo)) == 4
    assert f"and the {present} check-ins recorded for it?" in asked[0]
    assert view.selected().id == second.id        # the next one is selected


def test_attendance_per_topic(view, db, demo):
    topic = list_topics(db, demo.id)[3]  # an afternoon topic: nobody yet in the demo
    for _check_in, person in checkins.recent_check_ins(db, demo.id, limit=3):
        checkins.check_in(db, person.id, topic_id=topic.id)
    view.session.changed()
    row = view.model.row_of(topic.id)
    invited = conference_stats(db, demo.id).invited   # a topic's seats are the conference's
    assert view.model.index(row, TopicTableModel.ATTENDANCE).data() == f"3 / {invited}"


def test_statistics_are_counted_on_a_worker(qtbot, window, db, demo):
    window.show_view("stats")
    view = window.stats
    qtbot.waitUntil(lambda: view.stats is not None and view.stats.counted, timeout=10_000)
    expected = conference_stats(db, demo.id)
    assert view.stats == expected
    assert view.summary.text().startswith(f"Invited {expected.invited} · present {expected.present}")
    assert view.sections.rowCount() == 5 and view.units.rowCount() == len(expected.units)
    assert view.absent.rowCount() == len(expected.units_absent)
    section = view.sections.index(1, GroupStatsModel.SHARE)
    assert section.data() == f"{round(100 * expected.sections[1].present / expected.sections[1].invited)} %"
    person = next(a for a in checkins.recent_check_ins(db, demo.id, limit=1))
    checkins.undo_check_in(db, person[1].id, desk="Bàn 2")  # another desk: the view follows
    view.session.poll()
    qtbot.waitUntil(lambda: view.stats.present == expected.present - 1, timeout=10_000)


def test_statistics_show_the_groups_before_their_present_are_counted(qtbot, window, db, demo):
    """At a million people the check-ins take as long to count as the groups: the sections and
    units come first with "…" for present, absent and share, then the same rows get them; a
    refresh of figures on screen (another desk's check-in) counts all at once."""
    window.show_view("stats")
    view = window.stats
    seen = []

    def on_loaded(stats) -> None:
        first = view.sections.index(0, GroupStatsModel.PRESENT_OF_INVITED).data()
        share = view.sections.index(0, GroupStatsModel.SHARE).data()
        seen.append((stats.counted, view.rows_loading, first, share, view.absent.rowCount()))

    view.loader.succeeded.connect(on_loaded)
    qtbot.waitUntil(lambda: len(seen) == 2 and not view.loader.running, timeout=10_000)
    expected = conference_stats(db, demo.id)
    first = expected.sections[0]
    assert seen == [(False, False, f"… / {first.invited}", "…", 0),
                    (True, False, f"{first.present} / {first.invited}",
                     f"{round(100 * first.present / first.invited)} %", len(expected.units_absent))]
    assert view.stats == expected
    seen.clear()
    view.session.changed()
    qtbot.waitUntil(lambda: len(seen) == 1 and not view.loader.running, timeout=10_000)
    assert seen[0][0] is True


def test_the_people_who_attended_the_chosen_topic(qtbot, view, db, demo):
    topic = list_topics(db, demo.id)[2]
    came = [person for _c, person in checkins.recent_check_ins(db, demo.id, limit=2)]
    for person in came:
        checkins.check_in(db, person.id, topic_id=topic.id, desk="Bàn 2")
    view.session.changed()
    view.select(topic.id)
    attendance = view.attendance
    qtbot.waitUntil(lambda: attendance.model.rowCount() == 2, timeout=10_000)
    attendance.model.ensure_rows(0, 1)
    assert {attendance.model.attendee_at(r).full_name for r in range(2)} == {p.full_name for p in came}
    assert attendance.model.index(0, 1).data().endswith("Bàn 2")  # the topic's check-in, not the conference's
    assert "Attended topic 3" in attendance.caption.text()


def test_a_new_topic_starts_when_the_previous_one_ends_and_overlaps_are_pointed_out(view, db, demo, monkeypatch):
    """Issue 11 item 11."""
    seen: list[tuple[datetime | None, str]] = []

    def fill(d: TopicDialog) -> None:
        seen.append((d.starts.value(), d.notice.text()))
        d.title.setText("Kỹ năng viết tin, bài đối ngoại")
        d.ends.enabled.setChecked(True)
        d.ends.edit.setDateTime(QDateTime(datetime(2022, 9, 14, 18, 0)))
        d.starts.edit.setDateTime(QDateTime(datetime(2022, 9, 14, 16, 30)))   # within the last topic
        seen.append((d.starts.value(), d.notice.text()))

    answer(monkeypatch, fill)
    view.add_action.trigger()
    last = list_topics(db, demo.id)[-2]
    assert seen[0][0] == last.ends_at == datetime(2022, 9, 14, 17, 0) and seen[0][1] == ""
    assert f"overlaps the topic “{last.title}” (14/09/2022 15:45 – 17:00)" in seen[1][1]
    assert list_topics(db, demo.id)[-1].starts_at == datetime(2022, 9, 14, 16, 30)   # a warning, not a refusal


def test_section_names_are_not_cut_at_1024_by_768(qtbot, window, db, demo):
    """Issue 11 item 9: the Statistics view showed "I. LÃN…"."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("stats")
    view = window.stats
    qtbot.waitUntil(lambda: view.stats is not None and view.stats.counted, timeout=10_000)
    table = view.section_table
    qtbot.waitUntil(lambda: table.columnWidth(GroupStatsModel.TITLE) > 0)
    width = table.columnWidth(GroupStatsModel.TITLE) - 8
    metrics = QFontMetrics(table.font())
    for row in range(view.sections.rowCount()):
        title = view.sections.index(row, GroupStatsModel.TITLE).data()
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), title)
        assert needed.width() <= width and needed.height() <= table.rowHeight(row), title
