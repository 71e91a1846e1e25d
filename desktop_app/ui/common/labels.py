"""Words and formats for the domain's vocabularies on screen: statuses, unit kinds, filters,
times and counts. Translated at the moment they are asked for, so a language switch shows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.domain.kinds import AttendeeOrder, AttendeeStatus, UnitKind
from desktop_app.domain.listing import PresenceFilter


def status_label(status: AttendeeStatus) -> str:
    return {
        AttendeeStatus.INVITED: lambda: QCoreApplication.translate("Labels", "Invited"),
        AttendeeStatus.REGISTERED: lambda: QCoreApplication.translate("Labels", "Registered"),
        AttendeeStatus.WALK_IN: lambda: QCoreApplication.translate("Labels", "Walk-in"),
        AttendeeStatus.SUBSTITUTE: lambda: QCoreApplication.translate("Labels", "Substitute"),
    }[AttendeeStatus(status)]()


def kind_label(kind: UnitKind | None) -> str:
    if kind is None:
        return QCoreApplication.translate("Labels", "Not in the catalog")
    return {
        UnitKind.CENTRAL: lambda: QCoreApplication.translate("Labels", "Central agencies"),
        UnitKind.LEADERSHIP: lambda: QCoreApplication.translate("Labels", "Provincial leadership"),
        UnitKind.DEPARTMENT: lambda: QCoreApplication.translate("Labels", "Departments"),
        UnitKind.BRANCH: lambda: QCoreApplication.translate("Labels", "Branches of central agencies"),
        UnitKind.PARTY: lambda: QCoreApplication.translate("Labels", "Party and mass organisations"),
        UnitKind.DISTRICT: lambda: QCoreApplication.translate("Labels", "Districts and city"),
        UnitKind.COMMUNE: lambda: QCoreApplication.translate("Labels", "Communes and wards"),
        UnitKind.PRESS: lambda: QCoreApplication.translate("Labels", "Press"),
        UnitKind.ENTERPRISE: lambda: QCoreApplication.translate("Labels", "Enterprises"),
        UnitKind.OTHER: lambda: QCoreApplication.translate("Labels", "Other"),
    }[UnitKind(kind)]()


def presence_label(presence: PresenceFilter) -> str:
    return {
        PresenceFilter.ALL: lambda: QCoreApplication.translate("Labels", "Everyone"),
        PresenceFilter.PRESENT: lambda: QCoreApplication.translate("Labels", "Present"),
        PresenceFilter.ABSENT: lambda: QCoreApplication.translate("Labels", "Not yet arrived"),
        PresenceFilter.WALK_IN: lambda: QCoreApplication.translate("Labels", "Walk-ins"),
        PresenceFilter.SUBSTITUTE: lambda: QCoreApplication.translate("Labels", "Substitutes"),
    }[PresenceFilter(presence)]()


def order_label(order: AttendeeOrder) -> str:
    if AttendeeOrder(order) is AttendeeOrder.PROTOCOL:
        return QCoreApplication.translate("Labels", "Protocol order")
    return QCoreApplication.translate("Labels", "By given name")


def section_title(title: str) -> str:
    return title or QCoreApplication.translate("Labels", "No section")


def unit_title(title: str) -> str:
    return title or QCoreApplication.translate("Labels", "No unit")


def time_text(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment:%H:%M}"


def date_text(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment:%d/%m/%Y}"


def datetime_text(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment:%d/%m/%Y %H:%M}"


def span_text(start: datetime | None, end: datetime | None) -> str:
    """ "14/09/2022 07:30 – 17:00", or across days "14/09/2022 07:30 – 15/09/2022"."""
    if start is None:
        return ""
    if end is None:
        return datetime_text(start)
    if end.date() == start.date():
        return f"{datetime_text(start)} – {time_text(end)}"
    return f"{datetime_text(start)} – {date_text(end)}"


def check_in_text(at: datetime | None, desk: str | None) -> str:
    """ "07:42 · Bàn 2" for a list cell."""
    if at is None:
        return ""
    return f"{time_text(at)} · {desk}" if desk else time_text(at)


def number(n: int) -> str:
    """ "100.002" in Vietnamese, "100,002" in English (the language's own grouping)."""
    return QLocale().toString(int(n))


def count_text(present: int | None, invited: int) -> str:
    """ "12 / 40"; "… / 40" while the present are still being counted (None)."""
    return f"{number(present) if present is not None else '…'} / {number(invited)}"


def percent_text(present: int | None, invited: int) -> str:
    """ "30 %"; "–" with nobody invited; "…" while the present are still being counted (None)."""
    if present is None:
        return "…"
    return f"{round(100 * present / invited)} %" if invited else "–"
