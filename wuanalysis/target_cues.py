"""Targets cued in their sentence: a figure after "chỉ tiêu", "phấn đấu", "mục tiêu", "đăng ký giúp …", "sẽ" … (the
cues of :mod:`wuanalysis.target_openers`) is a target unless result language comes in between ("Kết quả, … đã …");
"(chỉ tiêu 200 hộ)" right after a result is that result's target; "đạt 90%/80% chỉ tiêu" and "đạt 85%, chưa đạt chỉ
tiêu đề ra (90%)" pair a share with its target share; a result and its target told together ("…, trong khi chỉ tiêu
đặt ra là …", "KH 300 - TH 320", "36 hộ/30 hộ chỉ tiêu", "chỉ tiêu 500, thực hiện 560") are paired, and the criteria
a branch registers ("đăng ký các tiêu chí: …") are its targets. Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the lower-cased match form of the text.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .rates import CLAUSE_END, TARGET_REF, Bounds, find_all
from .target_openers import accepted_cues, closed_before, cue_reports_results
from .text import pieces_gate

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "cán bộ 11.024/11.024, đạt 100%": a part of a whole with its share is a result, whatever cue came before
_SHARE_FOLLOWS = re.compile(r"\s*,?\s*đạt\s+\d[\d.,]*\s*%")
_SHARE_OF_A_RATIO = re.compile(r"\d/\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s*,?\s*đạt\s*$")
# who set the target: "(chỉ tiêu huyện giao 1.000 hội viên)", "so với chỉ tiêu tỉnh giao (1 tỷ đồng)", "chỉ tiêu cụm đề
# ra là 1.000 nhà"; a commune's party committee or people's committee since the 2025 reform ("chỉ tiêu Đảng ủy xã
# giao (30 người)", "chỉ tiêu UBND phường giao", "chỉ tiêu cấp ủy đề ra")
GIVER = (r"(?:\s+(?:(?:hội lhpn\s+|hội liên hiệp phụ nữ\s+|hội phụ nữ\s+|ban thường vụ\s+|đảng ủy\s+|ubnd\s+"
          r"|ủy ban nhân dân\s+)?"
          r"(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|trung ương|cấp trên|hội cấp trên|cụm|thành)(?:\s+hội)?"
          r"|đảng ủy|cấp ủy|ubnd|ủy ban nhân dân|huyện ủy|tỉnh ủy|thành ủy)"
          r"(?=\s+(?:giao|đề ra|đặt ra)\b))")  # "chỉ tiêu Tỉnh hội giao", "… Hội LHPN tỉnh giao"
_LINKED_TARGET_FORM = (  # "(chỉ tiêu 200)", "(Nghị quyết 85%)", "(chỉ tiêu Nghị quyết 150 hộ)", "(NQ: 300)",
    # "300 hộ thoát nghèo/KH 250 hộ", "vượt 6,25% so với chỉ tiêu giao (800 người)", "(chỉ tiêu năm 8 chi hội)",
    # "(chỉ tiêu cả nhiệm kỳ 3.500 hội viên)"
    r"^[^,;()\d.]{0,REACH}?(?:[(,/]\s*"
    r"(?:(?:chỉ tiêu\s+)?(?:nghị quyết|nq)(?:\s+đại hội(?:\s+(?:lần thứ\s+)?[ivxl]+\b)?)?"  # "Đại hội XIII"
    r"|chỉ tiêu|kế hoạch|kh|mục tiêu)"
    rf"{GIVER}?(?:\s+(?:giao|là|đề ra|đặt ra|được giao|năm|cả năm|(?:cả\s+|giữa\s+)?nhiệm kỳ))?(?:\s+là)?\s*:?"
    r"|so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:nghị quyết|nq))?(?:\s+(?:giao|đề ra|được giao|năm))?\s*\("
    # a verdict, then the target in brackets: "vượt chỉ tiêu năm (15 tổ hợp tác)", "hoàn thành sớm chỉ tiêu cả năm
    # (200 trẻ)" (never "vượt so với năm trước (6 hợp tác xã)")
    r"|,\s*(?:hoàn thành|vượt|đạt)(?:\s+(?:sớm|vượt|và vượt))?(?:\s+mức)?\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    rf"(?:\s+(?:nghị quyết|nq))?{GIVER}?(?:\s+(?:giao|đề ra|được giao|năm|cả năm|(?:cả\s+)?nhiệm kỳ))?\s*\()"
    r"\s*$")
_LINKED_TARGET = re.compile(_LINKED_TARGET_FORM.replace("REACH", "40"), re.IGNORECASE)
# every way _LINKED_TARGET_FORM matches names one of these words (a case-blind pattern's gate: text.may_match)
_LINKED_GATE = pieces_gate("chỉ tiêu", "nghị quyết", "nq", "kế hoạch", "kh", "mục tiêu")
# a share's definition may be longer: "82,3% hội viên được tuyên truyền … dịch vụ công trực tuyến (chỉ tiêu 80%)"
_LINKED_SHARE_TARGET = re.compile(_LINKED_TARGET_FORM.replace("REACH", "90"), re.IGNORECASE)


_EXCESS_BEFORE = re.compile(r"vượt\s*$")
# "đạt 160% chỉ tiêu Nghị quyết (200 hộ)": the target named after the rate, its amount in parentheses, whichever
# target it is ("đạt 25,9% chỉ tiêu năm 2025 (4.000 hội viên)", "vượt 28% so với mục tiêu của Đề án (30.000 phụ nữ)",
# "đạt 109% so với giao ước thi đua đầu năm (4.500 hộ)", "vượt 24,7% chỉ tiêu cụm đề ra là 1.000 nhà"),
# or right after the target's word with the result's noun ("đạt 86% mục tiêu 2.000 hợp tác xã")
_RATE_THEN_TARGET = re.compile(
    r"\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|(?:chỉ tiêu\s+)?giao ước(?:\s+thi đua)?)"
    r"(?:\s+(?:(?:nghị quyết|nq)\s+)?đại hội(?:\s+(?:lần thứ\s+)?[ivxl]+\b)?|\s+(?:nghị quyết|nq))?"  # "Nghị quyết
    # Đại hội XIII", the congress alone ("so với chỉ tiêu Đại hội đề ra cho năm 2025 (30.000 hội viên)")
    rf"(?:\s+vốn)?{GIVER}?(?:\s+(?:giao|đề ra|được giao|(?:cho\s+)?(?:đầu\s+)?năm(?:\s+20\d\d)?"
    r"|(?:cho\s+)?(?:cả\s+|giữa\s+)?nhiệm kỳ"
    r"(?:\s+20\d\d\s*[-–]\s*20\d\d)?"  # "chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021 – 2026 đề ra (529 tổ)"
    r"|với\s+cụm"  # "giao ước thi đua với Cụm (10 tổ hợp tác)"
    r"|của\s+[^\d(),;.:\n]{1,40}?))*(?:\s+(là))?"
    r"\s*(\()?\s*")  # "đạt 62% so với chỉ tiêu cả nhiệm kỳ là 300 hộ", "đạt 96% kế hoạch vốn được giao là 26 tỷ"


def _rate_then_target(low: str, figures: list[Figure], i: int, between: str) -> bool:
    """The target after a result's rate: its amount in parentheses, or right after the target's word when it counts
    the result's noun ("đạt 86% mục tiêu 2.000 hợp tác xã"; not "đạt 90% kế hoạch 5 năm", nor a rate alone)."""
    said = _RATE_THEN_TARGET.fullmatch(between)
    if said is None:
        return False
    if said.group(1) or said.group(2):  # "(4.500 hộ)", "… là 1.000 nhà": the amount named as the target's
        return True
    f = figures[i]
    return i >= 2 and f.unit is not None and figures[i - 2].unit is not None and same_noun(low, figures[i - 2], f)


