"""Goals phrased as achievement: a percent or a count of targets that a goal, a directive or an aim's purpose asks
for is a target, not a rate reached ("phấn đấu hoàn thành 100% chỉ tiêu", "Tập trung chỉ đạo hoàn thành 100% chỉ tiêu
năm 2025", "kết nạp ít nhất 2.255 hội viên để đạt 100% kế hoạch năm", "Phấn đấu hoàn thành 12/12 chỉ tiêu"), while a
review of them ("đã hoàn thành 12/12 chỉ tiêu") stays a result. Read by :func:`wuanalysis.rates.attach_rates` (split
from :mod:`wuanalysis.rates`) and :func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the
lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .units import unit_words

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure
    from .clause_bounds import Bounds


# the union's units, counted by whether they reached a bar: "32/40 chi hội đạt từ 70% kế hoạch trở lên", "18/22 xã,
# phường, đặc khu đã đạt trên 80% chỉ tiêu năm" (the bar's rate is the percent's; the units are no result measured)
UNIT_NOUNS = frozenset(("xã", "phường", "đặc khu", "thị trấn", "huyện", "tỉnh", "chi hội", "cơ sở", "cơ sở hội",
                        "đơn vị", "tổ", "tổ phụ nữ", "thôn", "ấp", "khu phố", "tổ dân phố", "cụm", "hội cơ sở"))
# ("4 đơn vị còn lại đạt từ 90% kế hoạch trở lên": the rest of them; "5 đơn vị còn lại đạt dưới 50% kế hoạch")
_UNITS_THEN_BAR = re.compile(r"(?:\s*,\s*[^\W\d_]+(?:\s[^\W\d_]+)?)*(?:\s+còn lại)?\s+(?:đã\s+|đều\s+)?"
                             r"(?:đạt|hoàn thành)(?:\s+được)?\s*(?:(?:từ|trên|hơn|dưới)\s*)?")


def units_reaching_a_bar(low: str, head: Figure, f: Figure) -> bool:
    """"32/40 chi hội đạt từ 70% kế hoạch trở lên": the units counted by a bar they reached, no result measured."""
    return (f.unit_class == "percent" and f.qualifier in ("at_least", "more_than", "less_than")
            and head.unit is not None and head.unit.lower() in UNIT_NOUNS
            and _UNITS_THEN_BAR.fullmatch(low, head.end, f.start) is not None)


# "đạt chỉ tiêu 100% khu phố có mô hình": the target's word, then the share it asked for and what it counts (met,
# not a rate; "vượt chỉ tiêu 12%", "hoàn thành kế hoạch: 105%" name no counted noun after the percent)
_SHARE_ASKED = re.compile(r"(?:đạt|hoàn thành)\s+chỉ tiêu\s*$")

# "đảm bảo đến cuối nhiệm kỳ đạt 100% chỉ tiêu", "phấn đấu hoàn thành 110% kế hoạch", "quyết tâm đến hết nhiệm kỳ đạt
# và vượt 100% các chỉ tiêu": a goal phrased as achievement, in one stretch with no comma or "đã" (never "Nhờ nỗ lực
# phấn đấu, Hội đã hoàn thành 105% kế hoạch", "Sau một năm phấn đấu, các cấp Hội đạt 112%", which review; nor a
# forecast, "dự kiến đến cuối năm vượt 10% kế hoạch", an estimated rate)
_GOAL_BEFORE_RATE = re.compile(
    r"(?<!đã )(?<!tính )(?<!dự kiến )(?<!ước )"
    r"(?:phấn đấu|đảm bảo|bảo đảm|quyết tâm|cam kết|đến (?:cuối|hết) (?:nhiệm kỳ|năm))"
    r"(?:năm 20\d\d|(?!\bđã\b|\bđược\b)[^.;:,\n\d]){0,60}?(?:đạt|hoàn thành|vượt)[^.;:,\n\d]{0,16}$")
GOAL_WORDS = ("phấn đấu", "bảo đảm", "đảm bảo", "quyết tâm", "cam kết", "đến cuối", "đến hết")
_GOAL_REF = re.compile(r"\s*(?:các\s+)?(?:chỉ tiêu|kế hoạch|kh\b|mục tiêu|nghị quyết|nq\b"
                       r"|số\s+(?:[^\W\d_]+\s+){1,3}?(?:đã\s+|được\s+)?đăng ký\b)")  # "… 100% số hộ đăng ký"


def a_target_share(low: str, lo: int, f: Figure, goals: bool, left: str, right: str) -> bool:
    """A percent after a rate's verb that is a target share, not a rate: a goal phrased as achievement ("phấn đấu hoàn
    thành 100% chỉ tiêu"), or the share a target asked for, met ("đạt chỉ tiêu 100% khu phố có mô hình do … giao")."""
    if _SHARE_ASKED.search(left) and unit_words().noun.match(low, f.end):
        return True
    if ("để" in left or "nhằm" in left) and _a_purpose(low, lo, f, left, right):
        return True
    if "đến" in left and _A_HORIZON_IN_BRACKETS.search(low, max(lo, f.start - 100), f.start):
        return True  # "(Nghị quyết Đại hội tỉnh đề ra đến năm 2030 đạt 90%)": the target share and its horizon
    if "dự kiến" in left and _a_share_projected(low, lo, f, left, right):
        return True
    return goals and bool(_GOAL_REF.match(right)) and (_GOAL_BEFORE_RATE.search(
        low, max(lo, f.start - 100), f.start) is not None or _AIMS_BEFORE_RATE.search(
        low, max(lo, f.start - 200), f.start) is not None or (" và " in left and _AIM_AND_RATE.search(
        low, max(lo, f.start - 200), f.start) is not None))


