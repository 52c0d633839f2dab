"""Sentences that set targets as a whole: one that opens with a cadence, a per-unit or a horizon ("Hằng năm, …",
"Mỗi cơ sở Hội …", "Đến năm 2030, …") and reports nothing done, the sentences that continue a list of targets,
those of a new term's paragraph, and floors set for every year or asked of each member by a campaign. Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns run on the lower-cased match form.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds, find_all
from .target_nouns import carried_over_shortfall
from .target_terms import closed_term_at
from .text import finditer_at

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "Thứ hai, hằng năm giúp 33.500 hộ …": the items of a congress's list of targets, one a paragraph
_ORDINAL = (r"(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là)"
            r"\s*[,:.]?\s*")  # "Thứ hai, …", "Hai là, …"
_ORDINAL_OPENER = re.compile(r"[\W\d]*" + _ORDINAL)
# A sentence that opens with a cadence, a per-unit or a horizon sets targets when it reports nothing done.
_TOPIC = r"(?:về\s[^:.;\n\d]{1,40}:\s*)?"  # "- Về giảm nghèo: mỗi năm giúp 50 hộ …": an item's topic first
# an outlet's mark before the lede's first words: "(DNTV) Trong nhiệm kỳ …", "(BBD) – Mỗi năm …"
_OUTLET = r"(?:\([^()\n\d]{1,12}\)[\W\d]*)?"
STATEMENT_OPENER = re.compile(
    r"[\W\d]*" + _OUTLET + _TOPIC + r"(?:(?:chỉ tiêu|mục tiêu)(?:\s+số)?\s*\d+\s*[:.]\s*|" + _ORDINAL + r")?"
    r"(?:bình quân\s+)?(?:(hằng năm|hàng năm|mỗi năm)|mỗi cơ sở(?: hội)?(?!\s+(?:có|được|gồm|hiện có)\b)"
    r"|mỗi chi hội(?!\s+(?:có|được|gồm|hiện có)\b)|đến cuối nhiệm kỳ|đến hết nhiệm kỳ|đến năm 20\d\d|nhiệm kỳ tới"
    # the post-reform grassroots named by their level, or a women's group (iv15 P12): "Mỗi Hội LHPN cấp xã vận động
    # tối thiểu 10 hộ …; mỗi chi hội giúp đỡ từ 1 đến 2 hộ", "Mỗi tổ phụ nữ hỗ trợ 2 hộ"
    r"|mỗi (?:hội (?:lhpn |phụ nữ )?cấp (?:xã|huyện|cơ sở)|tổ (?:phụ nữ|hội))(?!\s+(?:có|được|gồm|hiện có)\b)"
    r"|phấn đấu"  # "Mỗi chi hội có 30 hội viên", "Mỗi hội viên được tặng …" describe, they set nothing
    # after the 2025 reform a province's grassroots are its communes and wards, a commune's its villages: "Mỗi xã,
    # phường xây dựng 2 mô hình", "mỗi thôn, tổ dân phố giúp 2 hộ"
    # (atomic: "Mỗi xã, phường có 12 chi hội" must not match as "mỗi xã" before ", phường có")
    r"|(?>mỗi (?:xã|phường|thôn|bản|ấp|tổ dân phố|khu phố)(?:,\s*(?:phường|thị trấn|đặc khu|tổ dân phố|bản|ấp|"
    r"khu phố|tổ)\b)*)(?!\s+(?:có|được|gồm|hiện có)\b))\b"
)
# In a list of targets, a sentence that opens with a figure continues it: "… phấn đấu giúp 30 hộ. 100% …".
FIGURE_OPENER = re.compile(  # (a floor "Từ 85 % trở lên …", not "Từ 2021 đến nay", "Từ 15 chi hội", "9 tháng, …")
    r"\W*(?:hơn|trên|ít nhất|tối thiểu|khoảng|gần|có|từ(?=\s*\d[\d.,]*\s*[^\d\n.;]{0,30}?trở lên))?\s*\d"
    r"(?![\d.,]*\s*(?:tháng|quý)\b)")
# In a list of targets, a sentence that opens on the whole unit and a plain verb continues it: "… mỗi cơ sở hội giúp 3
# hộ thoát nghèo. Toàn xã hỗ trợ 12 phụ nữ khởi nghiệp" (not "Toàn huyện có 45 chi hội", a stock)
SCOPE_OPENER = re.compile(
    r"\W*(?:toàn (?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|hội)|các cấp hội(?: phụ nữ| lhpn)?"
    r"|các chi hội|các cơ sở hội)\s*,?\s+(?!(?:có|hiện|đã|được|gồm)\b)")
# In a list of targets, a sentence that opens on a bare action verb, with no subject, is one more item: "Mục tiêu
# cụ thể đến năm 2030 là củng cố ít nhất 1.500 HTX …. Tạo việc làm ổn định cho 30.000 thành viên …. Tư vấn, hỗ trợ
# thành lập mới 750 HTX" (a sentence with its own subject or date, "Hội đã tư vấn 12 HTX", reports)
_PLAN_VERBS = (r"tạo|tư vấn|hỗ trợ|thành lập|củng cố|xây dựng|phát triển|kết nạp|giúp|vận động|nâng|duy trì|đào tạo"
               r"|tập huấn|kết nối|giới thiệu|thu hút|tập hợp|bồi dưỡng|huy động")
VERB_OPENER = re.compile(r"\W*(?:" + _PLAN_VERBS + r")\b(?!\s+được\b)")  # "Hỗ trợ được 45 …" is done
VERB_WORDS = r"(?:" + _PLAN_VERBS + r"|tổ chức)\b(?!\s+được\b)"  # after a subject ("Hội LHPN xã … tổ chức 4 lớp")
# the text's own union as a sentence's subject, then a plain verb: "Hội LHPN xã Cúc Phương giúp 07 hộ …" (a list
# goes on with it: target_statements, target_lists)
UNION_SUBJECT = re.compile(
    r"\W*hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)\s+(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)"
    r"(?:\s+[^\W\d_]+){1,4}?\s+(?:" + VERB_WORDS + r"|đăng ký\b|phấn đấu\b)")  # "… đăng ký thực hiện 4 công trình"
# the congress's election: "bầu 19 đại biểu", "19 đại biểu được bầu", "Ban Chấp hành gồm 15 đồng chí" is never a target
ELECTED = re.compile(r"\bbầu\b|ban chấp hành gồm|\bbch gồm")
STATEMENT_RESULT = re.compile(
    r"kết quả|\bđã\b|đạt được|thực hiện được|tổ chức được|nhiệm kỳ qua|vừa qua|năm qua|đến nay|hiện nay|hiện có"
)


def mark_target_statements(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Hằng năm, kết nạp ít nhất 2.500 hội viên", "Mỗi cơ sở Hội giúp ít nhất 3 hộ", and the sentences that continue
    a list of targets ("… phấn đấu giúp 30 hộ. 100% … Hơn 70% …"): every figure of them is a target."""
    by_sentence: dict[int, list[Figure]] = {}
    for f, start in zip(figures, bounds.sentence_starts([f.num_start for f in figures])):  # (text order)
        by_sentence.setdefault(start, []).append(f)
    in_list = told_plan = False
    prev_end = 0
    index = {id(f): k for k, f in enumerate(figures)}
    for start in sorted(by_sentence):
        group = by_sentence[start]
        if in_list and PAST_BETWEEN.search(low, prev_end, start):
            in_list = False  # "… phấn đấu 95% …\n\n5 năm qua, … đã đóng góp …. Trên 91% hội viên …": results follow
        if in_list and _TOPIC_HEADING_BETWEEN.search(low, prev_end, start):
            in_list = False  # "… đề ra các chỉ tiêu: …\n1. Công tác tuyên truyền\nCác cấp Hội tổ chức 1.524 buổi"
        prev_end = bounds.sentence(start)[1]
        opener = STATEMENT_OPENER.match(low, start)
        if opener and low.startswith("nhiệm kỳ", opener.end() - len("nhiệm kỳ")) and closed_term_at(
                low, opener.start(), opener.end()):
            opener = None  # "Đến cuối nhiệm kỳ 2020 – 2025, tỷ lệ … đạt 82%": the closed term's result
        ordinal = _ORDINAL_OPENER.match(low, start)
        if ordinal and not in_list and _lists_counted_targets(low, start, ordinal):
            in_list = True  # "Đại hội xác định 8 chỉ tiêu. Thứ nhất, kết nạp …"
        if not (opener or in_list or _list_opener(low, start)):
            in_list = all_targets(low, group) and not _plan_rating_a_result_before(figures, index, group)
            told_plan = len(group) == 1 and _PLAN_TOLD.fullmatch(low, start, group[0].start) is not None
            continue  # nothing here can set a target: skip the sentence's result search (speed)
        part = _stated_part(low, bounds, start, opener, group)
        if opener and opener.group(1):  # a cadence alone also describes results ("Hằng năm, Hội tổ chức 15 lớp")
            opener = opener if in_list or any(f.qualifier == "at_least" for f in part) or (
                part and part[0].unit_class == "percent" and FIGURE_OPENER.match(low, opener.end())
            ) or _PER_UNIT_NEXT.match(low, opener.end()) or _SETTING_BEFORE.search(low, max(0, start - 160),
                                                                                   start) else None
            # "Hằng năm, 100% cơ sở hội giúp …" restates a share target; "Hằng năm, mỗi chi hội giúp 1 hộ" a per-unit
        opens = opener or (in_list and (FIGURE_OPENER.match(low, start) or ordinal or (SCOPE_OPENER.match(
            low, start) and not told_plan) or VERB_OPENER.match(low, start))) or _lists_counted_targets(low, start)
        if opens and not opener and ELECTED.search(low, start, bounds.sentence(start)[1]):
            opens = False  # "… kết nạp 30 hội viên. 19 đại biểu được bầu đi dự Đại hội tỉnh": an election held
        if opens and not opener and part and _PLEDGING_UNITS_NEXT.match(low, part[0].end):
            part = part[1:]  # "34 chi hội đăng ký giúp 52 hộ": the units that pledge are counted, the pledge is set
        if opens:
            set_as_targets(part)
        in_list = all_targets(low, group) and not _plan_rating_a_result_before(figures, index, group)
        told_plan = len(group) == 1 and _PLAN_TOLD.fullmatch(low, start, group[0].start) is not None


