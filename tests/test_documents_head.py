"""Headline and publication date among page furniture (invented pages, real layouts of the genre's sites)."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("page, title, published", [
    # a site header with a menu, the weather and the page's clock, then the headline and the article's own date
    ("Tất cả chuyên mục\nNghệ An|\n28°C\n/ 25°C - 31°C\nThứ Ba, 21/01/2025 11:15 (GMT +7)\n"
     "Quỳnh Lưu: Hội LHPN huyện sơ kết quý 1\nThứ 6, 15/04/2022 | 17:04:02 [GMT +7] A A\nSáng 15/4, Hội LHPN "
     "huyện Quỳnh Lưu tổ chức sơ kết.", "Quỳnh Lưu: Hội LHPN huyện sơ kết quý 1", "2022-04-15"),
    # the clock of the page alone above a section menu: no article date
    ("Thứ Hai, 28/04/2025, 22:04 (GMT+7)\nNhững chủ trương lớn Tin tức - Thời sự\nSáng 09/3, Đại hội khai mạc.",
     "Những chủ trương lớn Tin tức - Thời sự", None),
    # the stored page's "date …" prefix is not part of the headline
    ("date 2025-10-22 Đại hội đại biểu Phụ nữ xã Ea Tul lần thứ I, nhiệm kỳ 2025 – 2030\n\nChiều 22/10, Hội LHPN "
     "xã tổ chức Đại hội.", "Đại hội đại biểu Phụ nữ xã Ea Tul lần thứ I, nhiệm kỳ 2025 – 2030", "2025-10-22"),
    # a bare date above the headline is the article's date
    ("12/05/2023\nMèo Vạc: Phụ nữ vùng cao vươn lên thoát nghèo\nNgày 10/5, Hội LHPN huyện Mèo Vạc tổ chức hội nghị.",
     "Mèo Vạc: Phụ nữ vùng cao vươn lên thoát nghèo", "2023-05-12"),
    # site banners and hotlines
    ("www.phunuquangnam.vn - Trang tin của Hội LHPN tỉnh\n\nHội LHPN huyện Núi Thành giúp 50 hộ thoát nghèo\n\n"
     "Ngày 3.9.2021, Hội LHPN huyện tổ chức Đại hội.", "Hội LHPN huyện Núi Thành giúp 50 hộ thoát nghèo", None),
    ("Hotline: 0912345678 Báo Nhân Dân Tòa soạn Quảng cáo\n\nXã hội\n\nGoogle News\n\nBà Lê Thị A tái đắc cử Chủ "
     "tịch Hội LHPN tỉnh Gia Lai\n\nTPO - Sáng 6/12, Đại hội diễn ra.", "Bà Lê Thị A tái đắc cử Chủ tịch Hội LHPN "
     "tỉnh Gia Lai", None),
    # the article's date line may carry seconds and a view counter
    ("Hơn 200 đại biểu dự hội nghị trực tuyến\n\nThứ 5, 17.03.2022 | 10:32:57\n804 lượt xem\n\nSáng 16/3, Hội LHPN "
     "tỉnh tổ chức hội nghị.", "Hơn 200 đại biểu dự hội nghị trực tuyến", "2022-03-17"),
])
def test_headline_and_date_among_page_furniture(page, title, published):
    got = info(page)
    assert (got["title"], got["published"]) == (title, published)


@pytest.mark.parametrize("page", [
    "(HBĐT) - Chiều 23/7, đồng chí Phó Bí thư Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Hội LHPN tỉnh.\n\nNội dung",
    "Theo Ban tổ chức, Đại hội được tổ chức từ ngày 9-11/3 tại Hà Nội.\nDự Đại hội có 1.000 đại biểu.",
    "TPO - Sáng 6/12, Đại hội đại biểu Phụ nữ tỉnh Quảng Trị lần thứ I diễn ra\nĐại hội có 250 đại biểu.",
    "Nổi bật trong năm 2020 là phong trào phụ nữ gắn với các phong trào thi đua, các nhiệm vụ trọng tâm. Đặc biệt, "
    "các cấp Hội đã vận động phụ nữ khởi nghiệp, phát triển kinh tế, bảo vệ môi trường và đạt nhiều kết quả.\nTiếp",
])
def test_an_excerpt_that_starts_with_its_lede_has_no_headline(page):
    assert info(page)["title"] is None
