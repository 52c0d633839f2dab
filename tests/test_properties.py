"""Property tests: the number grammar and the extractor never crash, and keep their promises on any input."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wuanalysis.extract import extract_facts
from wuanalysis.quantities import format_vi, parse_hedge, parse_number, parse_number_words
from wuanalysis.text import match_form, normalize_text

# Text that looks like the genre: Vietnamese words, digits with . and , , units, punctuation, odd Unicode.
_PIECES = st.sampled_from([
    "hội viên", "hộ", "tỷ đồng", "triệu", "nghìn", "%", "/", "-", ".", ",", ";", "(", ")", "“", "”", "đạt", "vượt",
    "chỉ tiêu", "hơn", "gần", "khoảng", "ít nhất", "trở lên", "năm", "tháng", "ngày", "Đề án", "số", "lần",
    "gấp", "từ", "đến", "m2", "kg", "tấn", "một", "hai mươi", "trăm", "\n", " ", "Hôm nay", "hoà", "Ð", "\u00a0",
])
_GENRE = st.lists(st.one_of(_PIECES, st.from_regex(r"\d{1,4}([.,]\d{1,3}){0,2}", fullmatch=True)),
                  max_size=40).map(" ".join)
_ANY_TEXT = st.one_of(st.text(max_size=300), _GENRE)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_extractor_spans_slice_back_on_any_text(raw):
    text = normalize_text(raw)
    for f in extract_facts(text):
        assert text[f["start"]:f["end"]] == f["quote"]
        assert f["quote"] in f["sentence"]
        assert text[f["sentence_start"]:f["sentence_start"] + len(f["sentence"])] == f["sentence"]
        assert f["value"] == f["value"]  # not NaN


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_number_parsers_raise_value_error_or_return_a_number(token):
    for parse in (parse_number, parse_number_words):
        try:
            value = parse(token)
        except ValueError:
            continue
        assert isinstance(value, float)
    qualifier, length = parse_hedge(token)
    assert 0 <= length <= len(token)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_integers_round_trip_through_vietnamese_formatting(n):
    assert parse_number(format_vi(n)) == n


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_decimals_round_trip_through_vietnamese_formatting(whole, frac):
    value = whole + frac / 100
    text = format_vi(value, decimals=2)
    assert "," in text
    assert abs(parse_number(text) - value) < 1e-6 * max(1, value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_match_form_keeps_the_length(raw):
    text = normalize_text(raw)
    assert len(match_form(text)) == len(text)
