"""Title, publication date, reporting level, province and period of one report.

The headline is the first line that is neither page furniture nor the lede; the article's date is the date line
under it (a clock above it, or beside a hotline or visitor counter, is the site's, even when the stored "date …"
prefix copied it). The reporting organisation is read from the headline first, then from the first paragraph
("Hội LHPN tỉnh Bắc Kạn tổ chức sơ kết…", "Hội LHPN thành phố Bắc Kạn…"; a union visited for a working session, or
whose congress a higher union attends, before its visitor; guests' titles, anniversaries, lower unions it counts ("10
hội LHPN xã trên địa bàn huyện …") and the upper congress its delegates go to never), then by counting level words
("toàn tỉnh", "Hội LHPN huyện"; not the central union that directs). A newspaper's masthead and the person Hồ Chí Minh
name no province. The period is the span the report sums up: a mid-term review or the
reporter's own congress (the year it meets: the first of the term it opens, the end of the one it reviews), else
the earliest reported span ("sơ kết 9 tháng đầu năm", "tổng kết năm 2022", "Trong nhiệm kỳ 2016-2021", "Năm qua"
in January for the year before), never the one it plans ("triển khai nhiệm vụ 3 tháng cuối năm", "triển khai
nhiệm vụ trọng tâm năm 2018") unless it reports none, nor a baseline ("so với năm 2016"); events, campaigns and
programmes have no span and take the article's year.
"""
from __future__ import annotations

import re
from collections import Counter

from . import catalogue
from .text import match_form

# Place names are capitalised word by word ("Yên Định", "Cam Linh"); the words around them are not.
# Vietnamese capitals (a range such as "À-Ỹ" would let lower-case "đã" in); names are capitalised word by word.
_UPPER = "".join(sorted({c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha()}))
_NAME = rf"[A-Z{_UPPER}][\w]*(?:[ -][A-Z{_UPPER}0-9][\w]*){{0,3}}"
# "TX Đông Hòa" and "TX. Cửa Lò" are how headlines shorten "thị xã"
# "H.Xuân Lộc", "Q.Ninh Kiều", "TT.Phong Điền" shorten "huyện", "quận", "thị trấn"
_KINDS = (r"tỉnh|thành\s+phố|TP\.\s*|Tp\.\s*|TP\s+|thị\s+xã|TX\.\s*|TX\s+|huyện|quận|thị\s+trấn|xã|phường|đặc\s+khu"
          r"|H\.\s*|Q\.\s*|TT\.\s*|Việt\s+Nam|toàn\s+quốc")
_ORG = re.compile(  # "Hội LHPN tỉnh Bắc Kạn", "Đại hội đại biểu Phụ nữ xã Ea Tu", "Hội LHPN Hà Nội" (kind left out),
    # "Hội Liên hiệp Phụ nữ (LHPN) tỉnh Lạng Sơn" (the abbreviation introduced in brackets)
    rf"(?i:(?:Đại\s+)?Hội(?:\s+điểm)?(?:\s+đại\s+biểu)?\s+(?:LHPN|Liên\s+hiệp\s+Phụ\s+nữ|Phụ\s+nữ|PN)"
    rf"(?:\s*\(\s*(?:LHPN|PN)\s*\))?\s+({_KINDS})?)"
    rf"(?:[ \t]*({_NAME}))?",  # the name is on the same line: "Hội LHPN huyện\nThứ 6, 15/04" names nothing
)
_WOMEN_OF = re.compile(rf"(?i:Phụ\s+nữ\s+({_KINDS}))\s*({_NAME})")  # a headline: "Phụ nữ huyện Krông Búk …"
_NOT_THE_REPORTER = re.compile(  # "sự chỉ đạo của Trung ương Hội LHPN Việt Nam", "tổ chức tại Hội LHPN tỉnh Hà Nam",
    # a guest's title ("Ủy viên Đoàn Chủ tịch TW Hội LHPN Việt Nam"), an anniversary ("Ngày thành lập Hội LHPN Việt
    # Nam"), a congress others attended or heard about ("nghe báo cáo kết quả Đại hội đại biểu Phụ nữ toàn quốc")
    r"(?<!\w)(?:của|chỉ đạo|lãnh đạo|phối hợp với|với|tại|ở|đến|thăm|cùng|và|cho|thành lập|ủy viên|uỷ viên|dự"
    r"|báo cáo kết quả|(?:quán triệt|học tập|triển khai|thực hiện)"
    r"(?: (?:nghị quyết|kế hoạch|chỉ thị|hướng dẫn|chương trình|đề án|kết luận)(?: số [\w/-]+)?)?"
    r"|tiến tới|hướng tới|chào mừng)"  # "Tiến tới Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X": an upper congress
    r"(?:\s+(?:trung ương|tư|tw|ban thường vụ|ban chấp hành|bch|đoàn chủ tịch|thường trực)){0,2}\s*$"
)
# a central leader or department attending a lower union's meeting is a guest: "bà Nguyễn Thị A, Phó Chủ tịch Hội LHPN
# Việt Nam", "đại diện Ban Tuyên giáo Trung ương Hội LHPN Việt Nam"
_CENTRAL_GUEST = re.compile(r"(?:chủ tịch|đại diện|lãnh đạo|(?<!\w)ban [\w ]{2,30}?)(?:\s+(?:trung ương|tư|tw))?\s*$")
# "Hội LHPN tỉnh Long An làm việc với Hội LHPN huyện": the union visited for a working session is the one whose
# results are reported, so it is the reporter, before the visitor named first
_VISITED = re.compile(r"(?<!\w)làm việc (?:với|tại)(?:\s+(?:ban thường vụ|ban chấp hành|thường trực))?\s*$")
# "Đại hội … huyện đã bầu 15 đại biểu (đi) dự Đại hội đại biểu phụ nữ tỉnh Đồng Nai": the upper congress the delegates
# are elected to attend is not the reporter's (unlike "120 đại biểu dự Đại hội … xã Ea Tu", the congress attended)
_DELEGATES_TO = re.compile(r"(?:(?<!\w)bầu(?:\s+(?:ra|chọn))?(?:\s+\S+){0,4}?\s+đại biểu\s+(?:chính thức\s+)?(?:đi\s+)?"
                           r"|(?<!\w)đi\s+)dự\s*$")
