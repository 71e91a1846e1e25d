"""The attendance report workbook: a summary per section and per unit with a native bar chart,
the people present (time and desk), the people absent grouped by unit, and attendance per
session topic."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.chart import BarChart, Reference

from desktop_app.domain.dates import vn_date_line
from desktop_app.domain.models import Attendee, Conference, ConferenceStats, GroupStats, Topic
from desktop_app.domain.progress import Monitor
from desktop_app.domain.signin import MOTTO, NATION, SIGNATURE_HINT, SIGNERS, Orientation, time_place_line
from desktop_app.domain.text import text_sort_key
from desktop_app.exchange.cells import style, text_cell, value_cell
from desktop_app.exchange.history_xlsx import HistoryEntry, write_history_sheet
from desktop_app.exchange.records import Table, TableColumn, attendance_table, seats_absent
from desktop_app.exchange.tables_xlsx import STYLES, TableSheet, time_column_mm, write_table
from desktop_app.exchange.workbook import building, new_workbook, save

REPORT_TITLE = "BÁO CÁO KẾT QUẢ ĐIỂM DANH ĐẠI BIỂU"
_PERCENT = style(12, horizontal="center", border=True, number_format="0.0%")
_BOLD_TEXT = style(12, bold=True, border=True)
_BOLD_NUMBER = style(12, bold=True, horizontal="center", border=True)
_BOLD_PERCENT = style(12, bold=True, horizontal="center", border=True, number_format="0.0%")
_LABEL = style(12, bold=True, wrap=False)


@dataclass(frozen=True)
class AttendanceData:
    """What the report needs, read from the store by the caller."""

    conference: Conference
    stats: ConferenceStats
    people: Sequence[Attendee]                        # protocol order, conference check-ins
    topics: Sequence[Topic] = ()
    topic_check_ins: dict[int, dict[int, datetime]] | None = None   # topic -> attendee -> time
    made_on: date | None = None          # the report's date line (None: the conference's own date)
    history: Sequence[HistoryEntry] | None = None   # the audit log, as a last sheet when given


def write_attendance_workbook(data: AttendanceData, path: str | os.PathLike[str],
                              monitor: Monitor | None = None) -> Path:
    monitor = monitor or Monitor()
    wb = new_workbook()
    with building(wb):
        subtitles = (data.conference.title, time_place_line(data.conference))
        _summary(wb.create_sheet("Tổng hợp"), data, subtitles)
        present = sorted((a for a in data.people if a.present), key=lambda a: (a.checked_in_at, a.id))
        write_table(wb.create_sheet("Có mặt"), _present_table(present), monitor,
                    title=f"DANH SÁCH ĐẠI BIỂU CÓ MẶT ({len(present)})", subtitles=subtitles)
        absent = sorted(seats_absent(data.people), key=lambda a: (_unit_order(a), a.id))
        write_table(wb.create_sheet("Vắng mặt"), _absent_table(absent), monitor,
                    title=f"DANH SÁCH ĐẠI BIỂU VẮNG MẶT ({len(absent)})", subtitles=subtitles,
                    group=lambda x: x[1].unit_name or "(Không ghi đơn vị)")
        _topics(wb.create_sheet("Theo chuyên đề"), data, subtitles, monitor)
        if data.history is not None:
            write_history_sheet(wb.create_sheet("Lịch sử"), data.history, subtitles, monitor)
        return save(wb, path)


def _unit_order(a: Attendee) -> tuple[int, int, str]:
    return (a.section_position or 1_000_000, a.unit_order or 1_000_000, text_sort_key(a.unit_name))


def _present_table(people: list[Attendee]) -> Table:
    table = attendance_table(people)
    keep = ("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Nhóm", "Có mặt lúc", "Bàn điểm danh")
    return Table(tuple(c for c in table.columns if c.title in keep), table.items)


def _absent_table(people: list[Attendee]) -> Table:
    numbered = list(enumerate(people, start=1))
    return Table((
        TableColumn("STT", 10, lambda x: x[0], "number"),
        TableColumn("Họ và tên", 50, lambda x: x[1].full_name),
        TableColumn("Chức vụ", 60, lambda x: x[1].position),
        TableColumn("Cơ quan, đơn vị", 70, lambda x: x[1].unit_name),
        TableColumn("Nhóm", 60, lambda x: x[1].section_title),
    ), numbered)


# ----------------------------------------------------------------------------------------------
# Summary
# ----------------------------------------------------------------------------------------------

_SUMMARY_WIDTHS = [12, 60, 23, 23, 23, 24]   # 165 mm: the printable width of A4 portrait
_BLOCK_SPLIT = 2                             # agencies over STT and the group; nation over the numbers


def _summary(ws: Any, data: AttendanceData, subtitles: tuple[str, ...]) -> None:
    stats = data.stats
    sheet = TableSheet(ws, _SUMMARY_WIDTHS, Orientation.PORTRAIT)
    conference = data.conference
    agencies = tuple(t for t in (conference.parent_agency.upper(), conference.organizer.upper()) if t)
    sheet.header_block(_BLOCK_SPLIT, agencies, (NATION, MOTTO))
    sheet.titles(REPORT_TITLE, *subtitles)
    lines = [("Số đại biểu được mời", stats.invited), ("Có mặt", stats.present), ("Vắng mặt", stats.absent),
             ("Đăng ký tại chỗ", stats.walk_ins), ("Đi thay", stats.substitutes)]
    for label, value in lines:
        sheet.append([None, text_cell(ws, label, _LABEL), value_cell(ws, value, style(12, bold=True))])
    sheet.append([None, text_cell(ws, "Tỷ lệ có mặt", _LABEL),
                  value_cell(ws, stats.present / stats.invited if stats.invited else 0,
                             style(12, bold=True, number_format="0.0%"))])
    sheet.append([])
    section_first = _group_table(sheet, "I. THEO NHÓM ĐẠI BIỂU", "Nhóm đại biểu", stats.sections,
                                 empty_title="(Chưa xếp nhóm)")
    chart_anchor = sheet.row + 2
    sheet.append([])
    # The chart sits below the section table; the unit table starts after the room it takes.
    for _ in range(18):
        sheet.append([])
    units_first = _group_table(sheet, "II. THEO CƠ QUAN, ĐƠN VỊ", "Cơ quan, đơn vị", stats.units,
                               empty_title="(Không ghi đơn vị)")
    # The long table's header row starts every page it continues on.
    ws.print_title_rows = f"{units_first - 1}:{units_first - 1}"
    if stats.sections:
        _chart(ws, section_first, len(stats.sections), f"B{chart_anchor}")
    made_on = data.made_on or conference.starts_at.date()
    sheet.signers(_BLOCK_SPLIT, vn_date_line(conference.place_name, made_on), SIGNERS, SIGNATURE_HINT)
    sheet.set_print_area()


def _group_table(sheet: TableSheet, heading: str, label: str, groups: Sequence[GroupStats], *,
                 empty_title: str) -> int:
    """A table of groups with a total row; returns the first data row (for the chart)."""
    ws = sheet.ws
    sheet.merged(heading, style(12, bold=True, wrap=False), 20)
    sheet.header(["STT", label, "Được mời", "Có mặt", "Vắng", "Tỷ lệ"])
    first = sheet.row + 1
    for i, g in enumerate(groups, start=1):
        title = g.title or empty_title
        sheet.append([
            value_cell(ws, i, STYLES.number), text_cell(ws, title, STYLES.text),
            value_cell(ws, g.invited, STYLES.number), value_cell(ws, g.present, STYLES.number),
            value_cell(ws, g.absent, STYLES.number),
            value_cell(ws, g.present / g.invited if g.invited else 0, _PERCENT),
        ], sheet.height([None, title]))
    invited, present = sum(g.invited for g in groups), sum(g.present for g in groups)
    sheet.append([
        value_cell(ws, None, _BOLD_NUMBER), text_cell(ws, "Tổng cộng", _BOLD_TEXT),
        value_cell(ws, invited, _BOLD_NUMBER), value_cell(ws, present, _BOLD_NUMBER),
        value_cell(ws, max(invited - present, 0), _BOLD_NUMBER),
        value_cell(ws, present / invited if invited else 0, _BOLD_PERCENT),
    ])
    sheet.append([])
    return first


def _chart(ws: Any, first_row: int, count: int, anchor: str) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = "Có mặt và vắng mặt theo nhóm đại biểu"
    chart.y_axis.title = "Số đại biểu"
    chart.x_axis.scaling.orientation = "maxMin"   # first section at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    last = first_row + count - 1
    data = Reference(ws, min_col=4, max_col=5, min_row=first_row - 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=first_row, max_row=last))
    chart.height = 8.5
    chart.width = 14.5          # cm: from column B (1.2 cm in), inside the 16.5 cm between margins
    ws.add_chart(chart, anchor)


# ----------------------------------------------------------------------------------------------
# Per topic
# ----------------------------------------------------------------------------------------------


def _topics(ws: Any, data: AttendanceData, subtitles: tuple[str, ...], monitor: Monitor) -> None:
    topics = list(data.topics)
    check_ins = data.topic_check_ins or {}
    time_mm = time_column_mm()
    widths = [10, 45, 50, time_mm] + [time_mm] * max(len(topics) - 1, 0)
    header_row = len(subtitles) + len(topics) + 6
    sheet = TableSheet(ws, widths if topics else [10, 150, 30], Orientation.LANDSCAPE,
                       header_row=header_row if topics else None)
    sheet.titles("ĐIỂM DANH THEO CHUYÊN ĐỀ", *subtitles)
    if not topics:
        sheet.append([None, text_cell(ws, "Hội nghị không có chuyên đề.", style(12, italic=True))])
        sheet.set_print_area()
        return
    seats = data.stats.invited
    sheet.header(["STT", "Chuyên đề", "Có mặt", "Tỷ lệ"])
    for t in topics:
        present = len(check_ins.get(t.id, {}))
        sheet.append([value_cell(ws, t.position, STYLES.number), text_cell(ws, t.title, STYLES.text),
                      value_cell(ws, present, STYLES.number),
                      value_cell(ws, present / seats if seats else 0, _PERCENT)], sheet.height([None, t.title]))
    sheet.append([])
    sheet.append([])
    written = sheet.header(["STT", "Họ và tên", "Cơ quan, đơn vị"] + [f"Chuyên đề {t.position}" for t in topics])
    assert written == header_row, (written, header_row)
    monitor.stage("writing", len(data.people))
    for i, a in enumerate(data.people, start=1):
        cells = [value_cell(ws, i, STYLES.number), text_cell(ws, a.full_name, STYLES.text),
                 text_cell(ws, a.unit_name, STYLES.text)]
        cells += [value_cell(ws, check_ins.get(t.id, {}).get(a.id), STYLES.time) for t in topics]
        sheet.append(cells, sheet.height([None, a.full_name, a.unit_name]))
        monitor.step(i)
    monitor.finish()
    sheet.set_print_area()
