"""Values between Python and SQLite columns: times as ISO text, kinds as comma lists."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.domain.kinds import UnitKind


def time_out(value: datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat(timespec="seconds")


def time_in(value: str | None) -> datetime | None:
    return None if not value else datetime.fromisoformat(value)


def date_out(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_in(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def kinds_out(kinds: tuple[UnitKind, ...] | list[UnitKind]) -> str:
    return ",".join(str(k) for k in kinds)


def kinds_in(value: str) -> tuple[UnitKind, ...]:
    return tuple(UnitKind(k) for k in value.split(",") if k)
