"""Skip, unit and document patterns of the genre found while studying iv18 and iv25 (sixteenth session, task F), each
with invented phrasings and guards: an evaluation line opened by a widget's label, counters on a dateline line with its
time zone, a money range with the scale on both bounds, the same period last year, the new places of a merger, a plan
compared with, a count of targets after its label, a lettered item under a heading, places named right after their
count, a masthead with its section, a lede's source credit."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.extract import extract_facts
from wuanalysis.text import join_wrapped_lines, normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"
LEAD = "Hội đã kết nạp 120 hội viên mới.\n"


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(HEAD + text))


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


# ---- an evaluation after a widget's label is report text (iv18 P6) -----------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Đánh giá: năm 2024 Hội đạt 7/8 chỉ tiêu; riêng chỉ tiêu nhà ở làm được 5 căn.", [7.0, 5.0]),
    ("Đánh giá: Hội LHPN phường hoàn thành 11/12 chỉ tiêu, vượt 3 chỉ tiêu.", [11.0, 3.0]),
    ("Xếp hạng: Hội LHPN xã xếp thứ nhất cụm với 96 điểm, có 14 chi hội vững mạnh.", [96.0, 14.0]),
    ("Bình chọn: 15 chi hội được bình chọn là chi hội tiêu biểu trong năm.", [15.0]),
])
def test_an_evaluation_after_a_widget_label_is_read(line, expected):
    assert values(LEAD + line) == [120.0, *expected]


@pytest.mark.parametrize("line", [
    # guards: the widgets themselves, short and bare
    "Đánh giá: 4,8/5 (37 lượt)",
    "Xếp hạng: 4/5 - 21 phiếu",
    "Bình chọn: ★★★☆☆ (9)",
    "Đánh giá: 12",
    "Đánh giá: 4.5/5 - 120 lượt đánh giá",
])
def test_a_rating_widget_stays_skipped(line):
    assert values(LEAD + line) == [120.0]


# ---- counters on a dateline line with its time zone (iv18 P11) ---------------------------------------------------
@pytest.mark.parametrize("line", [
    "Thứ sáu, 12/09/2025 08:15 [GMT+7]  Hôm nay 3,118  Tổng: 88,902",
    "Thứ sáu, 12/09/2025 08:15 (GMT+7)  Lượt xem: 1,204  Bình luận: 3",
    "Thứ Hai, 13/10/2025, 14:05 GMT+7 | Hôm nay: 318 | Tổng: 88,902",
    "Chủ nhật, 05/10/2025 | 09:12 GMT+7 | Lượt xem: 743 | Bình luận: 2",
])
def test_counters_after_a_dateline_with_its_time_zone(line):
    assert values(LEAD + line) == [120.0]


@pytest.mark.parametrize("line, expected", [
    # guards: a sentence on the day, a report's cells beside a date
    ("Hôm nay (15/9), Hội trao 120 suất quà cho hội viên nghèo.", [120.0]),
    ("12/09/2025 (GMT+7) | Kết nạp: 45 hội viên | Kế hoạch: 40", [45.0, 40.0]),
])
def test_a_day_and_a_reports_cells_stay_figures(line, expected):
    assert values(line) == expected


# ---- a money range with the scale on both bounds (iv18 P13) ------------------------------------------------------
@pytest.mark.parametrize("line, low", [
    ("Các chị được vay xoay vòng mỗi lần từ 3 triệu đến 5 triệu đồng.", 3e6),
    ("Mỗi hộ được hỗ trợ 10 triệu - 15 triệu đồng/hộ để làm chuồng trại.", 1e7),
    ("Quỹ cho vay từ 500 nghìn đến 800 nghìn đồng mỗi lượt.", 5e5),
])
def test_the_lower_bound_of_a_money_range_is_money(line, low):
    (first, second) = facts(line)
    assert (first["value"], first["unit_class"]) == (low, "vnd")
    assert second["unit_class"] == "vnd"


def test_a_range_of_people_in_millions_stays_a_count():
    found = facts("Chương trình thu hút từ 2 triệu đến 3 triệu người xem trên mạng xã hội.")
    assert [f["unit_class"] for f in found] == ["count", "count"]


# ---- the same period last year is no name (iv18 P14) -----------------------------------------------------------
@pytest.mark.parametrize("line, figure", [
    ("Đã ngăn chặn 12 cuộc tảo hôn, cao hơn cùng kỳ 4 cuộc.", 4.0),
    ("Trong quý, xử lý 9 vụ bạo lực gia đình, giảm so với cùng kỳ 3 vụ.", 3.0),
    ("Dư nợ ủy thác tăng so với cùng kỳ 1,2 tỷ đồng.", 1.2e9),
])
def test_a_difference_from_the_same_period_is_read(line, figure):
    assert figure in values(line)


@pytest.mark.parametrize("line, absent", [
    # guards: the same period of a year, a sitting of a term
    ("Số hộ thoát nghèo tăng 8 hộ so với cùng kỳ 2024.", 2024.0),
    ("Hội đồng nhân dân xã khai mạc Kỳ họp thứ 5 với 30 đại biểu.", 5.0),
    ("Tập huấn kỳ 2 cho 40 cán bộ chi hội.", 2.0),
])
def test_a_year_or_a_sitting_after_ky_stays_skipped(line, absent):
    assert absent not in values(line)


# ---- the new places a merger left, opening their work (iv18 P12) ------------------------------------------------
@pytest.mark.parametrize("line", [
    "Hội nghị diễn ra ngay sau khi 102 xã, phường mới của tỉnh chính thức đi vào hoạt động.",
    "Từ ngày 1/7, 124 xã, phường, đặc khu mới đồng loạt đi vào hoạt động.",
    "Sau khi 3 phường mới chính thức vận hành, Hội đã kết nạp 120 hội viên.",
])
def test_new_places_opening_their_work_are_the_frame(line):
    assert values(LEAD + line) == [120.0] * (1 + line.count("120 hội viên"))


@pytest.mark.parametrize("line, figure", [
    # guards: results of new places, the union's own new units, places where work was done
    ("Có 45 xã, phường mới đã hoàn thành Đại hội điểm.", 45.0),
    ("Có 12 chi hội mới đi vào hoạt động trong quý.", 12.0),
    ("Hội hỗ trợ 8 xã mới thành lập tổ liên kết.", 8.0),
])
def test_new_places_that_act_stay_figures(line, figure):
    assert figure in values(line)


# ---- a plan compared with, its amount before any noun (iv25 P9) -------------------------------------------------
@pytest.mark.parametrize("line, plan", [
    ("Hội trao 1.100 túi quà cho hộ nghèo, vượt 10% so với kế hoạch 1.000 túi.", 1000.0),
    ("Trao 330 bộ sách giáo khoa, vượt 10% so với kế hoạch 300 bộ sách.", 300.0),
    ("Đạt 104% so với kế hoạch 250 chiếu nghỉ cho người già.", 250.0),
])
def test_a_plan_compared_with_before_a_noun_is_an_amount(line, plan):
    assert plan in values(line)


@pytest.mark.parametrize("line", [
    # guards: a plan's number as its name
    "Hội thực hiện tốt các nội dung so với Kế hoạch 1000 của UBND tỉnh.",
    "Đã triển khai so với Kế hoạch 1000 về chuyển đổi số.",
    "Kết quả so với Kế hoạch 1000 Ban Thường vụ đề ra.",
])
def test_a_plans_number_stays_its_name(line):
    assert 1000.0 not in values(line)


# ---- a count of targets after its label and a colon (iv25 P12) --------------------------------------------------
@pytest.mark.parametrize("line, met", [
    ("Tổng số chỉ tiêu đạt và vượt: 9/11.", 9.0),
    ("Số chỉ tiêu hoàn thành: 7/8.", 7.0),
    ("Các chỉ tiêu đạt kế hoạch: 10/12; 2 chỉ tiêu chưa đạt.", 10.0),
])
def test_a_count_of_targets_after_its_label(line, met):
    (ratio,) = [f for f in facts(line) if f["unit_class"] == "ratio"]
    assert ratio["value"] == met


@pytest.mark.parametrize("line", [
    # guards: a deadline, a meeting's day
    "Hạn chót giao chỉ tiêu: 8/10.",
    "Hội nghị giao chỉ tiêu: 8/10.",
    "Chỉ tiêu: 8/10 hoàn thành trước ngày 20/10.",
])
def test_a_date_after_a_targets_word_stays_a_date(line):
    assert not [f for f in facts(line) if f["unit_class"] == "ratio"]


# ---- a lettered target list under a heading that ends on a year (iv25 P5) ---------------------------------------
@pytest.mark.parametrize("item", [
    "a) Cả nhiệm kỳ vận động 40 mái ấm tình thương.",
    "b) Trong 5 năm, giới thiệu việc làm cho 300 lao động nữ.",
])
def test_a_lettered_item_under_a_heading_keeps_its_line(item):
    text = "PHẦN II. MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 - 2030\n" + item + "\n"
    assert join_wrapped_lines(text) == text


@pytest.mark.parametrize("text, joined", [
    # guards: a sentence wrapped after a number or a word goes on
    ("Kết nạp 560 hội viên\nmới, đạt 112%.", "Kết nạp 560 hội viên mới, đạt 112%."),
    ("Dư nợ đạt 4,2\ntỷ đồng.", "Dư nợ đạt 4,2 tỷ đồng."),
])
def test_a_wrapped_sentence_is_still_joined(text, joined):
    assert join_wrapped_lines(text) == joined


# ---- places named right after their count, of every kind (iv18 P12) ---------------------------------------------
@pytest.mark.parametrize("line, kept", [
    ("Hỗ trợ xây 2 nhà sinh hoạt cộng đồng tại 2 làng Đê Kjiêng và Plei Ơi.", [2.0]),
    ("Tổ chức truyền thông tại 3 buôn Ea Sô, Ea Tam và Cư Bao.", []),
    ("Ra mắt mô hình tại 2 đặc khu Phú Quốc và Côn Đảo.", []),
    ("Khảo sát tại 2 xóm Đồng Tâm và Bãi Sậy.", []),
])
def test_places_named_after_their_count_are_no_figure(line, kept):
    assert values(line) == kept


@pytest.mark.parametrize("line, figure", [
    # guards: places where work was done, unnamed; crafts of a village
    ("Hội tổ chức truyền thông tại 10 làng trong xã.", 10.0),
    ("Hỗ trợ 2 làng nghề truyền thống quảng bá sản phẩm.", 2.0),
    ("Ra mắt mô hình tại 4 buôn, thu hút 300 hội viên.", 4.0),
])
def test_places_where_work_was_done_stay_figures(line, figure):
    assert figure in values(line)


# ---- the masthead and the lede's credit are the site's, not the reporter (iv25 D1, D2) ---------------------------
def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


BODY = ("Sáng 11/12, {union} tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, kết nạp 120 hội "
        "viên mới, giúp 15 hộ thoát nghèo.\n")


@pytest.mark.parametrize("masthead", [
    "HỘI LHPN TỈNH NGHỆ AN - Tin hoạt động cơ sở",
    "Hội LHPN tỉnh Nghệ An › Tin cơ sở",
    "HỘI LHPN TỈNH NGHỆ AN › Cơ sở Hội",
])
def test_a_masthead_with_its_section_is_no_headline(masthead):
    found = info(f"{masthead}\nHội LHPN xã Nghi Lộc tổng kết năm 2025\n12/12/2025 | Lượt xem: 301\n"
                 + BODY.format(union="Hội LHPN xã Nghi Lộc"))
    assert (found["title"], found["org_level"]) == ("Hội LHPN xã Nghi Lộc tổng kết năm 2025", "commune")


def test_a_province_page_under_its_masthead_stays_province():
    found = info("Hội LHPN tỉnh Nghệ An › Tin tức\nHội LHPN tỉnh Nghệ An tổng kết năm 2025\n"
                 "12/12/2025 | Lượt xem: 301\n" + BODY.format(union="Hội LHPN tỉnh Nghệ An"))
    assert found["org_level"] == "province"


@pytest.mark.parametrize("credit", ["(Hội LHPN Nghệ An) -", "(PNNA) –", "(Hội LHPN tỉnh) -"])
def test_a_ledes_source_credit_is_not_the_reporter(credit):
    found = info("Phường Vinh Phú: Đại hội Phụ nữ nhiệm kỳ 2025 - 2030 đề ra 8 chỉ tiêu\n03/10/2025 08:15\n"
                 f"{credit} Sáng 2/10, Hội LHPN phường Vinh Phú, tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ I, "
                 "nhiệm kỳ 2025 - 2030, với 120 đại biểu về dự.\n")
    assert found["org_level"] == "commune"


def test_a_credit_before_the_provinces_own_lede_stays_province():
    found = info("Sơ kết công tác Hội 9 tháng đầu năm 2025\n03/10/2025 08:15\n(Hội LHPN Nghệ An) - Sáng 2/10, Hội "
                 "LHPN tỉnh Nghệ An tổ chức hội nghị sơ kết công tác Hội 9 tháng đầu năm 2025.\n")
    assert found["org_level"] == "province"
