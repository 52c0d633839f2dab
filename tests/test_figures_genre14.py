"""Figure patterns of the genre found while studying iv16, iv17, iv19 and iv20 (fourteenth session, task F), each with
invented phrasings and guards: an estimate is no hedge, a number after a period word that is no date, most-read and
same-section lists and counters glued to their labels, conditions and thresholds inside a rule, a meeting's online
points, a zero result, a range of incomes, a ratio bounded by a grade."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(HEAD + text))


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


def qualifiers(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["qualifier"]) for f in facts(text)]


# ---- an estimate is no hedge: "ước đạt N" is exact (house rule, session 14; iv16 P13, iv17 P13, iv20 P16) ------
@pytest.mark.parametrize("line, expected", [
    ("Dư nợ các chương trình ước đạt 97 tỷ đồng.", [(97e9, "exact")]),
    ("Cả năm ước thực hiện 1.150 hội viên mới.", [(1150.0, "exact")]),
    ("Tổng kinh phí 6 tháng ước 3,4 tỷ đồng.", [(3.4e9, "exact")]),
    ("Sản lượng rau an toàn ước tính 36 tấn.", [(36.0, "exact")]),
    ("Kết nạp 3.100 hội viên, ước đạt 103% kế hoạch.", [(3100.0, "exact"), (103.0, "exact")]),
])
def test_an_estimate_is_no_hedge(line, expected):
    assert qualifiers(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a hedge word written with the estimate keeps its qualifier
    ("Cả năm ước đạt khoảng 460 hộ thoát nghèo.", [(460.0, "about")]),
    ("Dư nợ ước đạt hơn 600 tỷ đồng.", [(600e9, "more_than")]),
    ("Số hội viên ước khoảng 2.000 người.", [(2000.0, "about")]),
    ("Doanh thu ước tính gần 80 triệu đồng.", [(80e6, "nearly")]),
    ("Quỹ ước chừng 40 triệu đồng.", [(40e6, "about")]),
])
def test_an_estimate_with_a_hedge_keeps_the_hedge(line, expected):
    assert qualifiers(line) == expected


def test_an_estimate_stays_marked_as_one():
    (fig,) = facts("Dư nợ ủy thác ước đạt 450 tỷ đồng.")
    assert fig["estimate"] and fig["qualifier"] == "exact" and fig["quote"].startswith("450")


# ---- a number after a period word that cannot be that period (iv17 P4, iv19 P14) ---------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Lũy kế từ đầu năm 96 hội viên mới được kết nạp.", [96.0]),
    ("Chỉ tiêu quý 120 hộ, đã thực hiện 98 hộ.", [120.0, 98.0]),
    ("Lũy kế cả năm 1.240 hội viên mới.", [1240.0]),
    ("Lũy kế 6 tháng 8 tổ hợp tác được thành lập.", [8.0]),
    ("Cộng dồn 9 tháng 14 mô hình.", [14.0]),
    ("Hội đã trực tiếp hướng dẫn 64 Hội LHPN xã tổ chức đại hội.", [64.0]),
    ("Tỉnh Hội hướng dẫn 120 Hội Phụ nữ cơ sở triển khai mô hình.", [120.0]),
])
def test_a_number_after_a_period_word_that_counts_is_a_figure(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a real quarter, month or year; the times a year; a date; a document guided by
    ("Trong quý 3 hội viên tích cực tham gia.", []),
    ("Trong tháng 8 hội viên tích cực tham gia phong trào.", []),
    ("Sáng 6 tháng 8 hội viên các chi hội ra quân.", []),
    ("Năm 171 trước Công nguyên, vùng đất này đã có người ở.", []),
    ("Mỗi năm 2 đợt tập huấn được tổ chức.", []),
    ("Trong quý 3/2026, Hội kết nạp 50 hội viên.", [50.0]),
    ("Thực hiện Thông tư hướng dẫn 12 năm 2020.", []),
])
def test_a_real_period_stays_a_date(line, expected):
    assert values(line) == expected


# ---- most-read and same-section lists, counters glued to their labels beside the page's date (iv17 P14, iv20 P9) ---
BODY = "Năm qua, Hội giúp 30 hộ thoát nghèo, vượt kế hoạch đề ra.\n"


@pytest.mark.parametrize("foot", [
    "Bài đọc nhiều\n1. Hơn 2.000 phụ nữ dự ngày hội\n2. 15 gương phụ nữ tiêu biểu năm 2026\n",
    "Bài viết đọc nhiều nhất\n- Trao 40 suất học bổng cho trẻ mồ côi\n",
    "Cùng chuyên mục\n1. 25 phụ nữ được vay vốn khởi nghiệp\n2. Tập huấn cho 120 cán bộ cơ sở\n",
    "Thứ Bảy, 11/10/2025 | Hôm nay3,118 | Tổng truy cập2,604,377\n",
    "Chủ nhật, 05/04/2026 | Lượt xem12.450\n",
])
def test_most_read_and_same_section_lists_and_glued_counters_are_no_figures(foot):
    assert values(BODY + foot) == [30.0]


@pytest.mark.parametrize("text, expected", [
    # guards: a body sentence about readers, a report's cells beside a date
    ("Bài viết được nhiều bạn đọc quan tâm, Hội trao 12 suất quà.\n", [12.0]),
    ("Thứ Hai, 06/10/2025 | Tổng: 1.250 hội viên | Kế hoạch: 1.200\n", [1250.0, 1200.0]),
])
def test_reader_words_in_the_body_and_report_cells_stay(text, expected):
    assert values(text) == expected


# ---- the bar of a rule's condition, a cluster's name, a meeting's reach, the whole of a part (iv16 P8, iv19 P15,
# iv20 P10) ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("- Các xã, thị trấn có dư nợ trên 40 tỷ đồng phải giữ tỷ lệ nợ quá hạn dưới 0,2%.", [0.2]),
    ("Chi hội đạt dưới 70% chỉ tiêu không được xét khen thưởng.", []),
    ("Mỗi chi hội kết nạp ít nhất 6 hội viên; chi hội có trên 250 hộ kết nạp ít nhất 10 hội viên.", [6.0, 10.0]),
    ("Hộ vay trên 100 triệu đồng phải có tài sản bảo đảm.", []),
    ("Hộ có trên 5 nhân khẩu được ưu tiên xét vay.", []),
])
def test_the_bar_of_a_rules_condition_is_no_figure(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a bound on units counted, a result share after a generic subject, a result count
    ("Có 4 đơn vị còn lại đạt từ 80% kế hoạch trở lên.", [4.0, 80.0]),
    ("Năm nay, 5 đơn vị còn lại đạt dưới 50% kế hoạch phải giải trình.", [5.0, 50.0]),
    ("Các xã có trên 90% hội viên được tuyên truyền.", [90.0]),
    ("Toàn tỉnh có trên 2.000 hội viên được vay vốn.", [2000.0]),
])
def test_bounds_on_units_counted_and_results_stay(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Cụm thi đua Hội LHPN 5 thành phố trực thuộc Trung ương tổng kết năm 2026", []),
    ("Ngày 5/12, Cụm thi đua 5 tỉnh Tây Nguyên tổ chức hội nghị.", []),
    ("Cụm thi đua Tây Bắc: Hội LHPN 6 tỉnh vượt kế hoạch giúp phụ nữ khởi nghiệp", []),
    ("Tổng số hội viên của 4 đơn vị đạt hơn 1,9 triệu người.", [1.9e6]),
    ("Đoàn Chủ tịch tổ chức giao ban trực tuyến 6 tháng với 34 Hội LHPN tỉnh, thành.", []),
    ("Hội nghị kết nối trực tuyến tới 54 Hội LHPN xã, phường.", []),
    ("Nhiệm kỳ qua, các cấp Hội hoàn thành và vượt 9 trong 11 chỉ tiêu.", [9.0]),
    ("Hội hoàn thành 11 trong tổng số 12 chỉ tiêu Nghị quyết.", [11.0]),
])
def test_a_clusters_name_a_meetings_reach_and_the_whole_of_a_part_are_no_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a count of results in a cluster, places of a result, a meeting's connected rooms (most golds count
    # them), participants
    ("Trong Cụm thi đua có 5 tỉnh hoàn thành chỉ tiêu.", [5.0]),
    ("Hội trao quà cho 405 trẻ em của 5 đơn vị.", [405.0, 5.0]),
    ("Hội tổ chức hội nghị trực tuyến với 300 hội viên tham dự.", [300.0]),
])
def test_results_in_a_cluster_and_participants_stay(line, expected):
    assert values(line) == expected


# ---- the union's own units it holds or gives targets to (house rules of sessions 13 and 14; iv17 P20, iv20 P13) ----
@pytest.mark.parametrize("line, expected", [
    ("Từ quý III, các chỉ tiêu được phân bổ lại cho 96 Hội LHPN xã, phường trực thuộc.", [96.0]),
    ("Giao chỉ tiêu cho 17 chi hội ngay từ tháng 01/2027.", [17.0]),
    ("Tỉnh mới hoạt động với 112 Hội LHPN xã, phường, đặc khu trực thuộc.", [112.0]),
])
def test_the_unions_own_units_given_targets_are_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: places given targets, targets shared out one by one, a clause stating the make-up
    ("Ban Thường vụ giao chỉ tiêu cho 78 xã, phường, đặc khu để triển khai.", []),
    ("1. Kết nạp 90 hội viên mới (giao cụ thể cho 18 chi hội, mỗi chi hội từ 5 hội viên trở lên).", [90.0, 5.0]),
    ("Năm 2025, 102 Hội LHPN xã, phường trực thuộc trực tiếp Hội LHPN tỉnh.", []),
])
def test_places_given_targets_and_the_make_up_stay_out(line, expected):
    assert values(line) == expected


# ---- a zero rate, a raised income's range, a ratio bounded by a grade (iv17 P19, iv16 P14, P20) ------------------
@pytest.mark.parametrize("line, expected", [
    ("Dư nợ đạt 12,4 tỷ đồng, nợ quá hạn 0%.", [(12.4e9, "exact"), (0.0, "exact")]),
    ("Tỷ lệ nợ xấu là 0%.", [(0.0, "exact")]),
    ("Mô hình giúp 45 hộ nâng thu nhập bình quân từ 5 đến 7 triệu đồng/tháng.",
     [(45.0, "exact"), (5e6, "at_least"), (7e6, "less_than")]),
    ("Có 31/33 chi hội đạt tiêu chí hoạt động khá trở lên.", [(31.0, "exact")]),
])
def test_a_zero_rate_a_raised_income_and_a_graded_ratio(line, expected):
    assert qualifiers(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a free stall, an income class, a share floor
    ('Gian hàng "0 đồng" phục vụ 300 hộ.', [(300.0, "exact")]),
    ("Có 1.520 hội viên có mức thu nhập từ 100 triệu đồng/năm trở lên.", [(1520.0, "exact")]),
    ("Có 90% chi hội đạt khá trở lên.", [(90.0, "at_least")]),
])
def test_a_free_stall_an_income_class_and_a_share_floor_stay(line, expected):
    assert qualifiers(line) == expected


def test_the_unions_that_came_to_a_meeting_stay_figures():
    """Guard: iv19's gold counts the unions at a meeting held in person (only an online reach is the frame)."""
    assert values("Hội nghị diễn ra với sự tham gia của 34 Hội LHPN tỉnh, thành phố.") == [34.0]


