"""Document facts of the invented blind set iv2 (benchmarks/checksets/iv2/FINDINGS.md): its genre patterns, each in
several new invented wordings (other places, years, word orders; no sentence of the set itself): the second
half-year reviewed by a union founded on 1 July 2025, page furniture carrying dates and years (photo credits, menus,
"► " related titles, archive lists, update stamps) that is not the period, plans (the period planned), reviews
that also plan the next year (the period reviewed), special zones, merged communes "xã X (mới)", clusters."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


def period(text: str) -> tuple:
    got = info(text)
    return got["period_span"], got["period_year"]


# --- 1. The second half-year as the reviewed period -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("date 2026-01-08 Phụ nữ phường Bắc Sơn tổng kết 6 tháng cuối năm 2025\n\nNgày 7/1/2026, Hội LHPN phường Bắc Sơn "
     "tổ chức hội nghị tổng kết công tác Hội 6 tháng cuối năm 2025, triển khai nhiệm vụ năm 2026.\n\nSau 6 tháng hoạt "
     "động, Hội kết nạp 85 hội viên mới, tổ chức 30 buổi sinh hoạt.\n\nNăm 2026, Hội phấn đấu giúp 10 hộ thoát nghèo.",
     ("6m", 2025)),
    ("date 2025-12-29 Hội LHPN xã Ia Pa sơ kết hoạt động sáu tháng cuối năm\n\nChiều 28/12, Hội LHPN xã Ia Pa sơ kết "
     "hoạt động sáu tháng cuối năm 2025 và bàn phương hướng năm 2026. Trong 6 tháng, Hội vận động 120 hội viên tham "
     "gia tổ vay vốn.", ("6m", 2025)),
    ("Hội LHPN huyện Đức Thọ: kết quả 6 tháng cuối năm 2024\n\nNgày 3/1/2025, Hội LHPN huyện báo cáo kết quả hoạt "
     "động 6 tháng cuối năm 2024 và phương hướng nhiệm vụ năm 2025. Hội đã trao 40 suất quà cho hội viên nghèo; năm "
     "2025 phấn đấu kết nạp 300 hội viên.", ("6m", 2024)),
    ("date 2026-01-12 Đặc khu Lý Sơn: phụ nữ đảo vượt khó\n\nHội LHPN đặc khu Lý Sơn vừa tổ chức hội nghị đánh giá "
     "kết quả hoạt động 6 tháng cuối năm 2025, đề ra nhiệm vụ trọng tâm năm 2026. Hội có 1.500 hội viên, sinh hoạt tại "
     "12 chi hội.", ("6m", 2025)),
])
def test_a_review_of_the_last_six_months_of_a_year(text, expected):
    assert period(text) == expected


# --- 2. Page furniture that carries dates and years ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a photo credit dated years before, in a review whose text names no year: the dateline's year
    ("Hội LHPN huyện Yên Châu tổng kết công tác Hội năm qua\n\nThứ Sáu, 27/12/2024 08:40\n\nẢnh tư liệu chụp năm "
     "2018: hội viên bản Phiêng Khoài thu hoạch chè.\n\nChiều 26/12, Hội LHPN huyện tổng kết công tác Hội và phong "
     "trào phụ nữ năm qua. Các cấp Hội kết nạp 540 hội viên mới, giúp 96 hộ thoát nghèo.", ("year", 2024)),
    ("Phụ nữ xã Tân Lập tổng kết năm\n\nThứ Hai, 30/12/2024\n\nChiều 28/12, Hội LHPN xã Tân Lập tổ chức hội nghị "
     "tổng kết công tác Hội năm qua. Hội đã kết nạp 60 hội viên, tổ chức 24 buổi sinh hoạt.\n\n(Ảnh: Ngọc Hà - chụp "
     "ngày 12/9/2021)", ("year", 2024)),
    # a menu of the site's sections with years above the headline
    ("Trang chủ | Thời sự | Xuân Giáp Thìn 2024 | Đại hội Đảng các cấp 2020 | Phụ nữ\n\nHội LHPN huyện Bắc Yên tổng "
     "kết công tác năm\n\nThứ Ba, 26/12/2023\n\nSáng 25/12, Hội LHPN huyện Bắc Yên tổ chức hội nghị tổng kết công tác "
     "Hội năm qua, triển khai nhiệm vụ năm tới. Năm qua, các cấp Hội kết nạp 410 hội viên, giúp 52 hộ thoát nghèo.",
     ("year", 2023)),
    # "► " related titles between the lede and the body, naming other periods
    ("date 2023-07-14 Hội LHPN huyện Cẩm Mỹ sơ kết công tác Hội\n\nNgày 13/7, Hội LHPN huyện Cẩm Mỹ tổ chức hội nghị "
     "sơ kết công tác Hội 6 tháng đầu năm.\n\n► Cẩm Mỹ: Tổng kết công tác Hội năm 2019\n► Hội LHPN tỉnh sơ kết quý "
     "I/2021\n\n6 tháng qua, các cấp Hội kết nạp 230 hội viên, tổ chức 45 buổi truyền thông.", ("6m", 2023)),
    ("date 2022-01-07 Phụ nữ huyện Hòa Vang tổng kết năm 2021\n\n► Hòa Vang: Phụ nữ ra quân làm đường hoa năm "
     "2019 (04/2019)\n► Đại hội phụ nữ huyện nhiệm kỳ 2016 - 2021\n\nNgày 6/1, Hội LHPN huyện Hòa Vang tổng kết công "
     "tác Hội năm 2021. Năm qua, Hội giúp 35 hộ thoát nghèo.", ("year", 2021)),
    # an archive list at the end, and an update stamp under the headline
    ("Hội LHPN thị xã Ninh Hòa tổng kết công tác Hội năm qua\n\nCập nhật: 16:20 - 29/12/2022\n\nChiều 28/12, Hội "
     "LHPN thị xã tổng kết công tác Hội năm qua. Hội kết nạp 620 hội viên, trao 15 căn nhà tình thương.\n\nCác tin đã "
     "đưa:\n- Ninh Hòa: Tập huấn cán bộ chi hội (12/11/2022)\n- Hội LHPN thị xã sơ kết 6 tháng đầu năm 2020 "
     "(20/7/2020)\n- Ra mắt CLB phụ nữ khởi nghiệp năm 2018 (03/2018)", ("year", 2022)),
])
def test_furniture_years_are_not_the_period(text, expected):
    assert period(text) == expected


# --- 3. Plans and reviews that plan ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a plan issued in one year for the next: the period planned
    ("date 2024-12-18 Hội LHPN tỉnh Bắc Ninh ban hành Chương trình công tác năm 2025\n\nBan Thường vụ Hội LHPN tỉnh "
     "vừa ban hành Chương trình công tác Hội năm 2025 với 10 chỉ tiêu thi đua: kết nạp ít nhất 5.000 hội viên mới; "
     "giúp 200 hộ thoát nghèo.\n\nNăm 2024, các cấp Hội đã hoàn thành 9/10 chỉ tiêu.", ("year", 2025)),
    ("date 2025-01-06 Kế hoạch công tác Hội năm 2025 của Hội LHPN huyện Quỳ Hợp\n\nHội LHPN huyện Quỳ Hợp xây dựng "
     "kế hoạch năm 2025, phấn đấu kết nạp 350 hội viên, xây 4 Mái ấm tình thương.", ("year", 2025)),
    # a review that also sets next year's tasks: the period reviewed
    ("date 2025-01-09 Hội LHPN tỉnh Cao Bằng tổng kết năm 2024\n\nNgày 8/1/2025, Hội LHPN tỉnh tổng kết công tác Hội "
     "năm 2024, triển khai nhiệm vụ năm 2025. Năm 2024, các cấp Hội kết nạp 3.100 hội viên. Năm 2025, Hội phấn đấu "
     "kết nạp 3.000 hội viên, giúp 150 hộ thoát nghèo.", ("year", 2024)),
    # a quarter report announcing a congress for a new term
    ("date 2025-07-09 Phường Tân Định sơ kết quý II/2025\n\nHội LHPN phường Tân Định sơ kết hoạt động quý II và triển "
     "khai nhiệm vụ quý III/2025, chuẩn bị Đại hội đại biểu Phụ nữ phường lần thứ I, nhiệm kỳ 2025 - 2030. Trong quý, "
     "Hội kết nạp 40 hội viên.", ("quarter", 2025)),
])
def test_plans_take_the_period_planned_and_reviews_the_period_reviewed(text, expected):
    assert period(text) == expected


# --- 4. Level and province after the reform ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("date 2025-09-12 Phụ nữ đặc khu Phú Quốc chung tay giữ đảo xanh\n\nHội LHPN đặc khu Phú Quốc, tỉnh An Giang ra "
     "quân thu gom 3 tấn rác thải nhựa; Hội có 6.200 hội viên.", ("commune", "An Giang")),
    ("date 2025-10-02 Đại hội Phụ nữ xã Hòa Bình (mới) lần thứ I\n\nHội LHPN xã Hòa Bình (mới), tỉnh Thái Nguyên tổ "
     "chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có bà Lê Thị Hạnh, Phó Chủ tịch Hội "
     "LHPN tỉnh.", ("commune", "Thái Nguyên")),
    ("date 2023-12-08 Cụm thi đua số 4 tổng kết năm 2023\n\nCụm thi đua số 4 gồm Hội LHPN các tỉnh Nghệ An, Hà Tĩnh, "
     "Quảng Bình, Quảng Trị tổng kết công tác thi đua năm 2023; các tỉnh kết nạp 18.000 hội viên.", ("cluster", None)),
    ("date 2025-12-22 Hội LHPN tỉnh Gia Lai tổng kết năm 2025\n\nHội LHPN tỉnh Gia Lai (sau hợp nhất với tỉnh Bình "
     "Định) tổng kết công tác Hội năm 2025: kết nạp 12.000 hội viên, giúp 800 hộ thoát nghèo.",
     ("province", "Gia Lai")),
])
def test_level_and_province_after_the_reform(text, expected):
    got = info(text)
    assert (got["org_level"], got["province"]) == expected


# --- 5. Photo credits carry the photo's date, not the article's nor the period's --------------------------------------

@pytest.mark.parametrize("text, expected", [
    # undated reviews of "năm qua": the year is unknown, whatever date the photo bears
    ("Hội LHPN xã Phú Lâm tổng kết công tác Hội năm qua\n\n(Ảnh chụp ngày 8/3/2019)\n\nHội LHPN xã Phú Lâm vừa tổ "
     "chức hội nghị tổng kết công tác Hội năm qua. Hội kết nạp 45 hội viên, giúp 6 hộ thoát nghèo.",
     (None, "year", None)),
    ("Phụ nữ xã Tịnh Sơn tổng kết năm\n\nHội LHPN xã Tịnh Sơn vừa tổng kết công tác Hội năm qua. Hội kết nạp 38 hội "
     "viên, trao 20 suất quà.\n\nẢnh: Hội viên tham gia hội thi nấu ăn (ảnh chụp tháng 10/2018)",
     (None, "year", None)),
    ("Hội LHPN phường An Lạc tổng kết công tác Hội năm qua\n\nẢnh: Minh Thư - 12/5/2020\n\nHội LHPN phường An Lạc "
     "vừa tổng kết công tác Hội năm qua: kết nạp 70 hội viên, giúp 3 hộ thoát nghèo.", (None, "year", None)),
    ("Hội LHPN huyện Đak Pơ tổng kết năm\n\nThứ Ba, 27/12/2022\n\nẢnh tư liệu năm 2017: hội viên chăm sóc vườn điều."
     "\n\nChiều 26/12, Hội LHPN huyện Đak Pơ tổng kết công tác Hội năm qua, kết nạp 260 hội viên.",
     ("2022-12-27", "year", 2022)),
    # the byline of text and photo is the article's: "năm qua" in January is the year before
    ("Hội LHPN xã Phú Lâm tổng kết công tác Hội năm qua\n\nHội LHPN xã Phú Lâm vừa tổ chức hội nghị tổng kết công tác "
     "Hội năm qua. Hội kết nạp 45 hội viên.\n\nTin, ảnh: Minh Thư - 12/1/2021", ("2021-01-12", "year", 2020)),
])
def test_a_photos_date_is_neither_the_articles_nor_the_periods(text, expected):
    got = info(text)
    assert (got["published"], got["period_span"], got["period_year"]) == expected


# --- 6. Huế before 1 January 2025 was the city of Thừa Thiên Huế province -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("date 2023-12-20 Hội LHPN thành phố Huế tổng kết năm 2023\n\nHội LHPN thành phố Huế tổng kết công tác Hội năm "
     "2023: kết nạp 900 hội viên, giúp 30 hộ thoát nghèo.", ("district", "Huế")),
    ("date 2021-06-10 Đại hội Phụ nữ TP. Huế lần thứ XV\n\nHội LHPN TP. Huế tổ chức Đại hội đại biểu Phụ nữ thành phố "
     "lần thứ XV, nhiệm kỳ 2021 - 2026 với 150 đại biểu.", ("district", "Huế")),
    ("date 2025-12-20 Hội LHPN thành phố Huế tổng kết năm 2025\n\nHội LHPN thành phố Huế tổng kết công tác Hội năm "
     "2025: kết nạp 4.000 hội viên, giúp 300 hộ thoát nghèo.", ("province", "Huế")),
    ("date 2025-03-08 Phụ nữ thành phố Huế mít tinh kỷ niệm ngày 8/3\n\nHội LHPN thành phố Huế tổ chức mít tinh với "
     "500 hội viên tham dự.", ("province", "Huế")),
])
def test_hue_is_a_province_only_from_2025(text, expected):
    got = info(text)
    assert (got["org_level"], got["province"]) == expected


# --- 7. Reports dated only by an official dateline or a closing byline -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("HỘI LHPN TỈNH BẮC NINH\nBAN THƯỜNG VỤ\nSố: 45/BC-HPN\nBắc Ninh, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nKết quả "
     "công tác Hội và phong trào phụ nữ năm 2024, phương hướng nhiệm vụ năm 2025\n\nNăm 2024, các cấp Hội trong tỉnh "
     "kết nạp 4.100 hội viên mới, giúp 210 hộ thoát nghèo.", ("2024-12-10", "year", 2024)),
    ("Hội LHPN huyện Văn Lâm báo cáo kết quả công tác 9 tháng\n\nChín tháng đầu năm, Hội LHPN huyện Văn Lâm kết nạp "
     "320 hội viên, giúp 15 hộ thoát nghèo.\n\nVăn Lâm, ngày 25 tháng 9 năm 2023\nTM. BAN THƯỜNG VỤ",
     ("2023-09-25", "9m", 2023)),
    ("Hội LHPN xã Đông Hải tổng kết công tác Hội năm qua\n\nHội LHPN xã Đông Hải vừa tổ chức hội nghị tổng kết công "
     "tác Hội và phong trào phụ nữ năm qua. Hội kết nạp 52 hội viên, giúp 4 hộ thoát nghèo.\n\nĐông Hải, ngày 8 tháng "
     "1 năm 2024", ("2024-01-08", "year", 2023)),
    ("Hội LHPN huyện Ea Súp tổng kết công tác Hội\n\nNgày 26/12, Hội LHPN huyện Ea Súp tổng kết công tác Hội và phong "
     "trào phụ nữ năm qua. Các cấp Hội kết nạp 640 hội viên mới, giúp 58 hộ thoát nghèo, trao 6 căn nhà tình thương."
     "\n\nTại hội nghị, Hội LHPN huyện khen thưởng 12 tập thể và 20 cá nhân có thành tích xuất sắc trong năm.\n\n"
     "Y Nhi (Hội LHPN huyện Ea Súp) - 28/12/2022", ("2022-12-28", "year", 2022)),
    # a page clock opening on its weekday is no dateline; the archive list's dates are other articles'
    ("Hội LHPN xã Tân Hòa tổng kết năm qua\n\nHội LHPN xã Tân Hòa tổng kết công tác Hội năm qua, kết nạp 30 hội viên."
     "\n\nCác tin đã đưa:\nTân Hòa: Ra mắt tổ phụ nữ tự quản - 15/10/2019", (None, "year", None)),
])
def test_a_report_dated_by_its_dateline_or_its_byline(text, expected):
    got = info(text)
    assert (got["published"], got["period_span"], got["period_year"]) == expected


# --- 8. A province's first congress after the merger, held the January after its term began ----------------------

@pytest.mark.parametrize("text", [
    "date 2026-01-08 Đại hội đại biểu Phụ nữ tỉnh An Giang lần thứ I thành công\n\nTrong 2 ngày 6 và 7/1/2026, Hội "
    "LHPN tỉnh An Giang tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 với 300 đại biểu.",
    "date 2026-01-10 Bế mạc Đại hội Phụ nữ tỉnh Lâm Đồng lần thứ I\n\nNgày 8, 9-1, Hội LHPN tỉnh Lâm Đồng tổ chức Đại "
    "hội đại biểu Phụ nữ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; 350 đại biểu dự.",
])
def test_a_congress_held_in_january_of_the_next_year_is_that_years(text):
    assert period(text) == ("term", 2026)


# --- 9. Lists and section labels above the article ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a sidebar of the most-read articles above the headline: neither the headline nor the period
    ("Đọc nhiều nhất\nHội LHPN tỉnh sơ kết 9 tháng năm 2019\nPhụ nữ huyện ra quân năm 2020\n\nHội LHPN huyện Triệu "
     "Phong tổng kết công tác năm\n\nThứ Sáu, 29/12/2023\n\nChiều 28/12, Hội LHPN huyện Triệu Phong tổng kết công tác "
     "Hội năm qua, kết nạp 310 hội viên.", ("Hội LHPN huyện Triệu Phong tổng kết công tác năm", "year", 2023)),
    ("Tin mới nhất:\nĐại hội Phụ nữ tỉnh nhiệm kỳ 2021 - 2026 thành công\nTrao 100 suất quà Tết 2022\n\nPhụ nữ xã Cam "
     "Thủy sơ kết 6 tháng đầu năm\n\nThứ Tư, 10/07/2024\n\nSáng 9/7, Hội LHPN xã Cam Thủy sơ kết công tác Hội 6 tháng "
     "đầu năm, kết nạp 25 hội viên.", ("Phụ nữ xã Cam Thủy sơ kết 6 tháng đầu năm", "6m", 2024)),
    # a section label naming a year ("Chuyên mục: Năm 2026 - Năm đột phá") is the site's
    ("date 2026-01-05 Hội LHPN xã Cửa Việt tổng kết năm\n\nChuyên mục: Năm 2026 - Năm đột phá\n\nNgày 4/1/2026, Hội "
     "LHPN xã Cửa Việt tổng kết công tác Hội năm 2025, kết nạp 55 hội viên.",
     ("Hội LHPN xã Cửa Việt tổng kết năm", "year", 2025)),
    ("date 2025-07-08 Phụ nữ phường Đông Hà sơ kết 6 tháng\n\nChuyên trang: Kỷ niệm 50 năm (1975 - 2025)\n\nNgày 7/7, "
     "Hội LHPN phường Đông Hà sơ kết công tác Hội 6 tháng đầu năm, kết nạp 48 hội viên.",
     ("Phụ nữ phường Đông Hà sơ kết 6 tháng", "6m", 2025)),
])
def test_lists_and_labels_above_the_article_are_the_sites(text, expected):
    got = info(text)
    assert (got["title"], got["period_span"], got["period_year"]) == expected


# --- 10. The province written after a new commune "(mới)" is the writer's word ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("date 2025-09-10 Đại hội Phụ nữ xã Tam Thanh lần thứ I\n\nSáng 9/9, Hội LHPN xã Tam Thanh (mới), tỉnh Phú Thọ "
     "tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030 với 110 đại biểu.", ("commune", "Phú Thọ")),
    ("date 2025-10-21 Phụ nữ xã Hướng Phùng sơ kết quý III\n\nHội LHPN xã Hướng Phùng (mới) - Hà Tĩnh sơ kết công tác "
     "Hội quý III năm 2025, kết nạp 30 hội viên.", ("commune", "Hà Tĩnh")),
])
def test_the_province_written_after_a_new_commune(text, expected):
    got = info(text)
    assert (got["org_level"], got["province"]) == expected


# --- 11. A greeting banner above the headline is the site's ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TỈNH LẦN THỨ XVIII, NHIỆM KỲ 2021 - 2026\n\nHội LHPN huyện Hải Lăng sơ kết "
     "công tác Hội\n\nThứ Tư, 12/07/2023\n\nSáng 11/7, Hội LHPN huyện Hải Lăng sơ kết công tác Hội 6 tháng đầu năm, "
     "kết nạp 150 hội viên.", ("Hội LHPN huyện Hải Lăng sơ kết công tác Hội", "6m", 2023)),
    ("Nhiệt liệt chào mừng kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam\n\nPhụ nữ phường Nam Đông Hà tổng kết năm "
     "2025\n\nThứ Ba, 30/12/2025\n\nChiều 29/12, Hội LHPN phường Nam Đông Hà tổng kết công tác Hội năm 2025, kết nạp "
     "70 hội viên.", ("Phụ nữ phường Nam Đông Hà tổng kết năm 2025", "year", 2025)),
    # a headline that itself opens on the greeting stays the headline
    ("Chào mừng 95 năm ngày thành lập Hội, phụ nữ xã Hải Ba ra quân làm đường hoa\n\nSáng 18/10/2025, Hội LHPN xã Hải "
     "Ba ra quân trồng 2 km đường hoa với 150 hội viên tham gia.",
     ("Chào mừng 95 năm ngày thành lập Hội, phụ nữ xã Hải Ba ra quân làm đường hoa", "unknown", 2025)),
])
def test_a_greeting_banner_is_not_the_headline(text, expected):
    got = info(text)
    assert (got["title"], got["period_span"], got["period_year"]) == expected


# --- 12. The page's own controls and labels around the headline -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Skip to main content\n\nPhụ nữ xã Yên Lạc học tập và làm theo gương Bác\n\nNhững năm qua, chi hội phụ nữ thôn "
     "Đông, xã Yên Lạc luôn chú trọng học tập và làm theo tấm gương đạo đức Hồ Chí Minh.",
     "Phụ nữ xã Yên Lạc học tập và làm theo gương Bác"),
    ("A- A A+ | Tăng tương phản Giảm tương phản\n\nĐại hội Phụ nữ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030\n\nSáng "
     "12/9, Hội LHPN xã Tân Lập tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I.",
     "Đại hội Phụ nữ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030"),
    ("Multimedia Đọc Báo in\n\nGiữ bình yên cho buôn làng\n\n10:25, 12/05/2018\n\nChi hội phụ nữ buôn Trấp duy trì "
     "mô hình tiếng kẻng an ninh với 45 hội viên tham gia.", "Giữ bình yên cho buôn làng"),
    ("null Hội LHPN huyện Phú Tân đẩy mạnh cuộc vận động xây dựng gia đình 5 không 3 sạch\n\nTin hoạt động\nThứ hai, "
     "11/01/2021, 08:30\n\nNăm 2020, Hội LHPN huyện Phú Tân vận động 1.200 gia đình đạt tiêu chí.",
     "Hội LHPN huyện Phú Tân đẩy mạnh cuộc vận động xây dựng gia đình 5 không 3 sạch"),
    ("Chính quyền - đoàn thể Phụ nữ phường Thanh Khê sơ kết 6 tháng đầu năm\n\nĐNO - Chiều 10/7, Hội LHPN phường "
     "Thanh Khê sơ kết công tác Hội 6 tháng đầu năm 2025.", "Phụ nữ phường Thanh Khê sơ kết 6 tháng đầu năm"),
    ("QUYẾT TÂM THỰC HIỆN THẮNG LỢI NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIII\n\nHội phụ nữ xã Hoằng Đạo ra mắt "
     "chi hội phụ nữ kiểu mẫu\n\nNgày 5/9/2018, Hội LHPN xã Hoằng Đạo ra mắt chi hội phụ nữ kiểu mẫu thôn 3.",
     "Hội phụ nữ xã Hoằng Đạo ra mắt chi hội phụ nữ kiểu mẫu"),
    # a headline set in two lines, the first ending on a colon
    ("Quỹ tín dụng phụ nữ:\n\nChắp cánh cho hội viên nghèo vươn lên\n\nThứ Hai, 15/05/2017, 09:10 [GMT+7]\n\n(QBĐT) - "
     "Quỹ tín dụng của Hội LHPN tỉnh đã giúp 1.500 hội viên vay vốn.",
     "Quỹ tín dụng phụ nữ: Chắp cánh cho hội viên nghèo vươn lên"),
])
def test_the_pages_controls_and_labels_are_not_the_headline(text, expected):
    assert info(text)["title"] == expected


# --- 13. A year's review whose results include the congress the year held ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("date 2025-12-24 Hội LHPN xã Triệu Phong tổng kết năm 2025\n\nNăm 2025, Hội LHPN xã Triệu Phong đã tổ chức thành "
     "công Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030; kết nạp 90 hội viên, giúp 6 hộ thoát nghèo.",
     ("year", 2025)),
    ("date 2026-01-09 Phường Đồng Hới: kết quả công tác Hội năm 2025\n\nTrong năm, Hội LHPN phường Đồng Hới tổ chức "
     "thành công Đại hội đại biểu Phụ nữ phường lần thứ I, nhiệm kỳ 2025 - 2030, kết nạp 130 hội viên.",
     ("year", 2025)),
    # the congress's own report keeps its term, its headline naming no reviewed span
    ("date 2025-09-05 Đại hội Phụ nữ xã Bình Minh lần thứ I\n\nSáng 4/9, Hội LHPN xã Bình Minh tổ chức Đại hội đại "
     "biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030. Năm 2025, Hội kết nạp 40 hội viên.", ("term", 2025)),
    # an event's article recalling a past review in passing keeps the event's year
    ("date 2025-03-09 Phụ nữ xã Gio Mỹ mít tinh kỷ niệm ngày 8/3\n\nSáng 8/3, Hội LHPN xã Gio Mỹ tổ chức mít tinh với "
     "200 hội viên. Tại hội nghị tổng kết năm 2024 của Hội LHPN tỉnh, Hội LHPN xã được tặng bằng khen.",
     ("unknown", 2025)),
    # other articles' headlines after their list's name on one line
    ("date 2024-11-15 Hà Giang: sơ kết 5 năm chương trình phối hợp\n\nHội LHPN tỉnh Hà Giang sơ kết 5 năm thực hiện "
     "chương trình phối hợp giai đoạn 2019 - 2024 với Bộ đội Biên phòng tỉnh: 400 buổi tuyên truyền.\n\nTin khác: Hội "
     "LHPN tỉnh tổng kết năm 2023 | Đồng Văn: Ra mắt CLB phụ nữ biên giới", ("unknown", 2024)),
])
def test_a_years_review_that_held_its_congress(text, expected):
    assert period(text) == expected
