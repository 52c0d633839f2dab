"""Document metadata on made-up reports of every level, written the way the genre writes them."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text, level, province, span, year", [
    ("Hội LHPN huyện Yên Định tổng kết công tác Hội năm 2023\nNgày 28/12/2023, Hội LHPN huyện Yên Định tổ chức "
     "Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2023. Đồng chí Phó Chủ tịch Hội LHPN tỉnh Thanh Hoá dự.",
     "district", "Thanh Hóa", "year", 2023),
    ("Hội LHPN xã Tân Lập sơ kết 6 tháng đầu năm 2024\nChiều 5/7, Hội LHPN xã Tân Lập, huyện Đồng Phú, tỉnh Bình "
     "Phước tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2024.", "commune", "Bình Phước", "6m", 2024),
    ("TP.HCM: Hội LHPN Thành phố tổng kết công tác năm 2024\n(PNO) - Sáng 10/1/2025, Hội LHPN TP.HCM tổ chức hội "
     "nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024.", "province", "Hồ Chí Minh", "year", 2024),
    ("Trung ương Hội LHPN Việt Nam sơ kết công tác 9 tháng đầu năm 2023\nNgày 5/10/2023, Đoàn Chủ tịch Trung ương "
     "Hội LHPN Việt Nam tổ chức hội nghị sơ kết. Cả nước có hơn 19,5 triệu hội viên.", "central", None, "9m", 2023),
    ("Hội LHPN thành phố Vinh: Nhiều kết quả nổi bật giữa nhiệm kỳ\nGiữa nhiệm kỳ 2021-2026, Hội LHPN thành phố "
     "Vinh đã thực hiện đạt và vượt 10/12 chỉ tiêu.", "district", "Nghệ An", "term", None),  # no year named, none dated
    ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH HOÀ BÌNH TỔNG KẾT NĂM 2022\nNăm 2022, các cấp Hội đã giúp 320 hộ thoát nghèo.",
     "province", "Hòa Bình", "year", 2022),
    ("Cụm thi đua các tỉnh miền núi phía Bắc tổng kết năm 2023\nCụm gồm Hà Giang, Cao Bằng, Lào Cai, Yên Bái.",
     "cluster", None, "year", 2023),
])
def test_level_province_and_period(text, level, province, span, year):
    got = info(text)
    assert (got["org_level"], got["province"], got["period_span"], got["period_year"]) == (level, province, span, year)


def test_the_period_planned_is_not_the_period_reported():
    got = info("Hội LHPN tỉnh Bắc Kạn triển khai nhiệm vụ 3 tháng cuối năm\nSáng 23/9, Hội LHPN tỉnh Bắc Kạn tổ chức "
               "sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2024.")
    assert (got["period_span"], got["period_year"], got["period_label"]) == ("9m", 2024, "9 tháng đầu năm")


@pytest.mark.parametrize("head, published", [
    ("Tiêu đề\n\nThứ sáu - 05/01/2024 07:32 61 0\nNội dung", "2024-01-05"),
    ("Tiêu đề\n\nNhóm PV\n18/11/2022 - 10:22\nNội dung", "2022-11-18"),
    ("date 2023-07-14\nTiêu đề\nNội dung", "2023-07-14"),
    ("Tiêu đề\nThứ ba, 19-8-25 20:10:11\nNội dung", None),
    ("Tiêu đề\nThứ năm, ngày 2 tháng 5 năm 2024\nNội dung", None),
    ("Tiêu đề\nSáng ngày 13/7, Hội LHPN thành phố tổ chức sơ kết.", None),
])
def test_publication_date_but_not_page_clocks(head, published):
    assert info(head)["published"] == published


def test_ambiguous_commune_names_leave_the_province_empty_with_a_reason():
    got = info("Xã Tân Lập: Phụ nữ chung tay\nHội Phụ nữ xã Tân Lập hiện có 11 chi hội với 1.508 hội viên.")
    assert got["org_level"] == "commune" and got["province"] is None
    assert got["province_note"].startswith("ambiguous")


def test_the_exact_spelling_beats_names_that_differ_only_by_marks():
    # "Cam Linh" (Khánh Hòa) folds to the same key as "Cẩm Lĩnh" (Hà Nội, Hà Tĩnh)
    got = info("Phường Cam Linh: Phụ nữ chung tay\nHội Phụ nữ phường Cam Linh hiện có 11 chi hội với 1.508 hội viên.")
    assert (got["org_level"], got["province"]) == ("commune", "Khánh Hòa")
    assert got["province_note"] == "from the gazetteer (phường Cam Linh)"


@pytest.mark.parametrize("text, level, province", [
    ("Phụ nữ huyện Krông Búk chung sức xây dựng nông thôn mới\nThời gian qua, Hội LHPN huyện Krông Búk đã vận "
     "động hội viên đóng góp 500 ngày công.", "district", "Đắk Lắk"),
    ("Đại hội đại biểu Phụ nữ xã Ea Tu lần thứ XIV, nhiệm kỳ 2021-2026\nĐại hội có 120 đại biểu tham dự.",
     "commune", "Đắk Lắk"),
    ("Sơ kết 6 tháng đầu năm 2024\nSáng 10/7, Hội LHPN thị xã Phú Mỹ tổ chức hội nghị sơ kết.", "district",
     "Bà Rịa - Vũng Tàu"),
    ("Phụ nữ Thủ đô tích cực tham gia xây dựng nông thôn mới\nHội LHPN Hà Nội cho biết năm 2023 đã có 500 mô hình.",
     "province", "Hà Nội"),
    ("Phụ nữ huyện Yên Định làm kinh tế giỏi\nNăm 2023 có 120 hộ thoát nghèo.", "district", "Thanh Hóa"),
])
def test_more_ways_of_naming_the_reporting_union(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


@pytest.mark.parametrize("text, level, province", [
    ("Hội LHPN tỉnh Quảng Ninh dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng\nNăm 2023, Hội đã giúp 320 hộ.",
     "province", "Quảng Ninh"),
    ("Cụm thi đua số 3 tổng kết năm 2023 tại Hội LHPN tỉnh Hà Nam\nCụm gồm 5 tỉnh: Hà Nam, Nam Định, Ninh Bình, "
     "Thái Bình, Hưng Yên.", "cluster", None),
])
def test_cluster_headlines_and_province_headlines_that_mention_a_cluster(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


def test_the_central_union_guiding_a_province_is_not_the_reporter():
    got = info("Phụ nữ Quảng Nam chung tay xây dựng nông thôn mới\nDưới sự chỉ đạo của Trung ương Hội LHPN Việt Nam, "
               "Hội LHPN tỉnh Quảng Nam đã vận động 1.200 hộ tham gia.")
    assert (got["org_level"], got["province"]) == ("province", "Quảng Nam")
