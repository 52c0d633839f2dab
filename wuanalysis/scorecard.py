"""Measurements → scorecards: one row per indicator for a province and period, with status, history and ranks.

Pure functions over the measurements table (:func:`wuanalysis.measures.compute_measurements`): no IO, no
printing. A scorecard is asked for by a pre-2025 name ("Bình Phước") or by a merged 2025 name ("Đồng Nai",
"Thái Nguyên"); a merged province shows each predecessor's figures side by side (the ``predecessor``
column) and adds a ``combined`` row only where adding is meaningful: an additive indicator of the catalogue,
counted or money or area or mass, never a percentage, a ratio or a per-unit amount ("VND/hộ").
"""
from __future__ import annotations

import math
import re

import pandas as pd

from .catalogue import TOPICS, load_clusters, load_indicators, load_provinces, predecessors, resolve_province

# Achievement status thresholds. Reports round their rates ("đạt 100% chỉ tiêu" for 99.6%), so a rate within
# half a point of 100 counts as achieved rather than as a hair's breadth above or below.
EXCEEDED_FROM = 100.5
ACHIEVED_FROM = 99.5

# Spans of one year, in the order they accumulate: the 6-month review ("sơ kết 6 tháng") precedes the 9-month
# one and the year's review ("tổng kết năm") closes the chain. A month or quarter names no place in that chain.
SPAN_ORDER = {"month": 0, "quarter": 1, "6m": 2, "9m": 3, "year": 4, "term": 5}
YEAR_CHAIN = ("6m", "9m", "year")

_ADDITIVE_CLASSES = ("count", "vnd", "area", "mass")

SCORECARD_COLUMNS = [
    "province", "predecessor", "combined", "period_year", "period_span", "indicator", "label_vi", "label_en", "topic",
    "unit_class", "unit", "value", "qualifier", "target", "target_source", "achievement_pct", "achievement_source",
    "status", "previous_period_year", "previous_period_span", "previous_value", "change", "previous_year_value",
    "change_yoy", "cluster_id", "rank_cluster", "n_cluster", "rank_all", "n_all", "n_sources", "sources", "docs",
    "quote", "sentence", "conflict", "conflict_values", "rate_label", "estimate", "rate_mismatch", "link",
    "elapsed_pct", "on_pace", "target_id", "target_sentence", "computed_pct",
]
# A province's scorecard, trend, ranks and sums hold the provincial union's own figures: a district's, a city's or a
# commune's report of the province goes to its own section (:func:`compute_local_reports`).
OWN_LEVELS = ("province",)
LOCAL_LEVELS = ("district", "commune")
LOCAL_COLUMNS = ["province", "org_level", "place", "period_year", "period_span", "indicator", "rate_label",
                 "unit_class", "unit", "value", "qualifier", "estimate", "achievement_pct", "status", "quote",
                 "sentence", "docs"]


# ---------------------------------------------------------------- small pure helpers


def status_of(achievement_pct: float | None, has_result: bool = True) -> str:
    """``exceeded`` (≥ 100.5 %), ``achieved`` (≥ 99.5 %), ``below`` (< 99.5 %), ``no_target`` (no rate known),
    ``no_result`` (only a target was reported)."""
    if not has_result:
        return "no_result"
    if achievement_pct is None or is_missing(achievement_pct):
        return "no_target"
    if achievement_pct >= EXCEEDED_FROM:
        return "exceeded"
    if achievement_pct >= ACHIEVED_FROM:
        return "achieved"
    return "below"


def is_additive(indicator: str, unit_class: str | None, unit: str | None) -> bool:
    """True when figures of several provinces may be added: the catalogue says so, the unit is a count, money,
    area or mass, and the unit is not per something ("VND/hộ", "m2/người")."""
    catalogue = _catalogue()
    if indicator in catalogue.index and not bool(catalogue.at[indicator, "additive"]):
        return False
    if unit_class not in _ADDITIVE_CLASSES:
        return False
    return not (isinstance(unit, str) and "/" in unit)


def period_sort_key(year, span) -> tuple[int, int]:
    """Order periods: by year, then 6m < 9m < year within a year; unknown years and spans first."""
    return (-1 if is_missing(year) else int(year), SPAN_ORDER.get(span, -1) if isinstance(span, str) else -1)


