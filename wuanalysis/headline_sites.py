"""The page around a report's article: the lists of other articles, menus, lines about the page, photo captions.

What a site prints around an article (a "Tin liên quan" list and its headlines, a menu of three items or more, an
author's or source's line, a footer, reading tools, a strip of other headlines, a photo's caption and the date it was
taken) names other places and other years than the report's: :func:`article_text` leaves them out before level,
province and period are read, and the headline and publication date rules of :mod:`wuanalysis.headline` pass over
them. So do the lines above a headline: a site's name (its masthead, a portal's chain of local bodies), a breadcrumb,
a Word report's letterhead; the union a letterhead names last issues the report (:func:`letterhead_issuer`).
"""
from __future__ import annotations

import re

from .skip_patterns import is_furniture_line
from .text import may_match, pieces_gate

# a photo's caption or credit ("Ảnh: Minh Thư - 12/5/2020", "(Ảnh chụp ngày 8/3/2019)", "Ảnh tư liệu năm 2019",
# "… (chụp tháng 4/2021)"); "Tin, ảnh: Lê Minh - 13/8/2025" is the article's byline
_PHOTO_LINE = re.compile(r"(?i)(?:^|[\s(.,;])ảnh(?:\s+(?:tư liệu|minh họa|minh hoạ))?\s*(?::|chụp|tư liệu)"
                         r"|chụp\s+(?:ngày|tháng|năm|lúc|vào)")
_BYLINE_PHOTO = re.compile(r"(?i)(?:tin|bài)\s*(?:,|và|/|-)\s*ảnh\s*:")


_PHOTO_GATE = pieces_gate("chụp")  # with the letters case-blind matching pairs otherwise (text.may_match)
_AFTER_PHOTO = (":", "tư liệu", "minh h")  # what follows "ảnh" in a caption, after spaces
_SPACE_RUN = re.compile(r"\s*")


def is_photo_line(line: str) -> bool:
    """Whether a line is a photo's caption or credit (:data:`_PHOTO_LINE`). Most lines hold no "chụp" and no "ảnh"
    followed by ":", "tư liệu" or "minh họa": literal looks in the lower-cased line tell that for a fraction of the
    case-blind search ("hình ảnh", "hoàn cảnh" are frequent; tests/test_headline_gates.py)."""
    low = line.lower()
    if any(piece in low for piece in _PHOTO_GATE):
        return _PHOTO_LINE.search(line) is not None
    at = low.find("ảnh")
    while at != -1:
        if (spaces := _SPACE_RUN.match(low, at + 3)) and low.startswith(_AFTER_PHOTO, spaces.end()):
            return _PHOTO_LINE.search(line) is not None
        at = low.find("ảnh", at + 3)
    return False


# the date a photo was taken, in its caption or credit: after "chụp" or "tư liệu", or after the photographer's name
# ("Ảnh: Thu Trang, ngày 25/12/2025", "Ảnh: Lê Minh - 13/8/2025"); the event a caption shows keeps its year
_PHOTO_DATE = re.compile(
    r"(?i)(?P<keep>(?:chụp|tư liệu)(?:\s+(?:ngày|tháng|năm|lúc|vào))*\s*"
    r"|ảnh\s*:\s*[^\d\n()]{1,40}?[-–,]\s*(?:ngày\s*)?)"
    r"(?:\d{1,2}[/.-])?(?:\d{1,2}[/.-])?\d{4}(?!\d)")


# The page's lists of other articles ("Tin liên quan", "Các tin khác", "Tin cùng chuyên mục" …) on a line of their own:
# what follows are other reports' headlines, with their own places and years
_RELATED_HEADER = re.compile(  # (from a line break: the search skips to line starts)
    r"(?i)\n[ \t]*(?:(?:các |những )?(?:tin|bài|bài viết|tin bài)(?: viết)?[ \t]+"
    r"(?:liên quan|cùng chuyên mục|cùng loại|khác|đã đưa|đã đăng|cũ hơn|mới(?: nhất| hơn| cập nhật)?|tiếp theo|nổi bật"
    r"|xem nhiều(?: nhất)?"
    r"|đọc nhiều(?: nhất)?)|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm"
    r"|(?:được )?(?:đọc|xem) nhiều(?: nhất)?|mới nhất)[ \t]*:?[ \t]*(?=\n|\Z)")
