"""Where a target opens in its sentence: the cue words ("chỉ tiêu", "phấn đấu", "mục tiêu", "đăng ký giúp …", "sẽ",
"đến cuối nhiệm kỳ", "Đại hội thống nhất …:", "Kế hoạch năm 2026: …") found by a literal search, each kept only when
it sets a target rather than measures or counts one ("đạt 195% so với chỉ tiêu", "8 chỉ tiêu", "Về chỉ tiêu giảm
nghèo, …"), and whether the words after a cue report results instead ("Thực hiện chỉ tiêu …, Hội đã giúp …").
:func:`wuanalysis.target_cues.mark_cued_targets` marks the figures these cues open; patterns run on the lower-cased
match form of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clause_bounds import find_all
from .target_terms import RESULT_MARK, ahead_of_text, horizon_sets_targets
from .text import load_words


def _target_cue() -> re.Pattern:
    return _target_cue_pattern(load_words("pledge_verb"))


@lru_cache(maxsize=1)
def _target_cue_pattern(pledge_verbs: tuple[str, ...]) -> re.Pattern:
    """Target cues: the goal words, pledges and pacts, plans and tasks, horizons and resolves, targets handed down or
    set out, and "sẽ" (each part below names its phrasings)."""
    verbs = "|".join(re.escape(v) for v in sorted(pledge_verbs, key=len, reverse=True))
    return re.compile(
        r"chỉ tiêu|phấn đấu|phan dau\b|mục tiêu(?! quốc gia)|đăng ký thi đua|kế hoạch giao|nghị quyết (?:đề|đặt) ra"
        r"|nghị quyết đại hội đề ra" + _pledge_cues(verbs) + _plan_cues() + _horizon_cues(verbs)
        + _plan_verb_cues(verbs) + _giving_cues(verbs) + _will_cue(),
        re.IGNORECASE,
    )


def _pledge_cues(verbs: str) -> str:
    """Pledges and pacts: "đăng ký giúp 274 hộ" (never "chỉ tiêu đăng ký" or a registration), "cam kết: …", "Cụm giao
    ước: …", "07 nội dung giao ước, trong đó: …"."""
    return (
        # "cam kết hỗ trợ 10 hộ" pledges too, and "cam kết đến năm 2027 giúp 20 hộ"
        # (an addressee may come first: "Hội đăng ký với Hội LHPN tỉnh kết nạp 140 hội viên")
        r"|(?:đăng ký|cam kết)(?=\s+(?:với\s+(?:[^\W\d_]+\s+){1,5}?)?"
        r"(?:(?:đến|trong)\s+(?:năm\s+20\d\d|nhiệm kỳ(?:\s+này|\s+tới)?)\s*,?\s+)?"
        rf"(?:{verbs})\b)"
        # "Đăng ký 100 công trình chào mừng Đại hội": works pledged (not "đăng ký 500 hội viên", a count)
        r"|đăng ký(?=\s+\d[\d.]*\s+(?:công trình|phần việc|mô hình|phần quà)\b)"
        r"|(?:cam kết|đăng ký)(?:\s+(?:thi đua\s+)?năm\s+20\d\d)?(?=\s*:)"  # "Chi hội cam kết: 100% hội viên …; 90% …"
        # (and the year pledged, iv22 P3: "Hội nghị thống nhất đăng ký năm 2026: kết nạp …; hỗ trợ 5.000 hộ; …")
        # a cluster's pact: "Năm 2026, Cụm giao ước: mỗi tỉnh, thành kết nạp …; hỗ trợ 1.500 hộ …/đơn vị; …"
        r"|giao ước(?:\s+(?:thi đua\s+)?năm\s+20\d\d)?(?=\s*:)"
        # a pact's contents counted before its list: "Cụm thống nhất 07 nội dung giao ước, trong đó: …", "ký kết 5 nội
        # dung thi đua gồm: …" (the verb and the count before it are checked in _is_cue)
        r"|nội dung(?:\s+(?:giao ước|thi đua))+(?:\s+năm\s+20\d\d)?"
        r"(?=\s*,?\s*(?:(?:trong đó|gồm|bao gồm|cụ thể|như sau)\s*)?:)"
        # a pact signed on an amount: "Các tỉnh đăng ký giao ước hỗ trợ 4.500 hộ …", "ký giao ước thi đua kết nạp …"
        rf"|giao ước(?:\s+thi đua)?(?=\s+(?:{verbs})\b)"
    )


