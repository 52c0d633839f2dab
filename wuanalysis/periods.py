"""The period one report sums up.

A mid-term review or the reporter's own congress (the year it meets: the first of the term it opens, the end of the
one it reviews), else the earliest reported span ("sơ kết 9 tháng đầu năm", "tổng kết năm 2022", "Trong nhiệm kỳ
2016-2021", "Năm qua" in January for the year before), never the one it plans ("triển khai nhiệm vụ 3 tháng cuối
năm", "triển khai nhiệm vụ trọng tâm năm 2018") unless it reports none, nor a baseline ("so với năm 2016"); events,
campaigns and programmes have no span and take the article's year.

This module holds the patterns and the readings of spans, congresses and reviews; the precedence among them is
:data:`wuanalysis.period_rules.PERIOD_RULES`, named rules tried in order.
"""
from __future__ import annotations

import re
from collections import Counter

from .text import match_form

_YEAR = r"(?:19[4-9]\d|20\d\d)"
_RANGE = rf"({_YEAR})\s*[-–]\s*({_YEAR})"
_SPANS = [  # (span, pattern) on lower-cased match form; the year may follow the phrase
    ("9m", re.compile(rf"(?:9|chín) tháng(?: đầu năm| năm)?(?: ({_YEAR}))?")),
    ("6m", re.compile(  # "6 tháng đầu năm 2024", "sơ kết công tác Hội 6 tháng năm 2025"
        rf"(?:6|sáu) tháng(?: đầu)? năm(?: ({_YEAR}))?|nửa đầu năm(?: ({_YEAR}))?")),
    # the second half-year under review: "tổng kết công tác Hội 6 tháng cuối năm 2025" (a union founded on 1 July 2025
    # sums up its first months); planned unless a review word leads its clause (_find_span)
    ("6m", _LAST_HALF := re.compile(rf"(?:6|sáu) tháng cuối năm(?: ({_YEAR}))?")),
    ("quarter", re.compile(rf"quý (?:i{{1,3}}|iv|[1-4])(?:[/ ](?:năm )?({_YEAR}))?|3 tháng đầu năm(?: ({_YEAR}))?")),
    ("term", re.compile(  # groups: mid-term start/end, end-of-term start/end, term under review start/end
        rf"(?:giữa|nửa) nhiệm kỳ(?: {_RANGE})?|tổng kết nhiệm kỳ(?: {_RANGE})?"
        # "Trong nhiệm kỳ 2016-2021, các cấp Hội đã …"; "kết quả thực hiện Nghị quyết Đại hội … nhiệm kỳ 2016 - 2021"
        # … and a sentence opening on the term ("Nhiệm kỳ 2021 - 2026, Hội LHPN tỉnh đã giúp …")
        rf"|(?:(?:trong|qua|suốt) |(?:(?<![^\n])|(?<=\. ))(?=nhiệm kỳ {_YEAR}\s*[-–]\s*{_YEAR}\s*,))nhiệm kỳ {_RANGE}"
        # "Qua 3 năm thực hiện Nghị quyết Đại hội …", "3 năm thực hiện Nghị quyết Đại hội …"
        rf"|(?:(?:kết quả|sơ kết|tổng kết|đánh giá|sau|qua)(?: \d+(?:,5)? năm)?"
        rf"|(?<![\w.,])\d+(?:,5)? năm(?= thực hiện))(?: việc)?"
        rf"(?: thực hiện)?(?: các)?(?: chỉ tiêu)?"
        rf" nghị quyết đại hội"  # "Kết quả 3 năm thực hiện Nghị quyết Đại hội Phụ nữ tỉnh nhiệm kỳ 2021-2026"
        rf"[^.\n]{{0,120}}?nhiệm kỳ {_RANGE}"
    )),
    # a term put to work is planned: "Hội nghị … triển khai Nghị quyết Đại hội … nhiệm kỳ 2025 - 2030", "triển khai
    # chương trình công tác toàn khóa nhiệm kỳ 2025 - 2030"
    ("term", _PUT_TO_WORK := re.compile(
        rf"(?<!đã )(?:triển khai|quán triệt|học tập|chương trình hành động)[^.\n]{{0,100}}?nhiệm kỳ {_RANGE}")),
    # the term a congress adopts targets for: "Về nhiệm kỳ 2012-2017, Đại hội thông qua 8 chỉ tiêu lớn"
    ("term", _ADOPTED := re.compile(rf"(?<!\w)(?:về|cho) nhiệm kỳ {_RANGE}\s*,?\s*(?=đại hội)")),
    ("month", re.compile(rf"(?:công tác|kết quả|hoạt động) tháng (?:\d{{1,2}})(?:/| năm )({_YEAR})")),
    ("year", re.compile(rf"(?:trong |tổng kết |kết quả |công tác |hoạt động |thực hiện )?năm ({_YEAR})")),
    # "Năm qua, …", "Trong năm vừa qua, …": the year before an article of January or February, else the article's
    ("year", re.compile(r"(?:trong |tổng kết |kết quả )?(?:một )?năm (?:vừa )?qua(?!\w)")),
]
_EVENT_HEADLINE = re.compile(r"(?<!\w)(?:trao|tặng|ra mắt|hội thi|cuộc thi|khánh thành|bàn giao|thăm|tọa đàm|toạ đàm"
                             r"|tập huấn|ngày hội|liên hoan|hội diễn|lễ|phát động|ra quân|hưởng ứng)(?!\w)")
