"""The reporting organisation of one report: its level, province and place.

The reporting organisation is read from the headline first, then from the first paragraph ("Hội LHPN tỉnh Bắc Kạn
tổ chức sơ kết…", "Hội LHPN thành phố Bắc Kạn…"; a union visited for a working session, or whose congress a higher
union attends, before its visitor; guests' titles, anniversaries, lower unions it counts ("10 hội LHPN xã trên địa
bàn huyện …") and the upper congress its delegates go to never), then by counting level words ("toàn tỉnh", "Hội
LHPN huyện"; not the central union that directs). A newspaper's masthead and the person Hồ Chí Minh name no
province. Which level, province and place a union's kind and name stand for is :mod:`wuanalysis.level_rules`'.
"""
from __future__ import annotations

import re
from collections import Counter

from . import catalogue
from .level_rules import (_FORMER, _KIND_LEVEL, _KINDS, _NAME, _NUMBERED, _kind, _kind_written_elsewhere,
                          _only_province, _resolve_org, _written_tinh)
from .report_era import Era as _Era
from .reporter_places import _Named
from .text import match_form

_ORG = re.compile(  # "Hội LHPN tỉnh Bắc Kạn", "Đại hội đại biểu Phụ nữ xã Ea Tu", "Hội LHPN Hà Nội" (kind left out),
    # "Hội Liên hiệp Phụ nữ (LHPN) tỉnh Lạng Sơn" (the abbreviation introduced in brackets)
    rf"(?<![Nn]gày )(?i:(?:Đại\s+)?Hội(?:\s+điểm)?(?:\s+đại\s+biểu)?\s+(?:LHPN|Liên\s+hiệp\s+Phụ\s+nữ|Phụ\s+nữ|PN)"
    # the police's and the army's own unions take their command's level: "Hội Phụ nữ Công an tỉnh", "Hội Phụ nữ
    # Quân sự huyện" (the national ones, "Phụ nữ Công an nhân dân", name no kind and vote central below)
    rf"(?:\s*\(\s*(?:LHPN|PN)\s*\))?(?:\s+(?:công\s+an|quân\s+sự))?\s+({_KINDS})?)"
    # the name is on the same line: "Hội LHPN huyện\nThứ 6, 15/04" names nothing
    rf"(?:[ \t]*((?:{_NUMBERED})?{_NAME}))?",
)
# a headline "Xã Quang Sơn tổ chức Đại hội phụ nữ …": the place holding its own women's congress reports, whoever
# attends (a district or province union's leader among the guests)
_PLACE_HOLDS = re.compile(rf"(?i:(xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh))\s+({_NAME})\s+"
                          r"(?i:tổ\s+chức(?:\s+thành\s+công)?\s+đại\s+hội(?:\s+đại\s+biểu)?\s+phụ\s+nữ)")
# a headline opening on a commune and a colon ("Phường Tây Hồ: Phụ nữ ra quân …", "Đặc khu Phú Quốc: …"): the
# place's women report when no union is named
_PLACE_HEADS = re.compile(rf"^[ \t]*(?i:(xã|phường|thị\s+trấn|đặc\s+khu))\s+({_NAME})[ \t]*:")
_WOMEN_OF = re.compile(rf"(?i:Phụ\s+nữ\s+({_KINDS}))\s*({_NAME})")  # a headline: "Phụ nữ huyện Krông Búk …"
_NOT_THE_REPORTER = re.compile(  # "sự chỉ đạo của Trung ương Hội LHPN Việt Nam", "tổ chức tại Hội LHPN tỉnh Hà Nam",
    # a guest's title ("Ủy viên Đoàn Chủ tịch TW Hội LHPN Việt Nam"), an anniversary ("Ngày thành lập Hội LHPN Việt
    # Nam"), a congress others attended or heard about ("nghe báo cáo kết quả Đại hội đại biểu Phụ nữ toàn quốc")
    r"(?<!\w)(?:của|chỉ đạo|lãnh đạo|phối hợp với|với|tại|ở|đến|thăm|cùng|và|cho|thành lập|ủy viên|uỷ viên|dự"
    r"|báo cáo kết quả|(?:quán triệt|học tập|triển khai|thực hiện)"
    r"(?: (?:nghị quyết|kế hoạch|chỉ thị|hướng dẫn|chương trình|đề án|kết luận)(?: số [\w/-]+)?)?"
    r"|tiến tới|hướng tới|chào mừng"  # "Tiến tới Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X": an upper congress
    # one of the parts a larger union reports on: "…; riêng Hội LHPN xã Tiên Du hỗ trợ 30 phụ nữ", "trong đó, Hội LHPN
    # xã …", "điển hình như Hội LHPN xã …"
    r"|riêng|trong đó,?|điển hình(?: như| là)?"
    r"|ảnh\s*:|nguồn\s*:)"  # a photo credit: "(Ảnh: Hội LHPN tỉnh cung cấp)"
    r"(?:\s+(?:trung ương|tư|tw|ban thường vụ|ban chấp hành|bch|đoàn chủ tịch|thường trực)){0,2}\s*$"
)
# a central leader or department attending a lower union's meeting is a guest: "bà Nguyễn Thị A, Phó Chủ tịch Hội LHPN
# Việt Nam", "đại diện Ban Tuyên giáo Trung ương Hội LHPN Việt Nam"; its presidium ("Đoàn Chủ tịch Trung ương Hội
# LHPN Việt Nam tổ chức") is the union itself
_CENTRAL_GUEST = re.compile(r"(?:(?<!đoàn )chủ tịch|đại diện|lãnh đạo|(?<!\w)ban [\w ]{2,30}?)"
                            r"(?:\s+(?:trung ương|tư|tw))?\s*$")
