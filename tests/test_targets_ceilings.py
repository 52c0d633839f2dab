"""Ceilings as targets (issue 11, iv7 FINDINGS P6), on invented phrasings, with guards.

The convention of SCHEMA.md and the golds (iv1 i012, iv7 r017, iv10's ceilings): a ceiling is a target (target ==
value, "dưới"/"không quá" read as less_than); a result under it takes it as its target; neither takes an
achievement rate. A comparison with an average ("thấp hơn mức bình quân chung (0,25%)") is no target, nor a share
brought down in a review ("góp phần giảm … xuống dưới 2% (năm 2020)").

The rule (:func:`wuanalysis.rate_shapes.link_ceilings`) is applied here to the figures as extraction marks them, so
that these tests hold whether or not the ordered list of rules calls it yet (it only fills what is unset).
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_figures
from wuanalysis.rate_shapes import link_ceilings
from wuanalysis.rates import Bounds
from wuanalysis.text import match_form, normalize_text


def marks(text: str) -> list[tuple]:
    norm = normalize_text(text)
    m = match_form(norm)
    figures = extract_figures(norm)[0]
    link_ceilings(m.lower(), Bounds(m), figures)
    return [(f.value, f.target, f.achievement_pct) for f in figures]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # a result, then the ceiling it stays under, named a ceiling
    ("Tỷ lệ nợ quá hạn của các tổ vay vốn là 0,05%, thấp hơn mức khống chế 0,25%.", [(0.05, 0.25, None),
                                                                                   (0.25, 0.25, None)]),
    ("Nợ quá hạn chiếm 0,11% tổng dư nợ, thấp hơn mức trần 0,3% của cả năm.", [(0.11, 0.3, None), (0.3, 0.3, None)]),
    ("Tỷ lệ nợ quá hạn chỉ 0,02%, thấp hơn rất nhiều so với mức khống chế 0,2%.", [(0.02, 0.2, None),
                                                                                 (0.2, 0.2, None)]),
    # or by who set it, after it
    ("Tỷ lệ nợ quá hạn ủy thác là 0,31%, dưới mức 0,4% theo Nghị quyết Đại hội.", [(0.31, 0.4, None),
                                                                                  (0.4, 0.4, None)]),
    ("Nợ quá hạn chỉ còn 0,09%, thấp hơn mức 0,2% mà Hội cấp trên giao.", [(0.09, 0.2, None), (0.2, 0.2, None)]),
    # an aim to bring a share under a ceiling by a time to come
    ("Tỷ lệ hộ nghèo trong hội viên giảm xuống dưới 1,5% vào cuối nhiệm kỳ.", [(1.5, 1.5, None)]),
    ("Tỷ lệ trẻ em suy dinh dưỡng giảm xuống còn dưới 5% đến cuối năm 2026.", [(5, 5, None)]),
])
def test_a_ceiling_is_a_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # an average, no ceiling set by anyone
    ("Tỷ lệ nợ quá hạn 0,18%, thấp hơn mức bình quân chung của ngân hàng (0,25%).", [(0.18, None, None),
                                                                                    (0.25, None, None)]),
    ("Tỷ lệ nợ quá hạn 0,18%, thấp hơn mức 0,25% của năm trước.", [(0.18, None, None), (0.25, None, None)]),
    # a share brought down, reviewed
    ("Hội góp phần giảm tỷ lệ hộ nghèo toàn xã xuống dưới 3% (năm 2024).", [(3, None, None)]),
    ("Đến cuối nhiệm kỳ, tỷ lệ hộ nghèo đã giảm xuống dưới 2% vào cuối năm 2024.", [(2, None, None)]),
    # a result and its rate: unchanged
    ("Dư nợ đạt 12 tỷ đồng, đạt 105% kế hoạch.", [(12_000_000_000, None, 105), (105, None, 105)]),
])
def test_no_ceiling(text, expected):
    assert marks(text) == _floats(expected)
