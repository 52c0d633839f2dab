"""A plan's or a new term's aims listed under their own heading (issue 11, iv9 FINDINGS P6): a section title ("II.
CHỈ TIÊU", "MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 - 2030", "III. Mục tiêu và chỉ tiêu chủ yếu năm 2027") or a lead-in on a
colon ("… xây dựng kế hoạch năm 2027 với các chỉ tiêu sau:", "Phấn đấu đến cuối nhiệm kỳ:"), then items, dashed,
numbered or plain sentences, with no target word of their own: every figure of them is a target, "đạt" and all
("Dư nợ ủy thác đến năm 2030 đạt 70 tỷ đồng" reaches for its amount), up to a line of results, the next section's
title or the end. Also a plan told in a statement ("Kế hoạch năm 2026 của phường là 140 hội viên"), its budget
line and the money it allots. Rules of :func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on
the lower-cased match form.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds, find_all
from .target_cues import same_noun
from .target_nouns import units_named_in_a_plan
from .target_terms import texts_year
from .target_sentences import (
    ELECTED, FIGURE_OPENER, SCOPE_OPENER, STATEMENT_OPENER, STATEMENT_RESULT, UNION_SUBJECT, VERB_OPENER, opens_a_plan,
    set_as_targets,
)

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


_AIM = r"(?:mục tiêu|chỉ tiêu|phương hướng|nhiệm vụ|giải pháp|nội dung)"
# (or the rest of the year, iv16 P19, iv19 P11, iv20 P15: "NHIỆM VỤ 6 THÁNG CUỐI NĂM", "NHIỆM VỤ QUÝ IV/2025", never
# "6 tháng đầu năm", the first half's review)
_PERIOD = (r"(?:năm 20\d\d|đến năm 20\d\d|nhiệm kỳ(?:[ \t]+(?:tới|mới))?(?:[ \t]*20\d\d[ \t]*[-–][ \t]*20\d\d)?"
           r"|giai đoạn[ \t]*20\d\d[ \t]*[-–][ \t]*20\d\d"
           r"|(?:\d|sáu|ba)[ \t]+tháng[ \t]+cuối[ \t]+năm(?:[ \t]+20\d\d)?|những tháng cuối năm|các tháng còn lại"
           r"|quý[ \t]+(?:ii|iii|iv|[234])(?:[ \t]*(?:/|năm)[ \t]*20\d\d)?|thời gian tới|năm tới)")
# (and its scope: "I. CHỈ TIÊU CHUNG TOÀN TỈNH", "II. CHỈ TIÊU GIAO CHO CƠ SỞ", "1. Chỉ tiêu giao cho các chi hội",
# iv16 P3)
_SCOPE = (r"(?:[ \t]+(?:toàn[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|hội|cụm)"
          r"|(?:giao[ \t]+|phân bổ[ \t]+)?cho[ \t]+(?:các[ \t]+|từng[ \t]+|mỗi[ \t]+)?"
          r"(?:cơ sở(?:[ \t]+hội)?|chi hội|xã|phường|đơn vị|tổ phụ nữ|huyện|hội cơ sở)))?")
# a section title on its own line: "II. CHỈ TIÊU", "Mục tiêu, chỉ tiêu nhiệm kỳ 2025 - 2030", "PHƯƠNG HƯỚNG, MỤC TIÊU
# NĂM 2027", "2.1. Các chỉ tiêu chủ yếu", "II. NỘI DUNG, CHỈ TIÊU", "Chỉ tiêu phấn đấu năm 2026"
# (never "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU": it opens on no aim word)
# (the report's part may number it first: "Phần II. Mục tiêu, chỉ tiêu nhiệm kỳ 2025 - 2030", "PHẦN THỨ HAI: …",
# "Phần B. Chỉ tiêu chủ yếu năm 2026", "Mục II. …"; never "Mục tiêu" itself)
_PART_PREFIX = (r"(?:(?:phần|mục|chương)[ \t]+(?:thứ[ \t]+[^\W\d_]+|[ivx]{1,4}|\d{1,2}|[a-zđ])\b[ \t]*(?:[.:)]|[-–])?"
                r"[ \t]*)?")
_AIMS_TITLE = re.compile(
    r"[ \t]*" + _PART_PREFIX
    + r"(?:(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)(?:[.)][ \t]*|[ \t]+)|[a-zđ][.)][ \t]*)?"  # "II.", "2.1.", "b)"
    r"(?:(?:các|một số|những)[ \t]+)?" + _AIM
    + r"(?:[ \t]*(?:,|và|,[ \t]*và)[ \t]*(?:các[ \t]+)?" + _AIM + r")*"
    r"(?:[ \t]+(?:cụ thể|chủ yếu|chung|chính|cơ bản|trọng tâm|phấn đấu))*(?:[ \t]+(?:được[ \t]+)?giao)?" + _SCOPE
    + r"(?:[ \t]*,?[ \t]*" + _PERIOD + r")?[ \t]*:?[ \t]*")
_TITLE_AIMS = ("mục tiêu", "chỉ tiêu", "phương hướng")  # (one at least: "NHIỆM VỤ VÀ GIẢI PHÁP" alone is tasks)
# the year's remaining tasks (iv16 P19, iv19 P11, iv20 P15): "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM", "IV. NHIỆM VỤ QUÝ
# IV/2025", "NHIỆM VỤ NĂM 2024" in the review of 2023 (a year ahead of the review's); never "NHIỆM VỤ, GIẢI PHÁP"
# alone in a review
_ASSIGNED_TITLE = re.compile(r"^[^,;:]*\b(?:được[ \t]+)?giao\b")
_REST_OF_YEAR_TITLE = re.compile(r"cuối năm|còn lại|quý[ \t]+(?:ii|iii|iv|[234])\b|tới\b")
# a lead-in's own clause, on a colon or "như sau": "…, Hội xây dựng kế hoạch năm 2027 với các chỉ tiêu sau:",
# "Phấn đấu đến cuối nhiệm kỳ:", "Nghị quyết Đại hội đề ra các mục tiêu chủ yếu như sau:"
_LEAD_IN_END = re.compile(r"(?::|\bnhư sau\s*[:.]?|\bsau\s*[:.])[ \t]*$")
_LEAD_IN_CUE = re.compile(r"chỉ tiêu|mục tiêu|phấn đấu|phương hướng|kế hoạch")
# result language in a title or a lead-in (the congress adopting its aims, "đã thông qua/đề ra", reports nothing)
_DONE = re.compile(r"kết quả|thực hiện được|đạt được|vừa qua|nhiệm kỳ qua|năm qua|tình hình|đánh giá|tổng kết"
                   r"|\bđã\b(?!\s+(?:(?:nhất trí|thống nhất)\s+)?(?:thông qua|đề ra|xác định|thống nhất))")
_YEAR = re.compile(r"20\d\d")
_AHEAD = re.compile(r"\b(?:tới|mới|sắp tới)\b")
_REVIEW_OPENING = re.compile(r"tổng kết|sơ kết|kết quả|báo cáo")
_NAMED_YEAR = re.compile(r"năm (20\d\d)")
_TERM_END = re.compile(r"nhiệm kỳ\s*20\d\d\s*[-–]\s*(20\d\d)")
# an item's mark: "- …", "1. …", "a) …", "+ …"; the next section's title: "III. …", "PHẦN THỨ BA", "Nơi nhận:"
_ITEM_MARK = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|\d{1,2} ?[-–][ \t]|\(\d{1,2}\)|[a-zđ]\))")
_SECTION_START = re.compile(r"[ \t]*(?:[ivx]{1,4}[.)]|phần\b|chương\b|nơi nhận|t/m\b|nội dung\b)")
# a bracket that names an earlier year's amount: "Kết nạp mới 550 hội viên (chỉ tiêu năm 2025 là 500 hội viên)"
_EARLIER_BRACKET = re.compile(r"[^()\n]{0,40}?\(\s*(?:chỉ tiêu|kế hoạch|kết quả)?\s*năm (20\d\d)\b")
_MAX_ITEMS = 30
# an unmarked item opens as an aim does: a verb of the plans ("Tổ chức …", "Giữ vững …"), a figure, a cadence, a
# period, the whole unit, or an indicator reaching for its amount ("Dư nợ ủy thác đến năm 2030 đạt 35 tỷ đồng.",
# "Tỷ lệ … đạt 88%"); "Dịp này, Hội trao 50 suất quà." tells an event and ends the list
_ITEM_VERB = re.compile(r"\W*(?:tổ chức|tăng|giảm|bảo đảm|đảm bảo|giữ vững|phấn đấu|tập trung|tiếp tục|đẩy mạnh)\b"
                        r"(?!\s+được\b)")  # ("Tập trung kết nạp ít nhất 80 hội viên …" under the year's last tasks)
_PERIOD_OR_REACH = re.compile(
    r"\W*(?:(?:(?:trong|sang)\s+)?năm 20\d\d\s*,|trong \d+ năm tới|giai đoạn 20\d\d\s*[-–]\s*20\d\d\s*,|bình quân"
    r"|tỷ lệ|tỉ lệ|[^\W\d](?:[^,.;:()\d\n]|đến năm 20\d\d){0,60}?\s(?:đạt|ở mức)\s+"
    r"(?:(?:từ|trên|hơn|ít nhất|tối thiểu)\s+)?\d)")
_UNMARKED_OPENERS = (VERB_OPENER, FIGURE_OPENER, STATEMENT_OPENER, SCOPE_OPENER, UNION_SUBJECT, _ITEM_VERB,
                     _PERIOD_OR_REACH)


def mark_plan_sections(m: str, low: str, figures: list[Figure]) -> None:
    """"II. CHỈ TIÊU" / "1. Kết nạp mới 550 hội viên …" / "2. 90% chi hội …": every figure of the items under a plan's
    or a new term's heading is a target, unless the list reviews them (a stated rate, a result measured against
    its target) or the item reports (a result word, an earlier year's amount)."""
    if not any(word in low for word in _TITLE_AIMS) and "phấn đấu" not in low and "kế hoạch" not in low and (
            "nhiệm vụ" not in low):
        return
    starts = [f.num_start for f in figures]
    for heading_end, year, tasks in _headings(m, low):
        items = _items(m, low, heading_end + 1, tasks)
        listed = [f for lo, hi in items for f in figures[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]]
        _mark_listed(low, listed, year)


def _headings(m: str, low: str) -> list[tuple[int, int | None, bool]]:
    """The ends of the lines that open a list of aims, each with the first year it names (the plan's year; before it
    is past), or the last year the text names before it when it names none, and whether it heads the rest of the
    year's tasks ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM": any line of it is a task)."""
    found: dict[int, tuple[int, int | None, bool]] = {}
    named_years: list[tuple[int, int]] = []  # (position, the latest year named up to it), found once when needed
    last_term = 0  # the end of the latest term the text names, found once when needed
    for word in (*_TITLE_AIMS, "phấn đấu", "kế hoạch", "nhiệm vụ"):
        for i in find_all(low, word):
            line_start = low.rfind("\n", 0, i) + 1
            nl = low.find("\n", i)
            if nl == -1 or line_start in found:
                continue
            if not _opens_aims(low, line_start, nl, word) or _DONE.search(_last_clause(line := low[line_start:nl])):
                continue
            if (term := _TERM_END.search(line)) and int(term.group(1)) < (last_term := last_term or max(
                    int(t.group(1)) for t in _TERM_END.finditer(low))):
                continue  # "MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2021 - 2026" in the congress of 2026 – 2031: the closed term's
            named = _YEAR.search(line)
            last = max(map(int, _YEAR.findall(line)), default=None)  # (a term's end: "nhiệm kỳ 2025 - 2030")
            # (or the year's assignment, iv15 P2: "I. CHỈ TIÊU ĐƯỢC GIAO NĂM 2025" in the review of 2025)
            ahead = _AHEAD.search(line) or _REST_OF_YEAR_TITLE.search(line) or _ASSIGNED_TITLE.search(line)
            if not ahead and (reviewed := _reviewed_year(low[:min(400, line_start)])) is not None and (
                    last is None or last <= reviewed):
                continue  # "2.1. Các chỉ tiêu chủ yếu", "Chỉ tiêu năm 2025" in the review of 2025 head its results
            if named is None and not named_years:
                named_years = _latest_years(low)
            k = bisect.bisect_left(named_years, (line_start, 0)) - 1
            found[line_start] = (nl, int(named.group(0)) if named else (named_years[k][1] if k >= 0 else None),
                                 word == "nhiệm vụ" and _REST_OF_YEAR_TITLE.search(line) is not None)
    return sorted(found.values())


def _latest_years(low: str) -> list[tuple[int, int]]:
    """Each "năm 20xx" of a text, with the latest year named up to it."""
    out, latest = [], 0
    for hit in _NAMED_YEAR.finditer(low):
        latest = max(latest, int(hit.group(1)))
        out.append((hit.start(), latest))
    return out or [(len(low), 0)]


def _reviewed_year(opening: str) -> int | None:
    """The year a text that opens as a review names (the latest in its opening before the heading: "BÁO CÁO tổng kết
    công tác Hội năm 2025": 2025; 0 when it names none); None for a text that opens otherwise (a plan, a congress's
    news)."""
    if _REVIEW_OPENING.search(opening) is None or "kế hoạch" in opening:
        return None
    return max((int(y) for y in _NAMED_YEAR.findall(opening)), default=0)


def _opens_aims(low: str, start: int, end: int, word: str) -> bool:
    if word in _TITLE_AIMS and end - start <= 100 and _AIMS_TITLE.fullmatch(low, start, end):
        return True
    if word == "nhiệm vụ":
        return end - start <= 100 and _tasks_title(low, start, end)
    if end - start > 320:
        return False
    line = low[start:end]
    return _LEAD_IN_END.search(line) is not None and bool(_LEAD_IN_CUE.search(_last_clause(line)))


def _tasks_title(low: str, start: int, end: int) -> bool:
    """"III. NHIỆM VỤ 6 THÁNG CUỐI NĂM", "IV. NHIỆM VỤ QUÝ IV/2025", "III. CÁC NHIỆM VỤ, GIẢI PHÁP" (in a plan; a
    review's heading of tasks without a time ahead is left by the review check): a title of tasks alone heads aims."""
    return _AIMS_TITLE.fullmatch(low, start, end) is not None and low.find("nhiệm vụ", start, end) != -1


def _last_clause(line: str) -> str:
    """"Căn cứ kết quả năm 2025 (kết nạp 612 hội viên), Hội xây dựng kế hoạch năm 2026 như sau:": its basis, results
    and all, is no report of what the list holds."""
    return line[max(line.rfind(","), line.rfind(")"), line.rfind(";")) + 1:]


def _items(m: str, low: str, pos: int, tasks: bool = False) -> list[tuple[int, int]]:
    """The item lines from ``pos`` on: all marked or all unmarked like the first, up to a line of results or of an
    election, the next section's title (numbered in Roman, "PHẦN …", a line in capitals) or the end; under the rest
    of the year's tasks (``tasks``) an unmarked line needs no opener ("Bàn giao hồ sơ …; hoàn thành 100% chỉ tiêu
    còn lại.")."""
    items: list[tuple[int, int]] = []
    marked: bool | None = None
    table = False  # in a table an item opened ("3. Bảng chỉ tiêu …:"): its rows are left to the table rules
    while pos < len(low) and len(items) < _MAX_ITEMS:
        nl = low.find("\n", pos)
        end = len(low) if nl == -1 else nl
        text = low[pos:end].strip()
        if text and (table or low.endswith(":", items[-1][0] if items else pos, items[-1][1] if items else pos)) and (
                "\t" in text or text.startswith("|")):
            table = True  # (and the list goes on after it, iv18 P1: "4. Chăm lo trẻ em: …")
        elif text and text.strip(".… \t"):
            table = False
            if _SECTION_START.match(low, pos) or _in_capitals(m[pos:end]) or STATEMENT_RESULT.search(low, pos, end) or (
                    ELECTED.search(low, pos, end)):
                break  # ("3. Đại hội bầu Ban Chấp hành gồm 19 đồng chí" after the aims: the election, no aim)
            is_marked = _ITEM_MARK.match(low, pos) is not None
            marked = is_marked if marked is None else marked
            if is_marked != marked or not (marked or (text.endswith((".", ";", "…")) and (tasks or any(
                    opener.match(low, pos) for opener in _UNMARKED_OPENERS)))):
                break
            items.append((pos, end))
        pos = end + 1
    return items


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _mark_listed(low: str, listed: list[Figure], year: int | None) -> None:
    """The list's figures become targets; a list that reviews them is left (a rate, a result given a target that is
    no earlier year's), and so is a figure in an earlier year's bracket."""
    own: list[Figure] = []
    for f in listed:
        if f.achievement_pct is not None:
            return  # "1. Kết nạp 550 hội viên, vượt 10%": the targets reviewed
        earlier = _EARLIER_BRACKET.match(low, f.end)
        if f.target is not None and not f.is_target and not (
                earlier and year is not None and int(earlier.group(1)) < year):
            return  # "1. Kết nạp 550 hội viên (chỉ tiêu 500)": a result against its target
        named = _NAMED_YEAR.findall(low, low.rfind("\n", 0, f.start) + 1, f.start)
        if not f.is_target and not (year is not None and named and int(named[-1]) < year) and not (  # "năm 2025 đạt
                units_named_in_a_plan(low, f)):  # 90%"; "của 31 chi hội", "giao chỉ tiêu cho 21 chi hội": no target
            own.append(f)
    set_as_targets(own)


# the rest of the year asked for against the year's plan (FINDINGS P8): "6 tháng cuối năm, Hội phấn đấu hoàn thành kết
# nạp 600 hội viên theo chỉ tiêu năm" after the first half's "Kết nạp 317 hội viên": the result so far takes the
# year's target
_REST_OF_YEAR = re.compile(r"\W*(?:(?:\d|sáu|ba|chín)\s+tháng cuối năm|những tháng cuối năm|các tháng còn lại"
                           r"|thời gian còn lại|quý\s+(?:iv|iii|3|4)\b)")
_YEARS_PLAN_AFTER = re.compile(r"[^\d.;:\n]{0,30}?\s(?:theo|của|so với)\s+(?:chỉ tiêu|kế hoạch)\s+(?:cả\s+)?năm\b"
                               r"(?!\s+(?:20\d\d|tới|sau|mới)\b)")
_TOLD_DONE = re.compile(r"\bđã\b|\bđược\b|kết nạp|\bgiúp\b|hỗ trợ|thành lập|bàn giao|xây dựng")
_NOT_DONE = re.compile(r"phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|\bsẽ\b|dự kiến|\bước\b|cùng kỳ|năm trước|trong đó"
                       r"|\briêng\b|\bmỗi\b|bình quân|nhiệm kỳ")
_MORE_BEFORE = re.compile(r"\bthêm\s*(?:(?:hơn|trên|gần|khoảng)\s+)?$")  # "giúp thêm 23 hộ": a remainder, not the plan
_OTHER_TIME = re.compile(r"năm 20\d\d|\briêng\b")
_REACH = 800  # characters back from the rest of the year's target to the result so far


def link_rest_of_year_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The year's target asked of the rest of the year, given to the result so far of its noun told before it (no
    other year or a part between, no target or rate of its own)."""
    if "cuối năm" not in low and "còn lại" not in low and "quý" not in low:
        return
    for k, g in enumerate(figures):
        if not (g.is_target and g.target == g.value and g.unit and g.unit_class in ("count", "vnd")):
            continue
        start = bounds.sentence_start(g.num_start)
        if not _REST_OF_YEAR.match(low, start) or not _YEARS_PLAN_AFTER.match(low, g.end) or _MORE_BEFORE.search(
                low, max(0, g.start - 16), g.start):
            continue
        years = set(_NAMED_YEAR.findall(low, start, bounds.sentence(start)[1]))
        for f in reversed(figures[:k]):
            if f.num_start >= start or f.unit_class != g.unit_class or not f.unit or not same_noun(low, f, g):
                if start - f.end > _REACH:
                    break
                continue
            clause = low[max(low.rfind(c, 0, f.start) for c in ".;:\n") + 1:f.start]
            if (f.target is None and not f.is_target and f.achievement_pct is None and start - f.end <= _REACH
                    and _TOLD_DONE.search(clause) and not _NOT_DONE.search(clause)
                    and not _OTHER_TIME.search(low, f.end, start) and not (
                        years and set(_NAMED_YEAR.findall(low, bounds.sentence_start(f.num_start), f.start)) - years)):
                f.target = g.value
            break


# an amount told for a later year after it (FINDINGS P8): "Dư nợ ủy thác đạt 70 tỷ đồng vào năm 2030" in the congress of
# 2025 reaches for it (not "… đạt 60 tỷ đồng vào năm 2025", nor a sentence that reports: "đã trao … vào năm 2026")
_LATER_YEAR_AFTER = re.compile(r"\s*(?:vào|đến|trong)\s+(?:cuối\s+)?năm\s+(20\d\d)\b")


def mark_amounts_of_a_later_year(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A figure followed by a year ahead of the text's own, in a sentence that reports nothing done, is a target."""
    if "năm 20" not in low or not (now := texts_year(low)):
        return  # (a text that names no time of its own: which year is later?)
    for f in figures:
        if f.is_target or f.target is not None or f.achievement_pct is not None:
            continue
        hit = _LATER_YEAR_AFTER.match(low, f.end)
        if hit and int(hit.group(1)) > now and not STATEMENT_RESULT.search(low, *bounds.sentence(
                f.num_start)):
            f.is_target, f.target = True, f.value