# a headline opening on the central leader ("Chủ tịch Hội LHPN Việt Nam thăm, tặng quà phụ nữ Hà Giang", "Bà Hà Thị Nga,
# Chủ tịch Hội LHPN Việt Nam làm việc tại …"): the central union's own visit, not a guest at a lower union's meeting
_CENTRAL_LEADER_HEADS = re.compile(r"(?i)\s*(?:(?:bà|ông|đồng\s+chí)\s+[^,.\n]{2,30},\s*)?(?:phó\s+)?(?:chủ\s+tịch"
                                   r"|lãnh\s+đạo|đoàn\s+công\s+tác)(?:\s+(?:trung\s+ương|tw))?\s*$")
_ATTENDS = re.compile(r"(?i)\s*(?:về\s+)?(?:tham\s+)?(?:dự|phát\s+biểu|chỉ\s+đạo)(?!\w)")
# "cuộc thi … do Trung ương Hội LHPN Việt Nam tổ chức": the central union organised what the locals joined; whose
# report it is the level words decide
_ORGANISED_BY = re.compile(r"(?<!\w)do(?:\s+(?:đoàn chủ tịch|ban thường vụ|trung ương|tư|tw)){0,2}\s*$")
# "Hội LHPN tỉnh Long An làm việc với Hội LHPN huyện": the union visited for a working session is the one whose
# results are reported, so it is the reporter, before the visitor named first
_VISITED = re.compile(r"(?<!\w)làm việc (?:với|tại)(?:\s+(?:ban thường vụ|ban chấp hành|thường trực))?\s*$")
# "Đoàn công tác Hội LHPN tỉnh Quảng Trị làm việc tại xã Bến Quan", "Thường trực Hội LHPN huyện Yên Thế làm việc với xã
# Đồng Kỳ": a headline naming the commune or district a province's or district's union visits for a working session
# reports that place's results, as "… làm việc với Hội LHPN huyện" does (dev d033); the central union's visits stay
# its own
_VISITS_PLACE = re.compile(r"(?i:làm\s+việc\s+(?:với|tại))\s+(?i:(xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã))"
                           rf"\s+({_NAME})")
# "Đại hội … huyện đã bầu 15 đại biểu (đi) dự Đại hội đại biểu phụ nữ tỉnh Đồng Nai": the upper congress the delegates
# are elected to attend is not the reporter's (unlike "120 đại biểu dự Đại hội … xã Ea Tu", the congress attended)
_DELEGATES_TO = re.compile(r"(?:(?<!\w)bầu(?:\s+(?:ra|chọn))?(?:\s+\S+){0,4}?\s+đại biểu\s+(?:chính thức\s+)?(?:đi\s+)?"
                           r"|(?<!\w)đi\s+)dự\s*$")
# "10 hội LHPN xã", "21/21 Hội LHPN xã", "các Hội LHPN xã" (not a date: "Sáng 15/1 Hội LHPN huyện …", "năm 2023 Hội …")
# (a clock is no count either: "06/08/2025 10:15\nHội Liên hiệp Phụ nữ xã …")
_COUNTED = re.compile(r"(?:(?<![\w/.,:])(?<!sáng )(?<!chiều )(?<!tối )(?<!trưa )(?<!ngày )(?<!hôm )(?<!đêm )"
                      r"\d{1,3}(?:/\d{1,3})?[ \t]*%?|(?<!\w)(?:các|những|nhiều|mỗi))[ \t]*$", re.IGNORECASE)
_UNITS_OF = re.compile(rf"(?:\s*(?:,|và)\s*(?i:xã|phường|thị trấn))*\s*(?i:trên địa bàn|thuộc|trong|của)\s+"
                       rf"(?i:(huyện|quận|thị xã|thành phố|TP\.?|tỉnh))(?!\w)\s*({_NAME})?")
