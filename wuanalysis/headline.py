"""The headline of one report and the article's date.

The headline is the first line that is neither page furniture nor the lede; the article's date is the date line
under it (a clock above it, or beside a hotline or visitor counter, is the site's, even when the stored "date …"
prefix copied it). The year of the meeting a report covers is the article's, a year earlier when the lede's day
falls more than a month after it (a meeting announced for the coming weeks is in the article's year), or, without
an article date, the lede's own dated meeting.
"""
from __future__ import annotations

import re
from collections import Counter

from .headline_sites import (_BODY_LINE, _BYLINE_PHOTO, _LINKED_TITLE, _MENU_LINE, _RELATED_HEADER, _RELATED_INLINE,
                             _is_breadcrumb, _is_letterhead, _is_masthead, is_page_line, is_photo_line)
from .text import match_form, may_match, pieces_gate

_PUBLISHED_PREFIX = re.compile(
    r"(?im)^\s*(?:date|ngày đăng|đăng ngày|cập nhật|published)\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)")
# (the first digit matched before the look-behind that it is a number's first, so that a search skips from digit to
# digit: 3.5x faster over a text than the look-behind tried at every character; the same matches,
# tests/test_headline_gates.py)
_DATELINE = re.compile(
    r"(\d(?<![\d/]\d)\d?)[/.-](\d{1,2})[/.-](\d{4})(?![\d/])(?:\s*[-–,|]?\s*(\d{1,2}):(\d{2})(:\d{2})?)?"
)
# "Ngày đăng : 06:02, 25/03/2021", after a section name too ("Tin tức - Ngày đăng : …")
_LABELLED = re.compile(
    r"(?i)(?:[^\d:\n]{0,30}?[-–|]\s*)?\s*(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật|ngày xuất bản)\s*:")
_ISO = re.compile(r"(\d(?<!\d\d)\d{3})-(\d{2})-(\d{2})(?!\d)")  # (digit first, as _DATELINE)

_DATE_PREFIX = re.compile(r"(?i)^(?:date|ngày đăng|đăng ngày|cập nhật|published)\s*:?\s*\d{4}(?:-\d{2}(?:-\d{2})?)?\s*")
_FURNITURE = re.compile(  # site banners, menus, weather, hotlines, share buttons
    r"(?i)https?://|www\.|\.(?:com|vn|net)\b|hotline|tòa soạn|toà soạn|tổng biên tập|chuyên mục|trang chủ|google news"
    r"|đăng nhập|(?<!\w)portal(?!\w)|welcome to"  # a portal's banner: "Welcome to Yen Bai Portal"
    r"|°c|\|\s*$|^/|đường dây nóng|truy cập|đang online|^\d{1,3}(?:,\d{3}){2,}\b"  # "25,431,002 lượt truy cập"
    # the page's own controls: "Skip to main content", "A- A A+ | Tăng tương phản", "Multimedia Đọc Báo in"
    r"|skip to (?:main )?content|tương phản|^\W*a-\s+a\s+a\+|đọc báo in|^\W*multimedia\b"
)
# what a page writes before its headline on the same line: a section's name ("Chính quyền - đoàn thể Tích cực triển
# khai …"), an empty field rendered "null" ("null Hội LHPN huyện Hòa Bình tiếp tục …")
_HEAD_PREFIX = re.compile(r"^(?:null\s+|(?i:chính quyền|mặt trận|hoạt động hội|tin hoạt động)\s*[-–]\s*(?i:đoàn thể)\s+"
                          r"(?=[A-ZĐÀ-Ỹ]))")
# a site's clock sits beside its hotline, weather or visitor counter ("HOTLINE: 0987 654 321 | Thứ ba, ngày
# 15/12/2020"); an article's own view count ("804 lượt xem") may stand beside its date
_PAGE_CLOCK_COMPANY = re.compile(r"(?i)hotline|đường dây nóng|°c|truy cập|đang online")
_PAGE_CLOCK_GATE = pieces_gate("hotline", "đường dây nóng", "°c", "truy cập", "đang online")


def _page_clock_company(line: str) -> bool:
    """Whether a line holds one of :data:`_PAGE_CLOCK_COMPANY`'s words; most lines hold none, which a case-sensitive
    look in the lower-cased line tells for a fifth of the case-blind search (:func:`wuanalysis.text.may_match`)."""
    return may_match(_PAGE_CLOCK_GATE, line) and _PAGE_CLOCK_COMPANY.search(line) is not None