def _plan_cues() -> str:
    """A plan or the year's tasks opening a list: "Kế hoạch năm 2026: …", "Nhiệm vụ trọng tâm năm 2026: …", "Nhiệm vụ
    6 tháng cuối năm: …"."""
    return (
        r"|(?:kế hoạch|phương hướng)[^.:;\n]{0,30}:"  # "Kế hoạch năm 2026: kết nạp 300 hội viên"
        # a sentence opening on the year's tasks: "Nhiệm vụ trọng tâm năm 2026: kết nạp 200 hội viên", "Phương hướng
        # năm 2026, Hội tiếp tục vận động 100% hội viên …"
        r"|(?:(?<![\s\S])|(?<=\n)|(?<=\. ))(?:phương hướng|nhiệm vụ)(?:,?\s+nhiệm vụ)?(?:\s+(?:trọng tâm|chủ yếu))?"
        r"\s+(?:năm\s+20\d\d\s*[:,]"
        # the rest of the year's tasks: "Nhiệm vụ 6 tháng cuối năm: kết nạp …; vận động xây dựng 1 Mái ấm …", "Nhiệm vụ
        # quý IV:", "Nhiệm vụ thời gian tới:" (never "Nhiệm vụ 6 tháng đầu năm: …", the first half's review)
        r"|(?:(?:\d|sáu|ba)\s+tháng cuối năm|những tháng cuối năm|các tháng còn lại|quý\s+(?:i{1,3}|iv|\d)"
        r"|thời gian tới|năm tới)\s*:)"
    )


def _horizon_cues(verbs: str) -> str:
    """A horizon, a resolve or an aim inside the sentence: "Hội xác định đến cuối nhiệm kỳ có 100% chi hội …",
    "quyết tâm đến năm 2030 thành lập mới 15 hợp tác xã", "Đại hội quyết nghị: …", "hướng tới hỗ trợ thành lập 100
    hợp tác xã" (a period "từ năm 2015 đến năm 2020" and "tính đến năm 2024" are checked in _is_cue)."""
    return (
        r"|đến (?:cuối|hết) nhiệm kỳ|đến năm 20\d\d(?!\s*[-–])|quyết tâm(?=[^,.;:\n]{0,60}\d)|quyết nghị"
        rf"|hướng (?:tới|đến)(?=\s+(?:(?:{verbs})\b|\d[\d.,]*\s*%))"  # "… hướng tới 100% cán bộ Hội được tập huấn"
    )


def _plan_verb_cues(verbs: str) -> str:
    """What a plan sets: "Kế hoạch năm 2024 huy động 500 triệu đồng", "kế hoạch 40 hộ", "Kế hoạch năm 2025 là 600
    hộ", "Kế hoạch yêu cầu 100% chi hội …", "Theo kế hoạch, …", "Kế hoạch năm 2025 giao 40 hộ …"."""
    return (
        # "Kế hoạch năm 2024 huy động 500 triệu đồng" (not "kế hoạch thực hiện Đề án …", the plan's name)
        rf"|kế hoạch(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?(?=\s+(?!thực hiện)(?:{verbs})\b)"  # (or "Kế hoạch năm giúp …")
        r"|kế hoạch(?=\s*:?\s*\d)"  # "Giúp hộ thoát nghèo: kế hoạch 40 hộ, thực hiện 38 hộ"
        # "Kế hoạch năm 2025 là 600 hộ", "… vì kế hoạch cả năm là 1,5 tỷ đồng": what the year's plan is
        r"|kế hoạch(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?(?=\s+là\s*(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng)\s+)?\d)"
        # (whose plan, and the deed, iv25 P1: "kế hoạch năm 2026 của tỉnh là kết nạp 9.000 hội viên mới và …")
        rf"|kế hoạch(?:\s+(?:cả\s+)?năm(?:\s+(?:20\d\d|nay))?)?\s+của\s+[^\W\d_]+(?:\s+năm(?:\s+(?:20\d\d|nay))?)?"
        rf"(?=\s+là\s+(?:{verbs})\s+\d)"
        # "Kế hoạch yêu cầu 100% chi hội …", "Theo kế hoạch, năm 2026 toàn xã kết nạp …": what a plan sets out
        # (the plan opening its sentence: not "đảm bảo tiến độ kế hoạch đề ra; hoàn thành 4/4 việc")
        r"|(?:(?<=^)|(?<=\n)|(?<=\. ))kế hoạch\s+(?:yêu cầu|đề ra|đặt ra)\b"
        # (and the plan's approval first: "Theo kế hoạch được Ban Thường vụ phê duyệt từ tháng 12/2025, năm 2026 …";
        # or its year, iv18 P2: "Theo Kế hoạch năm 2026, Hội phải kết nạp …")
        r"|(?:(?<=^theo )|(?<=\ntheo )|(?<=\. theo ))kế hoạch(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?"
        r"(?:\s+(?:đã\s+)?được\s[^.;:\n,]{0,60}?\b(?:phê duyệt|duyệt|ban hành|thông qua)\b[^.;:\n,]{0,30})?\s*,"
        r"(?![^.;:\n]{0,80}?\s(?:[^\W\d_]+\s+)được\s+\d)"  # (not "…, quý I Hội kết nạp được 35 hội viên": done)
        r"|kế hoạch(?:\s+năm(?:\s+20\d\d)?)?\s+(?:được\s+)?giao(?=\s*:?\s*\d)"  # "Kế hoạch năm 2025 giao 40 hộ …"
        # the plan's giver after "được" or "do", then its amount (iv18 P4): "kế hoạch đầu năm được Ban Thường vụ giao là
        # 6.000 hội viên" (not "Kế hoạch năm 2021 Hội đã giao là 35 hộ", told as done)
        r"|kế hoạch(?:\s+(?:cả\s+|đầu\s+)?năm(?:\s+20\d\d)?)?"
        r"(?=\s+(?:được|do)\s+(?:(?!đã\b)[^\W\d_]+\s+){1,5}?giao\s+là\s*\d)"
        + _ASSIGNED_PLAN
    )


