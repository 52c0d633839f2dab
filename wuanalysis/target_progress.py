"""A result's progress toward a target told apart from it: the bare rate after a result ("…, đạt 72%", "…, tức 45% kế
hoạch", "… (66%)", "… - tương đương 82,2%") that is the result's quotient over a target found or told before it in
its paragraph, and a part of the year's result whose stated rate confirms the year's target. Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets` (read through :mod:`wuanalysis.target_lists`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds
from .target_pairs import same_noun

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# a bare rate right after a result and the rest of its noun: ", đạt 72%", ", vượt 20%", ", tức 45% kế hoạch", " -
# tương đương 82,2%", " (66%)", "29 hộ thoát cận nghèo, bằng 72,5%", "18 tổ hợp tác, hợp tác xã, tức 45% kế hoạch"
_BARE_RATE = re.compile(r"(,?\s+[^\W\d_][^\d;.:()\n–-]{0,50}?)?\s*"
                        r"(?:[,–-]\s*(?:(vượt)|đạt|bằng|tức(?:\s+là)?|tương đương(?:\s+với)?)|\()\s*")
_A_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def rate_of_a_linked_result(low: str, figures: list[Figure]) -> None:
    """"chỉ tiêu năm 2025 là 250 hội viên; đến nay đã kết nạp 180 hội viên, đạt 72%": a bare share right after a
    result whose target was found is that result's achievement, when the two agree (180 of 250 is 72 %); a bare
    "vượt 20%" exceeds it ("… đã kết nạp 1.200 hội viên, vượt 20%" of 1.000: 120 %). A result with no target yet
    takes the target its bare rate states the quotient of, told before it in its paragraph ("… phấn đấu giúp 40 hộ
    … vượt chuẩn. Đến cuối tháng 9, đã có 29 hộ thoát cận nghèo, bằng 72,5%.")."""
    for k, (g, f) in enumerate(zip(figures, figures[1:])):
        told = g  # "Dư nợ 230 tỷ đồng/KH 200 tỷ đồng, đạt 115%": the rate after the result's target told next to it
        if g.is_target and k and figures[k - 1].target == g.value and not figures[k - 1].is_target:
            g = figures[k - 1]
        if not (f.unit_class == "percent" and not f.is_target and not g.is_target
                and g.achievement_pct is None and g.unit_class in ("count", "vnd", "other")):
            continue
        if g.target is None and (g is not told or g.unit_class == "other" or g.estimate):
            continue
        bare = _BARE_RATE.fullmatch(low, told.end, f.start)
        if bare is None:
            continue
        rate = round(f.value + 100, 6) if bare.group(2) else f.value
        if f.achievement_pct not in (None, rate) or (bare.group(1) and f.achievement_pct is not None):
            continue  # (past the result's words, a rate the rate rules gave another figure: "đã giúp 12 hộ, trong đó
            # 3 hộ đủ điều kiện thoát nghèo, đạt 60% kế hoạch năm (5 hộ)" is the part's, settled later)
        if g.target is None:
            target = _target_its_rate_states(low, figures[:k], g, rate)
            if target is None:
                continue
            g.target = target.value
        if g.target and abs(g.value / g.target * 100 - rate) <= 1:
            g.achievement_pct = f.achievement_pct = rate
    link_rated_results_to_earlier_targets(low, figures)


def _target_its_rate_states(low: str, before: list[Figure], g: Figure, rate: float) -> Figure | None:
    """The nearest target before result ``g`` in its paragraph, of its class and noun, whose quotient the rate states
    to its last digit (29 of 40 is 72,5 %; 1,32 of 2 tỷ is 66 %), with no other year named between than the
    target's ("Năm 2026 … 300 hội viên. Năm 2025, đã kết nạp 310 hội viên, bằng 103%" is last year's); else the only
    such target told in an earlier paragraph (:func:`_only_earlier_target`)."""
    paragraph = low.rfind("\n", 0, g.start) + 1
    closeness = 0.05 if rate != int(rate) else 0.5
    for t in reversed(before):
        if t.num_start < paragraph:
            return _only_earlier_target(low, before, g, rate)
        if not (t.is_target and t.target == t.value and t.value and t.unit_class == g.unit_class) or (
                abs(g.value / t.value * 100 - rate) > closeness + 1e-9) or not same_noun(low, g, t):
            continue
        set_for = set(_A_YEAR.findall(low, max(low.rfind(". ", 0, t.start), paragraph), t.start))
        return None if set(_A_YEAR.findall(low, t.end, g.start)) - set_for else t
    return _only_earlier_target(low, before, g, rate)


# a target given or stated as one, the period's yardstick ("giao", "chỉ tiêu", "kế hoạch", "Nghị quyết đặt ra")
_ASSIGNED = re.compile(r"\bgiao\b|chỉ tiêu|kế hoạch|nghị quyết|đặt ra|đề ra|đăng ký|mục tiêu")


_YEAR_NAMED = re.compile(r"năm\s+(20\d\d)(?!\d)")  # a year named as a period, not a date's ("tháng 01/2025")


def _only_earlier_target(low: str, before: list[Figure], g: Figure, rate: float) -> Figure | None:
    """D1 (issue 11, iv13 FINDINGS): a result a paragraph or a section after its target, with a rate that is the
    quotient ("giao Hội kết nạp 250 hội viên …" ¶ "Kết quả, 9 tháng … kết nạp 213 hội viên, đạt 85,2%"): the only
    target told before it in the text, of its class and noun, whose quotient the rate states to its last digit (a
    whole rate within 0,5), given or stated as a target in its sentence, when no year ("năm 2025") is named from the
    target's sentence to the result that the target's sentence does not name."""
    closeness = 0.05 if rate != int(rate) else 0.5
    found = [t for t in before if t.is_target and t.target == t.value and t.value and t.unit_class == g.unit_class
             and abs(g.value / t.value * 100 - rate) <= closeness + 1e-9 and same_noun(low, g, t)]
    if len(found) != 1:
        return None
    t = found[0]
    sentence = max(low.rfind(". ", 0, t.start), low.rfind("\n", 0, t.start)) + 1
    if not _ASSIGNED.search(low, sentence, t.start):
        return None  # an aim of its own ("Năm nay xã phấn đấu giúp 40 hộ …" ¶ "… 29 hộ …, bằng 72,5%"), not a yardstick
    set_for = set(_YEAR_NAMED.findall(low, sentence, t.start))
    return None if set(_YEAR_NAMED.findall(low, t.end, g.start)) - set_for else t


def link_rated_results_to_earlier_targets(low: str, figures: list[Figure]) -> None:
    """D1 (issue 11): a result that has its rate already ("Các cấp Hội đã giúp 96 hộ thoát nghèo (đạt 120%)") and no
    target takes the only target told before it whose quotient the rate states (:func:`_only_earlier_target`)."""
    for k, g in enumerate(figures):
        if g.is_target or g.target is not None or g.achievement_pct is None or g.estimate or not g.unit or (
                g.unit_class not in ("count", "vnd")):
            continue
        if (t := _only_earlier_target(low, figures[:k], g, g.achievement_pct)) is not None:
            g.target = t.value


def link_rate_confirmed_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"quý I/2026 … đã kết nạp 3.126 hội viên mới, đạt 28% kế hoạch năm; … Năm 2026, … đặt chỉ tiêu kết nạp 11.000
    hội viên mới": a part of the year's result with a stated rate is progress toward the year's one target of its
    noun, told before or after it, whose quotient the rate states (3.126 of 11.000 is 28 %); never a whole year's
    result ("Kết nạp mới 186 hội viên, đạt 124% kế hoạch năm" beside next year's 150: a plan restated); the year's
    estimate ("Ước cả năm giúp khoảng 21.500 hộ, đạt 107,5% chỉ tiêu") takes it too, as the part before it did."""
    targets = [g for g in figures if g.is_target and g.value and g.unit and g.unit_class in ("count", "vnd")]
    for f in figures if targets else []:
        if f.is_target or f.target is not None or f.achievement_pct is None or not f.unit or f.unit_class not in (
                "count", "vnd"):
            continue
        start = bounds.sentence_start(f.num_start)
        estimated = _year_estimated(low, start, f)  # (the year's target told above it: not next year's plan below)
        if not estimated and (
                not _part_of_a_year(low, start, f) or "cả năm" in low[bounds.clause(f.num_start)[0]:f.start]):
            continue
        found = [g for g in targets if g.unit_class == f.unit_class and abs(
            f.value * 100 / g.value - f.achievement_pct) <= 1 and same_noun(low, f, g) and not (
            estimated and g.num_start > f.num_start)]
        said = _A_YEAR.findall(low, start, f.start)
        set_for = _A_YEAR.findall(low, bounds.sentence_start(found[0].num_start), found[0].start) if found else []
        if len(found) == 1 and not (said and set_for and said[-1] != set_for[-1]):
            f.target = found[0].value
    if "ước" in low or "dự kiến" in low:
        _share_the_years_target(low, figures)


# P9 (issue 11, iv15 FINDINGS; iv23 P4): the year's estimate in a part-year review: "Ước cả năm 2026, …", "dự kiến
# đến hết năm …", "ước đến 31/12 đạt …"
_YEAR_ESTIMATE = re.compile(r"(?<![^\W\d_])(?:ước|dự kiến)(?:\s+(?:tính|thực hiện|đạt))?\s+(?:đến\s+)?"
                            r"(?:cả|hết|cuối)\s+năm|(?<![^\W\d_])ước\s+(?:đến\s+)?(?:hết\s+)?(?:ngày\s+)?31/12")


def _year_estimated(low: str, start: int, f: Figure) -> bool:
    """Whether the figure's sentence before it estimates the whole year."""
    return ("ước" in low[start:f.start] or "dự kiến" in low[start:f.start]) and _YEAR_ESTIMATE.search(
        low, start, f.start) is not None


# the estimate told right after the part's result: "…, 97 hội viên; ước đến 31/12 đạt 104 hội viên", "Hỗ trợ 8 hội
# viên …, ước cả năm đạt 16 phụ nữ", "6 tháng đã giúp 319 hộ. Dự kiến đến hết năm 2026 giúp khoảng 850 hộ"
_THEN_ESTIMATE = re.compile(r"[^;:()\n]{0,80}?[;,.]\s*(?:các cấp hội\s+)?(?=ước|dự kiến)")
_MEASURED_AFTER = re.compile(r"[^\d.;()\n]{0,20}?,\s*(?:vượt|đạt|hoàn thành|bằng)[^\d.;()\n]{0,12}?\b"
                             r"(?:kế hoạch|chỉ tiêu)")
_PEOPLE = frozenset(("hội viên", "phụ nữ", "chị", "chị em", "lao động", "lao động nữ", "người"))


def _share_the_years_target(low: str, figures: list[Figure]) -> None:
    """A part of the year's result and the year's estimate told right after it, of one noun, are measured against the
    same year's target: the one without a target takes the other's (the estimate only when a verdict on the plan or
    its rate follows it); a comparison with last year ("cùng kỳ") takes nothing."""
    for k in range(1, len(figures)):
        part, estimate, after = figures[k - 1], figures[k], figures[k - 1].end
        if k >= 2 and part.unit_class == "percent" != estimate.unit_class and part.achievement_pct is not None:
            part = figures[k - 2]  # "… 410 hộ, đạt 82% chỉ tiêu năm. Dự kiến …": past the part's own rate
        if part.unit_class != estimate.unit_class or part.is_target or estimate.is_target or (
                (part.target is None) == (estimate.target is None)) or not part.unit or not estimate.unit:
            continue
        gap = _THEN_ESTIMATE.match(low, after)
        if gap is None or not _year_estimated(low, gap.end(), estimate) or "cùng kỳ" in low[part.start:estimate.start]:
            continue
        if not (same_noun(low, part, estimate) or {part.unit.lower(), estimate.unit.lower()} <= _PEOPLE):
            continue
        if estimate.target is not None and part.achievement_pct is None:
            part.target = estimate.target
        elif part.target is not None and (_MEASURED_AFTER.match(low, estimate.end) or (
                estimate.achievement_pct is not None and abs(
                    estimate.value * 100 / part.target - estimate.achievement_pct) <= 1)):
            estimate.target = part.target


# a part of a year: "quý I/2026", "6 tháng đầu năm", "từ đầu năm", "đến hết tháng 9", "9 tháng"
# ("Chín tháng qua", "sáu tháng đầu năm": the months in words too)
_PART_OF_A_YEAR = re.compile(
    r"\bquý\s+(?:i{1,3}|iv|\d)\b|(?:\d+|\b(?:ba|sáu|chín|mười))\s+tháng|từ đầu năm|tháng\s+\d{1,2}\b")


def _part_of_a_year(low: str, start: int, f: Figure) -> bool:
    """The result's sentence names a part of the year, or opens no time of its own in a paragraph opened by one ("6
    tháng, cả nước kết nạp …. Các cấp Hội hỗ trợ 24.610 hộ …, đạt 61,5% chỉ tiêu năm")."""
    if _PART_OF_A_YEAR.search(low, start, f.start):
        return True
    paragraph = low.rfind("\n", 0, start) + 1
    if _A_YEAR.search(low, start, f.start) or "năm" in low[start:f.start]:
        return False
    if paragraph < start and _PART_OF_A_YEAR.search(low, paragraph, min(start, paragraph + 40)) is not None:
        return True
    heading = _list_heading(low, paragraph)  # "Kết quả quý III:" / "- Mái ấm: 4 căn, đạt 40% kế hoạch năm;"
    if heading is not None and _PART_OF_A_YEAR.search(low, heading, low.find("\n", heading)) is not None:
        return True
    title = _REPORT_TITLE.search(low, 0, 1500)  # "BÁO CÁO Kết quả công tác Hội 9 tháng đầu năm 2026"
    if title is not None and _PART_OF_A_YEAR.search(title.group()) is not None:
        return True
    # D1 (issue 11, iv13): a share of the year's plan ("Kết nạp mới 612 hội viên, bằng 25,5% kế hoạch năm") in a text
    # whose opening reviews a part of the year ("… giao ban công tác Hội quý I năm 2026")
    return _SHARE_OF_THE_YEAR.match(low, f.end) is not None and _REVIEWED_PART.search(low, 0, 600) is not None


_SHARE_OF_THE_YEAR = re.compile(
    r"[^\d,;.:()\n]{0,30}?,\s*(?:đạt|bằng)\s+\d[\d,.]*\s*%\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)"
    r"\s+(?:cả\s+)?năm\b(?!\s+(?:tới|sau|trước))")
_REVIEWED_PART = re.compile(r"\b(?:sơ kết|giao ban|kết quả|đánh giá)[^\n.]{0,40}?(?:\bquý\s+(?:i{1,3}|iv)\b"
                            r"|(?:\d|ba|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?)")


_ITEM = re.compile(r"[ \t]*[-+•*–]")
# a report's title line, the part of the year it reviews (before its plan's "phương hướng … 6 tháng cuối năm")
_REPORT_TITLE = re.compile(r"(?:^|\n)[ \t]*báo cáo\b[^\n;]{0,120}")


def _list_heading(low: str, line: int) -> int | None:
    """The start of the heading line above a list's item starting at ``line`` (None if it is no item)."""
    if not _ITEM.match(low, line):
        return None
    for _ in range(30):
        if line == 0:
            return None
        line = low.rfind("\n", 0, line - 1) + 1
        if not _ITEM.match(low, line):
            return line
    return None


# P8 (issue 11, iv23 FINDINGS): aims for the rest of the year told with "tập trung" after a future period or a demand:
# "6 tháng cuối năm Hội tập trung kết nạp gần 2.900 hội viên còn lại", "yêu cầu 6 tháng cuối năm tập trung kết nạp ít
# nhất 188.000 hội viên, bàn giao đủ 6.000 căn nhà … và hỗ trợ thêm trên 10.000 phụ nữ" (not "đã tập trung tuyên
# truyền, tổ chức 86 buổi": done, no time ahead)
_AIMS_AHEAD = re.compile(r"(?:(?:\d|ba|sáu)\s+tháng\s+cuối\s+năm|quý\s+(?:iii|iv|3|4)\b|thời gian tới"
                         r"|những tháng còn lại|yêu cầu|đề nghị)[^.;:\n\d]{0,60}?\btập trung\b")
# (done, or progress so far: "(đến nay mới đạt 49%)"; a named target is the asked-for rules': "tập trung hoàn thành chỉ
# tiêu giúp 20.000 hộ … (đến nay mới đạt 49%)")
_DONE_WORDS = re.compile(r"\bđã\b|\bđược\b|kết quả|đến nay|\(|chỉ tiêu|kế hoạch|hoàn thành")
# the union's units an aim is carried out in ("tập trung hướng dẫn 135 cơ sở Hội kiện toàn tổ chức"): no target
_UNITS_GUIDED = ("cơ sở", "chi hội", "xã", "phường", "tỉnh", "huyện", "đơn vị", "hội lhpn", "thôn", "ấp")


def mark_rest_of_year_aims(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The figures after "tập trung" in a sentence that opens the rest of the year or demands it are targets, up to a
    clause that reports something done."""
    for f in figures:
        if f.is_target or f.target is not None or f.achievement_pct is not None or (
                f.unit and f.unit.lower().startswith(_UNITS_GUIDED)):
            continue
        start = bounds.sentence_start(f.num_start)
        at = low.rfind("tập trung", start, f.start)
        if at == -1 or _DONE_WORDS.search(low, at, f.start):
            continue
        if _AIMS_AHEAD.search(low, max(start, at - 80), at + len("tập trung")) is not None:
            f.is_target, f.target = True, f.value


# P15 (issue 11, iv18 FINDINGS): a level to be reached, told as the plan's: "Dự kiến quý IV, Hội giải ngân thêm khoảng
# 400 tỷ đồng, nâng tổng dư nợ lên 12.900 tỷ đồng theo kế hoạch", "đưa số tổ hợp tác lên 30 tổ như chỉ tiêu đề ra"
_RAISED_TO = re.compile(r"(?<![^\W\d_])(?:nâng|đưa)(?:\s+[^\W\d_]+){1,9}?\s+lên(?:\s+(?:mức|tới|đến))?\s*$")
_AS_PLANNED = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:theo|như|bằng)\s+(?:kế hoạch|chỉ tiêu|mục tiêu)(?![^\W\d_])")
_DONE_BEFORE = re.compile(r"\bđã\b|\bđược\b|kết quả")


def mark_levels_raised_to_plan(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"… nâng tổng dư nợ lên 12.900 tỷ đồng theo kế hoạch": the level a sentence that reports nothing done will raise
    something to, as the plan sets it, is a target (not "đã nâng … lên 850 tỷ đồng theo kế hoạch", done)."""
    for f in figures:
        if f.is_target or f.target is not None or f.achievement_pct is not None or not _AS_PLANNED.match(low, f.end):
            continue
        raised = _RAISED_TO.search(low, max(0, f.start - 80), f.start)
        if raised is not None and not _DONE_BEFORE.search(low, bounds.sentence_start(f.num_start), f.start):
            f.is_target, f.target = True, f.value


# P3 (issue 11, iv20 FINDINGS): a competition pledge signed with its figures: "các đơn vị ký giao ước với chỉ tiêu chung
# hỗ trợ 500 ý tưởng …, thành lập 60 hợp tác xã", "Hội ký giao ước thi đua: kết nạp 800 hội viên" (not "thực hiện giao
# ước …, đã giúp 350 hộ": results; nor the signers, "5 tỉnh ký giao ước", "ký giao ước … với 24 cơ sở")
_SIGNED_PLEDGE = re.compile(r"(?<![^\W\d_])ký(?:\s+kết)?(?:\s+bản)?\s+giao ước\b")
_SIGNERS_BEFORE = re.compile(r"(?<![^\W\d_])(?:với|giữa)(?:\s+(?:các|tất cả))?\s*$")  # "với 24 cơ sở", "giữa 11 …"
_REPORTED_SINCE = re.compile(r"\bđã\b|kết quả|\bđạt\b|\bvượt\b|thực hiện được")


def mark_pledged_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"… ký giao ước với chỉ tiêu chung hỗ trợ 500 ý tưởng …": the figures after a signed pledge naming its targets in
    its sentence are targets, up to result words (not "ký giao ước … với sự tham dự của 120 đại biểu")."""
    for f in figures:
        if f.is_target or f.target is not None or f.achievement_pct is not None:
            continue
        start = bounds.sentence_start(f.num_start)
        at = low.find("giao ước", start, f.start)
        if at == -1 or (signed := _SIGNED_PLEDGE.search(low, max(start, at - 12), f.start)) is None:
            continue
        between = low[signed.end():f.start]  # (the pledge names what it holds: "… với chỉ tiêu chung", "về mục tiêu")
        if ("chỉ tiêu" in between or "mục tiêu" in between) and not _REPORTED_SINCE.search(between) and (
                _SIGNERS_BEFORE.search(low, max(0, f.start - 12), f.start) is None):
            f.is_target, f.target = True, f.value


# P10 (issue 11, iv19 FINDINGS): a plan stated as set: "Kế hoạch năm 2025 đặt ra là kết nạp 12.000 hội viên mới",
# "Mục tiêu đề ra là hỗ trợ 50 phụ nữ khởi nghiệp" (not "kế hoạch số 12 đề ra là …": a document)
_SET_AS_BEFORE = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?\s+(?:đặt ra|đề ra)\s+là"
                            r"(?:\s+[^\W\d_]+){0,3}\s*$")


def mark_plans_set_as(low: str, figures: list[Figure]) -> None:
    """"Kế hoạch năm 2025 đặt ra là kết nạp 12.000 hội viên mới": the figure the plan is stated as is a target."""
    for f in figures:
        if not f.is_target and f.target is None and f.achievement_pct is None and "ra là" in low[
                max(0, f.start - 40):f.start] and _SET_AS_BEFORE.search(low, max(0, f.start - 70), f.start):
            f.is_target, f.target = True, f.value


def mark_progress_aims(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The rest of the year's aims ("6 tháng cuối năm tập trung …") and a level raised to the plan's ("nâng … lên N
    theo kế hoạch")."""
    if "tập trung" in low:
        mark_rest_of_year_aims(low, bounds, figures)
    if "giao ước" in low:
        mark_pledged_targets(low, bounds, figures)
    if "ra là" in low:
        mark_plans_set_as(low, figures)
    if "lên" in low and ("kế hoạch" in low or "chỉ tiêu" in low or "mục tiêu" in low):
        mark_levels_raised_to_plan(low, bounds, figures)
