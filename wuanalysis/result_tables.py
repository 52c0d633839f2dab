"""Tables of targets and results: a row's plan cell is its result's target, and under a rate column its last cell
is their stated achievement. A table flattened to a line per cell ("Chỉ tiêu" / "Kết quả" / "Tỷ lệ") and one kept on
lines with its cells split by tabs or bars ("Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)"). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# The head of a table of targets and results: a "Chỉ tiêu" cell, then a "Kết quả" cell.
_TABLE_HEAD = re.compile(  # starts with a literal "\n" so the engine can skip ahead to line starts
    r"\n[ \t]*(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:giao|đề ra|năm|nhiệm kỳ))?[ \t]*\n\s*"
    r"(?:kết quả|thực hiện)(?:\s+(?:đạt được|thực hiện))?[ \t]*(?=\n|$)"
    r"(\s*\n[ \t]*(?:tỷ lệ|tỉ lệ|% so với|đạt)[^\n]{0,30})?"  # a third column of rates
)


_NUMBER_COLUMN = re.compile(r"(?:^|\n)[ \t]*s?tt[ \t]*\n")  # a "TT" / "STT" column just before the head
_LABEL_NEXT = re.compile(r"[ \t]*\n\s*[^\W\d_]")


def link_table_targets(low: str, figures: list[Figure]) -> None:
    """A table of "Chỉ tiêu" / "Kết quả" flattened to lines: in each row of figure-only lines the first cell is the
    target and the next cells are results measured against it."""
    head = _TABLE_HEAD.search(low)
    if not head:
        return
    rate_column = head.group(1) is not None
    numbered = bool(_NUMBER_COLUMN.search(low[max(0, head.start() - 60):head.start() + 1]))
    row: list[Figure] = []
    last_line_end = -1
    for f in figures:
        if f.num_start < head.end():
            continue
        line_start = low.rfind("\n", 0, f.num_start) + 1
        is_cell = not low[line_start:f.num_start].strip()
        if is_cell and numbered and _LABEL_NEXT.match(low, f.num_end):
            _close_row(row, rate_column)  # "2\nGiúp hộ thoát nghèo": the row number of the next label
            row = []
            continue
        if is_cell and row and not low[last_line_end:line_start].strip():
            row.append(f)
        else:
            _close_row(row, rate_column)
            row = [f] if is_cell else []
        if is_cell:
            nl = low.find("\n", f.num_start)
            last_line_end = len(low) if nl == -1 else nl
    _close_row(row, rate_column)


# A table kept on lines with its cells split by tabs or bars: "Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ" then
# "Kết nạp hội viên\t300\t320\t106,7"; the columns may be abbreviated ("TT | Nội dung | KH | TH | Ghi chú")
# ("Chỉ tiêu giao | Thực hiện", "Kế hoạch năm 2025 | Kết quả": the target column's own words)
_INLINE_HEAD = re.compile(
    r"(?:^|\n)([^\n]*?(?:kế hoạch|chỉ tiêu|mục tiêu|(?<![^\W_])kh)(?:[ \t]+(?:giao|được giao|đề ra"
    r"|năm(?:[ \t]+20\d\d)?))?[ \t]*[\t|][ \t]*(?:kết quả|thực hiện|th(?![^\W_]))[^\n]*)(?=\n)")
_CELL_BREAK = re.compile(r"[ \t]*[\t|][ \t]*")
_RATE_CELL_AFTER = re.compile(r"(?:kết quả|thực hiện|(?<![^\W_])th(?![^\W_]))[^\n]*[\t|][^\n]*(?:tỷ lệ|tỉ lệ|%|đạt)")


def link_inline_table_targets(low: str, figures: list[Figure]) -> None:
    """The rows of a table whose cells are split by tabs or bars, under a head naming the target then the result
    column: in each row, the first number is the target and the next the result measured against it."""
    if "\t" not in low and "|" not in low:
        return
    for head in _INLINE_HEAD.finditer(low):
        rate_column = bool(_RATE_CELL_AFTER.search(head.group(1)))
        pos = head.end() + 1
        while pos < len(low):
            nl = low.find("\n", pos)
            end = len(low) if nl == -1 else nl
            line = low[pos:end]
            if not _CELL_BREAK.search(line):
                break  # the table ends with the first line without cells
            row = [f for f in figures if pos <= f.num_start < end]
            if all(_CELL_BREAK.fullmatch(low, a.end, b.start) for a, b in zip(row, row[1:])):
                _close_row(row, rate_column)  # numbers in cells of their own (not "kết nạp 300 hội viên, …")
            pos = end + 1


def _close_row(row: list[Figure], rate_column: bool) -> None:
    """Target, results (and, under a rate column, the last cell as the stated rate of the result before it)."""
    if len(row) < 2:
        return
    if rate_column and len(row) >= 3:
        rate = row[-1]
        rate.achievement_pct = row[-2].achievement_pct = rate.value
        if rate.unit_class in ("count", "other") and rate.unit is None:
            rate.unit_class, rate.unit = "percent", "%"  # "Tỷ lệ (%)" over a bare "106,7": the cell is a share
        row = row[:-1]
    target = row[0].value
    row[0].is_target, row[0].target = True, target
    for f in row[1:]:
        # an average may be fractional where its target was whole ("01" set, "2,6" reached): count and other meet
        if f.unit_class == row[0].unit_class or {f.unit_class, row[0].unit_class} == {"count", "other"}:
            f.is_target, f.target = False, target
