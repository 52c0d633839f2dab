"""Figure patterns of the genre found while studying iv15, iv22 and iv23 (fifteenth session, task F), each with
invented phrasings and guards: a counter line opening on a button's bare label, the toneless verdicts and givers of
targets."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"
HEAD_PLAIN = "Hoi LHPN tinh so ket cong tac Hoi 9 thang dau nam 2026\n"


def facts(text: str, head: str = HEAD) -> list[dict]:
    return extract_facts(normalize_text(head + text))


def values(text: str, head: str = HEAD) -> list[float]:
    return [f["value"] for f in facts(text, head)]


# ---- a counter line opening on a button's bare label (iv15 P18) -------------------------------------------------
@pytest.mark.parametrize("line", [
    "Bình luận · Chia sẻ 48",
    "Thích · Bình luận 3",
    "Lưu tin | Bình luận 7",
    "Gửi bài · Thích 12 · Chia sẻ 4",
])
def test_a_counter_line_after_a_bare_label(line):
    assert values("Hội đã kết nạp 120 hội viên mới.\n" + line) == [120.0]


@pytest.mark.parametrize("line, expected", [
    # guards: prose sharing things, a label before a counted noun
    ("Các chi hội chia sẻ 12 mô hình hay.", [12.0]),
    ("Bình luận · Chia sẻ 48 mô hình", [48.0]),
    ("Thích · 5 hộ", [5.0]),
])
def test_counted_words_after_a_label_stay_figures(line, expected):
    assert values(line) == expected


# ---- toneless verdicts on targets and their givers (iv22 P2, iv23 P12) ------------------------------------------
PLAIN = "Nam 2025 toan tinh ket nap 12.870 hoi vien moi, dat 107% chi tieu. "


@pytest.mark.parametrize("line, count", [
    ("Co 3 chi tieu chua dat la ty le hoi vien tham gia bao hiem (dat 18%) va so mo hinh.", 3.0),
    ("Con 1 chi tieu chua hoan thanh la so mo hinh sinh ke.", 1.0),
    ("Toan tinh co 12 chi tieu, 10 chi tieu dat va vuot.", 10.0),
])
def test_a_toneless_count_of_targets_met_or_not(line, count):
    assert count in values(PLAIN + line, HEAD_PLAIN)


def test_a_toneless_share_named_among_targets_unmet_keeps_no_rate():
    found = facts(PLAIN + "Co 2 chi tieu chua dat la ty le hoi vien tham gia bao hiem (dat 18%).", HEAD_PLAIN)
    (share,) = [f for f in found if f["value"] == 18.0]
    assert share["achievement_pct"] is None


@pytest.mark.parametrize("line, result, target", [
    ("Hoi da ket nap 118 hoi vien, vuot 18% chi tieu tinh giao (100 hoi vien).", 118.0, 100.0),
    ("Giup 55 ho thoat ngheo, vuot 10% chi tieu huyen giao (50 ho).", 55.0, 50.0),
    ("Van dong 230 hoi vien tham gia, vuot 15% chi tieu xa giao (200 hoi vien).", 230.0, 200.0),
])
def test_a_toneless_giver_of_a_target(line, result, target):
    found = {f["value"]: f for f in facts(PLAIN + line, HEAD_PLAIN)}
    assert found[result]["target"] == target


@pytest.mark.parametrize("line, expected", [
    # guards: "tinh", "xa" alone keep their reading (no place is made of them), "Toan tinh co 12 chi tieu" sets
    ("Tinh than doan ket, 40 hoi vien tham gia.", [40.0]),
    ("Toan tinh co 12 chi tieu chu yeu.", []),
])
def test_toneless_words_alone_stay(line, expected):
    assert values(line, HEAD_PLAIN) == expected


# ---- a term's or a phase's amount, money turned over (iv22 P2, iv23 P19) ---------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Kết quả cả nhiệm kỳ giúp 270 hộ (cả nhiệm kỳ 250 căn).", [270.0, 250.0]),
    ("Cả giai đoạn 45 mô hình được duy trì.", [45.0]),
    ("Chỉ tiêu giai đoạn 1.200 hội viên, đạt 1.350 hội viên.", [1200.0, 1350.0]),
    ("Nguồn vốn quỹ Hội xoay vòng 2 tỷ 180 triệu đồng cho 95 hộ vay.", [2180000000.0, 95.0]),
    ("Vốn quay vòng 500 triệu đồng.", [500000000.0]),
])
def test_a_number_after_a_span_or_a_round_that_counts(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a term's years, a numbered session or phase, a round of a contest
    ("Nhiệm kỳ 2020 - 2025 kết nạp 500 hội viên.", [500.0]),
    ("Kỳ 2 có 30 hội viên.", [30.0]),
    ("Giai đoạn 2 hộ nghèo được hỗ trợ 15 con bò.", [15.0]),
    ("Vào vòng 2 giải bóng chuyền có 8 đội.", [8.0]),
])
def test_a_span_or_a_round_stays_a_name(line, expected):
    assert values(line) == expected


# ---- a per-unit minimum with the units counted in brackets (iv22 P2) -------------------------------------------
@pytest.mark.parametrize("line", [
    "Mỗi chi hội (18 chi hội) duy trì ít nhất 1 tổ tiết kiệm.",
    "Mỗi tổ phụ nữ (42 tổ) duy trì ít nhất 1 nhóm Zalo.",
    "Mỗi xã (24 xã) có tối thiểu 01 mô hình sinh kế.",
])
def test_a_per_unit_minimum_after_a_bracketed_count(line):
    (_, minimum) = facts(line)
    assert minimum["value"] == 1.0 and minimum["qualifier"] == "at_least"


def test_a_threshold_inside_a_kind_of_work_stays_out():
    assert values("Mỗi cơ sở hội (12 đơn vị) có ít nhất 1 loại hình hoạt động.") == [12.0]


# ---- a count's make-up by kind of place, the count of targets set, a meeting's reach (iv22 P5) ------------------
@pytest.mark.parametrize("line, expected", [
    ("Hội LHPN thị xã có 20 cơ sở Hội (12 phường, 8 xã).", [20.0]),
    ("Huyện có 25 cơ sở Hội (17 xã, 8 thị trấn), đã kết nạp 300 hội viên.", [25.0, 300.0]),
    ("Thị xã có 40 cơ sở Hội gồm 31 phường và 9 xã.", [40.0]),
    ("Nghị quyết đề ra 7 nhóm chỉ tiêu thì có 6 nhóm hoàn thành vượt mức.", [6.0]),
    ("Đại hội đề ra 9 chỉ tiêu thì có 8 chỉ tiêu đạt và vượt.", [8.0]),
    ("Hội nghị trực tuyến sơ kết công tác Hội 6 tháng với các điểm cầu tại 34 tỉnh, thành phố.", []),
])
def test_a_make_up_a_count_set_and_a_reach_are_no_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: one part, parts of another kind or summing elsewhere, the union's units by kind, a year before a
    # verdict, the rooms a meeting reached, places where work was done
    ("Hội có 20 cơ sở Hội (12 cơ sở vững mạnh).", [20.0, 12.0]),
    ("Hỗ trợ 20 xã (12 xã, 5 phường) xây dựng mô hình.", [20.0, 12.0, 5.0]),
    ("Trao 30 suất quà (12 hộ nghèo, 18 hộ cận nghèo).", [30.0, 12.0, 18.0]),
    ("Toàn Hội có 40 chi hội, gồm 31 chi hội nông thôn, 9 chi hội đô thị.", [40.0, 31.0, 9.0]),
    ("Năm 2025 có 3 chỉ tiêu năm 2024 chưa đạt.", [3.0]),
    ("Hội nghị kết nối tới 63 điểm cầu tỉnh, thành.", [63.0]),
    ("Bưu điện lắp đặt điểm cầu tại 15 xã vùng cao.", [15.0]),
    ("Tại 34 tỉnh, thành phố, Hội đã xây 500 nhà.", [34.0, 500.0]),
])
def test_parts_results_and_rooms_stay_figures(line, expected):
    assert values(line) == expected


# ---- the bar of an award's condition (iv22 P5) ------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Các Hội LHPN cơ sở đạt từ 90% chỉ tiêu trở lên được xét khen thưởng; đơn vị đạt dưới 70% không xét thi đua.",
    "Chi hội đạt từ 95% kế hoạch trở lên được đề nghị khen thưởng.",
    "Chi hội có từ 50 hội viên trở lên thì thành lập tổ.",
])
def test_the_bar_of_an_awards_condition(line):
    assert values(line) == []


@pytest.mark.parametrize("line, expected", [
    # guards: units counted by the bar they reached, results above the plan
    ("4 đơn vị còn lại đạt từ 80% kế hoạch trở lên.", [4.0, 80.0]),
    ("Có 5 đơn vị đạt trên 100% chỉ tiêu được giao.", [5.0, 100.0]),
])
def test_a_bar_reached_by_units_counted_stays(line, expected):
    assert values(line) == expected


# ---- the parts of a new place, a date between (iv23 P20) --------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Phường Hạ Long được thành lập từ ngày 1/7/2025 trên cơ sở 5 phường thuộc thành phố Hạ Long cũ.",
    "Xã Tân Lập thành lập ngày 01/7/2025 trên cơ sở 3 xã Tân An, Tân Bình, Tân Hòa.",
    "Xã được thành lập từ ngày 1/7/2025, trên cơ sở hợp nhất 4 xã.",
])
def test_the_places_a_new_one_was_made_of(line):
    assert values(line) == []


def test_places_helped_after_a_date_stay():
    assert values("Từ ngày 1/7/2025 đến nay, Hội đã hỗ trợ 5 phường xây dựng mô hình.") == [5.0]


# ---- toneless couples (iv23 P19) ---------------------------------------------------------------------------------
HEAD_COMMUNE = ("Hoi LHPN xa Tan Lap so ket cong tac Hoi 6 thang dau nam 2026. Hoi da to chuc nhieu hoat dong thiet "
                "thuc cho hoi vien phu nu.\n")


@pytest.mark.parametrize("line, value", [
    ("Hoi van dong 26 cap tao hon tu nguyen chung song hop phap.", 26.0),
    ("Van dong 12 cap vo chong tham gia lop hoc.", 12.0),
    ("Co 14 cap tham gia hoi thi.", 14.0),
])
def test_toneless_couples_are_counted(line, value):
    (fig,) = facts(line, HEAD_COMMUNE)
    assert fig["value"] == value and fig["unit"] == "cặp"


@pytest.mark.parametrize("line, expected", [
    # guards: levels of government or of the union
    ("Trien khai mo hinh chinh quyen dia phuong 2 cap tu ngay 1/7.", []),
    ("Hoi 4 cap da ket nap 500 hoi vien.", [500.0]),
    ("Tap huan cho can bo 2 cap xa, huyen voi 120 nguoi.", [120.0]),
])
def test_toneless_levels_stay_out(line, expected):
    assert values(line, HEAD_COMMUNE) == expected


# ---- the period of a congress's own documents (iv22 P15) ---------------------------------------------------------
def period(text: str) -> tuple:
    from wuanalysis.documents import extract_document_info
    d = extract_document_info(normalize_text(text))
    return d["period_year"], d["period_span"]


@pytest.mark.parametrize("text", [
    "HỘI LHPN HUYỆN YÊN LẬP\nBáo cáo kết quả thực hiện Nghị quyết Đại hội Phụ nữ huyện nhiệm kỳ 2021 - 2026 và "
    "phương hướng nhiệm kỳ 2025 - 2030\nI. KẾT QUẢ\nNăm 2026 phấn đấu kết nạp 300 hội viên; nhiệm kỳ qua giúp 120 hộ.",
    "HỘI LHPN XÃ TÂN LẬP\nKẾT QUẢ NHIỆM KỲ 2021 - 2026 VÀ CÁC CHỈ TIÊU NHIỆM KỲ 2025 - 2030\n(trình Đại hội đại biểu "
    "Phụ nữ xã lần thứ I)\n1. Kết nạp 150 hội viên, đạt 120%.",
    "HỘI LHPN TỈNH LÀO CAI\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Lào Cai lần thứ "
    "XVI, nhiệm kỳ 2025 - 2030\nI. MỤC TIÊU\nNăm 2026: kết nạp 2.000 hội viên mới.",
])
def test_a_congress_documents_period_is_its_new_term(text):
    assert period(text) == (2025, "term")


@pytest.mark.parametrize("text, expected", [
    # guards: a year's plan carrying out a resolution, a review of one term only
    ("HỘI LHPN TỈNH LÀO CAI\nKẾ HOẠCH\nThực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2025 - 2030 trong "
     "năm 2026\nI. MỤC ĐÍCH\nNăm 2026 kết nạp 2.000 hội viên mới.", (2026, "year")),
    ("HỘI LHPN XÃ TÂN LẬP\nBáo cáo tổng kết công tác Hội năm 2025\nNăm 2025, Hội kết nạp 150 hội viên, đạt 120% chỉ "
     "tiêu nhiệm kỳ 2021 - 2026.", (2025, "year")),
])
def test_other_documents_keep_their_period(text, expected):
    assert period(text) == expected


# ---- a union's portal named by its place above the menu: no headline (iv23 P21) ----------------------------------
def document(text: str) -> dict:
    from wuanalysis.documents import extract_document_info
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("banner", [
    "Quảng Ngãi - Cổng thông tin Hội LHPN tỉnh",
    "Cà Mau | Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh",
    "CỔNG THÔNG TIN HỘI LHPN TỈNH CÀ MAU",
])
def test_a_portal_banner_is_no_headline(banner):
    d = document(f"{banner}\nTin tức › Cơ sở Hội\nXã Tân Hưng: phụ nữ hoàn thành 8/9 chỉ tiêu năm 2025\n"
                 "Cập nhật: 19/12/2025\nNgày 17/12, Hội LHPN xã Tân Hưng tổng kết công tác Hội năm 2025. Hội kết nạp "
                 "97 hội viên, vượt 7% chỉ tiêu.")
    assert d["title"].startswith("Xã Tân Hưng") and d["org_level"] == "commune"


@pytest.mark.parametrize("headline", [
    # guards: headlines that name a portal
    "Hội LHPN tỉnh Cà Mau ra mắt Cổng thông tin điện tử",
    "Phụ nữ Lý Sơn - Cổng thông tin Hội trao quà cho 50 hộ",
])
def test_a_headline_naming_a_portal_stays(headline):
    d = document(f"{headline}\nCập nhật: 19/12/2025\nNgày 17/12, Hội LHPN tỉnh Cà Mau tổ chức lễ ra mắt với 120 đại "
                 "biểu tham dự.")
    assert d["title"] == headline


# ---- a plan/result ratio with its rate in the next cell (leftover of iv17/iv19 tables) ---------------------------
def linked(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


@pytest.mark.parametrize("row, expected", [
    ("| Kết nạp hội viên mới | 300/336 | 112% |", [(300.0, 300.0, None), (336.0, 300.0, 112.0), (112.0, None, 112.0)]),
    ("| Giúp hộ thoát nghèo | 50/46 | 92% |", [(50.0, 50.0, None), (46.0, 50.0, 92.0), (92.0, None, 92.0)]),
    ("Kết nạp hội viên mới\t200/170\t85%", [(200.0, 200.0, None), (170.0, 200.0, 85.0), (85.0, None, 85.0)]),
])
def test_a_plan_and_its_result_over_a_slash_with_the_rate_in_the_next_cell(row, expected):
    assert linked("| Chỉ tiêu | Kế hoạch/Thực hiện | Tỷ lệ |\n" + row) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a code whose next cell's rate is neither quotient, a document's number, a share
    ("| Vận động quỹ | 120/45 | 80% |", [80.0]),
    ("Theo Công văn 120/45 về việc kết nạp 50 hội viên.", [50.0]),
    ("| Chi hội vững mạnh | 45/50 | 90% |", [45.0, 90.0]),
])
def test_other_slashes_before_a_cell_stay(text, expected):
    assert values(text) == expected


# ---- a masthead opening or closing on its site's address (leftover, FD) -----------------------------------------
@pytest.mark.parametrize("banner, province", [
    ("hoilhpn.quangninh.gov.vn - Hội LHPN tỉnh Quảng Ninh", "Quảng Ninh"),
    ("Hội LHPN tỉnh Quảng Ninh - hoilhpn.quangninh.gov.vn", "Quảng Ninh"),
    ("https://phunuquangngai.vn | HỘI LHPN TỈNH QUẢNG NGÃI", "Quảng Ngãi"),
])
def test_a_masthead_with_its_site_address_is_the_site_not_the_reporter(banner, province):
    d = document(f"{banner}\nTin tức › Cơ sở Hội\nXã Tân Hưng: phụ nữ hoàn thành 8/9 chỉ tiêu năm 2025\n"
                 "Cập nhật: 19/12/2025\nNgày 17/12, Hội LHPN xã Tân Hưng tổng kết công tác Hội năm 2025. Hội kết nạp "
                 "97 hội viên, vượt 7% chỉ tiêu.")
    assert (d["org_level"], d["province"]) == ("commune", province)


def test_a_newspapers_masthead_with_its_address_names_no_province():
    d = document("Báo Quảng Ninh điện tử - baoquangninh.vn\nTin tức › Cơ sở Hội\nXã Tân Hưng: phụ nữ hoàn thành 8/9 "
                 "chỉ tiêu năm 2025\nCập nhật: 19/12/2025\nNgày 17/12, Hội LHPN xã Tân Hưng tổng kết công tác Hội năm "
                 "2025. Hội kết nạp 97 hội viên, vượt 7% chỉ tiêu.")
    assert d["org_level"] == "commune" and d["province"] is None


# ---- a plan's amount after "Nghị quyết"/"NQ", its result after it (iv15 P3) -------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("- Kết nạp hội viên: Nghị quyết 500, thực hiện 612, đạt 122,4%.", [500.0, 612.0, 122.4]),
    ("- Thành lập tổ hợp tác: Nghị quyết 20 mô hình, đạt 24 mô hình.", [20.0, 24.0]),
    ("- Xây nhà tình thương: Nghị quyết 12 căn, thực hiện được 15 căn.", [12.0, 15.0]),
    ("- Giúp hộ thoát nghèo: Nghị quyết 1.000, kết quả 1.130 hộ.", [1000.0, 1130.0]),
])
def test_a_resolutions_amount_beside_its_result(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: the resolution's number, its code, "số", a year, a body, a comma with no result after it
    ("Thực hiện Nghị quyết 09-NQ/TW, kết nạp 50 hội viên.", [50.0]),
    ("Theo Nghị quyết số 12 của Tỉnh ủy, giúp 30 hộ.", [30.0]),
    ("Nghị quyết 150 của Tỉnh ủy được quán triệt tới 2.000 hội viên.", [2000.0]),
    ("Quán triệt Nghị quyết 57 năm 2024 tới 300 hội viên.", [300.0]),
    ("Nghị quyết 09, thực hiện tốt 12 mô hình.", [12.0]),
    ("Triển khai NQ 15/NQ-HU tới 400 hội viên.", [400.0]),
    ("Kế hoạch 15/KH-HPN giúp 20 hộ.", [20.0]),
])
def test_a_resolutions_number_stays_a_name(line, expected):
    assert values(line) == expected




@pytest.mark.parametrize("line, result, plan", [
    ("- Kết nạp hội viên mới: Nghị quyết 500, thực hiện 612, đạt 122,4%.", 612.0, 500.0),
    ("- Hỗ trợ hộ thoát nghèo: Nghị quyết 40 hộ, thực hiện 80 hộ.", 80.0, 40.0),
])
def test_a_resolutions_amount_is_the_results_target(line, result, plan):
    facts = extract_facts(normalize_text(HEAD + line))
    done = [f for f in facts if f["value"] == result]
    assert done and done[0]["target"] == plan