# other articles' headlines after their list's name on the same line: "Tin khác: Hội LHPN tỉnh tổng kết năm 2023 |
# Đồng Văn: …", "Tin mới nhất: …", "Xem thêm: Hải Phòng: Trao quà …"
_RELATED_INLINE = re.compile(r"(?i)[ \t]*(?:(?:các |những )?(?:tin|bài|bài viết|tin bài)(?: viết)?[ \t]+(?:liên quan"
                             r"|cùng chuyên mục|cùng loại|khác|đã đưa|đã đăng|cũ hơn|mới(?: nhất| hơn| cập nhật)?"
                             r"|xem nhiều(?: nhất)?|đọc nhiều(?: nhất)?)|xem thêm|đọc thêm)[ \t]*:[ \t]*\S")
# a link to another article, marked by an arrow, anywhere on the page ("► Hội LHPN tỉnh tổng kết công tác năm 2020",
# "▶ Đại hội phụ nữ huyện nhiệm kỳ 2016 - 2021 (04/2019)"): a headline, not a sentence of this report
_LINKED_TITLE = re.compile(r"[ \t]*[►▶▸][^\n]{4,200}(?<![.;:])[ \t]*$")
# a site menu: "Giới thiệu | Tin tức | Đại hội Phụ nữ các cấp nhiệm kỳ 2021-2026 | Liên hệ"
_MENU_LINE = re.compile(r"[^|\n]{1,60}(?:\|[^|\n]{1,60}){2,}$")
_BODY_LINE = re.compile(r"(?m)^(?:[^\n]*?\s){15}")  # a line of fifteen words or more: the article has begun


def article_text(text: str) -> str:
    """The article without the page's lists of other articles (from a "Tin liên quan" / "Các tin khác" / "Xem thêm"
    line after the article's first paragraph, to the end) and without menu lines of three or more items separated by
    "|": their headlines name other places and other years, never this report's."""
    for m in _RELATED_HEADER.finditer(text):
        if _BODY_LINE.search(text, 0, m.start()):
            text = text[:m.start()]
            break
    text = without_top_list(text)
    if " / " in text:
        text = "\n".join(line for line in text.split("\n") if not _is_headline_strip(line))
    text = "\n".join(_PHOTO_DATE.sub(r"\g<keep>", line) if is_photo_line(line) else line
                     for line in text.split("\n")
                     if not is_page_line(line) and not _LINKED_TITLE.match(line) and not _RELATED_INLINE.match(line))
    if text.count("|") < 2:
        return text
    return "\n".join(line for line in text.split("\n") if line.count("|") < 2 or not _MENU_LINE.match(line))


def without_top_list(text: str) -> str:
    """The page without a list of other articles above the article ("Đọc nhiều nhất" / "Tin mới nhất" and a few
    short lines of headlines, to the paragraph's end, in a sidebar before the headline)."""
    if (top := _RELATED_HEADER.match("\n" + text.lstrip())) and (end := text.lstrip().find("\n\n", top.end() - 1)) > 0:
        rest = text.lstrip()
        block = rest[top.end() - 1:end]
        if block.strip() and block.count("\n") <= 8 and all(len(ln.split()) < 15 for ln in block.split("\n")):
            return rest[end:].lstrip("\n")
    return text


