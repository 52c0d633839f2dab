"""Issue 11, the genre lessons of check set rc6 (benchmarks/checksets/rc6/FINDINGS.md §A, §B), each in new wordings:
a goal that shares only its unit with earlier or repeated results ("giúp 60 hộ thoát nghèo" against "150 hộ vay
vốn"), target words in a framing clause ("Cùng với phương hướng, mục tiêu …, 100% … có"), digits in a residential
group's name ("TDP 3") and a building grade ("nhà cấp 4"), a view counter ("Tổng số lượt xem: 1478277"), the full
set of criteria a share must meet ("90% chi hội đạt 5/5 tiêu chí"), a mistyped "chỉ tiêu" after a ratio, a delegate
count after "tiêu biểu", and a money range with the scale word on both ends ("từ 100 triệu – 200 triệu")."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def by_value(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in facts(text)}


# --- A1: a goal is carried only to results of the same indicator, not of the same unit ---

@pytest.mark.parametrize("text, goal, others", [
    ("Năm 2024 phấn đấu giúp 60 hộ thoát nghèo. Kết quả, Hội đã giúp 150 hộ vay vốn.", 60, [150]),
    ("Phấn đấu giúp 40 hộ thoát nghèo trong năm. Đến nay đã có 75 hộ được vay vốn và 120 hộ nghèo được thăm hỏi.",
     40, [75, 120]),
    ("Hội cho 150 hộ vay vốn; hiện còn 210 hộ nghèo. Phấn đấu giúp 60 hộ thoát nghèo trong năm.", 60, [150, 210]),
])
def test_a_goal_does_not_reach_results_that_only_share_its_unit(text, goal, others):
    found = by_value(text)
    assert found[float(goal)]["target"] == goal
    assert [found[float(v)]["target"] for v in others] == [None] * len(others)


def test_a_repeated_page_does_not_measure_its_first_results_by_its_goal():
    story = ("Hội đã giúp 85 hộ hội viên được vay vốn; 12 hộ được hỗ trợ. Phấn đấu giúp 30 hộ thoát nghèo trong "
             "năm.\n\n")
    found = facts(story + story)
    assert [(f["value"], f["target"]) for f in found] == [(85.0, None), (12.0, None), (30.0, 30.0)] * 2


@pytest.mark.parametrize("text, result, target", [
    ("Năm 2024 phấn đấu giúp 60 hộ thoát nghèo. Kết quả, Hội đã giúp 45 hộ thoát nghèo.", 45, 60),
    ("Mục tiêu xây dựng 100 công trình phần việc. Kết quả, đã thực hiện được 115 công trình.", 115, 100),
])
def test_a_result_of_the_same_indicator_is_still_measured(text, result, target):
    assert by_value(text)[float(result)]["target"] == target


# --- A2: target words in a framing clause open no target scope ---

@pytest.mark.parametrize("text, value", [
    ("Cùng với phương hướng, mục tiêu và chỉ tiêu cho 5 năm tới, 100% chủ tịch hội cơ sở khóa mới có trình độ "
     "đại học.", 100),
    ("Bên cạnh các mục tiêu, chỉ tiêu đề ra, 95% cán bộ Hội có trình độ trung cấp lý luận chính trị.", 95),
    ("Song song với các chỉ tiêu Nghị quyết, 98% hội viên được tuyên truyền pháp luật.", 98),
])
def test_a_framing_clause_naming_targets_leaves_a_result(text, value):
    assert by_value(text)[float(value)]["target"] is None


@pytest.mark.parametrize("text, value", [
    ("Đại hội thông qua nhiệm kỳ 2025-2030 cùng với mục tiêu tập hợp trên 90% phụ nữ tham gia Hội.", 90),
    ("Bên cạnh đó, phấn đấu 100% chi hội có mô hình tiết kiệm.", 100),
])
def test_a_goal_of_its_own_after_the_framing_words_stays_a_target(text, value):
    assert by_value(text)[float(value)]["target"] == value


# --- B1/B2: digits in names and grades, a view counter ---

@pytest.mark.parametrize("text, kept", [
    ("Chi hội phụ nữ TDP 3 có 45 hội viên.", [45]),
    ("Chi hội TDP 12 vận động 20 hội viên tham gia.", [20]),
    ("Chi hội tổ dân phố 7 kết nạp 9 hội viên mới.", [9]),
    ("Hội đã hỗ trợ sửa chữa 2 căn nhà cấp 4 cho hội viên nghèo.", [2]),
    ("Tổng số lượt xem: 1478277\nHội kết nạp 35 hội viên.", [35]),
    ("Tổng lượt xem: 20.512\nHội kết nạp 35 hội viên.", [35]),
])
def test_names_grades_and_counters_are_no_figures(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


# --- B3: the full set of criteria after a share is the share's bar ---

@pytest.mark.parametrize("text, share", [
    ("Phấn đấu 90% chi hội đạt 5/5 tiêu chí.", 90),
    ("Phấn đấu 100% hộ gia đình đạt 8/8 tiêu chí.", 100),
    ("Năm 2024 có 85% khu dân cư đạt 10/10 tiêu chí văn hóa.", 85),
])
def test_all_criteria_after_a_share_are_its_bar(text, share):
    assert [f["value"] for f in facts(text)] == [float(share)]


def test_criteria_met_by_a_place_stay_a_ratio():
    found = facts("Xã đã đạt 17/19 tiêu chí nông thôn mới.")
    assert [(f["value"], f["denominator"]) for f in found] == [(17.0, 19.0)]


# --- B4, B5: a mistyped "chỉ tiêu", a delegate count after "tiêu biểu" ---

@pytest.mark.parametrize("text, value, denominator", [
    ("Có 7/10 chỉ tiêt vượt kế hoạch.", 7, 10),
    ("Đạt và vượt 9/12 chỉ tiue đề ra.", 9, 12),
])
def test_a_mistyped_target_noun_keeps_the_ratio(text, value, denominator):
    assert [(f["value"], f["denominator"]) for f in facts(text)] == [(float(value), float(denominator))]


@pytest.mark.parametrize("text, count", [
    ("Nữ doanh nhân tiêu biểu 7 đại biểu (1,5%).", 7),
    ("Cán bộ cơ sở tiêu biểu 12 đại biểu (2,3%).", 12),
])
def test_a_delegate_count_after_tieu_bieu_is_a_figure(text, count):
    assert float(count) in by_value(text)


def test_a_table_number_is_still_a_name():
    assert facts("Số liệu chi tiết tại Biểu 7 kèm theo.") == []


# --- the qualifiers of a money range with the scale word on both ends ---

@pytest.mark.parametrize("text, low, high", [
    ("Mức vay từ 100 triệu – 200 triệu đồng/hộ.", 1e8, 2e8),
    ("Mức hỗ trợ từ 5 triệu - 10 triệu đồng/người.", 5e6, 1e7),
    ("Các dự án có vốn từ 1 tỷ đến 3 tỷ đồng.", 1e9, 3e9),
])
def test_a_range_with_the_scale_on_both_ends(text, low, high):
    assert [(f["value"], f["qualifier"]) for f in facts(text)] == [(low, "at_least"), (high, "less_than")]


def test_all_criteria_after_a_share_with_a_compound_subject():
    found = facts("Phấn đấu 95% hộ gia đình và thành viên tham gia mô hình đạt 5/5 tiêu chí của mô hình.")
    assert [f["value"] for f in found] == [95.0]


# --- B1: a heroic mother's children are her story ---

@pytest.mark.parametrize("text, kept", [
    ("Thăm Mẹ Việt Nam Anh hùng có chồng và 1 người con hy sinh, Hội trao 5 suất quà.", [5]),
    ("Mẹ có 3 người con là liệt sĩ; Hội tặng 2 triệu đồng.", [2e6]),
    ("Hội hỗ trợ học bổng cho 20 người con của hội viên nghèo.", [20]),
])
def test_kin_in_a_tribute_are_no_figures(text, kept):
    assert [f["value"] for f in facts(text)] == [float(v) for v in kept]


# --- C3: the reporting level of a provincial plan, a ward's branch, a provincial roundup with photo captions ---

def level(text: str) -> str | None:
    return extract_document_info(normalize_text(text))["org_level"]


@pytest.mark.parametrize("text", [
    "Thực hiện Đề án 939, UBND tỉnh đã ban hành kế hoạch số 120/KH-UBND, phấn đấu đến năm 2025 hỗ trợ 500 phụ nữ "
    "khởi nghiệp.",
    "Để triển khai Đề án 938, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện, đề ra mục tiêu đến năm 2027 có 90% "
    "phụ nữ được tuyên truyền.",
])
def test_a_plan_of_the_provincial_government_is_provincial(text):
    assert level(text) == "province"


@pytest.mark.parametrize("text", [
    "Chi hội phụ nữ tổ dân phố 5, phường Bến Thủy có 120 hội viên.\nTại buổi lễ, Hội LHPN thành phố Vinh đã trao "
    "giấy khen cho chi hội.",
    "Chi hội phụ nữ thôn Đông, xã Nghĩa Hòa có 86 hội viên.\nHội LHPN huyện Tư Nghĩa tặng giấy khen cho chi hội.",
])
def test_a_branch_of_a_ward_reports_at_the_ward_level(text):
    assert level(text) == "commune"


def test_a_caption_naming_a_ward_does_not_make_a_provincial_roundup_a_ward_report():
    text = ("Tỉnh Hà Tĩnh đã hoàn thành Đại hội đại biểu phụ nữ cấp cơ sở nhiệm kỳ 2025 – 2030.\n\n"
            "Lãnh đạo Hội LHPN tỉnh tặng hoa chúc mừng Ban Chấp hành Hội LHPN phường Bắc Hồng Lĩnh. Ảnh: PV\n\n"
            "100% xã, phường đã tổ chức thành công đại hội. Đánh giá chung từ Ban Thường vụ Hội LHPN tỉnh: các đại "
            "hội được tổ chức trang trọng.")
    assert level(text) == "province"