_QUOTED_NAME = re.compile(r"“[^”\n]{0,60}”|\"[^\"\n]{0,60}\"")


def _linked_result(low: str, figures: list[Figure], i: int) -> Figure | None:
    """"… 4.094 hội viên (chỉ tiêu 2.100)", "Giúp 245 hộ, vượt 22,5% (chỉ tiêu 200 hộ)": the result a target in
    parentheses (or after a comma) belongs to — the figure before it, or the one before a stated rate."""
    f, prev = figures[i], figures[i - 1]
    between = low[prev.end:f.start]
    if "(" not in between and "," not in between and "/" not in between and not (
            prev.achievement_pct is not None and ("tiêu" in between or "hoạch" in between)):
        return None  # the phrasings need one of them (a literal test, cheaper than the pattern on every figure)
    if "“" in between or '"' in between:  # "236 hội viên đăng ký xây dựng gia đình “5 không, 3 sạch” (chỉ tiêu 200)":
        between = _QUOTED_NAME.sub("Q", between)  # a quoted name's numbers and commas are part of the name
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
    if prev.unit_class == f.unit_class:
        return prev
    if i >= 2 and prev.achievement_pct is not None and figures[i - 2].unit_class == f.unit_class and (
        not CLAUSE_END.search(low, figures[i - 2].end, prev.start)
    ):
        return figures[i - 2]
    return None


