"""Scorecards: on the real seed reports, and on small hand-made measurement tables for the rules."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wuanalysis.measures import MEASUREMENT_COLUMNS, compute_measurements
from wuanalysis.comparisons import compute_cluster_comparison, compute_overview, compute_trend
from wuanalysis.page_data import compute_data_notes, compute_evidence, compute_local_reports, headline_figures
from wuanalysis.scorecard import (
    SCORECARD_COLUMNS,
    compute_scorecard,
    is_additive,
    latest_period,
    provinces_with_data,
    status_of,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="session")
def seed_tables():
    from wuanalysis import read_reports
    from wuanalysis.catalogue import load_targets

    corpus = read_reports(SEEDS, workers=1)  # five files: read here, no process pool
    measurements = compute_measurements(corpus.documents, corpus.facts, load_targets())
    return corpus, measurements


def m_row(province, indicator, value, year=2023, span="year", role="result", unit_class="count", unit="hội viên",
          achievement=None, target=None, **extra):
    from wuanalysis.catalogue import province_2025

    row = dict.fromkeys(MEASUREMENT_COLUMNS)
    row.update(
        measurement_id=f"{province}|{year}|{span}|{indicator}|{role}|{value}", province=province,
        province_2025=province_2025(province), org_level="province", period_year=year, period_span=span,
        indicator=indicator, topic="membership", role=role, unit_class=unit_class, unit=unit, value=value,
        qualifier="exact", target=target, achievement_pct=achievement,
        achievement_source="stated" if achievement is not None else None, conflict=False, n_sources=1,
        sources=f"{province}.txt#1", docs=f"{province}.txt", quote=f"{value} {unit}", sentence=f"Đạt {value} {unit}.",
    )
    row.update(extra)
    return row


def frame(*rows) -> pd.DataFrame:
    out = pd.DataFrame(list(rows), columns=MEASUREMENT_COLUMNS)
    out["period_year"] = out["period_year"].astype("Int64")
    for c in ("value", "target", "achievement_pct", "denominator"):
        out[c] = pd.to_numeric(out[c]).astype("float64")
    return out


# ---------------------------------------------------------------- rules on hand-made frames


@pytest.mark.parametrize("rate, status", [
    (195.0, "exceeded"), (100.5, "exceeded"), (100.4, "achieved"), (100.0, "achieved"), (99.5, "achieved"),
    (99.4, "below"), (12.0, "below"), (None, "no_target"), (float("nan"), "no_target"),
])
def test_status_thresholds(rate, status):
    assert status_of(rate) == status


def test_status_in_scorecard_and_target_only_row():
    m = frame(
        m_row("Hà Nam", "members_new", 1000, achievement=100.2),
        m_row("Hà Nam", "members_total", 50000, achievement=98.0),
        m_row("Hà Nam", "households_out_of_poverty", 300, role="target", unit="hộ"),
    )
    card = compute_scorecard(m, "Hà Nam")
    assert list(card.columns) == SCORECARD_COLUMNS
    card = card.set_index("indicator")
    assert card.at["members_new", "status"] == "achieved"
    assert card.at["members_total", "status"] == "below"
    assert card.at["households_out_of_poverty", "status"] == "no_result"
    assert pd.isna(card.at["households_out_of_poverty", "value"])
    assert card.at["households_out_of_poverty", "target"] == 300


def test_ranks_in_cluster_and_overall_with_ties():
    # Thái Bình, Nam Định, Hà Nam: red_river_delta (pre-2025); Bình Phước is in no cluster of the registry
    m = frame(
        m_row("Thái Bình", "members_new", 500),
        m_row("Nam Định", "members_new", 900),
        m_row("Hà Nam", "members_new", 500),
        m_row("Bình Phước", "members_new", 4094),
        m_row("Bình Phước", "members_new", 10, year=2022),  # another period: not a competitor
    )
    tb = compute_scorecard(m, "Thái Bình").iloc[0]
    assert (tb["cluster_id"], tb["rank_cluster"], tb["n_cluster"]) == ("red_river_delta", 2, 3)
    assert (tb["rank_all"], tb["n_all"]) == (3, 4)
    hn = compute_scorecard(m, "Hà Nam").iloc[0]
    assert hn["rank_cluster"] == tb["rank_cluster"]  # equal values share a rank
    bp = compute_scorecard(m, "Bình Phước").iloc[0]
    assert (bp["rank_all"], bp["n_all"]) == (1, 4)
    assert bp["cluster_id"] is None and pd.isna(bp["rank_cluster"])


def test_latest_period_and_previous_period_chain():
    m = frame(
        m_row("Hà Nam", "members_new", 300, span="6m"),
        m_row("Hà Nam", "members_new", 700, span="9m"),
        m_row("Hà Nam", "members_new", 1000, span="year"),
        m_row("Hà Nam", "members_new", 800, year=2022, span="year"),
        m_row("Hà Nam", "members_new", 250, year=2022, span="6m"),
    )
    assert latest_period(m, ["Hà Nam"]) == (2023, "year")
    year = compute_scorecard(m, "Hà Nam").iloc[0]
    assert (year["period_year"], year["period_span"]) == (2023, "year")
    assert (year["previous_period_span"], year["previous_value"], year["change"]) == ("9m", 700, 300)
    assert (year["previous_year_value"], year["change_yoy"]) == (800, 200)
    nine = compute_scorecard(m, "Hà Nam", 2023, "9m").iloc[0]
    assert (nine["previous_period_span"], nine["previous_value"]) == ("6m", 300)
    six = compute_scorecard(m, "Hà Nam", 2023, "6m").iloc[0]
    assert pd.isna(six["previous_value"]) and six["previous_year_value"] == 250
    # without the 9m review, the year compares with the 6m one
    no9 = compute_scorecard(m[m["period_span"] != "9m"], "Hà Nam").iloc[0]
    assert (no9["previous_period_span"], no9["previous_value"]) == ("6m", 300)
    # a year alone takes its latest span
    assert compute_scorecard(m, "Hà Nam", period_year=2022).iloc[0]["period_span"] == "year"


def test_previous_period_ignores_other_units():
    m = frame(
        m_row("Hà Nam", "members_new", 300, span="9m", unit_class="percent", unit="%"),
        m_row("Hà Nam", "members_new", 1000, span="year"),
    )
    assert pd.isna(compute_scorecard(m, "Hà Nam").iloc[0]["previous_value"])


def test_merged_province_side_by_side_never_sums_non_additive():
    both = ("Bắc Kạn", "Thái Nguyên")
    rows = []
    for k, p in enumerate(both):
        rows += [
            m_row(p, "members_new", 100 * (k + 1), target=100.0 * (k + 1) * 2),  # additive count
            m_row(p, "women_recruited_pct", 60 + k, unit_class="percent", unit="%"),  # percentage
            m_row(p, "livelihood_support_vnd", 5e6, unit_class="vnd", unit="VND/hộ"),  # per-unit money
            m_row(p, "targets_met", 8, unit="chỉ tiêu"),  # additive false in the catalogue
            m_row(p, "borrowers", 1000, unit="hộ" if k else "thành viên"),  # different units
        ]
    m = frame(*rows)
    card = compute_scorecard(m, "Thái Nguyên")  # the merged 2025 province
    assert set(card["province"]) == {"Thái Nguyên"}
    assert set(card.loc[~card["combined"], "predecessor"]) == set(both)
    combined = card[card["combined"]]
    assert combined["indicator"].tolist() == ["members_new"]
    total = combined.iloc[0]
    assert total["value"] == 300 and total["target"] == 600 and total["achievement_pct"] == 50.0
    assert total["predecessor"] == "Bắc Kạn + Thái Nguyên" and total["status"] == "below"
    pct = card[card["indicator"] == "women_recruited_pct"].set_index("predecessor")["value"]
    assert pct.to_dict() == {"Bắc Kạn": 60, "Thái Nguyên": 61}  # side by side, never added up
    # the old name alone, or merged=False, is the old province only
    assert set(compute_scorecard(m, "Bắc Kạn")["predecessor"]) == {"Bắc Kạn"}
    assert set(compute_scorecard(m, "Thái Nguyên", merged=False)["predecessor"]) == {"Thái Nguyên"}


def test_is_additive():
    assert is_additive("members_new", "count", "hội viên")
    assert is_additive("loans_outstanding_vnd", "vnd", "VND")
    assert not is_additive("women_recruited_pct", "percent", "%")
    assert not is_additive("cooperatives_total", "ratio", None)
    assert not is_additive("livelihood_support_vnd", "vnd", "VND/hộ")
    assert not is_additive("targets_met", "count", "chỉ tiêu")


def test_headline_figures_prefer_rates():
    m = frame(
        m_row("Hà Nam", "members_total", 50000),
        m_row("Hà Nam", "members_new", 1000, achievement=120.0),
        m_row("Hà Nam", "households_out_of_poverty", 100, achievement=150.0, unit="hộ"),
        m_row("Hà Nam", "members_lost", 10, achievement=80.0),
    )
    heads = headline_figures(compute_scorecard(m, "Hà Nam"), n=2)
    assert heads["indicator"].tolist() == ["households_out_of_poverty", "members_new"]


def test_data_notes_and_unknown_province():
    m = frame(m_row("Hà Nam", "members_new", 1000, conflict=True, conflict_values="900; 1000"),
              m_row("Hà Nam", "members_new", 900, conflict=True, conflict_values="900; 1000"))
    card = compute_scorecard(m, "Hà Nam")
    assert len(card) == 1 and card.iloc[0]["value"] == 1000 and card.iloc[0]["conflict"]
    issues = pd.DataFrame([{"doc": "Hà Nam.txt", "path": "x/Hà Nam.txt", "reason": "warning", "detail": "w"},
                           {"doc": "other.pdf", "path": "other.pdf", "reason": "scanned_pdf", "detail": "no text"}])
    notes = compute_data_notes(card, issues)
    assert {"conflict", "no_target", "warning"} <= set(notes["kind"])
    assert "unreadable" not in set(notes["kind"])  # another province's file
    assert "unreadable" in set(compute_data_notes(None, issues)["kind"])
    assert compute_scorecard(m, "Cao Bằng").empty


def test_conflicting_values_are_numbers():
    """Scores carry numbers; the wording (and its "12,1 tỷ đồng") is the presentation's job."""
    m = frame(m_row("Hà Nam", "women_fund_outstanding_vnd", 1.293e12, unit_class="vnd", unit="VND", conflict=True),
              m_row("Hà Nam", "women_fund_outstanding_vnd", 12.1e9, unit_class="vnd", unit="VND", conflict=True),
              m_row("Hà Nam", "members_new", 1000))
    card = compute_scorecard(m, "Hà Nam").set_index("indicator")
    assert card.at["women_fund_outstanding_vnd", "conflict_values"] == [12.1e9, 1.293e12]
    assert card.at["members_new", "conflict_values"] is None
    notes = compute_data_notes(card.reset_index())
    assert notes.loc[notes["kind"] == "conflict", "values"].tolist() == [[12.1e9, 1.293e12]]


