"""Document facts, fifth round (issue 11): genre rules for the patterns of the fresh rc7 set (armed-forces and overseas
unions, centrally-run cities, national reviews, chronicles, cut-off dates, mid-term reviews), each in several invented
wordings (other places, years, word orders, with and without page furniture), so the rules fit the genre rather than
one sentence."""
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

@pytest.mark.parametrize("text, province", [
    # a centrally-run city's union is a province's, also in a headline in capitals that runs on into its verb
    ("HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ HÀ NỘI TỔ CHỨC HỘI NGHỊ GIAO BAN QUÝ III NĂM 2025\nSáng ngày 18/7/2025, Hội "
     "Liên hiệp phụ nữ thành phố Hà Nội tổ chức Hội nghị giao ban với chủ tịch Hội LHPN 126 xã, phường.", "Hà Nội"),
    ("HỘI LHPN THÀNH PHỐ HẢI PHÒNG TRAO 50 MÁI ẤM TÌNH THƯƠNG\nNgày 5/3/2024, Hội LHPN thành phố trao 50 mái ấm "
     "cho hội viên nghèo với tổng kinh phí 2,5 tỷ đồng.", "Hải Phòng"),
    ("date 2025-09-02 HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG SƠ KẾT 9 THÁNG\n\nHội LHPN thành phố Đà Nẵng đã kết "
     "nạp 3.200 hội viên mới.", "Đà Nẵng"),
    ("Cập nhật: 12/10/2025\nHội Liên hiệp Phụ nữ thành phố Cần Thơ ra mắt 20 tổ hợp tác\nHội Liên hiệp Phụ nữ thành "
     "phố Cần Thơ đã ra mắt 20 tổ hợp tác của phụ nữ.", "Cần Thơ"),
    ("HỘI LHPN THÀNH PHỐ HUẾ TỔNG KẾT CÔNG TÁC HỘI NĂM 2025\nHội LHPN thành phố Huế đã giúp 300 hộ thoát nghèo.",
     "Huế"),
])
def test_a_centrally_run_citys_union_is_a_province(text, province):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("province", province)


@pytest.mark.parametrize("text", [
    # a national review by the central union (written "T.Ư Hội") that counts the 63 provinces and cities
    ("Ba năm qua, Hội LHPN các tỉnh, thành phố đã tập huấn cho hơn 46.820 ý tưởng kinh doanh. Toàn bộ 63 tỉnh, "
     "thành phố đã tổ chức Ngày Phụ nữ khởi nghiệp. Hằng năm, T.Ư Hội đều phối hợp các bộ, ngành tổ chức cuộc thi."),
    ("Sau 5 năm thực hiện Đề án 938, 63/63 tỉnh, thành phố đã thành lập 1.200 câu lạc bộ. T.Ư Hội LHPN Việt Nam đã "
     "tập huấn cho 5.000 cán bộ."),
    ("Đến nay, 63 tỉnh, thành phố đã ra mắt 2.400 tổ truyền thông cộng đồng; TƯ Hội đã hỗ trợ 120 mô hình."),
    ("Cả 63 tỉnh, thành đã tổ chức Ngày hội; Trung ương Hội đã trao 300 giải thưởng cho phụ nữ khởi nghiệp."),
    ("Ba năm qua, TW Hội đã hỗ trợ 120 mô hình sinh kế cho phụ nữ dân tộc thiểu số; TW Hội cũng trao 500 suất học "
     "bổng."),
    ("Ban Thường vụ TW Hội LHPN Việt Nam đã trao 300 suất quà cho phụ nữ nghèo."),
])
def test_a_national_review_is_central(text):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("central", None)


