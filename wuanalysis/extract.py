"""Sentences → figure records with spans.

One pass over the digit tokens (and numbers written in words) of a normalised text. Each token is either
read as a figure (value, qualifier, …; the unit after it by :func:`wuanalysis.units.read_unit`) or passed over by
one of the named rules of :mod:`wuanalysis.skip_rules` (dates, years, periods, ages, names with numbers, slogans,
structural counts, phone numbers, page furniture), whose name is the skip's reason. A second pass over each
sentence decides stated achievement rates ("đạt 195% so với chỉ tiêu", :mod:`wuanalysis.rates`) and targets ("giao
chỉ tiêu … ít nhất 2.500 hộ", :mod:`wuanalysis.target_statements`), and the reader applies what it decided.

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match, and every offset is
valid in the normalised text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .headline import recase_capitals
from .quantities import parse_money_number, parse_number, per_unit_floor
from .skip_listings import furniture_lines
from .skip_patterns import NUM, RANGE, Skipped, Token, continues_a_name, load_vocabulary
from .skip_rules import absent_rules, rules_for
from .table_cells import mark_percent_cells
from .target_statements import decide_rates_and_targets
from .text import SentenceIndex, join_wrapped_lines, match_form, split_sentences
from .toneless import toned_key_words
from .units import PERCENT, W, period_after, read_unit, unit_words

_DIGIT_WORD = r"(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Bb]ẩy|[Tt]ám|[Cc]hín|[Mm]ười)"
_BILLION = r"(?:tỷ|tỉ)(?!\s+lệ)"  # "mỗi năm tỷ lệ …": the share's word "tỷ lệ", not "năm tỷ" (5e9)
_WORD_PART = (r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|chục|trăm|linh|lẻ|không"
              rf"|nghìn|ngàn|triệu|{_BILLION})")
_WORD_NUM = re.compile(
    rf"(?<!{W}){_DIGIT_WORD}(?:\s+{_WORD_PART})*\s+(?:mươi|trăm|nghìn|ngàn|triệu|{_BILLION})(?:\s+{_WORD_PART})*"
    rf"(?!{W})"
)

_SCALE_WORD = re.compile(r"\s(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ)")  # (what _scale_words finds)
_SCALE_WORDS = ("mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ")
_YEARS_AFTER_SCALE = re.compile(r"\s(?:mươi|chục|trăm|nghìn|ngàn|triệu|tỷ|tỉ)(\s+năm)$", re.IGNORECASE)
_NUMBER_WORDS = frozenset(
    "một hai ba bốn năm sáu bảy bẩy tám chín mười mươi mốt lăm nhăm tư linh lẻ không trăm nghìn ngàn triệu".split()
)

_TARGET_AFTER_SLASH = re.compile(rf"\s*(?:{W}+\s+){{0,2}}?(?:chỉ tiêu|kế hoạch|kh)(?![^\W_])", re.IGNORECASE)
# "118.000 hội viên/166.000 phụ nữ": members out of the women they could gather, one ratio
_PEOPLE_OF = {"hội viên": "phụ nữ", "chị": "phụ nữ", "cán bộ": "cán bộ hội"}
_MONEY_AFTER_SLASH = re.compile(rf"\s?(?:nghìn|ngàn|triệu|tỷ|tỉ|đồng)(?!{W})", re.IGNORECASE)
_RESTATED = re.compile(r"\s*\(\s*(?:bằng chữ\s*:?\s*)?", re.IGNORECASE)
# "… nhiệm vụ trở lên" hedges the figure; "đoạt từ giải ba trở lên" hedges its own "từ" phrase
_AT_LEAST_AFTER = re.compile(r"(?:(?!\btừ\b)[^\d;.!?]){0,60}?\btrở lên\b", re.IGNORECASE)
# money's "trở lên" follows its unit ("từ 50 triệu đồng trở lên", "100 triệu đồng/năm trở lên"); one further on
# hedges something else ("5 triệu đồng cho hội viên 60 tuổi trở lên"); a ratio's follows its noun too
_MONEY_AT_LEAST_AFTER = re.compile(r"\s*trở lên\b", re.IGNORECASE)
_RATED = re.compile(r"(?<![^\W\d_])(?:xếp loại|xếp hạng|đạt loại)(?![^\W\d_])", re.IGNORECASE)
_GRADE_BOUNDED = re.compile(r"\s*%\s*[^\W\d_]")  # "100% cơ sở Hội xếp loại khá trở lên": words before "trở lên"
# a ratio's units, then words before "trở lên": "27/29 chi hội đạt tiêu chí hoạt động khá trở lên"
_GRADE_BOUNDED_RATIO = re.compile(r"[^\W\d_]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)+\s+trở lên", re.IGNORECASE)


def _at_least_after(m: str, fig: Figure) -> bool:
    """"… trở lên" after the figure ("90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên"; money's right after its unit:
    "từ 5,2 tỷ đồng trở lên"); a whole is no floor: "100% cơ sở Hội xếp loại khá trở lên" bounds the grade."""
    if fig.unit_class == "vnd":
        return _MONEY_AT_LEAST_AFTER.match(m, fig.end) is not None
    if "trở lên" not in m[fig.num_end:fig.num_end + 67].lower():
        return False  # the pattern's reach (60 characters, then the 7 of "trở lên"): most figures have none
    hedge = _AT_LEAST_AFTER.match(m, fig.num_end)
    if hedge is None:
        return False
    if _RATED.search(hedge.group()):
        return False  # "75% cơ sở Hội xếp loại hoàn thành tốt nhiệm vụ trở lên": the floor of the rating, not the share
    if fig.unit_class == "ratio" and _floor_after_the_ratios_noun(m, fig):
        return True  # "đạt 8/10 chỉ tiêu trở lên": the floor bounds the tally itself (iv24 P12)
    if fig.unit_class == "ratio" and _GRADE_BOUNDED_RATIO.match(hedge.group()):
        return False  # "27/29 chi hội đạt tiêu chí hoạt động khá trở lên": the grade is bounded (iv16 P20)
    return not (fig.unit_class == "percent" and fig.value == 100 and _GRADE_BOUNDED.match(m, fig.num_end) and (
        not hedge.group().lstrip("% \t").lower().startswith("trở lên")))


def _floor_after_the_ratios_noun(m: str, fig: Figure) -> bool:
    """"đạt 8/10 chỉ tiêu trở lên", "6/7 xã trở lên": "trở lên" right after the ratio's counted noun (a two-word noun,
    "chỉ tiêu", is no grade: "27/29 chi hội đạt tiêu chí … khá trở lên" bounds the grade)."""
    noun = unit_words().count_noun.match(m, fig.num_end)
    return noun is not None and _MONEY_AT_LEAST_AFTER.match(m, noun.end()) is not None


def _scale_words(m: str) -> list[tuple[int, int]]:
    """What ``_SCALE_WORD.finditer(m)`` finds, as (start, end) in text order: a scale word after a space. A literal
    search for each word costs a fifth of the regex scan, which stops at every space of the text (the words share no
    space and none starts another, so the matches neither overlap nor differ; tests/test_extract_fast_patterns.py)."""
    hits = []
    for word in _SCALE_WORDS:
        j = m.find(word, 1)
        while j != -1:
            if m[j - 1].isspace():  # what the regex's \s matches
                hits.append((j - 1, j + len(word)))
            j = m.find(word, j + len(word))
    hits.sort()
    return hits


# patterns of the hot path compiled once (a module-level re.sub looks its pattern up in re's cache on every call)
_SLASH_NUMBER = re.compile(r"\s?/\s?(\d+(?:[.,]\d+)*)(?![/\d])")
_UNIT_HEAD = re.compile(r"^\s*(?:%|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)")
_QUOTES = re.compile(r"[“”\"‘’]")
_RATE_REFERENCE = re.compile(r"\s*(?:so với|chỉ tiêu|kế hoạch|kh\b|mục tiêu|[,;.)(])")
_SUBJECT_STOP = re.compile(
    r"[,;:()\[\]\n.!?]|\s(?:với|cho|trị giá|tổng trị giá|đạt|và|trong đó|tại|của|được|là|nhằm|để|thông qua|bằng"
    r"|so với|tăng|giảm)\s|\d",
    re.IGNORECASE,
)
_LEFT_STOP = re.compile(
    r".*(?:[,;:()\n.!?…]|\s(?:với|cho|và|của|là|được|có|đạt|trong đó|gồm)\s)", re.IGNORECASE | re.DOTALL
)


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
    target_at: int | None = None  # where the target of "1.978 hộ/2.000 hộ chỉ tiêu" starts: a figure of its own


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


def _noun_ratio(m: str, v, fig: Figure) -> None:
    """"412.127 hội viên/681.307 tổng số phụ nữ": a ratio whose numerator carries the noun; "520 hội viên/500 chỉ
    tiêu" is a result over its target ("1.978 hộ/2.000 hộ chỉ tiêu" too, its target then split off as a figure:
    :func:`_split_stated_targets`). "105 tổ/1.616 thành viên", "8.460 cuộc/260.486 lượt", "12 mô hình/2,4 tỷ đồng"
    count two things: two figures, the second read on its own."""
    if (dm := _SLASH_NUMBER.match(m[fig.end:fig.end + 20])):
        after = fig.end + dm.end()
        other = v.unit.match(m, after)
        unit = (fig.unit or "").lower()
        if not _TARGET_AFTER_SLASH.match(m, after) and (
            (other and other.group(1).lower() != unit and _PEOPLE_OF.get(unit) != other.group(1).lower())
            or _MONEY_AFTER_SLASH.match(m, after)
        ):
            return
        try:
            fig.denominator = parse_number(dm.group(1))
        except ValueError:  # "12 tổ/0,0,0": no number after the slash
            return
        slash_end = fig.end
        fig.end += dm.end()
        said_again = _said_again(m, fig.end, unit)
        if _TARGET_AFTER_SLASH.match(m, fig.end) or (said_again and (
                _TARGET_WORD.match(m, said_again) or _result_over_its_target(fig, said_again))):
            fig.target, fig.denominator = fig.denominator, None
            if said_again:
                fig.target_at = slash_end + dm.start(1)  # "1.978 hộ/2.000 hộ chỉ tiêu": the noun said twice


def _scaled(value: float, scale: float) -> float:
    """"8,3 triệu" → 8 300 000, not 8300000.000000001: the product rounded to the digits written (float noise)."""
    return round(value * scale, 6)


def _result_over_its_target(fig: Figure, said_again: int | None) -> bool:
    """"giúp 17 hộ/15 hộ thoát nghèo": the noun said twice and more done than the number after it, a result over its
    target (two counts), not a share ("5/6 hộ", "3 hộ/5 hộ" stay ratios)."""
    return said_again is not None and fig.denominator is not None and fig.value > fig.denominator


# "643 tổ hợp tác/742 tổ hợp tác chỉ tiêu", "434 căn/339 căn theo kế hoạch": the target's word after the noun said again
_TARGET_WORD = re.compile(r" *(?:theo +)?(?:chỉ tiêu|kế hoạch|kh)(?![^\W_])", re.IGNORECASE)


def _said_again(m: str, at: int, unit: str) -> int | None:
    """Where the result's noun ends when it is said again right after the number ending at ``at`` ("/742 tổ hợp
    tác", "/339 căn", whatever its words and whether the vocabulary holds it), else None."""
    start = at + 1 if m.startswith(" ", at) else at
    end = start + len(unit)
    if unit and m[start:end].lower() == unit and not m[end:end + 1].isalnum():
        return end
    return None


