"""Facts → measurements: one row per (province, period, indicator, role, value), with every source.

The same figure repeated by several reports of one province and period (an article and the province's
own summary of the same year) is one measurement with several sources. Two reports giving different
values for the same measurement are both kept and flagged ``conflict``; nothing is averaged or dropped.

Within one report the first figure of an indicator is its ``headline`` ("1.129 hộ thoát nghèo (trong đó:
DTTS: 579 …)" gives 1.129, not its breakdown); the other figures are kept as measurements too, with
``headline`` false. Two reports conflict when each one's headline is absent from everything the other
reports for that indicator.

Achievement is ``stated`` when the text gives the rate, ``computed`` when a target for the same province,
period and indicator is known (from the text, or from a user's targets file), and null otherwise.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .quantities import format_vi

MEASUREMENT_COLUMNS = [
    "measurement_id", "province", "province_2025", "org_level", "period_year", "period_span", "indicator", "topic",
    "role", "headline", "unit_class", "unit", "value", "qualifier", "denominator", "target", "target_source", "achievement_pct",
    "achievement_source", "conflict", "conflict_values", "n_sources", "sources", "docs", "quote", "sentence",
]


def compute_measurements(documents: pd.DataFrame, facts: pd.DataFrame, targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Measurements from the documents and facts tables (see the module docstring for the rules).

    ``targets``: a targets table as :func:`wuanalysis.catalogue.load_targets` returns it; rows whose ``scope``
    is a province name give that province's target for the indicator and period.

    Linear in the number of facts: every step is a sort, a group operation or a merge over the whole table.
    """
    if facts.empty or "indicator" not in facts:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]  # the same text under another name counts once
    meta = documents[["doc", "province", "province_2025", "org_level", "period_year", "period_span"]]
    # Work on a narrow frame that knows each fact's row in ``facts``; the long text columns are fetched once, for
    # the evidence of each measurement (moving them through every sort and filter was most of the time).
    rows = np.flatnonzero(facts["indicator"].notna().to_numpy())
    f = facts[["doc", "start", "value", "is_target", "indicator", "target", "achievement_pct"]].iloc[rows]
    f = f.assign(_row=rows).merge(meta, on="doc", how="inner")
    if f.empty:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    f = f.assign(role=f["is_target"].map({True: "target", False: "result"})).sort_values(["doc", "start"])
    f["headline"] = ~f.duplicated(["doc", "indicator", "role"], keep="first")
    key = ["province", "period_year", "period_span", "indicator", "role"]
    f["_key"] = f.groupby(key, dropna=False, sort=False).ngroup()
    # One measurement per (key, value): number the groups in key order (missing keys last), then a stable sort
    # keeps each group's facts in report order.
    f["_group"] = f.groupby(key + ["value"], dropna=False, sort=True).ngroup()
    f = f.sort_values("_group", kind="stable").reset_index(drop=True)
    group = f["_group"].to_numpy()
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    ends = np.r_[starts[1:], len(group)]
    # The evidence is the group's first headline fact, else its first fact.
    ordered = np.lexsort((~f["headline"].to_numpy(), group))
    first = ordered[np.r_[True, group[ordered][1:] != group[ordered][:-1]]]
    out = f.iloc[first][["province", "province_2025", "org_level", "period_year", "period_span", "indicator", "role",
                         "headline", "value", "_key"]].reset_index(drop=True)
    evidence = facts[["topic", "unit_class", "unit", "qualifier", "denominator", "quote", "sentence"]]
    out = pd.concat([out, evidence.iloc[f["_row"].to_numpy()[first]].reset_index(drop=True)], axis=1)
    stated = f.groupby("_group", sort=True)[["target", "achievement_pct"]].first()  # first non-null of each
    out["target"] = stated["target"].to_numpy()
    out["target_source"] = np.where(out["target"].notna(), "text", None)
    out["achievement_pct"] = stated["achievement_pct"].to_numpy()
    out["achievement_source"] = np.where(out["achievement_pct"].notna(), "stated", None)
    out["n_sources"] = ends - starts
    fact_ids = facts["fact_id"].to_numpy(dtype=object)[f["_row"].to_numpy()].tolist()
    docs = f["doc"].tolist()
    out["sources"] = ["; ".join(fact_ids[a:b]) for a, b in zip(starts, ends)]
    out["docs"] = ["; ".join(dict.fromkeys(docs[a:b])) for a, b in zip(starts, ends)]
    f["_doc"] = pd.factorize(f["doc"])[0]
    out = _flag_conflicts(out, f.loc[f["province"].notna().to_numpy(), ["_key", "_doc", "value", "headline"]])
    out = _fill_targets(out, targets)
    out["measurement_id"] = [
        f"{'NA' if pd.isna(p) or not p else p}|{'' if pd.isna(y) else int(y)}|{'NA' if pd.isna(s) else s}|{i}|{r}|{v:.12g}"
        for p, y, s, i, r, v in zip(*(out[c].tolist() for c in ("province", "period_year", "period_span", "indicator",
                                                                 "role", "value")))
    ]
    for col in ("value", "denominator", "target", "achievement_pct"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["period_year"] = pd.to_numeric(out["period_year"], errors="coerce").astype("Int64")
    out[["indicator", "topic"]] = out[["indicator", "topic"]].astype("str")  # facts hold them as objects
    return out[MEASUREMENT_COLUMNS].reset_index(drop=True)


def _flag_conflicts(out: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Flag headline values that another report of the same measurement contradicts (see module docstring).

    Report a's headline h(a) clashes when some other report b of the same key holds neither h(a) nor has its own
    headline h(b) among a's values. Rather than pairing every two reports of a key, count, for each report a,
    the others that do *not* clash with it: those holding h(a) (c1), those whose headline a holds (c2), minus those
    doing both (c12, from a count of (headline, value held) per key). a clashes when n - 1 > c1 + c2 - c12.
    ``facts`` holds _key (the measurement key without the value), _doc (the report as a number), value and
    headline, for the facts of known provinces.
    """
    f = facts.rename(columns={"_doc": "doc"})
    held = f[["_key", "doc", "value"]].drop_duplicates()
    head = f.loc[f["headline"], ["_key", "doc", "value"]].rename(columns={"value": "head"})
    held = held.merge(head, on=["_key", "doc"])  # every report has one headline per key
    holders = held.groupby(["_key", "value"]).size().rename("c1").reset_index().rename(columns={"value": "head"})
    headers = head.groupby(["_key", "head"]).size().rename("c2").reset_index().rename(columns={"head": "value"})
    both = (held.groupby(["_key", "head", "value"]).size().rename("c12").reset_index()
            .rename(columns={"head": "value", "value": "head"}))  # read back as (a's value, a's headline)
    c2 = held.merge(headers, on=["_key", "value"], how="left").groupby(["_key", "doc"])["c2"].sum()
    c12 = held.merge(both, on=["_key", "value", "head"], how="left").groupby(["_key", "doc"])["c12"].sum()
    a = head.merge(holders, on=["_key", "head"]).set_index(["_key", "doc"])
    n = head.groupby("_key").size()
    others = n.reindex(a.index.get_level_values("_key")).to_numpy() - 1
    agree = (a["c1"] - 1) + (c2.reindex(a.index) - 1) - (c12.reindex(a.index) - 1)
    clash = a.loc[others > agree.to_numpy(), "head"].reset_index()[["_key", "head"]].drop_duplicates()
    clash = clash.sort_values(["_key", "head"])
    keys, heads = clash["_key"].to_numpy(), clash["head"].tolist()
    text = dict(zip(heads, map(format_vi, heads)))
    runs = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.array([], dtype=int)
    labels = pd.Series(["; ".join(text[v] for v in heads[a:b]) for a, b in zip(runs, np.r_[runs[1:], len(keys)])],
                       index=keys[runs], dtype=object)
    hit = pd.MultiIndex.from_frame(out[["_key", "value"]]).isin(pd.MultiIndex.from_frame(clash))
    out["conflict"] = hit
    out["conflict_values"] = pd.Series(np.where(hit, out["_key"].map(labels), None), index=out.index, dtype=object)
    return out


def _file_targets(targets: pd.DataFrame | None) -> dict[tuple, tuple[float, object]]:
    """(province, year, indicator) → (value, row label) of the targets-file rows a result is measured against:
    a province's target for one year, of basis ``total`` (a target per grassroots union is no province total)."""
    lookup: dict[tuple, tuple[float, object]] = {}
    if targets is None or targets.empty or not {"indicator", "scope", "period", "value"} <= set(targets.columns):
        return lookup
    basis = targets["basis"] if "basis" in targets else pd.Series("total", index=targets.index)
    for label, scope, period, indicator, value, b in zip(targets.index, targets["scope"], targets["period"],
                                                         targets["indicator"], targets["value"], basis):
        year = _single_year(period)
        if year is not None and scope != "national" and (b or "total") == "total":
            lookup.setdefault((scope, year, indicator), (float(value), label))
    return lookup


def _fill_targets(out: pd.DataFrame, targets: pd.DataFrame | None) -> pd.DataFrame:
    """Targets for results: a target measurement of the same province/period/indicator, else a user target."""
    k = ["province", "period_year", "indicator"]
    text = out.loc[(out["role"] == "target") & out["province"].notna(), k + ["value"]]
    text = text.drop_duplicates(k, keep="last").assign(source="text")  # the last target stated wins
    listed = pd.DataFrame([(*key, value) for key, (value, _label) in _file_targets(targets).items()],
                          columns=k + ["value"]).assign(source="targets file")
    lookup = pd.concat([d for d in (text, listed) if len(d)]) if len(text) or len(listed) else None
    need = (out["role"] == "result") & out["target"].isna()
    if lookup is not None and need.any():
        lookup = lookup.drop_duplicates(k, keep="first")  # a target the reports state beats the file's
        hit = out.loc[need, k].merge(lookup, on=k, how="left").set_axis(out.index[need])
        hit = hit[hit["value"].notna()]
        out.loc[hit.index, "target"] = hit["value"]
        out.loc[hit.index, "target_source"] = hit["source"]
    out["target"] = pd.to_numeric(out["target"], errors="coerce").astype("float64")
    out["achievement_pct"] = pd.to_numeric(out["achievement_pct"], errors="coerce").astype("float64")
    need = (out["role"] == "result") & out["achievement_pct"].isna() & out["target"].notna() & (out["target"] > 0)
    if need.any():
        out.loc[need, "achievement_pct"] = (out.loc[need, "value"] / out.loc[need, "target"] * 100).round(1)
        out.loc[need, "achievement_source"] = "computed"
    return out


def _single_year(period) -> int | None:
    try:
        return int(str(period).strip())
    except (TypeError, ValueError):
        return None


UNMATCHED_COLUMNS = ["indicator", "scope", "period", "period_span", "value", "source", "reason"]


def unmatched_targets(measurements: pd.DataFrame, targets: pd.DataFrame | None) -> pd.DataFrame:
    """The province targets (rows of ``targets``, as :func:`wuanalysis.catalogue.load_targets` returns them) that
    no result was measured against, with the reason in plain words: no report of that province, none for that
    year, no result for that indicator, a term rather than a year, a target per grassroots union, or the reports
    stating their own target. National targets are left out: by design they are never compared with one
    province's figure. Columns: :data:`UNMATCHED_COLUMNS`."""
    if targets is None or targets.empty or "scope" not in targets:
        return pd.DataFrame(columns=UNMATCHED_COLUMNS)
    m = measurements[measurements["province"].notna() & measurements["period_year"].notna()]
    keys = list(zip(m["province"], m["period_year"].astype(int), m["indicator"]))
    result = (m["role"] == "result").to_numpy()
    used = {k for k, r, s in zip(keys, result, m["target_source"]) if r and s == "targets file"}
    results = {k for k, r in zip(keys, result) if r}
    stated = {k: v for k, r, v in zip(keys, result, m["value"]) if not r}  # a target given in the text...
    stated.update({k: t for k, r, s, t in zip(keys, result, m["target_source"], m["target"]) if r and s == "text"})
    years: dict[str, set[int]] = {}
    for province, year, _indicator in keys:
        years.setdefault(province, set()).add(year)
    chosen = _file_targets(targets)
    rows = []
    for label, r in targets.iterrows():
        if r["scope"] == "national":
            continue
        year = _single_year(r["period"])
        key = (r["scope"], year, r["indicator"])
        if year is None:
            reason = f"the period {r['period']} is a term; targets are matched to the results of one year"
        elif (r.get("basis") or "total") != "total":
            reason = "a target per grassroots union is not compared with the province's total"
        elif chosen[key][1] != label:
            reason = "another target row for the same indicator, province and year is used"
        elif key in used:
            continue
        elif r["scope"] not in years:
            reason = f"no report of {r['scope']}"
        elif year not in years[r["scope"]]:
            reason = (f"no report of {r['scope']} for {year} "
                      f"(reports for {', '.join(str(y) for y in sorted(years[r['scope']]))})")
        elif key not in results:
            reason = f"no result for {r['indicator']} in {r['scope']} {year}" + (" (only a target)" if key in stated else "")
        elif key in stated:
            reason = f"the reports state their own target ({format_vi(stated[key])}), which is used"
        else:  # pragma: no cover - every result of the key without a stated target takes the file's
            reason = "not used"
        rows.append({"indicator": r["indicator"], "scope": r["scope"], "period": r["period"],
                     "period_span": r.get("period_span"), "value": float(r["value"]), "source": r.get("source"),
                     "reason": reason})
    return pd.DataFrame(rows, columns=UNMATCHED_COLUMNS)