# a plan named by its giver, then its list or its clause (iv17 P1): "Kế hoạch năm 2026 Hội LHPN tỉnh giao cho xã: giúp
# 25 hộ …", "Theo kế hoạch Đảng ủy xã giao, năm nay Hội giúp …", "Kế hoạch Hội cấp trên phân bổ cho đặc khu: …" (the
# giver, group 1, and the comma's "theo" are checked in _is_cue)
_ASSIGNED_PLAN = (r"|kế hoạch(?:\s+(?:cả\s+)?năm(?:\s+20\d\d)?)?\s+((?:[^\W\d_]+\s+){1,6}?)(?:giao|phân bổ)"
                  r"(?:\s+cho(?:\s+[^\W\d_]+){1,4}?)?(?:\s+(?:năm\s+20\d\d|cả năm|đầu năm))?\s*[:,]")


def _giving_cues(verbs: str) -> str:
    """A target handed down or set out by a body: "Được Hội cấp trên giao 300 hội viên mới", "Hội LHPN tỉnh giao cho
    xã kết nạp …", "Ban Chấp hành đặt ra kết nạp …", "Đại hội thống nhất thông qua các mục tiêu sau: …", "Tổ phụ nữ
    kiểu mẫu đăng ký các tiêu chí: …"."""
    return (
        # "Được Hội cấp trên giao 300 hội viên mới, …": the amount handed down is a target (the "được" before it is
        # checked in _is_cue; not "bàn giao 3 căn nhà")
        r"|giao(?=\s+(?:chỉ tiêu\s+)?\d)"
        # "Hội LHPN tỉnh giao cho xã kết nạp 120 hội viên mới": a body above hands the amount down to a unit (the
        # giver before it is checked in _is_cue; not "bàn giao cho xã 3 căn nhà")
        rf"|giao(?=\s+cho\s+(?:[^\W\d_]+\s+){{1,4}}?(?:{verbs})\b)"
        # "Đảng ủy phường giao Hội kết nạp 250 hội viên", "Thị xã được Tỉnh hội giao xây dựng 4 nhà": the same with no
        # "cho" (the giver or "được" before it is checked in _is_cue; not "giao lưu", "giao ban và trao …")
        r"|giao(?!\s+(?:lưu|thông|dịch|tiếp|nhận|ban|hàng|ước|kết(?!\s+nạp)|thừa|nộp|quyền|diện|tranh|thoa)\b)"
        rf"(?=\s+(?:[^\W\d_]+\s+){{0,4}}?(?:{verbs})\b|\s*:)"  # ("Tỉnh Hội giao: kết nạp 800 …", its giver checked)
        # "Ban Chấp hành đặt ra kết nạp 180 hội viên", "Năm 2026, Hội LHPN tỉnh đề ra: kết nạp …": a body sets out its
        # aims (the clause before it is checked in _is_cue)
        rf"|(?:đề|đặt) ra(?=\s*:|\s+(?:{verbs})\b)"
        # "Nghị quyết Đại hội xác định: đến năm 2030 …", "Đại hội thống nhất thông qua các mục tiêu sau: …": the
        # congress's list follows the colon (the cue ends before it, so that "đạt" in an item reports nothing; the
        # congress or resolution before the verb is checked in _is_cue)
        r"|(?:xác định|đề ra|thông qua|thống nhất)\b(?=[^.:;\n\d]{0,40}:)"
        # the criteria a model branch registers or builds for itself: "Tổ phụ nữ kiểu mẫu đăng ký các tiêu chí: 90% trở
        # lên hội viên dự sinh hoạt; …" (the verb before it is checked in _is_cue)
        r"|tiêu chí(?=[^.:;\n]{0,60}:)"
    )


