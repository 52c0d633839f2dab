"""Targets in tables whose every value column sets them, and a result pair's targets in brackets: a congress's table
of targets flattened to lines with its cells split by bars or tabs ("Chỉ tiêu | Mục tiêu đến năm 2030" then "Kết nạp
hội viên mới | 3.000 hội viên") or a plan's table sharing its targets out under a title that says so ("III. PHÂN BỔ
CHỈ TIÊU …" over "TT | Đơn vị | Kết nạp hội viên"), and two results followed by their two targets in one bracket,
respectively ("thành lập 45 tổ hợp tác và 9 hợp tác xã (chỉ tiêu 40 tổ hợp tác và 8 hợp tác xã)", "…, vượt kế hoạch
đề ra (60 HTX, 180 THT)"). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .table_cells import (
    CELL_BREAK, ESTIMATE_HEAD, ROW_NUMBER_HEAD, SET_BY_HEAD, UNIT_HEAD, cell_spans, is_unit_cell,
)
from .target_cues import same_noun

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# the scope a plan's column gives its targets: "toàn xã", "cả huyện", "mỗi chi hội", "từng cơ sở Hội", "mỗi tổ phụ nữ"
_SCOPE = (r"(?:toàn|cả|mỗi|từng)\s+(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố|chi hội"
          r"|cơ sở(?:\s+hội)?|tổ(?:\s+(?:hội|phụ nữ))?|đơn vị)")
# a column that sets targets: "Mục tiêu đến năm 2030", "Chỉ tiêu", "Kế hoạch năm 2026", "Chỉ tiêu nhiệm kỳ 2025-2030",
# "Mục tiêu đến 2030", "Chỉ tiêu toàn xã", "Chỉ tiêu mỗi chi hội"
_TARGET_COLUMN = re.compile(
    r"(?:mục tiêu|chỉ tiêu|kế hoạch|kh)(?:\s+(?:giao|được giao|đề ra|phấn đấu|cụ thể|chủ yếu"
    r"|(?:đến\s+)?(?:hết\s+)?(?:năm|cuối năm)(?:\s+20\d\d)?|(?:cả\s+)?nhiệm kỳ(?:\s+20\d\d\s*[-–]\s*20\d\d)?"
    rf"|giai đoạn\s+20\d\d\s*[-–]\s*20\d\d|(?:(?:đến|tới)\s+(?:hết\s+)?)?20\d\d|{_SCOPE}))*"
    r"(?:\s*\([^()\n]{0,20}\))?")
# a column naming only the scope, beside a target column: "Chỉ tiêu toàn phường | Mỗi tổ phụ nữ"
_SCOPE_COLUMN = re.compile(_SCOPE)
# the label column first: "Chỉ tiêu", "Nội dung", "Nhiệm vụ trọng tâm", after an optional "STT" column
_RESULT_WORDS = re.compile(r"kết quả|thực hiện|đạt|ước|so với|tỷ lệ %|ghi chú|đánh giá")


# a column naming when, under a label that names targets: "Nội dung chỉ tiêu⇥Đến năm 2030", "Mục tiêu | Đến cuối
# nhiệm kỳ" (a congress's table; "Nội dung⇥Đến năm 2025" names no target)
_WHEN_COLUMN = re.compile(
    r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:(?:năm\s+)?20\d\d|nhiệm kỳ(?:\s+20\d\d\s*[-–]\s*20\d\d)?)")
_TARGET_LABEL = re.compile(r"chỉ tiêu|mục tiêu")


def _target_head(low: str, start: int, end: int) -> bool:
    """A table head whose label column comes first and every other column sets targets: "Chỉ tiêu | Mục tiêu đến năm
    2030", "STT | Chỉ tiêu | Mục tiêu năm 2026", "Nội dung\tChỉ tiêu", "Nội dung chỉ tiêu\tĐến năm 2030", a unit
    column after the label ("TT | Nội dung chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026"), a scope column beside a
    target column ("Nội dung | Chỉ tiêu toàn phường | Mỗi tổ phụ nữ"), a column named by who set it ("Đại hội XIII đề
    ra") (not "Nội dung | Năm 2024 | Năm 2025", years
    compared, nor "Chỉ tiêu | Kết quả", nor "Nội dung | Toàn xã | Mỗi chi hội", no target named)."""
    cells = [low[a:b].strip() for a, b in cell_spans(low, start, end)]
    numbered = bool(cells) and ROW_NUMBER_HEAD.fullmatch(cells[0]) is not None
    if numbered:
        cells = cells[1:]
    while len(cells) > 2 and _NOTE_HEAD.fullmatch(cells[-1]):  # "… | Kế hoạch 2026 | Ghi chú": notes, no target
        cells = cells[:-1]
    if len(cells) > 2 and (UNIT_HEAD.fullmatch(cells[1]) or cells[1] == "đơn vị" and _units_below(
            low, end, 2 if numbered else 1)):  # "Đơn vị tính", "ĐVT", "Đơn vị" over "hội viên": no figures
        cells = cells[:1] + cells[2:]
    if len(cells) < 2 or len(cells[0]) > 40 or any(ch.isdigit() for ch in cells[0]):
        return False
    named = _TARGET_LABEL.search(cells[0]) is not None
    if not all(_sets_targets(c, named) for c in cells[1:]) and not (
            named and any(_PERIOD_COLUMN.fullmatch(c) for c in cells[1:])
            and all(_sets_targets(c, named) or _PERIOD_COLUMN.fullmatch(c) for c in cells[1:])
            and _periods_set_targets(low, start, cells[1:])):
        return False
    return any(not _SCOPE_COLUMN.fullmatch(c) for c in cells[1:])  # a scope only beside a target column


def _sets_targets(c: str, named: bool) -> bool:
    """A head cell naming a column of targets (by the word, by when under a target label, by scope or by giver)."""
    return bool(_TARGET_COLUMN.fullmatch(c) or named and _WHEN_COLUMN.fullmatch(c) or _SCOPE_COLUMN.fullmatch(c)
                or SET_BY_HEAD.fullmatch(c)) and not _RESULT_WORDS.search(c)


def _units_below(low: str, head_end: int, col: int) -> bool:
    """The cells of column ``col`` in the rows under a head are unit words ("hội viên", "%", "hộ"): a bare "Đơn
    vị" column of units, not of places."""
    rows, _end = _table_rows(low, head_end + 1)
    units = []
    for s, e in rows:
        spans = cell_spans(low, s, e)
        if col < len(spans):
            units.append(low[spans[col][0]:spans[col][1]].strip())
    return bool(units) and all(is_unit_cell(u) for u in units)


