"""The provinces a report names, counted by how it names them: :func:`_province_mentions`.

A province's name counts where it names the province: not as a commune's or district's name ("phường Hòa Bình"), a
commune in a list of communes, a person ("bà Nguyễn Thị Thái Bình"), a street ("đường Hải Phòng"), a union dissolved
in 2025 ("(huyện Đồng Phú, tỉnh Bình Phước cũ)"); a newspaper's name or masthead, a meeting's venue, "tỉnh X" and the
headline's names are counted apart, for :mod:`wuanalysis.reporter` to weigh.
"""
from __future__ import annotations

import re
from collections import Counter

from . import catalogue
from .headline import _FURNITURE
from .level_rules import _FORMER, _NAME, _UPPER
from .report_era import Era as _Era
from .text import match_form

# ("trên đường đến Hà Nội", "dọc đường" are on the way, not a street)
_STREET_BEFORE = re.compile(r"(?<!\w)(?:(?<!trên )(?<!dọc )đường|(?<!thành )phố|ngõ|hẻm|kiệt)\s*$")
_PLACE_KIND_BEFORE = re.compile(r"(?<!\w)(?:xã|phường|huyện|quận|thị trấn|tx\.?|tt\.?|p\.|q\.|h\.)\s*$")


_PERSON_BEFORE = re.compile(  # a capitalised surname, then up to two given names ("Đoàn" is also a delegation)
    r"(?<!\w)(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Mai|Cao|Lương|Hà"
    rf"|Tạ|Triệu|Nông|Lò)(?:[ \t]+[A-Z{_UPPER}]\w*){{0,2}}[ \t]+$")
# a meeting's venue: "tại TP. Hà Nội", "diễn ra tại Trung tâm Hội nghị quốc gia, Hà Nội", "tại thủ đô Hà Nội"
_VENUE_BEFORE = re.compile(r"(?<!\w)tại\s+(?:(?:trung tâm|hội trường|nhà|cung|khách sạn|trụ sở)[^.;:\n]{0,45},\s*)?"
                           r"(?:(?:tp\.?|thành phố|thủ đô)\s*)?$")
# a union's own site, its address beside its name ("hoilhpn.quangninh.gov.vn - Hội LHPN tỉnh Quảng Ninh"): the union's
# province, not a newspaper's
_UNION_OF_BEFORE = re.compile(r"hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)\s+(?:tỉnh|thành phố|tp\.?)\s*$")
_MEDIA_BEFORE = re.compile(r"(?<!\w)(?:báo|đài|tạp chí|truyền hình|phát thanh)\s*$")
# the provinces a merger joined, named as such: "năm đầu tiên sau hợp nhất tỉnh Long An và Tây Ninh" says which
# provinces merged, not who reports ("Hội LHPN tỉnh" alone is the headline's "Tây Ninh: …", iv14 P13)
_MERGED_BEFORE = re.compile(r"(?<!\w)(?:hợp nhất|sáp nhập|sắp xếp)(?:\s+(?:từ|với|giữa|của))?\s+tỉnh\s*$")



def _line_at(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


# a site's credit opening its lede: "(baoquangninh.vn) - Ngày 7/10, Hội LHPN tỉnh Quảng Ninh tổ chức …", "(Baonghean.vn)
# – Sáng 3/4, …", "(www.baothanhhoa.vn) - …", "(baonghean.vn) Sáng 3/4, …"
_DOMAIN = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net)"
_SITE_CREDIT = re.compile(rf"[ \t]*(?:\([ \t]*{_DOMAIN}[ \t]*\)(?:[ \t]*[-–])?|{_DOMAIN}[ \t]*[-–])[ \t]*")


def _in_a_credited_lede(text: str, at: int) -> bool:
    """Whether the name at ``at`` stands in a lede that opens on the site's credit (:data:`_SITE_CREDIT`): the lede
    names the report's province as any sentence does; the credit is the site's, and a short line after it too."""
    start = text.rfind("\n", 0, at) + 1
    credit = _SITE_CREDIT.match(text, start)
    if not credit or credit.end() > at:
        return False
    rest = _line_at(text, at)[credit.end() - start:]
    return len(rest.split(None, 8)) > 8 and not _FURNITURE.search(rest)