def parse_period(period: str | int | None) -> tuple[int | None, str | None]:
    """A briefing's ``period`` parameter → (period_year, period_span): None → (None, None) (the latest period),
    "2023" → (2023, None) (that year's latest span), "2023:9m" or "9m 2023" → (2023, "9m")."""
    if period is None or (isinstance(period, str) and not period.strip()):
        return None, None
    text = str(period).strip()
    years = [t for t in re.split(r"[\s:/-]+", text) if t.isdigit() and len(t) == 4]
    spans = [t for t in re.split(r"[\s:/-]+", text) if t in SPAN_ORDER]
    if len(years) != 1 or len(spans) > 1:
        raise ValueError(f"period must look like 2023 or 2023:9m (spans: {', '.join(SPAN_ORDER)}), not {period!r}")
    return int(years[0]), (spans[0] if spans else None)


def is_missing(x) -> bool:
    """None, NaN, NA or NaT (a scalar); never raises on a list or a string."""
    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _catalogue() -> pd.DataFrame:
    return load_indicators().set_index("id")


def indicator_labels(indicators, lang: str = "vi") -> list[str]:
    """The catalogue's name of each indicator in ``lang`` (its ``label_<lang>`` column); an id the catalogue does
    not know stands for itself. The one lookup of indicator names."""
    names = load_indicators().set_index("id")[f"label_{lang}"]
    return [names[i] if i in names.index else i for i in indicators]


def _indicator_order() -> dict[str, tuple[int, int]]:
    cat = load_indicators()
    return {i: (TOPICS.index(t) if t in TOPICS else len(TOPICS), n)
            for n, (i, t) in enumerate(zip(cat["id"], cat["topic"]))}


def _same_period(frame: pd.DataFrame, year, span) -> pd.Series:
    y = frame["period_year"].isna() if is_missing(year) else (frame["period_year"] == year).fillna(False)
    return y & (frame["period_span"] == span).fillna(False)


_RANK_KEYS = ["_head", "_has_rate", "_n", "_v"]


def _ranked(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``rows`` sorted by ``keys``, then, within each group, the row that speaks for an indicator first: a report's
    headline figure (not a breakdown "trong đó …"), then one with a stated or computed rate, then the figure the
    most reports repeat, then the larger."""
    head = rows["headline"].fillna(True).astype(bool) if "headline" in rows else pd.Series(True, index=rows.index)
    return rows.assign(
        _head=head, _has_rate=rows["achievement_pct"].notna(), _n=rows["n_sources"].fillna(0),
        _v=rows["value"].fillna(-math.inf),
    ).sort_values(keys + _RANK_KEYS, ascending=[True] * len(keys) + [False] * len(_RANK_KEYS), kind="stable")


def _headline(rows: pd.DataFrame) -> pd.Series:
    """The one result row of an indicator that speaks for it (the :func:`_ranked` rule)."""
    return _ranked(rows, []).iloc[0]


def own_level(measurements: pd.DataFrame) -> pd.DataFrame:
    """The rows of a provincial union's own figures: ``org_level`` province, or not known (a table without the
    column, or a report whose level could not be told)."""
    if "org_level" not in measurements:
        return measurements
    level = measurements["org_level"]
    return measurements[level.isna() | level.isin(OWN_LEVELS)]


def _results(measurements: pd.DataFrame, own: bool = True) -> pd.DataFrame:
    """The results with a province; ``own``: only the provincial unions' own (:func:`own_level`), as every
    scorecard, trend, rank and sum takes them."""
    m = own_level(measurements) if own else measurements
    return m[(m["role"] == "result") & m["province"].notna()]


def _headlines(results: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One headline result row per group of ``keys`` (the :func:`_ranked` rule, in one sort)."""
    if results.empty:
        return results.reset_index(drop=True)
    ranked = _ranked(results, keys)
    return ranked.drop_duplicates(keys, keep="first").drop(columns=_RANK_KEYS).reset_index(drop=True)


# ---------------------------------------------------------------- provinces and periods


def scorecard_members(province: str, merged: bool | None = None) -> tuple[str, list[str]]:
    """(canonical name, provinces whose figures the scorecard shows). A 2025 province formed from several
    ("Đồng Nai" ← Bình Phước, Đồng Nai) shows all its predecessors unless ``merged=False``."""
    name = resolve_province(province) or province
    before = predecessors(name)
    if merged is None:
        merged = len(before) > 1
    if merged and before:
        return name, before if name in before else before + [name]
    return name, [name]


