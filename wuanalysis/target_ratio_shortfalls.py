"""A ratio a review says fell short of a named target: its denominator is that target ("hai chỉ tiêu chưa đạt là …
(thành lập 14/20 HTX)", "chỉ tiêu này mới đạt ở 318/342 xã, phường", a plan named after the ratio). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets` (read through :mod:`wuanalysis.target_cues`), split from
it; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# a named target the review says fell short: "hai chỉ tiêu chưa đạt là … số tổ hợp tác (đạt 9/12 tổ)", "Chỉ tiêu duy
# nhất chưa đạt là … (thành lập 14/20 HTX)", "Riêng chỉ tiêu hỗ trợ phụ nữ khởi nghiệp mới đạt 4/10 ý tưởng"
_SHORTFALL_OF_A_TARGET = re.compile(r"chỉ tiêu[^;.:\n]{0,160}?(?:chưa đạt|chưa hoàn thành|(?:chỉ|mới) đạt)")
_CLAUSE_START = re.compile(r"[;.:\n][^;.:\n]*$")
# a ratio's own rate told right after it: "96/120 HTX (bằng 80%)", "14/20 tổ, đạt 70%"
_OWN_RATE_AFTER = re.compile(r"\s*[,(]\s*(?:bằng|đạt|tương đương)?\s*\d[\d,.]*\s*%")
# "chỉ tiêu này mới đạt ở 318/342 xã, phường": the units where the target was met, no part of it done
_AT_UNITS_BEFORE = re.compile(r"\s(?:ở|tại)\s*$")


# the plan a ratio was done against, right after its noun ("thành lập được 1/3 HTX theo kế hoạch", "3/5 mô hình
# theo kế hoạch năm", "7/12 buổi truyền thông theo kế hoạch đề ra", "4/6 công trình so với kế hoạch", P7 (iv23): "4/5 mô
# hình sinh kế theo kế hoạch"); not a plan
# document ("theo Kế hoạch số 12-KH/HLHPN"), nor the branches' own work by plan ("12/15 chi hội sinh hoạt theo …")
_PLAN_AFTER_RATIO = re.compile(
    r"(?:\s+(?!(?:đã|được|đều|sinh hoạt|tổ|hoạt|triển|thực|tham|duy|theo|so)\b)[^\W\d_]+){0,2}?"
    r"\s+(?:theo|so với)\s+(?:kế hoạch|chỉ tiêu|kh)(?![^\W_])(?!\s+(?:số|\d))")


# P7 (issue 11, iv23 FINDINGS): a sentence opened by carrying out a resolution or plan: "Về thực hiện Nghị quyết Đại hội
# nhiệm kỳ 2025-2030, sau 1 năm, Hội đã thành lập 2/5 hợp tác xã" (not a share of the union's units meeting a target:
# "28/34 tỉnh, thành đạt trên 50%", house rule)
_OPENED_BY_A_PLAN = re.compile(r"(?:(?<=[\n;:])|(?<=\. ))\s*(?:về\s+)?(?:việc\s+)?thực hiện\s+(?:nghị quyết|kế hoạch"
                               r"|chỉ tiêu|mục tiêu)\b[^;.:\n]{0,160}$")
_UNITS_OF_THE_UNION = frozenset(("tỉnh", "xã", "phường", "huyện", "chi", "cơ", "đơn", "hội", "tổ", "thôn", "ấp"))


def link_ratio_shortfalls(low: str, figures: list[Figure]) -> None:
    """The part done of a named target that fell short, told as a ratio with no rate of its own, or of the plan named
    right after it: the whole is the target (not "số chi hội sinh hoạt định kỳ chỉ đạt 81/96 chi hội", a share of
    all branches with no target named; nor "mới đạt 40% (thành lập 2/5 hợp tác xã)", measured by its rate; nor "đạt
    11/13 chỉ tiêu"; nor "mới đạt ở 318/342 xã", the units where it was met)."""
    for f in figures:
        if not f.denominator or f.unit_class != "ratio" or f.target is not None or f.is_target or (
                f.achievement_pct is not None and not _OWN_RATE_AFTER.match(low, f.end)) or (
                f.unit and f.unit.lower() == "chỉ tiêu"):
            continue  # (its own rate told after it is no stop: "chỉ đạt 96/120 HTX (bằng 80%)")
        if _AT_UNITS_BEFORE.search(low, max(0, f.start - 8), f.start):
            continue
        clause = _CLAUSE_START.search(low, max(0, f.start - 200), f.start)
        start = clause.start() + 1 if clause else max(0, f.start - 200)
        if clause and low[clause.start()] == ":" and _shortfall_named_before_colon(low, clause.start()) and not (
                f.unit and f.unit.lower().split()[0] in _UNITS_OF_THE_UNION):  # ("…: mới có 27/38 chi hội có …")
            start = clause.start()  # "Chỉ tiêu chưa đạt là thành lập hợp tác xã: mới đạt 9/12 HTX"
        if _PLAN_AFTER_RATIO.match(low, f.end) or (
                "chỉ tiêu" in low and (start < len(low) and low[start] == ":" or _SHORTFALL_OF_A_TARGET.search(
                    low, start, f.start))) or (
                "thực hiện" in low[start:f.start] and _OPENED_BY_A_PLAN.search(low, start, f.start) and not (
                    f.unit and f.unit.lower().split()[0] in _UNITS_OF_THE_UNION)) or (
                _deed_under_a_plan_heading(low, f) and not _RATE_AFTER.match(low, f.end)):
            f.target = f.denominator


def _shortfall_named_before_colon(low: str, colon: int) -> bool:
    """P8 (issue 11, iv24 FINDINGS): "Chỉ tiêu duy nhất chưa đạt là thành lập hợp tác xã: mới đạt 9/12 HTX", "Chỉ tiêu
    chưa hoàn thành: …, chỉ được 31/40 ý tưởng": the clause before the colon names the unmet target."""
    if "chưa" not in low[max(0, colon - 200):colon]:
        return False
    before = _CLAUSE_START.search(low, max(0, colon - 200), colon)
    start = before.start() + 1 if before else max(0, colon - 200)
    return _UNMET_TARGET.search(low, start, colon) is not None


# a named target the review says is unmet: "hai chỉ tiêu chưa đạt là …", "chỉ tiêu còn lại chưa hoàn thành"
_UNMET_TARGET = re.compile(r"chỉ tiêu[^;.:\n]{0,60}?chưa (?:đạt|hoàn thành)")
# a ratio in brackets, its deed's words before it: "… và số tổ hợp tác (9/15 tổ)", "(thành lập 14/20 HTX)"
_BRACKET_OPENS = re.compile(r"\([^()\d;.:]{0,40}$")


def ratio_of_unmet_target(low: str, sentence_start: int, f: Figure) -> bool:
    """P8 (issue 11, iv24 FINDINGS): a ratio in brackets in a sentence naming unmet targets ("Hai chỉ tiêu chưa đạt là
    tỷ lệ cán bộ nữ (đạt 18%, chỉ tiêu 20%) và số tổ hợp tác (9/15 tổ)"): the part done, no target of its own cue."""
    return bool(f.denominator) and f.unit_class == "ratio" and "chưa" in low[sentence_start:f.start] and (
        _BRACKET_OPENS.search(low, max(0, f.start - 42), f.start) is not None) and (
        _UNMET_TARGET.search(low, sentence_start, f.start) is not None)


# P7 (issue 11, iv23 FINDINGS): a deed's ratio in a list under a heading measuring against the plan: "2. Kết quả thực
# hiện chỉ tiêu (so với kế hoạch năm 2024)" … "- Thành lập tổ hợp tác: 3/4 tổ." (not "- Chi hội sinh hoạt định kỳ:
# 81/96 chi hội", no deed; nor a list under "Tình hình tổ chức")
_DEED_ITEM = re.compile(r"[ \t]*[-+•*][ \t]*(?:thành lập|kết nạp|giúp|hỗ trợ|xây dựng|xây|trao|vận động|tổ chức|mở)\b"
                        r"[^\d:\n]{0,80}:\s*$")
_ITEM_LINE = re.compile(r"[ \t]*[-+•*]")
_PLAN_HEADING = re.compile(r"(?:so với|thực hiện(?:\s+các)?)\s+(?:kế hoạch|chỉ tiêu)")
# a rate told after the ratio that it did not take (off its quotient: "430/500 hội viên, đạt 90%"): the item is unclear
_RATE_AFTER = re.compile(r"\s*,\s*(?:đạt|bằng)\s+\d")


def _deed_under_a_plan_heading(low: str, f: Figure) -> bool:
    """"- Thành lập tổ hợp tác: 3/4 tổ." under "Kết quả thực hiện chỉ tiêu (so với kế hoạch …)": the whole is the
    plan."""
    line_start = low.rfind("\n", 0, f.start) + 1
    if not _DEED_ITEM.fullmatch(low, line_start, f.start):
        return False
    for _ in range(15):  # (the list's lines above it, up to its heading)
        if line_start == 0:
            return False
        line_start = low.rfind("\n", 0, line_start - 1) + 1
        if not _ITEM_LINE.match(low, line_start):
            line_end = low.find("\n", line_start)
            return _PLAN_HEADING.search(low, line_start, line_end) is not None
    return False
