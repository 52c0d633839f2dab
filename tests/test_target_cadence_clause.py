"""A target's cadence is its own clause's when the clause says one ("kết nạp mới 25.000 hội viên trong nhiệm kỳ" is
a term total even after "Hằng năm, 100% cơ sở Hội …;"); a clause that says none takes the cue before it (a list
under "Hằng năm:"). Invented sentences, read as a congress of 2021 opening 2021-2026."""
from __future__ import annotations

import pytest

from wuanalysis.target_table import target_period

LIST = ("Nhiệm kỳ 2021 - 2026, Đại hội thông qua 9 chỉ tiêu chủ yếu: Hằng năm, 100% cơ sở Hội được hướng dẫn tổ "
        "chức ít nhất 2 hoạt động tuyên truyền; kết nạp mới 25.000 hội viên trong nhiệm kỳ; mỗi năm giúp 1.000 hộ "
        "phụ nữ thoát nghèo; đến cuối nhiệm kỳ thành lập mới 20 hợp tác xã.")


def cadence(sentence: str, figure: str) -> str:
    return target_period(2021, "term", "nhiệm kỳ 2021-2026", sentence, sentence.index(figure))[3]


@pytest.mark.parametrize(("figure", "expected"), [
    ("25.000 hội viên", "by_end"),     # "trong nhiệm kỳ" closes its own clause: a term total
    ("20 hợp tác xã", "by_end"),
    ("1.000 hộ", "per_year"),          # guard: "mỗi năm" in its own clause
    ("100% cơ sở", "per_year"),        # guard: "Hằng năm," opens its own clause
])
def test_a_clause_s_own_cadence_wins(figure, expected):
    assert cadence(LIST, figure) == expected


def test_a_list_under_a_cadence_heading_keeps_it():
    sentence = "Hằng năm: kết nạp ít nhất 2.500 hội viên mới; giúp 300 hộ thoát nghèo; thành lập 5 tổ hợp tác."
    assert cadence(sentence, "300 hộ") == "per_year" and cadence(sentence, "5 tổ hợp tác") == "per_year"


def test_a_later_clause_s_cue_is_not_an_earlier_figure_s():
    sentence = "Kết nạp 2.500 hội viên mỗi năm; đến cuối nhiệm kỳ có 30 hợp tác xã."
    assert cadence(sentence, "2.500 hội viên") == "per_year" and cadence(sentence, "30 hợp tác xã") == "by_end"


@pytest.mark.parametrize(("figure", "expected"), [
    ("50 tổ hợp tác", "by_end"),   # "Hằng năm," opens the first item only: not the list's cadence
    ("60% chi hội", "by_end"),
])
def test_a_cadence_inside_an_earlier_item_is_that_item_s(figure, expected):
    sentence = ("Nhiệm kỳ 2021 - 2026, Đại hội thông qua 9 chỉ tiêu chủ yếu: Hằng năm, 100% cơ sở Hội được hướng dẫn "
                "tổ chức ít nhất 2 hoạt động tuyên truyền; hỗ trợ thành lập mới 50 tổ hợp tác, 20 hợp tác xã; 60% chi "
                "hội có mô hình tiết kiệm.")
    assert cadence(sentence, figure) == expected


def test_a_cadence_before_the_list_s_colon_is_the_list_s():
    sentence = "Đại hội đề ra mỗi năm: kết nạp ít nhất 2.500 hội viên; giúp 300 hộ thoát nghèo; thành lập 5 tổ hợp tác."
    assert cadence(sentence, "300 hộ") == "per_year"
