"""A result beside a level the text names for it: a total the target words name ("giúp 318 hộ thoát nghèo trên tổng
số 400 hộ theo chỉ tiêu Nghị quyết"), a level assigned or a ceiling ("0,12%, thấp hơn mức 0,3% mà Ngân hàng … giao"),
a row of plan, result and rate ("9.000/10.340 hội viên/114,9%"), and the level a target rises from, no target ("nâng
tỷ lệ … từ 68% lên trên 70%"). Rules of :func:`wuanalysis.target_statements.decide_rates_and_targets` (re-exported
by :mod:`wuanalysis.target_lists`). And a bracketed target cut off from its result by other words ("kết nạp 512 hội
viên mới, vượt chỉ tiêu đề ra (chỉ tiêu 400)"): :func:`cut_off_result`, read by
:func:`wuanalysis.target_cues.mark_cued_targets`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .target_nouns import same_noun, same_persons

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "giúp 318 hộ thoát nghèo trên tổng số 400 hộ theo chỉ tiêu Nghị quyết", "kết nạp 830 hội viên trên 1.000 hội viên
# theo kế hoạch": a result over a total the target words then name
# (a comma inside the result's noun when the total is said in words: "5 hộ nghèo, cận nghèo … trên tổng số 8 hộ")
_OVER_A_TOTAL = re.compile(r"[^\d,;.()]{0,40}?\s+trên(?:\s+tổng số)?\s*|[^\d;.()]{0,60}?\s+trên\s+tổng số\s*")
# the plan's word after the total's noun, "theo" or not: "8 hộ kế hoạch năm", "60 hội viên chỉ tiêu năm"
_TOTAL_IS_THE_TARGET = re.compile(
    r"[^\d,;.()]{0,30}?\s+(?:theo\s+)?(?:chỉ tiêu|kế hoạch|kh\b|mục tiêu|nghị quyết)(?![^\W_])")


def link_result_over_a_named_total(low: str, figures: list[Figure]) -> None:
    """"giúp 318 hộ thoát nghèo trên tổng số 400 hộ theo chỉ tiêu Nghị quyết", "hỗ trợ 5 hộ nghèo, cận nghèo … trên
    tổng số 8 hộ kế hoạch năm": the total is a target statement, the result before it takes it (not "120 hộ nghèo
    trên tổng số 4.500 hộ dân", a share of the whole)."""
    if "trên" not in low:
        return
    for g, f in zip(figures, figures[1:]):
        if g.unit_class != f.unit_class or g.unit_class not in ("count", "vnd") or g.target is not None or (
                g.is_target or f.achievement_pct is not None):
            continue
        if "trên" in low[g.end:f.start] and _OVER_A_TOTAL.fullmatch(low, g.end, f.start) and (
                _TOTAL_IS_THE_TARGET.match(low, f.end)) and (
                same_noun(low, g, f)):
            f.is_target, f.target = True, f.value
            g.target = f.value


# "Tỷ lệ nợ quá hạn 0,12%, thấp hơn mức 0,3% mà Ngân hàng … giao", "đạt 98,5%, cao hơn mức 95% được giao": a result
# beside the level assigned to it
# P6 (issue 11, iv14 FINDINGS): a ceiling ("mức trần", "mức khống chế", "ngưỡng trần") is a level set whoever named
# it, and who set it may come before it: "0,08%, dưới mức trần tỉnh đặt ra là 0,3%", "trong mức khống chế 0,2% được
# giao", "thấp hơn mức trần 0,25% mà Ngân hàng CSXH đặt ra"
# P10 (issue 11, iv17 FINDINGS; iv19 P9): a limit set or allowed ("0,18%, trong giới hạn không quá 0,3% Tỉnh hội
# giao", "0,14%, trong giới hạn cho phép (không quá 0,3%)")
_BESIDE_A_LEVEL = re.compile(r"[^\d;.()]{0,20}?,?\s*(?:thấp hơn|cao hơn|dưới|vượt|trên|trong)\s+(?:mức|ngưỡng|giới hạn)"
                             r"(?P<ceiling>\s+(?:trần|khống chế|cho phép))?"
                             r"(?P<set>[^\d.;:()]{0,40}?(?<![^\W\d_])(?:giao|đề ra|đặt ra|quy định)"
                             r"\s+(?:là\s*)?:?)?\s*\(?\s*")
