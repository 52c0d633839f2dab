"""Issue 11, the eighteenth session's stated rates (R's patterns of iv24's FINDINGS), each on invented phrasings a
secretary could write, with guards that must not change.

iv24 P2. "giúp 46 hộ thoát nghèo, khoảng 12% chỉ tiêu năm", "kết nạp 300 hội viên, tức là mới đạt 37,5%": a rate told
    with no verb, only a hedge after the comma, or "tức (là)" broken by "mới/chỉ được/đạt".
iv24 P5. "Hội phấn đấu giúp thêm 12 hộ thoát nghèo và hoàn thành 100% kế hoạch năm": a pledge's deed and its share of
    the plan joined by "và" are both targets, no rate.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


# --- iv24 P2: a hedged rate after a comma, "tức (là) mới được X%" ---

@pytest.mark.parametrize("text, result, rate", [
    ("Hội giúp 46 hộ thoát nghèo, khoảng 12% chỉ tiêu năm.", 46, 12),
    ("Sáu tháng kết nạp 212 hội viên mới, gần 48% kế hoạch năm.", 212, 48),
    ("Trong quý vận động 35 căn nhà tình thương, xấp xỉ 70% chỉ tiêu được giao.", 35, 70),
    ("Chín tháng hỗ trợ 84 phụ nữ khởi nghiệp, ước khoảng 60% kế hoạch năm.", 84, 60),
    ("Hội kết nạp 300 hội viên, tức là mới đạt 37,5%.", 300, 37.5),
    ("Vận động xây 18 căn nhà, tức mới được 45% kế hoạch.", 18, 45),
    ("Đến 30/6 hỗ trợ 150 hộ vay vốn, tức chỉ đạt được 30% chỉ tiêu.", 150, 30),
    ("Hội kết nạp 300 hội viên, tức mới chỉ đạt 37,5%.", 300, 37.5),
    ("Quý III vận động 64 phụ nữ học nghề, tức là mới chỉ được 32% kế hoạch.", 64, 32),
])
def test_a_rate_with_no_verb(text, result, rate):
    got = facts(text)
    assert got[result]["achievement_pct"] == rate
    assert got[rate]["achievement_pct"] == rate


@pytest.mark.parametrize("text, value", [
    # a share's level compared with last year
    ("Tỷ lệ hộ dùng nước sạch đạt 86%, xấp xỉ cùng kỳ.", 86),
    # growth
    ("Kết nạp 300 hội viên, tăng khoảng 7% so với cùng kỳ.", 7),
    # a share of something that is no plan
    ("Kết nạp 300 hội viên, khoảng 12% tổng số hội viên.", 12),
    ("Hỗ trợ 150 hộ vay vốn, tức là mới được 40% số hộ có nhu cầu.", 40),
    # a share named in the clause
    ("Tỷ lệ hội viên tham gia bảo hiểm, tức là mới được 40%.", 40),
])
def test_a_rate_with_no_verb_guards(text, value):
    assert facts(text)[value]["achievement_pct"] is None


def test_a_rate_with_no_verb_bare_share_stays():
    # a bare share with no hedge and no plan word after the comma stays a share
    got = facts("Hội giúp 46 hộ thoát nghèo, 12% số hộ nghèo của xã.")
    assert got[46]["achievement_pct"] is None and got[12]["achievement_pct"] is None


# --- iv24 P5: "phấn đấu <deed> N … và hoàn thành X% chỉ tiêu" ---

@pytest.mark.parametrize("text, deed", [
    ("Hội phấn đấu giúp thêm 12 hộ thoát nghèo và hoàn thành 100% kế hoạch năm.", 12),
    ("Quý IV, Hội quyết tâm kết nạp tối thiểu 80 hội viên và hoàn thành vượt 100% chỉ tiêu.", 80),
    ("Các chi hội cam kết vận động ít nhất 25 hộ tham gia mô hình và đạt 100% chỉ tiêu huyện giao.", 25),
])
def test_a_pledge_and_its_share_of_the_plan(text, deed):
    got = facts(text)
    assert got[deed]["achievement_pct"] is None and got[deed]["is_target"]
    assert got[100]["achievement_pct"] is None and got[100]["is_target"] and got[100]["target"] == 100


@pytest.mark.parametrize("text, deed", [
    # a review: the effort made, then the result
    ("Nhờ nỗ lực phấn đấu, Hội kết nạp 80 hội viên và hoàn thành 100% chỉ tiêu.", 80),
    ("Hội đã phấn đấu kết nạp 80 hội viên và hoàn thành 100% chỉ tiêu năm.", 80),
])
def test_a_pledge_guards(text, deed):
    got = facts(text)
    assert got[deed]["achievement_pct"] == 100 and not got[deed]["is_target"]


# --- iv24 P1: which of two results a rate measures, told by the plan in brackets; a multiple after ";" ---

@pytest.mark.parametrize("text, result, plan, rate, other", [
    # the target word inside the bracket, a qualifier after the second result
    ("Thành lập 14 tổ hợp tác và 9 hợp tác xã do phụ nữ làm chủ, đạt 150% (chỉ tiêu 6 HTX).", 9, 6, 150, 14),
    ("Hội giúp 210 hộ vay vốn và 36 hộ thoát nghèo bền vững, vượt 20% (kế hoạch năm 30 hộ).", 36, 30, 120, 210),
    # a rate opening its clause after ";", the plan's quotient picking the result
    ("Sửa chữa 22 căn, xây mới 30 căn; đạt 120% kế hoạch năm (25 căn xây mới).", 30, 25, 120, 22),
    ("Xây mới 48 căn, sửa chữa 15 căn; vượt 60% chỉ tiêu nhiệm kỳ (30 căn xây mới).", 48, 30, 160, 15),
    ("Sửa chữa 22 căn, xây mới 30 căn; bằng 120% so với kế hoạch (kế hoạch 25 căn).", 30, 25, 120, 22),
    ("Kết nạp 320 hội viên, thành lập 18 chi hội mới; đạt 90% so với chỉ tiêu năm (20 chi hội).", 18, 20, 90, 320),
])
def test_the_plans_quotient_picks_the_head(text, result, plan, rate, other):
    got = facts(text)
    assert got[result]["achievement_pct"] == rate and got[result]["target"] == plan
    assert got[plan]["is_target"] and got[plan]["achievement_pct"] is None
    assert got[other]["achievement_pct"] is None


@pytest.mark.parametrize("text, result, rate", [
    ("Xây dựng 215 căn nhà; gấp 1,4 lần chỉ tiêu năm.", 215, 140),
    ("Trao 640 suất quà, trong đó 200 suất cho trẻ em; gấp 1,6 lần kế hoạch.", 640, 160),
    ("Hội vận động 96 phụ nữ tham gia, trong đó 30 người dân tộc thiểu số; gấp 2 lần mục tiêu đề ra.", 96, 200),
    ('Hội trao 75 suất học bổng "Nâng bước em tới trường", trong đó 20 suất cho trẻ mồ côi; gấp 1,5 lần kế hoạch năm.',
     75, 150),
])
def test_a_multiple_opening_its_clause(text, result, rate):
    assert facts(text)[result]["achievement_pct"] == rate


@pytest.mark.parametrize("text, result, rate", [
    ("Xây dựng 215 căn nhà; gần gấp 1,4 lần chỉ tiêu năm.", 215, 140),
    ("Hội trao 75 suất học bổng; gấp hơn 1,5 lần kế hoạch năm.", 75, 150),
    ("Hội kết nạp 380 hội viên mới; đạt khoảng 95% kế hoạch năm.", 380, 95),
])
def test_a_hedged_rate_opening_its_clause(text, result, rate):
    assert facts(text)[result]["achievement_pct"] == rate


@pytest.mark.parametrize("text, values", [
    # no quotient fits either result: only the percent carries the rate
    ("Sửa chữa 22 căn, xây mới 30 căn; đạt 120% kế hoạch năm (40 căn xây mới).", (22, 30)),
    # two results of other nouns, no plan in brackets: unclear
    ("Trao 640 suất quà và 35 xe đạp; gấp 1,6 lần kế hoạch.", (640, 35)),
    # growth, no plan
    ("Xây dựng 215 căn nhà; gấp 1,4 lần cùng kỳ.", (215,)),
    ("Năm 2025 kết nạp 400 hội viên; gấp hơn 2 lần so với năm 2024.", (400, 2)),
])
def test_the_plans_quotient_guards(text, values):
    got = facts(text)
    assert all(got[v]["achievement_pct"] is None for v in values)
