"""Skip rules for names, codes and addresses with a number in them: "Đề án 939", "Chỉ thị 23-CT/TW", "01/QĐ-TTg",
"Covid-19", "Trường THCS Nguyễn Du 2", "thôn Phú Xuân 1", "mô hình “Tiết kiệm 1.000 đồng/ngày”", "(111 Bà Huyện
Thanh Quan, …)", "0912.345.678", "Phụ nữ 4.0". Rules of :data:`wuanalysis.skip_rules.RULES`.

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

import re

from .quantities import parse_number
from .skip_patterns import (
    CAPWORD, CODE_AFTER, COVID, DATE_WORDS, FILE_NAME, HAMLET_BEFORE, LETTER_CODES, MONEY_OR_RATE_AFTER, NAME_BOUNDARY,
    NAMED_THING, NOT_A_NOUN_NEXT, NUMBERED_PLACE_BEFORE,
    NOT_SO, NOUN_NEXT, PHONE_GROUPS, PLAN_IN_PARENS, POWER_UNIT, PROPER_BEFORE, QUOTED_NAME_HEAD, RANGE,
    SCHOOL_BEFORE, SCHOOL_KIND, SLASH, STREET_AFTER, TARGET_OF_PLAN, Token, counts_after_slash, numbered_places,
    place_before,
)
from .units import PERCENT


def glued_to_a_word(t: Token) -> str | None:
    """"Covid-19", "SARS-CoV-2", "Web.2", a page clock's "GMT+7" (not the second end of a money range glued to the
    first, "từ 100.000đ-200.000đ", "10 triệu đồng-30 triệu đồng")."""
    return "name" if t.digits and t.before in "-.+" and t.start >= 2 and t.m[t.start - 2].isalpha() and not (
        _MONEY_BEFORE_DASH.search(t.m, max(0, t.start - 16), t.start)) else None


_MONEY_BEFORE_DASH = re.compile(r"\d\s?(?:đ|đồng|vnđ|vnd|(?:nghìn|ngàn|triệu|tỷ)(?:\s?đồng)?)-$", re.IGNORECASE)


def after_a_symbol(t: Token) -> str | None:
    """"@2", "#3", "…/12", "12:30", the part after a point between digits, a camera's file name in a caption ("Ảnh:
    IMG_5041", "DSC_3066"): codes and handles ("90%/80%" is two shares)."""
    if not t.digits:
        return None
    b = t.before
    if b == "/" and (counts_after_slash(t) or _TARGET_WORDS_AFTER.match(t.low, t.end)):
        return None  # "36 hộ thoát nghèo/30 hộ chỉ tiêu": the result over its target, the target read on its own
    return "name" if (b in "@/\\:#_" and not t.m.startswith("%/", t.start - 2)) or (
        b == "." and t.start >= 2 and t.m[t.start - 2].isdigit()) else None


_TARGET_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:theo\s+)?(?:chỉ tiêu|kế hoạch|kh)(?![^\W_])")


def file_name(t: Token) -> str | None:
    """"dsc-2025.jpg", "bao-cao-2024.pdf"."""
    c = t.m[t.end:t.end + 1]
    return "name" if t.digits and c and (c in ".-_" or c.isalnum()) and FILE_NAME.match(t.m, t.end) else None


def power_line(t: Token) -> str | None:
    """"đường dây 500 kV", "110 kW": a power line or a machine, not a figure."""
    return "name" if t.digits and POWER_UNIT.match(t.m, t.end) else None


# "Mộc Châu cách Hà Nội khoảng 190 km", "cách trung tâm xã gần 25 km": how far a place lies (a map's caption, a
# commune's profile), no work done (not "làm mới 12 km đường", "bằng cách làm 3 km đường")
_DISTANCE_BEFORE = re.compile(
    rf"(?<![^\W_])(?<!bằng )(?i:cách)\s+(?:(?i:trung tâm)(?:\s+(?i:xã|huyện|tỉnh|thành phố|thị trấn|thị xã|phường))?"
    rf"|(?:(?i:xã|huyện|tỉnh|thành phố|thị trấn|thị xã|biên giới|đất liền|trụ sở)\s+)?{CAPWORD}(?:\s+{CAPWORD}){{0,3}})"
    r"\s+(?:(?i:khoảng|gần|hơn|trên|chừng|xấp xỉ)\s+)?$")
