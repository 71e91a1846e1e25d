"""What the invitation tests share: a small conference with every kind of person, and reading a
PDF's pages back as text and as QR codes (pdftoppm's pixels decoded by zxing-cpp)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

LONG_UNIT = ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn và các đơn vị sự nghiệp công lập trực "
             "thuộc, Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Lạng Sơn")


def invitation_conference(db: Any) -> dict[str, Any]:
    """A conference with its invitation's fields, two topics, an invited person, one with a very
    long unit, a replaced person and their substitute, a walk-in and a unit invited without names."""
    from desktop_app.domain.kinds import AttendeeStatus
    from desktop_app.domain.models import AttendeeInput
    from desktop_app.store.attendees import add_attendee, add_substitute
    from desktop_app.store.conferences import create_conference, update_conference
    from desktop_app.store.invited_units import add_invited_unit
    from desktop_app.store.topics import add_topic

    c = create_conference(db, "Hội nghị tập huấn Luật Báo chí", datetime(2022, 9, 14, 7, 30), venue="Hội trường A",
                          place_name="Lạng Sơn", organizer="Sở Thông tin và Truyền thông",
                          parent_agency="UBND tỉnh Lạng Sơn")
    c = update_conference(db, replace(
        c, doc_number="123/GM-STTTT", invitation_subject="Về việc dự Hội nghị tập huấn Luật Báo chí",
        invitation_body="Sở Thông tin và Truyền thông tổ chức Hội nghị tập huấn Luật Báo chí năm 2022.",
        signer_title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer_name="Hoàng Thị Tố Loan",
        recipients="- Như trên;\n- Lưu: VT."))
    add_topic(db, c.id, "Quyền tự do báo chí của công dân", presenter="Nguyễn Văn Bình")

    def person(name: str, unit: str, **kw: Any) -> Any:
        return add_attendee(db, c.id, AttendeeInput(full_name=name, unit_name=unit, position="Giám đốc",
                                                    salutation="Ông", **kw))

    people = {
        "invited": person("Nguyễn Văn Ánh", "Sở Nội vụ"),
        "long": person("Đặng Thị Hường", LONG_UNIT),
        "replaced": person("Trần Văn Hưng", "Sở Tư pháp"),
        "walk_in": person("Lò Văn Khách", "Báo Lạng Sơn", status=AttendeeStatus.WALK_IN),
    }
    people["substitute"] = add_substitute(db, people["replaced"].id, AttendeeInput(
        full_name="Phạm Thị Ngọc Ước", unit_name="Sở Tư pháp", position="Phó Giám đốc", salutation="Bà"))
    unit = add_invited_unit(db, c.id, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", seats=2)
    return {"conference": c, "people": people, "unit": unit}


def pdf_text_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.split("\f")[:-1]


def qr_codes_per_page(path: Path, folder: Path, dpi: int = 150) -> list[list[str]]:
    """The texts of the QR codes on each page of a PDF."""
    import zxingcpp
    from PySide6.QtGui import QImage

    folder.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), str(folder / "page")], check=True)
    found = []
    for png in sorted(folder.glob("page-*.png")):
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
        found.append([b.text for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode])
    return found
