"""Genre patterns found on a second fresh real set (realcheck2 FINDINGS A1–B4): each rule with invented
phrasings of other provinces, numbers and word orders, including 2025–2030 commune and ward congresses."""
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
    """(value, is_target, target) of every figure."""
    return [(f["value"], f["is_target"], f["target"]) for f in facts(text)]


# -- B1: "N groups/M members" is two counts, and a number after ")/" or "”/" is read ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("Toàn huyện duy trì 87 tổ/1.204 thành viên tham gia.",
     [(87, "count", None), (1204, "count", None)]),
    ("Phường Tân Định có 12 CLB/356 thành viên sinh hoạt đều đặn.",
     [(12, "count", None), (356, "count", None)]),
    ("Tổ chức được 6.215 cuộc/184.330 lượt hội viên tham dự.",
     [(6215, "count", None), (184330, "count", None)]),
    ("Xã có 9 tổ “5 không, 3 sạch”/97 thành viên và 14 tổ/210 thành viên.",
     [(9, "count", None), (97, "count", None), (14, "count", None), (210, "count", None)]),
    ("Thực hiện 37 (21 công trình, 16 phần việc)/2,45 tỷ đồng.",
     [(37, "count", None), (21, "count", None), (16, "count", None), (2.45e9, "vnd", None)]),
])
def test_a_slash_between_different_nouns_is_two_counts(text, expected):
    assert figures(text) == [(float(v), u, None if d is None else float(d)) for v, u, d in expected]


@pytest.mark.parametrize("text, expected", [
    ("Kết nạp 412.127 hội viên/681.307 tổng số phụ nữ.", [(412127, "ratio", 681307)]),
    ("Có 127 hộ/150 hộ được hỗ trợ.", [(127, "ratio", 150)]),
    ("Toàn tỉnh có trên 96.500 hội viên/131.000 phụ nữ từ 18 tuổi trở lên.", [(96500, "ratio", 131000)]),
    ("Toàn tỉnh tập hợp được 44.120/71.474 phụ nữ trong độ tuổi tham gia sinh hoạt tại các chi hội.",
     [(44120, "ratio", 71474)]),
    ("Hoàn thành 18/18 phường, xã.", [(18, "ratio", 18)]),
    ("Đạt 7/9 chỉ tiêu.", [(7, "ratio", 9)]),
])
def test_ratios_with_one_noun_stay_ratios(text, expected):
    assert figures(text) == [(float(v), u, float(d)) for v, u, d in expected]


def test_a_result_over_its_target_stays_one_figure():
    assert targets("Kết nạp 520 hội viên/500 chỉ tiêu.") == [(520.0, False, 500.0)]


# -- A1: "đăng ký" as the number who registered is no pledge; "X/Y, đạt Z%" is a result ------------------------
@pytest.mark.parametrize("text", [
    "Hội LHPN tỉnh Gia Lai nâng tổng số đăng ký thực hiện 5 tiêu chí xây dựng gia đình lên 185.430 hội viên (trong "
    "đó cán bộ 9.215/9.215, đạt 100%; hội viên 140.118/162.004, đạt 86,49%).",
    "Đến nay, số hội viên đăng ký thực hiện phong trào là 62.714 chị, tăng 3.120 chị so với năm trước.",
    "Đăng ký thực hiện tiêu chí gia đình hạnh phúc: phường Hạc Thành 25/25 chi hội, đạt 100%; xã Đông Sơn 18/20 chi "
    "hội, đạt 90%.",
])
def test_registrations_counted_are_results(text):
    found = targets(text)
    assert found and all(not is_target and target is None for _v, is_target, target in found)


@pytest.mark.parametrize("text, expected", [
    ("Các cơ sở Hội đăng ký giúp 274 hộ thoát nghèo trong năm 2025.", [(274, True, 274)]),
    ("Năm 2026, Hội LHPN phường Long Biên đăng ký hỗ trợ 35 hộ hội viên khó khăn.", [(35, True, 35)]),
])
def test_a_pledge_stays_a_target(text, expected):
    assert targets(text) == [(float(v), t, float(g)) for v, t, g in expected]


