"""The workbook people open (issue 12 item 8): a summary sheet first; numbers with thousands separators (never
1E+12); the figure as the report said it (money in tỷ/triệu) beside the number; the qualifier; a frozen header;
every column a sensible width; headers, names, statuses and units in the build's language (``--lang``).
The seeds go through the real pipeline (``wuanalysis.build``)."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from wuanalysis import datadir
from wuanalysis.workbook import write_scorecards


@pytest.fixture(scope="module")
def measurements(seeds_tables):
    """The seeds' measurements (``wuanalysis.build(seeds, briefings=False)``, built once per run: conftest.py)."""
    return datadir.load_tables(seeds_tables).measurements


def sheet_rows(ws) -> list[dict]:
    headers = [c.value for c in ws[1]]
    return [dict(zip(headers, (c for c in row))) for row in ws.iter_rows(min_row=2)]


def test_vietnamese_workbook(measurements, tmp_path):
    wb = load_workbook(write_scorecards(measurements, tmp_path)[1])
    assert wb.sheetnames[0] == "Tóm tắt" and {"Bình Phước", "Bắc Kạn"} <= set(wb.sheetnames[1:])
    summary = sheet_rows(wb["Tóm tắt"])
    bp = next(r for r in summary if r["Tỉnh"].value == "Bình Phước")
    assert bp["Kỳ báo cáo"].value == "năm 2023" and "4.094 hội viên" in bp["Số liệu nổi bật"].value
    assert bp["Số nội dung"].value > 10 and bp["Chưa đạt"].value == 3
    ws = wb["Bắc Kạn"]
    rows = sheet_rows(ws)
    big = next(r for r in rows if r["Mã chỉ tiêu"].value == "policy_bank_outstanding_vnd")
    assert big["Kết quả"].value >= 1e12 and big["Kết quả"].number_format == "#,##0"  # never 1E+12
    assert "tỷ đồng" in big["Kết quả như báo cáo ghi"].value and big["Cách ghi"].value == "trên"
    for r in rows:  # every number has a format with thousands separators
        for col in ("Kết quả", "Chỉ tiêu", "Kỳ trước", "Cùng kỳ năm trước"):
            if isinstance(r[col].value, (int, float)):
                assert r[col].number_format.startswith("#,##0"), (col, r[col].number_format)
    assert ws.freeze_panes == "C2"
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert all(8 <= widths.get(c.column_letter, 0) <= 60 for c in ws[1])  # every column sized, none huge


def test_english_workbook_follows_lang(measurements, tmp_path):
    wb = load_workbook(write_scorecards(measurements, tmp_path, lang="en")[1])
    assert wb.sheetnames[0] == "Summary"
    rows = sheet_rows(wb["Bình Phước"])
    new = next(r for r in rows if r["Indicator id"].value == "members_new")
    assert new["Indicator"].value == "New members" and new["Unit"].value == "members"
    assert new["Result as reported"].value == "4,094 members" and new["Status"].value == "Exceeded"


def test_bac_kan_says_hon_wherever_the_report_did(measurements, tmp_path):
    """The report says "hơn 1.000 tỷ" (more_than): the cards, the scorecard and the workbook say "hơn", not "trên"."""
    from wuanalysis import present, sections
    from wuanalysis.page_data import headline_figures
    from wuanalysis.scorecard import compute_scorecard

    card = compute_scorecard(measurements, "Bắc Kạn")
    cards = sections.html_headlines(headline_figures(card), "vi").data
    table = present.table_scorecard(card, "vi").as_raw_html()
    assert "hơn 1.000 tỷ đồng" in cards and "hơn 1.000 tỷ đồng" in table and "trên 1.000 tỷ" not in cards + table
    wb = load_workbook(write_scorecards(measurements, tmp_path)[1])
    shown = [r["Kết quả như báo cáo ghi"].value for r in sheet_rows(wb["Bắc Kạn"])]
    assert "hơn 1.000 tỷ đồng" in shown
