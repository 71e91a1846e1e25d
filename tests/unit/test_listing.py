"""Lists for the window: ordered ids under filters, pages by id, groups with counts, desk counters."""

from __future__ import annotations

from desktop_app.domain.kinds import AttendeeOrder, AttendeeStatus, UnitKind
from desktop_app.domain.listing import AttendeeFilter, PresenceFilter
from desktop_app.domain.models import AttendeeInput
from desktop_app.store import attendees, checkins, listing, stats, topics
from desktop_app.store.search import search_attendees


def test_ids_follow_the_orders_of_list_attendees(db, demo):
    for order in AttendeeOrder:
        assert listing.attendee_ids(db, demo.id, order=order) == [
            a.id for a in attendees.list_attendees(db, demo.id, order=order)]


def test_pages_by_id_keep_the_order_asked_and_skip_the_deleted(db, demo):
    ids = listing.attendee_ids(db, demo.id)
    wanted = [ids[7], ids[2], ids[40]]
    attendees.delete_attendee(db, ids[2])
    page = listing.attendees_by_ids(db, wanted)
    assert [a.id for a in page] == [ids[7], ids[40]]
    assert page[0] == attendees.get_attendee(db, ids[7])


def test_text_filter_is_the_folded_search(db, demo):
    found = listing.attendees_by_ids(db, listing.attendee_ids(db, demo.id, filter=AttendeeFilter(text="duc")))
    assert {"Nguyễn Văn Đức", "Hoàng Minh Đức", "Lương Đức Thắng"} <= {a.full_name for a in found}
    assert {a.id for a in found} == {a.id for a in search_attendees(db, demo.id, "duc", limit=10_000)}


def test_presence_and_kind_filters(db, demo):
    everyone = attendees.list_attendees(db, demo.id)
    replaced = {a.replaces_id for a in everyone if a.replaces_id}

    def names(**kw):
        return {a.full_name for a in listing.attendees_by_ids(
            db, listing.attendee_ids(db, demo.id, filter=AttendeeFilter(**kw)))}

    assert names(presence=PresenceFilter.PRESENT) == {a.full_name for a in everyone if a.present}
    assert names(presence=PresenceFilter.ABSENT) == {
        a.full_name for a in everyone if not a.present and a.id not in replaced}
    assert names(presence=PresenceFilter.WALK_IN) == {"Hà Thị Thanh Huyền"}
    assert len(names(presence=PresenceFilter.SUBSTITUTE)) == 1
    press = names(kinds=(UnitKind.PRESS,))
    assert press and press == {a.full_name for a in everyone if a.unit_kind is UnitKind.PRESS}


def test_groups_count_seats_like_the_statistics(db, demo):
    groups = listing.attendee_groups(db, demo.id)
    s = stats.conference_stats(db, demo.id)
    assert [(g.title, g.invited, g.present) for g in groups] == [
        (g.title, g.invited, g.present) for g in s.sections]
    units = {u.key: (u.invited, u.present) for g in groups for u in g.units}
    assert units == {u.key: (u.invited, u.present) for u in s.units}


def test_groups_without_present_are_the_same_groups_not_yet_counted(db, demo):
    """The attendees view shows these first at a million people, then the counted ones."""
    counted = listing.attendee_groups(db, demo.id)
    quick = listing.attendee_groups(db, demo.id, present=False)
    assert any(g.present for g in counted)
    assert all(g.present is None and all(u.present is None for u in g.units) for g in quick)
    assert [(g.section_id, g.title, g.invited, g.matched, [(u.key, u.title, u.kind, u.invited, u.matched)
                                                           for u in g.units]) for g in quick] == [
        (g.section_id, g.title, g.invited, g.matched, [(u.key, u.title, u.kind, u.invited, u.matched)
                                                       for u in g.units]) for g in counted]
    filtered = AttendeeFilter(text="duc")   # a filtered list counts in one query: always counted
    assert listing.attendee_groups(db, demo.id, filter=filtered, present=False) == listing.attendee_groups(
        db, demo.id, filter=filtered)


def test_statistics_without_present_are_the_same_figures_not_yet_counted(db, demo):
    counted = stats.conference_stats(db, demo.id)
    quick = stats.conference_stats(db, demo.id, present=False)
    assert counted.counted and counted.present and not quick.counted
    assert quick.present is None and quick.absent is None and quick.units_absent == ()
    assert (quick.invited, quick.walk_ins, quick.substitutes) == (counted.invited, counted.walk_ins,
                                                                  counted.substitutes)
    for ours, full in ((quick.sections, counted.sections), (quick.units, counted.units),
                       (quick.topics, counted.topics)):
        assert all(g.present is None and g.absent is None for g in ours)
        assert [(g.key, g.title, g.invited, g.kind) for g in ours] == [(g.key, g.title, g.invited, g.kind)
                                                                        for g in full]


