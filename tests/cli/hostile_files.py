"""Hostile and broken invite lists, made at test time and small on disk: the zip is written by
hand (so a member can be encrypted, use an unknown method, be named twice or unpack to hundreds
of megabytes from a few hundred kilobytes) and bombs are compressed as they are built, one
repeated block at a time, never held unpacked."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = ("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị")
PEOPLE = (("1", "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp"),
          ("2", "Đặng Thị Hoà", "Trưởng phòng", "Sở Nội vụ"),
          ("3", "Lương Đức Thắng", "Phó Chủ tịch", "UBND huyện Cao Lộc"))


@dataclass
class Member:
    name: str
    data: bytes             # as stored in the zip (compressed for method 8)
    crc: int
    size: int               # unpacked
    method: int = 8
    flags: int = 0


def deflated(data: bytes) -> Member:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Member("", c.compress(data) + c.flush(), zlib.crc32(data), len(data))


def repeated(prefix: bytes, unit: bytes, size: int, suffix: bytes) -> Member:
    """`prefix`, then `unit` repeated to about `size` bytes, then `suffix`, deflated a block
    at a time: after a full flush each identical block compresses to the same bytes, so the
    member is built from one compressed block without ever unpacking it."""
    block = unit * max(1, MB // len(unit))
    count = max(2, size // len(block))
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(prefix) + c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    last = c.compress(suffix) + c.flush()
    crc = zlib.crc32(block, zlib.crc32(prefix))
    for _ in range(count - 1):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(suffix, crc)
    return Member("", first + again * (count - 1) + last, crc, len(prefix) + len(block) * count + len(suffix))


def write_zip(path: Path, members: list[Member]) -> Path:
    """A zip of these members exactly as given (no checks: duplicates, odd methods and flags)."""
    body = bytearray()
    central = bytearray()
    for m in members:
        name = m.name.encode("utf-8")
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, m.flags, m.method, 0, 0x21, m.crc, len(m.data),
                            m.size, len(name), 0) + name + m.data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, m.flags, m.method, 0, 0x21, m.crc,
                               len(m.data), m.size, len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(body), 0)
    path.write_bytes(bytes(body + central + end))
    return path


def named(name: str, member: Member) -> Member:
    member.name = name
    return member


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(*, after_rows: str = "", first_row: int = 1, extra_cell: str = "") -> str:
    rows = [HEADER, *PEOPLE]
    xml = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}"><sheetData>']
    for n, row in enumerate(rows, start=first_row):
        cells = "".join(_cell(f"{'ABCD'[i]}{n}", v) for i, v in enumerate(row))
        xml.append(f'<row r="{n}">{cells}{extra_cell if n == first_row + 1 else ""}</row>')
    xml.append("</sheetData>" + after_rows + "</worksheet>")
    return "".join(xml)


SHEET_HEAD = sheet_xml().split("</sheetData>")[0].encode()


def workbook(path: Path, *, sheet: Member | None = None, sheets: int = 1, shared_part: bool = False,
             styles: Member | None = None, strings: Member | None = None, extra: tuple[Member, ...] = (),
             workbook_prefix: str = "") -> Path:
    """An .xlsx written by hand: `sheets` sheets (each its own part, or all one part), the
    given sheet part (the list of PEOPLE by default), style sheet and shared strings."""
    parts = 1 if shared_part else sheets
    sheet_entries = "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i if not shared_part else 1}"/>'
                            for i in range(1, sheets + 1))
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, parts + 1))
    if styles is not None:
        rels += f'<Relationship Id="rSt" Type="{REL}/styles" Target="styles.xml"/>'
    if strings is not None:
        rels += f'<Relationship Id="rSs" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    members = [
        named("[Content_Types].xml", deflated(b'<?xml version="1.0"?><Types xmlns="http://schemas.'
                                              b'openxmlformats.org/package/2006/content-types"/>')),
        named("_rels/.rels", deflated(f'<?xml version="1.0"?><Relationships xmlns="{pkg}"><Relationship Id="r1" '
                                      f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
                                      .encode())),
        named("xl/workbook.xml", deflated(f'<?xml version="1.0"?>{workbook_prefix}<workbook xmlns="{MAIN}" '
                                          f'xmlns:r="{REL}"><sheets>{sheet_entries}</sheets></workbook>'.encode())),
        named("xl/_rels/workbook.xml.rels", deflated(f'<?xml version="1.0"?><Relationships xmlns="{pkg}">{rels}'
                                                     f'</Relationships>'.encode())),
    ]
    for i in range(1, parts + 1):
        part = sheet if sheet is not None else deflated(sheet_xml().encode())
        members.append(named(f"xl/worksheets/sheet{i}.xml", Member("", part.data, part.crc, part.size,
                                                                  part.method, part.flags)))
    if styles is not None:
        members.append(named("xl/styles.xml", styles))
    if strings is not None:
        members.append(named("xl/sharedStrings.xml", strings))
    return write_zip(path, members + list(extra))


Builder = Callable[[Path], Path]