# "10 hội LHPN xã", "21/21 Hội LHPN xã", "các Hội LHPN xã" (not a date: "Sáng 15/1 Hội LHPN huyện …", "năm 2023 Hội …")
_COUNTED = re.compile(r"(?:(?<![\w/.,])(?<!sáng )(?<!chiều )(?<!tối )(?<!trưa )(?<!ngày )(?<!hôm )(?<!đêm )"
                      r"\d{1,3}(?:/\d{1,3})?\s*%?|(?<!\w)(?:các|những|nhiều|mỗi))\s*$", re.IGNORECASE)
_UNITS_OF = re.compile(rf"(?:\s*(?:,|và)\s*(?i:xã|phường|thị trấn))*\s*(?i:trên địa bàn|thuộc|trong|của)\s+"
                       rf"(?i:(huyện|quận|thị xã|thành phố|TP\.?|tỉnh))(?!\w)\s*({_NAME})?")
_CITY = re.compile(rf"(?:(?i:thành\s+phố)|TP\.?|Tp\.?)\s*({_NAME})")
_HIGHER_PLACE = re.compile(rf"(?i:huyện|quận|thị xã|thành phố)\s+({_NAME})")
_ORG_CAPS = re.compile(  # headlines in capitals: "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH PHƯỚC NHẬN …"
    r"HỘI\s+(?:LHPN|LIÊN\s+HIỆP\s+PHỤ\s+NỮ|PHỤ\s+NỮ)\s+(TỈNH|THÀNH\s+PHỐ|TP\.?|THỊ\s+XÃ|HUYỆN|QUẬN|XÃ|PHƯỜNG)\s+"
    r"([A-ZĐÀ-Ỹ]+(?:\s+[A-ZĐÀ-Ỹ]+){0,3})"
)
_CLUSTER = re.compile(r"cụm thi đua", re.IGNORECASE)
_LEVEL_WORDS = {
    # a centrally-run city's whole territory ("toàn Thành phố Hồ Chí Minh", "toàn thành phố Đà Nẵng") is a province's
    "province": re.compile(r"toàn tỉnh|tỉnh hội|hội lhpn tỉnh|cấp tỉnh|hội liên hiệp phụ nữ tỉnh|thành hội"
                           r"|toàn thành phố (?:hồ chí minh|hà nội|hải phòng|đà nẵng|cần thơ|huế)"
                           r"|trên địa bàn tỉnh|các cấp hội trong tỉnh|nhiệm vụ chính trị của tỉnh"),
    # a union follows its own level's political tasks: "bám sát nhiệm vụ chính trị của huyện"
    "district": re.compile(r"toàn huyện|huyện hội|hội lhpn (?:huyện|quận|thị xã)|toàn quận|toàn thị xã"
                           r"|nhiệm vụ chính trị của (?:huyện|quận|thị xã)"),
    "commune": re.compile(r"toàn xã|hội lhpn (?:xã|phường|thị trấn)|toàn phường|hội phụ nữ (?:xã|phường)"
                          r"|nhiệm vụ chính trị của (?:xã|phường|thị trấn)"),
    # the central union that directs ("định hướng chỉ đạo của Trung ương hội", "hướng dẫn của TW Hội") does not report
    "central": re.compile(r"trung ương hội|tư hội|đoàn chủ tịch trung ương|hội lhpn việt nam tổ chức|cả nước"
                          r"|toàn quốc"),
}
_DIRECTED_BY = re.compile(r"(?:(?:của|theo|chỉ đạo|hướng dẫn|định hướng)"
                          r"(?:\s+(?:đoàn chủ tịch|ban thường vụ|ban chấp hành|thường trực))?"
                          r"|nghị quyết đại hội(?: đại biểu)?(?: phụ nữ)?)\s*$")
_KIND_LEVEL = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district",
               "thị trấn": "commune", "xã": "commune", "phường": "commune", "đặc khu": "commune",
               "việt nam": "central",
               "toàn quốc": "central"}

_PUBLISHED_PREFIX = re.compile(
    r"(?im)^\s*(?:date|ngày đăng|đăng ngày|cập nhật|published)\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)")
_DATELINE = re.compile(
    r"(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])(?:\s*[-–,|]?\s*(\d{1,2}):(\d{2})(:\d{2})?)?"
)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")

