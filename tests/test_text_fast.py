"""The fast paths of the text helpers give what the plain code they replaced gave, on every report we have (seeds, the
shared dev set, the check sets), on every word of them, and on the spellings that make the rules subtle."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wuanalysis import text as text_module
from wuanalysis.text import Sentence, match_form, normalize_text, split_sentences, y_spelling

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT.parent / "shared" / "dev" / "docs").glob("*.txt"),
                *(ROOT / "benchmarks" / "checksets").glob("*/docs/*.txt")])

# -- the plain versions, as they were -----------------------------------------------------------------------------
_I_VOWELS = re.compile(r"[ìíĩỉÌÍĨỈ](?![^\W\d_])")
_I_ONSETS = {"t": "ỉỈ", "l": "íÍ", "k": "ìĩỉÌĨỈ", "m": "ĩĨ", "qu": "íĩÍĨ"}


def plain_y_spelling(text: str) -> str:
    hits = []
    for m in _I_VOWELS.finditer(text):
        i = m.start()
        for onset, vowels in _I_ONSETS.items():
            a = i - len(onset)
            if (a >= 0 and text[a:i].lower() == onset and m.group() in vowels
                    and (a == 0 or not (text[a - 1].isalpha() or text[a - 1].isdigit() or text[a - 1] == "_"))):
                hits.append(i)
                break
    chars = list(text)
    for i in hits:
        chars[i] = text_module._Y_OF[chars[i]]
    return "".join(chars)


_PLAIN_BOUNDARY = re.compile(r"[.!?…]([\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ0-9]))|\.:(\s+)|(\n+)")


def plain_split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []

    def append(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end, text[start:end]))

    pos = 0
    for m in _PLAIN_BOUNDARY.finditer(text):
        start = m.start(m.lastindex or 0)
        if text[start] != "\n" and text_module._ABBREV.search(text[max(0, start - 6): start - 1]):
            continue
        append(pos, start)
        pos = m.end()
    append(pos, len(text))
    return out


def plain_normalize_text(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(text_module._SPACES)


TRICKY = [
    "tỉ lệ, Tỉ lệ, TỈ LỆ, 1,3 tỉ đồng, 2tỉ, _tỉ, xtỉ, tỉa, chỉ, thì, tí, quì, quí I, Quĩ, QUĨ, qUí, quản lí, LÍ",
    "kĩ năng, kỉ niệm, nhiệm kì, Kì Anh, \u212aì Anh, thẩm mĩ, Mĩ, kìm, mĩa, lí do; (tỉ) «quĩ» tỉ\ntỉ",
    "tỉ½ ²tỉ ٣tỉ tỉ_ tỉ1 ỉ í tỉtỉ lílí quíquĩ q uí",
    "Hội\u00a0LHPN\u2009tỉnh\u202fÐắk\u200bLắk\ufeff ðoàn\u3000viên\r\nHà Nội\rSài Gòn",
    "Thanh Hoá, hoà giải, thuỷ, khoẻ, quý, quỹ, HOÀ, tỉ lệ hoà",
]


def _words() -> set[str]:
    words: set[str] = set()
    for path in TEXTS:
        words.update(normalize_text(path.read_text(encoding="utf-8")).split())
    return words


def test_there_is_something_to_compare():
    assert len(TEXTS) >= 100


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_same_text_as_the_plain_helpers(path):
    raw = path.read_text(encoding="utf-8")
    text = normalize_text(raw)
    assert text == plain_normalize_text(raw)
    assert y_spelling(text) == plain_y_spelling(text)
    assert y_spelling(text.upper()) == plain_y_spelling(text.upper())
    assert match_form(text) == plain_y_spelling(text_module._OLD_STYLE.sub(text_module._move_tone, text))
    assert split_sentences(text) == plain_split_sentences(text)
    assert split_sentences(raw) == plain_split_sentences(raw)  # CRLF, odd spaces


def test_every_word_spelled_as_before():
    words = _words()
    assert len(words) > 5000
    for word in words:
        for form in (word, word.lower(), word.upper(), word.capitalize()):
            assert y_spelling(form) == plain_y_spelling(form), form


SENTENCES = [
    "Một. Hai! Ba? Bốn… Năm.\n\nSáu.\nBảy", "TP. HCM có 4.094 hội viên. TS. Nguyễn nói: “Được.” (Tốt.) 2025 là năm",
    "Kết quả.: 12 hội viên\u3000mới.  \n  \n Hết.", "\n\nĐầu\n", "a.\tB", "x.\u00a0Y", ".", "\n", "", "  ",
    "v.v.. Đã xong. Q. 1 và P. 2", "“Mẹ đỡ đầu.” Đạt 100%.\r\nHết",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_tricky_sentences(text):
    assert split_sentences(text) == plain_split_sentences(text)


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_spellings(text):
    assert normalize_text(text) == plain_normalize_text(text)
    assert y_spelling(text) == plain_y_spelling(text)


def test_the_tricky_lines_move_some_i_spellings():
    assert [y_spelling(text) != text for text in TRICKY] == [True, True, True, False, True]


def test_every_odd_character_is_still_normalised():
    for code, replacement in text_module._SPACES.items():
        assert normalize_text(f"a{chr(code)}b") == f"a{replacement or ''}b"


def test_a_whole_text_remembered_gives_its_own_form():
    """match_form remembers the last whole text: a text of the same length, or the same text again after another,
    must still get its own form."""
    one = ("Thanh Hoá có tỉ lệ hộ nghèo giảm. " * 200)[:5000]
    two = ("Khánh Hoà có quĩ hỗ trợ phụ nữ mới. " * 200)[:5000]
    assert len(one) == len(two) >= text_module._WHOLE_TEXT
    expected = {t: plain_y_spelling(text_module._OLD_STYLE.sub(text_module._move_tone, t)) for t in (one, two)}
    for t in (one, one, two, one, two, two, "ngắn hoà", one):
        assert match_form(t) == expected.get(t, "ngắn hòa")
