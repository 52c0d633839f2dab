"""Briefings in a batch and the workbook: a batch with a failing province goes on, a hostile report is escaped on
every page, the workbook holds data (never formulas), and a notebook given a missing data folder stops. (Split
from test_briefing.py so that the two halves run side by side under ``--dist loadfile``.)"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import briefing, pages, scorecard

from test_briefing import build_tables, offline_problems

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# A seed-like report whose sentences and title carry HTML that must never reach a page unescaped.
HOSTILE_REPORT = """<script>alert('wu')</script> HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ NAM
BÁO CÁO KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO PHỤ NỮ NĂM 2023

Trong năm 2023, Hội LHPN tỉnh Hà Nam đã kết nạp mới 1.234 hội viên <script>alert('wu')</script>, đạt 110% chỉ tiêu.
Các cấp Hội đã giúp 321 hộ thoát nghèo <img src=x onerror=alert('wu')> trong năm.
Tổng số hội viên toàn tỉnh là 95.000 người.
"""


@pytest.fixture(scope="module")
def tables(seeds_tables):
    """The seeds' tables, built once per run (conftest.py); read-only."""
    return briefing.load_tables(seeds_tables)


# ---------------------------------------------------------------- a batch


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory, pages_here):
    """One batch over the hostile report and the Bình Phước seed (003): every page a whole batch of these tables
    makes (Hà Nam, Bình Phước, the overview, the index) plus a province without figures (Cao Bằng), asked for in
    between. One warm kernel (this process's, conftest.py, as a worker's) goes on to Hà Nam after Cao Bằng failed
    in it (test_processes.py runs batches on two workers). (out, the result, the progress rows.)"""
    root = tmp_path_factory.mktemp("hostile")
    reports = root / "reports"
    reports.mkdir()
    (reports / "ha_nam_2023.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    shutil.copy(next(SEEDS.glob("003_*.txt")), reports)
    out = root / "out"
    build_tables(reports, out)
    tables = briefing.load_tables(out)
    assert "Hà Nam" in set(tables.measurements["province"]), "the hostile report must reach a briefing"
    # the provinces asked for are every page of a whole batch: no other province, no cluster page
    assert sorted(scorecard.provinces_with_data(tables.measurements, tables.documents)) == ["Bình Phước", "Hà Nam"]
    assert pages.page_count(tables.measurements, tables.documents) == 3
    seen: list[dict] = []
    with pages_here():
        result = briefing.render_all(out, out, provinces=["Bình Phước", "Cao Bằng", "Hà Nam"], workers=1,
                                     progress=seen.append)
    return out, result, seen


def test_render_all_reports_a_failing_province_and_goes_on(hostile_batch):
    out, result, seen = hostile_batch
    assert len(seen) == 4 and list(result["slug"]) == ["binh-phuoc", "cao-bang", "ha-nam", "overview"]
    ok = result.set_index("slug")
    assert ok.at["binh-phuoc", "status"] == "ok" and ok.at["overview", "status"] == "ok"
    assert ok.at["ha-nam", "status"] == "ok"  # the province after the failing one is rendered too
    assert ok.at["cao-bang", "status"] == "failed" and "no figures" in ok.at["cao-bang", "error"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="briefings/binh-phuoc.html"' in index and 'href="overview.html"' in index
    assert "no figures" in index and "4.094" in index
    assert offline_problems(index) == []
    overview = (out / "overview.html").read_text(encoding="utf-8")
    assert 'id="coverage"' in overview and "<svg" in overview and offline_problems(overview) == []


def test_hostile_report_is_escaped_on_every_page(hostile_batch):
    out, result, _ = hostile_batch
    assert (result.loc[result["slug"] != "cao-bang", "status"] == "ok").all(), result["error"].tolist()
    pages = list(out.rglob("*.html"))
    assert len(pages) >= 4
    escaped = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text, page
        escaped += "&lt;script&gt;alert" in text or "&lt;img src=x" in text
    assert escaped >= 1  # the sentence is shown (as text) in the Hà Nam evidence


def test_write_scorecards(tables, tmp_path):
    from openpyxl import load_workbook

    paths = briefing.write_scorecards(tables.measurements, tmp_path)
    assert [p.name for p in paths] == ["scorecards.parquet", "scorecards.xlsx"]
    frame = pd.read_parquet(paths[0])
    assert set(frame["province"]) == {"Bình Phước", "Bắc Kạn"}
    wb = load_workbook(paths[1])
    assert wb.sheetnames == ["Tóm tắt", "Bình Phước", "Bắc Kạn"]  # the summary first
    ws = wb["Bình Phước"]
    headers = [c.value for c in ws[1]]
    assert headers[:6] == ["Tỉnh (trước 1/7/2025)", "Nội dung", "Kết quả", "Đơn vị", "Kết quả như báo cáo ghi",
                           "Cách ghi"]
    values = {row[1]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    new_members = values["Hội viên kết nạp / phát triển mới"]
    assert new_members[2] == 4094 and isinstance(new_members[2], (int, float)) and new_members[7] == 195
    assert new_members[4] == "4.094 hội viên"  # the figure as the report said it


# ---------------------------------------------------------------- the workbook holds data, never code

FORMULA_REPORT = """HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH PHƯỚC
BÁO CÁO KẾT QUẢ CÔNG TÁC HỘI NĂM 2023

=HYPERLINK("http://x"&B2,"y") trong năm 2023 toàn tỉnh đã phát triển mới được 2.345 hội viên, đạt 120% so với chỉ tiêu.
@SUM(1+1) các cấp Hội đã giúp 210 hộ thoát nghèo.
"""


def test_workbook_cells_are_data_never_formulas(tmp_path):
    """Report text that looks like a formula (a line `=HYPERLINK(…)`, a file named `=cmd|calc!A0.txt`) is stored
    as text in scorecards.xlsx."""
    from openpyxl import load_workbook

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "=cmd|calc!A0.txt").write_text(FORMULA_REPORT, encoding="utf-8")
    tables = briefing.load_tables(build_tables(reports, tmp_path / "out"))
    assert tables.measurements["sentence"].str.contains("=HYPERLINK", regex=False).any()
    xlsx = briefing.write_scorecards(tables.measurements, tmp_path / "out")[1]
    wb = load_workbook(xlsx)
    texts, formulas = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                formulas += [cell.coordinate] if cell.data_type == "f" else []
                texts += [cell.value] if isinstance(cell.value, str) else []
    assert formulas == []
    assert any('=HYPERLINK("http://x"&B2,"y")' in t for t in texts)
    assert "=cmd|calc!A0.txt" in texts  # the document column, as text
    risky = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)


def test_workbook_sheet_names_stay_data():
    used: set[str] = set()
    assert briefing._sheet_name("=cmd|calc!A0", used) == "=cmd|calc!A0"  # a sheet name is never evaluated
    assert briefing._sheet_name("'Bình Phước'", used) == "Bình Phước"  # Excel refuses quotes at either end


# ---------------------------------------------------------------- notebooks only read


def test_notebook_with_a_missing_data_dir_stops_and_writes_nothing(tmp_path, warm_kernel):
    """The committed notebook run by papermill with only ``data_dir`` given, a folder that does not exist: it stops
    with the command that makes the folder, and makes none. (Run in this process's warm kernel (conftest.py), as a
    build's worker runs a page; papermill's own command line and a fresh kernel: test_briefing.py's page run by
    hand.)"""
    from papermill.exceptions import PapermillExecutionError

    typo = tmp_path / "typo"
    with pytest.raises(PapermillExecutionError) as stopped:
        warm_kernel.render(ROOT / "notebooks" / "briefing.ipynb", tmp_path / "out.ipynb", {"data_dir": str(typo)},
                           "typo")
    assert "wuanalysis build seeds --out outputs" in str(stopped.value) and str(typo) in str(stopped.value)
    assert not typo.exists() and not (tmp_path / "out.html").exists()