_KM_NEXT = re.compile(r"\s?km(?![^\W_])", re.IGNORECASE)


def distance_away(t: Token) -> str | None:
    """How far a place lies from another, in km: a map's or a profile's (iv11 F11)."""
    if not (_KM_NEXT.match(t.m, t.end) and "cách" in t.left_low):
        return None
    return "name" if _DISTANCE_BEFORE.search(t.left) else None


# "sản phẩm OCOP 3 sao", "đạt chuẩn OCOP 4 sao trở lên", "được công nhận đạt 4 sao", "xếp hạng 3 sao": a product's
# rating, not a count
_STARS_AFTER = re.compile(r"[ \t]?sao(?![^\W\d_])", re.IGNORECASE)
# (not "được công nhận từ 3 sao trở lên", a floor of the products counted)
_RATED_BEFORE = re.compile(
    r"(?:(ocop)(?:\s+(?:từ|đạt))?|(?:đạt|xếp hạng|hạng|công nhận|chứng nhận)(?:\s+(?:đạt|chuẩn|hạng))?)\s*$")


def ocop_stars(t: Token) -> str | None:
    """"30 hộ … đạt chuẩn OCOP 3 sao trở lên", "3 sản phẩm được công nhận đạt 4 sao": the stars of a rating name a
    class, they count nothing (after "OCOP", or one to five of them after the rating's words)."""
    if not (t.digits and _STARS_AFTER.match(t.m, t.end)):
        return None
    rated = _RATED_BEFORE.search(t.low, max(0, t.start - 16), t.start)
    return "name" if rated and (rated.group(1) == "ocop" or t.text in ("1", "2", "3", "4", "5")) else None


def street_address(t: Token) -> str | None:
    """A house number before a street and its place: "(111 Bà Huyện Thanh Quan, TP HCM)", "45 Lý Thường Kiệt, phường
    …"."""
    m, end = t.m, t.end
    if not (t.digits and m.startswith(" ", end) and m[end + 1:end + 2].isupper()):
        return None
    mt = STREET_AFTER.match(m, end)
    return "address" if mt and all(w[0].isupper() for w in mt.group(1).split()) else None


def version_number(t: Token) -> str | None:
    """"Phụ nữ 4.0", "công nghiệp 4.0": never how Vietnamese writes a count."""
    return "name" if t.digits and t.text.endswith(".0") and t.text.count(".") == 1 else None


# a phone number whose last digits a page hides: "0203.3835.xxx", "0236 3822 ***", "ĐT: 0xxx 123 456"
_MASKED_AFTER = re.compile(r"(?:[ .]\d{2,4})*[ .]?(?:[xX]{2,}|\*{2,})(?![^\W_])")
_MASKED_BEFORE = re.compile(r"(?<![^\W_])0(?:[xX]{2,}|\*{2,})(?:[ .]\d{2,4})*[ .]$")


def phone_number(t: Token) -> str | None:
    """"0912.345.678", "0203 3870 123", "0987 654 321": a leading zero and nine to eleven digits, in groups or not;
    with its last digits masked ("0203.3835.xxx") or its first ("0xxx 123 456")."""
    s = t.text
    if t.digits and t.m[t.start - 1:t.start] in (" ", "."):
        window = t.m[max(0, t.start - 24):t.start]
        if ("x" in window or "X" in window or "*" in window) and _MASKED_BEFORE.search(window):
            return "phone"
    if not (t.digits and s[0] == "0"):
        return None
    if (masked := _MASKED_AFTER.match(t.m, t.end)) and len(s) >= 3:
        t.skip_end = masked.end()
        return "phone"
    if len(s) - s.count(".") - s.count(",") >= 9:
        return "phone"
    if 3 <= len(s) <= 4 and s.isdigit() and (groups := PHONE_GROUPS.match(t.m, t.end)) and (
            9 <= len(s) + sum(c.isdigit() for c in groups.group(0)) <= 11):
        t.skip_end = groups.end()
        return "phone"  # written in groups: "0987 654 321"
    return None