@pytest.mark.parametrize("text", [
    # an overseas union: no Vietnamese level applies, and a hometown club's name is not its province
    ("date 2025-10-07 Hơn 200 chị em trong tà áo dài ở Dresden (Đức)\n\nBà Trịnh Thị Mùi, Chủ tịch LHHPNVN tại CHLB "
     "Đức, cho biết Liên hiệp hội đã có nhiều hội phụ nữ địa phương mới ra đời như Nam Định, Magdeburg, và sắp tới là "
     "Thanh Hóa. Hội đã quyên góp gần 3 tỷ đồng."),
    ("Hội Phụ nữ Việt Nam tại Séc tổ chức Ngày hội áo dài\n\nHội Phụ nữ Việt Nam tại Séc cùng Hội đồng hương Hải "
     "Phòng đã tổ chức ngày hội với 300 chị em tham gia."),
    ("date 2024-03-10 Phụ nữ Việt Nam tại Nhật Bản hướng về quê hương\n\nHội Phụ nữ Việt Nam tại Nhật Bản đã trao "
     "120 suất quà cho phụ nữ nghèo ở Nghệ An và Hà Tĩnh."),
    ("Liên hiệp Hội Phụ nữ Việt Nam tại Ba Lan kỷ niệm ngày 20/10\n\nCâu lạc bộ phụ nữ Thái Bình tại Warszawa góp "
     "50 triệu đồng cho quỹ khuyến học."),
    ("HỘI PHỤ NỮ NGƯỜI VIỆT TẠI LIÊN BANG NGA TRAO QUÀ\nHội Phụ nữ người Việt tại Liên bang Nga cùng Hội đồng hương "
     "Nghệ An trao 40 suất quà cho trẻ em."),
    ("date 2024-06-01 Phụ nữ Việt ở Lào hướng về quê hương\n\nHội Phụ nữ người Việt ở Lào đã quyên góp 200 triệu "
     "đồng ủng hộ phụ nữ nghèo tỉnh Quảng Bình."),
])
def test_an_overseas_union_has_no_level_or_province(text):
    got = info(text)
    assert (got["org_level"], got["province"]) == ("unknown", None)
    assert got["province_note"] == "a union abroad: no Vietnamese province"


@pytest.mark.parametrize("text, expected", [
    # the Army-wide women's union is central; a provincial police or border-guard union is the province's
    ("date 2025-12-19 Vinh danh 85 điển hình phụ nữ Quân đội\n\nChiều 19/12, tại Hà Nội, Đại hội đại biểu phụ nữ "
     "Quân đội lần thứ VIII (giai đoạn 2025-2030) đã tiến hành phiên thứ nhất với 398 đại biểu.", "central"),
    ("Phong trào phụ nữ Quân đội giai đoạn 2021-2025 đạt nhiều kết quả\n\nChiều 10/12, tại Hà Nội, Hội đồng phụ nữ "
     "Quân đội tổng kết công tác phụ nữ Quân đội, trao cờ cho 43 tập thể.", "central"),
    ("date 2021-10-12 Đại hội Đại biểu Phụ nữ Công an tỉnh Bắc Giang lần thứ III, nhiệm kỳ 2021-2026\n\nĐại hội có "
     "120 đại biểu.", "province"),
    ("Phụ nữ Công an tỉnh Tuyên Quang tổng kết năm 2025\n\nNăm 2025, Hội Phụ nữ Công an tỉnh đã hỗ trợ 74 trẻ em mồ "
     "côi.", "province"),
    ("Phụ nữ Công an nhân dân: 5 năm nhìn lại\n\nBan Phụ nữ Công an nhân dân đã trao 500 suất học bổng.", "central"),
    ("Đại hội đại biểu Phụ nữ Bộ Quốc phòng lần thứ VIII\n\nĐại hội có 300 đại biểu.", "central"),
    ("Phụ nữ Bộ đội Biên phòng chung tay vì biên cương\n\nNăm 2024, phụ nữ Bộ đội Biên phòng đã trao 200 suất quà.",
     "central"),
    ("date 2024-10-20 Hội Phụ nữ BĐBP tỉnh Quảng Trị tổng kết năm 2024\n\nHội đã giúp 15 hộ nghèo.", "province"),
])
def test_an_armed_forces_union_takes_its_commands_level(text, expected):
    assert info(text)["org_level"] == expected