_LEVEL_ASSIGNED = re.compile(r"\s*(?:mà|do|được|đã được)?[^\d.;:()]{0,50}?(?<![^\W\d_])(?:giao|đề ra|đặt ra|quy định)"
                             r"(?![^\W\d_])")


_PAST_LEVEL = re.compile(r"\s*(?:của|năm|cùng kỳ)\b")


def link_result_beside_an_assigned_level(low: str, figures: list[Figure]) -> None:
    """"Tỷ lệ nợ quá hạn chỉ 0,12%, thấp hơn mức 0,3% mà Ngân hàng Chính sách xã hội tỉnh giao": the level assigned
    is a target statement and the result takes it (not "thấp hơn mức 3,5% của năm 2024", the past)."""
    if "mức" not in low and "ngưỡng" not in low and "giới hạn" not in low:
        return
    for g, f in zip(figures, figures[1:]):
        if g.unit_class != f.unit_class or g.target is not None or g.is_target or f.is_target and (
                f.target != f.value):
            continue
        between = low[g.end:f.start]
        if ("mức" in between or "ngưỡng" in between or "giới hạn" in between) and (
                beside := _BESIDE_A_LEVEL.fullmatch(between)) and (
                beside.group("set") or _LEVEL_ASSIGNED.match(low, f.end) or (
                (beside.group("ceiling") or f.qualifier == "less_than" and "giới hạn" in between)
                and not _PAST_LEVEL.match(low, f.end))):  # P4 (iv22): "0,11%, trong giới hạn không quá 0,3%"
            f.is_target, f.target = True, f.value
            g.target = f.value


_PLAN_THEN_DONE = re.compile(r"\s*/\s*")
_DONE_THEN_RATE = re.compile(r"[^\d/;.,()]{0,30}/\s*")


def link_plan_result_rate(low: str, figures: list[Figure]) -> None:
    """"9.000/10.340 hội viên/114,9%" (a row of "kế hoạch/thực hiện/tỷ lệ", split in two by the reader): the plan is a
    target statement, the result takes it and the rate, which is the result's quotient over the plan."""
    for g, f, r in zip(figures, figures[1:], figures[2:]):
        if g.unit_class != "count" or f.unit_class != "count" or r.unit_class != "percent" or not g.value:
            continue
        if _PLAN_THEN_DONE.fullmatch(low, g.end, f.num_start) and _DONE_THEN_RATE.fullmatch(low, f.end, r.start) and (
                abs(f.value * 100 / g.value - r.value) <= 0.51):
            g.is_target, g.target = True, g.value
            f.is_target, f.target, f.achievement_pct = False, g.value, r.value
            r.is_target, r.target, r.achievement_pct = False, None, r.value  # (a cue before the row named targets)


# "nâng tỷ lệ tập hợp hội viên từ 68% lên trên 70%", "tăng số hộ vay vốn từ 1.200 hộ lên 1.500 hộ": the level risen from
_RISES_FROM = re.compile(r"(?:nâng|tăng)(?:(?!\bđã\b)[^.;:\d\n]){0,80}?\stừ\s*$")
_RISES_TO = re.compile(r"\s*lên(?:\s+(?:mức|tới|đến))?\s+(?:(?:trên|hơn|ít nhất|tối thiểu)\s+)?\d")


