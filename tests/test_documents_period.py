"""The period a report sums up: congresses, mid-term reviews, terms under review, plans, events and programmes
(invented texts, real patterns of the genre)."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def period(text: str) -> tuple:
    got = extract_document_info(normalize_text(text))
    return got["period_span"], got["period_year"]


@pytest.mark.parametrize("text", [
    "Đại hội đại biểu Phụ nữ xã Ea Tul lần thứ XIV, nhiệm kỳ 2025 – 2030\nChiều 10/9, Hội LHPN xã Ea Tul tổ chức "
    "Đại hội. Nhiệm kỳ qua, các cấp Hội giúp 120 hộ thoát nghèo.",
    "Hội Phụ nữ huyện Gia Lộc giúp 434 hộ thoát nghèo\n\nTrong 2 ngày 19 và 20.7, Hội Phụ nữ huyện Gia Lộc tổ chức "
    "Đại hội đại biểu lần thứ XXVI nhiệm kỳ 2025-2030.\nNhiệm kỳ qua, các cấp hội trợ giúp 770 hộ.",
    "Hội LHPN tỉnh Quảng Trị có 250 đại biểu dự Đại hội\nTPO - Sáng 6/12, Đại hội đại biểu Phụ nữ tỉnh Quảng Trị "
    "lần thứ I, nhiệm kỳ 2025 – 2030 diễn ra tại Trung tâm Văn hóa tỉnh.",
    # a party cell's congress inside the union
    "Sáng 27/6, Chi bộ Hội LHPN tỉnh Yên Bái tổ chức Đại hội Chi bộ lần thứ VII, nhiệm kỳ 2025 - 2030. Nhiệm kỳ "
    "2020-2025, các cấp hội đã thành lập 724 mô hình.",
])
def test_a_congress_opens_its_term(text):
    assert period(text) == ("term", 2025)


def test_a_congress_announced_in_the_lede_without_a_headline():
    text = ("Theo Ban tổ chức, Đại hội được tổ chức từ ngày 9-11/3 tại Hà Nội.\nDự Đại hội có 1.000 đại biểu chính "
            "thức. Đây là nhiệm kỳ đầu tiên thực hiện Chiến lược phát triển Hội đến năm 2030, tầm nhìn đến năm 2035.\n"
            "Đại hội sẽ đánh giá phong trào phụ nữ và hoạt động Hội 5 năm qua và đề ra phương hướng nhiệm vụ nhiệm kỳ "
            "2022-2027.")
    assert period(text) == ("term", 2022)


@pytest.mark.parametrize("text, expected", [
    # a province's conference about the national congress is an event of its own year
    ("Hơn 200 đại biểu nghe báo cáo kết quả Đại hội Đại biểu Phụ nữ toàn quốc nhiệm kỳ 2022 – 2027\n\nThứ 5, "
     "17.03.2022 | 10:32:57\n\nSáng ngày 16/3, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị trực tuyến báo cáo "
     "kết quả Đại hội Đại biểu Phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022 – 2027. Đại hội đã tổng kết, đánh giá kết "
     "quả thực hiện Nghị quyết Đại hội Đại biểu Phụ nữ toàn quốc lần thứ XII, đề ra phương hướng nhiệm vụ nhiệm kỳ "
     "2022 – 2027. Đoàn đại biểu tỉnh Lạng Sơn gồm 11 đại biểu.", ("unknown", 2022)),
    # a half-year review that lists the congress among its results
    ("Sáu tháng đầu năm 2021\nVừa qua, Hội LHPN phường Đông Sơn tổ chức Hội nghị sơ kết công tác Hội 6 tháng đầu "
     "năm, triển khai nhiệm vụ 6 tháng cuối năm 2021. Hội đã tuyên truyền 3 nội dung. Tổ chức thành công đại hội "
     "đại biểu phụ nữ phường Đông Sơn lần thứ VII, nhiệm kỳ 2021-2026.", ("6m", 2021)),
])
def test_a_congress_that_is_not_the_reporters_own_period(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a mid-term review held with the half-year review: the term, in the year the sentence names
    ("Nhiều chỉ tiêu đạt cao trong 6 tháng đầu năm\n\nSáng nay (26/6), Ban Thường vụ Hội LHPN tỉnh Cà Mau tổ chức "
     "Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Cà Mau khóa XII, nhiệm kỳ "
     "2021-2026; sơ kết công tác Hội 6 tháng đầu năm 2024.", ("term", 2024)),
    # dated inside the term: the article's year
    ("date 2023-09-12 Hội LHPN tỉnh Gia Lai sơ kết nửa nhiệm kỳ 2021 - 2026\nSáng 12/9, Hội LHPN tỉnh tổ chức hội "
     "nghị. Các cấp Hội đã giúp 1.200 hộ thoát nghèo.", ("term", 2023)),
])
def test_a_mid_term_review(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("HỘI LHPN THÀNH PHỐ ĐỒNG XOÀI NHIỆM KỲ 2016-2021 KẾT NẠP 2.747 HỘI VIÊN MỚI\nTrong nhiệm kỳ 2016-2021, BCH Hội "
     "LHPN thành phố đã đoàn kết, thống nhất trong chỉ đạo.", ("term", 2021)),
    ("Phụ nữ Tiên Phước vượt khó\nQua nhiệm kỳ 2020-2025, Hội LHPN huyện Tiên Phước đã giúp 300 hộ thoát nghèo.",
     ("term", 2025)),
    # a resolution reviewed when its term ends
    ("Kết quả thực hiện chỉ tiêu Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII nhiệm kỳ 2017 - 2022\n\n"
     "24/10/2022\nChỉ tiêu 1: hằng năm các cấp Hội giám sát ít nhất 01 chính sách.", ("term", 2022)),
    # … or inside it, in the year the text names
    ("(HBĐT) - Chiều 23/7, đồng chí Phó Bí thư Tỉnh ủy đã làm việc với Ban Thường vụ Hội LHPN tỉnh về kết quả thực "
     "hiện Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII, Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ "
     "XVI, nhiệm kỳ 2016 - 2021; nghe báo cáo kết quả công tác Hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2019.",
     ("term", 2019)),
])
def test_a_term_under_review(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the headline plans the second half; the meeting reviewed the first
    ("Hội LHPN huyện Tuyên Hóa triển khai nhiệm vụ 6 tháng cuối năm 2022\n\nThứ tư - 13/07/2022 21:42\nNgày 12/7, "
     "Hội LHPN huyện Tuyên Hóa tổ chức hội nghị sơ kết hoạt động Hội 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng "
     "cuối năm 2022.", ("6m", 2022)),
    # the pledge for next year is signed at the review of this one
    ("Các đơn vị ký kết giao ước thi đua năm 2026\n\nNăm 2025, Ban Thường vụ Hội LHPN thành phố đã ban hành chương "
     "trình công tác. Năm qua, các cấp Hội đã xây mới 17 nhà.", ("year", 2025)),
    # a plan alone: the period planned
    ("Hội LHPN xã Tân Lập phát động thi đua năm 2024\nNgày 10/1, Hội LHPN xã Tân Lập phát động thi đua năm 2024, "
     "phấn đấu giúp 10 hộ thoát nghèo.", ("year", 2024)),
])
def test_plans_and_parts_of_a_year(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-off event takes the article's year, not the year a programme began
    ("date 2025-08-10 'Trái tim yêu thương' dành cho 405 trẻ mồ côi\n\nTPO - Hưởng ứng chương trình “Mẹ đỡ đầu” do "
     "Trung ương Hội phát động từ năm 2012, đến nay Hội LHPN tỉnh Thanh Hóa đã đỡ đầu hơn 2.300 trẻ.",
     ("unknown", 2025)),
    ("date 2023-10 (QNO) - Sáng nay 14/10, Thủ tướng dự lễ trao giải Chung kết toàn quốc cuộc thi “Phụ nữ khởi "
     "nghiệp” năm 2023 do Hội LHPN Việt Nam tổ chức trong khuôn khổ Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - "
     "2025”. Năm nay có 2.024 dự án tham gia.", ("unknown", 2023)),
    # a programme period: its last year
    ("Hội Liên hiệp Phụ nữ tỉnh biểu dương điển hình tiên tiến\nGiai đoạn 2020 - 2025, Hội LHPN tỉnh Quảng Ngãi đã "
     "nỗ lực vượt khó. Chiều 16/6, Hội LHPN tỉnh tổ chức Hội nghị biểu dương 120 điển hình.", ("unknown", 2025)),
    # no date at all but the programme's name
    ("'Tết yêu thương' đến với phụ nữ biên giới\nNgày 15/1, Đoàn công tác Trung ương Hội LHPN Việt Nam tổ chức "
     "chương trình 'Tết yêu thương - Xuân Ất Tỵ 2025', trao 20 phần quà.", ("unknown", 2025)),
])
def test_events_and_programmes_have_no_span(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a congress headline without its term: the term the text names later, else the article's year
    ("Đại hội đại biểu Phụ nữ phường Tân An lần thứ I\nChiều 5/9, 120 đại biểu dự Đại hội. Trong những năm qua, "
     "phong trào phụ nữ có nhiều kết quả nổi bật, với hàng trăm mô hình, câu lạc bộ được duy trì hoạt động hiệu quả "
     "trên khắp địa bàn phường. Đại hội bầu Ban Chấp hành nhiệm kỳ 2025 - 2030 gồm 15 đồng chí.", ("term", 2025)),
    ("date 2025-10-20 Đại hội Phụ nữ xã Ea Tul lần thứ I\nSáng 18/10, Hội LHPN xã Ea Tul tổ chức Đại hội. Năm 2024 "
     "các cấp hội giúp 20 hộ thoát nghèo.", ("term", 2025)),
    # greeting the Party's congress is no congress of the union
    ("Phụ nữ huyện Yên Định thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030\nNăm 2024, Hội "
     "LHPN huyện giúp 45 hộ thoát nghèo.", ("year", 2024)),
    ("Cụm thi đua số 2: Đạt và vượt 9 chỉ tiêu Đại hội\nNăm 2023, các tỉnh trong Cụm đã giúp 900 hộ.", ("year", 2023)),
])
def test_congress_headlines(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN xã Tân Lập sơ kết công tác Hội 6 tháng năm 2025\nNgày 3/7, Hội LHPN xã Tân Lập tổ chức hội nghị.",
     ("6m", 2025)),
    ("Sơ kết 6 tháng\nSáng 10/7, Hội LHPN phường Cam Linh sơ kết công tác Hội sáu tháng đầu năm 2025 với 50 đại "
     "biểu.", ("6m", 2025)),
])
def test_half_year_wordings(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no article date printed: the lede's meeting date gives the year of a yearless span
    ("Phụ nữ Thủ đô sơ kết công tác 9 tháng\nChiều 5/10/2024, Hội LHPN Hà Nội tổ chức sơ kết 9 tháng đầu năm.",
     ("9m", 2024)),
    ("Hội LHPN tỉnh An Giang sơ kết giữa nhiệm kỳ 2021 - 2026\nNgày 20/8/2024, Hội LHPN tỉnh An Giang tổ chức hội "
     "nghị sơ kết giữa nhiệm kỳ.", ("term", 2024)),
    # … but a decree's date is not the meeting's
    ("Sơ kết Đề án 938\nTheo Quyết định số 938 ngày 30/6/2017, Hội LHPN tỉnh Bến Tre sơ kết giai đoạn 2017 - 2022.",
     ("unknown", 2022)),
    # programme periods and campaigns have no span
    ("Hội LHPN tỉnh Nghệ An: Kết quả 5 năm thực hiện Đề án 939\nQua 5 năm (2017-2022), các cấp Hội đã hỗ trợ 3.000 "
     "phụ nữ khởi nghiệp.", ("unknown", 2022)),
    ("Hội LHPN tỉnh Sơn La ra quân hưởng ứng Tháng hành động vì bình đẳng giới năm 2024\nSáng 15/11, Hội LHPN tỉnh "
     "Sơn La tổ chức lễ ra quân.", ("unknown", 2024)),
])
def test_dates_programmes_and_campaigns(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, level, expected", [
    ("Hơn 120 đại biểu dự Đại hội đại biểu Phụ nữ xã Ea Tul lần thứ XIV, nhiệm kỳ 2021-2026\nĐại hội bầu 15 đồng chí "
     "vào Ban Chấp hành.", "commune", ("term", 2021)),
    ("250 đại biểu tham dự Đại hội đại biểu Phụ nữ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030\nSáng 3/12, Đại hội "
     "khai mạc.", "province", ("term", 2025)),
])
def test_delegates_attending_their_own_congress(text, level, expected):
    got = extract_document_info(normalize_text(text))
    assert (got["org_level"], (got["period_span"], got["period_year"])) == (level, expected)


@pytest.mark.parametrize("text, expected", [
    # an event of late December reported in early January belongs to the year before
    ("Trao 50 suất quà Tết cho phụ nữ nghèo\n\n05/01/2024\n\nChiều 28/12, Hội LHPN huyện Yên Định trao 50 suất quà "
     "cho hội viên khó khăn.", ("unknown", 2023)),
    ("Ra mắt mô hình 'Phụ nữ xanh'\n\n03/01/2025 08:15\n\nSáng 30/12, Hội LHPN phường Cam Linh ra mắt mô hình với 40 "
     "thành viên.", ("unknown", 2024)),
    # … and one of the same month stays in the article's year
    ("Ra mắt mô hình 'Phụ nữ xanh'\n\n13/01/2025 08:15\n\nSáng 10/1, Hội LHPN phường Cam Linh ra mắt mô hình với 40 "
     "thành viên.", ("unknown", 2025)),
])
def test_an_event_is_dated_by_its_meeting(text, expected):
    assert period(text) == expected


def test_a_year_compared_with_is_not_the_year_reported():
    text = ("Kết quả công tác Hội\nTrong năm qua, tổng dư nợ tăng 12% so với năm 2023. Sáu tháng đầu năm 2024, các cấp "
            "Hội đã giúp 120 hộ thoát nghèo.")
    assert period(text) == ("6m", 2024)


def test_a_congress_held_before_its_term_begins_is_dated_by_the_congress():
    text = ("date 2025-11-20 Đại hội điểm Phụ nữ xã Tân Lập nhiệm kỳ 2026 – 2031\nSáng 19/11, Hội LHPN xã Tân Lập tổ "
            "chức Đại hội điểm, nhiệm kỳ 2026 – 2031 với 120 đại biểu.")
    assert period(text) == ("term", 2025)


@pytest.mark.parametrize("text, expected", [
    ("Kết quả 3 năm thực hiện Nghị quyết Đại hội Phụ nữ tỉnh nhiệm kỳ 2021-2026\n\n20/06/2024\n\nSau 3 năm, Hội LHPN "
     "tỉnh Sơn La đạt 8/12 chỉ tiêu.", ("term", 2024)),
    ("Hội LHPN huyện Mèo Vạc: sau 2 năm thực hiện Nghị quyết Đại hội đại biểu Phụ nữ huyện nhiệm kỳ 2021 - 2026\n"
     "Ngày 10/8/2023, Hội LHPN huyện tổ chức hội nghị đánh giá.", ("term", 2023)),
])
def test_years_into_a_resolution(text, expected):
    assert period(text) == expected
