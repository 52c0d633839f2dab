"""The document facts of iv5's genres (benchmarks/checksets/iv5/FINDINGS.md, section E), on invented reports: a Word
report's letterhead and a portal's chain of local bodies or breadcrumb are not the headline, the union a letterhead
names issues the report, a report naming its author ("… của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"), the
political report a committee presents to its own congress, and a page written without diacritics."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info, toned_key_words


def _info(text: str) -> dict:
    return extract_document_info(text)


# --- a Word report's letterhead: not the headline; its lowest union issues the report ---------------------------

LETTERHEAD_PROVINCE = (
    "HỘI LHPN TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "BAN THƯỜNG VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/BC-HPN\tLạng Sơn, ngày 5 tháng 12 năm 2025\n"
    "BÁO CÁO\n"
    "Kết quả công tác Hội và phong trào phụ nữ năm 2025, phương hướng nhiệm vụ năm 2026\n"
    "I. KẾT QUẢ\n"
    "Năm 2025, các cấp Hội kết nạp 2.450 hội viên mới, đạt 122% chỉ tiêu; Hội LHPN các xã, phường giúp 310 hộ "
    "thoát nghèo.\n")

LETTERHEAD_LINES = (
    "HỘI LHPN HUYỆN TRÀ ÔN\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Số: 08/BC-HLHPN\n"
    "Trà Ôn, ngày 20 tháng 6 năm 2024\n"
    "BÁO CÁO\n"
    "Sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2024\n"
    "Trong 6 tháng, Hội LHPN các xã, thị trấn tổ chức 96 buổi sinh hoạt chuyên đề cho 3.200 lượt hội viên; Hội "
    "LHPN xã Hựu Thành giúp 12 hộ vay vốn.\n")

LETTERHEAD_COMMUNE = (
    "HỘI LHPN TỈNH NINH BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "BAN CHẤP HÀNH HỘI LHPN XÃ GIA VIỄN\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 03/BC-HPN\tGia Viễn, ngày 28 tháng 9 năm 2025\n"
    "Báo cáo kết quả công tác Hội 9 tháng đầu năm 2025\n"
    "Toàn tỉnh Ninh Bình có 129 xã, phường; Hội LHPN tỉnh hướng dẫn các cơ sở sơ kết 9 tháng. Hội LHPN xã kết "
    "nạp 64 hội viên mới, vận động 21 hội viên tham gia tổ hợp tác.\n")

WARD_PLAN = (
    "HỘI LHPN THÀNH PHỐ HÀ NỘI\n"
    "HỘI LHPN PHƯỜNG CẦU GIẤY\n"
    "Số: 05/KH-HPN\n"
    "Kế hoạch thực hiện công tác Hội và phong trào phụ nữ phường Cầu Giấy năm 2026\n"
    "Căn cứ Chương trình công tác năm 2026 của Hội LHPN Thành phố Hà Nội, Ban Thường vụ Hội LHPN phường xây dựng "
    "kế hoạch như sau: kết nạp 180 hội viên mới; hỗ trợ 20 phụ nữ khởi nghiệp.\n")


def test_a_letterhead_is_not_the_headline():
    assert _info(LETTERHEAD_PROVINCE)["title"] == ("Kết quả công tác Hội và phong trào phụ nữ năm 2025, phương "
                                                   "hướng nhiệm vụ năm 2026")
    assert _info(LETTERHEAD_LINES)["title"] == "Sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2024"
    assert _info(LETTERHEAD_COMMUNE)["title"] == "Báo cáo kết quả công tác Hội 9 tháng đầu năm 2025"
    assert _info(WARD_PLAN)["title"].startswith("Kế hoạch thực hiện công tác Hội")


@pytest.mark.parametrize("text, level, place, year, span", [
    (LETTERHEAD_PROVINCE, "province", None, 2025, "year"),
    (LETTERHEAD_LINES, "district", "huyện Trà Ôn", 2024, "6m"),
    (LETTERHEAD_COMMUNE, "commune", "xã Gia Viễn", 2025, "9m"),
    (WARD_PLAN, "commune", "phường Cầu Giấy", 2026, "year"),
])
def test_the_letterhead_union_issues_the_report(text, level, place, year, span):
    info = _info(text)
    assert (info["org_level"], info["period_year"], info["period_span"]) == (level, year, span)
    if place:
        assert info["place"].lower() == place.lower()


def test_a_site_masthead_above_a_headline_stays_a_masthead():
    # guard: a union's site names itself above a headline naming another union, which reports
    info = _info("HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN\n"
                 "Hội LHPN huyện Yên Thành tổng kết công tác năm 2024\n"
                 "12/01/2025\n"
                 "Sáng 10/1, Hội LHPN huyện Yên Thành tổ chức hội nghị tổng kết; năm 2024 kết nạp 820 hội viên.\n")
    assert info["title"] == "Hội LHPN huyện Yên Thành tổng kết công tác năm 2024"
    assert info["org_level"] == "district"


# --- a portal's chain of local bodies and its breadcrumb -----------------------------------------------------------

@pytest.mark.parametrize("masthead", [
    "ĐẢNG ỦY - HĐND - UBND - UBMTTQ XÃ VĨNH HẬU, TỈNH AN GIANG",
    "ĐẢNG ỦY - HĐND - UBND PHƯỜNG HỒNG HÀ - TỈNH QUẢNG NINH",
    "HĐND - UBND XÃ TÂN LẬP, TỈNH ĐỒNG NAI",
])
def test_a_chain_of_local_bodies_is_a_masthead(masthead):
    info = _info(f"{masthead}\nHội LHPN sơ kết quý I/2026 và triển khai nhiệm vụ quý II\n06/04/2026\n"
                 "Chiều 3/4, Hội LHPN tổ chức hội nghị sơ kết quý I/2026; kết nạp 38 hội viên mới.\n")
    assert info["title"] == "Hội LHPN sơ kết quý I/2026 và triển khai nhiệm vụ quý II"


def test_a_local_party_committee_headline_stays_a_headline():
    # guard: the party committee as the subject of a sentence is a headline, not a masthead
    info = _info("Đảng ủy xã Tân Lập chỉ đạo Hội LHPN xã tổng kết công tác năm 2025\n05/01/2026\n"
                 "Sáng 4/1, Hội LHPN xã Tân Lập tổ chức hội nghị tổng kết.\n")
    assert info["title"] == "Đảng ủy xã Tân Lập chỉ đạo Hội LHPN xã tổng kết công tác năm 2025"


@pytest.mark.parametrize("crumb", [
    "Tin tức > Mặt trận và các đoàn thể > Hội Liên hiệp Phụ nữ",
    "Giới thiệu › Các đoàn thể chính trị › Hội LHPN phường",
    "Home » Tin tuc » Hoi Phu nu xa",
])
def test_a_breadcrumb_is_not_the_headline(crumb):
    info = _info(f"{crumb}\nPhụ nữ phường Tân Định ra quân làm sạch kênh rạch\n15/03/2026\n"
                 "Sáng 14/3, Hội LHPN phường Tân Định ra quân với 120 hội viên tham gia.\n")
    assert info["title"] == "Phụ nữ phường Tân Định ra quân làm sạch kênh rạch"


def test_a_headline_with_a_comparison_sign_is_no_breadcrumb():
    # guard: ">" between figures is no breadcrumb
    title = "Thu nhập hộ hội viên > 60 triệu đồng > mức bình quân của xã"
    assert _info(f"{title}\n15/03/2026\nSáng 14/3, Hội LHPN xã An Phú sơ kết mô hình.\n")["title"] == title


# --- a report naming its author --------------------------------------------------------------------------------

@pytest.mark.parametrize("title, level", [
    ("Trích Báo cáo tổng kết công tác Hội và phong trào phụ nữ năm 2025 của Đoàn Chủ tịch Trung ương Hội LHPN "
     "Việt Nam", "central"),
    ("Báo cáo sơ kết 6 tháng đầu năm 2026 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "central"),
    ("Báo cáo kết quả thực hiện nhiệm vụ năm 2025 của Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh", "province"),
    ("Kế hoạch công tác năm 2026 của Ban Chấp hành Hội LHPN phường Thuận Hóa", "commune"),
])
def test_a_report_names_its_author(title, level):
    info = _info(f"{title}\nNăm 2025, toàn Hội kết nạp 450 hội viên mới; sau sắp xếp, cả nước có 3.321 Hội LHPN "
                 "xã, phường và 34 Hội LHPN tỉnh, thành phố; Hội LHPN xã Tân Phú hỗ trợ 12 hộ.\n")
    assert info["org_level"] == level


def test_the_body_that_directs_a_report_is_not_its_author():
    # guard: "theo hướng dẫn của Trung ương Hội" directs; the commune reports
    info = _info("Báo cáo kết quả cuộc thi theo hướng dẫn của Trung ương Hội LHPN Việt Nam\n"
                 "Hội LHPN xã Tân Phú tổ chức cuộc thi với 80 hội viên tham gia; toàn xã có 12 chi hội.\n")
    assert info["org_level"] == "commune"


# --- the political report a committee presents to its own congress ---------------------------------------------

@pytest.mark.parametrize("head, level, old_term", [
    ("BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Hội LHPN xã Tam Dương trình Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm "
     "kỳ 2025 – 2030 (trích)", "commune", "2021 – 2026"),
    ("BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH HỘI LHPN PHƯỜNG LONG BIÊN TRÌNH ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ PHƯỜNG LẦN THỨ I, "
     "NHIỆM KỲ 2025 - 2030", "commune", "2021 - 2026"),
    ("Báo cáo chính trị của Ban Chấp hành Hội LHPN tỉnh Lào Cai trình Đại hội đại biểu Phụ nữ tỉnh Lào Cai lần thứ "
     "I, nhiệm kỳ 2025 – 2030", "province", "2021 – 2026"),
])
def test_a_political_report_to_its_own_congress_opens_the_new_term(head, level, old_term):
    info = _info(f"{head}\nPhần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ {old_term}\n"
                 "Nhiệm kỳ qua, Hội kết nạp 734 hội viên mới, giúp 51 hộ thoát nghèo.\n"
                 "Phần thứ hai: MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 – 2030\nKết nạp 750 hội viên mới.\n")
    assert (info["org_level"], info["period_year"], info["period_span"]) == (level, 2025, "term")


def test_a_draft_for_another_congress_opens_no_term():
    # guard: a commune commenting on the province's draft political report holds no congress of its own
    info = _info("Hội LHPN xã An Bình góp ý dự thảo Báo cáo chính trị trình Đại hội đại biểu Phụ nữ tỉnh lần thứ "
                 "XVII, nhiệm kỳ 2026 – 2031\n10/10/2025\nSáng 9/10, Hội LHPN xã An Bình tổ chức hội nghị góp ý với "
                 "45 cán bộ, hội viên tham dự.\n")
    assert (info["period_year"], info["period_span"]) != (2026, "term")


# --- a page written without diacritics -------------------------------------------------------------------------

@pytest.mark.parametrize("text, level, year, span", [
    ("UBND XA DAM RONG 1 - TINH LAM DONG\nTrang chu > Tin tuc > Hoat dong doan the\n"
     "Hoi LHPN xa Dam Rong 1 so ket 6 thang dau nam 2026\n03/07/2026 09:15\n"
     "Sang 2/7, Hoi LHPN xa Dam Rong 1 to chuc hoi nghi so ket cong tac Hoi 6 thang dau nam 2026. Toan xa hien co "
     "2.146 hoi vien.\n", "commune", 2026, "6m"),
    ("UBND PHUONG TAN DINH - TP HO CHI MINH\nTrang chu > Doan the > Hoi Phu nu\n"
     "Hoi LHPN phuong Tan Dinh tong ket cong tac Hoi nam 2025\n08/01/2026\n"
     "Chieu 7/1, Hoi LHPN phuong Tan Dinh to chuc hoi nghi tong ket; nam 2025 ket nap 140 hoi vien.\n",
     "commune", 2025, "year"),
    ("Hoi LHPN xa Ea Tu so ket quy I/2026\n05/04/2026\n"
     "Sang 4/4, Hoi LHPN xa Ea Tu to chuc so ket quy I; toan xa co 1.250 hoi vien.\n", "commune", 2026, "quarter"),
    ("HOI LHPN TINH DIEN BIEN\nHoi LHPN tinh Dien Bien so ket 9 thang dau nam 2025\n10/10/2025\n"
     "Sang 9/10, Hoi LHPN tinh to chuc so ket 9 thang; toan tinh ket nap 3.100 hoi vien.\n", "province", 2025, "9m"),
])
def test_a_page_without_diacritics(text, level, year, span):
    info = _info(text)
    assert (info["org_level"], info["period_year"], info["period_span"]) == (level, year, span)
    assert info["title"] in text  # the headline as the page writes it


def test_toned_key_words_keeps_length_and_reads_only_plain_pages():
    plain = "Hoi LHPN xa Dam Rong 1 so ket 6 thang dau nam 2026 tai Viet Nam 2026"
    toned = toned_key_words(plain)
    assert len(toned) == len(plain)
    assert toned == "Hội LHPN xã Dam Rong 1 sơ kết 6 tháng đầu năm 2026 tai Viet Nam 2026"
    # guards: a page with its diacritics is read as written; "Viet Nam 2026" is no year; "tinh hinh" names no place
    written = "Hội LHPN xã Hàm Yên sơ kết 6 tháng đầu năm 2026; xa trung tâm, nam 2026 là tên riêng"
    assert toned_key_words(written) is written
    assert toned_key_words("Ban danh gia tinh hinh thang nay") == "Ban danh gia tinh hinh thang nay"


def test_a_name_or_a_common_word_is_no_place_kind():
    # guards: a person's name ("Nguyen Thi Phuong Thao") and "co quan", "tham quan" name no ward or district
    text = "Chi Nguyen Thi Phuong Thao cung cac co quan Nha nuoc va doan tham quan Ha Long"
    assert toned_key_words(text) == text
    assert toned_key_words("Tai xa Ea Tu, Hoi LHPN Xa Ea Tu") == "Tai xã Ea Tu, Hội LHPN Xã Ea Tu"
