"""Skip rules: the numbers of a report that are not its figures, each passed over by a small named rule.

A number is a date ("ngày 23/9", "2025-10-06"), a year or a period ("nhiệm kỳ 2020-2025", "6 tháng"), a name
("Đề án 939", "Trường THCS Nguyễn Du 2", "Chỉ thị 23-CT/TW"), a list marker ("1. Kết nạp …"), the text's own
items ("8 chỉ tiêu", "10 định hướng", "02 cuộc vận động"), a rank ("1 trong 3 địa phương"), a threshold inside an
indicator's definition ("100% cơ sở hội tổ chức ít nhất 2 hoạt động"), or page furniture ("72,790,124 lượt truy
cập", "Hôm nay2,057"). :data:`RULES` runs in order on each :class:`Token`; the first rule that answers names the
skip (``Skipped.reason`` is the rule's name), and its answer says what kind of thing the number is, so that a list
of names or dates goes on ("Đề án 938, 939"). A few steps marked "attach" read what the later rules need.

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .quantities import parse_hedge, parse_number, parse_number_words
from .skip_patterns import (
    Token, DAY_PAIR, HAMLET_BEFORE, PHONE_GROUPS,
    AGE_BEFORE, ASCII_END, CLAUSE_BREAK, CLOCK, CODE_AFTER, COMMA_GROUPS, COVID, DASH_TITLE, DASHED_DATE,
    DATE_CUE, DATE_WORDS, DAY_MONTH_OPENING, DOTTED_DATE, ENGLISH_MONTH_BEFORE, ENGLISH_ORDINAL, FILE_NAME,
    INCOME_FLOOR, INLINE_ITEM, INLINE_ITEM_BEFORE, ISO_DATE_BEFORE, ITEMS_MET, LETTER_CODES, LIST_HEAD, LIST_MARKER,
    MET_AFTER, MET_BEFORE, MONEY_OR_RATE_AFTER, NAME_BOUNDARY, NAMED_THING, NOT_A_NOUN_NEXT, NOT_AFTER, NOT_SO,
    NOUN_NEXT, NUM, ONE_BREAK, ONE_THRESHOLD_BEFORE, PAREN_LIST_MARKER, PERCENT, PLACE_NAMES, PLAN_IN_PARENS,
    PLAYER_SPEED, POWER_UNIT, PROGRAMMES, PROPER_BEFORE, QUOTED_NAME_HEAD, RANGE, RANK_AFTER, RANK_BEFORE, RANK_FIRST,
    RANK_OF, RATE_DEFINED_BEFORE, RATE_HEDGE_AFTER, RATIO_AFTER, SCHOOL_BEFORE, SCHOOL_KIND, SHARE_BREAK,
    SHARE_OF_TARGET, SLASH, STREET_AFTER, TARGET_COUNT, TARGET_OF_PLAN, TEMPERATURE, YEAR_NEXT, YEAR_RANGE_BEFORE,
    counts_after_slash, place_before,
)


# ---- the rules, in the order they run ------------------------------------------------------------------------
# Each rule looks at one token and returns what the number is when it is not a figure ("date", "name", …), or
# None. The few steps marked "attach" read something every later rule needs (the value, a ratio, a hedge).

def furniture_line(t: Token) -> str | None:
    """A number on a line of page furniture: "Lượt xem: 1.234", "Hôm nay2,057", a dateline, related articles."""
    return "furniture" if t.bad_line(t.start) else None


def paren_list_marker(t: Token) -> str | None:
    """"(1) Kết nạp …", "Các chỉ tiêu: (1) …; (2) …": the number of an item in parentheses."""
    return "list marker" if t.digits and t.before == "(" and len(t.text) <= 2 and PAREN_LIST_MARKER.match(
        t.m, t.end) else None


def line_list_marker(t: Token) -> str | None:
    """"1. Kết nạp …", "2.3. Công tác …": the number of an item at the start of a line."""
    if not (t.digits and len(t.text) <= 5 and LIST_MARKER.match(t.m, t.end)):
        return None
    line_start = t.m.rfind("\n", 0, t.start) + 1
    return None if t.m[line_start:t.start].strip(" \t•*+-–") else "list marker"


def inline_list_marker(t: Token) -> str | None:
    """"đề ra 08 chỉ tiêu: 1. Hằng năm …; 2. Mỗi năm …": an item number after ':', ';' or '.' inside a line."""
    return "list marker" if t.digits and len(t.text) <= 2 and INLINE_ITEM.match(t.m, t.end) and (
        INLINE_ITEM_BEFORE.search(t.m, max(0, t.start - 3), t.start)) else None


def iso_date(t: Token) -> str | None:
    """"2025-10-06 Phụ nữ xã …", "2024-03 Hộ nghèo …": no part of an ISO date is a count."""
    return "date" if t.digits and t.before == "-" and len(t.text) <= 2 and ISO_DATE_BEFORE.search(
        t.m, max(0, t.start - 8), t.start) else None


def english_date(t: Token) -> str | None:
    """An English page clock: "Sat. May 21st, 2022", "January 12, 2024" (its year goes with it)."""
    if not t.digits or len(t.text) > 2:
        return None
    suffix = ENGLISH_ORDINAL.match(t.m, t.end) if t.after in "snrt" else None
    year = YEAR_NEXT.match(t.m, t.end) if suffix or t.after in ", " else None
    if suffix or (year and t.start >= 2 and t.m[t.start - 2] in ASCII_END and ENGLISH_MONTH_BEFORE.search(
        t.m, max(0, t.start - 11), t.start)):
        t.skip_end = year.end() if year else suffix.end() if suffix else t.end
        return "date"
    return None


def glued_to_a_word(t: Token) -> str | None:
    """"Covid-19", "SARS-CoV-2", "Web.2", a page clock's "GMT+7"."""
    return "name" if t.digits and t.before in "-.+" and t.start >= 2 and t.m[t.start - 2].isalpha() else None


