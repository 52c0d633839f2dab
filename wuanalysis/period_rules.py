"""The period one report sums up, decided by named rules tried in order (:data:`PERIOD_RULES`).

Each rule reads the headline, the lede and the text (:class:`_Reading`) and finds a period or passes; the first that
finds one decides, and its name is returned with the period (the documents' ``period_rule``), so a reader can see
why a report got its year. The readings the rules share (spans, congresses, mid-term reviews, plans, baselines,
starting points) live in :mod:`wuanalysis.periods`. A last sentence the excerpt cuts off is not read when the article
is dated: it says too little against the article's own date.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from .periods import (_CUT_OFF, _DAY_DATE, _EVENT_HEADLINE, _MONTH_YEAR, _REVIEW_WORD, _SEVERAL, _YEAR, _congress,
                      _find_span, _lower, _midterm, _unknown_span)
from .text import match_form

__all__ = ["PERIOD_RULES", "period_of"]

Found = tuple[int | None, str, str | None]  # (year, span, label)


@dataclass
class _Reading:
    """What every period rule reads: the text and headline, their lower-cased match forms, the article's year and the
    year "năm qua" means, the reporter's level."""
    text: str
    title: str
    pub_year: int | None
    past_year: int | None
    level: str | None
    head: str
    low_head: str
    event: bool = False  # the headline reports an event: "trao 300 suất quà Tết", "tổ chức Ngày hội phụ nữ"

    _scanned: list = field(default_factory=list)
    _low_text: str | None = None

    @property
    def low_text(self) -> str:
        """``_lower(self.text)``, made on first use and kept: several rules read it in turn."""
        if self._low_text is None:
            self._low_text = _lower(self.text)
        return self._low_text

    def scans(self) -> Iterator[tuple[Found | None, Found | None]]:
        """The earliest reported and planned span of the headline, then the lede, then the whole text (the lede only
        for a long text): each scanned once, when a rule first asks for it."""
        wheres = (self.title, self.text[:2500], self.text) if len(self.text) > 2500 else (self.title, self.text)
        for i, where in enumerate(wheres):
            if i == len(self._scanned):
                low = self.low_text if where is self.text else _lower(where)
                self._scanned.append(_find_span(low, where, self.pub_year, self.level,
                                                is_title=where is self.title, past_year=self.past_year))
            yield self._scanned[i]


def period_of(text: str, title: str, published: str | None = None, level: str | None = None
            ) -> tuple[int | None, str, str | None, str]:
    """The period a report sums up, and the name of the rule that decided: the first of :data:`PERIOD_RULES` (in
    order) that finds one."""
    pub_year = int(published[:4]) if published else None
    # "năm qua" written in January or February is the year just ended; an event's article looking back in passing
    # ("trao quà Tết … Trong năm qua, Hội đã vận động …") still reports the event
    past_year = (pub_year - 1 if pub_year and published and len(published) >= 7 and int(published[5:7]) <= 2
                 else pub_year)
    event = bool(_EVENT_HEADLINE.search(_lower(title)))
    if event:
        past_year = None
    if pub_year:
        text = _without_cut_tail(text)
    head = match_form(f"{title}\n{text[:1500]}")
    reading = _Reading(text, title, pub_year, past_year, level, head, _lower(head), event)
    for rule in PERIOD_RULES:
        found = rule(reading)
        if found is not None:
            return (*found, rule.__name__.lstrip("_"))
    raise AssertionError("the last period rule always decides")  # pragma: no cover


_CUT_TAIL = re.compile(r"(?:(?<=[.!?…])\s+|\n)(?P<tail>[^\n.!?…]{1,80})\Z")


def _without_cut_tail(text: str) -> str:
    """The text without a short last sentence the excerpt cuts off ("… 500.000 đồng.\nTrong năm 2025, Hội"): a few
    words that never end say too little to name the period when the article is dated (the caller's condition); a
    long last sentence only missing its stop, and a last line that is a label and its value ("Lượt xem: 312",
    "Nguồn: Báo Lào Cai"), are kept."""
    kept = text.rstrip()
    if not kept or kept[-1] in ".!?…:;\"”)]":
        return text  # the text ends a sentence
    last = max(0, len(kept) - 200)  # the tail is at most 80 characters: look only there
    m = _CUT_TAIL.search(kept[last:])
    tail = m.group("tail") if m else ""
    if not tail[:1].isupper() or ":" in tail or len(tail.split()) < 3:
        return text
    assert m is not None  # a tail was found
    return kept[:last + m.start("tail")]


