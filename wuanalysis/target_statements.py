"""Targets, decided clause by clause once the figures of a text are read and their stated rates attached.

A figure after a target cue in its sentence ("giao chỉ tiêu … ít nhất 2.500 hộ", "Phấn đấu …", "đăng ký giúp 274
hộ") is itself a target, unless result language comes in between ("Kết quả, … đã …"); so is every figure of a
sentence that opens with a cadence or a per-unit ("Hằng năm, …", "Mỗi cơ sở Hội …") and reports nothing done,
and of the sentences that continue a list of targets. "(chỉ tiêu 200 hộ)" right after a result is that result's
target, and so is the first cell of a row in a table of "Chỉ tiêu" / "Kết quả". Patterns run on the lower-cased
match form of the text (see ``wuanalysis.text``).

:func:`decide_rates_and_targets` is the ordered list of the rules: those of :mod:`wuanalysis.rates` and
:mod:`wuanalysis.rate_shapes`, then the cued targets (:mod:`wuanalysis.target_cues`), whole sentences that set
targets (:mod:`wuanalysis.target_sentences`) and lists and tables of targets (:mod:`wuanalysis.target_lists`,
:mod:`wuanalysis.result_tables`, :mod:`wuanalysis.target_tables`), each a small function named after the phrasing it
handles. They run in order on working copies of the figures (later rules read what earlier ones decided), and it
returns the marks that changed, figure by figure: the caller's figures are left as they are, and
:mod:`wuanalysis.extract` applies the marks.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple

from .clause_bounds import Bounds, find_all, forget_searches, remember_searches
from .rate_shapes import (
    attach_rates_in_words, attach_respective_rates, link_ratio_plan_wholes, link_restated_headline, mark_ceiling_aims,
    mark_estimates, mark_plan_budgets,
)
from .rate_goals import mark_goal_ratios
from .rate_named_targets import link_rates_to_restated_results
from .rates import attach_rates
from .result_tables import link_columned_rows, link_inline_table_targets, link_table_targets
from .target_cues import (
    link_plan_pairs, link_plan_then_done, link_ratio_shortfalls, link_result_then_target, link_share_over_target,
    link_share_verdict, link_target_then_done, mark_cued_targets, same_noun,
)
from .target_demands import mark_demanded_remainders
from .target_floors import mark_campaign_floors, mark_floors, mark_yearly_floors
from .target_lists import (
    link_numbered_items, link_restated_targets, link_result_beside_an_assigned_level,
    link_plan_result_rate, link_rate_confirmed_targets, link_result_over_a_named_total, mark_target_lists,
    rate_of_a_linked_result, unmark_baselines,
)
from .target_plans import (
    link_rest_of_year_targets, mark_allotted_plan_money, mark_amounts_of_a_later_year,
    mark_plan_line_budgets, mark_plan_sections, mark_quarter_items, mark_plan_spending_ceilings, mark_plan_statements,
    mark_planned_event_figures,
)
from .target_after_result import link_plan_then_its_ratio, link_target_after_result
from .target_across_sentences import (
    link_ceilings_across_sentences, link_results_across_sentences, link_shares_across_sentences, link_unmet_shares_back,
    link_results_paragraphs_later, link_year_estimates_to_the_target, link_running_totals, link_passive_results_later,
)
from .target_sentences import (
    ELECTED, GOT, PAST_BETWEEN, STATEMENT_OPENER, STATEMENT_RESULT, UNION_SUBJECT, all_targets, set_as_targets,
    mark_new_term_sentences, mark_next_year_sentences, mark_ordinal_lists,
    mark_target_statements, mark_term_continuations, mark_timeline_sentences,
)
from .target_tables import (
    link_asked_target_then_result, link_ratio_beyond_its_plan, link_respective_bracket_targets, mark_target_tables,
)

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


class Marks(NamedTuple):
    """What the rate and target rules decide for one figure."""

    is_target: bool
    target: float | None
    achievement_pct: float | None
    estimate: bool
    percent: bool = False  # a bare number retyped a percent: the cell of a table's rate column ("Tỷ lệ (%)" … "95")


def _working_copy(f: Figure) -> Figure:
    """A shallow copy, three times cheaper than ``copy.copy`` (a text has thousands of figures)."""
    w = object.__new__(type(f))
    w.__dict__ = f.__dict__.copy()
    return w


def _changed(f: Figure, w: Figure) -> bool:
    return (w.is_target != f.is_target or w.target != f.target or w.achievement_pct != f.achievement_pct
            or w.estimate != f.estimate or w.unit_class != f.unit_class)


def decide_rates_and_targets(m: str, figures: list[Figure], low: str | None = None) -> dict[int, Marks]:
    """Stated achievement rates, multiples of a target, estimates and target figures of a text's figures (in text
    order): the marks the rules change, by the figure's index. ``low`` is ``m.lower()`` when the caller has it."""
    low = m.lower() if low is None else low
    searches = remember_searches(low)  # (the rules' literal searches in this text, done once each)
    try:
        return _decide(m, figures, low)
    finally:
        forget_searches(searches)


