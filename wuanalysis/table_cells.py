"""Percent cells of a table pasted from Word: a bare number alone in its cell under a head cell naming a share ("Tỷ lệ
tập hợp (%)", "%", "Tỷ lệ"), or in a row whose label names one ("Tỷ lệ hộ nghèo (%)"), is a percentage, whatever the
other columns are (a table of units and their shares, of two years side by side). The reader calls
:func:`mark_percent_cells` before the rates and targets are decided; a table of plans and results is read further by
:mod:`wuanalysis.result_tables`. Patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure

_CELL_BREAK = re.compile(r"[ \t]*(?:\t|\|)[ \t]*")
_RULE_LINE = re.compile(r"[ \t|:+=-]*")  # "|---|---|", a Markdown table's rule under its head
_SHARE_HEAD = re.compile(r"%|^(?:tỷ lệ|tỉ lệ)(?![^\W_])")
_SHARE_LABEL = re.compile(r"\(%\)|^\W*(?:tỷ lệ|tỉ lệ)(?![^\W_])")
_MAX_ROWS = 40  # how far up a row looks for its table's head


def _cells(line: str) -> list[str]:
    """A line's cells split by tabs or bars; a bar opening or closing the line is the table's border."""
    stripped = line.strip(" ")
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [c.strip() for c in _CELL_BREAK.split(stripped)]


def _head_of(low: str, line_start: int) -> list[str] | None:
    """The cells of the first line of the block of celled lines the line at ``line_start`` belongs to (None when the
    line is that first line)."""
    head = None
    pos = line_start
    for _ in range(_MAX_ROWS):
        if pos == 0:
            break
        prev_start = low.rfind("\n", 0, pos - 1) + 1
        line = low[prev_start:pos - 1]
        if "\t" not in line and "|" not in line:
            break
        if not _RULE_LINE.fullmatch(line):
            head = line
        pos = prev_start
    return _cells(head) if head is not None else None


def mark_percent_cells(low: str, figures: list[Figure]) -> None:
    """A bare count (or a fraction read as "other") alone in a table cell becomes a percentage under a share's head
    cell or in a row labelled as a share ("| TT | Đơn vị | Số hội viên | Tỷ lệ tập hợp (%) |" over "| 1 | Xã Tân
    Phú | 1.250 | 78,5 |"; "Tỷ lệ hộ nghèo (%)⇥4,2⇥3,1"); not a cell with its own unit ("45 hộ") nor a ratio."""
    for f in figures:
        if f.unit_class not in ("count", "other") or f.denominator is not None:
            continue
        line_start = low.rfind("\n", 0, f.num_start) + 1
        line_end = low.find("\n", f.num_start)
        line = low[line_start:len(low) if line_end == -1 else line_end]
        if "\t" not in line and "|" not in line:
            continue
        cells = _cells(line)
        before = low[line_start:f.num_start].lstrip(" ")
        k = len(_CELL_BREAK.findall(before[1:] if before.startswith("|") else before))
        if k >= len(cells) or cells[k] != low[f.num_start:f.num_end]:
            continue  # not alone in its cell
        share = any(_SHARE_LABEL.search(c) for c in cells[:k] if not c.isdigit())
        if not share:
            heads = _head_of(low, line_start)
            share = heads is not None and len(heads) == len(cells) and bool(_SHARE_HEAD.search(heads[k]))
        if share:
            f.unit_class, f.unit = "percent", "%"
            f.end = f.num_end  # "76,5⇥Vượt": the next cell's word is no unit of its own