# "Số tài khoản: 1234567890", "STK 0071 0012 34567", "Mã số thuế: 3600123456-001", "Mã bưu chính: 810000", "Mã hồ sơ:
# 000.00.12.H34-250101-0001", "ISSN 1859-0101": a code after its label, with the groups that go on it
_CODE_LAST_WORDS = frozenset(("khoản", "số", "stk", "thuế", "mst", "chính", "điện", "sơ", "danh", "issn", "isbn"))
_CODE_LABEL = re.compile(
    r"(?<![^\W_])(?:(?:số\s+)?tài khoản(?:\s+số)?|stk|mã số thuế|mst|mã bưu (?:chính|điện)|mã hồ sơ|mã định danh"
    r"|issn|isbn)\s*[:.]?\s*$")
_CODE_RUN = re.compile(r"(?:[ .\-/]?[^\W_]*\d[^\W_]*)*")


def account_or_code(t: Token) -> str | None:
    """A bank account, a tax or postal code, a file's or a journal's code after its label: no figure, and neither
    are the groups of digits it goes on with (not "tài khoản của 120 hội viên")."""
    if t.last_word.rstrip(":.") not in _CODE_LAST_WORDS or not _CODE_LABEL.search(t.tail):
        return None
    run = _CODE_RUN.match(t.m, t.end)
    t.skip_end = run.end() if run else t.end
    return "name"


# "Tổng đài quốc gia bảo vệ trẻ em: 111", "Đường dây nóng của Hội: 1900 1234": a phone label, its colon, the number
_PHONE_LABEL = re.compile(
    r"(?<![^\W_])(?:tổng đài|đường dây nóng|hotline|điện thoại|đt|sđt)(?![^\W_])[^\n:.;\d]{0,60}:\s*$")


def labelled_phone(t: Token) -> str | None:
    """A number after a phone label and its colon, however short ("… bảo vệ trẻ em: 111"; not "Tổng đài đã tiếp
    nhận: 1.250 cuộc gọi", a count with its noun)."""
    if not t.stripped_tail.endswith(":") or not _PHONE_LABEL.search(t.left_low):
        return None
    if t.v.counted_after.match(t.m, t.end):
        return None
    groups = PHONE_GROUPS.match(t.m, t.end)
    t.skip_end = groups.end() if groups else t.end
    return "phone"


_SO = ("số", "ſố")


