"""Document facts for the patterns of the invented blind set iv4 (issue 11): a site's name above its menu with the
section after a dash ("HỘI LHPN TỈNH VĨNH PHÚC - Hoạt động cơ sở") or opening on the place it serves ("ĐẶC KHU PHÚ
QUỐC - TỈNH AN GIANG"), a year plan whose headline deploys the year's tasks ("triển khai nhiệm vụ năm 2026") or whose
lede asks for reports later ("báo cáo kết quả 6 tháng trước ngày 15/6/2026"), and a lede's dateline ("Phú Quốc, ngày
06/4/2026 - Hội …") dating an article that prints no other date; each in several invented wordings (other places,
years, word orders) with a guard, so the rules fit the genre rather than one sentence."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


_MENU = "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\n\n"


# --- 1. Title: a site's name above its menu, with a section after it or opening on its place ----------------------

@pytest.mark.parametrize("text, title, level", [
    # a union's site and the section the page sits in, then the menu and the district union's headline
    (f"date 2025-06-20 HỘI LHPN TỈNH VĨNH PHÚC - Hoạt động cơ sở\n{_MENU}Hội LHPN huyện Lập Thạch sơ kết công tác "
     "Hội 6 tháng đầu năm 2025\nNgày 18/6/2025, Hội LHPN huyện Lập Thạch tổ chức hội nghị sơ kết. Trong 6 tháng, Hội "
     "đã kết nạp 215 hội viên mới.", "Hội LHPN huyện Lập Thạch sơ kết công tác Hội 6 tháng đầu năm 2025", "district"),
    (f"Báo Lai Châu điện tử - Tin địa phương\n{_MENU}Phụ nữ xã Bản Bo ra mắt mô hình nuôi gà thả vườn\nSáng 3/4/2026, "
     "Hội LHPN xã Bản Bo ra mắt mô hình với 12 thành viên.", "Phụ nữ xã Bản Bo ra mắt mô hình nuôi gà thả vườn",
     "commune"),
    (f"date 2024-11-02 CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI NƯỚC | Tin hoạt động\n{_MENU}Hội LHPN huyện Cái Nước tổ chức "
     "Ngày hội phụ nữ khởi nghiệp\nNgày 1/11, Hội LHPN huyện tổ chức ngày hội với 30 gian hàng.",
     "Hội LHPN huyện Cái Nước tổ chức Ngày hội phụ nữ khởi nghiệp", "district"),
    # a commune's, ward's or special zone's portal named by its place and the province or city above it
    (f"ĐẶC KHU CÔN ĐẢO - THÀNH PHỐ HỒ CHÍ MINH\n{_MENU}Hội LHPN đặc khu Côn Đảo sơ kết công tác Hội quý I/2026\nNgày "
     "5/4/2026, Hội LHPN đặc khu Côn Đảo tổ chức giao ban. Quý I, Hội kết nạp 46 hội viên mới.",
     "Hội LHPN đặc khu Côn Đảo sơ kết công tác Hội quý I/2026", "commune"),
    (f"date 2025-12-10 XÃ ĐÔNG HƯNG - TỈNH CÀ MAU\n{_MENU}Phụ nữ xã Đông Hưng tổng kết công tác Hội năm 2025\nSáng "
     "9/12, Hội LHPN xã Đông Hưng tổng kết công tác năm 2025 với 1.820 hội viên.",
     "Phụ nữ xã Đông Hưng tổng kết công tác Hội năm 2025", "commune"),
    (f"Phường Thuận Hóa - Thành phố Huế\n{_MENU}Hội LHPN phường Thuận Hóa ra mắt câu lạc bộ phụ nữ khởi nghiệp\nChiều "
     "2/10/2025, Hội LHPN phường Thuận Hóa ra mắt câu lạc bộ với 25 thành viên.",
     "Hội LHPN phường Thuận Hóa ra mắt câu lạc bộ phụ nữ khởi nghiệp", "commune"),
    # guards: a headline that names its place and a dash, then its lede, stays the headline
    ("date 2025-12-22 Hội LHPN tỉnh Vĩnh Phúc - Tổng kết công tác Hội năm 2025\nNgày 21/12, Hội LHPN tỉnh tổ chức "
     "hội nghị tổng kết với 150 đại biểu.", "Hội LHPN tỉnh Vĩnh Phúc - Tổng kết công tác Hội năm 2025", "province"),
    ("date 2025-08-14 Phường Hạc Thành - Đại hội phụ nữ lần thứ I thành công tốt đẹp\nNgày 13/8, Hội LHPN phường "
     "Hạc Thành tổ chức Đại hội với 120 đại biểu.",
     "Phường Hạc Thành - Đại hội phụ nữ lần thứ I thành công tốt đẹp", "commune"),
])
def test_a_site_name_with_its_section_or_place_is_not_the_headline(text, title, level):
    got = info(text)
    assert (got["title"], got["org_level"]) == (title, level)


# --- 2. Period: a year plan deploying the year's tasks, or asking for reports later ------------------------------

@pytest.mark.parametrize("text, expected", [
    # a headline deploying the year's tasks plans that year, though the lede opens on last year's results
    ("date 2026-01-14 Hội LHPN tỉnh Gia Lai triển khai nhiệm vụ năm 2026\nNgày 13/1, Hội LHPN tỉnh tổ chức hội nghị "
     "triển khai kế hoạch công tác Hội năm 2026. Năm 2025, dù nhiều khó khăn, các cấp Hội vẫn hoàn thành 9/10 chỉ "
     "tiêu.\nNăm 2026, Hội phấn đấu kết nạp 7.000 hội viên mới.", (2026, "year")),
    ("date 2024-01-09 Phụ nữ huyện Thạch Hà triển khai phương hướng, nhiệm vụ năm 2024\nNgày 8/1, Hội LHPN huyện "
     "Thạch Hà triển khai phương hướng, nhiệm vụ năm 2024. Năm 2023, toàn huyện có 21.400 hội viên.\nHội phấn đấu "
     "kết nạp 300 hội viên mới.", (2024, "year")),
    ("date 2026-01-20 Hội LHPN phường Long Biên: Triển khai nhiệm vụ trọng tâm năm 2026\nSáng 19/1, Hội LHPN phường "
     "triển khai nhiệm vụ trọng tâm năm 2026. Năm 2025, Hội có 9.200 hội viên ở 48 chi hội.", (2026, "year")),
    # a plan's lede telling its branches to report later is no review
    ("date 2026-01-20 Hội LHPN xã Mỹ Yên ban hành Kế hoạch công tác Hội năm 2026\nNăm 2025, Hội LHPN xã có 4.920 hội "
     "viên. Kế hoạch đề ra các chỉ tiêu: kết nạp 100 hội viên mới; giúp 15 hộ thoát nghèo. Các chi hội báo cáo kết quả "
     "6 tháng trước ngày 15/6/2026.", (2026, "year")),
    ("date 2025-02-05 Hội LHPN huyện Đông Anh ban hành Chương trình công tác năm 2025\nNăm 2024, các cấp Hội trong "
     "huyện có 38.000 hội viên. Năm 2025, Hội phấn đấu kết nạp 800 hội viên; các cơ sở Hội định kỳ báo cáo kết quả "
     "thực hiện về Thường trực Hội.", (2025, "year")),
    # guards: a review named in the headline or the lede keeps the reviewed year
    ("date 2026-01-10 Hội LHPN tỉnh Gia Lai tổng kết năm 2025, triển khai nhiệm vụ năm 2026\nNgày 9/1, Hội tổng kết "
     "công tác Hội năm 2025. Năm 2025, các cấp Hội kết nạp 8.000 hội viên.", (2025, "year")),
    ("date 2026-01-10 Hội LHPN tỉnh Gia Lai triển khai nhiệm vụ năm 2026\nNgày 9/1, Hội LHPN tỉnh tổ chức hội nghị "
     "tổng kết công tác Hội năm 2025 và triển khai nhiệm vụ năm 2026. Năm 2025, các cấp Hội kết nạp 8.000 hội viên.",
     (2025, "year")),
])
def test_a_year_plan_plans_its_year(text, expected):
    got = info(text)
    assert (got["period_year"], got["period_span"]) == expected


# --- 3. Published: a lede's dateline -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("ĐẶC KHU PHÚ QUỐC - TỈNH AN GIANG\nHội LHPN đặc khu Phú Quốc: Quý I/2026 kết nạp 215 hội viên mới\n\nPhú Quốc, "
     "ngày 06/4/2026 - Hội Liên hiệp Phụ nữ đặc khu Phú Quốc vừa tổ chức giao ban quý I. Hội kết nạp 215 hội viên.",
     "2026-04-06"),
    ("Phụ nữ Hà Tĩnh chung tay xây dựng nông thôn mới\nHà Tĩnh, 12/3/2025 – Sáng nay, Hội LHPN tỉnh phát động phong "
     "trào với 1.200 hội viên tham gia.", "2025-03-12"),
    ("Hội LHPN Thành phố tổ chức Ngày hội áo dài\nTP. Hồ Chí Minh, ngày 8/3/2026 - Hội LHPN Thành phố tổ chức ngày "
     "hội với 3.000 hội viên.", "2026-03-08"),
    # guards: a lede naming where and when a meeting was held, and a date range, are no dateline
    ("Hội LHPN đặc khu Phú Quốc giao ban quý I\nTại Phú Quốc, ngày 06/4/2026, Hội LHPN đặc khu tổ chức giao ban với "
     "40 đại biểu.", None),
    ("Hội LHPN tỉnh tập huấn cán bộ cơ sở\nHội Nghị An Giang, ngày 06/4/2026 - 07/4/2026 tại Long Xuyên, có 120 học "
     "viên.", None),
])
def test_a_ledes_dateline_dates_the_article(text, published):
    assert info(text)["published"] == published


@pytest.mark.parametrize("text", [
    # guards: a plan for part of a year is no year plan
    "date 2025-07-10 Hội LHPN huyện Đức Thọ triển khai nhiệm vụ 6 tháng cuối năm 2025\nNgày 9/7, Hội LHPN huyện triển "
    "khai nhiệm vụ 6 tháng cuối năm 2025. Năm 2024, Hội có 20.000 hội viên.",
    "date 2025-04-03 Hội LHPN phường Tân Định ban hành kế hoạch công tác quý II năm 2025\nQuý I, Hội kết nạp 40 hội "
    "viên.",
])
def test_a_plan_for_part_of_a_year_is_no_year_plan(text):
    assert info(text)["period_rule"] != "year_plan"
