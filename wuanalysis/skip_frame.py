"""Skip rules for the frame a report works in, the places and units around its figures: the units a plan's targets
go to ("phân bổ chỉ tiêu cụ thể cho 96 xã, phường, đặc khu", "giao cụ thể cho 26 chi hội"), a cluster's members, a
place's census ("toàn tỉnh có 11 phường, 85 xã"), a union with its places, the banks whose capital it manages, where
guests came from, the old places a merger joined ("3 xã cũ"), the area a programme covers ("trên địa bàn 3 tỉnh"),
the places whose total a figure is ("của 5 tỉnh đạt …"), the places a census's members live in ("48.622 hội viên ở
21 phường, xã"), the unions of a level under the province, and a meeting's reach ("trực tuyến tới Hội LHPN 54 xã").
Rules of :data:`wuanalysis.skip_rules.RULES` (issue 11, benchmarks/checksets/iv11/FINDINGS_figures.md).

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

import re

from .skip_patterns import CAPWORD, Token

# an administrative unit, as a count's noun ("96 xã, phường, đặc khu", "15 xã và 2 thị trấn", "6 tỉnh, thành")
_KIND = (r"(?:xã|phường|đặc khu|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|xóm|ấp|bản|buôn|làng|tổ dân phố|khu phố"
         r"|đơn vị hành chính(?:\s+cấp\s+(?:xã|huyện|tỉnh))?)(?![^\W_])")
_KINDS = rf"\s+{_KIND}(?:\s*,\s*(?:{_KIND}|thành(?![^\W_]))|\s+và\s+{_KIND})*"
# "phân bổ chỉ tiêu cụ thể cho", "giao chỉ tiêu phát triển hội viên về các", "phân bổ kế hoạch vốn tới"
# "Các chỉ tiêu phải được giao cụ thể cho 64 xã, phường và đặc khu", "Kết nạp 80 hội viên mới (giao cụ thể cho 26 chi
# hội, …)": a target given out "cụ thể" (iv11 F8)
_SHARED_OUT_BEFORE = re.compile(
    r"(?:(?:phân bổ|giao|phân giao|phân khai)\s+(?:các\s+)?(?:chỉ tiêu|kế hoạch)(?:\s+[^\W\d_]+){0,5}?"
    r"|(?<!bàn )(?:giao|phân bổ|phân giao)\s+cụ thể)"
    r"\s+(?:cho|về|tới|đến)(?:\s+(?:các|toàn bộ|cả))?\s+$")
_SHARED_TO = ("cho", "về", "tới", "đến", "các", "toàn bộ", "cả")  # the words _SHARED_OUT_BEFORE may end on
_RECEIVERS_NEXT = re.compile(rf"{_KINDS}|\s+(?:cơ sở hội|chi hội|đơn vị)(?![^\W_])")
_PLACES_OR_UNITS_NEXT = re.compile(rf"{_KINDS}|\s+đơn vị(?![^\W_])")


def targets_shared_out(t: Token) -> str | None:
    """"Hội LHPN tỉnh phân bổ chỉ tiêu cụ thể cho 96 xã, phường, đặc khu", "giao chỉ tiêu về các 12 huyện": the
    places or units a plan's targets go to, all of them, the plan's frame (not "hỗ trợ 12 xã xây dựng mô hình"; nor
    "giao chỉ tiêu cho 21 chi hội", the union's own units, figures without target by the fourteenth session's house
    rule, unless the targets are shared out one by one: "giao cụ thể cho 26 chi hội, mỗi chi hội …")."""
    if t.denominator is not None or not ("chỉ tiêu" in t.left_low or "kế hoạch" in t.left_low or "cụ thể" in t.tail):
        return None  # (a literal test first: most numbers follow none of these words)
    if not t.left_low.rstrip().endswith(_SHARED_TO) or not (shared := _SHARED_OUT_BEFORE.search(t.left_low)):
        return None
    one_by_one = "cụ thể" in shared.group()
    return "structure" if (_RECEIVERS_NEXT if one_by_one else _PLACES_OR_UNITS_NEXT).match(t.low, t.end) else None


_MEMBERS_NEXT = re.compile(rf"(?:{_KINDS}|\s+đơn vị)(?:\s*,\s*thành)?\s+thành viên(?![^\W_])")


def cluster_members(t: Token) -> str | None:
    """"Cụm có 9 đơn vị thành viên", "Khối gồm 6 tỉnh, thành thành viên": the members of an emulation cluster, its
    make-up (not "Hợp tác xã có 25 hộ thành viên", nor "7/7 tỉnh thành viên hoàn thành", a ratio of results)."""
    if t.denominator is not None or "thành viên" not in t.low[t.end:t.end + 48]:
        return None
    return "structure" if _MEMBERS_NEXT.match(t.low, t.end) else None


# "Cụm thi đua Hội LHPN 6 thành phố trực thuộc Trung ương", "Cụm thi đua 5 tỉnh Tây Nguyên", "Cụm thi đua Bắc Trung Bộ:
# Hội LHPN 5 tỉnh, thành vượt …": the provinces of a cluster named by their number, its name (iv16 P8, iv20 P10)
# (read in the text's own case: the name's words are capitalised, "Hội LHPN" among them)
_CLUSTER_NAME_BEFORE = re.compile(
    rf"(?:[Cc]ụm thi đua|CỤM THI ĐUA)(?:\s+(?:số\s+\d+|{CAPWORD}))*\s*(?::\s*(?:{CAPWORD}\s+)*)?$")


def cluster_named(t: Token) -> str | None:
    """The number of provinces in a cluster's name, or of the unions a cluster's headline names together (not "Cụm
    thi đua có 5 tỉnh hoàn thành", a count of results)."""
    if t.denominator is not None or "cụm thi đua" not in t.left_low[-70:] or not _KINDS_NEXT.match(t.low, t.end):
        return None  # (a literal test first: most numbers are far from a cluster's name)
    return "structure" if _CLUSTER_NAME_BEFORE.search(t.left[-70:]) else None


# "(mô hình) chính quyền (địa phương) 2 cấp với …": the government the 2025 reform made, its communes and wards next
_TWO_LEVELS_BEFORE = re.compile(r"chính quyền(?:\s+địa phương)?\s+(?:2|hai)\s+cấp\s+với\s*$")
_CENSUS_BEFORE = re.compile(
    r"(?<![^\W_])(?:toàn\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)(?:\s+[^\W\d_]+){0,3}?"
    r"(?:\s+(?:hiện nay|hiện|nay|đến nay|mới))?\s+(?:có|gồm|còn)\s+$")
_CENSUS = re.compile(rf"\d+{_KINDS}(?:\s*(?:,|;|và)\s*\d+{_KINDS})*(?=\s*(?:[.;:()\n]|$|với\s|,?\s*trong đó\b"
                     r"|,?\s*sau\s+(?:khi\s+)?(?:sắp xếp|sáp nhập|hợp nhất)"
                     # "Phường có 24 tổ dân phố, 31 chi hội với 4.368 hội viên": the union's own units follow (iv14 P10)
                     r"|,\s*\d[\d.,]*\s+(?:chi hội|cơ sở hội|tổ hội|tổ phụ nữ|hội viên)(?![^\W_])))")
# "Sau khi sắp xếp, tỉnh có 130 xã, phường, Hội LHPN cấp xã là …": after a merger the census may end at a comma
_CENSUS_AT_A_COMMA = re.compile(rf"\d+{_KINDS}(?:\s*(?:,|;|và)\s*\d+{_KINDS})*(?=\s*,)")
_KINDS_NEXT = re.compile(_KINDS)
_CENSUS_ITEM = re.compile(r"(?<![\d.,])\d+")


def administrative_census(t: Token) -> str | None:
    """"Sau sắp xếp, toàn tỉnh có 11 phường, 85 xã và 3 đặc khu với 412.000 hội viên", "toàn xã có 14 thôn, bản",
    "vận hành chính quyền 2 cấp với 54 xã, phường, đặc khu": the administrative units a place is made of, each count
    of the list (not "toàn tỉnh có 45 xã hoàn thành Đại hội", a result; nor "toàn tỉnh có 124 cơ sở Hội", the union's
    own units; nor "tuyên truyền tại 54 xã", places worked in)."""
    if not t.digits or t.denominator is not None or not t.stripped_tail.endswith(("có", "gồm", "còn", "với")):
        return None  # (a literal test first: most numbers follow none of these words)
    two_levels = t.stripped_tail.endswith("với")  # only after the two-level government's words
    if (two_levels and not _TWO_LEVELS_BEFORE.search(t.left_low)) or (
            not two_levels and not _CENSUS_BEFORE.search(t.tail) and not _place_profile(t)):
        return None
    census = _CENSUS.match(t.low, t.start) or ((two_levels or _after_a_merger(t)) and _CENSUS_AT_A_COMMA.match(
        t.low, t.start))
    if not census:
        return None
    for item in _CENSUS_ITEM.finditer(t.low, t.end, census.end()):
        t.skip_next[item.start()] = ("administrative_census", "structure")
    return "structure"


# "Xã Tân Hòa được thành lập trên cơ sở nhập 3 xã, diện tích tự nhiên 45,2 km2, có 26 xóm": a place's profile, its
# area or population told before the units it is made of (iv11 r003)
_PROFILE_OPENS = re.compile(r"(?:xã|phường|thị trấn|đặc khu|huyện|tỉnh|thành phố)\s+[A-ZĐÂĂÊÔƠƯ]", re.IGNORECASE)
_PROFILE_BEFORE = re.compile(r"(?:diện tích|dân số|km2|km²)(?:[^.;:\n]|\.(?=\d))*,\s*(?:có|gồm)\s+$")


def _place_profile(t: Token) -> bool:
    """Whether the number follows ", có" in a sentence opening on a named place that told its area or population."""
    if not t.stripped_tail.endswith(("có", "gồm")) or "," not in t.tail:
        return False
    window = t.m[max(0, t.start - 200):t.start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1:].lstrip()  # (not "120.000")
    return bool(_PROFILE_OPENS.match(window) and window[:1].isupper() and _PROFILE_BEFORE.search(window.lower()))


_AFTER_A_MERGER = re.compile(r"sau\s+(?:khi\s+)?(?:sắp xếp|sáp nhập|hợp nhất)(?![^\W_])")


def _after_a_merger(t: Token) -> bool:
    """Whether the sentence opens with "Sau (khi) sắp xếp/sáp nhập/hợp nhất" before the number."""
    window = t.low[max(0, t.start - 120):t.start]
    window = window[max(window.rfind("."), window.rfind(";"), window.rfind("\n")) + 1:]
    return bool(_AFTER_A_MERGER.search(window))


# "Hội LHPN huyện và 12 xã, thị trấn đã tổ chức …", "Hội LHPN quận Ba Đình và 14 phường": a union with the unions of
# its places, the actors of what follows
_UNION_AND_BEFORE = re.compile(
    rf"(?i:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)\s+(?:tỉnh|thành phố|huyện|quận|thị xã))(?:\s+{CAPWORD}){{0,3}}"
    r"\s+(?i:và)(?:\s+(?i:các))?\s+$")


def union_and_its_places(t: Token) -> str | None:
    """A union named with the unions of its places, a subject (not "Hội LHPN 10 xã không ngừng đổi mới", nor "Hội
    đã tổ chức tuyên truyền tại 12 xã, phường")."""
    if t.denominator is not None or not t.stripped_tail.endswith(("và", "các")) or "hội" not in t.tail:
        return None
    return "structure" if _UNION_AND_BEFORE.search(t.left) and _KINDS_NEXT.match(t.low, t.end) else None


def partner_banks(t: Token) -> str | None:
    """"dư nợ ủy thác qua 2 ngân hàng", "phối hợp với 02 ngân hàng": the one to three banks whose capital the Union
    manages are its frame, no result (not "vận động 5 ngân hàng và doanh nghiệp tài trợ")."""
    return "structure" if t.value <= 3 and t.low.startswith(" ngân hàng", t.end) else None


_CAME_FROM_BEFORE = re.compile(
    r"(?<![^\W_])(?:đến|tới)\s+từ(?:\s+(?:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)|các))*\s+$")


def places_they_came_from(t: Token) -> str | None:
    """"09 đội … đến từ Hội LHPN 08 xã, thị trấn", "200 hội viên đến từ 15 xã": where an event's teams or guests came
    from, its make-up (not "hợp nhất từ 4 xã", read by merged_places; nor "hỗ trợ 15 xã", places where work was
    done)."""
    if "từ" not in t.tail or not _CAME_FROM_BEFORE.search(t.tail):
        return None
    return "structure" if _KINDS_NEXT.match(t.low, t.end) else None


# ---- the places a report works in (iv11 F4-F9, F12) -----------------------------------------------------------------
# "so với mục tiêu Đề án trên địa bàn 3 tỉnh (6.000 phụ nữ)", "triển khai thống nhất trên địa bàn 124 xã, phường, đặc
# khu": the area a programme or a plan covers
_AREA_BEFORE = re.compile(r"(?<![^\W_])trên địa bàn\s+(?:(?:các|toàn bộ|cả)\s+)?$")


def area_covered(t: Token) -> str | None:
    """The places a programme or plan covers, all of them, its frame (not "… của 86 xã trên địa bàn tỉnh", places
    where work was done, the area after them)."""
    if t.denominator is not None or "địa bàn" not in t.tail:
        return None  # (a literal test first: most numbers follow neither word)
    return "structure" if _AREA_BEFORE.search(t.tail) and _KINDS_NEXT.match(t.low, t.end) else None


# "tổng dư nợ ủy thác qua NHCSXH của 5 tỉnh đạt 18.940 tỷ đồng", "phát triển hội viên của 3 tỉnh cộng lại là 9.000": the
# places whose total the next figure is
_OWNERS_BEFORE = re.compile(r"(?<![^\W_])của\s+(?:(?:các|cả)\s+)?$")
_TOTAL_NEXT = re.compile(
    rf"(?:{_KINDS}|\s+đơn vị(?:\s+thành viên)?)(?:\s+cũ)?(?:\s+(?:cộng lại|gộp lại|cộng))?\s*,?\s+(?:đều\s+)?"
    r"(?:đạt|là|lên|lên tới|tăng|giảm|ước đạt)"
    r"\s+(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?\d")


def owners_of_a_total(t: Token) -> str | None:
    """The places whose total the next figure is, a sentence's subject (not "trao quà cho 405 trẻ em … của 86 xã",
    places after a result; nor "Hội đã hỗ trợ 4 tỉnh đạt chuẩn")."""
    if t.denominator is not None or not t.stripped_tail.endswith(("của", "các", "cả")):
        return None
    return "structure" if _OWNERS_BEFORE.search(t.tail) and _TOTAL_NEXT.match(t.low, t.end) else None


# "Toàn thành phố hiện có 48.622 hội viên ở 21 phường, xã", "Hội LHPN phường có 47 chi hội tại 47 tổ dân phố": the
# places a census's members or branches live in (the branches themselves are counted: "sinh hoạt tại 38 chi hội")
_CENSUS_OF_MEMBERS_BEFORE = re.compile(
    r"(?<![^\W_])(?:có|gồm|còn)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?\d[\d.,]*\s+(?:hội viên|chi hội|cơ sở hội|tổ hội)"
    r"(?:\s+[^\W\d_]+){0,4}?\s*,?\s+(?:ở|tại|thuộc|trong)\s+(?:(?:các|cả)\s+)?$")


def census_places(t: Token) -> str | None:
    """The administrative places a census of members or branches lives in (not "hỗ trợ 60 hội viên ở 5 xã vùng cao",
    places where work was done)."""
    if t.denominator is not None or not t.stripped_tail.endswith(("ở", "tại", "thuộc", "trong", "các", "cả")) or (
            "hội" not in t.left_low):
        return None  # (literal tests first: most numbers follow none of these words)
    return "structure" if _CENSUS_OF_MEMBERS_BEFORE.search(t.left_low) and _KINDS_NEXT.match(t.low, t.end) else None


# "130 Hội LHPN xã, phường trực thuộc trực tiếp Hội LHPN tỉnh", "69 Hội LHPN xã, phường đã được kiện toàn và trực
# thuộc …": the unions of a level under the province after the reform, the union's make-up
_UNIONS_UNDER_NEXT = re.compile(
    rf"\s+hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)(?:\s+cấp)?{_KINDS}(?:\s+[^\W\d_]+){{0,6}}?\s+trực thuộc(?![^\W_])")


def unions_under_the_province(t: Token) -> str | None:
    """The unions of a level that the province's union now holds directly (not "45 Hội LHPN xã đã hoàn thành Đại
    hội", a result)."""
    if t.denominator is not None or not t.low.startswith(" hội", t.end) or "trực thuộc" not in t.low[t.end:t.end + 90]:
        return None  # (literal tests first: most numbers have no union after them)
    if t.stripped_tail and t.stripped_tail[-1] not in ",;:.(-–":
        return None  # "với 148 Hội LHPN xã, phường trực thuộc", "phân bổ lại cho 124 Hội LHPN xã … trực thuộc": the
        # union's own units it holds or gives targets to, figures (house rules of sessions 13 and 14)
    return "structure" if _UNIONS_UNDER_NEXT.match(t.low, t.end) else None


# "Hội nghị được tổ chức trực tuyến tới Hội LHPN 54 xã, phường, đặc khu", "kết nối tới 34 tỉnh, thành phố", "kết nối
# tới điểm cầu Hội LHPN 34 tỉnh, thành phố" (iv12 P18): the places a meeting reached (but "kết nối tới 63 điểm cầu"
# counts its connected rooms, and "34/34 tỉnh" is a ratio)
# "với sự tham gia trực tuyến của Hội LHPN 166 xã, phường", "với sự tham dự của 27 xã" (iv14 P10)
# "giao ban trực tuyến 9 tháng với 34 Hội LHPN tỉnh, thành" (iv20 P10): the meeting's period may come between
_REACH_BEFORE = re.compile(
    r"(?:(?:trực tuyến|kết nối(?:\s+trực tuyến)?)(?:\s+\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?)?\s+(?:tới|đến|với)"
    r"|sự\s+(?:tham gia|tham dự|góp mặt)(?:\s+trực tuyến)?\s+của)\s+(?:(?:các|toàn bộ|cả)\s+)?"
    r"(?:điểm cầu\s+(?:(?:của|tại)\s+)?)?(?:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)\s+)?$"
    # "Hội nghị trực tuyến sơ kết … với các điểm cầu tại 34 tỉnh, thành phố": the points name the reach (iv22 P5)
    # (not "lắp đặt điểm cầu tại 12 xã", work done)
    r"|(?<![^\W_])(?:với|tới|đến)\s+(?:(?:các|cả)\s+)?điểm cầu\s+(?:của|tại|ở)\s+(?:(?:các|cả)\s+)?"
    r"(?:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)\s+)?$")
# "hội nghị tổng kết …, có 64 xã, phường tham dự": the places that attended (not "12 xã tham gia mô hình", work done)
_ATTENDED_NEXT = re.compile(rf"{_KINDS}\s+(?:đã\s+|về\s+)*(?:tham dự|dự hội nghị|dự đại hội)(?![^\W_])")


def meeting_reach(t: Token) -> str | None:
    """The places a meeting was broadcast to or gathered, its frame (iv10 G5, iv14 P10)."""
    if t.denominator is not None:
        return None
    if "dự" in t.low[t.end:t.end + 40] and _ATTENDED_NEXT.match(t.low, t.end):
        return "structure"
    if not ("tuyến" in t.tail or "kết nối" in t.tail or "điểm cầu" in t.tail or ("của" in t.tail and "sự" in t.tail)):
        return None  # (the words each way of reaching needs: "trực tuyến", "kết nối", "điểm cầu", "sự … của")
    before = t.left_low[-60:] if "điểm cầu" in t.tail else t.tail  # "… tới các điểm cầu Hội LHPN": a longer reach
    if not (reach := _REACH_BEFORE.search(before)):
        return None
    online = "tuyến" in reach.group() or "kết nối" in reach.group() or "điểm cầu" in reach.group()
    return "structure" if _KINDS_NEXT.match(t.low, t.end) or (
        online and _UNIONS_OF_PLACES_NEXT.match(t.low, t.end)) else None


# "giao ban trực tuyến … với 34 Hội LHPN tỉnh, thành", "kết nối tới 126 Hội LHPN xã, phường": the unions of the places
# a meeting reached online (iv20 P10; "với sự tham gia của 34 Hội LHPN tỉnh, thành phố" counts the unions that came,
# iv19's gold)
_UNIONS_OF_PLACES_NEXT = re.compile(rf"\s+hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)(?:\s+cấp)?{_KINDS}")


# "(tính chung 4 xã trước sáp nhập)", "phong trào phụ nữ của 3 xã cũ", "cụm hoạt động với 4 tỉnh sau hợp nhất": the
# old places a merger joined, or the new ones it left, named again in passing (iv13 R′, iv14 P10): where the clause
# ends, or as the owner of what is told ("của 3 xã cũ"); "12 xã cũ đã hoàn thành chỉ tiêu" counts the actors of a result
_FORMER_NEXT = re.compile(
    rf"{_KINDS}\s+(?:cũ|(?:trước|sau)\s+(?:khi\s+)?(?:sáp nhập|hợp nhất|sắp xếp))(?![^\W_])")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;,)|\n]|$)")
