"""A commune's or ward's province in the era the report was written (invented texts, real patterns of the genre).

After 1 July 2025 communes and wards were merged and renamed: "phường Ba Đình" was Thanh Hóa's (Bỉm Sơn) and is Hà
Nội's, "phường Hai Bà Trưng" was Vĩnh Phúc's and is Hà Nội's. A report dated on or after 1 July 2025, or one that
says it comes after the reform (a commune's congress of term 2025–2030, "sau sắp xếp", "(mới)"), names the new
ward; one dated before names the old one; an undated report with no such sign stays undecided."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


def where(text: str) -> tuple:
    got = info(text)
    return got["org_level"], got["province"]


@pytest.mark.parametrize("text, province", [
    ("Phụ nữ phường Ba Đình ra quân làm sạch môi trường\n12/10/2025 09:30\nSáng 11/10, Hội LHPN phường Ba Đình tổ "
     "chức ra quân với 150 hội viên tham gia.", "Hà Nội"),
    ("Hội LHPN phường Hai Bà Trưng sơ kết 9 tháng năm 2025\nNgày đăng : 08:15, 05/10/2025\nHội LHPN phường Hai Bà "
     "Trưng đã kết nạp 85 hội viên mới, giúp 12 hộ phụ nữ thoát nghèo.", "Hà Nội"),
    ("Phụ nữ phường Long Xuyên hưởng ứng Tháng hành động vì bình đẳng giới\n20/11/2025\nHội LHPN phường Long Xuyên "
     "phối hợp tổ chức truyền thông cho 200 hội viên, phụ nữ.", "An Giang"),
    ("Hội LHPN phường Hoa Lư trao vốn cho hội viên khó khăn\n03/09/2025\nChiều 2/9, Hội LHPN phường Hoa Lư trao 5 "
     "suất vốn, mỗi suất 10 triệu đồng.", "Ninh Bình"),
    ("Phụ nữ phường Lê Đại Hành tổng kết năm 2025\n15/01/2026\nNăm 2025, Hội LHPN phường Lê Đại Hành đã vận động "
     "được 120 triệu đồng giúp phụ nữ khó khăn.", "Hải Phòng"),
])
def test_a_ward_named_after_the_reform_is_its_new_province(text, province):
    assert where(text) == ("commune", province)


@pytest.mark.parametrize("text, province", [
    ("Phụ nữ phường Ba Đình ra quân làm sạch môi trường\n12/10/2023 09:30\nSáng 11/10, Hội LHPN phường Ba Đình tổ "
     "chức ra quân với 150 hội viên tham gia.", "Thanh Hóa"),
    ("Hội LHPN phường Hai Bà Trưng sơ kết 6 tháng đầu năm 2022\nNgày đăng : 08:15, 12/07/2022\nHội LHPN phường Hai "
     "Bà Trưng đã kết nạp 40 hội viên mới.", "Vĩnh Phúc"),
    ("Phụ nữ phường Long Xuyên chung tay xây dựng đô thị văn minh\n20/11/2021\nHội LHPN phường Long Xuyên vận động "
     "hội viên trồng 500 cây xanh.", "Hải Dương"),
    ("Hội LHPN phường Hoa Lư trao vốn cho hội viên khó khăn\n03/05/2024\nChiều 2/5, Hội LHPN phường Hoa Lư trao 5 "
     "suất vốn, mỗi suất 10 triệu đồng.", "Gia Lai"),
    # the last days before the reform still belong to the old ward
    ("Phụ nữ phường Ba Đình tặng quà gia đình chính sách\n20/06/2025\nHội LHPN phường Ba Đình trao 30 suất quà.",
     "Thanh Hóa"),
])
def test_a_ward_named_before_the_reform_is_its_old_province(text, province):
    assert where(text) == ("commune", province)


@pytest.mark.parametrize("text, province", [
    ("Đại hội đại biểu Phụ nữ phường Hai Bà Trưng lần thứ I, nhiệm kỳ 2025 - 2030\nSáng 20/9, Hội LHPN phường Hai "
     "Bà Trưng tổ chức Đại hội với 120 đại biểu.", "Hà Nội"),
    ("Đại hội Phụ nữ phường Ba Đình nhiệm kỳ 2025–2030 thành công tốt đẹp\nĐại hội đại biểu Phụ nữ phường Ba Đình "
     "lần thứ I đã bầu 25 đồng chí vào Ban Chấp hành.", "Hà Nội"),
    ("Phường Long Xuyên tổ chức Đại hội đại biểu phụ nữ lần thứ I\nĐại hội đại biểu Phụ nữ phường Long Xuyên, "
     "nhiệm kỳ 2025 – 2030 có 150 đại biểu tham dự.", "An Giang"),
    ("Đại hội điểm Phụ nữ phường Hoa Lư nhiệm kỳ 2025-2030\nĐại hội đề ra 6 chỉ tiêu, phấn đấu mỗi năm kết nạp ít "
     "nhất 100 hội viên mới.", "Ninh Bình"),
])
def test_an_undated_ward_congress_of_term_2025_2030_is_after_the_reform(text, province):
    assert where(text) == ("commune", province)


@pytest.mark.parametrize("text, province", [
    ("Hội LHPN phường Ba Đình (mới) ra mắt Ban Thường vụ\nHội LHPN phường Ba Đình (mới) có 3.500 hội viên.",
     "Hà Nội"),
    ("Phụ nữ phường Hai Bà Trưng sau sắp xếp\nSau sắp xếp, Hội LHPN phường Hai Bà Trưng có 42 chi hội với 6.000 hội "
     "viên.", "Hà Nội"),
    ("Hội LHPN phường Long Xuyên ổn định tổ chức\nLà phường mới thành lập trên cơ sở sáp nhập 3 phường, Hội LHPN "
     "phường Long Xuyên có 2.100 hội viên; bộ máy chính quyền địa phương 2 cấp đi vào hoạt động.", "An Giang"),
])
def test_an_undated_report_saying_it_comes_after_the_reform(text, province):
    assert where(text) == ("commune", province)


@pytest.mark.parametrize("text", [
    "Phụ nữ phường Ba Đình ra quân làm sạch môi trường\nSáng 11/10, Hội LHPN phường Ba Đình tổ chức ra quân với 150 "
    "hội viên tham gia.",
    "Hội LHPN phường Hai Bà Trưng sơ kết công tác Hội\nHội LHPN phường Hai Bà Trưng đã kết nạp 40 hội viên mới.",
    # a congress of the term before the reform says nothing of the era
    "Đại hội đại biểu Phụ nữ phường Hoa Lư nhiệm kỳ 2021 - 2026\nĐại hội có 100 đại biểu tham dự.",
])
def test_an_undated_report_without_a_sign_stays_undecided(text):
    assert where(text) == ("commune", None)


@pytest.mark.parametrize("text, province", [
    # a ward of one province in both eras
    ("Phụ nữ phường Cam Linh ra quân\n12/10/2025\nHội LHPN phường Cam Linh ra quân với 80 hội viên.", "Khánh Hòa"),
    ("Phụ nữ phường Cam Linh ra quân\n12/10/2023\nHội LHPN phường Cam Linh ra quân với 80 hội viên.", "Khánh Hòa"),
    # an old report keeps its old province's name; the merged one is province_2025
    ("Hội LHPN xã An Khương sơ kết năm 2024\n10/12/2024\nHội LHPN xã An Khương kết nạp 30 hội viên.", "Bình Phước"),
    # the province the text writes after the ward beats the gazetteer in any era
    ("Hội LHPN phường Ba Đình tổng kết năm 2025\n20/12/2025\nHội LHPN phường Ba Đình, tỉnh Thanh Hóa kết nạp 30 "
     "hội viên.", "Thanh Hóa"),
])
def test_controls(text, province):
    assert where(text) == ("commune", province)


def test_an_old_report_keeps_both_eras_names():
    got = info("Hội LHPN phường Hai Bà Trưng sơ kết năm 2022\nNgày đăng : 08:15, 12/12/2022\nHội LHPN phường Hai Bà "
               "Trưng đã kết nạp 40 hội viên mới.")
    assert (got["province"], got["place"]) == ("Vĩnh Phúc", "phường Hai Bà Trưng")


@pytest.mark.parametrize("published, province", [
    ("2025-10-12", "Hà Nội"), ("2025-08", "Hà Nội"), ("2026", "Hà Nội"),
    ("2023-10-12", "Thanh Hóa"), ("2025-06-30", "Thanh Hóa"),
    (None, None), ("2025", None),  # no date, or only the reform's year: undecided
])
def test_the_date_a_caller_gives_dates_the_ward(published, province):
    # documents.extract_document_info knows the article's date from the page's metadata too ("date 2025-10-12")
    from wuanalysis.reporter import _organisation
    from wuanalysis.reporter_places import _province_mentions

    text = normalize_text("Phụ nữ phường Ba Đình ra quân làm sạch môi trường\nSáng 11/10, Hội LHPN phường Ba Đình "
                          "tổ chức ra quân với 150 hội viên tham gia.")
    title = text.split("\n")[0]
    named = _province_mentions(text, title)
    assert _organisation(text, title, named, published=published)[:2] == ("commune", province)


@pytest.mark.parametrize("text, province", [
    # a commune of one territory in both eras, in a 2025 report that recalls its old province and names its new one
    ("Đại hội đại biểu Phụ nữ xã Lộc Hưng lần thứ I, nhiệm kỳ 2025 - 2030\n28/09/2025\nXã Lộc Hưng được thành lập trên "
     "cơ sở sáp nhập các xã Lộc Hưng, Lộc Khánh thuộc huyện Lộc Ninh, tỉnh Bình Phước. Dự Đại hội có bà Nguyễn Thị A, "
     "Phó Chủ tịch Hội LHPN tỉnh Đồng Nai. Hội có 2.300 hội viên.", "Đồng Nai"),
    ("Phụ nữ xã Lũng Cú phát triển du lịch cộng đồng\n15/10/2025\nXã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang "
     "trước đây nay là xã biên giới của tỉnh Tuyên Quang. Hội LHPN xã Lũng Cú đã hỗ trợ 25 hội viên làm homestay.",
     "Tuyên Quang"),
    ("Hội LHPN xã Gia Phúc ra mắt mô hình mới\n02/11/2025\nSau khi tỉnh Hải Dương hợp nhất vào thành phố Hải Phòng, "
     "Hội LHPN xã Gia Phúc ra mắt mô hình với 30 thành viên; Hội LHPN thành phố Hải Phòng hỗ trợ 20 triệu đồng.",
     "Hải Phòng"),
])
def test_a_2025_report_recalling_the_old_province_is_the_new_ones(text, province):
    assert where(text) == ("commune", province)


@pytest.mark.parametrize("text, province", [
    # a commune name several 2025 provinces share: the new province the text names, not the old one it recalls
    ("Đại hội đại biểu Phụ nữ xã Tân Tiến lần thứ I, nhiệm kỳ 2025 - 2030\n28/09/2025\nXã Tân Tiến được thành lập trên "
     "cơ sở sáp nhập các xã của huyện Bù Đốp, tỉnh Bình Phước. Dự Đại hội có bà Nguyễn Thị A, Phó Chủ tịch Hội LHPN "
     "tỉnh Đồng Nai. Hội có 2.300 hội viên.", "Đồng Nai"),
    ("Hội LHPN xã Tân Tiến sơ kết 9 tháng năm 2025\n08/10/2025\nXã Tân Tiến gồm 3 xã cũ của huyện Hưng Hà, tỉnh Thái "
     "Bình. Hội LHPN xã Tân Tiến đã kết nạp 60 hội viên; Hội LHPN tỉnh Hưng Yên ghi nhận kết quả này.", "Hưng Yên"),
    # before the reform the same wording names the province of its day
    ("Hội LHPN xã Tân Tiến sơ kết 9 tháng năm 2023\n08/10/2023\nXã Tân Tiến thuộc huyện Bù Đốp, tỉnh Bình Phước. Hội "
     "LHPN xã Tân Tiến đã kết nạp 60 hội viên.", "Bình Phước"),
])
def test_a_shared_2025_name_takes_the_new_province_the_text_names(text, province):
    assert where(text) == ("commune", province)


@pytest.mark.parametrize("text, province", [
    # the province the text names beats the era's gazetteer, as it beat the gazetteer without an era
    ("Phụ nữ phường Ba Đình ra quân\n12/10/2025\nHội LHPN phường Ba Đình ra quân với 80 hội viên. Đồng chí Phó Chủ "
     "tịch Hội LHPN tỉnh Thanh Hóa dự và phát biểu.", "Thanh Hóa"),
    ("Phụ nữ phường Hai Bà Trưng ra quân\n12/10/2023\nHội LHPN phường Hai Bà Trưng ra quân với 80 hội viên. Lãnh đạo "
     "Hội LHPN thành phố Hà Nội dự.", "Hà Nội"),
])
def test_the_province_the_text_names_beats_the_era(text, province):
    assert where(text) == ("commune", province)


@pytest.mark.parametrize("text, province", [
    # no article date: the lede's dated meeting dates the ward
    ("Phụ nữ phường Ba Đình ra quân làm sạch môi trường\nSáng 5/10/2024, Hội LHPN phường Ba Đình tổ chức ra quân với "
     "150 hội viên tham gia.", "Thanh Hóa"),
    ("Hội LHPN phường Hai Bà Trưng ra mắt Ban Chấp hành\nChiều 16/7/2025, Hội LHPN phường Hai Bà Trưng tổ chức hội "
     "nghị Ban Chấp hành lần thứ nhất với 25 đồng chí.", "Hà Nội"),
    ("Hội LHPN phường Hai Bà Trưng sơ kết quý I\nSáng 28/3/2025, Hội LHPN phường Hai Bà Trưng sơ kết quý I, kết nạp "
     "15 hội viên.", "Vĩnh Phúc"),
    ("Phụ nữ phường Long Xuyên tổng kết năm\nNgày 10/1/2026, Hội LHPN phường Long Xuyên tổng kết năm 2025 với 300 hội "
     "viên mới.", "An Giang"),
])
def test_an_undated_article_is_dated_by_its_lede(text, province):
    assert where(text) == ("commune", province)


def test_a_date_before_the_reform_beats_a_sign():
    # the communes merged on 1 January 2025 were "sau sắp xếp" too: the old ward of a report of March 2025
    assert where("Phụ nữ phường Ba Đình sau sắp xếp\n15/03/2025\nSau sắp xếp, Hội LHPN phường Ba Đình có 1.200 hội "
                 "viên.") == ("commune", "Thanh Hóa")


@pytest.mark.parametrize("published, province, note", [
    ("2025-08-01", "Hà Nội", "from the gazetteer (phường Ba Đình)"),
    ("2024-05-01", "Thanh Hóa", "from the gazetteer (phường Ba Đình)"),
    (None, None, "ambiguous: Hà Nội, Thanh Hóa"),  # no date anywhere, no sign of the reform: both eras' wards
])
def test_a_date_from_the_pages_metadata_dates_the_ward(published, province, note):
    text = ("Hội LHPN phường Ba Đình tổ chức hội nghị sơ kết\nHội LHPN phường Ba Đình vừa tổ chức hội nghị sơ "
            "kết công tác Hội. Trong thời gian qua, Hội đã kết nạp 45 hội viên mới.")
    info = extract_document_info(text, meta_published=published)
    assert (info["org_level"], info["province"], info["province_note"]) == ("commune", province, note)