# "những năm qua", "5 năm qua", "nhiều năm qua" are several years
_SEVERAL = re.compile(r"(?<!\w)(?:\d+|những|các|nhiều|mấy|vài|hai|ba|bốn|năm|mười|chục)[ \t]*\Z")
_TERM_YEARS = re.compile(rf"nhiệm kỳ {_RANGE}")
# the date a report's figures are counted to: "Tính đến ngày 31/12/2025", "tính đến hết tháng 9/2022", "Tính đến đầu
# năm 2019", "tính tới cuối năm 2023", and without "tính" when the end or the day says so: "Đến hết năm 2025", "đến
# ngày 31/12/2024", "Đến 31/12/2024"
# (a date is written "31/12/2024", "31-12-2024" or "31.12.2024", "tháng 9/2022" or "tháng 9-2022")
_CUT_OFF = re.compile(rf"(?:tính (?:đến|tới) (?:hết |cuối |đầu )?|(?<!\w)(?:đến|tới) (?:hết |cuối )"
                      rf"|(?<!\w)(?:đến|tới) (?=ngày \d|\d{{1,2}}[/.-]\d))"
                      rf"(?:ngày )?(?:\d{{1,2}}[/.-])?(?:tháng )?(?:\d{{1,2}}[/.-]|năm )({_YEAR})(?!\d)")
_DAY_DATE = re.compile(rf"(?<![\d/.-])\d{{1,2}}(?:/\d{{1,2}}/|-\d{{1,2}}-|\.\d{{1,2}}\.)({_YEAR})(?!\d)")
_MONTH_YEAR = re.compile(rf"(?<!\w)tháng (?:0?[1-9]|1[0-2])(?:[/.-]| năm )({_YEAR})(?!\d)")
# A congress closes one term and opens the next, so its year is the new term's first: "Đại hội đại biểu Phụ nữ xã
# Ea Tu lần thứ XIV, nhiệm kỳ 2025-2030", "Đại hội sẽ … đề ra phương hướng nhiệm vụ nhiệm kỳ 2022-2027". A Party
# congress is someone else's ("chào mừng Đại hội Đảng bộ tỉnh"), unless it is the union's own Party committee's
# ("Đại hội Đảng bộ Cơ quan Trung ương Hội LHPN Việt Nam lần thứ I, nhiệm kỳ 2025 - 2030").
_CONGRESS_WORD = (r"đại hội(?! thể dục| (?:đại biểu )?đảng(?! bộ (?:cơ quan )?(?:trung ương |tw )?"
                  r"(?:hội |cơ quan )?(?:lhpn|liên hiệp phụ nữ|phụ nữ)))")
_CONGRESS = re.compile(_CONGRESS_WORD)
# the term a congress opens, also without "nhiệm kỳ": "lần thứ I (2025 - 2030)", "khóa I, 2025-2030", and as the
# armed forces write it, "Đại hội đại biểu phụ nữ Quân đội lần thứ VIII (giai đoạn 2025-2030)"
_CONGRESS_TERM = re.compile(rf"(?:nhiệm kỳ\s*|(?:(?<=lần thứ )|(?<=khóa )|(?<=khoá ))[ivxlc\d]+\s*[,(]?\s*"
                            rf"(?:giai đoạn\s*)?){_RANGE}")
_CONGRESS_TITLE = re.compile(rf"{_CONGRESS_WORD}(?P<body>[^\n]*)")
# the term a congress reviews ("kết quả thực hiện Nghị quyết … nhiệm kỳ 2020-2025", "Nhiệm kỳ 2020-2025, …") ends
# when the congress meets; the term it opens ("phương hướng, nhiệm vụ nhiệm kỳ 2025-2030") starts then
_REVIEWED_TERM = re.compile(r"(?<!thông qua )nghị quyết|kết quả|tổng kết|đánh giá|(?:trong|qua|suốt)\s*$|^\W*$")
_OPENED_TERM = re.compile(r"phương hướng|nhiệm vụ|đề ra|bầu|ban chấp hành|mục tiêu|thông qua nghị quyết")
# (and the upper congress a draft goes to: "góp ý vào dự thảo Báo cáo chính trị trình Đại hội … toàn quốc")
# (on the congress's own line: a headline's last words "… bước vào nhiệm kỳ mới với 10 chỉ tiêu" above "Đại hội đại biểu
# Phụ nữ tỉnh Phú Thọ nhiệm kỳ 2025 - 2030 … đã bế mạc" say nothing of the congress, iv13 V)
_NOT_OWN_CONGRESS = re.compile(r"(?:nghị quyết|chỉ tiêu|kết quả|thực hiện|quán triệt|học tập|chào mừng|hướng tới"
                               r"|(?<!\w)(?<!chương )(?<!công )(?<!quy )trình|dự thảo[^.;\n]{0,30})[^\S\n]*\Z")
