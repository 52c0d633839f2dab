"""The fast paths of the extractor (issues 10 and 11: throughput) give what the plain code they replaced gave: on
every report we have (seeds, the check sets) and on the characters and spellings that make the rules subtle."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from wuanalysis.target_terms import texts_year
from wuanalysis.target_pairs import (
    _CLAUSE_OPENS_ON_TARGET, _VERDICT_NAMED_TARGET, _clause_opens_on_target, _may_be_a_verdict,
)
from wuanalysis.target_sentences import _YEAR
from wuanalysis.text import finditer_at, fold, match_form, normalize_text

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "benchmarks" / "checksets").glob("iv1[34]/docs/*.txt")])


# -- the plain versions, as they were -----------------------------------------------------------------------------
def plain_fold(text: str) -> str:
    text = unicodedata.normalize("NFD", normalize_text(text).lower()).replace("đ", "d")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip()


_PLAIN_TEXTS_YEAR = re.compile(r"(?<![\d.,/])(?<!đến năm )(?<!vào năm )(?<![-–] )(?<![-–])(20\d\d)(?![\d.,]\d)")


def plain_texts_year(low: str) -> int:
    return max((int(y) for y in _PLAIN_TEXTS_YEAR.findall(low)), default=0)


# -- fold: a translation, character by character ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Thừa Thiên Huế", "THỪA THIÊN HUẾ", "  Đắk\u00a0Lắk \t\n", "Ðồng Tháp", "hoà bình", "Hòa Bình", "",
    "e\u0301\u20d0x \u0483y\u1ab0 Ð Đ\u00a0\t\n ǅ", "İstanbul ΣΑΣ ﬁ Å K", "vượt chỉ tiêu tỉnh giao là 400 hội viên",
    "\U0001d15e \U0002f800 a\U000101fdb", "\ufeffxã\u200bphường",
])
def test_fold_as_the_plain_fold(text):
    assert fold(text) == plain_fold(text)


def test_fold_every_character_of_the_first_planes():
    for code in [*range(0x3400), *range(0xa000, 0xd800), *range(0xf900, 0x10000), *range(0x10000, 0x10400),
                 *range(0x1d100, 0x1d200), *range(0x2f800, 0x2fa20)]:
        text = f"a{chr(code)}b {chr(code)}"
        assert fold(text) == plain_fold(text), hex(code)


def test_fold_over_reports():
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert fold(text) == plain_fold(text), path.name
        for i in range(0, len(text), 151):
            assert fold(text[i:i + 90]) == plain_fold(text[i:i + 90]), (path.name, i)


# -- texts_year: a literal search for the "2" every year opens on ---------------------------------------------------
@pytest.mark.parametrize("low", [
    "năm 2025, hội đã …", "nhiệm kỳ 2025 - 2030", "đến năm 2030", "vào năm 2030 và 2026", "12.2025", "2025,5",
    "20252", "ngày 3/2024", "kế hoạch năm 2026–2027", "2020 2021 2022", "", "không có năm", "2-2024 -2025 2019",
])
def test_texts_year_as_the_plain_one(low):
    assert texts_year(low) == plain_texts_year(low)


def test_texts_year_over_reports():
    for path in TEXTS:
        low = normalize_text(path.read_text(encoding="utf-8")).lower()
        assert texts_year(low) == plain_texts_year(low), path.name


# -- target_pairs: the clause openers found back from their target words; the verdict's marks looked at first --------
def _lows():
    for path in TEXTS:
        yield path.name, match_form(normalize_text(path.read_text(encoding="utf-8"))).lower()


def test_clause_opens_as_the_pattern_finds_them():
    phrasings = ["kết nạp 120 hội viên; chỉ tiêu năm là 100", "đạt 98% - kế hoạch 95%", "x -mục tiêu", ";  \tkế hoạch",
                 "; - chỉ tiêu", "  – chỉ tiêu", "-chỉ tiêu", ";chỉ tiêu;mục tiêu", "chỉ tiêu", "a\u00a0- kế hoạch"]
    for name, low in [*_lows(), *(("phrasing", p) for p in phrasings)]:
        assert _clause_opens_on_target(low) == {m.start() for m in _CLAUSE_OPENS_ON_TARGET.finditer(low)}, name


def test_no_character_folds_to_a_verdicts_mark():
    """The marks ``_may_be_a_verdict`` counts before folding: folding makes none (U+037E, the Greek question mark,
    becomes ";", which the pattern refuses anyway)."""
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000 or chr(code) in ",.;)":
            continue
        folded = fold(f"a{chr(code)}b")
        assert "," not in folded and "." not in folded and ")" not in folded, hex(code)


@pytest.mark.parametrize("between", [
    " thoát nghèo, vượt chỉ tiêu tỉnh giao là ", ", vuot xa chi tieu ", " hội viên, vượt chỉ tiêu (",
    ", hoàn thành vượt kế hoạch Đề án 939 là ", " hộ, thấp hơn mục tiêu: "])
def test_verdicts_pass_the_marks_test(between):
    assert _VERDICT_NAMED_TARGET.fullmatch(fold(between) + " ") and _may_be_a_verdict(between, 0, len(between))


def test_marks_test_never_refuses_a_verdict_in_reports():
    for name, low in _lows():
        for a in range(0, len(low), 7):
            for b in (a + 20, a + 45, a + 80):
                if not _may_be_a_verdict(low, a, b):
                    assert not _VERDICT_NAMED_TARGET.fullmatch(fold(low[a:b]) + " "), (name, a, b)


# -- target_sentences: the years before the last year-opener, from a literal search for the "1" or "2" each opens on ---
@pytest.mark.parametrize("low", ["năm 2025 - 2030, năm 2026", "đến năm 2030", "1999–2001 và 2024", "12.2025 20252",
                                 "giai đoạn 2026 – 2030", "", "2-2024"])
def test_year_search_as_the_pattern_finds_them(low):
    for end in range(len(low) + 1):
        assert [m.span() for m in finditer_at(_YEAR, low, "12", end)] == [m.span() for m in _YEAR.finditer(low, 0, end)]


def test_year_search_over_reports():
    for name, low in _lows():
        for end in (len(low), len(low) // 2, len(low) // 3):
            expected = [m.span() for m in _YEAR.finditer(low, 0, end)]
            assert [m.span() for m in finditer_at(_YEAR, low, "12", end)] == expected, name


# -- the document's set-up and the number parser (session 15): each as the plain code it replaced --------------------
def plain_join_wrapped_lines(text: str) -> str:
    from wuanalysis.text import _prose_line
    chars = None
    i = text.find("\n", 1)
    while i != -1 and i + 1 < len(text):
        before, after = text[i - 1], text[i + 1]
        if (after.islower() and after.isalpha() and (before == "," or before.isalpha())) or (
                before.isdigit() and (after == "%" or (after.islower() and after.isalpha()))
                and _prose_line(text, i)):
            if chars is None:
                chars = list(text)
            chars[i] = " "
        i = text.find("\n", i + 1)
    return text if chars is None else "".join(chars)


def plain_y_spelling(text: str) -> str:
    from wuanalysis.text import _I_SYLLABLE, _Y_OF
    hits = []
    for m in _I_SYLLABLE.finditer(text):
        i = m.start()
        a = i - 2 if text[i - 1] in "uU" else i - 1
        if a == 0 or not (text[a - 1].isalpha() or text[a - 1].isdigit() or text[a - 1] == "_"):
            hits.append(i)
    chars = list(text)
    for i in hits:
        chars[i] = _Y_OF[chars[i]]
    return "".join(chars)


def plain_parse_number(token: str) -> float:
    from wuanalysis import quantities
    return quantities.parse_number(" " + token + " ")  # (spaces around: past the fast path, the rules themselves)


_WRAPPED = [
    "", "\n", "\n\n", "a\n", "\nb", "kết nạp 560 hội viên\nmới, đạt 112%", "đạt 4,2\ntỷ đồng", "đạt 98\n% kế hoạch",
    "Hội đã vận động,\ntặng 20 suất quà\nmỗi suất 500.000 đồng\n\nKết quả:\n- 12 hộ\nthoát nghèo",
    "| Hộ | 40\nhộ |", "Tổng 560\nhội viên mới\n", "06:30\nbaothanhhoa.vn - tin", "năm 2025\nỞ xã", "x\ny\nz\n",
]


@pytest.mark.parametrize("text", _WRAPPED)
def test_join_wrapped_lines_as_the_character_list_gave(text):
    from wuanalysis.text import join_wrapped_lines
    assert join_wrapped_lines(text) == plain_join_wrapped_lines(text)


def test_join_wrapped_lines_on_the_reports():
    from wuanalysis.headline import recase_capitals
    from wuanalysis.text import join_wrapped_lines
    from wuanalysis.toneless import toned_key_words
    for path in TEXTS:
        lines = match_form(recase_capitals(toned_key_words(normalize_text(path.read_text(encoding="utf-8"))),
                                           with_numbers=True))
        assert join_wrapped_lines(lines) == plain_join_wrapped_lines(lines), path.name


@pytest.mark.parametrize("text", ["tỉ lệ 12%", "quĩ hỗ trợ, quí I", "kĩ năng kỉ niệm nhiệm kì thẩm mĩ", "Tỉ lệ",
                                  "chỉ thì", "", "tỉ", "a tỉ", "xtỉ 5 tỉ đồng, 2 tỉ", "quản lí\ntỉ"])
def test_y_spelling_as_the_character_list_gave(text):
    from wuanalysis.text import y_spelling
    assert y_spelling(text) == plain_y_spelling(text)


@pytest.mark.parametrize("token", ["0", "05", "12", "2025", "123456789", "4.094", "4,2", "1,257,142", "٣", "１２"])
def test_parse_number_fast_path_as_the_rules_gave(token):
    from wuanalysis.quantities import parse_number
    try:
        expected: float | str = plain_parse_number(token)
    except ValueError:
        expected = "error"
    try:
        got: float | str = parse_number(token)
    except ValueError:
        got = "error"
    assert got == expected


# -- the gates of the page-furniture lines and the toneless test's sample (session 15) ------------------------------
_FURNITURE_LIKE = [
    "4.5/5 (12 bình chọn)", "3,8 / 5 - 20 phiếu", "Bài viết hữu ích?", "BÀI VIẾT HỮU ÍCH", "12 người đã đánh giá",
    "NGƯỜI ĐÃ ĐÁNH GIÁ", "★★★★☆", "Hà Nội 30°C", "Nhiệt độ 28 ĐỘ C", "ĐỘ ẨM 80%", "trời nắng 32º",
    "File đính kèm: bao-cao-2025.pdf (1,2 MB)", "TẢI VỀ: KH 12.DOCX", "baocao.xlsx", "Kết nạp 120 hội viên mới.",
    "Trao 20 suất quà", "", "Tin mới: 12 xã", "12/15 xã đạt", "Độ tuổi 18 - 35",
]


def _lines_of_the_reports() -> list[str]:
    return [line for path in TEXTS for line in match_form(normalize_text(path.read_text(encoding="utf-8"))).split("\n")]


def test_furniture_gates_are_necessary():
    from wuanalysis import skip_listings as sl
    for line in [*_FURNITURE_LIKE, *_lines_of_the_reports()]:
        if sl._PAGE_LINE_ANYWHERE.search(line):
            assert sl._ANYWHERE_GATE.search(line), line
        if sl._WEATHER_MARK.search(line):
            assert sl._WEATHER_GATE.search(line), line
        if sl._ATTACHMENT_LINE.fullmatch(line):
            assert "." in line, line
    assert all(sl._PAGE_LINE_ANYWHERE.search(x) for x in _FURNITURE_LIKE[:7])  # (the invented lines do match)
    assert all(sl._WEATHER_MARK.search(x) for x in _FURNITURE_LIKE[7:11])


@pytest.mark.parametrize("size", [0, 1, 59, 60, 61, 3000])
def test_paragraph_sample_as_findall_gave(size):
    from wuanalysis.toneless import _PARAGRAPH, _paragraphs
    texts = [path.read_text(encoding="utf-8")[:20000] for path in TEXTS] + [
        "", "x" * 59, "x" * 60, ("a" * 70 + "\n") * 100, "ngắn\n" + "dài " * 40 + "\n" + "b" * 61]
    for text in texts:
        assert _paragraphs(text, size) == "".join(_PARAGRAPH.findall(text))[:size]
