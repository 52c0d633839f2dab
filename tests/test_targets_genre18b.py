"""Issue 11, session 18 (X2: iv24 FINDINGS P3), in invented phrasings: the year's estimate or forecast told after a
part-year result that has its target ("dự kiến (đến) cuối năm đạt khoảng N", "ước cả năm … N" after the result's
bracketed plan) takes that target. Guards: what is left to do ("dự kiến … hỗ trợ thêm N"), a later year's plan
("dự kiến năm 2027 …"), another noun, no earlier target."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def targets(text: str) -> dict[float, float | None]:
    """The target of a text's facts by value (the test texts give each value once)."""
    return {f["value"]: f["target"] for f in extract_facts(normalize_text(text))}


# --- P3: the year's forecast or estimate after a part-year result with its target ---

@pytest.mark.parametrize("text, value, target", [
    ("Chỉ tiêu giao đầu năm là 120 hộ. Sau 10 tháng, Hội hỗ trợ được 101 hộ; dự kiến đến cuối năm đạt khoảng 125 hộ.",
     125, 120),
    ("Trong 6 tháng, Hội kết nạp 210 hội viên, bằng 70% kế hoạch năm (300 hội viên); ước cả năm đạt khoảng 320 hội "
     "viên.", 320, 300),
    ("Quý III, Hội vận động được 2,4 tỷ đồng, đạt 60% kế hoạch năm (4 tỷ đồng). Dự kiến cả năm vận động khoảng 4,5 tỷ "
     "đồng.", 4.5e9, 4e9),
    ("Kế hoạch năm là 50 tổ hợp tác. Đến tháng 10 đã thành lập 41 tổ hợp tác, dự kiến hết năm thành lập được 52 tổ hợp "
     "tác.", 52, 50),
])
def test_the_years_forecast_takes_the_results_target(text, value, target):
    assert targets(text)[value] == target


@pytest.mark.parametrize("text, value", [
    ("Đến nay đã có 14 hộ thoát nghèo, đạt 70% chỉ tiêu (20 hộ); dự kiến đến cuối năm giúp thêm 5 hộ.", 5),
    ("Chỉ tiêu năm là 150 hộ. Đến nay hỗ trợ được 130 hộ; dự kiến năm 2027 hỗ trợ 200 hộ.", 200),
    ("Chỉ tiêu năm là 150 hộ. Đến nay hỗ trợ được 130 hộ; dự kiến cuối năm kết nạp khoảng 90 hội viên.", 90),
    ("Đến nay Hội kết nạp 130 hội viên. Dự kiến đến cuối năm kết nạp khoảng 160 hội viên.", 160),
])
def test_no_target_for_a_remainder_a_later_year_another_noun_or_no_target(text, value):
    assert targets(text)[value] is None


# --- P4: bullet items under "Ngoài ra:" continue a plan's list of targets without an opener ---

_PLAN = "KẾ HOẠCH NĂM 2026\nII. CHỈ TIÊU\n1. Kết nạp ít nhất 300 hội viên mới.\n2. Giúp 40 hộ thoát nghèo.\n"


@pytest.mark.parametrize("items, expected", [
    ("Ngoài ra:\n- Mỗi chi hội xây dựng ít nhất 01 mô hình tiết kiệm;\n- Tỷ lệ hộ nghèo do phụ nữ làm chủ giảm 1,5%;\n"
     "- Từ 85% hội viên trở lên được tập huấn chuyển đổi số;\n- 95% chi hội sinh hoạt định kỳ.",
     {1.5: 1.5, 85: 85, 95: 95}),
    ("Bên cạnh đó, Hội phấn đấu:\n- 100% chi hội có tổ tiết kiệm;\n+ Tỷ lệ nợ quá hạn dưới 0,3%;\n"
     "+ Thành lập 6 câu lạc bộ dân vũ.", {0.3: 0.3, 6: 6}),
    ("Ngoài ra:\n• Tỷ lệ nợ quá hạn không vượt quá 0,4%;\n• 30 chi hội ra mắt mô hình phân loại rác tại nguồn.",
     {0.4: 0.4, 30: 30}),
])
def test_bullet_items_under_more_continue_the_targets(items, expected):
    got = targets(_PLAN + items + "\nIII. TỔ CHỨC THỰC HIỆN")
    assert {v: got[v] for v in expected} == expected


