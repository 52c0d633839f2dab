"""Targets cued in their sentence: a figure after "chỉ tiêu", "phấn đấu", "mục tiêu", "đăng ký giúp …", "sẽ" … (the
cues of :mod:`wuanalysis.target_openers`) is a target unless result language comes in between ("Kết quả, … đã …");
"(chỉ tiêu 200 hộ)" right after a result is that result's target; "đạt 90%/80% chỉ tiêu" and "đạt 85%, chưa đạt chỉ
tiêu đề ra (90%)" pair a share with its target share; the criteria a branch registers ("đăng ký các tiêu chí: …") are
its targets. A result and its target told together ("…, trong khi chỉ tiêu đặt ra là …", "KH 300 - TH 320", "36 hộ/30
hộ chỉ tiêu", "chỉ tiêu 500, thực hiện 560") are paired by :mod:`wuanalysis.target_pairs` (re-exported here). Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .clause_bounds import CLAUSE_END, Bounds
from .target_demands import mark_targets_named_after
from .target_openers import accepted_cues, closed_before, cue_reports_results
from .target_progress import mark_progress_aims
from .target_pairs import link_result_then_target as link_result_then_target
from .target_pairs import GIVER, same_noun, same_persons
from .target_shares import link_share_over_target as link_share_over_target
from .target_shares import link_share_verdict as link_share_verdict, mark_rest_reached
from .target_levels import cut_off_result, outside_cue_reach, reported_after_a_target
from .target_nouns import receiving_units, short_of_target, targets_met_after_a_tally
from .target_then_done import link_plan_pairs as link_plan_pairs  # (re-exported: the pairs were rules of this module)
from .target_then_done import link_plan_then_done as link_plan_then_done
from .target_ratio_shortfalls import link_ratio_shortfalls as link_ratio_shortfalls
from .target_ratio_shortfalls import ratio_of_unmet_target
from .target_then_done import link_target_then_done as link_target_then_done
from .text import pieces_gate

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "cán bộ 11.024/11.024, đạt 100%": a part of a whole with its share is a result, whatever cue came before
_SHARE_FOLLOWS = re.compile(r"\s*,?\s*đạt\s+\d[\d.,]*\s*%")
_SHARE_OF_A_RATIO = re.compile(r"\d/\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s*,?\s*đạt\s*$")
_LINKED_TARGET_FORM = (  # "(chỉ tiêu 200)", "(Nghị quyết 85%)", "(chỉ tiêu Nghị quyết 150 hộ)", "(NQ: 300)",
    # "300 hộ thoát nghèo/KH 250 hộ", "vượt 6,25% so với chỉ tiêu giao (800 người)", "(chỉ tiêu năm 8 chi hội)",
    # "(chỉ tiêu cả nhiệm kỳ 3.500 hội viên)"
    r"^WORDS{0,REACH}?(?:[(,/]\s*"
    r"(?:(?:chỉ tiêu\s+)?(?:nghị quyết|nq)(?:\s+đại hội(?:\s+(?:lần thứ\s+)?[ivxl]+\b)?)?"  # "Đại hội XIII"
    r"|(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?:\s+đại hội)?)"  # "(mục tiêu năm 2025: 90%)", "(chỉ tiêu Đại hội: 90%)"
    rf"{GIVER}?(?:\s+(?:giao|là|đề ra|đặt ra|được giao|(?:cả\s+|đến\s+)?năm(?:\s+20\d\d)?"
    r"|(?:cả\s+|giữa\s+)?nhiệm kỳ)){0,2}(?:\s+là)?\s*:?"  # "(chỉ tiêu giao năm 2025: 90%)"
    r"|so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:nghị quyết|nq))?(?:\s+(?:giao|đề ra|được giao|năm))?\s*\("
    # P8 (iv12): a bracket opening on the giver, no target word: "(Huyện ủy giao 80 hộ)", "(Tỉnh Hội giao chỉ tiêu
    # 500)", "(UBND xã giao: 30 hộ)"
    r"|\(" + GIVER.replace(r"(?:\s+", r"(?:\s*", 1) + r"\s+(?:giao|đề ra|đặt ra)(?:\s+chỉ tiêu)?(?:\s+là)?\s*:?"
    # a verdict, then the target in brackets: "vượt chỉ tiêu năm (15 tổ hợp tác)", "hoàn thành sớm chỉ tiêu cả năm
    # (200 trẻ)", the resolution alone ("vượt NQ (85%)"; never "vượt so với năm trước (6 hợp tác xã)"); no comma
    # before an excess ("kết nạp 64 hội viên mới vượt kế hoạch năm (50 hội viên)")
    r"|(?:,\s*(?:hoàn thành|vượt|đạt)|(?<=\s)(?:hoàn thành|vượt))(?:\s+(?:sớm|vượt|và vượt))?(?:\s+mức)?\s+"
    r"(?:(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:nghị quyết|nq))?|nghị quyết|nq)"
    rf"{GIVER}?(?:\s+(?:giao|đề ra|được giao|năm|cả năm|(?:cả\s+)?nhiệm kỳ))?\s*\()"
    r"\s*(?:từ\s*)?$")  # P12 (iv16): a floor "(Nghị quyết: từ 30% trở lên)"
_LINKED_TARGET = re.compile(
    _LINKED_TARGET_FORM.replace("WORDS", r"[^,;()\d.]").replace("REACH", "40"), re.IGNORECASE)
# a share's definition may be longer, its words listed with commas: "82,3% hội viên được tuyên truyền … dịch vụ công
# trực tuyến (chỉ tiêu 80%)", "98% hội viên được tuyên truyền, phổ biến pháp luật (chỉ tiêu 95%)" (not a comma opening
# another share, a verdict or a change: "70% hội viên tham gia, tỷ lệ chi hội … (chỉ tiêu 80%)")
_LINKED_SHARE_TARGET = re.compile(_LINKED_TARGET_FORM.replace("WORDS", (
    r"(?:[^,;()\d.]|,(?!\s*(?:tỷ lệ|tỉ lệ|số|đạt|vượt|hoàn thành|bằng|tăng|giảm|còn|trong|so|chỉ tiêu|kế hoạch|kh"
    r"|mục tiêu|nghị quyết|nq)\b))")).replace("REACH", "90"), re.IGNORECASE)
# every way _LINKED_TARGET_FORM matches names one of these words (a case-blind pattern's gate: text.may_match)
_LINKED_GATE = pieces_gate("chỉ tiêu", "nghị quyết", "nq", "kế hoạch", "kh", "mục tiêu", "giao", "đề ra", "đặt ra")

# the items of a result list: "19 HTX, 61 THT (kế hoạch năm: 15 HTX)"
_LIST_ITEMS_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def _result_of_its_noun(low: str, figures: list[Figure], i: int) -> Figure | None:
    """The figure before a bracketed target, or, when its noun is another and the item before it in a list counts
    the target's noun ("19 HTX, 61 THT (kế hoạch năm: 15 HTX)"), that item; never a result of another noun."""
    f, prev = figures[i], figures[i - 1]
    if not (prev.unit and f.unit) or same_noun(low, prev, f) or same_persons(prev, f):
        return prev
    head = figures[i - 2] if i >= 2 else None
    if head is not None and head.unit and head.unit_class == f.unit_class and head.target is None and (
            not head.is_target) and _LIST_ITEMS_JOIN.fullmatch(low, head.end, prev.start) and same_noun(low, head, f):
        return head
    return prev


