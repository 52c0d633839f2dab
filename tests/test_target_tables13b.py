"""Issue 11, iv12 FINDINGS P2 and P3, in invented layouts: a table of plans and results whose last column judges the
row ("Đánh giá", "Ghi chú", "Mức độ hoàn thành") with the rate in words ("Đạt 87,5%", "Vượt 15%", "Chưa đạt (75%)"):
the rate goes on the row's result when it is the quotient of the result by the plan; money cells written with a
scale word only ("500 triệu", "30 tr") in a row naming money ("Quỹ", "Vốn", "Kinh phí", "Ủng hộ"), under a column
labelled "(triệu đồng)" or beside a cell in đồng are VND values. Guards: a verdict whose rate is no quotient, "Vượt"
alone, a verdict column of a table of shares, a note of a change on last year; a count in a members' row ("2,1
triệu" hội viên), a cell with its own unit, a row counting members a fund reached, the rate column."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def by_value(text: str) -> dict[float, dict]:
    """The facts of a text by value (the test texts give each value once)."""
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


def marks(f: dict) -> tuple:
    return f["target"], f["achievement_pct"]


# --- P2: a verdict cell holds the row's rate ---

@pytest.mark.parametrize("text, rows", [
    ("Chỉ tiêu\tNghị quyết\tThực hiện\tĐánh giá\n"
     "Giúp hộ thoát nghèo\t1.200\t1.050\tĐạt 87,5%\n"
     "Kết nạp hội viên mới\t800\t920\tĐạt 115%\n",
     [(1200, 1050, 87.5, 87.5), (800, 920, 115, 115)]),
    ("| TT | Nội dung | Kế hoạch | Kết quả | Đánh giá |\n"
     "| 1 | Quỹ hội (triệu đồng) | 300 | 345 | Vượt 15% |\n"
     "| 2 | Thành lập câu lạc bộ | 40 | 42 | Vượt 5% |\n",
     [(300e6, 345e6, 15, 115), (40, 42, 5, 105)]),
    ("| Nội dung | Chỉ tiêu | Thực hiện | Ghi chú |\n"
     "| Kết nạp hội viên | 200 | 190 | Đạt 95% |\n"
     "| Nhận đỡ đầu trẻ em | 60 | 45 | Chưa đạt (75%) |\n",
     [(200, 190, 95, 95), (60, 45, 75, 75)]),
    ("STT\tChỉ tiêu\tTỉnh giao\tĐạt được\tMức độ hoàn thành\n"
     "1\tXây dựng mái ấm\t25\t31\tVượt KH 24%\n"
     "2\tHỗ trợ thành lập HTX\t12\t11\tHoàn thành 91,7%\n",
     [(25, 31, 24, 124), (12, 11, 91.7, 91.7)]),
])
def test_a_verdict_cell_gives_its_rate_to_the_row_s_result(text, rows):
    found = by_value(text)
    for plan, result, cell, rate in rows:
        assert marks(found[plan]) == (plan, None)
        assert marks(found[result]) == (plan, rate)
        assert found[cell]["unit_class"] == "percent" and marks(found[cell]) == (None, rate)


def test_a_verdict_whose_rate_is_no_quotient_stays_off_the_result():
    found = by_value("| Nội dung | Kế hoạch | Thực hiện | Đánh giá |\n"
                     "| Kết nạp hội viên | 200 | 150 | Đạt 90% |\n")
    assert marks(found[150]) == (200, None)


@pytest.mark.parametrize("text, result, plan", [
    # "Vượt" alone: the target only
    ("Chỉ tiêu\tNghị quyết\tThực hiện\tĐánh giá\nTỷ lệ tập hợp hội viên\t90%\t91,8%\tVượt\n", 91.8, 90),
    # a note of a change on last year is no rate of the plan
    ("| Nội dung | Kế hoạch | Thực hiện | Ghi chú |\n| Kết nạp hội viên | 200 | 230 | Tăng 15% so với năm 2024 |\n",
     230, 200),
])
def test_a_verdict_without_a_rate_of_the_plan_sets_none(text, result, plan):
    found = by_value(text)
    assert marks(found[result]) == (plan, None)


def test_a_verdict_column_of_a_table_of_shares_sets_nothing():
    found = by_value("| Xã | Hội viên | Tỷ lệ tập hợp | Đánh giá |\n| Xã Hòa An | 1.460 | 85% | Đạt |\n")
    assert marks(found[1460]) == (None, None)


# --- P3: money cells written with a scale word only ---

@pytest.mark.parametrize("text, plan, result, rate", [
    ("| Nội dung | Chỉ tiêu | Thực hiện | Tỷ lệ |\n| Quỹ khuyến học | 80 triệu | 95 triệu | 118,8% |\n",
     80e6, 95e6, 118.8),
    ("Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\nKinh phí hỗ trợ sinh kế\t30 tr\t42 tr\t140\n", 30e6, 42e6, 140),
    ("| TT | Nội dung | Kế hoạch | Thực hiện |\n| 1 | Vận động ủng hộ người nghèo | 250 triệu | 310 triệu |\n",
     250e6, 310e6, None),
    # a column labelled in money
    ("| Nội dung | Kế hoạch (triệu đồng) | Thực hiện (triệu đồng) |\n| Xây nhà tình thương | 450 triệu | 620 triệu |\n",
     450e6, 620e6, None),
    # a cell in đồng beside it
    ("| Nội dung | Kế hoạch | Thực hiện |\n| Hỗ trợ hội viên phát triển kinh tế | 700 triệu đồng | 760 triệu |\n",
     700e6, 760e6, None),
])
def test_a_scale_word_cell_in_a_money_row_is_money(text, plan, result, rate):
    found = by_value(text)
    assert (found[plan]["unit_class"], marks(found[plan])) == ("vnd", (plan, None))
    assert (found[result]["unit_class"], marks(found[result])) == ("vnd", (plan, rate))


@pytest.mark.parametrize("text, value", [
    # members counted in millions
    ("| Nội dung | Chỉ tiêu | Thực hiện | Tỷ lệ |\n| Hội viên toàn tỉnh | 2 triệu | 2,1 triệu | 105% |\n", 2.1e6),
    # a cell with its own unit in a row naming money
    ("| Nội dung | Kế hoạch | Thực hiện |\n| Vốn vay ưu đãi đến hội viên | 2 triệu hội viên | 2,1 triệu hội viên |\n",
     2.1e6),
    # members reached by a fund
    ("| Nội dung | Kế hoạch | Thực hiện |\n| Hội viên được tiếp cận quỹ | 1 triệu | 1,2 triệu |\n", 1.2e6),
])
def test_a_count_in_millions_stays_a_count(text, value):
    assert by_value(text)[value]["unit_class"] == "count"


def test_the_rate_column_of_a_money_row_stays_a_percentage():
    found = by_value("| Nội dung | Chỉ tiêu | Thực hiện | Tỷ lệ |\n"
                     "| Vận động quỹ an sinh | 500 triệu | 648 triệu | 129,6% |\n")
    assert (found[129.6]["unit_class"], marks(found[129.6])) == ("percent", (None, 129.6))
    assert found[648e6]["unit_class"] == "vnd"


# --- a head merged over two lines: the second line names the columns a merged cell above spans ---

@pytest.mark.parametrize("text, rows", [
    ("| STT | Nội dung | Kế hoạch năm | Kết quả thực hiện | |\n"
     "| | | | Số lượng | Tỷ lệ (%) |\n"
     "| 1 | Kết nạp hội viên | 250 | 270 | 108 |\n"
     "| 2 | Thành lập tổ hợp tác | 16 | 12 | 75 |\n",
     [(250, 270, 108), (16, 12, 75)]),
    ("TT\tChỉ tiêu\tTỉnh giao\tĐạt được\t\n"
     "\t\t\tSố lượng\tSo KH (%)\n"
     "1\tGiúp hộ thoát nghèo\t45\t54\t120\n",
     [(45, 54, 120)]),
])
def test_a_head_merged_over_two_lines_reads_its_second_line(text, rows):
    found = by_value(text)
    for plan, result, rate in rows:
        assert marks(found[plan]) == (plan, None)
        assert marks(found[result]) == (plan, rate)
        assert found[rate]["unit_class"] == "percent" and marks(found[rate]) == (None, rate)


def test_a_first_row_of_figures_is_no_second_head_line():
    found = by_value("| TT | Nội dung | Kế hoạch | Thực hiện | Ghi chú |\n"
                     "| 1 | Kết nạp hội viên | 250 | 270 | |\n"
                     "| 2 | Tỷ lệ hội viên sử dụng VNeID (%) | 80 | 84,5 | |\n")
    assert marks(found[270]) == (250, None)
    assert found[84.5]["unit_class"] == "percent" and marks(found[84.5]) == (80, None)


def test_a_markdown_rule_under_a_head_is_no_second_head_line():
    found = by_value("| TT | Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|---|\n"
                     "| 1 | Kết nạp hội viên | 250 | 270 | 108 |\n")
    assert marks(found[270]) == (250, 108) and marks(found[108]) == (None, 108)


def test_a_share_named_on_a_head_s_second_line_makes_its_cells_percentages():
    found = by_value("| TT | Xã | Hội viên | |\n| | | Số lượng | Tỷ lệ tập hợp (%) |\n"
                     "| 1 | Xã Hòa An | 1.460 | 78,5 |\n| 2 | Xã Hòa Bình | 980 | 65,1 |\n")
    assert found[78.5]["unit_class"] == found[65.1]["unit_class"] == "percent"
    assert found[1460]["unit_class"] == "count" and marks(found[78.5]) == (None, None)


def test_a_period_merged_over_its_plan_result_and_rate():
    found = by_value("| TT | Nội dung | Năm 2025 | | | Ghi chú |\n| | | KH | TH | % | |\n"
                     "| 1 | Kết nạp hội viên mới | 300 | 336 | 112 | |\n| 2 | Giúp hộ thoát nghèo | 40 | 38 | 95 | |\n")
    for plan, result, rate in [(300, 336, 112), (40, 38, 95)]:
        assert marks(found[plan]) == (plan, None)
        assert marks(found[result]) == (plan, rate)
        assert found[rate]["unit_class"] == "percent" and marks(found[rate]) == (None, rate)


@pytest.mark.parametrize("text, rows", [
    ("| TT | Nội dung | Năm 2024 | | Năm 2025 | |\n| | | KH | TH | KH | TH |\n"
     "| 1 | Kết nạp hội viên mới | 300 | 310 | 320 | 336 |\n",
     [(300, 310, None), (320, 336, None)]),
    ("Nội dung\tKế hoạch 6 tháng\tThực hiện 6 tháng\tTỷ lệ\tKế hoạch năm\tThực hiện năm\tTỷ lệ\n"
     "Giúp hộ thoát nghèo\t20\t18\t90%\t40\t44\t110%\n",
     [(20, 18, 90), (40, 44, 110)]),
])
def test_two_periods_side_by_side_measure_each_result_against_its_own_plan(text, rows):
    found = by_value(text)
    for plan, result, rate in rows:
        assert marks(found[plan]) == (plan, None)
        assert marks(found[result]) == (plan, rate)


def test_one_plan_beside_two_results_keeps_its_reading():
    found = by_value("| Nội dung | Kế hoạch năm 2025 | Thực hiện 6 tháng | Ước cả năm |\n"
                     "| Kết nạp hội viên mới | 300 | 160 | 320 |\n")
    assert marks(found[160]) == (300, None) and marks(found[320]) == (300, None)


# --- a verdict in words in a flattened table, or in a rate column ---

def test_a_flattened_table_s_verdict_line_gives_its_rate_to_the_row_s_result():
    found = by_value("Kết quả thực hiện các chỉ tiêu năm 2025:\nChỉ tiêu\nThực hiện\nĐánh giá\n"
                     "Kết nạp hội viên mới\n150\n187\nĐạt 124,7%\nGiúp hộ thoát nghèo\n20\n17\nChưa đạt (85%)\n")
    assert marks(found[187]) == (150, 124.7) and marks(found[17]) == (20, 85)
    assert marks(found[124.7]) == (None, 124.7) and marks(found[85]) == (None, 85)


def test_an_excess_in_words_in_a_rate_column_is_the_rate_over_the_plan():
    found = by_value("| Nội dung | KH | TH | So với KH |\n| Kết nạp hội viên | 150 | 187 | Vượt 24,7% |\n"
                     "| Giúp hộ thoát nghèo | 20 | 17 | Đạt 85% |\n")
    assert marks(found[187]) == (150, 124.7) and marks(found[24.7]) == (None, 124.7)
    assert marks(found[17]) == (20, 85)


def test_a_rate_column_s_excess_that_is_the_quotient_itself_stays():
    found = by_value("| Nội dung | KH | TH | So với KH |\n| Kết nạp hội viên | 150 | 45 | Vượt 30% |\n")
    assert marks(found[45]) == (150, 30)


def test_an_excess_counted_in_the_rate_column_is_no_rate():
    found = by_value("| Chỉ tiêu | Mục tiêu NQ | Kết quả | So với NQ |\n"
                     "| Hội viên mới | 3.000 | 3.450 | Vượt 450 hội viên |\n"
                     "| Quỹ hội | 200 triệu đồng | 260 triệu đồng | Tăng 60 triệu đồng |\n")
    assert marks(found[3450]) == (3000, None) and marks(found[450]) == (None, None)
    assert marks(found[260e6]) == (200e6, None) and marks(found[60e6]) == (None, None)


def test_a_verdict_cell_opening_on_its_rate_gives_it_when_the_quotient_does():
    found = by_value("| Nội dung | Kế hoạch | Thực hiện | Đánh giá |\n"
                     "| Kết nạp hội viên | 150 | 187 | 124,7% - Vượt |\n"
                     "| Giúp hộ thoát nghèo | 20 | 17 | 85% (chưa đạt) |\n"
                     "| Thành lập tổ hợp tác | 12 | 15 | 40% do phụ nữ làm chủ |\n")
    assert marks(found[187]) == (150, 124.7) and marks(found[124.7]) == (None, 124.7)
    assert marks(found[17]) == (20, 85)
    assert marks(found[15]) == (12, None)  # a share that is no quotient
