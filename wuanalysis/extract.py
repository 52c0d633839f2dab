"""Sentences → figure records with spans.

One pass over the digit tokens (and numbers written in words) of a normalised text. Each token is either
read as a figure (value, unit, qualifier, …) or passed over with a reason: dates, years, periods, ages,
names with numbers ("Đề án 939", "Chỉ thị số 23-CT/TW"), slogans ("5 không, 3 sạch"), structural counts
("8 tiêu chí"), phone numbers and the page furniture of web pages ("Hôm nay2,057", "61 0" after a clock).
A second pass over each sentence attaches stated achievement rates ("đạt 195% so với chỉ tiêu") and marks
targets ("giao chỉ tiêu … ít nhất 2.500 hộ").

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match, and every offset is
valid in the normalised text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .quantities import SCALES, parse_hedge, parse_number, parse_number_words
from .rates import attach_rates_and_targets
from .text import SentenceIndex, load_words, match_form, split_sentences

W = r"[^\W\d_]"  # a letter
_NUM = re.compile(r"(?<![^\W_])\d+(?:[.,]\d+)*")
_DIGIT_WORD = r"(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Bb]ẩy|[Tt]ám|[Cc]hín|[Mm]ười)"
_WORD_PART = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|chục|trăm|linh|lẻ|không|nghìn|ngàn|triệu|tỷ|tỉ)"
_WORD_NUM = re.compile(
    rf"(?<!{W}){_DIGIT_WORD}(?:\s+{_WORD_PART})*\s+(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+{_WORD_PART})*(?!{W})"
)

_SCALE_WORD = re.compile(r"\s(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ)")
_NUMBER_WORDS = frozenset(
    "một hai ba bốn năm sáu bảy bẩy tám chín mười mươi mốt lăm nhăm tư linh lẻ không trăm nghìn ngàn triệu".split()
)

# ---- what follows a number -------------------------------------------------------------------------------
_PERCENT = re.compile(r"\s?(?:%|phần trăm)")
_SCALE = re.compile(rf"\s?(nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn|k)(?!{W})", re.IGNORECASE)
_COMPOUND = re.compile(rf"\s+(\d+(?:,\d+)?)\s*(triệu|nghìn|ngàn)(?!{W})", re.IGNORECASE)  # "2 tỷ 565 triệu"
_CURRENCY = re.compile(  # "đồng" is money, but not in "31 đồng chí", "đồng bào", "đồng thời" …
    rf"\s?(đồng(?!\s+(?:chí|bào|hành|thời|ý|loạt|bằng|tâm|đội|nghiệp|phục|lòng|hương|ruộng|lúa|sự|tình|nhất|bộ"
    rf"|đều|thuận|khởi|minh|chủ|tổ chức|cảm|dạng|hồ|cấp|nát|quê)(?!{W}))|vnđ|vnd|đ)(?!{W})",
    re.IGNORECASE,
)
_PER_UNIT = re.compile(rf"\s?/\s?({W}+(?:\s?/\s?{W}+)*)")
_USD = re.compile(rf"\s?(usd|đô la|đô-la|\$)(?!{W})", re.IGNORECASE)
_AREA = re.compile(r"\s?(m2|m²|km2|km²|ha|héc-ta|hécta|hecta|sào)(?![^\W_])", re.IGNORECASE)
_MASS = re.compile(rf"\s?(tấn|kg|tạ|gam|gram)(?!{W})", re.IGNORECASE)
_OTHER_UNIT = re.compile(r"\s?(km|cm|m3|m³|lít|lit|m|lần)(?![^\W_])", re.IGNORECASE)
_WORD = re.compile(rf"[ \t]*[“\"‘']?[ \t]*({W}[\w&]*)")  # never across a line: "1\nKết nạp …" is a row number

# Words right after a number that make it not a figure.
_NOT_AFTER = re.compile(
    r"\s*(?:năm|tháng|tuần|giờ|phút|giây|tuổi|quý|thế kỷ|thập kỷ|nhiệm kỳ|kỳ đại hội|h\d|g\d"
    r"|tiêu chí|tiêu chuẩn|nhiệm vụ|khâu|giải pháp|nhóm giải pháp|đột phá|cụm(?! dân cư)|bước|phương châm"
    r"|nội dung|lĩnh vực|chữ|điều|mục tiêu|chương trình hành động|nhóm nhiệm vụ|phẩm chất|cấp"
    r"|định hướng|sự kiện(?:\s*[,/]\s*hoạt động)?\s+nổi bật|an toàn|giỏi|h"  # "3 an toàn", "phụ nữ 2 giỏi", "từ 7h"
    r"|lần\s*/\s*(?:ngày|tuần|tháng|quý|năm)"  # a frequency, "sinh hoạt 1 lần/tháng", not a multiple
    r"|(?:phong trào thi đua|cuộc vận động)(?=\s*(?:lớn|chính|[,.;]|và|do|của))"  # the Union's standing programmes
    r"|(?:không|có)\s*,?\s*\d+\s*sạch|sạch(?!\s+(?:sẽ|đẹp))|không(?=\s*,?\s*\d)|có(?=\s*,?\s*\d+\s*(?:sạch|không))"
    rf"|ngày(?!\s*công))(?!{W})",
    re.IGNORECASE,
)
_TARGET_AFTER_SLASH = re.compile(rf"\s*(?:{W}+\s+){{0,2}}?(?:chỉ tiêu|kế hoạch|kh)(?![^\W_])", re.IGNORECASE)
_PLAN_IN_PARENS = re.compile(r"\(\s*(?:kế hoạch|kh)\s*:?\s*$")  # "12 tổ hợp tác (kế hoạch 10 …)": a target, not a plan's name
_NOT_SO = re.compile(r"(?:tổng|với|có|chiếm|trên|cả|toàn|lớn|đa|phần|một|con|chữ|điểm|trong)\s+số\s*$", re.IGNORECASE)
_DATE_CUE = re.compile(
    r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|dịp|lễ|tết|kỷ niệm|mùng|mồng|thứ (?:hai|ba|tư|năm|sáu|bảy),?|chủ nhật,?|năm)\s*$",
    re.IGNORECASE,
)
_CODE_AFTER = re.compile(r"\s?[-/]\s?[A-ZĐ]{1,}[A-ZĐa-zđ]*|/\d{2,4}/[A-ZĐ]")
_RANGE = re.compile(r"\s*(?:-|–|—|đến|tới)\s*(?=\d)")
_RESTATED = re.compile(r"\s*\(\s*(?:bằng chữ\s*:?\s*)?", re.IGNORECASE)
_NAMED_THING = re.compile(
    r"(?:mô hình|cuộc vận động|phong trào|chương trình|câu lạc bộ|clb|cuộc thi|hội thi|chủ đề|danh hiệu|khẩu hiệu"
    r"|đề án|dự án|gian hàng|tổ|nhóm|giải|quỹ|chiến dịch|ngày hội|tên)(?:\s+(?:như|là|mang tên|có tên|với tên))?\s*:?\s*$"
    r"|”\s*(?:,|và|hay)\s*$"  # the next name of a list: "“Gian hàng 0 đồng” và “Phụ nữ 4.0”"
)
_AGE_BEFORE = re.compile(r"tuổi\s*(?:từ|khoảng|dưới|trên)?\s*$", re.IGNORECASE)
_LIST_MARKER = re.compile(r"[.)]\s")
_PAREN_LIST_MARKER = re.compile(rf"\)[ \t]*(?={W})")
_MONEY_OR_RATE_AFTER = re.compile(rf"\s?(?:%|(?:nghìn|ngàn|triệu|tỷ|tỉ|đồng|vnđ|đ)(?!{W}))", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;.\n]")
_RATIO_AFTER = re.compile(r"\s*(?:\(\s*đạt|số\s)")  # "12/12 (đạt 100%)", "1/3 số hộ"
_LIST_JOIN = re.compile(r"\s*(?:,|và|-|–|;|/)\s*")
_SLASH = re.compile(r"/(\d+(?:[.,]\d+)*)(/\d+)?")
_CLOCK = re.compile(r"\d{1,2}[:hg]\d{2}")
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_DASHED_DATE = re.compile(r"-\d{1,2}-\d{2,4}(?!\d)")
_PROPER_BEFORE = re.compile(r"(\S*)[ \t]+[A-ZĐ][\wÀ-ỹ]*[ \t]$")  # "… Quốc phòng 778,": a name ends with the number
_SHARE_BREAK = re.compile(r"[,;.:()\n]|\s(?:với|và|trong đó|gồm|thu hút)\s")
_SHARE_OF_TARGET = re.compile(r"\s*(?:kế hoạch|chỉ tiêu|kh\b|so với|mục tiêu|nghị quyết|trở lên|với\b)")
_ONE_THRESHOLD_BEFORE = re.compile(
    r"(?:có|duy trì|tiếp cận|sử dụng|tham gia|với|gồm|được|tập hợp)\s+(?:ít nhất|tối thiểu)\s*$", re.IGNORECASE
)
# "… nhiệm vụ trở lên" hedges the figure; "đoạt từ giải ba trở lên" hedges its own "từ" phrase
_AT_LEAST_AFTER = re.compile(r"(?:(?!\btừ\b)[^\d;.!?]){0,60}?\btrở lên\b", re.IGNORECASE)
_MONEY_CONTEXT = re.compile(
    r"(?:trị giá|kinh phí|số tiền|tiền|dư nợ|vốn|giải ngân|huy động|giá trị|doanh thu|thu nhập|lợi nhuận|lãi"
    r"|tài trợ|ủng hộ|quyên góp|tiết kiệm|ngân sách|đóng góp|chi phí|tổng trị giá)",
    re.IGNORECASE,
)

# Right after a number: things that are not a report's figures (page furniture, technical names).
_TEMPERATURE = re.compile(r"\s?(?:[°º]\s?[CF]?|độ\s?C(?![^\W_]))")  # "30°C", "35 °C", "28 độ C"
_PLAYER_SPEED = re.compile(r"[xX](?![^\W_])")  # a video player's "1.25X", "2X"
_FILE_NAME = re.compile(r"[\w.-]*\.(?:jpe?g|png|gif|webp|bmp|svg|mp[34]|pdf|docx?|xlsx?)(?![^\W_])", re.IGNORECASE)
_POWER_UNIT = re.compile(r"\s?(?:kv|kva|kw|kwh|mw)(?![^\W_])", re.IGNORECASE)  # "đường dây 500 kV" names a line
_STREET_AFTER = re.compile(
    rf"((?:\s+{W}+){{2,5}})\s*,\s*(?i:p\.|q\.|phường|quận|tp\b|thành phố|thị xã|huyện|xã|hà nội|tỉnh)"
)
_PLACE_NAMES = re.compile(rf"[^,;.\n()]{{1,40}}?(?:,|\svà)\s+(?:(?:xã|phường|huyện)\s+)?({W})")
# "9/9 nhóm chỉ tiêu", "24/24 tiêu chí đều đạt": items met out of those set, a result (a bare "8 tiêu chí" is structure)
_ITEMS_MET = re.compile(r"\s*(?:tiêu chí|tiêu chuẩn|nhiệm vụ|nhóm nhiệm vụ|nội dung|giải pháp|khâu|mục tiêu)(?![^\W_])", re.I)
_TARGET_COUNT = re.compile(r"\s*(?:nhóm\s+)?chỉ tiêu(?![^\W_])(?!\s*\d)", re.IGNORECASE)
_MET_BEFORE = re.compile(r"(?:đạt|vượt|hoàn thành|về đích)[^.;:\n]{0,100}$", re.IGNORECASE)
_MET_AFTER = re.compile(r"[^,;.\n]{0,40}?(?:đạt|vượt|hoàn thành|về đích|chưa đạt)", re.IGNORECASE)
_LIST_HEAD = re.compile(  # "Chỉ tiêu 2:", "- Nhiệm vụ 3.", "Chỉ tiêu số 4:" at the start of a line or sentence
    r"(?:^|\n|[.:;]\s)\s*[-+•*]?\s*(?:chỉ tiêu|nhiệm vụ|mục tiêu|giải pháp|nội dung|khâu đột phá|tiêu chí|nhóm)"
    r"(?:\s+số)?\s*$",
    re.IGNORECASE,
)
_YEAR_COMMA = re.compile(r"[ \t]*,[ \t]*")  # "Nhiệm kỳ 2016-2021, 16/16 …"
_SLASH_DIGIT = re.compile(r"/\d")
_ISO_DATE_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d-(?:\d\d-)?$")  # "2025-10-06"
_PROGRAMMES = re.compile(
    r"\s*(?:phong trào thi đua|cuộc vận động)"
    r"(?:\s+(?:lớn|chính|yêu nước|trọng tâm|của hội|gắn|theo|do|trong hội viên))?"
    r"(?=\s*(?:[,.;:“\"(\n]|$|và|do|của|gắn|theo))", re.IGNORECASE)
_RANK_OF = re.compile(r"\s+trong\s+(?:số\s+)?(?:[1-9]|10)\s")  # "1 trong 3 …"
_RANK_FIRST = re.compile(r"(?:^|\s)(?:một|\d{1,2})\s+trong\s+(?:số\s+)?$")
_RANK_BEFORE = re.compile(
    r"(?:^|\s)(?:là|đứng|lọt vào|nằm trong|thuộc|trở thành)\s+(?:(?:một|\d{1,2})\s+trong\s+(?:số\s+)?)?$")
_RANK_AFTER = re.compile(r"[^,;.\n\d]{0,30}?(?:đầu tiên|dẫn đầu|xuất sắc|tiêu biểu|điển hình|nhất)(?![^\W_])")
_INCOME_FLOOR = re.compile(r"thu nhập\s+(?:bình quân\s+)?(?:trên|hơn|từ|ít nhất|tối thiểu)\s*$")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_SCHOOL_BEFORE = re.compile(
    r"[Tt]rường\s+(?i:mầm non|mẫu giáo|tiểu học|trung học cơ sở|trung học phổ thông|thcs|thpt|th|pt\s?dtbt|pt\s?dtnt"
    r"|tiểu học và trung học cơ sở|th&thcs|th và thcs)(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,4}\s+$")
_INLINE_ITEM = re.compile(r"[.)][ \t]+[A-ZĐÀ-Ỹ]")
_INLINE_ITEM_BEFORE = re.compile(r"[:;.][ \t]+$")
_TARGET_OF_PLAN = re.compile(r"chỉ tiêu\s+(?:nghị quyết|kế hoạch)(?:\s+đại hội)?\s*:?\s*$")
_SCHOOL_KIND = re.compile(r"trường\s+(?:mầm non|mẫu giáo|tiểu học|trung học|thcs|thpt|th\b|pt|th&)")
_YEAR_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")  # the second year of "nhiệm kỳ 2022-2027"
_MONEY_AFTER = re.compile(r"\s*(?:[,;.)(]|$|trị giá|tiền|cho|để|từ|với|hỗ trợ|ủng hộ|mỗi)", re.IGNORECASE)

# Lines of web-page furniture: view counters, rating widgets, comment boxes, share buttons, footers, clocks.
_FURNITURE = re.compile(
    r"điểm của bài viết|đánh giá bài viết|\d+ bình luận|bình luận \(\d+\)|thời gian chờ|lượt đánh giá|trong \d+ đánh giá"
    r"|giấy phép số|giấy phép xuất bản|bản quyền|copyright|©|điện thoại\s*:|hotline|fax\s*:|e-?mail\s*:|đt\s*:|tel\s*:"
    r"|trang chủ|đăng nhập|cỡ chữ|in bài|gửi email|^\s*trang(?:\s+\d+)+\s*$|^\s*từ khóa\s*:|^\s*tags?\s*:",
    re.IGNORECASE,
)
# A list of links to other articles: everything after such a heading, up to the next long paragraph.
_RELATED = re.compile(
    r"\W*(?:tin liên quan|tin cùng chuyên mục|các tin khác|tin khác|bài viết liên quan|bài liên quan|xem thêm|đọc thêm"
    r"|tin mới nhất|tin mới|tin đọc nhiều|đọc nhiều nhất|đọc nhiều|top \d+ tin[\w ]*|có thể bạn quan tâm|tin nổi bật"
    r"|tin bài khác|các bài viết khác)\W*",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}")
_NOT_WORDS = re.compile(r"[\d\W_]+")  # what is left of a dateline once digits and punctuation go: a few words



def _alternation(words) -> str:
    """A regex alternation of literal phrases, longest first (multi-word classifiers before their first word)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Vocabulary:
    """Patterns built from the word lists of ``data/vocabulary.csv`` (see :func:`wuanalysis.text.load_words`)."""

    name_before: re.Pattern  # "Đề án 939", "năm 2023", "lần thứ 2": the word before makes a name, date or ordinal
    name_last_words: frozenset  # a set lookup decides whether name_before needs to run at all
    unit: re.Pattern  # the counted noun right after a number
    count_nouns: re.Pattern
    counted_after: re.Pattern  # a noun, percent, scale or currency right after a number: it counts something
    counter_line: re.Pattern  # "Đang truy cập23", "Hôm nay2,057", "Lượt xem: 1.234", "Like 25 | Share 3"
    people_after: re.Pattern  # "Ban Chấp hành gồm 155 ủy viên"
    place_kind_after: re.Pattern  # "tại 2 xã Yên Định …"


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    names, units = load_words("name_before"), _alternation(load_words("unit"))
    labels = _alternation(load_words("counter_label"))
    return _Vocabulary(
        name_before=re.compile(
            rf"(?:^|(?<=[\s(“\"‘,;:–-]))(?:{_alternation(names)}|covid\s*-?|sars-cov-\s*)\s*$", re.IGNORECASE),
        name_last_words=frozenset(phrase.split()[-1] for phrase in names),
        unit=re.compile(rf"[ \t]*[“\"‘']?[ \t]*({units})(?!{W})", re.IGNORECASE),
        count_nouns=re.compile(rf"\s*(?:{units})(?!{W})", re.IGNORECASE),
        counted_after=re.compile(rf"\s*(?:%|nghìn|ngàn|triệu|tỷ|đồng|{units})(?!{W})", re.IGNORECASE),
        counter_line=re.compile(  # "Lượt xem: 1.234", "Like 25 | Share 3", "Đánh giá: 4.5/5", "804 lượt xem"
            rf"[\s•·*|-]*(?:(?:(?:{labels})\s*:?\s*\(?\d[\d.,]*(?:/\d+)?\)?|\d[\d.,]*\s*(?:{labels}))[\s|•·,;-]*)+",
            re.IGNORECASE),
        people_after=re.compile(rf"\s*(?:{_alternation(load_words('people'))})(?!{W})", re.IGNORECASE),
        place_kind_after=re.compile(rf"\s+(?:{_alternation(load_words('place_kind'))})\s+(?=[A-ZĐ])"),
    )


