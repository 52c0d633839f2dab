"""Numbers of a real-looking page that are no report figure (issue 11, benchmarks/checksets/iv11/FINDINGS_figures.md):
a visit counter's total beside its counters (F1), a link to the next article (F2), a Word document's recipients (F3),
the old places a merger joined (F4), the area a programme covers (F5), the places whose total a figure is (F6), the
places a census's members live in (F7), the units a plan's targets go to (F8), the unions of a level under the
province (F9), numbered names (F10), a map distance (F11), a meeting's reach (F12); and two figures the rules passed
over: a per-unit target "mỗi xã có ít nhất 1 …" (M1), a share of the plan reached by units (M2). Invented phrasings
of each, with guards for real figures that look alike."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN xã Minh Tân sơ kết công tác Hội 6 tháng đầu năm 2026"
LEDE = ("Sáng 8/7, Hội LHPN xã Minh Tân tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026. Trong 6 tháng, "
        "Hội đã kết nạp 146 hội viên mới, giúp 12 hộ thoát nghèo và trao 85 suất quà cho trẻ em khó khăn.")
TAIL = "Hội nghị đã khen thưởng các tập thể và cá nhân có thành tích xuất sắc."
REPORT = [146.0, 12.0, 85.0]


def values(text: str) -> list[float]:
    return [float(f["value"]) for f in extract_facts(normalize_text(text))]


def around(furniture: str, where: str = "bottom") -> list[float]:
    if where == "top":
        return values(f"{furniture}\n\n{HEAD}\n\n{LEDE}\n\n{TAIL}")
    return values(f"{HEAD}\n\n{LEDE}\n\n{TAIL}\n\n{furniture}")


# ---- F1: a counter's total beside its counters --------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Hôm nay: 318 | Tháng này: 9.402 | Tổng: 1.204.557",
    "Đang truy cập: 21 | Hôm qua: 530 | Tổng lượt: 96.118",
    "Trực tuyến: 12 | Tổng số: 2.310.004",
    "Hôm nay1,408    Tổng5.230.991",
    "Tuần này: 2.105\tTổng cộng: 87.650",
    "Online: 9 | Tuần: 1.204 | Tháng: 5.680 | Tất cả: 402.117",
    "Đang truy cập: 45 Hôm nay: 1.203 Tổng: 5.678.901",
    "Thích 7 Chia sẻ",
    "Lượt xem: 2.315 Bình luận Chia sẻ",
])
def test_counter_total_beside_counters(line):
    assert around(line, "top") == REPORT
    assert around(line) == REPORT


@pytest.mark.parametrize("line, expected", [
    # a report's own total line, no counter beside it
    ("Tổng: 1.250 hội viên mới | Kế hoạch: 1.200 hội viên", [1250.0, 1200.0]),
    ("Kết quả: 146 hội viên    Tổng: 1.830 hội viên", [146.0, 1830.0]),
    ("Năm: 2025\tKế hoạch: 1.200\tThực hiện: 1.346", [1200.0, 1346.0]),
])
def test_a_reports_total_is_read(line, expected):
    assert values(line) == expected


# ---- F2: a link to the next or previous article -------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Tin mới hơn: Yên Lập: trao 45 bồn nước cho hộ nghèo",
    "Tin cũ hơn: Hội LHPN xã Đồng Tâm ra mắt 3 câu lạc bộ",
    "Bài trước: Trao 120 suất quà cho trẻ em mồ côi",
    "Bài tiếp theo: Hơn 300 phụ nữ dự ngày hội",
    "« Tin trước: Trao 50 thẻ BHYT cho hội viên",
    "Tin mới nhất: Trao 200 suất quà cho trẻ em khó khăn",
    "Bài đã đăng: Hội LHPN xã ra mắt 4 tổ hợp tác",
])
def test_link_to_another_article(line):
    assert around(line) == REPORT


@pytest.mark.parametrize("line", [
    "► Tuyên Quang: trao tặng 64 xe đạp cho học sinh nghèo",
    "▶ Ra mắt 215 mô hình “Chi hội 5 không, 3 sạch” (03/2025)",
])
def test_link_behind_an_arrow(line):
    assert around(line) == REPORT


def test_an_item_behind_an_arrow_is_read():
    assert values("Năm 2026 phấn đấu:\n► Kết nạp 500 hội viên mới;\n► Giúp 40 hộ thoát nghèo.") == [500.0, 40.0]


def test_a_sentence_opening_on_tin_is_read():
    assert values("Tin vui là 42 hộ đã thoát nghèo trong quý II.") == [42.0]


# ---- F3: a Word document's recipients -----------------------------------------------------------------------------
@pytest.mark.parametrize("block", [
    "Nơi nhận:\n- Ban Thường vụ Hội LHPN tỉnh (b/c);\n- Đảng ủy xã;\n- 18 chi hội (t/h);\n- Lưu: VP.",
    "Nơi nhận:\t\tTM. BAN THƯỜNG VỤ\n- TT Hội LHPN tỉnh;\t\tCHỦ TỊCH\n- 12 tổ hội (để thực hiện);\n- Lưu VT.",
    "Nơi nhận: Hội LHPN tỉnh (b/c); Đảng ủy xã; 31 chi hội; Lưu VP.",
    "Nơi nhận:\n- Như trên;\n- 96 Hội LHPN xã, phường, đặc khu;\n- Lưu.",
])
def test_recipients_of_a_word_document(block):
    assert around(block) == REPORT


def test_lines_after_the_recipients_are_read():
    text = f"{HEAD}\n\n{LEDE}\n\nNơi nhận:\n- Đảng ủy xã;\n- Lưu VP.\n\nPhụ lục: 24 chi hội ra mắt mô hình mới."
    assert values(text) == [*REPORT, 24.0]


def test_a_dash_list_of_results_is_read():
    text = f"{HEAD}\n\nKết quả nổi bật:\n- 24 chi hội ra mắt mô hình tiết kiệm;\n- 130 hộ được vay vốn."
    assert values(text) == [24.0, 130.0]


# ---- F4, F5, F6, F7: the places a report works in -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # F4: the old places a merger joined
    ("BÁO CÁO KẾT QUẢ NHIỆM KỲ 2021 - 2026 (của 4 xã cũ Hòa Bình, Hòa Lạc, Hòa An và Hòa Phú)", []),
    ("Dự án được triển khai trên địa bàn 2 huyện cũ Mường Tè và Nậm Nhùn từ năm 2022.", []),
    ("Giai đoạn 2021 - 2025, Hội LHPN 3 phường cũ đã giúp 64 hộ thoát nghèo.", [64.0]),
    # F5: the area a programme covers
    ("So với mục tiêu Đề án trên địa bàn 2 tỉnh (4.500 phụ nữ), kết quả đạt 112%.", [4500.0, 112.0]),
    ("Kế hoạch được triển khai thống nhất trên địa bàn 96 xã, phường, đặc khu.", []),
    # F6: the places whose total the next figure is
    ("Tổng dư nợ ủy thác của 4 tỉnh đạt 12.350 tỷ đồng.", [12.35e12]),
    ("Chỉ tiêu phát triển hội viên của 2 tỉnh cộng lại là 6.500 hội viên.", [6500.0]),
    # F7: the places a census's members or branches live in
    ("Toàn phường hiện có 9.214 hội viên ở 14 khu phố.", [9214.0]),
    ("Hội LHPN xã có 23 chi hội tại 23 thôn, bản.", [23.0]),
])
def test_the_places_a_report_works_in(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places where work was done stay figures
    ("Hội trao 320 suất quà cho trẻ em của 45 xã trên địa bàn tỉnh.", [320.0, 45.0]),
    ("Trong năm, 12 xã cũ đã hoàn thành chỉ tiêu kết nạp hội viên.", [12.0]),
    ("Hội hỗ trợ 60 hội viên ở 5 xã vùng cao phát triển sinh kế.", [60.0, 5.0]),
    ("Hội đã hỗ trợ 4 tỉnh đạt chuẩn về công tác tập hợp phụ nữ.", [4.0]),
    # the union's own branches are counted
    ("Toàn xã có 3.120 hội viên, sinh hoạt tại 27 chi hội.", [3120.0, 27.0]),
])
def test_places_where_work_was_done_are_read(text, expected):
    assert values(text) == expected


# ---- F8, F9, F12: the frame of a plan, of the union, of a meeting -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Các chỉ tiêu được giao cụ thể cho 58 xã, phường để thực hiện.", []),
    ("1. Kết nạp 120 hội viên mới (giao cụ thể cho 31 chi hội, mỗi chi hội từ 3 hội viên trở lên).", [120.0, 3.0]),
    ("Năm 2025, 102 Hội LHPN xã, phường trực thuộc trực tiếp Hội LHPN tỉnh.", []),
    ("Hiện nay, 88 Hội LHPN xã, phường, đặc khu đã được kiện toàn và trực thuộc Hội LHPN tỉnh.", []),
    ("Hội nghị được tổ chức trực tuyến tới Hội LHPN 72 xã, phường.", []),
    ("Hội nghị kết nối tới 34 tỉnh, thành phố.", []),
])
def test_the_frame_of_a_plan_or_meeting(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội đã bàn giao nhà cho 5 hộ nghèo.", [5.0]),
    ("Hội nghị kết nối tới 63 điểm cầu tỉnh, thành Hội.", [63.0]),
    ("Hội nghị kết nối trực tuyến với 34/34 tỉnh, thành Hội.", [34.0]),
    ("Đến nay, 45 Hội LHPN xã đã hoàn thành Đại hội.", [45.0]),
])
def test_results_that_look_like_a_frame_are_read(text, expected):
    assert values(text) == expected


# ---- F10, F11: numbered names, a map distance ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Thí điểm mô hình “Chi hội phụ nữ số” tại khu vực 3, phường 2 cũ.", []),
    ("Có 70% hội viên có tài khoản định danh điện tử mức 2.", [70.0]),
    ("Ảnh: Bản đồ xã Tà Xùa, cách trung tâm tỉnh khoảng 120 km.", []),
    ("Điểm trường cách trung tâm xã gần 25 km, đi lại khó khăn.", []),
])
def test_names_and_distances(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội vận động làm mới 12 km đường giao thông nông thôn.", [12.0]),
    ("Tuyến đường hoa dài 3,5 km do hội viên tự quản.", [3.5]),
])
def test_a_length_of_work_is_read(text, expected):
    assert values(text) == expected


# ---- M2: a share of the plan reached by units -----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Có 28 chi hội, 3 đơn vị còn lại đạt từ 75% kế hoạch trở lên.", [28.0, 3.0, 75.0]),
    ("Có 9/12 xã hoàn thành, 3 xã đạt trên 80% chỉ tiêu năm.", [9.0, 3.0, 80.0]),
])
def test_figures_passed_over_before(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a threshold inside an indicator's definition stays no figure
    ("Phấn đấu 100% hộ hội viên có ít nhất 1 người tham gia BHYT.", [100.0]),
    ("Tỷ lệ hộ có ít nhất 1 phụ nữ biết sử dụng điện thoại thông minh đạt 85%.", [85.0]),
    # a bar units passed, no plan word after it, or an excess over the plan
    ("Trong đó 5/8 xã vượt từ 10% trở lên.", [5.0]),
    ("Có 3 huyện vượt trên 25% kế hoạch năm.", [3.0]),
])
def test_thresholds_stay_skipped(text, expected):
    assert values(text) == expected


# ---- M1: a target for each unit ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Năm 2026 phấn đấu: mỗi xã có ít nhất 01 mô hình sinh kế do phụ nữ làm chủ.", [1.0]),
    ("Mỗi phường, xã có ít nhất 1 mô hình “Chi hội không rác thải”.", [1.0]),
    ("Mỗi chi hội duy trì tối thiểu 01 tổ phụ nữ tiết kiệm.", [1.0]),
    ("Mỗi cơ sở Hội có ít nhất 01 câu lạc bộ “Phụ nữ với pháp luật”.", [1.0]),
])
def test_a_target_for_each_unit(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Phấn đấu mỗi chi hội có ít nhất 1 loại hình sinh hoạt chuyên đề.",  # a kind of work, SCHEMA's threshold
    "Mỗi năm Hội LHPN xã phấn đấu có ít nhất 1 mô hình mới.",  # a period, not a unit
])
def test_a_threshold_for_each_unit_stays_skipped(text):
    assert values(text) == []