def name_word_before(t: Token) -> str | None:
    """"Đề án 939", "năm 2023", "lần thứ 2", "Nghị quyết 09": the word before makes a name, a date or an ordinal (not
    "tổng số 120", "(kế hoạch 10 tổ hợp tác)", "(chỉ tiêu Nghị quyết 150 hộ)", "vượt kế hoạch 15%")."""
    tail, m, end = t.tail, t.m, t.end
    if not (_ends_with_a_name_word(t) or (t.stripped_tail.endswith("-") and t.v.name_before.search(tail))):
        return None
    # "tổng số 120" ends with "số" ("ſ" matches "s" in a case-blind pattern): checked before the slow pattern
    if (t.stripped_tail[-2:].lower() in _SO and NOT_SO.search(tail)) or (
        PLAN_IN_PARENS.search(tail) and not CODE_AFTER.match(m, end)
    ) or (
        TARGET_OF_PLAN.search(tail) and t.v.count_nouns.match(m, end) and not _A_YEAR.fullmatch(t.text)
    ) or PERCENT.match(m, end):
        return None
    if t.last_word == "dẫn" and t.stripped_tail.endswith("hướng dẫn") and (
            _counts_after(t) or _UNION_UNITS_NEXT.match(t.low, t.end)):
        return None  # "Hội đã hướng dẫn 11/11 chi hội …", "hướng dẫn 9 chi hội": the verb, not a document
    if t.last_word == "biểu" and t.stripped_tail.endswith("tiêu biểu") and _counts_after(t):
        return None  # "nữ doanh nhân tiêu biểu 7 đại biểu": the adjective, not "Biểu 7" (a table)
    if t.last_word in _PLAN_WORDS and _plan_amount(t):
        return None  # "kế hoạch 40 hộ, thực hiện 38 hộ", "Nghị quyết 150, thực hiện 187": the plan's amount, not
        # "Kế hoạch 15/KH-…", "Nghị quyết 09-NQ/TW", "Nghị quyết 150 của Tỉnh ủy" (a document)
    if "mỗi" in t.tail and t.last_word not in DATE_WORDS and _EACH_BEFORE.search(t.tail) and MONEY_OR_RATE_AFTER.match(
            t.m, t.end):
        return None  # "trị giá mỗi mô hình 10 triệu đồng", "(mỗi phần 300.000 đồng)": money for each one, no name
    if "mỗi" in t.tail and t.last_word not in DATE_WORDS and _EACH_PLACE_BEFORE.search(t.tail) and (
            t.v.count_nouns.match(t.m, t.end)):
        return None  # "(mỗi xã, phường 01 công trình)", "bình quân mỗi phường 03 hộ": a target for each unit (iv14 P11)
    if t.last_word in DATE_WORDS and _MONEY_NEXT.match(t.low, t.end) and not _A_YEAR.fullmatch(t.text):
        return None  # "Tổng kinh phí trong năm 4,2 tỷ đồng", "trong quý 85 triệu đồng": the period's money, no date
    if t.last_word in _PERIOD_WORDS and _no_such_period(t):
        return None  # "chỉ tiêu quý 75 hội viên", "lũy kế từ đầu năm 171 hội viên", "9 tháng 15 HTX": a count
    if t.last_word in _SPAN_WORDS and _counted_over_a_span(t):
        return None  # "(cả nhiệm kỳ 250 căn)", "(giai đoạn 300 hội viên)": the term's amount, not "nhiệm kỳ 2020"
    if t.last_word == "kỳ" and _same_period_before(t):
        return None  # "cao hơn cùng kỳ 5 cuộc", "tăng so với cùng kỳ 1,2 tỷ đồng": a difference, not "Kỳ 5" (iv18 P14)
    if t.last_word == "vòng" and MONEY_OR_RATE_AFTER.match(t.m, t.end):
        return None  # "xoay vòng 2 tỷ 180 triệu đồng": money turned over, not "vòng 2" (a round)
    return "date" if t.last_word in DATE_WORDS else "name"


# "hướng dẫn 99 Hội LHPN xã", "hướng dẫn 120 Hội Phụ nữ cơ sở": the union's own units the verb directs
_UNION_UNITS_NEXT = re.compile(r" ?(?:hội lhpn|hội liên hiệp phụ nữ|hội phụ nữ)(?![^\W_])")
_PERIOD_WORDS = ("quý", "tháng", "năm")
# a quarter above 4, a month above 12; a year of one to three digits ("năm 171 hội viên"; not "mỗi năm 2 đợt", the
# number of times a year); a month after a span of months ("lũy kế 6 tháng 8 tổ hợp tác"; not "ngày 6 tháng 8")
_HIGHEST = {"quý": 4, "tháng": 12}
_SPAN_WORDS = ("kỳ", "đoạn")  # "nhiệm kỳ", "giai đoạn"
_EVERY_YEAR = re.compile(r"(?:mỗi|hằng|hàng|từng)\s+năm\s*$")
_SPAN_OF_MONTHS = re.compile(r"(?<![^\W_])(?<!ngày )(?<!sáng )(?<!chiều )(?<!tối )\d{1,2}\s+tháng\s*$")


def _counted_over_a_span(t: Token) -> bool:
    """A number after a term's or a phase's word that counts the noun after it and is no year: "(cả nhiệm kỳ 250
    căn)", "giai đoạn 1.200 hội viên" (not "nhiệm kỳ 2020 - 2025", "Kỳ 2", "giai đoạn 2 của đề án")."""
    if t.after in "/-–" or not t.v.count_nouns.match(t.m, t.end):
        return False
    return not _A_YEAR.fullmatch(t.text) and (bool(_THOUSANDS.fullmatch(t.text)) or (
        t.text.isdigit() and len(t.text) >= 2 and not t.text.startswith("0")))