_DATE_WORDS = re.compile(r"(?i)thứ\s+(?:\w+|\d)|chủ nhật|gmt\s*\+?\s*\d*|\d{1,2}:\d{2}(?::\d{2})?|[\d/.\-|,\[\]()+]+")
# a lede, not a headline: "(HBĐT) - Chiều 23/7, …", "TPO - Sáng 6/12 …", "Theo Ban tổ chức, Đại hội được tổ chức …."
# (a chain of local bodies is a portal's name: "HĐND - UBND XÃ TÂN LẬP, TỈNH ĐỒNG NAI")
_AGENCY = re.compile(r"^(?!(?:HĐND|UBND|UBMTTQ|MTTQ)\s*[-–])(?:\([A-ZĐ]{2,8}\)|[A-ZĐ]{2,8})\s*[-–]\s")


# an English page clock: "Sat. May 21st, 2022", "Monday, January 3, 2022", "Tue, 12 Mar 2024 08:15"
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_EN_DATE_LINE = re.compile(
    rf"(?i)^\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_EN_MONTH}),?\s+\d{{4}}"
    rf"(?:\s*,?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]m)?)?\s*$")


# a page clock written out: "Thứ năm, ngày 2 tháng 11 năm 2023", "Chủ nhật, ngày 7 tháng 7 năm 2024 | 08:12"
_LONG_CLOCK = re.compile(r"(?i)\s*(?:thứ\s+(?:\w+|\d)|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}"
                         r"\s*(?:,|năm)\s*\d{4}[\s|,\-–:\d()gmt+]*$")


# a date and its author's byline under the headline: "03/07/2026 | Hội LHPN phường Kinh Bắc", "12/3/2026 | Thu Hà"
_DATE_BYLINE = re.compile(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s+\d{1,2}:\d{2})?\s*\|\s*[^\d|.;!?\n]{2,60}$")


def _is_date_line(line: str) -> bool:
    """"Thứ Hai, 28/04/2025, 22:04 (GMT+7)", "31/10/2023", "14:58 29/08/2025": a date and nothing else."""
    return bool(_DATELINE.search(line) or _ISO.search(line)) and len(_DATE_WORDS.sub(" ", line).split()) <= 4


def _headline(lines: list[str]) -> tuple[int, str | None]:
    """The headline and its line: the first line that is neither page furniture (banners, menus, weather, clocks,
    a "date …" prefix) nor a lede sentence (an agency tag, a long or full-stopped sentence); None if the excerpt
    starts with its lede."""
    banner: tuple[int, str] | None = None
    masthead: tuple[int, str] | None = None
    for i, line in enumerate(lines[:12]):
        line = _DATE_PREFIX.sub("", line) if i == 0 else line
        if _in_a_menu(lines, i):
            continue
        if (not line or _FURNITURE.search(line) or _is_date_line(line) or _EN_DATE_LINE.match(line)
                or _LONG_CLOCK.match(line)
                or len(line.split(None, 4)) < 4  # (split no further than the count asked: lines run long)
                or _MENU_LINE.match(line) or _is_section_name(line) or is_page_line(line) or _ACT_LINE.match(line)):
            continue
        line = _HEAD_PREFIX.sub("", line)
        line = _TIME_STAMP.sub("", line)  # "… Hai Bà Trưng (20:35 08/03/2022)": the page's stamp, not the headline's
        lede = (_AGENCY.match(line)
                or ((len(line) > 220 or (line.endswith(".") and (len(line) > 120 or ", " in line)))
                    and not _stopped_headline(line, lines[i + 1] if i + 1 < len(lines) else "")))
        if lede and banner is None and masthead is None and (run_on := _RUN_ON.match(line)):
            return i, run_on.group("head")  # a page flattened to one line: the headline runs into its lede
        if not lede and line.endswith(":") and i + 1 < len(lines) and _second_line(lines[i + 1]):
            line = f"{line} {lines[i + 1]}"  # a headline in two lines: "Quỹ hỗ trợ phụ nữ phát triển:" / "Tạo nguồn …"
        if banner is None and not lede and _BANNER.match(line):
            banner = (i, line[:300])  # the site's greeting above the headline, unless no headline follows it
            continue
        if banner is None and masthead is None and not lede and (
                _is_masthead(line) or _names_the_site_above_its_menu(line, lines[i + 1] if i + 1 < len(lines) else "")):
            masthead = (i, line[:300])  # the site's name above its menu and the headline, unless none follows
            continue
        if not lede and _is_letterhead(line):
            continue  # a Word report's letterhead: "BAN THƯỜNG VỤ HỘI LHPN HUYỆN X\tĐộc lập - Tự do - Hạnh phúc"
        if banner is not None and (lede or i > banner[0] + 3):
            return banner
        if masthead is not None and lede:
            return masthead
        return i, (None if lede else line[:300])
    return banner or masthead or (-1, None)


