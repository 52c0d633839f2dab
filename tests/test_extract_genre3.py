"""Issue 11, third round of genre phrasings (patterns of check set rc5, in new wordings): two-day dates in
brackets, a spaced dash in a disease's name, numbered hamlets, a slogan cut by the excerpt's end, the size of a
resolution's framework after "thuộc", an accent-free copy of the headline, a population count and a ratio after
the verb "hướng dẫn"."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


@pytest.mark.parametrize("text, expected", [
    # "(D và D-M)": the two days of a meeting, whatever the bracket
    ("Sau hai ngày (15 và 16-12) làm việc, hội nghị bế mạc với 120 đại biểu.", [120]),
    ("Hội chợ diễn ra trong 2 ngày (8 và 9-3), thu hút 40 gian hàng.", [40]),
    ("Tập huấn trong 3 ngày (20, 21 và 22-10) cho 85 cán bộ chi hội.", [85]),
    # a range of counts stays a range
    ("Hai xã giúp lần lượt 10 và 12-15 hộ thoát nghèo.", [10, 12, 15]),
])
def test_days_of_a_meeting_in_brackets_are_a_date(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hội hỗ trợ 30 gia đình khó khăn do dịch Covid – 19.", [30]),
    ("Ảnh hưởng của đại dịch COVID — 19, 12 hộ tái nghèo.", [12]),
    ("Hội trao 50 suất quà cho phụ nữ mắc Covid - 19.", [50]),
])
def test_a_disease_name_with_a_spaced_dash(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Chọn chi hội phụ nữ khu phố Bắc Sơn 3 làm điểm, 45 hội viên dự.", [45]),
    ("Hội nghị điểm tổ chức tại thôn Phú Xuân 2 với 60 hội viên.", [60]),
    ("Mô hình ra mắt ở ấp Tân Hòa 1 thu hút 25 thành viên.", [25]),
    # a district with its own figure stays a figure
    ("Kết nạp mới: huyện Đồng Phú 120, huyện Lộc Ninh 95.", [120, 95]),
])
def test_a_numbered_hamlet_is_a_name(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Mỗi năm giúp ít nhất 3 gia đình đạt tiêu chí gia đình \"5", [3]),
    ("Vận động 200 hộ đăng ký danh hiệu “3", [200]),
])
def test_a_slogan_cut_by_the_excerpt_end(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hội đã đạt và vượt 12/18 tiêu chí thuộc 7 chỉ tiêu của Nghị quyết tỉnh và 8 chỉ tiêu của Nghị quyết Trung "
     "ương.", [12]),
    ("Huyện hoàn thành 10/14 tiêu chí thuộc 6 chỉ tiêu Nghị quyết Đại hội.", [10]),
    # targets met are still counted
    ("Hội đạt và vượt 8 chỉ tiêu Nghị quyết đề ra.", [8]),
])
def test_the_frameworks_size_after_thuoc_is_structure(text, expected):
    assert values(text) == [float(v) for v in expected]


def test_an_accent_free_copy_of_the_headline_is_furniture():
    text = ("Hội LHPN tỉnh phấn đấu giúp 500 phụ nữ khởi nghiệp\n\n"
            "hoi lhpn tinh phan dau giup 500 phu nu khoi nghiep\n\n"
            "Năm 2025, Hội LHPN tỉnh phấn đấu giúp 500 phụ nữ khởi nghiệp, đã hỗ trợ 120 phụ nữ.")
    assert values(text) == [500, 500, 120]


def test_an_accent_free_line_that_copies_nothing_is_read():
    text = "Tin tuc\n\nhoi vien tham gia 35 lop tap huan ve ky nang so\n\nHội kết nạp 40 hội viên."
    assert values(text) == [35, 40]


@pytest.mark.parametrize("text, expected", [
    ("Phường có dân số 24.500 người, trong đó nữ chiếm 51%.", [24500, 51]),
    ("Xã mới có dân số hơn 18.000 người.", [18000]),
    # a numbered name after "số" stays a name
    ("Thực hiện Nghị quyết số 13, Hội giúp 20 hộ.", [20]),
])
def test_a_population_after_dan_so(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hội đã hướng dẫn 11/11 chi hội tổ chức hội nghị.", [11]),
    ("Hội LHPN huyện hướng dẫn 14/15 cơ sở hội hoàn thành đại hội.", [14]),
    ("Ban Thường vụ hướng dẫn 9 chi hội tổ chức sinh hoạt chuyên đề.", [9]),
    # a document named "Hướng dẫn" keeps its number out
    ("Thực hiện Hướng dẫn 12-HD/TW, Hội tổ chức 5 lớp.", [5]),
])
def test_a_ratio_or_count_after_the_verb_huong_dan(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Sau 1,5 ngày làm việc (từ 20 đến 21-8), Đại hội bế mạc với 130 đại biểu.", [130]),
    ("Xã Hòa Phú được thành lập trên cơ sở sáp nhập 3 xã: Hòa Phú, Hòa Lợi và An Điền; có 4.000 hội viên.", [4000]),
    # a range of counts before a noun stays a range
    ("Mỗi chi hội giúp từ 2 đến 3-4 hộ.", [2, 3, 4]),
])
def test_a_span_of_days_and_a_list_of_merged_communes(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Số điện thoại đường dây nóng: 0987 654 321, 15 cán bộ trực.", [15]),
    ("Liên hệ chị Hoa (0912 345 678) để đăng ký; 30 suất học bổng.", [30]),
    # a count with a leading zero stays a count
    ("Hội tổ chức 05 lớp cho 120 hội viên.", [5, 120]),
])
def test_a_phone_number_written_in_groups(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Từ ngày 1-3 đến 31-3, Hội tổ chức tháng hành động với 20 hoạt động.", [20]),
    ("Từ ngày 15/10 đến 20/11, 45 chi hội ra quân.", [45]),
])
def test_a_span_of_dates(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hội giúp 12 hộ thoát nghèo.\nTrang 1 2 3 4 5 Tiếp", [12]),
    ("Hội giúp 12 hộ thoát nghèo.\n« 1 2 3 »", [12]),
    # numbers on a line that do not count up are read
    ("Kết quả\n120 150 200", [120, 150, 200]),
])
def test_a_pager_is_furniture(text, expected):
    assert values(text) == [float(v) for v in expected]
