"""Skip and qualifier patterns of the genre found while studying iv24 (eighteenth session, task F), each with
invented phrasings and guards: a visit counter's line opened by its box's label ("Lượt truy cập: Hôm nay 58 | Tuần này
403"), a target owned by a cluster or a province written before its number ("(chỉ tiêu Cụm 12.500)"), a tally of
targets after "từ" ("đạt từ 10/12 chỉ tiêu trở lên": no date) and the floor right after a ratio's noun ("đạt 8/10 chỉ
tiêu trở lên": at least)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"
LEAD = "Hội đã kết nạp 120 hội viên mới.\n"


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(HEAD + text))


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


def fact_of(text: str, number: str) -> dict:
    return next(f for f in facts(text) if number in f["quote"])


# ---- a visit counter's line opened by its box's label (iv24 P6) --------------------------------------------------
@pytest.mark.parametrize("line", [
    "Truy cập: Hôm nay 58 | Tuần này 403",
    "Số lượt truy cập: Đang online 7 | Hôm qua 1.204 | Tổng 96.310",
    "Thống kê: Online 3 | Hôm qua 120",
    "THỐNG KÊ TRUY CẬP: Đang online 12 - Tuần này 2,918 - Tháng trước 11,402",
    "Bộ đếm truy cập: Hôm nay: 75 | Tổng: 31.540",
    "Lượt truy cập:  Hôm nay 96   Tháng này 3.077",
])
def test_a_counter_line_opened_by_its_box_label_is_skipped(line):
    assert values(LEAD + line) == [120.0]


@pytest.mark.parametrize("box", [
    "Bộ đếm truy cập\nThành viên: 3\nKhách 31\nTổng 31.540",
    "SỐ LƯỢT TRUY CẬP\nKhách: 12\nMáy chủ 4\nTất cả 1.044.231",
])
def test_a_counter_box_under_its_heading_is_skipped(box):
    assert values(LEAD + box + "\nHội giúp 14 hộ thoát nghèo.") == [120.0, 14.0]


@pytest.mark.parametrize("line, expected", [
    # guards: a report's table line, a label of the report before its cells, a sentence about visits
    ("Kết quả: Kế hoạch 150 hộ | Thực hiện 164 hộ", [150.0, 164.0]),
    ("Thống kê: Hội viên mới 85 | Hộ thoát nghèo 12", [85.0, 12.0]),
    ("Lượt truy cập: trang thông tin của Hội đạt 15.000 lượt trong năm.", [15000.0]),
])
def test_a_report_line_with_cells_is_read(line, expected):
    assert values(LEAD + line) == [120.0, *expected]


# ---- a target owned by a cluster or a province, its owner before the number (iv24 P7) -------------------------------
@pytest.mark.parametrize("text, value", [
    ("Hội kết nạp 13.020 hội viên mới (chỉ tiêu Cụm 12.500), đạt 104,2%.", 12500.0),
    ("Các tỉnh giúp 3.410 hộ thoát nghèo (kế hoạch Cụm 3.000).", 3000.0),
    ("Toàn Cụm tập huấn 9.860 lượt cán bộ (mục tiêu của Cụm 9.000).", 9000.0),
    ("Thành phố hỗ trợ 2.140 hộ vay vốn (chỉ tiêu Tỉnh 2.000).", 2000.0),
])
def test_a_grouped_number_after_a_plans_owner_is_a_figure(text, value):
    assert value in values(LEAD + text)


@pytest.mark.parametrize("text, expected", [
    # guards: a cluster's own number, a military unit's name
    ("Hội dự hội nghị của các tỉnh thuộc Cụm 3, Cụm 4.", [120.0]),
    ("Hội LHPN các tỉnh thuộc Cụm thi đua số 4 ký giao ước.", [120.0]),
    ("Hội phối hợp với Đoàn kinh tế Quốc phòng 778, tặng quà.", [120.0]),
])
def test_a_clusters_own_number_stays_a_name(text, expected):
    assert values(LEAD + text) == expected


# ---- a tally of targets after "từ" is no date (iv24 P7) ----------------------------------------------------------
@pytest.mark.parametrize("text, value, denominator", [
    ("Hội phấn đấu cả năm đạt từ 10/12 chỉ tiêu trở lên.", 10.0, 12.0),
    ("Tỉnh Hội quyết tâm hoàn thành từ 9/11 chỉ tiêu trở lên.", 9.0, 11.0),
    ("Các xã phải thực hiện đạt từ 7/8 chỉ tiêu Nghị quyết.", 7.0, 8.0),
])
def test_a_tally_of_targets_after_tu_is_a_ratio(text, value, denominator):
    f = fact_of(LEAD + text, f"{int(value)}/{int(denominator)}")
    assert (f["value"], f["denominator"], f["qualifier"]) == (value, denominator,
                                                             "at_least" if "trở lên" in text else "exact")


@pytest.mark.parametrize("text", [
    # guards: dates after "từ", "ngày"
    "Hội nghị khai mạc ngày 8/9 tại hội trường tỉnh.",
    "Cuộc thi diễn ra từ 8/9 đến 15/9.",
    "Từ 1/7 các chi hội sinh hoạt theo mô hình mới.",
    "Từ 1/7 chỉ tiêu được giao lại cho các xã mới.",
])
def test_a_date_after_tu_stays_a_date(text):
    assert values(LEAD + text) == [120.0]


# ---- the floor right after a ratio's noun (iv24 P12) ------------------------------------------------------------
@pytest.mark.parametrize("text, quote", [
    ("Cả 5 huyện đều đạt 8/10 chỉ tiêu trở lên.", "8/10"),
    ("Năm 2025 có 14 xã hoàn thành 6/7 chỉ tiêu trở lên.", "6/7"),
    ("Phấn đấu 100% cơ sở đạt 9/11 chỉ tiêu trở lên.", "9/11"),
])
def test_a_floor_after_a_ratios_noun_is_at_least(text, quote):
    assert fact_of(LEAD + text, quote)["qualifier"] == "at_least"


@pytest.mark.parametrize("text, quote", [
    # guards: the grade bounded, not the ratio (iv16 P20); the ratio of units before a floor of another figure
    ("Có 27/31 chi hội đạt tiêu chí hoạt động khá trở lên.", "27/31"),
    ("Có 5/6 xã đạt 3/4 tiêu chí trở lên.", "5/6"),
    ("Đạt 8/10 chỉ tiêu, trong đó 3 chỉ tiêu đạt 120% trở lên.", "8/10"),
])
def test_a_floor_of_something_else_leaves_the_ratio_exact(text, quote):
    assert fact_of(LEAD + text, quote)["qualifier"] == "exact"


# ---- a per-unit amount of money after a lone "từ" is a floor; a money range with both currencies (iv11 P17, iv7) ----
@pytest.mark.parametrize("text, number", [
    ("Mỗi suất quà trị giá từ 500.000 đồng, gồm gạo, dầu ăn và sữa.", "500.000"),
    ("Hội hỗ trợ từ 2 triệu đồng/hộ cho các hộ bị thiệt hại.", "2 triệu"),
    ("Mỗi hội viên tiết kiệm từ 5 ngàn đồng mỗi tuần.", "5 ngàn"),
    ("Các em được tặng học bổng từ 800.000 đồng mỗi suất.", "800.000"),
])
def test_a_per_unit_amount_after_tu_is_at_least(text, number):
    assert fact_of(LEAD + text, number)["qualifier"] == "at_least"


@pytest.mark.parametrize("text, number", [
    # guards: a change's start, a source, a whole amount
    ("Mức đóng góp tăng từ 2 triệu đồng/hộ lên 3 triệu đồng/hộ.", "2 triệu"),
    ("Hội nhận tài trợ từ 50 triệu đồng của Quỹ Bảo trợ trẻ em tỉnh.", "50 triệu"),
    ("Mỗi hộ được vay từ Ngân hàng Chính sách xã hội 50 triệu đồng.", "50 triệu"),
])
def test_a_start_or_a_source_after_tu_stays_exact(text, number):
    assert fact_of(LEAD + text, number)["qualifier"] == "exact"


@pytest.mark.parametrize("text, low, high", [
    ("Mỗi trẻ được hỗ trợ từ 500.000 đồng đến 1 triệu đồng/tháng.", 500000.0, 1000000.0),
    ("Mỗi suất học bổng trị giá từ 800.000đ đến 1,5 triệu đồng.", 800000.0, 1500000.0),
    ("Mỗi mô hình được hỗ trợ từ 300 triệu đồng – 1,2 tỷ đồng.", 300000000.0, 1200000000.0),
])
def test_a_money_range_with_both_currencies(text, low, high):
    by_value = {f["value"]: f for f in facts(LEAD + text)}
    assert (by_value[low]["qualifier"], by_value[high]["qualifier"]) == ("at_least", "less_than")
