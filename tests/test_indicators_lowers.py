"""Sentences put in match form together (indicators._lowers) come out as each put in match form alone: on the
sentences of the seeds and the shared dev set, and on any mix of the spellings match form moves (old-style tones,
i-spellings at a sentence's edge, "İ", a final sigma)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wuanalysis.indicators import _lower, _lowers
from wuanalysis.text import normalize_text, split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT.parent / "shared" / "dev" / "docs").glob("*.txt")])


def test_lowers_of_every_sentence_we_have():
    sentences = [s.text for p in TEXTS for s in split_sentences(normalize_text(p.read_text(encoding="utf-8")))]
    assert len(sentences) > 500
    assert _lowers(sentences) == [_lower(s) for s in sentences]


def test_a_sentence_with_a_line_break_is_read_alone():
    sentences = ["Hoà Bình có 12 xã", "kỉ niệm\nquĩ 5 tỉ đồng", "Thuỷ"]
    assert _lowers(sentences) == ["hòa bình có 12 xã", "kỷ niệm\nquỹ 5 tỷ đồng", "thủy"]
    assert _lowers([]) == []


_PIECES = st.sampled_from(["hoà", "Hoà", "thuỷ", "khoẻ", "quá", "oà", "uỷ", "tỉ", "Tỉ lệ", "quĩ", "kĩ", "kì", "lí",
                           "mĩ", "quí", "chỉ", "thì", " ", "", ".", "1", "İ", "Σ", "ΑΣ", "q", "u", "o", "a", "_", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=6).map("".join), max_size=6))
def test_lowers_as_each_alone_on_any_mix(sentences):
    assert _lowers(sentences) == [_lower(s) for s in sentences]
