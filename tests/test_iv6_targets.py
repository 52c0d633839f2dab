"""Issue 11, iv6's target misses as genre rules, each on invented phrasings with guards.

1. A plan-only table with a unit column ("| TT | Nội dung chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |", "ĐVT"):
   the cells under the plan column are targets, whatever the unit cell says (a count, "%", "tỷ đồng"); not a table
   comparing years, nor one of results, nor one whose second column lists the union's units ("Đơn vị").
2. A rate, then the target named by the congress that set it and the year it is for, its amount in brackets ("đạt
   95,8% so với chỉ tiêu Đại hội đề ra cho năm 2025 (30.000 hội viên)"): the bracket is the target, and the result's.
   Not a bracket after a comparison with a past year.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts_of(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def by_value(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in facts_of(text)}


# --- 1. a plan-only table with a unit column ---

@pytest.mark.parametrize("text, plans", [
    ("I. CHỈ TIÊU\n| TT | Nội dung chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027 |\n"
     "| 1 | Phát triển hội viên mới | hội viên | 3.400 |\n| 2 | Giúp hộ phụ nữ thoát nghèo | hộ | 415 |\n"
     "| 3 | Thành lập tổ hợp tác do phụ nữ làm chủ | tổ | 36 |\nII. GIẢI PHÁP\n", [3400, 415, 36]),
    ("STT\tChỉ tiêu\tĐVT\tChỉ tiêu năm 2026\n1\tVận động xây dựng nhà tình thương\tcăn\t75\n"
     "2\tTỷ lệ chi hội đạt vững mạnh\t%\t82\n", [75, 82]),
    ("| Nội dung | ĐVT | Mục tiêu đến năm 2030 |\n| Nhận đỡ đầu trẻ mồ côi | trẻ | 640 |\n"
     "| Vận động nguồn lực an sinh | tỷ đồng | 12 |\n", [640, 12e9]),
    ("TT | Chỉ tiêu | Đơn vị tính | KH 2026\n1 | Hộ được vay vốn ưu đãi | hộ | 1.150\n"
     "2 | Câu lạc bộ gia đình hạnh phúc mới | CLB | 24\n", [1150, 24]),
])
def test_a_plan_table_with_a_unit_column_sets_targets(text, plans):
    found = by_value(text)
    for v in plans:
        assert found[v]["target"] == v, (v, found[v])


@pytest.mark.parametrize("text, values", [
    # years compared: results
    ("| TT | Nội dung | ĐVT | Năm 2024 | Năm 2025 |\n| 1 | Kết nạp hội viên mới | hội viên | 1.310 | 1.452 |\n",
     [1310, 1452]),
    # a results column beside the unit column
    ("TT\tChỉ tiêu\tĐVT\tKết quả thực hiện\n1\tHộ phụ nữ thoát nghèo\thộ\t287\n", [287]),
    # 'Đơn vị' lists the union's units, not a unit of measure: the head is no plan table of the genre
    ("| TT | Nội dung | Đơn vị | Thực hiện |\n| 1 | Kết nạp hội viên | Hội LHPN xã Tân Hòa | 58 |\n", [58]),
])
def test_a_unit_column_beside_results_sets_no_target(text, values):
    found = by_value(text)
    for v in values:
        assert found[v]["target"] is None, (v, found[v])


# --- 2. a rate, then the congress's target for a year in brackets ---

@pytest.mark.parametrize("text, result, target", [
    ("Năm 2026, toàn tỉnh kết nạp 12.410 hội viên, đạt 103,4% so với chỉ tiêu Đại hội đề ra cho năm 2026 "
     "(12.000 hội viên).", 12410, 12000),
    ("Các cấp Hội giúp 842 hộ thoát nghèo, đạt 84,2% chỉ tiêu Đại hội giao cho năm 2025 (1.000 hộ).", 842, 1000),
    ("Thành lập 27 tổ hợp tác, đạt 90% so với chỉ tiêu Đại hội lần thứ XV đề ra (30 tổ hợp tác).", 27, 30),
    ("Vận động xây 58 căn nhà, đạt 116% chỉ tiêu đề ra cho cả nhiệm kỳ (50 căn).", 58, 50),
])
def test_a_congress_target_in_brackets_after_a_rate(text, result, target):
    found = by_value(text)
    assert found[result]["target"] == target, found[result]
    assert found[target]["target"] == target, found[target]


@pytest.mark.parametrize("text, result, other", [
    ("Năm 2025 kết nạp 1.240 hội viên, đạt 96% so với năm 2024 (1.180 hội viên).", 1240, 1180),
    ("Giúp 210 hộ thoát nghèo, đạt 105% so với cùng kỳ năm trước (200 hộ).", 210, 200),
])
def test_a_bracket_after_a_comparison_with_a_past_year_is_no_target(text, result, other):
    found = by_value(text)
    assert found[result]["target"] is None and found[other]["target"] is None, (found[result], found[other])
