"""Issue 11, session 14 (iv16 FINDINGS P1, iv17 P2 and P3), in invented tables: a plan column named by the period or
body that set it ("Nhiệm kỳ 2020-2025 đề ra", "Đại hội XII đề ra", "Giai đoạn 2021-2025 đề ra"); a plan table with a
notes column ("TT | Chỉ tiêu | ĐVT | Kế hoạch 2026 | Ghi chú"), its rows' trailing empty cell and a "%" unit cell; a
unit in a column's head ("Giá trị (triệu đồng)", "Số hộ (hộ)"). Guards: a past period's column ("Năm 2024", "Cùng
kỳ"), a count of things set ("Số mô hình đề ra"), a result table with notes, the next column's unit."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def by_value(text: str) -> dict[float, dict]:
    """The facts of a text by value (the test texts give each value once)."""
    return {float(f["value"]): f for f in extract_facts(normalize_text(text))}


def marks(f: dict) -> tuple:
    return f["target"], f["achievement_pct"]


# --- iv16 P1: a plan column named by the term, the congress or the period that set it ---

@pytest.mark.parametrize("text, rows", [
    ("Nội dung | Đại hội XII đề ra | Thực hiện | Đạt (%)\n"
     "Kết nạp hội viên mới | 6.000 hội viên | 7.230 hội viên | 120,5%\n"
     "Giúp hộ thoát nghèo | 800 hộ | 744 hộ | 93%\n",
     [(6000, 7230, 120.5), (800, 744, 93)]),
    ("TT\tNội dung\tGiai đoạn 2021-2025 đề ra\tKết quả\tTỷ lệ\n"
     "1\tThành lập tổ hợp tác\t40\t46\t115%\n"
     "2\tXây nhà tình nghĩa\t25\t21\t84%\n",
     [(40, 46, 115), (25, 21, 84)]),
    ("| Chỉ tiêu | Nghị quyết nhiệm kỳ đề ra | Kết quả đạt được | So với NQ (%) |\n"
     "| Vận động phụ nữ tham gia BHYT | 1.500 người | 1.710 người | 114% |\n"
     "| Mô hình sinh kế | 30 mô hình | 27 mô hình | 90% |\n",
     [(1500, 1710, 114), (30, 27, 90)]),
    ("| Nội dung | Nhiệm kỳ 2021 - 2026 đề ra | Ước thực hiện | Tỷ lệ (%) |\n"
     "| Hỗ trợ phụ nữ khởi nghiệp | 120 phụ nữ | 138 phụ nữ | 115 |\n",
     [(120, 138, 115)]),
])
def test_a_plan_column_named_by_who_set_it(text, rows):
    found = by_value(text)
    for plan, result, rate in rows:
        assert marks(found[plan]) == (plan, None), found[plan]
        assert marks(found[result]) == (plan, rate), found[result]
        assert marks(found[rate]) == (None, rate), found[rate]


@pytest.mark.parametrize("text, values", [
    # a past period's results beside this year's: no plan
    ("Nội dung | Năm 2024 | Năm 2025 | Tỷ lệ\nKết nạp hội viên | 1.120 | 1.260 | 112,5%\n", [1120, 1260]),
    ("Chỉ tiêu | Cùng kỳ | Thực hiện | So sánh (%)\nHộ thoát nghèo | 45 | 52 | 115,6%\n", [45, 52]),
    # a count of models set up, not the plan's column
    ("Chi hội | Số mô hình đề ra | Thực hiện | Ghi chú\nChi hội thôn 3 | 4 | 5 | \n", [4, 5]),
])
def test_a_column_that_is_no_plan(text, values):
    found = by_value(text)
    for v in values:
        assert found[v]["target"] is None, found[v]


# --- iv17 P2: a plan table with a notes column; a row's empty last cell; a "%" unit cell ---

PLAN_WITH_NOTES = [
    ("STT | Nội dung | Đơn vị tính | Chỉ tiêu 2027 | Ghi chú\n"
     "1 | Quỹ tiết kiệm | tỷ đồng | 1,2 |\n"
     "2 | Chi hội có mô hình tiết kiệm | % | 85 | các chi hội mới\n"
     "3 | Hộ vay vốn ưu đãi | hộ | 240 | tối thiểu 10 hộ/chi hội\n",
     {1.2e9: ("vnd", 1.2e9), 85: ("percent", 85), 240: ("count", 240)}),
    ("Chỉ tiêu\tĐVT\tKH 2026\tGhi chú\nTỷ lệ hộ nghèo\t%\tdưới 2\t\nMô hình sinh kế\tmô hình\t4\tmỗi xã 1\n"
     "Vốn vay giải ngân\ttriệu đồng\t750\t\n",
     {2: ("percent", 2), 4: ("count", 4), 7.5e8: ("vnd", 7.5e8)}),
]


@pytest.mark.parametrize("text, expected", PLAN_WITH_NOTES)
def test_a_plan_table_with_a_notes_column_sets_targets_in_its_units(text, expected):
    found = by_value(text)
    for value, (unit_class, target) in expected.items():
        assert (found[value]["unit_class"], found[value]["target"]) == (unit_class, target), found[value]


def test_a_notes_cell_keeps_its_own_reading():
    found = by_value(PLAN_WITH_NOTES[0][0])
    assert found[10]["target"] == 10 and found[10]["qualifier"] == "at_least"  # a floor per unit (mark_floors)


def test_a_result_table_with_notes_keeps_its_results():
    found = by_value("TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Ghi chú\n"
                     "1 | Hộ thoát nghèo | hộ | 30 | 34 |\n2 | Quỹ hội | triệu đồng | 200 | 215 | vượt\n")
    assert marks(found[34]) == (30, None) and marks(found[30]) == (30, None)
    assert found[2.15e8]["target"] == 2e8 and found[2e8]["unit_class"] == "vnd"


# --- iv17 P3: a unit in the value column's own head ---

@pytest.mark.parametrize("text, expected", [
    ("Hạng mục\tSố lượng\tKinh phí (tỷ đồng)\nNhà tình thương\t12\t0,96\nGiếng nước sạch\t30\t1,5\n",
     {12: ("count", 12), 9.6e8: ("vnd", 9.6e8), 30: ("count", 30), 1.5e9: ("vnd", 1.5e9)}),
    ("| Chương trình | Số hộ | Vốn vay (triệu đồng) |\n| Hộ nghèo | 45 | 1.350 |\n| Hộ cận nghèo | 28 | 840 |\n",
     {45: ("count", 45), 1.35e9: ("vnd", 1.35e9), 8.4e8: ("vnd", 8.4e8)}),
    ("Nội dung\tSố hộ (hộ)\tTiền hỗ trợ (nghìn đồng)\tGhi chú\nTặng quà Tết\t60\t500\t—\n",
     {60: ("count", 60), 5e5: ("vnd", 5e5)}),
])
def test_a_money_unit_in_a_column_head(text, expected):
    found = by_value(text)
    for value, (unit_class, v) in expected.items():
        assert (found[value]["unit_class"], found[value]["value"]) == (unit_class, v), found[value]


def test_the_next_column_s_unit_does_not_leak():
    found = by_value("Hình thức\tSố hộ (hộ)\tDiện tích (ha)\tGiá trị (triệu đồng)\nTrồng rau sạch\t18\t2,5\t64\n")
    assert found[18]["unit_class"] == "count" and found[2.5]["unit_class"] == "area"
    assert found[6.4e7]["unit_class"] == "vnd"


# --- iv19 P2: a result told in prose, then restated in a table row of plans and results below it ---

@pytest.mark.parametrize("text, prose, plan, rate", [
    ("Năm 2025, các chi hội kết nạp 132 hội viên mới.\nKết quả các chỉ tiêu:\n"
     "| TT | Chỉ tiêu | Kế hoạch | Thực hiện | Ghi chú |\n| 1 | Kết nạp hội viên (người) | 120 | 132 | Vượt |\n",
     132, 120, None),
    ("Hội đã giúp 18 hộ thoát nghèo, vượt chỉ tiêu huyện giao.\n"
     "Chỉ tiêu\tKế hoạch năm\tThực hiện\tTỷ lệ\nHộ thoát nghèo\t15\t18\t120%\nTrẻ được đỡ đầu\t10\t9\t90%\n",
     18, 15, 120),
    ("6 tháng đầu năm vận động tiết kiệm được 275 triệu đồng.\n"
     "Nội dung\tKế hoạch\tThực hiện 6 tháng\tTỷ lệ (%)\nTiết kiệm (triệu đồng)\t550\t275\t50\n",
     2.75e8, 5.5e8, 50),
])
def test_a_prose_result_restated_in_a_table_row_takes_its_plan(text, prose, plan, rate):
    facts = [f for f in extract_facts(normalize_text(text)) if f["value"] == prose]
    assert len(facts) == 2
    for f in facts:
        assert marks(f) == (plan, rate), f


@pytest.mark.parametrize("text, prose", [
    # another noun with the same value
    ("Hội tổ chức 15 buổi tuyên truyền.\n| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Hộ thoát nghèo | 12 | 15 |\n", 15),
    # a figure with its own target keeps it
    ("Kết nạp 40 hội viên, đạt 80% chỉ tiêu quý (50 hội viên).\n"
     "| Chỉ tiêu | Kế hoạch năm | Thực hiện |\n| Hội viên mới | 200 | 40 |\n", 40),
])
def test_a_prose_figure_the_table_does_not_restate(text, prose):
    facts = [f for f in extract_facts(normalize_text(text)) if f["value"] == prose]
    assert facts[0]["target"] in (None, 50), facts[0]


# --- iv16 P1's genre in a plan's own table: the column of targets named by who set them, no result column ---

@pytest.mark.parametrize("text, targets", [
    ("Chỉ tiêu | Đại hội XIII đề ra\nKết nạp hội viên mới | 5.000 hội viên\nHộ thoát nghèo | 1.200 hộ\n",
     [5000, 1200]),
    ("TT\tNội dung\tNhiệm kỳ 2025 - 2030 đề ra\tGhi chú\n1\tThành lập hợp tác xã\t45\t\n2\tNhà Mái ấm\t60\t\n",
     [45, 60]),
])
def test_a_plan_table_named_by_who_set_it(text, targets):
    found = by_value(text)
    for t in targets:
        assert found[t]["target"] == t, found[t]


def test_a_count_of_things_set_is_no_target_column():
    found = by_value("Chi hội | Số mô hình đề ra\nChi hội thôn 1 | 3\nChi hội thôn 2 | 4\n")
    assert found[3]["target"] is None and found[4]["target"] is None
