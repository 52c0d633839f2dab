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
    """
    if facts.empty or "indicator" not in facts:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]  # the same text under another name counts once
    meta = documents[["doc", "province", "province_2025", "org_level", "period_year", "period_span"]]
    f = facts[facts["indicator"].notna()].merge(meta, on="doc", how="inner")
    if f.empty:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    f = f.assign(role=f["is_target"].map({True: "target", False: "result"})).sort_values(["doc", "start"])
    f["headline"] = ~f.duplicated(["doc", "indicator", "role"], keep="first")
    key = ["province", "period_year", "period_span", "indicator", "role"]
    rows = []
    for (prov, year, span, indicator, role, value), g in f.groupby(key + ["value"], dropna=False, sort=True):
        first = g.sort_values("headline", ascending=False).iloc[0]
        stated = g["achievement_pct"].dropna()
        text_target = g["target"].dropna()
        rows.append({
            "province": prov, "province_2025": first["province_2025"], "org_level": first["org_level"],
            "period_year": year, "period_span": span, "indicator": indicator, "topic": first["topic"],
            "role": role, "headline": bool(g["headline"].any()), "unit_class": first["unit_class"],
            "unit": first["unit"], "value": value, "qualifier": first["qualifier"], "denominator": first["denominator"],
            "target": text_target.iloc[0] if len(text_target) else None,
            "target_source": "text" if len(text_target) else None,
            "achievement_pct": stated.iloc[0] if len(stated) else None,
            "achievement_source": "stated" if len(stated) else None,
            "n_sources": len(g), "sources": "; ".join(g["fact_id"]), "docs": "; ".join(dict.fromkeys(g["doc"])),
            "quote": first["quote"], "sentence": first["sentence"],
        })
    out = pd.DataFrame(rows, columns=[c for c in MEASUREMENT_COLUMNS if c not in ("measurement_id", "conflict", "conflict_values")])
    out = _flag_conflicts(out, f, key)
    out = _fill_targets(out, targets)
    out["measurement_id"] = [
        f"{p or 'NA'}|{'' if pd.isna(y) else int(y)}|{s}|{i}|{r}|{v:.12g}"
        for p, y, s, i, r, v in zip(out["province"], out["period_year"], out["period_span"], out["indicator"],
                                    out["role"], out["value"])
    ]
    for col in ("value", "denominator", "target", "achievement_pct"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["period_year"] = pd.to_numeric(out["period_year"], errors="coerce").astype("Int64")
    return out[MEASUREMENT_COLUMNS].reset_index(drop=True)


def _flag_conflicts(out: pd.DataFrame, facts: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """Flag headline values that another report of the same measurement contradicts (see module docstring)."""
    out["conflict"] = False
    out["conflict_values"] = None
    for k, g in facts[facts["province"].notna()].groupby(key, dropna=False):
        values = {doc: set(d["value"]) for doc, d in g.groupby("doc")}
        if len(values) < 2:
            continue
        heads = dict(zip(g.loc[g["headline"], "doc"], g.loc[g["headline"], "value"]))
        clash = {heads[a] for a in heads for b in heads
                 if a != b and heads[a] not in values[b] and heads[b] not in values[a]}
        if clash:
            rows = out.index[(out[key].apply(tuple, axis=1) == k) & out["value"].isin(clash)]
            out.loc[rows, "conflict"] = True
            out.loc[rows, "conflict_values"] = "; ".join(format_vi(v) for v in sorted(clash))
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
    text_targets = out[(out["role"] == "target") & out["province"].notna()]
    lookup = {
        (r.province, r.period_year, r.indicator): (r.value, "text")
        for r in text_targets.itertuples()
    }
    for key, (value, _label) in _file_targets(targets).items():
        lookup.setdefault(key, (value, "targets file"))
    for i, r in out.iterrows():
        if r["role"] != "result" or pd.notna(r["target"]):
            continue
        hit = lookup.get((r["province"], r["period_year"], r["indicator"]))
        if hit:
            out.at[i, "target"], out.at[i, "target_source"] = hit
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
