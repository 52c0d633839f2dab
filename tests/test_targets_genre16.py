"""Issue 11, session 16 (X: iv18 FINDINGS P7, P8, P9, P10, P15; iv25 FINDINGS P4, P6, P7), in invented phrasings: a
previous term's baseline in brackets inside a target item; a bound on the units or targets left over; the items of a
floor target after the floor ("… tối thiểu 800 hộ … và thành lập 20 HTX"); one target, then two stages done in its
sentence. Guards: a bracket naming a target, a list that turns to results, a past conjunct."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple[float | None, float | None]]:
    """(target, achievement) of a text's facts by value (the test texts give each value once)."""
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))}


def targets(text: str) -> dict[float, float | None]:
    return {v: t for v, (t, _) in marks(text).items()}


# --- iv25 P4: the previous term's baseline in brackets inside a target item is a result ---

@pytest.mark.parametrize("text, expected", [
    ("Mỗi năm giúp ít nhất 20 hộ thoát nghèo (giai đoạn trước bình quân 17 hộ/năm).", {20: 20, 17: None}),
    ("Chỉ tiêu nhiệm kỳ 2025 - 2030:\n- Vận động xây 30 mái ấm (nhiệm kỳ trước đạt 26 căn).\n- Kết nạp 900 hội "
     "viên.", {30: 30, 26: None, 900: 900}),
    ("Hằng năm kết nạp tối thiểu 250 hội viên (nhiệm kỳ qua đạt bình quân 231 hội viên/năm).",
     {250: 250, 231: None}),
    ("Phấn đấu đến năm 2030 có 45 tổ hợp tác do phụ nữ quản lý (nhiệm kỳ 2020 - 2025 đã có 38 tổ).",
     {45: 45, 38: None}),
])
def test_a_previous_terms_baseline_in_brackets_is_no_target(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đến nay đã giúp 96 hộ thoát nghèo (chỉ tiêu 120 hộ).", {96: 120, 120: 120}),  # a bracket naming the target
    ("Mỗi năm nhận đỡ đầu ít nhất 40 trẻ em (mỗi chi hội 2 trẻ).", {40: 40, 2: 2}),  # the target per unit
])
def test_a_bracketed_target_stays(text, expected):
    assert targets(text) == expected


# --- iv18 P10 (house rule of the thirteenth session): a bound on the targets or units left over is how far they got ---

@pytest.mark.parametrize("text, value", [
    ("Năm 2025, xã hoàn thành 6/8 chỉ tiêu Nghị quyết; các chỉ tiêu còn lại (giảm nghèo và thành lập HTX) đạt từ 85% "
     "trở lên.", 85),
    ("Có 8 chỉ tiêu giao ước thi đua đạt và vượt; 2 chỉ tiêu còn lại (tỷ lệ hội viên tham gia BHXH, dư nợ ủy thác) "
     "đạt từ 80% trở lên.", 80),
    ("Cụm có 5 đơn vị hoàn thành chỉ tiêu; những đơn vị còn lại (phường Bắc Sơn, xã Đông Hải) đều đạt trên 90% chỉ "
     "tiêu.", 90),
])
def test_a_bound_on_what_is_left_is_its_achievement(text, value):
    assert marks(text)[value] == (None, value)


@pytest.mark.parametrize("text", [
    "Năm 2026 phấn đấu các chỉ tiêu còn lại đạt từ 90% trở lên.",  # an aim
    "Mục tiêu năm 2026: các đơn vị còn lại đạt từ 90% trở lên.",
    "Chỉ tiêu năm 2026: tỷ lệ tập hợp phụ nữ còn lại đạt từ 90% trở lên.",
])
def test_a_bound_set_as_an_aim_takes_no_achievement(text):
    assert marks(text)[90][1] is None


# --- iv18 P7, iv25 P6: the items after a floor target in its sentence are targets too ---

