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
