"""Results and their targets told apart (issue 11, iv10 FINDINGS P1), on invented phrasings, with guards.

The targets in one sentence, the progress in the next, each with a bare rate in another form: ", tức 45% kế hoạch",
"(80%)", " - tương đương 62%"; the rate is the result's when it is the result's quotient over the target.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch năm là 12 căn Mái ấm. Qua 9 tháng, Hội bàn giao 9 căn, tức 75% kế hoạch.",
     [(12, 12, None), (9, 12, 75), (75, None, 75)]),
    ("Đầu năm các xã đăng ký giúp 60 hộ thoát nghèo. Đến tháng 10, toàn huyện giúp 48 hộ (80%).",
     [(60, 60, None), (48, 60, 80), (80, None, 80)]),
    # the rest of the result's noun, a comma inside it, before the rate
    ("Năm nay Hội đặt chỉ tiêu thành lập 20 tổ hợp tác. Sau 6 tháng, Hội thành lập 9 tổ hợp tác, hợp tác xã, tức 45% "
     "kế hoạch.", [(20, 20, None), (9, 20, 45), (45, None, 45)]),
    # money: a fund's target, the sum raised, its quotient in brackets
    ("Năm nay chi hội đặt chỉ tiêu kết nạp 20 hội viên, xây dựng quỹ hỗ trợ hội viên khó khăn "
     "50 triệu đồng. Qua 9 tháng, quỹ vận động được 35 triệu "
     "đồng (70%).", [(20, 20, None), (50e6, 50e6, None), (35e6, 50e6, 70), (70, None, 70)]),
])
def test_a_bare_rate_in_other_words(text, expected):
    assert [row for row in marks(text) if row[0] not in (9.0, 10.0, 6.0) or row[1]] == _floats(expected)


@pytest.mark.parametrize("text", [
    # next year's plan, then this year's result with its own rate (no target)
    "Năm 2026, Hội phấn đấu kết nạp 300 hội viên. Năm 2025 kết nạp 310 hội viên, đạt 103%.",
    # a bracketed share that is no quotient of the two
    "Năm nay Hội đặt chỉ tiêu xây dựng quỹ hỗ trợ hội viên 50 triệu đồng. Qua 9 tháng, quỹ vận động được 35 triệu "
    "đồng (40%).",
    # a target of another thing
    "Năm nay chi hội đặt chỉ tiêu kết nạp 40 hội viên. Qua 6 tháng, có 30 hộ được vay vốn (75%).",
])
def test_a_bare_rate_without_its_target(text):
    results = [row for row in marks(text) if row[0] in (310.0, 35e6, 30.0)]
    assert results and all(row[1] is None for row in results)
    assert all(row[2] is None for row in results if row[0] != 310.0)


@pytest.mark.parametrize("text, expected", [
    # P6: a target's clause, then past ";" the progress so far, its rate the quotient
    ("Kế hoạch năm là 40 hộ; tính đến nay mới hỗ trợ 31 hộ, tương đương 77,5%.",
     [(40, 40, None), (31, 40, 77.5), (77.5, None, 77.5)]),
    ("Mục tiêu của chi hội là 600 hội viên dùng ví điện tử; đến cuối tháng 6 có khoảng 250 người, tương đương 42%.",
     [(600, 600, None), (250, None, None), (42, None, None)]),
    ("Mục tiêu năm nay của Hội là có 500 hội viên cài ứng dụng; đến hết quý II mới có 215 hội viên, tương đương 43%.",
     [(500, 500, None), (215, 500, 43), (43, None, 43)]),
])
def test_progress_so_far_after_a_targets_clause(text, expected):
    assert [row for row in marks(text) if row[0] not in (6.0,)] == _floats(expected)


@pytest.mark.parametrize("text, targets", [
    # both clauses set targets
    ("Mục tiêu năm 2026 là 80 hội viên mới; mỗi chi hội 5 hội viên.", [80, 5]),
    ("Phấn đấu năm 2026 kết nạp 90 hội viên; đến cuối năm có 100% chi hội sinh hoạt định kỳ.", [90, 100]),
])
def test_a_targets_next_clause_that_sets_targets(text, targets):
    assert [row[1] for row in marks(text) if row[0] != 2026] == [float(t) for t in targets]


@pytest.mark.parametrize("text, expected", [
    # P16: the result, then past ";" the year's plan with no cue ("kế hoạch … là N")
    ("Quỹ tiết kiệm của chi hội vận động được 45 triệu đồng; kế hoạch cả năm là 120 triệu đồng.",
     [(45e6, 120e6, None), (120e6, 120e6, None)]),
    ("Trong 6 tháng, Hội giúp 12 hộ thoát nghèo; kế hoạch năm của chi hội là 30 hộ.",
     [(12, 30, None), (30, 30, None)]),
])
def test_a_plan_in_the_next_clause(text, expected):
    assert [row for row in marks(text) if row[0] != 6.0] == _floats(expected)


@pytest.mark.parametrize("text", [
    # next year's plan
    "Năm 2025, Hội giúp 12 hộ thoát nghèo; kế hoạch năm 2026 là 30 hộ.",
    # another thing's plan
    "Trong 6 tháng, Hội giúp 12 hộ thoát nghèo; kế hoạch năm là 30 hội viên.",
])
def test_a_plan_in_the_next_clause_of_another_year_or_thing(text):
    assert [row[1] for row in marks(text) if row[0] == 12.0] == [None]


@pytest.mark.parametrize("text, expected", [
    # P9: a share, then its target share in a trailing clause
    ("Tỷ lệ tập hợp hội viên đạt 76%, trong khi kế hoạch đặt ra là 75%.", [(76, 75, None), (75, 75, None)]),
    ("Tỷ lệ gia đình văn hóa đạt 93,5%, cao hơn kế hoạch đề ra (90%).", [(93.5, 90, None), (90, 90, None)]),
    ("Tỷ lệ hội viên tham gia bảo hiểm y tế là 88%, thấp hơn chỉ tiêu Nghị quyết (90%).",
     [(88, 90, None), (90, 90, None)]),
])
def test_a_share_beside_its_target_share(text, expected):
    assert marks(text) == _floats(expected)


def test_a_share_beside_last_years_share():
    assert all(row[1] is None for row in marks("Tỷ lệ tập hợp hội viên đạt 82%, trong khi năm 2024 là 79%."))


@pytest.mark.parametrize("text, expected", [
    # P12: a result, the verdict (no comma needed), the plan in brackets
    ("Chỉ tiêu thành lập tổ hợp tác: 7 tổ, vượt kế hoạch (5 tổ).", [(7, 5, None), (5, 5, None)]),
    ("Hội kết nạp 64 hội viên mới vượt kế hoạch năm (50 hội viên).", [(64, 50, None), (50, 50, None)]),
])
def test_a_verdict_then_its_plan_in_brackets(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu năm 2026: xây dựng 25/31 chi hội vững mạnh.", [(25, 25, None)]),
    # a change against last year, no plan
    ("Hội kết nạp 64 hội viên mới vượt so với năm trước (50 hội viên).", [(64, None, None), (50, None, None)]),
])
def test_no_plan_in_brackets(text, expected):
    assert [row for row in marks(text) if row[0] != 2026] == _floats(expected)


@pytest.mark.parametrize("text, target", [
    # P17: the units where a target was met are no part of it done
    ("Riêng chỉ tiêu giảm nghèo mới đạt ở 12/15 xã.", None),
    ("Chỉ tiêu tỷ lệ hội viên dùng ví điện tử 80% mới đạt tại 20/26 chi hội.", None),
    ("Riêng chỉ tiêu kết nạp hội viên mới đạt 180/200 hội viên.", 200),
])
def test_the_units_where_a_target_was_met(text, target):
    ratio = [row for row in marks(text) if row[0] in (12.0, 20.0, 180.0)]
    assert [row[1] for row in ratio] == [None if target is None else float(target)]


@pytest.mark.parametrize("text, expected", [
    # P19: what is still to do is a target of itself, not a result measured by the year's target
    ("Chỉ tiêu năm là 300 hộ thoát nghèo. Đến nay đã giúp 260 hộ; quý IV các chi hội còn phải giúp thêm khoảng 40 hộ.",
     [(300, 300), (260, 300), (40, 40)]),
    ("Chỉ tiêu năm là 120 hội viên. Sau 9 tháng đã kết nạp 95 hội viên, cần kết nạp thêm 25 hội viên để hoàn thành "
     "chỉ tiêu.", [(120, 120), (95, 120), (25, 25)]),
    # done: a result
    ("Chỉ tiêu năm là 300 hộ thoát nghèo. Quý III, Hội đã giúp thêm 40 hộ.", [(300, 300), (40, 300)]),
])
def test_what_is_still_to_do(text, expected):
    assert [row[:2] for row in marks(text) if row[0] != 9.0] == [tuple(map(float, row)) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # P10: a numbered section title with no colon opening a dash list of tasks
    ("I. KẾT QUẢ 9 THÁNG\nHội kết nạp 40 hội viên.\nIII. NHIỆM VỤ QUÝ IV\n- Thành lập 1 tổ hợp tác.\n"
     "- Giúp 3 hộ thoát nghèo.\n", [(40, None), (1, 1), (3, 3)]),
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n- Kết nạp 60 hội viên mới.\n- Giảm tỷ lệ hộ nghèo trong hội viên xuống còn "
     "1,5%.\n", [(60, 60), (1.5, 1.5)]),
    ("II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM\n- Vận động 20 hội viên tham gia bảo hiểm xã hội.\n", [(20, 20)]),
])
def test_a_plans_section_title_opens_a_list(text, expected):
    assert [row[:2] for row in marks(text) if row[0] not in (9.0, 2027.0, 6.0)] == [
        tuple(map(float, row)) if row[1] is not None else (float(row[0]), None) for row in expected]


def test_a_reviews_section_title_opens_no_list():
    assert [row[1] for row in marks("I. KẾT QUẢ 6 THÁNG ĐẦU NĂM\n- Kết nạp 40 hội viên.\n- Giúp 3 hộ.\n")
            if row[0] != 6.0] == [None, None]


@pytest.mark.parametrize("text, expected", [
    # P11: the part of the year told by the list's heading, or by the report's title
    ("Kết quả quý III:\n- Kết nạp hội viên: 45 hội viên;\n- Mái ấm: 4 căn, đạt 40% kế hoạch năm;\n"
     "Chỉ tiêu năm 2026 của Hội là xây 10 căn Mái ấm.\n", [(4, 10, 40), (10, 10, None)]),
    ("BÁO CÁO Kết quả công tác Hội 9 tháng đầu năm 2026\n\nĐầu năm, Hội đặt chỉ tiêu vận động quỹ 150 triệu "
     "đồng.\n\n2. Công tác tiết kiệm\nQuỹ tiết kiệm thu được 90 triệu đồng, bằng 60% kế hoạch.\n",
     [(150e6, 150e6, None), (90e6, 150e6, 60)]),
])
def test_a_part_of_the_year_told_above(text, expected):
    assert [row for row in marks(text) if row[0] in {r[0] for r in expected}] == _floats(expected)


def test_a_years_report_beside_next_years_target():
    text = ("BÁO CÁO tổng kết công tác Hội năm 2025\n\nKết nạp mới 186 hội viên, đạt 124% kế hoạch năm.\n"
            "Năm 2026, Hội phấn đấu kết nạp 150 hội viên.\n")
    assert [row[1] for row in marks(text) if row[0] == 186.0] == [None]
