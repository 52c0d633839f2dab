"""Targets cued in their sentence: a figure after "chỉ tiêu", "phấn đấu", "mục tiêu", "đăng ký giúp …", "sẽ" … is a
target unless result language comes in between ("Kết quả, … đã …"); "(chỉ tiêu 200 hộ)" right after a result is
that result's target; "đạt 90%/80% chỉ tiêu" and "đạt 85%, chưa đạt chỉ tiêu đề ra (90%)" pair a share with its
target share; a result and its target told together ("…, trong khi chỉ tiêu đặt ra là …", "KH 300 - TH 320", "36
hộ/30 hộ chỉ tiêu", "chỉ tiêu 500, thực hiện 560") are paired, and the criteria a branch registers ("đăng ký các
tiêu chí: …") are its targets. Rules of :func:`wuanalysis.target_statements.decide_rates_and_targets`; patterns
run on the lower-cased match form of the text.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .rates import CLAUSE_END, TARGET_REF, Bounds, find_all
from .text import load_words

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


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
        r"|cam kết(?=\s*:)"  # "Chi hội cam kết: 100% hội viên không vi phạm pháp luật; 90% …": the pledges listed
        r"|(?:kế hoạch|phương hướng)[^.:;\n]{0,30}:"  # "Kế hoạch năm 2026: kết nạp 300 hội viên"
        # a sentence opening on the year's tasks: "Nhiệm vụ trọng tâm năm 2026: kết nạp 200 hội viên", "Phương hướng
        # năm 2026, Hội tiếp tục vận động 100% hội viên …"
        r"|(?:(?<![\s\S])|(?<=\n)|(?<=\. ))(?:phương hướng|nhiệm vụ)(?:,?\s+nhiệm vụ)?(?:\s+(?:trọng tâm|chủ yếu))?"
        r"\s+năm\s+20\d\d\s*[:,]"
        # a horizon, a resolve or an aim inside the sentence: "Hội xác định đến cuối nhiệm kỳ có 100% chi hội …",
        # "quyết tâm đến năm 2030 thành lập mới 15 hợp tác xã", "Đại hội quyết nghị: …", "hướng tới hỗ trợ thành lập
        # 100 hợp tác xã" (a period "từ năm 2015 đến năm 2020" and "tính đến năm 2024" are checked in _is_cue)
        r"|đến (?:cuối|hết) nhiệm kỳ|đến năm 20\d\d(?!\s*[-–])|quyết tâm(?=[^,.;:\n]{0,60}\d)|quyết nghị"
        rf"|hướng (?:tới|đến)(?=\s+(?:(?:{verbs})\b|\d[\d.,]*\s*%))"  # "… hướng tới 100% cán bộ Hội được tập huấn"
        # "Kế hoạch năm 2024 huy động 500 triệu đồng" (not "kế hoạch thực hiện Đề án …", the plan's name)
        rf"|kế hoạch(?:\s+năm\s+20\d\d)?(?=\s+(?!thực hiện)(?:{verbs})\b)"
        r"|kế hoạch(?=\s*:?\s*\d)"  # "Giúp hộ thoát nghèo: kế hoạch 40 hộ, thực hiện 38 hộ"
        # "Kế hoạch yêu cầu 100% chi hội …", "Theo kế hoạch, năm 2026 toàn xã kết nạp …": what a plan sets out
        # (the plan opening its sentence: not "đảm bảo tiến độ kế hoạch đề ra; hoàn thành 4/4 việc")
        r"|(?:(?<=^)|(?<=\n)|(?<=\. ))kế hoạch\s+(?:yêu cầu|đề ra|đặt ra)\b"
        r"|(?:(?<=^theo )|(?<=\ntheo )|(?<=\. theo ))kế hoạch\s*,"
        r"|kế hoạch(?:\s+năm(?:\s+20\d\d)?)?\s+(?:được\s+)?giao(?=\s*:?\s*\d)"  # "Kế hoạch năm 2025 giao 40 hộ …"
        # "Được Hội cấp trên giao 300 hội viên mới, …": the amount handed down is a target (the "được" before it is
        # checked in _is_cue; not "bàn giao 3 căn nhà")
        r"|giao(?=\s+(?:chỉ tiêu\s+)?\d)"
        # "Nghị quyết Đại hội xác định: đến năm 2030 …", "Đại hội thống nhất thông qua các mục tiêu sau: …": the
        # congress's list follows the colon (the cue ends before it, so that "đạt" in an item reports nothing; the
        # congress or resolution before the verb is checked in _is_cue)
        r"|(?:xác định|đề ra|thông qua|thống nhất)\b(?=[^.:;\n\d]{0,40}:)"
        # the criteria a model branch registers or builds for itself: "Tổ phụ nữ kiểu mẫu đăng ký các tiêu chí: 90% trở
        # lên hội viên dự sinh hoạt; …" (the verb before it is checked in _is_cue)
        r"|tiêu chí(?=[^.:;\n]{0,60}:)"
        r"|(?<![^\W\d_])(?<!sạch )(?<!đã và )sẽ(?![^\W\d_])(?!\s+(?:có|là|diễn ra|được|tham dự|tham gia)\b)",
        # "Hội sẽ vận động 5 tổ hợp tác" plans; "sạch sẽ", "Đại hội sẽ có 62 tham luận" do not
        re.IGNORECASE,
    )


# Where cues may start, found by literal search (each search scans the whole text, so words that share a part are
# found by one search, and the cue's start is told by the words before it): "nghị quyết", "quyết tâm", "quyết nghị"
# by "quyết"; "phương hướng", "hướng tới", "hướng đến" by "hướng"; "đến cuối / hết nhiệm kỳ" by "nhiệm kỳ"; "phan dau"
# is an unaccented photo caption ("Tuyen Quang phan dau giam 3% …").
_CUE_WORDS = ("chỉ tiêu", "mục tiêu", "phấn đấu", "đăng ký", "cam kết", "kế hoạch", "sẽ", "phan dau", "đến năm 20",
              "nhiệm vụ", "tiêu chí", "giao")
_CUE_PARTS = (("quyết", ("nghị ",)), ("hướng", ("phương ",)), ("nhiệm kỳ", ("đến cuối ", "đến hết ")))
# "đạt 195% so với chỉ tiêu", "vượt chỉ tiêu", "8 chỉ tiêu", "được đăng ký nhận đỡ đầu" are not target cues, nor is
# a purpose ("Nhằm mục tiêu nâng cao năng lực, Hội tổ chức 20 lớp") or a report on one ("Về chỉ tiêu giảm nghèo, …")
_NOT_A_CUE = re.compile(
    r"(?:%|so với|đạt|vượt|hoàn thành|thực hiện|bằng|lần|được|với|nhằm|vì|hướng tới|hướng đến|về|đối với|\d)"
    r"\s*(?:các\s+|nhóm\s+)?$"
)
_CUE_THEN_RESULT = re.compile(r"\s*(?:đề ra|giao)?\s*(?:của|đều|đạt)")
_REACH_FOR = re.compile(r"\s*đạt\b")
# "Mục tiêu của đề án đến năm 2026 là hỗ trợ 60 HTX": whose goal it is, then the goal itself
_GOAL_OF = re.compile(r"\s*của\s+[^.;:\n]{0,40}?(?:\s+là\b|:)")
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
_RESULT_MARK = re.compile(
    # ("giữ vững kết quả", "phát huy kết quả" name results to keep: a goal's words)
    r"(?<!giữ vững )(?<!phát huy )(?<!nâng cao )kết quả|\bđã\b|đạt được|thực hiện được|tổ chức được|đến nay"
    r"|(?:năm|vừa|nhiệm kỳ|thời gian) qua\b", re.IGNORECASE)
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


def _target_cues(low: str):
    """Target-cue matches, found from a literal search first (a full regex scan costs a tenth of extraction)."""
    starts = {i for word in _CUE_WORDS for i in find_all(low, word)}
    for part, heads in _CUE_PARTS:
        for i in find_all(low, part):
            head = next((h for h in heads if low.startswith(h, i - len(h))), None)
            starts.add(i - len(head) if head else i)  # "nghị quyết" at "nghị", "quyết tâm" at "quyết"
    # the congress's adopting verbs are cues only before a colon, after "đại hội" or "nghị quyết" (see _is_cue)
    for word in ("đại hội", "nghị quyết"):
        for i in find_all(low, word):
            colon = low.find(":", i, i + 96)
            if colon != -1:
                starts.update(hit.start() for hit in _ADOPTING_BEFORE_COLON.finditer(low, max(i, colon - 56), colon))
    cue = _target_cue()
    for i in sorted(starts):
        if (mt := cue.match(low, i)):
            yield mt


def _cue_reports_results(low: str, cue: tuple[int, int], between: str) -> bool:
    """"Thực hiện chỉ tiêu …, Hội đã giúp", "nhiều chỉ tiêu vượt cao so với Nghị quyết đề ra, cụ thể: 4.700 …":
    result language after the cue makes the figures results (but "chỉ tiêu: … 100% cơ sở đạt vững mạnh" lists)."""
    if _RESULT_MARK.search(between):
        return True
    if _CUE_THEN_RESULT.match(between[:12]):
        if low.startswith(("phấn đấu", "phan dau"), cue[0]) and _REACH_FOR.match(between):
            return False  # "phấn đấu đạt 92% hội viên được tuyên truyền": the share reached for is the goal
        return not (low.startswith("mục tiêu", cue[0]) and _GOAL_OF.match(between))
    head = between[:60].split(":", 1)[0]
    if (listed := _LIST_FOLLOWS.match(between)):
        head = head[:listed.start()]  # "12 chỉ tiêu, trong đó 100% chi hội đạt vững mạnh": the list begins
    if _SETS_BEFORE.search(low, max(0, cue[0] - 16), cue[0]) and _SHARE_NAMED.match(between):
        return False  # "đặt chỉ tiêu tỷ lệ thu hút hội viên đạt 79%": the share the target sets, phrased as reached
    return low.startswith(_MEASURED_CUES, cue[0]) and bool(_MEASURED.search(head))


_SETS_BEFORE = re.compile(r"(?:đặt(?:\s+ra)?|giao|đề ra|xác định)\s+$")
_SHARE_NAMED = re.compile(r"\s*(?:tỷ lệ|tỉ lệ)\b")


# "5 năm qua, phụ nữ đã đóng góp hiệu quả các mục tiêu kinh tế - xã hội, … thu hút trên 91% hội viên": goals named
# in what was done are no target cue (but "Hội đã đề ra mục tiêu …" sets one)
_DONE_BEFORE_CUE = re.compile(r"\bđã\b(?![^.;:\n]*(?:đề ra|xác định|đặt ra|giao|thông qua))[^.;:\n]{0,60}$")
_GOAL_CUES = ("mục tiêu", "phấn đấu", "phương hướng")
_NEXT_CLAUSE = re.compile(r",|\svà\s+$")  # searched up to the cue: "…, phấn đấu", "… và phấn đấu"


# "Cùng với phương hướng, mục tiêu và chỉ tiêu cho 5 năm tới, 100% chủ tịch … có trình độ đại học": targets named in
# a framing clause open no target scope (but "Bên cạnh đó, phấn đấu …" and "cùng với mục tiêu tập hợp 90% …" do)
_FRAMING_BEFORE = re.compile(r"(?:^|[\s,(])(?:cùng với|bên cạnh|song song với)\s+(?!đó\b)[^.;:\d\n]{0,50}$")
_FRAMED_GOAL = re.compile(r"[^,;.:\n]{0,60}?\d(?![\d.,]*\s*(?:năm|tháng)\b)")  # "cùng với mục tiêu tập hợp 90% …"
_FRAMED_CUES = ("chỉ tiêu", "mục tiêu", "phương hướng", "kế hoạch", "nghị quyết")
_GOAL_FIGURE = re.compile(r"[^,;.:\d\n]{0,60}\d")  # the goal's own figure, in the cue's clause
_GIVEN_BEFORE = re.compile(r"(?<![^\W\d_])được(?:\s+[^\d\s,.;:]+){0,4}?\s+$")  # "được (Hội cấp trên) giao 300 …"
_AMOUNT_NEXT = re.compile(r"(?:\s+(?:giao|được giao|năm|là))*\s*:?\s*\d")


_DONE_IN_CLAUSE = re.compile(r"(?:kết quả|hoàn thành|thực hiện|\bđã\b|\bqua\b)[^.!?\n]*$")
_ADOPTING_VERBS = ("xác định", "đề ra", "thông qua", "thống nhất")
_ADOPTING_BEFORE_COLON = re.compile(r"xác định|đề ra|thông qua|thống nhất")
_SENTENCE_REST = re.compile(r"(?:[^.!?\n]+|\.(?=\d))*")
_PERIOD_BEFORE = re.compile(r"(?:\btừ\b(?!\s+nay\b)[^.,;:\n\d]{0,20}(?:(?:19|20)\d\d)?|(?:19|20)\d\d|\btính|\bcho)\s*$")
_CONGRESS_BEFORE = re.compile(r"(?:đại hội|nghị quyết)[^.:;\n\d]{0,30}$")


# "đăng ký các tiêu chí:", "đăng ký thực hiện 5 tiêu chí gồm:", "đã xây dựng các tiêu chí …, như:": a branch commits to
# criteria of its own (SCHEMA's thresholds of an indicator's definition, "gia đình đạt tiêu chí … có ít nhất 1 …", are
# skipped as figures and never reach this rule); building criteria needs a list word before the colon
_REGISTERS_BEFORE = re.compile(r"(đăng ký|xây dựng)(?:\s+(?:thực hiện|xây dựng|các|những|\d+))*\s+$")
_CRITERIA_LISTED = re.compile(r"[^.:;\n]{0,60}?\b(?:như|gồm|sau|cụ thể)\s*:")


def _registers_criteria(low: str, cue: re.Match) -> bool:
    """"Chi hội đăng ký các tiêu chí: …", "… đã xây dựng các tiêu chí đảm bảo yêu cầu đề ra, như: …": the criteria
    listed after the colon are the branch's targets (not "Kết quả thực hiện các tiêu chí: …")."""
    verb = _REGISTERS_BEFORE.search(low, max(0, cue.start() - 40), cue.start())
    if verb is None:
        return False
    return verb.group(1) == "đăng ký" or _CRITERIA_LISTED.match(low, cue.start() + len("tiêu chí")) is not None