def latest_period(measurements: pd.DataFrame, provinces: list[str]) -> tuple[object, str | None]:
    """(period_year, period_span) of the latest period with a figure for any of ``provinces``."""
    m = measurements[measurements["province"].isin(provinces)]
    if m.empty:
        return None, None
    periods = m[["period_year", "period_span"]].drop_duplicates()
    best = max(periods.itertuples(index=False), key=lambda p: period_sort_key(p.period_year, p.period_span))
    return best.period_year, best.period_span


def _cluster_table(clusters: pd.DataFrame | None) -> pd.DataFrame:
    return load_clusters() if clusters is None else clusters


def _cluster_for(province: str, year, clusters: pd.DataFrame) -> str | None:
    """The cluster of a province in the era of the period: 2025-era clusters from 2025 on."""
    era = "2025" if (not is_missing(year) and int(year) >= 2025) else "pre2025"
    hits = clusters[clusters["province"] == province]
    in_era = hits[hits["era"] == era]
    hits = in_era if len(in_era) else hits
    return hits["cluster_id"].iloc[0] if len(hits) else None


def _rank(values: pd.Series, value: float) -> int:
    return int((values > value).sum()) + 1


# ---------------------------------------------------------------- the scorecard


def compute_scorecard(
    measurements: pd.DataFrame,
    province: str,
    period_year: int | None = None,
    period_span: str | None = None,
    clusters: pd.DataFrame | None = None,
    merged: bool | None = None,
) -> pd.DataFrame:
    """One row per indicator (per predecessor, for a merged 2025 province) for one province and period.

    ``province``: a pre-2025 name ("Bình Phước") or a 2025 name ("Đồng Nai"); any spelling
    :func:`~wuanalysis.catalogue.resolve_province` knows. ``period_year``/``period_span``: default the latest
    period with figures for the province (a year given alone takes its latest span).

    Columns (:data:`SCORECARD_COLUMNS`): the figure (``value``, ``unit``, ``qualifier``), its ``target`` and
    ``achievement_pct`` with ``achievement_source`` (stated | computed), ``status`` (see :func:`status_of`:
    exceeded ≥ 100.5 %, achieved ≥ 99.5 %, below, no_target, no_result for a target without a result), the
    previous period in the 6m → 9m → year chain of the same year (``previous_*``, ``change``), the same span a year
    before (``previous_year_value``, ``change_yoy``), ranks by value (largest first; equal values share a rank)
    among the provinces of the competition cluster and among all provinces with the indicator in the same period
    and unit class (``rank_*`` of ``n_*``), the evidence (``sources``, ``docs``, ``quote``, ``sentence``) and the
    conflict flag. ``combined`` rows of a merged province add up its predecessors' figures where
    :func:`is_additive` allows it, and name the provinces added in ``predecessor`` ("Bình Phước + Đồng Nai").
    """
    name, members = scorecard_members(province, merged)
    measurements = own_level(measurements)
    period_year, period_span = _resolve_period(measurements, members, period_year, period_span)
    if period_span is None:
        return pd.DataFrame(columns=SCORECARD_COLUMNS)
    clusters = _cluster_table(clusters)
    results = _results(measurements)
    mine_results = results[results["province"].isin(members)]
    now = measurements[measurements["province"].isin(members) & _same_period(measurements, period_year, period_span)]
    # every province's headline row per indicator this period, for the ranks
    peers = _headlines(results[_same_period(results, period_year, period_span)],
                       ["province", "indicator", "unit_class"])

    # grouped once: a briefing asks for every indicator's history and competitors
    history = {k: g for k, g in mine_results.groupby(["province", "indicator"], sort=False)}
    competing = {k: g for k, g in peers.groupby(["indicator", "unit_class"], sort=False)}
    rows = []
    for member in members:
        mine = now[now["province"] == member]
        # a stated rate with its own clause ("đạt 50% chỉ tiêu tập huấn … huyện, xã", "38% … thôn, ấp") is a row
        # of its own, never hidden behind another row of the same indicator
        for (indicator, _), g in mine.groupby(["indicator", _rate_labels(mine)], sort=False, dropna=False):
            res = g[g["role"] == "result"]
            if len(res):
                head = _headline(res)
                row = _result_row(head, res, history.get((member, indicator), mine_results.iloc[:0]),
                                  competing.get((indicator, head["unit_class"]), peers.iloc[:0]), clusters,
                                  period_year, period_span)
            else:
                row = _target_only_row(g)
            row.update(province=name, predecessor=member, combined=False)
            rows.append(row)
    out = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
    if len(members) > 1 and not out.empty:
        out = pd.concat([out, _combined_rows(out, name)], ignore_index=True)
    if out.empty:
        return pd.DataFrame(columns=SCORECARD_COLUMNS)
    out["label_vi"] = indicator_labels(out["indicator"], "vi")
    out["label_en"] = indicator_labels(out["indicator"], "en")
    out["period_year"], out["period_span"] = period_year, period_span
    order = _indicator_order()
    member_pos = {m: k for k, m in enumerate(members)}
    out = out.assign(_o=[order.get(i, (99, 999)) for i in out["indicator"]],
                     _p=[len(members) if c else member_pos.get(p, 0)
                         for p, c in zip(out["predecessor"], out["combined"])])
    out = out.sort_values(["_o", "_p"], kind="stable").drop(columns=["_o", "_p"]).reset_index(drop=True)
    return _typed(out)