# Lines about the page, not the report (issue 11, benchmarks/NOISE.md): an author with her union ("Lý Thị Yến (Hội
# LHPN tỉnh)", "Bài, ảnh: Thu Hà (Hội LHPN thành phố)"), the source ("Theo Báo Phụ nữ TP.HCM", "Nguồn: Đài Phát thanh
# và Truyền hình Cần Thơ"), a footer ("Bản quyền thuộc về …", "© 2019 …", "Thiết kế bởi VNPT Hà Nội", "Trang thông tin
# điện tử được xây dựng năm 2015", "Cơ quan chủ quản: …", "Giấy phép số …"), tags ("Từ khóa: …", "#…"), reading
# tools ("Cỡ chữ 16 18 20", "Đọc bài 00:00 / 07:18", "Phóng to | Thu nhỏ", "Thời gian đọc: 3 phút"); their unions,
# places and years are the site's or another article's
_NAME_WORD = r"[A-ZĐÀ-Ỹ][^\W\d_]*"
_PAGE_LINE = re.compile(
    rf"^\W*(?:(?i:bài(?:,| và) ảnh|bài|ảnh|tác giả|người đăng)\s*:\s*)?(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}\s*"
    r"\((?i:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)|ctv|ttvh|pv|btv)[^()\n]{0,40}\)\s*$"
    r"|^\W*(?i:theo|nguồn\s*:)\s+(?i:báo|đài|cổng|trang|tạp chí|website|ttxvn|vov|vtv|thông tấn)"
    r"|(?i:bản quyền|copyright|©|thiết kế bởi|phát triển bởi|ghi rõ nguồn|website đang chạy thử|lên đầu trang"
    r"|được xây dựng năm|cơ quan chủ quản|chịu trách nhiệm (?:nội dung|xuất bản)|giấy phép (?:số|xuất bản))"
    r"|^\W*(?i:từ khóa|từ khoá|tags?|chủ đề|chuyên mục|chuyên trang|danh mục)\s*:|^\s*#[^\W\d_]"
    r"|^\s*(?i:cỡ chữ|phóng to|thu nhỏ|tăng cỡ chữ|giảm cỡ chữ|nghe (?:đọc|audio)|đọc bài\s*[:\d]|thời gian đọc|bản in"
    r"|in bài)"
    # a labelled account, tax, postal or service number ("STK: 7493288240 - Vietcombank - Chủ TK: Hội LHPN xã …",
    # "Mã số thuế: …", "Tổng đài quốc gia bảo vệ trẻ em: 111"): the union it names holds an account, it does not report
    r"|^\W*(?i:số tài khoản|tài khoản số|stk|mã số thuế|mst|mã bưu chính|mã định danh|biển số(?: xe)?|tổng đài"
    r"|đường dây nóng|hotline)[^:\n]{0,60}:\s*\(?[A-Z]{0,3}\d"
    # a share bar and a player's controls ("Chia sẻ: Facebook Zalo Twitter", "Phát lại | 13:48")
    r"|^\W*(?i:chia sẻ|share)(?:\s+(?i:bài viết))?\s*:?(?:[\s|,]*(?i:facebook|zalo|twitter|email|e-mail|messenger"
    r"|linkedin))+[\s|]*$"
    r"|^\W*(?i:phát lại|tạm dừng|xem lại|play|replay)\s*[|:]?\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?\s*$"
    # a ward's old number and the ward it is now, alone on its line ("Hội LHPN Phường 2 (cũ), nay là phường Thạnh Mỹ")
    r"|^\W*(?i:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)\s+)?(?i:phường|xã|thị trấn)\s+[^\W_]+(?:\s+[^\W_]+){0,3}\s*"
    r"\((?i:cũ)\)\s*,?\s*(?i:nay là)\s[^.;\n]{0,60}$")
# the pieces of its one alternative not tied to the line's start (text.may_match): a footer's words
_FOOTER_GATE = pieces_gate("bản quyền", "copyright", "©", "thiết kế bởi", "phát triển bởi", "ghi rõ nguồn",
                           "website đang chạy thử", "lên đầu trang", "được xây dựng năm", "cơ quan chủ quản",
                           "chịu trách nhiệm", "giấy phép")


def is_page_line(line: str) -> bool:
    """Whether a line is about the page, not the report: the lines above (``_PAGE_LINE``) and the page furniture the
    figure reader passes over (:func:`wuanalysis.skip_patterns.is_furniture_line`: counters, pagers, contacts,
    "Xem thêm" links, ratings, weather, attached files, market widgets)."""
    return len(line) <= 200 and (_page_line_words(line) or is_furniture_line(line))


def _page_line_words(line: str) -> bool:
    """Whether :data:`_PAGE_LINE` matches in ``line``: every alternative but the footer's is tied to the line's start
    and tried there only; the footer's words are looked for first (:func:`wuanalysis.text.may_match`)."""
    return _PAGE_LINE.match(line) is not None or (
        may_match(_FOOTER_GATE, line) and _PAGE_LINE.search(line) is not None)


_STRIP_PART = re.compile(r"\s*[^\W\d_]")  # a part opening on a letter


def _is_headline_strip(line: str) -> bool:
    """Whether a line is a strip of other articles' headlines ("Cần Thơ: Các cơ quan không được kéo dài thời gian
    nghỉ Tết / Phấn đấu thông xe cao tốc Mỹ Thuận - Cần Thơ tháng 4/2023"): two or more parts of four words or more,
    each opening on a capital, no sentence stop."""
    parts = line.split(" / ")
    return (len(parts) >= 2 and len(line) <= 300 and ". " not in line and not line.rstrip().endswith(".")
            and all(len(p.split()) >= 4 and _STRIP_PART.match(p) and p.strip()[:1].isupper() for p in parts))


