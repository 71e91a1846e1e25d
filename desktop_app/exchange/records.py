"""Plain tables of people (one row each) for the full list, the CSV files and the attendance
sheets. Headers are the document's Vietnamese wording, chosen so that the import recognises
them: an exported list imports back as the same people."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.domain.kinds import AttendeeStatus, UnitKind
from desktop_app.domain.models import Attendee
from desktop_app.domain.signin import SignInSheet

STATUS_LABELS = {
    AttendeeStatus.INVITED: "Được mời",
    AttendeeStatus.REGISTERED: "Đã xác nhận",
    AttendeeStatus.WALK_IN: "Đăng ký tại chỗ",
    AttendeeStatus.SUBSTITUTE: "Đi thay",
}
KIND_LABELS = {
    UnitKind.CENTRAL: "Trung ương", UnitKind.LEADERSHIP: "Lãnh đạo tỉnh", UnitKind.DEPARTMENT: "Sở, ban, ngành",
    UnitKind.BRANCH: "Ngành dọc", UnitKind.PARTY: "Đảng, đoàn thể", UnitKind.DISTRICT: "Huyện, thành phố",
    UnitKind.COMMUNE: "Xã, phường", UnitKind.PRESS: "Báo chí", UnitKind.ENTERPRISE: "Doanh nghiệp",
    UnitKind.OTHER: "Khác",
}


@dataclass(frozen=True)
class TableColumn:
    title: str
    width_mm: float
    value: Callable[[Any], Any]
    kind: str = "text"          # text, number, time, center


@dataclass(frozen=True)
class Table:
    columns: tuple[TableColumn, ...]
    items: Sequence[Any]

    @property
    def headers(self) -> list[str]:
        return [c.title for c in self.columns]

    def rows(self) -> Iterator[list[Any]]:
        for item in self.items:
            yield [c.value(item) for c in self.columns]


def time_text(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H:%M")


def seats_absent(people: Sequence[Attendee]) -> list[Attendee]:
    """Who did not come, counting seats as the statistics do: a person replaced by a substitute
    holds no seat of their own (unless they came anyway)."""
    replaced = {a.replaces_id for a in people if a.replaces_id}
    return [a for a in people if not a.present and a.id not in replaced]


# The full list's columns printed on its first sheet (at 10 pt or more on landscape A4); the others
# follow them on the same sheet (so the list imports back whole) and print on a second sheet.
FULL_PRINTED = ("STT", "Mã đại biểu", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Nhóm", "Số điện thoại",
                "Có mặt lúc")


def full_table(people: Sequence[Attendee], *, with_contacts: bool) -> Table:
    """Every field of every person (phone and email only when asked); the printed columns first."""
    names = {a.id: a.full_name for a in people}
    numbered = list(enumerate(people, start=1))
    columns = [
        TableColumn("STT", 10, lambda x: x[0], "number"),
        TableColumn("Mã đại biểu", 18, lambda x: x[1].code, "center"),
        TableColumn("Họ và tên", 45, lambda x: x[1].full_name),
        TableColumn("Chức vụ", 50, lambda x: x[1].position),
        TableColumn("Cơ quan, đơn vị", 55, lambda x: x[1].unit_name),
        TableColumn("Nhóm", 40, lambda x: x[1].section_title),
    ]
    if with_contacts:
        columns.append(TableColumn("Số điện thoại", 28, lambda x: x[1].phone, "center"))
    columns += [
        TableColumn("Có mặt lúc", 30, lambda x: x[1].checked_in_at, "time"),
        TableColumn("Danh xưng", 16, lambda x: x[1].salutation),
        TableColumn("Loại đơn vị", 25, lambda x: KIND_LABELS.get(x[1].unit_kind, "") if x[1].unit_kind else ""),
        TableColumn("Trạng thái", 22, lambda x: STATUS_LABELS[x[1].status]),
        TableColumn("Đi thay cho", 35, lambda x: names.get(x[1].replaces_id, "") if x[1].replaces_id else ""),
        TableColumn("Thứ tự ưu tiên", 16, lambda x: x[1].protocol_rank, "number"),
    ]
    if with_contacts:
        columns.append(TableColumn("Email", 45, lambda x: x[1].email))
    columns += [
        TableColumn("Ghi chú", 40, lambda x: x[1].note),
        TableColumn("Bàn điểm danh", 22, lambda x: x[1].checked_in_desk or "", "center"),
    ]
    return Table(tuple(columns), numbered)


def full_table_rest(table: Table) -> Table:
    """The full list's unprinted columns, after the number, code and name that identify the row."""
    keep = ("STT", "Mã đại biểu", "Họ và tên")
    return Table(tuple(c for c in table.columns if c.title in keep or c.title not in FULL_PRINTED), table.items)


def signin_table(sheet: SignInSheet) -> Table:
    """The sign-in sheet as plain rows (for CSV): number, person and the section heading."""
    items = [(s.title, r) for s in sheet.sections for r in s.rows]
    columns = [
        TableColumn("STT", 10, lambda x: x[1].number, "number"),
        TableColumn("Họ và tên", 45, lambda x: x[1].full_name),
        TableColumn("Chức vụ", 35, lambda x: x[1].position),
        TableColumn("Cơ quan, đơn vị", 40, lambda x: x[1].unit_name),
    ]
    if any(c.key.value == "phone" for c in sheet.columns):
        columns.append(TableColumn("Số điện thoại", 24, lambda x: x[1].phone, "center"))
    columns.append(TableColumn("Nhóm", 45, lambda x: x[0]))
    return Table(tuple(columns), items)


def attendance_table(people: Sequence[Attendee]) -> Table:
    """One row per person: present or not, when and at which desk."""
    absent = {a.id for a in seats_absent(people)}
    numbered = list(enumerate(people, start=1))

    def state(a: Attendee) -> str:
        if a.present:
            return "Có mặt"
        return "Vắng" if a.id in absent else "Đã có người đi thay"

    return Table((
        TableColumn("STT", 10, lambda x: x[0], "number"),
        TableColumn("Họ và tên", 45, lambda x: x[1].full_name),
        TableColumn("Chức vụ", 45, lambda x: x[1].position),
        TableColumn("Cơ quan, đơn vị", 55, lambda x: x[1].unit_name),
        TableColumn("Nhóm", 45, lambda x: x[1].section_title),
        TableColumn("Điểm danh", 22, lambda x: state(x[1]), "center"),
        TableColumn("Có mặt lúc", 30, lambda x: x[1].checked_in_at, "time"),
        TableColumn("Bàn điểm danh", 22, lambda x: x[1].checked_in_desk or "", "center"),
    ), numbered)