# an act named by its number alone above the headline, no headline of the report: "Căn cứ Quyết định số 2345/QĐ-UBND
# ngày 12/5/2025 của UBND tỉnh …", "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh"
_ACT_LINE = re.compile(
    r"(?i)\W*(?:căn cứ\s+|theo\s+)?(?:quyết định|nghị quyết|công văn|chỉ thị|thông báo|nghị định|thông tư)(?:\s+số)?"
    r"\s*:?\s*\d+/[\w/.-]*(?:\s+(?:ngày|về)\b(?:[^.;:\n]|\.(?=\S)){0,100})?\s*$")  # (a date's dots: "ngày 9.8.2025")
# a page's stamp after its headline: "(20:35 08/03/2022)", "(14/05/2024)"
_TIME_STAMP = re.compile(r"\s*\(\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*\)\s*$")
# how a lede opens: on its day ("Sáng ngày 11/6,", "Ngày 15/4/2022,"), its year or term ("Năm 2023,", "Trong nhiệm kỳ
# 2016-2021,"), or the programme it carries out ("Thực hiện phong trào …", "Hưởng ứng …")
_LEDE_OPENER = (r"(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)(?:\s+ngày)?\s+\d{1,2}[/.-]\d{1,2}|Năm\s+\d{4}"
                r"|Trong\s+(?:năm|nhiệm\s+kỳ|những\s+năm|thời\s+gian|\d)|Thực\s+hiện\s|Hưởng\s+ứng\s|Nhằm\s"
                r"|Theo\s+(?:báo\s+cáo|đó|bà|ông|chị)\s|(?:Qua|Sau)\s+\d+\s+năm|(?:Vừa\s+qua|Thời\s+gian\s+qua|Những\s+năm\s+qua),)")
_STOPPED_LEDE = re.compile(rf"\s*(?:{_LEDE_OPENER}|\(?[A-ZĐ]{{2,8}}\)?\s*[-–])")
# a page flattened to one line ("date 2021-12 Hội Phụ nữ TP.HCM huy động được hơn 248 tỉ đồng … Trong nhiệm kỳ
# 2016-2021, hội viên …"): a headline of a few words, no stop, then a lede's opening (a section's name before it,
# "Xã hội Lan tỏa …", is the page's)
_RUN_ON = re.compile(rf"(?:(?:Xã hội|Thời sự|Tin tức|Chính trị|Kinh tế|Văn hóa)\s+(?=[A-ZĐÀ-Ỹ]))?"
                     rf"(?P<head>[A-ZĐÀ-Ỹ](?:[^.!?;:,\n]|[.,](?=\S)){{15,200}}?)\s+(?={_LEDE_OPENER})")


def _names_the_site_above_its_menu(line: str, after: str) -> bool:
    """Whether a line is a paper's name right above its menu ("Phụ nữ Thủ đô" / "Tin tức | Hoạt động Hội | Pháp luật"):
    a few words, no digit, no stop, and a menu of words after it (a headline is followed by its date or lede)."""
    return (len(line.split(None, 5)) <= 5 and line[-1:].isalpha() and not any(c.isdigit() for c in line)
            and _MENU_LINE.match(after) is not None and not any(c.isdigit() for c in after))


def _stopped_headline(line: str, after: str) -> bool:
    """Whether a line closed by a full stop is a headline: one sentence with no comma and no lede's opening of its
    own, above a lede that opens on its day, year or programme (or an agency's tag)."""
    return (line.endswith(".") and len(line) <= 300 and ", " not in line and ". " not in line
            and not re.match(_LEDE_OPENER, line)
            and bool(_STOPPED_LEDE.match(after)))


