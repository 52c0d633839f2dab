"""A target told first, then what was done against it: the plan, then the result ("chỉ tiêu 500, thực hiện 560",
"kế hoạch giao 40 hộ thoát nghèo; thực hiện được 46 hộ", "Chỉ tiêu xây 150 nhà … đạt 139 nhà, bằng 92,7%"), the target
opening the sentence ("Với chỉ tiêu 9.178 lớp, đến nay Hội đã tổ chức 7.777 lớp"), and the two abbreviated or over a
slash ("KH 300 - TH 320", "36 hộ/30 hộ chỉ tiêu", "180 căn nhà trên tổng số 300 căn theo kế hoạch"). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets` (read through :mod:`wuanalysis.target_cues`), split from
:mod:`wuanalysis.target_pairs`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .target_nouns import yearly_against_term
from .target_pairs import same_noun

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "chỉ tiêu 500, thực hiện 560", "kế hoạch 40 hộ, thực hiện 38 hộ": the target, then what was done against it
# ("kế hoạch giao 40 hộ thoát nghèo; thực hiện được 46 hộ": the target's own words, then what was done)
# ("kế hoạch 250 tổ, HTX - thực hiện 318", "chỉ tiêu 500 hộ - kết quả 562 hộ": an old term's items joined by a dash)
_PLAN_THEN_DONE = re.compile(
    r"[^\d,;.()]{0,30}?(?:\s*[,;]|(?:,\s*[^\W\d_][^\d,;.()]{0,20}?)?\s+[-–])"
    r"\s*(?:thực hiện|kết quả|đã thực hiện|đạt được)(?:\s+được)?\s*:?\s*")

# "Chỉ tiêu xây 150 nhà “Mái ấm tình thương” đạt 139 nhà, bằng 92,7%": the plan reached, no comma, its quotient after
_PLAN_REACHED = re.compile(r"[^\d,;.()]{0,40}?\s+(?:đạt|đạt được)\s*")

# P7 (iv12): a target in brackets after its words, then what was reached, an adverb between: "Chỉ tiêu hỗ trợ phụ nữ
# khởi nghiệp (120 ý tưởng) cũng đạt 126 ý tưởng", "(50 hộ) đều đạt 55 hộ"
_BRACKETED_PLAN_REACHED = re.compile(r"\s*\)\s*(?:(?:cũng|đều|đã)\s+){1,2}(?:đạt|đạt được)\s*")

# a share's target with its longer words, then what was reached: "mỗi năm 80% hội viên được tuyên truyền pháp luật; kết
# quả bình quân đạt 86,4%"
_SHARE_THEN_DONE = re.compile(
    r"[^\d,;.()]{0,80}?\s*;\s*(?:thực hiện|kết quả)(?:\s+bình quân)?(?:\s+đạt(?:\s+được)?)?\s*:?\s*")


def link_plan_then_done(low: str, figures: list[Figure]) -> None:
    """"Kết nạp hội viên mới: chỉ tiêu 500, thực hiện 560": the figure told as done right after a target is that
    target's result (not a second target)."""
    for k, (g, f) in enumerate(zip(figures, figures[1:]), 1):
        if not g.is_target or g.unit_class != f.unit_class:
            continue
        if _PLAN_THEN_CHANGE.fullmatch(low, g.end, f.start) and _states_quotient(low, figures, k):
            f.is_target, f.target = False, g.value  # "…; kết quả tăng 556 tỷ đồng, đạt 115,8%" (556 of 480)
            f.achievement_pct = figures[k + 1].achievement_pct = figures[k + 1].value
            continue
        if (_PLAN_THEN_DONE.fullmatch(low, g.end, f.start) or _BRACKETED_PLAN_REACHED.fullmatch(
                low, g.end, f.start) or (_PLAN_REACHED.fullmatch(
                low, g.end, f.start) and _states_quotient(low, figures, k)) or (
                g.unit_class == "percent" and _SHARE_THEN_DONE.fullmatch(low, g.end, f.start))) and (
                same_noun(low, f, g)):
            f.is_target, f.target = False, g.value
            rate = figures[k + 1] if k + 1 < len(figures) else None
            if rate is not None and rate.unit_class == "percent" and _RATE_NEXT.fullmatch(low, f.end, rate.start):
                if rate.achievement_pct is None:
                    rate.is_target, rate.target = False, None  # "…, thực hiện 38 hộ, đạt 95%": its rate, not a target
                if g.value and abs(f.value / g.value * 100 - rate.value) <= 1 and (
                        rate.achievement_pct in (None, rate.value)):
                    f.achievement_pct = rate.achievement_pct = rate.value  # the rate the pair states: 1.250 of 1.000


