"""Patterns of the skip rules: what comes before and after a number that is not a figure, the word-list patterns
built from ``data/vocabulary.csv``, whether one line is web-page furniture (the lines themselves in
:mod:`wuanalysis.skip_listings`), and whether a number continues a list of names or dates ("Đề án 938, 939").
Everything here is data for :mod:`wuanalysis.skip_rules`; every pattern runs on :func:`wuanalysis.text.match_form`."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .quantities import parse_number
from .skip_listings import is_furniture
from .text import alternation, fold, load_words, match_form
from .units import W, unit_words

# A capital letter, the accented ones too: a name may open with "Ích", "Ứng", "Ý", "Ân" ("Trường Tiểu học Ninh Ích 1",
# "huyện Ứng Hòa 120"), and a capitalised word of a name
CAPITAL = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯ" + "".join(c for c in map(chr, range(0x1EA0, 0x1EFA)) if c.isupper())
CAPWORD = rf"[{CAPITAL}][\wÀ-ỹ]*"

# the look-behind after the first digit, not before it: a pattern that opens with a digit is searched for digits
# only (2.5x faster over a whole text); same matches
NUM = re.compile(r"\d(?<![^\W_]\d)\d*(?:[.,]\d+)*")
# "12 tổ hợp tác (kế hoạch 10 …)": a target, not a plan's name
PLAN_IN_PARENS = re.compile(r"\(\s*(?:kế hoạch|kh)\s*:?\s*$")
# "tổng số 120", "dân số 24.500 người" (a population), "dân tộc thiểu số 45 đại biểu", not "Nghị quyết số 13"
NOT_SO = re.compile(r"(?:tổng|với|có|chiếm|trên|cả|toàn|lớn|đa|phần|một|con|chữ|điểm|trong|dân|thiểu)\s+số\s*$",
                    re.IGNORECASE)
DATE_CUE = re.compile(
    r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|dịp|lễ|tết|kỷ niệm|mùng|mồng|thứ (?:hai|ba|tư|năm|sáu|bảy),?"
    r"|chủ nhật,?|năm)\s*$",
    re.IGNORECASE,
)
CODE_AFTER = re.compile(r"\s?[-/]\s?[A-ZĐ]{1,}[A-ZĐa-zđ]*|/\d{2,4}/[A-ZĐ]")
RANGE = re.compile(r"\s*(?:-|–|—|đến|tới)\s*(?=\d)")
NAMED_THING = re.compile(
    r"(?:mô hình|cuộc vận động|phong trào|chương trình|câu lạc bộ|clb|cuộc thi|hội thi|chủ đề|danh hiệu|khẩu hiệu"
    r"|đề án|dự án|gian hàng|tổ|nhóm|giải|quỹ|chiến dịch|ngày hội|tên"
    # a campaign opening on its number: 'đợt thi đua “90 hành động thiết thực …”', 'hưởng ứng “100 ngày cao điểm …”'
    r"|thi đua|hưởng ứng)"
    r"(?:\s+(?:như|là|mang tên|có tên|với tên))?\s*:?\s*$"
    # the next name of a list: "“Gian hàng 0 đồng” và “Phụ nữ 4.0”", '"Mẹ đỡ đầu", "Trồng 1 tỷ cây xanh"'
    r"|[”\"]\s*(?:,|và|hay)\s*$"
)
# the kind a quoted name opens on: "“CLB tiết kiệm 5-10 triệu đồng”" (not quoted speech "“Tổ chức 25 lớp …”")
QUOTED_NAME_HEAD = re.compile(
    r"\s*(?:clb|câu lạc bộ|tổ(?!\s+(?:chức|hợp tác|liên kết))|nhóm|mô hình|quỹ|chương trình|cuộc thi|hội thi"
    r"|gian hàng|ngày hội|phong trào|chiến dịch|giải)(?![^\W_])")
LETTER_CODES = "ABCDEFGHIJLMNOPQRSTUVWYZ"  # not K ("50K" = 50 nghìn), X (a player's "2X") nor Đ ("500.000Đ")
AGE_BEFORE = re.compile(r"tuổi\s*(?:từ|khoảng|dưới|trên)?\s*$", re.IGNORECASE)
LIST_MARKER = re.compile(r"[.)]\s")
PAREN_LIST_MARKER = re.compile(rf"\)[ \t]*(?={W})")
MONEY_OR_RATE_AFTER = re.compile(rf"\s?(?:%|(?:nghìn|ngàn|triệu|tỷ|tỉ|đồng|vnđ|đ)(?!{W}))", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;.\n]")
RATIO_AFTER = re.compile(r"\s*(?:\(\s*đạt|số\s)")  # "12/12 (đạt 100%)", "1/3 số hộ"
LIST_JOIN = re.compile(r"\s*(?:,|và|-|–|;|/|đến)\s*")  # "từ ngày 1-3 đến 31-3"
SLASH = re.compile(r"/(\d+(?:[.,]\d+)*)(/\d+)?")
CLOCK = re.compile(r"\d{1,2}[:hg]\d{2}")
DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
DASHED_DATE = re.compile(r"-\d{1,2}-\d{2,4}(?!\d)")
DAY_MONTH_OPENING = re.compile(r"-(0?[1-9]|1[0-2]),")  # "20-10, Hội LHPN huyện …": a dateline that lost its "Ngày"
PROPER_BEFORE = re.compile(rf"(\S*)[ \t]+{CAPWORD}[ \t]$")  # "… Quốc phòng 778,": a name ends with the number
CRITERIA_BREAK = re.compile(r"[,;.:()\n]")
# "1 người con hy sinh", "3 người con là liệt sĩ": a heroic mother's children (group 1: the sacrifice said)
KIN_AFTER = re.compile(
    r"\s*(?:người con|con trai|con gái)(?:\s+(?:đều|là|đã))*(\s+(?:hy sinh|hi sinh|liệt sĩ|liệt sỹ))?")
CRITERIA_AFTER = re.compile(r"\s*tiêu chí")  # "đạt 8/8 tiêu chí" after a share: the bar of its definition
# a tab or a bar is a table's cell boundary: "Tỷ lệ …⇥68,2%⇥trên 75%" is a result and its plan, not one share
SHARE_BREAK = re.compile(r"[,;.:()\n\t|]|\s(?:với|và|trong đó|gồm|thu hút)\s")
# "đạt tỷ lệ tập hợp hội viên trên 60%" after the units it qualifies: the bar they clear, not a result
RATE_DEFINED_BEFORE = re.compile(
    r"(?:đạt|có)\s+(?:tỷ lệ|tỉ lệ)[^,;.\n\d]{0,40}?(?:(?:trên|từ|ít nhất|tối thiểu|hơn|dưới)\s*)?$", re.IGNORECASE)
RATE_HEDGE_AFTER = re.compile(r"\s?%[^,;.\n\d]{0,30}?trở lên")  # "đạt tỷ lệ tập hợp 70% phụ nữ trở lên"
# "ít nhất 01 …" across a comma, "và", "gắn với" — but not a new subject ("…, Hội tổ chức ít nhất 01 hội thi")
ONE_BREAK = re.compile(r"[;.:()\n\t|]|\s(?:trong đó|gồm|mỗi)\s|,\s*(?:hội|các|mỗi|toàn|ban)\s", re.IGNORECASE)
SHARE_OF_TARGET = re.compile(r"\s*(?:kế hoạch|chỉ tiêu|kh\b|so với|mục tiêu|nghị quyết|trở lên|với\b)")
ONE_THRESHOLD_BEFORE = re.compile(
    r"(?:có|duy trì|tiếp cận|sử dụng|tham gia|với|gồm|được|tập hợp)\s+(?:ít nhất|tối thiểu)\s*$", re.IGNORECASE
)
# An English page clock: "Sat. May 21st, 2022", "January 12, 2024", "Monday, October 3rd, 2025"
ENGLISH_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![^\W_])")
ENGLISH_MONTH_BEFORE = re.compile(
    r"(?<![^\W_])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
    r"|august|september|october|november|december)\.?[ \t]+$", re.IGNORECASE)
ASCII_END = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")  # "May 21": may end a month's name
YEAR_NEXT = re.compile(r"(?:st|nd|rd|th)?[ \t]*,?[ \t]*(?:19|20)\d\d(?!\d)")
# Right after a number: things that are not a report's figures (page furniture, technical names).
TEMPERATURE = re.compile(r"\s?(?:[°º]\s?[CF]?|độ\s?C(?![^\W_]))")  # "30°C", "35 °C", "28 độ C"
PLAYER_SPEED = re.compile(r"[xX](?![^\W_])")  # a video player's "1.25X", "2X"
FILE_NAME = re.compile(r"[\w.-]*\.(?:jpe?g|png|gif|webp|bmp|svg|mp[34]|pdf|docx?|xlsx?)(?![^\W_])", re.IGNORECASE)
POWER_UNIT = re.compile(r"\s?(?:kv|kva|kw|kwh|mw)(?![^\W_])", re.IGNORECASE)  # "đường dây 500 kV" names a line
STREET_AFTER = re.compile(
    rf"((?:\s+{W}+){{2,5}})\s*,\s*(?i:p\.|q\.|phường|quận|tp\b|thành phố|thị xã|huyện|xã|hà nội|tỉnh)"
)
PLACE_NAMES = re.compile(rf"[^,;.\n()]{{1,40}}?(?:,|\svà)\s+(?:(?:xã|phường|huyện)\s+)?({W})")
# "9/9 nhóm chỉ tiêu", "24/24 tiêu chí đều đạt": items met out of those set, a result (a bare "8 tiêu chí" is structure)
ITEMS_MET = re.compile(
    r"\s*(?:tiêu chí|tiêu chuẩn|nhiệm vụ|nhóm nhiệm vụ|nội dung|giải pháp|khâu|mục tiêu|việc)(?![^\W_])", re.I
)
# "8/10 chỉ tiêt vượt": "chỉ tiêu" mistyped
# "8/10 chỉ tiêt", and "9/10 chi tiêu Nghị quyết" with the tone mark lost (not "chi tiêu hết kinh phí", spending)
TARGETS_MISSPELT = re.compile(
    r"\s*(?:chỉ ti(?!êu)[^\W\d_]{1,3}(?![^\W_])|chi tiêu(?=\s*[,.;)]|\s+(?:nghị quyết|nq|đề ra|được giao|giao|kế hoạch"
    r"|đại hội|chủ yếu|cơ bản|vượt|đạt|hoàn thành|chưa)(?![^\W_])))", re.I)
# "11 nhóm chỉ tiêu", "3 nhóm với 13 chỉ tiêu", "4 nhóm gồm 15 chỉ tiêu", "2 nhóm, 12 chỉ tiêu"
TARGET_COUNT = re.compile(
    r"\s*(?:nhóm(?:\s+(?:với|gồm|bao gồm)\s+|\s*,\s*)\d+\s+)?(?:nhóm\s+)?chỉ tiêu(?![^\W_])(?!\s*\d)", re.IGNORECASE)
MET_BEFORE = re.compile(r"(?:đạt|vượt|hoàn thành|về đích)[^.;:\n]{0,100}$", re.IGNORECASE)
# "8 chỉ tiêu đạt và vượt", "9 chỉ tiêu: vượt …" (but "đề ra 5 chỉ tiêu: (1) … hộ gia đình đạt tiêu chí …": past the
# colon an item of the list speaks, not the count) (nor "đề ra 7 nhóm chỉ tiêu thì có 6 nhóm hoàn thành": past another
# number, a year apart, the verdict is that number's, iv22 P5)
MET_AFTER = re.compile(
    r"(?:[^,;.:\n\d]|(?<!\d)(?:19|20)\d\d(?!\d)|:(?=\s*(?:đạt|vượt|hoàn thành)\b)){0,40}?"
    r"(?:đạt|vượt|hoàn thành|về đích|chưa đạt)", re.IGNORECASE)
# "Chỉ tiêu 2:", "- Nhiệm vụ 3.", "Chỉ tiêu số 4:" at the start of a line or sentence, or after an outlet's dateline
# mark opening the lede ("(NTV)-Chỉ tiêu 1: …")
LIST_HEAD = re.compile(
    r"(?:^|\n|[.:;]\s|\([A-ZĐ][A-ZĐ&.]{1,11}\)\s*[-–]?)\s*[-+•*]?\s*"
    r"(?:chỉ tiêu|nhiệm vụ|mục tiêu|giải pháp|nội dung|khâu đột phá|tiêu chí|nhóm"
    r"|bài|phần)"  # a series' part opening a line: "Bài 3 - Phụ nữ khởi nghiệp", "Phần 2:"
    r"(?:\s+số)?\s*$",
    re.IGNORECASE,
)
# "Chỉ tiêu 3 gồm …", "nhiệm vụ số 2 bao gồm …": a numbered item of a list, what it holds next (on the lower case)
ITEM_HOLDS_BEFORE = re.compile(
    r"(?:chỉ tiêu|nhiệm vụ|mục tiêu|giải pháp|nội dung|tiêu chí)\s+(?:số\s+)?\d{1,2}\s+(?:bao\s+)?gồm\s*$")
DASH_TITLE = re.compile(r" [-–] [A-ZĐÀ-Ỹ]")  # "Bài 3 - Phụ nữ …": a title after the part's number
YEAR_COMMA = re.compile(r"[ \t]*,[ \t]*")  # "Nhiệm kỳ 2016-2021, 16/16 …"
SLASH_DIGIT = re.compile(r"/\d")
YEAR_LIKE = re.compile(r"[ \t]*,[ \t]*(?:19|20)\d\d")  # "năm 2016, 2017": the list of years goes on
ISO_DATE_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d-(?:\d\d-)?$")  # "2025-10-06"
PROGRAMMES = re.compile(
    r"\s*(?:phong trào thi đua|cuộc vận động)"
    r"(?:\s+(?:lớn|chính|yêu nước|trọng tâm|của hội|gắn|theo|do|trong hội viên))?"
    r"(?=\s*(?:[,.;:“\"(\n]|$|và|do|của|gắn|theo))", re.IGNORECASE)
RANK_OF = re.compile(r"\s+trong\s+(?:số\s+)?(?:[1-9]|10)\s")  # "1 trong 3 …"
RANK_FIRST = re.compile(r"(?:^|\s)(?:một|\d{1,2})\s+trong\s+(?:số\s+)?$")
RANK_BEFORE = re.compile(
    r"(?:^|\s)(?:là|đứng|lọt vào|nằm trong|thuộc|trở thành)\s+(?:(?:một|\d{1,2})\s+trong\s+(?:số\s+)?)?$")
RANK_AFTER = re.compile(r"[^,;.\n\d]{0,30}?(?:đầu tiên|dẫn đầu|xuất sắc|tiêu biểu|điển hình|nhất)(?![^\W_])")
INCOME_FLOOR = re.compile(r"thu nhập\s+(?:bình quân\s+)?(?:trên|hơn|từ|ít nhất|tối thiểu)\s*$")
COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
PHONE_GROUPS = re.compile(r"(?:[ .]\d{2,4}){1,3}(?![\d.,]?\d)")  # "0987 654 321", "0203 3870 123"
SCHOOL_BEFORE = re.compile(
    r"[Tt]rường\s+(?i:mầm non|mẫu giáo|tiểu học|trung học cơ sở|trung học phổ thông|thcs|thpt|th|pt\s?dtbt|pt\s?dtnt"
    rf"|tiểu học và trung học cơ sở|th&thcs|th và thcs)(?:\s+{CAPWORD}){{1,4}}\s+$")
INLINE_ITEM = re.compile(r"[.)][ \t]+(?:[A-ZĐÀ-Ỹ]|\d[\d.,]*[ \t]*%)")  # "; 3. 100% chi hội đạt khá" too
INLINE_ITEM_BEFORE = re.compile(r"[:;.][ \t]+$")
# "(chỉ tiêu Nghị quyết 150 hộ)", "(chỉ tiêu năm 8 chi hội)", "(kế hoạch cả nhiệm kỳ 2.000 hội viên)"
TARGET_OF_PLAN = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu)\s+(?:nghị quyết|kế hoạch|(?:cả\s+)?năm"
                            r"|(?:cả\s+|giữa\s+)?nhiệm kỳ)(?:\s+đại hội)?\s*:?\s*$")
SCHOOL_KIND = re.compile(r"trường\s+(?:mầm non|mẫu giáo|tiểu học|trung học|thcs|thpt|th\b|pt|th&)")
YEAR_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")  # the second year of "nhiệm kỳ 2022-2027"
@dataclass(frozen=True)
class Vocabulary:
    """Patterns built from the word lists of ``data/vocabulary.csv`` (see :func:`wuanalysis.text.load_words`)."""

    name_before: re.Pattern  # "Đề án 939", "năm 2023", "lần thứ 2": the word before makes a name, date or ordinal
    name_last_words: frozenset  # a set lookup decides whether name_before needs to run at all
    names_by_last_word: dict  # "năm" → ("từ năm", "đến năm", …, "năm"): the same test by string ends (speed)
    unit: re.Pattern  # the counted noun right after a number
    count_nouns: re.Pattern
    counted_after: re.Pattern  # a noun, percent, scale or currency right after a number: it counts something
    counter_line: re.Pattern  # "Đang truy cập23", "Hôm nay2,057", "Lượt xem: 1.234", "Like 25 | Share 3"
    people_after: re.Pattern  # "Ban Chấp hành gồm 155 ủy viên"
    place_kind_after: re.Pattern  # "tại 2 xã Yên Định …"


def _counter_item(labels: str) -> str:
    """A counter's label and its number, or its number and label ("Lượt xem: 1.234", "804 lượt xem")."""
    return (rf"(?:(?:(?:tổng|số|người)\s+)*(?:{labels})(?:\s+(?:{labels}))*\s*:?\s*\(?\d[\d.,]*(?:/\d+)?\)?"
            r"(?:\s*(?:người|lần|lượt))?"
            rf"|\d[\d.,]*\s*(?:{labels}))")