def _will_cue() -> str:
    """"Hội sẽ vận động 5 tổ hợp tác" plans; "sạch sẽ", "Đại hội sẽ có 62 tham luận" do not."""
    return r"|(?<![^\W\d_])(?<!sạch )(?<!đã và )sẽ(?![^\W\d_])(?!\s+(?:có|là|diễn ra|được|tham dự|tham gia)\b)"


# Where cues may start, found by literal search (each search scans the whole text, so words that share a part are
# found by one search, and the cue's start is told by the words before it): "nghị quyết", "quyết tâm", "quyết nghị"
# by "quyết"; "phương hướng", "hướng tới", "hướng đến" by "hướng"; "đến cuối / hết nhiệm kỳ" by "nhiệm kỳ"; "phan dau"
# is an unaccented photo caption ("Tuyen Quang phan dau giam 3% …").
_CUE_WORDS = ("chỉ tiêu", "mục tiêu", "phấn đấu", "đăng ký", "cam kết", "kế hoạch", "sẽ", "phan dau", "đến năm 20",
              "nhiệm vụ", "tiêu chí", "giao", "đề ra", "đặt ra", "nội dung")
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
# "chỉ tiêu của Hội LHPN xã là 40 hội viên": a body's target, as "chỉ tiêu Hội huyện giao là 40" (not "chỉ tiêu của
# năm trước là 40", a time's, nor "chỉ tiêu của Hội đạt 120%")
_TARGET_OF = re.compile(r"\s*của\s+(?!(?:năm|kỳ|nhiệm kỳ|quý|tháng|giai đoạn|thời gian)\b)[^.;:\n\d]{0,40}?\s+là\s*\d")
# After a cue naming targets already set ("nhiều chỉ tiêu vượt cao so với Nghị quyết"), figures are results.
_MEASURED_CUES = ("chỉ tiêu", "nghị quyết")
_COLON_SOON = re.compile(r"[^.;:\n]{0,40}:")
# "Đại hội đề ra 12 chỉ tiêu, trong đó 100% cơ sở …", "thông qua 9 chỉ tiêu chủ yếu, gồm …": the list follows
_LIST_FOLLOWS = re.compile(  # (the term may come between: "10 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó: …")
    r"(?:\s+(?:chủ yếu|cơ bản|chính|quan trọng))?(?:\s+(?:(?:cho|của|trong)\s+)?(?:nhiệm kỳ|giai đoạn|năm)\s+20\d\d"
    r"(?:\s*[-–]\s*20\d\d)?)?\s*,?\s*(?:trong đó|gồm|bao gồm|như|cụ thể)\b")
_MET_JUST_BEFORE = re.compile(r"(?:\bđã\b|hoàn thành|đạt|vượt|thực hiện|kết quả)[^.;:\n]{0,20}$")
# "vượt 365 hộ so với chỉ tiêu Nghị quyết đề ra": a cue measured against is no cue, nor is the cue right after it
# (and its total: "vượt 12% so với tổng chỉ tiêu giao đầu năm; hỗ trợ 6.840 hộ …", iv17 P6)
_MEASURED_BEFORE = re.compile(r"so với\s+(?:tổng\s+(?:số\s+)?)?(?:các\s+)?(?:(?:chỉ tiêu|kế hoạch|mục tiêu)\s+)?$")
# "hoàn thành và vượt 9/9 chỉ tiêu Nghị quyết đề ra", "đạt 7/8 chỉ tiêu Nghị quyết Đại hội đề ra": the targets met
_TARGETS_MET_BEFORE = re.compile(r"(?:\d|đạt|vượt|hoàn thành)[^\d,.;:\n]{0,12}chỉ tiêu\s+$")
_MEASURED = re.compile(r"\b(?:vượt|đạt|hoàn thành)\b")
# "tổng số đăng ký thực hiện …", "số hội viên đăng ký …": the people who registered are counted, nothing is pledged
# ("tổng số cơ sở hội đăng ký giúp 120 hộ" still pledges: the units register, the households are pledged)
_REGISTERED_COUNTED = re.compile(
    r"\bsố(?:\s+(?:lượng|hội viên|phụ nữ|chị|chị em|cán bộ|người|hộ|thành viên|gia đình|đoàn viên))?\s+$")


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