_YEAR = r"(?:19[4-9]\d|20\d\d)"
_RANGE = rf"({_YEAR})\s*[-–]\s*({_YEAR})"
_SPANS = [  # (span, pattern) on lower-cased match form; the year may follow the phrase
    ("9m", re.compile(rf"(?:9|chín) tháng(?: đầu năm| năm)?(?: ({_YEAR}))?")),
    ("6m", re.compile(  # "6 tháng đầu năm 2024", "sơ kết công tác Hội 6 tháng năm 2025"
        rf"(?:6|sáu) tháng(?: đầu)? năm(?: ({_YEAR}))?|nửa đầu năm(?: ({_YEAR}))?")),
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
_MONTH_YEAR = re.compile(rf"(?<!\w)tháng (?:0?[1-9]|1[0-2])(?:/| năm )({_YEAR})(?!\d)")
# A congress closes one term and opens the next, so its year is the new term's first: "Đại hội đại biểu Phụ nữ xã
# Ea Tu lần thứ XIV, nhiệm kỳ 2025-2030", "Đại hội sẽ … đề ra phương hướng nhiệm vụ nhiệm kỳ 2022-2027". A Party
# congress is someone else's ("chào mừng Đại hội Đảng bộ tỉnh"), unless it is the union's own Party committee's
# ("Đại hội Đảng bộ Cơ quan Trung ương Hội LHPN Việt Nam lần thứ I, nhiệm kỳ 2025 - 2030").
_CONGRESS_WORD = (r"đại hội(?! thể dục| (?:đại biểu )?đảng(?! bộ (?:cơ quan )?(?:trung ương |tw )?"
                  r"(?:hội |cơ quan )?(?:lhpn|liên hiệp phụ nữ|phụ nữ)))")
_CONGRESS = re.compile(_CONGRESS_WORD)
# the term a congress opens, also without "nhiệm kỳ": "lần thứ I (2025 - 2030)", "khóa I, 2025-2030"
_CONGRESS_TERM = re.compile(rf"(?:nhiệm kỳ\s*|(?<=lần thứ )[ivxlc\d]+\s*[,(]?\s*|(?<=khóa |khoá )[ivxlc\d]+\s*[,(]?\s*)"
                            rf"{_RANGE}")
_CONGRESS_TITLE = re.compile(rf"{_CONGRESS_WORD}(?P<body>[^\n]*)")
# the term a congress reviews ("kết quả thực hiện Nghị quyết … nhiệm kỳ 2020-2025", "Nhiệm kỳ 2020-2025, …") ends
# when the congress meets; the term it opens ("phương hướng, nhiệm vụ nhiệm kỳ 2025-2030") starts then
_REVIEWED_TERM = re.compile(r"(?<!thông qua )nghị quyết|kết quả|tổng kết|đánh giá|(?:trong|qua|suốt)\s*$|^\W*$")
_OPENED_TERM = re.compile(r"phương hướng|nhiệm vụ|đề ra|bầu|ban chấp hành|mục tiêu|thông qua nghị quyết")
_NOT_OWN_CONGRESS = re.compile(r"(?:nghị quyết|chỉ tiêu|kết quả|thực hiện|quán triệt|học tập|chào mừng|hướng tới)\s*$")
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
_PLAN_WORD = re.compile(r"(?<!đã )triển khai|phương hướng|kế hoạch|dự kiến|phấn đấu|mục tiêu|giao ước thi đua"
                        r"|phát động thi đua|đăng ký thi đua")
_REVIEW_WORD = re.compile(r"sơ kết|tổng kết|kết quả|đánh giá|báo cáo")
_PLAN_SPAN = re.compile(r"(?:\d|sáu|ba|chín) tháng cuối năm|cuối năm")


def extract_document_info(text: str, *, meta_title: str | None = None, meta_published: str | None = None) -> dict:
    """Metadata of one normalised report: title, published, org_level, province, place, period."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    at, title = _headline(lines)
    title = title or meta_title
    if meta_title and (not title or len(title) < 8):
        title = meta_title
    named = _province_mentions(text, title or "")  # found once, used below
    org_level, province, place = _organisation(text, title or "", named)
    published = _published(text, lines, at) or meta_published
    year, span, label = _period(text, title or "", _event_date(text, published), org_level)
    return {
        "title": title, "published": published, "org_level": org_level, "province": province,
        "province_note": _province_note(named, province, place, org_level),
        "place": place, "period_year": year, "period_span": span, "period_label": label,
    }


def _province_note(named: Counter, province: str | None, place: str | None, level: str | None) -> str:
    """Where the province came from, or why there is none."""
    if province:
        return "named in the text" if province in named else f"from the gazetteer ({place})"
    if level == "cluster" or len(named) > 1:
        return "several provinces named: " + ", ".join(sorted(named)) if named else "no province named"
    if place:
        return catalogue.resolve_place(place, level or "")[1]  # it reads the kind ("thị xã", "xã") itself
    masthead = getattr(named, "masthead", None)
    if masthead:
        return "only the newspaper names " + ", ".join(sorted(masthead))
    return "no province named in the text"


# -- headline and publication date ----------------------------------------------------------------------
_DATE_PREFIX = re.compile(r"(?i)^(?:date|ngày đăng|đăng ngày|cập nhật|published)\s*:?\s*\d{4}(?:-\d{2}(?:-\d{2})?)?\s*")
_FURNITURE = re.compile(  # site banners, menus, weather, hotlines, share buttons
    r"(?i)https?://|www\.|\.(?:com|vn|net)\b|hotline|tòa soạn|toà soạn|tổng biên tập|chuyên mục|trang chủ|google news"
    r"|đăng nhập"
    r"|°c|\|\s*$|^/|đường dây nóng|truy cập|đang online|^\d{1,3}(?:,\d{3}){2,}\b"  # "25,431,002 lượt truy cập"
)
# a site's clock sits beside its hotline, weather or visitor counter ("HOTLINE: 0987 654 321 | Thứ ba, ngày
# 15/12/2020"); an article's own view count ("804 lượt xem") may stand beside its date
_PAGE_CLOCK_COMPANY = re.compile(r"(?i)hotline|đường dây nóng|°c|truy cập|đang online")
_DATE_WORDS = re.compile(r"(?i)thứ\s+(?:\w+|\d)|chủ nhật|gmt\s*\+?\s*\d*|\d{1,2}:\d{2}(?::\d{2})?|[\d/.\-|,\[\]()+]+")
# a lede, not a headline: "(HBĐT) - Chiều 23/7, …", "TPO - Sáng 6/12 …", "Theo Ban tổ chức, Đại hội được tổ chức …."
_AGENCY = re.compile(r"^(?:\([A-ZĐ]{2,8}\)|[A-ZĐ]{2,8})\s*[-–]\s")


# an English page clock: "Sat. May 21st, 2022", "Monday, January 3, 2022", "Tue, 12 Mar 2024 08:15"
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_EN_DATE_LINE = re.compile(
    rf"(?i)^\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_EN_MONTH}),?\s+\d{{4}}"
    rf"(?:\s*,?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]m)?)?\s*$")


def _is_date_line(line: str) -> bool:
    """"Thứ Hai, 28/04/2025, 22:04 (GMT+7)", "31/10/2023", "14:58 29/08/2025": a date and nothing else."""
    return bool(_DATELINE.search(line) or _ISO.search(line)) and len(_DATE_WORDS.sub(" ", line).split()) <= 4


def _headline(lines: list[str]) -> tuple[int, str | None]:
    """The headline and its line: the first line that is neither page furniture (banners, menus, weather, clocks,
    a "date …" prefix) nor a lede sentence (an agency tag, a long or full-stopped sentence); None if the excerpt
    starts with its lede."""
    for i, line in enumerate(lines[:12]):
        line = _DATE_PREFIX.sub("", line) if i == 0 else line
        if (not line or _FURNITURE.search(line) or _is_date_line(line) or _EN_DATE_LINE.match(line)
                or len(line.split()) < 4):
            continue
        lede = (_AGENCY.match(line) or len(line) > 220
                or (line.endswith(".") and (len(line) > 120 or ", " in line)))
        return i, (None if lede else line[:300])
    return -1, None


def _published(text: str, lines: list[str], headline_at: int = -1) -> str | None:
    """The article's date: the stored page's "date …" prefix, unless that is the page clock's date and the article
    prints its own date line ("12/01/2018 | 09:47 GMT+7" under "HOTLINE: … Thứ ba, ngày 15/12/2016"); else the
    first date line that is not a page clock."""
    article, clocks, weak = None, set(), []
    for i, line in enumerate(lines[:max(8, headline_at + 4)]):  # below a tall page header too
        line = _DATE_PREFIX.sub("", line) if i == 0 else line
        if _PAGE_CLOCK_COMPANY.search(line):
            clocks.update(_date_of(c.group(0)) for c in _DATELINE.finditer(line))  # however long the banner
            continue
        if len(line) > 90 or not _is_date_line(line):
            continue  # a sentence holding a date ("Ngày 3.9.2021, Hội LHPN huyện tổ chức …") is not a date line
        date = _date_of(line)
        if i < headline_at and re.match(r"(?i)\s*thứ\s+\w+,\s*ngày\s+\d", line):
            weak.append(date)  # "Thứ ba, ngày 15/12/2016" above the headline: the site's clock, unless the only date
            continue
        if (re.search(r"(?i)thứ\s+\w+,\s*ngày\s+\d+\s+tháng", line)
                or (i < headline_at and re.search(r"\d{1,2}:\d{2}", line))):
            # a page clock: "Thứ năm, ngày 2 tháng 5 năm 2024", "Hotline: … | Thứ ba, ngày 15/12/2020", a date
            # with a time above the headline ("Thứ Hai, 28/04/2025, 22:04")
            clocks.add(date)
            continue
        if date and article is None:
            article = date
    if (m := _PUBLISHED_PREFIX.search(text[:600])):
        copied_clock = any(c and c.startswith(m.group(1)) for c in clocks | set(weak))
        return article if article and copied_clock else m.group(1)
    return article or next(iter(weak), None)


def _date_of(line: str) -> str | None:
    """The first date of a date line, ISO-formatted."""
    m = _DATELINE.search(line)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _ISO.search(line)
    return m.group(0) if m else None


# -- organisation and province ----------------------------------------------------------------------------
# "phường Vĩnh Phúc", "xã Hà Nam", "huyện Quảng Ninh": a place named like a province is not that province
_PLACE_KIND_BEFORE = re.compile(r"(?<!\w)(?:xã|phường|huyện|quận|thị trấn|tx\.?|tt\.?)\s*$")


_PERSON_BEFORE = re.compile(  # a capitalised surname, then up to two given names ("Đoàn" is also a delegation)
    r"(?<!\w)(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Mai|Cao|Lương|Hà"
    rf"|Tạ|Triệu|Nông|Lò)(?:[ \t]+[A-Z{_UPPER}]\w*){{0,2}}[ \t]+$")
_MEDIA_BEFORE = re.compile(r"(?<!\w)(?:báo|đài|tạp chí|truyền hình|phát thanh)\s*$")


def _line_at(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


_FORMER = re.compile(r"\s*\(?\s*(?:cũ|trước đây)\b", re.IGNORECASE)


class _Named(Counter):
    """The provinces a text names, counted; ``written_tinh`` counts those written "tỉnh X", ``in_title`` those in
    the headline, ``masthead`` those only a newspaper's name or masthead gives ("Báo Bình Dương")."""
    written_tinh: Counter
    in_title: Counter
    masthead: Counter


def _province_mentions(text: str, title: str) -> _Named:
    named = _Named()
    named.written_tinh, named.in_title, named.masthead = Counter(), Counter(), Counter()
    title_at = text.find(title) if title else -1
    for start, end, name in catalogue.find_provinces(text):
        before = match_form(text[max(0, start - 12):start]).lower()
        if _PLACE_KIND_BEFORE.search(before) or _FORMER.match(text, end):
            continue  # "phường Vĩnh Phúc"; "(huyện Đồng Phú, tỉnh Bình Phước cũ), tỉnh Đồng Nai" names Đồng Nai
        if _PERSON_BEFORE.search(text[max(0, start - 24):start]):
            continue  # a person named like a province: "bà Nguyễn Thị Thái Bình", "ông Lê Hà Nam"
        line = _line_at(text, start)
        if _MEDIA_BEFORE.search(before) or (len(line) <= 150 and _FURNITURE.search(line)):
            named.masthead[name] += 1  # a newspaper or its masthead: "Báo Bình Dương điện tử - www.baobinhduong.vn"
            continue
        named[name] += 1
        if before.rstrip().endswith("tỉnh"):
            named.written_tinh[name] += 1
        if title_at >= 0 and title_at <= start < title_at + len(title):
            named.in_title[name] += 1
    return named


def _organisation(text: str, title: str, named: Counter) -> tuple[str | None, str | None, str | None]:
    """Level, province and place of the reporting organisation: the headline's organisation, else a cluster
    headline ("Cụm thi đua …"), else the first paragraph's organisation, else a vote of level words."""
    mtitle, mfirst = match_form(title), match_form(text[:1500])
    found = _first_org(mtitle, text, named, named_only=True)
    if found:
        return found
    if _CLUSTER.search(mtitle):
        return "cluster", None, None  # a cluster report is about its member provinces, never its host
    found = (_first_org(mtitle, text, named) or _first_org(mfirst, text, named)
             or _first_org(mtitle, text, named, patterns=(_WOMEN_OF,)))
    if found:
        return found
    if _CLUSTER.search(mfirst[:400]):
        return "cluster", None, None  # a cluster report is about its member provinces, never its host
    votes = Counter()
    low = match_form(text).lower()
    for level, pattern in _LEVEL_WORDS.items():
        # the central union that directs ("định hướng chỉ đạo của Trung ương hội", "theo hướng dẫn của Đoàn Chủ tịch
        # Trung ương Hội") is not the reporter
        votes[level] = sum(1 for v in pattern.finditer(low)
                           if level != "central" or not _DIRECTED_BY.search(low[max(0, v.start() - 30):v.start()]))
    level = votes.most_common(1)[0][0] if votes and votes.most_common(1)[0][1] else None
    province = _only_province(named)
    # a text naming one province and no union is that province's; so is a provincial paper's ("Báo Bình Dương"),
    # though the province stays unnamed
    paper = len(getattr(named, "masthead", ())) == 1
    return level or ("province" if province or paper else None), province, None


def _first_org(where: str, text: str, named: Counter, named_only: bool = False, patterns=None
               ) -> tuple[str | None, str | None, str | None] | None:
    hits = [hit for p in (patterns or (_ORG_CAPS, _ORG)) for hit in p.finditer(where)]
    # the union visited for a working session, and the one whose congress a higher union attends ("Hội LHPN tỉnh Phú
    # Thọ dự Đại hội điểm Phụ nữ phường Vĩnh Yên"), speak for themselves whether or not the headline names them
    visited = [m for m in hits if m.group(1) and (
        _VISITED.search(where[max(0, m.start() - 40):m.start()].lower())
        or (m.group(0)[:3].lower() == "đại" and m.group(2) and _KIND_LEVEL.get(_kind(m.group(1))) != "central"
            and re.search(r"(?<!\w)dự\s*$", where[max(0, m.start() - 8):m.start()])
            and not _DELEGATES_TO.search(where[max(0, m.start() - 60):m.start()].lower())))]
    for m in visited:
        kind = _kind(m.group(1))
        level, province, place = _resolve_org(kind, m.group(2).strip() if m.group(2) else None, text, named)
        if level:
            return level, province, place
    for m in hits:
        if m.group(1) is None:
            # "Hội LHPN Hà Nội": no kind word, so only a province name makes it an organisation
            province = catalogue.resolve_province(m.group(2)) if m.group(2) else None
            if province and not _NOT_THE_REPORTER.search(where[max(0, m.start() - 30):m.start()].lower()):
                return "province", province, None
            continue
        kind = _kind(m.group(1))
        if named_only and not m.group(2) and _KIND_LEVEL.get(kind) != "central":
            continue
        if _COUNTED.search(where[max(0, m.start() - 12):m.start()]):
            # "10 hội LHPN xã trên địa bàn huyện Tây Giang", "các Hội LHPN xã thuộc huyện Mường Nhé": lower unions
            # counted by the one above them, which reports when it is named there
            up = _UNITS_OF.match(where, m.end())  # "… trên địa bàn tỉnh": the province, named or not
            if up and (found := _resolve_org(_kind(up.group(1)), up.group(2), text, named))[0]:
                return found
            continue
        before = where[max(0, m.start() - 40):m.start()].lower()
        if _KIND_LEVEL.get(kind) == "central" and _CENTRAL_GUEST.search(before):
            continue  # "bà Nguyễn Thị A, Phó Chủ tịch Hội LHPN Việt Nam", "đại diện Ban Tuyên giáo Trung ương Hội …"
        attending_a_congress = m.group(0)[:3].lower() == "đại" and before.rstrip().endswith("dự")
        if attending_a_congress and _DELEGATES_TO.search(where[max(0, m.start() - 60):m.start()].lower()):
            continue
        if _NOT_THE_REPORTER.search(before) and not attending_a_congress:
            continue  # "sự chỉ đạo của Hội LHPN tỉnh", "tổ chức tại Hội LHPN tỉnh Hà Nam"; but "120 đại biểu dự Đại
            # hội đại biểu Phụ nữ xã Ea Tul" is that commune's congress
        name = m.group(2).strip() if m.group(2) else None
        level, province, place = _resolve_org(kind, name, text, named)
        if level:
            return level, province, place
    return None


def _kind(written: str) -> str:
    kind = re.sub(r"\s+", " ", written).lower().strip().rstrip(".").strip()
    return {"tx": "thị xã", "h": "huyện", "q": "quận", "tt": "thị trấn"}.get(kind, kind)


def _resolve_org(kind: str, name: str | None, text: str, named: Counter) -> tuple[str | None, str | None, str | None]:
    if kind in ("tp", "thành phố"):
        central = catalogue.resolve_province(f"TP.{name}") or catalogue.resolve_province(name) if name else None
        if central and catalogue.is_central_city(central):
            return "province", central, None
        if not name:
            return _unnamed_city(text, named)
        kind_level = "district"  # a provincial city: "thành phố Bắc Kạn", "thành phố Vinh"
    else:
        kind_level = _KIND_LEVEL.get(kind)
    if kind_level == "central":
        # the central union's visit or programme in one province is about that province when the headline says so
        # ("'Tết yêu thương' đến với phụ nữ, trẻ em khu vực biên giới Tây Ninh")
        in_title = getattr(named, "in_title", Counter())
        return "central", next(iter(in_title)) if len(in_title) == 1 else None, None
    if kind_level == "province":
        prov = catalogue.resolve_province(name) if name else None
        # "Hội LHPN tỉnh tổ chức …": the province written "tỉnh X" beats a venue ("tại thủ đô Hà Nội")
        return "province", prov or _written_tinh(named) or _only_province(named), None
    if not name and kind_level in ("district", "commune"):
        # "Hội LHPN huyện tiếp đoàn": the name is written elsewhere ("đến huyện Thủ Thừa làm việc")
        name = next((w.group(1) for w in re.finditer(rf"(?i:(?<!\w){kind})[ \t]+({_NAME})", text)
                     if catalogue.resolve_place(f"{kind} {w.group(1)}", kind_level)[0]), None)
    if name and kind_level in ("district", "commune"):
        name = _place_name(kind, name, kind_level)
    if not name:
        if kind in ("tp", "thành phố"):
            return _unnamed_city(text, named)
        return kind_level, _only_province(named), None
    place = f"{'thành phố' if kind == 'tp' else kind} {name}"
    # a provincial city often bears its province's name ("thành phố Bắc Kạn"); otherwise ask the gazetteer
    # (unambiguous names only), then the district a commune report names, then the province the text names most
    prov = catalogue.resolve_province(name) if kind in ("tp", "thành phố", "thị xã") else None
    if prov is None:
        prov, reason = catalogue.resolve_place(f"{kind} {name}" if kind != "tp" else name, kind_level)
        if prov is None and reason.startswith("ambiguous: "):
            # "phường Vĩnh Phúc" is in Hà Nội and in Phú Thọ: the one the text names ("Hội LHPN tỉnh Phú Thọ")
            candidates = set(reason.removeprefix("ambiguous: ").split(", "))
            hits = {p for p in named if p in candidates or catalogue.province_2025(p) in candidates}
            prov = hits.pop() if len(hits) == 1 else None
    if prov is None and kind_level == "commune":
        for hm in _HIGHER_PLACE.finditer(text[:1500]):
            prov, _reason = catalogue.resolve_place(hm.group(1), "district")
            if prov:
                break
    if prov and named and prov not in named:
        # a place the gazetteer knows under its old province, in a text that names the province it belongs to since
        # 1 July 2025 ("xã An Khương, tỉnh Đồng Nai"), or the other way round: the province the text names
        merged = [q for q in named if catalogue.province_2025(q) == catalogue.province_2025(prov)]
        prov = merged[0] if len(merged) == 1 else prov
    return kind_level, prov or _only_province(named), place


_SURNAMES = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
             "dương", "lý", "đinh", "đoàn", "trịnh", "mai", "cao", "lương", "hà", "tạ", "triệu", "nông", "lò"}


