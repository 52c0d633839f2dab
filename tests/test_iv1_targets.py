"""Issue 11, the iv1 round: the genre patterns of the invented blind set ``benchmarks/checksets/iv1`` (see its
FINDINGS.md), each with new invented phrasings (not the set's sentences) a secretary of a commune, a ward, a
district or a province could write."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


# --- B1: "chỉ tiêu <what> mới/chỉ đạt X%": the rate a named target reached ---

@pytest.mark.parametrize("text, expected", [
    ("Riêng chỉ tiêu xây dựng nhà vệ sinh hợp vệ sinh mới đạt 72%.", [(72.0, None, 72.0)]),
    ("Chỉ tiêu vận động phụ nữ tham gia BHXH tự nguyện chỉ đạt 64%, do thu nhập của hội viên còn thấp.",
     [(64.0, None, 64.0)]),
    ("Tuy vậy, chỉ tiêu giải ngân vốn vay mới đạt 88,5% do nguồn vốn về chậm.", [(88.5, None, 88.5)]),
    ("Ba chỉ tiêu còn lại đạt trên 85%.", [(85.0, None, 85.0)]),
    ("Chỉ tiêu hỗ trợ xây dựng Mái ấm tình thương chỉ đạt 80%, với 12 căn.", [(80.0, None, 80.0), (12.0, None, 80.0)]),
])
def test_the_rate_a_named_target_reached(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu 3: Tỷ lệ hội viên tham gia sinh hoạt đạt 85% trở lên.", [(85.0, 85.0, None)]),  # a target
    ("Chỉ tiêu tỷ lệ tập hợp phụ nữ mới đạt 78%.", [(78.0, None, None)]),  # the share itself
    ("Chỉ tiêu kết nạp hội viên mới đạt 1.200 người.", [(1200.0, None, None)]),  # a count, no rate
])
def test_a_named_target_without_a_rate(text, expected):
    assert marks(text) == expected


# --- A6: a review's bracketed target does not open a list of targets ---

@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu chưa hoàn thành là xây dựng nhà văn hóa phụ nữ (chỉ tiêu 2 nhà, chưa khởi công). "
     "Các chi hội duy trì 18 tổ tiết kiệm với 305 thành viên.",
     [(2.0, 2.0, None), (18.0, None, None), (305.0, None, None)]),
    ("Riêng chỉ tiêu thành lập tổ hợp tác chưa hoàn thành (chỉ tiêu giao 3 tổ). Toàn xã hỗ trợ 45 hộ vay vốn.",
     [(3.0, 3.0, None), (45.0, None, None)]),
])
def test_a_bracketed_target_of_a_review_opens_no_list(text, expected):
    assert marks(text) == expected


def test_a_list_of_targets_still_goes_on():
    text = "Năm 2026, phấn đấu kết nạp 300 hội viên mới. Các chi hội giúp 20 hộ thoát nghèo."
    assert marks(text) == [(300.0, 300.0, None), (20.0, 20.0, None)]


# --- A6: the closing term's results are not measured by the new term's targets ---

@pytest.mark.parametrize("text, expected", [
    ("Nhiệm kỳ 2026 - 2031, Đại hội đề ra các chỉ tiêu: mỗi năm thành lập mới 15 tổ hợp tác; giúp 300 hộ thoát "
     "nghèo. Nhiệm kỳ 2021 - 2026, các cấp Hội đã thành lập 62 tổ hợp tác và giúp 1.150 hộ thoát nghèo.",
     [(15.0, 15.0, None), (300.0, 300.0, None), (62.0, None, None), (1150.0, None, None)]),
    ("Giai đoạn 2025 - 2030, Hội phấn đấu mỗi năm hỗ trợ hơn 40 mô hình kinh tế do phụ nữ làm chủ. "
     "Giai đoạn 2020 - 2025, các cấp Hội đã hỗ trợ 173 mô hình kinh tế.",
     [(40.0, 40.0, None), (173.0, None, None)]),
])
def test_the_closing_terms_results_take_no_target_of_the_new_term(text, expected):
    assert marks(text) == expected


def test_a_result_of_the_same_term_is_still_measured():
    text = ("Nhiệm kỳ 2025 - 2030, Đại hội đề ra chỉ tiêu thành lập mới 20 hợp tác xã. Đến nay, sau 6 tháng, "
            "Hội đã thành lập 4 hợp tác xã.")
    assert marks(text) == [(20.0, 20.0, None), (4.0, 20.0, None)]


# --- A5: "giữ vững kết quả" names results to keep, a goal's words, not a review ---

@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, Hội đề ra 10 chỉ tiêu với mục tiêu giữ vững kết quả: kết nạp 120 hội viên mới; giúp 8 hộ thoát "
     "nghèo.", [(120.0, 120.0, None), (8.0, 8.0, None)]),
    ("Năm 2026, Hội LHPN phường đặt mục tiêu giữ vững kết quả năm trước, kết nạp ít nhất 90 hội viên mới.",
     [(90.0, 90.0, None)]),
])
def test_results_to_keep_are_a_goal(text, expected):
    assert marks(text) == expected


# --- A4: "(chỉ tiêu N)" after a result whose words hold a quoted name with numbers ---

@pytest.mark.parametrize("text, expected", [
    ("Hội vận động 412 hộ đăng ký đạt danh hiệu “Gia đình 5 không, 3 sạch” (chỉ tiêu 350).",
     [(412.0, 350.0, None), (350.0, 350.0, None)]),
    ("Các chi hội ra mắt 14 câu lạc bộ “Phụ nữ với 3 không, 2 có” (kế hoạch 10).",
     [(14.0, 10.0, None), (10.0, 10.0, None)]),
])
def test_a_bracketed_target_after_a_quoted_name(text, expected):
    assert marks(text) == expected


# --- B2: "đạt lần lượt X% và Y% kế hoạch": one rate for each figure before, in order ---

@pytest.mark.parametrize("text, expected", [
    ("Hội đã thành lập 4 hợp tác xã và 18 tổ hợp tác, đạt lần lượt 80% và 90% kế hoạch.",
     [(4.0, None, 80.0), (18.0, None, 90.0), (80.0, None, 80.0), (90.0, None, 90.0)]),
    ("Năm 2025, toàn xã kết nạp 96 hội viên, giải ngân 2,4 tỷ đồng, đạt lần lượt 120% và 96% chỉ tiêu.",
     [(96.0, None, 120.0), (2.4e9, None, 96.0), (120.0, None, 120.0), (96.0, None, 96.0)]),
    ("Số hội viên mới, số hộ thoát nghèo và số tổ hợp tác đạt lần lượt 105%, 110% và 75% kế hoạch năm.",
     [(105.0, None, 105.0), (110.0, None, 110.0), (75.0, None, 75.0)]),
])
def test_respective_rates(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ hội viên nữ và nam lần lượt là 60% và 40%.", [(60.0, None, None), (40.0, None, None)]),
    ("Số hội viên và số chi hội tăng lần lượt 5% và 8% so với năm 2024.", [(5.0, None, None), (8.0, None, None)]),
])
def test_respective_shares_are_no_rates(text, expected):
    assert marks(text) == expected


# --- B4: "gấp đôi kế hoạch": a multiple of the target in words ---

@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, Hội đã nhận đỡ đầu 64 trẻ em mồ côi, gấp đôi kế hoạch.", [(64.0, None, 200.0)]),
    ("Số tổ tiết kiệm thành lập mới là 12 tổ, gấp ba chỉ tiêu đề ra.", [(12.0, None, 300.0)]),
    ("Quỹ Hội huy động được 450 triệu đồng, gấp rưỡi so với kế hoạch.", [(450e6, None, 150.0)]),
])
def test_a_multiple_of_the_target_in_words(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Doanh thu của tổ hợp tác đạt 2 tỷ đồng, gấp đôi năm trước.", [(2e9, None, None)]),
    ("Số hội viên tham gia đạt 1.200 người, gấp đôi so với năm 2020.", [(1200.0, None, None)]),
])
def test_a_multiple_of_the_past_in_words_is_no_rate(text, expected):
    assert marks(text) == expected


# --- B5: the rate after a clause of its own, when a part of the figure before came between ---

def test_the_rate_of_an_amount_in_its_own_clause_after_a_part():
    text = ("Hội đang quản lý 86 tổ tiết kiệm và vay vốn, với 3.120 hộ còn dư nợ, tổng dư nợ ủy thác 146 tỷ đồng, "
            "đạt 104% kế hoạch.")
    assert marks(text) == [(86.0, None, None), (3120.0, None, None), (146e9, None, 104.0), (104.0, None, 104.0)]


# --- A2: "X trên tổng số Y theo chỉ tiêu": the total is the target ---

@pytest.mark.parametrize("text, expected", [
    ("Hội đã giúp 52 hộ thoát nghèo trên tổng số 60 hộ theo kế hoạch.", [(52.0, 60.0, None), (60.0, 60.0, None)]),
    ("Kết nạp được 830 hội viên mới trên tổng số 1.000 hội viên theo chỉ tiêu giao.",
     [(830.0, 1000.0, None), (1000.0, 1000.0, None)]),
])
def test_a_result_over_a_total_named_as_the_target(text, expected):
    assert marks(text) == expected


def test_a_part_over_a_whole_is_no_target():
    assert marks("Toàn huyện có 120 hộ nghèo trên tổng số 4.500 hộ dân.") == [(120.0, None, None), (4500.0, None, None)]


# --- A3: a result beside the level assigned to it ---

@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ nợ quá hạn 0,05%, thấp hơn mức 0,2% mà Hội cấp trên giao.", [(0.05, 0.2, None), (0.2, 0.2, None)]),
    ("Tỷ lệ thu hồi nợ đến hạn đạt 98,5%, cao hơn mức 95% được giao.", [(98.5, 95.0, None), (95.0, 95.0, None)]),
])
def test_a_result_beside_the_level_assigned(text, expected):
    assert marks(text) == expected


def test_a_result_beside_a_past_level_is_no_target():
    assert marks("Tỷ lệ hộ nghèo còn 2,1%, thấp hơn mức 3,5% của năm 2024.") == [(2.1, None, None), (3.5, None, None)]


# --- B3/C1: a row "kế hoạch/thực hiện/tỷ lệ": "A/B unit/C%" with C = B over A ---

@pytest.mark.parametrize("text, plan, done, rate", [
    ("Một số chỉ tiêu (kế hoạch/thực hiện/tỷ lệ): - Giúp hộ thoát nghèo: 250/265 hộ/106%.", 250, 265, 106),
    ("- Vận động tham gia BHYT: 1.500/1.455 người/97%.", 1500, 1455, 97),
    ("Thành lập tổ hợp tác: 12/15 tổ/125%; thành lập hợp tác xã: 3/2 HTX/66,7%.", 12, 15, 125),
])
def test_a_plan_its_result_and_the_rate(text, plan, done, rate):
    found = facts(text)
    assert [(f["value"], f["unit_class"], f["target"], f["achievement_pct"]) for f in found][:3] == [
        (float(plan), "count", float(plan), None), (float(done), "count", float(plan), float(rate)),
        (float(rate), "percent", None, float(rate))]
    assert found[0]["quote"].replace(".", "") == str(plan)


@pytest.mark.parametrize("text, expected", [
    ("Có 111/168 xã/66,1% ra mắt mô hình.", [(111.0, "ratio", None, None), (66.1, "percent", None, None)]),
    ("Số hộ thoát nghèo: 437/361 hộ (121,1%).", [(437.0, "ratio", 361.0, 121.1), (121.1, "percent", None, 121.1)]),
])
def test_a_share_or_a_result_over_its_target_stays_a_ratio(text, expected):
    assert [(f["value"], f["unit_class"], f["target"], f["achievement_pct"]) for f in facts(text)] == expected


# --- C3: an OCOP rating's stars count nothing ---

@pytest.mark.parametrize("text, expected", [
    ("Toàn xã có 7 sản phẩm đạt chuẩn OCOP 3 sao do phụ nữ làm chủ.", [7.0]),
    ("Phấn đấu đến năm 2030 có 20 sản phẩm OCOP từ 4 sao trở lên.", [20.0]),
    ("Hỗ trợ 12 chủ thể có sản phẩm OCOP 5 sao.", [12.0]),
])
def test_ocop_stars_are_a_rating(text, expected):
    assert [f["value"] for f in facts(text)] == expected


# --- C3: the places a merger joined are an enumeration ---

@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN xã Tân Lập (hợp nhất từ 3 xã) có 4.200 hội viên.", [4200.0]),
    ("Phường được sáp nhập từ 5 phường, hiện có 62 chi hội.", [62.0]),
    ("Sau khi sắp xếp 4 xã thành xã Đông Hưng, toàn xã có 3.100 hội viên.", [3100.0]),
])
def test_the_places_a_merger_joined(text, expected):
    assert [f["value"] for f in facts(text)] == expected


def test_places_where_work_was_done_are_counted():
    assert [f["value"] for f in facts("Hội đã hỗ trợ 3 xã xây dựng nông thôn mới.")] == [3.0]


# --- A5: what a plan sets out: "Theo kế hoạch, …", "Kế hoạch yêu cầu / đặt ra …" ---

@pytest.mark.parametrize("text, expected", [
    ("Theo kế hoạch, năm 2026 Hội kết nạp 150 hội viên mới, nâng tỷ lệ hội viên sinh hoạt thường xuyên lên 85%.",
     [(150.0, 150.0, None), (85.0, 85.0, None)]),
    ("Kế hoạch yêu cầu 100% cơ sở Hội tổ chức sơ kết trước ngày 15/7.", [(100.0, 100.0, None)]),
    ("Kế hoạch đặt ra mỗi chi hội vận động 10 hội viên tham gia tiết kiệm.", [(10.0, 10.0, None)]),
])
def test_what_a_plan_sets_out(text, expected):
    assert marks(text) == expected


def test_a_plan_done_is_a_result():
    assert marks("Theo kế hoạch, năm 2025 Hội đã kết nạp 150 hội viên mới.") == [(150.0, None, None)]


# --- A6: in a list of targets, the units that pledge are counted, their pledge is the target ---

@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, toàn phường kết nạp ít nhất 120 hội viên mới. Mỗi chi hội tổ chức tối thiểu 4 buổi sinh hoạt "
     "chuyên đề. 28 chi hội đăng ký giúp 41 hộ nghèo.",
     [(120.0, 120.0, None), (4.0, 4.0, None), (28.0, None, None), (41.0, 41.0, None)]),
    ("Năm 2026, phấn đấu kết nạp 120 hội viên mới. 15 cơ sở hội cam kết hỗ trợ 30 phụ nữ khởi nghiệp.",
     [(120.0, 120.0, None), (15.0, None, None), (30.0, 30.0, None)]),
])
def test_the_units_that_pledge_are_no_target(text, expected):
    assert marks(text) == expected


def test_a_share_of_units_pledging_stays_a_target():
    text = "Năm 2026, phấn đấu kết nạp 120 hội viên mới. 100% chi hội đăng ký giúp ít nhất 1 hộ nghèo."
    assert marks(text) == [(120.0, 120.0, None), (100.0, 100.0, None)]


# --- the last session's leftover: an outlet's mark before a target opener ---

@pytest.mark.parametrize("text, expected", [
    ("Đại hội phụ nữ xã Tân An lần thứ I\n\n(DNTV) Trong nhiệm kỳ 2025 – 2030, thu hút 86% trở lên phụ nữ tham gia "
     "sinh hoạt Hội; mỗi năm kết nạp 200 hội viên mới.", [(86.0, 86.0, None), (200.0, 200.0, None)]),
    ("(NLĐO) - Mỗi năm, kết nạp ít nhất 300 hội viên mới.", [(300.0, 300.0, None)]),
    ("(Chinhphu.vn) - Hằng năm, 100% cơ sở Hội tổ chức ít nhất 2 hoạt động tuyên truyền.", [(100.0, 100.0, None)]),
])
def test_a_target_opener_after_an_outlets_mark(text, expected):
    assert marks(text) == expected


def test_a_review_after_an_outlets_mark():
    assert marks("(NLĐO) - Mỗi năm, Hội đã kết nạp hơn 300 hội viên mới.") == [(300.0, None, None)]


# --- the last session's leftover: a listing page's "Tổng số: 93 bài" ---

@pytest.mark.parametrize("text", [
    "Hội LHPN xã tổng kết năm 2025 với 1.200 hội viên.\nTổng số: 93 bài",
    "Tổng số: 64 tin\nHội LHPN xã tổng kết năm 2025 với 1.200 hội viên.",
    "Hội LHPN xã tổng kết năm 2025 với 1.200 hội viên.\nTổng số: 93 bài viết | Trang 1 2 3 4",
])
def test_a_listing_pages_count_of_articles(text):
    assert [f["value"] for f in facts(text)] == [1200.0]


def test_a_reports_total_of_articles_is_a_figure():
    text = "Kết quả tuyên truyền năm 2025:\n- Báo Phụ nữ: 45 bài\n- Trang thông tin điện tử: 73 bài\nTổng số: 118 bài"
    assert [f["value"] for f in facts(text)] == [45.0, 73.0, 118.0]


# --- A4: a result with a stated rate takes the one target of its noun whose quotient the rate states ---

@pytest.mark.parametrize("text, expected", [
    ("6 tháng đầu năm 2026, Hội kết nạp 540 hội viên mới, đạt 60% kế hoạch năm. Các chi hội tổ chức 36 buổi sinh "
     "hoạt. Năm 2026, Hội phấn đấu kết nạp 900 hội viên mới.",
     [(540.0, 900.0, 60.0), (60.0, None, 60.0), (36.0, None, None), (900.0, 900.0, None)]),
    ("Quý I, toàn xã giúp 12 hộ thoát nghèo, đạt 40% chỉ tiêu năm. Năm 2026, Hội phấn đấu giúp 30 hộ thoát nghèo.",
     [(12.0, 30.0, 40.0), (40.0, None, 40.0), (30.0, 30.0, None)]),
])
def test_a_rate_confirms_the_target(text, expected):
    assert marks(text) == expected


def test_a_target_the_rate_does_not_confirm():
    text = "Năm 2025, Hội kết nạp 540 hội viên mới, đạt 108% kế hoạch. Năm 2026, Hội phấn đấu kết nạp 600 hội viên mới."
    assert marks(text) == [(540.0, None, 108.0), (108.0, None, 108.0), (600.0, 600.0, None)]


def test_a_whole_years_result_takes_no_target_of_next_year():
    text = ("Năm 2025, Hội tổng kết công tác, triển khai nhiệm vụ năm 2026. Kết nạp mới 230 hội viên, đạt 115% "
            "kế hoạch năm. Năm 2026, Hội phấn đấu kết nạp 200 hội viên mới.")
    assert marks(text) == [(230.0, None, 115.0), (115.0, None, 115.0), (200.0, 200.0, None)]