# "Hội phấn đấu giúp thêm 12 hộ thoát nghèo và hoàn thành 100% kế hoạch năm", "quyết tâm kết nạp tối thiểu 80 hội
# viên và hoàn thành vượt 100% chỉ tiêu": the pledge's deed and its share of the plan, both targets (iv24 P5; the
# pledge opens its clause with no comma before its figure: never "Nhờ nỗ lực phấn đấu, Hội kết nạp 80 hội viên và …")
_AIM_AND_RATE = re.compile(
    r"(?<!đã )(?<!tính )(?:phấn đấu|đảm bảo|bảo đảm|quyết tâm|cam kết)\s+(?:(?!\bđã\b|\bđược\b)[^.;:,\n\d]){0,60}?\d"
    r"(?:(?!\bđã\b|\bđược\b)(?:[^.;:\n]|(?<=\d)\.(?=\d))){0,160}?"
    r"\svà\s+(?:đạt|hoàn thành)(?:\s+(?:và\s+)?vượt(?:\s+mức)?)?\s*$")


# "86,2%, tăng 0,7% so với cùng kỳ (Nghị quyết Đại hội tỉnh đề ra đến năm 2030 đạt 90%)", "72% (kế hoạch đến cuối
# nhiệm kỳ đạt 80%)": a bracket naming the target, its horizon, then the share asked for (iv23 P3)
_A_HORIZON_IN_BRACKETS = re.compile(
    r"\(\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu|nghị quyết|nq)\b[^()\d]{0,60}?(?:đến|tới)\s+(?:năm\s+20\d\d"
    r"|(?:cuối|hết)\s+(?:năm|nhiệm kỳ|giai đoạn)(?:\s+20\d\d)?)\s*,?\s*(?:phải\s+|sẽ\s+)?đạt\s*$")


# "…, dự kiến cuối năm đạt 60%", "dự kiến đến hết năm 2026 đạt 80%": the share aimed at by the year's end
_SHARE_PROJECTED = re.compile(r"(?<![^\W\d_])dự kiến\s+(?:đến\s+)?(?:cuối|hết)\s+năm(?:\s+20\d\d)?\s*,?\s*(?:sẽ\s+)?"
                              r"(?:đạt|lên)\s*$")
_PLAN_NAMED = re.compile(r"chỉ tiêu|kế hoạch|mục tiêu|nghị quyết")


def _a_share_projected(low: str, lo: int, f: Figure, left: str, right: str) -> bool:
    """"Tỷ lệ hội viên cài ứng dụng đạt 46,3%, dự kiến cuối năm đạt 60%": a share projected for the year's end with no
    plan stated for it is the share aimed at, a target of itself (iv22 P11; never "dự kiến cả năm đạt 105% kế hoạch",
    an estimated rate, nor a share whose clause names its target: the projection is then measured by it)."""
    return (_SHARE_PROJECTED.search(left) is not None and not _GOAL_REF.match(right)
            and _PLAN_NAMED.search(low, lo, f.start) is None)


