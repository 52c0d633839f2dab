"""Issue 11, iv18 FINDINGS P3 and P5 (r009), in invented layouts: a plan's table whose result column is last year's
estimate ("Năm 2025 (ước)", "Ước thực hiện 2026", "Ước năm 2025") beside the plan column ("Kế hoạch 2026", "Chỉ tiêu
năm 2026"): the plan cells are targets, ceilings included ("dưới 0,1"), the estimates stay results without target; a
per-unit amount in the notes column of a table of targets ("300.000 đồng/suất", "mỗi căn 70 triệu đồng") is a target
too; a result told in prose with its plan, restated by a table row with its rate, takes the row's rate. Guards: a
review's "Năm 2024 | Năm 2025 (ước)", a note telling last year's result, a note without a per-unit amount, a prose
result with another plan or its own rate, a row naming another noun."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def by_quote(text: str) -> dict[str, dict]:
    """The facts of a text by quote (the test texts give each quote once)."""
    return {f["quote"]: f for f in facts(text)}


# --- iv18 P3: the plan column beside an estimate column ---

@pytest.mark.parametrize("text, plans, estimates", [
    ("KẾ HOẠCH\nCông tác Hội năm 2026\n\n"
     "| STT | Nội dung | Đơn vị | Năm 2025 (ước) | Chỉ tiêu năm 2026 |\n"
     "| 1 | Phụ nữ được vay vốn | lượt | 640 | 700 |\n"
     "| 2 | Nguồn vốn vận động | triệu đồng | 950 | 1.100 |\n"
     "Các chi hội căn cứ thực hiện.",
     [700, 1.1e9], [640, 9.5e8]),
    ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027\n"
     "TT\tChỉ tiêu\tĐơn vị tính\tƯớc năm 2026\tKế hoạch năm 2027\n"
     "1\tTổ hợp tác thành lập mới\ttổ\t12\t15\n"
     "2\tTỷ lệ nợ quá hạn\t%\t0,3\tdưới 0,2\n"
     "3\tHội viên kết nạp mới\thội viên\t1.204\t1.350\n",
     [15, 0.2, 1350], [12, 0.3, 1204]),
    ("TT\tNội dung\tĐVT\t2025 (ước thực hiện)\tKH 2026\n"
     "1\tMái ấm tình thương xây mới\tcăn\t86\t90\n"
     "2\tHộ được hỗ trợ sinh kế\thộ\t310\t350\n",
     [90, 350], [86, 310]),
])
def test_the_plan_column_beside_last_year_s_estimate(text, plans, estimates):
    got = {f["value"]: f for f in facts(text)}
    for v in plans:
        assert got[v]["target"] == v, v
    for v in estimates:
        assert got[v]["target"] is None and got[v]["achievement_pct"] is None, v


def test_a_ceiling_in_the_plan_column_is_a_less_than_target():
    got = by_quote("TT\tChỉ tiêu\tĐơn vị tính\tNăm 2025 (ước)\tKế hoạch 2026\n"
                   "1\tTỷ lệ hộ vay có nợ quá hạn\t%\t0,15\tdưới 0,1\n"
                   "2\tHợp tác xã do phụ nữ quản lý\tHTX\t7\t9\n")
    assert (got["dưới 0,1"]["target"], got["dưới 0,1"]["qualifier"]) == (0.1, "less_than")
    assert got["0,15"]["target"] is None


@pytest.mark.parametrize("text", [
    "BÁO CÁO\nTT\tChỉ tiêu\tĐVT\tNăm 2024\tNăm 2025 (ước)\n1\tHội viên kết nạp mới\thội viên\t760\t820\n"
    "2\tTổ hợp tác\ttổ\t10\t12\n",
    "| Xã | Năm 2025 (ước) | Tăng so với năm 2024 |\n| Xã Đông Hưng | 820 | 60 |\n| Xã Tây Sơn | 410 | 25 |\n",
])
def test_estimates_without_a_plan_column_set_no_target(text):
    assert all(f["target"] is None for f in facts(text))


def test_an_estimate_of_the_plan_s_own_year_is_measured_against_it():
    got = {f["value"]: f for f in facts("TT\tChỉ tiêu\tĐVT\tKế hoạch 2025\tƯớc 2025\n"
                                        "1\tHội viên kết nạp mới\thội viên\t800\t836\n")}
    assert (got[800]["target"], got[836]["target"]) == (800, 800)


# --- iv18 P3: a per-unit amount in the notes column of a table of targets ---

@pytest.mark.parametrize("text, quote, target", [
    ("A. CHỈ TIÊU\n| STT | Nội dung | Chỉ tiêu 2027 | Ghi chú |\n"
     "| 1 | Quà Tết cho hội viên khó khăn | 150 suất | 300.000 đồng/suất |\n"
     "| 2 | Hộ được hỗ trợ sinh kế | 30 hộ | ưu tiên hộ đơn thân |\n",
     "300.000 đồng/suất", 300000),
    ("| STT | Nội dung | Chỉ tiêu năm 2026 | Ghi chú |\n"
     "| 1 | Nhà Mái ấm | 04 căn | mỗi căn 70 triệu đồng |\n"
     "| 2 | Tổ phụ nữ tiết kiệm | 20 tổ | |\n",
     "70 triệu đồng", 7e7),
    ("TT\tChỉ tiêu\tMục tiêu năm 2026\tGhi chú\n"
     "1\tHỗ trợ vốn hộ nghèo\t40 hộ\tbình quân 15 triệu đồng/hộ\n",
     "15 triệu đồng/hộ", 1.5e7),
])
def test_a_per_unit_amount_in_a_target_table_s_notes_is_a_target(text, quote, target):
    got = by_quote(text)
    assert got[quote]["target"] == target


@pytest.mark.parametrize("text, quote", [
    ("| STT | Nội dung | Chỉ tiêu 2026 | Ghi chú |\n"
     "| 1 | Quà Tết | 120 suất | năm 2025 đã trao 250.000 đồng/suất |\n", "250.000 đồng/suất"),
    ("| STT | Nội dung | Chỉ tiêu 2026 | Ghi chú |\n"
     "| 1 | Kết nạp hội viên | 120 hội viên | năm 2025 đạt 98 hội viên |\n", "98 hội viên"),
    ("| STT | Nội dung | Kết quả 2025 | Ghi chú |\n"
     "| 1 | Quà Tết | 120 suất | 300.000 đồng/suất |\n", "300.000 đồng/suất"),
])
def test_a_note_telling_a_result_sets_no_target(text, quote):
    assert by_quote(text)[quote]["target"] is None


# --- iv18 P5 (r009): a table row's rate on the prose result it restates, the plan already told ---

@pytest.mark.parametrize("text, quote, rate", [
    ("1. Giảm nghèo: giúp 52 hộ thoát nghèo (kế hoạch 40 hộ), tiếp tục theo dõi.\n\n"
     "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n| Hộ thoát nghèo | 40 | 52 | 130% |\n", "52 hộ", 130),
    ("Hội viên: kết nạp 230 hội viên mới, chỉ tiêu giao 200 hội viên.\n"
     "Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ\nKết nạp hội viên\t200\t230\t115%\n", "230 hội viên", 115),
    ("Năm 2025, các cấp Hội vận động 1,8 tỷ đồng xây nhà (chỉ tiêu 1,5 tỷ đồng).\n"
     "Chỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\nVận động xây nhà (tỷ đồng)\t1,5\t1,8\t120\n", "1,8 tỷ đồng", 120),
])
def test_a_row_s_rate_goes_to_the_prose_result_with_the_same_plan(text, quote, rate):
    assert by_quote(text)[quote]["achievement_pct"] == rate


@pytest.mark.parametrize("text, quote, marks", [
    ("Giúp 52 hộ thoát nghèo (chỉ tiêu năm 45 hộ).\n"
     "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n| Hộ thoát nghèo | 40 | 52 | 130% |\n", "52 hộ", (45, None)),
    ("Hỗ trợ 52 hộ vay vốn (chỉ tiêu 40 hộ).\n"
     "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n| Hội viên mới | 40 | 52 | 130% |\n", "52 hộ", (40, None)),
    ("Kết nạp 230 hội viên, đạt 115% kế hoạch (200 hội viên).\n"
     "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n| Hội viên mới | 200 | 230 | 116% |\n", "230 hội viên",
     (200, 115)),
])
def test_a_prose_result_with_another_plan_noun_or_rate_keeps_its_own(text, quote, marks):
    f = by_quote(text)[quote]
    assert (f["target"], f["achievement_pct"]) == marks


# --- iv18 P3: last year's column named by its year alone beside a later plan ---

@pytest.mark.parametrize("text, plans, done", [
    ("KẾ HOẠCH\nCông tác Hội năm 2026\nTT\tChỉ tiêu\tĐVT\tNăm 2025\tKế hoạch năm 2026\n"
     "1\tHội viên kết nạp mới\thội viên\t1.204\t1.300\n2\tTỷ lệ nợ quá hạn\t%\t0,12\tdưới 0,1\n",
     [1300, 0.1], [1204, 0.12]),
    ("| STT | Nội dung | Đơn vị tính | 2025 | Chỉ tiêu 2026 |\n| 1 | Tổ hợp tác thành lập mới | tổ | 12 | 15 |\n"
     "| 2 | Tỷ lệ hội viên tham gia BHXH | % | 41,5 | 45 |\n",
     [15, 45], [12, 41.5]),
])
def test_the_plan_column_beside_last_year_s_column(text, plans, done):
    got = {f["value"]: f for f in facts(text)}
    assert [got[v]["target"] for v in plans] == plans
    assert [got[v]["target"] for v in done] == [None] * len(done)


@pytest.mark.parametrize("text", [
    "| STT | Nội dung | Năm 2024 | Năm 2025 |\n| 1 | Tổ hợp tác thành lập mới | 12 | 15 |\n",
    "| STT | Nội dung | Kế hoạch 2025 | Năm 2025 |\n| 1 | Tổ hợp tác thành lập mới | 12 | 15 |\n",
    "| STT | Nội dung | Năm 2027 | Kế hoạch 2026 |\n| 1 | Tổ hợp tác thành lập mới | 12 | 15 |\n",
])
def test_a_year_column_not_before_the_plan_s_year_links_nothing(text):
    assert all(f["target"] is None for f in facts(text))


def test_a_per_unit_share_in_a_target_table_s_notes_is_a_target():
    got = by_quote("TT | Chỉ tiêu | ĐVT | Kế hoạch 2026 | Ghi chú\n1 | Dư nợ ủy thác | tỷ đồng | 8.300 | tăng 5%\n"
                   "2 | Hội viên mới | hội viên | 1.500 | mỗi chi hội 5 hội viên\n")
    assert (got["5 hội viên"]["target"], got["5%"]["target"]) == (5, None)


# --- iv18 P3: a plan's year alone beside last year's estimate ---

@pytest.mark.parametrize("text, plans, estimates", [
    ("HỘI LHPN XÃ AN BÌNH\nSố: 05/KH-HPN\tAn Bình, ngày 08 tháng 01 năm 2027\n\nKẾ HOẠCH\nCông tác Hội năm 2027\n\n"
     "II. CHỈ TIÊU\nTT\tNội dung\tĐơn vị tính\tNăm 2026 (ước)\tNăm 2027\n"
     "1\tHội viên kết nạp mới\thội viên\t820\t900\n2\tTỷ lệ nợ quá hạn\t%\t0,3\tdưới 0,2\n",
     [900, 0.2], [820, 0.3]),
    ("Ban Thường vụ giao chỉ tiêu năm 2026 như sau:\n| STT | Chỉ tiêu | ĐVT | Ước 2025 | 2026 | Ghi chú |\n"
     "| 1 | Tổ hợp tác thành lập mới | tổ | 12 | 15 | |\n| 2 | Quà Tết | suất | 300 | 320 | |\n",
     [15, 320], [12, 300]),
])
def test_the_plan_s_year_beside_last_year_s_estimate(text, plans, estimates):
    got = {f["value"]: f for f in facts(text)}
    assert [got[v]["target"] for v in plans] == plans
    assert [got[v]["target"] for v in estimates] == [None] * len(estimates)


@pytest.mark.parametrize("text", [
    "BÁO CÁO TỔNG KẾT\nHà Nội, ngày 10 tháng 12 năm 2025\nTT\tNội dung\tĐơn vị tính\tNăm 2024\tNăm 2025 (ước)\n"
    "1\tHội viên kết nạp mới\thội viên\t760\t820\n",
    "KẾ HOẠCH\nHà Nội, ngày 10 tháng 01 năm 2026\nTT\tNội dung\tĐơn vị tính\tNăm 2025 (ước)\tNăm 2025\n"
    "1\tHội viên kết nạp mới\thội viên\t760\t820\n",
    "Kết quả hai năm như sau:\nTT\tNội dung\tNăm 2025 (ước)\tNăm 2026\n1\tHội viên kết nạp mới\t760\t820\n",
])
def test_years_beside_an_estimate_outside_a_plan_set_no_target(text):
    assert all(f["target"] is None for f in facts(text))


def test_a_per_unit_note_beside_the_plan_s_year_is_a_target():
    got = by_quote("Ban Thường vụ giao chỉ tiêu năm 2026 như sau:\n"
                   "| STT | Chỉ tiêu | ĐVT | Ước 2025 | 2026 | Ghi chú |\n"
                   "| 1 | Quà Tết | suất | 300 | 320 | mỗi suất 500.000 đồng |\n"
                   "| 2 | Nhà Mái ấm | căn | 4 | 5 | năm 2025 mỗi căn 60 triệu đồng |\n")
    assert (got["500.000 đồng"]["target"], got["60 triệu đồng"]["target"]) == (500000, None)