# "Mỗi hội viên ủng hộ 5 ngàn đồng", "Trao 50 suất quà, mỗi suất 300.000 đồng": money for each one (SCHEMA's
# "VND/suất"), never added to totals; "mỗi năm" is a cadence, and "mỗi cơ sở Hội vận động 10 triệu đồng" a target
# per union (its basis, in the targets table), not a unit
_EACH = re.compile(r"(?:^|[^\w])mỗi\s+(?!(?:năm|tháng|quý|tuần|ngày|đợt|lần|kỳ|dịp|cơ sở|chi hội|tổ hội|chi, tổ hội"
                   r"|xã|phường|thị trấn|huyện|tỉnh|đơn vị|cấp)\b)(?=[^\d,;:.!?()\n]*$)(?![^\d\n]*\bgồm\b)")
# ("mỗi suất gồm quà trị giá 200.000đ và 500.000đ tiền mặt": the parts of one gift, each an amount)


def _per_unit_money(m: str, v, fig: Figure, left_low: str) -> None:
    """The money's unit becomes "VND/<noun>" after "mỗi <noun>" in the words before it (the last one)."""
    window = left_low[-60:]
    found = list(_EACH.finditer(window))
    if not found:
        return
    at = fig.num_start - len(window) + found[-1].end()
    if (noun := v.unit.match(m, at - 1)) is not None:
        fig.unit = f"VND/{noun.group(1).lower()}"


