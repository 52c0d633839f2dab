"""Comparisons across provinces and periods: the all-provinces overview, a province's trend, and a province against
its competition cluster. Pure functions over the measurements table, beside :mod:`.scorecard` (one province, one
period), whose rules they share: the headline row of an indicator, ranks, clusters by era, the order of periods.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .catalogue import TOPICS
from .page_data import OUTCOMES, compute_targets_section
from .scorecard import (cluster_for, cluster_table, compute_scorecards, headline_rows, indicator_labels,
                        indicator_order, is_missing, latest_period, own_level, period_sort_key, province_results,
                        provinces_with_data, same_period, scorecard_members, status_of)


def compute_overview(measurements: pd.DataFrame, documents: pd.DataFrame | None = None,
                     issues: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The all-provinces summary, a dict of tables:

    - ``coverage``: per province (as reported) its 2025 province, documents, periods (``"2023:6m; 2024:9m"``),
      indicators, rates, conflicts and latest period;
    - ``topics``: indicators reported per province and topic (wide; one column per topic);
    - ``rankings``: every province's headline figure per indicator and period where two or more provinces report
      it, with its rank (largest first) and n;
    - ``achievement``: every result with a rate, strongest first (the weakest are the tail);
    - ``conflicts``: measurements flagged conflicting;
    - ``rankings_summary`` and ``conflicts_summary``: the two folded for a page a leader reads
      (:func:`compute_rankings_summary`, :func:`compute_conflicts_summary`);
    - ``unattributed``: figures of documents without a province (cluster or national reports);
    - ``issues``: the issues table (unreadable files and warnings).
    """
    m = measurements
    results = province_results(m)
    heads = headline_rows(results, ["province", "period_year", "period_span", "indicator", "unit_class"])
    conflicts = _conflicts(m)
    unattributed = m[m["province"].isna()][
        ["period_year", "period_span", "indicator", "unit", "value", "docs", "quote"]]
    no_issues = pd.DataFrame(columns=["doc", "path", "reason", "detail"])
    rankings = _rankings(heads)
    return {
        "coverage": _coverage(m, documents), "topics": _topics(results), "rankings": rankings,
        "achievement": _achievement(heads), "conflicts": conflicts, "unattributed": unattributed.reset_index(drop=True),
        "issues": issues.reset_index(drop=True) if issues is not None else no_issues,
        "rankings_summary": compute_rankings_summary(rankings),
        "conflicts_summary": compute_conflicts_summary(conflicts),
    }


def _conflicts(m: pd.DataFrame) -> pd.DataFrame:
    """The measurements reports disagree on, each with the values of its disagreement (numbers, smallest first)."""
    key = ["province", "period_year", "period_span", "indicator", "role"]
    clash = m[m["conflict"].fillna(False).astype(bool)]
    group = clash.groupby(key, dropna=False, sort=False).ngroup()  # a period may be unknown: number, not look up
    values = {g: sorted(float(x) for x in v.dropna()) for g, v in clash["value"].groupby(group)}
    out = clash[["province", "period_year", "period_span", "indicator", "unit_class", "unit", "value", "docs",
                 "quote"]].copy()
    out["conflict_values"] = [values[g] for g in group]
    return out[CONFLICT_COLUMNS].reset_index(drop=True)


CONFLICT_COLUMNS = ["province", "period_year", "period_span", "indicator", "unit_class", "unit", "value",
                    "conflict_values", "docs", "quote"]


COVERAGE_COLUMNS = ["province", "province_2025", "n_documents", "n_periods", "periods", "n_indicators", "n_with_rate",
                    "n_conflicts", "latest_year", "latest_span"]


