"""The lead's rules of the eighteenth session, on invented phrasings of the genre, run through the real extractor."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def targets(text: str) -> list[tuple[float, float | None]]:
    return [(r["value"], r["target"]) for r in extract_facts(normalize_text(text))]


@pytest.mark.parametrize("text, expected", [
    # next year's aims after a review: last year's shortfall the target carries is no target of its own
    ("Năm 2025, Hội kết nạp 9.864 hội viên. Năm 2026, Hội phấn đấu: kết nạp ít nhất 9.500 hội viên; thành lập 40 HTX "
     "(bao gồm 7 HTX chưa đạt của năm 2025); hỗ trợ 1.000 hộ có sinh kế.",
     [(9864, None), (9500, 9500), (40, 40), (7, None), (1000, 1000)]),
    ("Năm 2024 Hội thành lập 12 tổ hợp tác. Năm 2025, Hội phấn đấu thành lập 20 tổ hợp tác (trong đó 5 tổ chưa hoàn "
     "thành của năm 2024) và giúp 30 hộ.",
     [(12, None), (20, 20), (5, None), (30, 30)]),
    # guard: a part of next year's target that is new this year stays a target
    ("Năm 2025, Hội kết nạp 9.864 hội viên. Năm 2026, Hội phấn đấu thành lập 40 HTX (trong đó 10 HTX nông nghiệp).",
     [(9864, None), (40, 40), (10, 10)]),
])
def test_next_years_aims_without_last_years_shortfall(text, expected):
    assert targets(text) == expected
