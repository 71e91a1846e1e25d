"""Messy invite lists as units send them: header variants, title blocks, headings, legacy
encodings, lost leading zeros, duplicates, footers; progress, cancel, backup, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from invite_files import HEADER, PEOPLE, csv_file, standard_rows, xls, xlsx
from openpyxl.styles import Font

from desktop_app.domain.errors import Cancelled
from desktop_app.domain.legacy import encode_tcvn3, encode_vni
from desktop_app.exchange.decoding import EncodingChoice
from desktop_app.exchange.import_report import ImportOptions
from desktop_app.exchange.importer import import_invite_list
from desktop_app.exchange.table import Field, match_label
from desktop_app.store.attendees import count_attendees, list_attendees
from desktop_app.store.backup import list_backups
from desktop_app.store.search import search_attendees


def names(db, conference) -> list[str]:
    return [a.full_name for a in list_attendees(db, conference.id, order="name")]


@pytest.mark.parametrize(("label", "field"), [
    ("Họ và tên", Field.NAME), ("HỌ TÊN", Field.NAME), ("Tên đại biểu", Field.NAME), ("ho va ten", Field.NAME),
    ("Họ và tên đại biểu", Field.NAME), ("Chức vụ", Field.POSITION), ("Chức danh", Field.POSITION),
    ("Cơ quan, đơn vị", Field.UNIT), ("Đơn vị", Field.UNIT), ("Đơn vị công tác", Field.UNIT),
    ("Cơ quan", Field.UNIT), ("Số điện thoại", Field.PHONE), ("Điện thoại", Field.PHONE), ("ĐT", Field.PHONE),
    ("SĐT", Field.PHONE), ("Di động", Field.PHONE), ("Email", Field.EMAIL), ("E-mail", Field.EMAIL),
    ("Ghi chú", Field.NOTE), ("STT", Field.NUMBER), ("TT", Field.NUMBER), ("Ký tên", Field.SIGNATURE),
    ("Nhóm", Field.SECTION), ("Danh sách", None), ("Tổng", None),
])
def test_header_labels_are_recognised_folded(label, field):
    assert match_label(label) == field


def test_header_found_below_a_title_block_with_other_labels(catalog_db, conference, tmp_path):
    rows = [["ỦY BAN NHÂN DÂN TỈNH"], [None], ["Danh sách đăng ký"], [None, None], [None],
            ["TT", "HỌ TÊN", "CHỨC DANH", "ĐƠN VỊ CÔNG TÁC", "SĐT"],
            [1, "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp", "0912345678"], [None],
            [2, "Đặng Thị Hoà", "Trưởng phòng", "Sở Nội vụ", None]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "a.xlsx", rows, merges=["A1:E1"]))
    assert report.header_row == 6 and report.imported == 2
    assert set(report.columns) == {"number", "full_name", "position", "unit_name", "phone"}
    assert names(catalog_db, conference) == ["Nguyễn Văn Đức", "Đặng Thị Hoà"]


def test_header_beyond_row_30_is_not_searched_unless_given(catalog_db, conference, tmp_path):
    rows = [[f"dòng {i}"] for i in range(31)] + standard_rows(title=False)
    path = xlsx(tmp_path / "deep.xlsx", rows)
    from desktop_app.domain.errors import FileProblem

    with pytest.raises(FileProblem) as error:
        import_invite_list(catalog_db, conference.id, path)
    assert error.value.code == "no_header"
    report = import_invite_list(catalog_db, conference.id, path, ImportOptions(header_row=32))
    assert report.imported == 3


def test_columns_can_be_mapped_by_hand_for_a_list_without_header(catalog_db, conference, tmp_path):
    rows = [["Nguyễn Văn Đức", "Sở Tư pháp"], ["Đặng Thị Hoà", "Sở Nội vụ"]]
    options = ImportOptions(columns={Field.NAME: 0, Field.UNIT: 1})
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "bare.xlsx", rows), options)
    assert report.imported == 2
    assert {a.unit_name for a in list_attendees(catalog_db, conference.id)} == {"Sở Tư pháp", "Sở Nội vụ"}


def test_section_headings_bold_roman_or_in_the_number_column(catalog_db, conference, tmp_path):
    rows = [HEADER,
            ["I. LÃNH ĐẠO UBND TỈNH"],                               # merged, Roman numeral
            [1, "Dương Xuân Huyên", "Phó Chủ tịch", "UBND tỉnh Lạng Sơn"],
            ["II", "Các sở, ban, ngành"],                            # numeral in STT, title beside it
            [2, "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp"],
            [None, "Cơ quan báo chí"],                               # bold, no numeral
            [3, "Hoàng Minh Đức", "Phó Tổng Biên tập", "Báo Lạng Sơn"],
            ["VII. KHÁCH MỜI KHÁC"],                                 # numeral beyond the conference's
            [4, "Vi Xuân Giang", "Chuyên viên", "Công ty ABC"]]      # "Vi" is a name, not VI
    fonts = {(6, 2): Font(bold=True)}
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "s.xlsx", rows, fonts=fonts,
                                                                merges=["A2:F2", "A8:F8"]))
    assert report.imported == 4
    mapping = [(s.row, s.matched_by, s.section_title, s.people) for s in report.sections]
    assert mapping == [(2, "title", "I. LÃNH ĐẠO UBND TỈNH", 1), (4, "title", "II. CÁC SỞ, BAN, NGÀNH", 1),
                       (6, "similar title", "IV. CÁC CƠ QUAN BÁO CHÍ", 1), (8, None, "", 1)]
    sections = {a.full_name: a.section_title for a in list_attendees(catalog_db, conference.id)}
    assert sections["Hoàng Minh Đức"] == "IV. CÁC CƠ QUAN BÁO CHÍ"
    assert sections["Vi Xuân Giang"] == "V. CÁC DOANH NGHIỆP" or sections["Vi Xuân Giang"] == ""


def test_a_heading_is_mapped_by_its_numeral_when_the_title_differs(catalog_db, conference, tmp_path):
    rows = [HEADER, ["III. ĐỊA PHƯƠNG"], [1, "Lương Đức Thắng", "Phó Chủ tịch", "Huyện Cao Lộc"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "n.xlsx", rows))
    assert report.sections[0].matched_by == "numeral"
    assert report.sections[0].section_title == "III. UBND CÁC HUYỆN, THÀNH PHỐ"


def test_footer_and_signature_block_end_the_list(catalog_db, conference, tmp_path):
    rows = [*standard_rows(), [None], ["Danh sách có 3 đại biểu./."],
            [None, None, None, "Lạng Sơn, ngày 14 tháng 9 năm 2022"],
            [None, "NGƯỜI LẬP BIỂU", None, "XÁC NHẬN CỦA BAN TỔ CHỨC"], [None, "(Ký, ghi rõ họ tên)"],
            [None, "Nguyễn Thị Lập"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "f.xlsx", rows))
    assert report.imported == 3
    assert report.declared_count == 3
    assert report.ended_at_row == 10   # the date line
    assert [n.reason for n in report.skipped] == ["total_line"]


def test_rows_without_a_name_and_repeated_headers_are_reported(catalog_db, conference, tmp_path):
    rows = [*standard_rows(title=False), [4, None, "Chuyên viên", "Sở Y tế"], HEADER,
            ["(1)", "(2)", "(3)", "(4)"], [5, "Lê Văn Tám", "Chuyên viên", "Sở Y tế"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "r.xlsx", rows))
    assert report.imported == 4
    assert [(n.row, n.reason) for n in report.skipped] == [(5, "no_name"), (6, "repeated_header"),
                                                           (7, "column_numbers")]


def test_lost_leading_zeros_are_restored_and_reported(catalog_db, conference, tmp_path):
    rows = [HEADER, [1, "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp", 912345678],
            [2, "Đặng Thị Hoà", "Trưởng phòng", "Sở Nội vụ", 912345678.0],
            [3, "Lê Văn Tám", "Chuyên viên", "Sở Y tế", "0912.345.679"],
            [4, "Hà Thu Lan", "Chuyên viên", "Sở Y tế", "0912345680 / 0205123456"],
            [5, "Vi Văn Ba", "Chuyên viên", "Sở Y tế", "không có"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "p.xlsx", rows))
    phones = {a.full_name: (a.phone, a.note) for a in list_attendees(catalog_db, conference.id)}
    assert phones["Nguyễn Văn Đức"] == ("0912345678", "")
    assert phones["Đặng Thị Hoà"][0] == "0912345678"
    assert phones["Lê Văn Tám"][0] == "0912345679"
    assert phones["Hà Thu Lan"] == ("0912345680", "ĐT: 0912345680 / 0205123456")
    assert phones["Vi Văn Ba"] == ("", "ĐT: không có")
    changed = [(n.row, n.reason, n.before, n.after) for n in report.changed]
    assert changed == [(2, "leading_zero_restored", "912345678", "0912345678"),
                       (3, "leading_zero_restored", "912345678", "0912345678"),
                       (5, "phone_several", "0912345680 / 0205123456", "0912345680"),
                       (6, "phone_moved_to_note", "không có", "")]


def test_duplicates_in_the_file_and_in_the_conference_are_skipped(catalog_db, conference, tmp_path, add_person):
    add_person("Đặng Thị Hoà", "Sở Nội vụ")
    rows = [*standard_rows(title=False), [4, "NGUYỄN VĂN ĐỨC", "Giám đốc", "sở tư pháp"],
            [5, "Nguyễn Văn Đức", "Giám đốc", "Sở Y tế"]]   # same name, other unit: another person
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "d.xlsx", rows))
    assert report.imported == 3
    skipped = [(n.row, n.reason, dict(n.detail)) for n in report.skipped]
    assert skipped[0][:2] == (3, "already_in_conference")
    assert skipped[1] == (5, "duplicate_in_file", {"first_row": 2})
    assert count_attendees(catalog_db, conference.id) == 4


def test_units_are_matched_by_alias_and_the_others_listed(catalog_db, conference, tmp_path):
    rows = [HEADER, [1, "A Văn Một", "", "Sở TT&TT"], [2, "B Văn Hai", "", "UBND huyện Cao Lộc"],
            [3, "C Văn Ba", "", "Công ty TNHH Hoa Mai"], [4, "D Văn Bốn", "", "Công ty TNHH Hoa Mai"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "u.xlsx", rows))
    assert report.matched_units == 2
    assert [(u.name, u.count, u.rows) for u in report.unmatched_units] == [("Công ty TNHH Hoa Mai", 2, (4, 5))]
    stored = {a.full_name: (a.unit_name, a.unit_id) for a in list_attendees(catalog_db, conference.id)}
    assert stored["A Văn Một"][0] == "Sở TT&TT" and stored["A Văn Một"][1] is not None   # kept as written
    assert stored["C Văn Ba"][1] is None


def test_typing_artefacts_are_flagged_not_fixed(catalog_db, conference, tmp_path):
    rows = [HEADER, [1, "Nguyeenx Vawn Ddwcs", "Chuyên viên", "Sở Y tế"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "t.xlsx", rows))
    assert report.imported == 1
    assert report.warnings[0].reason == "typing_artefact" and "Nguyeenx" in report.warnings[0].detail["words"]
    assert names(catalog_db, conference) == ["Nguyeenx Vawn Ddwcs"]


def test_every_text_is_cleaned_to_nfc(catalog_db, conference, tmp_path):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Nguyễn  Văn\u00a0Đức\u200b")
    rows = [HEADER, [1, decomposed, " Giám\tđốc ", "Sở  Tư pháp"]]
    import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "nfc.xlsx", rows))
    a = list_attendees(catalog_db, conference.id)[0]
    assert (a.full_name, a.position, a.unit_name) == ("Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp")
    assert unicodedata.is_normalized("NFC", a.full_name)


def test_salutation_and_list_numbers_come_off_the_name(catalog_db, conference, tmp_path):
    rows = [["Họ và tên", "Đơn vị"], ["Đ/c Nguyễn Văn Đức", "Sở Tư pháp"], ["2. Đặng Thị Hoà", "Sở Nội vụ"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "sal.xlsx", rows))
    people = {a.full_name: a.salutation for a in list_attendees(catalog_db, conference.id)}
    assert people == {"Nguyễn Văn Đức": "Đồng chí", "Đặng Thị Hoà": ""}
    assert [n.reason for n in report.changed] == ["salutation_split", "number_removed"]


# -- legacy encodings ------------------------------------------------------------------------------


def test_tcvn3_xls_is_converted_by_its_cell_fonts(catalog_db, conference, tmp_path):
    rows = [[encode_tcvn3(h.lower()) for h in HEADER]] + [[i, *(encode_tcvn3(v) for v in p)]
                                                         for i, p in enumerate(PEOPLE, start=1)]
    path = xls(tmp_path / "old.xls", rows, font_name=".VnTime")
    report = import_invite_list(catalog_db, conference.id, path)
    assert report.kind == "xls" and report.encoding == "tcvn3"
    assert names(catalog_db, conference) == ["Nguyễn Văn Đức", "Đặng Thị Hoà", "Lương Đức Thắng"]


def test_vni_csv_is_detected_by_its_characters(catalog_db, conference, tmp_path):
    lines = [",".join(HEADER[:4])] + [f"{i},{encode_vni(p[0])},{encode_vni(p[1])},{encode_vni(p[2])}"
                                      for i, p in enumerate(PEOPLE, start=1)]
    path = csv_file(tmp_path / "vni.csv", lines, encoding="utf-8")
    report = import_invite_list(catalog_db, conference.id, path)
    assert report.encoding == "vni"
    assert "Đặng Thị Hoà" in names(catalog_db, conference)


def test_tcvn3_csv_in_8_bit_bytes(catalog_db, conference, tmp_path):
    lines = [encode_tcvn3("Họ và tên;Đơn vị")] + [f"{encode_tcvn3(p[0])};{encode_tcvn3(p[2])}" for p in PEOPLE]
    path = csv_file(tmp_path / "tcvn3.csv", lines, encoding="latin-1")
    report = import_invite_list(catalog_db, conference.id, path)
    assert report.encoding == "tcvn3"
    assert {a.unit_name for a in list_attendees(catalog_db, conference.id)} >= {"UBND huyện Cao Lộc"}


def test_the_encoding_can_be_forced(catalog_db, conference, tmp_path):
    rows = [HEADER, [1, encode_tcvn3("Nguyễn Văn Đức"), "", "Sở Y tế"]]
    path = xlsx(tmp_path / "forced.xlsx", rows)
    kept = import_invite_list(catalog_db, conference.id, path, ImportOptions(encoding=EncodingChoice.UNICODE,
                                                                             dry_run=True, keep_rows=True))
    assert kept.rows[0].person.full_name == encode_tcvn3("Nguyễn Văn Đức") and kept.encoding == "unicode"
    assert kept.legacy_suspected == "tcvn3"      # as asked, but the report says what it looks like
    forced = import_invite_list(catalog_db, conference.id, path, ImportOptions(encoding=EncodingChoice.TCVN3,
                                                                               keep_rows=True))
    assert forced.rows[0].person.full_name == "Nguyễn Văn Đức"
    assert forced.rows[0].original["full_name"] == encode_tcvn3("Nguyễn Văn Đức")


# -- CSV variants ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ","), ("utf-8", ";"), ("utf-16", "\t"),
                                                     ("cp1258", ",")])
def test_csv_encodings_and_delimiters(catalog_db, conference, tmp_path, encoding, delimiter):
    lines = [delimiter.join(HEADER[1:4])] + [delimiter.join(f'"{v}"' if "," in v else v for v in p[:3])
                                             for p in PEOPLE]
    if encoding == "cp1258":   # Windows' Vietnamese code page writes tones as combining marks
        path = tmp_path / "list.csv"
        path.write_bytes("\r\n".join(_cp1258_form(line) for line in lines).encode("cp1258"))
    else:
        path = csv_file(tmp_path / "list.csv", lines, encoding=encoding)
    report = import_invite_list(catalog_db, conference.id, path)
    assert report.imported == 3
    assert names(catalog_db, conference) == ["Nguyễn Văn Đức", "Đặng Thị Hoà", "Lương Đức Thắng"]


def _cp1258_form(text: str) -> str:
    import unicodedata

    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)   # base letter + vowel mark precomposed, tone combining
            vowel = "".join(m for m in nfd[1:] if m in "\u0306\u0302\u031b")
            tone = "".join(m for m in nfd[1:] if m not in vowel)
            out.append(unicodedata.normalize("NFC", nfd[0] + vowel) + tone)
    return "".join(out)


def test_csv_formula_guard_apostrophe_is_removed(catalog_db, conference, tmp_path):
    path = csv_file(tmp_path / "guard.csv", ["Họ và tên,Chức vụ", "Nguyễn Văn Đức,'-Giám đốc"])
    import_invite_list(catalog_db, conference.id, path)
    assert list_attendees(catalog_db, conference.id)[0].position == "-Giám đốc"


# -- the whole run --------------------------------------------------------------------------------------


def test_second_sheet_is_used_when_the_first_has_no_list(catalog_db, conference, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Hướng dẫn"
    wb.active["A1"] = "Điền danh sách ở trang sau"
    ws = wb.create_sheet("DS")
    for row in standard_rows():
        ws.append(row)
    wb.save(tmp_path / "two.xlsx")
    report = import_invite_list(catalog_db, conference.id, tmp_path / "two.xlsx")
    assert report.sheet == "DS" and report.sheets == ["Hướng dẫn", "DS"] and report.imported == 3
    chosen = import_invite_list(catalog_db, conference.id, tmp_path / "two.xlsx", ImportOptions(sheet="ds",
                                                                                                 dry_run=True))
    assert chosen.sheet == "DS"


def test_progress_is_reported_and_a_backup_taken(catalog_db, conference, tmp_path, db_path):
    rows = standard_rows([[f"Người {i} Văn Thử", "Chuyên viên", "Sở Y tế", ""] for i in range(700)])
    seen: list[tuple[str, int, int]] = []
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "big.xlsx", rows),
                                progress=lambda *a: seen.append(a))
    assert report.imported == 700
    assert {s for s, _, _ in seen} == {"reading", "checking", "writing"}
    assert seen[-1] == ("writing", 700, 700)
    assert report.backup_path and Path(report.backup_path) in list_backups(db_path)


def test_cancel_while_writing_leaves_nothing(catalog_db, conference, tmp_path, monkeypatch):
    import desktop_app.store.attendees as store

    monkeypatch.setattr(store, "ROWS_PER_INSERT", 100)
    rows = standard_rows([[f"Người {i} Văn Thử", "Chuyên viên", "Sở Y tế", ""] for i in range(500)])
    written: list[int] = []

    def cancel_after_200() -> bool:   # the import's own connection sees its rows before the commit
        written.append(count_attendees(catalog_db, conference.id))
        return written[-1] >= 200

    with pytest.raises(Cancelled):
        import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "c.xlsx", rows), cancelled=cancel_after_200)
    assert written[-1] == 200
    assert count_attendees(catalog_db, conference.id) == 0
    assert search_attendees(catalog_db, conference.id, "nguoi") == []
    assert catalog_db.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'attendees_search_ai'"
                                   ).fetchone()[0] == 1   # the index trigger is back


@pytest.mark.parametrize("people", [3, 500], ids=["row-by-row-index", "bulk-index"])
def test_a_failure_midway_rolls_everything_back(catalog_db, conference, tmp_path, monkeypatch, people):
    import desktop_app.store.attendees as store

    calls = []
    real = store.execute

    def failing(db, sql, params=None):
        if sql.startswith("INSERT INTO attendees ("):
            calls.append(sql)
            if len(calls) == 2:
                raise OSError("disk full")
        return real(db, sql, params)

    monkeypatch.setattr(store, "ROWS_PER_INSERT", 2)
    monkeypatch.setattr(store, "execute", failing)
    rows = standard_rows([[f"Người {i} Văn Thử", "Chuyên viên", "Sở Y tế", ""] for i in range(people)])
    with pytest.raises(OSError):
        import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "x.xlsx", rows))
    assert count_attendees(catalog_db, conference.id) == 0
    assert catalog_db.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'attendees_search_ai'"
                                   ).fetchone()[0] == 1


def test_the_wizard_preview_shows_header_columns_and_decoded_rows(tmp_path):
    from desktop_app.exchange.reading import preview_table

    rows = [HEADER, *[[i, encode_tcvn3(p[0]), encode_tcvn3(p[1]), encode_tcvn3(p[2])]
                      for i, p in enumerate(PEOPLE, start=1)]]
    fonts = {(r, c): Font(name=".VnTime") for r in range(2, 5) for c in range(2, 5)}
    preview = preview_table(xlsx(tmp_path / "w.xlsx", rows, fonts=fonts), rows=2)
    assert preview.sheet == "Danh sách" and preview.layout.header_row == 1
    assert preview.layout.columns[Field.NAME] == 1 and preview.labels[1] == "Họ và tên"
    assert preview.rows == [(2, {0: "1", 1: "Nguyễn Văn Đức", 2: "Giám đốc", 3: "Sở Tư pháp"}),
                            (3, {0: "2", 1: "Đặng Thị Hoà", 2: "Trưởng phòng", 3: "Sở Nội vụ"})]
    assert preview.encoding == "tcvn3"


def test_preview_rows_carry_their_problems(catalog_db, conference, tmp_path):
    rows = [HEADER, [1, "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp", 912345678],
            [2, None, "Chuyên viên", "Sở Y tế"], [3, "Nguyễn Văn Đức", "Giám đốc", "Sở Tư pháp"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "pv.xlsx", rows),
                                ImportOptions(dry_run=True, keep_rows=True))
    assert [(r.row, r.imported, r.problems) for r in report.rows] == [
        (2, True, ("leading_zero_restored",)), (3, False, ("no_name",)), (4, False, ("duplicate_in_file",))]


def test_family_and_given_names_in_two_columns(catalog_db, conference, tmp_path):
    rows = [["TT", "Họ và tên đệm", "Tên", "Chức vụ", "Tên cơ quan"],
            [1, "Nguyễn Văn", "Đức", "Giám đốc", "Sở Tư pháp"], [2, "Đặng Thị", "Hoà", "Trưởng phòng", "Sở Nội vụ"]]
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "split.xlsx", rows))
    assert report.imported == 2 and {"family_name", "given_name", "unit_name"} <= set(report.columns)
    assert names(catalog_db, conference) == ["Nguyễn Văn Đức", "Đặng Thị Hoà"]


def test_unit_headings_name_the_unit_when_there_is_no_unit_column(catalog_db, conference, tmp_path):
    rows = [["STT", "Họ và tên", "Chức vụ"], ["1. Sở Tư pháp"], [1, "Nguyễn Văn Đức", "Giám đốc"],
            ["2. UBND huyện Cao Lộc"], [2, "Lương Đức Thắng", "Phó Chủ tịch UBND huyện"],
            ["III. CÁC CƠ QUAN BÁO CHÍ"], [3, "Hoàng Minh Đức", "Phó Tổng Biên tập"]]
    fonts = {(2, 1): Font(bold=True), (4, 1): Font(bold=True)}
    report = import_invite_list(catalog_db, conference.id, xlsx(tmp_path / "units.xlsx", rows, fonts=fonts))
    assert [(s.heading, s.section_id is not None, s.as_unit) for s in report.sections] == [
        ("1. Sở Tư pháp", False, True), ("2. UBND huyện Cao Lộc", False, True),
        ("III. CÁC CƠ QUAN BÁO CHÍ", True, False)]
    stored = {a.full_name: (a.unit_name, a.section_title) for a in list_attendees(catalog_db, conference.id)}
    assert stored["Nguyễn Văn Đức"] == ("Sở Tư pháp", "II. CÁC SỞ, BAN, NGÀNH")          # by the unit's kind
    assert stored["Lương Đức Thắng"] == ("UBND huyện Cao Lộc", "III. UBND CÁC HUYỆN, THÀNH PHỐ")
    assert stored["Hoàng Minh Đức"] == ("", "IV. CÁC CƠ QUAN BÁO CHÍ")
