"""The README's main job through the command line: `wuanalysis build seeds --out DIR`, then `brief`."""
from __future__ import annotations

import html
import re
from pathlib import Path

import openpyxl
import pytest

from wuanalysis.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(seeds_site):
    """``wuanalysis build seeds --out DIR --quiet`` through ``cli.main`` (conftest.py runs it once per run and
    fails there if it does not exit 0)."""
    return 0, seeds_site


def test_build_writes_tables_scorecards_briefings_and_index(built, capsys):
    code, out = built
    assert code == 0
    for name in ("documents.parquet", "facts.parquet", "measurements.parquet", "issues.csv", "facts.csv",
                 "scorecards.parquet", "scorecards.xlsx", "index.html", "overview.html"):
        assert (out / name).exists(), name
    briefings = {p.name for p in (out / "briefings").iterdir()}
    assert {"binh-phuoc.html", "binh-phuoc.ipynb", "bac-kan.html", "bac-kan.ipynb"} <= briefings
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="briefings/binh-phuoc.html"' in index and "4.094" in index


def test_the_binh_phuoc_briefing_shows_new_members_against_target_with_the_sentence(built):
    _code, out = built
    page = html.unescape((out / "briefings" / "binh-phuoc.html").read_text(encoding="utf-8"))
    assert "4.094" in page and "195%" in page
    assert "phát triển mới được 4.094 hội viên" in page
    # nothing fetched: no script, no remote address (the embedded font's base64 may spell "cdn" by chance)
    assert "<script" not in page and not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", page, re.IGNORECASE)


def test_the_workbook_has_a_sheet_per_province_with_numbers_as_numbers(built):
    _code, out = built
    book = openpyxl.load_workbook(out / "scorecards.xlsx")
    assert {"Bình Phước", "Bắc Kạn"} <= set(book.sheetnames)
    sheet = book["Bình Phước"]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert 4094 in values or 4094.0 in values


def test_brief_renders_one_province_and_refuses_an_unknown_one(built, seeds_briefing_en, tmp_path, capsys):
    _code, out = built
    # `brief --province "Bình Phước" --lang en --data` the main job's folder, run once per run (conftest.py: it
    # fails there unless it exits 0): its page and notebook, and nothing else, in the --out folder
    assert sorted(p.name for p in seeds_briefing_en.parent.iterdir()) == ["binh-phuoc.html", "binh-phuoc.ipynb"]
    assert "4,094" in seeds_briefing_en.read_text(encoding="utf-8")
    assert main(["brief", "--province", "Gotham", "--out", str(tmp_path), "--data", str(out)]) == 1
    assert "Gotham" in capsys.readouterr().err
    assert main(["brief", "--province", "Bắc Kạn", "--out", str(tmp_path), "--data", str(tmp_path / "nothing")]) == 2


@pytest.fixture(scope="module")
def tables_only(seeds_tables):
    return seeds_tables


def test_brief_with_a_bad_targets_file_says_where_and_exits_2(tables_only, tmp_path, capsys):
    bad = tmp_path / "chi_tieu.csv"
    bad.write_text("province,indicator,period,value\nBắc Kạn,members_new,2023,nhiều\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["brief", "--province", "Bắc Kạn", "--out", str(tmp_path / "b"), "--data", str(tables_only),
                 "--targets", str(bad)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith(f"wuanalysis: {bad}, line ") and "notebook failed" not in err
    assert not (tmp_path / "b").exists()


def test_brief_without_a_build_folder_says_so_once(tmp_path, capsys):
    code = main(["brief", "--province", "Bắc Kạn", "--out", str(tmp_path / "b"), "--data", str(tmp_path / "none")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("wuanalysis build") == 1 and err.startswith("wuanalysis: ") and len(err.splitlines()) == 1
