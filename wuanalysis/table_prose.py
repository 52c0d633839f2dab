"""A result told in prose and restated by a table row of plans and results below it ("Kết nạp 96 hội viên mới; …" then
"Hội viên mới⇥200⇥96⇥48%") takes the row's plan and rate. Read by :mod:`wuanalysis.result_tables` once its rows are
linked; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .table_cells import CELL_BREAK, cell_spans

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


_PROSE_BEFORE = 1500  # how far before its table a result told in prose may be restated by a row


def link_prose_restated_in_rows(low: str, figures: list[Figure]) -> None:
    """"Kết nạp 96 hội viên mới; …" then, below, "Hội viên mới⇥200⇥96⇥48%": a result told in prose and restated by a
    table row of plans and results takes the row's plan (and its rate, when it has none): the one prose figure
    before the row (within a few paragraphs, on a line without cells) of the same value and class whose noun the
    row's label names (money needs no noun), with no target of its own."""
    starts = [f.num_start for f in figures]
    for f in figures:
        if f.target is None or f.is_target or f.unit_class not in ("count", "vnd"):
            continue
        line_start = low.rfind("\n", 0, f.num_start) + 1
        line_end = low.find("\n", f.num_start)
        if CELL_BREAK.search(low, line_start, len(low) if line_end == -1 else line_end) is None:
            continue
        label = _row_label(low, line_start, len(low) if line_end == -1 else line_end)
        before = figures[bisect.bisect_left(starts, line_start - _PROSE_BEFORE):bisect.bisect_left(starts, line_start)]
        told = [g for g in before if _restated(low, g, f, label)]
        if len(told) == 1:
            told[0].target = f.target
            if told[0].achievement_pct is None:
                told[0].achievement_pct = f.achievement_pct
        elif not told and f.achievement_pct is not None:
            _rate_the_planned_prose(low, before, f, label)


def _rate_the_planned_prose(low: str, before: list[Figure], f: Figure, label: str) -> None:
    """"có 38 hộ thoát nghèo (chỉ tiêu 30 hộ)" then, below, "| Hộ thoát nghèo | 30 | 38 | 126,7% |": a prose result
    already measured against the row's plan, with no rate of its own, takes the row's rate (the one such figure)."""
    told = [g for g in before if g.achievement_pct is None and _restated(low, g, f, label, planned=True)]
    if len(told) == 1:
        told[0].achievement_pct = f.achievement_pct


def _row_label(low: str, start: int, end: int) -> str:
    """The first cell of a row holding a letter ("Kết nạp hội viên mới (người)" after its row number)."""
    cells = [low[a:b].strip() for a, b in cell_spans(low, start, end)]
    return next((cell for cell in cells if any(ch.isalpha() for ch in cell)), "")


def _restated(low: str, g: Figure, f: Figure, label: str, planned: bool = False) -> bool:
    """Prose figure ``g`` tells what row cell ``f`` restates: same value and class, no target (unless ``planned``: the
    row's), a noun the label names."""
    if g.value != f.value or g.unit_class != f.unit_class or g.is_target or g.target != (
            f.target if planned else None):
        return False
    before = low[low.rfind("\n", 0, g.start) + 1:g.start]
    if "\t" in before or "|" in before:
        return False  # a cell of another row
    if g.unit_class == "vnd":
        return True
    return g.unit is not None and re.search(rf"(?<![^\W_]){re.escape(g.unit.lower())}(?![^\W_])", label) is not None
