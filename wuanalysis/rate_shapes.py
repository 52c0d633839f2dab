"""Stated rates in other shapes, and estimates: one rate for each figure before it ("đạt lần lượt 30% và 44% chỉ tiêu
năm"), a multiple in words ("gấp đôi kế hoạch đề ra"), and the estimate words that make a figure no final result
("ước thực hiện", "dự kiến"). Rules of :func:`wuanalysis.target_statements.decide_rates_and_targets`, run after
:func:`wuanalysis.rates.attach_rates`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds, find_all
from .rates import TARGET_REF, VERSUS
from .text import load_words

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "…, đạt lần lượt 30% và 44% chỉ tiêu năm", "bằng lần lượt 105%, 98% và 120% kế hoạch": one rate for each figure
# "…, tương ứng đạt 117,7% và 105,3% kế hoạch năm", "đạt tương ứng 102% và 96%": the same told "tương ứng"
_RESPECTIVELY = re.compile(r"(?:(?:đạt|bằng|vượt)(?:\s+được)?\s+(?:lần lượt|tương ứng)(?:\s+là)?"
                           r"|tương ứng\s+(?:(?:đạt|bằng)(?:\s+được)?|vượt))\s*$")
_RATE_JOINER = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def attach_respective_rates(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Hội thành lập 3 hợp tác xã, 11 tổ hợp tác, đạt lần lượt 30% và 44% chỉ tiêu năm": the rates, in order, of the
    figures told before them in the clause (as many as there are rates), when the rates name their target."""
    if "lần lượt" not in low and "tương ứng" not in low:
        return
    for i, f in enumerate(figures):
        if f.unit_class != "percent" or f.achievement_pct is not None and (i + 1 == len(figures) or figures[
                i + 1].achievement_pct is not None):
            continue  # (the first rate, over 100, may be read already: "tương ứng đạt 117,7% và 105,3% …")
        lo = bounds.clause(f.num_start)[0]
        verb = _RESPECTIVELY.search(low, max(lo, f.start - 30), f.start)
        if verb is None:
            continue
        exceeded = low.startswith("vượt", verb.start()) or low.startswith("tương ứng vượt", verb.start())
        if f.achievement_pct not in (None, f.value + 100 if exceeded else f.value):
            continue
        rates = [f]
        while (k := i + len(rates)) < len(figures) and figures[k].unit_class == "percent" and _RATE_JOINER.fullmatch(
                low, figures[k - 1].end, figures[k].start):
            rates.append(figures[k])
        after = low[rates[-1].end:rates[-1].end + 40]
        if len(rates) < 2 or not TARGET_REF.match(after) or VERSUS.match(after):
            continue
        heads = [g for g in figures[:i] if g.num_start >= lo and g.unit_class != "percent" and g.unit != "lần"
                 and not (g.unit and g.unit.lower() == "chỉ tiêu")]
        for n, r in enumerate(rates):
            r.achievement_pct = r.value + 100 if exceeded else r.value
            if len(heads) == len(rates) and heads[n].achievement_pct is None:
                heads[n].achievement_pct = r.achievement_pct


# "…, gấp đôi kế hoạch đề ra", "gấp ba chỉ tiêu": a multiple in words of the target
_TIMES_IN_WORDS = re.compile(r"\bgấp (đôi|ba|bốn|năm|rưỡi)\b")
_TIMES_WORDS = {"đôi": 200.0, "ba": 300.0, "bốn": 400.0, "năm": 500.0, "rưỡi": 150.0}


