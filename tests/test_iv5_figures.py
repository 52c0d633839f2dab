"""iv5's figure patterns as genre rules (issue 11, benchmarks/checksets/iv5/FINDINGS.md sections A and D), each with
invented phrasings and guards: a page written without diacritics read as the genre writes it (A1), tables pasted from
Word (A2), the union's own units and the text's items (A3), labelled page counters (A4), units (A6), qualifiers (D)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text
from wuanalysis.toneless import toned_key_words


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


@pytest.mark.parametrize("line, expected", [
    # the rate and target words without tones: a rate over a target, an excess over it, a target in brackets
    ("Trong nam, Hoi ket nap 120 hoi vien moi, dat 104% ke hoach.", [(120.0, None, 104.0), (104.0, None, 104.0)]),
    ("Mo hinh tiet kiem thu hut 40 thanh vien, vuot 4% so voi chi tieu.", [(40.0, None, 104.0), (4.0, None, 104.0)]),
    ("Ket nap 87 hoi vien, dat 72,5% chi tieu nam (120 hoi vien).",
     [(87.0, 120.0, 72.5), (72.5, None, 72.5), (120.0, 120.0, None)]),
])
def test_rates_and_targets_on_a_page_without_diacritics(line, expected):
    assert [(f["value"], f["target"], f["achievement_pct"]) for f in facts(PLAIN_HEAD + line)] == expected


@pytest.mark.parametrize("line, expected", [
    ("Du no dat 12,5 ty dong, tang 1,2 ty dong so voi dau nam; ty le no qua han giam con duoi 0,1%.",
     [(12.5e9, "vnd", "exact"), (1.2e9, "vnd", "exact"), (0.1, "percent", "less_than")]),
    ("Ty le tap hop hoi vien dat tren 85%; mo 3 lop day nghe cho 75 lao dong nu.",
     [(85.0, "percent", "more_than"), (3.0, "count", "exact"), (75.0, "count", "exact")]),
    ("Uoc dat 1.200 luot nguoi; tong so tien tang gan gap 2 lan; thu hoach 42 tan lua.",
     # an estimate is no hedge (house rule of the fourteenth session)
     [(1200.0, "count", "exact"), (2.0, "other", "nearly"), (42.0, "mass", "exact")]),
    # "so" before a number: a count after "tong", "thieu"; a document's number after its kind
    ("Toan xa co tong so 2.146 hoi vien; Nghi quyet so 09 de ra 12 chi tieu; dan toc thieu so 45 ho.",
     [(2146.0, "count", "exact"), (45.0, "count", "exact")]),
    # the words that make a number no figure: a level, criteria, an age, a slogan
    ("Sau sap xep chinh quyen dia phuong 2 cap, 18 chi hoi dat 8 tieu chi; tre em duoi 16 tuoi duoc nhan 50 suat qua.",
     [(18.0, "count", "exact"), (50.0, "count", "exact")]),
    ("Hoi xay dung 12 gia dinh 5 khong 3 sach.", [(12.0, "count", "exact")]),
    ("Trong 3 nam qua, Hoi giup 2 nam gioi va 5 phu nu vay von.",
     [(2.0, "count", "exact"), (5.0, "count", "exact")]),  # "3 nam" is a period, "2 nam gioi" two men
])
def test_more_of_a_page_without_diacritics(line, expected):
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
    ("dat tren 85%, vuot 4% so voi chi tieu nam", "đạt trên 85%, vượt 4% so với chỉ tiêu năm"),
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
    ("Tổng số hội viên: 1,35 triệu; tổng số lượt người được tuyên truyền: 4,2 triệu.",
     [(1.35e6, "count"), (4.2e6, "count")]),
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
    ("Số hội viên vay vốn: 50 triệu.", [(50e6, "vnd")]),
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


# ---- A3: the union's own units and the text's items ----------------------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    # the unions of the units a merger joined: "đơn vị cũ" as "xã cũ"
    ("Nhiệm kỳ qua, Hội LHPN 3 đơn vị cũ đã vận động hội viên tiết kiệm được 4,6 tỷ đồng.", [4.6e9]),
    ("Hội LHPN của 4 đơn vị trước sáp nhập đã kết nạp 812 hội viên.", [812.0]),
    # how many groups the targets fall in: "3 nhóm với 13 chỉ tiêu", "4 nhóm gồm 15 chỉ tiêu"
    ("Đại hội đề ra 3 nhóm với 13 chỉ tiêu chủ yếu.", []),
    ("Nghị quyết xác định 4 nhóm gồm 15 chỉ tiêu; phấn đấu kết nạp 5.000 hội viên.", [5000.0]),
    ("Phụ nữ Thái Nguyên đặt mục tiêu 2 nhóm, 12 chỉ tiêu cho nhiệm kỳ mới", []),
    # the union's make-up after the reorganisation: its own units counted, figures by the thirteenth session's house
    # rule (checksets/README.md; iv5 r006's gold now has both)
    ("Sau sắp xếp, toàn Hội có 34 Hội LHPN tỉnh, thành phố và 3.321 Hội LHPN xã, phường, đặc khu.", [34.0, 3321.0]),
    ("Sau khi sáp nhập, Hội LHPN tỉnh gồm 96 Hội LHPN xã, phường, đặc khu với hơn 310.000 hội viên.",
     [96.0, 310000.0]),
    ("Sau sắp xếp, toàn tỉnh còn 124 Hội LHPN cấp xã.", [124.0]),
    # the places the delegates' members come from: a congress's representation
    ("300 đại biểu chính thức thay mặt gần 590 ngàn hội viên của 103 xã, phường dự Đại hội.", [300.0, 590000.0]),
    ("Đại hội có 200 đại biểu đại diện cho 86.000 hội viên thuộc 32 xã, thị trấn.", [200.0, 86000.0]),
    # the unions a plan's implementation addresses
    ("Căn cứ Kế hoạch này, Hội LHPN 96 xã, phường, đặc khu xây dựng kế hoạch, chỉ tiêu cụ thể.", []),
    ("Đề nghị Hội LHPN 18 xã, thị trấn triển khai thực hiện kế hoạch.", []),
])
def test_the_unions_own_units_and_the_texts_items(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    # units counted as a result stay figures
    ("Hội LHPN 3 đơn vị đạt danh hiệu xuất sắc; khen thưởng 15 đơn vị.", [3.0, 15.0]),
    ("Thành lập 3 nhóm với 45 thành viên tham gia.", [3.0, 45.0]),
    ("Đạt và vượt 3 nhóm với 13 chỉ tiêu.", [3.0, 13.0]),
    ("Sau sắp xếp, 45 Hội LHPN xã đã tổ chức thành công đại hội.", [45.0]),
    ("Toàn tỉnh có 130 Hội LHPN xã, phường.", [130.0]),
    ("Năm 2025, Hội LHPN tỉnh (sau hợp nhất hai tỉnh) có 120 cơ sở Hội với hơn 300.000 hội viên.", [120.0, 300000.0]),
    ("Tổ chức Hội phụ nữ huyện có 33 Hội cơ sở và Hội phụ nữ Công an huyện với 45.131 hội viên.", [33.0, 45131.0]),
    ("Chương trình trao quà cho 405 trẻ em mồ côi khó khăn của 86 xã trên địa bàn tỉnh.", [405.0, 86.0]),
    ("Dự Đại hội có 150 đại biểu đại diện cho 14.726 hội viên phụ nữ của 52 chi hội.", [150.0, 14726.0, 52.0]),
    ("120 đại biểu thay mặt cho hơn 9.000 hội viên thuộc 16 cơ sở Hội về dự Đại hội.", [120.0, 9000.0, 16.0]),
    ("Hội tổ chức Hội nghị giao ban với chủ tịch Hội LHPN 126 xã, phường và 3 đơn vị trực thuộc.", [126.0, 3.0]),
])
def test_units_counted_as_results_stay(line, expected):
    assert values(line) == expected


# ---- A5: a target beside its result read as a figure of its own ---------------------------------------------------
@pytest.mark.parametrize("line, expected", [
    # the noun repeated after the slash, then "chỉ tiêu"/"kế hoạch": the result and its target, two figures
    ("Số hộ được giúp thoát nghèo là 1.978 hộ/2.000 hộ chỉ tiêu, đạt 98,9%.", [1978.0, 2000.0, 98.9]),
    ("Kết nạp 430 hội viên/500 hội viên kế hoạch năm.", [430.0, 500.0]),
    # a share raised from one level to a hedged other: both levels are figures
    ("Kết nạp 250 hội viên mới, nâng tỷ lệ tập hợp hội viên từ 68% lên trên 70%.", [250.0, 68.0, 70.0]),
    ("Phấn đấu giảm tỷ lệ hộ hội viên nghèo từ 4,5% xuống dưới 3%.", [4.5, 3.0]),
])
def test_a_target_beside_its_result(line, expected):
    assert values(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Kết nạp 12.690/15.000 hội viên, đạt 84,6%.", [12690.0, 84.6]),  # one ratio, its target after the slash
    ("Có 105 tổ/1.616 thành viên.", [105.0, 1616.0]),
    ("Giúp 118.000 hội viên/166.000 phụ nữ tham gia sinh hoạt.", [118000.0]),
    ("Phấn đấu 100% chi hội tập hợp được trên 60% phụ nữ.", [100.0]),  # a threshold inside the share's definition
])
def test_ratios_and_thresholds_stay(line, expected):
    assert values(line) == expected


# ---- A2: a percent column or row in any table (not only a table of plans and results) ----------------------------
@pytest.mark.parametrize("table, expected", [
    ("| TT | Đơn vị | Số hội viên | Tỷ lệ tập hợp (%) |\n| 1 | Xã Tân Phú | 1.250 | 78,5 |\n"
     "| 2 | Xã Tân Lập | 980 | 81 |",
     [(1250.0, "count"), (78.5, "percent"), (980.0, "count"), (81.0, "percent")]),
    ("STT\tNội dung\tSố lượng\t%\n1\tHộ hội viên nghèo\t45\t3,2", [(45.0, "count"), (3.2, "percent")]),
    ("| TT | Chỉ tiêu | Năm 2024 | Năm 2025 |\n| 1 | Tỷ lệ hộ nghèo (%) | 4,2 | 3,1 |\n| 2 | Số hộ nghèo | 210 | 160 |",
     [(4.2, "percent"), (3.1, "percent"), (210.0, "count"), (160.0, "count")]),
    # guards: a column without a share's head, a cell with its own unit, a ratio
    ("| TT | Đơn vị | Số hội viên | Ghi chú |\n| 1 | Xã An Bình | 1.250 | 78 |", [(1250.0, "count"), (78.0, "count")]),
    ("| TT | Đơn vị | Tỷ lệ (%) |\n| 1 | Xã An Bình | 45 hộ |\n| 2 | Xã Tân An | 12/15 |",
     [(45.0, "count"), (12.0, "ratio")]),
])
def test_percent_cells_in_any_table(table, expected):
    assert [(v, u) for v, u, _ in read(TABLE_HEAD + table)] == expected
