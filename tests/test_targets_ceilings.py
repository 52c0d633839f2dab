"""Ceilings as targets (issue 11, iv7 FINDINGS P6), on invented phrasings, with guards.

The convention of SCHEMA.md and the golds (iv1 i006/i012, iv7 r002/r017, iv10's ceilings): a ceiling is a target
(target == value, "dưới"/"không quá" read as less_than); a result under it takes it as its target (that link is
target_lists.link_result_beside_an_assigned_level's); neither takes an achievement rate. Here: an aim to bring a
share under a ceiling by a time to come; a share brought down in a review ("góp phần giảm … xuống dưới 3% (năm
2024)") is no target.

The rule (:func:`wuanalysis.rate_shapes.mark_ceiling_aims`) is applied here to the figures as extraction marks them, so
that these tests hold whether or not the ordered list of rules calls it yet (it only fills what is unset).
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_figures
from wuanalysis.rate_shapes import mark_ceiling_aims
from wuanalysis.clause_bounds import Bounds
from wuanalysis.text import match_form, normalize_text


def marks(text: str) -> list[tuple]:
    norm = normalize_text(text)
    m = match_form(norm)
    figures = extract_figures(norm)[0]
    mark_ceiling_aims(m.lower(), Bounds(m), figures)
    return [(f.value, f.target, f.achievement_pct) for f in figures]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # an aim to bring a share under a ceiling by a time to come
    ("Đại hội đề ra mục tiêu: mỗi năm kết nạp ít nhất 60 hội viên mới. Tỷ lệ hộ nghèo trong hội viên giảm xuống "
     "dưới 1,5% vào cuối nhiệm kỳ.", [(60, 60, None), (1.5, 1.5, None)]),
    ("Hội nghị thống nhất các mục tiêu cho nhiệm kỳ mới. Tỷ lệ trẻ em suy dinh dưỡng giảm xuống còn dưới 5% đến "
     "cuối nhiệm kỳ.", [(5, 5, None)]),
    ("Về chỉ tiêu giảm nghèo, tỷ lệ hộ nghèo có chủ hộ là nữ giảm xuống dưới 3% vào cuối năm 2027.", [(3, 3, None)]),
])
def test_a_ceiling_is_a_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a share brought down, reviewed
    ("Hội góp phần giảm tỷ lệ hộ nghèo toàn xã xuống dưới 3% (năm 2024).", [(3, None, None)]),
    ("Đến cuối nhiệm kỳ, tỷ lệ hộ nghèo đã giảm xuống dưới 2% vào cuối năm 2024.", [(2, None, None)]),
    ("Nhờ vốn vay, tỷ lệ hộ nghèo trong hội viên giảm xuống dưới 2% vào cuối năm 2024.", [(2, None, None)]),
    # a result and its rate: unchanged
    ("Dư nợ đạt 12 tỷ đồng, đạt 105% kế hoạch.", [(12_000_000_000, None, 105), (105, None, 105)]),
])
def test_no_ceiling(text, expected):
    assert marks(text) == _floats(expected)
