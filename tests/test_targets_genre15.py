"""Results linked to their targets (issue 11, session 15: iv15 FINDINGS P6, iv22 P6, iv23 P2, P13), on invented
phrasings, with guards.

P6 (iv15) / P6 (iv22) / P2, P13 (iv23): a bracketed target cut off from its result by other words — a verdict, a
description with commas, a comparison's base, an abbreviation of the noun, a long label before the bracket.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, Hội đã kết nạp 264 hội viên mới, vượt chỉ tiêu được giao (chỉ tiêu 220).",
     [(264, 220, None), (220, 220, None)]),
    ("Tỷ lệ hộ dùng nước sạch đạt 91% so với số hộ dân trên địa bàn (chỉ tiêu 90%).", [(91, 90, None), (90, 90, None)]),
    ("Trong năm, Hội thành lập 3 tổ hợp tác trồng chè, nuôi ong do phụ nữ quản lý (kế hoạch: 2 THT).",
     [(3, 2, None), (2, 2, None)]),
    ("Hội trao 12 suất học bổng, trị giá 30 triệu đồng (chỉ tiêu 10 suất).",
     [(12, 10, None), (30_000_000, None, None), (10, 10, None)]),
    ("Hội kết nạp 1.310 hội viên mới, vượt 9,2% chỉ tiêu Huyện Hội giao đầu năm (1.200 hội viên).",
     [(1310, 1200, 109.2), (9.2, None, 109.2), (1200, 1200, None)]),
    ("Hội mở 8 lớp dạy nghề may, nấu ăn cho lao động nữ (kế hoạch 6 lớp).", [(8, 6, None), (6, 6, None)]),
])
def test_a_bracketed_target_cut_off_from_its_result(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a change between the result and the bracket is passed over, the share before it takes the target
    ("Tỷ lệ chi hội có mô hình tiết kiệm đạt 64%, tăng 2% so với cùng kỳ (mục tiêu đến hết nhiệm kỳ 80%).",
     [(64, 80, None), (2, None, None), (80, 80, None)]),
    # guards: another clause's result (after ";") or another noun takes nothing; a past year's count in brackets
    ("Hội kết nạp 120 hội viên; tổ chức tập huấn cho chị em, vượt chỉ tiêu (chỉ tiêu 100 hội viên).",
     [(120, None, None), (100, 100, None)]),
    ("Hội giúp 30 hộ thoát nghèo, tặng quà cho chị em khó khăn, vượt kế hoạch (kế hoạch 25 suất).",
     [(30, None, None), (25, 25, None)]),
    ("Kết nạp 85 hội viên, tăng 10 hội viên so với năm trước (năm 2024: 75 hội viên).",
     [(85, None, None), (10, None, None), (75, None, None)]),
    # a target before the bracket keeps its own amount
    ("Năm 2026 phấn đấu kết nạp 300 hội viên, cao hơn chỉ tiêu tỉnh giao (chỉ tiêu 250 hội viên).",
     [(300, 300, None), (250, 250, None)]),
])
def test_the_cut_off_bracket_guards(text, expected):
    assert marks(text) == _floats(expected)