_EXCESS_BEFORE = re.compile(r"vượt\s*$")
# "đạt 160% chỉ tiêu Nghị quyết (200 hộ)": the target named after the rate, its amount in parentheses, whichever
# target it is ("đạt 25,9% chỉ tiêu năm 2025 (4.000 hội viên)", "vượt 28% so với mục tiêu của Đề án (30.000 phụ nữ)",
# "đạt 109% so với giao ước thi đua đầu năm (4.500 hộ)", "vượt 24,7% chỉ tiêu cụm đề ra là 1.000 nhà", "đạt 71,6% chỉ
# tiêu cả năm là 1.000 hộ", "bằng 1,9 lần chỉ tiêu giao cả năm (600 phụ nữ)"),
# or right after the target's word with the result's noun ("đạt 86% mục tiêu 2.000 hợp tác xã")
_RATE_THEN_TARGET = re.compile(
    # ("đạt 132% so với Nghị quyết (100 hộ)": the resolution alone after "so với")
    r"\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|(?:chỉ tiêu\s+)?giao ước(?:\s+thi đua)?"
    r"|(?<=so với )(?:nghị quyết|nq))"
    r"(?:\s+(?:(?:nghị quyết|nq)\s+)?đại hội(?:\s+(?:lần thứ\s+)?[ivxl]+\b)?|\s+(?:nghị quyết|nq))?"  # "Nghị quyết
    # Đại hội XIII", the congress alone ("so với chỉ tiêu Đại hội đề ra cho năm 2025 (30.000 hội viên)")
    rf"(?:\s+vốn)?{GIVER}?(?:\s+(?:giao|đề ra|được giao|(?:cho\s+)?(?:đầu\s+|cả\s+)?năm(?:\s+20\d\d)?"
    r"|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|quý\s+(?:[ivx]+|\d)"  # P12 (iv17): "vượt 24% chỉ tiêu 6 tháng (150 …)"
    r"|(?:cho\s+)?(?:cả\s+|giữa\s+)?nhiệm kỳ"
    r"(?:\s+20\d\d\s*[-–]\s*20\d\d)?"  # "chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021 – 2026 đề ra (529 tổ)"
    r"|với\s+cụm"  # "giao ước thi đua với Cụm (10 tổ hợp tác)"
    r"|của\s+[^\d(),;.:\n]{1,40}?))*(?:\s+(là))?"
    r"\s*(\()?\s*")  # "đạt 62% so với chỉ tiêu cả nhiệm kỳ là 300 hộ", "đạt 96% kế hoạch vốn được giao là 26 tỷ"