def after_a_symbol(t: Token) -> str | None:
    """"@2", "#3", "…/12", "12:30", the part after a point between digits: codes and handles ("90%/80%" is two
    shares)."""
    if not t.digits:
        return None
    b = t.before
    if b == "/" and counts_after_slash(t):
        return None
    return "name" if (b in "@/\\:#" and not t.m.startswith("%/", t.start - 2)) or (
        b == "." and t.start >= 2 and t.m[t.start - 2].isdigit()) else None


def footnote(t: Token) -> str | None:
    """"… nhiệm kỳ 2017 - 2022 [1]", "8.717 lượt chính sách[2]"."""
    return "footnote" if t.digits and t.before == "[" and t.m.startswith("]", t.end) else None


def clock_time(t: Token) -> str | None:
    """"7:30", "14h30", "8g15"."""
    return "time" if t.digits and CLOCK.match(t.m, t.start) else None


def temperature(t: Token) -> str | None:
    """"30°C", "35 °C", "28 độ C"."""
    return "temperature" if t.digits and TEMPERATURE.match(t.m, t.end) else None


def player_speed(t: Token) -> str | None:
    """A video player's "1.25X", "2X"."""
    c = t.m[t.end:t.end + 1]
    return "furniture" if t.digits and c and c in "xX" and PLAYER_SPEED.match(t.m, t.end) else None


def file_name(t: Token) -> str | None:
    """"dsc-2025.jpg", "bao-cao-2024.pdf"."""
    c = t.m[t.end:t.end + 1]
    return "name" if t.digits and c and (c in ".-_" or c.isalnum()) and FILE_NAME.match(t.m, t.end) else None


def power_line(t: Token) -> str | None:
    """"đường dây 500 kV", "110 kW": a power line or a machine, not a figure."""
    return "name" if t.digits and POWER_UNIT.match(t.m, t.end) else None


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


def day_pair(t: Token) -> str | None:
    """"Sau hai ngày (15 và 16-12) làm việc", "(20, 21 và 22-10)", "(từ 20 đến 21-8)": the days of a meeting and
    their month."""
    if not (t.digits and t.text.isdigit() and int(t.text) <= 31 and (
            "và" in t.m[t.end:t.end + 16] or "đến" in t.m[t.end:t.end + 6])):
        return None
    if (pair := DAY_PAIR.match(t.m, t.end)) and int(pair.group(1)) <= 31:
        t.skip_end = pair.end()
        return "date"
    return None