def test_unit_members_page_through_one_group(db, demo):
    groups = listing.attendee_groups(db, demo.id)
    section = groups[1]
    unit = max(section.units, key=lambda u: u.matched)
    first = listing.unit_members(db, demo.id, section_id=section.section_id, unit_key=unit.key, limit=2)
    rest = listing.unit_members(db, demo.id, section_id=section.section_id, unit_key=unit.key, offset=2)
    members = first + rest
    assert len(members) == unit.matched
    assert all(a.section_id == section.section_id and a.unit_name == members[0].unit_name for a in members)


def test_groups_under_a_filter_keep_only_matches(db, demo):
    groups = listing.attendee_groups(db, demo.id, filter=AttendeeFilter(text="cao loc"))
    assert [u.title for g in groups for u in g.units] == ["UBND huyện Cao Lộc"]
    unit = groups[0].units[0]
    assert unit.matched == len(search_attendees(db, demo.id, "cao loc", limit=1000)) == unit.invited


def test_a_free_text_unit_is_its_own_group(catalog_db, conference, add_person):
    add_person("Lò Văn Sáu", "Hợp tác xã Tân Thành")
    add_person("Lò Thị Bảy", "Hop tac xa Tan Thanh")
    groups = listing.attendee_groups(catalog_db, conference.id, filter=AttendeeFilter(text="tan thanh"))
    assert len(groups) == 1 and groups[0].section_id is None
    (unit,) = groups[0].units
    assert unit.key == "name:hop tac xa tan thanh" and unit.matched == 2
    members = listing.unit_members(catalog_db, conference.id, section_id=None, unit_key=unit.key)
    assert {a.full_name for a in members} == {"Lò Văn Sáu", "Lò Thị Bảy"}


def test_section_counts_match_the_statistics_and_move_with_a_check_in(db, demo):
    s = stats.conference_stats(db, demo.id)
    counts = listing.section_counts(db, demo.id)
    assert [(c.title, c.invited, c.present) for c in counts] == [(g.title, g.invited, g.present) for g in s.sections]
    absent = listing.attendee_ids(db, demo.id, filter=AttendeeFilter(presence=PresenceFilter.ABSENT))[0]
    who = attendees.get_attendee(db, absent)
    checkins.check_in(db, absent)
    after = {c.title: c.present for c in listing.section_counts(db, demo.id)}
    assert after[who.section_title] == {c.title: c.present for c in counts}[who.section_title] + 1


def test_section_counts_for_a_topic_and_a_substituted_seat(catalog_db, conference, add_person):
    a = add_person("Nông Văn Dũng", "Sở Y tế", "Giám đốc")
    add_person("Lê Thị Hà", "Sở Y tế", "Chuyên viên")
    checkins.add_substitute_and_check_in(catalog_db, a.id, AttendeeInput(full_name="Vi Thị Lan"))
    topic = topics.add_topic(catalog_db, conference.id, "Chuyên đề 1")
    by_title = {c.title: (c.invited, c.present) for c in listing.section_counts(catalog_db, conference.id)}
    assert by_title["II. CÁC SỞ, BAN, NGÀNH"] == (2, 1)   # Vi Thị Lan holds Nông Văn Dũng's seat
    checkins.check_in(catalog_db, a.id, topic_id=topic.id)   # he came anyway, to the topic: a seat again
    by_title = {c.title: (c.invited, c.present) for c in listing.section_counts(catalog_db, conference.id)}
    assert by_title["II. CÁC SỞ, BAN, NGÀNH"] == (3, 1)
    topic_counts = {c.title: (c.invited, c.present)
                    for c in listing.section_counts(catalog_db, conference.id, topic_id=topic.id)}
    assert topic_counts["II. CÁC SỞ, BAN, NGÀNH"] == (3, 1)  # the conference's seats; present for the topic
    assert listing.topic_attendance(catalog_db, conference.id) == {topic.id: 1}
    attendees.add_substitute(catalog_db, a.id, AttendeeInput(full_name="Vi Văn Lâm"))   # a second one: one seat
    assert {c.title: c.invited for c in listing.section_counts(catalog_db, conference.id)}[
        "II. CÁC SỞ, BAN, NGÀNH"] == 3 + 1
    assert sum(c.invited for c in listing.section_counts(catalog_db, conference.id)) == \
        stats.conference_stats(catalog_db, conference.id).invited


def test_people_without_a_section_are_counted_last(catalog_db, conference, add_person):
    add_person("Lò Văn Sáu", "Hợp tác xã Tân Thành", status=AttendeeStatus.WALK_IN)
    counts = listing.section_counts(catalog_db, conference.id)
    assert (counts[-1].title, counts[-1].invited) == ("", 1)
