"""Verdict cells of a table of plans and results: "Đạt 116,3%", "Vượt 15%", "Chưa đạt (75%)" judging a row's plan and
result give the stated rate of their percent figure and of the result when the result over the plan gives it; "Vượt
24,7%" in a rate column is the excess over the plan. Read by :mod:`wuanalysis.result_tables`; patterns run on the
lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# a verdict cell's words before its rate: "Đạt 116,3%", "Vượt 15%", "Vượt KH 24%", "Chưa đạt (75%)", "Hoàn thành
# 91,7%", "Bằng 98% NQ" (group 1: "vượt", the excess over the plan)
_VERDICT_RATE = re.compile(
    r"\W*(?:(?:chưa|không)\s+)?(?:(vượt)|đạt|bằng|hoàn thành)(?:\s+(?:kh|kế hoạch|chỉ tiêu|nq|nghị quyết|mục tiêu))?"
    r"\s*[(:,–-]?\s*")


def link_verdict_rate(low: str, span: tuple[int, int], plan: Figure, result: Figure, row: list[Figure]) -> None:
    """"Kết nạp hội viên mới⇥45.000⇥52.318⇥Đạt 116,3%" under "… | Đánh giá": the verdict cell's rate
    (:func:`give_verdict_rate`)."""
    inside = [f for f in row if span[0] <= f.num_start < span[1]]
    if len(inside) == 1:
        give_verdict_rate(low, span[0], inside[0], plan, result)


def give_verdict_rate(low: str, cell_start: int, cell: Figure, plan: Figure, result: Figure) -> None:
    """A verdict cell ("Đạt 116,3%", "Vượt 15%", "Chưa đạt (75%)") judging a plan and its result: its rate is the
    stated achievement of its percent figure and of the result when the result over the plan gives it (±1; "Vượt
    15%" is 115, the excess); "Vượt" alone or a rate that is no quotient leaves the result without one."""
    if cell.unit_class != "percent":
        return
    words = _VERDICT_RATE.fullmatch(low, cell_start, cell.start)
    quotient = result.value * 100 / plan.value if plan.value else None
    if words is None:  # "116,3% - Vượt", "93,3% (chưa đạt)": a bare rate opening the cell, if the quotient gives it
        if not low[cell_start:cell.start].strip() and quotient is not None and abs(quotient - cell.value) <= 1.0:
            result.achievement_pct = cell.achievement_pct = cell.value
            cell.is_target, cell.target = False, None
        return
    rates = [100 + cell.value, cell.value] if words.group(1) else [cell.value]
    rate = next((r for r in rates if quotient is not None and abs(quotient - r) <= 1.0), None)
    if rate is not None:
        result.achievement_pct = rate
    else:  # no quotient to check: the cell's own rate ("Vượt 15%" is still the excess over the plan)
        rate = 100 + cell.value if words.group(1) and cell.value < 100 else cell.value
    cell.is_target, cell.target, cell.achievement_pct = False, None, rate


def excess_in_words(low: str, cell_start: int, cell: Figure, plan: Figure, result: Figure) -> float | None:
    """"Vượt 24,7%" in a rate column over 150 and 187: the excess over the plan, 124,7, when the result over the plan
    gives it (±1) or no quotient says otherwise (None for any other cell)."""
    words = _VERDICT_RATE.fullmatch(low, cell_start, cell.start)
    if words is None or not words.group(1) or cell.value >= 100:
        return None
    quotient = result.value * 100 / plan.value if plan.value else None
    if quotient is not None and abs(quotient - cell.value) <= 1.0:
        return None
    return 100 + cell.value
