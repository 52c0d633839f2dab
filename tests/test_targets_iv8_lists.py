"""Issue 11, the study set iv8's patterns on the list, table and statement side (FINDINGS T2, T4, T7, T10, T11, T13,
T14, T15), each on invented phrasings a secretary could write, with guards.

T7. A plan table with last year's results beside next year's plan ("STT | Chỉ tiêu | Thực hiện năm 2025 | Kế hoạch
    năm 2026"): the plan cells are targets, the results of the earlier year take none. A head of the same year
    ("Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ") still links each result to its plan.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def values_targets(text: str) -> list[tuple]:
    return [(f["value"], f["target"]) for f in extract_facts(normalize_text(text))]


def values_marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))]


_PLAN_PAGE = "KẾ HOẠCH\nCông tác Hội năm 2026\n\nI. CHỈ TIÊU\n"


@pytest.mark.parametrize("head", [
    "STT\tChỉ tiêu\tThực hiện năm 2025\tKế hoạch năm 2026",
    "STT | Nội dung | Kết quả 2024 | Chỉ tiêu 2025",
    "TT\tChỉ tiêu\tƯớc thực hiện 2025\tKế hoạch 2026",
    "TT | Chỉ tiêu | TH năm 2025 | KH năm 2026",
])
def test_last_years_results_beside_next_years_plan_take_no_target(head):
    text = (_PLAN_PAGE + head + "\n1\tKết nạp hội viên mới (người)\t2.307\t2.000\n"
            "2\tThành lập tổ hợp tác (tổ)\t47\t50\n\nĐề nghị các cơ sở Hội triển khai.\n")
    if "|" in head:
        text = text.replace("\t", " | ")
    got = [(v, t) for v, t in values_targets(text) if v not in (2024.0, 2025.0, 2026.0)]
    assert got == [(2307.0, None), (2000.0, 2000.0), (47.0, None), (50.0, 50.0)]


def test_a_head_of_the_same_year_links_each_result_to_its_plan():
    text = ("Báo cáo kết quả công tác Hội năm 2025\n\nSTT\tChỉ tiêu\tKế hoạch năm 2025\tThực hiện năm 2025\tTỷ lệ\n"
            "1\tKết nạp hội viên mới (người)\t300\t321\t107%\n\nHội tiếp tục phát huy.\n")
    got = [m for m in values_marks(text) if m[0] not in (2025.0,)]
    assert got == [(300.0, 300.0, None), (321.0, 300.0, 107.0), (107.0, None, 107.0)]


# T3 (the plan-statement part). The year's plan told after a ";" in the result's sentence is a target as at a
# sentence's start, and the part of the year measured against it takes it.
@pytest.mark.parametrize("text, expected", [
    ("Quý I/2026, Hội LHPN xã Tân Lập đã kết nạp 45 hội viên mới, bằng 30% kế hoạch năm; kế hoạch năm 2026 của xã là"
     " 150 hội viên.", [(45.0, 150.0, 30.0), (30.0, None, 30.0), (150.0, 150.0, None)]),
    ("6 tháng đầu năm, các chi hội giải ngân 9 tỷ đồng, bằng 45% kế hoạch năm; kế hoạch năm 2026 của Hội là 20 tỷ"
     " đồng.", [(9e9, 20e9, 45.0), (45.0, None, 45.0), (20e9, 20e9, None)]),
])
def test_the_years_plan_after_a_semicolon(text, expected):
    assert [m for m in values_marks(text) if m[0] not in (2026.0, 6.0, 1.0)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025 kết nạp 96 hội viên; chỉ tiêu năm 2026 là 100 hội viên.", [(96.0, None), (100.0, 100.0)]),
    ("Kế hoạch năm 2026 của Hội là 300 hội viên; Hội đã giúp 12 hộ thoát nghèo.", [(300.0, 300.0), (12.0, None)]),
])
def test_a_plan_after_a_whole_years_result_or_a_deed(text, expected):
    assert [m for m in values_targets(text) if m[0] not in (2025.0, 2026.0)] == expected


# T14. A plan told as a plain statement ("Chỉ tiêu năm 2026 … là 500 hộ.") opens no list for the next sentence's own
# subject and deed ("Các cấp Hội trao 120 suất quà."); a bare verb or a pledge after it still continues.
@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu năm 2026 là 500 hộ. Các cấp Hội trao 120 suất quà.", [(500.0, 500.0), (120.0, None)]),
    ("Các cấp Hội hỗ trợ 2.460 hộ thoát nghèo, đạt 61,5% chỉ tiêu năm. Chỉ tiêu năm 2026 được Trung ương Hội giao là"
     " 4.000 hộ. Các cấp Hội khởi công 120 căn nhà với kinh phí 6 tỷ đồng.",
     [(2460.0, None), (61.5, None), (4000.0, 4000.0), (120.0, None), (6e9, None)]),
    ("Chỉ tiêu năm 2026: kết nạp 500 hội viên mới. Các cấp Hội phấn đấu giúp 120 hộ thoát nghèo.",
     [(500.0, 500.0), (120.0, 120.0)]),
    ("Chỉ tiêu năm 2026 là 500 hộ. Mỗi chi hội giúp 3 hộ thoát nghèo.", [(500.0, 500.0), (3.0, 3.0)]),
])
def test_a_plan_told_as_a_statement_opens_no_list_for_a_deed(text, expected):
    assert [m for m in values_targets(text) if m[0] not in (2026.0,)] == expected


# T15. A part of the year that opens the paragraph holds for its later sentences that name no year of their own.
@pytest.mark.parametrize("text, expected", [
    ("Sơ kết 9 tháng: Hội kết nạp 210 hội viên mới. Các chi hội giới thiệu việc làm cho 150 lao động, đạt 75% kế"
     " hoạch năm. Kế hoạch năm của Hội là 200 lao động.",
     [(210.0, None), (150.0, 200.0), (75.0, None), (200.0, 200.0)]),
    ("6 tháng đầu năm, toàn tỉnh kết nạp 2.100 hội viên mới. Các cấp Hội hỗ trợ 1.230 hộ thoát nghèo, đạt 61,5% chỉ"
     " tiêu năm. Chỉ tiêu năm 2026 được Tỉnh ủy giao là 2.000 hộ.",
     [(2100.0, None), (1230.0, 2000.0), (61.5, None), (2000.0, 2000.0)]),
    ("Năm 2025, Hội kết nạp 210 hội viên mới. Các chi hội hỗ trợ 62 hộ thoát nghèo, đạt 124% kế hoạch năm. Kế hoạch"
     " năm 2026 của Hội là 50 hộ.", [(210.0, None), (62.0, None), (124.0, None), (50.0, 50.0)]),
])
def test_a_part_of_the_year_opening_the_paragraph(text, expected):
    assert [m for m in values_targets(text) if m[0] not in (2025.0, 2026.0, 6.0, 9.0)] == expected


# T13. A result over a total the plan names, with no "theo" before the plan's word, and a comma in the result's noun
# ("giúp 7 hộ nghèo, cận nghèo trên tổng số 10 hộ kế hoạch"): the total is the target. Not a share of the whole.
@pytest.mark.parametrize("text, expected", [
    ("Hội giúp 7 hộ nghèo, cận nghèo trên tổng số 10 hộ kế hoạch.", [(7.0, 10.0), (10.0, 10.0)]),
    ("Năm qua kết nạp 45 hội viên trên tổng số 60 hội viên chỉ tiêu năm.", [(45.0, 60.0), (60.0, 60.0)]),
    ("Các chi hội hỗ trợ 4 hộ nghèo, cận nghèo làm kinh tế trên tổng số 6 hộ theo kế hoạch năm.",
     [(4.0, 6.0), (6.0, 6.0)]),
])
def test_a_result_over_a_total_the_plan_names(text, expected):
    assert values_targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Toàn xã còn 120 hộ nghèo trên tổng số 4.500 hộ dân.", [(120.0, None), (4500.0, None)]),
    ("Hội giúp 7 hộ nghèo, trao 30 suất trên tổng số 50 suất kế hoạch.", [(7.0, None), (30.0, 50.0), (50.0, 50.0)]),
])
def test_a_share_of_the_whole_or_another_item_before_the_total(text, expected):
    assert values_targets(text) == expected


# T11. The target first, then "; kết quả" and the result in the same sentence: the result takes it, whatever its verb
# and whatever other target of the noun the text sets elsewhere (next year's).
@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu xây dựng 6 nhà tình thương cho hội viên nghèo; kết quả trao 7 nhà.", [(6.0, 6.0), (7.0, 6.0)]),
    ("Chỉ tiêu mở 3 lớp dạy nghề, kết quả tổ chức được 4 lớp. Năm 2026, Hội phấn đấu mở 5 lớp dạy nghề.",
     [(3.0, 3.0), (4.0, 3.0), (5.0, 5.0)]),
    ("Chỉ tiêu giúp hộ nghèo năm 2025 là 20 hộ; kết quả các chi hội đã giúp 23 hộ, đạt 115%. Năm 2026, phấn đấu giúp"
     " ít nhất 25 hộ.", [(20.0, 20.0), (23.0, 20.0), (115.0, None), (25.0, 25.0)]),
])
def test_a_target_then_its_result_in_one_sentence(text, expected):
    assert [m for m in values_targets(text) if m[0] not in (2025.0, 2026.0)] == expected



# T2. A verdict on the plan that names the plan's amount ("…, vượt kế hoạch 50 suất", "…, hoàn thành chỉ tiêu được
# giao là 12 tỷ đồng"): the amount is a target, and the result before it in the clause takes it. Not a rate ("vượt
# kế hoạch 15%"), a count of targets ("hoàn thành 3 chỉ tiêu"), an excess ("vượt 8 hộ so với chỉ tiêu").
@pytest.mark.parametrize("text, expected", [
    ("Các chi hội trao 58 suất học bổng, vượt kế hoạch 50 suất.", [(58.0, 50.0), (50.0, 50.0)]),
    ("Hội giải ngân 12,5 tỷ đồng, hoàn thành chỉ tiêu được giao là 12 tỷ đồng.", [(12.5e9, 12e9), (12e9, 12e9)]),
    ("Năm 2024 kết nạp 320 hội viên, đạt chỉ tiêu năm 2024 là 300 hội viên.", [(320.0, 300.0), (300.0, 300.0)]),
    ("Phong trào thu gom 7,5 tấn phế liệu, vượt mục tiêu 5 tấn.", [(7.5, 5.0), (5.0, 5.0)]),
])
def test_a_verdict_naming_the_plans_amount(text, expected):
    assert [m for m in values_targets(text) if m[0] != 2024.0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội giúp 58 hộ thoát nghèo, vượt kế hoạch 15%.", [(58.0, None), (15.0, None)]),
    ("Hội kết nạp 320 hội viên, hoàn thành 3 chỉ tiêu chủ yếu.", [(320.0, None), (3.0, None)]),
    ("Hội giúp 38 hộ thoát nghèo, vượt 8 hộ so với chỉ tiêu.", [(38.0, None), (8.0, None)]),
    ("Hội trao 58 suất học bổng, vượt kế hoạch; kết nạp 50 hội viên.", [(58.0, None), (50.0, None)]),
])
def test_near_misses_of_a_verdict_naming_the_plan(text, expected):
    assert values_targets(text) == expected


def test_a_headline_restates_a_result_that_met_its_named_plan():
    text = ("Bàn giao 300 nhà tình thương cho phụ nữ nghèo\n\nNăm 2025, các cấp Hội đã bàn giao 300 căn nhà tình"
            " thương, hoàn thành kế hoạch năm 2025 là 300 căn.\n")
    assert [m for m in values_targets(text) if m[0] != 2025.0] == [(300.0, 300.0)] * 3


# T10. A cluster's pact before a colon opens a list of targets ("Năm 2026, Cụm giao ước: mỗi tỉnh, thành …; hỗ trợ
# 1.500 hộ …/đơn vị; 100% xã, phường …"). Not a result measured against the pact, nor the signing itself.
@pytest.mark.parametrize("text, expected", [
    ("Nội dung giao ước: mỗi tỉnh, thành hỗ trợ 20 phụ nữ khởi nghiệp; mỗi đơn vị xây dựng 50 Mái ấm trở lên.",
     [(20.0, 20.0), (50.0, 50.0)]),
    ("Các đơn vị ký giao ước năm 2026: kết nạp 8.000 hội viên mới/tỉnh; 100% cơ sở Hội có mô hình chuyển đổi số.",
     [(8000.0, 8000.0), (100.0, 100.0)]),
    ("Năm 2026, Cụm giao ước: kết nạp 8.000 hội viên mới/tỉnh; giúp 900 hộ thoát nghèo/đơn vị; 100% cơ sở Hội có mô"
     " hình chuyển đổi số.", [(8000.0, 8000.0), (900.0, 900.0), (100.0, 100.0)]),
])
def test_a_clusters_pact_sets_targets(text, expected):
    assert [m for m in values_targets(text) if m[0] != 2026.0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, các tỉnh trong Cụm kết nạp 7.130 hội viên mới, vượt 18,8% chỉ tiêu giao ước (6.000 hội viên).",
     [(7130.0, 6000.0), (18.8, None), (6000.0, 6000.0)]),
    ("Hội nghị ký kết giao ước thi đua năm 2026 với sự tham dự của 120 đại biểu.", [(120.0, None)]),
    ("Năm 2025, Cụm đã thực hiện giao ước: kết nạp 8.100 hội viên mới; giúp 950 hộ thoát nghèo.",
     [(8100.0, None), (950.0, None)]),
    ("Kết quả thực hiện giao ước: kết nạp 8.100 hội viên mới; giúp 950 hộ thoát nghèo.",
     [(8100.0, None), (950.0, None)]),
])
def test_a_pact_measured_or_signed_sets_none(text, expected):
    assert [m for m in values_targets(text) if m[0] not in (2025.0, 2026.0)] == expected


# T4. A plan's items under its "NHIỆM VỤ, GIẢI PHÁP" title, without a cue word, are targets. Not the review's
# items under a title of results ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ"), nor an item telling what was done.
_PLAN_HEAD = "KẾ HOẠCH\nCông tác Hội và phong trào phụ nữ năm 2026\n\n"


@pytest.mark.parametrize("title", ["II. NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ", "2. Nhiệm vụ và giải pháp"])
def test_a_plans_tasks_are_targets(title):
    text = (_PLAN_HEAD + title + "\n- Vận động xây dựng 15 căn nhà Mái ấm từ nguồn xã hội hóa.\n"
            "- Mỗi chi hội tổ chức 02 buổi sinh hoạt chuyên đề, mỗi buổi có từ 30 hội viên trở lên.\n"
            "- Huy động 2 tỷ đồng trở lên cho an sinh xã hội.\n")
    assert [m for m in values_targets(text) if m[0] != 2026.0] == [(15.0, 15.0), (2.0, 2.0), (30.0, 30.0),
                                                                     (2e9, 2e9)]


@pytest.mark.parametrize("title", ["I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "1. Nhiệm vụ đã thực hiện"])
def test_a_reviews_tasks_are_no_targets(title):
    text = ("BÁO CÁO\nKết quả công tác Hội năm 2025\n\n" + title + "\n- Vận động xây dựng 15 căn nhà Mái ấm.\n"
            "- Huy động 2 tỷ đồng cho an sinh xã hội.\n")
    assert [m for m in values_targets(text) if m[0] != 2025.0] == [(15.0, None), (2e9, None)]


def test_a_done_item_under_the_tasks_title_is_no_target():
    text = _PLAN_HEAD + "II. NHIỆM VỤ, GIẢI PHÁP\n- Năm qua Hội đã vận động xây dựng 15 căn nhà Mái ấm.\n"
    assert [m for m in values_targets(text) if m[0] != 2026.0] == [(15.0, None)]


# T4 (the budget). A plan's budget under its "KINH PHÍ" title is a figure that is itself a plan (SCHEMA): a target,
# "dự kiến" or not. Not a review's spending ("Kinh phí thực hiện 38 triệu đồng" in a report).
@pytest.mark.parametrize("section", [
    "IV. KINH PHÍ\nTổng kinh phí dự kiến: 38.500.000đ (Ba mươi tám triệu năm trăm nghìn đồng).\n",
    "III. KINH PHÍ\nDự kiến 1.200.000.000 đồng từ ngân sách tỉnh và nguồn vận động.\n",
    "IV. KINH PHÍ: Dự toán 38.500.000 đồng từ nguồn kinh phí hoạt động của Hội.\n",
])
def test_a_plans_budget_is_a_target(section):
    got = values_targets(_PLAN_HEAD + section)
    money = [(v, t) for v, t in got if v > 1e6]
    assert len(money) == 1 and money[0][1] == money[0][0]


def test_a_reviews_spending_is_no_target():
    text = "BÁO CÁO\nKết quả công tác Hội năm 2025\n\nIII. KINH PHÍ\nKinh phí thực hiện 38 triệu đồng.\n"
    assert [m for m in values_targets(text) if m[0] != 2025.0] == [(38e6, None)]


# A money range asked of donors ("vận động … (từ 300.000 - 500.000 đồng/trẻ/tháng)"): its floor has a ceiling right
# after it, a span of what is given, not a floor asked of each one; a floor on its own stays the campaign's target.
@pytest.mark.parametrize("text", [
    "Hội phát động các cơ sở vận động nhận đỡ đầu 120 trẻ mồ côi, tổng kinh phí 3,6 tỷ đồng "
    "(từ 200.000 - 400.000 đồng/trẻ/tháng).",
    "Chi hội kêu gọi hội viên đóng góp 100.000 – 300.000đ/trẻ/tháng cho quỹ nuôi em.",
    "Hội vận động mỗi hội viên ủng hộ từ 50.000 đến 100.000 đồng.",
])
def test_a_campaigns_money_range_sets_no_floor(text):
    assert all(t is None for _, t in values_targets(text))


@pytest.mark.parametrize("text, floor", [
    ("Hội vận động hội viên góp ít nhất 5.000đ/người/tháng vào quỹ tiết kiệm.", 5000.0),
    ("Hội kêu gọi mỗi hội viên ủng hộ tối thiểu 30.000 đồng.", 30000.0),
])
def test_a_campaigns_floor_alone_stays_its_target(text, floor):
    assert (floor, floor) in values_targets(text)


# "…; chỉ tiêu của Hội LHPN xã là 40 hội viên": the body's target, told as "chỉ tiêu <body> giao là N" is.
@pytest.mark.parametrize("text, target", [
    ("Năm 2026, Hội phấn đấu kết nạp 300 hội viên; chỉ tiêu của Hội LHPN phường là 35 hội viên.", 35.0),
    ("Chỉ tiêu của Chi hội phụ nữ thôn Đông là 12 hộ được hỗ trợ vay vốn.", 12.0),
])
def test_a_bodys_target_told_with_cua(text, target):
    assert (target, target) in values_targets(text)


@pytest.mark.parametrize("text, value", [
    ("Hội kết nạp 52 hội viên, cao hơn chỉ tiêu của năm trước là 40 hội viên.", 40.0),
    ("Năm 2025, kết quả của Hội LHPN xã là 40 hội viên mới.", 40.0),
    ("Chỉ tiêu của Hội đạt 120% với 48 hội viên mới.", 48.0),
])
def test_no_body_no_target_told_with_cua(text, value):
    assert (value, None) in values_targets(text)
