"""iv5's figure patterns as genre rules (issue 11, benchmarks/checksets/iv5/FINDINGS.md sections A and D), each with
invented phrasings and guards: a page written without diacritics read as the genre writes it (A1), tables pasted from
Word (A2), the union's own units and the text's items (A3), labelled page counters (A4), units (A6), qualifiers (D)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text, toned_key_words


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def read(text: str) -> list[tuple]:
    """(value, unit_class, qualifier) of each figure."""
    return [(f["value"], f["unit_class"], f["qualifier"]) for f in facts(text)]


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


# ---- A1: a page without diacritics ---------------------------------------------------------------------------------
PLAIN_HEAD = "Hoi LHPN xa Tan Lap so ket cong tac quy III nam 2026\nNgay 2/10/2026 09:15\n"


@pytest.mark.parametrize("line, expected", [
    # money without tones: "ty dong", "trieu dong", "dong" (and a per-unit amount after "moi")
    ("Trong 9 thang, Hoi van dong hoi vien gop von duoc 2,3 ty dong.", [(2.3e9, "vnd", "exact")]),
    ("Hoi trao 40 suat qua, moi suat 300.000 dong cho hoc sinh ngheo.",
     [(40.0, "count", "exact"), (300000.0, "vnd", "exact")]),
    ("So du tiet kiem dat 85 trieu dong; du no uy thac 12,6 ty dong.",
     [(85e6, "vnd", "exact"), (12.6e9, "vnd", "exact")]),
    # periods and hedges without tones: "6 thang", "3 nam", "it nhat", "toi thieu", "hon", "gan"
    ("Sau 3 nam thuc hien, mo hinh giup hon 120 ho thoat ngheo.", [(120.0, "count", "more_than")]),
    ("Nam 2027 phan dau ket nap it nhat 60 hoi vien va toi thieu 4 to hop tac.",
     [(60.0, "count", "at_least"), (4.0, "count", "at_least")]),
    ("Trong 6 thang dau nam, gan 2.000 luot hoi vien duoc tuyen truyen.", [(2000.0, "count", "nearly")]),
    # names with a number: a hamlet, a commune numbered after its name (the gazetteer's "Đam Rông 2")
    ("Hoi van dong xay 1 nha cho hoi vien ngheo thon 5.", [(1.0, "count", "exact")]),
    ("Hoi LHPN xa Dam Rong 2 to chuc 14 buoi sinh hoat chuyen de.", [(14.0, "count", "exact")]),
])
def test_a_page_without_diacritics_reads_as_the_genre_writes(line, expected):
    assert read(PLAIN_HEAD + line) == expected


@pytest.mark.parametrize("line", ["Luot xem: 312", "Luot doc: 1.096", "Dang truy cap: 27 | Hom nay: 412"])
def test_counters_of_a_page_without_diacritics(line):
    assert values(PLAIN_HEAD + "Hoi ket nap 25 hoi vien moi.\n" + line) == [25.0]


def test_a_toned_page_is_left_as_written():
    text = "Hội trao 40 suất quà, mỗi suất 300.000 dong cho học sinh nghèo thon 5."
    assert toned_key_words(text) is text


@pytest.mark.parametrize("plain, toned", [
    ("giai ngan 4,1 ty dong cho 63 ho", "giai ngan 4,1 tỷ đồng cho 63 hộ"),
    ("moi suat 500.000 dong", "mỗi suất 500.000 đồng"),
    ("it nhat 40 hoi vien", "ít nhất 40 hội viên"),
    ("Luot xem: 86", "Lượt xem: 86"),
    # the words are toned only beside a number: "dong" and "ho" elsewhere are other words
    ("dong gop xay dung, ho tro vay von", "dong gop xay dung, ho tro vay von"),
])
def test_the_figure_words_get_their_tones_length_kept(plain, toned):
    got = toned_key_words(plain)
    assert got == toned and len(got) == len(plain)


# ---- A2: a table pasted from Word -----------------------------------------------------------------------------------
TABLE_HEAD = "Hội LHPN huyện Đức Trọng sơ kết 9 tháng năm 2025\nKết quả thực hiện các chỉ tiêu:\n"


@pytest.mark.parametrize("table, expected", [
    # bar rows opening with a bar: the row number is no figure, the cells under "Tỷ lệ (%)" are percentages
    ("| TT | Chỉ tiêu | Kế hoạch năm | Thực hiện 9 tháng | Tỷ lệ (%) |\n"
     "| 1 | Kết nạp hội viên mới | 500 | 430 | 86 |\n"
     "| 2 | Hỗ trợ hộ thoát nghèo | 40 | 37 | 92,5 |",
     [(500.0, "count"), (430.0, "count"), (86.0, "percent"), (40.0, "count"), (37.0, "count"), (92.5, "percent")]),
    ("| STT | Nội dung | KH | TH | Đạt (%) |\n|---|---|---|---|---|\n| 1 | Thành lập tổ hợp tác | 6 | 7 | 116,7 |",
     [(6.0, "count"), (7.0, "count"), (116.7, "percent")]),
    # tab cells, the percent column named "%" alone
    ("STT\tChỉ tiêu\tKế hoạch\tKết quả\t%\n1\tMở lớp dạy nghề\t12\t9\t75",
     [(12.0, "count"), (9.0, "count"), (75.0, "percent")]),
    # a row whose label says it holds percentages: its bare cells are percentages, the next row's are not
    ("STT\tChỉ tiêu\tNghị quyết\tKết quả\tĐánh giá\n1\tTỷ lệ tập hợp hội viên (%)\t75\t78,2\tVượt\n"
     "2\tSố tổ hợp tác thành lập mới\t5\t6\tVượt",
     [(75.0, "percent"), (78.2, "percent"), (5.0, "count"), (6.0, "count")]),
    ("| TT | Chỉ tiêu | Chỉ tiêu giao | Thực hiện |\n| 3 | Tỷ lệ chi hội khá, vững mạnh (%) | 80 | 83 |",
     [(80.0, "percent"), (83.0, "percent")]),
])
def test_a_word_table_row_numbers_and_percent_cells(table, expected):
    assert [(v, u) for v, u, _ in read(TABLE_HEAD + table)] == expected


@pytest.mark.parametrize("table, expected", [
    # a cell with its own unit keeps it under a percent head
    ("| TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n"
     "| 1 | Hội viên được vay vốn | 1.200 hộ | 1.250 hộ | 104,2 |",
     [(1200.0, "count"), (1250.0, "count"), (104.2, "percent")]),
    # a ratio in a percent column stays a ratio
    ("| TT | Chỉ tiêu | Tỷ lệ (%) |\n| 1 | Chi hội đạt vững mạnh | 18/20 |", [(18.0, "ratio")]),
    # a bar inside a sentence is no table
    ("Kết nạp 120 hội viên | đạt 96% kế hoạch năm.", [(120.0, "count"), (96.0, "percent")]),
    # numbers of a table without a row-number column are figures ("5 | 6 | 7" cells of figures)
    ("| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Hội viên mới | 5 | 6 |", [(5.0, "count"), (6.0, "count")]),
])
def test_table_cells_that_stay_as_they_are(table, expected):
    assert [(v, u) for v, u, _ in read(TABLE_HEAD + table)] == expected


# ---- A4: labelled page counters among a page's buttons and categories ----------------------------------------------
COUNTER_HEAD = "Hội LHPN tỉnh Tây Ninh sơ kết 6 tháng đầu năm 2026\nHội kết nạp 320 hội viên mới.\n"


@pytest.mark.parametrize("line", [
    "Lượt xem: 512 | Chia sẻ", "Bình luận | Gửi | In | Lượt đọc: 1.096",
    "Cập nhật: 05-12-2025 19:40:12 | Xã hội | Lượt xem: 3,402", "Lượt truy cập: 2.345 | Chia sẻ | Gửi bạn bè",
    "Thời sự | Đang truy cập: 45", "Số lượt xem: 1,024 | Bình luận | Lưu tin",
])
def test_a_counter_among_buttons_and_categories_is_furniture(line):
    assert values(COUNTER_HEAD + line) == [320.0]


@pytest.mark.parametrize("line, expected", [
    ("Có 512 lượt hội viên xem triển lãm | Hội trưng bày 40 gian hàng", [512.0, 40.0]),
    ("Kết nạp 120 hội viên | Lượt xem: 512", [120.0, 512.0]),
    ("| Chỉ tiêu | Kết quả |\n| Lượt người được tuyên truyền | 4.500 |", [4500.0]),
])
def test_figures_beside_a_bar_stay_figures(line, expected):
    assert values(COUNTER_HEAD + line) == [320.0, *expected]


# ---- A6: units -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    # the number of members (or people) in millions, no noun after it: a count, not money
    ("Tổng số hội viên đạt 19,86 triệu, tỷ lệ tập hợp đạt 72,4%.", [(19.86e6, "count"), (72.4, "percent")]),
    ("Đến nay, tổng số hội viên của Hội là 1,2 triệu.", [(1.2e6, "count")]),
    ("Số phụ nữ được tuyên truyền trong năm lên gần 2,5 triệu.", [(2.5e6, "count")]),
    # a per-unit amount in brackets after "mỗi <noun>": money for each one, whatever the noun ("phần" names no part)
    ("Hội trao 120 phần quà (mỗi phần 300.000 đồng) cho thiếu nhi.", [(120.0, "count"), (300000.0, "vnd")]),
    ("Tặng 45 suất học bổng (mỗi suất 1 triệu đồng).", [(45.0, "count"), (1e6, "vnd")]),
    ("Hỗ trợ 12 tổ tiết kiệm (mỗi tổ 5 triệu đồng).", [(12.0, "count"), (5e6, "vnd")]),
])
def test_the_unit_of_a_figure(line, expected):
    assert [(v, u) for v, u, _ in read(line)] == expected


@pytest.mark.parametrize("line, expected", [
    # money still: a sum saved or lent by members, an amount given to them
    ("Số tiền hội viên tiết kiệm đạt 12 triệu.", [(12e6, "vnd")]),
    ("Tổng số hội viên vay vốn 50 triệu, tăng 3 hộ.", [(50e6, "vnd"), (3.0, "count")]),
    ("100 hội viên được hỗ trợ 2 triệu.", [(100.0, "count"), (2e6, "vnd")]),
    # "Phần 2" opening a heading is a part's name
    ("Phần 2: Phương hướng nhiệm vụ năm 2026. Hội phấn đấu kết nạp 300 hội viên.", [(300.0, "count")]),
])
def test_money_and_names_beside_them_stay(line, expected):
    assert [(v, u) for v, u, _ in read(line)] == expected


# ---- D: qualifiers -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    # "≥" in a table's cell or a sentence is "at least"
    ("STT\tNội dung chỉ tiêu\tĐến năm 2030\n1\tTỷ lệ tập hợp hội viên\t≥ 82%", [(82.0, "percent", "at_least")]),
    ("Phấn đấu tỷ lệ hộ hội viên được vay vốn ≥85%.", [(85.0, "percent", "at_least")]),
    # "trở lên" after a rating belongs to the rating, not to the share
    ("75% cơ sở Hội xếp loại hoàn thành tốt nhiệm vụ trở lên.", [(75.0, "percent", "exact")]),
    ("Có 92% chi hội được xếp loại khá trở lên.", [(92.0, "percent", "exact")]),
    ("Phấn đấu 80% cơ sở Hội được đánh giá, xếp loại vững mạnh trở lên.", [(80.0, "percent", "exact")]),
    # guards: the share's own floor
    ("90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên.", [(90.0, "percent", "at_least")]),
    ("Phấn đấu 85% trở lên chi hội xếp loại khá.", [(85.0, "percent", "at_least")]),
    ("Tỷ lệ tập hợp hội viên đạt từ 80% trở lên.", [(80.0, "percent", "at_least")]),
])
def test_qualifiers(line, expected):
    assert read(line) == expected