_BRACKET = re.compile(r"\s*\(\s*")
_VERSUS = re.compile(r"\s*so với\s*")
_GIVEN_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:được\s+)?giao\b")
_TARGET_BEFORE_RATE = re.compile(
    r"(?:đạt|vượt|hoàn thành|bằng)(?:\s+mức)?\s+(?:chỉ tiêu|kế hoạch|mục tiêu)[^\d,;.:()]{0,40}$")


def _rate_then_target(low: str, figures: list[Figure], i: int, between: str) -> bool:
    """The target after a result's rate: its amount in parentheses, or right after the target's word when it counts
    the result's noun ("đạt 86% mục tiêu 2.000 hợp tác xã"; not "đạt 90% kế hoạch 5 năm", nor a rate alone)."""
    if _VERSUS.fullmatch(between) and _GIVEN_AFTER.match(low, figures[i].end):
        return True  # "đạt 82% so với 1.000 hộ được giao": the amount given, its target word after it
    said = _RATE_THEN_TARGET.fullmatch(between)
    if said is None:  # "vượt kế hoạch năm 12% (500 hộ)": the target named before the rate, its amount after, when
        # the result over it is the rate (not the excess: "vượt kế hoạch 15% (6 hộ)")
        rate, f = figures[i - 1], figures[i]
        return i >= 2 and bool(f.value) and _BRACKET.fullmatch(between) is not None and _TARGET_BEFORE_RATE.search(
            low, max(0, rate.start - 50), rate.start) is not None and rate.achievement_pct is not None and abs(
            figures[i - 2].value * 100 / f.value - rate.achievement_pct) <= 1
    if said.group(1) or said.group(2):  # "(4.500 hộ)", "… là 1.000 nhà": the amount named as the target's
        return True
    f = figures[i]
    return i >= 2 and f.unit is not None and figures[i - 2].unit is not None and same_noun(low, figures[i - 2], f)


# numbered places, listed: "khu phố 5 và khu phố 12", "ấp 4, ấp 7", "thôn 2, 3"
_NUMBERED_PLACES = re.compile(
    r"(?:khu phố|tổ dân phố|thôn|ấp|xóm|khối|bản|tổ)\s+\d{1,3}\b(?:\s*(?:,|và)\s*(?:(?:khu phố|tổ dân phố|thôn|ấp|xóm"
    r"|khối|bản|tổ)\s+)?\d{1,3}\b)*")
