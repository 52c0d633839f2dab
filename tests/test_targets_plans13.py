"""Targets opened by an assigning or plan cue, a plan's timeline lines and its money told in prose (issue 11, iv13
FINDINGS E, F′, G; iv14 P4a, P7, P8a, P15), on invented phrasings, with guards: results told with the same verbs,
a review's "mục tiêu đã đề ra", handing over ("bàn giao"), a meeting ("giao ban"), a problem "đặt ra".
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # a body hands the amounts down to the union, no "chỉ tiêu" and no "cho"
    ("Đầu năm, Đảng ủy xã giao Hội vận động 120 hội viên mới, thành lập 1 tổ hợp tác và giúp 8 hộ thoát nghèo.",
     [(120, 120), (1, 1), (8, 8)]),
    ("Huyện Hội giao phường vận động 3 nhà Mái ấm trong năm 2026.", [(3, 3)]),
    # the unit is handed the amount ("được … giao"); the progress after "đến nay đã" is a result
    ("Phường được Hội LHPN tỉnh giao xây dựng 6 nhà \"Mái ấm tình thương\" trong năm; đến nay đã khởi công 3 nhà.",
     [(6, 6), (3, 6)]),
    # a resolution or a body sets out its aims ("đặt ra", "đề ra:")
    ("Về giảm nghèo, Nghị quyết đặt ra giúp 80 hộ thoát nghèo trong nhiệm kỳ.", [(80, 80)]),
    ("Ban Chấp hành đặt ra kết nạp 180 hội viên trong năm.", [(180, 180)]),
    ("Năm tới, Hội đề ra: giúp 20 hộ thoát nghèo; 100% chi hội sinh hoạt định kỳ.", [(20, 20), (100, 100)]),
    ("Năm 2027, Hội LHPN huyện đề ra: kết nạp 500 hội viên; giúp 60 hộ thoát nghèo.", [(500, 500), (60, 60)]),
    # the plan's approval told before its aims
    ("Theo kế hoạch được Ban Thường vụ phê duyệt tháng 12/2026, năm 2027 toàn huyện kết nạp 900 hội viên, hỗ trợ 50 hộ "
     "và trao 5 mái ấm.", [(900, 900), (50, 50), (5, 5)]),
    ("Theo kế hoạch đã được Thường trực phê duyệt, năm 2026 toàn xã kết nạp 90 hội viên.", [(90, 90)]),
])
def test_an_assigning_or_plan_cue_opens_targets(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # the amount handed over or done, a review of the aims, a meeting, a problem
    ("Năm 2025 Hội giao cho các chi hội 10 mô hình và đã bàn giao 3 nhà cho hội viên.", [(10, None), (3, None)]),
    ("Đến nay, Đảng ủy đã giao nhiệm vụ và Hội đã kết nạp 40 hội viên.", [(40, None)]),
    ("Kết quả thực hiện các mục tiêu đã đề ra: kết nạp 300 hội viên, giúp 20 hộ.", [(300, None), (20, None)]),
    ("Hội hoàn thành kế hoạch đề ra: giúp 20 hộ thoát nghèo.", [(20, None)]),
    ("Huyện Hội tổ chức giao ban và trao 10 suất quà cho hội viên.", [(10, None)]),
    ("Hội đặt ra nhiều giải pháp, giúp 30 hộ thoát nghèo.", [(30, None)]),
    ("Những khó khăn đặt ra: 30 hộ chưa có việc làm.", [(30, None)]),
])
def test_guards_of_assigning_cues(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # iv14 P4a: "Về chỉ tiêu <giver> giao … là …", a registration with its addressee
    ("Về chỉ tiêu huyện giao năm 2025 là giúp 30 hộ; kết quả giúp 26 hộ.", [(30, 30), (26, 30)]),
    ("Chi hội đăng ký với Hội cấp trên xây dựng 3 mô hình.", [(3, 3)]),
    ("Hội cam kết với Đảng ủy xã vận động 50 hội viên tham gia BHXH.", [(50, 50)]),
    ("Năm 2026 Chi hội đăng ký với Hội LHPN xã kết nạp 25 hội viên.", [(25, 25)]),
])
def test_a_target_handed_down_or_registered(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Về chỉ tiêu giảm nghèo, Hội đã giúp 26 hộ thoát nghèo.", [(26, None)]),
    ("Có 50 hội viên đăng ký với chi hội tham gia tổ tiết kiệm.", [(50, None)]),
])
def test_guards_of_registration(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # guards of the year before "đăng ký": a registration counted keeps its rule, a year is no count
    ("Năm 2025, Cụm đăng ký giúp 5.000 hộ phụ nữ thoát nghèo.", [(5000, 5000)]),
    ("Có 120 hộ đăng ký: 80 hộ vay vốn, 40 hộ học nghề.", [(120, None), (80, None), (40, None)]),
])
def test_a_year_before_a_registration(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # iv13 F′: the rest of an aim agreed for the year ahead, a plan's timeline
    ("Tổng kết năm 2025, Cụm giúp 1.250 hộ thoát nghèo.\nNăm 2026, Cụm thống nhất mỗi tỉnh giúp ít nhất 1.300 hộ thoát "
     "nghèo, thành lập 20 HTX trở lên.", [(1250, None), (1300, 1300), (20, 20)]),
    ("Sơ kết năm 2025. Năm 2026, Hội thống nhất vận động 50 hội viên, thành lập 3 tổ hợp tác.", [(50, 50), (3, 3)]),
    ("Quý III, các chi hội tập trung kết nạp ít nhất 90 hội viên; hoàn thành 4 mái ấm trước ngày 30/9.",
     [(90, 90), (4, 4)]),
    ("KẾ HOẠCH\nCông tác Hội năm 2027\nIV. TIẾN ĐỘ THỰC HIỆN\n- Quý I: hoàn thành kết nạp 25 hội viên.\n"
     "- Quý III: hoàn thành 60 hội viên mới.\n- Tháng 9: bàn giao 2 nhà Mái ấm.", [(25, 25), (60, 60), (2, 2)]),
    # a floor read from "trở lên" after a floor set in its sentence
    ("Tỉnh Gia Lai làm Cụm trưởng năm 2026.\nNăm 2026, các tỉnh trong Cụm giúp tối thiểu 900 hộ thoát nghèo, thành "
     "lập 15 HTX trở lên.", [(900, 900), (15, 15)]),
    ("Các chi hội vận động ít nhất 50 hội viên tham gia, 80% hội viên trở lên được tập huấn.", [(50, 50), (80, 80)]),
])
def test_the_rest_of_an_aim_and_a_plans_timeline(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a review's quarters tell results; a year already reviewed agrees on nothing ahead
    ("BÁO CÁO\nKết quả công tác Hội năm 2025\n- Quý I: kết nạp 30 hội viên.\n- Quý III: đã bàn giao 2 nhà Mái ấm.",
     [(30, None), (2, None)]),
    ("Quý I, Hội kết nạp 30 hội viên, giúp 2 hộ thoát nghèo.", [(30, None), (2, None)]),
    ("Năm 2025, Hội thống nhất kết nạp 60 hội viên.", [(60, None)]),
    ("Năm 2025, Hội giúp ít nhất 30 hộ thoát nghèo, đã thành lập 5 HTX trở lên.", [(30, 30), (5, None)]),
    ("Kết quả, 90% hội viên trở lên được tập huấn, mỗi chi hội giúp ít nhất 2 hộ.", [(90, None), (2, None)]),
])
def test_guards_of_timelines(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # iv13 G, iv14 P15: a plan's money told in prose, its budget foreseen on a line of its own
    ("Hội LHPN huyện triển khai kế hoạch năm 2026\nNgày 10/1, Hội tổ chức hội nghị. Cụ thể, toàn Hội phấn đấu kết nạp "
     "500 hội viên.\nVề nguồn lực, huyện bố trí 1,5 tỷ đồng cho chương trình sinh kế, mức hỗ trợ 15 triệu đồng/hộ.",
     [(500, 500), (1.5e9, 1.5e9), (15e6, 15e6)]),
    ("KẾ HOẠCH\nCông tác Hội năm 2026\nI. CHỈ TIÊU\n1. Kết nạp 200 hội viên.\nIV. TỔ CHỨC THỰC HIỆN\n"
     "Kinh phí thực hiện từ nguồn ngân sách và xã hội hóa, dự kiến khoảng 1,2 tỷ đồng.", [(200, 200), (1.2e9, 1.2e9)]),
    ("KẾ HOẠCH\nHoạt động năm 2026 của Hội LHPN xã\n1. Kết nạp 40 hội viên.\nDự toán kinh phí: trên 50 triệu đồng.",
     [(40, None), (50e6, 50e6)]),
])
def test_a_plans_money_in_prose(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # an earlier year's money in the plan's article, a review's allotment, a review's budget spent
    ("Hội LHPN huyện triển khai kế hoạch năm 2026\nNăm 2025, Hội huy động hơn 3 tỷ đồng và bố trí 800 triệu đồng cho "
     "sinh kế.", [(3e9, None), (800e6, None)]),
    ("Hội LHPN huyện tổng kết năm 2025\nNăm 2025, huyện bố trí 2 tỷ đồng cho chương trình, mức hỗ trợ 10 triệu "
     "đồng/hộ.", [(2e9, None), (10e6, None)]),
    ("BÁO CÁO\nTổng kết công tác Hội năm 2025\nKinh phí thực hiện dự kiến ban đầu 40 triệu đồng, đã chi 38 triệu "
     "đồng.", [(40e6, None), (38e6, None)]),
])
def test_guards_of_plan_money(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # iv14 P8a: a share of units after a result measured against a bracketed target handed down is no target
    ("Sau 9 tháng, toàn xã kết nạp 120 hội viên (chỉ tiêu năm Đảng ủy giao 200 hội viên), đạt 60%. Có 25/25 chi hội "
     "tổ chức sinh hoạt chuyên đề.", [(120, 200), (200, 200), (60, None), (25, None)]),
    # iv14 P7: a result equal to its plan takes its own value as target
    ("Hội giúp 5 hộ thoát nghèo, đúng chỉ tiêu được giao.", [(5, 5)]),
    ("Năm 2025 kết nạp 40 hội viên, bằng kế hoạch năm.", [(40, 40)]),
    ("Hội hỗ trợ thành lập mới 03 tổ hợp tác, bằng chỉ tiêu đăng ký đầu năm.", [(3, 3)]),
])
def test_shares_after_a_bracketed_target_and_results_equal_to_plan(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu năm 2026 kết nạp 300 hội viên. 100% chi hội sinh hoạt định kỳ.", [(300, 300), (100, 100)]),
    ("Hội kết nạp 40 hội viên, bằng 80% kế hoạch năm.", [(40, None), (80, None)]),
    ("Hội kết nạp 40 hội viên, bằng cùng kỳ năm trước.", [(40, None)]),
])
def test_guards_of_lists_and_equal_plans(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # more givers and shapes of the handed-down amount
    ("Hội LHPN tỉnh giao các cơ sở Hội kết nạp 3.000 hội viên trong năm 2026.", [(3000, 3000)]),
    ("Năm 2026, Hội được giao kết nạp 200 hội viên và xây dựng 2 mô hình.", [(200, 200), (2, 2)]),
    ("Năm 2026, Thành phố đề ra: hỗ trợ 500 hộ khởi nghiệp; 100% phường có câu lạc bộ.", [(500, 500), (100, 100)]),
    ("Tỉnh Hội giao: kết nạp 800 hội viên, giúp 60 hộ thoát nghèo.", [(800, 800), (60, 60)]),
])
def test_more_givers(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Kết quả thực hiện chỉ tiêu Tỉnh Hội giao: kết nạp 812 hội viên, giúp 61 hộ thoát nghèo.",
     [(812, None), (61, None)]),
    ("Hội đã giao kết với 3 doanh nghiệp và nhận 20 lao động.", [(3, None), (20, None)]),
    ("Những vấn đề xã đặt ra: 30 hộ chưa có việc làm.", [(30, None)]),
    ("Năm 2025, thành phố đã đề ra: hỗ trợ 500 hộ khởi nghiệp.", [(500, None)]),
])
def test_guards_of_more_givers(text, expected):
    assert marks(text) == _floats(expected)


_PLAN_NEWS = (
    "Hội LHPN xã triển khai kế hoạch năm 2026\nNgày 8/1, Hội LHPN xã tổ chức hội nghị triển khai nhiệm vụ công tác "
    "Hội và phong trào phụ nữ năm 2026 với sự tham dự của đại diện lãnh đạo Đảng ủy, Ủy ban nhân dân xã cùng các chi "
    "hội trưởng và nhiều hội viên tiêu biểu trên địa bàn toàn xã trong không khí phấn khởi.\n")


@pytest.mark.parametrize("text, expected", [
    # technology handed over, a review's quarter kept up, last year's money under its own heading in a plan's article
    ("Hội LHPN tỉnh chuyển giao kỹ thuật giúp 30 hộ nuôi bò.", [(30, None)]),
    ("Báo cáo sơ kết 6 tháng đầu năm 2026. Quý II, Hội duy trì sinh hoạt cho 500 hội viên.", [(500, None)]),
    (_PLAN_NEWS + "Nhìn lại năm 2025\nTrong năm, Hội bố trí 300 triệu đồng cho sinh kế.\nNhiệm vụ năm 2026\n"
     "Về nguồn lực, xã bố trí 500 triệu đồng cho sinh kế.", [(300e6, None), (500e6, 500e6)]),
])
def test_guards_of_handing_over_and_the_past(text, expected):
    assert marks(text) == _floats(expected)


def test_a_deadline_alone_in_a_review_sets_nothing():
    assert marks("Báo cáo sơ kết 6 tháng đầu năm 2026. Quý II, các chi hội hoàn thành 15 mái ấm trước ngày 30/6.") == (
        _floats([(15, None)]))
