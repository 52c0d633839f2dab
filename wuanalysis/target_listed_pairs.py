"""Results and targets told as lists in one sentence: the results, then the target words and their targets ("thành
lập 2 hợp tác xã và 9 tổ hợp tác, trong khi kế hoạch đặt ra là 1 HTX và 7 THT", "…, trong khi kế hoạch đặt ra lần lượt
là 100 và 60"), or the targets, then their results ("chỉ tiêu kết nạp 200 hội viên, vận động 35 triệu đồng; thực hiện:
…"); and the rate right after a target that measures the result paired with it ("… 214 hộ - chỉ tiêu năm là 200 hộ,
đạt 107%"). Read by :func:`wuanalysis.target_pairs.link_result_then_target`, split from
:mod:`wuanalysis.target_pairs`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .target_nouns import same_noun, same_persons

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


_RATE_AFTER_CLAUSE_TARGET = re.compile(r"\s*,\s*(?:như vậy\s+)?(?:đã\s+)?(đạt|bằng|vượt)\s*")


def give_rate_after_target(low: str, figures: list[Figure], t: int, result: Figure) -> None:
    """"… 214 hộ - chỉ tiêu năm là 200 hộ, đạt 107%": the rate right after the target measures the result when it is
    the result's quotient over it (read on the percent alone before)."""
    f = figures[t]
    if t + 1 >= len(figures) or (rate := figures[t + 1]).unit_class != "percent" or not f.value or not (
            said := _RATE_AFTER_CLAUSE_TARGET.fullmatch(low, f.end, rate.start)) or result.achievement_pct is not None:
        return
    pct = round(rate.value + 100, 6) if said.group(1) == "vượt" else rate.value
    if rate.achievement_pct in (None, pct) and abs(result.value / f.value * 100 - pct) <= 1:
        result.achievement_pct = rate.achievement_pct = pct
        rate.is_target, rate.target = False, None


# P2 (issue 11): results told as a list, then their targets: "thành lập 2 hợp tác xã và 9 tổ hợp tác, trong khi kế
# hoạch đặt ra là 1 HTX và 7 THT", "…, so với chỉ tiêu huyện giao là 4 căn nhà và 40 hộ", "… - chỉ tiêu đặt ra đầu năm
# chỉ là 25 tổ hợp tác", "…, trong khi kế hoạch đặt ra lần lượt là 100 và 60" (not next year's or last year's plan)
_LIST_TARGETS_OPEN = re.compile(
    r"(?:\s+[^\W\d_][^\d,;.():]{0,40}?(?:,\s*[^\W\d_][^\d,;.():]{0,20}?)?)?"
    r"\s*(?:,\s*(?:trong khi(?:\s+đó)?|so với)|;\s*(?:trong khi(?:\s+đó)?)?|\s[-–]\s*(?:trong khi(?:\s+đó)?)?)"
    r"\s*(?:chỉ tiêu|kế hoạch|mục tiêu"
    # "…, trong khi Nghị quyết (Đại hội) giao lần lượt là 30 và 150": the resolution setting them, no target word
    r"|(?:nghị quyết|nq)(?:\s+đại hội)?\s+(?:giao|đề ra|đặt ra))"
    r"(?P<words>(?:[^\d,;.:()]|(?<=năm )20\d\d){0,50}?)\s*(?:(?P<each>lần lượt\s+)?là|:)?\s*")  # "năm 2026"
# the results after a list of targets: "…; thực hiện: kết nạp 215 hội viên", "…; kết quả đạt được: …"
_LIST_RESULTS_OPEN = re.compile(r"[^\d.;:()]{0,40}?;\s*(?:thực hiện|kết quả)(?:\s+(?:được|đạt được|đạt))?\s*:"
                                r"[^\d.;:()]{0,40}")
_OTHER_YEAR = re.compile(r"\b(?:tới|sau|trước|cùng kỳ|năm mới)\b")
# the items of a list: "2 HTX và 7 THT", "200 hội viên, 35 triệu đồng"; a result list's own words between its items
# ("46 hộ thoát nghèo và xây 5 căn nhà", "215 hội viên mới, vận động 38 triệu đồng")
_TARGET_ITEMS_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
_RESULT_ITEMS_JOIN = re.compile(r"[^\d.;:()]{0,40}")
_LIST_GATE = ("chỉ tiêu", "kế hoạch", "mục tiêu", "nghị quyết", "nq")


