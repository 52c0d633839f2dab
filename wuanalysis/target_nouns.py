"""Whether two figures count the same thing as their nouns say (:func:`same_noun`: "108 tổ" for "135 tổ hợp tác",
"10 HTX" for "12 hợp tác xã"), or people of a kind and "người" (:func:`same_persons`). Read by the target rules
(through :mod:`wuanalysis.target_pairs` and :mod:`wuanalysis.target_cues`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .text import fold

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure

# the nouns writers shorten: "HTX" for "hợp tác xã", "THT" for "tổ hợp tác"
_ABBREVIATED_NOUNS = {"htx": "hợp tác xã", "tht": "tổ hợp tác"}
# P8 (issue 11, iv19 FINDINGS; iv17 P9): houses, counted by the programme's name or as houses ("148 "Mái ấm tình
# thương"" against "200 căn", "bàn giao 138 căn" against "120 "Mái ấm tình thương"")
_HOUSES = frozenset(("căn", "căn nhà", "nhà", "ngôi nhà", "mái ấm", "mái ấm tình thương"))


def same_noun(low: str, f: Figure, g: Figure) -> bool:
    """Whether two figures count the same thing as their nouns say: the same noun, one the other's first words ("108
    tổ" for "135 tổ hợp tác", "40 hộ" for "52 hộ phụ nữ") or its abbreviation ("10 HTX", "12 hợp tác xã"); a noun
    missing agrees with any. The shorter noun must end there: "20 tổ phụ nữ" (read "tổ") counts no "tổ hợp tác";
    "50.000 trẻ đặt ra" ends it."""
    if not f.unit or not g.unit:
        return True
    x, y = f.unit.lower(), g.unit.lower()
    x, y = _ABBREVIATED_NOUNS.get(x, x), _ABBREVIATED_NOUNS.get(y, y)
    if x == y or _noun_goes_on(low, x, f, y, g, str) or (x in _HOUSES and y in _HOUSES):
        return True
    # a noun of two words or more typed with a tone missing ("1.230 hôi viên mới" for "hội viên"), not one word ("hồ"
    # is no "hộ")
    x, y = fold(x), fold(y)
    return " " in x + y and (x == y or _noun_goes_on(low, x, f, y, g, fold))


def _noun_goes_on(low: str, x: str, f: Figure, y: str, g: Figure, key: Callable[[str], str]) -> bool:
    """Whether the shorter noun is the longer one's first words and the text goes on with the rest."""
    (short, shorter), (long, _longer) = sorted(((x, f), (y, g)), key=lambda pair: len(pair[0]))
    if not long.startswith(short + " "):
        return False
    goes_on = _NEXT_WORD.match(low, shorter.end)
    return goes_on is None or long[len(short) + 1:].startswith(key(goes_on.group(1))) or (
        goes_on.group(1) in _SETTING_WORDS)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# people counted by who they are; a target of "người" counts any of them ("1.760 phụ nữ khởi nghiệp so với chỉ tiêu
# 2.000 người")
_PERSONS = frozenset(("hội viên", "phụ nữ", "chị", "chị em", "lao động", "đoàn viên", "thành viên", "học viên"))


def same_persons(f: Figure, g: Figure) -> bool:
    """Whether one figure counts "người" and the other people of a kind (or "người" too)."""
    nouns = {(f.unit or "").lower(), (g.unit or "").lower()}
    return "người" in nouns and len(nouns - {"người"} - _PERSONS) == 0


# the shorter noun ends where the words setting it begin: "mục tiêu 50.000 trẻ đặt ra cho năm 2025" for "trẻ em",
# "300 căn theo kế hoạch" for "căn nhà"
_SETTING_WORDS = frozenset(("đặt", "đề", "giao", "được", "theo"))


# P18 (issue 11, iv16 FINDINGS; house rule of the fourteenth session): the union's own units named as the receivers of
# targets: "giao chỉ tiêu kết nạp 900 hội viên, … cho 39 cơ sở Hội", "phân bổ chỉ tiêu … tới 16 chi hội trực thuộc"
_TO_THE_UNITS = re.compile(r"(?<![^\W\d_])(?:cho|tới|đến)(?:\s+(?:các|tất cả))?\s*$")
_UNION_UNITS = re.compile(r"[\d.,]+\s+(?:cơ sở|chi hội|hội lhpn|hội liên hiệp|hội phụ nữ|hội cơ sở|đơn vị|tổ phụ nữ)\b")
_ASSIGNING = ("giao", "phân bổ", "phân công", "phân chỉ tiêu")