# a page's buttons that show no number: "Lưu", "In bài", "Gửi bài" (before a counter: "Lưu | Chia sẻ 12")
_BUTTONS = r"lưu(?: tin| bài)?|in bài|in|gửi bài|gửi|tải về|báo lỗi|quay lại"


_COUNTER_TOTAL = r"(?:tổng(?:\s+(?:cộng|số|lượt|số lượt))?|tất cả)\s*:?\s*\d[\d.,]*"


def _box_label(labels: str) -> str:
    """A counter box's label and its colon opening the line: "Lượt truy cập: Hôm nay 412 | Tháng này 9,860", "Thống kê
    truy cập: Online 9 | Hôm nay 688 | Tổng 214,530", "Bộ đếm truy cập: …", "Thống kê: Online 3 | Hôm qua 120" (iv24
    P6; the rest of the line must be counters: "Thống kê: Hội viên mới 85 | …" is a report's)."""
    return rf"(?:(?:tổng|số)\s+)*(?:(?:thống kê|bộ đếm)(?:\s+(?:số\s+)?lượt)?(?:\s+truy cập)?|(?:{labels}))\s*:\s*"


def _by_last_word(phrases) -> dict:
    by_last: dict[str, list[str]] = {}
    for phrase in phrases:
        by_last.setdefault(phrase.split()[-1].lower(), []).append(phrase.lower())
    return {word: tuple(found) for word, found in by_last.items()}


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The word-list patterns, built once on first use (nothing is read at import)."""
    names, units = load_words("name_before"), alternation(load_words("unit"))
    words = unit_words()
    labels, kinds = alternation(load_words("counter_label")), alternation(load_words("place_kind"))
    return Vocabulary(
        name_before=re.compile(
            rf"(?:^|(?<=[\s(“\"‘,;:–-]))(?:{alternation(names)}|covid\s*-?|sars-cov-\s*)\s*$", re.IGNORECASE),
        name_last_words=frozenset(phrase.split()[-1] for phrase in names),
        names_by_last_word=_by_last_word(names),
        unit=words.noun,
        count_nouns=words.count_noun,
        counted_after=re.compile(rf" *(?:%|nghìn|ngàn|triệu|tỷ(?! lệ)|đồng|{units})(?!{W})", re.IGNORECASE),
        counter_line=re.compile(  # "Lượt xem: 1.234", "Like 25 | Share 3", "Đánh giá: 4.5/5", "804 lượt xem"
            # "Số lượt truy cập: 12345", "Số người đang online: 45", "Lượt truy cập hôm nay: 345": a label may be
            # counted ("số", "tổng số") and followed by another
            # "Theo dõi: 12.500 người", "Chia sẻ 25 lần": the counted word may follow the number
            # … and after one of them, the total or a button's bare label: "Đang truy cập: 45 Hôm nay: 1.203 Tổng:
            # 5.678.901", "Thích 3 Chia sẻ" (alone, "Tổng: 1.250" is a report's)
            # … or after a button's bare label, set apart by a dot or a bar: "Bình luận · Chia sẻ 48", "Lưu | Chia
            # sẻ 12" (iv15 P18)
            rf"[\s•·*|-]*(?:{_box_label(labels)})?(?:(?:{labels}|{_BUTTONS})\s*[•·|]\s*)*"
            rf"{_counter_item(labels)}[\s|•·,;-]*"
            rf"(?:(?:{_counter_item(labels)}|{_COUNTER_TOTAL}|(?:{labels})(?![^\W_]))[\s|•·,;-]*)*",
            re.IGNORECASE),
        people_after=re.compile(rf"\s*(?:{alternation(load_words('people'))})(?!{W})", re.IGNORECASE),
        # "tại 2 xã Yên Định …", "sáp nhập 3 xã: Hòa Phú, Hòa Lợi và An Điền", "gồm Hội LHPN 5 tỉnh, thành: Cần Thơ, …"
        # … and the old places a merger joined, named: "(của 3 xã cũ Tân Cương, Phúc Trìu, Phúc Xuân)"
        place_kind_after=re.compile(rf"\s+(?:{kinds})(?:\s*,\s*(?:{kinds}|thành))*(?:\s+cũ)?\s*:?\s+(?=[{CAPITAL}])"),
    )


def is_furniture_line(line: str) -> bool:
    """Whether one line (in any form: it is put in match form here) is page furniture: a counter, a pager, a share,
    rating or comment widget, a contact, a "Xem thêm" link, the weather, an attached file, a market widget (not a
    dateline, not a related list: those need the lines around them)."""
    m = match_form(line)
    stripped = m.strip()
    return bool(stripped) and is_furniture(m, stripped, load_vocabulary())


NAME_BOUNDARY = "(“\"‘,;:–-"  # what may come right before a name word ("(Đề án 939", "“năm 2023")
DATE_WORDS = frozenset(("ngày", "tháng", "năm", "sáng", "chiều", "tối", "quý"))
COVID = re.compile(r"(?i)covid|sars")
# "(15 và 16-12)", "(20, 21 và 22-10)": the days of a meeting and their month (not "10 và 12-15 hộ", a range)
# "(từ 20 đến 21-8)" too
DAY_PAIR = re.compile(
    r"(?:\s*,\s*\d{1,2})*\s+(?:và|đến)\s+(\d{1,2})\s*-\s*(?:0?[1-9]|1[0-2])(?![\d.,]?\d)(?=\s*[),;.]|\s*$)")
# a numbered hamlet or quarter after its name: "khu phố Đông Hải 2", "thôn Phú Xuân 1", "ấp Tân Hòa 3"
HAMLET_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:khu phố|thôn|ấp|xóm|bản|khóm|buôn|làng|tổ dân phố|khu dân cư)[ \t]+"
    rf"(?:{CAPWORD}[ \t]+){{1,3}}$")
NOUN_NEXT = re.compile(rf"\s*(?:[“\"(]\s*đạt|{W})")
NOT_A_NOUN_NEXT = re.compile(r"\s*(?:năm|tháng|của|vừa|qua|tới|hằng|hàng|và|đến|tại|là)\b")

# "huyện Đồng Phú 120, huyện Lộc Ninh 95": a place named with its kind, then its own figure
_PLACE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?i:huyện|xã|phường|thị xã|thành phố|tp\.?|quận|thị trấn|tỉnh)[ \t]+(?:{CAPWORD}[ \t]+){{1,4}}$")
_CAPITALISED_TAIL = re.compile(rf"(?:{CAPWORD}[ \t]+){{1,4}}$")


# "xã Bảo Lâm 2", "phường Móng Cái 1", "XÃ CÁT TIÊN 3": a commune or ward of 2025 numbered after its name
NUMBERED_PLACE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?i:xã|phường|đặc khu|thị trấn)[ \t]+((?:{CAPWORD}[ \t]+){{1,4}})$")


@lru_cache(maxsize=1)
def numbered_places() -> frozenset[str]:
    """The communes and wards whose name ends with a number ("Bảo Lâm 2", "Móng Cái 1"), lower-cased match form and
    folded, from
    ``data/places.csv``."""
    text = resources.files("wuanalysis").joinpath("data/places.csv").read_text(encoding="utf-8")
    names = [row["name"] for row in csv.DictReader(io.StringIO(text))
             if row["name"][-1:].isdigit() and " " in row["name"]]
    # a page without diacritics writes them folded ("xa Dam Rong 1")
    return frozenset(match_form(name).lower() for name in names) | frozenset(map(fold, names))


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """The provinces' names in match form ("Bình Phước", "Hòa Bình"), from ``data/provinces.csv``."""
    text = resources.files("wuanalysis").joinpath("data/provinces.csv").read_text(encoding="utf-8")
    return frozenset(match_form(row["name"]) for row in csv.DictReader(io.StringIO(text)))