_ORG_CAPS = re.compile(  # headlines in capitals: "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH PHƯỚC NHẬN …"
    r"HỘI\s+(?:LHPN|LIÊN\s+HIỆP\s+PHỤ\s+NỮ|PHỤ\s+NỮ)\s+(TỈNH|THÀNH\s+PHỐ|TP\.?|THỊ\s+XÃ|HUYỆN|QUẬN|XÃ|PHƯỜNG)\s+"
    r"([A-ZĐÀ-Ỹ]+(?:\s+[A-ZĐÀ-Ỹ]+){0,3})"
)
_CLUSTER = re.compile(r"cụm thi đua", re.IGNORECASE)
# the union that chairs or hosts a cluster's meeting speaks for the cluster ("Hội LHPN tỉnh Gia Lai chủ trì Hội nghị
# tổng kết Cụm thi đua các tỉnh Tây Nguyên"); one that leads its ranking ("dẫn đầu Cụm thi đua") speaks for itself
_HOSTS_THE_CLUSTER = re.compile(r"(?i)(?:chủ\s+trì|đăng\s+cai|là\s+cụm\s+trưởng)[^.\n]{0,60}?cụm\s+thi\s+đua")
_LEVEL_WORDS = {
    # a centrally-run city's whole territory ("toàn Thành phố Hồ Chí Minh", "toàn thành phố Đà Nẵng") is a province's
    "province": re.compile(r"toàn tỉnh|tỉnh hội|hội lhpn tỉnh|cấp tỉnh|hội liên hiệp phụ nữ tỉnh|thành hội"
                           r"|toàn thành phố (?:hồ chí minh|hà nội|hải phòng|đà nẵng|cần thơ|huế)"
                           r"|trên địa bàn tỉnh|các cấp hội(?: phụ nữ| lhpn)? trong tỉnh|nhiệm vụ chính trị của tỉnh"
                           # "61 Hội Phụ nữ cơ sở trong tỉnh": every base union of the province
                           r"|(?:hội phụ nữ|hội lhpn|cơ sở hội|chi hội) cơ sở trong (?:toàn )?tỉnh"
                           r"|(?:cơ sở hội|chi hội) trong (?:toàn )?tỉnh"),
    # a union follows its own level's political tasks: "bám sát nhiệm vụ chính trị của huyện"
    "district": re.compile(r"toàn huyện|huyện hội|hội lhpn (?:huyện|quận|thị xã)|toàn quận|toàn thị xã"
                           r"|nhiệm vụ chính trị của (?:huyện|quận|thị xã)"),
    "commune": re.compile(r"toàn xã|hội lhpn (?:xã|phường|thị trấn)|toàn phường|hội phụ nữ (?:xã|phường)"
                          r"|nhiệm vụ chính trị của (?:xã|phường|thị trấn)"),
    # the central union that directs ("định hướng chỉ đạo của Trung ương hội", "hướng dẫn của TW Hội") does not report
    # a national review: "T.Ư Hội đều phối hợp …", "TW Hội đã hỗ trợ …", "Toàn bộ 63 tỉnh, thành phố đã tổ chức …",
    # "Hội LHPN các tỉnh, thành phố đã …"; the Army-wide, national police and border-guard unions ("Đại hội đại biểu
    # phụ nữ Quân đội", "phong trào PNQĐ", "Ban Phụ nữ Công an nhân dân", "Phụ nữ Bộ đội Biên phòng") answer to a
    # national command (a province's police or border guard, "Phụ nữ Công an tỉnh", "BĐBP tỉnh", to the province's)
    "central": re.compile(r"trung ương hội|tư hội|t\.ư\.? hội|tw hội|đoàn chủ tịch trung ương|hội lhpn việt nam tổ chức"
                          r"|cả nước|toàn quốc|(?<![\d/])63(?:/63)? tỉnh, thành|hội lhpn các tỉnh, thành"
                          r"|phụ nữ quân đội(?! ?(?:khu|quân khu|tỉnh))|pnqđ|phụ nữ công an nhân dân"
                          r"|phụ nữ bộ (?:quốc phòng|công an)"
                          r"|phụ nữ (?:bộ đội biên phòng|bđbp)(?! (?:tỉnh|thành phố))"),
}
# a roundup of its communes is a province's: "Tỉnh Nghệ An có 130 xã, phường đã tổ chức Đại hội …", "100% xã,
# phường, đặc khu" (only a province has special zones); apart from _LEVEL_WORDS, each from its literal start (fast)
_PROVINCE_ROUNDUP = (re.compile(r"tỉnh(?: \w+){1,3} có \d+ (?:xã|phường|đơn vị)"),
                     re.compile(r"xã, phường(?:, thị trấn)?(?:,| và) đặc khu"))