def _is_cue(low: str, cue: re.Match) -> bool:
    """A target cue, unless it measures or counts targets ("đạt 195% so với chỉ tiêu", "8 chỉ tiêu"); a counted
    heading still announces targets ("Đại hội đề ra 10 chỉ tiêu chủ yếu: …", "thông qua 9 chỉ tiêu, gồm: …")."""
    if low.startswith("tiêu chí", cue.start()):
        return _registers_criteria(low, cue)
    if low.startswith("giao", cue.start()):
        return _GIVEN_BEFORE.search(low, max(0, cue.start() - 40), cue.start()) is not None
    if low.startswith(_ADOPTING_VERBS, cue.start()):
        return _CONGRESS_BEFORE.search(low, max(0, cue.start() - 40), cue.start()) is not None
    if low.startswith("đến", cue.start()):
        if low.startswith("đến năm", cue.start()) and _PERIOD_BEFORE.search(low, max(0, cue.start() - 24),
                                                                            cue.start()):
            return False  # "Từ năm 2015 đến năm 2020, Hội giúp 300 hộ", "tính đến năm 2024": a period, told
        # a horizon sets targets only in a sentence that tells nothing done ("Đến năm 2025, toàn tỉnh có 120 mô
        # hình, đã giúp 300 hộ" reports)
        rest = _SENTENCE_REST.match(low, cue.end())  # always matches (it may match nothing)
        return _RESULT_MARK.search(low, cue.end(), rest.end() if rest else len(low)) is None
    if low.startswith(_GOAL_CUES, cue.start()) and (done := _DONE_BEFORE_CUE.search(
            low, max(0, cue.start() - 70), cue.start())) and not (
            low.startswith("phấn đấu", cue.start()) and _NEXT_CLAUSE.search(low, done.start(), cue.start())):
        return False  # (but "Hội đã giúp 25 hộ thoát nghèo, phấn đấu đến cuối năm giúp thêm 10 hộ" sets a goal, and so
        # does "… và phấn đấu …")
    if low.startswith(_FRAMED_CUES, cue.start()) and _FRAMING_BEFORE.search(low, max(0, cue.start() - 60),
                                                                              cue.start()) and not (
            _FRAMED_GOAL.match(low, cue.end())):
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
    if before.group(0).strip() == "với" and low.startswith(("chỉ tiêu", "kế hoạch"), cue.start()) and (
            _AMOUNT_NEXT.match(low, cue.end())):
        return True  # "Với chỉ tiêu 1.000 hội viên, đến nay Hội đã kết nạp 1.120 hội viên": the target, then its result
    if before.group(0).split()[0] == "với" and _COLON_SOON.match(low, cue.end()):
        # "ban hành Nghị quyết với các chỉ tiêu chủ yếu: thu hút 80% …": the list follows the colon (not "Kết quả
        # thực hiện Nghị quyết với các chỉ tiêu: …", "Nhiệm kỳ qua, Hội hoàn thành … với các chỉ tiêu: …")
        return not _DONE_IN_CLAUSE.search(low, max(0, cue.start() - 80), cue.start())
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
# "đạt 160% chỉ tiêu Nghị quyết (200 hộ)": the target named after the rate, its amount in parentheses
_RATE_THEN_TARGET = re.compile(
    r"\s*(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:nghị quyết|nq))?(?:\s+(?:giao|đề ra|được giao|năm))?\s*\(\s*")


