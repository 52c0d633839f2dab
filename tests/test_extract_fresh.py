"""Genre patterns found on fresh real reports never used to write the rules (realcheck FINDINGS P1–P7): each rule
with invented phrasings of other provinces, numbers and word orders, including 2025–2030 congress reports and the
communes and wards of the 2025 reform."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def figures(text: str) -> list[tuple]:
    """(value, unit_class, denominator) of every figure."""
    return [(f["value"], f["unit_class"], f["denominator"]) for f in facts(text)]


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


def targets(text: str) -> list[tuple]:
    """(value, is_target) of every figure."""
    return [(f["value"], f["is_target"]) for f in facts(text)]


# -- P4: a ratio right after the period that opens a results paragraph ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2016-2021, 16/16 chỉ tiêu Nghị quyết đều đạt và vượt.", [(16, "ratio", 16)]),
    ("Năm 2024, 9/9 chỉ tiêu đạt và vượt kế hoạch.", [(9, "ratio", 9)]),
    ("Nhiệm kỳ 2020-2025, 120/120 chi hội đạt vững mạnh.", [(120, "ratio", 120)]),
    ("Giai đoạn 2021 – 2025, 35/35 xã, phường có mô hình sinh kế.", [(35, "ratio", 35)]),
    ("Nhiệm kỳ 2025-2030, phường Tân Định có 8/10 chỉ tiêu vượt.", [(8, "ratio", 10)]),
])
def test_a_ratio_after_the_opening_period(text, expected):
    assert figures(text) == [(float(v), u, float(d)) for v, u, d in expected]


@pytest.mark.parametrize("text, expected", [
    ("Đề án 938, 939/QĐ-TTg được triển khai.", []),
    ("Ngày 23, 24/9 Hội tổ chức hội thi.", []),
])
def test_names_and_dates_still_continue_over_a_comma(text, expected):
    assert values(text) == expected