# ---- a bare "triệu" after a fund is money (leftover of session 13) -------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Chi hội vận động quỹ tình thương 42 triệu trong năm.", [(42e6, "vnd")]),
    ("Các chi hội đóng quỹ hội viên được 18 triệu trong quý.", [(18e6, "vnd")]),
    # guards: millions of people, a fund's count of grants
    ("Quỹ hỗ trợ phụ nữ đã giúp 1,2 triệu hội viên tiếp cận vốn.", [(1.2e6, "count")]),
    ("Quỹ khuyến học trao 15 suất học bổng.", [(15.0, "count")]),
])
def test_a_bare_million_after_a_fund_is_money(line, expected):
    assert [(f["value"], f["unit_class"]) for f in facts(line)] == expected


# ---- a sum per a unit of two words, then "trở lên" (iv19 P13) ------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Mỗi hội viên đóng quỹ từ 150.000 đồng/hội viên trở lên.", [(150000.0, "VND/hội viên", "at_least")]),
    ("Mức đóng góp từ 100.000 đồng/hội viên/năm trở lên.", [(100000.0, "VND/hội viên/năm", "at_least")]),
    ("Học bổng 10 triệu/hộ gia đình/năm.", [(10e6, "VND/hộ gia đình/năm", "exact")]),
    # guards: one-word units, a plan after the slash
    ("Hỗ trợ 1 triệu đồng/em/năm.", [(1e6, "VND/em/năm", "exact")]),
    ("Mức 50.000 đồng/hội viên/KH năm.", [(50000.0, "VND/hội viên", "exact")]),
])
def test_a_sum_per_a_unit_of_two_words(line, expected):
    assert [(f["value"], f["unit"], f["qualifier"]) for f in facts(line)] == expected