_COUNTED_AS_REACHED = re.compile(r".*,\s*(?:trong đó\s+)?có\s+", re.DOTALL)
_REACHED_AFTER = re.compile(r"[^\d,;.:()]{0,30}?\s(?:đạt|được công nhận)\b")
_RECIPIENTS = re.compile(r"\s*(?:giao\s+)?(?:cho|tới|đến)(?:\s+(?:các|tất cả))?\s*")


def mark_cued_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A figure after a target cue in its sentence ("giao chỉ tiêu … ít nhất 2.500 hộ", "Phấn đấu năm 2025 kết nạp
    3.000 hội viên", "đăng ký giúp 274 hộ"), and "(chỉ tiêu 2.100)" after a result."""
    # "đạt 195% so với chỉ tiêu", "vượt chỉ tiêu", "8 chỉ tiêu" measure or count targets: not target cues.
    cues = accepted_cues(low)
    cue_starts = [c[0] for c in cues]
    for i, f in enumerate(figures):
        if f.unit and f.unit.lower() == "chỉ tiêu":
            continue
        k = bisect.bisect_left(cue_starts, f.start) - 1
        in_sentence = k >= 0 and cues[k][1] <= f.start and cues[k][0] >= bounds.sentence_start(f.num_start)
        if in_sentence and f.achievement_pct is None:
            between = low[cues[k][1]:f.start]
            if _RECIPIENTS.fullmatch(between):
                continue  # "giao chỉ tiêu cho 18 cơ sở hội": the units the targets go to
            if low.startswith(("đăng ký", "cam kết"), cues[k][0]) and _COUNTED_AS_REACHED.fullmatch(
                    low, max(0, f.start - 24), f.start) and _REACHED_AFTER.match(low, f.end):
                continue  # "100% chi hội đăng ký thực hiện cuộc vận động …, có 1.112 hộ đạt tiêu chí": those who did
            if not _reports_in_scope(low, cues, k, bounds, f) and not closed_before(between) and not (
                f.unit_class == "ratio" and _SHARE_FOLLOWS.match(low, f.end)
            ) and not (f.unit_class == "percent" and _SHARE_OF_A_RATIO.search(low, max(0, f.start - 40), f.start)):
                f.is_target = True
                f.target = f.value
        if i and (result := _linked_result(low, figures, i)) is not None:
            f.is_target, f.target = True, f.value
            result.target = f.value
            if f.achievement_pct is not None and result.achievement_pct is None and f.value and abs(
                    result.value / f.value * 100 - f.achievement_pct) <= 1:
                # "734 hội viên/kế hoạch 800 (đạt 91,8%)": the rate after the plan measures the result
                result.achievement_pct, f.achievement_pct = f.achievement_pct, None


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
    while j >= 0 and cues[j][0] >= start and not low.startswith("chỉ tiêu", cues[j][0]):
        j -= 1
    if not low.startswith("đến", cues[k][0]) or j < 0 or cues[j][0] < start:
        return True
    head = cues[j]
    return not (_ADOPTED_LIST_NEXT.match(low, head[1]) and low.startswith("chỉ tiêu", head[0])) or (
        cue_reports_results(low, head, low[head[1]:f.start])) or bool(
        _DONE_BEFORE_LIST.search(low, bounds.sentence_start(f.num_start), head[0]))


_DONE_BEFORE_LIST = re.compile(r"kết quả|\bđã\b|hoàn thành|thực hiện|đạt được|\bqua\b")


_SLASH_BETWEEN = re.compile(r"\s*/\s*")


_TARGETS_NAMED = re.compile(r"chỉ tiêu|kế hoạch|mục tiêu|nghị quyết")


def link_share_over_target(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"đạt 90%/80% chỉ tiêu giao", "1 chỉ tiêu chưa đạt (tỷ lệ tập hợp đạt 82%/85%)": the result share over the
    target share, when the target is named after them or earlier in the sentence."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and _SLASH_BETWEEN.fullmatch(low, f.end, g.start) and (
            TARGET_REF.match(low[g.end:g.end + 40]) or _TARGETS_NAMED.search(
                low, bounds.sentence_start(f.num_start), f.start)
        ):
            f.target = g.value
            g.is_target, g.target = True, g.value


_VERDICT_THEN_TARGET = re.compile(  # (the share's own words first: "85% chi hội đạt vững mạnh, đạt chỉ tiêu (80%)")
    r"(?:[^\d,;.()]{0,60}?[,;])?\s*(?:chưa\s+|không\s+)?(?:đạt|vượt|hoàn thành)\s+(?:so với\s+)?"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu|nghị quyết)"
    r"[^()\d,;.]{0,30}\(\s*(?:dưới|trên|ít nhất|tối thiểu|từ)?\s*$")