def _plan_rating_a_result_before(figures: list[Figure], index: dict[int, int], group: list[Figure]) -> bool:
    """"Giúp 27 hộ …. Kế hoạch năm Hội huyện giao là 35 hộ, như vậy 9 tháng đạt 77,1% kế hoạch": a plan beside the rate
    of a result told before (its quotient) reviews that result; no list of targets goes on after it."""
    if not any(f.achievement_pct is not None and f.unit_class == "percent" for f in group):
        return False
    plans = {f.value for f in group if f.is_target}
    first = index[id(group[0])]
    return any(f.target in plans and not f.is_target and f.achievement_pct is not None
               for f in figures[max(0, first - 12):first])


# a numbered topic heading on its own line (iv16 P9): "1. Công tác tuyên truyền, giáo dục", "II. Kết quả thực hiện các
# phong trào", "b) Về phát triển hội viên" (not an item of the list: "2. Nâng cao chất lượng sinh hoạt …")
_TOPIC_HEADING_BETWEEN = re.compile(
    r"(?:\n|(?<=\n))[ \t]*(?:(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]|[a-zđ]\))[ \t]*"
    r"(?:công tác|phong trào|cuộc vận động|hoạt động|kết quả|về|lĩnh vực|tình hình|đánh giá)\b[^\n.;:]{0,80}\n")