# a value column named by a period only: "Năm 2026", "Nhiệm kỳ 2025 - 2030", "Giai đoạn 2026-2030", "2027"
_PERIOD_COLUMN = re.compile(
    r"(?:(?:cả\s+)?(?:năm|nhiệm kỳ|giai đoạn)\s+)?(20\d\d)(?:\s*[-–]\s*(20\d\d))?")
# the line over a table giving its targets: "… Ban Thường vụ giao chỉ tiêu năm 2026 như sau:", "… giao các chỉ tiêu
# sau:", "Đại hội đề ra các chỉ tiêu như sau:", "… các chỉ tiêu được giao:" (not "Một số chỉ tiêu cụ thể như sau:",
# which may open results)
_GIVING_LINE = re.compile(
    r"(?:(?:giao|đề ra|phấn đấu|đăng ký|thống nhất)\s+(?:các\s+|những\s+)?(?:chỉ tiêu|mục tiêu)"
    r"|(?:chỉ tiêu|mục tiêu)[^:\n]{0,40}?(?:giao|đề ra))[^:\n]{0,60}:\s*$")
# or a heading naming them, with no result word: "2. Chỉ tiêu nhiệm kỳ 2025 - 2030", "Các mục tiêu năm 2027"
_TARGETS_HEADING = re.compile(r"\W*(?:[\divxl]+\s*[.)/]\s*)?(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?![^\W_])[^:\n]{0,60}:?")
# a plan's title line: "KẾ HOẠCH" on its own line near the top
_PLAN_TITLE = re.compile(r"(?:^|\n)[ \t]*kế hoạch[ \t]*\n")
# the document's date: "…, ngày 22 tháng 12 năm 2025", "ngày 5/1/2026"
_DATE_YEAR = re.compile(r"ngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*|[/.-]\s*\d{1,2}\s*[/.-]\s*)(20\d\d)")


