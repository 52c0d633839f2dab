"""Digits that str.isdigit() accepts and int() cannot read (superscripts: a Word report's footnote marks, 'm²'):
no rule may turn them into a crash of the whole file (Hypothesis found '¹' at a line's start)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.scorecard import parse_period
from wuanalysis.text import normalize_text


@pytest.mark.parametrize("text, values", [
    ("¹ Theo báo cáo của Hội LHPN tỉnh, năm 2025 toàn tỉnh kết nạp 1.200 hội viên mới.", [1200.0]),
    ("Năm 2025, Hội LHPN xã kết nạp 85 hội viên mới².\n² Số liệu đến ngày 30/11/2025.", [85.0]),
    # a pager with a stray superscript is no pager of ours, but still no crash
    ("Năm 2025, Hội hỗ trợ 12 hộ thoát nghèo.\n\nTrang 1 2 ³", [12.0, 1.0, 2.0]),
    ("³", []),
])
def test_superscript_digits_are_no_crash(text, values):
    assert [f["value"] for f in extract_facts(normalize_text(text))] == values


def test_a_period_in_superscript_digits_is_refused_with_the_usual_message():
    with pytest.raises(ValueError, match="period must look like 2023"):
        parse_period("²⁰²³")
