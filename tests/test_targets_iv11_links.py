"""Results and their targets told apart (issue 11, iv11 FINDINGS P1, P2), on invented phrasings, with guards.

P1: a target in one sentence, its result in the next with a bare rate ("bằng 62,5%", "- tương đương 80%"), the rate
the result's quotient over the target. P2: a result, then in the next clause the resolution's target with no target
word ("…; Nghị quyết đề ra 100 hộ, đạt 128%"), the rate the result's.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # P1: the bare rate states the quotient, the result takes the target of the sentence before
    ("Năm 2025, xã phấn đấu giúp 50 hộ hội viên nghèo vươn lên. Đến cuối tháng 8, đã có 36 hộ thoát nghèo, bằng 72%.",
     [(50, 50, None), (36, 50, 72), (72, None, 72)]),
    ("Kế hoạch năm giao 30 hộ thoát nghèo. Quý III, Hội đã giúp 24 hộ - tương đương 80%.",
     [(30, 30, None), (24, 30, 80), (80, None, 80)]),
    ("Chi hội đặt chỉ tiêu kết nạp 120 hội viên. Sau 6 tháng, đã kết nạp 75 hội viên, tương đương 62,5%.",
     [(120, 120, None), (75, 120, 62.5), (62.5, None, 62.5)]),
])
def test_a_bare_rate_confirms_the_target_before(text, expected):
    assert [row for row in marks(text) if row[0] != 2025 and row[0] != 8] == _floats(expected)


@pytest.mark.parametrize("text", [
    # another year's result: no rate, whatever the quotient
    "Năm 2026, chi hội phấn đấu kết nạp 300 hội viên. Năm 2025, đã kết nạp 310 hội viên, bằng 103%.",
    # the rate is no quotient of the two (29 of 40 is 72,5 %)
    "Năm nay xã phấn đấu giúp 40 hộ hội viên nghèo. Đến tháng 9, đã có 29 hộ thoát nghèo, bằng 60%.",
    # another paragraph
    "Năm nay xã phấn đấu giúp 40 hộ hội viên nghèo.\nĐến tháng 9, đã có 29 hộ thoát nghèo, bằng 72,5%.",
])
def test_a_bare_rate_that_does_not_confirm_links_nothing(text):
    got = {row[0]: row for row in marks(text)}
    result = got[310.0] if 310.0 in got else got[29.0]
    assert result[2] is None and result[1] is None


@pytest.mark.parametrize("text, expected", [
    # P2: the resolution's target in the next clause, then the result's rate
    ("Nhiệm kỳ qua, Hội đã giúp 63 hộ thoát nghèo; Nghị quyết đề ra 50 hộ, đạt 126%.",
     [(63, 50, 126), (50, 50, None), (126, None, 126)]),
    ("Các cấp Hội kết nạp 1.240 hội viên; Nghị quyết Đại hội lần thứ XV đề ra 1.000 hội viên, vượt 24%.",
     [(1240, 1000, 124), (1000, 1000, None), (24, None, 124)]),
    ("Hội giúp 45 hộ thoát nghèo; Nghị quyết Đại hội XII giao 30 hộ, như vậy đã đạt 150%.",
     [(45, 30, 150), (30, 30, None), (150, None, 150)]),
    ("Hội đã thành lập 18 tổ hợp tác, NQ đề ra 15 tổ, đạt 120%.",
     [(18, 15, 120), (15, 15, None), (120, None, 120)]),
])
def test_a_resolutions_target_in_the_next_clause(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # the next term's target, no rate: no link
    ("Nhiệm kỳ qua, Hội kết nạp 1.240 hội viên; Nghị quyết đề ra cho nhiệm kỳ tới 1.500 hội viên.",
     [(1240, None, None)]),
    # a rate that is no quotient of the two
    ("Hội giúp 45 hộ thoát nghèo; Nghị quyết giao 30 hộ vay vốn, đạt 98%.", [(45, None, None)]),
])
def test_a_resolution_without_its_quotient_links_nothing(text, expected):
    assert marks(text)[:1] == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P7: "Chỉ tiêu <verb> N <noun> đạt M <noun>, bằng X%"
    ("Kế hoạch kết nạp 300 hội viên đạt 318 hội viên, bằng 106%.",
     [(300, 300, None), (318, 300, 106), (106, None, 106)]),
    ("Chỉ tiêu trao 80 sinh kế thực hiện được 72 sinh kế, bằng 90%.", [(80, 80, None), (72, 80, 90), (90, None, 90)]),
])
def test_a_plan_then_what_it_reached(text, expected):
    assert marks(text) == _floats(expected)


def test_a_plan_reached_with_no_quotient():
    assert marks("Kế hoạch kết nạp 300 hội viên đạt 318 hội viên, bằng 80% năm trước.")[1][1] != 300.0


@pytest.mark.parametrize("text, expected", [
    # P5: a target of "người" counts the people the result names
    ("Hội hỗ trợ 30 chị em khởi nghiệp so với kế hoạch 40 người.", [(30, 40, None), (40, 40, None)]),
    ("Chi hội thu hút 450 hội viên so với chỉ tiêu 500 người.", [(450, 500, None), (500, 500, None)]),
])
def test_a_target_of_people(text, expected):
    assert marks(text) == _floats(expected)


def test_a_target_of_another_noun():
    assert marks("Hội hỗ trợ 1.760 phụ nữ khởi nghiệp so với chỉ tiêu 2.000 hộ.")[0][1] is None


@pytest.mark.parametrize("text, expected", [
    # P5: the rate first, then in brackets the result against its target
    ("Chỉ tiêu phụ nữ khởi nghiệp chỉ đạt 75% (có 300 phụ nữ khởi nghiệp so với chỉ tiêu 400 người).",
     [(75, None, 75), (300, 400, 75), (400, 400, None)]),
    ("Chỉ tiêu hỗ trợ chị em khởi nghiệp mới đạt 75% (hỗ trợ 30 chị em so với kế hoạch 40 người).",
     [(75, None, 75), (30, 40, 75), (40, 40, None)]),
])
def test_a_rate_then_its_result_in_brackets(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P6: the result, a clause break, then "so với mục tiêu <programme> (N <noun>) đạt X%"
    ("Hội trao 1.320 suất học bổng; so với mục tiêu của Chương trình (1.000 suất) đạt 132%.",
     [(1320, 1000, 132), (1000, 1000, None), (132, None, 132)]),
    ("Các cấp Hội giúp 410 hộ thoát nghèo, cận nghèo; so với kế hoạch của Đề án (400 hộ) vượt 2,5%.",
     [(410, 400, 102.5), (400, 400, None), (2.5, None, 102.5)]),
])
def test_a_programmes_target_after_the_result(text, expected):
    assert marks(text) == _floats(expected)


def test_a_programmes_figure_with_no_quotient():
    got = marks("Hội trao 1.320 suất học bổng; so với mục tiêu của Chương trình (1.000 suất) tăng 12%.")
    assert got[0][2] is None


@pytest.mark.parametrize("text, expected", [
    # P10: a named target's shortfall told as a ratio with its own rate
    ("Riêng chỉ tiêu tổ hợp tác mới đạt 14/20 tổ (bằng 70%).", [(14, 20, 70), (70, None, 70)]),
    ("Chỉ tiêu thành lập câu lạc bộ chỉ đạt 3/5 câu lạc bộ (đạt 60%).", [(3, 5, 60), (60, None, 60)]),
])
def test_a_shortfall_ratio_with_its_rate(text, expected):
    assert marks(text) == _floats(expected)


def test_a_ratio_of_all_units_with_its_rate():
    # a share of all branches, no target named
    assert marks("Số chi hội sinh hoạt định kỳ đạt 81/96 chi hội (84,4%).")[0][1] is None


@pytest.mark.parametrize("text, expected", [
    # P13: "<result>, <a figure of another class or a running total>, vượt kế hoạch năm (N <noun>)"
    ("Hội trao 64 suất quà, trị giá 32 triệu đồng, vượt kế hoạch (50 suất).",
     [(64, 50, None), (32e6, None, None), (50, 50, None)]),
    ("Năm qua kết nạp 230 hội viên, nâng tổng số lên 4.100 hội viên, vượt chỉ tiêu (200 hội viên).",
     [(230, 200, None), (4100, None, None), (200, 200, None)]),
])
def test_a_bracketed_plan_past_an_aside(text, expected):
    assert marks(text) == _floats(expected)


def test_a_bracketed_plan_of_another_noun_past_an_aside():
    assert marks("Hội trao 64 suất quà, trị giá 32 triệu đồng, vượt kế hoạch (50 hộ).")[0][1] is None


@pytest.mark.parametrize("text, expected", [
    # P14: a bracketed plan after place names that hold digits
    ("Hội bàn giao 3 nhà tại ấp 4, ấp 7 (chỉ tiêu: 4 nhà).", [(3, 4, None), (4, 4, None)]),
    ("Chi hội giúp 12 hộ ở thôn 2 và thôn 9 (kế hoạch năm 10 hộ).", [(12, 10, None), (10, 10, None)]),
])
def test_a_bracketed_plan_past_numbered_places(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P15: a share target, then "; kết quả (bình quân) đạt X%"
    ("Nghị quyết đề ra mỗi năm 90% chi hội sinh hoạt đều đặn theo hướng dẫn; kết quả bình quân đạt 93%.",
     [(90, 90, None), (93, 90, None)]),
    ("Mục tiêu 70% hội viên dùng ví điện tử trong thanh toán hằng ngày; thực hiện bình quân 72,5%.",
     [(70, 70, None), (72.5, 70, None)]),
])
def test_a_share_target_then_its_result(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P16: a done-so-far figure inside an aim is a result measured by the aim's target
    ("Hội phấn đấu cả năm giúp 40 hộ thoát nghèo, sau khi đã giúp 22 hộ trong quý I-II.", [(40, 40), (22, 40)]),
    ("Hội phấn đấu xây dựng ít nhất 120 nhà tình thương sau khi hoàn thành 58 nhà trong 6 tháng đầu năm.",
     [(120, 120), (58, 120)]),
])
def test_done_so_far_inside_an_aim(text, expected):
    assert [row[:2] for row in marks(text) if row[0] != 6.0] == [tuple(map(float, row)) for row in expected]


def test_an_aim_after_a_step():
    # "sau khi" of a step to come, no figure done
    assert [row[1] for row in marks("Phấn đấu sau khi sáp nhập kết nạp 300 hội viên.")] == [300.0]
