"""Which figure a stated rate qualifies, once :func:`wuanalysis.rates.attach_rates` has read the rate: a result over
its target whose quotient the rate states ("373/50 ý tưởng …, đạt 746%"), the figure right before it in brackets
("12/12 (đạt 100%)"), or the one head of its clause outside brackets ("phát triển mới 4.094 hội viên (trong đó …),
đạt 195% so với chỉ tiêu"); with two candidates the owner is unclear and only the percent carries the rate.
Patterns run on the lower-cased match form of the text (see ``wuanalysis.text``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rate_goals import units_reaching_a_bar
from .rate_named_targets import a_named_target_opens, a_rate_naming_another_deed

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure
    from .clause_bounds import Bounds


_JOINED = re.compile(r"\s*(?:và|,)\s*")
_ITEM_MARK = re.compile(r"\s*(?:[a-zA-ZđĐ]|\d{1,2})\)")


def depth(m: str, lo: int, pos: int) -> int:
    """How many parentheses are open at pos, counted from the clause start lo."""
    seg = m[lo:pos]
    shut = seg.count(")")
    if shut and _ITEM_MARK.match(seg):
        shut -= 1  # "c) Giúp 146 hộ …", "2) Kết nạp …": an item's letter or number closes no bracket
    return seg.count("(") - shut


def attach_to_owner(m: str, low: str, bounds: Bounds, figures: list[Figure], i: int, lo: int, rate: float,
                    in_paren_after: bool, ref: bool) -> None:
    """The figure the rate of figures[i] qualifies: a result over its target whose quotient the rate states ("373/50 ý
    tưởng … với tổng số tiền hơn 21,3 tỷ đồng (đạt tỷ lệ 746%)"), else right before it in parentheses ("12/12 (đạt
    100%)"), or the nearest figure of the clause outside parentheses when the rate names its target (``ref``)."""
    f, prev = figures[i], (figures[i - 1] if i else None)
    if (ratio := _ratio_it_restates(figures, i, lo, rate)) is not None:
        ratio.achievement_pct = rate
    elif in_paren_after and prev is not None and prev.unit_class not in ("percent",):
        if _PLAN_CLAUSE_BEFORE.search(low, max(0, prev.start - 60), prev.start):
            _rate_of_the_result_before_its_plan(low, bounds, figures, i - 1, rate)
        elif not (f.unit == "lần" and _joined_to_previous(low, figures, i - 1, lo)) and not _paired_counts(
                low, figures, i - 1):
            prev.achievement_pct = rate
    elif ref and depth(m, lo, f.num_start) == 0:
        _attach_to_head(m, low, bounds, figures, i, lo, rate)
    elif ref and (opened := m.rfind("(", lo, f.num_start)) != -1 and ")" not in m[opened:f.num_start] and (
            sole_result_before(low, figures, i, opened + 1)
            or _sole_result_in_its_bracket(low, figures, i, opened + 1)):
        figures[i - 1].achievement_pct = rate  # "căn cứ kết quả năm 2025 (toàn tỉnh kết nạp 9.846 hội viên, đạt 123%
        # kế hoạch năm; …)": the one result of a bracket's own clause, before its rate


# "…; kế hoạch cả năm là 8 căn (đạt 62,5%)", "; chỉ tiêu huyện giao là 5 tổ hợp tác (bằng 80%)": the plan's own clause
_PLAN_CLAUSE_BEFORE = re.compile(r"[;,]\s*(?:kế hoạch|chỉ tiêu|mục tiêu|kh)(?:\s+(?:[^\W\d_]+|20\d\d)){0,4}?"
                                 r"\s+(?:là|:)\s*$")


def _rate_of_the_result_before_its_plan(low: str, bounds: Bounds, figures: list[Figure], k: int, rate: float
                                        ) -> None:
    """"Hội giúp 30 hộ thoát nghèo; chỉ tiêu cả năm là 40 hộ (đạt 75%)": the bracket after a plan clause measures the
    one result told before the plan in its sentence whose quotient over the plan is the rate (and links the two); with
    none, or two, only the percent carries the rate (a plan reaches nothing)."""
    plan, start = figures[k], bounds.sentence_start(figures[k].num_start)
    tolerance = _tolerance(figures[k + 1])
    fits = [g for g in figures[:k] if g.num_start >= start and g.unit_class == plan.unit_class and _a_result(g)
            and _quotient_is(g, plan, rate, tolerance)]
    if len(fits) == 1 and fits[0].achievement_pct is None and fits[0].target in (None, plan.value):
        fits[0].achievement_pct = rate
        _link(fits[0], plan)


# "chưa hoàn thành (Cụm đạt 34 HTX, bằng 68% chỉ tiêu)", "(mới giúp 42 hộ, bằng 84% kế hoạch)": the bracket's one
# result, then its rate after a comma
_RATE_AFTER_BRACKETED_RESULT = re.compile(r"[^\d()%,;]{0,40},\s*(?:đạt|bằng)(?:\s+được)?\s*")


def _sole_result_in_its_bracket(low: str, figures: list[Figure], i: int, opened: int) -> bool:
    """"Chỉ tiêu … chưa hoàn thành (toàn tỉnh đạt 17 HTX, bằng 85% chỉ tiêu)": a rate naming its target inside a
    bracket measures the one count or amount told before it in that bracket (a level "đạt 17 HTX" too: the bracket
    tells the result of the verdict before it); never with two figures before the rate in the bracket."""
    if not i:
        return False
    prev = figures[i - 1]
    if prev.num_start < opened or (i > 1 and figures[i - 2].num_start >= opened):
        return False
    if prev.unit_class not in ("count", "vnd") or (prev.unit and prev.unit.lower() == "chỉ tiêu"):
        return False
    return prev.achievement_pct is None and _RATE_AFTER_BRACKETED_RESULT.fullmatch(
        low, prev.end, figures[i].start) is not None


def _a_result(g: Figure) -> bool:
    return g.unit_class in ("count", "vnd") and not g.is_target and not (g.unit and g.unit.lower() == "chỉ tiêu")


# "215 căn nhà "Mái ấm tình thương", trong đó 60 căn …": a part of the result before, its name between
_PART_AFTER_COMMA = re.compile(r"[^\d,;()]{0,60}?,?\s*(?:trong đó(?: có)?|gồm|bao gồm)\s*")


def _sole_result_of_clause_before(low: str, bounds: Bounds, figures: list[Figure], first: int, lo: int,
                                  i: int = -1, rate: float = 0.0) -> list[Figure]:
    """The one result of the clause before lo when a ";" of the same sentence ends it ("Số hội viên tăng 476 người;
    đạt 95,2% chỉ tiêu"), else none; its part is none ("215 căn …, trong đó 60 căn …; gấp 1,4 lần chỉ tiêu"), and of
    two, the one whose quotient over the plan in brackets is the rate ("xây mới 48 căn, sửa chữa 15 căn; vượt 20% chỉ
    tiêu (40 căn xây mới)", iv24 P1)."""
    if lo < 2 or low[lo - 1] != ";":
        return []
    start = bounds.clause(lo - 1)[0]
    found: list[Figure] = []
    for g in reversed(figures[:first]):
        if g.num_start < start:
            break
        if g.unit_class != "percent":
            found.insert(0, g)
    found = [g for k, g in enumerate(found) if not (k and _PART_AFTER_COMMA.fullmatch(low, found[k - 1].end, g.start))]
    if len(found) > 1 and i >= 0 and all(map(_a_result, found)):
        found = [g for g in [_measured_by_the_plan_after(low, figures, i, found, rate)] if g is not None]
    return found if len(found) == 1 and _a_result(found[0]) else []


def attach_before_a_named_target(low: str, bounds: Bounds, figures: list[Figure], i: int, lo: int, named: int,
                                 rate: float) -> None:
    """"Hội giúp 63 hộ thoát nghèo, so với kế hoạch 150 hộ mới đạt 42%", "…, còn thấp hơn chỉ tiêu 350 tỷ đồng mà tỉnh
    giao, chỉ đạt 89,1%": the rate whose target is named before its verb measures the one result of its clause before
    that name (the figure inside the name is the target), or, when the clause opens on the name after ";", the one
    result of the clause before ("Dư nợ đạt 8.915 tỷ đồng, tăng 4,7% so với đầu năm; so với kế hoạch năm, dư nợ đạt
    97,2%")."""
    first = i
    while first and figures[first - 1].num_start >= lo:
        first -= 1
    before = [g for g in figures[first:i] if g.num_start < named and g.unit_class != "percent"]
    heads = before if before else _sole_result_of_clause_before(low, bounds, figures, first, lo)
    if len(heads) != 1 or not _a_result(heads[0]) or heads[0].achievement_pct is not None:
        return
    result = heads[0]
    result.achievement_pct = rate
    plan = [g for g in figures[first:i] if g.num_start > named and g.unit_class == result.unit_class]
    if len(plan) == 1 and result.target is None and _quotient_is(result, plan[0], rate, _tolerance(figures[i])):
        _link(result, plan[0])  # "312 tỷ đồng, còn thấp hơn chỉ tiêu 350 tỷ đồng mà tỉnh giao, chỉ đạt 89,1%"


# "…; đạt 95,2% chỉ tiêu (500 hội viên)": the plan's amount in brackets right after the rate's target word
# ("bằng 78% kế hoạch năm 2025 (400 căn)": the year too)
# ("đạt 126% (chỉ tiêu 50 HTX)", "vượt 20% (kế hoạch năm 30 hộ)", "bằng 120% so với kế hoạch (kế hoạch 25 căn)": the
# target's word inside the bracket or before it, iv24 P1)
_PLAN_WORD = r"(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?:\s+(?:[^\W\d_]+|20\d\d)){0,3}?\s*"
_PLAN_IN_BRACKETS_NEXT = re.compile(
    r"\s*(?:(?:so với\s+)?" + _PLAN_WORD + r"\(\s*(?:" + _PLAN_WORD + r":?\s*)?|\(\s*" + _PLAN_WORD + r":?\s*)")


def _link_bracketed_plan(low: str, figures: list[Figure], i: int, result: Figure, rate: float) -> None:
    """"Số hội viên tăng 476 người; đạt 95,2% chỉ tiêu (500 hội viên)": the amount in brackets after the rate is the
    result's target when their quotient is the rate (the result's noun may differ: "người", "hội viên")."""
    if i + 1 < len(figures) and (plan := figures[i + 1]).unit_class == result.unit_class and (
            _PLAN_IN_BRACKETS_NEXT.fullmatch(low, figures[i].end, plan.start)) and _quotient_is(
            result, plan, rate, _tolerance(figures[i])):
        _link(result, plan)


def _tolerance(f: Figure) -> float:
    """Half a unit of the rate's last written decimal ("89,1%": 0.05; "gấp 1,2 lần": 5 points, a tenth of a lần)."""
    written = f"{f.value:g}"
    half = 0.5 * 10 ** -(len(written) - written.find(".") - 1 if "." in written else 0)
    return (half * 100 if f.unit == "lần" else half) + 1e-9


def _quotient_is(result: Figure, plan: Figure, rate: float, tolerance: float) -> bool:
    return bool(plan.value) and abs(result.value * 100 / plan.value - rate) <= tolerance


def _link(result: Figure, plan: Figure) -> None:
    """A result and its target, told apart by the rate their quotient is."""
    result.target = plan.value
    plan.is_target, plan.target = True, plan.value


# the doer of a result named after "như vậy": "phường", "Hội", "đơn vị", "Hội LHPN thị trấn" (up to four words; no
# share, no digit, no comma)
SUBJECT = (r"(?!(?:tỷ lệ|tỉ lệ|số|đã|mới|chỉ|đạt|vượt|bằng|hoàn thành|thực hiện|sau|trong|qua|đến)\b)"
           r"[^\W\d_]+(?:\s+(?!(?:đã|mới|chỉ|đạt|vượt|bằng|hoàn thành|thực hiện)\b)[^\W\d_]+){0,3}")
# "Kết quả vượt 16,7% kế hoạch", "như vậy đạt 105%": a rate opening its clause on the result told before
# ("So với chỉ tiêu năm (9.500 hội viên), kết quả này đạt 53,8%", "…, con số này bằng 61,5%": the result pointed at;
# "…, như vậy 9 tháng đạt 77,1% kế hoạch", "như vậy sau 6 tháng đầu năm đã đạt 75%": the period reached between)
# ("Chỉ tiêu … là 220 hội viên, như vậy phường đã thực hiện được 84,5% kế hoạch", "như vậy Hội mới hoàn thành 80%":
# the doer named after "như vậy", up to four words with no digit or comma, never a share's "tỷ lệ")
_RESULT_OPENS_RATE = re.compile(r"(?:^\W*|,\s*)(?:kết quả(?:\s+(?:này|trên))?|con số\s+(?:này|trên)|như vậy"
                                r"(?:\s+" + SUBJECT + r")?|tính chung)"
                                r"\s*,?\s*(?:đến nay\s*,?\s*)?(?:(?:sau|trong|qua)\s+)?"
                                r"(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?\s*,?\s*)?"
                                r"(?:đã\s+)?(?:(?:mới|chỉ)\s+)?"
                                r"(?:đạt|vượt|bằng|hoàn thành|thực hiện được)(?:\s+(?:được|mức|và vượt))?\s*$")


def attach_by_its_quotient(low: str, bounds: Bounds, figures: list[Figure], i: int, lo: int, rate: float
                           ) -> bool:
    """"… sửa chữa 5.834 căn nhà …" ¶ "… đặt mục tiêu … hỗ trợ 5.000 căn nhà … . Kết quả vượt 16,7% kế hoạch": a rate
    opened by "kết quả" / "như vậy" after its target measures the result of the same noun, told before that target,
    whose quotient over it is the rate, rounded as written (the one such pair in the target's sentence, the sentence
    before, and the result up to 3.000 characters back)."""
    f = figures[i]
    if not _RESULT_OPENS_RATE.search(low[lo:f.start]) and not a_named_target_opens(low, lo, f.start):
        return False  # ("Đối chiếu: …; chỉ tiêu tiết kiệm vượt 17,5%": a named target's rate, the plan told before)
    start = bounds.sentence_start(f.num_start)
    if start >= 2:
        start = bounds.sentence_start(start - 2)
    tolerance = _tolerance(f)
    found = {}
    for j in range(i - 1, -1, -1):
        t = figures[j]
        if t.num_start < start:
            break
        if not _a_result(t) or not t.value or not t.unit:
            continue
        for k in range(j - 1, -1, -1):
            g = figures[k]
            if g.num_start < t.num_start - 3000:
                break
            if (g.unit_class == t.unit_class and g.unit and g.unit.lower() == t.unit.lower() and _a_result(g)
                    and _quotient_is(g, t, rate, tolerance)):
                found[k] = t
    if len(found) != 1:
        return False
    k, plan = found.popitem()
    result = figures[k]
    if result.achievement_pct is None and result.target in (None, plan.value):
        result.achievement_pct = rate
        _link(result, plan)
    return True


def _paired_counts(low: str, figures: list[Figure], k: int) -> bool:
    """"486 cuộc/19.240 lượt người dự (đạt 92% kế hoạch)": two counts of other nouns joined by a slash; which one the
    bracketed rate measures is unclear, so it stays on the percent alone."""
    g, f = (figures[k - 1], figures[k]) if k else (None, None)
    return g is not None and f is not None and g.unit != f.unit and low[g.end:f.start] == "/"


# "…, đạt 150%": the rate after the result's own words, a comma and the verb (no figure, bracket or "so với" between)
_REACHED_BEFORE = re.compile(r"\bđạt\s*$")
# "…, đạt tỷ lệ 128%" too; a noun of two kinds with its comma ("giúp 312 hộ thoát nghèo, cận nghèo, đạt 104%": a second
# kind of at most three words, no verb of a new clause)
_BARE_RATE_AFTER = re.compile(r"[^\d()%,;]{0,60}(?:,\s*(?!(?:trong đó|tăng|giảm|vượt|hoàn thành|đạt|bằng|nâng|với|chiếm"
                              r"|gồm|so)\b)[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?,\s*đạt(?:\s+tỷ lệ)?\s*")


def sole_result_before(low: str, figures: list[Figure], i: int, lo: int) -> bool:
    """"Hội đã giúp 347 hộ thoát nghèo, đạt 150%", "đã thành lập 4.174 tổ hợp tác, đạt 124%": a bare rate over 100
    right after the one result of its clause can only measure that result against its plan (rc5 r015's gold);
    declined when another figure precedes it in the clause ("có 488 hộ … (trong đó DTTS: 138 hộ), đạt 462%": the
    owner is unclear) and for a share ("đạt 29%" is reached by the rule's caller only over 100)."""
    if not i:
        return False
    prev = figures[i - 1]
    if prev.num_start < lo or (i > 1 and figures[i - 2].num_start >= lo):
        return False
    if prev.unit_class not in ("count", "vnd") or (prev.unit and prev.unit.lower() == "chỉ tiêu"):
        return False
    if _REACHED_BEFORE.search(low, max(lo, prev.start - 12), prev.start):
        return False  # "Tổng dư nợ của hội viên đạt 12 tỷ đồng, đạt 115%": a level reached; the percent keeps it
    return prev.achievement_pct is None and _BARE_RATE_AFTER.fullmatch(low, prev.end, figures[i].start) is not None


def _ratio_it_restates(figures: list[Figure], i: int, lo: int, rate: float) -> Figure | None:
    """The result over its target before a rate in its clause whose quotient the rate states, rounded ("373/50 …,
    đạt 746%", "130/100 lao động nữ, với thu nhập …, đạt 130%"): the rate measures that result, whatever figures
    come in between (not "10/10 nhiệm vụ, trong đó … 1 chỉ tiêu đạt 100%": a whole met is no result over a target,
    and a count of targets owns the rate after it)."""
    for j in range(i - 1, -1, -1):
        g = figures[j]
        if g.num_start < lo or (g.unit and g.unit.lower() == "chỉ tiêu"):
            return None
        if g.unit_class == "ratio" and g.denominator and g.value > g.denominator and g.achievement_pct is None and abs(
                g.value * 100 / g.denominator - rate) < 1:
            return g
    return None


def _joined_to_previous(low: str, figures: list[Figure], j: int, lo: int) -> bool:
    """Whether figure j is the second of two joined by "và" or a comma in its clause ("hơn 1.600 hợp tác xã và trên
    6.000 tổ hợp tác"): a multiple in parentheses after it has no single owner."""
    if j < 1 or figures[j - 1].num_start < lo:
        return False
    return _JOINED.fullmatch(low, figures[j - 1].end, figures[j].start) is not None


_RESULT_AFTER_RATE = re.compile(r"[^\d;()]{0,40}\svới\s*")
# a rate opening its sentence ("Đạt 136% chỉ tiêu, Hội vận động 680 phụ nữ …"), and the one result it then tells
_RATE_OPENS = re.compile(r"\W*(?:đạt|vượt|hoàn thành|bằng|gấp)(?:\s+và\s+vượt)?\s*")  # "…; gấp 1,4 lần chỉ tiêu"
# ("…; gần gấp 1,4 lần chỉ tiêu", "…; đạt khoảng 95% kế hoạch": the hedge the figure holds, read up to its number)
_RATE_OPENS_HEDGED = re.compile(r"\W*(?:(?:gần|hơn|khoảng|xấp xỉ)\s+)?(?:đạt|vượt|hoàn thành|bằng|gấp)(?:\s+và\s+vượt)?"
                                r"\s*(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?(?:gấp\s+)?")
# (a period named between, "Đạt 175% kế hoạch, 6 tháng đầu năm 2026, Hội đã …", is read as one letter "P" first)
_RESULT_AFTER_OPENING_RATE = re.compile(r"[^\d;()]{0,40}?,\s*(?:P\s*,)?[^\d;(),]{0,60}")
_PERIOD_NAMED = re.compile(r"\d{1,2} tháng(?: đầu| cuối)?(?: năm)?(?: 20\d\d)?|năm 20\d\d")


def _heads_after_or_before_the_clause(low: str, bounds: Bounds, figures: list[Figure], i: int, lo: int, first: int,
                                      any_before: bool, rate: float) -> list[Figure]:
    """The result of a rate whose clause holds none before it: the one told right after it, or the sole result of the
    sentence or clause before."""
    after = figures[i + 1] if i + 1 < len(figures) else None
    if after is not None and _RESULT_AFTER_RATE.fullmatch(low, figures[i].end, after.start):
        return [after]  # "Đạt 120% kế hoạch với 360 hội viên mới được kết nạp"
    if after is not None and after.unit_class != "percent" and _RATE_OPENS.fullmatch(
            low, lo, figures[i].start) and _RESULT_AFTER_OPENING_RATE.fullmatch(
            _PERIOD_NAMED.sub("P", low[figures[i].end:after.start])) and (
            i + 2 >= len(figures) or figures[i + 2].num_start >= bounds.clause(after.end)[1]):
        return [after]  # "Đạt 105% kế hoạch, Hội đã kết nạp 420 hội viên mới": the rate first, its one result after
    if first and _POINTS_BACK.fullmatch(low, lo, figures[i].start):
        return _sole_result_of_sentence_before(low, bounds, figures, first, lo)
    if not any_before and _RATE_OPENS_HEDGED.fullmatch(low, lo, figures[i].num_start):
        heads = _sole_result_of_clause_before(low, bounds, figures, first, lo, i, rate)  # "…; đạt 104% KH"
        if len(heads) == 1 and heads[0].achievement_pct is None and heads[0].target is None:
            _link_bracketed_plan(low, figures, i, heads[0], rate)
        return heads
    return []


def _attach_to_head(m: str, low: str, bounds: Bounds, figures: list[Figure], i: int, lo: int, rate: float
                    ) -> None:
    """Only when the clause has one candidate outside parentheses: "phát triển mới 4.094 hội viên (trong đó …),
    đạt 195% so với chỉ tiêu"; with two ("kết nạp 2.345 …, nâng tổng số lên 245.678 …, đạt 101,5% chỉ tiêu")
    it is unclear which one the rate measures, so only the percent carries it."""
    first = i  # the figures are in text order: those of the clause before the rate are the ones right before it
    while first and figures[first - 1].num_start >= lo:
        first -= 1
    before = [g for g in figures[first:i] if depth(m, lo, g.num_start) == 0]
    if before and before[-1].unit_class == "percent" and before[-1].achievement_pct is not None:
        return  # "đạt 462% (… vượt 362% chỉ tiêu)": the same rate restated (not growth: "tăng 8% so với năm 2023")
    if before and (share := before[-1]).unit_class == "percent" and _SHARE_THEN_ITS_RATE.fullmatch(
            low, share.end, figures[i].start) and _LEVEL_BEFORE.search(low, max(lo, share.start - 12), share.start):
        share.achievement_pct = rate  # "Tỷ lệ hộ dùng nước sạch đạt 88%, bằng 98% kế hoạch": the share's own rate
        return
    last = next((g for g in reversed(before) if g.unit_class != "percent"), None)
    if last is not None and last.unit and last.unit.lower() == "chỉ tiêu":
        return  # "10/10 nhiệm vụ, trong đó 9 chỉ tiêu đạt từ 120% - 300%": the rate of the targets counted
    heads = [g for g in before if g.unit_class != "percent" and g.unit != "lần"
             and not (g.unit and g.unit.lower() == "chỉ tiêu")]  # "vượt 9/9 chỉ tiêu, trong đó …" counts targets
    if len(heads) > 1 and (measured := _measured_by_the_plan_after(low, figures, i, heads, rate)) is not None:
        heads = [measured]  # "2.400 phụ nữ …, trong đó 1.530 người …, gấp 1,5 lần kế hoạch (1.000 người)": the part
    heads = _results_the_rate_may_measure(low, figures[i], heads)
    # "Thành lập 1 hợp tác xã, với 10 xã viên …", "kết nạp 600 hội viên, trong đó 150 …": an attribute or a part of
    # the figure before it, never what the rate measures
    heads = [g for k, g in enumerate(heads) if not (k and _PART_OF_PREVIOUS.fullmatch(low, heads[k - 1].end, g.start))
             and not (k and _CHANGE_BEFORE.search(low, max(lo, g.start - 12), g.start)
                      and _VERSUS_AFTER.match(low, g.end))  # "…, tăng 85 tỷ đồng so với cùng kỳ, …": a change
             and not (k and g.unit_class == "vnd" and _VALUE_IN_ITEM.fullmatch(low, heads[k - 1].end, g.start))]
    if last is not None and heads and all(g is not last for g in heads) and _PART_DONE_THEN_RATE.fullmatch(
            low, last.end, figures[i].start):
        heads = [last]  # "hỗ trợ 5.920 ý tưởng, trong đó 1.240 ý tưởng được hoàn thiện, đạt 124% so với chỉ tiêu"
    if len(heads) > 1 and (measured := _measured_by_the_plan_after(low, figures, i, heads, rate)) is not None:
        heads = [measured]  # the same, once the per-unit amounts and the item's own value are left out
    if len(heads) > 1:  # "45 tổ hợp tác (chỉ tiêu 40) và 6 HTX, bằng 75% chỉ tiêu": the first is measured already
        heads = [g for g in heads if not _has_another_target(low, figures[first:i], g, rate)] or heads
    if not heads:
        heads = _heads_after_or_before_the_clause(low, bounds, figures, i, lo, first, bool(before), rate)
    # the figure told right before the last head, whether a head or not ("1.254 tổ …, với 52.418 hộ còn dư nợ, tổng
    # dư nợ … 2.300 tỷ đồng, đạt 108%": the households are a part of the groups, yet the amount opens its own clause)
    left = before[before.index(heads[-1]) - 1] if len(heads) > 1 and before.index(heads[-1]) else None
    if left is not None and _clause_of_its_own(low, heads[-1], figures[i]) and (
        _OWN_VERB.fullmatch(low, left.end, heads[-1].start)
        and not _RUNNING_TOTAL.search(low, left.end, heads[-1].start)
        and not _VALUE_OF_ITEM.search(low, left.end, heads[-1].start)
    ):
        heads = heads[-1:]  # "Tập huấn 800 phụ nữ, giới thiệu việc làm cho 45 lao động, vượt 50% chỉ tiêu": its clause
    if len(heads) == 1 and heads[0].achievement_pct is None and not units_reaching_a_bar(
            low, heads[0], figures[i]) and not a_rate_naming_another_deed(low, heads[0], figures[i]):
        heads[0].achievement_pct = rate
        between = figures[figures.index(heads[0]) + 1:i]
        if heads[0].target is None and between and all(g.unit_class == "vnd" != heads[0].unit_class for g in between):
            _link_bracketed_plan(low, figures, i, heads[0], rate)  # "1 căn nhà … trị giá 60 triệu đồng, đạt 50% chỉ
            # tiêu năm (2 căn)": the item's value between (no value between: the target rules link the bracket)


def _clause_of_its_own(low: str, head: Figure, f: Figure) -> bool:
    """The rate right after the head's own comma-clause: "…, giới thiệu việc làm cho 45 lao động, vượt 50% chỉ tiêu",
    and a multiple whose "gấp" its figure holds: "Kế hoạch 40 hộ, thực hiện 80 hộ, gấp 2 lần chỉ tiêu"."""
    if _OWN_CLAUSE.fullmatch(low, head.end, f.start):
        return True
    return f.unit == "lần" and _OWN_CLAUSE_OF_A_MULTIPLE.fullmatch(low, head.end, f.start) is not None and (
        "gấp" in low[head.end:f.num_start])


_OWN_CLAUSE_OF_A_MULTIPLE = re.compile(r"[^\d,;()]{0,60},\s*(?:(?:đạt|bằng)\s+)?(?:(?:gần|hơn|khoảng|xấp xỉ)\s+)?"
                                       r"(?:gấp\s*)?")


# a result's cost told aside: "với (tổng) kinh phí", "tổng trị giá", "tổng số tiền" (not "trị giá 60 triệu đồng" of one
# item, nor "mỗi căn trị giá …")
_COST_ASIDE = re.compile(r"(?:tổng\s+(?:trị giá|kinh phí|số tiền)|(?<![^\W\d_])kinh phí)\s*:?\s*(?:là\s+)?"
                         r"(?:(?:khoảng|hơn|gần|trên|xấp xỉ)\s+)?$")


def _measured_by_the_plan_after(low: str, figures: list[Figure], i: int, heads: list[Figure], rate: float
                                ) -> Figure | None:
    """"2.400 phụ nữ …, trong đó 1.530 người …, gấp 1,5 lần kế hoạch (1.000 người)": the one head of the plan's class in
    brackets after the rate whose quotient over the plan is the rate ("(3 tỷ đồng)" makes the money the result); never
    across a result's cost aside ("312 "Mái ấm …" với tổng kinh phí 18,7 tỷ đồng, bằng 78% kế hoạch năm (400 căn)":
    the houses' plan or the money's is unclear, the sixteenth session's house rule)."""
    if i + 1 >= len(figures) or not _PLAN_IN_BRACKETS_NEXT.fullmatch(low, figures[i].end, figures[i + 1].start):
        return None
    plan, tolerance = figures[i + 1], _tolerance(figures[i])
    if plan.unit_class != "vnd" and any(g.unit_class == "vnd" and _COST_ASIDE.search(
            low, max(0, g.start - 30), g.start) for g in heads):
        return None
    fits = [g for g in heads if g.unit_class == plan.unit_class and _quotient_is(g, plan, rate, tolerance)]
    return fits[0] if len(fits) == 1 else None


# "… 1.160 phụ nữ có việc làm mới. Con số này đạt 116% so với chỉ tiêu cả năm", "Số hộ này bằng 95% chỉ tiêu": a
# rate opening its sentence on the result told before
_POINTS_BACK = re.compile(r"\W*(?:con số|kết quả|số lượng|số(?:\s+[^\W\d_]+){1,2})\s+(?:này|trên)\s+(?:đã\s+)?"
                          r"(?:đạt|bằng|vượt|hoàn thành)(?:\s+(?:được|mức))?\s*")


def _sole_result_of_sentence_before(low: str, bounds: Bounds, figures: list[Figure], first: int, lo: int
                                    ) -> list[Figure]:
    """The one result (a count or an amount) of the sentence before lo, if it has exactly one."""
    if lo < 2 or bounds.sentence_start(lo) != lo:
        return []
    start = bounds.sentence_start(lo - 2)
    found = []
    for g in reversed(figures[:first]):
        if g.num_start < start:
            break
        if g.unit_class in ("count", "vnd") and not g.is_target and not (g.unit and g.unit.lower() == "chỉ tiêu"):
            found.append(g)
    return found if len(found) == 1 else []


def _has_another_target(low: str, clause: list[Figure], g: Figure, rate: float) -> bool:
    """Whether a head carries its own target in brackets right after it ("45 tổ hợp tác (chỉ tiêu 40)") whose quotient
    is not the rate: another head of the clause is the one the rate measures."""
    nxt = next((h for h in clause if h.num_start > g.num_start), None)
    if nxt is None or not nxt.value or not _OWN_TARGET_NEXT.fullmatch(low, g.end, nxt.start):
        return False
    return abs(g.value * 100 / nxt.value - rate) >= 1


# "45 tổ hợp tác (chỉ tiêu 40)", "62 hộ (KH: 60)": a result's own target, in brackets right after it
_OWN_TARGET_NEXT = re.compile(r"\s*\(\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu)\s*:?\s*")
# "hỗ trợ 1 căn nhà … trị giá 60 triệu đồng, đạt 50% chỉ tiêu": the value inside the item's own words (no comma),
# the item's, not a result the rate measures ("…, tổng trị giá 7,9 tỷ đồng, đạt 131%" stays unclear)
_VALUE_IN_ITEM = re.compile(r"[^\d,;()]{0,60}?\s(?:có\s+)?(?:tổng\s+)?trị giá\s*")


# a share reached, then how it stands against its target share: "đạt 76%, bằng 95% chỉ tiêu đề ra" (not a change,
# "tăng 5%, bằng 104% kế hoạch", whose rate is the result's before it)
_SHARE_THEN_ITS_RATE = re.compile(r"\s*,\s*(?:bằng|đạt)\s*")
_LEVEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:đạt|là|có|chiếm)\s*$")
# the last figure's clause opens on its own verb: "…, giới thiệu việc làm cho 45 lao động" (not "4 tổ hợp tác, 1 hợp
# tác xã", a list sharing one verb)
# (the last comma of a noun of two kinds: "900 hộ phụ nữ nghèo, cận nghèo, trong đó giúp 370 hộ")
_OWN_VERB = re.compile(r"[^;]*,\s*[^\W\d_][^,;]*")
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm)(?:\s+(?:thêm|được))?\s*$")
_VERSUS_AFTER = re.compile(r"[^\d,;()]{0,30}?so với")
_PART_OF_PREVIOUS = re.compile(r"[^\d,;()]{0,20}?\s*,?\s*(?:với|trong đó(?: có)?|gồm)\s*")
# the rate right after the figure's own comma-clause: "…, đưa 29 nữ đi xuất khẩu lao động, vượt 277% chỉ tiêu"
# ("…, thực hiện 138, tức vượt 15% chỉ tiêu": the result restated as its excess)
_OWN_CLAUSE = re.compile(r"[^\d,;()]{0,60},\s*(?:tức(?:\s+là)?\s+)?(?:đạt|vượt|bằng|hoàn thành)(?:\s+(?:và vượt|được))?"
                         r"\s*")
