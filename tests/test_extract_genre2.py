"""Issue 11, second round of genre phrasings: numbers inside names, a result written over its target ("320/300"),
a fractional average, past-term shares, and stated achievement. Invented wordings of patterns seen in real reports
(other indicators, units, hedges and word orders than the ones the rules were written on)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


# -- digits inside names are no figures ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hội thành lập “CLB tiết kiệm 5-10 triệu đồng\" với 30 thành viên.", [30]),
    ("Hội ra mắt “Tổ tiết kiệm 50 nghìn đồng” tại 12 chi hội.", [12]),
    ("Chi hội duy trì \"Nhóm tiết kiệm 20.000 đồng/tháng\" cho 45 hội viên.", [45]),
    ("Hội vận động “Câu lạc bộ 3 con ngoan” thu hút 60 gia đình.", [60]),
    ("Đại hội diễn ra tại Trung tâm Hội nghị 25B, có 150 đại biểu dự.", [150]),
    ("Lễ ra mắt tổ chức tại nhà văn hóa khu 12C với 70 hội viên.", [70]),
    ("Thực hiện Nghị quyết 09-NQ/TW, Hội đã giúp 45 hộ thoát nghèo.", [45]),
])
def test_digits_inside_names_are_not_figures(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    # quoted speech that opens on "Tổ chức" is no name: its figures count
    ("Chủ tịch Hội cho biết: “Tổ chức 25 lớp tập huấn cho 1.200 hội viên là kết quả lớn”.", [25, 1200]),
    # a lower-case thousand sign is money talk, "50K" stays out of the name rule's way
    ("Mỗi hội viên góp 50.000 đồng, 80 hội viên tham gia.", [50000, 80]),
    # money glued to a capital Đ or VNĐ is money, not a code like "25B"
    ("Mỗi suất quà trị giá 500.000Đ, tổng cộng 40 suất.", [500000, 40]),
    ("Hỗ trợ 300.000VNĐ/hộ cho 25 hộ.", [300000, 25]),
    # a straight-quoted name that closed: the figures after it count
    ("Mô hình \"Nuôi gà thả vườn\" giúp 20 hộ; dự án \"Hỗ trợ phụ nữ khởi nghiệp\" giúp 35 chị.", [20, 35]),
])
def test_the_name_rules_leave_figures_alone(text, expected):
    assert values(text) == [float(v) for v in expected]


# -- a result written over its target ------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, target, rate", [
    ("Kết nạp 320/300 hội viên, đạt 106,7%.", 320, 300, 106.7),
    ("Kết nạp mới 1.250/1.200 hội viên, đạt 104,2% kế hoạch.", 1250, 1200, 104.2),
    ("Giúp 56/50 hộ thoát nghèo, đạt 112% chỉ tiêu.", 56, 50, 112),
    ("Thành lập 12/10 tổ hợp tác, đạt 120%.", 12, 10, 120),
    ("Vận động 35/30 hội viên tham gia tiết kiệm.", 35, 30, None),
])
def test_a_result_over_a_smaller_number_is_measured_against_it(text, value, target, rate):
    """A part never exceeds its whole: the number after the slash is the target (the written "A/B" stays a ratio
    with its denominator, as SCHEMA has every "A/B")."""
    first = facts(text)[0]
    assert (first["value"], first["unit_class"], first["denominator"], first["target"], first["achievement_pct"]) == (
        value, "ratio", target, target, rate)
    assert not first["is_target"]


@pytest.mark.parametrize("text, value, denominator", [
    ("Có 111/111 cơ sở Hội tổ chức đại hội.", 111, 111),
    ("45/50 chi hội xếp loại vững mạnh.", 45, 50),
    ("Hoàn thành và vượt 10/12 chỉ tiêu.", 10, 12),
])
def test_a_part_of_its_whole_stays_a_ratio(text, value, denominator):
    first = facts(text)[0]
    assert (first["value"], first["unit_class"], first["denominator"], first["target"]) == (
        value, "ratio", denominator, None)


@pytest.mark.parametrize("text", [
    "Ngày 12/10 hội viên các chi hội ra quân dọn vệ sinh.",
    "Sáng 20/10 Phụ nữ xã Tân Lập tổ chức mít tinh.",
])
def test_a_day_and_month_before_a_noun_stays_a_date(text):
    assert values(text) == []


# -- a fractional average is not a count ---------------------------------------------------------------------
@pytest.mark.parametrize("text, value, unit", [
    ("Số con bình quân 2,6 con/phụ nữ.", 2.6, "con"),
    ("Bình quân mỗi chi hội có 2,3 mô hình.", 2.3, "mô hình"),
    ("Trung bình mỗi năm giám sát 1,5 chính sách.", 1.5, "chính sách"),
])
def test_a_fractional_average_is_other_not_a_count(text, value, unit):
    f = facts(text)[0]
    assert (f["value"], f["unit_class"], f["unit"]) == (value, "other", unit)


def test_scaled_counts_stay_counts():
    f = facts("Toàn quốc có 1,6 triệu hội viên tham gia.")[0]
    assert (f["value"], f["unit_class"]) == (1_600_000, "count")


# -- rc4 patterns (invented wordings) ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a range of two rates: the floor at least, the ceiling less than; each a rate against the plan
    ("Có 6 chỉ tiêu đạt từ 105,5% - 310%.", [(105.5, "at_least", 105.5), (310, "less_than", 310)]),
    ("Các chỉ tiêu đạt từ 98% đến 150% kế hoạch.", [(98, "at_least", 98), (150, "less_than", 150)]),
    ("Tỷ lệ hội viên tham gia đạt 85% - 90%.", [(85, "at_least", None), (90, "less_than", None)]),
])
def test_a_range_of_percentages(text, expected):
    got = [(f["value"], f["qualifier"], f["achievement_pct"]) for f in facts(text) if f["unit_class"] == "percent"]
    assert got == [(float(v), q, None if a is None else float(a)) for v, q, a in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hội thực hiện đầy đủ 5/5 nhiệm vụ chung và 9/9 nhiệm vụ cụ thể.", [(5, 5), (9, 9)]),
    ("Hoàn thành 4/4 việc phát sinh.", [(4, 4)]),
    ("Đảm bảo 7/7 nội dung theo kế hoạch.", [(7, 7)]),
])
def test_tasks_done_out_of_tasks_are_ratios(text, expected):
    assert [(f["value"], f["denominator"]) for f in facts(text) if f["unit_class"] == "ratio"] == [
        (float(a), float(b)) for a, b in expected]


@pytest.mark.parametrize("text, expected", [
    ("20-10, Hội LHPN huyện Tân Phú tổ chức mít tinh với 300 hội viên.", [300]),
    ("Tin ảnh\n8-3, Hội LHPN xã tổ chức hội thi cho 120 hội viên.", [120]),
    ("Vận động hội viên thực hiện tiêu chí “5 không - 3 sạch” tại 40 hộ.", [40]),
    ("Xây dựng mô hình 5 có – 3 sạch ở 25 hộ.", [25]),
])
def test_dates_and_slogans_written_with_dashes_are_not_figures(text, expected):
    assert values(text) == [float(v) for v in expected]


def test_an_excerpt_cut_inside_a_word_after_a_count_is_not_money():
    f = facts("Đại hội đã bầu 17 đ")[0]
    assert (f["value"], f["unit_class"]) == (17, "count")


def test_money_in_dong_written_short_stays_money():
    assert [(f["value"], f["unit_class"]) for f in facts("Mỗi suất quà 500.000 đ, trao 20 suất.")] == [
        (500000, "vnd"), (20, "count")]


def targets(text: str) -> list[tuple]:
    return [(f["value"], f["target"]) for f in facts(text)]


@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2025-2030, phấn đấu hằng năm mỗi chi hội giúp 2 hộ thoát nghèo. Toàn phường vận động 15 phụ nữ "
     "tham gia học nghề.", [(2, 2), (15, 15)]),
    ("Đại hội đề ra các chỉ tiêu: mỗi năm kết nạp 100 hội viên. Các cấp hội phối hợp hỗ trợ 8 phụ nữ khởi nghiệp.",
     [(100, 100), (8, 8)]),
    ("Phấn đấu hằng năm mỗi cơ sở hội giúp 3 hộ thoát nghèo. Toàn huyện, hỗ trợ thành lập 4 tổ hợp tác.",
     [(3, 3), (4, 4)]),
])
def test_a_target_list_goes_on_in_a_sentence_opened_by_the_whole_unit(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu hằng năm mỗi cơ sở hội giúp 3 hộ thoát nghèo. Toàn xã đã giúp 20 hộ.", [(3, 3), (20, None)]),
    ("Mỗi năm kết nạp ít nhất 100 hội viên. Toàn huyện có 45 chi hội.", [(100, 100), (45, None)]),
    ("Mỗi chi hội xây dựng 1 mô hình. Toàn tỉnh hiện có 320 mô hình.", [(1, 1), (320, None)]),
])
def test_a_whole_unit_sentence_that_reports_or_counts_is_no_target(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    # a period's years right before the cue do not make it a count of targets ("8 chỉ tiêu")
    ("Giai đoạn 2025-2030 phấn đấu hỗ trợ thành lập mới ít nhất 10 HTX, 30 tổ hợp tác.", [(10, 10), (30, 30)]),
    ("Nhiệm kỳ 2025 - 2030 phấn đấu 95% hội viên được tập huấn chuyển đổi số.", [(95, 95)]),
    ("Năm 2026 phấn đấu kết nạp 450 hội viên mới.", [(450, 450)]),
])
def test_a_year_before_the_cue_still_sets_targets(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


@pytest.mark.parametrize("text, head, rate", [
    # growth between the result and its rate is not the rate restated
    ("Năm 2024 kết nạp 1.240 hội viên mới, tăng 8% so với năm 2023, đạt 103% kế hoạch.", 1240, 103),
    ("Giải ngân 12 tỷ đồng, tăng 5,5% so với cùng kỳ, bằng 110% kế hoạch năm.", 12e9, 110),
])
def test_a_rate_after_growth_measures_the_result(text, head, rate):
    got = {f["value"]: f["achievement_pct"] for f in facts(text)}
    assert got[head] == rate


def test_a_table_row_with_a_fractional_average_measures_it_against_the_whole_target():
    text = ("TT\nChỉ tiêu\nKết quả\n- Số chính sách trung bình giám sát hằng năm\n\n+ Cấp huyện\n\n02\n\n3,4\n"
            "(Vượt chỉ tiêu)\n")
    got = [(f["value"], f["unit_class"], f["target"]) for f in facts(text)]
    assert got == [(2, "count", 2), (3.4, "other", 2)]


def test_a_circuit_named_by_its_number_is_no_figure():
    assert values("Hội nhận Bằng khen trong thực hiện dự án đường dây 500 kV, mạch 3, giúp 12 hộ di dời.") == [12]


@pytest.mark.parametrize("text", [
    # goals named in what was done: the past term's shares are results
    "5 năm qua, các tầng lớp phụ nữ huyện đã góp phần thực hiện thắng lợi các mục tiêu phát triển, thu hút trên 88% "
    "hội viên tham gia; 100% chi hội duy trì sinh hoạt.",
    "Nhiệm kỳ qua, phụ nữ thị xã đã chung tay thực hiện các mục tiêu an sinh, 97% hộ hội viên có BHYT.",
    "Năm qua, Hội đã phấn đấu vượt khó, giúp 50 hộ thoát nghèo.",
])
def test_goals_named_in_what_was_done_set_no_target(text):
    assert all(t is None for _v, t in targets(text))


@pytest.mark.parametrize("text, expected", [
    ("Hội đã đề ra mục tiêu giúp 40 hộ thoát nghèo.", [(40, 40)]),
    ("Nhiệm kỳ qua, Hội đã xác định mục tiêu kết nạp 500 hội viên.", [(500, 500)]),
])
def test_a_goal_set_in_the_past_is_still_a_target(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    # points over a share's target, the target word between
    ("Số hội viên tham gia tiết kiệm đạt 95%, vượt chỉ tiêu 5%.", [(95, None), (5, None)]),
    ("Tỷ lệ tập hợp đạt 88% (vượt kế hoạch 3%).", [(88, None), (3, None)]),
    # a count over its target by a share: 100 + X
    ("Giúp 60 hộ, vượt chỉ tiêu 20%.", [(60, 120), (20, 120)]),
])
def test_exceeding_by_points_or_by_a_share(text, expected):
    assert rates(text) == [(float(v), None if a is None else float(a)) for v, a in expected]


def rates(text: str) -> list[tuple]:
    return [(f["value"], f["achievement_pct"]) for f in facts(text)]


@pytest.mark.parametrize("text, expected", [
    ("Bài 3 - Phụ nữ khởi nghiệp. Có 45 phụ nữ tham gia.", [45]),
    ("Phần 2: Kết quả nổi bật. Hội giúp 10 hộ.", [10]),
    ("Chương trình \"1 triệu sáng kiến\" thu hút 500 hội viên.", [500]),
    # a count of articles is no series' part
    ("Hội đăng 12 bài, 30 tin trên trang. Viết 5 bài 3 tin.", [12, 30, 5, 3]),
    ("Nhóm 5 - 7 hộ liên kết nuôi bò.", [5, 7]),
])
def test_series_parts_and_quoted_names_are_not_figures(text, expected):
    assert values(text) == [float(v) for v in expected]


def test_a_numbered_item_of_a_review_measures_its_result_against_its_target():
    text = ("Sơ kết giữa nhiệm kỳ\nChỉ tiêu 3: 95% hội viên được tuyên truyền. Kết quả đạt 97%.\n"
            "Chỉ tiêu 4: Hằng năm thành lập 2 tổ hợp tác. Kết quả: đã thành lập 7 tổ hợp tác, 30% hội viên tham gia.\n"
            "Chỉ tiêu 5: Mỗi năm mỗi cơ sở hội giúp ít nhất 2 hộ thoát nghèo. Kết quả đã giúp 96 hộ.")
    assert targets(text) == [(95, 95), (97, 95), (2, 2), (7, 2), (30, None), (2, 2), (96, None)]


@pytest.mark.parametrize("text, expected", [
    ("Đã giúp 300 hộ thoát nghèo/KH 250 hộ, đạt 120%.", [(300, 250), (250, 250), (120, None)]),
    ("Số hội viên mới là 850 người, vượt 6,25% so với chỉ tiêu giao (800 người).",
     [(850, 800), (6.25, None), (800, 800)]),
])
def test_a_target_written_after_a_slash_or_in_parentheses_after_the_rate(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2025-2030, Hội phấn đấu mỗi năm kết nạp 30 hội viên. 19 đại biểu được bầu đi dự Đại hội Phụ nữ tỉnh.",
     [(30, 30), (19, None)]),
    ("Trong nhiệm kỳ tới, Hội xác định phát huy vai trò. Bên cạnh đó, Ban Chấp hành gồm 15 đồng chí được giới thiệu.",
     [(15, None)]),
    ("Nhiệm kỳ 2025-2030, Hội phấn đấu mỗi năm kết nạp 30 hội viên. 100% chi hội có mô hình.", [(30, 30), (100, 100)]),
])
def test_an_election_inside_a_target_list_is_no_target(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    # after a year's comma, a number that is no year opens the sentence: it counts
    ("Năm 2017, 48 Hội Phụ nữ cơ sở đã giúp 30 hộ.", [48, 30]),
    ("Nhiệm kỳ 2021-2026, 14 Hội LHPN xã đạt vững mạnh.", [14]),
    # a list of years goes on
    ("Trong các năm 2016, 2017, Hội giúp 30 hộ.", [30]),
])
def test_a_count_after_a_years_comma(text, expected):
    assert values(text) == [float(v) for v in expected]


def test_the_items_under_a_plans_title_line_are_targets_and_last_years_results_are_not_measured_by_them():
    text = ("Kế hoạch công tác Hội năm 2025\nI. Mục tiêu\n1. Kết nạp mới 1.200 hội viên.\n2. Giúp 50 hộ thoát nghèo.\n"
            "3. 100% cơ sở Hội tổ chức sinh hoạt chuyên đề.\nII. Kết quả năm 2024\nNăm 2024, toàn tỉnh kết nạp 1.150 "
            "hội viên, giúp 48 hộ thoát nghèo.")
    assert targets(text) == [(1200, 1200), (50, 50), (100, 100), (1150, None), (48, None)]


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu cụ thể\n- Kết nạp 300 hội viên\n- Đã giúp 20 hộ\nNăm qua có 15 hộ thoát nghèo.",
     [(300, 300), (20, None), (15, None)]),
    ("Năm 2024, Hội đăng ký xây dựng 100 công trình. Kết quả, năm 2024 các cấp hội đã thực hiện 118 công trình.",
     [(100, 100), (118, 100)]),
])
def test_section_lists_and_same_year_results(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, qualifier, quote", [
    ("Thu hút gần như 100% hội viên tham gia.", "nearly", "gần như 100%"),
    ("Trên dưới 300 phụ nữ dự.", "about", "Trên dưới 300 phụ nữ"),
    ("Vận động xấp xỉ 2 tỷ đồng.", "about", "xấp xỉ 2 tỷ đồng"),
])
def test_compound_hedges(text, qualifier, quote):
    f = facts(text)[0]
    assert (f["qualifier"], f["quote"]) == (qualifier, quote)


@pytest.mark.parametrize("text, expected", [
    ("Đăng ký 100 công trình chào mừng Đại hội. Kết quả, các cấp hội đã thực hiện 118 công trình.",
     [(100, 100), (118, 100)]),
    ("Các chi hội đăng ký 35 phần việc thiết thực.", [(35, 35)]),
    ("Có 500 hội viên đăng ký tham gia.", [(500, None)]),
])
def test_works_registered_are_pledged(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, unit", [
    ("Kết nạp mới 820 hội viên (chỉ tiêu 700).", "hội viên"),
    ("Hỗ trợ 230 phụ nữ khởi nghiệp (chỉ tiêu 200).", "phụ nữ"),
])
def test_a_bare_target_in_parentheses_counts_what_its_result_counts(text, unit):
    result, target = facts(text)[:2]
    assert (target["value"], target["is_target"], target["unit"]) == (result["target"], True, unit)