_SUBJECT_STOP = re.compile(
    r"[,;:()\[\]\n.!?]|\s(?:với|cho|trị giá|tổng trị giá|đạt|và|trong đó|tại|của|được|là|nhằm|để|thông qua|bằng|so với|tăng|giảm)\s|\d",
    re.IGNORECASE,
)
_LEFT_STOP = re.compile(r".*(?:[,;:()\n.!?…]|\s(?:với|cho|và|của|là|được|có|đạt|trong đó|gồm)\s)", re.IGNORECASE | re.DOTALL)

@dataclass
class Figure:
    """One figure read from a text; offsets refer to the normalised text."""

    value: float
    unit_class: str
    unit: str | None
    qualifier: str
    start: int  # phrase start (the hedge word when there is one)
    end: int  # phrase end (after the unit)
    num_start: int
    num_end: int
    denominator: float | None = None
    target: float | None = None
    achievement_pct: float | None = None
    is_target: bool = False
    subject: str | None = None
    scale: float = 1.0  # the scale words multiplied in ("tỷ" → 1e9), lent to the first number of a range
    estimate: bool = False  # "dự kiến", "ước đạt", "ước thực hiện": not a final result


@dataclass
class Skipped:
    start: int
    end: int
    reason: str


def extract_figures(text: str) -> tuple[list[Figure], list[Skipped]]:
    """All figures in a normalised text, and the numbers passed over with the reason why."""
    return _Reader(text).run()


