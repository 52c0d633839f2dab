"""Measurements: the same figure in several reports, targets, achievement, conflicts."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import benchmark_scripts

from wuanalysis import read_reports
from wuanalysis.catalogue import load_targets
from wuanalysis.measures import MEASUREMENT_COLUMNS, compute_measurements, unmatched_targets

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds():
    corpus = read_reports(ROOT / "seeds", workers=1)
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
    assert [list(v) for v in rows["conflict_values"]] == [[1129.0, 1200.0]] * 2  # numbers, worded by present


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
    corpus = read_reports(tmp_path, workers=1)
    m = compute_measurements(corpus.documents, corpus.facts, load_targets())
    row = pick(m, indicator="households_out_of_poverty")
    assert list(row["value"]) == [120] and row["achievement_pct"].isna().all() and row["target"].isna().all()


def test_a_breakdown_in_the_same_report_is_not_a_conflict(seeds):
    _c, m = seeds
    members = pick(m, province="Bình Phước", indicator="members_new")
    assert set(members["value"]) >= {4094, 4677}
    assert not members["conflict"].any()
    assert members.set_index("value").loc[4094, "headline"] and not members.set_index("value").loc[4677, "headline"]


def test_measurement_ids_are_unique_and_a_cluster_report_names_its_cluster(seeds):
    _c, m = seeds
    assert m["measurement_id"].is_unique
    cluster = m[m["province"].isna()]
    name = "Cụm thi đua các tỉnh Đồng bằng sông Hồng"
    assert len(cluster) and cluster["measurement_id"].str.startswith(f"{name}|2022|year|").all()
    assert f"{name}|2022|year|households_out_of_poverty|result|7046" in set(cluster["measurement_id"])


def test_two_clusters_reporting_the_same_figure_get_two_ids(seeds):
    """Two clusters' year reports with the same figure: two measurements, two ids (not one 'NA|2022|…')."""
    corpus, _m = seeds
    doc = corpus.documents[corpus.documents["org_level"] == "cluster"]["doc"].iloc[0]
    documents = corpus.documents[corpus.documents["doc"] == doc]
    facts = corpus.facts[corpus.facts["doc"] == doc]
    other = documents.assign(doc="other.txt", place="Cụm thi đua các tỉnh miền núi phía Bắc")
    m = compute_measurements(pd.concat([documents, other]), pd.concat([facts, facts.assign(doc="other.txt")]))
    poverty = m[(m["indicator"] == "households_out_of_poverty") & (m["value"] == 7046)]
    assert len(poverty) == 2 and poverty["measurement_id"].is_unique
    assert m["measurement_id"].is_unique

# ---------------------------------------------------------------- target rows that match no result


TARGETS_HEADER = "indicator,scope,period,period_span,value,unit,label_vi,source,basis\n"


