"""A share and its target share: "đạt 90%/80% chỉ tiêu giao" (the result share over the target share), "đạt 85%,
chưa đạt chỉ tiêu đề ra (90%)", "mới đạt 74%, thấp hơn mục tiêu 80% đề ra" (the verdict on the target, then the target
share). Rules of :func:`wuanalysis.target_statements.decide_rates_and_targets` (re-exported by
:mod:`wuanalysis.target_cues`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds
from .rates import TARGET_REF

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


_SLASH_BETWEEN = re.compile(r"\s*/\s*")


_TARGETS_NAMED = re.compile(r"chỉ tiêu|kế hoạch|mục tiêu|nghị quyết")


def link_share_over_target(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"đạt 90%/80% chỉ tiêu giao", "1 chỉ tiêu chưa đạt (tỷ lệ tập hợp đạt 82%/85%)": the result share over the
    target share, when the target is named after them or earlier in the sentence."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and _SLASH_BETWEEN.fullmatch(low, f.end, g.start) and (
            TARGET_REF.match(low[g.end:g.end + 40]) or _TARGETS_NAMED.search(
                low, bounds.sentence_start(f.num_start), f.start)
        ):
            f.target = g.value
            g.is_target, g.target = True, g.value


_VERDICT_THEN_TARGET = re.compile(  # (the share's own words first: "85% chi hội đạt vững mạnh, đạt chỉ tiêu (80%)")
    r"(?:[^\d,;.()]{0,60}?[,;])?\s*(?:chưa\s+|không\s+)?(?:đạt|vượt|hoàn thành)\s+(?:so với\s+)?"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu|nghị quyết|nq\b)"  # "đạt 88,6%, vượt NQ (85%)"
    r"[^()\d,;.]{0,30}\(\s*(?:dưới|trên|ít nhất|tối thiểu|từ)?\s*$")


def link_share_verdict(low: str, figures: list[Figure]) -> None:
    """"đạt 85%, chưa đạt chỉ tiêu đề ra (90%)", "còn 1,2%, đạt mục tiêu (dưới 1,5%)": a share, the verdict on its
    target, and the target share in parentheses."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and f.target is None and _VERDICT_THEN_TARGET.fullmatch(
            low, f.end, g.start
        ):
            f.target = g.value
            g.is_target, g.target = True, g.value
        elif f.unit_class == g.unit_class == "percent" and f.target is None and _SHARE_BESIDE_TARGET.fullmatch(
                low, f.end, g.start) and not (low.startswith(" so với", f.end) and _AN_EXCESS.search(
                low, max(0, f.start - 12), f.start)):  # (not "…, vượt 2% so với chỉ tiêu (85%)": the excess)
            f.target = g.value
            g.is_target, g.target = True, g.value
            if g.achievement_pct == g.value:
                g.achievement_pct = None  # "chưa đạt chỉ tiêu 75%" is the target, not a rate reached
    if "chỉ tiêu" in low:
        link_share_target_then_reached(low, figures)
    if "theo " in low and "đến " in low:
        link_term_share_then_reached(low, figures)


# "mới đạt 74%, thấp hơn mục tiêu 80% đề ra", "đạt 68%, chưa đạt chỉ tiêu 75%", "đạt 93%, vượt kế hoạch 90%": a
# share, how it stands against the target, and the target share ("đạt 82,4%, trong khi chỉ tiêu là 80%", "96,2%, cao hơn
# chỉ tiêu đề ra (95%)", "88%, thấp hơn chỉ tiêu Nghị quyết (90%)")
# P11 (issue 11, iv17 FINDINGS): the share's own words, then "so với" its target share ("87,2% cơ sở Hội đã sử dụng
# phần mềm …, so với mục tiêu 90% vào cuối năm"); the target quoted (P4, iv22: "89%, so với mục tiêu "trên 87%"")
_AN_EXCESS = re.compile(r"(?:vượt|hơn|tăng)\s*$")
_SHARE_BESIDE_TARGET = re.compile(
    r"(?:(?:[^\d,;.()]{0,80}?)?\s*[,;]\s*(?:(?:(?:thấp|cao) hơn|chưa đạt|không đạt|vượt|trong khi(?:\s+đó)?)\s+"
    r"(?:so với\s+)?|so với\s+)|\s+so với\s+)"  # P11 (iv23): right after the share, "mới giảm 1,2% so với kế hoạch 2%"
    r"(?:mục tiêu|chỉ tiêu|kế hoạch)(?:\s+(?:đề ra|đặt ra|giao|nghị quyết|năm|là)){0,2}\s*:?\s*[(\"“]?\s*")