# "9.000/10.340 hội viên/114,9%": a plan, what was done and the rate (a row of "kế hoạch/thực hiện/tỷ lệ")
_RATE_AFTER_SLASH = re.compile(r"\s*[/|\t]\s*(\d+(?:,\d+)?)\s*%")
def _split_plan_over_result(m: str, figures: list[Figure]) -> list[Figure]:
    """"Kết nạp hội viên mới: 9.000/10.340 hội viên/114,9%": when the rate after a ratio is its second number over its
    first (and not the first over the second, a share), the ratio is a plan and its result: two figures, which
    :func:`wuanalysis.target_lists.link_plan_result_rate` then pairs."""
    out: list[Figure] = []
    for f in figures:
        said = _RATE_AFTER_SLASH.match(m, f.end) if f.unit_class == "ratio" and f.denominator and f.value else None
        if said is None or f.denominator is None:
            out.append(f)
            continue
        rate = parse_number(said.group(1))
        tolerance = 0.051 if "," in said.group(1) else 0.51  # the rate as rounded where it was written
        slash = m.find("/", f.num_start, f.end)
        if abs(f.denominator * 100 / f.value - rate) > tolerance or abs(f.value * 100 / f.denominator - rate) <= (
                tolerance) or slash == -1:
            out.append(f)
            continue
        plan_end = slash - 1 if m[slash - 1] == " " else slash
        done_start = slash + 1 + (len(m[slash + 1:slash + 3]) - len(m[slash + 1:slash + 3].lstrip()))
        out.append(Figure(value=f.value, unit_class="count", unit=f.unit, qualifier=f.qualifier, start=f.start,
                          end=plan_end, num_start=f.num_start, num_end=plan_end, subject=f.subject))
        done_end = NUM.match(m, done_start)
        out.append(Figure(value=f.denominator, unit_class="count", unit=f.unit, qualifier="exact", start=done_start,
                          end=f.end, num_start=done_start, num_end=done_end.end() if done_end else f.end,
                          subject=f.subject))
    return out


