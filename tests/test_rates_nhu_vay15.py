"""Issue 11, iv15 FINDINGS P5: a result, then the year's plan in the next sentence, then the rate after "như vậy" and
the period reached ("Giúp 27 hộ …. Kế hoạch năm Hội huyện giao là 35 hộ, như vậy 9 tháng đạt 77,1% kế hoạch"): the rate
belongs to the result (its quotient over the plan), and the plan's sentence reviews that result, so no list of
targets goes on after it. Invented phrasings, with guards that must not change.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def _facts(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


@pytest.mark.parametrize("text, result, plan, rate", [
    ("Hội kết nạp 164 hội viên mới. Kế hoạch năm phường giao là 200 hội viên, như vậy 9 tháng đạt 82% kế hoạch.",
     164, 200, 82),
    ("Các chi hội trao 9 mái ấm cho hội viên. Chỉ tiêu năm Hội huyện giao là 12 mái ấm, như vậy 6 tháng đầu năm đạt "
     "75% chỉ tiêu.", 9, 12, 75),
    ("Vận động 48 hội viên gửi tiết kiệm. Kế hoạch năm 2023 huyện giao là 60 hội viên, như vậy sau 9 tháng đã đạt 80% "
     "kế hoạch.", 48, 60, 80),
    ("Trao 9 mái ấm. Chỉ tiêu được giao 12 mái ấm, như vậy sau 6 tháng đầu năm đạt 75% chỉ tiêu.", 9, 12, 75),
    ("Kết nạp 164 hội viên. Mục tiêu năm 2024 là 200 hội viên, như vậy trong 9 tháng đã đạt 82% kế hoạch.", 164, 200,
     82),
])
def test_a_rate_after_nhu_vay_and_a_period(text, result, plan, rate):
    found = _facts(text)
    assert found[result]["achievement_pct"] == rate and found[result]["target"] == plan
    assert found[plan]["achievement_pct"] is None


@pytest.mark.parametrize("text, item", [
    ("Giúp 18 hộ phụ nữ thoát nghèo. Kế hoạch năm Hội huyện giao là 24 hộ, như vậy 9 tháng đạt 75% kế hoạch. Thành lập "
     "3 tổ hợp tác.", 3),
    ("Hội giúp 25 hộ thoát nghèo. Kế hoạch năm là 25 hộ, như vậy đạt 100% kế hoạch. Thành lập 4 tổ hợp tác.", 4),
    ("Trao 8 mái ấm. Chỉ tiêu được giao 10 mái ấm, như vậy sau 9 tháng đạt 80% chỉ tiêu. Thành lập 5 tổ hợp tác.", 5),
    ("Hội kết nạp 90 hội viên. Chỉ tiêu năm phường giao là 120 hội viên, như vậy 6 tháng đạt 75% chỉ tiêu. Hỗ trợ "
     "7 suất học bổng.", 7),
])
def test_the_plan_that_rates_a_result_before_carries_no_list(text, item):
    assert not _facts(text)[item]["is_target"]


def test_a_rate_after_nhu_vay_that_fits_no_quotient_stays_on_the_percent():
    found = _facts("Hội kết nạp 150 hội viên mới. Kế hoạch năm phường giao là 200 hội viên, như vậy 9 tháng đạt 82% kế "
                   "hoạch.")
    assert found[150]["achievement_pct"] is None and found[82]["achievement_pct"] == 82


def test_nhu_vay_summing_up_without_a_plan_keeps_no_target():
    found = _facts("Các cơ sở hội giúp 30 hộ thoát nghèo, 12 hộ vay vốn. Như vậy đạt 100% kế hoạch. Thành lập 2 tổ hợp "
                   "tác.")
    assert found[30]["target"] is None and found[100]["achievement_pct"] == 100 and not found[2]["is_target"]


def test_a_list_of_targets_goes_on_after_a_goal():
    found = _facts("Năm 2024 phấn đấu kết nạp 200 hội viên mới. Giúp 30 hộ thoát nghèo. Thành lập 3 tổ hợp tác.")
    assert all(found[v]["is_target"] for v in (200, 30, 3))