def _place_name(kind: str, name: str, level: str) -> str | None:
    """The place a name after "huyện"/"xã"/"thành phố" really names: the longest leading words the gazetteer knows
    ("ĐỒNG XOÀI NHIỆM KỲ 2016" → "ĐỒNG XOÀI"); a person's name after an office ("Chủ tịch Hội LHPN thành phố Trần
    Thị Kim Loan") names none; an unknown name is kept as written."""
    words = name.split()
    kind = "thành phố" if kind == "tp" else kind
    for n in range(len(words), 0, -1):
        if catalogue.resolve_place(f"{kind} {' '.join(words[:n])}", level)[1] != "not found":
            return " ".join(words[:n])
    if len(words) >= 3 and words[0].lower() in _SURNAMES:
        return None
    return name


def _unnamed_city(text: str, named: Counter) -> tuple[str | None, str | None, str | None]:
    """"Hội LHPN thành phố" without a name: the city the text names elsewhere ("UBND TP. Huế" → the centrally-run
    city's union, "thành phố Vinh" → a provincial city's); a text naming no place is a city paper's own union."""
    for m in _CITY.finditer(text):
        city = catalogue.resolve_province(f"TP.{m.group(1)}") or catalogue.resolve_province(m.group(1))
        if city and catalogue.is_central_city(city):
            return "province", city, None
        province, _reason = catalogue.resolve_place(f"thành phố {m.group(1)}", "district")
        if province:
            return "district", province, f"thành phố {m.group(1)}"
    central = [p for p in named if catalogue.is_central_city(p)]
    if len(central) == 1:
        return "province", central[0], None
    if named:
        return "district", _only_province(named), None
    # the city named bare in the headline or lede ("Phụ nữ Phan Thiết chung tay …", "tại Hà Tiên"): a provincial city
    for m in re.finditer(_NAME, text[:1500]):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            province, reason = catalogue.resolve_place(f"thành phố {' '.join(words[:n])}", "district")
            if province and reason == "unique thành phố":
                return "district", province, f"thành phố {' '.join(words[:n])}"
    return "province", None, None


