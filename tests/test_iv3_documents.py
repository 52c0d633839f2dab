"""Document facts for the patterns of the invented blind set iv3 (issue 11): a higher union's working visit to a
commune or district named in the headline, the headline below a site's masthead and menu, the reviewed year of a
review that closes on next year's plan, and the planned year of a year plan; each in several invented wordings
(other places, years, word orders), so the rules fit the genre rather than one sentence."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


# --- 1. Level: the place a working visit goes to -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a provincial or district union's delegation visiting a commune reports the commune's results (as dev d033's
    # "Hội LHPN tỉnh Long An làm việc với Hội LHPN huyện" reports the district's)
    ("date 2024-09-12 Đoàn công tác Hội LHPN tỉnh Nghệ An làm việc tại xã Quỳnh Lập\nNgày 11/9, Đoàn công tác Hội "
     "LHPN tỉnh do bà Nguyễn Thị An, Phó Chủ tịch làm trưởng đoàn đã làm việc với Hội LHPN xã Quỳnh Lập về kết quả 8 "
     "tháng năm 2024. Hội LHPN xã có 12 chi hội, 1.420 hội viên; 8 tháng qua kết nạp 45 hội viên mới.",
     ("commune", "Nghệ An")),
    ("date 2023-05-04 Hội LHPN tỉnh Bắc Giang làm việc tại phường Đình Kế\nSáng 3/5, Thường trực Hội LHPN tỉnh làm "
     "việc tại phường Đình Kế. Năm 2023, Hội LHPN phường đã vận động 320 hội viên tham gia tiết kiệm với số tiền 410 "
     "triệu đồng.", ("commune", "Bắc Giang")),
    ("date 2022-06-20 Thường trực Hội LHPN huyện Yên Thế làm việc với xã Đồng Kỳ\nChiều 19/6, Thường trực Hội LHPN "
     "huyện Yên Thế làm việc với xã Đồng Kỳ về công tác Hội 6 tháng đầu năm 2022. Hội phụ nữ xã hiện có 9 chi hội với "
     "1.106 hội viên.", ("commune", "Bắc Giang")),
    ("date 2025-10-15 Đoàn công tác Hội LHPN tỉnh Quảng Ninh làm việc tại đặc khu Cô Tô\nNgày 14/10, đoàn đã làm việc "
     "với Hội LHPN đặc khu Cô Tô. 9 tháng năm 2025, Hội LHPN đặc khu kết nạp 60 hội viên, giúp 4 hộ thoát nghèo.",
     ("commune", "Quảng Ninh")),
    ("date 2021-04-08 Đoàn công tác Hội LHPN tỉnh Thanh Hóa làm việc tại huyện Như Xuân\nNgày 7/4, đoàn làm việc với "
     "Ban Thường vụ Hội LHPN huyện Như Xuân. Quý I, các cấp Hội trong huyện kết nạp 85 hội viên.",
     ("district", "Thanh Hóa")),
    # the central union's own visits stay its own (the guard: unchanged)
    ("date 2024-03-02 Chủ tịch Hội LHPN Việt Nam làm việc tại tỉnh Hà Giang\nNgày 1/3, bà Hà Thị Nga, Chủ tịch Hội "
     "LHPN Việt Nam làm việc tại tỉnh Hà Giang. Năm 2023, các cấp Hội trong tỉnh đã giúp 1.200 hộ thoát nghèo.",
     ("central", "Hà Giang")),
])
def test_a_working_visit_reports_the_place_visited(text, expected):
    got = info(text)
    assert (got["org_level"], got["province"]) == expected


# --- 2. Period: the year a review names with its own review word ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "tổng kết năm 2023" names the reviewed year even after a headline whose "chỉ tiêu năm 2023" reads as a plan, and
    # before the next year's plan that closes the text ("Năm 2024, Hội … phấn đấu …")
    ("date 2023-12-20 Phụ nữ huyện Yên Dũng hoàn thành các chỉ tiêu năm 2023\nSáng 19/12, Hội LHPN huyện Yên Dũng (Bắc "
     "Giang) tổ chức hội nghị tổng kết năm 2023. Trong năm, Hội kết nạp 612 hội viên, đạt 122% kế hoạch.\nNăm 2024, "
     "Hội LHPN huyện phấn đấu kết nạp 500 hội viên mới.", ("year", 2023)),
    ("date 2024-12-18 Thị xã Hương Trà: phụ nữ về đích sớm các chỉ tiêu năm 2024\nNgày 17/12, Hội LHPN thị xã Hương "
     "Trà tổ chức tổng kết năm 2024, triển khai nhiệm vụ năm 2025. Năm 2025, Hội phấn đấu giúp 20 hộ thoát nghèo.",
     ("year", 2024)),
    ("date 2021-01-08 Xã Phú Lễ: phụ nữ vượt các chỉ tiêu năm 2020\nHội LHPN xã Phú Lễ vừa tổ chức hội nghị đánh giá "
     "kết quả năm 2020. Hội có 14 chi hội, 1.230 hội viên.\nNăm 2021, Hội đặt mục tiêu kết nạp thêm 50 hội viên.",
     ("year", 2020)),
    # (a year opening its sentence still reports it: unchanged)
    ("date 2022-12-28 Hội LHPN phường Tân Định: vượt 10/10 chỉ tiêu năm 2022\nChiều 27/12, Hội LHPN phường Tân Định "
     "tổ chức hội nghị. Năm 2022, Hội đã vận động 85 hội viên tham gia tiết kiệm.", ("year", 2022)),
])
def test_a_review_word_in_the_year_phrase_names_the_reviewed_year(text, expected):
    got = info(text)
    assert (got["period_span"], got["period_year"]) == expected


# --- 3. Title: the headline below the site's name and menu ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("date 2024-06-02 Báo Hà Tĩnh điện tử\nThời sự | Kinh tế | Xã hội | Thể thao\nCan Lộc: Phụ nữ góp 1.200 ngày công "
     "làm đường hoa\nThứ Bảy, 01/06/2024 - 10:05\n(HTO) - Hội LHPN huyện Can Lộc đã vận động hội viên góp 1.200 ngày "
     "công làm 5 km đường hoa.", "Can Lộc: Phụ nữ góp 1.200 ngày công làm đường hoa"),
    ("BÁO TUYÊN QUANG ONLINE\nHội LHPN huyện Sơn Dương giúp 45 hộ thoát nghèo\n(BTQ) - Năm 2023, Hội LHPN huyện Sơn "
     "Dương đã giúp 45 hộ phụ nữ nghèo thoát nghèo.", "Hội LHPN huyện Sơn Dương giúp 45 hộ thoát nghèo"),
    ("date 2025-11-20 CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HẠC THÀNH - TỈNH THANH HÓA\nTrang chủ » Tin tức » Đoàn thể\nHội "
     "LHPN phường Hạc Thành ra mắt mô hình “Chi hội 5 có”\nHội LHPN phường vừa ra mắt mô hình tại 12 chi hội.",
     "Hội LHPN phường Hạc Thành ra mắt mô hình “Chi hội 5 có”"),
    ("UBND XÃ TÂN PHÚ - HUYỆN ĐỒNG PHÚ - TỈNH BÌNH PHƯỚC\nGiới thiệu | Tin tức | Thủ tục hành chính\nHội Phụ nữ xã Tân "
     "Phú tổng kết năm 2022\nNăm 2022, Hội Phụ nữ xã kết nạp 40 hội viên mới.",
     "Hội Phụ nữ xã Tân Phú tổng kết năm 2022"),
    ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH\nGiới thiệu | Tin hoạt động | Văn bản | Liên hệ\nThái Bình: 286 hội viên "
     "được vay vốn khởi nghiệp\nNăm 2021, Quỹ hỗ trợ phụ nữ của tỉnh cho 286 hội viên vay vốn.",
     "Thái Bình: 286 hội viên được vay vốn khởi nghiệp"),
    ("Hội LHPN thành phố Cần Thơ\nTin tức | Hoạt động | Gương điển hình\nTrao 300 suất quà cho phụ nữ nghèo dịp Tết\n"
     "Ngày 20/1, Hội LHPN thành phố trao 300 suất quà.", "Trao 300 suất quà cho phụ nữ nghèo dịp Tết"),
    # guards (unchanged): a report's own words and a union that acts are headlines
    ("Báo cáo kết quả công tác Hội năm 2023 của Hội LHPN huyện Ba Vì\nNăm 2023, Hội kết nạp 320 hội viên.",
     "Báo cáo kết quả công tác Hội năm 2023 của Hội LHPN huyện Ba Vì"),
    ("Hội LHPN tỉnh Hà Nam tổng kết công tác năm 2024\nNgày 20/12, Hội LHPN tỉnh Hà Nam tổ chức hội nghị.",
     "Hội LHPN tỉnh Hà Nam tổng kết công tác năm 2024"),
    # a site's name with a lede right after it and no headline: as before, the name
    ("Báo Sơn La điện tử\n(SL) - Ngày 5/3, Hội LHPN tỉnh trao 50 suất quà cho phụ nữ nghèo.", "Báo Sơn La điện tử"),
])
def test_the_headline_below_a_site_name(text, expected):
    assert info(text)["title"] == expected


# --- 4. Period: a year plan plans its year --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the lede's starting point ("Năm 2025, toàn tỉnh có …") is not the period of a plan for 2026
    ("date 2026-01-12 Hội LHPN tỉnh Lâm Đồng ban hành Kế hoạch công tác năm 2026\nNgày 10/1/2026, Ban Thường vụ Hội "
     "LHPN tỉnh Lâm Đồng ban hành Kế hoạch thực hiện công tác Hội năm 2026. Năm 2025, toàn tỉnh có 124 cơ sở Hội với "
     "hơn 390.000 hội viên. Kế hoạch đề ra: kết nạp mới ít nhất 5.000 hội viên; giúp 300 hộ thoát nghèo.",
     ("year", 2026)),
    ("date 2024-01-15 Triển khai Chương trình công tác Hội năm 2024\nHội LHPN huyện Cam Lâm vừa ban hành Chương trình "
     "công tác Hội năm 2024. Năm 2023, Hội có 12.400 hội viên. Chương trình đặt chỉ tiêu kết nạp 400 hội viên, thành "
     "lập 2 tổ hợp tác.", ("year", 2024)),
    # guards (unchanged): a review that also plans reports the year it reviews
    ("date 2023-12-28 Hội LHPN huyện Tiên Du tổng kết năm 2023, triển khai kế hoạch năm 2024\nNăm 2023, Hội kết nạp "
     "350 hội viên. Năm 2024, Hội phấn đấu kết nạp 300 hội viên.", ("year", 2023)),
    ("date 2025-01-10 Hội LHPN tỉnh Bắc Kạn triển khai kế hoạch năm 2025\nNgày 9/1, Hội LHPN tỉnh tổ chức hội nghị "
     "tổng kết công tác năm 2024 và triển khai kế hoạch năm 2025. Năm 2024, Hội kết nạp 2.100 hội viên.",
     ("year", 2024)),
])
def test_a_year_plan_plans_its_year(text, expected):
    got = info(text)
    assert (got["period_span"], got["period_year"]) == expected


# --- 5. Title: a headline run into its lede, closed by a full stop, or stamped with its time ----------------------

_LEDE = ("các cấp Hội trong tỉnh đã huy động nguồn lực chăm lo cho hội viên, phụ nữ có hoàn cảnh khó khăn, trao 1.250 "
         "suất quà và 36 mái ấm tình thương cho phụ nữ nghèo trên địa bàn.")


@pytest.mark.parametrize("text, expected", [
    # a page flattened to one line: the headline runs into the lede's opening words
    (f"date 2022-01 Phụ nữ Đồng Nai trao 36 mái ấm cho hội viên nghèo Trong năm 2021, {_LEDE}",
     "Phụ nữ Đồng Nai trao 36 mái ấm cho hội viên nghèo"),
    (f"date 2024-03 Thời sự Hội LHPN tỉnh Hòa Bình chăm lo Tết cho phụ nữ nghèo Thực hiện chương trình “Tết yêu "
     f"thương”, {_LEDE}", "Hội LHPN tỉnh Hòa Bình chăm lo Tết cho phụ nữ nghèo"),
    (f"date 2023-09-12 Hội Phụ nữ TP.HCM hỗ trợ hơn 1.200 hộ vay vốn Sáng 11/9, Hội LHPN TP.HCM tổ chức hội nghị; "
     f"{_LEDE}", "Hội Phụ nữ TP.HCM hỗ trợ hơn 1.200 hộ vay vốn"),
    # a headline closed by a full stop, above a lede opening on its day
    ("Hội LHPN huyện Yên Thành sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Phụ nữ huyện lần thứ XXIV "
     "nhiệm kỳ 2021 – 2026.\n\nSáng ngày 14/7, Hội LHPN huyện Yên Thành tổ chức hội nghị sơ kết giữa nhiệm kỳ.",
     "Hội LHPN huyện Yên Thành sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Phụ nữ huyện lần thứ XXIV "
     "nhiệm kỳ 2021 – 2026."),
    # a headline stamped with its time and date
    ("Hội LHPN quận Long Biên: Sôi nổi các hoạt động chào mừng ngày 20/10 (09:15 19/10/2023)\n\nHNP - Hội LHPN quận "
     "Long Biên tổ chức nhiều hoạt động.", "Hội LHPN quận Long Biên: Sôi nổi các hoạt động chào mừng ngày 20/10"),
    ("Phụ nữ huyện Thanh Trì ra quân làm sạch đường làng (14/05/2024)\nHội LHPN huyện Thanh Trì vừa ra quân.",
     "Phụ nữ huyện Thanh Trì ra quân làm sạch đường làng"),
    # guards (unchanged): a lede with no headline before it, a lede sentence closed by a full stop
    (f"date 2022-01 Trong năm 2021, {_LEDE}", None),
    ("Sáng 14/7, Hội LHPN huyện Yên Thành tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu "
     "Phụ nữ huyện lần thứ XXIV nhiệm kỳ 2021 – 2026.\n\nNgày 15/7, các đại biểu thảo luận.", None),
])
def test_a_headline_run_into_its_lede_or_stamped(text, expected):
    assert info(text)["title"] == expected
