"""A result and the target told after it in its sentence (issue 11, iv9 FINDINGS P1, P5), on invented phrasings,
with guards.

P1: "…, trong khi chỉ tiêu cả năm huyện giao là N": the year and who set the target between the words and the number.
P5: "…, so với mục tiêu Đại hội đề ra N thì đạt X%": the congress setting the target. The rate after "thì đạt" goes on
the result too (the thirteenth session's house rule, iv9 r009's gold as iv14 r009's).
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # P1: the year and the giver between "chỉ tiêu" and "là"
    ("Năm qua, Hội đã hỗ trợ 15 hộ hội viên vay vốn, trong khi chỉ tiêu cả năm huyện giao là 12 hộ.",
     [(15, 12, None), (12, 12, None)]),
    ("Chi hội vận động 64 suất quà cho trẻ em, trong khi kế hoạch năm phường giao là 50 suất.",
     [(64, 50, None), (50, 50, None)]),
    ("Quý III, Hội giúp 33 phụ nữ học nghề, trong khi mục tiêu cả năm Tỉnh hội giao là 30 phụ nữ, đạt 110%.",
     [(33, 30, 110), (30, 30, None), (110, None, 110)]),
    # P5: the congress sets it, the rate follows "thì"
    ("Xã đã giúp 45 hộ thoát nghèo, so với mục tiêu Đại hội đề ra 40 hộ thì đạt 112,5%.",
     [(45, 40, 112.5), (40, 40, None), (112.5, None, 112.5)]),
    ("Kết nạp 260 hội viên mới, so với chỉ tiêu Đại hội giao 200 hội viên thì vượt 30%.",
     [(260, 200, 130), (200, 200, None), (30, None, 130)]),
])
def test_a_target_told_after_its_result(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text", [
    # next year's target measures no result of this year
    "Năm qua, Hội đã hỗ trợ 15 hộ hội viên vay vốn, trong khi chỉ tiêu năm tới huyện giao là 20 hộ.",
    # another noun
    "Chi hội vận động 64 suất quà cho trẻ em, trong khi kế hoạch năm phường giao là 50 hộ.",
    # the congress's term, no target word: a count of delegates
    "Đại hội bầu 25 đồng chí vào Ban Chấp hành, so với Đại hội trước 23 đồng chí.",
])
def test_no_target_without_the_words(text):
    assert marks(text)[0][1] is None  # the result before takes no target


@pytest.mark.parametrize("text, expected", [
    # P3: the next clause sets the target with no "là", then "- như vậy đạt X%"
    ("Năm nay chi hội kết nạp 69 hội viên mới; chỉ tiêu xã giao 60 hội viên - như vậy đạt 115%.",
     [(69, 60, 115), (60, 60, None), (115, None, 115)]),
    # the congress sets the year's target, "như vậy đã thực hiện được X%"
    ("Quý III, các cơ sở Hội đã giúp 230 hộ thoát nghèo; Đại hội đề ra chỉ tiêu cả năm là 400 hộ, như vậy đã thực "
     "hiện được 57,5%.",
     [(230, 400, 57.5), (400, 400, None), (57.5, None, 57.5)]),
])
def test_a_target_in_the_next_clause_then_its_rate(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text", [
    # the rate is no quotient of the two (69 of 60 is 115 %)
    "Năm nay chi hội kết nạp 69 hội viên mới; chỉ tiêu xã giao 60 hội viên - như vậy đạt 90%.",
    # another noun
    "Quý III, các cơ sở Hội đã giúp 230 hộ thoát nghèo; Đại hội đề ra chỉ tiêu cả năm là 400 hội viên, như vậy đã "
    "thực hiện được 57,5%.",
])
def test_no_rate_for_a_clause_target_that_does_not_measure_it(text):
    assert marks(text)[0][2] is None  # the result takes no rate


@pytest.mark.parametrize("text, expected", [
    # P4: the result "trên tổng số" the plan's number, named the plan after it
    ("Đến nay, Hội đã bàn giao 180 căn nhà trên tổng số 300 căn theo kế hoạch.", [(180, 300, None), (300, 300, None)]),
    ("Các chi hội đã trao 45 suất học bổng trên tổng số 60 suất theo chỉ tiêu năm.", [(45, 60, None), (60, 60, None)]),
])
def test_a_result_out_of_its_plan(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text", [
    # a total, no plan
    "Đến nay, Hội đã bàn giao 180 căn nhà trên tổng số 300 căn của toàn tỉnh.",
    "Có 85 hội viên tham gia trên tổng số 120 hội viên của chi hội.",
])
def test_a_share_of_a_total_is_no_target(text):
    assert all(row[1] is None for row in marks(text))


@pytest.mark.parametrize("text, expected", [
    # P1: the result's noun typed with a tone missing ("hôi viên") counts the target's "hội viên"
    ("Năm qua kết nạp 1.230 hôi viên mới, trong khi chỉ tiêu năm là 1.100 hội viên, vượt 11,8%.",
     [(1230, 1100, 111.8), (1100, 1100, None), (11.8, None, 111.8)]),
])
def test_a_noun_missing_a_tone_is_the_same_noun(text, expected):
    assert marks(text) == _floats(expected)


def test_one_word_nouns_differing_by_tone_differ():
    # "hồ" (ponds) is no "hộ" (households): one-word nouns keep their tones
    assert marks("Năm qua nạo vét 12 hồ, trong khi chỉ tiêu năm là 10 hộ.")[0][1] is None