def _periods_set_targets(low: str, start: int, cells: list[str]) -> bool:
    """Value columns named by a period ("Nhiệm kỳ 2025 - 2030 | Năm 2026") set targets under a line giving them
    ("… giao chỉ tiêu năm 2026 như sau:", "2. Chỉ tiêu nhiệm kỳ 2025 - 2030") or in a plan ("KẾ HOẠCH" over a title
    naming no results), when no period ends before the document's year (not "Năm 2024 | Năm 2025" of a review)."""
    title_end = start
    while title_end > 0 and low[title_end - 1].isspace():
        title_end -= 1
    title = low[low.rfind("\n", 0, title_end) + 1:title_end].strip()
    if "\t" in title or "|" in title:
        return False
    clause = title[max(title.rfind(","), title.rfind(";"), title.rfind(")")) + 1:]  # (not "căn cứ kết quả …, giao")
    reviews = _REVIEW_WORDS.search(clause) is not None
    given = not reviews and (_GIVING_LINE.search(clause) is not None or _TARGETS_HEADING.fullmatch(title) is not None)
    if not given and (reviews or not _PLAN_TITLE.search(low, 0, min(start, 800))):
        return False
    dated = _DATE_YEAR.search(low, 0, min(start, 800))
    if dated is None:
        return given
    year = dated.group(1)
    return all((hit.group(2) or hit.group(1)) >= year for c in cells if (hit := _PERIOD_COLUMN.fullmatch(c)))


def mark_target_tables(low: str, figures: list[Figure]) -> None:
    """The rows of a table whose head names the target in every value column: each figure after the row's label cell
    sets a target, up to the first line without cells."""
    if "\t" not in low and "|" not in low:
        return
    table_end = 0
    for head in _CELLED_LINE.finditer(low):  # the lines with a bar or a tab only
        if head.start() < table_end or len(head.group(0)) > 160:
            continue
        if _target_head(low, head.start(), head.end()):
            table_end = _mark_rows(low, head.end() + 1, figures, _note_columns(low, head.start(), head.end()))
        elif (values := _allocation_head(low, head.start(), head.end())) is not None:
            table_end = _mark_allocation_rows(low, head.end() + 1, values, figures)
        elif "ước" in head.group(0) and (values := _periods_beside_estimate(low, head.start(), head.end())):
            table_end = _mark_allocation_rows(low, head.end() + 1, values, figures)
            if notes := _note_columns(low, head.start(), head.end()):
                _mark_note_cells(low, head.end() + 1, min(notes), figures)


def _mark_note_cells(low: str, pos: int, first: int, figures: list[Figure]) -> None:
    """The per-unit amounts in the notes columns (from cell ``first`` on) of the rows from ``pos``."""
    for start, end in _table_rows(low, pos)[0]:
        spans = cell_spans(low, start, end)
        if first < len(spans):
            _mark_per_unit_notes(low, spans[first][0], end, figures)


def _periods_beside_estimate(low: str, start: int, end: int) -> list[int] | None:
    """A plan's table naming last year's estimate, then the plan's year alone ("TT⇥Nội dung⇥Đơn vị tính⇥Năm 2026 (ước)⇥
    Năm 2027", under "KẾ HOẠCH" or a line giving the targets): the later period columns' indices (not "Năm 2024 |
    Năm 2025 (ước)" of a review, nor a period no later than the estimate's)."""
    cells = [low[a:b].strip() for a, b in cell_spans(low, start, end)]
    first = 1 if cells and ROW_NUMBER_HEAD.fullmatch(cells[0]) else 0
    if len(cells) < first + 3 or not 0 < len(cells[first]) <= 40 or any(ch.isdigit() for ch in cells[first]):
        return None
    estimates: list[str] = []
    periods: list[int] = []
    for k in range(first + 1, len(cells)):
        if ESTIMATE_HEAD.fullmatch(cells[k]):
            estimates.append(cells[k])
        elif _PERIOD_COLUMN.fullmatch(cells[k]):
            periods.append(k)
        elif not (UNIT_HEAD.fullmatch(cells[k]) or cells[k] == "đơn vị" or _NOTE_HEAD.fullmatch(cells[k])):
            return None
    if not estimates or not periods:
        return None
    last = max(y for c in estimates for y in _YEAR_IN_NOTE.findall(c))
    if any(_YEAR_IN_NOTE.findall(cells[k])[0] <= last for k in periods):
        return None
    return periods if _periods_set_targets(low, start, [cells[k] for k in periods]) else None