def dotted_or_dashed_date(t: Token) -> str | None:
    """"30.10.2023", "23-9-2024"."""
    if t.digits and t.after == "-" and (t.start == 0 or t.m[t.start - 1] == "\n") and t.text.isdigit() and (
            1 <= int(t.text) <= 31 and (dm := DAY_MONTH_OPENING.match(t.m, t.end))):
        t.skip_end = dm.end() - 1  # "20-10, Hội LHPN huyện …" opening a line
        return "date"
    return "date" if t.digits and (("." in t.text and DOTTED_DATE.fullmatch(t.text)) or (
        t.after == "-" and DASHED_DATE.match(t.m, t.end))) else None


def phone_number(t: Token) -> str | None:
    """"0912.345.678", "0203 3870 123", "0987 654 321": a leading zero and nine to eleven digits, in groups or not."""
    s = t.text
    if not (t.digits and s[0] == "0"):
        return None
    if len(s) - s.count(".") - s.count(",") >= 9:
        return "phone"
    if 3 <= len(s) <= 4 and s.isdigit() and (groups := PHONE_GROUPS.match(t.m, t.end)) and (
            9 <= len(s) + sum(c.isdigit() for c in groups.group(0)) <= 11):
        t.skip_end = groups.end()
        return "phone"  # written in groups: "0987 654 321"
    return None


def comma_grouped_counter(t: Token) -> str | None:
    """"72,790,124 lượt truy cập": digits grouped by commas in threes are a web counter, never a Vietnamese figure."""
    return "furniture" if t.digits and t.text.count(",") >= 2 and COMMA_GROUPS.fullmatch(t.text) else None


def read_value(t: Token) -> str | None:
    """(attach) The number's value and the words before it; "unparsable" when it is no number after all."""
    try:
        t.value = parse_number(t.text) if t.digits else parse_number_words(t.text)
    except ValueError:
        return "unparsable"
    t.left = t.m[max(0, t.start - 80):t.start]
    t.left_low = t.left.lower()
    t.tail = t.left_low[-36:]  # anchored-at-end patterns only need the last few words
    t.stripped_tail = t.tail.rstrip()
    t.last_word = t.stripped_tail.rsplit(None, 1)[-1].lstrip("(“\"‘,;:–-") if t.stripped_tail else ""
    return None


def name_word_before(t: Token) -> str | None:
    """"Đề án 939", "năm 2023", "lần thứ 2", "Nghị quyết 09": the word before makes a name, a date or an ordinal (not
    "tổng số 120", "(kế hoạch 10 tổ hợp tác)", "(chỉ tiêu Nghị quyết 150 hộ)", "vượt kế hoạch 15%")."""
    tail, m, end = t.tail, t.m, t.end
    if not (_ends_with_a_name_word(t) or (t.stripped_tail.endswith("-") and t.v.name_before.search(tail))):
        return None
    if NOT_SO.search(tail) or (PLAN_IN_PARENS.search(tail) and not CODE_AFTER.match(m, end)) or (
        TARGET_OF_PLAN.search(tail) and t.v.count_nouns.match(m, end)
    ) or PERCENT.match(m, end):
        return None
    if t.last_word == "dẫn" and t.stripped_tail.endswith("hướng dẫn") and _counts_after(t):
        return None  # "Hội đã hướng dẫn 11/11 chi hội …", "hướng dẫn 9 chi hội": the verb, not a document
    return "date" if t.last_word in DATE_WORDS else "name"


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


def cut_in_a_quote(t: Token) -> str | None:
    """An excerpt cut right after a quoted slogan's first digit: "đạt tiêu chí gia đình \"5" (the text ends there)."""
    return "name" if len(t.m) - t.end <= 8 and not t.m[t.end:].strip(" \t\n….") else None


def school_name(t: Token) -> str | None:
    """"Trường Tiểu học Vĩnh Phương 1", "Trường THCS Nguyễn Du 2": a school named by a number."""
    return "name" if "trường" in t.left_low and SCHOOL_KIND.search(t.left_low) and SCHOOL_BEFORE.search(
        t.left[-60:]) else None