def _split_stated_targets(m: str, figures: list[Figure]) -> list[Figure]:
    """"Số hộ được giúp thoát nghèo là 1.978 hộ/2.000 hộ chỉ tiêu, đạt 98,9%": the noun said after both numbers, the
    result (its target and rate read as one ratio's) and the target stated beside it, two figures (iv5 A5)."""
    out: list[Figure] = []
    for f in figures:
        out.append(f)
        if f.target_at is None or f.target is None:
            continue
        number = NUM.match(m, f.target_at)
        num_end = number.end() if number else f.end
        noun_end = _said_again(m, num_end, (f.unit or "").lower())
        out.append(Figure(value=f.target, unit_class=f.unit_class if f.unit_class != "ratio" else "count", unit=f.unit,
                          qualifier="exact", start=f.target_at, end=noun_end or f.end,
                          num_start=f.target_at, num_end=num_end,
                          target=f.target, is_target=True, subject=f.subject))
        f.end = m.rfind("/", f.num_end, f.target_at)
        f.target_at = None
    return out


def _lend_units_to_bare_targets(figures: list[Figure]) -> None:
    """"Kết nạp 820 hội viên (chỉ tiêu 700)": a bare target counts what its result counts (the counted noun from
    context, as the annotations have it)."""
    for prev, f in zip(figures, figures[1:]):
        if (f.unit is None and f.unit_class == "count" and f.is_target and prev.unit and prev.target == f.value
                and prev.unit_class in ("count", "ratio") and not prev.is_target):
            f.unit = prev.unit


