"""Issue 11, the fourteenth session's stated rates (R's patterns of iv16, iv17, iv19, iv20's FINDINGS), each on
invented phrasings a secretary could write, with guards that must not change.

iv16 P2. "giúp 27 hộ …, chưa hoàn thành chỉ tiêu (đạt 90%)", "Chỉ tiêu … chưa đạt (mới đạt 87,5%)": the rate in
    brackets after a negative verdict is the rate of the result before the verdict, and of itself.
iv16 P4. "88% chi hội …, vượt mục tiêu 80% đề ra", "(80%), chưa đạt mục tiêu 90%": a verdict naming a percent target
    names the target share (of itself and of the share before it), no rate (never 180).
iv17 P5. "kết nạp ít nhất 1.200 hội viên để đạt 100% kế hoạch năm": a purpose clause is an aim, no rate.
iv17 P16. "phấn đấu kết nạp ít nhất 2.880 hội viên, hoàn thành 10/10 chỉ tiêu năm": the goal's ratio, a target.
iv17 P8 / iv19 P3. "vượt 12% so với tổng chỉ tiêu giao đầu năm": the whole of the targets is a target named.
iv17 P15. "mới đạt 64% số chi hội theo kế hoạch": the units the plan counts, named between the rate and the plan.
iv20 P8c. "mới đạt khoảng 70% yêu cầu": what was asked is a plan named.
iv17 P7 (R half). "mới đạt 58%, tương đương 290 hội viên": the count the rate equals takes the rate.
iv20 P8d. "mới đạt 18,5%, chưa đạt mục tiêu 20%": a share beside its target share has no rate.
iv19 P16. "5 đơn vị còn lại đạt dưới 50% kế hoạch": a bound reached by units counted is no rate of the units.
iv16 P7, iv20 P4. "(PNVN) - Hội đã giúp 128 hộ …": a lede opened by its paper's credit restating the one body result
    of that value and noun carries its target and rate (the fourteenth session's house rule).
iv16 P17, iv20 P8b. "căn cứ kết quả năm 2025 (kết nạp 9.846 hội viên, đạt 123% kế hoạch năm; …)": the rate of the
    one result of a bracket's own clause.
iv20 P8a. "…, trong đó 1.240 ý tưởng được hoàn thiện, đạt 124% so với chỉ tiêu": a part with its own verb owns the
    rate after it.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"], f["is_target"])
            for f in extract_facts(normalize_text(text))]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(x if isinstance(x, bool) or x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # iv16 P2: a negative verdict, then the rate in brackets
    ("Năm 2025, Hội giúp 27 hộ thoát nghèo, chưa hoàn thành chỉ tiêu (đạt 90%) do thiên tai kéo dài.",
     [(27, None, 90, False), (90, None, 90, False)]),
    ("Chỉ tiêu phát triển hội viên năm 2025 chưa đạt (mới đạt 87,5%) vì nhiều chị đi làm ăn xa.",
     [(87.5, None, 87.5, False)]),
    ("Hội trao 45 suất học bổng, không đạt kế hoạch (đạt 75%).", [(45, None, 75, False), (75, None, 75, False)]),
    ("Hội vận động xây 12 nhà \"Đại đoàn kết\", chưa đạt (đạt 80%) do thiếu nguồn.",
     [(12, None, 80, False), (80, None, 80, False)]),
    # iv16 P4: a verdict naming the target share
    ("Toàn huyện có 88% chi hội duy trì sinh hoạt định kỳ hằng tháng, vượt mục tiêu 80% Huyện Hội đề ra.",
     [(88, 80, None, False), (80, 80, None, True)]),
    ("Có 32/40 chi hội (80%) có mô hình, chưa đạt mục tiêu 90%.",
     [(32, None, None, False), (80, 90, None, False), (90, 90, None, True)]),
    ("Cuối năm, 35/38 chi hội xếp loại khá (92,1%), chưa đạt chỉ tiêu 100%.",
     [(35, None, None, False), (92.1, 100, None, False), (100, 100, None, True)]),
    # iv17 P5: a purpose clause
    ("Hội nghị thống nhất các chỉ tiêu quý IV: kết nạp ít nhất 1.200 hội viên để đạt 100% kế hoạch năm.",
     [(1200, 1200, None, True), (100, 100, None, True)]),
    ("Quý cuối năm cần vận động thêm 180 triệu đồng để đạt 100% chỉ tiêu.",
     [(180e6, 180e6, None, True), (100, 100, None, True)]),
    ("Mỗi chi hội kết nạp 3 hội viên để đạt chỉ tiêu 100%.", [(3, 3, None, True), (100, 100, None, True)]),
    # iv17 P16: the goal's ratio after a goal's figure
    ("Hội phấn đấu kết nạp ít nhất 2.880 hội viên, hoàn thành 10/10 chỉ tiêu năm.",
     [(2880, 2880, None, True), (10, 10, None, True)]),
    # iv17 P8, iv19 P3: the whole of the targets
    ("Hội kết nạp 1.090 hội viên, vượt 9% so với tổng kế hoạch được giao.",
     [(1090, None, 109, False), (9, None, 109, False)]),
    ("Toàn Cụm vận động 5,25 tỷ đồng, vượt 5% tổng chỉ tiêu cả năm.",
     [(5.25e9, None, 105, False), (5, None, 105, False)]),
    # iv17 P15, iv20 P8c: the units the plan counts; what was asked
    ("Việc số hóa sổ sách mới đạt 64% số chi hội theo kế hoạch.", [(64, None, 64, False)]),
    ("Mô hình sinh kế mới đạt 70% số hộ theo chỉ tiêu.", [(70, None, 70, False)]),
    ("Riêng chỉ tiêu giảm tỷ lệ trẻ suy dinh dưỡng mới đạt khoảng 65% yêu cầu.", [(65, None, 65, False)]),
    # iv17 P7: the count a rate equals
    ("Tuy nhiên, chỉ tiêu kết nạp hội viên mới đạt 58%, tương đương 290 hội viên.",
     [(58, None, 58, False), (290, None, 58, False)]),
    # iv20 P8d: a share beside its target share
    ("Riêng chỉ tiêu phụ nữ tham gia cấp ủy mới đạt 18,5%, chưa đạt mục tiêu 20%.",
     [(18.5, 20, None, False), (20, 20, None, True)]),
    # iv19 P16: a bound reached by the units counted
    ("Có 24 xã đã hoàn thành chỉ tiêu; 5 đơn vị còn lại đạt dưới 50% kế hoạch.",
     [(24, None, None, False), (5, None, None, False), (50, None, 50, False)]),
])
def test_genre14_rates(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a verdict's bracket comparing with last year is growth, no rate
    ("Hội giúp 38 hộ thoát nghèo, chưa đạt chỉ tiêu (đạt 95% so với cùng kỳ).",
     [(38, None, None, False), (95, None, None, False)]),
    # a share in brackets after a ratio, with a verdict naming no percent: no rate
    ("Hội có 27/29 chi hội đạt loại khá (93,1%), chưa đạt chỉ tiêu đề ra.",
     [(27, None, None, False), (93.1, None, None, False)]),
    # "vượt X% chỉ tiêu" (the percent before the noun) stays an excess; a rate then its excess stays a rate
    ("Hội kết nạp 1.150 hội viên, vượt 10% chỉ tiêu.", [(1150, None, 110, False), (10, None, 110, False)]),
    # a review reaching the plan keeps its rate; a purpose after "đã" stays a review
    ("Hội đã kết nạp 2.255 hội viên, đạt 100% kế hoạch năm.",
     [(2255, None, 100, False), (100, None, 100, False)]),
    ("Hội đã nỗ lực vận động 1.200 hội viên để đạt 100% kế hoạch năm.",
     [(1200, None, 100, False), (100, None, 100, False)]),
    # a review of the targets met stays a result
    ("Nhờ nỗ lực phấn đấu, Hội đã hoàn thành 10/10 chỉ tiêu.", [(10, None, None, False)]),
    # a share of units with no plan named; growth over a total of last year
    ("Hội có 64% số chi hội có mô hình.", [(64, None, None, False)]),
    ("Số hội viên tăng 12% so với tổng số cùng kỳ.", [(12, None, None, False)]),
    ("Có 95% hồ sơ đạt yêu cầu.", [(95, None, None, False)]),
    # a result with a bound rate keeps it (not units counted)
    ("Hội giúp 40 hộ thoát nghèo, đạt dưới 50% kế hoạch.", [(40, None, 50, False), (50, None, 50, False)]),
    # a named target's rate with no target share after it keeps its rate
    ("Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 60%.", [(60, None, 60, False)]),
])
def test_genre14_guards(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # iv16 P7, iv20 P4: the lede
    ("Hội LHPN tỉnh sơ kết 9 tháng\n(PNVN) - Hội đã giúp 128 hộ thoát nghèo trong 9 tháng.\nNăm 2026, Hội đặt kế "
     "hoạch giúp 150 hộ thoát nghèo. Đến nay, Hội đã giúp 128 hộ thoát nghèo, đạt 85,3% kế hoạch năm.",
     [(128, 150, 85.3, False), (150, 150, None, True), (128, 150, 85.3, False), (85.3, None, 85.3, False)]),
    ("Phụ nữ huyện về đích sớm\n(Báo Nam Định) - Các cấp Hội đã kết nạp gần 3.000 hội viên, vượt kế hoạch.\nTheo "
     "báo cáo, toàn huyện kết nạp 2.964 hội viên, đạt 118% kế hoạch (2.500 hội viên).",
     [(3000, 2500, 118, False), (2964, 2500, 118, False), (118, None, 118, False), (2500, 2500, None, True)]),
    # iv16 P17, iv20 P8b: a preamble's bracket
    ("Căn cứ Nghị quyết Đại hội; căn cứ kết quả năm 2025 (toàn tỉnh kết nạp 9.846 hội viên, đạt 123% kế hoạch năm; "
     "giúp 812 hộ thoát nghèo), Ban Thường vụ ban hành kế hoạch.",
     [(9846, None, 123, False), (123, None, 123, False), (812, None, None, False)]),
    ("Căn cứ kết quả năm 2025 (giúp 812 hộ, đạt 101% kế hoạch), Hội xây dựng kế hoạch năm 2026.",
     [(812, None, 101, False), (101, None, 101, False)]),
    # iv20 P8a: a part with its own verb
    ("Các cấp Hội đã hỗ trợ 5.920 ý tưởng, trong đó 1.240 ý tưởng được hoàn thiện, đạt 124% so với chỉ tiêu.",
     [(5920, None, None, False), (1240, None, 124, False), (124, None, 124, False)]),
    ("Hội xây 120 mô hình, trong đó 96 mô hình được nhân rộng, đạt 120% so với kế hoạch.",
     [(120, None, None, False), (96, None, 120, False), (120, None, 120, False)]),
])
def test_genre14_ledes_brackets_parts(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a lede whose value the body tells twice: unclear, left bare
    ("Phụ nữ huyện về đích sớm\n(Báo Nam Định) - Các cấp Hội đã kết nạp 212 hội viên trong quý.\nQuý I, Hội kết "
     "nạp 212 hội viên. Hội kết nạp 212 hội viên ở quý II, đạt 50% chỉ tiêu (424 hội viên).",
     [(212, None, None, False), (212, None, None, False), (212, 424, 50, False), (50, None, 50, False),
      (424, 424, None, True)]),
    # a part with no verb of its own leaves the rate to the whole; a bracket with a target stays the target's
    ("Hội kết nạp 600 hội viên, trong đó 150 hội viên trẻ, đạt 120% kế hoạch.",
     [(600, None, 120, False), (150, None, None, False), (120, None, 120, False)]),
    ("Hội giúp 57 hộ (chỉ tiêu 50 hộ), đạt 114%.",
     [(57, 50, 114, False), (50, 50, None, True), (114, None, 114, False)]),
])
def test_genre14_ledes_brackets_parts_guards(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # iv19 P18: an estimate of the rate in brackets
    ("Riêng chỉ tiêu quỹ tiết kiệm mới đạt 54% kế hoạch năm (ước cả năm đạt khoảng 85%).",
     [(54, None, 54, False), (85, None, 85, False)]),
    ("Dư nợ ủy thác mới đạt 88% kế hoạch (dự kiến đến cuối năm đạt 97%).",
     [(88, None, 88, False), (97, None, 97, False)]),
    # iv19 P19: the named target's number in brackets
    ("Chỉ tiêu xây nhà \"Mái ấm\" (20 căn) mới đạt 60%, do thiếu nguồn.",
     [(20, 20, None, True), (60, None, 60, False)]),
    ("Riêng chỉ tiêu hỗ trợ sinh kế cho hộ nghèo (50 hộ) chỉ đạt 44%.", [(50, 50, None, True), (44, None, 44, False)]),
    # iv19 P20: a goal to exceed the targets by X
    ("Đến cuối năm, Hội phấn đấu vượt ít nhất 10% các chỉ tiêu được giao.", [(10, 10, 110, True)]),
    ("Năm 2026, Hội quyết tâm vượt 5% kế hoạch năm.", [(5, 5, 105, True)]),
])
def test_genre14_estimates_named_goals(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a change in the bracket is no rate; a goal met and exceeded is the share of targets met, no excess
    ("Dư nợ đạt 96% kế hoạch (dự kiến tăng 5%).", [(96, None, 96, False), (5, None, None, False)]),
    ("Hội phấn đấu hoàn thành và vượt 100% chỉ tiêu.", [(100, 100, None, True)]),
    ("Hội phấn đấu đạt và vượt 20% chỉ tiêu.", [(20, 20, None, True)]),
    # a review's excess stays a result's rate
    ("Năm qua, Hội đã vượt 5% kế hoạch năm.", [(5, None, 105, False)]),
])
def test_genre14_estimates_named_goals_guards(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, share, rate, measured", [
    # iv19 P6: a share, then its rate and the plan share in brackets (the share over the plan is the rate)
    ("Chuyển đổi số: 45,2% hội viên cài đặt ứng dụng VNeID, bằng 90,4% kế hoạch (50%).", 45.2, 90.4, True),
    ("Tỷ lệ tập hợp đạt 78%, bằng 97,5% chỉ tiêu (80%).", 78, 97.5, True),
    # guard: the quotient differs, the share keeps no rate
    ("Có 45% chi hội có mô hình, đạt 90% kế hoạch (80%).", 45, 90, False),
])
def test_genre14_share_its_plan_states(text, share, rate, measured):
    """Only the shares' rates (the plan share's target on the rate figure is the target rules')."""
    rates = {f["value"]: f["achievement_pct"] for f in extract_facts(normalize_text(text))}
    assert rates[share] == (rate if measured else None) and rates[rate] == rate


@pytest.mark.parametrize("text, expected", [
    # iv19 P23: a share named among the targets not reached, its level in brackets, is no rate
    ("Đánh giá chung: đạt và vượt 9/11 chỉ tiêu; 2 chỉ tiêu chưa đạt là tỷ lệ hộ nghèo được hỗ trợ vay vốn (đạt 91%) "
     "và số mô hình mới.", [None, None, None]),
    ("Năm qua, 2 chỉ tiêu chưa đạt là tỷ lệ chi hội khá (đạt 86%) và số tổ hợp tác.", [None, None]),
    # guard: a rate reached by a count of targets, no share named, keeps it
    ("Đánh giá chung: 3 chỉ tiêu đạt trên 90%.", [None, 90]),
])
def test_genre14_share_among_targets_not_reached(text, expected):
    assert [f["achievement_pct"] for f in extract_facts(normalize_text(text))] == expected
