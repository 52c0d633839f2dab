"""Money's "trở lên" comes after its unit: "từ 5,2 tỷ đồng trở lên" is a floor (at_least), as "từ 90% trở lên"
is; the hedge of a count or a share follows the number, that of an amount follows "đồng" (and a "/năm" or "/hộ"
the unit carries)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def money(text: str) -> list[tuple[float, str | None, str]]:
    return [(f["value"], f["unit"], f["qualifier"]) for f in extract_facts(normalize_text(text))
            if f["unit_class"] == "vnd"]


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu mỗi năm các cấp Hội huy động từ 5,2 tỷ đồng trở lên hỗ trợ phụ nữ nghèo.", (5.2e9, "VND")),
    ("Toàn huyện có 120 hộ vay vốn từ 50 triệu đồng trở lên để phát triển kinh tế.", (5e7, "VND")),
    ("Số hội viên có thu nhập 100 triệu đồng/năm trở lên là 1.520 người.", (1e8, "VND/năm")),
    ("Mô hình giải ngân 30 triệu đồng/hộ trở lên cho 40 hộ hội viên.", (3e7, "VND/hộ")),
    ("Năm 2025, Hội vận động được 2 tỷ 500 triệu đồng trở lên từ các nhà hảo tâm.", (2.5e9, "VND")),
    ("Mỗi chi hội duy trì quỹ tiết kiệm từ 500.000 đồng trở lên mỗi tháng.", (5e5, "VND")),
])
def test_trở_lên_after_the_unit_is_a_floor_of_money(text, expected):
    value, unit = expected
    assert money(text) == [(value, unit, "at_least")]


@pytest.mark.parametrize("text, expected", [
    # the "trở lên" of someone's age, not of the amount
    ("Hội hỗ trợ 5 triệu đồng cho hội viên 60 tuổi trở lên.", (5e6, "VND")),
    ("Tặng quà trị giá 500.000 đồng/suất cho phụ nữ từ 80 tuổi trở lên.", (5e5, "VND/suất")),
])
def test_a_later_trở_lên_of_something_else_leaves_money_exact(text, expected):
    value, unit = expected
    assert money(text) == [(value, unit, "exact")]