def unmark_baselines(low: str, figures: list[Figure]) -> None:
    """The level a target rises from ("nâng tỷ lệ … từ 68% lên trên 70%") is where things stand, no target, though
    its sentence sets one (the level risen to keeps it; "giúp từ 40 đến 50 hộ" is a range, both ends targets); so is
    a count of the units a per-unit target asks of (:func:`_unmark_units_counted`)."""
    if "mỗi" in low and "(" in low:
        _unmark_units_counted(low, figures)
    if "(" in low and ("trước" in low or "qua" in low or "nhiệm kỳ 20" in low):
        _unmark_past_term_brackets(low, figures)
    if "lên" not in low:
        return
    for f in figures:
        if f.is_target and _RISES_TO.match(low, f.end) and _RISES_FROM.search(low, max(0, f.start - 90), f.start):
            f.is_target, f.target = False, None


# P4 (issue 11, iv25 FINDINGS): the previous term's level in brackets inside a target item: "(nhiệm kỳ trước đạt bình
# quân 367 hội viên/năm)", "(giai đoạn trước bình quân 17 hộ/năm)", "(nhiệm kỳ 2020 - 2025 đã có 38 tổ)"
_PAST_TERM_BRACKET = re.compile(
    r"\(\s*(?:(?:nhiệm kỳ|giai đoạn|năm)\s+(?:trước|qua|vừa qua)|(?:nhiệm kỳ|giai đoạn)\s+(20\d\d)\s*[-–]\s*(20\d\d))"
    r"(?:\s+(?:đã|đạt|có|được|bình quân|thực hiện|đạt được|trung bình)){1,3}\s*$")
_TERM_YEARS = re.compile(r"\b20\d\d\b")


def _unmark_past_term_brackets(low: str, figures: list[Figure]) -> None:
    """"Hằng năm kết nạp ít nhất 400 hội viên (nhiệm kỳ trước đạt bình quân 367 hội viên/năm)": the level the last
    term reached, in brackets inside a target item, is a result: no target of its own, none taken (a term named by
    its years only when a later year is in the text: "(nhiệm kỳ 2020 - 2025 đạt 26 căn)" in a 2025 - 2030 plan)."""
    for f in figures:
        if f.target is None or f.achievement_pct is not None:
            continue
        opened = low.rfind("(", max(0, f.start - 60), f.start)
        if opened == -1 or (said := _PAST_TERM_BRACKET.match(low, opened, f.start)) is None:
            continue
        if said.group(2) and not any(int(y) > int(said.group(2)) for y in _TERM_YEARS.findall(low, 0, opened)):
            continue
        f.is_target, f.target = False, None


# P18 (issue 11, iv17 FINDINGS; house rule of the fourteenth session): how many units there are, in brackets inside a
# per-unit target: "Mỗi Hội LHPN xã, phường (104 đơn vị) nhận đỡ đầu ít nhất 02 trẻ", "Mỗi chi hội (48 chi hội) …"
_EACH_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])mỗi\s+[^\W\d_][^\d();.:\n]{0,50}?\(\s*$")
_UNITS_CLOSE = re.compile(r"\s*\)")


def _unmark_units_counted(low: str, figures: list[Figure]) -> None:
    """"Mỗi Hội LHPN xã, phường (104 đơn vị) nhận đỡ đầu ít nhất 02 trẻ": the bracketed count of the units says how
    many there are, not what is asked of them: no target (not "(chỉ tiêu 5 hội viên)", a bracket naming a target)."""
    for f in figures:
        if f.is_target and f.unit_class == "count" and "(" in low[max(0, f.start - 3):f.start] and (
                _UNITS_CLOSE.match(low, f.end)) and _EACH_UNIT_BEFORE.search(low, max(0, f.start - 70), f.start):
            f.is_target, f.target = False, None


# the bracket's label before the amount: "(chỉ tiêu 400", "(kế hoạch: 2", "(chỉ tiêu trên giao 220", "(mục tiêu đến cuối
# nhiệm kỳ 75", "(Nghị quyết đề ra 10", "(chỉ tiêu năm 2025: 90"
_LABEL = re.compile(r"\(\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu|nghị quyết|nq)(?:\s+(?:[^\W\d_]+|20\d\d)){0,8}?"
                    r"\s*:?\s*$")
# or the label before the bracket, the amount alone in it: "vượt 9,7% chỉ tiêu Cụm đăng ký đầu năm (25.000 hội viên",
# "vượt chỉ tiêu Nghị quyết Đại hội đề ra cho năm (1 tổ hợp tác"
_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:chỉ tiêu|kế hoạch|mục tiêu|nghị quyết|nq)(?:\s+(?:[^\W\d_]+|20\d\d)){0,8}"
                           r"\s*\(\s*$")
