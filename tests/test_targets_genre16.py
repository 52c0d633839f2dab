"""Issue 11, session 16 (X: iv18 FINDINGS P7, P8, P9, P10, P15; iv25 FINDINGS P4, P6, P7), in invented phrasings: a
previous term's baseline in brackets inside a target item; a bound on the units or targets left over; the items of a
floor target after the floor ("… tối thiểu 800 hộ … và thành lập 20 HTX"); one target, then two stages done in its
sentence. Guards: a bracket naming a target, a list that turns to results, a past conjunct."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple[float | None, float | None]]:
    """(target, achievement) of a text's facts by value (the test texts give each value once)."""
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))}


def targets(text: str) -> dict[float, float | None]:
    return {v: t for v, (t, _) in marks(text).items()}


# --- iv25 P4: the previous term's baseline in brackets inside a target item is a result ---

@pytest.mark.parametrize("text, expected", [
    ("Mỗi năm giúp ít nhất 20 hộ thoát nghèo (giai đoạn trước bình quân 17 hộ/năm).", {20: 20, 17: None}),
    ("Chỉ tiêu nhiệm kỳ 2025 - 2030:\n- Vận động xây 30 mái ấm (nhiệm kỳ trước đạt 26 căn).\n- Kết nạp 900 hội "
     "viên.", {30: 30, 26: None, 900: 900}),
    ("Hằng năm kết nạp tối thiểu 250 hội viên (nhiệm kỳ qua đạt bình quân 231 hội viên/năm).",
     {250: 250, 231: None}),
    ("Phấn đấu đến năm 2030 có 45 tổ hợp tác do phụ nữ quản lý (nhiệm kỳ 2020 - 2025 đã có 38 tổ).",
     {45: 45, 38: None}),
])
def test_a_previous_terms_baseline_in_brackets_is_no_target(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đến nay đã giúp 96 hộ thoát nghèo (chỉ tiêu 120 hộ).", {96: 120, 120: 120}),  # a bracket naming the target
    ("Mỗi năm nhận đỡ đầu ít nhất 40 trẻ em (mỗi chi hội 2 trẻ).", {40: 40, 2: 2}),  # the target per unit
])
def test_a_bracketed_target_stays(text, expected):
    assert targets(text) == expected


# --- iv18 P10 (house rule of the thirteenth session): a bound on the targets or units left over is how far they got ---

@pytest.mark.parametrize("text, value", [
    ("Năm 2025, xã hoàn thành 6/8 chỉ tiêu Nghị quyết; các chỉ tiêu còn lại (giảm nghèo và thành lập HTX) đạt từ 85% "
     "trở lên.", 85),
    ("Có 8 chỉ tiêu giao ước thi đua đạt và vượt; 2 chỉ tiêu còn lại (tỷ lệ hội viên tham gia BHXH, dư nợ ủy thác) "
     "đạt từ 80% trở lên.", 80),
    ("Cụm có 5 đơn vị hoàn thành chỉ tiêu; những đơn vị còn lại (phường Bắc Sơn, xã Đông Hải) đều đạt trên 90% chỉ "
     "tiêu.", 90),
])
def test_a_bound_on_what_is_left_is_its_achievement(text, value):
    assert marks(text)[value] == (None, value)


@pytest.mark.parametrize("text", [
    "Năm 2026 phấn đấu các chỉ tiêu còn lại đạt từ 90% trở lên.",  # an aim
    "Mục tiêu năm 2026: các đơn vị còn lại đạt từ 90% trở lên.",
    "Chỉ tiêu năm 2026: tỷ lệ tập hợp phụ nữ còn lại đạt từ 90% trở lên.",
])
def test_a_bound_set_as_an_aim_takes_no_achievement(text):
    assert marks(text)[90][1] is None
