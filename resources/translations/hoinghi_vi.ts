<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendeeColumns</name>
    <message>
        <location filename="../../desktop_app/ui/models/attendee_columns.py" line="+32"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replaced by a substitute</source>
        <translation>Đã cử người đi thay</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checked in at {time} at desk {desk}</source>
        <translation>Đã điểm danh lúc {time} tại {desk}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Possible duplicate: same name and unit as {others}. Check whether it is the same person, then edit one and delete the other, or leave both.</source>
        <translation>Có thể trùng người: cùng họ tên và đơn vị với {others}. Kiểm tra xem có phải cùng một người không, rồi sửa một mục và xoá mục kia, hoặc giữ cả hai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Similar name in the same unit: {others}. Check the spelling.</source>
        <translation>Tên gần giống trong cùng đơn vị: {others}. Kiểm tra lại cách viết.</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/attendees/attendee_dialog.py" line="+96"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;lutation:</source>
        <translation>&amp;Danh xưng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>&amp;Khối:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phon&amp;e:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;rank:</source>
        <translation>Thứ tự &amp;lễ tân:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitute for:</source>
        <translation>Đi thay cho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role on the &amp;badge:</source>
        <translation>Vai t&amp;rò trên thẻ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New attendee</source>
        <translation>Thêm đại biểu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit attendee</source>
        <translation>Sửa thông tin đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (from the position)</source>
        <translation>Tự động (theo chức vụ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller numbers are listed first within a section: 1 chairs, 10 heads of units, 20 deputies, 40 staff.</source>
        <translation>Số nhỏ hơn được xếp trước trong khối: 1 chủ trì, 10 thủ trưởng đơn vị, 20 cấp phó, 40 chuyên viên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of the name: “so tu phap”, “cao loc”…</source>
        <translation>Gõ một phần tên đơn vị: “so tu phap”, “cao loc”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Chọ&amp;n…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the section (ĐẠI BIỂU; PHÓNG VIÊN for the press)</source>
        <translation>Theo nhóm đại biểu (ĐẠI BIỂU; PHÓNG VIÊN cho báo chí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear</source>
        <translation>&amp;Bỏ chọn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code on the invitation: {code}</source>
        <translation>Mã trên giấy mời: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A code for the invitation is given when the attendee is saved.</source>
        <translation>Mã in trên giấy mời được cấp khi lưu đại biểu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— (choose the invited person if this is a substitute)</source>
        <translation>— (chọn người được mời nếu đây là người đi thay)</translation>
    </message>
</context>
<context>
    <name>AttendeeFilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/attendees/attendee_filters.py" line="+71"/>
        <source>Search: name, unit, position or code (Ctrl+F)</source>
        <translation>Tìm: tên, đơn vị, chức vụ hoặc mã (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds of unit</source>
        <translation>Mọi loại đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By section and unit</source>
        <translation>Theo khối và đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One list</source>
        <translation>Một danh sách</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Expand all units</source>
        <translation>Mở tất cả đơn vị</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Collapse all units</source>
        <translation>Thu gọn tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of unit</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Tình trạng có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order within a unit, or of the whole list</source>
        <translation>Thứ tự trong đơn vị, hoặc của cả danh sách</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <location filename="../../desktop_app/ui/attendees/attendee_picker.py" line="+66"/>
        <source>Substitute for whom?</source>
        <translation>Đi thay cho ai?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the invited person this attendee replaces: type part of the name or unit, choose with ↑ ↓ and press Enter.</source>
        <translation>Tìm người được mời mà đại biểu này đi thay: gõ một phần tên hoặc đơn vị, chọn bằng ↑ ↓ rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>AttendeesView</name>
    <message>
        <location filename="../../desktop_app/ui/attendees/attendees_view.py" line="+138"/>
        <source>&amp;Add…  (Ins)</source>
        <translation>&amp;Thêm…  (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…  (Enter)</source>
        <translation>&amp;Sửa…  (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bstitute for…  (Ctrl+R)</source>
        <translation>Đi th&amp;ay cho…  (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in  (Ctrl+Enter)</source>
        <translation>Điểm &amp;danh  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo check-in  (Ctrl+Backspace)</source>
        <translation>&amp;Hủy điểm danh  (Ctrl+Backspace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…  (Del)</source>
        <translation>&amp;Xóa…  (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…  (Ctrl+H)</source>
        <translation>&amp;Lịch sử…  (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conference is open</source>
        <translation>Chưa mở hội nghị nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a conference in Conferences (Ctrl+1) to see its attendees.</source>
        <translation>Hãy mở một hội nghị ở thẻ Hội nghị (Ctrl+1) để xem danh sách đại biểu.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{shown} shown · present {present} / {invited}</source>
        <translation>{shown} người · có mặt {present} / {invited}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} match</source>
        <translation>{shown} người phù hợp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} shown</source>
        <translation>{shown} người</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Added {name}.</source>
        <translation>Đã thêm {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {name}. The search was cleared so that they show in the list.</source>
        <translation>Đã thêm {name}. Ô tìm kiếm đã được xóa để người này hiện trong danh sách.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {name}. The filters were reset so that they show in the list.</source>
        <translation>Đã thêm {name}. Bộ lọc đã được đặt lại để người này hiện trong danh sách.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>History of {name}</source>
        <translation>Lịch sử của {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is recorded as substitute for {replaced}.</source>
        <translation>Đã ghi {name} đi thay cho {replaced}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} was already checked in at {time} at desk {desk}.</source>
        <translation>{name} đã điểm danh lúc {time} tại {desk}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in: {name}, {time}.</source>
        <translation>Đã điểm danh: {name}, {time}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The check-in of {name} was undone.</source>
        <translation>Đã hủy điểm danh của {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete attendee</source>
        <translation>Xóa đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} ({unit}) from the list, with their check-ins?</source>
        <translation>Xóa {name} ({unit}) khỏi danh sách, cùng các lần điểm danh?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted {name}.</source>
        <translation>Đã xóa {name}.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="+71"/>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/paper/cards_dialog.py" line="+63"/>
        <source>Badges and name cards</source>
        <translation>Thẻ đại biểu và biển tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to print</source>
        <translation>In loại nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Badges with a QR code of the attendee&apos;s code: 8 per A4 sheet, with cut marks</source>
        <translation>&amp;Thẻ đại biểu có mã QR của đại biểu: 8 thẻ một tờ A4, có dấu cắt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name cards to fold into a tent: one per A4 landscape sheet</source>
        <translation>&amp;Biển tên gấp đôi để dựng trên bàn: mỗi người một tờ A4 ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name cards, &amp;two per A4 landscape sheet, to cut in half</source>
        <translation>Biển tên, &amp;hai người một tờ A4 ngang, cắt đôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>In &amp;cho:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone on the list</source>
        <translation>Mọi đại biểu trong danh sách</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Badges</source>
        <translation>Thẻ đại biểu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name cards</source>
        <translation>Biển tên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{people} people on {pages} pages.</source>
        <translation>{people} đại biểu, {pages} trang.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_columns_page.py" line="+136"/>
        <source>Which column holds what</source>
        <translation>Cột nào chứa thông tin gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found from the column headings of the list; correct anything that is wrong. Columns set to “not imported” are left out.</source>
        <translation>Chương trình đã dò theo tiêu đề cột của danh sách; hãy sửa chỗ nào chưa đúng. Cột để “không nhập” sẽ được bỏ qua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headings on row:</source>
        <translation>&amp;Dòng tiêu đề cột:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the selected row</source>
        <translation>Lấy dòng đang &amp;chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highlighted in blue below; rows above it are the title block</source>
        <translation>tô xanh trong bảng dưới; các dòng phía trên là phần đầu văn bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text &amp;encoding…</source>
        <translation>&amp;Bảng mã…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the sheet “{sheet}”…</source>
        <translation>Đang đọc trang tính “{sheet}”…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the column that holds the full names (or the columns of the family and the given names).</source>
        <translation>Hãy chọn cột chứa họ và tên (hoặc cột họ đệm và cột tên).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is in Unicode: nothing to convert.</source>
        <translation>Văn bản dùng bảng mã Unicode: không cần chuyển mã.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some text is in the old {encoding} encoding: it will be converted to Unicode (next page).</source>
        <translation>Một phần văn bản dùng bảng mã cũ {encoding}: sẽ được chuyển sang Unicode (xem trang sau).</translation>
    </message>
</context>
<context>
    <name>ConferenceDetails</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/conference_details.py" line="+36"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizing agency</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering on sheets</source>
        <translation>Đánh số thứ tự</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one sequence for the whole list</source>
        <translation>liên tục cho cả danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarts in each section</source>
        <translation>đánh lại từ 1 ở mỗi khối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections</source>
        <translation>Các khối đại biểu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session topics</source>
        <translation>Các chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: add them in Session topics (Ctrl+3).</source>
        <translation>Chưa có: thêm ở thẻ Chuyên đề (Ctrl+3).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/conference_dialog.py" line="+49"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hội nghị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganizing agency:</source>
        <translation>Cơ quan tổ &amp;chức:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rent agency:</source>
        <translation>Cơ quan chủ &amp;quản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>C&amp;hủ trì:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place for the date line:</source>
        <translation>Địa &amp;danh (dòng ngày tháng):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbering on sheets:</source>
        <translation>Đánh &amp;số thứ tự:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>N&amp;umber and symbol:</source>
        <translation>Số, &amp;ký hiệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subj&amp;ect:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gner&apos;s title:</source>
        <translation>&amp;Chức danh người ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s na&amp;me:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cipients (Nơi nhận):</source>
        <translation>Nơi &amp;nhận:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New conference</source>
        <translation>Hội nghị mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit conference</source>
        <translation>Sửa thông tin hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Hội nghị sơ kết công tác 6 tháng đầu năm</source>
        <translation>VD: Hội nghị sơ kết công tác 6 tháng đầu năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. SỞ THÔNG TIN VÀ TRUYỀN THÔNG</source>
        <translation>VD: SỞ THÔNG TIN VÀ TRUYỀN THÔNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. UBND TỈNH LẠNG SƠN</source>
        <translation>VD: UBND TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Lạng Sơn</source>
        <translation>VD: Lạng Sơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gener&amp;al</source>
        <translation>Thông tin &amp;chung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitation (giấy mời)</source>
        <translation>&amp;Giấy mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 123/GM-STTTT</source>
        <translation>vd. 123/GM-STTTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the conference&apos;s title</source>
        <translation>để trống: dùng tên hội nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purpose, e.g. “Thực hiện Kế hoạch số …, Sở … tổ chức Hội nghị …”. The time, the venue and the session topics follow it on the invitation.</source>
        <translation>Mục đích, vd. “Thực hiện Kế hoạch số …, Sở … tổ chức Hội nghị …”. Thời gian, địa điểm và các chuyên đề được in tiếp theo trên giấy mời.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC</source>
        <translation>vd. KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: “- Như trên;” and “- Lưu: VT.”</source>
        <translation>để trống: “- Như trên;” và “- Lưu: VT.”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One sequence for the whole list</source>
        <translation>Liên tục cho cả danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart in each section</source>
        <translation>Đánh lại từ 1 ở mỗi khối</translation>
    </message>
</context>
<context>
    <name>ConferenceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/conference_table_model.py" line="+49"/>
        <source>Title</source>
        <translation>Tên hội nghị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organizer</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Được mời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked in</source>
        <translation>Có mặt</translation>
    </message>
</context>
<context>
    <name>ConferencesView</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/conferences_view.py" line="+101"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected conference the current one (Enter)</source>
        <translation>Làm việc với hội nghị đang chọn (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New conference…</source>
        <translation>Hội nghị mớ&amp;i…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sections…</source>
        <translation>&amp;Khối đại biểu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The headings of the lists and the kinds of unit each takes</source>
        <translation>Tiêu đề các khối trong danh sách và loại đơn vị thuộc mỗi khối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dup&amp;licate…</source>
        <translation>&amp;Nhân bản…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database is open</source>
        <translation>Chưa mở cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new database, open an existing one, or try the demo.</source>
        <translation>Hãy tạo cơ sở dữ liệu mới, mở một cơ sở dữ liệu có sẵn, hoặc dùng thử dữ liệu mẫu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conferences yet</source>
        <translation>Chưa có hội nghị nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the first one: title, date and venue are enough to start.</source>
        <translation>Hãy tạo hội nghị đầu tiên: chỉ cần tên, thời gian và địa điểm là bắt đầu được.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server cannot be reached</source>
        <translation>Không kết nối được máy chủ</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Duplicate conference</source>
        <translation>Nhân bản hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying “{title}”…</source>
        <translation>Đang sao chép “{title}”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete “{title}” with its {invited} attendees and {present} check-ins?

A backup copy of the whole database is taken first, in the folder “{folder}”.</source>
        <translation>Xóa “{title}” cùng {invited} đại biểu và {present} lượt điểm danh?

Trước khi xóa, toàn bộ cơ sở dữ liệu được sao lưu vào thư mục “{folder}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Delete conference</source>
        <translation>Xóa hội nghị</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taking a backup copy, then deleting…</source>
        <translation>Đang sao lưu, sau đó xóa…</translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <location filename="../../desktop_app/ui/desk/desk_panels.py" line="+134"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Not checked in</source>
        <translation>✗ Chưa điểm danh được</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a name or unit, or scan the code on the invitation, then press Enter.</source>
        <translation>Gõ một phần họ tên hoặc đơn vị, hoặc quét mã trên giấy mời, rồi nhấn Enter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ Checked in</source>
        <translation>✓ Đã điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} · desk {desk}</source>
        <translation>{time} · {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Already checked in — nothing recorded</source>
        <translation>⚠ Đã điểm danh trước đó — không ghi thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in at {time} at desk {desk}</source>
        <translation>Đã điểm danh lúc {time} tại {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶ Check-in undone</source>
        <translation>↶ Đã hủy điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check-in of {time} at desk {desk} no longer counts.</source>
        <translation>Lượt điểm danh lúc {time} tại {desk} không còn được tính.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ This conference is on {day}, not today ({today}). Check-ins are recorded with today&apos;s date; go on if that is what you want.</source>
        <translation>⚠ Hội nghị này diễn ra ngày {day}, không phải hôm nay ({today}). Điểm danh sẽ được ghi theo ngày hôm nay; tiếp tục nếu đúng ý bạn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ {name} is already registered as their substitute (not checked in): check that both are expected</source>
        <translation>⚠ {name} đã được đăng ký đi thay đồng chí này (chưa điểm danh): hãy kiểm tra cả hai cùng dự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came as well: {name} was checked in at {time} as their substitute</source>
        <translation>Cả hai cùng đến: người đi thay {name} đã điểm danh lúc {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk-in: added to the list</source>
        <translation>Đại biểu phát sinh: đã thêm vào danh sách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Substitute: stands in for {name}</source>
        <translation>Người đi thay: đi thay đ/c {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitute for an invited person</source>
        <translation>Đi thay cho người được mời</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <location line="+12"/>
        <source>Section</source>
        <translation>Khối</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Present at the conference</source>
        <translation>Có mặt tại hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present for the topic “{topic}”</source>
        <translation>Có mặt ở chuyên đề “{topic}”</translation>
    </message>
</context>
<context>
    <name>DeskLogDialog</name>
    <message>
        <location filename="../../desktop_app/ui/desk/desk_log.py" line="+29"/>
        <source>&amp;All desks</source>
        <translation>&amp;Mọi bàn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today&apos;s log of every desk</source>
        <translation>Nhật ký hôm nay của mọi bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s log of the desk {desk}</source>
        <translation>Nhật ký hôm nay của {desk}</translation>
    </message>
</context>
<context>
    <name>DeskNameDialog</name>
    <message>
        <location filename="../../desktop_app/ui/desk/desk_name.py" line="+112"/>
        <source>This desk&apos;s name</source>
        <translation>Tên bàn điểm danh này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each desk records its check-ins under its own name; Ctrl+Z and “latest check-ins at this desk” go by it. Give this window a name no other desk uses today:</source>
        <translation>Mỗi bàn ghi các lượt điểm danh dưới tên riêng của mình; Ctrl+Z và “điểm danh gần nhất tại bàn này” dựa vào tên đó. Hãy đặt cho cửa sổ này một tên mà hôm nay chưa bàn nào dùng:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The desk needs a name, for example “Bàn 1”.</source>
        <translation>Bàn cần có tên, ví dụ “Bàn 1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another window on this computer is the desk “{name}”. Choose another name.</source>
        <translation>Một cửa sổ khác trên máy này đang là bàn “{name}”. Hãy chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>DeskNaming</name>
    <message>
        <location line="+36"/>
        <source>Desk {n}</source>
        <translation>Bàn {n}</translation>
    </message>
</context>
<context>
    <name>DeskUndo</name>
    <message>
        <location filename="../../desktop_app/ui/desk/desk_undo.py" line="+25"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the whole substitute entry? {name} is taken off the list and no longer stands in for anyone; the invited person is as before.</source>
        <translation>Hoàn tác toàn bộ việc đi thay? {name} bị xóa khỏi danh sách và không còn đi thay ai; người được mời trở lại như trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the &amp;substitute</source>
        <translation>Hoàn tác &amp;người đi thay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the whole walk-in? {name} is taken off the list.</source>
        <translation>Hoàn tác toàn bộ đại biểu vãng lai? {name} bị xóa khỏi danh sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the &amp;walk-in</source>
        <translation>Hoàn tác đại biểu &amp;vãng lai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the &amp;check-in</source>
        <translation>Chỉ hoàn tác &amp;điểm danh</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../../desktop_app/ui/desk/desk_layout.py" line="+151"/>
        <source>Name, unit or code — or scan the invitation</source>
        <translation>Họ tên, đơn vị hoặc mã — hoặc quét giấy mời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find or scan</source>
        <translation>Tìm hoặc quét mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance for:</source>
        <translation>Điểm &amp;danh cho:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in  (Enter)</source>
        <translation>Điểm danh  (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…  (F2)</source>
        <translation>Đại biểu phát sinh…  (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitute…  (F3)</source>
        <translation>Người đi thay…  (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last  (Ctrl+Z)</source>
        <translation>Hủy lượt vừa rồi  (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone not on the list: add and check in</source>
        <translation>Người không có trong danh sách: thêm vào và điểm danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit sent someone else: select the invited person in the results first</source>
        <translation>Đơn vị cử người khác đi thay: trước hết hãy chọn người được mời trong kết quả tìm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the latest check-in made at this desk</source>
        <translation>Hủy lượt điểm danh gần nhất tại bàn này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest check-ins at this desk</source>
        <translation>Điểm danh gần đây tại bàn này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches appear here as you type: ↑ ↓ to choose, Enter to check in, Esc to start again. Accents are optional: “dang thi hoa” finds Đặng Thị Hoà.</source>
        <translation>Kết quả hiện ở đây ngay khi gõ: ↑ ↓ để chọn, Enter để điểm danh, Esc để gõ lại. Không cần gõ dấu: “dang thi hoa” vẫn tìm ra Đặng Thị Hoà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk: &lt;b&gt;{desk}&lt;/b&gt;</source>
        <translation>Bàn: &lt;b&gt;{desk}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/desk/desk_view.py" line="+211"/>
        <source>No one matches “{text}”. Check the spelling, try part of the unit, or add a walk-in (F2).</source>
        <translation>Không tìm thấy ai khớp với “{text}”. Kiểm tra lại chính tả, thử gõ một phần tên đơn vị, hoặc thêm đại biểu phát sinh (F2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An input method (UniKey, EVKey) changed the scanned code to “{text}”; it was read back as {code}. Press Enter to check in.</source>
        <translation>Bộ gõ tiếng Việt (UniKey, EVKey) đã đổi mã quét thành “{text}”; chương trình đã đọc lại thành {code}. Nhấn Enter để điểm danh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An input method (UniKey, EVKey) changed the scanned code to “{text}”, and it reads as the code of {count} people. Nobody is checked in on a guess: choose the person by name.</source>
        <translation>Bộ gõ tiếng Việt (UniKey, EVKey) đã đổi mã quét thành “{text}”, và mã này đọc lại được thành mã của {count} người. Không điểm danh theo phỏng đoán: hãy chọn người theo tên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in by the code {code}, read back from “{text}”: an input method (UniKey, EVKey) changed what the scanner typed. Switching it to English (E) while scanning avoids this.</source>
        <translation>Đã điểm danh theo mã {code}, đọc lại từ “{text}”: bộ gõ tiếng Việt (UniKey, EVKey) đã đổi những gì máy quét gõ vào. Chuyển bộ gõ sang tiếng Anh (E) khi quét mã để tránh việc này.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{text}” looks like a scanned code that an input method (UniKey, EVKey) changed, but it reads as no one&apos;s code in this conference. Nobody was checked in: check the invitation, or search by name in small letters.</source>
        <translation>“{text}” giống một mã quét đã bị bộ gõ tiếng Việt (UniKey, EVKey) đổi, nhưng đọc lại không ra mã của ai trong hội nghị này. Chưa điểm danh ai: hãy xem lại giấy mời, hoặc tìm theo tên bằng chữ thường.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one matches “{text}”.</source>
        <translation>Không tìm thấy ai khớp với “{text}”.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Another desk is saving… Waiting here: {count}; each is saved as soon as it finishes.</source>
        <translation>Bàn khác đang lưu… Đang chờ ở bàn này: {count}; mỗi việc sẽ được lưu ngay khi bàn kia lưu xong.</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Review…</source>
        <translation>Xem lại…</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Undone: {name} was taken off the list.</source>
        <translation>Đã hoàn tác: {name} đã bị xóa khỏi danh sách.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>First find the invited person who is being replaced and select them in the results, then press F3.</source>
        <translation>Trước hết hãy tìm và chọn người được mời (người được thay) trong kết quả, rồi nhấn F3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole conference</source>
        <translation>Cả hội nghị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic {number}: {title}</source>
        <translation>Chuyên đề {number}: {title}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No conference is open. Choose one in Conferences (Ctrl+1).</source>
        <translation>Chưa mở hội nghị nào. Hãy chọn một hội nghị ở thẻ Hội nghị (Ctrl+1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/desk/desk_log.py" line="+42"/>
        <source>History of {name}</source>
        <translation>Lịch sử của {name}</translation>
    </message>
</context>
<context>
    <name>DoublesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/desk/doubles_dialog.py" line="+32"/>
        <source>Doubles to review</source>
        <translation>Lượt trùng cần xem lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each person below was checked in at two desks while one of them was cut off from the server. Only the first check-in counts. Once you have checked who came, undo the double: it leaves this list, and the history keeps both.</source>
        <translation>Mỗi người dưới đây đã được điểm danh ở hai bàn trong lúc một bàn bị mất kết nối với máy chủ. Chỉ lần điểm danh đầu tiên được tính. Sau khi đã kiểm tra ai thực sự đến, hãy hoàn tác lượt trùng: lượt này rời khỏi danh sách, còn lịch sử vẫn giữ cả hai.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo the double (keep the first check-in)</source>
        <translation>&amp;Hoàn tác lượt trùng (giữ lần điểm danh đầu)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No doubles to review in this conference.</source>
        <translation>Hội nghị này không có lượt trùng nào cần xem lại.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undone: {name} counts once, from {desk}.</source>
        <translation>Đã hoàn tác: {name} chỉ được tính một lần, theo {desk}.</translation>
    </message>
</context>
<context>
    <name>DoublesModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/doubles_model.py" line="+28"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked in (counts)</source>
        <translation>Điểm danh (được tính)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in for</source>
        <translation>Điểm danh cho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At desk</source>
        <translation>Tại bàn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked in again</source>
        <translation>Điểm danh lần nữa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At desk (cut off)</source>
        <translation>Tại bàn (mất kết nối)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole conference</source>
        <translation>Cả hội nghị</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/conference_dialog.py" line="+35"/>
        <source>&amp;Title of the copy:</source>
        <translation>&amp;Tên bản sao:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} (copy)</source>
        <translation>{title} (bản sao)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate conference</source>
        <translation>Nhân bản hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the attendees too (as invited; nobody checked in, new codes)</source>
        <translation>&amp;Sao chép cả danh sách đại biểu (là người được mời; chưa ai điểm danh; mã mới)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections and session topics are always copied; topic times move with the new date.</source>
        <translation>Các khối và chuyên đề luôn được sao chép; giờ của chuyên đề dời theo ngày mới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_encoding_page.py" line="+131"/>
        <source>Old Vietnamese text</source>
        <translation>Chữ Việt bảng mã cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of this list is typed in an old encoding (TCVN3 or VNI) that shows as odd characters today. Compare the samples and choose how to read them.</source>
        <translation>Một phần danh sách được gõ bằng bảng mã cũ (TCVN3 hoặc VNI) nên hiện thành ký tự lạ. Hãy so sánh các mẫu dưới đây và chọn cách đọc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found in the file: &lt;b&gt;{encoding}&lt;/b&gt;.</source>
        <translation>Bảng mã phát hiện trong tệp: &lt;b&gt;{encoding}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Automatic (recommended): each column by its font and its characters</source>
        <translation>Tự độn&amp;g (nên dùng): nhận từng cột theo phông chữ và ký tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unicode: keep the text exactly as written</source>
        <translation>&amp;Unicode: giữ nguyên văn bản như trong tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TCVN3 (ABC): fonts such as .VnTime, .VnArial</source>
        <translation>TCVN&amp;3 (ABC): phông .VnTime, .VnArial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VNI: fonts such as VNI-Times, VNI-Helve</source>
        <translation>&amp;VNI: phông VNI-Times, VNI-Helve…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading samples…</source>
        <translation>Đang đọc mẫu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list has no accented text to compare.</source>
        <translation>Danh sách không có chữ có dấu để so sánh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells shaded green are converted. If names look wrong on the right, try another choice.</source>
        <translation>Ô tô xanh là ô được chuyển mã. Nếu tên ở cột bên phải vẫn sai, hãy thử cách đọc khác.</translation>
    </message>
</context>
<context>
    <name>EncodingSampleModel</name>
    <message>
        <location line="-121"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As written in the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it will be imported</source>
        <translation>Khi nhập vào</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <location filename="../../desktop_app/ui/common/exchange_labels.py" line="+26"/>
        <source>List number (STT)</source>
        <translation>Số thứ tự (STT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Khối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Ký tên</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCVN3 and VNI, mixed</source>
        <translation>lẫn cả TCVN3 và VNI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every row…</source>
        <translation>Đang kiểm tra từng dòng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/paper/export_dialog.py" line="+177"/>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to export</source>
        <translation>Xuất nội dung gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign-in sheet, in the Decree 30 layout</source>
        <translation>Danh sách &amp;ký tên, theo thể thức Nghị định 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance report: who came, per section, unit and topic</source>
        <translation>&amp;Báo cáo tham dự: ai có mặt, theo khối, đơn vị và chuyên đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full list of attendees, every field</source>
        <translation>Danh sách đại biểu đầ&amp;y đủ mọi thông tin</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSV for other programs, UTF-8 (.csv)</source>
        <translation>CSV cho chương trình khác, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>F&amp;ormat:</source>
        <translation>Định dạn&amp;g:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file when it is written</source>
        <translation>Mở tệp ngay khi ghi xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Semicolons between fields (Excel with Vietnamese regional settings)</source>
        <translation>Ngăn cách các cột bằng dấu &amp;chấm phẩy (Excel với cài đặt vùng Việt Nam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV is for other programs. A spreadsheet program that opens it drops the leading zero of phone numbers (0308872624 shows as 308872624); the file keeps it. For people, export the Excel workbook.</source>
        <translation>Tệp CSV dùng cho các chương trình khác. Chương trình bảng tính khi mở tệp này sẽ bỏ số 0 đầu của số điện thoại (0308872624 hiện thành 308872624), dù tệp vẫn giữ đủ. Để người đọc, hãy xuất tệp Excel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with phone numbers and e-mail addresses (personal data)</source>
        <translation>kèm số điện thoại và email (dữ liệu cá nhân)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the history: who was added, edited, checked in where and when</source>
        <translation>kèm lịch sử: ai được thêm, sửa, điểm danh ở đâu và lúc nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;file</source>
        <translation>Mở tệ&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the fol&amp;der</source>
        <translation>Mở thư &amp;mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Bảng tính Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF, ready to print (.pdf)</source>
        <translation>PDF để in (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document, to edit before printing (.docx)</source>
        <translation>Văn bản Word, để sửa trước khi in (.docx)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>On paper</source>
        <translation>Trình bày khi in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sign-in sheet</source>
        <translation>danh sách ký tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance</source>
        <translation>báo cáo tham dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendee list</source>
        <translation>danh sách đại biểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank sign-in sheet</source>
        <translation>danh sách ký tên để trống</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to</source>
        <translation>Xuất ra tệp</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Written: {path} (%Ln rows).</source>
        <translation>
            <numerusform>Đã ghi: {path} (%Ln dòng).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: no file was written.</source>
        <translation>Đã hủy: không ghi tệp nào.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop_app/ui/file_actions.py" line="+31"/>
        <source>Open a conference first: the list is imported into it.</source>
        <translation>Hãy mở một hội nghị trước: danh sách sẽ được nhập vào hội nghị đó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported 1 person.</source>
        <translation>Đã nhập 1 đại biểu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} people.</source>
        <translation>Đã nhập {count} đại biểu.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Backup restored into {name}.</source>
        <translation>Đã khôi phục bản sao lưu vào {name}.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_file_pages.py" line="+49"/>
        <source>Excel 97–2003 workbook</source>
        <translation>bảng tính Excel 97–2003</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file</source>
        <translation>tệp CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word document</source>
        <translation>Văn bản Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>bảng tính Excel</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+19"/>
        <source>Choose the invite list</source>
        <translation>Chọn danh sách đại biểu</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The people will be added to the conference &lt;b&gt;{title}&lt;/b&gt;.</source>
        <translation>Các đại biểu sẽ được thêm vào hội nghị &lt;b&gt;{title}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the file, or press Browse</source>
        <translation>Đường dẫn tới tệp, hoặc bấm Chọn tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drag the file here from a folder or an e-mail</source>
        <translation>Hoặc kéo tệp từ thư mục hay thư điện tử thả vào đây</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>An Excel workbook (.xlsx, .xls), a CSV file or a table in a Word document (.docx), as the units sent it back. Title blocks, section headings and old TCVN3 or VNI text are fine.</source>
        <translation>Tệp Excel (.xlsx, .xls), tệp CSV hoặc bảng trong văn bản Word (.docx) do các đơn vị gửi về, để nguyên như khi nhận. Phần đầu văn bản, dòng tiêu đề khối và chữ bảng mã cũ TCVN3, VNI đều đọc được.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invite lists (*.xlsx *.xls *.csv *.docx);;All files (*)</source>
        <translation>Danh sách đại biểu (*.xlsx *.xls *.csv *.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can also go on and show which row holds the column headings and which column holds the names.</source>
        <translation>Bạn vẫn có thể tiếp tục và tự chỉ ra dòng tiêu đề cột và cột chứa họ tên.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {kind}. The list is in its tables, with column headings on row {row}, counting the rows of all its tables ({fields}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {kind}. Danh sách nằm trong các bảng của văn bản, dòng tiêu đề cột là dòng {row}, đếm các dòng của mọi bảng ({fields}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one sheet</source>
        <translation>một trang tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} sheets</source>
        <translation>{count} trang tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {kind}, {sheets}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {kind}, {sheets}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list is on the sheet “{sheet}”, with column headings on row {row} ({fields}).</source>
        <translation>Danh sách nằm ở trang tính “{sheet}”, tiêu đề cột ở dòng {row} ({fields}).</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop_app/ui/common/forms.py" line="+253"/>
        <source>Another desk is saving… This is saved as soon as it finishes.</source>
        <translation>Bàn khác đang lưu… Thông tin này sẽ được lưu ngay khi bàn kia lưu xong.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Discard the changes made in this form?</source>
        <translation>Bỏ các thay đổi đã nhập trong biểu mẫu này?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
</context>
<context>
    <name>GroupStatsModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/group_stats_model.py" line="+51"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present / invited</source>
        <translation>Có mặt / mời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited</source>
        <translation>Được mời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share present</source>
        <translation>Tỉ lệ có mặt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/history_model.py" line="+21"/>
        <source>Added as a substitute</source>
        <translation>Thêm làm người đi thay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Thêm vào danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in (several at once)</source>
        <translation>Điểm danh (nhiều người một lúc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in undone</source>
        <translation>Hủy điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in again at a desk that was cut off: a double to review</source>
        <translation>Điểm danh lần nữa ở một bàn bị mất kết nối: lượt trùng cần xem lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double reviewed and undone: the first check-in counts</source>
        <translation>Đã xem lại và hoàn tác lượt trùng: lần điểm danh đầu được tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="+110"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Khối</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unit not in the catalog: kept as written</source>
        <translation>đơn vị ngoài danh mục: giữ nguyên như trong tệp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written in the file as: {text}</source>
        <translation>Trong tệp ghi là: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the unit catalog: kept as written.</source>
        <translation>Không có trong danh mục đơn vị: giữ nguyên như trong tệp.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, corrected</source>
        <translation>Nhập, đã sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, check it</source>
        <translation>Nhập, cần xem lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_report_text.py" line="+34"/>
        <source>Imported 1 person into “{title}”.</source>
        <translation>Đã nhập 1 đại biểu vào “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} people into “{title}”.</source>
        <translation>Đã nhập {count} đại biểu vào “{title}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File {file}, sheet “{sheet}”, column headings on row {row}; text: {encoding}.</source>
        <translation>Tệp {file}, trang tính “{sheet}”, tiêu đề cột ở dòng {row}; bảng mã: {encoding}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 cell converted to Unicode.</source>
        <translation>Đã chuyển 1 ô sang Unicode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} cells converted to Unicode.</source>
        <translation>Đã chuyển {count} ô sang Unicode.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rows ({count})</source>
        <translation>Dòng bị bỏ qua ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected rows ({count})</source>
        <translation>Dòng đã được sửa ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows to check ({count})</source>
        <translation>Dòng cần xem lại ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates, imported: review them in the attendee list ({count})</source>
        <translation>Có thể trùng người, vẫn được nhập: xem lại trong danh sách đại biểu ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar names, imported as different people ({count})</source>
        <translation>Tên gần giống, được nhập như những người khác nhau ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units not in the catalog, kept as written ({count})</source>
        <translation>Đơn vị ngoài danh mục, giữ nguyên như trong tệp ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Rows</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a new section “{title}”</source>
        <translation>một khối mới “{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit of the rows below it</source>
        <translation>là đơn vị của các dòng bên dưới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no section (not matched)</source>
        <translation>không khối nào (không khớp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Xếp vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section headings in the file</source>
        <translation>Tiêu đề khối trong tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database has no unit catalog, so units were kept as written.</source>
        <translation>Cơ sở dữ liệu chưa có danh mục đơn vị, nên tên đơn vị được giữ nguyên như trong tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself says it lists {count} people.</source>
        <translation>Trong tệp ghi danh sách có {count} người.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the database as it was before the import: {path}</source>
        <translation>Bản sao cơ sở dữ liệu ngay trước khi nhập: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>…and {count} more: copy or save the report to see them all.</source>
        <translation>…và {count} dòng nữa: hãy sao chép hoặc lưu báo cáo để xem đầy đủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row was imported as written.</source>
        <translation>Mọi dòng đều được nhập đúng như trong tệp.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="+110"/>
        <source>Import an invite list</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/paper/invitations_dialog.py" line="+107"/>
        <location line="+78"/>
        <source>Invitations</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Save…</source>
        <translation>&amp;Lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>&amp;Mời:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Files:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ormat:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word &amp;template:</source>
        <translation>&amp;Mẫu Word:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped Decree 30 template</source>
        <translation>mẫu theo Nghị định 30 có sẵn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print “(đã ký)” in the signing space</source>
        <translation>In “(đã ký)” ở chỗ ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nits invited without names…</source>
        <translation>Đơn vị được mời &amp;không nêu tên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units invited without names get an invitation too</source>
        <translation>In cả giấy mời cho các đơn vị được mời không nêu tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One A4 page each, Decree 30 layout, with the person&apos;s QR code and code: the desk scans it to check them in. The preview shows the first page.</source>
        <translation>Mỗi người một trang A4, thể thức theo Nghị định 30, có mã QR và mã đại biểu: bàn đón tiếp quét mã này để điểm danh. Bản xem trước hiển thị trang đầu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone invited</source>
        <translation>Tất cả người được mời</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All in one file</source>
        <translation>Tất cả trong một tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per person, in a .zip</source>
        <translation>Mỗi người một tệp, trong tệp .zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per unit, in a .zip</source>
        <translation>Mỗi đơn vị một tệp, trong tệp .zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Word template</source>
        <translation>Mẫu Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Pages: {pages} (for people: {people}; for units invited without names: {units}).</source>
        <translation>Số trang: {pages} (mời cá nhân: {people}; mời đơn vị không nêu tên: {units}).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archives (*.zip)</source>
        <translation>Tệp nén Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Save the invitations</source>
        <translation>Lưu giấy mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
</context>
<context>
    <name>InvitedUnitModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/invited_unit_model.py" line="+31"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Khối</translation>
    </message>
</context>
<context>
    <name>InvitedUnitsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/paper/invited_units_dialog.py" line="+76"/>
        <source>Units invited without names</source>
        <translation>Đơn vị được mời không nêu tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;People to send:</source>
        <translation>Số người được &amp;cử:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Section:</source>
        <translation>&amp;Khối:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Sở Nội vụ</source>
        <translation>vd. Sở Nội vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop_app/ui/join_dialog.py" line="+47"/>
        <source>Join a shared database</source>
        <translation>Kết nối cơ sở dữ liệu dùng chung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address shown on the server laptop (File → Share this database with other desks…), or type its parts. Both laptops must be on the same Wi-Fi.</source>
        <translation>Dán địa chỉ hiển thị trên máy chủ (Tệp → Chia sẻ cơ sở dữ liệu này với các bàn khác…), hoặc gõ từng phần. Hai máy phải cùng một mạng Wi-Fi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how</source>
        <translation>&amp;Hiện</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>Máy &amp;chủ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Join</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connecting to {server}…</source>
        <translation>Đang kết nối tới {server}…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/common/labels.py" line="+16"/>
        <source>Invited</source>
        <translation>Được mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitute</source>
        <translation>Đi thay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the catalog</source>
        <translation>Ngoài danh mục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central agencies</source>
        <translation>Cơ quan Trung ương</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial leadership</source>
        <translation>Lãnh đạo tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches of central agencies</source>
        <translation>Cơ quan ngành dọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party and mass organisations</source>
        <translation>Khối Đảng, đoàn thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts and city</source>
        <translation>Huyện, thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communes and wards</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprises</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet arrived</source>
        <translation>Chưa đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins</source>
        <translation>Đại biểu phát sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitutes</source>
        <translation>Người đi thay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol order</source>
        <translation>Thứ tự lễ tân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By given name</source>
        <translation>Theo tên (A–Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No section</source>
        <translation>Chưa xếp khối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unit</source>
        <translation>Không ghi đơn vị</translation>
    </message>
</context>
<context>
    <name>LocationBanner</name>
    <message>
        <location filename="../../desktop_app/ui/location_banner.py" line="+61"/>
        <source>Move it to {folder}</source>
        <translation>Chuyển về {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the database to {folder} on this computer&apos;s disk and opens the copy there. The file here is left as it is: delete it once no desk uses it.</source>
        <translation>Chép cơ sở dữ liệu vào {folder} trên ổ đĩa của máy này và mở bản chép ở đó. Tệp ở đây được giữ nguyên: hãy xóa khi không còn bàn nào dùng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this warning until the database is opened again</source>
        <translation>Ẩn cảnh báo này đến lần mở cơ sở dữ liệu sau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move the database</source>
        <translation>Chuyển cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was copied to {path} and is open from there. The file in {old} was left as it was: open the new one at every desk, then delete the old one.</source>
        <translation>Cơ sở dữ liệu đã được chép vào {path} và đang mở từ đó. Tệp trong {old} được giữ nguyên: hãy mở tệp mới ở mọi bàn, rồi xóa tệp cũ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying {name} to {folder}…</source>
        <translation>Đang chép {name} vào {folder}…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop_app/ui/main_menus.py" line="+46"/>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;New database…</source>
        <translation>Tạo &amp;cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;demo database…</source>
        <translation>Tạo dữ liệu &amp;demo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare this database with other desks…</source>
        <translation>C&amp;hia sẻ cơ sở dữ liệu này với các bàn khác…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join a shared database…</source>
        <translation>Kết nối cơ sở dữ liệu dùng ch&amp;ung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup copy…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import an invite list…</source>
        <translation>&amp;Nhập danh sách đại biểu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print the sign-in sheet…</source>
        <translation>&amp;In danh sách ký tên…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a b&amp;lank sign-in sheet…</source>
        <translation>In danh sách ký tên để t&amp;rống…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;adges and name cards…</source>
        <translation>Thẻ đại &amp;biểu và biển tên…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invitations…</source>
        <translation>&amp;Giấy mời…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit catalog…</source>
        <translation>&amp;Danh mục đơn vị…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About hoinghi</source>
        <translation>&amp;Giới thiệu hoinghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>Toàn &amp;màn hình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conferences</source>
        <translation>&amp;Hội nghị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Attendees</source>
        <translation>Đại &amp;biểu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session &amp;topics</source>
        <translation>&amp;Chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in &amp;desk</source>
        <translation>Bàn điểm &amp;danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Thống kê</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open re&amp;cent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Conference</source>
        <translation>&amp;Hội nghị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Walk-in at the desk…</source>
        <translation>Thêm đại biểu &amp;phát sinh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo the last check-in at this desk</source>
        <translation>&amp;Hủy lượt điểm danh gần nhất tại bàn này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk&apos;s lo&amp;g of the day…</source>
        <translation>Nhật ký t&amp;rong ngày của bàn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dou&amp;bles to review…</source>
        <translation>&amp;Lượt trùng cần xem lại…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hoinghi databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu hoinghi (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating {name}…</source>
        <translation>Đang tạo {name}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New demo database</source>
        <translation>Tạo dữ liệu demo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Building the demo conference in {name}…</source>
        <translation>Đang tạo hội nghị mẫu trong {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Backup copy</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A backup copy cannot replace the database it copies. Choose another name or folder.</source>
        <translation>Bản sao lưu không thể ghi đè lên chính cơ sở dữ liệu đang sao lưu. Hãy chọn tên hoặc thư mục khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing a backup copy to {name}…</source>
        <translation>Đang ghi bản sao lưu {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup copy written: {path}</source>
        <translation>Đã ghi bản sao lưu: {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About hoinghi</source>
        <translation>Giới thiệu hoinghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;hoinghi {version}&lt;/h3&gt;&lt;p&gt;Registration and check-in of attendees at conferences.&lt;/p&gt;&lt;p&gt;Everything is kept in one database file on this computer; it works without a network. Several desks can share one file; each desk sees the others&apos; check-ins within two seconds.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hoinghi {version}&lt;/h3&gt;&lt;p&gt;Đăng ký và điểm danh đại biểu dự hội nghị.&lt;/p&gt;&lt;p&gt;Mọi dữ liệu nằm trong một tệp cơ sở dữ liệu trên máy tính này; chương trình chạy được khi không có mạng. Nhiều bàn có thể dùng chung một tệp; mỗi bàn thấy lượt điểm danh của bàn khác trong vòng hai giây.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+192"/>
        <source>&amp;1 Conferences</source>
        <translation>&amp;1 Hội nghị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2 Attendees</source>
        <translation>&amp;2 Đại biểu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3 Session topics</source>
        <translation>&amp;3 Chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Check-in desk</source>
        <translation>&amp;4 Bàn điểm danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;5 Statistics</source>
        <translation>&amp;5 Thống kê</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database: {name}</source>
        <translation>Cơ sở dữ liệu: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk: {desk}</source>
        <translation>Bàn: {desk}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>● Server {server}: connected</source>
        <translation>● Máy chủ {server}: đã kết nối</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>○ Server {server}: not connected</source>
        <translation>○ Máy chủ {server}: mất kết nối</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already checked in earlier: {name} ({time}, {desk})</source>
        <translation>Đã điểm danh từ trước: {name} ({time}, {desk})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in: {name}</source>
        <translation>Đã điểm danh: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in of {name} ({time}) undone</source>
        <translation>Đã hủy lượt điểm danh của {name} (lúc {time})</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened {path}</source>
        <translation>Đã mở {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the demo conference in {name}…</source>
        <translation>Đang tạo hội nghị mẫu trong {name}…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/messages.py" line="+18"/>
        <source>Full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>danh xưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role on the badge</source>
        <translation>Vai trò trên thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol rank</source>
        <translation>thứ tự lễ tân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>thời gian bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>thời gian kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>cơ quan tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent agency</source>
        <translation>cơ quan chủ quản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>người chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation subject</source>
        <translation>Trích yếu giấy mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exists until</source>
        <translation>Tồn tại đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>người trình bày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter&apos;s unit</source>
        <translation>đơn vị của người trình bày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>phòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of blank rows</source>
        <translation>số dòng trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of attendees</source>
        <translation>số đại biểu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other desks sharing this database may pause while this is saved (a few seconds, longer for a large list); their check-ins wait and then go through.</source>
        <translation>Trong khi lưu, các bàn khác dùng chung cơ sở dữ liệu này có thể phải tạm dừng (vài giây, lâu hơn với danh sách lớn); việc điểm danh ở đó sẽ chờ rồi được lưu tiếp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to the server.</source>
        <translation>Đã kết nối với máy chủ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working alone: the server answers but does not take this desk&apos;s check-ins now. They are kept on this computer and sent when it does.</source>
        <translation>Đang làm việc một mình: máy chủ có trả lời nhưng hiện không nhận các lượt điểm danh của bàn này. Chúng được giữ trên máy này và sẽ gửi đi khi máy chủ nhận.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working alone: the server cannot be reached. Check-ins are kept on this computer and sent when it is back.</source>
        <translation>Đang làm việc riêng: không kết nối được máy chủ. Các lượt điểm danh được giữ trên máy này và sẽ gửi đi khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 check-in waits to be sent.</source>
        <translation>1 lượt điểm danh đang chờ gửi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} check-ins wait to be sent.</source>
        <translation>{count} lượt điểm danh đang chờ gửi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 double to review: checked in at two desks while one was cut off.</source>
        <translation>1 lượt trùng cần xem lại: điểm danh ở hai bàn trong lúc một bàn bị mất kết nối.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} doubles to review: checked in at two desks while one was cut off.</source>
        <translation>{count} lượt trùng cần xem lại: điểm danh ở hai bàn trong lúc một bàn bị mất kết nối.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>conference</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendee</source>
        <translation>đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session topic</source>
        <translation>chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>khối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>lượt điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit invited without names</source>
        <translation>đơn vị được mời không nêu tên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{path}” is a database of another program, not of hoinghi. Choose a hoinghi database, or create a new one.</source>
        <translation>“{path}” là cơ sở dữ liệu của một chương trình khác, không phải của hoinghi. Hãy chọn một cơ sở dữ liệu hoinghi, hoặc tạo mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is not a hoinghi database (it is not an SQLite file). Choose a database created by hoinghi, or create a new one.</source>
        <translation>“{path}” không phải cơ sở dữ liệu hoinghi (không phải tệp SQLite). Hãy chọn cơ sở dữ liệu do hoinghi tạo ra, hoặc tạo mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” was written by a newer version of hoinghi (schema {found}; this version reads up to {supported}). It was left untouched: open it with the newer version.</source>
        <translation>“{path}” được ghi bởi phiên bản hoinghi mới hơn (lược đồ {found}; phiên bản này chỉ đọc được đến {supported}). Tệp được giữ nguyên: hãy mở bằng phiên bản mới hơn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{path}” is damaged and cannot be opened. Restore a backup copy (File → Restore a backup…, or “hoinghi restore”).</source>
        <translation>“{path}” bị hỏng và không mở được. Hãy khôi phục từ bản sao lưu (Tệp → Khôi phục bản sao lưu…, hoặc lệnh “hoinghi restore”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{path}” cannot be written (the file or its folder is read-only). Copy it to a folder you can write to, or ask for write permission.</source>
        <translation>Không ghi được vào “{path}” (tệp hoặc thư mục chỉ cho phép đọc). Hãy chép tệp sang thư mục có quyền ghi, hoặc xin cấp quyền ghi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database was given. Pass --db PATH, or set HOINGHI_DB to the database file.</source>
        <translation>Chưa chỉ định cơ sở dữ liệu. Hãy thêm --db ĐƯỜNG_DẪN, hoặc đặt biến môi trường HOINGHI_DB là đường dẫn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at “{path}”. Check the path, or create one (File → New database, or “hoinghi demo PATH”).</source>
        <translation>Không có cơ sở dữ liệu tại “{path}”. Hãy kiểm tra đường dẫn, hoặc tạo mới (Tệp → Tạo cơ sở dữ liệu mới, hoặc lệnh “hoinghi demo ĐƯỜNG_DẪN”).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk holding “{path}” is full: nothing of this change was saved. Free some space on that disk, then try again.</source>
        <translation>Ổ đĩa chứa “{path}” đã đầy: thay đổi này chưa được lưu chút nào. Hãy giải phóng bớt dung lượng trên ổ đĩa đó rồi thử lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” could not be read or written: the disk reported an error ({error}). What was being saved at that moment was not saved. Check that the disk, USB stick or network drive holding it is still connected and working, then try again.</source>
        <translation>Không đọc hoặc ghi được “{path}”: ổ đĩa báo lỗi ({error}). Những gì đang được lưu lúc đó chưa được lưu. Hãy kiểm tra ổ đĩa, USB hoặc ổ mạng chứa tệp vẫn còn kết nối và hoạt động bình thường, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{path}” could not be opened, nor the files SQLite keeps beside it (-wal, -shm). Check that its folder still exists and that you may write to it, then try again.</source>
        <translation>Không mở được “{path}” hoặc các tệp SQLite giữ bên cạnh nó (-wal, -shm). Hãy kiểm tra thư mục chứa tệp vẫn còn và bạn có quyền ghi vào đó, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{field} is required.</source>
        <translation>Cần nhập {field}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>Nội dung {field} quá dài ({length} ký tự; tối đa {limit}). Hãy rút gọn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end is before the start. Change the end time.</source>
        <translation>Thời gian kết thúc sớm hơn thời gian bắt đầu. Hãy sửa thời gian kết thúc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit cannot be its own successor. Choose the unit that took over, or none.</source>
        <translation>Một đơn vị không thể kế thừa chính nó. Hãy chọn đơn vị tiếp nhận, hoặc để trống.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a phone number. Type digits only, for example 0912345678.</source>
        <translation>“{value}” không phải số điện thoại. Chỉ gõ chữ số, ví dụ 0912345678.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” is not an email address. Check it, or leave the field empty.</source>
        <translation>“{value}” không phải địa chỉ email. Hãy kiểm tra lại, hoặc để trống.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” is not a name. Type the person&apos;s full name.</source>
        <translation>“{value}” không phải họ tên. Hãy gõ đầy đủ họ và tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be from {low} to {high}; {value} is out of range.</source>
        <translation>Giá trị {field} phải từ {low} đến {high}; {value} nằm ngoài khoảng cho phép.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} is out of range.</source>
        <translation>Giá trị {field} nằm ngoài khoảng cho phép.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A substitute stands in for an invited person: give --replaces ID, the number of that person.</source>
        <translation>Người đi thay là người dự thay cho một đại biểu được mời: hãy cho --replaces ID, số của đại biểu đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--last goes with --undo: “--undo --last” undoes the last check-in made at this desk. To check someone in, give --attendee ID or --code CODE instead.</source>
        <translation>--last chỉ dùng kèm --undo: “--undo --last” hủy lượt điểm danh gần nhất tại bàn này. Để điểm danh một người, hãy dùng --attendee SỐ hoặc --code MÃ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>“{value}” không phải ngày tháng. Hãy viết theo dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No attendee has the code {code} in this conference. Check the code, or search by name.</source>
        <translation>Không có đại biểu nào mang mã {code} trong hội nghị này. Hãy kiểm tra mã, hoặc tìm theo tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no {entity} with number {id} (it may have been deleted). Refresh the list and try again.</source>
        <translation>Không có {entity} số {id} (có thể đã bị xóa). Hãy làm mới danh sách rồi thử lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was added at this desk while it worked alone and has not reached the server yet. Check them in for a topic once the desk is connected again.</source>
        <translation>{name} được thêm ở bàn này trong lúc làm việc riêng và chưa được gửi lên máy chủ. Hãy điểm danh người này cho chuyên đề khi bàn đã kết nối lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was added at this desk while it worked alone and has not reached the server yet: their check-in cannot be undone on its own. Undo the whole entry (Ctrl+Z, then “Undo the walk-in” or “Undo the substitute”), or undo the check-in once the desk is connected again.</source>
        <translation>{name} được thêm ở bàn này trong lúc làm việc riêng và chưa được gửi lên máy chủ: không thể chỉ hoàn tác lần điểm danh của người này. Hãy hoàn tác cả mục đã thêm (Ctrl+Z, rồi “Hoàn tác đại biểu vãng lai” hoặc “Hoàn tác người đi thay”), hoặc hoàn tác lần điểm danh khi bàn đã kết nối lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was added at this desk while it worked alone and has not reached the server yet, so no substitute can be recorded in their place now. Record the substitute once the desk is connected again; nothing was saved.</source>
        <translation>{name} được thêm ở bàn này trong lúc làm việc riêng và chưa được gửi lên máy chủ, nên lúc này chưa thể ghi người đi thay cho người này. Hãy ghi người đi thay khi bàn đã kết nối lại; chưa có gì được lưu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is already used in this conference. Leave the code empty to get a new one.</source>
        <translation>Mã {code} đã được dùng trong hội nghị này. Hãy để trống mã để được cấp mã mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is a scanned code that an input method (UniKey, EVKey) changed, and it can be read as the code of more than one person ({codes}). Nobody was checked in: search by name, or turn the input method off (or to English) and scan again.</source>
        <translation>“{text}” là mã quét đã bị bộ gõ tiếng Việt (UniKey, EVKey) đổi, và có thể đọc lại thành mã của hơn một người ({codes}). Chưa điểm danh ai: hãy tìm theo tên, hoặc tắt bộ gõ (hoặc chuyển sang tiếng Anh) rồi quét lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no check-in to undo.</source>
        <translation>Không có lượt điểm danh nào để hủy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a walk-in or a substitute can be taken off the list this way; nothing was changed.</source>
        <translation>Chỉ đại biểu vãng lai hoặc người đi thay mới được xóa khỏi danh sách theo cách này; không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Đã hủy. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{path}” is a picture, not a spreadsheet. Import the Excel (.xlsx, .xls) or CSV file of the list.</source>
        <translation>“{path}” là một tệp ảnh, không phải bảng tính. Hãy nhập tệp Excel (.xlsx, .xls) hoặc CSV của danh sách.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is a PDF, not a spreadsheet. Ask the unit for the Excel file, or type the list into Excel and import that.</source>
        <translation>“{path}” là tệp PDF, không phải bảng tính. Hãy đề nghị đơn vị gửi tệp Excel, hoặc nhập danh sách vào Excel rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{path}” is a PowerPoint file, not a spreadsheet. Import the Excel or CSV file of the list.</source>
        <translation>“{path}” là tệp PowerPoint, không phải bảng tính. Hãy nhập tệp Excel hoặc CSV của danh sách.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is an OpenDocument spreadsheet. Open it in LibreOffice, save it as .xlsx and import that file.</source>
        <translation>“{path}” là bảng tính OpenDocument. Hãy mở bằng LibreOffice, lưu thành .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is an Excel binary workbook (.xlsb). Open it in Excel, save it as .xlsx and import that file.</source>
        <translation>“{path}” là sổ tính Excel nhị phân (.xlsb). Hãy mở bằng Excel, lưu thành .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is a web page saved under a spreadsheet name. Open it in Excel, save it as .xlsx and import that file.</source>
        <translation>“{path}” là một trang web được lưu dưới tên bảng tính. Hãy mở bằng Excel, lưu thành .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is an Excel 2003 XML file. Open it in Excel, save it as .xlsx and import that file.</source>
        <translation>“{path}” là tệp XML của Excel 2003. Hãy mở bằng Excel, lưu thành .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is not a spreadsheet. Import an Excel (.xlsx, .xls) or CSV file.</source>
        <translation>“{path}” không phải là bảng tính. Hãy nhập tệp Excel (.xlsx, .xls) hoặc CSV.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{path}” does not exist. Check the file name and folder, then try again.</source>
        <translation>Không có tệp “{path}”. Hãy kiểm tra tên tệp và thư mục rồi thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{path}” is a folder, not a file. Choose the spreadsheet file inside it.</source>
        <translation>“{path}” là một thư mục, không phải tệp. Hãy chọn tệp bảng tính bên trong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{path}” cannot be read ({reason}). Check that it is a file you may open, then try again.</source>
        <translation>Không đọc được “{path}” ({reason}). Hãy kiểm tra bạn có quyền mở tệp này rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is empty. Check that you chose the right file, or ask the unit to send it again.</source>
        <translation>“{path}” là tệp rỗng. Hãy kiểm tra đã chọn đúng tệp, hoặc đề nghị đơn vị gửi lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is damaged and cannot be read. Open it in Excel (which may repair it), save it again and import the new file.</source>
        <translation>“{path}” bị hỏng, không đọc được. Hãy mở bằng Excel (Excel có thể sửa tệp), lưu lại rồi nhập tệp mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is protected by a password. Open it in Excel, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation>“{path}” được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (File → Info → Protect Workbook), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” holds no data. Check that you chose the right file.</source>
        <translation>“{path}” không có dữ liệu. Hãy kiểm tra đã chọn đúng tệp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet “{sheet}” of “{path}” is empty. Choose the sheet that holds the list.</source>
        <translation>Trang tính “{sheet}” của “{path}” không có dữ liệu. Hãy chọn trang tính có danh sách.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{path}” has no sheet named “{sheet}”. Choose one of its sheets: {sheets}.</source>
        <translation>“{path}” không có trang tính tên “{sheet}”. Hãy chọn một trong các trang tính: {sheets}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No header row was found in the first {rows} rows of the sheet “{sheet}”: the list needs a column titled “Họ và tên” (or “Họ tên”, “Tên đại biểu”). Add that heading above the names and import again.</source>
        <translation>Không tìm thấy dòng tiêu đề trong {rows} dòng đầu của trang tính “{sheet}”: danh sách cần một cột có tiêu đề “Họ và tên” (hoặc “Họ tên”, “Tên đại biểu”). Hãy thêm tiêu đề đó phía trên các tên rồi nhập lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is a Word document without a table. Import the document whose list is a table with a column titled “Họ và tên”, or copy the list into Excel and import that file.</source>
        <translation>“{path}” là văn bản Word không có bảng nào. Hãy nhập văn bản có danh sách dạng bảng với cột “Họ và tên”, hoặc sao chép danh sách sang Excel rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet “{sheet}” has column headings (row {header_row}) but no one listed under them. Check that you chose the right file and sheet.</source>
        <translation>Trang tính “{sheet}” có dòng tiêu đề (dòng {header_row}) nhưng bên dưới không có ai. Hãy kiểm tra đã chọn đúng tệp và trang tính.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{path}” is damaged from line {line} on: a stray quotation mark (&quot;) joins the rows after it into one cell. Nothing was imported. Correct the quotation marks in Excel or a text editor and import the file again.</source>
        <translation>“{path}” bị hỏng từ dòng {line}: một dấu ngoặc kép (&quot;) thừa gộp các dòng sau nó vào một ô. Chưa nhập gì. Hãy sửa các dấu ngoặc kép trong Excel hoặc một trình soạn thảo văn bản rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line} of “{path}” is not UTF-8 text, though the rest of the file is ({count} such lines). Nothing was imported. Correct that line, or open the file in Excel and save it as “CSV UTF-8”, then import it again.</source>
        <translation>Dòng {line} của “{path}” không phải văn bản UTF-8, trong khi phần còn lại của tệp là UTF-8 ({count} dòng như vậy). Chưa nhập gì. Hãy sửa dòng đó, hoặc mở tệp trong Excel và lưu thành “CSV UTF-8”, rồi nhập lại.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unpacked, it would take more than {maximum} MB</source>
        <translation>khi giải nén, tệp chiếm hơn {maximum} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is packed {ratio} times tighter than any spreadsheet</source>
        <translation>tệp được nén chặt gấp {ratio} lần, hơn mọi bảng tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds more than {maximum} parts</source>
        <translation>tệp có hơn {maximum} thành phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has more than {maximum} sheets</source>
        <translation>tệp có hơn {maximum} trang tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it defines more than {maximum} cell styles</source>
        <translation>tệp định nghĩa hơn {maximum} kiểu ô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds more than {maximum} different texts</source>
        <translation>tệp chứa hơn {maximum} chuỗi văn bản khác nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its sheets hold millions of entries that are not cells</source>
        <translation>các trang tính chứa hàng triệu mục không phải là ô</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a sheet has more than {maximum} rows</source>
        <translation>một trang tính có hơn {maximum} dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row has more than {maximum} columns</source>
        <translation>một dòng có hơn {maximum} cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sheet spans more than {maximum} cells</source>
        <translation>một trang tính trải rộng hơn {maximum} ô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is over {maximum} MB</source>
        <translation>tệp lớn hơn {maximum} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading it needs more memory than this computer has</source>
        <translation>đọc tệp cần nhiều bộ nhớ hơn máy tính này có</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is larger than any invite list: {reason}. Is it the right file? Nothing was imported.</source>
        <translation>“{path}” lớn hơn mọi danh sách khách mời: {reason}. Có đúng là tệp này không? Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{path}” is not a PDF file name: badges and name cards are written as PDF only. Choose a name ending in .pdf.</source>
        <translation>“{path}” không phải tên tệp PDF: thẻ đại biểu và biển tên chỉ được ghi ra PDF. Hãy chọn tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{path}” cannot be written: it is a folder. Give a file name, inside that folder or elsewhere.</source>
        <translation>Không ghi được “{path}” vì đó là một thư mục. Hãy đặt một tên tệp, trong thư mục đó hoặc ở nơi khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” cannot be written: permission was refused (the folder is read-only, or another program has the file open). Close that program, or choose another folder.</source>
        <translation>Không ghi được “{path}” vì không có quyền ghi (thư mục chỉ cho phép đọc, hoặc chương trình khác đang mở tệp). Hãy đóng chương trình đó, hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” cannot be written: the PDF came out empty. Try again, or choose another folder.</source>
        <translation>Không ghi được “{path}”: tệp PDF tạo ra bị rỗng. Hãy thử lại, hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pages could not be drawn: the printer or the file refused them. Check the printer, or choose another folder, then try again.</source>
        <translation>Không in được các trang: máy in hoặc tệp đích từ chối. Hãy kiểm tra máy in hoặc chọn thư mục khác, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” cannot be written ({reason}). Choose another folder or name, and close the file if another program has it open.</source>
        <translation>Không ghi được “{path}” ({reason}). Hãy chọn thư mục hoặc tên khác, và đóng tệp nếu chương trình khác đang mở nó.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>No database server program was found on this computer. Install hoinghi with its server part (pip install “hoinghi[server]”) or install PostgreSQL, then try again.</source>
        <translation>Không tìm thấy chương trình máy chủ cơ sở dữ liệu trên máy này. Hãy cài hoinghi kèm phần máy chủ (pip install “hoinghi[server]”) hoặc cài PostgreSQL, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server may not run as the administrator (root), and no ordinary user could be made for it. Start it as an ordinary user.</source>
        <translation>Máy chủ cơ sở dữ liệu không được chạy bằng tài khoản quản trị (root) và không tạo được tài khoản thường cho nó. Hãy khởi động bằng một tài khoản thường.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s folder “{path}” lies inside “{parent}”, which the server&apos;s own user ({user}) may not open. Choose a folder elsewhere.</source>
        <translation>Thư mục máy chủ “{path}” nằm trong “{parent}”, nơi tài khoản của máy chủ ({user}) không được mở. Hãy chọn thư mục ở chỗ khác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is a file, not a folder. Give a folder for the server.</source>
        <translation>“{path}” là một tệp, không phải thư mục. Hãy chọn một thư mục cho máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s folder “{path}” cannot be written ({detail}). Choose another folder.</source>
        <translation>Không ghi được vào thư mục máy chủ “{path}” ({detail}). Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s settings “{path}” cannot be read ({detail}). Nothing was started.</source>
        <translation>Không đọc được thiết lập máy chủ “{path}” ({detail}). Chưa khởi động gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database server could not be set up in “{path}” ({detail}). Nothing was started; choose another folder or try again.</source>
        <translation>Không thiết lập được máy chủ cơ sở dữ liệu trong “{path}” ({detail}). Chưa khởi động gì; hãy chọn thư mục khác hoặc thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port {port} is already used by another program on this computer. Start the server on another port (--port).</source>
        <translation>Cổng {port} đang được chương trình khác trên máy này sử dụng. Hãy khởi động máy chủ ở cổng khác (--port).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server in “{path}” did not start ({detail}). Its log is server.log in that folder.</source>
        <translation>Máy chủ cơ sở dữ liệu trong “{path}” không khởi động được ({detail}). Nhật ký của nó là tệp server.log trong thư mục đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server in “{path}” did not stop ({detail}). Try again in a moment.</source>
        <translation>Máy chủ cơ sở dữ liệu trong “{path}” chưa dừng được ({detail}). Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” already holds conferences, so nothing was copied into it. Copy into a new file or an empty server database, or add --replace to replace what it holds.</source>
        <translation>“{path}” đã có hội nghị nên chưa sao chép gì vào đó. Hãy sao chép vào một tệp mới hoặc một cơ sở dữ liệu máy chủ còn trống, hoặc thêm --replace để thay thế nội dung đang có.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server “{path}” cannot be reached ({detail}). Check that the server laptop is on and on the same network, then try again.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu “{path}” ({detail}). Hãy kiểm tra máy chủ đang bật và cùng mạng, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database server answers at {host}: nothing is shared there, or the port is wrong. Check the address shown on the server laptop and that it is sharing, then try again.</source>
        <translation>Không có máy chủ cơ sở dữ liệu nào trả lời tại {host}: máy đó chưa chia sẻ, hoặc cổng không đúng. Hãy kiểm tra địa chỉ hiển thị trên máy chủ và máy đó đang chia sẻ, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} did not answer in time. Check that this laptop is on the same Wi-Fi as the server laptop and that the address is right, then try again.</source>
        <translation>{host} không trả lời kịp. Hãy kiểm tra máy này cùng mạng Wi-Fi với máy chủ và địa chỉ đúng, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server at {host} is upgrading its data for a new version of the program, which takes about a minute for every 100,000 attendees. Wait, then try again; a desk that has worked on this database before opens on its own copy meanwhile.</source>
        <translation>Máy chủ cơ sở dữ liệu {host} đang nâng cấp dữ liệu cho một phiên bản mới của chương trình, mất khoảng một phút cho mỗi 100.000 đại biểu. Hãy chờ rồi thử lại; trong lúc đó, bàn nào đã từng làm việc với cơ sở dữ liệu này sẽ mở bằng bản sao của mình.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No computer called “{host}” was found on the network. Type the server laptop&apos;s address as it shows it (four numbers such as 192.168.1.20).</source>
        <translation>Không tìm thấy máy nào tên “{host}” trong mạng. Hãy gõ địa chỉ của máy chủ đúng như máy đó hiển thị (bốn số, ví dụ 192.168.1.20).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server “{path}” refused the login: the user name or password is wrong. Ask for the address shown on the server laptop.</source>
        <translation>Máy chủ cơ sở dữ liệu “{path}” từ chối đăng nhập: tên người dùng hoặc mật khẩu không đúng. Hãy lấy lại địa chỉ hiển thị trên máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server “{path}” has no such database. Check the address shown on the server laptop.</source>
        <translation>Máy chủ cơ sở dữ liệu “{path}” không có cơ sở dữ liệu này. Hãy kiểm tra địa chỉ hiển thị trên máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server&apos;s program “{path}” is missing. Install hoinghi again with its server part (pip install “hoinghi[server]”), then try again.</source>
        <translation>Không tìm thấy chương trình máy chủ cơ sở dữ liệu “{path}”. Hãy cài lại hoinghi kèm phần máy chủ (pip install “hoinghi[server]”), rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server&apos;s program “{path}” could not be run ({detail}). Check that it may be run by this user, or install hoinghi again, then try again.</source>
        <translation>Không chạy được chương trình máy chủ cơ sở dữ liệu “{path}” ({detail}). Hãy kiểm tra người dùng này được phép chạy nó, hoặc cài lại hoinghi, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server&apos;s program {program} did not finish within {seconds} seconds. The computer may be very busy: try again in a moment.</source>
        <translation>Chương trình máy chủ cơ sở dữ liệu {program} không xong trong {seconds} giây. Có thể máy đang quá bận: hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no hoinghi server in “{path}”. Start one there with “hoinghi server start --dir {path}”.</source>
        <translation>Trong “{path}” chưa có máy chủ hoinghi. Hãy khởi động một máy chủ ở đó bằng lệnh “hoinghi server start --dir {path}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This database is on a network folder ({where}). SQLite&apos;s locks are not reliable over a network: a dropped connection can damage the file or lose check-ins, and the window waits whenever the network is slow. Keep the database on this computer&apos;s own disk.</source>
        <translation>Cơ sở dữ liệu này nằm trong thư mục mạng ({where}). Khóa của SQLite không tin cậy qua mạng: mất kết nối có thể làm hỏng tệp hoặc mất lượt điểm danh, và cửa sổ phải chờ mỗi khi mạng chậm. Hãy để cơ sở dữ liệu trên ổ đĩa của chính máy này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is in a folder that {service} synchronises ({where}). {service} uploads the file while hoinghi writes to it and may lock it or keep conflicting copies: check-ins can be lost, and every backup copy is uploaded too. Keep the database on this computer&apos;s own disk.</source>
        <translation>Cơ sở dữ liệu này nằm trong thư mục được {service} đồng bộ ({where}). {service} tải tệp lên trong khi hoinghi đang ghi, có thể khóa tệp hoặc giữ các bản chép xung đột: lượt điểm danh có thể bị mất, và mọi bản sao lưu cũng bị tải lên. Hãy để cơ sở dữ liệu trên ổ đĩa của chính máy này.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Section {section} has nobody to invite (walk-ins and people a substitute replaces get no invitation). Choose another section, or add people first.</source>
        <translation>Mục {section} không có ai để mời (người đến không có trong danh sách và người đã cử người đi thay không có giấy mời). Hãy chọn mục khác, hoặc thêm người trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conference has nobody to invite yet (walk-ins and people a substitute replaces get no invitation). Add or import the invite list first.</source>
        <translation>Hội nghị này chưa có ai để mời (người đến không có trong danh sách và người đã cử người đi thay không có giấy mời). Hãy thêm hoặc nhập danh sách khách mời trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Word template “{path}” has a placeholder hoinghi does not know: {placeholder}. Correct it to one of {known}, or remove it, and try again.</source>
        <translation>Mẫu Word “{path}” có một trường không rõ: {placeholder}. Hãy sửa thành một trong các trường {known}, hoặc xóa nó đi, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Word template “{path}” has {placeholder} in a page header or footer, which every copy shares. Move it into the page itself; only the conference&apos;s placeholders may stand in a header or footer.</source>
        <translation>Mẫu Word “{path}” có {placeholder} ở đầu trang hoặc chân trang, phần dùng chung cho mọi bản. Hãy chuyển nó vào thân trang; ở đầu trang và chân trang chỉ được dùng các trường của hội nghị.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{path}” is not a Word document (.docx) that can be read. Save the template in Word as “Word Document (*.docx)” and choose it again.</source>
        <translation>“{path}” không phải là tài liệu Word (.docx) đọc được. Hãy lưu mẫu trong Word dưới dạng “Word Document (*.docx)” rồi chọn lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is not a Word file name: a Word template is filled into a Word document. Choose a name ending in .docx.</source>
        <translation>“{path}” không phải là tên tệp Word: mẫu Word được điền thành một tài liệu Word. Hãy chọn tên có đuôi .docx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is neither a PDF nor a Word file name. Choose a name ending in .pdf or .docx (or give --per to write a folder or a .zip).</source>
        <translation>“{path}” không phải là tên tệp PDF hay Word. Hãy chọn tên có đuôi .pdf hoặc .docx (hoặc dùng --per để ghi ra một thư mục hay tệp .zip).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --per, the invitations go into several files: give a name ending in .zip, or the name of a new folder, instead of “{path}”.</source>
        <translation>Với --per, giấy mời được ghi ra nhiều tệp: hãy đặt tên có đuôi .zip, hoặc tên một thư mục mới, thay cho “{path}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” already exists. The files are written into a new folder: choose a name that is not taken yet, or a name ending in .zip.</source>
        <translation>“{path}” đã có. Các tệp được ghi vào một thư mục mới: hãy chọn một tên chưa dùng, hoặc một tên có đuôi .zip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{unit}” is already invited to this conference. Change its number of seats instead.</source>
        <translation>“{unit}” đã được mời dự hội nghị này. Hãy sửa số người được mời của đơn vị đó.</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>No header row was found in the first {rows} rows of “{path}”: the list needs a column titled “Họ và tên” (or “Họ tên”, “Tên đại biểu”). Add that heading above the names and import again.</source>
        <translation>Không tìm thấy dòng tiêu đề trong {rows} dòng đầu của “{path}”: danh sách cần một cột có tiêu đề “Họ và tên” (hoặc “Họ tên”, “Tên đại biểu”). Hãy thêm tiêu đề đó phía trên các tên rồi nhập lại.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Working alone while the server upgrades its data for a new version of the program. Check-ins are kept on this computer and sent when the server takes them again.</source>
        <translation>Đang làm việc một mình trong lúc máy chủ nâng cấp dữ liệu cho một phiên bản mới của chương trình. Các lượt điểm danh được giữ trên máy này và gửi đi khi máy chủ nhận lại.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>“{path}” is busy with another desk and did not answer in time. Try again in a moment.</source>
        <translation>“{path}” đang bận với một bàn khác và chưa trả lời kịp. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>The {kind} export cannot be a PDF: only sign-in sheets, name cards and badges are printed. Choose a name ending in .xlsx or .csv.</source>
        <translation>Không thể xuất {kind} ra PDF: chỉ danh sách ký tên, biển tên và thẻ đại biểu được in ra PDF. Hãy chọn tên tệp có đuôi .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no name</source>
        <translation>không có họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name has no letters</source>
        <translation>họ tên không có chữ cái nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is too long ({length} characters; at most {limit})</source>
        <translation>{field} quá dài ({length} ký tự; tối đa {limit})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same person (name and unit) is already on row {first_row}</source>
        <translation>người này (cùng họ tên và đơn vị) đã có ở dòng {first_row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already on the conference&apos;s list</source>
        <translation>đã có trong danh sách hội nghị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a repeated header row</source>
        <translation>dòng tiêu đề lặp lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row of column numbers</source>
        <translation>dòng đánh số cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a total line</source>
        <translation>dòng tổng cộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phone number had lost its leading zero</source>
        <translation>số điện thoại bị mất số 0 ở đầu, đã thêm lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several phone numbers: the first is kept, all are in the note</source>
        <translation>có nhiều số điện thoại: giữ số đầu tiên, tất cả được ghi vào ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a phone number: moved to the note</source>
        <translation>không phải số điện thoại: đã chuyển vào ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an email address: moved to the note</source>
        <translation>không phải địa chỉ email: đã chuyển vào ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Đồng chí” moved from the name to the salutation</source>
        <translation>“Đồng chí” được tách khỏi họ tên, chuyển sang danh xưng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the list number was removed from the name</source>
        <translation>đã bỏ số thứ tự lẫn trong họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} looks typed with the Vietnamese keyboard off ({words}): check it</source>
        <translation>{field} có vẻ được gõ khi tắt bộ gõ tiếng Việt ({words}): hãy kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>possibly the same person as {other} ({where}): same name and unit, but a different {differs}. Imported; marked in the attendee list to review</source>
        <translation>có thể là cùng một người với {other} ({where}): cùng họ tên và đơn vị, nhưng khác {differs}. Đã nhập; được đánh dấu trong danh sách đại biểu để xem lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a similar name in the same unit: {other} ({where}). Imported as a different person</source>
        <translation>tên gần giống trong cùng đơn vị: {other} ({where}). Đã nhập như một người khác</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>row {row}</source>
        <translation>dòng {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already on the list, number {id}</source>
        <translation>đã có trong danh sách, số {id}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already on the list with the same name and unit (number {id}): {who}. If this is the same person, cancel and edit that entry; otherwise save: both are marked for review.</source>
        <translation>Đã có trong danh sách, cùng họ tên và đơn vị (số {id}): {who}. Nếu là cùng một người, hãy hủy và sửa mục đó; nếu không, cứ lưu: cả hai được đánh dấu để xem lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same name and unit as number {id}, but a different {differs}: {who}. Possibly the same person: both are marked for review in the attendee list.</source>
        <translation>Cùng họ tên và đơn vị với số {id}, nhưng khác {differs}: {who}. Có thể là cùng một người: cả hai được đánh dấu để xem lại trong danh sách đại biểu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A similar name in the same unit (number {id}): {who}. Names that differ by their accents are different people.</source>
        <translation>Tên gần giống trong cùng đơn vị (số {id}): {who}. Tên khác nhau về dấu là những người khác nhau.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The operation could not be done ({code}). Nothing was changed.</source>
        <translation>Không thực hiện được thao tác ({code}). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{path}” is empty (0 bytes) and holds no conferences. If it should, restore a backup copy (“hoinghi backup --list”); otherwise create a new database.</source>
        <translation>“{path}” là tệp rỗng (0 byte), không có hội nghị nào. Nếu lẽ ra phải có, hãy khôi phục một bản sao lưu (“hoinghi backup --list”); nếu không, hãy tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is a folder, not a database file. Choose the .sqlite file inside it, or give a new file name.</source>
        <translation>“{path}” là một thư mục, không phải tệp cơ sở dữ liệu. Hãy chọn tệp .sqlite bên trong, hoặc đặt một tên tệp mới.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The folder “{folder}” does not exist, so “{path}” cannot be created there. Create the folder first, or choose another place.</source>
        <translation>Không có thư mục “{folder}” nên không thể tạo “{path}” ở đó. Hãy tạo thư mục trước, hoặc chọn nơi khác.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>“{path}” is an old Word document (.doc) or an OpenDocument text. Open it in Word or LibreOffice, save it as a Word document (.docx) and import that file.</source>
        <translation>“{path}” là văn bản Word cũ (.doc) hoặc văn bản OpenDocument. Hãy mở bằng Word hoặc LibreOffice, lưu thành văn bản Word (.docx) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>“{path}” has no extension, so it does not say which kind of file to write. Choose a name ending in .xlsx, .csv, .pdf or .docx.</source>
        <translation>“{path}” không có đuôi tệp nên không rõ cần ghi loại tệp nào. Hãy chọn tên tệp có đuôi .xlsx, .csv, .pdf hoặc .docx.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {kind} export cannot be a Word document: only the sign-in sheet is written as .docx. Choose a name ending in .xlsx or .csv.</source>
        <translation>Không xuất được {kind} thành văn bản Word: chỉ danh sách ký tên mới ghi được ra .docx. Hãy chọn tên tệp có đuôi .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hoinghi cannot write “.{extension}” files. Choose a name ending in .xlsx, .csv, .pdf or .docx.</source>
        <translation>hoinghi không ghi được tệp “.{extension}”. Hãy chọn tên tệp có đuôi .xlsx, .csv, .pdf hoặc .docx.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>it is not a hoinghi database</source>
        <translation>đó không phải cơ sở dữ liệu của hoinghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was written by a newer version of hoinghi</source>
        <translation>tệp được ghi bởi phiên bản hoinghi mới hơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is damaged</source>
        <translation>tệp bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no such file</source>
        <translation>không có tệp đó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” cannot be restored: {why}. Nothing was changed. Choose another backup (“hoinghi backup --list” shows the automatic ones).</source>
        <translation>Không thể khôi phục từ “{path}”: {why}. Chưa có gì thay đổi. Hãy chọn bản sao lưu khác (“hoinghi backup --list” liệt kê các bản sao lưu tự động).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A safety copy could not be written to “{path}” ({detail}), so nothing was changed. Free some disk space or make the folder writable, then try again.</source>
        <translation>Không ghi được bản sao an toàn vào “{path}” ({detail}) nên chưa có gì thay đổi. Hãy giải phóng dung lượng đĩa hoặc cấp quyền ghi cho thư mục rồi thử lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{path}” is the database being copied (or one of its files): a backup copy cannot replace it. Choose another name or folder.</source>
        <translation>“{path}” chính là cơ sở dữ liệu đang được sao lưu (hoặc một tệp của nó): bản sao lưu không thể ghi đè lên đó. Hãy chọn tên hoặc thư mục khác.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is the database itself, not a backup of it. Choose a backup copy.</source>
        <translation>“{path}” chính là cơ sở dữ liệu đang dùng, không phải bản sao lưu. Hãy chọn một bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../desktop_app/ui/paper/paper_dialog.py" line="+88"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the list…</source>
        <translation>Đang đọc danh sách…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview — {title}</source>
        <translation>Xem trước khi in — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to the printer: {pages} pages.</source>
        <translation>Đã gửi tới máy in: {pages} trang.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written: {path} ({pages} pages). &lt;a href=&quot;{link}&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Đã ghi: {path} ({pages} trang). &lt;a href=&quot;{link}&quot;&gt;Mở tệp&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/desk/person_dialog.py" line="+53"/>
        <source>Walk-in</source>
        <translation>Đại biểu phát sinh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Substitute</source>
        <translation>Người đi thay</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and check in</source>
        <translation>Lưu và điểm danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the name: “so tu phap”, “cao loc”…</source>
        <translation>Gõ một phần tên đơn vị: “so tu phap”, “cao loc”…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In place of &lt;b&gt;{name}&lt;/b&gt; ({details}), who was invited.</source>
        <translation>Đi thay cho &lt;b&gt;{name}&lt;/b&gt; ({details}), người được mời.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Note:&lt;/b&gt; {name} is already checked in ({time}, {desk}).</source>
        <translation>&lt;b&gt;Lưu ý:&lt;/b&gt; {name} đã điểm danh rồi ({time}, {desk}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_page.py" line="+123"/>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Shaded rows are skipped, corrected or worth a look; point at a cell to see why.</source>
        <translation>Chưa có gì được ghi. Dòng tô màu là dòng bị bỏ qua, đã được sửa hoặc cần xem lại; trỏ chuột vào ô để xem lý do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the list…</source>
        <translation>Đang kiểm tra danh sách…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All rows</source>
        <translation>Mọi dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows with problems</source>
        <translation>Dòng có vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rows</source>
        <translation>Dòng bị bỏ qua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrected rows</source>
        <translation>Dòng đã được sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows to check</source>
        <translation>Dòng cần xem lại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units not in the catalog</source>
        <translation>Đơn vị ngoài danh mục</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row {row}: {name} — {why}</source>
        <translation>Dòng {row}: {name} — {why}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading and checking every row of the list; nothing is written.</source>
        <translation>Đang đọc và kiểm tra từng dòng của danh sách; chưa ghi gì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Import %Ln people</source>
        <translation>
            <numerusform>&amp;Nhập %Ln đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;Nobody can be imported&lt;/b&gt; from this list: every row is skipped (see why below).</source>
        <translation>&lt;b&gt;Không nhập được ai&lt;/b&gt; từ danh sách này: mọi dòng đều bị bỏ qua (xem lý do bên dưới).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;1&lt;/b&gt; person will be added to &lt;b&gt;{title}&lt;/b&gt;.</source>
        <translation>Sẽ thêm &lt;b&gt;1&lt;/b&gt; đại biểu vào &lt;b&gt;{title}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; people will be added to &lt;b&gt;{title}&lt;/b&gt;.</source>
        <translation>Sẽ thêm &lt;b&gt;{count}&lt;/b&gt; đại biểu vào &lt;b&gt;{title}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 row skipped</source>
        <translation>1 dòng bị bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows skipped</source>
        <translation>{count} dòng bị bỏ qua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} corrected</source>
        <translation>{count} dòng được sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} to check</source>
        <translation>{count} dòng cần xem lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with a unit not in the catalog (kept as written)</source>
        <translation>{count} người có đơn vị ngoài danh mục (giữ nguyên như trong tệp)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 cell converted from {encoding} to Unicode.</source>
        <translation>Đã chuyển 1 ô từ bảng mã {encoding} sang Unicode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} cells converted from {encoding} to Unicode.</source>
        <translation>Đã chuyển {count} ô từ bảng mã {encoding} sang Unicode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The text looks like {encoding}&lt;/b&gt; but is read as Unicode, as chosen: names may be unreadable. Go back and choose automatic detection to convert it.</source>
        <translation>&lt;b&gt;Văn bản có vẻ được gõ bằng bảng mã {encoding}&lt;/b&gt; nhưng đang được đọc như Unicode theo lựa chọn: họ tên có thể không đọc được. Hãy quay lại và chọn tự động nhận biết để chuyển đổi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The section heading of the file goes to the conference&apos;s section of the same name.</source>
        <translation>Tiêu đề khối trong tệp khớp với khối cùng tên của hội nghị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} section headings of the file go to the conference&apos;s sections of the same name.</source>
        <translation>{count} tiêu đề khối trong tệp khớp với các khối cùng tên của hội nghị.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section headings: {headings}.</source>
        <translation>Tiêu đề khối: {headings}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No section of the conference matches {headings}: those rows go by the kind of their unit.</source>
        <translation>Không khối nào của hội nghị khớp với {headings}: các dòng này được xếp khối theo loại đơn vị.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file itself says it lists {count} people.</source>
        <translation>Trong tệp ghi danh sách có {count} người.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop_app/ui/paper/print_dialog.py" line="+66"/>
        <source>Print a blank sign-in sheet</source>
        <translation>In danh sách ký tên để trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sign-in sheet</source>
        <translation>In danh sách ký tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4, Decree 30/2020 layout: header row on every page, rows tall enough to sign, page numbers from page 2. The preview shows it exactly as it prints.</source>
        <translation>Khổ A4, thể thức Nghị định 30/2020: dòng tiêu đề bảng lặp lại ở mỗi trang, dòng đủ cao để ký, đánh số trang từ trang 2. Bản xem trước giống hệt bản in.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blank sign-in sheet</source>
        <translation>Danh sách ký tên để trống</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln rows on one page.</source>
        <translation>
            <numerusform>%Ln dòng, 1 trang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln rows on {pages} pages.</source>
        <translation>
            <numerusform>%Ln dòng, {pages} trang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentCheckInModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/recent_check_in_model.py" line="+31"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="-25"/>
        <source>Before an import</source>
        <translation>Trước khi nhập danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a conference was deleted</source>
        <translation>Trước khi xóa một hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before attendees were deleted</source>
        <translation>Trước khi xóa đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup copy made by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the update to schema {version}</source>
        <translation>Trước khi nâng cấp lên cấu trúc dữ liệu {version}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database becomes the chosen copy. What it holds now is saved first, so a restore can itself be undone the same way.</source>
        <translation>Cơ sở dữ liệu sẽ trở lại đúng như bản sao lưu được chọn. Dữ liệu hiện có được sao lưu trước, nên có thể hoàn tác việc khôi phục theo cách tương tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Another database…</source>
        <translation>Cơ sở dữ liệu &amp;khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Automatic backups, newest first:</source>
        <translation>Các bản sao lưu &amp;tự động, mới nhất trước:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or choose a backup &amp;file…</source>
        <translation>Hoặc chọn tệp sao &amp;lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Khôi &amp;phục…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No database chosen.</source>
        <translation>Chưa chọn cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: &lt;b&gt;{name}&lt;/b&gt; ({folder})</source>
        <translation>Cơ sở dữ liệu: &lt;b&gt;{name}&lt;/b&gt; ({folder})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database to restore</source>
        <translation>Cơ sở dữ liệu cần khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>hoinghi databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu hoinghi (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The backup to restore</source>
        <translation>Bản sao lưu dùng để khôi phục</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the automatic backup of {time} ({why})</source>
        <translation>bản sao lưu tự động lúc {time} ({why})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace everything in “{database}” with {backup}? Every desk using the database will see the restored content. What it holds now is saved first.</source>
        <translation>Thay toàn bộ dữ liệu của “{database}” bằng {backup}? Mọi bàn đang dùng cơ sở dữ liệu này sẽ thấy dữ liệu đã khôi phục. Dữ liệu hiện có được sao lưu trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>Khôi &amp;phục</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring {name}…</source>
        <translation>Đang khôi phục {name}…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_result_page.py" line="+78"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;Sao chép báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Lưu báo cáo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;again</source>
        <translation>Nhập &amp;lại</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping… nothing of this list will be written.</source>
        <translation>Đang dừng… không dòng nào của danh sách này được ghi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the people to “{title}”. Cancel stops the import and leaves the list as it was.</source>
        <translation>Đang thêm đại biểu vào “{title}”. Bấm Hủy để dừng; danh sách sẽ giữ nguyên như trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report below lists every row that was skipped or changed, and why.</source>
        <translation>Báo cáo dưới đây liệt kê mọi dòng bị bỏ qua hoặc được sửa, kèm lý do.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled</source>
        <translation>Đã hủy việc nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was stopped before it finished.</source>
        <translation>Việc nhập đã dừng trước khi xong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Nothing was written: the conference&apos;s list is exactly as it was before.</source>
        <translation>Không có gì được ghi: danh sách của hội nghị giữ nguyên như trước.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import not done</source>
        <translation>Chưa nhập được</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report was copied: paste it into an e-mail or a document.</source>
        <translation>Đã sao chép báo cáo: có thể dán vào thư điện tử hoặc văn bản.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} - import report.txt</source>
        <translation>{name} - báo cáo nhập.txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tệp văn bản (*.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be saved to {path} ({reason}). Choose another folder.</source>
        <translation>Không lưu được báo cáo vào {path} ({reason}). Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was saved to {path}.</source>
        <translation>Đã lưu báo cáo vào {path}.</translation>
    </message>
</context>
<context>
    <name>SectionChoicesBox</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_section_choices.py" line="+33"/>
        <source>Section headings to confirm</source>
        <translation>Tiêu đề khối cần xác nhận</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;{heading}&lt;/b&gt; has the number of the conference&apos;s section “{section}”, but another title. Its rows go to:</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt; trùng số thứ tự với khối “{section}” của hội nghị nhưng khác tên. Các dòng dưới nó được xếp vào:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new section “{title}”</source>
        <translation>Một khối mới “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No section (by the kind of each unit)</source>
        <translation>Không xếp khối (theo loại của từng đơn vị)</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/sections_dialog.py" line="+92"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Tiêu đề khối:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes units of kind:</source>
        <translation>Gồm các loại đơn vị:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New section</source>
        <translation>Thêm khối</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit section</source>
        <translation>Sửa khối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. VI. KHÁCH MỜI</source>
        <translation>VD: VI. KHÁCH MỜI</translation>
    </message>
</context>
<context>
    <name>SectionsDialog</name>
    <message>
        <location line="+46"/>
        <source>Sections of the conference</source>
        <translation>Các khối đại biểu của hội nghị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The headings of the attendee lists and sign-in sheets, in order. A new attendee goes to the first section that takes the kind of their unit.</source>
        <translation>Tiêu đề các khối trong danh sách đại biểu và danh sách ký tên, theo thứ tự. Đại biểu mới được xếp vào khối đầu tiên nhận loại đơn vị của người đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete the section “{title}”? Its attendees stay on the list, without a section, until you choose another for them.</source>
        <translation>Xóa khối “{title}”? Các đại biểu của khối vẫn ở trong danh sách, chưa thuộc khối nào cho đến khi bạn chọn khối khác cho họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>ServerOffline</name>
    <message>
        <location filename="../../desktop_app/ui/server_offline.py" line="+66"/>
        <source>The server cannot be reached. The check-in desk goes on with this computer&apos;s copy of the list: its check-ins are kept here and sent when the server is back. The other views need the server and come back by themselves then. Check the Wi-Fi, and that the organizer&apos;s laptop is on and sharing.</source>
        <translation>Không kết nối được máy chủ. Bàn điểm danh vẫn làm việc với bản sao danh sách trên máy này: các lượt điểm danh được giữ tại đây và sẽ gửi đi khi máy chủ hoạt động trở lại. Các mục khác cần máy chủ và sẽ tự hoạt động lại khi đó. Hãy kiểm tra Wi-Fi, và máy tính của ban tổ chức đang bật và đang chia sẻ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answers but does not let this window in: {reason} The check-in desk goes on with this computer&apos;s copy of the list, and its check-ins are kept here until the server takes them.</source>
        <translation>Máy chủ có trả lời nhưng không cho cửa sổ này kết nối: {reason} Bàn điểm danh vẫn làm việc với bản sao danh sách trên máy này; các lượt điểm danh được giữ lại đây cho đến khi máy chủ nhận.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server is upgrading its data for a new version of the program (about a minute for every 100,000 attendees). Meanwhile the check-in desk goes on with this computer&apos;s copy of the list, and the window connects by itself when the upgrade is done.</source>
        <translation>Máy chủ đang nâng cấp dữ liệu cho một phiên bản mới của chương trình (khoảng một phút cho mỗi 100.000 đại biểu). Trong lúc đó bàn điểm danh vẫn làm việc với bản sao danh sách trên máy này, và cửa sổ sẽ tự kết nối khi nâng cấp xong.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs the server, which this window cannot use now: use the check-in desk (4).</source>
        <translation>Cần máy chủ, hiện cửa sổ này chưa dùng được: hãy dùng Bàn điểm danh (4).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="+62"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Desk name:</source>
        <translation>&amp;Tên bàn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Font size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Bàn 1</source>
        <translation>VD: Bàn 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk name is recorded with every check-in made here. Give each desk its own name (Bàn 1, Bàn 2, …): Ctrl+Z and “latest check-ins at this desk” go by it.</source>
        <translation>Tên bàn được ghi kèm mỗi lượt điểm danh tại đây. Hãy đặt cho mỗi bàn một tên riêng (Bàn 1, Bàn 2, …): Ctrl+Z và “điểm danh gần đây tại bàn này” dựa vào tên bàn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The desk needs a name, for example “Bàn 1”.</source>
        <translation>Bàn cần có tên, ví dụ “Bàn 1”.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <location filename="../../desktop_app/ui/share_dialog.py" line="+153"/>
        <source>Starting the database server on this laptop and copying {name} into it…</source>
        <translation>Đang khởi động máy chủ cơ sở dữ liệu trên máy này và chép {name} vào…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server on this laptop already holds a shared database. Replace what it holds with {name}? Desks still working on it would then see this file&apos;s data instead.</source>
        <translation>Máy chủ trên máy này đã có một cơ sở dữ liệu đang chia sẻ. Thay nội dung đó bằng {name}? Các bàn đang làm việc trên máy chủ sẽ thấy dữ liệu của tệp này thay vào.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location line="-122"/>
        <source>Share this database with other desks</source>
        <translation>Chia sẻ cơ sở dữ liệu này với các bàn khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other desks can now work on this database at once. On each laptop, on the same Wi-Fi, choose File → Join a shared database… and paste this address, or scan the code, or type the parts below.</source>
        <translation>Giờ các bàn khác có thể cùng làm việc trên cơ sở dữ liệu này. Trên mỗi máy, cùng mạng Wi-Fi, chọn Tệp → Kết nối cơ sở dữ liệu dùng chung… rồi dán địa chỉ này, hoặc quét mã, hoặc gõ các phần bên dưới.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Anyone who has this address can read and change the conference: give it only to the desks. The connection is not encrypted, so use a closed Wi-Fi of your own at the venue. Keep this laptop on and awake while the desks work.</source>
        <translation>Ai có địa chỉ này đều đọc và sửa được dữ liệu hội nghị: chỉ đưa cho các bàn đón tiếp. Kết nối không được mã hóa, nên hãy dùng mạng Wi-Fi riêng, kín tại hội trường. Giữ máy này bật và không cho ngủ trong khi các bàn làm việc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop is not on a network yet, so the address above works on this laptop only. Connect it to the venue&apos;s Wi-Fi, then choose File → Share this database with other desks… again for the address the other desks use.</source>
        <translation>Máy này chưa kết nối mạng nào, nên địa chỉ trên chỉ dùng được trên chính máy này. Hãy kết nối máy vào mạng Wi-Fi của hội trường, rồi chọn lại Tệp → Chia sẻ cơ sở dữ liệu này với các bàn khác… để có địa chỉ cho các bàn khác.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>SheetOptionsBox</name>
    <message>
        <location filename="../../desktop_app/ui/paper/sheet_options_box.py" line="+86"/>
        <source>Paper:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>K&amp;hối:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>&amp;Sắp xếp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbering (STT):</source>
        <translation>Đánh số (STT):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Cột:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>Trình bày:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Substitutes:</source>
        <translation>Người đi thay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins:</source>
        <translation>Đại biểu phát sinh:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Portrait</source>
        <translation>&amp;Dọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Landscape</source>
        <translation>&amp;Ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone numbers</source>
        <translation>Số đi&amp;ện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers are personal data: print them only when the sheet needs them.</source>
        <translation>Số điện thoại là dữ liệu cá nhân: chỉ in khi thật sự cần.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Header block (agency, national title and motto)</source>
        <translation>Phần đầ&amp;u văn bản (tên cơ quan, quốc hiệu, tiêu ngữ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taggered signatures: odd rows sign on the left, even rows on the right</source>
        <translation>Ký s&amp;o le: dòng lẻ ký bên trái, dòng chẵn ký bên phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blank sheet with numbered rows:</source>
        <translation>Danh sách để t&amp;rống, số dòng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each section&apos;s heading with its &amp;count of people</source>
        <translation>Ghi &amp;số đại biểu của từng nhóm ở tiêu đề nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave off people a substitute stands in for (else marked “Cử người đi thay”, without a number)</source>
        <translation>Bỏ người đã cử người đi thay khỏi danh sách (nếu không, ghi “Cử người đi thay”, không đánh số)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All sections</source>
        <translation>Tất cả các khối</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As set for the conference ({how})</source>
        <translation>Theo cài đặt của hội nghị ({how})</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>restarting in each section</source>
        <translation>đánh lại từ đầu ở mỗi khối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continuous</source>
        <translation>liên tục</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_file_pages.py" line="+53"/>
        <source>Choose the sheet</source>
        <translation>Chọn trang tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workbook has several sheets. Choose the one that holds the list.</source>
        <translation>Tệp này có nhiều trang tính. Hãy chọn trang chứa danh sách đại biểu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheets:</source>
        <translation>&amp;Các trang tính:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;top of the selected sheet:</source>
        <translation>&amp;Phần đầu của trang tính đang chọn:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>headings on row {row}</source>
        <translation>tiêu đề cột ở dòng {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no list headings found</source>
        <translation>không thấy tiêu đề danh sách</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/stats_view.py" line="+74"/>
        <source>Section</source>
        <translation>Khối</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Topic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>By section</source>
        <translation>Theo khối</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By session topic</source>
        <translation>Theo chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units with nobody present</source>
        <translation>Đơn vị chưa có ai có mặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conference is open</source>
        <translation>Chưa mở hội nghị nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a conference in Conferences (Ctrl+1) to see its statistics.</source>
        <translation>Hãy mở một hội nghị ở thẻ Hội nghị (Ctrl+1) để xem thống kê.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+56"/>
        <source>Counting…</source>
        <translation>Đang thống kê…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Invited {invited} · present {present} ({percent}) · not yet arrived {absent} · walk-ins {walk_ins} · substitutes {substitutes}</source>
        <translation>Được mời {invited} · có mặt {present} ({percent}) · chưa đến {absent} · phát sinh {walk_ins} · đi thay {substitutes}</translation>
    </message>
</context>
<context>
    <name>TaskRun</name>
    <message>
        <location filename="../../desktop_app/ui/common/workers.py" line="+286"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>TopicAttendance</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/topic_attendance.py" line="+73"/>
        <source>Nobody is checked in for this topic yet. To record attendance, choose the topic under “Attendance for” at the desk, or press Ctrl+Enter here.</source>
        <translation>Chưa có ai điểm danh ở chuyên đề này. Để ghi nhận, hãy chọn chuyên đề ở ô “Điểm danh cho” tại bàn điểm danh, hoặc nhấn Ctrl+Enter tại đây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a topic above to see who attended it.</source>
        <translation>Chọn một chuyên đề ở trên để xem ai đã tham dự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended topic {number} ({title}): {count}</source>
        <translation>Có mặt ở chuyên đề {number} ({title}): {count} người</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/topic_dialog.py" line="+36"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Chuyên đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter:</source>
        <translation>&amp;Người trình bày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter&apos;s &amp;unit:</source>
        <translation>Đơn &amp;vị người trình bày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Phòng:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ The time overlaps the topic “{title}” ({span}).</source>
        <translation>⚠ Thời gian trùng với chuyên đề “{title}” ({span}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New session topic</source>
        <translation>Thêm chuyên đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session topic</source>
        <translation>Sửa chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>TopicTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/topic_table_model.py" line="+42"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter&apos;s unit</source>
        <translation>Đơn vị người trình bày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Có mặt</translation>
    </message>
</context>
<context>
    <name>TopicsView</name>
    <message>
        <location filename="../../desktop_app/ui/conferences/topics_view.py" line="+84"/>
        <source>&amp;Add topic…  (Ins)</source>
        <translation>&amp;Thêm chuyên đề…  (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…  (Enter)</source>
        <translation>&amp;Sửa…  (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up  (Ctrl+↑)</source>
        <translation>Chuyển &amp;lên  (Ctrl+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn  (Ctrl+↓)</source>
        <translation>Chuyển x&amp;uống  (Ctrl+↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…  (Del)</source>
        <translation>&amp;Xóa…  (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in for this topic  (Ctrl+Enter)</source>
        <translation>Điểm danh cho chuyên đề này  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No conference is open</source>
        <translation>Chưa mở hội nghị nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a conference in Conferences (Ctrl+1) to see its topics.</source>
        <translation>Hãy mở một hội nghị ở thẻ Hội nghị (Ctrl+1) để xem các chuyên đề.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session topics yet</source>
        <translation>Chưa có chuyên đề nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the topics (chuyên đề) of the conference; the desk can then record attendance for each.</source>
        <translation>Hãy thêm các chuyên đề của hội nghị; sau đó bàn điểm danh có thể ghi nhận có mặt theo từng chuyên đề.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete the topic “{title}” and the {count} check-ins recorded for it?</source>
        <translation>Xóa chuyên đề “{title}” và {count} lượt điểm danh đã ghi cho chuyên đề này?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the topic “{title}”? Nobody has been checked in for it.</source>
        <translation>Xóa chuyên đề “{title}”? Chưa có ai điểm danh cho chuyên đề này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete topic</source>
        <translation>Xóa chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/common/error_dialog.py" line="+29"/>
        <source>{app} — unexpected error</source>
        <translation>{app} — lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside the program.</source>
        <translation>Chương trình gặp lỗi bên trong.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a fault in hoinghi, not something you did. Everything saved before it (conferences, attendees, every check-in) is safe in the database. You can carry on working. If it happens again, copy the details and send them to whoever looks after the program.</source>
        <translation>Đây là lỗi của phần mềm hoinghi, không phải do thao tác của người dùng. Mọi dữ liệu đã lưu trước đó (hội nghị, đại biểu, từng lượt điểm danh) vẫn được giữ nguyên trong cơ sở dữ liệu. Có thể tiếp tục làm việc bình thường. Nếu lỗi lặp lại, hãy sao chép thông tin chi tiết và gửi cho người phụ trách phần mềm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were also written to {path}</source>
        <translation>Thông tin chi tiết cũng đã được ghi vào {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details could not be written to a log file.</source>
        <translation>Không ghi được thông tin chi tiết vào tệp nhật ký.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>UnitEditDialog</name>
    <message>
        <location filename="../../desktop_app/ui/attendees/units_dialog.py" line="+92"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official &amp;order:</source>
        <translation>&amp;Thứ tự chính thức:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also &amp;written as
(one a line):</source>
        <translation>Cách &amp;viết khác
(mỗi dòng một cách):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exists &amp;from:</source>
        <translation>Tồn tại &amp;từ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exists &amp;until:</source>
        <translation>Tồn tại đế&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Successor:</source>
        <translation>Đơn vị &amp;kế thừa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit that took over after a merger or a reform.</source>
        <translation>Đơn vị tiếp nhận sau khi sáp nhập hoặc sắp xếp lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller numbers come first in the official order of units.</source>
        <translation>Số nhỏ hơn đứng trước trong thứ tự chính thức của các đơn vị.</translation>
    </message>
</context>
<context>
    <name>UnitField</name>
    <message>
        <location filename="../../desktop_app/ui/attendees/unit_field.py" line="+115"/>
        <source>“{name}” is not a unit in the catalog or in this conference, and it has no accents. It will be printed as typed on the sign-in sheets. Save it as typed?</source>
        <translation>“{name}” không có trong danh mục đơn vị hay trong hội nghị này, và được gõ không dấu. Tên này sẽ được in đúng như đã gõ trên danh sách ký tên. Vẫn lưu như đã gõ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as typed</source>
        <translation>&amp;Lưu như đã gõ</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/unit_table_model.py" line="+38"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also written as</source>
        <translation>Cách viết khác</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/attendees/units_dialog.py" line="+47"/>
        <source>Unit catalog</source>
        <translation>Danh mục đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a unit: “so tu phap”, “cao loc”…</source>
        <translation>Tìm đơn vị: “so tu phap”, “cao loc”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="+97"/>
        <source>Registration and check-in of conference attendees. Everything is kept in one database file on this computer; no network is needed.</source>
        <translation>Đăng ký và điểm danh đại biểu dự hội nghị. Toàn bộ dữ liệu được lưu trong một tệp cơ sở dữ liệu trên máy này; không cần kết nối mạng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty database for your conferences and their attendees.</source>
        <translation>Một cơ sở dữ liệu trống để quản lý các hội nghị và đại biểu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing database</source>
        <translation>Mở cơ sở dữ liệu có sẵn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database made earlier, on this computer or copied from another one (a .sqlite file).</source>
        <translation>Cơ sở dữ liệu đã tạo trước đây, trên máy này hoặc chép từ máy khác (tệp .sqlite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo conference</source>
        <translation>Mở hội nghị mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training conference of Lạng Sơn province on 14/9/2022 with about 120 attendees, to try everything out safely.</source>
        <translation>Hội nghị tập huấn của tỉnh Lạng Sơn ngày 14/9/2022 với khoảng 120 đại biểu, để dùng thử mọi chức năng mà không ảnh hưởng đến dữ liệu thật.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used recently</source>
        <translation>Đã mở gần đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New databases are kept in {folder}</source>
        <translation>Cơ sở dữ liệu mới được lưu trong thư mục {folder}</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desktop_app/ui/common/workers.py" line="-151"/>
        <source>Something went wrong inside the program ({detail}). Nothing was changed; try again, and report it if it happens again.</source>
        <translation>Chương trình gặp lỗi bên trong ({detail}). Không có gì bị thay đổi; hãy thử lại, và báo cho người quản trị nếu lỗi lặp lại.</translation>
    </message>
</context>
</TS>
