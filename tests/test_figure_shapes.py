"""Number shapes of the genre read as their figure (issue 11): money after a period word ("trong năm 4,2 tỷ đồng" is
the year's money, no date "năm 4"), a result over its plan before an abbreviated or place noun ("1/3 HTX", "3/4 khu dân
cư" are no dates), a range's decimal floor ("từ 0,5 - 1 triệu đồng/em" is 500.000 VND/em), places as a count's noun
("3 đặc khu", not "3 đặc"). Invented phrasings."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[tuple[float, str, str | None]]:
    return [(float(f["value"]), f["unit_class"], f["unit"]) for f in extract_facts(normalize_text(text))]


@pytest.mark.parametrize("text, expected", [
    ("Tổng kinh phí hỗ trợ trong năm 1,8 tỷ đồng; mức hỗ trợ từ 200.000 - 400.000 đồng/em/tháng.",
     [(1.8e9, "vnd", "VND"), (200000.0, "vnd", "VND/em/tháng"), (400000.0, "vnd", "VND/em/tháng")]),
    ("Kinh phí cả năm 350 triệu đồng, hỗ trợ từ 1 - 2 triệu đồng/hộ.",
     [(3.5e8, "vnd", "VND"), (1e6, "vnd", "VND/hộ"), (2e6, "vnd", "VND/hộ")]),
    ("Số tiền tiết kiệm trong quý 85 triệu đồng.", [(8.5e7, "vnd", "VND")]),
    ("Quỹ vận động trong tháng 12 tỷ đồng.", [(1.2e10, "vnd", "VND")]),
])
def test_money_after_a_period_word(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trao 2,1 tỷ đồng học bổng, mỗi suất từ 0,5 - 1 triệu đồng/em.",
     [(2.1e9, "vnd", "VND"), (5e5, "vnd", "VND/em"), (1e6, "vnd", "VND/em")]),
    ("Mỗi hộ trồng từ 2,5 - 3 ha rau.", [(2.5, "area", "ha"), (3.0, "area", "ha")]),
    ("Bình quân 2,6 con/phụ nữ.", [(2.6, "other", "con")]),  # an average stays one
])
def test_a_decimal_floor_takes_its_ranges_unit(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025 tỷ lệ hộ nghèo giảm còn 2,1%.", [(2.1, "percent", "%")]),  # the year stays a year
    ("Ngày 12 tháng 5 triệu người xem.", []),  # no money after the month
    ("Tháng 5 đồng chí Chủ tịch Hội đi kiểm tra cơ sở.", []),
    ("Ngày 2/3 HTX Hòa Bình ra mắt.", []),  # a date before a capitalised name
])
def test_dates_stay_dates(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu thành lập hợp tác xã mới đạt 1/3 HTX theo kế hoạch.", (1.0, "ratio", "HTX")),
    ("Thành lập 2/4 THT, đạt 50%.", (2.0, "ratio", "THT")),
    ("Có 3/4 khu dân cư xây dựng mô hình.", (3.0, "ratio", "khu dân cư")),
    ("Tuyên truyền tại 3 đặc khu ven biển.", (3.0, "count", "đặc khu")),
    ("Ra mắt 5 mô hình ở 2 thị trấn.", (2.0, "count", "thị trấn")),
])
def test_abbreviated_and_place_nouns(text, expected):
    assert expected in facts(text)


def hedged(text: str) -> list[tuple[float, str, str]]:
    return [(float(f["value"]), f["unit_class"], f["qualifier"]) for f in extract_facts(normalize_text(text))]


@pytest.mark.parametrize("text, expected", [
    # a table's cells: the share's result, then its plan with a hedge — a tab or a bar ends the share's words
    ("STT\tChỉ tiêu\tKết quả năm 2025\tKế hoạch năm 2026\n"
     "4\tTỷ lệ hội viên tham gia bảo hiểm xã hội tự nguyện\t12,5%\ttrên 15%",
     [(12.5, "percent", "exact"), (15.0, "percent", "more_than")]),
    ("| Tỷ lệ chi hội xếp loại vững mạnh | 88% | trên 90% |",
     [(88.0, "percent", "exact"), (90.0, "percent", "more_than")]),
    ("Tỷ lệ phụ nữ được khám sàng lọc ung thư\t71%\tít nhất 80%",
     [(71.0, "percent", "exact"), (80.0, "percent", "at_least")]),
    # guards: a threshold inside the share's own words stays out
    ("100% chi hội tập hợp được trên 60% phụ nữ trong độ tuổi.", [(100.0, "percent", "exact")]),
    ("95% cơ sở Hội tổ chức ít nhất 2 hoạt động hưởng ứng.", [(95.0, "percent", "exact")]),
])
def test_a_cell_boundary_ends_a_share(text, expected):
    assert hedged(text) == expected