def link_share_verdict(low: str, figures: list[Figure]) -> None:
    """"đạt 85%, chưa đạt chỉ tiêu đề ra (90%)", "còn 1,2%, đạt mục tiêu (dưới 1,5%)": a share, the verdict on its
    target, and the target share in parentheses."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and f.target is None and _VERDICT_THEN_TARGET.fullmatch(
            low, f.end, g.start
        ):
            f.target = g.value
            g.is_target, g.target = True, g.value
        elif f.unit_class == g.unit_class == "percent" and f.target is None and _SHARE_BESIDE_TARGET.fullmatch(
                low, f.end, g.start):
            f.target = g.value
            g.is_target, g.target = True, g.value
            if g.achievement_pct == g.value:
                g.achievement_pct = None  # "chưa đạt chỉ tiêu 75%" is the target, not a rate reached


# "mới đạt 74%, thấp hơn mục tiêu 80% đề ra", "đạt 68%, chưa đạt chỉ tiêu 75%", "đạt 93%, vượt kế hoạch 90%": a
# share, how it stands against the target, and the target share
_SHARE_BESIDE_TARGET = re.compile(
    r"\s*[,;]\s*(?:(?:thấp|cao) hơn|chưa đạt|không đạt|vượt)\s+(?:so với\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)"
    r"(?:\s+(?:đề ra|đặt ra|giao|nghị quyết|năm|là))?\s*:?\s*")


# the nouns writers shorten: "HTX" for "hợp tác xã", "THT" for "tổ hợp tác"
_ABBREVIATED_NOUNS = {"htx": "hợp tác xã", "tht": "tổ hợp tác"}


def same_noun(low: str, f: Figure, g: Figure) -> bool:
    """Whether two figures count the same thing as their nouns say: the same noun, one the other's first words ("108
    tổ" for "135 tổ hợp tác", "40 hộ" for "52 hộ phụ nữ") or its abbreviation ("10 HTX", "12 hợp tác xã"); a noun
    missing agrees with any. The shorter noun must end there: "20 tổ phụ nữ" (read "tổ") counts no "tổ hợp tác";
    "50.000 trẻ đặt ra" ends it."""
    if not f.unit or not g.unit:
        return True
    x, y = f.unit.lower(), g.unit.lower()
    x, y = _ABBREVIATED_NOUNS.get(x, x), _ABBREVIATED_NOUNS.get(y, y)
    if x == y:
        return True
    (short, shorter), (long, _longer) = sorted(((x, f), (y, g)), key=lambda pair: len(pair[0]))
    if not long.startswith(short + " "):
        return False
    goes_on = _NEXT_WORD.match(low, shorter.end)
    return goes_on is None or long[len(short) + 1:].startswith(goes_on.group(1)) or goes_on.group(1) in _SETTING_WORDS


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# the shorter noun ends where the words setting it begin: "mục tiêu 50.000 trẻ đặt ra cho năm 2025" for "trẻ em"
_SETTING_WORDS = frozenset(("đặt", "đề", "giao", "được"))


# "chỉ tiêu 500, thực hiện 560", "kế hoạch 40 hộ, thực hiện 38 hộ": the target, then what was done against it
# ("kế hoạch giao 40 hộ thoát nghèo; thực hiện được 46 hộ": the target's own words, then what was done)
_PLAN_THEN_DONE = re.compile(
    r"[^\d,;.()]{0,30}?\s*[,;]\s*(?:thực hiện|kết quả|đã thực hiện|đạt được)(?:\s+được)?\s*:?\s*")


def link_plan_then_done(low: str, figures: list[Figure]) -> None:
    """"Kết nạp hội viên mới: chỉ tiêu 500, thực hiện 560": the figure told as done right after a target is that
    target's result (not a second target)."""
    for k, (g, f) in enumerate(zip(figures, figures[1:]), 1):
        if not g.is_target or g.unit_class != f.unit_class:
            continue
        if _PLAN_THEN_CHANGE.fullmatch(low, g.end, f.start) and _states_quotient(low, figures, k):
            f.is_target, f.target = False, g.value  # "…; kết quả tăng 556 tỷ đồng, đạt 115,8%" (556 of 480)
            f.achievement_pct = figures[k + 1].achievement_pct = figures[k + 1].value
            continue
        if _PLAN_THEN_DONE.fullmatch(low, g.end, f.start) and same_noun(low, f, g):
            f.is_target, f.target = False, g.value
            rate = figures[k + 1] if k + 1 < len(figures) else None
            if rate is not None and rate.unit_class == "percent" and _RATE_NEXT.fullmatch(low, f.end, rate.start):
                if rate.achievement_pct is None:
                    rate.is_target, rate.target = False, None  # "…, thực hiện 38 hộ, đạt 95%": its rate, not a target
                if g.value and abs(f.value / g.value * 100 - rate.value) <= 1 and (
                        rate.achievement_pct in (None, rate.value)):
                    f.achievement_pct = rate.achievement_pct = rate.value  # the rate the pair states: 1.250 of 1.000