def _same_period_before(t: Token) -> bool:
    """A number after "cùng kỳ" (the same period last year) that counts a noun or money and is no year: the
    difference from that period ("giảm so với cùng kỳ 3 vụ"; not "so với cùng kỳ 2024")."""
    return t.stripped_tail.endswith("cùng kỳ") and t.after not in "/-–" and not _A_YEAR.fullmatch(t.text) and bool(
        t.v.count_nouns.match(t.m, t.end) or MONEY_OR_RATE_AFTER.match(t.m, t.end))


def _no_such_period(t: Token) -> bool:
    """A number after "quý", "tháng", "năm" that cannot be that period's ordinal and counts the noun after it: "chỉ
    tiêu quý 75 hội viên", "từ đầu năm 171 hội viên", "9 tháng 15 HTX" (not "quý 3", "tháng 8 hội viên …",
    "năm 2025", "năm 171 trước Công nguyên")."""
    if t.after == "/" or not t.v.count_nouns.match(t.m, t.end):
        return False
    if _THOUSANDS.fullmatch(t.text):
        return True  # "lũy kế cả năm 1.240 hội viên": no period is numbered in thousands
    if not t.text.isdigit():
        return False
    if t.last_word == "năm":
        return len(t.text) <= 3 and not t.text.startswith("0") and not _EVERY_YEAR.search(t.left_low)
    return int(t.text) > _HIGHEST[t.last_word] or (
        t.last_word == "tháng" and bool(_SPAN_OF_MONTHS.search(t.left_low)))


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


_A_YEAR = re.compile(r"(?:19|20)\d\d")  # "chỉ tiêu năm 2025" closing a headline: the year, not a target's amount
_MONEY_NEXT = re.compile(r"\s?(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)\s*(?:đồng|vnđ|đ)|tỷ(?!\s*lệ))(?![^\W_])")
# the last words of a plan's names: "kế hoạch", "KH", "Nghị quyết", "NQ"
_PLAN_WORDS = ("hoạch", "kh", "quyết", "nq")


def _plan_amount(t: Token) -> bool:
    """A plan's amount after its word, a counted noun or a result after it: "Kế hoạch 40 hộ", "Nghị quyết 150,
    thực hiện 187", "NQ 20 mô hình, đạt 24 mô hình" (not "Nghị quyết 09-NQ/TW", "Kế hoạch 15/KH-…", "Nghị quyết 150
    của Tỉnh ủy", "Nghị quyết 09, thực hiện tốt …")."""
    if t.last_word in ("hoạch", "kh"):
        return t.after != "/" and bool(t.v.counted_after.match(t.m, t.end) or _DONE_NEXT.match(t.low, t.end) or (
            "so với" in t.tail and _COMPARED_PLAN.search(t.tail) and _A_NOUN_NEXT.match(t.m, t.end)))
    # a resolution's number is a name far more often: a counted noun, or a result's number right after it
    return t.after not in "/-–" and bool(t.v.counted_after.match(t.m, t.end) or _RESULT_NEXT.match(t.low, t.end))


# "vượt 2% so với kế hoạch 1.000 túi", "đạt 95% so với kế hoạch 2.000 thẻ BHYT": a plan compared with is an amount
# when a noun follows it, whatever the noun (iv25 P9; not "so với Kế hoạch 1000 của UBND tỉnh", a document)
_COMPARED_PLAN = re.compile(r"so với\s+(?:kế hoạch|kh)\s*$")
_A_NOUN_NEXT = re.compile(r" (?!(?:của|về|số|ngày|năm|theo|do|đã|được|và|đề|ban)(?![^\W_]))(?=[^\W\d_])(?-i:[a-zà-ỹđ])")
_DONE_NEXT = re.compile(r"\s*[,;]\s*(?:thực hiện|kết quả|đạt được)\b")
_RESULT_NEXT = re.compile(r"\s*[,;]\s*(?:thực hiện|kết quả|đạt được|đạt)\s*(?:được\s*)?:?\s*\d")
_EACH_BEFORE = re.compile(r"(?:^|[\s(,;:])mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$")
# "mỗi xã, phường", "mỗi xã, thị trấn", "mỗi tổ dân phố": the places a target is set for, one by one
_EACH_PLACE_BEFORE = re.compile(
    r"(?:^|[\s(,;:])mỗi\s+(?:xã|phường|thị trấn|đặc khu|thôn|ấp|bản|tổ dân phố|khu phố|chi hội|cơ sở hội|cơ sở)"
    r"(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu|thôn|ấp|bản|tổ dân phố|khu phố))*\s*$")


