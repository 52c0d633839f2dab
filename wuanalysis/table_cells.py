"""Percent cells of a table pasted from Word: a bare number alone in its cell under a head cell naming a share ("Tỷ lệ
tập hợp (%)", "%", "Tỷ lệ"), or in a row whose label names one ("Tỷ lệ hộ nghèo (%)"), is a percentage, whatever the
other columns are (a table of units and their shares, of two years side by side). The reader calls
:func:`mark_percent_cells` before the rates and targets are decided; a table of plans and results is read further by
:mod:`wuanalysis.result_tables`. A bare number after its row's unit cell ("ĐVT", "Đơn vị tính": "Tỷ đồng", "Triệu
đồng", "Tr.đồng") or a label naming money in brackets ("Nguồn vốn ủy thác (tỷ đồng)") is a VND value (SCHEMA), in any
such table too (plans and results, plans only). Patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .quantities import SCALES
from .units import read_unit

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure

CELL_BREAK = re.compile(r"[ \t]*[\t|][ \t]*")  # a cell border: a tab or a bar (result_tables, target_tables)
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
    return [c.strip() for c in CELL_BREAK.split(stripped)]


def cell_spans(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a line's cells split by tabs or bars; a bar opening or closing the line is the table's border."""
    spans, pos = [], start
    for brk in CELL_BREAK.finditer(low, start, end):
        spans.append((pos, brk.start()))
        pos = brk.end()
    spans.append((pos, end))
    line = low[start:end].strip(" ")
    if line.startswith("|") and spans[0][0] == spans[0][1]:
        spans = spans[1:]
    if line.endswith("|") and spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans


def _head_of(low: str, line_start: int) -> list[str] | None:
    """The cells of the first line of the block of celled lines the line at ``line_start`` belongs to (None when the
    line is that first line)."""
    head = under = None
    pos = line_start
    for _ in range(_MAX_ROWS):
        if pos == 0:
            break
        prev_start = low.rfind("\n", 0, pos - 1) + 1
        line = low[prev_start:pos - 1]
        if "\t" not in line and "|" not in line:
            break
        if not _RULE_LINE.fullmatch(line):
            head, under = line, head
        pos = prev_start
    if head is None:
        return None
    return _merged_head(_cells(head), under) if under is not None else _cells(head)


def _merged_head(top: list[str], under: str) -> list[str]:
    """"| TT | Xã | Hội viên | |" over "| | | Số lượng | Tỷ lệ tập hợp (%) |": a head merged over two lines (the top
    line's cells alone when the second is no head line, :func:`merge_head_lines`)."""
    if any(ch.isdigit() for ch in under):
        return top
    below = [c.strip() for c in under.split("\t")] if "|" not in under else _cells(under)
    merged = merge_head_lines(top, below, lambda head: bool(_SHARE_HEAD.search(head)))
    return top if merged is None else merged


def merge_head_lines(top: list[str], below: list[str], names_a_column: Callable[[str], bool]) -> list[str] | None:
    """A head merged over two lines: the second (as many cells) fills a cell left empty above; a merged cell above
    spans the empty cells after it ("Kết quả thực hiện | " over "Số lượng | Tỷ lệ (%)", "Năm 2025 | | " over "KH | TH
    | %"), and each column's head is its two cells read together, the lower first when it names the column itself
    ("KH năm 2025", "Tỷ lệ (%) kết quả thực hiện"; "Kết quả thực hiện số lượng"). None when the second line fills
    no empty cell."""
    if len(below) != len(top) or not any(not t and b for t, b in zip(top, below)):
        return None
    merged, span = [], ""
    for t, b in zip(top, below):
        span = t or (span if b else "")
        if not b:
            merged.append(span)
        elif names_a_column(b):
            merged.append(f"{b} {span}".strip())
        else:
            merged.append(f"{span} {b}".strip())
    return merged