# a plan titled on one line ("Kế hoạch hoạt động năm 2026 của Hội LHPN xã …", "KẾ HOẠCH CÔNG TÁC HỘI NĂM 2026") near
# its top, and its budget told on a line of its own with the amount foreseen: "Kinh phí thực hiện: từ nguồn kinh phí
# hoạt động năm 2026 của Hội (dự kiến 45.000.000 đồng) …", "5. Kinh phí: dự toán 30 triệu đồng"
# (or on two: "KẾ HOẠCH\nCông tác Hội và phong trào phụ nữ năm 2026")
_PLAN_TITLE_LINE = re.compile(r"(?:^|\n)[ \t]*kế hoạch\b(?:[^\n.;:]{0,80}?|[ \t]*\n[^\n.;:]{0,80}?)năm[ \t]+20\d\d"
                              r"[^\n.;:]{0,60}\n")
_BUDGET_LINE = re.compile(r"\n[ \t]*(?:[ivx]{1,4}[.)]|\d{1,2}[.)])?[ \t]*(?:dự toán\s+)?(?:tổng\s+)?kinh phí\b[^\n]*")
# "dự kiến 45.000.000 đồng", "dự kiến khoảng 3,5 tỷ đồng", "Dự toán kinh phí: trên 50 triệu đồng"
_FORESEEN_BEFORE = re.compile(r"(?:dự kiến|dự toán)(?:\s+kinh phí)?\s*:?\s*(?:(?:khoảng|trên|hơn|gần|tối thiểu)\s+)?$")


