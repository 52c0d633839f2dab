"""Targets laid out as lists, and results measured against them: the items under a target heading ("Đại hội đề ra
9 chỉ tiêu chủ yếu:" then "- Giúp 2.000 hộ …"), a later result restating the only target of its unit, a numbered
item's result (the rows of a table of targets and results are :mod:`wuanalysis.result_tables`'; a bare "đạt 72%"
after a result, and a part of the year's progress, :mod:`wuanalysis.target_progress`'; a result beside a level the
text names for it, :mod:`wuanalysis.target_levels`'; both re-exported here). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds, find_all
from .target_cues import same_noun
from .target_levels import link_plan_result_rate as link_plan_result_rate
from .target_levels import link_result_beside_an_assigned_level as link_result_beside_an_assigned_level
from .target_levels import link_result_over_a_named_total as link_result_over_a_named_total
from .target_levels import mark_floor_items, unmark_baselines as unmark_baselines
from .target_nouns import past_term_against_a_horizon, units_named_in_a_plan, yearly_against_term
from .target_pairs import mark_each_units_share
from .target_progress import link_rate_confirmed_targets as link_rate_confirmed_targets
from .target_progress import rate_of_a_linked_result as rate_of_a_linked_result
from .target_sentences import (
    ELECTED, FIGURE_OPENER, SCOPE_OPENER, STATEMENT_OPENER, STATEMENT_RESULT, UNION_SUBJECT, VERB_OPENER,
)
from .text import load_words

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# A heading line that announces a list of targets: "Đại hội đề ra 9 chỉ tiêu chủ yếu:", "Mục tiêu đến năm 2030:".
_HEADING_END = re.compile(r":[ \t]*\n")
_HEADING_CUE = re.compile(r"chỉ tiêu|mục tiêu|phấn đấu|đề ra|kế hoạch|phương hướng|đăng ký thi đua|cam kết")
_HEADING_RESULT = re.compile(r"kết quả|\bđã\b|đạt được|thực hiện|vừa qua|nhiệm kỳ qua")
# "Đại hội đã thống nhất đề ra 07 chỉ tiêu. Cụ thể:": the congress adopting its targets reports nothing done
_ADOPTED = re.compile(
    r"đã\s+(?:nhất trí(?:\s+cao)?\s+(?:và\s+)?)?(?:thống nhất\s+)?(?:thông qua|đề ra|xác định|thống nhất)")


# "Kế hoạch số 01/KH-HPN … về thực hiện công tác Hội …", "triển khai thực hiện Nghị quyết": what a plan carries out
_PLAN_CARRIES_OUT = re.compile(r"(?:về|kế hoạch|triển khai|nhằm|để|tổ chức)\s+$")


def _reports(heading: str) -> bool:
    """Result language in a heading line, save a congress's "đã … thông qua/đề ra" of the targets it lists and the
    "thực hiện" of what a plan carries out ("ban hành Kế hoạch … về thực hiện công tác Hội năm 2026 với các chỉ
    tiêu")."""
    return any(not (hit.group(0) == "đã" and _ADOPTED.match(heading, hit.start())) and not (
        hit.group(0) == "thực hiện" and _PLAN_CARRIES_OUT.search(heading, max(0, hit.start() - 16), hit.start()))
        for hit in _HEADING_RESULT.finditer(heading))


# a heading that ends naming the targets it lists: "… với các chỉ tiêu:", "… đề ra các chỉ tiêu cụ thể:"
_NAMES_ITS_TARGETS = re.compile(r"(?:với|gồm|đề ra|đặt ra|có)\s+(?:các|những|một số)\s+chỉ tiêu(?:\s+[^\W\d_]+){0,3}$")
_ITEM_LINE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|\d{1,2} ?[-–][ \t]|\(\d{1,2}\)|[a-zđ]\))")  # "1- Hằng năm …"
# "Đại hội … thông qua 5 chỉ tiêu chủ yếu nhiệm kỳ 2025-2030." closing its line: a list of items follows
_COUNTED_HEADING_LINE = re.compile(
    r"(?:đề ra|xác định|thông qua|thống nhất)[^.;:\n]{0,40}?\d+\s+(?:nhóm\s+)?chỉ tiêu[^.;:\n]{0,60}[.:]?[ \t]*\n")


# "…, Ban Thường vụ xây dựng kế hoạch năm 2026 như sau": a plan drawn up, its items follow
_PLAN_AS_FOLLOWS = re.compile(
    r"(?:xây dựng|ban hành|đề ra)\s+(?:các\s+)?kế hoạch[^.;:,()]{0,60}?\s+(?:cụ thể\s+)?như sau$")