_DIRECTED_BY = re.compile(r"(?:(?:của|theo|chỉ đạo|hướng dẫn|định hướng|(?<!\w)do)"  # "cuộc thi … do Trung ương
                          # Hội LHPN Việt Nam tổ chức": the organiser of a contest the locals joined
                          r"(?:\s+(?:đoàn chủ tịch|ban thường vụ|ban chấp hành|thường trực|trung ương|tư|tw)){0,2}"
                          r"|nghị quyết đại hội(?: đại biểu)?(?: phụ nữ)?)\s*$")

_CENTRAL_UNION = re.compile(r"(?i)hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ)\s+việt\s+nam")


# a union that names its communes as "the communes" or signs with its base unions speaks from above them
_OVER_COMMUNES = re.compile(r"(?:tại|ở|của) các xã\s*:|(?:giao ước thi đua|ký cam kết) với \d+ cơ sở")



def _organisation(text: str, title: str, named: Counter, published: str | None = None
                  ) -> tuple[str | None, str | None, str | None]:
    """Level, province and place of the reporting organisation: the headline's organisation, else a cluster
    headline ("Cụm thi đua …"), else the first paragraph's organisation, else a vote of level words. ``published``
    (the article's date, read from the text when not given) dates the commune and ward names (:class:`_Era`)."""
    if isinstance(named, _Named):
        named.era = _Era(text, published)
    mtitle, mfirst = match_form(title), match_form(text[:1500])
    # a photo caption ("Lãnh đạo … chúc mừng Ban Chấp hành Hội LHPN phường Thành Vinh. Ảnh: CSCC") shows one of the
    # places a roundup covers, not who reports
    mfirst = _blank_captions(mfirst)
    if ")" in mfirst[:1500]:  # (a literal test first: most texts open with no bracket)
        mfirst = _blank_credits(mfirst)
    found = _organisation_named(mtitle, mfirst, text, named)
    if found:
        return found
    if _CLUSTER.search(mfirst[:400]):
        return "cluster", None, None  # a cluster report is about its member provinces, never its host
    return _organisation_voted(text, named)


def _organisation_named(mtitle: str, mfirst: str, text: str, named: Counter
                        ) -> tuple[str | None, str | None, str | None] | None:
    """The organisation the headline (``mtitle``) or the first paragraph (``mfirst``) names, a union abroad or a
    cluster's host; None when they name none."""
    if _overseas(mtitle) or _overseas(mfirst):
        found = _first_org(mtitle, text, named, named_only=True)
        if not found or found[0] == "central":
            # "Chủ tịch LHHPNVN tại CHLB Đức", "Hội Phụ nữ Việt Nam tại Séc": no Vietnamese level applies, and the
            # hometown clubs it counts ("hội phụ nữ … Nam Định, Magdeburg") name no province
            return "unknown", None, None
    if _HOSTS_THE_CLUSTER.search(mtitle):
        return "cluster", None, None  # "Hội LHPN tỉnh Gia Lai chủ trì Hội nghị tổng kết Cụm thi đua …": the host
    if visit := _visit_to_a_place(mtitle, text, named):
        return visit
    found = _first_org(mtitle, text, named, named_only=True)
    if found:
        return found
    if _CLUSTER.search(mtitle):
        return "cluster", None, None  # a cluster report is about its member provinces, never its host
    found = _first_org(mtitle, text, named) or _first_org(mtitle, text, named, patterns=(_PLACE_HOLDS,))
    if found:
        return found
    # the union at the top of a chain ("các cấp Hội … trên địa bàn thành phố") speaks for the branches it shows
    top = _from_the_top(mfirst[:600], named, text)
    return ((None if top else _branch_of_a_commune(mfirst[:600], text, named, mtitle))
            or _roundup_of_congresses(f"{mtitle}\n{mfirst[:500]}", text, named)
            or _above(top, _first_org(mfirst, text, named),
                      lambda: _first_org(mtitle, text, named, patterns=(_WOMEN_OF,)))
            or _first_org(mtitle, text, named, patterns=(_WOMEN_OF,))
            or _first_org(mtitle, text, named, patterns=(_PLACE_HEADS,)))


def _visit_to_a_place(mtitle: str, text: str, named: Counter) -> tuple[str | None, str | None, str | None] | None:
    """The commune or district a headline's provincial or district union visits for a working session
    (:data:`_VISITS_PLACE`), when it is below the visitor; None otherwise."""
    if "làm việc" not in mtitle.lower() or not (v := _VISITS_PLACE.search(mtitle)):
        return None
    host = _first_org(mtitle[:v.start()], text, named, named_only=True)
    if not host or host[0] not in ("province", "district"):
        return None
    found = _resolve_org(_kind(v.group(1)), v.group(2).strip(), text, named)
    return found if found[0] and _RANK.get(found[0], 9) < _RANK[host[0]] else None