def _written_tinh(named: Counter) -> str | None:
    """The province written "tỉnh X" most often (ties go to the one named most in all), or None."""
    tinh = getattr(named, "written_tinh", None)
    if not tinh:
        return None
    ranked = sorted(tinh, key=lambda p: (tinh[p], named[p]), reverse=True)
    if len(ranked) > 1 and (tinh[ranked[0]], named[ranked[0]]) == (tinh[ranked[1]], named[ranked[1]]):
        return None
    return ranked[0]


def _only_province(named: Counter) -> str | None:
    """The province a text is about: the one it names most, unless it names several about equally."""
    if not named:
        return None
    ranked = named.most_common()
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1] and len(ranked) >= 3:
        return None
    return ranked[0][0]


# -- period -----------------------------------------------------------------------------------------------
_ACT_DATE = re.compile(r"(?:số|quyết định|nghị quyết|chỉ thị|kế hoạch|thông báo|công văn)[^,.;\n]{0,30}$")


def _lede_date(text: str) -> str | None:
    """The year of the meeting the lede dates ("Sáng 5/10/2024, Hội LHPN …"), when no article date is printed; a
    decree's date ("Quyết định số 939 ngày 30/6/2017") is not the meeting's."""
    for m in _DATELINE.finditer(text[:800]):
        if re.match(r"\s*[-–]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", text[m.end():m.end() + 16]):
            continue  # an anniversary's first day: "Kỷ niệm 94 năm Ngày thành lập … (20/10/1930 – 20/10/2024)"
        if int(m.group(3)) < 2000:
            continue  # a founding day: "Nhân kỷ niệm ngày thành lập Hội LHPN Việt Nam 20/10/1930, sáng 18/10/2023"
        if not _ACT_DATE.search(match_form(text[max(0, m.start() - 40):m.start()]).lower()):
            return m.group(3)
    return None


