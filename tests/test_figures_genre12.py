"""Figure patterns of the genre found while studying iv9 (twelfth session, task F), each with invented phrasings and
guards: a phone number with masked digits, a plan's amount before a classifier ("kế hoạch 120 căn"), the places a
merger joined named with the town they joined ("hợp nhất thị trấn X và 4 xã lân cận"), and a related article's title
left alone at the foot of a page."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text
from wuanalysis.toneless import toned_key_words

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"


def values(text: str) -> list[float]:
    return [f["value"] for f in extract_facts(normalize_text(HEAD + text))]


# ---- a phone number whose last digits a page masks --------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Thông tin liên hệ: 0210.3845.xxx",
    "Mọi ý kiến xin gửi về Văn phòng Hội, số máy 0236 3822 xxx.",
    "Liên hệ: ĐT 0xxx 123 456 hoặc thư điện tử của Hội.",
    "Đầu mối tiếp nhận: 0912.345.*** (chị Hoa).",
])
def test_a_masked_phone_number_is_no_figure(line):
    assert values(line) == []


@pytest.mark.parametrize("line, expected", [
    # guards: real figures that look alike (a leading zero, groups of digits, an "x" nearby)
    ("Hội vận động 0,5 tỷ đồng và 3.835 hội viên, xây 12 nhà tình nghĩa.", [0.5e9, 3835.0, 12.0]),
    ("Hội hỗ trợ 05 hộ nghèo, 203 hộ cận nghèo (x2 so với năm trước).", [5.0, 203.0]),
])
def test_figures_beside_leading_zeros_or_an_x_are_kept(line, expected):
    assert values(line) == expected


# ---- a plan's amount before its classifier ---------------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Các cấp Hội đã bàn giao 86 căn trên kế hoạch 120 căn, với tổng kinh phí 5 tỷ đồng.", [86.0, 120.0, 5e9]),
    ("Đã khởi công 40 căn nhà, đạt 80% kế hoạch 50 căn.", [40.0, 80.0, 50.0]),
])
def test_a_plans_amount_before_a_classifier_is_a_figure(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: a plan's document number stays a name
    ("Thực hiện Kế hoạch 120 của Ban Thường vụ, Hội xây 14 căn nhà.", [14.0]),
    ("Theo Kế hoạch 35/KH-HLHPN, Hội trao 60 suất quà.", [60.0]),
])
def test_a_plans_number_stays_a_name(line, expected):
    assert values(line) == expected


# ---- the places a merger joined, named with the town it joined -------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    ("Xã Tân Phong được thành lập trên cơ sở hợp nhất thị trấn Tân Phong và 3 xã lân cận; Hội có 6.210 hội viên.",
     [6210.0]),
    ("Phường Đông Sơn được thành lập trên cơ sở sáp nhập phường Đông Sơn với 2 xã lân cận, có 4.800 hội viên.",
     [4800.0]),
])
def test_the_places_a_merger_joined_are_no_figure(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # guards: work done in a town and some communes, the union's own branches after the merger
    ("Hội hỗ trợ thị trấn Tân Phong và 3 xã lân cận xây 12 nhà vệ sinh.", [3.0, 12.0]),
    ("Sau hợp nhất, Hội vận động 3 xã lân cận trồng 500 cây xanh.", [3.0, 500.0]),
])
def test_places_where_work_was_done_are_kept(line, expected):
    assert values(line) == expected


# ---- another article's title alone at the foot of the page, with no heading -------------------------------------
BODY = "Năm 2026, Hội vận động 1.250 hội viên tham gia tiết kiệm.\n"


@pytest.mark.parametrize("foot", [
    "Cần Thơ: Kim ngạch xuất khẩu 10 tháng tăng 12%\nBình luận (0)",
    "Giá lúa tăng mạnh, nông dân lãi 30%\nNgười dân 2 xã vùng biên đón Tết sớm\nLượt xem: 1.024",
])
def test_a_related_title_above_the_footer_is_no_figure(foot):
    assert values(BODY + foot) == [1250.0]


@pytest.mark.parametrize("foot, expected", [
    # guards: the story's own last sentence, with its stop or without a footer; a caption; a long last paragraph
    ("Hội trao 40 suất quà cho trẻ em nghèo.\nBình luận (0)", [1250.0, 40.0]),
    ("Hội trao 40 suất quà cho trẻ em nghèo", [1250.0, 40.0]),
    ("Ảnh: Lãnh đạo Hội trao Giấy khen cho 6 tập thể\nLượt xem: 412", [1250.0, 6.0]),
    ("Trong quý IV, Hội tiếp tục vận động hội viên tham gia các mô hình kinh tế tập thể, phấn đấu thành lập thêm 3 "
     "tổ hợp tác và kết nạp thêm ít nhất 40 hội viên\nLượt xem: 88", [1250.0, 3.0, 40.0]),
])
def test_the_storys_own_last_lines_are_kept(foot, expected):
    assert values(BODY + foot) == expected


# ---- the document: a section's name under the site's name, the site's union, an event closing on next year ---------
def doc(text: str) -> dict:
    return extract_document_info(normalize_text(text))


SITE = "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN\nHoạt động cơ sở\n"


def test_a_units_news_on_its_unions_site_is_the_units():
    info = doc(SITE + "Xã Nam Đàn: Phụ nữ đoàn kết, sáng tạo, phát triển\nNgày đăng: 12/08/2025\n"
               "Sáng 11/8, Hội LHPN xã Nam Đàn tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030. "
               "Hội hiện có 2.310 hội viên.")
    assert info["title"].startswith("Xã Nam Đàn")
    assert (info["org_level"], info["period_year"], info["period_span"]) == ("commune", 2025, "term")


def test_the_sites_union_reports_when_the_article_names_none():
    # guard: the site's name is the only union the page names
    info = doc(SITE + "Tổng kết công tác Hội và phong trào phụ nữ năm 2025\nNgày đăng: 20/12/2025\n"
               "Chiều 19/12, Ban Thường vụ tổng kết công tác năm 2025, kết nạp 5.200 hội viên mới.")
    assert info["org_level"] == "province"


def test_an_events_closing_aim_for_next_year_is_not_its_period():
    info = doc("Hội LHPN tỉnh Hà Tĩnh bàn giao 80 mái ấm cho phụ nữ nghèo\n14/10/2025 | 09:10\n"
               "Ngày 13/10, Hội LHPN tỉnh Hà Tĩnh tổ chức lễ bàn giao 80 mái ấm do Hội vận động xây dựng. "
               "Năm 2026, Hội tiếp tục phấn đấu xây mới ít nhất 100 mái ấm.")
    assert (info["period_year"], info["period_span"]) == (2025, "unknown")


def test_a_plan_named_in_the_headline_is_the_period():
    # guard: the plan is the article's own subject
    info = doc("Hội LHPN tỉnh Hà Tĩnh phát động xây 100 mái ấm năm 2026\n14/12/2025 | 09:10\n"
               "Ngày 13/12, Hội LHPN tỉnh phát động chương trình; năm 2026, Hội phấn đấu xây mới 100 mái ấm.")
    assert info["period_year"] == 2026


# ---- the words a rate is read by, typed without tones in a toned line: toned by text, read by the rates -----------
@pytest.mark.parametrize("line, toned", [
    ("Hội đã kết nạp 120 hội viên, dat 105% kế hoạch năm.", "Hội đã kết nạp 120 hội viên, đạt 105% kế hoạch năm."),
    ("Hội giúp 40 hộ thoát nghèo, vuot 20% chỉ tiêu.", "Hội giúp 40 hộ thoát nghèo, vượt 20% chỉ tiêu."),
    ("Dư nợ đạt 12 tỷ đồng, tăng 8% so voi cung ky.", "Dư nợ đạt 12 tỷ đồng, tăng 8% so với cùng kỳ."),
    # guards: a name, an English word
    ("Chị Nguyen Thi Dat nhận hỗ trợ 5 triệu đồng.", "Chị Nguyen Thi Dat nhận hỗ trợ 5 triệu đồng."),
    ("Trang web được update 5 lần trong năm.", "Trang web được update 5 lần trong năm."),
])
def test_rate_words_without_tones_are_toned_in_a_toned_line(line, toned):
    assert toned_key_words(line) == toned


def test_a_rate_typed_without_tones_qualifies_its_result():
    f = extract_facts(normalize_text(HEAD + "Hội đã kết nạp 120 hội viên, dat 105% kế hoạch năm."))
    assert [(x["value"], x["achievement_pct"]) for x in f][-1] == (105.0, 105.0)