def extract_facts(text: str) -> list[dict]:
    """Figure records (dicts) for one normalised text: value, unit, qualifier, target, achievement, subject,
    the phrase and its sentence with character spans."""
    figures, _ = extract_figures(text)
    index = SentenceIndex(split_sentences(text))
    rows = []
    for f in figures:
        s = index.at(f.num_start)
        s_start, s_end, s_text = (s.start, s.end, s.text) if s else (f.start, f.end, text[f.start:f.end])
        start, end = max(f.start, s_start), min(f.end, s_end)
        rows.append({
            "value": f.value, "unit_class": f.unit_class, "unit": f.unit, "qualifier": f.qualifier,
            "denominator": f.denominator, "target": f.target, "achievement_pct": f.achievement_pct,
            "is_target": f.is_target, "estimate": f.estimate, "subject": f.subject, "quote": text[start:end],
            "start": start, "end": end, "sentence": s_text, "sentence_start": s_start, "sentence_end": s_end,
        })
    return rows


def _bare_d_is_money(m: str, p: int) -> bool:
    """"200.000đ", "500.000đ tiền mặt", "50.000đ/người" are money; "3 đ/c" (đồng chí) and a spaced "5 đ xã" are not."""
    rest = m[p:p + 4].lower()
    if rest.startswith("đ/c") or rest.startswith(" đ/c"):
        return False
    return not re.match(rf"\sđ\s*{W}", rest)


