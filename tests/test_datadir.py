"""Reading a build folder for a page: the tables it needs, and the facts only when asked for."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wuanalysis.datadir import load_tables

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def folder(seeds_tables):
    """The seeds' tables, built once per run (conftest.py); read only."""
    return seeds_tables


def test_a_page_reads_the_facts_only_when_it_uses_them(folder, monkeypatch):
    import wuanalysis.corpus as corpus

    read: list[str] = []
    real = corpus.read_table
    monkeypatch.setattr(corpus, "read_table", lambda path: read.append(Path(path).name) or real(path))
    tables = load_tables(folder)
    assert "facts.parquet" not in read and {"documents.parquet", "measurements.parquet", "targets.parquet"} <= set(read)
    assert len(tables.measurements) and len(tables.documents) == 5
    facts = tables.facts
    assert read.count("facts.parquet") == 1 and len(facts) == 200
    assert tables.facts is facts  # read once
    pd.testing.assert_frame_equal(facts, real(folder / "facts.parquet"))


def test_measuring_again_against_a_targets_file_reads_the_facts(folder, tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "members_new,Bình Phước,2023,year,2.100,hv,x,y\n", encoding="utf-8")
    tables = load_tables(folder, targets_path=path)
    assert len(tables.facts) == 200
    m = tables.measurements
    assert ((m["indicator"] == "members_new") & (m["province"] == "Bình Phước") & (m["target"] == 2100)).any()


def test_unplaced_facts_are_read_with_a_filter_and_match_the_whole_table(folder, monkeypatch):
    import wuanalysis.corpus as corpus
    from wuanalysis.datadir import UNPLACED_COLUMNS
    from wuanalysis.page_data import compute_other_figures

    whole = corpus.read_table(folder / "facts.parquet")
    expected = whole.loc[whole["indicator"].isna(), list(UNPLACED_COLUMNS)].reset_index(drop=True)
    assert 0 < len(expected) < len(whole)  # the seeds have figures no indicator holds, and others
    read: list[str] = []
    real = corpus.read_table
    monkeypatch.setattr(corpus, "read_table", lambda path: read.append(Path(path).name) or real(path))
    tables = load_tables(folder)
    unplaced = tables.unplaced_facts
    assert "facts.parquet" not in read  # never the whole facts table
    assert unplaced["indicator"].isna().all() and list(unplaced.columns) == list(UNPLACED_COLUMNS)
    pd.testing.assert_frame_equal(unplaced, expected, check_dtype=False)
    # the page's "other figures" are the same from the cheap rows as from the whole table
    province = tables.documents["province"].dropna().iloc[0]
    pd.testing.assert_frame_equal(compute_other_figures(unplaced, tables.documents, province),
                                  compute_other_figures(whole, tables.documents, province), check_dtype=False)


def test_kept_tables_are_read_once_per_folder_until_a_file_changes(folder, tmp_path, monkeypatch):
    import os
    import shutil

    import wuanalysis.corpus as corpus
    from wuanalysis import datadir

    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    read: list[str] = []
    real = corpus.read_table
    monkeypatch.setattr(corpus, "read_table", lambda path: read.append(Path(path).name) or real(path))
    datadir.keep_tables()
    try:
        first = load_tables(copy)
        first.measurements["scratch"] = 1  # a page's own column stays its own
        second = load_tables(copy)
        assert read.count("measurements.parquet") == 1 and "scratch" not in second.measurements
        assert second.measurements is not first.measurements and len(second.measurements) == len(first.measurements)
        assert len(second.facts) == 200 and len(load_tables(copy).facts) == 200
        assert read.count("facts.parquet") == 1
        path = copy / "measurements.parquet"
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # a new build wrote it
        load_tables(copy)
        assert read.count("measurements.parquet") == 2
    finally:
        datadir.keep_tables(False)
    load_tables(copy)
    assert read.count("measurements.parquet") == 3  # not kept by default: a build's process holds nothing


@pytest.mark.parametrize("province, period", [("Bình Phước", None), ("Bắc Kạn", None), ("Bắc Kạn", "2024"),
                                              ("Thái Nguyên", None)])
def test_a_briefings_rows_give_the_tables_of_the_whole_measurements(folder, province, period):
    from wuanalysis import comparisons, page_data, scorecard
    from wuanalysis.datadir import load_clusters

    whole, page = load_tables(folder), load_tables(folder, province=province, period=period)
    assert len(page.measurements) < len(whole.measurements)  # the other province's rows stay out
    clusters = load_clusters()
    year, span = scorecard.parse_period(period)
    found = []
    for tables in (whole, page):
        m = tables.measurements
        card = scorecard.compute_scorecard(m, province, year, span, clusters=clusters)
        found.append([card, page_data.compute_targets_section(tables.targets, m, province, scorecard=card),
                      page_data.compute_local_reports(m, province, year, span),
                      comparisons.compute_cluster_comparison(m, card, clusters), comparisons.compute_trend(m, province),
                      page_data.compute_data_notes(card, tables.issues, tables.documents)])
    assert len(found[0][0])  # a scorecard with figures
    for a, b in zip(*found):
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))


def test_a_province_without_figures_keeps_every_row_for_its_error(folder):
    from wuanalysis.datadir import check_province

    page = load_tables(folder, province="Cao Bằng")
    assert len(page.measurements) == len(load_tables(folder).measurements)
    with pytest.raises(ValueError, match="Bình Phước"):
        check_province(page.measurements, "Cao Bằng")


def test_the_environment_names_the_folder_of_the_notebooks_default_only(folder, tmp_path, monkeypatch):
    """WUANALYSIS_DATA_DIR replaces the notebooks' own default ``../outputs`` (the notebook tests point their
    kernels at a temporary build so); a data_dir the user passes is never overridden."""
    from wuanalysis.datadir import DATA_DIR_ENV, DataDirError, resolve_data_dir

    monkeypatch.chdir(tmp_path)  # no outputs/ here nor under it
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    assert resolve_data_dir("../outputs") == Path(folder).resolve()
    with pytest.raises(DataDirError, match="elsewhere"):
        resolve_data_dir(tmp_path / "elsewhere")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "gone"))
    with pytest.raises(DataDirError, match="gone"):
        resolve_data_dir("../outputs")