# "…, nâng tổng số hội viên lên 245.678 chị, đạt 101,5%": a running total restates the count, the owner is unclear
# a part that has its own verb before the rate: "trong đó 1.240 ý tưởng được hoàn thiện, đạt 124% so với chỉ tiêu"
_PART_DONE_THEN_RATE = re.compile(r"\s+(?:[^\W\d_]+\s+){0,4}?(?:được|đã)\s+[^\W\d_][^\d,;()]{0,40},\s*(?:đạt|bằng|vượt)"
                                  r"(?:\s+được)?\s*")
_RUNNING_TOTAL = re.compile(r"tổng số|nâng|lũy kế|tổng cộng|toàn bộ")
# "158 nhà …, tổng trị giá 7,9 tỷ đồng, đạt 131%": the value of the item counted before, no clause of its own
_VALUE_OF_ITEM = re.compile(r",\s*(?:với\s+)?(?:tổng\s+)?(?:trị giá|kinh phí|số tiền)\b")


# "mỗi căn 70 triệu đồng", "mỗi suất 2 triệu đồng": an amount per unit describes the count before it
_PER_UNIT_BEFORE = re.compile(r"mỗi\s+(?:[^\W\d_]+\s+){1,3}$")
# the events held for people: "mở 4 lớp tập huấn … cho 260 hội viên", "12 buổi truyền thông cho 940 lượt hội viên"
_EVENTS = frozenset(("lớp", "buổi", "cuộc", "đợt", "hội nghị", "lớp tập huấn", "buổi tập huấn", "phiên", "hội thi"))
_HELD_FOR = re.compile(r"[^\d,;()]{0,60}\scho\s+(?:(?:hơn|trên|gần|khoảng)\s+)?")
# the noun the rate names after its target's word: "vượt 24% chỉ tiêu về tổ hợp tác"
_NOUN_NAMED_AFTER = re.compile(r"\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?:\s+[^\W\d_]+){0,3}?\s+về\s+([^\d,;.()]{2,40})")


