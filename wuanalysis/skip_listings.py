"""Lines of a web page that are no part of the report, found once per text: view and share counters, pagers, rating
and comment widgets, footers, contacts, attached files, the weather, market widgets, datelines, an image's alt text
copying a line, and the lists of links to other articles ("Tin liên quan:", "Bài viết cùng chuyên mục:") up to the
next paragraph. :func:`furniture_lines` gives their spans to :mod:`wuanalysis.extract`; every pattern runs on
:func:`wuanalysis.text.match_form`."""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from .text import fold, may_match, pieces_gate

if TYPE_CHECKING:  # pragma: no cover
    from .skip_patterns import Vocabulary

# Lines of web-page furniture: view counters, rating widgets, comment boxes, share buttons, footers, clocks.
# Anywhere in the line (the words grouped by their first letter, so that a position tries a few, not 22: 1.7x faster):
# "điểm của bài viết", "đánh giá bài viết", "điện thoại:", "đt:", "đăng nhập", "12 bình luận", "bình luận (3)",
# "thời gian chờ", "trong 5 đánh giá", "tel:", "lượt đánh giá", "giấy phép số|xuất bản", "gửi email", "copyright",
# "cỡ chữ", "©", "hotline", "fax:", "e-mail:", "in bài"; "trang chủ", "đăng nhập", "bản quyền" as a menu's item
_FURNITURE = re.compile(
    r"đ(?:iểm của bài viết|ánh giá bài viết|iện thoại\s*:|t\s*:)|\d+ bình luận|bình luận \(\d+\)"
    r"|t(?:hời gian chờ|rong \d+ đánh giá|el\s*:)|lượt đánh giá|giấy phép (?:số|xuất bản)|gửi email"
    r"|c(?:opyright|ỡ chữ)|©|hotline|fax\s*:|e-?mail\s*:|(?<!\w)in bài"  # a print button, not "320 tin bài"
    # a menu's or footer's item, opening the line or after a separator ("Trang chủ | Tin tức", "Đăng nhập | Đăng ký",
    # "Bản quyền thuộc về …"), never a sentence's words ("250 hội viên đăng nhập ứng dụng", "tập huấn về bản quyền")
    r"|(?:^|[|•·»›>/–-])\s*(?:đăng nhập|bản quyền|trang chủ)",
    re.IGNORECASE,
)
# a piece of each of its alternatives (text.may_match): most lines hold none
_FURNITURE_GATE = pieces_gate(
    "điểm của bài viết", "đánh giá", "điện thoại", "đt", "bình luận", "thời gian chờ", "tel", "giấy phép", "gửi email",
    "copyright", "cỡ chữ", "©", "hotline", "fax", "mail", "in bài", "đăng nhập", "bản quyền", "trang chủ")