def test_data_notes_give_each_problem_its_own_kind():
    """A build's own outputs, unmatched targets and unwritten files are not "files that could not be read"."""
    issues = pd.DataFrame([
        {"doc": "bac-kan.html", "path": "out/briefings/bac-kan.html", "reason": "own_output", "detail": "a page"},
        {"doc": "targets.csv", "path": "targets.csv", "reason": "target_unmatched", "detail": "target members_new"},
        {"doc": "scorecards.xlsx", "path": "out/scorecards.xlsx", "reason": "write_failed", "detail": "locked"},
        {"doc": "copy.txt", "path": "copy.txt", "reason": "duplicate", "detail": "same text as a.txt"},
        {"doc": "scan.pdf", "path": "scan.pdf", "reason": "scanned_pdf", "detail": "no text layer"},
    ])
    notes = compute_data_notes(None, issues)
    assert notes["kind"].tolist() == ["own_output", "target_unmatched", "write_failed", "duplicate", "unreadable"]


# ---------------------------------------------------------------- the seed reports


def test_binh_phuoc_new_members(seed_tables):
    corpus, m = seed_tables
    card = compute_scorecard(m, "Bình Phước")
    assert (card["period_year"].iloc[0], card["period_span"].iloc[0]) == (2023, "year")
    row = card.set_index("indicator").loc["members_new"]
    assert row["value"] == 4094 and row["achievement_pct"] == 195.0
    assert row["achievement_source"] == "stated" and row["status"] == "exceeded"
    assert "4.094 hội viên" in row["sentence"] and "195%" in row["sentence"]
    heads = headline_figures(card)  # the highest stated rates lead ("488 hộ … thoát cận nghèo …, đạt 462%")
    assert heads["indicator"].iloc[:2].tolist() == ["households_out_of_near_poverty", "members_new"]
    evidence = compute_evidence(card, corpus.documents)
    assert all(q in s for q, s in zip(evidence["quote"], evidence["sentence"]))
    assert evidence["title"].notna().all()


