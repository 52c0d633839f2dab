"""Issue 11, round 2 of the stated rates: the house rules settled on the study sets' golds and iv12's FINDINGS (R's
patterns), each on invented phrasings a secretary could write, with guards that must not change.

K2. A hedged round headline ("Hơn 3.000 …", "Gần 9.000 …", "Khoảng 46 nghìn …") restating a body result carries
    the body's target and rate when the body's value lies on the hedge's side within the rounding.
T.  "so với mục tiêu … N thì đạt X%" (and "thì vượt X%", 100 + X): the rate goes on the result too (the house rule,
    as iv14 r009).
P4. "…, tức X% chỉ tiêu" / "– tức là X% kế hoạch": "tức" heads a rate like "đạt".
P10. "tập trung hoàn thành 100% số nhà đăng ký …", "phấn đấu hoàn thành 100% số hộ đăng ký …": a target, no rate.
P14. "phấn đấu giúp N … và hoàn thành 9/9 chỉ tiêu": the ratio closing a goal's list is a target.
P15. "Có 7/8 hộ đăng ký thoát nghèo … đã thoát nghèo": done over pledged, the whole is the target.
P16. "…, đạt 103% (chỉ tiêu …), …, tỷ lệ tập hợp đạt 81,5%": a share after the bracket keeps no rate.
P6. "giúp 312 hộ thoát nghèo, cận nghèo, đạt 104%": a noun of two kinds with its comma still owns the rate.
B.  "1 căn nhà … trị giá 60 triệu đồng, đạt 50% chỉ tiêu năm (2 căn)": the bracketed plan after the rate is the target
    of the result the rate went to, when their quotient is the rate.
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
    # K2: hedged headlines
    ("Hơn 3.000 hội viên mới được kết nạp\nNăm 2025, Hội LHPN huyện đã kết nạp 3.024 hội viên mới, đạt 120,96% chỉ "
     "tiêu (2.500 hội viên).",
     [(3000, 2500, 120.96), (3024, 2500, 120.96), (120.96, None, 120.96), (2500, 2500, None)]),
    ("Gần 9.000 phụ nữ được hỗ trợ vay vốn\nNăm qua, Hội đã hỗ trợ 8.820 phụ nữ vay vốn, đạt 98% kế hoạch (9.000 "
     "phụ nữ).",
     [(9000, 9000, 98), (8820, 9000, 98), (98, None, 98), (9000, 9000, None)]),
    ("Khoảng 46 nghìn hộ được tập huấn\nNăm 2025 các cấp Hội tập huấn cho 46.250 hộ, vượt chỉ tiêu 40.000 hộ.",
     [(46000, 40000, None), (46250, 40000, None), (40000, 40000, None)]),
    # T: "thì đạt"
    ("Hội giúp 96 hộ thoát nghèo, so với mục tiêu Đại hội đề ra 80 hộ thì đạt 120%.",
     [(96, 80, 120), (80, 80, None), (120, None, 120)]),
    ("Chi hội vận động 42 triệu đồng, so với kế hoạch năm 60 triệu đồng thì mới đạt 70%.",
     [(4.2e7, 6e7, 70), (6e7, 6e7, None), (70, None, 70)]),
    ("Chi hội vận động 66 triệu đồng, so với kế hoạch năm 60 triệu đồng thì vượt 10%.",
     [(6.6e7, 6e7, 110), (6e7, 6e7, None), (10, None, 110)]),
    # P4: "tức"
    ("Đến nay kết nạp 221 hội viên – tức 88,4% chỉ tiêu năm là 250 hội viên.",
     [(221, 250, 88.4), (88.4, None, 88.4), (250, 250, None)]),
    ("Kết nạp 180 hội viên, tức 72% kế hoạch năm (250 hội viên).", [(180, 250, 72), (72, None, 72), (250, 250, None)]),
    ("Huy động 3,2 tỷ đồng - tức là 80% chỉ tiêu.", [(3.2e9, None, 80), (80, None, 80)]),
    # P10: a directive's registered list
    ("Đề nghị các cấp Hội kết nạp 160 hội viên; tập trung hoàn thành 100% số nhà đăng ký hỗ trợ trong Chương trình.",
     [(160, None, None), (100, 100, None)]),
    ("Tiếp tục chỉ đạo hoàn thành 100% số hộ đã đăng ký thoát nghèo.", [(100, 100, None)]),
    ("Hội phấn đấu hoàn thành 100% số hộ đăng ký thoát nghèo.", [(100, 100, None)]),
    # P14: a goal's list closing on a ratio of targets
    ("6 tháng cuối năm, Hội phấn đấu giúp 200 hội viên vay vốn và hoàn thành 9/9 chỉ tiêu năm.",
     [(200, 200, None), (9, 9, None)]),
    ("Chi hội quyết tâm kết nạp thêm 30 hội viên, hoàn thành và vượt 8/8 chỉ tiêu.", [(30, 30, None), (8, 8, None)]),
    # P15: done over pledged
    ("Có 7/8 hộ đăng ký thoát nghèo năm 2025 đã thoát nghèo.", [(7, 8, None)]),
    ("Đến nay 12/15 hội viên đã đăng ký học nghề đều đã được nhận vào lớp.", [(12, 15, None)]),
    # P16: a share after the bracketed target
    ("Cụ thể, kết nạp mới 412 hội viên, đạt 103% (chỉ tiêu Huyện Hội giao 400 hội viên), nâng tổng số hội viên lên "
     "9.870 hội viên, tỷ lệ tập hợp đạt 81,5%.",
     [(412, 400, 103), (103, None, 103), (400, 400, None), (9870, None, None), (81.5, None, None)]),
    ("Giúp 30 hộ (chỉ tiêu 25 hộ), tỷ lệ hộ thoát nghèo đạt 2,1%.",
     [(30, 25, None), (25, 25, None), (2.1, None, None)]),
    # P6: a noun of two kinds
    ("Chỉ tiêu năm 2025 là giúp 300 hộ nghèo, cận nghèo. Kết quả, Hội đã giúp 312 hộ thoát nghèo, cận nghèo, đạt "
     "104%.", [(300, 300, None), (312, 300, 104), (104, None, 104)]),
    ("Hội thành lập 23 hợp tác xã, tổ hợp tác, đạt 115%.", [(23, None, 115), (115, None, 115)]),
    ("Nhận đỡ đầu 55 trẻ mồ côi, khuyết tật, đạt 110%.", [(55, None, 110), (110, None, 110)]),
    # B: the item's value between the result and its rate, the plan in brackets after the rate (iv7 r011)
    ("Hội còn hỗ trợ 2 căn nhà Mái ấm trị giá 120 triệu đồng, đạt 40% chỉ tiêu năm (5 căn).",
     [(2, 5, 40), (1.2e8, None, None), (40, None, 40), (5, 5, None)]),
    ("Chi hội vận động 3 suất học bổng trị giá 6 triệu đồng, bằng 60% kế hoạch năm (5 suất).",
     [(3, 5, 60), (6e6, None, None), (60, None, 60), (5, 5, None)]),
])
def test_round_two_rates(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # K2 guards: outside the rounding, or on the wrong side of the hedge
    ("Hơn 3.000 hội viên mới được kết nạp\nNăm 2025, Hội đã kết nạp 4.024 hội viên mới, đạt 115% chỉ tiêu (3.500 "
     "hội viên).", [(3000, None, None), (4024, 3500, 115), (115, None, 115), (3500, 3500, None)]),
    ("Gần 9.000 phụ nữ được hỗ trợ\nNăm qua, Hội đã hỗ trợ 9.120 phụ nữ, đạt 101% kế hoạch (9.000 phụ nữ).",
     [(9000, None, None), (9120, 9000, 101), (101, None, 101), (9000, 9000, None)]),
    # T guard: growth after "thì vượt"
    ("Chi hội vận động 66 triệu đồng, so với cùng kỳ thì vượt 10%.", [(6.6e7, None, None), (10, None, None)]),
    # P4 guards: "tức" explaining a share
    ("Có 120 hội viên tham gia, tức 35% tổng số hội viên.", [(120, None, None), (35, None, None)]),
    # P10 guards: a result, and a goal told as done
    ("Năm qua, Hội đã hoàn thành 100% số nhà đăng ký hỗ trợ.", [(100, None, 100)]),
    ("Nhờ nỗ lực phấn đấu, Hội đã hoàn thành 100% số hộ đăng ký thoát nghèo.", [(100, None, 100)]),
    ("Tập trung hoàn thành 100% chỉ tiêu năm.", [(100, 100, None)]),
    # P14 guards: reviewed
    ("Hội giúp 200 hội viên vay vốn và hoàn thành 9/9 chỉ tiêu năm.", [(200, None, None), (9, None, None)]),
    # P15 guards: registered but not done, done with no registration
    ("Có 5/6 hộ đăng ký vay vốn.", [(5, None, None)]),
    ("Có 5/6 hộ đã thoát nghèo.", [(5, None, None)]),
    # P16 guard: a share measured by its target
    ("Kết nạp 412 hội viên, đạt 103% (chỉ tiêu 400 hội viên), tỷ lệ tập hợp đạt 81,5% chỉ tiêu.",
     [(412, 400, 103), (103, None, 103), (400, 400, None), (81.5, None, 81.5)]),
    ("Giúp 30 hộ (chỉ tiêu 25 hộ), đạt 120%.", [(30, 25, 120), (25, 25, None), (120, None, 120)]),
    # P6 guard: a change between the result and the rate
    ("Hội giúp 23 hộ thoát nghèo, tăng 5 hộ, đạt 115%.", [(23, None, None), (5, None, None), (115, None, 115)]),
    # B guard: a bracket that is no quotient of the result
    ("Chi hội vận động 3 suất học bổng trị giá 6 triệu đồng, bằng 60% kế hoạch năm (6 suất).",
     [(3, None, 60), (6e6, None, None), (60, None, 60), (6, None, None)]),
    # B guard: a change between, the result keeps the bracket; the change takes nothing
    ("Hội kết nạp 1.548 hội viên mới, tăng 181 hội viên so với năm 2024, đạt 129% chỉ tiêu (1.200 hội viên).",
     [(1548, 1200, 129), (181, None, None), (129, None, 129), (1200, 1200, None)]),
])
def test_round_two_guards(text, expected):
    assert marks(text) == _floats(expected)