_RATE_NEXT = re.compile(r"\s*,\s*(?:đạt|bằng)\s*")
# a target of growth, then the change done: "giao chỉ tiêu tăng trưởng dư nợ 480 tỷ đồng; kết quả tăng 556 tỷ đồng"
_PLAN_THEN_CHANGE = re.compile(r"[^\d,;.()]{0,30}?\s*[,;]\s*(?:thực hiện|kết quả)\s+tăng(?:\s+thêm)?\s*")


def _states_quotient(low: str, figures: list[Figure], k: int) -> bool:
    """Whether the rate right after figure ``k`` ("…, đạt 115,8%") is its quotient of the target before it."""
    g, f = figures[k - 1], figures[k]
    rate = figures[k + 1] if k + 1 < len(figures) else None
    return rate is not None and rate.unit_class == "percent" and bool(g.value) and _RATE_NEXT.fullmatch(
        low, f.end, rate.start) is not None and abs(f.value / g.value * 100 - rate.value) <= 1 and (
        rate.achievement_pct in (None, rate.value))
# "Với chỉ tiêu 9.178 lớp, đến nay Hội đã tổ chức 7.777 lớp tập huấn", "Với chỉ tiêu 120 hộ, qua 4 năm Hội đã giúp 136
# hộ": the target opening the sentence, then the result told against it
_WITH_TARGET_BEFORE = re.compile(
    r"(?:^|[.;:\n]\s*|\s)với\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:là|đề ra|giao))?\s*$")