# P20 (issue 11, iv20 FINDINGS): the places a result was done in, listed: "tại bản Cà Đạc, bản Phách"
_PLACES_LISTED = re.compile(r"\stại\s+[^\W\d_][^\d,;.:()]{0,30}(?:,\s*[^\W\d_][^\d,;.:()]{0,30})+(?=\s*\()")
_QUOTED_NAME = re.compile(r"“[^”\n]{0,60}”|\"[^\"\n]{0,60}\"")
_PLACE_WORDS = ("tổ", "phố", "thôn", "ấp", "xóm", "khối", "bản")  # (one is in every match of _NUMBERED_PLACES)
_DIGIT = re.compile(r"\d")  # (the places' pattern needs one: a search, not a generator over the characters)


_SPACE_THEN_DIGIT = re.compile(r"\s+\d")


def _a_place_then_a_number(between: str) -> bool:
    """Whether a place word is followed by its number ("khu phố 5", "ấp 4"), which every match of
    ``_NUMBERED_PLACES`` holds (each of its place kinds ends on one of ``_PLACE_WORDS``): a look at each place word
    instead of the pattern's substitution over the whole gap ("tổ" of "tổ chức" is everywhere)."""
    for word in _PLACE_WORDS:
        i = between.find(word)
        while i != -1:
            if _SPACE_THEN_DIGIT.match(between, i + len(word)):
                return True
            i = between.find(word, i + 1)
    return False


def _holds_a_piece(between: str) -> bool:
    """Whether ``between`` holds a piece of ``_LINKED_GATE`` (a literal search each)."""
    for piece in _LINKED_GATE:
        if piece in between:
            return True
    return False


def _linked_result(low: str, figures: list[Figure], i: int) -> Figure | None:
    """"… 4.094 hội viên (chỉ tiêu 2.100)", "Giúp 245 hộ, vượt 22,5% (chỉ tiêu 200 hộ)": the result a target in
    parentheses (or after a comma) belongs to — the figure before it, or the one before a stated rate."""
    f, prev = figures[i], figures[i - 1]
    between = low[prev.end:f.start]
    if prev.unit_class == "ratio" and f.unit_class == "percent" and (share := _restated_share(low, figures, i - 1)):
        # "đạt 100% (14/14), kế hoạch 95%": the share, its ratio restated, then its target
        return share[0] if _LINKED_SHARE_TARGET.match(share[1]) else None
    if "(" not in between and "," not in between and "/" not in between and not (
            prev.achievement_pct is not None and ("tiêu" in between or "hoạch" in between or "so với" in between)):
        return None  # the phrasings need one of them (a literal test, cheaper than the pattern on every figure)
    if prev.achievement_pct is None and not _holds_a_piece(between):
        return None  # (the gate below, tried first: the places and names taken out never make one of its pieces)
    if _DIGIT.search(between) and _a_place_then_a_number(between) and (
            places := _NUMBERED_PLACES.sub("P", between)) != between:
        between = places  # "04 căn nhà … tại khu phố 5 và khu phố 12 (kế hoạch năm: 06 căn)": the places' numbers
    if ("“" in between and "”" in between) or between.count('"') > 1:  # "236 hội viên đăng ký xây dựng gia đình “5
        # không, 3 sạch” (chỉ tiêu 200)": a quoted name's numbers and commas are part of the name (opened and closed)
        between = _QUOTED_NAME.sub("Q", between)
    if " tại " in between and "," in between and "(" in between:  # "7 nhà … tại bản Cà Đạc, bản Phách (chỉ tiêu 5
        # nhà)": the places' commas are the list's, not a clause's (a bracket follows them)
        between = _PLACES_LISTED.sub(" tại P", between)
    if prev.achievement_pct is None:
        for piece in _LINKED_GATE:  # (text.may_match's look; ``between`` is lower case already)
            if piece in between:
                break
        else:
            return None  # no target's word for the linked pattern
    linked = _LINKED_SHARE_TARGET if prev.unit_class == f.unit_class == "percent" else _LINKED_TARGET
    if not linked.match(between) and not (prev.achievement_pct is not None and _rate_then_target(
            low, figures, i, between)):
        return None
    if i >= 2 and _EXCESS_BEFORE.search(low, max(0, prev.start - 12), prev.start) and (
            figures[i - 2].unit_class == f.unit_class and not CLAUSE_END.search(low, figures[i - 2].end, prev.start)):
        # "Phát triển 85 hội viên, vượt 35 hội viên so với chỉ tiêu giao (50 hội viên)": the excess is no result
        return figures[i - 2]
    if i >= 2 and (head := figures[i - 2]).unit_class == f.unit_class and head.target is None and (
            prev.unit_class != f.unit_class or _RUNNING_TOTAL.search(low, max(0, prev.start - 40), prev.start)) and (
            _ASIDE.fullmatch(low, head.end, prev.start)) and "," in between and same_noun(low, head, f):
        return head  # "205 căn nhà …, kinh phí trên 12 tỷ đồng, vượt kế hoạch năm (180 căn)": past an aside
    if i >= 2 and prev.unit_class == "vnd" != f.unit_class and between.lstrip().startswith("(") and (
            _COST_ASIDE.fullmatch(low, (head := figures[i - 2]).end, prev.start)) and (
            head.unit_class == f.unit_class and head.target is None and not head.is_target and same_noun(low, head, f)):
        return head  # "148 "Mái ấm tình thương" với tổng kinh phí hơn 8,9 tỷ đồng (kế hoạch cả năm 200 căn)"
    if prev.unit_class == f.unit_class:
        return _result_of_its_noun(low, figures, i)
    if i >= 2 and prev.achievement_pct is not None and figures[i - 2].unit_class == f.unit_class and (
        not CLAUSE_END.search(low, figures[i - 2].end, prev.start)
    ):
        return _result_past_change(low, figures, i)
    return None


