"""Column widths from measured text: the room goes where it saves lines."""

from desktop_app.domain.signin import Column, Orientation, SheetRow, columns_for
from desktop_app.domain.table_layout import fit_widths, two_lines_mm
from desktop_app.domain.text_metrics import width_mm

LONG_POSITION = "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh"


def test_a_long_column_gets_the_room_a_short_one_does_not_need():
    rows = [["An", LONG_POSITION]] * 5
    widths = fit_widths({"name": 10.0, "position": 10.0}, rows, 80, size_pt=12, inside_mm=4.5,
                        weights={"name": 1.0, "position": 1.0})
    assert abs(sum(widths.values()) - 80) < 1e-6
    assert widths["position"] > 3 * widths["name"]


def test_two_lines_break_at_the_best_space():
    assert two_lines_mm("Nguyễn Đức Anh Thắng", 12) == max(width_mm("Nguyễn Đức", 12), width_mm("Anh Thắng", 12))


def test_portrait_with_phones_keeps_phones_whole_and_headings_on_one_line():
    rows = [SheetRow(1, "Dương Xuân Huyên", LONG_POSITION, "Ủy ban nhân dân tỉnh Lạng Sơn", "0308872624"),
            SheetRow(2, "Nguyễn Đức Anh Thắng", "Phó Giám đốc", "Sở Thông tin và Truyền thông", "0907870113")]
    columns = {c.key: c.width_mm for c in columns_for(Orientation.PORTRAIT, True, rows)}
    assert abs(sum(columns.values()) - 165) < 0.2
    assert columns[Column.PHONE] >= width_mm("0308872624", 12) + 3
    assert columns[Column.SIGNATURE] >= 25
    assert columns[Column.POSITION] >= 25 and columns[Column.UNIT] >= width_mm("Cơ quan,", 12, bold=True) + 3
