"""The shortcuts of the indicator matcher find what the plain patterns found: the clause separators on every sentence
of the reports we have (seeds, the shared dev set, the check sets), the lending words only where a stem of theirs is,
the cues of a text the same whether scanned or remembered."""
from __future__ import annotations

import re
from pathlib import Path

from wuanalysis import indicators
from wuanalysis.text import normalize_text, split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT.parent / "shared" / "dev" / "docs").glob("*.txt"),
                *(ROOT / "benchmarks" / "checksets").glob("*/docs/*.txt")])


def _sentences() -> list[str]:
    return [indicators._lower(s.text) for p in TEXTS
            for s in split_sentences(normalize_text(p.read_text(encoding="utf-8")))]


def test_separators_as_the_plain_pattern():
    plain = re.compile(r"[;()]|,(?!\d)")
    sentences = _sentences() + ["a,1 b, c;(d) e,", ",", ",,1", "4,2 tỷ, (trong đó: 3,5)", ""]
    assert len(sentences) > 1000
    for text in sentences:
        assert [x.start() for x in indicators._SEP.finditer(text)] == [x.start() for x in plain.finditer(text)], text


def test_remembered_cues_are_the_scanned_ones():
    m = indicators._default_matcher()
    texts = _sentences()[:400]
    first = [indicators._cue_hits(m, t) for t in texts]
    m.hits.clear()
    again = [indicators._cue_hits(m, t) for t in reversed(texts)][::-1]
    assert first == again
    covered_free = [tuple((h.start(1), h.end(1)) for h in m.cue_regex.finditer(t)) for t in texts]
    for hits, scanned in zip(first, covered_free):
        assert {(s, e) for s, e, _, _ in hits} <= set(scanned)  # those inside a longer cue are left out, no others