def _organisation_voted(text: str, named: Counter) -> tuple[str | None, str | None, str | None]:
    """No organisation named: the level the text's level words vote for (:func:`_level_voted`) and the province it
    names; the central union when it only meets in the provinces named."""
    level = _level_voted(text)
    venue = getattr(named, "venue", Counter())
    if venue and not level and all(venue[p] == named[p] for p in named) and _CENTRAL_UNION.search(text):
        # "tại TP. Hà Nội, bà …, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam chủ trì hội nghị tổng kết": where the
        # central union meets is not whose report it is
        return "central", None, None
    province = _only_province(named)
    if level == "central" and province not in getattr(named, "in_title", ()):
        province = None  # "Chiều 20/10, tại Hà Nội, Đoàn Chủ tịch Trung ương Hội …": a venue, not the subject
    # a text naming one province and no union is that province's; so is a provincial paper's ("Báo Bình Dương"),
    # though the province stays unnamed
    paper = len(getattr(named, "masthead", ())) == 1
    return level or ("province" if province or paper else None), province, None


def _level_voted(text: str) -> str | None:
    """The level most level words name ("toàn tỉnh", "Hội LHPN huyện"), else a provincial plan's, a union over
    communes', a union reviewing its own congress's resolution; None when nothing tells."""
    votes: Counter[str] = Counter()
    # a photo caption shows one place of those the text covers ("Ảnh: Đại hội phụ nữ phường Vinh Phú"): no vote
    low = _without_captions(match_form(text).lower())
    for word_level, pattern in _LEVEL_WORDS.items():
        # the central union that directs ("định hướng chỉ đạo của Trung ương hội", "theo hướng dẫn của Đoàn Chủ tịch
        # Trung ương Hội") is not the reporter
        votes[word_level] = sum(
            1 for v in pattern.finditer(low)
            if word_level != "central" or not _DIRECTED_BY.search(low[max(0, v.start() - 30):v.start()]))
    votes["province"] += sum(1 for pattern in _PROVINCE_ROUNDUP if " có " in low or "đặc khu" in low
                             for _v in pattern.finditer(low))
    level = votes.most_common(1)[0][0] if votes and votes.most_common(1)[0][1] else None
    if level is None and _PROVINCE_GOVERNMENT.search(low[:1500]):
        level = "province"  # "Uỷ ban nhân dân tỉnh đã ban hành kế hoạch …": a provincial plan, no union named
    if level is None and _OVER_COMMUNES.search(low) and "các huyện" not in low:
        level = "district"  # "ký giao ước thi đua với 24 cơ sở", "tại các xã: Minh An, …": a union over communes
    if level is None and (own := _OWN_RESOLUTION.search(low[:1500])):
        # nobody else named: a union reviewing "Nghị quyết Đại hội đại biểu Phụ nữ huyện Yên Thế" reviews its own
        level = _KIND_LEVEL[own.group(1)]
    return level


# a union of Vietnamese women abroad: "LHHPNVN tại CHLB Đức", "Liên hiệp Hội Phụ nữ Việt Nam tại Ba Lan", "Hội Phụ nữ
# Việt Nam tại Séc", "Phụ nữ Việt Nam tại Nhật Bản", "Hội Phụ nữ người Việt ở Lào" (the place after "tại"/"ở" is no
# Vietnamese province)
_OVERSEAS = re.compile(rf"(?:LHHPNVN|(?i:phụ\s+nữ)\s+(?:người\s+)?Việt(?:\s+Nam)?)\s+(?i:tại|ở)\s+({_NAME})")


def _overseas(where: str) -> bool:
    """Whether ``where`` names a union of Vietnamese women abroad (no leading words of the place are a province:
    "tại Hà Nội Sáng …" is at home)."""
    if "LHHPNVN" not in where and not any(f"{w} {p}" in where for w in ("Việt", "Nam") for p in ("tại", "ở")):
        return False  # (most texts: looked for as strings, fast)
    for m in _OVERSEAS.finditer(where):
        words = m.group(1).split()
        if not any(catalogue.resolve_province(" ".join(words[:n])) for n in range(1, len(words) + 1)):
            return True
    return False


_CAPTION = re.compile(r"(?im)^[^\n]*[.\s]ảnh\s*:[^\n]*$")
_CAPTION_MARK = re.compile(r"ảnh\s*:")  # after a stop or a space: "… Thành Vinh. Ảnh: CSCC"


def _blank_captions(text: str) -> str:
    """``text`` with the lines of :data:`_CAPTION` blanked; a text without "ảnh:" in lower case (any case, spaces
    before the colon) has none, which a case-sensitive search tells for a fraction of the line-by-line pattern."""
    if _CAPTION_MARK.search(text.lower()) is None:
        return text
    return _CAPTION.sub(lambda c: " " * len(c.group(0)), text)