# an aside between a result and its bracketed plan: its cost (", kinh phí trên …", ", trị giá …") or the running total
# (", nâng tổng số lên …")
_ASIDE = re.compile(r"[^\d;.()]{0,60}?,\s*[^\W\d_][^\d;.(),]{0,30}")
# P8 (issue 11, iv19 FINDINGS): the result's cost told with "với", no comma: "148 "Mái ấm tình thương" với tổng kinh phí
# hơn 8,9 tỷ đồng (kế hoạch cả năm 200 căn)"
_COST_ASIDE = re.compile(
    r"[^\d;.(),]{0,40}?\s(?:với|có)\s+(?:tổng\s+)?(?:kinh phí|trị giá|số tiền)(?:\s+[^\W\d_]+){0,2}\s*")
_RUNNING_TOTAL = re.compile(r"(?:nâng|đưa)\s+tổng\s+số(?:\s+[^\W\d_]+){0,3}?\s+lên\s*$")


# "kết nạp 9.200 hội viên, tăng 640 hội viên so với năm 2024, đạt 115% chỉ tiêu (8.000 hội viên)": a change between
_CHANGE_WORD_BEFORE = re.compile(r",\s*(?:tăng|giảm)(?:\s+(?:thêm|được))?\s*$")


def _result_past_change(low: str, figures: list[Figure], i: int) -> Figure:
    """The result before a rate whose target follows in brackets: the figure before the rate, or, when that one is a
    change on an earlier year, the result before it (of the same class, in its clause)."""
    g = figures[i - 2]
    if i >= 3 and _CHANGE_WORD_BEFORE.search(low, max(0, g.start - 16), g.start) and (
            figures[i - 3].unit_class == g.unit_class and figures[i - 3].target is None
            and not CLAUSE_END.search(low, figures[i - 3].end, g.start)):
        return figures[i - 3]
    return g


_RATIO_AFTER_SHARE = re.compile(r"\s*\(\s*")
_RATIO_CLOSED = re.compile(r"\s*\)")


def _restated_share(low: str, figures: list[Figure], k: int) -> tuple[Figure, str] | None:
    """The share before ratio ``k`` that the ratio restates in brackets ("đạt 100% (14/14)", "90% (18/20)"), and the
    words from the closing bracket to the figure after the ratio; None for a ratio of anything else."""
    ratio = figures[k]
    share = figures[k - 1] if k else None
    if share is None or share.unit_class != "percent" or not ratio.denominator or abs(
            ratio.value * 100 / ratio.denominator - share.value) > 0.5 or not _RATIO_AFTER_SHARE.fullmatch(
            low, share.end, ratio.start):
        return None
    closed = _RATIO_CLOSED.match(low, ratio.end)
    return None if closed is None else (share, low[closed.end():figures[k + 1].start])


def _per_unit(f: Figure) -> bool:
    return f.unit is not None and "/" in f.unit and f.unit_class != "ratio"