# the amount ends the bracket: "400)", "2 HTX)", "trên 80%)"
_CLOSES = re.compile(r"[^\W\d_ ]*\s*\)")
# a change, not a result: "tăng 0,7% so với cùng kỳ"
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm)(?:\s+(?:thêm|được))?\s*$")
_GAP_END = re.compile(r"[;:\n()]|[.!?](?=\s)")
# another indicator opened after a comma: "Có 70% hội viên tham gia, tỷ lệ chi hội có mô hình (chỉ tiêu 80%)"
_ANOTHER_INDICATOR = re.compile(r",\s*(?:tỷ lệ|tỉ lệ|số)\b")


def cut_off_result(low: str, figures: list[Figure], i: int) -> Figure | None:
    """The result a bracketed target ``i`` belongs to when other words stand between them: the nearest figure before
    it in its clause of its class and noun, no target yet (money and rates between are passed); None when the
    bracket names no target or that figure counts another noun."""
    f = figures[i]
    opened = low.rfind("(", max(0, f.num_start - 90), f.num_start)
    if opened == -1 or ")" in low[opened:f.num_start] or _CLOSES.match(low, f.end) is None and not (
            low.startswith(")", f.num_end)):
        return None
    if _LABEL.match(low, opened, f.num_start) is None and _LABEL_BEFORE.search(
            low, max(0, opened - 70), f.num_start) is None:
        return None
    for j in range(i - 1, -1, -1):
        g = figures[j]
        if _GAP_END.search(low, g.end, opened) or _ANOTHER_INDICATOR.search(low, g.end, opened):
            return None  # the result is in the bracket's clause (across commas, not a ";" or a sentence)
        if g.unit_class != f.unit_class or _CHANGE_BEFORE.search(low, max(0, g.start - 14), g.start):
            continue  # "…, trị giá 30 triệu đồng (chỉ tiêu 10 suất)", "tăng 0,7% so với cùng kỳ (…)"
        if g.is_target or g.target is not None or _rate_disowns(g, f):
            return None
        return g if same_noun(low, g, f) or same_persons(g, f) else None
    return None


def _rate_disowns(result: Figure, plan: Figure) -> bool:
    """A count's stated rate that is not its quotient over the bracket: "3 suất học bổng …, bằng 60% kế hoạch năm (6
    suất)" (the bracket is no plan of the 3; shares, judged in points, are left)."""
    return result.achievement_pct is not None and result.unit_class != "percent" and bool(plan.value) and abs(
        result.value / plan.value * 100 - result.achievement_pct) > 1


# P8 (issue 11, iv22 FINDINGS): the words that turn a target's sentence to its result: "Riêng chỉ tiêu vận động 95% …
# đạt 93,8%", "Chỉ tiêu "…" được hoàn thành với 287 căn", "Nghị quyết đề ra 7 nhóm chỉ tiêu thì có 6 nhóm hoàn thành"
_REPORTED_AFTER = re.compile(r"[^;\n]*?(?<![^\W\d_])(?:(?:được\s+)?hoàn thành với|thì(?:\s+đã)?\s+có)(?![^\W\d_])")
_SHARE_REACHED = re.compile(r"[^,;:()\n\d]*\sđạt\s*")  # (one share after another: no list between)


def reported_after_a_target(low: str, figures: list[Figure], i: int, cue_start: int) -> Figure | None:
    """The target figure a cue's sentence names before figure ``i`` when result words stand between them ("Riêng chỉ
    tiêu … 95% … đạt 93,8%"): ``i`` is a result, not a target; None when no such target is there."""
    f = figures[i]
    for g in reversed(figures[:i]):
        if g.num_start < cue_start:
            return None
        if g.is_target and (_REPORTED_AFTER.match(low, g.end, f.start) or (
                g.unit_class == f.unit_class == "percent" and _SHARE_REACHED.fullmatch(low, g.end, f.start))):
            return g
    return None