# "tại các xã Gia Hội, Bình Thuận", "3 phường Phú Thọ, Hải Dương và …": after 2025 many communes carry old
# provinces' names, and a list of several communes goes on naming communes
_PLACE_LIST_BEFORE = re.compile(
    rf"(?<!\w)(?i:các|những|\d+)\s+(?i:xã|phường|thị trấn|huyện|quận|thị xã)(?:\s*,\s*(?i:xã|phường|thị trấn))*"
    rf"\s+{_NAME}(?:\s*(?:,|\svà)\s*{_NAME})*\s*(?:,|\svà)\s*$")


class _Named(Counter):
    """The provinces a text names, counted; ``written_tinh`` counts those written "tỉnh X", ``in_title`` those in
    the headline (``title_tinh`` those the headline writes "tỉnh X"), ``masthead`` those only a newspaper's name or
    masthead gives ("Báo Bình Dương"), ``venue`` those named as where a meeting is held ("tại TP. Hà Nội", "tại
    Trung tâm Hội nghị quốc gia, Hà Nội"); ``era`` (set by :func:`_organisation`) tells when the text was written
    (:class:`_Era`)."""
    written_tinh: Counter
    in_title: Counter
    title_tinh: Counter
    masthead: Counter
    venue: Counter
    era: _Era


def _province_mentions(text: str, title: str) -> _Named:
    named = _Named()
    named.written_tinh, named.in_title, named.masthead, named.venue = Counter(), Counter(), Counter(), Counter()
    named.title_tinh = Counter()
    title_at = text.find(title) if title else -1
    found = list(catalogue.find_provinces(text))
    befores = [match_form(text[max(0, start - 12):start]).lower() for start, _end, _name in found]
    # a name the text gives a commune or district ("phường Hòa Bình") is that place wherever it stands bare ("Hòa
    # Bình là phường trung tâm"); only "tỉnh Hòa Bình" names the province then
    local = {name for (_s, _e, name), before in zip(found, befores) if _PLACE_KIND_BEFORE.search(before)}
    for (start, end, name), before in zip(found, befores):
        if _PLACE_KIND_BEFORE.search(before) or _FORMER.match(text, end):
            continue  # "phường Vĩnh Phúc"; "(huyện Đồng Phú, tỉnh Bình Phước cũ), tỉnh Đồng Nai" names Đồng Nai
        if name in local and not before.rstrip().endswith(("tỉnh", "thành phố", "tp.", "tp")):
            continue
        if before.rstrip().endswith((",", " và")) and _PLACE_LIST_BEFORE.search(text[max(0, start - 90):start]):
            continue  # "các xã Gia Hội, Bình Thuận": a commune in a list of communes
        if _PERSON_BEFORE.search(text[max(0, start - 24):start]):
            continue  # a person named like a province: "bà Nguyễn Thị Thái Bình", "ông Lê Hà Nam"
        if _STREET_BEFORE.search(before):
            continue  # a street named after a province: "kiệt 10, đường Hải Phòng", "phố Hà Nội"
        line = _line_at(text, start)
        if _MEDIA_BEFORE.search(before) or (len(line) <= 150 and _FURNITURE.search(line)
                                            and not _in_a_credited_lede(text, start)
                                            and not _UNION_OF_BEFORE.search(match_form(
                                                text[max(0, start - 40):start]).lower())):
            named.masthead[name] += 1  # a newspaper or its masthead: "Báo Bình Dương điện tử - www.baobinhduong.vn"
            continue
        named[name] += 1
        if _VENUE_BEFORE.search(match_form(text[max(0, start - 60):start]).lower()):
            named.venue[name] += 1
        if before.rstrip().endswith("tỉnh") and not _MERGED_BEFORE.search(match_form(text[max(0, start - 30):start])
                                                                          .lower()):
            named.written_tinh[name] += 1
        if title_at >= 0 and title_at <= start < title_at + len(title):
            named.in_title[name] += 1
            if before.rstrip().endswith("tỉnh"):
                named.title_tinh[name] += 1
    return named