# --- 2. Province ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a portal's banner names the site's province, not the report's
    ("Welcome to Yen Bai Portal\n  • Đường dây nóng: 02163.818.555\n\nVẹn một chữ tình\n\nChương trình phối hợp "
     "giữa Bộ Tư lệnh BĐBP và Trung ương Hội LHPN Việt Nam đã trao 500 suất quà."),
    ("Welcome to Lao Cai Portal\nTrang chủ\nPhụ nữ vùng cao học chữ\n\nCác cấp hội đã mở 30 lớp xóa mù chữ cho "
     "600 phụ nữ."),
    ("Ha Giang Portal - English\nHội viên phụ nữ chung tay làm đường\n\nCác chi hội đã làm 5 km đường bê tông."),
])
def test_a_portal_banner_names_no_province(text):
    assert info(text)["province"] is None


# --- 3. Period ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a year-by-year chronicle ends at its latest year, and reviews no one year
    ("Nhóm tiết kiệm của thôn Hồng Kết\n\nNăm 2021, nhóm thành lập với 13 thành viên. Năm 2022 nhóm tiết kiệm được "
     "37.500.000đ. Năm 2023 nhóm kết nạp thêm 7 thành viên. Năm 2024, nhóm duy trì với 27 thành viên.",
     ("unknown", 2024)),
    ("Skip to main content\n\nTổ hợp tác trồng rau an toàn ở xã Tân Lập\n\nNăm 2020, tổ có 8 thành viên. Năm 2021, "
     "tổ mở rộng lên 4 ha. Năm 2022, thu nhập đạt 6 triệu đồng/tháng.", ("unknown", 2022)),
    ("Năm 2019, câu lạc bộ ra mắt với 20 hội viên; năm 2020 tăng lên 32 hội viên. Năm 2021, câu lạc bộ giúp 5 hộ "
     "vay vốn. Năm 2023, câu lạc bộ có 45 hội viên.", ("unknown", 2023)),
])
def test_a_chronicle_ends_at_its_latest_year(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, year", [
    # "tính đến (ngày) 31/12/2025" dates the results, whatever the article's date or the programme signed
    ("date 2026-01-16 Hội LHPN tỉnh và Tổ chức Tài chính vi mô ký kết phối hợp giai đoạn 2026-2030\n\nNgày 16/1, "
     "Hội LHPN tỉnh ký kết chương trình phối hợp giai đoạn 2026-2030. Tính đến ngày 31/12/2025, tổ chức đang hoạt "
     "động tại 95/166 xã, phường. Dư nợ cho vay đạt 616,7 tỷ đồng.", 2025),
    ("Ngày đăng: 10/02/2025\nHội LHPN huyện Mỹ Đức ký kết với Ngân hàng CSXH\n\nTính đến 31/12/2024, dư nợ ủy thác "
     "qua Hội đạt 320 tỷ đồng với 6.500 hộ vay.", 2024),
    ("date 2024-01-20 Quỹ tín dụng của phụ nữ xã Vĩnh Hòa\n\nTính đến hết ngày 31/12/2023, quỹ có 210 thành viên "
     "với tổng vốn 1,2 tỷ đồng.", 2023),
    ("date 2026-01-08 Ngân hàng CSXH và Hội LHPN tỉnh Nghệ An ký kết văn bản liên tịch\n\nĐến hết năm 2025, dư nợ "
     "ủy thác qua Hội đạt 5.200 tỷ đồng với 110.000 hộ vay.", 2025),
    ("Ngày đăng: 15/01/2025\nPhụ nữ huyện Bảo Yên với vốn vay ưu đãi\n\nĐến ngày 31/12/2024, các tổ tiết kiệm và "
     "vay vốn do Hội quản lý có 3.100 thành viên.", 2024),
])
def test_a_cut_off_date_fixes_the_year(text, year):
    assert period(text) == ("unknown", year)


