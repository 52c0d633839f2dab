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


@pytest.mark.parametrize("text, result, term", [
    ("Đại hội đề ra: hằng năm giúp 20 hộ thoát nghèo. Kết quả cả nhiệm kỳ, các cấp Hội đã giúp 104 hộ thoát nghèo.",
     "104", "20"),
    ("Nghị quyết đề ra mỗi năm kết nạp 300 hội viên mới. Sau 5 năm, Hội đã kết nạp 1.640 hội viên mới.",
     "1.640", "300"),
])
def test_a_yearly_target_does_not_measure_a_whole_terms_result_told_later(text, result, term):
    marks = _marks(text)
    assert marks[term][:2] == (True, float(term.replace(".", "")))
    assert marks[result][1] is None


def test_a_years_target_still_measures_its_years_result_told_later():
    marks = _marks("Năm 2025, Hội được giao chỉ tiêu hỗ trợ 700 hộ phụ nữ nghèo thoát nghèo. Cuối năm, kết quả đạt "
                   "812 hộ phụ nữ nghèo thoát nghèo.")
    assert marks["812"][1] == 700


@pytest.mark.parametrize("text, target, done, other", [
    ("Năm 2025, xã hoàn thành 7/8 chỉ tiêu; riêng chỉ tiêu vận động xây dựng 4 tuyến đường hoa mới làm được 3 tuyến "
     "(dài 2,5 km).", "4", "3", "2,5"),
    ("Riêng chỉ tiêu thành lập 5 tổ hợp tác, đến nay mới thành lập được 2 tổ hợp tác (với 18 thành viên).",
     "5", "2", "18"),
    ("Chỉ tiêu kết nạp 120 hội viên, đến tháng 9 chỉ vận động được 64 hội viên (gồm 12 hội viên là người dân tộc).",
     "120", "64", "12"),
])
def test_a_shortfall_done_after_its_target_is_measured_by_it(text, target, done, other):
    marks = _marks(text)
    assert marks[target][:2] == (True, float(target))
    assert marks[done][:2] == (False, float(target))
    assert marks[other][:2] == (False, None)


def test_a_target_newly_recognised_is_not_a_shortfall():
    # "mới được" before no number: no deed done; the list of targets goes on
    marks = _marks("Phấn đấu năm 2026 có 5 chi hội mới được công nhận vững mạnh và kết nạp 150 hội viên.")
    assert marks["5"][0] and marks["150"][0]


@pytest.mark.parametrize("text, share", [
    ("Năm 2025, chỉ tiêu tập hợp phụ nữ tham gia tổ chức Hội đạt 88%.", "88"),
    ("Riêng chỉ tiêu tỷ lệ hội viên được tuyên truyền pháp luật đạt 91%.", "91"),
    ("Chỉ tiêu hộ gia đình không có người vi phạm pháp luật đạt 97% (vượt 2%).", "97"),
])
def test_a_named_share_reached_or_points_over_it_is_no_rate(text, share):
    assert _marks(text)[share][2] is None


def test_a_named_count_target_reached_is_a_rate_even_beside_last_years_change():
    marks = _marks("Năm 2025, chỉ tiêu giảm nghèo đạt 80% (tăng 5% so với cùng kỳ).")
    assert marks["80"][2] == 80


@pytest.mark.parametrize("text, done", [
    ("Theo kế hoạch, 6 tháng đầu năm Hội kết nạp được 120 hội viên mới.", "120"),
    ("Theo kế hoạch năm 2025, quý I Hội LHPN xã kết nạp được 35 hội viên.", "35"),
    ("Theo kế hoạch, trong năm Hội vận động được 45 triệu đồng ủng hộ Quỹ.", "45"),
])
def test_a_result_told_after_theo_ke_hoach_is_no_target(text, done):
    assert _marks(text)[done][:2] == (False, None)


@pytest.mark.parametrize("text, targets", [
    ("Theo kế hoạch, năm 2026 toàn xã kết nạp 120 hội viên mới; giúp 5 hộ thoát nghèo.", ("120", "5")),
    ("Theo Kế hoạch năm 2026, Hội phải kết nạp 3.200 hội viên, giúp 40 hộ thoát nghèo.", ("3.200", "40")),
])
def test_a_plan_opened_by_theo_ke_hoach_still_sets_targets(text, targets):
    marks = _marks(text)
    assert all(marks[t][0] for t in targets)