def place_before(left: str) -> bool:
    """Whether the words before a number name a place: "huyện Đồng Phú ", "phường Hạc Thành ", "Bình Phước "."""
    if _PLACE_BEFORE.search(left):
        return True
    tail = _CAPITALISED_TAIL.search(left)
    if not tail:
        return False
    words = tail.group(0).split()
    return any(" ".join(words[i:]) in province_names() for i in range(len(words)))


@dataclass
class Skipped:
    """A number passed over: its span, the name of the rule that skipped it, and what kind of thing it is."""

    start: int
    end: int
    reason: str  # the rule's name ("iso_date", "name_word_before", …)
    kind: str = ""  # "name", "date", "year", "period/structure", "furniture", …: a name or date list may go on


class Token:
    """One number being read: where it is, and what the rules have learnt about it so far."""

    __slots__ = ("m", "low", "v", "figures", "bad_line", "skip_next", "start", "end", "digits", "text", "before",
                 "after", "next", "value", "left", "left_low", "tail", "stripped_tail", "last_word", "slash",
                 "denominator",
                 "qualifier", "hedge_len", "skip_end")

    def __init__(self, m: str, low: str, v: Vocabulary, figures: list, bad_line, skip_next: dict,
                 start: int, end: int, kind: str):
        self.m, self.low, self.v, self.figures, self.bad_line, self.skip_next = m, low, v, figures, bad_line, skip_next
        self.start, self.end, self.digits, self.text = start, end, kind == "digits", m[start:end]
        self.before = m[start - 1] if start else " "
        self.after = m[end:end + 1]
        self.next = m[end + 1:end + 2] if self.after == " " else self.after
        self.value = 0.0
        self.left = self.left_low = self.tail = self.stripped_tail = self.last_word = ""
        self.slash: re.Match | None = None
        self.denominator: float | None = None
        self.qualifier, self.hedge_len = "exact", 0
        self.skip_end: int | None = None  # where a skip ends when it takes more than the number ("23/9")


