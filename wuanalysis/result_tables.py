"""Tables of targets and results: a row's plan cell is its result's target, and under a rate column its last cell
is their stated achievement. A table flattened to a line per cell ("Chỉ tiêu" / "Kết quả" / "Tỷ lệ") and one kept on
lines with its cells split by tabs or bars ("Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)"), the plan column named by its
giver ("Tỉnh giao", "Đăng ký"), the result column by the thing counted ("Hội viên mới") when the rate is its quotient.
Rules of :func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the lower-cased match form of
the text.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .table_cells import (
    CELL_BREAK, ESTIMATE_HEAD, ROW_NUMBER_HEAD, SET_BY_HEAD, UNIT_HEAD, cell_spans, merge_head_lines,
)
from .table_prose import link_prose_restated_in_rows
from .table_verdicts import excess_in_words, give_verdict_rate, link_verdict_rate

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# The head of a table of targets and results: a "Chỉ tiêu" cell, then a "Kết quả" cell.
_TABLE_HEAD = re.compile(  # starts with a literal "\n" so the engine can skip ahead to line starts
    r"\n[ \t]*(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:giao|đề ra|năm|nhiệm kỳ))?[ \t]*\n\s*"
    r"(?:kết quả|thực hiện)(?:\s+(?:đạt được|thực hiện))?[ \t]*(?=\n|$)"
    r"(\s*\n[ \t]*(?:tỷ lệ|tỉ lệ|% so với|đạt)[^\n]{0,30})?"  # a third column of rates
    r"(\s*\n[ \t]*(?:đánh giá|ghi chú|nhận xét)[ \t]*(?=\n|$))?"  # or of verdicts: "Đạt 124,7%" on its own line
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
    verdicts = head.group(2) is not None and not rate_column
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
        elif verdicts and len(row) >= 2 and not low[last_line_end:line_start].strip() and _ends_its_line(low, f):
            _close_row(row, rate_column)  # "150⇣187⇣Đạt 124,7%": the verdict line after the row's cells
            give_verdict_rate(low, line_start, f, row[0], row[-1])
            row = []
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
_RATE_CELL_AFTER = re.compile(r"(?:kết quả|thực hiện|(?<![^\W_])th(?![^\W_]))[^\n]*[\t|][^\n]*(?:tỷ lệ|tỉ lệ|%|đạt)")


def link_inline_table_targets(low: str, figures: list[Figure]) -> None:
    """The rows of a table whose cells are split by tabs or bars, under a head naming the target then the result
    column: in each row, the first number is the target and the next the result measured against it."""
    if "\t" not in low and "|" not in low:
        return
    for head in _INLINE_HEAD.finditer(low):
        if _YEAR.search(head.group(1)) and _Columns([low[a:b].strip() for a, b in cell_spans(
                low, head.start(1), head.end(1))]).earlier:
            continue  # last year's results beside next year's plan (``link_columned_rows`` reads its columns)
        rate_column = bool(_RATE_CELL_AFTER.search(head.group(1)))
        pos = head.end() + 1
        while pos < len(low):
            nl = low.find("\n", pos)
            end = len(low) if nl == -1 else nl
            line = low[pos:end]
            if not CELL_BREAK.search(line):
                break  # the table ends with the first line without cells
            row = [f for f in figures if pos <= f.num_start < end]
            if all(CELL_BREAK.fullmatch(low, a.end, b.start) for a, b in zip(row, row[1:])):
                _close_row(row, rate_column)  # numbers in cells of their own (not "kết nạp 300 hội viên, …")
            pos = end + 1


def _ends_its_line(low: str, f: Figure) -> bool:
    """Nothing but spaces after the figure on its line ("Đạt 124,7%")."""
    nl = low.find("\n", f.end)
    return not low[f.end:len(low) if nl == -1 else nl].strip()


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


# The columns of a table pasted from Word, named by their head cells: "STT | Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện
# 6 tháng | Tỷ lệ (%)", "TT⇥Nội dung⇥Chỉ tiêu giao⇥Kết quả thực hiện⇥So sánh (%)⇥Ghi chú",
# "STT⇥Chỉ tiêu⇥Nghị quyết⇥Kết quả⇥Đánh giá"
_PLAN_HEAD = re.compile(r"(?:kế hoạch|(?<![^\W_])kh|chỉ tiêu|mục tiêu|nghị quyết|(?<![^\W_])nq)(?![^\W_])")
_RESULT_HEAD = re.compile(r"(?:ước\s+)?(?:kết quả|thực hiện|(?<![^\W_])th(?![^\W_])|lũy kế|luỹ kế)")
_YEAR_HEAD = re.compile(r"(?:năm\s+)?20\d\d")
_RATE_HEAD = re.compile(r"%|tỷ lệ|tỉ lệ|so sánh|so với|^đạt(?![^\W_])|^so\s+(?:kh|kế hoạch|chỉ tiêu)(?![^\W_])")
# a result column named by what was reached: "Đạt được", "Kết quả đạt được" (not "Đạt (%)", a rate)
_REACHED_HEAD = re.compile(r"đạt được(?!.*%)")
# a plan column named by whoever set it or by the pledge: "Tỉnh giao", "Huyện giao", "Thành hội giao", "Đảng ủy xã
# giao", "Đăng ký", "KH đăng ký năm 2026" (not "Số hộ đăng ký", a count of households, nor "Nhà bàn giao", a result)
_GIVEN_HEAD = re.compile(
    r"(?:(?:(?:tỉnh|huyện|xã|phường|quận|thị xã|thành phố|thành|cụm)(?:\s+(?:hội|ủy|đoàn))?|trung ương(?:\s+hội)?"
    r"|cấp trên|đảng ủy(?:\s+(?:xã|phường|thị trấn|đặc khu))?|ubnd(?:\s+(?:xã|phường|huyện|tỉnh))?|được)\s+giao"
    r"|(?:(?:kh|kế hoạch|chỉ tiêu)\s+)?đăng ký)(?:\s+(?:năm|cả năm)(?:\s+20\d\d)?)?")
# a head naming neither plan, result nor rate, but what the column counts ("Hội viên mới", "Hộ thoát nghèo"): a
# result column when its cells over the plan's are the rate (checked row by row)
_COUNTED_HEAD = re.compile(r"[^\W\d_][^\d]{0,39}")
_NOT_COUNTED = re.compile(r"ghi chú|đánh giá|xếp loại|năm|quý|tháng|đơn vị|nội dung|(?<![^\W_])tên(?![^\W_])")
# a column judging the row, its cell the rate in words ("Đánh giá", "Ghi chú", "Mức độ hoàn thành", "Nhận xét"; the
# whole head: "Mức độ hoàn thành (%)" is a rate column)
_VERDICT_HEAD = re.compile(r"(?:kết quả\s+)?(?:đánh giá|nhận xét|ghi chú)|mức độ (?:hoàn thành|đạt)")
_CHANGE_HEAD = re.compile(r"cùng kỳ|năm trước|đầu nhiệm kỳ|so với năm 20\d\d|tăng|giảm")
# a row whose label names a share: "Tỷ lệ chi hội đạt vững mạnh (%)", its bare cells are percentages
_SHARE_LABEL = re.compile(r"\(%\)|^\W*(?:tỷ lệ|tỉ lệ)")


class _Columns:
    """Where a head puts its label, plan, results and rate (indices of its cells; :meth:`found` says whether it is a
    table of plans and results at all)."""

    def __init__(self, heads: list[str]) -> None:
        first = 1 if heads and ROW_NUMBER_HEAD.fullmatch(heads[0]) else 0
        self.label = first
        self.plan: int | None = None
        self.results: list[int] = []
        self.rate: int | None = None
        self.changes: list[int] = []  # rate columns that compare with the past
        self.unit: int | None = None  # "ĐVT", "Đơn vị tính": a row whose unit is "%" holds percentages
        self.earlier: list[int] = []  # last year's results beside next year's plan: no result measured against it
        self.counted: list[int] = []  # heads naming what they count: results only if the rate is their quotient
        self.checked = False  # the result column was told by the rate's quotient (whatever the columns' order)
        self.verdict: int | None = None  # "Đánh giá" over "Đạt 116,3%": the rate in words, when no rate column
        years: list[int] = []  # "Năm 2025", "2025": a year alone, last year's results if the plan's year is later
        for k, head in enumerate(heads[first + 1:], first + 1):
            if UNIT_HEAD.fullmatch(head):
                self.unit = k
            elif _VERDICT_HEAD.fullmatch(head):
                if self.verdict is None:
                    self.verdict = k
            elif _REACHED_HEAD.match(head):
                self.results.append(k)
            elif _RATE_HEAD.search(head):
                if _CHANGE_HEAD.search(head):
                    self.changes.append(k)
                elif self.rate is None:
                    self.rate = k
            elif _RESULT_HEAD.match(head) or ESTIMATE_HEAD.fullmatch(head):
                self.results.append(k)
            elif (_PLAN_HEAD.match(head) or _GIVEN_HEAD.fullmatch(head) or SET_BY_HEAD.fullmatch(head)
                  ) and self.plan is None:
                self.plan = k
            elif _COUNTED_HEAD.fullmatch(head) and not _NOT_COUNTED.search(head):
                self.counted.append(k)
            elif _YEAR_HEAD.fullmatch(head):
                years.append(k)
        if self.plan is not None:
            self.earlier = [k for k in self.results + years if _year_before(heads[k], heads[self.plan])]
            self.results = [k for k in self.results if k not in self.earlier]

    def kind_of(self, k: int) -> str | None:
        """The kind of column ``k``: "plan", "result", "rate", "change" (a rate against the past) or None."""
        if k == self.plan:
            return "plan"
        if k in self.results or k in self.earlier:
            return "result"
        return "rate" if k == self.rate else "change" if k in self.changes else None

    def found(self, heads: list[str]) -> bool:
        """A plan column, a result column and a label cell without digits."""
        return self.plan is not None and bool(self.results or self.earlier) and self._labelled(heads)

    def _labelled(self, heads: list[str]) -> bool:
        label = heads[self.label] if self.label < len(heads) else ""
        return 0 < len(label) <= 40 and not any(ch.isdigit() for ch in label)

    def plan_in_label(self, heads: list[str]) -> bool:
        """No plan column, a result column, and a label column naming the target ("| Chỉ tiêu Nghị quyết | Kết quả
        đạt được | Đánh giá |"): each row's label may state its target as a clause ("Hỗ trợ 1.000 hộ thoát nghèo")."""
        return (self.plan is None and bool(self.results) and not self.earlier and self._labelled(heads)
                and _TARGET_LABEL_HEAD.search(heads[self.label]) is not None)

    def may_count(self, heads: list[str]) -> bool:
        """No result column named as such, but a plan, a rate and columns naming what they count ("Xã/phường⇥Hội
        viên mới⇥Kế hoạch⇥Tỷ lệ"): one of them may be the result, if the rate is its quotient."""
        return (self.plan is not None and self.rate is not None and not self.results and not self.earlier
                and not self.changes and bool(self.counted) and self._labelled(heads))


def link_columned_rows(low: str, figures: list[Figure]) -> None:
    """"| TT | Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện 6 tháng | Tỷ lệ (%) |" then "| 1 | Phát triển hội viên mới |
    800 | 512 | 64 |": each row's plan cell sets its target, each result cell is measured against it, and the rate
    cell (not one against last year's) is the stated achievement of the result before it, read by the column its
    cell is in, whatever the order of the columns and the cells around them (a row number, a label, "Ghi chú")."""
    if "\t" not in low and "|" not in low:
        return
    for head in _CELLED_LINE.finditer(low):
        if len(head.group(0)) > 200 or not _HEAD_WORDS.search(head.group(0)):
            continue
        spans = cell_spans(low, head.start(), head.end())
        heads = [low[a:b].strip() for a, b in spans]
        start = head.end() + 1
        if (second := _second_head_line(low, start, heads)) is not None:
            heads, start = second
        if (pairs := _plan_result_pairs(heads)) is not None:
            _link_paired_rows(low, start, len(heads), pairs, figures)
            continue
        columns = _Columns(heads)
        if columns.found(heads):
            _link_rows(low, start, len(heads), columns, figures)
        elif columns.may_count(heads):
            _link_counted_rows(low, start, len(heads), columns, figures)
        elif columns.plan_in_label(heads):
            _link_stated_plan_rows(low, start, len(heads), columns, figures)
    link_prose_restated_in_rows(low, figures)
    if "/" in low:
        link_plan_over_result_cells(low, figures)


_RULE_LINE = re.compile(r"[ \t|:+=-]*")  # "|---|---|", a Markdown table's rule under its head
_SAME_CELL_SLASH = re.compile(r"[ \t]*/[ \t]*")
_TO_THE_NEXT_CELL = re.compile(r"[^\d/;.,()\n\t|]{0,30}?[ \t]*[\t|][ \t]*")  # "336 hội viên | 112%"


def link_plan_over_result_cells(low: str, figures: list[Figure]) -> None:
    """"| Kết nạp hội viên mới | 300/336 | 112% |" (a cell of "kế hoạch/thực hiện", split in two by the reader when
    the next cell's rate is the second over the first): the plan is the target, the result takes it and the rate,
    the result's quotient over the plan (±0.51)."""
    for g, f, r in zip(figures, figures[1:], figures[2:]):
        if r.unit_class != "percent" or g.unit_class != f.unit_class or g.unit_class not in ("count", "vnd") or (
                not g.value or abs(f.value * 100 / g.value - r.value) > 0.51):
            continue
        if _SAME_CELL_SLASH.fullmatch(low, g.end, f.num_start) and _TO_THE_NEXT_CELL.fullmatch(low, f.end, r.start):
            g.is_target, g.target, g.achievement_pct = True, g.value, None
            f.is_target, f.target, f.achievement_pct = False, g.value, r.value
            r.is_target, r.target, r.achievement_pct = False, None, r.value


def _second_head_line(low: str, start: int, heads: list[str]) -> tuple[list[str], int] | None:
    """"| STT | Nội dung | Kế hoạch năm | Kết quả thực hiện | |" over "| | | | Số lượng | Tỷ lệ (%) |": a head merged
    over two lines, the second naming the columns a merged cell above spans (a line of as many cells, no digit,
    filling a cell left empty above): each column's head is its two cells read together. Returns the heads and where
    the rows start (None when the line under the head is no second head line)."""
    nl = low.find("\n", start)
    end = len(low) if nl == -1 else nl
    line = low[start:end]
    if (start >= end or any(ch.isdigit() for ch in line) or CELL_BREAK.search(line) is None
            or _RULE_LINE.fullmatch(line)):
        return None  # (a tab line's empty cells are read one by one: "⇥⇥⇥Số lượng⇥So KH (%)")
    under = [c.strip() for c in line.split("\t")] if "|" not in line else [
        low[a:b].strip() for a, b in cell_spans(low, start, end)]
    merged = merge_head_lines(heads, under, _names_a_column)
    return None if merged is None else (merged, end + 1)


def _plan_result_pairs(heads: list[str]) -> list[tuple[int, int, int | None]] | None:
    """"| Nội dung | KH 2024 | TH 2024 | KH 2025 | TH 2025 |", "Năm 2024 | | Năm 2025 | " over "KH | TH | KH | TH": two
    periods side by side, each plan column followed by its result column (and perhaps its rate): the (plan, result,
    rate) columns of each, or None when the head has fewer than two plans or a plan without its result."""
    label = 1 if heads and ROW_NUMBER_HEAD.fullmatch(heads[0]) else 0
    pairs: list[tuple[int, int, int | None]] = []
    plan = None
    for k, head in enumerate(heads[label + 1:], label + 1):
        kind = _Columns([heads[label] or "nội dung", head]).kind_of(1)
        if kind == "plan":
            if plan is not None:
                return None  # a plan without its result
            plan = k
        elif kind == "result" and plan is not None:
            pairs.append((plan, k, None))
            plan = None
        elif kind == "rate" and pairs and pairs[-1][2] is None and plan is None:
            pairs[-1] = (pairs[-1][0], pairs[-1][1], k)
        elif kind in ("result", "rate", "change"):
            return None
    return pairs if len(pairs) >= 2 and plan is None else None


def _link_paired_rows(low: str, pos: int, width: int, pairs: list[tuple[int, int, int | None]],
                      figures: list[Figure]) -> None:
    """The rows under two periods' plans and results side by side: each result is measured against its own period's
    plan, and its rate cell (when the result over the plan gives it, ±1) is its achievement."""
    for spans, row in _rows(low, pos, width, max(r for _p, r, _k in pairs), figures):
        for p, r, k in pairs:
            plan, result, rate = (_cell_figure(spans, row, j) for j in (p, r, k))
            if plan is None:
                continue
            plan.is_target, plan.target, plan.achievement_pct = True, plan.value, None
            if result is None or not (result.unit_class == plan.unit_class
                                      or {result.unit_class, plan.unit_class} == {"count", "other"}):
                continue
            result.is_target, result.target = False, plan.value
            if rate is not None and k is not None:
                _as_percent(rate, spans[k][1])
                rate.is_target, rate.target, rate.achievement_pct = False, None, rate.value
                if plan.value and abs(result.value * 100 / plan.value - rate.value) <= 1.0:
                    result.achievement_pct = rate.value


def _names_a_column(head: str) -> bool:
    """A head cell naming its column's kind: plan, result, rate or unit ("KH", "Thực hiện", "Tỷ lệ (%)", "ĐVT")."""
    return bool(UNIT_HEAD.fullmatch(head) or _REACHED_HEAD.match(head) or _RATE_HEAD.search(head)
                or _RESULT_HEAD.match(head) or _PLAN_HEAD.match(head) or _GIVEN_HEAD.fullmatch(head)
                or SET_BY_HEAD.fullmatch(head))


# a head line that may name a result column or a plan column ("Thực hiện", "Đạt được"; "Tỉnh giao", "Kế hoạch")
_HEAD_WORDS = re.compile(r"kết quả|thực hiện|(?<![^\W_])th(?![^\W_])|lũy kế|luỹ kế|đạt được|giao|đăng ký|kế hoạch"
                         r"|(?<![^\W_])kh(?![^\W_])|chỉ tiêu|mục tiêu|nghị quyết|(?<![^\W_])nq(?![^\W_])|đề ra")


def _link_counted_rows(low: str, pos: int, width: int, columns: _Columns, figures: list[Figure]) -> None:
    """"Xã/phường⇥Hội viên mới⇥Kế hoạch⇥Tỷ lệ" over "Phường Vinh Phú⇥312⇥280⇥111,4%": the one column whose cells over
    the plan's give the rate cell (±0.6) in every row holding the three is the result column (not "Hội viên⇥Kế
    hoạch kết nạp⇥Tỷ lệ tập hợp (%)", a share of members)."""
    rows = _rows(low, pos, width, max([columns.plan or 0, columns.rate or 0]), figures)
    plan, rate = columns.plan or 0, columns.rate or 0
    fits = []
    for k in columns.counted:
        checked = 0
        for spans, row in rows:
            p, r, f = (_cell_figure(spans, row, j) for j in (plan, rate, k))
            if p is None or r is None or f is None or not p.value:
                continue
            if abs(f.value * 100 / p.value - r.value) > 0.6:
                break
            checked += 1
        else:
            if checked:
                fits.append(k)
    if len(fits) != 1:
        return
    columns.results, columns.checked = fits, True
    for spans, row in rows:
        if fits[0] < len(spans):
            _link_row(low, spans, columns, row)


# a label column naming the target its rows state: "Chỉ tiêu Nghị quyết", "Mục tiêu nhiệm kỳ", "Chỉ tiêu Đại hội",
# "Nội dung chỉ tiêu" (not "Nội dung", the work done)
_TARGET_LABEL_HEAD = re.compile(r"^(?:các\s+|nội dung\s+|tên\s+)?(?:chỉ tiêu|mục tiêu)(?![^\W_])")


def _link_stated_plan_rows(low: str, pos: int, width: int, columns: _Columns, figures: list[Figure]) -> None:
    """"| Chỉ tiêu Nghị quyết | Kết quả đạt được | Đánh giá |" over "| Hỗ trợ 1.000 hộ thoát nghèo | 1.262 hộ | Đạt
    126,2% |": the figure alone in the row's label is its target, the result cell is measured against it and the
    verdict gives its rate (a label of two figures, or a result of another class or far from the plan, is left)."""
    columns.plan = columns.label
    for spans, row in _rows(low, pos, width, max(columns.results), figures):
        plan = _cell_figure(spans, row, columns.label)
        result = next((f for k in columns.results if (f := _cell_figure(spans, row, k)) is not None), None)
        if plan is None or result is None or not plan.value or not (
                result.unit_class == plan.unit_class or {result.unit_class, plan.unit_class} == {"count", "other"}):
            continue
        if 0.2 <= result.value / plan.value <= 5:  # (a result of the stated plan, not of another thing counted)
            _link_row(low, spans, columns, row)


_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _year_before(result_head: str, plan_head: str) -> bool:
    """"Thực hiện năm 2025" beside "Kế hoạch năm 2026": the result column is of an earlier year than the plan's."""
    done, plan = _YEAR.search(result_head), _YEAR.search(plan_head)
    return done is not None and plan is not None and done.group() < plan.group()


_CELLED_LINE = re.compile(r"^[^\n\t|]*[\t|][^\n]*", re.MULTILINE)


def _link_rows(low: str, pos: int, width: int, columns: _Columns, figures: list[Figure]) -> None:
    """The rows from ``pos`` up to the first line without cells; a row with more cells than its head, or too few to
    reach its plan and result cells, is left alone."""
    for spans, row in _rows(low, pos, width, max([columns.plan or 0, *columns.results]), figures):
        _link_row(low, spans, columns, row)


def _rows(low: str, pos: int, width: int, needed: int, figures: list[Figure]
          ) -> list[tuple[list[tuple[int, int]], list[Figure]]]:
    """The cells and figures of the rows from ``pos`` up to the first line without cells that reach cell ``needed``
    and have no more cells than the head's ``width``."""
    starts = [f.num_start for f in figures]  # in text order: a row's figures are found by bisection
    rows = []
    while pos < len(low):
        nl = low.find("\n", pos)
        end = len(low) if nl == -1 else nl
        if CELL_BREAK.search(low, pos, end) is None:
            break
        spans = cell_spans(low, pos, end)
        if needed < len(spans) <= width:
            rows.append((spans, figures[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, end)]))
        pos = end + 1
    return rows