# the sentence before, with no figure, says the congress sets what follows: "Đại hội xác định tiếp tục đổi mới …. Hằng
# năm các cấp Hội hỗ trợ hơn 54 phụ nữ …" (not "Đại hội đã đánh giá …")
_SETTING_BEFORE = re.compile(r"(?:đại hội|nghị quyết)\s+(?:xác định|đề ra|thống nhất|quyết nghị|đặt ra)\b"
                             r"(?:(?!\bđã\b)[^.\n])*[.:]\s*$")
# the year's plan told as what it is, one figure: "Chỉ tiêu năm 2026 được Đoàn Chủ tịch giao là 40.000 hộ." The next
# sentence's own subject and deed ("Các cấp Hội khởi công, bàn giao 3.870 …") reports; no list goes on with it
_PLAN_TOLD = re.compile(r"\W*(?:chỉ tiêu|kế hoạch)\s+(?:cả\s+)?năm(?:\s+20\d\d)?[^\d.;:\n]{0,60}?\slà\s*"
                        r"(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng)\s+)?")
# a count of units before their pledge: "34 chi hội đăng ký giúp 52 hộ", "12 cơ sở hội cam kết …"
_PLEDGING_UNITS_NEXT = re.compile(r"(?:\s+(?:phụ nữ|hội|lhpn))?\s+(?:đã\s+)?(?:đăng ký|cam kết)\b")


