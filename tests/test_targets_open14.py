"""Issue 11, session 14 (iv16 FINDINGS P3, P9, P11, P19; iv17 P1, P6; iv19 P3's bracket, P11; iv20 P15), in invented
phrasings: a plan opener naming who assigns it ("Kế hoạch năm 2027 Ban Thường vụ Huyện Hội giao cho xã: …", "Theo kế
hoạch Đảng ủy xã giao, …"); a comparison with a plan's total ("so với tổng chỉ tiêu giao đầu năm;") that opens nothing;
a plan heading with a scope after it ("I. CHỈ TIÊU CHUNG TOÀN HUYỆN", "II. CHỈ TIÊU GIAO CHO CÁC CHI HỘI"); the year's
last tasks under their heading ("III. NHIỆM VỤ 3 THÁNG CUỐI NĂM", "IV. NHIỆM VỤ QUÝ IV/2026"); a topic heading that ends
an old term's list of targets; a verdict naming its plan across a figure of another noun; the plan's amount in a bracket
after "so với tổng chỉ tiêu …". Guards: a plan already handed to units, a result told against a plan given, a plain
"giao chỉ tiêu" list, a review's own heading of tasks, a list going on in its paragraph, a past bracket."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.target_openers import _target_cue, accepted_cues
from wuanalysis.text import load_words, normalize_text


def by_value(text: str) -> dict[float, dict]:
    """The facts of a text by value (the test texts give each value once)."""
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


def targets(text: str) -> dict[float, float | None]:
    return {v: f["target"] for v, f in by_value(text).items()}


# --- iv17 P1: a plan opener naming its giver ---

@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch năm 2027 Ban Thường vụ Huyện Hội giao cho xã: kết nạp 140 hội viên, vận động 3 nhà tình thương.",
     {140: 140, 3: 3}),
    ("Theo kế hoạch Đảng ủy xã giao, năm nay Hội giúp 9 hộ thoát nghèo.", {9: 9}),
    ("Kế hoạch Hội cấp trên phân bổ cho phường: 45 phụ nữ khởi nghiệp, 4 tổ hợp tác.", {45: 45, 4: 4}),
    ("Báo cáo cho biết, kế hoạch năm 2026 UBND xã giao cho Hội: trao 70 suất học bổng.", {70: 70}),
])
def test_a_plan_naming_its_giver_opens_targets(text, expected):
    assert targets(text) == expected


def test_a_result_after_an_assigned_plan_takes_it():
    facts = by_value("Theo kế hoạch thị trấn giao, quý III Hội kết nạp 60 hội viên mới. Kết quả, trong quý các chi hội "
                     "kết nạp 66 hội viên, đạt 110% chỉ tiêu quý.")
    assert facts[60]["target"] == 60 and facts[66]["target"] == 60


@pytest.mark.parametrize("text", [
    "Kế hoạch năm 2026 đã giao cho 18 cơ sở Hội, đến nay kết nạp 312 hội viên.",  # handed to units: a result follows
    "Theo kế hoạch được giao, Hội đã kết nạp 90 hội viên.",  # a result told against the plan
    "Hội thực hiện kế hoạch Hội cấp trên giao, trao 25 suất quà cho hộ nghèo.",  # the plan carried out, no colon
])
def test_an_assigned_plan_without_a_named_giver_or_done_opens_nothing(text):
    assert all(t is None for t in targets(text).values())


def test_the_giver_cue_is_one_named_part_of_the_pattern():
    low = "kế hoạch năm 2027 hội lhpn tỉnh giao cho xã: giúp 25 hộ"
    assert accepted_cues(low) == [(0, low.index(":") + 1)]
    assert _target_cue().pattern.count("|") > 40 and load_words("pledge_verb")


# --- iv17 P6: a comparison with a plan's total opens nothing ---

@pytest.mark.parametrize("text", [
    "Hội kết nạp 520 hội viên, vượt 4% so với tổng chỉ tiêu giao đầu năm; hỗ trợ 1.240 hộ vay vốn; xây 35 nhà.",
    "Hội vận động 96 triệu đồng, tăng 8% so với tổng các chỉ tiêu được giao; hỗ trợ 412 hộ vay vốn.",
    "Hội xây 50 nhà, vượt so với tổng kế hoạch; giúp 40 hộ thoát nghèo.",
])
def test_a_comparison_with_a_plans_total_spills_no_target(text):
    facts = by_value(text)
    assert all(f["target"] is None for v, f in facts.items() if v in (1240, 35, 412, 40))


def test_a_plan_handed_down_with_a_colon_still_opens_its_list():
    assert targets("Đầu năm, Tỉnh hội giao chỉ tiêu: kết nạp 500 hội viên; hỗ trợ 300 hộ.") == {500: 500, 300: 300}


# --- iv19 P3's bracket: the plan's amount after "so với tổng chỉ tiêu …" ---

@pytest.mark.parametrize("text, plan", [
    ("Các đơn vị kết nạp được 2.612 hội viên mới, vượt 4,5% so với tổng chỉ tiêu Tỉnh Hội phân bổ cho các xã "
     "(2.500 hội viên).", 2500),
    ("Hội trao 1.150 suất quà, bằng 95,8% so với kế hoạch các đơn vị đăng ký (1.200 suất).", 1200),
])
def test_the_plan_in_a_bracket_after_a_comparison_is_a_target(text, plan):
    assert by_value(text)[plan]["target"] == plan


def test_a_past_amount_in_a_bracket_stays_a_count():
    assert by_value("Hội kết nạp 600 hội viên, tăng 12% so với cùng kỳ (534 hội viên).")[534]["target"] is None


# --- iv16 P11: a verdict naming its plan across a figure of another noun ---

@pytest.mark.parametrize("text, result, plan", [
    ("Đoàn viên, hội viên đóng góp 620 ngày công, sửa 3 km đường, vượt chỉ tiêu 500 ngày công.", 620, 500),
    ("Các chi hội trao 58 suất quà trị giá 29 triệu đồng, vượt kế hoạch 50 suất.", 58, 50),
    ("Chị em góp 940 ngày công trồng 6.000 m2 hoa, vượt chỉ tiêu 900 ngày công xã giao.", 940, 900),
])
def test_a_verdict_naming_its_plan_reaches_across_another_noun(text, result, plan):
    facts = by_value(text)
    assert facts[result]["target"] == plan and facts[plan]["target"] == plan


def test_a_verdict_across_a_sentence_break_links_nothing():
    facts = by_value("Hội giúp 40 hộ. Trao 29 triệu đồng, vượt kế hoạch 30 hộ.")
    assert facts[40]["target"] is None


# --- iv16 P3: a plan heading with its scope ---

def test_plan_headings_with_a_scope_head_targets():
    text = ("KẾ HOẠCH công tác Hội năm 2027\n"
            "I. CHỈ TIÊU CHUNG TOÀN HUYỆN\n"
            "1. Kết nạp mới 1.200 hội viên; tỷ lệ tập hợp hội viên đạt trên 84%.\n"
            "2. Hỗ trợ 130 hộ thoát nghèo.\n"
            "II. CHỈ TIÊU GIAO CHO CÁC CHI HỘI\n"
            "- Mỗi chi hội vận động 2 suất học bổng và 1 mô hình sinh kế.\n")
    assert targets(text) == {1200: 1200, 84: 84, 130: 130, 2: 2, 1: 1}


def test_a_review_heading_of_targets_heads_results():
    text = ("BÁO CÁO tổng kết công tác Hội năm 2026\n"
            "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAO CHO CƠ SỞ\n"
            "1. Các chi hội kết nạp 1.240 hội viên.\n")
    assert targets(text) == {1240: None}


# --- iv16 P19, iv19 P11, iv20 P15: the year's last tasks under their heading ---

@pytest.mark.parametrize("text, expected", [
    ("BÁO CÁO sơ kết 9 tháng năm 2026\nI. KẾT QUẢ\nHội kết nạp 215 hội viên mới.\n"
     "III. NHIỆM VỤ 3 THÁNG CUỐI NĂM\n"
     "Tập trung kết nạp ít nhất 60 hội viên; trao tặng 2 Mái ấm tình thương trị giá 120 triệu đồng.\n",
     {215: None, 60: 60, 2: 2, 120_000_000: 120_000_000}),
    ("BÁO CÁO sơ kết 6 tháng năm 2026\nI. KẾT QUẢ\nHội giúp 14 hộ thoát nghèo.\n"
     "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n- Vận động 30 suất học bổng;\n- Hoàn thành 100% chỉ tiêu còn lại.\n",
     {14: None, 30: 30, 100: 100}),
    ("BÁO CÁO kết quả 9 tháng năm 2026\nI. KẾT QUẢ\nHội trao 41 suất quà.\n"
     "IV. NHIỆM VỤ QUÝ IV/2026\n- Nhận đỡ đầu thêm 5 trẻ mồ côi.\n", {41: None, 5: 5}),
])
def test_the_years_last_tasks_are_targets(text, expected):
    assert targets(text) == expected


def test_a_review_heading_of_tasks_done_heads_results():
    text = ("BÁO CÁO tổng kết công tác Hội năm 2026\n"
            "I. NHIỆM VỤ TRỌNG TÂM\n"
            "- Các cấp Hội tổ chức 320 buổi tuyên truyền;\n"
            "- Vận động 45 suất học bổng.\n")
    assert targets(text) == {320: None, 45: None}


def test_tasks_in_a_plan_are_targets():
    text = ("KẾ HOẠCH công tác Hội năm 2027\n"
            "III. CÁC NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Mỗi quý tổ chức ít nhất 01 đợt truyền thông tại 100% thôn, tổ dân phố.\n")
    assert targets(text) == {1: 1, 100: 100}


# --- iv16 P9: a topic heading ends an old term's list of targets ---

def test_a_topic_heading_ends_the_list_of_targets():
    text = ("Nghị quyết Đại hội nhiệm kỳ 2021 - 2026 đề ra các chỉ tiêu: kết nạp 500 hội viên mới; giúp 40 hộ thoát "
            "nghèo.\n1. Công tác phát triển hội viên\nCác cấp Hội tổ chức 214 buổi sinh hoạt với 5.300 lượt hội viên "
            "tham dự.\n")
    facts = by_value(text)
    assert facts[500]["target"] == 500 and facts[214]["target"] is None and facts[5300]["target"] is None


def test_a_list_going_on_in_its_paragraph_still_continues():
    assert targets("Nghị quyết đề ra: 100% chi hội sinh hoạt định kỳ; 90% hội viên được tuyên truyền. 95% cơ sở "
                   "đạt vững mạnh.") == {100: 100, 90: 90, 95: 95}


# --- iv20 P6: a newspaper's verdict naming its plan ---

@pytest.mark.parametrize("text, result, plan", [
    ("Năm 2026, Hội giúp 64 hộ thoát nghèo, về đích sớm 2 tháng so với chỉ tiêu 60 hộ.", 64, 60),
    ("Hội vận động nhận đỡ đầu 240 trẻ mồ côi, gấp đôi chỉ tiêu 120 trẻ mà Huyện Hội đặt ra đầu năm.", 240, 120),
    ("Các chi hội trao 130 suất quà, gấp đôi kế hoạch 65 suất.", 130, 65),
])
def test_a_newspapers_verdict_names_its_plan(text, result, plan):
    facts = by_value(text)
    assert facts[result]["target"] == plan and facts[plan]["target"] == plan


@pytest.mark.parametrize("text, result, gap, plan", [
    ("Quý I, Hội đã giúp 18 hộ thoát nghèo; chỉ còn 12 hộ nữa là hoàn thành chỉ tiêu 30 hộ mà xã giao.", 18, 12, 30),
    ("Chi hội đã trao 27 suất quà, còn 4 suất nữa là đạt kế hoạch 31 suất.", 27, 4, 31),
])
def test_the_gap_to_a_named_plan_links_the_result_so_far(text, result, gap, plan):
    facts = by_value(text)
    assert (facts[result]["target"], facts[gap]["target"], facts[plan]["target"]) == (plan, None, plan)


def test_a_gap_that_does_not_add_up_leaves_the_result():
    facts = by_value("Chi hội đã trao 20 suất quà, còn 4 suất nữa là đạt kế hoạch 30 suất.")
    assert (facts[20]["target"], facts[4]["target"], facts[30]["target"]) == (None, None, 30)


def test_a_rate_verdict_stays_a_rate():
    facts = by_value("Hội giúp 95 hộ, vượt chỉ tiêu 15%.")
    assert facts[95]["target"] is None and facts[95]["achievement_pct"] == 115


# --- iv20 P12, iv19 P4: the target sentence after the result names its receiver and the deed ---

@pytest.mark.parametrize("text, result, plan", [
    ("Năm 2026, Hội hoạt động sôi nổi. Hội giúp 52 hộ thoát nghèo. Chỉ tiêu xã giao cho Hội năm 2026 là giúp 60 hộ "
     "thoát nghèo.", 52, 60),
    ("Sơ kết 6 tháng năm 2026. Vận động 41 suất học bổng. Theo kế hoạch Huyện Hội giao năm 2026, xã phải vận động 50 "
     "suất học bổng.", 41, 50),
])
def test_a_target_sentence_naming_its_receiver_and_deed_follows_its_result(text, result, plan):
    facts = by_value(text)
    assert facts[result]["target"] == plan and facts[plan]["target"] == plan


def test_a_next_years_target_after_a_result_stays_apart():
    facts = by_value("Năm 2025, Hội giúp 18 hộ thoát nghèo. Chỉ tiêu năm 2026 là giúp 20 hộ.")
    assert facts[18]["target"] is None and facts[20]["target"] == 20


# --- iv20 P22: a numbered item opening on the later year's list ---

def test_a_numbered_later_year_list_sets_every_item():
    text = ("BÁO CÁO tổng kết công tác Hội năm 2026\n1. Hội kết nạp 148 hội viên.\n"
            "7. Năm 2027: kết nạp ít nhất 160 hội viên; giúp 22 hộ thoát nghèo; trao 30 suất học bổng.\n")
    assert targets(text) == {148: None, 160: 160, 22: 22, 30: 30}


def test_a_chronicles_year_with_a_colon_stays_told():
    assert targets("Năm 2021, nhóm thành lập với 13 thành viên. Năm 2022: kết nạp thêm 4 thành viên.") == {
        13: None, 4: None}


# --- iv16 P19: any line under the rest of the year's tasks is a task ---

def test_a_line_under_the_years_last_tasks_needs_no_opener():
    text = ("BÁO CÁO sơ kết 6 tháng năm 2026\nI. KẾT QUẢ\nHội kết nạp 38 hội viên.\n"
            "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n"
            "Chuyển giao sổ sách, quỹ Hội cho Hội LHPN xã mới; hoàn thành 100% chỉ tiêu còn lại trước khi sáp nhập.\n"
            "Nơi nhận:\n")
    assert targets(text) == {38: None, 100: 100}


def test_a_line_under_a_review_heading_of_tasks_stays_told():
    text = ("BÁO CÁO sơ kết 6 tháng năm 2026\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM\n"
            "Bàn giao 3 nhà tình thương cho hộ nghèo.\n")
    assert targets(text) == {3: None}


# --- iv20 P17: a multiple of the target in the next sentence ---

@pytest.mark.parametrize("text, result, plan", [
    ("Năm 2026, huyện giao Hội chỉ tiêu vận động 40 suất học bổng. Kết thúc năm, Hội trao 81 suất học bổng, gấp đôi "
     "kế hoạch.", 81, 40),
    ("Năm 2025, tỉnh giao Hội chỉ tiêu giúp 700 hộ thoát nghèo. Đến cuối năm, con số này là 1.420 hộ, tức gấp đôi chỉ "
     "tiêu.", 1420, 700),
])
def test_a_multiple_of_the_target_next_links_its_result(text, result, plan):
    facts = by_value(text)
    assert facts[result]["target"] == plan and facts[result]["achievement_pct"] == 200


def test_a_multiple_of_last_year_links_nothing():
    facts = by_value("Năm 2026, huyện giao Hội chỉ tiêu vận động 40 suất học bổng. Kết thúc năm, Hội trao 81 suất "
                     "học bổng, gấp đôi năm trước.")
    assert facts[81]["target"] is None