# P9 (issue 11, iv23 FINDINGS): past a target cue, the units a part of the target is set for ("giao 5.000 hội viên,
# trong đó riêng 37 xã vùng cao phải kết nạp ít nhất 1.800") and the next item after a result over its plan ("58 tổ
# hợp tác/chỉ tiêu 60 tổ; 6 hợp tác xã") are no targets (not "Chỉ tiêu: 60 tổ; 6 HTX", a list of targets)
_PART_OPENS = re.compile(r"\btrong đó(?:\s+riêng)?\s*$")
_PART_IS_SET = re.compile(r"[^\d,;.()]{1,40}?\s(?:phải|cần)(?:\s+[^\W\d_]+){0,3}?\s*")
_AFTER_A_PLAN_PAIR = re.compile(r"[^\d,;.()]{0,20};\s*")
_SLASH_PLAN = re.compile(r"/\s*(?:chỉ tiêu|kế hoạch|kh)\s*$")


# P9 (issue 11, iv18 FINDINGS): a plan's preamble quoting last period's results in brackets: "Căn cứ … kết quả năm 2026
# (kết nạp 164 hội viên trên kế hoạch 150 hội viên; giúp 11 hộ thoát nghèo), Ban Chấp hành …"
_RESULTS_BRACKET = re.compile(r"kết quả(?:\s+(?:thực hiện|đạt được))?(?:\s+(?:năm|quý|tháng)\s+[\w/]+)?\s*:?\s*\($")


def _in_a_results_bracket(low: str, f: Figure) -> bool:
    """Whether a figure stands in an open bracket of results ("kết quả năm 2026 (…; giúp 11 hộ …)"), past a ";" that
    ends the clause the cue before it was in."""
    opened = low.rfind("(", max(0, f.start - 120), f.start)
    return opened != -1 and ")" not in low[opened:f.start] and ";" in low[opened:f.start] and (
        _RESULTS_BRACKET.search(low, max(0, opened - 40), opened + 1) is not None)


def outside_cue_reach(low: str, figures: list[Figure], i: int, cue_start: int) -> bool:
    """Figure ``i`` names the units a part of the target goes to ("trong đó riêng 37 xã … phải kết nạp 1.800"), or
    follows a "58 tổ hợp tác/chỉ tiêu 60 tổ; " pair, or is no aim of the cue at ``cue_start`` (a yardstick, places
    in a judged target's name, a rise of the targets): the cue before it does not make it a target."""
    f = figures[i]
    if _after_a_yardstick(low, figures, i, cue_start) or _places_of_a_judged_target(low, f) or _a_rise_of_targets(
            low, f) or _after_the_plan_of_a_result(low, figures, i, cue_start):
        return True
    if ";" in low[max(0, f.start - 120):f.start] and _in_a_results_bracket(low, f):
        return True
    if i + 1 < len(figures) and "trong đó" in low[max(0, f.start - 16):f.start] and _PART_OPENS.search(
            low, max(0, f.start - 16), f.start) and _PART_IS_SET.fullmatch(low, f.end, figures[i + 1].start):
        return not same_noun(low, f, figures[i + 1])
    return i >= 2 and ";" in low[figures[i - 1].end:f.start] and _AFTER_A_PLAN_PAIR.fullmatch(
        low, figures[i - 1].end, f.start) is not None and _SLASH_PLAN.search(
        low, max(0, figures[i - 1].start - 16), figures[i - 1].start) is not None


# P10 (issue 11, iv24 FINDINGS' leftover in iv9): a plan named as a result's yardstick ("bàn giao 214 căn trên kế hoạch
# 250 căn", "trao 40 căn so với kế hoạch 50 căn"): only its number is the plan; the result's cost or each one's share
# after it (", với tổng kinh phí 12,8 tỷ đồng; mỗi căn được hỗ trợ 50 triệu đồng") is no aim
_RESULT_OVER = re.compile(r"\d[^\d,;.()]{0,30}?\s(?:trên|so với)\s*$")


