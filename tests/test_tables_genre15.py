"""Issue 11, session 15 (iv15 FINDINGS P1, iv22 P1), in invented tables: a review table whose first column states the
target as a clause ("| Kết nạp 2.500 hội viên mới | 2.730 hội viên | Vượt 9,2% |"): the clause's figure is the
target, the result cell takes it and the verdict's rate; a target table whose unit column is headed bare "Đơn vị"
(its cells unit words: "%" makes the row's number a percent) or whose value columns are named by a period only
("Nhiệm kỳ 2026 - 2030 | Năm 2027") under a line giving targets or in a plan. Guards: a plan table, a row without a
result, a label without a figure or with two, a "Nội dung" label, a table of the union's units ("Đơn vị" first), a
review's period columns ("Năm 2024 | Năm 2025", "Cùng kỳ"), a past year's column in a plan."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def by_value(text: str) -> dict[float, dict]:
    """The facts of a text by value (the test texts give each value once)."""
    return {float(f["value"]): f for f in extract_facts(normalize_text(text))}


def marks(f: dict) -> tuple:
    return f["target"], f["achievement_pct"]


# --- iv15 P1: the target written as a clause in the first column ---

@pytest.mark.parametrize("text, rows", [
    ("Kết quả thực hiện các chỉ tiêu chủ yếu:\n"
     "| Chỉ tiêu Đại hội | Kết quả thực hiện | Đánh giá |\n"
     "| Kết nạp 2.500 hội viên mới | 2.730 hội viên | Vượt 9,2% |\n"
     "| Vận động 5 tỷ đồng quỹ tiết kiệm | 4,1 tỷ đồng | Đạt 82% |\n",
     [(2500, 2730, 109.2, 9.2), (5e9, 4.1e9, 82, 82)]),
    ("Mục tiêu nhiệm kỳ\tKết quả đạt được\tĐánh giá\n"
     "Dạy nghề cho 600 phụ nữ nông thôn\t648 phụ nữ\tĐạt 108%\n"
     "Xây dựng 40 mái ấm tình thương\t52 căn\tVượt 30%\n",
     [(600, 648, 108, 108), (40, 52, 130, 30)]),
    ("| TT | Chỉ tiêu Nghị quyết | Kết quả | Đánh giá |\n"
     "| 1 | Giúp 320 hộ phụ nữ thoát nghèo | 296 hộ | Đạt 92,5% |\n",
     [(320, 296, 92.5, 92.5)]),
    ("| Nội dung chỉ tiêu | Thực hiện | Đánh giá |\n"
     "| Trao 150 suất học bổng | 171 suất | Hoàn thành 114% |\n",
     [(150, 171, 114, 114)]),
    ("| Chỉ tiêu | Kết quả | Tỷ lệ (%) |\n"
     "| Thành lập 25 tổ hợp tác | 27 tổ hợp tác | 108 |\n",
     [(25, 27, 108, 108)]),
])
def test_a_target_clause_in_the_first_column_measures_the_result(text, rows):
    found = by_value(text)
    for plan, result, rate, cell in rows:
        assert marks(found[plan]) == (plan, None)
        assert marks(found[result]) == (plan, rate)
        assert found[cell]["unit_class"] == "percent" and marks(found[cell]) == (None, rate)


@pytest.mark.parametrize("text, plan, result", [
    ("| Chỉ tiêu Nghị quyết | Kết quả đạt được | Đánh giá |\n"
     "| 85% chi hội đạt khá, vững mạnh | 88% | Vượt |\n", 85, 88),
    ("| Chỉ tiêu nhiệm kỳ | Kết quả | Đánh giá |\n"
     "| Mỗi năm kết nạp ít nhất 1.200 hội viên | Bình quân 1.310 hội viên/năm | Vượt |\n", 1200, 1310),
    ("Chỉ tiêu\tKết quả thực hiện\tĐánh giá\n"
     "95% hội viên được tuyên truyền pháp luật\t91,3%\tChưa đạt\n", 95, 91.3),
])
def test_a_bare_verdict_gives_the_target_and_no_rate(text, plan, result):
    found = by_value(text)
    assert marks(found[plan]) == (plan, None)
    assert marks(found[result]) == (plan, None)


def test_a_bound_in_the_target_clause_stays_on_the_target():
    found = by_value("| Chỉ tiêu nhiệm kỳ | Kết quả | Đánh giá |\n"
                     "| Mỗi năm kết nạp ít nhất 1.200 hội viên | Bình quân 1.310 hội viên/năm | Vượt |\n")
    assert found[1200]["qualifier"] == "at_least" and found[1310]["qualifier"] == "exact"


def test_a_row_without_a_result_gives_no_target():
    found = by_value("| Chỉ tiêu Đại hội | Kết quả thực hiện | Đánh giá |\n"
                     "| Kết nạp 2.500 hội viên mới | 2.730 hội viên | Vượt 9,2% |\n"
                     "| Thành lập 12 câu lạc bộ dân vũ | - | Chưa thực hiện |\n")
    assert found[12]["target"] in (None, 12) and found[2730]["target"] == 2500


def test_a_plan_table_stays_all_targets():
    found = by_value("| TT | Chỉ tiêu | Kế hoạch năm 2026 |\n"
                     "| 1 | Kết nạp hội viên mới | 300 hội viên |\n"
                     "| 2 | Hỗ trợ hộ thoát nghèo | 45 hộ |\n")
    assert marks(found[300]) == (300, None) and marks(found[45]) == (45, None)


@pytest.mark.parametrize("text, values", [
    # two figures in the target clause: which one is the plan is not told
    ("| Chỉ tiêu Đại hội | Kết quả | Đánh giá |\n"
     "| Giúp 30 hộ thoát nghèo và 10 hộ cận nghèo | 35 hộ | Vượt |\n", [35]),
    # a "Nội dung" label: the figure describes the work, it is no plan
    ("| Nội dung | Kết quả | Đánh giá |\n"
     "| Tập huấn cho 300 cán bộ chi hội | 12 lớp | Đạt |\n", [12]),
])
def test_a_label_that_states_no_single_target(text, values):
    found = by_value(text)
    for v in values:
        assert found[v]["target"] in (None, v)


# --- iv22 P1: a target table's unit column headed "Đơn vị", value columns named by a period ---

@pytest.mark.parametrize("text, targets, percents", [
    ("STT\tNội dung chỉ tiêu\tĐơn vị\tĐến cuối nhiệm kỳ\n"
     "1\tKết nạp hội viên mới\thội viên\t2.000\n"
     "2\tChi hội đạt vững mạnh\t%\t85\n"
     "3\tHộ phụ nữ được hỗ trợ vay vốn\thộ\t240\n",
     [2000, 85, 240], [85]),
    ("| TT | Chỉ tiêu | Đơn vị | Đến năm 2030 |\n"
     "| 1 | Tổ hợp tác do phụ nữ làm chủ | tổ | 35 |\n"
     "| 2 | Hội viên dùng ví điện tử | % | 70 |\n",
     [35, 70], [70]),
])
def test_a_unit_column_headed_bare_don_vi(text, targets, percents):
    found = by_value(text)
    for v in targets:
        assert marks(found[v]) == (v, None)
    for v in percents:
        assert found[v]["unit_class"] == "percent"


@pytest.mark.parametrize("text, targets", [
    ("Ban Thường vụ Hội LHPN huyện giao các chỉ tiêu sau:\n"
     "| TT | Chỉ tiêu | Đơn vị | Giai đoạn 2026-2030 | Năm 2027 |\n"
     "| 1 | Kết nạp hội viên mới | hội viên | 6.000 | 1.150 |\n"
     "| 2 | Thành lập tổ hợp tác | tổ | 60 | 14 |\n",
     [6000, 1150, 60, 14]),
    ("HỘI LHPN XÃ TÂN LẬP\nSố: 12/KH-HPN\tTân Lập, ngày 20 tháng 12 năm 2026\nKẾ HOẠCH\n"
     "Công tác Hội và phong trào phụ nữ năm 2027\n"
     "Chỉ tiêu\tĐVT\tNăm 2027\n"
     "Kết nạp hội viên mới\thội viên\t450\n"
     "Vận động quỹ tiết kiệm\ttriệu đồng\t800\n",
     [450, 800e6]),
    ("Số: 31/BC-HPN\tNgày 15 tháng 7 năm 2025\nBÁO CÁO KẾT QUẢ NHIỆM KỲ VÀ CHỈ TIÊU NHIỆM KỲ 2025 - 2030\n"
     "Hội nghị thống nhất giao chỉ tiêu năm 2026 như sau:\n"
     "TT\tChỉ tiêu\tĐơn vị tính\tNhiệm kỳ 2025 - 2030\tNăm 2026\n"
     "1\tGiúp hộ phụ nữ thoát nghèo\thộ\t1.400\t310\n",
     [1400, 310]),
])
def test_value_columns_named_by_a_period_under_a_giving_line_or_in_a_plan(text, targets):
    found = by_value(text)
    for v in targets:
        assert marks(found[v]) == (v, None)


@pytest.mark.parametrize("text, values", [
    # a review's years side by side
    ("BÁO CÁO\nTổng kết công tác Hội năm 2025\nKết quả các chỉ tiêu như sau:\n"
     "TT\tChỉ tiêu\tĐVT\tNăm 2024\tNăm 2025\n"
     "1\tKết nạp hội viên mới\thội viên\t812\t905\n", [812, 905]),
    # a period column beside "Cùng kỳ"
    ("KẾ HOẠCH\nCông tác Hội năm 2026\n"
     "Chỉ tiêu\tĐơn vị tính\tNăm 2026\tCùng kỳ\n"
     "Kết nạp hội viên mới\thội viên\t530\t488\n", [530, 488]),
    # a plan dated 2026 with last year's column
    ("Phú Lộc, ngày 5 tháng 1 năm 2026\nKẾ HOẠCH\nCông tác Hội năm 2026\n"
     "Chỉ tiêu\tĐVT\tNăm 2025\n"
     "Kết nạp hội viên mới\thội viên\t615\n", [615]),
    # a line that may open results, in a report of the same year
    ("Số: 40/BC-HPN\tAn Phú, ngày 10 tháng 12 năm 2025\nBÁO CÁO\nTổng kết công tác Hội năm 2025\n"
     "Một số chỉ tiêu cụ thể như sau:\n"
     "TT\tChỉ tiêu\tĐVT\tNăm 2025\n"
     "1\tKết nạp hội viên mới\thội viên\t342\n", [342]),
    # a period column with no giving line, in a report
    ("BÁO CÁO\nSơ kết 6 tháng đầu năm 2026\n"
     "Chỉ tiêu\tĐVT\tNăm 2026\n"
     "Kết nạp hội viên mới\thội viên\t275\n", [275]),
])
def test_period_columns_that_set_no_target(text, values):
    found = by_value(text)
    for v in values:
        assert not found[v]["target"], v


def test_a_percent_unit_cell_under_don_vi_in_a_results_table():
    found = by_value("| TT | Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n"
                     "| 1 | Chi hội vững mạnh | % | 80 | 84 | 105 |\n")
    assert found[80]["unit_class"] == "percent" and found[84]["unit_class"] == "percent"
    assert marks(found[84]) == (80, 105)


def test_a_column_of_the_union_s_units_is_no_unit_column():
    found = by_value("STT\tĐơn vị\tSố hội viên\tTỷ lệ tập hợp (%)\n"
                     "1\tXã An Bình\t1.250\t78,5\n"
                     "2\tXã Hòa Lợi\t980\t81,2\n")
    assert found[1250]["unit_class"] == "count" and not found[1250]["target"]
    assert found[78.5]["unit_class"] == "percent"


def test_a_don_vi_column_of_places_lends_no_unit():
    found = by_value("| TT | Chỉ tiêu | Đơn vị | Đến năm 2030 |\n"
                     "| 1 | Kết nạp hội viên mới | Chi hội 3 | 120 |\n")
    assert found[120]["unit_class"] == "count"


# --- a cell of "plan/result" and the rate in the next cell (iv15 leftover; the reader splits the cell once
# extract._RATE_AFTER_SLASH accepts a cell border before the rate: F's file) ---

def _figure(low: str, number: str, unit_class: str, after: int = 0, value: float | None = None):
    from wuanalysis.extract import Figure
    at = low.index(number, after)
    end = at + len(number)
    return Figure(value if value is not None else float(number.rstrip("%").replace(",", ".")), unit_class,
                  "%" if unit_class == "percent" else None, "exact", at, end, at, end - number.endswith("%"))


@pytest.mark.parametrize("low, plan, result, rate", [
    ("| kết nạp hội viên mới | 300/336 | 112% |", "300", "336", "112%"),
    ("chỉ tiêu\tkh/th\tđạt\ngiúp hộ thoát nghèo\t80/92 hộ\t115%", "80", "92", "115%"),
])
def test_a_plan_over_result_cell_then_its_rate(low, plan, result, rate):
    from wuanalysis.result_tables import link_plan_over_result_cells
    g = _figure(low, plan, "count")
    f = _figure(low, result, "count", g.end)
    r = _figure(low, rate, "percent", f.end)
    link_plan_over_result_cells(low, [g, f, r])
    assert (g.is_target, g.target) == (True, g.value)
    assert (f.is_target, f.target, f.achievement_pct) == (False, g.value, r.value)
    assert (r.target, r.achievement_pct) == (None, r.value)


@pytest.mark.parametrize("low, plan, result, rate", [
    # the rate is no quotient of the second over the first: a share of members
    ("| chi hội 1 | 120/150 | 80% |", "120", "150", "80%"),
    # not in one cell: a plan cell, a result cell, then the rate
    ("| kết nạp hội viên mới | 300 | 336 | 112% |", "300", "336", "112%"),
])
def test_no_plan_over_result_cell(low, plan, result, rate):
    from wuanalysis.result_tables import link_plan_over_result_cells
    g = _figure(low, plan, "count")
    f = _figure(low, result, "count", g.end)
    r = _figure(low, rate, "percent", f.end)
    link_plan_over_result_cells(low, [g, f, r])
    assert f.target is None and f.achievement_pct is None


def test_a_plan_over_result_cell_end_to_end():
    found = by_value("| TT | Chỉ tiêu | KH/TH | Tỷ lệ |\n| 1 | Kết nạp hội viên mới | 300/336 | 112% |\n")
    assert marks(found[336]) == (300, 112) and marks(found[300]) == (300, None)