# a site's name on a line of its own above the menu and the headline: a paper ("Báo Lai Châu điện tử", "BÁO QUẢNG NAM
# ONLINE", "Báo Phụ nữ Việt Nam"), a portal ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐÔNG THÀNH - TỈNH NINH BÌNH", "Trang thông tin
# điện tử thị xã Phú Mỹ"), a local government ("UBND XÃ YÊN LẠC - HUYỆN PHÚ LƯƠNG"), a union's own site ("HỘI LIÊN
# HIỆP PHỤ NỮ TỈNH NGHỆ AN", "Hội LHPN tỉnh Quảng Ngãi"): its opening words, then only names and place kinds, no verb
# (not "Báo cáo kết quả …", "Hội LHPN tỉnh tổ chức …")
# ("Website Hội Liên hiệp Phụ nữ tỉnh Nghệ An": the same after the word "website")
_MASTHEAD_OPEN = re.compile(r"(?i)\W*(?:website\s+)?(?:(?:báo|tạp\s+chí)\s+(?!cáo(?!\w))"
                            # "CỔNG THÔNG TIN HỘI LHPN TỈNH CÀ MAU": a portal named by its union (iv23 P21)
                            r"|(?:(?:cổng|trang)\s+(?:thông\s+tin|tt)(?:\s*(?:điện\s+tử|đt)|(?=\s+(?:của\s+)?hội\s))|cổng\s+ttđt|ubnd"
                            r"|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|đảng\s+(?:ủy|uỷ)|hđnd"
                            r"|hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ))(?!\w))")
_MASTHEAD_WORDS = {"tỉnh", "thành", "phố", "tp", "huyện", "quận", "thị", "xã", "trấn", "phường", "đặc", "khu", "điện",
                   "tử", "online", "phụ", "nữ", "nhân", "dân", "việt", "nam", "và"}
_MASTHEAD_WORD = re.compile(r"[^\W\d_]+|[^\w\s]")


# the section a page sits in, after the site's name: "HỘI LHPN TỈNH VĨNH PHÚC - Hoạt động cơ sở", "Báo Lai Châu điện
# tử - Tin địa phương", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI NƯỚC | Tin hoạt động" (a few words, no digit)
# and the site's kind after its name: "Hội LHPN tỉnh Bắc Ninh - Trang thông tin điện tử", "… | Cổng TTĐT", "… – Trang
# tin điện tử", "… | Website chính thức"
# ("HỘI LHPN TỈNH QUẢNG TRỊ - Tin hoạt động cơ sở", "Hội LHPN tỉnh Đồng Nai › Tin cơ sở", "… › Cơ sở Hội": a longer
# section's name, a breadcrumb's arrow, iv25 D1)
_SECTION_TAIL = re.compile(r"(?i)\s+[-–|›»>]\s*(?:(?:hoạt\s+động|tin(?:\s+(?:tức|hoạt\s+động))?|sự\s+kiện|thông\s+tin"
                           r"|chuyên\s+mục|cơ\s+sở)(?!\w)"
                           r"(?:\s*[-–]?\s*[^\W\d_]+){0,3}"
                           r"|(?:(?:cổng|trang)\s+(?:thông\s+tin|tin|tt)\s*(?:điện\s+tử|đt)|cổng\s+ttđt|website)"
                           r"(?:\s+chính\s+thức)?)\s*$")
# a commune's, ward's or special zone's portal named by its place and the province or city above it: "ĐẶC KHU PHÚ
# QUỐC - TỈNH AN GIANG", "XÃ ĐÔNG HƯNG - TỈNH CÀ MAU", "Phường Thuận Hóa - Thành phố Huế" (not "Phường Hạc Thành - Đại
# hội phụ nữ lần thứ I …", a headline)
_PLACE_SITE = re.compile(r"(?i)\W*(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã)(?!\w)"
                         r"(?=[^-–|\n]+[-–]\s*(?:tỉnh|thành\s+phố|tp\.?)(?!\w))")


# the site's address at an edge of its masthead: "hoilhpn.quangninh.gov.vn - Hội LHPN tỉnh Quảng Ninh", "Hội LHPN
# tỉnh Quảng Ninh | www.hoilhpn.quangninh.gov.vn"
_SITE_ADDRESS = r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)(?:/[^\s|]*)?"
_SITE_ADDRESS_EDGE = re.compile(rf"(?i)^\W*{_SITE_ADDRESS}\s*[-–|:]\s*|\s*[-–|]\s*{_SITE_ADDRESS}\s*$")