def _run(figures: list[Figure], k: int, step: int, joined: Callable[[Figure, Figure], bool]) -> list[Figure]:
    """Figure ``k`` and the figures joined to it going ``step`` (-1 back, 1 on)."""
    run = [figures[k]]
    j = k + step
    while 0 <= j < len(figures) and joined(*sorted((run[-1], figures[j]), key=lambda f: f.start)):
        run.append(figures[j])
        j += step
    return run


def _holds_one(between: str, words: list[str]) -> bool:
    """Whether ``between`` holds one of ``words`` (a loop: no generator per pair of figures)."""
    for word in words:
        if word in between:
            return True
    return False


def link_listed_targets(low: str, figures: list[Figure]) -> None:
    """A list of results, then the target words and a list of targets (or one): every target is a target statement,
    and the result of its noun takes it ("2 hợp tác xã và 9 tổ hợp tác, trong khi kế hoạch … là 1 HTX và 7 THT"), by
    order after "lần lượt là" or when every item's noun agrees in order; never another noun's."""
    def result_joined(a: Figure, b: Figure) -> bool:
        between = low[a.end:b.start]
        return ("," in between or " và " in between) and _RESULT_ITEMS_JOIN.fullmatch(between) is not None

    def target_joined(a: Figure, b: Figure) -> bool:
        return _TARGET_ITEMS_JOIN.fullmatch(low, a.end, b.start) is not None

    gate = [word for word in _LIST_GATE if word in low]  # (the words this text holds: most hold few)
    results_open = "kết quả" in low or "thực hiện" in low
    if not gate and not results_open:
        return
    for k, (g, f) in enumerate(zip(figures, figures[1:])):
        between = low[g.end:f.start]
        if results_open and ("kết quả" in between or "thực hiện" in between) and _LIST_RESULTS_OPEN.fullmatch(between):
            _link_targets_first(low, figures, k, result_joined)
            continue
        if not _holds_one(between, gate) or not (
                said := _LIST_TARGETS_OPEN.fullmatch(between)) or _OTHER_YEAR.search(said.group("words")):
            continue
        results = [r for r in reversed(_run(figures, k, -1, result_joined))
                   if r.unit_class != "percent" and not r.is_target and r.target is None]
        targets = _run(figures, k + 1, 1, target_joined)
        if not results or len(results) + len(targets) < 3:
            continue  # one result and one target: the pair rules
        pairs = _respective(low, results, targets, bool(said.group("each")))
        for t in targets:
            t.is_target, t.target = True, t.value
        for r, t in pairs:  # (and the rate right after a target, if its quotient: "…; kế hoạch là 8 căn, đạt 62,5%")
            r.target = t.value
            give_rate_after_target(low, figures, figures.index(t), r)


def _link_targets_first(low: str, figures: list[Figure], k: int, joined: Callable[[Figure, Figure], bool]) -> None:
    """The targets listed up to figure ``k``, then their results listed after "; thực hiện:" ("chỉ tiêu kết nạp 200
    hội viên, vận động 35 triệu đồng; thực hiện: kết nạp 215 hội viên, vận động 38 triệu đồng")."""
    targets = list(reversed(_run(figures, k, -1, joined)))
    results = [r for r in _run(figures, k + 1, 1, joined) if not r.is_target and r.target is None]
    if not results or len(targets) < 2 or not all(t.is_target for t in targets):
        return
    for r, t in _respective(low, results, targets, False):
        r.target = t.value


def _respective(low: str, results: list[Figure], targets: list[Figure], each: bool) -> list[tuple[Figure, Figure]]:
    """Each target's result: in order ("lần lượt", or every pair's nouns agree), else the one result of its noun."""
    def agree(r: Figure, t: Figure) -> bool:
        return r.unit_class == t.unit_class and (same_noun(low, r, t) or same_persons(r, t))

    if len(results) == len(targets) and all(agree(r, t) for r, t in zip(results, targets)) and (
            each or all(r.unit and t.unit for r, t in zip(results, targets))):
        return list(zip(results, targets))
    pairs = []
    for t in targets:
        named = [r for r in results if t.unit and r.unit and agree(r, t)]
        if len(named) == 1:
            pairs.append((named[0], t))
    return pairs
