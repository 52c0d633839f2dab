"""Figures in tables pasted from Word (issue 11, benchmarks/TARGETS.md "Left"): a cell border (a tab or a bar) and a
row's end (a line break) part a number from the words of the next cell or row. A name rule never joins a unit cell to
the number after it ("Tổ⇥587" is the row's plan, not the group "Tổ 587"), and the unit reader never takes the next
cell's or row's first word for the number's unit ("126,6" then a row "Tỷ lệ …" is no 126,6 billion VND; "320⇥Vượt"
counts nothing called "Vượt"; "320" then a row "Năm 2026, …" is no period). Guards: a name inside one cell or in a
sentence ("Tổ 1⇥12", "Tổ 3 kết nạp …"), a cell with its own money or share, a money unit column left as it is read,
a number and its unit over a soft line break in prose."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def cells(text: str) -> list[tuple]:
    """(value, unit_class, unit) of each figure."""
    return [(f["value"], f["unit_class"], f["unit"]) for f in facts(text)]


# ---- a unit cell before the numbers: no name across the border ----------------------------------------------------
@pytest.mark.parametrize("table, expected", [
    # the unit column (ĐVT) holds a word that also opens names ("Tổ 1", "Chi hội 7", "mô hình 5", "Lớp 10")
    ("STT\tChỉ tiêu\tĐVT\tKH\tTH\n1\tThành lập tổ hợp tác\tTổ\t587\t604\n2\tKết nạp hội viên\tNgười\t900\t950",
     [587.0, 604.0, 900.0, 950.0]),
    ("Nội dung\tĐVT\tKế hoạch\tThực hiện\nCủng cố chi hội yếu\tChi hội\t24\t26\n"
     "Xây dựng mô hình sinh kế\tMô hình\t15\t12",
     [24.0, 26.0, 15.0, 12.0]),
    ("Chỉ tiêu\tĐơn vị tính\tKH\tTH\nMở lớp tập huấn\tLớp\t36\t41\nThành lập đội tình nguyện\tĐội\t8\t9",
     [36.0, 41.0, 8.0, 9.0]),
    # a tab then spaces before the number, as some exports pad their cells
    ("Chỉ tiêu\tĐVT\tKH\tTH\nThành lập tổ hợp tác\tTổ\t  125\t  131", [125.0, 131.0]),
])
def test_a_unit_cell_is_no_name_of_the_number_after_it(table, expected):
    assert [f["value"] for f in facts(table)] == expected


def test_the_plan_after_a_unit_cell_is_the_result_s_target():
    rows = facts("STT\tChỉ tiêu\tĐVT\tKH\tTH\tTỷ lệ (%)\n1\tThành lập tổ hợp tác\tTổ\t192\t204\t106,2\n"
                 "2\tKết nạp hội viên\tHội viên\t400\t380\t95")
    by_value = {f["value"]: f for f in rows}
    assert by_value[192.0]["is_target"] and by_value[204.0]["target"] == 192.0
    assert by_value[204.0]["achievement_pct"] == 106.2


@pytest.mark.parametrize("text, named", [
    # guards: the name is inside one cell, or in a sentence; its number is still passed over
    ("Đơn vị\tKH\tTH\nTổ 1\t12\t14\nTổ 2\t10\t9", ["1", "2"]),
    ("| Đơn vị | KH | TH |\n| Chi hội 7 | 30 | 32 |", ["7"]),
    ("Tổ 3 kết nạp 12 hội viên mới, Chi hội 5 giúp 4 hộ thoát nghèo.", ["3", "5"]),
    ("Theo Đề án 939, Hội hỗ trợ 120 phụ nữ khởi nghiệp.", ["939"]),
])
def test_a_name_inside_a_cell_or_a_sentence_is_still_a_name(text, named):
    got = [f["quote"] for f in facts(text)]
    assert not any(q.split()[0] in named for q in got)


# ---- the unit reader stops at a row's end and at a cell border ------------------------------------------------------
@pytest.mark.parametrize("table, expected", [
    # a row's last bare cell, then a row that opens on "Tỷ lệ …": no "tỷ" (VND) across the line
    ("Chỉ tiêu | KH | TH | So với cùng kỳ (%)\nHỗ trợ phụ nữ khởi nghiệp | 405 | 206 | 109\n"
     "Tỷ lệ chi hội vững mạnh (%) | 70 | 74 | 105",
     [(405.0, "count", None), (206.0, "count", None), (109.0, "percent", "%"), (70.0, "percent", "%"),
      (74.0, "percent", "%"), (105.0, "percent", "%")]),
    ("Chỉ tiêu\tKH\tTH\nThành lập tổ hợp tác\t434\t326\nTỷ lệ hội viên sinh hoạt (%)\t80\t82",
     [(434.0, "count", None), (326.0, "count", None), (80.0, "percent", "%"), (82.0, "percent", "%")]),
    ("| Nội dung | Kế hoạch | Kết quả | Tỷ lệ (%) |\n| Nhận đỡ đầu trẻ em | 3.024 | 4.033 | 133,4 |\n"
     "| Tỷ lệ hộ đạt “5 không, 3 sạch” (%) | 85 | 88 | 103,5 |",
     [(3024.0, "count", None), (4033.0, "count", None), (133.4, "percent", "%"), (85.0, "percent", "%"),
      (88.0, "percent", "%"), (103.5, "percent", "%")]),
    # a row that opens on a year, a month or a place's "Đồng": no period, no money across the line
    ("Chỉ tiêu\tKH\tTH\nKết nạp hội viên\t300\t320\nNăm 2026, Hội phấn đấu kết nạp 350 hội viên.",
     [(300.0, "count", None), (320.0, "count", None), (350.0, "count", "hội viên")]),
    ("Chỉ tiêu | KH | TH\nGiúp hộ thoát nghèo | 45 | 52\nTháng 12, Hội trao 30 suất quà.",
     [(45.0, "count", None), (52.0, "count", None), (30.0, "count", "suất quà")]),
    ("Đơn vị\tSố hội viên\nXã Tân Phú\t1.250\nĐồng Xoài\t980",
     [(1250.0, "count", None), (980.0, "count", None)]),
    # the next cell's word is no unit: "320⇥Vượt", "10⇥Chưa đạt"
    ("Nội dung\tKH\tTH\tĐánh giá\nKết nạp hội viên\t300\t320\tVượt\nXây nhà tình thương\t12\t10\tChưa đạt",
     [(300.0, "count", None), (320.0, "count", None), (12.0, "count", None), (10.0, "count", None)]),
])
def test_the_unit_reader_stops_at_a_row_s_end_and_a_cell_border(table, expected):
    assert cells(table) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a cell with its own unit; a money unit column (its cells are VND values by their unit cell, SCHEMA; no
    # unit from the next row)
    ("Chỉ tiêu\tKH\tTH\nDư nợ ủy thác\t120 tỷ đồng\t135,5 tỷ đồng\nKết nạp hội viên\t300 hội viên\t320 hội viên",
     [(120e9, "vnd", "VND"), (135.5e9, "vnd", "VND"), (300.0, "count", "hội viên"), (320.0, "count", "hội viên")]),
    ("| Chỉ tiêu | ĐVT | KH | TH |\n| Dư nợ ủy thác | Tỷ đồng | 120 | 135 |\n| Tỷ lệ hộ vay (%) | % | 40 | 42 |",
     [(120e9, "vnd", "VND"), (135e9, "vnd", "VND"), (40.0, "percent", "%"), (42.0, "percent", "%")]),
    ("Chỉ tiêu | KH | TH\nHuy động vốn | 12 tỷ | 15,5 tỷ đồng", [(12e9, "vnd", "VND"), (15.5e9, "vnd", "VND")]),
    # a number and its unit over a soft line break in prose (a PDF's narrow column)
    ("Dư nợ ủy thác qua Hội đạt 4,2\ntỷ đồng, tăng so với cùng kỳ.", [(4.2e9, "vnd", "VND")]),
    ("Trong năm, Hội kết nạp được 560\nhội viên mới.", [(560.0, "count", "hội viên")]),
    ("Tỷ lệ tập hợp hội viên đạt 82\n% trên tổng số phụ nữ.", [(82.0, "percent", "%")]),
    # prose without a break keeps its money and its share
    ("Hội giải ngân 126,6 tỷ đồng cho 3.200 hộ vay, đạt 104% kế hoạch.",
     [(126.6e9, "vnd", "VND"), (3200.0, "count", "hộ"), (104.0, "percent", "%")]),
])
def test_units_inside_a_cell_and_over_a_soft_break_are_still_read(text, expected):
    assert cells(text) == expected


# ---- "tỷ lệ" is a share's word, never the scale "tỷ" -------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Thứ hai, bình quân mỗi năm tỷ lệ thu hút hội viên đạt tối thiểu 72 %.", [72.0]),
    ("Thứ nhất, hàng năm tỉ lệ hội viên tham gia sinh hoạt đạt hơn 86%.", [86.0]),
    ("Phấn đấu năm tỷ lệ chi hội vững mạnh đạt 75%, kết nạp 300 hội viên.", [75.0, 300.0]),
    # guards: numbers in words with their scale word stay money and counts
    ("Hội vận động được năm tỷ đồng cho quỹ.", [5e9]),
    ("Dư nợ đạt hai mươi tỷ đồng, tỷ lệ nợ quá hạn 0,5%.", [20e9, 0.5]),
])
def test_ty_le_is_no_scale_word(text, expected):
    assert [f["value"] for f in facts(text)] == expected


# ---- a page's byline row of cells is furniture, not a table ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Hội LHPN tỉnh tổng kết năm 2025\nĐăng ngày: 24/12/2025 | Tác giả: Minh Phương | Lượt xem: 1.209\n\n"
     "Ngày 23/12, Hội tổng kết; năm qua kết nạp 2.150 hội viên.", [2150.0]),
    ("Tin hoạt động\nNgày cập nhật: 03/11/2025 | Đăng bởi: Ban Tuyên giáo | Lượt đọc: 845\n"
     "Hội giúp 36 hộ thoát nghèo.", [36.0]),
    # guard: a table row of a plan and a result under its head is read
    ("Chỉ tiêu | Kế hoạch | Thực hiện\nKết nạp hội viên | 1.209 | 1.250", [1209.0, 1250.0]),
])
def test_a_byline_row_beside_a_counter_is_furniture(text, expected):
    assert [f["value"] for f in facts(text)] == expected
