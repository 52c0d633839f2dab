"""Skip rules for dates, times, years and ages: "ngày 23/9", "31/8/2024", "2025-10-06", "30.10.2023", "Sat. May 21st,
2022", "(15 và 16-12)", "7:30", "30°C", "năm 2023", "độ tuổi từ 18 - 35". Rules of
:data:`wuanalysis.skip_rules.RULES`.

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

import re

from .quantities import parse_number
from .skip_patterns import (
    AGE_BEFORE, ASCII_END, CLOCK, DASHED_DATE, DATE_CUE, DAY_MONTH_OPENING, DAY_PAIR, DOTTED_DATE, ENGLISH_MONTH_BEFORE,
    ENGLISH_ORDINAL, ISO_DATE_BEFORE, ITEMS_MET, NUM, RANGE, RATIO_AFTER, TARGETS_MISSPELT, TEMPERATURE, YEAR_NEXT,
    YEAR_RANGE_BEFORE, Token,
)


def iso_date(t: Token) -> str | None:
    """"2025-10-06 Phụ nữ xã …", "2024-03 Hộ nghèo …": no part of an ISO date is a count."""
    return "date" if t.digits and t.before == "-" and len(t.text) <= 2 and ISO_DATE_BEFORE.search(
        t.m, max(0, t.start - 8), t.start) else None


def english_date(t: Token) -> str | None:
    """An English page clock: "Sat. May 21st, 2022", "January 12, 2024" (its year goes with it)."""
    if not t.digits or len(t.text) > 2:
        return None
    if (suffix := ENGLISH_ORDINAL.match(t.m, t.end) if t.after in "snrt" else None):
        t.skip_end = next_year.end() if (next_year := YEAR_NEXT.match(t.m, t.end)) else suffix.end()
        return "date"
    # (the letter before the number first: most numbers follow no ASCII month's name, and the year's pattern is slower)
    if t.after in ", " and t.start >= 2 and t.m[t.start - 2] in ASCII_END and (
            next_year := YEAR_NEXT.match(t.m, t.end)) and ENGLISH_MONTH_BEFORE.search(
                t.m, max(0, t.start - 11), t.start):
        t.skip_end = next_year.end()
        return "date"
    return None


def clock_time(t: Token) -> str | None:
    """"7:30", "14h30", "8g15"."""
    return "time" if t.digits and CLOCK.match(t.m, t.start) else None


def temperature(t: Token) -> str | None:
    """"30°C", "35 °C", "28 độ C"."""
    return "temperature" if t.digits and TEMPERATURE.match(t.m, t.end) else None


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
    if t.after == "-" and (day := _HOLIDAY.match(t.m, t.start)) and _HOLIDAY_CUE.search(t.low, max(0, t.start - 60),
                                                                                         t.start):
        t.skip_end = day.end()
        return "date"  # "Ngày Phụ nữ Việt Nam 20-10, …", "chào mừng 30-4 và 1-5, …"
    return "date" if t.digits and (("." in t.text and DOTTED_DATE.fullmatch(t.text)) or (
        t.after == "-" and DASHED_DATE.match(t.m, t.end))) else None


# the days the Union's year is marked by, written with a dash ("8-3", "20-10", "1-6", "26-3"), then the end of a clause
_HOLIDAY = re.compile(r"(?:8-3|20-10|1-6|26-3|30-4|1-5|2-9|19-5|27-7|22-12|3-2|20-11|28-6|15-5)"
                      r"(?=\s*(?:[,.;:)\n]|và\s|$|hằng năm|năm\s+(?:19|20)\d\d))")
_HOLIDAY_CUE = re.compile(r"(?<![^\W_])(?:ngày|kỷ niệm|chào mừng|nhân dịp|dịp|lễ|tết)(?![^\W_])")


def full_date(t: Token) -> str | None:
    """"31/8/2024", "23/9/2025", and a month or a quarter of a year: "Trong quý 1/2020", "đến 6/2024" (a result
    is never counted over a year's number)."""
    if t.slash and (t.slash.group(2) or (t.text.isdigit() and 1 <= t.value <= 12 and _YEAR.fullmatch(
            t.slash.group(1)) and not t.m.startswith("/", t.end + t.slash.end()))):  # "12/2024/KH-HPN": a code
        t.skip_end = t.end + t.slash.end()
        return "date"
    return None


_YEAR = re.compile(r"(?:19[89]|20[0-4])\d")


# "3/3 địa phương trước hợp nhất đều duy trì …", "2/2 đơn vị": a share of the places or units of a whole (iv13 T)
_PLACES_AFTER = re.compile(r"\s*(?:địa phương|đơn vị)(?![^\W_])")
# "gần 2/3 tổng số hội viên", "bằng 1/3 số hộ": a fraction of a whole (iv12 P17; "ngày 2/3", "từ 1/7 số …" are dates)
_SHARE_OF_A_WHOLE = re.compile(r"\s+(?:tổng\s+)?số\s+(?!\d)")


# "Tổng số chỉ tiêu đạt và vượt: 8/10.", "Số chỉ tiêu hoàn thành: 9/11", "Kết quả thực hiện chỉ tiêu: 7/8": a label
# counting targets or those met, then the pair (iv25 P12; not "Hạn chót giao chỉ tiêu: 8/10", "Hội nghị chỉ tiêu: 8/10")
_TARGETS_LABEL = re.compile(r"(?:(?<![^\W_])(?:số|thực hiện)\s+chỉ tiêu(?:\s+[^\W\d_]+){0,5}"
                            r"|chỉ tiêu(?:\s+[^\W\d_]+){0,2}?\s+(?:đạt|vượt|hoàn thành)(?:\s+[^\W\d_]+){0,4})\s*:\s*$")


def _targets_counted_before(t: Token) -> bool:
    """Whether the pair follows a label naming the targets it counts, closed by a colon."""
    return t.stripped_tail.endswith(":") and "chỉ tiêu" in t.left_low[-60:] and bool(
        _TARGETS_LABEL.search(t.left_low[-60:]))


# "đạt từ 8/9 chỉ tiêu", "hoàn thành từ 10/12 chỉ tiêu": "từ" after a verb of meeting targets is a floor, no date's
_MET_FROM = re.compile(r"(?<![^\W_])(?:đạt|hoàn thành|thực hiện|vượt)\s+từ\s*$")
_TARGETS_NEXT = re.compile(r"\s*(?:chỉ tiêu|tiêu chí|nhiệm vụ)(?![^\W_])")
_FLOOR_NEAR = re.compile(r"[^\d;.!?\n]{0,30}?trở lên")


def _tally_of_targets_from(t: Token, after_b: int, b: float) -> bool:
    """"phấn đấu đạt từ 8/9 chỉ tiêu trở lên", "hoàn thành từ 10/12 chỉ tiêu": a floor on a tally of targets after
    "từ", told by the verb before it or the "trở lên" after (iv24 P7; "Từ 1/7 chỉ tiêu được giao lại …" is a date)."""
    if not (t.stripped_tail.endswith("từ") and t.value <= b and _TARGETS_NEXT.match(t.low, after_b)):
        return False
    return bool(_MET_FROM.search(t.tail) or _FLOOR_NEAR.match(t.low, after_b))


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
                   or (t.value <= b and (ITEMS_MET.match(t.m, after_b) or TARGETS_MISSPELT.match(t.m, after_b)
                                         or _PLACES_AFTER.match(t.low, after_b)))
                   or (t.value < b and _SHARE_OF_A_WHOLE.match(t.low, after_b))
                   or (t.value <= b and _targets_counted_before(t)))
    # "5/5 nhiệm vụ", "3/3 việc phát sinh", "8/10 chỉ tiêt" (a typo)
    # "Thành lập 12/10 tổ hợp tác": a result over its target before a lower-case noun ("20/10 Phụ nữ xã …" is a date)
    over_target = t.value > b and t.m[after_b:after_b + 2].strip()[:1].islower()
    if (DATE_CUE.search(t.tail) and not _tally_of_targets_from(t, after_b, b)) or (
            t.value > b and not over_target) or not counted:
        t.skip_end = after_b
        return "date"
    return None


def year(t: Token) -> str | None:
    """"năm 2023", "2022-2027", "2025 –": a year, unless it counts a noun ("2025 hội viên")."""
    s, m, end = t.text, t.m, t.end
    if not (t.digits and len(s) == 4 and s.isdigit() and 1900 <= t.value <= 2100):
        return None
    if not t.v.count_nouns.match(m, end) or RANGE.match(m, end) or YEAR_RANGE_BEFORE.search(t.left[-12:]):
        return "year"
    return None


def age_range(t: Token) -> str | None:
    """"độ tuổi từ 18 - 35", "tuổi 16 đến 30": ages after the word, both ends."""
    if not ("tuổi" in t.tail and AGE_BEFORE.search(t.tail)):
        return None
    if (rng := RANGE.match(t.m, t.end)) and (b_tok := NUM.match(t.m, rng.end())):
        t.skip_next[b_tok.start()] = ("age_range", "age")
    return "age"