# a lede opening on its source's credit in brackets, then a dash: "(Hội LHPN An Giang) - … Hội LHPN đặc khu Phú Quốc
# tổ chức Đại hội", "(PNNA) – Hội LHPN phường Vinh Phú …" (iv25 D2): the site that wrote it, not the union that reports,
# when the lede names a union of its own after it
_CREDIT = re.compile(r"(?im)^[ \t]*\([^()\n]{2,50}\)[ \t]*[-–]"
                     r"(?=[^\n]*?hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ)\s)")


def _blank_credits(text: str) -> str:
    """``text`` with the source credits of :data:`_CREDIT` blanked, same length."""
    return _CREDIT.sub(lambda c: " " * len(c.group(0)), text)


def _without_captions(low: str) -> str:
    """``low`` (lower case) with the lines holding a photo credit ("… Ảnh: CSCC") blanked, same length."""
    for m in _CAPTION_MARK.finditer(low):
        if m.start() == 0 or low[m.start() - 1] not in ". \t\n":
            continue  # "hoàn cảnh:" is a word, not a credit
        start, end = low.rfind("\n", 0, m.start()) + 1, low.find("\n", m.end())
        end = len(low) if end < 0 else end
        low = low[:start] + " " * (end - start) + low[end:]
    return low


# "Chi hội phụ nữ TDP 3, phường Hà Huy Tập có 182 hội viên", "Chi hội phụ nữ tổ dân phố 5 phường Tân Lợi", "Chi hội
# Phụ nữ ấp Mỹ Phú (xã Mỹ Đức Tây)": a branch of a commune or ward reports at its level
_BRANCH_OF = re.compile(rf"(?i:chi\s+hội)(?!\s+(?i:trưởng|phó))[^.,;:\n()]{{0,40}}?(?:,\s*|\s*\(\s*|\s+)"
                        rf"(?i:(xã|phường|thị\s+trấn|đặc\s+khu))\s+({_NAME})")
# a city's chi hội placed by its khu phố and ward, as city papers shorten them: "Chi hội phụ nữ KP.1, P.7, Q.3, TP.HCM",
# "Chi hội PN KP.4, P.5, Q.8", "Chi hội phụ nữ khu phố 6, P.Bình Thọ"
_KHU_PHO_OF = re.compile(rf"(?i:chi\s+hội)(?!\s+(?i:trưởng|phó))[^.,;:\n]{{0,30}}?(?i:KP|khu\s+phố)\s*\.?\s*\d+\s*,"
                         rf"\s*(?:P\.\s*|(?i:phường)\s+)(\d+|{_NAME})")
# a headline whose subject is a branch ("Chi hội phụ nữ thôn 4 làm đường hoa"), not its head ("Chi hội trưởng …")
# (also after the place it belongs to: "Phường Hà Huy Tập: Chi hội phụ nữ kiểu mẫu năm 2024")
_BRANCH_HEADLINE = re.compile(r"\s*(?:[^:\n]{2,40}:\s*)?(?i:chi\s+hội)\s+(?i:phụ\s+nữ|pn|hlpn)(?!\w)")
# "100% xã, phường, đặc khu trong tỉnh đã tổ chức thành công Đại hội", "135/135 xã, phường … tổ chức xong Đại hội
# Phụ nữ cấp cơ sở", "hoàn thành đại hội phụ nữ cấp cơ sở": a roundup by the union above the communes, whichever
# commune's congress it then shows
_ROUNDUP = re.compile(r"(?:(?<![\w/])\d+(?:/\d+)?\s*%?|tất cả(?: các)?|các)\s+(?:xã|phường|cơ sở)"
                      r"(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu))*[^.\n]{0,80}?(?:tổ chức|hoàn thành)[^.\n]{0,40}?"
                      r"đại hội|hoàn thành đại hội (?:đại biểu )?phụ nữ (?:cấp )?(?:cơ sở|cấp xã|xã)")
_ROUNDUP_ABOVE = re.compile(r"(?<!\w)(tỉnh|đặc khu|huyện|quận|thị xã)(?!\w)")


# "Hội LHPN từ tỉnh đến cơ sở đã vận động …", "các cấp Hội từ huyện đến cơ sở": the union at the top of the chain
# speaks for all of it, whichever base union the article then visits
_FROM_THE_TOP = re.compile(r"(?:hội lhpn|hội liên hiệp phụ nữ|hội phụ nữ|các cấp hội(?: phụ nữ| lhpn)?)(?: các cấp)?"
                           r" từ (tỉnh|huyện|thị xã|quận) (?:đến|tới|xuống) (?:tận )?(?:cơ sở|xã|thôn|chi hội|tổ)"
                           # "Năm 2023, các cấp Hội trong huyện đã giúp 200 hộ …; Hội LHPN xã An Khánh giúp 20 hộ";
                           # a city paper's feature: "các cấp Hội Liên hiệp Phụ nữ (LHPN) trên địa bàn thành phố triển
                           # khai …; Chi hội Phụ nữ tổ 12, Hội LHPN phường An Hải nấu 400 suất cháo"
                           r"|các cấp hội(?: phụ nữ| lhpn| liên hiệp phụ nữ)?(?: \(lhpn\))? (?:trong|trên địa bàn|toàn)"
                           r" (tỉnh|huyện|thị xã|quận|thành phố)(?!\w)")
