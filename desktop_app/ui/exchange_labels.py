"""Words for spreadsheets and paper on screen: the columns of an invite list, text encodings, the
stages of long work, sizes. Translated when asked for, so a language switch shows at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.table import Field
from desktop_app.ui.labels import number


def _t(text: str) -> str:
    return QCoreApplication.translate("ExchangeLabels", text)


# The columns a person can map, in the order the wizard offers them.
MAPPED_FIELDS = (Field.NAME, Field.POSITION, Field.UNIT, Field.PHONE, Field.EMAIL, Field.NOTE,
                 Field.SALUTATION, Field.SECTION, Field.NUMBER, Field.FAMILY, Field.GIVEN)


def field_label(field: Field | str) -> str:
    labels: dict[Field, Callable[[], str]] = {
        Field.NUMBER: lambda: _t("List number (STT)"),
        Field.NAME: lambda: _t("Full name"),
        Field.FAMILY: lambda: _t("Family and middle name"),
        Field.GIVEN: lambda: _t("Given name"),
        Field.SALUTATION: lambda: _t("Salutation"),
        Field.POSITION: lambda: _t("Position"),
        Field.UNIT: lambda: _t("Unit"),
        Field.PHONE: lambda: _t("Phone"),
        Field.EMAIL: lambda: _t("Email"),
        Field.NOTE: lambda: _t("Note"),
        Field.SECTION: lambda: _t("Section"),
        Field.SIGNATURE: lambda: _t("Signature"),
    }
    try:
        return labels[Field(field)]()
    except ValueError:
        return str(field)


def encoding_label(encoding: EncodingChoice | str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "auto": lambda: _t("Automatic"),
        "unicode": lambda: _t("Unicode"),
        "tcvn3": lambda: _t("TCVN3 (ABC)"),
        "vni": lambda: _t("VNI"),
        "mixed": lambda: _t("TCVN3 and VNI, mixed"),
    }
    key = str(encoding)
    return labels[key]() if key in labels else key


def stage_label(stage: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "reading": lambda: _t("Reading the file…"),
        "checking": lambda: _t("Checking every row…"),
        "writing": lambda: _t("Writing…"),
        "saving": lambda: _t("Saving…"),
    }
    return labels[stage]() if stage in labels else _t("Working…")


def column_letter(column: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column's name in the spreadsheet."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def file_size(size: int) -> str:
    if size >= 1024 * 1024:
        return _t("{size} MB").format(size=QLocale().toString(size / (1024 * 1024), "f", 1))
    return _t("{size} KB").format(size=number(max(1, round(size / 1024))))