def unmatched_for(seeds, tmp_path, rows: str, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    corpus, _m = seeds
    path = tmp_path / "targets.csv"
    path.write_text(TARGETS_HEADER + rows, encoding="utf-8")
    targets = load_targets(path)
    m = compute_measurements(corpus.documents, corpus.facts if facts is None else facts, targets)
    return unmatched_targets(m, targets)


def test_a_target_that_is_used_is_not_listed(seeds, tmp_path):
    got = unmatched_for(seeds, tmp_path, "households_out_of_poverty,Bình Phước,2023,year,1.000,hộ,x,NQ tỉnh,\n")
    assert list(got.columns) == ["indicator", "scope", "period", "period_span", "value", "source", "reason"]
    assert got.empty


def test_national_targets_are_not_listed(seeds):
    corpus, m = seeds
    assert unmatched_targets(m, load_targets()).empty  # never compared with one province's figure, by design


@pytest.mark.parametrize("row, reason", [
    ("members_new,Hà Giang,2023,year,2.100,hv,x,NQ tỉnh,", "no report of Hà Giang"),
    ("members_new,Bình Phước,2021,year,2.100,hv,x,NQ tỉnh,", "no report of Bình Phước for 2021 (reports for 2023)"),
    ("coop_groups_new,Bình Phước,2023,year,5,tổ,x,NQ tỉnh,", "no result for coop_groups_new in Bình Phước 2023"),
    ("households_out_of_poverty,Bắc Kạn,2024,9m,300,hộ,x,KH,",
     "no result for households_out_of_poverty in Bắc Kạn 2024 (only a target)"),
    ("members_new,Bình Phước,2015-2020,term,10.000,hv,x,NQ tỉnh,",
     "no report of Bình Phước for 2015-2020 (reports for 2023)"),
    ("households_5k3s,Bình Phước,2023,year,5,hộ,x,NQ tỉnh,per_grassroots_union",
     "a target per grassroots union is not compared with the province's total"),
])
def test_a_target_that_matches_nothing_is_listed_with_the_reason(seeds, tmp_path, row, reason):
    got = unmatched_for(seeds, tmp_path, row + "\n")
    assert got["reason"].tolist() == [reason]
    assert got["source"].tolist() == [row.split(",")[7]]


def test_a_target_the_reports_state_themselves_is_listed(seeds, tmp_path):
    corpus, _m = seeds
    facts = corpus.facts.copy()
    # both Bình Phước reports state the target of households out of poverty (and of its breakdowns)
    bp = facts["doc"].isin(["001_55075b7f74037a93.txt", "003_1bd7b950d73e6ed6.txt"])
    facts.loc[bp & (facts["indicator"] == "households_out_of_poverty"), "target"] = 1100.0
    got = unmatched_for(seeds, tmp_path, "households_out_of_poverty,Bình Phước,2023,year,1.000,hộ,x,NQ,\n", facts)
    assert got["reason"].tolist() == ["the reports state their own target (1.100), which is used"]
    assert got["value"].tolist() == [1000.0]


def test_a_per_union_target_is_never_compared_with_a_province_total(seeds, tmp_path):
    corpus, _m = seeds
    path = tmp_path / "targets.csv"
    path.write_text(TARGETS_HEADER + "households_out_of_poverty,Bình Phước,2023,year,5,hộ,x,NQ,per_grassroots_union\n",
                    encoding="utf-8")
    m = compute_measurements(corpus.documents, corpus.facts, load_targets(path))
    row = pick(m, province="Bình Phước", indicator="households_out_of_poverty", value=1129.0)
    assert row["target"].isna().all() and row["achievement_pct"].isna().all()


def test_no_targets_gives_an_empty_table(seeds):
    _c, m = seeds
    for targets in (None, load_targets().iloc[:0]):
        got = unmatched_targets(m, targets)
        assert got.empty and list(got.columns) == ["indicator", "scope", "period", "period_span", "value", "source",
                                                   "reason"]


# ---------------------------------------------------------------- the linear version gives the same table
#
# The implementation before it was made linear (commit b2818f1), kept here verbatim (renamed) as the reference:
# quadratic, so it only runs on small corpora. Later changes are applied to it too: a missing province or span
# reads "NA" in measurement_id (it read "nan"); a measurement is one union's (level and place are in the key).
# Targets are linked by wuanalysis.linking since issue 11 (tested in tests/test_linking.py), so the comparison
# leaves out the target and achievement columns, the measurement id and the rows of rates without a figure.

COMPARED = [c for c in MEASUREMENT_COLUMNS[:MEASUREMENT_COLUMNS.index("sentence") + 1]
            if c not in ("measurement_id", "target", "target_source", "achievement_pct", "achievement_source")]


def _compared(m: pd.DataFrame) -> pd.DataFrame:
    """The new table's rows with a figure and the columns the reference computes the same way (a sentence is a
    categorical in memory, one copy per distinct sentence; the reference holds plain text)."""
    m = m.loc[m["value"].notna(), COMPARED].reset_index(drop=True)
    return m.astype({c: "str" for c in m.columns if isinstance(m[c].dtype, pd.CategoricalDtype)})


def _reference_measurements(documents: pd.DataFrame, facts: pd.DataFrame,
                            targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measurements from the documents and facts tables (see the module docstring for the rules).

    ``targets``: a targets table as :func:`wuanalysis.catalogue.load_targets` returns it; rows whose ``scope``
    is a province name give that province's target for the indicator and period.
    """
    if facts.empty or "indicator" not in facts:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]  # the same text under another name counts once
    meta = documents.reindex(columns=["doc", "province", "province_2025", "org_level", "place", "period_year",
                                      "period_span"])
    f = facts[facts["indicator"].notna()].merge(meta, on="doc", how="inner")
    if f.empty:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    f = f.assign(role=f["is_target"].map({True: "target", False: "result"})).sort_values(["doc", "start"])
    f["headline"] = ~f.duplicated(["doc", "indicator", "role"], keep="first")
    f["_scope"] = f["org_level"].astype("string").fillna("") + "|" + f["place"].astype("string").fillna("")
    key = ["province", "_scope", "period_year", "period_span", "indicator", "role"]
    rows = []
    for (prov, scope, year, span, indicator, role, value), g in f.groupby(key + ["value"], dropna=False, sort=True):
        first = g.sort_values("headline", ascending=False).iloc[0]
        rows.append({
            "province": prov, "province_2025": first["province_2025"], "org_level": first["org_level"],
            "_scope": scope, "period_year": year, "period_span": span, "indicator": indicator, "topic": first["topic"],
            "role": role, "headline": bool(g["headline"].any()), "unit_class": first["unit_class"],
            "unit": first["unit"], "value": value, "qualifier": first["qualifier"], "denominator": first["denominator"],
            "n_sources": len(g), "sources": "; ".join(g["fact_id"]), "docs": "; ".join(dict.fromkeys(g["doc"])),
            "quote": first["quote"], "sentence": first["sentence"],
        })
    out = pd.DataFrame(rows, columns=[c for c in COMPARED if c not in ("conflict", "conflict_values")] + ["_scope"])
    out = _reference_conflicts(out, f, key)
    for col in ("value", "denominator"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["period_year"] = pd.to_numeric(out["period_year"], errors="coerce").astype("Int64")
    return out[COMPARED].reset_index(drop=True)


def _reference_conflicts(out: pd.DataFrame, facts: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """Flag headline values that another report of the same measurement contradicts (see module docstring)."""
    out["conflict"] = False
    out["conflict_values"] = None
    keys = out[key].apply(tuple, axis=1)  # each row's measurement, as a tuple (once, not once per clash)
    for k, g in facts[facts["province"].notna()].groupby(key, dropna=False):
        values = {doc: set(d["value"]) for doc, d in g.groupby("doc")}
        if len(values) < 2:
            continue
        heads = dict(zip(g.loc[g["headline"], "doc"], g.loc[g["headline"], "value"]))
        clash = {heads[a] for a in heads for b in heads
                 if a != b and heads[a] not in values[b] and heads[b] not in values[a]}
        if clash:
            rows = out.index[(keys == k) & out["value"].isin(clash)]
            out.loc[rows, "conflict"] = True
            for row in rows:
                out.at[row, "conflict_values"] = sorted(float(v) for v in clash)
    return out


def _synthetic(n: int):
    module = benchmark_scripts.load("measures_speed")
    documents, facts, targets = module.synthetic(n, seed=1)
    # the awkward cases: reports without a year or a span, targets the text states for results
    documents.loc[documents.index % 17 == 3, "period_year"] = pd.NA
    documents.loc[documents.index % 23 == 5, "period_span"] = None
    stated = (facts.index % 13 == 0) & facts["indicator"].notna() & ~facts["is_target"]
    facts.loc[stated, "target"] = facts.loc[stated, "value"] * 1.1
    return documents, facts, targets


def test_the_linear_version_gives_the_same_measurements_on_the_seeds(seeds, tmp_path):
    corpus, m = seeds
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "households_out_of_poverty,Bình Phước,2023,year,1.000,hộ,x,y\n"
                    "members_new,Bình Phước,2023,year,2.100,hv,x,y\n", encoding="utf-8")
    facts = corpus.facts.copy()
    facts.loc[(facts["doc"] == "003_1bd7b950d73e6ed6.txt") & (facts["value"] == 1129), "value"] = 1200.0
    for docs, f, targets in ((corpus.documents, corpus.facts, load_targets()),
                             (corpus.documents, facts, load_targets(path)),
                             (corpus.documents, facts, None)):
        pd.testing.assert_frame_equal(_compared(compute_measurements(docs, f, targets)),
                                      _reference_measurements(docs, f, targets))


def test_the_linear_version_gives_the_same_measurements_on_a_synthetic_corpus():
    documents, facts, targets = _synthetic(25)  # 1,000 facts: ~210 in conflict, 17 file targets, 81 text ones
    new = compute_measurements(documents, facts, targets)
    assert new["conflict"].sum() > 100 and (new["target_source"] == "targets file").sum() > 10
    assert (new["target_source"] == "text").sum() > 10 and new["period_year"].isna().sum() > 10
    pd.testing.assert_frame_equal(_compared(new), _reference_measurements(documents, facts, targets))


def test_a_term_target_in_the_file_measures_the_term_to_date_and_is_not_listed(seeds, tmp_path):
    corpus, _m = seeds
    path = tmp_path / "targets.csv"
    path.write_text(TARGETS_HEADER + "members_new,Bình Phước,2021-2026,term,10.000,hv,x,NQ tỉnh,\n", encoding="utf-8")
    m = compute_measurements(corpus.documents, corpus.facts, load_targets(path))
    row = pick(m, province="Bình Phước", indicator="members_new", value=4094.0).iloc[0]
    got = (row["target"], row["link"], row["compared_value"], row["status"])
    assert got == (10000, "term_to_date", 4094, "exceeded")
    assert row["achievement_pct"] == 195 and row["computed_pct"] == 40.9  # the report's own rate stays the rate
    assert not row["rate_mismatch"]  # a rate of the year does not disagree with the term's
    assert unmatched_targets(m, load_targets(path)).empty


def test_a_file_target_that_another_target_beats_is_listed_with_the_one_used(seeds, tmp_path):
    corpus, _m = seeds
    facts = corpus.facts.copy()
    bp = facts["doc"].isin(["001_55075b7f74037a93.txt", "003_1bd7b950d73e6ed6.txt"])
    facts.loc[bp & (facts["indicator"] == "households_out_of_poverty"), "target"] = 1100.0
    got = unmatched_for(seeds, tmp_path, "households_out_of_poverty,Bình Phước,2021-2026,year,1.000,hộ,x,NQ,\n", facts)
    assert got["reason"].tolist() == ["the reports state their own target (1.100), which is used"]


# ---------------------------------------------------------------- a few provinces at a time (a national build)


def _national_corpus(folder: Path, n: int) -> Path:
    """``n`` reports of ``benchmarks/make_corpus.py`` (provinces, districts, communes; shared figures, conflicts)
    beside copies of the seeds (cluster reports without a province, stated rates without a figure)."""
    import shutil

    make_corpus = benchmark_scripts.load("make_corpus")
    make_corpus.write_corpus(n, folder / "synthetic")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    return folder


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    from wuanalysis.linking import compute_targets

    corpus = read_reports(_national_corpus(tmp_path_factory.mktemp("national"), 120), workers=1)
    targets = compute_targets(corpus.documents, corpus.facts, load_targets(), corpus.texts)
    return corpus, targets, compute_measurements(corpus.documents, corpus.facts, targets, corpus.texts)


@pytest.mark.parametrize("part_facts", [2000, 10**9])  # a few parts of several provinces; one part
def test_measuring_a_few_provinces_at_a_time_gives_the_whole_table(national, part_facts):
    """Each part holds whole provinces (the reports without one last), so conflicts, rates and targets are found as
    in the whole table; the figures' rows come part by part, the rates without a figure at the end, and every
    column has the whole table's type (a part with no stated rate still has a text ``achievement_source``)."""
    from wuanalysis.measure_parts import concat_parts, measurement_parts

    corpus, targets, whole = national
    assert whole["province"].nunique() > 20 and whole["conflict"].any() and whole["province"].isna().any()
    assert whole["rate_label"].notna().any()  # stated rates that no figure carries: the rows at the end
    parts = list(measurement_parts(corpus.documents, corpus.facts, targets, corpus.texts, part_facts=part_facts))
    assert len(parts) >= (4 if part_facts < 10**9 else 2)
    pd.testing.assert_frame_equal(concat_parts(parts), whole)


def test_a_column_s_type_does_not_depend_on_what_it_holds(national):
    """Text columns built from conditions are ``str`` whether or not a row has a value, missing is None in the
    object columns: a part of the table has the types of the whole."""
    corpus, targets, _whole = national
    docs = corpus.documents[corpus.documents["province"] == "Bình Phước"]
    facts = corpus.facts[corpus.facts["doc"].isin(docs["doc"]) & corpus.facts["achievement_pct"].isna()]
    m = compute_measurements(docs, facts, targets, corpus.texts)
    assert m["achievement_pct"].notna().any()  # computed against the reports' targets, none stated
    assert str(m["achievement_source"].dtype) == "str" and m["target_source"].dtype == object
    assert not any(isinstance(v, float) for v in m["target_source"])
