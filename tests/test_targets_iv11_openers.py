"""Issue 11, iv11's opener patterns (P8, P12 and P1's list-item opener) as genre rules, on invented phrasings a
secretary could write, with guards that must not match.

P8.  "Về chỉ tiêu năm <year>, <body> đề ra / thống nhất: a N; b M": the list after the colon sets targets (but "Về
     chỉ tiêu giảm nghèo, Hội đã giúp 40 hộ" reports on one).
P12. "đăng ký giao ước <verb> N", "ký giao ước thi đua <verb> N": a pact pledges N; its result after "kết quả" takes it.
P1.  "9 tháng, các cấp Hội kết nạp …": a part of the year opening a sentence is its period, not a list item opened by a
     figure (the figures after it report).
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple]:
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))
            if f["value"] not in (2024.0, 2025.0, 2026.0, 2027.0)}


@pytest.mark.parametrize("text, targets", [
    ("Năm 2025, Hội kết nạp 640 hội viên.\n\nVề chỉ tiêu năm 2026, Ban Thường vụ thống nhất: kết nạp 700 hội viên; "
     "giúp 35 hộ thoát nghèo; xây dựng 6 căn nhà Mái ấm.", (700.0, 35.0, 6.0)),
    ("Về chỉ tiêu năm 2027, Hội LHPN xã đề ra: thành lập 2 tổ hợp tác; vận động 150 triệu đồng cho Quỹ.",
     (2.0, 1.5e8)),
])
def test_next_years_targets_after_về_chỉ_tiêu(text, targets):
    got = marks(text)
    assert all(got[v][0] == v for v in targets), got


@pytest.mark.parametrize("text, result", [
    ("Về chỉ tiêu giảm nghèo, Hội đã giúp 40 hộ thoát nghèo.", 40.0),
    ("Về chỉ tiêu năm 2025, Hội đã giúp 40 hộ thoát nghèo.", 40.0),
    ("Về chỉ tiêu năm 2025, kết quả như sau: kết nạp 40 hội viên.", 40.0),
])
def test_guard_a_report_on_a_target(text, result):
    assert marks(text)[result][0] is None


@pytest.mark.parametrize("text, target, result", [
    ("Các đơn vị ký giao ước kết nạp 2.000 hội viên; kết quả kết nạp 2.150 hội viên.", 2000.0, 2150.0),
    ("Các huyện đăng ký giao ước thi đua xây dựng 30 nhà Mái ấm; kết quả đã xây dựng 34 nhà.", 30.0, 34.0),
    ("Năm 2025, các tỉnh trong Cụm đăng ký giao ước giúp 1.200 hộ thoát nghèo; kết quả đã giúp 1.310 hộ.", 1200.0,
     1310.0),
])
def test_a_pact_pledges_its_amount(text, target, result):
    got = marks(text)
    assert got[target][0] == target and got[result][0] == target, got


def test_guard_the_result_of_a_pact_is_no_pledge():
    got = marks("Kết quả thực hiện giao ước: hỗ trợ 5.120 hộ thoát nghèo.")
    assert got[5120.0][0] is None


@pytest.mark.parametrize("text, result", [
    ("Chỉ tiêu năm 2025 Huyện Hội giao là 600 hội viên. 9 tháng, các chi hội kết nạp được 410 hội viên - tương đương "
     "68,3%.", 410.0),
    ("Năm 2025, Hội phấn đấu giúp 50 hộ thoát nghèo. 6 tháng đầu năm, các chi hội giúp 21 hộ.", 21.0),
])
def test_a_part_of_the_year_opening_a_sentence_is_no_list_item(text, result):
    assert marks(text)[result][0] != result


@pytest.mark.parametrize("text, target", [
    ("Năm 2026, Hội phấn đấu kết nạp 300 hội viên. 100% chi hội có mô hình sinh kế.", 100.0),
    ("Năm 2026, Hội phấn đấu kết nạp 300 hội viên. 12 chi hội mỗi chi hội giúp 1 hộ thoát nghèo.", 12.0),
])
def test_guard_a_figure_opening_the_next_item_stays_a_target(text, target):
    assert marks(text)[target][0] == target
