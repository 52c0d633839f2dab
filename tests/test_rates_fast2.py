"""Issue 10, round 2: the cheaper ways of the rate and target rules give what the plain ways give.

``Bounds.sentence_starts`` (one walk over positions in text order) against ``Bounds.sentence_start`` (a bisection
each), on the seed reports and on edge positions (the text's start and end, a sentence end itself)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wuanalysis.extract import extract_figures
from wuanalysis.clause_bounds import Bounds
from wuanalysis.text import match_form, normalize_text

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_sentence_starts_of_the_figures_are_those_of_one_bisection_each(path):
    text = normalize_text(path.read_text(encoding="utf-8"))
    m = match_form(text)
    bounds = Bounds(m)
    positions = [f.num_start for f in extract_figures(text)[0]]
    assert positions
    assert bounds.sentence_starts(positions) == [bounds.sentence_start(p) for p in positions]


def test_sentence_starts_at_the_edges():
    m = "Kết nạp 120 hội viên. Giúp 45 hộ thoát nghèo! Đạt 110%\nHằng năm 3 lớp"
    bounds = Bounds(m)
    positions = sorted({0, 1, len(m), *bounds.sentence_ends, *(e + 1 for e in bounds.sentence_ends),
                        *range(0, len(m), 7)})
    assert bounds.sentence_starts(positions) == [bounds.sentence_start(p) for p in positions]
    assert bounds.sentence_starts([]) == []
    assert Bounds("không có dấu chấm").sentence_starts([0, 5]) == [0, 0]
