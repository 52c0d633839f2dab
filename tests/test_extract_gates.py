"""The cheap looks before the extractor's rarer patterns find what the patterns alone find, on genre-like and on any
text: the scale words after a space (numbers in words), the "trở lên" a figure's floor needs within reach, and the
literal pieces before the case-blind furniture pattern."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wuanalysis.extract import _AT_LEAST_AFTER, _SCALE_WORD, _scale_words, extract_facts
from wuanalysis.skip_listings import _FURNITURE, _FURNITURE_GATE
from wuanalysis.text import match_form, may_match, normalize_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_PIECES = st.sampled_from([
    "một", "Hai", "năm", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "tỷ lệ", "4,2", "12", " ", "  ", "\n",
    "\t", "\u00a0", "\u2009", "x", "đồng", "trở lên", "Trở Lên", "TRỞ LÊN", "trở", "lên", "từ", "hội viên", "%", ";",
    ".", "hoàn thành tốt nhiệm vụ", "khá", "İ", "ı", "ſ",
])
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _same_scale_words(text: str) -> None:
    assert _scale_words(text) == [m.span() for m in _SCALE_WORD.finditer(text)]


def _floor_within_reach(text: str) -> None:
    for i in range(len(text) + 1):
        if _AT_LEAST_AFTER.match(text, i):
            assert "trở lên" in text[i:i + 67].lower(), (text, i)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_scale_words_and_floor_on_genre_like_text(text):
    _same_scale_words(text)
    _floor_within_reach(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_scale_words_and_floor_on_any_text(text):
    _same_scale_words(text)
    _floor_within_reach(text)


def test_scale_words_on_the_seed_reports():
    for path in sorted(SEEDS.glob("*.txt")):
        m = match_form(normalize_text(path.read_text(encoding="utf-8")))
        _same_scale_words(m)


def test_floor_far_past_the_figure_is_out_of_reach():
    near = "Có 90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên."
    far = "Có 90% cơ sở Hội" + " hoạt động" * 8 + " trở lên."
    assert [f["qualifier"] for f in extract_facts(near)] == ["at_least"]
    assert [f["qualifier"] for f in extract_facts(far)] == ["exact"]


def test_numbers_in_words_still_read():
    facts = extract_facts("Hội vận động được năm trăm triệu đồng và Hai nghìn hội viên mới.")
    assert [(f["value"], f["unit_class"]) for f in facts] == [(500_000_000.0, "vnd"), (2000.0, "count")]


_FURNITURE_PIECES = st.sampled_from([
    "điểm của bài viết", "Đánh giá bài viết", "điện thoại", "ĐT", "đăng nhập", "12", " bình luận", "bình luận (3)",
    "Bản quyền", "thời gian chờ", "trong ", " đánh giá", "Tel", "TEL", "trang", " chủ", "lượt", "giấy phép ", "số",
    "xuất bản", "gửi email", "COPYRİGHT", "cỡ chữ", "©", "hotlıne", "fax", "e-maİl", "email", "in bài", "İn bài", ":",
    " ", "\t", "tin bài", "| ", "về bản quyền", "x", "đ", "t", "b", "c", "ſ",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_FURNITURE_PIECES, max_size=12).map("".join))
def test_furniture_gate_lets_every_furniture_line_through(line):
    assert may_match(_FURNITURE_GATE, line) or _FURNITURE.search(line) is None