def _cell_figure(spans: list[tuple[int, int]], row: list[Figure], k: int | None) -> Figure | None:
    """The figure alone in cell ``k`` of a row (None if the cell holds none or several)."""
    if k is None or k >= len(spans):
        return None
    inside = [f for f in row if spans[k][0] <= f.num_start < spans[k][1]]
    return inside[0] if len(inside) == 1 else None


def _link_row(low: str, spans: list[tuple[int, int]], columns: _Columns, row: list[Figure]) -> None:
    """One row: the figure alone in each cell of the plan, result and rate columns (a row whose label names a share,
    "Tỷ lệ chi hội đạt vững mạnh (%)", or whose unit cell is "%", has percentages in its plan and result cells)."""
    def cell(k: int | None) -> Figure | None:
        return _cell_figure(spans, row, k)

    def cell_end(f: Figure) -> int:
        return next(b for a, b in spans if a <= f.num_start < b)

    plan = cell(columns.plan)
    if plan is None:
        return
    share = bool(_SHARE_LABEL.search(low[spans[columns.label][0]:spans[columns.label][1]])) or (
        columns.unit is not None and columns.unit < len(spans)
        and low[spans[columns.unit][0]:spans[columns.unit][1]].strip() == "%")
    results = [(k, f) for k in columns.results if (f := cell(k)) is not None]
    if share:
        for f in (plan, *(f for _k, f in results)):
            _as_percent(f, cell_end(f))
    plan.is_target, plan.target = True, plan.value
    for _k, f in results:
        if f.unit_class == plan.unit_class or {f.unit_class, plan.unit_class} == {"count", "other"}:
            f.is_target, f.target = False, plan.value
    rate = cell(columns.rate)
    if rate is not None:
        _as_percent(rate, cell_end(rate))
    if rate is not None and rate.unit_class != "percent":
        rate = None  # "| So với NQ |" over "Vượt 450 hội viên": an excess counted in the result's own unit
    if rate is not None:
        rate.is_target, rate.target = False, None  # a rate cell is no result measured against the plan
        value = rate.value
        if results and (excess := excess_in_words(low, spans[columns.rate or 0][0], rate, plan, results[-1][1])):
            value = excess  # "| So với KH |" over "Vượt 24,7%": the excess over the plan, 124,7
        rate.achievement_pct = value
        before = [f for k, f in results if k < (columns.rate or 0) or columns.checked]
        if not before:  # "| Đơn vị | %KH | Tỉnh giao | Thực hiện |": the rate before the result it is the quotient of
            before = [f for _k, f in results if plan.value and abs(f.value * 100 / plan.value - value) <= 0.6]
        if before:
            before[-1].achievement_pct = value
    elif columns.verdict is not None and columns.verdict < len(spans) and results:
        link_verdict_rate(low, spans[columns.verdict], plan, results[-1][1], row)
    for k in columns.changes:  # "So với cùng kỳ (%)": no achievement on its cell, nor from it on the row's result
        change = cell(k)
        if change is not None:
            _as_percent(change, cell_end(change))
            change.achievement_pct = None
            change.is_target, change.target = False, None  # (an earlier rule read the row's cells in order)
            if rate is None:
                for _k, f in results:
                    f.achievement_pct = None


def _as_percent(f: Figure, cell_end: int) -> None:
    """A bare number under a "(%)" head or label is a percentage ("Tỷ lệ (%)" over "106,7"; a unit read from the next
    cell, "76,5⇥Vượt", is no unit of its own)."""
    if f.unit_class in ("count", "other") and (f.unit is None or f.end > cell_end):
        f.unit_class, f.unit = "percent", "%"