_OWNER_BEFORE = re.compile(r"(?<![^\W_])của\s+(?:(?:các|cả)\s+)?$")


# "sau khi 45 xã, phường mới của tỉnh chính thức đi vào hoạt động", "124 xã, phường, đặc khu mới đồng loạt vận hành":
# the new places a merger left opening their work, the province's make-up (iv18 P12)
_NEW_PLACES_OPEN = re.compile(
    rf"{_KINDS}\s+mới(?:\s+(?:của|thuộc|trên địa bàn)\s+(?:toàn\s+)?(?:tỉnh|thành phố))?"
    r"(?:\s+(?:đã|chính thức|bắt đầu|đồng loạt|cùng))*\s+(?:đi vào hoạt động|hoạt động|vận hành)(?![^\W_])")


def places_of_a_merger(t: Token) -> str | None:
    """The places a merger joined or left, counted again in passing or opening their work: the report's frame (not
    "2/2 địa phương trước sắp xếp đều hoàn thành", a ratio of results, nor "12 xã cũ đã hoàn thành", places that
    acted)."""
    if t.denominator is not None:
        return None
    after = t.low[t.end:t.end + 50]
    if "mới" in after and ("hoạt động" in t.low[t.end:t.end + 100] or "vận hành" in t.low[t.end:t.end + 100]) and (
            _NEW_PLACES_OPEN.match(t.low, t.end)):
        return "structure"
    if not ("cũ" in after[:40] or "sáp" in after or "hợp nhất" in after or "sắp" in after):
        return None  # (a literal test first: most numbers have none of these words after them)
    if not (former := _FORMER_NEXT.match(t.low, t.end)):
        return None
    passing = _CLAUSE_ENDS.match(t.low, former.end()) or _OWNER_BEFORE.search(t.tail)
    return "enumeration" if passing else None


