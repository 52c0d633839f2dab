"""Targets in tables whose every value column sets them, and a result pair's targets in brackets: a congress's table
of targets flattened to lines with its cells split by bars or tabs ("Chỉ tiêu | Mục tiêu đến năm 2030" then "Kết nạp
hội viên mới | 3.000 hội viên"), and two results followed by their two targets in one bracket, respectively
("thành lập 45 tổ hợp tác và 9 hợp tác xã (chỉ tiêu 40 tổ hợp tác và 8 hợp tác xã)"). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .result_tables import cell_spans
from .table_cells import CELL_BREAK, ROW_NUMBER_HEAD, UNIT_HEAD
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
    target column ("Nội dung | Chỉ tiêu toàn phường | Mỗi tổ phụ nữ") (not "Nội dung | Năm 2024 | Năm 2025", years
    compared, nor "Chỉ tiêu | Kết quả", nor "Nội dung | Toàn xã | Mỗi chi hội", no target named)."""
    cells = [low[a:b].strip() for a, b in cell_spans(low, start, end)]
    if cells and ROW_NUMBER_HEAD.fullmatch(cells[0]):
        cells = cells[1:]
    if len(cells) > 2 and UNIT_HEAD.fullmatch(cells[1]):  # "Đơn vị tính", "ĐVT": cells of units, no figures
        cells = cells[:1] + cells[2:]
    if len(cells) < 2 or len(cells[0]) > 40 or any(ch.isdigit() for ch in cells[0]):
        return False
    named = _TARGET_LABEL.search(cells[0]) is not None
    if not all((_TARGET_COLUMN.fullmatch(c) or named and _WHEN_COLUMN.fullmatch(c) or _SCOPE_COLUMN.fullmatch(c))
               and not _RESULT_WORDS.search(c) for c in cells[1:]):
        return False
    return any(not _SCOPE_COLUMN.fullmatch(c) for c in cells[1:])  # a scope only beside a target column


def mark_target_tables(low: str, figures: list[Figure]) -> None:
    """The rows of a table whose head names the target in every value column: each figure after the row's label cell
    sets a target, up to the first line without cells."""
    if "\t" not in low and "|" not in low:
        return
    table_end = 0
    for head in _CELLED_LINE.finditer(low):  # the lines with a bar or a tab only
        if head.start() >= table_end and len(head.group(0)) <= 160 and _target_head(low, head.start(), head.end()):
            table_end = _mark_rows(low, head.end() + 1, figures)


_CELLED_LINE = re.compile(r"^[^\n\t|]*[\t|][^\n]*", re.MULTILINE)


def _mark_rows(low: str, pos: int, figures: list[Figure]) -> int:
    """Marks the figures of the value cells of the rows from ``pos`` (after the row's number and its label); returns
    where the table ends."""
    while pos < len(low):
        nl = low.find("\n", pos)
        end = len(low) if nl == -1 else nl
        if CELL_BREAK.search(low, pos, end) is None:
            return end + 1
        spans = cell_spans(low, pos, end)
        first = 2 if low[spans[0][0]:spans[0][1]].strip().isdigit() and len(spans) > 2 else 1
        values_from = spans[first][0] if first < len(spans) else end
        for f in figures:
            if values_from <= f.num_start < end and f.achievement_pct is None and not (
                    f.unit and f.unit.lower() == "chỉ tiêu"):
                f.is_target, f.target = True, f.value
        pos = end + 1
    return pos


# a bracket of targets: "(chỉ tiêu 40 tổ hợp tác và 8 hợp tác xã)", "(kế hoạch năm: 30 hộ, 10 hộ)"
_BRACKET_OPEN = re.compile(  # (the second result's own words first: "12 hợp tác xã do phụ nữ quản lý (…")
    r"[^\d()\n;:.]{0,60}?\(\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu)"
    r"(?:\s+(?:giao|được giao|đề ra|năm(?:\s+20\d\d)?|(?:cả\s+)?nhiệm kỳ))?"
    r"\s*(?:là\s*)?:?\s*")
_PAIR_JOIN = re.compile(r"\s*(?:,|;|và)\s*(?:và\s+)?")
_RESULT_JOIN = re.compile(r"[^\d()\n;:.]{0,40}?(?:,|và)\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+)?")


def link_respective_bracket_targets(low: str, figures: list[Figure]) -> None:
    """"thành lập mới 64 tổ hợp tác, 12 hợp tác xã do phụ nữ quản lý (chỉ tiêu 50 tổ hợp tác và 10 hợp tác xã)": two
    results in a row, then a bracket with two targets of the same kinds in the same order: each result takes its own
    target (the first target is not lost, nor the second result given the first)."""
    if "(" not in low:
        return
    for k in range(2, len(figures) - 1):
        t1, t2 = figures[k], figures[k + 1]
        if low.find("(", figures[k - 1].end, t1.start) == -1:
            continue  # (a literal test first: most figures follow no bracket)
        opened = _BRACKET_OPEN.fullmatch(low, figures[k - 1].end, t1.start)
        if opened is None or not _PAIR_JOIN.fullmatch(low, t1.end, t2.start) or not low.startswith(")", t2.end):
            continue
        r1, r2 = figures[k - 2], figures[k - 1]
        if not _RESULT_JOIN.fullmatch(low, r1.end, r2.start) or (r1.unit_class, r2.unit_class) != (
                t1.unit_class, t2.unit_class) or r1.achievement_pct is not None or r2.achievement_pct is not None:
            continue
        if any(r.unit and t.unit and not same_noun(low, r, t) for r, t in ((r1, t1), (r2, t2))):
            continue
        for r, t in ((r1, t1), (r2, t2)):
            r.is_target, r.target = False, t.value
            t.is_target, t.target = True, t.value


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
