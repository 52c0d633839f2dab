"""A page's furniture says nothing of the report's level, province or year (issue 11, benchmarks/NOISE.md): an
author's union in a byline, the source paper, reading tools above the headline, footers, tags, "Xem thêm" links,
attached files, more headings of related lists. Invented pages around invented reports."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text

HEAD = "Đại hội đại biểu phụ nữ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030"
LEDE = ("Sáng 12-10, Hội LHPN xã Tân Phú, tỉnh Đồng Nai tổ chức Đại hội đại biểu phụ nữ lần thứ I, nhiệm kỳ "
        "2025 - 2030. Nhiệm kỳ qua, các cấp Hội đã kết nạp 345 hội viên mới, giúp 27 hộ thoát nghèo.")
TAIL = "Đại hội đã bầu Ban Chấp hành khóa I gồm 15 đồng chí."
WANT = ("commune", "Đồng Nai", 2025)


# a story that names no province and no year: furniture must not lend it one
HEAD2 = "Chi hội phụ nữ ấp Phú Lợi ra mắt mô hình “Nhà sạch, vườn đẹp”"
LEDE2 = ("Sáng 5-9, Chi hội phụ nữ ấp Phú Lợi ra mắt mô hình “Nhà sạch, vườn đẹp” với 32 hộ tham gia. Các hội viên "
         "cam kết giữ gìn vệ sinh môi trường, trồng hoa ven đường và phân loại rác tại nguồn.")


def info(top: str = "", bottom: str = "", bare: bool = False) -> tuple:
    body = (HEAD2, LEDE2) if bare else (HEAD, LEDE, TAIL)
    text = "\n".join(x for x in (top, *body, bottom) if x)
    d = extract_document_info(normalize_text(text))
    return d["org_level"], d["province"], d["period_year"]


def same_as_bare(top: str = "", bottom: str = "") -> bool:
    return info(top, bottom, bare=True) == info(bare=True)


def test_the_page_without_furniture():
    assert info() == WANT
    assert info(bare=True)[1:] == (None, None)


@pytest.mark.parametrize("line", [
    "Lý Thị Yến (Hội LHPN tỉnh)", "Ngọc Hiền (Hội LHPN huyện)", "Bài, ảnh: Thu Hà (Hội LHPN thành phố)",
    "Lý Thanh Dung (Hội LHPN huyện Định Quán)", "Minh Anh (Hội Phụ nữ tỉnh)",
])
def test_an_authors_union_in_a_byline(line):
    assert info(top=line) == WANT
    assert info(bottom=line) == WANT


@pytest.mark.parametrize("line", [
    "Theo Báo Phụ nữ TP.HCM", "Nguồn: Báo Hà Nội Mới", "Theo Cổng thông tin điện tử tỉnh Lâm Đồng",
    "Nguồn: Đài Phát thanh và Truyền hình Cần Thơ",
])
def test_the_source_paper(line):
    assert info(bottom=line) == WANT
    assert same_as_bare(bottom=line)


@pytest.mark.parametrize("lines", [
    "Cỡ chữ 16 18 20", "Đọc bài 00:00 / 07:18", "Phóng to | Thu nhỏ", "Thời gian đọc: 3 phút",
    "Nghe audio 1.0x\nGiảm cỡ chữ", "Đọc bài: Giọng nữ miền Bắc",
])
def test_reading_tools_above_the_headline(lines):
    assert info(top=lines) == WANT
    assert same_as_bare(top=lines)


@pytest.mark.parametrize("lines", [
    "Bản quyền thuộc về Hội LHPN thành phố Hà Nội", "Copyright 2018 by Hội LHPN Việt Nam. All rights reserved",
    "Thiết kế bởi VNPT Hà Nội", "Trang thông tin điện tử được xây dựng năm 2015", "© 2019 Báo Phụ nữ TP.HCM",
    "Cơ quan chủ quản: Hội LHPN tỉnh Bình Dương", "Giấy phép số 123/GP-BTTTT ngày 12/5/2018",
])
def test_footers(lines):
    assert info(bottom=lines) == WANT
    assert same_as_bare(bottom=lines)


@pytest.mark.parametrize("lines", [
    "Từ khóa: Hội LHPN, năm 2019, nhiệm kỳ 2021-2026, Hà Nội", "Tags: Đại hội XIII, Quảng Ninh, năm 2023",
    "Xem thêm: Hà Giang: khám bệnh miễn phí cho 346 phụ nữ cao tuổi năm 2023",
    "Tải về: BC 6 thang 2021.docx (672 KB)", "Địa chỉ: 53 Điện Biên Phủ, TP. Hồ Chí Minh",
])
def test_tags_links_files_and_contacts(lines):
    assert info(bottom=lines) == WANT
    assert same_as_bare(bottom=lines)


@pytest.mark.parametrize("head", ["Các tin đã đưa", "Những tin cũ hơn", "Tin đã đăng", "Bài cùng chuyên mục",
                                  "Tin mới cập nhật"])
def test_more_headings_of_related_lists(head):
    related = f"{head}\nQuảng Nam: Hội nghị sơ kết 6 tháng đầu năm 2024\nHuế: trao 45 suất quà (12/5/2024)"
    assert info(bottom=related) == WANT
    assert same_as_bare(bottom=related)


@pytest.mark.parametrize("lines", ["Hà Nội 28ºC", "TP.HCM 24ºC\nĐà Nẵng 27°C - 31°C", "Hải Phòng 19ºC"])
def test_the_weather_names_no_province(lines):
    assert same_as_bare(top=lines)


@pytest.mark.parametrize("menu", [
    "Menu\nTin địa phương\nẢnh\nĐại hội Phụ nữ các cấp\nĐề án 938\nCuộc vận động 5 không 3 sạch",
    "Hội cơ sở\nĐại hội Phụ nữ các cấp\nPhong trào thi đua\nThời sự\nChuyển đổi số\nHoạt động các cấp Hội",
    "Gia đình\nTin tức - Sự kiện\nPhụ nữ với kinh tế\nAn sinh xã hội\nHoạt động Hội\nVăn bản chỉ đạo",
])
def test_a_menu_one_item_a_line_is_no_headline(menu):
    text = normalize_text(f"{menu}\n{HEAD}\n{LEDE}\n{TAIL}")
    assert extract_document_info(text)["title"] == HEAD