# "…, đạt 95%", "…, tỷ lệ 115%" (an old term's table of results told in a line: "thực hiện 46 tổ, tỷ lệ 115%")
_RATE_NEXT = re.compile(r"\s*(?:,\s*(?:đạt|bằng|tỷ lệ(?:\s+đạt)?)|\(\s*(?:đạt|bằng)?)\s*")  # "…, TH 2.700 (90%)"
# the same after a result over its target and the target's word: "2.140 căn/1.500 căn chỉ tiêu, tỷ lệ 142,7%"
_RATE_AFTER_PAIR = re.compile(r"(?:\s+(?:theo\s+)?(?:chỉ tiêu|kế hoạch|kh))?\s*,\s*(?:đạt|bằng|tỷ lệ(?:\s+đạt)?)\s*")
# a target of growth, then the change done: "giao chỉ tiêu tăng trưởng dư nợ 480 tỷ đồng; kết quả tăng 556 tỷ đồng"
_PLAN_THEN_CHANGE = re.compile(r"[^\d,;.()]{0,30}?\s*[,;]\s*(?:thực hiện|kết quả)\s+tăng(?:\s+thêm)?\s*")


def _states_quotient(low: str, figures: list[Figure], k: int) -> bool:
    """Whether the rate right after figure ``k`` ("…, đạt 115,8%") is its quotient of the target before it."""
    g, f = figures[k - 1], figures[k]
    rate = figures[k + 1] if k + 1 < len(figures) else None
    return rate is not None and rate.unit_class == "percent" and bool(g.value) and _RATE_NEXT.fullmatch(
        low, f.end, rate.start) is not None and abs(f.value / g.value * 100 - rate.value) <= 1 and (
        rate.achievement_pct in (None, rate.value))
# "Với chỉ tiêu 9.178 lớp, đến nay Hội đã tổ chức 7.777 lớp tập huấn", "Với chỉ tiêu 120 hộ, qua 4 năm Hội đã giúp 136
# hộ": the target opening the sentence, then the result told against it
_WITH_TARGET_BEFORE = re.compile(
    r"(?:^|[.;:\n]\s*|\s)với\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:là|đề ra|giao))?\s*$")
_DONE_AGAINST_IT = re.compile(r"[^\d,;.()]{0,30}?,\s*(?:đến nay|kết quả|sau|qua)?[^.;:()]{0,50}?\bđã\b[^\d.;:()]{0,40}")


# P6 (issue 11, iv16 FINDINGS): a clause opened by "theo kế hoạch," sets the plan, the result so far follows it: "Cũng
# theo kế hoạch, Hội hỗ trợ 450 hộ …; kết quả đến nay là 412 hộ, đạt 91,6%, ước cả năm đạt khoảng 460 hộ"
_PLAN_CLAUSE_OPENS = re.compile(
    r"(?:^|[.;:\n])\s*(?:cũng\s+)?theo\s+(?:kế hoạch|chỉ tiêu)(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?\s*,[^\d.;:()]{0,60}$")
