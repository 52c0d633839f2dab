"""Document facts, third round (issue 11; patterns of check set rc5 in new wordings): a union named without its
kind ("Hội Phụ nữ Đô Lương") whose kind the text writes elsewhere, the resolutions a union implements are not the
reporter, and a horizon year in a headline ("… vào năm 2030") is no period."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text, level, province", [
    ("Hội Phụ nữ Nghi Lộc sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ "
     "XIII\n\nSáng 12/6, Hội Phụ nữ Nghi Lộc tổ chức hội nghị. Về dự có đồng chí Phó Chủ tịch Hội LHPN tỉnh.\n\n"
     "Hội phụ nữ huyện Nghi Lộc có 29 Hội cơ sở với 38.000 hội viên.", "district", "Nghệ An"),
    ("Hội Phụ nữ Triệu Sơn đánh giá giữa nhiệm kỳ\n\nHội Phụ nữ Triệu Sơn tổ chức hội nghị đánh giá giữa nhiệm kỳ "
     "thực hiện Nghị quyết Đại hội Phụ nữ toàn quốc lần thứ XIII. Toàn huyện Triệu Sơn có 34 cơ sở hội.",
     "district", "Thanh Hóa"),
])
def test_a_union_named_without_its_kind_takes_the_kind_the_text_writes(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


def test_a_resolution_implemented_is_not_the_reporter():
    text = ("Sơ kết giữa nhiệm kỳ\n\nHội LHPN huyện Yên Thành tổ chức sơ kết giữa nhiệm kỳ thực hiện Nghị quyết "
            "Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII. Toàn huyện có 39 cơ sở hội.")
    assert info(text)["org_level"] == "district"


@pytest.mark.parametrize("text, expected", [
    ("Phụ nữ góp phần đưa Bắc Giang trở thành tỉnh công nghiệp vào năm 2030\nBan Chấp hành Hội LHPN tỉnh Bắc Giang "
     "khóa XIX, nhiệm kỳ 2021-2026 ra mắt tại Đại hội.\n\nNhiệm kỳ qua, các cấp Hội phụ nữ toàn tỉnh đã giúp 2.000 hộ "
     "thoát nghèo. Trong nhiệm kỳ 2016-2021, các cấp Hội đã thành lập mới 12 hợp tác xã.", ("term", 2021)),
    ("Hướng tới mục tiêu xóa nghèo vào năm 2030, phụ nữ Hà Giang vào cuộc\nĐại hội đại biểu Phụ nữ tỉnh Hà Giang lần "
     "thứ XVII, nhiệm kỳ 2021-2026 diễn ra sáng 10/9. Nhiệm kỳ qua, Hội đã giúp 1.500 hộ.", ("term", 2021)),
])
def test_a_horizon_year_in_the_headline_is_no_period(text, expected):
    got = info(text)
    assert (got["period_span"], got["period_year"]) == expected


def test_a_union_over_communes_is_a_district():
    text = ("Để thực hiện các phong trào thi đua, hằng năm Hội ký giao ước thi đua với 18 cơ sở. Các cơ sở Hội đã "
            "trồng 25 tuyến đường hoa tại các xã: Yên Hưng, Tân Lập, Hòa Bình.")
    assert info(text)["org_level"] == "district"


def test_a_province_naming_its_districts_is_not_a_district():
    text = ("Toàn tỉnh có 120.000 hội viên. Các cơ sở Hội ở các huyện đã trồng 25 tuyến đường hoa tại các xã: "
            "Yên Hưng, Tân Lập.")
    assert info(text)["org_level"] == "province"
