"""Unit catalogs shipped in resources/catalogs/ (data, not code) and the key used to match a unit
name as written ("UBND huyện Cao Lộc", "Ủy ban nhân dân huyện Cao Lộc") to a catalog entry."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from desktop_app.domain.kinds import UnitKind
from desktop_app.domain.resources import resource_path
from desktop_app.domain.text import clean, fold

DEFAULT_CATALOGS = ("lang_son_2022", "lang_son_2025_communes")

# Spelled-out forms and their usual abbreviations fold to one key.
_CANONICAL = (
    (re.compile(r"\buy ban nhan dan\b"), "ubnd"),
    (re.compile(r"\bhoi dong nhan dan\b"), "hdnd"),
    (re.compile(r"\bthanh pho\b"), "tp"),
    (re.compile(r"\bmat tran to quoc\b"), "mttq"),
)


@lru_cache(maxsize=16384)  # an import matches the same few hundred units over and over
def unit_match_key(text: str) -> str:
    """The folded, abbreviation-normalised form of a unit name, for catalog matching."""
    key = fold(text)
    for pattern, short in _CANONICAL:
        key = pattern.sub(short, key)
    return key


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    kind: UnitKind
    order: int
    group: str | None = None
    code: str | None = None
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Catalog:
    name: str
    title: str
    entries: tuple[CatalogEntry, ...]


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def read_catalog(path: str | Path) -> Catalog:
    """Parse a catalog file. Raises ValueError/KeyError for a malformed file."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    entries = tuple(
        CatalogEntry(
            name=clean(u["name"]),
            kind=UnitKind(u["kind"]),
            order=int(u.get("order", 0)),
            group=u.get("group"),
            code=u.get("code"),
            aliases=tuple(clean(a) for a in u.get("aliases", ())),
            valid_from=_date(u.get("valid_from")),
            valid_to=_date(u.get("valid_to")),
            successor=u.get("successor"),
            note=u.get("note"),
        )
        for u in data["units"]
    )
    return Catalog(name=data["catalog"], title=data.get("title", data["catalog"]), entries=entries)


def shipped_catalog(name: str) -> Catalog:
    return read_catalog(resource_path("catalogs", f"{name}.json"))
