"""Skip rules for page furniture and list markers: a web page's counters and player ("Lượt xem: 1.234",
"72,790,124 lượt truy cập", "1.25X"), footnotes, an excerpt cut in a quote, and the numbers of a list's items
("(1) …", "1. Kết nạp …", "Chỉ tiêu 2: …"). Rules of :data:`wuanalysis.skip_rules.RULES`.

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

import re

from .skip_patterns import (
    COMMA_GROUPS, DASH_TITLE, INLINE_ITEM, INLINE_ITEM_BEFORE, LIST_HEAD, LIST_MARKER, PAREN_LIST_MARKER, PLAYER_SPEED,
    Token,
)


def furniture_line(t: Token) -> str | None:
    """A number on a line of page furniture: "Lượt xem: 1.234", "Hôm nay2,057", a dateline, related articles."""
    return "furniture" if t.bad_line(t.start) else None


def paren_list_marker(t: Token) -> str | None:
    """"(1) Kết nạp …", "Các chỉ tiêu: (1) …; (2) …", "…; (3) 100% chi hội …": the number of an item in parentheses
    (before a figure only where an item opens: a line start, a colon or a semicolon before it)."""
    if not (t.digits and t.before == "(" and len(t.text) <= 2):
        return None
    if PAREN_LIST_MARKER.match(t.m, t.end):
        return "list marker"
    return "list marker" if _PAREN_THEN_FIGURE.match(t.m, t.end) and _ITEM_OPENS_BEFORE.search(
        t.m, max(0, t.start - 8), t.start - 1) else None


_PAREN_THEN_FIGURE = re.compile(r"\)[ \t]+\d")
_ITEM_OPENS_BEFORE = re.compile(r"(?:^|[:;\n])[ \t]*$")


def line_list_marker(t: Token) -> str | None:
    """"1. Kết nạp …", "2.3. Công tác …": the number of an item at the start of a line."""
    if not (t.digits and len(t.text) <= 5 and LIST_MARKER.match(t.m, t.end)):
        return None
    line_start = t.m.rfind("\n", 0, t.start) + 1
    return None if t.m[line_start:t.start].strip(" \t•*+-–") else "list marker"


_DASH_MARKER = re.compile(r" ?[-–][ \t]+(?:[^\W\d_]|\d[\d.,]*\s*%)")


def dash_list_marker(t: Token) -> str | None:
    """"1- Hằng năm kết nạp …", "2 - 100% chi hội …": the number of an item at a line's start, then a dash, a space
    and a word or a share (not "1-2 hộ", nor "2 - 3 hộ …", ranges)."""
    if not (t.digits and len(t.text) <= 2 and _DASH_MARKER.match(t.m, t.end)):
        return None
    line_start = t.m.rfind("\n", 0, t.start) + 1
    return None if t.m[line_start:t.start].strip(" \t•*+") else "list marker"


_NUMBER_COLUMN_HEAD = re.compile(r"(?:^|\n)[ \t]*s?tt[ \t]*\n", re.IGNORECASE)
_LABEL_LINE_NEXT = re.compile(r"[ \t]*\n[ \t]*[^\W\d_]")


def table_row_number(t: Token) -> str | None:
    """A table flattened to lines under a "TT"/"STT" column: "1\nKết nạp hội viên mới\n500\n560": the row's number
    alone on its line, then the row's label."""
    return _row_number_under(t, 2, _LABEL_LINE_NEXT, _NUMBER_COLUMN_HEAD)


# a table kept on lines with its cells split by bars or tabs, under a head whose first cell numbers the rows: "STT |
# Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá" then "1 | Kết nạp hội viên mới | 5.000 | 5.642 | Vượt"; a table pasted
# as Markdown opens each line with a bar: "| TT | Chỉ tiêu | Kế hoạch năm 2025 | …", then "| 1 | Phát triển hội viên …"
_NUMBER_CELL_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:\|[ \t]*)?(?:s?tt|số tt|số thứ tự)[ \t]*[|\t]", re.IGNORECASE)
_LABEL_CELL_NEXT = re.compile(r"[ \t]*[|\t][ \t]*[^\W\d_]")


