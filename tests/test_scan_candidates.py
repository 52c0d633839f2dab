"""The speed paths of issue 10 give what the plain code gave: a pattern tried only where a literal search finds the
characters it opens on (text.finditer_at), the article's date read once for the commune era, and the literal gate
before the pattern of a target in brackets after its result."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wuanalysis import report_era
from wuanalysis.extract import extract_facts
from wuanalysis.clause_bounds import _SENTENCE_END, Bounds
from wuanalysis.report_era import Era
from wuanalysis.text import _BOUNDARY, _BOUNDARY_OPENERS, _I_SYLLABLE, _I_VOWELS, finditer_at, split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT.parent / "shared" / "dev" / "docs").glob("*.txt")])

INVENTED = [
    "",
    ".",
    "\n\n\nHội LHPN xã tổ chức 3 lớp.\n\n\nKết nạp 120 hội viên… Đạt 105% kế hoạch!",
    "TP. Hồ Chí Minh đạt 4.094 hội viên. Tỉ lệ tập hợp đạt 82,5%; quí I giải ngân 1,3 tỉ đồng.\nNhiệm kì tới: 5 lớp?",
    "Kì họp thứ 5.: Ông Lý, bà Kĩ, thẩm mĩ viện Quí Hòa, TỈ LỆ 90%... hết.\n",
    "(Ảnh: Minh Thư). “Hội viên” đạt 100%.” Tiếp theo\n1. Kết nạp 50 hội viên.\n2. Giúp 3 hộ.",
]


def _same(pattern: re.Pattern, chars: str, text: str) -> None:
    plain = [(m.start(), m.end(), m.lastindex, m.groups()) for m in pattern.finditer(text)]
    fast = [(m.start(), m.end(), m.lastindex, m.groups()) for m in finditer_at(pattern, text, chars)]
    assert fast == plain


@pytest.mark.parametrize("text", INVENTED)
def test_finditer_at_finds_what_finditer_finds(text):
    for form in (text, text.lower(), text * 40):
        _same(_BOUNDARY, _BOUNDARY_OPENERS, form)
        _same(_SENTENCE_END, ".!?\n", form)
        _same(_I_SYLLABLE, _I_VOWELS, form)


def test_finditer_at_on_every_report():
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        _same(_BOUNDARY, _BOUNDARY_OPENERS, text)
        _same(_SENTENCE_END, ".!?\n", text)
        _same(_I_SYLLABLE, _I_VOWELS, text)


def test_finditer_at_skips_what_a_match_covers():
    # "\n\n\n" is one boundary (the line breaks after the first are part of its match): never three
    text = "Một câu dài hơn năm trăm ký tự." * 20 + "\n\n\nCâu sau."
    assert len(list(finditer_at(_BOUNDARY, text, _BOUNDARY_OPENERS))) == len(list(_BOUNDARY.finditer(text)))


def test_long_and_short_texts_split_alike():
    sentence = "Hội LHPN phường tổ chức 2 lớp tập huấn cho 120 hội viên. "
    long_text = sentence * 30  # past the length from which the literal search is used
    assert [s.text for s in split_sentences(long_text)] == [sentence.strip()] * 30
    assert Bounds(long_text).sentence_ends == [m.start() for m in _SENTENCE_END.finditer(long_text)]


def test_era_reads_the_date_once_and_never_when_the_caller_read_none(monkeypatch):
    calls = []

    def published_in(text):
        calls.append(text)
        return "2025-09-01"

    monkeypatch.setattr(report_era, "_published_in", published_in)
    era = Era("Hội LHPN xã Lộc Hưng tổng kết năm 2025", None)
    assert era() == "2025" and not era.written_before("2025-07") and era.written_before("2025-10")
    assert len(calls) == 1  # read on first use, kept
    calls.clear()
    undated = Era("Hội LHPN xã Lộc Hưng tổ chức hội nghị", "")  # the caller read the text's date: none
    assert undated() is None and not undated.written_before("2026-01")
    assert calls == []


@pytest.mark.parametrize("sentence, target", [
    ("Năm 2025, Hội kết nạp 820 hội viên mới (chỉ tiêu 700 hội viên).", 700.0),
    ("Trong năm phát triển 1.250 hội viên/KH 1.000 hội viên.", 1000.0),
    ("Vận động 52 hộ (NQ: 40 hộ) thoát nghèo.", 40.0),
    ("Hội thành lập 12 tổ hợp tác, vượt chỉ tiêu năm (10 tổ hợp tác).", 10.0),
])
def test_a_target_in_brackets_still_links_to_its_result(sentence, target):
    facts = extract_facts(sentence)
    assert facts[0]["target"] == target and facts[1]["is_target"]


@pytest.mark.parametrize("sentence", [
    "Năm 2025, Hội kết nạp 820 hội viên mới (trong đó 700 hội viên nữ trẻ).",
    "Hội vận động giúp 35 hộ thoát nghèo, 30 hộ có việc làm ổn định.",
])
def test_no_target_word_no_link(sentence):
    facts = extract_facts(sentence)
    assert facts[0]["target"] is None and not facts[1]["is_target"]