_QUOTED_NAME = re.compile(r"“[^”\n]{0,60}”|\"[^\"\n]{0,60}\"")


def _linked_result(low: str, figures: list[Figure], i: int) -> Figure | None:
    """"… 4.094 hội viên (chỉ tiêu 2.100)", "Giúp 245 hộ, vượt 22,5% (chỉ tiêu 200 hộ)": the result a target in
    parentheses (or after a comma) belongs to — the figure before it, or the one before a stated rate."""
    f, prev = figures[i], figures[i - 1]
    between = low[prev.end:f.start]
    if "(" not in between and "," not in between and "/" not in between:
        return None  # both phrasings need one of them (a literal test, cheaper than the pattern on every figure)
    if "“" in between or '"' in between:  # "236 hội viên đăng ký xây dựng gia đình “5 không, 3 sạch” (chỉ tiêu 200)":
        between = _QUOTED_NAME.sub("Q", between)  # a quoted name's numbers and commas are part of the name
    if not _LINKED_TARGET.match(between) and not (prev.achievement_pct is not None and between.rstrip().endswith(
            "(") and _RATE_THEN_TARGET.fullmatch(between)):
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


def mark_cued_targets(low: str, bounds: Bounds, figures: list[Figure]) -> None:
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


# the nouns writers shorten: "HTX" for "hợp tác xã", "THT" for "tổ hợp tác"
_ABBREVIATED_NOUNS = {"htx": "hợp tác xã", "tht": "tổ hợp tác"}


