"""Issue 11, the fifteenth session's stated rates (R's patterns of iv15, iv22, iv23's FINDINGS), each on invented
phrasings a secretary could write, with guards that must not change.

iv15 P4. "phấn đấu … kết nạp 300 hội viên, tương đương 25% kế hoạch": a goal's share of the plan is a target share, no
    rate of the goal (a result told the same way keeps its rate).
iv15 P17. "chưa hoàn thành (Hội đạt 17 HTX, bằng 85% chỉ tiêu)": the one result of a bracket's clause owns its rate.
iv22 P7. "hỗ trợ 14.000 hộ, gần gấp 1,5 lần chỉ tiêu": a verbless multiple of a target.
iv22 P12. "3 xã hoàn thành 100% chỉ tiêu": the units that met every target, no rate.
iv23 P1. "xây 36 căn nhà với kinh phí 2,1 tỷ đồng, bằng 90% chỉ tiêu năm (40 căn)": reversed by the lead's
    sixteenth-session house rule (iv23 r011, r017 corrected): a rate after a result's cost aside is unclear, only the
    percent carries it (the seventeenth session's R; the target the bracket gives is target_cues', X's).
iv23 P3 (R half). "(Nghị quyết … đề ra đến năm 2030 đạt 90%)": a target share with its horizon, no rate.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"], f["is_target"])
            for f in extract_facts(normalize_text(text))]


def rates(text: str) -> dict[float, float | None]:
    return {f["value"]: f["achievement_pct"] for f in extract_facts(normalize_text(text))}


# --- iv15 P4: a goal told with its share of the plan ---

@pytest.mark.parametrize("text, goal, share", [
    ("Quý IV Hội phấn đấu kết nạp 300 hội viên, tương đương 25% kế hoạch năm.", 300, 25),
    ("Phấn đấu 6 tháng cuối năm giúp thêm 120 hộ thoát nghèo, bằng 40% chỉ tiêu năm.", 120, 40),
    ("Các chi hội phấn đấu đến hết quý III vận động tối thiểu 90 triệu đồng, tương đương 60% kế hoạch.", 90e6, 60),
])
def test_a_goals_share_of_the_plan_is_no_rate(text, goal, share):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[goal]["achievement_pct"] is None and found[share]["achievement_pct"] is None
    assert found[share]["is_target"] and found[share]["target"] == share


@pytest.mark.parametrize("text, result, rate", [
    ("Quý I Hội đã kết nạp 300 hội viên, tương đương 25% kế hoạch năm.", 300, 25),
    ("Sau một năm phấn đấu, Hội giúp 120 hộ thoát nghèo, bằng 40% chỉ tiêu năm.", 120, 40),
])
def test_a_results_share_of_the_plan_keeps_its_rate(text, result, rate):
    assert rates(text)[result] == rate and rates(text)[rate] == rate


# --- iv15 P17: result and rate inside a bracket ---

@pytest.mark.parametrize("text, result, rate", [
    ("Chỉ tiêu thành lập hợp tác xã chưa hoàn thành (toàn tỉnh đạt 17 HTX, bằng 85% chỉ tiêu).", 17, 85),
    ("Riêng chỉ tiêu giảm nghèo chưa đạt (mới giúp 42 hộ, bằng 84% kế hoạch).", 42, 84),
    ("Chỉ tiêu xây nhà chưa hoàn thành (các cấp Hội xây 18 căn, đạt 90% kế hoạch năm) do thiếu nguồn vốn.", 18, 90),
])
def test_the_one_result_of_a_bracket_owns_its_rate(text, result, rate):
    assert rates(text)[result] == rate


def test_two_results_in_a_bracket_leave_the_rate_on_the_percent():
    found = rates("Chỉ tiêu chưa hoàn thành (kết nạp 40 hội viên và trao 12 suất quà, bằng 80% kế hoạch).")
    assert found[40] is None and found[12] is None


# --- iv22 P7: a verbless multiple of the target ---

@pytest.mark.parametrize("text, result, rate", [
    ("Các cấp Hội đã hỗ trợ 14.000 hộ thoát nghèo, gần gấp 1,5 lần chỉ tiêu; thành lập 20 tổ hợp tác.", 14000, 150),
    ("Hội trao 1.300 suất quà, gấp 2,6 lần kế hoạch.", 1300, 260),
])
def test_a_verbless_multiple_of_the_target(text, result, rate):
    assert rates(text)[result] == rate


@pytest.mark.parametrize("text", [
    "Thu nhập bình quân của hội viên đạt 62 triệu đồng, gấp 1,6 lần năm 2020.",
    "Dư nợ ủy thác 310 tỷ đồng, tăng 1,6 lần so với đầu nhiệm kỳ.",
])
def test_a_multiple_of_no_target_is_growth(text):
    assert all(v is None for v in rates(text).values())


# --- iv22 P12: units that met every target ---

@pytest.mark.parametrize("text, units", [
    ("Về thực hiện Nghị quyết năm 2025, 4 xã hoàn thành 100% chỉ tiêu.", 4),
    ("Trong Cụm thi đua, có 6 huyện đều hoàn thành 100% chỉ tiêu năm.", 6),
])
def test_units_meeting_every_target_carry_no_rate(text, units):
    found = rates(text)
    assert found[units] is None and found[100] is None


def test_a_result_meeting_its_target_keeps_the_rate():
    found = rates("Năm 2025, Hội thành lập 2 hợp tác xã, hoàn thành 100% chỉ tiêu.")
    assert found[2] == 100 and found[100] == 100


# --- iv23 P1: a cost aside between a count and its rate, the bracketed plan counting the same thing ---

@pytest.mark.parametrize("text, count, money, plan, rate", [
    ("Hội xây 36 căn nhà với kinh phí 2,1 tỷ đồng, bằng 90% chỉ tiêu năm (40 căn).", 36, 2.1e9, 40, 90),
    ("Các chi hội trao 250 suất quà, tổng trị giá 125 triệu đồng, đạt 125% kế hoạch (200 suất).", 250, 125e6, 200, 125),
    ("Toàn tỉnh sửa chữa 57 nhà tình thương với tổng kinh phí 3,4 tỷ đồng, bằng 95% kế hoạch năm 2026 (60 nhà).",
     57, 3.4e9, 60, 95),
])
def test_a_rate_after_a_cost_aside_stays_on_the_percent_iv23(text, count, money, plan, rate):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[count]["achievement_pct"] is None and found[rate]["achievement_pct"] == rate  # (house rule, 16th)
    assert found[money]["achievement_pct"] is None and found[money]["target"] is None


def test_a_money_plan_makes_the_money_the_result():
    text = "Hội xây 20 căn nhà với kinh phí 2,4 tỷ đồng, đạt 80% kế hoạch (3 tỷ đồng)."
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[20]["achievement_pct"] is None and found[20]["target"] is None


def test_a_value_aside_without_a_plan_stays_unowned():
    found = rates("Hội vận động xây dựng 42 nhà tình nghĩa, tổng trị giá 2,1 tỷ đồng, đạt 105% kế hoạch.")
    assert found[42] is None and found[2.1e9] is None


# --- iv23 P3 (rate): a bracketed share target with its horizon ---

@pytest.mark.parametrize("text, share, target", [
    ("Tỷ lệ hộ dùng nước sạch đạt 86%, tăng 1% so với cùng kỳ (Nghị quyết Đại hội đề ra đến năm 2030 đạt 92%).",
     86, 92),
    ("Tỷ lệ chi hội vững mạnh 72% (kế hoạch đến cuối nhiệm kỳ đạt 80%).", 72, 80),
])
def test_a_bracketed_share_target_with_its_horizon_is_no_rate(text, share, target):
    found = rates(text)
    assert found[target] is None and found[share] is None


# --- iv23 P17: a share told as a target not completed, its target share in brackets ---

@pytest.mark.parametrize("text, share, target", [
    ("Chỉ tiêu duy nhất chưa hoàn thành là tỷ lệ hội viên tham gia bảo hiểm xã hội, đạt 31,5% (chỉ tiêu 35%).",
     31.5, 35),
    ("Chỉ tiêu chưa hoàn thành là tỷ lệ chi hội có tổ tiết kiệm, đạt 76% (kế hoạch 80%).", 76, 80),
])
def test_a_share_with_its_target_share_after_an_unmet_target_is_no_rate(text, share, target):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[share]["achievement_pct"] is None and found[share]["target"] == target


def test_a_task_completed_keeps_its_rate():
    assert rates("Hội đã hoàn thành việc thu hội phí năm 2025, đạt tỷ lệ 100%.")[100] == 100


# --- iv23 P10: a verdict naming the target share with "mức" ---

@pytest.mark.parametrize("text, share, target", [
    ("Tỷ lệ chi hội xếp loại khá ước đạt 88%, chưa đạt mức 90% Nghị quyết đề ra.", 88, 90),
    ("Tỷ lệ hội viên cài ứng dụng đạt 71%, chưa đạt mức 80% tỉnh giao.", 71, 80),
])
def test_a_verdict_naming_the_target_level(text, share, target):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[share]["target"] == target and found[target]["is_target"] and found[target]["target"] == target
    assert found[share]["achievement_pct"] is None and found[target]["achievement_pct"] is None


def test_a_level_with_no_number_names_no_target():
    found = {f["value"]: f for f in extract_facts(normalize_text("Tỷ lệ hộ dùng nước sạch đạt 96%, đạt mức cao."))}
    assert found[96]["target"] is None and found[96]["achievement_pct"] is None


# --- iv23 P5, iv22 P7: the target named first with its amount in brackets, then the result, then a bare rate ---

@pytest.mark.parametrize("text, result, plan, rate", [
    ("Các cấp Hội giúp 216 hộ thoát nghèo, trong đó 40 hộ dân tộc thiểu số. So với kế hoạch năm (300 hộ), kết quả "
     "trên đạt 72%.", 216, 300, 72),
    ("Hội kết nạp được 738 hội viên mới. So với Nghị quyết (1.200 hội viên), con số này bằng 61,5%.", 738, 1200, 61.5),
    ("So với chỉ tiêu Đại hội (cả nhiệm kỳ giúp 2.000 hộ phụ nữ nghèo), đến nay Hội đã giúp 1.830 hộ, đạt 91,5%.",
     1830, 2000, 91.5),
    ("So với kế hoạch năm (kết nạp 500 hội viên), 9 tháng Hội đã kết nạp 410 hội viên, đạt 82%.", 410, 500, 82),
])
def test_a_target_named_first_with_its_amount(text, result, plan, rate):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[result]["achievement_pct"] == rate and found[result]["target"] == plan
    assert found[plan]["is_target"] and found[rate]["achievement_pct"] == rate


def test_a_rate_that_fits_no_quotient_measures_nothing_before():
    found = {f["value"]: f for f in extract_facts(normalize_text(
        "Hội kết nạp được 700 hội viên mới. So với Nghị quyết (1.200 hội viên), con số này bằng 61,5%."))}
    assert found[700]["achievement_pct"] is None and found[700]["target"] is None


# --- iv23 P6: a result over its plan and its bare rate, under a heading that compares with the plan ---

@pytest.mark.parametrize("text, result, plan, rate", [
    ("2. Kết quả thực hiện chỉ tiêu (so với kế hoạch năm 2025)\n- Kết nạp hội viên mới: 430/500 hội viên, đạt 86%.\n",
     430, 500, 86),
    ("II. KẾT QUẢ SO VỚI KẾ HOẠCH\n- Giúp hộ thoát nghèo: 45/50 hộ, đạt 90%.\n", 45, 50, 90),
    ("Thực hiện các chỉ tiêu năm (so với Nghị quyết)\n- Trao học bổng: 76/80 suất, đạt 95%.\n", 76, 80, 95),
])
def test_a_ratio_under_a_heading_versus_the_plan(text, result, plan, rate):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[result]["achievement_pct"] == rate and found[result]["target"] == plan


def test_a_count_under_a_heading_versus_the_plan():
    found = rates("II. KẾT QUẢ SO VỚI KẾ HOẠCH\n- Kết nạp hội viên: 230 hội viên, đạt 92%.\n")
    assert found[230] == 92


@pytest.mark.parametrize("text", [
    "2. Kết quả thực hiện chỉ tiêu (so với kế hoạch năm 2025)\n- Chi hội có mô hình: 33/35 chi hội, đạt 94,3%.\n",
    "2. Kết quả so với cùng kỳ\n- Kết nạp hội viên mới: 430/500 hội viên, đạt 86%.\n",
    "2. Kết quả thực hiện chỉ tiêu (so với kế hoạch năm 2025)\n- Kết nạp hội viên mới: 430/500 hội viên, đạt 90%.\n",
])
def test_a_share_of_units_a_comparison_with_last_year_or_a_rate_off_the_quotient_stay_out(text):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    ratio = next(f for f in found.values() if f["unit_class"] == "ratio")
    assert ratio["achievement_pct"] is None and ratio["target"] is None


# --- iv22 P11 (R half): a share projected for the year's end, with no plan stated, is a target of itself ---

@pytest.mark.parametrize("text, share", [
    ("Tỷ lệ hội viên dùng thanh toán không tiền mặt đạt 52%, dự kiến cuối năm đạt 65%.", 65),
    ("Tỷ lệ chi hội có mô hình tiết kiệm đạt 71%; dự kiến đến hết năm đạt 80%.", 80),
])
def test_a_share_projected_for_the_years_end_is_a_target(text, share):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[share]["is_target"] and found[share]["target"] == share and found[share]["achievement_pct"] is None


@pytest.mark.parametrize("text, value", [
    ("Hội kết nạp 420 hội viên, dự kiến cuối năm đạt 105% kế hoạch.", 105),
    ("Tỷ lệ hội viên cài ứng dụng đạt 46% (chỉ tiêu 60%), dự kiến cuối năm đạt 58%.", 58),
])
def test_a_projected_rate_or_a_share_with_its_target_is_no_target_of_itself(text, value):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert not found[value]["is_target"]


# --- iv15 P3 (R's part): a plan and a result told as a pair, then a multiple of the plan ---

@pytest.mark.parametrize("text, result, rate", [
    ("- Giúp hộ phụ nữ thoát nghèo: Kế hoạch 40 hộ, thực hiện 80 hộ, gấp 2 lần chỉ tiêu.", 80, 200),
    ("Chỉ tiêu 150 hội viên, thực hiện 225 hội viên, gấp 1,5 lần kế hoạch.", 225, 150),
])
def test_a_multiple_after_a_plan_and_its_result(text, result, rate):
    assert rates(text)[result] == rate


def test_a_multiple_after_two_results_sharing_a_verb_has_no_owner():
    found = rates("Hội kết nạp 40 hội viên và giúp 80 hộ, gấp 2 lần chỉ tiêu.")
    assert found[40] is None and found[80] is None


# --- leftover: the target share in brackets after a rate belongs to the share the rate measures ---

@pytest.mark.parametrize("text, share, rate, target", [
    ("Chuyển đổi số: 58,5% hội viên tham gia các nhóm Zalo, bằng 90% kế hoạch (65%).", 58.5, 90, 65),
    ("Tỷ lệ hộ dùng nước sạch đạt 85,5%, bằng 95% mục tiêu (90%).", 85.5, 95, 90),
])
def test_the_bracketed_share_target_goes_to_the_share(text, share, rate, target):
    found = {f["value"]: f for f in extract_facts(normalize_text(text))}
    assert found[share]["achievement_pct"] == rate and found[share]["target"] == target
    assert found[target]["is_target"]


def test_a_bracketed_share_off_the_quotient_is_not_the_shares_target():
    found = {f["value"]: f for f in extract_facts(normalize_text(
        "Tỷ lệ hộ dùng nước sạch đạt 85,5%, bằng 95% mục tiêu (80%)."))}
    assert found[85.5]["target"] != 80