def test_merged_seed_provinces(seed_tables):
    _, m = seed_tables
    tn = compute_scorecard(m, "Thái Nguyên")
    assert set(tn["predecessor"]) == {"Bắc Kạn"}
    assert (tn["period_year"].iloc[0], tn["period_span"].iloc[0]) == (2024, "9m")
    assert set(compute_scorecard(m, "Đồng Nai")["predecessor"]) == {"Bình Phước"}
    assert set(compute_scorecard(m, "binh phuoc")["province"]) == {"Bình Phước"}
    # 2023's 6-month figures are thành phố Bắc Kạn's (a district-level city), not the province union's
    assert compute_scorecard(m, "Bắc Kạn", period_year=2023).empty
    city = compute_local_reports(m, "Bắc Kạn", period_year=2023)
    assert set(city["place"]) == {"thành phố Bắc Kạn"} and 731 in set(city["value"])
    assert set(compute_trend(m, "Bắc Kạn")["period_order"]) == {0}
    comp = compute_cluster_comparison(m, compute_scorecard(m, "Bắc Kạn"))
    assert comp["is_self"].all() and len(comp) <= 6


def test_seed_overview(seed_tables):
    corpus, m = seed_tables
    ov = compute_overview(m, corpus.documents, corpus.issues)
    cov = ov["coverage"].set_index("province")
    assert set(cov.index) == {"Bắc Kạn", "Bình Phước"}
    assert cov.at["Bình Phước", "n_documents"] == 2 and cov.at["Bình Phước", "province_2025"] == "Đồng Nai"
    assert 195.0 in set(ov["achievement"]["achievement_pct"])
    assert ov["achievement"]["achievement_pct"].is_monotonic_decreasing
    # the seeds' one-time false clashes (a disbursement against a stock, all sources against the women's fund) are
    # gone since the catalogue tells stocks from flows: no two reports of the seeds disagree on one figure
    assert ov["conflicts"].empty
    assert len(ov["unattributed"])  # the cluster report has no province
    assert provinces_with_data(m, corpus.documents) == ["Bình Phước", "Bắc Kạn"]