def _midterm_review(r: _Reading) -> Found | None:
    """"Hội nghị sơ kết giữa nhiệm kỳ …", "Qua nửa nhiệm kỳ thực hiện Nghị quyết …" in the headline or lede."""
    return _midterm(r.low_head[:len(r.title) + 700], r.head, r.pub_year)


def _own_congress(r: _Reading) -> Found | None:
    """The reporter's own congress in the headline or lede ("Đại hội đại biểu Phụ nữ xã Ea Tu lần thứ I, nhiệm kỳ
    2025-2030"): it closes one term and opens the next, so its year is the new term's first; unless the lede reports a
    span before it ("sơ kết 6 tháng …; tổ chức thành công Đại hội … nhiệm kỳ 2021-2026" is a half-year review). A
    term under review named first is the one the congress closes, and a year opening the congress's own sentence is
    its date ("Năm 2025, Hội LHPN xã tổ chức thành công Đại hội …")."""
    low_head, head = r.low_head, r.head
    congress = _congress(low_head, head, r.level, len(r.title), r.pub_year)
    if not congress:
        return None
    if congress[0] > len(r.title) and _REVIEW_WORD.search(_lower(r.title)):
        headline = next(r.scans())[0]
        if headline is not None and headline[1] in ("year", "6m", "9m", "quarter", "month"):
            return None  # the headline names the span it reviews ("Hội LHPN xã Triệu Phong tổng kết năm 2025"); the
            # congress the year held is one of its results ("Năm 2025, Hội … đã tổ chức thành công Đại hội …")
    earlier, _plan = _find_span(low_head, head, r.pub_year, r.level, before=congress[0], past_year=r.past_year)
    if earlier is not None and earlier[1] == "year" and _ALL_LEVELS.match(low_head, congress[0]):
        return None  # "Năm 2025, Hội Phụ nữ các cấp đã … tổ chức thành công Đại hội phụ nữ các cấp nhiệm kỳ 2025 -
        # 2030; …", "… Đại hội phụ nữ cấp cơ sở và Đại hội … huyện": the congresses of all levels are one of the year's
        # results, not the reporter's own congress
    if earlier is not None and earlier[1] == "year":
        sentence_at = max(low_head.rfind(". ", 0, congress[0]), low_head.rfind("\n", 0, congress[0]))
        earlier, _plan = _find_span(low_head, head, r.pub_year, r.level, before=max(sentence_at, 0),
                                    past_year=r.past_year)
    if not (earlier is None or earlier[1] == "term"):
        return None
    at, year, span, label = congress
    if r.pub_year and year and r.pub_year == year + 1 and _dated_in_its_sentence(low_head, at, r.pub_year):
        # "Ngày 6-1, …, Hội LHPN tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030" in an article
        # of January 2026: the congress met in 2026, the year SCHEMA takes for a congress (the provinces merged in
        # 2025 held theirs into the next January)
        return r.pub_year, span, label
    return year, span, label


# (over two days too: "Trong 2 ngày 6 và 7/1", "ngày 6, 7-1"; or with the article's year: "ngày 6 và 7/1/2026")
_DAY_MONTH = re.compile(r"(?<!\w)(?:ngày|sáng|chiều|tối|trưa|hôm)(?: nay)?\s*\(?\s*(?:\d{1,2}\s*(?:và|,|-|–)\s*)?"
                        r"\d{1,2}[/.-]\d{1,2}(?:(?![/.-]?\d)|[/.-](?P<year>\d{4})(?!\d))")


def _dated_in_its_sentence(low: str, at: int, pub_year: int) -> bool:
    """Whether the sentence holding the congress named at ``at`` dates it by day and month ("Ngày 6-1, …"), with no
    year or the article's ("Trong 2 ngày 6 và 7/1/2026, …")."""
    start = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at)) + 1
    return any(not m.group("year") or int(m.group("year")) == pub_year for m in _DAY_MONTH.finditer(low, start, at))


