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


# -- P2: an ISO date is a date whatever follows it ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    (" date 2025-10-06 Phụ nữ xã Thanh Phong phát huy vai trò xây dựng nông thôn mới, giúp 12 hộ thoát nghèo", [12]),
    (" date 2025-09-27 Hội viên phường Ba Đình chung tay xây dựng đô thị văn minh và giúp nhau phát triển kinh tế", []),
    (" date 2024-03 Hộ nghèo xã Quảng Ninh được hỗ trợ vốn vay ưu đãi từ Ngân hàng chính sách xã hội huyện", []),
    ("Cập nhật 2025-07-15 Gia đình hội viên ở phường Hạc Thành nhận 20 suất quà", [20]),
])
def test_an_iso_date_is_never_a_count(text, expected):
    assert values(text) == [float(v) for v in expected]