def _main_clause(heading: str) -> str:
    """A plan heading's last clause ("Căn cứ … kết quả năm 2025 (kết nạp 88 hội viên), Hội xây dựng kế hoạch năm 2026
    như sau"): its basis, results and all, is no report of what the list holds."""
    if hit := _PLAN_AS_FOLLOWS.search(heading):
        return heading[heading.rfind(",", 0, hit.start()) + 1:].strip()
    return heading


def mark_target_lists(low: str, figures: list[Figure]) -> None:
    """"Đại hội đề ra 9 chỉ tiêu chủ yếu:" (or "… thông qua 5 chỉ tiêu chủ yếu." on its own line) then "- Giúp 2.000
    hộ …", "1. Kết nạp 3.000 …": the items of a list under a target heading are targets, up to the first line that
    is not an item."""
    if "giao" in low:
        _mark_assigned_items(low, figures)
    mark_floor_items(low, figures)  # (once the floors are set: "… ít nhất 500 hội viên, … và thành lập 3 tổ hợp tác")
    spans: list[tuple[int, int, int]] = []  # an item line's start and end, and the list's start
    for hit in _HEADING_END.finditer(low):
        heading = _main_clause(low[low.rfind("\n", 0, hit.start()) + 1:hit.start()])
        if len(heading) > (320 if _NAMES_ITS_TARGETS.search(heading) else 200) or not _HEADING_CUE.search(
                heading) or _reports(heading):
            continue
        _list_items(low, hit.end(), spans)
    seen = -1
    for i in find_all(low, "chỉ tiêu"):  # a literal search first: the heading pattern is slow to scan a text with
        line_start = low.rfind("\n", 0, i) + 1
        nl = low.find("\n", i)
        if line_start <= seen or nl == -1:
            continue
        seen = line_start
        if (line_hit := _COUNTED_HEADING_LINE.search(low, line_start, nl + 1)) and not _HEADING_RESULT.search(
            low, line_start, line_hit.end()
        ):
            _list_items(low, line_hit.end(), spans)
    titled_years: dict[int, int] = {}  # the year a section title names, by its list's start
    _section_title_lists(low, spans, titled_years)
    spans.sort()
    if not spans:
        return
    starts = [a for a, _b, _list in spans]
    listed: dict[int, list[Figure]] = {}  # the figures of each list
    for f in figures:
        k = bisect.bisect_right(starts, f.num_start) - 1
        if k >= 0 and f.num_start < spans[k][1]:
            listed.setdefault(spans[k][2], []).append(f)
    for start, items in listed.items():
        if any(f.achievement_pct is not None or (f.target is not None and not f.is_target) for f in items):
            continue  # "1. Kết nạp 3.500 hội viên (chỉ tiêu 3.000). 2. Giúp 200 hộ …": a review of the targets
        year = titled_years.get(start)
        for f in items:
            if not (f.unit and f.unit.lower() == "chỉ tiêu") and not _earlier_years(low, f, year) and (
                    not units_named_in_a_plan(low, f)):  # ("của 92 Hội LHPN xã", "cho 21 chi hội": no target)
                f.is_target, f.target = True, f.value


# P2 (issue 11, iv15 FINDINGS): an assignment to the union's units without "chỉ tiêu", its items after a colon: "Ban
# Thường vụ … giao các cơ sở Hội: kết nạp 9.000 hội viên mới; hỗ trợ 1.200 hộ …", "Huyện Hội giao cho các chi hội:
# …", "giao nhiệm vụ cho từng xã: …" (not "bàn giao", "giao lưu", "giao nhà cho 3 hộ": no units, no colon)
_ASSIGNED_TO = re.compile(  # ("giao" first, its lookbehinds after it: a literal the regex engine searches for fast)
    r"giao(?<![^\W\d_]giao)(?<!bàn giao)\s+(?:nhiệm vụ\s+)?(?:cho\s+)?(?:các|mỗi|từng|toàn bộ|tất cả)?\s*"
    r"(?:cơ sở hội|cơ sở|chi hội|hội lhpn|hội phụ nữ|cấp hội|đơn vị|huyện|quận|thị xã|xã|phường|thị trấn|thôn|ấp"
    r"|khu phố|tổ phụ nữ)\b[^\d:;.\n]{0,40}?:")
_ASSIGNED_ENDS = re.compile(r"\.(?=\s|$)|\n")
_ITEM_DONE = re.compile(r"\bđã\b|kết quả|đạt được|thực hiện được")


def _mark_assigned_items(low: str, figures: list[Figure]) -> None:
    """The items of an assignment to the union's units told after a colon, to the sentence's end, are targets (not an
    item that reports something done)."""
    for hit in _ASSIGNED_TO.finditer(low):
        end = _ASSIGNED_ENDS.search(low, hit.end())
        stop = len(low) if end is None else end.start()
        for f in figures:
            if f.num_start < hit.end() or f.num_start >= stop or f.achievement_pct is not None or f.target is not None:
                continue
            item = max(low.rfind(";", hit.end(), f.start), hit.end() - 1)
            if not _ITEM_DONE.search(low, item, f.start):
                f.is_target, f.target = True, f.value