# -- A2: congress targets listed "Thứ nhất / Thứ hai / …" --------------------------------------------------------
CONGRESS = (
    "Đại hội xác định 4 chỉ tiêu chủ yếu nhiệm kỳ 2025-2030.\n"
    "Thứ nhất, phấn đấu kết nạp mới 4.500 hội viên.\n"
    "Thứ hai, hằng năm giúp 1.200 hộ có phụ nữ thoát nghèo.\n"
    "Thứ ba, đến cuối nhiệm kỳ, các cấp Hội hỗ trợ 90% phụ nữ bị bạo lực gia đình được tư vấn.\n"
    "Thứ tư, hằng năm, mỗi cơ sở Hội vận động, hỗ trợ thêm 03 hộ gia đình đạt tiêu chí gia đình hạnh phúc.\n"
)


def test_ordinal_items_of_a_congress_list_are_targets():
    assert targets(CONGRESS) == [(4500.0, True, 4500.0), (1200.0, True, 1200.0), (90.0, True, 90.0),
                                 (3.0, True, 3.0)]


def test_ordinal_items_in_one_paragraph_are_targets():
    text = ("Đại hội Phụ nữ phường Hạc Thành lần thứ I thông qua 3 chỉ tiêu. Thứ nhất, mỗi năm kết nạp 150 hội viên. "
            "Thứ hai, đến năm 2030 có 100% chi hội có tổ phụ nữ khởi nghiệp. Thứ ba, hằng năm mỗi chi hội giúp 1 hộ.")
    assert targets(text) == [(150.0, True, 150.0), (100.0, True, 100.0), (1.0, True, 1.0)]


def test_ordinal_items_of_results_are_results():
    text = ("Nhiệm kỳ qua, Hội đạt nhiều kết quả. Thứ nhất, Hội đã kết nạp 3.870 hội viên mới. "
            "Thứ hai, hằng năm Hội đã giúp 520 hộ thoát nghèo. Thứ ba, tổ chức 46 lớp tập huấn cho cán bộ.")
    assert targets(text) == [(3870.0, False, None), (520.0, False, None), (46.0, False, None)]


def test_ordinal_items_far_below_their_heading_are_targets():
    text = ("Nhiệm kỳ 2025 - 2030, Đại hội Phụ nữ tỉnh Lào Cai xác định 5 chỉ tiêu chủ yếu và 3 khâu đột phá.\n"
            "Thứ nhất, Hội tập trung tuyên truyền, giáo dục, nâng cao nhận thức cho hội viên, phụ nữ về chủ trương, "
            "đường lối của Đảng, chính sách, pháp luật của Nhà nước, phát huy truyền thống tốt đẹp của phụ nữ Việt "
            "Nam trong thời kỳ mới, hằng năm tổ chức ít nhất 2 đợt sinh hoạt chuyên đề.\n"
            "Thứ hai, hằng năm giúp 2.300 hộ có phụ nữ thoát nghèo; hỗ trợ 650 phụ nữ khởi nghiệp.\n")
    assert targets(text)[-2:] == [(2300.0, True, 2300.0), (650.0, True, 650.0)]


# -- B2: a threshold inside the definition of an indicator is no figure -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Đảm bảo 24/24 xã, phường đạt tỷ lệ tập hợp hội viên trên 65%.", [24]),
    ("Có 95% chi hội đạt tỷ lệ tập hợp phụ nữ từ 70% trở lên.", [95]),
    ("Xã Tân Hòa có 100% chi hội đăng ký thi đua gắn với thực hiện ít nhất 01 công trình, phần việc cụ thể.", [100]),
    ("Đến nay, 100% cơ sở hội đăng ký xây dựng và thực hiện ít nhất 01 hoạt động thiết thực chào mừng đại hội.", [100]),
    ("Năm 2025, 96% chi hội trên địa bàn phường đã đăng ký thực hiện, duy trì ít nhất 01 mô hình bảo vệ môi trường.",
     [96]),
])
def test_a_threshold_inside_an_indicator_is_dropped(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text, expected", [
    ("Toàn tỉnh đạt tỷ lệ tập hợp hội viên trên 60%.", [60]),
    ("Hằng năm, mỗi chi hội thực hiện ít nhất 01 công trình.", [1]),
    ("Đạt 100% kế hoạch; mỗi cơ sở hội thực hiện ít nhất 01 phần việc thiết thực.", [100, 1]),
])
def test_a_standing_hedged_figure_is_kept(text, expected):
    assert values(text) == [float(v) for v in expected]


