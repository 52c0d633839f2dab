"""Blanking the photo captions of a report's first lines (reporter._blank_captions) gives what the caption pattern's
substitution gave, with or without the cheap look for "ảnh:" first."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wuanalysis.reporter import _CAPTION, _blank_captions


def _plain(text: str) -> str:
    return _CAPTION.sub(lambda c: " " * len(c.group(0)), text)


def test_a_caption_line_is_blanked():
    text = "Hội LHPN phường Thành Vinh tổ chức đại hội\nLãnh đạo chúc mừng Ban Chấp hành. Ảnh: CSCC\nNgày 5/3, Hội …"
    assert _blank_captions(text) == _plain(text)
    assert "CSCC" not in _blank_captions(text) and "Ngày 5/3" in _blank_captions(text)


def test_a_text_without_a_caption_is_kept():
    text = "Hình ảnh đẹp về phụ nữ: 12 tấm ảnh được trao giải"
    assert _blank_captions(text) is text
    assert _plain(text) == text


_PIECES = st.sampled_from(["ảnh", "Ảnh", "ẢNH", ":", " ", "  ", "\t", "\n", ".", "x", "CSCC", "hình ảnh", "ảnh :",
                           "cảnh", "İ", "ı"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_blank_captions_as_the_pattern_on_any_mix(text):
    assert _blank_captions(text) == _plain(text)