def age_range(t: Token) -> str | None:
    """"độ tuổi từ 18 - 35", "tuổi 16 đến 30": ages after the word, both ends."""
    if not ("tuổi" in t.tail and AGE_BEFORE.search(t.tail)):
        return None
    if (rng := RANGE.match(t.m, t.end)) and (b_tok := NUM.match(t.m, rng.end())):
        t.skip_next[b_tok.start()] = ("age_range", "age")
    return "age"


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


def find_slash(t: Token) -> str | None:
    """(attach) "A/B" right after the number: a ratio, a date or a code, decided by the next rules."""
    if t.digits and t.m.startswith("/", t.end):
        t.slash = SLASH.match(t.m[t.end:t.end + 16])
        if t.slash and not _parses(t.slash.group(1)):
            t.slash = None  # "1/0,0,0": no number after the slash
    return None


def _parses(token: str) -> bool:
    try:
        parse_number(token)
    except ValueError:
        return False
    return True


def full_date(t: Token) -> str | None:
    """"31/8/2024", "23/9/2025"."""
    if t.slash and t.slash.group(2):
        t.skip_end = t.end + t.slash.end()
        return "date"
    return None


def slash_code(t: Token) -> str | None:
    """"01/QĐ-TTg", "12/KH", "5/ĐA-BTV": a document's number."""
    if t.slash and (CODE_AFTER.match(t.m, t.end + t.slash.end()) or t.m[t.end + 1:t.end + 2].isalpha()):
        t.skip_end = t.end + t.slash.end()
        return "name"
    return None


def day_and_month(t: Token) -> str | None:
    """"ngày 23/9", "từ 1/7": a pair that reads as a date is a ratio only before a counted noun ("9/9 tỉnh",
    "12/12 (đạt 100%)")."""
    if not t.slash:
        return None
    b, after_b = parse_number(t.slash.group(1)), t.end + t.slash.end()
    is_date = 1 <= t.value <= 31 and 1 <= b <= 12 and "." not in t.text and "," not in t.text
    if not is_date:
        return None
    counted = bool(t.v.count_nouns.match(t.m, after_b) or RATIO_AFTER.match(t.m[after_b:after_b + 8])
                   or (t.value <= b and ITEMS_MET.match(t.m, after_b)))  # "5/5 nhiệm vụ", "3/3 việc phát sinh"
    # "Thành lập 12/10 tổ hợp tác": a result over its target before a lower-case noun ("20/10 Phụ nữ xã …" is a date)
    over_target = t.value > b and t.m[after_b:after_b + 2].strip()[:1].islower()
    if DATE_CUE.search(t.tail) or (t.value > b and not over_target) or not counted:
        t.skip_end = after_b
        return "date"
    return None


def larger_over_smaller(t: Token) -> str | None:
    """"120/45" with no noun after it: a code or a reference, not a share (a ratio never exceeds its whole)."""
    if not t.slash:
        return None
    b, after_b = parse_number(t.slash.group(1)), t.end + t.slash.end()
    follows_noun = bool(NOUN_NEXT.match(t.m, after_b, after_b + 12)) and not NOT_A_NOUN_NEXT.match(
        t.low, after_b, after_b + 10)
    if t.value > b and not follows_noun:
        t.skip_end = after_b
        return "name"
    return None


def read_ratio(t: Token) -> str | None:
    """(attach) "111/111 cơ sở", "12/12 (đạt 100%)": the second number is the denominator."""
    if t.slash:
        t.denominator = parse_number(t.slash.group(1))
        t.end += t.slash.end()
    return None


def dash_code(t: Token) -> str | None:
    """"Chỉ thị 23-CT/TW", "01/ĐA-BTV": a document's code after a dash or slash."""
    m, end = t.m, t.end
    if t.slash or not t.digits or not CODE_AFTER.match(m, end) or re.match(r"\s?-\s?\d", m[end:end + 4]):
        return None
    return "name" if re.match(r"[-/][A-ZĐ]", m[end:end + 2]) else None