def table_row_number_in_cells(t: Token) -> str | None:
    """"1 | Kết nạp hội viên mới | 5.000 | 5.642", "2\tHỗ trợ hộ thoát nghèo\t120\t131": the row's number in the
    first cell of a line, then the row's label, under a head opening on "STT"/"TT" (not "5 | 6 | 7", cells of
    figures, nor a row without such a head)."""
    return _row_number_under(t, 3, _LABEL_CELL_NEXT, _NUMBER_CELL_HEAD, opening=" \t|")


def _row_number_under(t: Token, digits: int, label_next: re.Pattern, head: re.Pattern,
                      opening: str | None = None) -> str | None:
    """A number of at most ``digits`` digits opening its line (after the characters of ``opening`` only; spaces when
    None), the row's label right after it (``label_next``), under a head that numbers the rows (``head``, within the
    3,000 characters before)."""
    if not (t.digits and len(t.text) <= digits and label_next.match(t.m, t.end)):
        return None
    line_start = t.m.rfind("\n", 0, t.start) + 1
    if t.m[line_start:t.start].strip(opening):
        return None
    return "list marker" if head.search(t.m, max(0, t.start - 3000), t.start) else None


def inline_list_marker(t: Token) -> str | None:
    """"đề ra 08 chỉ tiêu: 1. Hằng năm …; 2. Mỗi năm …": an item number after ':', ';' or '.' inside a line."""
    return "list marker" if t.digits and len(t.text) <= 2 and INLINE_ITEM.match(t.m, t.end) and (
        INLINE_ITEM_BEFORE.search(t.m, max(0, t.start - 3), t.start)) else None


def footnote(t: Token) -> str | None:
    """"… nhiệm kỳ 2017 - 2022 [1]", "8.717 lượt chính sách[2]"."""
    return "footnote" if t.digits and t.before == "[" and t.m.startswith("]", t.end) else None


def player_speed(t: Token) -> str | None:
    """A video player's "1.25X", "2X"."""
    c = t.m[t.end:t.end + 1]
    return "furniture" if t.digits and c and c in "xX" and PLAYER_SPEED.match(t.m, t.end) else None


def screen_size(t: Token) -> str | None:
    """A reading tool's or a video player's size: "Font: 14px 16px 18px", "HD 720p", "1080p"."""
    after = _SCREEN_UNIT.match(t.m, t.end)
    if not (t.digits and after):
        return None
    return "furniture" if after.group() != "p" or t.text in _RESOLUTIONS else None


_SCREEN_UNIT = re.compile(r"px|pt|p(?![^\W_])")
_RESOLUTIONS = frozenset(("144", "240", "360", "480", "540", "720", "1080", "1440", "2160"))


def comma_grouped_counter(t: Token) -> str | None:
    """"72,790,124 lượt truy cập": digits grouped by commas in threes are a web counter, never a Vietnamese figure."""
    return "furniture" if t.digits and t.text.count(",") >= 2 and COMMA_GROUPS.fullmatch(t.text) else None


def cut_in_a_quote(t: Token) -> str | None:
    """An excerpt cut right after a quoted slogan's first digit: "đạt tiêu chí gia đình \"5" (the text ends there)."""
    return "name" if len(t.m) - t.end <= 8 and not t.m[t.end:].strip(" \t\n….") else None


def list_head(t: Token) -> str | None:
    """A numbered head of a list: "Chỉ tiêu 2: Hằng năm …", "Nhiệm vụ 3. Mỗi chi hội …", "Bài 3 - Phụ nữ khởi
    nghiệp", or the item named before what it holds: "Ghi chú: chỉ tiêu 3 bao gồm …", "Nhiệm vụ 2 gồm …" (not
    "(chỉ tiêu 200)", "chỉ tiêu 3 tổ hợp tác")."""
    return "list marker" if (t.m.startswith((":", "."), t.end) or (
        t.m.startswith((" -", " –"), t.end) and DASH_TITLE.match(t.m, t.end)) or _HOLDS_NEXT.match(
        t.low, t.end)) and LIST_HEAD.search(t.m, max(0, t.start - 30), t.start) else None


_HOLDS_NEXT = re.compile(r" (?:bao )?gồm(?![^\W_])")  # (on the lower-cased text)
