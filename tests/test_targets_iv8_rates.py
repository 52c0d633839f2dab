"""Issue 11, the study set iv8's target-side patterns that link a result, its rate and its target (FINDINGS T1, T3,
T5, T6, T8, T9, T12, T16, T17), each on invented phrasings a secretary of a commune, a ward or a province could
write, with guards that must not change.

T1. A share's target in brackets or after a comma: the congress's resolution shortened ("vượt NQ (80%)"), a year
    after the target's word ("(mục tiêu năm 2025: 90%)"), a comma inside the share's own words ("… tuyên truyền, phổ
    biến pháp luật (chỉ tiêu 95%)"), a bracketed ratio restating the share ("100% (14/14), kế hoạch 95%").
T3. A result, then its target in the next clause with who set it and for whom ("…; chỉ tiêu huyện giao cho xã là 90
    hội viên", "…; kế hoạch của chi hội: 40 suất"); the new ones, not the running total after them, against a target
    of new ones.
T5. "cả năm" between the target's word and its amount after a rate ("đạt 64,8% kế hoạch cả năm (2.500 …)").
T6. The target's words before the rate ("vượt chỉ tiêu Nghị quyết đề ra 12% (1.000 hộ)", "vượt kế hoạch năm 12%
    (500 hộ)", "hoàn thành kế hoạch giao 103%").
T8. An old term's items joined by a dash ("NQ 80% – đạt 84,2%", "kế hoạch 120 tổ, HTX - thực hiện 150").
T9. "tỷ lệ N%" after a result and its target ("1.160 căn/1.000 căn chỉ tiêu, tỷ lệ 116%").
T12. A multiple of a pledge ("gấp 3 lần số đăng ký").
T16. A range of rates against "các chỉ tiêu" ("đạt từ 85% đến 130% các chỉ tiêu giao").
T17. A share's own rate ("đạt 88%, bằng 98% kế hoạch": the rate is the share's too, SCHEMA's qualified fact).
And an amount for each one in brackets after a total's rate is no target of the total, nor one the rate's word cues
("4,2 tỷ đồng, đạt 105% kế hoạch (300.000 – 500.000đ/trẻ/tháng)").
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # T1 (a): the resolution shortened after the verdict
    ("Tỷ lệ chi hội đạt vững mạnh đạt 93,5%, vượt NQ đề ra (90%).", [(93.5, 90, None), (90, 90, None)]),
    ("Tỷ lệ tập hợp phụ nữ vào tổ chức Hội đạt 81,2%, vượt NQ (80%).", [(81.2, 80, None), (80, 80, None)]),
    # T1 (b): a year after the target's word
    ("Có 87% hội viên cài đặt ứng dụng của Hội (mục tiêu năm 2025: 90%).", [(87, 90, None), (90, 90, None)]),
    ("Đã có 64% chi hội lập nhóm Zalo sinh hoạt (chỉ tiêu năm 2026: 70%).", [(64, 70, None), (70, 70, None)]),
    ("Có 92% chi hội sử dụng sổ tay điện tử (chỉ tiêu Đại hội: 90%).", [(92, 90, None), (90, 90, None)]),
    ("Có 87% hội viên cài đặt ứng dụng (chỉ tiêu giao năm 2025: 90%).", [(87, 90, None), (90, 90, None)]),
    ("Có 87% hội viên cài đặt ứng dụng (mục tiêu đến năm 2025: 90%).", [(87, 90, None), (90, 90, None)]),
    # T1 (c): a comma inside the share's own words
    ("Có 98% hội viên được tuyên truyền, phổ biến pháp luật (chỉ tiêu 95%).", [(98, 95, None), (95, 95, None)]),
    ("Vận động 100% hội viên tham gia phân loại, xử lý rác thải tại nhà (kế hoạch 90%).",
     [(100, 90, None), (90, 90, None)]),
    # T1 (d): a bracketed ratio restating the share between it and its target
    ("Tỷ lệ chi hội vững mạnh đạt 100% (14/14), kế hoạch 95%.", [(100, 95, None), (14, None, None), (95, 95, None)]),
    ("Tỷ lệ cơ sở Hội xếp loại khá trở lên đạt 90% (18/20), chỉ tiêu 85%.",
     [(90, 85, None), (18, None, None), (85, 85, None)]),
])
def test_a_shares_target_in_brackets_or_after_a_comma(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Dư nợ các tổ tiết kiệm tăng 2,9% so với cuối năm (12 tỷ đồng).", [(2.9, None, None), (1.2e10, None, None)]),
    ("Kết nạp 120 hội viên mới (tăng 5% so với năm 2024).", [(120, None, None), (5, None, None)]),
    # the comma opens another share's clause: no target of the first
    ("Có 70% hội viên tham gia, tỷ lệ chi hội có mô hình (chỉ tiêu 80%) còn thấp.",
     [(70, None, None), (80, 80, None)]),
    # a bracketed ratio that is no restatement of the share
    ("Tỷ lệ chi hội vững mạnh đạt 60% (12/15 chi hội đăng ký), kế hoạch 95%.",
     [(60, None, None), (12, None, None), (95, 95, None)]),
])
def test_near_misses_of_a_shares_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Năm qua, Hội đã kết nạp 96 hội viên mới; chỉ tiêu huyện giao cho xã là 90 hội viên.",
     [(96, 90, None), (90, 90, None)]),
    ("Dịp Tết, chi hội trao 45 suất quà; kế hoạch của chi hội: 40 suất.", [(45, 40, None), (40, 40, None)]),
    ("Năm 2025, Hội giúp 14 hộ thoát nghèo; chỉ tiêu Đảng ủy xã giao cho Hội là 12 hộ.",
     [(14, 12, None), (12, 12, None)]),
    # the new ones, not the running total after them, against a target of new ones
    ("Hội nhận đỡ đầu thêm 4 trẻ, nâng tổng số lên 21 trẻ; chỉ tiêu cả năm nhận đỡ đầu mới 6 trẻ.",
     [(4, 6, None), (21, None, None), (6, 6, None)]),
])
def test_a_result_then_its_target_in_the_next_clause(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Năm qua, Hội đã kết nạp 96 hội viên; chỉ tiêu giao cho xã là 50 hộ thoát nghèo.",
     [(96, None, None), (50, 50, None)]),
    ("Năm 2025, Hội kết nạp 96 hội viên; chỉ tiêu năm 2026 giao cho xã là 100 hội viên.",
     [(96, None, None), (100, 100, None)]),
    # the next year's target
    ("Hội kết nạp 96 hội viên; chỉ tiêu năm tới kết nạp 100 hội viên.", [(96, None, None), (100, 100, None)]),
    ("Hội kết nạp 96 hội viên; chỉ tiêu năm sau là 100 hội viên.", [(96, None, None), (100, 100, None)]),
    # a running total against a target of the whole stays unlinked to the new ones
    ("Hội nhận đỡ đầu thêm 4 trẻ, nâng tổng số lên 21 trẻ; chỉ tiêu cả năm 20 trẻ.",
     [(4, None, None), (21, 20, None), (20, 20, None)]),
])
def test_a_next_clauses_target_of_another_noun_or_year(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # T5: "cả năm" between the target's word and its amount
    ("Kết nạp 1.620 hội viên, đạt 64,8% kế hoạch cả năm (2.500 hội viên).",
     [(1620, 2500, 64.8), (64.8, None, 64.8), (2500, 2500, None)]),
    ("Thành lập 52 tổ hợp tác, bằng 1,3 lần chỉ tiêu cả năm là 40 tổ hợp tác.",
     [(52, 40, 130), (1.3, None, 130), (40, 40, None)]),
    ("Giúp 156 hộ, đạt 52% mục tiêu cả năm 2026 (300 hộ).", [(156, 300, 52), (52, None, 52), (300, 300, None)]),
    ("Có 1.380 phụ nữ được hỗ trợ khởi nghiệp, bằng 2,3 lần chỉ tiêu giao cả năm (600 phụ nữ).",
     [(1380, 600, 230), (2.3, None, 230), (600, 600, None)]),
    # T6: the target's words before the rate
    ("Giúp 1.120 hộ thoát nghèo, vượt chỉ tiêu Nghị quyết đề ra 12% (1.000 hộ).",
     [(1120, 1000, 112), (12, None, 112), (1000, 1000, None)]),
    ("Giúp 560 hộ thoát nghèo, vượt kế hoạch năm 12% (500 hộ).", [(560, 500, 112), (12, None, 112), (500, 500, None)]),
    ("Giúp 2.370 hộ thoát nghèo, vượt mục tiêu Đại hội 18,5% (2.000 hộ).",
     [(2370, 2000, 118.5), (18.5, None, 118.5), (2000, 2000, None)]),
    ("Kết nạp 309 hội viên, hoàn thành kế hoạch giao 103%.", [(309, None, 103), (103, None, 103)]),
    ("Giúp 560 hộ thoát nghèo, vượt chỉ tiêu được giao 12% (500 hộ).",
     [(560, 500, 112), (12, None, 112), (500, 500, None)]),
    ("Giúp 560 hộ thoát nghèo, vượt chỉ tiêu huyện giao 12% (500 hộ).",
     [(560, 500, 112), (12, None, 112), (500, 500, None)]),
])
def test_a_rate_and_its_target_named_around_it(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Giải ngân 156 triệu đồng, đạt 52% kế hoạch, cả năm giải ngân 300 triệu đồng.",
     [(1.56e8, None, 52), (52, None, 52), (3e8, None, None)]),
    ("Giúp 120 hộ thoát nghèo, vượt chỉ tiêu, tăng 12% so với năm trước.", [(120, None, None), (12, None, None)]),
    ("Hội giúp 120 hộ thoát nghèo, vượt chỉ tiêu 2 tháng.", [(120, None, None)]),
    # the excess in brackets, not the target: the result over it is no 115 %
    ("Giúp 46 hộ thoát nghèo, vượt kế hoạch 15% (6 hộ).", [(46, None, 115), (15, None, 115), (6, None, None)]),
])
def test_near_misses_of_a_rate_and_its_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # T8: an old term's items joined by a dash
    ("- Tỷ lệ cơ sở Hội vững mạnh: NQ 80% – đạt 84,2%.", [(80, 80, None), (84.2, 80, None)]),
    ("- Thành lập tổ hợp tác, HTX: kế hoạch 120 tổ, HTX - thực hiện 150, vượt 25%.",
     [(120, 120, None), (150, 120, 125), (25, None, 125)]),
    ("- Kết nạp hội viên mới: kế hoạch 250 hội viên - thực hiện 318 hội viên.", [(250, 250, None), (318, 250, None)]),
    ("- Giúp hộ thoát nghèo: chỉ tiêu 500 hộ - kết quả 562 hộ.", [(500, 500, None), (562, 500, None)]),
    ("- Thành lập HTX: KH 12 - TH 15, đạt 125%.", [(12, 12, None), (15, 12, 125), (125, None, 125)]),
    # the rate in brackets after the pair
    ("- Kết nạp hội viên mới: NQ 3.000 – đạt 2.700 hội viên (90%).",
     [(3000, 3000, None), (2700, 3000, 90), (90, None, 90)]),
    ("- Giúp hộ thoát nghèo: chỉ tiêu 500 hộ - kết quả 450 hộ (90%).",
     [(500, 500, None), (450, 500, 90), (90, None, 90)]),
    # T9: "tỷ lệ N%" after a result and its target
    ("- Xây nhà Mái ấm: 1.160 căn/1.000 căn chỉ tiêu, tỷ lệ 116%.",
     [(1160, 1000, 116), (1000, 1000, None), (116, None, 116)]),
    ("Thành lập tổ hợp tác: kế hoạch 40 tổ, thực hiện 46 tổ, tỷ lệ 115%.",
     [(40, 40, None), (46, 40, 115), (115, None, 115)]),
    ("Xây dựng 812/700 căn nhà, tỷ lệ 116%.", [(812, 700, 116), (116, None, 116)]),
])
def test_an_old_terms_items_and_their_rates(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Hỗ trợ vốn vay từ 50 - 70 triệu đồng mỗi hộ.", [(5e7, None, None), (7e7, None, None)]),
    ("- Thành lập HTX: KH 20 - TH 15 (tăng 5% so với năm trước).", [(20, 20, None), (15, 20, None), (5, None, None)]),
    ("Tỷ lệ hộ nghèo 2,1%, tỷ lệ tập hợp 86%.", [(2.1, None, None), (86, None, None)]),
    ("Kết nạp 320 hội viên, tỷ lệ tập hợp 86%.", [(320, None, None), (86, None, None)]),
])
def test_near_misses_of_an_old_terms_items(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # T12: a multiple of a pledge
    ("Các chi hội trao 90 suất quà, gấp 3 lần số đăng ký.", [(90, None, 300), (3, None, 300)]),
    ("Hội vận động xây 9 nhà, gấp 3 lần số nhà đăng ký.", [(9, None, 300), (3, None, 300)]),
    ("Hội đăng ký tặng 5 nhà; kết quả đã bàn giao 10 nhà, bằng 2 lần số đăng ký ban đầu.",
     [(5, 5, None), (10, 5, 200), (2, None, 200)]),
    # T16: a range of rates against "các chỉ tiêu"
    ("Các xã đạt từ 85% đến 130% các chỉ tiêu giao.", [(85, None, 85), (130, None, 130)]),
    # T17: a share's own rate
    ("Tỷ lệ hộ dùng nước sạch đạt 88%, bằng 98% kế hoạch.", [(88, None, 98), (98, None, 98)]),
    ("Tỷ lệ hội viên tham gia bảo hiểm xã hội tự nguyện đạt 19%, bằng 95% chỉ tiêu đề ra.",
     [(19, None, 95), (95, None, 95)]),
])
def test_rates_of_a_pledge_a_range_and_a_share(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Có 1.200 hội viên đăng ký, gấp 3 lần năm trước.", [(1200, None, None), (3, None, None)]),
    ("Hội đã hoàn thành 100% các chỉ tiêu Nghị quyết đề ra.", [(100, None, None)]),
    ("Tỷ lệ tập hợp đạt 88%, bằng 104% so với cùng kỳ.", [(88, None, None), (104, None, None)]),
    # a change is no share: the rate stays the result's
    ("Kết nạp 120 hội viên, tăng 5%, bằng 104% kế hoạch.", [(120, None, 104), (5, None, None), (104, None, 104)]),
    ("Kết nạp 120 hội viên, tỷ lệ tập hợp đạt 88%, bằng 98% kế hoạch.",
     [(120, None, None), (88, None, 98), (98, None, 98)]),
])
def test_near_misses_of_a_pledge_a_range_and_a_share(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, Hội hỗ trợ trẻ mồ côi 4,2 tỷ đồng, đạt 105% kế hoạch (300.000 – 500.000đ/trẻ/tháng).",
     [(4.2e9, None, 105), (105, None, 105), (3e5, None, None), (5e5, None, None)]),
    # a total's target in brackets, and an amount for each one's
    ("Hội hỗ trợ được 1,2 tỷ đồng, đạt 120% kế hoạch (1 tỷ đồng).", [(1.2e9, 1e9, 120), (120, None, 120),
                                                                    (1e9, 1e9, None)]),
    ("Bình quân mỗi hội viên tiết kiệm 1,8 triệu đồng/hội viên, đạt 90% kế hoạch (2 triệu đồng/hội viên).",
     [(1.8e6, 2e6, 90), (90, None, 90), (2e6, 2e6, None)]),
])
def test_a_per_unit_amount_in_brackets_is_no_totals_target(text, expected):
    assert marks(text) == _floats(expected)