def year(t: Token) -> str | None:
    """"năm 2023", "2022-2027", "2025 –": a year, unless it counts a noun ("2025 hội viên")."""
    s, m, end = t.text, t.m, t.end
    if not (t.digits and len(s) == 4 and s.isdigit() and 1900 <= t.value <= 2100):
        return None
    if not t.v.count_nouns.match(m, end) or RANGE.match(m, end) or YEAR_RANGE_BEFORE.search(t.left[-12:]):
        return "year"
    return None


def standing_programmes(t: Token) -> str | None:
    """The Union's standing programmes, a handful at most: "02 cuộc vận động “Xây dựng gia đình 5 không 3 sạch”",
    "2 phong trào thi đua yêu nước, 2 cuộc vận động gắn với …" (not "15 cuộc vận động quyên góp")."""
    m, end = t.m, t.end
    return "structure" if t.digits and t.denominator is None and t.value <= 6 and m[end + 1:end + 2] in (
        "p", "c", "P", "C") and PROGRAMMES.match(m, end) else None


def rank_among(t: Token) -> str | None:
    """A place ranked among a few others, both numbers: "là 1 trong 3 địa phương đầu tiên", "một trong 2 xã dẫn đầu"
    (not "có 10 trong số 12 chỉ tiêu đạt", "Trong số 273 dự án", "là một trong 33 dự án đoạt giải": a field of
    more than ten is counted)."""
    low, start, end = t.low, t.start, t.end
    if not t.digits or t.denominator is not None or "trong" not in low[max(0, start - 12):end + 8]:
        return None
    if (after := RANK_OF.match(low, end)):  # the first number: "1 trong 3 …"
        ranked = RANK_BEFORE.search(low, max(0, start - 16), start) or RANK_AFTER.match(low, after.end())
        return "structure" if ranked else None
    if t.value <= 10 and (before := RANK_FIRST.search(low, max(0, start - 20), start)):  # "(một|1) trong 3 …"
        ranked = RANK_BEFORE.search(low, max(0, before.start() - 16), start) or RANK_AFTER.match(low, end)
        return "structure" if ranked else None
    return None


def period_or_structure_after(t: Token) -> str | None:
    """"3 năm", "6 tháng", "25 tuổi", "8 tiêu chí", "3 nhiệm vụ", "10 định hướng", "5 không, 3 sạch": periods,
    ages, the text's own items and slogans ("9/9 tiêu chí đều đạt" counts items met)."""
    return "period/structure" if NOT_AFTER.match(t.m, t.end) and not (
        t.denominator is not None and ITEMS_MET.match(t.m, t.end)) else None


def count_of_targets(t: Token) -> str | None:
    """How many targets a text sets: "đề ra … 9 chỉ tiêu chủ yếu", "11 nhóm chỉ tiêu", "với 46 chỉ tiêu" (but "đạt
    và vượt 8 chỉ tiêu", "3 chỉ tiêu hoàn thành trước thời hạn" report targets met)."""
    if t.denominator is not None:
        return None
    m, end = t.m, t.end
    hit = TARGET_COUNT.match(m, end)
    if not hit:
        return None
    met = MET_BEFORE.search(m, max(0, end - 130), end)
    if met and " thuộc " in m[met.start():end]:
        return "structure"  # "đạt và vượt 12/18 tiêu chí thuộc 7 chỉ tiêu của Nghị quyết": the framework's size
    return "structure" if not met and not MET_AFTER.match(m, hit.end()) else None


def list_head(t: Token) -> str | None:
    """A numbered head of a list: "Chỉ tiêu 2: Hằng năm …", "Nhiệm vụ 3. Mỗi chi hội …", "Bài 3 - Phụ nữ khởi
    nghiệp" (not "(chỉ tiêu 200)")."""
    return "list marker" if (t.m.startswith((":", "."), t.end) or (
        t.m.startswith((" -", " –"), t.end) and DASH_TITLE.match(t.m, t.end))) and LIST_HEAD.search(
        t.m, max(0, t.start - 30), t.start) else None


