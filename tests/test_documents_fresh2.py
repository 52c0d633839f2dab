"""Document facts on patterns met in a second fresh set of real reports (invented texts, real patterns)."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text, province", [
    # "tư tưởng, đạo đức, phong cách Hồ Chí Minh" names the person, not the city
    ("Phụ nữ làm theo lời Bác\nNăm 2023, các cấp hội đẩy mạnh cuộc vận động “Học tập và làm theo tấm gương đạo đức "
     "Hồ Chí Minh”, 1.200 hội viên đăng ký.", None),
    ("Hội LHPN huyện Cái Bè sơ kết 6 tháng\nNăm 2024, Hội LHPN huyện tiếp tục học tập và làm theo tư tưởng, đạo đức, "
     "phong cách Hồ Chí Minh; Hội LHPN tỉnh Tiền Giang khen thưởng 12 tập thể.", "Tiền Giang"),
    ("Hội LHPN Thành phố Hồ Chí Minh tổng kết năm 2023\nNăm 2023, Hội LHPN Thành phố đã học tập và làm theo tư tưởng, "
     "đạo đức, phong cách Hồ Chí Minh.", "Hồ Chí Minh"),
])
def test_the_person_ho_chi_minh_names_no_province(text, province):
    assert info(text)["province"] == province


@pytest.mark.parametrize("text, province, place", [
    # "Hội LHPN thành phố" with the city named bare elsewhere: a provincial city is a district
    ("Phụ nữ Phan Thiết chung tay giảm nghèo\nNăm 2023, Hội LHPN thành phố đã vận động hội viên học tập và làm theo tư "
     "tưởng, đạo đức, phong cách Hồ Chí Minh. 18/18 phường, xã đạt chỉ tiêu.", "Bình Thuận", "thành phố Phan Thiết"),
    ("Hội LHPN thành phố sơ kết 6 tháng đầu năm 2024\nSáng 9/7, tại Hà Tiên, Hội LHPN thành phố tổ chức hội nghị sơ "
     "kết; 7/7 phường, xã hoàn thành chỉ tiêu.", "Kiên Giang", "thành phố Hà Tiên"),
])
def test_an_unnamed_city_union_in_a_provincial_city_is_a_district(text, province, place):
    got = info(text)
    assert (got["org_level"], got["province"], got["place"]) == ("district", province, place)


@pytest.mark.parametrize("text, level, province", [
    # "H." is short for huyện, "Q." for quận; the congress the delegates are elected to attend is the upper one
    ("Đại hội đại biểu phụ nữ H.Xuân Lộc lần thứ VI, nhiệm kỳ 2021-2026\nĐại hội đại biểu phụ nữ huyện lần thứ VI đã "
     "bầu 15 đại biểu dự Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X.", "district", "Đồng Nai"),
    ("Đại hội đại biểu phụ nữ Q.Ninh Kiều lần thứ XI, nhiệm kỳ 2021-2026\nĐại hội bầu 20 đại biểu đi dự Đại hội đại "
     "biểu phụ nữ thành phố Cần Thơ.", "district", "Cần Thơ"),
    ("Phụ nữ Xuân Lộc đoàn kết, sáng tạo\nNgày 12/5/2021, Đại hội đại biểu phụ nữ huyện Xuân Lộc lần thứ VI, nhiệm kỳ "
     "2021-2026 đã bầu 15 đại biểu dự Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X.", "district", "Đồng Nai"),
])
def test_a_district_congress_electing_delegates_to_the_province_s(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"], got["period_span"], got["period_year"]) == (level, province, "term",
                                                                                          2021)


def test_the_upper_congress_ahead_is_not_the_reporter():
    got = info("Sat. May 21st, 2022\nTiến tới Đại hội đại biểu phụ nữ tỉnh Đồng Nai lần thứ X\nĐại hội đại biểu phụ "
               "nữ H.Xuân Lộc lần thứ VI, nhiệm kỳ 2021-2026 thành công tốt đẹp.")
    assert (got["org_level"], got["province"], got["place"]) == ("district", "Đồng Nai", "huyện Xuân Lộc")


@pytest.mark.parametrize("text, level, province, place", [
    # a huyện's report about its communes: "10 hội LHPN xã trên địa bàn huyện Tây Giang" counts lower unions
    ("Phụ nữ vùng cao thi đua\nNăm 2023, 10 hội LHPN xã trên địa bàn huyện Tây Giang hoàn thành chỉ tiêu. Hội phụ nữ "
     "xã Lăng vận động 50 hộ.", "district", "Quảng Nam", "huyện Tây Giang"),
    ("Nhiều mô hình hay ở vùng biên\nNăm 2024, các Hội LHPN xã thuộc huyện Mường Nhé đều có mô hình sinh kế; Hội LHPN "
     "xã Sen Thượng giúp 12 hộ.", "district", "Điện Biên", "huyện Mường Nhé"),
    ("Phụ nữ Đông Triều khởi nghiệp\nĐến nay 21/21 Hội LHPN xã, phường trên địa bàn thị xã Đông Triều đã ra mắt câu "
     "lạc bộ. Hội LHPN phường Mạo Khê có 3 tổ hợp tác.", "district", "Quảng Ninh", "thị xã Đông Triều"),
])
def test_a_district_reporting_on_its_communes(text, level, province, place):
    got = info(text)
    assert (got["org_level"], got["province"], got["place"]) == (level, province, place)


@pytest.mark.parametrize("text, level", [
    # the central union named as the one who directs ("định hướng chỉ đạo của Trung ương Hội") does not report
    ("Phụ nữ thi đua lập thành tích\nNăm 2023, các cấp hội bám sát nhiệm vụ chính trị của tỉnh và định hướng chỉ đạo "
     "của Trung ương hội, giúp 300 hộ thoát nghèo.", "province"),
    ("Kết quả nổi bật năm 2024\nThực hiện hướng dẫn của Trung ương Hội, các cơ sở hội đã bám sát nhiệm vụ chính trị "
     "của huyện, vận động 120 hội viên mới.", "district"),
    ("Một năm nhiều dấu ấn\nTheo chỉ đạo của TW Hội, năm 2023 Hội đã gắn với nhiệm vụ chính trị của phường, trao 30 "
     "suất quà.", "commune"),
])
def test_the_central_union_directing_is_not_the_reporter(text, level):
    assert info(text)["org_level"] == level


@pytest.mark.parametrize("text, span, year", [
    # an anniversary bracket names the founding year, not the year of the meeting
    ("Kỷ niệm 94 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 – 20/10/2024)\nNgày 17/10/2024, Hội LHPN huyện Chợ "
     "Mới tổ chức lễ kỷ niệm.", "unknown", 2024),
    ("Mít tinh kỷ niệm 113 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2023)\nHội LHPN xã Tân Lập tổ chức mít tinh, "
     "trao 20 suất quà.", "unknown", 2023),
    # a founding date is no meeting's: "Nhân kỷ niệm ngày thành lập Hội LHPN Việt Nam 20/10/1930, sáng 18/10/2023, …"
    ("Mít tinh kỷ niệm ngày thành lập Hội\nNhân kỷ niệm ngày thành lập Hội LHPN Việt Nam 20/10/1930, sáng 18/10/2023, "
     "Hội LHPN xã Tân Lập tổ chức mít tinh.", "unknown", 2023),
    # "tính đến hết tháng 6/2019" dates a mid-term review or an undated report
    ("Sơ kết giữa nhiệm kỳ\nTính đến hết tháng 6/2019, Hội LHPN huyện Đông Anh đã kết nạp 500 hội viên.", "term", 2019),
    ("Phụ nữ tham gia xây dựng nông thôn mới\nTính đến hết tháng 9/2022, các cấp hội đã giúp 200 hộ.", "unknown", 2022),
    # a term the congress adopts targets for
    ("Những chỉ tiêu lớn\nVề nhiệm kỳ 2012-2017, Đại hội thông qua 8 chỉ tiêu lớn, như: 80% cơ sở Hội vững mạnh.",
     "term", 2012),
    ("Chỉ tiêu mới cho phụ nữ\nCho nhiệm kỳ 2022 - 2027, Đại hội đề ra 10 chỉ tiêu, trong đó kết nạp 3.000 hội viên.",
     "term", 2022),
])
def test_period_dates_from_the_second_fresh_set(text, span, year):
    got = info(text)
    assert (got["period_span"], got["period_year"]) == (span, year)


@pytest.mark.parametrize("text", [
    # a newspaper's masthead names its province, not the report's
    "Báo Bình Dương điện tử - www.baobinhduong.vn\nPhụ nữ khởi nghiệp\nNăm 2023, các cấp hội đã hỗ trợ 20 chị vay vốn, "
    "theo Báo Bình Dương.",
    "Tổng Biên tập: Nguyễn Văn A\nBáo Quảng Ngãi điện tử\nPhụ nữ vùng cao vươn lên\nNăm 2024, các chi hội đã giúp 12 "
    "hộ.",
])
def test_a_masthead_names_no_province(text):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("province", None)
    assert got["province_note"].startswith("only the newspaper names ")


@pytest.mark.parametrize("clock", ["Sat. May 21st, 2022", "Monday, January 3, 2022", "Tue, 12 Mar 2024 08:15"])
def test_an_english_page_clock_is_no_headline(clock):
    got = info(f"{clock}\nPhụ nữ Xuân Lộc đoàn kết, sáng tạo\nNgày 20/5, Hội LHPN huyện Xuân Lộc tổ chức Đại hội.")
    assert got["title"] == "Phụ nữ Xuân Lộc đoàn kết, sáng tạo"


@pytest.mark.parametrize("text, level, province", [
    # a date or a year right before the union is no count of unions
    ("Tổng kết công tác Hội năm 2023\nSáng 15/1 Hội LHPN huyện Cái Nước tổ chức hội nghị tổng kết.", "district",
     "Cà Mau"),
    ("Tổng kết công tác Hội\nTrong năm 2023 Hội LHPN tỉnh Sóc Trăng đã giúp 300 hộ.", "province", "Sóc Trăng"),
    # a source line at the end of a paragraph does not hide the provinces the paragraph names
    ("Phụ nữ vươn lên\nNăm 2023, Hội LHPN tỉnh Bình Phước đã giúp 300 hộ thoát nghèo, vận động 1.200 hội viên tham gia "
     "các mô hình kinh tế tập thể (nguồn: binhphuoc.gov.vn).", "province", "Bình Phước"),
])
def test_dates_and_sources_do_not_hide_the_reporter(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


@pytest.mark.parametrize("text, level", [
    ("Sơ kết 6 tháng đầu năm 2024\nTheo chỉ đạo của Đoàn Chủ tịch Trung ương Hội, Hội LHPN đã bám sát nhiệm vụ chính "
     "trị của tỉnh, kết nạp 800 hội viên.", "province"),
    ("Phụ nữ Đồng Văn vượt khó\nThực hiện hướng dẫn của Ban Thường vụ Trung ương Hội, toàn huyện đã giúp 40 hộ.",
     "district"),
])
def test_the_central_union_directing_in_other_words(text, level):
    assert info(text)["org_level"] == level


def test_tt_shortens_thi_tran():
    got = info("Hội LHPN TT.Phong Điền ra mắt mô hình\nNgày 3/3, Hội LHPN TT.Phong Điền ra mắt câu lạc bộ 30 thành "
               "viên.")
    assert (got["org_level"], got["place"]) == ("commune", "thị trấn Phong Điền")


@pytest.mark.parametrize("text, level, year", [
    # the national congress whose resolution a province carries out does not report
    ("Phụ nữ vùng cao vươn lên\nThực hiện Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII, năm 2023 các cấp "
     "hội trong tỉnh đã giúp 300 hộ thoát nghèo.", "province", 2023),
    ("Kết quả nổi bật\nThực hiện Kế hoạch của Hội LHPN Việt Nam, năm 2024 toàn huyện đã tổ chức 20 lớp tập huấn.",
     "district", 2024),
])
def test_a_central_plan_carried_out_is_not_the_reporter(text, level, year):
    got = info(text)
    assert (got["org_level"], got["period_span"], got["period_year"]) == (level, "year", year)


@pytest.mark.parametrize("text, level, province", [
    # a central leader's title names a guest, not the reporter
    ("Hội nghị tổng kết công tác Hội năm 2023\nDự hội nghị có bà Nguyễn Thị A, Phó Chủ tịch Hội LHPN Việt Nam. Năm "
     "2023, các cấp hội trong tỉnh đã giúp 300 hộ.", "province", None),
    ("Tổng kết công tác Hội năm 2023\nBà Nguyễn Thị A, Chủ tịch Hội LHPN Việt Nam đến dự và chỉ đạo hội nghị. Năm "
     "2023, toàn huyện đã giúp 30 hộ.", "district", None),
    ("Tổng kết năm 2024\nTham dự có đại diện Ban Tuyên giáo Trung ương Hội LHPN Việt Nam. Năm 2024, Hội LHPN phường đã "
     "giúp 10 hộ.", "commune", None),
    ("Phụ nữ Sơn La đón nhận Huân chương\nThừa ủy quyền của Chủ tịch nước, bà Hà Thị B, Chủ tịch Hội LHPN Việt Nam "
     "trao Huân chương Lao động hạng Nhất cho Hội LHPN tỉnh Sơn La.", "province", "Sơn La"),
])
def test_a_central_leader_attending_is_a_guest(text, level, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == (level, province)


def test_a_province_reporting_on_all_its_communes():
    got = info("Đại hội Phụ nữ cấp cơ sở hoàn thành\nĐến ngày 30/8/2025, 100% Hội LHPN xã, phường trên địa bàn tỉnh đã "
               "tổ chức xong Đại hội nhiệm kỳ 2025 - 2030. Hội LHPN phường Bắc Giang là đơn vị đầu tiên.")
    assert got["org_level"] == "province"


@pytest.mark.parametrize("text, province", [
    # a person named like a province ("bà Nguyễn Thị Thái Bình") names no province
    ("Phụ nữ Đắk Mil khởi nghiệp\nNăm 2023, Hội LHPN huyện đã hỗ trợ 20 chị. Bà Nguyễn Thị Thái Bình, Chủ tịch Hội "
     "LHPN huyện cho biết.", None),
    ("Phụ nữ khởi nghiệp\nNăm 2023, các cấp hội đã hỗ trợ 20 chị, theo bà Lê Thị Hà Nam, Chủ tịch Hội.", None),
    ("Phụ nữ khởi nghiệp\nNăm 2023, Hội LHPN tỉnh Hà Nam đã hỗ trợ 20 chị, theo bà Trần Thu Hà.", "Hà Nam"),
])
def test_a_person_named_like_a_province(text, province):
    assert info(text)["province"] == province