_ALL_LEVELS = re.compile(r"đại hội(?: đại biểu)?(?: phụ nữ| hội lhpn)? (?:các cấp|cấp cơ sở)")


def _event_looking_back(r: _Reading) -> Found | None:
    """An event's article (its headline: "trao 300 suất quà Tết", "tổ chức Ngày hội phụ nữ") that looks back on an
    earlier year in passing ("Trong năm 2024, Hội đã vận động …", "Năm 2023, Hội đã kết nạp …") reports the event:
    the article's year, no span."""
    if not (r.event and r.pub_year):
        return None
    scans = r.scans()
    if next(scans)[0] is not None:
        return None  # the headline names its own span
    found = next((found for found, _plan in scans if found), None)
    if not (found and found[1] == "year" and found[0] is not None and found[0] < r.pub_year and found[2]):
        return None
    low = r.low_text
    at = low.find(found[2].lower())
    if at < 0:
        return None
    sentence = low[max(low.rfind(".", 0, at), low.rfind("\n", 0, at)) + 1:at]
    if _REVIEW_WORD.search(sentence):
        return None  # "ra quân … tổng kết công tác Hội năm 2024": the year the meeting reviews
    # the lede's first sentence dated to that year is the event itself ("Năm 2022, Hội đã trao 50 mái ấm")
    title_at = low.find(_lower(r.title)) if r.title else -1
    body = title_at + len(r.title) if title_at >= 0 else 0
    first = re.compile(r"\S").search(low, body)
    first_end = re.compile(r"\.(?=\s)|\n").search(low, first.start()) if first else None
    if first_end is None or at < first_end.start():
        return None
    return r.pub_year, "unknown", None


# a sentence (or a clause after ";") opening on its year: "Năm 2022 nhóm tiết kiệm được …", "; năm 2020 tăng lên …"
# (found from the literal "năm", the words before it checked after)
_YEAR_OPENS = re.compile(rf"năm ({_YEAR})(?!\d)")
_OPENS_BEFORE = re.compile(r"(?:\n|\. |; )[ \t]*(?:trong )?\Z")


def _chronicle(r: _Reading) -> Found | None:
    """A year-by-year chronicle ("Năm 2021, nhóm thành lập … Năm 2022 … Năm 2023 … Năm 2024, nhóm duy trì …"): three
    or more years each opening a sentence tell a story up to the latest, not one year's review; its year is the
    latest (or the article's, when later), no span. A headline naming its span, or a lede whose first span is not
    one of those years, decides instead."""
    scans = r.scans()
    if next(scans)[0] is not None:
        return None
    found = next((found for found, _plan in scans if found), None)
    if found is None or found[1] != "year":
        return None  # the lede names the span it reviews ("Sơ kết 3 năm thực hiện Nghị quyết … nhiệm kỳ …")
    low = r.low_text
    years = {int(m.group(1)) for m in _YEAR_OPENS.finditer(low)
             if _OPENS_BEFORE.search(("\n" if m.start() <= 12 else "") + low[max(0, m.start() - 12):m.start()])}
    if len(years) < 3 or found[0] not in years:
        return None
    return max(years | ({r.pub_year} if r.pub_year else set())), "unknown", None


# a state reached, opening its sentence: "Đến năm 2024, mô hình có 40 thành viên", "Tính đến năm 2022, tổ đã cho …";
# a goal in the same sentence ("Đến năm 2030, Hội phấn đấu có 10 HTX") is no state
_STATE = re.compile(rf"(?:^|\n|\. )(?:và |tính |cho )?(?:đến|tới) năm ({_YEAR}),")
_SENTENCE_STOP = re.compile(r"[.\n]")
_GOAL_WORDS = re.compile(r"phấn đấu|mục tiêu|kế hoạch|dự kiến|(?<!\w)sẽ(?!\w)|hướng tới|chỉ tiêu|(?<!\w)cần(?!\w)")


