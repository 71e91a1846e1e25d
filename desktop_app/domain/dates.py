"""Dates and times as people type them and as Vietnamese documents write them."""

from __future__ import annotations

import re
from datetime import date, datetime

from desktop_app.domain.errors import ValidationError

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2})[:h](\d{2})?)?$")
_VN = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2})[:h](\d{2})?)?$")


def parse_datetime(text: str, *, field: str = "starts_at") -> datetime:
    """ "2022-09-14", "2022-09-14T07:30", "14/9/2022", "14/9/2022 7h30" → datetime."""
    t = text.strip()
    m = _ISO.match(t)
    if m:
        y, mo, d, h, mi = m.groups()
    else:
        m = _VN.match(t)
        if not m:
            raise ValidationError("bad_date", field=field, value=text)
        d, mo, y, h, mi = m.groups()
    try:
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0))
    except ValueError as exc:
        raise ValidationError("bad_date", field=field, value=text) from exc


def vn_date_line(place: str, day: date) -> str:
    """ "Lạng Sơn, ngày 14 tháng 9 năm 2022": days 1–9 and months 1–2 take a leading zero
    (Decree 30/2020/NĐ-CP)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {day.day:02d} tháng {month} năm {day.year}"


def vn_time(moment: datetime) -> str:
    """ "07 giờ 30 phút"; on the hour, "08 giờ"."""
    if moment.minute:
        return f"{moment.hour:02d} giờ {moment.minute:02d} phút"
    return f"{moment.hour:02d} giờ"


def vn_short_date(day: date) -> str:
    """ "14/9/2022" as the time-and-place line writes it."""
    return f"{day.day}/{day.month}/{day.year}"
