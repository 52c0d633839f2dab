"""Results told as a list and their targets told as a list (issue 11, iv9 FINDINGS P2), on invented phrasings, with
guards.

P2: "thành lập A <noun1> và B <noun2>, trong khi kế hoạch đặt ra là C <noun1> và D <noun2>": each target is a figure
of its own (target == value) and each result takes the target of its own noun, never another noun's; one target
after a list goes to the result of its noun ("A <noun1> và B <noun2> - chỉ tiêu … là C <noun1>"); a bracket after a
list names the noun it measures ("19 HTX, 61 THT (kế hoạch năm: 15 HTX)"). The result's words may hold a comma
("hỗ trợ 27 hộ … bằng cây, con giống, trong khi chỉ tiêu … là 30 hộ").
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # results "A và B", then the targets "C và D" of the same nouns, abbreviated
    ("Năm qua xã thành lập 3 hợp tác xã và 12 tổ hợp tác, trong khi kế hoạch đặt ra là 2 HTX và 10 THT.",
     [(3, 2, None), (12, 10, None), (2, 2, None), (10, 10, None)]),
    # "so với chỉ tiêu … là", the targets in the other order: each by its noun
    ("Hội đã giúp 46 hộ thoát nghèo và xây 5 căn nhà tình thương, so với chỉ tiêu huyện giao là 4 căn nhà và 40 hộ.",
     [(46, 40, None), (5, 4, None), (4, 4, None), (40, 40, None)]),
    # money and members, commas between, "mục tiêu cả năm"
    ("Kết nạp 215 hội viên mới, vận động 38 triệu đồng ủng hộ quỹ, trong khi mục tiêu cả năm là 200 hội viên, "
     "35 triệu đồng.",
     [(215, 200, None), (38e6, 35e6, None), (200, 200, None), (35e6, 35e6, None)]),
    # "lần lượt là", the nouns not repeated: by order
    ("Toàn tỉnh trao 120 suất học bổng và 64 xe đạp, trong khi kế hoạch đặt ra lần lượt là 100 và 60.",
     [(120, 100, None), (64, 60, None), (100, 100, None), (60, 60, None)]),
    # one target after a list, a dash between: the result of its noun only
    ("Thành lập 14 tổ hợp tác và 3 hợp tác xã - chỉ tiêu đặt ra đầu năm chỉ là 10 tổ hợp tác.",
     [(14, 10, None), (3, None, None), (10, 10, None)]),
    ("Giới thiệu việc làm cho 82 lao động nữ và mở 4 lớp dạy nghề; kế hoạch cả năm là 5 lớp.",
     [(82, None, None), (4, 5, None), (5, 5, None)]),
])
def test_results_take_the_targets_of_their_nouns(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a bracket after a list names its noun: the result of that noun, not the figure next to it
    ("Hỗ trợ thành lập 8 HTX, 33 THT (kế hoạch năm: 6 HTX).", [(8, 6, None), (33, None, None), (6, 6, None)]),
    ("Năm 2025 trao 12 căn nhà, 140 suất quà (chỉ tiêu: 10 căn nhà).", [(12, 10, None), (140, None, None),
                                                                         (10, 10, None)]),
])
def test_a_bracket_after_a_list_measures_its_noun(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # the result's words hold a comma ("bằng cây, con giống")
    ("Hội đã hỗ trợ 19 hộ phụ nữ nghèo bằng cây, con giống, trong khi chỉ tiêu cả năm xã giao là 25 hộ.",
     [(19, 25, None), (25, 25, None)]),
    ("Trao 31 suất quà cho trẻ em mồ côi, khuyết tật, trong khi kế hoạch đặt ra là 30 suất.",
     [(31, 30, None), (30, 30, None)]),
])
def test_a_comma_inside_the_results_words(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text", [
    # last year's figures, no target word
    "Năm nay thành lập 3 hợp tác xã và 12 tổ hợp tác, trong khi năm trước là 2 HTX và 10 THT.",
    # another place's results
    "Xã An Phú thành lập 3 hợp tác xã và 12 tổ hợp tác, trong khi xã Bình Minh thành lập 2 HTX và 10 THT.",
    # the same period last year
    "Giúp 46 hộ thoát nghèo và xây 5 căn nhà, so với cùng kỳ là 40 hộ và 4 căn nhà.",
    # next year's targets measure no result of this year
    "Thành lập 3 hợp tác xã và 12 tổ hợp tác, trong khi kế hoạch năm tới là 4 HTX và 15 THT.",
])
def test_no_respective_targets_without_the_words(text):
    found = marks(text)
    assert found[0][1] is None and found[1][1] is None


def test_targets_of_other_nouns_go_to_no_result():
    # the plan names nouns the results do not count: each target stands alone
    found = marks("Thành lập 3 hợp tác xã và 12 tổ hợp tác, trong khi kế hoạch đặt ra là 40 hộ và 5 căn nhà.")
    assert found[0][1] is None and found[1][1] is None


@pytest.mark.parametrize("text, expected", [
    # P8: a demand for the rest of the year: "phải hoàn thành 100% chỉ tiêu năm", the remainders "thêm N" are targets
    ("Chủ tịch Hội yêu cầu trong quý IV các cấp Hội phải hoàn thành 100% chỉ tiêu năm, nhất là giúp thêm gần 150 hộ "
     "thoát nghèo và 12 căn nhà.",
     [(100, 100, None), (150, 150, None), (12, 12, None)]),
    ("Những tháng cuối năm, các chi hội cần tập trung kết nạp thêm 45 hội viên để hoàn thành chỉ tiêu.",
     [(45, 45, None)]),
    ("Để hoàn thành kế hoạch năm, các cơ sở Hội phải vận động thêm khoảng 80 triệu đồng cho quỹ.",
     [(80e6, 80e6, None)]),
    ("Thời gian còn lại, Hội cần hỗ trợ thêm 9 phụ nữ khởi nghiệp.", [(9, 9, None)]),
])
def test_a_demand_for_the_rest_of_the_year(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text", [
    # done already: a result, whatever is demanded after
    "Quý III, Hội đã hỗ trợ thêm 20 hộ thoát nghèo, phải tiếp tục phấn đấu.",
    # the demand is in another sentence
    "Các chi hội phải nỗ lực hơn nữa. Đến nay đã kết nạp thêm 45 hội viên.",
    # "phải" as a hardship, not a demand
    "Nhiều hộ phải vay nóng, Hội đã giúp thêm 14 hộ tiếp cận vốn ưu đãi.",
])
def test_no_demand_without_its_words(text):
    assert marks(text)[0][1] is None


@pytest.mark.parametrize("text, expected", [
    # the rate "so với Nghị quyết", the resolution's amount in brackets after it
    ("Kết quả giúp 58 hộ thoát nghèo, đạt 116% so với Nghị quyết (50 hộ).",
     [(58, 50, 116), (116, None, 116), (50, 50, None)]),
    ("Nhiệm kỳ qua kết nạp 1.260 hội viên, đạt 105% so với Nghị quyết Đại hội (1.200 hội viên).",
     [(1260, 1200, 105), (105, None, 105), (1200, 1200, None)]),
])
def test_a_rate_against_the_resolution_then_its_amount(text, expected):
    assert marks(text) == _floats(expected)


def test_a_rate_against_last_year_takes_no_bracket():
    found = marks("Kết nạp 1.260 hội viên, đạt 105% so với năm trước (1.200 hội viên).")
    assert found[0][1] is None


@pytest.mark.parametrize("text, expected", [
    # the term's target, then "; kết thúc nhiệm kỳ, … đã <deed> N" of its noun
    ("Nghị quyết đặt chỉ tiêu cả nhiệm kỳ giúp ít nhất 800 hộ thoát nghèo; kết thúc nhiệm kỳ, các cấp Hội đã giúp "
     "912 hộ.", [(800, 800, None), (912, 800, None)]),
    ("Đại hội đề ra chỉ tiêu thành lập 40 tổ hợp tác; đến nay, toàn tỉnh đã thành lập 47 tổ hợp tác.",
     [(40, 40, None), (47, 40, None)]),
])
def test_a_target_then_the_term_done_against_it(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text", [
    # another noun done
    "Nghị quyết đặt chỉ tiêu cả nhiệm kỳ giúp ít nhất 800 hộ thoát nghèo; kết thúc nhiệm kỳ, các cấp Hội đã xây 91 "
    "căn nhà.",
    # the term's end, nothing done yet: a plan, no result
    "Nghị quyết đặt chỉ tiêu cả nhiệm kỳ giúp ít nhất 800 hộ thoát nghèo; kết thúc nhiệm kỳ, phấn đấu giúp 900 hộ.",
])
def test_no_term_result_without_its_target(text):
    value, target, _ = marks(text)[1]
    assert target in (None, value)  # no result measured by the term's target (a plan is its own target)


@pytest.mark.parametrize("text, expected", [
    # the targets first, then "; thực hiện:" / "; kết quả" and the results: each by its noun
    ("Năm 2025, chỉ tiêu kết nạp 200 hội viên, vận động 35 triệu đồng; thực hiện: kết nạp 215 hội viên, vận động 38 "
     "triệu đồng.",
     [(200, 200, None), (35e6, 35e6, None), (215, 200, None), (38e6, 35e6, None)]),
    ("Kế hoạch giao 3 HTX và 14 THT; kết quả: thành lập 15 THT và 4 HTX.",
     [(3, 3, None), (14, 14, None), (15, 14, None), (4, 3, None)]),
])
def test_targets_first_then_their_results(text, expected):
    assert marks(text) == _floats(expected)


def test_targets_first_then_results_of_other_nouns():
    found = marks("Chỉ tiêu kết nạp 200 hội viên, vận động 35 triệu đồng; thực hiện: trao 40 suất quà, 12 căn nhà.")
    assert found[2][1] is None and found[3][1] is None