def _state_reached(r: _Reading) -> Found | None:
    """An undated story told from its start ("Năm 2021, mô hình được thành lập với 15 thành viên") up to a state
    reached ("Đến năm 2024, mô hình có 40 thành viên") reports the state's year, no span; a year's review ("Trong năm
    2022, Hội …") or a headline's span decides instead."""
    if r.pub_year:
        return None  # (a dated story's start is no reported year already: _not_a_reported_year)
    # the lower-cased match form when a rule made it (match form moves no letter of these words), else the lower case
    low = r.text.lower() if r._low_text is None else r._low_text
    if "đến năm" not in low and "tới năm" not in low:
        return None
    scans = r.scans()
    if next(scans)[0] is not None:
        return None
    low = r.low_text
    states = []
    for m in _STATE.finditer(low):
        stop = _SENTENCE_STOP.search(low, m.end())
        if not _GOAL_WORDS.search(low, m.end(), stop.start() if stop else len(low)):
            states.append(m)
    if not states:
        return None
    state = max(states, key=lambda m: int(m.group(1)))
    year = int(state.group(1))
    found = next((found for found, _plan in scans if found), None)
    if found is not None and not (found[1] == "year" and found[0] is not None and found[0] < year and found[2]
                                  and found[2].lower().startswith("năm ")):
        return None  # the span the text reports ("Trong năm 2022, …", "sơ kết 6 tháng …") decides
    return year, "unknown", r.text[state.start():state.end()].strip(" .\n,")


# a year plan's headline: "… ban hành Kế hoạch công tác năm 2026", "Triển khai Chương trình công tác Hội năm 2024",
# "… triển khai nhiệm vụ năm 2026", "Triển khai phương hướng, nhiệm vụ năm 2024", "Triển khai nhiệm vụ trọng tâm năm …"
# (not a part of the year: "triển khai nhiệm vụ 6 tháng cuối năm 2025")
_PLAN_HEADLINE = re.compile(rf"(?:kế hoạch|chương trình công tác|triển khai(?: phương hướng,?)? nhiệm vụ)"
                            rf"(?:(?!tháng|quý)[^.;:\n]){{0,40}}?năm ({_YEAR})(?!\d)")
# a plan asking its branches to report later is no review: "Các chi hội báo cáo kết quả 6 tháng trước ngày 15/6/2026",
# "các cơ sở Hội định kỳ báo cáo kết quả thực hiện về Thường trực Hội", "báo cáo kết quả về Hội LHPN tỉnh trước …"
_LATER_REPORT = re.compile(r"(?:(?:định kỳ|hằng (?:tháng|quý|năm)) )?báo cáo[^.;\n]{0,50}?"
                           r"(?:trước ngày|về (?:thường trực|ban thường vụ|hội lhpn))"
                           r"|(?:định kỳ|hằng (?:tháng|quý|năm)) báo cáo(?: kết quả)?")


def _year_plan(r: _Reading) -> Found | None:
    """A year plan (its headline: "Hội LHPN tỉnh ban hành Kế hoạch công tác năm 2026") plans its year, though its
    lede gives a starting point ("Năm 2025, toàn tỉnh có 124 cơ sở Hội"); a headline or lede that reviews
    ("tổng kết năm 2023, triển khai kế hoạch năm 2024") leaves the reviewed year to the rules after."""
    low_title = _lower(r.title)
    if not (m := _PLAN_HEADLINE.search(low_title)) or _REVIEW_WORD.search(low_title):
        return None
    later = [(w.start(), w.end()) for w in _LATER_REPORT.finditer(r.low_head, len(r.title))]
    if any(not any(a <= w.start() < b for a, b in later) for w in _REVIEW_WORD.finditer(r.low_head, len(r.title))):
        return None
    return int(m.group(1)), "year", r.title[m.start():m.end()]


# a Word plan's kind on its own line above its headline: "KẾ HOẠCH" / "Thực hiện nhiệm vụ công tác Hội … năm 2026"
_PLAN_ACT_ABOVE = re.compile(r"(?:^|\n)[^\S\n]*kế hoạch[^\S\n]*\n[^\S\n]*\Z")
_TITLE_YEAR = re.compile(rf"(?<!\w)năm ({_YEAR})(?!\d)")