# "Hội LHPN thị xã có 20 cơ sở Hội (12 phường, 8 xã)", "40 cơ sở Hội, gồm 31 phường và 9 xã": the units or places just
# counted, broken down by the kind of place (iv22 P5; house rule: a make-up stays out): two counts of places or more,
# summing to the count before them, the breakdown closed by its bracket or its clause
_BREAKDOWN_OPENS = re.compile(r"[^\d()\n.;:]{0,40}?(?:(\()\s*|,?\s+gồm:?\s+)")
_BREAKDOWN_ITEM = re.compile(
    rf"(\d{{1,3}}(?:\.\d{{3}})*)\s+{_KIND}(?:\s+[^\W\d_,;()]+){{0,2}}?(?=\s*[,;)]|\s+và\s|\s*[.\n]|$)")
_BREAKDOWN_SEPARATOR = re.compile(r"\s*(?:,|;|và)\s*")


def breakdown_of_a_count(t: Token) -> str | None:
    """A count's make-up by the kind of place, in brackets or after "gồm": "20 cơ sở Hội (12 phường, 8 xã)" (12 and 8
    sum to 20: neither is a figure; not "20 cơ sở Hội (12 cơ sở vững mạnh)", "(12 hộ nghèo, 18 hộ cận nghèo)", nor
    "20 xã (12 xã, 5 phường)" summing elsewhere)."""
    if not t.figures or t.denominator is not None or not ("(" in t.tail or "gồm" in t.tail):
        return None  # (literal tests first: most numbers follow neither)
    prev = t.figures[-1]
    if prev.unit_class != "count" or not (opens := _BREAKDOWN_OPENS.match(t.low, prev.end)) or opens.end() > t.start:
        return None
    starts, total, at = [], 0.0, opens.end()
    while (item := _BREAKDOWN_ITEM.match(t.low, at)) is not None:
        starts.append(item.start())
        total += float(item.group(1).replace(".", ""))
        at = item.end()
        if not (sep := _BREAKDOWN_SEPARATOR.match(t.low, at)):
            break
        at = sep.end()
    closed = t.low.startswith(")", at) if opens.group(1) else (at >= len(t.low) or t.low[at] in ".;\n")
    if len(starts) < 2 or t.start not in starts or abs(total - prev.value) > 1e-9 or not closed:
        return None
    return "structure"