def counts_after_slash(t: Token) -> bool:
    """"105 tổ/1.616 thành viên", "18 tổ “3 có, 3 biết”/115 thành viên", "44 (28 công trình, 16 phần việc)/1,308 tỷ
    đồng": after a noun, a closing quote or bracket, the number after the slash counts something of its own."""
    before_slash = t.m[t.start - 2:t.start - 1] if t.start >= 2 else ""
    if not (before_slash.isalpha() or before_slash in ")”\"") or t.text in ("1", "01"):
        return False  # "500.000 đồng/1 hộ" is a rate per one
    if not t.v.counted_after.match(t.m, t.end):
        return False
    # "12 xã, phường/15 xã, phường": the noun after the number is the one before the slash, the rest of a ratio
    noun = t.v.unit.match(t.m, t.end)
    before = re.split(r"\d", t.low[max(0, t.start - 30):t.start - 1])[-1]
    if not (noun and re.search(rf"(?<!\w){re.escape(noun.group(1).lower())}(?!\w)", before)):
        return True
    # "Giúp 126 hộ thoát nghèo/120 hộ, đạt 105%": fewer than the result before the slash, its target (read on its own)
    prev = t.figures[-1] if t.figures else None
    try:
        return prev is not None and prev.unit_class == "count" and prev.end > t.start - 40 and (
            parse_number(t.text) < prev.value)
    except ValueError:
        return False


