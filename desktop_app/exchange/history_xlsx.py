"""The audit log as a sheet of the attendance workbook: when, at which desk, what, about whom."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.domain.models import AuditEntry
from desktop_app.domain.progress import Monitor
from desktop_app.exchange.records import Table, TableColumn
from desktop_app.exchange.tables_xlsx import write_table

HistoryEntry = tuple[AuditEntry, str]   # the entry and the name of the person it is about

_ACTIONS = {
    "add": "Thêm vào danh sách",
    "update": "Sửa thông tin",
    "check_in": "Điểm danh",
    "bulk_check_in": "Điểm danh nhiều người",
    "undo_check_in": "Hủy điểm danh",
    "delete": "Xóa khỏi danh sách",
    "import": "Nhập danh sách",
    "copy": "Chép danh sách",
    "demo": "Tạo danh sách mẫu",
    "duplicate": "Nhân bản hội nghị",
}
_VERBS = {"add": "Thêm", "update": "Sửa", "delete": "Xóa", "move": "Đổi thứ tự"}
_ENTITIES = {"topic": "chuyên đề", "section": "khối", "conference": "hội nghị"}


def action_text(entry: AuditEntry) -> str:
    """What happened, in Vietnamese as the rest of the workbook."""
    if entry.entity == "attendee" and entry.action == "add" and entry.details.get("status") == "substitute":
        return "Thêm người đi thay"
    if entry.entity in _ENTITIES and entry.action in _VERBS:
        return f"{_VERBS[entry.action]} {_ENTITIES[entry.entity]}"
    text = _ACTIONS.get(entry.action, entry.action)
    if entry.entity == "attendee" and entry.entity_id is None and "count" in entry.details:
        return f"{text} ({entry.details['count']} người)"
    return text


def history_table(entries: Sequence[HistoryEntry]) -> Table:
    numbered = list(enumerate(entries, start=1))
    return Table((
        TableColumn("STT", 12, lambda x: x[0], "number"),
        TableColumn("Thời điểm", 40, lambda x: x[1][0].at, "time"),
        TableColumn("Bàn", 30, lambda x: x[1][0].desk),
        TableColumn("Việc", 70, lambda x: action_text(x[1][0])),
        TableColumn("Đại biểu", 60, lambda x: x[1][1]),
    ), numbered)


def write_history_sheet(ws: Any, entries: Sequence[HistoryEntry], subtitles: tuple[str, ...],
                        monitor: Monitor) -> None:
    write_table(ws, history_table(entries), monitor, title=f"LỊCH SỬ THAY ĐỔI VÀ ĐIỂM DANH ({len(entries)})",
                subtitles=subtitles)
