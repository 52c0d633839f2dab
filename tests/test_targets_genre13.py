"""Results linked to targets told after them in their sentence, or paragraphs before them (issue 11, iv13 FINDINGS
B, C, O, D1; iv14 FINDINGS P3, P3b, P4b), on invented phrasings, with guards.

B: results listed, then the resolution's targets respectively ("…, trong khi Nghị quyết đề ra lần lượt là 4 và 18").
C: the result, then its target opening the next clause after ";" or a dash ("…; chỉ tiêu Nghị quyết là 1.100 hộ",
"… - chỉ tiêu năm là 300 hội viên, đạt 106%").
P3/P3b/O: a verdict, then the target named after who set it or its programme ("vượt chỉ tiêu huyện giao là 500",
"thấp hơn mục tiêu 2,5 tỷ đồng mà Đảng ủy giao", "vượt mục tiêu Đại hội đề ra là 90%", "đạt 132% chỉ tiêu Chương
trình 1719 năm nay (50 mô hình)"), with or without diacritics ("vuot ke hoach huyen giao (40 hoi vien)").
P4b: the target's words after the amount ("giúp 1.500 hộ như chỉ tiêu đã đăng ký", "Giúp 11 hộ theo chỉ tiêu tỉnh
giao. Thực hiện: 9 hộ", "Trong số 4 hộ được giao giúp …, 2 hộ …").
D1: a rated result a paragraph after the only target given for its noun whose quotient the rate states.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    ("Năm qua thành lập 5 hợp tác xã và 21 tổ hợp tác, trong khi Nghị quyết đề ra lần lượt là 4 và 18.",
     [(5, 4, None), (21, 18, None), (4, 4, None), (18, 18, None)]),
    ("Hội kết nạp 530 hội viên và giúp 44 hộ thoát nghèo, trong khi Nghị quyết Đại hội giao lần lượt là 500 và 40.",
     [(530, 500, None), (44, 40, None), (500, 500, None), (40, 40, None)]),
])
def test_results_then_the_resolutions_targets_respectively(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Hội giúp 1.240 hộ thoát nghèo; chỉ tiêu Nghị quyết là 1.100 hộ.", [(1240, 1100, None), (1100, 1100, None)]),
    ("Số hội viên mới là 318 hội viên - chỉ tiêu năm là 300 hội viên, đạt 106%.",
     [(318, 300, 106), (300, 300, None), (106, None, 106)]),
    # guards: next year's target; a dash opening another noun's target
    ("Hội đã giúp 57 hộ thoát nghèo; chỉ tiêu năm tới là 60 hộ.", [(57, None, None), (60, 60, None)]),
    ("Hội đã giúp 57 hộ thoát nghèo - chỉ tiêu năm là 40 hội viên.", [(57, None, None), (40, 40, None)]),
])
def test_a_target_opening_the_next_clause(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025 kết nạp 530 hội viên, vượt chỉ tiêu huyện giao là 500 hội viên.", [(530, 500, None), (500, 500, None)]),
    ("Năm 2025 kết nạp 530 hội viên, hoàn thành vượt chỉ tiêu Đảng ủy giao là 500 hội viên.",
     [(530, 500, None), (500, 500, None)]),
    ("Huy động 2,1 tỷ đồng, thấp hơn mục tiêu 2,5 tỷ đồng mà Đảng ủy giao, chỉ đạt 84%.",
     [(2.1e9, 2.5e9, 84), (2.5e9, 2.5e9, None), (84, None, 84)]),
    ("Tỷ lệ hội viên được tuyên truyền đạt 93,5%, vượt mục tiêu Đại hội đề ra là 90%.",
     [(93.5, 90, None), (90, 90, None)]),
    ("Hội hỗ trợ 66 mô hình, đạt 132% chỉ tiêu Chương trình 1719 năm nay (50 mô hình).",
     [(66, 50, 132), (132, None, 132), (50, 50, None)]),
    ("Ket nap 48 hoi vien, vuot ke hoach huyen giao (40 hoi vien).", [(48, 40, None), (40, 40, None)]),
    ("Giup 27 ho thoat ngheo, vuot xa chi tieu 20 ho.", [(27, 20, None), (20, 20, None)]),
    ("Toàn huyện giúp 27 hộ thoát nghèo, vượt xa chỉ tiêu 20 hộ.", [(27, 20, None), (20, 20, None)]),
    # guards: a change on last year; another noun's target; a rate that is not the quotient; the excess
    ("Giới thiệu việc làm cho 30 lao động nữ, vượt chỉ tiêu 6 người.", [(30, None, None), (6, None, None)]),
    ("Kết nạp 530 hội viên, tăng 12% so với cùng kỳ.", [(530, None, None), (12, None, None)]),
    ("Kết nạp 530 hội viên, vượt chỉ tiêu huyện giao là 50 hộ.", [(530, None, None), (50, None, None)]),
])
def test_a_verdict_then_its_named_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Hội đã giúp 684 hộ phụ nữ nghèo thoát nghèo, đạt 45,6% kế hoạch; dự kiến đến cuối năm giúp 1.500 hộ như chỉ "
     "tiêu đã đăng ký.", [(684, 1500, 45.6), (45.6, None, 45.6), (1500, 1500, None)]),
    ("Giảm nghèo: Giúp 11 hộ theo chỉ tiêu tỉnh giao. Thực hiện: 9 hộ thoát nghèo, chưa đạt.",
     [(11, 11, None), (9, 11, None)]),
    ("Kết nạp 60 hội viên theo kế hoạch Đảng ủy giao. Kết quả: 64 hội viên.", [(60, 60, None), (64, 60, None)]),
    ("Trong 12 hộ được phân công giúp đỡ, đã có 9 hộ thoát nghèo.", [(12, 12, None), (9, 12, None)]),
    # guards: done after a plan; a part of a total, nothing assigned; done against the target's words
    ("Hội tổ chức 5 lớp tập huấn theo kế hoạch đề ra.", [(5, None, None)]),
    ("Trong số 40 hội viên mới, 12 hội viên là người dân tộc thiểu số.", [(40, None, None), (12, None, None)]),
    ("Hội đã giúp 11 hộ theo chỉ tiêu tỉnh giao.", [(11, None, None)]),
])
def test_the_targets_words_after_the_amount(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # D1: the target in an earlier paragraph, the result's bare rate its quotient to the last digit
    ("Chỉ tiêu năm: 300 hội viên.\nSau 6 tháng, kết nạp 174 hội viên, đạt 58%.",
     [(300, 300, None), (174, 300, 58), (58, None, 58)]),
    # guards: a rate that is no quotient; another noun; another year named between
    ("Chỉ tiêu năm: 300 hội viên.\nSau 6 tháng, kết nạp 174 hội viên, đạt 60%.",
     [(300, 300, None), (174, None, None), (60, None, None)]),
    ("Chỉ tiêu huyện giao: kết nạp 120 hội viên.\nTrong năm, toàn xã đã giúp 60 hộ thoát nghèo, đạt 50%.",
     [(120, 120, None), (60, None, None), (50, None, None)]),
    ("Năm 2026 phấn đấu kết nạp 300 hội viên.\nNăm 2025, đã kết nạp 310 hội viên, bằng 103,3%.",
     [(300, 300, None), (310, None, None), (103.3, None, 103.3)]),
    # an aim of its own in the paragraph before, no target given
    ("Năm nay chi hội phấn đấu kết nạp 50 hội viên.\nĐến tháng 6, kết nạp 30 hội viên, đạt 60%.",
     [(50, 50, None), (30, None, None), (60, None, None)]),
])
def test_a_rated_result_after_its_targets_paragraph(text, expected):
    assert marks(text) == _floats(expected)
