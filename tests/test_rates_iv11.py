"""Issue 11, the study set iv11's rate patterns (FINDINGS P4, P9, P11, P18), each on invented phrasings a secretary of
a commune, a ward or a province could write, with guards that must not change.

P4.  An aim listing several figures and closing on "hoàn thành 100% chỉ tiêu năm": the 100 % is a goal (a target of
     100), no rate lent to the last aim.
P9.  A share against a share target, "đạt 48% so với kế hoạch 50%": no rate; the share's target is the second.
P11. The rate in the next sentence, pointing back ("Con số này đạt 116% so với chỉ tiêu cả năm"): the rate of the one
     result of the sentence before.
P18. An item's letter or number ("c) Giúp 146 hộ …", "2) …") opens no bracket: the item's rate goes to its result.
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
    # P4: a list of aims closing on every target met
    ("Quý IV, chi hội phấn đấu giúp 3 hộ thoát nghèo, trao 20 suất quà, hoàn thành 100% kế hoạch năm.",
     [(3, 3, None), (20, 20, None), (100, 100, None)]),
    ("Phấn đấu đến cuối năm kết nạp 60 hội viên, thành lập 2 tổ hợp tác, hoàn thành 100% các chỉ tiêu.",
     [(60, 60, None), (2, 2, None), (100, 100, None)]),
    # P9: a share and its share target after "so với"
    ("Tỷ lệ hội viên tham gia BHYT đạt 85% so với chỉ tiêu 90%.", [(85, 90, None), (90, 90, None)]),
    ("Tỷ lệ hộ có nhà vệ sinh hợp chuẩn mới đạt 48% so với kế hoạch 50%.", [(48, 50, None), (50, 50, None)]),
    # P11: the rate pointing back to the sentence before
    ("Năm 2025, Hội đã kết nạp 420 hội viên mới. Kết quả này đạt 105% kế hoạch năm.", [(420, None, 105),
                                                                                      (105, None, 105)]),
    ("Các chi hội đã giúp 38 hộ thoát nghèo. Số hộ này bằng 95% chỉ tiêu.", [(38, None, 95), (95, None, 95)]),
    # P18: an item's letter or number
    ("b) Kết nạp 320 hội viên, đạt 107% kế hoạch;", [(320, None, 107), (107, None, 107)]),
    ("2) Giúp 18 hộ thoát nghèo, vượt 20% chỉ tiêu.", [(18, None, 120), (20, None, 120)]),
])
def test_iv11_rate_patterns(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P4: done, the rate stays; an effort made, then a review
    ("Hội đã kết nạp 60 hội viên, hoàn thành 100% chỉ tiêu.", [(60, None, 100), (100, None, 100)]),
    ("Sau một năm phấn đấu, các cấp Hội đạt 112% kế hoạch.", [(112, None, 112)]),
    # P9: a rate against the year's target
    ("Hội kết nạp 560 hội viên, đạt 112% so với chỉ tiêu năm.", [(560, None, 112), (112, None, 112)]),
    # P11: growth, no rate
    ("Năm 2025, Hội đã kết nạp 420 hội viên mới. Con số này tăng 12% so với năm trước.", [(420, None, None),
                                                                                         (12, None, None)]),
    # P18: a real bracket closed before the rate still keeps the rate from a figure inside it
    ("Kết nạp 320 hội viên (trong đó 40 hội viên trẻ), đạt 107% kế hoạch.", [(320, None, 107), (40, None, None),
                                                                            (107, None, 107)]),
])
def test_iv11_rate_guards(text, expected):
    assert marks(text) == _floats(expected)