def receiving_units(low: str, f: Figure, cue_start: int) -> bool:
    """Whether count ``f`` counts the union's units an assignment from ``cue_start`` gives its targets to ("giao chỉ
    tiêu … cho 39 cơ sở Hội"): no target (not "phấn đấu hỗ trợ vốn cho 40 hộ", a plan's aim)."""
    return f.unit_class == "count" and _UNION_UNITS.match(low, f.num_start) is not None and (
        _TO_THE_UNITS.search(low, max(cue_start, f.start - 16), f.start) is not None) and any(
        word in low[max(0, cue_start - 16):f.start] for word in _ASSIGNING)  # ("Tỉnh Hội giao chỉ tiêu …")


# L1 (issue 11, iv21 FINDINGS' leftovers in iv19, iv20): the union's own units in a plan list, whose work is aimed at or
# to whom targets go: "nâng cao chất lượng hoạt động của 92 Hội LHPN xã", "- Giao chỉ tiêu cho 21 chi hội" (not
# "- Thành lập mới 5 chi hội": units to found)
_OF_THE_UNITS = re.compile(r"(?<![^\W\d_])của(?:\s+(?:các|tất cả))?\s*$")


def units_named_in_a_plan(low: str, f: Figure) -> bool:
    """Whether count ``f`` names the union's units in a plan item ("của 92 Hội LHPN xã", "giao chỉ tiêu cho 21 chi
    hội"): no target."""
    if f.unit_class != "count" or _UNION_UNITS.match(low, f.num_start) is None:
        return False
    line_start = low.rfind("\n", 0, f.start) + 1
    return _OF_THE_UNITS.search(low, max(line_start, f.start - 12), f.start) is not None or receiving_units(
        low, f, line_start) or _units_in_charge(low, f, line_start)


# P10 (issue 11, iv24 FINDINGS; the fourteenth session's receivers rule): the union's units its officers are put in
# charge of: "phân công Ủy viên Ban Chấp hành phụ trách 34 chi hội", "giao Ủy viên Thường vụ theo dõi 12 chi hội",
# "Mỗi Ủy viên … phụ trách 3 cơ sở hội" (not "Thành lập mới 5 chi hội", units to found)
_IN_CHARGE_OF = re.compile(r"(?<![^\W\d_])(?:phụ trách|theo dõi|chỉ đạo|bám|hướng dẫn)(?:\s+(?:địa bàn|trực tiếp))?"
                           r"(?:\s+(?:các|tất cả))?\s*$")
_OFFICERS = ("ủy viên", "uỷ viên", "cán bộ", "thành viên", "lãnh đạo")


def _units_in_charge(low: str, f: Figure, line_start: int) -> bool:
    """"phân công Ủy viên Ban Chấp hành phụ trách 34 chi hội": the units an officer is in charge of, no target."""
    return _IN_CHARGE_OF.search(low, max(line_start, f.start - 30), f.start) is not None and any(
        word in low[max(line_start, f.start - 80):f.start] for word in _OFFICERS)


# P14 (issue 11, iv20 FINDINGS; iv17 P7): what is still missing to reach a target: "chỉ tiêu kết nạp hội viên chỉ còn
# thiếu 17 hội viên", "như vậy chỉ còn 38 hộ nữa là hoàn thành", "còn thiếu 2.880 hội viên so với chỉ tiêu năm"; P3
# (issue 11, iv21 FINDINGS): the rest not reached yet, "còn 3 hộ chưa đạt so với mục tiêu 12 hộ"
_SHORT_BY = re.compile(r"(?<![^\W\d_])(?:còn\s+)?thiếu\s*$")
_STILL_BEFORE = re.compile(r"(?<![^\W\d_])còn\s*$")
_MORE_TO_GO = re.compile(r"[^\d,;.:()]{0,20}?\s(?:nữa|chưa)\b")


def short_of_target(low: str, f: Figure) -> bool:
    """Whether ``f`` is the gap to a target ("còn thiếu 17 hội viên", "còn 38 hộ nữa là hoàn thành", "còn 3 hộ chưa
    đạt"): no target, nor a result (not "giảm tỷ lệ hộ nghèo còn 1,5%", a level to reach)."""
    return _SHORT_BY.search(low, max(0, f.start - 16), f.start) is not None or (
        _STILL_BEFORE.search(low, max(0, f.start - 8), f.start) is not None and (
            _MORE_TO_GO.match(low, f.end) is not None)) or (
        "(" in low[max(0, f.start - 20):f.start] and carried_over_shortfall(low, f))