def _counts_after(t: Token) -> bool:
    """A counted noun right after the number, or after its "/N" ("11/11 chi hội")."""
    end = t.end
    if t.after == "/" and (sl := SLASH.match(t.m, end)) and not sl.group(2):
        end = sl.end()
    return bool(t.v.count_nouns.match(t.m, end))


def _ends_with_a_name_word(t: Token) -> bool:
    """``name_before`` by string ends: a phrase of the list ends the words before the number, after a space, an
    opening bracket or quote, a comma, a colon or a dash, or at the start of the window."""
    found = t.v.names_by_last_word.get(t.last_word)
    if not found:
        return False
    st = t.stripped_tail
    for phrase in found:
        if st.endswith(phrase):
            k = len(st) - len(phrase)
            if k == 0 or st[k - 1].isspace() or st[k - 1] in NAME_BOUNDARY:
                return True
    return False


def covid_dash(t: Token) -> str | None:
    """"Covid - 19", "Covid – 19", "SARS-CoV- 2" written with spaces and any dash."""
    return "name" if t.digits and t.left.rstrip().endswith(("-", "–", "—")) and COVID.search(
        t.left[-12:]) else None


def hamlet_name(t: Token) -> str | None:
    """A hamlet or quarter numbered after its name: "khu phố Đông Hải 2 làm điểm", "thôn Phú Xuân 1" (not "huyện Đồng
    Phú 120", a district's own figure, nor "thôn Phú Xuân 12 hộ")."""
    left = t.left
    if not (t.digits and len(t.text) <= 2 and left.endswith(" ")):
        return None
    k = left.rfind(" ", 0, len(left) - 1)
    if not left[k + 1:k + 2].isupper() or not HAMLET_BEFORE.search(left[-60:]):
        return None
    return None if t.v.counted_after.match(t.m, t.end) else "name"


def numbered_place(t: Token) -> str | None:
    """A commune or ward of 2025 numbered after its name: "Hội LHPN xã Bảo Lâm 2 tổ chức …", "Đại hội … xã Sơn Kim 2
    lần thứ I", "phường Móng Cái 1" (the reform kept the numbers of merged communes; only a name of the gazetteer,
    never "xã Tân Lập 25 hộ", a commune's own figure)."""
    left = t.left
    if not (t.digits and len(t.text) <= 2 and left.endswith(" ")):
        return None
    k = left.rfind(" ", 0, len(left) - 1)
    if not left[k + 1:k + 2].isupper() or not (mt := NUMBERED_PLACE_BEFORE.search(left[-60:])):
        return None
    words = mt.group(1).lower().split()
    names = numbered_places()
    return "name" if any(" ".join([*words[i:], t.text]) in names for i in range(len(words))) else None


_BRANCH_LAST = frozenset(("hội", "đoàn", "nữ"))
_BRANCH_BEFORE = re.compile(r"(?<![^\W\d_])(?:chi hội|tổ hội|chi đoàn|tổ phụ nữ)(?:\s+phụ nữ)?\s+$")


