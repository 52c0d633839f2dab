"""Issue 11, iv7's P4 and P9 as genre rules, on invented phrasings a secretary could write, with guards.

P4. A target set in one sentence and its result told in a later sentence of the same paragraph (or the result first,
    then a sentence opening on the target): the result, of the target's noun, takes the target; never across another
    place or year named between, nor for an estimate, a change, a part, last year's count or a second target.
    A body above handing a target down to a unit ("Hội LHPN tỉnh giao cho xã kết nạp 120 hội viên mới") sets it.
P9. "…, bảo đảm chỉ tiêu năm đạt 100%" inside a goal: the 100 % is a target, not a rate reached.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple]:
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))
            if f["value"] not in (2023.0, 2024.0, 2025.0, 2026.0)}


# the target first, the result 0 to 2 sentences later; next year's target of the same noun in the closing paragraph
# (so the text holds two targets of the noun)
@pytest.mark.parametrize("text, result, target", [
    ("Năm 2025, Hội được giao chỉ tiêu giúp 450 hộ phụ nữ thoát nghèo. Đến cuối năm, kết quả đạt 498 hộ.", 498, 450),
    ("Chỉ tiêu Huyện Hội giao năm 2025 là 260 hội viên mới. Các chi hội tích cực tuyên truyền, vận động chị em "
     "tham gia sinh hoạt. Kết quả, cả năm đã kết nạp được 281 hội viên.", 281, 260),
    ("Năm 2025, Hội được giao chỉ tiêu thành lập 14 tổ hợp tác. Hội phối hợp với Liên minh HTX tỉnh mở 3 lớp tập "
     "huấn cho 160 chị. Các cơ sở Hội tổ chức 12 buổi tọa đàm. Qua đó, các cấp Hội đã thành lập 15 tổ hợp tác.", 15,
     14),
    ("Đầu năm, Ban Thường vụ giao chỉ tiêu vận động 2 tỷ đồng cho Quỹ. Năm qua, các chi hội đã vận động được "
     "2,3 tỷ đồng.", 2.3e9, 2e9),
])
@pytest.mark.parametrize("plan", [
    "",
    "\n\nNăm 2026, Hội phấn đấu kết nạp 300 hội viên; giúp 500 hộ thoát nghèo; thành lập 20 tổ hợp tác; vận động "
    "3 tỷ đồng cho Quỹ.",
])
def test_result_in_a_later_sentence_takes_the_target(text, result, target, plan):
    got = marks(text + plan)
    assert got[result][0] == target and got[target][0] == target


def test_result_told_after_its_target_in_one_sentence_with_kết_quả():
    got = marks("Trong đó, chỉ tiêu phát triển hội viên mới Huyện Hội giao 400 người, kết quả các chi hội kết nạp "
                "436 hội viên.")
    assert got[436.0][0] == 400.0 and got[400.0][0] == 400.0


def test_a_bare_excess_after_the_linked_result_is_its_rate():
    got = marks("Hội được giao chỉ tiêu hỗ trợ 500 hộ vay vốn phát triển sản xuất. Cuối năm, kết quả đạt 560 hộ, "
                "vượt 12%.\n\nNăm 2026, Hội phấn đấu hỗ trợ 600 hộ vay vốn.")
    assert got[560.0] == (500.0, 112.0) and got[12.0][1] == 112.0


# the result first, a sentence opening on the target after it
@pytest.mark.parametrize("text, result, target", [
    ("Hội nghị sơ kết 6 tháng đầu năm 2025. Đến 30/6, các chi hội đã kết nạp 318 hội viên, bằng 53% chỉ tiêu năm. "
     "Chỉ tiêu Hội LHPN huyện giao năm 2025 là 600 hội viên.", 318, 600),
    ("Năm 2025, Hội đã giúp 46 hộ thoát nghèo. Các hộ được hỗ trợ cây giống, con giống và tập huấn kỹ thuật. "
     "Chỉ tiêu được giao năm 2025 là 40 hộ.", 46, 40),
])
def test_result_before_a_target_sentence_takes_it(text, result, target):
    got = marks(text)
    assert got[result][0] == target and got[target][0] == target


def test_two_results_then_the_years_plan_for_each():
    got = marks("Về kinh tế, Hội đã hỗ trợ thành lập 22 tổ hợp tác, 5 hợp tác xã do phụ nữ làm chủ. Kế hoạch năm giao "
                "30 THT và 8 HTX, như vậy mới đạt khoảng hai phần ba kế hoạch.")
    assert got[22.0][0] == 30.0 and got[5.0][0] == 8.0 and got[30.0][0] == 30.0 and got[8.0][0] == 8.0


def test_next_years_plan_after_the_results_is_not_theirs():
    got = marks("Năm 2025, Hội đã hỗ trợ thành lập 22 tổ hợp tác, 5 hợp tác xã. Kế hoạch năm 2026 giao 30 THT và "
                "8 HTX.")
    assert got[22.0][0] is None and got[5.0][0] is None


@pytest.mark.parametrize("text, figure", [
    # another noun
    ("Hội được giao chỉ tiêu giúp 300 hộ thoát nghèo. Cuối năm, Hội đã trao 320 suất quà cho hộ nghèo.", 320),
    # another year
    ("Chỉ tiêu năm 2025 được giao là 500 hội viên mới. Năm 2024, các chi hội đã kết nạp 470 hội viên.", 470),
    # another place
    ("Hội LHPN huyện được giao chỉ tiêu kết nạp 900 hội viên. Riêng xã Tân Lập đã kết nạp được 120 hội viên.", 120),
    # a comparison with last year
    ("Năm 2025, Hội được giao chỉ tiêu kết nạp 700 hội viên. Cùng kỳ năm trước, các chi hội đã kết nạp 610 hội viên.",
     610),
    # an estimate
    ("Năm 2025, Hội được giao chỉ tiêu giúp 80 hộ thoát nghèo. Cả năm ước đạt 86 hộ.", 86),
    # a second target, the next year's
    ("Năm 2025, Hội đã kết nạp 420 hội viên. Kế hoạch năm 2026 là 450 hội viên.", 420),
    # a change, not the result
    ("Năm 2025, Hội được giao chỉ tiêu kết nạp 300 hội viên. Cả năm kết nạp 330 hội viên, tăng 25 hội viên so với "
     "năm 2024.", 25),
])
def test_no_target_across_noun_year_place_or_for_an_estimate(text, figure):
    assert marks(text)[figure][0] is None


@pytest.mark.parametrize("text, target", [
    ("Đầu năm, Hội LHPN huyện giao cho xã kết nạp 150 hội viên mới. Năm qua các chi hội đã kết nạp được 162 hội "
     "viên, hoàn thành vượt chỉ tiêu.", 150),
    ("Tỉnh Hội đã giao cho các cơ sở Hội thành lập 20 tổ hợp tác trong năm 2025.", 20),
])
def test_a_body_above_handing_a_target_down_sets_it(text, target):
    assert marks(text)[target][0] == target


def test_handing_over_to_a_commune_is_no_target():
    got = marks("Năm 2025, Hội LHPN huyện bàn giao cho xã xây dựng 3 căn nhà tình thương.")
    assert got[3.0][0] is None


def test_the_share_of_the_plan_a_goal_ensures_is_a_target():
    got = marks("Quý IV, Hội tiếp tục phấn đấu kết nạp khoảng 1.500 hội viên, bảo đảm chỉ tiêu năm đạt 100%.")
    assert got[100.0] == (100.0, None)


def test_the_share_of_the_plan_ensured_is_a_result():
    got = marks("Năm 2025, Hội đã bảo đảm chỉ tiêu năm đạt 100%.")
    assert got[100.0][0] is None


_PLAN = ("HỘI LHPN XÃ AN PHÚ\n\nKế hoạch công tác Hội năm 2026 của Hội LHPN xã An Phú\n\n"
         "1. Kết nạp mới 80 hội viên.\n2. Giúp 6 hộ thoát nghèo.\n\n")


@pytest.mark.parametrize("line, amount", [
    ("Kinh phí thực hiện: từ nguồn kinh phí hoạt động năm 2026 của Hội (dự kiến 38.000.000 đồng) và xã hội hóa.",
     38e6),
    ("4. Kinh phí: dự toán 25 triệu đồng, từ nguồn ngân sách xã cấp.", 25e6),
])
def test_the_amount_foreseen_on_a_plans_budget_line_is_a_target(line, amount):
    assert marks(_PLAN + line)[amount][0] == amount


@pytest.mark.parametrize("text, amount", [
    # a review: its budget was spent
    ("Báo cáo kết quả công tác Hội năm 2025\n\nNăm 2025, Hội kết nạp 80 hội viên.\n\nKinh phí thực hiện: 38.000.000 "
     "đồng (dự kiến 40.000.000 đồng).", 38e6),
    # a plan's budget line, the amount not foreseen: spent last year
    (_PLAN + "Kinh phí thực hiện năm 2025 đã chi 30.000.000 đồng; dự kiến năm 2026 tăng thêm.", 30e6),
])
def test_money_spent_is_no_plan_budget(text, amount):
    assert marks(text)[amount][0] is None