_DONE_AGAINST_IT = re.compile(r"[^\d,;.()]{0,30}?,\s*(?:đến nay|kết quả|sau|qua)?[^.;:()]{0,50}?\bđã\b[^\d.;:()]{0,40}")


def link_target_then_done(low: str, figures: list[Figure]) -> None:
    """"Với chỉ tiêu 9.178 lớp, đến nay Hội đã tổ chức 7.777 lớp tập huấn": the result the sentence tells right after
    its target is measured by it, whatever other targets of the same noun the text sets."""
    if "với" not in low:
        return
    for g, f in zip(figures, figures[1:]):
        if "với" not in low[max(0, g.start - 30):g.start] or g.unit_class != f.unit_class or f.is_target or (
                f.target is not None) or not same_noun(low, g, f):
            continue  # (a slice first: most figures have no "với" before them)
        if _WITH_TARGET_BEFORE.search(low, max(0, g.start - 30), g.start) and _DONE_AGAINST_IT.fullmatch(
                low, g.end, f.start):
            g.is_target, g.target = True, g.value
            f.target = g.value


# "đạt 67.500.000đ, trong khi chỉ tiêu đặt ra là 65.000.000đ (đạt 103%)", "giúp 45 hộ, so với chỉ tiêu 40 hộ": the
# target told right after the result, in the result's sentence
_RESULT_THEN_TARGET = re.compile(
    r"(?:\s+[^\W\d_][^\d,;.()]{0,40}?)?(?:\s*,?\s*(?:trong khi(?:\s+đó)?|so với)|\s+trên)"
    r"\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    r"(?:\s+(?:nghị quyết|nq))?"
    r"(?:\s+năm(?:\s+20\d\d)?)?(?:\s+(?:được\s+)?(?:đặt ra|đề ra|giao))?(?:\s+(?:là|chỉ))?\s*:?\s*")


_CHANGE_BEFORE = re.compile(r"(?:vượt|tăng|giảm)(?:\s+(?:thêm|được))?\s*$")  # an excess or a change, no result
_RATE_AFTER_TARGET = re.compile(r"\s*[,(]?\s*(?:(đạt|bằng)|vượt)\s*")  # "… so với chỉ tiêu 700 người đạt 117%"


def link_result_then_target(low: str, figures: list[Figure]) -> None:
    """"Quỹ đạt 48 triệu đồng, trong khi chỉ tiêu đặt ra là 40 triệu đồng (đạt 120%)": the figure after the target
    words is a target statement, the result before it takes it as its target, and the rate after the target (which
    the rate rules gave the nearest figure) measures the result."""
    # ("Hỗ trợ 12 phụ nữ khởi nghiệp trên chỉ tiêu 10 phụ nữ": a result over its target, no comma between)
    words = sorted(i for word in ("trong khi", "so với", "trên chỉ tiêu", "trên kế hoạch") for i in find_all(low, word))
    if not words:
        return
    for k, (g, f) in enumerate(zip(figures, figures[1:])):
        w = bisect.bisect_left(words, g.end)
        if w == len(words) or words[w] >= f.start:
            continue  # no "trong khi" / "so với" between the two (most pairs: a bisection, not a regex)
        if _CHANGE_BEFORE.search(low, max(0, g.start - 16), g.start):
            if not k:
                continue
            g = figures[k - 1]  # "kết nạp 85 hội viên, vượt 35 hội viên so với chỉ tiêu 50 hội viên": the excess
            if CLAUSE_END.search(low, g.end, f.start):
                continue
        elif g.unit_class != f.unit_class or g.unit_class == "percent" or g.is_target or g.target is not None:
            continue
        if g.unit_class != f.unit_class or g.is_target or g.target is not None or (
                not same_noun(low, g, f)) or not _RESULT_THEN_TARGET.fullmatch(
                low, figures[k].end, f.start):
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


