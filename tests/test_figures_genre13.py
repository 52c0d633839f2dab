"""Figure and document patterns of the genre found while studying iv13 and iv14 (thirteenth session, task F), each with
invented phrasings and guards: the administrative units a place is made of or a meeting gathered, the old places a
merger joined named again, related-article lists and photo captions in new shapes, a target for each unit written
with a leading zero, a bare "từ" floor, and a report's own period and place."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"


def values(text: str) -> list[float]:
    return [f["value"] for f in extract_facts(normalize_text(HEAD + text))]


# ---- the administrative units a place is made of, or a meeting gathered (iv14 P10, iv13 R′) -----------------------
@pytest.mark.parametrize("line, expected", [
    ("Xã có 14 thôn, 16 chi hội với 2.310 hội viên.", [16.0, 2310.0]),
    ("Sau sắp xếp, huyện còn 18 xã, thị trấn, Hội LHPN cấp xã là cơ sở của Hội huyện.", []),
    ("Hội nghị diễn ra với sự tham dự của Hội LHPN 27 xã, phường.", []),
    ("Hội tổ chức tổng kết năm, có 52 xã, phường tham dự.", []),
    ("Thời gian qua (tính cả 3 phường trước sáp nhập), Hội kết nạp 812 hội viên.", [812.0]),
    ("Năm qua, phong trào phụ nữ của 4 xã cũ có nhiều đổi mới; Hội giúp 35 hộ.", [35.0]),
    ("Đây là năm đầu tiên cụm thi đua hoạt động với 5 tỉnh sau sáp nhập.", []),
    ("Hội LHPN tỉnh quán triệt nghị quyết tới Hội LHPN 126 xã, phường, đặc khu.", []),
])
def test_the_units_a_place_is_made_of_or_a_meeting_gathered_are_no_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: units that did something, new units founded, a ratio of the old places
    ("Toàn tỉnh có 45 xã hoàn thành đại hội.", [45.0]),
    ("Hội thành lập mới 3 chi hội và nhân rộng mô hình ra 12 tổ dân phố.", [3.0, 12.0]),
    ("Có 63 tỉnh, thành phố đã tổ chức ra quân.", [63.0]),
    ("2/2 địa phương trước sắp xếp đều hoàn thành chỉ tiêu.", [2.0]),
    ("Năm qua, 4 xã cũ đều hoàn thành chỉ tiêu; 6 xã sau sáp nhập đã tổ chức đại hội.", [4.0, 6.0]),
    ("Hội trao 200 suất quà tới Hội LHPN 12 xã vùng cao.", [200.0, 12.0]),
])
def test_units_that_did_something_stay_figures(line, expected):
    assert values(line) == expected


# ---- a target for each unit, and a share of the places of a whole (iv13 T, iv14 P11) ---------------------------
@pytest.mark.parametrize("line, expected", [
    ("Mỗi chi hội hằng năm có ít nhất 01 mô hình phụ nữ khởi nghiệp.", [1.0]),
    ("Mỗi cơ sở Hội hàng năm duy trì tối thiểu 01 câu lạc bộ.", [1.0]),
    ("Hội xây 60 công trình (mỗi xã, thị trấn 02 công trình).", [60.0, 2.0]),
    ("Năm 2026, bình quân mỗi phường 03 hộ được giúp thoát nghèo.", [3.0]),
    ("Kết quả, 4/4 địa phương trước hợp nhất đều hoàn thành kế hoạch.", [4.0]),
])
def test_a_target_for_each_unit_and_a_share_of_places_are_figures(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a threshold inside an indicator, a real date, a name after a place
    ("Phấn đấu 100% cơ sở Hội có ít nhất 1 loại hình hoạt động.", [100.0]),
    ("Hội trao 40 suất quà cho hội viên vào ngày 3/3/2026 tại 5 địa phương.", [40.0, 5.0]),
    ("Từ 3/3, Hội ra quân tại 12 địa phương.", [12.0]),
    ("Hội LHPN phường 1 trao 15 suất quà.", [15.0]),
])
def test_thresholds_dates_and_names_stay_skipped(line, expected):
    assert values(line) == expected


# ---- related-article lists in new shapes (iv13 P) ----------------------------------------------------------------
STORY = "Năm 2026, Hội kết nạp 320 hội viên mới.\n"


@pytest.mark.parametrize("foot", [
    "Bạn đọc quan tâm\n→ Gia Lai: 87 xã ra mắt câu lạc bộ phụ nữ\n→ Trao 60 suất quà Tết cho hộ nghèo",
    "Các bài viết liên quan:\n• Phụ nữ vùng cao với nghề dệt\n• Hội trao 45 con bò giống cho hộ nghèo",
    "• Trao 40 suất quà cho phụ nữ khó khăn - 02/03/2026\n• Ra mắt 3 mô hình tiết kiệm - 27/02/2026",
    "Đọc nhiều: Gia Lai còn 135 xã, phường | Phụ nữ làm giàu từ 2 ha cà phê",
    "Xem nhiều: 12 gương phụ nữ khởi nghiệp | Hội thi nấu ăn",
])
def test_related_article_lists_in_new_shapes_are_no_figures(foot):
    assert values(STORY + foot) == [320.0]


@pytest.mark.parametrize("text, expected", [
    # guards: a report's bulleted items, an arrow in prose, a story's line reading "quan tâm"
    ("• Kết nạp 500 hội viên, đạt 100% kế hoạch.\n• Giúp 30 hộ thoát nghèo.", [500.0, 100.0, 30.0]),
    ("Số hội viên tăng từ 1.200 → 1.350 người trong năm.", [1200.0, 1350.0]),
    ("Hội quan tâm giúp đỡ 25 hộ phụ nữ đơn thân.", [25.0]),
])
def test_report_items_and_arrows_in_prose_stay_figures(text, expected):
    assert values(text) == expected


# ---- a bare "từ" floor after a verb that counts what it reaches (iv13 U, iv14 P12) -------------------------------
def qualifiers(text: str) -> list[tuple[float, str, str]]:
    return [(f["value"], f["qualifier"], f["quote"]) for f in extract_facts(normalize_text(HEAD + text))]


@pytest.mark.parametrize("line, value", [
    ("Năm 2026, phấn đấu thu hút từ 90% phụ nữ tham gia tổ chức Hội.", 90.0),
    ("Mỗi năm giới thiệu từ 30 lao động có việc làm.", 30.0),
    ("Hằng năm kết nạp từ 200 hội viên mới.", 200.0),
])
def test_a_bare_from_after_a_counting_verb_is_a_floor(line, value):
    (got,) = qualifiers(line)
    assert got[:2] == (value, "at_least") and got[2].startswith("từ ")


@pytest.mark.parametrize("line, expected", [
    # guards: a start of a change, a source, a range's upper end
    ("Tỷ lệ tập hợp tăng từ 68% lên 72%.", [(68.0, "exact"), (72.0, "exact")]),
    ("Hội huy động từ 50 nhà hảo tâm được 120 triệu đồng.", [(50.0, "exact"), (120e6, "exact")]),
    ("Mỗi năm giúp từ 40 - 50 hộ thoát nghèo.", [(40.0, "at_least"), (50.0, "less_than")]),
])
def test_a_start_or_a_source_stays_exact(line, expected):
    assert [g[:2] for g in qualifiers(line)] == expected



# ---- a report's own period and province (iv13 V, iv14 P13/P14) --------------------------------------------------
def info(text: str) -> dict:
    from wuanalysis.documents import extract_document_info
    return extract_document_info(normalize_text(text))


PLAN = ("BAN THƯỜNG VỤ HỘI LHPN TỈNH NINH BÌNH\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 112/KH-BTV\tĐộc lập - Tự do - Hạnh phúc\n"
        "\tNinh Bình, ngày 22 tháng 12 năm 2025\n"
        "KẾ HOẠCH\n"
        "Triển khai công tác Hội và phong trào phụ nữ năm 2026\n"
        "Căn cứ kết quả thực hiện nhiệm vụ năm 2025, Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch năm 2026 như sau:\n"
        "1. Kết nạp mới 4.000 hội viên.\n")


def test_a_plans_letterhead_with_the_old_tone_mark_is_no_headline():
    got = info(PLAN)
    assert got["title"].startswith("Triển khai công tác Hội")
    assert (got["period_year"], got["period_span"]) == (2026, "year")


def test_a_congress_named_in_the_lede_gives_the_term():
    text = ("Phụ nữ Gia Lai bước vào chặng đường mới với 12 chỉ tiêu\n"
            "Đại hội đại biểu Phụ nữ tỉnh Gia Lai nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất hai tỉnh "
            "Gia Lai và Bình Định - đã bế mạc chiều 20/9.\n"
            "Nhiệm kỳ qua, Hội LHPN hai tỉnh đã kết nạp 52.000 hội viên mới.\n")
    got = info(text)
    assert (got["period_year"], got["period_span"]) == (2025, "term")


def test_a_wards_whole_name_in_its_letterhead_gives_its_province():
    text = ("HỘI LHPN THÀNH PHỐ HÀ NỘI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HỘI LHPN PHƯỜNG VĂN MIẾU – QUỐC TỬ GIÁM\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 15/BC-HPN\tVăn Miếu – Quốc Tử Giám, ngày 10 tháng 12 năm 2025\n"
            "BÁO CÁO\n"
            "Tổng kết công tác Hội và phong trào phụ nữ năm 2025\n"
            "Phường có 1.980 hội viên sinh hoạt ở 18 chi hội. Năm 2025, Hội kết nạp 120 hội viên.\n")
    assert info(text)["province"] == "Hà Nội"


def test_the_provinces_a_merger_joined_do_not_name_the_reporter():
    text = ("Khánh Hòa: Hội viên phụ nữ vay vốn vượt kế hoạch năm 2025\n"
            "09/01/2026 08:00\n"
            "Năm 2025, năm đầu tiên sau hợp nhất tỉnh Ninh Thuận và Khánh Hòa, dư nợ ủy thác qua Hội LHPN tỉnh đạt "
            "5.100 tỷ đồng, bằng 102% kế hoạch.\n")
    assert info(text)["province"] == "Khánh Hòa"


@pytest.mark.parametrize("headline", [
    "Xã Tân Lập: Hội LHPN sơ kết 6 tháng, quyết tâm hoàn thành chỉ tiêu năm 2026",
    "Phường An Phú sơ kết 9 tháng, phấn đấu về đích kế hoạch năm 2026",
])
def test_a_reviews_span_outranks_the_years_target_in_its_headline(headline):
    span = "6m" if "6 tháng" in headline else "9m"
    text = (f"{headline}\n03/07/2026 | 120 lượt xem\n"
            f"Hội LHPN vừa tổ chức sơ kết công tác {span[0]} tháng đầu năm 2026. Năm 2026 Hội đăng ký kết nạp 140 hội "
            "viên; đến nay đã kết nạp 58 hội viên.\n")
    got = info(text)
    assert (got["period_year"], got["period_span"]) == (2026, span)


def test_guard_a_years_review_keeps_its_year():
    text = ("Hội LHPN xã Tân Lập tổng kết năm 2025, triển khai nhiệm vụ năm 2026\n"
            "Ngày 12/12, Hội LHPN xã tổ chức hội nghị tổng kết. Năm 2025 Hội kết nạp 140 hội viên.\n")
    got = info(text)
    assert (got["period_year"], got["period_span"]) == (2025, "year")


# ---- other articles' titles behind arrows at the page's foot, and a "Xem nhiều |" box (iv13 P) -------------------
@pytest.mark.parametrize("foot", [
    "→ Gia Lai: 87 xã ra mắt câu lạc bộ phụ nữ\n→ Trao 60 suất quà Tết cho hộ nghèo",
    "→ 12 xã ra mắt CLB phụ nữ khởi nghiệp\nLượt xem: 1.204",
    "Xem nhiều | Trao 40 suất quà cho phụ nữ khó khăn | 3 mô hình sinh kế",
])
def test_other_articles_behind_arrows_at_the_foot_are_no_figures(foot):
    assert values(STORY + foot) == [320.0]


@pytest.mark.parametrize("text, expected", [
    # guards: a report's items after their lead-in, an arrow line inside the story, an arrow in prose
    ("Kết quả cụ thể:\n→ Kết nạp 120 hội viên\n→ Giúp 30 hộ thoát nghèo", [120.0, 30.0]),
    ("Hội đạt nhiều kết quả.\n→ Kết nạp 120 hội viên\nNăm 2026, Hội giúp 30 hộ.", [120.0, 30.0]),
    ("Hội giúp 30 hộ.\nSố hội viên tăng từ 1.200 → 1.350 người", [30.0, 1200.0, 1350.0]),
])
def test_arrows_in_a_reports_items_stay_figures(text, expected):
    assert values(text) == expected
