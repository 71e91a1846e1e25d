"""Every item model of the window passes pytest-qt's model tester, filled with the demo."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from desktop_app.store import checkins
from desktop_app.store.conferences import list_conferences
from desktop_app.store.listing import (
    attendee_groups,
    attendee_ids,
    attendees_by_ids,
    section_counts,
    topic_attendance,
    unit_members,
)
from desktop_app.store.search import search_attendees
from desktop_app.store.stats import conference_stats
from desktop_app.store.topics import list_topics
from desktop_app.ui.models import attendee_columns as cols
from desktop_app.ui.models.attendee_table_model import PAGE_SIZE, AttendeeTableModel
from desktop_app.ui.models.attendee_tree_model import AttendeeTreeModel
from desktop_app.ui.models.conference_table_model import ConferenceTableModel
from desktop_app.ui.models.group_stats_model import GroupStatsModel, SortRole
from desktop_app.ui.models.recent_check_in_model import RecentCheckInModel
from desktop_app.ui.models.search_result_model import SearchResultModel
from desktop_app.ui.models.topic_table_model import TopicTableModel


def test_conference_model(qtmodeltester, db, demo):
    model = ConferenceTableModel()
    model.set_conferences(list_conferences(db))
    model.set_current(demo.id)
    qtmodeltester.check(model)
    assert model.index(0, ConferenceTableModel.DATES).data() == "14/09/2022 07:30 – 17:00"


def test_search_result_model(qtmodeltester, db, demo):
    model = SearchResultModel()
    model.set_results(search_attendees(db, demo.id, "duc"))
    qtmodeltester.check(model)


def test_recent_check_in_model(qtmodeltester, db, demo):
    model = RecentCheckInModel()
    model.set_check_ins(checkins.recent_check_ins(db, demo.id, desk="Bàn 1"))
    qtmodeltester.check(model)
    times = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)


def test_group_stats_model_and_its_sorting_proxy(qtmodeltester, db, demo):
    model = GroupStatsModel()
    model.set_groups(conference_stats(db, demo.id).units)
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(GroupStatsModel.SHARE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    shares = [proxy.index(r, GroupStatsModel.SHARE).data(SortRole) for r in range(proxy.rowCount())]
    assert shares == sorted(shares, reverse=True)
    model.set_groups(section_counts(db, demo.id))
    qtmodeltester.check(model)


def test_topic_model(qtmodeltester, db, demo):
    model = TopicTableModel()
    model.set_topics(list_topics(db, demo.id), topic_attendance(db, demo.id), conference_stats(db, demo.id).invited)
    qtmodeltester.check(model)


def test_paged_attendee_model(qtmodeltester, db, demo):
    ids = attendee_ids(db, demo.id)
    model = AttendeeTableModel(lambda chunk: attendees_by_ids(db, chunk))
    model.set_ids(ids)
    qtmodeltester.check(model)
    model.ensure_rows(0, 5)
    assert model.index(0, cols.NAME).data() == "Dương Xuân Huyên"
    assert model.attendee_at(len(ids) - 1).id == ids[-1]
    assert model.set_ids(ids, (0, 10)) is False  # same people: no reset
    qtmodeltester.check(model)


def test_paged_model_keeps_memory_bounded(db):
    from desktop_app.store.demo import create_demo

    big = create_demo(db, attendees=PAGE_SIZE * 3)
    model = AttendeeTableModel(lambda chunk: attendees_by_ids(db, chunk))
    model.set_ids(attendee_ids(db, big.id))
    assert model.index(PAGE_SIZE * 2, cols.NAME).data() == "…"  # data() asked: not loaded, not queried
    model.ensure_rows(PAGE_SIZE * 2, PAGE_SIZE * 2 + 5)
    assert model.index(PAGE_SIZE * 2, cols.NAME).data() not in ("…", None)


def test_attendee_tree_model_with_units_opened(qtmodeltester, db, demo):
    def fetch(section_id, unit_key, offset, limit):
        return unit_members(db, demo.id, section_id=section_id, unit_key=unit_key, offset=offset, limit=limit)

    model = AttendeeTreeModel(fetch)
    model.set_groups(attendee_groups(db, demo.id))
    for s in range(model.rowCount()):
        section = model.index(s, 0)
        for u in range(model.rowCount(section)):
            unit = model.index(u, 0, section)
            assert model.hasChildren(unit) and model.rowCount(unit) == 0
            model.fetchMore(unit)
    qtmodeltester.check(model)
    leaders = model.index(0, 0)
    assert leaders.data() == "I. LÃNH ĐẠO UBND TỈNH"
    counts = conference_stats(db, demo.id).sections[0]
    assert model.index(0, cols.PRESENCE).data() == f"{counts.present} / {counts.invited}"
    chair = model.attendee_index(demo_chair_id(db, demo))
    assert chair.isValid() and chair.data() == "Dương Xuân Huyên"


def demo_chair_id(db, demo) -> int:
    return search_attendees(db, demo.id, "duong xuan huyen")[0].id


def test_section_list_model(qtmodeltester, db, demo):
    from desktop_app.store.sections import list_sections
    from desktop_app.ui.conferences.sections_dialog import SectionListModel

    model = SectionListModel()
    model.set_sections(list_sections(db, demo.id))
    qtmodeltester.check(model)
    assert model.index(3, 0).data() == "IV. CÁC CƠ QUAN BÁO CHÍ  —  Press"