def _earlier_years(low: str, f: Figure, year: int | None) -> bool:
    """Whether item ``f`` under a title of ``year`` is told of an earlier year named before it on its line ("II.
    PHƯƠNG HƯỚNG NĂM 2027" / "- Tỷ lệ … năm 2025 đạt 86%, phấn đấu nâng lên 90%": the 86% is no target)."""
    if year is None:
        return False
    named = _YEAR_NAMED.findall(low, low.rfind("\n", 0, f.start) + 1, f.start)
    return bool(named) and int(named[-1]) < year


# a plan's section title on its own line: "I. Mục tiêu", "2. Chỉ tiêu cụ thể", "Mục tiêu năm 2025"
# "CÁC CHỈ TIÊU CHỦ YẾU", "Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030", "Một số chỉ tiêu cụ thể"
_SECTION_TITLE = re.compile(
    r"[ \t]*(?:[ivx]{1,4}[.)]|\d{1,2}[.)]|[a-zđ][.)])?[ \t]*(?:(?:các|một số|những)[ \t]+)?(?:mục tiêu|chỉ tiêu)"
    r"(?:[ \t]+(?:cụ thể|chủ yếu|chung|chính|cơ bản|trọng tâm|năm 20\d\d|đến năm 20\d\d"
    r"|nhiệm kỳ 20\d\d\s*[-–]\s*20\d\d))*[ \t]*:?[ \t]*")


# a plan's tasks: "II. NHIỆM VỤ, GIẢI PHÁP", "2. Nhiệm vụ và giải pháp", "III. NHIỆM VỤ" (not "KẾT QUẢ THỰC HIỆN NHIỆM
# VỤ", "Nhiệm vụ đã thực hiện")
# ("II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", "III. NHIỆM VỤ QUÝ IV", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027": the time to come)
_TASKS_TITLE = re.compile(
    r"[ \t]*(?:[ivx]{1,4}[.)]|\d{1,2}[.)])?[ \t]*(?:phương hướng(?:,?[ \t]+(?:và[ \t]+)?nhiệm vụ)?|nhiệm vụ)"
    r"(?:,?[ \t]+(?:và[ \t]+)?giải pháp(?:[ \t]+chủ yếu)?)?"
    r"(?:[ \t]+(?:năm 20\d\d|quý (?:i{1,3}|iv)|\d{1,2} tháng cuối năm))?[ \t]*:?[ \t]*")


def _section_title_lists(low: str, spans: list[tuple[int, int, int]], years: dict[int, int]) -> None:
    """"I. Mục tiêu" / "1. Kết nạp mới 1.200 hội viên." / "2. Giúp 50 hộ …": the items under a plan's title line;
    and the items under its tasks' title ("II. NHIỆM VỤ, GIẢI PHÁP" / "- Huy động … 30 tỷ đồng trở lên …"); the year
    a title names ("PHƯƠNG HƯỚNG NĂM 2027") goes in ``years`` by its list's start."""
    for word in ("mục tiêu", "chỉ tiêu", "nhiệm vụ", "phương hướng"):
        title = _TASKS_TITLE if word in ("nhiệm vụ", "phương hướng") else _SECTION_TITLE
        for i in find_all(low, word):
            line_start = low.rfind("\n", 0, i) + 1
            nl = low.find("\n", i)
            if nl != -1 and nl - line_start <= 60 and title.fullmatch(low, line_start, nl):
                _list_items(low, nl + 1, spans)
                if named := _YEAR_NAMED.findall(low, line_start, nl):
                    years[nl + 1] = int(named[-1])


def _list_items(low: str, pos: int, spans: list[tuple[int, int, int]]) -> None:
    """The item lines from ``pos`` on ("- …", "1. …", "a) …"), up to the first line that is not an item or an
    election: their spans, save those that report results, each with the list's start. A list whose first item has
    no marker goes on with the lines that open as a target does (a verb, a figure, a cadence, a per-unit, a scope:
    "Kết nạp mới 500 hội viên.", "100% chi hội …", "Hằng năm, …", "Các cấp Hội …"), a line each, up to the first
    other one ("Dịp này, Hội trao 50 suất quà …"); the text's own union and a plain verb opens one too ("Hội LHPN
    tỉnh … tổ chức 296 lớp …")."""
    first = pos
    unmarked: bool | None = None  # decided by the first item line
    while pos < len(low):
        nl = low.find("\n", pos)
        line_end = len(low) if nl == -1 else nl
        line = low[pos:line_end]
        if line.strip():
            if unmarked is None:
                unmarked = not _ITEM_LINE.match(line)
            if not (_opens_an_item(line) if unmarked else _ITEM_LINE.match(line)) or ELECTED.search(line):
                break  # ("3. Đại hội bầu Ban Chấp hành gồm 19 đồng chí; bầu 7 đại biểu …" after the targets: no item)
            if not STATEMENT_RESULT.search(line):
                spans.append((pos, line_end, first))
        pos = line_end + 1