def mark_percent_cells(low: str, figures: list[Figure]) -> list[tuple[Figure, str]]:
    """A bare count (or a fraction read as "other") alone in a table cell becomes a percentage under a share's head
    cell or in a row labelled as a share ("| TT | Đơn vị | Số hội viên | Tỷ lệ tập hợp (%) |" over "| 1 | Xã Tân
    Phú | 1.250 | 78,5 |"; "Tỷ lệ hộ nghèo (%)⇥4,2⇥3,1"); not a cell with its own unit ("45 hộ") nor a ratio.
    Otherwise its row's unit cell or its label's bracketed money unit gives its unit (:func:`_unit_of_the_row`).
    Returns the bare counts with the noun of their row's unit cell ("Hộ", "Mô hình"), for the reader to lend once the
    rates and targets are decided."""
    heads_at: dict[int, list[str] | None] = {}
    nouns: list[tuple[Figure, str]] = []
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
        k = len(CELL_BREAK.findall(before[1:] if before.startswith("|") else before))
        if k >= len(cells) or cells[k] != low[f.num_start:f.num_end]:
            whole = k < len(cells) and cells[k] == low[f.start:f.end].strip()
            if whole and f.unit in (None, "tr", "tr."):
                if line_start not in heads_at:
                    heads_at[line_start] = _head_of(low, line_start)
                _money_in_scale_words(low, f, cells, k, heads_at[line_start])
            if not (whole and f.unit is None and f.end == f.num_end):
                continue  # not alone in its cell ("không quá 0,5": a bound and its number are)
        share = any(_SHARE_LABEL.search(c) for c in cells[:k] if not c.isdigit())
        heads = None
        if not share:
            if line_start not in heads_at:
                heads_at[line_start] = _head_of(low, line_start)
            heads = heads_at[line_start]
            if heads is not None and len(heads) != len(cells):
                cells = _with_empty_last_cell(line, cells, len(heads))
                heads = heads if len(heads) == len(cells) else None
            share = heads is not None and bool(_SHARE_HEAD.search(heads[k]))
        if share:
            f.unit_class, f.unit = "percent", "%"
            f.end = f.num_end  # "76,5⇥Vượt": the next cell's word is no unit of its own
        elif f.unit is None and (heads is None or not _NOT_VALUE_HEAD.search(heads[k])) and (
                noun := _unit_of_the_row(f, cells, k, heads)):
            nouns.append((f, noun))
    return nouns


def _with_empty_last_cell(line: str, cells: list[str], width: int) -> list[str]:
    """"2 | Hộ thoát nghèo | hộ | 5 |" under a head of five cells: a bar closing a line that opens without one ends
    a last cell left empty ("Ghi chú"), not the table's border."""
    stripped = line.strip(" ")
    if len(cells) + 1 == width and stripped.endswith("|") and not stripped.startswith("|"):
        return [*cells, ""]
    return cells


# a cell of a number and a scale word only: "500 triệu", "1,2 nghìn", "30 tr"
_SCALE_ONLY = re.compile(r"\s*(triệu|nghìn|ngàn|tr\.?)")
# a row or column naming money: "Vận động quỹ an sinh xã hội", "Vốn vay ủy thác", "Kinh phí hỗ trợ", "Tiền mặt"
_MONEY_LABEL = re.compile(
    r"(?<![^\W_])(?:quỹ|vốn|dư nợ|kinh phí|tiền|ủng hộ|trị giá|giá trị|doanh thu|thu nhập|ngân sách|tài trợ"
    r"|quyên góp|tiết kiệm|đóng góp|chi phí|giải ngân)(?![^\W_])")
# a row counting people, not money: "Hội viên được tiếp cận quỹ", "Số lượt hộ vay vốn", "Phụ nữ tham gia tiết kiệm"
_PEOPLE_LABEL = re.compile(
    r"\W*(?:\d+\W*)?(?:tổng\s+)?(?:số\s+)?(?:lượt\s+)?(?:hội viên|phụ nữ|người|thành viên|hộ|lượt)(?![^\W_])")
# a cell in đồng beside it: "700 triệu đồng", "1,2 tỷ", "45.000.000đ"
_MONEY_CELL = re.compile(r"[\d.,]+\s*(?:(?:tỷ|tỉ)(?:\s*(?:đồng|đ|vnđ))?|(?:triệu|tr\.?|nghìn|ngàn)?\s*(?:đồng|đ|vnđ))")


