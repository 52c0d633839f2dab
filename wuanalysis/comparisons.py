"""Comparisons across provinces and periods: the all-provinces overview, a province's trend, and a province against
its competition cluster. Pure functions over the measurements table, beside :mod:`.scorecard` (one province, one
period), whose rules they share: the headline row of an indicator, ranks, clusters by era, the order of periods.
"""
from __future__ import annotations

import pandas as pd

from .catalogue import TOPICS
from .scorecard import (_cluster_for, _cluster_table, _headlines, _indicator_order, _rank, _results, _same_period,
                        indicator_labels, is_missing, latest_period, period_sort_key, scorecard_members, status_of)


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
    - ``unattributed``: figures of documents without a province (cluster or national reports);
    - ``issues``: the issues table (unreadable files and warnings).
    """
    m = measurements
    results = _results(m)
    provinces = sorted(set(m["province"].dropna()) | (set(documents["province"].dropna()) if documents is not None else set()))
    cov = []
    for p in provinces:
        mine = m[m["province"] == p]
        docs = documents[documents["province"] == p] if documents is not None else pd.DataFrame(columns=["doc"])
        year, span = latest_period(m, [p])
        periods = sorted({(y, s) for y, s in zip(mine["period_year"], mine["period_span"])}, key=lambda t: period_sort_key(*t))
        cov.append({
            "province": p, "province_2025": (mine["province_2025"].dropna().iloc[0] if mine["province_2025"].notna().any()
                                             else (docs["province_2025"].dropna().iloc[0] if len(docs) and docs["province_2025"].notna().any() else None)),
            "n_documents": len(docs), "n_periods": len(periods),
            "periods": "; ".join(f"{'' if is_missing(y) else int(y)}:{s}" for y, s in periods),
            "n_indicators": int(mine.loc[mine["role"] == "result", "indicator"].nunique()),
            "n_with_rate": int(mine["achievement_pct"].notna().sum()),
            "n_conflicts": int(mine.loc[mine["conflict"].fillna(False).astype(bool), "indicator"].nunique()),
            "latest_year": year, "latest_span": span,
        })
    coverage = pd.DataFrame(cov, columns=["province", "province_2025", "n_documents", "n_periods", "periods",
                                          "n_indicators", "n_with_rate", "n_conflicts", "latest_year", "latest_span"])
    coverage["latest_year"] = pd.to_numeric(coverage["latest_year"], errors="coerce").astype("Int64")

    topics = (results.groupby(["province", "topic"])["indicator"].nunique().unstack(fill_value=0)
              if len(results) else pd.DataFrame())
    if len(topics):
        topics = topics[[t for t in TOPICS if t in topics.columns]].reset_index()
        topics.columns.name = None

    heads = _headlines(results, ["province", "period_year", "period_span", "indicator", "unit_class"])
    rank_rows = []
    if len(heads):
        for _, g in heads.groupby(["period_year", "period_span", "indicator", "unit_class"], dropna=False, sort=True):
            if g["province"].nunique() < 2:
                continue
            for r in g.itertuples():
                rank_rows.append({"period_year": r.period_year, "period_span": r.period_span, "indicator": r.indicator,
                                  "province": r.province, "value": r.value, "unit": r.unit,
                                  "rank": _rank(g["value"], r.value), "n": len(g)})
    rankings = pd.DataFrame(rank_rows, columns=["period_year", "period_span", "indicator", "province", "value", "unit",
                                                "rank", "n"])

    ach = heads[heads["achievement_pct"].notna()] if len(heads) else heads
    achievement = pd.DataFrame({
        "province": ach.get("province"), "period_year": ach.get("period_year"), "period_span": ach.get("period_span"),
        "indicator": ach.get("indicator"),
        "label_vi": indicator_labels(ach.get("indicator", []), "vi"),
        "label_en": indicator_labels(ach.get("indicator", []), "en"),
        "value": ach.get("value"), "unit": ach.get("unit"), "achievement_pct": ach.get("achievement_pct"),
        "achievement_source": ach.get("achievement_source"),
    }, columns=["province", "period_year", "period_span", "indicator", "label_vi", "label_en", "value", "unit",
                "achievement_pct", "achievement_source"])
    if len(achievement):
        achievement["status"] = [status_of(a) for a in achievement["achievement_pct"]]
        achievement = achievement.sort_values(["achievement_pct", "province", "indicator"], ascending=[False, True, True],
                                              kind="stable").reset_index(drop=True)
    else:
        achievement["status"] = pd.Series(dtype=object)

    conflicts = m[m["conflict"].fillna(False).astype(bool)][
        ["province", "period_year", "period_span", "indicator", "unit", "value", "conflict_values", "docs", "quote"]
    ].reset_index(drop=True)
    unattributed = m[m["province"].isna()][["period_year", "period_span", "indicator", "unit", "value", "docs", "quote"]]
    return {
        "coverage": coverage, "topics": topics, "rankings": rankings, "achievement": achievement,
        "conflicts": conflicts, "unattributed": unattributed.reset_index(drop=True),
        "issues": issues.reset_index(drop=True) if issues is not None else pd.DataFrame(columns=["doc", "path", "reason", "detail"]),
    }


def compute_trend(measurements: pd.DataFrame, province: str, indicators: list[str] | None = None,
                  merged: bool | None = None) -> pd.DataFrame:
    """A province's headline result per indicator across all its periods: province, period_year, period_span,
    period_order (0, 1, … oldest first), indicator, unit_class, unit, value, achievement_pct."""
    _, members = scorecard_members(province, merged)
    res = _results(measurements)
    res = res[res["province"].isin(members)]
    if indicators is not None:
        res = res[res["indicator"].isin(indicators)]
    heads = _headlines(res, ["province", "period_year", "period_span", "indicator", "unit_class"])
    if heads.empty:
        return pd.DataFrame(columns=["province", "period_year", "period_span", "period_order", "indicator", "unit_class",
                                     "unit", "value", "achievement_pct"])
    periods = sorted({(y, s) for y, s in zip(heads["period_year"], heads["period_span"])}, key=lambda t: period_sort_key(*t))
    pos = {p: k for k, p in enumerate(periods)}
    heads["period_order"] = [pos[(y, s)] for y, s in zip(heads["period_year"], heads["period_span"])]
    cols = ["province", "period_year", "period_span", "period_order", "indicator", "unit_class", "unit", "value",
            "achievement_pct"]
    return heads[cols].sort_values(["indicator", "period_order", "province"]).reset_index(drop=True)


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
    clusters = _cluster_table(clusters)
    year, span = card["period_year"].iloc[0], card["period_span"].iloc[0]
    selves = set(card["predecessor"])
    mates = set(selves)
    for p in selves:
        cl = _cluster_for(p, year, clusters)
        if cl is not None:
            mates |= set(clusters.loc[clusters["cluster_id"] == cl, "province"])
    res = _results(measurements)
    res = res[_same_period(res, year, span)]
    if mates != selves:
        res = res[res["province"].isin(mates)]
    heads = _headlines(res[res["indicator"].isin(set(card["indicator"]))], ["province", "indicator", "unit_class"])
    heads = heads.merge(card[["predecessor", "indicator", "unit_class"]].rename(columns={"predecessor": "_self"}),
                        on=["indicator", "unit_class"], how="inner")
    heads = heads.drop_duplicates(["province", "indicator", "unit_class"])
    spread = heads.groupby("indicator")["province"].nunique().sort_values(ascending=False, kind="stable")
    order = _indicator_order()
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