def attach_rates_in_words(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"186 trẻ em mồ côi được nhận đỡ đầu, gấp đôi kế hoạch đề ra": the one result before a multiple of its target
    written in words reached 200 % of it (never "gấp đôi so với năm 2020", growth)."""
    if "gấp" not in low:
        return
    for hit in _TIMES_IN_WORDS.finditer(low):
        after = low[hit.end():hit.end() + 40]
        if not TARGET_REF.match(after):
            continue  # "gấp đôi so với năm 2020" compares with the past
        lo = bounds.clause(hit.start())[0]
        before = [f for f in figures if lo <= f.num_start < hit.start()]
        if len(before) == 1 and before[0].unit_class in ("count", "vnd") and before[0].achievement_pct is None and (
                not before[0].is_target and not (before[0].unit and before[0].unit.lower() == "chỉ tiêu")):
            before[0].achievement_pct = _TIMES_WORDS[hit.group(1)]


def mark_estimates(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Dự kiến đến cuối năm có 1.129 hộ …", "ước thực hiện 3.200 hội viên, ước đạt 105% kế hoạch": estimates, not
    final results (an estimate word earlier in the figure's clause)."""
    words = sorted(i for w in load_words("estimate") for i in find_all(low, w) if not (i and low[i - 1].isalpha()))
    if not words:
        return
    for f in figures:
        k = bisect.bisect_left(words, f.num_start) - 1
        if k >= 0 and (words[k] >= bounds.clause(f.num_start)[0] or (
                words[k] >= bounds.sentence_start(f.num_start) and _HEADS_A_LIST.match(low, words[k]))):
            f.estimate = True  # "Ước thực hiện đến 31/12/2025: kết nạp 850 hội viên; giúp 40 hộ …": every item


_HEADS_A_LIST = re.compile(r"[^.;:\n]{0,40}:")


# a plan's own title line near its top ("KẾ HOẠCH" above "Công tác Hội … năm 2026"), and its budget's section: "IV. KINH
# PHÍ" then "Tổng kinh phí dự kiến: 45.000.000đ", "III. KINH PHÍ" then "Dự kiến 1.250.000.000 đồng từ …", "IV. KINH
# PHÍ: Dự toán 38.500.000 đồng"
_PLAN_TITLE = re.compile(r"(?:^|\n)[ \t]*kế hoạch[ \t]*\n")
_BUDGET_TITLE = re.compile(r"\n[ \t]*(?:[ivx]{1,4}[.)]|\d{1,2}[.)])?[ \t]*kinh phí(?:[ \t]+thực hiện)?[ \t]*(?:\n|:)")


def mark_plan_budgets(low: str, figures: list[Figure]) -> None:
    """The money under a plan's "KINH PHÍ" title, up to the section's first blank line, is a figure that is itself a
    plan (SCHEMA): a target, "dự kiến" or not (a review's "Kinh phí thực hiện 38 triệu đồng" is spent)."""
    if "kinh phí" not in low or not _PLAN_TITLE.search(low, 0, 1500):
        return
    for title in _BUDGET_TITLE.finditer(low):
        end = low.find("\n\n", title.end())
        end = len(low) if end == -1 else end
        for f in figures:
            if title.start() < f.num_start < end and f.unit_class == "vnd" and not f.is_target and f.target is None:
                f.is_target, f.target = True, f.value


def _headline_end(low: str) -> int:
    """Where the lines above the lead end: the start of the first line that ends a sentence (".", "!", "?")."""
    pos = 0
    while pos < len(low):
        nl = low.find("\n", pos)
        end = len(low) if nl == -1 else nl
        if low[pos:end].rstrip().endswith((".", "!", "?", ";")):
            return pos
        pos = end + 1
    return 0


def link_restated_headline(low: str, figures: list[Figure]) -> None:
    """A headline repeats a result the body tells with its target and rate ("Hội LHPN đặc khu Phú Quốc: Quý I/2026
    kết nạp 215 hội viên mới" above "Trong quý I, Hội đã kết nạp 215 hội viên mới, đạt 43% chỉ tiêu năm (500 hội
    viên)"): the headline's figure is that result, with its target and rate (iv4 s014's gold), its noun the body's or
    said after the same verb ("Bàn giao 1.000 "Mái ấm …"" above "đã bàn giao 1.000 căn nhà"). Only a figure on a line
    above the lead (no line before it ends a sentence), not a table's cell, and only when one result of the body has
    its value and noun and a stated target: a body that gives only a rate ("… hơn 2.300 tỷ đồng, đạt 108% kế hoạch
    được giao") leaves the headline's figure bare (iv1 i012's gold). The lede opened by its paper's credit
    ("(Baohatinh.vn) - … đã kết nạp 5.362 hội viên, …") restates the body in the same way (the fourteenth session's
    house rule)."""
    end = _headline_end(low)
    if end:
        _restate(low, figures, 0, end, end)
    if low.startswith("(", end) and (credit := _CREDIT.match(low, end)) is not None:
        stop = low.find("\n", credit.end())
        stop = len(low) if stop == -1 else stop
        _restate(low, figures, credit.end(), stop, stop, once=True)


# a lede opened by its paper's credit: "(Baohatinh.vn) - ", "(Báo Phú Thọ) – ", "(PNVN) - "
_CREDIT = re.compile(r"\([^()\n]{2,40}\)\s*[-–—]\s*")


def _restate(low: str, figures: list[Figure], lo: int, hi: int, body: int, once: bool = False) -> None:
    """The figures between lo and hi that restate one result of the body (from ``body`` on) with its target (``once``:
    the body tells that value and noun once, with a target or not)."""
    heads = [f for f in figures if lo <= f.num_start < hi and f.target is None and not f.is_target]
    for f in heads:
        line = low[low.rfind("\n", 0, f.num_start) + 1:low.find("\n", f.num_start)]
        if "\t" in line or "|" in line:
            continue
        same = [g for g in figures if g.num_start >= body and not g.is_target and (
                g.value == f.value or _hedged_restatement(f, g)) and g.unit_class == f.unit_class and (
                g.unit == f.unit or _same_verb_before(low, f, g) or _both_houses(f, g))]
        if f.qualifier == "exact" and any(g.value != f.value for g in same) and any(
                g.value == f.value and g.qualifier == "exact" and g.unit_class == f.unit_class
                for g in figures if g.num_start >= body):
            same = [g for g in same if g.value == f.value]  # the body tells the value itself: no rounding read
        if once and len(same) != 1:
            continue
        same = [g for g in same if g.target is not None]
        if len(same) != 1 or (f.achievement_pct is not None and f.achievement_pct != same[0].achievement_pct):
            continue
        f.target = same[0].target
        f.achievement_pct = same[0].achievement_pct


def _hedged_restatement(f: Figure, g: Figure) -> bool:
    """A hedged round headline figure ("Hơn 5.800 mái ấm", "Gần 9.000 phụ nữ", "Khoảng 46 nghìn hộ") restating the
    body's exact result: the body's value lies on the hedge's side within one unit of the headline's last nonzero
    digit (5.834 for "Hơn 5.800", 8.960 for "Gần 9.000"; never 6.100 for "Hơn 5.800"); a round figure with no hedge
    ("giúp hai nghìn hộ thoát nghèo" above "1.938 hộ", "3 nghìn phụ nữ" above "2.960 phụ nữ") is the body's value
    rounded to its last nonzero digit, thousands at least, within 5 % (a body that tells the value itself keeps it)."""
    if f.qualifier not in ("more_than", "nearly", "about", "exact") or g.qualifier != "exact" or f.value <= 0 or (
            f.value != int(f.value)):
        return False
    whole, step = int(f.value), 1
    while whole % (step * 10) == 0:
        step *= 10
    if step == 1:
        return False  # "hơn 347 hộ": no rounding to read
    gap = g.value - f.value
    if f.qualifier == "exact":
        return step >= 1000 and 0 < abs(gap) < min(step / 2, f.value / 20)  # within 5 %: "hai nghìn" for 1.938
    if f.qualifier == "more_than":
        return 0 < gap < step
    if f.qualifier == "nearly":
        return -step < gap < 0
    return abs(gap) < step


# a house told in the headline's and the body's own words ("Trao 124 mái ấm" above "xây mới 124 căn nhà")
_HOUSES = frozenset(("mái ấm", "căn nhà", "nhà", "căn", "ngôi nhà", "nhà mái ấm", "căn nhà mái ấm", "nhà tình thương"))


def _both_houses(f: Figure, g: Figure) -> bool:
    return f.unit is not None and g.unit is not None and f.unit.lower() in _HOUSES and g.unit.lower() in _HOUSES


def _same_verb_before(low: str, f: Figure, g: Figure) -> bool:
    """The same word right before both figures, a verb: the headline's "Bàn giao 1.000 "Mái ấm tình thương"" restates
    the body's "đã bàn giao 1.000 căn nhà "Mái ấm tình thương"" in other words for the house."""
    before = low[max(0, f.start - 16):f.start].split(), low[max(0, g.start - 16):g.start].split()
    return bool(before[0]) and bool(before[1]) and before[0][-1] == before[1][-1] and before[0][-1].isalpha()


# "Phát triển hội viên mới: 68/75 hội viên, đạt 90,7% kế hoạch": done over planned, measured against the plan
_RATE_OF_THE_RATIO = re.compile(r"[^\d;()]{0,30}?,?\s*(?:đạt|bằng|hoàn thành)\s*$")


def link_ratio_plan_wholes(low: str, figures: list[Figure]) -> None:
    """A ratio whose rate after it names the plan it is measured by ("68/75 hội viên, đạt 90,7% kế hoạch", "134/135
    hộ, đạt 99,3% chỉ tiêu") and states its quotient is done over planned: the whole is the target. Not a part of a
    whole with its share ("111/168 xã (66,1%)", "11.024/11.024 cán bộ, đạt 100%": no target named after the rate)."""
    for f, rate in zip(figures, figures[1:]):
        if (f.unit_class != "ratio" or not f.denominator or f.target is not None or rate.unit_class != "percent"
                or rate.achievement_pct is None or f.achievement_pct != rate.achievement_pct):
            continue
        right = low[rate.end:rate.end + 40]
        if abs(f.value / f.denominator * 100 - rate.value) > 0.5 or not TARGET_REF.match(right):
            continue
        if _RATE_OF_THE_RATIO.fullmatch(low, f.end, rate.start) and not VERSUS.match(right):
            f.target = f.denominator
    if "đăng ký" in low:
        _link_ratio_pledge_wholes(low, figures)


# "Có 5/6 hộ đăng ký thoát nghèo trong năm đã thoát nghèo": the whole is what was pledged, the part what was done
_PLEDGED_THEN_DONE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:đã\s+)?đăng ký\b(?:năm\s+20\d\d|[^\d,;.()]){0,60}?"
                                r"\s(?:đã|đều đã)\s+[^\W\d_]")


