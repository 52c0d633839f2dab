"""Targets opened by an assigning or plan cue (issue 11, iv13 FINDINGS E; iv14 P4a), on invented phrasings, with
guards: results told with the same verbs, a review's "mục tiêu đã đề ra", handing over ("bàn giao"), a meeting ("giao
ban"), a problem "đặt ra".
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
