"""Issue 11, session 18 (X: iv24 FINDINGS P8, P9, P10), in invented phrasings: a ratio of a named unmet target (its
clause opened after a colon, or in brackets after another cue's target); a reduction target and its result ("kế hoạch
giảm X%, mới giảm Y%"); figures inside a target's reach that are no target (units assigned, last year's shortfall in a
bracket). Guards: a ratio with no target named, a tally of targets, the units where a target was met; a change on last
year, a level reached ("giảm còn"); a per-unit target, a part of the target."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple[float | None, float | None]]:
    """(target, achievement) of a text's facts by value (the test texts give each value once)."""
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))}


def targets(text: str) -> dict[float, float | None]:
    return {v: t for v, (t, _) in marks(text).items()}


# --- P8: a ratio of a named unmet target ---

@pytest.mark.parametrize("text, value, expected", [
    ("Năm qua Hội trao 120 suất quà. Chỉ tiêu chưa đạt: thành lập hợp tác xã, mới được 9/12 HTX.", 9, 12),
    ("Cả năm vượt 8 chỉ tiêu. Chỉ tiêu còn lại chưa hoàn thành là hỗ trợ phụ nữ khởi nghiệp: chỉ đạt 31/40 ý tưởng.",
     31, 40),
    ("Hội kết nạp 640 hội viên. Hai chỉ tiêu chưa đạt là tỷ lệ cán bộ nữ (đạt 18%, chỉ tiêu 20%) và số tổ hợp tác "
     "(9/15 tổ).", 9, 15),
    ("Có 2 chỉ tiêu chưa đạt là tỷ lệ hội viên được vay vốn (đạt 70%, chỉ tiêu 80%) và số mô hình sinh kế (14/20 mô "
     "hình).", 14, 20),
])
def test_a_ratio_of_a_named_unmet_target_takes_its_whole(text, value, expected):
    assert targets(text)[value] == expected


@pytest.mark.parametrize("text, value", [
    ("Tình hình chung: số chi hội sinh hoạt định kỳ chỉ đạt 81/96 chi hội.", 81),
    ("Kết quả: Hội đạt 11/13 chỉ tiêu Nghị quyết.", 11),
    ("Chỉ tiêu xây dựng nông thôn mới mới đạt ở 318/342 xã.", 318),
    ("Các chỉ tiêu đều đạt: kết nạp 500 hội viên; có 81/96 chi hội sinh hoạt định kỳ.", 81),
    ("Chỉ tiêu xây dựng tổ phụ nữ tự quản chưa đạt: mới có 19/25 chi hội có tổ (kế hoạch 100% chi hội).", 19),
])
def test_a_ratio_with_no_unmet_target_named_takes_none(text, value):
    assert targets(text)[value] is None


# --- P9: a reduction target and its result ---

@pytest.mark.parametrize("text, expected", [
    ("Riêng chỉ tiêu giảm hộ nghèo do phụ nữ làm chủ chưa đạt (kế hoạch giảm 1,5%, thực hiện giảm 1,1%).",
     {1.5: 1.5, 1.1: 1.5}),
    ("Tỷ lệ hộ nghèo của hội viên (chỉ tiêu giảm 2,5%, mới giảm 1,8%) còn cao.", {2.5: 2.5, 1.8: 2.5}),
    ("Mục tiêu giảm 4% số hộ nghèo mỗi năm đã hoàn thành, bình quân giảm 4,6%/năm.", {4: 4, 4.6: 4}),
])
def test_a_reduction_result_takes_its_target(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Số hộ nghèo giảm 215 hộ so với cùng kỳ, giảm 1,2% so với năm trước.", {215: None, 1.2: None}),
    ("Kế hoạch giảm 2% hộ nghèo; tỷ lệ hộ nghèo giảm xuống còn 3,1%.", {3.1: None}),
])
def test_a_change_or_a_level_after_a_reduction_target_takes_none(text, expected):
    got = targets(text)
    assert {v: got[v] for v in expected} == expected


def test_a_change_on_last_year_is_not_paired_with_the_reduction_target():
    assert targets("Chỉ tiêu giảm 2% hộ nghèo, thực tế giảm 1,6% so với cùng kỳ.")[1.6] != 2


# --- P10: figures inside a target's reach that are no target ---

@pytest.mark.parametrize("text, expected", [
    ("KẾ HOẠCH NĂM 2026\nI. CHỈ TIÊU\n1. Kết nạp 200 hội viên mới.\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n- Tổ chức 4 lớp tập "
     "huấn; giao Ủy viên Thường vụ theo dõi 12 chi hội.", {200: 200, 4: 4, 12: None}),
    ("Kế hoạch năm 2026:\n- Kết nạp 150 hội viên;\n- Phân công cán bộ chuyên trách chỉ đạo 9 chi hội vùng cao.\n"
     "- Thành lập mới 5 chi hội.", {150: 150, 9: None, 5: 5}),
])
def test_units_an_officer_is_in_charge_of_are_no_target(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, Hội phấn đấu: kết nạp ít nhất 300 hội viên (trong đó 40 hội viên còn thiếu từ năm trước); giúp 20 hộ.",
     {300: 300, 40: None, 20: 20}),
    ("Năm tới Hội phấn đấu thành lập 25 tổ hợp tác (gồm cả 6 tổ chưa hoàn thành của năm 2025).", {25: 25, 6: None}),
])
def test_last_years_shortfall_in_a_targets_bracket_is_no_target(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, Hội phấn đấu hỗ trợ 500 hộ có sinh kế (trong đó ít nhất 60% là hộ đồng bào dân tộc thiểu số).",
     {500: 500, 60: 60}),
    ("Kế hoạch năm 2026:\n- Mỗi chi hội kết nạp ít nhất 02 hội viên;\n- Thành lập mới 5 chi hội.", {2: 2, 5: 5}),
])
def test_a_part_or_a_per_unit_target_stays_a_target(text, expected):
    assert targets(text) == expected