@pytest.mark.parametrize("text, expected", [
    ("Giao ước thi đua năm 2027 gồm 6 nội dung, trong đó mỗi đơn vị kết nạp ít nhất 500 hội viên, giúp tối thiểu 40 "
     "hộ thoát nghèo và thành lập 3 tổ hợp tác.", {500: 500, 40: 40, 3: 3}),
    ("Hằng năm mỗi chi hội vận động ít nhất 2 hội viên mới, tổ chức 4 buổi sinh hoạt chuyên đề.", {2: 2, 4: 4}),
    ("Theo Nghị quyết, mỗi năm Hội phải kết nạp ít nhất 120 hội viên mới và hỗ trợ 12 hộ phụ nữ phát triển kinh tế.",
     {120: 120, 12: 12}),
])
def test_the_items_after_a_floor_target_are_targets(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mỗi năm kết nạp ít nhất 100 hội viên; kết quả năm 2025 đã giúp 87 hộ.", {100: 100, 87: None}),
    ("Mỗi năm Hội kết nạp ít nhất 150 hội viên và đã hỗ trợ 20 hộ.", {150: 150, 20: None}),  # a past conjunct
    ("Hội đã kết nạp ít nhất 150 hội viên và hỗ trợ 20 hộ.", {150: None, 20: None}),  # a result's floor
])
def test_a_result_after_a_floor_stays_a_result(text, expected):
    assert targets(text) == expected


# --- iv25 P7: one target, then the stages done in the clause after it ---

@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu Nghị quyết đề ra cho năm 2026 là xây 6 nhà tình thương; đến nay đã khởi công 6 căn, bàn giao 4 căn, "
     "mỗi căn hỗ trợ 50 triệu đồng.", {6: 6, 4: 6, 50_000_000: None}),
    ("Kế hoạch năm 2025 là 10 công trình phần việc; đến nay đã khởi công 8 công trình, hoàn thành 5 công trình.",
     {10: 10, 8: 10, 5: 10}),
    ("Chỉ tiêu giao 12 mái ấm; hiện nay đã khởi công 9 mái ấm, đã bàn giao 7 mái ấm.", {12: 12, 9: 12, 7: 12}),
])
def test_the_stages_done_after_a_target_take_it(text, expected):
    assert {v: t for v, t in targets(text).items() if v in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # another noun after the first stage splits the pairs
    ("Chỉ tiêu năm là xây 5 nhà tình thương; đến nay đã bàn giao 4 căn, trao 30 suất quà.", {5: 5, 4: 5, 30: None}),
    # no result clause: the next year's target
    ("Chỉ tiêu năm 2025 là xây 5 nhà; năm 2026 xây 7 nhà.", {5: 5}),
])
def test_a_stage_of_another_noun_takes_nothing(text, expected):
    assert {v: t for v, t in targets(text).items() if v in expected} == expected


# --- iv18 P7: an item of an adopted list of aims ("Đại hội đặt mục tiêu: …") with its own time cue and "đạt" ---

@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2025 - 2030, Đại hội đặt mục tiêu: mỗi năm kết nạp tối thiểu 500 hội viên; giúp 60 hộ thoát nghèo; dư "
     "nợ ủy thác đến cuối nhiệm kỳ đạt 900 tỷ đồng.", {500: 500, 60: 60, 900e9: 900e9}),
    ("Đại hội đề ra các mục tiêu: giúp 80 hộ thoát nghèo; đến năm 2030 số tổ hợp tác đạt 25 tổ.", {80: 80, 25: 25}),
])
def test_an_aim_list_item_with_its_own_time_cue(text, expected):
    assert {v: t for v, t in targets(text).items() if v in expected} == expected


def test_a_term_result_without_a_list_of_aims_stays_a_result():
    assert targets("Nhiệm kỳ 2020 - 2025, dư nợ ủy thác đến cuối nhiệm kỳ đã đạt 900 tỷ đồng.")[900e9] is None


# --- iv18 P15: a level to be raised to, as the plan sets it ---

@pytest.mark.parametrize("text, value", [
    ("Dự kiến đến cuối năm, Hội giải ngân thêm 50 tỷ đồng, nâng tổng dư nợ lên 900 tỷ đồng theo kế hoạch năm.", 900e9),
    ("Quý IV, các chi hội vận động thêm hội viên, nâng tổng số hội viên lên 2.150 người theo chỉ tiêu đề ra.", 2150),
    ("Từ nay đến cuối năm, Hội đưa số tổ hợp tác do phụ nữ quản lý lên 30 tổ như kế hoạch.", 30),
])
def test_a_level_raised_to_the_plans_is_a_target(text, value):
    assert targets(text)[value] == value


