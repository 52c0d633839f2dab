"""Stated achievement rates, decided clause by clause once the figures of a text are read.

"đạt 195% so với chỉ tiêu" gives 195 to the percent and to the figure it qualifies; "vượt 362% chỉ tiêu"
means 462; "gấp 6 lần mục tiêu" means 600. Which figure a rate qualifies ("(đạt 100%)" right after "12/12" belongs to
that ratio) is :mod:`wuanalysis.rate_heads`'; rates in other shapes, and estimates, are :mod:`wuanalysis.rate_shapes`'.
Patterns run on the lower-cased match form of the text (see ``wuanalysis.text``). The sentence and clause
bounds (:class:`Bounds`, :mod:`wuanalysis.clause_bounds`') are shared with :mod:`wuanalysis.target_statements`, which
runs these rules first and then decides the targets; the rules read once every rate is placed are
:mod:`wuanalysis.rate_followups`'.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .clause_bounds import Bounds
from .rate_followups import attach_rates_after
from .rate_goals import UNIT_NOUNS, GOAL_WORDS, a_target_share, every_target_met, units_meeting_every_target
from .rate_heads import (
    SUBJECT,
    attach_before_a_named_target,
    attach_by_its_quotient,
    attach_to_owner,
    sole_result_before,
)
from .rate_named_targets import (
    a_named_target_reached,
    a_rate_after_a_negative_verdict,
    a_share_beside_its_target,
    a_target_share_in_a_verdict,
)

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


TARGET_REF = re.compile(  # "so KH" is "so với KH" shortened; a cluster's pledge ("giao ước thi đua") is its target,
    # and so is what a union registered ("gấp 1,5 lần số đăng ký", "số nhà đăng ký") or was given ("so với 900 hộ giao")
    # the whole of them ("vượt 12% so với tổng chỉ tiêu giao đầu năm"), the units the plan counts ("mới đạt 64% số chi
    # hội theo kế hoạch"), what was asked ("mới đạt khoảng 70% yêu cầu")
    r"^\s*\(?\s*(?:(?:so(?:\s+với)?|trên)\s+)?(?:tổng\s+)?(?:chỉ tiêu|kế hoạch|kh\b|mục tiêu|nghị quyết|nq\b"
    r"|chỉ tiêu giao|giao ước|yêu cầu\b|số (?:[^\W\d_]+\s+){1,3}?(?:theo\s+(?:chỉ tiêu|kế hoạch)|(?:chỉ tiêu|kế hoạch)"
    r"\s+(?:được\s+)?(?:giao|đề ra))"
    r"|số (?:[^\W\d_]+\s+)?(?:đã\s+|được\s+)?đăng ký|so với\s+[\d.,]+\s+(?:[^\W\d_]+\s+){1,3}?(?:được\s+)?giao\b)",
    re.IGNORECASE
)
# the target a rate's verb names before its number: "kế hoạch năm", "chỉ tiêu huyện giao", "mục tiêu Đại hội"
_TARGET_NAMED = (r"(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?:\s+(?:nghị quyết|nq|đại hội|đề ra|giao|được giao|năm|cả năm"
                 r"|(?:tỉnh|huyện|xã|phường|cụm|cấp trên|đảng ủy|cấp ủy|ubnd)(?:\s+hội)?\s+giao))*")
_RATE_VERB = re.compile(
    # "512 hội viên = 112% KH"; "không vượt 0,2%" is a ceiling, no excess
    # "…, tức 72% kế hoạch năm", "… – tức là 90% chỉ tiêu": the result restated as its rate after a comma or a dash
    # ("bang 65% ke hoach nam": "bằng" written without diacritics, which the toning leaves as it is)
    r"(?:đạt|đạt được|(?<!không )vượt|(?<!không )vượt mức|hoàn thành|bằng|(?<![^\W\d_])bang|thực hiện được"
    r"|tương đương|="
    r"|[,–—-]\s*tức(?:\s+là)?(?:\s+(?:chỉ|mới|chỉ mới|mới chỉ)\s+(?:đạt được|đạt|được|bằng))?)\s*"  # "tức mới được 40%"
    # "vượt kế hoạch 15%", "hoàn thành kế hoạch: 105%", "vượt chỉ tiêu Nghị quyết đề ra 24,7%", "vượt mục tiêu Đại
    # hội 18,5%", "hoàn thành kế hoạch giao 103%", "vượt chỉ tiêu huyện giao 12%"
    r"(?:" + _TARGET_NAMED + r"\s*:?\s*)?"
    r"(?:tỷ lệ\s*)?(?:từ\s*)?"
    r"(?:\d+(?:[.,]\d+)?\s*%?\s*(?:[-–]|đến)\s*)?$",  # "đạt từ 73-75%", "từ 98% đến 150%": a range's second end
    re.IGNORECASE,
)
# "hoàn thành và vượt 100% chỉ tiêu", "hoàn thành và hoàn thành vượt 100% chỉ tiêu": the share of the targets met
_MET_AND_EXCEEDED = re.compile(r"(?:đạt|hoàn thành)\s+và\s+(?:(?:đạt|hoàn thành)\s+)?vượt(?:\s+mức)?\s*$")
# "đạt 89,5% (Nghị quyết 85%)", "(chỉ tiêu Nghị quyết Đại hội XIII: 70%)": the share target itself in parentheses,
# not what the share is measured by
# a target share, hedged or not: "85%", "trên 90%", "từ 90% trở lên"
_SHARE_BAR = r"(?:(?:trên|hơn|ít nhất|tối thiểu|từ|dưới)\s*)?\d+(?:[.,]\d+)?\s*%"
_SHARE_TARGET_IN_PARENS = re.compile(
    r"\s*\(\s*(?:chỉ tiêu\s+)?(?:nghị quyết|nq|chỉ tiêu|kế hoạch|kh|mục tiêu)"
    r"(?:\s+(?:đại hội(?:\s+(?:lần thứ\s+)?[ivxl]+\b)?|đề ra|giao|năm))?\s*:?"
    r"\s*" + _SHARE_BAR)
_SHARE_TARGET_NEXT = re.compile(
    r"\s*[,(;]\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu|nghị quyết|nq)(?:\s+(?:là|đề ra|giao|năm))?\s*:?\s*" + _SHARE_BAR)
# checked after TARGET_REF: "so với cùng kỳ", "so cùng kỳ", "so với đầu nhiệm kỳ", and last year named with no "so
# với": "bằng 104% cùng kỳ", "bằng 103,5% năm trước", "bằng 96% kỳ trước", "bằng 128% năm 2024"
VERSUS = re.compile(r"\s*(?:so\b|cùng kỳ|năm trước|kỳ trước|năm 20\d\d\b(?!\s*[-–]))", re.IGNORECASE)
_TARGET_CONTEXT = re.compile(r"chỉ tiêu|nghị quyết|kế hoạch|mục tiêu", re.IGNORECASE)
# "Giúp 57 hộ (chỉ tiêu 50 hộ), đạt 114%": the clause names the target the rate is measured by
_TARGET_IN_PARENS = re.compile(r"\((?:\s*|[^()]{0,20}?[\s,;])(?:chỉ tiêu|kế hoạch|kh|mục tiêu|nghị quyết|nq)\b")
# "12/12 (đạt 100%)", "520 hội viên (104% KH)", "45 hộ thoát nghèo (90% kế hoạch)": the rate of the figure before
# "2.130 hội viên mới (vượt 6,5% chỉ tiêu)", "22 hợp tác xã (vượt kế hoạch năm 10%)"
_PAREN_RATE = re.compile(r"[^(),;.:\d]{0,30}\(\s*(?:(đạt|bằng|vượt)(?:\s+" + _TARGET_NAMED + r")?\s*:?\s*)?")
# "kết nạp 120 hội viên mới, hoàn thành vượt mức chỉ tiêu (đạt 120%)", "giúp 38 hộ, chưa đạt chỉ tiêu (đạt 95%)": the
# verdict on the result, then its rate
_VERDICT_THEN_PAREN = re.compile(
    r"[^(),;.:\d]{0,30}?,\s*(?:(?:hoàn thành|đạt|vượt)(?:\s+(?:và vượt|vượt))?(?:\s+mức)?"
    r"\s+(?:chỉ tiêu|kế hoạch|mục tiêu)|(?:chưa|không)\s+(?:đạt|hoàn thành))"
    r"[^(),;.:\d]{0,20}\(\s*(?:(?:chỉ|mới)\s+)?(đạt|bằng|vượt)?\s*")
# "gấp 2 lần", and "gần gấp 1,4 lần chỉ tiêu" whose hedge the figure holds (read up to its number)
_TIMES_BEFORE = re.compile(r"gấp(?:\s+(?:hơn|gần|khoảng|xấp xỉ|trên))?\s*$", re.IGNORECASE)  # "gấp hơn 1,4 lần"
# "đạt gần gấp 6 lần so với mục tiêu", "đạt hơn 6,6 lần so với kế hoạch", "đạt 1,3 lần so với chỉ tiêu": a multiple
# reached, read up to the number (the hedge belongs to the figure); a rate only when it names its target
_TIMES_REACHED = re.compile(r"(?:đạt|bằng)\s+(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?(?:gấp\s+)?$", re.IGNORECASE)
# "hơn 1.600 hợp tác xã và trên 6.000 tổ hợp tác (đạt hơn 6,6 lần …)": two figures before the parenthesis
# "hơn 118.000 phụ nữ khởi sự kinh doanh, … (đạt gần gấp 6 lần so với mục tiêu)": a multiple in parentheses
# qualifies the figure before it in its clause, however far
_FAR_PAREN_RATE = re.compile(r"[^()\d;.:]{0,160}\(\s*(đạt|bằng)?\s*")
_SHARE_OVER = re.compile(r"/\s*\d+(?:[.,]\d+)?\s*%")
_VERB_IN_HEDGE = re.compile(r"\b(?:đạt|vượt)\s*$")  # "ước đạt", "ước vượt"
# the second end of a range of rates, and the word for the targets each end measures ("đạt từ 92% đến 118% các chỉ
# tiêu đã ký kết": each target reached between the two, not a share of them)
_RANGE_END = re.compile(r"\s*(?:-|–|đến)\s*\d+(?:[.,]\d+)?\s*%(?:\s*các(?=\s+chỉ tiêu))?")

# "kết nạp được 97 hội viên, tỷ lệ 53,9% trên kế hoạch": the rate's word after a comma, when its target follows
_RATE_WORD_AS_VERB = re.compile(r",\s*tỷ lệ\s*$")
# the target named before the rate's verb, the plan fronted or a shortfall told first: "so với kế hoạch 150 hộ mới đạt
# 42%", "so với kế hoạch năm, dư nợ đạt 97,2%", "còn thấp hơn chỉ tiêu 350 tỷ đồng mà tỉnh giao, chỉ đạt 89,1%", "chưa
# đạt chỉ tiêu, bằng 86,7%" (a subject of at most three words between, never a share's "tỷ lệ …")
_TARGET_NAMED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:so với|thấp hơn|cao hơn|chưa đạt|không đạt|chưa hoàn thành)\s+(?:chỉ tiêu|kế hoạch|kh|mục tiêu)"
    r"(?![^\W\d_])[^;.()%\n]{0,60}?(?:,\s*|\s+)(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+)??(?:(?:chỉ|mới|chỉ mới)\s+)?"
    r"(?:đạt|bằng)(?:\s+được)?\s*$")
_SHARE_OR_GOAL = re.compile(r"tỷ lệ|tỉ lệ|phấn đấu|cùng kỳ|năm trước|kỳ trước")
# "so với chỉ tiêu Đại hội giao 200 hội viên thì vượt 30%": the excess over a target named before it, after "thì"
_TARGET_NAMED_THEN_EXCEEDED = re.compile(
    r"(?<![^\W\d_])so với\s+(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?![^\W\d_])[^;.()%\n]{0,60}?\sthì\s+(?:đã\s+)?vượt"
    r"(?:\s+mức)?\s*$")


def _target_named_before(low: str, lo: int, f: Figure) -> re.Match | None:
    """"so với kế hoạch 150 hộ mới đạt 42%", "so với mục tiêu … 80 hộ thì đạt 120%", "chưa đạt chỉ tiêu, bằng 86,7%":
    the target the rate measures by, named before its verb in the clause (not a share's "so với kế hoạch, tỷ lệ … đạt
    92%", nor a goal)."""
    named = _TARGET_NAMED_BEFORE.search(low, max(lo, f.start - 120), f.start)
    if named is None or _SHARE_OR_GOAL.search(named.group()):
        return None
    return named


def _counts_targets(figures: list[Figure], i: int, lo: int) -> bool:
    """"2/9 chỉ tiêu nhiệm kỳ đạt từ 73-75%", "3 chỉ tiêu đạt trên 90%": a rate reached by a count of targets."""
    for j in range(i - 1, -1, -1):  # (not reversed(figures[:i]): a copy of the text's figures for every rate)
        g = figures[j]
        if g.num_start < lo:
            return False
        if g.unit_class != "percent":
            return g.unit is not None and g.unit.lower() == "chỉ tiêu"
    return False


def _exceeds_a_target(low: str, bounds: Bounds, f: Figure, right: str) -> bool:
    """"nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ thoát nghèo vượt 52%": "vượt X%" in a sentence about targets
    exceeds a target by X (never "vượt 8,5% so với đầu nhiệm kỳ", which is growth)."""
    if VERSUS.match(right):
        return False
    start = bounds.sentence_start(f.num_start)
    if _DETAIL_OPENER.match(low, start) and start >= 2:
        start = bounds.sentence_start(start - 2)  # "Đại hội đề ra 8 chỉ tiêu. Trong đó, kết nạp 1.200 …, vượt 20%"
    return bool(_TARGET_CONTEXT.search(low, start, f.start))


# a sentence that details the one before it: "Trong đó, …", "Theo đó, …", "Cụ thể, …"
_DETAIL_OPENER = re.compile(r"\W*(?:trong đó|theo đó|cụ thể)\s*[,:]")


class _Reading(NamedTuple):
    """A share or multiple read in its clause: the clause's start, the words on each side, the rate's verb."""

    lo: int
    left: str
    right: str
    verb: re.Match | None


def attach_rates(m: str, low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"đạt 195% so với chỉ tiêu", "vượt 15% chỉ tiêu" (115), "gấp 2 lần mục tiêu" (200), "12/12 (đạt 100%)"."""
    goals = any(word in low for word in GOAL_WORDS)  # a literal search once, not a regex per rate
    for i, f in enumerate(figures):
        if f.unit_class != "percent" and f.unit != "lần":
            continue  # only a share or a multiple states a rate (most figures are neither)
        reading = _read_around(low, bounds, f)
        if reading is None or _no_rate_stated(low, figures, i, reading, goals):
            continue
        _state_the_rate(m, low, bounds, figures, i, reading)
    attach_rates_after(low, bounds, figures)


def _read_around(low: str, bounds: Bounds, f: Figure) -> _Reading | None:
    """The clause and the words around a share or a multiple, and the verb that states it as a rate; None for what
    states none ("đạt 82%/85%": a share over its target share; "1,6 lần" with no "gấp" nor "đạt" before it)."""
    if f.unit_class == "percent" and low.startswith("/", f.end) and _SHARE_OVER.match(low, f.end):
        return None  # "đạt 82%/85%": a share over its target share (paired by the target rules), no rate
    lo, hi = bounds.clause(f.num_start)
    # "Ước đạt 105% kế hoạch": the verb is part of the estimate's hedge, read with the words before it
    left = low[max(lo, f.start - 40):f.num_start if _VERB_IN_HEDGE.search(low, f.start, f.num_start) else f.start]
    right = low[f.end:min(hi, f.end + 40)]
    if right[:1] in " -–đ" and (second := _RANGE_END.match(right)):
        right = low[f.end + second.end():min(hi, f.end + second.end() + 40)]  # "từ 98% đến 150% kế hoạch"
    if f.unit == "lần" and not (_TIMES_BEFORE.search(low, max(lo, f.start - 40), f.num_start)
                                or _TIMES_REACHED.search(low, max(lo, f.num_start - 40), f.num_start)):
        return None
    verb = _RATE_VERB.search(left) or (_RATE_WORD_AS_VERB.search(left) if TARGET_REF.match(right) else None)
    if verb is None and f.start < f.num_start and "," in left[-12:] and TARGET_REF.match(right):
        verb = _HEDGE_AS_VERB.search(low, max(lo, f.start - 12), f.num_start)
    return _Reading(lo, left, right, verb)


# "giúp 46 hộ thoát nghèo, khoảng 12% chỉ tiêu năm", "…, xấp xỉ 7% kế hoạch", "…, ước khoảng 12% chỉ tiêu": a hedged
# rate of a plan after a comma
_HEDGE_AS_VERB = re.compile(r",\s*(?:ước(?:\s+tính)?\s+)?(?:xấp xỉ|khoảng|gần|chừng|hơn|trên)\s*$")
# "hỗ trợ 286 hộ thoát nghèo, tức là mới được 40,9%": the result restated as the share of its plan reached so far
_SO_FAR_RESTATED = re.compile(r"[,–—-]\s*tức(?:\s+là)?\s+(?:chỉ|mới)")


def _restated_so_far(low: str, lo: int, f: Figure, verb: re.Match | None, right: str) -> bool:
    """"kết nạp 300 hội viên, tức là mới đạt 37,5%": "tức (là) mới/chỉ …" closing the clause measures the result by its
    plan (never a share's "tỷ lệ …, tức là mới được 40%", nor "… 40% số hộ có nhu cầu", a share of what follows)."""
    return (verb is not None and _SO_FAR_RESTATED.match(verb.group(0)) is not None and right[:1] in ("", ".", ";", ")")
            and _SHARE_NAMED.search(low, lo, f.start) is None)


def _no_rate_stated(low: str, figures: list[Figure], i: int, r: _Reading, goals: bool) -> bool:
    """The percents after a rate's verb that are no rate: a share paired with its target share, a share beside its
    target, a goal's or a verdict's target share (marked a target here), the share of the targets met."""
    f, verb = figures[i], r.verb
    if verb is None:  # "ước đạt 94%, chưa đạt mức 100% đề ra": the level a verdict names is the target share
        return "mức" in r.left and f.unit_class == "percent" and a_target_share_in_a_verdict(low, figures, i, r.lo)
    if r.right.startswith(" so với") and _pairs_a_share_target(low, figures, i):
        return True
    if f.unit_class == "percent" and r.right[:1] in ",;" and a_share_beside_its_target(low, f):
        return True  # "mới đạt 18,5%, chưa đạt mục tiêu 20%": the share's level beside its target
    if f.unit_class == "percent" and a_target_share(low, r.lo, f, goals, r.left, r.right):
        f.is_target, f.target = True, f.value  # "phấn đấu hoàn thành 100% chỉ tiêu": a goal, not achievement
        if verb.group(0).startswith("vượt") and f.value < 100 and not _MET_AND_EXCEEDED.search(r.left):
            f.achievement_pct = f.value + 100  # "phấn đấu vượt ít nhất 10% các chỉ tiêu được giao": 110 asked
        return True
    if f.unit_class == "percent" and a_target_share_in_a_verdict(low, figures, i, r.lo):
        return True  # "96% hộ …, vượt mục tiêu 90% Cụm đề ra": the target share, not 190
    if _MET_AND_EXCEEDED.search(r.left) or every_target_met(low, figures, i, r.lo, verb, r.right):
        return True  # "hoàn thành đạt và vượt 100% chỉ tiêu": the share of targets met, not 200 %
    # "3 tỉnh hoàn thành 100% chỉ tiêu": the units that met every target
    return f.unit_class == "percent" and units_meeting_every_target(low, figures, i, r.lo, r.right)


def _state_the_rate(m: str, low: str, bounds: Bounds, figures: list[Figure], i: int, r: _Reading) -> None:
    """The rate a share or a multiple states, given to it and to the figure it measures."""
    f, prev, verb, lo = figures[i], (figures[i - 1] if i else None), r.verb, r.lo
    exceeded = verb is not None and verb.group(0).strip().startswith("vượt")
    paren = None if prev is None else (_PAREN_RATE.fullmatch(low, prev.end, f.start)
                                       or _VERDICT_THEN_PAREN.fullmatch(low, prev.end, f.start))
    if paren is None and prev is not None and f.unit == "lần" and prev.num_start >= lo:
        paren = _FAR_PAREN_RATE.fullmatch(low, prev.end, f.start)
    in_paren_after = paren is not None and (paren.group(1) is not None or bool(TARGET_REF.match(r.right)))
    named = None if verb is None else _TARGET_NAMED_THEN_EXCEEDED.search(
        low, max(lo, f.start - 120), f.start) if exceeded else _target_named_before(low, lo, f)
    ref = named is not None or _refers_to_a_target(low, bounds, figures, i, r, exceeded)
    rate = _rate_value(low, figures, i, r, exceeded, paren, in_paren_after, ref)
    if rate is None and verb is not None and "như vậy" in r.left and _reached_against_the_plan_told(low, bounds, f, r):
        f.achievement_pct = f.value  # its result, if any, is the one whose quotient over the plan the rate is
        attach_by_its_quotient(low, bounds, figures, i, lo, f.value)
        return
    if rate is None or _points_over_a_share(m, prev, f):
        return
    f.achievement_pct = rate
    if ("dự kiến" in r.left or "ước" in r.left) and _a_forecast_rate(low, figures, i, lo):
        return  # "kết nạp 120 hội viên, dự kiến cả năm vượt 5% kế hoạch": the year's forecast, not the result's
    if named is not None:
        attach_before_a_named_target(low, bounds, figures, i, lo, named.start(), rate)
    elif not attach_by_its_quotient(low, bounds, figures, i, lo, rate):
        attach_to_owner(m, low, bounds, figures, i, lo, rate, in_paren_after, ref)


# "dự kiến cả năm vượt khoảng 8% chỉ tiêu", "ước đến cuối năm đạt 98% kế hoạch", "dự kiến hết năm 2025 Hội sẽ vượt 5%"
_FORECAST_RATE = re.compile(r"(?<![^\W\d_])(?:dự kiến|ước tính|ước)\s*,?\s+(?:(?:đến|tới)\s+)?(?:hết|cuối|cả)\s+năm"
                            r"(?:\s+20\d\d)?\s*,?\s*(?:[^\W\d_]+\s+){0,2}?(?:sẽ\s+)?(?:đạt|vượt|bằng|hoàn thành)"
                            r"(?:\s+(?:được|mức|và vượt))?\s*(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$")


def _a_forecast_rate(low: str, figures: list[Figure], i: int, lo: int) -> bool:
    """"6 tháng đầu năm kết nạp 120 hội viên, dự kiến cả năm vượt 5% kế hoạch": a rate the year is forecast to reach,
    with no year's figure told between the forecast and the rate, measures no result told so far: only the percent
    carries it (not "ước cả năm đạt 1.560 hộ, vượt 4% kế hoạch": the year's figure is named, and takes it)."""
    f = figures[i]
    forecast = _FORECAST_RATE.search(low, max(lo, f.num_start - 80), f.num_start)
    return forecast is not None and not (i and figures[i - 1].num_start > forecast.start())


# "…; như vậy sau 9 tháng đã đạt 79,5%", "…, như vậy đạt 75%": the result reached so far against the plan just told
# ("như vậy Hội mới hoàn thành 80%", "như vậy xã đã thực hiện được 24,8%": the doer named, the plan's verbs)
_SO_IT_REACHED = re.compile(r"(?:^\W*|,\s*)như vậy(?:\s+" + SUBJECT + r")?\s*,?\s*(?:(?:sau|trong|qua|đến)\s+)?"
                            r"(?:nay\s*,?\s*|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?\s*,?\s*)?(?:đã\s+)?"
                            r"(?:(?:mới|chỉ)\s+)?(?:đạt|bằng|hoàn thành|thực hiện)(?:\s+được)?\s*$")


def _reached_against_the_plan_told(low: str, bounds: Bounds, f: Figure, r: _Reading) -> bool:
    """"Theo chỉ tiêu Thành Hội giao, phường phải kết nạp 380 hội viên; như vậy sau 9 tháng đã đạt 79,5%": a rate
    opened by "như vậy" after a plan named in its sentence (never "so với cùng kỳ", nor with no plan named)."""
    start = max(r.lo, f.start - 60)
    said = _SO_IT_REACHED.search(low[start:f.start])  # (on the slice: "^" is the clause's start)
    return said is not None and not VERSUS.match(r.right) and _TARGET_CONTEXT.search(
        low, bounds.sentence_start(f.num_start), start + said.start()) is not None


# "So với chỉ tiêu năm (9.500 hội viên), kết quả này đạt 53,8%", "Đối chiếu với kế hoạch năm (300 hộ), kết quả trên
# đạt 72%": the target and its amount open the sentence, then the rate of the result told before (iv23 P5)
_PLAN_OPENS_THE_POINTER = re.compile(
    r"\W*(?:so với|đối chiếu với)\s+(?:chỉ tiêu|kế hoạch|kh|mục tiêu|nghị quyết|nq)\b[^()\n;.]{0,40}\([^()\n]{0,60}\)"
    r"\s*,\s*(?:con số|kết quả|số lượng|số(?:\s+[^\W\d_]+){1,2})\s+(?:này|trên)\s+(?:đã\s+)?(?:đạt|bằng|vượt)"
    r"(?:\s+được)?\s*")


def _refers_to_a_target(low: str, bounds: Bounds, figures: list[Figure], i: int, r: _Reading, exceeded: bool
                        ) -> bool:
    """Whether the rate is measured by a target its clause names, states or lists it under."""
    f, prev, verb, lo, right = figures[i], (figures[i - 1] if i else None), r.verb, r.lo, r.right
    return _names_its_target(low, bounds, f, verb, lo, right) or _measures_a_stated_target(
        prev, f, verb, exceeded, lo, right) or (
        verb is not None and a_named_target_reached(low, lo, f.start, right, bounds.sentence(f.num_start))) or (
        verb is not None and not exceeded and _an_item_under_targets(low, figures, i, lo)) or (
        verb is not None and a_rate_after_a_negative_verdict(low, lo, f.start) and not VERSUS.match(right)) or (
        verb is not None and "(" in low[lo:f.start] and _PLAN_OPENS_THE_POINTER.fullmatch(low, lo, f.start) is not None
    ) or ("tức" in r.left and _restated_so_far(low, lo, f, verb, right))


def _rate_value(low: str, figures: list[Figure], i: int, r: _Reading, exceeded: bool, paren: re.Match | None,
                in_paren_after: bool, ref: bool) -> float | None:
    """The achievement a share or multiple states ("vượt 15%" 115, "gấp 2 lần" 200), or None when it states none."""
    f, prev, verb, lo, right = figures[i], (figures[i - 1] if i else None), r.verb, r.lo, r.right
    if f.unit == "lần":
        return round(f.value * 100, 6) if ref else None  # "gấp 2,3 lần": 230, not 229.99999999999997
    if (verb or in_paren_after) and ref:  # "520 hội viên (104% KH)" needs no verb
        return f.value + 100 if exceeded else f.value
    if verb and not VERSUS.match(right) and _counts_targets(figures, i, lo) and not _SHARE_TARGET_NEXT.match(
            low, f.end) and not (low.startswith("(", low.rfind("(", lo, f.start)) and _SHARE_NAMED.search(
            low, lo, f.start)):  # "2 chỉ tiêu chưa đạt là tỷ lệ … (đạt 78%, chỉ tiêu 85%)": a share and its
        # target share; "… là tỷ lệ hộ nghèo … được hỗ trợ (đạt 91%)": the share's own level, no rate
        return f.value + 100 if exceeded else f.value
    if verb and not exceeded and (f.value > 100 or in_paren_after) and not VERSUS.match(right):
        # "bằng 102% so với cùng kỳ" compares with last year, not with a target
        if not in_paren_after and sole_result_before(low, figures, i, lo):
            figures[i - 1].achievement_pct = f.value  # "Hội đã giúp 347 hộ thoát nghèo, đạt 150%"
        return f.value
    if verb and _completes_a_task(low, figures, i, lo):
        return f.value
    if verb is None and paren is not None and _restates_a_result_over_target(prev, f):
        return f.value  # "437/361 hộ (121,1%)": the quotient of a result over its target, in brackets
    return None


# "mới đạt 62% so với mục tiêu 70%", "đạt 48% so với kế hoạch 50%": a share against its share target, no rate
_SHARE_VERSUS_TARGET = re.compile(
    r"\s*so với\s+(?:chỉ tiêu|kế hoạch|kh|mục tiêu|nghị quyết|nq)(?:\s+(?:đề ra|giao|năm|là|đại hội))?\s*:?\s*"
    r"(?=" + _SHARE_BAR + ")")


def _pairs_a_share_target(low: str, figures: list[Figure], i: int) -> bool:
    """"Tỷ lệ hội viên tham gia BHYT đạt 85% so với chỉ tiêu 90%": the share's target is the second share (a target
    of itself), and neither is a rate ("đạt 112% so với chỉ tiêu năm" names no share after it)."""
    f = figures[i]
    mt = _SHARE_VERSUS_TARGET.match(low, f.end)
    if f.unit_class != "percent" or mt is None or i + 1 == len(figures):
        return False
    g = figures[i + 1]
    if g.unit_class != "percent" or not mt.end() <= g.num_start <= mt.end() + 12:
        return False
    f.target = g.value
    g.is_target, g.target = True, g.value
    return True


_ITEM = re.compile(r"[ \t]*[-+•*]\s")  # a list's item: "- Kết nạp hội viên: 430 người, đạt 86%;"
_TARGETS_HEADING = re.compile(r"chỉ tiêu|kế hoạch|nghị quyết|mục tiêu")


def _an_item_under_targets(low: str, figures: list[Figure], i: int, lo: int) -> bool:
    """"Kết quả thực hiện các chỉ tiêu năm:" / "- Kết nạp hội viên: 430 người, đạt 86%;": a bare rate after the one
    result of a list's item, under a heading that names the targets, measures that result (not "Một số kết quả nổi
    bật:" / "- …: 1.200 người, đạt 85%", nor an item's share "- Tỷ lệ hộ dùng nước sạch: đạt 97%"). Under a heading
    that compares with the plan ("2. Kết quả thực hiện chỉ tiêu (so với kế hoạch năm 2024)"), a result over its plan
    whose quotient is the rate too ("- Kết nạp hội viên mới: 512/600 hội viên, đạt 85,3%")."""
    if not _ITEM.match(low, lo):
        return False
    result = sole_result_before(low, figures, i, lo)
    if not result and not _a_result_over_its_plan(low, figures, i, lo):
        return False
    end = lo - 1
    for _ in range(30):  # up the list to the line that opens it
        if end <= 0:
            return False
        start = low.rfind("\n", 0, end) + 1
        if _ITEM.match(low, start):
            end = start - 1
            continue
        line = low[start:end].rstrip()
        if _HEADING_VERSUS_PLAN.search(line):
            if not result:  # the heading names the plan the ratio's whole is (as "đạt 85,3% kế hoạch" would)
                figures[i - 1].target = figures[i - 1].denominator
            return True
        return result and line.endswith(":") and _TARGETS_HEADING.search(line) is not None
    return False


# a heading that compares what follows with the plan: "2. Kết quả thực hiện chỉ tiêu (so với kế hoạch năm 2024)",
# "II. KẾT QUẢ SO VỚI NGHỊ QUYẾT:" (never "so với cùng kỳ")
_HEADING_VERSUS_PLAN = re.compile(r"so với\s+(?:chỉ tiêu|kế hoạch|nghị quyết|mục tiêu)\b[^\n]{0,30}$")
_RATIO_THEN_RATE = re.compile(r"[^\d()%,;]{0,40},\s*đạt\s*")


def _a_result_over_its_plan(low: str, figures: list[Figure], i: int, lo: int) -> bool:
    """"- Kết nạp hội viên mới: 512/600 hội viên, đạt 85,3%": the clause's one figure, a ratio whose quotient is the
    rate (rounded as written), of no unit of the union ("40/40 cơ sở, đạt 100%" is a share of them)."""
    if not i:
        return False
    g, f = figures[i - 1], figures[i]
    if g.num_start < lo or (i > 1 and figures[i - 2].num_start >= lo) or g.unit_class != "ratio":
        return False
    if not g.denominator or (g.unit and g.unit.lower() in UNIT_NOUNS) or g.achievement_pct is not None:
        return False
    return abs(g.value * 100 / g.denominator - f.value) < 0.5 and _RATIO_THEN_RATE.fullmatch(
        low, g.end, f.start) is not None


# "đã hoàn thành Đại hội đại biểu phụ nữ cấp cơ sở, nhiệm kỳ 2021-2026, đạt tỷ lệ 100%": a task done, then its rate
_COMPLETED_THEN_RATE = re.compile(r"\bhoàn thành\b[^;]*,\s*đạt(?:\s+tỷ lệ)?\s*$")


def _completes_a_task(low: str, figures: list[Figure], i: int, lo: int) -> bool:
    """"Hội đã hoàn thành việc thu hội phí năm 2023, đạt tỷ lệ 100%": the rate of a task completed, with no figure
    before it in its clause (never "1.019 hội viên hoàn thành 3 tiêu chuẩn, đạt tỷ lệ 83%", a share of them)."""
    f = figures[i]
    if i and figures[i - 1].num_start >= lo:
        return False
    if _SHARE_TARGET_IN_PARENS.match(low, f.end):
        return False  # "Chỉ tiêu duy nhất chưa hoàn thành là tỷ lệ nữ …, đạt 21,8% (chỉ tiêu 25%)": a share's level
    return _COMPLETED_THEN_RATE.search(low, max(lo, f.start - 200), f.start) is not None


def _restates_a_result_over_target(prev: Figure | None, f: Figure) -> bool:
    """"Số hộ thoát nghèo: 437/361 hộ (121,1%)": a percent that states the quotient of the result over its target
    before it (a part over its whole, "111/168 xã (66,1%)", is a share, not a rate)."""
    return (prev is not None and f.unit_class == "percent" and prev.unit_class == "ratio" and prev.target is not None
            and 0 < prev.target < prev.value and abs(prev.value * 100 / prev.target - f.value) < 1)


_SHARE_NAMED = re.compile(r"tỷ lệ|tỉ lệ")


def _target_in_brackets_before(low: str, lo: int, f: Figure) -> bool:
    """"Giúp 57 hộ (chỉ tiêu 50 hộ), đạt 114%": a target in brackets earlier in the clause, unless a share is named
    after it ("…, đạt 127% (chỉ tiêu …), nâng tổng số … lên 21.408 hội viên, tỷ lệ tập hợp đạt 87,2%": the share's
    own level, no rate)."""
    paren = _TARGET_IN_PARENS.search(low, lo, f.start)
    return paren is not None and _SHARE_NAMED.search(low, paren.end(), f.start) is None


def _names_its_target(low: str, bounds: Bounds, f: Figure, verb: re.Match | None, lo: int, right: str) -> bool:
    """Whether a rate says what it is measured by: "đạt 195% so với chỉ tiêu", "vượt kế hoạch 15%", "Giúp 57 hộ
    (chỉ tiêu 50 hộ), đạt 114%", or "vượt 52%" in a sentence about targets."""
    if TARGET_REF.match(right):
        # (the bracket may run past the 40 characters of "right")
        return not (f.unit_class == "percent" and (
            _SHARE_TARGET_IN_PARENS.match(right) or _SHARE_TARGET_IN_PARENS.match(low, f.end)))
    if verb is None:
        return False
    if _TARGET_CONTEXT.search(verb.group(0)) or _target_in_brackets_before(low, lo, f):
        return True
    exceeded = verb.group(0).strip().startswith("vượt")
    if not exceeded and f.unit != "lần" and f.value > 100 and not VERSUS.match(right):
        # "hoàn thành và vượt 9/9 chỉ tiêu, trong đó kết nạp 245 hội viên, đạt 122,5%": over 100 % in a sentence
        # about targets measures the result against its target
        return bool(_TARGET_CONTEXT.search(low, bounds.sentence_start(f.num_start), f.start))
    return exceeded and f.unit != "lần" and _exceeds_a_target(low, bounds, f, right)


def _measures_a_stated_target(prev: Figure | None, f: Figure, verb: re.Match | None, exceeded: bool, lo: int,
                              right: str) -> bool:
    """"Kết nạp 320/300 hội viên, đạt 106,7%", "Giúp 57 hộ (KH 50), đạt 114%": a bare "đạt X%" right after a result
    that carries its own target in the clause measures that result."""
    return (verb is not None and not exceeded and prev is not None and prev.num_start >= lo
            and prev.target is not None and not prev.is_target and prev.unit_class != "percent"
            and not VERSUS.match(right))


def _points_over_a_share(m: str, prev: Figure | None, f: Figure) -> bool:
    """"tỷ lệ tập hợp đạt 92% (vượt 7%)", "đạt 85,2%, vượt 2,2% so với chỉ tiêu": percentage points over a share
    target, not 107 % (but "đạt 462% (dự kiến vượt 362% chỉ tiêu)" restates a rate)."""
    return (prev is not None and prev.unit_class == "percent" and prev.achievement_pct is None
            and _POINTS_BETWEEN.fullmatch(m[prev.end:f.start].lower()) is not None)


# "đạt 92% (vượt 7%)", "đạt 95%, vượt chỉ tiêu 5%": points over the share's target
_POINTS_BETWEEN = re.compile(r"\s*[(,]\s*vượt(?:\s+(?:chỉ tiêu|kế hoạch|mục tiêu|nghị quyết)(?:\s+đề ra)?)?\s*")


