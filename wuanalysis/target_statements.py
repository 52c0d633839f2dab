"""Targets, decided clause by clause once the figures of a text are read and their stated rates attached.

A figure after a target cue in its sentence ("giao chỉ tiêu … ít nhất 2.500 hộ", "Phấn đấu …", "đăng ký giúp 274
hộ") is itself a target, unless result language comes in between ("Kết quả, … đã …"); so is every figure of a
sentence that opens with a cadence or a per-unit ("Hằng năm, …", "Mỗi cơ sở Hội …") and reports nothing done,
and of the sentences that continue a list of targets. "(chỉ tiêu 200 hộ)" right after a result is that result's
target, and so is the first cell of a row in a table of "Chỉ tiêu" / "Kết quả". Patterns run on the lower-cased
match form of the text (see ``wuanalysis.text``).

:func:`decide_rates_and_targets` runs the rules of :mod:`wuanalysis.rates` and then those of this module, each a
small function named after the phrasing it handles, in order on working copies of the figures (later rules read
what earlier ones decided), and returns the marks that changed, figure by figure: the caller's figures are left
as they are, and :mod:`wuanalysis.extract` applies the marks.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .rates import CLAUSE_END, TARGET_REF, Bounds, attach_rates, find_all, mark_estimates
from .text import load_words

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


class Marks(NamedTuple):
    """What the rate and target rules decide for one figure."""

    is_target: bool
    target: float | None
    achievement_pct: float | None
    estimate: bool


def _working_copy(f: Figure) -> Figure:
    """A shallow copy, three times cheaper than ``copy.copy`` (a text has thousands of figures)."""
    w = object.__new__(type(f))
    w.__dict__ = f.__dict__.copy()
    return w


def _changed(f: Figure, w: Figure) -> bool:
    return (w.is_target != f.is_target or w.target != f.target or w.achievement_pct != f.achievement_pct
            or w.estimate != f.estimate)


def decide_rates_and_targets(m: str, figures: list[Figure]) -> dict[int, Marks]:
    """Stated achievement rates, multiples of a target, estimates and target figures of a text's figures (in text
    order): the marks the rules change, by the figure's index."""
    work = [_working_copy(f) for f in figures]
    low = m.lower()
    bounds = Bounds(m)
    attach_rates(m, low, bounds, work)
    _mark_cued_targets(low, bounds, work)
    _link_share_over_target(low, work)
    _link_share_verdict(low, work)
    mark_estimates(low, bounds, work)
    _mark_target_statements(low, bounds, work)
    _mark_term_continuations(low, bounds, work)
    _mark_yearly_floors(low, bounds, work)
    _mark_new_term_sentences(low, bounds, work)
    _mark_campaign_floors(low, bounds, work)
    _mark_target_lists(low, work)
    _link_table_targets(low, work)
    _link_restated_targets(low, bounds, work)
    _link_numbered_items(low, work)
    _rate_of_a_linked_result(low, work)
    return {i: Marks(w.is_target, w.target, w.achievement_pct, w.estimate)
            for i, (f, w) in enumerate(zip(figures, work)) if _changed(f, w)}


def _target_cue() -> re.Pattern:
    return _target_cue_pattern(load_words("pledge_verb"))


@lru_cache(maxsize=1)
def _target_cue_pattern(pledge_verbs: tuple[str, ...]) -> re.Pattern:
    """Target cues; "đăng ký" is one only before a verb of the pledge list ("đăng ký giúp 274 hộ"), never in
    "chỉ tiêu đăng ký" or a registration."""
    verbs = "|".join(re.escape(v) for v in sorted(pledge_verbs, key=len, reverse=True))
    return re.compile(
        r"chỉ tiêu|phấn đấu|phan dau\b|mục tiêu(?! quốc gia)|đăng ký thi đua|kế hoạch giao|nghị quyết đề ra"
        r"|nghị quyết đại hội đề ra"
        # "cam kết hỗ trợ 10 hộ" pledges too, and "cam kết đến năm 2027 giúp 20 hộ"
        r"|(?:đăng ký|cam kết)(?=\s+(?:(?:đến|trong)\s+(?:năm\s+20\d\d|nhiệm kỳ(?:\s+này|\s+tới)?)\s*,?\s+)?"
        rf"(?:{verbs})\b)"
        # "Đăng ký 100 công trình chào mừng Đại hội": works pledged (not "đăng ký 500 hội viên", a count)
        r"|đăng ký(?=\s+\d[\d.]*\s+(?:công trình|phần việc|mô hình|phần quà)\b)"
        r"|(?:kế hoạch|phương hướng)[^.:;\n]{0,30}:"  # "Kế hoạch năm 2026: kết nạp 300 hội viên"
        r"|(?<![^\W\d_])(?<!sạch )(?<!đã và )sẽ(?![^\W\d_])(?!\s+(?:có|là|diễn ra|được|tham dự|tham gia)\b)",
        # "Hội sẽ vận động 5 tổ hợp tác" plans; "sạch sẽ", "Đại hội sẽ có 62 tham luận" do not
        re.IGNORECASE,
    )


_CUE_WORDS = ("chỉ tiêu", "phấn đấu", "mục tiêu", "đăng ký", "cam kết", "kế hoạch", "nghị quyết", "phương hướng", "sẽ",
              "phan dau")  # an unaccented photo caption: "Tuyen Quang phan dau giam 3% …"