# … and as the whole line's start: "Trang 1 2 3", "Từ khóa:", "Tags:"
_FURNITURE_START = re.compile(r"\s*trang(?:\s+\d+)+\s*$|\s*từ khóa\s*:|\s*tags?\s*:", re.IGNORECASE)
# Lines of a page's other furniture, by their start (issue 11, benchmarks/NOISE.md): a pager's "Trang 5 / 62",
# "Hiển thị 1 - 10 của 747 kết quả", "Xem tiếp (54)"; a link to another article between paragraphs ("Xem thêm: 452 tỷ
# đồng cho vay ưu đãi", ">> …", "Video: … (07:30)", "Bài viết cùng chuyên mục: Mường Nhé: 200 phụ nữ …"); the site's
# contacts ("Địa chỉ: 53 Điện Biên Phủ, …", "Tòa soạn: …", "Liên hệ quảng cáo: (0274) 3003761", "Đường dây nóng: …");
# share, comment and visit counters without a label of the word list ("Facebook 800 | Zalo 396", "Yêu thích (683)",
# "Ý kiến bạn đọc (13)", "Trực tuyến: 291", a sidebar's "Tất cả 94.515.789"); ratings ("Xếp hạng: 4,5/5 - 12 phiếu",
# "Bình chọn: ★★★★☆ (68 lượt)")
_PAGE_LINE_START = re.compile(
    r"\s*(?:trang\s*:?\s*\d+\s*/\s*\d+\s*$|hiển thị\s+\d+\s*[-–]\s*\d+\s+(?:của|trên|trong|/)\s+\d"
    r"|xem tiếp\s*\(\d+\)\s*$"
    r"|[>»›]*\s*(?:xem thêm|đọc thêm|bài liên quan|tin liên quan|bài viết liên quan|tin bài liên quan|mời xem|mời đọc"
    r"|xem tiếp|video|(?:các |những )?(?:tin|bài|bài viết|tin bài)\s+(?:cùng chuyên mục|cùng chủ đề|khác)"
    # "Đọc nhiều: Phú Thọ có 148 xã, phường sau sắp xếp | …": the most read articles, their titles on the line (iv13 P)
    r"|(?:tin |bài )?(?:đọc nhiều|xem nhiều)(?: nhất)?|(?:có thể )?bạn (?:đọc )?quan tâm)\s*:|>>"
    r"|(?:tin |bài )?(?:đọc nhiều|xem nhiều)(?: nhất)?\s*\|"  # "Xem nhiều | Trao 40 suất quà …"
    # a link to the next or previous article, its title on the same line: "Tin mới hơn: Trà Ôn: trao 30 bồn …",
    # "« Bài trước: …", "Bài tiếp theo: …"
    r"|[«‹<]*\s*(?:tin|bài|bài viết|tin bài)\s+(?:mới hơn|cũ hơn|trước|tiếp theo|kế tiếp|sau|mới nhất|mới|đã đăng"
    r"|đã đưa|xem nhiều|nổi bật)\s*:"
    r"|(?:địa chỉ|tòa soạn|trụ sở(?: chính)?|văn phòng đại diện[^:\n]{0,30}|liên hệ quảng cáo|đường dây nóng)\s*:"
    # a hotline or a switchboard named by what it serves, its number the rest of the line: "Đường dây nóng hỗ trợ phụ
    # nữ bị bạo lực: 1900.969.680", "Tổng đài tư vấn pháp luật miễn phí: 1900 6868"
    r"|(?:đường dây nóng|tổng đài|số điện thoại)[^:\n\d]{0,60}:\s*\(?\d[\d.)\s]{5,16}$"
    r"|(?:facebook|zalo|twitter)\s*:?\s*\(?\d|(?:yêu thích|ý kiến bạn đọc|trực tuyến)\s*:?\s*\(?\d[\d.,]*\)?\s*$"
    r"|tất cả\s*:?\s*\d{1,3}(?:[.,]?\d{3}){2,}\s*$|(?P<rating>(?:xếp hạng|bình chọn|đánh giá)\s*:))",
    re.IGNORECASE)
# a rating widget's few words after its label ("lượt", "phiếu", "bình chọn"): a line with more is an evaluation, report
# text ("Đánh giá: năm 2025 Hội LHPN xã hoàn thành 8/9 chỉ tiêu; …", iv18 P6)
_WIDGET_WORDS = 3
# a link to another article behind an arrow, a title without a full stop: "► Tuyên Quang: trao tặng 51 xe đạp cho học
# sinh nghèo", "▶ Ra mắt 326 mô hình …" (not an item of the report, "► Kết nạp 500 hội viên mới;")
_LINK_ARROWS = frozenset("►▶▷➤")
# … or behind a bullet, with its date last: "• Trao 100 suất học bổng cho con hội viên - 06/10/2025" (iv13 P; not a
# report's item "• Kết nạp 500 hội viên, đạt 100%.")
_BULLETS = frozenset("•·▪◦")
_DATED_LINK = re.compile(r"[^\W\d_][^.;:]*\s[-–(]\s*\d{1,2}/\d{1,2}/\d{4}\)?$")
# … and anywhere in a short line: a rating ("4,5/5 (54 bình chọn)", "Bài viết hữu ích? Có (97) Không (8)", "31 người
# đã đánh giá", stars)
_PAGE_LINE_ANYWHERE = re.compile(
    r"\d(?:[.,]\d)?\s*/\s*5\s*(?:\(\s*\d+\s*(?:bình chọn|lượt|phiếu)|[-–]\s*\d+\s*(?:phiếu|lượt))|bài viết hữu ích"
    r"|người đã đánh giá|[★☆]",
    re.IGNORECASE)
