"""Finding the table in a messy invite list: the header row among the first rows (by folded
labels), which column holds what, and what each row below it is (a person, a section heading,
a total line, the signature block that ends the list, …)."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.domain.text import clean, fold
from desktop_app.exchange.decoding import CellDecoder, label_candidates
from desktop_app.exchange.sources import RawRow, cell_text

HEADER_SEARCH_ROWS = 30


class Field(enum.StrEnum):
    """A column of an invite list, named after the attendee field it fills."""

    NUMBER = "number"           # STT
    NAME = "full_name"
    FAMILY = "family_name"      # "Họ và tên đệm" when the given name has a column of its own
    GIVEN = "given_name"        # "Tên"
    SALUTATION = "salutation"
    POSITION = "position"
    UNIT = "unit_name"
    PHONE = "phone"
    EMAIL = "email"
    NOTE = "note"
    SECTION = "section"
    SIGNATURE = "signature"     # "Ký tên": recognised so that it is not mistaken, never read


# Folded header labels. A label matches a field when it equals a variant or starts with one
# followed by more words ("Đơn vị công tác", "Số điện thoại di động", "Họ và tên đại biểu").
LABELS: dict[Field, tuple[str, ...]] = {
    Field.NUMBER: ("stt", "tt", "so tt", "so thu tu", "thu tu"),
    Field.NAME: ("ho va ten", "ho ten", "ten dai bieu", "ho va ten dai bieu", "ho ten dai bieu",
                 "ho va chu dem ten", "dai bieu"),
    Field.FAMILY: ("ho", "ho dem", "ho va ten dem", "ho va chu dem", "ho va dem", "ho va ten lot", "ho lot"),
    Field.GIVEN: ("ten",),
    Field.SALUTATION: ("xung ho", "danh xung", "ong ba"),
    Field.POSITION: ("chuc vu", "chuc danh", "chuc vu chuc danh"),
    Field.UNIT: ("co quan don vi", "don vi", "don vi cong tac", "co quan", "co quan cong tac",
                 "noi cong tac", "to chuc", "ten co quan", "ten don vi", "noi lam viec"),
    Field.PHONE: ("so dien thoai", "dien thoai", "dt", "sdt", "di dong", "so dt", "dtdd",
                  "dien thoai di dong", "so di dong"),
    Field.EMAIL: ("email", "e mail", "thu dien tu", "dia chi email"),
    Field.NOTE: ("ghi chu",),
    Field.SECTION: ("nhom", "phan nhom", "thanh phan"),
    Field.SIGNATURE: ("ky ten", "ky nhan", "chu ky"),
}
_EXACT_ONLY = frozenset({"tt", "dt", "nhom", "ho", "ten"})  # too short to start a longer label safely
_VARIANTS = sorted(((v, f) for f, vs in LABELS.items() for v in vs), key=lambda x: -len(x[0]))


def match_label(text: str) -> Field | None:
    """The field a header cell names, or None."""
    label = fold(text)
    if not label or len(label) > 60:
        return None
    for variant, fld in _VARIANTS:
        if label == variant or (variant not in _EXACT_ONLY and label.startswith(variant + " ")):
            return fld
    return None


@dataclass(frozen=True)
class TableLayout:
    """Where the table is: its header row and which column (0-based) holds which field."""

    header_row: int
    columns: dict[Field, int]
    labels: dict[int, str] = field(default_factory=dict)   # column -> header text, decoded

    @property
    def width(self) -> int:
        return max(self.columns.values(), default=-1) + 1

    @cached_property
    def name_column(self) -> int | None:
        """The column that holds the name (the given name's, when the name is split in two)."""
        return self.columns.get(Field.NAME, self.columns.get(Field.GIVEN))

    @cached_property
    def detail_columns(self) -> frozenset[int]:
        """Columns whose text makes a row a person's, never a heading."""
        return frozenset(c for f in (Field.POSITION, Field.UNIT, Field.PHONE, Field.EMAIL)
                         if (c := self.columns.get(f)) is not None)

    @cached_property
    def folded_name_label(self) -> str:
        return fold(self.labels.get(self.name_column, "")) if self.name_column is not None else ""

    def name(self, texts: dict[int, str]) -> str:
        """The full name of a row: its name cell, or family and given name joined."""
        if Field.NAME in self.columns:
            return texts.get(self.columns[Field.NAME], "")
        parts = (texts.get(self.columns[f], "") for f in (Field.FAMILY, Field.GIVEN) if f in self.columns)
        return " ".join(p for p in parts if p)


def names_a_person(columns: dict[Field, int]) -> bool:
    """Whether these columns hold a name: a name column, or family and given names apart."""
    return Field.NAME in columns or (Field.FAMILY in columns and Field.GIVEN in columns)


def find_header(rows: Sequence[RawRow], limit: int = HEADER_SEARCH_ROWS) -> TableLayout | None:
    """The header row among the first `limit` rows: the one naming the most fields, one of which
    must be the name. Ties go to the first."""
    best: TableLayout | None = None
    for row in rows[:limit]:
        columns: dict[Field, int] = {}
        labels: dict[int, str] = {}
        for column, value in enumerate(row.values):
            if not isinstance(value, str) or not value.strip():
                continue
            for candidate in label_candidates(value, row.font(column)):
                fld = match_label(candidate)
                if fld is not None:
                    if fld not in columns:
                        columns[fld] = column
                        labels[column] = clean(candidate).upper() if candidate.islower() else clean(candidate)
                    break
        if names_a_person(columns) and (best is None or len(columns) > len(best.columns)):
            best = TableLayout(row.number, columns, labels)
    return best


# ----------------------------------------------------------------------------------------------
# Rows below the header
# ----------------------------------------------------------------------------------------------


class RowKind(enum.Enum):
    BLANK = "blank"
    PERSON = "person"
    NO_NAME = "no_name"
    HEADING = "heading"
    REPEATED_HEADER = "repeated_header"
    COLUMN_NUMBERS = "column_numbers"
    TOTAL = "total_line"
    END = "end_of_list"


@dataclass(frozen=True)
class Heading:
    """A section heading row: "II. CÁC SỞ, BAN, NGÀNH" → numeral "II", title "CÁC SỞ, BAN, NGÀNH"."""

    row: int
    text: str
    numeral: str | None
    title: str


_NUMBERED = re.compile(r"^\s*(?P<num>[IVXLC]{1,7}|\d{1,2}|[A-Za-z])\s*[.):\-–]\s*(?P<title>\S.*)$", re.IGNORECASE)
_ROMAN_ONLY = re.compile(r"^[IVXLC]{1,7}$", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_TOTAL = re.compile(r"^(danh sach (nay )?co\b|tong cong|tong so\b|(cong|tong)( \d+.*)?$)")
_END = re.compile(r"^(nguoi lap( bieu)?|xac nhan cua|thu truong( co quan| don vi)?$|truong ban to chuc$|"
                  r"ky ghi ro ho ten|ky ten dong dau|(.* )?ngay( \d{1,2}| \.+)? thang( \d{1,2}| \.+)? nam \d{4})")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")


def roman_value(numeral: str) -> int | None:
    """ "IV" → 4; None when it is not a well-formed Roman numeral."""
    s = numeral.upper()
    if not s or any(ch not in _ROMAN_VALUES for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    from desktop_app.domain.sections import roman

    return total if 0 < total < 400 and roman(total) == s else None


def numeral_position(numeral: str | None) -> int | None:
    """The position a heading's numeral names: "III" → 3, "2" → 2, "B" → 2."""
    if not numeral:
        return None
    if numeral.isdigit():
        return int(numeral)
    value = roman_value(numeral)
    if value is not None:
        return value
    if len(numeral) == 1 and numeral.isalpha():
        return ord(numeral.upper()) - ord("A") + 1
    return None


def split_heading(text: str) -> tuple[str | None, str]:
    """ (numeral, title) of a heading text; numeral None when it has none."""
    m = _NUMBERED.match(text)
    if m:
        num = m.group("num")
        if num.isdigit() or roman_value(num) is not None or (len(num) == 1 and num.isupper()):
            return num.upper(), clean(m.group("title"))
    return None, clean(text)


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


@dataclass
class RowView:
    """A row below the header, decoded and cleaned: the texts of its non-empty cells."""

    raw: RawRow
    texts: dict[int, str]            # column -> clean Unicode text (non-empty only)
    originals: dict[int, str]        # column -> text before legacy decoding, where it changed

    def get(self, column: int | None) -> str:
        return "" if column is None else self.texts.get(column, "")


def view_row(row: RawRow, decoder: CellDecoder) -> RowView:
    texts: dict[int, str] = {}
    originals: dict[int, str] = {}
    fonts = row.fonts
    width = len(fonts) if fonts is not None else 0
    for column, value in enumerate(row.values):
        if value is None:
            continue
        if type(value) is str:
            decoded = decoder.decode(value, fonts[column] if column < width else None, column)
            if decoded is not value:
                originals[column] = value
            text = clean(decoded)
        elif type(value) is int:
            text = str(value)          # digits and a sign: nothing to clean
        else:
            text = clean(cell_text(value))
        if text:
            texts[column] = text
    return RowView(row, texts, originals)


def classify(view: RowView, layout: TableLayout) -> tuple[RowKind, Heading | None]:
    """What a row below the header is."""
    texts = view.texts
    if not texts:
        return RowKind.BLANK, None
    name = layout.name(texts)
    if len(texts) <= 3:  # totals and signature lines are short; people rows rarely are
        folded = [fold(t) for t in texts.values()]
        if all(_END.match(t) for t in folded):
            return RowKind.END, None
        if all(_TOTAL.match(t) or t.isdigit() for t in folded) and not folded[0].isdigit():
            return RowKind.TOTAL, None
    if name and fold(view.get(layout.name_column)) == layout.folded_name_label and _is_repeated_header(texts, layout):
        return RowKind.REPEATED_HEADER, None
    if (not name or name.isdigit() or name.startswith("(")) and len(texts) >= 2 \
            and all(_COLUMN_NUMBER.match(t) for t in texts.values()):
        return RowKind.COLUMN_NUMBERS, None
    heading = _heading(view, layout)
    if heading is not None:
        return RowKind.HEADING, heading
    if not name:
        return RowKind.NO_NAME, None
    return RowKind.PERSON, None


def _is_repeated_header(texts: dict[int, str], layout: TableLayout) -> bool:
    hits = sum(1 for column, label in layout.labels.items() if fold(texts.get(column, "")) == fold(label))
    return hits >= 2 and hits >= len(texts) - 1


def _heading(view: RowView, layout: TableLayout) -> Heading | None:
    texts = view.texts
    cols = layout.columns
    number_col, name_col = cols.get(Field.NUMBER), layout.name_column
    if not layout.detail_columns.isdisjoint(texts):
        return None
    number = view.get(number_col)
    # "II" in the STT column and the title beside it (a bold row that is not merged).
    if number and _ROMAN_ONLY.match(number) and roman_value(number) and len(texts) == 2 and name_col in texts:
        return Heading(view.raw.number, f"{number.upper()}. {texts[name_col]}", number.upper(), texts[name_col])
    if len(texts) != 1:
        return None
    (column, text), = texts.items()
    numeral, title = split_heading(text)
    font = view.raw.font(column)
    bold = bool(font and font.bold)
    outside_name = name_col is not None and column != name_col
    if numeral is not None and (_is_caps(title) or bold or outside_name or numeral.isalpha()):
        return Heading(view.raw.number, text, numeral, title)
    if bold or _is_caps(text) or (outside_name and number_col is not None and column == number_col
                                   and not text.isdigit()):
        return Heading(view.raw.number, text, None, title)
    return None
