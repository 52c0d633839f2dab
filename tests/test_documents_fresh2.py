"""Document facts on patterns met in a second fresh set of real reports (invented texts, real patterns)."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text, province", [
    # "tư tưởng, đạo đức, phong cách Hồ Chí Minh" names the person, not the city
    ("Phụ nữ làm theo lời Bác\nNăm 2023, các cấp hội đẩy mạnh cuộc vận động “Học tập và làm theo tấm gương đạo đức "
     "Hồ Chí Minh”, 1.200 hội viên đăng ký.", None),
    ("Hội LHPN huyện Cái Bè sơ kết 6 tháng\nNăm 2024, Hội LHPN huyện tiếp tục học tập và làm theo tư tưởng, đạo đức, "
     "phong cách Hồ Chí Minh; Hội LHPN tỉnh Tiền Giang khen thưởng 12 tập thể.", "Tiền Giang"),
    ("Hội LHPN Thành phố Hồ Chí Minh tổng kết năm 2023\nNăm 2023, Hội LHPN Thành phố đã học tập và làm theo tư tưởng, "
     "đạo đức, phong cách Hồ Chí Minh.", "Hồ Chí Minh"),
])
def test_the_person_ho_chi_minh_names_no_province(text, province):
    assert info(text)["province"] == province


@pytest.mark.parametrize("text, province, place", [
    # "Hội LHPN thành phố" with the city named bare elsewhere: a provincial city is a district
    ("Phụ nữ Phan Thiết chung tay giảm nghèo\nNăm 2023, Hội LHPN thành phố đã vận động hội viên học tập và làm theo tư "
     "tưởng, đạo đức, phong cách Hồ Chí Minh. 18/18 phường, xã đạt chỉ tiêu.", "Bình Thuận", "thành phố Phan Thiết"),
    ("Hội LHPN thành phố sơ kết 6 tháng đầu năm 2024\nSáng 9/7, tại Hà Tiên, Hội LHPN thành phố tổ chức hội nghị sơ "
     "kết; 7/7 phường, xã hoàn thành chỉ tiêu.", "Kiên Giang", "thành phố Hà Tiên"),
])
def test_an_unnamed_city_union_in_a_provincial_city_is_a_district(text, province, place):
    got = info(text)
    assert (got["org_level"], got["province"], got["place"]) == ("district", province, place)


@pytest.mark.parametrize("text, level, province", [
    # "H." is short for huyện, "Q." for quận; the congress the delegates are elected to attend is the upper one
    ("Đại hội đại biểu phụ nữ H.Xuân Lộc lần thứ VI, nhiệm kỳ 2021-2026\nĐại hội đại biểu phụ nữ huyện lần thứ VI đã "
     "bầu 15 đại biểu dự Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X.", "district", "Đồng Nai"),
    ("Đại hội đại biểu phụ nữ Q.Ninh Kiều lần thứ XI, nhiệm kỳ 2021-2026\nĐại hội bầu 20 đại biểu đi dự Đại hội đại "
     "biểu phụ nữ thành phố Cần Thơ.", "district", "Cần Thơ"),
    ("Phụ nữ Xuân Lộc đoàn kết, sáng tạo\nNgày 12/5/2021, Đại hội đại biểu phụ nữ huyện Xuân Lộc lần thứ VI, nhiệm kỳ "
     "2021-2026 đã bầu 15 đại biểu dự Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X.", "district", "Đồng Nai"),
])
def test_a_district_congress_electing_delegates_to_the_province_s(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"], got["period_span"], got["period_year"]) == (level, province, "term",
                                                                                          2021)


def test_the_upper_congress_ahead_is_not_the_reporter():
    got = info("Sat. May 21st, 2022\nTiến tới Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X\nĐại hội đại biểu phụ "
               "nữ H.Xuân Lộc lần thứ VI, nhiệm kỳ 2021-2026 thành công tốt đẹp.")
    assert (got["org_level"], got["province"], got["place"]) == ("district", "Đồng Nai", "huyện Xuân Lộc")


@pytest.mark.parametrize("text, level, province, place", [
    # a huyện's report about its communes: "10 hội LHPN xã trên địa bàn huyện Tây Giang" counts lower unions
    ("Phụ nữ vùng cao thi đua\nNăm 2023, 10 hội LHPN xã trên địa bàn huyện Tây Giang hoàn thành chỉ tiêu. Hội phụ nữ "
     "xã Lăng vận động 50 hộ.", "district", "Quảng Nam", "huyện Tây Giang"),
    ("Nhiều mô hình hay ở vùng biên\nNăm 2024, các Hội LHPN xã thuộc huyện Mường Nhé đều có mô hình sinh kế; Hội LHPN "
     "xã Sen Thượng giúp 12 hộ.", "district", "Điện Biên", "huyện Mường Nhé"),
    ("Phụ nữ Đông Triều khởi nghiệp\nĐến nay 21/21 Hội LHPN xã, phường trên địa bàn thị xã Đông Triều đã ra mắt câu "
     "lạc bộ. Hội LHPN phường Mạo Khê có 3 tổ hợp tác.", "district", "Quảng Ninh", "thị xã Đông Triều"),
])
def test_a_district_reporting_on_its_communes(text, level, province, place):
    got = info(text)
    assert (got["org_level"], got["province"], got["place"]) == (level, province, place)


@pytest.mark.parametrize("text, level", [
    # the central union named as the one who directs ("định hướng chỉ đạo của Trung ương Hội") does not report
    ("Phụ nữ thi đua lập thành tích\nNăm 2023, các cấp hội bám sát nhiệm vụ chính trị của tỉnh và định hướng chỉ đạo "
     "của Trung ương hội, giúp 300 hộ thoát nghèo.", "province"),
    ("Kết quả nổi bật năm 2024\nThực hiện hướng dẫn của Trung ương Hội, các cơ sở hội đã bám sát nhiệm vụ chính trị "
     "của huyện, vận động 120 hội viên mới.", "district"),
    ("Một năm nhiều dấu ấn\nTheo chỉ đạo của TW Hội, năm 2023 Hội đã gắn với nhiệm vụ chính trị của phường, trao 30 "
     "suất quà.", "commune"),
])
def test_the_central_union_directing_is_not_the_reporter(text, level):
    assert info(text)["org_level"] == level
