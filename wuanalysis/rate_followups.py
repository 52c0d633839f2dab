"""The rate rules read once every rate of a text is placed by :func:`wuanalysis.rates.attach_rates` (split from
:mod:`wuanalysis.rates` and :mod:`wuanalysis.rate_heads`): a result over its target with a bare "tỷ lệ N%", a rate in
brackets after a target's result, the count a rate equals, a rate's estimate in brackets, the share a rate measures by
its bracketed share plan, and every target told met. Patterns run on the lower-cased match form of the text (see
``wuanalysis.text``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rate_heads import _link, _quotient_is, _tolerance

if TYPE_CHECKING:  # pragma: no cover
    from .clause_bounds import Bounds
    from .extract import Figure


def attach_rates_after(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The rules read once every rate of the text is placed, each behind the literal words it needs."""
    if "tỷ lệ" in low:
        attach_rates_of_pairs(low, figures)
    if "hoàn thành" in low:
        _attach_targets_told_met(low, bounds, figures)
    if "chỉ tiêu" in low and "(" in low:
        attach_rates_in_brackets_of_a_target(low, bounds, figures)
    if "(" in low:
        _link_the_plan_named_far(low, figures)
    if "tương đương" in low or "tương ứng" in low or "tức" in low:
        attach_to_the_count_it_equals(low, figures)
    if "(ước" in low or "(dự kiến" in low:
        attach_to_its_estimate(low, figures)
    if "(" in low:
        attach_to_the_share_it_measures(low, bounds, figures)
    if ("\t" in low or "|" in low) and "chỉ tiêu" in low:
        attach_to_the_row_it_reviews(low, bounds, figures)


# "vượt 3,1% so với tổng chỉ tiêu Trung ương Hội giao cho các tỉnh trong Cụm (40.000 hội viên)", "đạt 105% kế hoạch mà
# Ban Thường vụ các tỉnh thống nhất đề ra (1.100 hộ)": the target's words, however long, then its amount in brackets
_PLAN_NAMED_FAR = re.compile(r"\s*(?:so với\s+)?(?:tổng\s+)?(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?![^\W\d_])"
                             r"[^\d()%;.\n]{0,100}\(\s*")


def _link_the_plan_named_far(low: str, figures: list[Figure]) -> None:
    """"kết nạp được 41.236 hội viên mới, vượt 3,1% so với tổng chỉ tiêu Trung ương Hội giao cho các tỉnh trong Cụm
    (40.000 hội viên)": the result right before its rate takes the amount in brackets after the rate's target words as
    its target, when their quotient is the rate (a plan of the result's class, the result without a target yet)."""
    for i in range(1, len(figures) - 1):
        f, result, plan = figures[i], figures[i - 1], figures[i + 1]
        if (f.unit_class != "percent" or f.achievement_pct is None or result.achievement_pct != f.achievement_pct
                or result.target is not None or result.unit_class not in ("count", "vnd")
                or plan.unit_class != result.unit_class or plan.achievement_pct is not None):
            continue
        if _PLAN_NAMED_FAR.fullmatch(low, f.end, plan.start) and _quotient_is(
                result, plan, f.achievement_pct, _tolerance(f)):
            _link(result, plan)


# "100% chỉ tiêu Nghị quyết được hoàn thành", "100% các chỉ tiêu kế hoạch năm đều hoàn thành": the share of the targets
# told met (never "… đạt và vượt", met and exceeded, nor "… hoàn thành và vượt")
_TARGETS_TOLD_MET = re.compile(r"\s*(?:các\s+)?chỉ tiêu(?:\s+[^\W\d_]+){0,8}?\s+(?:(?:đều|đã)\s+)*(?:được\s+)?"
                               r"hoàn thành\b(?!\s+(?:và|đạt|vượt))")
# a goal or a share before it in the clause: "Phấn đấu đến cuối năm 100% chỉ tiêu được hoàn thành"
_NOT_TOLD_MET = re.compile(r"(?<!đã )(?:phấn đấu|đảm bảo|bảo đảm|quyết tâm|cam kết|đến (?:cuối|hết)|mục tiêu|tỷ lệ)")