# "KH 300 - TH 320", "KH: 50 triệu đồng, TH: 62 triệu đồng": the plan (kế hoạch) and what was done (thực hiện)
_PLAN_ABBREVIATED = re.compile(r"(?<![^\W\d_])kh\s*:?\s*$")
_DONE_ABBREVIATED = re.compile(r"\s*[,;\-–]\s*th\s*:?\s*")
# "36 hộ thoát nghèo/30 hộ chỉ tiêu", "14 mô hình/12 mô hình theo kế hoạch": the result over its target, named after
_OVER_A_TARGET = re.compile(r"[^\d,;.()/]{0,30}/\s*")
_TARGET_NAMED_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:theo\s+)?(?:chỉ tiêu|kế hoạch|kh)(?![^\W_])")


def link_plan_pairs(low: str, figures: list[Figure]) -> None:
    """A target and its result written as a pair: "KH 300 - TH 320" (the plan first), "36 hộ thoát nghèo/30 hộ chỉ
    tiêu" (the result over its target, the target word after it, or fewer of the same: "126 hộ thoát nghèo/120 hộ").
    The target is a target statement, the result takes it."""
    for k, (g, f) in enumerate(zip(figures, figures[1:]), 2):
        if g.unit_class != f.unit_class:
            continue
        between = low[g.end:f.start]
        # the words between first: same_noun on every pair cost more than the rule
        plan_done = "th" in between and _DONE_ABBREVIATED.fullmatch(between) and _PLAN_ABBREVIATED.search(
            low, max(0, g.start - 8), g.start)
        if not (plan_done or ("/" in between and _OVER_A_TARGET.fullmatch(between))) or not same_noun(low, g, f):
            continue
        if plan_done:
            g.is_target, g.target = True, g.value
            f.is_target, f.target = False, g.value
        elif (
                _TARGET_NAMED_AFTER.match(low, f.end) or (f.value < g.value and g.unit and f.unit)) and (
                not g.is_target and g.target is None):
            f.is_target, f.target = True, f.value
            g.target = f.value
            rate = figures[k] if k < len(figures) else None
            if rate is not None and rate.unit_class == "percent" and f.value and _RATE_NEXT.fullmatch(
                    low, f.end, rate.start) and abs(g.value / f.value * 100 - rate.value) <= 1 and (
                    rate.achievement_pct in (None, rate.value)):
                g.achievement_pct = rate.achievement_pct = rate.value  # "126 hộ …/120 hộ, đạt 105%"


# "Chỉ tiêu thành lập hợp tác xã mới đạt 40% (thành lập 2/5 hợp tác xã)": the rate, then the part of the whole it is
_RATIO_IN_BRACKETS = re.compile(r"\s*\(\s*(?:[^\W\d_]+\s+){0,4}")
# "… chỉ đạt 84,6% (thực hiện 12.690/15.000 hội viên)", "(kết quả 45 hộ, kế hoạch 60 hộ)": what was done, in brackets
_DONE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:thực hiện|kết quả|đã thực hiện)(?:\s+được)?\s*:?\s*")
# "Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 80%": what the named target counts
_TARGET_NAMED_BEFORE = re.compile(r"chỉ tiêu\s+((?:[^\W\d_]+\s+){1,8}?)(?:chỉ|mới|chỉ mới)\s+đạt\s*$")


def link_rates_to_restated_results(low: str, figures: list[Figure]) -> None:
    """A named target's rate measures the result it restates: the ratio in brackets after it ("mới đạt 40% (thành
    lập 2/5 hợp tác xã)"; "(thực hiện 12.690/15.000 hội viên)" is done over planned, the whole its target), the
    result in brackets with its target ("(thực hiện 1.320 người, chỉ tiêu 1.500 người)"), or the one result told
    earlier against a target, on a line or in a clause naming what the target counts, whose quotient the rate
    states ("3 | Thành lập tổ hợp tác | 60 | 48 | Chưa đạt" … "Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 80%")."""
    if "chỉ tiêu" not in low:
        return
    for k, f in enumerate(figures):
        if f.unit_class != "percent" or f.achievement_pct != f.value or f.is_target:
            continue
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        if nxt is not None and _result_in_brackets(low, f, nxt):
            nxt.achievement_pct = f.value
            continue
        named = _TARGET_NAMED_BEFORE.search(low, max(0, f.start - 90), f.start)
        if named is None:
            continue
        words = named.group(1).strip()
        restated = [g for g in figures[:k] if g.target and not g.is_target and g.achievement_pct is None
                    and g.unit_class in ("count", "other") and abs(g.value / g.target * 100 - f.value) <= 0.5
                    and words in low[max(low.rfind("\n", 0, g.start), g.start - 80):g.start]]
        if len(restated) == 1:
            restated[0].achievement_pct = f.value