# the title over a plan's table sharing its targets out: "III. PHÂN BỔ CHỈ TIÊU KẾT NẠP HỘI VIÊN", "Bảng phân bổ chỉ
# tiêu …", "GIAO CHỈ TIÊU NĂM 2026 CHO CƠ SỞ", "PHÂN CÔNG CHỈ TIÊU CHO CÁC CHI HỘI", "Phụ lục: Chỉ tiêu giao các xã"
_ALLOCATION_TITLE = re.compile(
    r"(?:phân bổ|phân công|phân giao|phân khai|(?<![^\W_])giao)\s+(?:các\s+)?chỉ tiêu"
    r"|chỉ tiêu\s+(?:[^\W\d_]+\s+){0,4}?(?:giao|phân bổ)\s+(?:cho\s+)?(?:các|từng|mỗi|cơ sở|chi hội|đơn vị)")
_REVIEW_WORDS = re.compile(r"kết quả|thực hiện|đạt|đã|ước|tình hình|đánh giá|so với")
_YEAR_IN_NOTE = re.compile(r"(?<!\d)20\d\d(?!\d)")
_NOTE_HEAD = re.compile(r"ghi chú|(?<![^\W_])gc(?![^\W_])")


def _allocation_head(low: str, start: int, end: int) -> list[int] | None:
    """A table head under a title that shares targets out ("III. PHÂN BỔ CHỈ TIÊU KẾT NẠP HỘI VIÊN" over "TT | Đơn vị |
    Kết nạp hội viên | Hỗ trợ hộ nghèo (hộ)"): a label column, then columns naming only what they count (not a
    review's "KẾT QUẢ THỰC HIỆN CHỈ TIÊU" nor a head naming results, rates or years). Returns the value columns'
    indices (a "Ghi chú" column left out)."""
    title_end = start
    while title_end > 0 and low[title_end - 1].isspace():  # (blank lines between the title and its table)
        title_end -= 1
    title = low[low.rfind("\n", 0, title_end) + 1:title_end].strip()
    if not title or len(title) > 160 or "\t" in title or "|" in title or not _ALLOCATION_TITLE.search(title) or (
            _REVIEW_WORDS.search(title)):
        return None
    cells = [low[a:b].strip() for a, b in cell_spans(low, start, end)]
    first = 1 if cells and ROW_NUMBER_HEAD.fullmatch(cells[0]) else 0
    if len(cells) < first + 2 or not 0 < len(cells[first]) <= 40 or any(ch.isdigit() for ch in cells[first]):
        return None
    values = [k for k in range(first + 1, len(cells)) if not _NOTE_HEAD.fullmatch(cells[k])]
    if not values or any(not cells[k] or any(ch.isdigit() for ch in cells[k]) or _RESULT_WORDS.search(cells[k])
                         or "%" in cells[k] or "tỷ lệ" in cells[k] for k in values):
        return None
    return values


def _table_rows(low: str, pos: int) -> tuple[list[tuple[int, int]], int]:
    """The rows from ``pos`` (lines holding a cell break) and where the table ends (past its first line without one)."""
    rows: list[tuple[int, int]] = []
    while pos < len(low):
        nl = low.find("\n", pos)
        end = len(low) if nl == -1 else nl
        if CELL_BREAK.search(low, pos, end) is None:
            return rows, end + 1
        rows.append((pos, end))
        pos = end + 1
    return rows, pos


