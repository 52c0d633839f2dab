"""Measurements: the same figure in several reports, targets, achievement, conflicts."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import read_reports
from wuanalysis.catalogue import load_targets
from wuanalysis.measures import compute_measurements

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds():
    corpus = read_reports(ROOT / "seeds")
    return corpus, compute_measurements(corpus.documents, corpus.facts, load_targets())


def pick(m: pd.DataFrame, **where) -> pd.DataFrame:
    for k, v in where.items():
        m = m[m[k] == v]
    return m


def test_binh_phuoc_new_members_with_the_stated_rate(seeds):
    _c, m = seeds
    row = pick(m, province="Bình Phước", period_year=2023, indicator="members_new", role="result", headline=True)
    assert list(row["value"]) == [4094]
    assert row["achievement_pct"].iloc[0] == 195 and row["achievement_source"].iloc[0] == "stated"
    assert row["province_2025"].iloc[0] == "Đồng Nai"
    assert "4.094 hội viên" in row["sentence"].iloc[0]


def test_one_figure_in_two_reports_is_one_measurement_with_two_sources(seeds):
    _c, m = seeds
    row = pick(m, province="Bình Phước", indicator="households_out_of_poverty", value=1129.0)
    assert len(row) == 1 and row["n_sources"].iloc[0] == 2
    assert row["docs"].iloc[0] == "001_55075b7f74037a93.txt; 003_1bd7b950d73e6ed6.txt"
    assert not row["conflict"].iloc[0]


def test_bac_kan_targets(seeds):
    _c, m = seeds
    targets = pick(m, province="Bắc Kạn", role="target")
    got = dict(zip(targets["indicator"], targets["value"]))
    assert got["poor_households_supported"] == 2500 and got["households_out_of_poverty"] == 300
    assert (targets["target"] == targets["value"]).all()
    assert pick(m, province="Bắc Kạn", role="target")["province_2025"].eq("Thái Nguyên").all()


def test_different_values_are_kept_and_flagged_never_averaged(seeds):
    corpus, _m = seeds
    facts = corpus.facts.copy()
    docs = corpus.documents
    # make the second Bình Phước report give another number for the same households out of poverty
    second = (facts["doc"] == "003_1bd7b950d73e6ed6.txt") & (facts["value"] == 1129)
    facts.loc[second, "value"] = 1200.0
    m = compute_measurements(docs, facts)
    rows = pick(m, province="Bình Phước", indicator="households_out_of_poverty", headline=True)
    assert sorted(rows["value"]) == [1129, 1200]
    assert rows["conflict"].all()
    assert set(rows["conflict_values"]) == {"1.129; 1.200"}


def test_a_users_provincial_target_gives_a_computed_achievement(seeds, tmp_path):
    corpus, _m = seeds
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "households_out_of_poverty,Bình Phước,2023,year,1000,hộ,Giúp 1.000 hộ thoát nghèo,NQ tỉnh\n",
                    encoding="utf-8")
    m = compute_measurements(corpus.documents, corpus.facts, load_targets(path))
    row = pick(m, province="Bình Phước", indicator="households_out_of_poverty", value=1129.0)
    assert row["target"].iloc[0] == 1000 and row["target_source"].iloc[0] == "targets file"
    assert row["achievement_pct"].iloc[0] == pytest.approx(112.9)
    assert row["achievement_source"].iloc[0] == "computed"


def test_a_corpus_without_any_target(tmp_path):
    (tmp_path / "r.txt").write_text("Hội LHPN tỉnh Bắc Kạn tổng kết năm 2023\nNăm 2023, các cấp Hội đã giúp 120 hộ "
                                    "phụ nữ thoát nghèo.", encoding="utf-8")
    corpus = read_reports(tmp_path)
    m = compute_measurements(corpus.documents, corpus.facts, load_targets())
    row = pick(m, indicator="households_out_of_poverty")
    assert list(row["value"]) == [120] and row["achievement_pct"].isna().all() and row["target"].isna().all()


def test_a_breakdown_in_the_same_report_is_not_a_conflict(seeds):
    _c, m = seeds
    members = pick(m, province="Bình Phước", indicator="members_new")
    assert set(members["value"]) >= {4094, 4677}
    assert not members["conflict"].any()
    assert members.set_index("value").loc[4094, "headline"] and not members.set_index("value").loc[4677, "headline"]