def _result_in_brackets(low: str, rate: Figure, g: Figure) -> bool:
    """Whether the figure in brackets right after a named target's rate is the result it measures: a ratio whose
    quotient the rate states ("(thành lập 2/5 hợp tác xã)"; done over planned, "(thực hiện 12.690/15.000 hội
    viên)", has the whole as its target, set here), or a result done against the target named beside it ("(thực
    hiện 1.320 người, chỉ tiêu 1.500 người)")."""
    if g.achievement_pct is not None:
        return False
    if g.denominator and _RATIO_IN_BRACKETS.fullmatch(low, rate.end, g.start) and abs(
            g.value / g.denominator * 100 - rate.value) <= 0.5:
        if _DONE_IN_BRACKETS.fullmatch(low, rate.end, g.start) and g.target is None:
            g.target = g.denominator
        return True
    return bool(g.target and not g.is_target and _DONE_IN_BRACKETS.fullmatch(low, rate.end, g.start)
                and abs(g.value / g.target * 100 - rate.value) <= 0.5)


# a named target the review says fell short: "hai chỉ tiêu chưa đạt là … số tổ hợp tác (đạt 9/12 tổ)", "Chỉ tiêu duy
# nhất chưa đạt là … (thành lập 14/20 HTX)", "Riêng chỉ tiêu hỗ trợ phụ nữ khởi nghiệp mới đạt 4/10 ý tưởng"
_SHORTFALL_OF_A_TARGET = re.compile(r"chỉ tiêu[^;.:\n]{0,160}?(?:chưa đạt|chưa hoàn thành|(?:chỉ|mới) đạt)")
_CLAUSE_START = re.compile(r"[;.:\n][^;.:\n]*$")


# the plan a ratio was done against, right after its noun ("thành lập được 1/3 HTX theo kế hoạch", "3/5 mô hình
# theo kế hoạch năm", "7/12 buổi truyền thông theo kế hoạch đề ra", "4/6 công trình so với kế hoạch"); not a plan
# document ("theo Kế hoạch số 12-KH/HLHPN"), nor the branches' own work by plan ("12/15 chi hội sinh hoạt theo …")
_PLAN_AFTER_RATIO = re.compile(
    r"(?:\s+(?!(?:đã|được|đều|sinh|tổ|hoạt|triển|thực|tham|duy|theo|so)\b)[^\W\d_]+){0,2}?"
    r"\s+(?:theo|so với)\s+(?:kế hoạch|chỉ tiêu|kh)(?![^\W_])(?!\s+(?:số|\d))")


def link_ratio_shortfalls(low: str, figures: list[Figure]) -> None:
    """The part done of a named target that fell short, told as a ratio with no rate of its own, or of the plan named
    right after it: the whole is the target (not "số chi hội sinh hoạt định kỳ chỉ đạt 81/96 chi hội", a share of
    all branches with no target named; nor "mới đạt 40% (thành lập 2/5 hợp tác xã)", measured by its rate; nor "đạt
    11/13 chỉ tiêu")."""
    for f in figures:
        if not f.denominator or f.unit_class != "ratio" or f.target is not None or f.is_target or (
                f.achievement_pct is not None) or (f.unit and f.unit.lower() == "chỉ tiêu"):
            continue
        clause = _CLAUSE_START.search(low, max(0, f.start - 200), f.start)
        start = clause.start() + 1 if clause else max(0, f.start - 200)
        if _PLAN_AFTER_RATIO.match(low, f.end) or (
                "chỉ tiêu" in low and _SHORTFALL_OF_A_TARGET.search(low, start, f.start)):
            f.target = f.denominator