def _mark_allocation_rows(low: str, pos: int, values: list[int], figures: list[Figure]) -> int:
    """Marks the figure alone in each value cell of the rows from ``pos`` (rows lined up with their head); returns
    where the table ends."""
    rows, table_end = _table_rows(low, pos)
    for start, end in rows:
        spans = cell_spans(low, start, end)
        for k in values:
            if k >= len(spans):
                continue
            inside = [f for f in figures if spans[k][0] <= f.num_start < spans[k][1]]
            if len(inside) == 1 and inside[0].achievement_pct is None and inside[0].unit_class != "ratio":
                inside[0].is_target, inside[0].target = True, inside[0].value
    return table_end


_CELLED_LINE = re.compile(r"^[^\n\t|]*[\t|][^\n]*", re.MULTILINE)


def _note_columns(low: str, start: int, end: int) -> set[int]:
    """The head's trailing "Ghi chú" columns ("TT | Chỉ tiêu | ĐVT | Kế hoạch 2026 | Ghi chú"): their cells' figures
    keep their own reading ("ít nhất 5 hội viên/chi hội")."""
    spans = cell_spans(low, start, end)
    notes: set[int] = set()
    for k in range(len(spans) - 1, 1, -1):
        if not _NOTE_HEAD.fullmatch(low[spans[k][0]:spans[k][1]].strip()):
            break
        notes.add(k)
    return notes


def _mark_rows(low: str, pos: int, figures: list[Figure], notes: set[int]) -> int:
    """Marks the figures of the value cells of the rows from ``pos`` (after the row's number and its label, not in a
    notes column); returns where the table ends."""
    rows, table_end = _table_rows(low, pos)
    for start, end in rows:
        spans = cell_spans(low, start, end)
        first = 2 if low[spans[0][0]:spans[0][1]].strip().isdigit() and len(spans) > 2 else 1
        values_from = spans[first][0] if first < len(spans) else end
        values_to = min([spans[k][0] for k in notes if k < len(spans)], default=end)
        for f in figures:
            if values_from <= f.num_start < values_to and f.achievement_pct is None and not (
                    f.unit and f.unit.lower() == "chỉ tiêu"):
                f.is_target, f.target = True, f.value
        if notes and values_to < end:
            _mark_per_unit_notes(low, values_to, end, figures)
    return table_end


def _mark_per_unit_notes(low: str, start: int, end: int, figures: list[Figure]) -> None:
    """A per-unit amount in a target row's notes ("| Nhà Mái ấm | 03 căn | 60 triệu đồng/căn |", "mỗi căn 70 triệu
    đồng", "mỗi chi hội 5 hội viên") is a target too, unless the note tells a result ("năm 2025 đã trao 250.000
    đồng/suất")."""
    if _REVIEW_WORDS.search(low, start, end) or _YEAR_IN_NOTE.search(low, start, end):
        return
    for f in figures:
        if start <= f.num_start < end and f.achievement_pct is None and (
                f.unit and "/" in f.unit or _PER_UNIT.search(low, start, f.start)):
            f.is_target, f.target = True, f.value


_PER_UNIT = re.compile(r"(?<![^\W_])(?:mỗi|từng)\s")  # "mỗi chi hội 5 hội viên": a note's per-unit share


# a bracket of targets: "(chỉ tiêu 40 tổ hợp tác và 8 hợp tác xã)", "(kế hoạch năm: 30 hộ, 10 hộ)", "(mục tiêu lần
# lượt 300 và 25)", "(kế hoạch tương ứng 6 và 30)", or a verdict naming
# the plan before a bracket of bare amounts: "vượt kế hoạch đề ra (60 HTX, 180 THT)", "vượt chỉ tiêu (300 hội viên, …)"
_PLAN_WORD = (r"(?:chỉ tiêu|kế hoạch|kh|mục tiêu)"
              r"(?:\s+(?:giao|được giao|đề ra|năm(?:\s+20\d\d)?|(?:cả\s+)?nhiệm kỳ))?")
_BRACKET_OPEN = re.compile(  # (the second result's own words first: "12 hợp tác xã do phụ nữ quản lý (…")
    rf"[^\d()\n;:.]{{0,60}}?(?:\(\s*{_PLAN_WORD}(?:\s+(?:lần lượt|tương ứng))?\s*(?:là\s*)?:?"
    rf"|(?<![^\W_])(?:vượt|đạt|hoàn thành|so với)(?:\s+(?:và\s+)?vượt)?\s+{_PLAN_WORD}\s*\()\s*")