def _link_ratio_pledge_wholes(low: str, figures: list[Figure]) -> None:
    """"5/6 hộ đăng ký thoát nghèo đã thoát nghèo", "7/8 hội viên đăng ký học nghề đã được nhận vào lớp": a ratio over
    what was registered, then done, is done over pledged: the whole is the target (never "5/6 hộ đăng ký vay vốn",
    the part of them that registered, nor a ratio that names no registration)."""
    for f in figures:
        if f.unit_class == "ratio" and f.denominator and f.target is None and not f.is_target and (
                f.value <= f.denominator) and _PLEDGED_THEN_DONE.match(low, f.end):
            f.target = f.denominator


# "Tỷ lệ hộ nghèo … giảm xuống dưới 1,5% vào cuối nhiệm kỳ": an aim under a ceiling by a time to come (never "góp
# phần giảm … xuống dưới 3% (năm 2024)", nor "Đến cuối nhiệm kỳ, tỷ lệ … đã giảm xuống dưới 2%", which review)
_DOWN_TO_CEILING = re.compile(r"\bgiảm\b[^\d,;.()]{0,60}?\bxuống(?:\s+còn)?\s*$")
_BY_A_TIME_TO_COME = re.compile(r"\s*(?:vào|đến)\s+(?:cuối|hết)\s+(?:nhiệm kỳ|năm|giai đoạn)\b")
_REVIEWED = re.compile(r"\b(?:đã|được)\b")
# in a paragraph that sets aims ("Đại hội đề ra mục tiêu: …. Tỷ lệ hộ nghèo … giảm xuống dưới 1,5% vào cuối nhiệm
# kỳ."), not one that reviews ("Tỷ lệ hộ nghèo giảm xuống dưới 2% vào cuối năm 2024, …")
_AIMS_SET = re.compile(r"mục tiêu|phấn đấu|đề ra|phương hướng|nhiệm vụ|chỉ tiêu")


def mark_ceiling_aims(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """An aim to bring a share down under a ceiling by a time to come ("Tỷ lệ hộ nghèo … giảm xuống dưới 1,5% vào
    cuối nhiệm kỳ") is a target (SCHEMA "targets"; the golds' ceilings, iv1 i006, iv7 r002, iv10: target == value,
    no rate). A result under a ceiling ("0,05%, thấp hơn mức khống chế 0,25%") is
    :func:`wuanalysis.target_lists.link_result_beside_an_assigned_level`'s."""
    if "xuống" not in low:
        return
    for f in figures:
        if f.is_target or f.target is not None or f.qualifier != "less_than" or f.unit_class != "percent":
            continue
        lo, hi = bounds.sentence(f.num_start)
        if _DOWN_TO_CEILING.search(low, max(lo, f.start - 80), f.start) and _BY_A_TIME_TO_COME.match(
                low, f.end) and not _REVIEWED.search(low, lo, hi) and _AIMS_SET.search(
                low, low.rfind("\n", 0, f.start) + 1, f.start):
            f.is_target, f.target = True, f.value