def _results_the_rate_may_measure(low: str, f: Figure, heads: list[Figure]) -> list[Figure]:
    """The heads a trailing rate may measure: never an amount per unit ("xây 5 nhà, mỗi căn 70 triệu đồng, vượt 25% kế
    hoạch"); the people events were held for, not the events ("3 lớp … cho 175 cán bộ, vượt 17% kế hoạch"); the one
    head of the noun the rate names ("38 hợp tác xã và 124 tổ hợp tác, vượt 24% chỉ tiêu về tổ hợp tác")."""
    if len(heads) > 1 and "mỗi" in low[heads[0].end:f.start]:
        heads = [g for g in heads if not _PER_UNIT_BEFORE.search(low, max(0, g.start - 30), g.start)]
    if len(heads) > 1 and " cho " in low[heads[0].end:f.start]:
        heads = [g for k, g in enumerate(heads) if not (
            k + 1 < len(heads) and g.unit and g.unit.lower() in _EVENTS and _HELD_FOR.fullmatch(
                low, g.end, heads[k + 1].start))]
    if len(heads) > 1 and " về " in low[f.end:f.end + 60] and (named := _NOUN_NAMED_AFTER.match(low, f.end)):
        own = [g for g in heads if g.unit and named.group(1).startswith(g.unit.lower())]
        heads = own if len(own) == 1 else heads
    return heads