def _after_the_plan_of_a_result(low: str, figures: list[Figure], i: int, cue_start: int) -> bool:
    """"… đã bàn giao 214 căn trên kế hoạch 250 căn, với tổng kinh phí hơn 12,8 tỷ đồng": a figure past the plan a
    result is set against, after a comma, is no aim of that plan."""
    if i < 2 or not low.startswith(("kế hoạch", "chỉ tiêu"), cue_start) or not _RESULT_OVER.search(
            low, max(0, cue_start - 40), cue_start):
        return False
    j = i - 1
    while j > 0 and figures[j - 1].num_start >= cue_start:
        j -= 1  # (the plan: the first figure after the cue)
    plan = figures[j]
    return 0 < j < i and plan.num_start >= cue_start and figures[j - 1].end <= cue_start and (
        "," in low[plan.end:figures[i].start] or ";" in low[plan.end:figures[i].start])


# L2 (issue 11, iv21 FINDINGS' leftovers in iv19, iv20): a plan named as a yardstick ("gấp đôi chỉ tiêu", "mới đạt hơn
# một nửa kế hoạch"): only a number right after it is the plan ("gấp đôi chỉ tiêu 300 trẻ"), not what comes later
_YARDSTICK_BEFORE = re.compile(
    r"(?:gấp\s+(?:đôi|rưỡi|ba|bốn|năm|\d[\d,.]*\s+lần)|(?:một\s+)?nửa|(?:một|hai)\s+phần\s+(?:ba|tư))\s*$")


def _after_a_yardstick(low: str, figures: list[Figure], i: int, cue_start: int) -> bool:
    """"…, tức gấp đôi chỉ tiêu, trong đó 412 hộ", "mới đạt một nửa kế hoạch: mới có 57 ý tưởng": a figure after a
    plan named as a yardstick, not right after it, is no aim."""
    window = low[max(0, cue_start - 24):cue_start]
    if "gấp" not in window and "nửa" not in window and "phần" not in window:
        return False
    if not _YARDSTICK_BEFORE.search(low, max(0, cue_start - 24), cue_start):
        return False
    between = low[cue_start:figures[i].start]  # (the first figure after it, in its clause, is the plan)
    return any(mark in between for mark in ",;:.") or (i > 0 and figures[i - 1].start > cue_start)


# L2: places in the name of a target judged in words: "chỉ tiêu giảm tảo hôn ở 12 tỉnh miền núi mới đạt gần một nửa",
# "chỉ tiêu … tại 14 xã vẫn chưa đạt" (in a plan, the places stay aims: "phấn đấu tuyên truyền ở 12 xã")
_AT_PLACES = re.compile(r"(?<![^\W\d_])(?:ở|tại)\s*$")
_JUDGED_AFTER = re.compile(r"[^\d,;.:()]{0,40}?\s(?:mới|chỉ|chưa|đã|vẫn chưa)\s+(?:đạt|hoàn thành)\b")


def _places_of_a_judged_target(low: str, f: Figure) -> bool:
    """"chỉ tiêu … ở 12 tỉnh miền núi mới đạt …": the places a judged target names are no aim."""
    return f.unit_class == "count" and _AT_PLACES.search(low, max(0, f.start - 6), f.start) is not None and (
        _JUDGED_AFTER.match(low, f.end) is not None)


# L2 (iv19 FINDINGS P22): a rise of the targets is a comparison: "giao chỉ tiêu năm 2026 cao hơn khoảng 5%", "chỉ tiêu
# năm tới cao hơn năm nay 6%" (not the hedge "hơn 500 hội viên")
_HIGHER_BEFORE = re.compile(r"(?<![^\W\d_])(?:cao|thấp)\s+hơn(?:\s+[^\W\d_]+){0,3}?\s*$")