def cue_reports_results(low: str, cue: tuple[int, int], between: str) -> bool:
    """"Thực hiện chỉ tiêu …, Hội đã giúp", "nhiều chỉ tiêu vượt cao so với Nghị quyết đề ra, cụ thể: 4.700 …":
    result language after the cue makes the figures results (but "chỉ tiêu: … 100% cơ sở đạt vững mạnh" lists)."""
    if RESULT_MARK.search(between):
        return True
    if _CUE_THEN_RESULT.match(between[:12]):
        if low.startswith(("phấn đấu", "phan dau"), cue[0]) and _REACH_FOR.match(between):
            return False  # "phấn đấu đạt 92% hội viên được tuyên truyền": the share reached for is the goal
        if low.startswith("đến năm", cue[0]) and _REACH_FOR.match(between) and ahead_of_text(low, cue):
            return False  # "Dư nợ ủy thác đến năm 2030 đạt 70 tỷ đồng": the amount a later year reaches for
        if low.startswith("chỉ tiêu", cue[0]) and _TARGET_OF.match(low, cue[1]):
            return False
        return not (low.startswith("mục tiêu", cue[0]) and _GOAL_OF.match(between))
    if low.startswith("chỉ tiêu", cue[0]) and _ENSURED_BEFORE.search(low, max(0, cue[0] - 24), cue[0]):
        return False  # "…, bảo đảm chỉ tiêu năm đạt 100%": the share of the plan the goal ensures
    head = between[:60].split(":", 1)[0]
    if (listed := _LIST_FOLLOWS.match(between)):
        head = head[:listed.start()]  # "12 chỉ tiêu, trong đó 100% chi hội đạt vững mạnh": the list begins
    if _SETS_BEFORE.search(low, max(0, cue[0] - 16), cue[0]) and _SHARE_NAMED.match(between):
        return False  # "đặt chỉ tiêu tỷ lệ thu hút hội viên đạt 79%": the share the target sets, phrased as reached
    return low.startswith(_MEASURED_CUES, cue[0]) and bool(_MEASURED.search(head))




# "phấn đấu kết nạp 2.000 hội viên, bảo đảm chỉ tiêu năm đạt 100%" (not "đã bảo đảm chỉ tiêu …", done)
_ENSURED_BEFORE = re.compile(r"(?<!đã )(?:bảo đảm|đảm bảo)(?:\s+hoàn thành)?\s+$")
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
# the body above that hands a target down: "Hội LHPN tỉnh giao cho xã …", "Huyện Hội đã giao cho các chi hội …"
_GIVER_BEFORE = re.compile(
    r"(?:(?:hội lhpn|hội liên hiệp phụ nữ|hội phụ nữ|ban thường vụ|đảng ủy|ubnd|ủy ban nhân dân)\s+"
    r"(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường)|(?:tỉnh|huyện|thành) hội|trung ương hội|hội cấp trên|cấp trên"
    r"|đảng ủy|huyện ủy|tỉnh ủy)(?:\s+[^\W\d_]+){0,3}?(?:\s+đã)?\s+$")
_AMOUNT_NEXT = re.compile(r"(?:\s+(?:giao|được giao|năm|là))*\s*:?\s*\d")


_DONE_IN_CLAUSE = re.compile(r"(?:kết quả|hoàn thành|thực hiện|\bđã\b|\bqua\b)[^.!?\n]*$")
_ADOPTING_VERBS = ("xác định", "đề ra", "thông qua", "thống nhất")
_ADOPTING_BEFORE_COLON = re.compile(r"xác định|đề ra|thông qua|thống nhất")
_SENTENCE_REST = re.compile(r"(?:[^.!?\n]+|\.(?=\d))*")
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


# "Các chỉ tiêu khác: …", "Các chỉ tiêu còn lại: …": the other targets, told how they fared when an item of the list is
# measured against its plan ("96 người (kế hoạch năm 120 người, đạt 80%)", "thành lập 2/3 câu lạc bộ theo kế hoạch",
# "…, đạt 90%"); a plan's "Các chỉ tiêu khác: kết nạp 50 hội viên; …" measures nothing
_OTHER_TARGETS = re.compile(r"\s+(?:khác|còn lại)\s*:")
_LIST_MEASURED = re.compile(r"\(\s*(?:kế hoạch|chỉ tiêu|kh)\b[^()\n]*\d|\d\s*/\s*\d[^.;\n]{0,40}?theo kế hoạch"
                            r"|,\s*(?:đạt|vượt|bằng)\s+\d[\d,.]*\s*%")