def set_as_targets(figures: list[Figure]) -> None:
    """The figures of a sentence that sets targets become target statements, but a stated rate ("đạt 105%") and a
    count of targets ("9 chỉ tiêu") stay what they are."""
    for f in figures:
        if f.achievement_pct is None and not (f.unit and f.unit.lower() == "chỉ tiêu"):
            f.is_target, f.target = True, f.value


def all_targets(low: str, group: list[Figure]) -> bool:
    """A sentence whose figures (rates aside) are all targets, one at least: a list of targets may go on after it
    (not when they are only the review's references in brackets: "Chỉ tiêu chưa đạt là thành lập hợp tác xã (chỉ
    tiêu 1 HTX, chưa thành lập được). Các chi hội duy trì 27 câu lạc bộ …" reports on, and so does a result measured
    against its target: "Toàn tỉnh kết nạp 1.036 hội viên, đạt 25,9% chỉ tiêu năm (4.000 hội viên). …")."""
    set_figures = [f for f in group if f.achievement_pct is None]
    return bool(set_figures) and all(f.is_target for f in set_figures) and not all(
        _TARGET_IN_BRACKETS.search(low, max(0, f.start - 48), f.start) for f in set_figures) and not any(
        f.target is not None and not f.is_target for f in group) and not (  # "… 96 hội viên, đạt 80% chỉ tiêu (120 …)"
        _rated_results(group))


def _rated_results(group: list[Figure]) -> bool:
    """"Hội kết nạp 520 hội viên (đạt 104%) và giúp 30 hộ (đạt 120%), kế hoạch 25 hộ": a result with its own rate
    and no target yet (a rate's percent aside) reports; the sentence is no list of targets."""
    return any(f.achievement_pct is not None and not f.is_target and f.unit_class != "percent" for f in group)


# "(chỉ tiêu 1 HTX", "(KH: 500 hộ)", "(kế hoạch 200)": a target named in brackets beside a review's words
# (its giver may come between: "(chỉ tiêu năm huyện ủy giao 800 hội viên)")
_TARGET_IN_BRACKETS = re.compile(r"\(\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?:\s+[^\W\d_]+){0,5}?\s*:?\s*$")


# a sentence without figures between two that have some, telling the past term: the list of targets is over
PAST_BETWEEN = re.compile(STATEMENT_RESULT.pattern + r"|\bnăm qua\b")
_PER_UNIT_NEXT = re.compile(
    r"\W*mỗi (?:cơ sở|chi hội|tổ hội|chi, tổ hội|hội viên|cán bộ hội|xã|phường|thôn|bản|ấp|tổ dân phố|khu phố)\b")
# "Cụ thể: …", "Cụ thể, đến cuối nhiệm kỳ, …", "Trong đó: …"
_LIST_OPENER = re.compile(
    r"[\W\d]*(?:cụ thể(?:\s+(?:là|như sau))?\s*[:,]|(?:trong đó|gồm|bao gồm)(?:\s+(?:là|như sau))?\s*:)")
# "Đại hội thống nhất 7 chỉ tiêu chủ yếu. Trong đó, hằng năm …", "Theo đó, …": only right after the counted targets
# ("Trong đó, …" opens many a sentence: the words before are checked first)
_COMMA_OPENER = re.compile(r"[\W\d]*(?:trong đó|theo đó)\s*,")


def _list_opener(low: str, start: int) -> re.Match | None:
    return _LIST_OPENER.match(low, start) or (
        _COMMA_OPENER.match(low, start) if "chỉ tiêu" in low[max(0, start - 120):start] else None)
# "… đề ra 6 chỉ tiêu, 3 nhiệm vụ trọng tâm và 2 khâu đột phá." too
_COUNTED_TARGETS_BEFORE = re.compile(
    r"(?:đề ra|xác định|thông qua|thống nhất|với)[^.;:\n]{0,40}?\d+\s+(?:nhóm\s+)?chỉ tiêu[^.;:\n\d]{0,60}"
    r"(?:\d+[^.;:\n\d]{0,40}){0,3}[.,]?\s*$")