# "Hội phấn đấu kết nạp thêm 60 hội viên, hỗ trợ 15 hộ thoát nghèo, hoàn thành 100% chỉ tiêu năm": a list of aims with
# their figures, closing on every target met, or the aim's purpose ("phấn đấu kết nạp 164 hội viên còn lại để hoàn thành
# 100% chỉ tiêu"), or what the aim is worth ("phấn đấu đến hết quý II kết nạp tối thiểu 1.500 hội viên, tương đương 50%
# kế hoạch năm": both targets, iv15 P4) (never "Sau một năm phấn đấu, các cấp Hội đạt 112%": no aim's figure)
_AIMS_BEFORE_RATE = re.compile(
    r"(?<!đã )(?<!tính )(?:phấn đấu|đảm bảo|bảo đảm|quyết tâm|cam kết)\s+(?:(?!\bđã\b|\bđược\b)[^.;:\n\d]){0,60}?\d"
    r"(?:(?!\bđã\b|\bđược\b)(?:[^.;:\n]|(?<=\d)\.(?=\d))){0,160}?"
    r"(?:,\s*|\s(?:để|nhằm)\s+)(?:(?:đảm bảo|bảo đảm)\s+)?(?:đạt|hoàn thành|tương đương(?:\s+với)?|bằng)"
    r"(?:\s+và\s+vượt)?\s*$")


# "hoàn thành 100% (các) chỉ tiêu" with no result before it: every target met, or a plan's aim to meet them all, told
# by a directive before it ("Tập trung chỉ đạo …", "Tiếp tục chỉ đạo các cơ sở Hội …"; never after "đã")
_EVERY_TARGET = re.compile(r"\s*(?:các\s+)?chỉ tiêu")
# "tập trung hoàn thành 100% số nhà đăng ký hỗ trợ": the registered list a directive asks to finish (a plan's aim)
_REGISTERED_LIST = re.compile(r"\s*số\s+(?:[^\W\d_]+\s+){1,3}?(?:đã\s+|được\s+)?đăng ký\b")
_DIRECTIVE = re.compile(r"(?<!đã )(?:tập trung|chỉ đạo|tiếp tục|đẩy mạnh|nỗ lực)(?:(?!\bđã\b)[^\d.;:,\n]){0,60}$")


def every_target_met(low: str, figures: list[Figure], i: int, lo: int, verb: re.Match, right: str) -> bool:
    """"Hội đã hoàn thành 100% chỉ tiêu Nghị quyết đề ra, trong đó …": the share of the targets met, no rate; "Tập
    trung chỉ đạo hoàn thành 100% chỉ tiêu năm 2025": a plan's goal, marked a target. Only with no result before it
    in the clause ("giúp 45 hộ thoát nghèo, hoàn thành 100% chỉ tiêu" measures the result)."""
    f = figures[i]
    if f.value != 100 or not verb.group(0).startswith("hoàn thành") or (i and figures[i - 1].num_start >= lo):
        return False
    if _REGISTERED_LIST.match(right):
        return _directs_the_registered(low, lo, f)
    if not _EVERY_TARGET.match(right):
        return False
    if _DIRECTIVE.search(low, lo, max(lo, low.rfind("hoàn thành", lo, f.start))):
        f.is_target, f.target = True, f.value
    return True


# "3 tỉnh hoàn thành 100% chỉ tiêu", "5/7 xã đều hoàn thành 100% chỉ tiêu năm", "có 6 huyện đã hoàn thành 100% các
# chỉ tiêu": the units counted, then every target met
_UNITS_MET_EVERY_TARGET = re.compile(r"(?:\s+(?:còn lại|đều|đã|cũng))*\s+hoàn thành\s*$")


def units_meeting_every_target(low: str, figures: list[Figure], i: int, lo: int, right: str) -> bool:
    """"Về thực hiện Nghị quyết, 3 tỉnh hoàn thành 100% chỉ tiêu": the union's units counted as having met every target
    is a share of the targets met by them, no rate of the units nor of the percent (never "thành lập 2 hợp tác xã,
    hoàn thành 100% chỉ tiêu": a result measured)."""
    f = figures[i]
    if f.value != 100 or not i or not _EVERY_TARGET.match(right):
        return False
    units = figures[i - 1]
    return (units.num_start >= lo and units.unit is not None and units.unit.lower() in UNIT_NOUNS
            and _UNITS_MET_EVERY_TARGET.fullmatch(low, units.end, f.start) is not None)


