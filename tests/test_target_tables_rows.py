"""Issue 11, iv5's tables (FINDINGS B1, C1, B2), in invented layouts: a table pasted from Word with its cells split by
bars or tabs, a row number and a label first, then a plan column, a result column and a rate column in any order
and under other names ("Chỉ tiêu giao", "KH năm", "Nghị quyết", "Kết quả thực hiện", "So sánh (%)", "Ghi chú"); a
congress's table of targets whose value column names a date ("Đến năm 2030"). Guards: a table of results with no
plan column, a "Tỷ lệ" column that is a share, a rate column against last year ("So với cùng kỳ (%)")."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def by_value(text: str) -> dict[float, dict]:
    """The facts of a text by value (the test tables give each value once)."""
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


def mark(f: dict) -> tuple:
    return f["unit_class"], f["target"], f["achievement_pct"]


# --- B1 + C1: plan, result and rate cells of one row ---

@pytest.mark.parametrize("text, rows", [
    ("Kết quả thực hiện các chỉ tiêu năm 2026\n"
     "| STT | Nội dung | Chỉ tiêu giao | Kết quả thực hiện | So sánh (%) | Ghi chú |\n"
     "| 1 | Kết nạp hội viên mới | 1.200 | 1.350 | 112,5 | Vượt |\n"
     "| 2 | Hỗ trợ phụ nữ khởi nghiệp | 80 | 64 | 80,5 | |\n"
     "Nhìn chung, các chỉ tiêu cơ bản đạt kế hoạch.",
     [(1200, 1350, 112.5), (80, 64, 80.5)]),
    ("TT\tChỉ tiêu\tKH năm 2026\tThực hiện 6 tháng\tTỷ lệ (%)\n"
     "1\tGiúp hộ phụ nữ thoát nghèo\t150\t72\t48\n"
     "2\tXây dựng nhà \"Mái ấm tình thương\"\t12\t9\t75\n",
     [(150, 72, 48), (12, 9, 75)]),
    ("| TT | Nội dung | Thực hiện năm 2025 | Kế hoạch năm 2025 | Đạt (%) |\n"
     "| 1 | Nhận đỡ đầu trẻ em mồ côi | 236 | 200 | 118 |\n"
     "| 2 | Vận động tiết kiệm (triệu đồng) | 940 | 1.000 | 94 |\n",
     [(200, 236, 118), (1_000_000_000, 940_000_000, 94)]),  # the label's "(triệu đồng)": VND values (SCHEMA)
])
def test_a_row_pairs_its_plan_result_and_rate(text, rows):
    found = by_value(text)
    for plan, result, rate in rows:
        assert (found[plan]["target"], found[plan]["achievement_pct"]) == (plan, None)
        assert (found[result]["target"], found[result]["achievement_pct"]) == (plan, rate)
        assert mark(found[rate]) == ("percent", None, rate)


@pytest.mark.parametrize("text, rows", [
    ("STT\tChỉ tiêu\tNghị quyết\tKết quả\tĐánh giá\n"
     "1\tKết nạp hội viên mới (người)\t900\t1.020\tVượt\n"
     "2\tHộ nghèo được giúp thoát nghèo (hộ)\t35\t31\tChưa đạt\n",
     [(900, 1020), (35, 31)]),
    ("TT | Nội dung chỉ tiêu | Chỉ tiêu NQ | Thực hiện | Ghi chú\n"
     "1 | Thành lập tổ hợp tác | 8 | 11 | \n"
     "2 | Quỹ tiết kiệm (triệu đồng) | 500 | 620 | Vượt\n",
     [(8, 11), (500_000_000, 620_000_000)]),  # "(triệu đồng)": VND values (SCHEMA)
])
def test_a_row_judged_in_words_has_a_target_and_no_rate(text, rows):
    found = by_value(text)
    for plan, result in rows:
        assert (found[plan]["target"], found[plan]["achievement_pct"]) == (plan, None)
        assert (found[result]["target"], found[result]["achievement_pct"]) == (plan, None)


def test_a_share_row_s_cells_are_percentages():
    found = by_value("STT\tChỉ tiêu\tNghị quyết\tKết quả\tĐánh giá\n"
                     "1\tTỷ lệ chi hội đạt vững mạnh (%)\t75\t81,4\tVượt\n"
                     "2\tKết nạp hội viên mới\t640\t702\tVượt\n")
    assert mark(found[75]) == ("percent", 75, None)
    assert mark(found[81.4]) == ("percent", 75, None)
    assert found[702]["unit_class"] == "count" and found[702]["target"] == 640


# --- guards ---

@pytest.mark.parametrize("text", [
    # results over two years, no plan column: the rate is a change, nothing is a target
    "| TT | Nội dung | Năm 2024 | Năm 2025 | Tỷ lệ (%) |\n| 1 | Kết nạp hội viên mới | 1.210 | 1.384 | 114,4 |\n",
    # a count and its share
    "Chỉ tiêu\tSố lượng\tTỷ lệ (%)\nHội viên là người dân tộc thiểu số\t1.250\t32,5\n",
])
def test_a_table_without_a_plan_column_sets_no_target(text):
    for f in by_value(text).values():
        assert (f["target"], f["achievement_pct"]) == (None, None), f


def test_a_rate_against_last_year_is_no_achievement():
    found = by_value("| TT | Nội dung | Kế hoạch | Thực hiện | So với cùng kỳ (%) |\n"
                     "| 1 | Kết nạp hội viên mới | 700 | 742 | 104,6 |\n")
    assert (found[700]["target"], found[742]["target"]) == (700, 700)
    assert found[742]["achievement_pct"] is None and found[104.6]["achievement_pct"] is None


def test_a_row_that_does_not_line_up_with_its_head_is_left_alone():
    found = by_value("| TT | Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n"
                     "| 1 | Kết nạp hội viên mới | 742 |\n")
    assert found[742]["target"] is None


# --- B2: a congress's targets, the value column naming when ---

@pytest.mark.parametrize("text, targets", [
    ("Chỉ tiêu chủ yếu:\nSTT\tNội dung chỉ tiêu\tĐến năm 2030\n1\tKết nạp hội viên mới (cả nhiệm kỳ)\t1.500 hội viên\n"
     "2\tTỷ lệ tập hợp phụ nữ\t≥ 85%\n3\tThành lập mới tổ hợp tác\t12 tổ hợp tác\n", [1500, 85, 12]),
    ("| TT | Mục tiêu | Đến cuối nhiệm kỳ |\n| 1 | Giúp hộ phụ nữ thoát nghèo | 90 hộ |\n"
     "| 2 | Chi hội có mô hình tiết kiệm | 100% |\n", [90, 100]),
    ("Chỉ tiêu\tĐến hết năm 2030\nXây dựng nhà \"Mái ấm\"\t25 căn\nNhận đỡ đầu trẻ mồ côi\t140 trẻ\n", [25, 140]),
])
def test_a_target_table_whose_column_names_a_date(text, targets):
    found = by_value(text)
    for t in targets:
        assert found[t]["target"] == t


def test_a_date_column_under_a_label_that_names_no_target_is_no_target():
    found = by_value("STT\tNội dung\tĐến năm 2025\n1\tHội viên được tập huấn\t2.400 lượt\n")
    assert found[2400]["target"] is None


@pytest.mark.parametrize("text, rows", [
    # abbreviated heads, a percent column with no other word
    ("TT | Nội dung | KH | TH | %\n1 | Kết nạp hội viên | 300 | 327 | 109\n2 | Giúp hộ thoát nghèo | 40 | 36 | 90\n",
     [(300, 327, 109), (40, 36, 90)]),
    # an estimate column and cells with their nouns
    ("STT\tChỉ tiêu\tKế hoạch năm 2025\tƯớc thực hiện cả năm\tTỷ lệ (%)\n"
     "1\tHỗ trợ phụ nữ khởi nghiệp\t50 ý tưởng\t54 ý tưởng\t108\n", [(50, 54, 108)]),
])
def test_other_heads_and_cells(text, rows):
    found = by_value(text)
    for plan, result, rate in rows:
        assert found[plan]["target"] == plan
        assert (found[result]["target"], found[result]["achievement_pct"]) == (plan, rate)


def test_a_rate_against_the_plan_beside_one_against_last_year():
    found = by_value("| TT | Chỉ tiêu | KH năm 2025 | Thực hiện năm 2025 | Tỷ lệ so với KH (%) | So với cùng kỳ (%) |\n"
                     "| 1 | Kết nạp hội viên mới | 1.500 | 1.620 | 108 | 112,4 |\n")
    assert (found[1620]["target"], found[1620]["achievement_pct"]) == (1500, 108)
    assert (found[108]["achievement_pct"], found[112.4]["achievement_pct"]) == (108, None)


def test_a_congress_table_with_two_dates():
    found = by_value("STT\tNội dung chỉ tiêu\tĐến năm 2027\tĐến năm 2030\n"
                     "1\tThành lập mới hợp tác xã do phụ nữ quản lý\t4 hợp tác xã\t9 hợp tác xã\n")
    assert (found[4]["target"], found[9]["target"]) == (4, 9)


def test_a_unit_column_s_percent_makes_the_row_a_share():
    found = by_value("TT\tNội dung\tĐơn vị tính\tChỉ tiêu giao\tKết quả\n1\tKết nạp hội viên\tNgười\t500\t620\n"
                     "2\tChi hội vững mạnh\t%\t70\t74\n")
    assert mark(found[70]) == ("percent", 70, None) and mark(found[74]) == ("percent", 70, None)
    assert mark(found[620]) == ("count", 500, None)