# "Đại hội đã nhất trí cao và thông qua 7 chỉ tiêu": the congress adopting its targets reports nothing done
_ADOPTING = re.compile(r"đã\s+(?:nhất trí(?:\s+cao)?\s+(?:và\s+)?)?(?:thông qua|đề ra|xác định|thống nhất)")


def _reports_results(low: str, lo: int, hi: int) -> bool:
    """Result language between lo and hi, save a congress's "đã … thông qua" of its targets."""
    while (res := STATEMENT_RESULT.search(low, lo, hi)) is not None:
        if not (res.group(0) == "đã" and _ADOPTING.match(low, res.start())):
            return True
        lo = res.end()
    return False


def _lists_counted_targets(low: str, start: int, ordinal: re.Match | None = None) -> bool:
    """"Đại hội xác định … 8 nhóm chỉ tiêu chủ yếu. Cụ thể: hằng năm kết nạp 500 …", "… đề ra 7 chỉ tiêu. Trong đó:
    …", "… thông qua 3 chỉ tiêu. Thứ nhất, …": a sentence that opens a list right after a heading counting the
    targets set (not "đã hoàn thành 9 chỉ tiêu")."""
    if not (ordinal or _list_opener(low, start)):
        return False
    if not ordinal and _COMMA_OPENER.match(low, start):
        rest = _SENTENCE_REST.match(low, start)  # always matches (it may match nothing)
        if _REVIEWED.search(low, start, rest.end() if rest else start):
            return False  # "… đề ra 8 chỉ tiêu. Trong đó, kết nạp 1.200 hội viên, vượt 20%": a review of them
    if ordinal:  # the items run one a paragraph, each with its own figures: the heading may be far above
        heads = list(_COUNTED_TARGETS_HEAD.finditer(low, max(0, start - 2000), start))
        head = heads[-1] if heads else None  # the nearest heading above
        return head is not None and not STATEMENT_RESULT.search(low, head.end(), start)
    head = _COUNTED_TARGETS_BEFORE.search(low, max(0, start - 120), start)
    if head is None:
        return False
    # the heading's own sentence only: "Nhiệm kỳ qua, … đã giải ngân …. Đại hội đề ra 4 chỉ tiêu. Cụ thể: …"
    opens = max(low.rfind(". ", 0, head.start()) + 2, low.rfind("\n", 0, head.start()) + 1, start - 120, 0)
    return not _reports_results(low, opens, head.start())


# what an item of a review says and a list of targets does not: "vượt 20%", "kết nạp được 1.200", "6 chỉ tiêu đạt"
_REVIEWED = re.compile(STATEMENT_RESULT.pattern + r"|\bvượt\b| được (?=\d)| chỉ tiêu(?<=\d chỉ tiêu)")
_SENTENCE_REST = re.compile(r"(?:[^.!?\n]+|\.(?=\d))*")
_COUNTED_TARGETS_HEAD = re.compile(r"(?:đề ra|xác định|thông qua|thống nhất)[^.;:\n]{0,40}?\d+\s+(?:nhóm\s+)?chỉ tiêu")
_RESTATING_OPENER = re.compile(r"[\W\d]*(?:hằng năm|hàng năm|mỗi năm|mỗi cơ sở|mỗi chi hội|phấn đấu)")


def _stated_part(low: str, bounds: Bounds, start: int, opener: re.Match | None, group: list[Figure]) -> list[Figure]:
    """The figures a target statement sets: all of a sentence that reports nothing done, or — when a cadence or
    per-unit target is restated and its result follows after a comma ("Hằng năm, mỗi cơ sở hội giúp ít nhất 1-2 hộ,
    đến nay đã giúp 81 hộ"; "Hằng năm, 100% cơ sở …; kết quả đã giúp 42 hộ") — the figures before that comma."""
    result = STATEMENT_RESULT.search(low, start, bounds.sentence(start)[1])
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