def _opens_an_item(line: str) -> bool:
    """Whether an unmarked line opens as a target does, short and ending its sentence where the line ends."""
    return len(line) <= 300 and line.rstrip().endswith((".", ";", "…")) and (
        VERB_OPENER.match(line) is not None or FIGURE_OPENER.match(line) is not None
        or STATEMENT_OPENER.match(line) is not None or SCOPE_OPENER.match(line) is not None
        or _PERIOD_OR_SHARE_OPENER.match(line) is not None or UNION_SUBJECT.match(line) is not None
        or _ITEM_VERB_OPENER.match(line) is not None)


# a plan's line opened by a verb of the lists besides the plan's deeds: "Tổ chức hơn 02 lớp tập huấn …", "Tăng không
# dưới 8% số hội viên …", "Bảo đảm 100% …", "Giữ vững …", "Phấn đấu …" (not "Tổ chức được 5 lớp")
_ITEM_VERB_OPENER = re.compile(r"\W*(?:tổ chức|tăng|giảm|bảo đảm|đảm bảo|giữ vững|phấn đấu)\b(?!\s+được\b)")


# "Năm 2026, …", "Trong 5 năm tới, …", "Giai đoạn 2026 – 2030, …", "Bình quân …", "Tỷ lệ hội viên … đạt 90% trở lên."
_PERIOD_OR_SHARE_OPENER = re.compile(
    r"\W*(?:(?:(?:trong|sang)\s+)?năm 20\d\d\s*,|trong \d+ năm tới|giai đoạn 20\d\d\s*[-–]\s*20\d\d\s*,|bình quân"
    r"|tỷ lệ|tỉ lệ)")


_RESTATED_RESULT = re.compile(r"kết quả|\bđã\b|đến nay|đạt được|thực hiện được|tính đến")
# P5 (issue 11, iv14): a result's sentence opened by the part of the year it reviews reports a result: "9 tháng, các
# cấp Hội kết nạp 6.284 hội viên" after "đăng ký … chỉ tiêu kết nạp 8.000 hội viên mới trong năm 2025"
_PERIOD_SO_FAR = re.compile(
    r"\W*(?:sau\s+)?(?:\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:qua|năm\s+20\d\d))?\s*,"
    r"|\W*(?:trong\s+)?quý(?:\s+(?:i{1,3}|iv|\d)(?:\s*[/-]\s*20\d\d)?|\s+(?:này|qua|vừa qua))?\s*,")
# D2 (issue 11, iv13): a line opening on the results between the target and the result ("Kết quả, 9 tháng toàn phường
# …", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"): the result is told against the target above
_RESULTS_LINE = re.compile(r"\n[ \t]*(?:(?:[ivx]+|\d{1,2})[.)]\s*)?kết quả\b")
_NEXT_STEP = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s*,\s*(?!trong|nâng|đưa|gồm|tổng)(?:[^\W\d_]+\s+){1,2}")
# P8 (issue 11, iv18 FINDINGS): the year's estimate right after the result so far measures the same target: "… đã đạt
# 521 hộ, ước cả năm đạt khoảng 650 hộ"
_ESTIMATE_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s*,\s*(?:ước|dự kiến)(?:\s+(?:tính|thực hiện))?"
                             r"(?:\s+(?:cả năm|đến cuối năm|hết năm|năm 20\d\d))?(?:\s+(?:đạt|được|sẽ đạt))?"
                             r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*")
_OWN_RATE_NEXT = re.compile(r"[^\d;.:()\n]{0,40}?,\s*(?:đạt|bằng)\s+\d")  # a rate of its own that is no quotient


_YEAR_NAMED = re.compile(r"năm (20\d\d)")
# a target's noun before its generic unit: "… cho lao động nữ là 2.000 người", "… phụ nữ nông thôn: 300 người"
_NOUN_BEFORE_ITS_NUMBER = re.compile(r"(?<![^\W\d_])[^\W\d_][^\d,;.()\n]{2,40}?\s(?:là|:)?\s*$")
# what is still to do: "còn phải giúp thêm gần 190 hộ", "cần kết nạp thêm 25 hội viên" (not "đã giúp thêm 40 hộ")
_STILL_TO_DO = re.compile(r"(?<![^\W\d_])(?:phải|cần)(?:\s+[^\W\d_]+){1,3}?\s+thêm\s*$")
# the result's sentence tells another scope: one unit ("Riêng xã Tân Lập đã kết nạp …") or last year ("Cùng kỳ năm
# trước, các chi hội đã kết nạp …")
_OTHER_SCOPE = re.compile(r"\briêng\b|cùng kỳ|năm trước|năm ngoái")
_PER_UNIT = re.compile(r"\bmỗi\s+(?:cơ sở|chi hội|tổ|xã|phường|thôn|ấp|khu|cán bộ|hội viên|gia đình|đơn vị)")


