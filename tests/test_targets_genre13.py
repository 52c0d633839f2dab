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


@pytest.mark.parametrize("text, expected", [
    # P6: a result under a ceiling takes the ceiling, whoever set it, told before or after it
    ("Tỷ lệ nợ quá hạn 0,06%, dưới mức trần huyện đặt ra là 0,2%.", [(0.06, 0.2, None), (0.2, 0.2, None)]),
    ("Nợ quá hạn chỉ 0,05%, trong mức khống chế 0,2% được giao.", [(0.05, 0.2, None), (0.2, 0.2, None)]),
    ("Tỷ lệ nợ quá hạn còn 0,1%, thấp hơn mức trần 0,3% mà Ngân hàng CSXH đặt ra.",
     [(0.1, 0.3, None), (0.3, 0.3, None)]),
    ("Nợ quá hạn 0,4%, dưới ngưỡng trần 1% do NHCSXH quy định.", [(0.4, 1, None), (1, 1, None)]),
    # guards: last year's level, a ceiling of last year
    ("Tỷ lệ nợ quá hạn 0,12%, thấp hơn mức 3,5% của năm 2024.", [(0.12, None, None), (3.5, None, None)]),
    ("Tỷ lệ nợ quá hạn 0,12%, thấp hơn mức trần 0,5% của năm 2024.", [(0.12, None, None), (0.5, None, None)]),
])
def test_a_result_under_a_ceiling(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P5: the year's target told before, the result of the part of the year after it, or of households "phụ nữ"
    ("Đầu năm, Hội LHPN huyện đã đăng ký với Tỉnh hội chỉ tiêu kết nạp 900 hội viên mới trong năm 2025.\n9 tháng, "
     "các cấp Hội kêt nạp 702 hội viên, tăng 8,5% so với cùng kỳ năm 2024.",
     [(900, 900, None), (702, 900, None), (8.5, None, None)]),
    ("Chi hội đã đăng ký giúp 6 hộ phụ nữ thoát nghèo trong năm; đến nay đã có 4 hộ thoát nghèo ổn định.",
     [(6, 6, None), (4, 6, None)]),
    # guards: another year's part; another indicator of the unit
    ("Hội đăng ký chỉ tiêu kết nạp 300 hội viên mới trong năm 2026.\n6 tháng đầu năm 2025, các chi hội kết nạp 174 "
     "hội viên.", [(300, 300, None), (174, None, None)]),
    ("Chỉ tiêu năm: giúp 12 hộ nghèo.\nQuý III, Hội giúp 5 hộ vay vốn.", [(12, 12, None), (5, None, None)]),
])
def test_a_later_result_of_the_targets_noun(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P8b: a restated target whose quotient is not the result's stated rate measures another indicator
    ("Huyện Hội giao chỉ tiêu năm 2025 phát triển 150 hội viên.\nVề chuyển đổi số, 12/12 chi hội đã lập nhóm Zalo; "
     "930 hội viên được hướng dẫn cài ứng dụng VNeID, đạt 124% so với chỉ tiêu.",
     [(150, 150, None), (12, None, None), (930, None, 124), (124, None, 124)]),
    # guard: the rate is the quotient
    ("Chỉ tiêu năm 2025 kết nạp 200 hội viên.\nKết quả, đã kết nạp 220 hội viên, đạt 110% so với chỉ tiêu.",
     [(200, 200, None), (220, 200, 110), (110, None, 110)]),
])
def test_a_restated_target_needs_the_stated_quotient(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # D1: a share of the year's plan told before the plan, in a text reviewing a part of the year
    ("Hội LHPN huyện sơ kết công tác Hội 6 tháng đầu năm 2026\nKết nạp mới 270 hội viên, bằng 45% kế hoạch năm. Theo "
     "kế hoạch, năm 2026 toàn huyện kết nạp 600 hội viên.", [(270, 600, 45), (45, None, 45), (600, 600, None)]),
    # guard: a year's review beside next year's plan
    ("Hội LHPN huyện tổng kết công tác Hội năm 2025\nKết nạp mới 270 hội viên, bằng 45% kế hoạch năm. Năm 2026 phấn "
     "đấu kết nạp 600 hội viên.", [(270, None, 45), (45, None, 45), (600, 600, None)]),
])
def test_a_share_of_the_years_plan_in_a_review_of_part_of_the_year(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # D2: the only target of the noun above, the result under a line opening on the results
    ("Năm 2025, Huyện Hội giao các chỉ tiêu: kết nạp 200 hội viên; xây dựng 4 nhà tình thương.\nII. KẾT QUẢ THỰC "
     "HIỆN\nVận động xây mới 3 nhà tình thương cho hội viên khó khăn.",
     [(200, 200, None), (4, 4, None), (3, 4, None)]),
    ("Đầu năm, Đảng ủy giao chỉ tiêu giúp 20 hộ phụ nữ thoát nghèo.\nKết quả, 9 tháng toàn xã kết nạp 150 hội viên. "
     "Số hộ được giúp thoát nghèo là 14 hộ.", [(20, 20, None), (150, None, None), (14, 20, None)]),
    # a later target of the noun (the next term's) leaves the one above
    ("Nghị quyết đặt mục tiêu giúp 300 hộ thoát nghèo.\nSau 5 năm, Hội đã giúp 320 hộ thoát nghèo.\nNhiệm kỳ 2026 - "
     "2031 phấn đấu giúp 400 hộ thoát nghèo.", [(300, 300, None), (320, 300, None), (400, 400, None)]),
    # guards: the result before the target; another indicator under the results line
    ("Hội đã giúp 320 hộ thoát nghèo.\nNhiệm kỳ tới phấn đấu giúp 400 hộ thoát nghèo.",
     [(320, None, None), (400, 400, None)]),
    ("Chỉ tiêu năm: giúp 20 hộ thoát nghèo.\nKết quả: cho 35 hộ vay vốn ưu đãi.", [(20, 20, None), (35, None, None)]),
    # progress figures listed together share the target
    ("Xã được Huyện hội giao xây dựng 3 nhà tình thương trong năm; đến nay đã khởi công 2 nhà, bàn giao 1 nhà với "
     "số tiền 50 triệu đồng.", [(3, 3, None), (2, 3, None), (1, 3, None), (50e6, None, None)]),
    # guard: last year's results under a plan whose year is named only in its title
    ("KẾ HOẠCH\nCông tác Hội năm 2026\nII. CHỈ TIÊU CHỦ YẾU\n1. Giúp 300 hộ phụ nữ nghèo thoát nghèo.\n2. Tỷ lệ tập "
     "hợp hội viên trên 90%.\nIII. KẾT QUẢ NĂM 2025\nNăm 2025 kết nạp 1.284 hội viên, giúp 287 hộ thoát nghèo.",
     [(300, 300, None), (90, 90, None), (1284, None, None), (287, None, None)]),
    # the running total after the result that took the target
    ("Chỉ tiêu năm 2025 kết nạp 200 hội viên.\nKết quả, 9 tháng toàn xã kết nạp 170 hội viên, đạt 85%; nâng tổng số "
     "hội viên lên 2.450 hội viên.", [(200, 200, None), (170, 200, 85), (85, None, 85), (2450, None, None)]),
    # a part of the result that took the target ("trong đó")
    ("Chỉ tiêu hỗ trợ hộ khó khăn năm 2025 là 30 hộ; kết quả các chi hội đã hỗ trợ 33 hộ bằng vốn, cây giống, đạt "
     "110%; trong đó 9 hộ đã thoát nghèo.", [(30, 30, None), (33, 30, 110), (110, None, 110), (9, None, None)]),
])
def test_a_result_below_the_only_target_of_its_noun(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # each unit's share of a target, in brackets after it, is a target
    ("Hội thực hiện 84 công trình, vượt chỉ tiêu 60 công trình (mỗi xã, thị trấn 02 công trình).",
     [(84, 60, None), (60, 60, None), (2, 2, None)]),
    # guards: after a result, each one's amount or share is no target
    ("Hội đã giúp 40 hộ (mỗi chi hội 5 hộ).", [(40, None, None), (5, None, None)]),
    ("Hội đã trao 12 nhà tình thương (mỗi nhà 60 triệu đồng).", [(12, None, None), (60e6, None, None)]),
])
def test_each_units_share_of_a_target(text, expected):
    assert marks(text) == _floats(expected)