def branch_name(t: Token) -> str | None:
    """A branch named by its number: "Chi hội 7 kết nạp 6 hội viên", "Tổ hội 2 hỗ trợ 3 hộ" (not a per-unit figure
    with its noun: "mỗi chi hội 1 mô hình")."""
    if not (t.last_word in _BRANCH_LAST and t.digits and len(t.text) <= 3):
        return None
    if not (before := _BRANCH_BEFORE.search(t.tail)) or t.tail[:before.start()].rstrip().endswith("mỗi") or (
            RANGE.match(t.m, t.end)):
        return None  # "mỗi chi hội 2 - 3 hộ": a per-unit figure
    return None if t.v.counted_after.match(t.m, t.end) and not _VERB_NEXT.match(t.low, t.end) else "name"


_VERB_NEXT = re.compile(r"\s+tổ chức\b")  # "Chi hội 12 tổ chức 4 buổi": the verb, not "12 tổ"


def school_name(t: Token) -> str | None:
    """"Trường Tiểu học Vĩnh Phương 1", "Trường THCS Nguyễn Du 2": a school named by a number."""
    return "name" if "trường" in t.left_low and SCHOOL_KIND.search(t.left_low) and SCHOOL_BEFORE.search(
        t.left[-60:]) else None


def quoted_name(t: Token) -> str | None:
    """Inside the quoted name of a model, campaign or contest: "mô hình “Tiết kiệm 1.000 đồng/ngày”", or a quoted
    name that opens on its kind: "thành lập “CLB tiết kiệm 5-10 triệu đồng\"", "“Tổ tiết kiệm 50 nghìn đồng”"
    (a straight quote counts as opening when it is the odd one of its line)."""
    if "“" not in t.left and '"' not in t.left:
        return None
    q = _open_quote(t.left)
    if q == -1:
        return None
    return "name" if NAMED_THING.search(t.left_low[max(0, q - 30):q]) or QUOTED_NAME_HEAD.match(
        t.left_low, q + 1) else None


def _open_quote(left: str) -> int:
    """Where the quote still open at the end of ``left`` starts, or -1: the last quote mark of the line decides —
    “ opens, ” closes, a straight " opens before a word or the number (after a space or a bracket) and closes after
    one (a name may open on “ and close on ")."""
    i = max(left.rfind("“"), left.rfind("”"), left.rfind('"'))
    if i == -1 or left.rfind("\n", i) != -1:
        return -1
    c = left[i]
    if c == "“":
        return i
    if c == '"' and (i == 0 or left[i - 1] in " \t(") and (i + 1 == len(left) or left[i + 1].isalnum()):
        return i
    return -1


def letter_code(t: Token) -> str | None:
    """"Trung tâm Hội nghị 25B", "khu 12C", "lớp 10A": a number glued to one capital letter names a place or a class
    ("50K" is money talk and "1.25X" a player's speed, read elsewhere)."""
    c = t.m[t.end:t.end + 1]
    return "name" if t.digits and c in LETTER_CODES and not t.m[t.end + 1:t.end + 2].isalpha() else None


def slash_code(t: Token) -> str | None:
    """"01/QĐ-TTg", "12/KH", "5/ĐA-BTV": a document's number."""
    if t.slash and (CODE_AFTER.match(t.m, t.end + t.slash.end()) or t.m[t.end + 1:t.end + 2].isalpha()):
        t.skip_end = t.end + t.slash.end()
        return "name"
    return None


def larger_over_smaller(t: Token) -> str | None:
    """"120/45" with no noun after it: a code or a reference, not a share (a ratio never exceeds its whole)."""
    if not t.slash:
        return None
    b, after_b = parse_number(t.slash.group(1)), t.end + t.slash.end()
    follows_noun = bool(NOUN_NEXT.match(t.m, after_b, after_b + 12)) and not NOT_A_NOUN_NEXT.match(
        t.low, after_b, after_b + 10)
    if t.value > b and not follows_noun and not _states_its_quotient(t, after_b, b):
        t.skip_end = after_b
        return "name"
    return None


# "…, đạt 113,3%", "(đạt 106%)", or the bare quotient in brackets: "3.005/2.220 (135,4%)"
# … or in the next cell of a plan/result row: "| 300/336 | 112% |", "| 50/46 | 92% |" (the result over the plan)
_RATE_AFTER = re.compile(r"\s*(?:[,;(]?\s*(?:đạt|bằng)\s+(?:tỷ lệ\s+)?|\(\s*|(?P<cell>[|\t])\s*)(\d+(?:,\d+)?)\s*%")
_TARGET_NAMED_AFTER = re.compile(r"\s*\(\s*(?:chỉ tiêu|kế hoạch|kh)\s*\)")