def same_noun(low: str, f: Figure, g: Figure) -> bool:
    """Whether two figures count the same thing as their nouns say: the same noun, one the other's first words ("108
    tổ" for "135 tổ hợp tác", "40 hộ" for "52 hộ phụ nữ") or its abbreviation ("10 HTX", "12 hợp tác xã"); a noun
    missing agrees with any. The shorter noun must end there: "20 tổ phụ nữ" (read "tổ") counts no "tổ hợp tác"."""
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
    return goes_on is None or long[len(short) + 1:].startswith(goes_on.group(1))


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


# "chỉ tiêu 500, thực hiện 560", "kế hoạch 40 hộ, thực hiện 38 hộ": the target, then what was done against it
# ("kế hoạch giao 40 hộ thoát nghèo; thực hiện được 46 hộ": the target's own words, then what was done)
_PLAN_THEN_DONE = re.compile(
    r"[^\d,;.()]{0,30}?\s*[,;]\s*(?:thực hiện|kết quả|đã thực hiện|đạt được)(?:\s+được)?\s*:?\s*")


def link_plan_then_done(low: str, figures: list[Figure]) -> None:
    """"Kết nạp hội viên mới: chỉ tiêu 500, thực hiện 560": the figure told as done right after a target is that
    target's result (not a second target)."""
    for k, (g, f) in enumerate(zip(figures, figures[1:]), 1):
        if g.is_target and g.unit_class == f.unit_class and _PLAN_THEN_DONE.fullmatch(low, g.end, f.start) and (
                same_noun(low, f, g)):
            f.is_target, f.target = False, g.value
            rate = figures[k + 1] if k + 1 < len(figures) else None
            if rate is not None and rate.unit_class == "percent" and _RATE_NEXT.fullmatch(low, f.end, rate.start):
                if rate.achievement_pct is None:
                    rate.is_target, rate.target = False, None  # "…, thực hiện 38 hộ, đạt 95%": its rate, not a target
                if g.value and abs(f.value / g.value * 100 - rate.value) <= 1 and (
                        rate.achievement_pct in (None, rate.value)):
                    f.achievement_pct = rate.achievement_pct = rate.value  # the rate the pair states: 1.250 of 1.000


