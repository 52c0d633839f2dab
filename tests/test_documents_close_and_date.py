"""A review's year against its closing plan, and the date of a plan's letterhead or of a byline under the headline
(issue 11, iv8 study: D1, D2). Invented reports of communes, wards and provinces after the 2025 reform."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text, year", [
    # a headline's verdict on the year's tasks reports that year; the closing plan is next year's
    ("Xã Nậm Ty: Hội Phụ nữ hoàn thành xuất sắc nhiệm vụ năm 2024\n20/12/2024 | 215 lượt xem\n\nHội LHPN xã hiện có "
     "24 chi hội với 2.310 hội viên.\n\nTrong năm, Hội kết nạp mới 120 hội viên, giúp 7 hộ thoát nghèo.\n\nNăm 2025, "
     "Hội tiếp tục phấn đấu kết nạp 150 hội viên, giúp 8 hộ thoát nghèo.", 2024),
    ("Phụ nữ phường An Khánh hoàn thành tốt nhiệm vụ năm 2025\n\nHội LHPN phường có 18 chi hội. Trong năm, Hội giúp "
     "12 hộ thoát nghèo.\n\nNăm 2026, phấn đấu kết nạp trên 100 hội viên.", 2025),
    ("Hội LHPN đặc khu Cô Tô hoàn thành toàn diện các nhiệm vụ năm 2025\n\nCác chi hội trao 60 suất quà.\n\nNăm 2026, "
     "các cấp Hội sẽ tập trung phát triển hội viên.", 2025),
    # the year opening the closing plan's sentence is planned, whatever came before
    ("Hội LHPN xã Mường Lạn tổng kết công tác Hội\n\nNăm 2026, Hội LHPN xã sẽ tập trung phát triển hội viên. Hội nghị "
     "đánh giá trong năm 2025 các chi hội kết nạp 95 hội viên.", 2025),
    # guards: tasks willed are planned; a year told as done is reported
    ("Hội LHPN xã Tân Hòa quyết tâm hoàn thành xuất sắc nhiệm vụ năm 2026\n\nSáng 5/1, Hội LHPN xã Tân Hòa triển khai "
     "nhiệm vụ, phấn đấu kết nạp 120 hội viên.", 2026),
    ("Hội LHPN phường Tân Mai: dấu ấn công tác Hội\n\nNăm 2025, Hội đã phấn đấu vượt khó, kết nạp 95 hội viên. Năm "
     "2026, các cấp Hội phấn đấu kết nạp 120 hội viên.", 2025),
    ("Hội LHPN phường Tân Mai: dấu ấn công tác Hội\n\nNăm 2025, Hội tiếp tục duy trì 12 mô hình, kết nạp 95 hội viên.",
     2025),
])
def test_the_year_reviewed_not_the_closing_plan(text, year):
    assert info(text)["period_year"] == year


@pytest.mark.parametrize("text, published", [
    # a Word plan's letterhead: the number's cell, then the place and date
    ("HỘI LHPN TỈNH GIA LAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 05/KH-BTV\tGia Lai, ngày 09 tháng 01 năm 2026\n\nKẾ HOẠCH\nCông tác Hội năm 2026\n\nNăm 2026, phấn đấu "
     "kết nạp 12.000 hội viên mới.", "2026-01-09"),
    ("BCH HỘI LHPN XÃ TÂN LẬP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12-BC/HPN\tTân Lập, ngày 5 tháng 12 năm 2025\n\n"
     "BÁO CÁO\nKết quả công tác Hội năm 2025\n\nTrong năm, Hội kết nạp 86 hội viên.", "2025-12-05"),
    # a date and its author under the headline
    ("Phường Đông Hải sơ kết công tác Hội 6 tháng đầu năm 2026\n08/07/2026 | Hội LHPN phường Đông Hải\n\nNgày 7/7, "
     "Ban Chấp hành Hội họp phiên thường kỳ.", "2026-07-08"),
    ("Xã Ea Tu ra mắt mô hình sinh kế\n21/03/2026 | Thu Hà\n\nSáng 20/3, Hội LHPN xã ra mắt mô hình.", "2026-03-21"),
])
def test_a_letterhead_or_a_byline_dates_the_report(text, published):
    assert info(text)["published"] == published


@pytest.mark.parametrize("text", [
    # guards: a date inside a sentence under the headline, a range of days
    "Xã Ea Tu ra mắt mô hình sinh kế\nNgày 21/03/2026, Hội LHPN xã ra mắt mô hình | 45 thành viên tham gia.",
    "Hội thi nữ công gia chánh\n21/03/2026 | Hội LHPN xã tổ chức hội thi với 12 đội thi.\n\nHội thi diễn ra sôi nổi.",
])
def test_no_date_from_a_sentence(text):
    assert info(text)["published"] is None


REPORT = ("Hội LHPN tỉnh Quảng Trị tổng kết công tác Hội năm 2025\n\nSáng 20/12, Hội LHPN tỉnh Quảng Trị tổ chức hội "
          "nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025. Trong năm, các cấp Hội trong tỉnh kết nạp "
          "9.800 hội viên mới, giúp 640 hộ thoát nghèo.")


@pytest.mark.parametrize("line", [
    # a page's codes above the article: no headline, no reporter
    "STK: 3711 0000 123456 - Agribank - Chủ TK: Hội LHPN xã Tân Lập",
    "Số tài khoản: 1234567890 tại Vietcombank, chủ tài khoản Hội LHPN phường An Khánh",
    "Tổng đài quốc gia bảo vệ trẻ em: 111",
    "Mã số thuế: 3200123456",
    "Hội LHPN Phường 4 (cũ), nay là phường Đông Hà",
    "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/7/2025 của UBND tỉnh Quảng Trị",
    "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh",
    "Quyết định 359/QĐ-HLHPN ngày 2/1/2026",
    "Quyết định 115/QĐ-HLHPN ngày 9.8.2025",
    "Mã định danh: H14.96",
])
def test_a_pages_codes_above_the_article_leave_its_reading(line):
    got = info(f"{line}\n{REPORT}")
    assert (got["title"], got["org_level"], got["province"], got["period_year"]) == (
        "Hội LHPN tỉnh Quảng Trị tổng kết công tác Hội năm 2025", "province", "Quảng Trị", 2025)


@pytest.mark.parametrize("text, title", [
    # guards: a headline about an act or a ward's union stays a headline
    ("Hội LHPN tỉnh triển khai Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính\n\nSáng 3/7, Hội LHPN tỉnh tổ "
     "chức hội nghị.", "Hội LHPN tỉnh triển khai Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính"),
    ("Hội LHPN phường Đông Hà ra mắt Ban Chấp hành sau sắp xếp\n\nSáng 3/7, Hội LHPN phường Đông Hà (gồm Phường 4 "
     "(cũ), nay là phường Đông Hà) ra mắt.", "Hội LHPN phường Đông Hà ra mắt Ban Chấp hành sau sắp xếp"),
])
def test_headlines_naming_acts_stay(text, title):
    assert info(text)["title"] == title
