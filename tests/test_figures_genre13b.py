"""Figure patterns of the genre left after task F (thirteenth session, task F2), each with invented phrasings and
guards: money for each one written "đ/<unit>/<period>", the goods given to each of the units just counted, and the
bar indicators are counted by when they passed it by more than a share."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"


def facts(text: str) -> list[tuple[float, str, str | None]]:
    return [(f["value"], f["unit_class"], f["unit"]) for f in extract_facts(normalize_text(HEAD + text))]


def values(text: str) -> list[float]:
    return [f[0] for f in facts(text)]


# ---- money for each one written with a bare "đ" then "/<unit>" (iv7 r014) ----------------------------------------
@pytest.mark.parametrize("line, unit", [
    ("Hội nhận đỡ đầu 4 em, mức 300.000đ/em/tháng.", "VND/em/tháng"),
    ("Mỗi cháu được hỗ trợ 1.000.000 đ/cháu/năm.", "VND/cháu/năm"),
    ("Quà tặng trị giá 400.000đ/chị.", "VND/chị"),
    ("Hội chi 250.000đ/con/tháng cho trẻ mồ côi.", "VND/con/tháng"),
])
def test_money_for_each_one_after_a_bare_d_is_money(line, unit):
    assert [f for f in facts(line) if f[0] >= 1000] == [(facts(line)[-1][0], "vnd", unit)]


@pytest.mark.parametrize("line, expected", [
    # guards: "đ/c" is "đồng chí"; money per unit already read
    ("Đại hội bầu 3 đ/c vào Ban Thường vụ.", [(3.0, "count", "đ")]),
    ("Có 15 đ/c, 2 đ/c vắng mặt.", [(15.0, "count", "đ"), (2.0, "count", "đ")]),
    ("Hội trao 20 suất, mỗi suất 500.000đ/suất.", [(20.0, "count", "suất"), (500000.0, "vnd", "VND/suất")]),
])
def test_comrades_and_money_per_unit_stay_as_they_were(line, expected):
    assert facts(line) == expected


# ---- the goods given to each of the units just counted (iv7 r011) -----------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Hội tặng 8 hộ nghèo, mỗi hộ 2 con bò giống.", [8.0, 2.0]),
    ("Hội hỗ trợ 20 hộ nuôi gà thả vườn, mỗi hộ 50 con gà giống.", [20.0, 50.0]),
    ("Hội trao 30 suất quà, mỗi suất 10 kg gạo.", [30.0, 10.0]),
])
def test_the_goods_given_to_each_are_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: the make-up of each one counted stays out (rc8 B3)
    ("Hội thi với 09 đội (mỗi đội có 05 thành viên).", [9.0]),
    ("Hội thành lập 12 tổ tiết kiệm, mỗi tổ 15 thành viên.", [12.0]),
    ("Hội hỗ trợ 5 tổ hợp tác, mỗi tổ có 7 thành viên.", [5.0]),
])
def test_the_make_up_of_each_stays_out(line, expected):
    assert values(line) == expected


# ---- indicators counted by how far they passed their plan (iv9 r004; SCHEMA: a threshold of an indicator) ---------
@pytest.mark.parametrize("line, expected", [
    ("Năm qua, Hội hoàn thành 10/10 chỉ tiêu; trong đó có 6 chỉ tiêu vượt trên 20%.", [10.0, 6.0]),
    ("Hội đạt và vượt 9/9 chỉ tiêu, trong đó 4 chỉ tiêu vượt từ 30% trở lên.", [9.0, 4.0]),
    ("Kết quả, 7/8 chỉ tiêu hoàn thành, có 5 chỉ tiêu vượt hơn 10% kế hoạch năm.", [7.0, 5.0]),
])
def test_the_bar_indicators_passed_by_is_no_figure(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: the rate indicators reached, an exact excess, a result's excess
    ("Có 8 chỉ tiêu đạt và vượt, 2 chỉ tiêu đạt trên 90%.", [8.0, 2.0, 90.0]),
    ("Có 6 chỉ tiêu vượt 20%.", [6.0, 20.0]),
    ("Kết nạp 120 hội viên, vượt trên 20% chỉ tiêu.", [120.0, 20.0]),
])
def test_rates_reached_and_exact_excesses_stay_figures(line, expected):
    assert values(line) == expected


# ---- the places just named, counted again where the work was done (rc4 r005) ------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Hội trao quà cho hộ nghèo tại các xã Xuân Đài, Minh Đài. Tại 2 xã, Hội đã trao 25 suất quà.", [25.0]),
    ("Đoàn làm việc ở hai phường Đông Hòa và Tây Hòa; tại 2 phường này, Hội giúp 12 hộ.", [12.0]),
    ("Hội khảo sát các thôn Nà Lầy, Bản Phố và Cốc Ly. Ở 3 thôn, 40 hộ được hỗ trợ.", [40.0]),
])
def test_the_places_just_named_counted_again_are_no_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: another number of places, places that did something, places where work was done
    ("Hội làm việc tại các xã Xuân Đài, Minh Đài. Tại 5 xã, Hội trao 25 suất quà.", [5.0, 25.0]),
    ("Hội trao quà tại các xã Xuân Đài, Minh Đài. Năm nay, 2 xã đã kết nạp 40 hội viên.", [2.0, 40.0]),
    ("Hội tổ chức tuyên truyền tại 3 xã, thu hút 200 người.", [3.0, 200.0]),
])
def test_other_counts_of_places_stay_figures(line, expected):
    assert values(line) == expected