def mark_term_continuations(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Trong nhiệm kỳ đến, … xác định phát huy vai trò …. Bên cạnh đó, 100% tổ chức hội, 80% hội viên được học
    tập …": a sentence opened by a continuation, or by a figure, in the paragraph of a new term's target statement
    sets targets, until a sentence reports results; a paragraph break (a caption) ends the scope."""
    openers = _term_openers(low)
    if not openers:
        return
    by_sentence: dict[int, list[Figure]] = {}
    for f, start in zip(figures, bounds.sentence_starts([f.num_start for f in figures])):  # (text order)
        by_sentence.setdefault(start, []).append(f)
    for start, group in by_sentence.items():
        k = bisect.bisect_left(openers, start) - 1
        if k < 0 or "\n" in low[openers[k]:start]:
            continue
        if not (_CONTINUATION.match(low, start) or FIGURE_OPENER.match(low, start)):
            continue
        if STATEMENT_RESULT.search(low, openers[k], bounds.sentence(start)[1]) or ELECTED.search(
                low, start, bounds.sentence(start)[1]):
            continue
        set_as_targets(group)


# "(Trong) nhiệm kỳ 2026 – 2031, Hội xã tiếp tục …, tập hợp 90% trở lên phụ nữ vào Hội": the term the congress opens
_TERM_NAMED = re.compile(r"nhiệm kỳ (20\d\d)\s*[-–]\s*20\d\d")
_NEW_TERM_OPENER = re.compile(r"\W*" + _OUTLET + r"(?:trong\s+)?nhiệm kỳ (20\d\d)\s*[-–]\s*20\d\d\s*,")
_REACHED = re.compile(r"\bđạt\b")


def mark_new_term_sentences(low: str, bounds: Bounds, figures: list[Figure]) -> None:
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
        if STATEMENT_RESULT.search(low, start, end) or _REACHED.search(low, start, end) or ELECTED.search(
                low, start, end):
            continue
        set_as_targets(group)


# "Năm 2026, Hội tiếp tục …", "Trong năm 2026, …", "Sang năm 2026, …": a sentence opened by a year
# (an item's number may come first: "6. Năm 2026: kết nạp ít nhất 170 hội viên; giúp 25 hộ …", iv20 P22; no comma before
# a word said ahead, iv22 P13: "Năm 2026 tập trung kết nạp …")
_YEAR_OPENER = re.compile(
    r"\W*(\d{1,2}[.)]\s*)?(?:(?:(?:trong|sang|bước sang)\s+)?năm (20\d\d)"
    r"(?:\s*[,:]|(?=\s+(?:phấn đấu|tập trung)\b))"
    r"|giai đoạn (20\d\d)\s*[-–]\s*20\d\d\s*,)")
# a year the text names, not that of a date ("Ngày 10/1/2026, … tổng kết năm 2025": the meeting may fall in the year
# it plans for)
# (a range counts by its first year, "nhiệm kỳ 2025 – 2030" by 2025; a horizon, "đến năm 2030", not at all)
_YEAR = re.compile(r"(?<![\d.,/-])(?<!đến năm )((?:19|20)\d\d)(?![\d.,]\d)(?:\s*[-–]\s*(?:19|20)\d\d)?")
# what a stock or a rate says, never a plan: "Năm 2026, toàn xã có 24 chi hội", "…, đạt 105%"
GOT = re.compile(r"\bđược\s+(?:\w+\s+)?\d")  # "kết nạp thêm được 2 thành viên" (not "hội viên được tuyên truyền")
# the words of a plan, never of a chronicle ("Năm 2021, nhóm thành lập với 13 thành viên, … kết nạp thêm 4 …. Năm
# 2022 …": each year later than the one before, all of them told)
# said ahead: "Năm 2026, Hội tiếp tục …", "…, bảo đảm 100% chi hội …", "giữ vững 100% …", "nâng tỷ lệ … lên 85%",
# "giảm số hộ nghèo … xuống còn 12 hộ"
# (and a body agreeing on it: "Năm 2026, Cụm thống nhất mỗi tỉnh giúp ít nhất 1.300 hộ …, thành lập 20 HTX trở lên")
_AHEAD = re.compile(r"\b(?:tiếp tục|phấn đấu|sẽ|tập trung|đẩy mạnh|duy trì|bảo đảm|đảm bảo|giữ vững|nâng|giảm"
                    r"|thống nhất)\b")
_STOCK_WORD = re.compile(r"\bcó\b|\bgồm\b")
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$")


def mark_next_year_sentences(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A sentence opened by a year or a period no earlier than every year the text named before it (a range counts
    by its first year; a date's year and a horizon do not count) sets targets when it reports nothing done ("đã",
    "được 2 …"; a rate stays a rate) and tells no stock ("Năm 2026, toàn xã có …"), in three cases:

    - a year later than all of them, said ahead ("tiếp tục", "phấn đấu", "sẽ" before its first figure): "Tổng kết
      năm 2025 … Năm 2026, Hội tiếp tục vận động 100% chi hội có tổ phụ nữ tự quản" (never a chronicle, "Năm 2021,
      nhóm thành lập với 13 thành viên …. Năm 2022 …", nor a year reviewed, "Năm 2025, Hội tiếp tục …" in a review
      of 2025, nor in a text naming no earlier year);
    - the plan's own year, in a text that opens as a plan: "Năm 2026, mỗi thôn, bản giúp 03 hộ …";
    - a period ahead: "Giai đoạn 2026 – 2030, các cấp Hội thành lập mới 45 hợp tác xã" in a congress of the term
      2025 – 2030 (never "Giai đoạn 2020 – 2025, … giúp 300 hộ" there)."""
    starts = list(find_all(low, "năm 20")) + list(find_all(low, "giai đoạn 20"))
    if not starts or not figures:
        return
    openers: dict[int, re.Match] = {}
    for i in starts:
        start = bounds.sentence_start(i)
        if start not in openers and (opener := _YEAR_OPENER.match(low, start)):
            openers[start] = opener
    if not openers:
        return
    years = [(y.start(), int(y.group(1))) for y in finditer_at(_YEAR, low, "12", max(openers))]  # (opens on 19|20)
    positions = [pos for pos, _y in years]
    firsts = [f.num_start for f in figures]
    plan = opens_a_plan(low)
    for start, opener in sorted(openers.items()):
        period = opener.group(3) is not None
        year = int(opener.group(3) or opener.group(2))
        before = [y for _pos, y in years[:bisect.bisect_left(positions, start)]]
        if not before or max(before) > year:
            continue
        end = bounds.sentence(start)[1]
        group = figures[bisect.bisect_left(firsts, start):bisect.bisect_left(firsts, end)]
        if not group or STATEMENT_RESULT.search(low, start, end) or GOT.search(low, opener.end(), end) or (
                _STOCK_WORD.search(low, opener.end(), group[0].start)):
            continue
        # a year after every one named, said ahead ("Năm 2026, Hội tiếp tục …" closing a review of 2025); or the
        # plan's own year, or a period from the newest year named on ("Giai đoạn 2026 – 2030, …" in a congress of
        # the term 2025 – 2030)
        ahead = max(before) < year and (_AHEAD.search(low, opener.end(), group[0].start) is not None or (
            low.startswith(":", opener.end() - 1) and (opener.group(1) is not None or _ITEM_NUMBER_BEFORE.search(
                low, max(0, start - 8), start) is not None)))
        # ("6. Năm 2026: kết nạp …; giúp …": a numbered item opening on the later year's list; not a chronicle's
        # "Năm 2022: kết nạp thêm 4 thành viên")
        if ahead or plan or period:  # (not last year's shortfall a target carries: "(bao gồm 7 HTX chưa đạt …)")
            set_as_targets([f for f in group if not f.is_target and not carried_over_shortfall(low, f)])


# a plan's timeline: "- Quý I: hoàn thành kết nạp 30 hội viên", "Tháng 9: bàn giao 2 nhà", "Quý II, các cấp Hội tập
# trung kết nạp …; hoàn thành 15 mái ấm trước ngày 30/6"
_PERIOD_OPENER = re.compile(
    r"\W*(?:quý\s+(?:i{1,3}|iv|\d)|tháng\s+\d{1,2})(?:\s*/\s*20\d\d|\s+năm\s+20\d\d)?\s*[:,]")
# (said ahead in so many words: a review's "Quý II, Hội duy trì …" tells what was done)
_TIMELINE_AHEAD = re.compile(r"\b(?:phấn đấu|sẽ|tập trung|dự kiến|cần|phải)\b")


def mark_timeline_sentences(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A sentence opened by a quarter or a month ("- Quý I: …", "Tháng 9: …", "Quý II, …") that reports nothing done
    sets targets in a text that opens as a plan, or when it is said ahead ("tập trung", "phấn đấu"); a review's "Quý
    I, Hội kết nạp 30 hội viên" tells results, and so may "…; hoàn thành 15 mái ấm trước ngày 30/6" alone."""
    if "quý" not in low and "tháng" not in low:
        return
    plan: bool | None = None
    for start, group in _by_sentence(bounds, figures).items():
        opener = _PERIOD_OPENER.match(low, start)
        if opener is None or all(f.is_target or f.achievement_pct is not None for f in group):
            continue
        end = bounds.sentence(start)[1]
        if STATEMENT_RESULT.search(low, start, end) or GOT.search(low, opener.end(), end):
            continue
        if plan is None:
            plan = opens_a_plan(low) or _PLAN_TITLE.search(low, 0, 600) is not None
        if plan or _TIMELINE_AHEAD.search(low, opener.end(), group[0].start):
            set_as_targets([f for f in group if not f.is_target])


def _by_sentence(bounds: Bounds, figures: list[Figure]) -> dict[int, list[Figure]]:
    by_sentence: dict[int, list[Figure]] = {}
    for f, start in zip(figures, bounds.sentence_starts([f.num_start for f in figures])):  # (text order)
        by_sentence.setdefault(start, []).append(f)
    return by_sentence


_FIRST_ORDINALS = ("thứ nhất", "một là")


def mark_ordinal_lists(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Thứ nhất, kết nạp mới 150 hội viên. Thứ hai, 100% chi hội có mô hình tiết kiệm. Thứ ba, mỗi chi hội giúp ít
    nhất 1 hộ …": a run of sentences each opened by the next ordinal, without a heading, is a list of targets when one
    of its items already sets one (a floor, "phấn đấu") or opens on a cadence, a per-unit or a horizon, and none tells
    anything done ("Thứ nhất, Hội đã
    kết nạp …" reviews, and so does an item with a rate)."""
    if not figures or not any(word in low for word in _FIRST_ORDINALS):
        return
    starts = [0] + [end + 1 for end in bounds.sentence_ends]
    firsts = [f.num_start for f in figures]
    run: list[int] = []
    for start in starts + [-1]:  # -1 closes the last run
        opened = 0 <= start < len(low) and _ORDINAL_OPENER.match(low, start) is not None
        first = opened and _opens_first(low, start)
        if opened and run and not first:
            run.append(start)
            continue
        if len(run) >= 2:
            _mark_run(low, bounds, figures, firsts, run)
        run = [start] if first else []


def _opens_first(low: str, start: int) -> bool:
    """Whether the sentence at start opens with the first ordinal ("Thứ nhất, …", "Một là, …")."""
    lead = _LEAD.match(low, start)
    return low.startswith(_FIRST_ORDINALS, lead.end() if lead else start)


_LEAD = re.compile(r"[\W\d]*")


def _mark_run(low: str, bounds: Bounds, figures: list[Figure], firsts: list[int], run: list[int]) -> None:
    group = figures[bisect.bisect_left(firsts, run[0]):bisect.bisect_left(firsts, bounds.sentence(run[-1])[1])]
    if any(f.achievement_pct is not None for f in group):
        return
    if not any(f.is_target for f in group) and not any(STATEMENT_OPENER.match(low, start) for start in run) and (
            not opens_a_plan(low)):
        return  # no item sets a target, nor opens on a cadence, a per-unit or a horizon ("Một là, hằng năm …"), and
        # the text is no plan
    if any(STATEMENT_RESULT.search(low, start, bounds.sentence(start)[1]) for start in run):
        return
    set_as_targets(group)


# "Hội LHPN xã … ban hành Kế hoạch công tác Hội năm 2026", "KẾ HOẠCH CÔNG TÁC HỘI NĂM 2026": a text that opens as a plan
# (a verb may come first, "ban hành / triển khai / xây dựng kế hoạch …": only whether the plan's words are there counts)
_PLAN_OPENING = re.compile(r"kế hoạch (?:công tác|hoạt động|năm 20\d\d|thực hiện)")
_REVIEW_OPENING = re.compile(r"tổng kết|sơ kết|kết quả|báo cáo")
# a plan's title on its own line, its subject on the next ("KẾ HOẠCH\nCông tác Hội và phong trào phụ nữ năm 2026")
_PLAN_TITLE = re.compile(r"(?:^|\n)[ \t]*kế hoạch[ \t]*\n[^\n]{0,80}?năm\s+20\d\d")


def opens_a_plan(low: str) -> bool:
    """Whether the text's opening (its first 300 characters) presents a plan and no review of a period."""
    opening = low[:300]
    return _PLAN_OPENING.search(opening) is not None and _REVIEW_OPENING.search(opening) is None
