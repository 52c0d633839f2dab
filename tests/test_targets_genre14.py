"""Results linked to their targets, and figures that are no targets (issue 11, iv16 FINDINGS P4, P12, P18; iv17
P10, P18; iv19 P9, P12), on invented phrasings, with guards.

P18 (iv16, iv17, iv19): the union's units a target goes to ("giao chỉ tiêu … cho 39 cơ sở Hội") and a bracketed
count of the units inside a per-unit target ("Mỗi Hội LHPN xã (104 đơn vị) …") are figures with no target.
P12 (iv16) / P9 (iv19) / P10 (iv17): a bracketed target with a label or a limit ("(Nghị quyết: từ 30% trở lên)",
"(không quá 0,3%)" after "trong giới hạn cho phép").
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    ("Đầu năm, Thị Hội giao chỉ tiêu kết nạp 500 hội viên và giúp 30 hộ thoát nghèo cho 21 cơ sở Hội.",
     [(500, 500, None), (30, 30, None), (21, None, None)]),
    ("Ban Thường vụ phân bổ chỉ tiêu vận động 12 nhà Đại đoàn kết tới 16 chi hội trực thuộc.",
     [(12, 12, None), (16, None, None)]),
    ("Huyện Hội giao chỉ tiêu thành lập 4 tổ hợp tác cho 9 Hội LHPN xã, thị trấn.", [(4, 4, None), (9, None, None)]),
    # guards: a plan's help to households is a target; units a target names as its own aim stay targets
    ("Phấn đấu năm 2026 hỗ trợ vốn cho 40 hộ phụ nữ nghèo.", [(40, 40, None)]),
    ("Giao chỉ tiêu thành lập mới 3 chi hội phụ nữ.", [(3, 3, None)]),
])
def test_the_units_a_target_goes_to_are_no_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu năm 2026:\n- Mỗi Hội LHPN phường (23 đơn vị) giúp ít nhất 03 hộ thoát nghèo.\n",
     [(23, None, None), (3, 3, None)]),
    ("Mỗi chi hội (48 chi hội) phấn đấu xây dựng ít nhất 1 mô hình sinh kế.", [(48, None, None), (1, 1, None)]),
    ("Phấn đấu mỗi cơ sở Hội (31 cơ sở) nhận đỡ đầu ít nhất 2 trẻ mồ côi.", [(31, None, None), (2, 2, None)]),
    # guard: a bracket holding a target, not a count of the units
    ("Phấn đấu mỗi chi hội kết nạp thêm hội viên (chỉ tiêu 5 hội viên).", [(5, 5, None)]),
])
def test_a_bracketed_count_of_units_in_a_per_unit_target_is_no_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ hội viên tham gia bảo hiểm xã hội tự nguyện đạt 27,5%, chưa đạt (Nghị quyết: từ 30% trở lên).",
     [(27.5, 30, None), (30, 30, None)]),
    ("Tỷ lệ chi hội có mô hình sinh kế 64%, chưa đạt (chỉ tiêu: từ 70% trở lên).", [(64, 70, None), (70, 70, None)]),
    # guards: the labels already read; a past year's level in brackets is no target
    ("Tỷ lệ hội viên được tập huấn 88% (chỉ tiêu: không dưới 85%).", [(88, 85, None), (85, 85, None)]),
    ("Tỷ lệ tập hợp phụ nữ 71% (năm 2024: từ 68%).", [(71, None, None), (68, None, None)]),
])
def test_a_labelled_bracket_target_with_a_floor(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ hộ vay có nợ quá hạn 0,14%, trong giới hạn cho phép (không quá 0,3%).",
     [(0.14, 0.3, None), (0.3, 0.3, None)]),
    ("Nợ quá hạn được giữ ở mức 0,18%, trong giới hạn không quá 0,3% Tỉnh hội giao.",
     [(0.18, 0.3, None), (0.3, 0.3, None)]),
    ("Nợ xấu chỉ 0,05%, nằm trong giới hạn dưới 0,2% mà Ngân hàng Chính sách xã hội huyện đề ra.",
     [(0.05, 0.2, None), (0.2, 0.2, None)]),
    # guard: a limit nobody set nor allowed is no target
    ("Tỷ lệ nợ quá hạn 0,4%, vượt giới hạn 0,3% của năm trước.", [(0.4, None, None), (0.3, None, None)]),
])
def test_a_result_within_the_allowed_limit(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Về chuyển đổi số, 76,5% chi hội đã lập nhóm Zalo, so với mục tiêu 85% vào cuối năm.",
     [(76.5, 85, None), (85, 85, None)]),
    ("Tỷ lệ hội viên tham gia bảo hiểm y tế đạt 91%, so với chỉ tiêu 95% đề ra.", [(91, 95, None), (95, 95, None)]),
    # guards: a comparison with last year is no target; a share against a count target is left alone
    ("Tỷ lệ hộ nghèo còn 2,1%, so với năm trước 3,4%.", [(2.1, None, None), (3.4, None, None)]),
])
def test_a_share_then_so_voi_its_target_share(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Riêng chỉ tiêu 80% hội viên biết sử dụng điện thoại thông minh mới đạt 66%.", [(80, 80, None), (66, 80, None)]),
    ("Chỉ tiêu 60% chi hội có tổ phụ nữ khởi nghiệp đến nay chỉ đạt 45%.", [(60, 60, None), (45, 60, None)]),
    # guard: a count target's rate is no share of it
    ("Chỉ tiêu kết nạp 2.000 hội viên mới đạt 58%.", [(2000, 2000, None), (58, None, None)]),
])
def test_a_share_target_then_the_share_reached(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Quỹ tiết kiệm huy động được 92 triệu đồng, vượt 15% chỉ tiêu 6 tháng (80 triệu đồng).",
     [(92e6, 80e6, 115), (15, None, 115), (80e6, 80e6, None)]),
    ("Hội kết nạp 130 hội viên, đạt 65% chỉ tiêu 9 tháng đầu năm (200 hội viên).",
     [(130, 200, 65), (65, None, 65), (200, 200, None)]),
    # guard: the period's own number is no target
    ("Hội kết nạp 130 hội viên, đạt 65% chỉ tiêu 9 tháng.", [(130, None, 65), (65, None, 65)]),
])
def test_a_rate_of_a_periods_target_then_its_amount(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Cả nhiệm kỳ đã giúp 3.115 hộ thoát nghèo, trong khi chỉ tiêu nhiệm kỳ là 2.500 hộ.",
     [(3115, 2500, None), (2500, 2500, None)]),
    ("Hiện toàn tỉnh có 412 hợp tác xã do phụ nữ làm chủ, trong khi mục tiêu đến năm 2030 là 500 hợp tác xã.",
     [(412, 500, None), (500, 500, None)]),
    # guard: next term's target is not this result's
    ("Hội kết nạp 900 hội viên, trong khi chỉ tiêu nhiệm kỳ tới là 5.000 hội viên.",
     [(900, None, None), (5000, 5000, None)]),
])
def test_a_result_then_trong_khi_the_terms_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu giúp 120 hộ thoát nghèo, đến nay đã giúp 97 hộ, như vậy còn 23 hộ nữa là hoàn thành.",
     [(120, 120, None), (97, 120, None), (23, None, None)]),
    ("Riêng chỉ tiêu kết nạp hội viên chỉ còn thiếu 12 hội viên.", [(12, None, None)]),
    ("Đạt 71%, tương đương 1.420 hội viên; toàn huyện còn thiếu 580 hội viên so với chỉ tiêu năm là 2.000 hội viên.",
     [(71, None, None), (1420, 2000, None), (580, None, None), (2000, 2000, None)]),
    # guard: a poverty rate brought down to a level is a target
    ("Phấn đấu giảm tỷ lệ hộ nghèo còn 1,5%.", [(1.5, 1.5, None)]),
])
def test_the_gap_to_a_target_is_no_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ('Hội vận động xây dựng 64 "Mái ấm tình thương" với tổng kinh phí hơn 3,2 tỷ đồng (kế hoạch cả năm 80 căn).',
     [(64, 80, None), (3.2e9, None, None), (80, 80, None)]),
    ("Các chi hội sửa chữa 15 căn nhà với kinh phí 450 triệu đồng (chỉ tiêu năm 12 căn nhà).",
     [(15, 12, None), (450e6, None, None), (12, 12, None)]),
    # guard: a bracket after the money that counts money is the money's
    ("Hội trao 30 suất quà với tổng kinh phí 15 triệu đồng (kế hoạch 12 triệu đồng).",
     [(30, None, None), (15e6, 12e6, None), (12e6, 12e6, None)]),
])
def test_a_bracketed_plan_after_the_results_cost(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Cũng theo kế hoạch, Hội giúp 120 hộ vay vốn; kết quả đến nay là 108 hộ, đạt 90%, ước cả năm khoảng 125 hộ.",
     [(120, 120, None), (108, 120, 90), (90, None, 90), (125, 120, None)]),
    ("Theo chỉ tiêu năm, Hội vận động 300 suất quà; đến nay trao 270 suất, đạt 90%.",
     [(300, 300, None), (270, 300, 90), (90, None, 90)]),
    # guards: a plan named by its number sets nothing; a bare rate with no plan stays a share
    ("Theo kế hoạch số 12/KH-HPN, Hội tổ chức 5 lớp tập huấn; kết quả đến nay là 4 lớp.", [(5, None, None),
                                                                                          (4, None, None)]),
    ("Kết quả đến nay là 412 hộ, đạt 91,6%.", [(412, None, None), (91.6, None, None)]),
])
def test_a_plan_clause_then_its_result_and_bare_rate(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ('Hội xây 6 nhà "Mái ấm tình thương" tại thôn Nà Pồng, thôn Khuổi Hẩu (chỉ tiêu 4 nhà).',
     [(6, 4, None), (4, 4, None)]),
    ("Chi hội hỗ trợ 9 hộ tại ấp Bình An, ấp Tân Lợi (kế hoạch năm 8 hộ).", [(9, 8, None), (8, 8, None)]),
    # guard: a list of results of other nouns before the bracket keeps the bracket with its own noun
    ("Hội giúp 12 hộ tại xã A, xã B, 3 tổ hợp tác (chỉ tiêu 2 tổ hợp tác).", [(12, None, None), (3, 2, None),
                                                                              (2, 2, None)]),
])
def test_a_bracketed_target_after_the_places_listed(text, expected):
    assert marks(text) == _floats(expected)
