"""Vietnamese number grammar: digits, scale words, numbers in words and hedges (the unit after a number is
:mod:`wuanalysis.units`).

Pure functions from strings to values. The genre writes "." for thousands and "," for decimals
("1.838 ngày công" = 1838, "4,2 tỷ đồng" = 4.2e9, "1,008 tỷ đồng" = 1.008e9), mixes scale words
("2 tỷ 565 triệu", "1,5 nghìn tỷ", "32 ngàn", "10k") and sometimes spells numbers out ("một tỷ",
"hai mươi mốt nghìn không trăm mười một").
"""
from __future__ import annotations

import math
import re

from .text import y_spelling as y_spelling  # re-exported: the spelling rule lives with match_form

SCALES: dict[str, float] = {
    "nghìn": 1e3, "ngàn": 1e3, "ngan": 1e3, "nghin": 1e3, "k": 1e3,
    "triệu": 1e6, "trieu": 1e6,
    "tỷ": 1e9, "tỉ": 1e9, "ty": 1e9,
    "trăm": 1e2, "vạn": 1e4,
}

QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "less_than")

# Hedge words right before a figure, longest first; matched on lower-cased match_form text. An estimate ("ước đạt 612
# tỷ đồng", "ước thực hiện 1.150 hội viên", "9 tháng ước 2,9 tỷ đồng") is no hedge: exact, its own mark (``estimate``),
# unless a hedge word is written with it ("ước đạt khoảng 460 hộ", "ước đạt hơn 3.000 tỷ") (house rule, session 14)
_HEDGES: list[tuple[str, str]] = [
    ("gần gần", "nearly"), ("gần gấp", "nearly"), ("gần", "nearly"), ("xấp xỉ", "nearly"),
    ("hơn", "more_than"), ("trên", "more_than"), ("ngoài", "more_than"), ("vượt trên", "more_than"),
    ("khoảng gần", "nearly"), ("khoảng hơn", "more_than"), ("khoảng trên", "more_than"),
    ("khoảng", "about"), ("chừng", "about"), ("xấp xỉ", "about"), ("độ khoảng", "about"),
    ("ít nhất", "at_least"), ("tối thiểu", "at_least"), ("không dưới", "at_least"), ("không ít hơn", "at_least"),
    ("dưới", "less_than"), ("ít hơn", "less_than"), ("không quá", "less_than"), ("tối đa", "less_than"),
    ("chưa đến", "less_than"), ("chưa tới", "less_than"), ("chưa đầy", "less_than"), ("không đến", "less_than"),
    ("không tới", "less_than"), ("non", "less_than"),
    ("gần như", "nearly"),  # "thu hút gần như 100% hội viên"
    ("trên dưới", "about"),  # "trên dưới 300 phụ nữ": give or take, not under 300
    ("≥", "at_least"), ("≤", "less_than"),  # a table's cell or a plan's line: "≥ 82%", "≤ 1,5%" (no at_most: SCHEMA)
]
_HEDGE_RE = re.compile(
    r"(?:^|(?<=[\s(“\"':,;]))(" + "|".join(sorted({re.escape(h) for h, _ in _HEDGES}, key=len, reverse=True))
    + r")\s*$"
)
_HEDGE_OF = dict(_HEDGES)
_HEDGE_WORDS = tuple(_HEDGE_OF)


def parse_hedge(left: str) -> tuple[str, int]:
    """The qualifier stated by the words just before a figure, and how many characters they take.

    ``left`` is the text ending right before the number ("… với tổng dư nợ là hơn ") in any case.
    """
    low = left.lower()
    if not low.rstrip().endswith(_HEDGE_WORDS):  # what the pattern needs, checked first: most figures have no hedge
        return floor_from(left)
    m = _HEDGE_RE.search(low)
    if not m:
        return "exact", 0
    return _HEDGE_OF[m.group(1)], len(left) - m.start(1)


# "mỗi năm giúp từ 40 hộ", "thu hút từ 92% phụ nữ", "kết nạp từ 200 hội viên": a bare "từ" after a verb that counts
# what it reaches is a floor like "… trở lên" (iv13 U, iv14 P12; a range "từ 40 - 50 hộ" reads the same; "tăng từ 68%
# lên 70%", "đến từ 15 xã", "huy động từ 50 nhà hảo tâm" are a start or a source, no floor)
_FLOOR_FROM = re.compile(
    r"(?<![^\W_])(?:giúp|thu hút|tập hợp|kết nạp|giới thiệu|phấn đấu|thành lập)(?:\s+(?:được|mới|thêm))?\s+(từ)\s*$")


def floor_from(left: str) -> tuple[str, int]:
    """"giúp từ 40 hộ": at_least, and the width of "từ " (exact, 0 when the words before are no such floor)."""
    if not left.endswith(("từ ", "Từ ")) or not (m := _FLOOR_FROM.search(left.lower())):
        return "exact", 0
    return "at_least", len(left) - m.start(1)


