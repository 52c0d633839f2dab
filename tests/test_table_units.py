"""Issue 11: a table's unit column ("ĐVT", "Đơn vị tính") or a label's unit in brackets ("Nguồn vốn ủy thác (tỷ
đồng)") decides its row's bare numbers: money cells are VND values (SCHEMA), a count's unit cell ("Hội viên", "Hộ",
"Tổ") leaves a count a count. Tab tables and "|" tables, tables of plans and results and tables of plans only, in
invented layouts. Guards: a money cell stating its own unit keeps it, a "Số tiền" head without a unit word leaves
its cells as read, a rate column stays a percentage, the row number stays a count."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def by_quote(text: str) -> dict[str, dict]:
    """The facts of a text by their number's text (the test tables give each number once)."""
    facts = extract_facts(normalize_text(text))
    return {f["quote"].strip("| ").split(" ")[0]: f for f in facts}


def money(f: dict) -> tuple:
    return f["unit_class"], f["value"], f["target"]


# --- a unit column ---

@pytest.mark.parametrize("text, plan, result, rate, scale", [
    ("| TT | Nội dung | ĐVT | Kế hoạch năm 2026 | Thực hiện | Tỷ lệ (%) |\n"
     "| 1 | Kết nạp hội viên mới | Hội viên | 1.200 | 1.262 | 105,2 |\n"
     "| 3 | Giải ngân vốn vay | Tỷ đồng | 25 | 27,5 | 110 |\n", "25", "27,5", "110", 1e9),
    ("TT\tChỉ tiêu\tĐơn vị tính\tKH năm 2025\tKết quả thực hiện\tĐạt (%)\n"
     "1\tVận động hội viên tiết kiệm\tTriệu đồng\t850\t918,4\t108\n", "850", "918,4", "108", 1e6),
    ("STT | Nội dung | ĐVT | Chỉ tiêu giao | Ước thực hiện cả năm | So sánh (%)\n"
     "2 | Dư nợ quỹ hỗ trợ phụ nữ phát triển kinh tế | Tỷ đồng | 42,6 | 40,1 | 94,1\n", "42,6", "40,1", "94,1", 1e9),
    ("TT\tNội dung\tĐVT\tKế hoạch\tThực hiện\n1\tNguồn vốn vận động xây nhà\tTr.đồng\t600\t645\n",
     "600", "645", None, 1e6),
])
def test_a_money_unit_column_makes_its_row_money(text, plan, result, rate, scale):
    found = by_quote(text)
    p, r = found[plan], found[result]
    plan_value = float(plan.replace(",", ".")) * scale
    assert money(p) == ("vnd", plan_value, plan_value)
    assert money(r) == ("vnd", float(result.replace(",", ".")) * scale, plan_value)
    if rate is not None:
        assert found[rate]["unit_class"] == "percent"
        assert r["achievement_pct"] == float(rate.replace(",", "."))


def test_the_row_number_and_a_count_row_stay_counts():
    found = by_quote("| TT | Nội dung | ĐVT | Kế hoạch năm 2026 | Thực hiện | Tỷ lệ (%) |\n"
                     "| 1 | Kết nạp hội viên mới | Hội viên | 1.200 | 1.262 | 105,2 |\n"
                     "| 3 | Giải ngân vốn vay | Tỷ đồng | 25 | 27,5 | 110 |\n")
    assert "3" not in found or (found["3"]["unit_class"], found["3"]["value"]) == ("count", 3)  # no 3 tỷ đồng
    assert (found["1.262"]["unit_class"], found["1.262"]["value"], found["1.262"]["target"]) == ("count", 1262, 1200)


def test_a_count_unit_column_leaves_its_cells_counts_and_the_prose_below_its_own():
    # a count's unit cell gives no noun that would tie a result told below the table to the table's plan
    found = by_quote("| TT | Nội dung | ĐVT | KH | TH | Tỷ lệ (%) |\n"
                     "| 1 | Nhận đỡ đầu trẻ em mồ côi | Trẻ | 422 | 506 | 119,9 |\n"
                     "| 2 | Giải ngân vốn vay | Triệu đồng | 900 | 950 | 105,6 |\n"
                     "Kết quả, các cấp Hội đã nhận đỡ đầu 463 trẻ em mồ côi, bằng 115% kỳ trước.")
    assert (found["506"]["unit_class"], found["506"]["value"], found["506"]["target"]) == ("count", 506, 422)
    assert found["463"]["target"] is None
    assert (found["950"]["unit_class"], found["950"]["value"], found["950"]["target"]) == ("vnd", 9.5e8, 9e8)