def _money_in_scale_words(low: str, f: Figure, cells: list[str], k: int, heads: list[str] | None) -> None:
    """"| Vận động quỹ an sinh xã hội | 500 triệu | 648 triệu |": a number with a scale word only ("triệu", "tr")
    in a row whose label names money, under a column labelled in money ("Kinh phí (triệu đồng)") or beside a cell
    in đồng is a VND value (not in a row counting people, "Hội viên được tiếp cận quỹ", "2,1 triệu hội viên")."""
    scale = _SCALE_ONLY.fullmatch(low, f.num_end, f.end)
    head = heads[k] if heads is not None and len(heads) == len(cells) else ""
    if scale is None or f.unit_class != "count" or _NOT_VALUE_HEAD.search(head):
        return
    labels = [c for c in cells[:k] if c and not c.isdigit()]
    if any(_PEOPLE_LABEL.match(c) for c in labels):
        return
    if not (_LABEL_MONEY.search(head) or _MONEY_LABEL.search(head) or any(_MONEY_LABEL.search(c) for c in labels)
            or any(_MONEY_CELL.fullmatch(c) for j, c in enumerate(cells) if j != k)):
        return
    if scale.group(1).startswith("tr") and scale.group(1) != "triệu":
        f.value, f.scale = f.value * 1e6, 1e6  # "30 tr": the table's short "triệu"
    f.unit_class, f.unit = "vnd", "VND"


# A row's unit: the cell under "ĐVT" / "Đơn vị tính", or a label's brackets "Nguồn vốn ủy thác (tỷ đồng)"
UNIT_HEAD = re.compile(r"đvt|đơn vị tính|đơn vị đo")  # (not "Đơn vị": a column of units of the union)
# a result column naming a year's estimate: "Năm 2025 (ước)", "2025 (ước thực hiện)", "Ước năm 2025", "Ước 2025", "Ước
# tính cả năm 2025" (beside next year's plan, last year's results) (result_tables, target_tables)
ESTIMATE_HEAD = re.compile(r"(?:(?:cả\s+)?năm\s+)?20\d\d\s*\(\s*ước[^()]{0,20}\)"
                           r"|ước\s+(?:tính\s+|đạt\s+)?(?:cả\s+)?(?:năm\s+)?20\d\d")
# a head's row-number column: "TT", "STT", "Số TT", "Số thứ tự" (result_tables and target_tables read it too)
ROW_NUMBER_HEAD = re.compile(r"s?tt|số tt|số thứ tự")
# a plan column named by the term, congress or period that set it: "Nhiệm kỳ 2020-2025 đề ra", "Đại hội XII đề ra",
# "Giai đoạn 2021-2025 đề ra" (not "Số mô hình đề ra", a count of things set up) (result_tables, target_tables)
SET_BY_HEAD = re.compile(
    r"(?:nhiệm kỳ|giai đoạn|đại hội|chương trình|đề án|năm)(?![^\W_])[^\t|]{0,30}?\s+đề ra")


def bare_unit_column(heads: list[str]) -> int | None:
    """A column headed bare "Đơn vị" after the label column ("TT | Chỉ tiêu | Đơn vị | Đến năm 2030"): a unit column
    when its row's cell is a unit word (:func:`is_unit_cell`); not "Đơn vị" as the label, a column of the union's
    units ("TT | Đơn vị | Kết nạp")."""
    label = 1 if heads and ROW_NUMBER_HEAD.fullmatch(heads[0]) else 0
    return next((j for j, h in enumerate(heads) if h == "đơn vị" and j > label), None)


def is_unit_cell(cell: str) -> bool:
    """A cell holding a unit word only ("hội viên", "hộ", "%", "tỷ đồng"), not a place or a unit of the union ("Xã
    An Bình", "Chi hội 3")."""
    if cell == "%":
        return True
    if not cell or len(cell) > 24 or any(ch.isdigit() for ch in cell):
        return False
    read = read_unit("1 " + cell, 1)
    return read is not None and read.end == len(cell) + 2