@pytest.mark.parametrize("text, year", [
    # a mid-term review whose results are dated as of a year gives that year
    ("Hội LHPN huyện Thuận Nam: Đánh giá giữa nhiệm kỳ 2016 - 2021\n\nNửa nhiệm kỳ qua, các cấp hội đã tăng cường "
     "quản lý hội viên. Tính đến đầu năm 2019, các cấp Hội đã giải ngân trên 135 tỷ đồng cho 5.081 hộ vay.", 2019),
    ("Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Phụ nữ huyện nhiệm kỳ 2021-2026\n\nTính đến cuối năm 2023, "
     "Hội đã kết nạp 1.500 hội viên mới.", 2023),
    ("Hội nghị sơ kết giữa nhiệm kỳ 2020-2025 của Hội LHPN thị xã\n\nTính đến tháng 6/2022, toàn thị xã có 8.000 "
     "hội viên.", 2022),
])
def test_a_midterm_review_dated_as_of_a_year(text, year):
    assert period(text) == ("term", year)


@pytest.mark.parametrize("text, expected", [
    # a year's review that names the congresses of all levels held in it is a year, not a term
    ("Năm 2025, Hội Phụ nữ các cấp đã kiện toàn tổ chức, tổ chức thành công Đại hội phụ nữ các cấp nhiệm kỳ 2025 - "
     "2030; hỗ trợ nuôi dưỡng 74 trẻ em mồ côi.", ("year", 2025)),
    ("date 2021-12-28 Hội LHPN huyện Tiên Lãng tổng kết năm 2021\n\nNăm 2021, các cấp hội đã tổ chức thành công Đại "
     "hội đại biểu phụ nữ các cấp nhiệm kỳ 2021-2026, kết nạp 900 hội viên.", ("year", 2021)),
    ("Trong năm 2020, Hội đã chỉ đạo tổ chức Đại hội phụ nữ các cấp, nhiệm kỳ 2020 - 2025 đảm bảo tiến độ, giúp "
     "40 hộ thoát nghèo.", ("year", 2020)),
    ("date 2021-12-20 Phụ nữ huyện Mỹ Đức tổng kết năm 2021\n\nNăm 2021, các cấp Hội tổ chức thành công Đại hội phụ "
     "nữ cấp cơ sở và Đại hội đại biểu Phụ nữ huyện lần thứ XX, nhiệm kỳ 2021-2026; giúp 60 hộ thoát nghèo.",
     ("year", 2021)),
])
def test_a_years_review_naming_all_levels_congresses_is_a_year(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a congress's term written "(giai đoạn X-Y)"; the national congress a draft is submitted to is someone else's
    ("date 2025-12-19 Vinh danh 85 điển hình phụ nữ Quân đội\n\nChiều 19/12, tại Hà Nội, Đại hội đại biểu phụ nữ "
     "Quân đội lần thứ VIII (giai đoạn 2025-2030) đã tiến hành phiên thứ nhất.\n\nTại Đại hội, các đại biểu góp ý "
     "vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIV (nhiệm kỳ 2026-2031).",
     ("term", 2025)),
    ("date 2025-12-19 Vinh danh 85 điển hình phụ nữ Quân đội\n\nChiều 19/12, tại Hà Nội, Đại hội đại biểu phụ nữ "
     "Quân đội lần thứ VIII (giai đoạn 2025-2030) đã tiến hành phiên thứ nhất với 398 đại biểu.", ("term", 2025)),
    ("Đại hội đại biểu Phụ nữ Bộ đội Biên phòng lần thứ V, giai đoạn 2025 - 2030\n\nNgày 12/11/2025, Đại hội đã "
     "bầu 25 ủy viên Ban Chấp hành.", ("term", 2025)),
    ("date 2025-10-20 Đại hội phụ nữ Công an tỉnh Thanh Hóa\n\nĐại hội đại biểu Phụ nữ Công an tỉnh lần thứ XI, "
     "nhiệm kỳ 2025-2030 thảo luận, góp ý vào dự thảo văn kiện trình Đại hội đại biểu Phụ nữ tỉnh lần thứ XX, nhiệm "
     "kỳ 2026-2031.", ("term", 2025)),
])
def test_an_armed_forces_congress_term(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the term of a cooperation signed is no reporting period; results "Từ năm X đến nay" in an undated text run to a
    # present nobody dated: no year (SCHEMA: null when the text gives none)
    ("Phụ nữ chung sức bảo vệ biên giới\nHội LHPN tỉnh và Bộ Chỉ huy BĐBP tỉnh phối hợp tuyên truyền.\nKý kết hợp "
     "tác giai đoạn 2023-2025\nTừ năm 2021 đến nay, toàn tỉnh thành lập được 23 tổ phụ nữ tự quản đường biên.",
     ("unknown", None)),
    ("Ký kết chương trình phối hợp giai đoạn 2022 - 2026\n\nTừ năm 2019 đến nay, Hội LHPN huyện và Ngân hàng "
     "CSXH đã giải ngân 120 tỷ đồng cho 3.000 hộ.", ("unknown", None)),
    ("Skip to main content\nHội Phụ nữ và Đồn Biên phòng ký kết phối hợp giai đoạn 2024-2028\nTừ năm 2020 tới nay, "
     "các chi hội đã tham gia 300 cuộc tuần tra.", ("unknown", None)),
    # controls: a dated text's history ends with the article; a span closed by its year keeps it
    ("date 2024-05-02 Ký kết hợp tác giai đoạn 2023-2025\n\nTừ năm 2021 đến nay, toàn tỉnh thành lập được 23 tổ "
     "phụ nữ tự quản đường biên.", ("unknown", 2024)),
    ("Ký kết hợp tác giai đoạn 2023-2025\n\nTừ năm 2020 đến năm 2023, các chi hội đã giúp 45 hộ thoát nghèo.",
     ("unknown", 2023)),
])
def test_a_signed_cooperations_term_is_no_period(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a congress dated in its article, held in the year after its term's first (the merged provinces' congresses ran
    # into January 2026): the congress year, as SCHEMA says
    ("date 2026-01-06 (GLO)- Ngày 6-1, tại Trung tâm Hội nghị tỉnh, Hội Liên hiệp Phụ nữ tỉnh Gia Lai tổ chức Đại "
     "hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đại hội bầu 45 ủy viên Ban Chấp hành.", ("term", 2026)),
    ("Ngày đăng: 09/01/2026\nĐại hội đại biểu Phụ nữ tỉnh Đắk Lắk lần thứ I\n\nSáng 8/1, Hội LHPN tỉnh Đắk Lắk tổ "
     "chức Đại hội đại biểu Phụ nữ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 với 300 đại biểu.", ("term", 2026)),
    ("date 2026-01-12 Chiều 10/1, Đại hội đại biểu Phụ nữ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025-2030 bế mạc sau "
     "hai ngày làm việc; 250 đại biểu dự.", ("term", 2026)),
    # controls: a congress in its term's first year; an undated look back the next year keeps the term's first
    ("date 2025-12-20 Ngày 19/12, Hội LHPN tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
     ("term", 2025)),
    ("date 2026-03-02 Hội LHPN tỉnh Gia Lai đã tổ chức thành công Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030, "
     "đề ra 8 chỉ tiêu.", ("term", 2025)),
])
def test_a_congress_held_the_year_after_its_terms_first(text, expected):
    assert period(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a long-form page clock above the headline is neither the headline nor a reported year's review: it gives the
    # year only (no span), and the headline is the line under it
    ("Thứ năm, ngày 2 tháng 11 năm 2023\nPhụ nữ xã Tân Lập làm đường hoa\n\nCác chi hội đã trồng 3 km đường hoa và "
     "lắp 40 bóng đèn.", ("unknown", 2023, "Phụ nữ xã Tân Lập làm đường hoa")),
    ("Trang chủ\nThứ hai, ngày 15 tháng 4 năm 2024 | 08:12\nHội viên phụ nữ thôn 5 góp vốn nuôi bò\n\nChi hội đã "
     "giúp 12 hộ vay 240 triệu đồng.", ("unknown", 2024, "Hội viên phụ nữ thôn 5 góp vốn nuôi bò")),
    ("Chủ nhật, ngày 7 tháng 7 năm 2024\nChi hội phụ nữ ấp Tân Hòa giữ đường quê sáng, xanh\n\nChi hội đã lắp "
     "40 bóng đèn.", ("unknown", 2024, "Chi hội phụ nữ ấp Tân Hòa giữ đường quê sáng, xanh")),
    ("date 2023-11-02 Thứ năm, ngày 2 tháng 11 năm 2023\nPhụ nữ xã Tân Lập làm đường hoa\n\nCác chi hội đã trồng "
     "3 km đường hoa.", ("unknown", 2023, "Phụ nữ xã Tân Lập làm đường hoa")),
])
def test_a_long_form_page_clock_gives_no_span(text, expected):
    got = info(text)
    assert (got["period_span"], got["period_year"], got["title"]) == expected