_CLAUSE_END = re.compile(r"[,.;:()\n]|\s(?:và|với)\s")
# ("hộ phụ nữ thoát nghèo" and "hộ thoát nghèo bền vững": in a women's union's report, whose households they are
# names no other indicator)
_SUBJECT_FILLER = frozenset(("trong", "năm", "của", "do", "cho", "các", "những", "tại", "với", "và", "được", "là",
                             "đã", "trên", "địa", "bàn", "toàn", "mới", "thêm", "phụ", "nữ"))
# The verbs that name what a count measures, by indicator ("kết nạp" and "phát triển" both grow the membership):
# "thành lập 10 tổ hợp tác" is not measured by "hỗ trợ 35 tổ hợp tác tiếp cận vốn". Generic verbs ("thực hiện",
# "đạt", "có") name nothing and block nothing.
_VERB_GROUPS = (
    ("kết nạp", "phát triển", "thu hút", "tập hợp"), ("giúp", "giúp đỡ", "hỗ trợ"),
    ("thành lập", "xây dựng", "ra mắt", "xây mới", "xây"),
    ("trao", "tặng", "trao tặng"), ("tập huấn", "đào tạo", "bồi dưỡng", "dạy nghề"), ("cho vay", "giải ngân"),
    ("vận động", "huy động", "quyên góp"), ("tổ chức",), ("sửa chữa",), ("giới thiệu",), ("thăm", "thăm hỏi"),
    ("tuyên truyền",), ("duy trì", "củng cố"), ("nhận đỡ đầu", "đỡ đầu"),
)
_VERB_GROUP = {verb: k for k, group in enumerate(_VERB_GROUPS) for verb in group}
_INDICATOR_VERB = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, _VERB_GROUP), key=len, reverse=True)) + r")(?![^\W\d_])")
_VERB_REACH = re.compile(r"[^\d,;:()\n]{0,40}$")  # the words of the figure's own clause before it


def _indicator_verbs(low: str, f: Figure) -> frozenset[int]:
    """The groups of the indicator verbs in the words right before a figure ("đã thành lập được 12 tổ hợp tác" →
    founding; "hỗ trợ thành lập mới 1.000 hợp tác xã" → helping and founding), empty when none is there."""
    reach = _VERB_REACH.search(low, max(0, f.start - 40), f.start)
    if reach is None:
        return frozenset()
    return frozenset(_VERB_GROUP[verb] for verb in _INDICATOR_VERB.findall(low, reach.start(), f.start))


def _same_verb(low: str, result: Figure, target: Figure) -> bool:
    """Both figures follow an indicator verb of the same group ("vận động được 1,3 tỷ" and "vận động 2 tỷ")."""
    return bool(_indicator_verbs(low, target) & _indicator_verbs(low, result))


# P6 (issue 11, iv25 FINDINGS): households helped to make a living ("hỗ trợ 20 hộ phụ nữ phát triển kinh tế") are helped
# by loans, seed or stock: "hỗ trợ 6 hộ phụ nữ vay vốn chăn nuôi" counts toward it ("hộ thoát nghèo" does not)
_LIVELIHOOD = ("phát triển kinh tế", "sinh kế", "làm kinh tế")
_MEANS = frozenset(("vay", "vốn", "giống", "chăn", "nuôi", "trồng", "sinh", "kinh"))


def _means_to_an_end(result_words: list[str], target_words: list[str]) -> bool:
    """Whether the target counts households helped to make a living and the result names a means to it."""
    return " ".join(target_words).startswith(_LIVELIHOOD) and bool(_MEANS.intersection(result_words[:4]))


def _other_indicator(low: str, result: Figure, target: Figure) -> bool:
    """The two figures share the unit but not the indicator: the target's first word after the unit is not among
    the result's ("hộ vay vốn", "hộ nghèo" against "hộ thoát nghèo"; but "hộ vươn lên thoát nghèo" is one), or the
    verbs before them name different things ("hỗ trợ 35 tổ hợp tác" against "thành lập 10 tổ hợp tác")."""
    unit = set((target.unit or "").lower().split())
    words = [[w for w in (f.subject or "").lower().split() if w not in unit and w not in _SUBJECT_FILLER]
             for f in (result, target)]
    if not words[0]:  # a bare "75 hộ": the words right after it, to the clause's end ("được vay vốn")
        after = _CLAUSE_END.split(low[result.end:result.end + 40], 1)[0].split()[:3]
        words[0] = [w for w in after if w not in _SUBJECT_FILLER]
    if words[0] and words[1] and words[1][0] not in words[0][:5] and not _means_to_an_end(words[0], words[1]):
        return True  # "hộ nghèo" is no "hộ thoát nghèo"
    verbs = _indicator_verbs(low, result), _indicator_verbs(low, target)
    return bool(verbs[0]) and bool(verbs[1]) and not verbs[0] & verbs[1]  # "đã hỗ trợ 1.250" shares "hỗ trợ thành lập"


