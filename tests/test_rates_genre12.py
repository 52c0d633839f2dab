"""Issue 11, rates in the study set iv9's remaining shapes, each on invented phrasings a secretary of a commune, a
ward or a province could write, with guards that must not change.

R1. A rate in brackets after its result that names its target between the verb and the number ("45 hộ (vượt kế
    hoạch năm 12%)"): the result and the percent both carry it (100 + X when exceeded).
R2. "100% (các) chỉ tiêu … được hoàn thành / đều hoàn thành": the share of the targets met is its own achievement
    (a goal, "phấn đấu …", stays a target; "đạt và vượt" is no rate).
R3. A sentence about a target, then its result and a bare rate in brackets ("Chỉ tiêu … chưa hoàn thành là … (giúp N
    hộ, đạt X%)"): the result and the percent both carry the rate.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # R1: the target named between the verb and the number, in brackets after the result
    ("Năm 2025, Hội hỗ trợ 45 hộ thoát nghèo (vượt kế hoạch năm 12%), 30 hộ cận nghèo.",
     [(45, None, 112), (12, None, 112), (30, None, None)]),
    ("Các cấp Hội kết nạp 1.250 hội viên mới (vượt chỉ tiêu năm 25%).", [(1250, None, 125), (25, None, 125)]),
    ("Thành lập 8 tổ hợp tác (vượt mục tiêu đề ra 60%) và 2 hợp tác xã.",
     [(8, None, 160), (60, None, 160), (2, None, None)]),
    ("Trao 320 suất quà cho trẻ em khó khăn (đạt kế hoạch năm 80%).", [(320, None, 80), (80, None, 80)]),
    ("Vận động xây 12 căn nhà Mái ấm (vượt chỉ tiêu huyện giao 20%).", [(12, None, 120), (20, None, 120)]),
    # R2: the share of the targets met, told as done
    ("Nhiệm kỳ qua, 100% chỉ tiêu Đại hội được hoàn thành.", [(100, None, 100)]),
    ("Kết thúc năm 2025, 100% các chỉ tiêu kế hoạch năm đều hoàn thành.", [(100, None, 100)]),
    ("Sau 5 năm, 100% chỉ tiêu Nghị quyết đã được hoàn thành, nhiều chỉ tiêu vượt cao.", [(100, None, 100)]),
    ("Năm qua, 100% chỉ tiêu thi đua của Hội được hoàn thành trước thời hạn.", [(100, None, 100)]),
    # R3: a target named, then its result and a bare rate in brackets
    ('Chỉ tiêu duy nhất chưa hoàn thành là xây nhà "Mái ấm" (xây 18 căn, đạt 72%).',
     [(18, None, 72), (72, None, 72)]),
    ("Riêng chỉ tiêu thành lập hợp tác xã chưa đạt (thành lập 3 HTX, đạt 60%).", [(3, None, 60), (60, None, 60)]),
    ("Chỉ tiêu giúp hộ thoát nghèo chưa hoàn thành (giúp 45 hộ, đạt 90%).", [(45, None, 90), (90, None, 90)]),
    ("Còn 1 chỉ tiêu chưa đạt là phát triển hội viên mới (kết nạp 850 hội viên, đạt 85%).",
     [(1, None, None), (850, None, 85), (85, None, 85)]),
    ("Riêng chỉ tiêu kết nạp hội viên vượt kế hoạch (kết nạp 120 hội viên, đạt 120%).",
     [(120, None, 120), (120, None, 120)]),
])
def test_genre12_rates(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # R1: growth, a share, a rate of another figure
    ("Hội hỗ trợ 45 hộ thoát nghèo (tăng 12% so với cùng kỳ).", [(45, None, None), (12, None, None)]),
    ("Hội kết nạp 1.250 hội viên mới (vượt 25% so với năm trước).", [(1250, None, None), (25, None, None)]),
    ("Tổ chức 40 buổi tuyên truyền (thu hút 85% hội viên tham gia).", [(40, None, None), (85, None, None)]),
    # R2: a goal, an estimate, met and exceeded, a share of the units
    ("Phấn đấu đến cuối năm 100% chỉ tiêu được hoàn thành.", [(100, 100, None)]),
    ("Hội phấn đấu hoàn thành 100% chỉ tiêu năm 2026.", [(100, 100, None)]),
    ("Kết quả, 100% chỉ tiêu đạt và vượt so với kế hoạch.", [(100, None, None)]),
    ("Năm 2025, 100% chi hội hoàn thành chỉ tiêu thu hội phí.", [(100, None, None)]),
    ("Năm 2025, 90% chỉ tiêu được hoàn thành, 10% chỉ tiêu chưa đạt.", [(90, None, None), (10, None, None)]),
    # R3: no target named, growth in the bracket, a share in the bracket, an estimate
    ("Hội tổ chức nhiều hoạt động (giúp 45 hộ, đạt 90%).", [(45, None, None), (90, None, None)]),
    ("Riêng chỉ tiêu giảm nghèo chưa đạt, giúp 45 hộ thoát nghèo (trong đó 12 hộ DTTS, đạt 90%).",
     [(45, None, None), (12, None, None), (90, None, None)]),
    ("Chỉ tiêu giúp hộ thoát nghèo chưa hoàn thành (giúp 45 hộ, tăng 9%).", [(45, None, None), (9, None, None)]),
    ("Chỉ tiêu tập hợp hội viên chưa đạt (kết nạp 850 hội viên, đạt 85% hội viên trong độ tuổi).",
     [(850, None, None), (85, None, None)]),
])
def test_genre12_guards(text, expected):
    assert marks(text) == _floats(expected)