# An attached file, its label and size the whole line: "BC 6 thang 2022.docx (782 KB)", "Tải file: IMG_5832.jpg",
# "📎 354-KH-HPN.pdf (3,4 MB)" (not "xem ảnh 2025.jpg đính kèm", a sentence)
# a character each alternative of _PAGE_LINE_ANYWHERE needs ("/", "ữ" of "hữu ích", "ã" of "đã", the stars; in either
# case, as the pattern reads them), searched for first: most short lines hold none (tests/test_extract_fast.py)
_ANYWHERE_GATE = re.compile(r"[/ữỮãÃ★☆]")
_ATTACHMENT_LINE = re.compile(
    r"\W*(?:(?:(?:file|tệp|tập tin|tài liệu|văn bản)(?: đính kèm)?|đính kèm|tải về|tải file|xem file|download)"
    r"\s*:?\s*)?"
    r"[^\n:]{1,80}?\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip|rar)"
    r"(?:\s*(?:[-–]\s*|\(\s*)\d[\d.,]*\s*(?:kb|mb|gb)\s*\)?)?\s*",
    re.IGNORECASE)
# The weather: a temperature or the humidity, with places and weather words only ("Thời tiết Hà Nội: 14 - 18°C", "Độ
# ẩm 75%", "Hà Nội, 37 - 40 độ C", "Nhiều mây, 24°C"; not "nhiệt độ lên tới 38°C khiến …", a sentence)
_WEATHER_MARK = re.compile(r"[°º]|độ ẩm|\d\s*độ c(?![^\W_])", re.IGNORECASE)
_WEATHER_GATE = re.compile(r"[°ºộỘ]")  # a character _WEATHER_MARK needs ("ộ" of "độ"), searched for first
_WEATHER_WORDS = frozenset(("nhiệt", "độ", "ẩm", "thời", "tiết", "nhiều", "ít", "mây", "trời", "nắng", "mưa", "rào",
                            "dông", "có", "nhẹ", "c", "tp", "thành", "phố", "ºc"))  # 'º' is a lower-case letter
_WORD = re.compile(r"[^\W\d_]+")


def _is_weather(line: str) -> bool:
    return bool(_WEATHER_MARK.search(line)) and all(
        w.lower() in _WEATHER_WORDS for w in _WORD.findall(line) if w[0].islower())


# A news site's market widgets: gold, exchange rates, fuel, the stock index, the lottery ("Giá vàng SJC: 84,50 /
# 86,50 triệu đồng/lượng", "USD 25.150 - 25.480", "Xăng E5 RON 92: 20.170đ", "VN-Index 1.234,56 (+0,5%)", "XSMN 22/12:
# 848544", "Giải đặc biệt: 47077", "Mua 73,8 Bán 75,1")
_MARKET_LINE = re.compile(
    r"[\s•·*|>»-]*(?:(?:giá vàng|vàng (?:nhẫn|miếng|sjc|9999|trang sức)|sjc|doji|pnj|btmc|tỷ giá|usd|eur|jpy|cny|aud"
    r"|giá xăng|xăng (?:e5|ron)|ron ?9[25]|dầu (?:diesel|do|hỏa)|vn-?index|hnx-?index|upcom|kết quả xổ số|xổ số"
    r"|xs(?:mb|mn|mt|kt|td))(?![^\W_])|giải đặc biệt\s*:?\s*\d{5,6}(?![\d.,])|mua\s+\d[\d.,]*\s+bán\s+\d)",
    re.IGNORECASE)