def _attach_targets_told_met(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Nhiệm kỳ qua, 100% chỉ tiêu Nghị quyết được hoàn thành": every target met, its own achievement (SCHEMA: on
    the percent itself), unless a goal or a share opens the clause ("90% chỉ tiêu …", a part of them, is like "9/10
    chỉ tiêu": no rate)."""
    for f in figures:
        if (f.unit_class != "percent" or f.achievement_pct is not None or f.is_target or f.value != 100
                or not low.startswith(" ", f.end) or not _TARGETS_TOLD_MET.match(low, f.end)):
            continue
        lo = bounds.clause(f.num_start)[0]
        if not _NOT_TOLD_MET.search(low, lo, f.start):
            f.achievement_pct = f.value


# "812/700 căn nhà, tỷ lệ 116%", "1.160 căn/1.000 căn chỉ tiêu, tỷ lệ 116%"
_RATE_WORD_AFTER = re.compile(r"[^\d,;.()]{0,30}?,\s*tỷ lệ\s*")


def attach_rates_of_pairs(low: str, figures: list[Figure]) -> None:
    """"812/700 căn nhà, tỷ lệ 116%", "2.140 căn/1.500 căn chỉ tiêu, tỷ lệ 142,7%": a bare "tỷ lệ N%" right after a
    result over its target, whose quotient it states, is that result's rate (not "tỷ lệ tập hợp 86%", a share)."""
    for i, f in enumerate(figures):
        if not i or f.unit_class != "percent" or f.achievement_pct is not None or not _RATE_WORD_AFTER.fullmatch(
                low, figures[i - 1].end, f.start):
            continue
        result = figures[i - 1]
        if result.is_target and i >= 2 and figures[i - 2].target == result.value:
            result = figures[i - 2]  # (the target told apart from its result)
        if result.target and not result.is_target and result.unit_class != "percent" and (
                result.achievement_pct is None and abs(result.value * 100 / result.target - f.value) < 1):
            f.achievement_pct = result.achievement_pct = f.value


# "Chỉ tiêu duy nhất chưa hoàn thành là xây nhà Mái ấm (xây 18 căn, đạt 72%)": a clause about a target, then its
# result and a bare rate in brackets (the words before the result, the result, ", đạt", the rate, the bracket shut)
# (not a part of the figure before the bracket: "giúp 45 hộ (trong đó 12 hộ DTTS, đạt 90%)")
_OPENS_RESULT = re.compile(r"\(\s*(?!trong đó|gồm|bao gồm|với|riêng)[^\W\d][^\d(),;]{0,40}")
_BARE_RATE_IN_BRACKETS = re.compile(r"[^\d(),;]{0,30},\s*(?:đạt|bằng)(?:\s+được)?\s*")
_CLOSES = re.compile(r"\s*\)")
_NAMED_TARGET = re.compile(r"(?<![^\W\d_])chỉ tiêu(?![^\W\d_])")
_NO_TARGET_REVIEWED = re.compile(r"tỷ lệ|tỉ lệ|phấn đấu|đến năm|đến cuối")  # a share, or a goal


def attach_rates_in_brackets_of_a_target(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Riêng chỉ tiêu thành lập hợp tác xã chưa đạt (thành lập 3 HTX, đạt 60%)": the rate in brackets after the one
    result there is that result's and the percent's, when the clause before the bracket names a target (not "Hội tổ
    chức … (giúp 45 hộ, đạt 90%)", nor a share "(…, đạt 85% hội viên trong độ tuổi)")."""
    for i, f in enumerate(figures):
        if not i or f.unit_class != "percent" or f.achievement_pct not in (None, f.value) or f.is_target:
            continue  # (a rate over 100 is read already, "(kết nạp 120 hội viên, đạt 120%)": its result not yet)
        prev = figures[i - 1]
        if prev.unit_class not in ("count", "vnd") or prev.achievement_pct is not None or prev.is_target or (
                prev.unit and prev.unit.lower() == "chỉ tiêu"):
            continue
        lo = bounds.clause(f.num_start)[0]
        k = low.rfind("(", lo, prev.start)
        if k == -1 or not _OPENS_RESULT.fullmatch(low, k, prev.start) or not _BARE_RATE_IN_BRACKETS.fullmatch(
                low, prev.end, f.start) or not _CLOSES.match(low, f.end):
            continue
        if _NAMED_TARGET.search(low, lo, k) and not _NO_TARGET_REVIEWED.search(low, lo, k):
            f.achievement_pct = prev.achievement_pct = f.value


# "chỉ tiêu kết nạp hội viên mới đạt 64%, tương đương 5.120 hội viên", "đạt 75% kế hoạch, tức 600 hội viên"
_EQUALS = re.compile(r"\s*,?\s*(?:tương đương(?:\s+với)?|tương ứng(?:\s+với)?|tức(?:\s+là)?)\s*")


def attach_to_the_count_it_equals(low: str, figures: list[Figure]) -> None:
    """"… mới đạt 64%, tương đương 5.120 hội viên": the count a rate is said to equal is the result it measures."""
    for f, g in zip(figures, figures[1:]):
        if (f.unit_class == "percent" and f.achievement_pct is not None and g.achievement_pct is None
                and g.unit_class in ("count", "vnd") and not g.is_target and _EQUALS.fullmatch(low, f.end, g.start)):
            g.achievement_pct = f.achievement_pct


# "mới đạt 54% kế hoạch năm (ước cả năm đạt khoảng 85%)": the rate, then its estimate for the period in brackets
_ESTIMATE_OF_THE_RATE = re.compile(r"[^\d();.%]{0,30}\(\s*(?:ước|dự kiến)(?:\s+(?:tính|thực hiện))?"
                                   r"(?:\s+(?:cả năm|đến cuối năm|đến hết năm|năm 20\d\d))?\s*(?:đạt|bằng)?\s*")


def attach_to_its_estimate(low: str, figures: list[Figure]) -> None:
    """"Quỹ tiết kiệm mới đạt 54% kế hoạch năm (ước cả năm đạt khoảng 85%)": the estimate in brackets after a rate is
    the same target's rate, estimated (never "(dự kiến tăng 5%)", a change)."""
    for f, g in zip(figures, figures[1:]):
        if (f.unit_class == g.unit_class == "percent" and f.achievement_pct == f.value and g.achievement_pct is None
                and not g.is_target and _ESTIMATE_OF_THE_RATE.fullmatch(low, f.end, g.start)):
            g.achievement_pct = g.value


# "61,3% hội viên tham gia …, bằng 87,6% kế hoạch (70%)": the rate, its target's word, the target share in brackets
_PLAN_SHARE_IN_BRACKETS = re.compile(r"\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?:\s+[^\W\d_]+){0,3}?\s*\(\s*")


def attach_to_the_share_it_measures(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Chuyển đổi số: 61,3% hội viên tham gia các nhóm Zalo, bằng 87,6% kế hoạch (70%)": a rate whose bracketed plan
    is a share measures the share before it in the clause when the share over the plan is the rate (±0.5), and the
    bracketed share is that share's target."""
    for k in range(1, len(figures) - 1):
        f, plan = figures[k], figures[k + 1]
        if (f.unit_class != "percent" or plan.unit_class != "percent" or f.achievement_pct != f.value or not plan.value
                or _PLAN_SHARE_IN_BRACKETS.fullmatch(low, f.end, plan.start) is None):
            continue
        lo = bounds.clause(f.num_start)[0]
        share = next((g for g in reversed(figures[:k]) if g.num_start >= lo and g.unit_class == "percent"), None)
        if share is not None and share.achievement_pct in (None, f.value) and share.target is None and abs(
                share.value * 100 / plan.value - f.value) <= 0.5:
            share.achievement_pct = f.value
            _link(share, plan)  # the bracketed share is the share's target, not the rate's


# a named target's rate opening its clause: "Chỉ tiêu giảm nghèo đạt 80%", "Riêng chỉ tiêu giảm nghèo chỉ đạt 80%"
_NAMED_TARGET_OPENS = re.compile(r"\W*(?:riêng\s+)?chỉ tiêu\s+([^\d,;:()\n%]{2,60}?)\s+(?:(?:chỉ|mới|chỉ mới)\s+)?đạt"
                                 r"(?:\s+được)?\s*")
# words too common to tell one row's target from another's
_COMMON_WORDS = frozenset(("hộ", "hội", "viên", "phụ", "nữ", "số", "tỷ", "lệ", "các", "và", "mới", "được", "cho", "có",
                           "người", "chỉ", "tiêu", "của", "trong", "năm"))


def attach_to_the_row_it_reviews(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Hộ thoát nghèo ⇥ 80 ⇥ 64 ⇥ Không đạt" … "Chỉ tiêu giảm nghèo đạt 80%": a named target's rate told after a plan
    and result table measures the one row of two cells (plan, result) in the 1,500 characters before whose label shares
    a word with the target's name and whose result over its plan is the rate."""
    for i, f in enumerate(figures):
        if f.unit_class != "percent" or f.achievement_pct != f.value:
            continue
        lo = bounds.clause(f.num_start)[0]
        named = _NAMED_TARGET_OPENS.fullmatch(low, lo, f.start)
        if named is None or (i and figures[i - 1].num_start >= lo):
            continue
        words = set(named.group(1).split()) - _COMMON_WORDS
        rows: dict[int, list[Figure]] = {}
        for g in reversed(figures[:i]):
            if g.num_start < f.start - 1500:
                break
            rows.setdefault(low.rfind("\n", 0, g.start) + 1, []).insert(0, g)
        fits = [cells[1] for start, cells in rows.items() if len(cells) == 2 and _reviewed_row(
            low, start, cells, words, f)]
        if len(fits) == 1 and fits[0].achievement_pct is None:
            fits[0].achievement_pct = f.value


def _reviewed_row(low: str, start: int, cells: list[Figure], words: set[str], f: Figure) -> bool:
    """A table row (tabs or bars) whose label names the target and whose result over its plan is the rate."""
    plan, result = cells
    label = low[start:plan.start]
    if ("\t" not in label and "|" not in label) or plan.unit_class != result.unit_class:
        return False
    return bool(words & set(label.replace("|", " ").split())) and _quotient_is(result, plan, f.value, _tolerance(f))