_RESULT_SO_FAR = re.compile(r"[^\d.;:()]{0,40}?;\s*(?:kết quả|thực hiện|đến nay)[^\d.;:()]{0,40}")
_ESTIMATE_NEXT = re.compile(r"\s*,\s*(?:ước|dự kiến)[^\d.;:()]{0,40}")


def link_plan_clause_then_result(low: str, figures: list[Figure]) -> None:
    """"Theo kế hoạch, Hội hỗ trợ 450 hộ; kết quả đến nay là 412 hộ, đạt 91,6%, ước cả năm đạt khoảng 460 hộ": the plan,
    the result so far it measures (with the bare rate that is their quotient), and the year's estimate after it."""
    for k, (g, f) in enumerate(zip(figures, figures[1:]), 1):
        if g.unit_class != f.unit_class or g.target not in (None, g.value) or f.is_target or f.target is not None or (
                low.find(";", g.end, f.start) == -1 or not _RESULT_SO_FAR.fullmatch(
                    low, g.end, f.start)) or not _PLAN_CLAUSE_OPENS.search(
                low, max(0, g.start - 90), g.start) or not same_noun(low, g, f):
            continue
        g.is_target, g.target, f.target = True, g.value, g.value
        rest = figures[k + 1:k + 3]
        if rest and rest[0].unit_class == "percent" and _RATE_NEXT.fullmatch(low, f.end, rest[0].start) and (
                g.value and abs(f.value / g.value * 100 - rest[0].value) <= 1):
            f.achievement_pct = rest[0].achievement_pct = rest[0].value
            rest[0].is_target, rest[0].target = False, None
            rest, f = rest[1:], rest[0]
        if rest and (estimate := rest[0]).unit_class == g.unit_class and not estimate.is_target and (
                estimate.target is None) and _ESTIMATE_NEXT.fullmatch(low, f.end, estimate.start) and same_noun(
                low, g, estimate):
            estimate.target = g.value


def link_target_then_done(low: str, figures: list[Figure]) -> None:
    """"Với chỉ tiêu 9.178 lớp, đến nay Hội đã tổ chức 7.777 lớp tập huấn": the result the sentence tells right after
    its target is measured by it, whatever other targets of the same noun the text sets."""
    if "theo" in low:
        link_plan_clause_then_result(low, figures)
    if "đã" in low and ";" in low:
        link_target_then_stages(low, figures)
    if " được " in low and ("mới " in low or "chỉ " in low):
        link_target_then_shortfall(low, figures)
    if "giảm" in low:
        link_reduction_then_result(low, figures)
    if "với" not in low:
        return
    for g, f in zip(figures, figures[1:]):
        if "với" not in low[max(0, g.start - 30):g.start] or g.unit_class != f.unit_class or f.is_target or (
                f.target is not None) or not same_noun(low, g, f):
            continue  # (a slice first: most figures have no "với" before them)
        if _WITH_TARGET_BEFORE.search(low, max(0, g.start - 30), g.start) and _DONE_AGAINST_IT.fullmatch(
                low, g.end, f.start):
            g.is_target, g.target = True, g.value
            f.target = g.value


# P9 (issue 11, iv24 FINDINGS): a reduction set as a target ("kế hoạch giảm 2%", "chỉ tiêu giảm 3%/năm hộ nghèo", "mục
# tiêu giảm tỷ lệ hộ nghèo 1,5%"), then in its sentence what was cut ("mới giảm 1,4%", "thực hiện giảm được 1,1%",
# "bình quân giảm 3,8%/năm"); not a level ("giảm xuống còn 3%"), nor a change on last year ("… so với cùng kỳ")
_REDUCTION_TARGET = re.compile(
    r"(?:kế hoạch|chỉ tiêu|mục tiêu|kh|nghị quyết|nq)(?:\s+(?:đề ra|giao|đặt ra|năm|là)){0,2}\s+giảm"
    r"(?:[^\d,;.:()]{0,50})?$")