def _plan_act(r: _Reading) -> Found | None:
    """A Word plan ("KẾ HOẠCH" above its headline) plans the year its headline names, whatever results of the year
    before it builds on ("căn cứ kết quả thực hiện nhiệm vụ năm 2025", iv13 V); a plan of months or a term is left to
    the rules after."""
    if not r.title or "năm" not in r.title:
        return None
    low_title = _lower(r.title)
    if (_SPAN_WORDS.search(low_title) or not (m := _TITLE_YEAR.search(low_title))
            or len(_TITLE_YEAR.findall(low_title)) > 1):
        return None
    at = r.text.find(r.title)
    if at <= 0 or not _PLAN_ACT_ABOVE.search(_lower(r.text[max(0, at - 40):at])):
        return None
    return int(m.group(1)), "year", r.title[m.start():m.end()]


_SPAN_WORDS = re.compile(r"tháng|quý|nhiệm kỳ|giai đoạn|\d\s*-\s*\d")


def _reported_span(r: _Reading) -> Found | None:
    """The earliest span the report sums up ("sơ kết 9 tháng đầu năm 2024", "tổng kết năm 2022", "Trong nhiệm kỳ
    2016-2021", "Năm qua" in January for the year before): in the headline, else the lede, else the whole text. A
    headline span without its year ("Sơ kết giữa nhiệm kỳ") takes the first year the body gives a span of its kind."""
    first = None
    for found, _plan in r.scans():
        if found and found[0] is not None and (first is None or found[1] == first[1]):
            return found if first is None else (found[0], first[1], first[2])
        first = first or found
    return None


def _planned_span(r: _Reading) -> Found | None:
    """A plan names the period it plans, when it reports none: "Hội LHPN phấn đấu trong năm 2025 giúp 30 hộ …",
    "triển khai nhiệm vụ trọng tâm năm 2018" (but "tổng kết năm 2017, triển khai nhiệm vụ năm 2018" reports 2017)."""
    if any(found for found, _plan in r.scans()):
        return None
    scans = r.scans()
    in_title = next(scans)[1]
    plan = in_title or next((plan for _found, plan in scans if plan), None)
    if plan and not in_title and r.event and r.pub_year and plan[0] is not None and plan[0] > r.pub_year:
        # an event's article closing on next year's aim ("Bàn giao 150 mái ấm …" / "Năm 2026, Hội tiếp tục đặt mục tiêu
        # ít nhất 200 căn"): the event, in the article's year, no span
        return r.pub_year, "unknown", None
    return plan


def _span_without_year(r: _Reading) -> Found | None:
    """A span named without its year anywhere ("sơ kết 6 tháng đầu năm"): the article's year, else the year the
    text names most."""
    first = next((found for found, _plan in r.scans() if found), None)
    if first is None:
        return None
    years = _years_named(r.low_text)
    return (r.pub_year or (years.most_common(1)[0][0] if years else None)), first[1], first[2]


def _cut_off_date(r: _Reading) -> Found | None:
    """Results counted to a date of the year before the article ("Tính đến ngày 31/12/2025, … dư nợ đạt 616,7 tỷ đồng"
    in an article of January 2026 that signs a programme for 2026-2030) report that year, no span; a cut-off in the
    article's own year leaves it the article's."""
    if not r.pub_year:
        return None  # an undated text's cut-off already dates it (headline._lede_date)
    low = r.low_text
    cuts = [(int(m.group(1)), m) for m in _CUT_OFF.finditer(low)
            if not _GOAL_BEFORE.search(low, max(0, m.start() - 40), m.start())]
    if not cuts or max(y for y, _m in cuts) != r.pub_year - 1:
        return None
    year, m = max(cuts, key=lambda c: c[0])
    return year, "unknown", r.text[m.start():m.end()]


_GOAL_BEFORE = re.compile(r"phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự kiến")


_PAST_YEAR = re.compile(r"(?:tổng kết|kết quả|trong)?[^\S\n]*(?:một )?năm (?:vừa )?qua(?!\w)")


