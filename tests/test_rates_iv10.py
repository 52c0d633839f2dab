"""Issue 11, the study set iv10's rate patterns (FINDINGS P5, P14, P20, P21), each on invented phrasings a secretary of
a commune, a ward or a province could write, with guards that must not change.

P5.  A bare "đạt X%" after the one result of a list item, under a heading that names targets ("Kết quả thực hiện các
     chỉ tiêu năm:", "… các chỉ tiêu Đại hội, cụ thể:"): the item's result measured against its target.
P14. A passage without diacritics in a toned text: "vuot 20,4% chi tieu" is 120,4 as "vượt 20,4% chỉ tiêu" is.
P20. A count of units that reached a bar ("32/40 chi hội đạt từ 70% kế hoạch trở lên"): the bar's rate is the
     percent's alone, the units counted take none.
P21. The rate inside a result's target bracket ("240 người (kế hoạch 300 người, đạt 80%)") measures the result.
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
    # P5: a bare rate in a list item under a heading naming targets
    ("Kết quả thực hiện các chỉ tiêu năm:\n- Kết nạp hội viên: 430 người, đạt 86%;\n- Quỹ tiết kiệm: 2,1 tỷ đồng, "
     "đạt 95%;", [(430, None, 86), (86, None, 86), (2_100_000_000, None, 95), (95, None, 95)]),
    ("Các chỉ tiêu Nghị quyết đạt được:\n+ Mái ấm: 14 căn, đạt 70%;\n+ Tổ hợp tác: 5 tổ, đạt 83%.",
     [(14, None, 70), (70, None, 70), (5, None, 83), (83, None, 83)]),
    ("Năm qua, Hội hoàn thành các chỉ tiêu của kế hoạch, cụ thể:\n- Vận động nuôi heo đất: 36 triệu đồng, đạt 72%;",
     [(36_000_000, None, 72), (72, None, 72)]),
    # P14: a passage without diacritics
    ("Năm 2025 Hội đạt 9/10 chỉ tiêu. Các cấp Hội ket nap 2.410 hoi vien moi, vuot 12,5% chi tieu; giup 40 ho.",
     [(9, None, None), (2410, None, 112.5), (12.5, None, 112.5), (40, None, None)]),
    ("Trong năm, chi hội giup 40 ho thoat ngheo, dat 80% ke hoach.", [(40, None, 80), (80, None, 80)]),
    # P20: units that reached a bar
    ("Có 32/40 chi hội đạt từ 70% kế hoạch trở lên.", [(32, None, None), (70, None, 70)]),
    ("Toàn tỉnh có 18/22 xã, phường, đặc khu đã đạt trên 80% chỉ tiêu năm.", [(18, None, None), (80, None, 80)]),
    # P21: the rate inside the target's bracket
    ("Kết nạp 240 người (kế hoạch 300 người, đạt 80%).", [(240, 300, 80), (300, 300, None), (80, None, 80)]),
])
def test_iv10_rate_patterns(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P5: a heading naming no targets; a share; a result with its rate naming another reference
    ("Một số kết quả nổi bật:\n- Tỷ lệ hộ dùng nước sạch: đạt 97%;\n- Hội viên tham gia BHYT: 1.200 người, đạt 85%;",
     [(97, None, None), (1200, None, None), (85, None, None)]),
    ("Kết quả thực hiện các chỉ tiêu năm:\n- Tỷ lệ hộ dùng nước sạch: đạt 97%;", [(97, None, None)]),
    # P14: growth, no rate
    ("Tong du no dat 42 ty dong, vuot 8% so voi cung ky.", [(42_000_000_000, None, None), (8, None, None)]),
    # P20: a result of the units, not a count of them
    ("Hội giúp 32 hộ thoát nghèo, đạt 80% kế hoạch.", [(32, None, 80), (80, None, 80)]),
])
def test_iv10_rate_guards(text, expected):
    assert marks(text) == _floats(expected)