@pytest.mark.parametrize("text, expected", [
    # controls for the chronicle: a review whose lede names its span keeps its span, whatever years open its sentences;
    # "chương trình Đại hội" is the congress's own programme
    ("Hội LHPN huyện Yên Thế sơ kết 3 năm thực hiện Nghị quyết Đại hội nhiệm kỳ 2021-2026\n\nNăm 2021, Hội kết nạp "
     "300 hội viên. Năm 2022, Hội giúp 40 hộ thoát nghèo. Năm 2023, Hội ra mắt 5 tổ hợp tác.", "term"),
    ("Trong 6 tháng đầu năm 2024, Hội LHPN xã Tân An giúp 12 hộ. Năm 2021, xã có 3 tổ hợp tác. Năm 2022, có 5 tổ. "
     "Năm 2023, có 8 tổ hợp tác.", "6m"),
    ("Sơ kết 3 năm thực hiện Nghị quyết Đại hội\n\nQua 3 năm thực hiện Nghị quyết Đại hội phụ nữ huyện nhiệm kỳ "
     "2021-2026, Hội đã làm tốt. Năm 2021, Hội kết nạp 300 hội viên. Năm 2022, Hội giúp 40 hộ. Năm 2023, Hội ra mắt "
     "5 tổ hợp tác.", "term"),
    ("date 2025-08-14 Theo chương trình Đại hội đại biểu Phụ nữ xã Tân Phú lần thứ I, nhiệm kỳ 2025-2030, 120 đại "
     "biểu đã thảo luận.", "term"),
])
def test_chronicle_and_congress_controls(text, expected):
    assert period(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # controls: a goal's horizon, or a cut-off in the article's own year, leaves the article's year
    ("date 2026-01-10 Hội LHPN xã Tân Phú giúp hội viên nuôi bò\n\nKế hoạch đến hết năm 2025 giúp 20 hộ đã hoàn "
     "thành sớm; Hội phấn đấu đến hết năm 2026 giúp thêm 30 hộ.", ("unknown", 2026)),
    ("date 2025-07-20 Tổ vay vốn của phụ nữ thôn 3\n\nTính đến ngày 30/6/2025, tổ có 45 thành viên với dư nợ 2 tỷ "
     "đồng.", ("unknown", 2025)),
])
def test_cut_off_controls(text, expected):
    assert period(text) == expected