# "đạt 195% so với chỉ tiêu", "vượt chỉ tiêu", "8 chỉ tiêu", "được đăng ký nhận đỡ đầu" are not target cues, nor is
# a purpose ("Nhằm mục tiêu nâng cao năng lực, Hội tổ chức 20 lớp") or a report on one ("Về chỉ tiêu giảm nghèo, …")
_NOT_A_CUE = re.compile(
    r"(?:%|so với|đạt|vượt|hoàn thành|thực hiện|bằng|lần|được|với|nhằm|vì|hướng tới|hướng đến|về|đối với|\d)"
    r"\s*(?:các\s+|nhóm\s+)?$"
)
_CUE_THEN_RESULT = re.compile(r"\s*(?:đề ra|giao)?\s*(?:của|đều|đạt)")
# After a cue naming targets already set ("nhiều chỉ tiêu vượt cao so với Nghị quyết"), figures are results.
_MEASURED_CUES = ("chỉ tiêu", "nghị quyết")
_COLON_SOON = re.compile(r"[^.;:\n]{0,40}:")
# "Đại hội đề ra 12 chỉ tiêu, trong đó 100% cơ sở …", "thông qua 9 chỉ tiêu chủ yếu, gồm …": the list follows
_LIST_FOLLOWS = re.compile(r"(?:\s+(?:chủ yếu|cơ bản|chính|quan trọng))?\s*,?\s*(?:trong đó|gồm|bao gồm|như|cụ thể)\b")
_MET_JUST_BEFORE = re.compile(r"(?:\bđã\b|hoàn thành|đạt|vượt|thực hiện|kết quả)[^.;:\n]{0,20}$")
# "vượt 365 hộ so với chỉ tiêu Nghị quyết đề ra": a cue measured against is no cue, nor is the cue right after it
_MEASURED_BEFORE = re.compile(r"so với\s+(?:(?:chỉ tiêu|kế hoạch|mục tiêu)\s+)?$")
# "hoàn thành và vượt 9/9 chỉ tiêu Nghị quyết đề ra", "đạt 7/8 chỉ tiêu Nghị quyết Đại hội đề ra": the targets met
_TARGETS_MET_BEFORE = re.compile(r"(?:\d|đạt|vượt|hoàn thành)[^\d,.;:\n]{0,12}chỉ tiêu\s+$")
_MEASURED = re.compile(r"\b(?:vượt|đạt|hoàn thành)\b")
# "cán bộ 11.024/11.024, đạt 100%": a part of a whole with its share is a result, whatever cue came before
_RESULT_MARK = re.compile(r"kết quả|\bđã\b|đạt được|thực hiện được|tổ chức được", re.IGNORECASE)
_SHARE_FOLLOWS = re.compile(r"\s*,?\s*đạt\s+\d[\d.,]*\s*%")
_SHARE_OF_A_RATIO = re.compile(r"\d/\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s*,?\s*đạt\s*$")
# "tổng số đăng ký thực hiện …", "số hội viên đăng ký …": the people who registered are counted, nothing is pledged
# ("tổng số cơ sở hội đăng ký giúp 120 hộ" still pledges: the units register, the households are pledged)
_REGISTERED_COUNTED = re.compile(
    r"\bsố(?:\s+(?:lượng|hội viên|phụ nữ|chị|chị em|cán bộ|người|hộ|thành viên|gia đình|đoàn viên))?\s+$")
_LINKED_TARGET = re.compile(  # "(chỉ tiêu 200)", "(Nghị quyết 85%)", "(chỉ tiêu Nghị quyết 150 hộ)", "(NQ: 300)",
    # "300 hộ thoát nghèo/KH 250 hộ", "vượt 6,25% so với chỉ tiêu giao (800 người)"
    r"^[^,;()\d.]{0,40}?(?:[(,/]\s*(?:(?:chỉ tiêu\s+)?(?:nghị quyết|nq)(?:\s+đại hội)?|chỉ tiêu|kế hoạch|kh|mục tiêu)"
    r"(?:\s+(?:giao|là|đề ra|được giao|năm))?\s*:?"
    r"|so với\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:nghị quyết|nq))?(?:\s+(?:giao|đề ra|được giao|năm))?\s*\()"
    r"\s*$",
    re.IGNORECASE,
)
# "Thứ hai, hằng năm giúp 33.500 hộ …": the items of a congress's list of targets, one a paragraph
_ORDINAL = (r"(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là)"
            r"\s*[,:.]?\s*")  # "Thứ hai, …", "Hai là, …"