# --- a label's unit ---

@pytest.mark.parametrize("text, plan, result, scale", [
    ("| TT | Nội dung | Thực hiện năm 2025 | Kế hoạch năm 2025 | Đạt (%) |\n"
     "| 2 | Nguồn vốn ủy thác (tỷ đồng) | 1.236,5 | 1.200 | 103 |\n", "1.200", "1.236,5", 1e9),
    ("STT\tChỉ tiêu\tNghị quyết\tKết quả\tĐánh giá\n1\tQuỹ tiết kiệm (triệu đồng)\t500\t620\tVượt\n",
     "500", "620", 1e6),
])
def test_a_label_s_money_unit_makes_its_row_money(text, plan, result, scale):
    found = by_quote(text)
    plan_value = float(plan.replace(".", "").replace(",", ".")) * scale
    assert money(found[plan]) == ("vnd", plan_value, plan_value)
    assert money(found[result]) == ("vnd", float(result.replace(".", "").replace(",", ".")) * scale, plan_value)


# --- plan-only tables: a congress's or a plan's targets ---

@pytest.mark.parametrize("text, cell, value", [
    ("Các chỉ tiêu chủ yếu:\nSTT\tNội dung chỉ tiêu\tĐến năm 2030\n1\tDư nợ nguồn vốn ủy thác (tỷ đồng)\t1.500\n"
     "2\tKết nạp hội viên mới\t6.000 hội viên\n", "1.500", 1.5e12),
    ("| TT | Chỉ tiêu | Đến cuối nhiệm kỳ |\n| 1 | Vận động xây nhà “Mái ấm” (triệu đồng) | 2.400 |\n"
     "| 2 | Giúp hộ phụ nữ thoát nghèo | 90 hộ |\n", "2.400", 2.4e9),
])
def test_a_plan_only_table_s_money_targets(text, cell, value):
    assert money(by_quote(text)[cell]) == ("vnd", value, value)


def test_a_plan_only_table_s_unit_column():
    # (its target: target_tables' head of targets takes no "ĐVT" column yet; the unit is read all the same)
    found = by_quote("Các chỉ tiêu chủ yếu:\nSTT\tNội dung chỉ tiêu\tĐVT\tĐến năm 2030\n"
                     "1\tDư nợ nguồn vốn ủy thác\tTỷ đồng\t1.500\n2\tKết nạp hội viên mới\tHội viên\t6.000\n")
    assert (found["1.500"]["unit_class"], found["1.500"]["value"]) == ("vnd", 1.5e12)
    assert (found["6.000"]["unit_class"], found["6.000"]["value"]) == ("count", 6000)


# --- guards ---

def test_a_money_cell_with_its_own_unit_keeps_it():
    found = by_quote("TT\tNội dung\tĐVT\tKế hoạch\tThực hiện\n1\tHuy động vốn\tTriệu đồng\t800\t1,2 tỷ đồng\n")
    assert (found["1,2"]["unit_class"], found["1,2"]["value"]) == ("vnd", 1.2e9)
    assert (found["800"]["unit_class"], found["800"]["value"]) == ("vnd", 8e8)


@pytest.mark.parametrize("text, quote", [
    # a money head without a unit word: the cells stay as read
    ("| TT | Đơn vị | Số tiền | Số hộ |\n| 1 | Xã Tân Phú | 350 | 12 |\n", "350"),
    # a label naming no unit in its brackets
    ("STT\tChỉ tiêu\tKế hoạch\tKết quả\n1\tKết nạp hội viên mới (cả nhiệm kỳ)\t1.500\t1.620\n", "1.620"),
    # money named in prose above a table, not in its cells
    ("Nguồn vốn đạt 12 tỷ đồng.\nTT\tNội dung\tKế hoạch\tThực hiện\n1\tThành lập tổ hợp tác\t8\t11\n", "11"),
])
def test_cells_without_a_unit_of_their_own_stay_counts(text, quote):
    f = by_quote(text)[quote]
    assert f["unit_class"] == "count" and f["value"] == float(quote.replace(".", ""))


def test_a_rate_column_under_a_money_unit_stays_a_percentage():
    found = by_quote("| TT | Nội dung | ĐVT | Kế hoạch | Thực hiện | So với cùng kỳ (%) |\n"
                     "| 1 | Dư nợ quỹ TYM | Tỷ đồng | 60 | 63,2 | 104,6 |\n")
    assert (found["104,6"]["unit_class"], found["104,6"]["value"]) == ("percent", 104.6)
    assert found["63,2"]["value"] == 63.2e9
