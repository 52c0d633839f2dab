"""Genre patterns that cost the period or the date on fresh real reports (round two): a congress's own term over the
term it reviews, the year reviewed over the year planned, page clocks beside hotlines, "năm qua" in January, "so năm
X". Invented texts: other provinces, communes and wordings than the reports the patterns were seen in."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


def period(text: str) -> tuple:
    got = info(text)
    return got["period_span"], got["period_year"]


# -- 1. a congress opens its own term; the term it reviews is the one closing -----------------------------------
@pytest.mark.parametrize("text", [
    # "Đại hội" as the subject of a sentence about the closing term: the review is not the congress's term
    "Phụ nữ xã Quảng Phú đoàn kết, đổi mới\nNgày 9/9, Hội LHPN xã Quảng Phú tổ chức Đại hội đại biểu lần thứ I. Đại "
    "hội đã thông qua báo cáo kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025 và phương hướng nhiệm kỳ 2025 - 2030.",
    # the union's own Party committee holds its congress (after the 2025 reform, "lần thứ I")
    "Đại hội Đảng bộ Cơ quan Hội LHPN tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025 – 2030\nSáng 20/5, 60 đảng viên dự Đại "
    "hội. Đại hội đánh giá kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025: 100% chi bộ hoàn thành tốt.",
    "Đảng bộ Cơ quan Trung ương Hội LHPN Việt Nam tổ chức Đại hội\nSáng 12/6, Đại hội đại biểu Đảng bộ Cơ quan Trung "
    "ương Hội LHPN Việt Nam lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Kết quả thực hiện nghị quyết đại hội nhiệm kỳ "
    "2020 - 2025, Đảng bộ đã lãnh đạo hỗ trợ thành lập 70 hợp tác xã.",
    # a city's name written "TP." inside the congress's name, and the term spelt "nhiệm kì"
    "Phụ nữ phường Sài Gòn tiếp nối truyền thống\nSáng 14/8, Đại hội đại biểu Phụ nữ phường Sài Gòn, TP. Hồ Chí Minh "
    "lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra. Đại hội đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2021 - 2026.",
    "Phụ nữ xã Tam Thanh vững bước\nNgày 3/10, Đại hội Phụ nữ xã Tam Thanh lần thứ I, nhiệm kì 2025-2030 thành công "
    "tốt đẹp. Đại hội đã tổng kết việc thực hiện nghị quyết đại hội nhiệm kì 2020-2025.",
    # the closing term named first, in the headline, the congress in the lede
    "Phụ nữ xã Ea Kao: 5 năm thực hiện Nghị quyết nhiệm kỳ 2020 - 2025 đạt nhiều kết quả\nSáng 25/9, Đại hội đại biểu "
    "Phụ nữ xã Ea Kao lần thứ I, nhiệm kỳ 2025 - 2030 được tổ chức với 120 đại biểu.",
])
def test_a_congress_opens_its_own_term_not_the_one_it_reviews(text):
    assert period(text) == ("term", 2025)


@pytest.mark.parametrize("text, expected", [
    # no congress: the resolution's term under review is still the period
    ("Kết quả thực hiện Nghị quyết Đại hội Phụ nữ huyện Đức Thọ nhiệm kỳ 2020 - 2025\n\n15/06/2024\n\nSau 4 năm, Hội "
     "LHPN huyện Đức Thọ đạt 10/12 chỉ tiêu.", ("term", 2024)),
    ("Hội LHPN tỉnh Ninh Thuận: Trong nhiệm kỳ 2016 - 2021 giúp 900 hộ thoát nghèo\nTrong nhiệm kỳ 2016 - 2021, các "
     "cấp Hội đã giúp 900 hộ.", ("term", 2021)),
    # greeting the Party's congress is still no congress of the union
    ("Phụ nữ xã Hòa Tiến thi đua chào mừng Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030\nNăm 2024, Hội LHPN xã "
     "giúp 12 hộ thoát nghèo.", ("year", 2024)),
])
def test_a_term_under_review_without_a_congress(text, expected):
    assert period(text) == expected


# -- 2. a review and the next year's tasks: the year reviewed ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN huyện Krông Pắc triển khai nhiệm vụ trọng tâm năm 2019\nNgày 10/1/2019, Hội LHPN huyện tổ chức hội nghị "
     "tổng kết công tác Hội năm 2018, triển khai nhiệm vụ trọng tâm năm 2019. Năm 2018, các cấp Hội giúp 50 hộ.",
     ("year", 2018)),
    ("Phụ nữ thị xã Ba Đồn triển khai chương trình công tác năm 2024\nSáng 8/1, Hội LHPN thị xã Ba Đồn tổ chức hội "
     "nghị tổng kết công tác Hội và phong trào phụ nữ năm 2023.", ("year", 2023)),
    # the plan named before the review, in one sentence
    ("Hội LHPN xã Nghĩa Trung ra quân\nNgày 6/1/2025, Hội LHPN xã Nghĩa Trung tổ chức hội nghị triển khai nhiệm vụ "
     "công tác Hội năm 2025 và tổng kết công tác Hội năm 2024.", ("year", 2024)),
])
def test_the_year_reviewed_wins_over_the_year_planned(text, expected):
    assert period(text) == expected


#