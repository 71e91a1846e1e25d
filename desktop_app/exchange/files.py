"""What kind of file this really is: judged by its bytes, not its name."""

from __future__ import annotations

import codecs
import enum
import os
import re
import zipfile
import zlib
from pathlib import Path

from desktop_app.domain.errors import FileProblem
from desktop_app.exchange import limits
from desktop_app.store import handles

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FOREIGN_MAGIC = (
    (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"), (b"BM", "image"),
    (b"%PDF", "pdf"), (b"\x1f\x8b", "archive"), (b"Rar!", "archive"), (b"7z\xbc\xaf", "archive"),
    (b"SQLite format 3", "database"), (b"{\\rtf", "word"),
)


class SourceKind(enum.StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    CSV = "csv"
    DOCX = "docx"      # an invite list as a table in a Word document


def _utf16_name(name: str) -> bytes:
    return name.encode("utf-16-le")


def sniff(path: str | os.PathLike[str]) -> SourceKind:
    """The kind of spreadsheet (or Word document) a file holds, judged by its content. Raises FileProblem for a file
    that is missing, unreadable, empty, encrypted, damaged or not a spreadsheet at all."""
    p = Path(path)
    if handles.is_held(p):   # this program's own open database: reading it would drop its locks
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="database")
    head = _read_head(p)
    if not head:
        raise FileProblem("file_empty", path=str(p))
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(p)
    if head.startswith(_OLE_MAGIC):
        return _sniff_ole(p)
    for magic, kind in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise FileProblem("not_a_spreadsheet", path=str(p), kind=kind)
    return _sniff_text(p, head)


def _read_head(p: Path, size: int = 8192) -> bytes:
    try:
        with open(p, "rb") as f:
            return f.read(size)
    except FileNotFoundError as exc:
        raise FileProblem("file_missing", path=str(p)) from exc
    except IsADirectoryError as exc:
        raise FileProblem("file_unreadable", path=str(p), reason="directory") from exc
    except OSError as exc:
        raise FileProblem("file_unreadable", path=str(p), reason=exc.strerror or str(exc)) from exc


# Whatever a damaged zip makes zipfile and zlib raise: an encrypted member (RuntimeError), an
# unknown compression method (NotImplementedError), corrupt deflate data (zlib.error), a CRC that
# does not match (BadZipFile), a cut file (EOFError), sizes that do not add up (ValueError).
ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError, RuntimeError,
              NotImplementedError, IndexError, TypeError, OverflowError)


def _sniff_zip(p: Path) -> SourceKind:
    limits.check_zip_directory(p)
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
            limits.check_zip(p, infos)
            names = {i.filename for i in infos}
            mimetype = b""
            if "mimetype" in names:
                with z.open("mimetype") as f:
                    mimetype = f.read(100)   # never the whole member: it may unpack to gigabytes
    except FileProblem:
        raise
    except ZIP_DAMAGE as exc:
        raise FileProblem("file_corrupt", path=str(p), detail=f"{type(exc).__name__}: {exc}") from exc
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        if "xl/workbook.bin" in names and "xl/workbook.xml" not in names:
            raise FileProblem("not_a_spreadsheet", path=str(p), kind="xlsb")
        return SourceKind.XLSX
    if "word/document.xml" in names:
        return SourceKind.DOCX
    if any(n.startswith("ppt/") for n in names):
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="presentation")
    if b"opendocument.spreadsheet" in mimetype:
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="ods")
    if b"opendocument.text" in mimetype:
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="word")
    if any(n.startswith("xl/") for n in names):
        raise FileProblem("file_corrupt", path=str(p), detail="no xl/workbook.xml")
    raise FileProblem("not_a_spreadsheet", path=str(p), kind="archive")


def _sniff_ole(p: Path) -> SourceKind:
    # An encrypted .xlsx is an OLE container whose directory names "EncryptedPackage"; an old
    # Excel workbook holds a "Workbook" (or "Book") stream; Word a "WordDocument" stream. The
    # directory sits in the file's sectors, so look at the whole (small) header region.
    try:
        with open(p, "rb") as f:
            data = f.read(4 * 1024 * 1024)
    except OSError as exc:
        raise FileProblem("file_unreadable", path=str(p), reason=exc.strerror or str(exc)) from exc
    if _utf16_name("EncryptedPackage") in data or _utf16_name("EncryptionInfo") in data:
        raise FileProblem("file_encrypted", path=str(p))
    if _utf16_name("Workbook") in data or _utf16_name("Book") in data:
        return SourceKind.XLS
    if _utf16_name("WordDocument") in data:
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="word")
    if _utf16_name("PowerPoint Document") in data:
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="presentation")
    raise FileProblem("not_a_spreadsheet", path=str(p), kind="unknown")


_HTML_STARTS = ("<!doctype html", "<html", "<table", "<meta", "<head", "<body", "<style", "<title", "<div",
                "<font", "<br", "<p>", "<link")
_LEADING_NOISE = re.compile(r"^(?:\s|\ufeff|<!--.*?-->|<\?xml[^>]*\?>)*", re.DOTALL)


def _sniff_text(p: Path, head: bytes) -> SourceKind:
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in head:
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="unknown")
    text = head.decode("utf-16" if utf16 else "latin-1", errors="replace")
    start = _LEADING_NOISE.sub("", text[:4096].lstrip("\xef\xbb\xbf")).lower()
    # Web pages saved as .xls (portals, "Save as Web Page"): after a BOM, blank lines, a comment
    # or an XML declaration; in UTF-16; or as a single-file web archive (MHTML).
    mhtml = start.startswith("mime-version:") and "multipart/related" in text[:4096].lower()
    if start.startswith(_HTML_STARTS) or mhtml:
        raise FileProblem("not_a_spreadsheet", path=str(p), kind="html")
    if text[:4096].lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower().startswith("<?xml"):
        kind = "spreadsheetml" if "urn:schemas-microsoft-com:office:spreadsheet" in text else "xml"
        raise FileProblem("not_a_spreadsheet", path=str(p), kind=kind)
    return SourceKind.CSV  # UTF-16 text (Excel's "Unicode text") or 8-bit text
