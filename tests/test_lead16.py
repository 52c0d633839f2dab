"""The lead's cross-owner rules of the sixteenth session, each on invented phrasings with guards."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_figures
from wuanalysis.text import normalize_text


def _marks(text: str) -> dict[str, tuple]:
    text = normalize_text(text)
    figures, _ = extract_figures(text)
    return {text[f.num_start:f.num_end]: (f.is_target, f.target, f.achievement_pct) for f in figures}


@pytest.mark.parametrize("text, share, rate, plan", [
    ("Tỷ lệ hội viên sử dụng dịch vụ công trực tuyến đạt 61,3%, bằng 87,6% kế hoạch (70%).", "61,3", "87,6", 70),
    ("Năm 2025, tỷ lệ chi hội có nhóm Zalo đạt 72%, bằng 90% kế hoạch (80%).", "72", "90", 80),
])
def test_a_rates_own_percent_takes_no_target_from_the_bracketed_plan(text, share, rate, plan):
    marks = _marks(text)
    assert marks[rate][1] is None  # the rate's own percent: no target
    assert marks[share][1] == plan  # the share it measures carries the plan


@pytest.mark.parametrize("text, result, plan", [
    ("Kết nạp 450 hội viên, đạt 90% kế hoạch (500 hội viên).", "450", 500),
    ("Tỷ lệ hộ có sổ tiết kiệm đạt 95% (chỉ tiêu 90%).", "95", 90),
])
def test_a_result_before_its_bracketed_plan_still_takes_it(text, result, plan):
    assert _marks(text)[result][1] == plan


@pytest.mark.parametrize("text, result, plan", [
    ("Dịp Tết, Hội đã trao 540 suất quà (mỗi suất 300.000 đồng) cho hộ nghèo, vượt 8% so với kế hoạch 500 suất.",
     "540", "500"),
    ("Các cấp Hội hỗ trợ 66 con bò giống (mỗi con trị giá 15 triệu đồng) cho hội viên, vượt 10% so với kế hoạch "
     "60 con.", "66", "60"),
])
def test_an_excess_over_the_plan_reaches_past_a_bracketed_per_unit_amount(text, result, plan):
    marks = _marks(text)
    assert marks[result][1] == float(plan)
    assert marks[plan][:2] == (True, float(plan))


def test_a_per_unit_amount_stays_without_a_target():
    marks = _marks("Hội đã trao 540 suất quà (mỗi suất 300.000 đồng) cho hộ nghèo, vượt 8% so với kế hoạch 500 suất.")
    assert marks["300.000"][1] is None