# P21 (issue 11, iv20 FINDINGS): a target share named first, then the share reached: "chỉ tiêu 70% hội viên biết dùng
# dịch vụ công trực tuyến mới đạt 58%", "Chỉ tiêu 60% chi hội … đến nay chỉ đạt 45%"
# P4 (issue 11, iv22 FINDINGS): the target told as a deed, quoted or not ("chỉ tiêu "giảm tỷ lệ trẻ … xuống dưới 10%"
# chỉ đạt 11,2%", "Chỉ tiêu nâng tỷ lệ hội viên có BHYT lên 95% mới đạt 91,4%")
_TARGET_SHARE_BEFORE = re.compile(
    r"chỉ tiêu\s*(?:[\"“]?\s*[^\W\d_][^\d,;.:()\"“”]{0,80}?\s(?:lên|xuống|còn|dưới|trên))?\s*$")
_SHARE_REACHED = re.compile(
    r"[\"”]?(?:\s+[^\W\d_][^\d,;.:()]{0,80}?)?\s(?:mới|chỉ|chỉ mới|đã|đến nay(?:\s+(?:mới|chỉ))?)\s+đạt\s*")


def link_share_target_then_reached(low: str, figures: list[Figure]) -> None:
    """"chỉ tiêu 70% hội viên biết dùng dịch vụ công trực tuyến mới đạt 58%": the share reached measures up to the
    target share named before it (its target, no rate: not "chỉ tiêu kết nạp 2.000 hội viên mới đạt 58%")."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and f.is_target and g.target is None and not g.is_target and (
                _TARGET_SHARE_BEFORE.search(low, max(0, f.start - 100), f.start)) and _SHARE_REACHED.fullmatch(
                low, f.end, g.start):
            g.target, g.achievement_pct = f.value, None


# P13 (issue 11, iv15 FINDINGS): a share the resolution or plan sets for a horizon, then the share reached so far: "Theo
# Nghị quyết Đại hội …, đến năm 2026 có 100% chi hội đạt …; đến nay đã đạt 91,2%", "Theo kế hoạch, đến cuối năm có 95%
# chi hội …; hiện mới đạt 88%" (not "Theo báo cáo, năm 2024 có 80% …", a result)
_BY_A_HORIZON = re.compile(r"(?<![^\W\d_])theo\s+(?:nghị quyết|kế hoạch|chương trình|đề án)[^;.\n]{0,100}?,\s*đến\s+"
                           r"(?:năm\s+20\d\d|(?:cuối|hết)\s+(?:năm|nhiệm kỳ)(?:\s+20\d\d)?)\s*,?\s*(?:có|đạt|là)?\s*$")
_REACHED_SO_FAR = re.compile(r"[^.;()\n]{0,80}?[;,]\s*(?:tính\s+)?(?:đến nay|hiện nay|hiện)(?:\s+(?:đã|mới|chỉ))*"
                             r"\s+đạt\s*")


def link_term_share_then_reached(low: str, figures: list[Figure]) -> None:
    """"Theo Nghị quyết …, đến năm 2026 có 100% chi hội …; đến nay đã đạt 91,2%": the share set for the horizon is a
    target, and the share reached in the next clause takes it (no rate)."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and f.target in (None, f.value) and g.target is None and (
                _REACHED_SO_FAR.fullmatch(low, f.end, g.start)) and _BY_A_HORIZON.search(
                low, max(0, f.start - 160), f.start):
            f.is_target, f.target, f.achievement_pct = True, f.value, None
            g.target, g.achievement_pct = f.value, None


# P10 (issue 11, iv18 FINDINGS; house rule of the thirteenth session): a bound on the targets or units left over,
# "các chỉ tiêu còn lại (thành lập HTX, …) đạt từ 82% trở lên", "2 đơn vị còn lại đều đạt trên 90%", is how far they got
_REST_REACHED = re.compile(
    r"(?<![^\W\d_])(?:các|những|hai|ba|\d+)\s+(?:chỉ tiêu|đơn vị|cơ sở|chi hội|tỉnh|xã|huyện)(?:\s+[^\W\d_]+){0,3}?"
    r"\s+còn lại(?:\s*\([^()]{0,120}\))?\s+(?:đều\s+)?(?:chỉ\s+|mới\s+)?đạt\s+(?:từ|trên|hơn|ít nhất)?\s*$")
_AIM_BEFORE = re.compile(r"phấn đấu|mục tiêu|đề ra|phải|cần|\bsẽ\b")


def mark_rest_reached(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"…; các chỉ tiêu còn lại (thành lập HTX, …) đạt từ 82% trở lên": the percent a bound on what is left reached
    carries its own value as the rate, no target (not an aim: "phấn đấu các chỉ tiêu còn lại đạt từ 90%")."""
    if "còn lại" not in low:
        return
    for f in figures:
        if f.unit_class != "percent" or f.achievement_pct is not None:
            continue
        said = _REST_REACHED.search(low, max(0, f.start - 200), f.start)
        if said is not None and not _AIM_BEFORE.search(low, bounds.sentence_start(f.num_start), said.start()):
            f.is_target, f.target, f.achievement_pct = False, None, f.value
