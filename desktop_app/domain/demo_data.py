"""The demo conference: Lạng Sơn's training conference of 14/9/2022 on external-information and
press work, with synthetic people (realistic names and positions, none of them real except the
chair named in the public report)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

TITLE = ("Hội nghị tập huấn, bồi dưỡng nghiệp vụ công tác thông tin đối ngoại "
         "và công tác báo chí năm 2022")
STARTS_AT = datetime(2022, 9, 14, 7, 30)
ENDS_AT = datetime(2022, 9, 14, 17, 0)
VENUE = "Hội trường UBND tỉnh Lạng Sơn"
ORGANIZER = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
PARENT_AGENCY = "UBND TỈNH LẠNG SƠN"
CHAIR = "Dương Xuân Huyên"
PLACE = "Lạng Sơn"
# The invitation (giấy mời): its number and body are made up for the demo, as is the signer.
DOC_NUMBER = "125/GM-STTTT"
INVITATION_SUBJECT = ("Dự Hội nghị tập huấn, bồi dưỡng nghiệp vụ công tác thông tin đối ngoại "
                      "và công tác báo chí năm 2022")
INVITATION_BODY = ("Thực hiện Kế hoạch công tác thông tin đối ngoại năm 2022 của UBND tỉnh, Sở Thông tin và "
                   "Truyền thông tổ chức Hội nghị tập huấn, bồi dưỡng nghiệp vụ công tác thông tin đối ngoại "
                   "và công tác báo chí năm 2022 cho cán bộ làm công tác thông tin đối ngoại, người phát ngôn "
                   "của các cơ quan, đơn vị trên địa bàn tỉnh.")
SIGNER_TITLE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
SIGNER_NAME = "Hoàng Văn Minh"
RECIPIENTS = "- Như thành phần mời;\n- Lãnh đạo Sở;\n- Lưu: VT, TTBCXB."

PRESS_DEPARTMENT = "Cục Báo chí - Bộ Thông tin và Truyền thông"
TOPICS = (
    ("Phát ngôn, cung cấp thông tin và ứng xử với báo chí, truyền thông", (8, 0), (9, 30)),
    ("Xử lý khủng hoảng truyền thông", (9, 45), (11, 15)),
    ("Phương thức, cách thức trả lời phỏng vấn báo chí, truyền thông", (13, 30), (14, 30)),
    ("Phương thức phản hồi thông tin trên báo chí, truyền thông", (14, 30), (15, 30)),
    ("Quyền tự do báo chí và quyền tự do ngôn luận trên báo chí của công dân", (15, 45), (17, 0)),
)

# Surnames weighted towards Lạng Sơn, where Tày and Nùng families (Hoàng, Nông, Lương, Vi, Lăng,
# Chu, Triệu, Mã, Hà, Lộc) are as common as Nguyễn.
SURNAMES = (
    ("Nguyễn", 14), ("Hoàng", 10), ("Nông", 6), ("Lương", 5), ("Vi", 5), ("Trần", 5), ("Lê", 4),
    ("Hà", 4), ("Lăng", 3), ("Chu", 3), ("Triệu", 3), ("Mã", 2), ("Lộc", 2), ("Phạm", 3), ("Đặng", 3),
    ("Dương", 3), ("Đỗ", 2), ("Bùi", 2), ("Vũ", 2), ("Ngô", 2), ("Đinh", 2), ("Lý", 2), ("Hứa", 1),
    ("Tô", 1), ("Đào", 1), ("Phùng", 1), ("Trịnh", 1), ("Hồ", 1),
)
MALE_MIDDLE = ("Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Thanh", "Ngọc", "Mạnh", "Tiến", "Đình",
               "Công", "Trung", "Quốc", "Văn Hải", "Đức Anh")
FEMALE_MIDDLE = ("Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Thị Thu", "Thị Hồng", "Bích", "Kim",
                 "Thuý", "Phương")
MALE_GIVEN = ("Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hoà", "Hùng", "Huy",
              "Khánh", "Kiên", "Long", "Lâm", "Mạnh", "Nam", "Nghĩa", "Phong", "Quân", "Sơn", "Thắng",
              "Thành", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Ân", "Ánh", "Hưng")
FEMALE_GIVEN = ("An", "Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
                "Hoà", "Huệ", "Huyền", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngọc",
                "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thuỷ", "Trang", "Vân", "Yến", "Ánh")

# Positions by unit group: (position, how many such people a unit of the group sends).
POSITIONS = {
    "department": (("Phó Giám đốc", 1), ("Chánh Văn phòng, Người phát ngôn", 1)),
    "branch": (("Phó Giám đốc", 1), ("Trưởng phòng Tham mưu, Người phát ngôn", 1)),
    "party": (("Phó Trưởng ban", 1), ("Chuyên viên", 1)),
    "district": (("Phó Chủ tịch UBND huyện", 1), ("Chánh Văn phòng HĐND và UBND huyện", 1)),
    "city": (("Phó Chủ tịch UBND thành phố", 1), ("Chánh Văn phòng HĐND và UBND thành phố", 1)),
    "press": (("Phó Tổng Biên tập", 1), ("Trưởng phòng Thời sự", 1), ("Phóng viên", 2)),
    "central_press": (("Trưởng Cơ quan thường trú", 1),),
    "enterprise": (("Giám đốc", 1), ("Trưởng phòng Tổng hợp", 1)),
}
EXTRA_POSITIONS = ("Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Chuyên viên chính",
                   "Phó Chánh Văn phòng", "Cán bộ", "Phó Giám đốc Trung tâm")

DESKS = ("Bàn 1", "Bàn 2")

# Titles of the other conferences of a province's years (`hoinghi demo --conferences N`), "{year}"
# filled in from each conference's date.
SERIES_TITLES = (
    "Hội nghị tổng kết công tác thông tin đối ngoại năm {year}",
    "Hội nghị sơ kết công tác báo chí 6 tháng đầu năm {year}",
    "Hội nghị tập huấn nghiệp vụ phát ngôn và cung cấp thông tin cho báo chí năm {year}",
    "Hội nghị giao ban báo chí quý, năm {year}",
    "Hội nghị triển khai nhiệm vụ chuyển đổi số năm {year}",
    "Hội nghị cán bộ, công chức, viên chức năm {year}",
)


@dataclass(frozen=True)
class DemoPerson:
    full_name: str
    salutation: str
    position: str
    unit: str
    female: bool
    protocol_rank: int | None = None


class NameMaker:
    """Realistic, seeded Vietnamese names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.surnames = [s for s, _ in SURNAMES]
        self.weights = [w for _, w in SURNAMES]

    def make(self) -> tuple[str, bool]:
        female = self.rng.random() < 0.42
        surname = self.rng.choices(self.surnames, self.weights)[0]
        middle = self.rng.choice(FEMALE_MIDDLE if female else MALE_MIDDLE)
        given = self.rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
        return f"{surname} {middle} {given}", female

    def phone(self) -> str:
        return "0" + self.rng.choice("389") + "".join(self.rng.choice("0123456789") for _ in range(8))