def place_enumeration(t: Token) -> str | None:
    """A count of places that names them next: "tại 2 xã Yên Định và Bá Thước", "3 huyện Chợ Đồn, Ba Bể và Na Rì"."""
    if not t.m.startswith(" ", t.end) or not (kind := t.v.place_kind_after.match(t.m, t.end)):
        return None
    names = PLACE_NAMES.match(t.m, kind.end())
    return "enumeration" if names and names.group(1).isupper() else None


def gom_structure(t: Token) -> str | None:
    """"Cụm gồm 9 tỉnh" describes (but "mỗi suất gồm 1 triệu đồng", "15 mô hình, gồm 5 HTX" break a result down, and
    "Ban Chấp hành gồm 155 ủy viên" counts people)."""
    m, end = t.m, t.end
    return "structure" if t.last_word == "gồm" and not MONEY_OR_RATE_AFTER.match(m, end) and not follows_a_figure(
        t, t.start) and not t.v.people_after.match(m, end) else None


def targets_set(t: Token) -> str | None:
    """"Đại hội đề ra 9 chỉ tiêu": the number of targets set."""
    return "structure" if t.stripped_tail.lower().endswith("đề ra") and t.low.startswith(
        "chỉ tiêu", t.end + 1) else None


def zero(t: Token) -> str | None:
    """"0 đồng", "Gian hàng 0 đồng": nothing counted."""
    return "zero" if t.value == 0 else None


def proper_name_before(t: Token) -> str | None:
    """A proper name ending with a number: "Đoàn kinh tế Quốc phòng 778," (not a place with its own figure:
    "huyện Đồng Phú 120, huyện Lộc Ninh 95", "Bình Phước 1.129; Bắc Kạn 300")."""
    m, end = t.m, t.end
    if not (t.digits and t.denominator is None and (end == len(m) or m[end] in ",;.)”\"\n")):
        return None
    pm = PROPER_BEFORE.search(t.left[-40:])
    if not (pm and pm.group(1) and pm.group(1)[-1] not in ":."):
        return None
    return None if place_before(t.left[-40:]) else "name"


def read_hedge(t: Token) -> str | None:
    """(attach) The hedge before the number: "hơn", "trên", "ít nhất", "khoảng", "gần", "dưới"."""
    t.qualifier, t.hedge_len = parse_hedge(t.left[-24:])
    return None


def one_threshold(t: Token) -> str | None:
    """"có ít nhất 1 phụ nữ", "tiếp cận ít nhất 1 dịch vụ": a threshold inside an indicator's definition (but
    "hằng năm giám sát ít nhất 01 chính sách" is a target)."""
    return "threshold" if t.qualifier == "at_least" and t.value == 1 and ONE_THRESHOLD_BEFORE.search(t.tail) else None


def threshold_inside_a_share(t: Token) -> str | None:
    """"100% cơ sở hội tổ chức ít nhất 2 hoạt động", "100% chi hội tập hợp được trên 60% phụ nữ": a hedged count inside
    the definition of a share — a percent with its own subject shortly before, no comma between (not "đạt 100% kế
    hoạch, kết nạp trên 300 hội viên", nor "tổ chức 05 đợt lao động có trên 1.200 hội viên")."""
    if not t.figures or t.figures[-1].unit_class not in ("percent", "ratio"):
        return None
    prev, start = t.figures[-1], t.start - t.hedge_len
    if "tỷ lệ" in t.left_low and (rate := RATE_DEFINED_BEFORE.search(t.left_low)) and (
        t.qualifier != "exact" or RATE_HEDGE_AFTER.match(t.low, t.end)) and (
        t.start - len(t.left_low) + rate.start() - prev.end < 40 and not CLAUSE_BREAK.search(t.m, prev.end, start)
    ):
        return "threshold"  # "18/18 phường, xã đạt tỷ lệ tập hợp hội viên trên 60%"
    if t.qualifier not in ("more_than", "at_least") or prev.unit_class != "percent":
        return None
    one = t.value == 1 and not MONEY_OR_RATE_AFTER.match(t.m, t.end)  # not "vận động ít nhất 1 tỷ đồng"
    gap = 160 if one else 80  # "100% cơ sở hội đăng ký xây dựng và thực hiện ít nhất 01 hoạt động"
    breaks = ONE_BREAK if one else SHARE_BREAK
    inside = start - prev.end < gap and not breaks.search(t.m, prev.end, start) and not (
        SHARE_OF_TARGET.match(t.low, prev.end))
    return "threshold" if inside else None