def _coverage(m: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    """Per province (as reported): its 2025 province, documents, periods, indicators, rates, conflicts, latest."""
    provinces = set(m["province"].dropna()) | (set(documents["province"].dropna()) if documents is not None else set())
    cov = []
    rows = m.groupby("province", sort=False).indices  # each province's rows, found once
    # the columns read below (each province's rows are copied: all 46 columns of them cost a second nationally)
    m = m[["province", "province_2025", "period_year", "period_span", "role", "indicator", "achievement_pct",
           "conflict"]]
    doc_rows = documents.groupby("province", sort=False).indices if documents is not None else {}
    no_docs = documents.iloc[:0] if documents is not None else pd.DataFrame(columns=["doc"])
    for p in sorted(provinces):
        mine = m.iloc[rows[p]] if p in rows else m.iloc[:0]
        docs = documents.iloc[doc_rows[p]] if documents is not None and p in doc_rows else no_docs
        year, span = latest_period(mine, [p])
        periods = sorted(set(zip(mine["period_year"], mine["period_span"])), key=lambda t: period_sort_key(*t))
        after = mine["province_2025"].dropna()
        if after.empty and len(docs):
            after = docs["province_2025"].dropna()
        cov.append({
            "province": p, "province_2025": after.iloc[0] if len(after) else None,
            "n_documents": len(docs), "n_periods": len(periods),
            "periods": "; ".join(f"{'' if is_missing(y) else int(y)}:{s}" for y, s in periods),
            "n_indicators": int(mine.loc[mine["role"] == "result", "indicator"].nunique()),
            "n_with_rate": int(mine["achievement_pct"].notna().sum()),
            "n_conflicts": int(mine.loc[mine["conflict"].fillna(False).astype(bool), "indicator"].nunique()),
            "latest_year": year, "latest_span": span,
        })
    coverage = pd.DataFrame(cov, columns=COVERAGE_COLUMNS)
    coverage["latest_year"] = pd.to_numeric(coverage["latest_year"], errors="coerce").astype("Int64")
    return coverage


def _topics(results: pd.DataFrame) -> pd.DataFrame:
    """Indicators reported per province and topic, one column per topic in the catalogue's order."""
    if results.empty:
        return pd.DataFrame()
    topics = results.groupby(["province", "topic"])["indicator"].nunique().unstack(fill_value=0)
    if topics.empty:
        return topics
    topics = topics[[t for t in TOPICS if t in topics.columns]].reset_index()
    topics.columns.name = None
    return topics


# a figure keeps the report's hedge and words (``qualifier``, ``quote``: "hơn 2.300 tỷ đồng") wherever it is shown
RANKING_COLUMNS = ["period_year", "period_span", "indicator", "province", "value", "unit_class", "unit", "qualifier",
                   "quote", "rank", "n"]


def _rankings(heads: pd.DataFrame) -> pd.DataFrame:
    """Every province's headline figure where two or more provinces report the indicator in the same period and unit
    class, with its rank (largest first; equal values share a rank) among the n."""
    if heads.empty:
        return pd.DataFrame(columns=RANKING_COLUMNS)
    groups = heads.groupby(["period_year", "period_span", "indicator", "unit_class"], dropna=False, sort=True)
    number = groups.ngroup()
    by = heads.groupby(number, sort=False)
    keep = (by["province"].transform("nunique") >= 2).to_numpy()
    # rank_of: one more than the figures above; a figure without a value ranks first
    rank = by["value"].rank(method="min", ascending=False).fillna(1)
    size = by["value"].transform("size")
    order = np.argsort(number.to_numpy()[keep], kind="stable")
    rows = heads[keep].iloc[order]
    ranks, sizes = rank.to_numpy()[keep][order], size.to_numpy()[keep][order]
    out = rows.reindex(columns=RANKING_COLUMNS[:-2]).reset_index(drop=True)
    return out.assign(rank=ranks.astype("int64"), n=sizes.astype("int64"))


RANKING_SUMMARY_COLUMNS = ["indicator", "unit_class", "period_year", "period_span", "n", "end", "province", "value",
                           "unit", "rank", "qualifier", "quote"]


def compute_rankings_summary(rankings: pd.DataFrame, few: int = 3) -> pd.DataFrame:
    """The rankings folded for the overview page: per indicator and unit class, its latest ranked period and there
    the ``few`` highest provinces (``end`` "top") and the ``few`` lowest (``end`` "bottom", the lowest last); all
    of them as "top" when there are no more than twice ``few``. One row per province shown, indicators in the
    catalogue's order; ``n`` is how many provinces the period ranks. The whole table stays :func:`compute_overview`'s
    ``rankings``."""
    rankings = rankings[rankings["value"].notna()]  # a rate stated without its figure ranks "first" of nothing
    if rankings.empty:
        return pd.DataFrame(columns=RANKING_SUMMARY_COLUMNS)
    r = rankings.assign(_when=[period_sort_key(y, s) for y, s in zip(rankings["period_year"], rankings["period_span"])])
    unit_class = r["unit_class"].astype(object).where(r["unit_class"].notna(), "")
    r = r.assign(_class=unit_class)
    latest = r.groupby(["indicator", "_class"], sort=False)["_when"].transform("max")
    r = r[r["_when"] == latest].sort_values(["indicator", "_class", "rank", "province"], kind="stable")
    by = r.groupby(["indicator", "_class"], sort=False)
    position, size = by.cumcount(), by["rank"].transform("size")
    keep = (position < few) | (size - 1 - position < few)
    r = r[keep.to_numpy()].assign(end=np.where((position[keep] < few) | (size[keep] <= 2 * few), "top", "bottom"))
    order = indicator_order()
    r = r.assign(_o=[order.get(i, (99, 999)) for i in r["indicator"]])
    r = r.sort_values(["_o", "indicator", "_class", "rank", "province"], kind="stable")
    return r.reindex(columns=RANKING_SUMMARY_COLUMNS).reset_index(drop=True)  # a table without hedges too


CONFLICT_SUMMARY_COLUMNS = ["province", "n_figures", "n_rows", "period_year", "period_span", "indicator", "unit_class",
                            "values", "units", "docs"]


def compute_conflicts_summary(conflicts: pd.DataFrame, few: int = 3) -> pd.DataFrame:
    """The conflicts folded for the overview page: per province how many figures its reports disagree on
    (``n_figures``: one per period, indicator and set of values; ``n_rows``: the measurement rows behind them) and
    the first ``few`` of them (latest period first, then the catalogue's order), each with its values (smallest
    first; a row's ``values`` and ``units`` pair up) and the documents. One row per figure shown; provinces with
    the most figures first. The whole table stays :func:`compute_overview`'s ``conflicts``."""
    if conflicts.empty:
        return pd.DataFrame(columns=CONFLICT_SUMMARY_COLUMNS)
    c = conflicts.assign(_values=[tuple(v) for v in conflicts["conflict_values"]],
                         _when=[period_sort_key(y, s) for y, s in zip(conflicts["period_year"],
                                                                        conflicts["period_span"])])
    c = c.sort_values(["province", "value"], kind="stable")
    key = ["province", "period_year", "period_span", "indicator", "_values"]
    grouped = c.groupby(key, dropna=False, sort=False)
    c = c.assign(_figure=grouped.ngroup().to_numpy())  # the figure's number: its row in ``figures``
    figures = grouped.agg(_when=("_when", "first"), unit_class=("unit_class", "first"),
                          rows=("value", "size")).reset_index()
    figures["_figure"] = np.arange(len(figures))
    order = indicator_order()
    figures["_o"] = [order.get(i, (99, 999)) for i in figures["indicator"]]
    figures["_late"] = [(-a, -b) for a, b in figures["_when"]]
    by = figures.groupby("province", sort=False)
    figures["n_figures"] = by["indicator"].transform("size")
    figures["n_rows"] = by["rows"].transform("sum")
    figures = figures.sort_values(["n_figures", "province", "_late", "_o", "indicator"],
                                  ascending=[False, True, True, True, True], kind="stable")
    figures = figures[(figures.groupby("province", sort=False).cumcount() < few).to_numpy()]
    # the values, units and documents of the figures shown only (thousands of lists nationally otherwise)
    shown = c[c["_figure"].isin(set(figures["_figure"]))].groupby("_figure", sort=False)
    values, units = shown["value"].agg(list), shown["unit"].agg(list)
    docs = shown["docs"].agg(lambda d: "; ".join(dict.fromkeys(x for ds in d.dropna() for x in str(ds).split("; "))))
    figures = figures.assign(values=figures["_figure"].map(values), units=figures["_figure"].map(units),
                             docs=figures["_figure"].map(docs))
    return figures[CONFLICT_SUMMARY_COLUMNS].reset_index(drop=True)


ACHIEVEMENT_COLUMNS = ["province", "period_year", "period_span", "indicator", "rate_label", "label_vi", "label_en",
                       "value", "unit", "achievement_pct", "achievement_source", "unit_class", "qualifier", "quote",
                       "estimate"]


def _achievement(heads: pd.DataFrame) -> pd.DataFrame:
    """Every headline result with a rate and its status, strongest first."""
    ach = heads[heads["achievement_pct"].notna()] if len(heads) else heads
    achievement = pd.DataFrame({
        **{c: ach.get(c) for c in ACHIEVEMENT_COLUMNS if not c.startswith("label_")},
        "label_vi": indicator_labels(ach.get("indicator", []), "vi"),
        "label_en": indicator_labels(ach.get("indicator", []), "en"),
    }, columns=ACHIEVEMENT_COLUMNS)
    if achievement.empty:
        achievement["status"] = pd.Series(dtype=object)
        return achievement
    achievement["status"] = [status_of(a) for a in achievement["achievement_pct"]]
    return achievement.sort_values(["achievement_pct", "province", "indicator"], ascending=[False, True, True],
                                   kind="stable").reset_index(drop=True)


def _headline_columns(measurements: pd.DataFrame) -> pd.DataFrame:
    """The columns a page's comparison reads of the measurements (a province's and its period's results, their
    headline rows): the filters below then copy a dozen columns, not all of them."""
    keep = ["province", "org_level", "role", "period_year", "period_span", "indicator", "unit_class", "unit", "value",
            "headline", "achievement_pct", "n_sources"]
    return measurements[[c for c in keep if c in measurements]]


TREND_COLUMNS = ["province", "period_year", "period_span", "period_order", "indicator", "unit_class", "unit", "value",
                 "achievement_pct"]


def compute_trend(measurements: pd.DataFrame, province: str, indicators: list[str] | None = None,
                  merged: bool | None = None) -> pd.DataFrame:
    """A province's headline result per indicator across all its periods: province, period_year, period_span,
    period_order (0, 1, … oldest first), indicator, unit_class, unit, value, achievement_pct."""
    _, members = scorecard_members(province, merged)
    res = province_results(_headline_columns(measurements))
    res = res[res["province"].isin(members)]
    if indicators is not None:
        res = res[res["indicator"].isin(indicators)]
    heads = headline_rows(res, ["province", "period_year", "period_span", "indicator", "unit_class"])
    if heads.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    periods = sorted(set(zip(heads["period_year"], heads["period_span"])), key=lambda t: period_sort_key(*t))
    pos = {p: k for k, p in enumerate(periods)}
    heads["period_order"] = [pos[(y, s)] for y, s in zip(heads["period_year"], heads["period_span"])]
    return heads[TREND_COLUMNS].sort_values(["indicator", "period_order", "province"]).reset_index(drop=True)


def compute_cluster_comparison(measurements: pd.DataFrame, scorecard: pd.DataFrame,
                               clusters: pd.DataFrame | None = None, max_indicators: int = 4,
                               max_provinces: int = 10) -> pd.DataFrame:
    """The province against the other provinces of its cluster (or, outside any cluster, all provinces) for the
    same period, on the indicators most provinces share, at most ``max_provinces`` per indicator (the largest
    figures, and the province itself always): indicator, label_vi, label_en, province, value, unit, is_self."""
    cols = ["indicator", "label_vi", "label_en", "province", "value", "unit", "is_self"]
    card = scorecard[~scorecard["combined"] & scorecard["value"].notna()]
    if card.empty:
        return pd.DataFrame(columns=cols)
    clusters = cluster_table(clusters)
    year, span = card["period_year"].iloc[0], card["period_span"].iloc[0]
    selves = set(card["predecessor"])
    mates = set(selves)
    for p in selves:
        cl = cluster_for(p, year, clusters)
        if cl is not None:
            mates |= set(clusters.loc[clusters["cluster_id"] == cl, "province"])
    res = province_results(_headline_columns(measurements))
    res = res[same_period(res, year, span)]
    if mates != selves:
        res = res[res["province"].isin(mates)]
    heads = headline_rows(res[res["indicator"].isin(set(card["indicator"]))], ["province", "indicator", "unit_class"])
    heads = heads.merge(card[["predecessor", "indicator", "unit_class"]].rename(columns={"predecessor": "_self"}),
                        on=["indicator", "unit_class"], how="inner")
    heads = heads.drop_duplicates(["province", "indicator", "unit_class"])
    spread = heads.groupby("indicator")["province"].nunique().sort_values(ascending=False, kind="stable")
    order = indicator_order()
    chosen = sorted(spread.index, key=lambda i: (-spread[i], order.get(i, (99, 999))))[:max_indicators]
    heads = heads[heads["indicator"].isin(chosen)]
    out = pd.DataFrame({
        "indicator": heads["indicator"],
        "label_vi": indicator_labels(heads["indicator"], "vi"), "label_en": indicator_labels(heads["indicator"], "en"),
        "province": heads["province"], "value": heads["value"], "unit": heads["unit"],
        "is_self": heads["province"].isin(selves),
    }, columns=cols)
    out["_o"] = [chosen.index(i) for i in out["indicator"]]
    out = out.sort_values(["_o", "value", "province"], ascending=[True, False, True], kind="stable")
    out["_r"] = out.groupby("indicator").cumcount()
    out = out[(out["_r"] < max_provinces) | out["is_self"]]
    return out.drop(columns=["_o", "_r"]).reset_index(drop=True)


TARGET_OVERVIEW_COLUMNS = ["province", "kind", "indicator", "rate_label", "value", "qualifier", "unit_class", "unit",
                           "cadence", "basis", "period", "result_value", "achievement_pct", "status", "outcome"]


def compute_target_overview(targets: pd.DataFrame, measurements: pd.DataFrame,
                            clusters: pd.DataFrame | None = None) -> pd.DataFrame:
    """Provinces × targets for the overview: per province (as reported) the rows of its briefing's targets
    section (:func:`~wuanalysis.page_data.compute_targets_section`: its current targets, then the rates its
    reports state), each with its ``outcome``: ``met``, ``below``, ``in_progress`` or ``no_data``."""
    parts = []
    # every province as its reports name it, a 2025 name kept by a merger too (Quảng Ngãi, Cà Mau, Hưng Yên: their
    # own rows); a merged province no report names (Đồng Nai over Bình Phước) has no row: its predecessors do. A
    # province whose union set targets and reports no result yet is a row too (its targets: no data), not absent.
    own = own_level(measurements)
    own = own[own["province"].notna() & own["role"].isin(["result", "target"])]
    named = set(own["province"])
    provinces = [p for p in provinces_with_data(own) if p in named]
    cards = compute_scorecards(measurements, provinces, clusters=clusters)
    for province, card in cards.items():
        section = compute_targets_section(targets, measurements, province, scorecard=card)
        section = section[section["province"].isna() | (section["province"] == province)]  # not a predecessor's
        if len(section):
            parts.append(section.assign(province=province))
    if not parts:
        return pd.DataFrame(columns=TARGET_OVERVIEW_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    out["outcome"] = [OUTCOMES.get(s, "no_data") for s in out["status"]]
    return out[TARGET_OVERVIEW_COLUMNS].reset_index(drop=True)
