"""A result and its target told as a pair in one stretch of text: the target, then what was done against it ("chỉ
tiêu 500, thực hiện 560", "Với chỉ tiêu 9.178 lớp, đến nay Hội đã tổ chức 7.777 lớp"), the result, then its target
("…, trong khi chỉ tiêu đặt ra là …", "… so với chỉ tiêu 40 hộ"), the two abbreviated or over a slash ("KH 300 - TH
320", "36 hộ/30 hộ chỉ tiêu") (whether two figures count the same thing: :mod:`wuanalysis.target_nouns`). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets` (read through :mod:`wuanalysis.target_cues`); patterns
run on the lower-cased match form of the text.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .clause_bounds import CLAUSE_END, find_all
from .target_nouns import same_noun as same_noun
from .target_nouns import same_persons as same_persons
from .target_nouns import short_of_target
from .target_levels import link_plan_in_next_clause
from .target_listed_pairs import give_rate_after_target, link_listed_targets
from .text import fold

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# who set the target: "(chỉ tiêu huyện giao 1.000 hội viên)", "so với chỉ tiêu tỉnh giao (1 tỷ đồng)", "chỉ tiêu cụm đề
# ra là 1.000 nhà"; a commune's party committee or people's committee since the 2025 reform ("chỉ tiêu Đảng ủy xã
# giao (30 người)", "chỉ tiêu UBND phường giao", "chỉ tiêu cấp ủy đề ra")
GIVER = (r"(?:\s+(?:(?:hội lhpn\s+|hội liên hiệp phụ nữ\s+|hội phụ nữ\s+|ban thường vụ\s+|đảng ủy\s+|ubnd\s+"
          r"|ủy ban nhân dân\s+)?"
          r"(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|trung ương|cấp trên|hội cấp trên|cụm|thành)(?:\s+hội)?"
          r"|đảng ủy|cấp ủy|ubnd|ủy ban nhân dân|huyện ủy|tỉnh ủy|thành ủy)"
          r"(?=\s+(?:giao|đề ra|đặt ra)\b))")  # "chỉ tiêu Tỉnh hội giao", "… Hội LHPN tỉnh giao"


# P7 (iv12): how and when the target was set, between its word and its number: "so với chỉ tiêu đăng ký đầu năm là
# 8.000 hộ", "so với kế hoạch được phê duyệt từ đầu năm là 40 hộ", "so với mục tiêu đề ra từ đầu giai đoạn (1.200 căn)"
_SET_AT_THE_START = (r"(?:\s+(?:được\s+)?(?:đăng ký|phê duyệt|giao|đề ra|đặt ra))?"
                     r"(?:\s+(?:từ\s+)?đầu\s+(?:năm|kỳ|nhiệm kỳ|giai đoạn))?")


# "đạt 67.500.000đ, trong khi chỉ tiêu đặt ra là 65.000.000đ (đạt 103%)", "giúp 45 hộ, so với chỉ tiêu 40 hộ": the
# target told right after the result, in the result's sentence
_RESULT_THEN_TARGET = re.compile(
    # the result's words may hold a comma: "hỗ trợ 27 hộ phụ nữ nghèo bằng cây, con giống, trong khi chỉ tiêu …"
    # (P6, iv12: a comma right after the unit, "146 hợp tác xã, tổ hợp tác do phụ nữ quản lý, trong khi …")
    r"(?:\s+[^\W\d_][^\d,;.()]{0,40}?)?(?:,\s*[^\W\d_][^\d,;.()]{0,30}?)?"
    r"(?:(?:\s*,?\s*(?:trong khi(?:\s+đó)?|so với)|\s+trên)"
    r"\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    r"(?:\s+(?:nghị quyết|nq|đại hội))?" + _SET_AT_THE_START +
    # "trong khi chỉ tiêu cả năm huyện giao là 12 hộ": this year's, and who set it
    r"(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?(?:" + GIVER + r")?"
    # P11 (iv20): the term's or a horizon's ("trong khi chỉ tiêu nhiệm kỳ là 5.000 hộ", "… mục tiêu đến năm 2030 là …")
    r"(?:\s+(?:cả\s+)?nhiệm kỳ(?!\s+(?:tới|sau|mới)\b)|\s+(?:đến|tới)\s+năm\s+20\d\d)?"
    r"(?:\s+(?:chỉ\s+)?(?:được\s+)?(?:đặt ra|đề ra|giao))?(?:\s+(?:là|chỉ))?"  # "kế hoạch chỉ đặt ra 15 đơn vị"
    # "…, trong khi Nghị quyết giao 7.000 hộ": the resolution giving the target, no target word; L2 (issue 11, iv20):
    # the year's demand, "mới có 57 ý tưởng trong khi năm nay phải hỗ trợ 100 ý tưởng"
    r"|\s*,?\s*trong khi(?:\s+đó)?\s+(?:(?:nghị quyết|nq)(?:\s+đại hội)?\s+(?:chỉ\s+)?(?:đặt ra|đề ra|giao)(?:\s+là)?"
    r"|(?:(?:năm nay|cả năm)\s+)?(?:phải|cần)\s+(?:hỗ trợ|kết nạp|giúp|vận động|thành lập|xây dựng|trao|đạt)))"
    r"\s*[:(]?\s*")


# the next clause opens on the target, who set it and for whom, or the year's deed: "…; chỉ tiêu huyện giao cho xã là
# 90 hội viên", "…; kế hoạch của chi hội: 40 suất", "…; chỉ tiêu cả năm nhận đỡ đầu mới 5 trẻ" (not the next year's:
# "…; chỉ tiêu năm tới kết nạp 100 hội viên")
# ("… là 214 hộ - chỉ tiêu năm là 200 hộ, đạt 107%": a dash opens it too; "…; chỉ tiêu Nghị quyết là 7.500 hộ")
_CLAUSE_OPENS_ON_TARGET = re.compile(r"(?:;|\s[-–])\s*(?:chỉ tiêu|kế hoạch|mục tiêu)")
_CLAUSE_TARGET_WORDS = ("chỉ tiêu", "kế hoạch", "mục tiêu")  # what it ends on
_TARGET_IN_NEXT_CLAUSE = re.compile(
    # P6 (iv12), P11 (iv20): a comma in the result's words ("19.870 hộ thoát nghèo, cận nghèo; …", "bằng vốn, cây con")
    r"[^\d,;.:()]{0,40}?(?:,\s*(?!(?:đạt|bằng|vượt|tăng|giảm|trong|so)\b)[^\W\d_][^\d,;.:()]{0,40}?)?"
    r"\s*(?:;|\s[-–])\s*(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:nghị quyết|nq)(?:\s+đại hội)?)?"
    # "…; chỉ tiêu Tỉnh Hội giao cho huyện năm 2024 là 700 hội viên": for whom, then the year
    rf"(?:{GIVER}|\s+(?:được giao|giao|đề ra|đặt ra)|\s+(?:cho|của)(?:\s+[^\W\d_]+){{1,3}}?(?=\s*(?:là|:)|\s+năm\b))*"
    r"(?:\s+(?:cả\s+)?năm(?!\s+(?:tới|sau|mới)\b)(?:\s+(20\d\d))?(?:\s+[^\W\d_]+){0,5}?)?\s*(?:là\s*)?:?\s*")
_STATED_AS = re.compile(r"(?:\blà|:)\s*$")
_RUNNING_TOTAL_BEFORE = re.compile(r"(?:nâng|đưa)\s+tổng\s+số(?:\s+[^\W\d_]+){0,3}?\s+lên\s*$")
_NEW_ONES = re.compile(r"\bmới\b")


def _result_before_clause_target(low: str, figures: list[Figure], k: int) -> Figure | None:
    """The result a target opening the next clause measures ("Năm qua kết nạp 96 hội viên mới; chỉ tiêu huyện giao cho
    xã là 90 hội viên", "…; kế hoạch cả năm của quỹ là 300 triệu" that no cue marked): the figure before the ";", of
    the target's noun, with no target or rate of its own, for the year its sentence names ("Năm 2025 …; chỉ tiêu năm
    2026 là …" is next year's); against a target of new ones, the new ones ("thêm 3 trẻ, nâng tổng số lên 19; …")."""
    g, f = figures[k], figures[k + 1]
    if f.target != (f.value if f.is_target else None) or g.unit_class != f.unit_class or g.unit_class not in (
            "count", "vnd"):
        return None
    said = _TARGET_IN_NEXT_CLAUSE.fullmatch(low, g.end, f.start)
    years = _YEAR.findall(low, _sentence_start(low, g.start), g.start)  # (iv20 P11: none there, the target's is its)
    if said is None or (said.group(1) and years and said.group(1) not in years):
        return None
    if not f.is_target and (f.achievement_pct is not None or not _STATED_AS.search(said.group())):
        return None  # no cue marked it: "…; kế hoạch cả năm của quỹ là 300 triệu" states it (not "…; kế hoạch 30 hộ")
    if k and _RUNNING_TOTAL_BEFORE.search(low, max(0, g.start - 40), g.start) and _NEW_ONES.search(said.group()):
        new = figures[k - 1]
        if new.unit_class == g.unit_class and not CLAUSE_END.search(low, new.end, g.start) and same_noun(low, new, g):
            g = new
    if g.is_target or g.target is not None or g.achievement_pct is not None or not same_noun(low, g, f):
        return None
    return g


# P5 (iv12): the result's own bare rate, then the year's target in the next clause: "kết nạp 423 hội viên, đạt 60,4%;
# chỉ tiêu Tỉnh Hội giao cho huyện năm 2024 là 700 hội viên", "vận động 1,2 tỷ đồng (đạt 60%) – chỉ tiêu cả năm 2 tỷ"
_OWN_BARE_RATE = re.compile(
    r"[^\d,;.:()]{0,40}?(?:,\s*[^\W\d_][^\d,;.:()]{0,20}?)?(?:\s*,\s*|\s*\(\s*)(?:đạt|bằng|(vượt))\s*")
_YEAR = re.compile(r"\b20\d\d\b")


def _link_rated_result_to_clause_target(low: str, figures: list[Figure], k: int) -> None:
    """"Hội kết nạp 96 hội viên, đạt 64%; kế hoạch năm là 150 hội viên": the target in the clause after the result's
    bare rate measures the result when the rate is their quotient (±1); not another year's ("…; chỉ tiêu năm tới …")."""
    result, rate, f = figures[k - 1], figures[k], figures[k + 1]
    if result.unit_class != f.unit_class or result.unit_class not in ("count", "vnd") or not f.value or (
            result.is_target or result.target is not None or f.target != (f.value if f.is_target else None)):
        return
    if not (own := _OWN_BARE_RATE.fullmatch(low, result.end, rate.start)) or not same_noun(low, result, f):
        return
    pct = round(rate.value + 100, 6) if own.group(1) else rate.value  # "…, vượt 4%; kế hoạch năm là 300 hộ": 104
    rest = low[rate.end:f.start]
    said = _TARGET_IN_NEXT_CLAUSE.fullmatch(" " + rest.lstrip(" )%"))
    if said is None or (not f.is_target and not _STATED_AS.search(said.group())):
        return
    named = _YEAR.findall(low, _sentence_start(low, result.start), result.start)
    if said.group(1) and any(year != said.group(1) for year in named):
        return  # "Năm 2025 … đạt 64%; chỉ tiêu năm 2026 là …": another year's
    if abs(result.value / f.value * 100 - pct) > 1 or rate.achievement_pct not in (None, pct) or (
            result.achievement_pct not in (None, pct)):
        return
    f.is_target, f.target, f.achievement_pct = True, f.value, None
    result.target, result.achievement_pct = f.value, pct
    rate.is_target, rate.target, rate.achievement_pct = False, None, pct


# P7 (iv12): the result's excess told in the next sentence about it: "… 1.537 căn nhà …. Con số này vượt 28% so với
# mục tiêu đề ra từ đầu giai đoạn (1.200 căn)"
_THIS_FIGURE = re.compile(r"[^\d;:()]{0,80}?\.\s+(?:con số|kết quả)\s+(?:này|trên|đó)\s+(?:đã\s+)?vượt\s*")
# P6 (iv12): a target in a generic word for the result's things: "146 hợp tác xã, …, trong khi NQ chỉ đặt ra 120 đơn vị"
_GENERIC_UNITS = frozenset(("đơn vị",))


def _generic_units(f: Figure) -> bool:
    """Whether target ``f`` counts "đơn vị" (units of whatever the result counts)."""
    return f.unit_class == "count" and (f.unit or "").lower() in _GENERIC_UNITS


def _sentence_start(low: str, pos: int) -> int:
    return max(low.rfind(".", 0, pos), low.rfind("\n", 0, pos)) + 1


_CHANGE_BEFORE = re.compile(r"(?:vượt|tăng|giảm)(?:\s+(?:thêm|được))?\s*$")  # an excess or a change, no result
_RATE_AFTER_TARGET = re.compile(r"\s*[,(]?\s*(?:(đạt|bằng)|vượt)\s*")  # "… so với chỉ tiêu 700 người đạt 117%"


# "8.946 phụ nữ khởi nghiệp, khởi sự kinh doanh; so với mục tiêu Đề án trên địa bàn 3 tỉnh (6.000 phụ nữ) đạt 149,1%":
# the result, a clause break, then a programme's target in brackets, its rate after
_PROGRAMMES_TARGET = re.compile(
    r"[^\d;.()]{0,60}?\s*[;,]\s*so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu)\s+[^;.()]{0,60}?\(\s*")
_RATE_AFTER_BRACKET = re.compile(r"\s*\)\s*,?\s*(?:(đạt|bằng)|vượt)\s*")


def _rate_after(low: str, figures: list[Figure], k: int) -> float | None:
    """The rate told after target ``k + 1``'s bracket ("(6.000 phụ nữ) đạt 149,1%", "(400 hộ) vượt 2,5%") when it is
    result ``k``'s quotient over it."""
    g, f = figures[k], figures[k + 1]
    if k + 2 >= len(figures) or (rate := figures[k + 2]).unit_class != "percent" or not f.value or not (
            said := _RATE_AFTER_BRACKET.fullmatch(low, f.end, rate.start)):
        return None
    pct = rate.value if said.group(1) else round(rate.value + 100, 6)
    return pct if abs(g.value / f.value * 100 - pct) <= 1 else None


# P3 (issue 11, iv14 FINDINGS P3/P3b, iv13 O): a verdict on the result, then the target named after who set it or
# its programme, read on the folded text so that a line typed without diacritics reads too: "…, hoàn thành vượt chỉ
# tiêu tỉnh giao là 400 hội viên", "…, vượt mục tiêu Đại hội XIII đề ra là 80%", "…, còn thấp hơn chỉ tiêu 350 tỷ
# đồng mà tỉnh giao", "…, vuot xa chi tieu 3.500 hoi vien", "…, vuot chi tieu tinh giao (150 hoi vien)"; or the rate,
# then the target named ("…, đạt 142% chỉ tiêu Đề án 939 giai đoạn này (1.000 HTX)") when the rate is the quotient
_NAMED = r"(?:\s+(?:[^\W\d_]+|(?:de an|du an|chuong trinh)\s+\d+)){0,6}?"
_VERDICT_NAMED_TARGET = re.compile(
    r"(?:\s*[^\W\d_][^\d,;.:()]{0,40}?)?"  # the result's own words: "27 hộ thoát nghèo, vượt …"
    r"\s*,\s*(?:con\s+|chi\s+)?(?:hoan thanh\s+)?(?:(?:vuot|cao hon)(?:\s+xa)?|thap hon|duoi)(?:\s+muc)?\s+"
    r"(?:chi tieu|muc tieu|ke hoach)(?P<named>" + _NAMED + r")\s*(?P<said>la|:|\()?\s*")
_RATE_NAMED_TARGET = re.compile(
    r"\s*(?:so voi\s+)?(?:chi tieu|muc tieu|ke hoach)" + _NAMED + r"\s*(?:la|\()\s*")
_ANOTHER_YEARS = re.compile(r"\b(?:truoc|ngoai|cung ky|toi|sau|moi)\b")
_REACHED_BEFORE_RATE = re.compile(r"(?:\s*[^\W\d_][^\d,;.:()]{0,40}?)?\s*,\s*(?:chi\s+|moi\s+)?(?:dat|bang)\s*")
# the rate after the target and who set it: "… 350 tỷ đồng mà tỉnh giao, chỉ đạt 89,1%"
_RATE_AFTER_NAMED = re.compile(r"\s*\)?(?:\s*[^\d,;.:()]{0,30}?)?\s*,\s*(?:chi\s+|moi\s+)?(dat|bang|vuot)\s*")
_VERDICT_GATE = ("vượt", "thấp hơn", "cao hơn", "dưới", "vuot", "thap hon", "cao hon", "duoi", "chỉ tiêu", "chi tieu")


def _may_be_a_verdict(low: str, a: int, b: int) -> bool:
    """What ``_VERDICT_NAMED_TARGET`` needs of ``low[a:b]``, looked at before folding it (folding keeps these marks
    and makes none of them): one comma, and no full stop, semicolon or closing bracket."""
    return low.count(",", a, b) == 1 and low.find(".", a, b) == -1 and low.find(";", a, b) == -1 and (
        low.find(")", a, b) == -1)


def _quotient(result: Figure, target: Figure, pct: float) -> bool:
    return bool(target.value) and abs(result.value / target.value * 100 - pct) <= 1


def link_verdict_then_named_target(low: str, figures: list[Figure]) -> None:
    """"Kết nạp 415 hội viên, hoàn thành vượt chỉ tiêu tỉnh giao là 400 hội viên": the figure after the verdict and
    the target's words is a target, the result before it (of its class and noun, no target yet) takes it; a rate
    after them that is the quotient measures the result; "…, đạt 142% chỉ tiêu Đề án 939 … (1.000 HTX)" the same
    past the rate. Never a change ("tăng 12% so với cùng kỳ") nor another noun's target."""
    if not any(word in low for word in _VERDICT_GATE):
        return
    for k in range(1, len(figures)):
        g, f = figures[k - 1], figures[k]
        if f.is_target and f.target != f.value or f.unit_class not in ("count", "vnd", "percent"):
            continue
        rate = None
        if g.unit_class == "percent" and f.unit_class != "percent" and k >= 2 and (
                _RATE_NAMED_TARGET.fullmatch(fold(low[g.end:f.start]) + " ")):
            rate, g = g, figures[k - 2]
            if not _REACHED_BEFORE_RATE.fullmatch(fold(low[g.end:rate.start]) + " ") or not _quotient(
                    g, f, rate.value):
                continue
        elif not _may_be_a_verdict(low, g.end, f.start) or not (
                said := _VERDICT_NAMED_TARGET.fullmatch(fold(low[g.end:f.start]) + " ")) or not (
                said.group("named") or said.group("said") or g.value <= 2 * f.value):
            continue  # (bare, "vượt chỉ tiêu 4 người" after 14 is the excess, not the target)
        elif _ANOTHER_YEARS.search(said.group("named")):
            continue  # "cao hơn chỉ tiêu của năm trước là 40 hội viên": last year's
        if _RUNNING_TOTAL_BEFORE.search(low, max(0, g.start - 40), g.start) or any(
                x.target == f.value and not x.is_target for x in figures[:k - 1] if x.start >= _sentence_start(
                    low, f.start)):
            continue  # a running total, or the target another result's already ("230 hội viên, nâng tổng số lên
            # 4.100 hội viên, vượt chỉ tiêu (200 hội viên)": the new ones')
        if g.unit_class != f.unit_class or g.is_target or g.target is not None or not (
                same_noun(low, g, f) or same_persons(g, f)):
            continue
        f.is_target, f.target, f.achievement_pct = True, f.value, None
        g.target = f.value
        if rate is not None:
            g.achievement_pct = rate.achievement_pct = rate.value
        elif k + 1 < len(figures) and (after := figures[k + 1]).unit_class == "percent" and (
                said := _RATE_AFTER_NAMED.fullmatch(fold(low[f.end:after.start]) + " ")):
            pct = round(after.value + 100, 6) if said.group(1) == "vuot" else after.value
            if after.achievement_pct in (None, pct) and _quotient(g, f, pct):
                g.achievement_pct = after.achievement_pct = pct


# iv14 r014 (issue 11): a target, then each unit's share of it in brackets: "vượt chỉ tiêu 104 công trình (mỗi xã,
# phường 01 công trình)": the share is a target too
_EACH_UNIT_OPENS = re.compile(r"\s*\(\s*mỗi\s+[^\d();.:]{1,30}?\s*")


def mark_each_units_share(low: str, figures: list[Figure]) -> None:
    """Each unit's share of a target told in brackets right after it ("60 công trình (mỗi xã, thị trấn 02 công
    trình)") is a target; not an amount for each thing after a result ("12 nhà (mỗi nhà 60 triệu đồng)")."""
    for g, f in zip(figures, figures[1:]):
        if g.is_target and g.target == g.value and not f.is_target and f.target is None and (
                f.unit_class == g.unit_class) and _EACH_UNIT_OPENS.fullmatch(low, g.end, f.start) and same_noun(
                low, g, f):
            f.is_target, f.target = True, f.value


def _clause_opens_on_target(low: str) -> set[int]:
    """The starts of ``_CLAUSE_OPENS_ON_TARGET``'s matches ("; chỉ tiêu", " - kế hoạch"), found back from each target
    word: the spaces before it, then ";" or a space and a dash (a scan of the whole text tries every space)."""
    opens = set()
    for word in _CLAUSE_TARGET_WORDS:
        for i in find_all(low, word):
            j = i
            while j and low[j - 1].isspace():
                j -= 1
            if j and low[j - 1] == ";":
                opens.add(j - 1)
            elif j > 1 and low[j - 1] in "-–" and low[j - 2].isspace():
                opens.add(j - 2)
    return opens


def link_result_then_target(low: str, figures: list[Figure]) -> None:
    """"Quỹ đạt 48 triệu đồng, trong khi chỉ tiêu đặt ra là 40 triệu đồng (đạt 120%)": the figure after the target
    words is a target statement, the result before it takes it as its target, and the rate after the target (which
    the rate rules gave the nearest figure) measures the result."""
    # ("Hỗ trợ 12 phụ nữ khởi nghiệp trên chỉ tiêu 10 phụ nữ": a result over its target, no comma between)
    link_listed_targets(low, figures)
    link_verdict_then_named_target(low, figures)
    if ";" in low and ("riêng" in low or "trong đó" in low):
        link_plan_in_next_clause(low, figures)
    if resolutions := sorted(i for word in ("nghị quyết", "nq", "đại hội", "chỉ tiêu") for i in find_all(low, word)):
        _link_resolution_targets(low, figures, resolutions)
    words = sorted(i for word in ("trong khi", "so với", "trên chỉ tiêu", "trên kế hoạch") for i in find_all(low, word))
    clause_opens = set()
    if ";" in low or " - " in low or " – " in low:
        clause_opens = _clause_opens_on_target(low)
        words = sorted(words + list(clause_opens))
    if not words:
        return
    for k, (g, f) in enumerate(zip(figures, figures[1:])):
        w = bisect.bisect_left(words, g.end)
        if w == len(words) or words[w] >= f.start:
            continue  # no "trong khi" / "so với" between the two (most pairs: a bisection, not a regex)
        if words[w] in clause_opens:
            if g.unit_class == "percent" and k:
                _link_rated_result_to_clause_target(low, figures, k)
            elif (result := _result_before_clause_target(low, figures, k)) is not None:
                f.is_target, f.target = True, f.value
                result.target = f.value
                give_rate_after_target(low, figures, k + 1, result)
            continue
        if _CHANGE_BEFORE.search(low, max(0, g.start - 16), g.start):
            if not k:
                continue
            g = figures[k - 1]  # "kết nạp 85 hội viên, vượt 35 hội viên so với chỉ tiêu 50 hội viên": the excess
            if k >= 2 and g.unit_class != f.unit_class and low.rfind("(mỗi", figures[k - 2].end, g.start) != -1:
                g = figures[k - 2]  # "trao 1.020 túi (mỗi túi 250.000 đồng) …, vượt 2% so với kế hoạch 1.000 túi"
            if CLAUSE_END.search(low, g.end, f.start) and not _THIS_FIGURE.fullmatch(low, g.end, figures[k].start):
                continue
        elif g.unit_class != f.unit_class or g.unit_class == "percent" or g.is_target or g.target is not None:
            continue
        elif short_of_target(low, g):  # "… 5.120 hội viên; còn thiếu 2.880 … so với chỉ tiêu năm là 8.000"
            if not k or (short_of := _result_short_of(low, figures, k)) is None:
                continue
            g = short_of
        if g.unit_class != f.unit_class or g.is_target or g.target is not None or (
                not same_noun(low, g, f) and not same_persons(g, f) and not _generic_units(f)):
            continue
        if not _RESULT_THEN_TARGET.fullmatch(low, figures[k].end, f.start):
            if _PROGRAMMES_TARGET.fullmatch(low, g.end, f.start) and (pct := _rate_after(low, figures, k)) is not None:
                f.is_target, f.target, f.achievement_pct = True, f.value, None
                g.target, g.achievement_pct = f.value, pct
                figures[k + 2].achievement_pct = pct
            continue
        f.is_target, f.target = True, f.value
        g.target = f.value
        if f.achievement_pct is not None:
            g.achievement_pct, f.achievement_pct = f.achievement_pct, None
        elif k + 2 < len(figures) and (rate := figures[k + 2]).unit_class == "percent" and f.value and (
                said := _RATE_AFTER_TARGET.fullmatch(low, f.end, rate.start)):
            pct = rate.value if said.group(1) else round(rate.value + 100, 6)
            if rate.achievement_pct in (None, pct) and abs(g.value / f.value * 100 - pct) <= 1:
                g.achievement_pct = rate.achievement_pct = pct  # "…, đạt 104%", "…, vượt 25%": 520 of 500, 150 of 120


def _result_short_of(low: str, figures: list[Figure], k: int) -> Figure | None:
    """The result before the gap ``figures[k]`` to the target after it, when the two add up to the target ("tương
    đương 5.120 hội viên; toàn tỉnh còn thiếu 2.880 hội viên so với chỉ tiêu năm là 8.000 hội viên")."""
    result, gap, target = figures[k - 1], figures[k], figures[k + 1]
    if result.unit_class != gap.unit_class or result.is_target or result.target is not None or not same_noun(
            low, result, gap) or abs(result.value + gap.value - target.value) > 0.5:
        return None
    return result


# "…; Nghị quyết đề ra 100 hộ, đạt 128%", "…, Nghị quyết Đại hội XXII giao 500 hộ, như vậy đã đạt 164,8%": the next
# clause opens on the resolution setting the target, no target word; its rate follows
# ("…; chỉ tiêu xã giao 60 hội viên - như vậy đạt 115%", "…; Đại hội đề ra chỉ tiêu cả năm là 400 hộ, như vậy đã
# thực hiện được 57,5%": a target word and who set it, the rate after a dash or "thực hiện được")
_RESOLUTION_IN_NEXT_CLAUSE = re.compile(
    r"[^\d,;.:()]{0,40}?\s*[;,]\s*(?:(?:nghị quyết|nq)(?:\s+đại hội)?(?:\s+(?:lần\s+thứ\s+)?[ivxlc]{1,6}\b)?"
    r"\s+(?:đã\s+)?(?:đề ra|đặt ra|giao)"
    r"|đại hội\s+(?:đã\s+)?(?:đề ra|đặt ra|giao)\s+chỉ tiêu(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?"
    rf"|chỉ tiêu{GIVER}\s+(?:đề ra|đặt ra|giao))(?:\s+là)?\s*:?\s*")
_RATE_AFTER_RESOLUTION = re.compile(
    r"\s*[,\-–]\s*(?:như vậy\s+)?(?:đã\s+)?(?:(vượt)|đạt|bằng|thực hiện được)\s*")


def _link_resolution_targets(low: str, figures: list[Figure], named: list[int]) -> None:
    """"Hội giúp 824 hộ thoát nghèo; Nghị quyết Đại hội XXII giao 500 hộ, như vậy đã đạt 164,8%": the resolution's
    figure is a target, the result before it takes it and the rate after it, when the rate is the result's quotient
    over it (not "…; Nghị quyết đề ra cho nhiệm kỳ tới 1.500 hội viên", the next term's, no rate)."""
    for g, f, rate in zip(figures, figures[1:], figures[2:]):
        if g.unit_class != f.unit_class or g.unit_class not in ("count", "vnd") or rate.unit_class != "percent" or (
                g.is_target or g.target is not None or g.achievement_pct is not None or not f.value):
            continue
        w = bisect.bisect_left(named, g.end)
        if w == len(named) or named[w] >= f.start or not _RESOLUTION_IN_NEXT_CLAUSE.fullmatch(low, g.end, f.start) or (
                not same_noun(low, g, f)):
            continue
        said = _RATE_AFTER_RESOLUTION.fullmatch(low, f.end, rate.start)
        pct = None if said is None else round(rate.value + 100, 6) if said.group(1) else rate.value
        if pct is not None and abs(g.value / f.value * 100 - pct) <= 1:
            f.is_target, f.target, f.achievement_pct = True, f.value, None
            g.target, g.achievement_pct = f.value, pct
            rate.is_target, rate.target, rate.achievement_pct = False, None, pct