# -- B3: structural counts ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Mỗi chi hội duy trì 04 loại hình hoạt động ở 02 mảng nội dung chính.", []),
    ("Hội tập trung vào 3 mảng công tác lớn, trong đó 2 kết quả nổi bật là giảm nghèo và xây dựng gia đình.", []),
    ("Năm qua có 4 kết quả nổi bật: kết nạp 1.250 hội viên mới.", [1250]),
    ("Toàn tỉnh có 45 loại hình câu lạc bộ với 1.200 thành viên.", [45, 1200]),
])
def test_structural_counts_are_no_figures(text, expected):
    assert values(text) == [float(v) for v in expected]


# -- B4: an English page clock -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Sat. May 21st, 2022\nHội LHPN huyện Xuân Lộc kết nạp 320 hội viên mới.", [320]),
    ("Monday, October 3rd, 2025 Phụ nữ xã Tân Phú giúp 15 hộ thoát nghèo.", [15]),
    ("Updated: January 12, 2024 Hội trao 40 suất quà cho hội viên khó khăn.", [40]),
])
def test_an_english_date_is_no_figure(text, expected):
    assert values(text) == [float(v) for v in expected]


@pytest.mark.parametrize("text", ["Có 12 tổ/1/0,0,0 hộ.", "Xã có 5 CLB/3/1.2.3 thành viên.", "Có 12 tổ/0,0,0 hộ."])
def test_a_slash_before_a_number_that_is_none_does_not_crash(text):
    facts(text)


@pytest.mark.parametrize("text, expected", [
    ("Hỗ trợ 500.000 đồng/1 hộ cho 42 hộ hội viên nghèo.", [(500000, "vnd"), (42, "count")]),
    ("Cho vay 20 triệu đồng/01 hộ, tổng cộng 35 hộ.", [(20e6, "vnd"), (35, "count")]),
    ("Hỗ trợ 1,2 tỷ đồng/45 hộ phụ nữ khởi nghiệp.", [(1.2e9, "vnd"), (45, "count")]),
    ("Duy trì 23 CLB/640 hội viên tham gia sinh hoạt.", [(23, "count"), (640, "count")]),
])
def test_per_one_unit_is_no_count_but_a_second_count_is(text, expected):
    assert [(f["value"], f["unit_class"]) for f in facts(text)] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    ("- Tập hợp: 44.120/71.474 phụ nữ", [(44120, "ratio", 71474)]),
    ("Cán bộ: 11.024/11.024, đạt 100%", [(11024, "ratio", 11024)]),
])
def test_a_short_line_with_a_ratio_is_no_dateline(text, expected):
    assert figures(text)[:1] == [(float(v), u, None if d is None else float(d)) for v, u, d in expected]


def test_a_sentence_of_results_with_rates_opens_no_list():
    text = ("Thứ nhất, kết nạp mới 220 hội viên, đạt 110% chỉ tiêu. Thứ hai, giúp 30 hộ thoát nghèo. "
            "95% chi hội có mô hình.")
    assert [(v, t) for v, t, _g in targets(text)] == [(220.0, False), (110.0, False), (30.0, False), (95.0, False)]


def test_items_under_a_heading_that_counts_targets_are_targets():
    text = ("Đại hội Phụ nữ xã Tân Phú nhiệm kỳ 2025-2030 thông qua 3 chỉ tiêu chủ yếu.\n"
            "- Kết nạp mới 300 hội viên.\n- Giúp 25 hộ phụ nữ thoát nghèo.\n"
            "- 100% chi hội có mô hình bảo vệ môi trường.\nĐại hội bầu 15 ủy viên Ban Chấp hành.")
    assert [(v, t) for v, t, _g in targets(text)] == [(300.0, True), (25.0, True), (100.0, True), (15.0, False)]


@pytest.mark.parametrize("heading", [
    "Nghị quyết Đại hội nhiệm kỳ trước đề ra 4 chỉ tiêu, đến nay đã hoàn thành cả 4 chỉ tiêu.",
    "Kết quả thực hiện 4 chỉ tiêu Nghị quyết đề ra như sau.",
])
def test_items_under_a_results_heading_are_results(heading):
    text = heading + "\n- Kết nạp mới 3.200 hội viên.\n- Giúp 410 hộ thoát nghèo.\n"
    assert [(v, t) for v, t, _g in targets(text)][-2:] == [(3200.0, False), (410.0, False)]