_ORDINAL_OPENER = re.compile(r"[\W\d]*" + _ORDINAL)
# A sentence that opens with a cadence, a per-unit or a horizon sets targets when it reports nothing done.
_STATEMENT_OPENER = re.compile(
    r"[\W\d]*(?:(?:chỉ tiêu|mục tiêu)(?:\s+số)?\s*\d+\s*[:.]\s*|" + _ORDINAL + r")?"
    r"(?:bình quân\s+)?(?:(hằng năm|hàng năm|mỗi năm)|mỗi cơ sở(?: hội)?(?!\s+(?:có|được|gồm|hiện có)\b)"
    r"|mỗi chi hội(?!\s+(?:có|được|gồm|hiện có)\b)|đến cuối nhiệm kỳ|đến hết nhiệm kỳ|đến năm 20\d\d|nhiệm kỳ tới"
    r"|phấn đấu)\b"  # "Mỗi chi hội có 30 hội viên", "Mỗi hội viên được tặng …" describe, they set nothing
)
# In a list of targets, a sentence that opens with a figure continues it: "… phấn đấu giúp 30 hộ. 100% …".
_FIGURE_OPENER = re.compile(r"\W*(?:hơn|trên|ít nhất|tối thiểu|khoảng|gần|có)?\s*\d")
# In a list of targets, a sentence that opens on the whole unit and a plain verb continues it: "… mỗi cơ sở hội giúp 3
# hộ thoát nghèo. Toàn xã hỗ trợ 12 phụ nữ khởi nghiệp" (not "Toàn huyện có 45 chi hội", a stock)
_SCOPE_OPENER = re.compile(
    r"\W*(?:toàn (?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|hội)|các cấp hội(?: phụ nữ| lhpn)?"
    r"|các chi hội|các cơ sở hội)\s*,?\s+(?!(?:có|hiện|đã|được|gồm)\b)")
# the congress's election: "bầu 19 đại biểu", "19 đại biểu được bầu", "Ban Chấp hành gồm 15 đồng chí" is never a target
_ELECTED = re.compile(r"\bbầu\b|ban chấp hành gồm|\bbch gồm")
_STATEMENT_RESULT = re.compile(
    r"kết quả|\bđã\b|đạt được|thực hiện được|tổ chức được|nhiệm kỳ qua|vừa qua|đến nay|hiện nay|hiện có"
)
# A heading line that announces a list of targets: "Đại hội đề ra 9 chỉ tiêu chủ yếu:", "Mục tiêu đến năm 2030:".
_HEADING_END = re.compile(r":[ \t]*\n")
_HEADING_CUE = re.compile(r"chỉ tiêu|mục tiêu|phấn đấu|đề ra|kế hoạch|phương hướng")
_HEADING_RESULT = re.compile(r"kết quả|\bđã\b|đạt được|thực hiện|vừa qua|nhiệm kỳ qua")
_ITEM_LINE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))")
# The head of a table of targets and results: a "Chỉ tiêu" cell, then a "Kết quả" cell.
_TABLE_HEAD = re.compile(  # starts with a literal "\n" so the engine can skip ahead to line starts
    r"\n[ \t]*(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:giao|đề ra|năm|nhiệm kỳ))?[ \t]*\n\s*"
    r"(?:kết quả|thực hiện)(?:\s+(?:đạt được|thực hiện))?[ \t]*(?=\n|$)"
    r"(\s*\n[ \t]*(?:tỷ lệ|tỉ lệ|% so với|đạt)[^\n]{0,30})?"  # a third column of rates
)


_NUMBER_COLUMN = re.compile(r"(?:^|\n)[ \t]*s?tt[ \t]*\n")  # a "TT" / "STT" column just before the head
_LABEL_NEXT = re.compile(r"[ \t]*\n\s*[^\W\d_]")


def _target_cues(low: str):
    """Target-cue matches, found from a literal search first (a full regex scan costs a tenth of extraction)."""
    starts = sorted({i for word in _CUE_WORDS for i in find_all(low, word)})
    cue = _target_cue()
    for i in starts:
        if (mt := cue.match(low, i)):
            yield mt


def _cue_reports_results(low: str, cue: tuple[int, int], between: str) -> bool:
    """"Thực hiện chỉ tiêu …, Hội đã giúp", "nhiều chỉ tiêu vượt cao so với Nghị quyết đề ra, cụ thể: 4.700 …":
    result language after the cue makes the figures results (but "chỉ tiêu: … 100% cơ sở đạt vững mạnh" lists)."""
    if _RESULT_MARK.search(between) or _CUE_THEN_RESULT.match(between[:12]):
        return True
    head = between[:60].split(":", 1)[0]
    if (listed := _LIST_FOLLOWS.match(between)):
        head = head[:listed.start()]  # "12 chỉ tiêu, trong đó 100% chi hội đạt vững mạnh": the list begins
    return low.startswith(_MEASURED_CUES, cue[0]) and bool(_MEASURED.search(head))


# "5 năm qua, phụ nữ đã đóng góp hiệu quả các mục tiêu kinh tế - xã hội, … thu hút trên 91% hội viên": goals named
# in what was done are no target cue (but "Hội đã đề ra mục tiêu …" sets one)
_DONE_BEFORE_CUE = re.compile(r"\bđã\b(?![^.;:\n]*(?:đề ra|xác định|đặt ra|giao|thông qua))[^.;:\n]{0,60}$")
_GOAL_CUES = ("mục tiêu", "phấn đấu", "phương hướng")


_GOAL_FIGURE = re.compile(r"[^,;.:\d\n]{0,60}\d")  # the goal's own figure, in the cue's clause