def _a_rise_of_targets(low: str, f: Figure) -> bool:
    """"chỉ tiêu năm 2026 cao hơn khoảng 5%": the rise of the targets, no aim."""
    return "hơn" in low[max(0, f.num_start - 30):f.num_start] and _HIGHER_BEFORE.search(
        low, max(0, f.num_start - 30), f.num_start) is not None  # (the hedge read in "thấp hơn 3%" is no hedge)


# P2 (issue 11, iv23 FINDINGS): the verdict and the plan in the next clause, naming the indicator: "thành lập 9 hợp tác
# xã; riêng chỉ tiêu hợp tác xã đã vượt kế hoạch năm (6 HTX)" (only a "riêng" / "trong đó" clause)
_CLAUSE_VERDICT_PLAN = re.compile(
    r"[^\d;.()]{0,40}?;\s*(?:riêng|trong đó)\s+(?:chỉ tiêu|kế hoạch)\s+(?P<named>[^\W\d_][^\d,;.()]{0,30}?)"
    r"\s+(?:đã\s+)?(?:vượt|hoàn thành(?:\s+vượt)?|đạt)\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:cả\s+)?năm)?\s*\(\s*")


def link_plan_in_next_clause(low: str, figures: list[Figure]) -> None:
    """"…; riêng chỉ tiêu hợp tác xã đã vượt kế hoạch năm (6 HTX)": the bracket is a target statement and the result
    of its noun right before the ";" takes it (not a part of it: "…; riêng chỉ tiêu hội viên trẻ đã vượt …")."""
    for g, f in zip(figures, figures[1:]):
        if g.unit_class != f.unit_class or g.unit_class != "count" or g.is_target or g.target is not None or (
                f.is_target) or ("riêng" not in low[g.end:f.start] and "trong đó" not in low[g.end:f.start]):
            continue
        if (named := _CLAUSE_VERDICT_PLAN.fullmatch(low, g.end, f.start)) and (
                same_noun(low, g, f) or same_persons(g, f)) and not _names_a_part(named["named"], g):
            f.is_target, f.target = True, f.value
            g.target = f.value


def _names_a_part(named: str, result: Figure) -> bool:
    """The indicator named is the result's unit with more words: a part of the result ("hội viên trẻ" of "hội viên")."""
    unit = (result.unit or "").lower()
    return bool(unit) and unit in named and named.strip() != unit


# P7 (issue 11, iv18 FINDINGS; iv25 P6): the items after a floor set as a target, in its sentence: "mỗi đơn vị kết nạp
# ít nhất 3.500 hội viên, giúp tối thiểu 800 hộ thoát nghèo và thành lập 20 HTX", "mỗi năm Hội phải kết nạp ít nhất
# 200 hội viên mới và hỗ trợ 20 hộ phụ nữ": the next item, a verb and its figure after a comma or "và"
_NEXT_ITEM = re.compile(r"[^\d;.:()\n]{0,60}?(?:,|\svà)\s*(?:[^\W\d_]+\s+){1,4}?")
_ITEM_REPORTS = re.compile(r"\bđã\b|\bđược\b|kết quả|đạt được|thực hiện|\bmỗi\b|trong đó|\bcòn\b")


def mark_floor_items(low: str, figures: list[Figure]) -> None:
    """"… kết nạp ít nhất 500 hội viên, giúp tối thiểu 40 hộ thoát nghèo và thành lập 3 tổ hợp tác": the items after
    a floor target in its sentence are targets too, up to one that reports ("và đã hỗ trợ 20 hộ") or is no item."""
    if "ít nhất" not in low and "tối thiểu" not in low:
        return
    floor: Figure | None = None
    for f in figures:
        if f.qualifier == "at_least" and f.is_target and f.target == f.value:
            floor = f
            continue
        if floor is None:
            continue
        if f.is_target or f.target is not None or f.achievement_pct is not None or f.unit_class not in (
                "count", "vnd", "percent") or not _NEXT_ITEM.fullmatch(low, floor.end, f.start) or (
                _ITEM_REPORTS.search(low, floor.end, f.start)):
            floor = None
            continue
        f.is_target, f.target = True, f.value
        floor = f