@pytest.mark.parametrize("text, expected", [
    ("Toàn xã có 127 hộ/450 nhân khẩu được hỗ trợ nước sạch.", [(127, "count", None), (450, "count", None)]),
    ("Mở 14 lớp/1.030 lượt học viên tham gia.", [(14, "count", None), (1030, "count", None)]),
])
def test_more_pairs_of_counts(text, expected):
    assert figures(text) == [(float(v), u, d) for v, u, d in expected]


def test_the_same_noun_after_both_numbers_is_no_second_count():
    assert values("Có 12 xã, phường/15 xã, phường đạt chuẩn.") == [12.0]


@pytest.mark.parametrize("text, expected", [
    ("Qua thực tiễn, Hội rút ra 5 bài học kinh nghiệm trong chỉ đạo.", []),
    ("Báo cáo nêu 3 điểm nhấn và 4 điểm mới của nhiệm kỳ.", []),
    ("Chương trình hành động có 3 trụ cột, kết nạp 210 hội viên.", [210]),
])
def test_more_structural_counts(text, expected):
    assert values(text) == [float(v) for v in expected]


def test_items_counted_one_is_two_is_are_targets():
    text = ("Đại hội Phụ nữ phường Tân Định nhiệm kỳ 2025-2030 thống nhất 3 chỉ tiêu trọng tâm. Một là, mỗi năm "
            "kết nạp ít nhất 120 hội viên. Hai là, hằng năm giúp 6 hộ phụ nữ thoát nghèo. Ba là, đến năm 2030 có "
            "100% chi hội có tổ truyền thông cộng đồng.")
    assert [(v, t) for v, t, _g in targets(text)] == [(120.0, True), (6.0, True), (100.0, True)]


@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN phường Long Biên cam kết hỗ trợ 10 hộ phụ nữ khó khăn trong năm 2026.", [(10, True)]),
    ("Các chi hội cam kết giúp 35 hộ thoát nghèo.", [(35, True)]),
    ("Đến nay đã có 1.240 hội viên ký cam kết không vi phạm pháp luật.", [(1240, False)]),
])
def test_a_commitment_to_help_is_a_pledge(text, expected):
    assert [(v, t) for v, t, _g in targets(text)] == [(float(v), t) for v, t in expected]


def test_a_ratio_then_a_second_count():
    assert figures("Hiện có 34/34 chi hội/1.280 hội viên.") == [(34.0, "ratio", 34.0), (1280.0, "count", None)]


@pytest.mark.parametrize("text, expected", [
    ("Có 21/23 chi hội đạt tỷ lệ tập hợp 70% phụ nữ trở lên.", [21]),
    ("Toàn xã có 12/12 chi hội đạt tỷ lệ tập hợp 75% hội viên.", [12, 75]),
])
def test_a_rate_threshold_hedged_after(text, expected):
    assert values(text) == [float(v) for v in expected]


def test_units_that_register_a_pledge_still_pledge():
    text = "Năm 2026, tổng số cơ sở hội đăng ký giúp 120 hộ thoát nghèo."
    assert [(v, t) for v, t, _g in targets(text)] == [(120.0, True)]


def test_a_target_ratio_that_reaches_a_standard_stays_a_target():
    text = "Phấn đấu đến năm 2030, 30/30 chi hội đạt vững mạnh, 100% hội viên được tập huấn kỹ năng số."
    assert [(v, t) for v, t, _g in targets(text)] == [(30.0, True), (100.0, True)]


def test_a_target_ratio_that_reaches_a_standard_in_mid_sentence():
    text = "Năm 2026, Hội đặt mục tiêu 30/30 chi hội đạt vững mạnh, 100% hội viên được tập huấn kỹ năng số."
    assert [(v, t) for v, t, _g in targets(text)] == [(30.0, True), (100.0, True)]


def test_money_after_a_share_is_no_threshold():
    text = "Năm 2025, 100% cơ sở hội hoàn thành nhiệm vụ, vận động ít nhất 1 tỷ đồng xây nhà tình thương."
    assert values(text) == [100.0, 1e9]


def test_a_new_subject_after_a_share_is_no_threshold():
    text = "Năm 2025, 100% hội viên được tuyên truyền, Hội tổ chức ít nhất 01 hội thi tìm hiểu pháp luật."
    assert values(text) == [100.0, 1.0]