# a union's portal named by its place first: "Quảng Ngãi - Cổng thông tin Hội LHPN tỉnh", "Cà Mau | Trang thông tin
# điện tử Hội Liên hiệp Phụ nữ tỉnh" (iv23 P21): capitalised names, then the portal's kind and its union
_PORTAL_OF_A_PLACE = re.compile(
    r"\W*(?P<place>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})\s*[-–|]\s*(?i:(?:cổng|trang)\s+(?:thông\s+tin|tin|tt)"
    r"(?:\s*(?:điện\s+tử|đt))?(?:\s+(?:của\s+)?hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ)"
    r"(?:\s+(?:tỉnh|thành\s+phố|huyện|xã|phường|đặc\s+khu))?)?)\s*$")


def _is_masthead(line: str) -> bool:
    """Whether ``line`` is a site's name alone (:data:`_MASTHEAD_OPEN`, or a place and the one above it, or a place and
    its union's portal), the section it shows aside: after its opening words, only capitalised names, place kinds and
    dashes."""
    if _PORTAL_OF_A_PLACE.match(line):
        return True
    if "." in line:  # (a literal test first: most lines hold no site's address)
        line = _SITE_ADDRESS_EDGE.sub("", line)
    line = _SECTION_TAIL.sub("", line)
    m = _MASTHEAD_OPEN.match(line) or _PLACE_SITE.match(line)
    if not m or len(line.split(None, 20)) > 20:
        return False
    return all(w[0].isupper() or w.lower() in _MASTHEAD_WORDS or w in "-–,."
               for w in _MASTHEAD_WORD.findall(line, m.end()))


# a Word report's letterhead, cell by cell (its two columns joined by a tab): the national motto ("CỘNG HÒA XÃ HỘI CHỦ
# NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), the union's body ("BAN THƯỜNG VỤ HỘI LHPN HUYỆN VỊ XUYÊN", "BAN
# CHẤP HÀNH HỘI LHPN XÃ TAM DƯƠNG"), its number ("Số: 42/BC-HPN"), its place and date ("Vị Xuyên, ngày 12 tháng 6
# năm 2025"), a rule of stars or dashes
_LETTERHEAD_CELL = re.compile(
    r"(?i)\W*(?:cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam|độc\s+lập\s*[-–]\s*tự\s+do\s*[-–]\s*hạnh\s+phúc"
    r"|đảng\s+cộng\s+sản\s+việt\s+nam|số\s*:?\s*\d+[\w/.-]*"
    r"|ban\s+thường\s+vụ|ban\s+chấp\s+hành|đoàn\s+chủ\s+tịch|thường\s+trực(?:\s+hội)?"
    r"|[^\d,\n]{1,40},\s*ngày\s+[\d.…_ ]{1,6}\s*tháng\s+[\d.…_ ]{1,6}\s*năm\s+\d{4})\W*$|[\W_]*$")
_LETTERHEAD_BODY = re.compile(r"(?i)\W*(?:ban\s+thường\s+vụ|ban\s+chấp\s+hành|bch|đoàn\s+chủ\s+tịch|thường\s+trực)"
                              r"\s+(?:(?:trung\s+ương|tw)\s+)?(?=hội\s)")


# the party committee of the union's place heading a letterhead's left column, beside the other column ("ĐẢNG BỘ XÃ HẬU
# LỘC\t\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "ĐẢNG ỦY PHƯỜNG VĨNH HƯNG\tHỘI LHPN VIỆT NAM"), in capitals
_PARTY_CELL = re.compile(r"\W*ĐẢNG\s+(?:BỘ|ỦY|UỶ)\s+"
                         r"(?:XÃ|PHƯỜNG|THỊ\s+TRẤN|ĐẶC\s+KHU|HUYỆN|QUẬN|THỊ\s+XÃ|THÀNH\s+PHỐ|TỈNH)\s+[^\W\d_][^\d\t]{0,40}$")


