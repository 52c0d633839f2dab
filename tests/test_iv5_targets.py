"""Issue 11, iv5's results and targets outside tables (FINDINGS B3, C2, C3, C4), in invented wordings: a result's
target written after it in another shape (a competition pledge, "chỉ tiêu cụm đề ra là …", "so với mục tiêu N … đặt
ra", a verdict then the target in brackets, "(thực hiện R, chỉ tiêu T)", "thực hiện R/T"), and rates that are no
achievement (a comparison with last year, the share of the targets met, a share whose target share is in brackets).
Guards: the same shapes against the past, a verdict on a result, a ratio measured by its rate alone."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))]


# --- C4: a comparison with last year is no achievement ---

@pytest.mark.parametrize("text, value", [
    ("Dư nợ ủy thác đạt 1.240 tỷ đồng, bằng 107% cùng kỳ.", 107),
    ("Số hội viên mới kết nạp là 2.318 người, bằng 112% cùng kỳ năm trước.", 112),
    ("Quỹ tiết kiệm của hội viên đạt 35 tỷ đồng, bằng 103,5% năm trước.", 103.5),
    ("Các cấp Hội giúp 320 hộ thoát nghèo, bằng 128% năm 2024.", 128),
    ("Hội kết nạp 968 hội viên, đạt 112% cùng kỳ năm 2024.", 112),
])
def test_a_rate_against_last_year_is_no_achievement(text, value):
    found = marks(text)
    assert all(a is None for _v, _t, a in found)
    assert (float(value), None, None) in found


def test_a_rate_against_the_plan_keeps_its_achievement():
    assert marks("Hội kết nạp 1.230 hội viên, bằng 123% kế hoạch.") == [(1230, None, 123), (123, None, 123)]


# --- C4: "hoàn thành 100% chỉ tiêu" with no result: the share of the targets met, or a plan's goal ---

@pytest.mark.parametrize("text", [
    "Nhiệm kỳ qua, Hội đã hoàn thành 100% chỉ tiêu Nghị quyết đề ra, trong đó 4 chỉ tiêu vượt kế hoạch.",
    "Năm 2024, các cấp Hội đã hoàn thành 100% các chỉ tiêu thi đua của tỉnh.",
])
def test_all_the_targets_met_is_a_share_of_them(text):
    assert marks(text)[0] == (100, None, None)


@pytest.mark.parametrize("text", [
    "1. Tập trung chỉ đạo hoàn thành 100% chỉ tiêu năm 2026; chuẩn bị tốt công tác tổng kết.",
    "Tiếp tục chỉ đạo các cơ sở Hội hoàn thành 100% chỉ tiêu kế hoạch năm.",
])
def test_a_plan_to_meet_every_target_sets_one(text):
    assert marks(text)[0] == (100, 100, None)


def test_a_result_met_in_full_keeps_its_rate():
    assert marks("Hội đã giúp 45 hộ thoát nghèo, hoàn thành 100% chỉ tiêu.") == [(45, None, 100), (100, None, 100)]


# --- C4: a share whose target share follows in brackets is measured in points, not a rate ---

@pytest.mark.parametrize("text, share, target", [
    ("Tỷ lệ tập hợp hội viên đạt 86,5% (chỉ tiêu Nghị quyết Đại hội XII: 85%).", 86.5, 85),
    ("Tỷ lệ chi hội vững mạnh đạt 78% (chỉ tiêu Nghị quyết Đại hội lần thứ XIV: 75%).", 78, 75),
])
def test_a_share_and_its_congress_s_target_share(text, share, target):
    assert marks(text) == [(share, target, None), (target, target, None)]


# --- B3, C2: a result's target after its rate, in other shapes ---

@pytest.mark.parametrize("text, result, rate, target", [
    ("Cả cụm giúp 2.130 hộ thoát nghèo, đạt 106,5% so với giao ước thi đua (2.000 hộ).", 2130, 106.5, 2000),
    ("Các tỉnh kết nạp 5.400 hội viên, bằng 90% giao ước thi đua năm 2025 (6.000 hội viên).", 5400, 90, 6000),
    ("Các tỉnh xây dựng 860 nhà \"Mái ấm\" (vượt 7,5% chỉ tiêu cụm đề ra là 800 nhà).", 860, 107.5, 800),
    ("Hội vận động 380 triệu đồng, đạt 95% kế hoạch huyện giao là 400 triệu đồng.", 380e6, 95, 400e6),
    ("Có 12.600 phụ nữ được hỗ trợ khởi nghiệp, vượt 5% so với mục tiêu 12.000 phụ nữ đặt ra cho năm 2026.",
     12600, 105, 12000),
    # the target's shorter noun ends where its words go on ("trẻ đặt ra" for "trẻ em")
    ("Có 1.260 trẻ em được nhận đỡ đầu, vượt 5% so với mục tiêu 1.200 trẻ đặt ra cho năm 2026.", 1260, 105, 1200),
    ("Hội giúp 63 hộ phụ nữ thoát nghèo, vượt 5% so với mục tiêu 60 hộ được giao.", 63, 105, 60),
    # the giver named as a union ("Tỉnh hội", "Thành hội"), a pledge made with the cluster
    ("Năm 2025, Hội kết nạp 2.046 hội viên, bằng 102,3% chỉ tiêu Tỉnh hội giao (2.000 hội viên).", 2046, 102.3, 2000),
    ("Hội kết nạp 540 hội viên, đạt 90% so với chỉ tiêu Thành hội giao là 600 hội viên.", 540, 90, 600),
    ("Hội thành lập 12 tổ hợp tác, đạt 120% chỉ tiêu giao ước thi đua với Cụm (10 tổ hợp tác).", 12, 120, 10),
])
def test_a_result_s_target_after_its_rate(text, result, rate, target):
    found = marks(text)
    assert found[0] == (result, target, rate)
    assert (float(target), float(target), None) in found


@pytest.mark.parametrize("text, result, target", [
    ("Hội thành lập mới 9 hợp tác xã, vượt kế hoạch năm (6 hợp tác xã).", 9, 6),
    ("Các cấp Hội giúp 52 hộ thoát nghèo, hoàn thành sớm chỉ tiêu cả năm (50 hộ).", 52, 50),
    ("Kết nạp 317 hội viên mới, vượt chỉ tiêu Nghị quyết (300 hội viên), đạt 105,7%.", 317, 300),
])
def test_a_verdict_then_the_target_in_brackets(text, result, target):
    found = marks(text)
    assert found[0][:2] == (result, target)
    assert found[1] == (target, target, None)


def test_a_shorter_noun_that_goes_on_names_another_thing():
    found = marks("Hội thành lập 12 tổ hợp tác, vượt 20% so với mục tiêu 10 tổ phụ nữ.")
    assert found[0][1] is None


def test_a_verdict_against_last_year_names_no_target():
    assert marks("Hội thành lập mới 9 hợp tác xã, vượt so với năm trước (6 hợp tác xã).")[1][1] is None


# --- C3: the rate of a named target, its result and target in brackets after it ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Tuy nhiên, chỉ tiêu giới thiệu đoàn viên ưu tú mới đạt 76% (thực hiện 380 người, chỉ tiêu 500 người).",
     380, 500, 76),
    ("Riêng chỉ tiêu giúp hộ thoát nghèo chỉ đạt 75% (kết quả 45 hộ, kế hoạch 60 hộ).", 45, 60, 75),
])
def test_a_named_target_s_rate_and_its_result_in_brackets(text, result, target, rate):
    found = marks(text)
    assert (float(result), float(target), float(rate)) in found


def test_done_over_planned_after_a_named_target_s_rate():
    found = extract_facts(normalize_text(
        "Chỉ tiêu phát triển hội viên mới chỉ đạt 92% (thực hiện 4.600/5.000 hội viên)."))
    ratio = next(f for f in found if f["unit_class"] == "ratio")
    assert (ratio["denominator"], ratio["target"], ratio["achievement_pct"]) == (5000, 5000, 92)


def test_a_part_of_a_whole_measured_by_its_rate_sets_no_target():
    found = extract_facts(normalize_text(
        "Chỉ tiêu về thành lập hợp tác xã mới đạt 40% (thành lập 2/5 hợp tác xã)."))
    ratio = next(f for f in found if f["unit_class"] == "ratio")
    assert (ratio["target"], ratio["achievement_pct"]) == (None, 40)


# --- B4: the level a target rises from is no target ---

@pytest.mark.parametrize("text, baseline", [
    ("I. CHỈ TIÊU NĂM 2026\n1. Kết nạp 250 hội viên mới, nâng tỷ lệ tập hợp hội viên từ 68% lên 72%.\n", 68),
    ("Phấn đấu nâng số hộ vay vốn từ 1.200 hộ lên 1.500 hộ vào cuối năm 2026.", 1200),
    ("Mục tiêu đến năm 2030: nâng tỷ lệ chi hội vững mạnh từ 60% lên ít nhất 75%.", 60),
])
def test_the_level_a_target_rises_from(text, baseline):
    found = {v: (t, a) for v, t, a in marks(text)}
    assert found[baseline] == (None, None)


def test_a_range_of_targets_keeps_both_ends():
    found = {v: t for v, t, _a in marks("Phấn đấu mỗi năm giúp từ 40 đến 50 hộ thoát nghèo.")}
    assert found[40] == 40 and found[50] == 50


# --- a rate after an item's count and its value: two figures of one item, the owner unclear (iv4 s004, iv5 r004) ---

@pytest.mark.parametrize("text", [
    "Hội vận động xây dựng 42 nhà tình nghĩa, tổng trị giá 2,1 tỷ đồng, đạt 105% kế hoạch.",
    "Các chi hội trao 320 suất quà cho hội viên khó khăn, tổng kinh phí 96 triệu đồng, đạt 128% kế hoạch năm.",
])
def test_a_rate_after_an_item_and_its_value_stays_on_the_percent(text):
    found = marks(text)
    assert [a for _v, _t, a in found[:2]] == [None, None]
    assert found[2][2] is not None


def test_a_rate_after_a_clause_of_its_own_measures_its_figure():
    found = marks("Tập huấn cho 800 phụ nữ, giới thiệu việc làm cho 45 lao động, vượt 50% chỉ tiêu.")
    assert found[1] == (45, None, 150)