def _digit_group(m: str, last: Skipped, start: int, end: int) -> bool:
    """The next group of a number written in groups after a name: "đường dây nóng 1900 969 680"."""
    return m[last.end:start] == " " and m[last.end - 1].isdigit() and end - start in (2, 3, 4) and m[start:end].isdigit()


def _ratio_after_a_period(m: str, last: Skipped, end: int) -> bool:
    """A ratio opening a results paragraph after its period: "Nhiệm kỳ 2016-2021, 16/16 chỉ tiêu …", "Năm 2024, 9/9
    chỉ tiêu …" — a comma after a year ends the list of names and dates (the ratio is read on its own)."""
    return m[last.end - 4:last.end].isdigit() and _YEAR_COMMA.match(m, last.end) is not None and bool(
        _SLASH_DIGIT.match(m, end))


def _standing_programmes(m: str, value: float, end: int) -> bool:
    """The Union's standing programmes, a handful at most: "02 cuộc vận động “Xây dựng gia đình 5 không 3 sạch”",
    "2 phong trào thi đua yêu nước, 2 cuộc vận động gắn với …" (not "15 cuộc vận động quyên góp")."""
    return value <= 6 and m[end + 1:end + 2] in ("p", "c", "P", "C") and _PROGRAMMES.match(m, end) is not None


def _rank_among(low: str, value: float, start: int, end: int) -> bool:
    """A place ranked among others, both numbers: "là 1 trong 3 địa phương đầu tiên", "một trong 2 xã dẫn đầu"
    (not "có 10 trong số 12 chỉ tiêu đạt", "Trong số 273 dự án", "là một trong 33 dự án đoạt giải": a field of
    more than ten is counted)."""
    if "trong" not in low[max(0, start - 12):end + 8]:
        return False  # cheap gate: most numbers are not near "trong"
    if (after := _RANK_OF.match(low, end)):  # the first number: "1 trong 3 …"
        return _RANK_BEFORE.search(low, max(0, start - 16), start) is not None or _RANK_AFTER.match(
            low, after.end()) is not None
    if value <= 10 and (before := _RANK_FIRST.search(low, max(0, start - 20), start)):  # "(một|1) trong 3 …"
        return _RANK_BEFORE.search(low, max(0, before.start() - 16), start) is not None or _RANK_AFTER.match(
            low, end) is not None
    return False


def _not_a_figure_after(m: str, end: int) -> str | None:
    """Temperatures ("30°C"), player speeds ("1.25X"), file names ("dsc-2025.jpg"), power lines ("500 kV")."""
    c = m[end:end + 1]
    nxt = m[end + 1:end + 2] if c == " " else c  # cheap gates: most numbers are followed by a space and a noun
    if nxt and nxt in "°ºđ" and _TEMPERATURE.match(m, end):
        return "temperature"
    if c and c in "xX" and _PLAYER_SPEED.match(m, end):
        return "furniture"
    if c and (c in ".-_" or c.isalnum()) and _FILE_NAME.match(m, end):
        return "name"
    if nxt and nxt in "kKmM" and _POWER_UNIT.match(m, end):
        return "name"
    return None


