"""The literal gates before rare case-blind line patterns (text.may_match) answer what the patterns alone answer: on
invented lines that hold the words (any case, the "ı"/"İ" the case-blind regex pairs with "i"), on near misses, and
on every line of the seeds and the shared dev set."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wuanalysis.headline import _DATELINE, _ISO, _PAGE_CLOCK_COMPANY, _page_clock_company
from wuanalysis.headline_sites import _FOOTER_GATE, _PAGE_LINE, _PHOTO_LINE, _page_line_words, is_photo_line
from wuanalysis.skip_listings import _FURNITURE, _FURNITURE_GATE
from wuanalysis.text import match_form, may_match, pieces_gate

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT.parent / "shared" / "dev" / "docs").glob("*.txt")])

CLOCK_LINES = [
    ("HOTLINE: 0987 654 321 | Thứ ba, ngày 15/12/2020", True),
    ("Hotlİne: 0912 000 111 | Thứ hai, 28/04/2025", True),  # the dotted capital İ is an "i" to the regex
    ("hotlıne 0912 000 111", True),
    ("Đường dây nóng: 02163.818.555", True),
    ("ĐƯỜNG DÂY NÓNG 1900 969 680", True),
    ("Hà Nội 31°C | Thứ năm, 02/05/2024", True),
    ("Lượt truy cập: 72.790.124", True),
    ("ĐANG ONLİNE: 25", True),
    ("Đang online 12 | Tổng 1.204.511", True),
    ("Hội LHPN tỉnh tổ chức hội nghị trực tuyến với 120 điểm cầu", False),
    ("Đường dây tư vấn cho phụ nữ được duy trì", False),
    ("Truy cứu trách nhiệm; hot line mới", False),
    ("Thứ ba, ngày 15/12/2020", False),
]

PHOTO_LINES = [
    ("Ảnh: Minh Thư - 12/5/2020", True),
    ("(Ảnh chụp ngày 8/3/2019)", True),
    ("ẢNH: THU HÀ", True),
    ("Ảnh tư liệu năm 2019", True),
    ("Các đại biểu dự hội nghị (chụp tháng 4/2021)", True),
    ("Tin, ảnh: Lê Minh - 13/8/2025", True),
    ("Ảnh minh họa: Hội viên nhận vốn", True),
    ("CHỤP LÚC 9 GIỜ", True),
    ("Ảnh mİnh họa: Hội viên nhận vốn", True),
    ("Hội viên có hoàn cảnh khó khăn được tặng quà", False),
    ("Hình ảnh đẹp về phụ nữ", False),
    ("Chụp hình lưu niệm cùng đại biểu", False),
    ("Hội LHPN huyện tổng kết năm 2023", False),
]

PAGE_LINES = [
    ("Lý Thị Yến (Hội LHPN tỉnh)", True),
    ("Bài, ảnh: Thu Hà (Hội LHPN thành phố)", True),
    ("Theo Báo Phụ nữ TP.HCM", True),
    ("NGUỒN: ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH CẦN THƠ", True),
    ("Bản quyền thuộc về Hội LHPN tỉnh", True),
    ("© 2019 Hội LHPN tỉnh Bình Phước", True),
    ("COPYRİGHT 2024 HỘI LHPN", True),
    ("Trang thông tin điện tử được xây dựng năm 2015", True),
    ("Từ khóa: hội viên, hợp tác xã", True),
    ("TAGS: phụ nữ", True),
    ("#phunu", True),
    ("Cỡ chữ 16 18 20", True),
    ("Đọc bài 00:00 / 07:18", True),
    ("Nghe audio", True),
    ("In bài", True),
    ("Hội LHPN tỉnh kết nạp 1.200 hội viên mới", False),
    ("Theo kế hoạch, Hội tổ chức 12 lớp tập huấn", False),
    ("Nguồn vốn ưu đãi đạt 450 tỷ đồng", False),
    ("Chủ đề năm 2024 được triển khai", False),
]

FURNITURE_LINES = [
    ("Điểm của bài viết là: 4,5", True),
    ("Đánh giá bài viết (12)", True),
    ("ĐIỆN THOẠI: 0274 3822 111", True),
    ("ĐT: 0274 3822 111", True),
    ("12 bình luận", True),
    ("Bình luận (3)", True),
    ("Thời gian chờ 5 giây", True),
    ("Tel: 0274 3822 111 - Fax: 0274 3822 112", True),
    ("E-MAIL: hoiphunu@gmail.com", True),
    ("Emaİl: hoiphunu@gmail.com", True),
    ("Giấy phép số 12/GP-STTTT", True),
    ("Trang chủ | Tin tức | Liên hệ", True),
    ("Bản quyền thuộc về Hội LHPN tỉnh", True),
    ("Có 250 hội viên đăng nhập ứng dụng", False),
    ("Tập huấn về bản quyền cho 540 hội viên", False),
    ("Hội đăng 320 tin bài trên trang", False),
    ("Đánh giá cao 12 mô hình", False),
]
# lines the gates turn away without the pattern: no piece of them
NO_PIECE = ["Hội LHPN tỉnh kết nạp 1.200 hội viên mới", "Giúp 126 hộ thoát nghèo, đạt 105% kế hoạch",
            "Dư nợ đạt 450 tỷ đồng, tăng 12 tỷ đồng"]


@pytest.mark.parametrize("line, expected", CLOCK_LINES)
def test_page_clock_company_as_the_pattern(line, expected):
    assert _page_clock_company(line) is expected
    assert (_PAGE_CLOCK_COMPANY.search(line) is not None) is expected


@pytest.mark.parametrize("line, expected", PHOTO_LINES)
def test_photo_line_as_the_pattern(line, expected):
    assert is_photo_line(line) is expected
    assert (_PHOTO_LINE.search(line) is not None) is expected


@pytest.mark.parametrize("line, expected", PAGE_LINES)
def test_page_line_gate_lets_every_page_line_through(line, expected):
    assert (_PAGE_LINE.search(line) is not None) is expected
    assert _page_line_words(line) is expected


@pytest.mark.parametrize("line, expected", FURNITURE_LINES)
def test_furniture_gate_lets_every_furniture_line_through(line, expected):
    m = match_form(line)
    assert (_FURNITURE.search(m) is not None) is expected
    assert may_match(_FURNITURE_GATE, m) or not expected


@pytest.mark.parametrize("line", NO_PIECE)
def test_gates_turn_away_lines_without_a_piece(line):
    assert not may_match(_FURNITURE_GATE, match_form(line))
    assert not may_match(_FOOTER_GATE, line)


def test_may_match_reads_the_letters_case_blind_matching_pairs_otherwise():
    gate = pieces_gate("online", "số")
    pattern = re.compile("(?i)online|số")
    for line in ("ONLİNE", "onlıne", "ſố", "Số 5", "ONLINE 12"):
        assert pattern.search(line) and may_match(gate, line), line
    for line in ("onl ine", "sô", "Đang trực tuyến"):
        assert not may_match(gate, line), line
    with pytest.raises(ValueError):
        pieces_gate("Online")


def test_gates_agree_with_the_patterns_on_every_line_we_have():
    lines = [line.strip() for path in TEXTS for line in path.read_text(encoding="utf-8").split("\n")]
    assert len(lines) > 500
    for line in lines:
        assert _page_clock_company(line) == (_PAGE_CLOCK_COMPANY.search(line) is not None), line
        assert is_photo_line(line) == (_PHOTO_LINE.search(line) is not None), line
        assert _page_line_words(line) == (_PAGE_LINE.search(line) is not None), line
        assert may_match(_FURNITURE_GATE, match_form(line)) or _FURNITURE.search(match_form(line)) is None, line


_PHOTO_PIECES = st.sampled_from([
    "ảnh", "Ảnh", "ẢNH", "hình ảnh", "cảnh", " ", "  ", "\t", "\n", ":", " :", "chụp", "CHỤP", "Chụp", " ngày", " lúc",
    " vào", "tư liệu", "TƯ LİỆU", "tư lıệu", "minh họa", "minh hoạ", "MİNH HỌA", "(", ".", ",", ";", "x", "12/5/2020",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PHOTO_PIECES, max_size=10).map("".join))
def test_photo_line_as_the_pattern_on_any_mix(line):
    assert is_photo_line(line) == (_PHOTO_LINE.search(line) is not None)


_PAGE_PIECES = st.sampled_from([
    "Lý Thị Yến", " (Hội LHPN tỉnh)", "(CTV)", "Bài, ảnh: ", "Theo ", "báo ", "Nguồn: ", "Đài ", "Bản quyền",
    "COPYRİGHT", "©", "thiết kế bởi", "được xây dựng năm", "chịu trách nhiệm nội dung", "giấy phép số", "Từ khóa",
    "Tags", ":", "#", "phụ nữ", "Cỡ chữ", "In bài", "đọc bài 0", " ", "  ", "\t", "x", "12", "Hà Nội", ".",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PAGE_PIECES, max_size=8).map("".join))
def test_page_line_words_as_the_pattern_on_any_mix(line):
    assert _page_line_words(line) == (_PAGE_LINE.search(line) is not None)


# the date patterns as they were written, a look-behind first
_DATELINE_BEFORE = re.compile(
    r"(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])(?:\s*[-–,|]?\s*(\d{1,2}):(\d{2})(:\d{2})?)?")
_ISO_BEFORE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATE_PIECES = st.sampled_from(["1", "12", "2024", "20", "/", "-", ".", ":", " ", ", ", "|", "–", "08", "5", "x", "a",
                                "ngày ", "\n", "2025-07-15", "31/12/2024", "9:30"])


def _same_dates(text: str, everywhere: bool = True) -> None:
    for new, old in ((_DATELINE, _DATELINE_BEFORE), (_ISO, _ISO_BEFORE)):
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)]
        for i in range(len(text) + 1 if everywhere else 0):  # a search from any place ("text[:800]", a line)
            a, b = new.search(text, i), old.search(text, i)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=16).map("".join))
def test_date_patterns_find_what_they_found_on_date_like_text(text):
    _same_dates(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789/-.: x", max_size=40))
def test_date_patterns_find_what_they_found_on_any_digits(text):
    _same_dates(text)


def test_date_patterns_on_every_report_we_have():
    for path in TEXTS:
        _same_dates(path.read_text(encoding="utf-8"), everywhere=False)