_REDUCTION_DONE = re.compile(
    r"[^\d;.()]{0,80}?[\s,(](?:mới|thực hiện|bình quân|thực tế|kết quả|chỉ|đã)"
    r"(?:\s+(?:được|đạt|chỉ|mới|đã|bình quân)){0,2}"
    r"\s+giảm(?:\s+được)?\s*")
_LAST_YEAR_AFTER = re.compile(r"[^\d,;.()]{0,20}?so với\s+(?:cùng kỳ|năm|đầu)")


def link_reduction_then_result(low: str, figures: list[Figure]) -> None:
    """"(kế hoạch giảm 2%, mới giảm 1,4%)", "Chỉ tiêu giảm 3%/năm …, bình quân giảm 3,8%/năm": the reduction set is a
    target, the cut told after it in its sentence is measured by it."""
    for g, f in zip(figures, figures[1:]):
        if g.unit_class != "percent" or f.unit_class != "percent" or f.achievement_pct is not None or (
                "giảm" not in low[max(0, g.start - 70):g.start]) or not _REDUCTION_TARGET.search(
                low, max(0, g.start - 70), g.start) or not _REDUCTION_DONE.fullmatch(low, g.end, f.start) or (
                _LAST_YEAR_AFTER.match(low, f.end)):
            continue
        g.is_target, g.target = True, g.value
        f.is_target, f.target = False, g.value


# "… 3 tuyến đường hoa mới làm được 2 tuyến", "… 50 hội viên, đến nay chỉ vận động được 38 hội viên": only so much done
# (the numbers between are no figures: "đến tháng 9 chỉ vận động được 64 hội viên")
_SHORTFALL_DEED = re.compile(r"[^;.:()]{0,50}?\s(?:chỉ|mới)(?:\s+[^\W\d_]+){0,2}\s+được\s*")


def link_target_then_shortfall(low: str, figures: list[Figure]) -> None:
    """"Riêng chỉ tiêu vận động xây dựng 3 tuyến đường hoa mới làm được 2 tuyến": the target, then in its clause the
    part done so far of the same noun, told as a shortfall (``mới/chỉ … được``): the part is measured by the target."""
    for g, f in zip(figures, figures[1:]):
        if g.is_target and g.target == g.value and not f.is_target and f.target is None and (
                g.unit_class == f.unit_class) and _SHORTFALL_DEED.fullmatch(low, g.end, f.start) and same_noun(
                low, g, f):
            f.target = g.value


# "KH 300 - TH 320", "KH: 50 triệu đồng, TH: 62 triệu đồng": the plan (kế hoạch) and what was done (thực hiện); the
# resolution's share and the share reached ("NQ 85% - đạt 91,3%")
_PLAN_ABBREVIATED = re.compile(r"(?<![^\W\d_])(?:kh|nq|nghị quyết)\s*:?\s*$")
_DONE_ABBREVIATED = re.compile(r"\s*[,;\-–]\s*(?:th|thực hiện|đạt)\s*:?\s*")
# "36 hộ thoát nghèo/30 hộ chỉ tiêu", "14 mô hình/12 mô hình theo kế hoạch": the result over its target, named after
_OVER_A_TARGET = re.compile(r"[^\d,;.()/]{0,30}/\s*")
# "bàn giao 180 căn nhà trên tổng số 300 căn theo kế hoạch": out of the plan's number, the plan named after it (not
# "trên tổng số 120 hội viên của chi hội", a total)
_OUT_OF_A_PLAN = re.compile(r"[^\d,;.()/]{0,30}?\s+trên\s+tổng\s+số\s*")
_TARGET_NAMED_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:theo\s+)?(?:chỉ tiêu|kế hoạch|kh)(?![^\W_])")


