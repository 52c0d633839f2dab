"""Numbers of a Women's Union page after 2025 that are no figures (issue 11, task F): a portal's chain of local
bodies, hotlines, decision and resolution numbers, a ward's old number, vehicle plates, bank accounts, tax and postal
codes, a road's kilometre, the days of the Union's year ("20-10"), a province's census of its communes after the
merger. Invented lines, put at the top, in the middle and at the bottom of an invented report whose own figures must
stay."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN xã Tân Lập tổng kết công tác Hội năm 2025"
LEDE = ("Sáng 18/12, Hội LHPN xã Tân Lập tổ chức hội nghị tổng kết công tác Hội năm 2025. Trong năm, Hội đã kết nạp "
        "184 hội viên mới, giúp 12 hộ thoát nghèo và vận động 1,6 tỷ đồng xây 9 mái ấm cho phụ nữ khó khăn.")
TAIL = "Hội nghị đã khen thưởng 15 tập thể và 27 cá nhân có thành tích xuất sắc."
REPORT = {184.0, 12.0, 1.6e9, 9.0, 15.0, 27.0}


def values(line: str, where: str) -> set[float]:
    parts = {"top": [line, HEAD, LEDE, TAIL], "middle": [HEAD, LEDE, line, TAIL], "bottom": [HEAD, LEDE, TAIL, line]}
    return {float(f["value"]) for f in extract_facts(normalize_text("\n".join(parts[where])))}


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
@pytest.mark.parametrize("line", [
    "HĐND - UBND XÃ TÂN LẬP, TỈNH ĐỒNG NAI",
    "Cổng thông tin điện tử Phường 3 - Thành phố Vĩnh Long",
    "Đường dây nóng: 1900 1234",
    "Hotline: 0912 345 678",
    "Tổng đài quốc gia bảo vệ trẻ em: 111",
    "Đường dây nóng phòng chống bạo lực gia đình: 1900 1567",
    "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/7/2025 của UBND tỉnh",
    "Thực hiện Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.",
    "Theo Nghị quyết số 1663/NQ-UBTVQH15 năm 2025, tỉnh có 124 xã, phường.",
    "Sau sáp nhập, tỉnh Lâm Đồng mới có 124 xã, phường, đặc khu.",
    "Hội LHPN Phường 12 (cũ), quận Gò Vấp",
    "Xe mang biển kiểm soát 29A-678.90 chở quà về xã.",
    "Số tài khoản: 1234567890 tại Vietcombank chi nhánh Đồng Nai",
    "Tài khoản số 3711 0000 123456 Agribank",
    "Ủng hộ qua STK: 123 456 789 012, chủ tài khoản Hội LHPN xã",
    "Mã số thuế: 0101234567",
    "MST: 3600123456-001",
    "Mã bưu chính: 810000",
    "Địa chỉ: Quốc lộ 1A, km 15, ấp 3, xã Tân Lập",
    "ISSN 1859-0101",
    "Giấy phép số 123/GP-TTĐT do Sở TT&TT cấp ngày 12/3/2024",
    # the days of the Union's year written with a dash
    "Chào mừng Ngày Phụ nữ Việt Nam 20-10, Hội phát động đợt thi đua cao điểm.",
    "Nhân Ngày Quốc tế Thiếu nhi 1-6 và Tết Trung thu, các chi hội trao quà.",
    "Chào mừng kỷ niệm 30-4 và 1-5, Hội tổ chức giải chạy.",
    "Nhân Ngày Gia đình Việt Nam 28-6 năm 2025, Hội tổ chức hội thi.",
])
def test_codes_and_portal_lines_are_no_figures(line, where):
    assert values(line, where) == REPORT


@pytest.mark.parametrize("text, expected", [
    ("Hội đã mở tài khoản cho 120 hội viên.", [120.0]),
    ("Tổng đài đã tiếp nhận: 1.250 cuộc gọi.", [1250.0]),
    ("Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới; tỉnh có 98 xã, phường sau sắp xếp.", [12.0]),
    ("Huyện Yên Thành còn 5 xã chưa đạt chuẩn.", [5.0]),
    ("Xe cứu thương đi được 15 km để đưa sản phụ tới trạm y tế.", [15.0]),
    ("Dịp này, mỗi chi hội giới thiệu 1-5 hội viên ưu tú.", [1.0, 5.0]),
    ("Nhân dịp Tết, Hội tặng quà trị giá từ 1-5 triệu đồng.", [1e6, 5e6]),
])
def test_figures_near_the_same_words_stay(text, expected):
    assert [float(f["value"]) for f in extract_facts(normalize_text(text))] == expected


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
@pytest.mark.parametrize("box", [
    "Thống kê truy cập\nĐang truy cập 18\nHôm nay2,057\nTổng lượt 1.044.231",
    "Thống kê truy cập\nĐang xem 12\nTổng lượt 2.345.678",
    "THỐNG KÊ LƯỢT TRUY CẬP\nTrực tuyến: 25\nTrong tuần: 3.402\nTổng: 987.654",
    "Lượt truy cập hôm nay: 345\nTháng này 12.880\nTất cả 1.234.567",
    "Thống kê truy cập\nThành viên 0\nKhách 31\nTổng cộng 1.204.118",
])
def test_a_counter_box_is_no_figure(box, where):
    """A site's visit counter: every line of the box, its total too, whatever its label."""
    assert values(box, where) == REPORT


@pytest.mark.parametrize("text, expected", [
    ("Kết quả cụ thể:\nHội viên mới: 214\nTổng lượt: 3.200", [214.0, 3200.0]),
    ("Tổng lượt hội viên tham gia: 3.200", [3200.0]),
    ("Lượt xem: 1.234\nTrong năm, Hội đã kết nạp 214 hội viên mới.", [214.0]),
])
def test_lines_after_a_counter_stay_figures(text, expected):
    assert [float(f["value"]) for f in extract_facts(normalize_text(text))] == expected
