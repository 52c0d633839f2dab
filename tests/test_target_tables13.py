"""Issue 11, iv14 FINDINGS P1 and iv13 FINDINGS A and I, in invented layouts: a table of plans and results whose heads
name the plan by its giver ("Huyện giao", "Đăng ký", "KH giao"), the rate by an abbreviation ("So KH", "%KH",
"% thực hiện") and the result by the thing counted ("Hội viên kết nạp"), told apart by the rate's quotient; a plan's
table allocating its targets, the target word only in the title above it; two results, then one bracket holding both
targets, after a verdict or after the results' own rates. Guards: results by year, places with counts only, a "Tỷ lệ"
column that is a share, a review's table by place, a bracket of other amounts, rates that are no quotient."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def by_value(text: str) -> dict[float, dict]:
    """The facts of a text by value (the test texts give each value once)."""
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


def marks(f: dict) -> tuple:
    return f["target"], f["achievement_pct"]


# --- iv14 P1: plan, result and rate columns under heads the rules did not know ---

@pytest.mark.parametrize("text, rows", [
    ("| TT | Nội dung | Huyện giao | Đạt được | So KH |\n"
     "| 1 | Kết nạp hội viên mới | 150 | 162 | 108% |\n"
     "| 2 | Giúp hộ thoát nghèo | 20 | 17 | 85% |\n"
     "Các chỉ tiêu khác đều đạt.",
     [(150, 162, 108), (20, 17, 85)]),
    ("Tên chi hội\tKết quả\tĐăng ký\t% thực hiện\n"
     "Chi hội thôn Đông\t45\t40\t112,5\n"
     "Chi hội thôn Tây\t27\t30\t90\n",
     [(40, 45, 112.5), (30, 27, 90)]),
    ("| Thôn, bản | Hội viên kết nạp | KH giao | %KH |\n"
     "| Bản Lướt | 36 | 30 | 120% |\n"
     "| Bản Co Phương | 14 | 20 | 70% |\n",
     [(30, 36, 120), (20, 14, 70)]),
    ("Đơn vị\tChỉ tiêu\tHộ được giúp thoát nghèo\tTỷ lệ (%)\n"
     "Xã Phú Lộc\t16\t12\t75\n"
     "Xã Lộc Thủy\t10\t11\t110\n",
     [(16, 12, 75), (10, 11, 110)]),
])
def test_a_row_pairs_its_plan_result_and_rate_under_other_heads(text, rows):
    found = by_value(text)
    for plan, result, rate in rows:
        assert marks(found[plan]) == (plan, None)
        assert marks(found[result]) == (plan, rate)
        assert found[rate]["unit_class"] == "percent" and marks(found[rate]) == (None, rate)


@pytest.mark.parametrize("text", [
    # results over two years, no plan column
    "| TT | Nội dung | Năm 2024 | Năm 2025 | Tăng/giảm |\n| 1 | Kết nạp hội viên mới | 1.180 | 1.265 | 85 |\n",
    # places with counts only
    "| Xã, phường | Chi hội | Hội viên | Tổ hợp tác |\n| Xã Hòa An | 12 | 1.460 | 3 |\n| Xã Hòa Bình | 9 | 980 | 2 |\n",
    # a share of members beside a plan column: the rate is no quotient of a cell by the plan
    "| Xã | Hội viên | Kế hoạch kết nạp | Tỷ lệ tập hợp (%) |\n| Xã Hòa An | 1.460 | 80 | 72,4 |\n"
    "| Xã Hòa Bình | 980 | 50 | 65,1 |\n",
])
def test_a_table_that_measures_nothing_against_a_plan_links_nothing(text):
    found = by_value(text)
    for value in (1265, 1460, 980):
        if value in found:
            assert marks(found[value]) == (None, None), found[value]
    for value in (85, 72.4, 65.1):
        if value in found:
            assert found[value]["achievement_pct"] is None, found[value]


# --- iv13 A: a plan's allocation table, the target word only in the title above it ---

@pytest.mark.parametrize("text, targets", [
    ("III. GIAO CHỈ TIÊU NĂM 2026 CHO CƠ SỞ\nĐơn vị | Hội viên mới | Hộ thoát nghèo\nXã Tân Lập | 85 | 6\n"
     "Xã Tân Hòa | 62 | 4\nIV. TỔ CHỨC THỰC HIỆN\n", [85, 6, 62, 4]),
    ("Bảng phân bổ chỉ tiêu phát triển hội viên năm 2026\nTT\tChi hội\tSố lượng\tGhi chú\n1\tChi hội Nam Sơn\t25\t\n"
     "2\tChi hội Bắc Sơn\t31\tthôn mới sáp nhập\n", [25, 31]),
    ("Phụ lục: Chỉ tiêu giao các xã, phường\n| Xã/phường | Tiết kiệm (triệu đồng) | Nhà Mái ấm |\n"
     "| Phường Bắc Lý | 300 | 2 |\n| Xã Liêm Cần | 150 | 1 |\n", [3e8, 2, 1.5e8, 1]),  # (triệu đồng): VND
])
def test_an_allocation_table_s_cells_are_targets(text, targets):
    found = by_value(text)
    for t in targets:
        assert found[t]["target"] == found[t]["value"], found[t]


@pytest.mark.parametrize("text, values", [
    # a review's table by place: results, not targets
    ("II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC CƠ SỞ\nĐơn vị | Hội viên mới | Hộ thoát nghèo\nXã Tân Lập | 85 | 6\n",
     [85, 6]),
    # places with counts only
    ("Số hội viên theo đơn vị\n| Xã | Chi hội | Hội viên |\n| Xã Hòa An | 12 | 1.460 |\n", [12, 1460]),
])
def test_a_table_under_another_title_sets_no_target(text, values):
    found = by_value(text)
    for v in values:
        assert found[v]["target"] is None, found[v]


# --- iv13 I: two results, then one bracket holding both targets ---

@pytest.mark.parametrize("text, pairs", [
    ("Năm 2025, Hội kết nạp 320 hội viên và giúp 28 hộ thoát nghèo, vượt chỉ tiêu (300 hội viên, 25 hộ).",
     [(320, 300), (28, 25)]),
    ("Thành lập mới 7 tổ hợp tác và 3 hợp tác xã, vượt kế hoạch đề ra (5 tổ hợp tác, 2 hợp tác xã).",
     [(7, 5), (3, 2)]),
])
def test_a_verdict_then_a_bracket_of_both_targets(text, pairs):
    found = by_value(text)
    for result, target in pairs:
        assert marks(found[result]) == (target, None)
        assert marks(found[target]) == (target, None)


def test_results_their_rates_then_a_bracket_of_both_targets():
    found = by_value("Số hội viên mới và số hộ thoát nghèo lần lượt là 1.240 hội viên và 96 hộ, tương ứng đạt 124% và "
                     "120% kế hoạch (kế hoạch: 1.000 hội viên; 80 hộ).")
    assert marks(found[1240]) == (1000, 124) and marks(found[96]) == (80, 120)
    assert marks(found[1000]) == (1000, None) and marks(found[80]) == (80, None)
    assert found[124]["achievement_pct"] == 124 and found[120]["achievement_pct"] == 120


@pytest.mark.parametrize("text, result", [
    # the bracket tells last year's amounts, not targets
    ("Thành lập 7 tổ hợp tác và 3 hợp tác xã, vượt kế hoạch (năm trước 5 tổ hợp tác, 2 hợp tác xã).", 7),
    # rates between that are changes, no quotient of the bracket's amounts
    ("Lần lượt là 1.240 hội viên và 96 hộ, tăng 12% và 8% so với năm trước (kế hoạch: 1.000 hội viên; 80 hộ).", 1240),
])
def test_a_bracket_that_holds_no_pair_of_targets(text, result):
    found = by_value(text)
    assert found[result]["achievement_pct"] is None
    if "năm trước 5" in text:
        assert found[result]["target"] is None


# --- more shapes of the same genres ---

def test_a_rate_column_before_the_result_column_goes_by_its_quotient():
    found = by_value("| Đơn vị | %KH | Tỉnh giao | Thực hiện |\n| Xã Hòa An | 115% | 40 | 46 |\n"
                     "| Xã Hòa Bình | 90% | 30 | 27 |\n")
    assert marks(found[46]) == (40, 115) and marks(found[27]) == (30, 90)
    assert marks(found[40]) == (40, None) and marks(found[115]) == (None, 115)


def test_a_rate_column_before_the_result_that_is_no_quotient_stays_on_its_cell():
    found = by_value("| Đơn vị | Tỷ lệ tập hợp (%) | Kế hoạch | Thực hiện |\n| Xã Hòa An | 72,5 | 40 | 46 |\n")
    assert marks(found[46]) == (40, None)


@pytest.mark.parametrize("text, pairs", [
    ("Năm 2025 kết nạp 318 hội viên và giúp 27 hộ thoát nghèo (mục tiêu lần lượt 300 và 25).", [(318, 300), (27, 25)]),
    ("Hội xây 7 nhà tình thương, hỗ trợ 33 hộ vay vốn (kế hoạch tương ứng 6 và 30).", [(7, 6), (33, 30)]),
])
def test_a_bracket_of_both_targets_told_respectively(text, pairs):
    found = by_value(text)
    for result, target in pairs:
        assert marks(found[result]) == (target, None)
        assert marks(found[target]) == (target, None)


def test_an_allocation_table_a_blank_line_under_its_title():
    found = by_value("II. PHÂN CÔNG CHỈ TIÊU CHO CÁC CHI HỘI\n\nChi hội\tHội viên mới\tMô hình sinh kế\n"
                     "Chi hội Đồng Tâm\t14\t2\nChi hội Hòa Bình\t11\t1\n")
    for t in (14, 2, 11, 1):
        assert found[t]["target"] == t