_LISTED = frozenset(("name", "date", "year"))  # kinds of skip a list may continue: "Đề án 938, 939"


class _Reader:
    def __init__(self, text: str):
        self.v = load_vocabulary()
        self.text = text
        # "tỉ lệ", "quĩ" read as "tỷ lệ", "quỹ" (match_form); a headline in capitals as the body writes its words; a
        # page without diacritics with the words beside its numbers toned ("4,1 ty dong", "it nhat 40 hoi vien")
        lines = match_form(recase_capitals(toned_key_words(text), with_numbers=True))
        # a sentence broken over a line ("… 560 hội viên\nmới, đạt 112% kế hoạch") is read as one line
        self.m = join_wrapped_lines(lines)
        self.low = self.m.lower()
        self.figures: list[Figure] = []
        self.skipped: list[Skipped] = []
        self._bad_lines = furniture_lines(lines, self.v)
        self._bad_starts = [start for start, _ in self._bad_lines]  # in text order, not overlapping
        self._absent = absent_rules(self.low, bool(self._bad_lines))  # the rules no number here can meet
        self._range_second: dict[int, Figure] = {}  # start of B in "A - B" → A
        self._skip_next: dict[int, tuple[str, str]] = {}  # token start → (rule, kind) decided by an earlier token

    # -- lines that are page furniture or a dateline ------------------------------------------------------

    def _in_bad_line(self, i: int) -> bool:
        k = bisect.bisect_right(self._bad_starts, i) - 1  # the last line starting at or before i
        return k >= 0 and i < self._bad_lines[k][1]

    # -- main loop ---------------------------------------------------------------------------------------
    def run(self) -> tuple[list[Figure], list[Skipped]]:
        tokens = [(*mt.span(), "digits") for mt in NUM.finditer(self.m)]
        tokens += self._word_numbers()
        tokens.sort()
        last_end = -1
        last_skip: Skipped | None = None
        for start, end, kind in tokens:
            if start < last_end:
                continue  # part of the previous figure ("2 tỷ 565 triệu", "111/111")
            decided = self._skip_next.pop(start, None)
            fig = None
            if decided is None:
                if last_skip is not None and last_skip.kind in _LISTED and continues_a_name(
                    self.m, self.v, last_skip, start, end
                ):
                    decided = (last_skip.reason, last_skip.kind)  # "Đề án 938, 939", "ngày 23 và 24/9"
                else:
                    fig, decided, end = self._read(start, end, kind)
            if fig is None:
                reason, skip_kind = decided or ("unknown", "")
                last_skip = Skipped(start, end, reason, skip_kind)
                self.skipped.append(last_skip)
                last_end = end
                continue
            last_skip = None
            prev = self.figures[-1] if self.figures else None
            if kind == "words" and prev and prev.value == fig.value and _RESTATED.fullmatch(
                self.m, prev.end, fig.start
            ):
                # "1.250.500.000 đồng (Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng)": the amount in words
                self.skipped.append(Skipped(start, fig.end, "restated_in_words", "restated in words"))
                last_end = fig.end
                continue
            self.figures.append(fig)
            last_end = max(fig.num_end, fig.end)
        if "/" in self.m:
            self.figures = _split_plan_over_result(self.m, self.figures)
        cell_nouns = []
        if "\t" in self.m or "|" in self.m:
            cell_nouns = mark_percent_cells(self.low, self.figures)  # "Tỷ lệ (%)" over a bare "78,5"
        for i, marks in decide_rates_and_targets(self.m, self.figures, self.low).items():
            f = self.figures[i]
            stated = f.target if f.target_at is not None else None  # "17 hộ/15 hộ": the text's own result/target
            f.is_target, f.target, f.achievement_pct, f.estimate = marks[:4]
            if stated is not None and f.is_target and f.target == f.value:
                f.is_target, f.target = False, stated
            if marks.percent:
                f.unit_class, f.unit = "percent", "%"
        _lend_units_to_bare_targets(self.figures)
        for f, noun in cell_nouns:  # "| Giúp hộ thoát nghèo | Hộ | 40 | 45 |": the row's unit cell, decided last
            if f.unit is None and f.unit_class == "count":
                f.unit = noun.lower()
        if any(f.target_at is not None for f in self.figures):
            self.figures = _split_stated_targets(self.m, self.figures)
        return self.figures, self.skipped

    def _word_numbers(self) -> list[tuple[int, int, str]]:
        """Numbers in words ("năm nghìn", "một tỷ"). A scale word after a number word is rare, so look for
        that pair first and run the full pattern only around it (a full scan costs a third of extraction)."""
        found: dict[int, tuple[int, int, str]] = {}
        m = self.m
        for i, hit_end in _scale_words(m):
            # i: the space before the scale word; most are "4,2 tỷ", with a digit before
            if not i or not m[i - 1].isalpha() or m[max(0, i - 6):i].rsplit(None, 1)[-1].lower() not in _NUMBER_WORDS:
                continue
            lo = max(0, i - 80)
            for mt in _WORD_NUM.finditer(self.m, lo, min(len(self.m), hit_end + 80)):
                if mt.start() <= i < mt.end():
                    # "Bốn mươi năm qua", "Năm nghìn năm lịch sử": a last "năm" after a scale word counts years
                    # (five there is "lăm", "linh năm"); the number ends before it and the period rule reads it
                    end = mt.start() + trail.start(1) if (trail := _YEARS_AFTER_SCALE.search(mt.group())) else mt.end()
                    found.setdefault(mt.start(), (mt.start(), end, "words"))
        return list(found.values())

    # -- one token ------------------------------------------------------------------------------------------
    def _read(self, start: int, end: int, kind: str) -> tuple[Figure | None, tuple[str, str] | None, int]:
        """The figure at a token, or the (rule, kind) that skips it; and where reading goes on."""
        t = Token(self.m, self.low, self.v, self.figures, self._in_bad_line, self._skip_next, start, end, kind)
        for rule in rules_for(t, self._absent):
            if (what := rule(t)):
                return None, (rule.__name__, what), t.skip_end or t.end
        fig = Figure(value=t.value, unit_class="count", unit=None, qualifier=t.qualifier, start=start - t.hedge_len,
                     end=t.end, num_start=start, num_end=t.end, denominator=t.denominator)
        read = read_unit(self.m, t.end, t.left_low)
        if read is None:
            return None, ("unit_is_a_period", "age/period"), t.end
        fig.unit_class, fig.unit, fig.end = read.unit_class, read.unit, read.end
        if fig.unit_class == "vnd" and t.digits and "." in t.text:
            fig.value = parse_money_number(t.text)  # "27.500000đ": a thousands dot left out
        if read.scale != 1.0:  # "4,2 tỷ" → 4.2e9, "2 tỷ 565 triệu" → 2.565e9
            fig.value = _scaled(fig.value, read.scale)
            fig.scale = read.scale
            if read.plus:
                fig.value += read.plus
        if fig.denominator is None and fig.unit_class == "count" and fig.unit:
            _noun_ratio(self.m, self.v, fig)
        elif fig.unit == "VND" and "mỗi" in t.left_low:
            _per_unit_money(self.m, self.v, fig, t.left_low)
        if fig.denominator is not None:
            if fig.value > fig.denominator and fig.unit_class == "count":
                # "Kết nạp 320/300 hội viên, đạt 106,7%": a part never exceeds its whole, so the number after the
                # slash is the result's target (the written form stays a ratio, as the annotations have it)
                fig.target = fig.denominator
            fig.unit_class = "ratio"
        if fig.unit_class == "count" and fig.value != int(fig.value):
            fig.unit_class = "other"  # "bình quân 2,6 con/phụ nữ": an average, not a count of things
        if t.digits and not self._read_range(fig, t.end):
            return None, ("range_of_periods", "age/period"), t.end
        if start in self._range_second and fig.qualifier == "exact":
            fig.qualifier = "less_than"
        if fig.qualifier == "exact" and _at_least_after(self.m, fig):
            fig.qualifier = "at_least"  # "90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên", "từ 5,2 tỷ đồng trở lên"
        if fig.qualifier == "exact" and fig.unit_class == "vnd" and t.stripped_tail.endswith("từ") and (
                per_unit_floor(self.m, fig.end, fig.unit, t.left_low)):
            fig.qualifier = "at_least"  # "mỗi suất trị giá từ 500.000 đồng" (iv11 P17): the quote opens on "từ"
            fig.start = start - (len(t.left) - t.left_low.rstrip().rfind("từ"))
        fig.subject = self._subject(fig, t.left)
        return fig, None, fig.end

    def _read_range(self, fig: Figure, end: int) -> bool:
        """"từ 100 - 500 ngàn đồng": 100 000 at least, 500 000 less than (the second number lends its unit); False
        when the second end is a period ("2020 - 2025 năm", "3 - 5 tháng")."""
        m = self.m
        rng = RANGE.match(m, fig.num_end if fig.denominator is None else end)
        if rng is None and fig.unit_class == "percent" and fig.denominator is None:
            rng = RANGE.match(m, fig.end)  # "đạt từ 110,5% - 260%": a range of two percentages
            if rng and not ((b := NUM.match(m, rng.end())) and PERCENT.match(m, b.end())):
                rng = None
        elif rng is None and (fig.scale != 1.0 or fig.unit_class == "vnd") and fig.denominator is None:
            # "từ 100 triệu – 200 triệu đồng", "từ 100.000đ-200.000đ": the scale word or the currency on both ends
            rng = RANGE.match(m, fig.end)
            # … or a currency on both ends whatever their scales: "từ 500.000 đồng đến 1 triệu đồng/tháng" (iv7)
            if rng and not ((b := NUM.match(m, rng.end())) and (br := read_unit(m, b.end())) and (
                    (br.scale == fig.scale and (fig.scale != 1.0 or br.unit_class == "vnd"))
                    or (fig.unit_class == "vnd" and br.unit_class == "vnd"))):
                rng = None
        b_tok = NUM.match(m, rng.end()) if rng else None
        if not b_tok:
            return True
        if period_after(m, b_tok.end()):
            self._skip_next[b_tok.start()] = ("range_of_periods", "age/period")
            return False
        b_read = read_unit(m, b_tok.end())
        # (a bare "0,5" of "từ 0,5 - 1 triệu đồng/em" was made "other", a count that is no whole number)
        if b_read is not None and fig.unit is None and fig.unit_class in ("count", "other") and fig.end == fig.num_end:
            fig.unit_class, fig.unit = b_read.unit_class, b_read.unit
            fig.value = _scaled(fig.value, b_read.scale)
            fig.end = fig.num_end
        elif b_read is not None and b_read.unit_class == "vnd" and fig.unit is None and fig.unit_class == "count" and (
                fig.scale != 1.0 and b_read.scale == fig.scale):
            fig.unit_class, fig.unit = "vnd", b_read.unit  # "từ 5 triệu đến 10 triệu đồng": A's scale, B's currency
        if fig.qualifier == "exact":  # "từ A - B" and a bare "A - B" alike: A is the floor, B the ceiling
            fig.qualifier = "at_least"
        self._range_second[b_tok.start()] = fig
        return True

    def _subject(self, fig: Figure, left: str) -> str | None:
        m = self.m
        if fig.unit_class in ("count", "ratio", "percent") and (fig.unit or fig.unit_class == "percent"):
            tail = m[fig.num_end:fig.num_end + 80]
            if (unit_head := _UNIT_HEAD.match(tail)) is not None:  # (tied to the start: one match at most)
                tail = " " + tail[unit_head.end():]
            if fig.unit_class == "percent" and (_RATE_REFERENCE.match(tail) or not tail.strip()):
                tail = ""  # "12% so với chỉ tiêu": what follows a share is no subject
            stop = _SUBJECT_STOP.search(tail)
            phrase = tail[: stop.start() if stop else len(tail)]
            words = _QUOTES.sub(" ", phrase).split()[:7]
            if words:
                return " ".join(words)
        head = left[: len(left) - (fig.num_start - fig.start)] if fig.num_start > fig.start else left
        cut = _LEFT_STOP.match(head)
        phrase = head[cut.end():] if cut else head
        words = _QUOTES.sub(" ", phrase).split()[-6:]
        return " ".join(words) or None
