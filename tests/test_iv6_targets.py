"""Issue 11, iv6's target misses as genre rules, each on invented phrasings with guards.

1. A plan-only table with a unit column ("| TT | Nội dung chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |", "ĐVT"):
   the cells under the plan column are targets, whatever the unit cell says (a count, "%", "tỷ đồng"); not a table
   comparing years, nor one of results, nor one whose second column lists the union's units ("Đơn vị").
2. A rate, then the target named by the congress that set it and the year it is for, its amount in brackets ("đạt
   95,8% so với chỉ tiêu Đại hội đề ra cho năm 2025 (30.000 hội viên)"): the bracket is the target, and the result's.
   Not a bracket after a comparison with a past year.
3. The year's plan told as a plain statement opening its sentence ("Kế hoạch năm 2025, phường được giao phát triển
   180 hội viên mới; …", "Kế hoạch năm 2024 của Hội LHPN quận là 400 hội viên mới."): its figure is the target, and a
   part of the year's result before or after it ("Chín tháng qua, … kết nạp 389 hội viên, đạt 97% kế hoạch năm")
   takes it when its rate states the quotient. Not a plan's words before a deed ("Kế hoạch năm 2025, Hội đã giúp …").
4. A target in one sentence, its result in the next with a verdict and no rate ("… giao tỉnh chỉ tiêu giúp 1.500 hộ
   phụ nữ thoát nghèo. Kết quả cả năm, các cấp Hội giúp 1.638 hộ thoát nghèo, vượt chỉ tiêu."): the result takes the
   target. Not a result of another noun, nor one whose own clause states no verdict.
5. A target of growth, then the result told as a change with its rate ("giao chỉ tiêu tăng trưởng dư nợ 480 tỷ
   đồng; kết quả tăng 556 tỷ đồng, đạt 115,8%"): the change is the result, when the rate states its quotient; the
   sentence after it reports on (its figures are no list of targets). Not a change whose rate states another quotient.
6. A whole, then its part after "trong đó", then a rate and the target in brackets ("giúp 12 hộ, trong đó 3 hộ đủ
   điều kiện thoát nghèo, đạt 60% kế hoạch năm (5 hộ)"): the rate is the part's, whose quotient it states (3 of 5),
   not the whole's. Not when the whole's quotient is the rate (12 of 10 is 120 %).
7. The rest of the year's tasks opening a sentence ("Nhiệm vụ 6 tháng cuối năm: kết nạp tối thiểu 24 hội viên …;
   vận động xây dựng 1 Mái ấm …"): every item is a target, hedged or not, as after "Nhiệm vụ năm 2026:". Not the
   first half's review ("Nhiệm vụ 6 tháng đầu năm: …"), nor the tasks' words without a colon.
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


# --- 3. the year's plan told as a plain statement ---

@pytest.mark.parametrize("text, plan, result", [
    ("Kế hoạch năm 2026, xã được giao kết nạp 95 hội viên mới; 6 tháng đầu năm, toàn xã kết nạp 52 hội viên, "
     "đạt 54,7% kế hoạch năm.", 95, 52),
    ("Sáu tháng đầu năm, các cơ sở Hội kết nạp 630 hội viên, đạt 52,5% kế hoạch năm. Tổ chức 14 buổi sinh hoạt "
     "chuyên đề.\nChỉ tiêu năm 2025 của Hội LHPN huyện là 1.200 hội viên mới.", 1200, 630),
    ("Kế hoạch năm 2025 của phường là 60 hộ thoát nghèo. Chín tháng, Hội giúp 45 hộ thoát nghèo, đạt 75% kế hoạch "
     "năm.", 60, 45),
    ("Kế hoạch năm 2026, Hội LHPN tỉnh giao thị xã vận động 3 tỷ đồng xây nhà Mái ấm; quý I, thị xã vận động "
     "được 0,9 tỷ đồng, đạt 30% kế hoạch năm.", 3e9, 0.9e9),
])
def test_the_years_plan_as_a_plain_statement(text, plan, result):
    found = by_value(text)
    assert found[plan]["target"] == plan, found[plan]
    assert found[result]["target"] == plan, found[result]


@pytest.mark.parametrize("text, value", [
    ("Kế hoạch năm 2025, Hội đã giúp 120 hộ thoát nghèo.", 120),
    ("Kế hoạch năm 2025, các cơ sở Hội kết nạp được 240 hội viên.", 240),
    ("Năm 2025, kết quả kết nạp là 310 hội viên mới.", 310),
])
def test_a_plans_words_before_a_deed_set_no_target(text, value):
    assert by_value(text)[value]["target"] is None


def test_a_part_of_the_year_whose_rate_does_not_state_the_quotient_takes_no_plan():
    found = by_value("Kế hoạch năm 2025 của Hội là 400 hội viên mới. Chín tháng qua, Hội kết nạp 150 hội viên, "
                     "đạt 97% kế hoạch năm.")
    assert found[400]["target"] == 400 and found[150]["target"] is None


# --- 4. a target, then its result in the next sentence with a verdict ---

@pytest.mark.parametrize("text, target, result", [
    ("Tỉnh Hội giao huyện chỉ tiêu kết nạp 800 hội viên mới. Cả năm, các cơ sở Hội kết nạp 865 hội viên mới, "
     "vượt chỉ tiêu.", 800, 865),
    ("Năm 2025, Hội phấn đấu thành lập 14 tổ hợp tác. Kết quả, toàn huyện thành lập 14 tổ hợp tác, hoàn thành chỉ "
     "tiêu đề ra.", 14, 14),
    ("Hội LHPN tỉnh giao chỉ tiêu vận động 2 tỷ đồng xây nhà tình thương. Đến cuối năm, Hội vận động được 2,4 tỷ "
     "đồng, vượt kế hoạch; tổ chức 6 lớp tập huấn.", 2e9, 2.4e9),
])
def test_a_result_with_a_verdict_after_its_target_sentence(text, target, result):
    facts = facts_of(text)
    t = next(f for f in facts if f["value"] == target)
    r = [f for f in facts if f["value"] == result][-1]
    assert t["target"] == target, t
    assert r["target"] == target and r is not t, r


@pytest.mark.parametrize("text, value", [
    # another noun
    ("Trung ương Hội giao chỉ tiêu giúp 1.500 hộ thoát nghèo. Kết quả, các cấp Hội tổ chức 24 lớp dạy nghề, vượt "
     "chỉ tiêu.", 24),
    # the verdict is another clause's
    ("Hội phấn đấu kết nạp 500 hội viên. Năm 2025, kết nạp 450 hội viên; thành lập 5 tổ hợp tác, vượt chỉ tiêu.",
     450),
])
def test_a_verdict_not_the_results_own_links_nothing(text, value):
    assert by_value(text)[value]["target"] is None


# --- 5. a growth target, then the change as its result ---

@pytest.mark.parametrize("text, target, result, rate", [
    ("Năm 2026, Hội được giao chỉ tiêu tăng trưởng dư nợ 350 tỷ đồng; kết quả tăng 371 tỷ đồng, đạt 106%. Có 45/45 "
     "cơ sở Hội làm tốt công tác ủy thác; cán bộ Hội dành 930 ngày công rà soát nợ.", 350e9, 371e9, 106),
    ("Chỉ tiêu tăng dư nợ giao 120 tỷ đồng, thực hiện tăng 102 tỷ đồng, đạt 85%.", 120e9, 102e9, 85),
    ("Kế hoạch giao tăng 60 tổ tiết kiệm; kết quả tăng thêm 66 tổ, đạt 110%.", 60, 66, 110),
])
def test_a_growth_target_then_the_change_done(text, target, result, rate):
    found = by_value(text)
    assert found[target]["target"] == target, found[target]
    assert (found[result]["target"], found[result]["achievement_pct"]) == (target, rate), found[result]
    for other in (45, 930):
        if other in found:
            assert found[other]["target"] is None, found[other]


def test_a_change_whose_rate_states_another_quotient_is_not_the_targets_result():
    found = by_value("Năm 2025, Hội được giao chỉ tiêu dư nợ 480 tỷ đồng; kết quả tăng 56 tỷ đồng, đạt 115,8%.")
    assert found[56e9]["target"] is None, found[56e9]


# --- 6. a rate after a whole and its part: the part whose quotient it states ---

@pytest.mark.parametrize("text, whole, part, rate", [
    ("Năm nay vận động 40 hộ vay vốn, trong đó 9 hộ mở rộng sản xuất, đạt 90% kế hoạch năm (10 hộ).", 40, 9, 90),
    ("Đã hỗ trợ 25 phụ nữ, trong đó 6 phụ nữ khởi nghiệp thành công, đạt 120% chỉ tiêu (5 phụ nữ).", 25, 6, 120),
    ("Thành lập 8 tổ hợp tác, trong đó 2 tổ hợp tác nông nghiệp, đạt 50% chỉ tiêu năm (4 tổ hợp tác).", 8, 2, 50),
])
def test_the_rate_after_a_whole_and_its_part_is_the_parts(text, whole, part, rate):
    found = by_value(text)
    assert found[part]["achievement_pct"] == rate, found[part]
    assert found[whole]["achievement_pct"] is None, found[whole]


def test_the_rate_stays_with_the_whole_whose_quotient_it_states():
    found = by_value("Đến nay đã giúp 12 hộ, trong đó 3 hộ thoát nghèo, đạt 120% kế hoạch (10 hộ).")
    assert found[12]["achievement_pct"] == 120 and found[3]["achievement_pct"] is None


# --- 7. the rest of the year's tasks ---

@pytest.mark.parametrize("text, values", [
    ("Nhiệm vụ 6 tháng cuối năm: kết nạp tối thiểu 30 hội viên để hoàn thành chỉ tiêu năm; vận động xây dựng 2 "
     "Mái ấm tình thương cho hội viên.", [30, 2]),
    ("Nhiệm vụ trọng tâm những tháng cuối năm: giúp 5 hộ thoát nghèo, thành lập 3 tổ hợp tác.", [5, 3]),
    ("Nhiệm vụ quý IV: tổ chức 4 lớp tập huấn chuyển đổi số cho 160 hội viên.", [4, 160]),
    ("Nhiệm vụ thời gian tới: vận động 25 hộ tham gia mô hình; nhận đỡ đầu 7 trẻ mồ côi.", [25, 7]),
])
def test_the_rest_of_the_years_tasks_are_targets(text, values):
    found = by_value(text)
    for v in values:
        assert found[v]["target"] == v, found[v]


@pytest.mark.parametrize("text, values", [
    ("Nhiệm vụ 6 tháng đầu năm: kết nạp 48 hội viên; giúp 6 hộ thoát nghèo, đạt 60% kế hoạch năm.", [48]),
    ("Nhiệm vụ 6 tháng cuối năm đã được triển khai tại 12 chi hội.", [12]),
])
def test_a_review_of_tasks_sets_no_target(text, values):
    found = by_value(text)
    for v in values:
        assert found[v]["target"] is None, found[v]
