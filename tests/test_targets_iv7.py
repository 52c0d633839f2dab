"""Issue 11, the study set iv7's patterns (benchmarks/checksets/iv7/FINDINGS.md), each on invented phrasings a
secretary could write, with guards.

P1. A plan's lead-in that first cites its basis, last year's results and all ("Căn cứ … kết quả năm 2025 (kết nạp
    70 hội viên), Ban Chấp hành … xây dựng kế hoạch năm 2026 như sau:"), then numbered items: the items are targets.
P2. A change on the year before between a result and its rate, the target in brackets after the rate ("kết nạp 9.200
    hội viên, tăng 640 hội viên so với năm 2024, đạt 115% chỉ tiêu (8.000 hội viên)"): the target is the result's,
    not the change's.
P3. "đạt X% so với M <noun> (được) giao": the amount given is the result's target, X its achievement.
P5. A result, then the target a resolution gave, no target word: "giúp 6.480 hộ thoát nghèo, trong khi Nghị quyết
    giao 6.000 hộ": the second is the target, the first measured against it.
P7. "Chỉ tiêu … là 500 hội viên; tổng số hội viên … là 18.200, …": the clause after the target tells the count the
    union stands at, no target.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def values_targets(text: str) -> list[tuple]:
    return [(f["value"], f["target"]) for f in extract_facts(normalize_text(text))
            if f["value"] not in (2024.0, 2025.0, 2026.0)]


_ITEMS = ("1. Công tác hội viên: kết nạp mới 60 hội viên; nâng tỷ lệ tập hợp lên 82%.\n"
          "2. Giảm nghèo: giúp 7 hộ hội viên thoát nghèo.\n\nĐề nghị các chi hội triển khai.\n")


@pytest.mark.parametrize("lead", [
    "Căn cứ kết quả năm 2025 (kết nạp 70 hội viên, giúp 5 hộ thoát nghèo), Ban Chấp hành Hội LHPN phường xây dựng "
    "kế hoạch năm 2026 như sau:",
    "Căn cứ Chương trình công tác của Hội cấp trên và kết quả thực hiện năm 2025, Ban Thường vụ Hội ban hành kế hoạch "
    "công tác Hội năm 2026 cụ thể như sau:",
])
def test_plan_lead_in_citing_results_still_heads_a_target_list(lead):
    got = values_targets(lead + "\n\n" + _ITEMS)
    assert (60.0, 60.0) in got and (82.0, 82.0) in got and (7.0, 7.0) in got
    assert all(t is None for v, t in got if v in (70.0, 5.0))


@pytest.mark.parametrize("lead", [
    "Năm 2025, Hội đã triển khai kế hoạch năm 2025 như sau:",  # a plan carried out: its results follow
    "Kết quả thực hiện kế hoạch năm 2025 như sau:",
    "Căn cứ kết quả đạt được, Hội đã xây dựng kế hoạch và thực hiện như sau:",
])
def test_results_of_a_plan_carried_out_take_no_target(lead):
    got = values_targets(lead + "\n" + _ITEMS)
    assert (60.0, None) in got and (7.0, None) in got


def values_marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))
            if f["value"] not in (2024.0, 2025.0, 2026.0)]


@pytest.mark.parametrize("text, result, change, target", [
    ("Năm 2025, toàn tỉnh kết nạp 6.300 hội viên mới, tăng 420 hội viên so với năm 2024, đạt 105% chỉ tiêu "
     "(6.000 hội viên).", 6300.0, 420.0, 6000.0),
    ("Dư nợ ủy thác đạt 515 tỷ đồng, tăng thêm 38 tỷ đồng so với cùng kỳ, bằng 103% kế hoạch (500 tỷ đồng).",
     515e9, 38e9, 500e9),
    ("Các chi hội giúp 230 hộ thoát nghèo, giảm 12 hộ so với năm trước, đạt 115% chỉ tiêu năm (200 hộ).",
     230.0, 12.0, 200.0),
])
def test_change_between_result_and_rate_takes_no_bracket_target(text, result, change, target):
    got = {v: t for v, t, _a in values_marks(text)}
    assert got[result] == target and got[change] is None


def test_change_alone_before_rate_keeps_its_link():
    # no result before the change in its clause: the figure before the rate stays the linked one
    got = {v: t for v, t, _a in values_marks(
        "Số hội viên mới năm nay là 180 người; tăng 30 hội viên, đạt 120% chỉ tiêu (150 hội viên).")}
    assert got[30.0] == 150.0 and got[180.0] is None


def test_result_then_share_before_rate_unchanged():
    got = {v: t for v, t, _a in values_marks(
        "Hội kết nạp 9.200 hội viên mới, trong đó 640 hội viên trẻ, đạt 115% chỉ tiêu (8.000 hội viên).")}
    assert got[8000.0] == 8000.0


@pytest.mark.parametrize("text", [
    "Toàn huyện giúp 820 hộ thoát nghèo, đạt 82% so với 1.000 hộ được giao.",
    "Một chỉ tiêu chưa đạt là số hộ thoát nghèo (820 hộ, đạt 82% so với 1.000 hộ được giao).",
    "Năm 2025, các cơ sở Hội giúp 820 hộ thoát nghèo, bằng 82% so với 1.000 hộ huyện giao.",
])
def test_rate_over_an_amount_given(text):
    got = {v: (t, a) for v, t, a in values_marks(text)}
    assert got[820.0] == (1000.0, 82.0) and got[1000.0][0] == 1000.0


@pytest.mark.parametrize("text", [
    "Toàn huyện giúp 820 hộ thoát nghèo, đạt 82% so với 1.000 hộ của năm trước.",
    "Toàn huyện giúp 820 hộ thoát nghèo, bằng 82% so với 1.000 hộ năm 2024.",
])
def test_rate_over_an_earlier_amount_is_no_target(text):
    got = {v: (t, a) for v, t, a in values_marks(text)}
    assert got[820.0][0] is None and got[1000.0][0] is None


@pytest.mark.parametrize("text, standing", [
    ("Chỉ tiêu Hội LHPN tỉnh giao năm 2025 là 450 hội viên; tổng số hội viên toàn huyện là 16.300, đạt tỷ lệ tập "
     "hợp 77,2%.", (16300.0, 77.2)),
    ("Chỉ tiêu kết nạp năm 2025 là 450 hội viên; toàn xã hiện có 2.140 hội viên.", (2140.0,)),
])
def test_count_the_union_stands_at_after_a_target_is_none(text, standing):
    got = {v: t for v, t, _a in values_marks(text)}
    assert got[450.0] == 450.0 and all(got[v] is None for v in standing)


@pytest.mark.parametrize("text", [
    "Chỉ tiêu năm 2026: kết nạp 450 hội viên; tổng số hội viên đến cuối năm là 16.300.",
    "Chỉ tiêu năm 2026: kết nạp 450 hội viên; tổng số hội viên đạt 16.300.",
])
def test_total_aimed_at_in_a_target_list_stays_a_target(text):
    got = {v: t for v, t, _a in values_marks(text)}
    assert got[450.0] == 450.0 and got[16300.0] == 16300.0


@pytest.mark.parametrize("text", [
    "Nhiệm kỳ qua, toàn tỉnh giúp 5.240 hộ thoát nghèo, trong khi Nghị quyết giao 5.000 hộ.",
    "Các cấp Hội giúp 5.240 hộ thoát nghèo, trong khi đó Nghị quyết Đại hội đề ra là 5.000 hộ.",
])
def test_result_then_the_resolutions_target(text):
    got = {v: t for v, t, _a in values_marks(text)}
    assert got[5240.0] == 5000.0 and got[5000.0] == 5000.0


@pytest.mark.parametrize("text", [
    "Nhiệm kỳ qua, toàn tỉnh giúp 5.240 hộ thoát nghèo, trong khi nhiệm kỳ trước giúp 5.000 hộ.",
    "Toàn tỉnh giúp 5.240 hộ thoát nghèo, trong khi Nghị quyết giao 120 tổ hợp tác.",
])
def test_result_beside_an_earlier_or_other_figure_takes_no_target(text):
    got = {v: t for v, t, _a in values_marks(text)}
    assert got[5240.0] is None
