"""Issue 11, session 16 (iv18 FINDINGS P1, P2, P4, P8), in invented phrasings: a plan opened by "Theo kế hoạch năm
N," with a modal ("phải", "cần"), its period results then taking its targets; a result, then its plan in the next
clause ("…; kế hoạch đầu năm được Ban Thường vụ giao là N", "…; chỉ tiêu cả năm 2025 là N"). Guards: a result told
against its plan ("Theo kế hoạch năm 2025, Hội đã kết nạp …"), a plan's name ("Theo Kế hoạch số 12/KH-HPN"), another
year's plan, a rate that does not fit the quotient."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple[float | None, float | None]]:
    """(target, achievement) of a text's facts by value (the test texts give each value once)."""
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))}


def targets(text: str) -> dict[float, float | None]:
    return {v: t for v, (t, _) in marks(text).items()}


# --- iv18 P2: "Theo kế hoạch năm N, Hội phải …" sets targets; its period results take them ---

@pytest.mark.parametrize("text, expected", [
    ("Theo kế hoạch năm 2027, xã cần kết nạp 90 hội viên và giúp 12 hộ thoát nghèo.", {90: 90, 12: 12}),
    ("Theo Kế hoạch năm 2026, toàn Hội phải giúp 300 hộ thoát nghèo và xây 45 nhà tình thương. Sau 6 tháng, Hội đã "
     "giúp 120 hộ thoát nghèo.", {300: 300, 45: 45, 120: 300}),
    ("Theo kế hoạch cả năm, mỗi chi hội cần vận động 30 triệu đồng.", {30_000_000: 30_000_000}),
])
def test_a_plan_opened_by_theo_ke_hoach_nam(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text", [
    "Theo kế hoạch năm 2025, Hội đã kết nạp 120 hội viên.",  # a result told against its plan
    "Theo Kế hoạch số 12/KH-HPN, Hội tổ chức 5 lớp tập huấn.",  # a plan's name
])
def test_a_result_against_its_plan_or_a_plan_name_sets_nothing(text):
    assert all(t is None for t in targets(text).values())