def _directs_the_registered(low: str, lo: int, f: Figure) -> bool:
    """"Tập trung hoàn thành 100% số nhà đăng ký hỗ trợ", a directive's aim: a target, no rate (never "Hội đã hoàn
    thành 100% số nhà đăng ký", a result that keeps its rate)."""
    if not _DIRECTIVE.search(low, lo, max(lo, low.rfind("hoàn thành", lo, f.start))):
        return False
    f.is_target, f.target = True, f.value
    return True


# what a review of the targets says before them in its sentence: "Năm 2024, Hội đã hoàn thành 12/12 chỉ tiêu", "nỗ
# lực phấn đấu hoàn thành 7/7 chỉ tiêu" (the effort made), "Kết quả, …"
_REVIEWED_BEFORE = re.compile(r"\bđã\b|kết quả|nỗ lực|(?:năm|nhiệm kỳ|vừa) qua\b|đến nay")


# "Hội phấn đấu giúp 350 phụ nữ có việc làm mới và hoàn thành 11/11 chỉ tiêu năm": the ratio the last aim of a goal's
# list (never "…, đã hoàn thành 11/11", which reviews)
_AIMS_THEN_RATIO = re.compile(
    r"(?<!đã )(?<!tính )(?:phấn đấu|đảm bảo|bảo đảm|quyết tâm|cam kết)\s+(?:(?!\bđã\b|\bđược\b)[^.;:\n\d]){0,60}?\d"
    r"(?:(?!\bđã\b|\bđược\b)(?:[^.;:\n]|(?<=\d)\.(?=\d))){0,160}?"
    r"(?:,\s*|\s)(?:và\s+)?(?:đạt|hoàn thành)(?:\s+và\s+vượt)?\s*$")


def mark_goal_ratios(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Phấn đấu hoàn thành 12/12 chỉ tiêu", "quyết tâm hoàn thành và vượt 9/9 chỉ tiêu": a goal counted in targets
    is a target statement (SCHEMA: "Phấn đấu 92%"), like a goal phrased as a rate; a review of them ("đã hoàn thành
    12/12 chỉ tiêu", "Nhờ nỗ lực phấn đấu, …") stays a result."""
    if not any(word in low for word in GOAL_WORDS):
        return
    for f in figures:
        if f.unit_class != "ratio" or not f.unit or f.unit.lower() != "chỉ tiêu" or f.is_target:
            continue
        lo = bounds.clause(f.num_start)[0]
        goal = _GOAL_BEFORE_RATE.search(low, max(lo, f.start - 100), f.start) or _AIMS_THEN_RATIO.search(
            low, max(lo, f.start - 200), f.start)
        if goal and not _REVIEWED_BEFORE.search(low, lo, f.start):
            f.is_target, f.target = True, f.value


# "kết nạp ít nhất 2.255 hội viên để đạt 100% kế hoạch năm", "giúp tiếp 14 hộ nhằm hoàn thành 100% kế hoạch", "kết
# nạp 3 hội viên để đạt chỉ tiêu 100%": what reaching the aim would mean, told as its purpose
_PURPOSE_BEFORE_RATE = re.compile(r"(?<![^\W\d_])(?:để|nhằm)\s+(?:đạt|hoàn thành)(?:\s+(?:và\s+)?vượt)?"
                                  r"(\s+(?:chỉ tiêu|kế hoạch)(?:\s+năm)?)?\s*$")
_DONE = re.compile(r"(?<![^\W\d_])đã(?![^\W\d_])")


def _a_purpose(low: str, lo: int, f: Figure, left: str, right: str) -> bool:
    """"Quý IV kết nạp ít nhất 2.255 hội viên để đạt 100% kế hoạch năm": a percent of the plan told as an aim's purpose
    is a target share, no rate of the aim's figure (never "Hội đã nỗ lực … để đạt …", a review)."""
    purpose = _PURPOSE_BEFORE_RATE.search(left)
    if purpose is None or not (purpose.group(1) or _GOAL_REF.match(right)):
        return False
    return _DONE.search(low, lo, f.start) is None