def _is_cue(low: str, cue: re.Match) -> bool:
    """A target cue, unless it measures or counts targets ("đạt 195% so với chỉ tiêu", "8 chỉ tiêu"); a counted
    heading still announces targets ("Đại hội đề ra 10 chỉ tiêu chủ yếu: …", "thông qua 9 chỉ tiêu, gồm: …")."""
    if low.startswith(_GOAL_CUES, cue.start()) and _DONE_BEFORE_CUE.search(low, max(0, cue.start() - 70),
                                                                          cue.start()):
        return False
    if low.startswith("đăng ký", cue.start()) and _REGISTERED_COUNTED.search(low, max(0, cue.start() - 30),
                                                                           cue.start()):
        return False
    if _MEASURED_BEFORE.search(low, max(0, cue.start() - 24), cue.start()) or _TARGETS_MET_BEFORE.search(
        low, max(0, cue.start() - 40), cue.start()
    ):
        return False
    before = _NOT_A_CUE.search(low, max(0, cue.start() - 16), cue.start())
    if not before:
        return True
    if before.group(0).strip() == "với" and low.startswith("mục tiêu", cue.start()) and _GOAL_FIGURE.match(
            low, cue.end()):
        return True  # "… nhiệm kỳ 2025-2030 với mục tiêu tập hợp trên 90% phụ nữ" (not "Với mục tiêu …, Hội trao …")
    if not before.group(0)[:1].isdigit():
        return False
    if not low.startswith(("chỉ tiêu", "mục tiêu"), cue.start()):
        return True  # a year before the cue: "Giai đoạn 2025-2030 phấn đấu …", "Năm 2026 sẽ …" (not "8 chỉ tiêu")
    if _COLON_SOON.match(low, cue.end()):
        return True
    return bool(_LIST_FOLLOWS.match(low, cue.end())) and not _MET_JUST_BEFORE.search(
        low, max(0, cue.start() - 40), cue.start() - len(before.group(0)))


def _closed_before(between: str) -> bool:
    """"(chỉ tiêu 150); vận động 1,2 tỷ đồng": a cue inside parentheses ends with them."""
    return between.count(")") > between.count("(")


_EXCESS_BEFORE = re.compile(r"vượt\s*$")


def _linked_result(low: str, figures: list[Figure], i: int) -> Figure | None:
    """"… 4.094 hội viên (chỉ tiêu 2.100)", "Giúp 245 hộ, vượt 22,5% (chỉ tiêu 200 hộ)": the result a target in
    parentheses (or after a comma) belongs to — the figure before it, or the one before a stated rate."""
    f, prev = figures[i], figures[i - 1]
    if not _LINKED_TARGET.match(low[prev.end:f.start]):
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


_RECIPIENTS = re.compile(r"\s*(?:giao\s+)?(?:cho|tới|đến)(?:\s+(?:các|tất cả))?\s*")


