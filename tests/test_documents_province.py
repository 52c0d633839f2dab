"""Which province a report is about (invented texts, real patterns of the genre)."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text, level, province", [
    # after the 2025 reform a ward or commune may bear a former province's name and report to its new province
    ("Đại hội đại biểu Phụ nữ phường Vĩnh Phúc lần thứ I, nhiệm kỳ 2025 – 2030\nChiều 22/10, Hội LHPN phường Vĩnh "
     "Phúc tổ chức Đại hội. Dự có bà Nguyễn Thị A, Chủ tịch Hội LHPN tỉnh Phú Thọ.", "commune", "Phú Thọ"),
    ("Phụ nữ phường Bắc Giang chung tay xây dựng đô thị văn minh\nHội LHPN phường Bắc Giang đã vận động 1.200 hội "
     "viên tham gia. Lãnh đạo Hội LHPN tỉnh Bắc Ninh dự.", "commune", "Bắc Ninh"),
    # a district named like a province (huyện Quảng Ninh, Quảng Bình) is not that province
    ("Hội LHPN huyện Quảng Ninh tổng kết năm 2023\nNăm 2023, Hội LHPN huyện Quảng Ninh, tỉnh Quảng Bình đã giúp 50 "
     "hộ thoát nghèo.", "district", "Quảng Bình"),
])
def test_places_named_like_provinces(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


@pytest.mark.parametrize("text, province", [
    ("'Tết yêu thương' đến với phụ nữ, trẻ em khu vực biên giới Tây Ninh\nNgày 15/1, Đoàn Công tác Trung ương Hội "
     "LHPN Việt Nam đã đến thăm, tặng 20 phần quà tại tỉnh Tây Ninh.", "Tây Ninh"),
    ("Trung ương Hội LHPN Việt Nam trao 200 suất quà cho phụ nữ Hà Giang\nNgày 20/1, Đoàn công tác Trung ương Hội "
     "LHPN Việt Nam đã đến huyện Mèo Vạc trao quà.", "Hà Giang"),
    # no province in the headline: the central union's own report, whatever venue the body names
    ("Trung ương Hội LHPN Việt Nam tổng kết công tác năm 2023\nSáng 5/1, tại Hà Nội, Đoàn Chủ tịch Trung ương Hội "
     "tổ chức hội nghị. Cả nước kết nạp 500.000 hội viên.", None),
])
def test_a_central_programme_in_one_province(text, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("central", province)


@pytest.mark.parametrize("text, province", [
    ("Hơn 200 đại biểu nghe báo cáo kết quả Đại hội\nSáng 16/3, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị. "
     "Đại hội diễn ra tại thủ đô Hà Nội. Đoàn đại biểu tỉnh Lạng Sơn gồm 11 đại biểu.", "Lạng Sơn"),
    ("Hội nghị tập huấn\nNgày 4/5, Hội LHPN tỉnh tổ chức tập huấn tại Đà Nẵng cho 80 cán bộ Hội của tỉnh Quảng "
     "Nam.", "Quảng Nam"),
])
def test_the_province_written_with_tinh_beats_a_venue(text, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("province", province)


@pytest.mark.parametrize("text, level, province", [
    # after 1 July 2025 the text names the province a commune now belongs to (An Khương was Bình Phước's)
    ("Hội LHPN xã An Khương sơ kết 6 tháng đầu năm 2025\nNgày 5/7, Hội LHPN xã An Khương, tỉnh Đồng Nai tổ chức hội "
     "nghị.", "commune", "Đồng Nai"),
    ("Hội LHPN xã An Khương sơ kết 6 tháng đầu năm 2024\nNgày 5/7, Hội LHPN xã An Khương, huyện Hớn Quản tổ chức "
     "hội nghị.", "commune", "Bình Phước"),
    # the 2025 special zones report like communes
    ("Đại hội đại biểu Phụ nữ đặc khu Cô Tô lần thứ I, nhiệm kỳ 2025-2030\nSáng 2/10, Hội LHPN đặc khu Cô Tô tổ chức "
     "Đại hội.", "commune", "Quảng Ninh"),
])
def test_communes_across_the_2025_reform(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


@pytest.mark.parametrize("text", [
    "Cụm thi đua số 1 tổng kết năm 2024\nNgày 10/12/2024, tại tỉnh Lào Cai, Cụm thi đua số 1 tổ chức hội nghị tổng "
    "kết công tác thi đua năm 2024.",
    "Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2025\nHội nghị do Hội LHPN tỉnh Gia Lai đăng cai.",
])
def test_a_cluster_report_is_not_its_hosts(text):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("cluster", None)


@pytest.mark.parametrize("text, province", [
    ("Hội LHPN xã Tân Lập sơ kết 9 tháng đầu năm 2025\nNgày 2/10, Hội LHPN xã Tân Lập (huyện Đồng Phú, tỉnh Bình "
     "Phước cũ), tỉnh Đồng Nai tổ chức hội nghị.", "Đồng Nai"),
    ("Phụ nữ phường Vị Thanh làm kinh tế giỏi\nHội LHPN phường Vị Thanh (tỉnh Hậu Giang trước đây), thành phố Cần "
     "Thơ có 1.200 hội viên.", "Cần Thơ"),
])
def test_a_former_province_named_beside_the_new_one(text, province):
    assert info(text)["province"] == province
