"""Document facts, sixth round (issue 11): genre rules for the document-level patterns of the fresh rc8 set (a city's
feature on all its unions, a ward congress opened by its guests, a khu phố's chi hội written "KP.1, P.7, Q.3", a
half-year review "in implementing" its tasks, a programme's next phase, a strip of related headlines, a year's work
programme) and for those left from earlier rounds (a 2025 report naming a commune the reform merged away, "Đến năm
2024, … có …" in an undated story, a mid-term review's year counted from its term, a headline's "tỉnh X" against the
gazetteer), each in several invented wordings (other places, years, word orders), so the rules fit the genre rather
than one sentence."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


def period(text: str) -> tuple:
    got = info(text)
    return got["period_span"], got["period_year"]


# --- 1. Level -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a city paper's feature whose subject is every union of the city speaks for the city, whichever ward or chi hội
    # it then shows; a centrally-run city is a province, a provincial city a district
    ("date 2025-08-18 Lan tỏa những việc làm đẹp\n\nThực hiện phong trào thi đua, các cấp Hội Liên hiệp Phụ nữ (LHPN) "
     "trên địa bàn thành phố triển khai nhiều hoạt động nhân đạo.\n\nChi hội Phụ nữ tổ 12, Hội LHPN phường An Hải nấu "
     "400 suất cháo tặng bệnh nhân tại Bệnh viện Đà Nẵng.", ("province", "Đà Nẵng")),
    # (a street named after another city, "đường Hải Phòng", names no province)
    ("date 2025-07-30 Những bữa cơm nghĩa tình\n\nCác cấp Hội LHPN trên địa bàn thành phố đã duy trì 60 bếp ăn 0 đồng. "
     "Căn trọ ở kiệt 5, đường Hải Phòng là nơi ở tạm của bệnh nhân chạy thận tại Bệnh viện Đà Nẵng; Chi hội Phụ nữ "
     "số 3, Hội LHPN phường Hải Châu mỗi tháng trao 40 suất gạo.", ("province", "Đà Nẵng")),
    ("date 2024-12-20 Ấm áp những bữa cơm 0 đồng\n\nNăm qua, các cấp Hội Phụ nữ trên địa bàn thành phố Hải Phòng đã "
     "duy trì 120 bếp ăn. Hội LHPN phường Lê Chân nấu 200 suất cơm mỗi tuần.", ("province", "Hải Phòng")),
    ("date 2023-11-02 Sẻ chia yêu thương\n\nCác cấp Hội LHPN trên địa bàn thành phố Cần Thơ đã trao 800 suất quà. "
     "Chi hội phụ nữ khu vực 3, phường An Khánh tặng 30 suất quà cho hội viên nghèo.", ("province", "Cần Thơ")),
    ("date 2024-05-10 Giúp nhau thoát nghèo\n\nCác cấp Hội Phụ nữ trên địa bàn thành phố Vinh đã giúp 50 hộ thoát "
     "nghèo; Hội LHPN phường Hưng Dũng hỗ trợ 10 hộ.", ("district", "Nghệ An")),
    ("date 2024-03-02 Sẻ chia cùng phụ nữ khó khăn\n\nCác cấp Hội LHPN trên địa bàn tỉnh Quảng Trị đã trao 500 suất "
     "quà Tết. Hội LHPN xã Cam Thành tặng 40 suất quà cho hội viên nghèo.", ("province", "Quảng Trị")),
])
def test_a_feature_on_all_the_citys_unions_is_the_citys(text, expected):
    got = info(text)
    assert (got["org_level"], got["province"]) == expected


def test_a_police_unions_congress_opened_by_its_guests_is_the_provinces():
    # the guests' titles name the province's union and the national one; the police union of the province reports
    text = ("date 2025-11-10 Phụ nữ Công an Nghệ An vững bước\n\nChiều 12/11, Hội Phụ nữ Công an tỉnh tổ chức Đại hội "
            "đại biểu lần thứ X, nhiệm kỳ 2025-2030.\n\nBan Phụ nữ Công an Nhân dân tặng hoa chúc mừng Đại hội.\n\n"
            "Dự và chỉ đạo Đại hội có các đồng chí: Ủy viên BCH Trung ương Hội LHPN Việt Nam, Trưởng Ban Phụ nữ CAND; "
            "Chủ tịch Hội LHPN tỉnh Nghệ An.\n\nNhiệm kỳ qua, 8/8 chỉ tiêu đều đạt và vượt.")
    got = info(text)
    assert (got["org_level"], got["province"]) == ("province", "Nghệ An")


@pytest.mark.parametrize("text, place", [
    # the guests a congress or meeting opens with ("Dự Đại hội có bà …, Chủ tịch Hội LHPN thành phố") are not its
    # reporter: the union whose congress or work the text reports is
    ("date 2025-09-18 Dự Đại hội có bà Lê Thị Hoa, Phó Chủ tịch UBMTTQVN thành phố, Chủ tịch Hội LHPN thành phố; "
     "ông Võ Văn Nam, Bí thư Đảng ủy phường Thuận Hóa.\n\nHội LHPN phường Thuận Hóa được sáp nhập từ Hội LHPN các "
     "phường: Vĩnh Ninh, Phú Nhuận và Phước Vĩnh. Nhiệm kỳ 2021 - 2025, Hội đã hỗ trợ 30 em mồ côi.",
     "phường Thuận Hóa"),
    ("Dự và chỉ đạo Đại hội có bà Nguyễn Thị Mai, Phó Chủ tịch Hội LHPN tỉnh. Hội LHPN xã Diễn Kim đã kết nạp 150 "
     "hội viên mới trong nhiệm kỳ qua.", "xã Diễn Kim"),
    ("Tham dự hội nghị có bà Trần Thị Lan, Chủ tịch Hội LHPN huyện Yên Thành. Năm 2023, Hội LHPN xã Công Thành đã "
     "giúp 12 hộ thoát nghèo.", "xã Công Thành"),
    ("Về dự Đại hội có đồng chí Hoàng Thị Nga, Chủ tịch Hội LHPN tỉnh Bắc Giang. Nhiệm kỳ qua, Hội LHPN phường Đa "
     "Mai đã kết nạp 120 hội viên mới.", "phường Đa Mai"),
])
def test_a_meetings_guests_are_not_its_reporter(text, place):
    got = info(text)
    assert (got["org_level"], got["place"]) == ("commune", place)


@pytest.mark.parametrize("text, place", [
    # a guest is a person with a title; the members or delegates of the union attending are the union itself
    ("Tham dự hội nghị có 200 cán bộ, hội viên Hội LHPN phường Tân Định. Năm 2023, hội đã giúp 15 hộ thoát nghèo.",
     "phường Tân Định"),
    ("Dự Đại hội có 150 đại biểu đại diện cho 3.200 hội viên Hội LHPN xã Nghĩa Đồng. Nhiệm kỳ qua, Hội đã giúp 40 hộ "
     "thoát nghèo.", "xã Nghĩa Đồng"),
    # (and "Đến dự", "Cùng dự" open a guests' sentence too)
    ("Đến dự và chỉ đạo Đại hội có bà Phan Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh. Hội LHPN xã Thạch Kênh đã kết nạp "
     "200 hội viên.", "xã Thạch Kênh"),
])
def test_a_meetings_own_members_are_not_guests(text, place):
    got = info(text)
    assert (got["org_level"], got["place"]) == ("commune", place)


@pytest.mark.parametrize("text, province", [
    # a chi hội placed by the short chain of a city's units ("KP.1, P.7, Q.3"): a khu phố of a ward, commune level
    ("Dì Lan, Chi hội trưởng Chi hội phụ nữ KP.3, P.12, Q.Gò Vấp, TP.HCM cho biết chi hội có 120 hội viên.",
     "Hồ Chí Minh"),
    ("Tổ tự quản văn minh đô thị\n\nPNO - Từ khi có 12 máy camera, tổ tự quản của Chi hội phụ nữ (PN) KP.4 hoạt động "
     "hiệu quả. Chị Hoa, Chi hội trưởng Chi hội PN KP.4, P.5, Q.8, TP.HCM cho biết chi phí là 90 triệu đồng.",
     "Hồ Chí Minh"),
    ("Chi hội phụ nữ KP.2, P.Tân Định, Q.1, TP.HCM vừa ra mắt tổ tự quản với 25 thành viên.", "Hồ Chí Minh"),
    # (the chain written further on, after a first mention of the chi hội by its khu phố alone)
    ("Góc phố bình yên\n\n12/03/2017 - 08:10\n\nPNO - Từ ngày có 10 bóng đèn, con hẻm nhỏ của Chi hội phụ nữ KP.5 "
     "sáng hơn hẳn. Mỗi tối, các chị thay phiên nhau đi tuần, nhắc các gia đình khóa cửa, nhắc con trẻ về nhà sớm, "
     "nhắc người lạ không tụ tập trước hẻm. Ai cũng quen mặt, quen tên nhau, chuyện gì xảy ra cũng biết ngay. Chị "
     "Hằng, Chi hội trưởng Chi hội phụ nữ KP.5, P.14, Q.10, TP.HCM kể, chi phí lắp đèn là 20 triệu đồng.",
     "Hồ Chí Minh"),
    ("Chị Mai, Chi hội trưởng Chi hội phụ nữ KP.6, P.Bình Thọ, TP.Thủ Đức cho biết chi hội đã vận động 80 hộ gia đình "
     "lắp đèn đường.", None),
])
def test_a_khu_phos_chi_hoi_is_a_communes(text, province):
    got = info(text)
    assert got["org_level"] == "commune"
    if province:
        assert got["province"] == province


# --- 2. Period ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # results "in implementing" the half-year's tasks are reported, not planned; the year comes from the months
    # planned after them ("những tháng còn lại năm 2025", "6 tháng cuối năm 2024")
    ("Chiều 25/8, Thường trực Hội LHPN thành phố làm việc với Hội LHPN 3 xã.\n\nTại buổi làm việc, Hội LHPN 3 xã báo "
     "cáo những kết quả nổi bật trong triển khai nhiệm vụ công tác hội 6 tháng đầu năm, những khó khăn trong kiện toàn "
     "tổ chức hội.\n\nĐồng thời triển khai công việc trọng tâm những tháng còn lại năm 2025.", ("6m", 2025)),
    ("Hội LHPN huyện báo cáo kết quả trong việc triển khai nhiệm vụ 6 tháng đầu năm, giúp 20 hộ thoát nghèo. Hội nghị "
     "cũng bàn nhiệm vụ 6 tháng cuối năm 2024.", ("6m", 2024)),
    ("Các chi hội báo cáo kết quả triển khai nhiệm vụ 6 tháng đầu năm với 300 hội viên mới.\n\nChương trình công tác "
     "những tháng cuối năm 2023 được thông qua.", ("6m", 2023)),
])
def test_results_in_implementing_the_half_years_tasks_are_reported(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, year", [
    # a review of N years done that plans the programme's next phase: the phase planned is not its period (undated,
    # the review names no year of its own)
    ("Qua 3 năm triển khai, 224.630 phụ nữ được tiếp cận đề án. Hội nghị cũng bàn về các giải pháp triển khai hoạt "
     "động đề án giai đoạn 2013 – 2015.", None),
    ("Sau 5 năm thực hiện, đề án đã hỗ trợ 1.200 phụ nữ khởi nghiệp. Hội nghị thống nhất kế hoạch thực hiện đề án "
     "giai đoạn 2026 - 2030.", None),
    ("Qua 2 năm thực hiện, mô hình đã thu hút 300 hội viên. Hội LHPN tỉnh sẽ triển khai nhân rộng mô hình giai đoạn "
     "2021-2025.", None),
    # a programme period reviewed keeps its end; a plan's own period is the one it plans
    ("Giai đoạn 2016 - 2020, Hội LHPN tỉnh đã hỗ trợ 500 phụ nữ khởi nghiệp.", 2020),
    ("Hội LHPN tỉnh ban hành kế hoạch thực hiện đề án giai đoạn 2021 - 2025, phấn đấu hỗ trợ 400 phụ nữ khởi nghiệp.",
     2025),
])
def test_a_programmes_next_phase_is_not_a_reviews_period(text, year):
    assert period(text)[1] == year


@pytest.mark.parametrize("text", [
    # a strip of other articles' headlines under the headline ("Cần Thơ: … / Phấn đấu … tháng 4/2023") dates nothing
    ("Cần Thơ: Nhiều hoạt động chào mừng ngày 8/3\nCần Thơ: Các cơ quan không được kéo dài thời gian nghỉ Tết / Phấn "
     "đấu thông xe cao tốc Mỹ Thuận - Cần Thơ tháng 4/2023\nHội LHPN thành phố trong năm đạt và vượt 100% chỉ tiêu "
     "đề ra."),
    ("Hội LHPN tỉnh trao 50 mái ấm tình thương\nĐà Nẵng: Khai trương tuyến xe buýt mới năm 2022 / Hà Nội: Mở rộng "
     "đường Vành đai 4 tháng 9/2021\nHội LHPN tỉnh vừa trao 50 mái ấm cho hội viên nghèo."),
    ("Phụ nữ Huế sôi nổi ngày hội áo dài\nHuế: Lễ hội đường phố năm 2024 thu hút du khách / Quảng Trị: Khởi công "
     "cầu mới năm 2024\nCác cấp Hội đã tổ chức 30 hoạt động hưởng ứng."),
])
def test_a_strip_of_related_headlines_dates_nothing(text):
    assert period(text)[1] is None


@pytest.mark.parametrize("text, year", [
    # a year's work programme launched ("triển khai Chương trình công tác năm 2024") is a year plan
    ("Tại buổi hội nghị, lãnh đạo Hội LHPN huyện đã điểm lại kết quả hoạt động phong trào phụ nữ và hoạt động Hội "
     "tháng 01/2024, triển khai Chương trình công tác năm 2024 với 34 chỉ tiêu thi đua năm.", 2024),
    ("Hội nghị triển khai Chương trình công tác năm 2025 của Hội LHPN xã Phú Mỹ, phấn đấu kết nạp 50 hội viên.",
     2025),
    ("Ban Thường vụ Hội LHPN huyện thông qua Kế hoạch công tác năm 2026 với 20 chỉ tiêu.", 2026),
])
def test_a_years_work_programme_is_a_year_plan(text, year):
    assert period(text) == ("year", year)


@pytest.mark.parametrize("text, year", [
    # an undated story told from its start ("Năm 2021, mô hình được thành lập …") up to a state reached ("Đến năm
    # 2024, mô hình có …") reports that state's year; a goal ("Đến năm 2030, Hội phấn đấu …") is no state
    ("Năm 2021, mô hình được thành lập với 15 thành viên. Đến năm 2024, mô hình có 40 thành viên và 120 triệu đồng "
     "tiết kiệm.", 2024),
    ("Năm 2022, chi hội có 60 hội viên. Đến năm 2024, chi hội đã có 95 hội viên, đạt 90% phụ nữ trên địa bàn.", 2024),
    ("Năm 2020, Hội vận động thành lập HTX với 7 thành viên. Đến năm 2023, HTX có 25 thành viên, doanh thu 2 tỷ đồng. "
     "Đến năm 2030, Hội phấn đấu có 10 HTX.", 2023),
    ("Năm 2019, tổ tiết kiệm ra đời với 10 chị. Đến năm 2022, tổ đã cho 18 chị vay vốn.", 2022),
    ("Đến năm 2023, toàn huyện có 150 tổ hợp tác do phụ nữ làm chủ, tăng 40 tổ so với năm 2020.", 2023),
])
def test_a_state_reached_dates_an_undated_story(text, year):
    assert period(text) == ("unknown", year)


@pytest.mark.parametrize("text, year", [
    # a mid-term review undated but for its term: the years it counts since the term opened ("Qua 3 năm thực hiện
    # Nghị quyết …, nhiệm kỳ 2021-2026") give its year
    ("Sơ kết giữa nhiệm kỳ\n\nQua 3 năm thực hiện Nghị quyết Đại hội đại biểu Phụ nữ huyện lần thứ XX, nhiệm kỳ "
     "2021-2026, các cấp Hội đã giúp 300 hộ thoát nghèo.", 2024),
    ("Hội LHPN tỉnh sơ kết giữa nhiệm kỳ 2021-2026\n\nSau 2 năm rưỡi thực hiện Nghị quyết, toàn tỉnh kết nạp 12.000 "
     "hội viên.", 2023),
    ("Đánh giá giữa nhiệm kỳ 2020 - 2025\n\nSau hơn 2 năm thực hiện Nghị quyết Đại hội, Hội LHPN huyện đã hỗ trợ 80 "
     "phụ nữ khởi nghiệp.", 2022),
    ("Hội LHPN thị xã đánh giá giữa nhiệm kỳ 2021 – 2026\n\nSau hai năm rưỡi thực hiện Nghị quyết Đại hội, các cấp "
     "Hội đã giúp 120 hộ thoát nghèo.", 2023),
    ("Sơ kết giữa nhiệm kỳ\n\nQua ba năm thực hiện Nghị quyết Đại hội Phụ nữ xã nhiệm kỳ 2020-2025, Hội đã kết nạp "
     "90 hội viên.", 2023),
    # without such a count the year stays unknown (never a guess at the term's middle)
    ("Hội LHPN huyện sơ kết giữa nhiệm kỳ 2020-2025\nHội nghị đánh giá kết quả giữa nhiệm kỳ thực hiện Nghị quyết.",
     None),
])
def test_a_midterm_reviews_year_counted_from_its_term(text, year):
    assert period(text) == ("term", year)


# --- 3. Province ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, province", [
    # a report written after the 1 July 2025 reform that names a commune the reform merged away: the province that
    # commune belongs to since (Thái Bình's An Cầu is Hưng Yên's, Phú Yên's An Chấn Đắk Lắk's)
    ("date 2025-10-05 Phụ nữ xã An Cầu chung sức xây dựng nông thôn mới\n\nHội LHPN xã An Cầu đã vận động 120 hội viên "
     "tham gia mô hình tiết kiệm.", "Hưng Yên"),
    ("date 2025-08-12 Hội LHPN xã An Chấn trao 20 suất quà cho hội viên nghèo\n\nHội LHPN xã An Chấn vừa trao 20 suất "
     "quà.", "Đắk Lắk"),
    ("date 2026-01-15 Hội LHPN xã A Xan tổng kết năm 2025\n\nHội LHPN xã A Xan đã giúp 15 hộ thoát nghèo.", "Đà Nẵng"),
    # before the reform it is its old province's
    ("date 2024-08-12 Hội LHPN xã An Chấn trao 20 suất quà cho hội viên nghèo\n\nHội LHPN xã An Chấn vừa trao 20 suất "
     "quà.", "Phú Yên"),
])
def test_a_commune_merged_away_is_in_its_new_province(text, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("commune", province)


@pytest.mark.parametrize("text, province", [
    # a headline that writes "tỉnh X" beats the gazetteer's province for a commune of a name it knows elsewhere
    ("Phụ nữ tỉnh Quảng Ngãi giúp nhau thoát nghèo\n\nHội LHPN xã An Chấn đã giúp 20 hộ thoát nghèo trong năm 2023.",
     "Quảng Ngãi"),
    ("Mô hình hay của phụ nữ tỉnh Lạng Sơn\n\nHội LHPN xã An Cầu đã thành lập 3 tổ hợp tác với 45 thành viên.",
     "Lạng Sơn"),
    ("Tỉnh Thanh Hóa: Phụ nữ vùng biển làm kinh tế giỏi\n\nHội LHPN xã An Dân có 320 hội viên tham gia tổ tiết kiệm.",
     "Thanh Hóa"),
    # a headline naming the province the place merged into agrees with the gazetteer (both are kept as written)
    ("Phụ nữ tỉnh Hưng Yên chung tay xây dựng nông thôn mới\n\nHội LHPN xã An Cầu đã vận động 120 hội viên.",
     "Hưng Yên"),
])
def test_a_headlines_tinh_beats_the_gazetteer(text, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("commune", province)