def _decide(m: str, figures: list[Figure], low: str) -> dict[int, Marks]:
    work = [_working_copy(f) for f in figures]
    bounds = Bounds(m)
    _rates_and_paired_targets(m, low, bounds, work)
    _targets_set(m, low, bounds, work)
    _links_to_targets(m, low, bounds, work)
    return {i: Marks(w.is_target, w.target, w.achievement_pct, w.estimate, w.unit_class != f.unit_class)
            for i, (f, w) in enumerate(zip(figures, work)) if _changed(f, w)}


def _rates_and_paired_targets(m: str, low: str, bounds: Bounds, work: list[Figure]) -> None:
    """The stated rates, then the targets cued or paired with a result in their clause."""
    attach_rates(m, low, bounds, work)
    attach_respective_rates(low, bounds, work)
    attach_rates_in_words(low, bounds, work)
    mark_goal_ratios(low, bounds, work)
    mark_cued_targets(low, bounds, work)
    if ("thêm" in low or "100% chỉ tiêu" in low) and ("phải" in low or "cần" in low):
        mark_demanded_remainders(low, bounds, work)
    link_result_then_target(low, work)
    link_respective_bracket_targets(low, work)
    link_asked_target_then_result(low, work)
    link_result_over_a_named_total(low, work)
    link_result_beside_an_assigned_level(low, work)
    link_plan_result_rate(low, work)
    link_share_over_target(low, bounds, work)
    link_share_verdict(low, work)
    link_plan_then_done(low, work)
    link_target_then_done(low, work)
    link_plan_pairs(low, work)
    link_verdict_naming_its_plan(low, work)
    mark_compared_plan_brackets(low, work)
    link_plan_bracket_then_result(low, bounds, work)
    link_plan_reached_after_a_gap(low, work)
    link_result_equal_to_its_plan(low, work)
    link_ratio_beyond_its_plan(low, work)


def _targets_set(m: str, low: str, bounds: Bounds, work: list[Figure]) -> None:
    """Estimates, then the targets set by whole sentences, lists, sections and tables."""
    mark_estimates(low, bounds, work)
    mark_plan_budgets(low, work)
    mark_plan_line_budgets(low, work)
    mark_allotted_plan_money(low, bounds, work)
    mark_planned_event_figures(low, bounds, work)
    mark_plan_spending_ceilings(low, bounds, work)
    mark_target_statements(low, bounds, work)
    mark_term_continuations(low, bounds, work)
    mark_yearly_floors(low, bounds, work)
    mark_new_term_sentences(low, bounds, work)
    mark_next_year_sentences(low, bounds, work)
    mark_campaign_floors(low, bounds, work)
    mark_floors(low, bounds, work)
    mark_timeline_sentences(low, bounds, work)
    mark_ordinal_lists(low, bounds, work)
    mark_target_tables(low, work)  # (before the continuations: "Ngoài ra: …" after the table goes on with it)
    mark_list_continuations(low, bounds, work)
    mark_target_lists(low, work)
    mark_plan_sections(m, low, work)
    mark_quarter_items(low, work)
    mark_items_under_more(low, bounds, work)
    mark_amounts_of_a_later_year(low, bounds, work)
    link_table_targets(low, work)
    link_inline_table_targets(low, work)
    link_columned_rows(low, work)


