"""Document facts, fourteenth round (issue 11): genre rules for the document patterns of the study sets iv16, iv17,
iv19 and iv20 (a Word letterhead whose right column is the national union's name, under a party committee's cell; a
union's site named with its kind, "- Trang thông tin điện tử"; a women's paper named above its menu; a site's credit
opening the lede; a political report whose title breaks after "BÁO CÁO CHÍNH TRỊ"; a lede opening on its year after
an agency's tag), each in several invented wordings (other places, years, spellings), with near misses that must not
change, so the rules fit the genre rather than one sentence."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


def who(text: str) -> tuple:
    got = info(text)
    return got["org_level"], got["province"]


def period(text: str) -> tuple:
    got = info(text)
    return got["period_span"], got["period_year"]


_BODY = ("\n\nI. KẾT QUẢ\n1. Kết nạp 1.240 hội viên mới, đạt 82% kế hoạch năm.\n2. Giúp 35 hộ phụ nữ nghèo thoát "
         "nghèo.\n\nNơi nhận:\n- Như trên;\n- Lưu VT.")


# --- 1. A letterhead's right column: the national union's name, not the issuer --------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a Hội report's letterhead prints the national union's name where a state body prints the motto; the union in the
    # left column issues it
    ("HỘI LHPN TỈNH LẠNG SƠN\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nSố: 112/BC-HPN\tLạng Sơn, ngày 5 tháng 7 năm 2026\n\n"
     "BÁO CÁO\nSơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026" + _BODY, ("province", "Lạng Sơn")),
    ("HỘI LHPN TỈNH NGHỆ AN\t\tHỘI LHPN VIỆT NAM\nHỘI LHPN XÃ YÊN THÀNH\nSố: 21/BC-HPN\t\tYên Thành, ngày 2 tháng 10 "
     "năm 2025\n\nBÁO CÁO\nKết quả công tác Hội 9 tháng năm 2025" + _BODY, ("commune", "Nghệ An")),
    # under the party committee of its place ("ĐẢNG BỘ XÃ …", "ĐẢNG ỦY PHƯỜNG …"), the union's committee below it
    ("ĐẢNG BỘ XÃ NAM SÁCH\t\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBCH HỘI LHPN XÃ NAM SÁCH\nSố: 09/KH-HPN\t\tNam Sách, ngày "
     "20 tháng 12 năm 2025\n\nKẾ HOẠCH\nCông tác Hội và phong trào phụ nữ năm 2026" + _BODY, ("commune", "Hải Phòng")),
    ("ĐẢNG ỦY PHƯỜNG VĨNH HƯNG\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN CHẤP HÀNH HỘI LHPN PHƯỜNG VĨNH HƯNG\nSố: 17/BC-HPN"
     "\tVĩnh Hưng, ngày 25 tháng 6 năm 2026\n\nBÁO CÁO\nSơ kết công tác Hội 6 tháng đầu năm 2026" + _BODY,
     ("commune", "Hà Nội")),
    # the province's standing committee under the province's party committee, its name left to the dateline
    ("ĐẢNG BỘ TỈNH BẮC NINH\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN THƯỜNG VỤ HỘI LHPN TỈNH\nSố: 31/BC-BTV\tBắc Ninh, "
     "ngày 3 tháng 7 năm 2026\n\nBÁO CÁO\nSơ kết công tác Hội 6 tháng đầu năm 2026" + _BODY, ("province", "Bắc Ninh")),
])
def test_the_national_unions_name_in_a_letterhead_is_not_the_issuer(text, expected):
    assert who(text) == expected


@pytest.mark.parametrize("text, expected", [
    # under the national union's name, its body named by its place alone: that place's union
    ("HỘI LHPN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHẤP HÀNH TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc"
     "\nSố: 08/KH-HPN\tQuảng Trị, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\nCông tác Hội và phong trào phụ nữ năm 2026"
     + _BODY, ("province", "Quảng Trị", "Công tác Hội và phong trào phụ nữ năm 2026")),
    ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ HUYỆN GIA LỘC\tĐộc lập - Tự "
     "do - Hạnh phúc\nSố: 15/BC-BTV\tGia Lộc, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nTổng kết công tác Hội năm "
     "2024" + _BODY,
     ("district", "Hải Dương", "Tổng kết công tác Hội năm 2024")),
    ("HỘI LHPN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH PHƯỜNG VĨNH HƯNG\tĐộc lập - Tự do - Hạnh phúc\nSố: "
     "04/BC-HPN\tHà Nội, ngày 1 tháng 7 năm 2026\n\nBÁO CÁO\nSơ kết công tác Hội 6 tháng đầu năm 2026" + _BODY,
     ("commune", "Hà Nội", "Sơ kết công tác Hội 6 tháng đầu năm 2026")),
])
def test_a_body_named_by_its_place_under_the_national_union_is_that_places_union(text, expected):
    got = info(text)
    assert (got["org_level"], got["province"], got["title"]) == expected


def test_a_body_named_by_its_place_without_the_national_union_issues_nothing():
    # another organisation's body (the youth union's): the letterhead's line, but no union of the women issues it
    text = ("BAN CHẤP HÀNH TỈNH ĐOÀN QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc\nSố: 08/KH-TĐTN\tQuảng Trị, ngày 12 "
            "tháng 01 năm 2026\n\nKẾ HOẠCH\nPhối hợp với Hội LHPN tỉnh năm 2026\n\n1. Tổ chức 12 buổi tuyên "
            "truyền cho 900 đoàn viên.")
    got = info(text)
    assert got["title"] == "Phối hợp với Hội LHPN tỉnh năm 2026"
    assert got["org_level"] == "province"


def test_a_party_committee_cell_is_the_letterheads_not_the_headline():
    text = ("ĐẢNG BỘ XÃ NAM SÁCH\t\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBCH HỘI LHPN XÃ NAM SÁCH\nSố: 09/KH-HPN\t\tNam "
            "Sách, ngày 20 tháng 12 năm 2025\n\nKẾ HOẠCH\nCông tác Hội và phong trào phụ nữ năm 2026" + _BODY)
    got = info(text)
    assert got["title"] == "Công tác Hội và phong trào phụ nữ năm 2026"
    assert (got["period_span"], got["period_year"]) == ("year", 2026)


@pytest.mark.parametrize("text, expected", [
    # the central union's own report: its name is the only union the letterhead names
    ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN CHỦ TỊCH\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 05/BC-ĐCT\tHà Nội, ngày 10 tháng 7 năm 2026\n\nBÁO CÁO\nSơ kết công tác Hội 6 tháng đầu năm 2026\n\nI. "
     "KẾT QUẢ\n1. Toàn Hội kết nạp 410.000 hội viên mới, đạt 68% kế hoạch năm.", ("central", None)),
    # the national name on the left above the province's union (the older letterhead): the province's, as before
    ("HỘI LHPN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI LHPN TỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 112/BC-HPN\tLạng Sơn, ngày 5 tháng 7 năm 2026\n\nBÁO CÁO\nSơ kết công tác Hội 6 tháng đầu năm 2026" + _BODY,
     ("province", "Lạng Sơn")),
    # the central union's presidium beside the national name
    ("ĐOÀN CHỦ TỊCH TW HỘI LHPN VIỆT NAM\tHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nSố: 05/BC-ĐCT\tHà Nội, ngày 10 tháng 7 năm "
     "2026\n\nBÁO CÁO\nSơ kết công tác Hội 6 tháng đầu năm 2026\n\nI. KẾT QUẢ\n1. Toàn Hội kết nạp 410.000 hội viên "
     "mới.", ("central", None)),
])
def test_a_letterhead_naming_only_the_national_union_or_it_first_is_unchanged(text, expected):
    assert who(text) == expected


def test_a_headline_in_capitals_naming_a_party_committee_stays_the_headline():
    text = ("ĐẢNG BỘ XÃ NAM SÁCH TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I\n\nNgày 12/8/2025, Đảng bộ xã Nam Sách tổ chức Đại "
            "hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.")
    assert info(text)["title"] == "ĐẢNG BỘ XÃ NAM SÁCH TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU LẦN THỨ I"


# --- 2. A union's site named with its kind ("- Trang thông tin điện tử") ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN tỉnh Nghệ An - Trang thông tin điện tử\nTrang chủ | Tin hoạt động | Cơ sở Hội\nYên Thành: sơ kết 6 "
     "tháng đầu năm 2024, vượt 5 chỉ tiêu\nNgày 5/7, Hội LHPN huyện Yên Thành tổ chức hội nghị sơ kết 6 tháng đầu năm "
     "2024. Hội kết nạp 320 hội viên mới, đạt 80% kế hoạch năm.", ("district", "Nghệ An", "Yên Thành: sơ kết 6 tháng "
                                                                   "đầu năm 2024, vượt 5 chỉ tiêu")),
    ("Hội Liên hiệp Phụ nữ tỉnh Hải Dương – Cổng thông tin điện tử\nTrang chủ | Tin tức | Gương phụ nữ\nGia Lộc hoàn "
     "thành 9/10 chỉ tiêu năm 2024\nNgày 10/12, Hội LHPN huyện Gia Lộc tổng kết công tác năm 2024. Hội giúp 42 hộ "
     "thoát nghèo.", ("district", "Hải Dương", "Gia Lộc hoàn thành 9/10 chỉ tiêu năm 2024")),
    ("Hội LHPN thành phố Hà Nội | Trang tin điện tử\nTrang chủ | Hoạt động | Cơ sở\nPhường Vĩnh Hưng sơ kết 6 tháng "
     "đầu năm 2026\nNgày 3/7, Hội LHPN phường Vĩnh Hưng sơ kết công tác 6 tháng đầu năm 2026, kết nạp 85 hội viên.",
     ("commune", "Hà Nội", "Phường Vĩnh Hưng sơ kết 6 tháng đầu năm 2026")),
    ("Website Hội Liên hiệp Phụ nữ tỉnh Nghệ An\nTrang chủ | Tin hoạt động | Cơ sở Hội\nYên Thành vượt 5 chỉ tiêu 6 "
     "tháng đầu năm 2024\nNgày 5/7, Hội LHPN huyện Yên Thành sơ kết 6 tháng đầu năm 2024, kết nạp 320 hội viên mới.",
     ("district", "Nghệ An", "Yên Thành vượt 5 chỉ tiêu 6 tháng đầu năm 2024")),
    ("Hội LHPN tỉnh Nghệ An | Website chính thức\nTrang chủ | Tin hoạt động | Cơ sở Hội\nYên Thành vượt 5 chỉ tiêu 6 "
     "tháng đầu năm 2024\nNgày 5/7, Hội LHPN huyện Yên Thành sơ kết 6 tháng đầu năm 2024, kết nạp 320 hội viên mới.",
     ("district", "Nghệ An", "Yên Thành vượt 5 chỉ tiêu 6 tháng đầu năm 2024")),
])
def test_a_unions_site_named_with_its_kind_is_the_sites_name(text, expected):
    got = info(text)
    assert (got["org_level"], got["province"], got["title"]) == expected


def test_a_headline_about_a_unions_new_site_stays_the_headline():
    text = ("Hội LHPN tỉnh Nghệ An ra mắt Trang thông tin điện tử mới\nNgày 5/7, Hội LHPN tỉnh Nghệ An ra mắt trang "
            "thông tin điện tử, có 1.200 lượt truy cập ngày đầu.")
    assert info(text)["title"] == "Hội LHPN tỉnh Nghệ An ra mắt Trang thông tin điện tử mới"


def test_a_headline_about_a_unions_website_stays_the_headline():
    text = ("Website Hội LHPN tỉnh Nghệ An ra mắt giao diện mới\nNgày 5/7, Hội LHPN tỉnh Nghệ An ra mắt giao diện mới "
            "của website, có 1.200 lượt truy cập ngày đầu.")
    assert info(text)["title"] == "Website Hội LHPN tỉnh Nghệ An ra mắt giao diện mới"


def test_the_provinces_own_news_on_its_site_stays_the_provinces():
    text = ("Hội LHPN tỉnh Nghệ An - Trang thông tin điện tử\nTrang chủ | Tin hoạt động | Cơ sở Hội\nSơ kết công tác "
            "Hội 6 tháng đầu năm 2024\nNgày 5/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2024; toàn tỉnh "
            "kết nạp 3.200 hội viên mới.")
    assert who(text) == ("province", "Nghệ An")


# --- 3. A women's paper named above its menu -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Phụ nữ Thủ đô\nTin tức | Hoạt động Hội | Pháp luật | Gia đình\nCụm thi đua Hội LHPN các tỉnh Tây Nguyên tổng kết "
     "năm 2025\n19/12/2025 | 14:05\nNgày 18/12, tại Gia Lai, Cụm thi đua Hội LHPN các tỉnh Tây Nguyên tổ chức hội nghị "
     "tổng kết năm 2025; toàn Cụm kết nạp 21.000 hội viên mới.",
     ("cluster", "Cụm thi đua Hội LHPN các tỉnh Tây Nguyên tổng kết năm 2025")),
    ("Phụ nữ Sài Gòn\nThời sự | Gia đình | Khởi nghiệp | Video\nPhụ nữ phường Bến Thành sơ kết 6 tháng đầu năm 2026\n"
     "Ngày 4/7, Hội LHPN phường Bến Thành sơ kết công tác 6 tháng đầu năm 2026, kết nạp 120 hội viên mới.",
     ("commune", "Phụ nữ phường Bến Thành sơ kết 6 tháng đầu năm 2026")),
    ("Phụ nữ Online Đất Mũi\nTin tức | Hoạt động Hội | Gia đình\nCụm thi đua số 5 tổng kết công tác thi đua năm 2025\n"
     "Ngày 20/12, Cụm thi đua số 5 của Hội LHPN Việt Nam tổ chức hội nghị tổng kết; 5 tỉnh kết nạp 30.000 hội viên.",
     ("cluster", "Cụm thi đua số 5 tổng kết công tác thi đua năm 2025")),
])
def test_a_womens_paper_named_above_its_menu_is_the_sites_name(text, expected):
    got = info(text)
    assert (got["org_level"], got["title"]) == expected


def test_a_short_headline_above_its_date_line_stays_the_headline():
    text = ("Phụ nữ Đất Mũi vượt khó\n19/12/2025 | 14:05\nNgày 18/12, Hội LHPN xã Đất Mũi tổ chức hội nghị tổng kết "
            "năm 2025, kết nạp 60 hội viên mới.")
    assert info(text)["title"] == "Phụ nữ Đất Mũi vượt khó"


# --- 4. A site's credit opening the lede -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Báo Nghệ An điện tử\nChính trị | Xã hội | Phụ nữ\nHội LHPN tỉnh: Quý I hoàn thành sớm 3 chỉ tiêu\n(Baonghean.vn) "
     "- Sáng 3/4, Hội LHPN tỉnh Nghệ An tổ chức hội nghị giao ban quý I năm 2026. Toàn tỉnh kết nạp 2.100 hội viên.",
     "Nghệ An"),
    ("Báo Thanh Hóa\nThời sự | Xã hội | Đời sống\nPhụ nữ tỉnh: 6 tháng vượt kế hoạch\n(baothanhhoa.vn) – Ngày 12/7, "
     "Hội LHPN tỉnh Thanh Hóa sơ kết công tác 6 tháng đầu năm 2026. Hội giúp 410 hộ thoát nghèo.", "Thanh Hóa"),
    ("Báo Quảng Ninh điện tử\nChính trị | Kinh tế | Xã hội\nHội LHPN tỉnh: Nhiều chỉ tiêu về đích sớm\n"
     "(www.baoquangninh.vn) - Chiều 6/10, Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh tổ chức giao ban 9 tháng năm 2025.",
     "Quảng Ninh"),
    ("Báo Nghệ An điện tử\nChính trị | Xã hội | Phụ nữ\nHội LHPN tỉnh: Quý I hoàn thành sớm 3 chỉ tiêu\n(baonghean.vn) "
     "Sáng 3/4, Hội LHPN tỉnh Nghệ An tổ chức hội nghị giao ban quý I năm 2026, kết nạp 2.100 hội viên.", "Nghệ An"),
])
def test_a_province_named_in_a_lede_after_the_sites_credit_is_named(text, expected):
    assert info(text)["province"] == expected


@pytest.mark.parametrize("text", [
    # the site and its masthead alone name the province: null (SCHEMA)
    ("Báo Quảng Ninh điện tử\nChính trị | Kinh tế | Xã hội\nHội LHPN tỉnh: Nhiều chỉ tiêu về đích sớm\n"
     "(baoquangninh.vn) - Ngày 7/10, Hội LHPN tỉnh tổ chức hội nghị giao ban 9 tháng năm 2025; toàn tỉnh kết nạp "
     "5.120 hội viên."),
    # a short credit line of the site beside its name
    ("Báo Quảng Ninh điện tử\n(baoquangninh.vn) - Báo Quảng Ninh\nHội LHPN tỉnh: Nhiều chỉ tiêu về đích sớm\nNgày "
     "7/10, Hội LHPN tỉnh tổ chức hội nghị giao ban 9 tháng năm 2025; toàn tỉnh kết nạp 5.120 hội viên."),
])
def test_a_province_only_the_site_names_stays_null(text):
    assert info(text)["province"] is None


# --- 5. A political report whose title breaks after "BÁO CÁO CHÍNH TRỊ" --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("HỘI LHPN TỈNH NGHỆ AN\nHỘI LHPN XÃ YÊN THÀNH\n*\nBÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành Hội LHPN xã Yên Thành khóa "
     "XV trình Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030\nPHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI "
     "HỘI NHIỆM KỲ 2021 - 2026\nNhiệm kỳ qua, Hội kết nạp 640 hội viên mới, đạt 128% chỉ tiêu.", ("term", 2025)),
    ("HỘI LHPN THÀNH PHỐ HÀ NỘI\nHỘI LHPN PHƯỜNG VĨNH HƯNG\nBÁO CÁO CHÍNH TRỊ\nTrình Đại hội đại biểu Phụ nữ phường "
     "Vĩnh Hưng lần thứ I, nhiệm kỳ 2025 – 2030\nI. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2021 – 2026\n"
     "Sau 4 năm, Hội kết nạp 410 hội viên mới.", ("term", 2025)),
    ("HỘI LHPN TỈNH LẠNG SƠN\nBÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành Hội LHPN tỉnh khóa XVI trình Đại hội đại biểu Phụ nữ"
     " tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2026 - 2031\nPHẦN THỨ NHẤT. KẾT QUẢ NHIỆM KỲ 2021 - 2026\nToàn tỉnh kết "
     "nạp 24.000 hội viên mới.", ("term", 2026)),
])
def test_a_political_report_titled_on_two_lines_is_its_congress(text, expected):
    assert period(text) == expected


def test_a_review_of_a_terms_resolution_without_a_political_report_is_unchanged():
    text = ("HỘI LHPN TỈNH NGHỆ AN\nHỘI LHPN XÃ YÊN THÀNH\n*\nBÁO CÁO\nKết quả thực hiện Nghị quyết Đại hội đại biểu "
            "Phụ nữ xã nhiệm kỳ 2021 - 2026\nSau 4 năm, Hội kết nạp 640 hội viên mới, đạt 128% chỉ tiêu.")
    assert period(text) == ("term", 2026)


# --- 6. A lede opening on its year after an agency's tag -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Báo Cần Thơ\nChính trị | Kinh tế | Xã hội\nThứ Hai, 29/12/2025\n\nHơn 4 tỷ đồng cho trẻ mồ côi: Phụ nữ Cần Thơ về"
     " đích sớm\n\nNGỌC TRANG - 28/12/2025, 08:00\n\n(CT) - Năm 2025, Hội LHPN TP Cần Thơ vận động nhận đỡ đầu 612 trẻ "
     "mồ côi, gấp đôi chỉ tiêu 300 trẻ.", ("year", 2025)),
    ("date 2026-01-06 Phụ nữ xứ Nghệ giúp nhau thoát nghèo\n(Baonghean.vn) - Năm 2025, các cấp Hội LHPN tỉnh Nghệ An "
     "giúp 1.120 hộ phụ nữ thoát nghèo, vượt 12% kế hoạch.", ("year", 2025)),
    ("date 2025-01-08 Ấm áp những mái nhà\nPNVN – Năm 2024, Hội LHPN tỉnh Lạng Sơn vận động xây dựng 210 mái ấm, đạt "
     "105% kế hoạch.", ("year", 2024)),
    # a dateline, a tag without its dash
    ("date 2025-12-20 Phụ nữ Thủ đô về đích sớm\nHÀ NỘI - Năm 2025, Hội LHPN TP Hà Nội kết nạp 21.000 hội viên mới, "
     "vượt 5% kế hoạch.", ("year", 2025)),
    ("date 2025-12-20 Phụ nữ Thủ đô về đích sớm\n(PNVN) Năm 2025, Hội LHPN TP Hà Nội kết nạp 21.000 hội viên mới, "
     "vượt 5% kế hoạch.", ("year", 2025)),
])
def test_a_year_opening_the_lede_after_an_agencys_tag_is_reported(text, expected):
    assert period(text) == expected


def test_a_story_told_from_its_start_after_a_tag_is_not_that_years():
    text = ("date 2025-10-02 Chị Lan và tổ hợp tác trồng rau\n(CT) - Năm 2019, chị Lan thành lập tổ hợp tác với 7 "
            "thành viên. Đến nay, tổ có 25 thành viên, thu nhập 8 triệu đồng/tháng.")
    assert period(text)[1] != 2019


def test_a_short_headline_above_a_numbered_section_is_no_menu():
    text = ("HỘI LHPN XÃ NAM SÁCH\nSố: 30/BC-HPN\n\nBÁO CÁO\nTổng kết công tác Hội năm 2025\nI. KẾT QUẢ\n1. Kết nạp 95 "
            "hội viên mới.\n2. Giúp 6 hộ thoát nghèo.")
    assert info(text)["title"] == "Tổng kết công tác Hội năm 2025"


def test_a_menu_written_one_item_a_line_is_still_a_menu():
    text = ("Trang chủ\nTin tức\nHoạt động Hội\nGương phụ nữ\nHội LHPN xã Nam Sách tổng kết công tác Hội năm 2025\n"
            "Ngày 12/12, Hội LHPN xã Nam Sách tổng kết công tác năm 2025, kết nạp 95 hội viên mới.")
    assert info(text)["title"] == "Hội LHPN xã Nam Sách tổng kết công tác Hội năm 2025"


def test_a_year_inside_a_sentence_after_a_dash_is_no_lede():
    text = ("date 2025-10-02 Tổ hợp tác trồng rau của chị Lan\nTổ hợp tác được hỗ trợ vốn từ Hội LHPN xã Đất Mũi liên "
            "tục giai đoạn 2019 - năm 2022, nay có 25 thành viên, thu nhập 8 triệu đồng/tháng.")
    assert period(text)[1] != 2022
