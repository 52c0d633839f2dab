"""Genre patterns found on fresh real reports never used to write the rules (realcheck FINDINGS P1–P7): each rule
with invented phrasings of other provinces, numbers and word orders, including 2025–2030 congress reports and the
communes and wards of the 2025 reform."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def figures(text: str) -> list[tuple]:
    """(value, unit_class, denominator) of every figure."""
    return [(f["value"], f["unit_class"], f["denominator"]) for f in facts(text)]


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


def targets(text: str) -> list[tuple]:
    """(value, is_target) of every figure."""
    return [(f["value"], f["is_target"]) for f in facts(text)]


# -- P4: a ratio right after the period that opens a results paragraph ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2016-2021, 16/16 chỉ tiêu Nghị quyết đều đạt và vượt.", [(16, "ratio", 16)]),
    ("Năm 2024, 9/9 chỉ tiêu đạt và vượt kế hoạch.", [(9, "ratio", 9)]),
    ("Nhiệm kỳ 2020-2025, 120/120 chi hội đạt vững mạnh.", [(120, "ratio", 120)]),
    ("Giai đoạn 2021 – 2025, 35/35 xã, phường có mô hình sinh kế.", [(35, "ratio", 35)]),
    ("Nhiệm kỳ 2025-2030, phường Tân Định có 8/10 chỉ tiêu vượt.", [(8, "ratio", 10)]),
])
def test_a_ratio_after_the_opening_period(text, expected):
    assert figures(text) == [(float(v), u, float(d)) for v, u, d in expected]


@pytest.mark.parametrize("text, expected", [
    ("Đề án 938, 939/QĐ-TTg được triển khai.", []),
    ("Ngày 23, 24/9 Hội tổ chức hội thi.", []),
])
def test_names_and_dates_still_continue_over_a_comma(text, expected):
    assert values(text) == expected


# -- P2: an ISO date is a date whatever follows it ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    (" date 2025-10-06 Phụ nữ xã Thanh Phong phát huy vai trò xây dựng nông thôn mới, giúp 12 hộ thoát nghèo", [12]),
    (" date 2025-09-27 Hội viên phường Ba Đình chung tay xây dựng đô thị văn minh và giúp nhau phát triển kinh tế", []),
    (" date 2024-03 Hộ nghèo xã Quảng Ninh được hỗ trợ vốn vay ưu đãi từ Ngân hàng chính sách xã hội huyện", []),
    ("Cập nhật 2025-07-15 Gia đình hội viên ở phường Hạc Thành nhận 20 suất quà", [20]),
])
def test_an_iso_date_is_never_a_count(text, expected):
    assert values(text) == [float(v) for v in expected]


# -- P1: counts of the text's own items, the Union's standing programmes, rankings ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hội bám sát 10 định hướng trọng tâm của Tổng Bí thư, giúp 45 hộ.", [45]),
    ("Hội đã xác định 5 định hướng lớn và 3 khâu đột phá, kết nạp 210 hội viên.", [210]),
    ("Thực hiện 3 phong trào thi đua, 02 cuộc vận động “Xây dựng gia đình 5 không 3 sạch” và “Phụ nữ học tập”.", []),
    ("Triển khai 2 phong trào thi đua yêu nước, 2 cuộc vận động gắn với 3 nhiệm vụ trọng tâm.", []),
    ("Thực hiện tốt 02 cuộc vận động trong hội viên, phụ nữ", []),
])
def test_the_unions_own_items_are_structure(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Tổ chức 15 cuộc vận động quyên góp ủng hộ người nghèo.", [15]),
    ("Hội đã tổ chức 12 cuộc tuyên truyền cho 600 lượt hội viên.", [12, 600]),
])
def test_campaigns_held_are_still_counted(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Đây là 1 trong 3 địa phương đầu tiên tiến hành Đại hội.", []),
    ("Phường Tân Định là 1 trong 5 đơn vị dẫn đầu của tỉnh, với 420 hội viên.", [420]),
    ("Xã Thọ Phú là một trong 2 xã đầu tiên của huyện tổ chức đại hội điểm.", []),
    ("Hội LHPN tỉnh đứng thứ nhất, là 1 trong 4 tỉnh xuất sắc nhất cụm thi đua.", []),
])
def test_a_rank_among_places_is_not_a_figure(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    # the whole of targets a part is told of is the framework's size, like a ratio's denominator (iv19 P15)
    ("Có 10 trong số 12 chỉ tiêu đạt và vượt kế hoạch.", [10]),
    ("Trong số 273 dự án, có 120 dự án do phụ nữ làm chủ.", [273, 120]),
    ("Dự án của chị Lan là một trong 33 dự án khởi nghiệp đoạt giải cấp vùng.", [33]),
])
def test_out_of_is_still_counted(text, expected):
    assert values(text) == [float(v) for v in expected]


# -- P5: the target flag in congress, plan and mid-term text ------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Đại hội đề ra 12 chỉ tiêu, trong đó 100% cơ sở Hội có mô hình tiết kiệm.", [(100, True)]),
    ("Đại hội đề ra 12 chỉ tiêu, trong đó hằng năm kết nạp ít nhất 300 hội viên.", [(300, True)]),
    ("Đại hội Phụ nữ phường Hạc Thành nhiệm kỳ 2025-2030 thông qua 9 chỉ tiêu chủ yếu, trong đó 95% hội viên được "
     "tập huấn và 100% chi hội đạt vững mạnh.", [(95, True), (100, True)]),
    ("Nghị quyết đề ra 10 chỉ tiêu, gồm thành lập mới 5 hợp tác xã do phụ nữ quản lý.", [(5, True)]),
])
def test_a_counted_heading_with_trong_do_announces_targets(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ qua, Hội đã hoàn thành 12 chỉ tiêu, trong đó 100% cơ sở Hội có mô hình tiết kiệm.",
     [(12, False), (100, False)]),  # targets met are a result
    ("Kết quả thực hiện 9 chỉ tiêu, trong đó kết nạp 3.200 hội viên, vượt kế hoạch.", [(3200, False)]),
])
def test_a_count_of_targets_met_with_trong_do_reports_results(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hằng năm, mỗi cơ sở hội giúp ít nhất 1-2 hộ thoát nghèo, đến nay toàn huyện đã giúp 81 hộ.",
     [(1, True), (2, True), (81, False)]),
    ("Hằng năm, 100% cơ sở hội giúp đỡ hộ nghèo; kết quả đã giúp 42 hộ.", [(100, True), (42, False)]),
    ("Mỗi cơ sở Hội giúp 3 hộ thoát nghèo, đến nay các cơ sở đã giúp được 96 hộ.", [(3, True), (96, False)]),
    ("Hàng năm, 90% chi hội tổ chức sinh hoạt chuyên đề, kết quả bình quân đạt 92%.", [(90, True), (92, False)]),
    # a mid-term review restates the target, then gives the result (this was once read as a description)
    ("Mỗi cơ sở Hội xây dựng ít nhất 1 mô hình, đến nay toàn huyện có 45 mô hình.", [(1, True), (45, False)]),
])
def test_a_restated_target_then_its_result(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hằng năm, Hội tổ chức 15 lớp tập huấn cho 600 hội viên, đã giúp 30 hộ.",
     [(15, False), (600, False), (30, False)]),
    ("Đến năm 2025, toàn tỉnh có 120 mô hình, đã giúp 300 hộ.", [(120, False), (300, False)]),
])
def test_cadence_and_horizon_sentences_that_report(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Giúp 655 hộ thoát nghèo, vượt 365 hộ so với chỉ tiêu Nghị quyết đề ra, góp phần giảm tỷ lệ hộ nghèo xuống "
     "còn 0,39%.", [(655, False), (365, False), (0.39, False)]),
    ("Kết nạp 2.100 hội viên, vượt 100 hội viên so với kế hoạch đề ra, nâng tổng số lên 45.300 hội viên.",
     [(2100, False), (100, False), (45300, False)]),
])
def test_a_cue_measured_by_so_voi_sets_no_target(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Đại hội xác định 3 khâu đột phá, 8 nhóm chỉ tiêu chủ yếu. Cụ thể: hằng năm kết nạp mới 500 hội viên; 100% chi "
     "hội có mô hình tiết kiệm.", [(500, True), (100, True)]),
    ("Nghị quyết Đại hội Phụ nữ xã Thọ Phú nhiệm kỳ 2025-2030 đề ra 7 chỉ tiêu. Trong đó: thu hút 95% phụ nữ tham gia "
     "sinh hoạt Hội, giúp 20 hộ thoát nghèo.", [(95, True), (20, True)]),
    ("Nhiệm kỳ qua, Hội đã hoàn thành 9 chỉ tiêu. Cụ thể: kết nạp 1.200 hội viên, giúp 80 hộ thoát nghèo.",
     [(9, False), (1200, False), (80, False)]),
])
def test_a_list_of_targets_after_its_counted_heading(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


# -- P6: "đạt và vượt 100% chỉ tiêu" is the share of targets met, not an achievement of 200 % ----------------
@pytest.mark.parametrize("text", [
    "Hội LHPN huyện Lạc Sơn hoàn thành đạt và vượt 100% chỉ tiêu nhiệm kỳ.",
    "Nhiệm kỳ 2020 - 2025, Hội LHPN phường Phú Lợi hoàn thành và vượt 100% chỉ tiêu Nghị quyết đề ra.",
    "Các cấp Hội đạt và vượt 100% chỉ tiêu thi đua năm 2025.",
])
def test_targets_met_and_exceeded_carry_no_rate(text):
    assert [f["achievement_pct"] for f in facts(text)] == [None]


@pytest.mark.parametrize("text, rate", [
    ("Tổng dư nợ vượt 25% chỉ tiêu nghị quyết.", 125),
    ("Hội đã giúp 120 hộ thoát nghèo, vượt 20% kế hoạch.", 120),
])
def test_vuot_alone_still_exceeds(text, rate):
    assert [f["achievement_pct"] for f in facts(text) if f["unit_class"] == "percent"] == [rate]


# -- P3: an income floor that defines a counted class is a threshold, not a figure ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("Toàn huyện có 287 mô hình làm kinh tế giỏi có thu nhập trên 100 triệu đồng/năm.", [287]),
    ("Xã Quảng Phú có 45 hộ có thu nhập trên 50 triệu đồng/năm.", [45]),
    ("Phường có 12 hộ kinh doanh đạt thu nhập hơn 200 triệu đồng mỗi năm.", [12]),
    ("Toàn tỉnh có 1.520 hội viên có mức thu nhập từ 100 triệu đồng/năm trở lên.", [1520]),
])
def test_an_income_class_is_a_threshold(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Thu nhập bình quân của hội viên đạt trên 60 triệu đồng/người/năm.", [60e6]),
    ("Mô hình giúp 30 hộ tăng thu nhập, bình quân trên 5 triệu đồng/tháng.", [30, 5e6]),
    ("Tổ hợp tác có 15 thành viên, thu nhập trên 8 triệu đồng/người/tháng.", [15, 8e6]),
])
def test_an_income_reported_is_a_figure(text, expected):
    assert values(text) == [float(v) for v in expected]


# -- P7: counters grouped with commas; schools named by a number ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Truy cập: 72,790,124 lượt truy cập",
    "Tổng số 1,234,567 lượt xem",
    "Đã truy cập 3,456,789",
])
def test_comma_grouped_counters_are_furniture(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Trường Tiểu học Vĩnh Phương 1 trong năm học 2024 – 2025 có 30 học sinh đạt giải.", [30]),
    ("Trường THCS Nguyễn Du 2 tổ chức cho 200 em tham gia.", [200]),
    ("Hội phối hợp với Trường Mầm non Hoa Sen 3, tặng 40 suất quà.", [40]),
    ("Xã có 3 trường tiểu học và 2 trường mầm non đạt chuẩn.", [3, 2]),
])
def test_schools_named_by_a_number(text, expected):
    assert values(text) == [float(v) for v in expected]


# -- congress reports: a numbered list inline, a result with the resolution's target in parentheses ----------
@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2025 – 2030, Đại hội đề ra 08 chỉ tiêu: 1. Hằng năm thu hút 90% phụ nữ tham gia sinh hoạt Hội. 2. Mỗi "
     "năm giúp 15 hộ thoát nghèo.", [(90, True), (15, True)]),
    ("Các chỉ tiêu chủ yếu: 1. Kết nạp 600 hội viên mới; 2. Thành lập 4 hợp tác xã.", [(600, True), (4, True)]),
])
def test_inline_numbered_items_are_markers(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


def test_a_sentence_ending_with_a_count_is_not_a_marker():
    assert values("Số hội viên mới là 12. Hội tổ chức 3 lớp tập huấn.") == [12.0, 3.0]


@pytest.mark.parametrize("text, result, target", [
    ("Tỷ lệ tập hợp phụ nữ đạt 89,5% (Nghị quyết 85%).", 89.5, 85),
    ("Trong nhiệm kỳ, các cấp Hội hỗ trợ 215 hộ thoát nghèo (chỉ tiêu Nghị quyết 150 hộ).", 215, 150),
    ("Phường Hạc Thành kết nạp 320 hội viên (NQ: 300 hội viên).", 320, 300),
])
def test_the_resolutions_target_in_parentheses(text, result, target):
    rows = facts(text)
    assert [(f["value"], f["target"], f["is_target"], f["achievement_pct"]) for f in rows] == [
        (float(result), float(target), False, None), (float(target), float(target), True, None)]


def test_a_resolution_number_is_still_a_name():
    assert values("Thực hiện Nghị quyết 09 của Tỉnh ủy, Hội giúp 25 hộ.") == [25.0]


# -- congress results: targets met, then a cue word that belongs to them ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2020 – 2025, Hội LHPN xã đã hoàn thành và vượt 9/9 chỉ tiêu Nghị quyết đề ra, trong đó kết nạp mới "
     "245 hội viên, đạt 122,5%.", [(9, False), (245, False), (122.5, False)]),
    ("Hội đạt 7/8 chỉ tiêu Nghị quyết Đại hội đề ra, nổi bật là hỗ trợ 120 hộ thoát nghèo.",
     [(7, False), (120, False)]),
])
def test_a_cue_naming_the_targets_met_sets_none(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Hằng năm, mỗi chi hội giúp 1 hộ phụ nữ nghèo; kết quả trong nhiệm kỳ đã giúp 45 hộ, đạt 112% chỉ tiêu.",
     [(1, True), (45, False), (112, False)]),
    ("Hằng năm, mỗi cơ sở Hội xây dựng 1 mô hình kinh tế tập thể.", [(1, True)]),
])
def test_a_cadence_with_a_per_unit_sets_targets(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


def rates(text: str) -> list[tuple]:
    """(value, achievement_pct) of every figure."""
    return [(f["value"], f["achievement_pct"]) for f in facts(text)]


@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ qua, Hội đã hoàn thành và vượt 9/9 chỉ tiêu Nghị quyết, trong đó kết nạp mới 245 hội viên, đạt 122,5%.",
     [(9, None), (245, 122.5), (122.5, 122.5)]),
    ("Về chỉ tiêu giảm nghèo, các cấp Hội giúp 60 hộ thoát nghèo, đạt 120%.", [(60, 120), (120, 120)]),
])
def test_over_100_in_a_sentence_about_targets_measures_the_result(text, expected):
    assert rates(text) == [(float(v), None if a is None else float(a)) for v, a in expected]


@pytest.mark.parametrize("text, expected", [
    ("Tổng dư nợ của hội viên đạt 12 tỷ đồng, đạt 115%.", [(12e9, None), (115, 115)]),
    ("Chỉ tiêu thu hút hội viên tăng 120% so với cùng kỳ, với 360 hội viên.", [(120, None), (360, None)]),
])
def test_over_100_without_targets_stays_on_the_percent(text, expected):
    assert rates(text) == [(float(v), None if a is None else float(a)) for v, a in expected]


@pytest.mark.parametrize("text, expected", [
    ("Tuyen Quang phan dau giam 3% ty le ho ngheo moi nam.", [(3, True)]),
    ("Anh: Hoi LHPN xa phan dau ket nap 200 hoi vien nam 2026", [(200, True)]),
])
def test_an_unaccented_caption_keeps_its_target_cue(text, expected):
    assert targets(text) == [(float(v), t) for v, t in expected]


@pytest.mark.parametrize("text, result, target", [
    ("Tỷ lệ hội viên tham gia sinh hoạt đạt 85%, chưa đạt chỉ tiêu đề ra (90%).", 85, 90),
    ("Tỷ lệ tập hợp phụ nữ đạt 89,5%, vượt chỉ tiêu Nghị quyết đề ra (85%).", 89.5, 85),
    ("Tỷ lệ hộ nghèo còn 1,2%, đạt mục tiêu (dưới 1,5%).", 1.2, 1.5),
])
def test_a_share_target_in_parentheses_after_the_verdict(text, result, target):
    rows = facts(text)
    assert [(f["value"], f["target"], f["is_target"]) for f in rows] == [
        (float(result), float(target), False), (float(target), float(target), True)]