# (a year is no count: "năm 2026 Hội đăng ký với Hội LHPN tỉnh kết nạp 140 hội viên")
_COUNTED_BEFORE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d]|[.,]\d))\d(?:[\d.,]*\d)?[^.;:,\n\d]{0,30}$")
# a year's targets adopted by a body, listed after the colon: "Về chỉ tiêu năm 2024, Hội đề ra: …", "Về chỉ tiêu năm
# 2026, Ban Thường vụ thống nhất: …" (no result words: "Về chỉ tiêu năm 2025, Hội đã đạt: …" reports)
_NEXT_YEARS_LIST = re.compile(
    r"\s+năm\s+20\d\d\s*,(?:(?!\b(?:đã|đạt|kết quả|thực hiện)\b)[^.;:\n\d]){0,50}?"
    r"\b(?:đề ra|đặt ra|thống nhất|xác định|thông qua)\s*:")

# a demand to complete the targets, then the ones it stresses (P8, issue 11): "yêu cầu/đề nghị … (tập trung) hoàn
# thành các chỉ tiêu năm, trong đó/nhất là …" (not "Hội đã tập trung hoàn thành các chỉ tiêu, trong đó …", done)
_DEMANDED_BEFORE = re.compile(r"(?<!đã )(?:yêu cầu|đề nghị|phải|cần|tập trung)(?:(?!\bđã\b)[^.;:\d\n]){0,40}?"
                              r"\bhoàn thành\s+(?:(?:các|những|toàn bộ)\s+)?$")
_PARTS_NEXT = re.compile(r"(?:[^.;:\d\n]|20\d\d){0,30}?,?\s*(?:trong đó|nhất là|đặc biệt là|cụ thể)\b")


# "Về chỉ tiêu Đảng ủy xã giao cho năm 2025 là vận động …", "Về chỉ tiêu huyện giao là giúp 30 hộ": the target handed
# down, then what it is (not "Về chỉ tiêu giảm nghèo, Hội đã giúp …", a report's heading)
_GIVEN_AS = re.compile(r"(?:(?!\b(?:đã|đạt|kết quả|thực hiện)\b)[^.;:\n,]){0,50}?\bgiao\b[^.;:\n,]{0,30}?\slà\b")
_COLON_NEXT = re.compile(r"\s*:")
_HANDED_OVER_BEFORE = re.compile(r"(?:bàn|chuyển)\s+$")
_AMOUNT_AFTER_GIVING = re.compile(r"\s+(?:chỉ tiêu\s+)?\d")  # "giao 300 hội viên" (its giver needs "được")
# the clause before a body's "đề ra/đặt ra": nothing done or measured in it ("Năm 2026, Hội LHPN tỉnh đề ra: …", not
# "Kết quả thực hiện các mục tiêu đã đề ra: …", "hoàn thành kế hoạch đề ra: …"), and no target noun right before (each
# judged as its own cue)
_CLAUSE_BEFORE = re.compile(r"[^.;:!?\n]{0,80}$")
# (nor problems raised: "Những vấn đề xã đặt ra: 30 hộ chưa có việc làm")
_DONE_OR_MEASURED = re.compile(r"kết quả|hoàn thành|thực hiện|\bđã\b|\bqua\b|\bđạt\b|\bvượt\b|so với|\bbằng\b"
                               r"|vấn đề|khó khăn|thách thức|hạn chế|tồn tại")
_AIM_NOUN_BEFORE = re.compile(r"(?:chỉ tiêu|mục tiêu|kế hoạch|nhiệm vụ|yêu cầu)\s+$")
_BODY_NAMED = re.compile(r"\b(?:hội|đảng ủy|ban chấp hành|ban thường vụ|nghị quyết|cụm|ubnd|ủy ban|cấp ủy|chi bộ"
                         r"|tỉnh|thành phố|huyện|thị xã|xã|phường)\b")
_AIMS_NEXT = re.compile(r"\s*:|\s+[^\W\d_]")


def _sets_out_its_aims(low: str, cue: re.Match) -> bool:
    """"Ban Chấp hành đặt ra kết nạp 180 hội viên", "Năm 2026, Hội LHPN tỉnh đề ra: kết nạp …": a body sets out its
    aims in a clause that tells nothing done."""
    clause = _CLAUSE_BEFORE.search(low, max(0, cue.start() - 80), cue.start())
    head = clause.group(0) if clause else ""
    return _BODY_NAMED.search(head) is not None and _DONE_OR_MEASURED.search(head) is None and (
        _AIM_NOUN_BEFORE.search(head) is None) and _AIMS_NEXT.match(low, cue.end()) is not None and (
        low[cue.end():cue.end() + 2].lstrip().startswith(":") or _pledge_next(low, cue.end()))


def _pledge_next(low: str, at: int) -> bool:
    """A pledge verb right after ``at`` ("đặt ra giúp 100 hộ")."""
    return _pledge_verb_next(load_words("pledge_verb")).match(low, at) is not None


@lru_cache(maxsize=1)
def _pledge_verb_next(pledge_verbs: tuple[str, ...]) -> re.Pattern:
    verbs = "|".join(re.escape(v) for v in sorted(pledge_verbs, key=len, reverse=True))
    return re.compile(rf"\s+(?:{verbs})\b")