def mark_plan_line_budgets(low: str, figures: list[Figure]) -> None:
    """The amount foreseen ("dự kiến", "dự toán") on a plan's "Kinh phí …" line is a target, as under its "KINH PHÍ"
    title (:func:`wuanalysis.rate_shapes.mark_plan_budgets`), when the plan's title is one line naming its year (a
    review's "Kinh phí thực hiện 38 triệu đồng" is spent, and a review is titled on its results)."""
    if "kinh phí" not in low or ("dự kiến" not in low and "dự toán" not in low) or not _PLAN_TITLE_LINE.search(
            low, 0, 1500):
        return
    for line in _BUDGET_LINE.finditer(low):
        for f in figures:
            if line.start() < f.num_start < line.end() and f.unit_class == "vnd" and not f.is_target and (
                    f.target is None) and _FORESEEN_BEFORE.search(low, max(0, f.start - 40), f.start):
                f.is_target, f.target = True, f.value


# money a plan allots, told in prose: "Về nguồn lực, thành phố bố trí 6,5 tỷ đồng cho chương trình hỗ trợ sinh kế, mức
# hỗ trợ 20 triệu đồng/hộ" in an article on the year's plan
_ALLOTS = re.compile(r"\b(?:bố trí|phân bổ|dành)\b(?!\s+cho\b)")
_YEARS_NAMED = re.compile(r"(?<![\d.,/])(20\d\d)(?![\d.,]\d)")