def link_plan_pairs(low: str, figures: list[Figure]) -> None:
    """A target and its result written as a pair: "KH 300 - TH 320" (the plan first), "36 hộ thoát nghèo/30 hộ chỉ
    tiêu" (the result over its target, the target word after it, or fewer of the same: "126 hộ thoát nghèo/120 hộ").
    The target is a target statement, the result takes it."""
    for k, (g, f) in enumerate(zip(figures, figures[1:]), 2):
        if g.unit_class != f.unit_class:
            continue
        between = low[g.end:f.start]
        # the words between first: same_noun on every pair cost more than the rule
        plan_done = ("th" in between or "đạt" in between) and _DONE_ABBREVIATED.fullmatch(
            between) and _PLAN_ABBREVIATED.search(
            low, max(0, g.start - 14), g.start)
        over = "/" in between and _OVER_A_TARGET.fullmatch(between)
        out_of = "tổng số" in between and _OUT_OF_A_PLAN.fullmatch(between) and _TARGET_NAMED_AFTER.match(low, f.end)
        if not (plan_done or over or out_of) or not same_noun(low, g, f):
            continue
        if plan_done:
            g.is_target, g.target = True, g.value
            f.is_target, f.target = False, g.value
            if _states_quotient(low, figures, k - 1):
                f.achievement_pct = figures[k].achievement_pct = figures[k].value  # "NQ 3.000 – đạt 2.700 (90%)"
        elif (
                _TARGET_NAMED_AFTER.match(low, f.end) or (over and f.value < g.value and g.unit and f.unit)) and (
                not g.is_target and g.target is None):
            f.is_target, f.target = True, f.value
            g.target = f.value
            rate = figures[k] if k < len(figures) else None
            if rate is not None and rate.unit_class == "percent" and f.value and _RATE_AFTER_PAIR.fullmatch(
                    low, f.end, rate.start) and abs(g.value / f.value * 100 - rate.value) <= 1 and (
                    rate.achievement_pct in (None, rate.value)):
                g.achievement_pct = rate.achievement_pct = rate.value  # "126 hộ …/120 hộ, đạt 105%"
                rate.is_target, rate.target = False, None  # (the target's word cued the rate)


# P7 (issue 11, iv25 FINDINGS): one target, then the stages done in the clause after it: "Chỉ tiêu … năm 2025 là vận
# động 4 "Mái ấm tình thương"; đến nay đã khởi công 4 căn, bàn giao 3 căn"; "Kế hoạch năm là 10 công trình; đến nay
# đã khởi công 8, hoàn thành 6 công trình"
_STAGE_SO_FAR = re.compile(r"[^\d.;:()\n]{0,40}?;\s*(?:(?:đến nay|hiện nay|kết quả|tính đến)\b[^\d.;:()\n]{0,30}?)?"
                           r"\bđã\s+(?:[^\W\d_]+\s+){1,3}?")
_NEXT_STAGE = re.compile(r"\s*,\s*(?:đã\s+)?(?:[^\W\d_]+\s+){1,3}?")


def link_target_then_stages(low: str, figures: list[Figure]) -> None:
    """"Chỉ tiêu … là vận động 4 "Mái ấm tình thương"; đến nay đã khởi công 4 căn, bàn giao 3 căn": each stage done
    right after a target, of its noun, is measured by it (not a per-unit amount after them: "mỗi căn 60 triệu")."""
    for k, (g, f) in enumerate(zip(figures, figures[1:]), 2):
        if not g.is_target or g.target != g.value or f.is_target or f.target is not None or (
                f.unit_class != g.unit_class) or not _STAGE_SO_FAR.fullmatch(low, g.end, f.start) or not same_noun(
                low, g, f) or yearly_against_term(low, g, f):
            continue
        f.target = g.value
        for h in figures[k:]:
            if h.is_target or h.target is not None or h.unit_class != f.unit_class or (
                    h.unit or f.unit) != (f.unit or h.unit) or not _NEXT_STAGE.fullmatch(low, f.end, h.start) or (
                    "mỗi" in low[f.end:h.start]):
                break
            h.target, f = g.value, h
