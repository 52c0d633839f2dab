"""Targets a figure's own words make, with no cue before it: the target's words after the amount ("giúp 1.500 hộ như
chỉ tiêu đã đăng ký", "Giúp 11 hộ theo chỉ tiêu tỉnh giao."), the amount assigned ("Trong số 4 hộ được giao giúp thoát
nghèo năm nay, 2 hộ đã …"), and a demand for the rest of the period ("phải hoàn thành 100% chỉ tiêu năm, nhất là hỗ
trợ thêm gần 400 hộ …", "cần tập trung kết nạp thêm 45 hội viên"). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets` (the first read by
:func:`wuanalysis.target_cues.mark_cued_targets`), split from :mod:`wuanalysis.target_cues`; patterns run on the
lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds
from .target_pairs import GIVER, same_noun

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# P4b (issue 11, iv14 FINDINGS P4b): the target's words after the amount: "dự kiến đến cuối năm giúp 1.500 hộ như chỉ
# tiêu đã đăng ký", "Giúp 11 hộ theo chỉ tiêu tỉnh giao." (not done: "đã giúp 11 hộ theo chỉ tiêu …"); "Trong số 4 hộ
# được giao giúp thoát nghèo năm nay, 2 hộ đã …": the assigned amount, and the part of it after the comma
_NAMED_AFTER = re.compile(
    r"[^\d,;.:()]{0,30}?\s(?:như|theo)\s+(?:chỉ tiêu"
    rf"(?:{GIVER}\s+(?:giao|đề ra|đặt ra)|\s+(?:đã\s+)?(?:được\s+)?(?:đăng ký|giao|đề ra|đặt ra))"
    # a plan only when someone gave it or it was registered (not "tổ chức 5 lớp theo kế hoạch đề ra", done)
    rf"|kế hoạch(?:{GIVER}\s+giao|\s+(?:đã\s+)?(?:được giao|đăng ký)))\b")
# the result told next: "… theo chỉ tiêu tỉnh giao. Thực hiện: 9 hộ …"
_RESULT_NEXT = re.compile(r"\s*\.\s*(?:thực hiện|kết quả)(?:\s+(?:được|đạt được|đạt))?\s*:\s*[^\d.;:()]{0,30}")
_REACHED_RATE_AFTER = re.compile(r"[^\d.;:()]{0,40}?,\s*(?:đạt|bằng)\s*")
_DONE_IN_CLAUSE = re.compile(r"\bđã\b|kết quả|thực hiện|đạt được")
_AMONG_BEFORE = re.compile(r"(?<![^\W\d_])trong(?:\s+số)?\s*$")
_ASSIGNED_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?(?:được giao|được phân công|đã đăng ký|đăng ký)\b")
_PART_AFTER = re.compile(r"[^\d;.:()]{0,60}?,\s*")


def mark_targets_named_after(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A figure its target's words follow ("giúp 1.500 hộ như chỉ tiêu đã đăng ký") is a target when its clause
    reports nothing done; "Trong số 4 hộ được giao …, 2 hộ đã …": the assigned amount is a target and the part after
    the comma, of its noun, takes it."""
    for i, f in enumerate(figures):
        if f.is_target or f.target is not None or f.achievement_pct is not None or f.unit_class not in ("count", "vnd"):
            continue
        if _AMONG_BEFORE.search(low, max(0, f.start - 12), f.start) and _ASSIGNED_AFTER.match(low, f.end):
            f.is_target, f.target = True, f.value
            if i + 1 < len(figures) and (part := figures[i + 1]).unit_class == f.unit_class and (
                    _PART_AFTER.fullmatch(low, f.end, part.start)) and same_noun(low, f, part):
                part.is_target, part.target = False, f.value
            continue
        if (said := _NAMED_AFTER.match(low, f.end)) is None:
            continue
        at = f.start  # (the clause's start, once the words after match: five searches, no generator)
        clause = max(low.rfind(",", 0, at), low.rfind(";", 0, at), low.rfind(":", 0, at), low.rfind(".", 0, at),
                      low.rfind("\n", 0, at)) + 1
        if not _DONE_IN_CLAUSE.search(low, clause, f.start):
            f.is_target, f.target = True, f.value
            _link_its_result(low, bounds, figures, i, said.end())


def _link_its_result(low: str, bounds: Bounds, figures: list[Figure], i: int, after: int) -> None:
    """The result of target ``i`` (named after it): one before it in its sentence whose rate is its quotient over the
    target ("Hội đã giúp 684 hộ …, đạt 45,6% kế hoạch; dự kiến … 1.500 hộ như chỉ tiêu đã đăng ký"), or the first
    figure of the next sentence opened by "Thực hiện:" / "Kết quả:", of its noun."""
    f = figures[i]
    start = bounds.sentence_start(f.num_start)
    for g in figures[:i]:
        if g.start >= start and g.unit_class == f.unit_class and not g.is_target and g.target is None and (
                g.achievement_pct is not None) and f.value and abs(
                g.value / f.value * 100 - g.achievement_pct) <= 1 and (
                same_noun(low, g, f)) and _REACHED_RATE_AFTER.match(low, g.end):
            g.target = f.value
    if i + 1 < len(figures) and (g := figures[i + 1]).unit_class == f.unit_class and not g.is_target and (
            g.target is None) and _RESULT_NEXT.fullmatch(low, after, g.start) and same_noun(low, g, f):
        g.target = f.value


# P8 (issue 11): a demand for the rest of the year: "(yêu cầu) các cấp Hội phải hoàn thành 100% chỉ tiêu năm, nhất là
# hỗ trợ thêm gần 400 hộ thoát nghèo và 36 căn nhà", "cần tập trung kết nạp thêm 45 hội viên": the share to complete
# and the remainders are targets (not "phải vay nóng" or "đã hỗ trợ thêm 20 hộ", done)
_DEMAND = re.compile(r"\b(?:phải|cần)\s+(?:(?:tập trung|nỗ lực|phấn đấu|tiếp tục)\s+)?(?:hoàn thành|kết nạp|hỗ trợ"
                     r"|giúp|vận động|xây dựng|xây|trao|thành lập|phát triển|đạt)\b")
_DONE_SINCE = re.compile(r"\bđã\b")
_MORE_BEFORE = re.compile(r"\bthêm\s*$")
_ITEM_AFTER = re.compile(r"[^\d.;:()]{0,30}?(?:,|\svà)\s*")


def mark_demanded_remainders(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The figures a demand for the rest of the period names: "phải hoàn thành 100% chỉ tiêu", "thêm N" after
    "phải/cần <deed>" in its sentence, and the items listed after a remainder ("thêm gần 400 hộ … và 36 căn")."""
    prev: Figure | None = None
    for f in figures:
        listed = prev is not None and _ITEM_AFTER.fullmatch(low, prev.end, f.start) is not None
        prev = None
        if f.is_target or f.achievement_pct is not None:
            continue
        start = bounds.sentence_start(f.num_start)
        if low.find("phải", start, f.start) == -1 and low.find("cần", start, f.start) == -1:
            continue  # (the demand's words, looked for before the pattern)
        demands = list(_DEMAND.finditer(low, start, f.start))
        demand = demands[-1] if demands else None
        if demand is None or _DONE_SINCE.search(low, demand.end(), f.start):
            continue
        whole = f.unit_class == "percent" and f.value == 100 and low.startswith(" chỉ tiêu", f.end) and (
            low.endswith("hoàn thành ", 0, f.start))
        if whole or listed or _MORE_BEFORE.search(low, max(0, f.start - 12), f.start):
            f.is_target, f.target = True, f.value
            prev = f