def _links_to_targets(m: str, low: str, bounds: Bounds, work: list[Figure]) -> None:
    """Targets linked to results told apart from them, then the rates those links give."""
    mark_plan_statements(low, bounds, work)
    link_verdict_after_target(low, bounds, work)
    link_target_after_result(low, work)
    link_plan_then_its_ratio(low, work)
    link_restated_targets(low, bounds, work)
    link_rate_confirmed_targets(low, bounds, work)
    link_numbered_items(low, work)
    link_results_across_sentences(m, low, bounds, work)
    link_year_estimates_to_the_target(low, bounds, work)
    link_running_totals(low, work)
    link_results_paragraphs_later(low, work)
    link_passive_results_later(low, work)
    link_shares_across_sentences(m, low, bounds, work)
    link_ceilings_across_sentences(low, bounds, work)
    link_unmet_shares_back(low, work)
    link_rest_of_year_targets(low, bounds, work)
    rate_of_a_linked_result(low, work)
    link_rates_to_restated_results(low, work)
    link_ratio_shortfalls(low, work)
    unmark_baselines(low, work)
    link_ratio_plan_wholes(low, work)
    link_restated_headline(low, work)
    mark_ceiling_aims(low, bounds, work)
    give_rate_to_its_part(low, work)



# more of the same list: "Ngoài ra: 100% chi hội …; tỷ lệ … đạt trên 97%" after a plan's table of targets
_MORE_OPENER = re.compile(r"\W*(?:ngoài ra|bên cạnh đó)\s*[:,]")  # (or a comma, iv22 P1: "Ngoài ra, mỗi …")
_PAST_IN_BRACKET = re.compile(r"\(\s*(?:năm\s+20\d\d|năm (?:trước|ngoái|qua)|cùng kỳ)\b[^()]*$")


def _in_a_past_bracket(low: str, start: int, f: Figure) -> bool:
    """"… xuống còn không quá 2 vụ (năm 2025 xảy ra 5 vụ)": last year's count beside a target sets nothing."""
    opened = low.rfind("(", start, f.start)
    return opened != -1 and _PAST_IN_BRACKET.match(low, opened, f.start) is not None


# a bullet item, and the lead-in of a list of more targets on its own line: "Ngoài ra:", "Bên cạnh đó, Hội phấn đấu:"
_BULLET = re.compile(r"[ \t]*[-+•*–][ \t]*\S")
_MORE_LEAD_IN = re.compile(r"[ \t]*(?:ngoài ra|bên cạnh đó)\b[^\n\d]{0,40}:[ \t]*$")


def _item_under_more(low: str, start: int) -> bool:
    """Whether the sentence at ``start`` is a bullet item of a list opened by "Ngoài ra:" on its own line ("Ngoài ra:"
    / "- Mỗi chi hội …;" / "- Tỷ lệ hộ nghèo … giảm 1,5%;" / "- 95% chi hội …"), the items before it all bullets."""
    if "ngoài ra" not in low and "bên cạnh đó" not in low:
        return False
    line = low.rfind("\n", 0, start) + 1
    if not _BULLET.match(low, line):
        return False
    for _ in range(12):  # (a dozen items back at most)
        if line == 0:
            return False
        line = low.rfind("\n", 0, line - 1) + 1
        if not _BULLET.match(low, line):
            return _MORE_LEAD_IN.match(low, line, low.find("\n", line) if "\n" in low[line:] else len(low)) is not None
    return False