def another_indicator(low: str, result: Figure, target: Figure) -> bool:
    """Whether a result counts another indicator than the target of its unit: money under another verb ("dư nợ"
    against "giải ngân"), a count of another thing or verb ("tập huấn cho 450 hội viên" against "kết nạp 300")."""
    return not _same_verb(low, result, target) if result.unit_class == "vnd" else _other_indicator(low, result, target)


def _claimed(figures: list[Figure], target: Figure) -> bool:
    """A target a result told just before it already measures ("kết nạp 1.036 hội viên, đạt 25,9% chỉ tiêu năm 2025
    (4.000 hội viên)"): a later stock of the same noun ("rà soát … hơn 368.000 hội viên") does not restate it."""
    return any(g.target == target.value and not g.is_target and g.num_start < target.num_start for g in figures)


# P18 (issue 11, iv20 FINDINGS): the members a congress's delegates stand for are no result
_REPRESENTED = re.compile(r"đại diện(?:\s+cho)?\s*$")


def link_restated_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"mục tiêu xây dựng 100 công trình …. Kết quả, đã thực hiện được 115 công trình": a later result that restates
    the wording of the only target with its unit is measured against it (never a result told before the target)."""
    if "(mỗi" in low or "( mỗi" in low:  # (here: once every rule before has found the targets)
        mark_each_units_share(low, figures)
    generic = set(load_words("generic_unit"))  # "người", "lượt": too common to tie a result to a target
    by_unit: dict[tuple[str, str], list[Figure]] = {}
    named_before: list[Figure] = []  # P15 (issue 11, iv15): "chỉ tiêu … cho lao động nữ là 2.000 người"
    for f in figures:
        if f.is_target and f.unit and (f.unit.lower() not in generic or f.unit_class == "vnd"):
            by_unit.setdefault((f.unit_class, f.unit.lower()), []).append(f)
        elif f.is_target and f.unit_class == "count" and f.unit and _NOUN_BEFORE_ITS_NUMBER.search(
                low, max(0, f.start - 50), f.start):
            named_before.append(f)
    if not by_unit and not named_before:
        return  # no target with a noun: nothing to restate (most reviews)
    by_first: dict[tuple[str, str], list[Figure]] = {}  # the targets by their noun's first word, to find "tổ" for
    for (unit_class, _unit), same_unit in by_unit.items():  # "tổ hợp tác" without comparing every pair
        by_first.setdefault((unit_class, _first_word(same_unit[0].unit or "")), []).extend(same_unit)
    for f in figures:
        if f.is_target or f.target is not None or not f.unit:
            continue  # a stated rate does not stop it: "kết quả: kết nạp 345 hội viên, đạt 115%" (chỉ tiêu 300)
        if "đại diện" in low[max(0, f.start - 16):f.start] and _REPRESENTED.search(low, max(0, f.start - 16), f.start):
            continue  # "300 đại biểu đại diện cho hơn 386 nghìn hội viên": the members a congress stands for
        if "thêm" in low[max(0, f.start - 8):f.start] and _STILL_TO_DO.search(low, max(0, f.start - 60), f.start):
            f.is_target, f.target = True, f.value  # "quý IV còn phải giúp thêm khoảng 40 hộ": a target of itself
            continue
        found = by_unit.get((f.unit_class, f.unit.lower())) or []
        if not any(g.num_start < f.num_start for g in found) and (  # (P3, iv24: past a later target of its
                near := by_first.get((f.unit_class, _first_word(f.unit)))):  # abbreviation, "… 15 HTX" next year)
            found = [g for g in near if same_noun(low, g, f)]  # "Với chỉ tiêu 478 tổ, … thành lập 557 tổ hợp tác"
        if not found and named_before:  # its noun before a generic unit: "… cho lao động nữ là 2.000 người"
            found = [g for g in named_before if f" {f.unit.lower()} " in low[max(0, g.start - 50):g.start]]
        found = [g for g in found if not yearly_against_term(low, g, f)]  # ("mỗi năm 15 hộ"; "cả nhiệm kỳ 87 hộ")
        if (own := _own_target(low, f, found)) is not None:
            f.target = own.value  # "Chỉ tiêu xây dựng 10 nhà …; kết quả trao 12 nhà": the sentence's own target
            continue
        found = [g for g in found if g.num_start < f.num_start]  # (D2, iv13: a later target, the next term's or
        # quarter's, "Quý II … hoàn thành 15 mái ấm", leaves the year's 30 the only one above "khởi công 7 mái ấm")
        if not found or len(found) != 1 or _claimed(figures, found[0]) or any(
                g.target == found[0].value and not g.is_target and found[0].num_start < g.num_start < f.num_start
                and not _NEXT_STEP.fullmatch(low, g.end, f.start) and not _ESTIMATE_AFTER.fullmatch(low, g.end, f.start)
                for g in figures):
            continue  # (nor when a result after it took it: a part, "… đã hỗ trợ 43 hộ …; trong đó 11 hộ …", the
            # running total, another count; but the next step listed right after it, "đến nay đã khởi công 2 nhà, bàn
            # giao 1 nhà", measures "giao xây dựng 4 nhà" too)
        if _restates(low, bounds, figures, f, found[0]):
            f.target = found[0].value


# P8 (issue 11, iv15): a deed done, "được" right before the amount: "Các cấp Hội vận động được 19,4 tỷ đồng"
_GOT_RIGHT_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+\s+được\s*$")


def _in_a_title(low: str, g: Figure) -> bool:
    """Whether a figure stands in a title line: short, with no sentence end."""
    line_start, line_end = low.rfind("\n", 0, g.start) + 1, low.find("\n", g.end)
    line = low[line_start:len(low) if line_end == -1 else line_end].rstrip()
    return len(line) <= 200 and not line.endswith((".", ";", ":", ","))


def _restates(low: str, bounds: Bounds, figures: list[Figure], f: Figure, target: Figure) -> bool:
    """Whether result ``f`` restates the only target of its unit above it: its rate agrees, the year, the term, the
    scope, the per-unit share and the indicator agree, and its sentence reports a result."""
    if f.achievement_pct is not None and target.value and abs(
            f.value / target.value * 100 - f.achievement_pct) > 1:
        return False  # P8b (issue 11, iv14): its stated rate measures another target ("1.260 hội viên được hướng dẫn
        # VNeID, đạt 126% so với chỉ tiêu" is no 700 % of the members' 180)
    start, end = bounds.sentence(f.num_start)
    said = _YEAR_NAMED.findall(low, start, f.start)
    set_for = _YEAR_NAMED.findall(low, max(0, target.num_start - 300), target.start)
    if said and not set_for and start > target.num_start:
        set_for = _YEAR_NAMED.findall(low, 0, target.start)[-1:]  # the plan's year in its title ("KẾ HOẠCH …
        # năm 2026" above "3. Giúp 2.500 hộ"): "III. KẾT QUẢ NĂM 2025 … giúp 2.317 hộ" is last year's
    if said and set_for and said[-1] != set_for[-1]:
        return False  # "Năm 2024, toàn tỉnh kết nạp 1.150 hội viên" is not measured by the 2025 plan's 1.200
    if _term_closed_before(low, start, f.start, target) or _OTHER_SCOPE.search(low, start, f.start) or (
            past_term_against_a_horizon(low, start, f.start, target)):  # ("nhiệm kỳ qua …" against "đến năm 2030 …")
        return False  # "Nhiệm kỳ 2021 - 2025, … đã hỗ trợ 128 mô hình" is not measured by the 2025–2030 list above
    if _PER_UNIT.search(low, bounds.sentence_start(target.num_start), target.start) and not _PER_UNIT.search(
            low, start, f.start):
        return False  # "mỗi cơ sở hội giúp 3 hộ" is each unit's target, not the whole's ("Toàn xã đã giúp 20 hộ")
    if f.unit_class == "vnd" and not _same_verb(low, f, target):
        return False  # money is measured by its own verb only: "giải ngân 18 tỷ" by "giải ngân 30 tỷ", not "dư nợ"
    if (f.unit_class != "vnd" and _other_indicator(low, f, target)) or any(
            g.value == f.value and g.unit == f.unit and g.num_start < target.num_start and not _in_a_title(low, g)
            for g in figures):
        return False  # "150 hộ vay vốn" is not measured by "giúp 60 hộ thoát nghèo"; nor a result repeated from above
        # (P8, iv15: a headline's copy is no earlier result: "Phụ nữ X vận động 19,4 tỷ đồng …" above the plan)
    # "Chỉ tiêu kết nạp 300 hội viên, kết quả đạt 320 hội viên", close by (not "đến nay Hội đã …" of the target's own
    # sentence, paragraphs above a stock: "Hiện nay, toàn đơn vị có … 8.101 hội viên")
    return bool((start > target.num_start and (_RESTATED_RESULT.search(low, start, end) or _GOT_RIGHT_BEFORE.search(
        low, max(0, f.start - 30), f.start) or (_PERIOD_SO_FAR.match(
        low, start) and not _OWN_RATE_NEXT.match(low, f.end)) or _RESULTS_LINE.search(low, target.end, f.start))) or (
        f.start - target.end <= 160 and _RESTATED_RESULT.search(low, target.end, f.start)))


# the target's clause, then the result's opened by "kết quả": "Chỉ tiêu … là 40 hộ; kết quả các chi hội đã hỗ trợ 43
# hộ", by the term's end ("…; kết thúc nhiệm kỳ, … đã hỗ trợ 6.812 hộ"), P3 (iv24) by a date ("…; đến ngày 20/11 mới")
_THEN_ITS_RESULT = re.compile(r"[^\d.;:()\n]{0,60}[;,]\s*(?:kết quả\b[^\d.;:()\n]{0,60}"
                              r"|(?:kết thúc|hết|cuối)\s+nhiệm kỳ\b[^\d.;:()\n]{0,50}?\bđã\b[^\d.;:()\n]{0,30}"
                              r"|(?<=;)\s*(?:tính\s+)?đến\s+(?:nay|ngày\s+\d{1,2}/\d{1,2}(?:/20\d\d)?|(?:hết|cuối)\s+(?:quý|"
                              r"tháng)\s+(?:[ivx]+|\d{1,2}))\b[^\d.;:()\n]{0,50}?\b(?:mới|chỉ|đã)\b[^\d.;:()\n]{0,30})")


def _own_target(low: str, f: Figure, found: list[Figure]) -> Figure | None:
    """The target of the result's noun told in the clause right before it, the result's opened by "kết quả", whatever
    its verb and the noun's other targets (next year's); not when the result's rate states another quotient."""
    for g in found:
        if g.num_start < f.num_start and _THEN_ITS_RESULT.fullmatch(low, g.end, f.start) and (
                f.achievement_pct is None or (g.value and abs(f.value * 100 / g.value - f.achievement_pct) <= 1)):
            return g
    return None