# A list of links to other articles: everything after such a heading, up to the next long paragraph.
_RELATED = re.compile(
    # "Các bài viết liên quan:", "Những tin liên quan", "Bạn đọc quan tâm" (iv13 P)
    r"\W*(?:(?:các |những )?(?:tin liên quan|bài viết liên quan|bài liên quan|tin bài liên quan)"
    r"|tin cùng chuyên mục|các tin khác|tin khác|xem thêm|đọc thêm"
    r"|tin mới nhất|tin mới|tin đọc nhiều|đọc nhiều nhất|đọc nhiều|top \d+ tin[\w ]*|(?:có thể )?bạn (?:đọc )?quan tâm"
    # "Cùng chuyên mục" alone (iv20 P9)
    r"|cùng chuyên mục|cùng chủ đề"
    r"|tin nổi bật"
    r"|tin bài khác|các bài viết khác"
    # "Các tin đã đưa", "Những tin cũ hơn", "Tin đã đăng", "Bài cùng chuyên mục", "Tin mới cập nhật", "Tin xem nhiều",
    # "Bài viết cùng chủ đề", "Tin cùng sự kiện"
    r"|(?:các |những )?(?:tin|bài|bài viết|tin bài)[ \t]+(?:đã đưa|đã đăng|cũ hơn|mới hơn|mới cập nhật"
    r"|(?:xem|đọc) nhiều(?: nhất)?|cùng chuyên mục|cùng chủ đề|cùng sự kiện|cùng loại|tiếp theo|khác))\W*",
    re.IGNORECASE,
)
# "20/10/2024", "17:18" (not the "20/71.47" inside "44.120/71.474 phụ nữ")
_DATELINE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d.,]?\d)|(?:19|20)\d\d-\d{1,2}-\d{1,2})|\d{1,2}:\d{2}")
_NOT_WORDS = re.compile(r"[\d\W_]+")  # what is left of a dateline once digits and punctuation go: a few words


# ---- lines of page furniture, found once per text ----------------------------------------------------------
def furniture_lines(m: str, v: Vocabulary) -> list[tuple[int, int]]:
    """Spans of the lines that are page furniture or a dateline, and of related-article blocks."""
    bad = []
    pos = 0
    in_related = in_box = in_recipients = False
    folded: str | None = None
    all_lines = m.split("\n")
    for k, line in enumerate(all_lines):
        n = len(line)
        stripped = line.strip()
        in_recipients = in_recipients and stripped[:1] in _ITEM_DASHES
        if in_recipients or (stripped[:8].lower() == "nơi nhận" and _RECIPIENTS.match(stripped)):
            in_recipients = True  # "Nơi nhận:" and its dashed lines ("- 24 chi hội (t/h);"): a Word document's
            bad.append((pos, pos + n))  # recipients, up to the first line that is no item
            pos += n + 1
            continue
        if n <= 40 and stripped[:7].lower() == "tổng số" and _PAGE_COUNT.fullmatch(stripped) and not (
                _counts_articles_before(all_lines, k)):
            bad.append((pos, pos + n))  # "Tổng số: 93 bài": a category page's count of its articles
            pos += n + 1
            continue
        if n >= 30 and line.isascii() and line.count(" ") >= 5:
            folded = fold(m) if folded is None else folded
            if _copies_a_line(stripped, folded):
                bad.append((pos, pos + n))  # "hoi lhpn ... 300 hop tac xa": an image's alt text or a URL slug
                pos += n + 1
                continue
        if _RELATED.fullmatch(stripped):
            in_related = True
        elif n > 200 or (in_related and n >= 60 and _ENDS_A_SENTENCE.search(stripped)):
            in_related = False  # the list ends at a paragraph: a long line, or a sentence (a "Tin mới" box above a
            # story written in short lines); other articles' titles carry no full stop
        if stripped and (
            in_related or (in_box := in_box and n <= 40 and bool(_BOX_ITEM.fullmatch(stripped)))
            or is_furniture(line, stripped, v)
            or (n <= 70 and _DATELINE.search(line) and len(_NOT_WORDS.sub(" ", line).split()) <= 5)
        ):
            bad.append((pos, pos + n))
            in_box = in_box or (stripped[-1].isdigit() and bool(v.counter_line.fullmatch(stripped)))
        elif stripped:
            in_box = n <= 40 and bool(_BOX_HEADING.fullmatch(stripped))
        pos += n + 1
    titles = _titles_above_the_footer(all_lines, bad) + _arrow_links_at_the_foot(all_lines, bad)
    return sorted(bad + titles) if titles else bad


# a link behind an arrow: "→ Hà Nội: 126 xã, phường tổ chức xong đại hội phụ nữ" (no full stop)
_ARROW_LINK = re.compile(r"[→⇒➔➜]\s*[^\W_].*(?<![.;:])")