def test_scorecard_on_every_seed_province_is_well_formed(seed_tables):
    _, m = seed_tables
    for p in provinces_with_data(m):
        card = compute_scorecard(m, p)
        assert len(card) and not card.duplicated(["indicator", "rate_label", "predecessor", "combined"]).any()
        assert set(card["status"]) <= {"exceeded", "achieved", "below", "no_target", "no_result"}
        # no value: a target without a result, or a rate the text states without its figure ("đạt 83% chỉ tiêu")
        assert (card["value"].notna() | (card["status"] == "no_result") | card["achievement_pct"].notna()).all()


def test_overview_conflicts_carry_numbers():
    m = frame(m_row("Hà Nam", "members_new", 1000, conflict=True, conflict_values="900; 1.000"),
              m_row("Hà Nam", "members_new", 900, conflict=True, conflict_values="900; 1.000"),
              m_row("Hà Nam", "members_total", 5000))
    conflicts = compute_overview(m)["conflicts"]
    assert conflicts["conflict_values"].tolist() == [[900.0, 1000.0], [900.0, 1000.0]]
    unknown = frame(m_row("Hà Nam", "members_new", 1000, year=None, conflict=True),
                    m_row("Hà Nam", "members_new", 900, year=None, conflict=True))
    assert compute_overview(unknown)["conflicts"]["conflict_values"].tolist() == [[900.0, 1000.0]] * 2


# ---------------------------------------------------------------- scope and stated rates (issue 11 items 3-4)