def _second_line(line: str) -> bool:
    """Whether a line can end a headline its line before opens with a colon: a few words, no sentence stop, no date."""
    return (3 <= len(line.split(None, 20)) <= 20 and not line.endswith(".") and not _is_date_line(line)
            and not _AGENCY.match(line) and not _FURNITURE.search(line))


# a site's greeting banner above the headline: "Chào mừng dịp kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9",
# "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TỈNH …", "Mừng Đảng, mừng Xuân Giáp Thìn 2024"
_BANNER = re.compile(r"(?i)\W*(?:nhiệt liệt )?(?:chào mừng|mừng đảng|chúc mừng năm mới|quyết tâm thực hiện thắng lợi"
                     r"|đảng cộng sản việt nam quang vinh)")


_SECTION_WORDS = re.compile(
    r"(?i)^(?:tin tức|sự kiện|hoạt động(?: hội| các cấp hội| cơ sở)?|tin cơ sở|thời sự|xã hội|chính trị|trang chủ"
    r"|tin tổng hợp|tin địa phương|đoàn thể|kinh tế|văn hóa|văn hoá|gia đình|phụ nữ|tin hoạt động"
    r"|mặt trận(?: - đoàn thể)?|tin trong tỉnh|tin trong nước)$")
_SECTION_SEPARATOR = re.compile(r"\s+[-–>»/|]\s+|\s*[>»›]\s*")  # ("Tin tức › Cơ sở Hội", iv23)


def _menu_item(line: str) -> bool:
    """A menu's item on its own line: a few words, no sentence stop, no label's colon, no date ("Đại hội Phụ nữ các
    cấp", "Tin tức - Sự kiện", "Cuộc vận động 5 không 3 sạch"; not "• Đường dây nóng: 02163.818.555")."""
    return 0 < len(line.split(None, 7)) <= 7 and ":" not in line and not line.rstrip().endswith(
        (".", ";", ",")) and not (_DATELINE.search(line) or _ISO.search(line) or _NUMBERED_SECTION.match(line))


# a Word report's numbered section ("I. KẾT QUẢ", "II. CHỈ TIÊU NĂM 2026", "1. Công tác tuyên truyền"): no menu's item,
# so the short headline above it ("BÁO CÁO" / "Tổng kết công tác Hội năm 2024") is no menu either
_NUMBERED_SECTION = re.compile(r"\W*(?:[IVX]{1,4}|\d{1,2})\.\s")


def _in_a_menu(lines: list[str], i: int) -> bool:
    """Whether line ``i`` stands in a site's menu written one item a line: three such lines in a row or more (a
    headline is followed by its lede, a date or a byline, not by two menu items)."""
    items = [_menu_item(line) for line in lines[max(0, i - 2):i + 3]]
    at = min(i, 2)
    return items[at] and any(all(items[j:j + 3]) and j <= at < j + 3 for j in range(len(items) - 2))


def _is_section_name(line: str) -> bool:
    """A site's section or breadcrumb, not a headline: "Tin tức - Sự kiện", "Trang chủ > Hoạt động Hội" (a few
    short parts, one of them a section's name)."""
    parts = [p.strip() for p in _SECTION_SEPARATOR.split(line) if p.strip()]
    if len(parts) == 1 and len(line) <= 24 and _SECTION_WORDS.match(line.strip()):
        return True  # alone on its line under the site's name: "Hoạt động cơ sở", "Hoạt động các cấp Hội"
    return (len(parts) >= 2 and len(line.split(None, 8)) <= 8 and all(len(p.split()) <= 3 for p in parts)
            and any(_SECTION_WORDS.match(p) for p in parts)) or _is_breadcrumb(line)