@pytest.mark.parametrize("text, value", [
    ("Năm 2025, Hội đã nâng tổng dư nợ lên 850 tỷ đồng theo kế hoạch.", 850e9),  # done
    ("Nhờ vậy, tổng dư nợ được nâng lên 850 tỷ đồng theo kế hoạch.", 850e9),
])
def test_a_level_reached_stays_a_result(text, value):
    assert targets(text).get(value) is None


# --- iv18 P8 (r014): the year's estimate after the result so far takes the same target ---

@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu năm 2025 về hỗ trợ hộ phụ nữ thoát nghèo là 300 hộ. Đến hết tháng 9, Hội đã giúp 240 hộ thoát nghèo, "
     "ước cả năm đạt khoảng 320 hộ.", {300: 300, 240: 300, 320: 300}),
    ("Kế hoạch năm 2025 của Hội là kết nạp 500 hội viên. Đến nay, Hội đã kết nạp 410 hội viên, dự kiến cả năm đạt "
     "520 hội viên.", {500: 500, 410: 500, 520: 500}),
])
def test_the_years_estimate_after_the_result_so_far(text, expected):
    assert {v: t for v, t in targets(text).items() if v in expected} == expected


def test_an_estimate_of_another_indicator_takes_nothing():
    text = ("Chỉ tiêu năm 2025 là giúp 300 hộ thoát nghèo. Đến hết tháng 9, Hội đã giúp 240 hộ thoát nghèo, ước cả năm "
            "giải ngân 12 tỷ đồng.")
    assert targets(text)[12e9] is None


# --- iv18 P9 (r013): last period's results quoted in brackets in a plan's preamble ---

@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Nghị quyết Đại hội và kết quả năm 2025 (kết nạp 120 hội viên trên kế hoạch 100 hội viên; giúp 7 hộ thoát "
     "nghèo), Ban Thường vụ xây dựng kế hoạch năm 2026 như sau: kết nạp 130 hội viên.", {100: 100, 7: None, 130: 130}),
    ("Trên cơ sở kết quả quý I (kết nạp 40 hội viên trên kế hoạch 50 hội viên; hỗ trợ 3 hộ vay vốn), Hội đề ra kế "
     "hoạch quý II.", {50: 50, 3: None}),
])
def test_last_periods_results_in_a_preamble_bracket(text, expected):
    assert {v: t for v, t in targets(text).items() if v in expected} == expected


def test_a_bracket_of_targets_keeps_its_items():
    assert targets("Chỉ tiêu năm 2026 (kế hoạch 100 hội viên; giúp 8 hộ thoát nghèo).") == {100: 100, 8: 8}


# --- iv25 P6 (r013): a loan or stock given counts toward households helped to make a living ---

@pytest.mark.parametrize("text, expected", [
    ("Theo Nghị quyết, mỗi năm Hội phải kết nạp ít nhất 120 hội viên mới và hỗ trợ 12 hộ phụ nữ phát triển kinh tế. "
     "Trong quý, Hội kết nạp được 40 hội viên; hỗ trợ 5 hộ phụ nữ vay vốn.", {12: 12, 40: 120, 5: 12}),
    ("Năm 2026, Hội phấn đấu hỗ trợ 30 hộ phụ nữ phát triển kinh tế. 6 tháng đầu năm, Hội đã hỗ trợ 14 hộ con giống.",
     {30: 30, 14: 30}),
])
def test_a_means_counts_toward_a_livelihood_target(text, expected):
    assert {v: t for v, t in targets(text).items() if v in expected} == expected


def test_households_out_of_poverty_are_no_livelihood_result():
    text = ("Năm 2026, Hội phấn đấu hỗ trợ 30 hộ phụ nữ phát triển kinh tế. 6 tháng đầu năm, Hội đã giúp 4 hộ thoát "
            "nghèo.")
    assert targets(text)[4] is None


def test_a_quarters_result_opened_by_trong_quy_restates_the_years_target():
    text = ("Nghị quyết đề ra mỗi năm giúp ít nhất 30 hộ thoát nghèo và trao 100 suất quà. Trong quý, Hội trao 28 suất "
            "quà cho hội viên; hỗ trợ 9 hộ phụ nữ vay vốn chăn nuôi.")
    assert targets(text)[28] == 100