def _states_its_quotient(t: Token, after_b: int, b: float) -> bool:
    """"kết nạp hội viên mới: 3.400/3.000, đạt 113,3%", "3.005/2.220 (135,4%)", "560/500 (chỉ tiêu)": a result over
    its target, the rate after it their quotient, or the target named; in a table's row the plan over its result too
    ("| 50/46 | 92% |")."""
    if _TARGET_NAMED_AFTER.match(t.low, after_b) is not None:
        return True
    rate = _RATE_AFTER.match(t.low, after_b)
    if rate is None or b <= 0:
        return False
    said = parse_number(rate.group(2))
    return abs(t.value / b * 100 - said) <= 1 or (rate.group("cell") is not None and abs(b / t.value * 100 - said) <= 1)


def dash_code(t: Token) -> str | None:
    """"Chỉ thị 23-CT/TW", "01/ĐA-BTV": a document's code after a dash or slash."""
    m, end = t.m, t.end
    if t.slash or not t.digits or not CODE_AFTER.match(m, end) or re.match(r"\s?-\s?\d", m[end:end + 4]):
        return None
    return "name" if re.match(r"[-/][A-ZĐ]", m[end:end + 2]) else None


def proper_name_before(t: Token) -> str | None:
    """A proper name ending with a number: "Đoàn kinh tế Quốc phòng 778," (not a place with its own figure:
    "huyện Đồng Phú 120, huyện Lộc Ninh 95", "Bình Phước 1.129; Bắc Kạn 300")."""
    m, end = t.m, t.end
    if not (t.digits and t.denominator is None and (end == len(m) or m[end] in ",;.)”\"\n")):
        return None
    pm = PROPER_BEFORE.search(t.left[-40:])
    if not (pm and pm.group(1) and pm.group(1)[-1] not in ":."):
        return None
    if t.left.rstrip().endswith(" TH") and "KH" in t.left[-40:]:
        return None  # "KH 300 - TH 320": the plan (kế hoạch) and what was done (thực hiện), no name
    if t.value >= 100 and _plans_owner_before(t):
        return None
    return None if place_before(t.left[-40:]) else "name"


# "(chỉ tiêu Cụm 24.000)", "(kế hoạch của Tỉnh 3.000)", "mục tiêu Trung ương giao 1.200": the body a target is set by
# or for, capitalised, then the target (a cluster's own number, "Cụm 3", has one or two digits)
_PLANS_OWNER = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:của|do|cho))?\s+(?:cụm(?:\s+thi đua)?"
                          r"|tỉnh(?:\s+hội)?|thành hội|thành phố|huyện|hội|trung ương|tw)(?:\s+(?:giao|đề ra|đặt ra))?"
                          r"\s*:?\s*$")


def _plans_owner_before(t: Token) -> bool:
    """"(chỉ tiêu Cụm 24.000)": the number after a plan's owner is the plan's (iv24 P7), not a name ending with it."""
    tail = t.left_low[-40:]
    return ("chỉ tiêu" in tail or "kế hoạch" in tail or "mục tiêu" in tail) and bool(_PLANS_OWNER.search(tail))


# "Đợt thi đua đặc biệt 130 công trình, phần việc …", "phong trào thi đua 50 công trình chào mừng Đại hội": a campaign
# named after its number, quoted or not (rc7 B3, rc8 B2)
_CAMPAIGN_BEFORE = re.compile(r"(?:đợt|phong trào|chương trình)\s+thi đua(?:\s+(?:đặc biệt|cao điểm))?\s*$")


def campaign_number(t: Token) -> str | None:
    """"hưởng ứng Đợt thi đua đặc biệt 130 công trình, phần việc": the number names the campaign."""
    return "name" if t.digits and "thi đua" in t.tail and _CAMPAIGN_BEFORE.search(t.tail) else None

