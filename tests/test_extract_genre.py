"""Extractor rules for genre phrasings found on real reports (issue 11): each rule with two or three other
phrasings of the same pattern, so a rule is written for the genre and never for one sentence."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import match_form, normalize_text


def figures(sentence: str) -> list[tuple]:
    return [(f["value"], f["unit_class"], f["qualifier"]) for f in extract_facts(normalize_text(sentence))]


def units(sentence: str) -> list[tuple]:
    return [(f["value"], f["unit_class"], f["unit"]) for f in extract_facts(normalize_text(sentence))]


# -- text: "qu" + tone is one syllable, never old-style tone placement --------------------------------------
@pytest.mark.parametrize("word", ["quý", "quỹ", "Quý", "quỳ", "thuỷ"])
def test_match_form_keeps_qu_syllables(word):
    expected = {"thuỷ": "thủy"}.get(word, word)
    assert match_form(word) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Trong quý 1,các cấp hội đã vận động 2.160 phần quà", [(2160, "count", "exact")]),
    ("Quý 3 năm 2024, Hội giúp 45 hộ thoát nghèo", [(45, "count", "exact")]),
    ("Trong quý II và quý 4, kết nạp 120 hội viên", [(120, "count", "exact")]),
])
def test_quarters_are_periods(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]
