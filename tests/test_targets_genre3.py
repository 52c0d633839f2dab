"""Targets and stated achievement, third round (issue 11; patterns of check set rc5 in new wordings): a sentence
opened by the new term, a list of targets after "thông qua N chỉ tiêu … Cụ thể,", a campaign's per-person floor, and
the owner of a stated rate when its sentence lists several results."""
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


# -- a sentence opened by the term that starts at the congress sets its targets --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2021-2026, Hội đã kết nạp 320 hội viên. Nhiệm kỳ 2026 – 2031, Hội xã tiếp tục củng cố tổ chức, tập "
     "hợp 90% trở lên phụ nữ vào Hội.", [(320, None), (90, 90)]),
    ("Trong nhiệm kỳ 2025-2030, Hội Phụ nữ phường tiếp tục đổi mới hoạt động, xây dựng ít nhất 3 mô hình kinh tế.",
     [(3, 3)]),
    ("Trong nhiệm kỳ 2025 - 2030, Hội LHPN xã Tân Phú thu hút từ 88% phụ nữ trở lên tham gia sinh hoạt Hội.",
     [(88, 88)]),
    # the term named is over, or its result is told: no target
    ("Trong nhiệm kỳ 2021-2026, Hội đã tập hợp 85% trở lên phụ nữ vào tổ chức Hội.", [(85, None)]),
    ("Nhiệm kỳ 2016-2021, toàn xã thu hút 80% trở lên phụ nữ vào Hội. Nhiệm kỳ 2021-2026, Hội phấn đấu giữ vững "
     "tỷ lệ này.", [(80, None)]),
])
def test_a_sentence_opened_by_the_new_term_sets_targets(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


# -- "thông qua N chỉ tiêu (nhiệm vụ) … Cụ thể, …": the list that follows ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Đại hội đã thống nhất thông qua 6 chỉ tiêu nhiệm vụ nhiệm kỳ 2025-2030. Cụ thể, đến cuối nhiệm kỳ, cấp tỉnh đề "
     "xuất được ít nhất 3 đề án; cấp huyện đề xuất ít nhất 2 đề án.", [(3, 3), (2, 2)]),
    ("Hội nghị thông qua 5 chỉ tiêu chủ yếu. Cụ thể, kết nạp 400 hội viên mới, giúp 50 hộ thoát nghèo.",
     [(400, 400), (50, 50)]),
    # targets met, then what was done: results
    ("Nhiệm kỳ qua, Hội đã hoàn thành 9 chỉ tiêu. Cụ thể, kết nạp 500 hội viên mới.", [(9, None), (500, None)]),
])
def test_the_list_after_counted_targets_and_cu_the(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


# -- a campaign launch asks each member for at least an amount: a target -----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hội phát động phong trào \"Nuôi heo đất\", vận động mỗi hội viên tiết kiệm ít nhất 20.000đ/tháng.",
     [(20000, 20000)]),
    ("Tại lễ phát động, Hội kêu gọi cán bộ, hội viên ủng hộ tối thiểu 50.000 đồng/người.", [(50000, 50000)]),
    ("Hội LHPN huyện đã phát động phong trào tiết kiệm; vận động hội viên góp ít nhất 5.000đ/người/tháng.",
     [(5000, 5000)]),
    # what was collected, not asked for
    ("Hội vận động được 35 triệu đồng, bình quân 50.000 đồng/người.", [(35e6, None), (50000, None)]),
])
def test_a_launchs_per_person_floor_is_a_target(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


# -- the owner of a stated rate: the figure of its own comma-clause -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tập huấn cho 800 phụ nữ, giới thiệu việc làm cho 45 lao động, vượt 50% chỉ tiêu.",
     [(800, None), (45, 150), (50, 150)]),
    ("Hỗ trợ 20 hộ vay vốn, giúp 12 hộ thoát nghèo, đạt 120% kế hoạch.", [(20, None), (12, 120), (120, 120)]),
    # an attribute after "với" or a part after "trong đó" leaves the rate to the figure before it
    ("Thành lập 2 hợp tác xã, với 25 thành viên, đạt 100% chỉ tiêu nghị quyết.", [(2, 100), (25, None), (100, 100)]),
    ("Kết nạp 600 hội viên mới, trong đó 150 hội viên trẻ, đạt 120% kế hoạch.", [(600, 120), (150, None), (120, 120)]),
    # a running total restates the count: unclear owner, only the percent carries it
    ("Kết nạp 300 hội viên, nâng tổng số hội viên lên 9.800 chị, đạt 110% chỉ tiêu.",
     [(300, None), (9800, None), (110, 110)]),
])
def test_the_rates_owner_is_its_own_clauses_figure(text, expected):
    assert rates(text) == [(float(v), None if r is None else float(r)) for v, r in expected]