def _resolve_period(measurements: pd.DataFrame, members: list[str], year, span) -> tuple:
    """The period a scorecard shows: as asked; the latest with figures when nothing is asked; a year asked alone
    takes its latest span with figures ("year" when it has none)."""
    if year is None and span is None:
        return latest_period(measurements, members)
    if span is None:
        mine = measurements["province"].isin(members) & (measurements["period_year"] == year).fillna(False)
        spans = measurements.loc[mine, "period_span"]
        span = max(spans, key=lambda s: SPAN_ORDER.get(s, -1)) if len(spans) else "year"
    return year, span


def _result_row(head: pd.Series, all_rows: pd.DataFrame, history: pd.DataFrame, competitors: pd.DataFrame,
                clusters: pd.DataFrame, year, span) -> dict:
    """A scorecard row from an indicator's headline result; ``history`` holds the province's results for the
    indicator in every period, ``competitors`` every province's headline for it this period."""
    row = {c: head.get(c) for c in SCORECARD_COLUMNS if c in head.index}
    row["conflict"], row["conflict_values"] = _conflict(all_rows)
    row["status"] = result_status(head)
    province, unit_class = head["province"], head["unit_class"]
    history = history[history["unit_class"] == unit_class]
    # previous period of the same year (the 9m review before the year's, the 6m before the 9m)
    if span in YEAR_CHAIN and YEAR_CHAIN.index(span) > 0:
        for prev_span in reversed(YEAR_CHAIN[: YEAR_CHAIN.index(span)]):
            prev = history[_same_period(history, year, prev_span)]
            if len(prev):
                row.update(previous_period_year=year, previous_period_span=prev_span,
                           previous_value=_headline(prev)["value"])
                row["change"] = head["value"] - row["previous_value"]
                break
    if not is_missing(year):
        last = history[_same_period(history, int(year) - 1, span)]
        if len(last):
            row["previous_year_value"] = _headline(last)["value"]
            row["change_yoy"] = head["value"] - row["previous_year_value"]
    if len(competitors):
        row["rank_all"], row["n_all"] = _rank(competitors["value"], head["value"]), len(competitors)
    cluster = _cluster_for(province, year, clusters)
    row["cluster_id"] = cluster
    if cluster is not None:
        era = "2025" if (not is_missing(year) and int(year) >= 2025) else "pre2025"
        in_era = (clusters["cluster_id"] == cluster) & (clusters["era"] == era)
        mates = set(clusters.loc[in_era, "province"]) | {province}
        in_cluster = competitors[competitors["province"].isin(mates)]
        if len(in_cluster):
            row["rank_cluster"], row["n_cluster"] = _rank(in_cluster["value"], head["value"]), len(in_cluster)
    return row


def result_status(row: pd.Series) -> str:
    """A result's status: the one linking judged (:func:`wuanalysis.linking.compute_status`: it respects "ít
    nhất", "trên", shares in points, and half-years as ``in_progress``), else from the achievement rate."""
    status = row.get("status")
    if isinstance(status, str) and status:
        return status
    return status_of(row.get("achievement_pct"))


def _rate_labels(rows: pd.DataFrame) -> pd.Series:
    if "rate_label" not in rows:
        return pd.Series(None, index=rows.index, dtype=object)
    return rows["rate_label"]


