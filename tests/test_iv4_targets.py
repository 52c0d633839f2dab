"""Issue 11, the iv4 round: the genre patterns of ``benchmarks/checksets/iv4`` (FINDINGS.md, A–C), each with new
invented phrasings (not the set's sentences) that a commune, a ward, a district or a province could write, and the
near misses the rules must leave alone: a congress's two-column table of targets, a plan's list under a heading that
names the plan it carries out, targets in brackets after their results (a respective pair, a year's or a term's
target), page furniture (a hotline, counters in cells, an attachment's size), a merger's parts."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


# --- A1: a two-column table of targets, cells split by bars or tabs, the value column named a target ------------

@pytest.mark.parametrize("text, expected", [
    ("Đại hội đề ra 10 chỉ tiêu nhiệm kỳ 2025 - 2030:\nChỉ tiêu | Mục tiêu đến năm 2030\n"
     "Kết nạp hội viên mới (cả nhiệm kỳ) | 3.000 hội viên\nTỷ lệ tập hợp hội viên | từ 85% trở lên\n"
     "Thành lập mới tổ hợp tác | 40 tổ hợp tác\n\nĐại hội đã bầu 31 đồng chí vào Ban Chấp hành.",
     [(3000.0, 3000.0, None), (85.0, 85.0, None), (40.0, 40.0, None), (31.0, None, None)]),
    ("Các chỉ tiêu chủ yếu của Hội LHPN xã Tân Phú nhiệm kỳ 2026 - 2031\nNội dung\tChỉ tiêu\n"
     "Kết nạp hội viên mới\t300 hội viên\nGiúp hộ phụ nữ nghèo thoát nghèo\t25 hộ\n",
     [(300.0, 300.0, None), (25.0, 25.0, None)]),
    ("STT | Chỉ tiêu | Mục tiêu năm 2026\n1 | Kết nạp hội viên mới tại phường Hạ Long | 150 hội viên\n"
     "2 | Hộ đạt tiêu chí gia đình \"5 không, 3 sạch\" | 90%\n",
     [(150.0, 150.0, None), (90.0, 90.0, None)]),
    ("Nhiệm vụ trọng tâm | Kế hoạch năm 2026\nVận động phụ nữ tham gia tiết kiệm | 1,5 tỷ đồng\n",
     [(1_500_000_000.0, 1_500_000_000.0, None)]),
])
def test_a_two_column_table_of_targets(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: years compared, and a table of results, are no targets
    ("Nội dung | Năm 2024 | Năm 2025\nKết nạp hội viên mới | 280 hội viên | 310 hội viên\n",
     [(280.0, None, None), (310.0, None, None)]),
    ("Đơn vị | Số hội viên\nXã Tân Phú | 1.250 hội viên\n", [(1250.0, None, None)]),
])
def test_tables_that_are_not_targets(text, expected):
    assert marks(text) == expected


# --- A2: a plan's list of targets under a heading that names what the plan carries out --------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ban Thường vụ Hội LHPN phường Long Biên ban hành Kế hoạch số 05/KH-HPN ngày 10/01/2026 về thực hiện công tác "
     "Hội và phong trào phụ nữ năm 2026 trên địa bàn phường, sau khi sáp nhập các phường cũ, với các chỉ tiêu:\n"
     "- Kết nạp mới 80 hội viên.\n- Giúp 12 hộ phụ nữ nghèo phát triển kinh tế.\n",
     [(80.0, 80.0, None), (12.0, 12.0, None)]),
    ("Hội LHPN tỉnh Nghệ An triển khai thực hiện Nghị quyết Đại hội với những chỉ tiêu sau:\n"
     "+ Hằng năm giúp 500 hộ phụ nữ phát triển kinh tế;\n+ 95% cơ sở Hội ứng dụng chuyển đổi số.\n",
     [(500.0, 500.0, None), (95.0, 95.0, None)]),
    ("Kế hoạch thực hiện Chương trình công tác năm 2026 của Hội LHPN xã Bình Minh gồm các chỉ tiêu:\n"
     "- Vận động 85% hội viên tham gia tiết kiệm;\n- Trao 30 suất học bổng cho học sinh nghèo.\n",
     [(85.0, 85.0, None), (30.0, 30.0, None)]),
])
def test_a_plan_list_under_a_heading_naming_what_it_carries_out(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: the results of carrying out the targets
    ("Kết quả thực hiện các chỉ tiêu năm 2025:\n- Kết nạp 120 hội viên mới.\n- Giúp 20 hộ thoát nghèo.\n",
     [(120.0, None, None), (20.0, None, None)]),
    ("Năm 2025, Hội LHPN huyện đã thực hiện các chỉ tiêu:\n- Kết nạp 95 hội viên mới.\n",
     [(95.0, None, None)]),
])
def test_a_list_of_results_stays_results(text, expected):
    assert marks(text) == expected


# --- A3/C6: a result's target in brackets after it: a respective pair, a year's or a term's target ---------------

@pytest.mark.parametrize("text, expected", [
    ("Phường đã kết nạp 210 hội viên, thành lập 6 câu lạc bộ (chỉ tiêu 200 hội viên, 5 câu lạc bộ).",
     [(210.0, 200.0, None), (6.0, 5.0, None), (200.0, 200.0, None), (5.0, 5.0, None)]),
    ("Năm 2025, toàn tỉnh hỗ trợ thành lập 45 tổ hợp tác và 9 hợp tác xã (kế hoạch 40 tổ hợp tác và 8 hợp tác xã).",
     [(45.0, 40.0, None), (9.0, 8.0, None), (40.0, 40.0, None), (8.0, 8.0, None)]),
    ("Hội LHPN xã Quảng Phú đã giúp 35 hộ thoát nghèo, 12 hộ có việc làm ổn định (chỉ tiêu năm: 30 hộ và 10 hộ).",
     [(35.0, 30.0, None), (12.0, 10.0, None), (30.0, 30.0, None), (10.0, 10.0, None)]),
])
def test_a_respective_pair_of_targets_in_brackets(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mới có 4 xã ra mắt mô hình \"Khu dân cư không rác thải\" (chỉ tiêu năm 10 xã).",
     [(4.0, 10.0, None), (10.0, 10.0, None)]),
    ("Phường kết nạp 1.120 hội viên mới (kế hoạch cả nhiệm kỳ 2.000 hội viên), nâng tổng số lên 9.870 chị.",
     [(1120.0, 2000.0, None), (2000.0, 2000.0, None), (9870.0, None, None)]),
    ("Huyện giúp 55 hộ thoát nghèo, vượt 10% chỉ tiêu giữa nhiệm kỳ (50 hộ).",
     [(55.0, 50.0, 110.0), (10.0, None, 110.0), (50.0, 50.0, None)]),
    ("Đến nay có 82,3% hội viên được tuyên truyền về chuyển đổi số và sử dụng dịch vụ công trực tuyến "
     "(chỉ tiêu 80%).", [(82.3, 80.0, None), (80.0, 80.0, None)]),
    ("Phường Tân Định có 91,5% hộ gia đình hội viên cài đặt và sử dụng ứng dụng VNeID (kế hoạch năm 90%).",
     [(91.5, 90.0, None), (90.0, 90.0, None)]),
    # guards: last year's figure in brackets, and a plan named by its year
    ("Xã kết nạp 96 hội viên (năm 2024 là 80 hội viên).", [(96.0, None, None), (80.0, None, None)]),
    ("Xã kết nạp 96 hội viên (theo Kế hoạch năm 2025).", [(96.0, None, None)]),
    ("Hội LHPN xã Tân Lập hoàn thành 9/10 chỉ tiêu năm 2025\nHội viên toàn xã tăng lên 1.250 chị.",
     [(9.0, None, None), (1250.0, None, None)]),
])
def test_a_years_or_terms_target_in_brackets(text, expected):
    assert marks(text) == expected


# --- C1: page furniture: a hotline, counters in cells, an attachment's size -------------------------------------

@pytest.mark.parametrize("text", [
    "Đường dây nóng hỗ trợ phụ nữ và trẻ em bị bạo lực: 1800.1567\nHội kết nạp 45 hội viên.",
    "Tổng đài tư vấn pháp luật miễn phí: 1900 6868\nHội kết nạp 45 hội viên.",
    "Số lượt truy cập: 1.204.317 | Đang xem: 12\nHội kết nạp 45 hội viên.",
    "Tác giả: Thu Hà | Lượt xem: 865\nHội kết nạp 45 hội viên.",
    "Hội kết nạp 45 hội viên.\nTài liệu đính kèm: BC-05-HPN-2025.docx (1,2 MB)",
    "Hội kết nạp 45 hội viên.\nVăn bản đính kèm: KH 12-KH-HPN.pdf (310 KB)",
])
def test_page_furniture_is_no_figure(text):
    assert values(text) == [45.0]


@pytest.mark.parametrize("text, expected", [
    # guards: the hotline's work and a count of views in a sentence are figures
    ("Đường dây nóng của Hội đã tiếp nhận 126 cuộc gọi.", [126.0]),
    ("Video tuyên truyền của Hội thu hút 45.000 lượt xem trên mạng xã hội.", [45000.0]),
])
def test_sentences_about_the_page_are_figures(text, expected):
    assert values(text) == expected


# --- C2: the parts a merger joined ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Phường Hòa Khánh được thành lập trên cơ sở sáp nhập 3 đơn vị hành chính cũ, hiện có 45 chi hội.",
    "Xã Tân Hưng được hình thành từ việc sáp nhập 4 đơn vị hành chính cấp xã, hiện có 45 chi hội.",
    "Đặc khu Vân Đồn (sáp nhập từ 5 đơn vị hành chính) hiện có 45 chi hội.",
])
def test_a_mergers_parts_are_no_figure(text):
    assert values(text) == [45.0]


def test_units_helped_after_a_merger_are_figures():
    assert values("Sau sáp nhập, Hội hỗ trợ 3 đơn vị xây dựng mô hình, hiện có 45 chi hội.") == [3.0, 45.0]


# --- B2/C4: a hedged share after a count of the units that passed it is their bar ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Các xã trong huyện đều hoàn thành chỉ tiêu, trong đó 7/12 xã vượt từ 15% trở lên.", [(7.0, None, None)]),
    ("Năm 2025, có 5 chi hội đạt từ 90% trở lên.", [(5.0, None, None)]),
    ("Toàn cụm có 4 tỉnh vượt trên 20% kế hoạch.", [(4.0, None, None)]),
    # guards: a result's excess, and a share of units with a comma between
    ("Hội kết nạp 120 hội viên, vượt 20% kế hoạch.", [(120.0, None, 120.0), (20.0, None, 120.0)]),
    ("Có 9 xã hoàn thành, đạt trên 80% số xã.", [(9.0, None, None), (80.0, None, None)]),
])
def test_a_bar_past_which_units_are_counted(text, expected):
    assert marks(text) == expected


# --- A6: an item's time cue inside a list of targets the sentence adopts ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Đại hội Phụ nữ phường Bình Thạnh thống nhất 8 chỉ tiêu chủ yếu, trong đó: mỗi năm giúp 10 hộ thoát nghèo; tỷ lệ "
     "tập hợp hội viên đến cuối nhiệm kỳ đạt 85%.", [(10.0, 10.0, None), (85.0, 85.0, None)]),
    ("Đại hội đề ra 10 chỉ tiêu, cụ thể: hằng năm kết nạp 300 hội viên mới; đến năm 2030 đạt 95% chi hội hoạt động "
     "khá.", [(300.0, 300.0, None), (95.0, 95.0, None)]),
    ("Nghị quyết Đại hội Phụ nữ tỉnh Gia Lai xác định 12 chỉ tiêu: mỗi năm hỗ trợ 50 phụ nữ khởi nghiệp; tỷ lệ hội "
     "viên được tập huấn chuyển đổi số đến hết nhiệm kỳ đạt 70%.", [(50.0, 50.0, None), (70.0, 70.0, None)]),
    # guards: a review's result at the end of the closing term, and a list reporting what was reached
    ("Kết quả thực hiện 9 chỉ tiêu: tỷ lệ tập hợp hội viên đến cuối nhiệm kỳ đạt 88%.", [(88.0, None, None)]),
    ("Nhiệm kỳ qua, Hội đã hoàn thành 9 chỉ tiêu, trong đó: tỷ lệ tập hợp hội viên đến cuối nhiệm kỳ đạt 88%.",
     [(9.0, None, None), (88.0, None, 88.0)]),
])
def test_an_items_time_cue_in_an_adopted_list(text, expected):
    assert marks(text) == expected


# --- C3: the list of links under a related-articles heading, a line without a date too ---------------------------

@pytest.mark.parametrize("heading", ["Bài viết cùng chủ đề", "Tin cùng chủ đề:", "Các bài viết cùng sự kiện"])
def test_related_articles_are_no_figures(heading):
    text = (f"Hội kết nạp 45 hội viên mới.\n\n{heading}\n- Hội LHPN xã Đông Hưng sơ kết công tác Hội (12/7/2025)\n"
            "- Hơn 2.000 hội viên tham gia Ngày hội \"Phụ nữ với an toàn giao thông\"\n")
    assert values(text) == [45.0]


def test_a_paragraph_on_the_same_topic_is_read():
    # guard: a sentence naming the topic is no heading
    assert values("Bài viết cùng chủ đề an sinh xã hội của Hội nêu rõ: năm 2025 Hội trao 320 suất quà.") == [320.0]


# --- A4: a target asked to be met, its result so far in brackets after it -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Đồng chí Chủ tịch Hội LHPN huyện đề nghị xã Tân Lập sớm hoàn thành chỉ tiêu thành lập 5 tổ hợp tác trong năm "
     "2025 (hiện mới có 3 tổ hợp tác).", [(5.0, 5.0, None), (3.0, 5.0, None)]),
    ("Hội LHPN tỉnh yêu cầu các phường phấn đấu hoàn thành chỉ tiêu kết nạp 200 hội viên mới (đến nay đã kết nạp "
     "150 hội viên).", [(200.0, 200.0, None), (150.0, 200.0, None)]),
    ("Lãnh đạo Hội LHPN tỉnh đề nghị đặc khu cần sớm hoàn thành kế hoạch xây dựng 8 mô hình \"Địa chỉ tin cậy\" "
     "(hiện nay mới có 5 mô hình).", [(8.0, 8.0, None), (5.0, 8.0, None)]),
    # guard: a target met, the count after it a stock
    ("Hội đã hoàn thành chỉ tiêu thành lập 5 tổ hợp tác (đến nay có 7 tổ hợp tác).",
     [(5.0, None, None), (7.0, None, None)]),
])
def test_a_target_asked_to_be_met_then_its_result_so_far(text, expected):
    assert marks(text) == expected
