"""Scorecards computed together (the overview's forty) are the scorecards computed one by one; the overview's
rankings keep the rank rule (largest first, equal values share a rank, two provinces or more)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wuanalysis.comparisons import compute_overview
from wuanalysis.measures import compute_measurements
from wuanalysis.scorecard import compute_scorecard, compute_scorecards, provinces_with_data
from test_scorecard import frame, m_row

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seed_measurements():
    from wuanalysis import read_reports
    from wuanalysis.catalogue import load_targets

    corpus = read_reports(SEEDS, workers=1)  # five files: read here, no process pool
    return compute_measurements(corpus.documents, corpus.facts, load_targets())


def test_scorecards_together_are_the_scorecards_one_by_one(seed_measurements):
    # and a 2025 name, its predecessors side by side ("Đồng Nai" <- Bình Phước, Đồng Nai)
    provinces = provinces_with_data(seed_measurements) + ["Đồng Nai"]
    cards = compute_scorecards(seed_measurements, provinces)
    assert list(cards) == provinces
    for province in provinces:
        pd.testing.assert_frame_equal(cards[province], compute_scorecard(seed_measurements, province))
    assert cards["Bình Phước"]["value"].notna().sum() > 10


def test_shared_scorecards_keep_history_ranks_and_clusters_per_province():
    m = frame(
        m_row("Thái Bình", "members_new", 500),
        m_row("Thái Bình", "members_new", 200, span="9m"),
        m_row("Nam Định", "members_new", 900),
        m_row("Nam Định", "members_new", 400, year=2022),
        m_row("Hà Nam", "members_new", 500),
        m_row("Bình Phước", "members_new", 4094),
    )
    cards = compute_scorecards(m, ["Thái Bình", "Nam Định", "Bình Phước"])
    tb, nd, bp = (cards[p].iloc[0] for p in ("Thái Bình", "Nam Định", "Bình Phước"))
    assert (tb["previous_period_span"], tb["previous_value"], tb["rank_cluster"], tb["rank_all"]) == ("9m", 200, 2, 3)
    assert pd.isna(tb["previous_year_value"])
    assert (nd["previous_year_value"], nd["change_yoy"], nd["rank_cluster"], nd["n_cluster"]) == (400, 500, 1, 3)
    assert pd.isna(nd["previous_value"])
    assert (bp["rank_all"], bp["n_all"], bp["cluster_id"]) == (1, 4, None)


def test_overview_rankings_share_ranks_and_need_two_provinces():
    m = frame(
        m_row("Thái Bình", "members_new", 500),
        m_row("Nam Định", "members_new", 900),
        m_row("Hà Nam", "members_new", 500),
        m_row("Hà Nam", "members_total", 7000),  # one province alone: no ranking
        m_row("Nam Định", "members_new", 300, year=2022),
        m_row("Hà Nam", "members_new", 300, year=2022),
    )
    r = compute_overview(m)["rankings"]
    got = [(y, i, p, v, k, n) for y, i, p, v, k, n in
           zip(r["period_year"], r["indicator"], r["province"], r["value"], r["rank"], r["n"])]
    assert got == [
        (2022, "members_new", "Hà Nam", 300, 1, 2), (2022, "members_new", "Nam Định", 300, 1, 2),
        (2023, "members_new", "Hà Nam", 500, 2, 3), (2023, "members_new", "Nam Định", 900, 1, 3),
        (2023, "members_new", "Thái Bình", 500, 2, 3),
    ]