def _mark_cued_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A figure after a target cue in its sentence ("giao chỉ tiêu … ít nhất 2.500 hộ", "Phấn đấu năm 2025 kết nạp
    3.000 hội viên", "đăng ký giúp 274 hộ"), and "(chỉ tiêu 2.100)" after a result."""
    # "đạt 195% so với chỉ tiêu", "vượt chỉ tiêu", "8 chỉ tiêu" measure or count targets: not target cues.
    cues = [(c.start(), c.end()) for c in _target_cues(low) if _is_cue(low, c)]
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
            if not _cue_reports_results(low, cues[k], between) and not _closed_before(between) and not (
                f.unit_class == "ratio" and _SHARE_FOLLOWS.match(low, f.end)
            ) and not (f.unit_class == "percent" and _SHARE_OF_A_RATIO.search(low, max(0, f.start - 40), f.start)):
                f.is_target = True
                f.target = f.value
        if i and (result := _linked_result(low, figures, i)) is not None:
            f.is_target, f.target = True, f.value
            result.target = f.value


_SLASH_BETWEEN = re.compile(r"\s*/\s*")


def _link_share_over_target(low: str, figures: list[Figure]) -> None:
    """"đạt 90%/80% chỉ tiêu giao": the result share over the target share."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and _SLASH_BETWEEN.fullmatch(low, f.end, g.start) and (
            TARGET_REF.match(low[g.end:g.end + 40])
        ):
            f.target = g.value
            g.is_target, g.target = True, g.value


_VERDICT_THEN_TARGET = re.compile(
    r"\s*[,;]?\s*(?:chưa\s+|không\s+)?(?:đạt|vượt|hoàn thành)\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|nghị quyết)"
    r"[^()\d,;.]{0,30}\(\s*(?:dưới|trên|ít nhất|tối thiểu|từ)?\s*$")


def _link_share_verdict(low: str, figures: list[Figure]) -> None:
    """"đạt 85%, chưa đạt chỉ tiêu đề ra (90%)", "còn 1,2%, đạt mục tiêu (dưới 1,5%)": a share, the verdict on its
    target, and the target share in parentheses."""
    for f, g in zip(figures, figures[1:]):
        if f.unit_class == g.unit_class == "percent" and f.target is None and _VERDICT_THEN_TARGET.fullmatch(
            low, f.end, g.start
        ):
            f.target = g.value
            g.is_target, g.target = True, g.value


def _mark_target_statements(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Hằng năm, kết nạp ít nhất 2.500 hội viên", "Mỗi cơ sở Hội giúp ít nhất 3 hộ", and the sentences that continue
    a list of targets ("… phấn đấu giúp 30 hộ. 100% … Hơn 70% …"): every figure of them is a target."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(bounds.sentence_start(f.num_start), []).append(f)
    in_list = False
    prev_end = 0
    for start in sorted(by_sentence):
        group = by_sentence[start]
        if in_list and _PAST_BETWEEN.search(low, prev_end, start):
            in_list = False  # "… phấn đấu 95% …\n\n5 năm qua, … đã đóng góp …. Trên 91% hội viên …": results follow
        prev_end = bounds.sentence(start)[1]
        opener = _STATEMENT_OPENER.match(low, start)
        ordinal = _ORDINAL_OPENER.match(low, start)
        if ordinal and not in_list and _lists_counted_targets(low, start, ordinal):
            in_list = True  # "Đại hội xác định 8 chỉ tiêu. Thứ nhất, kết nạp …"
        if not (opener or in_list or _LIST_OPENER.match(low, start)):
            in_list = _all_targets(group)
            continue  # nothing here can set a target: skip the sentence's result search (speed)
        part = _stated_part(low, bounds, start, opener, group)
        if opener and opener.group(1):  # a cadence alone also describes results ("Hằng năm, Hội tổ chức 15 lớp")
            opener = opener if in_list or any(f.qualifier == "at_least" for f in part) or (
                part and part[0].unit_class == "percent" and _FIGURE_OPENER.match(low, opener.end())
            ) or _PER_UNIT_NEXT.match(low, opener.end()) else None
            # "Hằng năm, 100% cơ sở hội giúp …" restates a share target; "Hằng năm, mỗi chi hội giúp 1 hộ" a per-unit
        opens = opener or (in_list and (_FIGURE_OPENER.match(low, start) or ordinal or _SCOPE_OPENER.match(
            low, start))) or _lists_counted_targets(low, start)
        if opens and not opener and _ELECTED.search(low, start, bounds.sentence(start)[1]):
            opens = False  # "… kết nạp 30 hội viên. 19 đại biểu được bầu đi dự Đại hội tỉnh": an election held
        if opens:
            for f in part:
                if f.achievement_pct is None and not (f.unit and f.unit.lower() == "chỉ tiêu"):
                    f.is_target, f.target = True, f.value
        in_list = _all_targets(group)


def _all_targets(group: list[Figure]) -> bool:
    """A sentence whose figures (rates aside) are all targets, one at least: a list of targets may go on after it."""
    set_figures = [f for f in group if f.achievement_pct is None]
    return bool(set_figures) and all(f.is_target for f in set_figures)


# a sentence without figures between two that have some, telling the past term: the list of targets is over
_PAST_BETWEEN = re.compile(_STATEMENT_RESULT.pattern + r"|\bnăm qua\b")
_PER_UNIT_NEXT = re.compile(r"\W*mỗi (?:cơ sở|chi hội|tổ hội|chi, tổ hội|hội viên|cán bộ hội)")
# "Cụ thể: …", "Cụ thể, đến cuối nhiệm kỳ, …", "Trong đó: …"
_LIST_OPENER = re.compile(
    r"[\W\d]*(?:cụ thể(?:\s+(?:là|như sau))?\s*[:,]|(?:trong đó|gồm|bao gồm)(?:\s+(?:là|như sau))?\s*:)")
# "… đề ra 6 chỉ tiêu, 3 nhiệm vụ trọng tâm và 2 khâu đột phá." too
_COUNTED_TARGETS_BEFORE = re.compile(
    r"(?:đề ra|xác định|thông qua|thống nhất|với)[^.;:\n]{0,40}?\d+\s+(?:nhóm\s+)?chỉ tiêu[^.;:\n\d]{0,60}"
    r"(?:\d+[^.;:\n\d]{0,40}){0,3}[.,]?\s*$")
# "Đại hội đã nhất trí cao và thông qua 7 chỉ tiêu": the congress adopting its targets reports nothing done
_ADOPTING = re.compile(r"đã\s+(?:nhất trí(?:\s+cao)?\s+(?:và\s+)?)?(?:thông qua|đề ra|xác định|thống nhất)")


def _reports_results(low: str, lo: int, hi: int) -> bool:
    """Result language between lo and hi, save a congress's "đã … thông qua" of its targets."""
    while (res := _STATEMENT_RESULT.search(low, lo, hi)) is not None:
        if not (res.group(0) == "đã" and _ADOPTING.match(low, res.start())):
            return True
        lo = res.end()
    return False


def _lists_counted_targets(low: str, start: int, ordinal: re.Match | None = None) -> bool:
    """"Đại hội xác định … 8 nhóm chỉ tiêu chủ yếu. Cụ thể: hằng năm kết nạp 500 …", "… đề ra 7 chỉ tiêu. Trong đó:
    …", "… thông qua 3 chỉ tiêu. Thứ nhất, …": a sentence that opens a list right after a heading counting the
    targets set (not "đã hoàn thành 9 chỉ tiêu")."""
    if not (ordinal or _LIST_OPENER.match(low, start)):
        return False
    if ordinal:  # the items run one a paragraph, each with its own figures: the heading may be far above
        heads = list(_COUNTED_TARGETS_HEAD.finditer(low, max(0, start - 2000), start))
        head = heads[-1] if heads else None  # the nearest heading above
        return head is not None and not _STATEMENT_RESULT.search(low, head.end(), start)
    head = _COUNTED_TARGETS_BEFORE.search(low, max(0, start - 120), start)
    return head is not None and not _reports_results(low, max(0, start - 120), head.start())


# "Đại hội … thông qua 5 chỉ tiêu chủ yếu nhiệm kỳ 2025-2030." closing its line: a list of items follows
_COUNTED_HEADING_LINE = re.compile(
    r"(?:đề ra|xác định|thông qua|thống nhất)[^.;:\n]{0,40}?\d+\s+(?:nhóm\s+)?chỉ tiêu[^.;:\n]{0,60}[.:]?[ \t]*\n")
_COUNTED_TARGETS_HEAD = re.compile(r"(?:đề ra|xác định|thông qua|thống nhất)[^.;:\n]{0,40}?\d+\s+(?:nhóm\s+)?chỉ tiêu")
_RESTATING_OPENER = re.compile(r"[\W\d]*(?:hằng năm|hàng năm|mỗi năm|mỗi cơ sở|mỗi chi hội|phấn đấu)")


def _stated_part(low: str, bounds: Bounds, start: int, opener: re.Match | None, group: list[Figure]) -> list[Figure]:
    """The figures a target statement sets: all of a sentence that reports nothing done, or — when a cadence or
    per-unit target is restated and its result follows after a comma ("Hằng năm, mỗi cơ sở hội giúp ít nhất 1-2 hộ,
    đến nay đã giúp 81 hộ"; "Hằng năm, 100% cơ sở …; kết quả đã giúp 42 hộ") — the figures before that comma."""
    result = _STATEMENT_RESULT.search(low, start, bounds.sentence(start)[1])
    if result is None:
        return group
    if opener is None or not _RESTATING_OPENER.match(low, start):
        return []
    cut = max(low.rfind(",", opener.end(), result.start()), low.rfind(";", opener.end(), result.start()))
    return [f for f in group if f.end <= cut]


# "Trong nhiệm kỳ tới, … xác định …", "Nhiệm kỳ 2021-2026, Hội … phấn đấu …": a paragraph opens the new term's targets
_TERM_OPENER = re.compile(
    r"(?:trong\s+)?nhiệm kỳ (?:tới|đến|mới)\b"
    r"|nhiệm kỳ 20\d\d\s*[-–]\s*20\d\d\s*,[^.;\n]{0,80}?(?:phấn đấu|xác định|đề ra)")
_TRONG_BEFORE = re.compile(r"trong\s+$")


def _term_openers(low: str) -> list[int]:
    """Where the new-term openers start, found from a literal search for "nhiệm kỳ" (a regex scan of the whole text
    cost 4 % of extraction); "Trong nhiệm kỳ tới" starts at "Trong"."""
    openers = []
    last = -1
    for i in find_all(low, "nhiệm kỳ"):
        if i < last:
            continue
        trong = _TRONG_BEFORE.search(low, max(0, i - 12), i)
        hit = (trong and _TERM_OPENER.match(low, trong.start())) or _TERM_OPENER.match(low, i)
        if hit:
            openers.append(hit.start())
            last = hit.end()
    return openers


# "Bên cạnh đó, 100% tổ chức hội, 80% hội viên …": a sentence that goes on with the list
_CONTINUATION = re.compile(r"\W*(?:bên cạnh đó|đồng thời|ngoài ra)\s*,?")


def _mark_term_continuations(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Trong nhiệm kỳ đến, … xác định phát huy vai trò …. Bên cạnh đó, 100% tổ chức hội, 80% hội viên được học
    tập …": a sentence opened by a continuation, or by a figure, in the paragraph of a new term's target statement
    sets targets, until a sentence reports results; a paragraph break (a caption) ends the scope."""
    openers = _term_openers(low)
    if not openers:
        return
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(bounds.sentence_start(f.num_start), []).append(f)
    for start, group in by_sentence.items():
        k = bisect.bisect_left(openers, start) - 1
        if k < 0 or "\n" in low[openers[k]:start]:
            continue
        if not (_CONTINUATION.match(low, start) or _FIGURE_OPENER.match(low, start)):
            continue
        if _STATEMENT_RESULT.search(low, openers[k], bounds.sentence(start)[1]) or _ELECTED.search(
                low, start, bounds.sentence(start)[1]):
            continue
        for f in group:
            if f.achievement_pct is None and not (f.unit and f.unit.lower() == "chỉ tiêu"):
                f.is_target, f.target = True, f.value


# "(Trong) nhiệm kỳ 2026 – 2031, Hội xã tiếp tục …, tập hợp 90% trở lên phụ nữ vào Hội": the term the congress opens
_TERM_NAMED = re.compile(r"nhiệm kỳ (20\d\d)\s*[-–]\s*20\d\d")
_NEW_TERM_OPENER = re.compile(r"\W*(?:trong\s+)?nhiệm kỳ (20\d\d)\s*[-–]\s*20\d\d\s*,")
_REACHED = re.compile(r"\bđạt\b")


def _mark_new_term_sentences(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A sentence opened by the newest term the text names ("Nhiệm kỳ 2026 – 2031, Hội tiếp tục …, tập hợp 90% trở
    lên phụ nữ vào Hội") sets that term's targets when a floor is in it ("trở lên", "ít nhất") and it reports nothing
    done (never a past term's "Nhiệm kỳ 2016-2021, toàn xã thu hút 80% trở lên …")."""
    named = [(i, hit) for i in find_all(low, "nhiệm kỳ") if (hit := _TERM_NAMED.match(low, i))]
    if not named:
        return
    newest = max(int(hit.group(1)) for _i, hit in named)
    starts = {bounds.sentence_start(i) for i, hit in named if int(hit.group(1)) == newest}
    opened = sorted(start for start in starts if (op := _NEW_TERM_OPENER.match(low, start)) and int(
        op.group(1)) == newest)
    if not opened:
        return
    firsts = [f.num_start for f in figures]
    for start in opened:
        end = bounds.sentence(start)[1]
        group = figures[bisect.bisect_left(firsts, start):bisect.bisect_left(firsts, end)]
        if not any(f.qualifier == "at_least" for f in group):
            continue
        if _STATEMENT_RESULT.search(low, start, end) or _REACHED.search(low, start, end) or _ELECTED.search(
                low, start, end):
            continue
        for f in group:
            if f.achievement_pct is None and not (f.unit and f.unit.lower() == "chỉ tiêu"):
                f.is_target, f.target = True, f.value


# "phát động …; vận động mỗi hội viên tiết kiệm ít nhất 20.000đ/tháng": a launch asks each one for a floor
_ASKS = re.compile(r"vận động|kêu gọi|phát động")
_PER_ONE = re.compile(r"\bmỗi\b")


def _mark_campaign_floors(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A floor asked of each member by a campaign ("vận động hội viên góp ít nhất 5.000đ/người/tháng", "kêu gọi mỗi
    hội viên ủng hộ tối thiểu 50.000 đồng") is its target; what was collected ("vận động được …") is not."""
    for f in figures:
        if f.qualifier != "at_least" or f.is_target or f.achievement_pct is not None:
            continue
        lo = bounds.clause(f.num_start)[0]
        asks = list(_ASKS.finditer(low, max(lo, f.start - 200), f.start))
        if not asks:
            continue
        between = low[asks[-1].end():f.start]
        if "được" in between or "đã " in between:
            continue
        if (f.unit and "/" in f.unit) or _PER_ONE.search(between):
            f.is_target, f.target = True, f.value


_CADENCE = re.compile(r"\b(?:hằng năm|hàng năm|mỗi năm)\b")


def _mark_yearly_floors(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Hội LHPN huyện mỗi năm kết nạp ít nhất 200 hội viên": a floor set for every year is a target."""
    for f in figures:
        if f.qualifier != "at_least" or f.is_target or f.achievement_pct is not None:
            continue
        lo = bounds.clause(f.num_start)[0]
        start, end = bounds.sentence(f.num_start)
        if _CADENCE.search(low, lo, f.start) and not _STATEMENT_RESULT.search(low, start, end):
            f.is_target, f.target = True, f.value


def _mark_target_lists(low: str, figures: list[Figure]) -> None:
    """"Đại hội đề ra 9 chỉ tiêu chủ yếu:" (or "… thông qua 5 chỉ tiêu chủ yếu." on its own line) then "- Giúp 2.000
    hộ …", "1. Kết nạp 3.000 …": the items of a list under a target heading are targets, up to the first line that
    is not an item."""
    spans: list[tuple[int, int]] = []
    for hit in _HEADING_END.finditer(low):
        heading = low[low.rfind("\n", 0, hit.start()) + 1:hit.start()]
        if len(heading) > 200 or not _HEADING_CUE.search(heading) or _HEADING_RESULT.search(heading):
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
    _section_title_lists(low, spans)
    spans.sort()
    if not spans:
        return
    starts = [a for a, _b in spans]
    for f in figures:
        k = bisect.bisect_right(starts, f.num_start) - 1
        if k >= 0 and f.num_start < spans[k][1] and f.achievement_pct is None and not (
            f.unit and f.unit.lower() == "chỉ tiêu"
        ):
            f.is_target, f.target = True, f.value


# a plan's section title on its own line: "I. Mục tiêu", "2. Chỉ tiêu cụ thể", "Mục tiêu năm 2025"
_SECTION_TITLE = re.compile(
    r"[ \t]*(?:[ivx]{1,4}[.)]|\d{1,2}[.)]|[a-zđ][.)])?[ \t]*(?:mục tiêu|chỉ tiêu)"
    r"(?:[ \t]+(?:cụ thể|chủ yếu|chung|chính|năm 20\d\d|nhiệm kỳ 20\d\d\s*[-–]\s*20\d\d))*[ \t]*:?[ \t]*")


def _section_title_lists(low: str, spans: list[tuple[int, int]]) -> None:
    """"I. Mục tiêu" / "1. Kết nạp mới 1.200 hội viên." / "2. Giúp 50 hộ …": the items under a plan's title line."""
    for word in ("mục tiêu", "chỉ tiêu"):
        for i in find_all(low, word):
            line_start = low.rfind("\n", 0, i) + 1
            nl = low.find("\n", i)
            if nl != -1 and nl - line_start <= 60 and _SECTION_TITLE.fullmatch(low, line_start, nl):
                _list_items(low, nl + 1, spans)


def _list_items(low: str, pos: int, spans: list[tuple[int, int]]) -> None:
    """The item lines from ``pos`` on ("- …", "1. …", "a) …"), up to the first line that is not an item: their spans,
    save those that report results."""
    while pos < len(low):
        nl = low.find("\n", pos)
        line_end = len(low) if nl == -1 else nl
        line = low[pos:line_end]
        if line.strip():
            if not _ITEM_LINE.match(line):
                break
            if not _STATEMENT_RESULT.search(line):
                spans.append((pos, line_end))
        pos = line_end + 1


def _link_table_targets(low: str, figures: list[Figure]) -> None:
    """A table of "Chỉ tiêu" / "Kết quả" flattened to lines: in each row of figure-only lines the first cell is the
    target and the next cells are results measured against it."""
    head = _TABLE_HEAD.search(low)
    if not head:
        return
    rate_column = head.group(1) is not None
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
        else:
            _close_row(row, rate_column)
            row = [f] if is_cell else []
        if is_cell:
            nl = low.find("\n", f.num_start)
            last_line_end = len(low) if nl == -1 else nl
    _close_row(row, rate_column)


def _close_row(row: list[Figure], rate_column: bool) -> None:
    """Target, results (and, under a rate column, the last cell as the stated rate of the result before it)."""
    if len(row) < 2:
        return
    if rate_column and len(row) >= 3:
        rate = row[-1]
        rate.achievement_pct = row[-2].achievement_pct = rate.value
        row = row[:-1]
    target = row[0].value
    row[0].is_target, row[0].target = True, target
    for f in row[1:]:
        # an average may be fractional where its target was whole ("01" set, "2,6" reached): count and other meet
        if f.unit_class == row[0].unit_class or {f.unit_class, row[0].unit_class} == {"count", "other"}:
            f.is_target, f.target = False, target


_RESTATED_RESULT = re.compile(r"kết quả|\bđã\b|đến nay|đạt được|thực hiện được")


_YEAR_NAMED = re.compile(r"năm (20\d\d)")
_PER_UNIT = re.compile(r"\bmỗi\s+(?:cơ sở|chi hội|tổ|xã|phường|thôn|ấp|khu|cán bộ|hội viên|gia đình|đơn vị)")


def _link_restated_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"mục tiêu xây dựng 100 công trình …. Kết quả, đã thực hiện được 115 công trình": a later result that restates
    the wording of the only target with its unit is measured against it (never a result told before the target)."""
    generic = set(load_words("generic_unit"))  # "người", "lượt": too common to tie a result to a target
    by_unit: dict[tuple[str, str], list[Figure]] = {}
    for f in figures:
        if f.is_target and f.unit and f.unit.lower() not in generic:
            by_unit.setdefault((f.unit_class, f.unit.lower()), []).append(f)
    for f in figures:
        if f.is_target or f.target is not None or not f.unit:
            continue  # a stated rate does not stop it: "kết quả: kết nạp 345 hội viên, đạt 115%" (chỉ tiêu 300)
        found = by_unit.get((f.unit_class, f.unit.lower()))
        if not found or len(found) != 1 or found[0].num_start > f.num_start:
            continue
        start, end = bounds.sentence(f.num_start)
        said = _YEAR_NAMED.findall(low, start, f.start)
        set_for = _YEAR_NAMED.findall(low, max(0, found[0].num_start - 300), found[0].start)
        if said and set_for and said[-1] != set_for[-1]:
            continue  # "Năm 2024, toàn tỉnh kết nạp 1.150 hội viên" is not measured by the 2025 plan's 1.200
        if _PER_UNIT.search(low, bounds.sentence_start(found[0].num_start), found[0].start) and not _PER_UNIT.search(
                low, start, f.start):
            continue  # "mỗi cơ sở hội giúp 3 hộ" is each unit's target, not the whole's ("Toàn xã đã giúp 20 hộ")
        if (start > found[0].num_start and _RESTATED_RESULT.search(low, start, end)) or _RESTATED_RESULT.search(
            low, found[0].end, f.start  # "Chỉ tiêu kết nạp 300 hội viên, kết quả đạt 320 hội viên"
        ):
            f.target = found[0].value


# "Chỉ tiêu 3: 95% hội viên được tuyên truyền. Kết quả đạt 97%.": a review restating each numbered target, then its
# result
_ITEM_HEAD = re.compile(r"[ \t]*[-+•*]?[ \t]*(?:chỉ tiêu|mục tiêu)(?:\s+số)?\s*\d{1,2}\s*[:.]")  # at a line start
_ITEM_RESULT = re.compile(r"kết quả|\bđã\b|đạt được|thực hiện được")


def _link_numbered_items(low: str, figures: list[Figure]) -> None:
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


_BARE_RATE = re.compile(r"\s*,\s*(?:đạt|bằng)\s*")


def _rate_of_a_linked_result(low: str, figures: list[Figure]) -> None:
    """"chỉ tiêu năm 2025 là 250 hội viên; đến nay đã kết nạp 180 hội viên, đạt 72%": a bare share right after a
    result whose target was found is that result's achievement, when the two agree (180 of 250 is 72 %)."""
    for g, f in zip(figures, figures[1:]):
        if (f.unit_class == "percent" and f.achievement_pct in (None, f.value) and not f.is_target and g.target
                and not g.is_target and g.achievement_pct is None and g.unit_class in ("count", "vnd", "other")
                and _BARE_RATE.fullmatch(low, g.end, f.start) and abs(g.value / g.target * 100 - f.value) <= 1):
            g.achievement_pct = f.achievement_pct = f.value
