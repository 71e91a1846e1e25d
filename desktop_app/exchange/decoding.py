"""Which cells hold legacy TCVN3/VNI text, and their Unicode form.

Automatic detection looks at each cell's font first (".VnTime" is TCVN3, ".VnTimeH" TCVN3 shown
in capitals, "VNI-Times" VNI), then, for cells in ordinary fonts (and CSV files, which have no
fonts), at the characters of the column as a whole. A cell that already holds Unicode
Vietnamese letters is never converted automatically. The person may force one encoding."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable

from desktop_app.domain.legacy import Encoding, decode, detect_encoding, encoding_from_font, looks_vietnamese_unicode
from desktop_app.exchange.sources import CellFont


class EncodingChoice(enum.StrEnum):
    """What the person chose (the command line's --encoding)."""

    AUTO = "auto"
    UNICODE = "unicode"
    TCVN3 = "tcvn3"
    VNI = "vni"


class CellDecoder:
    """Turns one cell's text into Unicode and remembers which legacy encodings it met."""

    def __init__(self, choice: EncodingChoice | str = EncodingChoice.AUTO,
                 column_guess: dict[int, Encoding] | None = None) -> None:
        self.choice = EncodingChoice(choice)
        self.column_guess = column_guess or {}
        self.used: Counter[Encoding] = Counter()
        self._fonts: dict[str | None, Encoding | None] = {}
        self._plain: dict[tuple[CellFont | None, int], bool] = {}   # cells of this font and column stay as they are

    def _font_encoding(self, font: CellFont | None) -> Encoding | None:
        name = font.name if font is not None else None
        if name not in self._fonts:
            self._fonts[name] = encoding_from_font(name)
        return self._fonts[name]

    def encoding_for(self, text: str, font: CellFont | None, column: int) -> Encoding:
        """The encoding `text` in this cell is in."""
        by_font = self._font_encoding(font)
        if self.choice is EncodingChoice.UNICODE:
            return Encoding.UNICODE
        if self.choice is EncodingChoice.TCVN3:
            return Encoding.TCVN3_CAPS if by_font is Encoding.TCVN3_CAPS else Encoding.TCVN3
        if self.choice is EncodingChoice.VNI:
            return Encoding.VNI
        if by_font is not None:
            return by_font
        guess = self.column_guess.get(column, Encoding.UNICODE)
        if guess is Encoding.UNICODE or text.isascii() or looks_vietnamese_unicode(text):
            return Encoding.UNICODE
        return guess

    def decode(self, text: str, font: CellFont | None, column: int) -> str:
        plain = self._plain.get((font, column))
        if plain is None:
            plain = self._plain[(font, column)] = self._always_unicode(font, column)
        if plain:
            return text
        encoding = self.encoding_for(text, font, column)
        if encoding is Encoding.UNICODE:
            return text
        decoded = decode(text, encoding)
        if decoded != text:
            self.used[encoding.family] += 1
        return decoded

    def _always_unicode(self, font: CellFont | None, column: int) -> bool:
        """Whether every text in this font and column is Unicode, whatever its letters."""
        if self.choice is EncodingChoice.UNICODE:
            return True
        if self.choice is not EncodingChoice.AUTO:
            return False
        return self._font_encoding(font) is None and self.column_guess.get(column, Encoding.UNICODE) is Encoding.UNICODE

    def summary(self) -> str:
        """ "unicode", "tcvn3", "vni" or "mixed" for the report."""
        families = [e for e, n in self.used.items() if n]
        if not families:
            return "unicode"
        return str(families[0]) if len(families) == 1 else "mixed"


def guess_columns(samples: dict[int, list[tuple[str, CellFont | None]]]) -> dict[int, Encoding]:
    """Per column, the legacy encoding its ordinary-font cells are in (Unicode if none)."""
    guesses: dict[int, Encoding] = {}
    for column, cells in samples.items():
        texts = [t for t, font in cells if encoding_from_font(font.name if font else None) is None]
        guesses[column] = detect_encoding(texts) if texts else Encoding.UNICODE
    return guesses


def label_candidates(text: str, font: CellFont | None) -> Iterable[str]:
    """The ways a header cell may read: as it is, by its font, or in each legacy encoding (a CSV
    header in TCVN3 has no font to tell)."""
    yield text
    by_font = encoding_from_font(font.name if font else None)
    if by_font is not None:
        yield decode(text, by_font)
    if not text.isascii():
        yield decode(text, Encoding.TCVN3)
        yield decode(text, Encoding.VNI)