def _undated_past_year(r: _Reading) -> Found | None:
    """An undated review of "năm qua" ("Hội LHPN xã tổng kết công tác Hội năm qua") that names no year at all (a
    photo's date is no year of the text: headline_sites.article_text): a year's review, its year unknown."""
    if r.pub_year:
        return None
    low = r.low_text
    if _years_named(low):
        return None
    for m in _PAST_YEAR.finditer(low):
        if not _SEVERAL.search(low[max(0, m.start() - 8):m.start()]):
            return None, "year", r.text[m.start():m.end()].strip()
    return None


def _no_span(r: _Reading) -> Found:
    """Campaigns, one-off events, features and programme periods have no span: the article's year (its date line or
    stored date), else the end of a programme's period, else the year the text names most (see _unknown_span)."""
    low = r.low_text
    return _unknown_span(low, r.low_head, r.head, r.pub_year, _years_named(low))


# a congress's document titled on the term it closes and the term it opens: "Báo cáo kết quả thực hiện Nghị quyết …
# nhiệm kỳ 2021 - 2026 và mục tiêu nhiệm kỳ 2025 - 2030", "KẾT QUẢ NHIỆM KỲ 2021 - 2026 VÀ CHỈ TIÊU NHIỆM KỲ 2025 -
# 2030"
_TWO_TERMS = re.compile(
    rf"nhiệm kỳ\s*(?P<first>{_YEAR})\s*[-–]\s*{_YEAR}[^\n.;]{{0,60}}?\s(?:và|;|,)\s+(?:(?:các|những)\s+)?"
    rf"(?:mục tiêu|chỉ tiêu|phương hướng|nhiệm vụ|định hướng)[^\n.;]{{0,60}}?"
    rf"(?P<label>nhiệm kỳ\s*(?P<lo>{_YEAR})\s*[-–]\s*{_YEAR})")
# the action programme carrying out a congress's resolution for its term: "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "Thực hiện Nghị
# quyết Đại hội đại biểu Phụ nữ tỉnh Cao Bằng lần thứ XVIII, nhiệm kỳ 2025 - 2030"
_TERM_PROGRAMME = re.compile(
    rf"chương trình hành động\s*(?:của[^\n]{{0,100}})?\s*thực hiện nghị quyết đại hội[^\n.;]{{0,120}}?"
    rf"(?P<label>nhiệm kỳ\s*(?P<lo>{_YEAR})\s*[-–]\s*{_YEAR})[^\S\n]*(?:\n|$)")


def _congress_documents(r: _Reading) -> Found | None:
    """A congress's own documents named in the headline: the report on the term it closes and the targets of the term
    it opens, or the action programme carrying out its resolution: the new term, in its first year (the congress
    year, SCHEMA), whatever year a line of its plan names (iv22 P15)."""
    if "nhiệm kỳ" not in r.low_head:
        return None  # (a literal test first: most texts name no term)
    window = r.low_head[:len(r.title) + 400]
    m = _TWO_TERMS.search(window) or _TERM_PROGRAMME.search(window)
    if m is None or (m.re is _TWO_TERMS and int(m.group("lo")) <= int(m.group("first"))):
        return None
    at = m.start("label")
    return int(m.group("lo")), "term", r.head[at:m.end("label")]


# The period rules, in order: the first that finds a period decides (its name goes to ``period_rule``).
PERIOD_RULES = (_midterm_review, _own_congress, _congress_documents, _event_looking_back, _chronicle, _state_reached,
                _year_plan, _plan_act, _reported_span, _planned_span, _span_without_year, _cut_off_date,
                _undated_past_year, _no_span)


def _years_named(low: str) -> Counter:
    """The years a text names as years ("năm 2023", not "từ năm 2020"), else after a month or in a date."""
    # ("từ năm 2021 đến nay" runs to an undated present: it names the start, not a year of the period)
    return Counter(int(y) for y in re.findall(rf"(?<!từ )năm ({_YEAR})", low)) or Counter(
        int(y) for y in re.findall(rf"năm ({_YEAR})(?! (?:đến|tới) nay)", low)) or Counter(
        int(y) for y in _MONTH_YEAR.findall(low)) or Counter(  # "Tính đến hết tháng 9/2022, … đã giúp 200 hộ"
        int(y) for y in _DAY_DATE.findall(low))  # "Từ ngày 01 - 08/3/2024, …": the year of the dates it names
