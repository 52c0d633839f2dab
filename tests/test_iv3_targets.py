"""Issue 11, the iv3 round: the genre patterns of the invented blind set ``benchmarks/checksets/iv3`` (see its
FINDINGS.md) and those another helper found in iv2, each with new invented phrasings (not the sets' sentences) a
secretary of a commune, a ward, a district or a province could write, and the near misses they must leave alone."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


# --- A1/B1: a table on lines, cells split by bars or tabs, a row-number column first and a verdict column last ---

@pytest.mark.parametrize("text, expected", [
    ("Kết quả thực hiện chỉ tiêu năm 2025:\nTT | Nội dung | KH | TH | Ghi chú\n"
     "1 | Hỗ trợ hộ thoát nghèo | 120 | 131 | Vượt\n2 | Thành lập tổ hợp tác | 8 | 6 | Chưa đạt\n",
     [(120.0, 120.0, None), (131.0, 120.0, None), (8.0, 8.0, None), (6.0, 8.0, None)]),
    ("STT\tChỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá\n1\tKết nạp hội viên mới\t300\t326\tVượt\n"
     "2\tVận động tiết kiệm (triệu đồng)\t500\t512\tĐạt\n",  # the label's "(triệu đồng)": VND values (SCHEMA)
     [(300.0, 300.0, None), (326.0, 300.0, None), (500e6, 500e6, None), (512e6, 500e6, None)]),
    ("Số TT | Chỉ tiêu | Kế hoạch | Kết quả\n3 | Giới thiệu việc làm | 250 | 261\n",
     [(250.0, 250.0, None), (261.0, 250.0, None)]),
])
def test_a_numbered_table_in_cells(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no row-number head: the first cell is a figure of its own
    ("Số hộ | Xã\n45 | Xã Tân Lập\n", [(45.0, None, None)]),
    ("Chi hội | Số hội viên\n12 | Chi hội thôn Bản Lầu\n", [(12.0, None, None)]),
])
def test_cells_without_a_row_number_head(text, expected):
    assert marks(text) == expected


# --- A2: the target named after a result's rate: in brackets, whichever target it is, or right after its word ---

@pytest.mark.parametrize("text, expected", [
    ("Toàn huyện giúp 260 hộ thoát nghèo, vượt 30% so với mục tiêu của Chương trình (200 hộ).",
     [(260.0, 200.0, 130.0), (30.0, None, 130.0), (200.0, 200.0, None)]),
    ("Xã kết nạp 96 hội viên, đạt 80% chỉ tiêu năm 2026 (120 hội viên).",
     [(96.0, 120.0, 80.0), (80.0, None, 80.0), (120.0, 120.0, None)]),
    ("Quỹ tiết kiệm đạt 45 triệu đồng, đạt 90% kế hoạch 50 triệu đồng.",
     [(45e6, 50e6, 90.0), (90.0, None, 90.0), (50e6, 50e6, None)]),
    ("Các cấp Hội thành lập 17 tổ hợp tác, đạt 85% mục tiêu 20 tổ hợp tác.",
     [(17.0, 20.0, 85.0), (85.0, None, 85.0), (20.0, 20.0, None)]),
])
def test_the_target_named_after_a_rate(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another noun after the target's word, or a new clause: no target of the result
    ("Xã kết nạp 120 hội viên, đạt 80% kế hoạch 3 chi hội mới.",
     [(120.0, None, 80.0), (80.0, None, 80.0), (3.0, None, None)]),
    ("Hội giúp 40 hộ, đạt 95% kế hoạch, 12 hộ được vay vốn.",
     [(40.0, None, 95.0), (95.0, None, 95.0), (12.0, None, None)]),
])
def test_no_target_after_a_rate(text, expected):
    assert marks(text) == expected


def test_a_result_with_its_target_opens_no_list_of_targets():
    """The bracketed target of a result's rate neither makes the next sentence a list of targets nor is restated by a
    later stock of the same noun."""
    text = ("Quý I, toàn huyện kết nạp mới 210 hội viên, đạt 30% chỉ tiêu năm 2026 (700 hội viên).\n"
            "Các cấp Hội giải ngân 52 tỷ đồng, tăng 3% so với cùng kỳ.\n"
            "Hội đã rà soát, cập nhật thông tin của hơn 41.000 hội viên.")
    assert marks(text) == [(210.0, 700.0, 30.0), (30.0, None, 30.0), (700.0, 700.0, None), (52e9, None, None),
                           (3.0, None, None), (41000.0, None, None)]


# --- A3 (and iv2): the target told after a result or a share: "so với chỉ tiêu … là N", "thấp hơn mục tiêu N%",
# "…, chỉ tiêu đề ra là N" ---

@pytest.mark.parametrize("text, expected", [
    ("Hội giúp 45 hộ thoát nghèo, đạt 90% so với chỉ tiêu năm là 50 hộ.",
     [(45.0, 50.0, 90.0), (90.0, None, 90.0), (50.0, 50.0, None)]),
    ("Tỷ lệ hội viên tham gia sinh hoạt đạt 68%, chưa đạt chỉ tiêu 75% đề ra.",
     [(68.0, 75.0, None), (75.0, 75.0, None)]),
    ("Tỷ lệ tập hợp phụ nữ vào Hội chỉ đạt 76%, thấp hơn kế hoạch 85%.", [(76.0, 85.0, None), (85.0, 85.0, None)]),
    ("Tỷ lệ chi hội vững mạnh đạt 64%, chỉ tiêu đặt ra là 70%.", [(64.0, 70.0, None), (70.0, 70.0, None)]),
    ("Năm qua, Hội kết nạp 92 hội viên, chỉ tiêu đề ra là 100 hội viên.", [(92.0, 100.0, None), (100.0, 100.0, None)]),
])
def test_the_target_told_after_a_result(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share against last year, or a new share: no target
    ("Tỷ lệ tập hợp đạt 82%, cao hơn năm trước 3%.", [(82.0, None, None), (3.0, None, None)]),
    ("Tỷ lệ hộ nghèo giảm còn 2,1%, thấp hơn bình quân của tỉnh 1,4%.", [(2.1, None, None), (1.4, None, None)]),
])
def test_a_share_against_no_target(text, expected):
    assert marks(text) == expected


# --- A5: rates in a "+ Item: result/plan (đạt X%)" list ---

@pytest.mark.parametrize("text, expected", [
    ("+ Kết nạp hội viên: 412 hội viên/kế hoạch 400 (đạt 103%).",
     [(412.0, 400.0, 103.0), (400.0, 400.0, None), (103.0, None, 103.0)]),
    ("- Giúp hộ thoát nghèo: 27 hộ/chỉ tiêu 30 hộ (đạt 90%).",
     [(27.0, 30.0, 90.0), (30.0, 30.0, None), (90.0, None, 90.0)]),
    # two counts of other nouns over a slash: the rate stays on the percent
    ("+ Tập huấn: 36 lớp/2.150 lượt hội viên (đạt 96% kế hoạch).",
     [(36.0, None, None), (2150.0, None, None), (96.0, None, 96.0)]),
])
def test_a_rate_after_result_over_plan(text, expected):
    assert marks(text) == expected


def test_a_rate_after_a_bracketed_result_still_measures_it():
    assert marks("Hội giúp 50 hộ thoát nghèo (đạt 125%).") == [(50.0, None, 125.0), (125.0, None, 125.0)]


# --- A4: results inside a cue's sentence: those who reached a standard after a registration, a shortfall ---

@pytest.mark.parametrize("text, expected", [
    ("- 100% chi hội đăng ký thực hiện mô hình “Gia đình 5 có”, có 356 hộ đạt chuẩn.",
     [(100.0, None, None), (356.0, None, None)]),
    ("Các cơ sở Hội cam kết thực hiện phong trào, trong đó có 24 chi hội được công nhận chi hội kiểu mẫu.",
     [(24.0, None, None)]),
    ("Mục tiêu tập hợp 90% phụ nữ vào Hội; tuy vậy, số tổ phụ nữ sinh hoạt đều chỉ đạt 45/60 tổ.",
     [(90.0, 90.0, None), (45.0, None, None)]),
    # (a shortfall: the part done, its whole the target; see test_a_shortfall_of_a_named_target_as_a_ratio)
    ("Chỉ tiêu thành lập hợp tác xã, đến hết năm mới đạt 3/5 hợp tác xã.", [(3.0, 5.0, None)]),
])
def test_results_inside_a_cued_sentence(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pledge of how many will reach the standard, and a goal to reach: still targets
    ("Chi hội đăng ký giúp 5 hộ đạt chuẩn gia đình văn hóa.", [(5.0, 5.0, None)]),
    ("Năm 2026, phấn đấu có 95% hộ gia đình hội viên đạt tiêu chí “5 không, 3 sạch”.", [(95.0, 95.0, None)]),
])
def test_pledges_to_reach_a_standard(text, expected):
    assert marks(text) == expected


# --- B2-B5 (and iv2): numbers that are no figures: a related article's title, a poverty line's income, a star rating,
# a cluster's signers, the parts a new unit was formed from, the pool of a ranking ---

def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


@pytest.mark.parametrize("text, expected", [
    ("Hội giúp 12 hộ vay vốn.\nTin cùng chủ đề: Mai Châu: 150 phụ nữ được tập huấn kỹ năng số\n", [12.0]),
    ("Hội giúp 12 hộ vay vốn.\nCác tin khác: Trao 40 suất quà cho phụ nữ nghèo\n", [12.0]),
    ("Hội giúp 35 hộ thoát nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 (thu nhập bình quân dưới 2 triệu "
     "đồng/người/tháng).", [35.0]),
    ("Hội hỗ trợ 6 hợp tác xã; 2 sản phẩm được chứng nhận đạt 3 sao, 1 sản phẩm xếp hạng 4 sao.", [6.0, 2.0, 1.0]),
    ("Cụm thi đua có 6 tỉnh; năm 2026, 6 tỉnh cùng ký kết giao ước thi đua với 7 nội dung.", [6.0]),
    ("Phường Ba Đình được hình thành từ toàn bộ hoặc một phần của 5 phường cũ; Hội có 47 chi hội.", [47.0]),
    ("Xã Phú Mỹ được thành lập trên cơ sở 3 xã cũ, hiện có 2.150 hội viên.", [2150.0]),
    ("Phường Sài Gòn là một trong 168 xã, phường, đặc khu của Thành phố; Hội có 32 chi hội.", [32.0]),
])
def test_numbers_that_are_no_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội ký giao ước thi đua với 5 tỉnh bạn.", [5.0]),  # the partners, counted
    ("Thu nhập bình quân của hội viên đạt 45 triệu đồng/người/năm.", [45e6]),  # a result, no poverty line
    ("Xã là một trong 25 xã đạt chuẩn nông thôn mới nâng cao.", [25.0]),  # a field of places that achieved
    ("Hội hỗ trợ thành lập 4 tổ hợp tác tại 2 xã.", [4.0, 2.0]),
    ("Khách tham quan chấm điểm 4 sao cho 12 gian hàng.", [4.0, 12.0]),  # a score given, no rating's words
])
def test_near_misses_stay_figures(text, expected):
    assert values(text) == expected


# --- iv2: a congress's counted targets with their term between ("… 10 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030,
# trong đó: …"): every item of the list is a target ---

@pytest.mark.parametrize("text, expected", [
    ("Đại hội thông qua 8 chỉ tiêu chủ yếu cho nhiệm kỳ 2026 - 2031, trong đó: mỗi năm giúp 12 hộ thoát nghèo; "
     "thành lập mới 3 tổ hợp tác.", [(12.0, 12.0, None), (3.0, 3.0, None)]),
    ("Hội nghị thống nhất 6 chỉ tiêu quan trọng trong năm 2026, gồm: kết nạp 250 hội viên mới; vận động 400 triệu "
     "đồng.",
     [(250.0, 250.0, None), (400e6, 400e6, None)]),
    ("Đại hội đề ra 9 chỉ tiêu cơ bản của giai đoạn 2025 - 2030, cụ thể: mỗi năm vận động 2 tỷ đồng; 100% chi hội "
     "có mô hình.",
     [(2e9, 2e9, None), (100.0, 100.0, None)]),
])
def test_a_counted_list_of_targets_after_its_term(text, expected):
    assert marks(text) == expected


def test_targets_met_over_a_term_are_results():
    text = "Hội đã hoàn thành 8 chỉ tiêu nhiệm kỳ 2021 - 2026, trong đó kết nạp 1.200 hội viên, giúp 90 hộ thoát nghèo."
    assert marks(text) == [(8.0, None, None), (1200.0, None, None), (90.0, None, None)]


# --- iv2: "100% cơ sở Hội xếp loại khá trở lên": the whole is exact, "trở lên" bounds the grade ---

@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu 100% chi hội xếp loại vững mạnh trở lên.", "exact"),
    ("Phấn đấu 100% cán bộ Hội cấp xã có trình độ trung cấp lý luận chính trị trở lên.", "exact"),
    # "xếp loại … trở lên" bounds the rating whatever the share (iv5 r020's gold: "75% cơ sở Hội xếp loại hoàn thành
    # tốt nhiệm vụ trở lên" is exact); a share short of the whole is a floor only without the rating's verb
    ("Phấn đấu 95% cơ sở Hội xếp loại khá trở lên.", "exact"),
    ("Phấn đấu 95% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên.", "at_least"),
    ("Tỷ lệ giải ngân đạt 100% trở lên.", "at_least"),  # "trở lên" right after the share hedges it
])
def test_the_whole_bounded_by_a_grade(text, expected):
    assert [f["qualifier"] for f in facts(text)] == [expected]


# --- A1's rate and iv2: a named target's rate measures the result it restates ---

@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu thành lập câu lạc bộ dân vũ mới đạt 60% (thành lập 3/5 câu lạc bộ).",
     [(60.0, None, 60.0), (3.0, None, 60.0)]),
    ("STT | Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá\n1 | Thành lập câu lạc bộ | 20 | 15 | Chưa đạt\n"
     "Riêng chỉ tiêu thành lập câu lạc bộ chỉ đạt 75% do thiếu kinh phí.",
     [(20.0, 20.0, None), (15.0, 20.0, 75.0), (75.0, None, 75.0)]),
])
def test_a_named_targets_rate_measures_the_result_it_restates(text, expected):
    assert marks(text) == expected


def test_a_named_targets_rate_leaves_another_result():
    text = ("STT | Chỉ tiêu | Kế hoạch | Thực hiện\n1 | Kết nạp hội viên | 20 | 15\n"
            "Riêng chỉ tiêu thành lập câu lạc bộ chỉ đạt 75%.")
    assert marks(text) == [(20.0, 20.0, None), (15.0, 20.0, None), (75.0, None, 75.0)]


# --- iv1's leftover: the part done of a named target that fell short, as a ratio with no rate: the whole is the target

@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu chưa hoàn thành là xây dựng nhà văn hóa (mới xây 3/5 nhà).", [(3.0, 5.0, None)]),
    ("Riêng chỉ tiêu thành lập câu lạc bộ “Gia đình hạnh phúc” chỉ đạt 7/10 câu lạc bộ.", [(7.0, 10.0, None)]),
    ("Hai chỉ tiêu chưa đạt là số tổ hợp tác (đạt 6/8 tổ) và số hội viên mới (đạt 90/120 hội viên).",
     [(6.0, 8.0, None), (90.0, 120.0, None)]),
])
def test_a_shortfall_of_a_named_target_as_a_ratio(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no target named in the clause, a full achievement, a rate of its own
    ("Hội hoàn thành các chỉ tiêu; số chi hội sinh hoạt định kỳ chỉ đạt 40/52 chi hội.", [(40.0, None, None)]),
    ("Chỉ tiêu thành lập tổ hợp tác đạt 12/12 xã.", [(12.0, None, None)]),
    ("Chỉ tiêu thành lập hợp tác xã mới đạt 50% (thành lập 2/4 hợp tác xã).", [(50.0, None, 50.0), (2.0, None, 50.0)]),
])
def test_ratios_that_are_no_shortfall_of_a_target(text, expected):
    assert marks(text) == expected


def test_a_floor_of_stars_counts_the_products():
    """"được công nhận từ 3 sao trở lên": a floor of the products counted, a figure (test_extract_genre's case)."""
    assert [(f["value"], f["qualifier"]) for f in facts("Có 9 sản phẩm được công nhận từ 4 sao trở lên.")] == [
        (9.0, "exact"), (4.0, "at_least")]


# --- who set the target, between its word and its amount: "chỉ tiêu huyện giao", "kế hoạch vốn được giao là" ---

@pytest.mark.parametrize("text, expected", [
    ("Huy động tiết kiệm được 1,2 tỷ đồng, vượt 20% so với chỉ tiêu tỉnh giao (1 tỷ đồng).",
     [(1.2e9, 1e9, 120.0), (20.0, None, 120.0), (1e9, 1e9, None)]),
    ("Kết quả: phát triển mới 1.150 hội viên (chỉ tiêu huyện giao 1.000 hội viên), đạt 115%.",
     [(1150.0, 1000.0, 115.0), (1000.0, 1000.0, None), (115.0, None, 115.0)]),
    ("Giải ngân 25 tỷ đồng, đạt 96% kế hoạch vốn được giao là 26 tỷ đồng.",
     [(25e9, 26e9, 96.0), (96.0, None, 96.0), (26e9, 26e9, None)]),
])
def test_the_giver_of_a_target(text, expected):
    assert marks(text) == expected


def test_a_place_after_the_target_word_is_no_giver():
    text = "Hội giúp 30 hộ thoát nghèo, đạt 100% kế hoạch; tỉnh hỗ trợ 12 hộ."
    assert marks(text) == [(30.0, None, 100.0), (100.0, None, 100.0), (12.0, None, None)]


# --- A1's genre: the target column's own words ("Chỉ tiêu giao", "Kế hoạch năm 2025") and a rate column after "TH" ---

@pytest.mark.parametrize("text, expected", [
    ("TT\tNội dung\tKH\tTH\tTỷ lệ (%)\n1\tKết nạp hội viên\t300\t320\t106,7\n",
     [(300.0, 300.0, None), (320.0, 300.0, 106.7), (106.7, None, 106.7)]),
    ("Chỉ tiêu | Kế hoạch năm 2025 | Kết quả | So sánh\nKết nạp hội viên mới | 400 | 436 | Vượt\n",
     [(400.0, 400.0, None), (436.0, 400.0, None)]),
    ("Nội dung | Chỉ tiêu giao | Thực hiện | Tỷ lệ\nPhát triển hội viên | 250 | 275 | 110%\n",
     [(250.0, 250.0, None), (275.0, 250.0, 110.0), (110.0, None, 110.0)]),
])
def test_table_heads_in_the_genre(text, expected):
    assert marks(text) == expected


def test_a_table_of_two_years_pairs_nothing():
    text = "Chỉ tiêu | Năm 2024 | Năm 2025\nKết nạp hội viên mới | 380 | 436\n"
    assert marks(text) == [(380.0, None, None), (436.0, None, None)]


# --- a result over its target with "trên" ("giúp 12 hộ vay vốn trên kế hoạch 10 hộ"): no comma between ---

@pytest.mark.parametrize("text, expected", [
    ("Hỗ trợ 12 phụ nữ khởi nghiệp trên chỉ tiêu 10 phụ nữ, đạt 120%.",
     [(12.0, 10.0, 120.0), (10.0, 10.0, None), (120.0, None, 120.0)]),
    ("Hội giúp 12 hộ vay vốn trên kế hoạch 10 hộ.", [(12.0, 10.0, None), (10.0, 10.0, None)]),
    # after a comma "trên chỉ tiêu 4 hộ" tells the excess: no target of the result
    ("Hội vận động 20 hộ, trên chỉ tiêu 4 hộ.", [(20.0, None, None), (4.0, 4.0, None)]),
])
def test_a_result_over_its_target_with_tren(text, expected):
    assert marks(text) == expected


# --- iv1's leftover C3: two verbs of one help joined by a comma stay inside a share's definition ---

@pytest.mark.parametrize("text, expected", [
    ("Hằng năm, 100% cơ sở Hội được hướng dẫn, hỗ trợ tổ chức ít nhất 2 hoạt động tuyên truyền.", [100.0]),
    ("Phấn đấu 90% chi hội được tư vấn, hỗ trợ tổ chức ít nhất 3 buổi sinh hoạt chuyên đề.", [90.0]),
    # a new verb after the comma opens a clause of its own
    ("100% cơ sở Hội được hướng dẫn, tổ chức trên 20 lớp tập huấn.", [100.0, 20.0]),
])
def test_help_verbs_joined_by_a_comma(text, expected):
    assert values(text) == expected