def test_binh_phuoc_shows_every_stated_rate_below_target(seed_tables):
    """Seed 003's 'đạt 83% / 50% / 38% chỉ tiêu giai đoạn': two are training_classes rows; all three are shown."""
    _, measurements = seed_tables
    card = compute_scorecard(measurements, "Bình Phước")
    below = card[card["status"] == "below"]
    assert sorted(below["achievement_pct"].tolist()) == [38.0, 50.0, 83.0]
    assert set(below["rate_label"]) >= {"hoạt động đối thoại chính sách"}


def test_a_districts_figures_are_not_the_provinces():
    card = compute_scorecard(frame(
        m_row("Bắc Kạn", "members_new", 300),
        m_row("Bắc Kạn", "members_new", 731, org_level="district", place="thành phố Bắc Kạn"),
        m_row("Bắc Kạn", "loans_vnd", 17e6, unit_class="vnd", unit="VND", org_level="commune", place="xã Nông Thượng"),
    ), "Bắc Kạn")
    assert card["value"].tolist() == [300]
    assert card["indicator"].tolist() == ["members_new"]


def test_local_reports_listed_apart():

    local = compute_local_reports(frame(
        m_row("Bắc Kạn", "members_new", 300),
        m_row("Bắc Kạn", "members_new", 731, org_level="district", place="thành phố Bắc Kạn"),
    ), "Bắc Kạn")
    assert local[["place", "value"]].values.tolist() == [["thành phố Bắc Kạn", 731]]
    assert local["sentence"].iloc[0] == "Đạt 731 hội viên."


def test_status_from_measurements_respects_qualifier():
    """'ít nhất 2.500' met by 2.500: linking says achieved; the scorecard keeps it."""
    card = compute_scorecard(frame(
        m_row("Bắc Kạn", "members_new", 2500, target=2500, achievement=100.0, status="achieved",
              target_qualifier="at_least"),
        m_row("Bắc Kạn", "poor_households", 80, target=85, achievement=None, status="in_progress",
              unit_class="pct", unit="%"),
    ), "Bắc Kạn")
    assert dict(zip(card["indicator"], card["status"])) == {"members_new": "achieved",
                                                            "poor_households": "in_progress"}


@pytest.mark.parametrize("first", ["wuanalysis.page_data", "wuanalysis.scorecard", "wuanalysis.comparisons"])
def test_page_data_and_the_scorecard_import_in_either_order(first, fresh_python):
    # page_data imports scorecard's helpers and scorecard never imports page_data: either may be imported first
    # (in a fresh interpreter: conftest.py)
    code = f"import {first}; from wuanalysis.page_data import headline_figures; print(headline_figures.__module__)"
    done = fresh_python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "wuanalysis.page_data"


def test_the_fresh_interpreter_has_nothing_of_the_package_and_reports_a_failure(fresh_python):
    """The import-order tests hold only if conftest.py's fresh interpreter has imported no module of the package and
    says when the code fails, as ``python -c`` does."""
    done = fresh_python("import sys; print(sorted(m for m in sys.modules if m.startswith('wuanalysis')))")
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")
    failed = fresh_python("import wuanalysis.no_such_module")
    assert failed.returncode == 1
    assert "ModuleNotFoundError: No module named 'wuanalysis.no_such_module'" in failed.stderr
    assert fresh_python("raise SystemExit(3)").returncode == 3


def test_indicator_names_are_looked_up_once_per_language(monkeypatch):
    # ~190 lookups a page: the catalogue is not copied and re-indexed for each of them
    from wuanalysis import scorecard

    assert scorecard.indicator_labels(["members_new", "no_such_id", None], "en")[1:] == ["no_such_id", None]
    copies = []
    real = scorecard.load_indicators
    monkeypatch.setattr(scorecard, "load_indicators", lambda: copies.append(1) or real())
    for _ in range(50):
        vi, en = scorecard.indicator_labels(["members_new"], "vi"), scorecard.indicator_labels(["members_new"], "en")
    catalogue = real().set_index("id")
    assert vi == [catalogue.loc["members_new", "label_vi"]] and en == [catalogue.loc["members_new", "label_en"]]
    assert not copies