# --- P3 (X's part): a target, then after ";" its result so far, dated, "mới/chỉ/đã" ---

@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu thành lập mới 12 hợp tác xã được giao từ đầu năm; đến ngày 20/11, Hội mới thành lập được 9 HTX. "
     "Năm 2026, Hội phấn đấu thành lập 15 HTX.", {12: 12, 9: 12, 15: 15}),
    ("Kế hoạch giao xây 20 nhà tình nghĩa; tính đến cuối tháng 10, các chi hội chỉ trao được 14 nhà.",
     {20: 20, 14: 20}),
    ("Chỉ tiêu năm là 60 tổ hợp tác; đến nay các chi hội mới thành lập 41 tổ hợp tác.", {60: 60, 41: 60}),
])
def test_a_result_so_far_after_its_target_and_a_semicolon_takes_it(text, expected):
    assert targets(text) == expected


def test_a_result_of_another_noun_after_the_semicolon_takes_nothing():
    got = targets("Chỉ tiêu thành lập mới 12 hợp tác xã; đến ngày 20/11, Hội mới trao được 9 suất quà.")
    assert got[9] is None


# --- P10 (iv22's leftover): how many of the targets set were met ---

@pytest.mark.parametrize("text, value", [
    ("Nhiệm kỳ qua, phong trào có nhiều chuyển biến. Nghị quyết đề ra 7 nhóm chỉ tiêu thì có 6 nhóm hoàn thành vượt "
     "mức.", 6),
    ("Nghị quyết Đại hội đặt ra 11 chỉ tiêu thì 9 nhóm đã đạt và vượt.", 9),
])
def test_the_targets_met_after_the_tally_set_are_no_target(text, value):
    assert targets(text)[value] is None


@pytest.mark.parametrize("text, value", [
    ("Để đạt chỉ tiêu năm, thì cần kết nạp thêm 200 hội viên.", 200),
    ("Chỉ tiêu đề ra là nếu đủ vốn thì có 30 hộ đạt chuẩn thoát nghèo.", 30),
])
def test_a_target_after_thi_stays_a_target(text, value):
    assert targets(text)[value] == value


# --- P10 (iv9's leftover): a result's cost after the plan it is set against ---

@pytest.mark.parametrize("text, expected", [
    ("Hội đã trao 40 căn trên kế hoạch 50 căn, tổng kinh phí 2,1 tỷ đồng.", {40: 50, 50: 50, 2.1e9: None}),
    ("Năm nay Hội giúp 30 hộ so với kế hoạch 25 hộ, trị giá 600 triệu đồng.", {30: 25, 25: 25, 6e8: None}),
    ("Các cấp Hội đã khánh thành 18 căn trên kế hoạch 20 căn; mỗi căn được hỗ trợ 60 triệu đồng.",
     {18: 20, 20: 20, 6e7: None}),
])
def test_a_results_cost_after_its_plan_is_no_target(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội đã trao 40 căn trên kế hoạch 50 căn; phấn đấu cuối năm hoàn thành thêm 10 căn.", {40: 50, 50: 50, 10: 10}),
    ("Kế hoạch năm 2026: xây 50 căn, với tổng kinh phí 2,5 tỷ đồng.", {50: 50, 2.5e9: 2.5e9}),
])
def test_an_aim_after_the_plan_or_a_plans_budget_stays_a_target(text, expected):
    assert targets(text) == expected


# --- P3 (iv20's leftover): a change on last year between the result and its plan told after it ---

@pytest.mark.parametrize("text, expected", [
    ("2. Giảm nghèo: giúp 412 hộ thoát nghèo. So với cùng kỳ năm 2025 (380 hộ), tăng 8,4%. Chỉ tiêu năm là 400 hộ.",
     {412: 400, 380: None, 8.4: None, 400: 400}),
    ("Năm 2026 kết nạp 210 hội viên, tăng 15% so với năm 2025. Kế hoạch năm là 200 hội viên.",
     {210: 200, 15: None, 200: 200}),
])
def test_a_result_takes_its_plan_past_a_change_on_last_year(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, value", [
    ("Năm 2026 kết nạp 210 hội viên, tăng 15% so với năm 2025. Chỉ tiêu năm 2027 là 250 hội viên.", 210),
    ("Năm 2026 kết nạp 210 hội viên, tăng 15% so với năm 2025. Chỉ tiêu năm là 40 tổ hợp tác.", 210),
])
def test_another_years_or_another_nouns_plan_past_a_change_takes_nothing(text, value):
    assert targets(text)[value] is None