# the verb that adopts or signs a pact, then the count of its contents: "Cụm thống nhất 07 nội dung giao ước", "Các tỉnh
# ký kết 5 nội dung thi đua" (not "Cụm đã thực hiện 7 nội dung giao ước", nor "Kết quả thực hiện 7 nội dung …")
_PACT_COUNTED_BEFORE = re.compile(r"(?:thống nhất|thông qua|ký kết|\bký|đăng ký|đề ra|xác định)\s+\d{1,2}\s+$")


def _counted_pact(low: str, cue: re.Match) -> bool:
    """"Năm 2026, Cụm thống nhất 07 nội dung giao ước, trong đó: …": the contents a pact adopts, listed after the colon,
    in a clause that tells nothing done."""
    return _PACT_COUNTED_BEFORE.search(low, max(0, cue.start() - 24), cue.start()) is not None and (
        _DONE_IN_CLAUSE.search(low, max(0, cue.start() - 80), cue.start()) is None)


# the giver of an assigned plan: a body or a level, nothing done ("kế hoạch … đã giao cho 18 cơ sở") and no "được"
# ("theo kế hoạch được giao, Hội đã kết nạp …", a result told against it)
_OTHER_LEVELS = re.compile(r"\b(?:thị trấn|quận|đặc khu|cấp trên|thành ủy|tỉnh ủy|huyện ủy)\b")
_NOT_A_GIVER = re.compile(r"\b(?:đã|được|đang|sẽ|vừa|thực hiện|kết quả)\b")


def _names_its_giver(low: str, cue: re.Match) -> bool:
    """"Kế hoạch năm 2026 Hội LHPN tỉnh giao cho xã: …", "Theo kế hoạch phường giao, …": a plan handed down by a named
    body opens its list after the colon, or its clause after the comma when "Theo" opens the sentence."""
    giver = cue.group(1)
    if (_BODY_NAMED.search(giver) is None and _OTHER_LEVELS.search(giver) is None) or (
            _NOT_A_GIVER.search(giver) is not None):
        return False
    return cue.group(0).endswith(":") or (
        _SENTENCE_OPENS_THEO.search(low, max(0, cue.start() - 8), cue.start()) is not None)


_SENTENCE_OPENS_THEO = re.compile(r"(?:^|\n|\.\s|,\s)theo\s+$")


def _gives_targets(low: str, cue: re.Match) -> bool:
    """"Hội cấp trên giao: …", "được giao 300 hội viên" assign targets; "bàn giao", "chuyển giao" hand over."""
    if _HANDED_OVER_BEFORE.search(low, max(0, cue.start() - 8), cue.start()):
        return False  # "bàn giao", "chuyển giao kỹ thuật giúp 30 hộ": handed over, nothing assigned
    if low.startswith(":", cue.end()) or low.startswith(" :", cue.end()):
        return _GIVER_BEFORE.search(low, max(0, cue.start() - 50), cue.start()) is not None and (
            _DONE_IN_CLAUSE.search(low, max(0, cue.start() - 80), cue.start()) is None)
    return _GIVEN_BEFORE.search(low, max(0, cue.start() - 40), cue.start()) is not None or (
        not _AMOUNT_AFTER_GIVING.match(low, cue.end()) and not low.startswith("bàn", cue.start() - 4)
        and _GIVER_BEFORE.search(low, max(0, cue.start() - 50), cue.start()) is not None)


def _registration_told(low: str, cue: re.Match) -> bool:
    """"Có 120 hộ đăng ký: 80 hộ vay vốn, …" (a registration counted, not "Cụm thống nhất đăng ký:"), "Kết quả đăng ký
    năm 2025: 120 hộ …" (what was registered, told)."""
    if low.startswith("đăng ký", cue.start()) and _COUNTED_BEFORE.search(low, max(0, cue.start() - 40), cue.start()):
        return True
    return _COLON_NEXT.match(low, cue.end()) is not None and (
        _DONE_IN_CLAUSE.search(low, max(0, cue.start() - 80), cue.start()) is not None)