@pytest.mark.parametrize("text, values", [
    ("BÁO CÁO NĂM 2026\nKết quả: kết nạp 320 hội viên, đạt 107% kế hoạch năm (300 hội viên).\nNgoài ra:\n"
     "- Tổ chức 15 buổi tuyên truyền pháp luật;\n- 60 hộ được vay vốn ưu đãi.", (15, 60)),
    (_PLAN + "Ngoài ra:\n- Mỗi chi hội xây dựng ít nhất 01 mô hình tiết kiệm;\n- Năm 2025 đã thành lập 12 tổ hợp tác;\n"
     "- 95% chi hội sinh hoạt định kỳ (năm 2025 đạt 88%).", (12, 88)),
    (_PLAN + "Nơi nhận:\n- Tỉnh Hội;\n- 12 chi hội;", ()),
])
def test_no_target_for_reported_items_or_past_counts(text, values):
    got = targets(text)
    assert all(got[v] is None for v in values)


# --- P3: a period's result and its running total ("…, lũy kế 6 tháng là N") share the year's target ---

@pytest.mark.parametrize("text, expected", [
    ("Trong quý kết nạp 52 hội viên, lũy kế 6 tháng 190 người. Chỉ tiêu cả năm là 400 hội viên.", {52: 400, 190: 400}),
    ("Chỉ tiêu năm là 60 hộ. Quý III, Hội giúp 12 hộ thoát nghèo, lũy kế từ đầu năm 45 hộ.", {12: 60, 45: 60}),
    ("Kế hoạch năm là 30 tổ hợp tác. Tháng 9 thành lập 4 tổ hợp tác, cộng dồn đến nay đạt 21 tổ hợp tác.",
     {4: 30, 21: 30}),
])
def test_a_result_and_its_running_total_share_the_years_target(text, expected):
    got = targets(text)
    assert {v: got[v] for v in expected} == expected


@pytest.mark.parametrize("text, value", [
    ("Chỉ tiêu năm là 60 hộ. Quý III, Hội giúp 12 hộ thoát nghèo, lũy kế cùng kỳ năm trước 40 hộ.", 40),
    ("Chỉ tiêu năm là 60 hộ. Quý III, Hội giúp 12 hộ thoát nghèo, lũy kế 9 tháng kết nạp 140 hội viên.", 140),
])
def test_no_target_for_last_years_running_total_or_another_noun(text, value):
    assert targets(text)[value] is None


# --- P3: a result told in the passive paragraphs after its target ("N hợp tác xã mới được thành lập") ---

@pytest.mark.parametrize("text, value, target", [
    ("Năm 2026, Hội đặt chỉ tiêu kết nạp 900 hội viên và thành lập 12 hợp tác xã.\nHoạt động nổi bật là Tháng Ba "
     "biên cương: trao 300 suất quà cho phụ nữ vùng cao.\nVề sinh kế, quý I có 40 hộ được vay vốn, xấp xỉ 9% kế "
     "hoạch; 3 hợp tác xã mới được thành lập.", 3, 12),
    ("Trong năm, Hội phấn đấu xây dựng 20 mô hình sinh kế.\nQuý I tổ chức 14 buổi tập huấn, 80 hội viên tham dự.\n"
     "Sau 3 tháng, 5 mô hình sinh kế đã được xây dựng ở các xã.", 5, 20),
])
def test_a_passive_result_paragraphs_later_takes_the_target(text, value, target):
    assert targets(text)[value] == target


@pytest.mark.parametrize("text, value", [
    ("Năm 2026 Hội đặt chỉ tiêu thành lập 12 hợp tác xã.\nNăm 2025, trao 30 suất quà; 5 hợp tác xã đã được thành "
     "lập.", 5),
    ("Năm 2026 Hội đặt chỉ tiêu thành lập 12 hợp tác xã.\nQuý I trao 30 suất quà; 14 hợp tác xã được thành lập.", 14),
])
def test_no_passive_link_across_another_year_or_over_the_target(text, value):
    assert targets(text)[value] is None
