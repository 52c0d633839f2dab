"""Document facts, fourth round (issue 11): genre rules for the period year, the level after the 2025 reform and the
province, each pattern in several invented wordings (other provinces, communes, years, word orders, with and without
page furniture), so the rules fit the genre rather than one sentence."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


def period(text: str) -> tuple:
    got = info(text)
    return got["period_span"], got["period_year"]


# --- 1. Period year -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, year", [
    # a national programme's period, unquoted, is its name, not the span the article reports
    ("date 2024-11-05 Phụ nữ xã Tân Lập chung tay xây dựng nông thôn mới\n\nThực hiện Chương trình mục tiêu quốc gia "
     "xây dựng nông thôn mới giai đoạn 2021-2025, Hội LHPN xã Tân Lập đã vận động hội viên hiến 1.200 m2 đất, làm "
     "3 tuyến đường hoa.", 2024),
    ("Cập nhật: 18/09/2023\nTrang chủ > Tin tức > Hoạt động Hội\nHội viên xã Mỹ Hòa góp sức giảm nghèo bền vững\n\n"
     "Hưởng ứng Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, các chi hội đã giúp 14 hộ "
     "vay vốn.\nLượt xem: 1.245", 2023),
    # a programme's period written inside its Đề án name, quoted or not
    ("date 2023-06-12 Hội LHPN tỉnh Cà Mau sơ kết Đề án 938\n\nSáng 10/6, Hội LHPN tỉnh Cà Mau sơ kết thực hiện "
     "Đề án 938 “Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan "
     "đến phụ nữ giai đoạn 2017-2027”. Các cấp Hội đã tổ chức 1.200 buổi tuyên truyền.", 2023),
    ("date 2022-08-30 Đắk Nông: phụ nữ dân tộc thiểu số được hỗ trợ sinh kế\n\nTriển khai Đề án 939 hỗ trợ phụ nữ khởi "
     "nghiệp giai đoạn 2017 - 2025, Hội LHPN huyện Krông Nô đã hỗ trợ 25 phụ nữ khởi nghiệp.", 2022),
    # a year inside a resolution's number
    ("date 2021-09-20 Phụ nữ Sơn Động với Nghị quyết số 16/2018/NQ-HĐND\n\nThực hiện Nghị quyết số 16/2018/NQ-HĐND "
     "của HĐND tỉnh, Hội LHPN huyện Sơn Động đã hỗ trợ 40 hộ nuôi bò sinh sản.", 2021),
])
def test_a_programmes_period_is_not_the_reported_one(text, year):
    assert period(text)[1] == year


@pytest.mark.parametrize("text, year", [
    # "từ năm X đến nay": a history whose period ends with the article
    ("date 2025-05-14 Tổ hợp tác may mặc của phụ nữ thôn Đồng Tâm\n\nTừ năm 2020 đến nay, tổ hợp tác đã tạo việc "
     "làm cho 35 lao động nữ, thu nhập 6 triệu đồng/tháng.", 2025),
    ("Thứ năm, 16/10/2025 08:16\nChi hội phụ nữ ấp Tân Hòa giữ đường quê sáng, xanh\n\nTừ năm 2021 đến nay, chi hội "
     "đã trồng 2 km đường hoa và lắp 40 bóng đèn.", 2025),
    # "Năm X, …" opening a look back
    ("date 2026-03-05 Câu lạc bộ “Phụ nữ không sinh con thứ 3” ở xã Thạch Sơn\n\nNăm 2019, câu lạc bộ được thành lập "
     "với 20 thành viên. Hiện nay, câu lạc bộ có 54 thành viên.", 2026),
    ("date 2024-09-09 Mô hình “Ngôi nhà an toàn” ở xã Vĩnh Thịnh\n\nNăm 2020, Hội LHPN xã xây dựng mô hình tại "
     "thôn 3. Đến nay, mô hình đã được nhân rộng ra 6 thôn với 120 thành viên.", 2024),
])
def test_a_history_ends_with_the_article(text, year):
    assert period(text) == ("unknown", year)


@pytest.mark.parametrize("text, expected", [
    # a plan is about the year it plans, written before it starts
    ("date 2024-12-26 Hội LHPN tỉnh Lào Cai triển khai nhiệm vụ năm 2025\n\nHội nghị đề ra chỉ tiêu năm 2025: kết "
     "nạp 3.000 hội viên mới, giúp 200 hộ thoát nghèo.", ("year", 2025)),
    ("date 2023-01-04 Kế hoạch công tác Hội năm 2023 của Hội LHPN huyện Tam Đường\n\nNăm 2023, Hội phấn đấu thành "
     "lập mới 2 tổ hợp tác, giúp 30 phụ nữ vay vốn.", ("year", 2023)),
])
def test_a_plans_period_is_the_one_planned(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a congress closes one term and opens the next: its year is the new term's first
    ("date 2025-07-22 Đại hội đại biểu Phụ nữ xã Nghĩa Hưng lần thứ I, nhiệm kỳ 2025–2030\n\nNhiệm kỳ 2021-2026, các "
     "cấp hội đã giúp 80 hộ thoát nghèo. Đại hội đề ra 8 chỉ tiêu cho nhiệm kỳ 2025-2030.", ("term", 2025)),
    ("Ngày 12/8/2025, phường Tân Định tổ chức Đại hội đại biểu Phụ nữ phường lần thứ I, nhiệm kỳ 2025 - 2030. Nhiệm "
     "kỳ qua, Hội đã kết nạp 600 hội viên.", ("term", 2025)),
    ("date 2021-05-18 Đại hội đại biểu Phụ nữ huyện Mèo Vạc lần thứ XV\n\nĐại hội đánh giá kết quả thực hiện Nghị "
     "quyết nhiệm kỳ 2016-2021 và đề ra phương hướng, nhiệm vụ nhiệm kỳ 2021-2026.", ("term", 2021)),
])
def test_a_congress_opens_its_term(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, year", [
    # no period in the text: the article's date line decides
    ("Trang chủ / Hoạt động các cấp Hội\nPhụ nữ xã Bình An trao quà cho trẻ em nghèo\nThứ năm, 16/10/2025 08:16\n\n"
     "Hội LHPN xã Bình An trao 45 suất quà cho trẻ em có hoàn cảnh khó khăn.\nLượt xem: 312", 2025),
    ("Hội viên phụ nữ thôn Nà Hẩu làm homestay\n12/03/2024 | 09:47\n\nNhiều chị em đã mạnh dạn vay 50 triệu đồng "
     "để làm du lịch cộng đồng.", 2024),
])
def test_the_article_date_is_the_fallback(text, year):
    assert period(text) == ("unknown", year)


@pytest.mark.parametrize("text, year", [
    # a last sentence the excerpt cuts off weighs little against the article's date
    ("date 2026-02-10 Xuân ấm cho phụ nữ nghèo xã Đại Đồng\n\nDịp Tết Bính Ngọ, Hội LHPN xã Đại Đồng trao 50 suất "
     "quà cho hội viên nghèo. Mỗi suất quà trị giá 500.000 đồng.\nTrong năm 2025, Hội", 2026),
    ("date 2024-02-02 Tết sum vầy cho phụ nữ khó khăn ở phường Đông Sơn\n\nHội LHPN phường Đông Sơn trao 30 suất "
     "quà Tết. Các chi hội cũng thăm hỏi 12 hội viên ốm đau. Năm 2023, các chi hội đã vận", 2024),
])
def test_a_truncated_last_sentence_weighs_little(text, year):
    assert period(text)[1] == year


# --- 2. Level after the 2025 reform ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, level", [
    # a commune, a ward or a special zone reports straight to its province
    ("date 2025-09-03 Hội LHPN đặc khu Phú Quốc ra mắt mô hình “Chợ an toàn”\n\nHội LHPN đặc khu Phú Quốc vừa ra "
     "mắt 2 mô hình với 60 thành viên.", "commune"),
    ("date 2025-08-15 Phụ nữ phường Hạc Thành chung sức xây dựng đô thị văn minh\n\nHội LHPN phường Hạc Thành, tỉnh "
     "Thanh Hóa đã vận động 1.500 hội viên tham gia.", "commune"),
    # a commune's congress, whoever attends
    ("Đại hội đại biểu Phụ nữ xã Hòa Phú lần thứ I, nhiệm kỳ 2025–2030\n\nDự Đại hội có bà Lê Thị Hoa, Phó Chủ tịch "
     "Hội LHPN tỉnh Đắk Lắk. Nhiệm kỳ qua, Hội đã giúp 45 hộ thoát nghèo.", "commune"),
    # a branch reports at its commune's level
    ("date 2024-06-20 Chi hội phụ nữ thôn 4, xã Ea Kao làm đường hoa\n\nChi hội phụ nữ thôn 4 có 86 hội viên, đã "
     "trồng 1,5 km đường hoa.", "commune"),
    # a province's roundup of its communes' congresses is the province's
    ("date 2025-09-30 Quảng Trị hoàn thành đại hội phụ nữ cấp cơ sở\n\nĐến nay, 100% xã, phường, đặc khu trong tỉnh "
     "đã tổ chức thành công Đại hội đại biểu Phụ nữ nhiệm kỳ 2025-2030. Tại Đại hội phụ nữ xã Cam Lộ, 120 đại biểu "
     "đã bầu Ban Chấp hành.", "province"),
    # a district before July 2025
    ("date 2024-04-11 Hội LHPN huyện Cẩm Xuyên sơ kết quý I\n\nQuý I/2024, Hội LHPN huyện Cẩm Xuyên đã kết nạp 210 "
     "hội viên mới.", "district"),
    # a ward of a centrally-run city
    ("date 2023-10-20 Hội LHPN phường Bến Thành, Quận 1 trao 30 suất học bổng\n\nHội LHPN phường Bến Thành đã trao "
     "30 suất học bổng cho học sinh nghèo.", "commune"),
    # a cluster and the central union
    ("date 2024-12-12 Cụm thi đua số 4 tổng kết năm 2024\n\nCụm thi đua số 4 gồm Hội LHPN 6 tỉnh đã tổng kết công "
     "tác thi đua.", "cluster"),
    ("date 2024-10-18 Trung ương Hội LHPN Việt Nam tuyên dương 95 phụ nữ tiêu biểu\n\nTrung ương Hội LHPN Việt Nam "
     "tuyên dương 95 phụ nữ tiêu biểu năm 2024.", "central"),
])
def test_the_reporting_level(text, level):
    assert info(text)["org_level"] == level


# --- 3. Province ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, province", [
    # a new province with "(mới)", and one of its old halves with "(cũ)"
    ("date 2025-10-01 Phụ nữ xã Minh Xuân đoàn kết phát triển kinh tế\n\nHội LHPN xã Minh Xuân, tỉnh Tuyên Quang "
     "(mới) đã giúp 25 hộ thoát nghèo. Xã Minh Xuân trước thuộc tỉnh Hà Giang (cũ).", "Tuyên Quang"),
    # the kind word left out
    ("date 2024-03-08 Hội LHPN Đồng Nai trao 100 mái ấm tình thương\n\nNăm 2023, Hội LHPN Đồng Nai đã xây 100 mái ấm.",
     "Đồng Nai"),
    # a commune named without its province, the province union named elsewhere
    ("date 2022-07-19 Phụ nữ xã Tả Van làm du lịch cộng đồng\n\nVới sự hỗ trợ của Hội LHPN tỉnh Lào Cai, 30 hộ phụ "
     "nữ xã Tả Van đã làm homestay.", "Lào Cai"),
    # an old province in a report before the merger stays as written
    ("date 2023-05-04 Hội LHPN tỉnh Bình Phước tổng kết 5 năm mô hình “Tổ phụ nữ tiết kiệm”\n\nHội LHPN tỉnh Bình "
     "Phước đã thành lập 150 tổ tiết kiệm.", "Bình Phước"),
])
def test_the_province(text, province):
    assert info(text)["province"] == province


@pytest.mark.parametrize("text, year", [
    # a story told from its start, years before the article, with no review word: history, not the period
    ("date 2025-06-30 Hiệu quả từ mô hình “Tổ phụ nữ tiết kiệm” ở thôn Khuổi Hẩu\n\nĐược thành lập từ năm 2016 với 10 "
     "thành viên, đến nay tổ có 35 thành viên, tiết kiệm 200 triệu đồng. Năm 2019, tổ được UBND huyện tặng giấy "
     "khen.", 2025),
    ("Thứ hai, 15/09/2025 - 08:12\nPhụ nữ Mường Lát giữ rừng\n\nTừ năm 2022, chị em ở bản Pù Toong đã nhận khoán bảo "
     "vệ 120 ha rừng. Năm 2023, bản được công nhận bản văn hóa.", 2025),
    ("date 2025-03-07 Nữ doanh nhân Tuyên Quang vươn lên\n\nNăm 2020, chị Hoàng Thị Lan thành lập hợp tác xã chè với "
     "15 thành viên; năm 2024, doanh thu đạt 3 tỷ đồng.", 2025),
    ("date 2023-11-21 Chị Vi Thị Hằng, người giữ nghề dệt thổ cẩm\n\nTrong năm 2018, chị cùng 12 chị em lập tổ dệt. "
     "Sản phẩm của tổ nay bán khắp cả nước.", 2023),
])
def test_a_story_from_its_start_is_not_the_period(text, year):
    assert period(text) == ("unknown", year)


def test_a_review_years_later_keeps_its_year():
    text = ("date 2024-02-15 Hội LHPN huyện Bảo Yên tổng kết năm 2022 và 2023\n\nTổng kết năm 2022, Hội đã kết nạp 300 "
            "hội viên mới.")
    assert period(text)[1] == 2022


@pytest.mark.parametrize("text, level", [
    # a clock above the lede is no count of unions ("10:15\nHội LHPN xã …" is not "15 Hội LHPN xã")
    ("Xã Hoằng Tiến: Đại hội Phụ nữ thành công\n06/08/2025 10:15\nHội Liên hiệp Phụ nữ xã Hoằng Tiến vừa tổ chức "
     "Đại hội đại biểu lần thứ I.", "commune"),
    ("Phụ nữ Đông Hải ra quân làm sạch biển\nCập nhật lúc 07:45\nHội LHPN phường Đông Hải ra quân với 200 hội viên.",
     "commune"),
    ("Kết nạp hội viên mới\n12/05/2024 | 16:30\nHội LHPN huyện Mai Sơn kết nạp 120 hội viên mới.", "district"),
])
def test_a_clock_is_no_count_of_unions(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text, expected", [
    # the page's lists of other articles name other places and years: never this report's period or level
    ("date 2024-06-12 Hội LHPN xã Thạch Đài trao sinh kế cho phụ nữ nghèo\nHội LHPN xã Thạch Đài vừa trao 5 con bò "
     "giống cho 5 hội viên nghèo, trị giá 75 triệu đồng, giúp các chị có thêm sinh kế.\nTin liên quan:\nHội LHPN tỉnh "
     "Hà Tĩnh tổng kết công tác Hội năm 2019 (12/01/2020)\nĐại hội đại biểu Phụ nữ huyện Thạch Hà lần thứ XX, nhiệm "
     "kỳ 2021-2026 (20/05/2021)", ("commune", "unknown", 2024)),
    ("date 2025-09-10 Phụ nữ phường Hòa Cường trồng cây xanh\nHội LHPN phường Hòa Cường ra quân trồng 500 cây xanh "
     "dọc các tuyến đường của phường trong sáng Chủ nhật vừa qua.\nCác tin khác\nSơ kết 6 tháng đầu năm 2023 Hội LHPN "
     "quận Hải Châu\nHội LHPN thành phố Đà Nẵng tổng kết năm 2022", ("commune", "unknown", 2025)),
    ("Tin tức - Sự kiện\nPhụ nữ xã Ea Kly giúp nhau làm giàu\nNgày đăng: 15/03/2022\nVới sự hỗ trợ của Hội, 20 hội "
     "viên xã Ea Kly đã vay 600 triệu đồng để trồng sầu riêng và cà phê trên diện tích 30 ha.\nLượt xem: 1.204\nTin "
     "cùng chuyên mục\nĐại hội đại biểu Phụ nữ tỉnh Đắk Lắk lần thứ XV, nhiệm kỳ 2021-2026 thành công tốt đẹp",
     ("commune", "unknown", 2022)),
    ("date 2023-04-18 Chi hội phụ nữ thôn Làng Mới nuôi gà thả vườn\nChi hội phụ nữ thôn Làng Mới có 45 hội viên, "
     "trong đó 20 hộ nuôi gà thả vườn với quy mô 300 con mỗi hộ.\nXem thêm:\nHội LHPN huyện Yên Sơn tổng kết năm 2022",
     ("commune", "unknown", 2023)),
])
def test_other_articles_listed_on_the_page_are_not_the_report(text, expected):
    got = info(text)
    assert (got["org_level"], got["period_span"], got["period_year"]) == expected


@pytest.mark.parametrize("text, title", [
    # a site menu and a section name are no headline, and a menu item's term is no congress
    ("Giới thiệu | Tin tức | Đại hội Phụ nữ các cấp nhiệm kỳ 2021-2026 | Liên hệ\nPhụ nữ phường Hòa Cường trồng "
     "cây xanh\nThứ Tư, 10/09/2025 09:30\nHội LHPN phường Hòa Cường ra quân trồng 500 cây xanh.",
     "Phụ nữ phường Hòa Cường trồng cây xanh"),
    ("Tin tức - Sự kiện\nPhụ nữ xã Ea Kly giúp nhau làm giàu\nNgày đăng: 15/03/2022\nHội viên xã Ea Kly vay vốn.",
     "Phụ nữ xã Ea Kly giúp nhau làm giàu"),
    ("Trang chủ > Hoạt động Hội\nHội LHPN huyện Lục Yên trao 20 suất quà cho trẻ em\n12/05/2024\nHội LHPN huyện "
     "trao quà.", "Hội LHPN huyện Lục Yên trao 20 suất quà cho trẻ em"),
])
def test_menus_and_section_names_are_no_headline(text, title):
    assert info(text)["title"] == title


@pytest.mark.parametrize("text, expected", [
    # a year after an attribution still opens the clause it reports
    ("date 2024-01-10 Phụ nữ Tân Uyên vượt khó\n\nTheo bà Lò Thị Xuân, Chủ tịch Hội LHPN huyện Tân Uyên, năm 2023, Hội "
     "đã kết nạp 300 hội viên, giúp 25 hộ thoát nghèo.", ("year", 2023)),
    ("date 2025-01-15 Phụ nữ Ea Súp giúp nhau\n\nBà H'Hoa, Chủ tịch Hội LHPN xã Ea Rốk cho biết, năm 2024, các chi hội "
     "đã giúp 12 hộ vay vốn.", ("year", 2024)),
    ("date 2023-12-28 Dấu ấn phụ nữ Mường Nhé\n\nTheo Hội LHPN huyện Mường Nhé, năm 2023, Hội đã vận động 180 hội viên "
     "mới.", ("year", 2023)),
])
def test_a_year_after_an_attribution_is_reported(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, level", [
    # the union that awards or helps a branch is not the reporter
    ("date 2024-07-01 Phường Hà Huy Tập: Chi hội phụ nữ kiểu mẫu năm 2024\n\nChi hội phụ nữ khối 7 được Hội LHPN thành "
     "phố Hà Tĩnh công nhận chi hội kiểu mẫu năm 2024 với 150 hội viên.", "commune"),
    ("date 2023-09-12 Tổ phụ nữ tiết kiệm thôn Tả Lèng\n\nTổ được Hội LHPN huyện Tam Đường tặng giấy khen. Tổ có 25 "
     "thành viên, tiết kiệm 60 triệu đồng. Hội LHPN xã Hồ Thầu duy trì mô hình.", "commune"),
    ("date 2022-05-20 Chi hội phụ nữ ấp 4 đoạt giải nhất\n\nChi hội phụ nữ ấp 4 được Hội LHPN thị xã Gò Công trao giải "
     "nhất hội thi với 20 hội viên tham gia.", "commune"),
    # while a union's own work in the passive is its own report
    ("Năm 2016, nhiều phong trào đã được Hội phụ nữ tỉnh triển khai có hiệu quả, với 18 mô hình kinh tế.",
     "province"),
])
def test_the_union_that_awards_is_not_the_reporter(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text", [
    # the upper congress the delegates are elected to attend has its own term: the commune's congress meets now
    "date 2025-08-15 Đại hội Phụ nữ xã Hà Long thành công\n\nHội LHPN xã Hà Long tổ chức Đại hội đại biểu Phụ nữ xã "
    "lần thứ I. Đại hội bầu 9 đại biểu dự Đại hội đại biểu Phụ nữ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2026-2031.",
    "date 2025-08-15 Phụ nữ xã Yên Phong đại hội\n\nĐại hội đại biểu Phụ nữ xã Yên Phong lần thứ I diễn ra ngày 14/8. "
    "Đại hội đã bầu đoàn đại biểu đi dự Đại hội Phụ nữ tỉnh Bắc Ninh nhiệm kỳ 2026 - 2031 gồm 7 đồng chí.",
    "date 2025-07-30 Đại hội Phụ nữ phường Tam Thanh lần thứ I\n\nCác đại biểu đã bầu Ban Chấp hành gồm 15 đồng chí và "
    "bầu 6 đại biểu chính thức dự Đại hội Phụ nữ tỉnh Lạng Sơn, nhiệm kỳ 2026 – 2031.",
])
def test_the_upper_congress_term_is_not_the_communes(text):
    assert period(text) == ("term", 2025)


@pytest.mark.parametrize("text, year", [
    # an undated review of "N năm thực hiện Nghị quyết" is made N years into the term
    ("Hội LHPN huyện Yên Thế sơ kết 3 năm thực hiện Nghị quyết Đại hội\n\nQua 3 năm thực hiện Nghị quyết Đại hội đại "
     "biểu Phụ nữ huyện Yên Thế lần thứ XX, nhiệm kỳ 2021 - 2026, Hội đã kết nạp 1.500 hội viên.", 2024),
    ("Sơ kết 2 năm thực hiện Nghị quyết Đại hội Phụ nữ tỉnh Lâm Đồng\n\nSau 2 năm thực hiện Nghị quyết Đại hội đại "
     "biểu Phụ nữ tỉnh nhiệm kỳ 2021-2026, các cấp Hội đã giúp 800 hộ thoát nghèo.", 2023),
    ("Phụ nữ Tam Nông sau 1 năm thực hiện Nghị quyết\n\nKết quả 1 năm thực hiện Nghị quyết Đại hội Phụ nữ huyện "
     "Tam Nông nhiệm kỳ 2021-2026: Hội đã thành lập 3 tổ hợp tác.", 2022),
    # a dated one is made when it is dated
    ("date 2024-06-10 Sơ kết 3 năm thực hiện Nghị quyết Đại hội\n\nQua 2 năm thực hiện Nghị quyết Đại hội đại biểu "
     "Phụ nữ huyện Yên Thế lần thứ XX, nhiệm kỳ 2021 - 2026, Hội đã kết nạp 1.500 hội viên.", 2024),
])
def test_n_years_into_a_resolution(text, year):
    assert period(text) == ("term", year)


@pytest.mark.parametrize("text, level", [
    # no union named but the resolution it reviews: its own level
    ("date 2024-06-10 Sơ kết 3 năm thực hiện Nghị quyết Đại hội\n\nQua 3 năm thực hiện Nghị quyết Đại hội đại biểu "
     "Phụ nữ huyện Yên Thế lần thứ XX, nhiệm kỳ 2021 - 2026, đã kết nạp 1.500 hội viên.", "district"),
    ("date 2023-11-02 Nhìn lại 2 năm\n\nKết quả thực hiện Nghị quyết Đại hội Phụ nữ xã Nghĩa Đồng nhiệm kỳ 2021-2026: "
     "đã giúp 12 hộ thoát nghèo.", "commune"),
    ("date 2023-09-20 Dấu ấn giữa nhiệm kỳ\n\nSơ kết Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI cho thấy "
     "2.400 hội viên mới.", "province"),
])
def test_an_unnamed_reporter_reviews_its_own_resolution(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text, year", [
    # an undated plan is dated by its issue, not by the act it implements ("Đề án 938/QĐ-TTg, ngày 30/6/2017")
    ("Để thực hiện Đề án 939/QĐ-TTg, ngày 30/6/2017 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đã ban hành kế hoạch "
     "số 112/KH-UBND, ngày 12/9/2018, phấn đấu đến năm 2025 hỗ trợ 500 phụ nữ khởi nghiệp.", 2018),
    ("Thực hiện Quyết định số 2355/QĐ-TTg, ngày 4/12/2013, Hội LHPN tỉnh ban hành Kế hoạch 05/KH-HPN ngày 3/3/2014 với "
     "mục tiêu đến năm 2020 có 80% hội viên được tập huấn.", 2014),
    ("Căn cứ Nghị quyết 12/NQ-CP, ngày 5/2/2019, Ban Thường vụ Hội LHPN huyện đã ban hành Kế hoạch số 20, ngày "
     "10/4/2020 triển khai mô hình, phấn đấu thành lập 10 tổ hợp tác.", 2020),
    # an act's number, a comma and its date do not date the report
    ("Thực hiện Đề án 938/QĐ-TTg, ngày 30/6/2017, Hội LHPN xã Tân Lập tổ chức 12 buổi truyền thông trong năm 2019 "
     "cho 600 lượt hội viên.", 2019),
])
def test_a_plan_is_dated_by_its_issue(text, year):
    assert period(text)[1] == year


@pytest.mark.parametrize("text, expected", [
    # "from the province down to the base": the top of the chain reports, whichever base union the article visits
    ("date 2026-02-04 Chung tay vì người nghèo\n\nHội LHPN từ tỉnh đến cơ sở đã vận động nguồn lực chăm lo cho "
     "hội viên khó khăn.\n\nCùng cán bộ Hội LHPN xã Lương Sơn, chúng tôi tham gia phát 200 suất cơm miễn phí.",
     ("province", None)),
    ("date 2024-11-20 Mái ấm cho phụ nữ nghèo\n\nNhững năm qua, các cấp Hội phụ nữ từ tỉnh đến cơ sở đã xây 120 mái "
     "ấm.\n\nTại xã Ia Dom, Hội LHPN xã vừa bàn giao 2 mái ấm.", ("province", None)),
    ("date 2023-05-02 Sinh kế cho phụ nữ dân tộc thiểu số\n\nHội LHPN từ huyện đến cơ sở đã hỗ trợ 80 hội viên. Chủ "
     "tịch Hội LHPN xã Nậm Cang cho biết, xã có 12 hộ được nhận bò.", ("district", None)),
    # a lede union at the chain's top keeps its place
    ("date 2024-07-05 Sơ kết giữa nhiệm kỳ\n\nSáng 5/7, Hội LHPN huyện Phước Sơn tổ chức hội nghị sơ kết. Nửa nhiệm "
     "kỳ, 49 hội viên được Hội LHPN từ huyện đến cơ sở giúp thoát nghèo.", ("district", "huyện Phước Sơn")),
])
def test_a_union_from_the_top_down_reports(text, expected):
    got = info(text)
    assert (got["org_level"], got["place"]) == expected


@pytest.mark.parametrize("text, rule", [
    ("date 2025-08-21 Đại hội đại biểu Phụ nữ xã Bình Minh lần thứ I, nhiệm kỳ 2025-2030\n\nĐại hội có 150 đại biểu.",
     "own_congress"),
    ("date 2024-06-20 Hội LHPN tỉnh Sơn La sơ kết giữa nhiệm kỳ 2021-2026\n\nHội nghị sơ kết giữa nhiệm kỳ.",
     "midterm_review"),
    ("date 2023-10-05 Hội LHPN tỉnh Bến Tre sơ kết 9 tháng\n\nTrong 9 tháng năm 2023, các cấp Hội kết nạp 2.100 hội "
     "viên.", "reported_span"),
    ("Hội LHPN xã Tân Phú phấn đấu trong năm 2025 giúp 30 hộ thoát nghèo.", "planned_span"),
    ("date 2024-06-12 Hội LHPN xã Thạch Đài trao sinh kế\n\nHội vừa trao 5 con bò giống.", "no_span"),
])
def test_the_deciding_rule_is_recorded(text, rule):
    assert info(text)["period_rule"] == rule


def test_a_long_last_sentence_without_its_stop_still_counts():
    text = ("date 2024-01-20 Hội LHPN huyện Bảo Lâm tổng kết công tác Hội\n\nHội nghị diễn ra sáng 18/1.\nTrong năm "
            "2023, Hội LHPN huyện Bảo Lâm đã kết nạp 500 hội viên mới và giúp 40 hộ thoát nghèo, vượt kế hoạch đề ra")
    assert period(text) == ("year", 2023)


@pytest.mark.parametrize("text, level", [
    # a union the 2025 reform dissolved, marked "(cũ)", is history, not the reporter
    ("date 2025-09-20 Phụ nữ xã Yên Định sau sáp nhập\n\nTrước sáp nhập, Hội LHPN huyện Yên Định (cũ) có 26 cơ sở hội. "
     "Nay Hội LHPN xã Yên Định có 5.200 hội viên.", "commune"),
    ("date 2025-10-03 Phường Bình Minh sau 3 tháng\n\nNhiều năm qua, Hội LHPN thị xã Bình Minh (cũ) là đơn vị dẫn đầu. "
     "Hội LHPN phường Bình Minh tiếp nối, kết nạp 150 hội viên.", "commune"),
    ("date 2025-08-11 Phụ nữ xã Nậm Pồ\n\nHội LHPN huyện Nậm Pồ cũ đã xây 40 mái ấm; Hội LHPN xã Nậm Pồ đang vận động "
     "xây thêm 5 mái ấm.", "commune"),
])
def test_a_former_union_is_not_the_reporter(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text, province", [
    # a commune whose name several provinces share, told apart by the newspaper's masthead or site
    ("Báo Thái Nguyên điện tử\nPhụ nữ xã Hòa Bình giúp nhau làm kinh tế\nHội LHPN xã Hòa Bình đã hỗ trợ 12 hội viên "
     "vay vốn.", "Thái Nguyên"),
    ("(Baothanhhoa.vn) - Hội LHPN xã Hòa Lộc tổ chức ra mắt mô hình với 30 thành viên.", "Thanh Hóa"),
    ("Nguồn: baoquangninh.vn\nHội LHPN xã Hòa Bình trao 20 suất quà cho hội viên nghèo.", "Quảng Ninh"),
])
def test_the_newspaper_tells_apart_communes_of_one_name(text, province):
    assert info(text)["province"] == province


@pytest.mark.parametrize("text, expected", [
    # an event's article looking back on last year in passing reports the event
    ("date 2025-01-20 Hội LHPN huyện Tiên Du trao 300 suất quà Tết\n\nHội LHPN huyện Tiên Du trao 300 suất quà Tết Ất "
     "Tỵ cho hội viên nghèo. Trong năm 2024, Hội đã vận động được 1,2 tỷ đồng.", ("unknown", 2025)),
    ("date 2024-10-19 Hội LHPN xã Đồng Lạc tổ chức Ngày hội phụ nữ\n\nNhân dịp 20/10, Hội LHPN xã Đồng Lạc tổ chức "
     "ngày hội với 300 hội viên tham gia. Năm 2023, Hội đã kết nạp 50 hội viên.", ("unknown", 2024)),
    ("date 2026-02-03 Phụ nữ phường Tân An tặng quà cho hộ khó khăn\n\nHội LHPN phường Tân An tặng 80 phần quà. Năm "
     "2025, các chi hội đã giúp 6 hộ thoát nghèo.", ("unknown", 2026)),
    # while a review held at the event is its year's
    ("date 2025-01-08 Hội LHPN xã Hưng Đạo ra quân đầu năm\n\nNgày 6/1/2025, Hội tổ chức hội nghị tổng kết công tác "
     "Hội năm 2024, kết nạp 60 hội viên.", ("year", 2024)),
    # and a lede that dates the event itself to that year is that year's
    ("date 2023-04-01 Hội Phụ nữ Sóc Trăng trao 50 mái ấm\n\nNăm 2022, Hội Phụ nữ Sóc Trăng đã trao 50 mái ấm cho "
     "hội viên nghèo.", ("year", 2022)),
    ("date 2024-03-02 Hội LHPN huyện Cờ Đỏ tặng 40 suất học bổng\n\nTrong năm 2023, Hội LHPN huyện Cờ Đỏ đã tặng 40 "
     "suất học bổng cho học sinh nghèo.", ("year", 2023)),
])
def test_an_events_look_back_is_not_its_period(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, year", [
    # an undated story whose figures are dated "as of" a month: that is its year, not the year it began
    ("Mô hình “Tổ phụ nữ tiết kiệm”\n\nNăm 2019, tổ được thành lập với 15 thành viên. Đến tháng 6/2024, tổ có 40 "
     "thành viên với số tiền tiết kiệm 300 triệu đồng.", 2024),
    ("Câu lạc bộ phụ nữ đơn thân ở bản Nà Sài\n\nNăm 2020, câu lạc bộ ra mắt với 10 chị. Tính đến hết tháng 9/2023, "
     "câu lạc bộ có 28 thành viên.", 2023),
    ("Tổ hợp tác dệt thổ cẩm\n\nNăm 2018, tổ được hỗ trợ 50 triệu đồng. Đến cuối tháng 11/2022, tổ có doanh thu 400 "
     "triệu đồng.", 2022),
])
def test_an_as_of_month_dates_an_undated_story(text, year):
    assert period(text)[1] == year


@pytest.mark.parametrize("text, level", [
    # the union that chairs or hosts a cluster's meeting speaks for the cluster
    ("date 2024-12-15 Hội LHPN tỉnh Gia Lai chủ trì Hội nghị tổng kết Cụm thi đua các tỉnh Tây Nguyên\n\nHội nghị tổng "
     "kết công tác thi đua năm 2024 của Cụm thi đua gồm Hội LHPN 5 tỉnh Tây Nguyên.", "cluster"),
    ("date 2023-12-20 Hội LHPN tỉnh Quảng Ninh đăng cai hội nghị Cụm thi đua các tỉnh Đồng bằng sông Hồng\n\nCác tỉnh "
     "trong Cụm đã kết nạp 30.000 hội viên.", "cluster"),
    ("date 2022-12-10 Hội LHPN tỉnh Long An là Cụm trưởng Cụm thi đua số 6 năm 2022\n\nHội nghị đánh giá 9 tỉnh "
     "trong Cụm.", "cluster"),
    # one that leads its ranking speaks for itself
    ("date 2024-12-25 Hội LHPN tỉnh Tuyên Quang dẫn đầu Cụm thi đua\n\nNăm 2024, Hội LHPN tỉnh Tuyên Quang đã kết nạp "
     "5.000 hội viên.", "province"),
])
def test_the_host_of_a_cluster_meeting_speaks_for_the_cluster(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text, level", [
    # a headline opening on the central leader's own visit is the central union's
    ("date 2024-05-10 Chủ tịch Hội LHPN Việt Nam thăm, tặng quà phụ nữ Hà Giang\n\nBà Hà Thị Nga đã thăm và trao 100 "
     "suất quà cho phụ nữ nghèo huyện Đồng Văn.", "central"),
    ("date 2023-08-02 Phó Chủ tịch Hội LHPN Việt Nam làm việc tại Điện Biên\n\nĐoàn đã trao 50 suất học bổng cho trẻ "
     "em.", "central"),
    ("date 2024-11-05 Bà Nguyễn Thị Tuyết, Phó Chủ tịch Hội LHPN Việt Nam trao sinh kế tại Lai Châu\n\nĐoàn trao 30 "
     "con bò cho hội viên nghèo.", "central"),
    # while the leader attending a lower union's congress is a guest
    ("Bà Hà Thị Nga, Chủ tịch Hội LHPN Việt Nam dự Đại hội đại biểu Phụ nữ tỉnh Hà Giang lần thứ XVII\n\nĐại hội có "
     "300 đại biểu.", "province"),
])
def test_the_central_leaders_own_visit_is_central(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text, level", [
    # all the unions of an area as the lede's subject report; a commune named after them ("riêng", "trong đó", or
    # simply next) is one of the parts
    ("date 2025-03-05 Phụ nữ Bắc Ninh với phong trào khởi nghiệp\n\nNăm 2024, các cấp Hội trong tỉnh hỗ trợ 1.200 phụ "
     "nữ khởi nghiệp; riêng Hội LHPN xã Tiên Du hỗ trợ 30 phụ nữ.", "province"),
    ("date 2024-03-05 Phụ nữ huyện Hoài Đức làm theo lời Bác\n\nNăm 2023, các cấp Hội trong huyện đã giúp 200 hộ thoát "
     "nghèo; Hội LHPN xã An Khánh giúp 20 hộ.", "district"),
    ("date 2023-06-01 Tiết kiệm vì phụ nữ nghèo\n\nCác cấp Hội phụ nữ trên địa bàn tỉnh đã vận động 2 tỷ đồng, trong "
     "đó, Hội LHPN xã Hưng Lộc vận động 90 triệu đồng.", "province"),
])
def test_an_areas_unions_report_and_a_commune_is_a_part(text, level):
    assert info(text)["org_level"] == level