def _conflict(rows: pd.DataFrame) -> tuple[bool, list[float] | None]:
    """(whether reports contradict each other on these rows, the values they give, smallest first). Only
    measurements flagged by measures._flag_conflicts count; a report's own breakdowns do not."""
    clashing = rows.loc[rows["conflict"].fillna(False).astype(bool), "value"].dropna()
    return (True, sorted(float(v) for v in clashing)) if len(clashing) else (False, None)


def _target_only_row(targets: pd.DataFrame) -> dict:
    target = targets.iloc[0]
    row = {c: target.get(c) for c in SCORECARD_COLUMNS if c in target.index}
    row.update(value=None, target=target["value"], target_source="text", achievement_pct=None,
               achievement_source=None, status="no_result")
    row["conflict"], row["conflict_values"] = _conflict(targets)
    return row


def _combined_rows(card: pd.DataFrame, name: str) -> pd.DataFrame:
    """Sums over predecessors for additive indicators reported by two or more of them in the same unit."""
    rows = []
    results = card[card["status"] != "no_result"]
    for (indicator, unit_class), g in results.groupby(["indicator", "unit_class"], sort=False):
        units = set(g["unit"].dropna())
        if len(g) < 2 or len(units) > 1 or not is_additive(indicator, unit_class, next(iter(units), None)):
            continue
        first = g.iloc[0]
        value = g["value"].sum()
        target = g["target"].sum() if g["target"].notna().all() else None
        rate = round(value / target * 100, 1) if target else None
        rows.append({
            "province": name, "predecessor": " + ".join(g["predecessor"]), "combined": True, "indicator": indicator,
            "topic": first["topic"], "unit_class": unit_class, "unit": first["unit"], "value": value,
            "qualifier": "exact" if (g["qualifier"] == "exact").all() else "approx", "target": target,
            "target_source": "sum" if target else None, "achievement_pct": rate,
            "achievement_source": "computed" if rate is not None else None, "status": status_of(rate),
            "n_sources": int(g["n_sources"].sum()), "sources": "; ".join(g["sources"].dropna()),
            "docs": "; ".join(dict.fromkeys("; ".join(g["docs"].dropna()).split("; "))),
            "conflict": bool(g["conflict"].any()),
        })
    return pd.DataFrame(rows, columns=SCORECARD_COLUMNS)


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for col in ("value", "target", "achievement_pct", "previous_value", "change", "previous_year_value", "change_yoy"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    for col in ("period_year", "previous_period_year", "rank_cluster", "n_cluster", "rank_all", "n_all", "n_sources"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    out["combined"] = out["combined"].fillna(False).astype(bool)
    out["conflict"] = out["conflict"].fillna(False).astype(bool)
    out["estimate"] = out["estimate"].fillna(False).astype(bool)
    out["rate_mismatch"] = out["rate_mismatch"].fillna(False).astype(bool)
    for col in ("elapsed_pct", "computed_pct"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["on_pace"] = out["on_pace"].astype("object").where(out["on_pace"].notna(), None)
    for col in ("province", "predecessor", "indicator", "label_vi", "label_en", "topic", "unit_class", "unit",
                "qualifier", "target_source", "achievement_source", "status", "previous_period_span", "period_span",
                "cluster_id", "sources", "docs", "quote", "sentence", "conflict_values", "rate_label", "link",
                "target_id", "target_sentence"):
        out[col] = out[col].astype("object").where(out[col].notna(), None)
    return out[SCORECARD_COLUMNS]


def compute_local_reports(measurements: pd.DataFrame, province: str, period_year: int | None = None,
                          period_span: str | None = None) -> pd.DataFrame:
    """The figures of a province's districts, cities, communes and wards (``org_level`` district or commune), for
    the briefing's own section ("Báo cáo cấp huyện, xã"): one row per result, by place then catalogue order, in the
    period of the province's scorecard (default: the latest period of the province's own figures, else of these).
    Columns: :data:`LOCAL_COLUMNS`. Never part of the province's scorecard, trend, ranks or sums."""
    name, members = scorecard_members(province)
    if "org_level" not in measurements:
        return pd.DataFrame(columns=LOCAL_COLUMNS)
    mine = measurements[measurements["province"].isin(members)]
    local = _results(mine[mine["org_level"].isin(LOCAL_LEVELS)], own=False)
    if local.empty:
        return pd.DataFrame(columns=LOCAL_COLUMNS)
    year, span = _resolve_period(own_level(mine), members, period_year, period_span)
    if span is None or not _same_period(local, year, span).any():
        year, span = _resolve_period(local, members, period_year, period_span)
    local = local[_same_period(local, year, span)]
    order = _indicator_order()
    local = local.assign(_p=local["place"].fillna(""), _o=[order.get(i, (99, 999)) for i in local["indicator"]])
    local = local.sort_values(["_p", "_o"], kind="stable").drop(columns=["_p", "_o"])
    out = local.reindex(columns=LOCAL_COLUMNS).reset_index(drop=True)
    out["status"] = [result_status(r) for _, r in local.iterrows()]
    return out


# ---------------------------------------------------------------- the targets section

SECTION_EXTRA = ["kind", "year", "rate_label", "rate_mismatch", "computed_pct", "result_unit_class", "result_unit"]
# Statuses a reader counts: met, below, in progress, no data (a per-unit target is not compared: no data).
OUTCOMES = {"exceeded": "met", "achieved": "met", "below": "below", "in_progress": "in_progress",
            "no_data": "no_data", "not_comparable": "no_data", "no_target": "no_data", "no_result": "no_data"}


def compute_targets_section(targets: pd.DataFrame, measurements: pd.DataFrame, province: str,
                            year: int | None = None, scorecard: pd.DataFrame | None = None) -> pd.DataFrame:
    """The briefing's first section: each target of the province's current term and year with the latest result
    measured against it (:func:`wuanalysis.linking.compute_target_progress`; ``kind`` ``target``), then the
    achievement rates the reports state without a target of the table (``kind`` ``stated``: seed 003's "đạt 83% /
    50% / 38% chỉ tiêu giai đoạn"), below-target first.

    The province union's own targets only (``org_level`` province or unknown): a district's never. The current
    year is ``year``, else the scorecard's, else the latest year of the province's own results; the targets shown
    are those whose period covers it (the congress's term, the year's plan), else the latest ones stated.
    Columns: :data:`wuanalysis.linking.PROGRESS_COLUMNS` and :data:`SECTION_EXTRA`."""
    from .linking import PROGRESS_COLUMNS, compute_target_progress

    columns = PROGRESS_COLUMNS + SECTION_EXTRA
    name, members = scorecard_members(province)
    if scorecard is not None and len(scorecard) and year is None:
        year = scorecard["period_year"].iloc[0]
    if year is None or is_missing(year):
        own = _results(measurements)
        own = own[own["province"].isin(members)]
        year = own["period_year"].max() if len(own) else None
    rows = []
    t = own_level(targets) if targets is not None else None
    if t is not None and len(t):
        t = t[t["province"].isin(members)]
        progress = compute_target_progress(t, measurements) if len(t) else pd.DataFrame(columns=PROGRESS_COLUMNS)
        if len(progress):
            start = pd.to_numeric(progress["period_start"], errors="coerce")
            end = pd.to_numeric(progress["period_end"], errors="coerce")
            current = (start <= year) & (end >= year) if year is not None and not is_missing(year) else end.isna()
            if not current.any():
                current = end == end.max()
            progress = progress[current.fillna(False).to_numpy()]
            progress = progress.assign(kind="target", year=year, result_unit_class=progress["unit_class"],
                                       result_unit=progress["unit"])
            rows.append(progress)
    if scorecard is not None and len(scorecard):
        shown = set(rows[0]["target_id"].dropna()) if rows else set()
        rated = scorecard[scorecard["achievement_pct"].notna() & ~scorecard["combined"]]
        rated = rated[~rated["target_id"].isin(shown)]
        if len(rated):
            rated = rated.assign(_o=[{"below": 0, "in_progress": 1}.get(s, 2) for s in rated["status"]])
            rated = rated.sort_values(["_o", "achievement_pct"], kind="stable")
            rows.append(pd.DataFrame({
                "kind": "stated", "year": year, "indicator": rated["indicator"], "topic": rated["topic"],
                "province": rated["predecessor"], "org_level": "province", "value": rated["target"],
                "unit_class": rated["unit_class"], "unit": rated["unit"], "result_value": rated["value"],
                "result_unit_class": rated["unit_class"], "result_unit": rated["unit"],
                "result_period_year": rated["period_year"], "result_period_span": rated["period_span"],
                "achievement_pct": rated["achievement_pct"], "achievement_source": rated["achievement_source"],
                "status": rated["status"], "estimate": rated["estimate"], "rate_label": rated["rate_label"],
                "rate_mismatch": rated["rate_mismatch"], "computed_pct": rated["computed_pct"],
                "link": rated["link"], "elapsed_pct": rated["elapsed_pct"], "on_pace": rated["on_pace"],
                "sentence": rated["target_sentence"], "result_sentence": rated["sentence"],
                "result_docs": rated["docs"], "target_id": rated["target_id"],
            }))
    if not rows:
        return pd.DataFrame(columns=columns)
    out = pd.concat([r.reindex(columns=columns) for r in rows], ignore_index=True)
    out["estimate"] = out["estimate"].astype("boolean").fillna(False).astype(bool)
    out["rate_mismatch"] = out["rate_mismatch"].astype("boolean").fillna(False).astype(bool)
    for col in ("value", "result_value", "achievement_pct", "elapsed_pct", "computed_pct", "compared_value"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    return out


# ---------------------------------------------------------------- headlines, evidence, notes


# The indicators a provincial leader asks about first (members, poverty, loans, co-operatives, savings), in the
# order the cards take among themselves; every other indicator follows in the catalogue's order.
CORE_HEADLINES = ("members_new", "members_total", "households_out_of_poverty", "households_out_of_near_poverty",
                  "poor_households_supported", "loans_outstanding_vnd", "policy_bank_outstanding_vnd",
                  "women_fund_outstanding_vnd", "cooperatives_new", "cooperatives_total", "savings_mobilised_vnd")
# A decrease and the gain it is read against: "583 hội viên — Hội viên giảm" is no headline beside 4.094 new members.
DECREASES = {"members_lost": "members_new"}


def _decrease_is_story(card: pd.DataFrame, indicator: str) -> bool:
    """A loss leads only when it outnumbers its gain (the union shrank) or the page has no gain to show."""
    gain = card.loc[card["indicator"] == DECREASES[indicator], "value"]
    loss = card.loc[card["indicator"] == indicator, "value"]
    return gain.empty or float(loss.max()) > float(gain.max())


def headline_figures(scorecard: pd.DataFrame, n: int = 4) -> pd.DataFrame:
    """The at most ``n`` (4) figures to lead a briefing with, chosen by one rule:

    1. only rows with a figure; on a merged province the combined row stands for its predecessors' rows;
    2. a decrease (``DECREASES``: members lost) is left out unless it is the story — the loss outnumbers the gain it
       is read against (members lost > new members) or there is no gain on the page;
    3. core indicators (``CORE_HEADLINES``: members, poverty, loans, co-operatives, savings) before all others;
    4. within each of those two groups, rows with an achievement rate first (highest first), then the order of
       ``CORE_HEADLINES`` or of the catalogue (membership, poverty, economy …).
    """
    card = scorecard[scorecard["value"].notna()]
    if card["combined"].any():
        summed = card["indicator"].isin(card.loc[card["combined"], "indicator"])
        card = pd.concat([card[card["combined"]], card[~card["combined"] & ~summed]])
    hidden = [i for i in DECREASES if (card["indicator"] == i).any() and not _decrease_is_story(card, i)]
    card = card[~card["indicator"].isin(hidden)]
    order = _indicator_order()
    core = {i: k for k, i in enumerate(CORE_HEADLINES)}
    card = card.assign(
        _core=[i not in core for i in card["indicator"]],
        _rate=card["achievement_pct"].notna(), _a=card["achievement_pct"].fillna(-1),
        _o=[(core[i], 0) if i in core else order.get(i, (99, 999)) for i in card["indicator"]],
    ).sort_values(["_core", "_rate", "_a", "_o"], ascending=[True, False, False, True], kind="stable")
    return card.drop(columns=["_core", "_rate", "_a", "_o"]).head(n).reset_index(drop=True)


def compute_evidence(scorecard: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Figure → quoted sentence → document, one row per scorecard figure that has a quote: indicator, label_vi,
    label_en, predecessor, value, unit_class, unit, target, achievement_pct, quote, sentence, rate_label, doc, title,
    published. A row without a value is a reported target (its figure is ``target``)."""
    card = scorecard[scorecard["quote"].notna() & ~scorecard["combined"]]
    out = card[["indicator", "label_vi", "label_en", "predecessor", "value", "unit_class", "unit", "target",
                "achievement_pct", "quote", "sentence"]].copy()
    out["rate_label"] = card["rate_label"] if "rate_label" in card else None
    out["doc"] = [d.split("; ")[0] if isinstance(d, str) else None for d in card["docs"]]
    out["title"], out["published"] = None, None
    if documents is not None and len(out):
        meta = documents.set_index("doc")
        out["title"] = [meta.at[d, "title"] if d in meta.index else None for d in out["doc"]]
        out["published"] = [meta.at[d, "published"] if d in meta.index else None for d in out["doc"]]
    return out.reset_index(drop=True)


NOTE_COLUMNS = ["kind", "province", "indicator", "detail", "doc", "values", "n", "of"]
# Problems of the issues table that are no unreadable file, each its own kind of note (the others are "unreadable"):
# our own pages and notebooks met in the input, files skipped or read once as duplicates, target rows that no result
# was measured against, outputs that could not be written.
_ISSUE_KINDS = frozenset({"warning", "no_figures", "own_output", "skipped", "duplicate", "target_unmatched",
                          "write_failed"})


def compute_data_notes(scorecard: pd.DataFrame | None = None, issues: pd.DataFrame | None = None,
                       documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """What a reader should know about the data behind a scorecard: ``conflict`` (reports disagree; their
    ``values``), ``no_target`` (``n`` of ``of`` figures without a target), ``no_result`` (a target without a
    result), and the issues of the documents (for the scorecard's own documents when a scorecard is given, else
    all): ``unreadable`` files, and ``warning``, ``no_figures``, ``own_output``, ``skipped``, ``duplicate``,
    ``target_unmatched``, ``write_failed`` as such, ``detail`` holding the issue's reason and detail.
    Columns: :data:`NOTE_COLUMNS`; the wording is :func:`wuanalysis.present.table_data_notes`'."""
    rows = []
    docs_used: set[str] = set()
    if scorecard is not None and len(scorecard):
        card = scorecard[~scorecard["combined"]]
        for r in card[card["conflict"]].itertuples():
            rows.append({"kind": "conflict", "province": r.predecessor, "indicator": r.indicator,
                         "values": r.conflict_values, "doc": r.docs})
        for r in card[card["status"] == "no_result"].itertuples():
            rows.append({"kind": "no_result", "province": r.predecessor, "indicator": r.indicator, "doc": r.docs})
        missing = card[card["status"] == "no_target"]
        if len(missing):
            rows.append({"kind": "no_target", "province": card["province"].iloc[0], "n": len(missing), "of": len(card)})
        for d in card["docs"].dropna():
            docs_used.update(d.split("; "))
    if issues is not None and len(issues):
        mine = issues
        if scorecard is not None and documents is not None and len(documents):
            # the province's documents: those used, plus any of its documents that gave nothing
            theirs = documents["province"].isin(set(scorecard["predecessor"].dropna()))
            province_docs = set(documents.loc[theirs, "doc"])
            mine = issues[issues["doc"].isin(docs_used | province_docs)]
        elif scorecard is not None:
            mine = issues[issues["doc"].isin(docs_used)]
        for r in mine.itertuples():
            kind = r.reason if r.reason in _ISSUE_KINDS else "unreadable"
            rows.append({"kind": kind, "detail": f"{r.reason}: {r.detail}", "doc": r.doc})
    out = pd.DataFrame(rows, columns=NOTE_COLUMNS)
    for col in ("n", "of"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("kind", "province", "indicator", "detail", "doc", "values"):
        out[col] = out[col].astype(object)
    return out


def provinces_with_data(measurements: pd.DataFrame, documents: pd.DataFrame | None = None) -> list[str]:
    """Provinces to brief: every reporting province (as named in its reports), then each merged 2025 province
    two or more of whose predecessors reported (their figures side by side)."""
    found = set(measurements["province"].dropna())
    if documents is not None:
        found |= set(documents["province"].dropna())
    names = sorted(found)
    provinces = load_provinces()
    merged = []
    for new in provinces.loc[provinces["era"] == "2025", "name"]:
        before = predecessors(new)
        if len(before) > 1 and len(found & set(before)) >= 2 and new not in names:
            merged.append(new)
    return names + sorted(merged)