_TERM_NAMED = re.compile(r"(?:nhiệm kỳ|giai đoạn)\s*(20\d\d)\s*[-–]\s*(20\d\d)")


def _term_closed_before(low: str, start: int, pos: int, target: Figure) -> bool:
    """Whether the result's sentence names a term that ends by the time the target's term begins: a congress tells
    the closing term's results beside the new term's targets ("Nhiệm kỳ 2025 - 2030, … mỗi năm hỗ trợ hơn 25 mô hình
    …. Nhiệm kỳ 2021 - 2025, các cấp Hội đã hỗ trợ 128 mô hình")."""
    told = _TERM_NAMED.findall(low, start, pos)
    if not told:
        return False
    set_for = _TERM_NAMED.findall(low, max(0, target.num_start - 600), target.start)
    return bool(set_for) and told[-1] != set_for[-1] and int(told[-1][1]) <= int(set_for[-1][0])


@functools.lru_cache(maxsize=4096)
def _first_word(unit: str) -> str:
    """A noun's first word, an abbreviation's spelt out ("HTX" → "hợp")."""
    words = unit.lower().split()
    return {"htx": "hợp", "tht": "tổ"}.get(words[0], words[0]) if words else ""


# "Chỉ tiêu 3: 95% hội viên được tuyên truyền. Kết quả đạt 97%.": a review restating each numbered target, then its
# result
_ITEM_HEAD = re.compile(r"[ \t]*[-+•*]?[ \t]*(?:chỉ tiêu|mục tiêu)(?:\s+số)?\s*\d{1,2}\s*[:.]")  # at a line start
_ITEM_RESULT = re.compile(r"kết quả|\bđã\b|đạt được|thực hiện được")


def link_numbered_items(low: str, figures: list[Figure]) -> None:
    """In a numbered item of a review ("Chỉ tiêu 3: …"), the result after "Kết quả" is measured against the item's
    one target of the same kind (a share's result against the share, a count's against the count)."""
    heads = sorted({line_start for word in ("chỉ tiêu", "mục tiêu") for i in find_all(low, word)
                    if _ITEM_HEAD.match(low, line_start := low.rfind("\n", 0, i) + 1)})
    for k, head in enumerate(heads):
        paragraph_end = low.find("\n\n", head)
        end = heads[k + 1] if k + 1 < len(heads) else (paragraph_end if paragraph_end != -1 else len(low))
        item = [f for f in figures if head <= f.num_start < end]
        targets = [f for f in item if f.is_target]
        if len(targets) != 1:
            continue
        target = targets[0]
        said = _ITEM_RESULT.search(low, target.end, end)
        if said is None or _PER_UNIT.search(low, head, target.start):
            continue  # "Mỗi năm mỗi cơ sở hội giúp ít nhất 2 hộ": each unit's target, not the whole's
        for f in item:
            if (f.num_start > said.start() and not f.is_target and f.target is None
                    and f.unit_class == target.unit_class and f.achievement_pct is None):
                f.target = target.value