def _structural_target_count(m: str, end: int) -> bool:
    """How many targets a text sets: "đề ra … 9 chỉ tiêu chủ yếu", "11 nhóm chỉ tiêu", "với 46 chỉ tiêu"
    (but "đạt và vượt 8 chỉ tiêu", "3 chỉ tiêu hoàn thành trước thời hạn" report targets met)."""
    hit = _TARGET_COUNT.match(m, end)
    return bool(hit) and not _MET_BEFORE.search(m, max(0, end - 130), end) and not _MET_AFTER.match(m, hit.end())


def _list_head(m: str, start: int, end: int) -> bool:
    """A numbered head of a list: "Chỉ tiêu 2: Hằng năm …", "Nhiệm vụ 3. Mỗi chi hội …" (not "(chỉ tiêu 200)")."""
    return m.startswith((":", "."), end) and bool(_LIST_HEAD.search(m, max(0, start - 30), start))


def _street_address(m: str, end: int) -> bool:
    """A house number before a street and its place: "(111 Bà Huyện Thanh Quan, TP HCM)", "45 Lý Thường Kiệt, phường …"."""
    if not (m.startswith(" ", end) and m[end + 1:end + 2].isupper()):
        return False
    mt = _STREET_AFTER.match(m, end)
    return bool(mt) and all(w[0].isupper() for w in mt.group(1).split())


def _place_enumeration(m: str, end: int) -> bool:
    """A count of places that names them next: "tại 2 xã Yên Định và Bá Thước", "3 huyện Chợ Đồn, Ba Bể và Na Rì"."""
    kind = _vocabulary().place_kind_after.match(m, end)
    if not kind:
        return False
    names = _PLACE_NAMES.match(m, kind.end())
    return bool(names) and names.group(1).isupper()


