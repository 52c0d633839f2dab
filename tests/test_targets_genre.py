"""Targets and stated achievement on genre phrasings (issue 11): congress and plan target statements, results
measured against a stated target, and growth that is not achievement. Each rule with several phrasings."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def targets(text: str) -> list[tuple]:
    """(value, target) of every figure."""
    return [(f["value"], f["target"]) for f in facts(text)]


def rates(text: str) -> list[tuple]:
    """(value, achievement_pct) of every figure."""
    return [(f["value"], f["achievement_pct"]) for f in facts(text)]


# -- target statements: the target == value convention -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hằng năm, toàn huyện tổ chức đào tạo nghề cho 200 lao động nữ và giúp ít nhất 3 phụ nữ khởi nghiệp.",
     [(200, 200), (3, 3)]),
    ("Hằng năm kết nạp ít nhất 2.500 hội viên mới.", [(2500, 2500)]),
    ("Phấn đấu giảm 2% hộ nghèo. Mỗi năm, các cấp Hội giúp 150 hộ thoát nghèo.", [(2, 2), (150, 150)]),
])
def test_a_sentence_opening_with_a_cadence_sets_targets(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Mỗi cơ sở hội vận động, hỗ trợ 5 hộ gia đình đạt tiêu chí và thực hiện 1 công trình/phần việc.",
     [(5, 5), (1, 1)]),
    ("Mỗi cơ sở Hội giúp ít nhất 3 hộ thoát nghèo.", [(3, 3)]),
    ("Mỗi chi hội xây dựng 1 mô hình tiết kiệm.", [(1, 1)]),
])
def test_a_sentence_opening_with_per_unit_sets_targets(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


@pytest.mark.parametrize("text", [
    "Hằng năm, Hội đã tổ chức 50 lớp tập huấn.",
    "Mỗi năm có 120 hộ được giúp thoát nghèo, kết quả đạt 100%.",
    "Nhiệm kỳ qua, mỗi cơ sở Hội đã giúp 3 hộ thoát nghèo.",
])
def test_cadence_with_result_language_is_a_result(text):
    assert all(t is None for _v, t in targets(text))


@pytest.mark.parametrize("text", [
    "Hằng năm, Hội phối hợp tổ chức 15 lớp tập huấn cho 1.000 lượt hội viên.",
    "Mỗi năm, các cấp Hội vận động trên 2 tỷ đồng giúp phụ nữ nghèo.",
])
def test_a_cadence_without_a_target_context_describes_results(text):
    assert all(t is None for _v, t in targets(text))


@pytest.mark.parametrize("text, expected", [
    ("Các cấp Hội đăng ký giúp 274 hộ thoát nghèo, đăng ký hỗ trợ 785 gia đình đạt tiêu chí.",
     [(274, 274), (785, 785)]),
    ("Hội LHPN huyện đăng ký xây dựng 12 mô hình kinh tế.", [(12, 12)]),
    ("các chi hội đăng ký thực hiện 45 công trình, phần việc.", [(45, 45)]),
])
def test_a_pledge_is_a_target(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


def test_a_registered_target_named_after_a_rate_is_not_a_pledge():
    assert rates("phát triển mới 4.094 hội viên, đạt 195% so với chỉ tiêu đăng ký") == [(4094.0, 195.0), (195.0, 195.0)]


@pytest.mark.parametrize("text, expected", [
    ("Các cơ sở hội phấn đấu trong năm 2025 giúp 30 hộ thoát nghèo. 100% phụ nữ bị bạo lực được hỗ trợ. "
     "Hơn 70% phụ nữ khuyết tật được hỗ trợ. Mỗi cơ sở hội hỗ trợ 5 hộ gia đình.",
     [(30, 30), (100, 100), (70, 70), (5, 5)]),
    ("Nhiệm kỳ tới, Hội phấn đấu kết nạp 5.000 hội viên.\n95% cơ sở Hội vững mạnh.\n"
     "Trên 85% hội viên tham gia sinh hoạt.",
     [(5000, 5000), (95, 95), (85, 85)]),
])
def test_a_list_of_targets_continues_after_its_cue(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


def test_the_list_of_targets_ends_at_a_narrative_sentence():
    text = ("Hội phấn đấu giúp 30 hộ thoát nghèo. Dịp này, Hội phát động phong trào tiết kiệm trong 11 cơ sở hội.")
    assert targets(text) == [(30.0, 30.0), (11.0, None)]


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu 1: hằng năm các cấp Hội giám sát ít nhất 01 chính sách; phản biện ít nhất 01 văn bản.",
     [(1, 1), (1, 1)]),
    ("Phấn đấu hằng năm mỗi chi hội tổ chức ít nhất 1 buổi sinh hoạt chuyên đề.", [(1, 1)]),
])
def test_at_least_one_in_a_target_is_a_target_not_a_threshold(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


# -- results measured against targets ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Trong đó, có nhiều chỉ tiêu vượt cao so với Nghị quyết đề ra, cụ thể như: trên 4.700 hội viên được đào tạo nghề, "
     "vượt 280%; giúp 1.146 hộ thoát nghèo, vượt 118,2%.", [(4700, 380), (280, 380), (1146, 218.2), (118.2, 218.2)]),
    ("nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ phụ nữ thoát nghèo vượt 52%, hỗ trợ phụ nữ khởi nghiệp vượt 30%",
     [(52, 152), (30, 130)]),
    ("một số chỉ tiêu đạt và vượt cao như chỉ tiêu hỗ trợ phụ nữ khởi nghiệp vượt 200%, "
     "chỉ tiêu giúp hộ thoát nghèo vượt 141%",
     [(200, 300), (141, 241)]),
])
def test_exceeded_by_in_a_sentence_about_targets(text, expected):
    assert rates(text) == [(float(v), float(a)) for v, a in expected]


@pytest.mark.parametrize("text", [
    "Tổng số hội viên vượt 8,5% so với đầu nhiệm kỳ.",
    "Dư nợ tăng 12% so với cùng kỳ, vượt 5% so với năm trước.",
    "các chỉ tiêu đều đạt; số hội viên vượt 8% so với đầu nhiệm kỳ",
])
def test_growth_is_not_achievement(text):
    assert all(a is None for _v, a in rates(text))


@pytest.mark.parametrize("text, expected", [
    ("có 4/9 chỉ tiêu nhiệm kỳ đạt và vượt; 2/9 chỉ tiêu nhiệm kỳ đạt từ 73-75%",
     [(4, None), (2, None), (73, 73), (75, 75)]),
    ("3 chỉ tiêu đạt trên 90%", [(3, None), (90, 90)]),
    ("còn 2/8 chỉ tiêu chỉ đạt 60%", [(2, None), (60, 60)]),
])
def test_a_rate_reached_by_a_count_of_targets(text, expected):
    assert rates(text) == [(float(v), None if a is None else float(a)) for v, a in expected]


def test_items_met_are_not_targets():
    assert targets("Kết quả, 9/9 nhóm chỉ tiêu, 24/24 tiêu chí đề ra đều đạt và vượt") == [(9.0, None), (24.0, None)]


@pytest.mark.parametrize("text", [
    "đã tiếp sức cho 40 cháu được đăng ký nhận đỡ đầu ở 7/7 phường, hỗ trợ 7 phụ nữ",
    "Có 25 hộ được đăng ký giúp đỡ, 12 hộ đã thoát nghèo.",
])
def test_being_registered_is_not_a_pledge(text):
    assert all(t is None for _v, t in targets(text))


# -- more phrasings of the genre from the issue ----------------------------------------------------------------
@pytest.mark.parametrize("text, value, target", [
    ("Đến cuối nhiệm kỳ, thành lập mới 25 hợp tác xã do phụ nữ quản lý.", 25, 25),
    ("Năm 2024, phấn đấu kết nạp 3.200 hội viên mới.", 3200, 3200),
    ("Phấn đấu 92% hội viên được tuyên truyền pháp luật.", 92, 92),
    ("Chỉ tiêu năm 2025 là giúp 150 hộ thoát nghèo.", 150, 150),
    ("Hội LHPN tỉnh giao chỉ tiêu cho các huyện vận động ít nhất 500 hộ đạt tiêu chí.", 500, 500),
    ("Đến năm 2030, 100% cơ sở Hội có trang mạng xã hội.", 100, 100),
])
def test_target_statements(text, value, target):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["target"] == target and f[0]["is_target"]


@pytest.mark.parametrize("text, value, rate", [
    ("Giúp 57 hộ thoát nghèo, đạt tỷ lệ 746%.", 746, 746),
    ("Doanh thu tăng gấp 2 lần so với mục tiêu.", 2, 200),
    ("Kết nạp 3.450 hội viên, đạt 115% kế hoạch.", 3450, 115),
    ("Kết nạp 3.450 hội viên, vượt 15% chỉ tiêu.", 3450, 115),
    ("hoàn thành 98,5% kế hoạch năm", 98.5, 98.5),
])
def test_stated_rates(text, value, rate):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["achievement_pct"] == rate


@pytest.mark.parametrize("text, value, target", [
    ("Giúp 520 hộ thoát nghèo (KH: 500 hộ).", 520, 500),
    ("Kết nạp 1.250 hội viên mới (chỉ tiêu 1.000).", 1250, 1000),
    ("Thành lập 12 tổ hợp tác (kế hoạch 10 tổ hợp tác)", 12, 10),
])
def test_a_target_stated_right_after_a_result(text, value, target):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["target"] == target and not f[0]["is_target"]


# -- a list of targets under a heading that ends with ":" ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Đại hội đề ra 9 chỉ tiêu chủ yếu:\n- Giúp 2.000 hộ thoát nghèo.\n- 100% cơ sở Hội có trang mạng xã hội.\n"
     "- Thành lập mới 25 hợp tác xã.\nĐại hội đã bầu 45 ủy viên Ban Chấp hành.",
     [(2000, 2000), (100, 100), (25, 25), (45, None)]),
    ("Các chỉ tiêu nhiệm kỳ 2026 - 2031:\n1. Kết nạp mới 3.000 hội viên\n2. Hỗ trợ thành lập 40 tổ hợp tác\n\n"
     "Trong nhiệm kỳ qua, Hội giúp 1.200 hộ thoát nghèo.", [(3000, 3000), (40, 40), (1200, None)]),
    ("Mục tiêu đến năm 2030:\n+ Trên 85% hội viên tham gia sinh hoạt;\n+ Vận động 500 phụ nữ khởi nghiệp.",
     [(85, 85), (500, 500)]),
])
def test_items_under_a_target_heading_are_targets(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


def test_a_results_heading_is_not_a_target_list():
    text = "Kết quả thực hiện các chỉ tiêu:\n- Kết nạp 3.100 hội viên, đạt 103% chỉ tiêu.\n- Giúp 520 hộ thoát nghèo."
    assert [t for _v, t in targets(text) if t is not None] == []


# -- shares against a share target: percentage points -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Chỉ tiêu tập hợp hội viên đạt 92% (vượt 7%).",
    "Theo Nghị quyết, tỷ lệ hộ gửi tiết kiệm đạt 94% (vượt 4% chỉ tiêu).",
    "Kế hoạch năm: tỷ lệ cơ sở Hội vững mạnh đạt 75% (vượt 5%)",
])
def test_exceeded_by_after_a_share_is_points_not_a_rate(text):
    assert all(a is None for _v, a in rates(text))


@pytest.mark.parametrize("text, result, target", [
    ("tỷ lệ phụ nữ được tuyên truyền đạt 90%/80% chỉ tiêu giao", 90, 80),
    ("Hội viên tham gia sinh hoạt đạt 87%/85% kế hoạch.", 87, 85),
])
def test_result_share_over_target_share(text, result, target):
    got = {f["value"]: f for f in facts(text)}
    assert got[result]["target"] == target and not got[result]["is_target"]
    assert got[target]["is_target"] and got[target]["target"] == target


# -- estimates --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, estimate", [
    ("Dự kiến đến cuối năm có 1.129 hộ phụ nữ thoát nghèo.", [True]),
    ("Năm 2025 ước thực hiện 3.200 hội viên mới, ước đạt 105% kế hoạch.", [True, True]),
    ("Kết nạp 3.200 hội viên mới, đạt 105% kế hoạch.", [False, False]),
])
def test_estimates_are_marked(text, estimate):
    assert [f["estimate"] for f in facts(text)] == estimate


@pytest.mark.parametrize("text, expected", [
    ("Đại hội đề ra 10 chỉ tiêu chủ yếu: hằng năm kết nạp 3.000 hội viên; 100% cơ sở Hội đạt vững mạnh; giúp 500 hộ.",
     [(3000, 3000), (100, 100), (500, 500)]),
    ("Đại hội thông qua 9 chỉ tiêu, gồm: thành lập 30 tổ hợp tác, giúp 200 phụ nữ khởi nghiệp.",
     [(30, 30), (200, 200)]),
    ("Nghị quyết xác định các chỉ tiêu: 95% hội viên được tập huấn; kết nạp 1.500 hội viên.", [(95, 95), (1500, 1500)]),
])
def test_a_counted_list_of_targets_in_one_sentence(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


@pytest.mark.parametrize("text, value, rate", [
    ("Kết nạp 3.450 hội viên, vượt kế hoạch 15%.", 15, 115),
    ("Giúp 240 hộ thoát nghèo, vượt chỉ tiêu 20%", 20, 120),
    ("Huy động 5 tỷ đồng, vượt 25% so với kế hoạch", 25, 125),
])
def test_exceeded_plan_by(text, value, rate):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["achievement_pct"] == rate


@pytest.mark.parametrize("text, value, target", [
    ("Hội đặt mục tiêu xây dựng 100 công trình chào mừng Đại hội. "
     "Kết quả, các cấp Hội đã thực hiện được 115 công trình.",
     115, 100),
    ("Năm 2024, phấn đấu kết nạp 2.000 hội viên mới. Đến nay, toàn tỉnh đã kết nạp 2.150 hội viên mới.", 2150, 2000),
])
def test_a_result_restating_the_targets_wording(text, value, target):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["target"] == target and not f[0]["is_target"]


def test_a_result_before_the_target_is_not_linked():
    text = "Nhiệm kỳ qua, đã giúp 1.200 hộ thoát nghèo. Nhiệm kỳ tới, phấn đấu giúp 1.500 hộ thoát nghèo."
    assert targets(text) == [(1200.0, None), (1500.0, 1500.0)]


def test_a_word_ending_in_uoc_is_not_an_estimate():
    assert [f["estimate"] for f in facts("Cả nước đạt 95% hộ có thẻ bảo hiểm; trước đây 80%.")] == [False, False]


def test_a_table_of_targets_and_results():
    text = ("Nội dung chỉ tiêu\n\nChỉ tiêu\n\nKết quả đạt được\n\nSố mô hình được thành lập\n\n120\n\n135\n"
            "(Vượt chỉ tiêu)\n\nSố hộ được giúp thoát nghèo\n\n500\n\n470 hộ\n(Chưa đạt chỉ tiêu)")
    assert targets(text) == [(120.0, 120.0), (135.0, 120.0), (500.0, 500.0), (470.0, 500.0)]


def test_a_table_with_a_rate_column():
    text = ("TT\nChỉ tiêu\nKế hoạch\nThực hiện\nTỷ lệ (%)\n1\nKết nạp hội viên mới\n3.000\n3.250\n108,3\n"
            "2\nGiúp hộ thoát nghèo\n500\n450\n90\n")
    got = {(f["value"], f["target"], f["achievement_pct"]) for f in facts(text) if f["value"] > 2}
    assert got == {(3000.0, 3000.0, None), (3250.0, 3000.0, 108.3), (108.3, None, 108.3),
                   (500.0, 500.0, None), (450.0, 500.0, 90.0), (90.0, None, 90.0)}


@pytest.mark.parametrize("text, expected", [
    ("Phương hướng, nhiệm vụ năm 2026:\n- Kết nạp 300 hội viên mới.\n- Giúp 20 hộ thoát nghèo.",
     [(300, 300), (20, 20)]),
    ("Kế hoạch năm 2026: kết nạp 300 hội viên mới; giúp 20 hộ thoát nghèo.", [(300, 300), (20, 20)]),
    ("Trong năm tới, Hội sẽ vận động thành lập 5 tổ hợp tác và hỗ trợ 40 phụ nữ khởi nghiệp.", [(5, 5), (40, 40)]),
])
def test_plans_and_what_will_be_done(text, expected):
    assert targets(text) == [(float(v), float(t)) for v, t in expected]


@pytest.mark.parametrize("text", [
    "Hội đã thực hiện kế hoạch năm 2025 với 300 hội viên mới được kết nạp.",
    "Thực hiện Kế hoạch số 15/KH-HPN, Hội đã tổ chức 12 lớp tập huấn.",
    "Số hộ vay vốn đã và sẽ tiếp tục tăng, hiện có 1.200 hộ.",
    "Tại Đại hội sẽ có 62 tham luận dạng bài viết và video clip.",
    "Đường làng sạch sẽ, có 120 hộ tham gia trồng hoa.",
])
def test_results_near_plan_words(text):
    assert all(t is None for _v, t in targets(text))


@pytest.mark.parametrize("text, value, rate", [
    ("Giúp 57 hộ thoát nghèo (chỉ tiêu 50 hộ), đạt 114%.", 57, 114),
    ("Kết nạp 1.250 hội viên (KH: 1.000), đạt 125%.", 1250, 125),
    ("Giúp 76 hộ thoát nghèo (chỉ tiêu 80 hộ), đạt 95%.", 76, 95),
])
def test_a_rate_in_a_clause_that_names_its_target(text, value, rate):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["achievement_pct"] == rate


def test_a_named_share_target_reached_is_the_share_not_a_rate():
    # "chỉ tiêu tập hợp hội viên đạt 92%" gives the indicator's value; only a count of targets reaching a rate is one
    assert rates("trong đó chỉ tiêu tập hợp hội viên đạt 92%") == [(92.0, None)]


def test_a_share_then_exceeded_by_points_after_a_comma():
    got = rates("Tỷ lệ tập hợp hội viên đạt 85,2%, vượt 2,2% so với chỉ tiêu Nghị quyết.")
    assert got == [(85.2, None), (2.2, None)]


@pytest.mark.parametrize("text, value, target", [
    ("kết nạp 520 hội viên/500 chỉ tiêu, đạt 104%.", 520, 500),
    ("thành lập 12 tổ hợp tác/10 chỉ tiêu", 12, 10),
    ("số hộ thoát nghèo là 373 hộ/50 hộ chỉ tiêu, đạt tỷ lệ 746%", 373, 50),
])
def test_result_over_target_written_with_a_slash(text, value, target):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["target"] == target and f[0]["denominator"] is None and f[0]["unit_class"] == "count"


@pytest.mark.parametrize("text, value, rate", [
    ("Kết nạp 520 hội viên (104% KH), giúp 20 hộ thoát nghèo.", 520, 104),
    ("Giúp 45 hộ thoát nghèo (90% kế hoạch năm).", 45, 90),
    ("Tỷ lệ hoàn thành kế hoạch: 105%", 105, 105),
])
def test_a_rate_without_a_verb_that_names_its_target(text, value, rate):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["achievement_pct"] == rate


@pytest.mark.parametrize("text, value, target", [
    ("Chỉ tiêu kết nạp 300 hội viên, kết quả đạt 320 hội viên.", 320, 300),
    ("Kế hoạch giao giúp 50 hộ thoát nghèo; đến nay đã giúp được 62 hộ thoát nghèo.", 62, 50),
])
def test_a_result_after_its_target_in_the_same_sentence(text, value, target):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["target"] == target and not f[0]["is_target"]


def test_a_list_numbered_in_parentheses_under_a_target_heading():
    text = ("Đại hội thông qua Nghị quyết với các chỉ tiêu chủ yếu như sau:\n"
            "(1) Hằng năm, 100% cán bộ Hội được tập huấn.\n"
            "(2) Đến năm 2031, tỷ lệ tập hợp hội viên đạt trên 90%.\n(3) Kết nạp mới 20.000 hội viên.")
    assert targets(text) == [(100.0, 100.0), (90.0, 90.0), (20000.0, 20000.0)]


def test_a_target_cue_in_parentheses_ends_with_them():
    text = ("Kết nạp 215 hội viên mới, đạt 143% chỉ tiêu (chỉ tiêu 150); vận động 1,2 tỷ đồng hỗ trợ phụ nữ khó khăn; "
            "trao 35 căn nhà Mái ấm.")
    assert targets(text) == [(215.0, 150.0), (143.0, None), (150.0, 150.0), (1.2e9, None), (35.0, None)]


@pytest.mark.parametrize("text, value, target", [
    ("Giúp 245 hộ thoát nghèo, vượt 22,5% (chỉ tiêu 200 hộ).", 245, 200),
    ("Thành lập 12 tổ hợp tác, đạt 120% (KH: 10 tổ hợp tác).", 12, 10),
])
def test_a_target_after_a_rate_belongs_to_the_result_before_it(text, value, target):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["target"] == target


@pytest.mark.parametrize("text", [
    "Mỗi chi hội có 30 hội viên sinh hoạt thường xuyên.",
    "Mỗi hội viên được tặng 1 phần quà trị giá 300.000 đồng.",
    "Mỗi tổ có 10 thành viên.",
])
def test_per_unit_descriptions_are_not_targets(text):
    assert all(t is None for _v, t in targets(text))


@pytest.mark.parametrize("text", [
    "Nhằm mục tiêu nâng cao năng lực, Hội tổ chức 20 lớp tập huấn cho 1.500 lượt cán bộ.",
    "Với mục tiêu không để phụ nữ nào bị bỏ lại phía sau, Hội trao 120 suất quà.",
    "Hướng tới mục tiêu bình đẳng giới, các cấp Hội tổ chức 45 buổi truyền thông.",
])
def test_a_purpose_is_not_a_target(text):
    assert all(t is None for _v, t in targets(text))


@pytest.mark.parametrize("text", [
    "Về chỉ tiêu phát triển hội viên, toàn tỉnh kết nạp 3.200 hội viên mới.",
    "Đối với chỉ tiêu giảm nghèo, các cấp Hội giúp 320 hộ thoát nghèo.",
])
def test_a_report_on_a_target_is_a_result(text):
    assert all(t is None for _v, t in targets(text))


@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN huyện mỗi năm kết nạp ít nhất 200 hội viên mới.", [(200, 200)]),
    ("Các cấp Hội hằng năm giới thiệu tối thiểu 50 hội viên ưu tú cho Đảng xem xét kết nạp.", [(50, 50)]),
    ("Hằng năm có 120 hộ được vay vốn, mỗi năm đã có ít nhất 30 hộ thoát nghèo.", [(120, None), (30, None)]),
])
def test_a_yearly_floor_is_a_target(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, value, rate", [
    ("Đạt 120% kế hoạch với 360 hội viên mới được kết nạp.", 360, 120),
    ("Năm 2024, Hội hoàn thành 105% chỉ tiêu, với 420 hộ được hỗ trợ vay vốn.", 420, 105),
])
def test_a_rate_before_the_result_it_measures(text, value, rate):
    f = [x for x in facts(text) if x["value"] == value]
    assert len(f) == 1 and f[0]["achievement_pct"] == rate