_MONEY_UNIT = re.compile(r"(tỷ|tỉ|triệu|tr\.?|nghìn|ngàn)?\s*(?:đồng|đ|vnđ|vnd)\.?")
_SCALES = {**SCALES, "tr": 1e6, "tr.": 1e6}  # the grammar's scale words and a table's "Tr.đồng"
_LABEL_MONEY = re.compile(r"\((?:đvt:?\s*)?((?:tỷ|tỉ|triệu|tr\.?|nghìn|ngàn)\s*(?:đồng|đ|vnđ))\)")
# columns whose cells are no value of the row's unit: rates, changes, notes, the unit itself
_NOT_VALUE_HEAD = re.compile(
    r"%|tỷ lệ|tỉ lệ|so sánh|so với|^đạt(?![^\W_])|cùng kỳ|ghi chú|đánh giá|^đvt|^đơn vị (?:tính|đo)")


def _unit_of_the_row(f: Figure, cells: list[str], k: int, heads: list[str] | None) -> str | None:
    """A bare number in cell ``k`` after its row's unit cell (under a unit head) or after a label naming money in
    brackets: "Tỷ đồng" / "(triệu đồng)" make it a VND value (SCHEMA), "Tr.đồng" too; a measure ("ha", "tấn", "km")
    its area, mass or length. A count's noun ("Hộ", "Mô hình") is returned, not set."""
    unit = None
    if heads is not None:
        col = next((j for j, h in enumerate(heads) if UNIT_HEAD.fullmatch(h)), None)
        if col is not None and col < k:
            unit = cells[col]
        elif (col := bare_unit_column(heads)) is not None and col < k and is_unit_cell(cells[col]):
            unit = cells[col]  # "TT⇥Chỉ tiêu⇥Đơn vị⇥Đến năm 2030" over "2⇥Tỷ lệ tập hợp⇥%⇥90"
    if unit is None:
        for c in cells[:k]:
            hit = _LABEL_MONEY.search(c)
            if hit:
                unit = hit.group(1)
    if unit is None and heads is not None:
        unit = _unit_of_the_column(heads[k])
    if not unit:
        return None
    if unit == "%":  # "| Chi hội xếp loại khá | % | 90 |": the row's cells are percentages
        f.unit_class, f.unit = "percent", "%"
        return None
    money = _MONEY_UNIT.fullmatch(unit)
    if money:
        scale = _SCALES.get(money.group(1) or "", 1.0)
        f.value, f.scale, f.unit_class, f.unit = f.value * scale, scale, "vnd", "VND"
        return None
    if len(unit) > 24 or not (read := read_unit("1 " + unit, 1)) or read.end != len(unit) + 2 or read.scale != 1.0:
        return None  # a cell of more than a unit ("Hộ (lũy kế)"), or a scale word
    if read.unit_class in ("area", "mass", "other"):
        f.unit_class, f.unit = read.unit_class, read.unit  # "ha", "tấn", "km"
    # a count's unit cell, "Trẻ", "Hộ", is lent only after the rates and targets are decided: a noun on the cell
    # would let the rules that link a result to a target by its noun give "Kết quả, … nhận đỡ đầu 463 trẻ em …, bằng
    # 115% kỳ trước" below the table its plan
    return read.unit if read.unit_class == "count" else None


# a unit in a column's head: "Giá trị (triệu đồng)", "Số hộ (hộ)", "Diện tích (ha)", "Kinh phí (ĐVT: tỷ đồng)"
_HEAD_UNIT = re.compile(r"[^()]*\(\s*(?:đvt:?\s*)?([^()\d]{1,20}?)\s*\)")


def _unit_of_the_column(head: str) -> str | None:
    """The unit a value column's own head names in brackets ("Giá trị (triệu đồng)", "Kinh phí (tỷ đồng)", "Số hộ
    (hộ)"): its bare cells are in that unit (only the value's own column: the next column's unit is not its)."""
    hit = _HEAD_UNIT.fullmatch(head)
    return hit.group(1) if hit else None