# "tăng từ 2 triệu đồng/hộ lên 3 triệu đồng/hộ": a change's start, no floor
_CHANGE_FROM = re.compile(r"(?<![^\W_])(?:tăng|giảm|nâng|hạ|điều chỉnh|chuyển)(?:\s+[^\W\d_]+){0,2}\s+từ\s*$")
_CHANGE_TO = re.compile(r"\s*(?:lên|xuống|thành)(?![^\W_])", re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s*(?:/|(?:mỗi|một)\s)", re.IGNORECASE)  # "từ 5 ngàn đồng mỗi tuần", "… đồng/suất"


def per_unit_floor(m: str, end: int, unit: str | None, left_low: str) -> bool:
    """"mỗi suất quà trị giá từ 500.000 đồng", "hỗ trợ từ 2 triệu đồng/hộ", "góp từ 10 ngàn đồng mỗi ngày": a lone
    "từ" before a per-unit amount of money (its phrase ending at ``end``) is its floor (iv11 P17; not a source, "nhận
    tài trợ từ 50 triệu đồng của Quỹ", nor a change's start, "tăng từ 2 triệu đồng/hộ lên 3 triệu đồng/hộ")."""
    if _CHANGE_FROM.search(left_low) or _CHANGE_TO.match(m, end):
        return False
    clause = left_low[max(left_low.rfind(c) for c in ".;:\n") + 1:]
    return "mỗi" in clause or "/" in (unit or "") or _EACH_AFTER.match(m, end) is not None


def parse_number(token: str) -> float:
    """A digit token as Vietnamese writes it: "4.094" → 4094, "4,2" → 4.2, "1,008" → 1.008, "05" → 5.

    Rules: several "," with groups of three are English thousands ("1,257,142"); otherwise "," is the
    decimal mark. "." followed by exactly three digits groups thousands; a single "." followed by one or
    two digits is a (sloppy) decimal point ("4.5 tỷ").
    """
    if token.isdigit() and token.isascii():
        return float(token)  # "2025", "12": most tokens, whatever the rules below (none applies to bare digits)
    t = token.strip()
    if not t or not t[0].isdigit():
        raise ValueError(f"not a number: {token!r}")
    if t.count(",") > 1 and "." not in t and re.fullmatch(r"\d{1,3}(,\d{3})+", t):
        return float(t.replace(",", ""))
    if "," in t and "." in t:
        # "1.234,5" Vietnamese; "1,234.5" English: whichever comes last is the decimal mark.
        if t.rfind(",") > t.rfind("."):
            return float(t.replace(".", "").replace(",", "."))
        return float(t.replace(",", ""))
    if "," in t:
        if t.count(",") > 1:
            raise ValueError(f"ambiguous number: {token!r}")
        return float(t.replace(",", "."))
    if "." in t:
        parts = t.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        if len(parts) == 2:
            return float(t)
        raise ValueError(f"ambiguous number: {token!r}")
    return float(t)


# "27.500000đ": a writer left a thousands dot out, so one dot group holds six (or nine) digits; read as money it is
# 27 500 000, not 27.5 (no amount of money is written with six decimals)
_RUN_TOGETHER = re.compile(r"\d{1,3}\.(?:\d{6}|\d{9})")


def parse_money_number(token: str) -> float:
    """A digit token read as an amount of money: as :func:`parse_number`, save that one dot group of six or nine
    digits is thousands groups run together ("27.500000" → 27500000, "1.500000000" → 1500000000)."""
    t = token.strip()
    if _RUN_TOGETHER.fullmatch(t):
        return float(t.replace(".", ""))
    return parse_number(t)


_DIGIT_WORDS = {
    "không": 0, "linh": 0, "lẻ": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
}
_WORD_SCALES = {
    "mươi": 10, "chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
}
NUMBER_WORDS = tuple(_DIGIT_WORDS) + tuple(_WORD_SCALES)


def parse_number_words(phrase: str) -> float:
    """A number written in words: "một tỷ" → 1e9, "năm nghìn" → 5000,
    "hai mươi mốt nghìn không trăm mười một" → 21011."""
    words = phrase.lower().split()
    if not words:
        raise ValueError("empty phrase")
    total = 0  # finished groups of tỷ/triệu/nghìn
    group = 0  # the part below 1000 being built
    current: int | None = None  # the last digit word not yet scaled ("không" is 0, not "none")
    seen = False
    last_was_scale = False
    for w in words:
        if w == "mười":
            group += 10
            current = None
            seen = True
        elif w in _DIGIT_WORDS:
            current = _DIGIT_WORDS[w]
            seen = True
        elif w in ("mươi", "chục"):
            group += (1 if current is None else current) * 10
            current = None
        elif w == "trăm":
            group += (1 if current is None else current) * 100
            current = None
        elif w in _WORD_SCALES:
            scale = _WORD_SCALES[w]
            chunk = group + (current or 0)
            if last_was_scale and chunk == 0:
                total *= scale  # "một nghìn tỷ": the scales multiply
            else:
                total += (chunk or 1) * scale
            group, current = 0, None
            last_was_scale = True
            continue
        else:
            raise ValueError(f"not a number word: {w!r} in {phrase!r}")
        last_was_scale = False
    if not seen:
        raise ValueError(f"no digit word in {phrase!r}")
    return float(total + group + (current or 0))


def apply_scales(value: float, scales: list[str]) -> float:
    """"1,5" + ["nghìn", "tỷ"] → 1.5e12."""
    for s in scales:
        value *= SCALES[s.lower()]
    return value


def format_vi(value: float, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way: 4094 → "4.094", 4.2 → "4,2", 1293000 → "1.293.000"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(3, len(repr(float(value)).split(".")[1]))
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_vnd(value: float) -> str:
    """Money for a reader: 1.293e12 → "1.293 tỷ đồng", 4.2e9 → "4,2 tỷ đồng", 600e6 → "600 triệu đồng"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    for scale, word in ((1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= scale:
            return f"{format_vi(round(value / scale, 3))} {word} đồng"
    return f"{format_vi(value)} đồng"
