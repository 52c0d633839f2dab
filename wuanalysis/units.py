"""What follows a number: its unit, read from the words after it.

"4,2 tỷ đồng" is money with a scale (×1e9), "250.000 đồng/suất" and "10 triệu/hộ" money per unit, "3,5 ha" an
area, "20kg" a mass, "50 USD" other money, "87%" a share, "1.838 ngày công" a count of the counted noun, and
"2 nghìn năm" no quantity at all (a period, after a scale word). :func:`read_unit` is a pure function of the text
and a position; the counted nouns are the ``unit`` word list of ``data/vocabulary.csv``. Patterns run on
:func:`wuanalysis.text.match_form` text, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .quantities import SCALES, parse_number
from .text import alternation, load_words

W = r"[^\W\d_]"  # a letter
# The words after a number stay on its line and in its cell: a table's next cell or row is no unit of it ("126,6" then
# a row "Tỷ lệ …", "320⇥Vượt"); a line broken inside a sentence is joined before reading (text.join_wrapped_lines).
# So the patterns after a number skip spaces (" ?", " *"), never any whitespace
PERCENT = re.compile(r" ?(?:%|phần trăm)")
# Words right after a number that make it not a figure, grouped by their first letter (so that a match tries a few
# words, not fifty: 2x faster; the same words): periods ("năm", "tháng", "nhiệm kỳ", "ngày" but not "ngày công" nor a
# wage given, "1 ngày lương"), ages, the text's own items ("8 tiêu chí", "3 nhiệm vụ", "rút ra 5 bài học", "2 kết quả
# nổi bật là …", "03 loại hình hoạt động ở 03 mảng nội dung", "định hướng"), slogans ("3 an toàn", "phụ nữ 2 giỏi",
# "5 không, 3 sạch", "3 an”"; not "3 an ninh"), a time ("từ 7h"), a frequency ("sinh hoạt 1 lần/tháng", not a
# multiple) and the Union's standing programmes ("2 phong trào thi đua lớn", "cuộc vận động")
NOT_AFTER = re.compile(
    r"\s*(?:"
    r"n(?:ăm|hiệm kỳ|hiệm vụ|hóm giải pháp|ội dung|hóm nhiệm vụ|gày(?!\s*(?:công|lương)))"
    r"|t(?:háng(?!\s*lương)|uần|uổi|hế kỷ|hập kỷ|iêu chí|iêu chuẩn|rụ cột)"
    r"|g(?:iờ|iây|\d|iải pháp|iỏi|iai đoạn)"  # "triển khai qua 3 giai đoạn": a period, as "3 năm"
    r"|p(?:hút|hương châm|hẩm chất|hong trào thi đua(?=\s*(?:lớn|chính|[,.;]|và|do|của)))"
    r"|q(?:uý)"
    r"|k(?:ỳ đại hội|hâu|ết quả nổi bật|hông\s*[,–-]?\s*\d+\s*sạch|hông(?=\s*(?:,?\s*\d|[.;”\"»)])))"
    r"|h(?:\d|)"
    r"|đ(?:ột phá|iều|iểm nhấn|iểm mới|ịnh hướng)"
    r"|c(?:ụm(?! dân cư)|hữ|hương trình hành động|ấp|uộc vận động(?=\s*(?:lớn|chính|[,.;]|và|do|của))"
    r"|ó\s*[,–-]?\s*\d+\s*sạch|ó(?=\s*,?\s*\d+\s*(?:sạch|không)))"
    r"|b(?:ước|ài học)"
    r"|l(?:ĩnh vực|oại hình(?=\s[^.;\n]{0,40}?\d+\s+mảng)|ần\s*/\s*(?:ngày|tuần|tháng|quý|năm))"
    r"|m(?:ục tiêu|ảng)"
    r"|s(?:ự kiện(?:\s*[,/]\s*hoạt động)?\s+nổi bật|ạch(?!\s+(?:sẽ|đẹp)))"
    r"|a(?:n toàn|n(?=\s*(?:[,.;:”\"»)\n]|\d|và\b|$)))"
    rf")(?!{W})",
    re.IGNORECASE,
)

_AT_A_BORDER = re.compile(r" *[\t\n]")


def period_after(text: str, pos: int) -> bool:
    """:data:`NOT_AFTER` on the number's own line and in its cell: a row's last cell "320" then a row "Năm 2026, …"
    is no "320 năm" (a line broken inside a sentence is joined before: "trong 3\nnăm qua" is still a period)."""
    return NOT_AFTER.match(text, pos) is not None and not _AT_A_BORDER.match(text, pos)


# ("tỷ lệ", "tỉ lệ" is a share's word, never the scale: "126,6⇥Tỷ lệ …", "mỗi năm tỷ lệ …")
_SCALE = re.compile(rf" ?(nghìn|ngàn|triệu|tỷ(?! lệ)|tỉ(?! lệ)|trăm|vạn|k)(?!{W})", re.IGNORECASE)
_COMPOUND = re.compile(rf" +(\d+(?:,\d+)?) *(triệu|nghìn|ngàn)(?!{W})", re.IGNORECASE)  # "2 tỷ 565 triệu"
_CURRENCY = re.compile(  # "đồng" is money, but not in "31 đồng chí", "đồng bào", "đồng thời" …
    rf" ?(đồng(?!\s+(?:chí|bào|hành|thời|ý|loạt|bằng|tâm|đội|nghiệp|phục|lòng|hương|ruộng|lúa|sự|tình|nhất|bộ"
    rf"|đều|thuận|khởi|minh|chủ|tổ chức|cảm|dạng|hồ|cấp|nát|quê)(?!{W}))|vnđ|vnd|đ)(?!{W})",
    re.IGNORECASE,
)
_BARE_D_BEFORE_WORD = re.compile(rf"\sđ\s*{W}")
# "3 đ/c" is "đồng chí"; "500.000đ/cháu/tháng", "300.000 đ/chị" are money for each one
_COMRADE = re.compile(rf" ?đ/c(?!{W})", re.IGNORECASE)
# "250.000 đồng/suất", "10 triệu/hộ" (never "230 tỷ đồng/KH 200 tỷ đồng": the result over its plan)
_PER_UNIT = re.compile(
    rf" ?/ ?(?!(?:kh|kế hoạch|chỉ tiêu|nq|nghị quyết)(?!{W}))({W}+(?:\s?/\s?{W}+)*)", re.IGNORECASE)
_SPACED_SLASH = re.compile(r"\s*/\s*")
_USD = re.compile(rf" ?(usd|đô la|đô-la|\$)(?!{W})", re.IGNORECASE)
# "60 mét vuông" is an area; "1.100 mét “con đường hoa”" a length, like "5,3km" (SCHEMA: class other, written unit)
_AREA = re.compile(r" ?(m2|m²|km2|km²|mét vuông|ha|héc-ta|hécta|hecta|sào)(?![^\W_])", re.IGNORECASE)
_MASS = re.compile(rf" ?(tấn|kg|tạ|gam|gram)(?!{W})", re.IGNORECASE)
_OTHER_UNIT = re.compile(r" ?(km|cm|m3|m³|mét khối|mét|lít|lit|m|lần)(?![^\W_])", re.IGNORECASE)
_MEASURES = ((_AREA, "area"), (_MASS, "mass"), (_OTHER_UNIT, "other"))
_WORD = re.compile(rf" *[“\"‘']? *({W}[\w&]*)")  # never across a line or a cell: "1\nKết nạp …" is a row number
_FUNCTION_WORD = re.compile(r"và|với|cho|của|tại|trong|là|được|đạt|so|tăng|giảm|người|đến|tới")
# "dư nợ 77,83 triệu", "kinh phí 15 triệu": a bare "triệu" is money where money is talked about
_MONEY_CONTEXT = re.compile(
    r"(?:trị giá|kinh phí|số tiền|tiền|dư nợ|vốn|giải ngân|huy động|giá trị|doanh thu|thu nhập|lợi nhuận|lãi"
    r"|tài trợ|ủng hộ|quyên góp|tiết kiệm|ngân sách|đóng góp|chi phí|tổng trị giá"
    r"|(?:vận động|đóng|góp|gây|xây dựng)\s+quỹ)",  # "vận động quỹ Vì người nghèo được 500 triệu" (not "tiếp cận quỹ")
    re.IGNORECASE,
)
_MONEY_AFTER = re.compile(r"\s*(?:[,;.)(]|$|trị giá|tiền|cho|để|từ|với|hỗ trợ|ủng hộ|mỗi)", re.IGNORECASE)
# "Tổng số hội viên đạt 19,86 triệu", "Số phụ nữ được tuyên truyền … lên gần 2,5 triệu": the number of people the
# clause names, in millions (the words between are no clause's break; "Số tiền hội viên …" is money's context)
_NUMBER_OF_PEOPLE = re.compile(
    r"(?<![^\W\d_])số\s+(?:lượt\s+)?(?:hội viên|phụ nữ|người|lượt người|thành viên|đoàn viên)(?![^\W\d_])"
    r"[^,;.()\n\d]{0,50}$", re.IGNORECASE)  # ("Tổng số hội viên: 19,86 triệu" too)


class UnitReading(NamedTuple):
    """The unit read after a number: its class ("percent", "vnd", "area", "mass", "other", "count"), the unit
    ("%", "VND", "VND/suất", "ha", "hội viên", or None for a bare count), the scale words multiplied in ("tỷ" →
    1e9; 1.0 when none), where the reading ends, and the second part of a compound ("2 tỷ 565 triệu" → 5.65e8,
    added after scaling)."""

    unit_class: str
    unit: str | None
    scale: float
    end: int
    plus: float = 0.0


class UnitWords(NamedTuple):
    """The counted nouns of ``data/vocabulary.csv`` (list ``unit``) as patterns: ``noun`` captures one after optional
    spaces and an opening quote, ``count_noun`` only tells whether one follows."""

    noun: re.Pattern
    count_noun: re.Pattern


@lru_cache(maxsize=1)
def unit_words() -> UnitWords:
    """The counted-noun patterns, built once on first use (nothing is read at import)."""
    units = alternation(load_words("unit"))
    return UnitWords(noun=re.compile(rf" *[“\"‘']? *({units})(?!{W})", re.IGNORECASE),
                     count_noun=re.compile(rf" *(?:{units})(?!{W})", re.IGNORECASE))


def read_unit(text: str, pos: int, left: str = "") -> UnitReading | None:
    """The unit of the number that ends at ``pos`` in ``text`` (match form): %, scale words, currency, money per
    unit, area, mass and other measures, or the counted noun; None when a period or the text's own structure
    follows a scale word ("2 nghìn năm"). ``left`` is the lower-cased text before the number: "dư nợ 77,83 triệu"
    is money because of it."""
    if (pm := PERCENT.match(text, pos)):
        return UnitReading("percent", "%", 1.0, pm.end())
    if _SCALE.match(text, pos):
        p, scale, plus, last_scale = _read_scales(text, pos)
    else:  # most numbers have no scale word
        p, scale, plus, last_scale = pos, 1.0, 0.0, ""
    money = _read_money(text, p, last_scale, left)
    if money is not None:
        return UnitReading(money[0], money[1], scale, money[2], plus)
    for pattern, cls in _MEASURES:
        if (um := pattern.match(text, p)):
            unit = um.group(1)
            return UnitReading(cls, "lần" if unit.lower() == "lần" else unit, scale, um.end(), plus)
    if p != pos and NOT_AFTER.match(text, p):
        return None
    unit, end = _read_noun(text, p)
    return UnitReading("count", unit, scale, end, plus)


def _read_scales(text: str, p: int) -> tuple[int, float, float, str]:
    """"4,2 tỷ", "32 ngàn", "2 tỷ 565 triệu": where reading goes on, the scale words multiplied, the compound's
    second part, and the last scale word ("" when none)."""
    scales = []
    while (sm := _SCALE.match(text, p)) and not (sm.group(1).lower() == "k" and sm.start(1) != p):
        scales.append(sm.group(1).lower())
        p = sm.end()
    if not scales:
        return p, 1.0, 0.0, ""
    scale = 1.0
    for s in scales:
        scale *= SCALES[s]
    plus = 0.0
    if scales[-1] in ("tỷ", "tỉ", "triệu") and (cm := _COMPOUND.match(text, p)):
        plus = parse_number(cm.group(1)) * SCALES[cm.group(2).lower()]
        p = cm.end()
    return p, scale, plus, scales[-1]


def _read_money(text: str, p: int, last_scale: str, left: str) -> tuple[str, str, int] | None:
    """"4,2 tỷ đồng", "200.000đ", "250.000 đồng/suất", "10 triệu/hộ", "dư nợ 77,83 tỷ", "50 USD": (class, unit,
    end), or None."""
    cur = _CURRENCY.match(text, p)
    if cur and (cur.group(1).lower() != "đ" or _bare_d_is_money(text, p)):
        p = cur.end()
        unit = "VND"
        if (per := _PER_UNIT.match(text, p)):
            units, p = _per_units(text, per)
            unit += "/" + units
        return "vnd", unit, p
    if (usd := _USD.match(text, p)):
        return "other", "USD", usd.end()
    if not last_scale:
        return None
    count_noun = unit_words().count_noun
    if last_scale in ("tỷ", "tỉ") and not count_noun.match(text, p):
        return "vnd", "VND", p  # "dư nợ 77,83 tỷ", "tăng 242 tỷ so với…"
    if last_scale in ("triệu", "nghìn", "ngàn") and (per := _PER_UNIT.match(text, p)):
        units, end = _per_units(text, per)
        return "vnd", "VND/" + units, end  # "10 triệu/hộ", "500 nghìn/suất"
    if last_scale == "triệu" and not count_noun.match(text, p) and (
        _MONEY_CONTEXT.search(left[-40:]) or (_MONEY_AFTER.match(text, p) and not _NUMBER_OF_PEOPLE.search(left))
    ):
        return "vnd", "VND", p
    return None


def _per_units(text: str, per: re.Match) -> tuple[str, int]:
    """The units a sum is counted per, from ``_PER_UNIT``'s one-word segments, each widened to the counted noun it
    begins ("300.000 đồng/hội viên/năm": "hội viên/năm", not "hội"; iv19 P13, so that "… trở lên" follows it)."""
    units, end, q = [], per.start(1), per.start(1)
    count_noun = unit_words().count_noun
    for word in _SPACED_SLASH.split(per.group(1)):
        q = text.find(word, q)
        noun = count_noun.match(text, q)
        wide = text[q:noun.end()] if noun and noun.end() > q + len(word) else word
        units.append(wide)
        end = q + len(wide)
        q = end
    if end <= per.end():
        return _SPACED_SLASH.sub("/", per.group(1)), per.end()
    if (more := _PER_UNIT.match(text, end)):  # "/hội viên/năm": the segments after a widened one
        rest, end = _per_units(text, more)
        units.append(rest)
    return "/".join(units), end


def _bare_d_is_money(text: str, p: int) -> bool:
    """"200.000đ", "500.000đ tiền mặt", "50.000đ/người" are money; "3 đ/c" (đồng chí) and a spaced "5 đ xã" are not."""
    rest = text[p:p + 4].lower()
    if _COMRADE.match(text, p):
        return False
    if rest.startswith(" đ") and len(text) - p <= 4 and not text[p:].strip().strip("đ"):
        return False  # "Đại hội đã bầu 17 đ": an excerpt cut inside "đồng chí" or "đại biểu"
    return not _BARE_D_BEFORE_WORD.match(rest)


def _read_noun(text: str, p: int) -> tuple[str | None, int]:
    """The counted noun and where it ends: one of the unit words ("hội viên", "lượt"), else the next word unless it
    is a function word ("và", "của", "đạt" …)."""
    if (um := unit_words().noun.match(text, p)):
        end = um.end()
        if "“" in text[p:um.start(1)] and text.startswith("”", end):
            end += 1  # 46 “Tổ truyền thông cộng đồng”: keep the closing quote with the name
        return um.group(1), end
    wm = _WORD.match(text, p)
    word = wm.group(1).lower() if wm else ""
    if wm and not _FUNCTION_WORD.fullmatch(word):
        return wm.group(1), wm.end()
    if wm and word == "người":
        return "người", wm.end()
    return None, p
