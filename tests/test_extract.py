"""The figure extractor on real phrasings of the genre, one rule per case.

Each case is a sentence written the way Women's Union reports write, and the figures a careful reader
takes from it: (value, unit_class, qualifier) plus any denominator / target / achievement it states.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts, extract_figures
from wuanalysis.text import normalize_text


def figures(sentence: str) -> list[tuple]:
    return [(f["value"], f["unit_class"], f["qualifier"]) for f in extract_facts(normalize_text(sentence))]


def one(sentence: str, value: float) -> dict:
    found = [f for f in extract_facts(normalize_text(sentence)) if f["value"] == value]
    assert len(found) == 1, (sentence, value, extract_facts(normalize_text(sentence)))
    return found[0]


@pytest.mark.parametrize("sentence, expected", [
    # Vietnamese number format: "." groups thousands, "," is the decimal mark
    ("huy động 1.838 ngày công hỗ trợ xây dựng nông thôn mới", [(1838, "count", "exact")]),
    ("tổng kinh phí trên 4,2 tỷ đồng", [(4.2e9, "vnd", "more_than")]),
    ("tiết kiệm với số tiền 1,008 tỷ đồng", [(1.008e9, "vnd", "exact")]),
    ("tổng dư nợ gần 1.293 tỷ đồng", [(1.293e12, "vnd", "nearly")]),
    ("giải ngân 448.335 triệu đồng", [(448335e6, "vnd", "exact")]),
    ("chọn được 05 sản phẩm dự thi", [(5, "count", "exact")]),
    ("3343 lượt phụ nữ được tập huấn", [(3343, "count", "exact")]),
    # scale words, compound money, numbers in words, "k"
    ("đạt 2 tỷ 565 triệu đồng với 1.245 hộ vay", [(2.565e9, "vnd", "exact"), (1245, "count", "exact")]),
    ("tổng vốn 1,5 nghìn tỷ đồng", [(1.5e12, "vnd", "exact")]),
    ("hơn 32 ngàn lượt hội viên tham dự", [(32000, "count", "more_than")]),
    ("toàn tỉnh có 1,6 triệu hội viên", [(1.6e6, "count", "exact")]),
    ("vận động được một tỷ đồng và năm nghìn lượt người", [(1e9, "vnd", "exact"), (5000, "count", "exact")]),
    ("hai mươi mốt nghìn không trăm mười một lượt phụ nữ", [(21011, "count", "exact")]),
    ("mỗi người ủng hộ 10k đồng", [(10000, "vnd", "exact")]),
    ("dư nợ 77,83 tỷ, tăng 242 tỷ so với cùng kỳ", [(77.83e9, "vnd", "exact"), (242e9, "vnd", "exact")]),
    # ranges: the first number borrows the second's scale and unit
    ("hỗ trợ từ 100 - 500 ngàn đồng mỗi hộ", [(1e5, "vnd", "at_least"), (5e5, "vnd", "less_than")]),
    # hedges
    ("thu hút hơn 76.000 lượt người tham gia", [(76000, "count", "more_than")]),
    ("gần 50 tỷ đồng cho hơn 3.000 hội viên vay", [(50e9, "vnd", "nearly"), (3000, "count", "more_than")]),
    ("khoảng 1.200 lượt người; chừng 50 mô hình", [(1200, "count", "about"), (50, "count", "about")]),
    ("không quá 10% hộ tái nghèo, dưới 5 trường hợp", [(10, "percent", "less_than"), (5, "count", "less_than")]),
    ("90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên", [(90, "percent", "at_least")]),
    ("Gần 200 hộ được hỗ trợ", [(200, "count", "nearly")]),
    # percentages, ratios, multiples, physical units, per-unit money
    ("có 111/111 cơ sở đăng ký", [(111, "ratio", "exact")]),
    ("9/9 tỉnh trong Cụm đạt và vượt", [(9, "ratio", "exact")]),
    ("có 412.127 hội viên/681.307 tổng số phụ nữ", [(412127, "ratio", "exact")]),
    ("doanh thu tăng 1,3 lần", [(1.3, "other", "exact")]),
    ("hiến hơn 3.000m2 đất, trồng 13,2 ha rừng", [(3000, "area", "more_than"), (13.2, "area", "exact")]),
    ("hơn 2.000 tấn rau, 20kg yến, 5,3km đường",
     [(2000, "mass", "more_than"), (20, "mass", "exact"), (5.3, "other", "exact")]),
    ("hỗ trợ 300 nghìn đồng/suất cho 120 hộ", [(3e5, "vnd", "exact"), (120, "count", "exact")]),
])
def test_figures(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("sentence", [
    # dates, clocks, years, periods
    "Sáng 23/9, Hội tổ chức hội nghị; tính đến ngày 31/8/2024 và ngày 20/10.",
    "Hội nghị diễn ra lúc 14h30 ngày 12/3/2024, kéo dài 3 ngày.",
    "sơ kết 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2024",
    "giai đoạn 2021-2025, nhiệm kỳ 2022 - 2027, qua 5 năm thực hiện",
    "kỷ niệm 95 năm ngày thành lập Hội (20/10/1930 - 20/10/2025)",
    # names with numbers
    "Thực hiện Đề án 939, Dự án 8, Đề án 938, 939 và chương trình 2",
    "Chỉ thị số 23-CT/TW, Kết luận số 387-KL/TU, Đề án số 01/ĐA-BTV, Quyết định 1234/QĐ-UBND",
    "Đại dịch Covid-19 và Covid -19; Đoàn kinh tế Quốc phòng 778, Tổ 1, ấp 3",
    "năm thứ 2 thực hiện; đứng thứ 7 từ trái qua; xếp thứ 3/12 tỉnh; Ảnh 1.",
    # slogans, structure, ages, thresholds
    "Cuộc vận động Xây dựng gia đình 5 không, 3 sạch và gia đình 3 có 3 sạch, mô hình 5 có 3 sạch",
    "Cụm gồm 9 tỉnh, đạt 8 tiêu chí, đề ra 9/12 chỉ tiêu chủ yếu và 03 nhiệm vụ trọng tâm",
    "phụ nữ từ 18 đến 60 tuổi, trẻ em dưới 16 tuổi, phụ nữ 18 tuổi trở lên",
    "duy trì ít nhất 1 loại hình hoạt động; có ít nhất 01 tiêu chí",
    # phones and web-page furniture
    "Điện thoại: 0912 345 678 - Fax: 0209.3870.123",
    "Thứ sáu - 05/01/2024 07:32 61 0",
    "  • Đang truy cập23\n  • Hôm nay2,057\n  • Tổng lượt truy cập1,107,282",
    "Tổng số điểm của bài viết là: 0 trong 0 đánh giá\n0 bình luận\nThời gian chờ: 60 giây",
    "hcm bdv001 hcm bdv002\nbien dao01bien dao02",
])
def test_not_figures(sentence):
    assert figures(sentence) == []


def test_counts_beside_skipped_numbers_survive():
    text = "117 cơ sở Hội duy trì ít nhất 1 loại hình hoạt động trở lên; 21 sản phẩm tham gia năm 2024."
    assert figures(text) == [(117.0, "count", "exact"), (21.0, "count", "exact")]


def test_hoa_spellings_are_the_same_word():
    old, new = "tham gia hoà giải 176 vụ việc", "tham gia hòa giải 176 vụ việc"
    assert figures(old) == figures(new) == [(176.0, "count", "exact")]


def test_eth_is_read_as_d():
    assert figures("Ðã hỗ trợ 12 hộ") == [(12.0, "count", "exact")]


# -- targets and achievement --------------------------------------------------------------------------
def test_stated_rate_attaches_to_its_figure_across_a_parenthesis():
    s = ("toàn tỉnh đã phát triển mới được 4.094 hội viên (trong đó, kết nạp mới 4.677 hội viên, giảm: 583 hội viên), "
         "đạt 195% so với chỉ tiêu đăng ký; nâng tổng số hội viên toàn tỉnh là 180.833 người.")
    assert one(s, 4094)["achievement_pct"] == 195
    assert one(s, 195)["achievement_pct"] == 195
    assert one(s, 4677)["achievement_pct"] is None
    assert one(s, 180833)["achievement_pct"] is None and not one(s, 180833)["is_target"]


def test_exceeded_by_means_one_hundred_plus():
    s = "Giúp 245 hộ thoát nghèo (chỉ tiêu 200 hộ), vượt 22,5% chỉ tiêu."
    assert one(s, 22.5)["achievement_pct"] == 122.5
    assert one(s, 245)["achievement_pct"] == 122.5
    assert one(s, 245)["target"] == 200
    assert one(s, 200)["is_target"]


def test_rate_in_parentheses_right_after_a_ratio():
    s = "tiếp tục duy trì đỡ đầu 12/12 (đạt 100%) trẻ mồ côi do Covid-19."
    assert one(s, 12)["denominator"] == 12
    assert one(s, 12)["achievement_pct"] == 100
    assert one(s, 100)["achievement_pct"] == 100


def test_share_of_targets_is_not_an_achievement_rate():
    s = "100% chỉ tiêu đề ra của năm 2023 đều đạt và vượt kế hoạch."
    assert one(s, 100)["achievement_pct"] is None


def test_ambiguous_rate_stays_on_the_percent():
    s = ("dự kiến có 1.129 hộ phụ nữ thoát nghèo; có 488 hộ phụ nữ thoát cận nghèo "
         "(trong đó: DTTS: 138, phụ nữ làm chủ hộ: 147 hộ), đạt 462%.")
    assert one(s, 462)["achievement_pct"] == 462
    assert one(s, 488)["achievement_pct"] is None


def test_plain_result_percentage_is_not_an_achievement():
    assert one("tỷ lệ tập hợp hội viên đạt 85%", 85)["achievement_pct"] is None


def test_multiple_of_a_target():
    assert one("thu nhập tăng gấp 6 lần mục tiêu", 6)["achievement_pct"] == 600
    assert one("doanh thu tăng 1,3 lần so với năm 2022", 1.3)["achievement_pct"] is None


def test_assigned_targets():
    s = ("Ban Thường vụ xây dựng kế hoạch giao chỉ tiêu cho Hội LHPN các huyện hỗ trợ giúp đỡ ít nhất 2.500 hộ nghèo, "
         "cận nghèo, trong đó có ít nhất 300 hộ được giúp thoát nghèo.")
    for v in (2500, 300):
        f = one(s, v)
        assert f["is_target"] and f["target"] == v and f["qualifier"] == "at_least"


def test_striving_targets_and_results_after_them():
    s = "Phấn đấu năm 2025 kết nạp 3.000 hội viên mới; giúp 500 hộ thoát nghèo."
    assert one(s, 3000)["is_target"] and one(s, 500)["is_target"]
    r = "Kết quả, các cấp Hội đã giúp 520 hộ thoát nghèo, vượt chỉ tiêu."
    assert not one(r, 520)["is_target"]


def test_national_programme_name_is_not_a_target_cue():
    s = "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Hội vận động 36 công trình."
    assert not one(s, 36)["is_target"]


# -- spans --------------------------------------------------------------------------------------------
def test_spans_slice_back_to_the_phrase():
    text = normalize_text("Cuộc vận động đã thu hút hơn 76.000 lượt người tham gia, hiến hơn 3.000m2 đất.")
    for f in extract_facts(text):
        assert text[f["start"]:f["end"]] == f["quote"]
        assert f["quote"] in f["sentence"]
        assert text[f["sentence_start"]:f["sentence_start"] + len(f["sentence"])] == f["sentence"]
    assert [f["quote"] for f in extract_facts(text)] == ["hơn 76.000 lượt người", "hơn 3.000m2"]


def test_skipped_numbers_say_why():
    """The reason is the name of the rule that skipped the number; its kind says what the number is."""
    _figs, skipped = extract_figures(normalize_text("Thực hiện Đề án 939 từ ngày 23/9 năm 2024"))
    assert [(s.reason, s.kind) for s in skipped] == [("name_word_before", "name")] + [("name_word_before", "date")] * 3


@pytest.mark.parametrize("sentence", [
    "Nhiều mô hình như “Tiết kiệm 1.000 đồng/ngày”, “Hũ gạo tình thương” được duy trì.",
    "ra mắt mô hình “Gian hàng 0 đồng” và “Phụ nữ 4.0”",
    "ứng dụng cách mạng công nghiệp 4.0 trong sinh hoạt Hội",
])
def test_numbers_inside_names_of_models_and_campaigns(sentence):
    assert figures(sentence) == []


def test_a_quoted_classifier_keeps_its_closing_quote():
    assert one("Thành lập và duy trì 46 “Tổ truyền thông cộng đồng”, đạt 100% chỉ tiêu", 46)["quote"] == (
        "46 “Tổ truyền thông cộng đồng”")


@pytest.mark.parametrize("sentence, expected", [
    ("Hỗ trợ 10 triệu/hộ cho 15 hộ", [(1e7, "vnd", "exact"), (15, "count", "exact")]),
    ("quà tặng hơn 200 triệu trị giá", [(2e8, "vnd", "more_than")]),
    ("Đã có 1,2 vạn người tham gia", [(12000, "count", "exact")]),
    ("Ngày 20-10-2023, tổ chức 3 cuộc thi với 1.500 bài dự thi.", [(3, "count", "exact"), (1500, "count", "exact")]),
    ("Tổng kinh phí là 1.250.500.000 đồng (Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng).",
     [(1250500000, "vnd", "exact")]),
    ("Tết thiếu nhi 1/6 cho 200 trẻ em; ngày Quốc tế Phụ nữ 8/3.", [(200, "count", "exact")]),
    ("có 25/25 chi hội đạt 100% và 6/7 chỉ tiêu hoàn thành",
     [(25, "ratio", "exact"), (100, "percent", "exact"), (6, "ratio", "exact")]),
])
def test_more_phrasings(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


def test_a_rate_compared_with_last_year_is_not_an_achievement():
    assert one("doanh thu bằng 102% so với cùng kỳ", 102)["achievement_pct"] is None
    assert one("hoàn thành 120% chỉ tiêu", 120)["achievement_pct"] == 120
    assert one("đạt 105,6% KH", 105.6)["achievement_pct"] == 105.6


def test_a_plan_in_parentheses_is_the_target_of_the_figure_before_it():
    s = "Kết nạp 150 hội viên (KH: 100 hội viên)."
    assert one(s, 150)["target"] == 100 and not one(s, 150)["is_target"]
    assert one(s, 100)["is_target"]


def test_web_page_furniture_in_plain_text():
    text = normalize_text(
        "Cập nhật lúc: 10:45 25/12/2023\nLượt xem: 1.234\nCỡ chữ A- A A+\nNăm 2023, Hội đã giúp 520 hộ thoát nghèo.\n"
        "Tin liên quan\nHội LHPN huyện Duy Xuyên ra mắt 3 mô hình mới (25/12/2023)\nBình luận (0)\nLike 25 | Share 3\n"
        "Giấy phép số 123/GP-BTTTT cấp ngày 12/3/2020\nBản quyền © 2023 Hội LHPN tỉnh\n"
        "Địa chỉ: Số 39 Hàng Chuối, Hà Nội. Điện thoại: 024.3971.3436\nĐang online: 56\nTrang 1 2 3 4 5"
    )
    assert [(f["value"], f["quote"]) for f in extract_facts(text)] == [(520.0, "520 hộ")]


def test_list_markers_are_not_figures():
    text = normalize_text("Kết quả cụ thể:\n1. Kết nạp 300 hội viên mới.\n2.3. Công tác hỗ trợ: giúp 45 hộ.")
    assert [f["value"] for f in extract_facts(text)] == [300.0, 45.0]


@pytest.mark.parametrize("sentence, expected", [
    ("Thực hiện Dự án 8, 25 xã đã thành lập tổ truyền thông; Đề án 938 và 200 hộ được hỗ trợ.",
     [(25, "count", "exact"), (200, "count", "exact")]),
    ("trao 10 suất quà (mỗi suất gồm 1 triệu đồng tiền mặt và 10kg gạo)",
     [(10, "count", "exact"), (1e6, "vnd", "exact"), (10, "mass", "exact")]),
    ("Tỷ lệ giảm từ 5 - 10% mỗi năm", [(5, "percent", "at_least"), (10, "percent", "less_than")]),
    ("Trong 3 ngày 15, 16 và 17/8, Hội tổ chức hội thi", []),
])
def test_lists_after_names_and_dates(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("phụ nữ trong độ tuổi từ 18 - 35, có 120 hội viên", [(120, "count", "exact")]),
    ("Hội nghị khai mạc lúc 8 giờ 30, có 200 đại biểu dự", [(200, "count", "exact")]),
])
def test_ages_and_clock_times(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


def test_carrying_out_a_target_is_a_result_not_a_target():
    s = "Thực hiện chỉ tiêu giảm nghèo, Hội giúp 50 hộ thoát nghèo."
    assert not one(s, 50)["is_target"]
    assert one("Giao chỉ tiêu năm 2024: kết nạp 300 hội viên.", 300)["is_target"]


def test_a_breakdown_after_gom_is_a_figure_but_a_description_is_not():
    assert figures("Thành lập 15 mô hình, gồm 5 HTX và 10 tổ hợp tác.") == [
        (15.0, "count", "exact"), (5.0, "count", "exact"), (10.0, "count", "exact")]
    assert figures("Cụm thi đua gồm 9 tỉnh: Thái Bình, Quảng Ninh.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Đại hội bầu 31 đồng chí vào Ban Chấp hành", [(31, "count", "exact")]),
    ("tiết kiệm 300 đồng/ngày, 20 triệu đồng, đồng thời tặng quà", [(300, "vnd", "exact"), (2e7, "vnd", "exact")]),
    ("1/3 số hộ nghèo do phụ nữ làm chủ", [(1, "ratio", "exact")]),
])
def test_dong_chi_is_not_money_and_fractions_of_a_number(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


def test_a_rate_after_two_candidate_figures_stays_on_the_percent():
    s = "Hội đã kết nạp mới 2.345 hội viên, nâng tổng số hội viên lên 245.678 chị, đạt 101,5% chỉ tiêu."
    assert one(s, 101.5)["achievement_pct"] == 101.5
    assert one(s, 2345)["achievement_pct"] is None and one(s, 245678)["achievement_pct"] is None