_CONGRESS_LEVEL = re.compile(r"phụ nữ (toàn quốc|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)\b")
_EVENT_BEFORE = re.compile(  # a contest's or festival's name: "cuộc thi “Phụ nữ khởi nghiệp” năm 2023"
    # and campaigns: "hưởng ứng Tháng hành động vì bình đẳng giới năm 2024", "chiến dịch … năm 2025"
    r"(?:cuộc thi|hội thi|lễ trao giải|giải thưởng|ngày hội|liên hoan|hội diễn|tháng hành động|chiến dịch|ra quân"
    r"|lễ phát động)[^.;\n]{0,45}$")
# a programme period: "giai đoạn 2020 - 2025", "qua 5 năm (2017-2022)"; a term's years are not a programme's
_PROGRAMME = re.compile(rf"(?<!nhiệm kỳ )(?<!nhiệm kỳ \()(?:giai đoạn )?{_RANGE}")
_PLAN_CUE = re.compile(  # the period planned, not the one reported
    r"(?:nhiệm vụ|phương hướng|triển khai|kế hoạch|chỉ tiêu|dự kiến|giao ước thi đua|phát động thi đua|phấn đấu"
    r"|mục tiêu)(?: trong)?\s*$"
)
_REPORT_CUE = re.compile(r"sơ kết|tổng kết|kết quả|trong|đánh giá|báo cáo|thực hiện|qua")
# "Tổng kết công tác Hội năm 2017, triển khai nhiệm vụ trọng tâm năm 2018", "triển khai chương trình công tác năm
# 2024": a plan word a few words before the year plans it, unless a review word comes after it ("triển khai nhiệm vụ
# năm 2025 và tổng kết công tác Hội năm 2024"); "đã triển khai" is done
# ("kết quả nổi bật trong triển khai nhiệm vụ 6 tháng đầu năm", "kết quả triển khai nhiệm vụ …", "trong việc triển
# khai": the results of implementing, reported)
# (and a resolve to reach the year's targets: "sơ kết 6 tháng, quyết tâm về đích chỉ tiêu năm 2026", iv14 P14; not
# "với quyết tâm cao, năm 2025 Hội đã …")
_PLAN_WORD = re.compile(r"(?<!đã )(?<!trong )(?<!việc )(?<!quả )triển khai|phương hướng|kế hoạch|dự kiến|phấn đấu"
                        r"|mục tiêu|giao ước thi đua"
                        r"|phát động thi đua|đăng ký thi đua|quyết tâm\s+(?:hoàn thành|về đích|thực hiện|đạt)(?!\w)")
_REVIEW_WORD = re.compile(r"sơ kết|tổng kết|kết quả|đánh giá|báo cáo")
_PLAN_SPAN = re.compile(r"(?:\d|sáu|ba|chín) tháng cuối năm|cuối năm")


def _lower(text: str) -> str:
    """Match form in lower case, "nhiệm kì", "quí I" spelt "nhiệm kỳ", "quý I" (both are written); same length as
    ``text``."""
    return match_form(text).lower()


def _unknown_span(low: str, low_head: str, head: str, pub_year: int | None, years: Counter
                  ) -> tuple[int | None, str, str | None]:
    """Campaigns, one-off events and programme periods have no span; their year is the article's, else the end of
    the programme ("Giai đoạn 2020 - 2025"), else the year the text names most."""
    # a programme's period inside its quoted name ("Đề án “… giai đoạn 2017-2025”") is the programme's, not the span
    # nor is the term of a cooperation signed ("Ký kết hợp tác giai đoạn 2023-2025" over results "Từ năm 2021 đến nay")
    # and a review of the years done ("Qua 3 năm triển khai, …") that plans the next phase ("… triển khai hoạt động
    # đề án giai đoạn 2013 – 2015") reports none of the phase's years
    review = bool(_DONE_YEARS.search(low))
    programme = next((p for p in _PROGRAMME.finditer(low_head) if not _quoted(low_head, p.start(), p.end())
                      and not _SIGNED.search(low_head, max(0, p.start() - 40), p.start())
                      and not (review and _is_planned(low_head, p.start()))), None)
    year: int | None
    if pub_year:
        year = pub_year
    elif programme:
        year = int(programme.group(2))
    elif years:
        year = years.most_common(1)[0][0]
    else:  # "Tết yêu thương - Xuân Ất Tỵ 2025"
        # "… năm An toàn cho phụ nữ và trẻ em 2020, …", "… 1/2020": a year before a comma or a stop counts too
        signed = [(m.start(), m.end()) for m in re.finditer(_RANGE, low)
                  if _SIGNED.search(low, max(0, m.start() - 50), m.start()) or (review and _is_planned(low, m.start()))]
        bare = Counter(int(y.group(1)) for y in re.finditer(rf"(?<![\d.,-])({_YEAR})(?![\d/]|[.,]\d)", low)
                       if not _quoted(low, y.start(), _range_end(low, y.end())) and not _SINCE.match(low, y.end())
                       and not any(start <= y.start() < end for start, end in signed))
        year = max(bare, key=lambda y: (bare[y], y)) if bare else None
    label = head[programme.start():programme.end()] if programme and year == int(programme.group(2)) else None
    return year, "unknown", label