def _published(text: str, lines: list[str], headline_at: int = -1) -> str | None:
    """The article's date: the stored page's "date …" prefix, unless that is the page clock's date and the article
    prints its own date line ("12/01/2018 | 09:47 GMT+7" under "HOTLINE: … Thứ ba, ngày 15/12/2016"); else the
    first date line that is not a page clock."""
    article: str | None = None
    clocks: set[str | None] = set()
    weak: list[str | None] = []
    for i, line in enumerate(lines[:max(8, headline_at + 4)]):  # below a tall page header too
        line = _DATE_PREFIX.sub("", line) if i == 0 else line
        if i and _RELATED_HEADER.match("\n" + line):
            break  # other articles' dates below a "Tin liên quan" / "Tin đã đăng" heading (a short excerpt's end)
        if _page_clock_company(line):
            clocks.update(_date_of(c.group(0)) for c in _DATELINE.finditer(line))  # however long the banner
            continue
        if len(line) > 90:
            continue
        if _LABELLED.match(line) and (date := _date_of(line)):
            # "Ngày đăng : 06:02, 25/03/2021", "Cập nhật: 25/03/2021 06:02", "Tin tức - Ngày đăng : …": the page
            # labels its publication date, above the headline or not, time or not
            article = article or date
            continue
        if is_photo_line(line) and not _BYLINE_PHOTO.search(line):
            continue  # a photo's date ("(Ảnh chụp ngày 8/3/2019)", "Ảnh: Minh Thư - 12/5/2020"), not the article's
        if not _is_date_line(line) and not (i > headline_at >= 0 and _DATE_BYLINE.match(line)):
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
    head_lines = lines[:max(8, headline_at + 4)]
    return article or _lede_dateline(head_lines) or next(iter(weak), None) or _closing_date(head_lines, text)


# a news lede's dateline: the place, its day, a dash, then the lede ("Phú Quốc, ngày 06/4/2026 - Hội Liên hiệp Phụ nữ
# đặc khu …", "Hà Tĩnh, 12/3/2025 – Sáng nay, …", "TP. Hồ Chí Minh, ngày 8/3/2026 - …"); not where and when a meeting
# was held ("Tại Phú Quốc, ngày 06/4/2026, Hội …") nor a range of days ("…, ngày 06/4/2026 - 07/4/2026")
_LEDE_DATELINE = re.compile(r"\s*(?!(?i:tại|ngày|sáng|chiều|tối|trưa|hôm|thứ|chủ nhật)(?!\w))(?:TP\.\s*)?"
                            r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,4}\s*,\s*(?:(?i:ngày)\s+)?"
                            r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*[-–—]\s*[^\W\d_]")


def _lede_dateline(lines: list[str]) -> str | None:
    """The date of the first line that opens on a news dateline (:data:`_LEDE_DATELINE`), None when none does."""
    for line in lines:
        if (m := _LEDE_DATELINE.match(line)) and not is_photo_line(line):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= d <= 31 and 1 <= mo <= 12 and 1990 <= y <= 2100:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# A report dated only where it ends or by its official dateline: the author's byline with the date ("H'Linh (Hội LHPN
# huyện Krông Pắc) - 30/12/2019", "Thu Hà, 08/01/2024") in the article's last lines, and a document's place and date
# ("Bắc Ninh, ngày 10 tháng 12 năm 2024", "Văn Lâm, ngày 25 tháng 9 năm 2023") at its head or foot; a page clock
# opens on the weekday ("Thứ năm, ngày 2 tháng 5 năm 2024") and is not one
_SIGNED_DATE = re.compile(r"^(?!\W*(?i:thứ|chủ nhật|ngày|tháng))[^\d\n]{2,80}?(?:[-–,]|\s)\s*(?:(?i:ngày)\s*)?"
                          r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*\.?$"
                          r"|^(?!\W*(?i:thứ|chủ nhật))[A-ZĐÀ-Ỹ][^\d,\n]{1,40},\s*(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+"
                          r"(\d{1,2})\s+(?i:năm)\s+(\d{4})\s*\.?$")


def _ends_on_a_digit(line: str) -> bool:
    """Whether ``line`` ends as :data:`_SIGNED_DATE` needs, on a digit then spaces, a full stop, a line break: a look at
    its end before the pattern, which tries every length of the place before the date."""
    end = line[:-1] if line.endswith("\n") else line
    return end.removesuffix(".").rstrip()[-1:].isdecimal()


def _article_tail(text: str) -> list[str]:
    """The article's last three lines: before the page's lists of other articles, without the page's own lines (the
    end of :func:`article_text`, read from the end only)."""
    for m in _RELATED_HEADER.finditer(text):
        if _BODY_LINE.search(text, 0, m.start()):
            text = text[:m.start()]
            break
    last = [ln.strip() for ln in text[-1500:].split("\n") if ln.strip()][-8:]
    return [ln for ln in last if not is_page_line(ln) and not _LINKED_TITLE.match(ln)
            and not _RELATED_INLINE.match(ln)][-3:]