class _Reader:
    def __init__(self, text: str):
        self.v = _vocabulary()
        self.text = text
        self.m = match_form(text)
        self.low = self.m.lower()
        self.figures: list[Figure] = []
        self.skipped: list[Skipped] = []
        self._bad_lines = self._furniture_lines()
        self._range_second: dict[int, Figure] = {}  # start of B in "A - B" → A
        self._skip_next: dict[int, str] = {}  # token start → reason decided while reading an earlier token

    # -- lines that are page furniture or a dateline ------------------------------------------------------
    def _furniture_lines(self) -> list[tuple[int, int]]:
        bad = []
        pos = 0
        in_related = False
        for line in self.m.split("\n"):
            n = len(line)
            stripped = line.strip()
            if _RELATED.fullmatch(stripped):
                in_related = True
            elif n > 200:
                in_related = False
            if stripped and (
                in_related
                or self.v.counter_line.fullmatch(line)
                or (n <= 160 and _FURNITURE.search(line))
                or (n <= 70 and _DATELINE.search(line) and len(_NOT_WORDS.sub(" ", line).split()) <= 5)
            ):
                bad.append((pos, pos + n))
            pos += n + 1
        return bad

    def _in_bad_line(self, i: int) -> bool:
        k = bisect.bisect_right(self._bad_lines, (i, float("inf"))) - 1
        return k >= 0 and self._bad_lines[k][0] <= i < self._bad_lines[k][1]

    # -- main loop ---------------------------------------------------------------------------------------
    def run(self) -> tuple[list[Figure], list[Skipped]]:
        tokens = [(mt.start(), mt.end(), "digits") for mt in _NUM.finditer(self.m)]
        tokens += self._word_numbers()
        tokens.sort()
        last_end = -1
        last_skip: Skipped | None = None
        for start, end, kind in tokens:
            if start < last_end:
                continue  # part of the previous figure ("2 tỷ 565 triệu", "111/111")
            reason = self._skip_next.pop(start, None)
            fig = None
            if reason is None:
                if last_skip and last_skip.reason in ("name", "date", "year") and (
                    _LIST_JOIN.fullmatch(self.m, last_skip.end, start) or _digit_group(self.m, last_skip, start, end)
                ) and not self.v.counted_after.match(self.m, end) and not _ratio_after_a_period(self.m, last_skip, end):
                    reason = last_skip.reason  # "Đề án 938, 939", "ngày 23 và 24/9", "đường dây nóng 1900 969 680"
                else:
                    fig, reason, end = self._read(start, end, kind)
            if fig is None:
                last_skip = Skipped(start, end, reason or "unknown")
                self.skipped.append(last_skip)
                last_end = end
                continue
            last_skip = None
            prev = self.figures[-1] if self.figures else None
            if kind == "words" and prev and prev.value == fig.value and _RESTATED.fullmatch(self.m, prev.end, fig.start):
                # "1.250.500.000 đồng (Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng)": the amount in words
                self.skipped.append(Skipped(start, fig.end, "restated in words"))
                last_end = fig.end
                continue
            self.figures.append(fig)
            last_end = max(fig.num_end, fig.end)
        attach_rates_and_targets(self.m, self.figures)
        return self.figures, self.skipped

    def _word_numbers(self) -> list[tuple[int, int, str]]:
        """Numbers in words ("năm nghìn", "một tỷ"). A scale word after a number word is rare, so look for
        that pair first and run the full pattern only around it (a full scan costs a third of extraction)."""
        found: dict[int, tuple[int, int, str]] = {}
        m = self.m
        for hit in _SCALE_WORD.finditer(m):
            i = hit.start()  # the space before the scale word; most are "4,2 tỷ", with a digit before
            if not i or not m[i - 1].isalpha() or m[max(0, i - 6):i].rsplit(None, 1)[-1].lower() not in _NUMBER_WORDS:
                continue
            lo = max(0, hit.start() - 80)
            for mt in _WORD_NUM.finditer(self.m, lo, min(len(self.m), hit.end() + 80)):
                if mt.start() <= hit.start() < mt.end():
                    found.setdefault(mt.start(), (mt.start(), mt.end(), "words"))
        return list(found.values())

    # -- one token ------------------------------------------------------------------------------------------
    def _read(self, start: int, end: int, kind: str) -> tuple[Figure | None, str | None, int]:
        m, low = self.m, self.low
        token = m[start:end]
        if self._in_bad_line(start):
            return None, "furniture", end
        before = m[start - 1] if start else " "
        if kind == "digits":
            if before == "(" and _PAREN_LIST_MARKER.match(m, end) and len(token) <= 2:
                return None, "list marker", end  # "(1) Kết nạp …", "Các chỉ tiêu: (1) …; (2) …"
            if _LIST_MARKER.match(m, end):
                line_start = m.rfind("\n", 0, start) + 1
                if not m[line_start:start].strip(" \t•*+-–") and len(token) <= 5:
                    return None, "list marker", end  # "1. Kết nạp …", "2.3. Công tác …", "a) …"
                if len(token) <= 2 and _INLINE_ITEM.match(m, end) and (
                    _INLINE_ITEM_BEFORE.search(m, max(0, start - 3), start)
                ):
                    return None, "list marker", end  # "đề ra 08 chỉ tiêu: 1. Hằng năm …; 2. Mỗi năm …"
            if before == "-" and len(token) <= 2 and _ISO_DATE_BEFORE.search(m, max(0, start - 8), start):
                return None, "date", end  # "2025-10-06 Phụ nữ xã …", "2024-03 Hộ nghèo …": no part is a count
            if before in "-.+" and start >= 2 and m[start - 2].isalpha():
                return None, "name", end  # "Covid-19", "SARS-CoV-2", "Web.2", a page clock's "GMT+7"
            if (before in "@/\\:#" and not m.startswith("%/", start - 2)) or (  # "90%/80% chỉ tiêu" is two shares
                before == "." and start >= 2 and m[start - 2].isdigit()
            ):
                return None, "name", end
            if before == "[" and m.startswith("]", end):
                return None, "footnote", end  # "… nhiệm kỳ 2017 - 2022 [1]", "8.717 lượt chính sách[2]"
            if _CLOCK.match(m, start):
                return None, "time", end
            if (reason := _not_a_figure_after(m, end)):
                return None, reason, end
            if _street_address(m, end):
                return None, "address", end
            if token.endswith(".0") and token.count(".") == 1:
                return None, "name", end  # "Phụ nữ 4.0", "công nghiệp 4.0": never how Vietnamese writes a count
            if _DOTTED_DATE.fullmatch(token) or _DASHED_DATE.match(m, end):
                return None, "date", end
            if token[0] == "0" and len(token) - token.count(".") - token.count(",") >= 9:
                return None, "phone", end
            if token.count(",") >= 2 and _COMMA_GROUPS.fullmatch(token):
                return None, "furniture", end  # "72,790,124 lượt truy cập": never how Vietnamese groups digits
            try:
                value = parse_number(token)
            except ValueError:
                return None, "unparsable", end
        else:
            try:
                value = parse_number_words(token)
            except ValueError:
                return None, "unparsable", end
        left = m[max(0, start - 80):start]
        left_low = left.lower()

        # names, dates and ordinals announced by the word before ("Đề án 939", "năm 2023", "lần thứ 2")
        tail = left_low[-36:]  # anchored-at-end patterns only need the last few words
        stripped_tail = tail.rstrip()
        last_word = stripped_tail.rsplit(None, 1)[-1].lstrip("(“\"‘,;:–-") if stripped_tail else ""
        if (last_word in self.v.name_last_words or stripped_tail.endswith("-")) and self.v.name_before.search(tail) and not (
            _NOT_SO.search(tail) or (_PLAN_IN_PARENS.search(tail) and not _CODE_AFTER.match(m, end))
            or (_TARGET_OF_PLAN.search(tail) and self.v.count_nouns.match(m, end))  # "(chỉ tiêu Nghị quyết 150 hộ)"
            or _PERCENT.match(m, end)  # "vượt kế hoạch 15%": a percent never names a plan
        ):
            return None, ("date" if last_word in ("ngày", "tháng", "năm", "sáng", "chiều", "tối", "quý") else "name"), end
        if kind == "digits" and left.rstrip().endswith("-") and re.search(r"(?i)covid|sars", left[-12:]):
            return None, "name", end
        if "trường" in left_low and _SCHOOL_KIND.search(left_low) and _SCHOOL_BEFORE.search(left[-60:]):
            return None, "name", end  # "Trường Tiểu học Vĩnh Phương 1", "Trường THCS Nguyễn Du 2"

        # ages given as a range after the word: "độ tuổi từ 18 - 35", "tuổi 16 đến 30"
        if "tuổi" in tail and _AGE_BEFORE.search(tail):
            if (rng := _RANGE.match(m, end)) and (b_tok := _NUM.match(m, rng.end())):
                self._skip_next[b_tok.start()] = "age"
            return None, "age", end

        # inside the quoted name of a model, campaign or contest: "mô hình “Tiết kiệm 1.000 đồng/ngày”"
        q = left.rfind("“")
        if q != -1 and "”" not in left[q:] and _NAMED_THING.search(left_low[max(0, q - 30):q]):
            return None, "name", end

        # "A/B": a ratio ("111/111 cơ sở", "12/12 (đạt 100%)"), a date ("23/9", "31/8/2024") or a code
        denominator = None
        slash = _SLASH.match(m[end:end + 16]) if kind == "digits" and m.startswith("/", end) else None
        if slash:
            if slash.group(2):
                return None, "date", end + slash.end()
            if _CODE_AFTER.match(m, end + slash.end()) or re.match(rf"/{W}", m[end:end + 2]):
                return None, "name", end + slash.end()
            b = parse_number(slash.group(1))
            after_b = end + slash.end()
            follows_noun = bool(re.match(rf"\s*(?:[“\"(]\s*đạt|{W})", m[after_b:after_b + 12])) and not re.match(
                r"\s*(?:năm|tháng|của|vừa|qua|tới|hằng|hàng|và|đến|tại|là)\b", low[after_b:after_b + 10]
            )
            is_date = 1 <= value <= 31 and 1 <= b <= 12 and "." not in token and "," not in token
            # a pair that reads as a date is a ratio only before a counted noun ("9/9 tỉnh", "12/12 (đạt 100%)")
            counted = bool(self.v.count_nouns.match(m, after_b) or _RATIO_AFTER.match(m[after_b:after_b + 8]))
            if is_date and (_DATE_CUE.search(tail) or value > b or not counted):
                return None, "date", after_b
            if value > b and not follows_noun:
                return None, "name", after_b
            denominator = b
            end = after_b
        elif kind == "digits" and _CODE_AFTER.match(m, end) and not re.match(r"\s?-\s?\d", m[end:end + 4]):
            if re.match(r"[-/][A-ZĐ]", m[end:end + 2]):
                return None, "name", end  # "23-CT/TW", "01/ĐA-BTV"

        # years and periods
        if kind == "digits" and len(token) == 4 and token.isdigit() and 1900 <= value <= 2100:
            if not self.v.count_nouns.match(m, end) or _RANGE.match(m, end) or _YEAR_RANGE_BEFORE.search(left[-12:]):
                return None, "year", end
        if kind == "digits" and denominator is None and (
            _standing_programmes(m, value, end) or _rank_among(low, value, start, end)
        ):
            return None, "structure", end
        if _NOT_AFTER.match(m, end) and not (denominator is not None and _ITEMS_MET.match(m, end)):
            return None, "period/structure", end
        if denominator is None and _structural_target_count(m, end):
            return None, "structure", end
        if _list_head(m, start, end):
            return None, "list marker", end

        # structural counts: "gồm 9 tỉnh", "đề ra 9/12 chỉ tiêu chủ yếu"
        if m.startswith(" ", end) and _place_enumeration(m, end):
            return None, "enumeration", end
        if last_word == "gồm" and not _MONEY_OR_RATE_AFTER.match(m, end) and not self._follows_a_figure(start) and (
            not self.v.people_after.match(m, end)  # "Ban Chấp hành gồm 155 ủy viên" counts people
        ):
            # "Cụm gồm 9 tỉnh" describes; "mỗi suất gồm 1 triệu đồng", "15 mô hình, gồm 5 HTX" break a result down
            return None, "structure", end
        if stripped_tail.lower().endswith("đề ra") and low.startswith("chỉ tiêu", end + 1):
            return None, "structure", end
        if value == 0:
            return None, "zero", end
        # a proper name ending with a number: "Đoàn kinh tế Quốc phòng 778,"
        if kind == "digits" and denominator is None and (end == len(m) or m[end] in ",;.)”\"\n"):
            pm = _PROPER_BEFORE.search(left[-40:])
            if pm and pm.group(1) and pm.group(1)[-1] not in ":.":
                return None, "name", end

        qualifier, hedge_len = parse_hedge(left[-24:])
        # thresholds inside an indicator's definition: "có ít nhất 1 phụ nữ", "tập hợp được trên 60% phụ nữ"
        if qualifier == "at_least" and value == 1 and _ONE_THRESHOLD_BEFORE.search(tail):
            return None, "threshold", end  # but "hằng năm giám sát ít nhất 01 chính sách" is a target
        if qualifier in ("more_than", "at_least") and self._inside_a_share(start - hedge_len):
            return None, "threshold", end  # "100% cơ sở hội tổ chức ít nhất 2 hoạt động", "… tập hợp được trên 60%"

        if "thu nhập" in tail and self._income_class(tail, start):
            return None, "threshold", end  # "287 mô hình … có thu nhập trên 100 triệu đồng/năm"

        fig = Figure(value=value, unit_class="count", unit=None, qualifier=qualifier, start=start - hedge_len,
                     end=end, num_start=start, num_end=end, denominator=denominator)
        fig = self._read_unit(fig, left_low)
        if fig is not None and denominator is None and fig.unit_class == "count" and fig.unit:
            # "412.127 hội viên/681.307 tổng số phụ nữ": a ratio whose numerator carries the noun
            if (dm := re.match(r"\s?/\s?(\d+(?:[.,]\d+)*)(?![/\d])", m[fig.end:fig.end + 20])):
                denominator = fig.denominator = parse_number(dm.group(1))
                fig.end += dm.end()
                if _TARGET_AFTER_SLASH.match(m, fig.end):  # "520 hội viên/500 chỉ tiêu": result over target
                    fig.target, fig.denominator, denominator = denominator, None, None
        if fig is not None and denominator is not None:
            fig.unit_class = "ratio"
        if fig is None:
            return None, "age/period", end

        # ranges: "từ 100 - 500 ngàn đồng" → 100 000 at least, 500 000 less than
        rng = _RANGE.match(m, fig.num_end if denominator is None else end)
        if rng and kind == "digits":
            b_tok = _NUM.match(m, rng.end())
            if b_tok:
                b_fig = Figure(value=0, unit_class="count", unit=None, qualifier="exact", start=b_tok.start(),
                               end=b_tok.end(), num_start=b_tok.start(), num_end=b_tok.end())
                if _NOT_AFTER.match(m, b_tok.end()):
                    self._skip_next[b_tok.start()] = "age/period"
                    return None, "age/period", end
                b_fig = self._read_unit(b_fig, "")
                if b_fig is not None and fig.unit is None and fig.unit_class == "count" and fig.end == fig.num_end:
                    fig.unit_class, fig.unit = b_fig.unit_class, b_fig.unit
                    fig.value *= b_fig.scale
                    fig.end = fig.num_end
                # "từ A - B" and a bare "A - B" alike: A is the floor, B the ceiling
                if fig.qualifier == "exact":
                    fig.qualifier = "at_least"
                self._range_second[b_tok.start()] = fig
        if start in self._range_second and fig.qualifier == "exact":
            fig.qualifier = "less_than"
        if fig.qualifier == "exact" and _AT_LEAST_AFTER.match(m, fig.num_end) and fig.unit_class != "vnd":
            fig.qualifier = "at_least"  # "90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên"
        fig.subject = self._subject(fig, left)
        return fig, None, fig.end

    def _inside_a_share(self, start: int) -> bool:
        """A hedged count inside the definition of a share: "100% cơ sở hội tổ chức ít nhất 2 hoạt động", "100% chi hội
        tập hợp được trên 60% phụ nữ" — a percent with its own subject shortly before, no comma between (not "đạt
        100% kế hoạch, kết nạp trên 300 hội viên", nor "tổ chức 05 đợt lao động có trên 1.200 hội viên")."""
        if not self.figures or self.figures[-1].unit_class != "percent":
            return False
        prev = self.figures[-1]
        return start - prev.end < 80 and not _SHARE_BREAK.search(self.m, prev.end, start) and not (
            _SHARE_OF_TARGET.match(self.low, prev.end))

    def _income_class(self, tail: str, start: int) -> bool:
        """An income floor that defines what a count counts: "287 mô hình làm kinh tế giỏi có thu nhập trên 100 triệu
        đồng/năm", "1.520 hội viên có mức thu nhập từ 100 triệu đồng/năm trở lên" (not "15 thành viên, thu nhập trên 8
        triệu đồng", nor "Thu nhập bình quân … đạt trên 60 triệu đồng")."""
        floor = _INCOME_FLOOR.search(tail)
        if floor is None or not self.figures:
            return False
        prev, at = self.figures[-1], start - len(tail) + floor.start()
        return prev.unit_class == "count" and bool(prev.unit) and 0 <= at - prev.end < 80 and not (
            _SHARE_BREAK.search(self.m, prev.end, at))

    def _follows_a_figure(self, start: int) -> bool:
        """Whether a figure of the same clause comes shortly before ``start``."""
        if not self.figures:
            return False
        prev = self.figures[-1]
        return start - prev.end < 60 and not _CLAUSE_BREAK.search(self.m, prev.end, start)

    def _read_unit(self, fig: Figure, left_low: str) -> Figure | None:
        """Read what follows the number: %, scale words, currency, per-unit, area/mass units, or a noun."""
        m = self.m
        p = fig.end
        if _PERCENT.match(m, p):
            fig.end = _PERCENT.match(m, p).end()
            fig.unit_class, fig.unit = "percent", "%"
            if fig.denominator is not None:
                fig.unit_class = "ratio"
            return fig
        scales = []
        while (sm := _SCALE.match(m, p)) and not (sm.group(1).lower() == "k" and sm.start(1) != p):
            scales.append(sm.group(1).lower())
            p = sm.end()
        if scales:
            scale = 1.0
            for s in scales:
                scale *= SCALES[s]
            fig.value *= scale
            fig.scale = scale
            if scales[-1] in ("tỷ", "tỉ", "triệu") and (cm := _COMPOUND.match(m, p)):
                fig.value += parse_number(cm.group(1)) * SCALES[cm.group(2).lower()]
                p = cm.end()
        cur = _CURRENCY.match(m, p)
        if cur and (cur.group(1).lower() != "đ" or _bare_d_is_money(m, p)):
            p = cur.end()
            unit = "VND"
            per = _PER_UNIT.match(m, p)
            if per:
                unit += "/" + re.sub(r"\s*/\s*", "/", per.group(1))
                p = per.end()
            fig.end, fig.unit_class, fig.unit = p, "vnd", unit
            return fig
        if (usd := _USD.match(m, p)):
            fig.end, fig.unit_class, fig.unit = usd.end(), "other", "USD"
            return fig
        if scales and scales[-1] in ("tỷ", "tỉ") and not self.v.count_nouns.match(m, p):
            fig.end, fig.unit_class, fig.unit = p, "vnd", "VND"  # "dư nợ 77,83 tỷ", "tăng 242 tỷ so với…"
            return fig
        if scales and scales[-1] in ("triệu", "nghìn", "ngàn") and (per := _PER_UNIT.match(m, p)):
            fig.end, fig.unit_class, fig.unit = per.end(), "vnd", "VND/" + re.sub(r"\s*/\s*", "/", per.group(1))
            return fig  # "10 triệu/hộ", "500 nghìn/suất"
        if scales and scales[-1] == "triệu" and not self.v.count_nouns.match(m, p) and (
            _MONEY_CONTEXT.search(left_low[-40:]) or _MONEY_AFTER.match(m, p)
        ):
            fig.end, fig.unit_class, fig.unit = p, "vnd", "VND"
            return fig
        for pattern, cls in ((_AREA, "area"), (_MASS, "mass"), (_OTHER_UNIT, "other")):
            um = pattern.match(m, p)
            if um:
                unit = um.group(1)
                fig.end, fig.unit_class, fig.unit = um.end(), cls, ("lần" if unit.lower() == "lần" else unit)
                return fig
        if _NOT_AFTER.match(m, p) and p != fig.num_end:
            return None
        um = self.v.unit.match(m, p)
        if um:
            fig.end, fig.unit = um.end(), um.group(1)
            if "“" in m[p:um.start(1)] and m.startswith("”", fig.end):
                fig.end += 1  # 46 “Tổ truyền thông cộng đồng”: keep the closing quote with the name
            return fig
        wm = _WORD.match(m, p)
        if wm and not re.match(r"(?:và|với|cho|của|tại|trong|là|được|đạt|so|tăng|giảm|người|đến|tới)$", wm.group(1).lower()):
            fig.end, fig.unit = wm.end(), wm.group(1)
        elif wm and wm.group(1).lower() == "người":
            fig.end, fig.unit = wm.end(), "người"
        else:
            fig.end = p
        return fig

    def _subject(self, fig: Figure, left: str) -> str | None:
        m = self.m
        if fig.unit_class in ("count", "ratio", "percent") and (fig.unit or fig.unit_class == "percent"):
            tail = m[fig.num_end:fig.num_end + 80]
            tail = re.sub(r"^\s*(?:%|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)", " ", tail)
            if fig.unit_class == "percent" and (re.match(r"\s*(?:so với|chỉ tiêu|kế hoạch|kh\b|mục tiêu|[,;.)(])", tail) or not tail.strip()):
                tail = ""
            stop = _SUBJECT_STOP.search(tail)
            phrase = tail[: stop.start() if stop else len(tail)]
            words = re.sub(r"[“”\"‘’]", " ", phrase).split()[:7]
            if words:
                return " ".join(words)
        head = left[: len(left) - (fig.num_start - fig.start)] if fig.num_start > fig.start else left
        cut = _LEFT_STOP.match(head)
        phrase = head[cut.end():] if cut else head
        words = re.sub(r"[“”\"‘’]", " ", phrase).split()[-6:]
        return " ".join(words) or None