# -- a change against last year is no result the rate measures ------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tổng dư nợ ủy thác đạt 1.250 tỷ đồng, tăng 85 tỷ đồng so với cùng kỳ, đạt 102% kế hoạch.",
     [(1.25e12, 102), (8.5e10, None), (102, 102)]),
    ("Quỹ tiết kiệm đạt 3,2 tỷ đồng, giảm 0,4 tỷ đồng so với năm trước, đạt 91% kế hoạch.",
     [(3.2e9, 91), (4e8, None), (91, 91)]),
    ("Giúp đỡ 46 hộ thoát nghèo, gấp 2,3 lần chỉ tiêu.", [(46, 230), (2.3, 230)]),
])
def test_a_change_is_not_the_rates_owner(text, expected):
    assert rates(text) == [(float(v), None if r is None else float(r)) for v, r in expected]


@pytest.mark.parametrize("text, expected", [
    # a result with its stated rate is still measured against the target its wording restates
    ("Chỉ tiêu giao: kết nạp 300 hội viên; kết quả: kết nạp 345 hội viên, đạt 115%.",
     [(300, 300), (345, 300), (115, None)]),
])
def test_targets_restated_and_handed_out(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu năm 2025 là 250 hội viên mới; đến nay đã kết nạp 180 hội viên, đạt 72%.",
     [(250, None), (180, 72), (72, 72)]),
    ("Nghị quyết đề ra chỉ tiêu giúp 40 hộ thoát nghèo, kết quả đã giúp 46 hộ, đạt 115%.",
     [(40, None), (46, 115), (115, 115)]),
    # a share that does not agree with result over target is something else (a coverage)
    ("Chỉ tiêu năm 2025 là 250 hội viên mới; đến nay đã kết nạp 180 hội viên, đạt 95%.",
     [(250, None), (180, None), (95, None)]),
])
def test_a_bare_rate_after_a_result_whose_target_is_known(text, expected):
    assert rates(text) == [(float(v), None if r is None else float(r)) for v, r in expected]


@pytest.mark.parametrize("text, expected", [
    # a list of results sharing one verb: unclear owner, only the percent carries the rate
    ("Thành lập 4 tổ hợp tác, 1 hợp tác xã, đạt 100% chỉ tiêu.", [(4, None), (1, None), (100, 100)]),
    # a numbered item's result and its rate
    ("Chỉ tiêu 1: Kết nạp 500 hội viên mới. Kết quả: 560 hội viên, đạt 112%.", [(500, None), (560, 112), (112, 112)]),
])
def test_rates_of_listed_and_numbered_results(text, expected):
    assert rates(text) == [(float(v), None if r is None else float(r)) for v, r in expected]


@pytest.mark.parametrize("text, expected", [
    # the excess over a target is no result: the target in brackets belongs to the result before it
    ("Phát triển 85 hội viên mới, vượt 35 hội viên so với chỉ tiêu giao (50 hội viên).",
     [(85, 50), (35, None), (50, 50)]),
    ("Hội viên tham gia sinh hoạt đạt 87%, vượt 2% so với chỉ tiêu Nghị quyết (85%).", [(87, 85), (2, None), (85, 85)]),
])
def test_the_target_after_an_excess(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2025-2030, Đại hội đề ra 6 chỉ tiêu, 3 nhiệm vụ trọng tâm và 2 khâu đột phá. Cụ thể: mỗi năm kết nạp "
     "ít nhất 3% hội viên mới; 100% cơ sở hội có trang mạng xã hội.", [(3, 3), (100, 100)]),
    ("Bình quân mỗi năm, mỗi chi hội giúp đỡ 1 hộ phụ nữ nghèo.", [(1, 1)]),
    ("Hội cam kết đến năm 2027 giúp 20 hộ thoát nghèo.", [(20, 20)]),
    # an average of what was done each year is a result
    ("Bình quân mỗi năm, Hội tổ chức 15 lớp tập huấn.", [(15, None)]),
])
def test_more_target_headings_and_openers(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]


@pytest.mark.parametrize("text, expected", [
    ("Đại hội xác định phương hướng nhiệm vụ nhiệm kỳ 2025-2030 với mục tiêu tập hợp trên 90% phụ nữ vào Hội.",
     [(90, 90)]),
    ("Hội LHPN phường triển khai kế hoạch năm 2026 với mục tiêu hỗ trợ 15 phụ nữ khởi nghiệp.", [(15, 15)]),
    # a goal named in what was done is no cue
    ("Hội đã triển khai mô hình với mục tiêu giảm nghèo, giúp 30 hộ thoát nghèo.", [(30, None)]),
])
def test_voi_muc_tieu_sets_a_goal(text, expected):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in expected]