_NAME_AFTER = re.compile(rf"[ \t]+({_NAME})")


def _from_the_top(where: str, named: Counter, text: str = "") -> tuple[str | None, str | None, str | None] | None:
    low = where.lower()
    if (" từ " not in low and "các cấp hội" not in low) or not (m := _FROM_THE_TOP.search(low)):
        return None
    if m.group(2) == "thành phố":
        # the city's own kind decides: a centrally-run city (named here or elsewhere in the text) is a province, a
        # provincial city ("thành phố Vinh") a district
        name = _NAME_AFTER.match(where, m.end())
        return _resolve_org("thành phố", name.group(1) if name else None, text or where, named)
    level = _KIND_LEVEL[m.group(1) or m.group(2)]
    province = (_written_tinh(named) if level == "province" else None) or _only_province(named)
    return level, province, None


_RANK = {"commune": 0, "district": 1, "province": 2, "cluster": 3, "central": 4}


def _above(top: tuple | None, found: tuple | None, headline=None) -> tuple | None:
    """The union at the top of a "từ tỉnh đến cơ sở" chain, unless the lede's union is at that level or above; the
    headline's place when it is of the top's level ("Phụ nữ huyện Hoài Đức …")."""
    if top and (not found or not found[0] or _RANK.get(found[0], 0) < _RANK[top[0]]):
        named = headline() if headline else None
        return named if named and named[0] == top[0] else top
    return found


def _roundup_of_congresses(where: str, text: str, named: Counter) -> tuple[str | None, str | None, str | None] | None:
    """The union above the communes reports their congresses' roundup: a province when the headline and lede name
    the province (or its special zones) and no district, or name no level but one province in the headline;
    otherwise undecided (a district's roundup names its union in the lede)."""
    low = where.lower()
    if "đại hội" not in low or not _ROUNDUP.search(low):
        return None
    above = {_KIND_LEVEL[k] for k in _ROUNDUP_ABOVE.findall(low)}
    in_title = getattr(named, "in_title", Counter())
    if "district" not in above and ("province" in above or (not above and len(in_title) == 1)):
        return "province", _written_tinh(named) or _only_province(named), None
    return None


_OWN_RESOLUTION = re.compile(r"(?:sơ kết|tổng kết|thực hiện|kết quả) nghị quyết đại hội(?: đại biểu)?(?: phụ nữ)?"
                             r" (tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)")
_PROVINCE_GOVERNMENT = re.compile(r"(?:ủy|uỷ) ban nhân dân tỉnh|ubnd tỉnh")


def _branch_of_a_commune(where: str, text: str, named: Counter, title: str = ""
                         ) -> tuple[str | None, str | None, str | None] | None:
    """A branch (chi hội) reports at its commune's level: the commune it names (in the first 300 characters of
    ``where``, or a city's "KP.1, P.7" chain in all of it), else, for a headline about a branch that names no commune,
    the commune level in the province the text names."""
    if not (m := _BRANCH_OF.search(where, 0, 300)):
        if kp := _KHU_PHO_OF.search(where):  # (its full chain comes later: "… Chi hội trưởng Chi hội phụ nữ KP.1, P.7")
            found = _resolve_org("phường", kp.group(1), text, named)
            return found if found[0] else None
        return ("commune", _only_province(named), None) if _BRANCH_HEADLINE.match(title) else None
    found = _resolve_org(_kind(m.group(1)), m.group(2).strip(), text, named)
    return found if found[0] else None


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
        if _among_the_guests(where, m.start()):
            continue  # "Dự Đại hội có bà …, Chủ tịch Hội LHPN thành phố": a guest's title, not the reporter
        if m.group(1) is None:
            # "Hội LHPN Hà Nội": no kind word, so only a province name makes it an organisation
            province = catalogue.resolve_province(m.group(2)) if m.group(2) else None
            if _NOT_THE_REPORTER.search(where[max(0, m.start() - 30):m.start()].lower()):
                continue
            if province:
                return "province", province, None
            if m.group(2) and (found := _kind_written_elsewhere(m.group(2).strip(), text, named)):
                return found  # "Hội Phụ nữ Đô Lương …" and "Hội phụ nữ huyện Đô Lương có 33 Hội cơ sở"
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
        if (_KIND_LEVEL.get(kind) == "central" and (_CENTRAL_GUEST.search(before) or _ORGANISED_BY.search(before))
                and not (_CENTRAL_LEADER_HEADS.match(where[:m.start()]) and not _ATTENDS.match(where, m.end()))):
            continue  # "bà Nguyễn Thị A, Phó Chủ tịch Hội LHPN Việt Nam", "đại diện Ban Tuyên giáo Trung ương Hội …"
        # "120 đại biểu dự Đại hội … xã Ea Tul", "Tại Đại hội đại biểu phụ nữ H.Xuân Lộc …, các đại biểu …": the
        # congress held is the reporter's own
        attending_a_congress = m.group(0)[:3].lower() == "đại" and before.rstrip().endswith(("dự", "tại"))
        if attending_a_congress and _DELEGATES_TO.search(where[max(0, m.start() - 60):m.start()].lower()):
            continue
        if _FORMER.match(where, m.end()):
            continue  # "Hội LHPN huyện Yên Định (cũ) có 26 cơ sở": a union the 2025 reform dissolved or merged
        if before.rstrip().endswith("được") and _AWARD_VERB.match(where, m.end()):
            continue  # "Chi hội … được Hội LHPN thành phố Hà Tĩnh công nhận": the body that awards, not the one awarded
        if _NOT_THE_REPORTER.search(before) and not attending_a_congress and not _AUTHOR.match(where[:m.start()]):
            continue  # "sự chỉ đạo của Hội LHPN tỉnh", "tổ chức tại Hội LHPN tỉnh Hà Nam"; but "120 đại biểu dự Đại
            # hội đại biểu Phụ nữ xã Ea Tul" is that commune's congress
        name = m.group(2).strip() if m.group(2) else None
        level, province, place = _resolve_org(kind, name, text, named)
        if level:
            return level, province, place
    return None