# "Chiều 19/12, Hội LHPN …", "Sáng nay (26/6)", "Ngày 5-2,": the meeting's day and month, its year left out
_LEDE_DAY = re.compile(
    r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|ngày|hôm)(?:\s+nay)?\s*\(?\s*(\d{1,2})[/.-](\d{1,2})(?![/.\-]?\d)")


def _in_furniture(text: str, at: int) -> bool:
    """Whether position ``at`` lies on a line of page furniture or on a bare date line."""
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    return bool(_PAGE_CLOCK_COMPANY.search(line) or _FURNITURE.search(line) or _is_date_line(line))


def _event_date(text: str, published: str | None) -> str | None:
    """The year the reported meeting took place, as a date string for ``_period``: the article's date, a year earlier
    when the lede's day falls after it ("Chiều 28/12, …" in an article of 5 January); without an article date, the
    lede's own dated meeting."""
    if not published:
        return _lede_date(text)
    # the first dated meeting outside the page's furniture and date lines ("HOTLINE … Thứ ba, ngày 15/12/2016")
    m = next((d for d in _LEDE_DAY.finditer(text[:800]) if not _in_furniture(text, d.start())), None)
    if m and len(published) >= 7:
        day, month = int(m.group(1)), int(m.group(2))
        pub_month, pub_day = int(published[5:7]), int(published[8:10]) if len(published) >= 10 else 31
        if 1 <= day <= 31 and 1 <= month <= 12 and (month, day) > (pub_month, pub_day):
            return str(int(published[:4]) - 1)
    return published


def _lower(text: str) -> str:
    """Match form in lower case, "nhiệm kì" spelt "nhiệm kỳ" (both are written); same length as ``text``."""
    return match_form(text).lower().replace("nhiệm kì", "nhiệm kỳ")


def _period(text: str, title: str, published: str | None = None, level: str | None = None
            ) -> tuple[int | None, str, str | None]:
    """The period a report sums up: a mid-term review or a congress named in the headline or lede first, then the
    earliest reported span (headline, lede, whole text); a planned period only when nothing is reported."""
    pub_year = int(published[:4]) if published else None
    # "năm qua" written in January or February is the year just ended; an event's article looking back in passing
    # ("trao quà Tết … Trong năm qua, Hội đã vận động …") still reports the event
    past_year = pub_year - 1 if pub_year and len(published) >= 7 and int(published[5:7]) <= 2 else pub_year
    if _EVENT_HEADLINE.search(_lower(title)):
        past_year = None
    head = match_form(f"{title}\n{text[:1500]}")
    low_head = _lower(head)
    found = _midterm(low_head[:len(title) + 700], head, pub_year)
    if found:
        return found
    congress = _congress(low_head, head, level, len(title), pub_year)
    if congress:  # the congress, unless the lede reports a span before it ("sơ kết 6 tháng …; tổ chức thành công
        # Đại hội … nhiệm kỳ 2021-2026" is a half-year review); a term under review named first is the one the
        # congress closes, and a year opening the congress's own sentence is its date ("Năm 2025, Hội LHPN xã tổ
        # chức thành công Đại hội …")
        earlier, _plan = _find_span(low_head, head, pub_year, level, before=congress[0], past_year=past_year)
        if earlier is not None and earlier[1] == "year":
            sentence_at = max(low_head.rfind(". ", 0, congress[0]), low_head.rfind("\n", 0, congress[0]))
            earlier, _plan = _find_span(low_head, head, pub_year, level, before=max(sentence_at, 0),
                                        past_year=past_year)
        if earlier is None or earlier[1] == "term":
            return congress[1:]
    first = planned = None
    for where in (title, text[:2500], text) if len(text) > 2500 else (title, text):  # headline, lede, all
        low = _lower(where)
        found, plan = _find_span(low, where, pub_year, level, is_title=where is title, past_year=past_year)
        planned = planned or plan
        if found and found[0] is not None and (first is None or found[1] == first[1]):
            return found if first is None else (found[0], first[1], first[2])
        first = first or found  # a headline span without its year ("giữa nhiệm kỳ"): the body may give it
    if first is None and planned is not None:
        return planned  # a plan: "Hội LHPN phấn đấu trong năm 2025 giúp 30 hộ …"
    low = _lower(text)
    years = Counter(int(y) for y in re.findall(rf"năm ({_YEAR})", low)) or Counter(
        int(y) for y in _MONTH_YEAR.findall(low))  # "Tính đến hết tháng 9/2022, các cấp hội đã giúp 200 hộ"
    if first:
        return (pub_year or (years.most_common(1)[0][0] if years else None)), first[1], first[2]
    # campaigns, one-off events and programme periods have no span; their year is the article's, else the end of
    # the programme ("Giai đoạn 2020 - 2025"), else the year the text names most
    programme = _PROGRAMME.search(low_head)
    if pub_year:
        year = pub_year
    elif programme:
        year = int(programme.group(2))
    elif years:
        year = years.most_common(1)[0][0]
    else:  # "Tết yêu thương - Xuân Ất Tỵ 2025"
        bare = Counter(int(y) for y in re.findall(rf"(?<![\d/.,-])({_YEAR})(?![\d/.,])", low))
        year = max(bare, key=lambda y: (bare[y], y)) if bare else None
    label = head[programme.start():programme.end()] if programme and year == int(programme.group(2)) else None
    return year, "unknown", label


def _midterm(low: str, original: str, pub_year: int | None) -> tuple[int | None, str, str | None] | None:
    """"Hội nghị sơ kết giữa nhiệm kỳ … nhiệm kỳ 2021-2026; sơ kết … 6 tháng đầu năm 2024": the review's year is the
    one its sentence names, else the article's, else the middle of the term."""
    m = re.search(r"(?:giữa|nửa) nhiệm kỳ", low)
    if not m:
        return None
    stop = re.compile(r"[.\n]").search(low, m.end())
    sentence = low[m.start():stop.start() if stop else len(low)]
    term = _TERM_YEARS.search(sentence) or _TERM_YEARS.search(low)
    named = [int(y) for y in re.findall(rf"năm ({_YEAR})", sentence)]
    if term:
        lo, hi = int(term.group(1)), int(term.group(2))
        named = [y for y in named if lo <= y <= hi]
        year = named[-1] if named else pub_year if pub_year and lo <= pub_year <= hi else lo + (hi - lo) // 2
    else:
        year = named[-1] if named else pub_year
    if year is None and (month := _MONTH_YEAR.search(low)):
        year = int(month.group(1))  # "Tính đến hết tháng 6/2019 … Qua nửa nhiệm kỳ"
    return year, "term", original[m.start():m.end()]


def _congress(low: str, original: str, level: str | None, title_len: int = 0, pub_year: int | None = None
              ) -> tuple[int, int | None, str, str] | None:
    """A congress the reporting union holds, in the headline or lede: where it is named, and the year it meets."""
    for m in _CONGRESS.finditer(low):
        if _NOT_OWN_CONGRESS.search(low[max(0, m.start() - 40):m.start()]):
            continue  # "kết quả thực hiện Nghị quyết Đại hội …": a review, not a congress
        end = _sentence_end(low, m.end(), limit=240)
        terms = list(_CONGRESS_TERM.finditer(low, m.end(), end))
        if not terms or not _own_level(low[m.end():terms[0].start()], level):
            continue  # a province hearing about the national congress reports an event, not a term
        year, term = _congress_meets(low, terms, pub_year, m.start())
        # a congress held the year before its term's first ("Đại hội điểm … nhiệm kỳ 2026-2031" in November 2025)
        return m.start(), pub_year if pub_year == year - 1 else year, "term", original[m.start():term.end()]
    # a congress headline whose term is written further on, or not at all ("Đại hội Phụ nữ xã Ea Tu lần thứ I"):
    # the terms the text names, else the article's year
    m = _CONGRESS_TITLE.search(low, 0, title_len)
    if m and not _NOT_OWN_CONGRESS.search(low[max(0, m.start() - 40):m.start()]) and _own_level(m.group("body"), level):
        terms = list(_TERM_YEARS.finditer(low))
        if not terms:
            return m.start(), pub_year, "term", original[m.start():m.end()]
        year, term = _congress_meets(low, terms, pub_year)
        return m.start(), year, "term", original[term.start():term.end()]
    return None


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
        if review_at > open_at:
            reviewed.append((pub_year if pub_year and lo < pub_year <= hi else hi, term))
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
    for span, pattern in _SPANS:
        for m in pattern.finditer(low, 0, len(low) if before is None else before):
            if _PLAN_SPAN.match(low, m.start()):
                continue
            if span == "term" and (m.re in (_PUT_TO_WORK, _ADOPTED) or m.group(7)) and not _own_level(m.group(0),
                                                                                                        level):
                continue  # a province's conference on the national congress's review of its resolution
            is_plan = _is_planned(low, m.start())
            sentence_initial = (m.start() == 0 or low[m.start() - 1] == "\n" or low[m.start() - 2:m.start()] == ". "
                                # a clause opening on the year it reports: "Thực hiện …, năm 2023 các cấp hội đã giúp"
                                or (low[m.start() - 2:m.start()] == ", "
                                    and re.match(r"[^,.;\n]{0,60}?(?<!\w)đã ", low[m.end():])))
            if span == "year" and not (
                m.group(0).endswith("qua")  # "năm qua" is itself a review: "Theo bà Lan, năm qua Hội đã …"
                or _REPORT_CUE.search(low[max(0, m.start() - 40):m.start() + 6]) or is_title or sentence_initial
                or _is_reviewed(low, m.start())  # "tổng kết công tác Hội và phong trào phụ nữ năm 2023"
            ):
                continue
            # "tăng 12% so với năm 2023", "so năm 2016", "so cùng kỳ năm 2022" compare with a baseline
            if span == "year" and (re.search(r"(?:đầu|cuối|giữa|từ|so(?: với)?(?: cùng kỳ)?|cùng kỳ)\s*$",
                                             low[max(0, m.start() - 18):m.start()])
                                   or _EVENT_BEFORE.search(low[max(0, m.start() - 60):m.start()])):
                continue  # "6 tháng cuối năm 2022", "phát động từ năm 2012", "cuộc thi “…” năm 2023"
            if span == "year" and re.search(r"(?:đến|tới)\s*$", low[max(0, m.start() - 8):m.start()]):
                is_plan = True  # a horizon: "Chiến lược phát triển Hội đến năm 2030"
            if span == "year" and "qua" in m.group(0):
                if past_year is None or _SEVERAL.search(low[max(0, m.start() - 8):m.start()]):
                    continue  # undated, or several years
                year = past_year
            elif m.re is _PUT_TO_WORK:
                year, is_plan = int(m.group(1)), True
            elif m.re is _ADOPTED:
                year, is_plan = int(m.group(1)), False  # the congress meets as the term opens
            elif span == "term":
                year = _term_year([int(x) if x else None for x in m.groups()], low, pub_year)
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
            if is_plan:
                planned = cand if planned is None or cand[0] < planned[0] else planned
                continue
            if best is None or cand[0] < best[0]:
                best = cand
            break
    return (best[1:] if best else None), (planned[1:] if planned else None)


def _clause_cues(low: str, start: int) -> tuple[int, int]:
    """Where the last review word and the last plan word end in the clause before ``start`` (-1 when absent)."""
    stop = max(low.rfind(".", 0, start), low.rfind("\n", 0, start), low.rfind(";", 0, start))
    clause = low[max(stop + 1, start - 60):start]
    reviewed = max((c.end() for c in _REVIEW_WORD.finditer(clause)), default=-1)
    planned = max((c.end() for c in _PLAN_WORD.finditer(clause)), default=-1)
    return reviewed, planned


def _is_reviewed(low: str, start: int) -> bool:
    """Whether a review word comes in the clause before ``start``, after any plan word."""
    reviewed, planned = _clause_cues(low, start)
    return reviewed > planned


def _is_planned(low: str, start: int) -> bool:
    """Whether the span at ``start`` is planned: a plan word right before it ("nhiệm vụ năm 2024") with no review word
    earlier in its clause, or a plan word in its clause after the last review word."""
    reviewed, planned = _clause_cues(low, start)
    if planned > reviewed:
        return True
    return reviewed < 0 and bool(_PLAN_CUE.search(low[max(0, start - 30):start]))


def _term_year(g: list[int | None], low: str, pub_year: int | None) -> int | None:
    """Groups of the term pattern: a mid-term review is made half-way; an end-of-term report and a term under review
    end with the term unless the article is dated inside it; a resolution reviewed inside its term is reviewed in the
    year the text names ("… nhiệm vụ 6 tháng cuối năm 2019")."""
    if g[0]:
        return g[0] + (g[1] - g[0]) // 2
    for lo, hi in ((g[2], g[3]), (g[4], g[5]), (g[6], g[7])):
        if lo:
            if pub_year and lo <= pub_year <= hi:
                return pub_year
            if (lo, hi) == (g[6], g[7]):
                inside = [int(y) for y in re.findall(rf"năm ({_YEAR})", low) if lo < int(y) < hi]
                if inside:
                    return max(inside)
            return hi
    return None
