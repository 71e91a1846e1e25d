"""Words for spreadsheets and paper on screen: the columns of an invite list, text encodings, the
stages of long work, sizes. Translated when asked for, so a language switch shows at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.table import Field
from desktop_app.ui.common.labels import number

translate = QCoreApplication.translate




# The columns a person can map, in the order the wizard offers them.
MAPPED_FIELDS = (Field.NAME, Field.POSITION, Field.UNIT, Field.PHONE, Field.EMAIL, Field.NOTE,
                 Field.SALUTATION, Field.SECTION, Field.NUMBER, Field.FAMILY, Field.GIVEN)


def field_label(field: Field | str) -> str:
    labels: dict[Field, Callable[[], str]] = {
        Field.NUMBER: lambda: translate("ExchangeLabels", "List number (STT)"),
        Field.NAME: lambda: translate("ExchangeLabels", "Full name"),
        Field.FAMILY: lambda: translate("ExchangeLabels", "Family and middle name"),
        Field.GIVEN: lambda: translate("ExchangeLabels", "Given name"),
        Field.SALUTATION: lambda: translate("ExchangeLabels", "Salutation"),
        Field.POSITION: lambda: translate("ExchangeLabels", "Position"),
        Field.UNIT: lambda: translate("ExchangeLabels", "Unit"),
        Field.PHONE: lambda: translate("ExchangeLabels", "Phone"),
        Field.EMAIL: lambda: translate("ExchangeLabels", "Email"),
        Field.NOTE: lambda: translate("ExchangeLabels", "Note"),
        Field.SECTION: lambda: translate("ExchangeLabels", "Section"),
        Field.SIGNATURE: lambda: translate("ExchangeLabels", "Signature"),
    }
    try:
        return labels[Field(field)]()
    except ValueError:
        return str(field)


def encoding_label(encoding: EncodingChoice | str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "auto": lambda: translate("ExchangeLabels", "Automatic"),
        "unicode": lambda: translate("ExchangeLabels", "Unicode"),
        "tcvn3": lambda: translate("ExchangeLabels", "TCVN3 (ABC)"),
        "vni": lambda: translate("ExchangeLabels", "VNI"),
        "mixed": lambda: translate("ExchangeLabels", "TCVN3 and VNI, mixed"),
    }
    key = str(encoding)
    return labels[key]() if key in labels else key


def stage_label(stage: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "reading": lambda: translate("ExchangeLabels", "Reading the file…"),
        "checking": lambda: translate("ExchangeLabels", "Checking every row…"),
        "writing": lambda: translate("ExchangeLabels", "Writing…"),
        "saving": lambda: translate("ExchangeLabels", "Saving…"),
    }
    return labels[stage]() if stage in labels else translate("ExchangeLabels", "Working…")


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
        return translate("ExchangeLabels", "{size} MB").format(size=QLocale().toString(size / (1024 * 1024), "f", 1))
    return translate("ExchangeLabels", "{size} KB").format(size=number(max(1, round(size / 1024))))