# a document naming its author: "Báo cáo tổng kết … năm 2025 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Trích
# Báo cáo chính trị của Ban Chấp hành Hội LHPN tỉnh …", "Kế hoạch … năm 2026 của Ban Thường vụ Hội LHPN huyện …" (not
# the body that directs it: "Báo cáo … theo hướng dẫn của Trung ương Hội", "… thực hiện Nghị quyết của …")
_AUTHOR = re.compile(r"(?i)\W*(?:trích\s+)?(?:báo\s+cáo|kế\s+hoạch|chương\s+trình(?:\s+công\s+tác)?|tờ\s+trình)(?!\w)"
                     r"(?:(?!chỉ\s+đạo|hướng\s+dẫn|theo|nghị\s+quyết|chỉ\s+thị|[.;\n])"
                     r"[^\n]){0,160}?\s(?:của)\s+(?:(?:đoàn\s+chủ\s+tịch|ban\s+thường\s+vụ|ban\s+chấp\s+hành|bch|thường\s+trực)"
                     r"\s+)?(?:(?:trung\s+ương|tw)\s+)?$")


# the sentence a congress or meeting opens with on its guests: "Dự Đại hội có bà …, Chủ tịch Hội LHPN thành phố",
# "Dự và chỉ đạo Đại hội có …", "Tham dự hội nghị có …", "Về dự Đại hội có đồng chí …" (their titles name the unions
# above the one whose congress or work the text reports)
_GUESTS = re.compile(r"(?i)\s*(?:date\s+[\d-]+\s+)?(?:(?:về|đến|cùng)\s+)?(?:tham\s+)?dự(?:\s+và\s+chỉ\s+đạo)?"
                     r"(?:\s+(?:đại\s+hội|hội\s+nghị|buổi\s+\w+|lễ\s+\w+|chương\s+trình)(?:\s+\w+){0,2})?\s+có\s")


# a guest is a person with a title ("bà …, Phó Chủ tịch Hội LHPN tỉnh", "đại diện lãnh đạo Hội LHPN huyện"); the
# members or delegates attending ("200 cán bộ, hội viên Hội LHPN phường Tân Định") are the union itself
_TITLE_BEFORE = re.compile(r"(?i)(?:chủ\s+tịch|ủy\s+viên|uỷ\s+viên|đại\s+diện|lãnh\s+đạo|trưởng\s+ban|bí\s+thư"
                           r"|thường\s+trực)[^,;.\d]{0,24}$")


def _among_the_guests(where: str, at: int) -> bool:
    """Whether ``where[at]`` is a guest's title in a sentence that opens on the guests of a congress or meeting."""
    dot = where.rfind(". ", 0, at)
    start = max(dot + 2 if dot >= 0 else 0, where.rfind("\n", 0, at) + 1)
    return bool((m := _GUESTS.match(where, start)) and m.end() <= at
                and _TITLE_BEFORE.search(where, max(start, at - 40), at))


# "được Hội LHPN huyện tặng giấy khen" (but "đã được Hội phụ nữ tỉnh triển khai" is the union's own work)
_AWARD_VERB = re.compile(r"\s*(?i:công\s+nhận|tặng|trao|khen|biểu\s+dương|tuyên\s+dương|chọn|hỗ\s+trợ|giúp|cấp)(?!\w)")