def _arrow_links_at_the_foot(lines: list[str], bad: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other articles' titles behind arrows, the page's last lines but for furniture ("… bầu 12 đại biểu dự Đại hội." /
    "→ Gia Lai: 87 xã ra mắt câu lạc bộ" / "→ Trao 60 suất quà Tết"), after a line that ends a sentence (iv13 P; not a
    report's items after their lead-in "Kết quả cụ thể:", nor an arrow inside a sentence "tăng từ 1.200 → 1.350")."""
    foot = "".join(lines[-12:])
    if not any(arrow in foot for arrow in "→⇒➔➜"):
        return []  # (most pages end with no arrow: a literal test first)
    starts = _line_starts(lines)
    bad_starts = {start for start, _ in bad}
    k = len(lines) - 1
    while k >= 0 and (not lines[k].strip() or starts[k] in bad_starts):
        k -= 1
    links: list[tuple[int, int]] = []
    while k >= 0 and (stripped := lines[k].strip()) and _ARROW_LINK.fullmatch(stripped):
        links.append((starts[k], starts[k] + len(lines[k])))
        k -= 1
    if not links or k < 0 or not _ENDS_A_SENTENCE.search(lines[k].strip()):
        return []
    return links


def _line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in the text the lines were split from (on "\\n")."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


# a line shaped like another article's title: a capital first, a few words, no closing stop, no table cell or list dash
_TITLE_SHAPE = re.compile(r"[^\W\d_][^\t|]{18,118}(?<![.!?;:…,”\")])")


def _titles_above_the_footer(lines: list[str], bad: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other articles' titles left alone between the story's last sentence and the page's footer, with no heading
    ("… Đại hội bầu BCH gồm 19 đồng chí." / "Phú Quốc: Khách du lịch 8 tháng tăng 15%" / "Bình luận (0)"): up to three
    title-shaped lines, after a line that ends a sentence and before furniture only (not a caption, "Ảnh: …")."""
    if not bad or not lines:
        return []
    starts = _line_starts(lines)
    bad_starts = {start for start, _ in bad}
    k = len(lines) - 1
    footer = 0
    while k >= 0 and (not lines[k].strip() or starts[k] in bad_starts):
        footer += starts[k] in bad_starts
        k -= 1
    titles: list[tuple[int, int]] = []
    while k >= 0 and len(titles) < 3 and lines[k].strip() and starts[k] not in bad_starts and (
            _TITLE_SHAPE.fullmatch(stripped := lines[k].strip()) and not stripped.lower().startswith("ảnh")):
        titles.append((starts[k], starts[k] + len(lines[k])))
        k -= 1
    if not footer or not titles or k < 0 or not _ENDS_A_SENTENCE.search(lines[k].strip()):
        return []
    return titles


# a Word document's recipients: "Nơi nhận:" alone, before a signature's column, or with the list on its line
_RECIPIENTS = re.compile(r"nơi nhận\s*:", re.IGNORECASE)
_ITEM_DASHES = frozenset("-–+•*")


# a visit counter's box, opened by its heading alone on its line ("Thống kê truy cập", "THỐNG KÊ LƯỢT TRUY CẬP", "Bộ
# đếm truy cập", "Số lượt truy cập", iv24 P6) or by a counter's line (a label of the word list and its number)
_BOX_HEADING = re.compile(r"\W*(?:thống kê(?:\s+(?:lượt|số lượt))?\s+truy cập|bộ đếm(?:\s+(?:lượt\s+)?truy cập)?"
                          r"|(?:tổng\s+|số\s+)?lượt truy cập)\W*", re.IGNORECASE)
# … and its other lines, a few words and a number whatever the label ("Tổng lượt 1.044.231", "Khách 31", "Tổng: 9.876")
_BOX_ITEM = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:?[ \t]*\d[\d.,]*")


def _counts_articles_before(lines: list[str], k: int) -> bool:
    """Whether one of the three lines with words before line k counts articles ("- Báo Phụ nữ: 45 bài"): a report's
    table, which "Tổng số: 118 bài" then totals."""
    seen = 0
    for line in reversed(lines[max(0, k - 8):k]):
        if line.strip():
            seen += 1
            if _ARTICLES_COUNTED.search(line):
                return True
            if seen == 3:
                break
    return False


_ENDS_A_SENTENCE = re.compile(r"(?<!\.)[.!?][”\"»)]?$")
# a listing page's count of its articles, alone or before its pager: "Tổng số: 93 bài", "Tổng số: 57 bài | Trang 1 2 3"
_PAGE_COUNT = re.compile(r"tổng số\s*:?\s*\d[\d.]*\s+(?:bài viết|bài|tin bài|tin)", re.IGNORECASE)
_ARTICLES_COUNTED = re.compile(r"\d\s+(?:bài|tin)(?![^\W\d_])", re.IGNORECASE)


def is_furniture(line: str, stripped: str, v: Vocabulary) -> bool:
    n = len(line)
    return bool(
        (n <= 80 and _is_pagination(stripped))
        or (n <= 120 and "|" in stripped and _PAGE_COUNT.fullmatch((parts := stripped.rsplit("|", 1))[0].strip())
            and _is_pagination(parts[1].strip()))
        or v.counter_line.fullmatch(line)
        or (n <= 160 and ((may_match(_FURNITURE_GATE, line) and _FURNITURE.search(line))
                        or _FURNITURE_START.match(line)))
        or (n <= 200 and _page_line_start(line))
        or (n <= 200 and stripped[0] in _LINK_ARROWS and not stripped.endswith((".", ";", ":")))
        or (n <= 200 and stripped[0] in _BULLETS and _DATED_LINK.search(stripped))
        or (n <= 90 and ((_ANYWHERE_GATE.search(line) and _PAGE_LINE_ANYWHERE.search(line)) or _MARKET_LINE.match(line)
                         or ("." in line and _ATTACHMENT_LINE.fullmatch(line))
                         or (_WEATHER_GATE.search(line) and _is_weather(line))))
        or _symbol_counter(stripped)
        or (n <= 160 and ("|" in stripped or "\t" in stripped or "  " in stripped) and _counter_cells(stripped, v)))


def _page_line_start(line: str) -> bool:
    """A line opening on a page's furniture (:data:`_PAGE_LINE_START`); a rating's label opens a widget only when a few
    words at most follow it ("Đánh giá: 4,5/5 (37 lượt)"; not "Đánh giá: năm 2025 Hội hoàn thành 8/9 chỉ tiêu")."""
    start = _PAGE_LINE_START.match(line)
    return start is not None and (start.lastgroup != "rating" or len(_WORD.findall(line, start.end())) <= _WIDGET_WORDS)


# a byline's cells beside a counter: "Người đăng: Ban Tuyên giáo | Lượt xem: 2.507", "Tác giả: Thu Hà | Lượt xem: 865",
# "Đăng ngày: 24/12/2025 | Tác giả: … | Lượt xem: 1.209"
_BYLINE_CELL = re.compile(
    r"(?:người đăng|người viết|tác giả|nguồn|biên tập|cập nhật|ngày đăng|đăng ngày|ngày cập nhật|đăng lúc|đăng bởi"
    r"|chuyên mục)\s*:[^|]{0,60}",
    re.IGNORECASE)


# a button or a category beside a counter: "Chia sẻ", "Gửi", "In", "Xã hội", "Lưu tin" (a few words, no number)
_WORD_CELL = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}")


# a visit counter's total or its online count beside its other counters: "Hôm nay: 642 | Tháng này: 15.207 | Tổng:
# 388.910", "Đang truy cập: 17 | Tổng lượt: 88.930", "Hôm nay2,057    Tổng74.391.226", "Trực tuyến: 12 | Tổng số: …"
_TOTAL_CELL = re.compile(
    r"(?:tổng(?:\s+(?:cộng|số|lượt|số lượt|truy cập|lượt truy cập))?|trực tuyến|khách|tất cả|tuần|tháng|năm)"
    r"\s*:?\s*\d[\d.,]*", re.IGNORECASE)
_ONLINE_CELL = re.compile(r"trực tuyến\s*:?\s*\d[\d.,]*", re.IGNORECASE)
# cells split by bars, tabs or a run of spaces
_CELL_BORDER = re.compile(r"\s*\|\s*|\t+| {2,}")


def _counter_cells(line: str, v: Vocabulary) -> bool:
    """A line of cells split by bars (tabs, runs of spaces), each a counter, a counter's total, a byline or a button's
    or category's few words, one at least a counter ("Số lượt truy cập: 2.874.301 | Đang xem: 45", "Lượt xem: 512 |
    Chia sẻ", "Bình luận | Gửi | In | Lượt đọc: 1.096", "Cập nhật: 05-12-2025 19:40:12 | Xã hội | Lượt xem: 3,402",
    "Hôm nay: 642 | Tháng này: 15.207 | Tổng: 388.910"; not "Tổng: 1.250 hội viên | Kế hoạch: 1.200", a report's)."""
    cells = [c.strip() for c in _CELL_BORDER.split(line) if c.strip()]
    if len(cells) < 2 and "|" not in line:
        return False
    counters = [bool(v.counter_line.fullmatch(c)) or bool(_ONLINE_CELL.fullmatch(c)) for c in cells]
    return any(counters) and all(
        k or _TOTAL_CELL.fullmatch(c) or _BYLINE_CELL.fullmatch(c) or _WORD_CELL.fullmatch(c) or _DATE_CELL.fullmatch(c)
        for c, k in zip(cells, counters))


# the page's date beside its counters: "Thứ Bảy, 11/10/2025 | Hôm nay2,057 | Tổng truy cập1,843,210" (iv20 P9), its
# clock and time zone with it or in a cell of their own: "Thứ năm, 09/10/2025, 07:30 [GMT+7]    Hôm nay 4,915    Đã
# xem: 2,208", "Thứ Sáu, 11/07/2025 | 08:25 GMT+7 | Lượt xem: 743 | Bình luận: 2" (iv18 P11)
_DATE_CELL = re.compile(r"(?:(?:(?:thứ\s+[^\W\d_]+|chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
                        r"(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?(?=\s*[\[(]?\s*gmt))"
                        r"(?:\s*[\[(]?\s*gmt\s*[+-]\s*\d{1,2}\s*[\])]?)?", re.IGNORECASE)


_PAGER_WORDS = frozenset(("trang", "trang:", "tiếp", "sau", "trước", "đầu", "cuối", "«", "»", "‹", "›", "<", ">", "<<",
                          ">>", "|"))
_GAP = frozenset(("…", "...", ".."))


def _is_pagination(line: str) -> bool:
    """A pager: "Trang 1 2 3 4 5 Tiếp", "« 1 2 3 »", "Trang: 1 2 3 4 ... 33", "‹ Trước 1 2 3 … 14 Sau ›": three
    numbers or more counting up by one (a gap "…" before the last page), and pager words."""
    if not (line[0].isdecimal() or line[0] in "«‹<" or line[:5].lower() == "trang"):
        return False
    words = [w for w in line.lower().split() if w not in _PAGER_WORDS]
    values: list[int] = []
    gap = False
    for w in words:
        if w in _GAP:
            gap = True
            continue
        if not w.isdecimal():  # not isdigit: '¹' is a digit int() cannot read (a footnote's mark)
            return False
        v = int(w)
        if values and not (v == values[-1] + 1 or (gap and v > values[-1])):
            return False
        values.append(v)
    return len(values) >= 3


def _symbol_counter(line: str) -> bool:
    """A number behind a symbol alone on its line: "👍 529", "💬 87", "👁 83.286" (a like, comment or view count)."""
    return bool(line) and unicodedata.category(line[0]) == "So" and bool(_SYMBOL_COUNTER.fullmatch(line))


_SYMBOL_COUNTER = re.compile(r"\W{1,3}\s*\d[\d.,]*")


def _copies_a_line(line: str, folded: str) -> bool:
    """An accent-free line that repeats another line of the text letter for letter once accents are folded (a
    headline's copy in an image's alt text or an address slug); ASCII text that copies nothing is read."""
    words = line.lower().split()
    if sum(w.isalpha() for w in words) < 5:
        return False  # a row of numbers repeated is no headline
    key = " ".join(words)
    first = folded.find(key)
    return first != -1 and folded.find(key, first + 1) != -1
