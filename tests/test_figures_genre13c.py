"""Figure patterns of the genre found while studying iv12 (thirteenth session, task F3), each with invented phrasings
and guards: a result over its target with the noun said twice, scale products rounded to the digits written, a
fraction of a whole that reads like a date, the places a meeting's video link reached, the count of aims a plan sets
before their list, and the union's own units counted after the merger (the thirteenth session's house rule)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(HEAD + text))


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


# ---- P11: "17 hộ/15 hộ", the noun said twice and more done than the number after it: a result over its target ------
@pytest.mark.parametrize("line, expected", [
    ("Năm 2025, Hội giúp 23 hộ/20 hộ thoát nghèo.", [(23.0, "count", 20.0), (20.0, "count", 20.0)]),
    ("Năm qua Hội mở 6 lớp/5 lớp dạy nghề cho phụ nữ.", [(6.0, "count", 5.0), (5.0, "count", 5.0)]),
    ("Kết quả năm 2025 (kết nạp 212 hội viên/chỉ tiêu 200; giúp 17 hộ/14 hộ thoát nghèo).",
     [(212.0, "count", 200.0), (200.0, "count", 200.0), (17.0, "count", 14.0), (14.0, "count", 14.0)]),
])
def test_result_over_its_target_with_the_noun_twice(line, expected):
    assert [(f["value"], f["unit_class"], f["target"]) for f in facts(line)] == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a share (the noun once, or fewer done than the whole), two different nouns
    ("Có 5/6 hộ đã thoát nghèo.", [(5.0, "ratio", 6.0)]),
    ("Hội giúp 3 hộ/5 hộ đăng ký thoát nghèo.", [(3.0, "ratio", 5.0)]),
    ("Hội vận động 118.000 hội viên/166.000 phụ nữ tham gia.", [(118000.0, "ratio", 166000.0)]),
])
def test_shares_stay_ratios(line, expected):
    assert [(f["value"], f["unit_class"], f["denominator"]) for f in facts(line)] == expected


# ---- P12: a scale word's product rounded to the digits written ------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Hiện có trên 8,3 triệu hội viên được cập nhật dữ liệu.", [(8300000.0, "count")]),
    ("Toàn quốc có 4,1 tỷ đồng vốn vay.", [(4100000000.0, "vnd")]),
    ("Dư nợ đạt 4,23 tỷ đồng.", [(4230000000.0, "vnd")]),
    ("Năm qua có 0,7 triệu hội viên tham gia.", [(700000.0, "count")]),
])
def test_scale_products_rounded(line, expected):
    assert [(f["value"], f["unit_class"]) for f in facts(line)] == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a true decimal stays what it is
    ("Thu nhập tăng 2,5 lần so với trước.", [(2.5, "other")]),
    ("Bình quân 2,6 con/phụ nữ.", [(2.6, "other")]),
])
def test_true_decimals_untouched(line, expected):
    assert [(f["value"], f["unit_class"]) for f in facts(line)] == expected


# ---- P17: a fraction of a whole that reads like a day and month ------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Số hội viên được cập nhật bằng gần 2/3 tổng số hội viên cả nước.", [(2.0, "ratio", 3.0)]),
    ("Số hộ này chiếm 1/4 số hộ nghèo của xã.", [(1.0, "ratio", 4.0)]),
    ("Trên 1/2 số chi hội đạt vững mạnh.", [(1.0, "ratio", 2.0)]),
])
def test_fraction_of_a_whole(line, expected):
    assert [(f["value"], f["unit_class"], f["denominator"]) for f in facts(line)] == expected


@pytest.mark.parametrize("line, expected", [
    # guards: dates stay dates
    ("Ngày 2/3 số hội viên đến dự rất đông.", []),
    ("Từ 1/7 số hộ được vay vốn tăng lên.", []),
    ("Hội họp ngày 2/3, tổng số hội viên dự là 30.", [30.0]),
    ("Ngày 2/3/2026, Hội tổ chức hội nghị.", []),
])
def test_dates_stay_dates(line, expected):
    assert values(line) == expected


# ---- P18: the places a meeting's video link reached ("điểm cầu") -------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Hội nghị trực tuyến sơ kết 6 tháng, kết nối tới điểm cầu Hội LHPN 34 tỉnh, thành phố.", []),
    ("Hội nghị được truyền hình trực tuyến tới các điểm cầu Hội LHPN 126 xã, phường.", []),
    ("Hội nghị kết nối trực tuyến đến các điểm cầu của 27 huyện, thị xã.", []),
])
def test_places_a_link_reached(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: the rooms connected, places where work was done, a room's delegates
    ("Hội nghị kết nối tới 63 điểm cầu với hơn 2.000 đại biểu.", [63.0, 2000.0]),
    ("Hội đã lắp đặt điểm cầu tại 12 xã.", [12.0]),
    ("Tại điểm cầu Hội LHPN tỉnh có 120 đại biểu tham dự.", [120.0]),
])
def test_link_guards(line, expected):
    assert values(line) == expected


# ---- P19: the count of aims a plan sets, before their list ----------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Nhiệm kỳ 2026 - 2031, Đại hội phấn đấu đạt 09 chỉ tiêu: kết nạp 500 hội viên; giúp 30 hộ thoát nghèo.",
     [500.0, 30.0]),
    ("Hội quyết tâm hoàn thành 7 chỉ tiêu chủ yếu sau: kết nạp 200 hội viên.", [200.0]),
    ("Năm 2026, Hội phấn đấu đạt 8 chỉ tiêu như sau: giúp 40 hộ thoát nghèo.", [40.0]),
])
def test_count_of_aims_before_their_list(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: targets met, reported
    ("Năm 2025, Hội đã đạt 8 chỉ tiêu: kết nạp 520 hội viên.", [8.0, 520.0]),
    ("Kết quả đạt và vượt 8 chỉ tiêu.", [8.0]),
    ("Phấn đấu đạt và vượt 10 chỉ tiêu của Nghị quyết.", [10.0]),
    ("Hội phấn đấu đạt 9/10 chỉ tiêu: kết nạp 100 hội viên.", [9.0, 100.0]),
])
def test_targets_met_stay(line, expected):
    assert values(line) == expected


# ---- house rule: the union's own units counted after the merger are figures ----------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Sau sắp xếp, toàn Hội có 34 Hội LHPN tỉnh, thành phố và 3.321 Hội LHPN xã, phường, đặc khu.", [34.0, 3321.0]),
    ("Sau sắp xếp, cả nước có 3.321 Hội LHPN cấp xã, phường, đặc khu.", [3321.0]),
    ("Sau khi sáp nhập, toàn tỉnh còn 102 Hội LHPN cấp xã.", [102.0]),
    # "gồm" as "có": the union's own units
    ("Sau hợp nhất, Hội LHPN tỉnh gồm 102 Hội LHPN xã, phường.", [102.0]),
    ("Hội LHPN xã gồm 14 chi hội với 2.300 hội viên.", [14.0, 2300.0]),
])
def test_unions_after_a_merger_counted(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a place's administrative make-up and a meeting's online participants stay out
    ("Sau sắp xếp, huyện còn 18 xã, thị trấn, Hội LHPN cấp xã là cơ sở của Hội huyện.", []),
    ("Hội nghị có sự tham gia trực tuyến của Hội LHPN 166 xã, phường.", []),
    # an emulation cluster's members, and places
    ("Cụm thi đua số 5 gồm 5 Hội LHPN tỉnh.", []),
    ("Khối thi đua gồm 6 Hội LHPN huyện thành viên.", []),
    ("Cụm gồm 9 tỉnh.", []),
])
def test_make_up_and_participants_stay_out(line, expected):
    assert values(line) == expected


# ---- a place's profile: its area or population, then the units it is made of (iv11 r003's "có 38 xóm") -------------
@pytest.mark.parametrize("line, expected", [
    ("Xã Minh Tân được thành lập trên cơ sở nhập 3 xã, diện tích tự nhiên 45,2 km2, có 26 xóm.", [45.2]),
    ("Phường Hà Đông rộng 17 km2, dân số 120.000 người, có 24 tổ dân phố.", [17.0, 120000.0]),
    ("Xã Minh Tân có diện tích 45 km2, gồm 12 thôn, bản.", [45.0]),
])
def test_place_profile_make_up(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: the union's own units in a profile, places that did something, places where work was done
    ("Xã Minh Tân có diện tích 45 km2, có 12 chi hội.", [45.0, 12.0]),
    ("Năm nay, diện tích lúa đạt 300 ha, có 12 xóm hoàn thành.", [300.0, 12.0]),
    ("Hội tổ chức tuyên truyền tại 12 xóm.", [12.0]),
])
def test_place_profile_guards(line, expected):
    assert values(line) == expected