# P10 (issue 11, iv24 FINDINGS): last year's shortfall told in a target's bracket: "thành lập 40 HTX (bao gồm 7 HTX
# chưa đạt của năm 2025)", "kết nạp 300 hội viên (trong đó 40 hội viên còn thiếu từ năm trước)" (not "(trong đó ít
# nhất 60% là hộ đồng bào dân tộc)", a part of the target)
_PART_OPENS = re.compile(r"\(\s*(?:bao gồm|gồm|trong đó)(?:\s+cả)?\s*$")
_LEFT_FROM_BEFORE = re.compile(
    r"[^\d();]{0,30}?(?:chưa đạt|chưa hoàn thành|còn thiếu|chưa thực hiện|chuyển sang|tồn đọng)[^\d();]{0,20}?"
    r"(?:năm\s+(?:20\d\d|trước|ngoái|qua)|kỳ trước|nhiệm kỳ trước)")


def carried_over_shortfall(low: str, f: Figure) -> bool:
    """"(bao gồm 7 HTX chưa đạt của năm 2025)": a part of a target left over from last year, no target of its own."""
    return _PART_OPENS.search(low, max(0, f.start - 20), f.start) is not None and _LEFT_FROM_BEFORE.match(
        low, f.end) is not None


# P9 (issue 11, iv18 FINDINGS): a target for each year is no measure of a whole term's result: "Nghị quyết đề ra mỗi năm
# giúp 15 hộ thoát nghèo; kết quả cả nhiệm kỳ đã giúp 87 hộ"
_EACH_YEAR = re.compile(r"\b(?:mỗi|hằng|hàng)\s+năm\b")
_WHOLE_TERM = re.compile(r"nhiệm kỳ|giai đoạn|\b\d+\s+năm\b")
_CLAUSE_START = re.compile(r"[.;:\n][^.;:\n]*$")


def yearly_against_term(low: str, target: Figure, result: Figure) -> bool:
    """Whether a target set for each year ("mỗi năm giúp 15 hộ") faces a result told for a whole term or several years
    after it ("cả nhiệm kỳ đã giúp 87 hộ", "sau 5 năm")."""
    if target.start > result.start or "năm" not in low[max(0, target.start - 80):target.start]:
        return False
    opened = _CLAUSE_START.search(low, max(0, target.start - 80), target.start)
    lo = opened.start() if opened else max(0, target.start - 80)
    return _EACH_YEAR.search(low, lo, target.start) is not None and _WHOLE_TERM.search(
        low, target.end, result.start) is not None


# P17 (issue 11, iv19 FINDINGS): the closing term's result beside a target for a horizon ahead: "đến năm 2030 hỗ trợ 300
# phụ nữ khởi nghiệp" … "Nhìn lại nhiệm kỳ qua, … hỗ trợ 41 phụ nữ khởi nghiệp"
_PAST_TERM = re.compile(r"(?:nhiệm kỳ|giai đoạn)\s+(?:qua|trước|vừa qua)\b")
_HORIZON_AHEAD = re.compile(r"\bđến năm\s+20\d\d|nhiệm kỳ\s+(?:tới|mới)\b")


def past_term_against_a_horizon(low: str, start: int, pos: int, target: Figure) -> bool:
    """Whether the result's sentence (``start`` to ``pos``) tells the closing term's ("nhiệm kỳ qua") and the target
    aims at a horizon ahead ("đến năm 2030"): no measure of it."""
    if "qua" not in low[start:pos] and "trước" not in low[start:pos]:
        return False
    line_start = low.rfind("\n", 0, target.start) + 1
    return _PAST_TERM.search(low, start, pos) is not None and _HORIZON_AHEAD.search(
        low, max(line_start, target.start - 120), target.start) is not None


# P10 (issue 11, iv24 FINDINGS' leftover in iv22): the targets met, told after the tally set: "Nghị quyết đề ra 7 nhóm
# chỉ tiêu thì có 6 nhóm hoàn thành vượt mức", "… 12 chỉ tiêu thì 10 nhóm đã đạt" (not "… thì cần kết nạp 200 hội viên")
_THEN_THERE_ARE = re.compile(r"(?<![^\W\d_])thì(?:\s+(?:có|đã có|chỉ có|mới có))?\s*$")
_TALLY_BEFORE = re.compile(r"\d\s+(?:nhóm\s+)?chỉ tiêu(?:\s+[^\W\d_]+){0,4}?\s*,?\s*thì\b")
_MET_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:đã\s+|đều\s+)?(?:hoàn thành|đạt|vượt)\b")


def targets_met_after_a_tally(low: str, f: Figure) -> bool:
    """"… đề ra 7 nhóm chỉ tiêu thì có 6 nhóm hoàn thành vượt mức": how many of the targets were met, no target."""
    return f.unit_class == "count" and "thì" in low[max(0, f.start - 14):f.start] and _THEN_THERE_ARE.search(
        low, max(0, f.start - 14), f.start) is not None and _MET_AFTER.match(low, f.end) is not None and (
        _TALLY_BEFORE.search(low, max(0, f.start - 70), f.start) is not None)