_DONE_YEARS = re.compile(r"(?<!\w)(?:qua|sau|trải qua)(?: hơn)? (?:\d+|hai|ba|bốn|năm|mười)(?:,5)? năm(?: rưỡi)?"
                         r"(?: triển khai| thực hiện| hoạt động|,)")
_SINCE = re.compile(r" (?:đến|tới) nay(?!\w)")  # "từ năm 2021 đến nay": a start, the end undated
_SIGNED = re.compile(r"ký kết(?: chương trình)?(?: hợp tác| phối hợp)?\s*(?:giai đoạn\s*)?$")
_RANGE_END = re.compile(rf"\s*[-–]\s*{_YEAR}")


def _range_end(low: str, pos: int) -> int:
    """Where a range whose first year ends at ``pos`` ends (``pos`` for a single year)."""
    end = _RANGE_END.match(low, pos)
    return end.end() if end else pos


def _quoted(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` ends a quoted name ("phong trào "Cả nước chung tay … giai đoạn 2021-2025"")."""
    if not low.startswith(("”", '"'), end):
        return False
    line = low[low.rfind("\n", 0, start) + 1:start]  # from the line's start: straight quotes pair up
    return line.rfind("“") > line.rfind("”") if low[end] == "”" else line.count('"') % 2 == 1


def _midterm(low: str, original: str, pub_year: int | None) -> tuple[int | None, str, str | None] | None:
    """"Hội nghị sơ kết giữa nhiệm kỳ … nhiệm kỳ 2021-2026; sơ kết … 6 tháng đầu năm 2024": the review's year is the
    one its sentence names, else the article's (never a guess at the middle of the term: the year is unknown)."""
    if "a nhiệm kỳ" not in low:  # ("giữa", "nửa": a literal find before the pattern, which stops at every g and n)
        return None
    m = re.search(r"(?:giữa|nửa) nhiệm kỳ", low)
    if not m:
        return None
    stop = re.compile(r"[.\n]").search(low, m.end())
    sentence = low[m.start():stop.start() if stop else len(low)]
    term = _TERM_YEARS.search(sentence) or _TERM_YEARS.search(low)
    named = [int(y) for y in re.findall(rf"năm ({_YEAR})", sentence)]
    year: int | None
    if term:
        lo, hi = int(term.group(1)), int(term.group(2))
        named = [y for y in named if lo <= y <= hi]
        year = named[-1] if named else pub_year if pub_year and lo <= pub_year <= hi else None
    else:
        year = named[-1] if named else pub_year
    if year is None and (cut := _CUT_OFF.search(low)):
        year = int(cut.group(1))  # "Nửa nhiệm kỳ qua, … Tính đến đầu năm 2019, các cấp Hội đã giải ngân …"
    if year is None and (month := _MONTH_YEAR.search(low)):
        year = int(month.group(1))  # "Tính đến hết tháng 6/2019 … Qua nửa nhiệm kỳ"
    if year is None and term and (done := _YEARS_INTO.search(low)):
        n = _COUNT_WORDS.get(done.group(1)) or int(done.group(1))
        if 0 < n < hi - lo:
            year = lo + n  # "Qua 3 năm thực hiện Nghị quyết …, nhiệm kỳ 2021-2026": 2024
    return year, "term", original[m.start():m.end()]


# the years a mid-term review counts since its term opened: "Qua 3 năm thực hiện Nghị quyết", "Sau 2 năm rưỡi thực
# hiện", "Sau hơn 2 năm thực hiện Nghị quyết Đại hội"
_YEARS_INTO = re.compile(r"(?<!\w)(?:qua|sau|trải qua)(?: hơn)? (\d|hai|ba|bốn)(?:,5)? năm(?: rưỡi)? thực hiện")
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4}


def _congress(low: str, original: str, level: str | None, title_len: int = 0, pub_year: int | None = None
              ) -> tuple[int, int | None, str, str] | None:
    """A congress the reporting union holds, in the headline or lede: where it is named, and the year it meets."""
    for m in _CONGRESS.finditer(low):
        end = _sentence_end(low, m.end(), limit=240)
        terms = list(_CONGRESS_TERM.finditer(low, m.end(), end))
        if _NOT_OWN_CONGRESS.search(low[max(0, m.start() - 40):m.start()]) and not (
                terms and _presented_to_own(low, m.start(), low[m.end():terms[0].start()], level)):
            continue  # "kết quả thực hiện Nghị quyết Đại hội …": a review, not a congress
        if not terms or not _own_level(low[m.end():terms[0].start()], level):
            continue  # a province hearing about the national congress reports an event, not a term
        year, term = _congress_meets(low, terms, pub_year, m.start())
        # a congress held the year before its term's first ("Đại hội điểm … nhiệm kỳ 2026-2031" in November 2025)
        return m.start(), pub_year if pub_year == year - 1 else year, "term", original[m.start():term.end()]
    # a congress headline whose term is written further on, or not at all ("Đại hội Phụ nữ xã Ea Tu lần thứ I"):
    # the terms the text names, else the article's year
    head = _CONGRESS_TITLE.search(low, 0, title_len)
    if (head and not _NOT_OWN_CONGRESS.search(low[max(0, head.start() - 40):head.start()])
            and _own_level(head.group("body"), level)):
        terms = [term for term in _TERM_YEARS.finditer(low) if not _upper_congress_term(low, term, level)]
        if not terms:
            return head.start(), pub_year, "term", original[head.start():head.end()]
        year, term = _congress_meets(low, terms, pub_year)
        return head.start(), year, "term", original[term.start():term.end()]
    return None


# the political report a union's committee presents to its own congress: "BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Hội LHPN
# xã Tam Dương trình Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 – 2030", "Báo cáo chính trị trình Đại hội
# đại biểu Phụ nữ tỉnh … lần thứ XVII" (not a draft others comment on: "góp ý dự thảo Báo cáo chính trị trình …")
# (its title may break after its kind: "BÁO CÁO CHÍNH TRỊ" / "của Ban Chấp hành … trình Đại hội …")
_POLITICAL_REPORT = re.compile(r"báo cáo chính trị(?:[^\S\n]*\n)?(?:(?!dự thảo|góp ý)[^\n.;]){0,160}?\strình\s*$")


def _presented_to_own(low: str, at: int, words: str, level: str | None) -> bool:
    """Whether the congress named at ``at`` is the one a political report is presented to (:data:`_POLITICAL_REPORT`),
    of the reporter's own level, named (``words``: the congress's words before its term)."""
    before = low[max(0, at - 200):at]
    if not level or not _POLITICAL_REPORT.search(before) or "dự thảo" in before or "góp ý" in before:
        return False
    return {_LEVEL_OF_KIND[k] for k in _CONGRESS_LEVEL.findall(words)} == {level}


def _upper_congress_term(low: str, term: re.Match, level: str | None) -> bool:
    """Whether a term belongs to another level's congress named in its sentence: "bầu 9 đại biểu dự Đại hội đại biểu
    Phụ nữ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2026-2031" in a commune's congress report."""
    stop = max(low.rfind(".", 0, term.start()), low.rfind("\n", 0, term.start()))
    named = low.rfind("đại hội", stop + 1, term.start())
    return named >= 0 and not _own_level(low[named:term.start()], level)


def _congress_meets(low: str, terms: list[re.Match], pub_year: int | None, floor: int = 0) -> tuple[int, re.Match]:
    """The year a congress meets and the term that says so: the first year of the term it opens ("Đại hội … lần thứ
    I, nhiệm kỳ 2025-2030", "phương hướng, nhiệm vụ nhiệm kỳ 2025-2030"), else the end of the term it reviews
    ("kết quả thực hiện Nghị quyết … nhiệm kỳ 2020-2025"), or the article's year inside it (the communes merged in
    2025 closed their 2021-2026 terms a year early)."""
    opened, reviewed = [], []
    for term in terms:
        stop = max(low.rfind(".", 0, term.start()), low.rfind("\n", 0, term.start()), low.rfind(";", 0, term.start()))
        clause = low[max(stop + 1, term.start() - 100, floor):term.start()]
        review_at = max((c.end() for c in _REVIEWED_TERM.finditer(clause)), default=-1)
        open_at = max((c.end() for c in _OPENED_TERM.finditer(clause)), default=-1)
        lo, hi = int(term.group(1)), int(term.group(2))
        if review_at > open_at and not (pub_year and pub_year <= lo):
            reviewed.append((pub_year if pub_year and lo < pub_year <= hi else hi, term))
            # (a term starting in the article's year or later is not under review: "Nhiệm kỳ 2021-2026, hội phấn
            # đấu …" in a 2021 congress report opens it)
        else:
            opened.append((lo, term))
    return max(opened or reviewed, key=lambda yt: yt[0])


_ABBREVIATED = re.compile(r"(?:^|\W)(?:tp|tx|tt|p|q|th|ths|ts|gs|pgs)$")


def _sentence_end(low: str, start: int, limit: int) -> int:
    """Where the sentence running at ``start`` ends: a full stop before a space (not "TP. Hồ Chí Minh"), a line
    break, or ``limit`` characters on."""
    for m in re.finditer(r"\.(?=\s|$)|\n", low[start:start + limit]):
        if m.group(0) == "\n" or not _ABBREVIATED.search(low[max(0, start + m.start() - 5):start + m.start()]):
            return start + m.start()
    return min(len(low), start + limit)


_LEVEL_OF_KIND = {"toàn quốc": "central", "tỉnh": "province", "huyện": "district", "quận": "district",
                  "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune"}


def _own_level(words: str, level: str | None) -> bool:
    """Whether a congress or resolution ("Đại hội đại biểu Phụ nữ toàn quốc", "… toàn quốc …, … tỉnh …") is the
    reporting union's own: one of the levels it names is the reporter's, or it names none."""
    levels = {_LEVEL_OF_KIND[k] for k in _CONGRESS_LEVEL.findall(words)}
    return not levels or not level or level in levels


def _find_span(low: str, original: str, pub_year: int | None = None, level: str | None = None,
               before: int | None = None, is_title: bool = False, past_year: int | None = None
               ) -> tuple[tuple[int | None, str, str | None] | None, tuple[int | None, str, str | None] | None]:
    """The earliest reported span in ``low`` (starting before ``before`` if given), and the earliest planned one. In
    running text a bare "năm 2023" counts only after a report cue or at a sentence's start; in a headline always."""
    best = planned = None
    focus: list[tuple[int, int]] = []
    for span, pattern in _SPANS:
        for m in pattern.finditer(low, 0, len(low) if before is None else before):
            if _PLAN_SPAN.match(low, m.start()) and not (m.re is _LAST_HALF and _last_half_reviewed(low, m.start())):
                continue  # (the months planned: "sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm")
            if span == "term" and (m.re in (_PUT_TO_WORK, _ADOPTED) or m.group(7)) and not _own_level(m.group(0),
                                                                                                        level):
                continue  # a province's conference on the national congress's review of its resolution
            is_plan = _is_planned(low, m.start()) or (span == "year" and _PLAN_AFTER.match(low, m.end()) is not None
                                                      and m.group(0).startswith(("năm", "trong năm")))
            if (span == "year" and not (is_plan and _WORK_PLAN.search(low, max(0, m.start() - 30), m.start()))
                    and _not_a_reported_year(low, m, is_title, pub_year)):
                continue  # (a year's work programme is planned, with or without a report cue)
            year: int | None
            if span == "year" and re.search(r"(?:đến|tới)\s*$", low[max(0, m.start() - 8):m.start()]):
                is_plan = True  # a horizon: "Chiến lược phát triển Hội đến năm 2030"
            elif span == "year" and low.endswith(("vào ", "vào"), 0, m.start()) and _GOAL_BEFORE.search(
                    low, max(0, m.start() - 100), m.start()):
                is_plan = True  # a goal's date: "… xây dựng Thái Nguyên trở thành trung tâm … vào năm 2030"
            if span == "year" and "qua" in m.group(0):
                if past_year is None or _SEVERAL.search(low[max(0, m.start() - 8):m.start()]):
                    continue  # undated, or several years
                year = past_year
            elif m.re is _PUT_TO_WORK:
                year, is_plan = int(m.group(1)), True
            elif m.re is _ADOPTED:
                year, is_plan = int(m.group(1)), False  # the congress meets as the term opens
            elif span == "term":
                year = _term_year([int(x) if x else None for x in m.groups()], low, pub_year, m.group(0))
            else:
                year = next((int(x) for x in m.groups() if x), None)
            if year is None and "qua" not in m.group(0):
                # "sơ kết 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2024": the year is in the sentence
                sent_end = re.compile(r"[.\n]").search(low, m.end())
                stop = sent_end.start() if sent_end else len(low)
                ym = re.search(_YEAR, low[m.end():stop]) or re.search(_YEAR, low[max(0, m.start() - 120):m.start()])
                year = int(ym.group(0)) if ym else None
            if year is None and span == "term" and (later := _TERM_YEARS.search(low, m.end())):
                year = int(later.group(1)) + (int(later.group(2)) - int(later.group(1))) // 2
            cand = (m.start(), year, span, original[m.start():m.end()])
            if is_plan and span == "quarter" and _REST_OF_YEAR.search(low, _sentence_start(low, m.start()), m.start()):
                focus.append((m.start(), m.end()))
                continue  # the focus of the months planned: "nhiệm vụ 5 tháng cuối năm, tập trung công tác quý III"
            if any(a <= m.start() < b for a, b in focus):
                continue  # (and its year: "quý III năm 2025")
            if is_plan:
                planned = cand if planned is None or cand[0] < planned[0] else planned
                continue
            if best is None or cand[0] < best[0]:
                best = cand
            break
    return (best[1:] if best else None), (planned[1:] if planned else None)


def _last_half_reviewed(low: str, start: int) -> bool:
    """Whether the second half-year at ``start`` is the one under review: a review word leads its clause ("tổng kết
    hoạt động 6 tháng cuối năm 2025, triển khai nhiệm vụ năm 2026"), no plan word follows it, nor "nhiệm vụ" right
    before ("đánh giá kết quả 6 tháng đầu năm, bàn nhiệm vụ 6 tháng cuối năm")."""
    return _is_reviewed(low, start) and not _PLAN_CUE.search(low, max(0, start - 30), start)


# a year's work programme or plan: "triển khai Chương trình công tác năm 2024", "thông qua Kế hoạch công tác năm 2026"
_WORK_PLAN = re.compile(r"(?:chương trình|kế hoạch)(?: công tác| hoạt động)?\s*$")
_REST_OF_YEAR = re.compile(r"(?:\d|hai|ba|bốn|năm|sáu|bảy|tám|chín) tháng cuối năm|những tháng cuối năm")


def _sentence_start(low: str, at: int) -> int:
    return max(low.rfind(".", 0, at), low.rfind("\n", 0, at), low.rfind(";", 0, at)) + 1


_GOAL_BEFORE = re.compile(r"trở thành|phấn đấu|hướng tới|mục tiêu|tầm nhìn|đưa [^.;\n]{0,40}thành")


_STARTING_POINT = re.compile(r",?\s*khi(?!\w)")
_SINCE_THEN = re.compile(r"(?<!\w)(?:đến nay|hiện nay|\d+ năm qua)(?!\w)")


_HOLDS = re.compile(r"tổ chức(?: hội nghị)?\s*$")


# an agency's or site's tag opening a lede: "(CT) - ", "(Baonghean.vn) – ", "PNVN - ", "(PNVN) "; a dateline: "CẦN THƠ
# - ", "TP. Hồ Chí Minh – "
_LEDE_TAG = re.compile(r"[ \t]*(?:\([^()\n]{2,30}\)(?:[ \t]*[-–])?"
                       r"|[^\W\d_]+(?:\.?[ \t]+[^\W\d_]+){0,3}[ \t]*[-–])[ \t]*")


def _after_a_tag(low: str, at: int) -> bool:
    """Whether ``at`` follows the tag opening its line (:data:`_LEDE_TAG`): the lede's first words."""
    return _LEDE_TAG.fullmatch(low, low.rfind("\n", 0, at) + 1, at) is not None


def _not_a_reported_year(low: str, m: re.Match, is_title: bool, pub_year: int | None = None) -> bool:
    """Whether a bare year ("năm 2023") at ``m`` is no reported span: in running text it needs a report cue, a
    review word or a sentence's start (in a headline nothing), and it is never a baseline, a start or an event's."""
    sentence_initial = (m.start() == 0 or low[m.start() - 1] == "\n" or low[m.start() - 2:m.start()] == ". "
                        # a lede opening after its agency's tag or dateline: "(CT) - Năm 2025, Hội …", "PNVN – Năm
                        # 2024, …", "CẦN THƠ - Năm 2025, …"
                        or (low[m.start() - 2:m.start()] in ("- ", "– ", ") ") and _after_a_tag(low, m.start()))
                        # a clause opening on the year it reports: "Thực hiện …, năm 2023 các cấp hội đã giúp"
                        or (low[m.start() - 2:m.start()] == ", "
                            # (also after an attribution: "Theo bà A, Chủ tịch Hội …, năm 2023, Hội đã kết nạp …")
                            and re.match(r",?[^,.;\n]{0,60}?(?<!\w)đã ", low[m.end():])))
    if not (
        m.group(0).endswith("qua")  # "năm qua" is itself a review: "Theo bà Lan, năm qua Hội đã …"
        or _REPORT_CUE.search(low[max(0, m.start() - 40):m.start() + 6]) or is_title or sentence_initial
        # the match's own review word, in a meeting the reporter holds: "tổ chức hội nghị tổng kết năm 2024" (not one
        # recalled in passing: "Tại hội nghị tổng kết năm 2024 của Hội LHPN tỉnh, Hội LHPN xã được tặng bằng khen")
        or (_REPORT_CUE.match(m.group(0)) and _HOLDS.search(low, max(0, m.start() - 24), m.start()))
        or _is_reviewed(low, m.start())  # "tổng kết công tác Hội và phong trào phụ nữ năm 2023"
    ):
        return True
    named = int(m.group(1)) if sentence_initial and pub_year and m.re.groups else None
    if named and pub_year and pub_year > named and _STARTING_POINT.match(low, m.end()):
        return True  # a start: "Năm 2023, khi ra mắt, mô hình có 35 thành viên. Đến nay, …"
    if named and pub_year and pub_year - named >= 2 and _SINCE_THEN.search(low, m.end(), m.end() + 600):
        return True  # "Năm 2018, mô hình điểm được triển khai … 15 năm qua, các cấp hội đã …" dated 2026
    if named and pub_year and pub_year - named >= 2 and re.match(r"(?:trong )?năm", m.group(0)):
        # a story told from its start: "Năm 2019, tổ được UBND huyện tặng giấy khen", "Năm 2020, chị Lan thành lập
        # hợp tác xã …" in an article of 2025 (a year's review, "Tổng kết năm 2022", keeps its review word)
        return True
    # "tăng 12% so với năm 2023", "so năm 2016", "so cùng kỳ năm 2022" compare with a baseline; "6 tháng cuối năm
    # 2022", "phát động từ năm 2012", "cuộc thi “…” năm 2023"
    return bool(re.search(r"(?:đầu|cuối|giữa|từ|so(?: với)?(?: cùng kỳ)?|cùng kỳ)\s*$",
                          low[max(0, m.start() - 18):m.start()])
                or _EVENT_BEFORE.search(low[max(0, m.start() - 60):m.start()]))


def _clause_cues(low: str, start: int) -> tuple[int, int]:
    """Where the last review word and the last plan word end in the clause before ``start`` (-1 when absent)."""
    stop = max(low.rfind(".", 0, start), low.rfind("\n", 0, start), low.rfind(";", 0, start))
    clause = low[max(stop + 1, start - 120):start]
    reviewed = max((c.end() for c in _REVIEW_WORD.finditer(clause)), default=-1)
    planned = max((c.end() for c in _PLAN_WORD.finditer(clause)), default=-1)
    return reviewed, planned


def _is_reviewed(low: str, start: int) -> bool:
    """Whether a review word comes in the clause before ``start``, after any plan word."""
    reviewed, planned = _clause_cues(low, start)
    return reviewed > planned


def _is_planned(low: str, start: int) -> bool:
    """Whether the span at ``start`` is planned: a plan word right before it ("nhiệm vụ năm 2024") with no review word
    earlier in its clause, or a plan word in its clause after the last review word; but tasks said done are reviewed
    ("Hội Phụ nữ xã hoàn thành tốt nhiệm vụ năm 2025", not "quyết tâm hoàn thành nhiệm vụ năm 2026")."""
    reviewed, planned = _clause_cues(low, start)
    if planned > reviewed:
        return True
    if reviewed >= 0 or not _PLAN_CUE.search(low[max(0, start - 30):start]):
        return False
    done = _TASKS_DONE.search(low, max(0, start - 70), start)
    return not done or bool(_WILL_BEFORE.search(low, max(0, done.start() - 20), done.start()))


# tasks said done, a verdict on the period: "hoàn thành tốt nhiệm vụ năm 2025", "hoàn thành xuất sắc các nhiệm vụ
# chính trị năm 2024" …
_TASKS_DONE = re.compile(r"(?<!\w)hoàn thành(?:\s+(?:tốt|xuất sắc|toàn diện|thắng lợi|và vượt|các|toàn bộ))*\s+nhiệm vụ"
                         r"(?:\s+(?:chính trị|trọng tâm|công tác hội|được giao))*\s*$")
# … unless willed: "quyết tâm hoàn thành …", "để hoàn thành …", "sẽ hoàn thành …"
_WILL_BEFORE = re.compile(r"(?:quyết tâm|phấn đấu|để|nhằm|sẽ|cần|phải|góp phần|cố gắng|nỗ lực)\s*$")
# the clause a sentence's year opens plans it: "Năm 2026, phấn đấu kết nạp …", "Năm 2026, Hội tiếp tục phấn đấu …",
# "Năm 2026, các cấp Hội sẽ …" (not "Năm 2025, Hội đã phấn đấu …", nor "Năm 2025, Hội tiếp tục duy trì …")
_PLAN_AFTER = re.compile(r"\s*,?\s*(?:(?!đã\s)[^,.;:\n]){0,40}?(?<!\w)(?:phấn đấu|dự kiến|đặt mục tiêu|đề ra mục tiêu"
                         r"|quyết tâm|đăng ký thi đua|sẽ)(?!\w)")


def _term_year(g: list[int | None], low: str, pub_year: int | None, phrase: str = "") -> int | None:
    """Groups of the term pattern: a mid-term review is made half-way; an end-of-term report and a term under review
    end with the term unless the article is dated inside it; a resolution reviewed inside its term is reviewed in the
    year the text names ("… nhiệm vụ 6 tháng cuối năm 2019"), else N years after the term opened when the review
    says so ("Qua 3 năm thực hiện Nghị quyết Đại hội … nhiệm kỳ 2021-2026": 2024)."""
    # each term is a pair of groups of one range ("2021-2026"): both are found, or neither
    if g[0] and g[1]:
        return g[0] + (g[1] - g[0]) // 2
    for lo, hi in ((g[2], g[3]), (g[4], g[5]), (g[6], g[7])):
        if lo and hi:
            if pub_year and lo <= pub_year <= hi:
                return pub_year
            if (lo, hi) == (g[6], g[7]):
                inside = [int(y) for y in re.findall(rf"năm ({_YEAR})", low) if lo < int(y) < hi]
                if inside:
                    return max(inside)
                if (years := re.match(r"\D{0,12}?(\d+)(?:,5)? năm", phrase)) and 0 < int(years.group(1)) < hi - lo:
                    return lo + int(years.group(1))
            return hi
    return None