_PAIR_JOIN = re.compile(r"\s*(?:,|;|và)\s*(?:và\s+)?")
_RESULT_JOIN = re.compile(r"[^\d()\n;:.]{0,40}?(?:,|và)\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+)?")
# the results' own rates between them and the bracket: "…, tương ứng đạt 117,7% và 105,3% kế hoạch năm (kế hoạch: …)"
_RATES_AFTER = re.compile(r"[^\d()\n;:.]{0,40}?(?:đạt|bằng)\s+")
_RATE_JOIN = re.compile(r"\s*(?:,|và)\s*")


def link_respective_bracket_targets(low: str, figures: list[Figure]) -> None:
    """"thành lập mới 64 tổ hợp tác, 12 hợp tác xã do phụ nữ quản lý (chỉ tiêu 50 tổ hợp tác và 10 hợp tác xã)": two
    results in a row, then a bracket with two targets of the same kinds in the same order: each result takes its own
    target (the first target is not lost, nor the second result given the first); the bracket may follow a verdict
    naming the plan ("vượt kế hoạch đề ra (60 HTX, 180 THT)") or the results' own rates, each their quotient
    (:func:`_rates_between`)."""
    if "(" not in low:
        return
    for k in range(2, len(figures) - 1):
        t1, t2 = figures[k], figures[k + 1]
        if low.find("(", figures[k - 1].end, t1.start) == -1:
            continue  # (a literal test first: most figures follow no bracket)
        opened = _BRACKET_OPEN.fullmatch(low, figures[k - 1].end, t1.start)
        if opened is None or not _PAIR_JOIN.fullmatch(low, t1.end, t2.start) or not low.startswith(")", t2.end):
            continue
        rates = _rates_between(low, figures, k)
        r1, r2 = figures[k - 2], figures[k - 1]
        if rates:
            r1, r2 = figures[k - 4], figures[k - 3]
        rated = r1.achievement_pct is not None or r2.achievement_pct is not None
        if not _RESULT_JOIN.fullmatch(low, r1.end, r2.start) or (r1.unit_class, r2.unit_class) != (
                t1.unit_class, t2.unit_class) or rated and not rates:
            continue
        if any(r.unit and t.unit and not same_noun(low, r, t) for r, t in ((r1, t1), (r2, t2))):
            continue
        if rates and any(not t.value or abs(r.value * 100 / t.value - p.value) > 0.6
                         for r, t, p in zip((r1, r2), (t1, t2), rates)):
            continue
        for r, t in ((r1, t1), (r2, t2)):
            r.is_target, r.target = False, t.value
            t.is_target, t.target = True, t.value
        for r, p in zip((r1, r2), rates):
            r.achievement_pct = p.achievement_pct = p.value
            p.is_target, p.target = False, None


def _rates_between(low: str, figures: list[Figure], k: int) -> list[Figure]:
    """The two rates told respectively between two results and the bracket opening before ``figures[k]`` ("lần lượt
    là 9.418 hội viên và 1.264 hộ, tương ứng đạt 117,7% và 105,3% kế hoạch năm (kế hoạch: …)"), or none."""
    if k < 4:
        return []
    p1, p2 = figures[k - 2], figures[k - 1]
    if p1.unit_class != "percent" or p2.unit_class != "percent" or not _RATE_JOIN.fullmatch(low, p1.end, p2.start):
        return []
    if not _RATES_AFTER.fullmatch(low, figures[k - 3].end, p1.start):
        return []
    return [p1, p2]


