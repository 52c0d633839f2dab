"""Genre patterns that cost the period or the date on fresh real reports (round two): a congress's own term over the
term it reviews, the year reviewed over the year planned, page clocks beside hotlines, "năm qua" in January, "so năm
X". Invented texts: other provinces, communes and wordings than the reports the patterns were seen in."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


def period(text: str) -> tuple:
    got = info(text)
    return got["period_span"], got["period_year"]


# -- 1. a congress opens its own term; the term it reviews is the one closing -----------------------------------
@pytest.mark.parametrize("text", [
    # "Đại hội" as the subject of a sentence about the closing term: the review is not the congress's term
    "Phụ nữ xã Quảng Phú đoàn kết, đổi mới\nNgày 9/9, Hội LHPN xã Quảng Phú tổ chức Đại hội đại biểu lần thứ I. Đại "
    "hội đã thông qua báo cáo kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025 và phương hướng nhiệm kỳ 2025 - 2030.",
    # the union's own Party committee holds its congress (after the 2025 reform, "lần thứ I")
    "Đại hội Đảng bộ Cơ quan Hội LHPN tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025 – 2030\nSáng 20/5, 60 đảng viên dự Đại "
    "hội. Đại hội đánh giá kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025: 100% chi bộ hoàn thành tốt.",
    "Đảng bộ Cơ quan Trung ương Hội LHPN Việt Nam tổ chức Đại hội\nSáng 12/6, Đại hội đại biểu Đảng bộ Cơ quan Trung "
    "ương Hội LHPN Việt Nam lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Kết quả thực hiện nghị quyết đại hội nhiệm kỳ "
    "2020 - 2025, Đảng bộ đã lãnh đạo hỗ trợ thành lập 70 hợp tác xã.",
    # a city's name written "TP." inside the congress's name, and the term spelt "nhiệm kì"
    "Phụ nữ phường Sài Gòn tiếp nối truyền thống\nSáng 14/8, Đại hội đại biểu Phụ nữ phường Sài Gòn, TP. Hồ Chí Minh "
    "lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra. Đại hội đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2021 - 2026.",
    "Phụ nữ xã Tam Thanh vững bước\nNgày 3/10, Đại hội Phụ nữ xã Tam Thanh lần thứ I, nhiệm kì 2025-2030 thành công "
    "tốt đẹp. Đại hội đã tổng kết việc thực hiện nghị quyết đại hội nhiệm kì 2020-2025.",
    # the closing term named first, in the headline, the congress in the lede
    "Phụ nữ xã Ea Kao: 5 năm thực hiện Nghị quyết nhiệm kỳ 2020 - 2025 đạt nhiều kết quả\nSáng 25/9, Đại hội đại biểu "
    "Phụ nữ xã Ea Kao lần thứ I, nhiệm kỳ 2025 - 2030 được tổ chức với 120 đại biểu.",
    # a commune merged in 2025 closes its 2021-2026 term a year early
    "date 2025-08-15 Đại hội đại biểu Phụ nữ phường Bắc Giang lần thứ I\nNgày 14/8, Hội LHPN phường Bắc Giang, tỉnh "
    "Bắc Ninh tổ chức Đại hội. Trong nhiệm kỳ 2021 - 2026, Hội đã vận động 500 hội viên.",
])
def test_a_congress_opens_its_own_term_not_the_one_it_reviews(text):
    assert period(text) == ("term", 2025)


@pytest.mark.parametrize("text, expected", [
    # no congress: the resolution's term under review is still the period
    ("Kết quả thực hiện Nghị quyết Đại hội Phụ nữ huyện Đức Thọ nhiệm kỳ 2020 - 2025\n\n15/06/2024\n\nSau 4 năm, Hội "
     "LHPN huyện Đức Thọ đạt 10/12 chỉ tiêu.", ("term", 2024)),
    ("Hội LHPN tỉnh Ninh Thuận: Trong nhiệm kỳ 2016 - 2021 giúp 900 hộ thoát nghèo\nTrong nhiệm kỳ 2016 - 2021, các "
     "cấp Hội đã giúp 900 hộ.", ("term", 2021)),
    # greeting the Party's congress is still no congress of the union
    ("Phụ nữ xã Hòa Tiến thi đua chào mừng Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030\nNăm 2024, Hội LHPN xã "
     "giúp 12 hộ thoát nghèo.", ("year", 2024)),
])
def test_a_term_under_review_without_a_congress(text, expected):
    assert period(text) == expected


# -- 2. a review and the next year's tasks: the year reviewed ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN huyện Krông Pắc triển khai nhiệm vụ trọng tâm năm 2019\nNgày 10/1/2019, Hội LHPN huyện tổ chức hội nghị "
     "tổng kết công tác Hội năm 2018, triển khai nhiệm vụ trọng tâm năm 2019. Năm 2018, các cấp Hội giúp 50 hộ.",
     ("year", 2018)),
    ("Phụ nữ thị xã Ba Đồn triển khai chương trình công tác năm 2024\nSáng 8/1, Hội LHPN thị xã Ba Đồn tổ chức hội "
     "nghị tổng kết công tác Hội và phong trào phụ nữ năm 2023.", ("year", 2023)),
    # the plan named before the review, in one sentence
    ("Hội LHPN xã Nghĩa Trung ra quân\nNgày 6/1/2025, Hội LHPN xã Nghĩa Trung tổ chức hội nghị triển khai nhiệm vụ "
     "công tác Hội năm 2025 và tổng kết công tác Hội năm 2024.", ("year", 2024)),
])
def test_the_year_reviewed_wins_over_the_year_planned(text, expected):
    assert period(text) == expected


# -- 3. page clocks beside hotlines and counters ------------------------------------------------------------------
@pytest.mark.parametrize("page, title, published", [
    ("HOTLINE: 0987 654 321 | Thứ ba, ngày 15/12/2020\n25,431,002 lượt truy cập\nPhụ nữ huyện Hòa Vang vượt khó làm "
     "giàu\n15/01/2021 | 08:30 GMT+7\nNăm qua, Hội LHPN huyện Hòa Vang giúp 40 hộ thoát nghèo.",
     "Phụ nữ huyện Hòa Vang vượt khó làm giàu", "2021-01-15"),
    ("Thứ sáu, ngày 03/11/2023 Đường dây nóng: 0243 825 1234\nĐang truy cập: 120\nHội LHPN xã Mỹ Hòa sơ kết quý III\n"
     "Ngày đăng: 05/10/2023\nSáng 4/10, Hội LHPN xã Mỹ Hòa sơ kết công tác Hội quý III năm 2023.",
     "Hội LHPN xã Mỹ Hòa sơ kết quý III", "2023-10-05"),
    # the stored page's "date …" prefix copied the page clock; the article's own date line is below the headline
    ("date 2019-03-05 HOTLINE: 0912 000 111 Thứ ba, ngày 05/03/2019\nPhụ nữ xã Tân Phú làm kinh tế giỏi\n"
     "14/01/2018 | 10:05 GMT+7\nNăm qua, Hội LHPN xã Tân Phú giúp 15 hộ thoát nghèo.",
     "Phụ nữ xã Tân Phú làm kinh tế giỏi", "2018-01-14"),
    ("date 2019-03 Báo Phụ nữ điện tử - Cơ quan của Trung ương Hội LHPN Việt Nam - Đường dây nóng: 0243 999 888 - "
     "Thứ ba, ngày 05/03/2019\nPhụ nữ xã Tân Phú làm kinh tế giỏi\nThứ Hai, 14/01/2018 - 10:05\nNăm qua, Hội LHPN "
     "xã Tân Phú giúp 15 hộ thoát nghèo.", "Phụ nữ xã Tân Phú làm kinh tế giỏi", "2018-01-14"),
    # a weekday written with "ngày" above the headline is the site's clock when the article prints its own date
    ("Thứ ba, ngày 05/03/2019\nPhụ nữ xã Tân Phú làm kinh tế giỏi\n14/01/2018 | 10:05 GMT+7\nNăm qua, Hội LHPN xã "
     "Tân Phú giúp 15 hộ thoát nghèo.", "Phụ nữ xã Tân Phú làm kinh tế giỏi", "2018-01-14"),
    ("Thứ ba, ngày 05/03/2019\nPhụ nữ xã Tân Phú làm kinh tế giỏi\nNăm qua, Hội LHPN xã Tân Phú giúp 15 hộ thoát "
     "nghèo.", "Phụ nữ xã Tân Phú làm kinh tế giỏi", "2019-03-05"),
    # … but a prefix that is no clock's date stays
    ("date 2024-05-20 Phụ nữ xã Tân Phú làm kinh tế giỏi\n19/05/2024 | 10:05 GMT+7\nSáng 18/5, Hội LHPN xã Tân Phú "
     "tổ chức hội thi.", "Phụ nữ xã Tân Phú làm kinh tế giỏi", "2024-05-20"),
])
def test_a_clock_beside_a_hotline_is_the_page_s(page, title, published):
    got = info(page)
    assert (got["title"], got["published"]) == (title, published)


def test_the_site_s_clock_is_no_meeting_s_date():
    text = ("HOTLINE: 0987 654 321 | Thứ ba, ngày 15/12/2020\nPhụ nữ huyện Hòa Vang ra mắt mô hình mới\nThứ Hai, "
            "15/03/2021 - 08:30\nSáng 12/3, Hội LHPN huyện Hòa Vang ra mắt mô hình 'Phụ nữ xanh' với 40 thành viên.")
    assert period(text) == ("unknown", 2021)


# -- 4. "năm qua" in an article of January or February is the year before ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("HOTLINE: 0987 654 321 | Thứ ba, ngày 15/12/2020\nPhụ nữ huyện Hòa Vang vượt khó làm giàu\n15/01/2021 | 08:30 "
     "GMT+7\nNăm qua, Hội LHPN huyện Hòa Vang giúp 40 hộ thoát nghèo, dư nợ tăng 12% so năm 2019.", ("year", 2020)),
    ("Phụ nữ xã Đông Thạnh giúp nhau thoát nghèo\n20/02/2024 07:00\nTrong năm vừa qua, Hội LHPN xã Đông Thạnh đã giúp "
     "12 hộ thoát nghèo.", ("year", 2023)),
    ("Phụ nữ xã Đông Thạnh giúp nhau thoát nghèo\n20/01/2024 07:00\nTheo bà Nguyễn Thị Lan, Chủ tịch Hội LHPN xã, năm "
     "qua các chi hội đã giúp 12 hộ thoát nghèo.", ("year", 2023)),
    # in December it is the article's own year
    ("Phụ nữ phường Tân Định chung tay giảm nghèo\n20/12/2024 07:00\nNăm qua, Hội LHPN phường Tân Định đã giúp 8 hộ "
     "thoát nghèo.", ("year", 2024)),
    # "những năm qua", "5 năm qua" are not one year
    ("Phụ nữ xã Đông Thạnh giúp nhau thoát nghèo\n20/01/2024 07:00\nNhững năm qua, Hội LHPN xã Đông Thạnh đã giúp 120 "
     "hộ thoát nghèo.", ("unknown", 2024)),
    ("Phụ nữ xã Đông Thạnh giúp nhau thoát nghèo\n20/01/2024 07:00\nTrong 5 năm qua, Hội LHPN xã Đông Thạnh đã giúp "
     "120 hộ thoát nghèo.", ("unknown", 2024)),
    # an event's article looking back in passing is still an event
    ("Hội LHPN xã Đông Sơn trao quà Tết cho phụ nữ nghèo\n05/02/2024\nChiều 4/2, Hội LHPN xã Đông Sơn trao 50 suất "
     "quà. Trong năm qua, Hội đã vận động 30 triệu đồng.", ("unknown", 2024)),
    ("Phụ nữ phường Tân Định ra mắt mô hình 'Phụ nữ xanh'\n12/01/2025\nSáng 10/1, Hội LHPN phường ra mắt mô hình với "
     "40 thành viên. Năm qua, Hội đã thu gom 2 tấn rác.", ("unknown", 2025)),
    # a year named for the review wins
    ("Phụ nữ xã Đông Thạnh giúp nhau thoát nghèo\n20/01/2024 07:00\nNăm 2023, Hội LHPN xã Đông Thạnh đã giúp 12 hộ "
     "thoát nghèo. Năm qua là một năm nhiều khó khăn.", ("year", 2023)),
])
def test_the_past_year_in_a_january_article(text, expected):
    assert period(text) == expected


# -- 5. "so (với) năm X" is a baseline --------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kết quả công tác Hội\nTrong năm qua, tổng dư nợ tăng 8% so năm 2022. Sáu tháng đầu năm 2023, các cấp Hội đã giúp "
     "20 hộ thoát nghèo.", ("6m", 2023)),
    ("Kết quả công tác Hội\nDư nợ tăng 5% so cùng kỳ năm 2022. Chín tháng đầu năm 2023, các cấp Hội đã giúp 20 hộ.",
     ("9m", 2023)),
])
def test_a_baseline_year_is_not_the_period(text, expected):
    assert period(text) == expected


# -- a congress's term written without "nhiệm kỳ"; a meeting that puts the new term's resolution to work ---------
@pytest.mark.parametrize("text", [
    "Phụ nữ phường Hạc Thành đoàn kết, sáng tạo\nSáng 12/9, Đại hội đại biểu Phụ nữ phường Hạc Thành lần thứ I "
    "(2025 - 2030) diễn ra với 150 đại biểu. Nhiệm kỳ 2020 - 2025, các cấp hội đã giúp 40 hộ thoát nghèo.",
    "Phụ nữ xã Yên Trường vững bước\nNgày 20/8, Đại hội đại biểu Phụ nữ xã Yên Trường khóa I, 2025-2030 thành công.",
])
def test_a_congress_term_in_brackets(text):
    assert period(text) == ("term", 2025)


@pytest.mark.parametrize("text, expected", [
    # the first meeting of the new executive puts the congress's resolution to work: the new term, not next year
    ("Hội nghị Ban Chấp hành Hội LHPN tỉnh Tuyên Quang lần thứ hai\nNgày 5/11/2025, Ban Chấp hành Hội LHPN tỉnh tổ "
     "chức hội nghị triển khai Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và chương trình "
     "công tác năm 2026. Nghị quyết đề ra 10 chỉ tiêu.", ("term", 2025)),
    ("Phụ nữ xã Hòa Bình quán triệt Nghị quyết Đại hội\nNgày 2/10, Hội LHPN xã Hòa Bình tổ chức hội nghị quán triệt "
     "Nghị quyết Đại hội Phụ nữ xã nhiệm kỳ 2025-2030.", ("term", 2025)),
    ("Hội nghị Ban Chấp hành Hội LHPN phường Phú Lợi lần thứ 2\nChiều 20/11/2025, Ban Chấp hành Hội LHPN phường Phú "
     "Lợi triển khai chương trình công tác toàn khóa nhiệm kỳ 2025 - 2030 và nhiệm vụ trọng tâm năm 2026.",
     ("term", 2025)),
    # … but putting the national congress's resolution to work in a province is an event
    ("Hội LHPN tỉnh Lạng Sơn học tập Nghị quyết\nNgày 16/5/2022, Hội LHPN tỉnh tổ chức hội nghị học tập, quán triệt "
     "Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022 – 2027.", ("unknown", 2022)),
])
def test_putting_a_new_term_to_work(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("date 2024-06-30 Phụ nữ Sơn La: 3 năm thực hiện Nghị quyết Đại hội\nQua 3 năm thực hiện Nghị quyết Đại hội đại "
     "biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2021-2026, các cấp Hội đạt 10/12 chỉ tiêu.", ("term", 2024)),
    ("Phụ nữ huyện Bảo Lâm: 2 năm thực hiện Nghị quyết Đại hội đại biểu Phụ nữ huyện nhiệm kỳ 2021 - 2026\n"
     "15/07/2023\nCác cấp Hội đã giúp 60 hộ thoát nghèo.", ("term", 2023)),
    # half-way, in years: "sơ kết 2,5 năm thực hiện Nghị quyết"
    ("date 2023-12-10 Hội LHPN tỉnh Hà Nam sơ kết 2,5 năm thực hiện Nghị quyết Đại hội\nNgày 9/12, Hội LHPN tỉnh Hà "
     "Nam tổ chức hội nghị sơ kết 2,5 năm thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI, nhiệm kỳ "
     "2021 - 2026.", ("term", 2023)),
])
def test_years_into_a_resolution_without_a_cue(text, expected):
    assert period(text) == expected


# -- a higher union attending a lower union's congress: the congress's union reports -----------------------------
@pytest.mark.parametrize("text, level, province, place", [
    ("date 2025-08-28 Hội LHPN tỉnh Phú Thọ dự Đại hội điểm Phụ nữ phường Vĩnh Yên\nNgày 27/8, Đại hội đại biểu Phụ "
     "nữ phường Vĩnh Yên lần thứ I, nhiệm kỳ 2025-2030 diễn ra. Đồng chí Chủ tịch Hội LHPN tỉnh Phú Thọ dự.",
     "commune", "Phú Thọ", "phường Vĩnh Yên"),
    ("date 2025-09-18 Lãnh đạo Hội LHPN tỉnh Quảng Ngãi dự Đại hội đại biểu Phụ nữ xã Ba Tơ\nSáng 17/9, Đại hội đại "
     "biểu Phụ nữ xã Ba Tơ lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc với 120 đại biểu.",
     "commune", "Quảng Ngãi", "xã Ba Tơ"),
])
def test_a_higher_union_attending_a_congress(text, level, province, place):
    got = info(text)
    assert (got["org_level"], got["province"], got["place"], got["period_span"], got["period_year"]) == (
        level, province, place, "term", 2025)


def test_a_delegation_attending_the_national_congress_is_the_reporter():
    got = info("Đoàn đại biểu Phụ nữ tỉnh Cao Bằng lên đường\nSáng 8/3, Hội LHPN tỉnh Cao Bằng tiễn 12 đại biểu dự Đại "
               "hội đại biểu Phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022 - 2027.")
    assert (got["org_level"], got["province"]) == ("province", "Cao Bằng")


@pytest.mark.parametrize("text, expected", [
    # a sentence opening on the term under review, the resolution named on the headline's line only
    ("date 2025-06-20 Hội LHPN tỉnh Bắc Kạn: 5 năm thực hiện Nghị quyết Đại hội\nNhiệm kỳ 2021 - 2026, Hội LHPN tỉnh "
     "Bắc Kạn đã giúp 2.000 hộ thoát nghèo.", ("term", 2025)),
    ("Phụ nữ huyện Mộc Châu vượt khó\n10/06/2021\nCác cấp Hội làm tốt công tác vận động. Nhiệm kỳ 2016-2021, Hội LHPN "
     "huyện đã giúp 800 hộ thoát nghèo.", ("term", 2021)),
])
def test_a_sentence_opening_on_the_term(text, expected):
    assert period(text) == expected


def test_a_province_s_report_on_its_grassroots_congresses():
    got = info("date 2025-09-05 Hoàn thành Đại hội Phụ nữ cấp xã\nĐến ngày 4/9, 100% Hội LHPN cấp xã trên địa bàn tỉnh "
               "Nghệ An đã tổ chức thành công Đại hội nhiệm kỳ 2025 - 2030.")
    assert (got["org_level"], got["province"], got["period_span"], got["period_year"]) == (
        "province", "Nghệ An", "term", 2025)


@pytest.mark.parametrize("text, expected", [
    # a year opening the congress's own sentence dates the congress
    ("date 2025-09-10 Phụ nữ xã Yên Lạc vững bước\nNăm 2025, Hội LHPN xã Yên Lạc tổ chức thành công Đại hội đại biểu "
     "Phụ nữ xã lần thứ I, nhiệm kỳ 2025-2030 với 120 đại biểu.", ("term", 2025)),
    # … but a year reviewed in an earlier sentence is an annual review listing the congress among its results
    ("date 2021-12-20 Hội LHPN huyện Yên Lạc tổng kết công tác năm 2021\nNăm 2021, Hội LHPN huyện Yên Lạc đã giúp 50 "
     "hộ thoát nghèo. Hội đã tổ chức thành công Đại hội đại biểu Phụ nữ huyện lần thứ XX, nhiệm kỳ 2021-2026.",
     ("year", 2021)),
])
def test_a_year_and_a_congress(text, expected):
    assert period(text) == expected
