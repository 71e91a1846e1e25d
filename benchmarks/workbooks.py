"""Realistic invite lists to import, made on the fly: what a unit sends back after a large
conference call, as Excel writes it (shared strings, Times New Roman, borders, merged title rows).

Used by the import benchmark (bench_import.py) and by the crash test that kills a real import
(tests/robustness/workers.py), so both work on the same kind of file."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = ("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Số điện thoại", "Ghi chú")
SECTION_TITLES = ("LÃNH ĐẠO TỈNH", "CÁC SỞ, BAN, NGÀNH", "CÁC CƠ QUAN NGÀNH DỌC", "CÁC HUYỆN, THÀNH PHỐ",
                  "CÁC CƠ QUAN BÁO CHÍ", "CÁC DOANH NGHIỆP", "ĐẠI BIỂU KHÁC")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_POSITIONS = ("Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên",
              "Chuyên viên chính", "Phó Chủ tịch UBND huyện", "Chánh Văn phòng HĐND và UBND huyện", "Phóng viên",
              "Phó Tổng Biên tập", "Cán bộ", "Phó Chánh Văn phòng, Người phát ngôn", "Kế toán trưởng")
_UNLISTED = ("Trường THPT Việt Bắc", "Trung tâm Y tế huyện Lộc Bình", "Hợp tác xã Chè Bắc Sơn",
             "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Công ty TNHH Xuân Hòa", "Phòng Văn hóa huyện Văn Lãng")
_NOTES = ("Đi thay đồng chí Trưởng phòng", "Đến muộn", "Báo cáo tham luận", "Xin vắng buổi chiều")


def unit_names() -> list[str]:
    """Every unit of the shipped Lạng Sơn catalog, by its name and by each alias (as units write
    them back)."""
    path = Path(__file__).resolve().parents[1] / "resources" / "catalogs" / "lang_son_2022.json"
    names: list[str] = []
    for unit in json.loads(path.read_text("utf-8"))["units"]:
        names.append(unit["name"])
        names += unit.get("aliases", [])
    return names


def invite_rows(count: int, seed: int = 2022) -> list[list[object]]:
    """The table of `count` people under section headings (None for an empty cell): numbered rows
    with a name, a position, a unit (a catalog name or alias, one in ten not in the catalog), a
    phone (a number that lost its leading zero, as text, or none) and now and then a note."""
    from desktop_app.domain.demo_data import NameMaker

    rng = random.Random(seed)
    names = NameMaker(rng)
    units = unit_names()
    per_section = max(1, -(-count // len(SECTION_TITLES)))
    rows: list[list[object]] = []
    for n in range(count):
        if n % per_section == 0:
            section = n // per_section
            rows.append([f"{ROMAN[section]}. {SECTION_TITLES[section]}", None, None, None, None, None])
        unit = rng.choice(_UNLISTED) if rng.random() < 0.1 else rng.choice(units)
        phone: object = None
        r = rng.random()
        if r < 0.3:
            phone = int(names.phone())          # typed as a number: the leading zero is gone
        elif r < 0.9:
            phone = names.phone()
        note = rng.choice(_NOTES) if rng.random() < 0.05 else None
        rows.append([n + 1, names.make()[0], rng.choice(_POSITIONS), unit, phone, note])
    return rows


def write_invite_list(path: str | Path, count: int, seed: int = 2022) -> Path:
    """An .xlsx invite list of `count` people, written the way Excel writes one (a shared string
    table, cell styles by index, `spans` and merged ranges) and styled as units send them: the
    agency and nation header block (merged cells), the title, the header row, section headings in
    bold, a bordered table in Times New Roman, the total and the signature line."""
    table = invite_rows(count, seed)
    rows: list[tuple[list[object], int, bool]] = [   # (values, style, merged across)
        (["UBND TỈNH LẠNG SƠN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None, None], _BOLD_CENTER, False),
        (["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", None, None, "Độc lập - Tự do - Hạnh phúc", None, None], _BOLD_CENTER,
         False),
        ([], 0, False),
        (["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ", None, None, None, None, None], _BOLD_CENTER, True),
        (["Hội nghị tập huấn công tác thông tin đối ngoại năm 2022", None, None, None, None, None], _PLAIN_CENTER,
         True),
        ([], 0, False),
        (list(HEADER), _HEAD, False),
    ]
    rows += [(values, _SECTION if values[1] is None else _BODY, values[1] is None) for values in table]
    rows += [([], 0, False),
             ([f"Danh sách này có {count:,} đại biểu./.".replace(",", "."), None, None, None, None, None], _PLAIN,
              False),
             ([None, None, None, "NGƯỜI LẬP BIỂU", None, None], _BOLD_CENTER, False)]
    strings: dict[str, int] = {}
    sheet = [_SHEET_HEAD.format(last=len(rows))]
    merges = ["A1:C1", "D1:F1", "A2:C2", "D2:F2"]
    for number, (values, style, merged) in enumerate(rows, start=1):
        if not values:
            continue
        cells = []
        for column, value in enumerate(values):
            ref = f"{'ABCDEF'[column]}{number}"
            cell_style = _NUMBER if style == _BODY and column in (0, 4) and isinstance(value, int) else style
            if value is None:
                cells.append(f'<c r="{ref}" s="{cell_style}"/>')
            elif isinstance(value, int):
                cells.append(f'<c r="{ref}" s="{cell_style}"><v>{value}</v></c>')
            else:
                index = strings.setdefault(str(value), len(strings))
                cells.append(f'<c r="{ref}" s="{cell_style}" t="s"><v>{index}</v></c>')
        height = ' ht="31.5" customHeight="1"' if style == _BODY else ""
        sheet.append(f'<row r="{number}" spans="1:6"{height}>{"".join(cells)}</row>')
        if merged:
            merges.append(f"A{number}:F{number}")
    sheet.append(f'</sheetData><mergeCells count="{len(merges)}">')
    sheet += [f'<mergeCell ref="{m}"/>' for m in merges]
    sheet.append(_SHEET_TAIL)
    total = sum(1 for values, _, _ in rows for v in values if isinstance(v, str))
    shared = [f'<sst xmlns="{_MAIN}" count="{total}" uniqueCount="{len(strings)}">']
    shared += [f"<si><t>{escape(text)}</t></si>" for text in strings]
    shared.append("</sst>")
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in _PARTS.items():
            z.writestr(name, _DECLARATION + text)
        z.writestr("xl/sharedStrings.xml", _DECLARATION + "".join(shared))
        z.writestr("xl/worksheets/sheet1.xml", _DECLARATION + "".join(sheet))
    return path


# Cell styles (indexes into cellXfs below).
_PLAIN, _BOLD_CENTER, _PLAIN_CENTER, _HEAD, _SECTION, _BODY, _NUMBER = 1, 2, 3, 4, 5, 6, 7
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_SHEET_HEAD = (
    f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><dimension ref="A1:F{{last}}"/>'
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15.75"/>'
    '<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="28" customWidth="1"/>'
    '<col min="3" max="3" width="30" customWidth="1"/><col min="4" max="4" width="36" customWidth="1"/>'
    '<col min="5" max="5" width="16" customWidth="1"/><col min="6" max="6" width="18" customWidth="1"/></cols>'
    "<sheetData>"
)
_SHEET_TAIL = ('</mergeCells><pageMargins left="0.7" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
               '<pageSetup paperSize="9" orientation="portrait"/></worksheet>')
_FONT = '<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>'
_BOLD = '<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>'
_WRAP = '<alignment vertical="center" wrapText="1"/>'
_CENTER = '<alignment horizontal="center" vertical="center" wrapText="1"/>'
_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr defaultThemeVersion="124226"/>'
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20490" windowHeight="7755"/></bookViews>'
        '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="162913"/></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PKG}">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_MAIN}"><fonts count="3">'
        '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/></font>'
        f"{_FONT}{_BOLD}</fonts>"
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
        '</fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>'
        '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom>'
        "<diagonal/></border></borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        f'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">{_WRAP}</xf>'
        f'<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">{_CENTER}</xf>'
        f'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">{_CENTER}</xf>'
        f'<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" '
        f'applyAlignment="1">{_CENTER}</xf>'
        f'<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" '
        f'applyAlignment="1">{_WRAP}</xf>'
        f'<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" '
        f'applyAlignment="1">{_WRAP}</xf>'
        f'<xf numFmtId="1" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" '
        f'applyBorder="1" applyAlignment="1">{_CENTER}</xf></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'),
}
