"""Genre patterns found on a third fresh real set (checksets/rc3 FINDINGS A1–A3): each rule with invented
phrasings of other programmes, numbers and word orders."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def achievements(text: str) -> list[tuple]:
    """(value, achievement_pct) of every figure."""
    return [(f["value"], f["achievement_pct"]) for f in facts(text)]


# -- A1: an achievement stated as a multiple of the goal, with a hedge and "so với" -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Các cấp hội đã hỗ trợ hơn 25.000 phụ nữ khởi nghiệp (đạt gần gấp 4 lần so với mục tiêu đề ra).",
     [(25000, 400), (4, 400)]),
    ("Thành lập mới 312 tổ hợp tác do nữ làm chủ (đạt hơn 3,2 lần so với kế hoạch).",
     [(312, 320), (3.2, 320)]),
    ("Toàn tỉnh có hơn 9.400 doanh nghiệp nữ (đạt 1,3 lần so với chỉ tiêu).",
     [(9400, 130), (1.3, 130)]),
    ("Năm 2024, hội kết nạp 740 hội viên mới, đạt 1,5 lần so với kế hoạch năm.",
     [(740, 150), (1.5, 150)]),
    # two figures joined by "và" before the parenthesis: unclear owner, only the multiple carries it
    ("Hỗ trợ thành lập hơn 160 hợp tác xã và trên 600 tổ hợp tác (đạt hơn 5,5 lần so với mục tiêu).",
     [(160, None), (600, None), (5.5, 550)]),
])
def test_multiple_of_the_goal_is_an_achievement(text, expected):
    assert achievements(text) == expected


@pytest.mark.parametrize("text", [
    "Số hội viên mới kết nạp năm 2023 tăng gấp 2 lần so với cùng kỳ.",
    "Tổng dư nợ ủy thác đạt 48 tỷ đồng, gấp 1,8 lần so với năm 2020.",
    "Số tổ hợp tác do nữ làm chủ đạt gần gấp 3 lần so với đầu nhiệm kỳ.",
])
def test_multiple_of_a_past_figure_is_growth(text):
    assert all(a is None for _, a in achievements(text))