# ---- a number continuing a list of names or dates ----------------------------------------------------------
def continues_a_name(m: str, v: Vocabulary, last: Skipped | None, start: int, end: int) -> bool:
    """"Đề án 938, 939", "ngày 23 và 24/9", "đường dây nóng 1900 969 680": the next number of a list of names, dates
    or years — unless it counts something, or is a ratio opening a paragraph after its period ("Nhiệm kỳ 2016-2021,
    16/16 chỉ tiêu")."""
    return last is not None and last.kind in ("name", "date", "year") and (
        LIST_JOIN.fullmatch(m, last.end, start) is not None or _digit_group(m, last, start, end)
    ) and not v.counted_after.match(m, end) and not _ratio_after_a_period(m, last, end)


def _digit_group(m: str, last: Skipped, start: int, end: int) -> bool:
    """The next group of a number written in groups after a name: "đường dây nóng 1900 969 680"."""
    return m[last.end:start] == " " and m[last.end - 1].isdigit() and end - start in (2, 3, 4) and (
        m[start:end].isdigit())


def _ratio_after_a_period(m: str, last: Skipped, end: int) -> bool:
    """A ratio opening a results paragraph after its period: "Nhiệm kỳ 2016-2021, 16/16 chỉ tiêu …", "Năm 2024, 9/9
    chỉ tiêu …" — a comma after a year ends the list of names and dates (the ratio is read on its own)."""
    if not (m[last.end - 4:last.end].isdigit() and YEAR_COMMA.match(m, last.end) is not None):
        return False
    # "Năm 2017, 48 Hội Phụ nữ cơ sở …": after a year's comma, a number that is no year starts the sentence
    if SLASH_DIGIT.match(m, end):
        return True
    return m[last.end - 4:last.end - 2] in ("19", "20") and not YEAR_LIKE.fullmatch(m, last.end, end)