def _is_letterhead(line: str) -> bool:
    """Whether every cell of ``line`` (split at tabs) is a letterhead's (:data:`_LETTERHEAD_CELL`, a site's or union's
    name as :func:`_is_masthead` reads it, a union's body and its name in capitals, a party committee's beside
    another cell: :data:`_PARTY_CELL`)."""
    if len(line) > 200:
        return False  # (a letterhead's two cells are short)
    tabbed = "\t" in line.strip()
    for cell in line.split("\t"):
        if _LETTERHEAD_CELL.match(cell) or (tabbed and cell.isupper() and (_PARTY_CELL.match(cell)
                                                                            or _BODY_OF_PLACE.match(cell))):
            continue
        body = _LETTERHEAD_BODY.match(cell)
        name = cell[body.end():] if body else cell
        if not (_is_masthead(name) and (not body or cell.isupper())):
            return False
    return True


_ALNUM = re.compile(r"[^\W_]")
_UNION_CELL = re.compile(r"(?i)\W*(?:(?:ban\s+thường\s+vụ|ban\s+chấp\s+hành|bch|đoàn\s+chủ\s+tịch|thường\s+trực)\s+)?"
                         r"hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ)\s")


def letterhead_issuer(lines: list[str], headline_at: int) -> str | None:
    """The union that issues a report under a letterhead: of the union names in the letterhead and mastheads above
    the headline (each cell of a tabbed line), the last ("HỘI LHPN TỈNH HÀ GIANG" / "BAN THƯỜNG VỤ HỘI LHPN HUYỆN VỊ
    XUYÊN": the district's standing committee under its province; "HỘI LHPN THÀNH PHỐ HUẾ" / "HỘI LHPN PHƯỜNG THUẬN
    HÓA"), the national union's bare name aside when another is named (:data:`_NATIONAL_UNION`); None when none is,
    or when one line names a union and nothing else is a letterhead's (a site's name)."""
    found, official = [], False
    for line in lines[:max(0, headline_at)]:
        if len(line) > 200:
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        # a motto, a body, a number, a date: a Word report's letterhead
        official = official or any(_LETTERHEAD_CELL.match(cell) and _ALNUM.search(cell) for cell in cells)
        unions = [cell for cell in cells if _UNION_CELL.match(cell)]
        if unions and (_is_letterhead(line) or _is_masthead(line)):
            found += unions
        elif any(_NATIONAL_UNION.match(union) for union in found) and _is_letterhead(line):
            found += _bodies_of_places(cells)
    if not (len(found) >= 2 or (found and official)):
        return None
    own = [union for union in found if not _NATIONAL_UNION.match(union)]
    return (own or found)[-1]


# a union's body named by its place alone, under the national union's name ("HỘI LHPN VIỆT NAM" / "BAN CHẤP HÀNH TỈNH
# LÂM ĐỒNG", "BAN THƯỜNG VỤ HUYỆN GIA LỘC"), in capitals beside another cell
_BODY_OF_PLACE = re.compile(r"\W*(?:BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|BCH)\s+"
                            r"((?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN|ĐẶC\s+KHU)\s+[^\W\d_][^\d\t]{0,40})$")


def _bodies_of_places(cells: list[str]) -> list[str]:
    """The unions a letterhead's bodies of places stand for (:data:`_BODY_OF_PLACE`: "BAN CHẤP HÀNH TỈNH LÂM ĐỒNG" is
    "HỘI LHPN TỈNH LÂM ĐỒNG")."""
    return [f"HỘI LHPN {m.group(1).strip()}" for cell in cells if cell.isupper() and (m := _BODY_OF_PLACE.match(cell))]


# the national union's name alone, as a Hội report's letterhead prints it where a state body prints the motto ("HỘI LHPN
# TỈNH TÂY NINH\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"): the system the issuer belongs to, the issuer only when no other
# union is named (the central union's own reports)
_NATIONAL_UNION = re.compile(r"(?i)\W*hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ)\s+việt\s+nam\W*$")


_CRUMB = re.compile(r"\s*[>»›]\s*")
_CRUMB_PART = re.compile(r"[^\W\d_][^.!?:;]*")


def _is_breadcrumb(line: str) -> bool:
    """A breadcrumb of three parts or more, whatever their words ("Trang chủ > Tin tức > Hoạt động Hội", "Trang chu
    > Tin tuc > Hoat dong doan the", "Trang chủ » Mặt trận và các đoàn thể » Hội Liên hiệp Phụ nữ"): a few words
    each, each opening on a letter, no sentence stop."""
    if ">" not in line and "»" not in line and "›" not in line:
        return False
    parts = [p.strip() for p in _CRUMB.split(line.strip())]
    return (len(parts) >= 3 and len(line.split(None, 18)) <= 18
            and all(_CRUMB_PART.fullmatch(p) and len(p.split()) <= 6 for p in parts))
