"""A short report sentence holding a word of the page's furniture is report text: 'tin bài' (news items, a common
result of a union's communication work) is not the print button 'In bài' ('in bài' sits inside it), and 'đăng nhập',
'bản quyền', 'trang chủ' in a sentence are not a menu's items (the whole line's figures were dropped as furniture)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = ("Hội LHPN tỉnh Nam Định tổng kết công tác năm 2025\n\nNgày 5/1/2026, Hội LHPN tỉnh Nam Định tổ chức hội nghị "
        "tổng kết công tác Hội năm 2025.\n\n")


def values(text: str) -> list[float]:
    return [f["value"] for f in extract_facts(normalize_text(HEAD + text))]


@pytest.mark.parametrize("line, expected", [
    ("Toàn tỉnh kết nạp 1.200 hội viên mới. Hội đăng 320 tin bài trên trang thông tin điện tử.", [1200.0, 320.0]),
    ("Trang fanpage của Hội đăng tải 415 tin bài, thu hút 52.000 lượt xem.", [415.0, 52000.0]),
    ("- Cộng tác với Báo Nam Định 36 tin bài về phong trào phụ nữ.", [36.0]),
    ("Các cơ sở Hội viết 1.054 tin bài, 230 phóng sự ảnh.", [1054.0, 230.0]),
    ("Có 250 hội viên đăng nhập ứng dụng Phụ nữ Việt Nam.", [250.0]),
    ("Tổ chức 18 lớp tập huấn về bản quyền và sở hữu trí tuệ cho 540 hội viên.", [18.0, 540.0]),
    ("Năm 2025, trang chủ của Hội có 30.000 lượt truy cập.", [30000.0]),
    ("Hướng dẫn 1.500 hội viên đăng nhập, sử dụng nền tảng số; 12 chi hội lập trang chủ riêng.", [1500.0, 12.0]),
])
def test_a_line_counting_tin_bai_keeps_its_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line", ["In bài | Gửi email | Lượt xem: 120", "In bài viết   Chia sẻ   Cỡ chữ A- A A+ 25",
                                  "Trang chủ | Tin tức | Hoạt động 2025", "Đăng nhập | Đăng ký 24/7",
                                  "Bản quyền thuộc về Hội LHPN tỉnh Nam Định 2025", "Giới thiệu - Trang chủ 2025"])
def test_the_print_button_line_is_still_furniture(line):
    assert values(line) == []