def mark_allotted_plan_money(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The amounts after "bố trí", "phân bổ", "dành" in a sentence of a text that opens as a plan are targets, when the
    sentence reports nothing done and neither it nor the last year named before it is earlier than the text's ("Năm
    2025, … bố trí 800 triệu đồng")."""
    if ("bố trí" not in low and "phân bổ" not in low and "dành" not in low) or not opens_a_plan(low):
        return
    year = texts_year(low)
    for f in figures:
        if f.unit_class != "vnd" or f.is_target or f.target is not None or f.achievement_pct is not None:
            continue
        start, end = bounds.sentence(f.num_start)
        if _ALLOTS.search(low, start, f.start) is None or STATEMENT_RESULT.search(low, start, end):
            continue
        if any(int(y) < year for y in _YEARS_NAMED.findall(low, start, end)) or any(
                int(y) < year for y in _YEARS_NAMED.findall(low, max(0, start - 300), start)[-1:]):
            continue  # (nor under a heading of an earlier year: "III. KẾT QUẢ NĂM 2025 …")
        f.is_target, f.target = True, f.value


# the year's plan told as a plain statement opening its sentence: "Kế hoạch năm 2024 của Hội LHPN quận là 400 …",
# "Chỉ tiêu năm 2025 là …", "Kế hoạch năm 2025, phường được giao phát triển 180 …" (never a deed: "Kế hoạch năm 2025,
# Hội đã giúp 120 hộ", no one assigning)
_PLAN_STATEMENT = re.compile(
    r"\W*(?:kế hoạch|chỉ tiêu)\s+(?:cả\s+)?năm(?:\s+20\d\d)?"
    r"(?:\s+(?:của|đối với|cho)\s+[^\d,;.:()\n]{1,50}?\s+là|\s+là"
    # the giver named before "là" (iv15 P5): "Kế hoạch năm 2022 Hội huyện giao là 35 hộ", "… phường giao cho chi hội là"
    r"|\s+(?:(?!\b(?:đã|đạt|được)\b)[^\d,;.:()\n]){1,40}?\s(?:giao|đặt ra|đề ra|phân bổ)"
    r"(?:\s+cho\s+[^\d,;.:()\n]{1,30}?)?\s+là"
    r"|\s*,(?:(?!\bđã\b)[^\d;.:()\n]){0,60}?\b(?:giao|đặt ra|đề ra)\b(?:(?!\bđã\b)[^\d;.:()\n]){0,40}?)"
    r"\s*:?\s*(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng)\s+)?")


def mark_plan_statements(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """The first figure of a sentence, or of a clause after ";", stating the year's plan ("Kế hoạch năm 2024 của Hội
    LHPN quận là 400 hội viên mới.", "Kế hoạch năm 2025, phường được giao phát triển 180 hội viên mới; sau 9 tháng, …",
    "Quý I/2026, … kết nạp 37 hội viên mới, bằng 26,4% kế hoạch năm; kế hoạch năm 2026 của phường là 140 …") is a
    target; the part
    of the year's result measured against it is linked later (``link_rate_confirmed_targets``)."""
    if "kế hoạch" not in low and "chỉ tiêu" not in low:
        return
    for i, f in enumerate(figures):
        if f.target is not None and not (f.is_target and f.target == f.value):
            continue
        start = bounds.sentence_start(f.num_start)
        clause = low.rfind(";", start, f.start) + 1  # "… bằng 26,4% kế hoạch năm; kế hoạch năm 2026 của phường là …"
        if not (_PLAN_STATEMENT.fullmatch(low, start, f.start) or (
                clause and _PLAN_STATEMENT.fullmatch(low, clause, f.start))):
            continue
        if i and _result_before_takes_the_rate(low, bounds, figures, i):
            f.is_target, f.target, f.achievement_pct = True, f.value, None
        elif f.achievement_pct is None:
            f.is_target, f.target = True, f.value


def _result_before_takes_the_rate(low: str, bounds: Bounds, figures: list[Figure], i: int) -> bool:
    """"Giúp 27 hộ thoát nghèo. Kế hoạch năm Hội huyện giao là 35 hộ, như vậy đạt 77,1% kế hoạch." (iv15 P5): the plan
    is the target of the result of the sentence before, and the rate after "như vậy" (or read onto the plan) is that
    result's, when their quotient gives it."""
    plan, r = figures[i], figures[i - 1]
    start, end = bounds.sentence(plan.num_start)
    told = low.find("như vậy", plan.end, end)
    if told < 0 or r.unit_class != plan.unit_class or r.is_target or r.target not in (None, plan.value) or (
            r.achievement_pct is not None or not plan.value or bounds.sentence(r.num_start)[1] + 1 != start):
        return False
    pct = figures[i + 1] if i + 1 < len(figures) else None
    if pct is not None and (pct.unit_class != "percent" or pct.start < told or pct.start > end or pct.is_target):
        pct = None
    rate = plan.achievement_pct if plan.achievement_pct is not None else pct.value if pct is not None else None
    if rate is None or abs(r.value * 100 / plan.value - rate) > 0.1:
        return False
    r.target, r.achievement_pct = plan.value, rate
    if pct is not None:
        pct.achievement_pct = rate
    return True


# a plan's section on carrying it out (iv15 P11): "III. TỔ CHỨC THỰC HIỆN" / "1. … tổ chức Ngày hội … trong tháng
# 10/2026, dự kiến 1.000 người tham dự, kinh phí khoảng 350 triệu đồng."
_CARRYING_OUT = re.compile(r"\n[ \t]*(?:[ivx]{1,4}[.)]|\d{1,2}[.)])?[ \t]*tổ chức thực hiện[ \t]*:?[ \t]*\n")
_NEXT_PART = re.compile(r"\n[ \t]*(?:[ivx]{1,4}[.)]|nơi nhận)")
_FORESEEN_ATTENDANCE = re.compile(r"dự kiến\s*(?:(?:khoảng|trên|hơn|gần|tối thiểu)\s+)?$")
_FORESEEN_MONEY = re.compile(r"(?:dự kiến|kinh phí)(?:\s+dự kiến)?\s*:?\s*(?:(?:khoảng|trên|hơn|gần|tối thiểu)\s+)?$")


def mark_planned_event_figures(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """Under "TỔ CHỨC THỰC HIỆN" of a plan titled on its year, the attendance and the money an item foresees ("dự kiến
    500 hội viên tham gia, kinh phí 120 triệu đồng") are targets; a sentence that reports ("đã", "kết quả") is not."""
    if "tổ chức thực hiện" not in low or "dự kiến" not in low or not _PLAN_TITLE_LINE.search(low, 0, 1500):
        return
    for part in _CARRYING_OUT.finditer(low):
        nxt = _NEXT_PART.search(low, part.end())
        end = nxt.start() if nxt else len(low)
        for f in figures:
            if not part.end() <= f.start < end or f.is_target or f.target is not None or (
                    f.achievement_pct is not None or f.unit_class not in ("count", "vnd")):
                continue
            before = _FORESEEN_ATTENDANCE if f.unit_class == "count" else _FORESEEN_MONEY
            if before.search(low, max(0, f.start - 40), f.start) and not STATEMENT_RESULT.search(
                    low, *bounds.sentence(f.num_start)):
                f.is_target, f.target = True, f.value


# a ceiling on what a plan may spend (iv22 P13): "Chi phí tổ chức hội nghị sơ kết 6 tháng không quá 25 triệu đồng."
_SPENDING_CEILING = re.compile(r"(?:chi phí|kinh phí)\b[^.;:\n]{0,60}?\s(?:không (?:vượt )?quá|tối đa)\s*$")


def mark_plan_spending_ceilings(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """In a plan titled on its year, the money a cost may not exceed ("Kinh phí tổ chức không vượt quá 30 triệu
    đồng") is a target; a sentence that reports ("đã", "kết quả") is not."""
    if ("không quá" not in low and "không vượt quá" not in low and "tối đa" not in low) or (
            "chi phí" not in low and "kinh phí" not in low) or not _PLAN_TITLE_LINE.search(low, 0, 1500):
        return
    for f in figures:
        if f.unit_class == "vnd" and not f.is_target and f.target is None and f.achievement_pct is None and (
                _SPENDING_CEILING.search(low, max(0, f.num_start - 90), f.num_start)) and not STATEMENT_RESULT.search(
                low, *bounds.sentence(f.num_start)):
            f.is_target, f.target = True, f.value


# a plan's or a programme's title line near its top: "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026", "KẾ HOẠCH\nHoạt động năm 2027"
_PROGRAMME_TITLE = re.compile(r"(?:^|\n)[ \t]*(?:kế hoạch|chương trình)(?:[ \t]+(?:công tác|hoạt động))?"
                              r"(?:[ \t]*\n[^\n]{0,80}?|[ \t]+)năm[ \t]+20\d\d[ \t]*(?:\n|$)")
_QUARTER_ITEM = re.compile(r"[ \t]*(?:[-+•*]\s*)?quý[ \t]+(?:i{1,3}|iv|[1-4])[ \t]*:")
# a clause of a quarter's item that does not set an amount: a review or a rating of units ("sơ kết 9 tháng", "đánh giá,
# xếp loại 26 chi hội"), an anniversary ("chào mừng 96 năm Ngày thành lập …"), something done
_NOT_SET = re.compile(r"sơ kết|tổng kết|đánh giá|xếp loại|chào mừng|kỷ niệm|\bđã\b|kết quả|năm 20\d\d")


def mark_quarter_items(low: str, figures: list[Figure]) -> None:
    """"Quý I: … trao 100 phần quà Tết, mỗi phần 400.000đ.", "Quý II: tập huấn chuyển đổi số cho 200 hội viên." in a
    text titled as a plan or a programme of work: each quarter's amounts are targets, but for the clauses that
    review, rate units or name an anniversary."""
    if "quý" not in low or not _PROGRAMME_TITLE.search(low, 0, 400):
        return
    starts = [f.num_start for f in figures]
    for i in find_all(low, "quý"):
        line_start = low.rfind("\n", 0, i) + 1
        item = _QUARTER_ITEM.match(low, line_start)
        if item is None or item.end() < i:
            continue
        end = low.find("\n", i)
        end = len(low) if end == -1 else end
        own = []
        for f in figures[bisect.bisect_left(starts, i):bisect.bisect_left(starts, end)]:
            clause = low[max(line_start, low.rfind(";", line_start, f.start) + 1):f.start]
            if f.is_target or f.target is not None or f.achievement_pct is not None or _NOT_SET.search(clause):
                continue
            own.append(f)
        set_as_targets(own)
