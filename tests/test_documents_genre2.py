"""Document facts on second-round genre phrasings (issue 11): a commune named like an old province in a list of
communes does not make the report that province's."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text", [
    "Hội tổ chức ký giao ước thi đua với 24 cơ sở tại các xã Gia Hội, Bình Thuận, Sơn Thịnh. Có 200 hội viên.",
    "Tại 3 xã Tân Hòa, Đồng Tâm và Thái Bình, Hội LHPN huyện đã giúp 40 hộ thoát nghèo.",
    "Các phường Hạc Thành, Quảng Phú và Phú Thọ đã hoàn thành 100% chỉ tiêu đại hội.",
])
def test_a_commune_in_a_list_of_communes_names_no_province(text):
    assert info(text)["province"] is None


@pytest.mark.parametrize("text, province", [
    # a district then its province, no "tỉnh": the province is named
    ("Hội LHPN huyện Lộc Ninh, Bình Phước tổ chức hội nghị với 80 hội viên.", "Bình Phước"),
    ("Hội LHPN tỉnh Bình Thuận tổng kết năm 2024 với 500 hội viên mới.", "Bình Thuận"),
])
def test_a_province_after_its_district_is_still_named(text, province):
    assert info(text)["province"] == province


@pytest.mark.parametrize("text, level, place", [
    # "T.P X" (with a dot and a space) is a thành phố: a provincial city's union is district level
    ("Hội Liên hiệp Phụ nữ (LHPN) T.P Sông Công tổ chức hội nghị tổng kết năm 2017. Năm qua, Hội đã kết nạp 320 "
     "hội viên.", "district", "thành phố Sông Công"),
    ("Hội LHPN T.P. Tam Kỳ sơ kết 6 tháng đầu năm 2023\nSáu tháng qua, Hội đã giúp 12 hộ.", "district",
     "thành phố Tam Kỳ"),
])
def test_a_city_written_t_p(text, level, place):
    got = info(text)
    assert (got["org_level"], got["place"]) == (level, place)


@pytest.mark.parametrize("text, place", [
    # the place holding its women's congress reports; a district or province leader among the guests does not
    ("Xã Quang Sơn tổ chức Đại hội phụ nữ nhiệm kỳ 2016-2021\nSáng 10/5, xã Quang Sơn tổ chức Đại hội đại biểu phụ "
     "nữ. Tới dự có bà B, Chủ tịch Hội liên hiệp phụ nữ huyện Đô Lương. Nhiệm kỳ qua, Hội đã giúp 20 hộ.",
     "xã Quang Sơn"),
    ("Phường Tân An tổ chức thành công Đại hội đại biểu Phụ nữ lần thứ I\nNgày 5/8/2025, phường Tân An tổ chức Đại "
     "hội. Dự có bà C, Phó Chủ tịch Hội LHPN tỉnh. Đại hội bầu 15 đồng chí.", "phường Tân An"),
])
def test_a_headline_place_holding_its_congress_is_the_reporter(text, place):
    got = info(text)
    assert (got["org_level"], got["place"]) == ("commune", place)


@pytest.mark.parametrize("text, published", [
    ("Phụ nữ xã Tân Lập ra quân làm đường hoa\nThời sự - Ngày đăng : 08:15, 12/04/2022\nHội đã trồng 2 km đường hoa.",
     "2022-04-12"),
    ("Hội LHPN huyện A tổng kết năm\nTin địa phương | Cập nhật: 12/01/2024 09:30\nNăm qua, Hội đã giúp 20 hộ.",
     "2024-01-12"),
])
def test_a_labelled_date_line_after_a_section_name(text, published):
    assert info(text)["published"] == published


@pytest.mark.parametrize("text, year", [
    # a term that starts in the article's year is the one the congress opens, even when it opens its sentence
    ("Hội Phụ nữ xã Tân Phú tổ chức đại hội điểm\nTin tức - Ngày đăng : 07:10, 18/04/2021\nNhiệm kỳ 2016-2021, "
     "Hội đã giúp 30 hộ thoát nghèo. Nhiệm kỳ 2021-2026, hội phấn đấu mỗi năm giúp 3 hộ.", 2021),
    ("Phụ nữ phường An Lạc tổ chức đại hội\nNgày đăng: 20/05/2026\nNhiệm kỳ 2021-2026, Hội kết nạp 300 hội viên. "
     "Nhiệm kỳ 2026-2031, Hội phấn đấu kết nạp 400 hội viên.", 2026),
])
def test_a_congress_year_when_both_terms_open_their_sentences(text, year):
    got = info(text)
    assert (got["period_year"], got["period_span"]) == (year, "term")


def test_a_half_year_without_its_year_takes_the_year_of_the_dates_it_names():
    got = info("Hội LHPN huyện Lạc Sơn sơ kết 6 tháng đầu năm\nTrong 6 tháng đầu năm, Hội đã tổ chức Tuần lễ áo dài từ "
               "01 - 08/3/2024 với 500 hội viên. Ngày 20/4/2024, Hội trao 30 suất quà.")
    assert (got["period_year"], got["period_span"]) == (2024, "6m")


@pytest.mark.parametrize("text, place", [
    ("Bí thư Huyện ủy trao thư chúc mừng Đại hội (Ảnh: Hội LHPN tỉnh cung cấp)\n\nTại Đại hội đại biểu phụ nữ "
     "H.Tân Phú lần thứ VII, nhiệm kỳ 2021-2026, các đại biểu đánh giá kết quả nhiệm kỳ qua: Hội đã giúp 120 hộ.",
     "huyện Tân Phú"),
    ("Lãnh đạo huyện tặng hoa Đại hội. Nguồn: Hội LHPN tỉnh\n\nĐại hội đại biểu phụ nữ huyện Định Quán lần thứ VIII "
     "đã bầu 31 đồng chí vào Ban Chấp hành.", "huyện Định Quán"),
])
def test_a_photo_credit_is_not_the_reporter(text, place):
    got = info(text)
    assert (got["org_level"], got["place"]) == ("district", place)


@pytest.mark.parametrize("text", [
    "Hội Phụ nữ cơ sở: điểm tựa của hội viên\nNăm 2017, 61 Hội Phụ nữ cơ sở trong tỉnh đã giúp 500 hộ thoát nghèo.",
    "Điểm tựa của chị em\nCác chi hội trong toàn tỉnh đã giúp 300 hộ.",
])
def test_every_base_union_of_the_province_is_a_province_report(text):
    assert info(text)["org_level"] == "province"


@pytest.mark.parametrize("text, level, place", [
    # a ward named like a province: its bare name later is the ward, not the province
    ("Đại hội Phụ nữ phường Hòa Bình lần thứ I\nSáng 12/8/2025, Hội LHPN phường Hòa Bình tổ chức Đại hội nhiệm kỳ "
     "2025-2030 với 120 đại biểu. Hòa Bình là phường trung tâm.", "commune", "phường Hòa Bình"),
    # "P." shortens phường
    ("Phụ nữ P.Hòa Bình chung tay\nHội LHPN P.Hòa Bình đã giúp 12 hộ.", "commune", "phường Hòa Bình"),
])
def test_a_ward_named_like_a_province_is_not_the_province(text, level, place):
    got = info(text)
    assert (got["org_level"], got["place"], got["province"]) == (level, place, None)


def test_a_womens_festival_is_not_a_union():
    got = info("Ngày hội phụ nữ Hải Dương\nPhụ nữ phường Hải Dương đã trao 30 suất quà.")
    assert got["province"] is None
