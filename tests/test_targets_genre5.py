"""Issue 11, fifth round of genre rules: the patterns of the fresh check set rc7 (its FINDINGS §A and §B), each in
invented wordings (varied units, verbs, word orders) rather than one report's sentence.

Targets: a result and its target in one sentence ("…, trong khi chỉ tiêu đặt ra là …", "so với chỉ tiêu …"), a goal
phrased as achievement ("đảm bảo đến cuối nhiệm kỳ đạt 100% chỉ tiêu", "phấn đấu hoàn thành 100% kế hoạch"), the
criteria a model branch registers ("đăng ký các tiêu chí: …"). Figures: lengths in "mét", money with a dot left out
("27.500000đ"), a number opening a quoted campaign name, a per-unit value after a count ("trị giá mỗi mô hình 10
triệu đồng"). Round 4's leftovers: a rate column's bare cell, "vượt 20%" after a result with its target or in a
"Trong đó," sentence, "KH 300 - TH 320" and "36 hộ/30 hộ chỉ tiêu"."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


# --- A1: a result and its target in one sentence; the rate after the target is the result's ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Quỹ tiết kiệm năm nay đạt 48 triệu đồng, trong khi chỉ tiêu đặt ra là 40 triệu đồng (đạt 120%).",
     48e6, 40e6, 120),
    ("Hội đã kết nạp 320 hội viên mới, trong khi chỉ tiêu giao là 300 hội viên (đạt 106,7%).", 320, 300, 106.7),
    ("Năm 2023, toàn huyện giúp 45 hộ thoát nghèo, so với chỉ tiêu 40 hộ (đạt 112,5%).", 45, 40, 112.5),
    ("Các chi hội vận động được 150 triệu đồng, trong khi chỉ tiêu đề ra là 120 triệu đồng, đạt 125%.",
     150e6, 120e6, 125),
    ("Số hội viên mới là 1.250 chị, trong khi kế hoạch giao là 1.000 chị (đạt 125%).", 1250, 1000, 125),
    ("Trong năm, Hội thành lập mới 12 tổ hợp tác trong khi chỉ tiêu được giao là 10 tổ hợp tác.", 12, 10, None),
])
def test_a_result_and_its_target_in_one_sentence(text, result, target, rate):
    found = marks(text)
    assert found[0] == (float(result), float(target), rate)
    assert found[1] == (float(target), float(target), None)
    if rate is not None:
        assert found[2] == (float(rate), None, rate)


@pytest.mark.parametrize("text", [
    "Hội kết nạp 320 hội viên, trong khi năm 2022 là 300 hội viên.",
    "Dư nợ đạt 48 tỷ đồng, so với cùng kỳ là 40 tỷ đồng.",
    "Hội kết nạp 320 hội viên, trong khi chỉ tiêu đặt ra là 90% phụ nữ trong độ tuổi.",
])
def test_a_comparison_with_no_target_of_its_kind_links_nothing(text):
    assert facts(text)[0]["target"] is None


# --- A2: a goal phrased as achievement is a target, not achievement ---

@pytest.mark.parametrize("text, goal", [
    ("Thời gian tới, Hội xây dựng tổ chức vững mạnh; đảm bảo đến cuối nhiệm kỳ đạt 100% chỉ tiêu Nghị quyết Đại hội "
     "đã đề ra.", 100),
    ("Phấn đấu đến cuối năm hoàn thành 100% chỉ tiêu được giao.", 100),
    ("Các cấp Hội phấn đấu hoàn thành 100% chỉ tiêu Nghị quyết đề ra.", 100),
    ("Năm 2025, Hội phấn đấu đạt 110% kế hoạch phát triển hội viên.", 110),
    ("Hội quyết tâm đến hết nhiệm kỳ đạt và vượt 100% các chỉ tiêu.", 100),
    ("Bảo đảm đến năm 2026 hoàn thành 100% kế hoạch xây dựng nhà tình thương.", 100),
    ("Hội LHPN xã cam kết đạt 105% kế hoạch được giao năm 2026.", 105),
])
def test_a_goal_phrased_as_achievement_is_a_target(text, goal):
    assert marks(text) == [(float(goal), float(goal), None)]


@pytest.mark.parametrize("text, rate", [
    ("Năm 2024, Hội đã đạt 100% chỉ tiêu Nghị quyết đề ra.", 100),
    ("Hội LHPN huyện đạt 95% chỉ tiêu kết nạp hội viên.", 95),
    ("Nhờ nỗ lực phấn đấu, Hội đã hoàn thành 105% kế hoạch năm.", 105),
    ("Sau một năm phấn đấu, các cấp Hội đạt 112% chỉ tiêu giao.", 112),
    ("Năm 2024, Hội đã đảm bảo hoàn thành 100% kế hoạch thu hội phí.", 100),
    ("Từ đầu năm đến năm 2024 Hội đạt 104% kế hoạch.", 104),
    ("Tính đến cuối năm Hội đạt 101% kế hoạch.", 101),
    ("Năm 2024, Hội đã cam kết và đạt 102% kế hoạch.", 102),
])
def test_achievement_told_in_a_review_stays_achievement(text, rate):
    assert marks(text) == [(float(rate), None, rate)]


# --- A3: the criteria a model branch registers are its targets ---

@pytest.mark.parametrize("text, targets", [
    ("Tổ phụ nữ kiểu mẫu đăng ký các tiêu chí: 90% trở lên hội viên dự sinh hoạt; 100% hội viên đóng hội phí; mỗi "
     "năm kết nạp 03 hội viên mới.", [90, 100, 3]),
    ("Chi hội đã xây dựng các tiêu chí đảm bảo yêu cầu, như: tỷ lệ hội viên tham gia sinh hoạt đạt từ 80% trở lên; "
     "hội viên đóng hội phí đạt 95%. 100% hội viên có thẻ hội viên.", [80, 95, 100]),
    ("Chi hội ấp Tân Lập đăng ký xây dựng các tiêu chí sau: 95% hội viên tham gia tiết kiệm; hằng năm giúp 2 hộ "
     "thoát nghèo.", [95, 2]),
    ("Câu lạc bộ đăng ký thực hiện 5 tiêu chí gồm: 100% thành viên không sinh con thứ 3; 85% hộ có thu nhập ổn định.",
     [100, 85]),
])
def test_criteria_a_branch_registers_are_targets(text, targets):
    assert [(f["value"], f["target"]) for f in facts(text)] == [(float(v), float(v)) for v in targets]


@pytest.mark.parametrize("text, values", [
    ("Kết quả thực hiện các tiêu chí: 95% hội viên tham gia sinh hoạt, 100% hội viên đóng hội phí.", [95, 100]),
    ("Năm 2023, 45 gia đình đạt các tiêu chí: không có bạo lực, không có trẻ bỏ học.", [45]),
    ("Chi hội đã xây dựng các tiêu chí thi đua và có 120 hội viên tham gia.", [120]),
])
def test_criteria_reviewed_or_met_set_no_target(text, values):
    assert [(f["value"], f["target"]) for f in facts(text)] == [(float(v), None) for v in values]


# --- B1: a length in "mét" is a measure (class other), as "km" is ---

@pytest.mark.parametrize("text, values", [
    ("Hội viên làm 1.100 mét “con đường hoa”, 1.258 mét “hàng rào xanh”.", [(1100, "mét"), (1258, "mét")]),
    ("Chi hội ra quân làm 850 mét đường hoa và trồng 120 cây xanh.", [(850, "mét"), (120, None)]),
    ("Các chi hội phát quang 2.500 m đường giao thông, sửa 1,5 km kênh mương.", [(2500, "m"), (1.5, "km")]),
    ("Xây dựng 600 mét tuyến đường tự quản.", [(600, "mét")]),
])
def test_a_length_in_metres_is_a_measure(text, values):
    found = [(f["value"], f["unit"] if f["unit_class"] == "other" else None) for f in facts(text)]
    assert found == [(float(v), u) for v, u in values]


def test_square_metres_stay_an_area():
    found = facts("Xây dựng nhà tình thương rộng 60 mét vuông.")
    assert [(f["value"], f["unit_class"]) for f in found] == [(60.0, "area")]


# --- B2: a money amount with a thousands dot left out ---

@pytest.mark.parametrize("text, values", [
    ("Tổ đã tiết kiệm được 27.500000đ, năm sau 37.500.000đ.", [27.5e6, 37.5e6]),
    ("Quỹ của chi hội có 12.000000 đồng.", [12e6]),
    ("Nhóm góp được 5.250000 đồng để hỗ trợ thành viên.", [5.25e6]),
    ("Hội trao 1.500000000 đồng cho các hộ.", [1.5e9]),
])
def test_money_with_a_dot_left_out(text, values):
    assert [f["value"] for f in facts(text) if f["unit_class"] == "vnd"] == values


def test_a_decimal_that_is_no_money_stays_a_decimal():
    assert [f["value"] for f in facts("Năng suất đạt 4.5 tấn mỗi ha.")] == [4.5]


# --- B3: a number opening a quoted campaign name is part of the name ---

@pytest.mark.parametrize("text, kept", [
    ("Hưởng ứng đợt thi đua “90 hành động thiết thực phụ nữ và trẻ em”, Hội trao 50 suất quà.", [50]),
    ("Hội phát động phong trào thi đua “100 việc làm tốt” và vận động 30 triệu đồng.", [30e6]),
    ("Triển khai chương trình “5 giảm vì cộng đồng”, các chi hội giúp 12 hộ.", [12]),
    ("Tham gia cuộc vận động \"3 xây, 3 chống\", 45 hội viên đăng ký.", [45]),
    ("Các cấp Hội hưởng ứng “50 công trình chào mừng Đại hội”, hoàn thành 52 công trình.", [52]),
])
def test_a_number_opening_a_quoted_campaign_is_a_name(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


def test_quoted_speech_keeps_its_figures():
    found = facts("Chị Lan chia sẻ: “Năm nay tổ giúp 5 hộ thoát nghèo”.")
    assert [f["value"] for f in found] == [5.0]


# --- B4: a value for each one after a count ---

@pytest.mark.parametrize("text, units", [
    ("Hội trao hỗ trợ 5 mô hình sinh kế trị giá mỗi mô hình 10 triệu đồng.", [("count", 5), ("VND/mô hình", 10e6)]),
    ("Hội tặng 20 suất quà, trị giá mỗi suất 500 nghìn đồng.", [("count", 20), ("VND/suất", 5e5)]),
    ("Hỗ trợ 8 thôn, mỗi thôn 20 triệu đồng để làm đường.", [("count", 8), ("VND/thôn", 20e6)]),
    ("Thành lập 3 tổ tiết kiệm, mỗi tổ 15 triệu đồng vốn ban đầu.", [("count", 3), ("VND/tổ", 15e6)]),
    ("Trao 6 lớp học bổng, mỗi lớp 2 triệu đồng.", [("count", 6), ("VND/lớp", 2e6)]),
])
def test_a_value_for_each_one_after_a_count(text, units):
    found = [(f["unit"] if f["unit_class"] == "vnd" else f["unit_class"], f["value"]) for f in facts(text)]
    assert found == [(u, float(v)) for u, v in units]


def test_a_numbered_place_stays_a_name():
    assert [f["value"] for f in facts("Tại thôn 5, Hội trao 10 suất quà.")] == [10.0]


@pytest.mark.parametrize("text, result, target, rate", [
    ("Năm 2024, Hội kết nạp 520 hội viên so với kế hoạch năm 2024 là 500 hội viên, đạt 104%.", 520, 500, 104),
    ("Toàn tỉnh giúp 150 hộ thoát nghèo trong khi chỉ tiêu giao 120 hộ, vượt 25%.", 150, 120, 125),
])
def test_a_rate_after_the_target_that_agrees_is_the_results(text, result, target, rate):
    found = marks(text)
    assert found[:2] == [(float(result), float(target), rate), (float(target), float(target), None)]
    assert found[2][2] == rate


@pytest.mark.parametrize("text", [
    "Hội kết nạp 85 hội viên, vượt 35 hội viên so với chỉ tiêu 50 hội viên.",
    "Hội kết nạp 85 hội viên, tăng 35 hội viên so với kế hoạch 50 hội viên.",
])
def test_an_excess_before_the_target_is_no_result(text):
    assert marks(text) == [(85.0, 50.0, None), (35.0, None, None), (50.0, 50.0, None)]


def test_a_change_alone_before_a_target_takes_no_target():
    assert marks("Dư nợ tăng 4 tỷ đồng so với kế hoạch 40 tỷ đồng.")[0][1] is None


# --- leftovers of round 4: a rate column's bare cell is a share ---

@pytest.mark.parametrize("text, rates", [
    ("Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\nKết nạp hội viên\t300\t320\t106,7\nGiúp hộ thoát nghèo\t40\t38\t95",
     [106.7, 95]),
    ("Nội dung | Kế hoạch | Thực hiện | Đạt (%)\nThành lập tổ hợp tác | 10 | 12 | 120", [120]),
    ("TT\nChỉ tiêu\nKế hoạch\nThực hiện\nTỷ lệ %\n1\nKết nạp hội viên\n300\n320\n106,7", [106.7]),
])
def test_a_rate_columns_bare_cell_is_a_share(text, rates):
    found = [(f["value"], f["unit"], f["achievement_pct"]) for f in facts(text) if f["achievement_pct"] is not None
             and f["target"] is None]
    assert found == [(float(r), "%", float(r)) for r in rates]


# --- leftovers of round 4: "vượt X%" after a result whose target was found, or in a "Trong đó," sentence ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Năm 2024, Hội đề ra chỉ tiêu kết nạp 1.000 hội viên. Trong đó, đã kết nạp 1.200 hội viên, vượt 20%.",
     1200, 1000, 120),
    ("Chỉ tiêu năm 2025 giúp 50 hộ thoát nghèo; đến nay đã giúp 60 hộ, vượt 20%.", 60, 50, 120),
    ("Kế hoạch năm 2024 vận động 200 triệu đồng. Kết quả vận động được 250 triệu đồng, vượt 25%.", 250e6, 200e6, 125),
])
def test_an_excess_after_a_result_with_its_target_is_its_rate(text, result, target, rate):
    found = {f["value"]: f for f in facts(text)}
    assert (found[float(result)]["target"], found[float(result)]["achievement_pct"]) == (target, rate)
    assert found[float(rate - 100)]["achievement_pct"] == rate


def test_an_excess_that_disagrees_with_the_target_is_no_rate():
    found = {f["value"]: f for f in facts(
        "Chỉ tiêu năm 2024 kết nạp 1.000 hội viên. Kết quả kết nạp 1.200 hội viên, vượt 15% so với cùng kỳ.")}
    assert (found[1200.0]["achievement_pct"], found[15.0]["achievement_pct"]) == (None, None)


@pytest.mark.parametrize("text, result, rate", [
    ("Đại hội đề ra 8 chỉ tiêu. Trong đó, kết nạp 1.200 hội viên, vượt 20%.", 1200, 120),
    ("Năm qua, Hội thực hiện 6 chỉ tiêu chủ yếu. Cụ thể, giúp 45 hộ thoát nghèo, vượt 12,5%.", 45, 112.5),
])
def test_an_excess_in_a_sentence_detailing_targets_is_a_rate(text, result, rate):
    found = {f["value"]: f for f in facts(text)}
    assert found[float(result)]["achievement_pct"] == rate
    assert found[round(rate - 100, 6)]["achievement_pct"] == rate


# --- leftovers of round 4: a plan and what was done as a pair ("KH 300 - TH 320", "36 hộ/30 hộ chỉ tiêu") ---

@pytest.mark.parametrize("text, target, result", [
    ("Kết nạp hội viên: KH 300 - TH 320.", 300, 320),
    ("Giúp hộ thoát nghèo: KH 40 hộ - TH 45 hộ.", 40, 45),
    ("Tiết kiệm: KH: 50 triệu đồng, TH: 62 triệu đồng.", 50e6, 62e6),
    ("Thành lập tổ hợp tác (KH 5 – TH 6).", 5, 6),
])
def test_a_plan_and_its_result_abbreviated(text, target, result):
    assert marks(text) == [(float(target), float(target), None), (float(result), float(target), None)]


@pytest.mark.parametrize("text, result, target", [
    ("Năm 2024 giúp 36 hộ thoát nghèo/30 hộ chỉ tiêu.", 36, 30),
    ("Kết nạp 1.250 hội viên mới/1.000 hội viên kế hoạch.", 1250, 1000),
    ("Xây dựng 14 mô hình kinh tế/12 mô hình theo kế hoạch.", 14, 12),
])
def test_a_result_over_its_target_with_the_target_word_after(text, result, target):
    assert marks(text) == [(float(result), float(target), None), (float(target), float(target), None)]


def test_a_ratio_with_its_noun_twice_stays_one_figure():
    found = facts("Có 12 xã, phường/15 xã, phường tổ chức đại hội điểm.")
    assert [(f["value"], f["target"]) for f in found] == [(12.0, None)]


@pytest.mark.parametrize("text, unit", [
    ("Hằng năm phát hiện biểu dương được 02 điển hình cá nhân phụ nữ tiêu biểu.", "điển hình"),
    ("Năm 2023, huyện có 25 điển hình tiên tiến được khen thưởng.", "điển hình"),
])
def test_a_model_person_is_a_counted_noun(text, unit):
    assert [f["unit"] for f in facts(text)] == [unit]
