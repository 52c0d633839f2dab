"""The literal gates before the rare case-blind line patterns of the headline and page rules answer what the patterns
alone answer: on invented lines that hold the words (any case, the "ı"/"İ" the case-blind regex pairs with "i"), on
near misses, and on every line of the seeds and the shared dev set."""
from __future__ import annotations

from pathlib import Path

import pytest

from wuanalysis.headline import _PAGE_CLOCK_COMPANY, _page_clock_company
from wuanalysis.headline_sites import _PHOTO_LINE, is_photo_line

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
    ("Hội viên có hoàn cảnh khó khăn được tặng quà", False),
    ("Hình ảnh đẹp về phụ nữ", False),
    ("Chụp hình lưu niệm cùng đại biểu", False),
    ("Hội LHPN huyện tổng kết năm 2023", False),
]


@pytest.mark.parametrize("line, expected", CLOCK_LINES)
def test_page_clock_company_as_the_pattern(line, expected):
    assert _page_clock_company(line) is expected
    assert (_PAGE_CLOCK_COMPANY.search(line) is not None) is expected


@pytest.mark.parametrize("line, expected", PHOTO_LINES)
def test_photo_line_as_the_pattern(line, expected):
    assert is_photo_line(line) is expected
    assert (_PHOTO_LINE.search(line) is not None) is expected


def test_gates_agree_with_the_patterns_on_every_line_we_have():
    lines = [line.strip() for path in TEXTS for line in path.read_text(encoding="utf-8").split("\n")]
    assert len(lines) > 500
    for line in lines:
        assert _page_clock_company(line) == (_PAGE_CLOCK_COMPANY.search(line) is not None), line
        assert is_photo_line(line) == (_PHOTO_LINE.search(line) is not None), line