def mark_list_continuations(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """Once the rules that set whole sentences have run: a sentence opened by a cadence ("Bình quân mỗi năm Hội … tổ
    chức 02 lớp", "Hàng năm hỗ trợ thành lập hơn 07 tổ hợp tác"), by the text's own union and a plain verb ("Hội
    LHPN xã … giúp 07 hộ …") or by "Ngoài ra:", "Bên cạnh đó:", right after a sentence whose figures are all targets
    whichever rule set them ("Giai đoạn 2026 – 2030, 100% chi hội …", "Trong năm 2026, mỗi chi hội …", a plan's table
    row), continues the list when it reports nothing done (no "đã", "được 8", election); last year's count in brackets
    stays a count."""
    by_sentence: dict[int, list[Figure]] = {}
    for f, start in zip(figures, bounds.sentence_starts([f.num_start for f in figures])):  # (text order)
        by_sentence.setdefault(start, []).append(f)
    follows_targets, prev_end = False, 0
    for start in sorted(by_sentence):
        group, end = by_sentence[start], bounds.sentence(start)[1]
        if follows_targets and not PAST_BETWEEN.search(low, prev_end, start) and any(
                not f.is_target and f.achievement_pct is None for f in group):
            opener = STATEMENT_OPENER.match(low, start)
            if ((opener and opener.group(1)) or UNION_SUBJECT.match(low, start) or _MORE_OPENER.match(
                    low, start)) and not (
                    STATEMENT_RESULT.search(low, start, end) or GOT.search(low, start, end)
                    or ELECTED.search(low, start, end)):
                set_as_targets([f for f in group if not _in_a_past_bracket(low, start, f)])
        follows_targets, prev_end = all_targets(low, group), end


def mark_items_under_more(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """Once a plan's sections are read: bullet items under "Ngoài ra:" on its own line, after a sentence of targets, go
    on with the list item by item while each reports nothing done ("- Tỷ lệ nợ quá hạn … không quá 0,4%;")."""
    if "ngoài ra" not in low and "bên cạnh đó" not in low:
        return
    by_sentence: dict[int, list[Figure]] = {}
    for f, start in zip(figures, bounds.sentence_starts([f.num_start for f in figures])):  # (text order)
        by_sentence.setdefault(start, []).append(f)
    follows_targets, prev_end = False, 0
    for start in sorted(by_sentence):
        group, end = by_sentence[start], bounds.sentence(start)[1]
        if follows_targets and _item_under_more(low, start) and not PAST_BETWEEN.search(low, prev_end, start) and any(
                not f.is_target and f.achievement_pct is None for f in group) and not (
                STATEMENT_RESULT.search(low, start, end) or GOT.search(low, start, end)):
            set_as_targets([f for f in group if not _in_a_past_bracket(low, start, f)])
        follows_targets, prev_end = all_targets(low, group), end


# a verdict on the plan that names its amount: "…, vượt kế hoạch 50 suất", "…, hoàn thành chỉ tiêu được giao là 12 tỷ
# đồng", "…, hoàn thành kế hoạch năm 2025 là 1.000 căn" (not "vượt 8 hộ so với chỉ tiêu", "hoàn thành 3 chỉ tiêu")
# (or told as a newspaper does, iv20 P6: "…, về đích sớm 1 năm so với chỉ tiêu 90 hộ", "612 trẻ, gấp đôi chỉ tiêu 300
# trẻ")
_VERDICT_WORDS = (r"(?:(?:đã\s+)?(?:hoàn thành|vượt|đạt)(?:\s+(?:và\s+)?vượt)?"
                  r"|về đích(?:\s+sớm)?(?:\s+\d{1,2}\s+(?:năm|tháng|quý))?\s+so với|gấp\s+(?:đôi|ba|rưỡi))"
                  r"\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:được giao|giao|đề ra|năm(?:\s+20\d\d)?|cả năm))*\s*"
                  r"(?:là\s+|:\s*)?")
_VERDICT_NAMES_PLAN = re.compile(r"[^\d,;.:()\n]{0,60}?,\s*" + _VERDICT_WORDS)


def link_verdict_naming_its_plan(low: str, figures: list[Figure]) -> None:
    """"Các chi hội trao 58 suất học bổng, vượt kế hoạch 50 suất.": the amount the verdict names is a target, and the
    result right before it, of its noun, takes it (a rate, "vượt kế hoạch 15%", is another class)."""
    if "chỉ tiêu" not in low and "kế hoạch" not in low and "mục tiêu" not in low:
        return
    for i, (g, f) in enumerate(zip(figures, figures[1:])):
        if g.is_target or g.target is not None or g.unit_class != f.unit_class or f.unit_class == "percent" or (
                f.target is not None and not f.is_target):
            continue
        if _VERDICT_NAMES_PLAN.fullmatch(low, g.end, f.start) and (
                (g.unit or "").lower() == (f.unit or "").lower() or same_noun(low, g, f)):
            if not f.is_target and _names_the_excess(low, figures[:i], g, f):
                continue
            f.is_target, f.target = True, f.value
            g.target = f.value
    _link_verdict_across_a_figure(low, figures)


def _names_the_excess(low: str, before: list[Figure], g: Figure, f: Figure) -> bool:
    """"Giúp 81 hộ thoát nghèo, vượt chỉ tiêu 6 hộ." (iv22 P9): the amount after "vượt" is the excess when the result
    less it is a target set above for its noun (the result takes that one), or when it is under half the result."""
    if "vượt" not in low[g.end:f.start] or f.value >= g.value:
        return False
    for t in reversed(before):
        if t.is_target and t.target == t.value and abs(t.value + f.value - g.value) < 1e-6 and same_noun(low, t, g):
            g.target = t.value
            return True
    return f.value * 2 < g.value


# the verdict that names the plan, at the end of the gap before it (iv16 P11): "…, vượt chỉ tiêu 800 ngày công"
_VERDICT_BEFORE_PLAN = re.compile(r",\s*" + _VERDICT_WORDS + "$")
_CLAUSE_BREAK = re.compile(r"[;:()\n]|\.(?!\d)")


def _link_verdict_across_a_figure(low: str, figures: list[Figure]) -> None:
    """"góp 1.050 ngày công chỉnh trang 12.000 m2 vườn hoa, vượt chỉ tiêu 800 ngày công", "trao 58 suất quà trị giá 29
    triệu đồng, vượt kế hoạch 50 suất": the verdict's plan goes to the result of its noun before the figures of
    another noun between them (in one clause run, no rate on either)."""
    plan_words = sorted(i for word in ("chỉ tiêu", "kế hoạch", "mục tiêu") for i in find_all(low, word))
    for j in range(2, len(figures)):
        f = figures[j]
        if f.unit_class == "percent" or not f.unit or f.target is not None or f.achievement_pct is not None:
            continue
        w = bisect.bisect_left(plan_words, f.start) - 1  # (the plan word right before the figure, found literally)
        if w < 0 or f.start - plan_words[w] > 30 or not _VERDICT_BEFORE_PLAN.search(low, max(0, f.start - 60), f.start):
            continue
        for k in (j - 2, j - 3):
            g = figures[k] if k >= 0 else None
            if g is None or f.start - g.end > 160 or _CLAUSE_BREAK.search(low, g.end, f.start):
                break
            between = figures[k + 1:j]
            if any(_same_unit(low, h, f) for h in between):
                break
            if _same_unit(low, g, f) and not g.is_target and g.target is None and g.achievement_pct is None:
                f.is_target, f.target = True, f.value
                g.target = f.value
                break


def _same_unit(low: str, g: Figure, f: Figure) -> bool:
    """One noun for both figures (their unit, or the noun the text gives them)."""
    return g.unit_class == f.unit_class and (
        (g.unit or "").lower() == (f.unit or "").lower() or same_noun(low, g, f))


# the gap left to a plan it names (iv20 P6): "đã giúp 25 hộ …; chỉ còn 15 hộ nữa là hoàn thành chỉ tiêu 40 hộ", "còn 4
# hộ nữa là đạt kế hoạch 30 hộ"
_GAP_BEFORE = re.compile(r"\bcòn(?:\s+(?:thiếu|lại))?\s+$")
_GAP_TO_PLAN = re.compile(r"[^\d.;:()\n]{0,40}?\bnữa\s+(?:là|thì)\s+(?:sẽ\s+)?(?:hoàn thành|đạt|đủ)\s+"
                          r"(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:năm|cả năm|được giao))*\s+")
_GAP_REACH = 240  # characters back from the gap to the result so far


def link_plan_reached_after_a_gap(low: str, figures: list[Figure]) -> None:
    """"đã giúp 25 hộ …; chỉ còn 15 hộ nữa là hoàn thành chỉ tiêu 40 hộ": the plan the gap names is a target, and the
    result so far of its noun takes it when the result and the gap add up to it (the gap itself takes nothing)."""
    if "nữa" not in low or "còn" not in low:
        return
    for k in range(1, len(figures) - 1):
        gap, plan = figures[k], figures[k + 1]
        if not (_GAP_BEFORE.search(low, max(0, gap.start - 16), gap.start) and _GAP_TO_PLAN.fullmatch(
                low, gap.end, plan.start)) or not _same_unit(low, gap, plan) or plan.achievement_pct is not None:
            continue
        plan.is_target, plan.target = True, plan.value
        for r in reversed(figures[:k]):
            if gap.start - r.end > _GAP_REACH or _PARAGRAPH_BREAK.search(low, r.end, gap.start):
                break
            if _same_unit(low, r, plan):
                if r.target is None and not r.is_target and abs(r.value + gap.value - plan.value) < 1e-6:
                    r.target = plan.value
                break


_PARAGRAPH_BREAK = re.compile(r"\n")


# the plan a result is measured against, its amount in a bracket (iv19 P3's bracket): "vượt 3,1% so với tổng chỉ tiêu
# Trung ương Hội giao cho các tỉnh (40.000 hội viên)", "đạt 96% so với kế hoạch năm (2.500 hội viên)" (not "so với
# cùng kỳ (534 người)", a past amount)
_COMPARED_PLAN_BRACKET = re.compile(
    r"so với\s+(?:tổng\s+(?:số\s+)?)?(?:các\s+)?(?:chỉ tiêu|kế hoạch)\b[^.;:()\n\d]{0,70}\(\s*$")
_BRACKET_CLOSES = re.compile(r"[^\d()\n,;]{0,30}\)")


def mark_compared_plan_brackets(low: str, figures: list[Figure]) -> None:
    """"…, vượt 3,1% so với tổng chỉ tiêu … giao (40.000 hội viên)": the bracket holding only the plan's amount after
    "so với chỉ tiêu/kế hoạch …" is a target."""
    if "so với" not in low:
        return
    for f in figures:
        if f.is_target or f.target is not None or f.achievement_pct is not None or f.unit_class == "percent":
            continue
        if low.rfind("(", max(0, f.start - 4), f.start) != -1 and _BRACKET_CLOSES.match(low, f.end) and (
                _COMPARED_PLAN_BRACKET.search(low, max(0, f.start - 110), f.start)):
            f.is_target, f.target = True, f.value


# a sentence opening on the plan it measures against, its aim in a bracket (iv22 P3): "So với chỉ tiêu Đại hội (cả
# nhiệm kỳ giúp 250.000 hộ), đến nay đã giúp 236.540 hộ, đạt 94,6%"
# (or opening on the resolution or programme it carries out, its yearly aim in the bracket, iv25 P3: "Thực hiện Nghị
# quyết Đại hội xã nhiệm kỳ 2025 - 2030 (mỗi năm hỗ trợ 15 hộ thoát nghèo), đến nay đã có 7 hộ …")
_PLAN_BRACKET_OPENS = re.compile(
    r"\W*(?:so với\s+(?:các\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)\b[^.;:()\n\d]{0,60}\(\s*[^()\d\n]{0,40}"
    r"|(?:thực hiện|triển khai|theo)\s+(?:nghị quyết|chương trình|kế hoạch|chỉ tiêu)\b(?:[^.;:()\n\d]|20\d\d){0,80}"
    r"\(\s*(?:(?!\b(?:đã|đạt|được|năm 20)\b)[^()\d\n]){2,40})")
_BRACKET_ENDS_CLAUSE = re.compile(r"[^\d()\n]{0,40}\)\s*,")
_RATE_NEXT = re.compile(r"\s*,\s*(?:đạt|bằng)\s*")


def link_plan_bracket_then_result(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"So với mục tiêu nhiệm kỳ (xây 400 căn), đến nay đã bàn giao 352 căn, đạt 88%.": the bracket's amount is the
    target of the first result of its noun after it, and the rate after that result is its own when the quotient
    gives it."""
    if "so với" not in low and "thực hiện" not in low and "triển khai" not in low and "theo " not in low:
        return
    for i, plan in enumerate(figures[:-1]):
        if low.rfind("(", max(0, plan.start - 42), plan.start) == -1:
            continue  # (no bracket just before it)
        if plan.is_target or plan.target is not None or plan.achievement_pct is not None or not plan.value or (
                not _PLAN_BRACKET_OPENS.fullmatch(low, bounds.sentence_start(plan.num_start), plan.start)) or (
                not _BRACKET_ENDS_CLAUSE.match(low, plan.end)):
            continue
        plan.is_target, plan.target, r = True, plan.value, figures[i + 1]
        if r.unit_class != plan.unit_class or r.is_target or r.target is not None or not same_noun(low, plan, r) or (
                bounds.sentence_start(r.num_start) != bounds.sentence_start(plan.num_start)):
            continue
        r.target = plan.value
        rate = figures[i + 2] if i + 2 < len(figures) else None
        if rate is not None and rate.unit_class == "percent" and _RATE_NEXT.fullmatch(low, r.end, rate.start) and (
                r.achievement_pct is None and abs(r.value * 100 / plan.value - rate.value) <= 0.1):
            r.achievement_pct = rate.achievement_pct = rate.value


# a result told equal to its plan, no amount named: "…, thành lập mới 02 tổ hợp tác cà phê, bằng chỉ tiêu đăng ký đầu
# năm", "giúp 5 hộ, đúng chỉ tiêu được giao" (not "bằng 80% kế hoạch", a rate, nor "bằng cùng kỳ")
_EQUALS_ITS_PLAN = re.compile(
    r"[^\d,;.:()\n]{0,60}?,\s*(?:bằng|đúng)\s+(?:với\s+)?(?:chỉ tiêu|kế hoạch)\b[^\d,;.:()\n]{0,40}(?:[.;\n]|$)")


def link_result_equal_to_its_plan(low: str, figures: list[Figure]) -> None:
    """"…, hỗ trợ thành lập mới 02 tổ hợp tác, bằng chỉ tiêu đăng ký đầu năm": the result met its plan exactly, so its
    target is its own value (no rate is stated)."""
    if "bằng" not in low and "đúng" not in low:
        return
    for f in figures:
        if f.is_target or f.target is not None or f.achievement_pct is not None or f.unit_class not in ("count", "vnd"):
            continue
        if _EQUALS_ITS_PLAN.match(low, f.end):
            f.target = f.value


# the result's own clause ends on a verdict with no rate: ", vượt chỉ tiêu.", ", hoàn thành kế hoạch đề ra;"
_VERDICT_AFTER = re.compile(
    r"[^\d,;.:()\n]{0,40}?,\s*(?:đã\s+)?(?:hoàn thành(?:\s+(?:và\s+)?vượt)?|vượt|đạt(?:\s+và\s+vượt)?)"
    r"(?:\s+mức)?\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:được giao|giao|đề ra|năm|cả năm|trên giao))?\s*(?:[.;\n]|$)")


def link_verdict_after_target(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Trung ương Hội giao tỉnh chỉ tiêu giúp 1.500 hộ phụ nữ thoát nghèo. Kết quả cả năm, các cấp Hội giúp 1.638 hộ
    thoát nghèo, vượt chỉ tiêu.": the figure right after a target, in the next sentence, of the same noun, whose own
    clause ends on a verdict without a rate, is that target's result."""
    if "chỉ tiêu" not in low and "kế hoạch" not in low and "mục tiêu" not in low:
        return
    for g, f in zip(figures, figures[1:]):
        if not g.is_target or f.is_target or f.target is not None or (
                g.unit_class != f.unit_class or f.unit_class not in ("count", "vnd")):
            continue
        multiple = _MULTIPLE_AFTER.match(low, f.end)  # (its rate in words, "gấp đôi", is the verdict's own)
        if f.achievement_pct is not None and multiple is None:
            continue
        if bounds.sentence_start(f.num_start) != bounds.sentence(g.num_start)[1] + 1:
            continue  # (the next sentence only)
        if (multiple or _VERDICT_AFTER.match(low, f.end)) and same_noun(low, f, g):
            f.target = g.value


# (or a multiple of the target, iv20 P17: "Đến cuối năm, con số này là 1.938 hộ, tức gấp đôi chỉ tiêu, trong đó …")
_MULTIPLE_AFTER = re.compile(
    r"[^\d,;.:()\n]{0,40}?,\s*(?:(?:tức|tức là|bằng)\s+)?gấp\s+(?:đôi|ba|rưỡi)\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    r"(?:\s+(?:được giao|giao|đề ra|năm|cả năm))?\s*(?:[.;,\n]|$)")


_PART_AFTER = re.compile(r"[^\d,;.()]{0,40}?,?\s*trong đó\s*:?\s*")


def give_rate_to_its_part(low: str, figures: list[Figure]) -> None:
    """"đến nay đã giúp 12 hộ, trong đó 3 hộ đủ điều kiện thoát nghèo, đạt 60% kế hoạch năm (5 hộ)": the rate the
    rules gave the whole is its part's, when the part has the target and the rate states the part's quotient (3 of
    5), not the whole's."""
    if "trong đó" not in low:
        return
    for f, h, r in zip(figures, figures[1:], figures[2:]):
        if r.unit_class != "percent" or f.achievement_pct is None or f.achievement_pct != r.achievement_pct or (
                h.achievement_pct is not None or h.is_target or not h.target or f.target is not None
                or f.unit_class != h.unit_class or not _PART_AFTER.fullmatch(low, f.end, h.start)):
            continue
        if abs(h.value * 100 / h.target - r.value) <= 1 < abs(f.value * 100 / h.target - r.value):
            h.achievement_pct, f.achievement_pct = f.achievement_pct, None
