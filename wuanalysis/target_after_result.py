"""A result, then its plan in the next clause ("Hội giúp 18 hộ. Chỉ tiêu được giao là 15 hộ.", "kết nạp 6.870 hội
viên, hoàn thành 114,5% kế hoạch; kế hoạch đầu năm được Ban Thường vụ giao là 6.000 hội viên"), and a plan, then
its result as a ratio of it ("Kế hoạch năm giao 10 căn, đến nay đã hoàn thành 7/10 căn"). Run by
:mod:`wuanalysis.target_statements` once the targets are set; patterns read the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .target_cues import GIVER, same_noun
from .target_pairs import same_persons
from .text import load_words

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# the result's clause ends, the next opens on the target's word and who set it: ". Chỉ tiêu được giao là 15 hộ", "; chỉ
# tiêu Đảng ủy giao 15 hộ", ". Kế hoạch năm 2025 là 120 hội viên", ". Chỉ tiêu năm: 120 hội viên"
# (also naming its receiver and the deed, iv20 P12, iv19 P4: ". Chỉ tiêu huyện giao cho Hội năm 2023 là giúp 170 hộ",
# ". Theo chỉ tiêu Thành Hội giao năm 2025, phường phải kết nạp 380 hội viên"; the whole year named, iv18 P4: "; chỉ
# tiêu cả năm 2025 là 3.500", and the start of the year and the giver after "được" or "do": "; kế hoạch đầu năm được
# Ban Thường vụ giao là 6.000 hội viên")
def _target_after_result() -> re.Pattern:
    return _target_after_result_pattern(load_words("pledge_verb"))


@lru_cache(maxsize=1)
def _target_after_result_pattern(pledge_verbs: tuple[str, ...]) -> re.Pattern:
    verbs = "|".join(re.escape(v) for v in sorted(pledge_verbs, key=len, reverse=True))
    return re.compile(
        r"[^\d,;.:()\n]{0,40}?\s*[.;]\s*(?:theo\s+)?(?:chỉ tiêu|kế hoạch)"
        rf"(?:{GIVER}|\s+(?:năm|cả năm|đầu năm|(?:cả\s+)?năm\s+(20\d\d)|được giao|giao|đề ra|đặt ra"
        r"|cho\s+[^\W\d_]+|(?:được|do)\s+(?:(?!đã\b)[^\W\d_]+\s+){1,5}?giao))*\s*"
        rf"(?:là\s*(?:(?:{verbs})\s+)?|,\s*(?:[^\W\d_]+\s+){{1,3}}?(?:phải|cần)\s+(?:{verbs})\s+)?:?\s*")


# the result's own rate between it and the plan: "kết nạp 6.870 hội viên, hoàn thành 114,5% kế hoạch; kế hoạch …"
_RATE_BETWEEN = re.compile(r"\s*,\s*(?:đã\s+)?(?:hoàn thành|đạt|bằng)(?:\s+được)?\s*")
_RATE_WORDS_AFTER = re.compile(r"\s*(?:kế hoạch|chỉ tiêu)(?:\s+(?:năm|cả năm|được giao|giao|đề ra))*")


def link_target_after_result(low: str, figures: list[Figure]) -> None:
    """"Năm 2025, Hội giúp 18 hộ thoát nghèo. Chỉ tiêu được giao là 15 hộ.": a target opening the clause right after a
    result (or after the result's rate, "…, hoàn thành 114,5% kế hoạch; kế hoạch … là 6.000"), of its noun, is its
    target; not one for another year than the result's sentence names ("Chỉ tiêu năm 2026 là 20 hộ"), nor when the
    result's rate states another quotient, nor when the plan's own result follows it ("…; sửa chữa 3 căn. Kế hoạch
    năm giao 10 căn, đến nay đã hoàn thành 7/10 căn")."""
    if "chỉ tiêu" not in low and "kế hoạch" not in low:
        return
    for i, g in enumerate(figures):
        if i == 0 or not g.is_target or g.target != g.value:
            continue
        f, said = figures[i - 1], None
        if f.unit_class == "percent" and i >= 2 and g.unit_class != "percent" and f.achievement_pct is not None:
            r, f = f, figures[i - 2]  # (the result's rate between: read the plan's words after the rate)
            words = _RATE_WORDS_AFTER.match(low, r.end)
            if f.achievement_pct != r.achievement_pct or not _RATE_BETWEEN.fullmatch(low, f.end, r.start) or (
                    words is None):
                continue
            said = _target_after_result().fullmatch(low, words.end(), g.start)
        elif f.unit_class == g.unit_class:
            said = _target_after_result().fullmatch(low, f.end, g.start)
        elif "so với" in low[max(0, g.start - 200):g.start] and (past := _past_a_change(low, figures, i)):
            f, said = past
        if said is None or f.is_target or f.target is not None or f.unit_class != g.unit_class or (
                f.unit_class not in ("count", "vnd", "percent")):
            continue
        if not (same_noun(low, f, g) or same_persons(f, g)) or (
                f.achievement_pct is not None and abs(f.value * 100 / g.value - f.achievement_pct) > 0.5):
            continue
        if _ratio_of_the_plan_next(low, figures, i) is not None:
            continue  # (the plan's own result follows it)
        sentence = low[max(low.rfind(".", 0, f.start), low.rfind("\n", 0, f.start)) + 1:f.start]
        if said.group(1) and said.group(1) not in sentence and not (
                not _YEAR_NAMED.search(sentence) and said.group(1) == _latest_year_before(low, f.start)):
            continue  # (a result whose sentence names no year is of the latest year named before it)
        f.target = g.value


_YEAR_NAMED = re.compile(r"20\d\d")


# P3 (issue 11, iv24 FINDINGS' leftover in iv20): a change on last year told between the result and its plan: "giúp 632
# hộ thoát nghèo. So với cùng kỳ năm 2024 (511 hộ), tăng 23,7%. Chỉ tiêu năm là 600 hộ", "kết nạp 210 hội viên, tăng
# 15% so với năm 2024. Kế hoạch năm là 200 hội viên"
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm)(?:\s+(?:thêm|được))?\s*$")
_COMPARED = re.compile(r"\s*so với\s+(?:cùng kỳ|năm\s+(?:20\d\d|trước|ngoái))(?:\s+năm\s+20\d\d)?")
_BEFORE_THE_CHANGE = re.compile(r"[^\d,;.:()\n]{0,40}?\s*[.,]\s*(?:so với\s+(?:cùng kỳ|năm\s+(?:20\d\d|trước|ngoái))"
                                r"(?:\s+năm\s+20\d\d)?\s*(?:\(\s*)?)?")


def _past_a_change(low: str, figures: list[Figure], i: int) -> tuple[Figure, re.Match[str]] | None:
    """The result before a change on last year that stands between it and the plan ``figures[i]``, with the plan's
    words after the change; None when the figures between are anything else."""
    change = figures[i - 1]
    if change.unit_class != "percent" or change.is_target or change.achievement_pct is not None or (
            not _CHANGE_BEFORE.search(low, max(0, change.start - 12), change.start)):
        return None
    k = i - 2
    if k >= 1 and figures[k].unit_class == figures[i].unit_class and (
            low.rfind("(", figures[k - 1].end, figures[k].start) != -1):
        k -= 1  # last year's count in brackets: "So với cùng kỳ năm 2024 (511 hộ), tăng 23,7%"
    if k < 0 or (f := figures[k]).unit_class != figures[i].unit_class or not _BEFORE_THE_CHANGE.match(low, f.end):
        return None
    compared = _COMPARED.match(low, change.end)
    said = _target_after_result().fullmatch(low, compared.end() if compared else change.end, figures[i].start)
    return None if said is None else (f, said)


def _latest_year_before(low: str, at: int) -> str:
    """The latest year named in the text before ``at`` ("" when none)."""
    return max(_YEAR_NAMED.findall(low, 0, at), default="")


# a plan, then its result so far as a ratio of it: "Kế hoạch năm giao 10 căn, đến nay đã hoàn thành 7/10 căn", "Chỉ
# tiêu được giao 12 mô hình, hiện đã thành lập 9/12 mô hình"
_PLAN_THEN_RATIO = re.compile(
    r"[^\d.;:()\n]{0,30}?,\s*(?:(?:đến nay|hiện nay|hiện|tính đến nay|đến thời điểm này)\s*,?\s*)?"
    r"(?:(?:hội|các cấp hội|toàn hội)\s+)?đã\s+(?:[^\W\d_]+\s+){1,3}?(?:được\s+)?")


def _ratio_of_the_plan_next(low: str, figures: list[Figure], i: int) -> Figure | None:
    """The ratio right after the plan ``figures[i]`` that counts its result over it ("…, đến nay đã hoàn thành 7/10
    căn"), or None."""
    if i + 1 >= len(figures):
        return None
    g, h = figures[i], figures[i + 1]
    if h.unit_class != "ratio" or h.denominator != g.value or not _PLAN_THEN_RATIO.fullmatch(low, g.end, h.start):
        return None
    return h


def link_plan_then_its_ratio(low: str, figures: list[Figure]) -> None:
    """"Kế hoạch năm giao 6 nhà, đến nay đã khởi công 4/6 nhà": a ratio over the plan, told right after it in the
    plan's sentence, is the plan's result (its target, the plan)."""
    if "/" not in low or ("chỉ tiêu" not in low and "kế hoạch" not in low):
        return
    for i, g in enumerate(figures):
        if not g.is_target or g.target != g.value or g.unit_class != "count":
            continue
        h = _ratio_of_the_plan_next(low, figures, i)
        if h is not None and h.target is None and not h.is_target:
            h.target = g.value