def income_class(t: Token) -> str | None:
    """An income floor that defines what a count counts: "287 mô hình làm kinh tế giỏi có thu nhập trên 100 triệu
    đồng/năm", "1.520 hội viên có mức thu nhập từ 100 triệu đồng/năm trở lên" (not "15 thành viên, thu nhập trên 8
    triệu đồng", nor "Thu nhập bình quân … đạt trên 60 triệu đồng")."""
    if "thu nhập" not in t.tail or not t.figures or not (floor := INCOME_FLOOR.search(t.tail)):
        return None
    prev, at = t.figures[-1], t.start - len(t.tail) + floor.start()
    return "threshold" if prev.unit_class == "count" and prev.unit and 0 <= at - prev.end < 80 and not (
        SHARE_BREAK.search(t.m, prev.end, at)) else None


def follows_a_figure(t: Token, start: int) -> bool:
    """Whether a figure of the same clause comes shortly before ``start``."""
    if not t.figures:
        return False
    prev = t.figures[-1]
    return start - prev.end < 60 and not CLAUSE_BREAK.search(t.m, prev.end, start)


_RULE_ORDER = (
    furniture_line, paren_list_marker, line_list_marker, inline_list_marker, iso_date, english_date, glued_to_a_word,
    after_a_symbol, footnote, clock_time, temperature, player_speed, file_name, power_line, street_address,
    version_number, day_pair, dotted_or_dashed_date, phone_number, comma_grouped_counter, cut_in_a_quote,
    read_value,
    name_word_before, covid_dash, hamlet_name, school_name, age_range, quoted_name, letter_code,
    find_slash, full_date, slash_code, day_and_month, larger_over_smaller, read_ratio, dash_code,
    year, standing_programmes, rank_among, period_or_structure_after, count_of_targets, list_head,
    place_enumeration, gom_structure, targets_set, zero, proper_name_before,
    read_hedge, one_threshold, threshold_inside_a_share, income_class,
)
# Rules that can only answer when the character before (or right after) the number is one of these: the loop
# checks that without calling them (most numbers stand between spaces).
_BEFORE = {paren_list_marker: "(", iso_date: "-", glued_to_a_word: "-.+", after_a_symbol: "@/\\:#.", footnote: "[",
           cut_in_a_quote: "“\""}
_AFTER = {line_list_marker: ".)", inline_list_marker: ".)", player_speed: "xX", find_slash: "/", full_date: "/",
          letter_code: LETTER_CODES, slash_code: "/", day_and_month: "/", larger_over_smaller: "/", read_ratio: "/",
          clock_time: ":hg", street_address: " ", day_pair: " ,"}
_NEXT = {temperature: "°ºđ", power_line: "kKmM"}  # the first character after the number and one optional space
RULES: tuple = _RULE_ORDER
"""The rules, in the order they run."""
_GATE_CHARS = "".join(set("".join(_BEFORE.values()) + "".join(_AFTER.values()) + "".join(_NEXT.values())))


def rules_for(t: Token) -> tuple:
    """The rules that can answer for a token, in order: those gated on the characters around the number
    (``_BEFORE``, ``_AFTER``, ``_NEXT``) only where those characters are there (most numbers stand between spaces)."""
    return _rules_for(t.before if t.before in _GATE_CHARS else "", t.after if t.after in _GATE_CHARS else "",
                      t.next if t.next in _GATE_CHARS else "")


@lru_cache(maxsize=512)
def _rules_for(before: str, after: str, nxt: str) -> tuple:
    def can_answer(rule) -> bool:
        gates = ((_BEFORE.get(rule), before), (_AFTER.get(rule), after), (_NEXT.get(rule), nxt))
        return all(gate is None or (char and char in gate) for gate, char in gates)
    return tuple(rule for rule in _RULE_ORDER if can_answer(rule))
