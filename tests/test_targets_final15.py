"""Three linking leftovers (issue 11, session 15: iv22 FINDINGS P14, iv23 P9), on invented phrasings, with guards.

P14 (iv22): a result, an aside (its cost), then "trong khi mục tiêu năm 2026 là N": the year in the target's words.
P2 (iv23): the verdict and the bracketed plan in the next "; riêng chỉ tiêu <indicator> …" clause.
P9 (iv23): false targets from a cue's reach: the units a part of the target is set for ("trong đó riêng 9 xã … phải
…") and the item after a "N/chỉ tiêu M; " pair.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    ("Chương trình Mái ấm bàn giao 310 căn, trị giá 18 tỷ đồng, trong khi mục tiêu năm 2026 là 500 căn.",
     [(310, 500, None), (18_000_000_000, None, None), (500, 500, None)]),
    ("Hội xây 42 nhà, tổng kinh phí 2,1 tỷ đồng, trong khi kế hoạch năm 2025 là 60 nhà.",
     [(42, 60, None), (2_100_000_000, None, None), (60, 60, None)]),
    ("Hội kết nạp 4.100 hội viên mới, đóng góp 1,2 tỷ đồng, trong khi chỉ tiêu năm 2026 là 9.000 hội viên.",
     [(4100, 9000, None), (1_200_000_000, None, None), (9000, 9000, None)]),
    # guards: another noun, or the next year's plan, takes nothing; a past year's count without a target word
    ("Hội bàn giao 310 căn, trị giá 18 tỷ đồng, trong khi mục tiêu năm 2026 là 500 hộ.",
     [(310, None, None), (18_000_000_000, None, None), (500, 500, None)]),
    ("Hội bàn giao 310 căn, trị giá 18 tỷ đồng, trong khi mục tiêu năm tới là 500 căn.",
     [(310, None, None), (18_000_000_000, None, None), (500, 500, None)]),
    ("Hội bàn giao 310 căn, trị giá 18 tỷ đồng, trong khi năm 2025 là 200 căn.",
     [(310, None, None), (18_000_000_000, None, None), (200, None, None)]),
])
def test_a_result_past_its_cost_then_the_years_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, Hội đặt chỉ tiêu kết nạp 6.000 hội viên, trong đó riêng 25 xã vùng cao phải kết nạp ít nhất 1.500 "
     "hội viên.", [(6000, 6000, None), (25, None, None), (1500, 1500, None)]),
    ("Tỉnh Hội giao chỉ tiêu 5.000 hội viên, trong đó 12 phường trung tâm phải kết nạp 1.500 hội viên.",
     [(5000, 5000, None), (12, None, None), (1500, 1500, None)]),
    ("Hội đặt chỉ tiêu giúp 400 hộ thoát nghèo, trong đó riêng 9 xã biên giới cần giúp ít nhất 120 hộ.",
     [(400, 400, None), (9, None, None), (120, 120, None)]),
    ("Thành lập 9 HTX/chỉ tiêu 8 HTX; 31 tổ hợp tác.", [(9, 8, None), (8, 8, None), (31, None, None)]),
    # guards: a part of the target in the target's own noun stays a target; a real list of targets continues
    ("Hội phấn đấu giúp 400 hộ, trong đó riêng 120 hộ phải thoát nghèo bền vững.",
     [(400, 400, None), (120, 120, None)]),
    ("Phấn đấu kết nạp 7.000 hội viên, trong đó 1.800 hội viên phải là đoàn viên.",
     [(7000, 7000, None), (1800, 1800, None)]),
    ("Chỉ tiêu: 60 tổ; 6 HTX.", [(60, 60, None), (6, 6, None)]),
])
def test_no_target_past_a_cues_reach(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Hội giúp 14 hộ thoát nghèo; riêng chỉ tiêu giảm nghèo đã hoàn thành kế hoạch năm (12 hộ).",
     [(14, 12, None), (12, 12, None)]),
    ("Hội thành lập 31 tổ hợp tác và 7 hợp tác xã; riêng chỉ tiêu hợp tác xã đã vượt kế hoạch năm (5 HTX).",
     [(31, None, None), (7, 5, None), (5, 5, None)]),
    ("Hội thành lập 5 câu lạc bộ; riêng chỉ tiêu câu lạc bộ đã hoàn thành vượt kế hoạch năm (4 câu lạc bộ).",
     [(5, 4, None), (4, 4, None)]),
    # guards: another noun, a comparison with last year, a part of the result (its unit with more words)
    ("Hội giúp 14 hộ thoát nghèo; riêng chỉ tiêu mô hình đã vượt kế hoạch năm (12 mô hình).",
     [(14, None, None), (12, None, None)]),
    ("Hội thành lập 9 hợp tác xã; riêng số hợp tác xã vượt so với năm trước (6 hợp tác xã).",
     [(9, None, None), (6, None, None)]),
    ("Hội kết nạp 520 hội viên; trong đó chỉ tiêu hội viên trẻ đã vượt kế hoạch năm (400 hội viên).",
     [(520, None, None), (400, None, None)]),
])
def test_the_plan_in_the_next_clause(text, expected):
    assert marks(text) == _floats(expected)
