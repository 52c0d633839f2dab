"""Issue 11, the study set iv7's rate patterns (FINDINGS P8, P2, P9's second of a pair) and iv10's P13, each on
invented phrasings a secretary of a commune, a ward or a province could write, with guards that must not change.

P8. "đạt chỉ tiêu 100% <units> …": the share the target asked for, met; the percent is a target of 100 % (SCHEMA:
    "Phấn đấu 92%" is a fact with target == value), no achievement rate, and the ratio before it takes none either.
    "hoàn thành và hoàn thành vượt 100% chỉ tiêu": the share of the targets met (like "hoàn thành và vượt 100% chỉ
    tiêu"), never 200 %.
P2. A value between the result and its rate ("hỗ trợ 1 căn nhà … trị giá 60 triệu đồng, đạt 50% chỉ tiêu"): the value
    is the item's, the rate measures the count.
P9. "62 tổ hợp tác (chỉ tiêu 60) và 8 HTX, bằng 80% chỉ tiêu": the first result carries its own target, whose
    quotient is not the rate; the rate measures the second.
iv10 P13. "không vượt 0,2%" is a ceiling (a target where targets are set), never an excess of 100,2 %.
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
    # P8 (a): the target's word before a share: the share asked for, met
    ("Năm 2025, 18/18 chi hội đã ra mắt tổ tự quản, đạt chỉ tiêu 100% chi hội có tổ tự quản do Hội cấp trên giao.",
     [(18, None, None), (100, 100, None)]),
    ("Toàn xã có 42/42 tổ dân phố có mô hình \"Nhà sạch, vườn đẹp\", hoàn thành chỉ tiêu 100% tổ dân phố có mô hình.",
     [(42, None, None), (100, 100, None)]),
    ("Hội đã vận động 96% hội viên tham gia bảo hiểm y tế, đạt chỉ tiêu 95% hội viên có thẻ bảo hiểm y tế.",
     [(96, None, None), (95, 95, None)]),
    # P8 (b): met and met beyond, the share of the targets met
    ("Năm 2024, Hội LHPN xã hoàn thành và hoàn thành vượt 100% chỉ tiêu Hội cấp trên giao.", [(100, None, None)]),
    # P2: a value between the result and its rate
    ("Hội trao 3 căn nhà \"Mái ấm tình thương\" trị giá 150 triệu đồng, đạt 75% chỉ tiêu năm.",
     [(3, None, 75), (150_000_000, None, None), (75, None, 75)]),
    ("Chi hội hỗ trợ 2 con bò giống trị giá 30 triệu đồng, bằng 50% kế hoạch.",
     [(2, None, 50), (30_000_000, None, None), (50, None, 50)]),
    # P9: the first of a pair has its own target; the rate measures the second
    ("Hội thành lập mới 45 tổ hợp tác (chỉ tiêu 40) và 6 HTX, bằng 75% chỉ tiêu được giao.",
     [(45, 40, None), (40, 40, None), (6, None, 75), (75, None, 75)]),
    # iv10 P13: "không vượt N%" is a ceiling, no excess of 100 + N
    ("Đại hội thống nhất các mục tiêu nhiệm kỳ 2025 - 2030: có trên 85% hội viên tham gia sinh hoạt; tỷ lệ nợ quá hạn "
     "không vượt 0,2%.", [(85, 85, None), (0.2, 0.2, None)]),
    ("Mục tiêu năm 2026: tỷ lệ nợ quá hạn không vượt 0,3%; kết nạp 100 hội viên.", [(0.3, 0.3, None),
                                                                                 (100, 100, None)]),
])
def test_iv7_rate_patterns(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a rate after the target's word and the share: "đạt 100% chỉ tiêu" is a rate as before
    ("Hội giúp 30 hộ thoát nghèo, đạt 100% chỉ tiêu.", [(30, None, 100), (100, None, 100)]),
    # "đạt chỉ tiêu" then a count, not a share: unchanged
    ("Hội kết nạp 120 hội viên, đạt chỉ tiêu 100 hội viên Hội cấp trên giao.", [(120, 100, None), (100, 100, None)]),
    # "vượt N% chỉ tiêu" without "không": an excess, as before
    ("Hội kết nạp 230 hội viên, vượt 15% chỉ tiêu.", [(230, None, 115), (15, None, 115)]),
    ("Mục tiêu năm 2026: tỷ lệ tái nghèo hằng năm không vượt quá 1%.", [(1, 1, None)]),
    # "hoàn thành và vượt 100% chỉ tiêu": the share of targets met, as before
    ("Năm 2024, Hội hoàn thành và vượt 100% chỉ tiêu.", [(100, None, None)]),
    ("Các cơ sở Hội đều hoàn thành và hoàn thành vượt mức 100% các chỉ tiêu thi đua.", [(100, None, None)]),
    # a value with its own comma-clause and its own verb keeps the head unclear, as before
    ("Hội vận động 158 hộ góp vốn, huy động được 2 tỷ đồng, đạt 131% kế hoạch.",
     [(158, None, None), (2_000_000_000, None, 131), (131, None, 131)]),
    # a value after a comma ("…, tổng trị giá …") keeps the head unclear, as before
    ("Hội trao 3 căn nhà, tổng trị giá 150 triệu đồng, đạt 75% chỉ tiêu năm.",
     [(3, None, None), (150_000_000, None, None), (75, None, 75)]),
    # two results with no target of their own: the owner of the rate is unclear, as before
    ("Hội thành lập mới 45 tổ hợp tác và 6 HTX, bằng 75% chỉ tiêu được giao.",
     [(45, None, None), (6, None, None), (75, None, 75)]),
    # the first result's own target states the quotient: it may be the rate's, left unclear
    ("Hội thành lập mới 45 tổ hợp tác (chỉ tiêu 60) và 6 HTX, bằng 75% chỉ tiêu được giao.",
     [(45, 60, None), (60, 60, None), (6, None, None), (75, None, 75)]),
])
def test_iv7_guards(text, expected):
    assert marks(text) == _floats(expected)