def _each_after_a_totals_rate(figures: list[Figure], i: int) -> bool:
    """An amount for each one right after a total's rate is no target of the total ("4,2 tỷ đồng, đạt 105% kế hoạch
    (300.000 – 500.000đ/trẻ/tháng)"), nor a target the rate's word cues; "1,8 triệu đồng/hội viên, đạt 90% kế hoạch
    (2 triệu đồng/hội viên)" is."""
    return i >= 2 and _per_unit(figures[i]) and figures[i - 1].achievement_pct is not None and not _per_unit(
        figures[i - 2])


# what is done already, inside an aim: "sau khi hoàn thành 58 nhà", "sau khi đã giúp 22 hộ"
_DONE_SO_FAR = re.compile(r"\bsau khi(?:\s+đã)?(?:\s+[^\W\d_]+){1,2}\s*$")
_COUNTED_AS_REACHED = re.compile(r".*,\s*(?:trong đó\s+)?có\s+", re.DOTALL)
_REACHED_AFTER = re.compile(r"[^\d,;.:()]{0,30}?\s(?:đạt|được công nhận)\b")
_RECIPIENTS = re.compile(r"\s*(?:giao\s+)?(?:cho|tới|đến)(?:\s+(?:các|tất cả))?\s*")


def mark_cued_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A figure after a target cue in its sentence ("giao chỉ tiêu … ít nhất 2.500 hộ", "Phấn đấu năm 2025 kết nạp
    3.000 hội viên", "đăng ký giúp 274 hộ"), and "(chỉ tiêu 2.100)" after a result."""
    # "đạt 195% so với chỉ tiêu", "vượt chỉ tiêu", "8 chỉ tiêu" measure or count targets: not target cues.
    mark_rest_reached(low, bounds, figures)  # (before the cues: "các chỉ tiêu còn lại đạt từ 82%" is no target)
    cues = accepted_cues(low)
    cue_starts = [c[0] for c in cues]
    for i, f in enumerate(figures):
        if f.unit and f.unit.lower() == "chỉ tiêu":
            continue
        k = bisect.bisect_left(cue_starts, f.start) - 1
        in_sentence = k >= 0 and cues[k][1] <= f.start and cues[k][0] >= bounds.sentence_start(f.num_start)
        if in_sentence and _DONE_SO_FAR.search(low, max(0, f.start - 40), f.start):
            aim = next((g for g in reversed(figures[:i]) if g.is_target and g.num_start >= cues[k][0] and (
                g.unit_class == f.unit_class) and same_noun(low, g, f)), None)
            f.target = None if aim is None else aim.value  # "phấn đấu … 120 nhà … sau khi hoàn thành 58 nhà"
            continue
        if in_sentence and f.achievement_pct is None:
            between = low[cues[k][1]:f.start]
            if _RECIPIENTS.fullmatch(between) or receiving_units(low, f, cues[k][0]) or short_of_target(low, f) or (
                    outside_cue_reach(low, figures, i, cues[k][0])) or targets_met_after_a_tally(low, f):
                continue  # "giao chỉ tiêu cho 18 cơ sở hội": the units the targets go to; "còn thiếu 12 hội viên"
            if (aim := reported_after_a_target(low, figures, i, cues[k][0])) is not None:  # "… 95% … đạt 93,8%"
                f.target = aim.value if (aim.unit_class, aim.unit) == (f.unit_class, f.unit) else None
                continue
            if low.startswith(("đăng ký", "cam kết"), cues[k][0]) and _COUNTED_AS_REACHED.fullmatch(
                    low, max(0, f.start - 24), f.start) and _REACHED_AFTER.match(low, f.end):
                continue  # "100% chi hội đăng ký thực hiện cuộc vận động …, có 1.112 hộ đạt tiêu chí": those who did
            if f.unit_class == "ratio" and ratio_of_unmet_target(low, bounds.sentence_start(f.num_start), f):
                continue  # "hai chỉ tiêu chưa đạt là … (chỉ tiêu 20%) và số tổ hợp tác (9/15 tổ)": the part done
            if not _reports_in_scope(low, cues, k, bounds, f) and not closed_before(between) and not (
                ";" in between and _STANDING_CLAUSE.match(between, between.rfind(";") + 1)) and not (
                f.unit_class == "ratio" and _SHARE_FOLLOWS.match(low, f.end)
            ) and not (f.unit_class == "percent" and _SHARE_OF_A_RATIO.search(low, max(0, f.start - 40), f.start)) and (
                    not _each_after_a_totals_rate(figures, i)):
                f.is_target = True
                f.target = f.value
        if i and (result := _linked_result(low, figures, i) or cut_off_result(low, figures, i)) is not None and (
                _per_unit(f) <= _per_unit(result)):
            f.is_target, f.target = True, f.value
            if result.unit_class != "percent" or result.achievement_pct != result.value:  # ("bằng 87,6% kế hoạch
                result.target = f.value  # (70%)": a rate's own percent takes no target; the share it measures has it)
            if f.achievement_pct is not None and result.achievement_pct is None and f.value and abs(
                    result.value / f.value * 100 - f.achievement_pct) <= 1:
                # "734 hội viên/kế hoạch 800 (đạt 91,8%)": the rate after the plan measures the result
                result.achievement_pct, f.achievement_pct = f.achievement_pct, None
    if "như chỉ tiêu" in low or "theo chỉ tiêu" in low or "kế hoạch" in low or "trong" in low:
        mark_targets_named_after(low, bounds, figures)
    mark_progress_aims(low, bounds, figures)  # ("tập trung …" for the rest of the year; "nâng … lên N theo kế hoạch")


# (the results after the targets: "…; thực hiện: kết nạp 215 hội viên, …", "…; kết quả: …")
# "Chỉ tiêu … năm 2025 là 500 hội viên; tổng số hội viên toàn huyện là 18.200, …", "…; toàn xã hiện có 2.100 hội
# viên": the clause after the target tells the count the union stands at, no target; or its progress so far ("…; đến hết
# quý I mới có khoảng 410 hội viên", "…; tính đến nay đã hỗ trợ 31 hộ", "…; đến cuối tháng 6 có 250 người"; not a
# horizon: "…; đến cuối năm có 100% chi hội …")
_STANDING_CLAUSE = re.compile(r"\s*(?:(?:thực hiện|kết quả)(?:\s+(?:được|đạt))?\s*:"
                              r"|tổng số\b(?:(?!đến|phấn đấu)[^\d;]){0,50}?\slà\b|(?:[^\W\d_]+\s+){0,3}hiện có\b"
                              r"|(?:tính\s+)?đến\s+(?:nay\b|(?:hết|cuối)\s+(?:quý|tháng)\b|[^;\d]{0,30}?\b(?:mới|đã)\b))")


# a list of targets adopted in the sentence: "Đại hội thống nhất 9 chỉ tiêu chủ yếu, trong đó: …", "… các chỉ tiêu: …"
_ADOPTED_LIST_NEXT = re.compile(r"[^.;:\d\n]{0,60}?(?:trong đó|gồm|cụ thể)?\s*:")


def _reports_in_scope(low: str, cues: list[tuple[int, int]], k: int, bounds: Bounds, f: Figure) -> bool:
    """Whether the cue before a figure reports results; an item's time cue ("…; tỷ lệ tập hợp hội viên đến cuối
    nhiệm kỳ đạt 82%", "đến năm 2030 đạt 90%") inside a list of targets the sentence adopts before it sets one."""
    between = low[cues[k][1]:f.start]
    if not cue_reports_results(low, cues[k], between):
        return False
    start = bounds.sentence_start(f.num_start)
    j = k - 1  # back over the items' own cues ("…; đến năm 2030 có 30% …; … đến cuối nhiệm kỳ đạt 82%") to the list's
    while j >= 0 and cues[j][0] >= start and not low.startswith(("chỉ tiêu", "mục tiêu"), cues[j][0]):  # (P7, iv18)
        j -= 1
    if not low.startswith("đến", cues[k][0]) or j < 0 or cues[j][0] < start:
        return True
    head = cues[j]
    return not (_ADOPTED_LIST_NEXT.match(low, head[1]) and low.startswith(("chỉ tiêu", "mục tiêu"), head[0])) or (
        cue_reports_results(low, head, low[head[1]:f.start])) or bool(
        _DONE_BEFORE_LIST.search(low, bounds.sentence_start(f.num_start), head[0]))


_DONE_BEFORE_LIST = re.compile(r"kết quả|\bđã\b|hoàn thành|thực hiện|đạt được|\bqua\b")