def _closing_date(head_lines: list[str], text: str) -> str | None:
    """The date of an official dateline among the first lines, else of a byline or dateline among the article's last
    three lines (the page's lists of other articles cut off first); None when there is none."""
    tail = _article_tail(text)
    # (a Word letterhead's row: its last cell is the place and date, "Số: 07/KH-HPN⇥Hòa Ninh, ngày 12 tháng 01 năm …")
    cells = [ln.rsplit("\t", 1)[-1].strip() if "\t" in ln else ln for ln in head_lines]
    for line in [*cells, *reversed(tail)]:
        m = _SIGNED_DATE.match(line) if _ends_on_a_digit(line) else None
        if not m or len(line) > 120 or is_photo_line(line) and not _BYLINE_PHOTO.search(line):
            continue
        if m.group(1) and line in cells and line not in tail:
            continue  # (a dated line at the head is read by _published's own rules)
        d, mo, y = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        if 1 <= d <= 31 and 1 <= mo <= 12 and 1990 <= y <= 2100:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _date_of(line: str) -> str | None:
    """The first date of a date line, ISO-formatted."""
    m = _DATELINE.search(line)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _ISO.search(line)
    return m.group(0) if m else None


_ACT_DATE = re.compile(r"(?:số|quyết định|nghị quyết|chỉ thị|kế hoạch|thông báo|công văn)[^,.;\n]{0,30}$"
                       # an act's number, a comma, its date: "Đề án 938/QĐ-TTg, ngày 30/6/2017"
                       r"|(?:đề án|quyết định|nghị quyết|chỉ thị|kế hoạch|nghị định|thông tư|công văn)(?: số)?\s*"
                       r"[\w.-]*\d[\w/.-]*\s*,?\s*(?:ngày\s*)?$")
# "Uỷ ban nhân dân tỉnh đã ban hành kế hoạch 4377/KH-UBND, ngày 15/10/2018": the plan a report is about was issued
# that day, whatever act it implements
_ISSUED = re.compile(r"ban hành[^.;\n]{0,60}$")


def _lede_date(text: str) -> str | None:
    """The year of the meeting the lede dates ("Sáng 5/10/2024, Hội LHPN …"), when no article date is printed; a
    decree's date ("Quyết định số 939 ngày 30/6/2017") is not the meeting's."""
    for m in _DATELINE.finditer(text[:800]):
        if int(m.group(3)) >= 2000 and _ISSUED.search(match_form(text[max(0, m.start() - 80):m.start()]).lower()):
            return m.group(3)
    for m in _DATELINE.finditer(text[:800]):
        if re.match(r"\s*[-–]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", text[m.end():m.end() + 16]):
            continue  # an anniversary's first day: "Kỷ niệm 94 năm Ngày thành lập … (20/10/1930 – 20/10/2024)"
        if int(m.group(3)) < 2000:
            continue  # a founding day: "Nhân kỷ niệm ngày thành lập Hội LHPN Việt Nam 20/10/1930, sáng 18/10/2023"
        if not _ACT_DATE.search(match_form(text[max(0, m.start() - 40):m.start()]).lower()):
            return m.group(3)
    low = match_form(text[:2000]).lower()
    for m in _AS_OF.finditer(low):
        if not _GOAL_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            return m.group(1)  # "Đến tháng 6/2024, tổ có 40 thành viên": the figures are dated
    return None


# "Đến tháng 6/2024, …", "Tính đến hết tháng 9/2022, …", "đến cuối tháng 10/2023": a stock reported as of a month
_AS_OF = re.compile(r"(?<!\w)(?:tính )?(?:đến|tới) (?:hết |cuối )?(?:ngày \d{1,2}[/-])?(?:tháng )?\d{1,2}[/-]"
                    r"((?:19|20)\d\d)(?!\d)")
_GOAL_BEFORE = re.compile(r"phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự kiến")


