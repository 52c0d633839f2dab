"""Issue 11, the seventeenth session's stated rates (R's patterns of iv21's FINDINGS and the lead's dev-corpus find),
each on invented phrasings a secretary could write, with guards that must not change.

iv21 P1. "Chỉ tiêu … cả năm là 250 hội viên, như vậy xã đã thực hiện được 24,8% kế hoạch": a rate opened by "như vậy"
    with its doer named ("xã", "Hội", "đơn vị") measures the result before the plan whose quotient it is.
iv21 P2. "Hội giúp 30 hộ thoát nghèo; chỉ tiêu cả năm là 40 hộ (đạt 75%)": the bracket after a plan clause measures
    the result before it, never the plan.
iv21 P4. "kết nạp 120 hội viên, dự kiến cả năm vượt 5% kế hoạch": a forecast's rate is not the part-year result's.
Lead. "Hội tổ chức 45 buổi tuyên truyền, riêng chỉ tiêu hỗ trợ hộ phụ nữ thoát nghèo mới đạt 75%": a rate whose own
    words name another target's deed stays on the percent.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


# --- iv21 P1: "như vậy <doer> đã thực hiện được X%" after a plan sentence ---

@pytest.mark.parametrize("text, result, plan, rate", [
    ("Quý I, Hội kết nạp 62 hội viên. Chỉ tiêu Tỉnh Hội giao cả năm là 250 hội viên, như vậy xã đã thực hiện được "
     "24,8% kế hoạch.", 62, 250, 24.8),
    ("Năm 2025 Hội vận động 1,6 tỷ đồng xây nhà. Kế hoạch huyện giao là 2 tỷ đồng, như vậy Hội mới hoàn thành 80%.",
     1.6e9, 2e9, 80),
    ("Sáu tháng giúp 21 hộ thoát nghèo; kế hoạch năm là 30 hộ, như vậy đơn vị đạt 70% kế hoạch.", 21, 30, 70),
    ("Chín tháng qua thị trấn thành lập 9 tổ hợp tác. Chỉ tiêu huyện giao là 12 tổ hợp tác, như vậy Hội LHPN thị trấn "
     "đã thực hiện được 75% kế hoạch.", 9, 12, 75),
])
def test_so_the_doer_reached_a_rate_of_the_plan(text, result, plan, rate):
    got = facts(text)
    assert got[result]["achievement_pct"] == rate and got[result]["target"] == plan
    assert got[plan]["achievement_pct"] is None and got[plan]["is_target"]


@pytest.mark.parametrize("text, value, rate", [
    # no subject: right before, and stays so
    ("Hội giúp 45 hộ thoát nghèo. Chỉ tiêu năm là 60 hộ, như vậy đã thực hiện được 75% kế hoạch.", 45, 75),
    # no plan told: the result of the clause keeps the rate as before
    ("Hội giúp 45 hộ thoát nghèo, như vậy huyện đạt 75% kế hoạch.", 45, 75),
])
def test_so_it_reached_guards(text, value, rate):
    assert facts(text)[value]["achievement_pct"] == rate


def test_so_a_share_is_a_level_not_a_rate():
    got = facts("Hội giúp 45 hộ thoát nghèo. Chỉ tiêu năm là 60 hộ, như vậy tỷ lệ hộ nghèo còn 1,5%.")
    assert got[45]["achievement_pct"] is None and got[1.5]["achievement_pct"] is None


def test_so_the_doer_reached_a_rate_no_quotient():
    # the quotient fails (45/60 is 75, not 90): no result takes it
    got = facts("Hội giúp 45 hộ thoát nghèo. Chỉ tiêu năm là 60 hộ, như vậy xã đã thực hiện được 90% kế hoạch.")
    assert got[45]["achievement_pct"] is None


# --- iv21 P2: a bracketed rate after the plan clause ---

@pytest.mark.parametrize("text, result, plan, rate", [
    ("Hội giúp 30 hộ thoát nghèo; chỉ tiêu cả năm là 40 hộ (đạt 75%).", 30, 40, 75),
    ("Trao 18 suất học bổng, mỗi suất 2 triệu đồng; kế hoạch năm là 24 suất (bằng 75%).", 18, 24, 75),
    ("Thành lập 4 tổ hợp tác; chỉ tiêu huyện giao là 5 tổ hợp tác (đạt 80%).", 4, 5, 80),
    ("Các chi hội trao 6 căn nhà nhân ái, mỗi căn trị giá 60 triệu đồng; kế hoạch cả năm là 8 căn (đạt 75%).",
     6, 8, 75),
])
def test_a_bracket_after_the_plan_measures_the_result(text, result, plan, rate):
    got = facts(text)
    assert got[result]["achievement_pct"] == rate and got[result]["target"] == plan
    assert got[plan]["achievement_pct"] is None and got[plan]["is_target"]


def test_a_bracket_after_the_plan_guards():
    assert facts("Tổ chức 12 lớp tập huấn (đạt 75%).")[12]["achievement_pct"] == 75
    got = facts("Hội giúp 30 hộ thoát nghèo; chỉ tiêu cả năm là 40 hộ (đạt 90%).")  # no quotient: no owner
    assert got[30]["achievement_pct"] is None and got[40]["achievement_pct"] is None
    assert got[90]["achievement_pct"] == 90
    got = facts("Hội giúp 40 hộ thoát nghèo; chỉ tiêu năm 2026 là 50 hộ (tăng 25%).")
    assert got[40]["achievement_pct"] is None and got[50]["achievement_pct"] is None
    got = facts('Xây 312 "Mái ấm tình thương" với tổng kinh phí 18,7 tỷ đồng, bằng 78% kế hoạch năm 2025 (400 căn).')
    assert got[312]["achievement_pct"] is None  # a rate after a cost aside: unclear (iv23 r011, the lead's ruling)
    got = facts('Hội trao 5 căn nhà "Mái ấm tình thương"; kế hoạch cả năm là 8 căn, đạt 62,5%.')
    assert got[5]["achievement_pct"] == 62.5 and got[8]["achievement_pct"] is None


# --- iv21 P4: a year-end forecast's rate ---

@pytest.mark.parametrize("text, result, pct, rate", [
    ("6 tháng đầu năm kết nạp 120 hội viên, dự kiến cả năm vượt 5% kế hoạch.", 120, 5, 105),
    ("6 tháng đầu năm kết nạp 120 hội viên, ước cả năm đạt khoảng 98% chỉ tiêu.", 120, 98, 98),
    ("Quý III vận động 300 triệu đồng; dự kiến đến cuối năm vượt 10% kế hoạch.", 3e8, 10, 110),
    ("Tính đến tháng 9, Hội giúp 74 hộ thoát nghèo, ước tính đến hết năm đạt 102% kế hoạch.", 74, 102, 102),
])
def test_a_forecast_rate_is_not_the_results(text, result, pct, rate):
    got = facts(text)
    assert got[result]["achievement_pct"] is None
    assert got[pct]["achievement_pct"] == rate and not got[pct]["is_target"]


def test_forecast_guards():
    got = facts("9 tháng giúp 1.320 hộ thoát nghèo, ước cả năm đạt 1.560 hộ, vượt 4% kế hoạch.")
    assert got[1560]["achievement_pct"] == 104 and got[1320]["achievement_pct"] is None
    assert facts("Hội kết nạp 236 hội viên, bằng 59% kế hoạch năm.")[236]["achievement_pct"] == 59
    got = facts("Ước đến cuối năm, số hội viên mới sẽ vượt kế hoạch khoảng 10%.")
    assert got[10]["achievement_pct"] == 110
    got = facts("9 tháng kết nạp 182.600 hội viên, đạt 61% chỉ tiêu năm; ước cả năm khoảng 320 nghìn hội viên, vượt "
                "kế hoạch 300 nghìn hội viên.")
    assert got[182600]["achievement_pct"] == 61
    got = facts("Phấn đấu đến cuối năm hoàn thành 100% chỉ tiêu.")  # a goal, still a target share
    assert got[100]["is_target"]


# --- the lead's find: a rate whose own words name another target ---

@pytest.mark.parametrize("text, head, pct, rate", [
    ("Hội tổ chức 45 buổi tuyên truyền, riêng chỉ tiêu hỗ trợ hộ phụ nữ thoát nghèo mới đạt 75%.", 45, 75, 75),
    ("Năm 2025, Hội tổ chức 45 buổi tuyên truyền, nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ phụ nữ thoát nghèo vượt "
     "52%.", 45, 52, 152),
    ("Các cấp Hội mở 12 lớp dạy nghề, riêng chỉ tiêu kết nạp hội viên mới chỉ đạt 68%.", 12, 68, 68),
    ("Hội vận động 350 triệu đồng quỹ mái ấm, song chỉ tiêu thành lập tổ hợp tác mới đạt 60%.", 3.5e8, 60, 60),
])
def test_a_rate_naming_another_target_stays_on_the_percent(text, head, pct, rate):
    got = facts(text)
    assert got[head]["achievement_pct"] is None
    assert got[pct]["achievement_pct"] == rate


@pytest.mark.parametrize("text, head, rate", [
    ("Hội kết nạp 500 hội viên mới, đạt 120% kế hoạch.", 500, 120),
    ("Hội hỗ trợ 240 phụ nữ khởi nghiệp, vượt 60% chỉ tiêu.", 240, 160),
    ("Hội giúp 120 hộ thoát nghèo, chỉ tiêu giúp hộ thoát nghèo đạt 120%.", 120, 120),
    ("Kết nạp 450 hội viên, chỉ tiêu kết nạp hội viên mới đạt 112%.", 450, 112),
])
def test_a_rate_naming_its_own_deed_keeps_its_head(text, head, rate):
    assert facts(text)[head]["achievement_pct"] == rate


# --- iv23 r011 (the sixteenth session's house rule): a rate after a result's cost aside is unclear ---

@pytest.mark.parametrize("text, count, money, rate", [
    ("Hội xây 24 căn nhà nhân ái với tổng kinh phí 1,2 tỷ đồng, bằng 80% kế hoạch năm (30 căn).", 24, 1.2e9, 80),
    ("Toàn huyện trao 150 suất học bổng, tổng trị giá 300 triệu đồng, đạt 75% kế hoạch (200 suất).", 150, 3e8, 75),
    ("Các cấp Hội sửa 18 nhà tình thương với kinh phí 540 triệu đồng, bằng 90% chỉ tiêu (20 nhà).", 18, 5.4e8, 90),
])
def test_a_rate_after_a_cost_aside_stays_on_the_percent(text, count, money, rate):
    got = facts(text)
    assert got[count]["achievement_pct"] is None and got[money]["achievement_pct"] is None
    assert got[rate]["achievement_pct"] == rate


def test_a_cost_aside_guards():
    # one item's value in its own words keeps the rate on the item (iv7)
    got = facts("Hội còn hỗ trợ 2 căn nhà Mái ấm trị giá 120 triệu đồng, đạt 40% chỉ tiêu năm (5 căn).")
    assert got[2]["achievement_pct"] == 40 and got[2]["target"] == 5
    # a money plan makes the money the result
    got = facts("Hội xây 20 căn nhà với kinh phí 2,4 tỷ đồng, đạt 80% kế hoạch (3 tỷ đồng).")
    assert got[2.4e9]["achievement_pct"] == 80 and got[20]["achievement_pct"] is None
    # a part told with "trong đó", no cost: the plan in brackets picks it
    got = facts("Năm qua vận động 2.400 phụ nữ tham gia BHXH, trong đó 1.530 người đóng tự nguyện, gấp 1,5 lần kế "
                "hoạch (1.000 người).")
    assert got[1530]["achievement_pct"] == 150


# --- iv20 P4 (R leftover): a headline's unhedged round figure restates the body's result ---

@pytest.mark.parametrize("text, head, plan, rate", [
    ("Phụ nữ Bắc Giang giúp hai nghìn hộ thoát nghèo\n\nNăm 2025, tỉnh giao Hội chỉ tiêu giúp 900 hộ thoát nghèo. "
     "Đến cuối năm, Hội đã giúp 1.962 hộ thoát nghèo, đạt 218% chỉ tiêu.\n", "hai nghìn hộ", 900, 218),
    ("Hội LHPN tỉnh vận động 3 nghìn phụ nữ tham gia bảo hiểm xã hội\n\nNăm 2025, Hội vận động 2.960 phụ nữ tham gia "
     "bảo hiểm xã hội tự nguyện, đạt 118,4% kế hoạch (2.500 phụ nữ).\n", "3 nghìn phụ nữ", 2500, 118.4),
    ("Các cấp Hội giúp 10.000 hộ vay vốn\n\nNăm qua các cấp Hội giúp 9.870 hộ vay vốn, vượt 9,7% kế hoạch "
     "(9.000 hộ).\n", "10.000 hộ", 9000, 109.7),
    # the lede rounds it too, with its hedge
    ("Phụ nữ Hà Tĩnh giúp ba nghìn hộ vay vốn\n\n(Baohatinh.vn) - Năm 2025, các cấp Hội giúp gần ba nghìn hộ vay "
     "vốn.\n\nNăm 2025, Hội đã giúp 2.940 hộ vay vốn, đạt 117,6% kế hoạch (2.500 hộ).\n", "ba nghìn hộ", 2500, 117.6),
])
def test_a_round_headline_restates_the_body(text, head, plan, rate):
    got = {f["quote"]: f for f in extract_facts(normalize_text(text))}
    assert got[head]["target"] == plan and got[head]["achievement_pct"] == rate


@pytest.mark.parametrize("text, head", [
    # hundreds: a count, not a rounding
    ("Hội LHPN huyện trao 500 suất quà Tết\n\nDịp Tết, Hội đã trao 486 suất quà cho hộ nghèo, đạt 97,2% kế hoạch "
     "(500 suất).\n", "500 suất quà"),
    # too far from the body's result
    ("Hội giúp 3.000 hộ thoát nghèo\n\nNăm 2025, Hội đã giúp 2.400 hộ thoát nghèo, đạt 120% chỉ tiêu (2.000 hộ).\n",
     "3.000 hộ"),
    ("Các cấp Hội giúp 10.000 hộ vay vốn\n\nNăm qua các cấp Hội giúp 7.600 hộ vay vốn, vượt 8,6% kế hoạch "
     "(7.000 hộ).\n",
     "10.000 hộ"),
    # the body tells the headline's value itself
    ("Trao 2.000 suất quà Tết\n\nDịp Tết, các cấp Hội trao 2.000 suất quà; riêng Hội huyện trao 1.960 suất quà, đạt "
     "98% kế hoạch (2.000 suất).\n", "2.000 suất quà"),
])
def test_a_round_headline_guards(text, head):
    got = [f for f in extract_facts(normalize_text(text)) if f["quote"] == head]
    assert got[0]["target"] is None and got[0]["achievement_pct"] is None


# --- iv19 P1 (R's half): a named target's rate, the plan listed before it, the result in the section above ---

@pytest.mark.parametrize("text, result, plan, rate", [
    ("I. KẾT QUẢ\n1. Kết nạp 180 hội viên mới.\n2. Vận động tiết kiệm được 1,8 tỷ đồng.\nII. SO VỚI CHỈ TIÊU\nNăm "
     "2025 xã phải kết nạp 150 hội viên; tiết kiệm 2 tỷ đồng.\nĐối chiếu: chỉ tiêu kết nạp hội viên vượt 20%; chỉ tiêu "
     "tiết kiệm đạt 90%.\n", 180, 150, 120),
    ("I. KẾT QUẢ\n1. Kết nạp 180 hội viên mới.\n2. Vận động tiết kiệm được 1,8 tỷ đồng.\nII. SO VỚI CHỈ TIÊU\nNăm "
     "2025 xã phải kết nạp 150 hội viên; tiết kiệm 2 tỷ đồng.\nĐối chiếu: chỉ tiêu kết nạp hội viên vượt 20%; chỉ tiêu "
     "tiết kiệm đạt 90%.\n", 1.8e9, 2e9, 90),
    ("Năm qua Hội giúp 14 hộ thoát nghèo.\nKế hoạch năm: giúp 20 hộ thoát nghèo.\nĐánh giá: chỉ tiêu giảm nghèo mới "
     "đạt 70%.\n", 14, 20, 70),
])
def test_a_named_targets_rate_measures_the_result_its_quotient_names(text, result, plan, rate):
    got = facts(text)
    assert got[result]["achievement_pct"] == rate and got[result]["target"] == plan


def test_a_named_targets_rate_guards():
    got = facts("Năm qua Hội giúp 14 hộ thoát nghèo.\nKế hoạch năm: giúp 20 hộ thoát nghèo.\nĐánh giá: chỉ tiêu giảm "
                "nghèo mới đạt 80%.\n")  # 14/20 is 70: no owner
    assert got[14]["achievement_pct"] is None and got[80]["achievement_pct"] == 80
    got = facts("Năm qua Hội kết nạp 90 hội viên.\nKế hoạch năm: kết nạp 100 hội viên.\nĐánh giá: chỉ tiêu tỷ lệ "
                "tập hợp hội viên đạt 90%.\n")  # a share's target names the share itself
    assert got[90]["achievement_pct"] is None


# --- iv19 P3 (R's half): the plan in brackets after a long target's words ---

@pytest.mark.parametrize("text, result, plan", [
    ("Các xã kết nạp được 2.060 hội viên mới, vượt 3% so với tổng chỉ tiêu Hội LHPN tỉnh giao cho các xã trong huyện "
     "(2.000 hội viên).", 2060, 2000),
    ("Toàn Cụm giúp 1.155 hộ thoát nghèo, đạt 105% kế hoạch mà Ban Thường vụ các tỉnh thống nhất đề ra (1.100 hộ).",
     1155, 1100),
])
def test_the_plan_in_brackets_after_long_target_words(text, result, plan):
    got = facts(text)
    assert got[result]["target"] == plan and got[plan]["is_target"]


def test_the_plan_in_brackets_after_long_target_words_guards():
    got = facts("Các xã kết nạp được 2.060 hội viên mới, vượt 3% so với tổng chỉ tiêu Hội LHPN tỉnh giao cho các xã "
                "trong huyện (2.100 hội viên).")  # 2.060/2.100 is 98 %, not 103
    assert got[2060]["target"] is None
    got = facts("Hội vận động 3,3 tỷ đồng, vượt 10% so với chỉ tiêu Ban Chấp hành giao đầu năm (3 tỷ đồng).")
    assert got[3.3e9]["target"] == 3e9 and got[3.3e9]["achievement_pct"] == 110
