"""Extractor rules for genre phrasings found on real reports (issue 11): each rule with two or three other
phrasings of the same pattern, so a rule is written for the genre and never for one sentence."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import match_form, normalize_text


def figures(sentence: str) -> list[tuple]:
    return [(f["value"], f["unit_class"], f["qualifier"]) for f in extract_facts(normalize_text(sentence))]


def units(sentence: str) -> list[tuple]:
    return [(f["value"], f["unit_class"], f["unit"]) for f in extract_facts(normalize_text(sentence))]


# -- text: "qu" + tone is one syllable, never old-style tone placement --------------------------------------
@pytest.mark.parametrize("word", ["quý", "quỹ", "Quý", "quỳ", "thuỷ"])
def test_match_form_keeps_qu_syllables(word):
    expected = {"thuỷ": "thủy"}.get(word, word)
    assert match_form(word) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Trong quý 1,các cấp hội đã vận động 2.160 phần quà", [(2160, "count", "exact")]),
    ("Quý 3 năm 2024, Hội giúp 45 hộ thoát nghèo", [(45, "count", "exact")]),
    ("Trong quý II và quý 4, kết nạp 120 hội viên", [(120, "count", "exact")]),
])
def test_quarters_are_periods(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


# -- money and ranges ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Mỗi cháu được hỗ trợ từ 500 đến 700 ngàn đồng/tháng", [(5e5, "vnd", "VND/tháng"), (7e5, "vnd", "VND/tháng")]),
    ("thu nhập từ 4 đến 7 triệu đồng/tháng", [(4e6, "vnd", "VND/tháng"), (7e6, "vnd", "VND/tháng")]),
    ("vay từ 2 tới 3 tỷ đồng", [(2e9, "vnd", "VND"), (3e9, "vnd", "VND")]),
])
def test_the_lower_end_of_a_range_written_with_den(sentence, expected):
    assert units(sentence) == [(float(v), u, n) for v, u, n in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("mỗi suất gồm quà trị giá 200.000đ và 500.000đ tiền mặt", [(2e5, "vnd", "VND"), (5e5, "vnd", "VND")]),
    ("tặng 30 suất quà, mỗi suất 300.000đ cho hộ nghèo", [(30, "count", "suất quà"), (3e5, "vnd", "VND/suất")]),
    ("ủng hộ 50.000đ/người", [(5e4, "vnd", "VND/người")]),
])
def test_money_written_with_a_glued_d(sentence, expected):
    assert units(sentence) == [(float(v), u, n) for v, u, n in expected]


def test_comrade_abbreviation_is_not_money():
    assert units("có 3 đ/c tham dự") != [(3.0, "vnd", "VND/c")]


@pytest.mark.parametrize("sentence", [
    "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022-2027 tổ chức phiên trù bị.",
    "Nhiệm kỳ 2021 – 2026 hội viên đã tích cực tham gia.",
    "Trong giai đoạn 2020-2025 hộ nghèo giảm mạnh.",
])
def test_the_second_year_of_a_term_is_a_year(sentence):
    assert figures(sentence) == []


# -- page furniture and things that are not figures ------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Hà Nội 30°C / 27°C - 33°C",
    "Nhiệt độ ngoài trời 35 °C, độ ẩm cao",
    "Thời tiết: 28 độ C",
    "Tốc độ phát 1X\n1.25X\n1.5X\n2X\n0.5X",
    "Ảnh: dsc03378-20251206103524.jpg",
    "tải về img-2024-0815.png hoặc bao-cao-2023.pdf",
    "804 lượt xem",
    "1.235 lượt đọc\n12 bình luận",
    "dự án đường dây 500 KV, trạm biến áp 110kV",
    "Địa điểm: Hội trường thành phố (111 Bà Huyện Thanh Quan, TP HCM).",
    "Trụ sở tại 45 Lý Thường Kiệt, phường Cửa Nam, Hà Nội",
    "Văn phòng đặt ở 12 Trần Hưng Đạo, Q.1",
])
def test_furniture_and_names_are_not_figures(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Trong các ngày 9 và 10/8, tại 2 xã Yên Định và Bá Thước, Hội tặng 120 suất quà", [(120, "count", "exact")]),
    ("khảo sát ở 3 huyện Chợ Đồn, Ba Bể và Na Rì", []),
    ("ra mắt mô hình tại 2 phường Hòa Minh, Hòa Khánh; 25 xã đạt chuẩn nông thôn mới", [(25, "count", "exact")]),
])
def test_places_named_right_after_their_count_are_an_enumeration(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Đại hội bầu Ban Chấp hành khóa mới gồm 155 uỷ viên.", [(155, "count", "exact")]),
    ("Đoàn đại biểu tỉnh tham dự đại hội gồm 11 đại biểu, đại diện cho hơn 140 nghìn hội viên",
     [(11, "count", "exact"), (140000, "count", "more_than")]),
    ("Ban Chấp hành Hội Phụ nữ huyện khóa mới gồm 23 người.", [(23, "count", "exact")]),
    ("Cụm thi đua gồm 9 tỉnh: Thái Bình, Quảng Ninh.", []),
])
def test_people_after_gom_are_counted(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


# -- structural counts: how many targets, tasks or items a text sets ------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Năm 2021, Hội LHPN tỉnh đề ra 8 nhiệm vụ trọng tâm, 9 chỉ tiêu chủ yếu.",
    "Trong 11 nhóm chỉ tiêu Nghị quyết Đại hội Phụ nữ tỉnh và 7 nhóm chỉ tiêu Nghị quyết Đại hội toàn quốc",
    "11 cơ sở hội đã ký kết 3 nội dung, với 46 chỉ tiêu thi đua",
    "đề ra phương hướng nhiệm kỳ 2022 – 2027 với 8 chỉ tiêu, 3 nhiệm vụ trọng tâm, 2 khâu đột phá, 4 nhóm giải pháp.",
    "Nghị quyết xác định 12 chỉ tiêu cơ bản cho nhiệm kỳ mới",
    "Hội tập trung tuyên truyền 3 nội dung của phong trào thi đua",
    "rèn luyện 4 phẩm chất đạo đức “Tự tin, tự trọng, trung hậu, đảm đang”",
    "10 sự kiện, hoạt động nổi bật năm 2024 của Hội LHPN tỉnh",
    "Có thể điểm lại 10 sự kiện/ hoạt động nổi bật như sau:",
])
def test_structural_counts_are_not_figures(sentence):
    assert [f for f in figures(sentence) if f[0] != 11] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Hội LHPN tỉnh hoàn thành và vượt 9/9 chỉ tiêu", [(9, "ratio", "exact")]),
    ("Kết quả, 9/9 nhóm chỉ tiêu, 24/24 tiêu chí đề ra đều đạt và vượt",
     [(9, "ratio", "exact"), (24, "ratio", "exact")]),
    ("Đạt và vượt 8 chỉ tiêu, 3 chỉ tiêu hoàn thành trước thời hạn", [(8, "count", "exact"), (3, "count", "exact")]),
    ("có 5 chỉ tiêu đạt và vượt kế hoạch", [(5, "count", "exact")]),
])
def test_targets_met_are_figures(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("text", [
    "Chỉ tiêu 2: Hằng năm, mỗi cơ sở Hội tổ chức ít nhất 02 hoạt động tuyên truyền.",
    "Nhiệm vụ 3. Mỗi chi hội xây dựng ít nhất 02 mô hình.",
    "- Chỉ tiêu số 4: Hằng năm kết nạp ít nhất 2 hội viên mới.",
])
def test_numbered_list_heads_are_not_figures(text):
    assert [f[0] for f in figures(text)] == [2.0]


def test_a_target_in_parentheses_is_not_a_list_head():
    assert [f[0] for f in figures("giúp 245 hộ thoát nghèo (chỉ tiêu 200).")] == [245.0, 200.0]


def test_targets_met_explained_in_parentheses_are_figures():
    s = ("9/9 tỉnh trong Cụm đều thực hiện đạt và vượt các chỉ tiêu của Nghị quyết Đại hội đề ra "
         "(4 chỉ tiêu hằng năm và 4 chỉ tiêu nhiệm kỳ)")
    assert [f[0] for f in figures(s)] == [9.0, 4.0, 4.0]
    assert [f[0] for f in figures("Huyện hoàn thành xuất sắc nhiệm vụ năm, vượt cả 6 chỉ tiêu thi đua")] == [6.0]


@pytest.mark.parametrize("sentence, expected", [
    ("Kết quả thực hiện chỉ tiêu nhiệm kỳ 2017 - 2022 [1]", []),
    ("đạt 8.717 lượt chính sách[2]", [(8717, "count", "exact")]),
    ("giúp 245 hộ thoát nghèo [12], vượt kế hoạch", [(245, "count", "exact")]),
])
def test_footnote_marks_are_not_figures(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("một trong 33 dự án khởi nghiệp đoạt từ giải ba trở lên", [(33, "count", "exact")]),
    ("có 12 sản phẩm được công nhận từ 3 sao trở lên", [(12, "count", "exact"), (3, "count", "at_least")]),
    ("90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên", [(90, "percent", "at_least")]),
])
def test_tro_len_after_tu_hedges_its_own_phrase(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("sentence", [
    "xây dựng giá treo cờ tại ngõ 30 đường Nguyễn Xuân Linh",
    "tuyến hẻm 12 Lê Lợi và kiệt 45 Hùng Vương",
    "chỉnh trang ngách 7 phố Hàng Bông",
])
def test_alleys_are_addresses(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("đã lựa chọn được 184 dự án trong số 273 dự án khởi nghiệp", [(184, "count", "exact"), (273, "count", "exact")]),
    ("có 45 hộ thoát nghèo trong số 120 hộ được hỗ trợ", [(45, "count", "exact"), (120, "count", "exact")]),
])
def test_trong_so_is_out_of(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("phối hợp tổ chức 05 đợt lao động vệ sinh môi trường có trên 1.200 hội viên tham gia.",
     [(5, "count", "exact"), (1200, "count", "more_than")]),
    ("tổ chức 12 buổi sinh hoạt có hơn 300 phụ nữ tham dự", [(12, "count", "exact"), (300, "count", "more_than")]),
    ("100% chi hội tập hợp được trên 60% phụ nữ", [(100, "percent", "exact")]),
])
def test_a_threshold_follows_a_share_not_a_count(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("sentence", [
    "vận hành mô hình chính quyền địa phương 2 cấp từ ngày 1/7/2025",
    "tổ chức Hội 4 cấp được kiện toàn",
    "hội nghị trực tuyến 3 cấp tỉnh, huyện, xã",
])
def test_levels_of_government_are_structure(sentence):
    assert figures(sentence) == []


# -- the word lists ---------------------------------------------------------------------------------------------
def test_vocabulary_lists_are_well_formed():
    import csv
    from importlib import resources

    from wuanalysis.text import load_words

    with resources.files("wuanalysis").joinpath("data/vocabulary.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and set(rows[0]) == {"list", "phrase"}
    names = {r["list"] for r in rows}
    assert names >= {"unit", "name_before", "counter_label", "people", "place_kind", "pledge_verb", "estimate"}
    for name in names:
        words = load_words(name)
        assert words and all(w and w == w.strip() and w == w.lower() for w in words), name
    pairs = [(r["list"], r["phrase"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a phrase is listed twice in the same list"
    with pytest.raises(ValueError, match="no word list"):
        load_words("no such list")


@pytest.mark.parametrize("sentence", [
    "Bài đăng lúc 08:30 GMT+7 trên trang của Hội, trong năm qua Hội LHPN huyện đã giúp 20 hộ thoát nghèo bền vững",
    "Cập nhật theo giờ UTC+7 của trang, Hội LHPN huyện đã giúp 20 hộ thoát nghèo bền vững trong năm qua",
])
def test_time_zones_of_page_clocks(sentence):
    assert figures(sentence) == [(20.0, "count", "exact")]


@pytest.mark.parametrize("text, expected", [
    ("(1) Kết nạp mới 20.000 hội viên.\n(2) Hỗ trợ 500 phụ nữ khởi nghiệp.", [20000, 500]),
    ("Các chỉ tiêu: (1) kết nạp 300 hội viên; (2) giúp 20 hộ thoát nghèo.", [300, 20]),
])
def test_numbers_in_parentheses_that_number_a_list(text, expected):
    assert [f[0] for f in figures(text)] == [float(v) for v in expected]


def test_members_of_a_committee_keep_their_noun():
    assert units("Ban Chấp hành khóa XVI gồm 45 ủy viên") == [(45.0, "count", "ủy viên")]


@pytest.mark.parametrize("sentence, expected", [
    ("100% cơ sở hội tổ chức ít nhất 2 hoạt động tuyên truyền", [100]),
    ("Phấn đấu 90% hội viên được tiếp cận ít nhất 3 dịch vụ", [90]),
    ("95% chi hội duy trì sinh hoạt tối thiểu 6 buổi mỗi năm", [95]),
    ("đạt 100% kế hoạch, kết nạp trên 300 hội viên", [100, 300]),
    ("đạt 100% kế hoạch với trên 300 hội viên mới", [100, 300]),
    ("85% hội viên tham gia hội thi với hơn 2.000 lượt người", [85, 2000]),
])
def test_a_threshold_inside_a_share_target(sentence, expected):
    assert [f[0] for f in figures(sentence)] == [float(v) for v in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("tuyên truyền về Tổng đài 111 bảo vệ trẻ em cho 300 học sinh", [300]),
    ("gọi đường dây nóng 1900 969 680 khi có bạo lực, 50 phụ nữ đã được hỗ trợ", [50]),
])
def test_hotlines_are_names(sentence, expected):
    assert [f[0] for f in figures(sentence)] == [float(v) for v in expected]


@pytest.mark.parametrize("sentence", [
    "Các cấp Hội tập trung thực hiện 2 phong trào thi đua và 3 cuộc vận động lớn",
    "hưởng ứng phong trào 3 an toàn và phụ nữ 2 giỏi",
    "khám bệnh tại Bệnh viện 175 và Bệnh viện Quân y 103",
    "công nhân Công ty 319 và Nhà máy 75 tham gia; đơn vị đóng quân tại Quân khu 4",
    "hội nghị bắt đầu từ 7h đến 11h cùng ngày",
])
def test_more_names_slogans_and_times(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("tổ chức 12 cuộc vận động quyên góp với 300 lượt người tham gia",
     [(12, "count", "exact"), (300, "count", "exact")]),
    ("trồng 5ha rừng và 200 cây xanh", [(5, "area", "exact"), (200, "count", "exact")]),
])
def test_counts_near_those_words_survive(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("text", [
    "Ý kiến (0)\nĐã xem: 345\nBình chọn: 12",
    "Đánh giá: 4.5/5\n1.234 lượt nghe",
    "Phản hồi (3) | Thích 25",
])
def test_more_counter_lines(text):
    assert figures(text + "\nNăm 2023, Hội đã giúp 520 hộ thoát nghèo.") == [(520.0, "count", "exact")]


@pytest.mark.parametrize("sentence, expected", [
    ("chi hội sinh hoạt định kỳ 1 lần/tháng với 30 hội viên tham gia", [(30, "count", "exact")]),
    ("tổ chức giao ban 2 lần/ năm", []),
    ("doanh thu tăng 1,3 lần so với năm trước", [(1.3, "other", "exact")]),
])
def test_a_frequency_is_not_a_multiple(sentence, expected):
    assert figures(sentence) == [(float(v), u, q) for v, u, q in expected]
