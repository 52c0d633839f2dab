"""Who reports: the reporting union's level, read the way the genre names it (invented texts, real patterns)."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text, level, province", [
    # the abbreviation introduced in brackets: "Hội Liên hiệp Phụ nữ (LHPN) tỉnh …"
    ("Hơn 300 cán bộ dự hội nghị trực tuyến\nSáng 16/3, Hội Liên hiệp Phụ nữ (LHPN) tỉnh Bắc Giang tổ chức hội "
     "nghị sơ kết công tác Hội quý I năm 2024.", "province", "Bắc Giang"),
    ("Phụ nữ vùng cao vươn lên thoát nghèo\nNgày 2/4, Hội Liên hiệp phụ nữ (LHPN) huyện Mèo Vạc tổ chức hội nghị "
     "biểu dương 45 hộ thoát nghèo.", "district", "Hà Giang"),
    # "TX" for thị xã
    ("Đông Hòa: Hội LHPN ký kết giao ước thi đua\nNgày 5/2, Hội LHPN TX Đông Hòa tổ chức hội nghị ký kết giao ước "
     "thi đua năm 2025 giữa 11 cơ sở hội.", "district", "Phú Yên"),
    ("Hương Thủy: Hội LHPN sơ kết 6 tháng\nSáng 8/7, Hội LHPN TX. Hương Thủy tổ chức hội nghị sơ kết 6 tháng đầu "
     "năm 2023.", "district", "Huế"),
])
def test_abbreviated_union_names(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


@pytest.mark.parametrize("text, level", [
    # an anniversary of the national union, celebrated by a commune union
    ("Tân Lập: Kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam\nCác chi hội ở 6/6 thôn tổ chức lễ kỷ "
     "niệm. Ban chấp hành Hội Phụ nữ xã đã trao 35 phần quà cho hội viên khó khăn.", "commune"),
    ("Chào mừng 95 năm thành lập Hội LHPN Việt Nam\nSáng 18/10, Hội LHPN huyện Yên Định tổ chức mít tinh, trao 20 "
     "suất quà.", "district"),
    # a guest's title is not the reporter: "Ủy viên Đoàn Chủ tịch TW Hội LHPN Việt Nam" at a city's festival
    ("Ngày hội phụ nữ\n\nTham dự có bà Nguyễn Thị A, Ủy viên Đoàn Chủ tịch TW Hội LHPN Việt Nam, cùng gần 1.000 hội "
     "viên. Kết thúc hội thi, Hội LHPN thành phố đã trao 1 giải nhất và 9 giải khuyến khích.", "province"),
])
def test_guests_and_anniversaries_are_not_the_reporter(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text, level, province, place", [
    # "Hội LHPN thành phố" without a name: the city the text names elsewhere
    ("Năm 2025, Ban Thường vụ Hội LHPN thành phố đã ban hành Chương trình công tác. Hỗ trợ 26 dự án tham gia cuộc "
     "thi của UBND TP. Huế tổ chức.", "province", "Huế", None),
    ("Năm 2024, Hội LHPN thành phố đã hỗ trợ 120 hộ thoát nghèo, phối hợp với Sở Công Thương TP. Cần Thơ tổ chức "
     "phiên chợ.", "province", "Cần Thơ", None),
    ("Năm 2023, Hội LHPN thành phố đã giúp 45 hộ thoát nghèo. Lãnh đạo thành phố Vinh ghi nhận kết quả.",
     "district", "Nghệ An", "thành phố Vinh"),
    # an office-holder's name after "Chủ tịch Hội LHPN thành phố" is not a city
    ("Ngày hội\n\nChủ tịch Hội LHPN thành phố Trần Thị Kim Loan cùng 1.000 hội viên tham dự.", "province", None, None),
])
def test_the_city_union_without_a_name(text, level, province, place):
    got = info(text)
    assert (got["org_level"], got["province"], got["place"]) == (level, province, place)


@pytest.mark.parametrize("text, level, province", [
    ("Kết quả thực hiện chỉ tiêu Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII nhiệm kỳ 2022 - 2027\n"
     "Chỉ tiêu 1: hằng năm các cấp Hội giám sát ít nhất 01 chính sách.", "central", None),
    # a province that heard about the national congress is the reporter, not the congress
    ("Hơn 300 cán bộ nghe báo cáo kết quả Đại hội đại biểu Phụ nữ toàn quốc\nSáng 20/3, Hội Liên hiệp Phụ nữ "
     "(LHPN) tỉnh tổ chức hội nghị. Đoàn đại biểu tỉnh Cao Bằng gồm 11 đại biểu.", "province", "Cao Bằng"),
    ("Quán triệt Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII\nSáng 5/4, Hội LHPN tỉnh Sơn La tổ chức "
     "hội nghị với 250 đại biểu.", "province", "Sơn La"),
])
def test_the_national_congress(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


@pytest.mark.parametrize("text, level, province, place", [
    ("Thủ Thừa: Hội LHPN tỉnh Long An làm việc với Hội LHPN huyện\nSáng 15/4, đoàn công tác Hội LHPN tỉnh đến "
     "huyện Thủ Thừa làm việc. Trong quý 1, các cấp hội đã vận động 2.160 phần quà.", "district", "Long An",
     "huyện Thủ Thừa"),
    ("Hội LHPN tỉnh Nghệ An làm việc với Hội LHPN huyện Quỳnh Lưu\nSáng 3/4, đoàn công tác của tỉnh nghe báo cáo: "
     "6 tháng đầu năm, Hội LHPN huyện đã kết nạp 320 hội viên.", "district", "Nghệ An", "huyện Quỳnh Lưu"),
    # a party leader working with the province union: the province reports
    ("Chiều 23/7, đồng chí Phó Bí thư Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Hội LHPN tỉnh Hòa Bình về kết "
     "quả thực hiện Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII.", "province", "Hòa Bình", None),
])
def test_the_union_visited_for_a_working_session_reports(text, level, province, place):
    got = info(text)
    assert (got["org_level"], got["province"], got["place"]) == (level, province, place)
