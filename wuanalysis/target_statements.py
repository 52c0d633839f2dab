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

from .rate_shapes import (
    attach_rates_in_words, attach_respective_rates, link_ratio_plan_wholes, link_restated_headline, mark_ceiling_aims,
    mark_estimates, mark_plan_budgets,
)
from .rates import Bounds, attach_rates, mark_goal_ratios
from .result_tables import link_columned_rows, link_inline_table_targets, link_table_targets
from .target_cues import (
    GIVER, link_plan_pairs, link_plan_then_done, link_rates_to_restated_results, link_ratio_shortfalls,
    link_result_then_target, link_share_over_target, link_share_verdict, link_target_then_done, mark_cued_targets,
    mark_demanded_remainders, same_noun,
)
from .target_lists import (
    another_indicator, link_numbered_items, link_restated_targets, link_result_beside_an_assigned_level,
    link_plan_result_rate, link_rate_confirmed_targets, link_result_over_a_named_total, mark_target_lists,
    rate_of_a_linked_result, unmark_baselines,
)
from .target_openers import texts_year
from .target_pairs import same_persons
from .target_plans import link_rest_of_year_targets, mark_amounts_of_a_later_year, mark_plan_sections
from .target_sentences import (
    ELECTED, GOT, PAST_BETWEEN, STATEMENT_OPENER, STATEMENT_RESULT, UNION_SUBJECT, all_targets, set_as_targets,
    mark_campaign_floors, mark_floors, mark_new_term_sentences, mark_next_year_sentences, mark_ordinal_lists,
    mark_target_statements, mark_term_continuations, mark_timeline_sentences, mark_yearly_floors, opens_a_plan,
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
    work = [_working_copy(f) for f in figures]
    low = m.lower() if low is None else low
    bounds = Bounds(m)
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
    link_result_equal_to_its_plan(low, work)
    link_ratio_beyond_its_plan(low, work)
    mark_estimates(low, bounds, work)
    mark_plan_budgets(low, work)
    mark_plan_line_budgets(low, work)
    mark_allotted_plan_money(low, bounds, work)
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
    mark_amounts_of_a_later_year(low, bounds, work)
    link_table_targets(low, work)
    link_inline_table_targets(low, work)
    link_columned_rows(low, work)
    mark_plan_statements(low, bounds, work)
    link_verdict_after_target(low, bounds, work)
    link_target_after_result(low, work)
    link_restated_targets(low, bounds, work)
    link_rate_confirmed_targets(low, bounds, work)
    link_numbered_items(low, work)
    link_results_across_sentences(m, low, bounds, work)
    link_shares_across_sentences(m, low, bounds, work)
    link_rest_of_year_targets(low, bounds, work)
    rate_of_a_linked_result(low, work)
    link_rates_to_restated_results(low, work)
    link_ratio_shortfalls(low, work)
    unmark_baselines(low, work)
    link_ratio_plan_wholes(low, work)
    link_restated_headline(low, work)
    mark_ceiling_aims(low, bounds, work)
    give_rate_to_its_part(low, work)
    return {i: Marks(w.is_target, w.target, w.achievement_pct, w.estimate, w.unit_class != f.unit_class)
            for i, (f, w) in enumerate(zip(figures, work)) if _changed(f, w)}



# more of the same list: "Ngoài ra: 100% chi hội …; tỷ lệ … đạt trên 97%" after a plan's table of targets
_MORE_OPENER = re.compile(r"\W*(?:ngoài ra|bên cạnh đó)\s*:")
_PAST_IN_BRACKET = re.compile(r"\(\s*(?:năm\s+20\d\d|năm (?:trước|ngoái|qua)|cùng kỳ)\b[^()]*$")


def _in_a_past_bracket(low: str, start: int, f: Figure) -> bool:
    """"… xuống còn không quá 2 vụ (năm 2025 xảy ra 5 vụ)": last year's count beside a target sets nothing."""
    opened = low.rfind("(", start, f.start)
    return opened != -1 and _PAST_IN_BRACKET.match(low, opened, f.start) is not None


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


# a verdict on the plan that names its amount: "…, vượt kế hoạch 50 suất", "…, hoàn thành chỉ tiêu được giao là 12 tỷ
# đồng", "…, hoàn thành kế hoạch năm 2025 là 1.000 căn" (not "vượt 8 hộ so với chỉ tiêu", "hoàn thành 3 chỉ tiêu")
_VERDICT_NAMES_PLAN = re.compile(
    r"[^\d,;.:()\n]{0,60}?,\s*(?:đã\s+)?(?:hoàn thành|vượt|đạt)(?:\s+(?:và\s+)?vượt)?\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    r"(?:\s+(?:được giao|giao|đề ra|năm(?:\s+20\d\d)?|cả năm))*\s*(?:là\s+|:\s*)?")


def link_verdict_naming_its_plan(low: str, figures: list[Figure]) -> None:
    """"Các chi hội trao 58 suất học bổng, vượt kế hoạch 50 suất.": the amount the verdict names is a target, and the
    result right before it, of its noun, takes it (a rate, "vượt kế hoạch 15%", is another class)."""
    if "chỉ tiêu" not in low and "kế hoạch" not in low and "mục tiêu" not in low:
        return
    for g, f in zip(figures, figures[1:]):
        if g.is_target or g.target is not None or g.unit_class != f.unit_class or f.unit_class == "percent" or (
                f.target is not None and not f.is_target):
            continue
        if _VERDICT_NAMES_PLAN.fullmatch(low, g.end, f.start) and (
                (g.unit or "").lower() == (f.unit or "").lower() or same_noun(low, g, f)):
            f.is_target, f.target = True, f.value
            g.target = f.value


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


# the year's plan told as a plain statement opening its sentence: "Kế hoạch năm 2024 của Hội LHPN quận là 400 …",
# "Chỉ tiêu năm 2025 là …", "Kế hoạch năm 2025, phường được giao phát triển 180 …" (never a deed: "Kế hoạch năm 2025,
# Hội đã giúp 120 hộ", no one assigning)
_PLAN_STATEMENT = re.compile(
    r"\W*(?:kế hoạch|chỉ tiêu)\s+(?:cả\s+)?năm(?:\s+20\d\d)?"
    r"(?:\s+(?:của|đối với|cho)\s+[^\d,;.:()\n]{1,50}?\s+là|\s+là"
    r"|\s*,(?:(?!\bđã\b)[^\d;.:()\n]){0,60}?\b(?:giao|đặt ra|đề ra)\b(?:(?!\bđã\b)[^\d;.:()\n]){0,40}?)"
    r"\s*:?\s*(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng)\s+)?")


def mark_plan_statements(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The first figure of a sentence, or of a clause after ";", stating the year's plan ("Kế hoạch năm 2024 của Hội
    LHPN quận là 400 hội viên mới.", "Kế hoạch năm 2025, phường được giao phát triển 180 hội viên mới; sau 9 tháng, …",
    "Quý I/2026, … kết nạp 37 hội viên mới, bằng 26,4% kế hoạch năm; kế hoạch năm 2026 của phường là 140 …") is a
    target; the part
    of the year's result measured against it is linked later (``link_rate_confirmed_targets``)."""
    if "kế hoạch" not in low and "chỉ tiêu" not in low:
        return
    for f in figures:
        if f.is_target or f.target is not None or f.achievement_pct is not None:
            continue
        start = bounds.sentence_start(f.num_start)
        clause = low.rfind(";", start, f.start) + 1  # "… bằng 26,4% kế hoạch năm; kế hoạch năm 2026 của phường là …"
        if _PLAN_STATEMENT.fullmatch(low, start, f.start) or (
                clause and _PLAN_STATEMENT.fullmatch(low, clause, f.start)):
            f.is_target, f.target = True, f.value


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
        if not g.is_target or f.is_target or f.target is not None or f.achievement_pct is not None or (
                g.unit_class != f.unit_class or f.unit_class not in ("count", "vnd")):
            continue
        if bounds.sentence_start(f.num_start) != bounds.sentence(g.num_start)[1] + 1:
            continue  # (the next sentence only)
        if _VERDICT_AFTER.match(low, f.end) and same_noun(low, f, g):
            f.target = g.value


# the result's clause ends, the next opens on the target's word and who set it: ". Chỉ tiêu được giao là 15 hộ", "; chỉ
# tiêu Đảng ủy giao 15 hộ", ". Kế hoạch năm 2025 là 120 hội viên", ". Chỉ tiêu năm: 120 hội viên"
_TARGET_AFTER_RESULT = re.compile(
    r"[^\d,;.:()\n]{0,40}?\s*[.;]\s*(?:chỉ tiêu|kế hoạch)"
    rf"(?:{GIVER}|\s+(?:năm|cả năm|năm\s+(20\d\d)|được giao|giao|đề ra|đặt ra))*\s*(?:là\s*)?:?\s*")


def link_target_after_result(low: str, figures: list[Figure]) -> None:
    """"Năm 2025, Hội giúp 18 hộ thoát nghèo. Chỉ tiêu được giao là 15 hộ.": a target opening the clause right after a
    result, of its noun, is its target; not one for another year than the result's sentence names ("Chỉ tiêu năm
    2026 là 20 hộ"), nor when the result's rate states another quotient."""
    if "chỉ tiêu" not in low and "kế hoạch" not in low:
        return
    for f, g in zip(figures, figures[1:]):
        if not g.is_target or g.target != g.value or f.is_target or f.target is not None or (
                f.unit_class != g.unit_class or f.unit_class not in ("count", "vnd", "percent")):
            continue
        said = _TARGET_AFTER_RESULT.fullmatch(low, f.end, g.start)
        if said is None or not (same_noun(low, f, g) or same_persons(f, g)) or (
                f.achievement_pct is not None and abs(f.value * 100 / g.value - f.achievement_pct) > 0.5):
            continue
        sentence = low[max(low.rfind(".", 0, f.start), low.rfind("\n", 0, f.start)) + 1:f.start]
        if said.group(1) and said.group(1) not in sentence:
            continue
        f.target = g.value


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


# a result told in its own sentence: "Năm qua các chi hội đã kết nạp được 131 hội viên", "Cuối năm, kết quả đạt 812 hộ"
_RESULT_SAID = re.compile(r"\bđã\b|\bđược\b|kết quả|\bđạt\b|thực hiện|kết nạp|\bgiúp\b|hỗ trợ|thành lập|\bqua\b"
                          r"|đến nay|cuối năm")
# what keeps a figure from being the target's result: an estimate ("ước đạt"), a target of its own or the next year's
# ("phấn đấu", "kế hoạch năm 2026"), last year's count ("cùng kỳ năm trước", "năm ngoái"), a part ("trong đó", "riêng",
# "mỗi chi hội", "bình quân"), a term's figure ("nhiệm kỳ qua")
_NOT_THE_RESULT = re.compile(
    r"\bước\b|dự kiến|phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|\bsẽ\b|năm tới|năm sau|cùng kỳ|năm trước|năm ngoái|trong đó"
    r"|\briêng\b|\bmỗi\b|bình quân|nhiệm kỳ|giai đoạn|(?:tăng|giảm|vượt)(?:\s+(?:thêm|được))?\s*$")
# a place named between the target and the result: another commune, district or province ("Riêng xã Tân Lập …"; not
# the union's body above, "Tỉnh Hội giao chỉ tiêu …")
_PLACE_WORD = re.compile(r"\b(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|chi hội|ấp|thôn|khu phố|tổ dân phố)"
                         r" (?=\w)(?!hội\b)")
# a target sentence opening on its words: "Chỉ tiêu Hội LHPN thành phố giao năm 2024 là 700 hội viên", "Kế hoạch năm
# là 40 hộ" (not the next year's: "Chỉ tiêu năm 2026 …" is checked by the years)
_TARGET_OPENS = re.compile(
    r"\W*(?:chỉ tiêu|kế hoạch)\b(?:(?!\b(?:tới|sau|mới)\b)(?:[^\d.;:\n]|20\d\d)){0,60}?\s(?:là|giao)\s*:?\s*"
    r"(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng)\s+)?$")
_YEAR = re.compile(r"\b(20\d\d)\b")
# the plan of the year told of ("Kế hoạch năm giao 60 THT và 15 HTX", "Chỉ tiêu cả năm là 40 hộ"), no year named
_THE_YEARS_PLAN = re.compile(r"(?:chỉ tiêu|kế hoạch)\s+(?:cả\s+)?năm\b(?!\s+(?:20\d\d|tới|sau|mới)\b)")
# the target's clause, then the result's opened by "kết quả" ("…, kết quả các cơ sở Hội kết nạp …")
_THEN_ITS_RESULT = re.compile(r"[^\d.;:()\n]{0,60}[;,]\s*kết quả\b[^\d.;:()\n]{0,60}")
_MEASURED_AFTER = re.compile(r"[^.;\n]{0,40}?(?:chỉ tiêu|kế hoạch)")


def _named_place(m: str, low: str, start: int, end: int) -> bool:
    """Whether a place with its name ("xã Tân Lập", "huyện 2") is named in ``start:end``."""
    return any(m[p.end()].isupper() or m[p.end()].isdigit() for p in _PLACE_WORD.finditer(low, start, end))


def _years(low: str, start: int, end: int) -> set[str]:
    return set(_YEAR.findall(low, start, end))


class _Across(NamedTuple):
    """A text's sentence ends and its paragraphs, to tell how far apart two figures are."""

    m: str
    low: str
    bounds: Bounds

    def sentence_no(self, pos: int) -> int:
        return bisect.bisect_left(self.bounds.sentence_ends, pos)

    def gap(self, a: Figure, b: Figure) -> int | None:
        """How many sentences ``b`` comes after ``a``'s, None past the next three or the paragraph's end."""
        gap = self.sentence_no(b.num_start) - self.sentence_no(a.num_start)
        return gap if gap <= 3 and self.low.find("\n", a.end, b.start) == -1 else None

    def told_done(self, f: Figure) -> bool:
        """Whether ``f`` is a result told in its sentence: result words before it, nothing of a target, an estimate,
        last year, a part or a change."""
        start = self.bounds.sentence_start(f.num_start)
        told = self.low[max(start, self.low.rfind(";", start, f.start) + 1):f.start]
        return not f.estimate and bool(_RESULT_SAID.search(told)) and not _NOT_THE_RESULT.search(told)

    def same_period(self, target: Figure, result: Figure) -> bool:
        """No year named between the target's sentence and the result but the target's ("Chỉ tiêu năm 2025 … . Năm
        2024 kết nạp …" is last year's); a result told before a target of a named year, in a sentence naming none,
        is of the year named last before it."""
        t0, t1 = self.bounds.sentence(target.num_start)
        r0 = self.bounds.sentence_start(result.num_start)
        set_for = _years(self.low, t0, t1)
        forward = target.num_start < result.num_start
        between = _years(self.low, t1, result.start) if forward else _years(self.low, r0, t0)
        if not set_for:
            return not between  # "Hội phấn đấu kết nạp 500 hội viên. Năm 2025, kết nạp 450 …": which year's?
        if len(set_for) > 1 or between - set_for:
            return False
        if between or forward:
            return True
        before = _YEAR.findall(self.low, max(0, r0 - 300), r0)
        return bool(before) and before[-1] in set_for


_PER_UNIT = re.compile(r"\bmỗi (?!năm|quý|tháng|kỳ|đợt)\w")


def link_results_across_sentences(m: str, low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A target set in one sentence and its result told in one of the next three of its paragraph ("Hội được giao chỉ
    tiêu hỗ trợ 700 hộ phụ nữ nghèo thoát nghèo. Cuối năm, kết quả đạt 812 hộ, vượt 16%."), or the result first and a
    sentence opening on the target after it ("… đã kết nạp 412 hội viên, bằng 58,9% chỉ tiêu năm. Chỉ tiêu … giao
    năm 2024 là 700 hội viên"): the result, of the target's noun, takes it, when no place or other year is named
    between and the result is no estimate, target, part or change; its stated rate must agree."""
    targets = [k for k, g in enumerate(figures) if g.is_target and g.target == g.value and g.unit and (
        g.unit_class in ("count", "vnd"))]
    if not targets:
        return  # (most texts: no target with a noun)
    across = _Across(m, low, bounds)
    measured = {f.target for f in figures if not f.is_target and f.target is not None}
    for k in targets:
        g = figures[k]
        if g.value in measured:
            continue  # "kết nạp được 38 hội viên mới (chỉ tiêu năm 150 hội viên)": its result is told already
        if "mỗi " in low and _PER_UNIT.search(low, bounds.sentence_start(g.num_start), g.start):
            continue  # "mỗi cơ sở Hội giúp 3 hộ": a target for each unit is no target of a total told later
        f = _first_of_its_noun(across, figures, k, 1)
        if f is None and _opens_on_targets(across, figures, k):
            f = _first_of_its_noun(across, figures, k, -1)
        if f is not None:
            f.target = g.value


# a share set: "80% hội viên được học tập chính sách, pháp luật" (who, then what they do, to the sentence's end); the
# share reached, named after "tỷ lệ" in its clause: "tỷ lệ hội viên được tuyên truyền pháp luật hằng năm bình quân 86%"
_SHARE_SET = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+([^.;:\n\d]{4,80})")
_SHARE_NAMED = re.compile(r"tỷ lệ\s+([^.;:\n\d]{4,100}?)\s*(?:(?:đạt|là|ở mức|bình quân|trên|hơn|từ)\s+)*$")
_SHARE_NOT_RESULT = re.compile(r"phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|\bsẽ\b|năm tới|năm sau|cùng kỳ|năm trước|trong đó"
                               r"|\briêng\b")
_SHARE_DONE = re.compile(r"\bđã\b|\bđạt\b|\bqua\b|cuối năm|sau \d+ năm|kết quả|đến nay")
_COMMON_SYLLABLES = frozenset(("được", "có", "các", "và", "năm", "hằng", "trở", "lên", "trên", "đạt", "từ", "mỗi",
                               "của", "trong", "là", "bình", "quân", "hơn", "tổ", "chức"))


def link_shares_across_sentences(m: str, low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A share set in one sentence ("mỗi năm có 70% hội viên được học tập chính sách, pháp luật") and the share
    reached told in one of the next three sentences (its paragraph or the next), after "tỷ lệ" naming the same people
    and two more of its words ("tỷ lệ hội viên được tuyên truyền pháp luật hằng năm bình quân 78%"): the share
    reached takes the target, when no place or other year is named between and its clause tells it done."""
    if "tỷ lệ" not in low:
        return
    across = _Across(m, low, bounds)
    for k, g in enumerate(figures):
        if not (g.is_target and g.target == g.value and g.unit_class == "percent") or not (
                set_for := _SHARE_SET.match(low, g.end)):
            continue
        who, what = set_for.group(1), set(set_for.group(2).replace(",", " ").split()) - _COMMON_SYLLABLES
        for f in figures[k + 1:]:
            if not 0 <= (gap := across.sentence_no(f.num_start) - across.sentence_no(g.num_start)) <= 3 or low.count(
                    "\n", g.end, f.start) > 1:
                break  # (the next three sentences, into the next paragraph: "… pháp luật.\nSau 5 năm, …")
            if f.unit_class != "percent" or f.is_target or f.target is not None or f.achievement_pct is not None:
                continue
            start = bounds.sentence_start(f.num_start)
            clause = low[max(start, low.rfind(";", start, f.start) + 1):f.start]
            named = _SHARE_NAMED.search(clause)
            if named is None:
                continue
            if (named.group(1).startswith(who + " ") and len(set(named.group(1).split()) & what) >= 2
                    and gap and not _SHARE_NOT_RESULT.search(clause)
                    and _SHARE_DONE.search(low, start, f.start) and not _named_place(m, low, g.end, f.start)
                    and across.same_period(g, f)):
                f.target = g.value
            break  # (the first share named after "tỷ lệ" is the one told)


def _opens_on_targets(across: _Across, figures: list[Figure], k: int) -> bool:
    """Whether target ``k``'s sentence opens on the target's words, with only targets before it ("Kế hoạch năm
    giao 60 THT và 15 HTX")."""
    start = across.bounds.sentence_start(figures[k].num_start)
    first = k
    while first and figures[first - 1].num_start >= start:
        first -= 1
        if not figures[first].is_target:
            return False
    return _TARGET_OPENS.match(across.low, start, figures[first].start) is not None or _looks_back_on_the_result(
        across.low, start, figures[first].start)


# a sentence opening on the result just told: "Con số này …", "Kết quả này …", "Số liệu trên …"
_LOOKS_BACK = re.compile(r"\W*(?:con số|kết quả|số liệu|số lượng|mức)\s+(?:này|đó|trên|nói trên)\b")


def _looks_back_on_the_result(low: str, start: int, end: int) -> bool:
    """"Con số này vẫn còn thấp so với yêu cầu, bởi Nghị quyết … giao chỉ tiêu năm 2026 là 1.300 hộ": a sentence
    looking back on the result names the target later on, in a clause of the target's words."""
    if not _LOOKS_BACK.match(low, start):
        return False
    at = max(low.rfind("chỉ tiêu", start, end), low.rfind("kế hoạch", start, end))
    return at != -1 and _TARGET_OPENS.match(low, at, end) is not None


def _first_of_its_noun(across: _Across, figures: list[Figure], k: int, step: int) -> Figure | None:
    """The first figure of target ``k``'s noun after it (``step`` 1) or before it (-1), when it is its result."""
    g, j = figures[k], k + step
    low = across.low
    while 0 <= j < len(figures):
        f = figures[j]
        a, b = (g, f) if step > 0 else (f, g)
        if (gap := across.gap(a, b)) is None:
            return None
        if f.unit_class == g.unit_class and f.unit and (same_noun(low, f, g) or same_persons(f, g)):
            if f.is_target or f.target is not None or another_indicator(low, f, g) or (
                    f.achievement_pct is not None and abs(f.value * 100 / g.value - f.achievement_pct) > 1):
                return None
            if step > 0 and _THEN_ITS_RESULT.fullmatch(low, g.end, f.start):
                return f  # "chỉ tiêu … giao 600 người, kết quả các cơ sở Hội kết nạp 742 hội viên": its own sentence
            if not gap or _named_place(across.m, low, a.end, b.start) or not across.told_done(f):
                return None
            if step < 0 and f.achievement_pct is None and not _MEASURED_AFTER.match(low, f.end) and (
                    not across.same_period(g, f) or not _years(low, *across.bounds.sentence(g.num_start)) and (
                    not _THE_YEARS_PLAN.search(low, across.bounds.sentence_start(g.num_start), g.start))):
                return None  # a result, then a target sentence naming no year (or "năm") nor a measure: next year's?
            return f if across.same_period(g, f) else None
        j += step
    return None


# a plan titled on one line ("Kế hoạch hoạt động năm 2026 của Hội LHPN xã …", "KẾ HOẠCH CÔNG TÁC HỘI NĂM 2026") near
# its top, and its budget told on a line of its own with the amount foreseen: "Kinh phí thực hiện: từ nguồn kinh phí
# hoạt động năm 2026 của Hội (dự kiến 45.000.000 đồng) …", "5. Kinh phí: dự toán 30 triệu đồng"
# (or on two: "KẾ HOẠCH\nCông tác Hội và phong trào phụ nữ năm 2026")
_PLAN_TITLE_LINE = re.compile(r"(?:^|\n)[ \t]*kế hoạch\b(?:[^\n.;:]{0,80}?|[ \t]*\n[^\n.;:]{0,80}?)năm[ \t]+20\d\d"
                              r"[^\n.;:]{0,60}\n")
_BUDGET_LINE = re.compile(r"\n[ \t]*(?:[ivx]{1,4}[.)]|\d{1,2}[.)])?[ \t]*(?:dự toán\s+)?(?:tổng\s+)?kinh phí\b[^\n]*")
# "dự kiến 45.000.000 đồng", "dự kiến khoảng 3,5 tỷ đồng", "Dự toán kinh phí: trên 50 triệu đồng"
_FORESEEN_BEFORE = re.compile(r"(?:dự kiến|dự toán)(?:\s+kinh phí)?\s*:?\s*(?:(?:khoảng|trên|hơn|gần|tối thiểu)\s+)?$")


def mark_plan_line_budgets(low: str, figures: list[Figure]) -> None:
    """The amount foreseen ("dự kiến", "dự toán") on a plan's "Kinh phí …" line is a target, as under its "KINH PHÍ"
    title (:func:`wuanalysis.rate_shapes.mark_plan_budgets`), when the plan's title is one line naming its year (a
    review's "Kinh phí thực hiện 38 triệu đồng" is spent, and a review is titled on its results)."""
    if "kinh phí" not in low or ("dự kiến" not in low and "dự toán" not in low) or not _PLAN_TITLE_LINE.search(
            low, 0, 1500):
        return
    for line in _BUDGET_LINE.finditer(low):
        for f in figures:
            if line.start() < f.num_start < line.end() and f.unit_class == "vnd" and not f.is_target and (
                    f.target is None) and _FORESEEN_BEFORE.search(low, max(0, f.start - 40), f.start):
                f.is_target, f.target = True, f.value


# money a plan allots, told in prose: "Về nguồn lực, thành phố bố trí 6,5 tỷ đồng cho chương trình hỗ trợ sinh kế, mức
# hỗ trợ 20 triệu đồng/hộ" in an article on the year's plan
_ALLOTS = re.compile(r"\b(?:bố trí|phân bổ|dành)\b(?!\s+cho\b)")
_YEARS_NAMED = re.compile(r"(?<![\d.,/])(20\d\d)(?![\d.,]\d)")


def mark_allotted_plan_money(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The amounts after "bố trí", "phân bổ", "dành" in a sentence of a text that opens as a plan are targets, when the
    sentence reports nothing done and neither it nor the last year named before it is earlier than the text's ("Năm
    2025, … bố trí 800 triệu đồng")."""
    if ("bố trí" not in low and "phân bổ" not in low and "dành" not in low) or not opens_a_plan(low):
        return
    year = texts_year(low)
    for f in figures:
        if f.unit_class != "vnd" or f.is_target or f.target is not None or f.achievement_pct is not None:
            continue
        start, end = bounds.sentence(f.num_start)
        if _ALLOTS.search(low, start, f.start) is None or STATEMENT_RESULT.search(low, start, end):
            continue
        if any(int(y) < year for y in _YEARS_NAMED.findall(low, start, end)) or any(
                int(y) < year for y in _YEARS_NAMED.findall(low, max(0, start - 300), start)[-1:]):
            continue  # (nor under a heading of an earlier year: "III. KẾT QUẢ NĂM 2025 …")
        f.is_target, f.target = True, f.value
