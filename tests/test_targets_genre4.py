"""Issue 11, fourth round of genre rules (targets, figures and stated achievement), each pattern in invented
wordings (varied units, verbs, word orders, hedges, places) rather than one report's sentence.

Targets: a goal measured only against results of its own indicator (the words after the unit and the verb before
it, not the unit alone; money only under the goal's verb); the congress's other list openers ("Trong đó,", "Theo đó,",
"với các chỉ tiêu:", "Nghị quyết … xác định:", a title line "CÁC CHỈ TIÊU CHỦ YẾU", items "1- …"), a horizon, resolve or
aim inside a sentence ("xác định đến cuối nhiệm kỳ", "quyết tâm", "hướng tới"), the year's tasks ("Nhiệm vụ trọng
tâm năm 2026:"), "phấn đấu" after a result, "chỉ tiêu 500, thực hiện 560", tables split by tabs or bars — and the
reviews, periods and past years that set nothing. Figures: prefixed counters, "dân tộc thiểu số 45", "9/10 chi
tiêu", branches and table rows named by a number, a beneficiary's children, an income floor inside a share, money per
unit. Achievement: "đạt 160% chỉ tiêu (200 hộ)", "Ước đạt 105% kế hoạch", "82%/85%", "3.400/3.000, đạt 113,3%",
"so KH", "= 112%", and "so cùng kỳ" (no rate)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def by_value(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in facts(text)}


# --- a goal is carried to a later result of the same indicator, whatever words come between ---

@pytest.mark.parametrize("text, result, target", [
    ("Năm 2025 phấn đấu giúp 40 hộ thoát nghèo. Kết quả, Hội đã giúp 38 hộ vươn lên thoát nghèo.", 38, 40),
    ("Mục tiêu năm 2024 giúp 40 hộ thoát nghèo. Kết quả, Hội đã giúp 42 hộ hội viên thoát nghèo.", 42, 40),
    ("Chỉ tiêu năm 2024 kết nạp 600 hội viên mới. Đến nay, toàn tỉnh đã kết nạp được 640 hội viên.", 640, 600),
    ("Phấn đấu năm 2024 trao 500 suất quà cho phụ nữ nghèo. Kết quả, các cấp Hội đã trao 620 suất quà Tết.", 620, 500),
    ("Mục tiêu năm 2024 xây dựng 20 mô hình kinh tế. Kết quả, đã xây dựng được 22 mô hình kinh tế.", 22, 20),
])
def test_a_result_of_the_goals_indicator_is_measured(text, result, target):
    assert by_value(text)[float(result)]["target"] == target


@pytest.mark.parametrize("text, others", [
    # the verb before names another indicator ("hỗ trợ … tiếp cận vốn" is no founding)
    ("Mục tiêu thành lập 10 tổ hợp tác. Kết quả, đã thành lập được 12 tổ hợp tác, hỗ trợ 35 tổ hợp tác tiếp cận "
     "vốn.", [35]),
    ("Chỉ tiêu năm 2025 kết nạp 300 hội viên. Kết quả, Hội đã tập huấn cho 450 hội viên.", [450]),
    ("Phấn đấu năm 2024 thành lập 8 hợp tác xã. Kết quả, đã hỗ trợ 15 hợp tác xã vay vốn.", [15]),
    # the words after the unit name another indicator
    ("Mục tiêu năm 2024 xây dựng 20 mô hình kinh tế. Kết quả, đã xây dựng 35 mô hình sinh kế.", [35]),
    ("Phấn đấu năm 2025 hỗ trợ 100 phụ nữ khởi nghiệp. Kết quả, đã hỗ trợ 300 phụ nữ học nghề.", [300]),
])
def test_a_result_of_another_indicator_with_the_same_unit_gets_no_target(text, others):
    found = by_value(text)
    assert [found[float(v)]["target"] for v in others] == [None] * len(others)


# --- lists of targets: the openers the genre uses ---

@pytest.mark.parametrize("text, targets", [
    ("Đại hội thống nhất 7 chỉ tiêu chủ yếu. Trong đó, hằng năm tập hợp 85% phụ nữ tham gia sinh hoạt; mỗi năm vận "
     "động 500 triệu đồng cho quỹ.", [85, 5e8]),
    ("Đại hội đề ra 6 chỉ tiêu. Trong đó, kết nạp mới 1.200 hội viên; giúp 80 hộ thoát nghèo.", [1200, 80]),
    ("Đại hội thông qua Nghị quyết với các chỉ tiêu: tập hợp trên 92% phụ nữ vào Hội, 100% cơ sở hội đạt vững "
     "mạnh, mỗi cơ sở Hội giúp 2 hộ thoát nghèo mỗi năm.", [92, 100, 2]),
    ("Hội LHPN xã ban hành Nghị quyết với các chỉ tiêu chủ yếu: thu hút 80% phụ nữ vào Hội; xây dựng 4 mô hình.",
     [80, 4]),
    ("Nghị quyết Đại hội xác định: đến năm 2030 tỷ lệ tập hợp hội viên đạt trên 85%; trên 90% cán bộ Hội được bồi "
     "dưỡng kỹ năng số.", [85, 90]),
    ("Đại hội thống nhất xác định các chỉ tiêu: 100% chi hội có tổ tiết kiệm, 95% hội viên được tuyên truyền.",
     [100, 95]),
])
def test_a_list_of_targets_opened_the_genres_ways(text, targets):
    found = facts(text)
    assert [(f["value"], f["target"]) for f in found] == [(float(v), float(v)) for v in targets]


@pytest.mark.parametrize("text, value", [
    ("Thực hiện các chỉ tiêu Nghị quyết, Hội đã giúp 45 hộ thoát nghèo.", 45),
    ("Đại hội đề ra 6 chỉ tiêu. Trong đó, 4 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt.", 4),
    ("Về các chỉ tiêu: đã kết nạp 320 hội viên, giúp 12 hộ thoát nghèo.", 320),
])
def test_results_under_target_words_stay_results(text, value):
    assert by_value(text)[float(value)]["target"] is None


# --- figures: counters with a prefixed label, a minority's count, a mistyped "chỉ tiêu" ---

@pytest.mark.parametrize("text, kept", [
    ("Số lượt truy cập: 12345\nHội tặng 30 suất học bổng.", [30]),
    ("Tổng số lượt truy cập: 1.234.567\nHội tặng 25 suất quà.", [25]),
    ("Số người đang online: 45\nHội trao 12 suất quà.", [12]),
    ("Lượt truy cập hôm nay: 345\nHội trao 18 suất quà.", [18]),
])
def test_counters_with_a_prefixed_label_are_furniture(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


@pytest.mark.parametrize("text, count", [
    ("Đại biểu dân tộc thiểu số 45 đại biểu (15%).", 45),
    ("Phụ nữ dân tộc thiểu số 120 người được hỗ trợ vay vốn.", 120),
    ("Trong đó, đồng bào dân tộc thiểu số 1.250 hội viên.", 1250),
])
def test_a_count_after_the_word_minority_is_a_figure(text, count):
    assert float(count) in by_value(text)


@pytest.mark.parametrize("text, value, denominator", [
    ("Hoàn thành 9/10 chi tiêu Nghị quyết.", 9, 10),
    ("Đạt và vượt 11/12 chi tiêu đề ra.", 11, 12),
    ("Có 5/6 chỉ tiệu vượt kế hoạch.", 5, 6),
])
def test_a_ratio_of_mistyped_targets_is_no_date(text, value, denominator):
    assert [(f["value"], f["denominator"]) for f in facts(text)] == [(float(value), float(denominator))]


def test_spending_after_a_date_stays_a_date():
    assert facts("Ngày 9/10 chi tiêu hết kinh phí.") == []


# --- stated achievement ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Giúp 320 hộ thoát nghèo, đạt 160% chỉ tiêu Nghị quyết (200 hộ).", 320, 200, 160),
    ("Kết nạp 1.150 hội viên, đạt 115% kế hoạch (1.000 hội viên).", 1150, 1000, 115),
    ("Vận động 2,4 tỷ đồng, vượt 20% chỉ tiêu (2 tỷ đồng).", 2.4e9, 2e9, 120),
])
def test_a_target_in_parentheses_after_the_rate_belongs_to_the_result(text, result, target, rate):
    found = by_value(text)
    assert (found[float(result)]["target"], found[float(result)]["achievement_pct"]) == (target, rate)
    assert found[float(target)]["target"] == target


@pytest.mark.parametrize("text, rate", [
    ("Ước đạt 105% kế hoạch năm.", 105),
    ("Cả năm ước đạt 98% chỉ tiêu giao.", 98),
    ("Kết nạp 3.100 hội viên, ước đạt 103% kế hoạch.", 103),
])
def test_an_estimated_rate_is_a_rate_and_an_estimate(text, rate):
    found = by_value(text)[float(rate)]
    assert (found["achievement_pct"], found["estimate"]) == (rate, True)


@pytest.mark.parametrize("text", [
    "Dư nợ đạt 1.250 tỷ đồng, tăng 12% so với cùng kỳ.",
    "Số hội viên tăng 8,5% so với đầu nhiệm kỳ.",
    "Tổng dư nợ 980 tỷ đồng, tăng 6% so với năm 2023.",
    "Ước tăng 5% so với cùng kỳ năm trước.",
])
def test_a_comparison_with_the_past_is_no_achievement(text):
    assert all(f["achievement_pct"] is None for f in facts(text))


# --- a branch named by its number ---

@pytest.mark.parametrize("text, kept", [
    ("Chi hội 7 kết nạp 6 hội viên.", [6]),
    ("Chi hội 3 vận động được 5 triệu đồng.", [5e6]),
    ("Chi hội 12 tổ chức 4 buổi sinh hoạt.", [4]),
    ("Tổ hội 2 hỗ trợ 3 hộ.", [3]),
    ("Chi hội phụ nữ 4, chi hội phụ nữ 6 đạt xuất sắc; toàn xã có 15 chi hội.", [15]),
])
def test_a_branch_named_by_its_number_is_no_figure(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


@pytest.mark.parametrize("text, kept", [
    ("Hằng năm mỗi chi hội 2 hộ thoát nghèo.", [2]),
    ("Mỗi chi hội 1-2 mô hình.", [1, 2]),
    ("Toàn xã có 12 chi hội 850 hội viên.", [12, 850]),
])
def test_per_branch_figures_stay(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


# --- a beneficiary's children are her story ---

@pytest.mark.parametrize("text, kept", [
    ("Chị Lan (44 tuổi) nuôi 3 con nhỏ, được Hội tặng 1 con bò giống.", [1]),
    ("Chồng mất sớm, chị một mình nuôi 2 con ăn học; Hội hỗ trợ 5 triệu đồng.", [5e6]),
    ("Gia đình chị có 4 con, Hội tặng 2 con bê.", [2]),
    ("Toàn xã có 3 con bò được hỗ trợ.", [3]),
    ("Hội nhận đỡ đầu 5 con của hội viên nghèo.", [5]),
])
def test_a_beneficiarys_children_are_no_figure(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


# --- a share over its target share ---

@pytest.mark.parametrize("text, result, target", [
    ("Kết quả: 5/6 chỉ tiêu đạt và vượt, 1 chỉ tiêu chưa đạt (tỷ lệ tập hợp hội viên đạt 82%/85%).", 82, 85),
    ("Chỉ tiêu về tỷ lệ cơ sở Hội vững mạnh đạt 75%/80%.", 75, 80),
    ("Tỷ lệ hội viên được tuyên truyền đạt 90%/80% chỉ tiêu giao.", 90, 80),
])
def test_a_share_over_its_target_share_is_no_rate(text, result, target):
    found = by_value(text)
    assert (found[float(result)]["target"], found[float(result)]["achievement_pct"]) == (target, None)
    assert found[float(target)]["target"] == target


# --- a goal set in the clause after a result ---

@pytest.mark.parametrize("text, result, goal", [
    ("Hội đã giúp 25 hộ thoát nghèo, phấn đấu đến cuối năm giúp thêm 10 hộ.", 25, 10),
    ("Đến nay đã kết nạp 180 hội viên, phấn đấu đến hết năm kết nạp 300 hội viên.", 180, 300),
    ("Các cấp Hội đã vận động 1,2 tỷ đồng; phấn đấu năm 2026 vận động 1,5 tỷ đồng.", 1.2e9, 1.5e9),
])
def test_a_goal_after_a_result_in_its_sentence(text, result, goal):
    found = by_value(text)
    assert (found[float(result)]["is_target"], found[float(goal)]["target"]) == (False, goal)


@pytest.mark.parametrize("text, value", [
    ("Các cấp Hội đã nỗ lực phấn đấu, kết nạp 320 hội viên.", 320),
    ("Hội đã phấn đấu đạt 320 hội viên.", 320),
])
def test_striving_that_was_done_is_no_goal(text, value):
    assert by_value(text)[float(value)]["target"] is None


# --- money for each one is per unit (never added to totals) ---

@pytest.mark.parametrize("text, units", [
    ("Mỗi hội viên ủng hộ 5 ngàn đồng.", ["VND/hội viên"]),
    ("Hỗ trợ 20 hộ, mỗi hộ 5 triệu đồng.", [None, "VND/hộ"]),
    ("Trao 50 suất quà, mỗi suất 300.000 đồng.", [None, "VND/suất"]),
    ("Mỗi suất học bổng trị giá 1 triệu đồng, tổng trị giá 50 triệu đồng.", ["VND/suất học bổng", "VND"]),
    ("Mỗi năm vận động 2 tỷ đồng.", ["VND"]),
    ("Mỗi cơ sở Hội vận động 10 triệu đồng.", ["VND"]),
])
def test_money_for_each_one_is_per_unit(text, units):
    assert [f["unit"] if f["unit_class"] == "vnd" else None for f in facts(text)] == units


# --- a congress's list of targets under a title line, items numbered with a dash or in parentheses ---

@pytest.mark.parametrize("text, targets", [
    ("CÁC CHỈ TIÊU CHỦ YẾU\n1- Hằng năm kết nạp mới 500 hội viên.\n2- 100% chi hội có mô hình tiết kiệm.",
     [500, 100]),
    ("Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030\n(1) Thu hút 90% phụ nữ vào Hội.\n(2) Giúp 200 hộ thoát nghèo.",
     [90, 200]),
    ("Một số chỉ tiêu cụ thể:\na) Tập hợp 85% phụ nữ vào Hội;\nb) Mỗi năm giúp 30 hộ thoát nghèo.", [85, 30]),
    ("Các mục tiêu trọng tâm\n1 - Hỗ trợ 40 phụ nữ khởi nghiệp.\n2 - Vận động 1,5 tỷ đồng xây nhà Mái ấm.",
     [40, 1.5e9]),
    ("Đại hội đã thông qua 7 chỉ tiêu. Theo đó, hằng năm có 95% cơ sở Hội được xếp loại vững mạnh; đến năm 2030 có "
     "50 hợp tác xã do phụ nữ quản lý.", [95, 50]),
])
def test_a_titled_list_of_targets(text, targets):
    assert [(f["value"], f["target"]) for f in facts(text)] == [(float(v), float(v)) for v in targets]


@pytest.mark.parametrize("text, results", [
    # a review of the targets: one item measured against its target makes the list results
    ("Các chỉ tiêu chủ yếu\n1. Kết nạp 3.500 hội viên mới (chỉ tiêu 3.000).\n2. Giúp 200 hộ thoát nghèo.", [200]),
    ("Hội đã hoàn thành 9 chỉ tiêu. Theo đó, kết nạp 300 hội viên.", [300]),
    ("Năm 2024:\n2 - 3 hộ được hỗ trợ vay vốn mỗi tháng.", [2, 3]),
])
def test_lists_that_review_targets_stay_results(text, results):
    found = by_value(text)
    assert [found[float(v)]["is_target"] for v in results] == [False] * len(results)


# --- a result over its target, bare, then their quotient ---

@pytest.mark.parametrize("text, value, target, rate", [
    ("Kết quả kết nạp hội viên mới: 3.400/3.000, đạt 113,3%.", 3400, 3000, 113.3),
    ("Giải ngân vốn vay (tỷ đồng): 56/50, đạt 112%.", 56, 50, 112),
    ("Hộ thoát nghèo: 130/100 (đạt 130%).", 130, 100, 130),
])
def test_a_bare_result_over_its_target_with_their_quotient(text, value, target, rate):
    found = next(f for f in facts(text) if f["unit_class"] == "ratio")
    assert (found["value"], found["target"], found["achievement_pct"]) == (value, target, rate)


def test_a_larger_over_smaller_code_stays_a_name():
    assert [f["value"] for f in facts("Theo Quyết định 120/45, đạt 80% số hộ.")] == [80.0]


# --- an income floor inside a share's definition ---

@pytest.mark.parametrize("text, kept", [
    ("Phấn đấu 95% hội viên có thu nhập từ 5 triệu đồng/tháng trở lên.", [95]),
    ("Có 60% hộ có thu nhập trên 100 triệu đồng/năm.", [60]),
    ("Đến năm 2030, 40% hộ hội viên có mức thu nhập từ 200 triệu đồng/năm trở lên.", [40]),
    ("Tỷ lệ hộ nghèo còn 2%, thu nhập bình quân đạt trên 60 triệu đồng.", [2, 6e7]),
])
def test_an_income_floor_inside_a_share_is_no_figure(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


# --- money measured against a goal of money only under the same verb ---

@pytest.mark.parametrize("text, result, target", [
    ("Năm 2025, Hội phấn đấu vận động 2 tỷ đồng xây nhà Mái ấm. 6 tháng đầu năm, Hội đã vận động được 1,3 tỷ đồng.",
     1.3e9, 2e9),
    ("Chỉ tiêu năm 2025 giải ngân 30 tỷ đồng. Tính đến 30/6, dư nợ đạt 150 tỷ đồng, giải ngân 18 tỷ đồng.", 18e9, 30e9),
    ("Kế hoạch năm 2024 huy động 500 triệu đồng. Kết quả, các cấp Hội đã huy động 620 triệu đồng.", 6.2e8, 5e8),
])
def test_money_of_the_goals_verb_is_measured(text, result, target):
    assert by_value(text)[result]["target"] == target


@pytest.mark.parametrize("text, others", [
    ("Chỉ tiêu năm 2025 giải ngân 30 tỷ đồng. Tính đến 30/6, dư nợ đạt 150 tỷ đồng.", [150e9]),
    ("Năm 2025 phấn đấu vận động 2 tỷ đồng. Kết quả, Hội đã trao 300 triệu đồng học bổng.", [3e8]),
    ("Phấn đấu vận động 1 tỷ đồng. Kết quả, tổng kinh phí đạt 1,4 tỷ đồng.", [1.4e9]),
])
def test_money_under_another_verb_is_not_measured(text, others):
    found = by_value(text)
    assert [found[v]["target"] for v in others] == [None] * len(others)


@pytest.mark.parametrize("text, value", [
    ("Kế hoạch năm 2024 huy động 500 triệu đồng xây nhà Mái ấm.", 5e8),
    ("Kế hoạch năm 2025 kết nạp 450 hội viên mới.", 450),
    ("Hội xây dựng kế hoạch hỗ trợ 12 hộ thoát nghèo.", 12),
])
def test_a_plan_with_its_verb_sets_a_target(text, value):
    assert by_value(text)[float(value)]["target"] == value


def test_a_plan_named_for_a_programme_sets_nothing():
    assert by_value("Ban hành kế hoạch thực hiện Đề án 938, tổ chức 25 buổi tuyên truyền.")[25.0]["target"] is None


@pytest.mark.parametrize("text, value", [
    ("Mục tiêu của chương trình là giúp phụ nữ nâng cao thu nhập; đến nay 120 phụ nữ đã tham gia.", 120),
    ("Chỉ tiêu năm 2024 kết nạp 600 hội viên; đến nay toàn huyện có 640 hội viên mới.", 640),
    ("Mục tiêu giảm nghèo được cụ thể hóa, đến nay 45 hộ thoát nghèo.", 45),
])
def test_what_stands_today_after_a_goal_is_a_result(text, value):
    assert by_value(text)[float(value)]["is_target"] is False


# --- a horizon, a resolve or an aim inside the sentence sets targets ---

@pytest.mark.parametrize("text, value", [
    ("Hội xác định đến cuối nhiệm kỳ có 100% chi hội có mô hình tiết kiệm.", 100),
    ("Ban Chấp hành khóa mới quyết tâm đến năm 2030 thành lập mới 15 hợp tác xã.", 15),
    ("Hội LHPN xã tiếp tục nỗ lực để đến cuối nhiệm kỳ có 95% hội viên tham gia sinh hoạt thường xuyên.", 95),
    ("Giai đoạn 2025 - 2030, Hội LHPN tỉnh hướng tới hỗ trợ thành lập 100 hợp tác xã.", 100),
    ("Đại hội quyết nghị: hằng năm kết nạp 200 hội viên mới.", 200),
    ("Hội quyết tâm giúp 20 hộ thoát nghèo.", 20),
])
def test_a_horizon_resolve_or_aim_inside_the_sentence(text, value):
    assert by_value(text)[float(value)]["target"] == value


@pytest.mark.parametrize("text, value", [
    ("Từ năm 2015 đến năm 2020, Hội giúp 300 hộ.", 300),
    ("Tính đến năm 2024, toàn tỉnh có 45 hợp tác xã.", 45),
    ("Hội tổ chức tổng kết giai đoạn, đến năm 2025 toàn tỉnh có 120 mô hình, đã giúp 300 hộ.", 120),
    ("Hội quyết tâm thực hiện tốt, năm qua kết nạp 300 hội viên.", 300),
    ("Phấn đấu hoàn thành các chỉ tiêu; năm qua kết nạp 120 hội viên.", 120),
])
def test_a_period_told_or_a_past_year_is_no_horizon(text, value):
    assert by_value(text)[float(value)]["target"] is None


# --- a table's row numbers under a "TT" column ---

def test_a_tables_row_numbers_are_no_figures():
    text = ("TT\nNội dung\nKế hoạch\nThực hiện\nTỷ lệ (%)\n1\nKết nạp hội viên mới\n500\n560\n112\n2\n"
            "Giúp hộ thoát nghèo\n40\n38\n95")
    assert [(f["value"], f["target"]) for f in facts(text)] == [
        (500.0, 500.0), (560.0, 500.0), (112.0, None), (40.0, 40.0), (38.0, 40.0), (95.0, None)]


def test_a_number_alone_on_its_line_without_a_number_column_stays():
    assert [f["value"] for f in facts("Số hội viên mới\n45\nHội viên tham gia")] == [45.0]


# --- a table whose cells are split by tabs or bars ---

@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu\tKế hoạch\tThực hiện\nKết nạp hội viên\t300\t320\nThành lập tổ hợp tác\t5\t7",
     [(300, 300, None), (320, 300, None), (5, 5, None), (7, 5, None)]),
    ("Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%)\nKết nạp hội viên mới | 500 | 560 | 112\nHội đã tổ chức 12 lớp.",
     [(500, 500, None), (560, 500, 112), (112, None, 112), (12, None, None)]),
])
def test_a_table_with_cells_on_one_line(text, expected):
    assert [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)] == [
        (float(v), t, a) for v, t, a in expected]


def test_a_line_with_bars_but_no_table_head_sets_nothing():
    found = facts("Kết nạp hội viên | 300 | 320")
    assert [f["target"] for f in found] == [None, None]


@pytest.mark.parametrize("text, value", [
    ("Nghị quyết Đại hội nhiệm kỳ 2020-2025 đề ra 8 chỉ tiêu. Trong đó, kết nạp 1.200 hội viên, vượt 20%.", 1200),
    ("Đại hội nhiệm kỳ trước đề ra 8 chỉ tiêu. Trong đó, có 6 chỉ tiêu đạt, kết nạp được 1.200 hội viên.", 1200),
    ("Đại hội đề ra 7 chỉ tiêu. Theo đó, năm qua Hội giúp 45 hộ thoát nghèo.", 45),
])
def test_a_review_after_the_counted_targets_is_no_list(text, value):
    assert by_value(text)[float(value)]["is_target"] is False


@pytest.mark.parametrize("text, value", [
    ("Nhiệm kỳ qua, Hội hoàn thành tốt nhiệm vụ với các chỉ tiêu: kết nạp 1.200 hội viên; giúp 45 hộ thoát nghèo.", 45),
    ("Kết quả thực hiện Nghị quyết với các chỉ tiêu chủ yếu: kết nạp 1.200 hội viên; giúp 45 hộ thoát nghèo.", 45),
    ("Đại hội thống nhất đánh giá: nhiệm kỳ qua Hội kết nạp 1.200 hội viên.", 1200),
])
def test_a_review_of_the_targets_with_a_colon_is_no_list(text, value):
    assert by_value(text)[float(value)]["is_target"] is False


@pytest.mark.parametrize("text, value, is_target", [
    ("Giai đoạn 2021 đến năm 2025, Hội giúp 300 hộ.", 300, False),
    ("Từ đầu nhiệm kỳ đến năm 2024, Hội kết nạp 800 hội viên.", 800, False),
    ("Từ nay đến năm 2030, Hội hỗ trợ thành lập 20 hợp tác xã.", 20, True),
])
def test_a_span_ending_in_a_year_is_a_period_unless_it_starts_now(text, value, is_target):
    assert by_value(text)[float(value)]["is_target"] is is_target


# --- the target, then what was done against it, in one clause list ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Kết nạp hội viên mới: chỉ tiêu 500, thực hiện 560, đạt 112%.", 560, 500, 112),
    ("Giúp hộ thoát nghèo: kế hoạch 40 hộ, thực hiện 38 hộ, đạt 95%.", 38, 40, 95),
    ("Vận động quỹ: kế hoạch 200 triệu đồng, thực hiện 260 triệu đồng.", 2.6e8, 2e8, None),
])
def test_a_target_then_what_was_done(text, result, target, rate):
    found = by_value(text)
    assert (found[float(result)]["target"], found[float(result)]["achievement_pct"]) == (target, rate)
    assert found[float(target)]["is_target"] is True
    if rate is not None:
        assert (found[float(rate)]["is_target"], found[float(rate)]["achievement_pct"]) == (False, rate)


def test_a_result_over_its_named_target():
    found = next(f for f in facts("Số hội viên mới: 560/500 (chỉ tiêu), đạt 112%.") if f["unit_class"] == "ratio")
    assert (found["value"], found["target"], found["achievement_pct"]) == (560, 500, 112)


@pytest.mark.parametrize("text", [
    "Theo Kế hoạch 15 của Ban Thường vụ, Hội tổ chức 8 lớp.",
    "Kế hoạch 45/KH-HLHPN ngày 3/5, Hội tổ chức 8 lớp.",
])
def test_a_plans_number_stays_a_name(text):
    assert [f["value"] for f in facts(text)] == [8.0]


# --- shortened ways of naming the target a rate is measured by, and the past it is not ---

@pytest.mark.parametrize("text, result, rate", [
    ("Kết nạp 512 hội viên, đạt 102,5% so KH.", 512, 102.5),
    ("Kết nạp 512 hội viên = 112% kế hoạch.", 512, 112),
    ("Giúp 52 hộ thoát nghèo, đạt 104% NQ.", 52, 104),
])
def test_a_rate_measured_by_a_shortened_target(text, result, rate):
    assert by_value(text)[float(result)]["achievement_pct"] == rate


@pytest.mark.parametrize("text", [
    "Dư nợ 520 tỷ đồng, đạt 105% so cùng kỳ.",
    "Số hội viên bằng 103% so năm trước.",
])
def test_a_shortened_comparison_with_the_past_is_no_rate(text):
    assert all(f["achievement_pct"] is None for f in facts(text))


@pytest.mark.parametrize("text, kept", [
    ("Mẹ có 3 con là liệt sĩ; Hội tặng 2 triệu đồng.", [2e6]),
    ("Bà có 2 con hy sinh trong kháng chiến, Hội trao 1 sổ tiết kiệm.", [1]),
])
def test_a_heroic_mothers_children_without_nguoi(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


@pytest.mark.parametrize("text, kept", [
    ("Theo dõi: 12.500 người\nHội trao 16 suất quà.", [16]),
    ("Chia sẻ 25 lần\nHội trao 17 suất quà.", [17]),
    ("12.500 người theo dõi\nHội trao 18 suất quà.", [18]),
    ("Hội theo dõi 25 hộ nghèo.", [25]),
])
def test_followers_and_shares_are_furniture(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


# --- a sentence opening on the year's tasks or direction ---

@pytest.mark.parametrize("text, targets", [
    ("Nhiệm vụ trọng tâm năm 2026: kết nạp 200 hội viên, giúp 15 hộ thoát nghèo, thành lập 2 tổ hợp tác.",
     [200, 15, 2]),
    ("Phương hướng năm 2026, Hội tiếp tục vận động 100% hội viên tham gia BHYT.", [100]),
    ("Phương hướng, nhiệm vụ năm 2026: giúp 20 hộ thoát nghèo.", [20]),
])
def test_the_years_tasks_are_targets(text, targets):
    assert [(f["value"], f["target"]) for f in facts(text)] == [(float(v), float(v)) for v in targets]


def test_the_tasks_done_are_results():
    assert [f["target"] for f in facts("Kết quả thực hiện nhiệm vụ năm 2025: kết nạp 180 hội viên.")] == [None]


def test_an_inline_item_number_before_a_share_is_a_marker():
    text = ("Đại hội đã thông qua Nghị quyết với 8 chỉ tiêu chủ yếu: 1. Hằng năm kết nạp 150 hội viên; 2. Giúp 10 hộ "
            "thoát nghèo; 3. 100% chi hội đạt khá.")
    assert [(f["value"], f["target"]) for f in facts(text)] == [(150.0, 150.0), (10.0, 10.0), (100.0, 100.0)]


def test_a_result_under_the_goals_first_verb_is_measured():
    text = ("Giai đoạn 2022 - 2025, Trung ương Hội đặt mục tiêu hỗ trợ thành lập mới 1.000 hợp tác xã do phụ nữ quản "
            "lý; đến nay đã hỗ trợ 1.250 hợp tác xã, vượt 25% mục tiêu.")
    found = by_value(text)[1250.0]
    assert (found["target"], found["achievement_pct"]) == (1000, 125)


def test_an_aim_at_a_share_is_a_target():
    assert by_value("Đề án 938 giai đoạn 2017-2027 hướng tới 100% cán bộ Hội được tập huấn.")[100.0]["target"] == 100