# "Chiều 19/12, Hội LHPN …", "Sáng nay (26/6)", "Ngày 5-2,": the meeting's day and month, its year left out
_LEDE_DAY = re.compile(
    r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|ngày|hôm)(?:\s+nay)?\s*\(?\s*(\d{1,2})[/.-](\d{1,2})(?![/.\-]?\d)")


def _in_furniture(text: str, at: int) -> bool:
    """Whether position ``at`` lies on a line of page furniture or on a bare date line."""
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    return bool(_page_clock_company(line) or _FURNITURE.search(line) or _is_date_line(line))


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
            # "Đại hội … nhiệm kỳ 2025–2030 sẽ diễn ra vào chiều 20/12" in an article of 11 December: a meeting
            # announced for the coming weeks is this year's
            if (month - pub_month) * 31 + day - pub_day <= 31:
                return published
            return str(int(published[:4]) - 1)
    return published




_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def _in_capitals(line: str) -> bool:
    return line.isupper() and len(line) >= 16 and sum(c.isalpha() for c in line) >= 12


def recase_capitals(lines: str, text: str | None = None, *, with_numbers: bool = False) -> str:
    """Lines in capitals ("HỘI PHỤ NỮ ĐÔ LƯƠNG ĐÁNH GIÁ … TỈNH NGHỆ AN", "SAU HAI NGÀY (12 VÀ 13-12) LÀM VIỆC")
    written with each word as the rest of ``text`` (default: ``lines``) writes it ("Hội Phụ nữ Đô Lương đánh giá …
    tỉnh Nghệ An"), so that names, place words and date words read as in the body; a word found nowhere else is
    lower-cased, the line's first letter upper-cased. Same length; other lines are kept as they are.
    ``with_numbers``: only lines holding a digit (all the figure reader needs)."""
    rows = lines.split("\n")
    caps = [i for i, row in enumerate(rows) if _in_capitals(row) and (not with_numbers or _DIGIT.search(row))]
    if not caps:
        return lines
    # how the rest of the text writes the words of these lines: one case-blind pass for just those words
    source = rows if text is None else text.split("\n")
    # (the lede names what the headline names: its first few thousand characters suffice, and keep this cheap)
    rest = "\n".join(row for row in source if not _in_capitals(row))[:2500]
    words = list(_WORD.finditer(rest))
    written = [m.group() for m in words]
    lowered = list(map(str.lower, written))
    pairs = Counter(zip(lowered, written))  # (lower-cased, as written): counted in C
    wanted = {w.lower() for i in caps for w in _WORD.findall(rows[i])}
    forms: dict[str, Counter] = {}
    for (key, written_as), n in pairs.items():
        if key in wanted:
            forms.setdefault(key, Counter())[written_as] += n
    # a word after the word before it, as the body writes the pair: "XÃ TÂN KỲ … NHIỆM KỲ" is "xã Tân Kỳ … nhiệm kỳ"
    # when the body writes "xã Tân Kỳ" once and "nhiệm kỳ" more often (only words the body writes two ways)
    twofold = {key for key, seen in forms.items() if len(seen) > 1}
    after: dict[tuple[str, str], Counter] = {}
    if twofold:
        for j in [j for j, key in enumerate(lowered) if key in twofold and j]:  # only those words' places
            before, m = words[j - 1], words[j]
            if rest[before.end():m.start()].strip(" \t") == "":
                after.setdefault((lowered[j - 1], lowered[j]), Counter())[written[j]] += 1

    for i in caps:
        row = _recase_row(rows[i], forms, after)
        start = next((k for k, c in enumerate(row) if c.isalpha()), None)
        if start is not None:
            row = row[:start] + row[start].upper() + row[start + 1:]
        if len(row) == len(rows[i]):
            rows[i] = row
    return "\n".join(rows)


# a name the body does not repeat still follows its place word: "THÀNH PHỐ ĐỒNG XOÀI" -> "thành phố Đồng Xoài"
_PLACE_WORDS = {"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "tp"}


def _recase_row(row: str, forms: dict[str, Counter], after: dict[tuple[str, str], Counter] | None = None) -> str:
    out, pos, prev, run = [], 0, "", 0
    for m in _WORD.finditer(row):
        word = m.group()
        seen = forms.get(word.lower())
        if after and prev and row[pos:m.start()].strip(" \t") == "":
            seen = after.get((prev.lower(), word.lower()), seen)
        if seen:
            new, run = seen.most_common(1)[0][0], 0
        elif prev.lower() in _PLACE_WORDS or 0 < run < 3:
            new, run = word[0] + word[1:].lower(), run + 1
        else:
            new, run = word.lower(), 0
        out.append(row[pos:m.start()] + new)
        pos, prev = m.end(), new
    return "".join(out) + row[pos:]