def _is_cue(low: str, cue: re.Match) -> bool:
    """A target cue, unless it measures or counts targets ("đạt 195% so với chỉ tiêu", "8 chỉ tiêu"); a counted
    heading still announces targets ("Đại hội đề ra 10 chỉ tiêu chủ yếu: …", "thông qua 9 chỉ tiêu, gồm: …")."""
    if low.startswith(("đăng ký", "cam kết"), cue.start()) and _registration_told(low, cue):
        return False
    if low.startswith("chỉ tiêu", cue.start()) and low.endswith("về ", 0, cue.start()) and (
            _NEXT_YEARS_LIST.match(low, cue.end()) or _GIVEN_AS.match(low, cue.end())):
        return True  # "Về chỉ tiêu năm 2024, Hội đề ra: kết nạp 1.000 hội viên; …" (not "Về chỉ tiêu giảm nghèo, …")
    if low.startswith("chỉ tiêu", cue.start()) and (other := _OTHER_TARGETS.match(low, cue.end())):
        rest = _SENTENCE_REST.match(low, other.end())
        if _LIST_MEASURED.search(low, other.end(), rest.end() if rest else len(low)):
            return False
    if low.startswith("tiêu chí", cue.start()):
        return _registers_criteria(low, cue)
    if cue.group(1) is not None:
        return _names_its_giver(low, cue)
    if low.startswith("nội dung", cue.start()):
        return _counted_pact(low, cue)
    if low.startswith("giao ước", cue.start()):  # "Cụm giao ước: …" (the pattern takes it only before a colon)
        return not _DONE_IN_CLAUSE.search(low, max(0, cue.start() - 80), cue.start())  # "Kết quả thực hiện giao ước:"
    if low.startswith("giao", cue.start()):
        return _gives_targets(low, cue)
    if low.startswith(("đề ra", "đặt ra"), cue.start()):
        if _sets_out_its_aims(low, cue):
            return True
        if low.startswith("đặt ra", cue.start()):
            return False
    if low.startswith(_ADOPTING_VERBS, cue.start()):
        return _CONGRESS_BEFORE.search(low, max(0, cue.start() - 40), cue.start()) is not None
    if low.startswith("đến", cue.start()):
        return horizon_sets_targets(low, cue)
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
    if low.startswith("chỉ tiêu", cue.start()) and _DEMANDED_BEFORE.search(
            low, max(0, cue.start() - 70), cue.start()) and _PARTS_NEXT.match(low, cue.end()):
        return True  # "đề nghị các cấp Hội hoàn thành các chỉ tiêu năm, trong đó kết nạp mới từ 400.000 hội viên …"
    if _MEASURED_BEFORE.search(low, max(0, cue.start() - 24), cue.start()) or _TARGETS_MET_BEFORE.search(
        low, max(0, cue.start() - 40), cue.start()
    ):
        return False
    return _cue_after_its_word_before(low, cue)


# what the target is, told right after it: "chỉ tiêu năm là 600 hộ", "kế hoạch năm 2025 là 1,5 tỷ đồng" (not "vì chỉ
# tiêu năm nay cao, …", nor "vì mục tiêu …", a purpose)
_AMOUNT_IS_NEXT = re.compile(r"(?:[^\d.;:\n]|20\d\d){0,40}?\slà\s*(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng)\s+)?\d")


def _cue_after_its_word_before(low: str, cue: re.Match) -> bool:
    """The cue read by the word just before it: none, "với" (a target's figure or a list follows), or a number (a year
    before "phấn đấu", a count of targets before "chỉ tiêu")."""
    before = _NOT_A_CUE.search(low, max(0, cue.start() - 16), cue.start())
    if not before:
        return True
    if before.group(0).strip() == "với" and low.startswith("mục tiêu", cue.start()) and _GOAL_FIGURE.match(
            low, cue.end()):
        return True  # "… nhiệm kỳ 2025-2030 với mục tiêu tập hợp trên 90% phụ nữ" (not "Với mục tiêu …, Hội trao …")
    if before.group(0).strip() == "với" and low.startswith(("chỉ tiêu", "kế hoạch"), cue.start()) and (
            _AMOUNT_NEXT.match(low, cue.end())):
        return True  # "Với chỉ tiêu 1.000 hội viên, đến nay Hội đã kết nạp 1.120 hội viên": the target, then its result
    if before.group(0).strip() == "vì" and low.startswith(("chỉ tiêu", "kế hoạch"), cue.start()) and (
            _AMOUNT_IS_NEXT.match(low, cue.end())):
        return True  # "Con số này còn thấp, vì chỉ tiêu năm là 600 hộ": the target given as the reason
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


def closed_before(between: str) -> bool:
    """"(chỉ tiêu 150); vận động 1,2 tỷ đồng": a cue inside parentheses ends with them."""
    return between.count(")") > between.count("(")


def accepted_cues(low: str) -> list[tuple[int, int]]:
    """The target cues of a text that open a target scope, as (start, end): "đạt 195% so với chỉ tiêu", "vượt chỉ
    tiêu", "8 chỉ tiêu" measure or count targets and are left out."""
    return [(c.start(), c.end()) for c in _target_cues(low) if _is_cue(low, c)]
