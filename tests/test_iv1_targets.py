"""Issue 11, the iv1 round: the genre patterns of the invented blind set ``benchmarks/checksets/iv1`` (see its
FINDINGS.md), each with new invented phrasings (not the set's sentences) a secretary of a commune, a ward, a
district or a province could write."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


# --- B1: "chỉ tiêu <what> mới/chỉ đạt X%": the rate a named target reached ---

@pytest.mark.parametrize("text, expected", [
    ("Riêng chỉ tiêu xây dựng nhà vệ sinh hợp vệ sinh mới đạt 72%.", [(72.0, None, 72.0)]),
    ("Chỉ tiêu vận động phụ nữ tham gia BHXH tự nguyện chỉ đạt 64%, do thu nhập của hội viên còn thấp.",
     [(64.0, None, 64.0)]),
    ("Tuy vậy, chỉ tiêu giải ngân vốn vay mới đạt 88,5% do nguồn vốn về chậm.", [(88.5, None, 88.5)]),
    ("Ba chỉ tiêu còn lại đạt trên 85%.", [(85.0, None, 85.0)]),
    ("Chỉ tiêu hỗ trợ xây dựng Mái ấm tình thương chỉ đạt 80%, với 12 căn.", [(80.0, None, 80.0), (12.0, None, 80.0)]),
])
def test_the_rate_a_named_target_reached(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu 3: Tỷ lệ hội viên tham gia sinh hoạt đạt 85% trở lên.", [(85.0, 85.0, None)]),  # a target
    ("Chỉ tiêu tỷ lệ tập hợp phụ nữ mới đạt 78%.", [(78.0, None, None)]),  # the share itself
    ("Chỉ tiêu kết nạp hội viên mới đạt 1.200 người.", [(1200.0, None, None)]),  # a count, no rate
])
def test_a_named_target_without_a_rate(text, expected):
    assert marks(text) == expected