_RATE_NEXT = re.compile(r"\s*,\s*(?:đạt|bằng)\s*")
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
    r"(?:\s+[^\W\d_][^\d,;.()]{0,40}?)?\s*,?\s*(?:trong khi(?:\s+đó)?|so với)\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
    r"(?:\s+(?:nghị quyết|nq))?"
    r"(?:\s+năm(?:\s+20\d\d)?)?(?:\s+(?:được\s+)?(?:đặt ra|đề ra|giao))?(?:\s+(?:là|chỉ))?\s*:?\s*")


_CHANGE_BEFORE = re.compile(r"(?:vượt|tăng|giảm)(?:\s+(?:thêm|được))?\s*$")  # an excess or a change, no result
_RATE_AFTER_TARGET = re.compile(r"\s*[,(]?\s*(?:(đạt|bằng)|vượt)\s*")  # "… so với chỉ tiêu 700 người đạt 117%"


def link_result_then_target(low: str, figures: list[Figure]) -> None:
    """"Quỹ đạt 48 triệu đồng, trong khi chỉ tiêu đặt ra là 40 triệu đồng (đạt 120%)": the figure after the target
    words is a target statement, the result before it takes it as its target, and the rate after the target (which
    the rate rules gave the nearest figure) measures the result."""
    words = sorted(i for word in ("trong khi", "so với") for i in find_all(low, word))
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