# "đề nghị phường sớm hoàn thành chỉ tiêu xây dựng 10 "Địa chỉ tin cậy" … (đến nay mới có 6 địa chỉ)": a target asked
# to be met, its result so far in brackets after it
_ASKED_TO_MEET = re.compile(
    r"(?:đề nghị|yêu cầu|phấn đấu|cần|sớm)[^.;:()\d\n]{0,40}?hoàn thành\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    r"[^.;:()\d\n]{0,40}$")
_SO_FAR_IN_BRACKETS = re.compile(
    r"(?:[^.;:()\d\n]|20\d\d){0,60}\(\s*(?:đến nay|hiện nay|hiện|tính đến nay)[^\d();.\n]{0,30}$")


def link_asked_target_then_result(low: str, figures: list[Figure]) -> None:
    """A target a speaker asks to be met ("đề nghị … sớm hoàn thành chỉ tiêu xây dựng 10 …") is a target statement, and
    the result so far in brackets after it ("(đến nay mới có 6 địa chỉ)") is measured against it (not "Hội đã hoàn
    thành chỉ tiêu …", a target met)."""
    if "hoàn thành" not in low:
        return
    for k, (g, f) in enumerate(zip(figures, figures[1:])):
        if g.unit_class not in ("count", "vnd") or f.unit_class not in (g.unit_class, "percent") or (
                f.target is not None or low.find("(", g.end, f.start) == -1):
            continue  # (a literal test first: most pairs have no bracket between)
        if not _ASKED_TO_MEET.search(low, max(0, g.start - 120), g.start) or not _SO_FAR_IN_BRACKETS.fullmatch(
                low, g.end, f.start):
            continue
        if f.unit_class == "percent":  # "(đến nay mới đạt 49%)": the rate so far, of a result told before
            if g.target is not None or g.achievement_pct is not None or not low.startswith(")", f.end):
                continue
            g.is_target, g.target = True, g.value
            f.is_target, f.achievement_pct = False, f.value
            _rate_its_result(low, figures[:k], g, f.value)
        elif same_noun(low, g, f):
            g.is_target, g.target = True, g.value
            f.is_target, f.target = False, g.value


def _rate_its_result(low: str, before: list[Figure], g: Figure, rate: float) -> None:
    """The result told before target ``g`` (within a few paragraphs) whose quotient is the rate so far: "Các cấp Hội
    đã hỗ trợ gần 9.800 hộ …" above "… hoàn thành chỉ tiêu giúp 20.000 hộ … (đến nay mới đạt 49%)"."""
    for r in reversed(before):
        if g.start - r.end > 2000:
            return
        if r.unit_class == g.unit_class and not r.is_target and r.target is None and r.achievement_pct is None and (
                abs(r.value * 100 / g.value - rate) <= 0.5) and r.unit and same_noun(low, r, g):
            r.target, r.achievement_pct = g.value, rate
            return


# "Chỉ tiêu xây dựng 27/31 chi hội đạt vững mạnh vượt kế hoạch đề ra (25 chi hội)": the units done, beyond the plan
# whose amount the bracket names
_BEYOND_PLAN_BRACKET = re.compile(
    r"[^\d.;:()\n]{0,40}?\b(?:vượt|đạt|hoàn thành)(?:\s+và\s+vượt)?\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    r"(?:\s+(?:đề ra|giao|được giao|năm))*\s*\(\s*")
_BRACKET_CLOSES = re.compile(r"[^\d()\n]{0,20}\)")


def link_ratio_beyond_its_plan(low: str, figures: list[Figure]) -> None:
    """A ratio of units done told with a verdict on the plan and the plan's amount in brackets ("… 18/20 chi hội vững
    mạnh vượt kế hoạch đề ra (15 chi hội)") is a result of that target, even after a target cue ("Chỉ tiêu xây dựng
    …"); the bracket's amount is the target (not "Chỉ tiêu năm 2026: xây dựng 25/31 chi hội vững mạnh")."""
    if "(" not in low or ("kế hoạch" not in low and "chỉ tiêu" not in low and "mục tiêu" not in low):
        return
    for g, f in zip(figures, figures[1:]):
        if g.unit_class != "ratio" or f.unit_class != "count" or g.achievement_pct is not None or (
                g.target not in (None, g.value) or f.target not in (None, f.value)):
            continue
        if _BRACKET_CLOSES.match(low, f.end) and _BEYOND_PLAN_BRACKET.fullmatch(low, g.end, f.start) and same_noun(
                low, g, f):
            g.is_target, g.target = False, f.value
            f.is_target, f.target = True, f.value
